import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import gold from '../../fixtures/rollup-gold.json';
import { computeAlignment } from '../../../src/align/align';
import { catalogue } from '../../../src/align/catalogue';
import { snapshotFromDocuments } from '../../../src/align/fromDocuments';
import { buildCatalogue } from '../../../src/align/catalogue';
import { indicatorId } from '../../../src/graph/ids';
import { readPlanFile } from '../../../src/ingest';
import type { CurationRecord } from '../../../src/align/types';

// Precision and recall of the accepted roll-up links against test/fixtures/rollup-gold.json, a
// list written by reading the five tables side by side. Runs without curation, so it measures
// the catalogue and the rules, not the reviewer's decisions.

const PLANS = join(__dirname, '../../../plans');
const docs = readdirSync(PLANS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readPlanFile(join(PLANS, f)));
const CITED_PLAN = 'cited/重庆市十四五公共服务规划';

function goldPairs(): Set<string> {
  const pairs = new Set<string>();
  for (const [planId, rows] of Object.entries(gold.districts)) {
    for (const row of rows) {
      for (const seq of row.municipal)
        pairs.add(`${indicatorId(planId, row.seq)} → ${indicatorId(gold.municipalPlan, seq)}`);
      for (const seq of row.cited) pairs.add(`${indicatorId(planId, row.seq)} → ${indicatorId(CITED_PLAN, seq)}`);
    }
  }
  return pairs;
}

function align(curations: CurationRecord[] = []) {
  return computeAlignment({ ...snapshotFromDocuments(docs), curations }, catalogue);
}

describe('roll-up accuracy against the hand-checked gold list', () => {
  const expected = goldPairs();
  const alignment = align();
  const accepted = alignment.links.filter((l) => l.type === 'ROLLS_UP_TO');
  const found = new Map(accepted.map((l) => [`${l.from} → ${l.to}`, l.method]));
  const truePositives = [...found.keys()].filter((k) => expected.has(k));
  const precision = truePositives.length / found.size;
  const recall = truePositives.length / expected.size;

  it('covers all 126 district main-table indicators', () => {
    const counts = Object.fromEntries(Object.entries(gold.districts).map(([id, rows]) => [id, rows.length]));
    expect(counts).toEqual({
      'yuzhong-2021-2025-public-services': 32,
      'yongchuan-2021-2025-public-services': 33,
      'changshou-2021-2025-social-livelihood': 22,
      'jiangbei-2021-2025-public-services': 39,
    });
  });

  it('reaches precision ≥ 0.95 and recall ≥ 0.90', () => {
    const falsePositives = [...found].filter(([k]) => !expected.has(k)).map(([k, m]) => `${k} (${m})`);
    const misses = [...expected].filter((k) => !found.has(k));
    process.stdout.write(
      `roll-up accuracy: precision ${precision.toFixed(3)} (${truePositives.length}/${found.size}), ` +
        `recall ${recall.toFixed(3)} (${truePositives.length}/${expected.size})\n` +
        (falsePositives.length ? `  false positives: ${falsePositives.join('; ')}\n` : '') +
        (misses.length ? `  misses: ${misses.join('; ')}\n` : ''),
    );
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it('resolves every district and municipal indicator to the measure the gold list names', () => {
    const wrong: string[] = [];
    const check = (id: string, measure: string) => {
      const got = alignment.resolutions.get(id)?.measure?.id ?? null;
      if (got !== measure) wrong.push(`${id}: ${got} ≠ ${measure}`);
    };
    for (const [planId, rows] of Object.entries(gold.districts))
      for (const r of rows) check(indicatorId(planId, r.seq), r.measure);
    for (const r of gold.municipal) check(indicatorId(gold.municipalPlan, r.seq), r.measure);
    expect(wrong).toEqual([]);
  });

  it('stays at the bar without the catalogue aliases (normalisation and similarity alone), and says which methods miss', () => {
    const bare = buildCatalogue({ measures: catalogue.measures.map((m) => ({ ...m, aliases: [] })) });
    const links = computeAlignment(snapshotFromDocuments(docs), bare).links.filter((l) => l.type === 'ROLLS_UP_TO');
    const hits = links.filter((l) => expected.has(`${l.from} → ${l.to}`)).length;
    const byMethod = links.reduce<Record<string, number>>(
      (acc, l) => ({ ...acc, [l.method]: (acc[l.method] ?? 0) + 1 }),
      {},
    );
    process.stdout.write(
      `without aliases: precision ${(hits / links.length).toFixed(3)}, recall ${(hits / expected.size).toFixed(3)} ` +
        `(${JSON.stringify(byMethod)}) — the rest is what the reviewed synonyms add\n`,
    );
    expect(hits / links.length).toBeGreaterThanOrEqual(0.95);
  });

  it('keeps the reviewed rejections out and turns accepted pairs into curated links', () => {
    const curations: CurationRecord[] = [
      {
        from: 'jiangbei-2021-2025-public-services/ind/26',
        to: 'chongqing-2026-2030-social-development-draft/ind/5',
        decision: 'accepted',
        by: 't',
        at: null,
        note: null,
      },
      {
        from: 'yuzhong-2021-2025-public-services/ind/1',
        to: 'chongqing-2026-2030-social-development-draft/ind/23',
        decision: 'rejected',
        by: 't',
        at: null,
        note: null,
      },
    ];
    const links = align(curations).links;
    expect(links.find((l) => l.from === curations[0]?.from && l.to === curations[0]?.to)).toMatchObject({
      type: 'ROLLS_UP_TO',
      method: 'curated',
      score: 1,
    });
    expect(links.some((l) => l.from === curations[1]?.from && l.to === curations[1]?.to)).toBe(false);
  });
});
