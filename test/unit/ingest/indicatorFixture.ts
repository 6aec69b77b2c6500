import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractIndicators, type IndicatorExtraction } from '../../../src/ingest/indicators';
import { readSource } from '../../../src/ingest/source';
import type { Indicator } from '../../../src/ingest/types';

export interface IndicatorFixture extends IndicatorExtraction {
  /** The row with this sequence number; throws when the parser lost it. */
  row: (seq: number) => Indicator;
}

/** Runs the indicator extractor on a bundled plan, as the per-plan table tests read it. */
export function indicatorFixture(file: string): IndicatorFixture {
  const extraction = extractIndicators(readSource(readFileSync(join(__dirname, '../../../plans', file)), file));
  return {
    ...extraction,
    row: (seq) => {
      const found = extraction.indicators.find((i) => i.seq === seq);
      if (!found) throw new Error(`no row ${seq}`);
      return found;
    },
  };
}

/** The attribute as the tables print it, so expected rows read like the source. */
export const attribute = (i: Indicator): string | null =>
  i.attribute === 'EXPECTED' ? '预期性' : i.attribute === 'BINDING' ? '约束性' : null;
