"""What every extractor uses to add an entity or a relation with its evidence.

One way to name things: a surface form becomes a canonical name through
:func:`canonical_name` (NFKC, quotes and spaces stripped, lexicon aliases), and
the node id is ``stable_id(label, canonical name)``, so the same thing found by
two extractors, or in two plans, is one node.

>>> from loaders.read import Document
>>> from loaders.segment import segment
>>> from loaders.pipeline import PlanContext
>>> from graph.model import GraphData
>>> from pathlib import Path
>>> text = "第一章 总则\\n乌素图位于呼市回民区。\\n"
>>> ctx = PlanContext(Document("p", Path("p.txt"), text, "utf-8", "0" * 64, {}), segment(text, "p"), GraphData())
>>> a = add_entity(ctx, "Place", "呼市", text.index("呼市"), extractor="doc")
>>> a.name, a.mentions[0].text
('呼和浩特市', '呼市')
>>> b = add_entity(ctx, "Place", "乌素图", text.index("乌素图"), extractor="doc")
>>> s = text.index("乌素图")
>>> e = add_relation(ctx, b, a, "LOCATED_IN", s, s + 11, extractor="doc", confidence=0.8)
>>> e.evidence[0].text
'乌素图位于呼市回民区。'
"""
from __future__ import annotations

import bisect
import functools
import re
import unicodedata
import weakref
from typing import Any, Iterable

from graph.model import Edge, Evidence, GraphData, Node, stable_id
from loaders.lexicon import load_lexicon

_STRIP = re.compile(r"[\s\"'“”‘’「」『』《》〈〉()（）\[\]【】]")


@functools.lru_cache(maxsize=1 << 16)
def clean(name: str) -> str:
    """Normalise a surface form for comparison: NFKC, no quotes, brackets or spaces.

    >>> clean("“强首府” 工程")
    '强首府工程'
    """
    return _STRIP.sub("", unicodedata.normalize("NFKC", name))


def canonical_name(label: str, surface: str) -> str:
    """The name a node of ``label`` found as ``surface`` is stored under."""
    lex = load_lexicon()
    name = surface.strip()
    resolved = lex.canonical(label, name)
    if resolved == name:
        resolved = lex.canonical(label, clean(name))
    return resolved


def add_entity(ctx, label: str, surface: str, start: int | None = None, end: int | None = None, *,
               extractor: str = "", props: dict | None = None, aliases=(), name: str | None = None) -> Node:
    """Add (or find) the entity and record the mention ``text[start:end]``.

    ``surface`` is the text as written; ``name`` overrides the canonical name when
    the extractor knows better (e.g. a 专栏 item's full project name).
    """
    canonical = name or canonical_name(label, surface)
    node = ctx.graph.add_node(label, canonical, node_id=_stable_id(label, canonical), props=props, aliases=aliases)
    if clean(surface) != clean(canonical):
        node.add_alias(surface.strip())
    if start is not None:
        end = start + len(surface) if end is None else end
        _add_mention(ctx.graph, node, ctx.evidence(start, end, ctx.section_at(start)))
    return node


#: stable_id is a SHA-1 per call and add_entity runs per mention; the same names recur all through a plan
_stable_id = functools.lru_cache(maxsize=1 << 16)(stable_id)


#: the graph being extracted and, per node id, (node, the set of its mentions, how many mentions the set
#: has seen).  ``Node.add_mention`` scans the list (``ev not in self.mentions``), which is quadratic in a
#: node's mentions: a synthetic plan mentions its own district thousands of times and that scan was a
#: third of extraction.  A set gives the same answer by hash (Evidence is a frozen dataclass).  Only the
#: latest graph is indexed (plans are extracted one at a time), so memory stays one plan's worth.
_MENTION_INDEX: list = [None, {}]


def _add_mention(graph: GraphData, node: Node, ev: Evidence) -> None:
    """``node.add_mention(ev)`` in O(1): append unless the node already holds an equal mention."""
    ref, sets = _MENTION_INDEX
    if ref is None or ref() is not graph:
        sets = {}
        _MENTION_INDEX[:] = [weakref.ref(graph), sets]
    got = sets.get(node.id)
    if got is None or got[0] is not node or got[2] != len(node.mentions):
        # first time, or someone else appended to the list (relations, goals): resynchronise
        got = (node, set(node.mentions), len(node.mentions))
    seen = got[1]
    if ev not in seen:
        seen.add(ev)
        node.mentions.append(ev)
    sets[node.id] = (node, seen, len(node.mentions))


def add_relation(ctx, source: Node, target: Node, rel_type: str, start: int, end: int, *,
                 extractor: str, confidence: float, props: dict | None = None) -> Edge | None:
    """Add an edge citing ``text[start:end]`` (usually the sentence); None for self-loops."""
    if source.id == target.id:
        return None
    return ctx.graph.add_edge(source.id, target.id, rel_type,
                              evidence=ctx.evidence(start, end, ctx.section_at(start)),
                              props=props, extractor=extractor, confidence=confidence)


class SpanIndex:
    """Spans ``(start, end, payload)`` of a plan, asked which of them overlap a stretch.

    Exact, in O(log n + k): a span overlapping [a, b) starts before b and no more than the longest span's
    length before a.

    >>> idx = SpanIndex([(0, 40, "long"), (50, 53, "x"), (60, 62, "y")])
    >>> [p for _, _, p in idx.overlapping(30, 52)]
    ['long', 'x']
    >>> idx.overlapping(62, 70)
    []
    """

    def __init__(self, spans: Iterable[tuple[int, int, Any]]) -> None:
        self.spans = sorted(spans, key=lambda s: (s[0], s[1]))
        self.starts = [s[0] for s in self.spans]
        self.longest = max((s[1] - s[0] for s in self.spans), default=0)

    def overlapping(self, a: int, b: int) -> list[tuple[int, int, Any]]:
        lo = bisect.bisect_left(self.starts, a - self.longest)
        return [s for s in self.spans[lo:bisect.bisect_left(self.starts, b)] if s[1] > a]


__all__ = ["clean", "canonical_name", "add_entity", "add_relation", "GraphData", "SpanIndex"]
