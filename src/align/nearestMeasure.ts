import type { Catalogue, Measure, Resolution } from './catalogue';
import { normalName, normalUnit, unitInName } from './normalise';
import { CANDIDATE_MIN } from './rollUp';
import { diceOf, profile, type Profile } from './similarity';

// A printed name the catalogue does not know is never linked as the same statistic: it gets at
// most a CANDIDATE measure for a reviewer, the nearest by name among the measures it could be.
// Names alone mislead here: 基本养老保险参保率 and 基本养老保险参保人数 share most of their
// characters (0.82) and 3岁以下婴幼儿托位数 / 3岁以下婴幼儿入托率 clear CANDIDATE_MIN, so a measure
// in another unit, or whose name ends in another kind of statistic, is never a candidate.

export interface MeasureCandidate {
  measureId: string;
  measureName: string;
  score: number;
  reason: string;
}

/** An indicator the catalogue does not resolve, as a reviewer sees it. */
export interface MeasureReview {
  indicatorId: string;
  name: string;
  unit: string | null;
  resolution: 'unknown-name' | 'unit-differs';
  candidate: MeasureCandidate | null;
  /** Why this candidate, or why none (the nearest name and what excluded it). */
  reason: string;
}

/**
 * The last characters of a name say what kind of number it is; two kinds never measure the same
 * thing. 率/比例/占比/比重 are all shares of a whole, so they agree with each other; 比 alone is a
 * ratio of two levels (城乡居民人均可支配收入比); 指数 and 系数 end in 数 but are no head count.
 */
const KINDS: readonly (readonly [RegExp, string])[] = [
  [/指数$/u, 'index'],
  [/系数$/u, 'coefficient'],
  [/(率|比例|占比|比重)$/u, 'share'],
  [/比$/u, 'ratio'],
  [/(数|数量|人次)$/u, 'count'],
  [/面积$/u, 'area'],
  [/年限$/u, 'years'],
];

export function statKind(name: string): string | null {
  const n = normalName(name);
  return KINDS.find(([re]) => re.test(n))?.[1] ?? null;
}

interface Scored {
  measure: Measure;
  /** The measure's name or alias that reads most like the printed one. */
  matched: string;
  score: number;
}

const profiles = new WeakMap<Catalogue, { measure: Measure; names: { name: string; profile: Profile }[] }[]>();

/** Every name of every measure as a profile, built once per catalogue. */
function namesOf(cat: Catalogue) {
  let list = profiles.get(cat);
  if (!list) {
    list = cat.measures.map((measure) => ({
      measure,
      names: [measure.name, ...measure.aliases].map((name) => ({ name, profile: profile(normalName(name)) })),
    }));
    profiles.set(cat, list);
  }
  return list;
}

const percent = (score: number) => `${Math.round(score * 100)}%`;
const similarity = (s: Scored) =>
  s.score === 1 ? `name matches ${s.matched}` : `name ${percent(s.score)} similar to ${s.matched}`;

/** Why a measure cannot be this indicator's, or null when nothing excludes it. */
function exclusion(name: string, unit: string | null, m: Measure): string | null {
  const mu = normalUnit(m.unit);
  if (unit !== null && mu !== null && unit !== mu) return `unit ${unit} differs from ${mu}`;
  const [a, b] = [statKind(name), statKind(m.name)];
  if (a !== null && b !== null && a !== b) return `a ${a} is not a ${b}`;
  return null;
}

function unitNote(unit: string | null, m: Measure): string {
  const mu = normalUnit(m.unit);
  if (unit !== null && mu !== null) return `units agree (${unit})`;
  return unit === null ? 'no unit printed' : `the measure has no unit`;
}

/**
 * The nearest catalogue measure an unresolved indicator could be, or null with the reason. The
 * score is the best Sørensen–Dice over the measure's name and aliases; ties go to the first id.
 */
export function nearestMeasure(
  cat: Catalogue,
  name: string,
  printedUnit: string | null,
  resolution: Extract<Resolution, { measure: null }>['reason'],
): Omit<MeasureReview, 'indicatorId' | 'name' | 'unit' | 'resolution'> {
  const own = profile(normalName(name));
  const unit = normalUnit(printedUnit) ?? unitInName(name);
  const scored: Scored[] = namesOf(cat).map(({ measure, names }) => {
    let best = { matched: measure.name, score: 0 };
    for (const n of names) {
      const score = Math.round(diceOf(own, n.profile) * 1000) / 1000;
      if (score > best.score) best = { matched: n.name, score };
    }
    return { measure, ...best };
  });
  scored.sort((a, b) => b.score - a.score || a.measure.id.localeCompare(b.measure.id));
  const near = scored.filter((s) => s.score >= CANDIDATE_MIN);
  const pick = near.find((s) => exclusion(name, unit, s.measure) === null) ?? null;
  // The nearest measure that was passed over, so the reviewer sees the look-alike and why it is not one.
  const skipped = near.find((s) => s !== pick && (pick === null || s.score > pick.score));
  const why = skipped ? `${similarity(skipped)} but ${exclusion(name, unit, skipped.measure)}` : null;
  if (pick) {
    const reason = [
      `${similarity(pick)}; ${unitNote(unit, pick.measure)}`,
      why && `not ${skipped?.measure.name}: ${why}`,
    ]
      .filter(Boolean)
      .join('; ');
    return {
      candidate: { measureId: pick.measure.id, measureName: pick.measure.name, score: pick.score, reason },
      reason,
    };
  }
  if (why) return { candidate: null, reason: why };
  const nearest = scored[0];
  const tail = nearest && nearest.score > 0 ? ` (nearest: ${nearest.matched}, ${percent(nearest.score)})` : '';
  return {
    candidate: null,
    reason: `${resolution === 'unit-differs' ? 'unit differs and no other' : 'no'} measure within ${CANDIDATE_MIN}${tail}`,
  };
}

/** The review of every indicator the catalogue leaves unresolved, in the order given. */
export function measureReviews(
  cat: Catalogue,
  indicators: readonly { id: string; name: string; unit: string | null }[],
  resolutions: ReadonlyMap<string, Resolution>,
): MeasureReview[] {
  const reviews: MeasureReview[] = [];
  for (const i of indicators) {
    const r = resolutions.get(i.id);
    if (!r || r.measure) continue;
    reviews.push({
      indicatorId: i.id,
      name: i.name,
      unit: i.unit,
      resolution: r.reason,
      ...nearestMeasure(cat, i.name, i.unit, r.reason),
    });
  }
  return reviews;
}
