import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { alignPlans } from '../../src/align';
import { curateRollUp } from '../../src/align/curateRollUp';
import { PARSER_VERSION } from '../../src/manage/planScript';
import { projectRoot } from '../../src/config/env';
import type { Executor } from '../../src/db/executor';
import { loadScripts, loadScriptText } from '../../src/db/script/loadScripts';
import { loadWrites } from '../../src/db/write/runWrite';
import { planWrite, renderScript, type PlanWrite } from '../../src/graph';
import { readPlanFile, type PlanDocument } from '../../src/ingest';
import { addPlans } from '../../src/manage/addPlans';
import { removePlan } from '../../src/manage/removePlan';
import type { CorpusPlan } from '../corpus/corpus';
import { resetDatabase } from '../db';
import { seconds, secondsAsync, spread, type Spread } from '../stats';
import { buildNaiveScript } from './naive';

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
  /** Plan writes built (and rendered as scripts) per second. */
  buildPerSecond: Spread;
  /** npm start's load path: plans' writes as parameters, merged up to 50k rows per transaction. */
  batched: LoadFigures;
  /** The same with one transaction per plan (plangraph add of one plan). */
  perPlan: LoadFigures;
  /** The floor: one MERGE per node and relationship, values as literals, loaded as a script. */
  naive: LoadFigures;
  /** The committed scripts through `plangraph load` (their `:param` lines valued by Neo4j, as cypher-shell does). */
  script: LoadFigures;
  /** The whole corpus into an emptied database, as data, then one full alignment. */
  scratch: { written: number; loadSeconds: Spread; alignSeconds: Spread; totalSeconds: Spread };
  alignSeconds: Spread;
  /** `plangraph add` of one new plan to the loaded corpus: parse, load, align what it touches. */
  addSeconds: Spread;
  /** `curateRollUp` of one pair at this scale, in milliseconds. */
  curateMs: Spread;
  rollUpLinks: number;
}

export interface IngestOptions {
  runs: number;
  /** Load runs of the subset (each loads it three ways: as data, naive, as scripts). */
  loadRuns: number;
  /** Compare the load paths on the first n plans only (the naive one is slow). */
  naiveLimit: number;
  log: (line: string) => void;
}

type Loaded = { seconds: number; written: number };
const created = (c: { nodesCreated: number; relationshipsCreated: number }) => c.nodesCreated + c.relationshipsCreated;

/** Plans as data; `groupRows` 1 is a transaction per plan, the default merges plans up to 50k rows per transaction. */
async function loadAsData(executor: Executor, writes: readonly PlanWrite[], groupRows?: number): Promise<Loaded> {
  const loads = writes.map((w) => ({ write: w, script: { file: `${w.planId}.cypher`, sha256: w.revision } }));
  const { value, seconds: s } = await secondsAsync(async () => {
    const results = await loadWrites(executor, loads, {
      by: 'bench',
      ...(groupRows === undefined ? {} : { groupRows }),
    });
    // A group's records all carry the group's counters: count each transaction once.
    const perTransaction = new Map(results.map((r) => [r.group?.id ?? r.loadId, r.counters]));
    return [...perTransaction.values()].reduce((n, c) => n + created(c), 0);
  });
  return { seconds: s, written: value };
}

async function loadTexts(executor: Executor, scripts: ReadonlyArray<{ name: string; text: string }>): Promise<Loaded> {
  const { value, seconds: s } = await secondsAsync(async () => {
    let written = 0;
    for (const script of scripts)
      written += created((await loadScriptText(executor, script.name, script.text, { by: 'bench' })).counters);
    return written;
  });
  return { seconds: s, written: value };
}

const statementsIn = (texts: ReadonlyArray<{ text: string }>) =>
  texts.reduce((n, s) => n + s.text.split(';\n').length - 1, 0);

/** The real plans keep their cwd-relative path, so their scripts are byte-identical to the committed ones. */
const asGiven = (file: string) => (file.startsWith(projectRoot) ? path.relative(process.cwd(), file) : file);

/** A district public-services plan of 北碚区 (test fixture), added to the loaded corpus. */
const NEW_PLAN = path.join(projectRoot, 'test', 'fixtures', 'plans', 'beibei-2021-2025-public-services.txt');

/** The corpus parsed, loaded from scratch and aligned, curation scripts included: what the queries run on. */
export async function loadCorpus(executor: Executor, corpus: readonly CorpusPlan[], log: (line: string) => void) {
  const writes = corpus.map((p) => planWrite(readPlanFile(asGiven(p.file)), { parserVersion: PARSER_VERSION }));
  await resetDatabase(executor);
  const load = await loadAsData(executor, writes);
  const align = await secondsAsync(() => alignPlans({ executor }));
  await loadScripts({ executor, files: curationScripts(), by: 'bench' });
  log(`loaded ${load.written} nodes+rels in ${load.seconds.toFixed(2)} s, aligned in ${align.seconds.toFixed(2)} s`);
}

export async function measureIngest(
  executor: Executor,
  corpus: readonly CorpusPlan[],
  opts: IngestOptions,
): Promise<IngestResult> {
  const parseRuns: number[] = [];
  let docs: PlanDocument[] = [];
  for (let i = 0; i < opts.runs; i++) {
    const run = seconds(() => corpus.map((p) => readPlanFile(asGiven(p.file))));
    docs = run.value;
    parseRuns.push(corpus.length / run.seconds);
  }
  const buildRuns: number[] = [];
  let writes: PlanWrite[] = [];
  for (let i = 0; i < opts.runs; i++) {
    const run = seconds(() =>
      docs.map((d) => planWrite(d, { parserVersion: PARSER_VERSION })).map((w) => ({ w, text: renderScript(w) })),
    );
    writes = run.value.map((r) => r.w);
    buildRuns.push(docs.length / run.seconds);
  }
  opts.log(`parsed ${docs.length} plans, built ${writes.length} writes`);

  const compared = writes.slice(0, opts.naiveLimit);
  const scripts = compared.map((w) => ({ name: `${w.planId}.cypher`, text: renderScript(w) }));
  const naive = compared.map((w, i) => ({
    name: `${w.planId}.naive.cypher`,
    text: buildNaiveScript(docs[i] as PlanDocument, w.revision, { parserVersion: PARSER_VERSION }),
  }));
  const runsOf = { batched: [] as Loaded[], perPlan: [] as Loaded[], naive: [] as Loaded[], script: [] as Loaded[] };
  for (let i = 0; i < opts.loadRuns; i++) {
    for (const mode of ['naive', 'batched', 'perPlan', 'script'] as const) {
      await resetDatabase(executor);
      const run =
        mode === 'batched'
          ? await loadAsData(executor, compared)
          : mode === 'perPlan'
            ? await loadAsData(executor, compared, 1)
            : await loadTexts(executor, mode === 'naive' ? naive : scripts);
      opts.log(`load run ${i + 1}/${opts.loadRuns} ${mode}: ${run.written} nodes+rels in ${run.seconds.toFixed(2)} s`);
      runsOf[mode].push(run);
    }
  }

  const scratch = { written: 0, load: [] as number[], align: [] as number[] };
  let rollUpLinks = 0;
  for (let i = 0; i < opts.runs; i++) {
    await resetDatabase(executor);
    const load = await loadAsData(executor, writes);
    const align = await secondsAsync(() => alignPlans({ executor }));
    scratch.written = load.written;
    scratch.load.push(load.seconds);
    scratch.align.push(align.seconds);
    rollUpLinks = align.value.rollsUpTo;
    opts.log(
      `from scratch ${i + 1}/${opts.runs}: ${load.written} nodes+rels loaded in ${load.seconds.toFixed(2)} s, aligned in ${align.seconds.toFixed(2)} s`,
    );
  }
  await loadScripts({ executor, files: curationScripts(), by: 'bench' });

  const alignRuns: number[] = [];
  for (let i = 0; i < opts.runs; i++) {
    const run = await secondsAsync(() => alignPlans({ executor }));
    alignRuns.push(run.seconds);
    opts.log(`full align run ${i + 1}: ${run.seconds.toFixed(2)} s`);
  }

  const scriptsDir = mkdtempSync(path.join(tmpdir(), 'plangraph-bench-'));
  // The large corpus has a 北碚 public-services plan of its own, with the fixture's id: removed
  // first (not timed), so that each run adds a plan the graph does not hold, as at other scales.
  const newPlanId = planWrite(readPlanFile(asGiven(NEW_PLAN)), { parserVersion: PARSER_VERSION }).planId;
  if (writes.some((w) => w.planId === newPlanId))
    await removePlan({ executor, planId: newPlanId, by: 'bench', scriptsDir });
  const addRuns: number[] = [];
  for (let i = 0; i < opts.runs; i++) {
    const run = await secondsAsync(() => addPlans({ executor, files: [NEW_PLAN], by: 'bench', scriptsDir }));
    addRuns.push(run.seconds);
    opts.log(`add one plan run ${i + 1}: ${run.seconds.toFixed(2)} s`);
    await removePlan({ executor, planId: run.value.plans[0]!.planId, by: 'bench', scriptsDir });
  }

  const curateRuns: number[] = [];
  const [pair] = await executor.read(
    'MATCH (a:Indicator)-[:ROLLS_UP_TO]->(b:Indicator) RETURN a.id AS from, b.id AS to ORDER BY a.id, b.id LIMIT 1',
  );
  for (let i = 0; pair && i < Math.max(5, opts.runs); i++) {
    const decision = i % 2 === 0 ? 'rejected' : 'accepted';
    const run = await secondsAsync(() =>
      curateRollUp({ executor, from: String(pair.from), to: String(pair.to), decision, by: 'bench', note: null }),
    );
    curateRuns.push(run.seconds * 1000);
  }
  opts.log(`curate one pair: ${curateRuns.map((ms) => ms.toFixed(0)).join(', ')} ms`);

  const figures = (plans: number, statements: number, runs: Loaded[]): LoadFigures => ({
    plans,
    statements,
    written: runs[0]?.written ?? 0,
    perSecond: spread(runs.map((r) => r.written / r.seconds)),
    seconds: spread(runs.map((r) => r.seconds)),
  });
  return {
    plans: docs.length,
    indicators: docs.reduce((n, d) => n + d.indicators.length, 0),
    parsePerSecond: spread(parseRuns),
    buildPerSecond: spread(buildRuns),
    batched: figures(
      compared.length,
      compared.reduce((n, w) => n + w.statements.length, 0),
      runsOf.batched,
    ),
    perPlan: figures(
      compared.length,
      compared.reduce((n, w) => n + w.statements.length, 0),
      runsOf.perPlan,
    ),
    naive: figures(naive.length, statementsIn(naive), runsOf.naive),
    script: figures(scripts.length, statementsIn(scripts), runsOf.script),
    scratch: {
      written: scratch.written,
      loadSeconds: spread(scratch.load),
      alignSeconds: spread(scratch.align),
      totalSeconds: spread(scratch.load.map((l, i) => l + (scratch.align[i] ?? 0))),
    },
    alignSeconds: spread(alignRuns),
    addSeconds: spread(addRuns),
    curateMs: spread(curateRuns),
    rollUpLinks,
  };
}

function curationScripts(): string[] {
  const dir = path.join(projectRoot, 'cypher', 'curation');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => path.join(dir, f));
}
