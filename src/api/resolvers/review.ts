import { listUnmeasured } from '../../data/review';
import type { QueryResolvers, Resolvers } from '../generated/graphql';
import { connectionResolvers, pageWindow } from './pagination';

const query: Pick<QueryResolvers, 'unmeasuredIndicators'> = {
  unmeasuredIndicators: (_, { planId, first, after }, { executor }) => {
    const { offset, limit } = pageWindow(first, after);
    return listUnmeasured(executor, planId ?? null, offset, limit);
  },
};

export const reviewResolvers: Resolvers = { Query: query, MeasureReviewConnection: connectionResolvers() };
