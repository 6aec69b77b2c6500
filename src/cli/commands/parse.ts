import { Command } from 'commander';
import { PlanParseError, readPlanFile, type PlanDocument } from '../../ingest';
import { summarise } from './parseSummary';

/** `plangraph parse <file> [--json]`: a readable summary of the parsed plan, or its full JSON. */
export function parseCommand(): Command {
  return new Command('parse')
    .description(
      'parse a plan text (and its <name>.meta.json and <name>.indicators.csv sidecars) and print a summary or the PlanDocument JSON',
    )
    .argument('<file>', 'plan text, UTF-8')
    .option('--json', 'print the full PlanDocument as JSON')
    .action((file: string, opts: { json?: boolean }) => {
      let doc: PlanDocument;
      try {
        doc = readPlanFile(file);
      } catch (e) {
        if (!(e instanceof PlanParseError)) throw e;
        process.stderr.write(`error [${e.code}]: ${e.message}\n`);
        process.exitCode = 1;
        return;
      }
      process.stdout.write(opts.json ? `${JSON.stringify(doc, null, 2)}\n` : summarise(doc));
    });
}
