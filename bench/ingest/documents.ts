// Per plan and format: indicator rows and cells recovered against the plan's text, and the parse
// time (median of 5 runs, reading the file included). Run: npx tsx bench/ingest/documents.ts
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { readPlanDocument, type PlanDocument } from '../../src/ingest';
import { bundledPlanFiles, CELLS, sameCells } from '../corpus/cells';

const IDS = bundledPlanFiles().map((f) => path.basename(f, '.txt'));
const FORMATS = ['txt', 'docx', 'html', 'pdf'] as const;
const RUNS = 5;

const fileOf = (id: string, format: string) =>
  format === 'txt' ? path.join('plans', `${id}.txt`) : path.join('test', 'fixtures', 'documents', `${id}.${format}`);

async function main(): Promise<void> {
  const rows: string[] = ['| plan | format | rows | cells | parse ms (median of 5) |', '|---|---|---|---|---|'];
  const totals = new Map<string, { rows: number; cells: number; of: number; ms: number }>();
  for (const id of IDS) {
    const text = await readPlanDocument(fileOf(id, 'txt'));
    for (const format of FORMATS) {
      const times: number[] = [];
      let doc: PlanDocument = text;
      for (let i = 0; i < RUNS; i++) {
        const t0 = performance.now();
        doc = await readPlanDocument(fileOf(id, format));
        times.push(performance.now() - t0);
      }
      const ms = times.sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? 0;
      const sameRows = text.indicators.filter((r, i) => sameCells(doc.indicators[i], r) === CELLS.length).length;
      const cells = text.indicators.reduce((n, r, i) => n + sameCells(doc.indicators[i], r), 0);
      const of = text.indicators.length * CELLS.length;
      rows.push(`| ${id} | ${format} | ${sameRows}/${text.indicators.length} | ${cells}/${of} | ${ms.toFixed(0)} |`);
      const t = totals.get(format) ?? { rows: 0, cells: 0, of: 0, ms: 0 };
      totals.set(format, { rows: t.rows + sameRows, cells: t.cells + cells, of: t.of + of, ms: t.ms + ms });
    }
  }
  for (const [format, t] of totals)
    rows.push(
      `| all ${IDS.length} | ${format} | ${t.rows}/${t.of / CELLS.length} | ${t.cells}/${t.of} | ${t.ms.toFixed(0)} in all |`,
    );
  process.stdout.write(`${rows.join('\n')}\n`);
}

void main();
