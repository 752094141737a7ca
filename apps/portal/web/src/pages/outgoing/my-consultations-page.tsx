import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useApi } from '../../api/api-context.js';
import { DataTable, type Column } from '../../components/data-table.js';
import { Empty, Loading } from '../../components/page-states.js';
import { formatDateTime } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { OutgoingErrorNotice } from './outgoing-error-notice.js';
import { outgoingKeys } from './outgoing-keys.js';
import type { MyConsultation } from './outgoing-model.js';

type Row = MyConsultation & { id: string };

function Deadline({ deadline }: { deadline: Date }) {
  const { t } = useI18n();
  // Read when the row renders: the list is refetched on every visit, so "overdue" is as fresh as the data.
  const overdue = deadline.getTime() < Date.now();
  return (
    <>
      {formatDateTime(deadline)}
      {overdue ? <span className="outgoing-overdue"> {t('outgoing.consult.overdue')}</span> : null}
    </>
  );
}

function CommentLink({ row }: { row: Row }) {
  const { t } = useI18n();
  return (
    <Link to={`/outgoing/${row.documentId}#round-${row.roundId}`} data-testid="outgoing-consultation-link">
      {t('outgoing.consultations.comment')}
    </Link>
  );
}

const COLUMNS: readonly Column<Row>[] = [
  { header: 'outgoing.field.subject', render: (row) => row.subject, className: 'subject' },
  { header: 'outgoing.field.draftedBy', render: (row) => row.draftedBy, className: 'nowrap' },
  { header: 'outgoing.consultations.version', render: (row) => row.fileVersion, className: 'nowrap' },
  { header: 'outgoing.consult.deadline', render: (row) => <Deadline deadline={row.deadline} />, className: 'nowrap' },
  { header: 'outgoing.consultations.action', render: (row) => <CommentLink row={row} />, className: 'nowrap' },
];

/** Góp ý dự thảo: the open consultation rounds that ask the user, by name or through their unit. */
export function MyConsultationsPage() {
  const { t } = useI18n();
  const { intake } = useApi();
  const rounds = useQuery({
    queryKey: outgoingKeys.myConsultations,
    queryFn: () => intake.outgoing.myConsultations.query(),
    staleTime: 0,
  });
  const rows: Row[] = (rounds.data ?? []).map((round) => ({ ...round, id: round.roundId }));
  return (
    <section className="page outgoing-page" aria-labelledby="outgoing-consultations-title">
      <h1 id="outgoing-consultations-title">{t('outgoing.consultations.title')}</h1>
      <p className="muted">{t('outgoing.consultations.intro')}</p>
      {rounds.isPending ? (
        <Loading />
      ) : rounds.isError ? (
        <OutgoingErrorNotice
          error={rounds.error}
          onRetry={() => void rounds.refetch()}
          testId="outgoing-consultations-error"
        />
      ) : rows.length === 0 ? (
        <Empty text={t('outgoing.consultations.empty')} testId="outgoing-consultations-empty" />
      ) : (
        <DataTable
          caption={t('outgoing.consultations.title')}
          columns={COLUMNS}
          items={rows}
          testId="outgoing-consultations-table"
          rowTestId="outgoing-consultation-row"
        />
      )}
    </section>
  );
}
