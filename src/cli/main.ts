#!/usr/bin/env node
import { Command } from 'commander';
import { loadDotEnv } from '../config/env';
import { addCommand } from './commands/add';
import { alignCommand } from './commands/align';
import { buildCommand } from './commands/build';
import { cypherCommand } from './commands/cypher';
import { dbCommand } from './commands/db';
import { loadCommand } from './commands/load';
import { observationsCommand } from './commands/observations';
import { parseCommand } from './commands/parse';
import { removeCommand } from './commands/remove';
import { serveCommand } from './commands/serve';
import { envHelp } from './envHelp';

// One entry point for every admin command: `plangraph <command>`, or `npm run cli -- <command>`.
loadDotEnv();

const program = new Command('plangraph')
  .description('Plan Graph: Chinese five-year plans as a Neo4j knowledge graph with a GraphQL API')
  .showHelpAfterError()
  .addHelpText('after', envHelp());

program.addCommand(serveCommand());
program.addCommand(parseCommand());
program.addCommand(buildCommand());
program.addCommand(dbCommand());
program.addCommand(loadCommand());
program.addCommand(alignCommand());
program.addCommand(addCommand());
program.addCommand(removeCommand());
program.addCommand(cypherCommand());
program.addCommand(observationsCommand());

program.parseAsync(process.argv).catch((err: unknown) => {
  process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
