import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import measures from '../../data/measures.json';
import regions from '../../data/regions.json';
import { projectRoot } from '../../src/config/env';
import { generatePlan, type PlanSpec } from './plan';
import { rng, seedOf } from './prng';
import { LAYOUTS } from './tables';
import { PERIODS, SECTORS } from './vocab';

export type Scale = 'small' | 'medium' | 'large';

/** 1 city + N districts, M sector plans each per period, over the three periods. */
export const SCALES: Readonly<Record<Exclude<Scale, 'small'>, { districts: number; plansPerPeriod: number }>> = {
  medium: { districts: 10, plansPerPeriod: 3 },
  large: { districts: 38, plansPerPeriod: 9 },
};

export interface CorpusPlan {
  file: string;
  /** Rows the generator wrote, or null for the real plans (their counts are what they are). */
  expectedIndicators: number | null;
}

const REAL = path.join(projectRoot, 'plans');
const realPlans = (): CorpusPlan[] =>
  readdirSync(REAL)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ file: path.join(REAL, f), expectedIndicators: null }));

// A generated plan must not take a real plan's title (plans merge on their title key).
const REAL_TITLES = new Set(
  ['yuzhong', 'yongchuan', 'changshou', 'jiangbei'].flatMap((d) =>
    ['public-services', 'social-livelihood'].map((s) => `chongqing/${d}/2021/${s}`),
  ),
);

type RegionRow = { code: string; name: string; level: string };

/** The specs of a scale, in a fixed order; every plan's own seed comes from its id. */
export function planSpecs(scale: Exclude<Scale, 'small'>, seed: number): PlanSpec[] {
  const { districts, plansPerPeriod } = SCALES[scale];
  const all = regions as RegionRow[];
  const city = all.find((r) => r.level === 'municipal') as RegionRow;
  const chosen = rng(seed).sample(
    all.filter((r) => r !== city),
    districts,
  );
  const specs: PlanSpec[] = [];
  for (const region of [city, ...chosen]) {
    for (const period of PERIODS) {
      const pool = SECTORS.filter((s) => !REAL_TITLES.has(`${region.code}/${period.start}/${s.slug}`));
      const sectors = rng(seedOf(`${seed}/${region.code}/${period.start}`)).sample(pool, plansPerPeriod);
      for (const sector of sectors) {
        const id = `${region.code.replace('chongqing/', '').replace('chongqing', 'chongqing-city')}-${period.start}-${period.end}-${sector.slug}`;
        const r = rng(seedOf(`${seed}/${id}`));
        specs.push({
          id,
          region: {
            code: region.code,
            name: region.name,
            level: region.level === 'municipal' ? 'municipal' : 'district',
          },
          sector,
          period,
          layout: r.pick(LAYOUTS),
          front: r.pick(['title', 'title', 'notice', 'none'] as const),
        });
      }
    }
  }
  return specs;
}

/** Writes the corpus of a scale under `dir` (replacing what was there): the real plans are read in place. */
export function writeCorpus(scale: Scale, dir: string, seed = 20260501): CorpusPlan[] {
  if (scale === 'small') return realPlans();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const catalogue = (measures as { measures: Parameters<typeof generatePlan>[2] }).measures;
  const generated = planSpecs(scale, seed).map((spec) => {
    const plan = generatePlan(
      rng(seedOf(`${seed}/${spec.id}/text`)),
      spec,
      catalogue,
      `重庆市“${spec.period.ordinal}”${spec.sector.name}规划`,
    );
    const file = path.join(dir, `${spec.id}.txt`);
    writeFileSync(file, plan.text);
    if (plan.sidecar) writeFileSync(file.replace(/\.txt$/, '.meta.json'), `${JSON.stringify(plan.sidecar, null, 2)}\n`);
    return { file, expectedIndicators: plan.indicators };
  });
  return [...realPlans(), ...generated];
}
