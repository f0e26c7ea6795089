// title: 两份规划的指标目标对比 | Two plans' indicator targets side by side
// description: For every indicator either plan (by id or title) sets a target for, by its indicator table or one of
// description: its goals (found through the target's evidence): the targets as written and their values in each plan.
// description: `status` says same (equal values), different, only_a or only_b.
// param: plan_a = huimin-14th-plan | id or title of the first plan (ids: data/plans/manifest.csv)
// param: plan_b = xincheng-14th-plan | id or title of the second plan
MATCH (pa:Plan)
WHERE pa.id = $plan_a OR pa.title = $plan_a
MATCH (pb:Plan)
WHERE pb.id = $plan_b OR pb.title = $plan_b
MATCH (src)-[t:TARGETS]->(i:Indicator)
WITH i, t, src.id = pa.id OR t.evidence CONTAINS ('"plan": "' + pa.id + '"') AS in_a,
     src.id = pb.id OR t.evidence CONTAINS ('"plan": "' + pb.id + '"') AS in_b
WHERE in_a OR in_b
WITH i, collect(DISTINCT CASE WHEN in_a THEN t.target END) AS targets_a,
     collect(DISTINCT CASE WHEN in_a THEN t.target_value END) AS values_a,
     collect(DISTINCT CASE WHEN in_b THEN t.target END) AS targets_b,
     collect(DISTINCT CASE WHEN in_b THEN t.target_value END) AS values_b,
     count(CASE WHEN in_a THEN 1 END) AS n_a, count(CASE WHEN in_b THEN 1 END) AS n_b
RETURN i.name AS indicator, i.unit AS unit, targets_a, values_a, targets_b, values_b,
       CASE WHEN n_a > 0 AND n_b > 0 AND all(v IN values_a WHERE v IN values_b) AND all(v IN values_b WHERE v IN values_a) THEN 'same'
            WHEN n_a > 0 AND n_b > 0 THEN 'different' WHEN n_a > 0 THEN 'only_a' ELSE 'only_b' END AS status
ORDER BY n_a > 0 AND n_b > 0 DESC, status, indicator
LIMIT 1000
