import { indicatorMatrix } from '../../data/matrix';
import { BasisValue } from '../../data/records';
import { badInput } from '../errors';
import type {
  IndicatorMatrixResolvers,
  MatrixCellResolvers,
  MatrixRowResolvers,
  QueryResolvers,
  Resolvers,
} from '../generated/graphql';
import { valueOf } from './indicators';
import { encodeCursor, pageInfo, pageWindow } from './pagination';

const MAX_KEYS = 100;

const query: Pick<QueryResolvers, 'indicatorMatrix'> = {
  indicatorMatrix: (_, { rowsBy, filter, first, after }, { executor }) => {
    for (const name of ['measureIds', 'regions'] as const) {
      const list = filter?.[name];
      if (list && list.length > MAX_KEYS)
        throw badInput(`'${name}' takes at most ${MAX_KEYS} values, got ${list.length}`, name);
    }
    const { offset, limit } = pageWindow(first, after);
    return indicatorMatrix(executor, rowsBy ?? 'MEASURE', filter ?? {}, offset, limit);
  },
};

const matrix: IndicatorMatrixResolvers = {
  pageInfo: (m) => pageInfo({ offset: m.offset, totalCount: m.totalRows, items: m.rows }),
};

const row: MatrixRowResolvers = {
  cursor: (r) => encodeCursor(r.position),
};

const cell: MatrixCellResolvers = {
  indicatorId: (c) => c.indicator.id,
  planId: (c) => c.indicator.planId,
  name: (c) => c.indicator.name,
  unit: (c) => c.indicator.unit,
  baseline: (c) => valueOf(c.indicator, 'baseline'),
  target: (c) => valueOf(c.indicator, 'target'),
  basis: (c) => c.indicator.basis ?? BasisValue.STATED,
};

export const matrixResolvers: Resolvers = { Query: query, IndicatorMatrix: matrix, MatrixRow: row, MatrixCell: cell };
