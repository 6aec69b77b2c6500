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
        let shuttingDown = false;
        // Handlers stay installed: Ctrl-C reaches this process both from the terminal and relayed
        // by npm/tsx, and a second SIGINT without a handler would kill it before Neo4j is stopped.
        const shutdown = (signal: string) => {
          if (shuttingDown) return;
          shuttingDown = true;
          log.info(`${signal} received; shutting down`);
          service.stop().then(
            () => process.exit(0),
            (err: unknown) => {
              log.error({ err }, 'shutdown failed');
              process.exit(1);
            },
          );
        };
        process.on('SIGINT', shutdown);
        process.on('SIGTERM', shutdown);
      }),
    );
}
