import { listGaps, listUnlinked, type GapSource } from '../data/gaps';

export interface Gap {
  indicatorId: string;
  name: string;
  measure: string | null;
  /** Loaded plans of child regions, covering the indicator's years, with no accepted link into it. */
  plansWithout: string[];
  /** Whether any indicator rolls up to it. */
  supported: boolean;
}

/** The gaps as the graph holds them; the report adds the measure the alignment resolved. */
export type FoundGap = Omit<Gap, 'measure'>;

export interface FoundGaps {
  gaps: FoundGap[];
  /** Indicators of loaded child-region plans with no ROLLS_UP_TO link, by plan and row. */
  unlinked: { id: string; name: string; planId: string }[];
}

const ALL = { offset: 0, limit: null };

/**
 * The gaps once the alignment is written, read with the queries the API's rollUpGaps and
 * unlinkedIndicators run, so the report and the API give one answer. `indicatorIds` and `planIds`
 * narrow them to what an incremental alignment recomputed (null: everything).
 */
export async function readGaps(
  executor: GapSource,
  { indicatorIds, planIds }: { indicatorIds: string[] | null; planIds: string[] | null },
): Promise<FoundGaps> {
  const [gaps, unlinked] = await Promise.all([
    listGaps(executor, { indicatorIds }, ALL),
    listUnlinked(executor, planIds, ALL),
  ]);
  return {
    gaps: gaps.items.map((g) => ({
      indicatorId: g.indicator.id,
      name: g.indicator.name,
      plansWithout: g.plansWithout,
      supported: g.supported,
    })),
    unlinked: unlinked.items.map((i) => ({ id: i.id, name: i.name, planId: i.planId })),
  };
}
