import type { Comparator } from '../ingest/types';
import type { PrintedValue } from './types';

export type Verdict = 'ABOVE' | 'EQUAL' | 'BELOW' | 'NOT_COMPARABLE';

export interface Side extends PrintedValue {
  /** A five-year total printed in 【】, as opposed to a level reached in the year. */
  cumulative: boolean;
}

export interface CompareOptions {
  /** null when a side prints no unit and the measure names none either. */
  unitsAgree: boolean | null;
  /** 'total' measures (people, beds, area) are not comparable between a district and the city it is part of. */
  kind: 'rate' | 'total';
  higherIsBetter: boolean | null;
}

export interface Comparison {
  comparison: Verdict;
  reason: string;
  /** True when the district is on the better side, false when on the worse side or level, null when unknown. */
  ahead: boolean | null;
}

type Bound = 'floor' | 'ceiling' | 'point';

const boundOf = (c: Comparator | null): Bound =>
  c === 'GE' || c === 'GT' ? 'floor' : c === 'LE' || c === 'LT' ? 'ceiling' : 'point';
const notComparable = (reason: string): Comparison => ({ comparison: 'NOT_COMPARABLE', reason, ahead: null });

/**
 * District target vs the parent region's value for the same year. A comparator makes a value a
 * commitment (≥4.5: at least 4.5; <5.5: under 5.5; 79左右: a point), and commitments compare by
 * the number they are held to: ≥4.5 vs 4.5 is EQUAL (the district is held to the city's level,
 * never BELOW it), >12.5 vs 12 ABOVE, <5 vs <5.5 BELOW. A floor against a ceiling bounds nothing
 * in common and is NOT_COMPARABLE, as are non-numeric targets, disagreeing units, a 【】 five-year
 * total against an annual value, and totals of a district against the city's.
 */
export function compareValues(district: Side, parent: Side, opts: CompareOptions): Comparison {
  if (opts.unitsAgree !== true) return notComparable(opts.unitsAgree === null ? 'unit unknown' : 'units differ');
  if (district.value === null || parent.value === null)
    return notComparable(`not numeric: ${district.raw ?? '—'} vs ${parent.raw ?? '—'}`);
  if (district.cumulative !== parent.cumulative)
    return notComparable('a 【】 five-year total is not comparable with a yearly value');
  if (opts.kind === 'total') return notComparable("a district's total is a part of the city's, not a level to compare");
  const bounds = [boundOf(district.comparator), boundOf(parent.comparator)];
  if (bounds.includes('floor') && bounds.includes('ceiling'))
    return notComparable('a floor and a ceiling bound nothing in common');
  const d = district.value;
  const p = parent.value;
  const comparison: Verdict = d > p ? 'ABOVE' : d < p ? 'BELOW' : 'EQUAL';
  return {
    comparison,
    reason: `${district.raw} vs ${parent.raw}${bounds.join('/') === 'point/point' ? '' : ' (compared by their bounds)'}`,
    ahead: aheadOf(comparison, opts.higherIsBetter),
  };
}

function aheadOf(v: Verdict, higherIsBetter: boolean | null): boolean | null {
  if (higherIsBetter === null || v === 'NOT_COMPARABLE') return null;
  if (v === 'EQUAL') return false;
  return (v === 'ABOVE') === higherIsBetter;
}
