import { valueText } from '../../../web/src/lib/format';

describe('valueText', () => {
  it('prints a value with its year, and the heading it came from when not its year’s', () => {
    expect(valueText({ raw: '81', year: 2025 })).toBe('81（2025）');
    expect(valueText({ raw: '81', year: 2025, heading: null })).toBe('81（2025）');
    expect(valueText({ raw: '〔13.5〕', year: 2025, heading: '年均/累计' })).toBe('〔13.5〕（2025，年均/累计）');
    expect(valueText({ raw: '应保尽保', year: null })).toBe('应保尽保');
    expect(valueText(null)).toBe('—');
  });
});
