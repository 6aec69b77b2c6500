// How a district target stands against the city's value of the same year. EQUAL is its own
// status, never "not ahead": an analyst asking who is behind must not see the ones on target.

export type Status = 'AHEAD' | 'BEHIND' | 'EQUAL' | 'NOT_COMPARABLE';

export const STATUS_ORDER: Status[] = ['BEHIND', 'EQUAL', 'AHEAD', 'NOT_COMPARABLE'];

export const STATUS_COLOR: Record<Status, string> = {
  AHEAD: '#2e7d32',
  BEHIND: '#c62828',
  EQUAL: '#1565c0',
  NOT_COMPARABLE: '#757575',
};

/** From a step's comparison and `ahead` (true/false/null). */
export function statusOf(step: { comparison: string; ahead: boolean | null }): Status {
  if (step.comparison === 'EQUAL') return 'EQUAL';
  if (step.comparison === 'NOT_COMPARABLE' || step.ahead === null) return 'NOT_COMPARABLE';
  return step.ahead ? 'AHEAD' : 'BEHIND';
}
