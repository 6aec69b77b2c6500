// How a district target stands against the parent value it was compared with: the API's
// ComparisonStatus. EQUAL is its own status, never "not ahead": an analyst asking who is behind
// must not see the ones on target.
import type { ComparisonStatus } from '../gql/graphql';

export type Status = ComparisonStatus;

export const STATUS_ORDER: Status[] = ['BEHIND', 'EQUAL', 'AHEAD', 'DIRECTION_UNKNOWN', 'NOT_COMPARABLE'];

export const STATUS_COLOR: Record<Status, string> = {
  AHEAD: '#2e7d32',
  BEHIND: '#c62828',
  EQUAL: '#1565c0',
  DIRECTION_UNKNOWN: '#8d6e63',
  NOT_COMPARABLE: '#757575',
};

export function statusOf(step: { status: Status }): Status {
  return step.status;
}
