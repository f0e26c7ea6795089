// title: 低置信度的关系（待复核） | Relations to review: the least confident
// description: Relations (LOCATED_IN, SUPPORTS, TARGETS, COVERS, INVOLVES) whose confidence is at most the given value,
// description: least confident first, with the extractor rule and the evidence, to check extraction by hand.
// param: max_confidence = 0.6 | the highest confidence to list (0 to 1)
// dialect: ladybug
MATCH (a)-[r:LOCATED_IN|SUPPORTS|TARGETS|COVERS|INVOLVES]->(b)
WHERE r.confidence <= $max_confidence
RETURN label(a) AS source_type, a.name AS source, label(r) AS relation, label(b) AS target_type, b.name AS target,
       r.extractor AS extractor, r.confidence AS confidence, r.evidence AS evidence
ORDER BY confidence, relation, source, target
LIMIT 200
// dialect: neo4j
MATCH (a)-[r:LOCATED_IN|SUPPORTS|TARGETS|COVERS|INVOLVES]->(b)
WHERE r.confidence <= $max_confidence
RETURN labels(a)[0] AS source_type, a.name AS source, type(r) AS relation, labels(b)[0] AS target_type,
       b.name AS target, r.extractor AS extractor, r.confidence AS confidence, r.evidence AS evidence
ORDER BY confidence, relation, source, target
LIMIT 200
