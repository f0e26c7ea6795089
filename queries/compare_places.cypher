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
// the industries named in the plans about the place: a short list of names per place, made first
OPTIONAL MATCH (plan:Plan)-[:COVERS]->(root)
OPTIONAL MATCH (named:Industry)-[:MENTIONED_IN]->(s:Section)
WHERE s.plan = plan.id
WITH root, side, collect(DISTINCT named.name) AS mentioned
// one row per named industry (k > 0), and one (k = 0) that walks down into the place: what lies in it, by one
// shortest LOCATED_IN chain per entity (x -> a Place -> ... -> root: at most 11 links, each ending at a Place),
// so an entity comes once however many chains reach the place. Rows, not collected lists: thousands of them.
UNWIND range(0, size(mentioned)) AS k
OPTIONAL MATCH (x:Place|Project|Industry)-[:LOCATED_IN* SHORTEST 1..11]->(root)
WHERE k = 0
OPTIONAL MATCH (x)-[:SUPPORTS]->(ind:Industry)
UNWIND [[label(x), x.name], ['Industry', ind.name], ['Industry', CASE WHEN k > 0 THEN mentioned[k] END]] AS e
WITH side, e[1] AS type, e[2] AS name
WHERE name IS NOT NULL
WITH type, name, collect(DISTINCT side) AS sides
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
OPTIONAL MATCH (plan:Plan)-[:COVERS]->(root)
OPTIONAL MATCH (named:Industry)-[:MENTIONED_IN]->(s:Section)
WHERE s.plan = plan.id
WITH root, side, collect(DISTINCT named.name) AS mentioned
UNWIND range(0, size(mentioned)) AS k
OPTIONAL MATCH (x:Place|Project|Industry)-[:LOCATED_IN*1..11]->(root)
WHERE k = 0
WITH DISTINCT side, mentioned, k, x
OPTIONAL MATCH (x)-[:SUPPORTS]->(ind:Industry)
UNWIND [[labels(x)[0], x.name], ['Industry', ind.name], ['Industry', CASE WHEN k > 0 THEN mentioned[k - 1] END]] AS e
WITH side, e[0] AS type, e[1] AS name
WHERE name IS NOT NULL
WITH type, name, collect(DISTINCT side) AS sides
WITH type, name, 'a' IN sides AS in_a, 'b' IN sides AS in_b
RETURN type, name, in_a, in_b,
       CASE WHEN in_a AND in_b THEN 'shared' WHEN in_a THEN 'only_a' ELSE 'only_b' END AS status
ORDER BY in_a AND in_b DESC, type, status, name
LIMIT 1000
