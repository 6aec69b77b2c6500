import { createHash } from 'node:crypto';
import { PlanParseError } from './errors';

/** A plan's text, decoded and split into lines; `lines[i]` is line i + 1 of the file. */
export interface SourceText {
  file: string;
  sha256: string;
  lines: readonly string[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The largest plan text read: a 300-page plan is a few MB of text, so 64 MiB leaves room for any real
 * one while a mistaken file (a database dump, a log) is refused before it is read into memory.
 */
export const MAX_PLAN_BYTES = 64 * 1024 * 1024;

export function tooLarge(file: string, bytes: number): PlanParseError {
  const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
  return new PlanParseError('TOO_LARGE', `${file}: the file is ${mib(bytes)}; a plan text is expected to be at most ${mib(MAX_PLAN_BYTES)} (a whole plan is a few MB), so this is not read`);
}

/**
 * Decodes raw bytes as UTF-8 and splits them into lines. Line ends (LF, CRLF, CR) and a BOM are
 * dropped; everything else stays as printed, since leading spaces and debris carry evidence.
 */
export function readSource(bytes: Uint8Array, file: string): SourceText {
  if (bytes.length > MAX_PLAN_BYTES) throw tooLarge(file, bytes.length);
  if (bytes.length === 0) {
    throw new PlanParseError('EMPTY', `${file}: the file is empty; expected the UTF-8 text of a plan`);
  }
  if (bytes.includes(0)) {
    throw new PlanParseError(
      'BINARY',
      `${file}: found NUL bytes, so this is a binary file; expected the UTF-8 text of a plan (convert Word/PDF to text first)`,
    );
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new PlanParseError(
      'NOT_UTF8',
      `${file}: the bytes are not valid UTF-8 (GBK/GB18030?); expected UTF-8 text — convert it, e.g. iconv -f GB18030 -t UTF-8`,
    );
  }
  return fromText(text, file, bytes);
}

export function fromText(text: string, file: string, bytes?: Uint8Array): SourceText {
  const sha256 = createHash('sha256')
    .update(bytes ?? Buffer.from(text, 'utf8'))
    .digest('hex');
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') {
    throw new PlanParseError('EMPTY', `${file}: the file holds only white space; expected the text of a plan`);
  }
  return { file, sha256, lines: body.split(/\r\n|\r|\n/) };
}
