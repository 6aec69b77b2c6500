import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { documentKind, looksLikeGb18030 } from './documentKind';
import type { InputKind } from './kinds';

export type InputFileErrorCode =
  'FILE_NOT_FOUND' | 'IS_A_DIRECTORY' | 'NOT_READABLE' | 'TOO_LARGE' | 'EMPTY' | 'BINARY' | 'NOT_UTF8';

/** A file that cannot be read as the text a command expected; the message names both. */
export class InputFileError extends Error {
  override readonly name = 'InputFileError';

  constructor(
    readonly code: InputFileErrorCode,
    message: string,
    readonly file: string,
  ) {
    super(message);
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;

/** The one way commands read a file given on the command line: its bytes, or an InputFileError. */
export function readInput(file: string, kind: InputKind): Buffer {
  let size: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw isDirectory(file, kind);
    size = stat.size;
  } catch (err) {
    throw err instanceof InputFileError ? err : unreadable(file, kind, err as NodeJS.ErrnoException);
  }
  // Checked before reading, so an oversized file is never held in memory.
  if (size > kind.maxBytes) throw tooLarge(file, kind, size);
  try {
    return readFileSync(file);
  } catch (err) {
    throw unreadable(file, kind, err as NodeJS.ErrnoException);
  }
}

/**
 * Bytes to text, refusing what is not UTF-8 text: nothing at all, a document format (PDF, Word),
 * other binary data, or another encoding. A UTF-8 byte order mark is dropped.
 */
export function decodeInput(bytes: Uint8Array, file: string, kind: InputKind): string {
  if (bytes.length > kind.maxBytes) throw tooLarge(file, kind, bytes.length);
  if (bytes.length === 0) throw new InputFileError('EMPTY', `${file}: the file is empty; expected ${kind.what}`, file);
  const document = documentKind(bytes, file);
  if (document !== null) {
    const fix = kind.fromDocuments ? ` ${document.fix}` : '';
    throw new InputFileError('BINARY', `${file}: this is ${document.is}, not text; expected ${kind.what}.${fix}`, file);
  }
  if (bytes.includes(0)) {
    throw new InputFileError(
      'BINARY',
      `${file}: found NUL bytes, so this is a binary file, not text; expected ${kind.what}`,
      file,
    );
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const guess = looksLikeGb18030(bytes) ? 'they read as Chinese in GB18030/GBK' : 'GBK, GB18030, Latin-1?';
    throw new InputFileError(
      'NOT_UTF8',
      `${file}: the bytes are not valid UTF-8 (${guess}); expected ${kind.what} — convert it, ` +
        `e.g. iconv -f GB18030 -t UTF-8 ${file} > ${file.replace(/(\.[^./\\]+)?$/, '.utf8$1')}`,
      file,
    );
  }
  if (text.replace(/^\uFEFF/, '').trim() === '')
    throw new InputFileError('EMPTY', `${file}: the file holds only white space; expected ${kind.what}`, file);
  return text;
}

/** readInput, then decodeInput. */
export function readTextInput(file: string, kind: InputKind): { bytes: Buffer; text: string } {
  const bytes = readInput(file, kind);
  return { bytes, text: decodeInput(bytes, file, kind) };
}

function tooLarge(file: string, kind: InputKind, bytes: number): InputFileError {
  return new InputFileError(
    'TOO_LARGE',
    `${file}: the file is ${mib(bytes)}; ${kind.what} is expected to be at most ${mib(kind.maxBytes)} (${kind.sizeReason}), so it is not read`,
    file,
  );
}

function isDirectory(file: string, kind: InputKind): InputFileError {
  return new InputFileError(
    'IS_A_DIRECTORY',
    `${file}: this is a directory; expected ${kind.what}. Name the files in it, e.g. ${path.join(file, `*${kind.ext}`)}`,
    file,
  );
}

function unreadable(file: string, kind: InputKind, err: NodeJS.ErrnoException): InputFileError {
  switch (err.code) {
    case 'ENOENT':
    case 'ENOTDIR': {
      const dir = path.dirname(file);
      const where = dirExists(dir) ? '' : ` (there is no directory ${dir} either)`;
      return new InputFileError('FILE_NOT_FOUND', `${file}: no such file${where}; expected ${kind.what}`, file);
    }
    case 'EISDIR':
      return isDirectory(file, kind);
    case 'EACCES':
    case 'EPERM':
      return new InputFileError(
        'NOT_READABLE',
        `${file}: permission denied (this user may not read it); expected ${kind.what}`,
        file,
      );
    default:
      return new InputFileError(
        'NOT_READABLE',
        `${file}: cannot be read (${err.code ?? err.message}); expected ${kind.what}`,
        file,
      );
  }
}

function dirExists(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}
