"""Property-based tests: any text — random Unicode, control characters, half-made headings —
reads and segments without crashing, and every span cites the text exactly."""
from __future__ import annotations

import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from loaders.normalize import NormText
from loaders.read import PlanError, decode
from loaders.segment import segment

# Pieces of plan structure, so random text often contains headings, boxes, tables and list items.
PLAN_PIECES = st.sampled_from([
    "第一章 总则\n", "第二节 目标", "一、", "（二）", "专栏1 重点项目\n", "专栏", "目录\n", "名词解释\n",
    "# 第三章 发展\n", "<b>第四章</b>", "序号\t指标\t2025年\n", "1.", "①", "——", "。", "；", "！", "？",
    "\n", "\r\n", "\r", "\t", " ", "\u3000", "……", "“", "”", "到2025年，森林覆盖率达到41%。", "乌素图",
    "\ufeff", "\x00", "\x0b", "\u2028", "\u202e", "🌸",
])
PLAN_LIKE = st.lists(st.one_of(PLAN_PIECES, st.text(max_size=12)), max_size=60).map("".join)
ANY_TEXT = st.one_of(st.text(max_size=400), PLAN_LIKE,
                     st.text(alphabet=string.printable + "第章节一二三四五专栏。；\t\n", max_size=300))

SETTINGS = settings(max_examples=int(__import__("os").environ.get("PLANGRAPH_FUZZ", 300)), deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_spans(text: str) -> None:
    seg = segment(text, "p")
    n = len(text)
    ids = {s.id for s in seg.sections}
    assert len(ids) == len(seg.sections), "section ids are unique"
    for s in seg.sections:
        assert 0 <= s.start <= s.end <= n
        assert 0 <= s.title_start <= s.title_end <= n
        # a box's table is titled by its box heading, which lies just before the table itself
        assert s.title_start >= s.start or s.kind == "table"
        assert text[s.title_start:s.title_end] == s.title
        assert s.parent is None or s.parent in ids
        if s.parent:
            parent = seg.section(s.parent)
            assert parent.start <= s.start and s.end <= parent.end, "a section lies inside its parent"
    for p in seg.paragraphs:
        assert 0 <= p.start < p.end <= n and p.section in ids | {None}
        assert text[p.start:p.end].strip(), "a paragraph is never blank"
    for sent in seg.sentences:
        assert 0 <= sent.start < sent.end <= n
        para = seg.paragraphs[sent.paragraph]
        assert para.start <= sent.start and sent.end <= para.end, "a sentence lies inside its paragraph"
        assert text[sent.start:sent.end] == text[sent.start:sent.end].strip() or \
            text[sent.start:sent.end].strip(), "a sentence is never blank"
    for table in seg.tables:
        for row in table.rows:
            for start, end in row:
                assert 0 <= start <= end <= n


@SETTINGS
@given(ANY_TEXT)
def test_segment_never_crashes_and_spans_cite_the_text(text):
    check_spans(text)


@SETTINGS
@given(st.binary(max_size=600))
def test_decode_any_bytes_gives_text_or_a_named_error(data):
    try:
        text, encoding = decode(data, "random.txt")
    except PlanError as err:
        assert "random.txt" in str(err)
        return
    assert encoding in ("utf-8", "utf-8-sig", "gb18030")
    if data.startswith(b"\xef\xbb\xbf") and not data.startswith(b"\xef\xbb\xbf" * 2):
        assert not text.startswith("\ufeff"), "the BOM is not part of the text"
    check_spans(text)


@SETTINGS
@given(PLAN_LIKE, st.sampled_from(["utf-8", "utf-8-sig", "gb18030"]))
def test_encodings_round_trip(text, encoding):
    if not any("\u4e00" <= ch <= "\u9fff" for ch in text) and any("\u0080" <= ch <= "\u02ff" for ch in text):
        return      # Latin-1 oddities and no Chinese: the one case where UTF-8 and GBK are ambiguous
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        return
    try:
        decoded, _ = decode(data, "plan.txt")
    except PlanError:
        return      # blank, or too many control characters to be a plan: reported, not crashed
    # a BOM is never part of the decoded text, whichever encoding carried it
    if encoding == "utf-8-sig":
        assert decoded == text
    else:
        assert decoded in (text, text.removeprefix("\ufeff"))


@SETTINGS
@given(ANY_TEXT, st.data())
def test_normalised_offsets_map_back_into_the_source(text, data):
    norm = NormText.of(text)
    if not norm.text:
        return
    i = data.draw(st.integers(0, len(norm.text) - 1))
    j = data.draw(st.integers(i + 1, len(norm.text)))
    start, end = norm.span(i, j)
    assert 0 <= start < end <= len(text)
    # the source span, normalised again, holds what was matched
    assert norm.text[i:j].replace(" ", "") in NormText.of(text[start:end]).text.replace(" ", "") or \
        len(norm.text[i:j]) != len(text[start:end])
