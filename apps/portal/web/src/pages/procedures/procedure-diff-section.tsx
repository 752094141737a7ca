import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useApi } from '../../api/api-context.js';
import { Loading } from '../../components/page-states.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { DossierErrorNotice } from '../dossiers/dossier-error-notice.js';
import { diffModelOf, type DiffFieldRow } from './procedure-diff-model.js';
import { procedureKeys } from './procedure-keys.js';
import {
  compareVersionText,
  defaultDiffPair,
  type ProcedureDiffResult,
  type ProcedureVersion,
} from './procedure-model.js';

function FieldChanges({ rows, testId }: { rows: readonly DiffFieldRow[]; testId: string }) {
  const { t } = useI18n();
  return (
    <div className="table-wrap">
      <table className="dossiers-diff-table" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">{t('procedures.diff.field')}</th>
            <th scope="col">{t('procedures.diff.before')}</th>
            <th scope="col">{t('procedures.diff.after')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.field} data-testid="procedure-diff-field" data-field={row.field}>
              <th scope="row">{row.label}</th>
              <td className="dossiers-diff-before">{row.before}</td>
              <td className="dossiers-diff-after">{row.after}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The comparison's answer: a summary line, then fields, steps and records that changed. */
function DiffResult({ result }: { result: ProcedureDiffResult }) {
  const { t, locale } = useI18n();
  const model = diffModelOf(result.diff, t, locale);
  const params = { from: result.from.version, to: result.to.version };
  if (model.identical) {
    return (
      <p className="notice" data-testid="procedure-diff" data-identical="true">
        {t('procedures.diff.identical', params)}
      </p>
    );
  }
  const { steps, records } = model;
  return (
    <div className="dossiers-diff" data-testid="procedure-diff" data-identical="false">
      <p>{t('procedures.diff.summary', { ...params, count: model.changeCount })}</p>
      {model.fields.length > 0 ? (
        <>
          <h3>{t('procedures.diff.fieldsTitle')}</h3>
          <FieldChanges rows={model.fields} testId="procedure-diff-fields" />
        </>
      ) : null}
      {steps.added.length + steps.removed.length + steps.changed.length > 0 || steps.reordered ? (
        <>
          <h3>{t('procedures.diff.stepsTitle')}</h3>
          {steps.reordered ? <p data-testid="procedure-diff-reordered">{t('procedures.diff.reordered')}</p> : null}
          {steps.added.length > 0 ? (
            <ul className="dossiers-diff-list" data-testid="procedure-diff-steps-added">
              {steps.added.map((step) => (
                <li key={step.id} className="dossiers-diff-added">
                  {t('procedures.diff.stepAdded', { name: step.name, id: step.id })}
                </li>
              ))}
            </ul>
          ) : null}
          {steps.removed.length > 0 ? (
            <ul className="dossiers-diff-list" data-testid="procedure-diff-steps-removed">
              {steps.removed.map((step) => (
                <li key={step.id} className="dossiers-diff-removed">
                  {t('procedures.diff.stepRemoved', { name: step.name, id: step.id })}
                </li>
              ))}
            </ul>
          ) : null}
          {steps.changed.map((step) => (
            <div key={step.id} data-testid="procedure-diff-step-changed">
              <h4>{t('procedures.diff.stepChanged', { name: step.name, id: step.id })}</h4>
              <FieldChanges rows={step.fields} testId="procedure-diff-step-fields" />
            </div>
          ))}
        </>
      ) : null}
      {records.added.length + records.removed.length + records.changed.length > 0 ? (
        <>
          <h3>{t('procedures.diff.recordsTitle')}</h3>
          <ul className="dossiers-diff-list">
            {records.added.map((name) => (
              <li key={`+${name}`} className="dossiers-diff-added">
                {t('procedures.diff.recordAdded', { name })}
              </li>
            ))}
            {records.removed.map((name) => (
              <li key={`-${name}`} className="dossiers-diff-removed">
                {t('procedures.diff.recordRemoved', { name })}
              </li>
            ))}
          </ul>
          {records.changed.map((record) => (
            <div key={record.name}>
              <h4>{t('procedures.diff.recordChanged', { name: record.name })}</h4>
              <FieldChanges rows={record.fields} testId="procedure-diff-record-fields" />
            </div>
          ))}
        </>
      ) : null}
    </div>
  );
}

/**
 * So sánh hai phiên bản: two versions picked (in force against the newest by default), compared by intake
 * (`procedures.diff`). The pair compared is kept in the address (`?from=&to=`) so that a link shows the same answer.
 */
export function ProcedureDiffSection({
  code,
  orgId,
  versions,
}: {
  code: string;
  orgId: string | null;
  versions: readonly ProcedureVersion[];
}) {
  const { t } = useI18n();
  const { intake } = useApi();
  const [searchParams, setSearchParams] = useSearchParams();
  const known = (value: string | null) =>
    value && versions.some((version) => version.version === value) ? value : null;
  const compared = { from: known(searchParams.get('from')), to: known(searchParams.get('to')) };
  const pair = defaultDiffPair(versions);
  const [from, setFrom] = useState(compared.from ?? pair?.from ?? '');
  const [to, setTo] = useState(compared.to ?? pair?.to ?? '');
  const [same, setSame] = useState(false);
  const ready = compared.from !== null && compared.to !== null && compared.from !== compared.to;

  const diff = useQuery({
    queryKey: procedureKeys.diff(orgId, code, compared.from ?? '', compared.to ?? ''),
    queryFn: () =>
      intake.procedures.diff.query({
        code,
        from: compared.from ?? '',
        to: compared.to ?? '',
        ...(orgId ? { orgId } : {}),
      }),
    enabled: ready,
  });

  if (versions.length < 2) {
    return (
      <section aria-labelledby="procedure-diff-title">
        <h2 id="procedure-diff-title">{t('procedures.diff.title')}</h2>
        <p className="muted">{t('procedures.diff.onlyOne')}</p>
      </section>
    );
  }

  const sorted = [...versions].sort((a, b) => compareVersionText(a.version, b.version));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (from === to) {
      setSame(true);
      return;
    }
    setSame(false);
    setSearchParams((current) => {
      const next = new URLSearchParams(current);
      next.set('from', from);
      next.set('to', to);
      return next;
    });
  };

  return (
    <section aria-labelledby="procedure-diff-title">
      <h2 id="procedure-diff-title">{t('procedures.diff.title')}</h2>
      <form className="dossiers-inline-form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="procedure-diff-from">{t('procedures.diff.from')}</label>
          <select
            id="procedure-diff-from"
            value={from}
            onChange={(event) => setFrom(event.target.value)}
            data-testid="procedure-diff-from"
          >
            {sorted.map((version) => (
              <option key={version.id} value={version.version}>
                {version.version}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="procedure-diff-to">{t('procedures.diff.to')}</label>
          <select
            id="procedure-diff-to"
            value={to}
            onChange={(event) => setTo(event.target.value)}
            data-testid="procedure-diff-to"
          >
            {sorted.map((version) => (
              <option key={version.id} value={version.version}>
                {version.version}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" data-testid="procedure-diff-submit">
          {t('procedures.diff.submit')}
        </button>
      </form>
      {same ? (
        <p className="field-error" role="alert">
          {t('procedures.diff.samePicked')}
        </p>
      ) : null}
      {!ready ? null : diff.isPending ? (
        <Loading />
      ) : diff.isError ? (
        <DossierErrorNotice error={diff.error} onRetry={() => void diff.refetch()} testId="procedure-diff-error" />
      ) : (
        <DiffResult result={diff.data} />
      )}
    </section>
  );
}
