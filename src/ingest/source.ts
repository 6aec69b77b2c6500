import { createHash } from 'node:crypto';
import { decodeInput } from '../files/readInput';
import { PLAN_TEXT } from '../files/kinds';
import { asPlanError, PlanParseError } from './errors';

/** A plan's text, decoded and split into lines; `lines[i]` is line i + 1 of the file. */
export interface SourceText {
  file: string;
  sha256: string;
  lines: readonly string[];
}

/** The largest plan text read (src/files/kinds.ts says why). */
export const MAX_PLAN_BYTES = PLAN_TEXT.maxBytes;

/**
 * Decodes raw bytes as UTF-8 and splits them into lines. Line ends (LF, CRLF, CR) and a BOM are
 * dropped; everything else stays as printed, since leading spaces and debris carry evidence.
 */
export function readSource(bytes: Uint8Array, file: string): SourceText {
  let text: string;
  try {
    text = decodeInput(bytes, file, PLAN_TEXT);
  } catch (err) {
    throw asPlanError(err);
  }
  return fromText(text, file, bytes);
}

export function fromText(text: string, file: string, bytes?: Uint8Array): SourceText {
  const sha256 = createHash('sha256')
    .update(bytes ?? Buffer.from(text, 'utf8'))
    .digest('hex');
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') {
    throw new PlanParseError('EMPTY', `${file}: the file holds only white space; expected ${PLAN_TEXT.what}`);
  }
  return { file, sha256, lines: body.split(/\r\n|\r|\n/) };
}
