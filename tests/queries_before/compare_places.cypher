// title: 两地对比：地点、产业与项目 | Two places side by side: places, industries, projects
// description: The places, projects and industries of two places (districts, say): what lies in each (through
// description: LOCATED_IN chains of up to ten links), the industries supported by what lies there, and the industries
// description: named in the plans about each place (COVERS). `status` says shared, only_a or only_b; shared rows
// description: first. Capped at 1000 rows.
// param: place_a = 回民区 | name or alias of the first place
// param: place_b = 新城区 | name or alias of the second place
// dialect: ladybug
MATCH (root:Place)
WHERE root.name = $place_a OR list_contains(root.aliases, $place_a)
   OR root.name = $place_b OR list_contains(root.aliases, $place_b)
WITH root, CASE WHEN root.name = $place_a OR list_contains(root.aliases, $place_a) THEN 'a' ELSE 'b' END AS side
OPTIONAL MATCH (x:Place|Project|Industry)-[:LOCATED_IN]->(w:Place)-[:LOCATED_IN*0..10]->(root)
OPTIONAL MATCH (x)-[:SUPPORTS]->(ind:Industry)
WITH root, side, collect({t: label(x), n: x.name}) AS located, collect({t: 'Industry', n: ind.name}) AS supported
OPTIONAL MATCH (plan:Plan)-[:COVERS]->(root)
OPTIONAL MATCH (named:Industry)-[:MENTIONED_IN]->(s:Section)
WHERE s.plan = plan.id
WITH side, located, supported, collect({t: 'Industry', n: named.name}) AS mentioned
UNWIND list_concat(list_concat(located, supported), mentioned) AS e
WITH side, e
WHERE e.n IS NOT NULL
WITH e.t AS type, e.n AS name, collect(DISTINCT side) AS sides
WITH type, name, list_contains(sides, 'a') AS in_a, list_contains(sides, 'b') AS in_b
RETURN type, name, in_a, in_b,
       CASE WHEN in_a AND in_b THEN 'shared' WHEN in_a THEN 'only_a' ELSE 'only_b' END AS status
ORDER BY in_a AND in_b DESC, type, status, name
LIMIT 1000
// dialect: neo4j
MATCH (root:Place)
WHERE root.name = $place_a OR $place_a IN root.aliases
   OR root.name = $place_b OR $place_b IN root.aliases
WITH root, CASE WHEN root.name = $place_a OR $place_a IN root.aliases THEN 'a' ELSE 'b' END AS side
OPTIONAL MATCH (x:Place|Project|Industry)-[:LOCATED_IN]->(w:Place)-[:LOCATED_IN*0..10]->(root)
OPTIONAL MATCH (x)-[:SUPPORTS]->(ind:Industry)
WITH root, side, collect({t: labels(x)[0], n: x.name}) AS located, collect({t: 'Industry', n: ind.name}) AS supported
OPTIONAL MATCH (plan:Plan)-[:COVERS]->(root)
OPTIONAL MATCH (named:Industry)-[:MENTIONED_IN]->(s:Section)
WHERE s.plan = plan.id
WITH side, located, supported, collect({t: 'Industry', n: named.name}) AS mentioned
UNWIND located + supported + mentioned AS e
WITH side, e
WHERE e.n IS NOT NULL
WITH e.t AS type, e.n AS name, collect(DISTINCT side) AS sides
WITH type, name, 'a' IN sides AS in_a, 'b' IN sides AS in_b
RETURN type, name, in_a, in_b,
       CASE WHEN in_a AND in_b THEN 'shared' WHEN in_a THEN 'only_a' ELSE 'only_b' END AS status
ORDER BY in_a AND in_b DESC, type, status, name
LIMIT 1000
