import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePlan, parseSidecar, PlanParseError, readPlanFile } from '../../../src/ingest';
import { MAX_PLAN_BYTES } from '../../../src/ingest/source';
import { PLANS, planText } from './helpers';

function codeOf(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (e) {
    if (e instanceof PlanParseError) return e.code;
    throw e;
  }
}

describe('bad input gets a typed error that says what was expected and found', () => {
  it('empty and white-space-only files', () => {
    expect(codeOf(() => parsePlan(new Uint8Array(), { source: 'x.txt' }))).toBe('EMPTY');
    expect(codeOf(() => parsePlan(' \n\u3000\n\t\n', { source: 'x.txt' }))).toBe('EMPTY');
  });

  it('a file beyond the documented size is refused before it is read, saying the limit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plangraph-large-'));
    const file = join(dir, 'huge.txt');
    writeFileSync(file, '');
    truncateSync(file, MAX_PLAN_BYTES + 1); // sparse: the size is there, the bytes are not
    expect(codeOf(() => readPlanFile(file))).toBe('TOO_LARGE');
    expect(() => readPlanFile(file)).toThrow(/at most 64\.0 MiB/);
    expect(codeOf(() => parsePlan(new Uint8Array(MAX_PLAN_BYTES + 1), { source: 'x.txt' }))).toBe('TOO_LARGE');
  });

  it('a binary file', () => {
    expect(codeOf(() => parsePlan(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), { source: 'x.docx' }))).toBe(
      'BINARY',
    );
  });

  it('GBK bytes instead of UTF-8', () => {
    const gbk = new Uint8Array([0xb5, 0xda, 0xd2, 0xbb, 0xd5, 0xc2]); // 第一章 in GBK
    expect(() => parsePlan(gbk, { source: 'x.txt' })).toThrow(/UTF-8/);
    expect(codeOf(() => parsePlan(gbk, { source: 'x.txt' }))).toBe('NOT_UTF8');
  });

  it('a text that is not a plan', () => {
    const readme = readFileSync(join(PLANS, 'README.md'), 'utf8');
    expect(codeOf(() => parsePlan(readme, { source: 'README.md' }))).toBe('NOT_A_PLAN');
    expect(() => parsePlan('今天天气很好。\n我们去公园。\n', { source: 'note.txt' })).toThrow(/found neither/);
  });

  it('a plan whose text lacks its title and no sidecar', () => {
    const text = planText('yuzhong-2021-2025-public-services');
    expect(() => parsePlan(text, { source: 'yuzhong.txt' })).toThrow(/title.*sidecar/);
    expect(codeOf(() => parsePlan(text, { source: 'yuzhong.txt', sidecar: null }))).toBe('MISSING_METADATA');
  });
});

describe('sidecar', () => {
  it('rejects unknown fields and wrong types, listing each problem', () => {
    expect(() => parseSidecar('{"title": "x规划", "level": "city", "colour": 1}', 'a.meta.json')).toThrow(
      /level.*colour|colour.*level/s,
    );
    expect(codeOf(() => parseSidecar('{"periodStart": "2021"}', 'a.meta.json'))).toBe('SIDECAR_INVALID');
    expect(codeOf(() => parseSidecar('not json', 'a.meta.json'))).toBe('SIDECAR_INVALID');
  });

  it('a value that contradicts the text is an error', () => {
    const text = planText('jiangbei-2021-2025-public-services');
    const run = () =>
      parsePlan(text, { source: 'jiangbei.txt', sidecar: { title: '江北区公共服务规划', periodEnd: 2025 } });
    expect(codeOf(run)).toBe('SIDECAR_CONFLICT');
    expect(run).toThrow(/title/);
    expect(codeOf(() => parsePlan(text, { source: 'jiangbei.txt', sidecar: { periodStart: 2026 } }))).toBe(
      'SIDECAR_CONFLICT',
    );
  });

  it('agreeing values are fine, do not count as from the sidecar, and `id` overrides the file name', () => {
    const text = planText('jiangbei-2021-2025-public-services');
    const doc = parsePlan(text, {
      source: 'plans/jiangbei.txt',
      sidecar: { id: 'jb', region: '江北区', docNumber: '江北发改〔2022〕1号' },
    });
    expect(doc.metadata.id).toBe('jb');
    expect(doc.metadata.fromSidecar).toEqual(['docNumber']);
    expect(doc.metadata.docNumber).toBe('江北发改〔2022〕1号');
  });
});
