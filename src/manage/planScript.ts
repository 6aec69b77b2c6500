import path from 'node:path';
import pkg from '../../package.json';
import { planWrite, renderScript, type PlanWrite } from '../graph';
import { incompletenessWarnings, readPlanDocument, readPlanFile, type PlanDocument } from '../ingest';
import { incompleteText } from './errors';

/** Printed in every script header; bump the package version when the parser's output changes. */
export const PARSER_VERSION = `plangraph ${pkg.version}`;

/** Where `build` and `add` write plan scripts, and where `npm start` loads them from. */
export const PLANS_DIR = path.join('cypher', 'plans');

// The header names the source by a cwd-relative POSIX path, so a script built on any machine
// from the repository root is byte-identical to the committed one.
const portable = (file: string): string => path.relative(process.cwd(), path.resolve(file)).split(path.sep).join('/');

export interface PlanScript {
  doc: PlanDocument;
  planId: string;
  /** What the loader sends. */
  write: PlanWrite;
  /** The same write as the script an admin reviews. */
  script: string;
}

/** Parses one plan file (text, Word or HTML) and builds its write and its load script. */
export function scriptForPlanFile(file: string): PlanScript {
  return scriptFor(readPlanFile(portable(file)));
}

/** The same for any plan file, a PDF included (read asynchronously, page by page). */
export async function scriptForPlanDocument(file: string): Promise<PlanScript> {
  return scriptFor(await readPlanDocument(portable(file)));
}

function scriptFor(doc: PlanDocument): PlanScript {
  const write = planWrite(doc, { parserVersion: PARSER_VERSION });
  return { doc, planId: doc.metadata.id, write, script: renderScript(write) };
}

/** scriptForPlanDocument, refusing a text whose warnings say it is incomplete unless `acceptWarnings`. */
export async function checkedScriptForPlanFile(
  file: string,
  acceptWarnings: boolean,
  verb: 'built' | 'added',
): Promise<PlanScript> {
  const built = await scriptForPlanDocument(file);
  const incomplete = incompletenessWarnings(built.doc);
  if (incomplete.length > 0 && !acceptWarnings) throw incompleteText(file, incomplete, verb);
  return built;
}

/** The script file of a plan in `dir` (cypher/plans by default). */
export const scriptFileFor = (planId: string, dir: string = PLANS_DIR): string => path.join(dir, `${planId}.cypher`);
