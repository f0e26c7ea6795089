// title: 关联最多的实体 | The most connected entities
// description: The 20 entities with the most relations (LOCATED_IN, SUPPORTS, TARGETS, COVERS, INVOLVES; both
// description: directions; mentions not counted), ties broken by id. The SPARQL twin is queries/most_connected.rq.
// dialect: ladybug
MATCH (n:Place|Project|Industry|Goal|Indicator|Organization|Policy)-[r:LOCATED_IN|SUPPORTS|TARGETS|COVERS|INVOLVES]-(m)
RETURN label(n) AS type, n.name AS name, n.id AS id, count(*) AS degree
ORDER BY degree DESC, id
LIMIT 20
// dialect: neo4j
MATCH (n:Place|Project|Industry|Goal|Indicator|Organization|Policy)-[r:LOCATED_IN|SUPPORTS|TARGETS|COVERS|INVOLVES]-(m)
RETURN labels(n)[0] AS type, n.name AS name, n.id AS id, count(*) AS degree
ORDER BY degree DESC, id
LIMIT 20
