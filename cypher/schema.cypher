// Plan Graph schema for Neo4j 5 Community: uniqueness constraints (the only kind Community has),
// lookup indexes and the full-text index. Every statement is IF NOT EXISTS, so loading it again
// changes nothing. Load it before cypher/reference.cypher and the plan scripts.

// Every label's key. A uniqueness constraint is backed by an index, so MERGE on the key is a lookup.
CREATE CONSTRAINT region_code IF NOT EXISTS FOR (n:Region) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT plan_id IF NOT EXISTS FOR (n:Plan) REQUIRE n.id IS UNIQUE;
// Plans are matched by their normalised title, so a cited plan and the plan itself are one node.
CREATE CONSTRAINT plan_title_key IF NOT EXISTS FOR (n:Plan) REQUIRE n.titleKey IS UNIQUE;
CREATE CONSTRAINT chapter_id IF NOT EXISTS FOR (n:Chapter) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT goal_id IF NOT EXISTS FOR (n:Goal) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT indicator_id IF NOT EXISTS FOR (n:Indicator) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT table_id IF NOT EXISTS FOR (n:Table) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT box_id IF NOT EXISTS FOR (n:Box) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT project_id IF NOT EXISTS FOR (n:Project) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT domain_id IF NOT EXISTS FOR (n:Domain) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT department_id IF NOT EXISTS FOR (n:Department) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT measure_id IF NOT EXISTS FOR (n:Measure) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT load_id IF NOT EXISTS FOR (n:Load) REQUIRE n.id IS UNIQUE;
// One reviewer decision per district → parent indicator pair (composite uniqueness is in Community).
CREATE CONSTRAINT revision_id IF NOT EXISTS FOR (n:Revision) REQUIRE n.id IS UNIQUE;
// The single node every write transaction locks first (src/db/writeLock.ts): unique, so two first writers cannot each create one.
CREATE CONSTRAINT write_lock_id IF NOT EXISTS FOR (n:WriteLock) REQUIRE n.id IS UNIQUE;
// The aligner's record of each plan as it last aligned it (src/align/scope.ts), keyed by plan id.
CREATE CONSTRAINT aligned_plan_id IF NOT EXISTS FOR (n:AlignedPlan) REQUIRE n.id IS UNIQUE;
// One value of a measure in a region and year, stated by a plan or imported (src/progress/cypher.ts).
CREATE CONSTRAINT observation_id IF NOT EXISTS FOR (n:Observation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT curation_pair IF NOT EXISTS FOR (n:Curation) REQUIRE (n.from, n.to) IS UNIQUE;

// `npm start` asks whether a bundled script's exact version was loaded already.
CREATE INDEX load_sha256 IF NOT EXISTS FOR (n:Load) ON (n.sha256);
// A measure's series in a region: every observation of it, by year.
CREATE INDEX observation_series IF NOT EXISTS FOR (n:Observation) ON (n.measureId, n.regionCode);

// planId on every plan-derived label: the API lists a plan's items by it, and a reload sweeps by it.
CREATE INDEX chapter_plan IF NOT EXISTS FOR (n:Chapter) ON (n.planId);
CREATE INDEX goal_plan IF NOT EXISTS FOR (n:Goal) ON (n.planId);
CREATE INDEX indicator_plan IF NOT EXISTS FOR (n:Indicator) ON (n.planId);
CREATE INDEX table_plan IF NOT EXISTS FOR (n:Table) ON (n.planId);
CREATE INDEX box_plan IF NOT EXISTS FOR (n:Box) ON (n.planId);
CREATE INDEX project_plan IF NOT EXISTS FOR (n:Project) ON (n.planId);

// Lookups the API and the roll-up filter by.
CREATE INDEX indicator_name IF NOT EXISTS FOR (n:Indicator) ON (n.name);
CREATE INDEX plan_level IF NOT EXISTS FOR (n:Plan) ON (n.level);
CREATE INDEX plan_loaded IF NOT EXISTS FOR (n:Plan) ON (n.loaded);
CREATE INDEX plan_period IF NOT EXISTS FOR (n:Plan) ON (n.periodStart, n.periodEnd);
CREATE INDEX region_name IF NOT EXISTS FOR (n:Region) ON (n.name);
CREATE INDEX region_level IF NOT EXISTS FOR (n:Region) ON (n.level);
CREATE INDEX department_name IF NOT EXISTS FOR (n:Department) ON (n.name);
CREATE INDEX department_level IF NOT EXISTS FOR (n:Department) ON (n.level);
CREATE INDEX chapter_key IF NOT EXISTS FOR (n:Chapter) ON (n.planId, n.key);

// Analysts filter relationships by provenance (stated vs inferred).
CREATE INDEX responsible_basis IF NOT EXISTS FOR ()-[r:RESPONSIBLE_FOR]-() ON (r.basis);
CREATE INDEX in_domain_basis IF NOT EXISTS FOR ()-[r:IN_DOMAIN]-() ON (r.basis);

// Chinese is not space-separated; the cjk analyzer indexes character bigrams, so 托育 and 养老 match inside longer words.
CREATE FULLTEXT INDEX plangraph_text IF NOT EXISTS
FOR (n:Plan|Chapter|Goal|Indicator|Project|Box|Table)
ON EACH [n.title, n.name, n.lead, n.text]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false } };
