"""Numbers, units and comparators as Chinese plans write targets.

Plans state a target as a number with its unit and a word that says how to read
it: ``85%以上`` (at least), ``控制在35微克/立方米`` (at most), ``6%左右`` (about).
:func:`parse_target` reads one such string; :func:`squeeze` removes the spaces
and hard-wrap line breaks some files put inside numbers and names, keeping a map
back to the file offsets.

>>> parse_target("810亿左右")
(810.0, '亿', '≈')
>>> parse_target("≥2")
(2.0, '', '≥')
>>> parse_target("85 % 以上")
(85.0, '%', '≥')
>>> parse_target("达到国家和自治区要求")
(None, '', '')
>>> parse_target("12EFLOPS以上")
(12.0, 'EFLOPS', '≥')
"""
from __future__ import annotations

import re
import unicodedata

NUMBER = r"\d+(?:\.\d+)?"
#: units a target number is written with (longest first so 微克/立方米 wins over 米).
UNITS = sorted("""% ‰ 个百分点 百分点 亿元 万元 元 亿美元 万美元 美元 亿 万 千 微克/立方米 毫克/立方米 立方米 平方米 平方公里 公里 千米 米
亩 万亩 公顷 吨 万吨 斤 万斤 亿斤 公斤 头 万头 只 万只 株 万株 羊单位 万羊单位 标准箱 万标准箱 千瓦 万千瓦 千瓦时 家 个 项 件 人次 万人次 人 万人 名 所 张 座 条 处 次 天 年 岁 户 套 床 辆 台 吨标准煤 场 册 部 列 场次 个工作日 工作日 小时 分钟
万元/人 元/人 人/万人 平方米/人 张/千人 人/千人 /10万 /十万 /万 公里/平方公里 千米/平方千米
EFLOPS PFLOPS TFLOPS EFlops PFlops 标准机架 万标准机架 万架 架 兆瓦 吉瓦 GW MW 万千伏安 Gbps 倍
万亿元 万亿 万台 万辆 万户 万套 万张 万件 万个 万家 万平方米 万立方米 亿立方米 万千瓦时 亿千瓦时 万吨标准煤 亿人次""".split(), key=len, reverse=True)
UNIT_RE = "|".join(re.escape(u) for u in UNITS)
#: the last character of a unit written in brackets after an indicator name: （万头）, （万千瓦时）
MEASURE_WORDS = set("元吨米亩头只株个人家件项次辆台座所张床户天年岁时瓦度斤克升位处条篇部册本场份间栋架列片棵眼幢")

AT_LEAST_BEFORE = ("不低于", "不少于", "超过", "超", "突破", "高于", "大于", "≥", ">=", "＞=", ">", "以上",
                   "跨越", "迈上", "跃上", "站上")
AT_MOST_BEFORE = ("不超过", "不高于", "控制在", "低于", "小于", "≤", "<=", "<", "以内", "以下", "之内", "之下")
ABOUT = ("左右", "上下", "约", "大约", "近", "≈")
AT_LEAST_AFTER = ("以上", "及以上", "+")
AT_MOST_AFTER = ("以内", "以下", "之内", "之下")


def norm(s: str) -> str:
    """NFKC (full-width digits and ％ become ASCII) without spaces or line breaks."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def comparator(before: str, after: str) -> str:
    """≥ ≤ ≈ or = from the words around a number.

    >>> comparator("控制在", "以内"), comparator("达到", "以上"), comparator("", "左右"), comparator("达到", "")
    ('≤', '≥', '≈', '=')
    >>> comparator("不超过", ""), comparator("不高于", ""), comparator("不低于", "")
    ('≤', '≤', '≥')
    """
    after, before = norm(after), norm(before)
    if any(after.startswith(w) for w in AT_LEAST_AFTER):
        return "≥"
    if any(after.startswith(w) for w in AT_MOST_AFTER):
        return "≤"
    if any(after.startswith(w) for w in ABOUT) or any(before.endswith(w) for w in ABOUT):
        return "≈"
    # the longest word wins: 不超过 ends in 超过 and 不高于 in 高于, which alone say the opposite
    said = max((w for w in AT_LEAST_BEFORE + AT_MOST_BEFORE if before.endswith(w)), key=len, default="")
    if said:
        return "≥" if said in AT_LEAST_BEFORE else "≤"
    return "="


_VALUE = re.compile(rf"(?P<before>[^\d]*?)(?P<num>{NUMBER})\s*(?P<unit>{UNIT_RE})?(?P<after>.*)$")


def parse_target(written: str | None) -> tuple[float | None, str, str]:
    """(value, unit, comparator) of a target as written; (None, '', '') when it has no number.

    >>> parse_target("<4.5"), parse_target("＞90")
    ((4.5, '', '≤'), (90.0, '', '≥'))
    >>> parse_target("12/10万以下")
    (12.0, '1/10万', '≤')
    """
    s = norm(written or "")
    m = _VALUE.match(s)
    if not m:
        return None, "", ""
    return float(m.group("num")), rate_unit(m.group("unit") or ""), comparator(m.group("before"), m.group("after"))


def rate_unit(unit: str) -> str:
    """A rate per population written after its figure (``12/10万``: 12 per 100,000) as its unit, ``1/10万``."""
    return "1/10万" if unit in ("/10万", "/十万") else "1/万" if unit == "/万" else unit


def unit_in_name(name: str) -> tuple[str, str]:
    """Split a unit written in brackets after an indicator name: ``地区生产总值（亿元）``.

    >>> unit_in_name("地区生产总值（亿元）")
    ('地区生产总值', '亿元')
    >>> unit_in_name("奶牛存栏（万头）")
    ('奶牛存栏', '万头')
    >>> unit_in_name("每千人口拥有职业(助理)医师人数")
    ('每千人口拥有职业(助理)医师人数', '')
    """
    s = unicodedata.normalize("NFKC", name).strip()
    m = re.search(r"\s*\(([^()]{1,12})\)\s*$", s)
    inner = m.group(1).strip() if m else ""
    if m and (re.fullmatch(rf"(?:{UNIT_RE})", inner) or "/" in inner or "%" in inner or "‰" in inner
              or (len(inner) <= 4 and inner[-1] in MEASURE_WORDS)):
        return s[:m.start()].strip(), m.group(1).strip()
    return s, ""


def squeeze(text: str, start: int, end: int) -> tuple[str, list[int]]:
    """text[start:end] without white space, and each kept character's offset in text."""
    chars, pos = [], []
    for i in range(start, end):
        c = text[i]
        if not c.isspace():
            chars.append(c)
            pos.append(i)
    return "".join(chars), pos


def nsqueeze(text: str, start: int, end: int) -> tuple[str, list[int]]:
    """Like :func:`squeeze`, NFKC-normalised character by character (Ⅳ → IV keeps both letters' offsets).

    >>> nsqueeze("水质达到Ⅳ 类", 0, 7)
    ('水质达到IV类', [0, 1, 2, 3, 4, 4, 6])
    """
    # one C-level translate through a per-character table instead of a normalize() call per
    # character (this ran over every sentence twice, for goals and indicators); offsets are a plain
    # range except around the few characters that drop out or expand (white space, Ⅳ)
    seg = text[start:end]
    out = seg.translate(_NFKC_CHARS)
    irregular = _NFKC_CHARS.irregular_re()
    if irregular is None or irregular.search(seg) is None:
        return out, list(range(start, end))
    pos: list[int] = []
    last = 0
    for m in irregular.finditer(seg):
        i = m.start()
        pos.extend(range(start + last, start + i))
        pos.extend([start + i] * len(_NFKC_CHARS[ord(seg[i])]))
        last = i + 1
    pos.extend(range(start + last, end))
    return out, pos


class _NfkcChars(dict):
    """ord(c) -> what :func:`nsqueeze` keeps of c: its NFKC form without white space ("" for white space).

    Filled on demand by ``str.translate`` (through ``__missing__``); the characters that do not map to
    exactly one character are collected into one character-class regex.
    """

    def __init__(self) -> None:
        super().__init__()
        self.irregular: set[str] = set()
        self._re = None
        self._re_size = 0

    def __missing__(self, code: int) -> str:
        c = chr(code)
        kept = "" if c.isspace() else "".join(n for n in unicodedata.normalize("NFKC", c) if not n.isspace())
        self[code] = kept
        if len(kept) != 1:
            self.irregular.add(c)
        return kept

    def irregular_re(self):
        if self._re_size != len(self.irregular):
            self._re = re.compile("[" + "".join(re.escape(c) for c in sorted(self.irregular)) + "]")
            self._re_size = len(self.irregular)
        return self._re


_NFKC_CHARS = _NfkcChars()


def year_of(s: str) -> int | None:
    """A four-digit year in a phrase, or the year 十四五/十五五/远景 stand for.

    >>> year_of("到2025年"), year_of("“十四五”期间"), year_of("二〇三五年远景目标")
    (2025, 2025, 2035)
    """
    s = norm(s)
    m = re.search(r"(20\d\d)年", s)
    if m:
        return int(m.group(1))
    if "二〇三五" in s or "二〇三五" in s or "二零三五" in s or "远景" in s:
        return 2035
    m = re.search(r"十([一二三四五])五", s)
    if m:
        return {"一": 2010, "二": 2015, "三": 2020, "四": 2025, "五": 2030}[m.group(1)]
    return None
