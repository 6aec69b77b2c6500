import type { Executor } from '../db/executor';
import type { DepartmentRecord } from './records';
import * as shapes from './shapes';

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
  return rows.map((row, i) => shapes.department(row.d, `departments[${i}]`));
}
