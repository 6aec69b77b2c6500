import { isBracketed } from './cited';
import type { Side } from './compare';
import type { SnapshotIndicator, PrintedValue } from './types';

/**
 * Whether one printed value is a five-year total: printed in 【】, or the row is declared
 * cumulative by the table's note and prints no brackets at all.
 */
export function isCumulative(ind: SnapshotIndicator, v: PrintedValue): boolean {
  if (isBracketed(v)) return true;
  return ind.cumulative && ![ind.baseline, ind.target, ind.municipalTarget].some(isBracketed);
}

export const side = (ind: SnapshotIndicator, v: PrintedValue): Side => ({ ...v, cumulative: isCumulative(ind, v) });

/** The parent indicator's value for a year: its baseline column (the city's 2025 value) or its target. */
export function valueInYear(
  ind: SnapshotIndicator,
  year: number | null,
): { value: PrintedValue; of: 'baseline' | 'target' } | null {
  if (year === null) return null;
  if (ind.baseline?.year === year) return { value: ind.baseline, of: 'baseline' };
  if (ind.target?.year === year) return { value: ind.target, of: 'target' };
  return null;
}
