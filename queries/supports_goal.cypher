// title: 支撑某目标（或产业）的项目、产业与政策 | What supports a goal (or an industry)
// description: Projects, policies, organisations and industries that support the goal directly or through a chain of
// description: up to three SUPPORTS (a project supporting an industry that supports the goal). `direct` marks the
// description: direct ones, `chain` names the links from the supporter to the goal, `evidence` is the first link's
// description: evidence (JSON list of plan/section/start/end/text). The SPARQL twin is queries/supports_goal.rq.
// param: goal = 服务业高质量发展城区 | name or alias of the goal (an industry's name works too)
// dialect: ladybug
// Walked from the goal: every SUPPORTS walk of one to three links ending at it (the old text matched every
// SUPPORTS relation of the graph first). Inner nodes carry only their names and links only the two values
// kept from the first one (the projection), so no walk drags every property along. The nearest 1000 walks
// are kept before the rows are made distinct (lists and evidence are what cost): the same 200 rows unless
// 800 of those walks repeat another's names and first link.
MATCH (g:Goal|Industry)
WHERE g.name = $goal OR list_contains(g.aliases, $goal)
MATCH (x)-[e:SUPPORTS*1..3 (r, n | WHERE true | {r.confidence, r.evidence}, {n.name})]->(g)
WHERE x <> g
WITH x, g, e, label(x) AS type, x.name AS name, length(e) = 1 AS direct, length(e) AS hops
ORDER BY direct DESC, hops, type, name
LIMIT 1000
WITH x, g, e, type, name, direct, hops, list_extract(rels(e), 1) AS first
RETURN DISTINCT type, name, x.id AS id, direct, hops,
       list_append(list_concat([x.name], list_transform(nodes(e), n -> n.name)), g.name) AS chain,
       first.confidence AS confidence, first.evidence AS evidence
ORDER BY direct DESC, hops, type, name
LIMIT 200
// dialect: neo4j
MATCH (g:Goal|Industry)
WHERE g.name = $goal OR $goal IN g.aliases
MATCH (x)-[first:SUPPORTS]->(y)
MATCH p = (y)-[:SUPPORTS*0..2]->(g)
WHERE x <> g
RETURN DISTINCT labels(x)[0] AS type, x.name AS name, x.id AS id, length(p) = 0 AS direct, 1 + length(p) AS hops,
       [x.name] + [n IN nodes(p) | n.name] AS chain,
       first.confidence AS confidence, first.evidence AS evidence
ORDER BY direct DESC, hops, type, name
LIMIT 200
