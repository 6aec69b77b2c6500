import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildReferenceScript, referenceWrite, findRegion, loadReferenceData, referenceData } from '../../../src/graph';
import { unwindCounts } from './scriptParts';

const root = path.resolve(__dirname, '../../..');

describe('reference data', () => {
  it('holds 重庆市 and its 38 district-level divisions', () => {
    const levels = referenceData.regions.map((r) => r.level);
    expect(levels.filter((l) => l === 'municipal')).toHaveLength(1);
    expect(levels.filter((l) => l === 'district')).toHaveLength(26);
    expect(levels.filter((l) => l === 'county')).toHaveLength(8);
    expect(levels.filter((l) => l === 'autonomous-county')).toHaveLength(4);
    expect(referenceData.regions.filter((r) => r.partOf === 'chongqing')).toHaveLength(38);
  });

  it('gives admin codes only where they are certain', () => {
    const coded = Object.fromEntries(
      referenceData.regions.filter((r) => r.adminCode).map((r) => [r.name, r.adminCode]),
    );
    expect(coded).toEqual({ 重庆市: '500000', 渝中区: '500103', 江北区: '500105', 长寿区: '500115', 永川区: '500118' });
  });

  it('finds regions the way plans print them', () => {
    expect(findRegion(referenceData.regions, '渝中区')?.code).toBe('chongqing/yuzhong');
    expect(findRegion(referenceData.regions, '重庆市江北区')?.code).toBe('chongqing/jiangbei');
    expect(findRegion(referenceData.regions, 'chongqing/changshou')?.name).toBe('长寿区');
    expect(findRegion(referenceData.regions, '重庆市')?.level).toBe('municipal');
    expect(findRegion(referenceData.regions, '成都市')).toBeUndefined();
  });

  it('names a lead department for every domain', () => {
    const led = new Set(referenceData.departments.flatMap((d) => d.leads));
    expect(referenceData.domains.map((d) => d.id).filter((id) => !led.has(id))).toEqual([]);
  });

  it('validates on load', () => {
    expect(() => loadReferenceData()).not.toThrow();
  });
});

describe('buildReferenceScript', () => {
  it('writes regions, domains, departments and their links', () => {
    const counts = unwindCounts(referenceWrite());
    const depts = referenceData.departments.length;
    expect(counts.get('Region')).toBe(39);
    expect(counts.get('Region-PART_OF->Region')).toBe(38);
    expect(counts.get('Domain')).toBe(referenceData.domains.length);
    expect(counts.get('Department')).toBe(depts * 5);
    expect(counts.get('Department-OF_REGION->Region')).toBe(depts * 5);
    expect(counts.get('Department-COUNTERPART_OF->Department')).toBe(depts * 4);
  });

  it('is committed as cypher/reference.cypher and up to date (run `plangraph build --reference` to fix)', () => {
    const committed = readFileSync(path.join(root, 'cypher/reference.cypher'), 'utf8');
    expect(committed).toBe(buildReferenceScript());
  });
});
