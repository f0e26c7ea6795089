// title: 无关联的实体（抽取缺口） | Entities with no relation (extraction gaps)
// description: Entities that take part in no LOCATED_IN, SUPPORTS, TARGETS, COVERS or INVOLVES: where extraction found a
// description: name but no relation. The most mentioned first (the likeliest gaps), with the plans mentioning them.
// description: The SPARQL twin is queries/isolated_entities.rq. Capped at 500 rows.
// dialect: ladybug
MATCH (n:Place|Project|Industry|Goal|Indicator|Organization|Policy)
WHERE NOT EXISTS { MATCH (n)-[:LOCATED_IN|SUPPORTS|TARGETS|COVERS|INVOLVES]-() }
OPTIONAL MATCH (n)-[m:MENTIONED_IN]->(s:Section)
RETURN label(n) AS type, n.name AS name, n.id AS id, count(m) AS mentions, collect(DISTINCT s.plan) AS plans
ORDER BY mentions DESC, type, name, id
LIMIT 500
// dialect: neo4j
MATCH (n:Place|Project|Industry|Goal|Indicator|Organization|Policy)
WHERE NOT EXISTS { MATCH (n)-[:LOCATED_IN|SUPPORTS|TARGETS|COVERS|INVOLVES]-() }
OPTIONAL MATCH (n)-[m:MENTIONED_IN]->(s:Section)
RETURN labels(n)[0] AS type, n.name AS name, n.id AS id, count(m) AS mentions, collect(DISTINCT s.plan) AS plans
ORDER BY mentions DESC, type, name, id
LIMIT 500
