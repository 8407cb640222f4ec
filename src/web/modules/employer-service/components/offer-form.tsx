/**
 * The matchmaker offers the vacancy to the klantmanagers of its candidates (who see it on Mijn dag
 * and propose themselves), and sees to whom he offered it and who has looked.
 */
import {
  Button,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useId, useState, type FormEvent } from 'react';
import type { TCandidate } from '../../../../contracts/matching.ts';
import type { TVacancyOffer } from '../../../../contracts/nomination.ts';
import { nl } from '../../../i18n/nl.ts';
import { api } from '../../../shared/lib/api.ts';
import { formatDateTime } from '../../../shared/lib/format.ts';
import { CheckboxGroupField, TextAreaField } from '../../../shared/ui/form.tsx';
import { Notice, type NoticeValue } from '../../matching/components/notice.tsx';
import { describeFailure, type Failure } from '../../matching/nomination-failure.ts';

const t = nl.matching.offer;

/** The klantmanagers of the candidates, with how many candidates each, most first. */
const caseManagersOf = (candidates: readonly TCandidate[]) => {
  const counts = new Map<string, { id: string; name: string; candidates: number }>();
  for (const c of candidates) {
    const cm = c.jobseeker.caseManager;
    // Offers go to klantmanagers of the vacancy's own Werkplein; the regional pool's are contacted directly.
    if (!cm || c.fromRegionalPool) continue;
    const entry = counts.get(cm.id) ?? { id: cm.id, name: cm.name, candidates: 0 };
    entry.candidates++;
    counts.set(cm.id, entry);
  }
  return [...counts.values()].sort((a, b) => b.candidates - a.candidates || a.name.localeCompare(b.name));
};

export const OfferForm = ({
  vacancyId,
  candidates,
  offers,
  onChanged,
}: {
  vacancyId: string;
  candidates: readonly TCandidate[];
  offers: readonly TVacancyOffer[];
  onChanged: () => void;
}) => {
  const id = useId();
  const caseManagers = caseManagersOf(candidates);
  const [chosen, setChosen] = useState<string[]>([]);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [notice, setNotice] = useState<NoticeValue>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    if (chosen.length === 0) {
      setFailure({ message: nl.errors.validation_failed, fields: { caseManagerIds: t.chooseOne } });
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      await api.post(`/api/vacancies/${encodeURIComponent(vacancyId)}/offers`, {
        caseManagerIds: chosen,
        message,
      });
      setNotice({ type: 'ok', text: t.done(chosen.length) });
      setChosen([]);
      setMessage('');
      onChanged();
    } catch (error) {
      const described = describeFailure(error);
      setFailure(described);
      setNotice({ type: 'error', text: described.message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Paragraph>{t.intro}</Paragraph>
      <Notice notice={notice} />
      {offers.length > 0 ? (
        <>
          <Heading3>{t.offeredHeading}</Heading3>
          <UnorderedList>
            {offers.map((o) => (
              <UnorderedListItem key={o.id}>
                {t.offered(o.caseManager.name, formatDateTime(o.offeredAt).slice(0, 16), o.seenAt !== null)}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      ) : null}
      {caseManagers.length === 0 ? (
        <Paragraph>{t.noCaseManagers}</Paragraph>
      ) : (
        <form onSubmit={submit} noValidate className="werkplein-form">
          <CheckboxGroupField
            id={`${id}-case-managers`}
            label={t.caseManagers}
            options={caseManagers.map((cm) => ({
              value: cm.id,
              label: t.caseManager(cm.name, cm.candidates),
            }))}
            values={chosen}
            error={failure?.fields.caseManagerIds}
            onChange={setChosen}
          />
          <TextAreaField
            id={`${id}-message`}
            label={`${t.message} ${nl.form.optional}`}
            description={t.messageHint}
            value={message}
            maxLength={1000}
            error={failure?.fields.message}
            onChange={setMessage}
          />
          <Button type="submit" appearance="primary-action-button" disabled={busy}>
            {t.submit}
          </Button>
        </form>
      )}
    </>
  );
};
