import { judgeTrajectory, pathOfUnit, type TrajectoryInput } from '../../../src/progress/trajectory';

const input = (b: number, t: number, o: number, extra: Partial<TrajectoryInput> = {}): TrajectoryInput => ({
  baseline: { value: b, year: 2020 },
  target: { value: t, year: 2025 },
  observed: { value: o, year: 2023 },
  path: 'LINEAR',
  higherIsBetter: true,
  cumulative: false,
  ...extra,
});

describe('judgeTrajectory', () => {
  it('expects the linear path and measures the gap in the unit and in years', () => {
    // 80.78 → 81 over five years: 0.044 a year, 80.912 expected in 2023.
    expect(judgeTrajectory(input(80.78, 81, 80.92))).toMatchObject({
      status: 'ON_TRACK',
      expected: 80.912,
      gap: 0.008,
      gapYears: 0.1818,
    });
    expect(judgeTrajectory(input(78.15, 79.3, 79.2)).status).toBe('AHEAD');
    expect(judgeTrajectory(input(79.19, 79.5, 79.2))).toMatchObject({ status: 'BEHIND', gapYears: -2.8387 });
  });

  it('counts half a year of the planned pace as on track', () => {
    // 10 → 20: 2 a year, 16 expected in 2023; ±1 is ±0.5 year.
    expect(judgeTrajectory(input(10, 20, 16.99)).status).toBe('ON_TRACK');
    expect(judgeTrajectory(input(10, 20, 17)).status).toBe('AHEAD');
    expect(judgeTrajectory(input(10, 20, 15)).status).toBe('BEHIND');
  });

  it('signs the gap by the better direction, so a ceiling kept with room is ahead', () => {
    const t = judgeTrajectory({
      ...input(5.3, 5.5, 5.2, { higherIsBetter: false }),
      baseline: { value: 5.3, year: 2025 },
      target: { value: 5.5, year: 2030 },
      observed: { value: 5.2, year: 2027 },
    });
    expect(t).toMatchObject({ status: 'AHEAD', expected: 5.38, gap: -0.18, gapYears: 4.5 });
  });

  it('grows a compound path by the planned yearly factor', () => {
    // 100 → 161.051 is 10 % a year: 133.1 expected in 2023; 121 is two years behind.
    const t = judgeTrajectory(input(100, 161.051, 121, { path: 'COMPOUND' }));
    expect(t).toMatchObject({ status: 'BEHIND', expected: 133.1, gapYears: -1 });
    expect(pathOfUnit('万元')).toBe('COMPOUND');
    expect(pathOfUnit('%')).toBe('LINEAR');
  });

  it('holds a flat target within 1 %, and has no path for totals, words or years outside the period', () => {
    expect(judgeTrajectory(input(100, 100, 100.5)).status).toBe('ON_TRACK');
    expect(judgeTrajectory(input(100, 100, 98)).status).toBe('BEHIND');
    expect(judgeTrajectory(input(10, 20, 16, { cumulative: true })).status).toBe('NOT_COMPARABLE');
    expect(judgeTrajectory({ ...input(10, 20, 16), observed: { value: 16, year: 2025 } }).status).toBe(
      'NOT_COMPARABLE',
    );
  });
});
