import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { ApiContext } from '../context';
import { ApiErrorCode } from '../errors';
import { createFormatError } from '../errors/format';

const classify = createFormatError({ hideSuggestions: false });

/**
 * One log line per GraphQL request (request id, operation, duration, cost, round trips, error codes),
 * plus the original of every error the response masks, under the same request id.
 */
export function requestLogPlugin(): ApolloServerPlugin<ApiContext> {
  return {
    requestDidStart({ contextValue }) {
      const started = performance.now();
      return Promise.resolve({
        didEncounterErrors({ errors, contextValue: { log } }) {
          for (const error of errors) {
            const code = classify(error.toJSON(), error).extensions?.code;
            const original = unwrapResolverError(error);
            if (code === ApiErrorCode.INTERNAL_SERVER_ERROR)
              log.error({ err: original, path: error.path }, 'internal error (masked in the response)');
            else if (code === ApiErrorCode.SERVICE_UNAVAILABLE)
              log.warn({ err: original, path: error.path }, 'database unavailable');
          }
          return Promise.resolve();
        },
        willSendResponse({ response, operationName, request }) {
          const errors =
            response.body.kind === 'single' ? response.body.singleResult.errors : response.body.initialResult.errors;
          contextValue.log.info(
            {
              operationName: operationName ?? request.operationName ?? null,
              durationMs: Math.round((performance.now() - started) * 10) / 10,
              cost: contextValue.cost,
              roundTrips: contextValue.executor.roundTrips,
              errorCodes: codesOf(errors),
            },
            'graphql request',
          );
          return Promise.resolve();
        },
      });
    },
  };
}

function codesOf(errors: readonly GraphQLFormattedError[] | undefined): string[] {
  const codeOf = (e: GraphQLFormattedError) => {
    const code = e.extensions?.code;
    return typeof code === 'string' ? code : ApiErrorCode.INTERNAL_SERVER_ERROR;
  };
  return [...new Set((errors ?? []).map(codeOf))];
}
