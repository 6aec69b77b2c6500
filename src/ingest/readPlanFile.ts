import { readInput } from '../files/readInput';
import { PLAN_TEXT } from '../files/kinds';
import { asPlanError } from './errors';
import { readIndicatorsCsv } from './indicatorsCsv';
import { parsePlan } from './parsePlan';
import { readSidecar } from './sidecar';
import type { PlanDocument } from './types';

/** Reads a plan file and its sidecars `<name>.meta.json` and `<name>.indicators.csv` (when present) and parses them. */
export function readPlanFile(path: string, name: string = path): PlanDocument {
  let bytes: Buffer;
  try {
    bytes = readInput(path, PLAN_TEXT);
  } catch (err) {
    throw asPlanError(err);
  }
  return parsePlan(bytes, { source: name, sidecar: readSidecar(path), indicatorsCsv: readIndicatorsCsv(path) });
}
