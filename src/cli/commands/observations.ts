import { userInfo } from 'node:os';
import { Command } from 'commander';
import { audited } from '../../audit/auditFile';
import { localOrigin } from '../../audit/origin';
import { importObservations } from '../../progress/importObservations';
import { withDatabase } from '../connect';
import { action } from '../errors';

/** `plangraph observations import <file.csv>`: observed values of measures, with their sources. */
export function observationsCommand(): Command {
  const command = new Command('observations').description('observed values of measures (actuals), beside the plans');
  command
    .command('import')
    .description(
      'import a CSV of observed values (columns region, measure or indicator, year, value, unit, source): every row ' +
        'is checked first and the file is written in one transaction or not at all; importing it again changes nothing',
    )
    .argument('<file>', 'the CSV, e.g. actuals.csv')
    .option('--by <name>', 'who is importing, kept on the audit record', userInfo().username)
    .action(
      action(async (file: string, opts: { by: string }) => {
        await withDatabase(async (executor) => {
          const origin = localOrigin();
          const attempt = { kind: 'observations' as const, by: opts.by, origin, targets: [file] };
          const r = await audited(
            attempt,
            () => importObservations({ executor, file, by: opts.by, origin }),
            (res) => ({ importId: res.importId, rows: res.rows, changed: res.changed }),
          );
          process.stdout.write(
            `${r.file}: ${r.rows} observations imported, ${r.changed} new or changed (${r.rows - r.changed} unchanged); audit record ${r.importId}\n`,
          );
        });
      }),
    );
  return command;
}
