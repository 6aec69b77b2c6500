import { readHealth } from '../../data/health';
import type { QueryResolvers } from '../generated/graphql';

export const healthQuery: Pick<QueryResolvers, 'health'> = {
  health: (_parent, _args, { executor, log, healthTimeoutMs }) =>
    readHealth(executor, { timeoutMs: healthTimeoutMs, log }),
};
