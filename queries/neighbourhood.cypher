// title: 某实体的 N 度邻域 | The neighbourhood of an entity to depth N
// description: Every entity within depth links (LOCATED_IN, SUPPORTS, TARGETS, COVERS, INVOLVES; either direction)
// description: of the named one, with its distance and the names along one shortest way there. A rel pattern cannot
// description: take its bound from a parameter, so there is one branch per depth (1, 2, 3 or more), each searching
// description: no deeper than it must: depth is at most 3. Capped at 500 rows, nearest first.
// param: name = 乌素图 | name or alias of the entity
// param: depth = 2 | how many links away (1 to 3)
// dialect: ladybug
// Only the branch whose depth condition holds finds an `a`: the condition sits inside the name test (a CASE
// on parameters only) because LadybugDB tests a bare `$depth >= 2` after the search, not before it.
// One shortest path per entity reached (SHORTEST); its inner nodes carry only their names (the projection),
// and the rows are cut to the nearest 1000 before the `via` lists are built: building them for every entity
// reached is what cost. (1000, not 500: two entities sharing the name can each reach the same one by the same
// names, which DISTINCT then folds into one row.)
MATCH (a)
WHERE a.name = CASE WHEN $depth >= 1 AND $depth < 2 THEN $name END OR list_contains(a.aliases, CASE WHEN $depth >= 1 AND $depth < 2 THEN $name END)
MATCH (a)-[e:LOCATED_IN|SUPPORTS|TARGETS|COVERS|INVOLVES* SHORTEST 1..1 (r, n | WHERE true | {}, {n.name})]-(m)
WHERE m <> a
WITH a, m, e, length(e) AS distance, label(m) AS type, m.name AS name
ORDER BY distance, type, name
LIMIT 1000
RETURN DISTINCT a.name AS entity, distance, type, name, m.id AS id,
       list_concat(list_concat([a.name], list_transform(nodes(e), n -> n.name)), [m.name]) AS via
ORDER BY distance, type, name
LIMIT 500
UNION ALL
MATCH (a)
WHERE a.name = CASE WHEN $depth >= 2 AND $depth < 3 THEN $name END OR list_contains(a.aliases, CASE WHEN $depth >= 2 AND $depth < 3 THEN $name END)
MATCH (a)-[e:LOCATED_IN|SUPPORTS|TARGETS|COVERS|INVOLVES* SHORTEST 1..2 (r, n | WHERE true | {}, {n.name})]-(m)
WHERE m <> a
WITH a, m, e, length(e) AS distance, label(m) AS type, m.name AS name
ORDER BY distance, type, name
LIMIT 1000
RETURN DISTINCT a.name AS entity, distance, type, name, m.id AS id,
       list_concat(list_concat([a.name], list_transform(nodes(e), n -> n.name)), [m.name]) AS via
ORDER BY distance, type, name
LIMIT 500
UNION ALL
MATCH (a)
WHERE a.name = CASE WHEN $depth >= 3 THEN $name END OR list_contains(a.aliases, CASE WHEN $depth >= 3 THEN $name END)
MATCH (a)-[e:LOCATED_IN|SUPPORTS|TARGETS|COVERS|INVOLVES* SHORTEST 1..3 (r, n | WHERE true | {}, {n.name})]-(m)
WHERE m <> a
WITH a, m, e, length(e) AS distance, label(m) AS type, m.name AS name
ORDER BY distance, type, name
LIMIT 1000
RETURN DISTINCT a.name AS entity, distance, type, name, m.id AS id,
       list_concat(list_concat([a.name], list_transform(nodes(e), n -> n.name)), [m.name]) AS via
ORDER BY distance, type, name
LIMIT 500
// dialect: neo4j
CALL {
  MATCH (a)
  WHERE (a.name = $name OR $name IN a.aliases) AND $depth >= 1 AND $depth < 2
  MATCH p = (a)-[:LOCATED_IN|SUPPORTS|TARGETS|COVERS|INVOLVES*1..1]-(m)
  WHERE m <> a
  WITH a, m, min(length(p)) AS distance
  MATCH p = shortestPath((a)-[:LOCATED_IN|SUPPORTS|TARGETS|COVERS|INVOLVES*1..1]-(m))
  RETURN a.name AS entity, distance, labels(m)[0] AS type, m.name AS name, m.id AS id,
         [n IN nodes(p) | n.name] AS via
  UNION ALL
  MATCH (a)
  WHERE (a.name = $name OR $name IN a.aliases) AND $depth >= 2 AND $depth < 3
  MATCH p = (a)-[:LOCATED_IN|SUPPORTS|TARGETS|COVERS|INVOLVES*1..2]-(m)
  WHERE m <> a
  WITH a, m, min(length(p)) AS distance
  MATCH p = shortestPath((a)-[:LOCATED_IN|SUPPORTS|TARGETS|COVERS|INVOLVES*1..2]-(m))
  RETURN a.name AS entity, distance, labels(m)[0] AS type, m.name AS name, m.id AS id,
         [n IN nodes(p) | n.name] AS via
  UNION ALL
  MATCH (a)
  WHERE (a.name = $name OR $name IN a.aliases) AND $depth >= 3
  MATCH p = (a)-[:LOCATED_IN|SUPPORTS|TARGETS|COVERS|INVOLVES*1..3]-(m)
  WHERE m <> a
  WITH a, m, min(length(p)) AS distance
  MATCH p = shortestPath((a)-[:LOCATED_IN|SUPPORTS|TARGETS|COVERS|INVOLVES*1..3]-(m))
  RETURN a.name AS entity, distance, labels(m)[0] AS type, m.name AS name, m.id AS id,
         [n IN nodes(p) | n.name] AS via
}
RETURN DISTINCT entity, distance, type, name, id, via
ORDER BY distance, type, name
LIMIT 500
