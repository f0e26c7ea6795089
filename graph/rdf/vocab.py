"""The RDF vocabulary: namespaces, IRIs and how each ontology term is written in RDF.

Everything is derived from :mod:`graph.ontology`; nothing here re-lists labels or
relations.  The vocabulary namespace is fixed (it names the *terms*); the base IRI
of instance data is configurable (it names the *things*).

>>> node_iri("Place", "place-5d9d7d9418")
'https://plangraph.example.org/id/place/place-5d9d7d9418'
>>> node_iri("Section", "huimin-14th-plan/第一章", "http://x.org/")
'http://x.org/section/huimin-14th-plan/%E7%AC%AC%E4%B8%80%E7%AB%A0'
>>> predicate("Place", "lat"), rel_predicate("LOCATED_IN")
('http://www.w3.org/2003/01/geo/wgs84_pos#lat', 'https://plangraph.example.org/ontology#locatedIn')
"""
from __future__ import annotations

import hashlib
from urllib.parse import quote

from graph.ontology import FLOAT, INT, NODE_TYPES, REL_TYPES, STRING, STRING_LIST, Prop

#: the vocabulary's own namespace (terms) and the shapes' namespace; fixed, published with data/vocab/.
ONTOLOGY = "https://plangraph.example.org/ontology"
PG = ONTOLOGY + "#"
SHAPES = "https://plangraph.example.org/shapes#"
#: default base for instance IRIs (``export --base`` overrides).
DEFAULT_BASE = "https://plangraph.example.org/id/"

PREFIXES = {
    "pg": PG,
    "pgsh": SHAPES,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "schema": "https://schema.org/",
    "prov": "http://www.w3.org/ns/prov#",
    "oa": "http://www.w3.org/ns/oa#",
    "dcat": "http://www.w3.org/ns/dcat#",
    "dcterms": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "wgs84": "http://www.w3.org/2003/01/geo/wgs84_pos#",
    "geo": "http://www.opengis.net/ont/geosparql#",
    "sf": "http://www.opengis.net/ont/sf#",
    "qb": "http://purl.org/linked-data/cube#",
    "sdmx-measure": "http://purl.org/linked-data/sdmx/2009/measure#",
    "sh": "http://www.w3.org/ns/shacl#",
}
#: prefixes written into data exports (the shapes prefix belongs to shapes.ttl only).
DATA_PREFIXES = {k: v for k, v in PREFIXES.items() if k not in ("pgsh", "sh", "owl")}


def curie(c: str) -> str:
    """Expand ``prefix:local`` to a full IRI.

    >>> curie("schema:Place")
    'https://schema.org/Place'
    """
    prefix, local = c.split(":", 1)
    return PREFIXES[prefix] + local


RDF_TYPE = curie("rdf:type")
XSD = {STRING: curie("xsd:string"), INT: curie("xsd:integer"), FLOAT: curie("xsd:double"),
       STRING_LIST: curie("xsd:string")}
LANG_STRING = curie("rdf:langString")


def camel(name: str) -> str:
    """``target_value`` -> ``targetValue``; ``LOCATED_IN`` -> ``locatedIn``."""
    parts = name.lower().split("_")
    return parts[0] + "".join(p.title() for p in parts[1:])


def class_iri(label: str) -> str:
    return PG + label


#: ontology properties written with a well-known predicate instead of a pg: one.
#: key: (label or "*", property name) -> (predicate CURIE, language tag or None)
WELL_KNOWN = {
    ("*", "id"): ("dcterms:identifier", None),
    ("*", "name"): ("rdfs:label", "zh"),
    ("*", "name_en"): ("rdfs:label", "en"),
    ("*", "aliases"): ("skos:altLabel", "zh"),
    ("Plan", "title"): ("dcterms:title", "zh"),
    ("Section", "title"): ("dcterms:title", "zh"),
    ("Place", "lat"): ("wgs84:lat", None),
    ("Place", "lon"): ("wgs84:long", None),
}
#: string properties that hold another node's id: written as a link to that node.
REFERENCES = {("Section", "plan"): "Plan"}
#: relations written with a well-known predicate's sub-property (declared in the vocabulary).
REL_SUPER = {
    "LOCATED_IN": "schema:location",
    "PART_OF": "dcterms:isPartOf",
    "COVERS": "dcterms:spatial",
    "MENTIONED_IN": "dcterms:isReferencedBy",
}
#: TARGETS properties that are Data Cube / SDMX notions (declared as sub-properties).
PROP_SUPER = {"target_value": "sdmx-measure:obsValue"}


def _well_known(label: str, prop: str) -> tuple[str, str | None] | None:
    return WELL_KNOWN.get((label, prop)) or WELL_KNOWN.get(("*", prop))


def predicate(label: str, prop: str) -> str:
    """The predicate IRI a node property is written with."""
    wk = _well_known(label, prop)
    return curie(wk[0]) if wk else PG + camel(prop)


def language(label: str, prop: str) -> str | None:
    wk = _well_known(label, prop)
    return wk[1] if wk else None


def rel_predicate(rel_type: str) -> str:
    return PG + camel(rel_type)


def prop_predicate(prop: str) -> str:
    """Predicate of an edge property (on the assertion node)."""
    return PG + camel(prop)


# -- instance IRIs ----------------------------------------------------------------------------
def _segment(seg: str) -> str:
    enc = quote(seg, safe="-_~")
    # "." and ".." would be removed by IRI normalisation; escape them.
    return enc.replace(".", "%2E") if enc in (".", "..") else enc


def quote_id(node_id: str) -> str:
    """An id as an IRI path: each '/'-separated segment percent-encoded (UTF-8)."""
    return "/".join(_segment(s) for s in node_id.split("/"))


def node_iri(label: str, node_id: str, base: str = DEFAULT_BASE) -> str:
    return f"{base}{label.lower()}/{quote_id(node_id)}"


def digest(*parts) -> str:
    """A short stable hash of the parts (for assertion, evidence and mention IRIs)."""
    return hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


def assertion_iri(source: str, rel_type: str, target: str, base: str = DEFAULT_BASE, qualifier=None) -> str:
    # the qualifier (a TARGETS edge's year) tells apart two statements of one relation over one pair
    parts = (source, rel_type, target) + ((qualifier,) if qualifier not in (None, "") else ())
    return f"{base}assertion/{digest(*parts)}"


def evidence_iri(plan: str, section: str | None, start: int, end: int, base: str = DEFAULT_BASE) -> str:
    return f"{base}evidence/{digest(plan, section or '', start, end)}"


def mention_iri(node_id: str, plan: str, section: str | None, start: int, end: int,
                base: str = DEFAULT_BASE) -> str:
    return f"{base}mention/{digest(node_id, plan, section or '', start, end)}"


def geometry_iri(node_id: str, base: str = DEFAULT_BASE) -> str:
    return f"{base}geometry/{quote_id(node_id)}"


def scheme_iri(label: str, base: str = DEFAULT_BASE) -> str:
    return f"{base}scheme/{label.lower()}"


def dataset_iri(base: str = DEFAULT_BASE) -> str:
    return f"{base}dataset"


# -- what the ontology says about properties ----------------------------------------------------
def concept_labels() -> list[str]:
    """Labels whose nodes are SKOS concepts (each gets its own concept scheme)."""
    return [lb for lb, nt in NODE_TYPES.items() if "skos:Concept" in nt.rdf_types]


def pg_properties() -> dict[str, dict]:
    """Every pg: datatype/object property with its labels, type and the labels/relations using it.

    Raises ValueError if one property name has two types (one predicate, one range).
    """
    out: dict[str, dict] = {}

    def add(pred: str, prop: Prop, owner: str, kind: str, range_: str | None = None):
        entry = out.setdefault(pred, {"prop": prop, "owners": [], "kind": kind, "range": range_})
        if entry["prop"].type != prop.type:
            raise ValueError(f"{pred} has two types: {entry['prop'].type} and {prop.type}")
        if owner not in entry["owners"]:
            entry["owners"].append(owner)

    for label, nt in NODE_TYPES.items():
        for p in nt.all_props:
            if p.internal or _well_known(label, p.name):
                continue
            ref = REFERENCES.get((label, p.name))
            add(PG + camel(p.name), p, class_iri(label), "object" if ref else "data",
                class_iri(ref) if ref else XSD[p.type])
    for rt in REL_TYPES.values():
        for p in rt.all_props:
            if p.name == "evidence":  # written as prov:wasDerivedFrom evidence nodes
                continue
            if rt.type == "MENTIONED_IN":  # written as oa: annotations
                continue
            owner = PG + ("IndicatorTarget" if rt.type == "TARGETS" and p in rt.props else "Assertion")
            add(prop_predicate(p.name), p, owner, "data", XSD[p.type])
    return out


EXTRA_PROPS = {
    # predicate: (zh, en, comment, domain, range)
    PG + "section": ("所在章节", "section", "The section of the plan the evidence lies in.",
                     curie("oa:SpecificResource"), class_iri("Section")),
}
EXTRA_CLASSES = {
    PG + "Assertion": ("断言", "Assertion",
                       "One relation of the graph as a node (RDF reification): its subject, predicate and object, "
                       "the rule that found it, its confidence, and the evidence it was derived from.",
                       ("rdf:Statement", "prov:Entity")),
    PG + "IndicatorTarget": ("指标目标", "Indicator target",
                             "A target a plan or goal sets for an indicator: value as written and parsed, comparator, "
                             "unit, target year, baseline and attribute (预期性/约束性).",
                             ("pg:Assertion", "qb:Observation")),
}

__all__ = ["PG", "PREFIXES", "DEFAULT_BASE", "curie", "node_iri", "predicate", "rel_predicate"]
