import type { Chapter, Indicator, PlanDocument, YearValue } from '../../../src/ingest/types';

// A tiny district plan with one of everything the builder handles, including the awkward cases:
// an inferred section, a quote and a backslash in text, a repeated box number, a self-citation.

export function chapter(key: string, partial: Partial<Chapter> = {}): Chapter {
  return {
    key,
    kind: key.includes('/') ? 'section' : 'chapter',
    number: 1,
    title: null,
    line: 1,
    lines: [1, 1],
    inferred: false,
    evidence: null,
    paragraphs: [],
    children: [],
    ...partial,
  };
}

export const value = (
  raw: string,
  v: number | null,
  year: number | null,
  comparator: YearValue['comparator'] = 'EQ',
): YearValue => ({
  raw,
  value: v,
  comparator: v === null ? null : comparator,
  year,
});

export function indicator(seq: number, partial: Partial<Indicator> = {}): Indicator {
  return {
    seq,
    category: null,
    name: `指标${seq}`,
    unit: null,
    baseline: null,
    target: null,
    municipalTarget: null,
    attribute: 'EXPECTED',
    cumulative: false,
    lines: [100 + seq, 100 + seq],
    ...partial,
  };
}

export function planDocument(partial: Partial<PlanDocument> = {}): PlanDocument {
  return {
    source: { file: 'plans/test-2021-2025-plan.txt', sha256: 'ab'.repeat(32), lineCount: 300 },
    metadata: {
      id: 'test-2021-2025-plan',
      title: '重庆市渝中区“十四五”公共服务规划',
      region: '渝中区',
      level: 'district',
      periodStart: 2021,
      periodEnd: 2025,
      draft: false,
      issuer: '重庆市渝中区人民政府',
      docNumber: null,
      issuedOn: '2021-12-30',
      basedOn: [
        { title: '重庆市“十四五”公共服务规划', line: 12 },
        { title: '重庆市 “十四五” 公共服务规划', line: 40 },
        { title: '重庆市渝中区“十四五”公共服务规划', line: 41 },
      ],
      fromSidecar: ['title'],
    },
    chapters: [
      chapter('ch1', {
        title: '发展基础',
        lines: [10, 60],
        line: 10,
        paragraphs: [{ text: '“十三五”时期，公共服务水平稳步提升。', lines: [12, 12] }],
      }),
      chapter('ch2', {
        number: 2,
        title: '推进“一老一小”服务',
        line: 61,
        lines: [61, 200],
        children: [
          chapter('ch2/s1', {
            title: '发展普惠托育服务',
            line: 62,
            lines: [62, 90],
            paragraphs: [
              { text: '增加托位供给。由区卫生健康委牵头，区发改委配合。路径 C:\\托育\\计划', lines: [63, 64] },
            ],
          }),
          chapter('ch2/s2', {
            number: 2,
            title: null,
            line: 91,
            lines: [91, 200],
            inferred: true,
            evidence: '专栏2-1 at line 95',
            paragraphs: [{ text: "O'Neil 项目", lines: [92, 92] }],
          }),
        ],
      }),
    ],
    goals: [
      {
        lead: '养老服务更加完善',
        text: '——养老服务更加完善。养老床位达到5000张。',
        horizonYear: 2025,
        chapterKey: 'ch1',
        origin: 'section',
        lines: [20, 21],
      },
      { lead: null, text: '总体目标。', horizonYear: 2035, chapterKey: null, origin: 'section', lines: [5, 5] },
    ],
    indicatorTable: {
      number: '1',
      title: '主要指标',
      lines: [100, 110],
      columns: ['序号', '指标', '2025年'],
      notes: ['【】内为累计数'],
    },
    indicators: [
      indicator(1, {
        category: '幼有所育',
        name: '每千人口拥有3岁以下婴幼儿托位数',
        unit: '个',
        baseline: value('2', 2, 2020),
        target: value('4.5', 4.5, 2025),
        municipalTarget: value('≥4.5', 4.5, 2025, 'GE'),
      }),
      indicator(2, {
        name: '人均预期寿命',
        unit: '岁',
        baseline: value('80.5', 80.5, 2020),
        target: value('81左右', 81, 2025, 'APPROX'),
        attribute: null,
      }),
    ],
    boxes: [
      {
        number: '2-1',
        title: '托育服务重点项目',
        line: 95,
        lines: [95, 98],
        chapterKey: 'ch2/s2',
        items: [
          { name: '托育中心', text: '托育中心：新建区级托育综合服务中心1个。', lines: [96, 96] },
          { name: '社区嵌入式', text: '社区嵌入式：建设（责任单位：区教委）。', lines: [97, 98] },
        ],
      },
      { number: '2-1', title: null, line: 150, lines: [150, 151], chapterKey: null, items: [] },
    ],
    tables: [
      { number: '1', title: '主要指标', line: 99, chapterKey: 'ch1' },
      { number: '2', title: '基本公共服务清单', line: 160, chapterKey: 'ch2' },
    ],
    warnings: [],
    ...partial,
  };
}
