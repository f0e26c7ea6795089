// title: 某地的发展定位与目标 | The goals of a place
// description: Positionings, goals and visions located in the place (or in a place within it), or written in the plans
// description: about it (COVERS); `located` tells which. With the indicators each one targets (indicator: target).
// param: place = 新城区 | name or alias of the place
// dialect: ladybug
MATCH (p:Place)
WHERE p.name = $place OR list_contains(p.aliases, $place)
MATCH (g:Goal)
WITH p, g, EXISTS { MATCH (g)-[:LOCATED_IN]->(:Place)-[:LOCATED_IN*0..10]->(p) } AS located
WHERE located OR EXISTS { MATCH (g)-[:MENTIONED_IN]->(s:Section) WHERE EXISTS { MATCH (plan:Plan)-[:COVERS]->(p) WHERE plan.id = s.plan } }
OPTIONAL MATCH (g)-[t:TARGETS]->(i:Indicator)
RETURN g.name AS name, g.`kind` AS kind, g.horizon AS horizon, g.id AS id, located,
       collect(CASE WHEN i IS NULL THEN NULL ELSE i.name + ': ' + coalesce(t.target, '?') END) AS targets
ORDER BY horizon, kind, name
LIMIT 500
// dialect: neo4j
MATCH (p:Place)
WHERE p.name = $place OR $place IN p.aliases
MATCH (g:Goal)
WITH p, g, EXISTS { MATCH (g)-[:LOCATED_IN]->(:Place)-[:LOCATED_IN*0..10]->(p) } AS located
WHERE located OR EXISTS { MATCH (g)-[:MENTIONED_IN]->(s:Section) WHERE EXISTS { MATCH (plan:Plan)-[:COVERS]->(p) WHERE plan.id = s.plan } }
OPTIONAL MATCH (g)-[t:TARGETS]->(i:Indicator)
RETURN g.name AS name, g.`kind` AS kind, g.horizon AS horizon, g.id AS id, located,
       collect(CASE WHEN i IS NULL THEN NULL ELSE i.name + ': ' + coalesce(t.target, '?') END) AS targets
ORDER BY horizon, kind, name
LIMIT 500
