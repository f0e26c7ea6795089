// title: 两个实体之间的最短路径 | The shortest path between two entities
// description: The fewest LOCATED_IN, SUPPORTS, TARGETS, COVERS or INVOLVES links (either direction, at most ten)
// description: between two named entities: the names, types and relations along it, and the path itself.
// param: source = 敕勒川 | name or alias of one entity
// param: target = 科技城 | name or alias of the other
// dialect: ladybug
MATCH (a)
WHERE a.name = $source OR list_contains(a.aliases, $source)
MATCH (b)
WHERE (b.name = $target OR list_contains(b.aliases, $target)) AND a <> b
MATCH p = (a)-[:LOCATED_IN|SUPPORTS|TARGETS|COVERS|INVOLVES* SHORTEST 1..10]-(b)
RETURN length(p) AS hops, list_transform(nodes(p), n -> n.name) AS names,
       list_transform(nodes(p), n -> label(n)) AS types, list_transform(rels(p), r -> label(r)) AS relations,
       p AS path
ORDER BY hops
LIMIT 10
// dialect: neo4j
MATCH (a)
WHERE a.name = $source OR $source IN a.aliases
MATCH (b)
WHERE (b.name = $target OR $target IN b.aliases) AND a <> b
MATCH p = shortestPath((a)-[:LOCATED_IN|SUPPORTS|TARGETS|COVERS|INVOLVES*1..10]-(b))
RETURN length(p) AS hops, [n IN nodes(p) | n.name] AS names,
       [n IN nodes(p) | labels(n)[0]] AS types, [r IN relationships(p) | type(r)] AS relations,
       p AS path
ORDER BY hops
LIMIT 10
