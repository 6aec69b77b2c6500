// Roll-up links accepted while building test/fixtures/rollup-gold.json
// Roll-up curation: (:Curation {from, to, decision}) records that `plangraph align` applies and never overrides.
// accepted → ROLLS_UP_TO {method: 'curated'}; rejected → never linked. Load with `plangraph load` or cypher-shell.

// 残疾人生活补贴和重度残疾人护理补贴 are the 两项补贴 (the district texts name them so); 目标人群覆盖率 is how 两项补贴覆盖率 is defined
MERGE (c:Curation {from: 'jiangbei-2021-2025-public-services/ind/26', to: 'chongqing-2026-2030-social-development-draft/ind/5'})
SET c.decision = 'accepted', c.by = 'align-review', c.at = datetime('2025-11-23T12:00:00Z'), c.note = '残疾人生活补贴和重度残疾人护理补贴 are the 两项补贴 (the district texts name them so); 目标人群覆盖率 is how 两项补贴覆盖率 is defined';

// same statistic as 残疾人“两项补贴”覆盖率, spelled out
MERGE (c:Curation {from: 'jiangbei-2021-2025-public-services/ind/26', to: 'cited/重庆市十四五公共服务规划/ind/27'})
SET c.decision = 'accepted', c.by = 'align-review', c.at = datetime('2025-11-23T12:00:00Z'), c.note = 'same statistic as 残疾人“两项补贴”覆盖率, spelled out';

// 军队转业干部 are the 转业军官; same placement rate
MERGE (c:Curation {from: 'changshou-2021-2025-social-livelihood/ind/20', to: 'cited/重庆市十四五公共服务规划/ind/28'})
SET c.decision = 'accepted', c.by = 'align-review', c.at = datetime('2025-11-23T12:00:00Z'), c.note = '军队转业干部 are the 转业军官; same placement rate';
