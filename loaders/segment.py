"""Step 2 — segment: Plan → chapter → section → (专栏 box / table) → paragraph → sentence.

Headings are recognised by how Chinese plans number them, not by markup: the
markdown ``#`` level and ``<b>`` tags in the corpus are inconsistent, so a line
is a chapter because it starts ``第…章``, a box because it starts ``专栏N``.
The hierarchy is relative: ``一、`` sits under the nearest open ``第…节`` where
there is one, and at the top of a work report where there is not.

Every span is a pair of offsets into the decoded file text; nothing is copied
or rewritten, so ``text[s.start:s.end]`` is always what the plan says.

>>> seg = segment("第一章 总则\\n第一节 目标\\n到2025年，森林覆盖率达到41%。空气优良。\\n")
>>> [(s.path, s.title) for s in seg.sections]
[('第一章', '总则'), ('第一章/第一节', '目标')]
>>> [seg.text[x.start:x.end] for x in seg.sentences]
['到2025年，森林覆盖率达到41%。', '空气优良。']
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

NUM = r"[一二三四五六七八九十百零〇两\d]+"

# rank: smaller is higher in the hierarchy.
HEADING_RULES: list[tuple[str, int, re.Pattern]] = [
    ("volume", 0, re.compile(rf"^第{NUM}篇")),
    ("chapter", 1, re.compile(rf"^第{NUM}章")),
    ("section", 2, re.compile(rf"^第{NUM}节")),
    ("part", 3, re.compile(r"^[一二三四五六七八九十]+、")),
    ("subpart", 4, re.compile(r"^[（(][一二三四五六七八九十]+[)）]")),
]
#: 专栏3, 专栏三, and a box numbered within its chapter (专栏7-2, 专栏4.1)
BOX_RE = re.compile(r"^专栏\s*([0-9０-９]+(?:[-—－–.．][0-9０-９]+)?|[一二三四五六七八九十]+)")
#: a line of a box item that gives one of its fields (运营主体：…, （建设单位：…）) on a line of its own
BOX_FIELD_LINE_RE = re.compile(r"^[（(]?(?:运营主体|实施主体|建设主体|投资主体|建设单位|实施单位|责任单位|牵头单位|运营单位|"
                               r"业主单位|建设地点|建设内容|建设规模|建设年限|建设期限|总投资|主要内容)[：:]|^[（(][^()（）]{2,40}[)）]$")
#: a short line heading the items after it in a box (东街街道, 保合少镇, 新能源产业链): no stop, no comma
BOX_GROUP_LINE_RE = re.compile(r"^[^\d\s。；;，,：:！？]{2,16}$")
GLOSSARY_RE = re.compile(r"^(名词解释|名词术语解释|附[:：]?\s*名词解释)\s*$")
TOC_TITLE_RE = re.compile(r"^目\s*录$")
TOC_LINE_RE = re.compile(r"(\.{3,}|…{2,}|·{4,}|-{4,})\s*(</b>)?\s*(<b>)?\s*\d*\s*(</b>)?\s*$")
MARKUP_LEAD_RE = re.compile(r"^(\s|#+|<b>|</b>|\*\*|>)*")
MARKUP_TAIL_RE = re.compile(r"(\s|</b>|<b>|\*\*)*$")
ITEM_RE = re.compile(r"^(\d+[.、．)]|[（(]\d+[)）]|[①-⑳]|[-•·]\s|——)")
TERMINAL = "。！？!?"
SENTENCE_END = "。！？；!?;"
CLOSERS = "”’」』）)】》*"
MAX_HEADING = 60
MAX_LEAD_TITLE = 40


@dataclass
class Section:
    id: str
    kind: str            # chapter, section, part, subpart, box, table, glossary, preamble, heading, volume
    title: str
    title_start: int
    title_end: int
    start: int
    end: int
    level: int
    ordinal: int
    label: str           # short numbering label, e.g. 第四章, 专栏3, （一）
    parent: str | None   # parent section id, None for the plan itself
    path: str


@dataclass
class Paragraph:
    start: int
    end: int
    section: str
    kind: str = "paragraph"   # paragraph, item, row


@dataclass
class Sentence:
    start: int
    end: int
    section: str
    paragraph: int


@dataclass
class Table:
    section: str
    rows: list[list[tuple[int, int]]]    # cell spans per row, header row first
    row_spans: list[tuple[int, int]]
    #: words a second header line writes under a header cell (基期值 over (2020)), by column
    header_notes: dict[int, str] = field(default_factory=dict)


@dataclass
class Segmented:
    text: str
    sections: list[Section] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)

    def section(self, sid: str) -> Section:
        return self._by_id[sid]

    def ancestors(self, sid: str | None) -> list[Section]:
        """The section and its ancestors, innermost first."""
        out = []
        while sid:
            s = self._by_id[sid]
            out.append(s)
            sid = s.parent
        return out

    def finish(self) -> "Segmented":
        self._by_id = {s.id: s for s in self.sections}
        return self


@dataclass
class Line:
    start: int          # offset of the first character of the line
    end: int            # offset after the last non-newline character
    cstart: int         # content start (after markup and white space)
    cend: int           # content end (before trailing markup and white space)

    def content(self, text: str) -> str:
        return text[self.cstart:self.cend]


def split_lines(text: str) -> list[Line]:
    lines = []
    for m in re.finditer(r"[^\r\n]*(\r\n|\r|\n|$)", text):
        if m.start() == len(text) and not m.group(0):
            break
        body_end = m.end() - len(m.group(1))
        body = text[m.start():body_end]
        lead = MARKUP_LEAD_RE.match(body).end()
        tail = MARKUP_TAIL_RE.search(body[lead:]).start() + lead if lead < len(body) else lead
        lines.append(Line(m.start(), body_end, m.start() + lead, m.start() + tail))
    return lines


def classify_heading(content: str) -> tuple[str, int, int] | None:
    """(kind, rank, length of the title part) when the line is a heading."""
    if BOX_RE.match(content) and len(content) <= MAX_HEADING:
        return ("box", 5, len(content))
    if GLOSSARY_RE.match(content):
        return ("glossary", 1, len(content))
    for kind, rank, rx in HEADING_RULES:
        if not rx.match(content):
            continue
        if rank <= 2:
            if len(content) <= MAX_HEADING and not any(c in content[:-1] for c in "。；;"):
                return (kind, rank, len(content))
            return None
        # 一、 / （一）: a standalone title, or a lead sentence run into its paragraph.
        cut = min((content.find(c) for c in "。；;：:" if c in content), default=-1)
        if cut == -1:
            return (kind, rank, len(content)) if len(content) <= MAX_LEAD_TITLE else None
        if content[cut] in "：:" and len(content.rstrip()) <= MAX_LEAD_TITLE and content[cut + 1:].strip() and \
                not any(c in content[cut + 1:] for c in "。；;！？!?，,"):
            return (kind, rank, len(content))     # 二、展望：2026年重点工作: a title and its subtitle
        return (kind, rank, cut) if cut <= MAX_LEAD_TITLE else None
    return None


def _label_and_title(kind: str, content: str) -> tuple[str, int]:
    """Split a heading into its numbering label and the offset where the title starts."""
    if kind == "box":
        m = BOX_RE.match(content)
        return f"专栏{m.group(1)}", m.end()
    if kind == "table":
        return "表格", 0
    if kind in ("glossary", "heading", "preamble"):
        return content.strip()[:20], 0
    rx = dict((k, r) for k, _, r in HEADING_RULES)[kind]
    m = rx.match(content)
    label = m.group(0).rstrip("、")
    return label, m.end()


def _is_wrapped(lines: list[Line]) -> tuple[bool, int]:
    """Hard-wrapped text (newspaper columns): most lines are short and similar in length."""
    lengths = sorted(l.end - l.start for l in lines if l.cend > l.cstart)
    if len(lengths) < 10:
        return False, 0
    p80 = lengths[int(len(lengths) * 0.8)]
    return p80 <= 45, p80


def _is_table_row(text: str, line: Line) -> bool:
    return text.count("\t", line.start, line.end) >= 2


def _next_is_item(text: str, lines: list, idx: int) -> bool:
    """Whether the next non-empty line after ``lines[idx]`` opens a numbered item."""
    for line in lines[idx + 1:idx + 3]:
        content = line.content(text)
        if content:
            return bool(ITEM_RE.match(content))
    return False


def _ends_terminal(text: str, line: Line) -> bool:
    s = text[line.cstart:line.cend].rstrip(CLOSERS + " ")
    return bool(s) and s[-1] in TERMINAL


class _Builder:
    def __init__(self, text: str, plan_id: str) -> None:
        self.text, self.plan_id = text, plan_id
        self.out = Segmented(text)
        self.stack: list[tuple[int, Section]] = []   # (rank, section)
        self.paths: set[str] = set()
        self.ordinal = 0

    # -- sections --------------------------------------------------------------
    def open_section(self, kind: str, rank: int, line: Line, title_len: int | None = None) -> Section:
        # any heading closes the preamble; otherwise close what is not above this rank
        while self.stack and (self.stack[-1][0] >= rank or self.stack[-1][1].kind == "preamble"):
            self.stack.pop()
        content = line.content(self.text)
        label, title_off = _label_and_title(kind, content)
        title_len = len(content) if title_len is None else title_len
        t0 = line.cstart + title_off
        t1 = line.cstart + title_len
        while t0 < t1 and self.text[t0] in " \t\u3000:：、.．":
            t0 += 1
        t1 = _rstrip_pos(self.text, t0, t1, " \t\u3000.…" )
        if t1 <= t0:   # a heading that is only a number: the title is the label
            t0, t1 = line.cstart, line.cstart + title_len
        parent = self.stack[-1][1] if self.stack else None
        path = f"{parent.path}/{label}" if parent else label
        base, n = path, 2
        while path in self.paths:
            path, n = f"{base}#{n}", n + 1
        self.paths.add(path)
        self.ordinal += 1
        sec = Section(f"{self.plan_id}/{path}", kind, self.text[t0:t1], t0, t1, line.start, line.end,
                      len(self.stack) + 1, self.ordinal, label, parent.id if parent else None, path)
        self.out.sections.append(sec)
        self.stack.append((rank, sec))
        return sec

    def current(self, line: Line) -> Section:
        if not self.stack:
            # text before the first heading (title page, preamble, or a news report)
            first = "前言" if self.out.sections else "正文"
            sec = Section(f"{self.plan_id}/{first}", "preamble", "", line.cstart, line.cstart,
                          line.start, line.end, 1, self.ordinal + 1, first, None, first)
            if sec.path in self.paths:
                return self.open_section("preamble", 1, line)
            self.ordinal += 1
            self.paths.add(first)
            self.out.sections.append(sec)
            self.stack.append((1, sec))
        return self.stack[-1][1]

    def extend(self, end: int) -> None:
        for _, s in self.stack:
            s.end = max(s.end, end)

    # -- paragraphs and sentences ------------------------------------------------
    def add_paragraph(self, start: int, end: int, section: Section, kind: str) -> None:
        start, end = _strip_span(self.text, start, end)
        if end <= start:
            return
        idx = len(self.out.paragraphs)
        self.out.paragraphs.append(Paragraph(start, end, section.id, kind))
        if kind == "row":
            self.out.sentences.append(Sentence(start, end, section.id, idx))
        else:
            for s, e in split_sentences(self.text, start, end):
                self.out.sentences.append(Sentence(s, e, section.id, idx))
        self.extend(end)


def _rstrip_pos(text: str, start: int, end: int, chars: str) -> int:
    while end > start and text[end - 1] in chars:
        end -= 1
    return end


_LEAD_JUNK = " \t\r\n\u3000*#>"
_TAIL_JUNK = " \t\r\n\u3000*#"


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start] in _LEAD_JUNK or text.startswith("<b>", start)
                           or text.startswith("</b>", start) or text.startswith("——", start)):
        start += 3 if text.startswith("<b>", start) else 4 if text.startswith("</b>", start) else \
            2 if text.startswith("——", start) else 1
    while end > start and (text[end - 1] in _TAIL_JUNK or text.endswith("<b>", start, end)
                           or text.endswith("</b>", start, end)):
        end -= 3 if text.endswith("<b>", start, end) else 4 if text.endswith("</b>", start, end) else 1
    return start, end


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences of text[start:end]: split after 。！？； (and ASCII !?;), closing quotes kept."""
    spans = []
    s = start
    # a sentence end and the closers after it, found by one regex scan (was a loop per character)
    for m in _SENTENCE_BREAK.finditer(text, start, end):
        spans.append((s, m.end()))
        s = m.end()
    if s < end:
        spans.append((s, end))
    out = []
    for a, b in spans:
        a, b = _strip_span(text, a, b)
        if b > a and any(map(str.isalnum, text[a:b])):
            out.append((a, b))
    return out


_SENTENCE_BREAK = re.compile(f"[{re.escape(SENTENCE_END)}][{re.escape(CLOSERS)}]*")


def segment(text: str, plan_id: str = "plan") -> Segmented:
    """Split a plan's text into sections, paragraphs, sentences and tables."""
    b = _Builder(text, plan_id)
    lines = split_lines(text)
    wrapped, width = _is_wrapped(lines)
    numbered_headings = any(classify_heading(l.content(text)) for l in lines[:2000])

    in_toc = False
    box_mode: str | None = None       # None, "items", "bold", "table"
    para_start: int | None = None
    para_end = 0
    para_kind = "paragraph"
    para_section: Section | None = None
    prev_line: Line | None = None
    blank_since_prev = False
    table: Table | None = None

    def flush() -> None:
        nonlocal para_start
        if para_start is not None and para_section is not None:
            b.add_paragraph(para_start, para_end, para_section, para_kind)
        para_start = None

    def close_table() -> None:
        nonlocal table
        if table is not None and table.rows:
            b.out.tables.append(table)
        table = None

    first_line_start = next((l.start for l in lines if l.content(text)), None)
    for idx, line in enumerate(lines):
        content = line.content(text)
        if not content:
            blank_since_prev = True
            continue
        # -- table of contents: recognised, never content ----------------------
        if TOC_TITLE_RE.match(content.replace(" ", "")):
            flush(); close_table()
            in_toc = True
            continue
        if in_toc or TOC_LINE_RE.search(text[line.start:line.end]):
            if TOC_LINE_RE.search(text[line.start:line.end]) or (in_toc and classify_heading(content)
                                                                  and len(content) < MAX_HEADING):
                continue
            in_toc = False
        # -- headings ---------------------------------------------------------------
        heading = classify_heading(content)
        if heading is None and not numbered_headings and _is_news_subheading(text, lines, idx, prev_line):
            heading = ("heading", 1, len(content))
        group_head = False
        if heading and _box_item(text, b, heading, content, box_mode):
            heading = None       # （一）X工程：描述 inside a 专栏: an item of the box, numbered like a part
            boxed_item = True
        else:
            boxed_item = False
            if heading and _box_group_head(b, heading, content, box_mode) and _next_is_item(text, lines, idx):
                heading = None   # （一）奶源建设 over the items 1．2．… of a 专栏: a group of the box, not a part
                group_head = True
        if heading:
            kind, rank, title_len = heading
            flush(); close_table()
            sec = b.open_section(kind, rank, line, title_len)
            box_mode = "start" if kind == "box" else None
            if title_len < len(content):
                # a lead title run into its paragraph: the rest is the section's first paragraph
                para_start, para_end, para_kind, para_section = line.cstart, line.cend, "paragraph", sec
            b.extend(line.cend)
            prev_line, blank_since_prev = line, False
            continue
        # -- boxes end where their kind of content ends ---------------------------------
        is_row = _is_table_row(text, line)
        is_item = boxed_item or bool(ITEM_RE.match(content))
        is_bold = "**" in text[line.start:line.cstart]
        if box_mode == "start":
            box_mode = "table" if is_row else "items" if is_item or group_head else "bold" if is_bold else "text"
        elif box_mode is not None and b.stack and b.stack[-1][1].kind in ("box", "table"):
            # a line carrying on an item a hard wrap broke (no blank line between: after one, text that
            # follows an unpunctuated last item is the prose after the box)
            continuation = (not is_row and not is_item and not is_bold and prev_line is not None
                            and not _ends_terminal(text, prev_line) and not blank_since_prev)
            if box_mode == "items" and not is_row and not is_item and not blank_since_prev and (
                    BOX_FIELD_LINE_RE.match(content) or
                    (BOX_GROUP_LINE_RE.match(content) and _next_is_item(text, lines, idx))):
                continuation = True     # an item's field on a line of its own, or a group heading of the next items
            continuation = continuation or group_head
            ends = {"table": not is_row,
                    "items": not (is_item or is_row or continuation),
                    "bold": False,
                    "text": False}[box_mode]
            if ends:
                flush(); close_table()
                while b.stack and b.stack[-1][1].kind in ("box", "table"):
                    b.stack.pop()
                box_mode = None
        # -- tables -------------------------------------------------------------------
        if is_row:
            flush()
            if table is None:
                cur = b.current(line)
                if cur.kind == "box":   # the box's own table carries the box's title
                    sec = b.open_section("table", 6, line, 0)
                    sec.title, sec.title_start, sec.title_end = cur.title, cur.title_start, cur.title_end
                else:                   # a free-standing table is titled by its header row
                    sec = b.open_section("table", 6, line, 0)
                    sec.title_start, sec.title_end = line.cstart, line.cend
                    sec.title = text[line.cstart:line.cend]
                cur = sec
                table = Table(cur.id, [], [])
            cells = _cells(text, line)
            table.rows.append(cells)
            table.row_spans.append((line.start, line.end))
            b.add_paragraph(line.start, line.end, b.stack[-1][1], "row")
            prev_line, blank_since_prev = line, False
            continue
        if table is not None:
            close_table()
            while b.stack and b.stack[-1][1].kind == "table":
                b.stack.pop()
        # -- paragraphs ----------------------------------------------------------------
        sec = b.current(line)
        new_para = (
            para_start is None
            or para_section is not sec
            or is_item or is_bold or group_head
            or (prev_line is not None and _ends_terminal(text, prev_line)
                and (not wrapped or blank_since_prev or (prev_line.end - prev_line.start) < width - 2))
            # a news headline with no stop (…跑出“加速度” 2026年计划完成投资185亿元) is no part of the lead after it
            or (blank_since_prev and prev_line is not None and prev_line.start == first_line_start)
        )
        if new_para:
            flush()
            para_start, para_section = line.cstart, sec
            para_kind = "item" if is_item else "paragraph"
        para_end = line.cend
        prev_line, blank_since_prev = line, False
    flush(); close_table()
    _enclose_children(b.out.sections)
    return b.out.finish()


def _box_item(text: str, b: "_Builder", heading: tuple[str, int, int], content: str, box_mode: str | None) -> bool:
    """A line numbered （一）/一、 in an open 专栏 box whose lead runs into a description after a colon
    (``（二）某街道老旧小区改造工程：改造小区20个``) is one of the box's items, not a part of the chapter: a
    part's run-in title ends with 。 (``（一）全力壮大乳业全产业链。…``)."""
    title_len = heading[2]
    return _part_in_open_box(b, heading, box_mode) and title_len < len(content) and content[title_len] in "：:"


def _box_group_head(b: "_Builder", heading: tuple[str, int, int], content: str, box_mode: str | None) -> bool:
    """A bare numbered title (``（二）精深加工``: no colon, no stop) in an open 专栏 box of items."""
    return _part_in_open_box(b, heading, box_mode) and heading[2] == len(content) and len(content) <= 20 \
        and not any(c in content for c in "。；;：:，,")


def _part_in_open_box(b: "_Builder", heading: tuple[str, int, int], box_mode: str | None) -> bool:
    """A heading numbered like a part (（一）, 一、) while a 专栏 box of items is open."""
    return heading[0] in ("part", "subpart") and box_mode in ("start", "items") and bool(b.stack) \
        and b.stack[-1][1].kind == "box"


def _enclose_children(sections: list[Section]) -> None:
    """Widen each section to cover its children (a table row's trailing cells can outrun its chapter).

    Parents precede children in document order, so one pass from the end carries widths upward.
    """
    by_id = {s.id: s for s in sections}
    for s in reversed(sections):
        parent = by_id.get(s.parent) if s.parent else None
        if parent is not None:
            parent.start, parent.end = min(parent.start, s.start), max(parent.end, s.end)


def _cells(text: str, line: Line) -> list[tuple[int, int]]:
    cells = []
    pos = line.start
    for part in text[line.start:line.end].split("\t"):
        a, e = pos, pos + len(part)
        while a < e and text[a].isspace():
            a += 1
        while e > a and text[e - 1].isspace():
            e -= 1
        cells.append((a, e))
        pos += len(part) + 1
    return cells


def _is_news_subheading(text: str, lines: list[Line], idx: int, prev: Line | None) -> bool:
    """A short unpunctuated line standing alone between blank lines (news subheads)."""
    line = lines[idx]
    content = line.content(text)
    if not (4 <= len(content) <= 24) or any(c in content for c in "。，,；;：:！？!?、"):
        return False
    before_blank = idx == 0 or not lines[idx - 1].content(text)
    after_blank = idx + 1 >= len(lines) or not lines[idx + 1].content(text)
    prev_done = prev is None or _ends_terminal(text, prev)
    return before_blank and after_blank and prev_done
