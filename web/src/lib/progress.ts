// Colours of achievement verdicts and trajectory statuses, in the palette of the roll-up statuses
// (lib/status.ts): green good, red bad, grey not comparable; ON_TRACK blue like EQUAL.
export type Verdict = 'MET' | 'NOT_MET' | 'NOT_COMPARABLE';
export type TrajectoryStatus = 'AHEAD' | 'ON_TRACK' | 'BEHIND' | 'NOT_COMPARABLE';

export const VERDICT_COLOR: Record<Verdict, string> = {
  MET: '#2e7d32',
  NOT_MET: '#c62828',
  NOT_COMPARABLE: '#757575',
};

export const TRAJECTORY_COLOR: Record<TrajectoryStatus, string> = {
  AHEAD: '#2e7d32',
  ON_TRACK: '#1565c0',
  BEHIND: '#c62828',
  NOT_COMPARABLE: '#757575',
};
