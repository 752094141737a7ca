import { useI18n } from '../i18n/i18n-context.js';

/** "Xem thêm": fetches the next page (the previous page's `nextCursor`); hidden when there is none. */
export function LoadMore({
  hasMore,
  loading,
  onLoadMore,
}: {
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
}) {
  const { t } = useI18n();
  if (!hasMore) return null;
  return (
    <div className="load-more">
      <button
        type="button"
        className="button-secondary"
        onClick={onLoadMore}
        disabled={loading}
        data-testid="load-more"
      >
        {loading ? t('list.loadingMore') : t('list.loadMore')}
      </button>
    </div>
  );
}
