import { normalUnit } from '../align/normalise';
import { round, type ProgressValue } from './achievement';

export interface DistrictTarget extends ProgressValue {
  region: string;
  indicatorId: string;
}

export interface CascadeInput {
  kind: 'rate' | 'total';
  /** The city's value for the year (its target, or the value its next plan prints for that year); null when it has none. */
  city: ProgressValue | null;
  districts: readonly DistrictTarget[];
  /** Districts and counties of the city (data/regions.json): the coverage's denominator. */
  regionCount: number;
}

export interface Cascade {
  /** Districts whose target entered the sum or the spread (numeric, same unit and kind of value as the city's). */
  counted: number;
  /** Districts with a target for the year, counted or not. */
  covered: number;
  regionCount: number;
  /** covered = regionCount: only then is a sum the whole city's. */
  complete: boolean;
  sum: number | null;
  /** sum / the city's value: the share of the city's target the counted districts commit to. */
  shareOfCity: number | null;
  min: number | null;
  max: number | null;
  median: number | null;
  above: number;
  below: number;
  equal: number;
  /** Why targets were left out (not numeric, another unit, 【】 against a level). */
  excluded: string[];
}

/**
 * For a total (beds, insured persons, new jobs) the district targets add up to part of the city's:
 * their sum against the city's value, with coverage n/regionCount so a partial sum is never read as
 * the whole. For a rate the districts' targets spread around the city's: min, median, max and how
 * many are above, below or level with it. A target enters only when it is a number in the city's
 * unit and, like the city's, a 【】 five-year total or not.
 */
export function cascade({ kind, city, districts, regionCount }: CascadeInput): Cascade {
  const excluded: string[] = [];
  const values: number[] = [];
  for (const d of districts) {
    const why =
      d.value === null
        ? `not numeric (${d.raw ?? '—'})`
        : city && city.unit !== null && d.unit !== null && normalUnit(city.unit) !== normalUnit(d.unit)
          ? `unit ${d.unit}, the city's is ${city.unit}`
          : city && city.cumulative !== d.cumulative
            ? d.cumulative
              ? 'a 【】 five-year total against a level'
              : 'a level against a 【】 five-year total'
            : null;
    if (why !== null || d.value === null) excluded.push(`${d.region}: ${why}`);
    else values.push(d.value);
  }
  values.sort((a, b) => a - b);
  const c = city?.value ?? null;
  const sum = kind === 'total' && values.length > 0 ? round(values.reduce((s, v) => s + v, 0)) : null;
  const covered = new Set(districts.map((d) => d.region)).size;
  return {
    counted: values.length,
    covered,
    regionCount,
    complete: covered >= regionCount,
    sum,
    shareOfCity: sum !== null && c !== null && c !== 0 ? round(sum / c) : null,
    min: values[0] ?? null,
    max: values[values.length - 1] ?? null,
    median: median(values),
    above: c === null ? 0 : values.filter((v) => v > c).length,
    below: c === null ? 0 : values.filter((v) => v < c).length,
    equal: c === null ? 0 : values.filter((v) => v === c).length,
    excluded,
  };
}

function median(sorted: number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  const v = sorted.length % 2 === 1 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return v === undefined ? null : round(v);
}
