import type { Comparator } from '../ingest/types';
import type { CitedIndicator } from './cited';

// What the aligner reads from the graph (a snapshot) and what it decides to write. Plain data,
// so the whole alignment is a pure function of the snapshot and the measure catalogue.

export interface PrintedValue {
  raw: string | null;
  value: number | null;
  comparator: Comparator | null;
  year: number | null;
}

export interface SnapshotPlan {
  id: string;
  titleKey: string;
  title: string;
  loaded: boolean;
  periodStart: number | null;
  periodEnd: number | null;
  regionCode: string | null;
  regionName: string | null;
  /** The region this plan's region is PART_OF; its plans are the ones this plan rolls up to. */
  parentRegionCode: string | null;
  /** Ids of the plans it cites, in order of first citation. */
  basedOn: string[];
}

export interface SnapshotIndicator {
  id: string;
  planId: string;
  seq: number;
  name: string;
  unit: string | null;
  category: string | null;
  cumulative: boolean;
  baseline: PrintedValue | null;
  target: PrintedValue | null;
  /** The cited parent-region target printed beside the plan's own (Yuzhong's 市级指标2025年). */
  municipalTarget: PrintedValue | null;
  lineStart: number | null;
  lineEnd: number | null;
  /** The admin's sidecar CSV the row came from (its lines are that file's); absent or null for rows read from the text. */
  sourceFile?: string | null;
  /** Set on indicators the aligner derives from another plan's column (basis 'cited'). */
  sourceIndicatorId?: string;
}

export type SnapshotItemLabel = 'Chapter' | 'Goal';

export interface SnapshotItem {
  id: string;
  label: SnapshotItemLabel;
  planId: string;
  /** Heading (chapters) or lead phrase (goals); empty when the text prints none. */
  title: string;
  text: string;
  domains: string[];
}

export type Decision = 'accepted' | 'rejected';

export interface CurationRecord {
  from: string;
  to: string;
  decision: Decision;
  by: string | null;
  at: string | null;
  note: string | null;
}

/** What the aligner stamps on everything it writes: when, and which rules made it. */
export interface AlignerStamp {
  alignedAt: string;
  alignerVersion: string;
}

export interface Snapshot {
  plans: SnapshotPlan[];
  indicators: SnapshotIndicator[];
  items: SnapshotItem[];
  curations: CurationRecord[];
}

/**
 * What an incremental alignment recomputes; a full alignment has none and recomputes everything.
 * Every link it writes has an end among `indicators` or starts at an item of `goalPlans`; every
 * other link the aligner wrote stays as it is, because no input of it changed.
 */
export interface Focus {
  /** The changed plans: every aligner link from their nodes is replaced (a removed plan's by none). */
  plans: ReadonlySet<string>;
  /** Indicators whose links are recomputed in both directions: the changed plans' own and the cited ones that changed. */
  indicators: ReadonlySet<string>;
  /** Plans whose chapters' and goals' links are recomputed: a changed plan, or a child-region plan of a changed plan's region. */
  goalPlans: ReadonlySet<string>;
  /** Plans with indicators that link, or may now link, into `indicators`: those links of theirs are replaced. */
  linkingPlans: ReadonlySet<string>;
  /** Not-loaded (cited) plans whose cited indicators were recomputed, and what they now are. */
  citedPlans: ReadonlySet<string>;
  cited: CitedIndicator[];
}
