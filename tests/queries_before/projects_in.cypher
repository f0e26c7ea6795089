// title: 某地（含下级地点）的项目 | Projects in a place, including its sub-places
// description: Projects located in the place itself or in any place located in it through a chain of up to ten
// description: LOCATED_IN (新城区 → 敕勒川 → 项目); `where` names the place the project lies in directly.
// description: The SPARQL twin is queries/projects_in.rq.
// param: place = 新城区 | name or alias of the place
// dialect: ladybug
MATCH (root:Place)
WHERE root.name = $place OR list_contains(root.aliases, $place)
MATCH (proj:Project)-[:LOCATED_IN]->(w:Place)-[:LOCATED_IN*0..10]->(root)
RETURN DISTINCT proj.name AS name, proj.id AS id, w.name AS `where`, proj.box AS box, proj.status AS status,
       proj.investment AS investment
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
