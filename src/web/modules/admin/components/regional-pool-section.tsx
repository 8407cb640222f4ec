import { Alert, Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  labourMarketRegions,
  type TLabourMarketRegion,
} from '../../../../contracts/labour-market-regions.ts';
import type { TRegionalPool } from '../../../../contracts/regional-pool.ts';
import { errorMessage, fieldErrorMessage, nl } from '../../../i18n/nl.ts';
import { api, isApiError } from '../../../shared/lib/api.ts';
import { fieldErrorsFromApi, type FieldErrors } from '../../../shared/lib/validation.ts';
import { ApiErrorAlert, Loading } from '../../../shared/ui/feedback.tsx';
import { CheckboxField, ErrorSummary, SelectField, type ErrorSummaryItem } from '../../../shared/ui/form.tsx';
import {
  regionalPoolFields,
  regionalPoolValuesOf,
  toRegionalPoolUpdate,
  validateRegionalPool,
  type RegionalPoolField,
  type RegionalPoolValues,
} from '../regional-pool-form.ts';
import { useQuery } from '@tanstack/react-query';
import { queries, scopes } from '../../../shared/lib/queries.ts';
import { useInvalidate } from '../../../shared/lib/commands.ts';

const t = nl.regionalPool;
const regionOptions = labourMarketRegions.map((r) => ({ value: r.code, label: `${r.name} (${r.code})` }));

/** One Werkplein's arbeidsmarktregio and whether it shares its pool there. */
const RegionalPoolForm = ({
  pool,
  onSaved,
  onReload,
}: {
  pool: TRegionalPool;
  onSaved: (werkpleinName: string) => void;
  onReload: () => void;
}) => {
  const [values, setValues] = useState<RegionalPoolValues>(() => regionalPoolValuesOf(pool));
  const [errors, setErrors] = useState<FieldErrors<RegionalPoolField>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState(false);
  const conflictRef = useRef<HTMLDivElement>(null);
  const id = (field: string) => `regional-pool-${pool.werkplein.id}-${field}`;
  const headingId = id('heading');

  useEffect(() => {
    if (conflict) conflictRef.current?.focus();
  }, [conflict]);

  const messageFor = (field: RegionalPoolField) => {
    const code = errors[field];
    return code ? fieldErrorMessage(field, code) : undefined;
  };
  const fail = (fieldErrors: FieldErrors<RegionalPoolField>, messages: string[] = []) => {
    setErrors(fieldErrors);
    setGeneral(messages);
    setAttempt((a) => a + 1);
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    setConflict(false);
    const found = validateRegionalPool(values);
    if (Object.keys(found).length > 0) {
      fail(found);
      return;
    }
    setSaving(true);
    try {
      await api.put<TRegionalPool>(
        `/api/admin/regional-pool/${encodeURIComponent(pool.werkplein.id)}`,
        toRegionalPoolUpdate(values, pool.version),
      );
      setErrors({});
      setGeneral([]);
      onSaved(pool.werkplein.name);
    } catch (error) {
      if (!isApiError(error)) fail({}, [errorMessage('network')]);
      else if (error.code === 'conflict') {
        setErrors({});
        setGeneral([]);
        setConflict(true);
      } else if (error.code === 'validation_failed' && error.fields.length > 0) {
        const { fields, other } = fieldErrorsFromApi(error.fields, regionalPoolFields);
        fail(
          fields,
          other.map((p) => fieldErrorMessage(p.path, p.code)),
        );
      } else fail({}, [errorMessage(error.code)]);
    } finally {
      setSaving(false);
    }
  };

  const summary: ErrorSummaryItem[] = [
    ...general.map((text) => ({ text })),
    ...regionalPoolFields.flatMap((field) => {
      const message = messageFor(field);
      return message ? [{ targetId: id(field), text: nl.errorSummary.item(t.fields[field], message) }] : [];
    }),
  ];
  const partners = pool.sharingInRegion.map((w) => w.name).join(nl.listSeparator);

  return (
    <section aria-labelledby={headingId} className="werkplein-panel">
      <Heading3 id={headingId}>{t.werkpleinHeading(pool.werkplein.name)}</Heading3>
      {conflict ? (
        <Alert type="warning" ref={conflictRef} tabIndex={-1} className="werkplein-focus-target">
          <Paragraph>{errorMessage('conflict')}</Paragraph>
          <Paragraph>
            <Button appearance="secondary-action-button" onClick={onReload}>
              {t.reload}
            </Button>
          </Paragraph>
        </Alert>
      ) : null}
      <ErrorSummary items={summary} attempt={attempt} />
      <form
        noValidate
        onSubmit={(event) => void onSubmit(event)}
        className="werkplein-form"
        aria-busy={saving}
      >
        <SelectField
          id={id('labourMarketRegion')}
          label={t.fields.labourMarketRegion}
          description={t.descriptions.labourMarketRegion}
          value={values.labourMarketRegion}
          onChange={(code) =>
            setValues((v) => ({ ...v, labourMarketRegion: code as TLabourMarketRegion | '' }))
          }
          placeholder={t.chooseRegion}
          options={regionOptions}
          optional={!values.sharesPoolRegionally}
          error={messageFor('labourMarketRegion')}
        />
        <CheckboxField
          id={id('sharesPoolRegionally')}
          label={t.fields.sharesPoolRegionally}
          checked={values.sharesPoolRegionally}
          onChange={(checked) => setValues((v) => ({ ...v, sharesPoolRegionally: checked }))}
        />
        {pool.labourMarketRegion ? (
          <Paragraph>{partners ? t.sharingNow(partners) : t.sharingNobody}</Paragraph>
        ) : null}
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={saving}>
            {saving ? t.saving : t.save}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
};

/** The beheer page's section on sharing the pool in the arbeidsmarktregio, per own Werkplein. */
export const RegionalPoolSection = () => {
  const resource = useQuery(queries.regionalPools());
  const reload = useInvalidate([scopes.admin]);
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);
  // While it loads again, the last data stays on screen.
  const data = resource.data;
  return (
    <section aria-labelledby="regional-pool-heading">
      <Heading2 id="regional-pool-heading">{t.heading}</Heading2>
      <Paragraph>{t.intro}</Paragraph>
      {notice ? (
        <Alert type="ok" ref={noticeRef} tabIndex={-1} className="werkplein-focus-target">
          <Paragraph>{notice}</Paragraph>
        </Alert>
      ) : null}
      {resource.isPending ? <Loading /> : null}
      {resource.isError ? (
        <ApiErrorAlert error={resource.error} onRetry={() => void resource.refetch()} />
      ) : null}
      {data?.items.map((pool) => (
        // A new version (after saving or reloading) starts the form afresh from the newest data.
        <RegionalPoolForm
          key={`${pool.werkplein.id}-${pool.version}`}
          pool={pool}
          onSaved={(name) => {
            setNotice(t.saved(name));
            reload();
          }}
          onReload={() => {
            setNotice(null);
            reload();
          }}
        />
      ))}
    </section>
  );
};
