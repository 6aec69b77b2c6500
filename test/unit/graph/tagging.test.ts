import { domainsIn, referenceData, requireRegion } from '../../../src/graph';
import { departmentsNamed, type MentionScope } from '../../../src/graph/tagging/statedDepartments';

const domains = referenceData.domains;
const ids = (text: string) => domainsIn(text, domains).map((h) => h.domainId);

describe('domainsIn', () => {
  it('finds a domain by keyword and says which keyword', () => {
    expect(domainsIn('发展普惠托育服务', domains)).toEqual([{ domainId: 'childcare', keyword: '托育' }]);
  });

  it('lets a longer keyword win over one inside it', () => {
    expect(ids('基本养老保险参保率')).toEqual(['social-security']);
    expect(ids('基本医疗保险参保率')).toEqual(['medical-insurance']);
    expect(ids('养老机构护理型床位占比')).toEqual(['elderly-care']);
  });

  it('keeps every domain a phrase names, in order of appearance', () => {
    expect(ids('推进“一老一小”整体解决方案')).toEqual(['childcare', 'elderly-care']);
    expect(ids('退役军人培训就业率')).toEqual(['veterans', 'employment']);
  });

  it('finds nothing in text about no domain', () => {
    expect(ids('加强组织领导')).toEqual([]);
  });
});

describe('departmentsNamed', () => {
  const yuzhong = requireRegion(referenceData.regions, '渝中区');
  const chongqing = requireRegion(referenceData.regions, '重庆市');
  const district: MentionScope = { region: yuzhong, municipality: chongqing, departments: referenceData.departments };
  const city: MentionScope = { region: chongqing, municipality: chongqing, departments: referenceData.departments };
  const named = (text: string, scope = district) =>
    departmentsNamed(text, scope).map((m) => `${m.region.code}/${m.department.key}`);

  it('reads 区… as the plan district and 市… as the city', () => {
    expect(named('由区卫生健康委牵头，市教委指导。')).toEqual(['chongqing/yuzhong/卫生健康委', 'chongqing/教委']);
  });

  it('knows the aliases plans print', () => {
    expect(named('区发改委、区人社局按职责分工负责。')).toEqual([
      'chongqing/yuzhong/发展改革委',
      'chongqing/yuzhong/人力社保局',
    ]);
    expect(named('重庆市渝中区发展和改革委员会')).toEqual(['chongqing/yuzhong/发展改革委']);
  });

  it('quotes the sentence as evidence', () => {
    const [m] = departmentsNamed('前一句。增加托位（责任单位：区教委）。下一句。', district);
    expect(m?.sentence).toBe('增加托位（责任单位：区教委）。');
    expect(m?.printed).toBe('区教委');
  });

  it('takes an unprefixed name only where the sentence gives it a role', () => {
    expect(named('劳动年龄人口平均受教育年限（教委提供专项规划）', city)).toEqual(['chongqing/教委']);
    expect(named('纵深推进残联改革。')).toEqual([]);
  });

  it('ignores other governments’ bodies and 区… in the city’s own plan', () => {
    expect(named('国家卫生健康委牵头制定标准。')).toEqual([]);
    expect(named('各区县教委负责落实。', city)).toEqual([]);
  });
});
