import { fork, type ChildProcess } from 'node:child_process';

// Every server under test runs in its own child process, so each heap figure is that server's
// alone and none shares an event loop with the bench. The child sends {url} once it serves and
// answers 'stats' with {heapUsed, queries}.

export interface ServerProcess {
  url: string;
  stats(): Promise<{ heapUsed: number; queries: number }>;
  stop(): Promise<void>;
}

export function startServerProcess(script: string, env: Record<string, string>): Promise<ServerProcess> {
  const child: ChildProcess = fork(script, [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const waiting: Array<(s: { heapUsed: number; queries: number }) => void> = [];
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${script} exited (${code}) before serving`)));
    child.on('message', (msg: { url?: string; heapUsed?: number; queries?: number }) => {
      if (msg.url) {
        resolve({
          url: msg.url,
          stats: () => new Promise((r) => (waiting.push(r), child.send('stats'))),
          stop: async () => {
            child.kill('SIGTERM');
            await exited;
          },
        });
      } else waiting.shift()?.({ heapUsed: msg.heapUsed ?? 0, queries: msg.queries ?? 0 });
    });
  });
}
