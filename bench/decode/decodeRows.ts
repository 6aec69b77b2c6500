import { performance } from 'node:perf_hooks';
import { withDatabase } from '../../src/cli/connect';
import type { Executor, Params, Row } from '../../src/db/executor';
import { follow, HOPS } from '../../src/data/hops';
import { listIndicators } from '../../src/data/indicators';
import { indicatorMatrix } from '../../src/data/matrix';
import { listPlans } from '../../src/data/plans';
import type { FieldSelection, SelectionSet } from '../../src/data/planner/selection';
import * as shapes from '../../src/data/shapes';
import { median } from '../stats';
import type {
  IndicatorRecord,
  MatrixColumnRecord,
  MatrixRecord,
  MeasureRecord,
  Page,
  PlanRecord,
  RegionRecord,
} from '../../src/data/records';

// What decoding rows at the boundary costs (src/data/decode.ts, shapes.ts): the rows of the
// largest reads are fetched once from a loaded database (the one `npm start` would use: set
// PLANGRAPH_NEO4J_HOME / PLANGRAPH_NEO4J_BOLT_PORT or NEO4J_URI), then replayed with no I/O through
// (a) the mapping as it was before, rows cast to their records, and (b) the real read functions,
// which now decode. The two run interleaved, round by round, so machine noise falls on both.
// `nested` is the bench's nested plans story as a planned read (planner/roots.ts): before, only
// each plan was decoded; now every node and step nested under `_planned` is too.
// Run: npx tsx bench/decode/decodeRows.ts [--rounds 15] [--iterations 200]

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const ROUNDS = arg('rounds', 15);
const ITERATIONS = arg('iterations', 200);

/** An executor that answers every read with the rows captured for its Cypher. */
function replay(captured: Map<string, Row[]>): Executor {
  const read = (cypher: string) => Promise.resolve(captured.get(cypher) ?? []);
  return { read } as unknown as Executor;
}

/** An executor that reads through `executor` and keeps what each Cypher returned. */
function recording(executor: Executor, captured: Map<string, Row[]>): Executor {
  const read = async (cypher: string, params?: Params) => {
    const rows = await executor.read(cypher, params);
    captured.set(cypher, rows);
    return rows;
  };
  return { read } as unknown as Executor;
}

// The mapping before this change (main at be82eaf), verbatim but for names: casts, no checks.
const before = {
  async matrix(executor: Executor): Promise<MatrixRecord> {
    const [row = {}] = await executor.read(MATRIX_CYPHER.value);
    const offset = 0;
    const columns = ((row.columns ?? []) as ColumnRow[]).map((c, index): MatrixColumnRecord => ({
      ...c,
      index,
      label: `${c.region?.name ?? c.measure?.name ?? c.key}${period(c.periodStart, c.periodEnd)}`,
    }));
    const rows = ((row.rows ?? []) as CellRow[][]).map((cells, k) => {
      const [first] = cells;
      return {
        position: offset + k,
        key: first?.key ?? '',
        label: first?.measure?.name ?? first?.region?.name ?? first?.key ?? '',
        measure: first?.measure ?? null,
        region: first?.region ?? null,
        cells: cells.map((c) => ({ column: c.column, indicator: c.indicator })),
      };
    });
    return { rowsBy: 'MEASURE', columns, rows, offset, totalRows: Number(row.total ?? 0) };
  },
  async indicators(executor: Executor): Promise<Page<IndicatorRecord>> {
    const [row = {}] = await executor.read(INDICATORS_CYPHER.value);
    return { items: (row.items as IndicatorRecord[] | undefined) ?? [], offset: 0, totalCount: Number(row.total ?? 0) };
  },
  async plans(executor: Executor): Promise<Page<PlanRecord>> {
    const [row = {}] = await executor.read(PLANS_CYPHER.value);
    return { items: (row.items as PlanRecord[] | undefined) ?? [], offset: 0, totalCount: Number(row.total ?? 0) };
  },
  // As planned reads were decoded before this change: each plan, nothing under it.
  async nested(executor: Executor): Promise<Page<PlanRecord>> {
    const rows = await executor.read(NESTED_CYPHER.value);
    return {
      items: rows.filter((row) => row.item !== null).map((row, i) => shapes.plan(row.item, `items[${i}]`)),
      offset: 0,
      totalCount: Number(rows[0]?.total ?? 0),
    };
  },
  async instances(executor: Executor, keys: readonly string[]): Promise<IndicatorRecord[][]> {
    const rows = await executor.read(HOPS.measureInstances, { keys: [...keys] });
    const byKey = new Map<string, IndicatorRecord[]>(keys.map((k) => [k, []]));
    for (const row of rows) byKey.get(String(row.key))?.push(row.item as IndicatorRecord);
    return keys.map((k) => byKey.get(k) ?? []);
  },
};
interface ColumnRow {
  key: string;
  periodStart: number | null;
  periodEnd: number | null;
  measure: MeasureRecord | null;
  region: RegionRecord | null;
}
interface CellRow {
  column: number;
  indicator: IndicatorRecord;
  measure: MeasureRecord | null;
  region: RegionRecord | null;
  key: string;
}
const period = (start: number | null, end: number | null) =>
  start === null && end === null ? '' : ` ${start ?? '?'}–${end ?? '?'}`;
const MATRIX_CYPHER = { value: '' };
const INDICATORS_CYPHER = { value: '' };
const PLANS_CYPHER = { value: '' };

const after = {
  matrix: (executor: Executor) => indicatorMatrix(executor, 'MEASURE', {}, 0, 100_000),
  indicators: (executor: Executor) => listIndicators(executor, {}, 0, 100_000),
  plans: (executor: Executor) => listPlans(executor, {}, 0, 100_000),
  instances: (executor: Executor, keys: readonly string[]) => follow(executor, 'measureInstances', keys),
  nested: (executor: Executor) => listPlans(executor, {}, 0, 20, NESTED),
};

// { plans(first: 20) { nodes { id title chapters { id title }
//     indicators { nodes { id name rollsUpTo { to { id name } score } } } } } }: bench/load/stories.ts
const leaf = (name: string): FieldSelection => ({ name, args: {}, fields: null });
const node = (name: string, fields: Array<[string, FieldSelection]>, window?: FieldSelection['window']) => ({
  name,
  args: {},
  fields: new Map(fields),
  ...(window ? { window } : {}),
});
const NESTED: SelectionSet = new Map([
  [
    'nodes',
    node('nodes', [
      ['id', leaf('id')],
      ['title', leaf('title')],
      [
        'chapters',
        node('chapters', [
          ['id', leaf('id')],
          ['title', leaf('title')],
        ]),
      ],
      [
        'indicators',
        node(
          'indicators',
          [
            [
              'nodes',
              node('nodes', [
                ['id', leaf('id')],
                ['name', leaf('name')],
                [
                  'rollsUpTo',
                  node('rollsUpTo', [
                    [
                      'to',
                      node('to', [
                        ['id', leaf('id')],
                        ['name', leaf('name')],
                      ]),
                    ],
                    ['score', leaf('score')],
                  ]),
                ],
              ]),
            ],
          ],
          { offset: 0, limit: 100 },
        ),
      ],
    ]),
  ],
]);
const NESTED_CYPHER = { value: '' };

/** Every record a planned answer nests (nodes and roll-up steps), the root items included. */
function records(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v: unknown) => n + records(v), 0);
  if (typeof value !== 'object' || value === null) return 0;
  const row = value as Row;
  const own = 'id' in row || 'score' in row ? 1 : 0;
  const nested = Array.isArray(row._planned) ? (row._planned as Row[]).map((e) => e.value) : [];
  return own + records(row.items ?? []) + records(nested);
}

async function time(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  for (let k = 0; k < ITERATIONS; k++) await work();
  return (performance.now() - started) / ITERATIONS;
}

async function main(): Promise<void> {
  const captured = new Map<string, Row[]>();
  const keys = await withDatabase(async (executor) => {
    const rec = recording(executor, captured);
    await after.matrix(rec);
    MATRIX_CYPHER.value = [...captured.keys()][0] ?? '';
    await after.indicators(rec);
    INDICATORS_CYPHER.value = [...captured.keys()][1] ?? '';
    await after.plans(rec);
    PLANS_CYPHER.value = [...captured.keys()][2] ?? '';
    const measures = await executor.read('MATCH (m:Measure) RETURN m.id AS id ORDER BY id');
    await after.nested(rec);
    NESTED_CYPHER.value = [...captured.keys()][3] ?? '';
    const ids = measures.map((m) => String(m.id));
    await after.instances(rec, ids);
    return ids;
  });
  const db = replay(captured);
  const counts = {
    matrix: (await after.matrix(db)).rows.reduce((n, r) => n + r.cells.length, 0),
    indicators: (await after.indicators(db)).items.length,
    plans: (await after.plans(db)).items.length,
    instances: (await after.instances(db, keys)).reduce((n, l) => n + l.length, 0),
    nested: records((await after.nested(db)).items),
  };
  const reads = Object.keys(counts) as (keyof typeof counts)[];
  const samples = Object.fromEntries(reads.map((r) => [r, { before: [] as number[], after: [] as number[] }]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const read of reads) {
      // Alternate which goes first, so neither always runs on a warmer heap.
      const order = round % 2 === 0 ? (['before', 'after'] as const) : (['after', 'before'] as const);
      for (const variant of order) {
        const fns = variant === 'before' ? before : after;
        samples[read]![variant].push(await time(() => fns[read](db, keys)));
      }
    }
  }
  console.log(`rounds ${ROUNDS} × ${ITERATIONS} iterations, load average ${(await loadAverage()).join(' ')}`);
  console.log('read | records decoded | before µs/read | after µs/read | decode µs/record (median, range over rounds)');
  for (const read of reads) {
    const { before: b, after: a } = samples[read]!;
    const per = a.map((x, k) => ((x - (b[k] ?? NaN)) * 1000) / counts[read]);
    console.log(
      `${read} | ${counts[read]} | ${(median(b) * 1000).toFixed(0)} | ${(median(a) * 1000).toFixed(0)} | ` +
        `${median(per).toFixed(3)} (${Math.min(...per).toFixed(3)} … ${Math.max(...per).toFixed(3)})`,
    );
  }
}

async function loadAverage(): Promise<string[]> {
  const { loadavg } = await import('node:os');
  return loadavg().map((x) => x.toFixed(2));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
