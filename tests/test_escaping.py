"""Escaping everywhere: names with quotes, backslashes, newlines, angle brackets, emoji and RTL marks
come back exactly from every export format, each read by an independent parser."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from graph.exporters import EXPORTERS, load_plugins
from sample_graph import sample_graph

HOSTILE_NAMES = [
    'single \' and double " quotes',
    "back\\slash \\n not a newline \\u0041",
    "a real\nnewline and\r\ncarriage return\tand tab",
    "<angle> & ampersand </script><b>",
    "emoji 🌸🏔️ and 𠀀 (outside the BMP)",
    "RTL \u202e\u200f mark العربية",
    "csv, commas; semicolons | pipes",
    "cypher `backtick` $param {brace} /* comment */ // line",
    "turtle \"\"\"triple\"\"\" ''' @prefix <http://x> .",
    "   leading and trailing spaces   ",
]

FORMATS = ["jsonl", "ttl", "nt", "jsonld", "neo4j-csv", "cypher"]


@pytest.fixture(scope="module")
def hostile_graph():
    g = sample_graph()
    for i, name in enumerate(HOSTILE_NAMES):
        g.add_node("Organization", name, props={"kind": f"kind {name}"})
    return g


def export(fmt: str, graph, tmp: Path) -> list[Path]:
    load_plugins()
    assert fmt in EXPORTERS, f"export format {fmt!r} is not registered (DESIGN.md lists it)"
    out = tmp / fmt
    return EXPORTERS[fmt](graph, out)


def names_from_rdf(paths: list[Path], rdflib_format: str, oxigraph_format: str | None) -> set[str]:
    import rdflib
    g = rdflib.Graph()
    for p in paths:
        if p.is_file() and p.stat().st_size:
            g.parse(p, format=rdflib_format)
    found = {str(o) for o in g.objects() if isinstance(o, rdflib.Literal)}
    if oxigraph_format:
        import pyoxigraph
        ox = set()
        for p in paths:
            if p.is_file() and p.stat().st_size:
                with p.open("rb") as fh:
                    for quad in pyoxigraph.parse(fh, format=getattr(pyoxigraph.RdfFormat, oxigraph_format)):
                        if isinstance(quad.object, pyoxigraph.Literal):
                            ox.add(quad.object.value)
        assert found == ox, "rdflib and pyoxigraph read different literals"
    return found


def names_from_csv(paths: list[Path]) -> set[str]:
    found = set()
    for p in paths:
        for csv_path in ([p] if p.is_file() else sorted(p.rglob("*.csv"))):
            if csv_path.suffix != ".csv":
                continue
            with csv_path.open(encoding="utf-8", newline="") as fh:
                for row in csv.reader(fh):
                    found.update(row)
    return found


def names_from_cypher(paths: list[Path], tmp: Path) -> set[str]:
    from graph.neo4j_export import run_cypher_script
    from graph.store import LadybugStore
    script = next(p for p in paths if p.suffix == ".cypher")
    db = tmp / "replayed.lbug"
    with LadybugStore.create(db) as store:
        run_cypher_script(store, script.read_text(encoding="utf-8"))
        rows = store.query("MATCH (n) RETURN n.name AS name").rows
    return {r["name"] for r in rows}


@pytest.mark.parametrize("fmt", FORMATS)
def test_hostile_names_survive_every_format(fmt, hostile_graph, tmp_path):
    paths = export(fmt, hostile_graph, tmp_path)
    if fmt == "jsonl":
        found = set()
        for p in paths:
            for line in p.open(encoding="utf-8"):
                row = json.loads(line)
                if "name" in row:
                    found.add(row["name"])
    elif fmt == "ttl":
        found = names_from_rdf(paths, "turtle", "TURTLE")
    elif fmt == "nt":
        found = names_from_rdf(paths, "nt", "N_TRIPLES")
    elif fmt == "jsonld":
        found = names_from_rdf(paths, "json-ld", None)
    elif fmt == "neo4j-csv":
        found = names_from_csv(paths)
    else:
        found = names_from_cypher(paths, tmp_path)
    missing = [n for n in HOSTILE_NAMES if n not in found]
    assert not missing, f"{fmt} lost or altered: {missing!r}"
    sample_odd = next(n.name for n in hostile_graph.nodes.values() if "反斜杠" in n.name)
    assert sample_odd in found
