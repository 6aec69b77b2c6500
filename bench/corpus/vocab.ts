// The genre's stock phrases: sector plans a district issues each period, the domains they draw
// measures from, and the sentences their chapters are made of.

export interface Sector {
  /** Title fragment: 重庆市万州区“十四五”<name>规划. */
  name: string;
  slug: string;
  domains: string[];
}

export const SECTORS: readonly Sector[] = [
  {
    name: '公共服务',
    slug: 'public-services',
    domains: ['childcare', 'education', 'health', 'elderly-care', 'social-security'],
  },
  {
    name: '社会民生事业发展',
    slug: 'social-livelihood',
    domains: ['education', 'health', 'elderly-care', 'employment', 'social-security'],
  },
  { name: '教育事业发展', slug: 'education', domains: ['education', 'childcare'] },
  { name: '卫生健康发展', slug: 'health', domains: ['health', 'medical-insurance'] },
  { name: '养老服务体系建设', slug: 'elderly-care', domains: ['elderly-care', 'social-security'] },
  { name: '就业促进', slug: 'employment', domains: ['employment', 'income', 'social-security'] },
  { name: '文化和体育发展', slug: 'culture-sports', domains: ['culture', 'sports'] },
  { name: '社会保障', slug: 'social-security', domains: ['social-security', 'medical-insurance', 'social-assistance'] },
  {
    name: '民政事业发展',
    slug: 'civil-affairs',
    domains: ['social-assistance', 'community', 'disability', 'women-children'],
  },
  { name: '住房保障', slug: 'housing', domains: ['housing', 'community'] },
  { name: '退役军人服务保障', slug: 'veterans', domains: ['veterans', 'employment'] },
  { name: '妇女儿童发展', slug: 'women-children', domains: ['women-children', 'childcare', 'disability'] },
];

export const PERIODS = [
  { start: 2016, end: 2020, ordinal: '十三五', numeral: '十三' },
  { start: 2021, end: 2025, ordinal: '十四五', numeral: '十四' },
  { start: 2026, end: 2030, ordinal: '十五五', numeral: '十五' },
] as const;
export type Period = (typeof PERIODS)[number];

export const TASKS: readonly string[] = [
  '推进基本公共服务均等化',
  '建设高质量教育体系',
  '全面推进健康区县建设',
  '健全养老服务体系',
  '促进高质量充分就业',
  '完善社会保障体系',
  '繁荣发展公共文化事业',
  '加快建设体育强区',
  '提升住房保障水平',
  '加强困难群体兼顾保障',
  '促进人口长期均衡发展',
  '推进城乡社区服务',
  '强化退役军人服务保障',
  '保障妇女儿童合法权益',
  '优化公共服务供给',
];

export const SECTIONS: readonly string[] = [
  '补齐基础设施短板',
  '提升服务供给能力',
  '深化体制机制改革',
  '推进数字化赋能',
  '健全标准规范体系',
  '加强人才队伍建设',
  '促进城乡协调发展',
  '扩大普惠服务供给',
  '提高服务质量水平',
  '加强重点人群保障',
];

export const PROJECTS: readonly string[] = [
  '普惠托育服务专项行动',
  '义务教育学校新建改扩建工程',
  '区级医院提档升级工程',
  '社区养老服务设施建设',
  '公共就业服务能力提升项目',
  '社区综合服务设施补短板工程',
  '全民健身场地设施建设',
  '公共文化设施提升工程',
  '保障性租赁住房建设',
  '智慧养老云平台',
  '基层医疗卫生机构标准化建设',
  '残疾人康复服务中心',
  '退役军人服务站提质升级',
  '城镇老旧小区改造',
  '职业技能提升行动',
];

export const PHRASES: readonly string[] = [
  '坚持以人民为中心的发展思想',
  '着力补齐民生领域短板',
  '推动公共服务优质均衡发展',
  '健全政府主导、社会参与的供给格局',
  '强化财政投入保障',
  '深化供给侧结构性改革',
  '加快形成多元参与的服务体系',
  '持续提升群众获得感、幸福感、安全感',
  '统筹城乡区域协调发展',
  '完善服务标准和质量评价机制',
  '推动资源向基层延伸、向农村覆盖',
  '加强部门协同和督促考核',
];
