// title: 各规划对某指标的目标 | Every plan's target for an indicator
// description: Compare districts and years: each target set for the indicator, by a plan's indicator table or by one
// description: of its goals, with the plan it comes from (found through the target's evidence), the plan's place and
// description: year. The SPARQL twin is queries/indicator_by_plan.rq.
// param: indicator = 森林覆盖率 | name or alias of the indicator
// dialect: ladybug
MATCH (i:Indicator)
WHERE i.name = $indicator OR list_contains(i.aliases, $indicator)
MATCH (src)-[t:TARGETS]->(i)
MATCH (plan:Plan)
WHERE plan.id = src.id OR t.evidence CONTAINS ('"plan": "' + plan.id + '"')
RETURN DISTINCT plan.place AS place, plan.`year` AS plan_year, plan.id AS plan, plan.title AS plan_title,
       label(src) AS set_by, src.name AS source, i.name AS indicator, t.target AS target,
       t.target_value AS value, t.comparator AS comparator, t.unit AS unit, t.target_year AS target_year,
       t.baseline AS baseline, t.baseline_year AS baseline_year, t.attribute AS attribute
ORDER BY place, plan_year, plan, target_year, value
LIMIT 500
// dialect: neo4j
MATCH (i:Indicator)
WHERE i.name = $indicator OR $indicator IN i.aliases
MATCH (src)-[t:TARGETS]->(i)
MATCH (plan:Plan)
WHERE plan.id = src.id OR t.evidence CONTAINS ('"plan": "' + plan.id + '"')
RETURN DISTINCT plan.place AS place, plan.`year` AS plan_year, plan.id AS plan, plan.title AS plan_title,
       labels(src)[0] AS set_by, src.name AS source, i.name AS indicator, t.target AS target,
       t.target_value AS value, t.comparator AS comparator, t.unit AS unit, t.target_year AS target_year,
       t.baseline AS baseline, t.baseline_year AS baseline_year, t.attribute AS attribute
ORDER BY place, plan_year, plan, target_year, value
LIMIT 500
