// The statements of the aligner's record of each plan as it last aligned it, (:AlignedPlan)
// (scope.ts): read to decide which plans are stale, stamped after a plan is aligned, dropped with
// the plan.

/** What a plan's fingerprint hashes besides the snapshot: its revision, source and parser. */
export const PLAN_VERSIONS = `MATCH (p:Plan) RETURN p.id AS id, p.revision AS revision, p.sourceSha256 AS sha256, p.parserVersion AS parser`;
/** Every plan's record as last aligned. */
export const ALIGNED = `MATCH (a:AlignedPlan) RETURN a.id AS id, a.fingerprint AS fingerprint, a.loaded AS loaded, a.regionCode AS regionCode,
  a.parentRegionCode AS parentRegionCode, a.alignedWith AS alignedWith`;
export const STAMP_ALIGNED = `UNWIND $rows AS row
MERGE (a:AlignedPlan {id: row.id})
SET a = row, a.alignedWith = $alignedWith, a.alignedAt = datetime($alignedAt), a.alignerVersion = $alignerVersion`;
export const DROP_ALIGNED = `MATCH (a:AlignedPlan) WHERE a.id IN $ids DELETE a`;
export const DROP_OTHERS_ALIGNED = `MATCH (a:AlignedPlan) WHERE NOT a.id IN $ids DELETE a`;
