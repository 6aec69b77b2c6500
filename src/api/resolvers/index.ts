import type { Resolvers } from '../generated/graphql';
import { adminResolvers } from './admin';
import { departmentResolvers } from './departments';
import { enumResolvers } from './enums';
import { healthQuery } from './health';
import { indicatorResolvers } from './indicators';
import { planResolvers } from './plans';
import { reviewResolvers } from './review';
import { rollUpResolvers } from './rollup';
import { searchResolvers } from './search';
import { structureResolvers } from './structure';

const parts: Resolvers[] = [
  planResolvers,
  structureResolvers,
  indicatorResolvers,
  reviewResolvers,
  rollUpResolvers,
  departmentResolvers,
  searchResolvers,
  enumResolvers,
  adminResolvers,
];

/** Merges the per-area resolver maps; each area defines distinct type fields. */
export const resolvers: Resolvers = parts.reduce<Resolvers>(
  (all, part) => {
    for (const [type, fields] of Object.entries(part)) {
      const target = all as Record<string, object>;
      target[type] = { ...(target[type] ?? {}), ...fields };
    }
    return all;
  },
  { Query: { ...healthQuery } },
);
