import type { TxRunner } from '../db/executor';
import type { Alignment } from './align';
import type { Catalogue } from './catalogue';
import type { CitedIndicator } from './cited';
import type { GoalLink } from './goals';
import type { Link } from './rollUp';

export interface Stamp {
  alignedAt: string;
  alignerVersion: string;
}

// Everything the aligner writes carries alignerVersion, which is how a rerun finds (and only
// finds) its own previous output. Curated links are rewritten from the (:Curation) records.
const CLEAR = `MATCH ()-[r:ROLLS_UP_TO|CANDIDATE|ALIGNS_WITH|MEASURES|IN_DOMAIN|RELATED_TO]->()
WHERE r.alignerVersion IS NOT NULL DELETE r`;

const MEASURES = `UNWIND $rows AS row
MERGE (m:Measure {id: row.id})
SET m = row, m.alignedAt = datetime($alignedAt), m.alignerVersion = $alignerVersion
WITH m, row MATCH (d:Domain {id: row.domain})
CREATE (m)-[:IN_DOMAIN {basis: 'stated', evidence: 'data/measures.json', alignedAt: datetime($alignedAt), alignerVersion: $alignerVersion}]->(d)`;
const STALE_MEASURES = `MATCH (m:Measure) WHERE NOT m.id IN $ids DETACH DELETE m`;
const RELATED = `UNWIND $rows AS row
MATCH (a:Measure {id: row.from}) MATCH (b:Measure {id: row.to})
CREATE (a)-[:RELATED_TO {why: row.why, basis: 'curated', alignedAt: datetime($alignedAt), alignerVersion: $alignerVersion}]->(b)`;

const CITED = `UNWIND $rows AS row
MERGE (i:Indicator {id: row.id})
SET i = row, i.seq = toInteger(row.seq), i.lineStart = toInteger(row.lineStart), i.lineEnd = toInteger(row.lineEnd),
    i.targetYear = toInteger(row.targetYear), i.alignedAt = datetime($alignedAt), i.alignerVersion = $alignerVersion
WITH i, row MATCH (p:Plan {id: row.planId})
MERGE (p)-[h:HAS_INDICATOR]->(i)
SET h.basis = 'cited', h.evidence = row.evidence`;
const STALE_CITED = `MATCH (i:Indicator) WHERE i.basis = 'cited' AND i.alignerVersion IS NOT NULL AND NOT i.id IN $ids DETACH DELETE i`;

const INDICATOR_MEASURES = `UNWIND $rows AS row
MATCH (i:Indicator {id: row.from}) MATCH (m:Measure {id: row.to})
CREATE (i)-[:MEASURES {method: row.method, score: row.score, basis: 'inferred', alignedAt: datetime($alignedAt), alignerVersion: $alignerVersion}]->(m)`;
const CITED_DOMAINS = `UNWIND $rows AS row
MATCH (i:Indicator {id: row.from}) MATCH (d:Domain {id: row.to})
CREATE (i)-[:IN_DOMAIN {basis: 'inferred', method: 'measure', evidence: row.evidence, alignedAt: datetime($alignedAt), alignerVersion: $alignerVersion}]->(d)`;

const linkQuery = (type: 'ROLLS_UP_TO' | 'CANDIDATE') => `UNWIND $rows AS row
MATCH (a:Indicator {id: row.from}) MATCH (b:Indicator {id: row.to})
CREATE (a)-[r:${type}]->(b)
SET r = row.props, r.alignedAt = datetime($alignedAt), r.alignerVersion = $alignerVersion`;
const alignQuery = (label: 'Chapter' | 'Goal') => `UNWIND $rows AS row
MATCH (a:${label} {id: row.from}) MATCH (b:${label} {id: row.to})
CREATE (a)-[r:ALIGNS_WITH]->(b)
SET r = row.props, r.alignedAt = datetime($alignedAt), r.alignerVersion = $alignerVersion`;

function citedRow(c: CitedIndicator): Record<string, unknown> {
  return {
    id: c.id, planId: c.planId, seq: c.seq, name: c.name, unit: c.unit, category: c.category, cumulative: c.cumulative,
    targetRaw: c.target?.raw ?? null, targetValue: c.target?.value ?? null, targetComparator: c.target?.comparator ?? null, targetYear: c.target?.year ?? null,
    lineStart: c.lineStart, lineEnd: c.lineEnd, basis: 'cited', sourcePlanId: c.sourcePlanId, sourceIndicatorId: c.sourceIndicatorId, evidence: c.evidence,
  };
}

const basisOf = (l: Link) => (l.method === 'cited' ? 'stated' : l.method === 'curated' ? 'curated' : 'inferred');
const linkRow = ({ from, to, type: _type, ...props }: Link) => ({ from, to, props: { ...props, basis: basisOf({ from, to, type: _type, ...props }) } });
const goalRow = ({ from, to, label: _label, ...props }: GoalLink) => ({ from, to, props: { ...props, basis: 'inferred', method: 'domain+bigram-tfidf' } });

export async function writeAlignment(tx: TxRunner, a: Alignment, cat: Catalogue, stamp: Stamp): Promise<void> {
  const run = (cypher: string, params: Record<string, unknown>) => tx.run(cypher, { ...params, ...stamp });
  await run(CLEAR, {});
  const { measures } = cat;
  await run(MEASURES, { rows: measures.map(({ relatedTo: _r, ...m }) => m) });
  await run(STALE_MEASURES, { ids: measures.map((m) => m.id) });
  await run(RELATED, { rows: measures.flatMap((m) => m.relatedTo.map((r) => ({ from: m.id, to: r.measure, why: r.why }))) });
  await run(CITED, { rows: a.cited.map(citedRow) });
  await run(STALE_CITED, { ids: a.cited.map((c) => c.id) });
  const measured = [...a.resolutions].flatMap(([id, r]) => (r.measure ? [{ from: id, to: r.measure.id, method: r.method, score: r.method === 'synonym' ? 0.95 : 1 }] : []));
  await run(INDICATOR_MEASURES, { rows: measured });
  const citedIds = new Set(a.cited.map((c) => c.id));
  await run(CITED_DOMAINS, { rows: measured.filter((m) => citedIds.has(m.from)).map((m) => ({ from: m.from, to: cat.byId.get(m.to)?.domain, evidence: `measure ${m.to}` })) });
  for (const type of ['ROLLS_UP_TO', 'CANDIDATE'] as const) await run(linkQuery(type), { rows: a.links.filter((l) => l.type === type).map(linkRow) });
  for (const label of ['Chapter', 'Goal'] as const) await run(alignQuery(label), { rows: a.goals.filter((g) => g.label === label).map(goalRow) });
}
