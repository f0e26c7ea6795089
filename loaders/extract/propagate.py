"""A name found once in a plan is the same name where it is written again.

Extractors decide sentence by sentence, so a name they recognise in one sentence (a 专栏 item, a
quoted programme) can be missed where the text writes it again in a plainer sentence.  This step adds
a mention at every other place the plan writes a found name exactly ("one sense per discourse"),
but only where no mention covers that stretch or crosses its ends: a name written inside a longer
name (餐饮业 in 住宿和餐饮业营业额, 自治区 in 自治区级) was left out by the extractors on purpose.
"""
from __future__ import annotations

from graph.ontology import ENTITY_LABELS
from loaders.extract.common import SpanIndex, add_entity

EXTRACTOR = "propagate"
#: the shortest name propagated: two-character names (乳业, 民宿) are too often part of other words
MIN_LENGTH = 4


def extract(ctx) -> None:
    text = ctx.doc.text
    index = SpanIndex((m.start, m.end, node.id) for node in ctx.graph.nodes.values() if node.label in ENTITY_LABELS
                      for m in node.mentions)
    for node in [n for n in ctx.graph.nodes.values() if n.label in ENTITY_LABELS]:
        forms = {m.text for m in node.mentions if len(m.text) >= MIN_LENGTH and "\n" not in m.text}
        for form in forms:
            at = text.find(form)
            while at >= 0:
                end = at + len(form)
                near = index.overlapping(at, end)
                # names written inside this one (a village in a project's name) do not stand in its way;
                # a mention that covers it or crosses its ends does
                if not any(s < at or e > end or (s, e) == (at, end) for s, e, _ in near):
                    add_entity(ctx, node.label, form, at, end, extractor=EXTRACTOR, name=node.name)
                at = text.find(form, end)
