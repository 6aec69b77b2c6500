import { useInfiniteQuery, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { TypedDocumentString } from '../gql/graphql';
import { request } from './client';

/** A query keyed by its document and variables: the same view opened twice asks once. */
export function useGql<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  { enabled = true }: { enabled?: boolean } = {},
): UseQueryResult<TResult> {
  return useQuery({
    queryKey: [document.toString(), variables],
    queryFn: ({ signal }) => request(document, variables, { signal }),
    enabled,
  });
}

interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

/**
 * A Relay connection read page by page: the first page on open, the next on `fetchNextPage`
 * (a "more" button), each one request. `pageOf` picks the connection out of an answer;
 * `laterPages` overrides variables after the first page (e.g. to skip what only page one needs).
 */
export function useConnection<TResult, TVariables extends { after?: string | null }>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: Omit<TVariables, 'after'>,
  pageOf: (result: TResult) => { pageInfo: PageInfo },
  laterPages: Partial<TVariables> = {},
) {
  return useInfiniteQuery({
    queryKey: [document.toString(), variables, 'pages'],
    queryFn: ({ pageParam, signal }) =>
      request(document, { ...variables, ...(pageParam === null ? {} : laterPages), after: pageParam } as TVariables, {
        signal,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => {
      const info = pageOf(last).pageInfo;
      return info.hasNextPage ? info.endCursor : undefined;
    },
  });
}
