"""Export formats, as a registry: ``EXPORTERS[name](graph, out_path)``.

Each exporter takes the :class:`GraphData` read back from a database and writes
to a path (a folder for multi-file formats).  Other modules add formats with
:func:`register`.

>>> load_plugins()
>>> {"jsonl", "ttl", "neo4j-csv", "cypher"} <= set(EXPORTERS)
True
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Callable

from graph.model import GraphData
from graph.ontology import NODE_TYPES

Exporter = Callable[[GraphData, Path], list[Path]]
EXPORTERS: dict[str, Exporter] = {}


def register(name: str) -> Callable[[Exporter], Exporter]:
    def deco(fn: Exporter) -> Exporter:
        EXPORTERS[name] = fn
        return fn
    return deco


def public_props(node) -> dict:
    internal = {p.name for p in NODE_TYPES[node.label].props if p.internal}
    return {k: v for k, v in node.props.items() if k not in internal and v is not None}


@register("jsonl")
def export_jsonl(graph: GraphData, out: Path) -> list[Path]:
    """DIR/nodes.jsonl and DIR/edges.jsonl as DESIGN.md describes.

    Mentions are on the nodes; MENTIONED_IN is therefore not repeated in edges.jsonl.
    """
    out.mkdir(parents=True, exist_ok=True)
    nodes_path, edges_path = out / "nodes.jsonl", out / "edges.jsonl"
    with nodes_path.open("w", encoding="utf-8") as fh:
        for node in sorted(graph.nodes.values(), key=lambda n: n.id):
            fh.write(json.dumps({
                "id": node.id, "type": node.label, "name": node.name, "name_en": node.name_en,
                "aliases": node.aliases, "props": public_props(node),
                "mentions": [m.as_dict() for m in node.mentions],
            }, ensure_ascii=False) + "\n")
    with edges_path.open("w", encoding="utf-8") as fh:
        for edge in sorted(graph.edges.values(), key=lambda e: e.key):
            fh.write(json.dumps({
                "source": edge.source, "target": edge.target, "type": edge.type,
                "props": {k: v for k, v in edge.props.items() if v is not None},
                "evidence": [e.as_dict() for e in edge.evidence],
                "extractor": edge.extractor, "confidence": edge.confidence,
            }, ensure_ascii=False) + "\n")
    return [nodes_path, edges_path]


def load_plugins() -> None:
    """Import the modules that register further formats (RDF, Neo4j hand-off)."""
    import importlib
    for mod in ("graph.rdf", "graph.neo4j_export"):
        try:
            importlib.import_module(mod)
        except ModuleNotFoundError as err:
            if err.name != mod:
                raise
