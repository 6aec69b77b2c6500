import type { ApolloServerPlugin } from '@apollo/server';
import type { ApiContext } from '../context';

/** Request header that asks for debugging data in the response's `extensions`. */
export const DEBUG_HEADER = 'x-plangraph-debug';

/**
 * With `x-plangraph-debug: round-trips`, the response's `extensions` carry
 * `{ roundTrips, cacheHits, cost, requestId }`: how many Cypher queries this request ran, how many
 * reads the shared cache answered instead, and the static cost the limits judged it by (null when
 * it never got that far, e.g. a parse error). Off by default so ordinary responses stay small.
 */
export function debugExtensionsPlugin(): ApolloServerPlugin<ApiContext> {
  return {
    requestDidStart({ request }) {
      const wanted = (request.http?.headers.get(DEBUG_HEADER) ?? '').split(',').map((v) => v.trim().toLowerCase());
      if (!wanted.includes('round-trips')) return Promise.resolve({});
      return Promise.resolve({
        willSendResponse({ response, contextValue: { executor, requestId, cost } }) {
          const extensions = { roundTrips: executor.roundTrips, cacheHits: executor.cacheHits, cost, requestId };
          if (response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, ...extensions };
          } else {
            response.body.initialResult.extensions = { ...response.body.initialResult.extensions, ...extensions };
          }
          return Promise.resolve();
        },
      });
    },
  };
}
