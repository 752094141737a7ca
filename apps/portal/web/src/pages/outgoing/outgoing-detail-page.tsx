import { useQuery } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useApi } from '../../api/api-context.js';
import { useAuth } from '../../auth/auth-context.js';
import { Loading } from '../../components/page-states.js';
import { formatDate, formatDateTime } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { ConsultationSection } from './consultation-section.js';
import { availableActions } from './outgoing-actions.js';
import { OutgoingActionsPanel } from './outgoing-actions-panel.js';
import { OutgoingErrorNotice } from './outgoing-error-notice.js';
import { OutgoingFilesSection } from './outgoing-files-section.js';
import { OutgoingHistory } from './outgoing-history.js';
import { outgoingKeys } from './outgoing-keys.js';
import { kindName, type OutgoingDetail } from './outgoing-model.js';
import { RecipientList, StatusTag } from './outgoing-parts.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The incoming document a draft answers: its number and subject when the user's unit may read it, else its id. */
function InReplyTo({ incomingId }: { incomingId: string }) {
  const { intake } = useApi();
  const incoming = useQuery({
    queryKey: outgoingKeys.incoming(incomingId),
    queryFn: () => intake.incoming.get.query({ id: incomingId }),
  });
  if (incoming.isPending) return <Loading />;
  if (incoming.isError) return <span className="muted">{incomingId}</span>;
  return (
    <span data-testid="outgoing-in-reply-to">
      {incoming.data.numberSymbol} — {incoming.data.subject}
    </span>
  );
}

/** One line of the definition list. */
function Meta({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </>
  );
}

function Metadata({ document }: { document: OutgoingDetail }) {
  const { t } = useI18n();
  return (
    <dl className="outgoing-meta">
      <Meta label={t('outgoing.field.kind')}>{kindName(document.documentSystem, document.kindCode)}</Meta>
      <Meta label={t('outgoing.field.issuerCode')}>
        {document.unitCode ? `${document.issuerCode}-${document.unitCode}` : document.issuerCode}
      </Meta>
      <Meta label={t('outgoing.field.urgency')}>{t(`outgoing.urgency.${document.urgency}`)}</Meta>
      <Meta label={t('outgoing.field.secrecy')}>{t(`outgoing.secrecy.${document.secrecy}`)}</Meta>
      <Meta label={t('outgoing.field.draftedBy')}>{document.draftedBy}</Meta>
      <Meta label={t('outgoing.field.createdAt')}>{formatDateTime(document.createdAt)}</Meta>
      {document.outgoingNumber !== null ? (
        <Meta label={t('outgoing.field.outgoingNumber')}>
          {document.registerScope
            ? t('outgoing.detail.numberInRegister', {
                number: document.outgoingNumber,
                register: document.registerScope,
              })
            : document.outgoingNumber}
        </Meta>
      ) : null}
      {document.issuedDate ? (
        <Meta label={t('outgoing.field.issuedDate')}>{formatDate(document.issuedDate)}</Meta>
      ) : null}
      {document.signerName ? (
        <Meta label={t('outgoing.field.signer')}>
          {document.signedAt
            ? t('outgoing.detail.signedBy', { name: document.signerName, at: formatDateTime(document.signedAt) })
            : document.signerName}
        </Meta>
      ) : null}
      <Meta label={t('outgoing.field.recipients')} testId="outgoing-recipients">
        <RecipientList recipients={document.recipients} />
      </Meta>
      {document.inReplyToId ? (
        <Meta label={t('outgoing.field.inReplyTo')}>
          <InReplyTo incomingId={document.inReplyToId} />
        </Meta>
      ) : null}
      {document.replacesId ? (
        <Meta label={t('outgoing.field.replaces')}>
          <Link to={`/outgoing/${document.replacesId}`}>{t('outgoing.detail.openDocument')}</Link>
        </Meta>
      ) : null}
      {document.replacedById ? (
        <Meta label={t('outgoing.field.replacedBy')}>
          <Link to={`/outgoing/${document.replacedById}`}>{t('outgoing.detail.openDocument')}</Link>
        </Meta>
      ) : null}
    </dl>
  );
}

/** One outgoing document: its details, number once issued, actions for the user, files, consultation, history. */
export function OutgoingDetailPage() {
  const { t } = useI18n();
  const { intake } = useApi();
  const { user } = useAuth();
  const { id = '' } = useParams();
  const valid = UUID.test(id);
  const detail = useQuery({
    queryKey: outgoingKeys.detail(id),
    queryFn: () => intake.outgoing.get.query({ id }),
    enabled: valid,
  });

  if (!valid) {
    return (
      <section className="page outgoing-page" data-testid="not-found">
        <h1>{t('notFound.title')}</h1>
        <p>{t('outgoing.detail.notFound')}</p>
        <Link to="/outgoing">{t('outgoing.detail.backToList')}</Link>
      </section>
    );
  }

  return (
    <section className="page outgoing-page" aria-labelledby="outgoing-detail-title">
      <p>
        <Link to="/outgoing">{t('outgoing.detail.backToList')}</Link>
      </p>
      {detail.isPending ? (
        <>
          <h1 id="outgoing-detail-title">{t('outgoing.detail.title')}</h1>
          <Loading />
        </>
      ) : detail.isError ? (
        <>
          <h1 id="outgoing-detail-title">{t('outgoing.detail.title')}</h1>
          <OutgoingErrorNotice
            error={detail.error}
            onRetry={() => void detail.refetch()}
            testId="outgoing-detail-error"
          />
        </>
      ) : (
        <DetailBody document={detail.data} actions={availableActions(detail.data, user)} />
      )}
    </section>
  );
}

function DetailBody({ document, actions }: { document: OutgoingDetail; actions: ReturnType<typeof availableActions> }) {
  const { t } = useI18n();
  const { hash } = useLocation();
  // "Góp ý dự thảo" links to `#round-<id>`: the router does not scroll to it, and the round exists only once loaded.
  useEffect(() => {
    if (hash) globalThis.document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
  }, [hash]);
  return (
    <>
      <p className="muted outgoing-eyebrow">{kindName(document.documentSystem, document.kindCode)}</p>
      <h1 id="outgoing-detail-title" className="outgoing-title">
        {document.subject}
      </h1>
      <div className="outgoing-summary">
        <StatusTag status={document.status} testId="outgoing-status" />
        {document.numberSymbol ? (
          <span className="outgoing-number">
            {t('outgoing.field.numberSymbol')}:{' '}
            <strong data-testid="outgoing-number-symbol">{document.numberSymbol}</strong>
          </span>
        ) : (
          <span className="muted">{t('outgoing.field.notNumbered')}</span>
        )}
      </div>
      <OutgoingActionsPanel document={document} actions={actions} />
      <h2>{t('outgoing.detail.metadata')}</h2>
      <Metadata document={document} />
      <OutgoingFilesSection document={document} canAddVersion={actions.includes('addVersion')} />
      <ConsultationSection document={document} canOpen={actions.includes('openConsultation')} />
      <OutgoingHistory history={document.history} />
    </>
  );
}
