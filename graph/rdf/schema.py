"""The published vocabulary (data/vocab/plangraph.ttl) and SHACL shapes (data/vocab/shapes.ttl).

Both are generated from :mod:`graph.ontology`; regenerate after changing it:

    python -m graph.rdf.schema          # rewrites data/vocab/*.ttl

tests/test_rdf.py fails when the checked-in files are not what this module generates.
"""
from __future__ import annotations

import sys
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection

from graph.ontology import COMPARATORS, NODE_TYPES, REL_TYPES, STRING_LIST, TARGET_ATTRIBUTES
from graph.rdf.vocab import (EXTRA_CLASSES, EXTRA_PROPS, LANG_STRING, ONTOLOGY, PG, PREFIXES, PROP_SUPER,
                             REFERENCES, REL_SUPER, SHAPES, XSD, class_iri, curie, language, pg_properties,
                             predicate, prop_predicate, rel_predicate)

VOCAB_DIR = Path(__file__).resolve().parent.parent.parent / "data" / "vocab"
VOCAB_FILE, SHAPES_FILE = VOCAB_DIR / "plangraph.ttl", VOCAB_DIR / "shapes.ttl"


def U(c: str) -> URIRef:
    return URIRef(curie(c) if ":" in c and not c.startswith("http") else c)


def _new_graph() -> Graph:
    g = Graph()
    for k, v in PREFIXES.items():
        g.bind(k, v, override=True)
    return g


def _labels(g: Graph, s: URIRef, zh: str, en: str, comment: str | None = None) -> None:
    g.add((s, U("rdfs:label"), Literal(zh, lang="zh")))
    g.add((s, U("rdfs:label"), Literal(en, lang="en")))
    if comment:
        g.add((s, U("rdfs:comment"), Literal(comment, lang="en")))
    g.add((s, U("rdfs:isDefinedBy"), URIRef(ONTOLOGY)))


def _domain(g: Graph, s: URIRef, owners: list[str], pred: str = "rdfs:domain") -> None:
    """rdfs:domain/range when one class; schema:domainIncludes/rangeIncludes when several."""
    if len(owners) == 1:
        g.add((s, U(pred), URIRef(owners[0])))
    else:
        many = "schema:domainIncludes" if pred == "rdfs:domain" else "schema:rangeIncludes"
        for o in owners:
            g.add((s, U(many), URIRef(o)))


def vocabulary() -> Graph:
    """Classes and properties with zh/en labels, comments, domains, ranges and mappings."""
    g = _new_graph()
    ont = URIRef(ONTOLOGY)
    g.add((ont, U("rdf:type"), U("owl:Ontology")))
    g.add((ont, U("dcterms:title"), Literal("PlanGraph 规划知识图谱本体", lang="zh")))
    g.add((ont, U("dcterms:title"), Literal("PlanGraph ontology of local development plans", lang="en")))
    g.add((ont, U("rdfs:comment"), Literal(
        "Generated from graph/ontology.py. Relations are direct triples plus pg:Assertion nodes carrying "
        "evidence (PROV-O, Web Annotation selectors); see docs/RDF.md.", lang="en")))
    g.add((ont, U("owl:versionInfo"), Literal("1")))
    for label, nt in NODE_TYPES.items():
        c = URIRef(class_iri(label))
        g.add((c, U("rdf:type"), U("owl:Class")))
        _labels(g, c, nt.zh, nt.en, nt.comment)
        for sup in nt.rdf_types:
            g.add((c, U("rdfs:subClassOf"), U(sup)))
    for iri, (zh, en, comment, supers) in EXTRA_CLASSES.items():
        c = URIRef(iri)
        g.add((c, U("rdf:type"), U("owl:Class")))
        _labels(g, c, zh, en, comment)
        for sup in supers:
            g.add((c, U("rdfs:subClassOf"), U(sup)))
    for rt in REL_TYPES.values():
        p = URIRef(rel_predicate(rt.type))
        g.add((p, U("rdf:type"), U("owl:ObjectProperty")))
        _labels(g, p, rt.zh, rt.en, rt.comment)
        _domain(g, p, [class_iri(s) for s in rt.sources])
        _domain(g, p, [class_iri(t) for t in rt.targets], "rdfs:range")
        if rt.type in REL_SUPER:
            g.add((p, U("rdfs:subPropertyOf"), U(REL_SUPER[rt.type])))
    for iri, info in pg_properties().items():
        p, prop = URIRef(iri), info["prop"]
        kind = "owl:ObjectProperty" if info["kind"] == "object" else "owl:DatatypeProperty"
        g.add((p, U("rdf:type"), U(kind)))
        owners = sorted(info["owners"])
        names = ", ".join(o.split("#")[-1] for o in owners)
        _labels(g, p, prop.zh, prop.en, f"The {prop.en} of a {names} (graph/ontology.py property '{prop.name}').")
        _domain(g, p, owners)
        g.add((p, U("rdfs:range"), URIRef(info["range"])))
        if prop.name in PROP_SUPER:
            g.add((p, U("rdfs:subPropertyOf"), U(PROP_SUPER[prop.name])))
    for iri, (zh, en, comment, dom, rng) in EXTRA_PROPS.items():
        p = URIRef(iri)
        g.add((p, U("rdf:type"), U("owl:ObjectProperty")))
        _labels(g, p, zh, en, comment)
        g.add((p, U("rdfs:domain"), URIRef(dom)))
        g.add((p, U("rdfs:range"), URIRef(rng)))
    return g


# -- SHACL --------------------------------------------------------------------------------------
class _Shapes:
    def __init__(self) -> None:
        self.g = _new_graph()

    def node_shape(self, name: str, target: tuple[str, str], zh: str, en: str) -> URIRef:
        s = URIRef(SHAPES + name)
        self.g.add((s, U("rdf:type"), U("sh:NodeShape")))
        self.g.add((s, U(target[0]), U(target[1])))
        self.g.add((s, U("rdfs:label"), Literal(zh, lang="zh")))
        self.g.add((s, U("rdfs:label"), Literal(en, lang="en")))
        return s

    def prop(self, shape: URIRef, path: str, *, datatype: str | None = None, min: int = 0,
             max: int | None = None, cls: list[str] | tuple[str, ...] = (), node_kind: str | None = None,
             values_in: tuple = (), extra: dict | None = None) -> URIRef:
        local = path.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
        ps = URIRef(f"{shape}-{local}")
        g = self.g
        g.add((shape, U("sh:property"), ps))
        g.add((ps, U("rdf:type"), U("sh:PropertyShape")))
        g.add((ps, U("sh:path"), URIRef(path)))
        if datatype:
            g.add((ps, U("sh:datatype"), URIRef(datatype)))
        if min:
            g.add((ps, U("sh:minCount"), Literal(min)))
        if max is not None:
            g.add((ps, U("sh:maxCount"), Literal(max)))
        if node_kind:
            g.add((ps, U("sh:nodeKind"), U(node_kind)))
        if len(cls) == 1:
            g.add((ps, U("sh:class"), URIRef(cls[0])))
        elif cls:
            alts = []
            for c in cls:
                b = BNode()
                g.add((b, U("sh:class"), URIRef(c)))
                alts.append(b)
            head = BNode()
            Collection(g, head, alts)
            g.add((ps, U("sh:or"), head))
        if values_in:
            head = BNode()
            Collection(g, head, [v if isinstance(v, URIRef) else Literal(v) for v in values_in])
            g.add((ps, U("sh:in"), head))
        for k, v in (extra or {}).items():
            g.add((ps, U(k), v if isinstance(v, (URIRef, Literal)) else Literal(v)))
        return ps


def shapes() -> Graph:
    """Node shapes per label, assertion/target/evidence/annotation shapes, and the dataset's."""
    sh = _Shapes()
    for label, nt in NODE_TYPES.items():
        s = sh.node_shape(f"{label}Shape", ("sh:targetClass", class_iri(label)), nt.zh, nt.en)
        sh.prop(s, curie("dcterms:identifier"), datatype=XSD["STRING"], min=1, max=1)
        sh.prop(s, curie("rdfs:label"), datatype=LANG_STRING, min=1, max=2,
                extra={"sh:uniqueLang": Literal(True)})
        sh.prop(s, curie("skos:altLabel"), datatype=LANG_STRING)
        for p in nt.props:
            if p.internal:
                continue
            ref = REFERENCES.get((label, p.name))
            extra = {}
            if p.name == "lat":
                extra = {"sh:minInclusive": Literal(-90.0), "sh:maxInclusive": Literal(90.0)}
            elif p.name == "lon":
                extra = {"sh:minInclusive": Literal(-180.0), "sh:maxInclusive": Literal(180.0)}
            if ref:
                sh.prop(s, predicate(label, p.name), cls=[class_iri(ref)], max=1)
            elif p.type == STRING_LIST:
                sh.prop(s, predicate(label, p.name), datatype=LANG_STRING if language(label, p.name)
                        else XSD[p.type])
            else:
                sh.prop(s, predicate(label, p.name),
                        datatype=LANG_STRING if language(label, p.name) else XSD[p.type], max=1, extra=extra)
        for rt in REL_TYPES.values():
            if label in rt.sources:
                sh.prop(s, rel_predicate(rt.type), cls=[class_iri(t) for t in rt.targets], node_kind="sh:IRI")
        if label == "Place":
            sh.prop(s, curie("geo:hasGeometry"), max=1, node_kind="sh:IRI")
    geom = sh.node_shape("GeometryShape", ("sh:targetObjectsOf", "geo:hasGeometry"), "几何", "Geometry")
    sh.prop(geom, curie("geo:asWKT"), datatype=curie("geo:wktLiteral"), min=1, max=1)

    a = sh.node_shape("AssertionShape", ("sh:targetClass", PG + "Assertion"), "断言", "Assertion")
    sh.prop(a, curie("rdf:subject"), min=1, max=1, node_kind="sh:IRI")
    sh.prop(a, curie("rdf:predicate"), min=1, max=1, node_kind="sh:IRI",
            values_in=tuple(URIRef(rel_predicate(r)) for r in REL_TYPES))
    sh.prop(a, curie("rdf:object"), min=1, max=1, node_kind="sh:IRI")
    sh.prop(a, PG + "extractor", datatype=XSD["STRING"], max=1)
    sh.prop(a, PG + "confidence", datatype=XSD["DOUBLE"], max=1,
            extra={"sh:minInclusive": Literal(0.0), "sh:maxInclusive": Literal(1.0)})
    sh.prop(a, curie("prov:wasDerivedFrom"), cls=[curie("oa:SpecificResource")], node_kind="sh:IRI")

    rt = REL_TYPES["TARGETS"]
    t = sh.node_shape("IndicatorTargetShape", ("sh:targetClass", PG + "IndicatorTarget"), "指标目标",
                      "Indicator target")
    sh.prop(t, curie("rdf:subject"), cls=[class_iri(s) for s in rt.sources])
    sh.prop(t, curie("rdf:object"), cls=[class_iri(x) for x in rt.targets])
    for p in rt.props:
        vals = COMPARATORS if p.name == "comparator" else TARGET_ATTRIBUTES if p.name == "attribute" else ()
        sh.prop(t, prop_predicate(p.name), datatype=XSD[p.type], max=1, values_in=vals)

    e = sh.node_shape("EvidenceShape", ("sh:targetClass", curie("oa:SpecificResource")), "证据", "Evidence")
    sh.prop(e, curie("oa:hasSource"), cls=[class_iri("Plan")], min=1, max=1)
    sh.prop(e, PG + "section", cls=[class_iri("Section")], max=1)
    sh.prop(e, curie("oa:hasSelector"), min=2, node_kind="sh:IRI")
    pos = sh.node_shape("TextPositionSelectorShape", ("sh:targetClass", curie("oa:TextPositionSelector")),
                        "文本位置选择器", "Text position selector")
    sh.prop(pos, curie("oa:start"), datatype=XSD["INT64"], min=1, max=1,
            extra={"sh:minInclusive": Literal(0), "sh:lessThanOrEquals": U("oa:end")})
    sh.prop(pos, curie("oa:end"), datatype=XSD["INT64"], min=1, max=1)
    quote = sh.node_shape("TextQuoteSelectorShape", ("sh:targetClass", curie("oa:TextQuoteSelector")),
                          "原文引用选择器", "Text quote selector")
    sh.prop(quote, curie("oa:exact"), datatype=XSD["STRING"], min=1, max=1)
    ann = sh.node_shape("MentionShape", ("sh:targetClass", curie("oa:Annotation")), "提及", "Mention")
    sh.prop(ann, curie("oa:hasBody"), min=1, max=1, node_kind="sh:IRI")
    sh.prop(ann, curie("oa:hasTarget"), cls=[curie("oa:SpecificResource")], min=1, max=1)

    d = sh.node_shape("DatasetShape", ("sh:targetSubjectsOf", "dcat:distribution"), "数据集", "Dataset")
    sh.prop(d, curie("dcterms:title"), datatype=LANG_STRING, min=1)
    sh.prop(d, curie("dcterms:publisher"), min=1, max=1, node_kind="sh:IRI")
    sh.prop(d, curie("dcterms:license"), min=1, max=1, node_kind="sh:IRI")
    sh.prop(d, curie("dcterms:issued"), datatype=curie("xsd:date"), min=1, max=1)
    sh.prop(d, curie("dcat:distribution"), cls=[curie("dcat:Distribution")], min=1)
    sh.prop(d, curie("dcterms:source"), cls=[class_iri("Plan")], min=1)
    dist = sh.node_shape("DistributionShape", ("sh:targetClass", curie("dcat:Distribution")), "数据分发",
                         "Distribution")
    sh.prop(dist, curie("dcat:mediaType"), min=1, max=1, node_kind="sh:IRI")
    sh.prop(dist, curie("dcat:downloadURL"), min=1, node_kind="sh:IRI")
    return sh.g


def write_files(folder: Path = VOCAB_DIR) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for name, g in (("plangraph.ttl", vocabulary()), ("shapes.ttl", shapes())):
        path = folder / name
        header = f"# Generated by `python -m graph.rdf.schema` from graph/ontology.py; do not edit by hand.\n"
        path.write_text(header + g.serialize(format="turtle"), encoding="utf-8")
        out.append(path)
    return out


def load_shapes() -> Graph:
    """The checked-in shapes (what `validate` uses)."""
    g = Graph()
    g.parse(SHAPES_FILE, format="turtle")
    return g


if __name__ == "__main__":
    for p in write_files():
        print(p)
    sys.exit(0)
