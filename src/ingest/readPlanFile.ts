import { readFileSync } from 'node:fs';
import { readIndicatorsCsv } from './indicatorsCsv';
import { parsePlan } from './parsePlan';
import { readSidecar } from './sidecar';
import type { PlanDocument } from './types';

/** Reads a plan file and its sidecars `<name>.meta.json` and `<name>.indicators.csv` (when present) and parses them. */
export function readPlanFile(path: string): PlanDocument {
  return parsePlan(readFileSync(path), { source: path, sidecar: readSidecar(path), indicatorsCsv: readIndicatorsCsv(path) });
}
