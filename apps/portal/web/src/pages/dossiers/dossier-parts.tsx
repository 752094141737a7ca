import { Link } from 'react-router';
import type { Column } from '../../components/data-table.js';
import { formatDate, formatDateTime } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import type { CompletionClass, DossierStatus, DossierSummary } from './dossier-model.js';

/** A dossier's state as a tag; `data-status` carries the code for tests and styles. */
export function DossierStatusTag({ status, testId }: { status: DossierStatus; testId?: string }) {
  const { t } = useI18n();
  return (
    <span className={`status-tag dossiers-status dossiers-status-${status}`} data-status={status} data-testid={testId}>
      {t(`dossiers.status.${status}`)}
    </span>
  );
}

/** Trước hạn, đúng hạn, quá hạn: how a finished dossier met its appointment. */
export function ClassificationTag({ classification }: { classification: CompletionClass }) {
  const { t } = useI18n();
  return (
    <span className={`status-tag dossiers-class-${classification}`} data-classification={classification}>
      {t(`dossiers.classification.${classification}`)}
    </span>
  );
}

function CurrentStep({ dossier }: { dossier: DossierSummary }) {
  const { t } = useI18n();
  const step = dossier.currentStep;
  if (!step) {
    return (
      <span className="muted">
        {dossier.nextAction ? t(`dossiers.next.${dossier.nextAction}`) : t('dossiers.list.noStep')}
      </span>
    );
  }
  return (
    <>
      {step.name}
      {step.dueAt ? (
        <>
          <br />
          <span className="muted">{t('dossiers.list.stepDue', { due: formatDateTime(step.dueAt) })}</span>
        </>
      ) : null}
    </>
  );
}

function DueCell({ dossier }: { dossier: DossierSummary }) {
  const { t } = useI18n();
  if (dossier.classification) return <ClassificationTag classification={dossier.classification} />;
  return (
    <>
      {formatDate(dossier.dueDate)}
      {dossier.overdue ? (
        <>
          {' '}
          <span className="status-tag dossiers-overdue" data-testid="dossier-overdue-tag">
            {t('dossiers.list.overdue')}
          </span>
        </>
      ) : null}
    </>
  );
}

/** The columns of routing's lists (work to do, overdue): code, applicant, procedure, state, current step, due date. */
export const TRACKED_COLUMNS: readonly Column<DossierSummary>[] = [
  {
    header: 'dossiers.field.code',
    render: (dossier) => (
      <Link to={`/dossiers/${dossier.id}`} data-testid="dossier-row-link">
        {dossier.code}
      </Link>
    ),
    className: 'nowrap',
  },
  { header: 'dossiers.field.applicant', render: (dossier) => dossier.applicantName },
  { header: 'dossiers.field.procedure', render: (dossier) => dossier.procedure.name, className: 'subject' },
  {
    header: 'dossiers.field.status',
    render: (dossier) => <DossierStatusTag status={dossier.status} />,
    className: 'nowrap',
  },
  { header: 'dossiers.field.currentStep', render: (dossier) => <CurrentStep dossier={dossier} /> },
  { header: 'dossiers.field.dueDate', render: (dossier) => <DueCell dossier={dossier} />, className: 'nowrap' },
];
