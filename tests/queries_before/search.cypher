// title: 按名称或别名搜索 | Search entities by name or alias
// description: Entities of the seven entity types whose name or an alias contains the text (case-insensitive): exact
// description: matches first, then names that start with it, then the rest; with how often each is mentioned.
// description: The SPARQL twin is queries/search.rq.
// param: q = 乌素图 | text to look for
// dialect: ladybug
MATCH (n:Place|Project|Industry|Goal|Indicator|Organization|Policy)
WITH n, lower($q) AS q
WHERE lower(n.name) CONTAINS q OR any(a IN n.aliases WHERE lower(a) CONTAINS q)
OPTIONAL MATCH (n)-[m:MENTIONED_IN]->(:Section)
WITH n, q, count(m) AS mentions
RETURN label(n) AS type, n.name AS name, n.id AS id, n.aliases AS aliases, mentions,
       CASE WHEN lower(n.name) = q OR any(a IN n.aliases WHERE lower(a) = q) THEN 0
            WHEN lower(n.name) STARTS WITH q THEN 1 ELSE 2 END AS rank
ORDER BY rank, mentions DESC, name, id
LIMIT 100
// dialect: neo4j
MATCH (n:Place|Project|Industry|Goal|Indicator|Organization|Policy)
WITH n, toLower($q) AS q
WHERE toLower(n.name) CONTAINS q OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS q)
OPTIONAL MATCH (n)-[m:MENTIONED_IN]->(:Section)
WITH n, q, count(m) AS mentions
RETURN labels(n)[0] AS type, n.name AS name, n.id AS id, n.aliases AS aliases, mentions,
       CASE WHEN toLower(n.name) = q OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) = q) THEN 0
            WHEN toLower(n.name) STARTS WITH q THEN 1 ELSE 2 END AS rank
ORDER BY rank, mentions DESC, name, id
LIMIT 100
