"""Network analytics over the plan graph with networkx: centrality, communities, bridges, paths.

The graph is read back from the store (:func:`graph.readback.load_graph`) and turned into a
``networkx.MultiDiGraph`` of entities and the evidential relations between them
(:func:`to_networkx`).  Sections, mentions and plan hubs are left out by default: a plan links to
everything it covers and would top every centrality ranking.  The measures work on the undirected
simple projection (:func:`undirected`), where each pair of entities is linked at most once.

``python -m graph analyze [--top N] [--json]`` prints the results; the explorer's 网络分析 page
shows them.

>>> G = to_networkx(example_graph())
>>> sorted(G.nodes[n]["name"] for n in G)
['乌素图', '乌素图杏花节', '内蒙古大学', '呼和浩特市', '哈拉沁苗圃', '回民区', '文化旅游业', '新城区']
>>> sorted({k for _, _, k in G.edges(keys=True)})
['INVOLVES', 'LOCATED_IN', 'SUPPORTS']
"""
from __future__ import annotations

import functools
import json
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from itertools import islice

import networkx as nx

from graph.model import GraphData
from graph.ontology import ENTITY_LABELS, REL_TYPES

#: relations between entities that carry extraction evidence (structural PART_OF/MENTIONED_IN do not)
DEFAULT_RELS = tuple(r for r, rt in REL_TYPES.items() if rt.evidential)
#: the city whose districts :func:`district_bridges` compares
CITY = "呼和浩特市"
#: Place kinds that name a district-level division (区, 县, 旗)
DISTRICT_KINDS = ("district", "county", "banner", "区", "县", "旗")
#: exact betweenness costs one breadth-first search per node; past this many node+edge visits in all
#: it is estimated from sampled sources (fixed seed), as many as the budget allows but at least
#: MIN_SAMPLES: ~35 s for 100k nodes and 200k edges, where exact would take hours
BETWEENNESS_BUDGET = 10_000_000
MIN_SAMPLES = 32
SEED = 42


def example_graph() -> GraphData:
    """A tiny graph for the examples: a city, two districts, a village, two projects, an industry
    both projects support, and a university taking part in one of them."""
    g = GraphData()
    city = g.add_node("Place", CITY, props={"kind": "city"}, aliases=["呼市"])
    huimin = g.add_node("Place", "回民区", props={"kind": "district"})
    xincheng = g.add_node("Place", "新城区", props={"kind": "district"})
    wusutu = g.add_node("Place", "乌素图", props={"kind": "village"})
    festival = g.add_node("Project", "乌素图杏花节")
    nursery = g.add_node("Project", "哈拉沁苗圃")
    tourism = g.add_node("Industry", "文化旅游业")
    uni = g.add_node("Organization", "内蒙古大学")
    for src, dst, rel in [(huimin, city, "LOCATED_IN"), (xincheng, city, "LOCATED_IN"),
                          (wusutu, huimin, "LOCATED_IN"), (festival, wusutu, "LOCATED_IN"),
                          (nursery, xincheng, "LOCATED_IN"), (festival, tourism, "SUPPORTS"),
                          (nursery, tourism, "SUPPORTS"), (nursery, uni, "INVOLVES")]:
        g.add_edge(src.id, dst.id, rel)
    return g


# -- graphs ------------------------------------------------------------------------------------
def to_networkx(graph: GraphData, include: tuple[str, ...] = DEFAULT_RELS,
                labels: tuple[str, ...] = ENTITY_LABELS) -> nx.MultiDiGraph:
    """Nodes of ``labels`` (attributes label, name, aliases, kind) and edges of the ``include``
    relation types between them, keyed by relation type (attributes confidence, evidence count).

    Add ``"Plan"`` to ``labels`` to keep plan hubs (their COVERS and TARGETS edges come with them).

    >>> G = to_networkx(example_graph())
    >>> G.number_of_nodes(), G.number_of_edges()
    (8, 8)
    >>> to_networkx(example_graph(), include=("SUPPORTS",)).number_of_edges()
    2
    """
    unknown = set(include) - set(REL_TYPES)
    if unknown:
        raise ValueError(f"unknown relation type(s): {', '.join(sorted(unknown))}")
    G = nx.MultiDiGraph()
    for nid in sorted(graph.nodes):   # sorted: the same graph gives the same layout of results
        n = graph.nodes[nid]
        if n.label in labels:
            G.add_node(nid, label=n.label, name=n.name, aliases=list(n.aliases), kind=n.props.get("kind"))
    for key in sorted(graph.edges):
        e = graph.edges[key]
        if e.type in include and e.source in G and e.target in G:
            G.add_edge(e.source, e.target, key=e.type, type=e.type, confidence=e.confidence,
                       evidence=len(e.evidence))
    return G


def undirected(G) -> nx.Graph:
    """The simple undirected projection: one edge per linked pair, ``rels`` listing the
    (type, source) of every relation behind it and ``weight`` their number.

    >>> U = undirected(to_networkx(example_graph()))
    >>> U.number_of_edges(), nx.is_connected(U)
    (8, True)
    """
    if isinstance(G, GraphData):
        G = to_networkx(G)
    if not G.is_directed() and not G.is_multigraph():
        return G
    U = nx.Graph()
    U.add_nodes_from(G.nodes(data=True))
    for u, v, k in G.edges(keys=True):
        if U.has_edge(u, v):
            U[u][v]["rels"].append((k, u))
            U[u][v]["weight"] += 1
        else:
            U.add_edge(u, v, rels=[(k, u)], weight=1)
    return U


def node_row(G, n, **extra) -> dict:
    """An entity as a JSON-ready row: id, name, label."""
    d = G.nodes[n]
    return {"id": n, "name": d.get("name"), "label": d.get("label"), **extra}


def ranked(G, scores: dict, top: int | None = 10) -> list[dict]:
    """The ``top`` entities by score (ties by name, then id), with their number of neighbours.

    >>> U = undirected(example_graph())
    >>> [(r["name"], r["degree"]) for r in ranked(U, degree_centrality(U), top=2)]
    [('哈拉沁苗圃', 3), ('乌素图', 2)]
    """
    U = undirected(G)
    order = sorted(scores, key=lambda n: (-scores[n], U.nodes[n].get("name") or "", n))
    return [node_row(U, n, score=round(float(scores[n]), 6), degree=U.degree(n))
            for n in islice(order, top)]


# -- centrality --------------------------------------------------------------------------------
def degree_centrality(G) -> dict:
    """Neighbours per node over the ``n - 1`` possible, on the undirected projection.

    >>> U = undirected(example_graph())
    >>> c = degree_centrality(U)
    >>> round(c[node_id(U, "哈拉沁苗圃")], 4)   # 新城区, 文化旅游业, 内蒙古大学 of 7
    0.4286
    """
    return nx.degree_centrality(undirected(G))


def betweenness_centrality(G, k: int | None = None, seed: int = SEED) -> dict:
    """Normalised betweenness on the undirected projection; estimated from ``k`` sampled sources
    (default :func:`betweenness_samples`: exact for small graphs) with a fixed seed, so a 100k-node
    graph stays feasible and results repeat.

    >>> U = undirected(example_graph())
    >>> b = betweenness_centrality(U)
    >>> max(b, key=b.get) == node_id(U, "哈拉沁苗圃")
    True
    """
    U = undirected(G)
    k = betweenness_samples(U) if k is None else k
    return nx.betweenness_centrality(U, k=k if k and k < len(U) else None, seed=seed)


def betweenness_samples(G) -> int | None:
    """How many sources :func:`betweenness_centrality` samples by default (None: exact).

    >>> betweenness_samples(nx.path_graph(100)), betweenness_samples(nx.path_graph(100_000))
    (None, 50)
    """
    n, size = len(G), len(G) + G.number_of_edges()
    if n * size <= BETWEENNESS_BUDGET:
        return None
    return min(n, max(MIN_SAMPLES, BETWEENNESS_BUDGET // size))


# -- communities -------------------------------------------------------------------------------
def communities(G, top_members: int = 5, seed: int = SEED) -> list[dict]:
    """Louvain communities of the undirected projection (fixed seed), largest first: ``size``, every
    member id in ``members``, the ``top`` members by degree and the ``labels`` mix.  Every node is in
    exactly one community (an isolated node is a community of one).

    >>> cs = communities(example_graph(), top_members=2)
    >>> sum(c["size"] for c in cs)
    8
    >>> sorted(cs[0]) == ["id", "labels", "members", "size", "top"]
    True
    """
    U = undirected(G)
    if not len(U):
        return []
    found = nx.community.louvain_communities(U, seed=seed)
    out = []
    for members in found:
        ranked_members = sorted(members, key=lambda n: (-U.degree(n), U.nodes[n].get("name") or "", n))
        labels = Counter(U.nodes[n].get("label") for n in members)
        out.append({"size": len(members), "members": sorted(members),
                    "top": [node_row(U, n, degree=U.degree(n)) for n in ranked_members[:top_members]],
                    "labels": dict(sorted(labels.items(), key=lambda kv: (-kv[1], kv[0])))})
    out.sort(key=lambda c: (-c["size"], c["top"][0]["name"] or "", c["top"][0]["id"]))
    for i, c in enumerate(out, 1):
        c["id"] = i
    return out


def community_of(cs: list[dict], node: str) -> dict | None:
    """The community (from :func:`communities`) holding ``node``."""
    return next((c for c in cs if node in c["members"]), None)


# -- districts and bridges ---------------------------------------------------------------------
def districts(G, city: str = CITY, gazetteer: dict | None = None) -> list[str]:
    """Place nodes that are districts of ``city``: of a district kind (区/县/旗) and located directly
    in the city, in the graph or in the ``gazetteer`` ({name: (kind, parent)}; default the project's,
    data/lexicons/gazetteer.csv).  Without the city anywhere, every Place of a district kind.

    >>> U = undirected(example_graph())
    >>> sorted(U.nodes[d]["name"] for d in districts(example_graph(), gazetteer={}))
    ['回民区', '新城区']
    """
    D = _directed(G)
    gaz = _gazetteer() if gazetteer is None else gazetteer
    cities = {n for n, d in D.nodes(data=True) if d.get("label") == "Place" and city in _names(d)}
    out = []
    for n, d in D.nodes(data=True):
        if d.get("label") != "Place":
            continue
        g_kind, g_parent = gaz.get(d.get("name"), (None, None))
        if (d.get("kind") or g_kind or "") not in DISTRICT_KINDS:
            continue
        in_city = g_parent == city or any(v in cities for _, v, k in D.out_edges(n, keys=True)
                                          if k == "LOCATED_IN")
        if in_city or not (cities or any(parent == city for _, parent in gaz.values())):
            out.append(n)
    return sorted(out, key=lambda n: (D.nodes[n]["name"], n))


@functools.lru_cache(maxsize=1)
def _gazetteer() -> dict:
    """{name: (kind, parent)} from the project's gazetteer; {} if it cannot be read."""
    try:
        from loaders.lexicon import load_lexicon
        return {p.name: (p.kind, p.parent) for p in load_lexicon().places.values()}
    except Exception:   # analytics must work on a database alone
        return {}


def district_bridges(G, city: str = CITY, max_via: int = 3) -> list[dict]:
    """Entities linked to two or more districts of ``city``: through their LOCATED_IN chain (a
    project in a village in 回民区), or through a neighbour that lies in a district (an industry
    supported by a project in 新城区).  The city and places containing districts are left out.

    Each row: id, name, label, ``districts`` (names) and ``links`` (per district up to ``max_via``
    ways it is reached: the relation and the path of names to the district); most districts first.

    >>> [(b["name"], b["districts"]) for b in district_bridges(example_graph())]
    [('文化旅游业', ['回民区', '新城区'])]
    """
    D = _directed(G)
    U = undirected(D)
    ds = districts(D, city)
    dset = set(ds)
    # home[x][d]: the LOCATED_IN path from x up to district d (a district is its own home); a
    # reverse walk from each district that does not pass through another district
    home: dict[str, dict[str, list[str]]] = defaultdict(dict)
    for d in ds:
        home[d][d] = [d]
        todo = [d]
        while todo:
            up = todo.pop()
            for x, _, k in D.in_edges(up, keys=True):
                if k == "LOCATED_IN" and x not in dset and d not in home[x]:
                    home[x][d] = [x] + home[up][d]
                    todo.append(x)
    up = _located_in(D)
    containers = {n for d in ds for n in nx.descendants(up, d)} | dset
    rows = []
    for x in D:
        if x in containers:
            continue
        links: dict[str, list[dict]] = defaultdict(list)
        for d, path in home.get(x, {}).items():
            links[d].append({"how": "LOCATED_IN", "path": [D.nodes[p]["name"] for p in path[1:]]})
        for nb in U[x]:
            for rel, src in U[x][nb]["rels"]:
                if rel == "LOCATED_IN" and src == x:
                    continue    # x's own chain is counted above
                for d, path in home.get(nb, {}).items():
                    if d in home.get(x, {}) and rel == "LOCATED_IN":
                        continue   # something located in x: same district as x
                    links[d].append({"how": rel, "via": D.nodes[nb]["name"],
                                     "path": [D.nodes[p]["name"] for p in path]})
        if len(links) < 2:
            continue
        names = {d: D.nodes[d]["name"] for d in links}
        rows.append(node_row(D, x, districts=sorted(names.values()),
                             links={names[d]: sorted(v, key=lambda L: (len(L["path"]), L["path"]))[:max_via]
                                    for d, v in sorted(links.items(), key=lambda kv: names[kv[0]])},
                             weight=sum(len(v) for v in links.values())))
    rows.sort(key=lambda r: (-len(r["districts"]), -r["weight"], r["name"] or "", r["id"]))
    return rows


def structural_bridges(G, min_side: int = 2) -> list[dict]:
    """networkx ``bridges`` of the undirected projection whose removal cuts off at least
    ``min_side`` nodes (an edge to a leaf is a bridge too, but says little); largest cut first.

    >>> [(b["source"]["name"], b["target"]["name"], b["cut_off"])
    ...  for b in structural_bridges(example_graph(), min_side=1)]
    [('哈拉沁苗圃', '内蒙古大学', 1)]
    """
    U = undirected(G)
    found = list(nx.bridges(U))
    if not found:
        return []
    H = nx.Graph(U)
    H.remove_edges_from(found)
    comp, size = {}, []
    for i, c in enumerate(nx.connected_components(H)):
        size.append(len(c))
        for n in c:
            comp[n] = i
    T = nx.Graph()   # the bridge tree: 2-edge-connected components joined by bridges
    for u, v in found:
        T.add_edge(comp[u], comp[v], bridge=(u, v))
    below: dict[int, int] = {}
    side: dict[tuple, tuple[int, int]] = {}
    for tree in nx.connected_components(T):
        root = min(tree)
        total = sum(size[c] for c in tree)
        parent = nx.dfs_predecessors(T, root)
        for c in nx.dfs_postorder_nodes(T, root):
            below[c] = size[c] + sum(below[ch] for ch in T[c] if parent.get(ch) == c)
            if c != root:
                side[T[c][parent[c]]["bridge"]] = (below[c], total - below[c])
    rows = []
    for (u, v), (a, b) in side.items():
        cut = min(a, b)
        if cut < min_side:
            continue
        rels = sorted(U[u][v]["rels"])
        u, v = (u, v) if rels[0][1] == u else (v, u)   # as the relation points
        rows.append({"source": node_row(U, u), "target": node_row(U, v), "cut_off": cut,
                     "rels": sorted({r for r, _ in rels})})
    rows.sort(key=lambda r: (-r["cut_off"], r["source"]["name"] or "", r["target"]["name"] or ""))
    return rows


# -- paths -------------------------------------------------------------------------------------
def _norm(s: str | None) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", s or "").casefold() if not ch.isspace())


def resolve(G, name: str) -> list[str]:
    """Node ids for an id, a name or an alias (NFKC, case and spaces ignored), best match first.

    >>> U = undirected(example_graph())
    >>> [U.nodes[n]["name"] for n in resolve(U, "呼市")]
    ['呼和浩特市']
    """
    if name in G:
        return [name]
    q = _norm(name)
    exact = [n for n, d in G.nodes(data=True) if _norm(d.get("name")) == q]
    if exact:
        return sorted(exact)
    return sorted(n for n, d in G.nodes(data=True) if any(_norm(a) == q for a in d.get("aliases") or ()))


def node_id(G, name: str) -> str:
    """The one node called ``name`` (or with it as alias); ValueError if none."""
    found = resolve(G, name)
    if not found:
        raise ValueError(f"no entity named {name!r}")
    return found[0]


def shortest_paths(G, a: str, b: str, k: int = 5) -> list[list[dict]]:
    """Up to ``k`` shortest undirected paths between two entities given by id, name or alias.

    Each path is a list of steps {id, name, label, rel, forward}: ``rel`` is the relation that led to
    the step (None for the first) and ``forward`` whether it points along the path.  [] when no path
    links them; ValueError when a name is unknown.

    >>> p = shortest_paths(example_graph(), "乌素图", "内蒙古大学")[0]
    >>> " ".join(s["name"] if s["rel"] is None else f'-{s["rel"]}- {s["name"]}' for s in p)
    '乌素图 -LOCATED_IN- 乌素图杏花节 -SUPPORTS- 文化旅游业 -SUPPORTS- 哈拉沁苗圃 -INVOLVES- 内蒙古大学'
    """
    U = undirected(G)
    sources, targets = resolve(U, a), resolve(U, b)
    for end, found in ((a, sources), (b, targets)):
        if not found:
            raise ValueError(f"no entity named {end!r}")
    best, pairs = None, []
    for s in sources:
        lengths = nx.single_source_shortest_path_length(U, s)
        for t in targets:
            if t in lengths and t != s:
                if best is None or lengths[t] < best:
                    best, pairs = lengths[t], [(s, t)]
                elif lengths[t] == best:
                    pairs.append((s, t))
    out = []
    for s, t in pairs:
        for path in nx.all_shortest_paths(U, s, t):
            steps = [node_row(U, path[0], rel=None, forward=None)]
            for u, v in zip(path, path[1:]):
                rel, src = sorted(U[u][v]["rels"])[0]
                steps.append(node_row(U, v, rel=rel, forward=src == u))
            out.append(steps)
            if len(out) >= k:
                return out
    return out


# -- everything at once ------------------------------------------------------------------------
def analyze(graph: GraphData, top: int = 10) -> dict:
    """Every measure above on a graph, as a JSON-serialisable dict (lists cut to ``top``).

    >>> r = analyze(example_graph(), top=3)
    >>> sorted(r)
    ['betweenness', 'bridges', 'communities', 'degree', 'district_bridges', 'graph']
    >>> r["district_bridges"]["entities"][0]["name"], r["graph"]["components"]
    ('文化旅游业', 1)
    """
    G = to_networkx(graph)
    U = undirected(G)
    comps = [len(c) for c in nx.connected_components(U)]
    k = betweenness_samples(U)
    cs = communities(U)
    db = district_bridges(G)
    br = structural_bridges(U)
    return {
        "graph": {"nodes": U.number_of_nodes(), "edges": G.number_of_edges(), "linked_pairs": U.number_of_edges(),
                  "labels": dict(sorted(Counter(d["label"] for _, d in U.nodes(data=True)).items())),
                  "relations": dict(sorted(Counter(k for _, _, k in G.edges(keys=True)).items())),
                  "components": len(comps), "largest_component": max(comps, default=0),
                  "isolated": nx.number_of_isolates(U), "relations_used": list(DEFAULT_RELS)},
        "degree": ranked(U, degree_centrality(U), top),
        "betweenness": {"sampled_sources": k, "seed": SEED if k else None,
                        "top": ranked(U, betweenness_centrality(U, k=k), top)},
        "communities": {"count": len(cs), "singletons": sum(1 for c in cs if c["size"] == 1),
                        "modularity": round(nx.community.modularity(U, [c["members"] for c in cs]), 6)
                        if U.number_of_edges() else 0.0,
                        "top": [{key: c[key] for key in ("id", "size", "labels", "top")} for c in cs[:top]]},
        "district_bridges": {"city": CITY, "districts": [U.nodes[d]["name"] for d in districts(G)],
                             "count": len(db), "entities": db[:top]},
        "bridges": {"count": sum(1 for _ in nx.bridges(U)) if U.number_of_edges() else 0,
                    "cutting_off_two_or_more": len(br), "top": br[:top]},
    }


# -- command line ------------------------------------------------------------------------------
def main(args) -> int:
    """``python -m graph analyze [--db PATH | --neo4j URI] [--top N] [--json]``."""
    if getattr(args, "neo4j", None):
        try:
            from graph.neo4j_store import Neo4jStore
        except ImportError:
            print("error: Neo4j support (graph/neo4j_store.py) is not available", file=sys.stderr)
            return 1
        store = Neo4jStore.from_env(args.neo4j)
    else:
        from graph.store import LadybugStore
        store = LadybugStore(args.db, read_only=True)
    from graph.readback import load_graph
    t0 = time.perf_counter()
    with store:
        graph = load_graph(store)
    t1 = time.perf_counter()
    result = analyze(graph, top=getattr(args, "top", 10) or 10)
    t2 = time.perf_counter()
    if getattr(args, "json", False):
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(report(result))
    print(f"read {t1 - t0:.2f} s, analysed {t2 - t1:.2f} s", file=sys.stderr)
    return 0


def report(r: dict) -> str:
    """Readable tables of an :func:`analyze` result."""
    from graph.ontology import NODE_TYPES

    def kind(label):
        return f"{NODE_TYPES[label].zh}/{label}" if label in NODE_TYPES else str(label)

    g = r["graph"]
    lines = [f"graph: {g['nodes']} entities, {g['edges']} relations ({g['linked_pairs']} linked pairs), "
             f"{g['components']} components (largest {g['largest_component']}, {g['isolated']} isolated)",
             "relations: " + ", ".join(f"{k} {v}" for k, v in g["relations"].items()), ""]

    def table(title, rows):
        lines.append(title)
        lines.append(f"  {'#':>3}  {'score':>8}  {'deg':>4}  {'type':<18}name")
        for i, row in enumerate(rows, 1):
            lines.append(f"  {i:>3}  {row['score']:>8.4f}  {row['degree']:>4}  {kind(row['label']):<18}{row['name']}")
        lines.append("")

    table("top entities by degree centrality", r["degree"])
    b = r["betweenness"]
    table("top entities by betweenness" + (f" (estimated from {b['sampled_sources']} sources, seed {b['seed']})"
                                            if b["sampled_sources"] else ""), b["top"])
    c = r["communities"]
    lines.append(f"communities (louvain, seed {SEED}): {c['count']}, {c['singletons']} of one entity, "
                 f"modularity {c['modularity']:.3f}")
    for com in c["top"]:
        mix = ", ".join(f"{k} {v}" for k, v in com["labels"].items())
        members = "、".join(m["name"] for m in com["top"])
        lines.append(f"  #{com['id']:<3} size {com['size']:>4}  [{mix}]  {members}")
    lines.append("")
    d = r["district_bridges"]
    lines.append(f"district bridges: {d['count']} entities linked to two or more districts of {d['city']} "
                 f"({'、'.join(d['districts']) or 'no districts found'})")
    for row in d["entities"]:
        how = "; ".join(f"{dist}: " + ", ".join(f"{L['how']} " + "→".join(L["path"]) for L in links)
                        for dist, links in row["links"].items())
        lines.append(f"  {kind(row['label']):<18}{row['name']}  ({how})")
    lines.append("")
    br = r["bridges"]
    lines.append(f"bridges: {br['count']} edges whose removal splits the graph; "
                 f"{br['cutting_off_two_or_more']} cut off two or more entities")
    for row in br["top"]:
        lines.append(f"  {row['source']['name']} —{'/'.join(row['rels'])}— {row['target']['name']}  "
                     f"(cuts off {row['cut_off']})")
    return "\n".join(lines)


# -- helpers -----------------------------------------------------------------------------------
def _directed(G) -> nx.MultiDiGraph:
    if isinstance(G, GraphData):
        return to_networkx(G)
    if not G.is_directed():
        raise TypeError("district analysis needs the directed graph from to_networkx()")
    return G


def _located_in(D) -> nx.DiGraph:
    """The LOCATED_IN relation alone, pointing up (child → parent)."""
    L = nx.DiGraph()
    L.add_nodes_from(D)
    L.add_edges_from((u, v) for u, v, k in D.edges(keys=True) if k == "LOCATED_IN")
    return L


def _names(d: dict) -> set[str]:
    return {d.get("name"), *(d.get("aliases") or ())}
