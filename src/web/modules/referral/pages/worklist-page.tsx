import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { ZReferralAnswer, type TWorklistItem } from '../../../../contracts/referral.ts';
import { nl } from '../../../i18n/nl.ts';
import { api } from '../../../shared/lib/api.ts';
import { formatDateTime } from '../../../shared/lib/format.ts';
import { paths } from '../../../shared/lib/navigation.ts';
import { useSession } from '../../../shared/lib/session.tsx';
import { ListStatus } from '../../../shared/ui/feedback.tsx';
import { PageHeading } from '../../../shared/ui/page-heading.tsx';
import { RouterLink } from '../../../shared/ui/router-link.tsx';
import { StatusMessage, type Message } from '../../action-plan/components/section-kit.tsx';
import { useCommand } from '../../../shared/lib/commands.ts';
import { KitForm, KitSubmit, KitTextAreaField, useContractForm } from '../../../shared/ui/form-kit.tsx';
import { useQuery } from '@tanstack/react-query';
import { queries, scopes } from '../../../shared/lib/queries.ts';

const t = nl.plan.worklist;

const AnswerForm = ({
  item,
  onAnswered,
}: {
  item: TWorklistItem;
  /** The item leaves the open list once answered, so the page shows the confirmation. */
  onAnswered: (text: string) => void;
}) => {
  const form = useContractForm(ZReferralAnswer, { answer: '' });
  const { run } = useCommand([scopes.worklist, scopes.jobseeker(item.jobseeker.id)]);
  return (
    <KitForm
      form={form}
      onSubmit={async (values) => {
        await run(() => api.post(`/api/referrals/${encodeURIComponent(item.id)}/answer`, values));
        onAnswered(t.answeredOk(item.jobseeker.fullName));
      }}
    >
      <KitTextAreaField name="answer" id={`answer-${item.id}`} label={t.answerLabel} maxLength={4000} />
      <KitSubmit>{t.answer}</KitSubmit>
    </KitForm>
  );
};

/** The back-office unit's worklist: open referrals oldest first, each with an answer form. */
export const WorklistPage = () => {
  const session = useSession();
  const [status, setStatus] = useState<'open' | 'answered'>('open');
  const [confirmation, setConfirmation] = useState<Message>(null);
  const resource = useQuery(queries.worklist({ status }));
  const unit = session.employee.backOfficeUnit;
  const items = resource.status === 'success' ? resource.data.items : [];
  return (
    <>
      <PageHeading>{t.title}</PageHeading>
      <Paragraph>{unit ? t.intro(nl.backOfficeUnits[unit]) : t.noUnit}</Paragraph>
      <ButtonGroup>
        <Button
          type="button"
          appearance={status === 'open' ? 'primary-action-button' : 'secondary-action-button'}
          aria-pressed={status === 'open'}
          onClick={() => setStatus('open')}
        >
          {t.showOpen}
        </Button>
        <Button
          type="button"
          appearance={status === 'answered' ? 'primary-action-button' : 'secondary-action-button'}
          aria-pressed={status === 'answered'}
          onClick={() => setStatus('answered')}
        >
          {t.showAnswered}
        </Button>
      </ButtonGroup>
      <StatusMessage message={confirmation} />
      <ListStatus
        query={resource}
        size={items.length}
        none={status === 'open' ? t.noneOpen : t.noneAnswered}
      />
      {items.map((item) => (
        <section key={item.id} aria-labelledby={`item-${item.id}`} className="werkplein-worklist-item">
          <Heading2 id={`item-${item.id}`}>
            {t.itemHeading(item.jobseeker.fullName, item.jobseeker.dossierNumber)}
          </Heading2>
          <Paragraph className="werkplein-muted">
            {t.received(formatDateTime(item.createdAt), item.referredBy?.name ?? nl.none)}
          </Paragraph>
          <Paragraph>{item.question}</Paragraph>
          {item.status === 'open' ? (
            <>
              <Paragraph>
                <RouterLink to={paths.dossier(item.jobseeker.id)}>{t.openDossier}</RouterLink>
              </Paragraph>
              <AnswerForm item={item} onAnswered={(text) => setConfirmation({ type: 'ok', text })} />
            </>
          ) : (
            <Paragraph>
              {item.answer}
              <br />
              <span className="werkplein-muted">
                {nl.plan.referrals.by(item.answeredBy?.name ?? nl.none, formatDateTime(item.answeredAt))}
              </span>
            </Paragraph>
          )}
        </section>
      ))}
    </>
  );
};
