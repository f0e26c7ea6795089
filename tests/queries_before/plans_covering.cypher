// title: 关于某地的规划 | Plans about a place
// description: Plans that COVER the place or are issued for it (the plan's place), with title, year, period, kind and
// description: issuer. The SPARQL twin is queries/plans_covering.rq.
// param: place = 回民区 | name or alias of the place
// dialect: ladybug
MATCH (root:Place)
WHERE root.name = $place OR list_contains(root.aliases, $place)
MATCH (plan:Plan)
WHERE plan.place = root.name OR EXISTS { MATCH (plan)-[:COVERS]->(root) }
RETURN DISTINCT plan.id AS id, plan.title AS title, plan.`year` AS year, plan.period AS period,
       plan.`kind` AS kind, plan.issuer AS issuer
ORDER BY year, id
LIMIT 500
// dialect: neo4j
MATCH (root:Place)
WHERE root.name = $place OR $place IN root.aliases
MATCH (plan:Plan)
WHERE plan.place = root.name OR EXISTS { MATCH (plan)-[:COVERS]->(root) }
RETURN DISTINCT plan.id AS id, plan.title AS title, plan.`year` AS year, plan.period AS period,
       plan.`kind` AS kind, plan.issuer AS issuer
ORDER BY year, id
LIMIT 500
