import type { Executor } from '../db/executor';
import { manyPerKey } from './batch';
import * as shapes from './shapes';
import type { AlignmentRecord, DomainTagRecord, ResponsibilityRecord } from './records';

/** Labels of plan items that carry domains and responsibilities. */
export type ItemLabel = 'Chapter' | 'Goal' | 'Indicator' | 'Project';

// A department can be responsible for any item label, so the item comes back with its label.
const ITEM_LABEL = `CASE WHEN n:Chapter THEN 'Chapter' WHEN n:Goal THEN 'Goal' WHEN n:Indicator THEN 'Indicator' ELSE 'Project' END`;

const domainsOf = (label: ItemLabel) => `UNWIND $keys AS key MATCH (:${label} {id: key})-[r:IN_DOMAIN]->(d:Domain)
  WITH key, d, r ORDER BY d.id
  RETURN key, {domain: d {.*, label: 'Domain'}, basis: r.basis, evidence: r.evidence} AS item`;

const responsibleFor = (
  label: ItemLabel,
) => `UNWIND $keys AS key MATCH (n:${label} {id: key})<-[r:RESPONSIBLE_FOR]-(d:Department)
  WITH key, n, d, r ORDER BY r.basis DESC, d.id
  RETURN key, {department: d {.*, label: 'Department'}, item: n {.*, label: '${label}'}, basis: r.basis,
    evidence: r.evidence, method: r.method, planId: r.planId} AS item`;

const alignsWith = (label: 'Chapter' | 'Goal') => `UNWIND $keys AS key MATCH (:${label} {id: key})-[r:ALIGNS_WITH]->(t)
  WITH key, t, r ORDER BY r.score DESC
  RETURN key, {target: t {.*, label: CASE WHEN t:Chapter THEN 'Chapter' ELSE 'Goal' END}, score: r.score, basis: r.basis, method: r.method} AS item`;

export function domainTags(
  executor: Executor,
  label: ItemLabel,
  keys: readonly string[],
): Promise<DomainTagRecord[][]> {
  return manyPerKey(executor, { cypher: domainsOf(label), item: shapes.domainTag, name: 'domainTags' }, keys);
}

export function responsibilities(
  executor: Executor,
  label: ItemLabel,
  keys: readonly string[],
): Promise<ResponsibilityRecord[][]> {
  return manyPerKey(
    executor,
    { cypher: responsibleFor(label), item: shapes.responsibility, name: 'responsibilities' },
    keys,
  );
}

export function alignments(
  executor: Executor,
  label: 'Chapter' | 'Goal',
  keys: readonly string[],
): Promise<AlignmentRecord[][]> {
  return manyPerKey(executor, { cypher: alignsWith(label), item: shapes.alignment, name: 'alignments' }, keys);
}

const DEPARTMENT_RESPONSIBILITIES = `UNWIND $keys AS key MATCH (d:Department {id: key})-[r:RESPONSIBLE_FOR]->(n)
  WITH key, d, r, n ORDER BY r.planId, n.lineStart
  RETURN key, {department: d {.*, label: 'Department'}, item: n {.*, label: ${ITEM_LABEL}}, basis: r.basis,
    evidence: r.evidence, method: r.method, planId: coalesce(r.planId, n.planId),
    domainIds: [(n)-[:IN_DOMAIN]->(x:Domain) | x.id]} AS item`;

export function departmentResponsibilities(
  executor: Executor,
  keys: readonly string[],
): Promise<ResponsibilityRecord[][]> {
  return manyPerKey(
    executor,
    { cypher: DEPARTMENT_RESPONSIBILITIES, item: shapes.responsibility, name: 'departmentResponsibilities' },
    keys,
  );
}
