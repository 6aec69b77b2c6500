import { PLAN_OWNED_LABELS } from '../graph';
import { departmentId } from '../graph/reference/departments';
import type { ReferenceData } from '../graph/reference/data';

// The statements `plangraph remove` runs, in order, all parameterised by $planId. Labels are
// spliced in from PLAN_OWNED_LABELS, a constant of the code, never from data.

export const PLAN_INFO = `MATCH (p:Plan {id: $planId})
RETURN coalesce(p.loaded, false) AS loaded, p.titleKey AS titleKey,
       [(p)-[:FOR_REGION]->(r:Region) | r.code][0] AS regionCode,
       COUNT { (:Plan)-[:BASED_ON]->(p) } AS citedBy`;

export const LOADED_PLANS = 'MATCH (p:Plan {loaded: true}) RETURN p.id AS id ORDER BY id';

/** Its earlier loads no longer describe the graph: `npm start` then loads the script again if it comes back. */
export const MARK_LOADS = `MATCH (:Plan {id: $planId})<-[:LOADED]-(l:Load) SET l.removedBy = $loadId`;

export const CITED_STUBS = `MATCH (:Plan {id: $planId})-[:BASED_ON]->(s:Plan) WHERE NOT coalesce(s.loaded, false) RETURN s.id AS id`;

/** Its items, with every link to and from them (responsibilities, domains, roll-ups). */
export const OWNED_NODES = PLAN_OWNED_LABELS.map((label) => `MATCH (n:${label} {planId: $planId}) DETACH DELETE n`);

/** Links the plan's script made (FOR_REGION, BASED_ON …); links other plans made to it stay. */
export const OWN_LINKS = `MATCH (:Plan {id: $planId})-[r]-() WHERE r.planId = $planId DELETE r`;

/** Stubs only this plan cited go with it, as if it had never been loaded. */
export const ORPHAN_STUBS = `MATCH (s:Plan) WHERE s.id IN $stubs AND NOT coalesce(s.loaded, false)
  AND NOT EXISTS { (:Plan)-[:BASED_ON]->(s) }
DETACH DELETE s`;

/**
 * A plan other loaded plans cite goes back to the stub their citations made: what its title gives
 * away, the first citation as evidence, its region as inferred from the title, no loads.
 */
export const TO_STUB = `MATCH (p:Plan {id: $planId})
MATCH (c:Plan)-[b:BASED_ON]->(p)
WITH p, c, b ORDER BY c.id LIMIT 1
OPTIONAL MATCH (p)<-[l:LOADED]-()
DELETE l
WITH DISTINCT p, c, b
SET p = {titleKey: p.titleKey, id: 'cited/' + p.titleKey, loaded: false, draft: p.draft, level: p.level,
         periodStart: p.periodStart, periodEnd: p.periodEnd,
         title: CASE WHEN b.evidence STARTS WITH '《' THEN substring(b.evidence, 1, size(b.evidence) - 2) ELSE p.title END,
         evidence: 'cited by ' + c.id + ' at line ' + toString(b.line)}
WITH p MATCH (r:Region {code: $regionCode})
MERGE (p)-[f:FOR_REGION]->(r)
ON CREATE SET f.basis = 'inferred', f.method = 'title', f.evidence = p.title
RETURN p.id AS id`;

export const DELETE_PLAN = `MATCH (p:Plan {id: $planId}) DETACH DELETE p`;

/**
 * Departments of a district outside the reference data exist because a plan script created them;
 * once nothing is their responsibility, no plan needs them.
 */
export const ORPHAN_DEPARTMENTS = `MATCH (d:Department {regionCode: $regionCode})
WHERE NOT d.id IN $referenceIds AND NOT EXISTS { (d)-[:RESPONSIBLE_FOR]->() }
DETACH DELETE d`;

export const RECORD_REMOVAL = `CREATE (:Load {id: $loadId, kind: 'remove', planIds: [$planId], file: $file, startedAt: datetime($startedAt),
  finishedAt: datetime(), stub: $stub, nodesDeleted: $c.nodesDeleted, relationshipsDeleted: $c.relationshipsDeleted, by: $by,
  osUser: $o.osUser, host: $o.host, clientAddress: $o.clientAddress, requestId: $o.requestId})`;

/** Ids of the departments cypher/reference.cypher holds: the municipality's and every corpus district's. */
export function referenceDepartmentIds(data: ReferenceData): string[] {
  const codes = ['chongqing', ...data.districtRegions];
  return codes.flatMap((code) => data.departments.map((d) => departmentId(code, d.key)));
}
