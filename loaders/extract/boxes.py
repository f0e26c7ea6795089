"""专栏 project boxes → Project (or Policy) nodes with the box's title, SUPPORTS to the box's industry.

How plans write a box: a heading ``专栏5 新城区“十四五”时期重点物流产业项目`` and then
numbered items (``1. 元福城项目。``, ``（2）名称：描述``, ``<li>3. …</li>``) or bold
lead phrases (``**高新技术产业提升工程。**描述…``).  Rules:

- the item's name is its lead phrase, as written; an enumeration ``A中心及B项目`` is
  split only when every part ends like a name (项目/工程/中心/基地/园/馆…);
- a name ending in a programme word (…行动, …计划, …战略, or …提升/成长/发展/培育/振兴
  工程 — a campaign rather than works) is a Policy; one ending in a project or
  facility suffix is a Project; a numbered item without either is a Project when the
  box's title says it lists 项目/工程, and skipped otherwise (themes like 智慧交通);
- status (新建/续建/改扩建/扩建/迁建/建成/推进) when the item states it;
- the box's topic is its title without the place, period and 重点/重大 项目/工程
  words: an industry (lexicon, or a name ending 产业/业/经济) gets SUPPORTS from
  every item; else the lexicon industries named in the enclosing section title;
- items grouped under sector headings ((一)现代物流产业项目 — inside the box, or made sections of their
  own right after it by the segmenter) serve the heading's industry;
- unnumbered lines led by a sector (``乳业：A、B（某某公司）。``, ``乳业领域：``, ``【乳业】``, ``（一）乳业项目：``,
  ``1.乳业：``) list the works serving it: each name is a Project (or Policy) SUPPORTS the sector, INVOLVES
  the organisation in the bracket after it; a lead alone on its line heads the numbered items after it;
  a lead followed by prose (乳业：做强奶源基地) is no list;
- tables in boxes (主要指标) are left to indicators.py.
"""
from __future__ import annotations

import re
import unicodedata

from loaders.extract import patterns as P
from loaders.extract.common import SpanIndex, add_entity, add_relation, canonical_name
from loaders.lexicon import load_lexicon
from loaders.segment import Table

ITEM_RE = re.compile(r"(?:^|(?<=[>\s。；;]))(?:\d{1,2}[.、．](?!\d)|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|[①-⑳]|(?<![^\s>])[-•·▪■◆●](?=\s)|——)\s*"
                     r"(?P<name>(?:[^。；;：:，,<>\n（(]|[（(][^（()）\n]{0,40}[)）]){2,60}?)\s*(?=[。；;：:，,<\n]|$)")
INVESTMENT_RE = re.compile(r"(?:总投资|计划投资|投资)(?:额|规模)?[：:]?(?:约|预计|达)?\s*(\d+(?:\.\d+)?\s*(?:亿元|万元|亿|万))")
STATUS_RE = re.compile(r"新建|续建|改扩建|扩建|迁建|建成|推进|开工|谋划")
#: a status word opening an item is not part of the name (新建XX项目)
LEAD_STATUS = re.compile(r"^(新建|续建|改扩建|扩建|迁建)(?=.{4})")
#: an investment written before an item's name: 总投资3.5亿元的… / 计划投资2亿元建设的…
COSTED_LEAD = re.compile(r"^(?:总投资|计划投资|投资)(?:约|达)?\d+(?:\.\d+)?\s*(?:亿元|万元|亿|万)(?:建设)?的")
#: a short note in brackets after the name: （续建）, （2021-2024年）, （一期）
TAIL_NOTE = re.compile(r"\s*[（(](?P<note>[^（()）]{1,30})[)）]\s*$")
ORG_KIND = dict(P.ORG_SUFFIXES)
NAME_SUFFIXES = tuple(s for s, _ in P.PROJECT_SUFFIXES) + (
    "平台", "系统", "网络", "站", "小学", "中学", "学校", "幼儿园", "医院", "卫生院", "公园", "广场", "小区",
    "实验室", "研究院", "工作站", "校区", "场", "城", "谷")
PROGRAMME_ENDS = ("行动计划", "专项行动", "行动", "计划", "战略")
CAMPAIGN_WORKS = re.compile(r"(提升|成长|发展|培育|振兴|惠民|创新|攻坚|倍增|赋能|引领|强基|提质|育人|富民|兴业|"
                            r"示范|创建|行动|铸魂|安居|登峰|领航|强链|补链|延链|推广|宣传|普及|培训|引才|聚才)工程$")
TOPIC_STRIP = re.compile(r"^.*?(?:“?十[一二三四五]五”?|20\d\d\s*[-—–至]\s*20\d\d年?)(?:时期|期间)?|"
                         # 现代服务业发展重大项目: the sector being developed is the topic
                         r"(?:发展|提质|升级)?(?:重点|重大)?(?:建设项目|项目|工程|平台)(?:(?:和|及|与)(?:重点|重大)?(?:项目|工程|平台))*$|"
                         r"^(?:重点|重大)")


def _kind_of(name: str, box_lists_projects: bool, numbered: bool) -> str | None:
    if name.endswith(PROGRAMME_ENDS) or CAMPAIGN_WORKS.search(name):
        return "Policy"
    if name.endswith(NAME_SUFFIXES):
        return "Project"
    if numbered and box_lists_projects:
        return "Project"
    return None


def _split(name: str) -> list[tuple[int, str]]:
    """Parts of an enumerated item with their offsets in the name; the whole when a part is not a name."""
    parts, pos = [], 0
    for m in re.finditer(r"以及|[、及和]", name):
        parts.append((pos, name[pos:m.start()]))
        pos = m.end()
    parts.append((pos, name[pos:]))
    if len(parts) > 1 and all(len(p) >= 4 and p.endswith(NAME_SUFFIXES) for _, p in parts):
        return parts
    return [(0, name)]


def _status(name: str, item: str) -> str | None:
    m = STATUS_RE.search(name) or STATUS_RE.search(item[:80])
    return m.group(0) if m else None


def box_topic(title: str) -> str:
    """What a box's title says it is about.

    >>> box_topic("新城区“十四五”时期重点物流产业项目"), box_topic("某区“十四五”时期文旅产业重点项目")
    ('物流产业', '文旅产业')
    >>> box_topic("算力产业重点项目和平台"), box_topic("赛罕区现代服务业发展重大项目")
    ('算力产业', '赛罕区现代服务业')
    """
    t = re.sub(r"\s+", "", title)
    prev = None
    while prev != t:
        prev, t = t, TOPIC_STRIP.sub("", t)
    return t


#: a sub-heading inside a box grouping its items: （一）现代物流产业项目 / 二、文化旅游类项目
SUBHEAD_RE = re.compile(r"\s*(?:\*\*)?(?:[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．])\s*"
                        r"(?P<t>[^。；;，,：:\n]{2,24}?)(?:类)?(?:\*\*)?\s*$")


def _subheading_industries(ctx, para) -> list[tuple[str, str, int, int]] | None:
    """The industry a box's sub-heading groups its next items under (None when the paragraph is no sub-heading).

    Numbered headings (（一）现代物流产业项目) group whatever they name; a sector written alone on its line
    (【乳业】, 乳业领域：, 乳业项目：) is a heading only when it names a sector."""
    text = ctx.doc.text
    m = SUBHEAD_RE.match(text, para.start, para.end)
    if m:
        return _title_industries(m.group("t"), m.start("t"))
    lead = SECTOR_LEAD.match(text, para.start, para.end)
    if lead and not text[lead.end():para.end].strip() and not re.match(r"\s*\d", text[para.start:para.end]):
        got = _lead_sector(load_lexicon(), text, lead)
        return [got] if got else None
    return None


#: a line inside a box led by the sector its items serve: 乳业：A、B。 / 乳业领域：… / 【乳业】A、B /
#: （一）乳业项目：A、B / 1.乳业：A、B
SECTOR_LEAD = re.compile(r"[ \t\u3000]*(?:\*\*)?(?:[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|[一二三四五六七八九十]{1,3}[、.．]|"
                         r"\d{1,2}[.、．](?!\d))?[ \t\u3000]*(?:【(?P<b>[^】\n]{2,16})】(?:\*\*)?[ \t\u3000]*[：:]?|"
                         r"(?P<t>[^。；;，,：:、\n（()）【】\s*]{2,16})[ \t\u3000]*(?:\*\*)?[：:](?:\*\*)?)[ \t\u3000]*")
#: what follows a sector in a line's lead: 乳业领域 / 乳业类项目 / 乳业重点项目 / 乳业板块
LEAD_TAIL = re.compile(r"(?:领域|板块|方向|类)?(?:(?:重点|重大)?(?:建设)?(?:项目|工程))?$")


#: a box paragraph that is a place name alone (东街街道, 保合少镇, 【盛乐镇】), heading the items after it
SUBHEAD_PLACE = re.compile(r"[ \t\u3000]*(?:【)?(?P<p>[^\d\s。；;，,：:、【】（）()]{2,14}?(?:街道|镇|乡|苏木|区|县|旗|开发区|园区|片区))"
                           r"(?:】)?[ \t\u3000]*[：:]?[ \t\u3000]*$")


def _subheading_place(lex, text: str, para) -> tuple[int, int] | None:
    """The span of the place a box's group heading names, when the paragraph is one (a known place or a
    division's name: 海拉尔东路街道)."""
    m = SUBHEAD_PLACE.match(text, para.start, para.end)
    if not m:
        return None
    name = m.group("p")
    entry = lex.place(name)
    if entry is None and not re.search(r"街道|镇|乡|苏木$", name):
        return None
    return m.span("p")


def _lead_sector(lex, text: str, lead) -> tuple[str, str, int, int] | None:
    """(label, name, start, end) of the sector a line's lead names, or None (其他：, 建设内容：, 赛罕区：)."""
    g = "b" if lead.group("b") else "t"
    raw, at = lead.group(g), lead.start(g)
    topic = raw[:len(raw) - len(LEAD_TAIL.search(raw).group(0))]
    name = _industry_name(lex, topic) if len(topic) >= 2 else None
    chain = re.search(r"(?:产业链|产业集群)$", topic)
    if name is None and chain and 2 <= chain.start() <= 8 and re.fullmatch(r"[\u4e00-\u9fff]+", topic[:chain.start()]) \
            and lex.place(topic[:chain.start()]) is None:
        name = topic        # 光伏材料产业链：A、B: a chain (of any sector) heading the works that build it
    if name is None and 3 <= len(topic) <= 8 and topic not in P.GENERIC and topic not in P.NOT_INDUSTRY and \
            any(lex.industry(topic[k:]) is not None for k in (1, 2) if len(topic) - k >= 2):
        name = topic        # 现代化工: a sector the lexicon knows (化工) with its qualifier, as a lead writes it
    if name is None or lex.place(topic) is not None:
        return None
    return ("Industry", name, at, at + len(topic))


#: the phase after a project's name: 伊利集团某基地二期 is the base's works
PHASE = re.compile(r"(?:[一二三四五六七八九十]|\d{1,2})期(?:工程|项目)?$")
#: a verb opening a part of a sector line: the line says what to do (做强奶源基地), it lists no names
LIST_VERB = re.compile(r"(?:重点|主要|着力|加快|积极|全力|大力|有序|持续|进一步)?(?:做强|做大|做优|做精|壮大|发展|建设|"
                       r"打造|推进|推动|实施|培育|引进|引导|提升|完善|支持|鼓励|新建|扩建|建成|布局|延伸|拓展|依托|"
                       r"围绕|聚焦|加强|强化|优化|创建|构建|形成|谋划|启动|开展|促进|带动)")
#: joiners inside one listed name that may part two names (A项目及B中心): never 和 of 和林格尔
NAME_JOINER = re.compile(r"以及|及|和|与")


def _category_lead(lex, lead) -> bool:
    """A line's lead that groups works under a heading of its own (算力基础设施：, 绿色能源保障：), not a place (赛罕区：),
    a field of an item (建设内容：, 实施主体：) or a name."""
    raw = lead.group("b") or lead.group("t")
    return 2 <= len(raw) <= 10 and lex.place(raw) is None and not FIELD_LEAD.search(raw) and \
        not raw.endswith(NAME_SUFFIXES)


def _group_lead(lex, text: str, lead, line_end: int) -> bool:
    """（二）加工及科创项目：A项目（甲公司），B项目。 — a lead named like a project that heads a list of projects
    is a group of the box's works, not one of them: what follows it is names only, and it opens with no place
    (a project's own name does: 1．某镇X项目：…)."""
    raw = lead.group("b") or lead.group("t")
    if not raw.endswith(NAME_SUFFIXES) or _place_at(lex, raw, 0, False) is not None:
        return False
    sq, _ = _squeeze(text, lead.end(), line_end)
    names = _listed_names(lex, sq) if sq.strip() else None
    if names is None:
        return False
    # （4）苗木基地：某镇苗木繁育基地项目（甲公司）: a lead named like a facility heads works named as projects
    return raw.endswith(("项目", "工程")) or all(sq[a:b].endswith(("项目", "工程")) for a, b, *_ in names)


#: the field names a box item writes before a colon (项目名称：, 建设内容：, 实施主体：): no heading
FIELD_LEAD = re.compile(r"名称|内容|规模|主体|单位|地点|年限|投资|进度|期限|性质|备注|其他|其它|目标|任务|措施")


def _listed_names(lex, sq: str) -> list[tuple[int, int, str, int, int]] | None:
    """(start, end, label, bracket start, bracket end) of the names a sector line lists, in ``sq`` (a squeezed
    line without its lead): every part between 、；; must be a project's or programme's name, with at most a
    bracket after it (its builder, its status); None when the rest is prose (重点发展…，建设…)."""
    body = sq.rstrip()
    while body and body[-1] in "。；;.，,":
        body = body[:-1]
    out, depth, start = [], 0, 0
    parts = []
    for i, ch in enumerate(body + "、"):
        if ch in "（(":
            depth += 1
        elif ch in ")）":
            depth = max(0, depth - 1)
        elif depth == 0 and ch in "、；;，,":
            parts.append((start, i))
            start = i + 1
    for a, b in parts:
        part = body[a:b]
        lead = len(part) - len(part.lstrip())
        a += lead
        part = part.strip()
        bracket = (0, 0)
        note = re.search(r"[（(][^（()）]{1,120}[)）]$", part)
        if note:
            bracket = (a + note.start(), a + note.end())
            part = part[:note.start()].rstrip()
        if not 3 <= len(part) <= 40 or re.search(r"[。：:（()）]", part) or LIST_VERB.match(part):
            return None     # 做强奶源基地: what the sector does, not a name it lists
        names = [(0, part)]
        if not _listed_kind(lex, part):      # A项目及B中心: two names only when each is one
            cut = [m for m in NAME_JOINER.finditer(part) if m.start() >= 3 and _place_at(lex, part, m.start(), True) is None]
            pieces, q = [], 0
            for m in cut:
                pieces.append((q, part[q:m.start()]))
                q = m.end()
            pieces.append((q, part[q:]))
            names = pieces if len(pieces) > 1 and all(_listed_kind(lex, x) for _, x in pieces) else names
        for k, (off, name) in enumerate(names):
            label = _listed_kind(lex, name)
            if label is None:
                return None
            br = bracket if k == len(names) - 1 else (0, 0)
            out.append((a + off, a + off + len(name), label, *br))
    return out or None


def _listed_kind(lex, name: str) -> str | None:
    """Project or Policy for a name a sector line lists (its phase, 二期, is no part of what it is)."""
    if len(name) < 3 or name in P.NOT_NAMES:
        return None
    base = PHASE.sub("", name) if len(name) > 4 else name
    return _item_kind(lex, base, "", False, False)


def _sector_lines(ctx, box, para, serves=None) -> bool:
    """A box paragraph whose lines are each led by a sector and list the works serving it:

        乳业：某某集团智能制造基地二期、某某奶酪产业园项目（某某乳业有限公司）。
        【数字经济】某某云数据中心项目、某某软件园

    Each listed name is a Project (or a Policy when it is a campaign) SUPPORTS the sector, INVOLVES the
    organisation in the bracket after it.  A line led by a category that is no sector (1.算力基础设施：A、B) lists
    works serving what the box serves (``serves``, from its title), and its lead names nothing.  A line
    hard-wrapped inside a name carries on to the next line; a paragraph whose first line has no lead, or whose
    rest is prose, is left to the item rules.  True when some line was read so."""
    text, lex = ctx.doc.text, load_lexicon()
    groups, pos = [], para.start
    while pos < para.end:
        nl = text.find("\n", pos, para.end)
        line_end = para.end if nl < 0 else nl
        lead = SECTOR_LEAD.match(text, pos, line_end)
        sector = _lead_sector(lex, text, lead) if lead else None
        category = sector is None and lead is not None and serves is not None and (
            _category_lead(lex, lead) or _group_lead(lex, text, lead, line_end))
        if sector is not None or category:
            groups.append([[sector] if sector is not None else list(serves), lead.end(), line_end,
                           lead.start("b" if lead.group("b") else "t")])
        elif groups:
            groups[-1][2] = line_end       # a hard wrap: the line carries on the one before
        else:
            return False
        pos = line_end + 1
    box_name = f"{box.label} {box.title}"
    read = False
    for sectors, start, end, lead_at in groups:
        sq, offs = _squeeze(text, start, end)
        names = _listed_names(lex, sq) if sq.strip() else None
        if not names:
            continue
        read = True
        # (a line's sector is a branch of what the box's title serves, 现代商贸 of 现代服务业: the works serve both)
        wider = [s for s in (serves or []) if sectors is not serves and s[1] not in {x[1] for x in sectors}]
        inds = [add_entity(ctx, ilabel, text[i0:i1], i0, i1, extractor="box-item", name=iname)
                for ilabel, iname, i0, i1 in list(sectors) + wider]
        for label in ("Project", "Policy"):       # 乳业项目： / 算力基础设施： heads the line; it names no project
            _claim(ctx, label, lead_at, start)
        line = (lead_at, offs[-1] + 1)
        for a, b, label, c, d in names:
            x, y = _span(offs, a, b)
            props = {"box": box_name, "status": None, "investment": None} if label == "Project" else \
                {"kind": "programme"}
            if c < d:
                note = TAIL_NOTE.search(sq[c:d])
                status = STATUS_RE.search(note.group("note")) if note and label == "Project" else None
                if status:
                    props["status"] = status.group(0)
            node = add_entity(ctx, label, text[x:y], x, y, extractor="box-item", props=props)
            _claim(ctx, "Policy" if label == "Project" else "Project", x, y)
            for ind in inds:
                add_relation(ctx, node, ind, "SUPPORTS", *line, extractor="box-item", confidence=0.8)
            if c < d and label == "Project":
                for s0, s1, kind in _builders(sq[c:d]):
                    u, v = _span(offs, c + s0, c + s1)
                    org = add_entity(ctx, "Organization", text[u:v], u, v, extractor="box-item", props={"kind": kind})
                    add_relation(ctx, node, org, "INVOLVES", *line, extractor="box-item", confidence=0.85)
    return read


def _box_groups(seg, boxes: dict) -> dict:
    """{section id: (box id, industries)} for the groups a box lists its items under when the segmenter made
    each group heading (（一）现代物流产业项目) a section of its own after the box: a run of such sections right
    after a box, titled as lists of projects, whose paragraphs are numbered items."""
    from types import SimpleNamespace
    out, current, above = {}, None, set()
    items = {p.section for p in seg.paragraphs if p.kind == "item"}
    for sec in seg.sections:
        if sec.id in boxes:
            current = sec.id
            above = {None} | {a.id for a in seg.ancestors(sec.id)}    # the group heading is numbered like a part
        elif current and sec.kind in ("part", "subpart") and sec.parent in above and \
                GROUP_TITLE.search(sec.title) and sec.id in items:
            out[sec.id] = current
        elif sec.kind not in ("table",):
            current = None
    by_id = {sec.id: sec for sec in seg.sections if sec.id in out}
    return {sid: (box_id, _title_industries(by_id[sid].title, by_id[sid].title_start))
            for sid, box_id in out.items()}


GROUP_TITLE = re.compile(r"(?:项目|工程)$")


def _title_industries(title: str, start: int) -> list[tuple[str, str, int, int]]:
    """The industry a group heading inside a box names (现代物流产业项目 → 现代物流业), with its offsets."""
    topic = re.sub(r"类$", "", box_topic(title))
    lex = load_lexicon()
    ent = lex.industry(topic)
    # （一）新材料产业链 over the items of a box: the chain is the sector they serve, named as written
    chain = not ent and re.match(r"(?P<h>.{2,8}?)(?:产业链|产业集群|全产业链)$", topic)
    if not (ent or _sector_topic(topic) or chain and (lex.industry(chain.group("h")) or _sector_topic(chain.group("h") + "产业"))):
        return []
    at = start + title.find(topic)
    return [("Industry", ent.name if ent else topic, at, at + len(topic))] if topic in title else []


def _sector_topic(topic: str) -> bool:
    """A box or group title's topic that names a sector by its ending (物流产业, 文旅产业), not the bare word
    (重点产业项目 → 产业: key projects of any industry)."""
    tail = next((t for t in P.INDUSTRY_TAILS if topic.endswith(t)), None)
    return tail is not None and 2 <= len(topic) <= 10 and topic[:-len(tail)] not in P.GENERIC_INDUSTRY_MODIFIERS \
        and topic[:-len(tail)] not in ("", "产", "行", "企", "事", "就", "创", "专")


def _topic_industries(ctx, box) -> list[tuple[str, str, int, int]]:
    """(label, name, start, end) of the industries a box serves, with where its title names them."""
    lex = load_lexicon()
    text = ctx.doc.text
    topic = re.sub(r"^(?:重点|重大)", "", _without_place(lex, box_topic(box.title)))
    out = []
    if topic:
        at = text.find(topic, box.title_start, box.title_end)
        ent = lex.industry(topic)
        if ent or _sector_topic(topic):
            if at >= 0:
                out.append(("Industry", ent.name if ent else topic, at, at + len(topic)))
    if not out and not topic.endswith(P.INDUSTRY_TAILS):     # 重点产业项目: any industry, not the section's
        for sec in ctx.seg.ancestors(box.parent)[:1]:
            for surface, label, canonical in _industry_forms(lex):
                at = text.find(surface, sec.title_start, sec.title_end)
                if at >= 0:
                    out.append((label, canonical, at, at + len(surface)))
                    break
    return out


def _without_place(lex, topic: str) -> str:
    """A box topic without the places it opens with: a place prefix is no part of an industry's name
    (武川县现代农牧业 → 现代农牧业; 清水河县黄河文化旅游 → 文化旅游, the river being the theme).

    >>> from loaders.lexicon import load_lexicon
    >>> _without_place(load_lexicon(), "清水河县黄河文化旅游")
    '文化旅游'
    """
    stripped, first = True, True
    while stripped:
        stripped = False
        # after the first place, a range or list joiner and another place (敕勒川—大青山前坡文旅) go too
        lead = 1 if not first and topic[:1] in P.PLACE_RANGE_JOINERS else 0
        for k in range(min(len(topic) - 2, 12), 1, -1):
            if k > lead and lex.place(topic[lead:k]) is not None:
                topic, stripped, first = topic[k:], True, False
                break
    return topic


_FORMS: dict[int, list] = {}


def _industry_forms(lex) -> list:
    """Industry names and synonyms, longest first (per lexicon object)."""
    if id(lex) not in _FORMS:
        _FORMS[id(lex)] = sorted(((s, l, c) for s, l, c in lex.surface_forms() if l == "Industry" and len(s) >= 2),
                                 key=lambda x: -len(x[0]))
    return _FORMS[id(lex)]


def _items(text: str, para) -> list[tuple[int, str, bool, int]]:
    """(offset, name, numbered, end of the item) of the items a box paragraph lists."""
    body = text[para.start:para.end]
    found = [(para.start + m.start("name"), _unwrapped(text, para, m), True, para.start + m.start())
             for m in ITEM_RE.finditer(body)]
    if found:
        # an item runs to the next item's number (several items can share a paragraph: <li>1. …</li><li>2. …)
        ends = [f[3] for f in found[1:]] + [para.end]
        return [(at, name, True, _rstrip(text, at, end)) for (at, name, _, _), end in zip(found, ends)]
    field = FIELD_ITEM.match(body)
    if field and para.kind == "paragraph" and FIELD_LABEL.search(body, field.end()) and \
            re.sub(r"\s+", "", field.group("name")).endswith(NAME_SUFFIXES):
        # X项目；建设地点：…；建设单位：…；总投资…: an unnumbered item written as labelled fields
        return [(para.start, field.group("name"), True, _rstrip(text, para.start, para.end))]
    lines = list(re.finditer(r"[^\n]+", body))
    named = [LINE_ITEM.match(line.group(0)) for line in lines]
    if len(lines) >= 2 and all(m and (m.group("name").endswith(NAME_SUFFIXES) or PHASE.search(m.group("name")))
                               for m in named):
        # X项目：建设…。（甲公司）one to a line, unnumbered: each line is an item, its description to the line's end
        return [(para.start + line.start() + m.start("name"), m.group("name"), True, para.start + line.end())
                for line, m in zip(lines, named)]
    if para.kind == "paragraph" and "**" not in body[:60]:
        return [(at, name, False, at + len(name)) for at, name, _ in _enumerated(text, para.start, body)]
    raw_lead = text[max(0, para.start - 2):para.start]
    if "**" in body[:60] or raw_lead == "**":   # **名称。**描述 / **名称**。描述
        head = body.split("**")[0] if "**" in body[:60] else body
        head = re.split(r"[。：:；;]", head)[0].strip()
        if 2 <= len(head) <= 40:
            return [(para.start + body.find(head), head, False, para.end)]
    return []


#: an unnumbered item line: its name, then a colon and what it builds
LINE_ITEM = re.compile(r"[ \t\u3000]*(?P<name>[^。；;：:，,、（()）\s]{4,40}?)[ \t\u3000]*[：:]")
#: an item's name followed by its labelled fields (the name up to the first separator)
FIELD_ITEM = re.compile(r"(?P<name>[^。；;：:，,<>（()）]{4,60}?)\s*(?=[；;：:，,])")
FIELD_LABEL = re.compile(r"(?:建设|项目|实施)地点\s*[：:]|(?:建设|责任|实施|承建|业主)\s*单\s*位\s*[：:为]|总\s*投\s*资")
#: the rest of a name a hard wrap carried to the next line: up to the separator that ends it
WRAPPED_REST = re.compile(r"[^。；;：:，,<>\n（()）]{1,20}?(?=[。；;：:，,（(])")


def _unwrapped(text: str, para, m) -> str:
    """An item's name, with the part a hard wrap (a long line broken mid-name) carried to the next line."""
    name = m.group("name")
    nl = para.start + m.end("name")
    if text[nl:nl + 1] != "\n" or nl + 1 >= para.end:
        return name
    line_start = text.rfind("\n", 0, nl) + 1
    if nl - line_start < 30:          # a short line ends where the writer ended it: the name is whole
        return name
    rest = WRAPPED_REST.match(text, nl + 1, para.end)
    return name + "\n" + rest.group(0) if rest else name


def _rstrip(text: str, start: int, end: int) -> int:
    """The end of an item without the white space and list markup after it."""
    while end > start:
        tail = re.search(r"(?:\s|</?li>|</?ol>|</?ul>|-)$", text[max(start, end - 5):end])
        if not tail:
            break
        end -= len(tail.group(0))
    return end


ENUM_LEAD = re.compile(r"^(?:重点|主要|着力|加快|积极|全力|大力|有序)?(?:推进|推动|实施|建设|新建|续建|开工|谋划|包括|"
                       r"打造|启动|完成|建成|支持)+")


def _enumerated(text: str, start: int, body: str) -> list[tuple[int, str, bool]]:
    """Names a box states in prose: ``重点推进A项目、B中心和C基地建设。``"""
    out = []
    for m in re.finditer(r"[^，,；;。：:、和及]+", body):
        frag = m.group(0)
        lead = ENUM_LEAD.match(frag)
        cut = lead.end() if lead else 0
        name = re.sub(r"(?:建设|等)+$", "", frag[cut:])
        if 4 <= len(name.strip()) <= 30 and name.endswith(NAME_SUFFIXES):
            out.append((start + m.start() + cut, name, False))
    return out


def _column(headers: list[str], pattern: str) -> int | None:
    return next((i for i, h in enumerate(headers) if re.search(pattern, re.sub(r"\s+", "", h))), None)


def _project_tables(ctx, boxes: dict, topics: dict) -> None:
    """Tables listing projects (项目名称 / 建设内容 / 总投资 / 建设性质): one Project per row."""
    from loaders.extract.indicators import ROW_NUMBER, pipe_tables
    text = ctx.doc.text
    tables = list(ctx.seg.tables) + [Table(ctx.section_at(t.row_spans[0][0]) or "", t.rows, t.row_spans)
                                     for t in pipe_tables(text)]
    for table in tables:
        headers = [text[a:b] for a, b in table.rows[0]]
        ni = _column(headers, r"^(项目|工程)?名称$|^项目$")
        if ni is None or any("指标" in h for h in headers):
            continue
        inv = _column(headers, r"投资")
        st = _column(headers, r"性质|状态|类型")
        site = _column(headers, r"地点|位置|选址|所在地|实施地|建设地")
        builder = _column(headers, r"(?:建设|责任|实施|承建|牵头|业主|申报)(?:单位|主体|企业)|^实施主体$|^责任单位$")
        content = _column(headers, r"内容|规模")
        box = next((a for a in ctx.seg.ancestors(table.section) if a.kind == "box"), None)
        if box is not None and box.id not in topics:
            topics[box.id] = _topic_industries(ctx, box)
        group = None        # the sector a heading row (商贸流通, 现代物流) groups the projects below under
        for cells, (r0, r1) in zip(table.rows[1:], table.row_spans[1:]):
            if len(cells) == 1 and len(headers) > 1:
                got = _title_industries(text[cells[0][0]:cells[0][1]], cells[0][0])
                group = got or None
                continue
            if ni >= len(cells) or cells[ni][1] - cells[ni][0] < 3:
                continue
            a, b = cells[ni]
            numbered = ROW_NUMBER.match(text, a, b)       # 1.昭乌达路…项目: the row's number is no part of the name
            if numbered and b - numbered.end() >= 3:
                a = numbered.end()
            cell = lambda i: text[cells[i][0]:cells[i][1]].strip() if i is not None and i < len(cells) else ""
            investment = cell(inv)
            if investment and inv is not None and re.search(r"[（(](亿元|万元)[)）]", headers[inv]) and \
                    not re.search(r"[亿万]", investment):
                investment += re.search(r"(亿元|万元)", headers[inv]).group(1)
            status = STATUS_RE.search(cell(st)) if st is not None else None
            props = {"box": f"{box.label} {box.title}" if box else None, "investment": investment or None,
                     "status": status.group(0) if status else None}
            node = add_entity(ctx, "Project", text[a:b], a, b, extractor="box-table", props=props)
            for ilabel, iname, i0, i1 in group or (topics.get(box.id, []) if box else []):
                ind = add_entity(ctx, ilabel, text[i0:i1], i0, i1, extractor="box-table", name=iname)
                add_relation(ctx, node, ind, "SUPPORTS", r0, r1, extractor="box-table", confidence=0.8)
            _row_cells(ctx, node, cells, site, builder, content, (r0, r1))


def _row_cells(ctx, node, cells, site, builder, content, row) -> None:
    """A project table's 建设地点 (LOCATED_IN), 建设单位 (INVOLVES) and 建设内容 (its parts: no projects of their own)."""
    text, lex = ctx.doc.text, load_lexicon()
    if site is not None and site < len(cells) and cells[site][1] > cells[site][0]:
        a, b = cells[site]
        for m in re.finditer(r"[^、，,；;和及\s]+", text[a:b]):
            hit = _place_at(lex, m.group(0), 0, True)
            if hit and hit[0] == len(m.group(0)):
                x, y = a + m.start(), a + m.end()
                place = add_entity(ctx, "Place", text[x:y], x, y, extractor="box-table", name=hit[1])
                add_relation(ctx, node, place, "LOCATED_IN", *row, extractor="box-table", confidence=0.85)
    if builder is not None and builder < len(cells) and cells[builder][1] > cells[builder][0]:
        a, b = cells[builder]
        for m in re.finditer(r"[^、，,；;\s]+", text[a:b]):
            part = ROLE_TAIL.sub("", m.group(0))
            got = BUILDER_RE.fullmatch(part)
            if got:
                x = a + m.start()
                org = add_entity(ctx, "Organization", text[x:x + len(part)], x, x + len(part), extractor="box-table",
                                 props={"kind": BUILDER_KIND.get(got.group("suffix"), "enterprise")})
                add_relation(ctx, node, org, "INVOLVES", *row, extractor="box-table", confidence=0.85)
    if content is not None and content < len(cells):
        for label in ("Project", "Policy"):
            _claim(ctx, label, *cells[content])


# -- what an item's description says ----------------------------------------------------------------
#: a field name written before the item's name: 1. 项目名称：X；建设内容：…
NAME_FIELD = re.compile(r"^(?:项目|工程)?名称$")
#: the builders of an item, labelled: 建设单位：X、Y / 责任单位：X / 实施主体：X
BUILDER_FIELD = re.compile(r"(?:建设|责任|实施|承建|牵头|业主|运营|承办|主体|申报)(?:单位|主体|企业|部门)\s*(?:[：:]|为|是)\s*"
                           r"(?P<list>[^。；;（()）\n]{2,120})")
#: the bracket closing an item: …（X公司）。 / …（县农牧局、各乡镇人民政府）
CLOSING_BRACKET = re.compile(r"[（(](?P<list>[^（()）]{2,120})[)）]\s*[。；;.]?\s*$")
#: …and the bracket right after the name: X项目（某某有限公司）：描述
OPENING_BRACKET = re.compile(r"\s*[（(](?P<list>[^（()）]{2,120})[)）]")
NAME_BRACKET = re.compile(r"\s*[（(][^（()）]{2,120}[)）]\s*$")
_BUILDER_SUFFIXES = sorted({s for s, _ in P.ORG_SUFFIXES} | {s for s, _ in P.GOV_SUFFIXES} |
                           {"联合社", "办公室", "指挥部", "服务中心", "事务中心", "研究中心", "工作站"}, key=len, reverse=True)
BUILDER_KIND = {**{s: "government" for s, _ in P.GOV_SUFFIXES}, **ORG_KIND, "联合社": "enterprise",
                "办公室": "government", "指挥部": "government", "服务中心": "government", "事务中心": "government"}
#: one builder: an organisation's name (no 各乡镇人民政府, 相关部门: those are no one in particular)
BUILDER_RE = re.compile(r"(?!各|相关|有关|其他|其它|属地|沿线|全|所在|辖区)[^\s，,、；;：:。（()）]{1,40}?(?P<suffix>"
                        + "|".join(map(re.escape, _BUILDER_SUFFIXES)) + r")")
#: where an item is built: 在A、B建设 / 实施A、B户厕改造 / 覆盖A、B / 依托A / 对A实施 / 位于A
SITE_CUE = re.compile(r"(?:(?:建设|项目|实施)?地点[：:]|位于|地处|落户|选址于?|覆盖|涉及|实施|依托|在|于|对|沿)")
JOINERS = ("以及", "、", "和", "及", "与")
#: a town, township, village or street not in the gazetteer, between list joiners (甲镇、乙乡)
ADMIN_PLACE = re.compile(r"[\u4e00-\u9fff]{2,5}?(?:镇|乡|苏木|街道|嘎查|村)")
NOT_SITE = re.compile(r"乡村|城乡|镇村|各|全|周边|重点|示范|农村|沿线")
#: the industries an item says it serves: 服务马铃薯、燕麦产业和农产品电子商务
SERVES_CUE = re.compile(r"(?:服务于|服务|助力|支撑|带动|促进)")
#: an item that builds something bounded: works with a quantity, or a facility
BUILD_VERB = re.compile(r"新建|建设|建成|改造|改扩建|扩建|迁建|治理|修复|营造|铺设|安装|加固|整治|绿化|硬化|修缮")
#: verbs of physical works on their own (加固 a dam, 铺设 pipes): 建设/治理/改造 need a size or a facility too
#: (体系建设, 社会治理 are no works)
PHYSICAL_WORKS = re.compile(r"加固|硬化|铺设|安装|修缮|新建|扩建|迁建|建成|开挖|疏浚|清淤")
QUANTITY = re.compile(r"\d+(?:\.\d+)?\s*(?:万|千|百)?(?:亩|平方米|平方公里|公顷|公里|千米|米|吨|座|处|条|户|套|台|"
                      r"间|栋|张|头|只|千瓦|兆瓦|个)")
FACILITY_WORD = re.compile(r"基地|温室|窖|车间|厂房|生产线|冷库|仓储|管网|管线|道路|栈道|步道|中心|园区|馆|站|设施|圈舍|"
                           r"厕|大棚|水库|泵站|坝|堤|渠|楼|场馆|厂")
#: a campaign: it trains, fosters, supports or runs activities
CAMPAIGN_WORD = re.compile(r"培育|培训|培养|扶持|引导|奖补|补贴|补助|评选|认定|宣传|推广|招引|开展|组织|鼓励|遴选")


def _squeeze(text: str, a: int, b: int) -> tuple[str, list[int]]:
    """text[a:b] without hard-wrap newlines, and the file offset of each kept character."""
    offs = [i for i in range(a, b) if text[i] not in "\r\n"]
    return "".join(text[i] for i in offs), offs


def _span(offs: list[int], i: int, j: int) -> tuple[int, int]:
    return offs[i], offs[j - 1] + 1


_PLACES: dict[int, tuple[dict, int]] = {}


def _place_forms(lex) -> tuple[dict, int]:
    """{surface: canonical} of the gazetteer's places (per lexicon object) and the longest surface."""
    if id(lex) not in _PLACES:
        forms = {s: c for s, l, c in lex.surface_forms() if l == "Place" and len(s) >= 2}
        _PLACES[id(lex)] = (forms, max(map(len, forms), default=0))
    return _PLACES[id(lex)]


_ORG_AHEAD = re.compile(r"^[^，,。；;、（(]{0,12}?(?:" + "|".join(map(re.escape, sorted({s for s, _ in P.ORG_SUFFIXES},
                                                                                  key=len, reverse=True))) + ")")


def _place_at(lex, sq: str, p: int, listed: bool) -> tuple[int, str] | None:
    """(length, canonical name) of the place written at sq[p:], or None."""
    forms, longest = _place_forms(lex)
    for k in range(min(longest, len(sq) - p), 1, -1):
        canonical = forms.get(sq[p:p + k])
        if canonical is None:
            continue
        entry = lex.place(canonical)
        if entry is not None and entry.kind in ("province", "country"):
            return None      # 内蒙古… opens a longer name (内蒙古大学), not a site
        if _ORG_AHEAD.match(sq, p + k) and not sq.startswith(JOINERS, p + k):
            return None      # 呼和浩特市|某某有限公司: the place opens an organisation's name
        return k, canonical
    m = ADMIN_PLACE.match(sq, p)
    if m and not NOT_SITE.search(m.group(0)) and (listed or sq.startswith(JOINERS, m.end())):
        return m.end() - p, m.group(0)
    return None


#: a place by how its name ends, when a 建设地点 field names it (a park's zone the gazetteer does not know)
FIELD_PLACE = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,14}?(?:片区|园区|产业园|工业园|科技园|开发区|高新区|新区|经济区|"
                         r"集中区|示范区|镇|乡|苏木|街道|嘎查|村|社区)")


def _field_sites(lex, sq: str) -> list[tuple[int, int, str]]:
    """The places a 建设地点：A、B field names, gazetteer places or names ending like a place."""
    out = []
    for m in SITE_FIELD.finditer(sq):
        p = m.start("list")
        for part in re.split(r"[、和及与]", m.group("list")):
            hit = _place_at(lex, part, 0, True)
            if hit and hit[0] == len(part):
                out.append((p, p + len(part), hit[1]))
            elif FIELD_PLACE.fullmatch(part) and not NOT_SITE.search(part):
                # 南部新材料片区: the direction says which part of the park, the zone is named without it
                bare = re.sub(r"^(?:东北|东南|西北|西南|东|西|南|北|中)部(?=.{3})", "", part)
                out.append((p, p + len(part), canonical_name("Place", bare)))
            p += len(part) + 1
    return out


#: a park, zone or base a place's name opens (东二环数字产业园, 某镇农产品加工园区), ending where the clause does
PARK_AFTER = re.compile(r"(?P<mid>[\u4e00-\u9fff]{0,8}?)(?:产业园区|产业园|工业园区|工业园|科技园|物流园|园区|片区|开发区|"
                        r"产业基地)(?=$|[，,。；;、和及与（(])")
PARK_NOT = re.compile(r"建设|打造|布局|发展|实施|推进|新建|引进|入驻|落户|集聚|的")
SITE_FIELD = re.compile(r"(?:建设|项目|实施)?地点\s*(?:[：:]|为|位于|在)?(?P<list>[^。；;，,（()）：:]{2,60})")


def _sites(lex, sq: str) -> list[tuple[int, int, str]]:
    """(start, end, canonical) of the places a description builds in: 在A、B建设… / 实施A、B、C户厕改造."""
    out = _field_sites(lex, sq)
    fielded = {a for a, _, _ in out}
    for m in SITE_CUE.finditer(sq):
        p, listed = m.end(), False
        while p < len(sq):
            hit = _place_at(lex, sq, p, listed)
            if hit is None:
                break
            park = PARK_AFTER.match(sq, p + hit[0])
            if park and not PARK_NOT.search(park.group("mid")):     # 东二环|数字产业园: a park named after a road
                hit = (park.end() - p, canonical_name("Place", sq[p:park.end()]))
            if p not in fielded:
                out.append((p, p + hit[0], hit[1]))
            p += hit[0]
            joiner = next((j for j in JOINERS if sq.startswith(j, p)), None)
            if joiner is None:
                break
            p, listed = p + len(joiner), True
    return out


def _served(lex, sq: str) -> list[tuple[int, int, str]]:
    """(start, end, canonical) of the industries a description says the item serves (服务A、B产业和C)."""
    out = []
    for m in SERVES_CUE.finditer(sq):
        stop = re.search(r"[，,。；;（(：:]|$", sq[m.end():]).start() + m.end()
        parts, p = [], m.end()
        for j in re.finditer(r"以及|[、和及与]", sq[m.end():stop]):
            parts.append((p, m.end() + j.start()))
            p = m.end() + j.end()
        parts.append((p, stop))
        parts = [(a, b - len(re.search(r"(?:等|的|发展|需求)*$", sq[a:b]).group(0))) for a, b in parts]
        found = []
        for k, (a, b) in enumerate(parts):
            part = sq[a:b]
            name = _industry_name(lex, part)
            if name is None:      # 马铃薯、燕麦产业: 马铃薯 is 马铃薯产业 (the next part ending 产业 carries the word)
                tail = next((t for x, y in parts[k + 1:] for t in ("产业",) if sq[x:y].endswith(t)), None)
                name = _industry_name(lex, part + tail) if tail else None
            if name is None:
                break        # 服务周边农户: not a list of sectors
            found.append((a, b, name))
        out.extend(found)
    return out


def _industry_name(lex, part: str) -> str | None:
    if not 2 <= len(part) <= 12 or part in P.NOT_INDUSTRY or part in P.GENERIC:
        return None
    ent = lex.industry(part) or lex.industry(part + "业") or lex.industry(part + "产业")   # 乡村旅游 → 乡村旅游业
    if ent is not None:
        return ent.name
    if part.endswith(P.INDUSTRY_TAILS) and part[:-2] not in P.GENERIC_INDUSTRY_MODIFIERS and \
            part[:-1] not in P.GENERIC_INDUSTRY_MODIFIERS and len(part) >= 3:
        return part
    for surface, label, canonical in _industry_forms(lex):
        if part.endswith(surface) and len(part) - len(surface) <= (4 if len(surface) >= 3 else 2):
            return part      # 农产品电子商务, 乡村旅游: a sector with its market in front
    return None


#: 由X建设运营 / 由X、Y联合实施: who builds the item, in its description
BUILT_BY = re.compile(r"由(?P<list>[^，,。；;由]{2,80}?)(?:负责|共同|联合)?(?:投资)?(?:建设运营|建设|运营|实施|承建|开发|"
                      r"组织实施|牵头实施|牵头)")
#: 引进X公司、Y公司等企业: the companies a project brings in take part in it
BROUGHT_IN = re.compile(r"(?:引进|引入|招引|吸引)(?P<list>[^，,。；;]{4,80}?)(?=等(?:企业|公司|单位|机构)|[，,。；;]|$)")
#: 依托内蒙古某大学: the university or institute a centre is set up on takes part in it
RELIES_ON = re.compile(r"依托(?P<list>[^，,。；;依]{4,60}?)(?=[，,。；;]|$)")
ACADEMIC_ENDS = r"(?:大学|学院|研究院|研究所|科学院|医院|职业技术学院)$"
ROLE_TAIL = re.compile(r"(?:牵头|负责|配合|承建|主导|参与|实施|建设|运营)+$")


def _builders(sq: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of the organisations that build an item: its closing bracket or 建设单位：X."""
    lists = [(m.start("list"), m.end("list")) for m in BUILDER_FIELD.finditer(sq)]
    for m in (CLOSING_BRACKET.search(sq), OPENING_BRACKET.match(sq)):
        if m and (m.start("list"), m.end("list")) not in lists:
            lists.append((m.start("list"), m.end("list")))
    lists.extend((m.start("list"), m.end("list")) for m in BUILT_BY.finditer(sq))
    lists.extend((m.start("list"), m.end("list")) for m in BROUGHT_IN.finditer(sq))
    lists.extend((m.start("list"), m.end("list")) for m in RELIES_ON.finditer(sq)
                 if re.search(ACADEMIC_ENDS, m.group("list")))
    out = []
    for a, b in lists:
        p = a
        for part in re.split(r"[、，,；;]", sq[a:b]):
            start, end = p, p + len(part)
            p = end + 1
            lead = len(part) - len(part.lstrip())
            part = ROLE_TAIL.sub("", part.strip())       # 县文旅局牵头: the role is no part of the name
            got = BUILDER_RE.fullmatch(part)
            if got:
                out.append((start + lead, start + lead + len(part), BUILDER_KIND.get(got.group("suffix"), "enterprise")))
    return out


def _bounded(sq: str) -> bool:
    """Whether a description builds something bounded (works with a size, or a facility) rather than runs a campaign."""
    if INVESTMENT_RE.search(sq) or PHYSICAL_WORKS.search(sq):
        return True
    for m in BUILD_VERB.finditer(sq):
        before = re.split(r"[，,。；;：:、]", sq[:m.start()])[-1]       # 户厕改造: the object can come first
        clause = re.split(r"[，,。；;（(]", sq[m.end():])[0]
        if QUANTITY.search(clause) or FACILITY_WORD.search(clause) or FACILITY_WORD.search(before[-4:]):
            return True
    return False


#: places whose name opening an item's name says where it is built (a county or city prefix is as often a campaign's)
SITE_KINDS_ABOVE = {"province", "country", "region", "autonomous_region", "league", "city", "district", "county",
                    "banner"}


def _opens_with_place(lex, name: str) -> bool:
    """耗赖山乡…工程, 昭乌达路…提升工程: the name opens with a town, street, road or area (not a county's name)."""
    hit = _place_at(lex, name, 0, True)
    if hit is None:
        return False
    entry = lex.place(hit[1])
    return entry is None or entry.kind not in SITE_KINDS_ABOVE


#: a place's name by how it ends (a zone, a town): an item so named is a place the box lists
PLACE_ITEM = re.compile(r"(?:经济技术开发区|高新技术产业开发区|开发区|工业园区|产业园区|园区|新区|高新区|镇|乡|苏木|街道|嘎查)$")
#: what a place item's description says is developed there: 重点发展A、B和C
DEVELOPS = re.compile(r"(?:重点|着力|大力|积极|加快)?(?:发展|培育|做强|壮大|布局|集聚|打造)")


def _place_item(lex, name: str) -> str | None:
    """The place an item's name is (1. 毕克齐镇：…, 1. 某某经济技术开发区：…), canonical, or None."""
    forms, _ = _place_forms(lex)
    if name in forms:
        return forms[name]
    if PLACE_ITEM.search(name) and not name.endswith(("项目", "工程")) and 3 <= len(name) <= 16:
        return canonical_name("Place", name)
    return None


def _sector_item(lex, name: str) -> str | None:
    """The industry an item's name is (1. 乳业：…, 2. 现代物流：…), canonical, or None."""
    return _industry_name(lex, name) if not name.endswith(NAME_SUFFIXES) else None


def _listed_item(ctx, box, name: str, span: tuple[int, int], item: tuple[int, int]) -> bool:
    """A box that lists places or sectors rather than projects: the place (with the sectors its description
    says it develops), or the sector (with the box title's place).  True when the item was one."""
    text, lex = ctx.doc.text, load_lexicon()
    a, b = span
    place = _place_item(lex, name)
    if place is not None:
        node = add_entity(ctx, "Place", text[a:b], a, b, extractor="box-item", name=place)
        sq, offs = _squeeze(text, b, item[1])
        for m in DEVELOPS.finditer(sq):
            stop = re.search(r"[，,。；;（(：:]|$", sq[m.end():]).start() + m.end()
            p = m.end()
            for part in re.split(r"以及|[、和及与]", sq[m.end():stop]):
                part_at, p = p, p + len(part) + 1
                part = re.sub(r"(?:等|的)?(?:产业|行业)?(?:集群)?$", "", part) if not _industry_name(lex, part) else part
                iname = _industry_name(lex, part)
                if iname is None:
                    break
                x, y = _span(offs, part_at, part_at + len(part))
                ind = add_entity(ctx, "Industry", text[x:y], x, y, extractor="box-item", name=iname)
                add_relation(ctx, ind, node, "LOCATED_IN", *item, extractor="box-item", confidence=0.8)
        for m in BUILDS_NAMED.finditer(sq):        # 建设敕勒川田园综合体: works the place builds are in it
            clause = re.split(r"[，,。；;（(：:]", sq[m.end():])[0]
            p = m.end()
            for part in re.split(r"以及|[、和及与]", clause):
                part_at, p = p, p + len(part) + 1
                if len(part) >= 5 and part.endswith(NAME_SUFFIXES) and not QUANTITY.search(part) and \
                        part not in P.NOT_NAMES and not re.match(r"(?:一批|若干|多个|各类|一个|一座)", part):
                    x, y = _span(offs, part_at, part_at + len(part))
                    proj = add_entity(ctx, "Project", text[x:y], x, y, extractor="box-item",
                                      props={"box": f"{box.label} {box.title}", "status": None, "investment": None})
                    add_relation(ctx, proj, node, "LOCATED_IN", *item, extractor="box-item", confidence=0.75)
        return True
    sector = _sector_item(lex, name)
    if sector is not None:
        ind = add_entity(ctx, "Industry", text[a:b], a, b, extractor="box-item", name=sector)
        forms, longest = _place_forms(lex)
        t0, t1 = box.title_start, box.title_end
        for k in range(min(longest, t1 - t0), 1, -1):     # 专栏6 某旗重点产业: the sectors of the place
            got = forms.get(text[t0:t0 + k])
            if got:
                where = add_entity(ctx, "Place", text[t0:t0 + k], t0, t0 + k, extractor="box-item", name=got)
                add_relation(ctx, ind, where, "LOCATED_IN", *item, extractor="box-item", confidence=0.75)
                break
        return True
    return False


def _item_kind(lex, name: str, desc: str, lists_projects: bool, numbered: bool) -> str | None:
    """Project or Policy for a box item, by its name and what its description does.

    A name ending 行动/计划/战略 is a programme.  One ending 提升/振兴/示范…工程 is a campaign unless the
    item is sited (its name opens with a place) or its description builds something bounded — 3万亩 of
    fields, a plant, a cold store — and does not just train, foster or subsidise."""
    if _place_at(lex, name, 0, False) is not None and len(name) <= 6 and not name.endswith(NAME_SUFFIXES):
        return None          # an item that is a place (1. 哈乐镇：…): a box of places, not of projects
    if name.endswith(PROGRAMME_ENDS):
        return "Policy"
    bounded = _bounded(desc)
    campaign = bool(CAMPAIGN_WORD.search(desc)) and not bounded
    if CAMPAIGN_WORKS.search(name):
        return "Project" if (_opens_with_place(lex, name) and not campaign) or bounded else "Policy"
    if name.endswith("工程") and campaign:
        return "Policy"      # X工程：开展…宣传推广活动 runs a campaign whatever its name
    if name.endswith(NAME_SUFFIXES):
        return "Project"
    if name.endswith(P.INDUSTRY_TAILS) or lex.industry(name) is not None:
        return None          # 1. 乳业：… lists sectors
    if numbered and lists_projects:
        return "Project"
    return None


def _claim(ctx, label: str, a: int, b: int) -> None:
    """Mark text[a:b] as read by this extractor: no later extractor adds a ``label`` entity overlapping it
    (the things a 专栏 item's description names — 脱毒种薯扩繁基地, 燕麦片生产线 — are parts of the item)."""
    if b > a:
        ctx.__dict__.setdefault("claims", {}).setdefault(label, []).append((a, b))


#: the head of an item's name that is the item's own facility, not a place (…养殖园区项目, …遗址公园项目)
OWN_PARK = re.compile(r"(?:园区|公园|广场|景区|片区|街区|商圈)(?=(?:建设|提升|改造|升级|提质|提档|更新|保护|修复|综合|治理|"
                      r"整治|一期|二期|三期)*(?:项目|工程)$)")
#: a named facility a description builds: 配套建设老牛湾生态护林驿站 (a place opens its name)
BUILDS_NAMED = re.compile(r"(?:配套建设|新建|建设|建成|打造|改扩建|扩建)")


def _describe(ctx, node, label: str, name_span: tuple[int, int], item: tuple[int, int]) -> None:
    """What the item's description says: where it is built, who builds it, what it serves."""
    text, lex = ctx.doc.text, load_lexicon()
    a, b = item
    sq, offs = _squeeze(text, name_span[1], b)
    if not sq:
        return
    claimed = []
    if label == "Project":
        for s0, s1, canonical in _sites(lex, sq):
            x, y = _span(offs, s0, s1)
            place = add_entity(ctx, "Place", text[x:y], x, y, extractor="box-item", name=canonical)
            add_relation(ctx, node, place, "LOCATED_IN", a, b, extractor="box-item", confidence=0.85)
        for s0, s1, kind in _builders(sq):
            x, y = _span(offs, s0, s1)
            org = add_entity(ctx, "Organization", text[x:y], x, y, extractor="box-item", props={"kind": kind})
            add_relation(ctx, node, org, "INVOLVES", a, b, extractor="box-item", confidence=0.85)
            claimed.append((x, y))
        for s0, s1, canonical in _served(lex, sq):
            x, y = _span(offs, s0, s1)
            ind = add_entity(ctx, "Industry", text[x:y], x, y, extractor="box-item", name=canonical)
            add_relation(ctx, node, ind, "SUPPORTS", a, b, extractor="box-item", confidence=0.8)
        for m in BUILDS_NAMED.finditer(sq):
            clause = re.split(r"[，,。；;（(：:]", sq[m.end():])[0]
            p = m.end()
            for part in re.split(r"以及|[、和及与]", clause):
                if len(part) >= 5 and part.endswith(NAME_SUFFIXES) and _place_at(lex, part, 0, False) and \
                        not part.endswith(("项目", "工程")) and not QUANTITY.search(part):
                    x, y = _span(offs, p, p + len(part))
                    add_entity(ctx, "Project", text[x:y], x, y, extractor="box-item",
                               props={"box": node.props.get("box"), "status": None, "investment": None})
                p += len(part) + 1
    # the things the description names are the item's parts: no Project or Policy of their own, and no
    # brand read off a product (燕麦片|生产线)
    x0 = offs[0]
    _claim(ctx, "Project", x0, b)
    _claim(ctx, "Policy", x0, b)
    for m in BUILD_VERB.finditer(sq):
        clause = re.split(r"[，,。；;（(]", sq[m.end():])[0]
        if clause and not _ORG_AHEAD.match(clause) and not any(s in clause for s, _ in P.ORG_SUFFIXES):
            _claim(ctx, "Organization", *_span(offs, m.end(), m.end() + len(clause)))
        p = m.end()
        for part in re.split(r"以及|[、和及与]", clause):
            if QUANTITY.search(part) and re.search(r"\d+(?:\.\d+)?\s*(?:万|千|百)?[\u4e00-\u9fff]{1,3}$", part):
                _claim(ctx, "Industry", *_span(offs, p, p + len(part)))   # 民宿80户: counted things, not a sector
            p += len(part) + 1
    n0, n1 = name_span
    own = OWN_PARK.search(text, n0, n1)
    if own:
        _claim(ctx, "Place", own.start(), own.end())


def extract(ctx) -> None:
    text = ctx.doc.text
    seg = ctx.seg
    lex = load_lexicon()
    boxes = {s.id: s for s in seg.sections if s.kind == "box"}
    topics: dict[str, list] = {}
    grouped: dict[str, list] = {}
    _project_tables(ctx, boxes, topics)
    if not boxes:
        for spans in getattr(ctx, "claims", {}).values():
            spans.sort()
        return
    groups = _box_groups(seg, boxes)
    _items_of_boxes(ctx, text, seg, lex, boxes, groups, topics, grouped)
    for spans in getattr(ctx, "claims", {}).values():
        spans.sort()


def _items_of_boxes(ctx, text, seg, lex, boxes, groups, topics, grouped) -> None:
    from loaders.extract.indicators import pipe_tables
    # the rows of a bar table (1.X项目｜建设内容｜实施单位) are read as table rows (_project_tables), not as items
    rows = SpanIndex((a, b, None) for t in pipe_tables(text) for (a, b), cells in zip(t.row_spans, t.rows)
                     if len(cells) > 1)
    sited: dict = {}        # box id → the place its current group heading names
    for para in seg.paragraphs:
        if para.kind == "row" or (para.section not in boxes and para.section not in groups):
            continue
        box = boxes.get(para.section) or boxes[groups[para.section][0]]
        if box.id not in topics:
            topics[box.id] = _topic_industries(ctx, box)
        sub = _subheading_industries(ctx, para)
        if sub is not None:      # the items after a sub-heading serve its industry (or, if it names none, the box's)
            grouped[box.id] = sub
            continue
        site = _subheading_place(lex, text, para)
        if site is not None:     # 东街街道 on a line of its own: the items after it are there
            sited[box.id] = add_entity(ctx, "Place", text[site[0]:site[1]], *site, extractor="box-item")
            continue
        # 乳业：A、B。 — the line's sector is what its items serve (or a category's: what the box serves)
        if _sector_lines(ctx, box, para, groups[para.section][1] if para.section in groups else
                         grouped.get(box.id) or topics[box.id]):
            continue
        serves = groups[para.section][1] if para.section in groups else grouped.get(box.id) or topics[box.id]
        serves = serves or topics[box.id]
        lists_projects = bool(re.search(r"项目|工程", box.title))
        box_name = f"{box.label} {box.title}"
        for at, raw, numbered, item_end in _items(text, para):
            if rows.overlapping(at, at + 1):
                continue
            if numbered and NAME_FIELD.match(raw.strip()):    # 1. 项目名称：X；…: the name is the field's value
                value = re.match(r"\s*[：:]\s*(?P<v>[^。；;：:，,\n]{2,60})", text[at + len(raw):item_end])
                if not value:
                    continue
                at, raw = at + len(raw) + value.start("v"), value.group("v")
            name = raw.strip().strip("*").strip()
            lead = len(raw) - len(raw.lstrip())
            item_status = None
            bracket = NAME_BRACKET.search(name)   # X项目（某某有限公司）: who builds the item is no part of its name
            if bracket and _builders(bracket.group(0)):
                name = name[:bracket.start()]
            note = TAIL_NOTE.search(name)
            if note and (STATUS_RE.search(note.group("note")) or re.search(r"\d{4}|投资|[亿万]元", note.group("note"))):
                item_status = (STATUS_RE.search(note.group("note")) or [None])[0]
                name = name[:note.start()]
            costed = COSTED_LEAD.match(name)      # 2.总投资3.5亿元的X项目: the figure is the item's, not its name
            if costed and len(name) - costed.end() >= 4:
                name, lead = name[costed.end():], lead + costed.end()
            opening = LEAD_STATUS.match(name)
            if opening:
                item_status = item_status or opening.group(1)
                name, lead = name[opening.end():], lead + opening.end()
            verb = ENUM_LEAD.match(name)     # 1. 加快建设XX产业园，…: the verb is not the name
            if verb and numbered and len(name) - verb.end() >= 4:
                name, lead = name[verb.end():], lead + verb.end()
                item_status = item_status or (STATUS_RE.match(verb.group(0)[-2:]) or [None])[0]
            invest = INVESTMENT_RE.search(text, at, min(item_end, at + 200)) if numbered else None
            name_end = at + lead + len(name)
            desc = re.sub(r"[\r\n]", "", text[name_end:item_end]) if item_end > name_end else ""
            if numbered and ":" in unicodedata.normalize("NFKC", text[name_end:name_end + 1]) and \
                    _listed_item(ctx, box, name.strip(), (at + lead, name_end), (at, item_end)):
                continue
            parts = _split(name)
            for off, part in parts:
                part = part.strip()
                if len(part) < 3:
                    continue
                label = _item_kind(lex, part.replace("\n", ""), desc, lists_projects, numbered)
                if label is None:
                    continue
                start = at + lead + name.find(part, off)
                status = item_status or _status(part, text[para.start:para.end])
                if label == "Project":
                    props = {"box": box_name, "status": status,
                             "investment": re.sub(r"\s+", "", invest.group(1)) if invest else None}
                    stem = part[:-2] if part.endswith("项目") else ""
                    aliases = [stem] if len(stem) >= 4 and stem.endswith(NAME_SUFFIXES) and not stem.endswith(
                        ("项目", "工程")) else []
                else:
                    props, aliases = {"kind": "programme"}, []
                node = add_entity(ctx, label, part, start, start + len(part), extractor="box-item",
                                  props=props, aliases=aliases)
                for other in ("Project", "Policy"):      # the item is one thing, of the kind read here
                    if other != label:
                        _claim(ctx, other, start, start + len(part))
                if numbered and item_end > name_end:
                    _describe(ctx, node, label, (start, name_end), (at, item_end))
                if label == "Project" and box.id in sited:
                    add_relation(ctx, node, sited[box.id], "LOCATED_IN", at, item_end, extractor="box-item",
                                 confidence=0.8)
                for ilabel, iname, i0, i1 in serves:
                    ind = add_entity(ctx, ilabel, text[i0:i1], i0, i1, extractor="box-item", name=iname)
                    add_relation(ctx, node, ind, "SUPPORTS", para.start, para.end, extractor="box-item",
                                 confidence=0.8 if numbered else 0.7)
