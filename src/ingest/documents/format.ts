import { PlanParseError } from '../errors';
import type { DocumentFormat } from './types';

const NAMES: Record<DocumentFormat, { is: string; ext: string }> = {
  text: { is: 'plain text', ext: '.txt' },
  docx: { is: 'a Word document (.docx)', ext: '.docx' },
  pdf: { is: 'a PDF document', ext: '.pdf' },
  html: { is: 'a web page (HTML)', ext: '.html' },
};

/** What an extension promises; other names (none, .md, .plan) are read by content alone. */
const BY_EXTENSION: Record<string, DocumentFormat> = {
  txt: 'text',
  docx: 'docx',
  pdf: 'pdf',
  html: 'html',
  htm: 'html',
};

/**
 * A plan file's format, told by its bytes (%PDF-, a ZIP, markup), never by its name alone; a name
 * that promises another format is refused, saying what the file really is. Formats that cannot be
 * read (old binary Word, an encrypted Office file, RTF) are refused with what to do instead.
 */
export function detectFormat(bytes: Uint8Array, file: string): DocumentFormat {
  const format = sniff(bytes, file);
  const ext = /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase() ?? '';
  const promised = BY_EXTENSION[ext];
  if (promised !== undefined && promised !== format) {
    const stem = file.replace(/\.[^./\\]+$/, '');
    throw new PlanParseError(
      'WRONG_EXTENSION',
      `${file}: the name says .${ext} but this is ${NAMES[format].is}; rename it to ${stem}${NAMES[format].ext} and try again`,
    );
  }
  return format;
}

function sniff(bytes: Uint8Array, file: string): DocumentFormat {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  // The PDF header may follow a little junk (the specification allows it within the first 1024 bytes).
  if (head.includes('%PDF-')) return 'pdf';
  if (head.startsWith('PK\x03\x04') || head.startsWith('PK\x05\x06')) return 'docx';
  if (head.startsWith('\xd0\xcf\x11\xe0')) throw oleDocument(bytes, file);
  if (head.startsWith('{\\rtf'))
    throw new PlanParseError(
      'UNSUPPORTED_FORMAT',
      `${file}: this is a Rich Text (RTF) document, which is not read; open it in Word or LibreOffice and save it as .docx`,
    );
  const start = Buffer.from(bytes.subarray(0, 4096))
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .replace(/^(\s|<!--[\s\S]*?-->|<\?xml[^>]*>)*/, '');
  if (/^<(!doctype\s+html|html|head|body|meta|title|table|div|p|h[1-6])[\s>/]/i.test(start)) return 'html';
  return 'text';
}

/** An OLE compound file: an old binary Office document, or any Office file saved with a password. */
function oleDocument(bytes: Uint8Array, file: string): PlanParseError {
  const utf16 = Buffer.from(bytes).indexOf(Buffer.from('EncryptionInfo', 'utf16le')) >= 0;
  if (utf16)
    return new PlanParseError(
      'ENCRYPTED',
      `${file}: this Office document is encrypted (saved with a password), so its text cannot be read; ` +
        'open it in Word, remove the password (File → Info → Protect Document) and save it as .docx',
    );
  const stem = file.replace(/\.[^./\\]+$/, '');
  return new PlanParseError(
    'UNSUPPORTED_FORMAT',
    `${file}: this is an old binary Office document (.doc, .xls or .wps), which is not read; ` +
      `save it as .docx from Word, or convert it: soffice --headless --convert-to docx ${file} (gives ${stem}.docx)`,
  );
}
