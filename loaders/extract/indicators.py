"""Indicator tables and target sentences → Indicator nodes and TARGETS edges.

Two ways plans state targets:

- a table (usually 专栏1 主要指标) with a header row naming its columns —
  序号 / 类别 / 指标 / 单位 / 2020年 / 2025年 / 年均增长 / 属性; columns are found by
  what the header says, not by position, so a table with a 单位 column, a missing
  cell or a category cell merged over several rows reads the same way;
- prose: ``到2025年，森林覆盖率达到41%，PM2.5浓度控制在35微克/立方米`` — each
  clause ``<indicator><verb><number><unit><以上/以内/左右>`` is one target.

Also targets: a count (``实施重点项目1200个以上``), a figure with no verb in a list of
targets (``年度计划投资1700亿元以上``), a target in words (``与经济增长基本同步``,
``达到国家和自治区要求``, a merged table cell of words carried down into the blank
cells below it), and ``集群产值`` named after the cluster the paragraph names.

Achieved figures are not targets: sentences under review sections (十三五成就,
工作回顾), clauses written in the past (增长了, 同比, 比上年) and, in news and work
reports, sentences without a forward cue (预期目标, 力争, 到2026年…, or a section
titled as the work ahead: 2026年工作安排).  Such figures are still statistics
(``社会消费品零售总额实现149.6亿元``): an Indicator node with its mention and no
TARGETS edge, when the name ends like a measured quantity (…总额/增加值/收入/率/量…),
so counts of work done (建成惠民菜店60家) stay out.

A target belongs to the Goal whose paragraph states it when goals.py found one
there (``goals.goals_by_paragraph``), else to the Plan.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from typing import Callable, NamedTuple

from graph.model import stable_id
from loaders.segment import Sentence, Table
from loaders.extract.common import add_entity, add_relation, canonical_name
from loaders.extract.units import UNIT_RE, comparator, norm, nsqueeze, parse_target, rate_unit, unit_in_name, year_of

# -- tables -------------------------------------------------------------------------------------
HEADER_WORDS = ("指标", "序号", "属性", "类别", "单位", "年均增长", "目标")


def _column_roles(headers: list[str], plan_end: int | None = None, plan_start: int | None = None) -> dict:
    """Which column holds what, from the header cells' wording."""
    roles: dict[str, int] = {}
    years: list[tuple[int, int]] = []
    for i, h in enumerate(headers):
        h = norm(h)
        if not h:
            continue
        if re.search(r"序号|编号", h) and not re.search(r"指标|名称", h):
            roles.setdefault("no", i)
        elif re.search(r"序号|编号", h):
            roles.setdefault("name", i)      # 序号及指标名称: the numbered name column (1.社会消费品零售总额)
        elif re.search(r"类别|领域|分类|类型", h):
            roles.setdefault("category", i)
        elif re.search(r"属性|性质", h):
            roles.setdefault("attribute", i)
        elif re.fullmatch(r"(计量)?单位", h):
            roles.setdefault("unit", i)
        elif re.search(r"年均|增长|增速|累计", h):
            roles.setdefault("growth", i)
        elif re.search(r"(19|20)\d\d", h):
            years.append((int(re.search(r"(19|20)\d\d", h).group(0)), i))
        elif re.search(r"十[一二三四五]五", h) and not re.search(r"年均|增长|累计", h):
            years.append((year_of(h), i))          # “十三五”末 / “十四五”末 columns stand for 2020 / 2025
        elif re.search(r"基期|现状|基数|基准", h):
            roles.setdefault("baseline", i)
        elif re.search(r"目标|规划|预期值", h):
            roles.setdefault("target", i)
        elif re.search(r"指标|名称|项目", h):
            roles.setdefault("name", i)
    years.sort()
    for_baseline = years
    if "target" in roles:
        roles["target_year"] = year_of(headers[roles["target"]]) or None
    elif years:
        # the plan's own end year when the table also looks further ahead (2025年 and 2035年 columns)
        pick = next((y for y in years if y[0] == plan_end), years[-1]) if len(years) > 2 else years[-1]
        roles["target"], roles["target_year"] = pick[1], pick[0]
        for_baseline = [y for y in years if y[0] < pick[0]]
    if for_baseline and "baseline" not in roles:
        roles["baseline"], roles["baseline_year"] = for_baseline[0][1], for_baseline[0][0]
    # the other years a table looks ahead to (2025年 and 2035年; 2023年 on the way to 2025年): a target each
    if "target" in roles and roles.get("target_year"):
        first = years[0][0] if years else None
        roles["more_targets"] = [(i, y) for y, i in years if i != roles["target"] and first is not None and y > first
                                 and (plan_start is None or y >= plan_start) and i != roles.get("baseline")]
    elif "baseline" in roles:
        roles["baseline_year"] = year_of(headers[roles["baseline"]]) or None
    if not roles.get("target_year"):
        roles.pop("target_year", None)
    return roles


#: the number opening a name cell: 1.社会消费品零售总额, 2、…, (3)…
ROW_NUMBER = re.compile(r"(?:\d{1,2}[.、．]|[（(]\d{1,2}[)）])\s*")
#: a target cell that states growth rather than a level: 年均增长12%, 增长8%左右, 下降15%
GROWTH_CELL = re.compile(r"^(?:年均|每年)?(?:增长|增速|提高|下降|降低)(?=\d)")


def _empty(cell: str) -> bool:
    return norm(cell) in ("", "-", "—", "——", "/", "－", "–", "无")


def _is_indicator_table(headers: list[str]) -> bool:
    """A header row of targets: 指标 with a year, 目标 or 属性 column; or, without the word 指标, a name column
    beside a 单位 or 属性 column and a year or 目标 column (名称|单位|现状值|2025年目标值), not a list of projects.

    >>> _is_indicator_table(["名称", "单位", "现状值", "2025年目标值"]), _is_indicator_table(["项目名称", "总投资", "2025年"])
    (True, False)
    """
    joined = norm("".join(headers))
    dated = bool(re.search(r"20\d\d", joined)) or "目标" in joined
    if "指标" in joined:
        return dated or "属性" in joined
    return dated and bool(re.search(r"单位|属性", joined)) and bool(re.search(r"名称|项目|内容", joined)) \
        and not re.search(r"投资|建设内容|建设规模|建设地点|建设单位|责任单位|建设性质|建设年限", joined)


PIPE_ROW = re.compile(r"[ \t]*(?P<open>\|?)(?P<body>[^\n]*?)(?P<close>\|?)[ \t]*$")
PIPE_LINE = re.compile(r"^[^\n|]*\|[^\n]*", re.M)
PIPE_RULE = re.compile(r"^[\s|:：\-—]*$")
#: plans typed in a Chinese input method separate cells with the full-width bar (指标名称｜单位｜2025年);
#: one character for one keeps every offset into the text as it is
FULLWIDTH_BARS = str.maketrans({"｜": "|", "│": "|"})


#: a short heading written on its own line between a table's rows (a group of the rows below)
GROUP_LINE = re.compile(r"[^\s|，,。；;：:、（）()]{2,16}")


@functools.lru_cache(maxsize=4)
def pipe_tables(text: str) -> list[Table]:
    """Pipe tables, which the segmenter leaves as text: markdown rows (``| 序号 | 指标 | … |``) and rows
    written without the outer bars (``指标名称|单位|2020年|2025年``, three or more cells to a line, every
    line of the table cut into as many cells).

    >>> md = "| 指标 | 2025年 |" + chr(10) + "|---|---|" + chr(10) + "| 森林覆盖率(%) | 41 |" + chr(10)
    >>> [[md[a:b] for a, b in row] for row in pipe_tables(md)[0].rows]
    [['指标', '2025年'], ['森林覆盖率(%)', '41']]
    >>> bare = "说明。" + chr(10) + "指标|单位|2025年" + chr(10) + "森林覆盖率|%|41" + chr(10) + "正文。"
    >>> [[bare[a:b] for a, b in row] for row in pipe_tables(bare)[0].rows]
    [['指标', '单位', '2025年'], ['森林覆盖率', '%', '41']]
    >>> len(pipe_tables("指标名称｜单位｜2025年" + chr(10) + "森林覆盖率｜%｜41")[0].rows)
    2
    """
    tables: list[Table] = []
    current: Table | None = None
    last_end = -2
    width = 0
    text = text.translate(FULLWIDTH_BARS)
    if "|" not in text:
        return tables
    for line in PIPE_LINE.finditer(text):
        m = PIPE_ROW.match(text, line.start(), line.end())
        body = m.group("body")
        outer = bool(m.group("open")) and bool(m.group("close"))
        bars = body.count("|")
        if not (outer and bars >= 1) and not (not m.group("open") and not m.group("close") and bars >= 2):
            continue
        if PIPE_RULE.match(body):
            last_end = m.end()
            continue
        gap = text[last_end:m.start()]
        heading = GROUP_LINE.fullmatch(gap.strip()) if current is not None and gap.strip() else None
        if heading and (outer or bars + 1 == width) and gap.count("\n") <= 2:
            # 商贸流通 on a line of its own between rows: a group of the rows below, one cell wide
            a = last_end + gap.index(heading.group(0))
            current.rows.append([(a, a + len(heading.group(0)))])
            current.row_spans.append((a, a + len(heading.group(0))))
        elif current is None or gap.strip() or (not outer and bars + 1 != width):
            current = Table("", [], [])
            tables.append(current)
            width = bars + 1
        last_end = m.end()
        cells, pos = [], m.start("body")
        for part in body.split("|"):
            a, e = pos, pos + len(part)
            while a < e and text[a].isspace():
                a += 1
            while e > a and text[e - 1].isspace():
                e -= 1
            cells.append((a, e))
            pos += len(part) + 1
        current.rows.append(cells)
        current.row_spans.append((m.start(), m.end()))
    return [t for t in tables if len(t.rows) >= 2]


SPACED_LINE = re.compile(r"^[^\S\n]*(?P<body>\S[^\n]*?)[^\S\n]*$", re.M)
SPACED_GAP = re.compile(r"[ \u3000]{2,}|\t")
#: a table set with one ideographic space between cells (指标名称　基期值　目标值), used when a line has no wider gaps
#: (one such space inside a header word, 指　标, is typesetting, not a cell gap)
IDEOGRAPHIC_GAP = re.compile(r"\u3000")


def _display_column(text: str, pos: int) -> int:
    """Where ``pos`` is on its line as a fixed-width display shows it (CJK characters take two columns):
    space-aligned tables line their columns up that way."""
    start = text.rfind("\n", 0, pos) + 1
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text[start:pos])


def _aligned(text: str, cells: list[tuple[int, int]], header: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A row with fewer cells than the header (a merged category cell left blank, an empty cell), each cell put
    under the header column it starts nearest to, the missing ones empty.

    >>> t = "类别  指标  单位  2025年" + chr(10) + "      里程  公里  460"
    >>> rows = spaced_tables(t)[0].rows
    >>> [t[a:b] for a, b in rows[1]]
    ['', '里程', '公里', '460']
    """
    starts = [_display_column(text, a) for a, _ in header]
    out: list[tuple[int, int] | None] = [None] * len(header)
    for a, b in cells:
        col = _display_column(text, a)
        k = min(range(len(starts)), key=lambda i: (abs(starts[i] - col), i))
        while k < len(out) and out[k] is not None:
            k += 1
        if k >= len(out):
            return cells            # not aligned after all: leave the row as it was read
        out[k] = (a, b)
    filled = [c for c in out if c is not None]
    return [c if c is not None else (filled[0][0], filled[0][0]) for c in out]


@functools.lru_cache(maxsize=4)
def spaced_tables(text: str) -> list[Table]:
    """Indicator tables whose cells are separated by runs of spaces (PDF text), which the segmenter
    leaves as text: a header line naming 指标 with three or more cells, and the lines below it that
    split into as many cells (give or take one).

    >>> t = "指标  2020年  2025年" + chr(10) + "森林覆盖率（%）  21  24" + chr(10) + "正文。"
    >>> [[t[a:b] for a, b in row] for row in spaced_tables(t)[0].rows]
    [['指标', '2020年', '2025年'], ['森林覆盖率（%）', '21', '24']]
    """
    tables: list[Table] = []
    current: Table | None = None
    for m in SPACED_LINE.finditer(text):
        body, b0 = m.group("body"), m.start("body")
        cells, pos = [], b0
        gaps = SPACED_GAP if SPACED_GAP.search(body) or body.count("\u3000") < 2 else IDEOGRAPHIC_GAP
        for gap in gaps.finditer(body):
            cells.append((pos, b0 + gap.start()))
            pos = b0 + gap.end()
        cells.append((pos, b0 + len(body)))
        width = len(current.rows[0]) if current else 0
        if current is not None and len(current.rows) == 1 and all(
                HEADER_YEAR_NOTE.fullmatch(text[a:e]) for a, e in cells):
            # 基期值  目标值 / (2020)  (2025): a second header line gives the years of the columns above
            for k, (a, e) in enumerate(_aligned(text, cells, current.rows[0])):
                if e > a:
                    current.header_notes[k] = text[a:e]
            current.row_spans[0] = (current.row_spans[0][0], b0 + len(body))
            continue
        if current is not None and len(cells) >= 3 and abs(len(cells) - width) <= 1:
            if len(cells) < width:
                cells = _aligned(text, cells, current.rows[0])
            current.rows.append(cells)
            current.row_spans.append((b0, b0 + len(body)))
            continue
        current = None
        cells = [part for a, e in cells for part in _header_words(text, a, e)]
        if len(cells) >= 3 and _is_indicator_table([text[a:e] for a, e in cells]):
            current = Table("", [cells], [(b0, b0 + len(body))])
            tables.append(current)
    return [t for t in tables if len(t.rows) >= 2]


#: one header cell on a line of its own (序号 / 指标名称 / 2020年 / 2025年目标 / 属性), as PDF text lays out a table
#: whose cells it read one per line
STACKED_HEADER = re.compile(r"[^\S\n]*(?:序号|编号|类别|领域|指标(?:名称)?|名称|单位|计量单位|(?:19|20)\d\d年?(?:末|底)?"
                            r"(?:基期值?|目标值?|现状值?|预期值?)?|基期值?|现状值?|目标值?|年均增[长速]|累计增[长速]|"
                            r"(?:指标)?属性|备注)(?:[（(][^()（）\n]{1,8}[)）])?[^\S\n]*$", re.M)
STACKED_CELL = re.compile(r"[^\S\n]*(?P<cell>[^\n。；;]{1,30}?)[^\S\n]*$", re.M)


@functools.lru_cache(maxsize=4)
def stacked_tables(text: str) -> list[Table]:
    """Indicator tables whose cells stand one to a line (PDF text of a ruled table): three or more header
    lines, then the rows, each as many lines as the header (when the header has 序号, a row starts at each
    line that is a bare row number, so a row missing its empty cells still reads).

    >>> t = chr(10).join(["序号", "指标", "2025年", "1", "森林覆盖率（%）", "25", "2", "草原综合植被盖度（%）", "46", "正文。"])
    >>> [[t[a:b] for a, b in row] for row in stacked_tables(t)[0].rows]
    [['序号', '指标', '2025年'], ['1', '森林覆盖率（%）', '25'], ['2', '草原综合植被盖度（%）', '46']]
    """
    tables: list[Table] = []
    lines = [(m.start(), m.end()) for m in re.finditer(r"^[^\n]*", text, re.M)]
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and STACKED_HEADER.fullmatch(text, *lines[j]):
            j += 1
        header = [_trimmed(text, *span) for span in lines[i:j]]
        if j - i < 3 or not _is_indicator_table([text[a:e] for a, e in header]) \
                or not any(re.match(r"指标|名称", text[a:e]) for a, e in header):
            i = max(j, i + 1)
            continue
        width, numbered = len(header), bool(re.match(r"序号|编号", text[slice(*header[0])]))
        table = Table("", [header], [(header[0][0], header[-1][1])])
        k = j
        while k < len(lines):
            if numbered:
                no = re.fullmatch(r"\s*(\d{1,2})[.、．]?\s*", text[slice(*lines[k])])
                if not no:
                    break
                # the row runs to the next row's number (a figure cell may be written like one: take the
                # full width when the line after it is that number or the table ends there)
                nxt = re.compile(rf"\s*{int(no.group(1)) + 1}[.、．]?\s*")
                end = k + 1
                while end < len(lines) and end - k < width and STACKED_CELL.fullmatch(text, *lines[end]):
                    end += 1
                full = end - k == width and (end >= len(lines) or nxt.fullmatch(text, *lines[end])
                                             or not STACKED_CELL.fullmatch(text, *lines[end]))
                if not full:
                    end = next((x for x in range(k + 1, end) if nxt.fullmatch(text, *lines[x])), end)
            else:
                end = k + width
                if end > len(lines) or not all(STACKED_CELL.fullmatch(text, *lines[x]) for x in range(k, end)):
                    break
            cells = [_trimmed(text, *span) for span in lines[k:end]]
            if len(cells) < 2 or len(cells) < width - 2:
                break
            table.rows.append(cells + [(cells[-1][1], cells[-1][1])] * (width - len(cells)))
            table.row_spans.append((cells[0][0], cells[-1][1]))
            k = end
        if len(table.rows) >= 2:
            tables.append(table)
        i = max(k, i + 1)
    return tables


def _trimmed(text: str, a: int, e: int) -> tuple[int, int]:
    while a < e and text[a].isspace():
        a += 1
    while e > a and text[e - 1].isspace():
        e -= 1
    return a, e


#: a cell of a second header line giving the year of the column above it: (2020), 2025年
HEADER_YEAR_NOTE = re.compile(r"[（(]?(?:19|20)\d\d年?(?:末)?[)）]?")
HEADER_WORD = re.compile(r"(?:19|20)\d\d年|属性|单位|目标|基期|现状|指标|备注")


def _header_words(text: str, a: int, e: int) -> list[tuple[int, int]]:
    """A header cell that is several header words apart by single spaces (2020年基期 2025年目标 指标属性):
    one cell per word, since the rows below line their cells up under each.

    >>> t = "2020年基期 2025年目标 指标属性"
    >>> [t[a:b] for a, b in _header_words(t, 0, len(t))]
    ['2020年基期', '2025年目标', '指标属性']
    """
    words = list(re.finditer(r"\S+", text[a:e]))
    if len(words) < 2 or not all(HEADER_WORD.search(w.group(0)) for w in words):
        return [(a, e)]
    return [(a + w.start(), a + w.end()) for w in words]


def extract_tables(ctx) -> None:
    text = ctx.doc.text
    plan = ctx.graph.nodes[ctx.plan_id]
    default_year = plan_end_year(ctx)
    for table in list(ctx.seg.tables) + pipe_tables(text) + spaced_tables(text) + stacked_tables(text):
        if not table.rows:
            continue
        headers = [text[a:b] + table.header_notes.get(k, "") for k, (a, b) in enumerate(table.rows[0])]
        if not _is_indicator_table(headers):
            continue
        roles = _column_roles(headers, default_year, plan_start_year(ctx))
        if "name" not in roles:
            continue
        category = None
        above = ""      # a target in words in the row above: a vertically merged cell covers blank cells below
        for cells, (r0, r1) in zip(table.rows[1:], table.row_spans[1:]):
            vals = [text[a:b] for a, b in cells]

            def cell(role: str) -> str:
                i = roles.get(role)
                return vals[i].strip() if i is not None and i < len(vals) and not _empty(vals[i]) else ""

            if "category" in roles and cell("category"):
                category = cell("category")      # a merged category cell covers the rows below it
            filled = [v.strip() for v in vals if not _empty(v)]
            if len(filled) == 1 and not re.search(r"\d", filled[0]) and (len(vals) > 2 or len(vals) == 1):
                category = filled[0]             # a category written as a row of its own
                continue
            ni = roles["name"]
            if ni >= len(vals) or _empty(vals[ni]):
                continue
            raw_name = vals[ni].strip()
            nstart = cells[ni][0] + len(vals[ni]) - len(vals[ni].lstrip())
            numbered = ROW_NUMBER.match(raw_name)      # 1.社会消费品零售总额: the row's number is no part of the name
            if numbered and len(raw_name) - numbered.end() >= 2:
                nstart, raw_name = nstart + numbered.end(), raw_name[numbered.end():]
            name, unit = unit_in_name(raw_name)
            unit = cell("unit") or unit
            target, growth, attribute = cell("target"), cell("growth"), cell("attribute")
            attribute = "约束性" if "约束" in attribute else "预期性" if "预期" in attribute else ""
            if not target and growth and not attribute and re.match(r"[≥≤><]", norm(growth)):
                # a row whose cells slid one column left: the target sits under 年均增长
                target, growth = growth, ""
            ti = roles.get("target")
            if not target and above and ti is not None and (ti >= len(vals) or not vals[ti].strip()) \
                    and any(not _empty(v) for j, v in enumerate(vals) if j not in (ni, roles.get("no"), ti)):
                target = above
            above = target if target and not re.search(r"\d", target) else ""
            baseline = cell("baseline")
            if target and not growth and GROWTH_CELL.match(norm(target)):
                # 年均增长12% in the target year's column: a growth target, in %, whatever the unit column says
                growth, unit = target, "%" if "%" in target else unit
                target = norm(target)[GROWTH_CELL.match(norm(target)).end():]
            t_val, t_unit, t_cmp = parse_target(target)
            b_val, _, _ = parse_target(baseline)
            g_val, g_unit, g_cmp = parse_target(growth)
            if t_val is None and g_val is not None and not target:
                t_cmp = g_cmp
            props = {
                "target": target or None, "target_value": t_val, "comparator": t_cmp or None,
                "target_year": roles.get("target_year") or default_year,
                "baseline": baseline or None, "baseline_value": b_val,
                "baseline_year": roles.get("baseline_year") if baseline else None,
                "growth": growth or None, "attribute": attribute or None,
                "unit": unit or t_unit or None,
            }
            cleaned = clean_indicator(name)
            # 单位工业增加值能耗下降: a row measured as a change is also named by the bare quantity; 园区亩均税收
            # cleaned to 亩均税收 keeps the row's own wording too
            moved = ROW_CHANGE_TAIL.search(cleaned)
            row_aliases = [a for a in (cleaned[:moved.start()] if moved and moved.start() >= 4 else "",
                                       re.sub(r"\s+", "", name)) if a and a != cleaned]
            node = add_entity(ctx, "Indicator", raw_name, nstart, cells[ni][1], extractor="indicator-table",
                              props={"unit": unit or t_unit or None, "category": category},
                              name=canonical_name("Indicator", cleaned), aliases=row_aliases)
            conf = 0.95 if (t_val is not None or g_val is not None) else 0.7
            add_relation(ctx, plan, node, "TARGETS", r0, r1, extractor="indicator-table", confidence=conf,
                         props=props)
            for col, year in roles.get("more_targets", ()):
                later = vals[col].strip() if col < len(vals) and not _empty(vals[col]) else ""
                if not later:
                    continue
                l_val, l_unit, l_cmp = parse_target(later)
                add_relation(ctx, plan, node, "TARGETS", r0, r1, extractor="indicator-table",
                             confidence=0.95 if l_val is not None else 0.7,
                             props={**props, "target": later, "target_value": l_val, "comparator": l_cmp or None,
                                    "target_year": year, "growth": None, "unit": unit or l_unit or None})


#: a table row's name that measures a change of its quantity (单位地区生产总值能耗降低, 全社会研发经费投入增长)
ROW_CHANGE_TAIL = re.compile(r"(?:累计)?(?:降低|下降|增长|提高|减少)(?:率|幅度)?$")


# -- sentences ----------------------------------------------------------------------------------
#: verbs that put a number on an indicator; growth verbs make a growth target.
GROWTH_VERBS = ("年均增长", "年均增速", "年均提高", "年均下降", "增长", "增速", "增幅", "下降", "降低", "提高", "提升", "减少",
                "削减", "压减", "年均递增", "每年递增", "递增")
LEVEL_VERBS = ("提高到", "提高至", "提升到", "提升至", "增加到", "增加至", "增长到", "增长至", "扩大到", "扩大至",
               "发展到", "发展至", "增至", "升至", "升到", "扩至", "稳住",
               # a time cut to a level: 企业开办时间压缩至0.5个工作日以内
               "压缩至", "压缩到", "压减至", "压减到", "缩短至", "缩短到",
               "降低到", "降低至", "下降到", "下降至", "降到", "降至", "达到", "达", "控制在", "保持在", "稳定在",
               "不低于", "不少于", "不超过", "不高于", "超过", "突破", "低于", "高于", "为", "保持",
               # 工业总产值超150亿元: 超 alone before the figure is 超过
               "超",
               # a threshold crossed: 总产值跨越920亿元台阶, 迈上千亿元大关
               "跨越", "迈上", "跃上", "站上")
VERBS = sorted(GROWTH_VERBS + LEVEL_VERBS, key=len, reverse=True)
CLAUSE_RE = re.compile(
    # 由2020年的4.2万元提高到2025年的5.8万元: the year written after the verb is the target's
    rf"(?P<verb>{'|'.join(VERBS)})(?P<at>(?P<at_year>20\d\d)年(?:底|末)?的?)?(?P<pre>约|大约|近|为|到)?"
    # 奶牛单产提高到每头10吨, 单产达到每亩1200公斤: a yield written per head or per mu before its figure
    rf"(?P<per>每(?:头|只|口|亩|公顷|人|户))?(?P<num>\d+(?:\.\d+)?)(?P<unit>{UNIT_RE})?"
    r"(?P<post>及以上|以上|以内|以下|之内|之下|左右|上下)?")
#: words that open a clause before the indicator and are not part of its name
LEAD_RE = re.compile(
    r"^(?:其中|同时|同步|并|谋划|下一步|该(?:县|区|旗|市|镇|乡|园区|新区|开发区|公司|集团|企业|项目)(?=.{4})|沿线|沿岸|[一二三四五六七八九十]是|[^，,。；;：:]{0,16}?——|将(?:要)?(?=力争|争取|实现|达到|[^，,]{4})|力争|争取|确保|预计|计划|目标是|实现|使|推动|促进|坚持|保持|认定|全年|年末|期末|(?:到|至|截至)(?=20\d\d|二[〇零]|“?十)|"
    r"(?:20\d\d|二〇\S\S)年(?:底|末)?|“?十[一二三四五]五”?(?:时期|期间|期末|末)?|全区|全市|全旗|全县|我区|我市|"
    r"(?:全园区|园区|开发区|新区|片区|景区|全省|全自治区|全盟|全乡)(?=[^，,：:、]{4})|所有|城区(?=建成区)|"
    # 海西路商贸走廊社会消费品零售总额: the corridor or district whose figure it is opens the clause
    r"[\u4e00-\u9fff]{2,10}?(?:走廊|商圈|片区)(?=[^，,：:、]{5})|"
    # (金桥、)金海两个园区新签约…: the parks or towns, counted, whose figure it is
    r"[\u4e00-\u9fff]{0,8}?[两三四五六七八九十]个(?:园区|开发区|乡镇|镇|街道|片区|旗县|区县)(?=[^，,：:、]{4})|"
    # 市公交集团今年将新开…: the body that sets itself the target, then when
    r"[\u4e00-\u9fff]{2,10}?(?:集团|公司|局|委员会)(?=今年|年内|全年|明年|将|计划)|"
    r"(?:区|市|县|旗)本级|今年|明年|[一二三四五两]年内|年内|全镇|年均|累计|每年|[一二三四]季度|上半年|下半年|年底前|年底|年末|年(?=接待|举办)|五年|各类|各项|(?:区|县|旗|市|镇|域)内(?=[^，,：:、]{4})|基本(?!养老|医疗|医保|公共|农田|草原|药物)|逐步|稳步|进一步|主要预期目标是|主要(?=预期|目标|指标|任务)|预期目标是|[，,：:、])+")
TAIL_RE = re.compile(r"(?:平均值|年均|累计|每年|[五三两]年|年内|全年|分别|要|均|全部|将|将要|上将|稳定|稳步|逐步|持续|力争|争取|确保|预计|预期|有望|可望|预计可|同比|比上年|较上年|比去年|较去年|同口径|"
                     r"按(?:可比价格?|可比口径|同口径|现价|不变价)(?:计算)?|[（(](?:按)?(?:同口径|可比价格?|可比口径|现价)(?:计算)?[)）]|可比价|在?(?:去年|上年)的?基础上|(?<=强度|总量|能耗)控制)+$")
#: a qualifier written before 的 (有效期内的高新技术企业): the quantity is what follows
QUALIFIER_RE = re.compile(r"^(?:.{0,8}?(?:内|中|期间|范围内|以内)|具备条件|符合条件|有条件|(?:每个|每一个|各)[\u4e00-\u9fff]{1,5}?)的")
#: a name containing one of these is a clause, not a measured quantity (but 新建数据中心电能利用效率 measures
#: the new ones)
NOT_NAME = re.compile(r"[。！？]|建设(?![^，,；;。]*(?:率|比例|比重|资金|经费)$)|打造|推进|实施|完成(?!率)|形成|开展|加快|新建(?![^，,；;。]*(?:率|比例|比重|强度|浓度|\)|）|平均值)$)|培育|引进|(?<!试验)发展|超过|(?:建成|投产|达产)后|"
                      r"\d+个?(?:月|年|天|日|小时)(?:以上|以下|以内)")
#: a sentence that announces the targets it lists (今年主要预期目标为：…), and one that reviews them
TARGETS_ANNOUNCED = re.compile(r"(?:预期|主要|发展)性?(?:目标|指标)[^，,。；;\d]{0,6}?(?:为|是|：|:|——|如下)|目标任务(?:为|是)|"
                               # 今年，我们将锚定以下目标：… / 努力实现如下目标：
                               r"(?:以下|如下|下列)(?:主要)?(?:预期)?(?:目标|指标)(?:任务)?[：:]")
TARGETS_REVIEWED = re.compile(r"完成情况|完成了|实现了|超额完成")
YEAR_ON_YEAR = re.compile(r"同比|比上年|较上年")
PAST_RE = re.compile(YEAR_ON_YEAR.pattern + r"|上年同期|(?:增长|提高|达到|下降|突破|完成|实现)了|已达|已经")
FUTURE_RE = re.compile(r"预期目标|预期(?=增长|达到|实现|突破|提高|下降)|明年|目标是|力争|争取|预计|确保|有望|"
                       r"将(?:要)?(?:达到|突破|超过|实现|提高|增长|增加|控制|新增|新建|建成|完成|引进|培育|开工)|到20\d\d年")
#: 今年将新开…, 全年计划完成投资…: what a body plans this year, in the sentence that says so (the next one may
#: report what it did: 今年将重点开展牧草选育。2025年实现技术合同成交额2.6亿元)
PLANNED_RE = re.compile(r"(?:今年|年内|全年|明年)(?:[，,][^，,。；;\d]{0,8}?)?(?:将|计划)|"
                        r"计划(?=完成|实施|新建|建成|新增|引进|开工|投资|新开|开通|改造|接待|实现|达到|培育|举办|种植|打造|带动|到20)")
REVIEW_RE = re.compile(r"回顾|成就|成效|十三五|过去|总结|发展基础|取得")
#: a work report's tasks for its year: 年内新增公办学位3200个, 年底前新建服务站12个 (the report plans, it does not
#: review; not 全年, which its review uses too: 全年新建高标准农田6万亩)
REPORT_TASK_RE = re.compile(r"(?:年内|年底前|年末前)(?:要|再)?(?:新增|新建|新开|新改建|建成|完成|改造|实现|开工|培育|引进|"
                            r"打造|达到|开发|发放|实施|举办|提升)")
#: 护理型床位占机构养老床位数的50%以上: a share stated without a verb
SHARE_RE = re.compile(r"(?<=[\u4e00-\u9fff])(?P<verb>的|比重|比例)(?P<pre>)(?P<num>\d+(?:\.\d+)?)(?P<unit>%)"
                      r"(?P<post>及以上|以上|以内|以下|左右)?")
FROM_RE = re.compile(rf"[由从](?:(?P<year>20\d\d)年(?:末|底)?的?)?(?P<num>\d+(?:\.\d+)?)(?:{UNIT_RE})?$")
COMPARED_RE = re.compile(r"(?:比|较)(?P<year>20\d\d)年(?:末|底)?$")
CLAUSE_SPLIT = re.compile(r"[，,；;。：:！？、]")


#: 围绕生物发酵产业链|招引上下游企业: the chain or field a count is made for opens the clause, it is not counted
PURPOSE_LEAD = re.compile(r"^(?:围绕|聚焦|依托|针对|面向|瞄准)[^，,]{1,24}?(?:产业链|产业集群|产业|领域|行业|园区|方向)+"
                          r"(?=.{4})")


#: 苜蓿、燕麦草等优质饲草种植面积: examples before 等 say what the quantity covers, the name follows
#: (not 高等教育, 均等化, 中等职业)
EXAMPLES_LEAD = re.compile(r"^[^\d，,、；;：:]{2,10}?(?<![高中初同平均对])等(?!化|级|教育|职业|院校|学校|奖)(?=.{4})")


#: 电能利用效率（PUE）, 地区生产总值(GDP): a Latin abbreviation closing a long name is another name for it
ABBREVIATION_TAIL = re.compile(r"[（(][A-Za-z][A-Za-z0-9.]{1,7}[)）]$")


#: 区财政每年安排城市更新专项资金: who pays opens the clause; the fund is what is measured
FUNDER_LEAD = re.compile(r"^[\u4e00-\u9fff]{0,6}?(?:财政|政府)(?:每年|年均|累计|统筹)?(?:安排|投入|设立|拨付)(?=.{4})")


#: a short form glossed by the full one (GDP即地区生产总值) and the field a clause opens with (工业方面规上工业增加值)
GLOSSED = re.compile(r"^(?:[A-Za-z]{2,5}|[\u4e00-\u9fff]{2,4})即(?=[\u4e00-\u9fff]{3})|^[\u4e00-\u9fff]{2,4}方面(?=[\u4e00-\u9fff]{4})")


def clean_indicator(name: str) -> str:
    """The measured quantity: no leading time/place qualifiers, quotes or unit brackets.

    >>> clean_indicator("全区地区生产总值"), clean_indicator("到2025年累计新增城镇就业")
    ('地区生产总值', '新增城镇就业')
    >>> clean_indicator("燕麦草等优质饲草种植面积"), clean_indicator("公共服务均等化水平")
    ('优质饲草种植面积', '公共服务均等化水平')
    >>> clean_indicator("GDP即地区生产总值"), clean_indicator("工业方面规上工业增加值")
    ('地区生产总值', '规上工业增加值')
    """
    s = norm(name).strip("“”\"'")
    prev = None
    while prev != s:
        prev = s
        # GDP即地区生产总值, 第三产业即服务业增加值: the name is what the short form is glossed as
        s = GLOSSED.sub("", s)
        s = PURPOSE_LEAD.sub("", s)
        s = LEAD_RE.sub("", s)
        s = TAIL_RE.sub("", s)
        s = QUALIFIER_RE.sub("", s)
        s = EXAMPLES_LEAD.sub("", s)
        s = FUNDER_LEAD.sub("", s)
    s, _ = unit_in_name(s)
    bare = ABBREVIATION_TAIL.sub("", s)
    return bare if len(bare) >= 4 else s


def plan_start_year(ctx) -> int | None:
    years = re.findall(r"(?:19|20)\d\d", str(ctx.doc.meta.get("period") or ""))
    return int(years[0]) if years else None


PAST_SENTENCE = re.compile(r"十[一二三]五(?:”)?(?:期末|时期|期间|以来|末)|过去五年|五年来|去年(?!的?基础上)|上一年|(?:^|[，,；;：:])(?:目前|当前)|现有|现已")
PAST_OPENING = re.compile(r"^(?:截至|截止|到)?(20\d\d)年(?:底|末|以来|上半年|前三季度)?[，,]")


REPORT_YEAR_OPENING = re.compile(r"^(?:截至|截止)?(20\d\d)年(?!\d)")


def _starts_in_past(sq: str, start_year: int | None) -> bool:
    """``2020年，全区森林覆盖率达到36%``: a figure for a year before the plan starts is a baseline."""
    m = PAST_OPENING.match(sq)
    return bool(m and start_year and int(m.group(1)) < start_year)


COUNT_UNITS = ("万个|万套|万户|万家|家|个|所|座|项|万人次|人次|万人|人|名|户|场|期|万平方公里|平方公里|公里|千米|万公顷|公顷|万亩|亩|张|套|辆|台|处|条|件|"
               "万平方米|平方米|亿元|万元|部|列|场次|栋|幢|万千瓦|千瓦|兆瓦|株|万株")
COUNT_VERBS = (r"累计新增|新增|新开通|新开(?!工)|开通|新改造|培养引进|引进培育|培育引进|引进和培育|引进和培养|培育和引进|引育|新引进|引进|新培育|培育壮大|培育|转化|培养|新建|建成|创建|累计推荐|推荐|"
               r"新认定|认定|实施|安排|(?:累计)?培训|开发|开展|组织|举办|新开工|开工|招引|完成|新签约|签约|改造|建设|发布|"
               r"共建|新组建|组建|设立|建立|筹集|打通|整治|加装|覆盖|新改建|新改扩建|储备|新入驻|入驻|打造|加固|新建改建|接待")
#: the second verb of two that share a count (新建和改扩建牧场6座, 新开和优化公交线路30条)
SECOND_VERB = re.compile(rf"(?:{COUNT_VERBS}|改扩建|扩建|改建|优化|提升|升级|修缮|维修|提质)")
#: a quoted name inside a count's object (创建“15分钟社区生活圈”示范社区10个), whose figures are no count
QUOTED_RE = re.compile(r"“[^“”]{1,20}”")
#: the site a count is made at, before its verb: (年内)在哈乐镇、西乌兰不浪镇等乡镇|打造…, 在大青山乡|新建…
SITE_LEAD = re.compile(rf"^(?:年内|今年|全年)?在[^，,；;。在]{{2,30}}?(?:等[\u4e00-\u9fff]{{0,3}}(?:乡镇|镇|村|旗县|街道|社区|地)|"
                       rf"镇|乡|村|嘎查|苏木|区|县|旗|街道|社区|园区|片区)(?={COUNT_VERBS})")
#: 每年举办节庆活动不少于10场: a level verb after a count's object; the count reading names what is counted
# (建成区绿化覆盖率: the built-up area, not a count; 年接待游客达到320万人次 is a level of the yearly count)
COUNT_LED = re.compile(rf"^(?!接待)(?:{COUNT_VERBS})(?!区(?!级))")
#: the figure closing a count: a comparator before it, the number, a count unit, a comparator after it
COUNT_FIGURE = rf"(?P<pre>不少于|不低于|超过|突破|达到|约|近)?(?P<num>\d+(?:\.\d+)?)(?P<unit>{COUNT_UNITS})(?P<post>以上|左右|以内|以下|之内)?$"
# (the object may run to 40 characters: the examples before 等 and the places a count is made in are cut from it,
# and the name that is left must be 2–20)
COUNT_RE = re.compile(rf"^(?P<verb>{COUNT_VERBS})(?!区(?!级))(?P<obj>(?:[^\d]|(?<=[A-Za-z])\d+|\d+(?=[A-Za-z])){{2,40}}?)"
                      + COUNT_FIGURE)


#: 科技型中小企业评价入库2500家, 重点项目开工30个: what is counted, then the verb that records it, then the count
OBJECT_FIRST = re.compile(rf"^(?P<obj>[^\d]{{2,16}}?)(?P<verb>评价入库|入库|认定|备案|入驻|落地|开工|竣工|投产|挂牌|加装|(?:累计)?(?:建成|改造|新建|新增|完成))"
                          + COUNT_FIGURE)


def _count_clause(ctx, piece: str, c0: int, pos: list[int], sent, plan, goal, year, list_verb: str = "",
                  found: dict | None = None) -> None:
    """``新增城镇就业5万人``, ``培育高新技术企业30家以上``: verb + what is counted + number; ``list_verb`` is the
    verb of the count before this one in a 、 list (新增孵化器1家、众创空间3家), ``found`` receives the verb."""
    lead = LEAD_RE.match(piece)
    body = piece[lead.end():] if lead else piece
    placed = _strip_place(body, own_places(ctx))
    if placed != body and (LEAD_RE.match(placed) or COUNT_LED.match(placed)):
        # 明年和林格尔县计划实施…, 四季度经开区将力争新签约…, (在玉泉区、)回民区新建…: the place whose count it
        # is, then the clause's lead or its verb
        cut = len(piece) - len(placed) + (LEAD_RE.match(placed).end() if LEAD_RE.match(placed) else 0)
        lead = re.match(".{%d}" % cut, piece, re.S)
        body = piece[cut:]
    site = SITE_LEAD.match(body)                # 在哈乐镇、西乌兰不浪镇等乡镇|打造示范村12个: where, not what
    if site:
        lead_len = (lead.end() if lead else 0) + site.end()
        body = body[site.end():]
        lead = re.match(".{%d}" % lead_len, piece, re.S)
    purpose = PURPOSE_LEAD.match(body)          # 聚焦新能源领域|新增项目20个
    if purpose:
        lead_len = (lead.end() if lead else 0) + purpose.end()
        body = body[purpose.end():]
        lead = re.match(".{%d}" % lead_len, piece, re.S)
    # 创建“15分钟社区生活圈”示范社区10个: figures inside a quoted name are part of what is counted
    masked = QUOTED_RE.sub(lambda q: re.sub(r"\d", "〇", q.group(0)), body) if "“" in body else body
    m = COUNT_RE.match(masked)
    shift = 0
    if not m and list_verb and re.match(r"^(?:\d+[A-Za-z]+)?[^\d]{2,16}?\d", body):     # (、4A级旅游景区6家)
        m, shift = COUNT_RE.match(list_verb + body), len(list_verb)
        if m and m.start("obj") != shift:
            m = None
    if not m:
        return _object_first(ctx, body, c0 + (lead.end() if lead else 0), pos, sent, goal or plan, year)
    if found is not None:
        found["verb"] = m.group("verb")
    obj = m.group("obj") if shift else body[m.start("obj"):m.end("obj")]      # (unmasked)
    own = own_places(ctx)
    while "、" in obj or "和" in obj:
        # 打通新城区、赛罕区断头路15条: the places a count is made in open its object; what is counted follows
        rest = _strip_place(obj, own)
        if rest == obj or rest[:1] not in "、和" or len(rest) < 4:
            break
        obj = rest[1:]
    # 完成通道街街道老旧管网改造45公里: a division opening what is counted says where it is counted (but
    # 乌素图杏花节主题活动 is the area's own festival)
    bare = _strip_place(obj, own)
    if bare != obj and (obj != m.group("obj") and len(bare) >= 2 or len(bare) >= 3 and _division(obj[:len(obj) - len(bare)], own)):
        obj = bare
    if "、" in obj and "等" in obj[obj.rindex("、"):]:
        obj = obj[obj.rindex("等") + 1:]      # 引进乳清粉、奶酪原料等配套企业8家: the examples are not counted
    if "的" in obj and len(obj) - obj.rindex("的") > 2:
        obj = obj[obj.rindex("的") + 1:]      # 组建跨区域的教育集团12个: what is counted follows the description
        if len(obj) < 2:
            return False
    # 新建和改扩建牧场6座: two verbs share the count, and the name keeps both
    # (but 建设和美乡村示范村12个 builds 和美乡村 villages: a verb must follow the 和)
    keep_verb = obj[0] in "和及与、" and bool(SECOND_VERB.match(obj, 1)) \
        or m.group("verb") in ("新增", "累计新增", "引进", "新引进", "新签约", "改造", "新改造",
                                                            "加装", "筹集", "打通", "整治", "入驻", "新入驻", "转化", "加固", "接待") or (m.group("verb") == "完成" and len(obj) < 4) \
        or m.group("verb").endswith("培训")      # 培训技能人才3000人次: the trainings are counted, not the people
    name = clean_indicator((m.group("verb").replace("累计", "") if keep_verb else "") + obj)   # 完成投资 / 固定资产投资
    if not (2 <= len(name) <= 20) or NOT_NAME.search(obj):
        return False
    if site and re.search(r"亩|公顷|平方米|平方公里", m.group("unit")) and \
            re.search(r"(?:基地|园区?|中心|项目|工程|车间|工厂)$", obj):
        return False     # 在某镇新建…繁育基地2万亩: the size of one work at one site (全区建成…基地1.2万亩 is a total)
    if m.group("unit").endswith("瓦") and not re.search(r"装机|容量|规模|产能", obj):
        return False     # 建设风电70万千瓦: a project's size; 新增并网装机120万千瓦 counts the capacity
    off = c0 + (lead.end() if lead else 0) - shift
    verb = m.group("verb")
    with_verb = name.startswith((verb, verb[-2:]))       # (新引进品牌首店 keeps all of 新引进)
    n_at = off + (m.start("verb") if with_verb and not shift else m.start("obj"))
    # 实施重点项目 / 重点项目; 新增限额以上商贸企业 / 限额以上商贸企业: the name with and without its verb
    aliases = [verb + obj] if not with_verb else [clean_indicator(obj)] if len(obj) >= 3 else []
    ranked = RANK_LEAD.match(name)      # 自治区级以上农牧业产业化重点龙头企业 / 农牧业产业化重点龙头企业
    if ranked and len(name) - ranked.end() >= 4:
        aliases.append(name[ranked.end():])
    _count_target(ctx, goal or plan, sent, (pos[n_at], pos[off + m.end("obj") - 1] + 1), name, m, year, 0.7, aliases)
    return name or True      # the name, for a clause after it that carries it (，年均增长8%)


def _count_target(ctx, source, sent, span: tuple[int, int], name: str, m, year, confidence: float,
                  aliases=()) -> None:
    """The Indicator written at ``span`` and the TARGETS edge of the count ``m`` matched (groups pre, num, unit,
    post): 培育高新技术企业30家以上 → 30家以上, ≥."""
    pre = m.group("pre") or ""
    written = (pre if pre != "达到" else "") + m.group("num") + m.group("unit") + (m.group("post") or "")
    node = add_entity(ctx, "Indicator", ctx.doc.text[span[0]:span[1]], span[0], span[1], extractor="target-sentence",
                      props={"unit": m.group("unit")}, name=canonical_name("Indicator", name), aliases=aliases)
    add_relation(ctx, source, node, "TARGETS", sent.start, sent.end, extractor="target-sentence",
                 confidence=confidence, props={"target": written, "target_value": float(m.group("num")),
                                               "comparator": comparator(m.group("pre") or "", m.group("post") or ""),
                                               "target_year": year, "unit": m.group("unit")})


#: the rank a counted thing must have (自治区级以上…, 市级…): the thing counted is named with or without it
RANK_LEAD = re.compile(r"^(?:国家级|自治区级|省级|市级|盟级|县级|旗级|区级)(?:及以上|以上)?")
BUILT_VERB = re.compile(r"(?:累计)?(?:建成|新建|新增)")


def _object_first(ctx, body: str, off: int, pos: list[int], sent, source, year):
    """``科技型中小企业评价入库2500家以上``: the count of what a verb records, written object first; named as
    written (object and verb)."""
    bare = _strip_place(body, own_places(ctx))
    if bare != body and len(bare) >= 6 and _division(body[:len(body) - len(bare)], own_places(ctx)):
        # 通道街街道老旧管网改造45公里: the subdistrict says where it is counted
        off, body = off + len(body) - len(bare), bare
    m = OBJECT_FIRST.match(body)
    if not m or NOT_NAME.search(m.group("obj")) or LEAD_RE.match(m.group("obj")):
        return False
    built = BUILT_VERB.fullmatch(m.group("verb"))
    # 高标准农田累计建成3.2万亩 counts 高标准农田; 重点项目开工30个 counts projects started, named with the verb
    # 固定资产投资五年累计完成900亿元 sets the investment itself (完成 records no other thing)
    built = built or m.group("verb").endswith("完成")
    name = clean_indicator(m.group("obj")) if built else m.group("obj") + m.group("verb")
    end = m.end("obj") if built else m.end("verb")
    _count_target(ctx, source, sent, (pos[off], pos[off + end - 1] + 1), name, m, year, 0.65)
    return name


def plan_end_year(ctx) -> int | None:
    meta = ctx.doc.meta
    years = re.findall(r"(?:19|20)\d\d", str(meta.get("period") or ""))
    if years:
        return int(years[-1])
    try:
        return int(meta.get("year")) if meta.get("year") else None
    except (TypeError, ValueError):
        return None


RELATIVE_YEAR = re.compile(r"今年|明年|后年|未来[两二三四五]年")
#: how many years after the report's own each relative year is (未来三年: the third year from now)
YEARS_AHEAD = {"今年": 0, "明年": 1, "后年": 2, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5}
YEAR_OPENING = re.compile(r"(20\d\d)年(?:底|末)?[，,]")
YEAR_CLAUSE = re.compile(r"(?<=[，,：:；;])(20\d\d)年(?:底|末)?[，,]")
YEAR_OF_TARGETS = re.compile(r"(20\d\d)年[^，,。；;：:\d]{0,12}?目标")
YEAR_OF_PLANS = re.compile(r"(20\d\d)年[^，,。；;：:\d]{0,8}?(?:将|要|计划|力争|争取)|"
                           r"(20\d\d)年(?:底前|年底前|前|内)?(?:完成|建成|基本建成|全面完成)")
#: a rate's population base opening its name (每千人口…数, 每万人…数), which the next item of a 、 list shares
PER_HEAD = re.compile(r"^(?:每(?:千|万|十万|百)(?:人口?|名[\u4e00-\u9fff]{1,4}?|户)|千人|万人)(?:拥有)?")


def _year_before(sq: str, upto: int) -> int | None:
    """The target year a clause inherits from the sentence before it (到2025年, 十四五)."""
    head = sq[:upto]
    years = re.findall(r"(?:到|至|截至|力争|争取|确保|预计)(?:到|在)?(20\d\d)年", head)
    if years:
        return int(years[-1])
    years = YEAR_OF_TARGETS.findall(head) or [a or b for a, b in YEAR_OF_PLANS.findall(head)]
    if years:       # 2026年主要预期目标是：… / 2026年园区将… / 2026年完成…
        return int(years[-1])
    opening = YEAR_OPENING.match(head)          # 2023年，A达到X；2024年，A达到Y (a programme year by year)
    if opening:
        return int(opening.group(1))
    said = YEAR_CLAUSE.findall(head)            # 负责人介绍，2026年，全旗将…: a clause that is only the year
    if said:
        return int(said[-1])
    if re.search(r"十四五", head):
        return 2025
    if re.search(r"二〇三五|2035|远景", head):
        return 2035
    return None


class _Context:
    """Per-section facts a target sentence needs, computed once per section."""

    def __init__(self, ctx, report_year: int | None = None) -> None:
        self.ctx = ctx
        #: a report's own year: a section titled with it or a later year as work (2026年重点民生任务) is the work ahead
        self.report_year = report_year
        self.cache: dict[str, tuple[bool, int | None]] = {}
        #: a document that is a plan of work (2025年工作计划, 工作要点, 行动方案): all of it is the work ahead
        self.work_plan = bool(WORK_PLAN_TITLE.search(norm(str(ctx.doc.meta.get("title") or ctx.doc.text[:80]))))

    def section(self, sid: str) -> tuple[bool, int | None]:
        """(is a review of the past, year the section's titles name)."""
        return self.facts(sid)[:2]

    def ahead(self, sid: str) -> bool:
        """A section a report titles as the work ahead (2026年工作安排, 主要任务): its figures are targets."""
        return self.facts(sid)[2]

    def facts(self, sid: str) -> tuple[bool, int | None, bool]:
        if sid not in self.cache:
            titles = [s.title for s in self.ctx.seg.ancestors(sid) if s.kind not in ("table",)]
            review = any(REVIEW_RE.search(t) and not re.search(r"目标|任务|安排|展望", t) for t in titles)
            year = next((y for y in (year_of(t) for t in titles) if y), None)
            ahead = not review and (any(AHEAD_RE.search(t) for t in titles) or self.work_plan or bool(
                self.report_year and any(WORK_TITLE.search(t) and (year_of(t) or 0) >= self.report_year for t in titles)))
            self.cache[sid] = (review, year, ahead)
        return self.cache[sid]


WORK_PLAN_TITLE = re.compile(r"工作计划|工作要点|工作方案|行动方案|实施方案|行动计划|任务清单|工作安排")
#: a title naming the year's work, which the report's own year or a later one makes the work ahead
WORK_TITLE = re.compile(r"20\d\d年[\u4e00-\u9fff]{0,8}?(?:任务|工作|安排|打算|部署)")
AHEAD_RE = re.compile(r"工作安排|工作部署|工作任务|目标任务|目标(?:与|和|及)任务|主要任务|重点任务|重点工作|工作打算|发展目标|"
                      r"主要目标|预期目标|今后五年|下一步|(?:今年|明年|新的一年)的?(?:工作|目标)")


# -- statistics, targets without a verb, targets in words -----------------------------------------
#: how the name of a measured quantity ends (社会消费品零售总额, 规模以上工业增加值, 服务器装机量, 新增城镇就业)
STAT_HEAD = re.compile(r"(?:总额|总值|增加值|产值|营业收入|收入|投资|经费|支出|就业|量|规模|交易额|成交额|营业额|税收|利润|"
                       r"人数|资金|余额|进出口|出口额|进口额|率|比重|比例|强度|指数|存栏|出栏|寿命|涨幅|增速|产能|浓度|"
                       r"密度|天数|能力|水质)$")     # not 面积/户数: 改造面积, 改造户数 count work done
STAT_VALUE = re.compile(rf"(?P<verb>实现|完成|达到|达|为|突破|超过|增长到|增长|下降|提高到|提高|增加|上涨|回落)?"
                        rf"(?P<num>\d+(?:\.\d+)?)(?P<unit>{UNIT_RE})(?P<post>及以上|以上|左右|以内)?")
TIME_LEAD = re.compile(r"^(?:\d{1,2}[-—~至]\d{1,2}月份?|\d{1,2}月份?|(?:20\d\d年)?(?:上半年|下半年|前三季度|[一二三四]季度|"
                       r"全年|年末|年底)|20\d\d年|今年|去年|当年)")
ASIDE_RE = re.compile(r"[(（][^()（）]{0,20}[)）]")
COUNT_LEAD = re.compile(r"^\d+(?:\.\d+)?(?:家|个|户|所|项)")
STAT_VERB_LEAD = re.compile(r"^(?:累计)?(?:完成|实现)(?=.{4})")     # 完成固定资产投资1200亿元
STAT_TAIL = re.compile(r"(?:同比|比上年|较上年|比去年|较去年|上年同期|累计|分别|共|总计|合计|由|从)+$")
#: a target in words: 与经济增长基本同步, 达到国家和自治区要求, 完成自治区下达的目标任务, 水质达到Ⅲ类
WORDS_CUE = re.compile(r"翻一番|翻两番|翻番|同步|步调一致|大体相当|基本相当|相适应|相协调|跑赢|快于经济|(?:不低于|高于)经济|要求|下达|分解|考核|标准|水平|[ⅠⅡⅢⅣⅤIV]+类|"
                       r"不减少|不降低|定的?[\u4e00-\u9fff]{0,4}?(?:目标|指标|任务)|全覆盖|全面覆盖|消除")
#: in step with the economy, as plans write it: 与经济增长基本同步, 和经济增长步调一致, 同经济增速大体相当
IN_STEP = r"(?:基本|大体)?(?:保持)?(?:基本|大体)?(?:同步|步调一致|相当|相适应|相协调|一致)"
WATER_CLASS = re.compile(r"^(?P<name>.{2,24}?)(?:稳定|保持|持续|全面|基本)?(?P<verb>达到或优于|优于或达到|达到|保持在|稳定在|优于|好于|达|保持|维持在?)"
                         r"(?P<t>(?:地表水)?[IV]+类(?:及以上|以上|或以上)?(?:水质|标准)?)$")
IN_WORDS = [
    re.compile(r"^(?P<name>.{2,24}?)的?(?P<rate>增长|增速|增幅)?(?P<verb>)(?P<t>(?:与|同|和|跟)(?:全区|全市|全县|全旗|全盟|地区)?(?:经济增长|经济增速|经济发展|地区生产总值增长|GDP增长|经济)"
               + IN_STEP + "(?:增长)?)$"),     # (与经济同步增长: the economy, then in step)
    # 城乡居民收入增速跑赢经济增速: a target in words that beats the economy's growth
    re.compile(r"^(?P<name>.{2,24}?)(?P<rate>增长|增速|增幅)?(?P<verb>跑赢|快于|高于|不低于)(?P<t>(?:经济增长|经济增速|地区生产总值增速|"
               r"GDP增速))$"),
    # 单位地区生产总值能耗按市定目标下降, 按自治区下达指标降低: the target is set elsewhere, by whom it says
    re.compile(r"^(?P<name>.{2,24}?)(?P<verb>)(?P<t>(?:按|按照|完成)[^，,；;。]{0,10}?(?:定|下达|确定)的?(?:年度)?(?:目标|指标|任务)+"
               r"(?:下降|降低|增长|提高|控制)?(?:任务)?)$"),
    re.compile(r"^(?P<name>.{2,24}?)(?P<verb>达到|符合|满足|降到|降至|降低到|控制在|完成|接近|不低于|不高于|高于|低于)(?P<t>[^，,；;。]{0,14}?"
               r"(?:要求|标准|水平|(?:下达|确定|分解)的?[\u4e00-\u9fff]{0,4}?(?:任务|指标|目标)|考核(?:目标|任务|指标)|"
               r"(?:市|区|县|旗|自治区|上级)定的?(?:目标|任务|指标))(?:的?范围(?:之内|以内|内)|以内|之内)?)$"),
    WATER_CLASS,
    # 完成市里下达的单位地区生产总值能耗降低任务: the quantity named inside the task set from above
    re.compile(r"^(?P<verb>)(?P<t>(?:完成|落实)[^，,；;。的]{1,8}?(?:下达|分解|确定)的(?P<name>[^，,；;。的]{4,20}?)"
               r"(?:降低|下降|控制|削减|压减)?(?:目标)?任务)$"),
    # 村集体经济收入10万元以上的村实现全覆盖, 劣Ⅴ类水体基本消除: all of it, or none left
    re.compile(r"^(?P<name>.{4,24}?)(?P<verb>实现|基本实现|全面实现)?(?P<t>(?:全覆盖|全面覆盖)|(?:基本|全面)消除)$"),
    # 地区生产总值和城乡居民人均收入比2020年翻一番: a doubling over a base year
    re.compile(r"^(?P<name>.{2,24}?)(?:(?:比|较)(?:20\d\d年|“?十[二三四]五”?末)?)?(?:实现)?(?P<verb>)(?P<t>翻一番|翻两番|翻番)$"),
    # 生态保护红线面积不减少、耕地保有量不降低: a floor kept, in words
    re.compile(r"^(?P<name>.{4,24}?)(?P<verb>)(?P<t>不减少|不降低)$"),
]


#: a share of a larger whole (占全县比重, 占全市GDP比重): the part it is a share of is part of what is measured
SHARE_OF_WHOLE = re.compile(r"占(?:全|所在)")


def _place_prefix(name: str, own: tuple = ()) -> str:
    """回民区社会消费品零售总额 → 社会消费品零售总额: a place opening the name (the gazetteer's, or the
    document's own place ``own``) says where, not what; the words that open a clause may follow the place
    (玉泉区力争接待游客 → 接待游客).

    >>> _place_prefix("玉泉区力争接待游客", ("玉泉区",))
    '接待游客'
    """
    rest = _strip_place(name, own)
    if rest != name and SHARE_OF_WHOLE.search(rest) and not name.startswith(tuple(p for p in own if p)):
        return name     # 托电工业园区工业产值占全县比重: the park's share of the county, which names the park
    if rest != name:
        again = clean_indicator(rest)
        return again if len(again) >= 2 else rest
    return name


def _strip_place(name: str, own: tuple = ()) -> str:
    from loaders.lexicon import load_lexicon
    lex = load_lexicon()
    for place in own:
        if place and name.startswith(place) and len(name) - len(place) >= 2 and not LEVEL_AFTER.match(name, len(place)):
            return name[len(place):]
    for n in range(min(len(name) - 2, 12), 1, -1):
        entry = lex.place(name[:n])
        if entry and entry.kind in ADMIN_KINDS | HUB_KINDS and not LEVEL_AFTER.match(name, n):
            return name[n:]     # (小黑河某段水质: a river is part of what is measured)
    m = COUNTY_LEAD.match(name)      # a banner or county the gazetteer does not know (旗/县 open no quantity's name)
    return name[m.end():] if m and len(name) - m.end() >= 4 else name


#: places that say where a figure is counted (not rivers, parks, roads, which can be what is measured)
ADMIN_KINDS = {"province", "region", "autonomous_region", "league", "city", "district", "county", "banner", "zone",
               "subdistrict", "town", "township", "village", "area"}
#: an airport or a station whose traffic is counted (白塔国际机场年旅客吞吐量): where, not what
HUB_KINDS = {"airport", "station"}
#: the administrative divisions a count is made in (not areas, sites or parks, which name what is counted)
DIVISION_KINDS = {"city", "league", "district", "county", "banner", "subdistrict", "town", "township", "village"}


def _division(prefix: str, own: tuple = ()) -> bool:
    """Whether ``prefix`` (a place cut from a name's start) is a division or the document's own place."""
    from loaders.lexicon import load_lexicon
    if prefix in own:
        return True
    entry = load_lexicon().place(prefix)
    return entry is not None and entry.kind in DIVISION_KINDS
#: 自治区级乡村旅游重点村, 市级示范村: a place followed by 级 or 域 is a rank or a scope, part of the name
LEVEL_AFTER = re.compile(r"级|域")
COUNTY_LEAD = re.compile(r"^[\u4e00-\u9fff]{2,5}?(?:旗|县|盟)(?!域|级|城)")


def own_places(ctx) -> tuple:
    """The document's own place as the manifest names it (金山区), for stripping it off indicator names."""
    place = str(ctx.doc.meta.get("place") or "").strip()
    return (place,) if len(place) >= 2 else ()


def stat_name(head: str, own: tuple = ()) -> str:
    """The quantity a reported figure measures, from the words before the figure.

    >>> stat_name("1-6月回民区社会消费品零售总额"), stat_name("13家规模以上工业(含综保区3家)累计产值")
    ('社会消费品零售总额', '规模以上工业累计产值')
    """
    s = ASIDE_RE.sub("", head)
    prev = None
    while prev != s:
        prev = s
        s = STAT_TAIL.sub("", STAT_VERB_LEAD.sub("", TIME_LEAD.sub("", COUNT_LEAD.sub("", s))))
        s = _place_prefix(clean_indicator(s), own) if s else s
    return s


def _span_of(head: str, name: str) -> tuple[int, int]:
    """Where ``name`` is written in ``head`` (first to last character when an aside interrupts it)."""
    if name in head:
        a = head.rfind(name)
        return a, a + len(name)
    a, b = head.find(name[:2]), head.rfind(name[-2:])
    return (a, b + 2) if 0 <= a < b else (0, len(head))


def _is_stat(name: str) -> bool:
    return 4 <= len(name) <= 20 and not STAT_NOT.search(name) and bool(STAT_HEAD.search(name)) and not NOT_NAME.search(name) \
        and bool(re.search(r"[\u4e00-\u9fff]", name))


def _resolve_name(ctx, name: str, para, upto: int) -> str:
    """集群产值 after 推进…绿色农畜产品加工产业集群: the bare 集群 is the cluster the paragraph names before."""
    if not name.startswith("集群"):
        return name
    before = norm(ctx.doc.text[para.start:upto])
    at = before.rfind("产业集群")
    i = at
    while i > 0 and "\u4e00" <= before[i - 1] <= "\u9fff" and before[i - 1] not in STOP_BACK and at - i < 14:
        i -= 1
    return before[i:at] + "产业" + name if at > 0 and at - i >= 2 else name


STOP_BACK = set("的为以和与及是在把将对向从")
STAT_NOT = re.compile(r"^(?:投入|发放|争取|落实|拨付|下达|筹集|接待|办理|完成|设立)|实现|占|"
                      r"^(?:该|本|上述|这些|[一二两三四五六七八九十百\d]+个)?项目|(?:公司|集团|企业)(?:计划|累计)?投资$")     # a project's or a company's own figure


def _statistics(ctx, sq: str, pos: list[int], para) -> None:
    """Reported figures (社会消费品零售总额实现149.6亿元，同比增长11.8%): Indicator nodes, no target."""
    pieces = list(re.finditer(r"[^，,；;。：:！？、]+", sq))
    for k, piece_m in enumerate(pieces):
        piece = piece_m.group(0)
        water = WATER_CLASS.match(piece)
        if water and not any(map(str.isdigit, piece)):      # 某河某段水质稳定达到Ⅳ类
            name = stat_name(water.group("name"), own_places(ctx))
            if _is_stat(name):
                a, b = _span_of(water.group("name"), name)
                _add_stat(ctx, pos[piece_m.start() + a], pos[piece_m.start() + b - 1] + 1, name, None)
            continue
        if not any(map(str.isdigit, piece)):
            continue
        if "分别" in piece and (_urban_rural_stat(ctx, piece, piece_m.start(), pos)
                               or _elided_stats(ctx, sq, piece_m.start(), pos)):
            continue
        if "分别" in piece:            # A、B分别增长4.8%和6.9%: the names listed before share the figures
            _shared_names(ctx, sq, pos, pieces, k)
        if ONCE_BUILT.search(piece):
            continue        # 建成后预计年产值可达90亿元: a project's own figure, no statistic of the place
        for m in STAT_VALUE.finditer(piece):
            if m.group("unit") == "年" or not m.group("unit") and not m.group("verb"):
                continue
            head = piece[:m.start()]
            name = stat_name(head, own_places(ctx))
            if not _is_stat(name):
                continue
            a, b = _span_of(head, name)
            n0 = pos[piece_m.start() + a]
            n1 = pos[piece_m.start() + b - 1] + 1
            full = _resolve_name(ctx, name, para, n0)
            growth = (m.group("verb") or "") in ("增长", "下降", "提高", "增加", "上涨", "回落")
            _add_stat(ctx, n0, n1, full, None if growth else m.group("unit"))
            break


#: a figure a work will make once done (建成后, 投产后, 达产后)
ONCE_BUILT = re.compile(r"(?:建成|投产|达产|运营)后")
URBAN_RURAL_STAT = re.compile(r"^(?:全年|全县|全区|全市|全旗|年末|20\d\d年)*(?P<name>城乡[^\d]{2,20}?)分别")


#: 分别, or 各 before its verb (城镇与农村居民收入各增长5.5%、7%): each name its own figure, in order
RESPECTIVELY = re.compile(r"分别|各(?=增长|提高|达到|下降|降低|增加|提升|突破)")
#: the figures a ``分别`` clause gives, one per name listed before it: 5.5%和7.5% / 90%、95%和98%
FIGURE = rf"(?:约|近)?\d+(?:\.\d+)?(?:{UNIT_RE})?(?:及以上|以上|左右|以内|以下)?"
ELIDED_RE = re.compile(rf"^(?P<name>[^\d]{{3,30}}?)(?:年均|每年|将)?(?:分别|各)(?:年均|要|将)?(?P<verb>{'|'.join(VERBS)})(?P<figs>{FIGURE}(?:(?:和|、|与|及){FIGURE})+)$")
#: words that open the shared head of an elided list (城镇、农村牧区|常住居民人均可支配收入)
HEAD_OPENERS = ("常住", "居民", "人均", "平均", "户均", "农牧民", "每", "单位", "集中", "综合", "生活", "参保", "入学",
                "巩固", "普及", "覆盖", "教师", "学生", "人口", "用户", "家庭")
#: the modifiers such lists pair (城镇/农村, 小学/初中, 一级/二级)
PAIR_MODIFIERS = ("农村牧区", "农牧区", "城镇", "城市", "城区", "农村", "乡村", "牧区", "县城", "乡镇", "男性", "女性",
                  "小学", "初中", "高中", "学前", "义务教育", "高中阶段")


def _split_head(name: str, first: str) -> tuple[str, str] | None:
    """``农村牧区常住居民人均可支配收入`` → (农村牧区, 常住居民人均可支配收入): the last listed modifier and the head
    the list shares; None when no split reads as a modifier and a measured quantity."""
    for mod in PAIR_MODIFIERS:
        if name.startswith(mod) and _is_stat(name[len(mod):]) or \
                name.startswith(mod) and len(name) - len(mod) >= 3 and STAT_HEAD.search(name):
            return mod, name[len(mod):]
    for k in range(max(2, len(first) - 1), min(len(first) + 2, len(name) - 3) + 1):
        head = name[k:]
        if head.startswith(HEAD_OPENERS) and STAT_HEAD.search(head):
            return name[:k], head
    return None


def _elided(ctx, sq: str, c0: int):
    """``城镇、农村牧区常住居民人均可支配收入分别增长5.5%和7.5%``: the quantities a 分别 clause gives figures for,
    in the order written — the listed modifiers each with the shared head, or the listed names themselves
    (``规模以上工业增加值、固定资产投资分别增长8%和10%``).  [(name, start, end, aliases)] as sq offsets, the verb
    and the figures; None when the clause is not one."""
    end = c0
    while end < len(sq) and sq[end] not in "，,；;。：:！？":
        end += 1
    # the clause starts after the listed items: walk back over 、
    items = []
    at = c0
    while at > 0 and sq[at - 1] == "、":
        start = at - 1
        while start > 0 and sq[start - 1] not in "，,；;。：:！？、":
            start -= 1
        items.insert(0, [start, sq[start:at - 1]])
        at = start
    if not items:
        return _joined(sq, c0, end)
    lead = LEAD_RE.match(items[0][1])
    if lead and lead.end() < len(items[0][1]):
        items[0] = [items[0][0] + lead.end(), items[0][1][lead.end():]]
    clause = sq[c0:end]
    m = ELIDED_RE.match(clause)
    if not m:
        return None
    figs = re.split(r"和|、|与|及", m.group("figs"))
    if len(figs) != len(items) + 1 or any(any(ch.isdigit() for ch in t) or NOT_NAME.search(t) or len(t) > 24
                                          for _, t in items):
        return None
    name = m.group("name")
    if all(_is_stat(_place_prefix(clean_indicator(t))) for _, t in items) and _is_stat(name):
        out = [(_place_prefix(clean_indicator(t)), a, a + len(t), ()) for a, t in items]
        out.append((name, c0, c0 + len(name), ()))
        return out, m.group("verb"), figs
    if any(len(t) > 6 for _, t in items):
        return None
    split = _split_head(name, items[0][1])
    if split is None:
        return None
    last, head = split
    written = sq[items[0][0]:c0 + len(name)]
    out = [(items[0][1] + head, items[0][0], c0 + len(name), (written,))]
    out += [(t + head, a, a + len(t), ()) for a, t in items[1:]]
    out.append((name, c0, c0 + len(name), ()))
    return out, m.group("verb"), figs


#: the base a quantity is measured per, which the second of two joined names shares (单位GDP能耗和二氧化碳排放)
PER_UNIT = re.compile(r"^单位(?:地区生产总值|国内生产总值|GDP|工业增加值)")


def _joined(sq: str, c0: int, end: int):
    """``A和B分别下降X和Y``: two names joined by 和/及/与 in the clause itself, each with its figure — two
    quantities (单位GDP能耗和二氧化碳排放: the second measured per GDP too), or two modifiers sharing the head
    (城镇和农村居民人均可支配收入)."""
    lead = LEAD_RE.match(sq[c0:end])
    c0 = c0 + lead.end() if lead else c0
    m = ELIDED_RE.match(sq[c0:end])
    if not m:
        return None
    figs = re.split(r"和|、|与|及", m.group("figs"))
    parts = re.split(r"和|及|与", m.group("name"))
    if len(parts) != 2 or len(figs) != 2 or any(len(p) < 2 for p in parts):
        return None
    first, second = parts
    a1 = c0 + len(first) + 1
    measured = lambda n: 3 <= len(n) <= 20 and bool(STAT_HEAD.search(n) or MEASURE_HEAD.search(n)) \
        and not NOT_NAME.search(n)
    if measured(first) and measured(second):
        per = PER_UNIT.match(first)
        name2 = per.group(0) + second if per and not second.startswith("单位") else second
        return [(first, c0, c0 + len(first), ()), (name2, a1, a1 + len(second), ())], m.group("verb"), figs
    if len(first) <= 6 and not measured(first):
        split = _split_head(second, first)
        if split:
            written = sq[c0:a1 + len(second)]
            return [(first + split[1], c0, a1 + len(second), (written,)),
                    (second, a1, a1 + len(second), ())], m.group("verb"), figs
    return None


def _elided_targets(ctx, sq: str, c0: int, pos: list[int], sent, source, year) -> bool:
    got = _elided(ctx, sq, c0)
    if got is None:
        return False
    names, verb, figs = got
    growth = verb in GROWTH_VERBS
    unit_all = next((parse_target(f)[1] for f in reversed(figs) if parse_target(f)[1]), "")
    for (name, a, b, aliases), figure in zip(names, figs):
        value, unit, cmp_ = parse_target(figure)
        unit = unit or unit_all
        n0, n1 = pos[a], pos[b - 1] + 1
        node = add_entity(ctx, "Indicator", ctx.doc.text[n0:n1], n0, n1, extractor="target-sentence",
                          props={"unit": None if growth else unit or None},
                          name=canonical_name("Indicator", name), aliases=aliases)
        props = {"target": figure, "target_value": value, "comparator": cmp_ or comparator(verb, ""),
                 "target_year": year, "unit": unit or None}
        if growth:
            props["growth"] = (verb if verb.startswith(("下降", "降低", "年均下降")) else "") + figure
        add_relation(ctx, source, node, "TARGETS", sent.start, sent.end, extractor="target-sentence",
                     confidence=0.75, props=props)
    return True


def _elided_stats(ctx, sq: str, c0: int, pos: list[int]) -> bool:
    got = _elided(ctx, sq, c0)
    if got is None:
        return False
    for name, a, b, aliases in got[0]:
        add_entity(ctx, "Indicator", ctx.doc.text[pos[a]:pos[b - 1] + 1], pos[a], pos[b - 1] + 1,
                   extractor="statistic", props={"unit": None}, name=canonical_name("Indicator", name),
                   aliases=aliases)
    return True


def _urban_rural_stat(ctx, piece: str, p0: int, pos: list[int]) -> bool:
    """``城乡居民人均可支配收入分别达到A和B``: two statistics, 城镇… and 农村…, each with the written 城乡… as
    an alias (so no node is named 城乡… and the two stay apart)."""
    m = URBAN_RURAL_STAT.match(piece)
    if not m:
        return False
    written = stat_name(m.group("name"), own_places(ctx))
    if not written.startswith("城乡") or not _is_stat(written):
        return False
    a, b = _span_of(m.group("name"), written)
    a, b = a + m.start("name"), b + m.start("name")      # past a lead such as 全年 or 2024年
    for prefix in ("城镇", "农村"):
        _add_stat(ctx, pos[p0 + a], pos[p0 + b - 1] + 1, prefix + written[2:], None)
    return True


def _add_stat(ctx, n0: int, n1: int, name: str, unit) -> None:
    add_entity(ctx, "Indicator", ctx.doc.text[n0:n1], n0, n1, extractor="statistic",
               props={"unit": unit}, name=canonical_name("Indicator", name))


def _shared_names(ctx, sq: str, pos: list[int], pieces: list, k: int) -> None:
    """The quantities listed with 、 before a ``分别`` clause, each an Indicator (which figure is whose is left)."""
    j = k - 1
    while j >= 0 and sq[pieces[j].end():pieces[j + 1].start()] == "、":
        piece = pieces[j].group(0)
        name = stat_name(piece, own_places(ctx))
        if any(map(str.isdigit, piece)) or not _is_stat(name):
            break
        a, b = _span_of(piece, name)
        _add_stat(ctx, pos[pieces[j].start() + a], pos[pieces[j].start() + b - 1] + 1, name, None)
        j -= 1


#: 城镇新增就业岗位1.1万人以上 in a list of targets: the jobs to be added (a project's 可新增就业岗位600个 is what
#: it could bring, no figure of the place's; and only a target reads it, no statistic)
JOBS_COUNTED = re.compile(r"^(?![可能])[\u4e00-\u9fff]{0,6}新增就业岗位$")
VERBLESS = re.compile(rf"^(?P<name>[^\d]{{2,24}}?)(?P<num>\d+(?:\.\d+)?)(?P<unit>{UNIT_RE})(?P<post>及以上|以上|左右|以内)?$")


def _verbless(ctx, piece: str, c0: int, pos: list[int], sent, source, year, para) -> str | bool:
    """``年度计划投资1700亿元以上`` in a list of targets: a quantity and its figure with no verb; the name
    it read, for a growth in the next clause (实现旅游总收入150亿元、年均增长10%)."""
    lead = LEAD_RE.match(piece)
    body = piece[lead.end():] if lead else piece
    m = VERBLESS.match(body)
    if not m or m.group("unit") == "年":
        return False
    name = _place_prefix(clean_indicator(m.group("name")), own_places(ctx))
    if not (_is_stat(name) or JOBS_COUNTED.search(name)):
        return False
    off = c0 + (lead.end() if lead else 0)
    a, b = _span_of(m.group("name"), name)
    n0, n1 = pos[off + a], pos[off + b - 1] + 1
    written = m.group("num") + m.group("unit") + (m.group("post") or "")
    node = add_entity(ctx, "Indicator", ctx.doc.text[n0:n1], n0, n1, extractor="target-sentence",
                      props={"unit": m.group("unit")}, name=canonical_name("Indicator", _resolve_name(ctx, name, para, n0)))
    add_relation(ctx, source, node, "TARGETS", sent.start, sent.end, extractor="target-sentence", confidence=0.7,
                 props={"target": written, "target_value": float(m.group("num")),
                        "comparator": comparator("", m.group("post") or ""), "target_year": year,
                        "unit": m.group("unit")})
    return name


#: ``能源消耗、碳排放总量得到有效控制``: quantities a plan caps without a figure (Indicators, no target)
CONTROLLED = re.compile(r"(?:得到|实现)?(?:有效|合理|严格)控制$")
CAPPED_HEAD = re.compile(r"(?:总量|强度|浓度|排放量)$")


def _controlled(ctx, sq: str, c0: int, pos: list[int]) -> None:
    """The items of a list of controlled quantities (A、B、C总量得到有效控制) that name a measure."""
    end = c0
    while end < len(sq) and sq[end] not in "，,；;。：:！？":
        end += 1
    m = CONTROLLED.search(sq, c0, end)
    if not m or m.start() < c0:      # read once, from the item the verb closes
        return
    start = c0
    while start > 0 and sq[start - 1] not in "，,；;。：:！？":
        start -= 1
    at = start
    for item in re.split(r"[、]", sq[start:m.start()]):
        name = _place_prefix(clean_indicator(item), own_places(ctx))
        if CAPPED_HEAD.search(name) and 3 <= len(name) <= 16 and not NOT_NAME.search(name) and name in item:
            a = at + item.rfind(name)
            add_entity(ctx, "Indicator", ctx.doc.text[pos[a]:pos[a + len(name) - 1] + 1], pos[a],
                       pos[a + len(name) - 1] + 1, extractor="target-sentence", props={"unit": None},
                       name=canonical_name("Indicator", name))
        at += len(item) + 1


MEASURE_HEAD = re.compile(r"(?:水质|质量|能耗|排放|消耗|降低|下降|降幅|幅度|水平|收入|面积|保有量|(?<!建设)(?<!执行)标准|PM2\.5|PM10)$")


def _elided_before(sq: str, c0: int, head: str) -> list[tuple[int, str]]:
    """``黄河干流某段、某河出境断面水质达到Ⅲ类``: the items listed with 、 before the clause share its measure
    (水质); (offset in sq, item) for each, nearest last."""
    out = []
    end = c0 - 1
    while end > 0 and sq[end] == "、":
        start = end
        while start > 0 and sq[start - 1] not in "，,；;。：:！？、":
            start -= 1
        item = sq[start:end]
        if not (2 <= len(item) <= 14) or any(ch.isdigit() for ch in item) or NOT_NAME.search(item) \
                or item.endswith(head) or re.search(r"达到|保持|稳定|控制|提高|降低|减少|增长|下降", item):
            break
        out.insert(0, (start, item))
        end = start - 1
    return out


#: what a plan counts until all are reached or none is left (…的村实现全覆盖, 黑臭水体基本消除)
COUNTED_HEAD = re.compile(r"(?:村|嘎查|社区|乡镇|苏木|学校|水体|企业|户)$")


#: a cue earlier in the sentence that what follows is to come (明年…将力争…, Y同比增长15%: Y's target growth)
FORWARD_CUE = re.compile(r"明年|力争|争取|预计|将(?:力争|实现|达到|突破)|目标(?:为|是)")
#: a growth written after its figure: 保持7%左右的年均增速
RATE_AFTER = re.compile(r"的(?:年均)?(?:增速|增幅|增长率?)")
#: 社会消费品零售总额力争实现5.5%的增长: a growth rate to be achieved, written before the growth it is
REALISED_GROWTH = re.compile(r"(?P<verb>实现)(?P<pre>)(?P<num>\d+(?:\.\d+)?)(?P<unit>%)(?P<post>左右|以上)?(?=" + RATE_AFTER.pattern + ")")
#: a growth rate named as such (…增速, …增幅): its level is the growth of what it names
RATE_TAIL = re.compile(r"(?:增速|增幅)$")
#: a target's attribute written after it in brackets: 达到Ⅳ类（约束性）
ATTRIBUTE_ASIDE = re.compile(r"\s*[（(]\s*(约束性|预期性)\s*[）)]")
ATTRIBUTE_END = re.compile(ATTRIBUTE_ASIDE.pattern + "$")


def _in_words(ctx, piece: str, c0: int, pos: list[int], sent, source, year, sq: str = "") -> bool:
    """``全体居民人均可支配收入增长与经济增长基本同步``, ``单位GDP能耗降到国家和自治区要求的范围之内``."""
    if not WORDS_CUE.search(piece):
        return False
    marked = ATTRIBUTE_END.search(piece)
    attribute = marked.group(1) if marked else None
    if marked:
        piece = piece[:marked.start()]
    lead = LEAD_RE.match(piece)
    off = lead.end() if lead else 0
    for rx in IN_WORDS:
        m = rx.match(piece[off:])
        if not m:
            continue
        name = _place_prefix(clean_indicator(m.group("name")), own_places(ctx))
        if not (2 <= len(name) <= 24) or NOT_NAME.search(name) or not re.search(r"[\u4e00-\u9fffA-Za-z]", name):
            return False
        # 细颗粒物浓度和空气质量优良天数比率达到…: two measures share the target
        whole = m.group("t").endswith(("覆盖", "消除"))
        if not (STAT_HEAD.search(name) or MEASURE_HEAD.search(name) or (whole and COUNTED_HEAD.search(name))):
            return False                  # 节能减排完成下达任务: a task, not a measured quantity
        parts = re.split(r"和|及", name)
        names = parts if len(parts) > 1 and all(len(p) >= 3 and STAT_HEAD.search(p) for p in parts) else [name]
        if any(len(n) > 20 for n in names):
            return False
        words = m.group("t")
        t0, t1 = c0 + off + m.start("t"), c0 + off + m.end("t")
        if t1 > t0:      # the target as written (Ⅱ类, not its NFKC II类)
            words = re.sub(r"\s+", "", ctx.doc.text[pos[t0]:pos[t1 - 1] + 1]) or words
        if m.group("verb") in ("不低于", "不高于", "高于", "低于", "跑赢", "快于"):
            words = m.group("verb") + words      # 不低于全市平均水平, 跑赢经济增速: the comparison is the target
        cmp_ = "≈" if re.search(IN_STEP + "(?:增长)?$", words) else "≤" if re.search(r"(?:以内|之内|范围内)$", words) or \
            m.group("verb") in ("降到", "降至", "降低到", "控制在", "不高于", "低于") else \
            "≥" if m.group("verb") in ("不低于", "高于", "跑赢", "快于") or words in ("不减少", "不降低") else None
        if rx is WATER_CLASS:       # 达到Ⅲ类 is that class; 优于Ⅲ类, Ⅲ类及以上 that class or better
            cmp_ = "≥" if "优于" in m.group("verb") or "好于" in m.group("verb") or re.search(r"以上$", words) else "="
        spans = []
        rate = m.groupdict().get("rate") or ""
        for nm in names:
            a, b = _span_of(m.group("name"), nm)
            a, b = a + m.start("name"), b + m.start("name")     # (the name may sit inside the task: 完成…下达的X任务)
            # 居民收入增速与经济增速同步: the income is what is measured, and 居民收入增速 another name of it
            # 单位地区生产总值能耗降低完成…任务: the energy use is what falls, by its name or with 降低
            fall = re.search(r"(?<=能耗|排放|强度)(?:降低|下降|降幅|降低幅度|下降幅度)$", nm)
            aliases = (nm + rate,) if rate and len(names) == 1 else (nm[:fall.start()],) if fall else ()
            spans.append((nm, pos[c0 + off + a], pos[c0 + off + b - 1] + 1, aliases))
        head = MEASURE_HEAD.search(name)
        if sq and head and len(names) == 1:
            for at, item in _elided_before(sq, c0, head.group(0)):
                item = _place_prefix(clean_indicator(item), own_places(ctx)) or item
                i0 = sq.find(item, at)
                spans.insert(0, (item + head.group(0), pos[i0], pos[i0 + len(item) - 1] + 1, (item,)))
        for nm, n0, n1, aliases in spans:
            node = add_entity(ctx, "Indicator", ctx.doc.text[n0:n1], n0, n1, extractor="target-sentence",
                              props={"unit": None}, name=canonical_name("Indicator", nm), aliases=aliases)
            add_relation(ctx, source, node, "TARGETS", sent.start, sent.end, extractor="target-sentence",
                         confidence=0.6, props={"target": words, "target_value": None, "comparator": cmp_,
                                                "target_year": year, "unit": None, "attribute": attribute})
        return True
    return False


URBAN_RURAL = re.compile(rf"^(?P<name>城乡[^\d]{{2,20}}?)(?:分别|各)(?P<verb>{'|'.join(VERBS)})"
                         rf"(?P<a>\d+(?:\.\d+)?(?:{UNIT_RE})?(?:以上|左右)?)(?:和|、|与)(?P<b>\d+(?:\.\d+)?(?:{UNIT_RE})?(?:以上|左右)?)$")


def _urban_rural(ctx, piece: str, c0: int, pos: list[int], sent, source, year, own) -> bool:
    """``城乡居民人均可支配收入分别增长5.5%和7%``: 城乡 written for 城镇 and 农村, in that order (the fixed
    order of the phrase), each with its figure."""
    lead = LEAD_RE.match(piece)
    off = lead.end() if lead else 0
    m = URBAN_RURAL.match(piece[off:])
    if not m:
        return False
    written = _place_prefix(clean_indicator(m.group("name")), own)
    if not written.startswith("城乡") or NOT_NAME.search(written):
        return False
    a, b = _span_of(m.group("name"), written)
    n0, n1 = pos[c0 + off + a], pos[c0 + off + b - 1] + 1
    for prefix, figure in (("城镇", m.group("a")), ("农村", m.group("b"))):
        _figure_target(ctx, source, sent, (n0, n1), prefix + written[2:], figure, m.group("verb"), year, 0.75)
    return True


def _figure_target(ctx, source, sent, span: tuple[int, int], name: str, figure: str, verb: str, year,
                   confidence: float) -> None:
    """The Indicator written at ``span`` (named ``name``) and the TARGETS edge of one figure a verb sets."""
    growth = verb in GROWTH_VERBS
    value, unit, cmp_ = parse_target(figure)
    node = add_entity(ctx, "Indicator", ctx.doc.text[span[0]:span[1]], span[0], span[1], extractor="target-sentence",
                      props={"unit": None if growth else unit or None}, name=canonical_name("Indicator", name))
    props = {"target": figure, "target_value": value, "comparator": cmp_ or comparator(verb, ""),
             "target_year": year, "unit": unit or None}
    if growth:
        props["growth"] = figure
    add_relation(ctx, source, node, "TARGETS", sent.start, sent.end, extractor="target-sentence",
                 confidence=confidence, props=props)


PAIRED = re.compile(rf"^(?P<x>[^\d和与、]{{2,12}})(?:和|与|及)(?P<y>[^\d和与、]{{2,20}}?)(?:分别|各)(?P<verb>{'|'.join(VERBS)})"
                    rf"(?P<a>\d+(?:\.\d+)?(?:{UNIT_RE})?(?:以上|左右|以内)?)(?:和|、|与)"
                    rf"(?P<b>\d+(?:\.\d+)?(?:{UNIT_RE})?(?:以上|左右|以内)?)$")


def _paired(ctx, piece: str, c0: int, pos: list[int], sent, source, year) -> bool:
    """``挥发性有机物和氮氧化物排放总量分别下降10%和12%``: two quantities sharing the head the second one
    writes (the second's first word is what stands for the first), each with its figure in order.

    The head is the second name without its first word: 氮氧化物|排放总量 → 挥发性有机物排放总量;
    工业和生活用水总量 → 工业用水总量; 城镇和农村居民人均可支配收入 → 城镇居民人均可支配收入; it must be a
    measure (总量, 率, 收入…).

    >>> PAIRED.match("挥发性有机物和氮氧化物排放总量分别下降10%和12%").group("x", "y")
    ('挥发性有机物', '氮氧化物排放总量')
    """
    from loaders.extract.entities import _lcut
    lead = LEAD_RE.match(piece)
    off = lead.end() if lead else 0
    m = PAIRED.match(piece[off:])
    if not m:
        return False
    x, y = clean_indicator(m.group("x")), m.group("y")
    words = _lcut(y)
    # what stands for x is y's first word, or as much of it as x is long (城镇 ↔ 农村|居民…: 农村居民 is one word)
    head = y[min(len(words[0]), len(x)):] if x else ""
    if len(words) < 2 or len(head) < 2 or not (STAT_HEAD.search(head) or MEASURE_HEAD.search(head)) \
            or NOT_NAME.search(x) or not x:
        return False
    # 城市生活垃圾和餐厨垃圾处理率: x already ends with what the head opens with
    overlap = max((k for k in range(2, min(len(x), len(head) - 1) + 1) if x.endswith(head[:k])), default=0)
    joined = x + head[overlap:]
    base = c0 + off
    # (start, what is written there, the name it stands for): x is cited as written, without the shared head
    parts = ((base + m.start("x") + m.group("x").index(x), x, joined), (base + m.start("y"), y, y))
    for (start, written, name), figure in zip(parts, (m.group("a"), m.group("b"))):
        span = (pos[start], pos[start + len(written) - 1] + 1)
        _figure_target(ctx, source, sent, span, name, figure, m.group("verb"), year, 0.7)
    return True


class Outlook(NamedTuple):
    """A sentence the rules read as setting targets: where it is, its squeezed text and offsets, the node its
    targets belong to, the target year of a clause starting at an offset of ``sq``, and whether it looks
    ahead in so many words (力争, 到2025年), which the rules' confidence follows."""
    sent: Sentence
    sq: str
    pos: list
    source: object
    year_for: Callable[[int], int | None]
    forward: bool


def target_sentences(ctx) -> list[Outlook]:
    """The sentences of this document that set targets, in order, as :func:`extract_sentences` decided
    (filled when it runs; the extractors after it read them)."""
    found = ctx.__dict__.get("_target_sentences")
    if found is None:
        found = ctx.__dict__["_target_sentences"] = []
    return found


def extract_sentences(ctx) -> None:
    from loaders.extract.goals import goals_by_paragraph
    text = ctx.doc.text
    plan = ctx.graph.nodes[ctx.plan_id]
    kind = ctx.doc.meta.get("kind")
    if not kind:     # no manifest: a text numbered in 章/节 is a plan, anything else reads like a report
        kind = "plan" if any(s.kind in ("volume", "chapter", "section") for s in ctx.seg.sections) else "report"
    is_plan = kind == "plan"
    end_year = plan_end_year(ctx)
    try:
        report_year = int(ctx.doc.meta.get("year")) if ctx.doc.meta.get("year") else end_year
    except (TypeError, ValueError):
        report_year = end_year
    start_year = plan_start_year(ctx) if is_plan else report_year
    secs = _Context(ctx, None if is_plan else report_year)
    own = own_places(ctx)
    goals = goals_by_paragraph(ctx)
    paragraphs = ctx.seg.paragraphs
    spaced_rows = [span for t in spaced_tables(text) + stacked_tables(text) for span in t.row_spans]
    pipe_rows = [span for t in pipe_tables(text) for span in t.row_spans]
    # the items of a 专栏 of projects describe works (新建骨干坝5座, 装机规模30万千瓦), they set no targets
    project_boxes = {sec.id for sec in ctx.seg.sections if sec.kind == "box" and re.search(r"项目|工程", sec.title)}
    last_named: dict[int, str] = {}
    outlook = target_sentences(ctx)
    para_year: dict[int, int] = {}      # 到2030年，A达到X；B达到Y: the year a paragraph set carries to its next sentences
    announcing: set[int] = set()        # paragraphs whose sentences announce the targets they list
    # a work report announces the year's main targets, then sets out the year's work: what follows is ahead
    tasks_from = None
    for sent in ctx.seg.sentences:
        para = paragraphs[sent.paragraph]
        if para.kind == "row" or any(a < sent.end and sent.start < e for a, e in spaced_rows):
            continue
        if pipe_rows and any(a < sent.end and sent.start < e for a, e in pipe_rows):
            # the rows of a pipe table run into the prose after them (no 。 ends a row): read only the prose
            after = max(e for a, e in pipe_rows if a < sent.end and sent.start < e)
            while after < sent.end and text[after].isspace():
                after += 1
            if after >= sent.end:
                continue
            sent = Sentence(after, sent.end, sent.section, sent.paragraph)
        if para.kind == "item" and sent.section in project_boxes:
            continue
        raw = text[sent.start:sent.end]
        if not any(map(str.isdigit, raw)) and not WORDS_CUE.search(raw) and "控制" not in raw:
            continue
        review, sec_year = secs.section(sent.section)
        sq, pos = nsqueeze(text, sent.start, sent.end)
        if review:
            _statistics(ctx, sq, pos, para)
            continue
        # a forward cue in the sentence or earlier in its paragraph (主要预期目标是：…。…)
        future = bool(FUTURE_RE.search(sq) or PLANNED_RE.search(sq)) or (not is_plan and sent.start - para.start < 2000
                                                 and bool(FUTURE_RE.search(norm(text[para.start:sent.start]))))
        future = future or (tasks_from is not None and sent.start >= tasks_from) or (
            kind in ("work_report", "report") and bool(REPORT_TASK_RE.search(sq)))
        if not is_plan and not future and not secs.ahead(sent.section):
            _statistics(ctx, sq, pos, para)
            continue
        if PAST_SENTENCE.search(sq) or _starts_in_past(sq, start_year) or (
                not is_plan and report_year and (y := REPORT_YEAR_OPENING.match(sq)) and int(y.group(1)) < report_year):
            # (a report's sentence opening with a year before its own, 2025年实现…, says what was done)
            _statistics(ctx, sq, pos, para)
            continue

        def year_for(at: int, sq=sq, prior=para_year.get(sent.paragraph)) -> int | None:
            said = _year_before(sq, at)
            if said is None and not is_plan and report_year:
                # a report's 今年 is its own year, its 明年 the next, its 未来三年 the third on (a review looking ahead)
                rel = RELATIVE_YEAR.findall(sq[:at])
                if rel:
                    return report_year + YEARS_AHEAD.get(rel[-1], YEARS_AHEAD.get(rel[-1][2:3], 0))
            # (a year written in the sentence, else a relative one, else the year its paragraph set before it)
            return said or prior or sec_year or (report_year if not is_plan else end_year)

        stated = _year_before(sq, len(sq))
        # 今年主要预期目标为：A增长6%；B同比增长5%: the announcement covers the clauses after it in the paragraph
        if TARGETS_ANNOUNCED.search(sq) and not TARGETS_REVIEWED.search(sq):
            announcing.add(sent.paragraph)
            if kind in ("work_report", "report") and report_year and (stated or report_year) >= report_year \
                    and tasks_from is None:
                tasks_from = para.end
        announced = sent.paragraph in announcing
        # a sentence that sets targets, for the mentions found after these rules (loaders.extract.followed_targets)
        outlook.append(Outlook(sent, sq, pos, goals.get(sent.paragraph) or plan, year_for,
                               future or bool(re.search(r"到20\d\d年|十四五", sq))))
        clause_start = 0
        # the indicator of the clause before: 总值突破300亿元，年均增长7%左右 (or of the sentence before in
        # the paragraph: 到2023年X达到88%；到2025年达到92%)
        previous = last_named.get(sent.paragraph, "")
        list_verb = ""      # the verb of a count the next item of a 、 list shares
        set_here = False    # whether a clause of this sentence set a target (for a 同比 growth after it)
        for piece in CLAUSE_SPLIT.split(sq) + [""]:
            c0, clause_start = clause_start, clause_start + len(piece) + 1
            if not piece:
                continue
            if ONCE_BUILT.search(piece):
                continue        # 建成后预计年产值可达90亿元: what a project will make, not the plan's target
            if not any(map(str.isdigit, piece)):
                if not _in_words(ctx, piece, c0, pos, sent, goals.get(sent.paragraph) or plan, year_for(c0 + len(piece)), sq):
                    _controlled(ctx, sq, c0, pos)
                continue
            # 高标准农田累计建成62万亩（约束性）: the attribute closing the clause is the target's, not part of it
            marked = ATTRIBUTE_END.search(piece)
            attribute = marked.group(1) if marked else None
            if marked:
                piece = piece[:marked.start()]
            # 同比增长5%, 比上年增长5%: year on year, which a sentence announcing the year's targets sets
            only_yoy = bool(YEAR_ON_YEAR.search(piece)) and not PAST_RE.search(YEAR_ON_YEAR.sub("", piece))
            # 新材料产业产值力争达到260亿元，同比增长15%以上: the growth the target just set is to reach
            carries_yoy = only_yoy and (set_here and LEAD_RE.sub("", piece).startswith("同比")
                                        or bool(FORWARD_CUE.search(sq[:c0])))
            if PAST_RE.search(piece) and not (announced and only_yoy) and not carries_yoy:
                # an achieved figure beside the targets: a statistic (but 同比增长5% in a sentence that
                # announces the year's targets, 今年主要预期目标为：…, is the target's base, not a review)
                _statistics(ctx, piece, pos[c0:], para)
                continue
            m = REALISED_GROWTH.search(piece) or CLAUSE_RE.search(piece) or SHARE_RE.search(piece)
            while m and m.re is CLAUSE_RE and piece[m.end():m.end() + 1] == "的" and not RATE_AFTER.match(piece, m.end()):
                # 年销售收入超10亿元的乳业加工企业8家: a threshold qualifying what is counted, the figure is after it
                m = CLAUSE_RE.search(piece, m.end())
            if not m:
                source = goals.get(sent.paragraph) or plan
                listed = c0
                while listed > 0 and sq[listed - 1] == "、":     # 引进A、B、C企业20家: the count's object is a list
                    listed = max(sq.rfind(ch, 0, listed - 1) for ch in "，,；;。：:！？、") + 1
                found: dict = {}
                inherited = list_verb if c0 and sq[c0 - 1] == "、" else ""
                counted = _count_clause(ctx, piece, c0, pos, sent, plan, goals.get(sent.paragraph), year_for(c0 + len(piece)),
                                        inherited, found) or (
                    listed < c0 and _count_clause(ctx, sq[listed:c0 + len(piece)], listed, pos, sent, plan,
                                                  goals.get(sent.paragraph), year_for(c0 + len(piece)), found=found))
                list_verb = found.get("verb", "") if counted else ""
                if not counted:
                    read = _verbless(ctx, piece, c0, pos, sent, source, year_for(c0 + len(piece)), para)
                    if read:
                        previous = last_named[sent.paragraph] = read
                    else:
                        _in_words(ctx, piece, c0, pos, sent, source, year_for(c0 + len(piece)))
                elif isinstance(counted, str):
                    previous = last_named[sent.paragraph] = counted
                continue
            if m.group("unit") == "年" and len(m.group("num")) == 4:
                continue
            rate_after = RATE_AFTER.match(piece, m.end())     # 保持7%左右的年均增速: the growth it is to keep
            if piece[m.end():m.end() + 1] == "的" and not rate_after:      # 面积不低于120平方米的…: a standard
                continue
            # 带动农村牧区居民收入每年递增7.5%: what the work brings about, with its own verb (but 带动就业5000人,
            # a count, is named with 带动)
            head = re.sub(r"^带动(?=..)", "", piece[:m.start()])
            baseline = FROM_RE.search(head)       # 由40%提高到42%: the figure after 由 is the baseline
            base_year = COMPARED_RE.search(head)  # 比2020年下降13.5%
            if baseline:
                head = head[:baseline.start()]
            elif base_year:
                head = head[:base_year.start()]
            if RESPECTIVELY.search(piece) and (_urban_rural(ctx, piece, c0, pos, sent, goals.get(sent.paragraph) or plan,
                                                  year_for(c0 + m.start()), own)
                                     or _elided_targets(ctx, sq, c0, pos, sent, goals.get(sent.paragraph) or plan,
                                                        year_for(c0 + m.start()))
                                     or _paired(ctx, piece, c0, pos, sent, goals.get(sent.paragraph) or plan,
                                                year_for(c0 + m.start()))):
                continue
            if RESPECTIVELY.search(piece):       # 分别达到A和B: which number is whose is not stated in order we can trust
                pieces = list(re.finditer(r"[^，,；;。：:！？、]+", sq))
                here = next((i for i, p in enumerate(pieces) if p.start() <= c0 < p.end() or p.start() == c0), None)
                if here is not None:
                    _shared_names(ctx, sq, pos, pieces, here)
                continue
            if m.re is CLAUSE_RE and COUNT_LED.match(LEAD_RE.sub("", head)) and \
                    _count_clause(ctx, piece, c0, pos, sent, plan, goals.get(sent.paragraph), year_for(c0 + len(piece))):
                continue
            name = base = _place_prefix(clean_indicator(head), own)
            if m.re is SHARE_RE:
                if "占" not in name:
                    continue
                name = re.sub(r"(?:的)?(?:比重|比例)?$", "", name) + "比重"
            carried = not name and previous and not TAIL_RE.sub("", LEAD_RE.sub("", head)).strip("，,、")
            if carried:
                name = previous
            elif name.startswith("占") and previous and len(previous) + len(name) <= 24 and c0 and sq[c0 - 1] in "，,、":
                name = previous + name     # 服务业增加值年均增长6.5%，占地区生产总值比重保持在80%: the quantity's share
            per = PER_HEAD.match(previous) if previous and c0 and sq[c0 - 1] == "、" else None
            if per and name and not PER_HEAD.match(name) and name.endswith("数") and len(name) <= 12:
                name = per.group(0) + name      # 每千人口床位数达到7张、执业医师数达到3人: the 每千人口 is shared
            if not (2 <= len(name) <= 24) or NOT_NAME.search(name) or not re.search(r"[\u4e00-\u9fffA-Za-z]", name):
                # 引进配套企业不少于12家: a count whose verb (引进, 新建) the level reading refuses
                _count_clause(ctx, piece, c0, pos, sent, plan, goals.get(sent.paragraph), year_for(c0 + len(piece)))
                continue
            verb = m.group("verb")
            if verb == "为" and not m.group("unit"):
                continue
            if verb in ("提高", "提升", "减少") and not (STAT_HEAD.search(name) or MEASURE_HEAD.search(name)):
                continue      # 改造提升245个老旧小区: work done, not a measure raised
            value = float(m.group("num"))
            unit = rate_unit(m.group("unit") or "")
            if m.groupdict().get("per") and unit:
                unit = f"{unit}/{m.group('per')[1:]}"       # 每头10吨: 吨/头
            at = m.groupdict().get("at") or ""
            written = m.group(0)[len(verb) + len(at):]
            cmp_ = comparator(verb + (m.group("pre") or ""), m.group("post") or "")
            growth = verb in GROWTH_VERBS or bool(rate_after)
            rate = RATE_TAIL.search(name) if unit == "%" and not growth and len(name) >= 6 else None
            also = ()
            if rate:        # 农牧民人均可支配收入增速保持在8%左右: a growth target of the income (…增速 its other name)
                also, name, growth = (name,), TAIL_RE.sub("", name[:rate.start()]), True
            year = int(m.group("at_year")) if at else year_for(c0 + m.start())
            previous = last_named[sent.paragraph] = name
            shown = name if name in head else base if base and base in head else name
            name_at = c0 + head.rfind(shown) if shown in head else c0
            n0, n1 = pos[name_at], pos[min(name_at + len(shown), len(pos)) - 1] + 1
            node = ctx.graph.nodes.get(stable_id("Indicator", canonical_name("Indicator", name))) if carried else None
            if node is None:
                if "年" + name in head and not name.startswith("年"):
                    also += ("年" + name,)      # 片区年接待游客: 年接待游客 is another name of the yearly count
                if name.endswith(("游客量", "客流量")) and len(name) > 4:
                    also += (name[:-1],)        # 接待游客量: the count of 接待游客
                wide = re.match(r"全社会|财政|地方", name)
                if wide and len(name) - wide.end() >= 4:
                    also += (name[wide.end():],)    # 全社会固定资产投资, 财政一般公共预算收入: the usual short names
                node = add_entity(ctx, "Indicator", text[n0:n1], n0, n1, extractor="target-sentence",
                                  props={"unit": None if growth else unit or None},
                                  name=canonical_name("Indicator", _resolve_name(ctx, name, para, n0)), aliases=also)
            source = goals.get(sent.paragraph) or plan
            props = {"target": written, "target_value": value, "comparator": cmp_, "target_year": year,
                     "unit": unit or None}
            if baseline:
                props["baseline"] = baseline.group(0)[baseline.start("num") - baseline.start():]
                props["baseline_value"] = float(baseline.group("num"))
                if baseline.group("year"):      # 由2020年的21.6万头增加到32万头
                    props["baseline_year"] = int(baseline.group("year"))
            if base_year:
                props["baseline_year"] = int(base_year.group("year"))
            if growth:
                props["growth"] = (verb if verb.startswith(("下降", "降低", "年均下降")) else "") + written
            marked = ATTRIBUTE_ASIDE.match(piece, m.end())       # 控制在32微克/立方米以内（约束性）, mid-clause
            if marked or attribute:
                props["attribute"] = marked.group(1) if marked else attribute
            conf = 0.85 if future or re.search(r"到20\d\d年|十四五", sq) else 0.7
            add_relation(ctx, source, node, "TARGETS", sent.start, sent.end, extractor="target-sentence",
                         confidence=conf, props=props)
            set_here = set_here or bool(future)
        if stated:
            para_year[sent.paragraph] = stated


def extract(ctx) -> None:
    extract_tables(ctx)
    extract_sentences(ctx)
