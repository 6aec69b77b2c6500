// Look-alike pairs rejected while building test/fixtures/rollup-gold.json: never the same measure
// Roll-up curation: (:Curation {from, to, decision}) records that `plangraph align` applies and never overrides.
// accepted → ROLLS_UP_TO {method: 'curated'}; rejected → never linked. Load with `plangraph load` or cypher-shell.

// 每千人拥有执业医师数 excludes assistant physicians; the city counts 执业（助理）医师
MERGE (c:Curation {from: 'changshou-2021-2025-social-livelihood/ind/7', to: 'chongqing-2026-2030-social-development-draft/ind/18'})
SET c.decision = 'rejected', c.by = 'align-review', c.at = datetime('2025-11-23T12:00:00Z'), c.note = '每千人拥有执业医师数 excludes assistant physicians; the city counts 执业（助理）医师';

// 每千人拥有执业医师数 excludes assistant physicians; the cited target counts 执业（助理）医师
MERGE (c:Curation {from: 'changshou-2021-2025-social-livelihood/ind/7', to: 'cited/重庆市十四五公共服务规划/ind/16'})
SET c.decision = 'rejected', c.by = 'align-review', c.at = datetime('2025-11-23T12:00:00Z'), c.note = '每千人拥有执业医师数 excludes assistant physicians; the cited target counts 执业（助理）医师';

// 主要劳动年龄人口 (20–59) is a narrower age band than 劳动年龄人口 (16–59)
MERGE (c:Curation {from: 'changshou-2021-2025-social-livelihood/ind/1', to: 'chongqing-2026-2030-social-development-draft/ind/14'})
SET c.decision = 'rejected', c.by = 'align-review', c.at = datetime('2025-11-23T12:00:00Z'), c.note = '主要劳动年龄人口 (20–59) is a narrower age band than 劳动年龄人口 (16–59)';

// 主要劳动年龄人口 (20–59) is a narrower age band than 劳动年龄人口 (16–59)
MERGE (c:Curation {from: 'changshou-2021-2025-social-livelihood/ind/1', to: 'cited/重庆市十四五公共服务规划/ind/9'})
SET c.decision = 'rejected', c.by = 'align-review', c.at = datetime('2025-11-23T12:00:00Z'), c.note = '主要劳动年龄人口 (20–59) is a narrower age band than 劳动年龄人口 (16–59)';

// 参保率 in % is a share, 参保人数 in 万人 a head count
MERGE (c:Curation {from: 'jiangbei-2021-2025-public-services/ind/27', to: 'chongqing-2026-2030-social-development-draft/ind/3'})
SET c.decision = 'rejected', c.by = 'align-review', c.at = datetime('2025-11-23T12:00:00Z'), c.note = '参保率 in % is a share, 参保人数 in 万人 a head count';

// 参保率 in % is a share, 参保人数 in 万人 a head count
MERGE (c:Curation {from: 'jiangbei-2021-2025-public-services/ind/27', to: 'cited/重庆市十四五公共服务规划/ind/25'})
SET c.decision = 'rejected', c.by = 'align-review', c.at = datetime('2025-11-23T12:00:00Z'), c.note = '参保率 in % is a share, 参保人数 in 万人 a head count';

// 覆盖率 in % is a share, 参保人数 in 万人 a head count
MERGE (c:Curation {from: 'changshou-2021-2025-social-livelihood/ind/16', to: 'chongqing-2026-2030-social-development-draft/ind/3'})
SET c.decision = 'rejected', c.by = 'align-review', c.at = datetime('2025-11-23T12:00:00Z'), c.note = '覆盖率 in % is a share, 参保人数 in 万人 a head count';

// 覆盖率 in % is a share, 参保人数 in 万人 a head count
MERGE (c:Curation {from: 'changshou-2021-2025-social-livelihood/ind/16', to: 'cited/重庆市十四五公共服务规划/ind/25'})
SET c.decision = 'rejected', c.by = 'align-review', c.at = datetime('2025-11-23T12:00:00Z'), c.note = '覆盖率 in % is a share, 参保人数 in 万人 a head count';

// the Changshou text never says its 高中阶段教育普及率 is the gross enrolment rate
MERGE (c:Curation {from: 'changshou-2021-2025-social-livelihood/ind/3', to: 'cited/重庆市十四五公共服务规划/ind/8'})
SET c.decision = 'rejected', c.by = 'align-review', c.at = datetime('2025-11-23T12:00:00Z'), c.note = 'the Changshou text never says its 高中阶段教育普及率 is the gross enrolment rate';

// 普及率 is not the completion rate
MERGE (c:Curation {from: 'changshou-2021-2025-social-livelihood/ind/3', to: 'chongqing-2026-2030-social-development-draft/ind/16'})
SET c.decision = 'rejected', c.by = 'align-review', c.at = datetime('2025-11-23T12:00:00Z'), c.note = '普及率 is not the completion rate';

// 毛入学率 (gross enrolment) is not 完成率 (completion)
MERGE (c:Curation {from: 'jiangbei-2021-2025-public-services/ind/7', to: 'chongqing-2026-2030-social-development-draft/ind/16'})
SET c.decision = 'rejected', c.by = 'align-review', c.at = datetime('2025-11-23T12:00:00Z'), c.note = '毛入学率 (gross enrolment) is not 完成率 (completion)';

// 毛入学率 (gross enrolment) is not 完成率 (completion)
MERGE (c:Curation {from: 'yongchuan-2021-2025-public-services/ind/5', to: 'chongqing-2026-2030-social-development-draft/ind/16'})
SET c.decision = 'rejected', c.by = 'align-review', c.at = datetime('2025-11-23T12:00:00Z'), c.note = '毛入学率 (gross enrolment) is not 完成率 (completion)';

// 毛入学率 (gross enrolment) is not 完成率 (completion)
MERGE (c:Curation {from: 'yuzhong-2021-2025-public-services/ind/8', to: 'chongqing-2026-2030-social-development-draft/ind/16'})
SET c.decision = 'rejected', c.by = 'align-review', c.at = datetime('2025-11-23T12:00:00Z'), c.note = '毛入学率 (gross enrolment) is not 完成率 (completion)';

// 人均体育设施面积 is not defined as the census 体育场地面积
MERGE (c:Curation {from: 'changshou-2021-2025-social-livelihood/ind/12', to: 'cited/重庆市十四五公共服务规划/ind/31'})
SET c.decision = 'rejected', c.by = 'align-review', c.at = datetime('2025-11-23T12:00:00Z'), c.note = '人均体育设施面积 is not defined as the census 体育场地面积';

// places per thousand residents is not the share of children under 3 enrolled
MERGE (c:Curation {from: 'changshou-2021-2025-social-livelihood/ind/10', to: 'chongqing-2026-2030-social-development-draft/ind/22'})
SET c.decision = 'rejected', c.by = 'align-review', c.at = datetime('2025-11-23T12:00:00Z'), c.note = 'places per thousand residents is not the share of children under 3 enrolled';

// places per thousand residents is not the share of children under 3 enrolled
MERGE (c:Curation {from: 'jiangbei-2021-2025-public-services/ind/1', to: 'chongqing-2026-2030-social-development-draft/ind/22'})
SET c.decision = 'rejected', c.by = 'align-review', c.at = datetime('2025-11-23T12:00:00Z'), c.note = 'places per thousand residents is not the share of children under 3 enrolled';

// places per thousand residents is not the share of children under 3 enrolled
MERGE (c:Curation {from: 'yongchuan-2021-2025-public-services/ind/1', to: 'chongqing-2026-2030-social-development-draft/ind/22'})
SET c.decision = 'rejected', c.by = 'align-review', c.at = datetime('2025-11-23T12:00:00Z'), c.note = 'places per thousand residents is not the share of children under 3 enrolled';

// places per thousand residents is not the share of children under 3 enrolled
MERGE (c:Curation {from: 'yuzhong-2021-2025-public-services/ind/2', to: 'chongqing-2026-2030-social-development-draft/ind/22'})
SET c.decision = 'rejected', c.by = 'align-review', c.at = datetime('2025-11-23T12:00:00Z'), c.note = 'places per thousand residents is not the share of children under 3 enrolled';

// rural over urban standard in % is the inverse of the city’s urban-to-rural ratio
MERGE (c:Curation {from: 'jiangbei-2021-2025-public-services/ind/29', to: 'chongqing-2026-2030-social-development-draft/ind/9'})
SET c.decision = 'rejected', c.by = 'align-review', c.at = datetime('2025-11-23T12:00:00Z'), c.note = 'rural over urban standard in % is the inverse of the city’s urban-to-rural ratio';

// rural over urban standard in % is the inverse of the city’s urban-to-rural ratio
MERGE (c:Curation {from: 'yongchuan-2021-2025-public-services/ind/26', to: 'chongqing-2026-2030-social-development-draft/ind/9'})
SET c.decision = 'rejected', c.by = 'align-review', c.at = datetime('2025-11-23T12:00:00Z'), c.note = 'rural over urban standard in % is the inverse of the city’s urban-to-rural ratio';

// floor area renovated (万平方米) is not the number of compounds (个)
MERGE (c:Curation {from: 'yuzhong-2021-2025-public-services/ind/24', to: 'chongqing-2026-2030-social-development-draft/ind/13'})
SET c.decision = 'rejected', c.by = 'align-review', c.at = datetime('2025-11-23T12:00:00Z'), c.note = 'floor area renovated (万平方米) is not the number of compounds (个)';

// floor area renovated (万平方米) is not the number of compounds (个)
MERGE (c:Curation {from: 'yongchuan-2021-2025-public-services/ind/23', to: 'chongqing-2026-2030-social-development-draft/ind/13'})
SET c.decision = 'rejected', c.by = 'align-review', c.at = datetime('2025-11-23T12:00:00Z'), c.note = 'floor area renovated (万平方米) is not the number of compounds (个)';

// floor area renovated (万平方米) is not the number of compounds (个)
MERGE (c:Curation {from: 'jiangbei-2021-2025-public-services/ind/25', to: 'chongqing-2026-2030-social-development-draft/ind/13'})
SET c.decision = 'rejected', c.by = 'align-review', c.at = datetime('2025-11-23T12:00:00Z'), c.note = 'floor area renovated (万平方米) is not the number of compounds (个)';

// inclusive kindergartens include private ones; the city counts public kindergartens only
MERGE (c:Curation {from: 'jiangbei-2021-2025-public-services/ind/4', to: 'chongqing-2026-2030-social-development-draft/ind/15'})
SET c.decision = 'rejected', c.by = 'align-review', c.at = datetime('2025-11-23T12:00:00Z'), c.note = 'inclusive kindergartens include private ones; the city counts public kindergartens only';

// inclusive kindergartens include private ones; the city counts public kindergartens only
MERGE (c:Curation {from: 'yuzhong-2021-2025-public-services/ind/6', to: 'chongqing-2026-2030-social-development-draft/ind/15'})
SET c.decision = 'rejected', c.by = 'align-review', c.at = datetime('2025-11-23T12:00:00Z'), c.note = 'inclusive kindergartens include private ones; the city counts public kindergartens only';
