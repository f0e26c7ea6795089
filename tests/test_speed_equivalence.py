"""The fast paths of the loaders give exactly what the plain versions they replaced gave."""
from __future__ import annotations

import random
import sys
import unicodedata

from loaders.extract.units import nsqueeze


def _nsqueeze_plain(text: str, start: int, end: int) -> tuple[str, list[int]]:
    chars, pos = [], []
    for i in range(start, end):
        c = text[i]
        if c.isspace():
            continue
        for n in unicodedata.normalize("NFKC", c):
            if not n.isspace():
                chars.append(n)
                pos.append(i)
    return "".join(chars), pos


def test_nsqueeze_matches_the_character_by_character_version_on_every_code_point():
    # every code point once (surrogates excluded: str.translate cannot hold them either way)
    chars = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF]
    for k in range(0, len(chars), 4096):
        text = "甲" + "".join(chars[k:k + 4096]) + "乙"
        assert nsqueeze(text, 0, len(text)) == _nsqueeze_plain(text, 0, len(text))
        assert nsqueeze(text, 1, len(text) - 3) == _nsqueeze_plain(text, 1, len(text) - 3)


def test_nsqueeze_matches_on_plan_like_text():
    rng = random.Random(7)
    alphabet = list("水质达到类，。、：；（）％２０25年\n \u3000\tⅣⅫ①㎡℃ｍ¨\u00a0亿元") + ["\r\n"]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        a = rng.randint(0, len(text))
        b = rng.randint(a, len(text))
        assert nsqueeze(text, a, b) == _nsqueeze_plain(text, a, b)


def test_lcut_matches_jieba_on_the_bundled_plans_and_random_text(docs):
    import jieba

    from loaders.extract import entities as E

    E.resources()      # the project's user words are in jieba's dictionary, as during extraction
    texts = [d.text[i:i + 300] for d in docs for i in range(0, len(d.text), 300)]
    rng = random.Random(11)
    pool = "".join(d.text[:2000] for d in docs) + "ABCxyz0123 .-_+#&%\n\t，。、“”（）Ⅳ２０"
    texts += ["".join(rng.choice(pool) for _ in range(rng.randint(0, 60))) for _ in range(3000)]
    for t in texts:
        assert E._lcut(t) == jieba.lcut(t), t


def _split_sentences_plain(text: str, start: int, end: int) -> list[tuple[int, int]]:
    from loaders.segment import CLOSERS, SENTENCE_END, _strip_span
    spans = []
    s = i = start
    while i < end:
        if text[i] in SENTENCE_END:
            j = i + 1
            while j < end and text[j] in CLOSERS:
                j += 1
            spans.append((s, j))
            s = i = j
            continue
        i += 1
    if s < end:
        spans.append((s, end))
    out = []
    for a, b in spans:
        a, b = _strip_span(text, a, b)
        if b > a and any(ch.isalnum() for ch in text[a:b]):
            out.append((a, b))
    return out


def test_split_sentences_matches_the_character_loop(docs):
    from loaders.segment import split_sentences
    rng = random.Random(5)
    alphabet = list("甲乙丙。！？；!?;”’」』）)】》*“（ \n\u3000#>") + ["<b>", "</b>", "——"]
    texts = [d.text for d in docs] + ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 50)))
                                      for _ in range(3000)]
    for t in texts:
        for a, b in [(0, len(t)), (min(3, len(t)), max(min(3, len(t)), len(t) - 2))]:
            assert split_sentences(t, a, b) == _split_sentences_plain(t, a, b)
