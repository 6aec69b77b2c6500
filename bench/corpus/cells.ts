import { readdirSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/config/env';
import type { Indicator } from '../../src/ingest/types';

// What the parse checks count as "the same row": the nine cells of an indicator table row,
// compared after `fold` (the two checks differ only in how much formatting they forgive).

/** 序号, category, name, unit, baseline, target, cited target, attribute, cumulative. */
export const CELLS = [
  'seq',
  'category',
  'name',
  'unit',
  'baseline',
  'target',
  'municipalTarget',
  'attribute',
  'cumulative',
] as const;

/** How many of the row's cells read back as `want`'s (0 when the row is missing). */
export function sameCells(
  got: Indicator | undefined,
  want: Indicator,
  fold: (v: unknown) => string = (v) => JSON.stringify(v),
): number {
  return got === undefined ? 0 : CELLS.filter((c) => fold(got[c]) === fold(want[c])).length;
}

/** The bundled plans' text files, in name order. */
export function bundledPlanFiles(): string[] {
  const dir = path.join(projectRoot, 'plans');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => path.join(dir, f));
}
