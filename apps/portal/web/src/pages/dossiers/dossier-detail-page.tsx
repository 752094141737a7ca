import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { useApi } from '../../api/api-context.js';
import { Empty, Loading } from '../../components/page-states.js';
import { formatDate, formatDateTime } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import type { MessageKey } from '../../i18n/vi.js';
import { NotFoundPage } from '../coming-soon.js';
import { responsibleText } from '../procedures/procedure-diff-model.js';
import { DurationText } from '../procedures/procedure-parts.js';
import { DossierActionsPanel } from './dossier-actions-panel.js';
import { DossierErrorNotice } from './dossier-error-notice.js';
import { dossierKeys } from './dossier-keys.js';
import { appointmentShowsTime, isHistoryCommand, type DossierDetail, type DossierStep } from './dossier-model.js';
import { ClassificationTag, DossierStatusTag } from './dossier-parts.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A deadline: the day, with the hour for one counted in working hours. */
function dueText(due: { basis: DossierDetail['due']['basis']; date: string; instant: Date }): string {
  return appointmentShowsTime(due.basis) ? formatDateTime(due.instant) : formatDate(due.date);
}

function hoursText(hours: number, locale: 'vi' | 'en'): string {
  const rounded = Math.round(hours * 100) / 100;
  return locale === 'vi' ? String(rounded).replace('.', ',') : String(rounded);
}

function StepState({ step }: { step: DossierStep }) {
  const { t } = useI18n();
  if (step.state === 'done') {
    return (
      <>
        <span className={step.late ? 'status-tag dossiers-class-qua-han' : 'status-tag dossiers-step-done'}>
          {step.late ? t('dossiers.step.doneLate') : t('dossiers.step.done')}
        </span>
        {step.completedBy && step.completedAt ? (
          <>
            <br />
            <span className="muted">
              {t('dossiers.step.doneBy', { by: step.completedBy, at: formatDateTime(step.completedAt) })}
            </span>
          </>
        ) : null}
      </>
    );
  }
  return (
    <span className={`status-tag dossiers-step-${step.state}`}>
      {step.state === 'current' ? t('dossiers.step.current') : t('dossiers.step.pending')}
    </span>
  );
}

/** The dossier's steps with their deadlines (moved by the clock's pauses) and who did or does each. */
function StepsTable({ dossier }: { dossier: DossierDetail }) {
  const { t, locale } = useI18n();
  return (
    <div className="table-wrap">
      <table data-testid="dossier-steps">
        <caption className="visually-hidden">{t('dossiers.detail.stepsTitle')}</caption>
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
            <th scope="col" className="nowrap">
              {t('dossiers.step.due')}
            </th>
            <th scope="col">{t('dossiers.field.status')}</th>
          </tr>
        </thead>
        <tbody>
          {dossier.steps.map((step, index) => (
            <tr
              key={step.id}
              data-testid="dossier-step"
              data-state={step.state}
              className={step.state === 'current' ? 'dossiers-current-row' : undefined}
              {...(step.state === 'current' ? { 'aria-current': 'step' as const } : {})}
            >
              <td className="nowrap">{t('procedures.step.numbered', { number: index + 1 })}</td>
              <td>{step.name}</td>
              <td>{responsibleText(step.responsible, t)}</td>
              <td className="nowrap">
                <DurationText duration={step.duration} />
              </td>
              <td className="nowrap">
                {dueText(step.due)}
                {step.due.pausedHours > 0 ? (
                  <>
                    <br />
                    <span className="muted">
                      {t('dossiers.step.planned', {
                        due: dueText(step.plannedDue),
                        hours: hoursText(step.due.pausedHours, locale),
                      })}
                    </span>
                  </>
                ) : null}
              </td>
              <td>
                <StepState step={step} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function HistoryCommandText({ command }: { command: string }) {
  const { t } = useI18n();
  return <>{isHistoryCommand(command) ? t(`dossiers.command.${command}`) : command}</>;
}

/** Every move of the dossier, oldest first: who, when, from which state to which, with the note or reason. */
function History({ dossier }: { dossier: DossierDetail }) {
  const { t } = useI18n();
  const stepName = (stepId: string | null) => dossier.steps.find((step) => step.id === stepId)?.name ?? stepId;
  return (
    <ol className="dossiers-history" data-testid="dossier-history">
      {dossier.history.map((entry, index) => (
        <li key={`${entry.at.getTime()}-${index}`} data-testid="dossier-history-entry" data-command={entry.command}>
          <span className="nowrap">{formatDateTime(entry.at)}</span> · <strong>{entry.by}</strong> ·{' '}
          <HistoryCommandText command={entry.command} />
          {entry.stepId ? ` “${stepName(entry.stepId) ?? ''}”` : null}
          {entry.from && entry.from !== entry.to ? (
            <span className="muted">
              {' '}
              ({t(`dossiers.status.${entry.from}`)} → {t(`dossiers.status.${entry.to}`)})
            </span>
          ) : null}
          {entry.note ? <p className="dossiers-history-note">{entry.note}</p> : null}
        </li>
      ))}
    </ol>
  );
}

function Meta({ dossier }: { dossier: DossierDetail }) {
  const { t, locale } = useI18n();
  const row = (label: MessageKey, value: ReactNode, testId?: string) => (
    <>
      <dt>{t(label)}</dt>
      <dd data-testid={testId}>{value}</dd>
    </>
  );
  const { applicant, appointment, due } = dossier;
  const applicantParts = [applicant.name, applicant.idNumber, applicant.phone].filter(Boolean).join(' · ');
  return (
    <dl className="dossiers-meta">
      {row('dossiers.field.applicant', applicantParts)}
      {row(
        'dossiers.field.procedure',
        <>
          {dossier.procedure.name}{' '}
          <span className="muted">
            {t('dossiers.receipt.procedureRef', { code: dossier.procedure.code, version: dossier.procedure.version })}
          </span>
        </>,
      )}
      {row('dossiers.field.timeLimit', <DurationText duration={dossier.procedureDetail.timeLimit} />)}
      {row('dossiers.field.receivedAt', formatDateTime(dossier.receivedAt))}
      {row(
        'dossiers.field.appointment',
        <>
          {dueText(appointment)}
          {appointment.deferred ? (
            <span className="muted">
              {' '}
              {t('dossiers.detail.deferred', { countedFrom: formatDate(appointment.countedFrom) })}
            </span>
          ) : null}
        </>,
        'dossier-appointment',
      )}
      {row(
        'dossiers.field.dueDate',
        <>
          {dueText(due)}
          {due.pausedHours > 0 ? (
            <span className="muted">
              {' '}
              {t('dossiers.detail.pausedHours', { hours: hoursText(due.pausedHours, locale) })}
            </span>
          ) : null}
          {due.paused ? <span className="status-tag dossiers-paused"> {t('dossiers.detail.paused')}</span> : null}
        </>,
        'dossier-due',
      )}
      {dossier.currentAppointmentDate !== dossier.dueDate
        ? row(
            'dossiers.field.currentAppointment',
            formatDate(dossier.currentAppointmentDate),
            'dossier-current-appointment',
          )
        : null}
      {dossier.completedAt ? row('dossiers.field.completedAt', formatDateTime(dossier.completedAt)) : null}
    </dl>
  );
}

/** Hồ sơ: one dossier as routing tracks it, with the actions of the user's role. */
export function DossierDetailPage() {
  const { id = '' } = useParams();
  if (!UUID.test(id)) return <NotFoundPage />;
  return <DossierDetailView id={id} />;
}

function DossierDetailView({ id }: { id: string }) {
  const { t } = useI18n();
  const { routing } = useApi();
  const dossier = useQuery({
    queryKey: dossierKeys.detail(id),
    queryFn: () => routing.dossiers.get.query({ id }),
  });
  return (
    <section className="page dossiers-page" aria-labelledby="dossier-title">
      <p>
        <Link to="/dossiers">{t('dossiers.receipt.back')}</Link>
      </p>
      {dossier.isPending ? (
        <>
          <h1 id="dossier-title">{t('dossiers.detail.title')}</h1>
          <Loading />
        </>
      ) : dossier.isError ? (
        <>
          <h1 id="dossier-title">{t('dossiers.detail.title')}</h1>
          <DossierErrorNotice error={dossier.error} onRetry={() => void dossier.refetch()} testId="dossier-error" />
          <p>
            <Link to={`/dossiers/${id}/receipt`}>{t('dossiers.detail.receipt')}</Link>
          </p>
        </>
      ) : (
        <DossierView dossier={dossier.data} />
      )}
    </section>
  );
}

function DossierView({ dossier }: { dossier: DossierDetail }) {
  const { t } = useI18n();
  return (
    <>
      <p className="dossiers-eyebrow muted">
        {t('dossiers.detail.eyebrow')} <strong data-testid="dossier-code">{dossier.code}</strong>
      </p>
      <h1 id="dossier-title">{dossier.procedure.name}</h1>
      <div className="dossiers-summary">
        <DossierStatusTag status={dossier.status} testId="dossier-status" />
        {dossier.overdue ? (
          <span className="status-tag dossiers-overdue" data-testid="dossier-overdue-tag">
            {t('dossiers.list.overdue')}
          </span>
        ) : null}
        {dossier.classification ? <ClassificationTag classification={dossier.classification} /> : null}
        <Link to={`/dossiers/${dossier.id}/receipt`} data-testid="dossier-receipt-link">
          {t('dossiers.detail.receipt')}
        </Link>
      </div>
      <Meta dossier={dossier} />
      <DossierActionsPanel dossier={dossier} />

      <h2>{t('dossiers.detail.stepsTitle')}</h2>
      <StepsTable dossier={dossier} />

      {dossier.clock.pauses.length > 0 ? (
        <>
          <h2>{t('dossiers.detail.pausesTitle')}</h2>
          <ul className="dossiers-plain-list" data-testid="dossier-pauses">
            {dossier.clock.pauses.map((pause) => (
              <li key={pause.pausedAt.getTime()}>
                {pause.resumedAt
                  ? t('dossiers.detail.pauseClosed', {
                      from: formatDateTime(pause.pausedAt),
                      to: formatDateTime(pause.resumedAt),
                    })
                  : t('dossiers.detail.pauseOpen', { from: formatDateTime(pause.pausedAt) })}
                {pause.reason ? <> — {pause.reason}</> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h2>{t('dossiers.detail.apologiesTitle')}</h2>
      {dossier.apologies.length === 0 ? (
        <Empty text={t('dossiers.detail.noApology')} testId="dossier-apologies-empty" />
      ) : (
        <ul className="dossiers-plain-list" data-testid="dossier-apologies">
          {dossier.apologies.map((letter) => (
            <li key={letter.issuedAt.getTime()} data-testid="dossier-apology">
              {t('dossiers.detail.apology', {
                at: formatDateTime(letter.issuedAt),
                by: letter.by,
                previous: formatDate(letter.previousAppointment),
                next: formatDate(letter.newAppointment),
              })}
              <p className="dossiers-history-note">{letter.reason}</p>
            </li>
          ))}
        </ul>
      )}

      <h2>{t('dossiers.detail.historyTitle')}</h2>
      <History dossier={dossier} />
    </>
  );
}
