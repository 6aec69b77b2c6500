import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Scale } from '../corpus/corpus';
import type { BenchDb } from '../db';
import type { IngestResult } from '../ingest/ingest';
import { SERVERS, type Server, type StoryFigures } from '../load/queries';
import { fmt, ratio, table } from './format';
import { latencySvg, type Point } from './plot';

export const RESULTS_DIR = path.join(__dirname, '..', 'results');

export interface ScaleResult {
  scale: Scale;
  date: string;
  ingest: IngestResult;
  queries: StoryFigures[];
  /** When the query figures were measured, if not with the ingest (`--only ingest` keeps the last ones). */
  queriesDate?: string;
}

const SCALES: Scale[] = ['small', 'medium', 'large'];

function loadResults(dir: string): ScaleResult[] {
  return SCALES.map((s) => path.join(dir, `${s}.json`))
    .filter(existsSync)
    .map((f) => JSON.parse(readFileSync(f, 'utf8')) as ScaleResult);
}

function ingestTable(results: ScaleResult[]): string {
  const load = (f: IngestResult['batched'] | undefined, stmts = true) =>
    f ? `${fmt(f.perSecond)} (${f.plans} plans${stmts ? `, ${f.statements} stmts` : ''})` : '—';
  return table(
    [
      'scale',
      'plans',
      'indicators',
      'parse plans/s',
      'build writes/s',
      'load nodes+rels/s as data, merged',
      'as data, a transaction per plan',
      'naive',
      'as scripts (:param)',
      'merged / naive',
      'per plan / naive',
    ],
    results.map(({ scale, ingest: i }) => [
      scale,
      String(i.plans),
      String(i.indicators),
      fmt(i.parsePerSecond),
      fmt(i.buildPerSecond),
      load(i.batched),
      load(i.perPlan, false),
      load(i.naive),
      load(i.script, false),
      ratio(i.batched.perSecond, i.naive.perSecond),
      i.perPlan ? ratio(i.perPlan.perSecond, i.naive.perSecond) : '—',
    ]),
  );
}

function writesTable(results: ScaleResult[]): string {
  const measured = results.filter((r) => r.ingest.scratch !== undefined);
  return table(
    [
      'scale',
      'from scratch: load s',
      'nodes+rels',
      'nodes+rels/s',
      'full align s',
      'load + align s',
      'align --all s',
      'ROLLS_UP_TO',
      'add one plan s',
      'curate one pair ms',
    ],
    measured.map(({ scale, ingest: i }) => [
      scale,
      fmt(i.scratch.loadSeconds),
      String(i.scratch.written),
      String(Math.round(i.scratch.written / i.scratch.loadSeconds.median)),
      fmt(i.scratch.alignSeconds),
      fmt(i.scratch.totalSeconds),
      fmt(i.alignSeconds),
      String(i.rollUpLinks),
      fmt(i.addSeconds),
      fmt(i.curateMs),
    ]),
  );
}

const LABEL: Record<Server, string> = { planGraph: 'PG', planGraphNoCache: 'PG no cache', baseline: 'base' };

function queryTable(r: ScaleResult, server: Exclude<Server, 'baseline'>): string {
  const pairs = r.queries
    .filter((q) => q.server === server)
    .map(
      (pg) =>
        [
          pg,
          r.queries.find((b) => b.server === 'baseline' && b.story === pg.story && b.connections === pg.connections),
        ] as const,
    );
  return table(
    [
      'story',
      'clients',
      `req/s ${LABEL[server]}`,
      'req/s base',
      'ratio',
      `p50 ms ${LABEL[server]}`,
      'ratio',
      'p95 ms',
      'ratio',
      'p99 ms',
      'ratio',
      `round trips ${LABEL[server]} / base`,
      'heap MB / base',
      'failed',
    ],
    pairs.map(([pg, b]) => [
      pg.story,
      String(pg.connections),
      fmt(pg.perSecond),
      b ? fmt(b.perSecond) : '—',
      b ? ratio(pg.perSecond, b.perSecond) : '—',
      fmt(pg.p50),
      b ? ratio(pg.p50, b.p50) : '—',
      fmt(pg.p95),
      b ? ratio(pg.p95, b.p95) : '—',
      fmt(pg.p99),
      b ? ratio(pg.p99, b.p99) : '—',
      `${pg.roundTrips} / ${b?.roundTrips ?? '—'}`,
      `${pg.heapMb.median.toFixed(0)} / ${b?.heapMb.median.toFixed(0) ?? '—'}`,
      `${pg.failures} / ${b?.failures ?? '—'}`,
    ]),
  );
}

function growthTable(results: ScaleResult[]): string {
  const stories = [...new Set(results.flatMap((r) => r.queries.map((q) => q.story)))];
  const at = (r: ScaleResult, story: string, server: string) =>
    r.queries.find((q) => q.story === story && q.server === server && q.connections === 1);
  return table(
    ['story (p50 ms, 1 client)', ...results.flatMap((r) => SERVERS.map((s) => `${r.scale} ${LABEL[s]}`))],
    stories.map((s) => [
      s,
      ...results.flatMap((r) => SERVERS.map((server) => at(r, s, server)).map((q) => (q ? fmt(q.p50) : '—'))),
    ]),
  );
}

const queriesSection = (r: ScaleResult) => [
  `## Queries under load — ${r.scale} (${r.ingest.plans} plans, ${r.ingest.indicators} indicators; run ${r.queriesDate ?? r.date})`,
  '',
  'Plan Graph as shipped (shared read cache on; every request still checks the graph revision: 1 round trip) vs @neo4j/graphql:',
  '',
  queryTable(r, 'planGraph'),
  '',
  'Plan Graph with the cache off (`PLANGRAPH_CACHE_MB=0`: every question as if asked for the first time after a load) vs @neo4j/graphql:',
  '',
  queryTable(r, 'planGraphNoCache'),
  '',
];

/** Writes latest.md and latency.svg into `dir` (bench/results) from every scale measured there; returns the markdown. */
export async function writeReport(db: BenchDb, dir = RESULTS_DIR): Promise<string> {
  const results = loadResults(dir);
  const info = await db.executor.serverInfo();
  const machine =
    `${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ` +
    `Node ${process.version}, Neo4j ${info.version} ${info.edition}`;
  const md = [
    '# Plan Graph benchmark',
    '',
    `Machine: ${machine}. Written ${new Date().toISOString()}; each scale's run date is in its section.`,
    'Figures are `median (min–max)` over the runs; ratios are Plan Graph / @neo4j/graphql on medians (req/s: higher is better; latency: lower is better).',
    '',
    '## Ingest',
    '',
    ingestTable(results),
    '',
    '### City-scale writes (medians of the runs)',
    '',
    writesTable(results),
    '',
    ...results.flatMap(queriesSection),
    '## Growth',
    '',
    growthTable(results),
    '',
    '![p50 latency vs scale](latency.svg)',
    '',
  ].join('\n');
  writeFileSync(path.join(dir, 'latest.md'), md);
  const points: Point[] = results.flatMap((r) =>
    r.queries
      .filter((q) => q.connections === 1)
      .map((q) => ({
        scale: r.scale,
        indicators: r.ingest.indicators,
        story: q.story,
        server: LABEL[q.server],
        p50: Math.max(q.p50.median, 0.1),
      })),
  );
  writeFileSync(path.join(dir, 'latency.svg'), await latencySvg(points));
  return md;
}
