"""SHACL validation of an RDF export against data/vocab/shapes.ttl (pyshacl).

    python -m graph validate build/rdf/graph.ttl

Prints one line per violation (focus node, path, message) and exits 1 when there are any.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

#: file extension -> rdflib parser name
PARSERS = {".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld", ".json": "json-ld", ".trig": "trig",
           ".nq": "nquads", ".rdf": "xml", ".xml": "xml"}


XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


@dataclass
class Violation:
    severity: str
    focus: str
    path: str
    message: str
    shape: str

    def __str__(self) -> str:
        return f"{self.severity}: {self.focus} {self.path}: {self.message} [{self.shape}]"


def load_data(path: Path):
    """Parse an export into an rdflib Graph (pyoxigraph parses, rdflib holds: much faster than rdflib alone)."""
    import pyoxigraph as ox
    from rdflib import BNode, Graph, Literal, URIRef
    fmt = PARSERS.get(path.suffix.lower())
    if fmt is None:
        raise ValueError(f"cannot tell the RDF format of {path} from its extension ({', '.join(PARSERS)})")
    g = Graph()
    ox_fmt = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "json-ld": ox.RdfFormat.JSON_LD,
              "trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS, "xml": ox.RdfFormat.RDF_XML}[fmt]

    def term(t):
        if isinstance(t, ox.NamedNode):
            return URIRef(t.value)
        if isinstance(t, ox.BlankNode):
            return BNode(t.value)
        if t.language:
            return Literal(t.value, lang=t.language)
        if t.datatype.value == XSD_STRING:  # RDF 1.1: "x" and "x"^^xsd:string are one literal; rdflib says "x"
            return Literal(t.value)
        return Literal(t.value, datatype=URIRef(t.datatype.value))

    with path.open("rb") as fh:
        for q in ox.parse(fh, ox_fmt):
            g.add((term(q.subject), term(q.predicate), term(q.object)))
    return g


def validate_graph(data, shapes=None) -> tuple[bool, list[Violation]]:
    """(conforms, violations) of an rdflib Graph against the shapes (default: the checked-in ones)."""
    from pyshacl import validate
    from rdflib import Namespace
    from graph.rdf.schema import load_shapes
    SH = Namespace("http://www.w3.org/ns/shacl#")
    shapes = shapes if shapes is not None else load_shapes()
    conforms, report, _ = validate(data, shacl_graph=shapes, inference="none", advanced=True,
                                   allow_warnings=False)
    out = []
    for r in report.subjects(SH.resultSeverity, None):
        def one(p):
            v = report.value(r, p)
            return "" if v is None else str(v)
        out.append(Violation(one(SH.resultSeverity).rsplit("#", 1)[-1], one(SH.focusNode), one(SH.resultPath),
                             one(SH.resultMessage), one(SH.sourceShape)))
    out.sort(key=lambda v: (v.focus, v.path, v.message))
    return bool(conforms), out


def main(args) -> int:
    path = Path(args.file)
    if not path.exists():
        print(f"error: no such file: {path}", file=sys.stderr)
        return 1
    data = load_data(path)
    conforms, violations = validate_graph(data)
    for v in violations:
        print(v)
    if conforms:
        print(f"{path}: conforms ({len(data)} triples)")
        return 0
    print(f"{path}: {len(violations)} violation(s) in {len(data)} triples", file=sys.stderr)
    return 1
