// title: 某实体的 N 度邻域 | The neighbourhood of an entity to depth N
// description: Every entity within depth links (LOCATED_IN, SUPPORTS, TARGETS, COVERS, INVOLVES; either direction)
// description: of the named one, with its distance and the names along one shortest way there. A rel pattern cannot
// description: take its bound from a parameter, so the pattern stops at 3 and rows are kept when distance <= depth:
// description: depth is at most 3. Capped at 500 rows, nearest first.
// param: name = 乌素图 | name or alias of the entity
// param: depth = 2 | how many links away (1 to 3)
// dialect: ladybug
MATCH (a)
WHERE a.name = $name OR list_contains(a.aliases, $name)
MATCH p = (a)-[:LOCATED_IN|SUPPORTS|TARGETS|COVERS|INVOLVES* SHORTEST 1..3]-(m)
WHERE length(p) <= $depth AND m <> a
RETURN DISTINCT a.name AS entity, length(p) AS distance, label(m) AS type, m.name AS name, m.id AS id,
       list_transform(nodes(p), n -> n.name) AS via
ORDER BY distance, type, name
LIMIT 500
// dialect: neo4j
MATCH (a)
WHERE a.name = $name OR $name IN a.aliases
MATCH p = (a)-[:LOCATED_IN|SUPPORTS|TARGETS|COVERS|INVOLVES*1..3]-(m)
WHERE length(p) <= $depth AND m <> a
WITH a, m, min(length(p)) AS distance
MATCH p = shortestPath((a)-[:LOCATED_IN|SUPPORTS|TARGETS|COVERS|INVOLVES*1..3]-(m))
RETURN DISTINCT a.name AS entity, distance, labels(m)[0] AS type, m.name AS name, m.id AS id,
       [n IN nodes(p) | n.name] AS via
ORDER BY distance, type, name
LIMIT 500
