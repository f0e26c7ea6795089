"""Entities the CRF tagger (:mod:`loaders.learned.entities`) finds that the rules did not.

The rules run first; the tagger, trained on every annotated passage, adds what it is sure of in the
sentences the rules do not know.  A tagged span is added only when every character's label has a
marginal probability of at least :data:`MIN_CONFIDENCE`, unless the rules already found an entity at
exactly that span, or a gazetteer or taxonomy name of the same type inside it (the lexicon is real
domain data and outranks the model: 哈素海景区 stays the lake 哈素海).  It runs before :mod:`loaders.extract.relations`, so the relation rules see the
learned entities too.

How the policy and threshold were chosen (entity F1 on tests/heldout6, the set the rules were never tuned
on, with a model trained without it; rules alone 0.779):

=========================================  =====  =====  =====  =====
add a tagged span when, at confidence ≥     0.5    0.7    0.85   0.95
=========================================  =====  =====  =====  =====
no rule entity overlaps it                  0.777  0.785  0.782
no rule entity of its type overlaps it      0.777  0.784  0.784
no rule entity has exactly its span         0.788  0.795  0.801  0.785
=========================================  =====  =====  =====  =====

The last policy at 0.85, with the lexicon check, gives 0.798 (relation F1 0.590 → 0.617, because the
relation rules see the learned entities).

Checked again with fifteen annotated sets, each scored with models trained on the other fourteen (micro entity /
relation F1).  Over heldout6–heldout15: 0.5 → 0.875 / 0.778, 0.6 → 0.878 / 0.779, 0.7 → 0.881 / 0.777,
0.85 → 0.881 / 0.774, 0.95 → 0.879 / 0.767; over all fifteen sets: 0.7 → 0.910 / 0.831, 0.85 → 0.914 / 0.833.
The differences are within what one set changes, so 0.85 stays.
"""
from __future__ import annotations

import re

from graph.ontology import ENTITY_LABELS
from loaders.extract.common import SpanIndex, add_entity
from loaders.learned.entities import load
from loaders.lexicon import load_lexicon

EXTRACTOR = "learned_entities"
#: a tagged span that runs into its clause (…千亩花海进入盛花期, …文化旅游节在, A暨B): no name ends with a preposition
#: or holds a verb of what happens to it
CLAUSE_IN_SPAN = re.compile(r"[在于的了]$|进入|暨|正式|如期|顺利")
MIN_CONFIDENCE = 0.85


def extract(ctx) -> None:
    tagger = load()
    if tagger is None:
        return
    lex = load_lexicon()
    found: set[tuple[int, int]] = set()
    known: dict[str, list[tuple[int, int, None]]] = {}     # spans of lexicon names the rules found, by type
    for node in ctx.graph.nodes.values():
        if node.label not in ENTITY_LABELS:
            continue
        in_lexicon = lex.place(node.name) is not None or lex.industry(node.name) is not None
        for m in node.mentions:
            found.add((m.start, m.end))
            if in_lexicon:
                known.setdefault(node.label, []).append((m.start, m.end, None))
    lexicon_spans = {label: SpanIndex(spans) for label, spans in known.items()}
    for f in tagger.tag_text(ctx.doc.text, ctx.seg):
        if f.confidence < MIN_CONFIDENCE or (f.start, f.end) in found or CLAUSE_IN_SPAN.search(f.surface):
            continue
        index = lexicon_spans.get(f.type)
        if index is not None and index.overlapping(f.start, f.end):
            continue    # the gazetteer or taxonomy already names this stretch (哈素海 in 哈素海景区)
        add_entity(ctx, f.type, f.surface, f.start, f.end, extractor=EXTRACTOR)
