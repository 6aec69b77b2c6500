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
 * Decodes raw bytes as UTF-8 and splits them into lines. Line ends (LF, CRLF, CR) and a BOM are
 * dropped; everything else stays as printed, since leading spaces and debris carry evidence.
 */
export function readSource(bytes: Uint8Array, file: string): SourceText {
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
