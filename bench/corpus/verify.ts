import { readPlanFile, type PlanDocument } from '../../src/ingest';
import type { CorpusPlan } from './corpus';

/** Parses every plan with the real parser; a generated plan whose indicator count differs is a generator bug. */
export function parseCorpus(plans: readonly CorpusPlan[]): { docs: PlanDocument[]; seconds: number } {
  const started = process.hrtime.bigint();
  const docs = plans.map((p) => readPlanFile(p.file));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const wrong = plans.flatMap((p, i) => {
    const found = docs[i]?.indicators.length ?? 0;
    return p.expectedIndicators !== null && found !== p.expectedIndicators
      ? [`${p.file}: expected ${p.expectedIndicators} indicators, parsed ${found}`]
      : [];
  });
  if (wrong.length > 0)
    throw new Error(
      `the parser disagrees with the generator on ${wrong.length} plan(s):\n${wrong.slice(0, 20).join('\n')}`,
    );
  return { docs, seconds };
}
