"""The PlanGraph ontology, defined once.

Everything else derives from the tables here: the LadybugDB schema, Neo4j
constraints, the RDF vocabulary and SHACL shapes, the explorer's legend and the
JSON-lines export.  Add a label, relation or property here and every store and
exporter picks it up.

>>> NODE_TYPES["Place"].zh
'地点'
>>> sorted(REL_TYPES["LOCATED_IN"].targets)
['Place']
"""
from __future__ import annotations

from dataclasses import dataclass, field

#: property type names used throughout; mapped to each store's own types.
STRING, INT, FLOAT, STRING_LIST = "STRING", "INT64", "DOUBLE", "STRING[]"


@dataclass(frozen=True)
class Prop:
    name: str
    type: str = STRING
    zh: str = ""
    en: str = ""
    #: internal properties are stored but not exported (e.g. a plan's full text).
    internal: bool = False


@dataclass(frozen=True)
class NodeType:
    label: str
    zh: str
    en: str
    comment: str
    props: tuple[Prop, ...]
    color: str
    shape: str
    #: RDF classes this label maps to (CURIEs; prefixes in graph.rdf).
    rdf_types: tuple[str, ...] = ()

    @property
    def all_props(self) -> tuple[Prop, ...]:
        return COMMON_NODE_PROPS + self.props


@dataclass(frozen=True)
class RelType:
    type: str
    zh: str
    en: str
    comment: str
    sources: tuple[str, ...]
    targets: tuple[str, ...]
    props: tuple[Prop, ...] = ()
    #: whether the edge carries extraction evidence (structural edges do not).
    evidential: bool = True

    @property
    def all_props(self) -> tuple[Prop, ...]:
        return (EVIDENCE_PROPS if self.evidential else ()) + self.props

    @property
    def pairs(self) -> list[tuple[str, str]]:
        return [(s, t) for s in self.sources for t in self.targets]


COMMON_NODE_PROPS = (
    Prop("id", STRING, "标识", "identifier"),
    Prop("name", STRING, "名称", "name"),
    Prop("name_en", STRING, "英文名", "English name"),
    Prop("aliases", STRING_LIST, "别名", "aliases"),
)

#: evidence on every extracted edge: a JSON list of {plan, section, start, end, text}
#: plus the rule that found it and how sure it is.
EVIDENCE_PROPS = (
    Prop("evidence", STRING, "证据", "evidence (JSON list of plan/section/start/end/text)"),
    Prop("extractor", STRING, "抽取规则", "extractor rule"),
    Prop("confidence", FLOAT, "置信度", "confidence"),
)

ENTITY_LABELS = ("Place", "Project", "Industry", "Goal", "Indicator", "Organization", "Policy")

NODE_TYPES: dict[str, NodeType] = {
    nt.label: nt
    for nt in [
        NodeType(
            "Plan", "规划文件", "Plan", "A source document: a plan, work report or news report.",
            (
                Prop("title", STRING, "标题", "title"),
                Prop("place", STRING, "地区", "place"),
                Prop("issuer", STRING, "发布机关", "issuer"),
                Prop("year", INT, "年份", "year"),
                Prop("period", STRING, "规划期", "period"),
                Prop("kind", STRING, "类型", "kind"),
                Prop("file", STRING, "文件", "file"),
                Prop("sha256", STRING, "校验和", "SHA-256"),
                Prop("encoding", STRING, "编码", "encoding"),
                Prop("text", STRING, "全文", "full text", internal=True),
            ),
            "#4c4c4c", "square", ("prov:Plan", "dcat:Dataset"),
        ),
        NodeType(
            "Section", "章节", "Section", "A chapter, section, 专栏 box or table inside a Plan.",
            (
                Prop("plan", STRING, "所属规划", "plan id"),
                Prop("kind", STRING, "类型", "kind"),
                Prop("path", STRING, "路径", "path"),
                Prop("title", STRING, "标题", "title"),
                Prop("ordinal", INT, "序号", "ordinal"),
                Prop("level", INT, "层级", "level"),
                Prop("start", INT, "起始偏移", "start offset"),
                Prop("end", INT, "结束偏移", "end offset"),
            ),
            "#9e9e9e", "box", ("dcterms:BibliographicResource",),
        ),
        NodeType(
            "Place", "地点", "Place",
            "A district, city, town, village, area, street, business district, park, zone or scenic area.",
            (
                Prop("kind", STRING, "类别", "kind"),
                Prop("lat", FLOAT, "纬度", "latitude"),
                Prop("lon", FLOAT, "经度", "longitude"),
            ),
            "#2e7d32", "dot", ("schema:Place",),
        ),
        NodeType(
            "Project", "项目", "Project",
            "A named project, facility being built, or event run as a project.",
            (
                Prop("box", STRING, "专栏", "project box"),
                Prop("status", STRING, "状态", "status"),
                Prop("investment", STRING, "投资", "investment"),
            ),
            "#1565c0", "diamond", ("schema:Project",),
        ),
        NodeType(
            "Industry", "产业", "Industry", "A sector or industry.",
            (Prop("category", STRING, "门类", "category"),),
            "#ef6c00", "triangle", ("skos:Concept",),
        ),
        NodeType(
            "Goal", "目标定位", "Goal", "A positioning (发展定位), goal (发展目标) or vision (远景).",
            (
                Prop("horizon", INT, "目标年份", "horizon"),
                Prop("kind", STRING, "类别", "kind"),
            ),
            "#c62828", "star", ("skos:Concept",),
        ),
        NodeType(
            "Indicator", "指标", "Indicator", "A measured quantity such as 地区生产总值 or 森林覆盖率.",
            (
                Prop("unit", STRING, "单位", "unit"),
                Prop("category", STRING, "类别", "category"),
            ),
            "#6a1b9a", "triangleDown", ("skos:Concept",),
        ),
        NodeType(
            "Organization", "机构", "Organization",
            "An enterprise, school, hospital, university, institute, government body or association.",
            (Prop("kind", STRING, "类别", "kind"),),
            "#00838f", "hexagon", ("schema:Organization",),
        ),
        NodeType(
            "Policy", "政策", "Policy", "A named strategy, programme, campaign or system.",
            (Prop("kind", STRING, "类别", "kind"),),
            "#ad1457", "ellipse", ("skos:Concept",),
        ),
    ]
}

TARGET_PROPS = (
    Prop("target", STRING, "目标值(原文)", "target as written"),
    Prop("target_value", FLOAT, "目标值", "target value"),
    Prop("comparator", STRING, "比较符", "comparator"),
    Prop("target_year", INT, "目标年份", "target year"),
    Prop("baseline", STRING, "基期值(原文)", "baseline as written"),
    Prop("baseline_value", FLOAT, "基期值", "baseline value"),
    Prop("baseline_year", INT, "基期年份", "baseline year"),
    Prop("growth", STRING, "年均增长", "annual growth"),
    Prop("attribute", STRING, "属性", "attribute (预期性/约束性)"),
    Prop("unit", STRING, "单位", "unit"),
)

REL_TYPES: dict[str, RelType] = {
    rt.type: rt
    for rt in [
        RelType("LOCATED_IN", "位于", "located in", "The source lies in the target place.",
                ("Project", "Organization", "Place", "Industry", "Goal"), ("Place",)),
        RelType("SUPPORTS", "支撑", "supports", "The source serves or drives the target industry or goal.",
                ("Project", "Policy", "Organization", "Industry"), ("Industry", "Goal")),
        RelType("TARGETS", "设定目标", "targets", "A plan or goal sets a target for an indicator.",
                ("Plan", "Goal"), ("Indicator",), TARGET_PROPS),
        RelType("PART_OF", "属于", "part of", "A section belongs to its parent section or plan.",
                ("Section",), ("Section", "Plan"), (), evidential=False),
        RelType("COVERS", "覆盖", "covers", "A plan is about a place.", ("Plan",), ("Place",)),
        RelType("INVOLVES", "涉及", "involves", "An organisation takes part in a project.",
                ("Project",), ("Organization",)),
        RelType("MENTIONED_IN", "提及于", "mentioned in", "An entity is mentioned in a section.",
                ENTITY_LABELS, ("Section",),
                (Prop("start", INT, "起始偏移", "start"), Prop("end", INT, "结束偏移", "end"),
                 Prop("text", STRING, "原文", "text")), evidential=False),
    ]
}

COMPARATORS = ("≥", "≤", "≈", "=", ">", "<")
TARGET_ATTRIBUTES = ("预期性", "约束性")


def node_props(label: str, include_internal: bool = True) -> tuple[Prop, ...]:
    """All properties of a label, common ones first."""
    return tuple(p for p in NODE_TYPES[label].all_props if include_internal or not p.internal)


def rel_props(rel_type: str) -> tuple[Prop, ...]:
    return REL_TYPES[rel_type].all_props


def check_edge(rel_type: str, source_label: str, target_label: str) -> None:
    """Raise ValueError unless the ontology allows this edge.

    >>> check_edge("LOCATED_IN", "Project", "Place")
    >>> check_edge("LOCATED_IN", "Place", "Project")
    Traceback (most recent call last):
    ...
    ValueError: LOCATED_IN does not go from Place to Project
    """
    rt = REL_TYPES[rel_type]
    if source_label not in rt.sources or target_label not in rt.targets:
        raise ValueError(f"{rel_type} does not go from {source_label} to {target_label}")


def legend() -> list[dict]:
    """Legend rows for the explorer: label, zh/en names, colour and shape."""
    return [
        {"label": nt.label, "zh": nt.zh, "en": nt.en, "color": nt.color, "shape": nt.shape}
        for nt in NODE_TYPES.values()
    ]
