import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config/env';
import { planWrite, referenceWrite, renderScript, type GraphWrite } from '../graph';
import { readPlanFile } from '../ingest';
import { PARSER_VERSION } from './planScript';

// A plan script names the text it was built from in its header, as the cwd-relative path of the
// build (run from the project root).
const SOURCE = /^\/\/ source: (.+)$/m;

/**
 * The write a bundled script shows, rebuilt from what it was generated from (data/*.json for
 * cypher/reference.cypher, the plan text its header names for a plan script) — when rendering
 * that write reproduces the script byte for byte. Then `npm start` loads the write as data, and
 * what it loads is provably what the admin reviewed. Otherwise (a hand-edited script, a source
 * moved or changed since the build) null: the script is loaded as a script.
 */
export function writeShownBy(file: string, kind: 'reference' | 'plan'): GraphWrite | null {
  const text = readFileSync(file, 'utf8');
  const write = kind === 'reference' ? referenceWrite() : planWriteFromHeader(text);
  return write !== null && renderScript(write) === text ? write : null;
}

/** The plan text a plan script's header names (`// source: …`), as the build's cwd-relative path. */
export const scriptSource = (text: string): string | undefined => SOURCE.exec(text.slice(0, 4096))?.[1];

function planWriteFromHeader(text: string): GraphWrite | null {
  const source = scriptSource(text);
  if (source === undefined) return null;
  const file = path.resolve(projectRoot, source);
  if (!existsSync(file)) return null;
  try {
    return planWrite(readPlanFile(file, source), { parserVersion: PARSER_VERSION });
  } catch {
    // A source that no longer parses is the script's problem to show, not the start's to stop on.
    return null;
  }
}
