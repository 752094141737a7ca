import { useInfiniteQuery } from '@tanstack/react-query';
import { useApi } from '../../api/api-context.js';
import { DataTable } from '../../components/data-table.js';
import { LoadMore } from '../../components/load-more.js';
import { Empty, Loading } from '../../components/page-states.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { DossierErrorNotice } from './dossier-error-notice.js';
import { dossierKeys } from './dossier-keys.js';
import { TRACKED_COLUMNS } from './dossier-parts.js';

const MY_STEPS_PAGE = 50;
const OVERDUE_PAGE = 20;

/**
 * Hồ sơ cần xử lý: what the user can do now (routing's `dossiers.mySteps`): steps their role and unit perform, and for
 * a leader the dossiers to approve, for the desk those to return; most urgent first.
 */
export function MyStepsPage() {
  const { t } = useI18n();
  const { routing } = useApi();
  const steps = useInfiniteQuery({
    queryKey: dossierKeys.mySteps({ limit: MY_STEPS_PAGE, offset: 0 }),
    queryFn: ({ pageParam }) => routing.dossiers.mySteps.query({ limit: MY_STEPS_PAGE, offset: pageParam }),
    initialPageParam: 0,
    getNextPageParam: (page, pages) => {
      const seen = pages.reduce((count, each) => count + each.items.length, 0);
      return seen < page.total && page.items.length > 0 ? seen : undefined;
    },
  });
  const items = steps.data?.pages.flatMap((page) => page.items) ?? [];
  const total = steps.data?.pages[0]?.total ?? 0;
  return (
    <section className="page dossiers-page" aria-labelledby="dossiers-my-steps-title">
      <h1 id="dossiers-my-steps-title">{t('dossiers.mySteps.title')}</h1>
      <p className="muted">{t('dossiers.mySteps.intro')}</p>
      {steps.isPending ? (
        <Loading />
      ) : steps.isError && items.length === 0 ? (
        <DossierErrorNotice error={steps.error} onRetry={() => void steps.refetch()} testId="dossier-my-steps-error" />
      ) : items.length === 0 ? (
        <Empty text={t('dossiers.mySteps.empty')} testId="dossier-my-steps-empty" />
      ) : (
        <>
          <p aria-live="polite">{t('dossiers.mySteps.count', { count: total })}</p>
          <DataTable
            caption={t('dossiers.mySteps.title')}
            columns={TRACKED_COLUMNS}
            items={items}
            testId="dossier-my-steps"
            rowTestId="dossier-my-step"
          />
          {steps.isFetchNextPageError ? (
            <DossierErrorNotice error={steps.error} onRetry={() => void steps.fetchNextPage()} />
          ) : null}
          <LoadMore
            hasMore={steps.hasNextPage}
            loading={steps.isFetchingNextPage}
            onLoadMore={() => void steps.fetchNextPage()}
          />
        </>
      )}
    </section>
  );
}

/** Hồ sơ quá hạn: the unit's open dossiers a result given now would be late for (routing, `overdue: true`). */
export function OverdueDossiersPage() {
  const { t } = useI18n();
  const { routing } = useApi();
  const input = { overdue: true, limit: OVERDUE_PAGE };
  const dossiers = useInfiniteQuery({
    queryKey: dossierKeys.find(input),
    queryFn: ({ pageParam }) => routing.dossiers.find.query({ ...input, ...(pageParam ? { cursor: pageParam } : {}) }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
  const items = dossiers.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section className="page dossiers-page" aria-labelledby="dossiers-overdue-title">
      <h1 id="dossiers-overdue-title">{t('dossiers.overdue.title')}</h1>
      <p className="muted">{t('dossiers.overdue.intro')}</p>
      {dossiers.isPending ? (
        <Loading />
      ) : dossiers.isError && items.length === 0 ? (
        <DossierErrorNotice
          error={dossiers.error}
          onRetry={() => void dossiers.refetch()}
          testId="dossier-overdue-error"
        />
      ) : items.length === 0 ? (
        <Empty text={t('dossiers.overdue.empty')} testId="dossier-overdue-empty" />
      ) : (
        <>
          <DataTable
            caption={t('dossiers.overdue.title')}
            columns={TRACKED_COLUMNS}
            items={items}
            testId="dossier-overdue"
            rowTestId="dossier-overdue-row"
          />
          {dossiers.isFetchNextPageError ? (
            <DossierErrorNotice error={dossiers.error} onRetry={() => void dossiers.fetchNextPage()} />
          ) : null}
          <LoadMore
            hasMore={dossiers.hasNextPage}
            loading={dossiers.isFetchingNextPage}
            onLoadMore={() => void dossiers.fetchNextPage()}
          />
        </>
      )}
    </section>
  );
}
