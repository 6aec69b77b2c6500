// The statements that write (:Observation) nodes. Every observation is one value of a measure in a
// region and a year, with where it came from: STATED (a baseline a loaded plan prints: the plan, the
// indicator and its lines) or IMPORTED (a row of an actuals CSV: the file, its line and the source
// the row names). Observations are MERGEd on their id, so deriving or importing twice changes nothing.

// A baseline counts as a 【】 five-year total as the aligner reads it (align/values.ts): bracketed,
// or the row is declared cumulative and prints no brackets at all.
const CUMULATIVE = `(i.baselineRaw CONTAINS '【' OR (coalesce(i.cumulative, false)
  AND NOT any(x IN [i.baselineRaw, i.targetRaw, i.municipalTargetRaw] WHERE x CONTAINS '【')))`;

/** An empty cell or a dash (—, -, /) prints no value: nothing was observed. */
export const NO_VALUE = '^[—\\-－/／…–]*$';

/** Every baseline of a loaded plan's indicator that is linked to a measure, as a STATED observation. */
export const DERIVE_STATED = `MATCH (p:Plan {loaded: true})
WHERE $planIds IS NULL OR p.id IN $planIds
MATCH (p)-[:HAS_INDICATOR]->(i:Indicator)-[:MEASURES]->(m:Measure)
WHERE i.baselineYear IS NOT NULL AND NOT trim(coalesce(i.baselineRaw, '')) =~ $noValue
MATCH (p)-[:FOR_REGION]->(r:Region)
MERGE (o:Observation {id: 'stated/' + i.id})
SET o.basis = 'STATED', o.regionCode = r.code, o.measureId = m.id, o.year = i.baselineYear,
    o.raw = i.baselineRaw, o.value = i.baselineValue, o.comparator = i.baselineComparator,
    o.unit = coalesce(i.unit, m.unit), o.cumulative = ${CUMULATIVE},
    o.planId = p.id, o.indicatorId = i.id, o.lineStart = i.lineStart, o.lineEnd = i.lineEnd,
    o.sourceFile = coalesce(i.sourceFile, p.sourceFile), o.fromSidecar = coalesce(i.fromSidecar, false),
    o.source = p.title
MERGE (o)-[:OBSERVES]->(m)
MERGE (o)-[:IN_REGION]->(r)
MERGE (o)-[:STATED_IN]->(i)
RETURN count(o) AS derived`;

/** STATED observations whose indicator is gone, unlinked or no longer prints a baseline. */
export const STALE_STATED = `MATCH (o:Observation {basis: 'STATED'})
WHERE ($planIds IS NULL OR o.planId IN $planIds OR NOT EXISTS { (o)-[:STATED_IN]->(:Indicator) })
  AND NOT EXISTS {
  MATCH (:Plan {loaded: true})-[:HAS_INDICATOR]->(i:Indicator {id: o.indicatorId})-[:MEASURES]->(:Measure {id: o.measureId})
  WHERE i.baselineYear IS NOT NULL AND NOT trim(coalesce(i.baselineRaw, '')) =~ $noValue
}
DETACH DELETE o
RETURN count(*) AS removed`;

/** Links of any observation to a measure or region its properties no longer name (an indicator re-linked). */
export const STALE_OBSERVATION_LINKS = `MATCH (o:Observation)-[l:OBSERVES|IN_REGION]->(n)
WHERE ($planIds IS NULL OR o.planId IN $planIds)
  AND (type(l) = 'OBSERVES' AND n.id <> o.measureId) OR (type(l) = 'IN_REGION' AND n.code <> o.regionCode)
DELETE l`;

/** One import's rows; the id is the region, measure and year, so a re-import replaces a row's value. */
export const IMPORT_OBSERVATIONS = `UNWIND $rows AS row
MATCH (m:Measure {id: row.measureId})
MATCH (r:Region {code: row.regionCode})
MERGE (o:Observation {id: 'imported/' + row.regionCode + '/' + row.measureId + '/' + toString(row.year)})
ON CREATE SET o.importedAt = datetime($at), o.importId = $importId
WITH o, m, r, row,
     coalesce(NOT (o.value = row.value AND o.raw = row.raw AND coalesce(o.unit, '') = coalesce(row.unit, '')
       AND o.source = row.source AND o.sourceFile = $file AND o.lineStart = row.line), true) AS changed
SET o.basis = 'IMPORTED', o.regionCode = row.regionCode, o.measureId = row.measureId, o.year = row.year,
    o.raw = row.raw, o.value = row.value, o.comparator = row.comparator, o.unit = row.unit,
    o.cumulative = row.cumulative, o.source = row.source, o.sourceFile = $file,
    o.lineStart = row.line, o.lineEnd = row.line, o.fileSha256 = $sha256
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END | SET o.importedAt = datetime($at), o.importId = $importId)
MERGE (o)-[:OBSERVES]->(m)
MERGE (o)-[:IN_REGION]->(r)
RETURN count(o) AS written, sum(CASE WHEN changed THEN 1 ELSE 0 END) AS changed`;

/** The audit record of an import in the graph, beside the (:Load) records of plan loads. */
export const RECORD_IMPORT = `CREATE (l:Load {id: $importId, kind: 'observations', file: $file, fileSha256: $sha256,
  startedAt: datetime($at), finishedAt: datetime(), by: $by, rows: $rows, changed: $changed}) SET l += $origin`;
