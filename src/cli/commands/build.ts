import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import pkg from '../../../package.json';
import { buildPlanScript, buildReferenceScript } from '../../graph';
import { readPlanFile } from '../../ingest';
import { action } from '../errors';

/** Printed in every script header; bump the package version when the parser's output changes. */
export const PARSER_VERSION = `plangraph ${pkg.version}`;

export const PLANS_DIR = path.join('cypher', 'plans');
export const REFERENCE_FILE = path.join('cypher', 'reference.cypher');

// The header names the source by a cwd-relative POSIX path, so a script built on any machine
// from the repository root is byte-identical to the committed one.
const portable = (file: string): string => path.relative(process.cwd(), path.resolve(file)).split(path.sep).join('/');

/** Parses one plan file and builds its load script. */
export function scriptForPlanFile(file: string): { planId: string; script: string } {
  const doc = readPlanFile(portable(file));
  return { planId: doc.metadata.id, script: buildPlanScript(doc, { parserVersion: PARSER_VERSION }) };
}

function targetFor(planId: string, out: string | undefined, many: boolean): string {
  if (out !== undefined && out.endsWith('.cypher')) {
    if (many) throw new Error(`-o ${out} names one file, but several plans were given; pass a directory instead`);
    return out;
  }
  return path.join(out ?? PLANS_DIR, `${planId}.cypher`);
}

function write(file: string, script: string): void {
  if (file === '-') {
    process.stdout.write(script);
    return;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, script);
  process.stderr.write(`wrote ${file}\n`);
}

/** `plangraph build <plan.txt>... [-o file|dir]` and `plangraph build --reference`. */
export function buildCommand(): Command {
  return new Command('build')
    .description('turn plan texts into Cypher load scripts (default cypher/plans/<planId>.cypher), or regenerate cypher/reference.cypher from data/')
    .argument('[plans...]', 'plan texts, UTF-8 (<name>.meta.json and <name>.indicators.csv sidecars next to one are read too)')
    .option('-o, --out <file|dir>', 'a .cypher file (one plan), a directory, or - for standard output')
    .option('--reference', 'regenerate the reference data script from data/*.json')
    .action(
      action(async (plans: string[], opts: { out?: string; reference?: boolean }) => {
        if (opts.reference) write(opts.out ?? REFERENCE_FILE, buildReferenceScript());
        else if (plans.length === 0) throw new Error('expected plan files to build, or --reference');
        for (const file of plans) {
          const { planId, script } = scriptForPlanFile(file);
          write(opts.out === '-' ? '-' : targetFor(planId, opts.out, plans.length > 1), script);
        }
      }),
    );
}

// Lets `npx tsx src/cli/commands/build.ts …` work on its own until the command is wired into main.
if (require.main === module) {
  void buildCommand().name('plangraph build').parseAsync(process.argv);
}
