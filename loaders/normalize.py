"""Normalise text for matching without losing the way back to the original.

Plans mix full-width and half-width forms, put stray spaces inside Chinese
("二 〇 三五", "6% 左右") and hard-wrap paragraphs.  Extractors match on the
normalised form; :meth:`NormText.span` maps a match back to original offsets so
that evidence always cites ``original[start:end]`` exactly.

>>> n = NormText.of("到２０２５年，\\n森林 覆盖率达到 41%")
>>> n.text
'到2025年,森林覆盖率达到41%'
>>> i = n.text.index("森林覆盖率")
>>> start, end = n.span(i, i + 5)
>>> n.source[start:end]
'森林 覆盖率'
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass


def is_cjk(ch: str) -> bool:
    o = ord(ch)
    return (0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0x3000 <= o <= 0x303F
            or 0xFF00 <= o <= 0xFFEF or 0x2E80 <= o <= 0x2FDF or 0x20000 <= o <= 0x2FA1F
            or ch in "〇“”‘’—…·《》")


def _fold(ch: str) -> str:
    # NFKC folds full-width letters, digits and punctuation to ASCII; keep a few
    # CJK marks that NFKC would otherwise expand or that carry meaning here.
    if ch in "〇“”‘’—…":
        return ch
    out = unicodedata.normalize("NFKC", ch)
    return out if out else ch


@dataclass
class NormText:
    """Normalised text plus, for each of its characters, the original offset."""

    source: str
    base: int
    text: str
    index: list[int]

    @classmethod
    def of(cls, source: str, start: int = 0, end: int | None = None) -> "NormText":
        end = len(source) if end is None else end
        out: list[str] = []
        idx: list[int] = []
        i = start
        while i < end:
            ch = source[i]
            if ch.isspace():
                j = i
                while j < end and source[j].isspace():
                    j += 1
                prev = out[-1] if out else ""
                nxt = source[j] if j < end else ""
                # Drop white space (including wrapped line breaks) that touches CJK
                # text; keep one space between two Latin words or numbers.
                if prev and nxt and not (is_cjk(prev) or is_cjk(nxt)):
                    out.append(" ")
                    idx.append(i)
                i = j
                continue
            for c in _fold(ch):
                out.append(c)
                idx.append(i)
            i += 1
        return cls(source, start, "".join(out), idx)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) for normalised [start, end)."""
        if end <= start:
            o = self.index[start] if start < len(self.index) else (self.index[-1] + 1 if self.index else self.base)
            return o, o
        return self.index[start], self.index[end - 1] + 1


def normalize(text: str) -> str:
    """The normalised form of a string (for keys and comparisons).

    >>> normalize("二 〇 三五年")
    '二〇三五年'
    """
    return NormText.of(text).text
