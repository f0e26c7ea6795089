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

Goals are also named in running text (news, reports, plan prose): the thing a place
works towards after 建设/打造/建成/争创/创建/迈向 whose name ends in a goal head
(城区, 城市, 新城, 示范区, 高地, 枢纽, 名城…; 中心/基地/屏障 only with a scope such as
区域性/国家/首府), the items of a list of them and their numbered group
(``建设A城区、B城区“两个城区”``), a quoted quality with 城市 (``围绕“宜业”城市建设``),
city titles (``“中国乳都”``), and a quality with a place (``绿色某区建设取得…``).
Descriptions (具有影响力的城市), works (…枢纽项目) and quantities (一批示范区) are not.
Also: titles of counties and towns (…示范县/示范旗, …名区/名县), parks ranked by output
(千亿级园区) and graded scenic titles (国家5A级旅游景区), a quoted metaphor with its scope
(首府“后花园”), a quoted title with a goal head (“世界乳都”核心区), what a place is pushed
towards (向X迈进), goals after a date (力争到2027年建成X), two goals joined by 和 at any 和,
the visions after the aim every plan shares (基本实现社会主义现代化，建成A和B), and in a goal
section X基地建设取得成效.  The places a prose sentence relies on before naming its goal
(立足A…，…建设G) hold the goal, unless a clause in between develops something else.
"""
from __future__ import annotations

import bisect
import re

from loaders.extract import patterns as P
from loaders.extract.common import add_entity, add_relation, canonical_name, clean
from loaders.extract.units import norm, year_of
from loaders.lexicon import load_lexicon

#: a report's title for its year of work (2026年的目标任务和工作安排): its 目标任务 are tasks, not 发展目标
REPORT_WORK_TITLE = re.compile(r"工作安排|工作部署|重点工作|工作任务")
GOAL_SECTION = re.compile(r"(发展|功能|战略|总体|城市|城区)?定位|发展目标|主要目标|总体目标|奋斗目标|远景目标|远景|展望|目标任务")
LEAD_RE = re.compile(r"^(?:\*\*)?(?:——|—|[-•·]\s*|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．])?\s*(?:\*\*)?"
                     r"(?P<lead>[^。；;：:！!？?\n]{2,30}?)(?:\*\*)?[。；;：:！!](?:\*\*)?")
GOAL_VERBS = re.compile(r"^(?:努力|全力|加快|着力|奋力|率先|基本|聚力|聚焦|全面|持续)?(?:打造成为|建设成为|打造成|建成为|打造|建设成|建设|建成|"
                        r"成为|构建|形成|争创|创建|擦亮|叫响|做强|做优)")
#: lead phrases that are principles or methods rather than goals
NOT_GOAL = re.compile(r"^坚持|^必须|^把握|^遵循|^贯彻|^指导思想|^基本原则|^展望|^到\s*20|^对标|^(?:发展|功能|战略)定位$|"
                      r"^立足|^依托|^紧扣|^紧紧围绕|^发挥|"
                      # 三是提升民生服务品质 (a task of the year's work), 今年…主要预期指标为 (the targets' lead-in)
                      r"^[一二三四五六七八九十]是|(?:指标|目标|任务)(?:为|是|如下)?$")     # 立足A的优势…: the grounds of a positioning, not it


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
        if m and m.group(0) == "目标任务" and REPORT_WORK_TITLE.search(s.title):
            continue      # 2026年的目标任务和工作安排: a report's year of work, whose headings are tasks, not goals
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
    for m in VISION_GOAL.finditer(first if first[-1:] in "。；;" else first + "。"):
        x, start = m.group("x"), para.start + m.start("x")
        if "的" in x and len(x) - x.rfind("的") > 4:      # 开放包容、生态宜居的现代化区域中心城市: the thing, not its praise
            start, x = start + x.rfind("的") + 1, x[x.rfind("的") + 1:]
        if GENERIC_GOAL.fullmatch(goal_name(x)):
            continue                  # 基本实现社会主义现代化，建成X: the aim every plan shares; X is the vision
        for off, part in _vision_parts(x):
            name = goal_name(part)
            if 4 <= len(name.replace("“", "").replace("”", "")) <= 24:
                node = add_entity(ctx, "Goal", part, start + off, extractor="goal-bullet",
                                  props={"horizon": 2035, "kind": "远景"}, name=canonical_name("Goal", name))
                found.setdefault(idx, node)
        if idx in found:
            return


def _vision_parts(x: str) -> list[tuple[int, str]]:
    """建成首府“后花园”和生态宜居幸福某县: two visions joined by 和 (not the 和 of 和谐/和美/和平)."""
    for jm in re.finditer(r"和(?![谐美平睦])", x):
        left, right = x[:jm.start()], x[jm.end():]
        if "的" not in x and len(left.strip("“”")) >= 4 and len(right.strip("“”")) >= 4:
            return [(0, left), (jm.end(), right)]
    return [(0, x)]


#: aims every plan shares (基本实现社会主义现代化) name no goal of the place's own
GENERIC_GOAL = re.compile(r"(?:基本)?(?:实现)?(?:社会主义)?现代化|全面小康|小康社会|共同富裕")


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


def _reliance(ctx, goal, para, a: int | None = None, b: int | None = None, places_only: bool = False) -> None:
    """What the paragraph (or its part text[a:b]) relies on: places hold the goal, anything else serves it."""
    text = ctx.doc.text
    lex = load_lexicon()
    a = para.start if a is None else a
    body = text[a:para.end if b is None else b]
    for rx in RELIANCE:
        for m in rx.finditer(body):
            if places_only and not _relied_for_goal(body, m):
                continue
            x = m.group("x")
            cut = CUT.search(x, 1)
            if cut:
                x = x[:cut.start()]
            # 立足大召、五塔寺等历史文化资源 / 立足A的区位优势: places named as the resources or advantages a goal
            # draws on are not where it is (annotators leave them without an edge three times in four)
            assets = bool(ASSETS.search(x))
            x = re.sub(r"(建设|优势|作用|资源)$", "", x)
            pos = a + m.start("x")
            for part in SPLIT.split(x):
                part = re.sub(r"\s+", "", part)
                whole = _classify(lex, part)
                # 和 joins two things unless it is inside a name (呼和浩特): split only when the whole is unknown
                found = [whole] if whole else [_classify(lex, p) for p in part.split("和")] if "和" in part else []
                if whole and whole[0] == "Place" and part[len(whole[2]):][:1] in ("和", "及", "与"):
                    found.append(_classify(lex, part[len(whole[2]) + 1:]))   # A园区和和林格尔新区: both places
                for got in found:
                    if got and got[0] == "Place" and assets:
                        continue
                    if got and (got[0] == "Place" or not places_only):
                        _link(ctx, goal, para, m, pos, got)


#: what a reliance names as assets rather than sites (…资源, …的区位优势, …禀赋)
ASSETS = re.compile(r"资源|优势|禀赋")


#: a clause that builds its own object (依托A资源发展B): what it relies on serves that, not a later goal
OWN_OBJECT = re.compile(r"(打造|建设|培育|推进|推动|发展|构建|形成|开展|实施|做强|做大|壮大|促进)")


#: a clause between the reliance and the goal that develops something else (…，发展全域旅游，建设G)
BUILDS = re.compile(r"(打造|建设|培育|发展|构建|形成|做强|做大|壮大)")


def _relied_for_goal(body: str, m) -> bool:
    """In running text, a reliance (立足A的区位优势，…) holds the goal named at most two clauses on, and only
    when its own clause builds nothing else."""
    after = body[m.end():]
    if re.search(r"[。！？!?]", after) or len(re.findall(r"[，,；;]", after)) > 2:
        return False
    same_clause = not re.search(r"[，,；;]", after)
    if same_clause:
        return True
    between = re.split(r"[，,；;]", after)[1:-1]      # clauses between the reliance and the goal's own clause
    return not OWN_OBJECT.search(m.group("x"), 1) and not any(BUILDS.search(c) for c in between)


def _link(ctx, goal, para, m, pos, got) -> None:
    """Goal LOCATED_IN a place it relies on; anything else it relies on SUPPORTS it."""
    label, name, surface = got
    at = ctx.doc.text.find(surface, pos, pos - m.start("x") + m.end())
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


# -- goals named in running text (news, reports, plan prose) ----------------------------------------
#: what a goal is called after: the kind of place or standing a place works towards
TITLE_HEADS = ("城区", "城市", "新城", "卫星城", "示范区", "先行区", "试验区", "引领区", "高地", "枢纽", "名城", "之都", "之城",
               "强区", "强市", "强旗", "强县", "样板", "标杆", "典范",
               # a title given to a county-level place or town (…示范旗, 文化旅游名区, 特色名镇)
               "示范旗", "示范县", "示范市", "示范镇", "名区", "名县", "名旗", "名镇", "名村", "强镇",
               "先行县", "先行旗", "先行市",
               # what a place is to its region: a growth pole, a model district, a district of coordination
               "增长极", "样板区", "协同区",
               # a new landmark of consumption, an open corridor, a ring of travel time (半小时通勤圈; not 一刻钟便民生活圈,
               # a service standard)
               "新地标", "国际通道", "大通道", "开放通道", "交通圈", "通勤圈")
#: heads that name facilities as often as goals: a goal only with a scope (区域性…中心, 模范自治区, 我国北方…屏障)
SCOPED_HEADS = ("中心", "基地", "屏障", "门户", "窗口", "桥头堡", "自治区", "核心区", "先导区", "承载区", "集聚区",
                "主阵地", "主战场", "目的地", "旅游目的地",
                "园区", "景区", "旅游景区", "后花园", "大门", "会客厅", "粮仓", "菜篮子", "奶罐",
                # a node of a national network (全国一体化算力网络…枢纽节点); a graded hospital (创建三级甲等医院)
                "枢纽节点", "综合医院", "医院")
SCOPE = re.compile(r"^(?:区域性|区域|全国性?|国际性?|国家级?|世界|中国|我国|北方|北疆|西部|首府|全区|全市|县域|现代化|模范|重要|"
                   r"[\u4e00-\u9fff]{2,4}(?:地区|经济圈|城市群)|呼包鄂榆|"
                   # a rank by output or grade: 千亿级园区, 国家5A级旅游景区
                   r"(?:十|百|千|万)亿级|(?:国家)?[345]A级|"
                   # a hospital's grade: 三级甲等综合医院, 二甲医院
                   r"[二三]级[甲乙]等|[二三][甲乙](?=[\u4e00-\u9fff]{0,4}医院))")
#: 中心 as a positioning: what the centre is for (消费中心, 科技创新中心), not a facility (数据中心, 技术创新中心)
CENTRE_OF = re.compile(r"(?:消费|科技创新|金融|物流|商贸|贸易|交通|文化|旅游|会展|开放|信息|算力|航运|教育|人才|枢纽|"
                       # the health system's titles: 国家区域医疗中心, 儿科区域医疗中心, 国家蒙医医学中心
                       r"区域医疗|医学|医疗)中心$")
GRADE = re.compile(r"(?:[二三]级[甲乙]等|[二三][甲乙])(?:综合|中医|蒙医|专科|妇幼)?(?:医院|综合医院)$")
#: a region word inside the title scopes it (儿科区域医疗中心): the centre serves a region, it is no building
REGION_SCOPE = re.compile(r"区域(?:性)?(?:医疗|物流|消费|金融|商贸|科技创新|文化|会展|交通)")
#: every head, longest first (a name ends in its longest head)
HEADS = tuple(sorted(TITLE_HEADS + SCOPED_HEADS, key=len, reverse=True))
HEADS_RE = "|".join(HEADS)
GOAL_VERB_RE = re.compile(r"(?:建设成为|打造成为|建设成|打造成|建成为|争创|创建|迈向|争当|争做|打造|建设|建成|成为|共建|构建)")
#: a city title: 中国乳都, 世界乳都, 草原钢城
CITY_TITLE = re.compile(r"(?:中国|世界|全国|国际|北方|北疆|亚洲|东方|草原|塞外)(?:[\u4e00-\u9fff]{1,3}(?:都|钢城)|"
                        r"[\u4e00-\u9fff]{0,3}(?:云谷|数谷|药谷))"
                        r"|(?:中国|全国)[\u4e00-\u9fff]{1,4}之乡")      # 中国马铃薯之乡: a title a county is given
QUOTED = re.compile(r"“(?P<q>[^“”]{1,20})”(?P<head>示范城市|城市|新城|城区|首府|核心区|示范区|先行区|引领区|试验区|承载区|集聚区)?")
#: 推动X向千亿级园区迈进: what a place or park advances towards
TOWARDS = re.compile(r"向(?P<x>[^，,。；;、“”向]{4,20}?)(?:迈进|迈出|跨越|挺进|进军|冲刺|看齐)")
#: 把A园区建成G / 将B镇打造成为G: the place made into the goal, then the goal up to the clause's end
MADE_INTO = re.compile(r"[把将](?P<p>[^，,。；;、“”把将]{2,12}?)(?:全面|加快|努力|全力)?"
                       r"(?:建设成为|打造成为|建设成|打造成|建成为|建成)(?P<x>[^，,。；;、“”]{4,20}?)(?=[，,。；;]|$)")
PLACE_END = re.compile(r"(?:园区|开发区|新区|产业园|片区|镇|乡|村|县|区|旗|市)$")
NUMBERED = re.compile(r"^[一二三四五六七八九十两]+(?:个|大|型)?")
#: 绿色回民区, 平安新城, 健康某旗: a quality and the place as the goal it works towards
QUALITY = re.compile(r"^(?:绿色|美丽|平安|法治|健康|数字|智慧|幸福|文明|生态|活力|魅力|宜居|人文|书香|和谐|创新|开放|"
                     r"品质|韧性|海绵|无废|低碳)")
ITEM_BREAK = "、，,。；;：:！？!?（）()"
NAME_STOP = re.compile(r"的|[\d%]|和$|^(?:和|与|及)")
GOAL_STOP = re.compile(r"(?![345]A级)[\d%]|和$|^(?:和|与|及)|最|^(?:一批|一些|若干|多个|各类|一系列|[一二三四五六七八九十两]+(?:个|座|处))|"
                       # 某景区力争创建…, 建设主体为某公司: a clause with its own verb or copula, not a name
                       r"力争|争取|确保|(?<![成作])为")
#: what may follow a goal's head inside a clause: a count of tasks (建设模范自治区两件大事), 等, 的目标
GOAL_END = re.compile(r"[一二三四五六七八九十两]+(?:件|个|项|大)|等|的(?:目标|定位|具体行动|具体举措|重要举措|有力支撑|重要支撑)|建设|目标|迈进|而|取得|创建|"
                      # 为建设G注入新动能 / 提供支撑 / 奠定基础: what the news says serves the goal
                      r"注入|提供|奠定|增添|打下|贡献|作出|积蓄|赋能")
AFTER_NAME = re.compile(r"(?:建设|创建)(?:取得|成果|工作|进程|步伐|迈出|成效|有力|扎实|稳步|全面|深入|持续|不断|加快|成功)"
                        r"|(?:基本|全面|初步)建成")      # 甲集聚区基本建成 (a goal section's aim reached)
#: 围绕G创建, 以G创建为契机: a title being sought, named before 创建 (or 建设)
SOUGHT = re.compile(r"(?:(?:围绕|以|聚焦)(?P<x>[^，,。；;、“”]{4,22}?)(?:创建|建设)|(?:推进|推动|加快)(?P<y>[^，,。；;、“”]{4,22}?)创建)"
                    r"(?:为契机|为抓手|为引领|[，,。；;]|$)")
#: 打造“甲—乙”两大文旅品牌, 打造“丙古都”文化旅游品牌: a quoted label and the brand it names
BRAND_AFTER = re.compile(r"(?:[一二两三四五六七八九十]大)?[\u4e00-\u9fff]{0,6}?品牌")


def _de(name: str) -> str:
    """The name with the 的 of 目的地 masked: that 的 is part of a head, not a particle."""
    return name.replace("目的地", "目之地")


def _head_of(name: str) -> str | None:
    return next((h for h in HEADS if name.endswith(h)), None)


def _is_goal_name(name: str, lex) -> bool:
    """A named goal: 4–20 characters, a goal head, no 的/number, and not a place the gazetteer knows."""
    if not (4 <= len(name) <= 22) or GOAL_STOP.search(name) or lex.place(name):
        return False
    if CITY_TITLE.fullmatch(name):
        return True
    head = _head_of(name)
    if head is None or len(name) - len(head) < 2:
        return False
    first = re.split(r"以及|和|及", name)[0]
    if first != name and re.search(r"(?:区|园|城|市|县|旗|地|心|纽|镇|村)$", first):
        return False      # A开发区和B示范区: two things joined, not one goal's name
    scoped = bool(SCOPE.match(name)) or any(lex.place(name[:n]) for n in range(2, min(len(name) - 2, 8) + 1)) \
        or bool(REGION_SCOPE.search(name))
    if "的" in _de(name):      # 北方重要的绿色农畜产品生产加工输出基地: a scoped title; 具有影响力的城市 is a description
        tail = name[_de(name).rfind("的") + 1:]
        if not scoped or len(tail) < 4 or _head_of(tail) is None or _de(name).count("的") > 1:
            return False
    if head in ("医院", "综合医院"):
        return bool(GRADE.match(name))      # 创建三级甲等医院 is a grade; 建设某县人民医院 is a building
    if re.fullmatch(r"(?:区域性?|综合性?)?(?:医疗|医学)中心", name):
        return False      # 建设区域性医疗中心: a centre being built; 国家区域医疗中心 or 儿科区域医疗中心 is a title
    if head in SCOPED_HEADS:
        return scoped and (head != "中心" or bool(CENTRE_OF.search(name)))
    return True


ADVERBS = re.compile(r"(?:全力|加快|着力|努力|奋力|积极|全面|持续|全方位|高标准|高质量|大力|基本|率先|力争|争取|致力于|不断|"
                     r"进一步|逐步|将|要|并|和|与|及|为|把|是|我区|我市|我旗|全区|全市|全旗|本区|共同|携手|致力|早日|尽快|"
                     r"加速|聚力|全速|坚定|力争|着眼|围绕|即|"
                     # a date opens the clause: 力争到2027年建成X, 年底前建成X
                     r"\d{4}年(?:底|末|前|内)?|年底前|年内)$")


ACTOR_ENDS = ("医院", "大学", "学院", "研究院", "公司", "集团", "园区", "开发区", "高新区", "经开区", "新区")


def _opens_clause(sq: str, at: int, lex) -> bool:
    """A bare 建设/建成 is the goal verb where a clause, an adverb or a place comes before it."""
    if at == 0 or not ("\u4e00" <= sq[at - 1] <= "\u9fff"):
        return True
    before = sq[max(0, at - 6):at]
    if before.endswith(ACTOR_ENDS):
        return True       # 支持某某医院建设国家区域医疗中心: an institution or park as the subject that works towards it
    return bool(ADVERBS.search(before)) or any(lex.place(before[-n:]) for n in range(2, len(before) + 1))


def _verb_strip(name: str) -> str:
    # (锚定/瞄准/对准 G: the goal aimed at, without the aiming; 建国家…: the tail of 创建 left on the name)
    return re.sub(r"^(?:全力|全面|加快|着力|奋力|努力|积极|持续|全方位|高标准|高质量|锚定|瞄准|对准|建(?=国家|全国|自治区))+", "",
                  name)


def _quality_place(name: str, lex) -> bool:
    """幸福某区, 美丽青城: a quality word and a place (its short form without 区/县/旗/市 too)."""
    q = QUALITY.match(name)
    rest = name[q.end():] if q else ""
    return len(rest) >= 2 and any(lex.place(rest + suffix) for suffix in ("", "区", "县", "旗", "市"))


#: a quoted metaphor with the place or scope it is for: 首府“后花园”, 北疆“绿色屏障”
SCOPED_QUOTE = re.compile(r"(?P<scope>[\u4e00-\u9fff]{2,8}?)“(?P<q>[\u4e00-\u9fff]{2,6})”")


def _goal_at_start(body: str, lex, whole: bool = False):
    """(start, end, name) of the goal opening ``body`` (its longest reading ending at a goal head), or None."""
    quoted = body.strip("“”")
    if _quality_place(quoted, lex) and 3 <= len(quoted) <= 10:     # 建成“创新某区、幸福某区”
        at = body.find(quoted)
        return at, at + len(quoted), quoted
    if body.startswith("“") and body.endswith("”") and body.count("“") == 1:     # 建设“A名区”和B
        got = _goal_at_start(body[1:-1], lex, whole=True)
        return (got[0] + 1, got[1] + 1, got[2]) if got else None
    sm = SCOPED_QUOTE.fullmatch(body)
    if sm and (SCOPE.match(sm.group("scope")) or lex.place(sm.group("scope"))) and not NAME_STOP.search(sm.group("q")):
        return 0, len(body), sm.group("scope") + sm.group("q")     # 首府“后花园”: a metaphor with its scope
    for e in sorted((m.end() for m in re.finditer(HEADS_RE, body)), reverse=True):
        # 建设“国家级…园区”注入动能: a quoted goal closes at its quote
        closed = body.startswith("“") and body[e:e + 1] == "”" and "“" not in body[1:e]
        if body[e:] == "”" and "“" not in body:
            e_closed = True       # 打造“A、B、C样板区”: the last item of a quoted list closes at the quote
        else:
            e_closed = False
        if e < len(body) and not closed and not e_closed and (whole or not GOAL_END.match(body, e)):
            continue                              # 建设新型城市文化空间: the head sits inside a longer noun
        if closed and BRANDED_WORK.match(body, e + 1):
            continue                              # 共建“草原云谷”算力调度平台: the quote brands a work
        nm = _verb_strip(body[1:e] if closed else body[:e])
        # 成为服务全市…的区域性冷链枢纽: what comes before 的 describes the goal; the scoped tail names it
        tail = nm[_de(nm).rfind("的") + 1:] if "的" in _de(nm) else ""
        if tail and _is_goal_name(tail, lex) and SCOPE.match(tail):
            return e - len(tail), e, tail
        if _is_goal_name(nm, lex) or CITY_TITLE.fullmatch(nm):
            return e - len(nm), e, nm
    return None


def _candidates(sq: str, lex, in_goal_section: bool = False):
    """(start, end, name) of goals a paragraph names, as offsets into the squeezed text."""
    out = []
    for vm in GOAL_VERB_RE.finditer(sq):
        if vm.group(0) in ("建设", "建成", "成为") and not _opens_clause(sq, vm.start(), lex):
            continue                                     # 诚信建设影响力城市, 规划建设空港物流枢纽: not a goal verb
        a = vm.end()
        if sq[a:a + 1] == "“" and QUOTED.match(sq, a) and QUOTED.match(sq, a).group("head"):
            continue                                     # 打造“经济强”新城: the quoted rule below names it
        b = a
        while b < len(sq) and sq[b] not in "，,。；;：:！？!?" and b - a < 80:
            b += 1
        pos = a
        for part in re.split(r"(、)", sq[a:b]):           # 建设A城区、B城区、C城区“四个城区”
            if part == "、":
                pos += 1
                continue
            body = re.sub(r"“[^“”]*”$", "", part)        # the numbered group after the list is named on its own
            chosen = None
            # A枢纽和B基地: two goals when each side is one on its own (at the first 和 that gives two)
            for jm in re.finditer(r"以及|和|及", body):
                first = _goal_at_start(body[:jm.start()], lex, whole=True)
                second = _goal_at_start(body[jm.end():], lex) if first else None
                if first and second:
                    out.append((pos + first[0], pos + first[1], first[2]))
                    chosen = (jm.end() + second[0], jm.end() + second[1], second[2])
                    break
            chosen = chosen or _goal_at_start(body, lex)
            if chosen is None:
                break                                     # the list ends at the first item that is not a goal
            out.append((pos + chosen[0], pos + chosen[1], chosen[2]))
            pos += len(part)
    for qm in QUOTED.finditer(sq):
        q, head = qm.group("q"), qm.group("head")
        if head:                                          # “宜业”城市, “生态美”新城
            before = sq[max(0, qm.start() - 8):qm.start()]
            after = sq[qm.end():qm.end() + 4]
            if GOAL_VERB_RE.search(before[-4:]) or after.startswith(("建设", "创建")) or re.search(r"围绕$|向$", before):
                if 1 <= len(q) <= (10 if head == "示范城市" else 6) and not NAME_STOP.search(q):
                    out.append((qm.start(), qm.end(), q + head))     # “互联网+某某”示范城市: a programme's model city
        elif NUMBERED.match(q) and _head_of(q) and len(q) - len(NUMBERED.match(q).group(0)) >= 2:
            out.append((qm.start() + 1, qm.end() - 1, q))  # “四个城区”: a numbered group of goals
        elif CITY_TITLE.fullmatch(q):
            if not BRANDED_WORK.match(sq, qm.end()):     # (not “草原云谷”算力调度平台: a work's brand)
                out.append((qm.start() + 1, qm.end() - 1, q))  # “中国乳都”
        elif GOAL_VERB_RE.search(sq[max(0, qm.start() - 4):qm.start()]) and (_is_goal_name(q, lex) or (
                4 <= len(q) <= 20 and _head_of(q) and len(q) - len(_head_of(q)) >= 2 and not GOAL_STOP.search(q)
                and not lex.place(q))):
            # 围绕打造“首府…引领区”; 以建设“草原文旅休闲目的地”为目标 (quoted, a goal needs no scope word)
            out.append((qm.start() + 1, qm.end() - 1, q))
        elif AFTER_NAME.match(sq, qm.end()) and _head_of(q) and len(q) - len(_head_of(q)) >= 2 \
                and not NAME_STOP.search(q):
            out.append((qm.start() + 1, qm.end() - 1, q))  # “绿色屏障”建设取得明显成效: a quoted aim being built
    for sm in SOUGHT.finditer(sq):
        g = "x" if sm.group("x") else "y"
        x = _verb_strip(sm.group(g))
        ranked = re.search(r"国家级|国家|自治区级|省级", x) and re.search(r"(?:区|园|地|县|旗|镇|村|基地)$", x)
        if (_is_goal_name(x, lex) or ((SCOPE.match(x) or ranked) and re.search(r"(?:产业园|示范园|园区|区|地|县|旗|镇|村)$", x)
                                       and not GOAL_STOP.search(x) and "的" not in x)) and not lex.place(x):
            out.append((sm.end(g) - len(x), sm.end(g), x))   # 国家现代农业产业园创建: a title the plan seeks
    for qm in re.finditer(r"“(?P<q>[^“”]{2,12})”", sq):
        q = qm.group("q")
        clause = re.split(r"[，,。；;：:]", sq[:qm.start()])[-1]
        if not GOAL_VERB_RE.search(clause[-4:]) and not clause.endswith("擦亮") \
                and not (clause.endswith(("和", "、")) and GOAL_VERB_RE.search(clause)):
            continue       # 打造甲和“乙”文化旅游品牌: the list's verb comes first
        bm = BRAND_AFTER.match(sq, qm.end())
        if bm and not CITY_TITLE.fullmatch(q) and not NAME_STOP.search(q):
            out.append((qm.start(), bm.end(), q + bm.group(0)))      # 打造“甲—乙”两大文旅品牌
        elif bm and CITY_TITLE.fullmatch(q) and sq.endswith("擦亮", 0, qm.start()):
            out.append((qm.start() + 1, qm.end() - 1, q))            # 擦亮“中国某某之乡”品牌: the title is the goal
    for rm in RANKED_TITLE.finditer(sq):
        # 创建国家级乡村旅游重点镇, 推动老牛湾镇创建自治区级旅游度假区: a graded title the place seeks
        x = rm.group("x")
        named = len(x) - RANK_WORD.match(x).end() - len(rm.group("head")) >= 2     # (创建国家级示范区 names none)
        if named and not GOAL_STOP.search(x) and not lex.place(x) and \
                not any(a <= rm.start("x") < b for a, b, _ in out):
            out.append((rm.start("x"), rm.end("x"), x))
    for tm in TOWARDS.finditer(sq):
        x = _verb_strip(tm.group("x"))
        if _is_goal_name(x, lex):
            out.append((tm.end("x") - len(x), tm.end("x"), x))
    for mm in MADE_INTO.finditer(sq):
        # 把盛乐经济园区建成算力配套制造承载区: what a named place is made into is its goal, with or without a scope
        x, p = mm.group("x"), mm.group("p")
        if not (lex.place(p) or PLACE_END.search(p)) or any(a <= mm.start("x") < b for a, b, _ in out):
            continue
        # 打造成首府西部宜居卫星城和敕勒川生态文旅名旗: two goals when both halves name one
        parts = _vision_parts(x)
        if not all(_head_of(part) for _, part in parts):
            parts = [(0, x)]
        for off, part in parts:
            if _head_of(part) and len(part) - len(_head_of(part)) >= 2 and not GOAL_STOP.search(part) \
                    and not lex.place(part) and "的" not in part and not re.search(r"\d", part):
                out.append((mm.start("x") + off, mm.start("x") + off + len(part), part))
    for pm in POSITIONINGS.finditer(sq):
        # 锚定“A城区、B窗口、C集聚区”三大定位: each item the plan names as a positioning is a goal, scope or not
        pos = pm.start("q")
        for item in pm.group("q").split("、"):
            if 4 <= len(item) <= 22 and _head_of(item) and not GOAL_STOP.search(item) and not lex.place(item):
                out.append((pos, pos + len(item), item))
            pos += len(item) + 1
    for gm in GROUP_THEN_LIST.finditer(sq):
        # 打造“三区一地”：A、B、C和D / 确立“三区一基地”发展定位：…: the numbered group's members, listed after it
        if not GOAL_VERB_RE.search(sq[max(0, gm.start() - 4):gm.start()]) and "定位" not in gm.group(0):
            continue
        q0, q1 = gm.start() + 1, sq.index("”", gm.start())
        if not any(a == q0 and b == q1 for a, b, _ in out):
            out.append((q0, q1, sq[q0:q1]))      # the group itself (“两区一地”, whose 地 is no goal head alone)
        pos = gm.start("list")
        for piece in re.split(r"([，,、；;])", gm.group("list")):
            item = re.sub(r"^(?:以及|和|及)", "", piece)
            at = pos + len(piece) - len(item)
            halves = _whole_or_halves(piece, lex)
            if halves:
                out.extend((pos + a, pos + b, nm) for a, b, nm in halves)
            elif 4 <= len(item) <= 22 and _head_of(item) and not GOAL_STOP.search(item) and not lex.place(item):
                out.append((at, at + len(item), item))      # a positioning needs no scope word
            pos += len(piece)
    return out + _after_name(sq, lex, in_goal_section)


#: a work named after a quoted title: “草原云谷”算力调度平台
BRANDED_WORK = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:平台|项目|中心|工程|基地|产业园|园区)")
#: a graded title after the verb that seeks it (创建国家级乡村旅游重点镇, 争创自治区级全域旅游示范区)
RANK_WORD = re.compile(r"^(?:国家级|自治区级|省级|全国|国家)")
RANKED_TITLE = re.compile(r"(?:创建|争创|创成|成功创建|申报|申创|建设|建成)(?P<x>" + RANK_WORD.pattern[1:] + r"[\u4e00-\u9fff]{2,14}?"
                          r"(?P<head>重点镇|重点村|示范镇|示范村|示范县|示范旗|示范区|度假区|景区|基地|社区|街区|特色小镇|名镇|名村|"
                          r"步行街|产业园|示范城市|先行区))"
                          r"(?=[，,。；;、和及]|$)")
#: a quoted list the plan calls its positionings: “A、B、C”三大定位
POSITIONINGS = re.compile(r"“(?P<q>[^“”]{8,90}、[^“”]{3,40})”[一二三四五六七八九十两]*大?" + P.POSITIONING)
#: a quoted numbered group of goals, then its members after a colon: “三区一地”：A、B和C。
GROUP_THEN_LIST = re.compile(rf"“{P.GOAL_GROUP}”{P.POSITIONING_TAIL}?[：:](?P<list>[^。；;：:！？!?]{{8,200}})")


def _listed(sq: str, lex):
    """A 发展定位 paragraph listing its positionings (即：区域性中心城市，…和…示范区): every whole item that is a goal."""
    out, pos = [], 0
    for piece in re.split(r"([，,、；;：:。])", sq):
        out.extend((pos + a, pos + b, nm) for a, b, nm in _whole_or_halves(piece, lex))
        pos += len(piece)
    return out


def _whole_goal(part: str, lex):
    nm = re.sub(r"^(?:即|是|为|[一二三四五六七八九十]是)", "", _verb_strip(part))
    if not nm or NOT_GOAL.search(nm):
        return None       # 立足A作为…城区: the grounds the positioning stands on
    tail = nm[_de(nm).rfind("的") + 1:] if "的" in _de(nm) else ""
    if tail and _is_goal_name(tail, lex) and SCOPE.match(tail):
        nm = tail         # 辐射A和B的区域性…枢纽: the scoped tail is the goal
    return (len(part) - len(nm), len(part), nm) if nm and part.endswith(nm) and _is_goal_name(nm, lex) else None


def _whole_or_halves(piece: str, lex) -> list:
    """The goal a list item is, or the two it joins with 和/及 when each half is one (生态宜居和谐新城区 is one)."""
    bits = re.split(r"(以及|和|及)", piece)
    if len(bits) == 3:
        first, second = _whole_goal(bits[0], lex), _whole_goal(bits[2], lex)
        off = len(bits[0]) + len(bits[1])
        if second:
            second = (off + second[0], off + second[1], second[2])
        whole = _whole_goal(piece, lex)
        return [first, second] if first and second else [whole] if whole else [second] if second else []
    whole = _whole_goal(piece, lex)
    return [whole] if whole else []


def _after_name(sq: str, lex, in_goal_section: bool = False):
    out = []
    for am in AFTER_NAME.finditer(sq):                    # 绿色回民区建设取得…, 国家…示范区创建成果…
        i = am.start()
        while i > 0 and sq[i - 1] not in ITEM_BREAK + "“”" and am.start() - i < 20:
            i -= 1
        nm = sq[i:am.start()]
        nm = re.sub(r"^(?:推进|推动|加快|加强|深化|围绕|助力|服务|融入|全面|持续|扎实|巩固|提升|保持)+", "", nm)
        if not (4 <= len(nm) <= 20) or NAME_STOP.search(nm):
            continue
        quality_place = _quality_place(nm, lex)
        titled = _head_of(nm) in TITLE_HEADS and SCOPE.match(nm)
        # in a 发展目标 section, X基地建设取得明显成效 states a goal even without a scope word
        aimed = in_goal_section and _head_of(nm) is not None and len(nm) - len(_head_of(nm)) >= 4 \
            and not lex.place(nm) and not GOAL_STOP.search(nm)
        if quality_place or titled or aimed:
            out.append((am.start() - len(nm), am.start(), nm))
    return out


def _prose_goals(ctx) -> None:
    """Goals a place works towards, named after 建设/打造/争创/迈向… anywhere in the text."""
    from loaders.extract.units import nsqueeze
    lex = load_lexicon()
    text = ctx.doc.text
    known = {n.name: n for n in ctx.graph.nodes_of("Goal")}
    goal_secs = {s.id: s for s in ctx.seg.sections
                 if s.kind not in ("box", "table") and GOAL_SECTION.search(s.title) and len(s.title) <= 20}
    for para in ctx.seg.paragraphs:
        if para.kind == "row":
            continue
        sqn, pos = nsqueeze(text, para.start, para.end)
        if not (GOAL_VERB_RE.search(sqn) or "“" in sqn or TOWARDS.search(sqn)):
            continue
        in_goal_section = any(x.id in goal_secs for x in ctx.seg.ancestors(para.section))
        listed = _listed(sqn, lex) if in_goal_section else []
        for a, b, name in _candidates(sqn, lex, in_goal_section) + listed:
            canonical = canonical_name("Goal", name)
            # 打造自治区科技创新示范区 under the heading 科技创新示范区: the heading's goal, with the scope
            node = known.get(canonical) or next((g for n, g in known.items() if len(n) >= 4 and canonical.endswith(n)
                                                 and any(m.start >= para.start - 200 and m.start <= para.end
                                                         for m in g.mentions)), None)
            s0, s1 = pos[a], pos[b - 1] + 1
            if node is not None:
                node.add_mention(ctx.evidence(s0, s1, ctx.section_at(s0)))
                if clean(text[s0:s1]) != clean(node.name):
                    node.add_alias(text[s0:s1].strip())
                continue
            sent = _sentence_text(ctx, para, s0)
            sec = next((goal_secs[x.id] for x in ctx.seg.ancestors(para.section) if x.id in goal_secs), None)
            kind = _kind(sec.title) if sec else "目标"
            in_section = None
            if sec is not None:      # a goal section dates its goals (远景: 2035, else its title's year or the plan's end)
                in_section = 2035 if kind == "远景" else year_of(sec.title) or _plan_end(ctx)
            horizon = _horizon(sent) or in_section
            node = add_entity(ctx, "Goal", text[s0:s1], s0, s1, extractor="goal-text",
                              props={"horizon": horizon, "kind": "远景" if horizon == 2035 and kind == "目标" else kind},
                              name=canonical)
            known[canonical] = node
            # 立足A / 依托B / 以C为依托 …，建设G: the places the sentence relies on before naming the goal hold it
            _reliance(ctx, node, para, _sentence_span(ctx, para, s0)[0], s0, places_only=True)


def _horizon(sentence: str) -> int | None:
    """到2025年 / “十四五”末 / 2035年 / 远景 in the sentence: the year the goal is for."""
    s = norm(sentence)
    m = re.search(r"(?:到|至|力争到|争取到|在)(20[2-5]\d)年", s)
    if m:
        return int(m.group(1))
    if re.search(r"二[〇零]三五|2035|远景", s):
        return 2035
    if re.search(r"十四五", s):
        return 2025
    return None


def _sentence_text(ctx, para, at: int) -> str:
    s0, s1 = _sentence_span(ctx, para, at)
    return ctx.doc.text[s0:s1]


def extract(ctx) -> None:
    goals = goals_by_paragraph(ctx)
    for idx, goal in goals.items():
        _reliance(ctx, goal, ctx.seg.paragraphs[idx])
    _prose_goals(ctx)
