import type { ApolloServerPlugin } from '@apollo/server';
import { OperationTypeNode } from 'graphql';
import { Deadline } from '../../db/deadline';
import type { ApiContext } from '../context';

/**
 * Gives every query a deadline (PLANGRAPH_REQUEST_TIMEOUT_MS, counted from the start of the
 * request): past it, each database read still waiting fails with TIMEOUT, which the client sees as
 * SERVICE_UNAVAILABLE, instead of the request hanging for as long as Neo4j does not answer.
 * Mutations get none: abandoning a write would leave its outcome unknown, so they are ended by
 * Neo4j's transaction timeout instead.
 */
export function requestDeadlinePlugin(timeoutMs: number): ApolloServerPlugin<ApiContext> {
  return {
    requestDidStart() {
      const deadline = Deadline.in(timeoutMs);
      return Promise.resolve({
        didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== OperationTypeNode.MUTATION) contextValue.executor.setDeadline(deadline);
          return Promise.resolve();
        },
      });
    },
  };
}
