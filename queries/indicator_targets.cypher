// title: 某地的指标目标 | Indicator targets of a place
// description: Targets set for indicators by the plans about a place (COVERS, or the plan's place) and by goals that
// description: are located in it or written in those plans: indicator, target as written, value, comparator, unit,
// description: year, baseline, attribute, and who sets it. The SPARQL twin (queries/indicator_targets.rq) counts a
// description: goal only when it is located in the place.
// param: place = 新城区 | name or alias of the place
// dialect: ladybug
// The plans about the place as one list of ids, then one pass over the targets: the old text joined every
// target with every such plan and searched its evidence once per pair. A target's plans are read out of its
// evidence once (every `"plan": "<id>"` in the JSON) and compared with the list.
MATCH (p:Place)
WHERE p.name = $place OR list_contains(p.aliases, $place)
MATCH (plan:Plan)
WHERE plan.place = p.name OR EXISTS { MATCH (plan)-[:COVERS]->(p) }
WITH p, collect(plan.id) AS plans
MATCH (src)-[t:TARGETS]->(i:Indicator)
WHERE list_contains(plans, src.id)
   OR (label(src) = 'Goal' AND (any(e IN regexp_extract_all(t.evidence, '"plan": "([^"]*)"', 1) WHERE list_contains(plans, e))
                                OR EXISTS { MATCH (src)-[:LOCATED_IN]->(p) }))
RETURN DISTINCT i.name AS indicator, t.target AS target, t.target_value AS value, t.comparator AS comparator,
       t.unit AS unit, t.target_year AS target_year, t.baseline AS baseline, t.attribute AS attribute,
       label(src) AS set_by, src.name AS source, src.id AS source_id
ORDER BY indicator, target_year, source_id
LIMIT 1000
// dialect: neo4j
MATCH (p:Place)
WHERE p.name = $place OR $place IN p.aliases
MATCH (plan:Plan)
WHERE plan.place = p.name OR EXISTS { MATCH (plan)-[:COVERS]->(p) }
WITH p, collect(plan.id) AS plans
MATCH (src)-[t:TARGETS]->(i:Indicator)
WHERE src.id IN plans
   OR (src:Goal AND (any(pid IN plans WHERE t.evidence CONTAINS ('"plan": "' + pid + '"'))
                     OR EXISTS { MATCH (src)-[:LOCATED_IN]->(p) }))
RETURN DISTINCT i.name AS indicator, t.target AS target, t.target_value AS value, t.comparator AS comparator,
       t.unit AS unit, t.target_year AS target_year, t.baseline AS baseline, t.attribute AS attribute,
       labels(src)[0] AS set_by, src.name AS source, src.id AS source_id
ORDER BY indicator, target_year, source_id
LIMIT 1000
