import { Command } from 'commander';
import { loadEnv } from '../../config/env';
import { createLogger, type Logger } from '../../logger';
import { startService, type RunningService } from '../../service';
import { applyFlags, envFlags } from '../envFlags';
import { envHelp } from '../envHelp';
import { reportCliError } from '../errors';

const FLAGS = [
  'PORT',
  'HOST',
  'NEO4J_URI',
  'PLANGRAPH_NEO4J_BOLT_PORT',
  'PLANGRAPH_NEO4J_HOME',
  'LOG_LEVEL',
  'LOG_FORMAT',
] as const;

/** `plangraph serve` (what `npm start` runs). Stops cleanly on SIGINT/SIGTERM. */
export function serveCommand(): Command {
  const serve = new Command('serve').description(
    'start the database if needed, load the bundled plans when missing, and serve GraphQL',
  );
  return envFlags(serve, FLAGS)
    .addHelpText('after', envHelp())
    .action(async (opts: Record<string, unknown>) => {
      applyFlags(opts, FLAGS);
      try {
        const env = loadEnv();
        const log = createLogger(env.LOG_LEVEL, env.LOG_FORMAT);
        stopOnSignals(await startService(env, log), log);
      } catch (err) {
        // A service that could not start must not linger, whatever handle a library still holds.
        reportCliError(err);
        process.exit(1);
      }
    });
}

// Handlers stay installed: Ctrl-C reaches this process both from the terminal and relayed
// by npm/tsx, and a second SIGINT without a handler would kill it before Neo4j is stopped.
function stopOnSignals(service: RunningService, log: Logger): void {
  let shuttingDown = false;
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
}
