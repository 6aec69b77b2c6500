import { contributors, missingTargets, rollUpTrace } from '../../data/rollup';
import { listGaps, listUnlinked } from '../../data/gaps';
import { BasisValue, type PlanRecord } from '../../data/records';
import { plannedContributions, plannedRollUp } from '../../data/planner/roots';
import { lookAhead } from '../lookAhead';
import type { Loaders } from '../loaders';
import { notFound } from '../errors';
import type {
  ComparedValueResolvers,
  ContributionsResolvers,
  MissingTargetResolvers,
  RollUpTraceResolvers,
  QueryResolvers,
  Resolvers,
  RollUpGapResolvers,
  RollUpStepResolvers,
} from '../generated/graphql';
import { valueOf } from './indicators';
import { connectionResolvers, pageWindow } from './pagination';

const query: Pick<QueryResolvers, 'rollUp' | 'contributions' | 'rollUpGaps' | 'unlinkedIndicators'> = {
  rollUp: async (_, { indicatorId }, { loaders, executor }, info) => {
    const planned = await plannedRollUp(executor, indicatorId, lookAhead(info));
    if (planned) return planned.value ?? Promise.reject(notFound('indicator', indicatorId));
    const indicator = await loaders.indicator.load(indicatorId);
    if (!indicator) throw notFound('indicator', indicatorId);
    const steps = await rollUpTrace(executor, indicatorId);
    for (const step of steps) loaders.indicator.prime(step.to.id, step.to);
    return { indicator, steps };
  },
  contributions: async (_, { indicatorId }, { loaders, executor }, info) => {
    const planned = await plannedContributions(executor, indicatorId, lookAhead(info));
    if (planned) return planned.value ?? Promise.reject(notFound('indicator', indicatorId));
    const indicator = await loaders.indicator.load(indicatorId);
    if (!indicator) throw notFound('indicator', indicatorId);
    return { indicator };
  },
  rollUpGaps: (_, { filter, first, after }, { executor }) => listGaps(executor, filter ?? {}, pageWindow(first, after)),
  unlinkedIndicators: (_, { planId, first, after }, { executor }) =>
    listUnlinked(executor, planId ?? null, pageWindow(first, after)),
};

// Both fields are read only when asked for, and in parallel when both are (when not planned).
const contributions: ContributionsResolvers = {
  indicator: (c) => c.indicator,
  contributors: (c, { filter }, { executor }) => contributors(executor, c.indicator.id, filter ?? null),
  missing: (c, _, { executor }) => missingTargets(executor, c.indicator.id),
};

// Fields a planned query may answer (planned.ts): resolvers, so it can.
const trace: RollUpTraceResolvers = { indicator: (t) => t.indicator, steps: (t) => t.steps };
const missingTarget: MissingTargetResolvers = { region: (m) => m.region, plans: (m) => m.plans };

const step: RollUpStepResolvers = {
  from: (s) => s.from,
  to: (s) => s.to,
  comparison: (s) => s.comparison ?? 'NOT_COMPARABLE',
  comparedWith: (s) =>
    s.toValueColumn && s.toValue !== null ? { kind: s.toValueColumn, raw: s.toValue, indicator: s.to } : null,
};

const column = { BASELINE: 'baseline', TARGET: 'target' } as const;

const comparedValue: ComparedValueResolvers = {
  year: (c) => valueOf(c.indicator, column[c.kind])?.year ?? null,
  value: (c) => valueOf(c.indicator, column[c.kind])?.value ?? null,
  comparator: (c) => valueOf(c.indicator, column[c.kind])?.comparator ?? null,
  plan: async (c, _, { loaders }) =>
    (await loaders.plan.load(c.indicator.planId)) ?? Promise.reject(notFound('plan', c.indicator.planId)),
  basis: (c) => c.indicator.basis ?? BasisValue.STATED,
};

// The gaps name their plans by id (a city-scale answer lists ~300,000); the page's are fetched here.
const gap: RollUpGapResolvers = {
  plansWith: (g, _, { loaders }) => plansById(loaders, g.plansWith),
  plansWithout: (g, _, { loaders }) => plansById(loaders, g.plansWithout),
};

/** A plan removed since the gaps were read is left out. */
async function plansById(loaders: Loaders, ids: readonly string[]): Promise<PlanRecord[]> {
  const plans = await Promise.all(ids.map((id) => loaders.plan.load(id)));
  return plans.filter((p): p is PlanRecord => p !== null && p !== undefined);
}

export const rollUpResolvers: Resolvers = {
  Query: query,
  RollUpStep: step,
  RollUpTrace: trace,
  MissingTarget: missingTarget,
  ComparedValue: comparedValue,
  Contributions: contributions,
  RollUpGap: gap,
  RollUpGapConnection: connectionResolvers(),
};
