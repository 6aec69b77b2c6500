import { achievementOf, trajectoryOf } from '../../progress/evaluate';
import { notFound } from '../errors';
import type {
  CascadeDistrictResolvers,
  CascadeResolvers,
  ContributionsResolvers,
  IndicatorResolvers,
  MeasureResolvers,
  MeasureSeriesResolvers,
  ObservationResolvers,
  ObservationSourceResolvers,
  Resolvers,
} from '../generated/graphql';
import { loadOne } from '../loaders';
import { cascadeYearOf, loadCascade } from '../progressLoaders';

// Observations, achievement, trajectory, series and cascades (schema/progress.graphql). The rules
// are in src/progress; the reads in src/data/progress, batched per request by progressLoaders.ts.

const indicator: Pick<IndicatorResolvers, 'achievement' | 'trajectory'> = {
  achievement: async (i, _, { loaders }) => {
    const c = await loaders.progress.targetContext.load(i.id);
    return c ? achievementOf(c) : null;
  },
  trajectory: async (i, _, { loaders }) => {
    const c = await loaders.progress.targetContext.load(i.id);
    return c ? trajectoryOf(c) : null;
  },
};

const measure: Pick<MeasureResolvers, 'kind' | 'series' | 'cascade' | 'cascades'> = {
  kind: (m) => ((m as { kind?: string | null }).kind === 'total' ? 'TOTAL' : 'RATE'),
  series: async (m, { region }, { loaders }) => {
    if (!(await loaders.region.load(region))) throw notFound('region', region);
    return { measureId: m.id, regionCode: region };
  },
  cascade: (m, { year }, { loaders }) => loadCascade(loaders, m, year),
  cascades: async (m, _, { loaders }) => {
    const years = await loaders.progress.measureCascadeYears.load(m.id);
    const all = await Promise.all(years.map((year) => loadCascade(loaders, m, year)));
    return all.flatMap((c) => (c ? [c] : []));
  },
};

const series: MeasureSeriesResolvers = {
  region: async (s, _, { loaders }) =>
    (await loaders.region.load(s.regionCode)) ?? Promise.reject(notFound('region', s.regionCode)),
  observations: (s, _, { loaders }) => loaders.progress.seriesObservations.load(`${s.measureId}|${s.regionCode}`),
  targets: async (s, _, { loaders }) => {
    const ids = await loaders.progress.seriesIndicators.load(`${s.measureId}|${s.regionCode}`);
    const found = await loaders.indicator.loadMany(ids);
    return found.flatMap((i) => (i && !(i instanceof Error) ? [i] : []));
  },
};

const observation: ObservationResolvers = {
  region: async (o, _, { loaders }) =>
    (await loaders.region.load(o.regionCode)) ?? Promise.reject(notFound('region', o.regionCode)),
  measure: async (o, _, { loaders }) =>
    (await loaders.measure.load(o.measureId)) ?? Promise.reject(notFound('measure', o.measureId)),
  indicator: (o, _, { loaders }) => (o.indicatorId ? loaders.indicator.load(o.indicatorId) : null),
  source: (o) => o,
};

const observationSource: ObservationSourceResolvers = {
  plan: (o, _, { loaders }) => (o.planId ? loaders.plan.load(o.planId) : null),
  file: (o) => o.sourceFile,
  fromSidecar: (o) => o.fromSidecar ?? false,
  citation: (o) => o.source,
};

const cascade: CascadeResolvers = {
  districts: (c) => c.districts,
};

const cascadeDistrict: CascadeDistrictResolvers = {
  region: async (d, _, { loaders }) =>
    (await loaders.region.load(d.regionCode)) ?? Promise.reject(notFound('region', d.regionCode)),
};

const contributions: Pick<ContributionsResolvers, 'cascade'> = {
  cascade: async (c, _, { loaders }) => {
    const m = await loadOne(loaders.hops.indicatorMeasure, c.indicator.id);
    if (!m) return null;
    const year = await cascadeYearOf(loaders, c.indicator, m.id);
    return year === null ? null : loadCascade(loaders, m, year);
  },
};

export const progressResolvers: Resolvers = {
  Indicator: indicator,
  Measure: measure,
  MeasureSeries: series,
  Observation: observation,
  ObservationSource: observationSource,
  Cascade: cascade,
  CascadeDistrict: cascadeDistrict,
  Contributions: contributions,
};
