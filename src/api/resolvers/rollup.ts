import { contributions, rollUpTrace } from '../../data/rollup';
import { notFound } from '../errors';
import type { QueryResolvers, Resolvers, RollUpStepResolvers } from '../generated/graphql';

const query: Pick<QueryResolvers, 'rollUp' | 'contributions'> = {
  rollUp: async (_, { indicatorId }, { loaders, executor }) => {
    const indicator = await loaders.indicator.load(indicatorId);
    if (!indicator) throw notFound('indicator', indicatorId);
    const steps = await rollUpTrace(executor, indicatorId);
    for (const step of steps) loaders.indicator.prime(step.to.id, step.to);
    return { indicator, steps };
  },
  contributions: async (_, { indicatorId }, { loaders, executor }) => {
    const indicator = await loaders.indicator.load(indicatorId);
    if (!indicator) throw notFound('indicator', indicatorId);
    return contributions(executor, indicator);
  },
};

const step: RollUpStepResolvers = {
  comparison: (s) => (s.comparison as 'ABOVE' | 'EQUAL' | 'BELOW' | 'NOT_COMPARABLE' | null) ?? 'NOT_COMPARABLE',
};

export const rollUpResolvers: Resolvers = { Query: query, RollUpStep: step };
