import { listIndicators, listMeasures } from '../../data/indicators';
import { BasisValue, type IndicatorRecord, type IndicatorValueRecord } from '../../data/records';
import { notFound } from '../errors';
import type { IndicatorResolvers, MeasureResolvers, QueryResolvers, Resolvers } from '../generated/graphql';
import { pageWindow } from './pagination';
import { sourceOf } from './structure';
import { loadOne } from '../loaders';
import { lookAhead } from '../lookAhead';
import { plannedMeasure } from '../../data/planner/roots';

type ValueColumn = 'baseline' | 'target' | 'municipalTarget';

/** One of the indicator's printed values, or null when the table has no such cell. */
export function valueOf(i: IndicatorRecord, column: ValueColumn): IndicatorValueRecord | null {
  const raw = i[`${column}Raw`];
  if (raw === undefined || raw === null) return null;
  return {
    raw,
    value: i[`${column}Value`] ?? null,
    comparator: i[`${column}Comparator`] ?? null,
    year: i[`${column}Year`] ?? null,
    heading: i[`${column}Heading`] ?? null,
  };
}

const query: Pick<QueryResolvers, 'indicator' | 'indicators' | 'measure' | 'measures'> = {
  indicator: async (_, { id }, { loaders }) =>
    (await loaders.indicator.load(id)) ?? Promise.reject(notFound('indicator', id)),
  indicators: (_, { filter, first, after }, { executor }) => {
    const { offset, limit } = pageWindow(first, after);
    return listIndicators(executor, filter ?? {}, offset, limit);
  },
  measure: async (_, { id }, { loaders, executor }, info) => {
    const planned = await plannedMeasure(executor, id, lookAhead(info));
    const found = planned ? planned.value : await loaders.measure.load(id);
    return found ?? Promise.reject(notFound('measure', id));
  },
  measures: (_, __, { executor }) => listMeasures(executor),
};

const indicator: IndicatorResolvers = {
  baseline: (i) => valueOf(i, 'baseline'),
  target: (i) => valueOf(i, 'target'),
  citedMunicipalTarget: (i) => valueOf(i, 'municipalTarget'),
  basis: (i) => i.basis ?? BasisValue.STATED,
  plan: async (i, _, { loaders }) => (await loaders.plan.load(i.planId)) ?? Promise.reject(notFound('plan', i.planId)),
  source: sourceOf,
  measure: (i, _, { loaders }) => loadOne(loaders.hops.indicatorMeasure, i.id),
  measureCandidate: (i, _, { loaders }) => loadOne(loaders.hops.indicatorMeasureCandidate, i.id),
  domains: (i, _, { loaders }) => loaders.domainTags.Indicator.load(i.id),
  responsible: (i, _, { loaders }) => loaders.responsible.Indicator.load(i.id),
  rollsUpTo: (i, _, { loaders }) => loaders.rollsUpTo.load(i.id),
  rolledUpFrom: (i, _, { loaders }) => loaders.rolledUpFrom.load(i.id),
  candidates: (i, _, { loaders }) => loaders.candidates.load(i.id),
};

const measure: MeasureResolvers = {
  aliases: (m) => m.aliases ?? [],
  domain: (m, _, { loaders }) => loadOne(loaders.hops.measureDomain, m.id),
  instances: (m, _, { loaders }) => loaders.hops.measureInstances.load(m.id),
  related: (m, _, { loaders }) => loaders.hops.measureRelated.load(m.id),
};

export const indicatorResolvers: Resolvers = { Query: query, Indicator: indicator, Measure: measure };
