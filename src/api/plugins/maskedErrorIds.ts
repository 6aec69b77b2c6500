import type { ApolloServerPlugin } from '@apollo/server';
import type { ApiContext } from '../context';
import { ApiErrorCode } from '../errors';
import { INTERNAL_MESSAGE } from '../errors/format';

/** Gives every masked error the request id, so a user's report leads to the logged original. */
export function maskedErrorIdsPlugin(): ApolloServerPlugin<ApiContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse({ response, contextValue: { requestId } }) {
          if (response.body.kind === 'single' && response.body.singleResult.errors) {
            response.body.singleResult.errors = response.body.singleResult.errors.map((error) =>
              error.extensions?.code === ApiErrorCode.INTERNAL_SERVER_ERROR
                ? {
                    ...error,
                    message: `${INTERNAL_MESSAGE} (request id ${requestId})`,
                    extensions: { ...error.extensions, requestId },
                  }
                : error,
            );
          }
          return Promise.resolve();
        },
      });
    },
  };
}
