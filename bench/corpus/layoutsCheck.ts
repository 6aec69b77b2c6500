import { readFileSync } from 'node:fs';
import { readPlanFile } from '../../src/ingest';
import { parsePlan } from '../../src/ingest/parsePlan';
import { readSidecar } from '../../src/ingest/sidecar';
import type { Indicator } from '../../src/ingest/types';
import { bundledPlanFiles, CELLS, sameCells } from './cells';
import { LAYOUT_VARIANTS } from './layouts';
import { relayoutPlan } from './relayout';

// `tsx bench/corpus/layoutsCheck.ts`: re-lays every bundled table out in every layout (LF, and
// CRLF with a BOM) and counts the rows and cells that read back as the original parse read them.

const fold = (v: unknown): string =>
  JSON.stringify(v)
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/＞/g, '>')
    .replace(/＜/g, '<');

const files = bundledPlanFiles();
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
        const same = sameCells(row, expected, fold);
        cells += same;
        if (same === CELLS.length) rows++;
      });
    }
    process.stdout.write(
      `| ${variant.name}${crlfBom ? ', CRLF + BOM' : ''} | ${rows}/${totalRows} | ${cells}/${totalRows * CELLS.length} |\n`,
    );
  }
}
