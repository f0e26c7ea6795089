// title: 某地的指标目标 | Indicator targets of a place
// description: Targets set for indicators by the plans about a place (COVERS, or the plan's place) and by goals that
// description: are located in it or written in those plans: indicator, target as written, value, comparator, unit,
// description: year, baseline, attribute, and who sets it. The SPARQL twin (queries/indicator_targets.rq) counts a
// description: goal only when it is located in the place.
// param: place = 新城区 | name or alias of the place
// dialect: ladybug
MATCH (p:Place)
WHERE p.name = $place OR list_contains(p.aliases, $place)
MATCH (plan:Plan)
WHERE plan.place = p.name OR EXISTS { MATCH (plan)-[:COVERS]->(p) }
MATCH (src)-[t:TARGETS]->(i:Indicator)
WHERE src.id = plan.id
   OR (label(src) = 'Goal' AND (t.evidence CONTAINS ('"plan": "' + plan.id + '"')
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
MATCH (src)-[t:TARGETS]->(i:Indicator)
WHERE src.id = plan.id
   OR (src:Goal AND (t.evidence CONTAINS ('"plan": "' + plan.id + '"')
                     OR EXISTS { MATCH (src)-[:LOCATED_IN]->(p) }))
RETURN DISTINCT i.name AS indicator, t.target AS target, t.target_value AS value, t.comparator AS comparator,
       t.unit AS unit, t.target_year AS target_year, t.baseline AS baseline, t.attribute AS attribute,
       labels(src)[0] AS set_by, src.name AS source, src.id AS source_id
ORDER BY indicator, target_year, source_id
LIMIT 1000
