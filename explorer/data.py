"""The explorer's data layer: one read-only store and one in-memory snapshot per database version.

The database is opened read-only (``LadybugStore(path, read_only=True)``); the whole graph is read
back once (:func:`graph.readback.load_graph`) and indexed for search, neighbourhoods and paths, so
moving between pages costs no query.  Both are cached with ``st.cache_resource`` keyed by the
database path and its modification time: a rebuild (an atomic swap of the file) is picked up on the
next rerun.  The Cypher console goes to the store itself, through the same read-only path.

Everything here except the two cached loaders is plain Python over a :class:`Snapshot`, so it can be
tested without Streamlit.
"""
from __future__ import annotations

import functools
import io
import json
import tempfile
import threading
import unicodedata
import zipfile
from collections import defaultdict, deque
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

import streamlit as st

from graph.model import Edge, Evidence, GraphData, Node
from graph.ontology import ENTITY_LABELS, NODE_TYPES, REL_TYPES
from graph.store import DEFAULT_MAX_ROWS, LadybugStore, QueryResult

ROOT = Path(__file__).resolve().parent.parent
#: relation types drawn and walked in the explorer; MENTIONED_IN/PART_OF are shown as mentions/sections.
LINK_RELS = tuple(r for r in REL_TYPES if r not in ("MENTIONED_IN", "PART_OF"))
#: node labels that take part in search, neighbourhoods and paths.
NODE_LABELS = ("Plan",) + ENTITY_LABELS
_LOCK = threading.Lock()   # one connection is shared by every session; LadybugDB connections are not


def db_path() -> Path:
    """The database the explorer serves: env ``PLANGRAPH_DB``, else the CLI's default (README)."""
    from graph.__main__ import default_db
    p = Path(default_db())
    if not p.is_absolute() and not p.exists() and (ROOT / p).exists():
        p = ROOT / p
    return p.resolve()


def db_version(path: Path | None = None) -> tuple[str, int]:
    path = path or db_path()
    return str(path), path.stat().st_mtime_ns


# -- the snapshot ------------------------------------------------------------------------------
@dataclass
class Snapshot:
    graph: GraphData
    texts: dict[str, str]                       # plan id -> decoded text
    adj: dict[str, list[Edge]] = field(default_factory=lambda: defaultdict(list))
    located_in: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    edge_plans: dict[tuple, set] = field(default_factory=dict)
    node_plans: dict[str, set] = field(default_factory=lambda: defaultdict(set))
    children: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    memo: dict = field(default_factory=dict)     # derived tables, computed once per snapshot

    @classmethod
    def build(cls, graph: GraphData, texts: dict[str, str]) -> "Snapshot":
        s = cls(graph, texts)
        for e in graph.edges.values():
            if e.type == "PART_OF":
                s.children[e.target].append(e.source)
                continue
            if e.type not in LINK_RELS:
                continue
            s.adj[e.source].append(e)
            s.adj[e.target].append(e)
            plans = {ev.plan for ev in e.evidence}
            for end in (e.source, e.target):
                if graph.nodes[end].label == "Plan":
                    plans.add(end)
            s.edge_plans[e.key] = plans
            if e.type == "LOCATED_IN":
                s.located_in[e.source].append(e.target)
        for n in graph.nodes.values():
            s.node_plans[n.id].update(m.plan for m in n.mentions)
            if n.label == "Plan":
                s.node_plans[n.id].add(n.id)
        for kids in s.children.values():
            kids.sort(key=lambda sid: (graph.nodes[sid].props.get("start") or 0,
                                       graph.nodes[sid].props.get("ordinal") or 0))
        return s

    # -- basics ---------------------------------------------------------------------------------
    def node(self, node_id: str | None) -> Node | None:
        return self.graph.nodes.get(node_id) if node_id else None

    def nodes(self, *labels: str) -> list[Node]:
        return [n for n in self.graph.nodes.values() if not labels or n.label in labels]

    def plans(self) -> list[Node]:
        return sorted(self.nodes("Plan"), key=lambda p: p.id)

    def label_of(self, node_id: str) -> str:
        return self.graph.nodes[node_id].label

    def plan_title(self, plan_id: str) -> str:
        p = self.graph.nodes.get(plan_id)
        return (p.props.get("title") or p.name) if p else plan_id

    def section_label(self, section_id: str | None) -> str:
        s = self.graph.nodes.get(section_id) if section_id else None
        if not s:
            return ""
        path, title = s.props.get("path") or "", s.props.get("title") or ""
        return f"{path} {title}".strip() if title and title not in path else path

    def ancestors(self, place_id: str) -> list[str]:
        """Places up the LOCATED_IN chain, nearest first (cycles tolerated)."""
        out, todo = [], list(self.located_in.get(place_id, []))
        while todo:
            p = todo.pop(0)
            if p not in out and p != place_id:
                out.append(p)
                todo.extend(self.located_in.get(p, []))
        return out

    def spans(self, plan_id: str) -> tuple[list, list]:
        """The segmenter's paragraph and sentence spans of a plan (computed once), for evidence context."""
        key = ("spans", plan_id)
        if key not in self.memo:
            paras, sents = [], []
            text = self.texts.get(plan_id)
            if text:
                try:
                    from loaders.segment import segment
                    seg = segment(text, plan_id)
                    paras = sorted((p.start, p.end) for p in seg.paragraphs)
                    sents = sorted((x.start, x.end) for x in seg.sentences)
                except Exception:   # context falls back to newlines and full stops
                    paras, sents = [], []
            self.memo[key] = (paras, sents)
        return self.memo[key]

    def counts(self) -> dict[str, int]:
        c: dict[str, int] = defaultdict(int)
        for n in self.graph.nodes.values():
            c[n.label] += 1
        return dict(c)


# -- search ---------------------------------------------------------------------------------------
def norm(s: str) -> str:
    """Matching form: NFKC, case-folded, without spaces and quotes.

    >>> norm(" 呼和浩特 ＣＢＤ“")
    '呼和浩特cbd'
    """
    s = unicodedata.normalize("NFKC", s or "").casefold()
    return "".join(ch for ch in s if not ch.isspace() and ch not in "\"'“”‘’「」《》")


@dataclass(frozen=True)
class Hit:
    id: str
    label: str
    name: str
    matched: str        # the name or alias that matched
    rank: int           # 0 exact name, 1 exact alias, 2 prefix, 3 contains
    mentions: int


def search(snap: Snapshot, term: str, labels: tuple[str, ...] = NODE_LABELS) -> dict[str, list[Hit]]:
    """Nodes whose name or an alias contains ``term``, grouped by label, best first."""
    q = norm(term)
    if not q:
        return {}
    groups: dict[str, list[Hit]] = defaultdict(list)
    for n in snap.graph.nodes.values():
        if n.label not in labels:
            continue
        best = None
        for i, cand in enumerate([n.name, *(n.aliases or []), *([n.props.get("title")] if n.label == "Plan"
                                                                  else [])]):
            c = norm(cand or "")
            if not c or q not in c:
                continue
            rank = (0 if i == 0 else 1) if c == q else (2 if c.startswith(q) else 3)
            if best is None or rank < best[0]:
                best = (rank, cand)
        if best:
            groups[n.label].append(Hit(n.id, n.label, n.name, best[1], best[0], len(n.mentions)))
    for hits in groups.values():
        hits.sort(key=lambda h: (h.rank, -h.mentions, len(h.name), h.name))
    return {label: groups[label] for label in NODE_TYPES if label in groups}


# -- relations and neighbourhoods ------------------------------------------------------------------
def relations(snap: Snapshot, node_id: str) -> dict[str, list[tuple[str, str, Edge]]]:
    """Edges of a node grouped by relation type: (direction "out"/"in", other node id, edge)."""
    out: dict[str, list] = defaultdict(list)
    for e in snap.adj.get(node_id, []):
        if e.source == node_id:
            out[e.type].append(("out", e.target, e))
        else:
            out[e.type].append(("in", e.source, e))
    for rows in out.values():
        rows.sort(key=lambda r: (r[0], snap.graph.nodes[r[1]].name))
    return {rel: out[rel] for rel in LINK_RELS if rel in out}


@dataclass
class Filters:
    labels: tuple[str, ...] = NODE_LABELS
    rels: tuple[str, ...] = LINK_RELS
    plan: str | None = None     # keep edges evidenced in this plan
    place: str | None = None    # keep nodes located (transitively) in this place, and unlocated ones


def _node_ok(snap: Snapshot, nid: str, f: Filters) -> bool:
    n = snap.graph.nodes[nid]
    if n.label not in f.labels:
        return False
    if f.place and nid != f.place:
        chain = snap.ancestors(nid)
        if chain and f.place not in chain:
            return False
    return True


def _edge_ok(snap: Snapshot, e: Edge, f: Filters) -> bool:
    return e.type in f.rels and (not f.plan or f.plan in snap.edge_plans.get(e.key, ()))


@dataclass
class Neighbourhood:
    nodes: list[str]            # breadth-first order, focus first
    edges: list[Edge]
    total: int                  # nodes found before the cap
    depth_of: dict[str, int]

    @property
    def truncated(self) -> bool:
        return self.total > len(self.nodes)


def neighbourhood(snap: Snapshot, focus: str, depth: int = 1, filters: Filters | None = None,
                  cap: int = 150) -> Neighbourhood:
    """Nodes within ``depth`` hops of ``focus`` in the filtered graph; the nearest ``cap`` of them.

    Plans other than the focus are leaves: walking through a plan would reach everything it covers."""
    f = filters or Filters()
    seen = {focus: 0}
    order = [focus]
    todo = deque([focus])
    while todo:
        nid = todo.popleft()
        if seen[nid] >= depth:
            continue
        if nid != focus and snap.label_of(nid) == "Plan":
            continue   # a plan links to everything it covers: shown, but not walked through
        for e in snap.adj.get(nid, []):
            other = e.target if e.source == nid else e.source
            if other in seen or not _edge_ok(snap, e, f) or not _node_ok(snap, other, f):
                continue
            seen[other] = seen[nid] + 1
            order.append(other)
            todo.append(other)
    kept = set(order[:cap])
    edges = [e for nid in order[:cap] for e in snap.adj.get(nid, [])
             if e.source == nid and e.target in kept and _edge_ok(snap, e, f)]
    return Neighbourhood(order[:cap], edges, len(order), {n: seen[n] for n in kept})


def shortest_paths(snap: Snapshot, a: str, b: str, k: int = 5, through_plans: bool = False,
                   rels: tuple[str, ...] = LINK_RELS) -> list[list[tuple[str, Edge | None]]]:
    """Up to ``k`` shortest undirected paths from ``a`` to ``b``: [(node, edge that led here)], first
    edge None.  Plans are endpoints only unless ``through_plans``."""
    import networkx as nx
    key = ("nx", tuple(rels))
    if key not in snap.memo:
        g = nx.MultiGraph()
        for e in snap.graph.edges.values():
            if e.type in rels:
                g.add_edge(e.source, e.target, key=e.type, edge=e)
        snap.memo[key] = g
    g = snap.memo[key]
    if not through_plans:   # plans may be the ends of a path, never a step on it
        plans = [n for n in g if snap.label_of(n) == "Plan" and n not in (a, b)]
        g = nx.restricted_view(g, plans, [])
    if a not in g or b not in g or a == b:
        return []
    try:
        node_paths = list(islice(nx.all_shortest_paths(g, a, b), k))
    except nx.NetworkXNoPath:
        return []
    out = []
    for path in node_paths:
        steps: list[tuple[str, Edge | None]] = [(path[0], None)]
        for u, v in zip(path, path[1:]):
            data = g.get_edge_data(u, v)
            edge = sorted(data.values(), key=lambda d: (-len(d["edge"].evidence), d["edge"].type))[0]["edge"]
            steps.append((v, edge))
        out.append(steps)
    return out


# -- plans, indicators, places ----------------------------------------------------------------------
def section_tree(snap: Snapshot, plan_id: str) -> list[tuple[int, Node]]:
    """(depth, section) in document order, depth-first from the plan."""
    out: list[tuple[int, Node]] = []

    def walk(parent: str, depth: int) -> None:
        for sid in snap.children.get(parent, []):
            out.append((depth, snap.graph.nodes[sid]))
            walk(sid, depth + 1)
    walk(plan_id, 0)
    return out


def subtree(snap: Snapshot, section_id: str) -> set[str]:
    """A section and every section inside it."""
    out, todo = set(), [section_id]
    while todo:
        sid = todo.pop()
        if sid not in out:
            out.add(sid)
            todo.extend(snap.children.get(sid, []))
    return out


def mentioned_in(snap: Snapshot, plan_id: str, labels: tuple[str, ...],
                 sections: set[str] | None = None) -> list[Node]:
    """Entities of ``labels`` mentioned in ``plan_id`` (within ``sections`` if given), by first mention."""
    found = []
    for n in snap.nodes(*labels):
        firsts = [m.start for m in n.mentions
                  if m.plan == plan_id and (sections is None or m.section in sections)]
        if firsts:
            found.append((min(firsts), n))
    return [n for _, n in sorted(found, key=lambda x: (x[0], x[1].name))]


def target_rows(snap: Snapshot) -> list[dict]:
    """Every TARGETS edge as a flat row per plan that evidences it (or the plan it starts from)."""
    if "targets" not in snap.memo:
        snap.memo["targets"] = _target_rows(snap)
    return snap.memo["targets"]


def _target_rows(snap: Snapshot) -> list[dict]:
    rows = []
    for e in snap.graph.edges.values():
        if e.type != "TARGETS":
            continue
        ind = snap.graph.nodes[e.target]
        src = snap.graph.nodes[e.source]
        plans = sorted(snap.edge_plans.get(e.key) or {None}, key=lambda p: p or "")
        for plan in plans:
            if src.label == "Plan" and plan not in (None, src.id):
                continue
            ev = next((x for x in e.evidence if x.plan == plan), e.evidence[0] if e.evidence else None)
            rows.append({
                "indicator_id": ind.id, "指标 indicator": ind.name, "plan_id": plan,
                "规划 plan": snap.plan_title(plan) if plan else "", "plan_short": plan_short(snap, plan),
                "来源 source": src.name,
                "source_label": src.label, "目标 target": e.props.get("target"),
                "target_value": e.props.get("target_value"), "comparator": e.props.get("comparator"),
                "target_year": e.props.get("target_year"), "基期 baseline": e.props.get("baseline"),
                "baseline_value": e.props.get("baseline_value"), "baseline_year": e.props.get("baseline_year"),
                "growth": e.props.get("growth"), "属性 attribute": e.props.get("attribute") or "",
                "unit": e.props.get("unit") or ind.props.get("unit") or "",
                "evidence": ev.text if ev else "", "ev_start": ev.start if ev else None,
                "ev_section": ev.section if ev else None,
                "ev_end": ev.end if ev else None,
            })
    # a plan and its goal often target the same indicator with the same value: keep the plan's row
    seen, unique = set(), []
    for r in sorted(rows, key=lambda r: r["source_label"] != "Plan"):
        k = (r["indicator_id"], r["plan_id"], r["target_value"], r["target_year"], r["目标 target"])
        if k not in seen:
            seen.add(k)
            unique.append(r)
    return unique


def plan_short(snap: Snapshot, plan_id: str | None) -> str:
    """A short name for charts: place and year ('回民区2022')."""
    p = snap.graph.nodes.get(plan_id) if plan_id else None
    if p is None:
        return plan_id or "—"
    return f"{p.props.get('place') or p.name[:6]}{p.props.get('year') or ''}"


def plan_sets(snap: Snapshot, plan_id: str, label: str) -> set[str]:
    """Ids of ``label`` entities a plan mentions (or targets, for indicators)."""
    ids = {n.id for n in snap.nodes(label) if plan_id in snap.node_plans.get(n.id, ())}
    if label == "Indicator":
        ids |= {e.target for e in snap.adj.get(plan_id, []) if e.type == "TARGETS"}
        ids |= {r["indicator_id"] for r in target_rows(snap) if r["plan_id"] == plan_id}
    return ids


def place_rows(snap: Snapshot) -> list[dict]:
    rows = []
    for n in snap.nodes("Place"):
        lat, lon = n.props.get("lat"), n.props.get("lon")
        rows.append({"id": n.id, "name": n.name, "kind": n.props.get("kind") or "未分类",
                     "lat": lat, "lon": lon, "mentions": len(n.mentions)})
    return rows


# -- Streamlit-cached entry points --------------------------------------------------------------------
@st.cache_resource(max_entries=2, show_spinner=False)
def _store(path: str, mtime: int) -> LadybugStore:
    return LadybugStore(path, read_only=True)


def store() -> LadybugStore:
    return _store(*db_version())


@st.cache_resource(max_entries=2, show_spinner="读取图数据 Loading the graph…")
def _snapshot(path: str, mtime: int) -> Snapshot:
    from graph.readback import load_graph
    s = _store(path, mtime)
    with _LOCK:
        graph = load_graph(s)
        texts = {r["id"]: r["text"] or "" for r in
                 s.query("MATCH (p:Plan) RETURN p.id AS id, p.`text` AS `text`", max_rows=10**6).rows}
    return Snapshot.build(graph, texts)


def snapshot() -> Snapshot:
    return _snapshot(*db_version())


def run_query(cypher: str, params: dict | None = None, timeout_ms: int = 5_000,
              max_rows: int = 1_000) -> QueryResult:
    """Read-only Cypher on the served database (raises WriteRefused / QueryError)."""
    s = store()
    with _LOCK:
        return s.query(cypher, params or {}, read_only=True, timeout_ms=timeout_ms,
                       max_rows=min(max_rows, DEFAULT_MAX_ROWS * 10))


@functools.lru_cache(maxsize=8)   # not st.cache_data: it also runs in download threads
def export_bytes(fmt: str, path: str, mtime: int, always_zip: bool = False) -> tuple[bytes, str]:
    """The whole graph in an export format: (bytes, file name).  Several files (JSON-lines) come zipped."""
    from graph.exporters import EXPORTERS, load_plugins
    from graph.readback import load_graph
    load_plugins()
    if fmt not in EXPORTERS:
        raise KeyError(fmt)
    s = _store(path, mtime)
    with _LOCK:
        graph = load_graph(s)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / ("graph" if fmt == "jsonl" else f"graph.{fmt}")
        paths = EXPORTERS[fmt](graph, out)
        if len(paths) == 1 and not always_zip:
            return Path(paths[0]).read_bytes(), Path(paths[0]).name
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
            for p in paths:
                zf.write(p, Path(p).name)
        return buf.getvalue(), f"graph-{fmt}.zip"


def available_exports() -> list[str]:
    from graph.exporters import EXPORTERS, load_plugins
    try:
        load_plugins()
    except Exception:   # a half-written plugin must not take the explorer down
        pass
    return sorted(EXPORTERS)


def to_json(value) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


__all__ = ["Snapshot", "Filters", "Hit", "search", "relations", "neighbourhood", "shortest_paths",
           "section_tree", "subtree", "mentioned_in", "target_rows", "plan_sets", "place_rows", "snapshot", "store",
           "run_query", "export_bytes", "available_exports", "db_path", "db_version"]
