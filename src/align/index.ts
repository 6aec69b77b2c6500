// The roll-up layer's public surface: measures, cited indicators, roll-up links, comparisons,
// goal alignment and curation.
export {
  alignPlans,
  alignInTransaction,
  finishAlignment,
  ALIGNER_VERSION,
  type AlignPlansProps,
  type AlignOptions,
  type FirstAlignment,
} from './alignPlans';
export { computeAlignment, type Alignment } from './align';
export { ALIGN_BATCH_ROWS } from './batches';
export { catalogue, buildCatalogue, resolveMeasure, type Catalogue, type Measure, type Resolution } from './catalogue';
export { compareValues, type Comparison, type Verdict } from './compare';
export { recordCuration, curationScript, type CurationInput } from './curation';
export { curateRollUp, UnknownIndicatorError, type CurateRollUpResult } from './curateRollUp';
export { formatReport } from './formatReport';
export { hasAlignment } from './read';
export { normalName, normalUnit } from './normalise';
export { nearestMeasure, measureReviews, statKind, type MeasureCandidate, type MeasureReview } from './nearestMeasure';
export { ACCEPT, CANDIDATE_MIN, type Link, type Method } from './rollUp';
export { snapshotFromDocuments } from './fromDocuments';
export type { AlignReport, PlanLinks, Unmatched } from './report';
export type { Gap } from './gaps';
export type { CurationRecord, Decision, Snapshot } from './types';
