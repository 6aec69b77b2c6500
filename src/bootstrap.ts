import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './config/env';
import { alignPlans, hasAlignment } from './align';
import type { Executor } from './db/executor';
import { loadedShas } from './db/loadRecord';
import { applySchema } from './db/script/applySchema';
import { loadScripts } from './db/script/loadScripts';
import { readScript } from './db/script/readScript';
import { loadWrites, type PlanLoad } from './db/write/runWrite';
import type { Logger } from './logger';
import { writeShownBy } from './manage/shownWrite';

export const cypherDir = path.join(projectRoot, 'cypher');

/**
 * Makes a database ready to serve: the schema (idempotent, every start), then reference data
 * and each bundled plan script whose exact version (sha256) has not been loaded yet — so a fresh
 * database gets everything and a `git pull` that regenerated a plan script reloads just that plan.
 * A script that its source still regenerates byte for byte is loaded as data (shownWrite.ts).
 */
export async function prepareDatabase(executor: Executor, log: Logger, dir = cypherDir): Promise<void> {
  const info = await executor.serverInfo();
  log.info(`connected to Neo4j ${info.version} ${info.edition} at ${info.address}`);
  const schemaStarted = Date.now();
  const schema = await applySchema(executor, path.join(dir, 'schema.cypher'));
  // Every statement that changed something, by itself: schema commands commit one by one.
  const changed = schema.applied.filter((s) => Object.values(s.counters).some((n) => n > 0));
  for (const a of changed)
    log.info({ statement: a.statement, line: a.line, text: a.text, counters: a.counters }, 'schema statement applied');
  log.info(
    { ms: Date.now() - schemaStarted, statements: schema.applied.length, changed: changed.length },
    'schema applied',
  );

  const pending = await notYetLoaded(executor, bundledScripts(dir));
  if (pending.length > 0) log.info(`loading ${pending.length} bundled script(s) not loaded yet`);
  const options = { by: 'npm start' };
  const asData: PlanLoad[] = [];
  for (const script of pending) {
    const isReference = path.basename(script.file) === 'reference.cypher' && path.dirname(script.file) === dir;
    const kind = isReference ? 'reference' : path.basename(path.dirname(script.file)) === 'plans' ? 'plan' : null;
    const write = kind === null ? null : writeShownBy(script.file, kind);
    if (write !== null) {
      asData.push({ write, script });
      // Plans are merged with each other, never with the reference data they rest on.
      if (kind === 'reference') await loadAsData(executor, asData.splice(0), log);
      continue;
    }
    // Reference data and plans go first (plans attach to its regions; curations to plans' indicators).
    await loadAsData(executor, asData.splice(0), log);
    // reference.cypher ends by deleting policy domains no longer in data/domains.json: the one
    // bundled script allowed to delete; plan scripts sweep only their own plan, which needs no flag.
    const started = Date.now();
    const [result] = await loadScripts({ executor, files: [script.file], ...options, allowDelete: isReference });
    const shown = path.relative(projectRoot, script.file);
    log.info(
      { ms: Date.now() - started, file: shown, as: 'script', counters: result?.counters },
      `loaded ${shown} as a script`,
    );
  }
  await loadAsData(executor, asData, log);
  // Roll-up links follow what is loaded; rerunning is idempotent, so align after any load.
  if (pending.length > 0 || !(await hasAlignment(executor))) {
    log.info('aligning roll-ups');
    const started = Date.now();
    const report = await alignPlans({ executor });
    log.info({ ms: Date.now() - started, measures: report.measures }, 'roll-up aligned');
  }
}

/** Bundled scripts their sources regenerate, loaded as data, many plans per transaction. */
async function loadAsData(executor: Executor, loads: PlanLoad[], log: Logger): Promise<void> {
  if (loads.length === 0) return;
  const started = Date.now();
  const onProgress = (done: number, total: number) => log.info(`loaded ${done}/${total} as data`);
  const results = await loadWrites(executor, loads, { by: 'npm start', onProgress });
  const transactions = new Set(results.map((r) => r.group?.id ?? r.loadId)).size;
  log.info(
    { files: loads.map((l) => path.relative(projectRoot, l.script.file)), transactions, ms: Date.now() - started },
    `loaded ${loads.length} bundled scripts as data`,
  );
}

/** reference.cypher first (plans attach to its regions and departments), then plans, then curation decisions. */
export function bundledScripts(dir = cypherDir): string[] {
  const inFolder = (sub: string) =>
    existsSync(path.join(dir, sub))
      ? readdirSync(path.join(dir, sub))
          .filter((f) => f.endsWith('.cypher'))
          .sort()
          .map((f) => path.join(dir, sub, f))
      : [];
  const reference = path.join(dir, 'reference.cypher');
  return [...(existsSync(reference) ? [reference] : []), ...inFolder('plans'), ...inFolder('curation')];
}

/** The bundled scripts whose exact version (sha256) has not been loaded yet. */
async function notYetLoaded(executor: Executor, files: string[]): Promise<Array<{ file: string; sha256: string }>> {
  const scripts = files.map((file) => ({ file, sha256: readScript(file).sha256 }));
  const loaded = await loadedShas(
    executor,
    scripts.map((s) => s.sha256),
  );
  return scripts.filter((s) => !loaded.has(s.sha256));
}
