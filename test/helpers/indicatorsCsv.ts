import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPlanFile, type Indicator, type PlanDocument, type YearValue } from '../../src/ingest';

const PLANS = join(__dirname, '../../plans');

// Test-side CSV writing only (the product reads CSV with csv-parse): quote every cell.
const quote = (cell: string): string => `"${cell.replace(/"/g, '""')}"`;

type ValueKey = 'baseline' | 'target' | 'municipalTarget';
const VALUES: ValueKey[] = ['baseline', 'target', 'municipalTarget'];

/**
 * The rows of a parsed table as an `<name>.indicators.csv`. A value column is written only when some
 * row has it, so that reading the CSV back gives null where the printed table had no such column.
 */
export function indicatorsToCsv(rows: readonly Indicator[], opts: { eol?: string; cumulative?: boolean } = {}): string {
  const eol = opts.eol ?? '\n';
  const values = VALUES.filter((k) => rows.some((r) => r[k] !== null));
  const header = [
    'seq',
    'category',
    'name',
    'unit',
    ...values.flatMap((k) => [k, `${k}Year`]),
    'attribute',
    ...(opts.cumulative ? ['cumulative'] : []),
  ];
  const cell = (v: YearValue | null): string[] => [v?.raw ?? '', v?.year === null || v === null ? '' : String(v.year)];
  const lines = rows.map((r) => [
    String(r.seq),
    r.category ?? '',
    r.name,
    r.unit ?? '',
    ...values.flatMap((k) => cell(r[k])),
    r.attribute ?? '',
    ...(opts.cumulative ? [String(r.cumulative)] : []),
  ]);
  return [header, ...lines].map((l) => l.map(quote).join(',')).join(eol) + eol;
}

/** An indicator without its provenance: what must be equal whichever table it was read from. */
export const withoutProvenance = ({ lines: _lines, sidecar: _sidecar, ...rest }: Indicator) => rest;

export interface SidecarPlan {
  dir: string;
  planFile: string;
  csvFile: string;
  /** The bundled plan as parsed from its own text. */
  original: PlanDocument;
}

/**
 * A bundled plan copied into a temp dir with its indicator table blanked out (line numbers kept),
 * and a sidecar CSV derived from the original parse. `keepTable` leaves the printed table in.
 */
export function planWithSidecar(
  name: string,
  opts: { keepTable?: boolean; csv?: (original: PlanDocument) => string } = {},
): SidecarPlan {
  const source = join(PLANS, `${name}.txt`);
  const original = readPlanFile(source);
  const dir = mkdtempSync(join(tmpdir(), 'plangraph-csv-'));
  const planFile = join(dir, `${name}.txt`);
  const table = original.indicatorTable;
  if (opts.keepTable || table === null) {
    copyFileSync(source, planFile);
  } else {
    const lines = readFileSync(source, 'utf8').split('\n');
    const blanked = lines.map((l, i) => (i + 1 >= table.lines[0] && i + 1 <= table.lines[1] ? '' : l));
    writeFileSync(planFile, blanked.join('\n'));
  }
  const meta = join(PLANS, `${name}.meta.json`);
  if (existsSync(meta)) copyFileSync(meta, join(dir, `${name}.meta.json`));
  const csvFile = join(dir, `${name}.indicators.csv`);
  writeFileSync(csvFile, opts.csv ? opts.csv(original) : indicatorsToCsv(original.indicators));
  return { dir, planFile, csvFile, original };
}
