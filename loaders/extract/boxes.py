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
- tables in boxes (主要指标) are left to indicators.py.
"""
from __future__ import annotations

import re

from loaders.extract import patterns as P
from loaders.extract.common import add_entity, add_relation
from loaders.lexicon import load_lexicon
from loaders.segment import Table

ITEM_RE = re.compile(r"(?:^|(?<=[>\s。；;]))(?:\d{1,2}[.、．](?!\d)|[（(]\d{1,2}[)）]|[①-⑳])\s*"
                     r"(?P<name>[^。；;：:，,<>\n]{2,60}?)\s*(?=[。；;：:，,<\n]|$)")
INVESTMENT_RE = re.compile(r"(?:总投资|计划投资|投资)(?:额|规模)?(?:约|预计|达)?\s*(\d+(?:\.\d+)?\s*(?:亿元|万元|亿|万))")
STATUS_RE = re.compile(r"新建|续建|改扩建|扩建|迁建|建成|推进|开工|谋划")
#: a status word opening an item is not part of the name (新建XX项目)
LEAD_STATUS = re.compile(r"^(新建|续建|改扩建|扩建|迁建)(?=.{4})")
#: a short note in brackets after the name: （续建）, （2021-2024年）, （一期）
TAIL_NOTE = re.compile(r"\s*[（(](?P<note>[^（()）]{1,12})[)）]\s*$")
#: the organisation that carries an item, in brackets after its name: X项目（内蒙古某某有限公司）
_ORG_TAILS = sorted(P.ORG_SUFFIXES, key=lambda sk: -len(sk[0]))
TAIL_ORG = re.compile(r"\s*[（(]\s*(?P<org>[^（()）：:，,、]{2,40}?(?P<suffix>"
                      + "|".join(re.escape(suffix) for suffix, _ in _ORG_TAILS) + r"))[)）]\s*$")
ORG_KIND = dict(P.ORG_SUFFIXES)
NAME_SUFFIXES = tuple(s for s, _ in P.PROJECT_SUFFIXES) + (
    "平台", "系统", "网络", "站", "小学", "中学", "学校", "幼儿园", "医院", "卫生院", "公园", "广场", "小区",
    "实验室", "研究院", "工作站", "校区", "场", "城", "谷")
PROGRAMME_ENDS = ("行动计划", "专项行动", "行动", "计划", "战略")
CAMPAIGN_WORKS = re.compile(r"(提升|成长|发展|培育|振兴|惠民|创新|攻坚|倍增|赋能|引领|强基|提质|育人|富民|兴业|"
                            r"示范|创建|行动|铸魂|安居|登峰|领航|强链|补链|延链)工程$")
TOPIC_STRIP = re.compile(r"^.*?(?:“?十[一二三四五]五”?|20\d\d\s*[-—–至]\s*20\d\d年?)(?:时期|期间)?|"
                         r"(?:重点|重大)?(?:建设项目|项目|工程)$|^(?:重点|重大)")


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
    """
    t = re.sub(r"\s+", "", title)
    prev = None
    while prev != t:
        prev, t = t, TOPIC_STRIP.sub("", t)
    return t


#: a sub-heading inside a box grouping its items: （一）现代物流产业项目 / 二、文化旅游类项目
SUBHEAD_RE = re.compile(r"^\s*(?:\*\*)?(?:[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．])\s*"
                        r"(?P<t>[^。；;，,：:\n]{2,24}?)(?:类)?(?:\*\*)?\s*$")


def _subheading_industries(ctx, para) -> list[tuple[str, str, int, int]] | None:
    """The industry a box's sub-heading groups its next items under (None when the paragraph is no sub-heading)."""
    text = ctx.doc.text
    m = SUBHEAD_RE.match(text, para.start, para.end)
    if not m:
        return None
    return _title_industries(m.group("t"), m.start("t"))


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
    ent = load_lexicon().industry(topic)
    if not (ent or (topic.endswith(P.INDUSTRY_TAILS) and 2 <= len(topic) <= 10)):
        return []
    return [("Industry", ent.name if ent else topic, start + title.find(topic), start + title.find(topic) + len(topic))] \
        if topic in title else []


def _topic_industries(ctx, box) -> list[tuple[str, str, int, int]]:
    """(label, name, start, end) of the industries a box serves, with where its title names them."""
    lex = load_lexicon()
    text = ctx.doc.text
    topic = _without_place(lex, box_topic(box.title))
    out = []
    if topic:
        at = text.find(topic, box.title_start, box.title_end)
        ent = lex.industry(topic)
        if ent or (topic.endswith(P.INDUSTRY_TAILS) and 2 <= len(topic) <= 10):
            if at >= 0:
                out.append(("Industry", ent.name if ent else topic, at, at + len(topic)))
    if not out:
        for sec in ctx.seg.ancestors(box.parent)[:1]:
            for surface, label, canonical in _industry_forms(lex):
                at = text.find(surface, sec.title_start, sec.title_end)
                if at >= 0:
                    out.append((label, canonical, at, at + len(surface)))
                    break
    return out


def _without_place(lex, topic: str) -> str:
    """A box topic without the place it opens with: a place prefix is no part of an industry's name
    (武川县现代农牧业 → 现代农牧业)."""
    for k in range(min(len(topic) - 2, 12), 1, -1):
        if lex.place(topic[:k]) is not None:
            return topic[k:]
    return topic


_FORMS: dict[int, list] = {}


def _industry_forms(lex) -> list:
    """Industry names and synonyms, longest first (per lexicon object)."""
    if id(lex) not in _FORMS:
        _FORMS[id(lex)] = sorted(((s, l, c) for s, l, c in lex.surface_forms() if l == "Industry" and len(s) >= 2),
                                 key=lambda x: -len(x[0]))
    return _FORMS[id(lex)]


def _items(text: str, para) -> list[tuple[int, str, bool]]:
    """(offset, name, numbered) of the items a box paragraph lists."""
    body = text[para.start:para.end]
    found = [(para.start + m.start("name"), m.group("name"), True) for m in ITEM_RE.finditer(body)]
    if found:
        return found
    if para.kind == "paragraph" and "**" not in body[:60]:
        return _enumerated(text, para.start, body)
    raw_lead = text[max(0, para.start - 2):para.start]
    if "**" in body[:60] or raw_lead == "**":   # **名称。**描述 / **名称**。描述
        head = body.split("**")[0] if "**" in body[:60] else body
        head = re.split(r"[。：:；;]", head)[0].strip()
        if 2 <= len(head) <= 40:
            return [(para.start + body.find(head), head, False)]
    return []


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
    from loaders.extract.indicators import pipe_tables
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
        box = next((a for a in ctx.seg.ancestors(table.section) if a.kind == "box"), None)
        if box is not None and box.id not in topics:
            topics[box.id] = _topic_industries(ctx, box)
        for cells, (r0, r1) in zip(table.rows[1:], table.row_spans[1:]):
            if ni >= len(cells) or cells[ni][1] - cells[ni][0] < 3:
                continue
            a, b = cells[ni]
            cell = lambda i: text[cells[i][0]:cells[i][1]].strip() if i is not None and i < len(cells) else ""
            investment = cell(inv)
            if investment and inv is not None and re.search(r"[（(](亿元|万元)[)）]", headers[inv]) and \
                    not re.search(r"[亿万]", investment):
                investment += re.search(r"(亿元|万元)", headers[inv]).group(1)
            status = STATUS_RE.search(cell(st)) if st is not None else None
            props = {"box": f"{box.label} {box.title}" if box else None, "investment": investment or None,
                     "status": status.group(0) if status else None}
            node = add_entity(ctx, "Project", text[a:b], a, b, extractor="box-table", props=props)
            for ilabel, iname, i0, i1 in topics.get(box.id, []) if box else []:
                ind = add_entity(ctx, ilabel, text[i0:i1], i0, i1, extractor="box-table", name=iname)
                add_relation(ctx, node, ind, "SUPPORTS", r0, r1, extractor="box-table", confidence=0.8)


def extract(ctx) -> None:
    text = ctx.doc.text
    seg = ctx.seg
    boxes = {s.id: s for s in seg.sections if s.kind == "box"}
    topics: dict[str, list] = {}
    grouped: dict[str, list] = {}
    _project_tables(ctx, boxes, topics)
    if not boxes:
        return
    groups = _box_groups(seg, boxes)
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
        serves = groups[para.section][1] if para.section in groups else grouped.get(box.id) or topics[box.id]
        serves = serves or topics[box.id]
        lists_projects = bool(re.search(r"项目|工程", box.title))
        box_name = f"{box.label} {box.title}"
        for at, raw, numbered in _items(text, para):
            name = raw.strip().strip("*").strip()
            lead = len(raw) - len(raw.lstrip())
            item_status = None
            carrier = TAIL_ORG.search(name)   # the company building the item is no part of its name
            carrier_span = None
            if carrier:
                span = (at + lead + carrier.start("org"), at + lead + carrier.end("org"))
                if text[span[0]:span[1]] == carrier.group("org"):   # cite the name exactly or not at all
                    carrier_span, name = span, name[:carrier.start()]
                    carrier_kind = ORG_KIND[carrier.group("suffix")]
            note = TAIL_NOTE.search(name)
            if note and (STATUS_RE.search(note.group("note")) or re.search(r"\d{4}", note.group("note"))):
                item_status = (STATUS_RE.search(note.group("note")) or [None])[0]
                name = name[:note.start()]
            opening = LEAD_STATUS.match(name)
            if opening:
                item_status = item_status or opening.group(1)
                name, lead = name[opening.end():], lead + opening.end()
            verb = ENUM_LEAD.match(name)     # 1. 加快建设XX产业园，…: the verb is not the name
            if verb and numbered and len(name) - verb.end() >= 4:
                name, lead = name[verb.end():], lead + verb.end()
                item_status = item_status or (STATUS_RE.match(verb.group(0)[-2:]) or [None])[0]
            invest = INVESTMENT_RE.search(text, at, min(para.end, at + 200)) if numbered else None
            for off, part in _split(name):
                part = part.strip()
                if len(part) < 3:
                    continue
                label = _kind_of(part, lists_projects, numbered)
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
                if carrier_span and label == "Project":
                    org = add_entity(ctx, "Organization", text[carrier_span[0]:carrier_span[1]], *carrier_span,
                                     extractor="box-item", props={"kind": carrier_kind})
                    add_relation(ctx, node, org, "INVOLVES", para.start, para.end, extractor="box-item",
                                 confidence=0.85)
                for ilabel, iname, i0, i1 in serves:
                    ind = add_entity(ctx, ilabel, text[i0:i1], i0, i1, extractor="box-item", name=iname)
                    add_relation(ctx, node, ind, "SUPPORTS", para.start, para.end, extractor="box-item",
                                 confidence=0.8 if numbered else 0.7)
