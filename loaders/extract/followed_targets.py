"""The figure that follows an Indicator mention in a target sentence: a TARGETS edge the sentence rules missed.

:mod:`loaders.extract.indicators` reads targets from how a clause is built (``<indicator><verb><number>``,
a count ``<verb><object><number>``).  Mentions found otherwise — by the CRF tagger
(:mod:`loaders.extract.learned_entities`, which runs after the indicator rules) or by a rule that named the
quantity and left its figure alone — get no target from it.  This pass, after the tagger, reads the clause
right after each such mention the way plans write a target:

- ``<indicator>[将|年均|累计…]<verb><number><unit>[以上|左右…]`` closing the clause (突破2200万人次,
  增长15%以上, 控制在35微克/立方米);
- ``<indicator><number><unit>[以上]`` with no verb, the count of a list of targets (众创空间3家);
- ``<indicator><verb><words>`` ending in 水平/要求/标准 (不低于全市平均水平), a target in words.

Only in sentences the indicator rules decided set targets (:func:`indicators.target_sentences`: a plan's
goals, a report's 目标/力争/明年/到2026年 or the work ahead, not a 回顾 section, a past year or 同比), only
when the clause does not read as an achieved figure (PAST_RE), a project's own figure (项目建成后年产值) or
a standard (…的), and only when the rules have not already given this clause a target.  The props are
the rules' own (target as written, value, comparator, year, unit, growth).
"""
from __future__ import annotations

import bisect
import re

from loaders.extract.common import add_relation
from loaders.extract.indicators import (GROWTH_VERBS, MEASURE_HEAD, ONCE_BUILT, PAST_RE, STAT_HEAD, VERBS,
                                        target_sentences)
from loaders.extract.units import UNIT_RE, comparator, rate_unit

EXTRACTOR = "followed-target"
CONFIDENCE = 0.65

#: where a clause ends: the figure must close it (投资10亿元建设… is a project, not a target)
CLAUSE_END = "，,；;。：:！？、"
#: words between the name and its verb that belong to neither (将, 年均, 力争, 分别 is left out: A、B分别…)
BETWEEN = r"(?:将|要|均|年均|每年|累计|力争|争取|预计|预期|稳定|稳步|逐步|持续|全年|年内)*"
FIGURE = re.compile(rf"^{BETWEEN}(?P<verb>{'|'.join(VERBS)})?(?P<pre>约|大约|近|到)?(?P<num>\d+(?:\.\d+)?)"
                    rf"(?P<unit>{UNIT_RE})?(?P<post>及以上|以上|以内|以下|之内|左右)?$")
WORDS = re.compile(rf"^{BETWEEN}(?P<verb>不低于|不高于|高于|低于|达到|符合|满足|优于|控制在)"
                   r"(?P<t>[^\d，,；;。：:]{0,14}?(?:平均水平|水平|要求|标准))$")
#: before the mention in its clause: a project's or a work's own figure (项目建成后年产值12亿元)
OWN_FIGURE = re.compile(r"项目|工程|建成后|投产后|达产后|装机|设计")


def _clause(sq: str, at: int, end: int) -> tuple[int, int]:
    """The clause of ``sq`` around the mention ``sq[at:end]``."""
    a = at
    while a > 0 and sq[a - 1] not in CLAUSE_END:
        a -= 1
    b = end
    while b < len(sq) and sq[b] not in CLAUSE_END:
        b += 1
    return a, b


def read_figure(after: str, name: str) -> dict | None:
    """The target props of the words that follow an indicator's name to the end of its clause, or None.

    >>> read_figure("突破2200万人次", "接待游客")["target_value"], read_figure("3家", "众创空间")["comparator"]
    (2200.0, '=')
    >>> read_figure("增长15%以上", "研发经费投入")["growth"], read_figure("不低于全市平均水平", "消费支出增速")["target"]
    ('15%以上', '不低于全市平均水平')
    >>> read_figure("10亿元建设厂房", "投资") is None, read_figure("2026年", "接待游客") is None
    (True, True)
    """
    m = FIGURE.match(after)
    if m:
        verb, unit = m.group("verb") or "", m.group("unit") or ""
        if unit == "年" or (not unit and verb in ("", "为")):
            return None       # a year, or a bare number with nothing to say what it counts
        if verb in ("提高", "提升", "减少") and not (STAT_HEAD.search(name) or MEASURE_HEAD.search(name)):
            return None       # 改造提升245个: work done, not a measure raised
        written = m.group(0)[m.start("pre") if m.group("pre") else m.start("num"):]
        props = {"target": written, "target_value": float(m.group("num")),
                 "comparator": comparator(verb + (m.group("pre") or ""), m.group("post") or ""),
                 "unit": rate_unit(unit) or None}
        if verb in GROWTH_VERBS:
            props["growth"] = (verb if verb.startswith(("下降", "降低", "年均下降")) else "") + written
        return props
    m = WORDS.match(after)
    if m:
        words = m.group("verb") + m.group("t")
        cmp_ = "≥" if m.group("verb") in ("不低于", "高于", "优于") else \
            "≤" if m.group("verb") in ("不高于", "低于", "控制在") else None
        return {"target": words, "target_value": None, "comparator": cmp_, "unit": None}
    return None


def extract(ctx) -> None:
    outlook = target_sentences(ctx)
    if not outlook:
        return
    starts = [o.sent.start for o in outlook]
    graph = ctx.graph
    # per sentence, the Indicators the rules already gave a target there, and where they are mentioned
    targeted: dict[int, set[str]] = {}
    for e in graph.edges.values():
        if e.type == "TARGETS":
            for ev in e.evidence:
                targeted.setdefault(ev.start, set()).add(e.target)
    for node in list(graph.nodes.values()):
        if node.label != "Indicator":
            continue
        for mention in list(node.mentions):
            i = bisect.bisect_right(starts, mention.start) - 1
            if i < 0 or not (outlook[i].sent.start <= mention.start and mention.end <= outlook[i].sent.end):
                continue
            o = outlook[i]
            done = targeted.get(o.sent.start, set())
            if node.id in done:
                continue
            at = bisect.bisect_left(o.pos, mention.start)
            end = bisect.bisect_left(o.pos, mention.end)
            c0, c1 = _clause(o.sq, at, end)
            clause = o.sq[c0:c1]
            if PAST_RE.search(clause) or OWN_FIGURE.search(o.sq[c0:at]) or ONCE_BUILT.search(o.sq[at:end]):
                continue
            # the rules read this clause already (a target for another name written here)
            if any(m.start < o.pos[c1 - 1] + 1 and o.pos[c0] < m.end
                   for other in done for m in graph.nodes[other].mentions):
                continue
            props = read_figure(o.sq[end:c1], node.name)
            if props is None:
                continue
            props["target_year"] = o.year_for(at)
            if add_relation(ctx, graph.nodes[o.source.id], node, "TARGETS", o.sent.start, o.sent.end,
                            extractor=EXTRACTOR, confidence=CONFIDENCE, props=props) is not None:
                done.add(node.id)
                targeted[o.sent.start] = done
