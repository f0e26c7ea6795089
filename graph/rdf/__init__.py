"""Linked open data: the graph as RDF (Turtle, N-Triples, JSON-LD), its vocabulary, shapes and SPARQL.

    python -m graph export --format ttl --out build/rdf/          # build/rdf/graph.ttl
    python -m graph export --format nt --out g.nt --base https://data.example.gov.cn/plans/
    python -m graph validate build/rdf/graph.ttl                  # SHACL; exit 1 on violations
    python -m graph.rdf.schema                                    # regenerate data/vocab/*.ttl

Modules: :mod:`.vocab` (namespaces, IRI scheme, term mapping), :mod:`.mapping`
(GraphData -> triples; the provenance pattern), :mod:`.serialize` (pyoxigraph or
rdflib), :mod:`.schema` (vocabulary and SHACL shapes), :mod:`.validate`,
:mod:`.sparql` (the queries/*.rq runner).  docs/RDF.md explains the design.
"""
from __future__ import annotations

import datetime as _dt
import os
from pathlib import Path

from graph.exporters import register
from graph.model import GraphData
from graph.rdf.mapping import DEFAULT_LICENSE, graph_triples
from graph.rdf.serialize import DEFAULT_ENGINE, FORMATS, write
from graph.rdf.vocab import DEFAULT_BASE, PG, PREFIXES

#: env overrides for exports (the CLI's --base wins over PLANGRAPH_BASE_IRI)
ENV_BASE, ENV_ISSUED = "PLANGRAPH_BASE_IRI", "PLANGRAPH_ISSUED"


def check_base(base: str) -> str:
    """A usable base IRI: absolute http(s), ending in / or #, nothing that would need escaping.

    >>> check_base("https://data.example.org/plans/")
    'https://data.example.org/plans/'
    >>> check_base("data.example.org")
    Traceback (most recent call last):
    ...
    ValueError: base IRI must be absolute http(s) and end with '/' or '#': 'data.example.org'
    """
    bad = set(' <>"{}|\\^`') | {chr(c) for c in range(0x21)}
    if not base.startswith(("http://", "https://")) or base[-1] not in "/#" or bad & set(base):
        raise ValueError(f"base IRI must be absolute http(s) and end with '/' or '#': {base!r}")
    return base


def output_path(out: Path, fmt: str) -> Path:
    """``out`` itself, or ``out/graph.<ext>`` when ``out`` is a directory (or ends with a separator)."""
    out = Path(out)
    if out.is_dir() or str(out).endswith(("/", os.sep)) or not out.suffix:
        out.mkdir(parents=True, exist_ok=True)
        return out / f"graph.{FORMATS[fmt][0]}"
    out.parent.mkdir(parents=True, exist_ok=True)
    return out


def export_rdf(graph: GraphData, out: Path | None, fmt: str = "ttl", *, base: str | None = None,
               engine: str = DEFAULT_ENGINE, issued: str | None = None, lexicon=None, **dataset):
    """Write the graph as RDF; returns the path written (or the bytes when ``out`` is None)."""
    base = check_base(base or os.environ.get(ENV_BASE) or DEFAULT_BASE)
    issued = issued or os.environ.get(ENV_ISSUED) or _dt.datetime.now(_dt.timezone.utc).date().isoformat()
    triples = graph_triples(graph, base, issued=issued, lexicon=lexicon, **dataset)
    if out is None:
        return write(triples, None, fmt, engine)
    path = output_path(out, fmt)
    tmp = path.with_name(path.name + ".part")
    write(triples, tmp, fmt, engine)
    os.replace(tmp, path)  # a failed export never leaves half a file under the real name
    return path


def _exporter(fmt: str):
    def export(graph: GraphData, out: Path, base: str | None = None) -> list[Path]:
        return [export_rdf(graph, out, fmt, base=base)]
    export.__name__ = f"export_{fmt}"
    export.__doc__ = f"RDF as {fmt} (a file, or graph.{FORMATS[fmt][0]} in a directory)."
    return export


for _fmt in FORMATS:
    register(_fmt)(_exporter(_fmt))


def validate_main(args) -> int:
    """``python -m graph validate FILE``: SHACL-validate an export; exit 1 on any violation."""
    from graph.rdf.validate import main
    return main(args)


__all__ = ["export_rdf", "validate_main", "DEFAULT_BASE", "DEFAULT_LICENSE", "PG", "PREFIXES", "FORMATS"]
