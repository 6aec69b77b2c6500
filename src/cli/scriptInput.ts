import { looksLikeCypher } from '../files/cypherText';
import { CYPHER_SCRIPT } from '../files/kinds';
import { readTextInput } from '../files/readInput';
import { parsePlan, PlanParseError } from '../ingest';

/** A file given to `load` that is the plan's text rather than its script. */
export class PlanTextGivenError extends Error {
  override readonly name = 'PlanTextGivenError';
  readonly code = 'PLAN_TEXT_NOT_SCRIPT';
}

/**
 * Reads each script the way every command reads its files (src/files), before a database is
 * touched, and names the usual mix-up: a plan text given where its Cypher script belongs, which
 * the loader would report as a Cypher syntax error listing forty keywords.
 */
export function checkScriptFiles(files: readonly string[]): void {
  for (const file of files) {
    const { text } = readTextInput(file, CYPHER_SCRIPT);
    if (!looksLikeCypher(text) && isPlanText(text, file)) {
      throw new PlanTextGivenError(
        `${file}: this is a plan text, not a Cypher script. Run \`plangraph add ${file}\` (parse, load and align in one step), ` +
          `or \`plangraph build ${file}\` to write its script to cypher/plans/ and load that`,
      );
    }
  }
}

// The parser decides: a text it reads as a plan, or one that fails only on what a plan lacks
// (metadata, a damaged table), is a plan text; NOT_A_PLAN means it found no plan in it.
function isPlanText(text: string, file: string): boolean {
  try {
    parsePlan(text, { source: file });
    return true;
  } catch (err) {
    return err instanceof PlanParseError && err.code !== 'NOT_A_PLAN' && err.code !== 'EMPTY';
  }
}
