import type { Executor } from '../db/executor';
import type { DepartmentRecord, DomainCountsRecord, DomainRecord } from './records';

const DEPARTMENTS = `MATCH (d:Department)
  WHERE ($level IS NULL OR d.level = $level)
    AND ($name IS NULL OR d.name = $name OR $name IN coalesce(d.aliases, []))
    AND ($region IS NULL OR EXISTS { (d)-[:OF_REGION]->(:Region {code: $region}) })
  RETURN d {.*, label: 'Department'} AS d ORDER BY d.level DESC, d.id`;

export interface DepartmentFilter {
  region: string | null;
  level: string | null;
  name: string | null;
}

export async function listDepartments(executor: Executor, filter: DepartmentFilter): Promise<DepartmentRecord[]> {
  const rows = await executor.read(DEPARTMENTS, { ...filter });
  return rows.map((row) => row.d as DepartmentRecord);
}

export type DomainWithCounts = DomainRecord & DomainCountsRecord;

const DOMAINS = `MATCH (d:Domain)
  RETURN d {.*, label: 'Domain',
    chapterCount: COUNT { (:Chapter)-[:IN_DOMAIN]->(d) },
    goalCount: COUNT { (:Goal)-[:IN_DOMAIN]->(d) },
    indicatorCount: COUNT { (:Indicator)-[:IN_DOMAIN]->(d) },
    projectCount: COUNT { (:Project)-[:IN_DOMAIN]->(d) }} AS d
  ORDER BY d.id`;

export async function listDomains(executor: Executor): Promise<DomainWithCounts[]> {
  const rows = await executor.read(DOMAINS);
  return rows.map((row) => row.d as DomainWithCounts);
}
