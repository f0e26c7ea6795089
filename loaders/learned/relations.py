"""A learned relation classifier: LOCATED_IN / SUPPORTS / INVOLVES between two mentions of one sentence.

The rules in :mod:`loaders.extract.relations` are tuned on the annotated sets and carry over poorly to
text nobody tuned on.  This model learns from every annotated passage instead.  A *candidate* is an
ordered pair of entity mentions written in the same sentence (the segmenter's sentences: split at
。；！？, a paragraph or 专栏 item line its own sentence) whose labels fit a relation's domain and range
in :mod:`graph.ontology`.  Its features describe how plans write relations, not particular sentences:

* the two labels, their order or nesting (one inside the other, a prefix of it), the character gap and
  how many mentions and clause breaks lie between;
* the jieba words between the pair (mentions between stand as their label), the first and last of
  them, and the words right before and after each end (依托, 位于, 在, 围绕, 推动, 带动, 建设, 以…为, 等 …);
* a bare list between (only 、/和/及/与), a mention opening its clause (the clause subject), the last
  characters of each name (区, 镇, 项目, 产业 …), whether the section or 专栏 title writes an end.

One logistic regression per relation type (scikit-learn, lbfgs, deterministic) is trained on the gold
passages: candidates come from the gold spans (:mod:`loaders.learned.corpus`), positive when the passage
states that relation between the two entities.  The model is saved as JSON (feature → weight per
relation type, rounded), so applying it needs neither scikit-learn nor pickle.

>>> feats = pair_features("依托园区建设乳业项目", [(2, 4, "Place"), (6, 8, "Industry"), (6, 10, "Project")], 2, 0)
>>> sorted(f for f in feats if f.startswith(("dir", "bw:")))
['bw:back:建设', 'dir:back']
"""
from __future__ import annotations

import functools
import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

from graph.ontology import REL_TYPES

#: the relation types this model learns (TARGETS has its own structured extractors)
RELATIONS = ("LOCATED_IN", "SUPPORTS", "INVOLVES")
#: probability from which a candidate becomes an edge, chosen by leave-one-set-out over the annotated sets.
#: Lower thresholds scored better on heldout6 alone (SUPPORTS 0.40 at 0.5 against 0.26 at 0.9), but they add
#: the edges a careful reader refuses and a linear model cannot tell apart (乳业 SUPPORTS a goal the sentence
#: only holds a meeting for, p 0.64; a project INVOLVES a university whose location it relies on, p 0.77:
#: tests/test_quality_relations.py), and one set of 25 passages is too few to overrule the other six
THRESHOLDS = {"LOCATED_IN": 0.8, "SUPPORTS": 0.9, "INVOLVES": 0.8}
#: which candidates may become edges (see RelationModel.policy)
POLICY = "quiet"
#: L2 regularisation strength (scikit-learn's C)
C = 0.5
FORMAT = 1
ROUND = 4
MODEL_FILE = "relations.json"

_CLAUSE = re.compile(r"[，,：:；;。！？!?]")
_LIST_ONLY = re.compile(r"^[、和及与以及或\s“”\"'‘’《》「」『』]*$")
_QUOTES = re.compile(r"[\s“”\"'‘’《》「」『』()（）\[\]【】]")
_PUNCT_TOKEN = re.compile(r"^[\s\W_]+$")


def _bin(n: int, edges: Sequence[int]) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return f">{edges[-1]}"


@functools.lru_cache(maxsize=1 << 15)
def _words(text: str) -> tuple[str, ...]:
    """jieba words of a stretch of text (the project's dictionary, as during extraction), punctuation kept
    as itself except white space and quotes."""
    text = _QUOTES.sub("", text)
    if not text:
        return ()
    return tuple(w for w in _lcut()(text) if w.strip())


@functools.lru_cache(maxsize=1)
def _lcut():
    from loaders.extract import entities as E
    E.resources()      # the project's user words in jieba's dictionary: the same words at training and inference
    return getattr(E, "_lcut", None) or E.jieba.lcut


def pairs_for(src_label: str, dst_label: str) -> list[str]:
    """Relation types of :data:`RELATIONS` the ontology allows from ``src_label`` to ``dst_label``."""
    return [r for r in RELATIONS if src_label in REL_TYPES[r].sources and dst_label in REL_TYPES[r].targets]


def _name_in(name: str, titles: Sequence[str]) -> bool:
    n = _QUOTES.sub("", name)
    return len(n) >= 2 and any(n in t for t in titles)


def pair_features(text: str, mentions: Sequence[tuple[int, int, str]], i: int, j: int,
                  titles: Sequence[str] = (), in_box: bool = False) -> list[str]:
    """Features of the candidate "mention i relates to mention j" in a sentence ``text``.

    ``mentions`` are (start, end, label) relative to ``text``, every mention of the sentence (the ones
    between the pair count); ``titles`` are the titles of the sections around the sentence (innermost
    first, normalised without quotes).
    """
    sa, sb, sl = mentions[i]
    ta, tb, tl = mentions[j]
    f = [f"T:{sl}>{tl}"]
    src_text, dst_text = text[sa:sb], text[ta:tb]
    if ta >= sa and tb <= sb:
        d = "tin"               # the target written inside the source's name (海西路汽车贸易中心)
        f.append("tin:pre" if ta == sa else ("tin:suf" if tb == sb else "tin:mid"))
        rest = text[tb:sb] if ta == sa else text[sa:ta]
        f += [f"rest:{w}" for w in _words(rest)[-2:]]
    elif sa >= ta and sb <= tb:
        d = "sin"
        f.append("sin:pre" if sa == ta else "sin:other")
    elif tb <= sa or ta >= sb:
        d = "fwd" if sb <= ta else "back"
    else:
        d = "cross"
    f.append(f"dir:{d}")
    f.append(f"T:{sl}>{tl}|{d}")
    if d in ("fwd", "back"):
        a, b = (sb, ta) if d == "fwd" else (tb, sa)
        gap = text[a:b]
        f.append(f"gap:{_bin(b - a, (0, 1, 2, 4, 8, 15, 30, 60))}")
        between = [m for k, m in enumerate(mentions) if k not in (i, j) and m[0] >= a and m[1] <= b]
        outer = [m for m in between if not any(o is not m and o[0] <= m[0] and m[1] <= o[1] and o != m
                                                for o in between)]
        f.append(f"nm:{_bin(len(outer), (0, 1, 2, 4))}")
        clauses = len(_CLAUSE.findall(gap))
        f.append(f"cl:{_bin(clauses, (0, 1, 2))}")
        f.append(f"T:{sl}>{tl}|{d}|cl:{_bin(clauses, (0, 1))}")
        if not gap.strip():
            f.append("adjacent")
            f.append(f"T:{sl}>{tl}|{d}|adjacent")
        elif _LIST_ONLY.match(gap):
            f.append("list")
        # words between, mentions between standing as their label
        words: list[str] = []
        pos = a
        for m in sorted(outer):
            words += _words(text[pos:m[0]])
            words.append(f"<{m[2]}>")
            pos = m[1]
        words += _words(text[pos:b])
        for w in set(words):
            f.append(f"bw:{d}:{w}")
        if words:
            f += [f"bf:{d}:{words[0]}", f"bl:{d}:{words[-1]}"]
            if clauses == 0:
                f += [f"bw0:{d}:{w}" for w in set(words)]
    # the words around each end; for an end inside a list (发展A、B、C产业), around the whole list
    for role, k in (("s", i), ("t", j)):
        x, y = _list_span(text, mentions, k)
        if (x, y) != mentions[k][:2]:
            f.append(f"{role}inlist")
        before = _words(text[max(0, x - 8):x])
        after = _words(text[y:y + 8])
        if before:
            f.append(f"{role}b1:{before[-1]}")
            f.append(f"T:{sl}>{tl}|{role}b1:{before[-1]}")
            if len(before) > 1:
                f.append(f"{role}b2:{before[-2]}")
        else:
            f.append(f"{role}b1:^")
        if after:
            f.append(f"{role}a1:{after[0]}")
        else:
            f.append(f"{role}a1:$")
        x = mentions[k][0]
        # the clause subject: no other mention and at most a few characters before it in its clause
        cs = max((m.end() for m in _CLAUSE.finditer(text, 0, x)), default=0)
        lead = text[cs:x].strip()
        others = any(m[0] >= cs and m[1] <= x for k, m in enumerate(mentions) if k not in (i, j))
        if not others and len(lead) <= 4:
            f.append(f"{role}subj")
            if cs == 0:
                f.append(f"{role}first")
    for role, name in (("s", src_text), ("t", dst_text)):
        n = _QUOTES.sub("", name)
        if n:
            f += [f"{role}suf1:{n[-1]}", f"{role}suf2:{n[-2:]}"]
    if titles:
        if _name_in(dst_text, titles):
            f.append("t_in_title")
        if _name_in(src_text, titles):
            f.append("s_in_title")
    if in_box:
        f.append("in_box")
    return f


def _list_span(text: str, mentions: Sequence[tuple[int, int, str]], k: int) -> tuple[int, int]:
    """The span of the list of mentions (joined by 、/和/及/与 only) that mention k is an item of."""
    x, y = mentions[k][:2]
    starts = sorted({m[:2] for m in mentions})
    moved = True
    while moved:
        moved = False
        for a, b in starts:
            if b <= x and x - b <= 2 and _LIST_ONLY.match(text[b:x]) and text[b:x].strip():
                x, moved = a, True
            elif a >= y and a - y <= 2 and _LIST_ONLY.match(text[y:a]) and text[y:a].strip():
                y, moved = b, True
    return x, y


# -- candidates --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Mention:
    """An entity mention at [start, end) of the plan text; ``key`` tells entities apart (node id or name)."""

    start: int
    end: int
    label: str
    key: str


@dataclass
class Candidate:
    source: Mention
    target: Mention
    relation: str
    features: list[str]
    sentence: tuple[int, int]


def candidates(text: str, sentence: tuple[int, int], mentions: Sequence[Mention],
               titles: Sequence[str] = (), in_box: bool = False) -> list[Candidate]:
    """Every ordered pair of mentions (of two different entities) inside the sentence that some relation
    of :data:`RELATIONS` allows, with its features."""
    a, b = sentence
    inside = sorted((m for m in mentions if m.start >= a and m.end <= b), key=lambda m: (m.start, -m.end, m.label))
    if len(inside) < 2:
        return []
    sent = text[a:b]
    rel = [(m.start - a, m.end - a, m.label) for m in inside]
    out = []
    for i, s in enumerate(inside):
        for j, t in enumerate(inside):
            if s.key == t.key or i == j:
                continue
            rels = pairs_for(s.label, t.label)
            if not rels:
                continue
            feats = pair_features(sent, rel, i, j, titles, in_box)
            for r in rels:
                out.append(Candidate(s, t, r, feats, sentence))
    return out


# -- the model ---------------------------------------------------------------------------------------
def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


@dataclass
class RelationModel:
    """Per relation type a bias, feature weights and the probability from which a candidate is kept."""

    weights: dict[str, dict[str, float]]
    bias: dict[str, float]
    thresholds: dict[str, float] = field(default_factory=lambda: dict(THRESHOLDS))
    meta: dict = field(default_factory=dict)
    #: which candidates may become edges: "any", "quiet" (no rule edge of that relation cites the
    #: sentence) or "quiet_source" (no rule edge of that relation from that source cites it)
    policy: str = POLICY

    def score(self, relation: str, features: Iterable[str]) -> float:
        w = self.weights.get(relation)
        if w is None:
            return 0.0
        z = self.bias.get(relation, 0.0)
        for f in set(features):
            z += w.get(f, 0.0)
        return _sigmoid(z)

    def predict(self, cands: Iterable[Candidate]) -> list[tuple[Candidate, float]]:
        """The candidates scoring at least their relation's threshold, with their probability."""
        out = []
        for c in cands:
            p = self.score(c.relation, c.features)
            if p >= self.thresholds.get(c.relation, 1.1):
                out.append((c, p))
        return out

    def to_json(self) -> dict:
        return {"format": FORMAT, "meta": self.meta, "policy": self.policy,
                "thresholds": {r: self.thresholds[r] for r in sorted(self.thresholds)},
                "relations": {r: {"bias": self.bias[r], "weights": dict(sorted(self.weights[r].items()))}
                              for r in sorted(self.weights)}}

    def dumps(self) -> str:
        return json.dumps(self.to_json(), ensure_ascii=False, indent=0, sort_keys=False) + "\n"

    def save(self, path: str | Path | None = None) -> Path:
        path = Path(path) if path is not None else default_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(self.dumps(), encoding="utf-8")
        return path

    @classmethod
    def from_json(cls, data: dict) -> "RelationModel":
        if data.get("format") != FORMAT:
            raise ValueError(f"relation model format {data.get('format')!r}, expected {FORMAT}")
        rels = data["relations"]
        return cls({r: dict(v["weights"]) for r, v in rels.items()}, {r: float(v["bias"]) for r, v in rels.items()},
                   dict(data.get("thresholds") or THRESHOLDS), dict(data.get("meta") or {}),
                   data.get("policy") or POLICY)


def default_path() -> Path:
    from loaders.learned import models_dir
    return models_dir() / MODEL_FILE


def load(path: str | Path | None = None) -> RelationModel | None:
    """The saved model (default: ``models_dir()/relations.json``); None when there is no file."""
    path = Path(path) if path is not None else default_path()
    try:
        st = path.stat()
    except OSError:
        return None
    return _load_cached(str(path), st.st_mtime_ns, st.st_size)


@functools.lru_cache(maxsize=4)
def _load_cached(path: str, _mtime: int, _size: int) -> RelationModel:
    return RelationModel.from_json(json.loads(Path(path).read_text(encoding="utf-8")))


# -- training ----------------------------------------------------------------------------------------
def _titles(seg, section: str | None) -> tuple[list[str], bool]:
    titles, in_box = [], False
    for s in seg.ancestors(section)[:3]:
        if s.title:
            titles.append(_QUOTES.sub("", s.title))
        in_box = in_box or s.kind == "box"
    return titles, in_box


def training_candidates(examples: Iterable) -> list[tuple[Candidate, int]]:
    """(candidate, label) for every candidate of the gold passages (label 1: the passage states it)."""
    from loaders.evaluate import _gold_names, norm
    from loaders.learned.corpus import plan_of
    out = []
    for ex in examples:
        p = ex.passage
        text, seg = plan_of(ex.plan_file)
        gold = set()
        for r in p.relations:
            if r["type"] in RELATIONS:
                gold.add((r["type"], norm(r["source"]), norm(r["target"])))
        names = {}
        for e in p.entities:
            names[(e["type"], e["name"])] = _gold_names(e)
        mentions = [Mention(s.start + p.start, s.end + p.start, s.type, f"{s.type}\x1f{s.name}") for s in ex.spans]
        for sent in seg.sentences:
            a, b = max(sent.start, p.start), min(sent.end, p.end)
            if b <= a:
                continue
            titles, in_box = _titles(seg, sent.section)
            for c in candidates(text, (a, b), mentions, titles, in_box):
                sn = names[tuple(c.source.key.split("\x1f", 1))]
                tn = names[tuple(c.target.key.split("\x1f", 1))]
                pos = any((c.relation, x, y) in gold for x in sn for y in tn)
                out.append((c, int(pos)))
    return out


def train(examples: Iterable, c: float = C, thresholds: dict | None = None, policy: str | None = None) -> RelationModel:
    """Fit one logistic regression per relation type on the candidates of the gold passages."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    examples = list(examples)
    data = training_candidates(examples)
    weights, bias, counts = {}, {}, {}
    for rel in RELATIONS:
        rows = [(cand.features, y) for cand, y in data if cand.relation == rel]
        ys = [y for _, y in rows]
        counts[rel] = {"candidates": len(rows), "positive": sum(ys)}
        if not rows or len(set(ys)) < 2:
            weights[rel], bias[rel] = {}, -10.0
            continue
        vec = DictVectorizer(sort=True)
        X = vec.fit_transform([{f: 1 for f in feats} for feats, _ in rows])
        clf = LogisticRegression(C=c, solver="liblinear", random_state=0, max_iter=1000)
        clf.fit(X, ys)
        names = vec.get_feature_names_out()
        w = {}
        for name, v in zip(names, clf.coef_[0]):
            v = round(float(v), ROUND)
            if v:
                w[str(name)] = v
        weights[rel], bias[rel] = w, round(float(clf.intercept_[0]), ROUND)
    meta = {"sets": sorted({ex.set for ex in examples}), "passages": len(examples), "C": c, "counts": counts}
    return RelationModel(weights, bias, dict(thresholds or THRESHOLDS), meta, policy or POLICY)


def fit(examples: Iterable, path: str | Path) -> Path:
    """Train on the examples and save to ``path`` (what ``python -m graph train`` calls)."""
    return train(examples).save(path)
