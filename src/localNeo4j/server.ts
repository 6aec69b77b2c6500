import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DatabaseError } from '../db/errors';
import { isPortFree, nextFreePort, takenBy } from '../host/ports';
import { Executor } from '../db/executor';
import { writeConf, jvmArgs } from './conf';
import { ManagedDbError } from './errors';
import { ensureJars } from './jars';
import { layoutFor, type ManagedOptions, type Neo4jLayout } from './layout';
import { passwordArgFile, protectSecrets, resolvePassword } from './password';
import { clearPid, isAlive, readPidState } from './pid';
import { checkJava, javaBinary, runTool } from './tools';

export interface ManagedServer {
  uri: string;
  username: string;
  password: string;
  pid: number;
  /** False when the server was already running and this call only attached to it. */
  startedHere: boolean;
  home: string;
}

export type ManagedStatus =
  | { state: 'stopped'; home: string }
  | { state: 'running'; home: string; pid: number; uri: string; answering: boolean }
  | { state: 'crashed'; home: string; pid: number; logTail: string };

const START_TIMEOUT_MS = 180_000;
type Log = (line: string) => void;

/** Starts the managed Neo4j (or attaches to it when already running) and returns once a Cypher query succeeds. */
export async function startManaged(opts: ManagedOptions, log: Log = () => undefined): Promise<ManagedServer> {
  const layout = layoutFor(opts.home);
  const uri = `bolt://127.0.0.1:${opts.boltPort}`;
  const password = resolvePassword(layout, opts.password);
  const pidState = readPidState(layout);
  if (pidState.state === 'running') {
    await waitUntilAnswering(layout, pidState.pid, uri, password);
    return { uri, username: 'neo4j', password, pid: pidState.pid, startedHere: false, home: layout.home };
  }
  if (pidState.state === 'stale') {
    log(
      `found a stale pid file (process ${pidState.pid} is not our Neo4j: it crashed or was killed); last log lines:\n${logTail(layout)}`,
    );
    clearPid(layout);
  }
  if (!(await isPortFree(opts.boltPort, '127.0.0.1'))) throw await boltPortTaken(opts.boltPort);

  const java = javaBinary();
  await checkJava(java);
  await ensureJars(layout, log);
  writeConf(layout, opts);
  const firstStart = !existsSync(path.join(layout.data, 'dbms'));
  if (firstStart) await setInitialPassword(java, layout, password);
  protectSecrets(layout);

  log(`starting Neo4j in ${layout.home} on ${uri} …`);
  const debugLogFrom = debugLogSize(layout);
  const pid = spawnServer(java, layout, opts);
  try {
    await waitUntilAnswering(layout, pid, uri, password, debugLogFrom);
  } catch (err) {
    // A server that could not bind its port is of no use: do not leave it (and its pid file) behind.
    if (err instanceof ManagedDbError && err.code === 'PORT_IN_USE') await stopManaged(opts.home);
    throw err;
  }
  return { uri, username: 'neo4j', password, pid, startedHere: true, home: layout.home };
}

export async function stopManaged(home: string, log: Log = () => undefined): Promise<'stopped' | 'not-running'> {
  const layout = layoutFor(home);
  const pidState = readPidState(layout);
  if (pidState.state === 'stale') {
    clearPid(layout);
    log(`removed a stale pid file: process ${pidState.pid} had already died. Last log lines:\n${logTail(layout)}`);
    return 'not-running';
  }
  if (pidState.state === 'none') return 'not-running';
  process.kill(pidState.pid, 'SIGTERM');
  for (let waited = 0; waited < 60_000; waited += 250) {
    if (!isAlive(pidState.pid)) break;
    await sleep(250);
  }
  if (isAlive(pidState.pid)) {
    log(`Neo4j (pid ${pidState.pid}) did not stop within 60 s of SIGTERM; killing it`);
    process.kill(pidState.pid, 'SIGKILL');
    await sleep(500);
  }
  if (isAlive(pidState.pid)) throw new ManagedDbError('STOP_FAILED', `could not stop Neo4j process ${pidState.pid}`);
  clearPid(layout);
  return 'stopped';
}

export async function statusManaged(opts: ManagedOptions): Promise<ManagedStatus> {
  const layout = layoutFor(opts.home);
  const pidState = readPidState(layout);
  if (pidState.state === 'none') return { state: 'stopped', home: layout.home };
  if (pidState.state === 'stale')
    return { state: 'crashed', home: layout.home, pid: pidState.pid, logTail: logTail(layout) };
  const uri = `bolt://127.0.0.1:${opts.boltPort}`;
  const answering = (await answers(uri, resolvePassword(layout, opts.password))) === 'yes';
  return { state: 'running', home: layout.home, pid: pidState.pid, uri, answering };
}

function spawnServer(java: string, layout: Neo4jLayout, opts: ManagedOptions): number {
  const out = openSync(layout.consoleLog, 'a');
  const args = [
    ...jvmArgs(opts),
    '-cp',
    `${layout.lib}/*`,
    'org.neo4j.server.CommunityEntryPoint',
    `--home-dir=${layout.home}`,
    `--config-dir=${layout.conf}`,
  ];
  // Detached with its own process group, so the server outlives `db:start` and a Ctrl-C
  // in the terminal does not reach it; `db:stop` (or `npm start`'s shutdown) stops it.
  const child = spawn(java, args, {
    cwd: layout.home,
    detached: true,
    stdio: ['ignore', out, out],
    env: { ...process.env, NEO4J_HOME: layout.home, NEO4J_CONF: layout.conf },
  });
  closeSync(out);
  if (child.pid === undefined) throw new ManagedDbError('START_FAILED', `could not spawn ${java}`);
  child.unref();
  writeFileSync(layout.pidFile, `${child.pid}\n`);
  return child.pid;
}

/**
 * Any local user can read a process's command line (`ps`), so the password reaches neo4j-admin in
 * an argument file only its owner can read, deleted right after.
 */
async function setInitialPassword(java: string, layout: Neo4jLayout, password: string): Promise<void> {
  const env = { ...process.env, NEO4J_HOME: layout.home, NEO4J_CONF: layout.conf };
  const argFile = passwordArgFile(layout, password);
  try {
    const result = await runTool(
      java,
      ['-cp', `${layout.lib}/*`, 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', `@${argFile}`],
      env,
    );
    if (result.code !== 0)
      throw new ManagedDbError('START_FAILED', `neo4j-admin set-initial-password failed:\n${result.output}`);
  } finally {
    rmSync(argFile, { force: true });
  }
}

/** `debugLogFrom`: for a server just spawned, where its debug.log stood before (what it logs from there is this start's). */
async function waitUntilAnswering(
  layout: Neo4jLayout,
  pid: number,
  uri: string,
  password: string,
  debugLogFrom: number | null = null,
): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) {
      clearPid(layout);
      throw new ManagedDbError(
        'START_FAILED',
        `Neo4j exited during start-up. Last log lines (${layout.logs}):\n${logTail(layout)}`,
      );
    }
    const answer = await answers(uri, password);
    if (answer === 'yes') return;
    if (answer === 'unauthorized') {
      // Another server answered on our port: ours could not bind it (a race with the check above).
      if (debugLogFrom !== null && bindFailed(layout, debugLogFrom))
        throw await boltPortTaken(Number(new URL(uri).port));
      throw new ManagedDbError(
        'START_FAILED',
        `Neo4j at ${uri} refused the password. The password is fixed at first start: ` +
          `unset NEO4J_PASSWORD to use ${layout.passwordFile}, or set it to the one used then`,
      );
    }
    await sleep(500);
  }
  throw new ManagedDbError(
    'START_TIMEOUT',
    `Neo4j (pid ${pid}) did not answer a query on ${uri} within ${START_TIMEOUT_MS / 1000} s. Last log lines:\n${logTail(layout)}`,
  );
}

async function answers(uri: string, password: string): Promise<'yes' | 'no' | 'unauthorized'> {
  const executor = Executor.connect({ uri, username: 'neo4j', password, database: 'neo4j', queryTimeoutMs: 5_000 });
  try {
    await executor.read('RETURN 1 AS ok');
    return 'yes';
  } catch (err) {
    return err instanceof DatabaseError && err.code === 'UNAUTHENTICATED' ? 'unauthorized' : 'no';
  } finally {
    await executor.close();
  }
}

async function boltPortTaken(port: number): Promise<ManagedDbError> {
  const free = await nextFreePort(port, '127.0.0.1');
  const other = free ?? port + 1;
  const taken = takenBy(port, "the local Neo4j's Bolt port");
  const useIt =
    taken.kind === 'neo4j'
      ? `; to use that server instead, set NEO4J_URI=bolt://127.0.0.1:${port} and its NEO4J_PASSWORD`
      : '';
  return new ManagedDbError(
    'PORT_IN_USE',
    `${taken.text}, so Plan Graph cannot start its Neo4j there. Stop that process, or give this one another port: ` +
      `PLANGRAPH_NEO4J_BOLT_PORT=${other} (or --bolt-port ${other})${free === null ? '' : ', free now'}${useIt}`,
  );
}

const debugLogOf = (layout: Neo4jLayout): string => path.join(layout.logs, 'debug.log');
const debugLogSize = (layout: Neo4jLayout): number =>
  existsSync(debugLogOf(layout)) ? statSync(debugLogOf(layout)).size : 0;

/** Neo4j logs a Bolt port it could not bind in debug.log only, and its process may linger a while after. */
function bindFailed(layout: Neo4jLayout, from: number): boolean {
  if (debugLogSize(layout) <= from) return false;
  return readFileSync(debugLogOf(layout)).subarray(from).toString('utf8').includes('Address already in use');
}

function logTail(layout: Neo4jLayout, lines = 15): string {
  const files = [path.join(layout.logs, 'neo4j.log'), layout.consoleLog].filter((f) => existsSync(f));
  return files
    .map((f) => `--- ${f}\n${readFileSync(f, 'utf8').trimEnd().split('\n').slice(-lines).join('\n')}`)
    .join('\n');
}
