// title: 项目服务的产业、目标与指标 | From a project to the industries, goals and indicators it serves
// description: What the project supports, directly or through a chain of up to three SUPPORTS (via = SUPPORTS; the
// description: SPARQL twin queries/project_chain.rq gives these), and the goals located in the places the project lies
// description: in, up its LOCATED_IN chain (via = LOCATED_IN); with the indicators each of them targets. `chain` names
// description: every step from the project.
// param: project = 敕勒川国际会展中心 | name or alias of the project
// dialect: ladybug
MATCH (proj:Project)
WHERE proj.name = $project OR list_contains(proj.aliases, $project)
MATCH p = (proj)-[:SUPPORTS*1..3]->(x)
OPTIONAL MATCH (x)-[t:TARGETS]->(i:Indicator)
RETURN DISTINCT 'SUPPORTS' AS via, label(x) AS type, x.name AS name, x.id AS id,
       list_transform(nodes(p), n -> n.name) AS chain, i.name AS indicator, t.target AS target,
       t.target_year AS target_year
LIMIT 250
UNION
MATCH (proj:Project)
WHERE proj.name = $project OR list_contains(proj.aliases, $project)
MATCH p = (proj)-[:LOCATED_IN* SHORTEST 1..10]->(w:Place)
MATCH (g:Goal)-[:LOCATED_IN]->(w)
OPTIONAL MATCH (g)-[t:TARGETS]->(i:Indicator)
RETURN DISTINCT 'LOCATED_IN' AS via, 'Goal' AS type, g.name AS name, g.id AS id,
       list_concat(list_transform(nodes(p), n -> n.name), [g.name]) AS chain, i.name AS indicator,
       t.target AS target, t.target_year AS target_year
LIMIT 250
// dialect: neo4j
CALL {
  MATCH (proj:Project)
  WHERE proj.name = $project OR $project IN proj.aliases
  MATCH p = (proj)-[:SUPPORTS*1..3]->(x)
  OPTIONAL MATCH (x)-[t:TARGETS]->(i:Indicator)
  RETURN 'SUPPORTS' AS via, labels(x)[0] AS type, x.name AS name, x.id AS id,
         [n IN nodes(p) | n.name] AS chain, i.name AS indicator, t.target AS target, t.target_year AS target_year
  UNION
  MATCH (proj:Project)
  WHERE proj.name = $project OR $project IN proj.aliases
  MATCH p = (proj)-[:LOCATED_IN*1..10]->(w:Place)
  MATCH (g:Goal)-[:LOCATED_IN]->(w)
  OPTIONAL MATCH (g)-[t:TARGETS]->(i:Indicator)
  RETURN 'LOCATED_IN' AS via, 'Goal' AS type, g.name AS name, g.id AS id,
         [n IN nodes(p) | n.name] + [g.name] AS chain, i.name AS indicator, t.target AS target,
         t.target_year AS target_year
}
RETURN via, type, name, id, chain, indicator, target, target_year
ORDER BY via DESC, size(chain), name, indicator
LIMIT 500
