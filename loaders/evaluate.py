"""Extraction quality against annotated passages: ``python -m graph eval [--gold DIR] [--json] [--verbose]``.

The gold files (one per source document, format in /work/shared/DESIGN.md, guidelines in
tests/gold/README.md) annotate every entity and every stated relation inside short passages.  The
graph is built in memory from the plans with the real pipeline (no database is touched); then, per
passage:

* predicted entities = nodes of the seven entity types with a mention in that file overlapping the
  passage span;
* predicted relations = LOCATED_IN / SUPPORTS / TARGETS / INVOLVES edges with a piece of evidence in
  that file overlapping the passage span;
* names match after :func:`norm` against the name or any alias, on either side.

Only stated relations are scored.  Edges made by inference rules — listed once, in
``loaders.extract.relations.INFERRED_EXTRACTORS`` (a district plan's unplaced project put in the plan's
place; a gazetteer parent no sentence writes) — say what the text implies, not what it states, so they are
left out of the relation predictions; the report prints how many were left out
("inferred edges not scored: N", counted over edges with evidence in a gold passage).

COVERS is scored per document (gold: ``plan_place`` plus an optional ``covers`` list).  Indicator
targets (the gold ``indicators`` list) are scored by recall: a gold row is recalled when a TARGETS edge
of that document reaches an Indicator of that name (or an alias of the row, or of the Indicator entity of
that name in the document's passages) with the same target year and a matching target.

>>> norm("“强首府” 工程（一期）")
'强首府工程一期'
>>> prf(3, 4, 6)
{'precision': 0.75, 'recall': 0.5, 'f1': 0.6}
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from graph.ontology import ENTITY_LABELS

#: relation types annotated inside passages (COVERS is per document; PART_OF/MENTIONED_IN are structure)
PASSAGE_RELATIONS = ("LOCATED_IN", "SUPPORTS", "TARGETS", "INVOLVES")
#: in a gold relation, the source name that stands for the document's own Plan node
PLAN_TOKEN = "PLAN"

_STRIP = re.compile(r"[\s\"'`“”‘’「」『』《》〈〉()（）\[\]【】〔〕{}<>·・]")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def norm(name: str | None) -> str:
    """NFKC, then quotes, brackets and spaces removed (what two spellings of a name share)."""
    return _STRIP.sub("", unicodedata.normalize("NFKC", name or ""))


def prf(tp: int, predicted: int, gold: int) -> dict:
    """Precision, recall and F1 (0.0 where undefined), rounded to 4 places."""
    p = tp / predicted if predicted else 0.0
    r = tp / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


# -- gold ---------------------------------------------------------------------------------------
@dataclass
class GoldPassage:
    id: str
    doc: str
    text: str
    start: int
    entities: list[dict]
    relations: list[dict]

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass
class GoldDoc:
    path: Path
    doc: str
    plan_place: str
    passages: list[GoldPassage] = field(default_factory=list)
    indicators: list[dict] = field(default_factory=list)
    covers: list[str] = field(default_factory=list)


def _need(cond: bool, where: str, message: str) -> None:
    if not cond:
        raise ValueError(f"{where}: {message}")


def load_gold(gold_dir: str | Path, plans_dir: str | Path) -> list[GoldDoc]:
    """Parse and check every ``*.json`` in gold_dir; passages are located in their plan file.

    A passage is found at its optional ``start`` offset, else at its first occurrence.
    Raises ValueError naming the file and passage for anything malformed.
    """
    from loaders.read import decode
    gold_dir, plans_dir = Path(gold_dir), Path(plans_dir)
    if not gold_dir.is_dir():
        raise FileNotFoundError(f"gold folder {gold_dir} does not exist")
    docs = []
    for path in sorted(gold_dir.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        _need(isinstance(data, dict) and isinstance(data.get("doc"), str), str(path), "needs a 'doc' file name")
        plan_file = plans_dir / data["doc"]
        _need(plan_file.exists(), str(path), f"names {data['doc']!r}, not in {plans_dir}")
        text, _ = decode(plan_file.read_bytes(), plan_file)
        gd = GoldDoc(path, data["doc"], data.get("plan_place") or "", indicators=list(data.get("indicators") or []),
                     covers=list(data.get("covers") or []))
        seen_ids = set()
        for p in data.get("passages") or []:
            where = f"{path.name}:{p.get('id')}"
            _need(isinstance(p.get("id"), str) and p["id"] not in seen_ids, where, "passage ids must be unique strings")
            seen_ids.add(p["id"])
            _need(isinstance(p.get("text"), str) and p["text"], where, "passage has no text")
            start = p.get("start")
            if start is None:
                start = text.find(p["text"])
                _need(start >= 0, where, "text is not an exact substring of the document")
            else:
                _need(text[start:start + len(p["text"])] == p["text"], where, f"text is not at offset {start}")
            names = set()
            for e in p.get("entities") or []:
                _need(e.get("type") in ENTITY_LABELS, where, f"unknown entity type {e.get('type')!r}")
                _need(bool(norm(e.get("name"))), where, "entity without a name")
                for alt in e.get("alt_types") or []:
                    _need(alt in ENTITY_LABELS, where, f"unknown alt type {alt!r}")
                key = (e["type"], norm(e["name"]))
                _need(key not in names, where, f"entity {e['name']!r} annotated twice")
                names.add(key)
            for r in p.get("relations") or []:
                _need(r.get("type") in PASSAGE_RELATIONS, where, f"relation type {r.get('type')!r} is not "
                                                                  f"annotated in passages")
                _need(bool(norm(r.get("source"))) and bool(norm(r.get("target"))), where,
                      "relation needs source and target")
            gd.passages.append(GoldPassage(p["id"], gd.doc, p["text"], start, list(p.get("entities") or []),
                                           list(p.get("relations") or [])))
        for row in gd.indicators:
            _need(bool(norm(row.get("name"))), f"{path.name}:indicators", "indicator without a name")
        docs.append(gd)
    _need(bool(docs), str(gold_dir), "no gold *.json files")
    return docs


# -- prediction ---------------------------------------------------------------------------------
def build_graph(plans_dir: str | Path):
    """The resolved graph of every plan in the folder, in memory, as ``python -m graph build`` makes it."""
    from graph.build import extract_all
    from loaders.read import read_plans
    docs, _problems = read_plans(plans_dir)
    return extract_all(docs), docs


def _names(node, plan_id: str | None = None) -> set[str]:
    if node.label == "Plan":
        return {PLAN_TOKEN} if node.id == plan_id else {norm(node.name)}
    return {norm(node.name), *(norm(a) for a in node.aliases)} - {""}


def _gold_names(item: dict) -> set[str]:
    return {norm(item["name"]), *(norm(a) for a in item.get("aliases") or [])} - {""}


def _overlaps(start: int, end: int, p: GoldPassage) -> bool:
    return start < p.end and end > p.start


def _match(gold: list, pred: list, same) -> tuple[list[tuple], list, list]:
    """Greedy one-to-one matching: (pairs, unmatched gold, unmatched predicted)."""
    left = list(pred)
    pairs, missed = [], []
    for g in gold:
        hit = next((p for p in left if same(g, p)), None)
        if hit is None:
            missed.append(g)
        else:
            left.remove(hit)
            pairs.append((g, hit))
    return pairs, missed, left


def _number(value) -> float | None:
    if isinstance(value, (int, float)):
        return float(value)
    m = _NUMBER.search(norm(str(value)) if value is not None else "")
    return float(m.group()) if m else None


def _year(value) -> int | None:
    try:
        return int(str(value)[:4]) if value not in (None, "") else None
    except ValueError:
        return None


def target_matches(gold_row: dict, props: dict) -> bool:
    """Same target year (when gold gives one) and the same target.

    >>> target_matches({"target": "41%", "target_year": 2025}, {"target_value": 41.0, "target_year": 2025})
    True
    >>> target_matches({"target": "≥13", "target_year": 2025}, {"target": "≥13", "target_year": "2025"})
    True
    >>> target_matches({"target": "41%", "target_year": 2025}, {"target_value": 41.0, "target_year": 2035})
    False
    >>> target_matches({"target": "6%左右", "target_year": 2025}, {"growth": "6%左右", "target_year": 2025})
    True
    """
    if gold_row.get("target_year") is not None and _year(gold_row["target_year"]) != _year(props.get("target_year")):
        return False
    target = gold_row.get("target")
    if target in (None, ""):
        return True
    want = _number(target)
    if want is None:       # a target in words (达到国家和自治区要求)
        got = norm(props.get("target"))
        return bool(got) and (norm(target) in got or got in norm(target))
    # a growth target (年均增长6%左右) may be stored as the target or as the growth
    candidates = [_number(props.get(k)) for k in ("target_value", "target", "growth")]
    return any(got is not None and abs(got - want) <= 1e-6 * max(1.0, abs(want)) for got in candidates)


# -- scoring ------------------------------------------------------------------------------------
class _Tally:
    def __init__(self, kinds) -> None:
        self.counts = {k: [0, 0, 0] for k in kinds}   # gold, predicted, tp

    def add(self, kind: str, gold: int = 0, pred: int = 0, tp: int = 0) -> None:
        c = self.counts.setdefault(kind, [0, 0, 0])
        c[0] += gold
        c[1] += pred
        c[2] += tp

    def table(self) -> tuple[dict, dict]:
        rows = {k: {"gold": g, "predicted": p, "tp": t, **prf(t, p, g)} for k, (g, p, t) in self.counts.items()}
        g, p, t = (sum(c[i] for c in self.counts.values()) for i in range(3))
        return rows, {"gold": g, "predicted": p, "tp": t, **prf(t, p, g)}


class _Both:
    """Adds to the overall tally and to the document's."""

    def __init__(self, *tallies: _Tally) -> None:
        self.tallies = tallies

    def add(self, kind: str, **counts) -> None:
        for t in self.tallies:
            t.add(kind, **counts)


def evaluate(gold_dir: str | Path, plans_dir: str | Path) -> dict:
    """Entity and relation P/R/F1 per type and overall (micro), COVERS per document, indicator-target recall."""
    gold_docs = load_gold(gold_dir, plans_dir)
    graph, docs = build_graph(plans_dir)
    return score(gold_docs, graph, {d.file: d.id for d in docs})


def score(gold_docs: list[GoldDoc], graph, plan_of_file: dict | None = None) -> dict:
    """Score a graph against parsed gold; plans are found by file name (``plan_of_file`` or Plan ``file`` props)."""
    plan_of_file = dict(plan_of_file or {})
    for n in graph.nodes_of("Plan"):
        plan_of_file.setdefault(n.props.get("file"), n.id)
    nodes = graph.nodes
    entity_nodes = [n for n in nodes.values() if n.label in ENTITY_LABELS]
    inferred = inferred_extractors()
    rel_edges = [e for e in graph.edges.values() if e.type in PASSAGE_RELATIONS and e.extractor not in inferred]
    unscored = [e for e in graph.edges.values() if e.type in PASSAGE_RELATIONS and e.extractor in inferred]

    ents, rels = _Tally(ENTITY_LABELS), _Tally(PASSAGE_RELATIONS + ("COVERS",))
    passages_out, indicator_rows = [], []
    implicit = 0   # false-positive LOCATED_IN edges to the document's own place (true but not stated there)
    by_doc = {}
    for gd in gold_docs:
        plan_id = plan_of_file.get(gd.doc)
        doc_ents, doc_rels = _Tally(ENTITY_LABELS), _Tally(PASSAGE_RELATIONS)
        for p in gd.passages:
            out = _score_passage(p, plan_id, entity_nodes, rel_edges, nodes, _Both(ents, doc_ents),
                                 _Both(rels, doc_rels))
            implicit += sum(1 for r in out["relation_fp"]
                            if r["type"] == "LOCATED_IN" and norm(r["target"]) == norm(gd.plan_place))
            passages_out.append(out)
        by_doc[gd.doc] = {"passages": len(gd.passages), "entities": doc_ents.table()[1],
                          "relations": doc_rels.table()[1]}
        _score_covers(gd, plan_id, graph, rels, passages_out)
        indicator_rows.extend(_score_indicators(gd, plan_id, graph))

    ent_rows, ent_all = ents.table()
    rel_rows, rel_all = rels.table()
    recalled = sum(1 for r in indicator_rows if r["recalled"])
    compared = [r["comparator_agrees"] for r in indicator_rows if r["comparator_agrees"] is not None]
    return {
        "documents": len(gold_docs),
        "passages": sum(len(d.passages) for d in gold_docs),
        "entities": ent_rows, "entities_overall": ent_all,
        "relations": rel_rows, "relations_overall": rel_all,
        "located_in_fp_to_plan_place": implicit,
        "inferred_not_scored": sum(1 for e in unscored if any(
            plan_of_file.get(p.doc) == ev.plan and _overlaps(ev.start, ev.end, p)
            for ev in e.evidence for gd in gold_docs for p in gd.passages)),
        "inferred_in_graph": len(unscored),
        "by_document": by_doc,
        "indicator_targets": {"gold": len(indicator_rows), "recalled": recalled,
                              "recall": round(recalled / len(indicator_rows), 4) if indicator_rows else 0.0,
                              "comparators_compared": len(compared), "comparators_agree": sum(compared),
                              "rows": indicator_rows},
        "errors": passages_out,
    }


def inferred_extractors() -> frozenset:
    """Extractor names of inference rules (their edges are not scored); empty if relations.py is absent."""
    try:
        from loaders.extract.relations import INFERRED_EXTRACTORS
    except ImportError:
        return frozenset()
    return frozenset(INFERRED_EXTRACTORS)


def _score_passage(p: GoldPassage, plan_id, entity_nodes, rel_edges, nodes, ents: _Tally, rels: _Tally) -> dict:
    pred = [n for n in entity_nodes
            if any(m.plan == plan_id and _overlaps(m.start, m.end, p) for m in n.mentions)]

    def same_exact(g, n):
        return n.label == g["type"] and bool(_gold_names(g) & _names(n))

    def same_alt(g, n):
        return n.label in (g.get("alt_types") or ()) and bool(_gold_names(g) & _names(n))

    pairs, missed, left = _match(p.entities, pred, same_exact)
    pairs2, missed, left = _match(missed, left, same_alt)
    for label in ENTITY_LABELS:
        matched = [g for g, _ in pairs + pairs2 if g["type"] == label]
        ents.add(label, gold=sum(1 for g in p.entities if g["type"] == label),
                 pred=len(matched) + sum(1 for n in left if n.label == label), tp=len(matched))

    # a relation end named in the passage matches through that entity's aliases too
    by_name = {}
    for g in p.entities:
        for nm in _gold_names(g):
            by_name.setdefault(nm, set()).update(_gold_names(g))

    def ends(name: str) -> set[str]:
        return by_name.get(norm(name), {norm(name)})

    pred_rels = [e for e in rel_edges
                 if any(ev.plan == plan_id and _overlaps(ev.start, ev.end, p) for ev in e.evidence)]

    gold_goals = {nm for g in p.entities if g["type"] == "Goal" for nm in _gold_names(g)}

    def same_source(g, e) -> bool:
        src = nodes[e.source]
        if ends(g["source"]) & _names(src, plan_id):
            return True
        # whether a target hangs off the Plan or off the goal heading above it is a modelling choice,
        # not an extraction error: TARGETS from this plan or any Goal match a gold PLAN/Goal source
        return (g["type"] == "TARGETS" and (norm(g["source"]) == PLAN_TOKEN or norm(g["source"]) in gold_goals)
                and (src.id == plan_id or src.label == "Goal"))

    def same_rel(g, e):
        return (e.type == g["type"] and same_source(g, e)
                and bool(ends(g["target"]) & _names(nodes[e.target], plan_id)))

    rpairs, rmissed, rleft = _match(p.relations, pred_rels, same_rel)
    for t in PASSAGE_RELATIONS:
        rels.add(t, gold=sum(1 for g in p.relations if g["type"] == t),
                 pred=sum(1 for e in pred_rels if e.type == t), tp=sum(1 for g, _ in rpairs if g["type"] == t))

    def show(e):
        return {"type": e.type, "source": nodes[e.source].name if nodes[e.source].label != "Plan" else PLAN_TOKEN,
                "target": nodes[e.target].name, "extractor": e.extractor}

    return {"passage": p.id, "doc": p.doc,
            "entity_fn": [{"type": g["type"], "name": g["name"]} for g in missed],
            "entity_fp": [{"type": n.label, "name": n.name} for n in left],
            "relation_fn": [{"type": g["type"], "source": g["source"], "target": g["target"]} for g in rmissed],
            "relation_fp": [show(e) for e in rleft]}


def _score_covers(gd: GoldDoc, plan_id, graph, rels: _Tally, out: list) -> None:
    gold = {norm(x) for x in [gd.plan_place, *gd.covers] if norm(x)}
    pred = [graph.nodes[e.target] for e in graph.edges_of("COVERS") if e.source == plan_id]
    hits = {g for g in gold if any(g in _names(n) for n in pred)}
    fp = [n.name for n in pred if not (_names(n) & gold)]
    rels.add("COVERS", gold=len(gold), pred=len(pred), tp=len(hits))
    if hits != gold or fp:
        out.append({"passage": f"{gd.doc}:COVERS", "doc": gd.doc, "entity_fn": [], "entity_fp": [],
                    "relation_fn": [{"type": "COVERS", "source": PLAN_TOKEN, "target": g} for g in sorted(gold - hits)],
                    "relation_fp": [{"type": "COVERS", "source": PLAN_TOKEN, "target": n} for n in fp]})


def _comparator_of(gold_row: dict, props: dict) -> str | None:
    """The edge's comparator for the gold target: the growth's own (年均增长6%左右 is ≈) when the gold figure is
    the edge's growth rather than its level."""
    want, level = _number(gold_row.get("target")), _number(props.get("target_value"))
    if props.get("growth") and want is not None and level != want and _number(props.get("growth")) == want:
        from loaders.extract.units import parse_target
        return parse_target(props["growth"])[2] or None
    return props.get("comparator")


def _score_indicators(gd: GoldDoc, plan_id, graph) -> list[dict]:
    """One row per gold indicator: recalled or not, and what the graph has for it (to debug misses)."""
    nodes = graph.nodes
    mine = [e for e in graph.edges_of("TARGETS")
            if e.source == plan_id or any(ev.plan == plan_id for ev in e.evidence)
            or (nodes[e.source].label == "Goal" and any(m.plan == plan_id for m in nodes[e.source].mentions))]
    # an indicator row is also known by the aliases its Indicator entity carries in the document's passages
    # (row 空气质量优良天数比例, entity alias 城市空气质量优良天数比例)
    known = [_gold_names(e) for p in gd.passages for e in p.entities if e.get("type") == "Indicator"]
    rows = []
    for g in gd.indicators:
        names = _gold_names(g)
        names = names.union(*(k for k in known if k & names))
        cands = [e for e in mine if names & _names(nodes[e.target])]
        hits = [e for e in cands if target_matches(g, e.props)]
        ok = bool(hits)
        # the direction of a recalled target (≥ for 不低于, ≤ for 不超过): only where gold states one
        agrees = None if not (ok and g.get("comparator")) else \
            any(_comparator_of(g, e.props) == g["comparator"] for e in hits)
        rows.append({"doc": gd.doc, "name": g["name"], "target": g.get("target"), "target_year": g.get("target_year"),
                     "recalled": ok, "comparator": g.get("comparator"), "comparator_agrees": agrees,
                     "found": [{k: e.props.get(k) for k in ("target", "target_value", "target_year", "comparator")}
                               for e in cands]})
    return rows


# -- command line -------------------------------------------------------------------------------
def _fmt(rows: dict, overall: dict, title: str) -> list[str]:
    lines = [f"{title:<14}{'gold':>6}{'pred':>6}{'tp':>6}{'P':>8}{'R':>8}{'F1':>8}"]
    for k, r in list(rows.items()) + [("overall", overall)]:
        lines.append(f"{k:<14}{r['gold']:>6}{r['predicted']:>6}{r['tp']:>6}"
                     f"{r['precision']:>8.3f}{r['recall']:>8.3f}{r['f1']:>8.3f}")
    return lines


def report_lines(result: dict, verbose: bool = False) -> list[str]:
    lines = [f"{result['passages']} passages in {result['documents']} documents", ""]
    lines += _fmt(result["entities"], result["entities_overall"], "entity")
    lines.append("")
    lines += _fmt(result["relations"], result["relations_overall"], "relation")
    lines.append(f"(of the LOCATED_IN false positives, {result['located_in_fp_to_plan_place']} point at the "
                 f"document's own place: implied by the document, not stated in the passage)")
    if "inferred_not_scored" in result:
        lines.append(f"inferred edges not scored: {result['inferred_not_scored']} in the gold passages "
                     f"({result['inferred_in_graph']} in the graph; see loaders.extract.relations.INFERRED_EXTRACTORS)")
    lines += ["", f"{'document':<28}{'passages':>9}{'entity F1':>11}{'relation F1':>13}"]
    for doc, r in result["by_document"].items():
        lines.append(f"{doc:<28}{r['passages']:>9}{r['entities']['f1']:>11.3f}{r['relations']['f1']:>13.3f}")
    it = result["indicator_targets"]
    lines += ["", f"indicator targets recalled: {it['recalled']}/{it['gold']} = {it['recall']:.3f}"]
    if it.get("comparators_compared"):
        lines.append(f"comparator (≥ ≤ ≈ =) as gold states it: {it['comparators_agree']}/{it['comparators_compared']}"
                     f" of the recalled targets")
    if verbose:
        for row in it["rows"]:
            if not row["recalled"]:
                lines.append(f"  missed {row['doc'][:3]} {row['name']} {row['target']} ({row['target_year']})"
                             f" — graph has {row['found'] or 'nothing'}")
            elif row["comparator_agrees"] is False:
                lines.append(f"  comparator {row['doc'][:3]} {row['name']} {row['target']}: gold {row['comparator']}"
                             f" — graph has {[e.get('comparator') for e in row['found']]}")
        lines.append("")
        for p in result["errors"]:
            parts = []
            if p["entity_fn"]:
                parts.append("  FN " + "; ".join(f"{e['type']}:{e['name']}" for e in p["entity_fn"]))
            if p["entity_fp"]:
                parts.append("  FP " + "; ".join(f"{e['type']}:{e['name']}" for e in p["entity_fp"]))
            if p["relation_fn"]:
                parts.append("  rel FN " + "; ".join(f"{r['source']}-{r['type']}->{r['target']}"
                                                     for r in p["relation_fn"]))
            if p["relation_fp"]:
                parts.append("  rel FP " + "; ".join(f"{r['source']}-{r['type']}->{r['target']}"
                                                     for r in p["relation_fp"]))
            if parts:
                lines.append(p["passage"])
                lines.extend(parts)
    return lines


def main(args) -> int:
    """Entry point of ``python -m graph eval``; prints a table, or the result dict with ``--json``."""
    result = evaluate(getattr(args, "gold", "tests/gold"), getattr(args, "plans", "data/plans"))
    if getattr(args, "json", False):
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        print("\n".join(report_lines(result, verbose=getattr(args, "verbose", False))))
    return 0


if __name__ == "__main__":
    ap = argparse.ArgumentParser(prog="python -m loaders.evaluate")
    ap.add_argument("--gold", default="tests/gold")
    ap.add_argument("--plans", default="data/plans")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--verbose", "-v", action="store_true")
    sys.exit(main(ap.parse_args()))
