import type { Rng } from './prng';

/** A catalogue measure as data/measures.json lists it. */
export interface CatalogueMeasure {
  id: string;
  name: string;
  unit: string | null;
  domain: string;
  higherIsBetter: boolean | null;
  kind: 'rate' | 'total';
  aliases: string[];
}

export interface Row {
  category: string;
  name: string;
  unit: string | null;
  baseline: string;
  target: string;
  attribute: '预期性' | '约束性';
}

const round = (v: number, digits: number) => String(Number(v.toFixed(digits)));

/** A plausible (baseline, target) pair for the unit, in the direction the measure improves. */
function pair(r: Rng, m: CatalogueMeasure, municipal: boolean): [number, number, number] {
  const scale = municipal ? 20 : 1;
  switch (m.unit) {
    case '%': {
      const base = m.higherIsBetter === false ? 3 + r.next() * 3 : 40 + r.next() * 58;
      const step = m.higherIsBetter === false ? -r.next() * 0.8 : Math.min(100 - base, r.next() * 8);
      return [base, base + step, 1];
    }
    case '岁':
      return [76 + r.next() * 4, 78 + r.next() * 4, 2];
    case '年':
      return [10.5 + r.next() * 2.5, 11.5 + r.next() * 2.5, 1];
    case '人':
    case '张':
    case '个':
      return [1 + r.next() * 6 * scale, 2 + r.next() * 7 * scale, m.unit === '个' ? 0 : 2];
    case '万人':
    case '万人次':
    case '万户':
    case '万次':
      return [0.5 + r.next() * 10 * scale, 1 + r.next() * 12 * scale, 1];
    case '平方米':
    case '万平方米':
      return [1.2 + r.next() * 1.5, 1.8 + r.next() * 1.8, 2];
    default:
      return [1.1 + r.next() * 1.3, 1 + r.next() * 1.1, 2];
  }
}

/** Printed values as plans print them: plain, with comparators, dashes, 【cumulative】 and 左右. */
export function valuesFor(r: Rng, m: CatalogueMeasure, municipal: boolean): Pick<Row, 'baseline' | 'target'> {
  const [base, target, digits] = pair(r, m, municipal);
  const baseline = r.chance(0.06) ? '—' : round(base, digits);
  const t = round(target, digits);
  const roll = r.next();
  if (m.kind === 'total' && roll < 0.15) return { baseline, target: `【${t}】` };
  if (roll < 0.25) return { baseline, target: m.higherIsBetter === false ? `<${t}` : `≥${t}` };
  if (roll < 0.3) return { baseline, target: `${t}左右` };
  if (m.unit === '%' && roll < 0.33) return { baseline, target: '100' };
  return { baseline, target: t };
}
