// title: 两份规划的差异：提及的实体 | What differs between two plans: the entities they name
// description: Entities mentioned in either plan (by id or title), whether each plan names them, and how often.
// description: `status` says shared, only_a or only_b; shared rows first, then by type. Targets are compared by
// description: compare_plan_targets. Capped at 5000 rows.
// param: plan_a = huimin-14th-plan | id or title of the first plan (ids: data/plans/manifest.csv)
// param: plan_b = xincheng-14th-plan | id or title of the second plan
// dialect: ladybug
// The two plans' sections first (a scan of one column), then the mentions into them, walked from each section
// (the HINT): left alone the planner scans every mention of every plan and joins afterwards.
MATCH (pa:Plan)
WHERE pa.id = $plan_a OR pa.title = $plan_a
MATCH (pb:Plan)
WHERE pb.id = $plan_b OR pb.title = $plan_b
MATCH (s:Section)
WHERE s.plan = pa.id OR s.plan = pb.id
WITH pa, pb, s
MATCH (n)-[m:MENTIONED_IN]->(s)
HINT n JOIN (m JOIN s)
WITH pa, n, count(CASE WHEN s.plan = pa.id THEN 1 END) AS mentions_a,
     count(CASE WHEN s.plan = pb.id THEN 1 END) AS mentions_b
RETURN label(n) AS type, n.name AS name, n.id AS id, mentions_a, mentions_b,
       CASE WHEN mentions_a > 0 AND mentions_b > 0 THEN 'shared' WHEN mentions_a > 0 THEN 'only_a'
            ELSE 'only_b' END AS status
ORDER BY mentions_a > 0 AND mentions_b > 0 DESC, type, status, mentions_a + mentions_b DESC, name
LIMIT 5000
// dialect: neo4j
MATCH (pa:Plan)
WHERE pa.id = $plan_a OR pa.title = $plan_a
MATCH (pb:Plan)
WHERE pb.id = $plan_b OR pb.title = $plan_b
MATCH (s:Section)
WHERE s.plan = pa.id OR s.plan = pb.id
MATCH (n)-[m:MENTIONED_IN]->(s)
WITH pa, n, count(CASE WHEN s.plan = pa.id THEN 1 END) AS mentions_a,
     count(CASE WHEN s.plan = pb.id THEN 1 END) AS mentions_b
RETURN labels(n)[0] AS type, n.name AS name, n.id AS id, mentions_a, mentions_b,
       CASE WHEN mentions_a > 0 AND mentions_b > 0 THEN 'shared' WHEN mentions_a > 0 THEN 'only_a'
            ELSE 'only_b' END AS status
ORDER BY mentions_a > 0 AND mentions_b > 0 DESC, type, status, mentions_a + mentions_b DESC, name
LIMIT 5000
