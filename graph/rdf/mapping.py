"""GraphData -> RDF triples, engine-neutral (plain strings and :class:`Lit` tuples).

The provenance pattern (docs/RDF.md): every relation is written twice —

* as a direct triple ``<source> pg:locatedIn <target>`` so queries and property
  paths (``pg:locatedIn+``) stay simple, and
* as an *assertion node* (``pg:Assertion``, an ``rdf:Statement``) with
  ``rdf:subject/predicate/object``, ``pg:extractor``, ``pg:confidence``, the edge's own
  properties (a TARGETS assertion is a ``pg:IndicatorTarget`` carrying value,
  comparator, unit, year, baseline, attribute) and ``prov:wasDerivedFrom`` one
  evidence node per piece of evidence.

An evidence node is a Web Annotation ``oa:SpecificResource``: ``oa:hasSource`` the
Plan, ``pg:section`` the Section, and two selectors — ``oa:TextPositionSelector``
(``oa:start``/``oa:end``: our 0-based, end-exclusive offsets) and
``oa:TextQuoteSelector`` (``oa:exact``: the sentence).  Entity mentions are
``oa:Annotation`` nodes (``oa:hasBody`` the entity, ``oa:hasTarget`` the evidence).
No blank nodes: every node has a stable IRI, so two builds of the same input give
the same triples.

>>> g = GraphData()
>>> a, b = g.add_node("Place", "乌素图"), g.add_node("Place", "回民区")
>>> _ = g.add_edge(a.id, b.id, "LOCATED_IN", evidence=Evidence("p", None, 0, 8, "乌素图位于回民区"))
>>> triples = list(graph_triples(g, issued="2026-01-01"))
>>> (node_iri("Place", a.id), PG + "locatedIn", node_iri("Place", b.id)) in triples
True
>>> sorted({o.value for _, p, o in triples if p.endswith("oa#exact")})
['乌素图位于回民区']
"""
from __future__ import annotations

import math
from typing import Iterable, Iterator, NamedTuple

from graph.model import Edge, Evidence, GraphData, Node
from graph.ontology import FLOAT, INT, NODE_TYPES, REL_TYPES, STRING_LIST
from graph.rdf.vocab import (DEFAULT_BASE, PG, REFERENCES, RDF_TYPE, XSD, assertion_iri, camel, class_iri,
                             concept_labels, curie, dataset_iri, evidence_iri, geometry_iri, language, mention_iri, node_iri,
                             predicate, prop_predicate, rel_predicate, scheme_iri)


class Lit(NamedTuple):
    """A literal: lexical form plus a datatype IRI or a language tag (never both)."""
    value: str
    datatype: str | None = None
    lang: str | None = None


Term = "str | Lit"
Triple = tuple[str, str, "str | Lit"]

_XSD_INT, _XSD_DOUBLE = XSD[INT], XSD[FLOAT]
_C = {c: curie(c) for c in (
    "rdfs:label", "skos:prefLabel", "skos:altLabel", "skos:inScheme", "skos:Concept", "skos:ConceptScheme",
    "skos:broader", "skos:hasTopConcept", "skos:topConceptOf", "rdf:subject", "rdf:predicate", "rdf:object",
    "prov:wasDerivedFrom", "oa:SpecificResource", "oa:hasSource", "oa:hasSelector", "oa:TextPositionSelector",
    "oa:TextQuoteSelector", "oa:start", "oa:end", "oa:exact", "oa:Annotation", "oa:hasBody", "oa:hasTarget",
    "oa:motivatedBy", "oa:identifying", "geo:hasGeometry", "geo:asWKT", "geo:wktLiteral", "sf:Point",
    "geo:Geometry", "dcat:Dataset", "dcat:Distribution", "dcat:distribution", "dcat:downloadURL",
    "dcat:mediaType", "dcat:keyword", "dcterms:title", "dcterms:description", "dcterms:publisher",
    "dcterms:license", "dcterms:issued", "dcterms:source", "dcterms:conformsTo", "dcterms:format",
    "dcterms:language", "dcterms:identifier", "foaf:Agent", "foaf:name", "xsd:date", "prov:Entity",
)}
_ASSERTION, _TARGET, _SECTION = PG + "Assertion", PG + "IndicatorTarget", PG + "section"
_EXTRACTOR, _CONFIDENCE = PG + "extractor", PG + "confidence"

#: the formats a full export offers, as DCAT distributions: extension -> (media type, title)
DISTRIBUTIONS = {
    "ttl": ("text/turtle", "Turtle"),
    "nt": ("application/n-triples", "N-Triples"),
    "jsonld": ("application/ld+json", "JSON-LD"),
}
DEFAULT_LICENSE = "https://creativecommons.org/licenses/by/4.0/"


def literal(value, typ: str, lang: str | None = None) -> Lit | None:
    """A typed literal for an ontology value; None for values RDF cannot carry (NaN, None)."""
    if value is None or value == "":
        return None
    if typ == INT:
        return Lit(str(int(value)), _XSD_INT)
    if typ == FLOAT:
        f = float(value)
        if math.isnan(f):
            return None
        return Lit("INF" if f == math.inf else "-INF" if f == -math.inf else repr(f), _XSD_DOUBLE)
    return Lit(str(value), None, lang)


class Mapper:
    """Writes one graph's triples; remembers which shared nodes (evidence) it has written."""

    def __init__(self, graph: GraphData, base: str = DEFAULT_BASE, lexicon=None) -> None:
        self.g, self.base = graph, base
        self.lexicon = lexicon
        self._evidence_done: set[str] = set()
        self._concept_labels = set(concept_labels())
        self._iri_cache: dict[str, str] = {}

    def iri(self, node_id: str) -> str:
        """IRI of a node of the graph (by id); ids not in the graph are assumed to be Plans."""
        got = self._iri_cache.get(node_id)
        if got is None:
            node = self.g.nodes.get(node_id)
            got = self._iri_cache[node_id] = node_iri(node.label if node else "Plan", node_id, self.base)
        return got

    # -- nodes --------------------------------------------------------------------------------
    def node(self, n: Node) -> Iterator[Triple]:
        s, nt = self.iri(n.id), NODE_TYPES[n.label]
        yield s, RDF_TYPE, class_iri(n.label)
        for c in nt.rdf_types:
            yield s, RDF_TYPE, curie(c)
        yield s, _C["dcterms:identifier"], Lit(n.id)
        if n.name:
            yield s, _C["rdfs:label"], Lit(n.name, None, "zh")
        if n.label in self._concept_labels:
            if n.name:
                yield s, _C["skos:prefLabel"], Lit(n.name, None, "zh")
            yield s, _C["skos:inScheme"], scheme_iri(n.label, self.base)
        if n.name_en:
            yield s, _C["rdfs:label"], Lit(n.name_en, None, "en")
        for a in dict.fromkeys(a for a in n.aliases if a and a != n.name):  # SKOS: altLabel ≠ prefLabel
            yield s, _C["skos:altLabel"], Lit(a, None, "zh")
        for p in nt.props:
            if p.internal:
                continue
            value = n.props.get(p.name)
            if value is None or value == "":
                continue
            pred = predicate(n.label, p.name)
            ref = REFERENCES.get((n.label, p.name))
            if ref:
                yield s, pred, node_iri(ref, str(value), self.base)
            elif p.type == STRING_LIST:
                for v in dict.fromkeys(v for v in value if v not in (None, "")):
                    yield s, pred, Lit(str(v), None, language(n.label, p.name))
            else:
                lit = literal(value, p.type, language(n.label, p.name))
                if lit is not None:
                    yield s, pred, lit
        if n.label == "Place" and n.props.get("lat") is not None and n.props.get("lon") is not None:
            geom = geometry_iri(n.id, self.base)
            yield s, _C["geo:hasGeometry"], geom
            yield geom, RDF_TYPE, _C["sf:Point"]
            yield geom, RDF_TYPE, _C["geo:Geometry"]
            yield geom, _C["geo:asWKT"], Lit(f"POINT({float(n.props['lon'])!r} {float(n.props['lat'])!r})",
                                              _C["geo:wktLiteral"])
        yield from self.mentions(n, s)

    def mentions(self, n: Node, s: str) -> Iterator[Triple]:
        sections: set[str] = set()
        mentioned_in = rel_predicate("MENTIONED_IN")
        for m in n.mentions:
            if m.section and m.section not in sections:
                sections.add(m.section)
                yield s, mentioned_in, node_iri("Section", m.section, self.base)
            ev = yield from self.evidence(m)  # evidence first: each subject's triples stay together
            ann = mention_iri(n.id, m.plan, m.section, m.start, m.end, self.base)
            yield ann, RDF_TYPE, _C["oa:Annotation"]
            yield ann, _C["oa:motivatedBy"], _C["oa:identifying"]
            yield ann, _C["oa:hasBody"], s
            yield ann, _C["oa:hasTarget"], ev

    # -- evidence -----------------------------------------------------------------------------
    def evidence(self, e: Evidence) -> Iterator[Triple]:
        """Triples of one evidence node (once per graph); returns its IRI."""
        ev = evidence_iri(e.plan, e.section, e.start, e.end, self.base)
        if ev in self._evidence_done:
            return ev
        self._evidence_done.add(ev)
        pos, quote = ev + "-position", ev + "-quote"
        yield ev, RDF_TYPE, _C["oa:SpecificResource"]
        yield ev, RDF_TYPE, _C["prov:Entity"]
        yield ev, _C["oa:hasSource"], node_iri("Plan", e.plan, self.base)
        if e.section:
            yield ev, _SECTION, node_iri("Section", e.section, self.base)
        yield ev, _C["oa:hasSelector"], pos
        yield ev, _C["oa:hasSelector"], quote
        yield pos, RDF_TYPE, _C["oa:TextPositionSelector"]
        yield pos, _C["oa:start"], Lit(str(int(e.start)), _XSD_INT)
        yield pos, _C["oa:end"], Lit(str(int(e.end)), _XSD_INT)
        yield quote, RDF_TYPE, _C["oa:TextQuoteSelector"]
        yield quote, _C["oa:exact"], Lit(e.text)
        return ev

    # -- edges --------------------------------------------------------------------------------
    def edge(self, e: Edge) -> Iterator[Triple]:
        rt = REL_TYPES[e.type]
        s, o, pred = self.iri(e.source), self.iri(e.target), rel_predicate(e.type)
        yield s, pred, o
        if not rt.evidential and not rt.props:
            return
        evidence = []
        for ev in e.evidence:  # evidence first: each subject's triples stay together
            evidence.append((yield from self.evidence(ev)))
        a = assertion_iri(e.source, e.type, e.target, self.base, *e.key[3:])
        yield a, RDF_TYPE, _ASSERTION
        if e.type == "TARGETS":
            yield a, RDF_TYPE, _TARGET
        yield a, _C["rdf:subject"], s
        yield a, _C["rdf:predicate"], pred
        yield a, _C["rdf:object"], o
        if rt.evidential:
            if e.extractor:
                yield a, _EXTRACTOR, Lit(e.extractor)
            conf = literal(e.confidence, FLOAT)
            if conf is not None:
                yield a, _CONFIDENCE, conf
        for p in rt.props:
            lit = literal(e.props.get(p.name), p.type)
            if lit is not None:
                yield a, prop_predicate(p.name), lit
        for iri in evidence:
            yield a, _C["prov:wasDerivedFrom"], iri

    # -- SKOS schemes and the industry taxonomy -------------------------------------------------
    def schemes(self) -> Iterator[Triple]:
        for label in sorted(self._concept_labels):
            nt = NODE_TYPES[label]
            sch = scheme_iri(label, self.base)
            yield sch, RDF_TYPE, _C["skos:ConceptScheme"]
            yield sch, _C["rdfs:label"], Lit(f"{nt.zh}分类", None, "zh")
            yield sch, _C["rdfs:label"], Lit(f"{nt.en} scheme", None, "en")
            yield sch, _C["skos:prefLabel"], Lit(f"{nt.zh}分类", None, "zh")
            yield sch, _C["skos:prefLabel"], Lit(f"{nt.en} scheme", None, "en")
        # industries: skos:broader from the lexicon's parents; those without a parent are top concepts
        lex = self.lexicon
        sch = scheme_iri("Industry", self.base)
        by_name = {n.name: n for n in self.g.nodes_of("Industry")}
        for n in sorted(by_name.values(), key=lambda x: x.id):
            entry = lex.industry(n.name) if lex is not None else None
            parent = by_name.get(lex.canonical("Industry", entry.parent)) if entry and entry.parent else None
            if parent is not None and parent.id != n.id:
                yield self.iri(n.id), _C["skos:broader"], self.iri(parent.id)
            else:
                yield self.iri(n.id), _C["skos:topConceptOf"], sch
                yield sch, _C["skos:hasTopConcept"], self.iri(n.id)

    # -- the dataset ----------------------------------------------------------------------------
    def dataset(self, issued: str, title: str | None, publisher: str, license: str) -> Iterator[Triple]:
        d = dataset_iri(self.base)
        plans = sorted(self.g.nodes_of("Plan"), key=lambda n: n.id)
        places = sorted({n.props.get("place") for n in plans if n.props.get("place")})
        yield d, RDF_TYPE, _C["dcat:Dataset"]
        yield d, _C["dcterms:title"], Lit(title or "PlanGraph：" + "、".join(places[:5]) + "规划知识图谱", None, "zh")
        yield d, _C["dcterms:title"], Lit("PlanGraph: a knowledge graph of local development plans", None, "en")
        yield d, _C["dcterms:description"], Lit(
            "Places, projects, industries, goals, indicators, organisations and policies extracted from "
            f"{len(plans)} plan document(s), every relation with the sentence it came from.", None, "en")
        pub = f"{self.base}publisher"
        yield d, _C["dcterms:publisher"], pub
        yield pub, RDF_TYPE, _C["foaf:Agent"]
        yield pub, _C["foaf:name"], Lit(publisher)
        yield d, _C["dcterms:license"], license
        yield d, _C["dcterms:issued"], Lit(issued, _C["xsd:date"])
        yield d, _C["dcterms:conformsTo"], PG.rstrip("#")
        yield d, _C["dcterms:language"], "http://id.loc.gov/vocabulary/iso639-1/zh"
        for kw in ("规划", "knowledge graph", *places):
            yield d, _C["dcat:keyword"], Lit(kw)
        for ext, (media, fmt) in DISTRIBUTIONS.items():
            dist = f"{self.base}distribution/{ext}"
            yield d, _C["dcat:distribution"], dist
            yield dist, RDF_TYPE, _C["dcat:Distribution"]
            yield dist, _C["dcterms:title"], Lit(f"PlanGraph ({fmt})", None, "en")
            yield dist, _C["dcat:mediaType"], f"https://www.iana.org/assignments/media-types/{media}"
            yield dist, _C["dcat:downloadURL"], f"{self.base}graph.{ext}"
        for p in plans:
            yield d, _C["dcterms:source"], self.iri(p.id)


def graph_triples(graph: GraphData, base: str = DEFAULT_BASE, *, issued: str, title: str | None = None,
                  publisher: str = "PlanGraph", license: str = DEFAULT_LICENSE,
                  lexicon=None) -> Iterator[Triple]:
    """Every triple of the export, subjects grouped (nodes by id, then edges by key).

    ``lexicon`` (a :class:`loaders.lexicon.Lexicon`) supplies the industry taxonomy's
    parents; when None the project's lexicon is loaded.
    """
    if lexicon is None:
        from loaders.lexicon import load_lexicon
        lexicon = load_lexicon()
    m = Mapper(graph, base, lexicon)
    yield from m.dataset(issued, title, publisher, license)
    yield from m.schemes()
    for nid in sorted(graph.nodes):
        yield from m.node(graph.nodes[nid])
    for key in sorted(graph.edges):
        yield from m.edge(graph.edges[key])


def term_count(triples: Iterable[Triple]) -> int:
    return sum(1 for _ in triples)


__all__ = ["Lit", "graph_triples", "DISTRIBUTIONS", "DEFAULT_LICENSE", "camel"]
