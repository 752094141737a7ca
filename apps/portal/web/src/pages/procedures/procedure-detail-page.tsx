import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useApi } from '../../api/api-context.js';
import { useAuth } from '../../auth/auth-context.js';
import { Empty, Loading } from '../../components/page-states.js';
import { saveBlob } from '../../files/index.js';
import { formatDate, formatDateTime, vietnamToday } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import type { MessageKey } from '../../i18n/vi.js';
import { DossierErrorNotice } from '../dossiers/dossier-error-notice.js';
import { exportFileName } from './import-form.js';
import { initialEffectiveDate, toMakeEffectiveInput, type MakeEffectiveInput } from './make-effective-form.js';
import { ProcedureDiffSection } from './procedure-diff-section.js';
import { responsibleText } from './procedure-diff-model.js';
import { procedureKeys } from './procedure-keys.js';
import {
  choosesUnit,
  compareVersionText,
  defaultVersionOf,
  displayStatusOf,
  mayManageCatalogue,
  procedurePath,
  type MakeEffectiveOutcome,
  type ProcedureDetail,
  type ProcedureVersion,
} from './procedure-model.js';
import { DurationText, VersionStatusTag } from './procedure-parts.js';

/** The steps table of a version (bước, người thực hiện, thời gian, biểu mẫu, kết quả). */
function StepsTable({ detail }: { detail: ProcedureDetail }) {
  const { t } = useI18n();
  const steps = detail.definition.steps;
  return (
    <div className="table-wrap">
      <table data-testid="procedure-steps">
        <caption className="visually-hidden">{t('procedures.detail.stepsTitle')}</caption>
        <thead>
          <tr>
            <th scope="col" className="nowrap">
              {t('procedures.step.number')}
            </th>
            <th scope="col">{t('procedures.step.name')}</th>
            <th scope="col">{t('procedures.step.responsible')}</th>
            <th scope="col" className="nowrap">
              {t('procedures.step.duration')}
            </th>
            <th scope="col">{t('procedures.step.forms')}</th>
            <th scope="col">{t('procedures.step.outputs')}</th>
          </tr>
        </thead>
        <tbody>
          {steps.map((step, index) => (
            <tr key={step.id} data-testid="procedure-step" data-id={step.id}>
              <td className="nowrap">{t('procedures.step.numbered', { number: index + 1 })}</td>
              <td>{step.name}</td>
              <td>{responsibleText(step.responsible, t)}</td>
              <td className="nowrap">
                <DurationText duration={step.duration} />
              </td>
              <td>
                <TextList items={step.forms} />
              </td>
              <td>
                <TextList items={step.outputs} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function TextList({ items }: { items: readonly string[] }) {
  const { t } = useI18n();
  if (items.length === 0) return <span className="muted">{t('procedures.diff.none')}</span>;
  if (items.length === 1) return <>{items[0]}</>;
  return (
    <ul className="dossiers-plain-list">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

/** Hồ sơ cần lưu: what, who keeps it, how long. */
function RecordsTable({ detail }: { detail: ProcedureDetail }) {
  const { t } = useI18n();
  const records = detail.definition.records;
  if (records.length === 0) return <Empty text={t('procedures.detail.noRecords')} testId="procedure-records-empty" />;
  return (
    <div className="table-wrap">
      <table data-testid="procedure-records">
        <caption className="visually-hidden">{t('procedures.detail.recordsTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('procedures.record.name')}</th>
            <th scope="col">{t('procedures.record.keptBy')}</th>
            <th scope="col" className="nowrap">
              {t('procedures.record.retention')}
            </th>
          </tr>
        </thead>
        <tbody>
          {records.map((record) => (
            <tr key={record.name} data-testid="procedure-record">
              <td>{record.name}</td>
              <td>{record.keptBy}</td>
              <td className="nowrap">
                {record.retention.kind === 'permanent'
                  ? t('procedures.retention.permanent')
                  : t('procedures.retention.years', { years: record.retention.years })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Purpose, scope, legal basis, time limit, approval and dates of the version shown. */
function VersionMeta({ detail }: { detail: ProcedureDetail }) {
  const { t } = useI18n();
  const { definition } = detail;
  const row = (label: MessageKey, value: ReactNode) => (
    <>
      <dt>{t(label)}</dt>
      <dd>{value}</dd>
    </>
  );
  return (
    <dl className="dossiers-meta" data-testid="procedure-meta">
      {row('procedures.field.timeLimit', <DurationText duration={definition.timeLimit} />)}
      {row(
        'procedures.field.effective',
        detail.effectiveTo
          ? t('procedures.detail.effectiveRange', {
              from: formatDate(detail.effectiveFrom),
              to: formatDate(detail.effectiveTo),
            })
          : t('procedures.detail.effectiveFromOnly', { from: formatDate(detail.effectiveFrom) }),
      )}
      {row(
        'procedures.field.approval',
        t('procedures.detail.approval', { by: definition.approvedBy, on: formatDate(definition.approvedOn) }),
      )}
      {definition.purpose ? row('procedures.field.purpose', definition.purpose) : null}
      {definition.scope ? row('procedures.field.scope', definition.scope) : null}
      {definition.legalBasis.length > 0
        ? row('procedures.field.legalBasis', <TextList items={definition.legalBasis} />)
        : null}
      {row(
        'procedures.field.imported',
        t('procedures.detail.imported', { by: detail.importedBy, at: formatDateTime(detail.importedAt) }),
      )}
      {detail.madeEffectiveBy && detail.madeEffectiveAt
        ? row(
            'procedures.field.madeEffective',
            t('procedures.detail.madeEffective', {
              by: detail.madeEffectiveBy,
              at: formatDateTime(detail.madeEffectiveAt),
            }),
          )
        : null}
    </dl>
  );
}

/** What making a version effective did: shown by the page, since the panel goes once the version is no draft. */
function MakeEffectiveDone({ outcome }: { outcome: MakeEffectiveOutcome }) {
  const { t } = useI18n();
  return (
    <div className="notice notice-success" role="status" data-testid="procedure-make-effective-success">
      <p>
        {t('procedures.effective.done', {
          version: outcome.version.version,
          from: formatDate(outcome.version.effectiveFrom),
        })}
      </p>
      {outcome.superseded ? (
        <p>
          {t('procedures.effective.superseded', {
            version: outcome.superseded.version,
            to: outcome.superseded.effectiveTo ? formatDate(outcome.superseded.effectiveTo) : '—',
          })}
        </p>
      ) : null}
    </div>
  );
}

/** Đưa vào hiệu lực: a draft from a date (its own first day by default). Leaders of the unit and administrators. */
function MakeEffectivePanel({
  version,
  orgId,
  onDone,
}: {
  version: ProcedureVersion;
  orgId: string | null;
  onDone: (outcome: MakeEffectiveOutcome) => void;
}) {
  const { t } = useI18n();
  const { intake } = useApi();
  const queryClient = useQueryClient();
  const [dateText, setDateText] = useState(() => initialEffectiveDate(version.effectiveFrom));
  const [invalid, setInvalid] = useState<MessageKey | null>(null);
  const make = useMutation({
    mutationFn: (input: MakeEffectiveInput) => intake.procedures.makeEffective.mutate(input),
    onSuccess: (outcome) => {
      onDone(outcome);
      void queryClient.invalidateQueries({ queryKey: procedureKeys.all });
    },
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    make.reset();
    const result = toMakeEffectiveInput({ orgId, code: version.code, version: version.version }, dateText);
    if (!result.ok) {
      setInvalid(result.error);
      return;
    }
    setInvalid(null);
    make.mutate(result.input);
  };
  return (
    <form className="dossiers-panel" onSubmit={submit} noValidate aria-labelledby="procedure-make-effective-title">
      <h2 id="procedure-make-effective-title">{t('procedures.effective.title', { version: version.version })}</h2>
      <p className="muted">{t('procedures.effective.intro')}</p>
      <div className={invalid ? 'field field-invalid' : 'field'}>
        <label htmlFor="procedure-make-effective-date">{t('procedures.effective.date')}</label>
        <p id="procedure-make-effective-hint" className="hint">
          {t('procedures.effective.dateHint')}
        </p>
        <input
          id="procedure-make-effective-date"
          type="text"
          inputMode="numeric"
          value={dateText}
          onChange={(event) => setDateText(event.target.value)}
          aria-invalid={invalid !== null}
          aria-describedby={
            invalid ? 'procedure-make-effective-hint procedure-make-effective-error' : 'procedure-make-effective-hint'
          }
          data-testid="procedure-make-effective-date"
        />
        {invalid ? (
          <p id="procedure-make-effective-error" className="field-error">
            {t(invalid)}
          </p>
        ) : null}
      </div>
      {make.isError ? <DossierErrorNotice error={make.error} testId="procedure-make-effective-error" /> : null}
      <div className="form-actions">
        <button type="submit" disabled={make.isPending} data-testid="procedure-make-effective">
          {make.isPending ? t('procedures.effective.submitting') : t('procedures.effective.submit')}
        </button>
      </div>
    </form>
  );
}

/** Tải tệp JSON of one version (`procedures.export`), saved under the server's file name. */
function ExportButton({ version, orgId, testId }: { version: ProcedureVersion; orgId: string | null; testId: string }) {
  const { t } = useI18n();
  const { intake } = useApi();
  const download = useMutation({
    mutationFn: () =>
      intake.procedures.export.query({ code: version.code, version: version.version, ...(orgId ? { orgId } : {}) }),
    onSuccess: (file) =>
      saveBlob(
        new Blob([file.json], { type: 'application/json' }),
        exportFileName(file.fileName, version.code, version.version),
      ),
  });
  return (
    <span className="dossiers-inline">
      <button
        type="button"
        className="button-secondary"
        onClick={() => download.mutate()}
        disabled={download.isPending}
        aria-label={t('procedures.export.label', { version: version.version })}
        data-testid={testId}
      >
        {download.isPending ? t('procedures.export.running') : t('procedures.export.button')}
      </button>
      {download.isError ? <DossierErrorNotice error={download.error} testId="procedure-export-error" /> : null}
    </span>
  );
}

/** Every version of the procedure: its ISO 7.5 history, each with its state and dates. */
function VersionsTable({
  versions,
  selected,
  orgId,
  today,
}: {
  versions: readonly ProcedureVersion[];
  selected: string;
  orgId: string | null;
  today: string;
}) {
  const { t } = useI18n();
  const sorted = [...versions].sort((a, b) => compareVersionText(b.version, a.version));
  return (
    <div className="table-wrap">
      <table data-testid="procedure-versions">
        <caption className="visually-hidden">{t('procedures.detail.versionsTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('procedures.field.version')}</th>
            <th scope="col">{t('procedures.field.status')}</th>
            <th scope="col">{t('procedures.field.effective')}</th>
            <th scope="col">{t('procedures.field.approval')}</th>
            <th scope="col">{t('procedures.detail.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((version) => (
            <tr key={version.id} data-testid="procedure-version" data-version={version.version}>
              <td className="nowrap">
                {version.version === selected ? (
                  <strong aria-current="page">{version.version}</strong>
                ) : (
                  <Link to={procedurePath(version.code, { orgId, version: version.version })}>{version.version}</Link>
                )}
              </td>
              <td className="nowrap">
                <VersionStatusTag status={displayStatusOf(version, today)} />
              </td>
              <td className="nowrap">
                {version.effectiveTo
                  ? t('procedures.detail.effectiveRange', {
                      from: formatDate(version.effectiveFrom),
                      to: formatDate(version.effectiveTo),
                    })
                  : t('procedures.detail.effectiveFromOnly', { from: formatDate(version.effectiveFrom) })}
              </td>
              <td>{t('procedures.detail.approval', { by: version.approvedBy, on: formatDate(version.approvedOn) })}</td>
              <td className="nowrap">
                <ExportButton version={version} orgId={orgId} testId="procedure-version-export" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Quy trình: its versions, the version shown (steps, records to keep), making a draft effective, export, comparison. */
export function ProcedureDetailPage() {
  const { t } = useI18n();
  const { intake } = useApi();
  const { user } = useAuth();
  const { code: rawCode = '' } = useParams();
  const code = rawCode.trim();
  const [searchParams] = useSearchParams();
  const orgParam = searchParams.get('org')?.trim() || null;
  const orgId = choosesUnit(user) ? orgParam : null;
  const orgInput = orgId ? { orgId } : {};
  const today = vietnamToday(new Date());
  const [effectiveDone, setEffectiveDone] = useState<MakeEffectiveOutcome | null>(null);

  const versions = useQuery({
    queryKey: procedureKeys.versions(orgId, code),
    queryFn: () => intake.procedures.versions.query({ code, ...orgInput }),
    enabled: code !== '',
  });
  const selected = versions.data ? defaultVersionOf(versions.data, searchParams.get('version')) : null;
  const detail = useQuery({
    queryKey: procedureKeys.detail(orgId, code, selected?.version ?? ''),
    queryFn: () => intake.procedures.get.query({ code, version: selected?.version ?? '', ...orgInput }),
    enabled: selected !== null,
  });
  const backTo = orgId ? `/procedures?org=${encodeURIComponent(orgId)}` : '/procedures';

  return (
    <section className="page dossiers-page" aria-labelledby="procedure-title">
      <p>
        <Link to={backTo}>{t('procedures.detail.back')}</Link>
      </p>
      {versions.isPending ? (
        <>
          <h1 id="procedure-title">{code}</h1>
          <Loading />
        </>
      ) : versions.isError ? (
        <>
          <h1 id="procedure-title">{code}</h1>
          <DossierErrorNotice error={versions.error} onRetry={() => void versions.refetch()} testId="procedure-error" />
        </>
      ) : selected === null ? (
        <>
          <h1 id="procedure-title">{code}</h1>
          <Empty text={t('procedures.detail.noVersions')} />
        </>
      ) : (
        <>
          <p className="dossiers-eyebrow muted">{t('procedures.detail.eyebrow', { code: selected.code })}</p>
          <h1 id="procedure-title">{selected.name}</h1>
          <div className="dossiers-summary">
            <VersionStatusTag status={displayStatusOf(selected, today)} testId="procedure-status" />
            <span>{t('procedures.detail.versionShown', { version: selected.version })}</span>
            <ExportButton version={selected} orgId={orgId} testId="procedure-export" />
          </div>

          {effectiveDone ? <MakeEffectiveDone outcome={effectiveDone} /> : null}
          {selected.status === 'draft' && mayManageCatalogue(user, orgId) ? (
            <MakeEffectivePanel key={selected.id} version={selected} orgId={orgId} onDone={setEffectiveDone} />
          ) : null}

          {detail.isPending ? (
            <Loading />
          ) : detail.isError ? (
            <DossierErrorNotice error={detail.error} onRetry={() => void detail.refetch()} />
          ) : (
            <>
              <VersionMeta detail={detail.data} />
              <h2>{t('procedures.detail.stepsTitle')}</h2>
              <StepsTable detail={detail.data} />
              <h2>{t('procedures.detail.recordsTitle')}</h2>
              <RecordsTable detail={detail.data} />
            </>
          )}

          <h2>{t('procedures.detail.versionsTitle')}</h2>
          <VersionsTable versions={versions.data} selected={selected.version} orgId={orgId} today={today} />

          <ProcedureDiffSection code={code} orgId={orgId} versions={versions.data} />
        </>
      )}
    </section>
  );
}
