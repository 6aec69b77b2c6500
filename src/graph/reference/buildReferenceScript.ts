import { createHash } from 'node:crypto';
import type { NodeSet, RelSet } from '../model';
import { renderScript } from '../script/statement';
import type { GraphWrite, WriteStatement } from '../write';
import { nodeStatements, relStatements } from '../script/unwind';
import { referenceData, type ReferenceData, type ReferenceRegion } from './data';
import { counterpartRegion, departmentProps } from './departments';
import { regionProps } from './regions';

const HEADER = [
  'Plan Graph reference data: regions, policy domains, departments and their counterparts.',
  'Generated from data/*.json by `plangraph build --reference`; edit the JSON and regenerate, never this file.',
  'Load after cypher/schema.cypher and before any plan script.',
];

function regionNodes(data: ReferenceData): NodeSet {
  return {
    label: 'Region',
    key: 'code',
    mode: 'owned',
    comment: 'Regions',
    rows: data.regions.map(regionProps),
  };
}

function departmentRegions(data: ReferenceData): ReferenceRegion[] {
  const codes = new Set(['chongqing', ...data.districtRegions]);
  return data.regions.filter((r) => codes.has(r.code));
}

function departmentSets(data: ReferenceData): { nodes: NodeSet; rels: RelSet[] } {
  const regions = departmentRegions(data);
  const rows = regions.flatMap((region) => data.departments.map((d) => departmentProps(d, region)));
  const ofRegion = regions.flatMap((region) =>
    data.departments.map((d) => ({ from: departmentProps(d, region).id as string, to: region.code })),
  );
  const counterparts = regions.flatMap((region) => {
    const parent = counterpartRegion(data, region);
    if (parent === undefined) return [];
    return data.departments.map((d) => ({
      from: departmentProps(d, region).id as string,
      to: departmentProps(d, parent).id as string,
      props: { basis: 'reference', evidence: 'data/departments.json' },
    }));
  });
  const dept = { label: 'Department', key: 'id' } as const;
  return {
    nodes: { ...dept, mode: 'owned', comment: 'Departments of the municipality and of every corpus district', rows },
    rels: [
      {
        type: 'OF_REGION',
        from: dept,
        to: { label: 'Region', key: 'code' },
        mode: 'owned',
        comment: 'Departments belong to their region',
        rows: ofRegion,
      },
      {
        type: 'COUNTERPART_OF',
        from: dept,
        to: dept,
        mode: 'owned',
        comment: 'District departments answer to their municipal counterparts',
        rows: counterparts,
      },
    ],
  };
}

// Domains are only ever created here, so a domain dropped from data/domains.json is dropped from the graph too.
const domainSweep = (data: ReferenceData): WriteStatement => ({
  comment: 'Remove domains no longer in data/domains.json',
  cypher: 'UNWIND $rows AS row\nMATCH (d:Domain)\nWHERE NOT d.id IN row.keep\nDETACH DELETE d',
  rows: [{ keep: data.domains.map((d) => d.id) }],
});

/** The whole reference data set as one idempotent write (its script is committed as cypher/reference.cypher). */
export function referenceWrite(data: ReferenceData = referenceData): GraphWrite {
  const departments = departmentSets(data);
  const partOf: RelSet = {
    type: 'PART_OF',
    from: { label: 'Region', key: 'code' },
    to: { label: 'Region', key: 'code' },
    mode: 'owned',
    comment: 'Districts and counties are part of the municipality',
    rows: data.regions.flatMap((r) => (r.partOf === undefined ? [] : [{ from: r.code, to: r.partOf }])),
  };
  const domains: NodeSet = {
    label: 'Domain',
    key: 'id',
    mode: 'owned',
    comment: 'Policy domains (the controlled vocabulary items are tagged with)',
    rows: data.domains.map((d) => ({ id: d.id, name: d.name, nameZh: d.nameZh, keywords: d.keywords })),
  };
  const statements = [
    ...nodeStatements(regionNodes(data), null),
    ...relStatements(partOf, null),
    ...nodeStatements(domains, null),
    domainSweep(data),
    ...nodeStatements(departments.nodes, null),
    ...departments.rels.flatMap((r) => relStatements(r, null)),
  ];
  const revision = createHash('sha256')
    .update(JSON.stringify([HEADER, statements]))
    .digest('hex')
    .slice(0, 16);
  return { header: [...HEADER, `revision: ${revision}`], statements, plans: [] };
}

export const buildReferenceScript = (data: ReferenceData = referenceData): string => renderScript(referenceWrite(data));
