import { judgeAchievement, type ProgressValue } from '../../../src/progress/achievement';
import { parseCellValue } from '../../../src/ingest/indicators/values';

const v = (raw: string, unit: string | null = '%'): ProgressValue => ({
  ...parseCellValue(raw),
  cumulative: raw.includes('【'),
  unit,
});
const verdict = (target: string, observed: string, higherIsBetter: boolean | null = true) =>
  judgeAchievement(v(target), v(observed), { higherIsBetter }).verdict;

describe('judgeAchievement', () => {
  it('holds a plain target as "reach it" in the better direction', () => {
    expect(verdict('79.3', '79.72')).toBe('MET');
    expect(verdict('3.6', '3.51')).toBe('NOT_MET');
    expect(verdict('5.5', '5.3', false)).toBe('MET');
    expect(verdict('5.5', '5.6', false)).toBe('NOT_MET');
  });

  it('honours floors and ceilings, strict and not', () => {
    expect(verdict('≥30', '37.2')).toBe('MET');
    expect(verdict('≥30', '30')).toBe('MET');
    expect(verdict('＞95', '95')).toBe('NOT_MET');
    expect(verdict('＜5.5', '5.3', false)).toBe('MET');
    expect(verdict('＜5.5', '5.5', false)).toBe('NOT_MET');
  });

  it('reads an observed bound: inside the target MET, outside NOT_MET, straddling NOT_COMPARABLE', () => {
    expect(verdict('＞95', '≥98')).toBe('MET');
    expect(verdict('≥99', '≤98')).toBe('NOT_MET');
    const straddle = judgeAchievement(v('≥97'), v('≥95'), { higherIsBetter: true });
    expect(straddle.verdict).toBe('NOT_COMPARABLE');
    expect(straddle.reason).toMatch(/bound/);
  });

  it('gives 左右 a 1 % tolerance, stated in the judgement', () => {
    const j = judgeAchievement(v('95左右'), v('94.2'), { higherIsBetter: true });
    expect(j).toMatchObject({ verdict: 'MET', tolerance: 0.95 });
    expect(verdict('95左右', '93.9')).toBe('NOT_MET');
    expect(verdict('2.1 : 1 左右', '2.12', null)).toBe('MET');
    expect(verdict('2.1 : 1 左右', '2.21', null)).toBe('NOT_MET');
  });

  it('is NOT_COMPARABLE across units, words and 【】 totals against levels', () => {
    expect(judgeAchievement(v('81', '岁'), v('81', '%'), { higherIsBetter: true }).reason).toMatch(/units differ/);
    expect(judgeAchievement(v('81', '万m2'), v('82', '万平方米'), { higherIsBetter: true }).verdict).toBe('MET');
    expect(verdict('应保尽保', '100')).toBe('NOT_COMPARABLE');
    expect(verdict('【300】', '320')).toBe('NOT_COMPARABLE');
    expect(verdict('【＞300】', '【320】')).toBe('MET');
  });
});
