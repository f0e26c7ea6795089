// title: 某实体的邻居 | The neighbourhood of an entity (one hop)
// description: Everything directly related to the named entity (LOCATED_IN, SUPPORTS, TARGETS, COVERS, INVOLVES), by
// description: which relation and in which direction, with the relation's evidence. For more hops see neighbourhood.
// description: The SPARQL twin is queries/neighbours.rq.
// param: name = 回民区 | name or alias of the entity
// dialect: ladybug
MATCH (n)
WHERE n.name = $name OR list_contains(n.aliases, $name)
OPTIONAL MATCH (n)-[r1:LOCATED_IN|SUPPORTS|TARGETS|COVERS|INVOLVES]->(m1)
WITH n, collect({relation: label(r1), direction: 'out', name: m1.name, id: m1.id, t: label(m1),
                 evidence: r1.evidence}) AS outs
OPTIONAL MATCH (n)<-[r2:LOCATED_IN|SUPPORTS|TARGETS|COVERS|INVOLVES]-(m2)
WITH n, outs, collect({relation: label(r2), direction: 'in', name: m2.name, id: m2.id, t: label(m2),
                       evidence: r2.evidence}) AS ins
UNWIND list_concat(outs, ins) AS e
WITH n, e
WHERE e.id IS NOT NULL
RETURN DISTINCT n.name AS entity, e.relation AS relation, e.direction AS direction, e.t AS type, e.name AS name,
       e.id AS id, e.evidence AS evidence
ORDER BY relation, direction, name, id
LIMIT 1000
// dialect: neo4j
MATCH (n)
WHERE n.name = $name OR $name IN n.aliases
OPTIONAL MATCH (n)-[r1:LOCATED_IN|SUPPORTS|TARGETS|COVERS|INVOLVES]->(m1)
WITH n, collect({relation: type(r1), direction: 'out', name: m1.name, id: m1.id, t: labels(m1)[0],
                 evidence: r1.evidence}) AS outs
OPTIONAL MATCH (n)<-[r2:LOCATED_IN|SUPPORTS|TARGETS|COVERS|INVOLVES]-(m2)
WITH n, outs, collect({relation: type(r2), direction: 'in', name: m2.name, id: m2.id, t: labels(m2)[0],
                       evidence: r2.evidence}) AS ins
UNWIND outs + ins AS e
WITH n, e
WHERE e.id IS NOT NULL
RETURN DISTINCT n.name AS entity, e.relation AS relation, e.direction AS direction, e.t AS type, e.name AS name,
       e.id AS id, e.evidence AS evidence
ORDER BY relation, direction, name, id
LIMIT 1000
