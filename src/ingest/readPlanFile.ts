import { readFileSync } from 'node:fs';
import { parsePlan } from './parsePlan';
import { readSidecar } from './sidecar';
import type { PlanDocument } from './types';

/** Reads a plan file and its sidecar `<name>.meta.json` (when present) and parses them. */
export function readPlanFile(path: string): PlanDocument {
  return parsePlan(readFileSync(path), { source: path, sidecar: readSidecar(path) });
}
