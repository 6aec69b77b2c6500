import type { Executor } from '../db/executor';
import { scalar } from './batch';
import { page } from './decode';
import type { MeasureReviewRecord, Page } from './records';
import * as shapes from './shapes';

const reviewPage = page(shapes.measureReview);

// The review list of src/align/nearestMeasure.ts as the graph holds it: every indicator without a
// MEASURES link, its MEASURE_CANDIDATE if any, and the note the aligner left on it. An indicator
// loaded after the last alignment has no note yet, and says so.
const UNMEASURED_PAGE = `MATCH (i:Indicator)
  WHERE ($planId IS NULL OR i.planId = $planId) AND NOT EXISTS { (i)-[:MEASURES]->(:Measure) }
  WITH i ORDER BY i.planId, i.seq, i.id
  WITH collect(i) AS matched
  RETURN size(matched) AS total, [i IN matched[$offset..$offset + $limit] | {
    indicator: i {.*, label: 'Indicator'},
    candidate: head([(i)-[c:MEASURE_CANDIDATE]->(m:Measure) | {measure: m {.*, label: 'Measure'}, score: c.score, reason: c.reason}]),
    reason: coalesce(i.measureReview, $notAligned)
  }] AS items`;

const NOT_ALIGNED = 'not reviewed yet: loaded after the last alignment (run plangraph align)';

export async function listUnmeasured(
  executor: Executor,
  planId: string | null,
  offset: number,
  limit: number,
): Promise<Page<MeasureReviewRecord>> {
  const row = await scalar(executor, UNMEASURED_PAGE, { planId, offset, limit, notAligned: NOT_ALIGNED });
  return reviewPage(row, offset);
}
