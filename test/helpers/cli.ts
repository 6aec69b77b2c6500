import net from 'node:net';
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../../src/config/env';
import { testConnection } from '../setup/testDatabase';

// `plangraph …` as an admin runs it: its own process, against the test Neo4j.

const ARGS = ['tsx', path.join(projectRoot, 'src', 'cli', 'main.ts')];

/** Variables to set for one run; `undefined` unsets one (e.g. NEO4J_URI, to use a local Neo4j). */
export type EnvChanges = Record<string, string | undefined>;

export function cliEnv(changes: EnvChanges = {}): NodeJS.ProcessEnv {
  const db = testConnection();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEO4J_URI: db.uri,
    NEO4J_USERNAME: db.username,
    NEO4J_PASSWORD: db.password,
  };
  for (const [name, value] of Object.entries(changes)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return env;
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs to the end; a non-zero exit is a result, not a throw. */
export async function cli(...args: string[]): Promise<CliResult> {
  return cliWith({}, ...args);
}

/** The same with changed environment variables. */
export async function cliWith(changes: EnvChanges, ...args: string[]): Promise<CliResult> {
  return promisify(execFile)('npx', [...ARGS, ...args], {
    cwd: projectRoot,
    env: cliEnv(changes),
    timeout: 300_000,
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (err: { code?: number; stdout?: string; stderr?: string }) => ({
      code: err.code ?? 1,
      stdout: err.stdout ?? '',
      stderr: err.stderr ?? '',
    }),
  );
}

/** Runs to the end and throws on a non-zero exit, with what it printed. */
export async function cliOk(...args: string[]): Promise<CliResult> {
  const result = await cli(...args);
  if (result.code !== 0) throw new Error(`plangraph ${args.join(' ')} exited ${result.code}: ${result.stderr}`);
  return result;
}

/** Starts one in its own process group, so a SIGKILL to the group reaches tsx and node alike. */
export function cliStart(...args: string[]): ChildProcess {
  return spawn('npx', [...ARGS, ...args], { cwd: projectRoot, env: cliEnv(), detached: true, stdio: 'ignore' });
}

/** A long-running plangraph (serve) whose output can be waited on, stopped with SIGINT as Ctrl-C would. */
export interface RunningCli {
  child: ChildProcess;
  /** stdout and stderr so far, interleaved. */
  output(): string;
  /** Resolves with the output once it matches; rejects if the process exits first or after `ms`. */
  waitFor(pattern: RegExp, ms?: number): Promise<string>;
  /** SIGINT to the process group, then its exit code. */
  stop(): Promise<number | null>;
}

export function cliRun(changes: EnvChanges, ...args: string[]): RunningCli {
  return runProcess('npx', [...ARGS, ...args], cliEnv(changes));
}

/** Any command (e.g. plangraph under script(1)) in its own process group, its output collected. */
export function runProcess(file: string, args: string[], env: NodeJS.ProcessEnv): RunningCli {
  const child = spawn(file, args, { cwd: projectRoot, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let ended = false;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => ((ended = true), resolve(code))));
  return {
    child,
    output: () => output,
    waitFor: (pattern, ms = 120_000) =>
      new Promise((resolve, reject) => {
        const timer = setInterval(() => {
          if (pattern.test(output)) done(() => resolve(output));
          else if (ended)
            done(() =>
              reject(new Error(`plangraph exited ${child.exitCode ?? child.signalCode} before ${pattern}:\n${output}`)),
            );
          else if (Date.now() > deadline) done(() => reject(new Error(`no ${pattern} within ${ms} ms:\n${output}`)));
        }, 100);
        const deadline = Date.now() + ms;
        const done = (settle: () => void) => (clearInterval(timer), settle());
      }),
    stop: async () => {
      if (!ended && child.pid !== undefined) process.kill(-child.pid, 'SIGINT');
      return exited;
    },
  };
}

/** A port nobody listens on right now (the OS picks it), for a server a test starts. */
export async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}
