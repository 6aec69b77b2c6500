import { graphql } from '../gql';
import type { IndicatorProgressFragment } from '../gql/graphql';
import { t } from '../i18n';
import { TRAJECTORY_COLOR, VERDICT_COLOR } from '../lib/progress';

/** What a table row needs to say how its target stands over time (part of the view's one request). */
export const INDICATOR_PROGRESS = graphql(`
  fragment IndicatorProgress on Indicator {
    achievement {
      verdict
      reason
      tolerance
      target {
        raw
        year
      }
      observed {
        raw
        year
      }
    }
    trajectory {
      status
      expected
      gap
      gapYears
      reason
      observed {
        raw
        year
      }
    }
  }
`);

type Progress = IndicatorProgressFragment;

/**
 * A target's verdict when its year has an observation, else its trajectory while the period runs,
 * else nothing: the word a progress column shows, sorts by and exports.
 */
export function progressText(x: Progress): string | null {
  if (x.achievement) return t.progress.verdict[x.achievement.verdict];
  if (x.trajectory) return t.progress.status[x.trajectory.status];
  return null;
}

/** The values behind the word, for its tooltip: what was compared, or how far off the path. */
export function progressTitle(x: Progress): string | null {
  const a = x.achievement;
  if (a) {
    const compared = t.progress.compared(a.observed.raw, a.observed.year, a.target.raw, a.target.year ?? null);
    const band = a.tolerance !== null ? ` ± ${a.tolerance}` : '';
    return a.verdict === 'NOT_COMPARABLE' ? `${compared}：${a.reason}` : `${compared}${band}`;
  }
  const j = x.trajectory;
  if (j) {
    if (j.expected === null) return `${t.progress.observed} ${j.observed.raw}（${j.observed.year}）：${j.reason}`;
    return t.progress.onPath(j.observed.raw, j.observed.year, j.expected, j.gap, j.gapYears);
  }
  return null;
}

/** The progress word as a badge coloured like the roll-up statuses (green good, red bad, grey not comparable). */
export function ProgressBadge({ of: x }: { of: Progress }) {
  const text = progressText(x);
  if (text === null) return <>—</>;
  const color = x.achievement ? VERDICT_COLOR[x.achievement.verdict] : TRAJECTORY_COLOR[x.trajectory!.status];
  return (
    <span
      className="status"
      style={{ borderColor: color, color }}
      title={progressTitle(x) ?? undefined}
      data-verdict={x.achievement?.verdict}
      data-trajectory={x.achievement ? undefined : x.trajectory?.status}
    >
      {text}
    </span>
  );
}
