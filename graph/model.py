"""The in-memory graph every loader writes and every store and exporter reads.

A build produces one :class:`GraphData`: nodes keyed by stable id, edges keyed by
(source, type, target), TARGETS edges by their target year too (:func:`edge_key`).
Evidence accumulates: an entity mentioned twice keeps both mentions, an edge found
twice keeps both pieces of evidence.

>>> g = GraphData()
>>> n = g.add_node("Place", "乌素图", props={"kind": "area"})
>>> n.id == stable_id("Place", "乌素图")
True
>>> g.add_node("Place", "乌素图", aliases=["乌素图村"]) is n
True
>>> n.aliases
['乌素图村']
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Iterable, Iterator

from graph.ontology import NODE_TYPES, check_edge


def stable_id(label: str, key: str) -> str:
    """A short id that depends only on the label and the canonical key.

    >>> stable_id("Place", "乌素图")
    'place-5d9d7d9418'
    """
    digest = hashlib.sha1(f"{label}\x1f{key}".encode("utf-8")).hexdigest()[:10]
    return f"{label.lower()}-{digest}"


# slots: a region's build holds millions of these; without slots each carries a __dict__ (~3x the memory)
@dataclass(frozen=True, slots=True)
class Evidence:
    """Where the source says it: ``file_text[start:end] == text``."""

    plan: str
    section: str | None
    start: int
    end: int
    text: str

    def as_dict(self) -> dict:
        return {"plan": self.plan, "section": self.section, "start": self.start, "end": self.end,
                "text": self.text}


@dataclass(slots=True)
class Node:
    id: str
    label: str
    name: str
    name_en: str | None = None
    aliases: list[str] = field(default_factory=list)
    props: dict = field(default_factory=dict)
    mentions: list[Evidence] = field(default_factory=list)

    def add_alias(self, alias: str) -> None:
        if alias and alias != self.name and alias not in self.aliases:
            self.aliases.append(alias)

    def add_mention(self, ev: Evidence) -> None:
        if ev not in self.mentions:
            self.mentions.append(ev)


#: relation types one pair of nodes can carry several times, and the property that tells them apart: a plan
#: targets one indicator for 2025 and again for 2035 (到2025年…达到X，到2035年…达到Y), and a work report for each
#: year of a three-year programme; keyed by the pair alone, the later targets were merged away
EDGE_QUALIFIERS = {"TARGETS": "target_year"}


def edge_key(source: str, rel_type: str, target: str, props: dict | None = None) -> tuple[str, ...]:
    """What identifies an edge: (source, type, target), plus the qualifier for the types that have one.

    >>> edge_key("p", "LOCATED_IN", "q")
    ('p', 'LOCATED_IN', 'q')
    >>> edge_key("plan", "TARGETS", "gdp", {"target_year": 2035})
    ('plan', 'TARGETS', 'gdp', '2035')
    """
    qualifier = EDGE_QUALIFIERS.get(rel_type)
    value = (props or {}).get(qualifier) if qualifier else None
    if value in (None, ""):
        return (source, rel_type, target)
    return (source, rel_type, target, str(value))


@dataclass(slots=True)
class Edge:
    source: str
    target: str
    type: str
    props: dict = field(default_factory=dict)
    evidence: list[Evidence] = field(default_factory=list)
    extractor: str = ""
    confidence: float = 1.0

    @property
    def key(self) -> tuple[str, ...]:
        return edge_key(self.source, self.type, self.target, self.props)

    def evidence_json(self) -> str:
        return json.dumps([e.as_dict() for e in self.evidence], ensure_ascii=False)


class GraphData:
    """Nodes and edges of one build, deduplicated by stable id."""

    def __init__(self) -> None:
        self.nodes: dict[str, Node] = {}
        self.edges: dict[tuple[str, ...], Edge] = {}

    # -- nodes -----------------------------------------------------------------
    def add_node(self, label: str, name: str, *, key: str | None = None, node_id: str | None = None,
                 aliases: Iterable[str] = (), props: dict | None = None,
                 name_en: str | None = None) -> Node:
        """Add a node or merge into the existing one with the same id.

        The id is ``node_id`` if given, else derived from ``label`` and ``key``
        (default: the name).  Properties already set are kept; new ones fill gaps.
        """
        if label not in NODE_TYPES:
            raise ValueError(f"unknown label {label!r}")
        nid = node_id or stable_id(label, key if key is not None else name)
        node = self.nodes.get(nid)
        if node is None:
            node = self.nodes[nid] = Node(nid, label, name, name_en)
        elif node.label != label:
            raise ValueError(f"id {nid} is a {node.label}, not a {label}")
        for alias in aliases:
            node.add_alias(alias)
        for k, v in (props or {}).items():
            if v is not None and node.props.get(k) in (None, ""):
                node.props[k] = v
        if name_en and not node.name_en:
            node.name_en = name_en
        return node

    def nodes_of(self, label: str) -> Iterator[Node]:
        return (n for n in self.nodes.values() if n.label == label)

    # -- edges -----------------------------------------------------------------
    def add_edge(self, source: str, target: str, rel_type: str, *, evidence: Evidence | None = None,
                 props: dict | None = None, extractor: str = "", confidence: float = 1.0) -> Edge:
        """Add an edge or add evidence to the existing one (same :func:`edge_key`); checks the ontology.

        >>> g = GraphData()
        >>> plan, gdp = g.add_node("Plan", "规划").id, g.add_node("Indicator", "地区生产总值").id
        >>> for year, target in ((2025, "1000亿元"), (2035, "2000亿元"), (2025, "1000亿元左右")):
        ...     _ = g.add_edge(plan, gdp, "TARGETS", props={"target_year": year, "target": target})
        >>> sorted((e.props["target_year"], e.props["target"]) for e in g.edges_of("TARGETS"))
        [(2025, '1000亿元'), (2035, '2000亿元')]
        >>> pm = g.add_node("Indicator", "细颗粒物平均浓度").id
        >>> for cmp_ in ("=", "≤"):
        ...     e = g.add_edge(plan, pm, "TARGETS", props={"target_year": 2025, "target_value": 30, "comparator": cmp_})
        >>> e.props["comparator"]
        '≤'
        >>> inc = g.add_node("Indicator", "农牧民人均可支配收入").id
        >>> for props in ({"target": "8%", "target_value": 8, "growth": "8%", "unit": "%"}, {"target": "2.5万元", "target_value": 2.5, "unit": "万元"}):
        ...     e = g.add_edge(plan, inc, "TARGETS", props={"target_year": 2025, **props})
        >>> e.props["target"], e.props["growth"], e.props["unit"]
        ('2.5万元', '8%', '万元')
        """
        if source == target:
            raise ValueError(f"self-loop {rel_type} on {source}")
        check_edge(rel_type, self.nodes[source].label, self.nodes[target].label)
        key = edge_key(source, rel_type, target, props)
        edge = self.edges.get(key)
        if edge is None:
            edge = self.edges[key] = Edge(source, target, rel_type, dict(props or {}), [], extractor,
                                          confidence)
        else:
            new = props or {}
            if edge.props.get("growth") and edge.props.get("target") == edge.props["growth"] \
                    and new.get("target_value") is not None and not new.get("growth"):
                # 年均增长8%，达到2.5万元: the level stated after a growth is the target, the growth stays its growth
                for k in ("target", "target_value", "comparator", "unit"):
                    edge.props[k] = new.get(k)
            for k, v in new.items():
                if v is not None and edge.props.get(k) in (None, ""):
                    edge.props[k] = v
            # a table's bare 30 (=) and the text's 不高于30 are one target: the words say which way it binds
            if edge.props.get("comparator") == "=" and (props or {}).get("comparator") in ("≥", "≤", "≈") \
                    and props.get("target_value") == edge.props.get("target_value"):
                edge.props["comparator"] = props["comparator"]
            if confidence > edge.confidence:
                edge.confidence, edge.extractor = confidence, extractor
        if evidence is not None and evidence not in edge.evidence:
            edge.evidence.append(evidence)
        return edge

    def edges_of(self, rel_type: str) -> Iterator[Edge]:
        return (e for e in self.edges.values() if e.type == rel_type)

    def mention_edges(self) -> Iterator[Edge]:
        """MENTIONED_IN edges derived from node mentions (one per mention)."""
        for node in self.nodes.values():
            for m in node.mentions:
                if m.section:
                    yield Edge(node.id, m.section, "MENTIONED_IN",
                               {"start": m.start, "end": m.end, "text": m.text})

    def share_evidence(self) -> None:
        """Make equal pieces of edge evidence one object.

        Several edges are often found in one sentence; a region's build holds hundreds of
        thousands of these, and one object each (after pickling, one copy each) adds up.
        """
        shared: dict[Evidence, Evidence] = {}
        for e in self.edges.values():
            e.evidence = [shared.setdefault(ev, ev) for ev in e.evidence]

    def counts(self) -> dict[str, dict[str, int]]:
        labels: dict[str, int] = {}
        for n in self.nodes.values():
            labels[n.label] = labels.get(n.label, 0) + 1
        rels: dict[str, int] = {}
        for e in self.edges.values():
            rels[e.type] = rels.get(e.type, 0) + 1
        mentions = sum(1 for _ in self.mention_edges())
        if mentions:
            rels["MENTIONED_IN"] = mentions
        return {"nodes": labels, "edges": rels}
