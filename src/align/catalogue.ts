import { z } from 'zod';
import measuresJson from '../../data/measures.json';
import { normalName, normalUnit } from './normalise';

// The measure catalogue is reviewed, hand-edited data; validating it on import names the bad
// entry instead of quietly linking the wrong indicators.

const MeasureSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  name: z.string().min(2),
  unit: z.string().min(1).nullable(),
  domain: z.string().regex(/^[a-z-]+$/),
  /** Which way is ahead; null when the direction is a policy choice. */
  higherIsBetter: z.boolean().nullable(),
  /** rate: comparable across regions; total: a district's total is a part of the city's. */
  kind: z.enum(['rate', 'total']),
  /** Other printed names reviewed as the same statistic. */
  aliases: z.array(z.string().min(2)),
  /** Look-alikes that are not the same statistic, with the reason. */
  relatedTo: z.array(z.strictObject({ measure: z.string(), why: z.string().min(5) })),
});

export type Measure = z.infer<typeof MeasureSchema>;

export interface Catalogue {
  measures: Measure[];
  byId: Map<string, Measure>;
  /** normalName(name or alias) → measure */
  byName: Map<string, Measure>;
}

export function buildCatalogue(input: unknown): Catalogue {
  const measures = z
    .strictObject({ $comment: z.string().optional(), measures: z.array(MeasureSchema) })
    .parse(input).measures;
  const byId = new Map<string, Measure>();
  const byName = new Map<string, Measure>();
  for (const m of measures) {
    if (byId.has(m.id)) throw new Error(`measures: duplicate id ${m.id}`);
    byId.set(m.id, m);
  }
  for (const m of measures) {
    for (const name of [m.name, ...m.aliases]) {
      const key = normalName(name);
      const other = byName.get(key);
      if (other && other.id !== m.id) throw new Error(`measures: ${name} is a name of both ${other.id} and ${m.id}`);
      byName.set(key, m);
    }
    for (const r of m.relatedTo) {
      if (!byId.has(r.measure)) throw new Error(`measures: ${m.id} is related to unknown measure ${r.measure}`);
    }
  }
  return { measures, byId, byName };
}

export const catalogue: Catalogue = buildCatalogue(measuresJson);

export type Resolution =
  | { measure: Measure; method: 'exact' | 'normalised' | 'synonym' }
  | { measure: null; reason: 'unknown-name' | 'unit-differs'; near: Measure | null };

/**
 * The measure an indicator instantiates: by its name, its normalised name, or a reviewed alias.
 * A name that matches but prints another unit is not that measure (基本养老保险参保率 in 万人 would be a different statistic).
 */
export function resolveMeasure(cat: Catalogue, name: string, unit: string | null): Resolution {
  const measure = cat.byName.get(normalName(name));
  if (!measure) return { measure: null, reason: 'unknown-name', near: null };
  const printed = normalUnit(unit);
  if (printed !== null && measure.unit !== null && printed !== normalUnit(measure.unit)) {
    return { measure: null, reason: 'unit-differs', near: measure };
  }
  if (name === measure.name) return { measure, method: 'exact' };
  return { measure, method: normalName(name) === normalName(measure.name) ? 'normalised' : 'synonym' };
}
