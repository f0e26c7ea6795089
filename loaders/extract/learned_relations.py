"""Relations the rules missed, from the learned classifier (:mod:`loaders.learned.relations`).

Runs after ``relations``: the entity nodes and their mentions are in ``ctx.graph``.  Per sentence of the
segmentation, every ordered pair of mentions of two entities that LOCATED_IN / SUPPORTS / INVOLVES allows is
scored; a pair scoring at least its relation's threshold becomes an edge when the rules did not already
add that edge, citing every sentence that scores so (extractor ``learned_relations``, confidence = the probability).
A place is put in another place only when the gazetteer agrees or does not know the first place (never a
loop up the chain).  Without a model file (``models_dir()/relations.json``) this does nothing.
"""
from __future__ import annotations

import bisect
import re

from graph.ontology import ENTITY_LABELS
from loaders.extract.common import SpanIndex
from loaders.learned import relations as L

EXTRACTOR = "learned_relations"


def _inferred() -> frozenset:
    from loaders.evaluate import inferred_extractors
    return inferred_extractors()


#: after an organisation, what it has rather than what it does: relying on a university's location or a
#: company's brand makes neither a partner of the project (a linear model over the words between cannot tell)
ASSET_OF = re.compile(r"的?(?:区位|地缘|资源|优势|品牌|影响力|辐射|知名度|名气|周边)")


def _place_ok(lex, child: str, parent: str) -> bool:
    chain = lex.place_chain(child)
    if chain:
        return parent in {p.name for p in chain[1:]}
    return child not in {p.name for p in lex.place_chain(parent)}


def extract(ctx) -> None:
    model = L.load()
    if model is None:
        return
    graph, plan = ctx.graph, ctx.plan_id
    mentions = sorted({L.Mention(m.start, m.end, n.label, n.id)
                       for n in graph.nodes.values() if n.label in ENTITY_LABELS
                       for m in n.mentions if m.plan == plan},
                      key=lambda m: (m.start, m.end, m.label, m.key))
    if len(mentions) < 2:
        return
    starts = [m.start for m in mentions]
    text = ctx.doc.text
    found: dict[tuple[str, str, str], list[tuple[float, int, int, str | None]]] = {}
    for sent in ctx.seg.sentences:
        lo = bisect.bisect_left(starts, sent.start)
        hi = bisect.bisect_left(starts, sent.end)
        inside = [m for m in mentions[lo:hi] if m.end <= sent.end]
        if len({m.key for m in inside}) < 2:
            continue
        titles, in_box = L._titles(ctx.seg, sent.section)
        for c, p in model.predict(L.candidates(text, (sent.start, sent.end), inside, titles, in_box)):
            if c.relation == "INVOLVES" and ASSET_OF.match(text, c.target.end):
                continue    # 依托内蒙古工业大学的区位优势: what the organisation has is used, it takes no part
            found.setdefault((c.source.key, c.relation, c.target.key), []).append(
                (p, sent.start, sent.end, sent.section))
    policy = model.policy
    if policy != "any":
        # what the rules already say in each sentence: (relation, source) per evidence span
        stated = SpanIndex((ev.start, ev.end, (e.type, e.source)) for e in graph.edges.values()
                           if e.type in L.RELATIONS and e.extractor != EXTRACTOR and e.extractor not in _inferred()
                           for ev in e.evidence if ev.plan == plan)

        def quiet(rel: str, src: str, a: int, b: int) -> bool:
            return not any(r == rel and (policy == "quiet" or sk == src) for _, _, (r, sk) in stated.overlapping(a, b))

        found = {k: kept for k, hits in found.items()
                 if (kept := [h for h in hits if quiet(k[1], k[0], h[1], h[2])])}
    lex = None
    for (src, rel, dst), hits in sorted(found.items()):
        if (src, rel, dst) in graph.edges:
            continue        # the rules found it already
        s, t = graph.nodes[src], graph.nodes[dst]
        if rel == "LOCATED_IN" and s.label == "Place":
            if lex is None:
                from loaders.lexicon import load_lexicon
                lex = load_lexicon()
            if not _place_ok(lex, s.name, t.name):
                continue
        conf = round(max(h[0] for h in hits), 4)
        for _, a, b, section in sorted(set(hits), key=lambda h: (h[1], -h[0])):
            graph.add_edge(src, dst, rel, evidence=ctx.evidence(a, b, section), extractor=EXTRACTOR,
                           confidence=conf)
