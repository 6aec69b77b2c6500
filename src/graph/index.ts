// The graph layer's public surface: PlanDocument → graph writes (as data, and as Cypher scripts), and the data they rest on.
export {
  buildPlanScript,
  planWrite,
  PLAN_DIRECTIVE,
  type BuildPlanOptions,
  type PlanWrite,
} from './plan/buildPlanScript';
export { buildReferenceScript, referenceWrite } from './reference/buildReferenceScript';
export type { GraphWrite, WriteStatement } from './write';
export { renderScript } from './script/statement';
export {
  referenceData,
  loadReferenceData,
  type ReferenceData,
  type ReferenceRegion,
  type ReferenceDomain,
  type ReferenceDepartment,
} from './reference/data';
export { findRegion, requireRegion } from './reference/regions';
export { departmentId } from './reference/departments';
export { cypherLiteral, cypherString, cypherName, float, CypherFloat, type CypherValue } from './cypherLiteral';
export { titleKey, chapterId, goalId, indicatorId, tableId, boxId, projectId, citedPlanId } from './ids';
export { domainsIn, type DomainHit } from './tagging/keywords';
export { PLAN_OWNED_LABELS, type NodeLabel, type RelType } from './model';
