import { type ChildProcess, execFile, spawn } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../../src/config/env';
import { testConnection } from '../setup/testDatabase';

// `plangraph …` as an admin runs it: its own process, against the test Neo4j.

const ARGS = ['tsx', path.join(projectRoot, 'src', 'cli', 'main.ts')];

export function cliEnv(): NodeJS.ProcessEnv {
  const db = testConnection();
  return { ...process.env, NEO4J_URI: db.uri, NEO4J_USERNAME: db.username, NEO4J_PASSWORD: db.password };
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs to the end; a non-zero exit is a result, not a throw. */
export async function cli(...args: string[]): Promise<CliResult> {
  return promisify(execFile)('npx', [...ARGS, ...args], { cwd: projectRoot, env: cliEnv(), timeout: 300_000 }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (err: { code?: number; stdout?: string; stderr?: string }) => ({ code: err.code ?? 1, stdout: err.stdout ?? '', stderr: err.stderr ?? '' }),
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
