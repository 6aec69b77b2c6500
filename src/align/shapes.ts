import { bool, list, nullable, num, obj, oneOf, shape, str } from '../data/decode';
import type { AlignedRecord } from './scope';
import type { CurationRecord, SnapshotItem, SnapshotPlan } from './types';

// The row shape of each of the aligner's reads (cypher/read.ts, cypher/alignedPlans.ts,
// cypher/curation.ts), checked with the data layer's decoders: a row the aligner cannot use fails
// with its path before anything is computed from it, let alone written.

const text = nullable(str);

export const snapshotPlan = shape<SnapshotPlan>({
  id: str,
  title: str,
  loaded: bool,
  periodStart: nullable(num),
  periodEnd: nullable(num),
  regionCode: text,
  regionName: text,
  parentRegionCode: text,
  basedOn: list(str),
});

export const snapshotItem = shape<SnapshotItem>({
  id: str,
  label: oneOf(['Chapter', 'Goal'] as const),
  planId: str,
  title: str,
  text: str,
  domains: list(str),
});

/** A decision as the reviewer recorded it; only `accepted` and `rejected` are decisions. */
export const curation = shape<CurationRecord>({
  from: str,
  to: str,
  decision: oneOf(['accepted', 'rejected'] as const),
  by: text,
  at: text,
  note: text,
});

export const aligned = shape<AlignedRecord>({
  id: str,
  fingerprint: text,
  loaded: bool,
  regionCode: text,
  parentRegionCode: text,
  alignedWith: str,
});

/** An indicator node's properties (`i {.*}`): read field by field in read.ts. */
export const indicatorProps = obj;
