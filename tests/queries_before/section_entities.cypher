// title: 某章节提及的实体 | The entities a section mentions
// description: Entities mentioned in the section with the given id (ids look like plan-id/第二章/第四节) or in any of
// description: its sub-sections (专栏 boxes and tables included): type, name, how often, and the sub-section it is
// description: mentioned in first. The SPARQL twin (queries/section_entities.rq) counts the section itself only.
// param: section = xincheng-14th-plan/第二章/第四节 | the section's id
// dialect: ladybug
MATCH (root:Section)
WHERE root.id = $section
MATCH (s:Section)-[:PART_OF*0..10]->(root)
MATCH (n)-[m:MENTIONED_IN]->(s)
RETURN label(n) AS type, n.name AS name, n.id AS id, count(m) AS mentions, min(s.id) AS first_section,
       min(m.`start`) AS first_offset
ORDER BY type, first_offset, name
LIMIT 1000
// dialect: neo4j
MATCH (root:Section)
WHERE root.id = $section
MATCH (s:Section)-[:PART_OF*0..10]->(root)
MATCH (n)-[m:MENTIONED_IN]->(s)
RETURN labels(n)[0] AS type, n.name AS name, n.id AS id, count(m) AS mentions, min(s.id) AS first_section,
       min(m.`start`) AS first_offset
ORDER BY type, first_offset, name
LIMIT 1000
