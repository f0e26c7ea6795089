// title: 某地（含下级地点）的项目 | Projects in a place, including its sub-places
// description: Projects located in the place itself or in any place located in it through a chain of up to ten
// description: LOCATED_IN (新城区 → 敕勒川 → 项目); `where` names the place the project lies in directly.
// description: The SPARQL twin is queries/projects_in.rq.
// param: place = 新城区 | name or alias of the place
// dialect: ladybug
// The place itself (k = 0) and, once each, the places within it (k = 1: one SHORTEST chain per place, not every
// chain), then the projects located directly in either: no walk over every chain from every project.
MATCH (root:Place)
WHERE root.name = $place OR list_contains(root.aliases, $place)
UNWIND [0, 1] AS k
OPTIONAL MATCH (w:Place)-[:LOCATED_IN* SHORTEST 1..10]->(root)
WHERE k = 1
WITH root, k, w
OPTIONAL MATCH (p0:Project)-[:LOCATED_IN]->(root)
WHERE k = 0
OPTIONAL MATCH (p1:Project)-[:LOCATED_IN]->(w)
WITH CASE WHEN k = 0 THEN p0.name ELSE p1.name END AS name, CASE WHEN k = 0 THEN p0.id ELSE p1.id END AS id,
     CASE WHEN k = 0 THEN root.name ELSE w.name END AS place_name,
     CASE WHEN k = 0 THEN p0.box ELSE p1.box END AS box, CASE WHEN k = 0 THEN p0.status ELSE p1.status END AS status,
     CASE WHEN k = 0 THEN p0.investment ELSE p1.investment END AS investment
WHERE id IS NOT NULL
RETURN DISTINCT name, id, place_name AS `where`, box, status, investment
ORDER BY name, id
LIMIT 1000
// dialect: neo4j
MATCH (root:Place)
WHERE root.name = $place OR $place IN root.aliases
MATCH (proj:Project)-[:LOCATED_IN]->(w:Place)-[:LOCATED_IN*0..10]->(root)
RETURN DISTINCT proj.name AS name, proj.id AS id, w.name AS `where`, proj.box AS box, proj.status AS status,
       proj.investment AS investment
ORDER BY name, id
LIMIT 1000
