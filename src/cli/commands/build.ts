import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { buildReferenceScript } from '../../graph';
import { checkedScriptForPlanFile, PLANS_DIR } from '../../manage/planScript';
import { action } from '../errors';

const REFERENCE_FILE = path.join('cypher', 'reference.cypher');

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
    .description(
      'turn plan texts into Cypher load scripts (default cypher/plans/<planId>.cypher), or regenerate cypher/reference.cypher from data/',
    )
    .argument(
      '[plans...]',
      'plans: UTF-8 text, .docx, .pdf or .html (<name>.meta.json and <name>.indicators.csv sidecars next to one are read too)',
    )
    .option('-o, --out <file|dir>', 'a .cypher file (one plan), a directory, or - for standard output')
    .option('--reference', 'regenerate the reference data script from data/*.json')
    .option(
      '--accept-warnings',
      'build even when parser warnings say a text is incomplete (cut short, indicator rows or table missing)',
    )
    .action(
      action(async (plans: string[], opts: { out?: string; reference?: boolean; acceptWarnings?: boolean }) => {
        if (opts.reference) write(opts.out ?? REFERENCE_FILE, buildReferenceScript());
        else if (plans.length === 0) throw new Error('expected plan files to build, or --reference');
        // Every text is parsed and checked before the first script is written: one bad text writes nothing.
        const built = [];
        for (const file of plans)
          built.push(await checkedScriptForPlanFile(file, opts.acceptWarnings === true, 'built'));
        for (const { planId, script } of built)
          write(opts.out === '-' ? '-' : targetFor(planId, opts.out, plans.length > 1), script);
      }),
    );
}
