import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { statusManaged, stopManaged } from '../../../src/localNeo4j/server';

// No Neo4j needed: these are the cases where none of ours is running.
function homeWithPid(pid: number): string {
  const home = mkdtempSync(path.join(tmpdir(), 'plangraph-home-'));
  mkdirSync(path.join(home, 'run'));
  mkdirSync(path.join(home, 'logs'));
  writeFileSync(path.join(home, 'run', 'neo4j.pid'), `${pid}\n`);
  writeFileSync(path.join(home, 'logs', 'neo4j.log'), 'ERROR something went wrong before the crash\n');
  return home;
}

const options = (home: string) => ({ home, boltPort: 1, heap: '512m', pageCache: '64m', password: 'unused' });

function deadPid(): number {
  for (let pid = 4_000_000; pid > 3_000_000; pid -= 7) {
    try {
      process.kill(pid, 0);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ESRCH') return pid;
    }
  }
  throw new Error('no free pid found');
}

describe('the managed server’s pid file', () => {
  it('reports a crashed server (pid file, no process) with its last log lines', async () => {
    const pid = deadPid();
    const status = await statusManaged(options(homeWithPid(pid)));
    expect(status).toMatchObject({ state: 'crashed', pid });
    expect(status.state === 'crashed' && status.logTail).toMatch(/something went wrong before the crash/);
  });

  it('never mistakes another live process for Neo4j, and stop leaves it alone', async () => {
    const home = homeWithPid(process.pid);
    expect(await statusManaged(options(home))).toMatchObject({ state: 'crashed', pid: process.pid });
    const said: string[] = [];
    expect(await stopManaged(home, (line) => said.push(line))).toBe('not-running');
    expect(said.join('\n')).toMatch(/stale pid file/);
    expect(existsSync(path.join(home, 'run', 'neo4j.pid'))).toBe(false);
  });

  it('reports stopped when there is no pid file', async () => {
    const home = mkdtempSync(path.join(tmpdir(), 'plangraph-home-'));
    expect(await statusManaged(options(home))).toEqual({ state: 'stopped', home });
  });
});
