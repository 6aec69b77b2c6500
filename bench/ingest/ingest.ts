import { readdirSync } from 'node:fs';
import path from 'node:path';
import { alignPlans } from '../../src/align';
import { PARSER_VERSION } from '../../src/cli/commands/build';
import { projectRoot } from '../../src/config/env';
import type { Executor } from '../../src/db/executor';
import { loadScripts, loadScriptText } from '../../src/db/script/loadScripts';
import { buildPlanScript } from '../../src/graph';
import { readPlanFile, type PlanDocument } from '../../src/ingest';
import type { CorpusPlan } from '../corpus/corpus';
import { resetDatabase } from '../db';
import { seconds, secondsAsync, spread, type Spread } from '../stats';
import { buildNaiveScript, revisionOf } from './naive';

export interface LoadFigures {
  plans: number;
  statements: number;
  /** nodes + relationships created */
  written: number;
  perSecond: Spread;
  seconds: Spread;
}

export interface IngestResult {
  plans: number;
  indicators: number;
  parsePerSecond: Spread;
  buildPerSecond: Spread;
  batched: LoadFigures;
  naive: LoadFigures;
  alignSeconds: Spread;
  rollUpLinks: number;
}

export interface IngestOptions {
  runs: number;
  /** Load runs (each loads the corpus twice, naive and batched). */
  loadRuns: number;
  /** Compare the two load paths on the first n plans only (the naive one is slow). */
  naiveLimit: number;
  log: (line: string) => void;
}

interface Script { name: string; text: string }

async function loadAll(executor: Executor, scripts: readonly Script[]): Promise<{ seconds: number; written: number }> {
  const { value, seconds: s } = await secondsAsync(async () => {
    let written = 0;
    for (const script of scripts) {
      const result = await loadScriptText(executor, script.name, script.text, { by: 'bench' });
      written += result.counters.nodesCreated + result.counters.relationshipsCreated;
    }
    return written;
  });
  return { seconds: s, written: value };
}

const statementsIn = (scripts: readonly Script[]) => scripts.reduce((n, s) => n + s.text.split(';\n').length - 1, 0);

/** The real plans keep their cwd-relative path, so their scripts are byte-identical to the committed ones. */
const asGiven = (file: string) => (file.startsWith(projectRoot) ? path.relative(process.cwd(), file) : file);

export async function measureIngest(executor: Executor, corpus: readonly CorpusPlan[], opts: IngestOptions): Promise<IngestResult> {
  const parseRuns: number[] = [];
  let docs: PlanDocument[] = [];
  for (let i = 0; i < opts.runs; i++) {
    const run = seconds(() => corpus.map((p) => readPlanFile(asGiven(p.file))));
    docs = run.value;
    parseRuns.push(corpus.length / run.seconds);
  }
  const buildRuns: number[] = [];
  let batched: Script[] = [];
  for (let i = 0; i < opts.runs; i++) {
    const run = seconds(() => docs.map((d) => ({ name: `${d.metadata.id}.cypher`, text: buildPlanScript(d, { parserVersion: PARSER_VERSION }) })));
    batched = run.value;
    buildRuns.push(docs.length / run.seconds);
  }
  opts.log(`parsed ${docs.length} plans, built ${batched.length} scripts`);

  const compared = batched.slice(0, opts.naiveLimit);
  const naive = compared.map((s, i) => ({ name: s.name.replace('.cypher', '.naive.cypher'), text: buildNaiveScript(docs[i] as PlanDocument, revisionOf(s.text), { parserVersion: PARSER_VERSION }) }));
  const runsOf = { naive: [] as Array<{ seconds: number; written: number }>, batched: [] as Array<{ seconds: number; written: number }> };
  for (let i = 0; i < opts.loadRuns; i++) {
    for (const mode of ['naive', 'batched'] as const) {
      await resetDatabase(executor);
      const run = await loadAll(executor, mode === 'naive' ? naive : compared);
      opts.log(`load run ${i + 1}/${opts.loadRuns} ${mode}: ${run.written} nodes+rels in ${run.seconds.toFixed(2)} s`);
      runsOf[mode].push(run);
    }
  }
  await loadAll(executor, batched.slice(opts.naiveLimit));
  await loadScripts({ executor, files: curationScripts(), by: 'bench' });

  const alignRuns: number[] = [];
  let rollUpLinks = 0;
  for (let i = 0; i < opts.runs; i++) {
    const run = await secondsAsync(() => alignPlans({ executor }));
    alignRuns.push(run.seconds);
    rollUpLinks = run.value.rollsUpTo;
    opts.log(`align run ${i + 1}: ${run.seconds.toFixed(2)} s`);
  }
  const figures = (scripts: Script[], runs: Array<{ seconds: number; written: number }>): LoadFigures => ({
    plans: scripts.length,
    statements: statementsIn(scripts),
    written: runs[0]?.written ?? 0,
    perSecond: spread(runs.map((r) => r.written / r.seconds)),
    seconds: spread(runs.map((r) => r.seconds)),
  });
  return {
    plans: docs.length,
    indicators: docs.reduce((n, d) => n + d.indicators.length, 0),
    parsePerSecond: spread(parseRuns),
    buildPerSecond: spread(buildRuns),
    batched: figures(compared, runsOf.batched),
    naive: figures(naive, runsOf.naive),
    alignSeconds: spread(alignRuns),
    rollUpLinks,
  };
}

function curationScripts(): string[] {
  const dir = path.join(projectRoot, 'cypher', 'curation');
  return readdirSync(dir).filter((f) => f.endsWith('.cypher')).sort().map((f) => path.join(dir, f));
}
