import type { Props } from '../model';
import type { ReferenceDepartment, ReferenceData, ReferenceRegion } from './data';
import { levelPrefix, regionFullName } from './regions';

export const departmentId = (regionCode: string, key: string): string => `${regionCode}/dept/${key}`;

/** The properties of one department at one region; the reference script and plan scripts write the same ones. */
export function departmentProps(dept: ReferenceDepartment, region: ReferenceRegion): Props {
  const prefix = levelPrefix(region);
  return {
    id: departmentId(region.code, dept.key),
    key: dept.key,
    name: `${prefix}${dept.key}`,
    fullName: `${regionFullName(region)}${dept.formalName}`,
    nameEn: dept.name,
    level: region.level === 'municipal' ? 'municipal' : 'district',
    regionCode: region.code,
    aliases: dept.aliases.map((a) => `${prefix}${a}`),
    leads: dept.leads,
  };
}

/** The municipal department a district department answers to, if the district is part of a municipality. */
export function counterpartRegion(data: ReferenceData, region: ReferenceRegion): ReferenceRegion | undefined {
  if (region.partOf === undefined) return undefined;
  return data.regions.find((r) => r.code === region.partOf);
}

/** Departments that lead a domain by default (the same bodies at every level in Chongqing). */
export function leadsOf(data: ReferenceData, domainId: string): ReferenceDepartment[] {
  return data.departments.filter((d) => d.leads.includes(domainId));
}
