import { Command } from 'commander';
import { PlanParseError, readPlanDocument, readPlanText, type PlanDocument } from '../../ingest';
import { summarise } from './parseSummary';

/**
 * `plangraph parse <file> [--json | --text]`: a readable summary of the parsed plan, its full JSON,
 * or the plain text read from it — for a Word, PDF or HTML plan the text every line range points
 * into, each line with where it stands in the document.
 */
export function parseCommand(): Command {
  return new Command('parse')
    .description(
      'parse a plan (UTF-8 text, .docx, .pdf or .html, and its <name>.meta.json and <name>.indicators.csv sidecars) and print a summary, the PlanDocument JSON or the text read',
    )
    .argument('<file>', 'plan: UTF-8 text, .docx, .pdf or .html (told by content)')
    .option('--json', 'print the full PlanDocument as JSON')
    .option('--text', 'print the plain text read from the file (line numbers in the graph count its lines)')
    .option('--origins', 'with --text: put each line’s place in the document (page, paragraph, table row) before it')
    .action(async (file: string, opts: { json?: boolean; text?: boolean; origins?: boolean }) => {
      try {
        if (opts.text) {
          process.stdout.write(await plainText(file, opts.origins === true));
          return;
        }
        const doc: PlanDocument = await readPlanDocument(file, file, pageProgress(file));
        process.stdout.write(opts.json ? `${JSON.stringify(doc, null, 2)}\n` : summarise(doc));
      } catch (e) {
        if (!(e instanceof PlanParseError)) throw e;
        process.stderr.write(`error [${e.code}]: ${e.message}\n`);
        process.exitCode = 1;
      }
    });
}

async function plainText(file: string, origins: boolean): Promise<string> {
  const read = await readPlanText(file);
  if (typeof read === 'string') return read.replace(/^\uFEFF/, '');
  return read.lines.map((l, i) => (origins ? `${read.origins[i] ?? ''}\t${l}` : l)).join('\n') + '\n';
}

/** On a terminal, `page 12/300` on stderr as a PDF is read; nothing when piped. */
function pageProgress(file: string): ((page: number, pages: number) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  return (page, pages) => {
    process.stderr.write(`\r${file}: page ${page}/${pages}`);
    if (page === pages) process.stderr.write('\n');
  };
}
