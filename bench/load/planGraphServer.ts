import { createLogger } from '../../src/logger';
import { startService } from '../../src/service';
import { benchEnv } from '../db';

// Plan Graph as `npm start` runs it, attached to the bench Neo4j, in its own process (see
// serverProcess.ts). BENCH_CACHE_MB=0 serves with the shared read cache off.

async function main(): Promise<void> {
  const service = await startService(
    benchEnv({ PLANGRAPH_CACHE_MB: process.env.BENCH_CACHE_MB ?? '256' }),
    createLogger('error'),
  );
  process.on('message', (msg) => {
    if (msg === 'stats')
      process.send?.({ heapUsed: process.memoryUsage().heapUsed, queries: service.executor.roundTrips });
  });
  process.once('SIGTERM', () => void service.stop().finally(() => process.exit(0)));
  process.send?.({ url: service.api.url });
}

void main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
