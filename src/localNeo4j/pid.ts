import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import type { Neo4jLayout } from './layout';

export type PidState =
  | { state: 'none' }
  | { state: 'running'; pid: number }
  /** A pid file whose process is gone (crash, kill -9, reboot) or now belongs to someone else. */
  | { state: 'stale'; pid: number };

export function readPidState(layout: Neo4jLayout): PidState {
  if (!existsSync(layout.pidFile)) return { state: 'none' };
  const pid = Number(readFileSync(layout.pidFile, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0) return { state: 'stale', pid: 0 };
  return isOurNeo4j(pid, layout) ? { state: 'running', pid } : { state: 'stale', pid };
}

export function clearPid(layout: Neo4jLayout): void {
  rmSync(layout.pidFile, { force: true });
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// A recycled pid must never be mistaken for our server (and then killed by `db:stop`),
// so the process's command line has to name this instance's home.
function isOurNeo4j(pid: number, layout: Neo4jLayout): boolean {
  if (!isAlive(pid)) return false;
  try {
    const command = execFileSync('ps', ['-p', String(pid), '-o', 'command='], { encoding: 'utf8' });
    return command.includes('CommunityEntryPoint') && command.includes(`--home-dir=${layout.home}`);
  } catch {
    return false;
  }
}
