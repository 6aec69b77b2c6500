import { Command } from 'commander';
import { loadEnv } from '../../config/env';
import { createLogger } from '../../logger';
import { startService } from '../../service';
import { action } from '../errors';

/** `plangraph serve` (what `npm start` runs). Stops cleanly on SIGINT/SIGTERM. */
export function serveCommand(): Command {
  return new Command('serve')
    .description('start the database if needed, load the bundled plans when missing, and serve GraphQL')
    .action(
      action(async () => {
        const env = loadEnv();
        const log = createLogger(env.LOG_LEVEL);
        const service = await startService(env, log);
        const shutdown = (signal: string) => {
          log.info(`${signal} received; shutting down`);
          service.stop().then(
            () => process.exit(0),
            (err: unknown) => {
              log.error({ err }, 'shutdown failed');
              process.exit(1);
            },
          );
        };
        process.once('SIGINT', shutdown);
        process.once('SIGTERM', shutdown);
      }),
    );
}
