import type { Resolvers } from '../generated/graphql';
import { plannedFirst } from '../planned';
import { adminResolvers } from './admin';
import { departmentResolvers } from './departments';
import { domainResolvers } from './domains';
import { enumResolvers } from './enums';
import { healthQuery } from './health';
import { indicatorResolvers } from './indicators';
import { matrixResolvers } from './matrix';
import { planResolvers } from './plans';
import { progressResolvers } from './progress';
import { reviewResolvers } from './review';
import { rollUpResolvers } from './rollup';
import { searchResolvers } from './search';
import { structureResolvers } from './structure';

/**
 * The per-area resolver maps; Apollo merges them (each area defines distinct type fields). Each
 * field resolver first takes the value a planned query put in its parent (see planned.ts).
 */
export const resolvers: Resolvers[] = plannedFirst([
  { Query: healthQuery },
  planResolvers,
  structureResolvers,
  indicatorResolvers,
  matrixResolvers,
  reviewResolvers,
  rollUpResolvers,
  progressResolvers,
  departmentResolvers,
  domainResolvers,
  searchResolvers,
  enumResolvers,
  adminResolvers,
]);
