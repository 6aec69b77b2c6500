import { readFileSync, statSync } from 'node:fs';
import { readIndicatorsCsv } from './indicatorsCsv';
import { parsePlan } from './parsePlan';
import { readSidecar } from './sidecar';
import { MAX_PLAN_BYTES, tooLarge } from './source';
import type { PlanDocument } from './types';

/** Reads a plan file and its sidecars `<name>.meta.json` and `<name>.indicators.csv` (when present) and parses them. */
export function readPlanFile(path: string, name: string = path): PlanDocument {
  // Checked before reading, so an oversized file is never held in memory.
  const { size } = statSync(path);
  if (size > MAX_PLAN_BYTES) throw tooLarge(path, size);
  return parsePlan(readFileSync(path), { source: name, sidecar: readSidecar(path), indicatorsCsv: readIndicatorsCsv(path) });
}
