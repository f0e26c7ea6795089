"""The synthetic benchmark corpus: deterministic, plan-shaped, and free of the sources' sentences."""
from __future__ import annotations

import re

from bench.corpus import generate, write_corpus
from loaders.segment import segment
from tests.conftest import PLANS


def test_same_seed_same_corpus():
    assert [t for _, t, _ in generate(3, seed=1)] == [t for _, t, _ in generate(3, seed=1)]
    assert [t for _, t, _ in generate(3, seed=1)] != [t for _, t, _ in generate(3, seed=2)]


def test_documents_have_plan_structure():
    _, text, _ = next(generate(1, seed=5))
    seg = segment(text, "s")
    kinds = {s.kind for s in seg.sections}
    assert {"chapter", "section", "box", "table"} <= kinds
    assert len(seg.tables) == 1 and seg.tables[0].rows[0][0] != seg.tables[0].rows[0][1]
    assert not any(s.title.endswith(tuple("0123456789")) and "…" in s.title for s in seg.sections), \
        "the table of contents is not content"
    assert 60_000 < len(text.encode()) < 160_000


def test_no_sentence_of_the_sources_appears():
    sources = "".join(p.read_text(encoding="utf-8") for p in PLANS.glob("*.txt"))
    source_sentences = {s for s in re.split(r"[。；！？\n]", sources) if len(s) >= 12}
    for _, text, _ in generate(5, seed=3):
        ours = {s for s in re.split(r"[。；！？\n]", text) if len(s) >= 12}
        assert not ours & source_sentences


def test_written_corpus_has_a_manifest(tmp_path):
    out = write_corpus(4, tmp_path / "c")
    lines = (out / "manifest.csv").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 5 and lines[0].startswith("id,")
    assert len(list(out.glob("*.txt"))) == 4
