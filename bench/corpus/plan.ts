import type { Rng } from './prng';
import { chineseOrdinal, renderTable, type Layout } from './tables';
import { valuesFor, type CatalogueMeasure, type Row } from './values';
import { PHRASES, PROJECTS, SECTIONS, TASKS, type Period, type Sector } from './vocab';

export interface PlanSpec {
  id: string;
  region: { code: string; name: string; level: 'municipal' | 'district' };
  sector: Sector;
  period: Period;
  layout: Layout;
  /** How the plan names itself: a title page with a TOC, a 印发 notice, or nothing (sidecar). */
  front: 'title' | 'notice' | 'none';
}

export interface GeneratedPlan {
  text: string;
  /** Written as <id>.meta.json when the text leaves something unsaid. */
  sidecar: Record<string, unknown> | null;
  indicators: number;
}

const CATEGORY: Readonly<Record<string, string>> = {
  employment: '就业创业服务',
  income: '收入分配',
  education: '现代教育服务',
  health: '医疗卫生服务',
  'elderly-care': '养老服务',
  childcare: '婴幼儿照护服务',
  'social-security': '社会保险服务',
  'medical-insurance': '医疗保障',
  'social-assistance': '社会救助服务',
  housing: '住房保障服务',
  culture: '公共文化服务',
  sports: '公共体育服务',
  veterans: '优军服务保障',
  disability: '残疾人服务',
  'women-children': '妇女儿童服务',
  community: '社区服务',
};

// Names outside the catalogue, as every real table has a few.
const UNCATALOGUED: ReadonlyArray<[string, string | null]> = [
  ['社区卫生服务中心标准化建设达标率', '%'],
  ['公共图书馆人均藏书量', '册'],
  ['中小学校体育场地开放率', '%'],
  ['家庭医生签约服务覆盖率', '%'],
  ['特殊教育学校专任教师数', '人'],
  ['城乡居民医保参保率', '%'],
  ['乡镇综合文化站达标率', '%'],
  ['零就业家庭动态清零率', '%'],
];

/** Catalogue names print as they stand, sometimes as a reviewed alias, sometimes as a name the catalogue lacks. */
function rowsFor(r: Rng, spec: PlanSpec, catalogue: readonly CatalogueMeasure[]): Row[] {
  const inSector = catalogue.filter((m) => spec.sector.domains.includes(m.domain));
  const others = catalogue.filter((m) => !spec.sector.domains.includes(m.domain));
  const count = r.int(30, 50);
  const chosen = [...r.sample(inSector, inSector.length), ...r.sample(others, others.length)].slice(0, count);
  chosen.sort(
    (a, b) =>
      spec.sector.domains.indexOf(a.domain) - spec.sector.domains.indexOf(b.domain) || a.domain.localeCompare(b.domain),
  );
  const municipal = spec.region.level === 'municipal';
  return chosen.map((m) => {
    const attribute = r.chance(0.3) ? '约束性' : '预期性';
    const category = CATEGORY[m.domain] ?? '其他';
    if (r.chance(0.06)) {
      const [name, unit] = r.pick(UNCATALOGUED);
      return { category, name, unit, baseline: String(r.int(50, 90)), target: `≥${r.int(90, 100)}`, attribute };
    }
    const name = m.aliases.length > 0 && r.chance(0.2) ? r.pick(m.aliases) : m.name;
    return { category, name, unit: m.unit, ...valuesFor(r, m, municipal), attribute };
  });
}

const paragraph = (r: Rng, min = 4, max = 8) => `${r.sample(PHRASES, r.int(min, max)).join('，')}。`;

function box(r: Rng, n: number, title: string): string[] {
  const items = r.sample(PROJECTS, r.int(3, 6));
  return [`专栏${n}  ${title}重点项目`, ...items.map((p, i) => `${i + 1}. ${p}。${paragraph(r, 2, 3)}`), ''];
}

interface Chapter {
  title: string;
  sections: string[];
}

export function generatePlan(
  r: Rng,
  spec: PlanSpec,
  catalogue: readonly CatalogueMeasure[],
  cityTitle: string,
): GeneratedPlan {
  const { period, region, sector } = spec;
  const autonomous = region.name.endsWith('自治县');
  const place = region.level === 'municipal' || autonomous ? region.name : `重庆市${region.name}`;
  const title = `${place}“${period.ordinal}”${sector.name}规划`;
  const rows = rowsFor(r, spec, catalogue);
  const tasks: Chapter[] = r
    .sample(TASKS, r.int(5, 8))
    .map((t) => ({ title: t, sections: r.sample(SECTIONS, r.int(2, 4)) }));
  const chapters: Chapter[] = [
    { title: '规划背景', sections: ['发展基础', '面临形势'] },
    { title: '总体要求', sections: ['指导思想', '基本原则', '发展目标'] },
    ...tasks,
    { title: '保障措施', sections: ['加强组织领导', '强化要素保障', '健全监测评估'] },
  ];
  const cites = region.level === 'district' ? `为贯彻落实《${cityTitle}》，` : '';
  const table = renderTable({
    layout: spec.layout,
    caption: `${region.name}“${period.ordinal}”${sector.name}`,
    baseYear: period.start - 1,
    targetYear: period.end,
    rows,
  });
  let boxNo = spec.layout.startsWith('cells-category-rows') || spec.layout === 'cells-padded-category' ? 1 : 0;

  const body: string[] = [];
  chapters.forEach((ch, ci) => {
    body.push(`第${chineseOrdinal(ci + 1)}章 ${ch.title}`, '');
    if (ci === 0)
      body.push(
        `${cites}根据《${place}国民经济和社会发展第${period.numeral}个五年规划纲要》，编制本规划。规划期为${period.start}—${period.end}年。`,
        '',
      );
    else body.push(paragraph(r), '');
    ch.sections.forEach((s, si) => {
      body.push(`第${chineseOrdinal(si + 1)}节 ${s}`, '', paragraph(r), '');
      if (s === '发展目标')
        body.push(
          `到${period.end}年，${paragraph(r, 3, 5)}`,
          '',
          `——服务体系更加健全。${paragraph(r, 2, 3)}`,
          '',
          ...table,
          '',
        );
      else if (r.chance(0.5)) body.push(paragraph(r), '');
    });
    if (ci >= 2 && ci < chapters.length - 1 && r.chance(0.6)) body.push(...box(r, ++boxNo, ch.title));
  });

  const toc = [
    '目 录',
    '',
    ...chapters.map((ch, ci) => `第${chineseOrdinal(ci + 1)}章 ${ch.title}.....\t${ci * 4 + 1}`),
    '',
  ];
  const date = `${period.start}年${r.int(3, 12)}月`;
  const front =
    spec.front === 'title'
      ? [title, `(${period.start}—${period.end}年)`, '', date, '', ...toc]
      : spec.front === 'notice'
        ? [
            `${region.name}人民政府办公室`,
            `关于印发《${title}》的通知`,
            '',
            `各部门、各有关单位：现将《${title}》印发给你们，请认真贯彻执行。`,
            '',
            `${date.replace('月', '月1日')}`,
            '',
            ...toc,
          ]
        : [];
  const sidecar =
    spec.front === 'none' || autonomous
      ? { title, region: region.name, level: region.level, periodStart: period.start, periodEnd: period.end }
      : null;
  return { text: [...front, ...body].join('\n') + '\n', sidecar, indicators: rows.length };
}
