"""The loader pipeline: read → segment → extract → resolve, one plan at a time.

Each step is a small function over a :class:`PlanContext`, so each can be tested
alone.  Extractors live in :mod:`loaders.extract` and register themselves in
``EXTRACTORS``; resolution (one node per real thing across plans) is
:func:`loaders.resolve.resolve_graphs`, run over the per-plan graphs by :mod:`graph.build`.

>>> from loaders.read import Document
>>> from pathlib import Path
>>> doc = Document("p1", Path("p1.txt"), "第一章 总则\\n回民区发展。\\n", "utf-8", "0" * 64, {"place": ""})
>>> g = plan_graph(doc, steps=[])     # structure only; extractors add entities
>>> sorted(n.label for n in g.nodes.values())
['Plan', 'Section']
"""
from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass
from typing import Callable, Iterable

from graph.model import Evidence, GraphData
from loaders.read import Document
from loaders.segment import Segmented, segment


@dataclass
class PlanContext:
    """What an extractor sees: the document, its segmentation and the plan's graph."""

    doc: Document
    seg: Segmented
    graph: GraphData

    @property
    def plan_id(self) -> str:
        return self.doc.id

    def evidence(self, start: int, end: int, section: str | None) -> Evidence:
        return Evidence(self.doc.id, section, start, end, self.doc.text[start:end])

    @functools.cached_property
    def _section_index(self):
        ordered = sorted(self.seg.sections, key=lambda s: (s.start, s.level))
        by_id = {s.id: s for s in ordered}
        return [s.start for s in ordered], ordered, by_id

    def section_at(self, offset: int) -> str | None:
        """The innermost section containing an offset (O(log n): extractors call it per mention).

        The last section starting at or before the offset is the innermost one or a
        descendant of it that has already ended, so walking up its parents finds it.
        """
        starts, ordered, by_id = self._section_index
        i = bisect.bisect_right(starts, offset) - 1
        s = ordered[i] if i >= 0 else None
        while s is not None and not (s.start <= offset < max(s.end, s.start + 1)):
            s = by_id.get(s.parent) if s.parent else None
        return s.id if s else None


def add_structure(ctx: PlanContext) -> None:
    """Plan and Section nodes, PART_OF edges."""
    doc = ctx.doc
    meta = doc.meta
    ctx.graph.add_node("Plan", meta.get("title") or doc.file, node_id=doc.id, props={
        "title": meta.get("title"), "place": meta.get("place"), "issuer": meta.get("issuer"),
        "year": meta.get("year"), "period": meta.get("period"), "kind": meta.get("kind"),
        "file": doc.file, "sha256": doc.sha256, "encoding": doc.encoding, "text": doc.text})
    for s in ctx.seg.sections:
        ctx.graph.add_node("Section", s.title or s.label, node_id=s.id, props={
            "plan": doc.id, "kind": s.kind, "path": s.path, "title": s.title, "ordinal": s.ordinal,
            "level": s.level, "start": s.start, "end": s.end})
        ctx.graph.add_edge(s.id, s.parent or doc.id, "PART_OF")


Extractor = Callable[[PlanContext], None]


def extractors() -> list[Extractor]:
    """The registered extractors, in order (imported late so loaders stay light)."""
    try:
        from loaders.extract import EXTRACTORS
    except ModuleNotFoundError as err:
        if err.name != "loaders.extract":
            raise     # an extractor that fails to import must fail the build, not empty it
        return []
    return list(EXTRACTORS)


def plan_graph(doc: Document, steps: Iterable[Extractor] | None = None) -> GraphData:
    """The graph of one plan: structure plus everything the extractors find."""
    ctx = PlanContext(doc, segment(doc.text, doc.id), GraphData())
    add_structure(ctx)
    for step in (extractors() if steps is None else steps):
        step(ctx)
    return ctx.graph
