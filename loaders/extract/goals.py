"""发展定位 / 发展目标 / 远景目标 sections → Goal nodes, and what each goal relies on.

A goal section is found by its heading (…定位, …目标, 远景…, 展望…).  Inside it,
each paragraph that opens with a lead phrase — ``——科技创新示范区。``,
``**——努力打造“经济强”新城。**``, ``（一）区域消费中心`` or a short lead sentence —
states one goal; the phrase without its verb (打造, 建设成为, 建成…) is the Goal's name.

Reliance inside that paragraph (``依托X``, ``以X为依托``, ``围绕X``, ``立足X``,
``发挥X优势``) links X to the goal: a place → Goal LOCATED_IN Place; an industry,
project, policy or organisation → X SUPPORTS Goal.

:func:`goals_by_paragraph` is shared with indicators.py, so a target sentence in a
goal's paragraph is TARGETS from that goal.
"""
from __future__ import annotations

import bisect
import re

from loaders.extract import patterns as P
from loaders.extract.common import add_entity, add_relation, canonical_name
from loaders.extract.units import norm, year_of
from loaders.lexicon import load_lexicon

GOAL_SECTION = re.compile(r"(发展|功能|战略|总体|城市|城区)?定位|发展目标|主要目标|总体目标|奋斗目标|远景目标|远景|展望|目标任务")
LEAD_RE = re.compile(r"^(?:\*\*)?(?:——|—|[-•·]\s*|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．])?\s*(?:\*\*)?"
                     r"(?P<lead>[^。；;：:！!？?\n]{2,30}?)(?:\*\*)?[。；;：:！!](?:\*\*)?")
GOAL_VERBS = re.compile(r"^(?:努力|全力|加快|着力|奋力|率先|基本)?(?:打造成为|建设成为|打造成|建成为|打造|建设成|建设|建成|"
                        r"成为|构建|形成|争创|创建)")
#: lead phrases that are principles or methods rather than goals
NOT_GOAL = re.compile(r"^坚持|^必须|^把握|^遵循|^贯彻|^指导思想|^基本原则|^展望|^到\s*20|^对标")


def _kind(title: str) -> str:
    if "定位" in title:
        return "定位"
    if "远景" in title or "展望" in title or "2035" in title or "二〇三五" in title:
        return "远景"
    return "目标"


def goal_name(lead: str) -> str:
    """The goal phrase: no markup, dashes, numbering or leading verb.

    >>> goal_name("努力打造“经济强”新城"), goal_name("——科技创新示范区")
    ('“经济强”新城', '科技创新示范区')
    """
    s = norm(lead).replace("*", "").lstrip("—-•· ")
    s = GOAL_VERBS.sub("", s)
    return s.strip("，,、 ")


def goals_by_paragraph(ctx) -> dict:
    """{paragraph index: Goal node} for the plan (computed once per context)."""
    cached = ctx.__dict__.get("_goals_by_paragraph")
    if cached is not None:
        return cached
    found: dict = {}
    ctx.__dict__["_goals_by_paragraph"] = found
    text = ctx.doc.text
    seg = ctx.seg
    end_year = _plan_end(ctx)
    goal_secs = {}
    for s in seg.sections:
        if s.kind in ("box", "table"):
            continue
        m = GOAL_SECTION.search(s.title)
        if m and len(s.title) <= 20:
            goal_secs[s.id] = s
    # （一）科技创新中心 / 一、… under a goal section: the sub-heading is the goal, its paragraphs state it
    sub_goals = {}
    for s in seg.sections:
        if s.parent in goal_secs and s.kind in ("part", "subpart") and not GOAL_SECTION.search(s.title):
            name = goal_name(s.title)
            if 3 <= len(name) <= 24 and not NOT_GOAL.search(norm(s.title)) and not re.search(r"\d", name):
                parent = goal_secs[s.parent]
                kind = _kind(parent.title)
                horizon = 2035 if kind == "远景" else (year_of(parent.title) or end_year)
                off = s.title.find(name[:2]) if name[:2] in s.title else 0
                start = s.title_start + max(off, 0)
                end = start + len(name) if text[start:start + len(name)] == name else s.title_end
                sub_goals[s.id] = add_entity(ctx, "Goal", text[start:end], start, end, extractor="goal-bullet",
                                             props={"horizon": horizon, "kind": kind},
                                             name=canonical_name("Goal", name))
    for idx, para in enumerate(seg.paragraphs):
        body = text[para.start:para.end]
        if para.section in sub_goals:
            found[idx] = sub_goals[para.section]
            continue
        if VISION_RE.match(body):
            _vision(ctx, idx, para, body, found)
            continue
        sec = goal_secs.get(para.section)
        if sec is None:
            continue
        m = LEAD_RE.match(body)
        lead = m.group("lead") if m else ""
        name = goal_name(lead)
        if not m or not (3 <= len(name) <= 24) or NOT_GOAL.search(norm(lead)) or re.search(r"[\d，,]", name):
            _goal_in_text(ctx, idx, para, body, goal_secs[para.section], end_year, found)
            continue
        bulleted = body.lstrip("*").startswith(("—", "-", "•", "（", "("))
        if not bulleted and not GOAL_VERBS.match(norm(lead).replace("*", "").lstrip("—")) and len(name) > 16:
            continue
        kind = _kind(sec.title)
        horizon = 2035 if kind == "远景" else (year_of(body[:200]) or year_of(sec.title) or end_year)
        a = para.start + m.start("lead")
        off = lead.find(name[:2]) if name[:2] in lead else 0
        start = a + max(off, 0)
        end = start + len(name) if text[start:start + len(name)] == name else a + len(lead)
        node = add_entity(ctx, "Goal", text[start:end], start, end, extractor="goal-bullet",
                          props={"horizon": horizon, "kind": kind},
                          name=canonical_name("Goal", name))
        found[idx] = node
    return found


GOAL_IN_TEXT = re.compile(r"(?:建设成为|打造成为|建设成|打造成|建成|成为|打造)(?P<x>[^，,。；;、“”\"]{3,20}?"
                          r"(?:区|城|中心|基地|枢纽|高地|屏障|首府|城市|新城|样板|门户|走廊|窗口|桥头堡|典范|标杆))"
                          r"(?=[，,。；;、]|$)")


def _goal_in_text(ctx, idx, para, body, sec, end_year, found) -> None:
    """``到2025年，把某区建设成为区域性物流枢纽。``: a goal section's prose names the goal after its verb."""
    m = GOAL_IN_TEXT.search(body)
    if not m:
        return
    name = goal_name(m.group("x"))
    if not (4 <= len(name) <= 20) or re.search(r"\d", name):
        return
    kind = _kind(sec.title)
    horizon = 2035 if kind == "远景" else (year_of(body[:m.start()]) or year_of(sec.title) or end_year)
    start = para.start + m.start("x")
    found[idx] = add_entity(ctx, "Goal", m.group("x"), start, extractor="goal-bullet",
                            props={"horizon": horizon, "kind": kind}, name=canonical_name("Goal", name))


VISION_RE = re.compile(r"^(?:\*\*)?展望\s*(?:20\d\d|二[〇零]\S{2})\s*年")
VISION_GOAL = re.compile(r"(?:基本|全面)?(?:建设成为|建成|成为|实现)(?P<x>[^，,；;。：:]{4,24}?)(?=[，,；;。])")


def _vision(ctx, idx, para, body, found) -> None:
    """展望2035年，…将基本建成X： X is the plan's vision (远景, horizon 2035)."""
    first = re.split(r"(?<=[。；;])", body, 1)[0]
    m = VISION_GOAL.search(first if first[-1:] in "。；;" else first + "。")
    if not m:
        return
    name = goal_name(m.group("x"))
    if not (4 <= len(name) <= 24):
        return
    start = para.start + m.start("x")
    found[idx] = add_entity(ctx, "Goal", m.group("x"), start, extractor="goal-bullet",
                            props={"horizon": 2035, "kind": "远景"}, name=canonical_name("Goal", name))


def _plan_end(ctx) -> int | None:
    years = re.findall(r"(?:19|20)\d\d", str(ctx.doc.meta.get("period") or ""))
    return int(years[-1]) if years else None


RELIANCE = [
    re.compile(r"以(?P<x>[^，,。；;]{2,40}?)为(?:依托|支撑|载体|重点|核心|抓手)"),
    re.compile(r"(?:依托|依靠|立足|围绕|借助)(?P<x>[^，,。；;]{2,40})"),
    re.compile(r"发挥(?P<x>[^，,。；;]{2,30}?)(?:的)?(?:优势|作用)"),
]
#: a reliance phrase ends where the clause's main verb starts (围绕呼和浩特打造…)
CUT = re.compile(r"(打造|建设|培育|推进|推动|发展|构建|加快|加强|形成|开展|实施|深化|提升|做强|做大|丰富的|厚重的|优美的|独特的|的)")
SPLIT = re.compile(r"[、及与]|以及")


NATURAL = ("山", "山脉", "河", "湖", "草原", "湿地", "水库", "森林", "黄河", "沙漠")


def _classify(lex, part: str):
    """(label, name) for a thing a goal relies on, or None."""
    part = part.strip("“”\"' ")
    if len(part) < 2:
        return None
    for n in range(len(part), 1, -1):      # longest known place at the start (敕勒川草原丰富的…)
        if lex.place(part[:n]):
            return "Place", lex.place(part[:n]).name, part[:n]
    if lex.industry(part):
        return "Industry", lex.industry(part).name, part
    for suf, _ in P.ORG_SUFFIXES:
        if part.endswith(suf) and len(part) > len(suf) + 1:
            return "Organization", part, part
    for suf, _ in P.PLACE_SUFFIXES[:14]:
        if part.endswith(suf) and len(part) > len(suf) + 1:
            return "Place", part, part
    for suf, _ in P.PROJECT_SUFFIXES[:12]:
        if part.endswith(suf) and len(part) > len(suf) + 1:
            return "Project", part, part
    if part.endswith(NATURAL) and 2 <= len(part) <= 8:     # 以大青山为依托: a relied-on mountain, river, grassland
        return "Place", part, part
    if part.endswith(P.INDUSTRY_TAILS) and 3 <= len(part) <= 10:
        return "Industry", part, part
    return None


def _reliance(ctx, goal, para) -> None:
    text = ctx.doc.text
    lex = load_lexicon()
    body = text[para.start:para.end]
    for rx in RELIANCE:
        for m in rx.finditer(body):
            x = m.group("x")
            cut = CUT.search(x, 1)
            if cut:
                x = x[:cut.start()]
            x = re.sub(r"(建设|优势|作用|资源)$", "", x)
            pos = para.start + m.start("x")
            for part in SPLIT.split(x):
                part = re.sub(r"\s+", "", part)
                whole = _classify(lex, part)
                # 和 joins two things unless it is inside a name (呼和浩特): split only when the whole is unknown
                found = [whole] if whole else [_classify(lex, p) for p in part.split("和")] if "和" in part else []
                for got in found:
                    if got:
                        _link(ctx, goal, para, m, pos, got)


def _link(ctx, goal, para, m, pos, got) -> None:
    """Goal LOCATED_IN a place it relies on; anything else it relies on SUPPORTS it."""
    label, name, surface = got
    at = ctx.doc.text.find(surface, pos, para.start + m.end())
    if at < 0:
        return
    s0, s1 = _sentence_span(ctx, para, at)
    node = add_entity(ctx, label, surface, at, at + len(surface), extractor="goal-reliance",
                      name=name if label in ("Place", "Industry") else None)
    if label == "Place":
        add_relation(ctx, goal, node, "LOCATED_IN", s0, s1, extractor="goal-reliance", confidence=0.7)
    else:
        add_relation(ctx, node, goal, "SUPPORTS", s0, s1, extractor="goal-reliance", confidence=0.7)


def _sentence_span(ctx, para, at: int) -> tuple[int, int]:
    """The sentence of ``para`` holding offset ``at`` (bisect over the sorted sentence starts)."""
    starts = ctx.__dict__.get("_sentence_starts")
    if starts is None:
        starts = ctx.__dict__["_sentence_starts"] = [s.start for s in ctx.seg.sentences]
    i = bisect.bisect_right(starts, at) - 1
    if i >= 0 and ctx.seg.sentences[i].start <= at < ctx.seg.sentences[i].end:
        return ctx.seg.sentences[i].start, ctx.seg.sentences[i].end
    return para.start, para.end


def extract(ctx) -> None:
    goals = goals_by_paragraph(ctx)
    for idx, goal in goals.items():
        _reliance(ctx, goal, ctx.seg.paragraphs[idx])
