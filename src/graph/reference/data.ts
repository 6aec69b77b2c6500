import { z } from 'zod';
import departmentsJson from '../../../data/departments.json';
import domainsJson from '../../../data/domains.json';
import regionsJson from '../../../data/regions.json';

// The reference data is hand-edited JSON; validating it on import makes a typo fail every test
// with the file and field named, instead of producing a quietly wrong graph.

const RegionSchema = z.strictObject({
  code: z.string().regex(/^[a-z]+(\/[a-z]+)*$/),
  name: z.string().min(2),
  level: z.enum(['municipal', 'district', 'county', 'autonomous-county']),
  adminCode: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
  partOf: z.string().optional(),
});

const DomainSchema = z.strictObject({
  id: z.string().regex(/^[a-z-]+$/),
  name: z.string(),
  nameZh: z.string(),
  keywords: z.array(z.string().min(1)).min(1),
});

const DepartmentSchema = z.strictObject({
  /** The name without its level prefix: 教委 in 市教委 / 区教委. */
  key: z.string().min(2),
  formalName: z.string(),
  name: z.string(),
  /** As printed in plans, without the level prefix. */
  aliases: z.array(z.string().min(2)).min(1),
  /** Domains this department leads by default at every level. */
  leads: z.array(z.string()),
});

const DepartmentsFileSchema = z.strictObject({
  /** District-level regions whose departments the reference script creates (the corpus districts). */
  districtRegions: z.array(z.string()),
  departments: z.array(DepartmentSchema),
});

export type ReferenceRegion = z.infer<typeof RegionSchema>;
export type ReferenceDomain = z.infer<typeof DomainSchema>;
export type ReferenceDepartment = z.infer<typeof DepartmentSchema>;

export interface ReferenceData {
  regions: ReferenceRegion[];
  domains: ReferenceDomain[];
  departments: ReferenceDepartment[];
  districtRegions: string[];
}

function parse<T>(schema: z.ZodType<T>, value: unknown, file: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new Error(`${file} is invalid:\n${z.prettifyError(result.error)}`);
  return result.data;
}

function checkReferences(data: ReferenceData): ReferenceData {
  const regionCodes = new Set(data.regions.map((r) => r.code));
  const domainIds = new Set(data.domains.map((d) => d.id));
  const problems = [
    ...data.regions
      .filter((r) => r.partOf !== undefined && !regionCodes.has(r.partOf))
      .map((r) => `region ${r.code}: unknown partOf ${r.partOf}`),
    ...data.districtRegions.filter((c) => !regionCodes.has(c)).map((c) => `departments.json: unknown region ${c}`),
    ...data.departments.flatMap((d) =>
      d.leads.filter((l) => !domainIds.has(l)).map((l) => `department ${d.key}: unknown domain ${l}`),
    ),
    ...duplicates(data.regions.map((r) => r.code)).map((c) => `duplicate region ${c}`),
    ...duplicates(data.domains.map((d) => d.id)).map((c) => `duplicate domain ${c}`),
    ...duplicates(data.departments.map((d) => d.key)).map((c) => `duplicate department ${c}`),
  ];
  if (problems.length > 0) throw new Error(`reference data is inconsistent:\n${problems.join('\n')}`);
  return data;
}

function duplicates(values: readonly string[]): string[] {
  return values.filter((v, i) => values.indexOf(v) !== i);
}

export function loadReferenceData(): ReferenceData {
  const departments = parse(DepartmentsFileSchema, departmentsJson, 'data/departments.json');
  return checkReferences({
    regions: parse(z.array(RegionSchema), regionsJson, 'data/regions.json'),
    domains: parse(z.array(DomainSchema), domainsJson, 'data/domains.json'),
    departments: departments.departments,
    districtRegions: departments.districtRegions,
  });
}

/** Validated once per process; the data is part of the build, not runtime input. */
export const referenceData: ReferenceData = loadReferenceData();
