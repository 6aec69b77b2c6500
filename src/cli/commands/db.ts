import { Command } from 'commander';
import { loadEnv } from '../../config/env';
import { managedOptions } from '../../localNeo4j/connection';
import { startManaged, statusManaged, stopManaged } from '../../localNeo4j/server';
import { applyFlags, envFlags } from '../envFlags';
import { action } from '../errors';

const FLAGS = ['PLANGRAPH_NEO4J_HOME', 'PLANGRAPH_NEO4J_BOLT_PORT'] as const;

const say = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

/** `plangraph db start|stop|status`: the project-managed local Neo4j (not used when NEO4J_URI is set). */
export function dbCommand(): Command {
  const db = new Command('db').description('manage the local Neo4j server that Plan Graph runs for you');
  const start = db.command('start');
  envFlags(start, FLAGS)
    .description('start the local Neo4j (resolving it with Maven on first use); returns once it answers Cypher')
    .action(
      action(async (opts: Record<string, unknown>) => {
        applyFlags(opts, FLAGS);
        const env = loadEnv();
        if (env.NEO4J_URI) return say(`NEO4J_URI is set (${env.NEO4J_URI}); nothing to start`);
        const started = Date.now();
        const server = await startManaged(managedOptions(env), say);
        const verb = server.startedHere ? 'started' : 'already running';
        say(
          `Neo4j ${verb}: ${server.uri} (pid ${server.pid}, home ${server.home}) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
        );
      }),
    );
  const stop = db.command('stop');
  envFlags(stop, FLAGS)
    .description('stop the local Neo4j cleanly')
    .action(
      action(async (opts: Record<string, unknown>) => {
        applyFlags(opts, FLAGS);
        const env = loadEnv();
        const result = await stopManaged(env.PLANGRAPH_NEO4J_HOME, say);
        say(result === 'stopped' ? 'Neo4j stopped' : 'Neo4j was not running');
      }),
    );
  const status = db.command('status');
  envFlags(status, FLAGS)
    .description('report whether the local Neo4j runs and answers; exits 1 when it crashed or does not answer')
    .action(
      action(async (opts: Record<string, unknown>) => {
        applyFlags(opts, FLAGS);
        const env = loadEnv();
        if (env.NEO4J_URI) return say(`external Neo4j: ${env.NEO4J_URI} (NEO4J_URI is set)`);
        const status = await statusManaged(managedOptions(env));
        if (status.state === 'stopped') return say(`stopped (home ${status.home})`);
        if (status.state === 'crashed') {
          process.exitCode = 1;
          return say(
            `crashed: the pid file names process ${status.pid}, which is not running. Last log lines:\n${status.logTail}`,
          );
        }
        if (!status.answering) process.exitCode = 1;
        say(
          `running: pid ${status.pid}, ${status.uri}, ${status.answering ? 'answering queries' : 'NOT answering queries'} (home ${status.home})`,
        );
      }),
    );
  return db;
}
