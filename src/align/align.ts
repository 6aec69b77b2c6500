import { resolveMeasure, type Catalogue, type Resolution } from './catalogue';
import { citedIndicators, type CitedIndicator } from './cited';
import { goalLinks, type GoalLink } from './goals';
import { measureReviews, type MeasureReview } from './nearestMeasure';
import { rollUpLinks, type Link } from './rollUp';
import type { IndicatorRecord, Snapshot } from './types';

export interface Alignment {
  cited: CitedIndicator[];
  /** Every indicator the alignment saw, the cited ones included. */
  indicators: IndicatorRecord[];
  resolutions: Map<string, Resolution>;
  /** Every indicator the catalogue does not resolve, with its candidate measure or the reason for none. */
  reviews: MeasureReview[];
  links: Link[];
  goals: GoalLink[];
}

/** The whole alignment as a pure function of what the graph holds and the reviewed catalogue. */
export function computeAlignment(snapshot: Snapshot, catalogue: Catalogue): Alignment {
  const cited = citedIndicators(snapshot);
  const indicators = [...snapshot.indicators, ...cited];
  const resolutions = new Map(indicators.map((i) => [i.id, resolveMeasure(catalogue, i.name, i.unit)]));
  const links = rollUpLinks({ plans: snapshot.plans, indicators, resolutions, curations: snapshot.curations, catalogue });
  const reviews = measureReviews(catalogue, indicators, resolutions);
  return { cited, indicators, resolutions, reviews, links, goals: goalLinks(snapshot.plans, snapshot.items) };
}
