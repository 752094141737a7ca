import { formatDate, formatDateTime } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { DurationText } from '../procedures/procedure-parts.js';
import { appointmentShowsTime, type ReceivedDossier } from './dossier-model.js';

/** The appointment as the citizen reads it: the day, and the hour for a limit counted in working hours. */
export function appointmentText(appointment: ReceivedDossier['appointment']): string {
  return appointmentShowsTime(appointment.basis) ? formatDateTime(appointment.instant) : formatDate(appointment.date);
}

/**
 * Giấy tiếp nhận hồ sơ và hẹn trả kết quả: what the desk hands the citizen. Laid out as the paper form, and printed
 * alone (the print stylesheet in dossiers.css hides everything else on the page).
 */
export function DossierReceipt({ dossier }: { dossier: ReceivedDossier }) {
  const { t } = useI18n();
  const { applicant, appointment, procedure } = dossier;
  return (
    <article className="dossiers-receipt" aria-labelledby="dossier-receipt-title" data-testid="dossier-receipt">
      <header className="dossiers-receipt-header">
        <div className="dossiers-receipt-unit">
          <p>{(dossier.unitName ?? dossier.orgId).toLocaleUpperCase('vi')}</p>
          <p className="dossiers-receipt-desk">{t('dossiers.receipt.desk')}</p>
        </div>
        <div className="dossiers-receipt-nation">
          <p>{t('dossiers.receipt.nation')}</p>
          <p className="dossiers-receipt-motto">{t('dossiers.receipt.motto')}</p>
        </div>
      </header>
      <h2 id="dossier-receipt-title" className="dossiers-receipt-title">
        {t('dossiers.receipt.title')}
      </h2>
      <p className="dossiers-receipt-code">
        {t('dossiers.receipt.code')} <strong data-testid="dossier-receipt-code">{dossier.code}</strong>
      </p>
      <dl className="dossiers-receipt-fields">
        <dt>{t('dossiers.field.applicant')}</dt>
        <dd data-testid="dossier-receipt-applicant">{applicant.name}</dd>
        {applicant.idNumber ? (
          <>
            <dt>{t('dossiers.field.idNumber')}</dt>
            <dd>{applicant.idNumber}</dd>
          </>
        ) : null}
        {applicant.phone ? (
          <>
            <dt>{t('dossiers.field.phone')}</dt>
            <dd>{applicant.phone}</dd>
          </>
        ) : null}
        {applicant.address ? (
          <>
            <dt>{t('dossiers.field.address')}</dt>
            <dd>{applicant.address}</dd>
          </>
        ) : null}
        <dt>{t('dossiers.field.procedure')}</dt>
        <dd data-testid="dossier-receipt-procedure">
          {procedure.name}{' '}
          <span className="muted">
            {t('dossiers.receipt.procedureRef', { code: procedure.code, version: procedure.version })}
          </span>
        </dd>
        <dt>{t('dossiers.field.timeLimit')}</dt>
        <dd>
          <DurationText duration={procedure.timeLimit} />
        </dd>
        <dt>{t('dossiers.field.receivedAt')}</dt>
        <dd data-testid="dossier-receipt-received-at">
          {t('dossiers.receipt.receivedBy', { at: formatDateTime(dossier.receivedAt), by: dossier.receivedBy })}
        </dd>
        {dossier.documents.length > 0 ? (
          <>
            <dt>{t('dossiers.receipt.documents')}</dt>
            <dd>
              <ol className="dossiers-receipt-documents">
                {dossier.documents.map((document) => (
                  <li key={document.name}>{document.name}</li>
                ))}
              </ol>
            </dd>
          </>
        ) : null}
        {dossier.note ? (
          <>
            <dt>{t('dossiers.field.note')}</dt>
            <dd>{dossier.note}</dd>
          </>
        ) : null}
      </dl>
      <p className="dossiers-receipt-appointment">
        {t('dossiers.receipt.appointment')}{' '}
        <strong data-testid="dossier-receipt-appointment" data-date={appointment.date}>
          {appointmentText(appointment)}
        </strong>
      </p>
      {appointment.deferred ? (
        <p className="dossiers-receipt-deferred" data-testid="dossier-receipt-deferred">
          {t('dossiers.receipt.deferred', {
            cutoff: appointment.cutoff,
            countedFrom: formatDate(appointment.countedFrom),
          })}
        </p>
      ) : null}
      <div className="dossiers-receipt-signatures">
        <div>
          <p className="dossiers-receipt-sign-title">{t('dossiers.receipt.applicantSigns')}</p>
          <p className="muted">{t('dossiers.receipt.signHint')}</p>
        </div>
        <div>
          <p className="dossiers-receipt-sign-title">{t('dossiers.receipt.clerkSigns')}</p>
          <p className="muted">{t('dossiers.receipt.signHint')}</p>
          <p className="dossiers-receipt-signer">{dossier.receivedBy}</p>
        </div>
      </div>
    </article>
  );
}
