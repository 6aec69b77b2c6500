import type { ComparatorValue } from '../records';

/** An (:Observation): one value of a measure in a region and year, with where it came from. */
export interface ObservationRecord {
  id: string;
  basis: 'STATED' | 'IMPORTED';
  regionCode: string;
  measureId: string;
  year: number;
  raw: string;
  value: number | null;
  comparator: ComparatorValue | null;
  unit: string | null;
  cumulative: boolean;
  /** STATED: the plan and indicator whose baseline it is, and that row's lines. */
  planId: string | null;
  indicatorId: string | null;
  /** STATED: the plan's text (or its sidecar); IMPORTED: the CSV, lineStart its row. */
  sourceFile: string | null;
  lineStart: number | null;
  lineEnd: number | null;
  fromSidecar: boolean | null;
  /** STATED: the plan's title; IMPORTED: the source the CSV row names. */
  source: string | null;
  importedAt: string | null;
}

/** A target of an indicator with what judging it needs: its measure, region and every observation of both. */
export interface TargetContext {
  indicatorId: string;
  planId: string;
  regionCode: string;
  unit: string | null;
  cumulative: boolean;
  baselineRaw: string | null;
  baselineValue: number | null;
  baselineComparator: ComparatorValue | null;
  baselineYear: number | null;
  targetRaw: string | null;
  targetValue: number | null;
  targetComparator: ComparatorValue | null;
  targetYear: number | null;
  municipalTargetRaw: string | null;
  measure: { id: string; unit: string | null; higherIsBetter: boolean | null; kind: 'rate' | 'total' };
  observations: ObservationRecord[];
}
