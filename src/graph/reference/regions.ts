import type { ReferenceRegion } from './data';

const MUNICIPALITY_PREFIX = '重庆市';

/**
 * Finds the region a plan's metadata names. Plans print districts with or without the city
 * (重庆市渝中区 / 渝中区), and a sidecar may give the code itself.
 */
export function findRegion(regions: readonly ReferenceRegion[], nameOrCode: string): ReferenceRegion | undefined {
  const wanted = nameOrCode.trim();
  return regions.find(
    (r) =>
      r.code === wanted ||
      r.name === wanted ||
      (r.level !== 'municipal' && `${MUNICIPALITY_PREFIX}${r.name}` === wanted),
  );
}

export function requireRegion(regions: readonly ReferenceRegion[], nameOrCode: string): ReferenceRegion {
  const region = findRegion(regions, nameOrCode);
  if (region === undefined) {
    throw new Error(
      `unknown region ${JSON.stringify(nameOrCode)}: expected a name or code from data/regions.json, e.g. 渝中区 or chongqing/yuzhong`,
    );
  }
  return region;
}

/** 重庆市 → 重庆市, 渝中区 → 重庆市渝中区: the form a formal department name starts with. */
export function regionFullName(region: ReferenceRegion): string {
  return region.level === 'municipal' ? region.name : `${MUNICIPALITY_PREFIX}${region.name}`;
}

/** The one-character prefix plans print before a department: 市教委, 区教委, 县教委. */
export function levelPrefix(region: ReferenceRegion): string {
  if (region.level === 'municipal') return '市';
  return region.name.endsWith('县') ? '县' : '区';
}

/** The district-level region names, longest first, so 重庆市江北区 strips to 江北区 and never to a shorter name. */
export function districtNames(regions: readonly ReferenceRegion[]): string[] {
  return regions
    .filter((r) => r.level !== 'municipal')
    .map((r) => r.name)
    .sort((a, b) => b.length - a.length || a.localeCompare(b));
}

export function regionProps(region: ReferenceRegion): {
  code: string;
  name: string;
  fullName: string;
  level: string;
  adminCode: string | null;
} {
  return {
    code: region.code,
    name: region.name,
    fullName: regionFullName(region),
    level: region.level,
    adminCode: region.adminCode ?? null,
  };
}
