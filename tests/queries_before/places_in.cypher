// title: 位于某地（含下级）的地点 | Places located, transitively, in a place
// description: Every place whose LOCATED_IN chain (up to ten links) reaches the given place (乌素图 → 回民区), with the
// description: fewest links needed (`depth`) and the next place up on that chain (`parent`).
// description: The SPARQL twin is queries/places_in.rq.
// param: place = 回民区 | name or alias of the containing place
// dialect: ladybug
MATCH (root:Place)
WHERE root.name = $place OR list_contains(root.aliases, $place)
MATCH path = (p:Place)-[:LOCATED_IN* SHORTEST 1..10]->(root)
WHERE p <> root
RETURN DISTINCT p.name AS name, p.id AS id, p.`kind` AS kind, length(path) AS depth,
       list_extract(list_transform(nodes(path), n -> n.name), 2) AS parent
ORDER BY depth, name, id
LIMIT 1000
// dialect: neo4j
MATCH (root:Place)
WHERE root.name = $place OR $place IN root.aliases
MATCH path = (p:Place)-[:LOCATED_IN*1..10]->(root)
WHERE p <> root
WITH p, path
ORDER BY length(path)
WITH p, collect(path)[0] AS shortest
RETURN p.name AS name, p.id AS id, p.`kind` AS kind, length(shortest) AS depth,
       nodes(shortest)[1].name AS parent
ORDER BY depth, name, id
LIMIT 1000
