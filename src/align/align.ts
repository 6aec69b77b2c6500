import { resolveMeasure, type Catalogue, type Resolution } from './catalogue';
import { citedIndicators, type CitedIndicator } from './cited';
import { goalLinks, type GoalLink } from './goals';
import { measureReviews, type MeasureReview } from './nearestMeasure';
import { rollUpLinks, type Link } from './rollUp';
import type { Focus, SnapshotIndicator, Snapshot } from './types';

export interface Alignment {
  cited: CitedIndicator[];
  /** Every indicator the alignment saw, the cited ones included. */
  indicators: SnapshotIndicator[];
  resolutions: Map<string, Resolution>;
  /** Every indicator the catalogue does not resolve, with its candidate measure or the reason for none. */
  reviews: MeasureReview[];
  links: Link[];
  goals: GoalLink[];
}

/**
 * The whole alignment as a pure function of what the graph holds and the reviewed catalogue. With
 * a focus (an incremental alignment), the cited indicators are the focus's, and only the links and
 * reviews it recomputes are computed; the snapshot holds their counterparts.
 */
export function computeAlignment(snapshot: Snapshot, catalogue: Catalogue, focus?: Focus): Alignment {
  const cited = focus ? focus.cited : citedIndicators(snapshot);
  const indicators = [...snapshot.indicators, ...cited];
  const resolutions = new Map(indicators.map((i) => [i.id, resolveMeasure(catalogue, i.name, i.unit)]));
  const links = rollUpLinks({
    plans: snapshot.plans,
    indicators,
    resolutions,
    curations: snapshot.curations,
    catalogue,
    ...(focus ? { only: focus.indicators } : {}),
  });
  const reviewed = focus ? indicators.filter((i) => focus.indicators.has(i.id)) : indicators;
  const reviews = measureReviews(catalogue, reviewed, resolutions);
  return {
    cited,
    indicators,
    resolutions,
    reviews,
    links,
    goals: goalLinks(snapshot.plans, snapshot.items, focus?.goalPlans),
  };
}
