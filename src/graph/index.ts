// The graph layer's public surface: PlanDocument → Cypher scripts, and the data they rest on.
export { buildPlanScript, PLAN_DIRECTIVE, type BuildPlanOptions } from './plan/buildPlanScript';
export { buildReferenceScript } from './reference/buildReferenceScript';
export { referenceData, loadReferenceData, type ReferenceData, type RegionRecord, type DomainRecord, type DepartmentRecord } from './reference/data';
export { findRegion, requireRegion } from './reference/regions';
export { departmentId } from './reference/departments';
export { cypherLiteral, cypherString, cypherName, float, CypherFloat, type CypherValue } from './cypherLiteral';
export { titleKey, chapterId, goalId, indicatorId, tableId, boxId, projectId, citedPlanId } from './ids';
export { domainsIn, type DomainHit } from './tagging/keywords';
export { PLAN_OWNED_LABELS, type NodeLabel, type RelType } from './model';
