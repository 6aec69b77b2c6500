import { listPlans, listRegions, type RegionWithCounts } from '../../data/plans';
import type { RegionRecord } from '../../data/records';
import { readExcerpt } from '../../ingest/excerpt';
import { notFound } from '../errors';
import type { PlanResolvers, QueryResolvers, RegionResolvers, Resolvers } from '../generated/graphql';
import { connectionResolvers, pageWindow, slicePage } from './pagination';
import { loadOne } from '../loaders';
import { lookAhead } from '../lookAhead';

const query: Pick<QueryResolvers, 'plans' | 'plan' | 'regions'> = {
  plans: (_, { filter, first, after }, { executor }, info) => {
    const { offset, limit } = pageWindow(first, after);
    return listPlans(executor, filter ?? {}, offset, limit, lookAhead(info));
  },
  plan: async (_, { id }, { loaders }) => (await loaders.plan.load(id)) ?? Promise.reject(notFound('plan', id)),
  regions: (_, { level }, { executor }) => listRegions(executor, level ?? null),
};

const plan: PlanResolvers = {
  draft: (p) => p.draft ?? false,
  fromSidecar: (p) => p.fromSidecar ?? [],
  region: (p, _, { loaders }) => loadOne(loaders.hops.planRegion, p.id),
  basedOn: (p, _, { loaders }) => loaders.hops.planBasedOn.load(p.id),
  citedBy: (p, _, { loaders }) => loaders.hops.planCitedBy.load(p.id),
  chapters: (p, _, { loaders }) => loaders.hops.planChapters.load(p.id),
  goals: (p, _, { loaders }) => loaders.hops.planGoals.load(p.id),
  boxes: (p, _, { loaders }) => loaders.hops.planBoxes.load(p.id),
  indicators: async (p, { first, after }, { loaders }) =>
    slicePage(await loaders.hops.planIndicators.load(p.id), first, after),
  loads: (p, _, { loaders }) => loaders.hops.planLoads.load(p.id),
  sourceText: (p, { lineStart, lineEnd, context }) =>
    p.sourceFile
      ? readExcerpt({ file: p.sourceFile, sha256: p.sourceSha256, lineStart, lineEnd, context: context ?? 8 })
      : null,
};

// regions() already counted; a Region reached by a hop counts on demand.
const hasCounts = (r: RegionRecord): r is RegionWithCounts => typeof (r as RegionWithCounts).planCount === 'number';

const region: RegionResolvers = {
  parent: (r, _, { loaders }) => loadOne(loaders.hops.regionParent, r.code),
  children: (r, _, { loaders }) => loaders.hops.regionChildren.load(r.code),
  plans: (r, _, { loaders }) => loaders.hops.regionPlans.load(r.code),
  planCount: async (r, _, { loaders }) =>
    hasCounts(r) ? r.planCount : ((await loaders.regionCounts.load(r.code))?.planCount ?? 0),
  indicatorCount: async (r, _, { loaders }) =>
    hasCounts(r) ? r.indicatorCount : ((await loaders.regionCounts.load(r.code))?.indicatorCount ?? 0),
};

export const planResolvers: Resolvers = {
  Query: query,
  Plan: plan,
  Region: region,
  PlanConnection: connectionResolvers(),
  IndicatorConnection: connectionResolvers(),
};
