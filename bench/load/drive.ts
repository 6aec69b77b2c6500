import { spawn } from 'node:child_process';
import path from 'node:path';
import type { CannonJob, CannonResult } from './cannon';

/** Runs one autocannon job in a child process while `sampleHeap` watches the server; returns both. */
export async function drive(job: CannonJob, sampleHeap: () => Promise<number>): Promise<CannonResult & { heapMb: number }> {
  let peak = await sampleHeap();
  const timer = setInterval(() => void sampleHeap().then((h) => (peak = Math.max(peak, h)), () => undefined), 100);
  try {
    const out = await new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'cannon.ts'), JSON.stringify(job)], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('error', reject);
      child.on('exit', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`autocannon child exited ${code}: ${stderr}`))));
    });
    return { ...(JSON.parse(out.trim().split('\n').pop() ?? '{}') as CannonResult), heapMb: peak / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}
