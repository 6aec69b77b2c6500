// Documents that cannot be read as a plan say what they are and what to do, whatever reads them.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import PDFDocument from 'pdfkit';
import { readPlanDocument, type PlanParseError } from '../../../../src/ingest';
import { DOCUMENTS } from './helpers';

const dir = mkdtempSync(path.join(tmpdir(), 'plangraph-documents-'));
const file = (name: string, bytes: Uint8Array | string): string => {
  const p = path.join(dir, name);
  writeFileSync(p, bytes);
  return p;
};
const refusal = async (p: string): Promise<{ code: string; message: string }> => {
  const err = (await readPlanDocument(p).catch((e: unknown) => e)) as PlanParseError;
  return { code: err.code, message: err.message };
};

/** A PDF drawn by pdfkit: `draw` puts on its one page whatever the case needs. */
function pdf(draw: (doc: PDFKit.PDFDocument) => void, options: PDFKit.PDFDocumentOptions = {}): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', ...options });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  draw(doc);
  doc.end();
  return done;
}

function expectRefusal(got: { code: string; message: string }, code: string, part: string): void {
  expect(got.code).toBe(code);
  expect(got.message).toContain(part);
}

describe('a plan document that cannot be read', () => {
  it('a name that promises another format: says what the file really is', async () => {
    const docx = file('plan.pdf', readFileSync(path.join(DOCUMENTS, 'yuzhong-2021-2025-public-services.docx')));
    expect(await refusal(docx)).toEqual({
      code: 'WRONG_EXTENSION',
      message: `${docx}: the name says .pdf but this is a Word document (.docx); rename it to ${path.join(dir, 'plan.docx')} and try again`,
    });
    const text = file('minutes.pdf', '会议纪要\n');
    expectRefusal(await refusal(text), 'WRONG_EXTENSION', 'this is plain text; rename it to');
    const html = file('page.txt', '<!DOCTYPE html><html><body><p>第一章 总体要求</p></body></html>');
    expect((await refusal(html)).message).toContain('the name says .txt but this is a web page (HTML)');
  });

  it('an old binary Word document (.doc): says to save it as .docx', async () => {
    const doc = file(
      'plan.doc',
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]),
    );
    expect(await refusal(doc)).toEqual({
      code: 'UNSUPPORTED_FORMAT',
      message:
        `${doc}: this is an old binary Office document (.doc, .xls or .wps), which is not read; save it as .docx from Word, ` +
        `or convert it: soffice --headless --convert-to docx ${doc} (gives ${path.join(dir, 'plan')}.docx)`,
    });
  });

  it('an encrypted Word document: says to remove the password', async () => {
    const ole = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0]),
      Buffer.alloc(60),
      Buffer.from('EncryptionInfo', 'utf16le'),
    ]);
    expectRefusal(await refusal(file('locked.docx', ole)), 'ENCRYPTED', 'remove the password');
  });

  it('a damaged .docx and a ZIP that is not a Word document', async () => {
    expectRefusal(
      await refusal(file('cut.docx', Buffer.from('PK\x03\x04 cut short', 'latin1'))),
      'NOT_A_DOCUMENT',
      'cannot be unpacked',
    );
    const zip = file('archive.docx', zipSync({ 'notes.txt': strToU8('第一章') }));
    expect(await refusal(zip)).toEqual({
      code: 'NOT_A_DOCUMENT',
      message: `${zip}: this is a ZIP archive but not a Word document (it has no word/document.xml; it holds notes.txt); save the plan from Word as .docx, or as plain text in UTF-8`,
    });
  });

  it('a damaged, an encrypted and an image-only PDF', async () => {
    expectRefusal(
      await refusal(file('cut.pdf', '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')),
      'NOT_A_DOCUMENT',
      'starts like a PDF (%PDF-) but cannot be read',
    );
    const locked = file('locked.pdf', await pdf((d) => d.text('第一章 总体要求'), { userPassword: 'secret' }));
    expect(await refusal(locked)).toEqual({
      code: 'ENCRYPTED',
      message: `${locked}: this PDF is encrypted (it asks for a password), so its text cannot be read; open it with the password and save a copy without one, then add that`,
    });
    const scan = file('scan.pdf', await pdf((d) => d.rect(50, 50, 400, 600).fill('#888')));
    expect(await refusal(scan)).toEqual({
      code: 'NO_TEXT_LAYER',
      message: `${scan}: image-only PDF: its 1 page(s) have no text layer (scanned images); run OCR first (e.g. ocrmypdf -l chi_sim in.pdf out.pdf) or supply the indicator table as <name>.indicators.csv`,
    });
  });

  it('RTF, and a web page with an empty table and no headings', async () => {
    expect((await refusal(file('plan.rtf', '{\\rtf1\\ansi 第一章}'))).code).toBe('UNSUPPORTED_FORMAT');
    const empty = file(
      'empty.html',
      '<!DOCTYPE html><html><body><table><tr><th>序号</th><th>指标</th><th>2025年</th></tr></table></body></html>',
    );
    expectRefusal(
      await refusal(empty),
      'NOT_A_PLAN',
      `${empty}: expected a plan with 篇/章/节 headings or a main indicator table`,
    );
    const blank = file('blank.html', '<!DOCTYPE html><html><body><table></table></body></html>');
    expect(await refusal(blank)).toEqual({ code: 'EMPTY', message: `${blank}: the web page holds no text` });
  });
});
