import type { IndicatorExtraction } from '../indicators';
import type { PlanMetadata } from '../types';
import { parseIndicatorsCsv, type IndicatorsCsv } from './index';

/**
 * The admin's sidecar table is authoritative: its rows replace whatever the text's table gave, and
 * the text reader's warnings go with those rows. One warning says which table was used and why.
 */
export function preferSidecar(
  fromText: IndicatorExtraction,
  csv: IndicatorsCsv,
  metadata: Pick<PlanMetadata, 'periodStart' | 'periodEnd'>,
): IndicatorExtraction {
  const replaced = fromText.table?.lines ?? null;
  const read = parseIndicatorsCsv(csv, { periodStart: metadata.periodStart, periodEnd: metadata.periodEnd, replaced });
  const message = replaced
    ? `indicator rows taken from ${csv.file} instead of the text's table at lines ${replaced[0]}–${replaced[1]}`
    : `the text prints no indicator table; indicator rows taken from ${csv.file}`;
  return {
    ...read,
    // The admin's table stands for every indicator the plan sets: other tables of the text are not read.
    more: [],
    warnings: [{ line: replaced?.[0] ?? null, code: 'INDICATOR_TABLE_FROM_SIDECAR', message }, ...read.warnings],
  };
}
