"""Evidence in context: the paragraph around a mention, its sentence, and HTML that highlights both.

Offsets are into the plan's decoded text (``text[start:end] == evidence text``).

>>> t = "第一章\\n回民区位于呼和浩特市。乌素图位于回民区，带动旅游。\\n下一段"
>>> c = context(t, t.index("乌素图"), t.index("乌素图") + 3)
>>> t[c.p0:c.p1], t[c.s0:c.s1]
('回民区位于呼和浩特市。乌素图位于回民区，带动旅游。', '乌素图位于回民区，带动旅游。')
>>> highlight_html(t, c, t.index("乌素图"), t.index("乌素图") + 3)
'回民区位于呼和浩特市。<span class="pg-sent"><mark>乌素图</mark>位于回民区，带动旅游。</span>'
"""
from __future__ import annotations

import html
from bisect import bisect_right
from dataclasses import dataclass

SENTENCE_ENDS = "。！？；!?;"
#: paragraphs longer than this are cut around the sentence (tables and run-on text can be long).
MAX_PARAGRAPH = 700


@dataclass(frozen=True)
class Context:
    p0: int  # paragraph start
    p1: int  # paragraph end (exclusive)
    s0: int  # sentence start
    s1: int  # sentence end (exclusive, includes the full stop)


Spans = list[tuple[int, int]]   # sorted, non-overlapping (start, end) pairs


def _covering(spans: Spans | None, pos: int) -> tuple[int, int] | None:
    if not spans:
        return None
    i = bisect_right(spans, (pos, float("inf"))) - 1
    return spans[i] if i >= 0 and spans[i][0] <= pos < spans[i][1] else None


def context(text: str, start: int, end: int, paragraphs: Spans | None = None,
            sentences: Spans | None = None) -> Context:
    """Paragraph and sentence around ``text[start:end]``.

    With the segmenter's ``paragraphs``/``sentences`` spans (which know hard-wrapped lines), those are
    used; otherwise a paragraph runs between newlines and a sentence between 。！？；.

    >>> t = "上一段。\\n甲乙丙丁，\\n戊己。庚辛。\\n下一段"
    >>> c = context(t, 11, 13, paragraphs=[(0, 4), (5, 17), (18, 21)], sentences=[(5, 14), (14, 17)])
    >>> t[c.p0:c.p1], t[c.s0:c.s1]
    ('甲乙丙丁，\\n戊己。庚辛。', '甲乙丙丁，\\n戊己。')
    """
    para, p_last = _covering(paragraphs, start), _covering(paragraphs, max(start, end - 1))
    if para and p_last:
        s_first, s_last = _covering(sentences, start), _covering(sentences, max(start, end - 1))
        s0 = s_first[0] if s_first else start
        s1 = s_last[1] if s_last else end
        return Context(para[0], max(p_last[1], end), min(s0, start), max(s1, end))
    p0 = text.rfind("\n", 0, start) + 1
    p1 = text.find("\n", end)
    p1 = len(text) if p1 == -1 else p1
    p1 = max(p1, end)
    s0 = max([text.rfind(c, p0, start) for c in SENTENCE_ENDS] + [p0 - 1]) + 1
    s0 = max(s0, p0)
    ends = [i for i in (text.find(c, end, p1) for c in SENTENCE_ENDS) if i != -1]
    s1 = min(ends) + 1 if ends else p1
    # an evidence text that itself ends with a full stop is already the whole sentence
    if end > start and text[end - 1] in SENTENCE_ENDS:
        s1 = end
    return Context(p0, p1, min(s0, start), max(s1, end))


def highlight_html(text: str, ctx: Context, start: int, end: int, max_len: int = MAX_PARAGRAPH) -> str:
    """The paragraph as HTML: the sentence in a ``pg-sent`` span, the mention in ``<mark>``."""
    return highlight_many(text, ctx.p0, ctx.p1, [(ctx.s0, ctx.s1)], [(start, end)], max_len)


def highlight_many(text: str, p0: int, p1: int, sentences: Spans, marks: Spans,
                   max_len: int = MAX_PARAGRAPH) -> str:
    """A paragraph ``text[p0:p1]`` as HTML with several sentences and mentions highlighted.

    >>> highlight_many("甲乙。丙丁。", 0, 6, [(0, 3), (3, 6)], [(0, 1), (4, 5)])
    '<span class="pg-sent"><mark>甲</mark>乙。丙<mark>丁</mark>。</span>'
    """
    full0, full1 = p0, p1
    if p1 - p0 > max_len:   # keep the highlighted sentences and some context either side
        lo, hi = min(a for a, _ in sentences), max(b for _, b in sentences)
        spare = max(0, max_len - (hi - lo)) // 2
        p0, p1 = max(full0, lo - spare), min(full1, hi + spare)
    cuts = sorted({p0, p1, *(x for a, b in sentences + marks for x in (a, b) if p0 < x < p1)})
    out = ["…" if p0 > full0 else ""]
    in_sent = in_mark = False
    for a, b in zip(cuts, cuts[1:]):
        sent = any(s0 <= a and b <= s1 for s0, s1 in sentences)
        mark = any(m0 <= a and b <= m1 for m0, m1 in marks)
        if in_mark and not mark:
            out.append("</mark>")
        if in_sent != sent:
            out.append('<span class="pg-sent">' if sent else "</span>")
            if in_mark and mark:   # keep tags nested: reopen the mark inside the new span
                out.insert(-1, "</mark>")
                out.append("<mark>")
        if mark and not in_mark:
            out.append("<mark>")
        in_sent, in_mark = sent, mark
        out.append(html.escape(text[a:b]))
    out.append(("</mark>" if in_mark else "") + ("</span>" if in_sent else "") + ("…" if p1 < full1 else ""))
    # hard-wrapped source lines are joined for reading (the offsets shown still cite the file)
    return "".join(out).replace("\n", "")


def evidence_html(text: str | None, start: int, end: int, quoted: str, paragraphs: Spans | None = None,
                  sentences: Spans | None = None) -> str:
    """Highlighted paragraph for an evidence span; just the quoted text when the plan text is missing
    or does not match the offsets (the evidence is then shown as stored)."""
    if not text or text[start:end] != quoted:
        return "<mark>" + html.escape(quoted) + "</mark>"
    return highlight_html(text, context(text, start, end, paragraphs, sentences), start, end)


CSS = """
<style>
.pg-ev {border-left: 3px solid #c8c8c8; padding: 0.2rem 0.6rem; margin: 0.2rem 0 0.6rem 0;
        line-height: 1.7; color: #333;}
.pg-ev .pg-sent {background: #fff3c4;}
.pg-ev mark {background: #ffb74d; padding: 0 1px; font-weight: 600;}
.pg-src {color: #777; font-size: 0.85em;}
</style>
"""
