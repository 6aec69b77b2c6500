import { t } from '../i18n';

export interface PagedQuery {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
}

/** "Shown n of N" and the button that asks for the connection's next page. */
export function Pager({
  query,
  shown,
  total,
  name,
}: {
  query: PagedQuery;
  shown: number;
  total: number;
  name: string;
}) {
  return (
    <div className="pager">
      {t.app.loadedOf(shown, total)}
      {query.hasNextPage && (
        <button
          type="button"
          onClick={() => void query.fetchNextPage()}
          disabled={query.isFetchingNextPage}
          data-more={name}
        >
          {query.isFetchingNextPage ? t.app.loading : t.app.more}
        </button>
      )}
    </div>
  );
}
