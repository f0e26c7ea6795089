"""Resolution: one node per real thing across plans, whatever order the plans come in.

Per-plan graphs are extracted (and cached) separately; here they are merged and
entities that are the same thing become one node:

- names equal after :func:`~loaders.extract.common.clean` and the lexicon's aliases
  (呼市一中 → 呼和浩特市第一中学, 科技城片区 → 科技城);
- a node whose name is another node's alias (a long form an extractor recorded);
- conservative plan-language rules: an event's edition (第四届乌素图杏花节 → 乌素图杏花节),
  a project written with or without 项目, a place with or without 村/镇/苏木 when the
  gazetteer has it under the other form.

The merged node keeps the canonical name's id (``stable_id(label, name)``), unions
aliases, mentions and properties; edges are re-pointed, their evidence merged, and
self-loops dropped.  Inputs are put in a canonical order first, so the result does
not depend on the order of the plans; the cost is a sort plus linear passes.

>>> from graph.model import GraphData, stable_id
>>> a, b = GraphData(), GraphData()
>>> _ = a.add_node("Project", "第四届乌素图杏花节")
>>> _ = b.add_node("Project", "乌素图杏花节")
>>> _ = b.add_node("Organization", "呼市一中")
>>> g = resolve_graphs([a, b])
>>> sorted(n.name for n in g.nodes.values())
['乌素图杏花节', '呼和浩特市第一中学']
>>> g.nodes[stable_id("Project", "乌素图杏花节")].aliases
['第四届乌素图杏花节']
"""
from __future__ import annotations

import re
from itertools import chain

from graph.model import Edge, Evidence, GraphData, Node, edge_key, stable_id
from graph.ontology import ENTITY_LABELS
from loaders.extract.common import clean
from loaders.lexicon import load_lexicon

#: an event's edition or year is not part of what it is: 第四届/2023年第四届 乌素图杏花节
EDITION_RE = re.compile(r"^(\d{4}年(度)?)?(第[0-9一二三四五六七八九十百零〇两]+(届|次|期))")
EVENT_YEAR_RE = re.compile(r"^\d{4}年(度)?(?=.{2,}(节|会|赛|展|周|季|论坛)$)")
#: 项目/工程 at the end of a project's name is how plans list it, not a different project
PROJECT_TAIL_RE = re.compile(r"(建设)?项目$")
#: names of events (festivals, fairs, races): distinctive enough to resolve by their bare name
EVENT_TAIL_RE = re.compile(r"(节|会|赛|展|周|季|论坛|嘉年华|那达慕)$")
#: place suffixes and the gazetteer kinds that say the bare name is that kind of place
PLACE_SUFFIX_KINDS = {
    "村": {"village", "gacha", "administrative_village", "natural_village"},
    "嘎查": {"gacha", "village"},
    "镇": {"town"},
    "乡": {"township"},
    "苏木": {"sumu", "township"},
    "街道": {"subdistrict", "street"},
    # a route's bare ends (呼和浩特至凉城高速公路): 凉城 is 凉城县, 鄂尔多斯 is 鄂尔多斯市
    "县": {"county"},
    "旗": {"banner"},
    "市": {"city"},
    "区": {"district"},
}


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        root = x
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        while self.parent.get(x, x) != root:      # path compression
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # the smaller id becomes the root: the partition, not the root, matters, but keep it stable
            if rb < ra:
                ra, rb = rb, ra
            self.parent[rb] = ra


def normal_name(label: str, name: str) -> str:
    """The name a node is known by after cleaning, lexicon aliases and the edition rule.

    >>> normal_name("Project", "第四届乌素图“杏花节”")
    '乌素图杏花节'
    >>> normal_name("Place", "科技城片区")
    '科技城'
    """
    lex = load_lexicon()
    c = clean(name)
    out = lex.canonical(label, name.strip())
    if out == name.strip():
        out = lex.canonical(label, c)
    if label == "Project":
        stripped = EVENT_YEAR_RE.sub("", EDITION_RE.sub("", out))
        if len(stripped) >= 2 and stripped != out:
            out = lex.canonical(label, stripped)
    if label == "Place" and lex.place(out) is None:
        out = _place_by_suffix(out)
    return out


def _place_by_suffix(name: str) -> str:
    """保合少镇 ↔ 保合少: only when the gazetteer has the other form as that kind of place."""
    lex = load_lexicon()
    for suffix, kinds in PLACE_SUFFIX_KINDS.items():
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            entry = lex.place(name[:-len(suffix)])
            if entry is not None and (entry.kind in kinds or name in entry.aliases):
                return entry.name
        entry = lex.place(name + suffix)
        if entry is not None and entry.kind in kinds:
            return entry.name
    return name


def group_key(label: str, name: str) -> str:
    """What two names of one label must share to be one thing (项目 at the end does not count)."""
    n = normal_name(label, name)
    if label == "Project":
        bare = PROJECT_TAIL_RE.sub("", n)
        if len(bare) >= 3:
            return bare
    return n


def _bare_events(members: dict[str, list[Node]], info: dict, uf: _UnionFind,
                 mentioned: dict[str, dict[str, int]]) -> list[tuple[str, str]]:
    """杏花节 is 乌素图杏花节 when that is the only place-named 杏花节 and the plan names the place too.

    Plans drop the place from an event's name once the place is clear from context; an event is
    distinctive enough that one place-named event with that name, in a plan that mentions the
    place, is the same event.  Returns the pairs to merge (computed before any is merged).
    """
    place_of: dict[str, str] = {}
    for nid, (label, name, normal) in info.items():
        if label == "Place":
            for s in (normal, name, *members[nid][0].aliases):
                place_of.setdefault(clean(s), nid)
    longs: dict[str, set[tuple[str, str]]] = {}
    for nid, (label, name, normal) in info.items():
        if label != "Project" or not EVENT_TAIL_RE.search(normal):
            continue
        for k in range(2, min(12, len(normal) - 1)):
            place = place_of.get(normal[:k])
            if place is not None:
                longs.setdefault(normal[k:], set()).add((uf.find(nid), place))

    def plans(nid: str) -> set[str]:
        return {m.plan for n in members[nid] for m in n.mentions} | set(mentioned.get(nid, ()))

    pairs = []
    for nid, (label, name, normal) in sorted(info.items()):
        found = longs.get(normal) if label == "Project" else None
        if not found or len({root for root, _ in found}) != 1:
            continue
        (root, place), = sorted(found)[:1]
        if uf.find(nid) != root and plans(nid) & plans(place):
            pairs.append((root, nid))
    return pairs


def _own_key(node: Node) -> bool:
    """Whether the node's id was derived from its name (an extractor that chose its own key meant it)."""
    return node.id == stable_id(node.label, node.name)


def _canonical_order(graphs: list[GraphData]) -> list[GraphData]:
    def key(g: GraphData):
        plans = tuple(sorted(n.id for n in g.nodes.values() if n.label == "Plan"))
        return (plans, len(g.nodes), len(g.edges), tuple(sorted(g.nodes)[:3]))
    return sorted(graphs, key=key)


def resolve_graphs(graphs: list[GraphData], mentioned: dict[str, dict[str, int]] | None = None,
                   remap_out: dict[str, str] | None = None, *, consume: bool = False) -> GraphData:
    """Merge per-plan graphs into one graph with one node per real thing (see module doc).

    ``mentioned`` counts, per node id and plan, mentions taken out of the graphs beforehand
    (:func:`graph.mentions.split_mentions`): resolution weighs a node by its mentions.
    ``remap_out``, when given, receives every changed id (old id -> resolved id), so mentions
    kept elsewhere can follow.  ``consume`` lets the result reuse (and change) the input graphs'
    nodes and edges instead of copying them: a build drops the per-plan graphs afterwards, and
    a copy of every node and edge of a region's plans would double the build's memory.
    """
    graphs = _canonical_order(list(graphs))
    mentioned = mentioned or {}
    lex = load_lexicon()

    # 1. every node id once, with everything the plans say about it
    members: dict[str, list[Node]] = {}
    for g in graphs:
        for node in g.nodes.values():
            members.setdefault(node.id, []).append(node)

    # 2. which ids are one thing: same (label, key) of a name; a name equal to another's alias
    uf = _UnionFind()
    by_key: dict[tuple[str, str], str] = {}
    info: dict[str, tuple[str, str, str]] = {}      # id -> (label, name, normal name)
    for nid in sorted(members):
        first = members[nid][0]
        if first.label not in ENTITY_LABELS or not _own_key(first):
            continue
        normal = normal_name(first.label, first.name)
        info[nid] = (first.label, first.name, normal)
        k = (first.label, group_key(first.label, first.name))
        if k in by_key:
            uf.union(by_key[k], nid)
        else:
            by_key[k] = nid
    for nid in sorted(info):
        label = info[nid][0]
        for node in members[nid]:
            for alias in node.aliases:
                other = by_key.get((label, group_key(label, alias)))
                if other is not None:
                    uf.union(other, nid)

    for a, b in _bare_events(members, info, uf, mentioned):
        uf.union(a, b)

    groups: dict[str, list[str]] = {}
    for nid in info:
        groups.setdefault(uf.find(nid), []).append(nid)

    # 3. the canonical member of each group and the id everything maps to
    remap: dict[str, str] = {}
    canonical_of: dict[str, tuple[str, str]] = {}   # new id -> (label, name)
    best_of: dict[str, str] = {}                     # new id -> the member whose props come first
    for ids in groups.values():
        if len(ids) == 1 and info[ids[0]][1] == info[ids[0]][2]:
            continue
        label = info[ids[0]][0]

        def rank(nid: str):
            _, name, normal = info[nid]
            known = lex.canonical(label, normal) == normal and (
                normal in lex.places or normal in lex.industries or (label, normal) in _canonical_values(lex))
            mentions = sum(len(n.mentions) for n in members[nid]) + sum(mentioned.get(nid, {}).values())
            return (not known, name != normal, -mentions, -len(normal), normal, nid)

        best = min(ids, key=rank)
        name = info[best][2]
        new_id = stable_id(label, name)
        for nid in ids:
            remap[nid] = new_id
        canonical_of[new_id] = (label, name)
        best_of[new_id] = best
    if remap_out is not None:
        remap_out.update((old, new) for old, new in remap.items() if old != new)

    # 4. merged nodes: canonical order of inputs, so "first one wins" is order-independent
    out = GraphData()
    merged: dict[str, Node] = {}
    mention_sets: dict[str, list] = {}     # per merged node, the mention lists of its parts
    order = sorted(members, key=lambda i: (best_of.get(remap.get(i, i), i) != i, i))
    for nid in order:
        target = remap.get(nid, nid)
        for node in members[nid]:
            m = merged.get(target)
            if m is None:
                label, name = canonical_of.get(target, (node.label, node.name))
                if consume and node.id == target and node.name == name:
                    m = merged[target] = node
                else:
                    m = merged[target] = Node(target, label, name, node.name_en)
                mention_sets[target] = []
            if node.name != m.name:
                m.add_alias(node.name)
            for a in node.aliases:
                m.add_alias(a)
            for k, v in node.props.items():
                if v is not None and m.props.get(k) in (None, ""):
                    m.props[k] = v
            if node.name_en and not m.name_en:
                m.name_en = node.name_en
            mention_sets[target].append(node.mentions)
    for nid in sorted(merged):
        node = merged[nid]
        # a hard-wrapped line can break an alias as written (首\n府): keep it without the break
        node.aliases = sorted({"".join(a.split()) for a in node.aliases} - {node.name, ""})
        node.mentions = _union(mention_sets[nid])
        out.nodes[nid] = node

    # 5. edges re-pointed, evidence merged, self-loops dropped; an edge one plan states and another only
    # infers (its project put in the plan's place, a gazetteer parent) keeps the stating evidence alone
    inferred = _inferred_extractors()
    edges: dict[tuple[str, ...], Edge] = {}
    ev_lists: dict[tuple[str, ...], list] = {}
    for g in graphs:
        for e in g.edges.values():
            s, t = remap.get(e.source, e.source), remap.get(e.target, e.target)
            if s == t:
                continue
            key = edge_key(s, e.type, t, e.props)
            mine = edges.get(key)
            if mine is None:
                if consume:
                    e.source, e.target = s, t
                    mine = edges[key] = e
                else:
                    mine = edges[key] = Edge(s, t, e.type, dict(e.props), [], e.extractor, e.confidence)
                ev_lists[key] = []
            else:
                for k, v in e.props.items():
                    if v is not None and mine.props.get(k) in (None, ""):
                        mine.props[k] = v
                # the surest rule wins; ties go to the alphabetically first, whatever the input order
                # (a stated edge beats an inferred one, so the kept extractor says the text states it)
                rank, mine_rank = (e.extractor not in inferred, e.confidence), (mine.extractor not in inferred,
                                                                                mine.confidence)
                if rank > mine_rank or (rank == mine_rank and e.extractor < mine.extractor):
                    mine.confidence, mine.extractor = e.confidence, e.extractor
            ev_lists[key].append((e.extractor in inferred, e.evidence))
    for key in sorted(edges):
        e = edges[key]
        stated = [ev for was_inferred, ev in ev_lists[key] if not was_inferred]
        e.evidence = _union(stated or [ev for _, ev in ev_lists[key]])
        out.edges[key] = e
    return out


def _inferred_extractors() -> frozenset:
    try:
        from loaders.extract.relations import INFERRED_EXTRACTORS
    except ImportError:
        return frozenset()
    return frozenset(INFERRED_EXTRACTORS)


def _union(lists: list[list[Evidence]]) -> list[Evidence]:
    """Evidence from several graphs, once each.

    The lists arrive in the canonical order of the inputs (graphs sorted, member ids sorted), so
    concatenating them is already order-independent; no sort is needed.
    """
    if len(lists) == 1:
        return list(lists[0])
    return list(dict.fromkeys(chain.from_iterable(lists)))


_CANONICAL_CACHE: dict[int, set] = {}


def _canonical_values(lex) -> set:
    """(label, canonical) pairs the alias list names: those names are the lexicon's choice."""
    got = _CANONICAL_CACHE.get(id(lex))
    if got is None:
        got = _CANONICAL_CACHE[id(lex)] = {(label, c) for (label, _), c in lex.aliases.items()}
    return got
