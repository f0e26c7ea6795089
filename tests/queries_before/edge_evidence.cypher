// title: 关系的证据 | Why two entities are related: the evidence sentences
// description: Every relation from the source to the target with its evidence (a JSON list of plan, section, exact
// description: character offsets into the plan's text and the sentence), the extractor rule and its confidence.
// description: The SPARQL twin is queries/edge_evidence.rq.
// param: source = 乌素图 | name or alias of the relation's source
// param: target = 回民区 | name or alias of the relation's target
// dialect: ladybug
MATCH (a)
WHERE a.name = $source OR list_contains(a.aliases, $source)
MATCH (b)
WHERE b.name = $target OR list_contains(b.aliases, $target)
MATCH (a)-[r:LOCATED_IN|SUPPORTS|TARGETS|COVERS|INVOLVES]->(b)
RETURN a.name AS source, label(r) AS relation, b.name AS target, r.extractor AS extractor,
       r.confidence AS confidence, r.evidence AS evidence
ORDER BY relation, source, target
LIMIT 100
// dialect: neo4j
MATCH (a)
WHERE a.name = $source OR $source IN a.aliases
MATCH (b)
WHERE b.name = $target OR $target IN b.aliases
MATCH (a)-[r:LOCATED_IN|SUPPORTS|TARGETS|COVERS|INVOLVES]->(b)
RETURN a.name AS source, type(r) AS relation, b.name AS target, r.extractor AS extractor,
       r.confidence AS confidence, r.evidence AS evidence
ORDER BY relation, source, target
LIMIT 100
