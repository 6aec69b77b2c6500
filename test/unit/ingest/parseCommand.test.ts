import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCommand } from '../../../src/cli/commands/parse';
import type { PlanDocument } from '../../../src/ingest/types';
import { planPath } from './helpers';

async function run(args: string[]): Promise<{ out: string; err: string; exitCode: number | undefined }> {
  let out = '';
  let err = '';
  const stdout = jest.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  const stderr = jest.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  const before = process.exitCode;
  try {
    await parseCommand().exitOverride().parseAsync(args, { from: 'user' });
    return { out, err, exitCode: process.exitCode as number | undefined };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
    process.exitCode = before;
  }
}

describe('plangraph parse', () => {
  it('prints counts per kind, the inferred count and warnings with line numbers', async () => {
    const { out, exitCode } = await run([planPath('jiangbei-2021-2025-public-services')]);
    expect(exitCode).toBeUndefined();
    expect(out).toContain('江北区“十四五”公共服务规划');
    expect(out).toMatch(/parts 0, chapters 7, sections 33, goals 15, indicators \d+, boxes 21, tables 3/);
    expect(out).toContain('inferred nodes 32');
    expect(out).toContain('line 445: [CHAPTER_INFERRED]');
  });

  it('prints the full PlanDocument with --json, sidecar applied', async () => {
    const { out } = await run([planPath('yuzhong-2021-2025-public-services'), '--json']);
    const doc = JSON.parse(out) as PlanDocument;
    expect(doc.metadata.title).toBe('重庆市渝中区“十四五”公共服务规划');
    expect(doc.chapters).toHaveLength(14);
    expect(Object.keys(doc)).toEqual([
      'source',
      'metadata',
      'chapters',
      'goals',
      'indicatorTable',
      'indicators',
      'boxes',
      'tables',
      'warnings',
    ]);
  });

  it('reports a PlanParseError as `error [CODE]: message` with exit code 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plangraph-'));
    const file = join(dir, 'notes.txt');
    writeFileSync(file, '会议纪要。\n明天开会。\n');
    const { out, err, exitCode } = await run([file]);
    expect(out).toBe('');
    expect(err).toMatch(/^error \[NOT_A_PLAN\]: .*notes\.txt: expected a plan/);
    expect(exitCode).toBe(1);
  });

  it('prints the text read from a Word document with --text, each line with its place with --origins', async () => {
    const docx = join(__dirname, '../../fixtures/documents/yuzhong-2021-2025-public-services.docx');
    const { out } = await run([docx, '--text', '--origins']);
    const lines = out.split('\n');
    expect(lines).toContain('table 1 row 1\t序号\t指标名称\t单位\t2020年\t2025年\t市级指标2025年\t指标属性');
    expect(lines).toContain('table 1 row 3\t1\t人均预期寿命\t岁\t80.78\t81\t79.3\t预期性');
    const { out: summary } = await run([docx]);
    expect(summary).toContain('read from a Word document:');
  });
});
