"""Drawing graphs with st-link-analysis (Cytoscape.js): elements, styles and legend from the ontology.

A click on a node comes back as the component's value ``{"action": "open", "data": {"target_id": …}}``;
:func:`clicked_node` reads it and the page's ``on_change`` callback makes that node current before
the next run starts (so the click is applied in the same rerun, not with a second ``st.rerun()``).

>>> els = elements([{"id": "a", "label": "Place", "name": "回民区"}], [])
>>> els["nodes"][0]["data"]["type_zh"]
'地点'
>>> clicked_node({"action": "open", "data": {"target_id": "a", "target_group": "nodes"}, "timestamp": 1})
'a'
>>> clicked_node({"action": "open", "data": {"target_id": "e1", "target_group": "edges"}})
"""
from __future__ import annotations

import html
from typing import Callable, Iterable

import streamlit as st

from graph.ontology import NODE_TYPES, REL_TYPES, legend

#: the ontology's shape names (vis.js style) -> Cytoscape node shapes (and a width/height ratio)
SHAPES = {"square": ("rectangle", 1.0), "box": ("round-rectangle", 1.4), "dot": ("ellipse", 1.0),
          "diamond": ("diamond", 1.0), "triangle": ("triangle", 1.0), "star": ("star", 1.0),
          "triangleDown": ("vee", 1.0), "hexagon": ("hexagon", 1.0), "ellipse": ("ellipse", 1.6)}
#: the same shapes as SVG for the legend (fonts may lack geometric symbols; SVG always draws)
SVG_SHAPES = {
    "square": '<rect x="2" y="2" width="12" height="12"/>',
    "box": '<rect x="1" y="4" width="14" height="8" rx="2"/>',
    "dot": '<circle cx="8" cy="8" r="6"/>',
    "diamond": '<polygon points="8,1 15,8 8,15 1,8"/>',
    "triangle": '<polygon points="8,1 15,14 1,14"/>',
    "star": '<polygon points="8,1 10,6 15,6 11,9.5 12.5,15 8,11.5 3.5,15 5,9.5 1,6 6,6"/>',
    "triangleDown": '<polygon points="1,2 15,2 8,15"/>',
    "hexagon": '<polygon points="4,1.5 12,1.5 15.5,8 12,14.5 4,14.5 0.5,8"/>',
    "ellipse": '<ellipse cx="8" cy="8" rx="7.5" ry="4.5"/>',
}
EVENT_NAME = "open"
LAYOUT = {"name": "cose", "animate": False, "fit": True, "padding": 24, "nodeDimensionsIncludeLabels": True,
          "nodeRepulsion": 6000, "idealEdgeLength": 60, "randomize": False}


class _RawStyle:
    """A Cytoscape style block passed through st-link-analysis's ``node_styles`` (it calls ``dump()``)."""

    def __init__(self, selector: str, style: dict) -> None:
        self.selector, self.style = selector, style

    def dump(self) -> dict:
        return {"selector": self.selector, "style": self.style}


def styles() -> list[_RawStyle]:
    """Colour and shape per label, caption per relation, a ring around the current node."""
    out = [_RawStyle("*", {"min-zoomed-font-size": 3}), _RawStyle("node", {"label": "data(name)", "font-size": 5, "text-wrap": "ellipsis",
                              "text-max-width": 80, "font-family": "Noto Sans CJK SC, sans-serif"})]
    for row in legend():
        shape, ratio = SHAPES.get(row["shape"], ("ellipse", 1.0))
        out.append(_RawStyle(f"node[label='{row['label']}']", {
            "background-color": row["color"], "shape": shape, "width": 20 * ratio, "height": 20}))
    for rel in REL_TYPES.values():
        out.append(_RawStyle(f"edge[label='{rel.type}']", {
            "label": "data(zh)", "target-arrow-shape": "triangle", "font-size": 5,
            "font-family": "Noto Sans CJK SC, sans-serif"}))
    out.append(_RawStyle("node.focus", {"border-width": 3, "border-color": "#ffb300", "width": 30,
                                          "height": 30, "font-size": 7, "font-weight": "bold"}))
    out.append(_RawStyle("edge.path", {"line-color": "#ff8f00", "target-arrow-color": "#ff8f00", "width": 3}))
    return out


def elements(nodes: Iterable[dict], edges: Iterable[dict]) -> dict:
    """st-link-analysis elements from plain dicts: nodes {id, label, name, focus?}; edges {source,
    target, label (relation type), path?}."""
    ns = []
    for n in nodes:
        data = {"id": n["id"], "label": n["label"], "name": _short(n.get("name") or n["id"]),
                "type_zh": NODE_TYPES[n["label"]].zh if n["label"] in NODE_TYPES else n["label"]}
        # a class, not data (the info panel lists data); always set: Cytoscape updates elements in place
        ns.append({"data": data, "classes": "focus" if n.get("focus") else ""})
    es = []
    for i, e in enumerate(edges):
        rel = REL_TYPES.get(e["label"])
        data = {"id": e.get("id") or f"e{i}", "source": e["source"], "target": e["target"], "label": e["label"],
                "zh": rel.zh if rel else e["label"]}
        es.append({"data": data, "classes": "path" if e.get("path") else ""})
    return {"nodes": ns, "edges": es}


def _short(name: str, n: int = 14) -> str:
    name = " ".join(name.split())
    return name if len(name) <= n else name[: n - 1] + "…"


def clicked_node(value) -> str | None:
    """The node id a component value reports as clicked, else None."""
    if not isinstance(value, dict) or value.get("action") != EVENT_NAME:
        return None
    data = value.get("data") or {}
    return data.get("target_id") if data.get("target_group") == "nodes" else None


def draw(els: dict, key: str, on_click: Callable[[str], None] | None = None, height: int = 460):
    """Draw elements; ``on_click(node_id)`` runs (as a callback, before the rerun) when a node is clicked.

    The component re-runs its layout only when the layout options change, so they carry a digest of the
    node ids: a new neighbourhood gets a fresh layout instead of new nodes piled at the origin."""
    import hashlib
    digest = hashlib.sha1("|".join(sorted(n["data"]["id"] for n in els["nodes"])).encode()).hexdigest()[:12]
    layout = {**LAYOUT, "pg_nodes": digest}
    from st_link_analysis import Event, st_link_analysis

    def _changed() -> None:
        node = clicked_node(st.session_state.get(key))
        if node and on_click:
            on_click(node)

    return st_link_analysis(els, layout=layout, node_styles=styles(), edge_styles=[], height=height, key=key,
                            on_change=_changed if on_click else None,
                            events=[Event(EVENT_NAME, "tap", "node")])


def legend_html(labels: Iterable[str] | None = None) -> str:
    """One line of coloured shape symbols with zh/en names, straight from the ontology."""
    wanted = set(labels) if labels is not None else None
    parts = []
    for row in legend():
        if wanted is not None and row["label"] not in wanted:
            continue
        shape = SVG_SHAPES.get(row["shape"], SVG_SHAPES["dot"])
        sym = (f'<svg width="16" height="16" viewBox="0 0 16 16" style="vertical-align:-3px" '
               f'fill="{row["color"]}">{shape}</svg>')
        parts.append(f'<span style="margin-right:0.9em;white-space:nowrap">{sym} {html.escape(row["zh"])} '
                     f'<span style="color:#888">{html.escape(row["en"])}</span></span>')
    return '<div style="line-height:1.9">' + "".join(parts) + "</div>"
