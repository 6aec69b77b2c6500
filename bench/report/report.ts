import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Scale } from '../corpus/corpus';
import type { BenchDb } from '../db';
import type { IngestResult } from '../ingest/ingest';
import type { StoryFigures } from '../load/queries';
import { fmt, ratio, table } from './format';
import { latencySvg, type Point } from './plot';

export const RESULTS_DIR = path.join(__dirname, '..', 'results');

export interface ScaleResult {
  scale: Scale;
  date: string;
  ingest: IngestResult;
  queries: StoryFigures[];
}

const SCALES: Scale[] = ['small', 'medium', 'large'];

function loadResults(): ScaleResult[] {
  return SCALES.map((s) => path.join(RESULTS_DIR, `${s}.json`)).filter(existsSync).map((f) => JSON.parse(readFileSync(f, 'utf8')) as ScaleResult);
}

function ingestTable(results: ScaleResult[]): string {
  return table(
    ['scale', 'plans', 'indicators', 'parse plans/s', 'build scripts/s', 'load nodes+rels/s batched', 'naive', 'batched / naive', 'align s', 'ROLLS_UP_TO'],
    results.map(({ scale, ingest: i }) => [
      scale, String(i.plans), String(i.indicators), fmt(i.parsePerSecond), fmt(i.buildPerSecond),
      `${fmt(i.batched.perSecond)} (${i.batched.plans} plans, ${i.batched.statements} stmts)`, `${fmt(i.naive.perSecond)} (${i.naive.statements} stmts)`,
      ratio(i.batched.perSecond, i.naive.perSecond), fmt(i.alignSeconds), String(i.rollUpLinks),
    ]),
  );
}

function queryTable(r: ScaleResult): string {
  const pairs = r.queries.filter((q) => q.server === 'planGraph').map((pg) => [pg, r.queries.find((b) => b.server === 'baseline' && b.story === pg.story && b.connections === pg.connections)] as const);
  return table(
    ['story', 'clients', 'req/s PG', 'req/s base', 'ratio', 'p50 ms PG', 'ratio', 'p95 ms PG', 'ratio', 'p99 ms PG', 'ratio', 'round trips PG / base', 'heap MB PG / base', 'failed'],
    pairs.map(([pg, b]) => [
      pg.story, String(pg.connections), fmt(pg.perSecond), b ? fmt(b.perSecond) : '—', b ? ratio(pg.perSecond, b.perSecond) : '—',
      fmt(pg.p50), b ? ratio(pg.p50, b.p50) : '—', fmt(pg.p95), b ? ratio(pg.p95, b.p95) : '—', fmt(pg.p99), b ? ratio(pg.p99, b.p99) : '—',
      `${pg.roundTrips} / ${b?.roundTrips ?? '—'}`, `${pg.heapMb.median.toFixed(0)} / ${b?.heapMb.median.toFixed(0) ?? '—'}`, `${pg.failures} / ${b?.failures ?? '—'}`,
    ]),
  );
}

function growthTable(results: ScaleResult[]): string {
  const stories = [...new Set(results.flatMap((r) => r.queries.map((q) => q.story)))];
  const at = (r: ScaleResult, story: string, server: string) => r.queries.find((q) => q.story === story && q.server === server && q.connections === 1);
  return table(
    ['story (p50 ms, 1 client)', ...results.flatMap((r) => [`${r.scale} PG`, `${r.scale} base`])],
    stories.map((s) => [s, ...results.flatMap((r) => [at(r, s, 'planGraph'), at(r, s, 'baseline')].map((q) => (q ? fmt(q.p50) : '—')))]),
  );
}

/** Writes bench/results/latest.md and latency.svg from every scale measured so far; returns the markdown. */
export async function writeReport(db: BenchDb): Promise<string> {
  const results = loadResults();
  const info = await db.executor.serverInfo();
  const machine = `${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}, Neo4j ${info.version} ${info.edition}`;
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
    ...results.flatMap((r) => [`## Queries under load — ${r.scale} (${r.ingest.plans} plans, ${r.ingest.indicators} indicators; run ${r.date})`, '', queryTable(r), '']),
    '## Growth',
    '',
    growthTable(results),
    '',
    '![p50 latency vs scale](latency.svg)',
    '',
  ].join('\n');
  writeFileSync(path.join(RESULTS_DIR, 'latest.md'), md);
  const points: Point[] = results.flatMap((r) => r.queries.filter((q) => q.connections === 1).map((q) => ({ scale: r.scale, indicators: r.ingest.indicators, story: q.story, server: q.server, p50: Math.max(q.p50.median, 0.1) })));
  writeFileSync(path.join(RESULTS_DIR, 'latency.svg'), await latencySvg(points));
  return md;
}
