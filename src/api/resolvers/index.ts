import type { Resolvers } from '../generated/graphql';
import { healthQuery } from './health';

export const resolvers: Resolvers = {
  Query: {
    ...healthQuery,
  },
};
