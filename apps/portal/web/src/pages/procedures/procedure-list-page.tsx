import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useApi } from '../../api/api-context.js';
import { useAuth } from '../../auth/auth-context.js';
import { DataTable, type Column } from '../../components/data-table.js';
import { LoadMore } from '../../components/load-more.js';
import { Empty, Loading } from '../../components/page-states.js';
import { formatDate, vietnamToday } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { DossierErrorNotice } from '../dossiers/dossier-error-notice.js';
import { procedureKeys } from './procedure-keys.js';
import {
  LIST_STATUSES,
  choosesUnit,
  displayStatusOf,
  keepsRow,
  listInputOf,
  listParamsOf,
  listViewOf,
  mayManageCatalogue,
  procedurePath,
  type ProcedureListView,
  type ProcedureVersion,
} from './procedure-model.js';
import { CatalogueUnitSelect, DurationText, VersionStatusTag } from './procedure-parts.js';

const PAGE_SIZE = 50;

function columns(orgId: string | null, today: string): readonly Column<ProcedureVersion>[] {
  return [
    { header: 'procedures.field.code', render: (version) => version.code, className: 'nowrap' },
    {
      header: 'procedures.field.name',
      render: (version) => (
        <Link to={procedurePath(version.code, { orgId, version: version.version })} data-testid="procedure-row-link">
          {version.name}
        </Link>
      ),
      className: 'subject',
    },
    { header: 'procedures.field.version', render: (version) => version.version, className: 'nowrap' },
    {
      header: 'procedures.field.status',
      render: (version) => <VersionStatusTag status={displayStatusOf(version, today)} />,
      className: 'nowrap',
    },
    {
      header: 'procedures.field.effectiveFrom',
      render: (version) => formatDate(version.effectiveFrom),
      className: 'nowrap',
    },
    {
      header: 'procedures.field.timeLimit',
      render: (version) => <DurationText duration={version.timeLimit} />,
      className: 'nowrap',
    },
    { header: 'procedures.field.stepCount', render: (version) => version.stepCount, className: 'nowrap' },
  ];
}

/** Danh mục quy trình: the unit's procedures (in force, to come, drafts), searchable, by code. */
export function ProcedureListPage() {
  const { t } = useI18n();
  const { intake } = useApi();
  const { user } = useAuth();
  const [searchParams, setSearchParams] = useSearchParams();
  const view = listViewOf(searchParams);
  const orgId = choosesUnit(user) ? view.orgId : null;
  const [draft, setDraft] = useState(view.query);
  useEffect(() => setDraft(view.query), [view.query]);

  const input = listInputOf({ ...view, orgId }, PAGE_SIZE);
  const procedures = useInfiniteQuery({
    queryKey: procedureKeys.list(input),
    queryFn: ({ pageParam }) => intake.procedures.list.query({ ...input, ...(pageParam ? { cursor: pageParam } : {}) }),
    initialPageParam: null as { code: string; id: string } | null,
    getNextPageParam: (page) => page.nextCursor,
  });
  const shown = { ...view, orgId };
  const items = (procedures.data?.pages.flatMap((page) => page.items) ?? []).filter((row) => keepsRow(shown, row));
  const today = vietnamToday(new Date());

  const go = (next: ProcedureListView) => setSearchParams(listParamsOf(next));
  const search = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    go({ ...shown, query: draft.trim() });
  };

  return (
    <section className="page dossiers-page" aria-labelledby="procedures-title">
      <div className="dossiers-heading">
        <h1 id="procedures-title">{t('procedures.list.title')}</h1>
        {mayManageCatalogue(user, orgId) ? (
          <Link
            to={orgId ? `/procedures/import?org=${encodeURIComponent(orgId)}` : '/procedures/import'}
            className="dossiers-button-link"
            data-testid="procedure-import-link"
          >
            {t('procedures.list.import')}
          </Link>
        ) : null}
      </div>
      <p className="muted">{t('procedures.list.intro')}</p>

      <form role="search" className="search dossiers-filters" onSubmit={search}>
        {choosesUnit(user) ? (
          <CatalogueUnitSelect
            id="procedures-unit"
            value={orgId}
            onChange={(next) => go({ ...shown, orgId: next })}
            testId="procedure-unit"
          />
        ) : null}
        <div className="field">
          <label htmlFor="procedures-status">{t('procedures.list.statusLabel')}</label>
          <select
            id="procedures-status"
            value={view.status}
            onChange={(event) => go({ ...shown, status: event.target.value as ProcedureListView['status'] })}
            data-testid="procedure-status-filter"
          >
            {LIST_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`procedures.list.status.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="procedures-search">{t('procedures.list.searchLabel')}</label>
          <div className="search-row">
            <input
              id="procedures-search"
              type="search"
              value={draft}
              maxLength={200}
              onChange={(event) => setDraft(event.target.value)}
              aria-describedby="procedures-search-hint"
              data-testid="procedure-search"
            />
            <button type="submit">{t('procedures.list.searchButton')}</button>
          </div>
          <p id="procedures-search-hint" className="hint">
            {t('procedures.list.searchHint')}
          </p>
        </div>
      </form>

      {procedures.isPending ? (
        <Loading />
      ) : procedures.isError && items.length === 0 ? (
        <DossierErrorNotice
          error={procedures.error}
          onRetry={() => void procedures.refetch()}
          testId="procedure-error"
        />
      ) : items.length === 0 ? (
        <Empty
          text={view.query ? t('procedures.list.noMatch', { query: view.query }) : t('procedures.list.empty')}
          testId="procedure-empty"
        />
      ) : (
        <>
          <DataTable
            caption={t('procedures.list.title')}
            columns={columns(orgId, today)}
            items={items}
            testId="procedure-table"
            rowTestId="procedure-row"
          />
          {procedures.isFetchNextPageError ? (
            <DossierErrorNotice error={procedures.error} onRetry={() => void procedures.fetchNextPage()} />
          ) : null}
          <LoadMore
            hasMore={procedures.hasNextPage}
            loading={procedures.isFetchingNextPage}
            onLoadMore={() => void procedures.fetchNextPage()}
          />
        </>
      )}
    </section>
  );
}
