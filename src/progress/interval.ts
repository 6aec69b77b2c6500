import type { Comparator } from '../ingest/types';

/** A set of numbers on the line: what a printed value commits to (≥95) or says was observed (>99). */
export interface Interval {
  lo: number;
  loOpen: boolean;
  hi: number;
  hiOpen: boolean;
}

export const point = (v: number): Interval => ({ lo: v, loOpen: false, hi: v, hiOpen: false });
export const atLeast = (v: number, open = false): Interval => ({ lo: v, loOpen: open, hi: Infinity, hiOpen: true });
export const atMost = (v: number, open = false): Interval => ({ lo: -Infinity, loOpen: true, hi: v, hiOpen: open });
export const band = (v: number, tol: number): Interval => ({ lo: v - tol, loOpen: false, hi: v + tol, hiOpen: false });

/** What an observed value says: 96 is 96, ≥95 anything from 95 up, <5 anything under 5 (左右 reads as the number). */
export function observedInterval(value: number, comparator: Comparator | null): Interval {
  switch (comparator) {
    case 'GE':
      return atLeast(value);
    case 'GT':
      return atLeast(value, true);
    case 'LE':
      return atMost(value);
    case 'LT':
      return atMost(value, true);
    default:
      return point(value);
  }
}

/** Every number of `a` is in `b`. */
export function within(a: Interval, b: Interval): boolean {
  const loOk = a.lo > b.lo || (a.lo === b.lo && (!b.loOpen || a.loOpen));
  const hiOk = a.hi < b.hi || (a.hi === b.hi && (!b.hiOpen || a.hiOpen));
  return loOk && hiOk;
}

/** No number is in both. */
export function disjoint(a: Interval, b: Interval): boolean {
  const below = (x: Interval, y: Interval) => x.hi < y.lo || (x.hi === y.lo && (x.hiOpen || y.loOpen));
  return below(a, b) || below(b, a);
}
