import type { ObservationBasis } from '../../api/generated/graphql';
import { bool, list, nullable, num, oneOf, shape, str } from '../decode';
import { COMPARATORS } from '../shapes';
import type { CascadeRow } from './read';
import type { ObservationRecord, TargetContext } from './records';

// The row shapes of the progress reads (read.ts): the enums the verdicts branch on are checked.

const comparator = nullable(oneOf(COMPARATORS));

export const observation = shape<ObservationRecord>({
  id: str,
  basis: oneOf<ObservationBasis>(['STATED', 'IMPORTED']),
  year: num,
  raw: str,
  value: nullable(num),
  comparator,
});

export const targetContext = shape<TargetContext>({
  indicatorId: str,
  planId: str,
  regionCode: str,
  cumulative: bool,
  baselineComparator: comparator,
  targetComparator: comparator,
  measure: shape({ id: str, kind: oneOf(['rate', 'total'] as const) }),
  observations: list(observation),
});

export const cascadeRow = shape<CascadeRow>({
  regionCode: str,
  level: str,
  indicatorId: str,
  planId: str,
  loaded: bool,
  parentCode: nullable(str),
});
