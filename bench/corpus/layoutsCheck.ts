import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/config/env';
import { readPlanFile } from '../../src/ingest';
import { parsePlan } from '../../src/ingest/parsePlan';
import { readSidecar } from '../../src/ingest/sidecar';
import type { Indicator } from '../../src/ingest/types';
import { LAYOUT_VARIANTS } from './layouts';
import { relayoutPlan } from './relayout';

// `tsx bench/corpus/layoutsCheck.ts`: re-lays every bundled table out in every layout (LF, and
// CRLF with a BOM) and counts the rows and cells that read back as the original parse read them.
// A row has nine cells: 序号, category, name, unit, baseline, target, cited target, attribute, cumulative.

const FIELDS = [
  'seq',
  'category',
  'name',
  'unit',
  'baseline',
  'target',
  'municipalTarget',
  'attribute',
  'cumulative',
] as const;
const fold = (v: unknown): string =>
  JSON.stringify(v)
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/＞/g, '>')
    .replace(/＜/g, '<');

const dir = path.join(projectRoot, 'plans');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => path.join(dir, f));
process.stdout.write('| layout | rows | cells |\n|---|---|---|\n');
for (const variant of LAYOUT_VARIANTS) {
  for (const crlfBom of [false, true]) {
    let rows = 0,
      cells = 0,
      totalRows = 0;
    for (const file of files) {
      const doc = readPlanFile(file);
      const text = relayoutPlan(readFileSync(file, 'utf8'), doc, { ...variant.options, crlfBom }).text;
      const got = parsePlan(text, { source: file, sidecar: readSidecar(file) }).indicators;
      totalRows += doc.indicators.length;
      doc.indicators.forEach((want: Indicator, k) => {
        const row = got[k];
        if (!row) return;
        const expected = variant.options.categories === 'none' ? { ...want, category: null } : want;
        const same = FIELDS.filter((f) => fold(row[f]) === fold(expected[f])).length;
        cells += same;
        if (same === FIELDS.length) rows++;
      });
    }
    process.stdout.write(
      `| ${variant.name}${crlfBom ? ', CRLF + BOM' : ''} | ${rows}/${totalRows} | ${cells}/${totalRows * FIELDS.length} |\n`,
    );
  }
}
