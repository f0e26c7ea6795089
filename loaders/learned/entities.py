"""A CRF entity tagger trained on the annotated passages (python-crfsuite, character level, BIO).

The rules of :mod:`loaders.extract.entities` know how plans name things, but they were tuned on the
annotated sets and find about 70% of the entities in text nobody tuned on.  This tagger learns the same
job from every annotated passage: each character is described by its neighbours, the jieba word it is
in (with the project's lexicons as the user dictionary), and the lexicon name covering it; a linear-chain
CRF labels it B-/I-<type> or O.  Training is deterministic (L-BFGS over a fixed feature order), so the
shipped model in ``data/models/entities.crfsuite`` is reproducible from the gold sets
(``python -m graph train``).

White space is squeezed out before tagging, because hard-wrapped plans break lines inside names; the
character after a removed line break carries a feature saying so, so the model can still learn that a
line break usually ends a name.

>>> [(u.start, u.text) for u in units("第一章 总则\\n建设乌素图杏花节项目。发展乳业；\\n")]
[(4, '总则'), (7, '建设乌素图杏花节项目。'), (18, '发展乳业；')]
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from loaders.learned import models_dir
from loaders.learned.corpus import Example, outermost, plan_of

MODEL_FILE = "entities.crfsuite"
#: training settings; changing any of them changes the shipped model (the test retrains and compares)
TRAIN_PARAMS = {"c1": 0.05, "c2": 0.1, "max_iterations": 200, "feature.possible_transitions": True}

_SPACE = re.compile(r"\s")
MEMO_SIZE = 50_000


@dataclass(frozen=True)
class Unit:
    """A stretch of text the tagger labels at once: a sentence, or a line that is a heading or item."""

    start: int
    text: str


@dataclass(frozen=True)
class Found:
    """A tagged entity: [start, end) in the text given to :func:`EntityTagger.spans`, its type and
    the lowest marginal probability of its characters' labels (how sure the model is of the whole span)."""

    start: int
    end: int
    type: str
    surface: str
    confidence: float


def units(text: str, seg=None) -> list[Unit]:
    """What the tagger labels at once: the segmenter's sentences and the section titles, in order.

    Using the segmenter's units (the same at training and at tagging time) keeps hard-wrapped sentences
    whole and headings, 专栏 titles and item lines apart.
    """
    from loaders.segment import segment
    seg = seg if seg is not None else segment(text, "unit")
    spans = {(s.start, s.end) for s in seg.sentences}
    spans |= {(s.title_start, s.title_end) for s in seg.sections if s.title_end > s.title_start}
    out, last = [], 0
    for a, b in sorted(spans):
        a = max(a, last)
        if b > a and text[a:b].strip():
            out.append(Unit(a, text[a:b]))
            last = b
    return out


def _squeeze(text: str) -> tuple[str, list[int], list[bool]]:
    """The text without white space, each kept character's offset, and whether a line break preceded it."""
    chars, where, after_break = [], [], []
    broke = False
    for i, ch in enumerate(text):
        if _SPACE.match(ch):
            broke = broke or ch == "\n"
            continue
        chars.append(ch)
        where.append(i)
        after_break.append(broke)
        broke = False
    return "".join(chars), where, after_break


def _kind(ch: str) -> str:
    if ch.isdigit():
        return "d"
    if "\u4e00" <= ch <= "\u9fff":
        return "h"
    if ch.isascii() and ch.isalpha():
        return "a"
    return "p"


def _resources():
    from loaders.extract.entities import resources     # cached per lexicon there
    return resources()


def _words(squeezed: str) -> list[tuple[int, int, str]]:
    from loaders.extract.entities import _lcut
    _resources()          # jieba with the project's lexicons as its user dictionary
    out, pos = [], 0
    for w in _lcut(squeezed):
        out.append((pos, pos + len(w), w))
        pos += len(w)
    return out


@functools.lru_cache(maxsize=1)
def _heads() -> dict[str, list[tuple[int, str]]]:
    """Name heads from the rules' suffix lists, by last character: [(length, suffix, "<type><min(length, 3)>")],
    longest first (most characters end no head, so the per-character lookup is one dict miss)."""
    from loaders.extract import patterns as P
    heads: dict[str, str] = {}
    for suffixes, label in ((P.ORG_SUFFIXES, "Organization"), (P.GOV_SUFFIXES, "Organization"),
                            (P.PLACE_SUFFIXES, "Place"), (P.PROJECT_SUFFIXES, "Project"),
                            (P.EVENT_SUFFIXES, "Project")):
        for suffix, _kind in suffixes:
            heads.setdefault(suffix, label)
    for suffix in P.POLICY_HEADS:
        heads.setdefault(suffix, "Policy")
    for suffix in P.INDUSTRY_TAILS:
        heads.setdefault(suffix, "Industry")
    by_last: dict[str, list[tuple[int, str, str]]] = {}
    for suffix, label in heads.items():
        by_last.setdefault(suffix[-1], []).append((len(suffix), suffix, f"{label}{min(len(suffix), 3)}"))
    return {ch: sorted(v, key=lambda x: -x[0]) for ch, v in by_last.items()}


_OPEN, _CLOSE = "“‘「『《〈（(【", "”’」』》〉）)】"


def char_features(squeezed: str, after_break: list[bool] | None = None) -> list[list[str]]:
    """One feature list per character of a squeezed unit.

    Word features are made once per word and shared by its characters: this runs over every character
    of every plan, so it is written for speed.

    >>> feats = char_features("发展回民区")
    >>> "c=回" in feats[2] and "lex=Place:B" in feats[2] and "lex=Place:E" in feats[4]
    True
    """
    res = _resources()
    lead_verbs = _lead_verbs()
    heads = _heads()
    tag_of = res.tag_of
    n = len(squeezed)
    pad = "^^" + squeezed + "$$"
    kinds = [_kind(ch) for ch in pad]
    lex = [None] * n
    if res.matcher is not None:
        surfaces = res.surfaces
        for m in res.matcher.finditer(squeezed):
            label = surfaces[m.group()][0]
            a, b = m.start(), m.end()
            for i in range(a, b):
                lex[i] = f"{label}:{'B' if i == a else ('E' if i == b - 1 else 'I')}"
    head_end = [None] * n
    for i, ch in enumerate(squeezed):
        for k, suffix, feat in heads.get(ch, ()):
            if k <= i + 1 and squeezed.startswith(suffix, i - k + 1):
                head_end[i] = feat
                break
    words = _words(squeezed)
    nw = len(words)
    texts = [w for _, _, w in words]
    tags = [tag_of[w] or "x" for w in texts]
    feats: list[list[str]] = [None] * n     # type: ignore[list-item]
    depth = 0
    last_punct = -1
    for k, (a, b, w) in enumerate(words):
        tag = tags[k]
        prev_w = texts[k - 1] if k else "^"
        next_w = texts[k + 1] if k + 1 < nw else "$"
        shared = [f"w={w}", f"wt={tag}", f"wl={min(b - a, 5)}", f"wh={w[-1]}",
                  f"pw={prev_w}", f"nw={next_w}", f"pwt={tags[k - 1] if k else 'x'}",
                  f"nwt={tags[k + 1] if k + 1 < nw else 'x'}",
                  ]      # (the second word out, and word bigrams, added nothing on heldout6 or heldout9)
        verb_before = prev_w in lead_verbs
        for i in range(a, b):
            ch = squeezed[i]
            j = i + 2
            pos = "S" if b - a == 1 else ("B" if i == a else ("E" if i == b - 1 else "M"))
            kind = kinds[j]
            if kind == "p":
                last_punct = i
            if ch in _CLOSE:
                depth = max(0, depth - 1)
            f = ["bias", f"c={ch}", f"k={kind}", f"k-1={kinds[j - 1]}", f"k+1={kinds[j + 1]}",
                 f"c-1={pad[j - 1]}", f"c+1={pad[j + 1]}", f"c-2={pad[j - 2]}", f"c+2={pad[j + 2]}",
                 f"b-={pad[j - 1]}{ch}", f"b+={ch}{pad[j + 1]}", f"t={pad[j - 1]}{ch}{pad[j + 1]}",
                 f"wp={pos}", f"wp+t={pos}{tag}", f"dp={min(i - last_punct, 8)}"]
            f += shared
            if verb_before and pos in ("B", "S"):
                f.append("after_verb")
            if pos in ("E", "S"):
                f.append(f"wend={w}")
            f.append(f"lex={lex[i]}" if lex[i] else "lex=-")
            if i and lex[i - 1]:
                f.append(f"lex-1={lex[i - 1]}")
            if i + 1 < n and lex[i + 1]:
                f.append(f"lex+1={lex[i + 1]}")
            if head_end[i]:
                f.append(f"head={head_end[i]}")
            if i + 1 < n and head_end[i + 1]:
                f.append(f"head+1={head_end[i + 1]}")
            if depth > 0:
                f.append("quoted")
            if after_break and after_break[i]:
                f.append("nl")
            if ch in _OPEN:
                depth += 1
            feats[i] = f
    return feats


@functools.lru_cache(maxsize=1)
def _lead_verbs() -> frozenset[str]:
    from loaders.extract import patterns as P
    return frozenset(P.LEAD_VERBS) | frozenset(P.POLICY_LEAD)


def bio(length: int, spans: Iterable[tuple[int, int, str]]) -> list[str]:
    """BIO labels for non-overlapping spans over a unit of ``length`` characters.

    >>> bio(5, [(1, 3, "Place")])
    ['O', 'B-Place', 'I-Place', 'O', 'O']
    """
    labels = ["O"] * length
    for a, b, t in spans:
        labels[a] = f"B-{t}"
        for i in range(a + 1, b):
            labels[i] = f"I-{t}"
    return labels


def passage_units(ex: Example) -> Iterator[Unit]:
    """The units of the passage's plan that overlap the passage, clipped to it (passage offsets)."""
    text, seg = plan_of(ex.plan_file)
    a, b = ex.passage.start, ex.passage.end
    for u in _units_of(ex.plan_file):
        s, e = max(u.start, a), min(u.start + len(u.text), b)
        if e > s and text[s:e].strip():
            yield Unit(s - a, text[s:e])


@functools.lru_cache(maxsize=64)
def _units_of(path: Path) -> list[Unit]:
    text, seg = plan_of(path)
    return units(text, seg)


def training_sequences(examples: Iterable[Example]) -> Iterator[tuple[list[list[str]], list[str]]]:
    """(features, labels) per unit of every passage; labels from the outermost gold spans."""
    for ex in examples:
        spans = outermost(ex.spans)
        for unit in passage_units(ex):
            squeezed, where, after_break = _squeeze(unit.text)
            if not squeezed:
                continue
            index = {off + unit.start: i for i, off in enumerate(where)}
            inside = []
            for s in spans:
                if s.start >= unit.start and s.end <= unit.start + len(unit.text):
                    a = index.get(s.start)
                    b = index.get(s.end - 1)
                    if a is not None and b is not None:
                        inside.append((a, b + 1, s.type))
            yield char_features(squeezed, after_break), bio(len(squeezed), inside)


def fit(examples: Iterable[Example], path: str | Path) -> Path:
    """Train the tagger on the examples and write it to ``path`` (deterministic for the same input)."""
    import pycrfsuite
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    trainer.set_params(TRAIN_PARAMS)
    for xseq, yseq in training_sequences(examples):
        trainer.append(xseq, yseq)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(path))
    return path


class EntityTagger:
    """A trained model, applied to text."""

    def __init__(self, path: str | Path) -> None:
        import pycrfsuite
        self.path = Path(path)
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(self.path))
        #: unit text -> what it tags to: plans repeat boilerplate sentences, and a region's build repeats them
        #: across plans (the features are a pure function of the text, the lexicon and the model)
        self._memo: dict[str, list[Found]] = {}

    def spans(self, text: str) -> list[Found]:
        """Entities in ``text`` (one unit: a sentence or a line), offsets into ``text``."""
        got = self._memo.get(text)
        if got is None:
            got = self._spans(text)
            if len(self._memo) >= MEMO_SIZE:
                del self._memo[next(iter(self._memo))]
            self._memo[text] = got
        return got

    def _spans(self, text: str) -> list[Found]:
        squeezed, where, after_break = _squeeze(text)
        if not squeezed:
            return []
        t = self._tagger
        labels = t.tag(char_features(squeezed, after_break))
        out = []
        i = 0
        while i < len(labels):
            if labels[i] == "O":
                i += 1
                continue
            typ = labels[i][2:]
            j = i + 1
            while j < len(labels) and labels[j] == f"I-{typ}":
                j += 1
            conf = min(t.marginal(labels[k], k) for k in range(i, j))
            out.append(Found(where[i], where[j - 1] + 1, typ, squeezed[i:j], round(conf, 4)))
            i = j
        return out

    def tag_text(self, text: str, seg=None) -> Iterator[Found]:
        """Entities anywhere in a longer text, unit by unit, offsets into ``text``."""
        for unit in units(text, seg):
            for f in self.spans(unit.text):
                yield Found(f.start + unit.start, f.end + unit.start, f.type, f.surface, f.confidence)


@functools.lru_cache(maxsize=4)
def _tagger_at(path: str, mtime: float) -> EntityTagger:
    return EntityTagger(path)


def load(path: str | Path | None = None) -> EntityTagger | None:
    """The tagger in ``path`` (default: the models folder), or None when no model file is there."""
    p = Path(path) if path else models_dir() / MODEL_FILE
    if not p.is_file():
        return None
    return _tagger_at(str(p), p.stat().st_mtime)


