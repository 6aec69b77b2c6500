import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export interface BaselineProcess {
  url: string;
  stats(): Promise<{ heapUsed: number; queries: number }>;
  stop(): void;
}

/** Starts the @neo4j/graphql server in a child process on a free port. */
export function startBaseline(uri: string, password: string): Promise<BaselineProcess> {
  const child: ChildProcess = fork(path.join(__dirname, '..', 'baseline', 'server.ts'), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, BASELINE_NEO4J_URI: uri, BASELINE_NEO4J_PASSWORD: password },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const waiting: Array<(s: { heapUsed: number; queries: number }) => void> = [];
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the baseline server exited (${code}) before serving`)));
    child.on('message', (msg: { url?: string; heapUsed?: number; queries?: number }) => {
      if (msg.url) {
        resolve({
          url: msg.url,
          stats: () => new Promise((r) => (waiting.push(r), child.send('stats'))),
          stop: () => void child.kill('SIGTERM'),
        });
      } else waiting.shift()?.({ heapUsed: msg.heapUsed ?? 0, queries: msg.queries ?? 0 });
    });
  });
}
