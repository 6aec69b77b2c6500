import { mkdirSync, mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { looksLikeCypher } from '../../../src/files/cypherText';
import { CYPHER_SCRIPT, PLAN_TEXT } from '../../../src/files/kinds';
import { InputFileError, readTextInput } from '../../../src/files/readInput';

const dir = mkdtempSync(join(tmpdir(), 'plangraph-input-'));
const file = (name: string, bytes: string | Uint8Array) => (writeFileSync(join(dir, name), bytes), join(dir, name));

function problem(path: string, kind = PLAN_TEXT): { code: string; message: string } {
  try {
    readTextInput(path, kind);
  } catch (err) {
    if (err instanceof InputFileError) return { code: err.code, message: err.message };
    throw err;
  }
  throw new Error(`${path} was read`);
}

describe('reading a file given on the command line', () => {
  it('names a missing file, and a missing directory above it', () => {
    expect(problem(join(dir, 'nope.txt'))).toEqual({
      code: 'FILE_NOT_FOUND',
      message: `${join(dir, 'nope.txt')}: no such file; expected the UTF-8 text of a plan`,
    });
    expect(problem(join(dir, 'no', 'plan.txt')).message).toBe(
      `${join(dir, 'no', 'plan.txt')}: no such file (there is no directory ${join(dir, 'no')} either); expected the UTF-8 text of a plan`,
    );
  });

  it('says a directory is one, with the files to name instead', () => {
    mkdirSync(join(dir, 'plans'));
    expect(problem(join(dir, 'plans'))).toEqual({
      code: 'IS_A_DIRECTORY',
      message: `${join(dir, 'plans')}: this is a directory; expected the UTF-8 text of a plan. Name the files in it, e.g. ${join(dir, 'plans', '*.txt')}`,
    });
    expect(problem(join(dir, 'plans'), CYPHER_SCRIPT).message).toMatch(
      /expected a UTF-8 Cypher script \(statements separated by ;\)\. Name the files in it, e\.g\. .*\*\.cypher$/,
    );
  });

  it('tells PDF and Word files by their bytes and says how to get their text', () => {
    const pdf = file('plan.pdf', Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n', 'latin1'));
    expect(problem(pdf)).toEqual({
      code: 'BINARY',
      message:
        `${pdf}: this is a PDF document (it starts with %PDF-), not text; expected the UTF-8 text of a ` +
        `plan. Convert it to text first, e.g. pdftotext -layout ${pdf} ${join(dir, 'plan.txt')}`,
    });
    const docx = file('plan.docx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]));
    expect(problem(docx).message).toBe(
      `${docx}: this is a Word document (.docx is a ZIP of XML), not text; expected the UTF-8 text of a plan. ` +
        `Save it as plain text in UTF-8 (Word: Save As → Plain Text → Unicode UTF-8), or e.g. pandoc -t plain -o ${join(dir, 'plan.txt')} ${docx}`,
    );
    const doc = file('plan.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    expect(problem(doc).message).toMatch(/this is an old-format Office document \(\.doc, \.xls, \.wps\), not text/);
    // A script is never made from a document: no conversion advice there.
    expect(problem(pdf, CYPHER_SCRIPT).message).toBe(
      `${pdf}: this is a PDF document (it starts with %PDF-), not text; expected a UTF-8 Cypher script (statements separated by ;).`,
    );
  });

  it('reads a .pdf name over plain text as the text it is', () => {
    expect(readTextInput(file('notes.pdf', '第一章 总体要求\n'), PLAN_TEXT).text).toBe('第一章 总体要求\n');
  });

  it('recognises GB18030 (GBK) Chinese and gives the iconv line', () => {
    const gbk = file('gbk.txt', Buffer.from([0xb5, 0xda, 0xd2, 0xbb, 0xd5, 0xc2, 0x0a])); // 第一章
    expect(problem(gbk)).toEqual({
      code: 'NOT_UTF8',
      message:
        `${gbk}: the bytes are not valid UTF-8 (they read as Chinese in GB18030/GBK); expected the UTF-8 ` +
        `text of a plan — convert it, e.g. iconv -f GB18030 -t UTF-8 ${gbk} > ${join(dir, 'gbk.utf8.txt')}`,
    });
  });

  it('refuses empty, white-space-only, binary and oversized files', () => {
    expect(problem(file('empty.txt', ''))).toMatchObject({
      code: 'EMPTY',
      message: expect.stringMatching(/the file is empty; expected the UTF-8 text of a plan$/) as string,
    });
    expect(problem(file('blank.txt', ' \n\t\n'))).toMatchObject({
      code: 'EMPTY',
      message: expect.stringMatching(/holds only white space/) as string,
    });
    expect(problem(file('data.bin', Buffer.from([0x41, 0x00, 0x42])))).toMatchObject({
      code: 'BINARY',
      message: expect.stringMatching(/found NUL bytes, so this is a binary file, not text/) as string,
    });
    const huge = file('huge.txt', '');
    truncateSync(huge, PLAN_TEXT.maxBytes + 1);
    expect(problem(huge)).toEqual({
      code: 'TOO_LARGE',
      message: `${huge}: the file is 64.0 MiB; the UTF-8 text of a plan is expected to be at most 64.0 MiB (a whole plan is a few MB), so it is not read`,
    });
  });
});

describe('looksLikeCypher', () => {
  it('goes by the first line that is not blank or a comment', () => {
    expect(looksLikeCypher('// plangraph:plan x\n\n:param rows => [];\nUNWIND $rows AS r CREATE (:X);')).toBe(true);
    expect(looksLikeCypher('MATCH (n) RETURN n;')).toBe(true);
    expect(looksLikeCypher('重庆市渝中区“十四五”公共服务规划\n第一章 发展基础\n')).toBe(false);
    expect(looksLikeCypher('Matching the city’s targets\n')).toBe(false);
  });
});
