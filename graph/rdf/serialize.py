"""Writing triples with either engine: pyoxigraph (streaming, fast) or rdflib.

Both take the engine-neutral triples of :mod:`graph.rdf.mapping`.  ``bench/bench_rdf.py``
measures them; :data:`DEFAULT_ENGINE` is the faster, and the tests check both write the
same triples.

>>> from graph.rdf.mapping import Lit
>>> t = [("http://e.org/a", "http://e.org/p", Lit('say "hi"\\n', None, "zh"))]
>>> write(t, None, "nt", engine="oxigraph")
b'<http://e.org/a> <http://e.org/p> "say \\\\"hi\\\\"\\\\n"@zh .\\n'
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

from graph.rdf.mapping import Lit, Triple
from graph.rdf.vocab import DATA_PREFIXES

#: format name -> (file extension, pyoxigraph format attribute, rdflib format name)
FORMATS = {
    "ttl": ("ttl", "TURTLE", "turtle"),
    "nt": ("nt", "N_TRIPLES", "nt"),
    "jsonld": ("jsonld", "JSON_LD", "json-ld"),
}
ENGINES = ("oxigraph", "rdflib")
#: measured in bench/bench_rdf.py (100k-node graph): pyoxigraph writes Turtle roughly 10-20x faster
DEFAULT_ENGINE = "oxigraph"


def to_oxigraph(triples: Iterable[Triple]):
    """pyoxigraph Triples (NamedNode objects cached: predicates and types repeat)."""
    import pyoxigraph as ox
    nodes: dict[str, object] = {}

    def nn(iri: str):
        got = nodes.get(iri)
        if got is None:
            got = nodes[iri] = ox.NamedNode(iri)
            if len(nodes) > 200_000:  # subjects do not repeat much; keep the cache bounded
                nodes.clear()
        return got

    for s, p, o in triples:
        if isinstance(o, Lit):
            if o.lang:
                obj = ox.Literal(o.value, language=o.lang)
            elif o.datatype:
                obj = ox.Literal(o.value, datatype=nn(o.datatype))
            else:
                obj = ox.Literal(o.value)
        else:
            obj = nn(o)
        yield ox.Triple(nn(s), nn(p), obj)


def to_rdflib(triples: Iterable[Triple], graph=None):
    """An rdflib Graph holding the triples (prefixes bound)."""
    from rdflib import Graph, Literal, URIRef
    # no default prefixes: rdflib's qname lookup walks every namespace it has seen, per IRI
    g = graph if graph is not None else Graph(bind_namespaces="none")
    for k, v in DATA_PREFIXES.items():
        g.bind(k, v, override=True)
    add = g.add
    for s, p, o in triples:
        if isinstance(o, Lit):
            obj = Literal(o.value, lang=o.lang) if o.lang else Literal(
                o.value, datatype=URIRef(o.datatype) if o.datatype else None)
        else:
            obj = URIRef(o)
        add((URIRef(s), URIRef(p), obj))
    return g


def write(triples: Iterable[Triple], out: Path | None, fmt: str, engine: str = DEFAULT_ENGINE):
    """Serialise to ``out`` (a file path), or return bytes when ``out`` is None."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown RDF format {fmt!r}; known: {', '.join(FORMATS)}")
    _, ox_name, rdflib_name = FORMATS[fmt]
    if engine == "oxigraph":
        import pyoxigraph as ox
        prefixes = DATA_PREFIXES if fmt == "ttl" else None
        return ox.serialize(to_oxigraph(triples), str(out) if out is not None else None,
                            getattr(ox.RdfFormat, ox_name), prefixes=prefixes)
    if engine == "rdflib":
        g = to_rdflib(triples)
        if fmt == "jsonld":
            return _rdflib_jsonld(g, out)
        if out is None:
            return g.serialize(format=rdflib_name, encoding="utf-8")
        g.serialize(destination=str(out), format=rdflib_name, encoding="utf-8")
        return None
    raise ValueError(f"unknown RDF engine {engine!r}; known: {', '.join(ENGINES)}")


def _rdflib_jsonld(g, out: Path | None):
    """Expanded JSON-LD with explicit datatypes.

    rdflib 7.6's JSON-LD serialiser always writes native JSON numbers (its
    ``use_native_types`` option is read as a one-element tuple, hence always true), and
    JSON-LD turns ``41.0`` back into an xsd:integer — a different triple.  Its
    ``from_rdf`` with no context keeps the literals as written.
    """
    import json
    from rdflib.plugins.serializers.jsonld import from_rdf
    data = json.dumps(from_rdf(g, None, use_native_types=False), ensure_ascii=False, indent=1).encode("utf-8")
    if out is None:
        return data
    Path(out).write_bytes(data)
    return None
