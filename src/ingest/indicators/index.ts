import type { SourceText } from '../source';
import type { Indicator, IndicatorTable, ParseWarning } from '../types';

export interface IndicatorExtraction {
  table: IndicatorTable | null;
  indicators: Indicator[];
  warnings: ParseWarning[];
}

/** Finds the plan's main indicator table (主要指标表) and reads every row of it. */
export function extractIndicators(src: SourceText): IndicatorExtraction {
  return {
    table: null,
    indicators: [],
    warnings: [{ line: null, code: 'INDICATOR_TABLE_NOT_FOUND', message: `${src.file}: no indicator table found (extractor not implemented yet)` }],
  };
}
