import { useQuery } from '@tanstack/react-query';
import { Link, useLocation, useParams } from 'react-router';
import { useApi } from '../../api/api-context.js';
import { useAuth } from '../../auth/auth-context.js';
import { hasAnyRole } from '../../auth/user.js';
import { Loading } from '../../components/page-states.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { NotFoundPage } from '../coming-soon.js';
import { RECEIVE_ROLES, TRACK_ROLES } from './dossier-actions.js';
import { DossierErrorNotice } from './dossier-error-notice.js';
import { dossierKeys } from './dossier-keys.js';
import { DossierReceipt } from './dossier-receipt.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Giấy tiếp nhận: the receipt of one dossier of the unit (just received, or again to reprint), ready to print. */
export function ReceiptPage() {
  const { id = '' } = useParams();
  if (!UUID.test(id)) return <NotFoundPage />;
  return <Receipt id={id} />;
}

function Receipt({ id }: { id: string }) {
  const { t } = useI18n();
  const { intake } = useApi();
  const { user } = useAuth();
  const location = useLocation();
  const justReceived = (location.state as { justReceived?: boolean } | null)?.justReceived === true;
  const dossier = useQuery({
    queryKey: dossierKeys.receipt(id),
    queryFn: () => intake.dossiers.get.query({ id }),
  });

  return (
    <section className="page dossiers-page" aria-labelledby="dossier-receipt-page-title">
      <div className="dossiers-no-print">
        <p>
          <Link to="/dossiers">{t('dossiers.receipt.back')}</Link>
        </p>
        <h1 id="dossier-receipt-page-title">{t('dossiers.receipt.pageTitle')}</h1>
        {justReceived && dossier.data ? (
          <div className="notice notice-success" role="status" data-testid="dossier-receive-success">
            <p>{t('dossiers.receive.done', { code: dossier.data.code })}</p>
          </div>
        ) : null}
      </div>
      {dossier.isPending ? (
        <Loading />
      ) : dossier.isError ? (
        <DossierErrorNotice
          error={dossier.error}
          onRetry={() => void dossier.refetch()}
          testId="dossier-receipt-error"
        />
      ) : (
        <>
          <div className="dossiers-actions-row dossiers-no-print">
            <button type="button" onClick={() => window.print()} data-testid="dossier-receipt-print">
              {t('dossiers.receipt.print')}
            </button>
            {hasAnyRole(user, RECEIVE_ROLES) ? (
              <Link to="/dossiers/receive" className="dossiers-button-link" data-testid="dossier-receive-another">
                {t('dossiers.receipt.another')}
              </Link>
            ) : null}
            {hasAnyRole(user, TRACK_ROLES) ? (
              <Link to={`/dossiers/${id}`} data-testid="dossier-receipt-track">
                {t('dossiers.receipt.track')}
              </Link>
            ) : null}
          </div>
          <DossierReceipt dossier={dossier.data} />
        </>
      )}
    </section>
  );
}
