import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCommand } from '../../../src/cli/commands/parse';
import { summarise } from '../../../src/cli/commands/parseSummary';
import { buildPlanScript } from '../../../src/graph';
import { PlanParseError, readPlanFile } from '../../../src/ingest';
import { indicatorsToCsv, planWithSidecar, withoutProvenance } from '../../helpers/indicatorsCsv';

const CHANGSHOU = 'changshou-2021-2025-social-livelihood';
const BUNDLED = [
  CHANGSHOU,
  'chongqing-2026-2030-social-development-draft',
  'jiangbei-2021-2025-public-services',
  'yongchuan-2021-2025-public-services',
  'yuzhong-2021-2025-public-services',
];

describe('a plan with its indicator table as a sidecar CSV', () => {
  it('reads back the rows of Changshou’s printed table from a CSV of them, once the table is cut from the text', () => {
    const { planFile, csvFile, original } = planWithSidecar(CHANGSHOU);
    const doc = readPlanFile(planFile);
    expect(doc.indicators).toHaveLength(22);
    expect(doc.indicators.map(withoutProvenance)).toEqual(original.indicators.map(withoutProvenance));
    // Provenance: every row names the CSV and its own line there (the header is line 1).
    expect(doc.indicators.map((i) => [i.sidecar?.file, i.lines])).toEqual(
      doc.indicators.map((_, n) => [csvFile, [n + 2, n + 2]]),
    );
    expect(doc.indicatorTable).toMatchObject({ lines: [1, 23], sidecar: { file: csvFile, replaced: null } });
    expect(doc.warnings.filter((w) => w.code.startsWith('INDICATOR'))).toEqual([
      {
        line: null,
        code: 'INDICATOR_TABLE_FROM_SIDECAR',
        message: `the text prints no indicator table; indicator rows taken from ${csvFile}`,
      },
    ]);
    // The rest of the plan reads as before: the table lines were blanked, not removed.
    expect(doc.chapters).toEqual(original.chapters);
    expect(doc.goals).toEqual(original.goals);
  });

  it.each(BUNDLED)('prefers the sidecar over the printed table of %s and says which lines it stands in for', (name) => {
    const { planFile, csvFile, original } = planWithSidecar(name, {
      keepTable: true,
      csv: (o) => indicatorsToCsv(o.indicators, { cumulative: true }),
    });
    const doc = readPlanFile(planFile);
    expect(doc.indicators.map(withoutProvenance)).toEqual(original.indicators.map(withoutProvenance));
    const printed = original.indicatorTable?.lines;
    expect(doc.indicatorTable?.sidecar?.replaced).toEqual(printed);
    expect(doc.warnings).toContainEqual({
      line: printed?.[0],
      code: 'INDICATOR_TABLE_FROM_SIDECAR',
      message: `indicator rows taken from ${csvFile} instead of the text's table at lines ${printed?.[0]}–${printed?.[1]}`,
    });
    expect(doc.chapters).toEqual(original.chapters);
  });

  it('accepts a text with no chapters and no table when the sidecar gives the table', () => {
    const { dir } = planWithSidecar(CHANGSHOU);
    const planFile = join(dir, `${CHANGSHOU}.txt`);
    writeFileSync(planFile, '前言\n本规划的主要指标见附表。\n');
    writeFileSync(
      join(dir, `${CHANGSHOU}.meta.json`),
      JSON.stringify({ title: '重庆市长寿区社会民生事业第十四个五年发展规划' }),
    );
    const doc = readPlanFile(planFile);
    expect(doc.chapters).toEqual([]);
    expect(doc.indicators).toHaveLength(22);
    expect(doc.metadata).toMatchObject({ periodStart: 2021, periodEnd: 2025, region: '长寿区' });
    rmSync(join(dir, `${CHANGSHOU}.indicators.csv`));
    expect(() => readPlanFile(planFile)).toThrow(expect.objectContaining({ code: 'NOT_A_PLAN' }) as Error);
  });

  it('stops with INDICATORS_CSV_INVALID naming the file, line and column', () => {
    const { planFile, csvFile } = planWithSidecar(CHANGSHOU, {
      csv: () => 'seq,name,target\n1,a,80\n2,b,2025年底前完成9x\n',
    });
    expect(() => readPlanFile(planFile)).toThrow(PlanParseError);
    expect(() => readPlanFile(planFile)).toThrow(`${csvFile} line 3, column target: expected a value like 95`);
  });

  it('says in `plangraph parse` and in the load script that the rows came from the sidecar', () => {
    const { planFile, csvFile } = planWithSidecar(CHANGSHOU);
    const doc = readPlanFile(planFile);
    expect(summarise(doc)).toContain(`  indicator table from sidecar: ${csvFile} (22 rows)`);
    expect(parseCommand().description()).toContain('<name>.indicators.csv');
    const script = buildPlanScript(doc, { parserVersion: 'test' });
    expect(script).toContain(`fromSidecar: true, sourceFile: '${csvFile}'`);
    expect(script).not.toContain('fromSidecar: false');
    const fromText = buildPlanScript(readPlanFile(join(__dirname, '../../../plans', `${CHANGSHOU}.txt`)), {
      parserVersion: 'test',
    });
    expect(fromText).toContain('fromSidecar: false, sourceFile: null');
  });
});
