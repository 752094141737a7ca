import type { RoutingOutputs } from '@lienthong/routing-api/router';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useApi } from '../../api/api-context.js';
import { queryKeys } from '../../api/query-keys.js';
import { DataTable, type Column } from '../../components/data-table.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { LoadMore } from '../../components/load-more.js';
import { Empty, Loading } from '../../components/page-states.js';
import { formatDate, formatDateTime } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';

/** One document of routing's queue awaiting direction. */
export type QueueItem = RoutingOutputs['queue']['find']['items'][number];

const PAGE_SIZE = 20;

const QUEUE_COLUMNS: readonly Column<QueueItem>[] = [
  { header: 'field.queuedAt', render: (item) => formatDateTime(item.queuedAt), className: 'nowrap' },
  { header: 'field.numberSymbol', render: (item) => item.numberSymbol, className: 'nowrap' },
  { header: 'field.documentDate', render: (item) => formatDate(item.documentDate), className: 'nowrap' },
  { header: 'field.issuer', render: (item) => item.issuer, className: 'issuer' },
  { header: 'field.subject', render: (item) => item.subject, className: 'subject' },
  { header: 'queue.statusColumn', render: (item) => <QueueStatus status={item.status} />, className: 'nowrap' },
];

function QueueStatus({ status }: { status: QueueItem['status'] }) {
  const { t } = useI18n();
  return <span className="status-tag">{t(`queue.status.${status}`)}</span>;
}

/** Văn bản chờ chỉ đạo: registered documents waiting for a leader's direction, newest first (routing's order). */
export function QueuePage() {
  const { t } = useI18n();
  const { routing } = useApi();
  const queue = useInfiniteQuery({
    queryKey: queryKeys.queue.find({ limit: PAGE_SIZE }),
    queryFn: ({ pageParam }) =>
      routing.queue.find.query({ limit: PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
  const items = queue.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <section className="page" aria-labelledby="queue-title">
      <h1 id="queue-title">{t('queue.title')}</h1>
      <p className="muted">{t('queue.intro')}</p>
      {queue.isPending ? (
        <Loading />
      ) : queue.isError && items.length === 0 ? (
        <ErrorNotice error={queue.error} onRetry={() => void queue.refetch()} testId="queue-error" />
      ) : items.length === 0 ? (
        <Empty text={t('queue.empty')} testId="queue-empty" />
      ) : (
        <>
          <DataTable
            caption={t('queue.title')}
            columns={QUEUE_COLUMNS}
            items={items}
            testId="queue-table"
            rowTestId="queue-row"
          />
          <p className="muted" aria-live="polite">
            {t('list.count', { count: items.length })}
          </p>
          {queue.isFetchNextPageError ? (
            <ErrorNotice error={queue.error} onRetry={() => void queue.fetchNextPage()} />
          ) : null}
          <LoadMore
            hasMore={queue.hasNextPage}
            loading={queue.isFetchingNextPage}
            onLoadMore={() => void queue.fetchNextPage()}
          />
        </>
      )}
    </section>
  );
}
