"""The annotated passages as training examples: passage text, entity spans and relations.

The gold files give entity *names*, not offsets (tests/gold/README.md); this module finds where each
name (or alias) is written in its passage, tolerating what :func:`loaders.evaluate.norm` ignores
(quotes, brackets, hard-wrap breaks), so a model can learn from spans.

>>> spans = locate("建设“乌素图\\n杏花节”项目", [{"type": "Project", "name": "乌素图杏花节项目"},
...                                            {"type": "Place", "name": "乌素图"}])
>>> [(s.start, s.end, s.type) for s in spans]
[(3, 13, 'Project'), (3, 6, 'Place')]
"""
from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from loaders.evaluate import GoldPassage, _STRIP, load_gold, norm

REPO = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class GoldSet:
    """One annotated set: its name, gold folder and the plans folder its passages come from."""

    name: str
    gold: Path
    plans: Path


@dataclass(frozen=True)
class Span:
    """An entity written in a passage at [start, end) (passage-relative), with the gold name it stands for."""

    start: int
    end: int
    type: str
    name: str


@dataclass
class Example:
    """One gold passage ready for training: its set, the passage, and where its entities are written."""

    set: str
    passage: GoldPassage
    spans: list[Span]
    plan_file: Path     # the plan the passage is in (its start offsets are into that file)

    @property
    def text(self) -> str:
        return self.passage.text


@functools.lru_cache(maxsize=64)
def plan_of(path: Path):
    """A plan file's text, decoded as the gold passages' offsets count it, and its segmentation (training reads
    each plan once for every model)."""
    from loaders.read import decode
    from loaders.segment import segment
    text, _ = decode(path.read_bytes(), path)
    return text, segment(text, path.stem)


def gold_sets(root: Path = REPO) -> list[GoldSet]:
    """Every annotated set in the repository: tests/gold (over data/plans) and each tests/heldout*/.

    >>> [s.name for s in gold_sets()][:2]
    ['gold', 'heldout']
    """
    sets = [GoldSet("gold", root / "tests" / "gold", root / "data" / "plans")]
    for d in sorted((root / "tests").glob("heldout*"), key=lambda p: (len(p.name), p.name)):
        if (d / "gold").is_dir() and (d / "plans").is_dir():
            sets.append(GoldSet(d.name, d / "gold", d / "plans"))
    return sets


def _normalised(text: str) -> tuple[str, list[int]]:
    """The passage as :func:`norm` sees it, with the original offset of every kept character."""
    out, where = [], []
    for i, ch in enumerate(text):
        for c in unicodedata.normalize("NFKC", ch):
            if not _STRIP.fullmatch(c):
                out.append(c)
                where.append(i)
    return "".join(out), where


def locate(text: str, entities: Iterable[dict]) -> list[Span]:
    """Every place in ``text`` where an entity's name or an alias is written, longest names first.

    A shorter name inside a longer entity's span is kept (nested places and organisations are
    annotated, guidelines "Nested names"); a name already covered by the same entity is not.
    """
    flat, where = _normalised(text)
    found: list[Span] = []
    forms = []
    for e in entities:
        for form in {norm(e["name"]), *(norm(a) for a in e.get("aliases") or [])} - {""}:
            forms.append((len(form), form, e))
    forms.sort(key=lambda f: (-f[0], f[1]))
    taken: dict[tuple, list[tuple[int, int]]] = {}
    for _, form, e in forms:
        key = (e["type"], e["name"])
        i = flat.find(form)
        while i >= 0:
            start, end = where[i], where[i + len(form) - 1] + 1
            mine = taken.setdefault(key, [])
            if not any(s < end and start < t for s, t in mine):
                mine.append((start, end))
                found.append(Span(start, end, e["type"], e["name"]))
            i = flat.find(form, i + 1)
    return sorted(found, key=lambda s: (s.start, -s.end))


def outermost(spans: Iterable[Span]) -> list[Span]:
    """Non-overlapping spans, longest first: what a flat (BIO) tagger can learn.

    >>> outermost([Span(0, 5, "Project", "a"), Span(0, 2, "Place", "b"), Span(6, 8, "Place", "c")])
    [Span(start=0, end=5, type='Project', name='a'), Span(start=6, end=8, type='Place', name='c')]
    """
    kept: list[Span] = []
    for s in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        if not any(s.start < k.end and k.start < s.end for k in kept):
            kept.append(s)
    return sorted(kept, key=lambda s: s.start)


def examples(sets: Iterable[GoldSet] | None = None, exclude: Iterable[str] = ()) -> Iterator[Example]:
    """Training examples from the named sets (default: all), leaving out the sets named in ``exclude``."""
    skip = set(exclude)
    for gs in (gold_sets() if sets is None else sets):
        if gs.name in skip:
            continue
        for doc in load_gold(gs.gold, gs.plans):
            for p in doc.passages:
                yield Example(gs.name, p, locate(p.text, p.entities), gs.plans / doc.doc)
