"""Bad input: every kind of broken or unusual plan either loads correctly or is reported by file
(and line where it applies) with a clear message, and the rest of the build completes."""
from __future__ import annotations

import json
import shutil

import pytest

from graph.store import LadybugStore
from loaders.read import read_plans
from loaders.segment import segment
from tests.conftest import PLANS, run_cli

GOOD_PLAN = ("第一章 发展基础\n第一节 总体目标\n到2025年，森林覆盖率达到41%，空气质量优良天数比率达到85%以上。\n"
             "第二章 重点任务\n推进乌素图杏花节提档升级，发展文化旅游业。\n")


def cite_exactly(text: str, plan_id: str = "p") -> None:
    seg = segment(text, plan_id)
    assert seg.sections and seg.sentences
    for s in seg.sentences:
        assert text[s.start:s.end].strip()
    for s in seg.sections:
        assert text[s.title_start:s.title_end] == s.title


@pytest.fixture(scope="module")
def bad_folder(tmp_path_factory):
    """A plans folder holding one of each kind of trouble, plus one ordinary plan."""
    d = tmp_path_factory.mktemp("bad")
    (d / "empty.txt").write_bytes(b"")
    (d / "blank.txt").write_bytes(b"\xef\xbb\xbf \n\t\n")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (d / "garbled.txt").write_bytes(GOOD_PLAN.encode() + b"\n\xff\xfe\xfa\xfb broken\n")
    (d / "gbk.txt").write_bytes(GOOD_PLAN.replace("乌素图", "呼市").encode("gbk"))
    (d / "gb18030.txt").write_bytes((GOOD_PLAN + "𠀀字出现在扩展区。\n").encode("gb18030"))
    (d / "bom.txt").write_bytes(b"\xef\xbb\xbf" + GOOD_PLAN.encode())
    (d / "mixed_endings.txt").write_bytes(GOOD_PLAN.replace("\n", "\r\n", 2).replace("\n", "\r", 1).encode())
    (d / "no_headings.txt").write_text("回民区持续优化营商环境。全年新增市场主体3000户；\n推进老旧小区改造。\n",
                                       encoding="utf-8")
    (d / "ragged_table.txt").write_text(
        "第一章 主要指标\n专栏1 主要指标\n序号\t指标\t2020年\t2025年\t属性\n1\t地区生产总值（亿元）\t300\t\t预期性\n"
        "2\t森林覆盖率（%）\t35\n3\t\t\t\t\n第二章 任务\n发展现代服务业。\n", encoding="utf-8")
    shutil.copy(PLANS / "000_528219139979d175.txt", d / "news.txt")
    (d / "twin.txt").write_text(GOOD_PLAN, encoding="utf-8")
    (d / "manifest.csv").write_text(
        "id,title,place,issuer,year,period,kind,file\n"
        "news,新闻,回民区,,2023,,news,news.txt\n"
        "gone,不存在的规划,回民区,,2021,,plan,missing.txt\n"
        "news,重复的编号,回民区,,2021,,plan,twin.txt\n"
        "nofile,没有文件,,,,,,\n", encoding="utf-8")
    return d


@pytest.fixture(scope="module")
def bad_build(bad_folder, tmp_path_factory):
    db = tmp_path_factory.mktemp("baddb") / "g.lbug"
    r = run_cli("build", "--plans", str(bad_folder), "--db", str(db), "--quiet")
    return r, db


def test_build_goes_on_and_says_something_was_skipped(bad_build):
    r, db = bad_build
    assert r.returncode == 3, (r.stdout, r.stderr)
    assert db.exists()


@pytest.mark.parametrize("name, message", [
    ("empty.txt", "empty"),
    ("blank.txt", "no text"),
    ("binary.txt", "binary"),
    ("garbled.txt:7", "neither UTF-8 nor GB18030"),
    ("manifest.csv:3", "missing file 'missing.txt'"),
    ("manifest.csv:4", "duplicate plan id 'news' (first on line 2)"),
    ("manifest.csv:5", "row has no file"),
])
def test_each_problem_is_named_with_file_and_line(bad_build, name, message):
    r, _ = bad_build
    lines = [line for line in r.stderr.splitlines() if name in line]
    assert lines, f"{name} not reported:\n{r.stderr}"
    assert any(message in line for line in lines), lines


def test_the_good_and_the_unusual_plans_load(bad_build):
    _, db = bad_build
    with LadybugStore(db) as s:
        rows = s.query("MATCH (p:Plan) RETURN p.id AS id, p.encoding AS enc ORDER BY id").rows
    assert {r["id"]: r["enc"] for r in rows} == {
        "bom": "utf-8-sig", "gb18030": "gb18030", "gbk": "gb18030", "mixed_endings": "utf-8", "news": "utf-8",
        "no_headings": "utf-8", "ragged_table": "utf-8"}


def test_the_duplicate_is_not_read_again_under_another_id(bad_build):
    _, db = bad_build
    with LadybugStore(db) as s:
        assert s.query("MATCH (p:Plan) WHERE p.file = 'twin.txt' RETURN p.id").rows == []


def test_unusual_plans_cite_their_text_exactly(bad_folder):
    docs, _ = read_plans(bad_folder)
    by_id = {d.id: d for d in docs}
    assert not by_id["bom"].text.startswith("\ufeff")
    assert by_id["gbk"].text == GOOD_PLAN.replace("乌素图", "呼市")
    assert "𠀀" in by_id["gb18030"].text
    for doc in docs:
        cite_exactly(doc.text, doc.id)


def test_mixed_line_endings_keep_the_headings(bad_folder):
    docs, _ = read_plans(bad_folder)
    doc = next(d for d in docs if d.id == "mixed_endings")
    seg = segment(doc.text, doc.id)
    assert [s.path for s in seg.sections if s.kind == "chapter"] == ["第一章", "第二章"]


def test_a_plan_without_headings_is_one_body_of_sentences(bad_folder):
    docs, _ = read_plans(bad_folder)
    doc = next(d for d in docs if d.id == "no_headings")
    seg = segment(doc.text, doc.id)
    assert [doc.text[s.start:s.end] for s in seg.sentences] == [
        "回民区持续优化营商环境。", "全年新增市场主体3000户；", "推进老旧小区改造。"]


def test_a_table_with_missing_cells_keeps_its_rows(bad_folder):
    docs, _ = read_plans(bad_folder)
    doc = next(d for d in docs if d.id == "ragged_table")
    seg = segment(doc.text, doc.id)
    assert len(seg.tables) == 1
    rows = [[doc.text[a:b] for a, b in row] for row in seg.tables[0].rows]
    assert rows[0] == ["序号", "指标", "2020年", "2025年", "属性"]
    assert rows[1][:2] == ["1", "地区生产总值（亿元）"] and rows[1][3] == ""
    assert rows[2] == ["2", "森林覆盖率（%）", "35"]


def test_a_manifest_without_the_needed_columns_is_named(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD_PLAN, encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("name,title\na,b\n", encoding="utf-8")
    r = run_cli("build", "--plans", str(tmp_path), "--db", str(tmp_path / "g.lbug"), "--quiet")
    assert r.returncode == 3 and "manifest.csv:1" in r.stderr and "lacks column" in r.stderr
    rows = json.loads(run_cli("query", "MATCH (p:Plan) RETURN p.id AS id", "--json", "--db",
                              str(tmp_path / "g.lbug")).stdout)
    assert rows == [{"id": "a"}]


def test_a_folder_with_nothing_readable_leaves_the_previous_database(tmp_path):
    db = tmp_path / "g.lbug"
    good = tmp_path / "good"
    good.mkdir()
    (good / "a.txt").write_text(GOOD_PLAN, encoding="utf-8")
    assert run_cli("build", "--plans", str(good), "--db", str(db), "--quiet").returncode == 0
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    r = run_cli("build", "--plans", str(bad), "--db", str(db), "--quiet")
    assert r.returncode != 0 and "empty.txt" in r.stderr
    with LadybugStore(db) as s:
        assert s.query("MATCH (p:Plan) RETURN p.id AS id").rows == [{"id": "a"}]


def test_a_50_mb_plan_reads_and_segments_with_exact_offsets(tmp_path):
    """A 50 MB plan (the 回民区 plan repeated) is read and split into sections and sentences that
    cite the text exactly.  Its full build is measured in bench/ (1000 plans ≈ 100 MB), not timed here."""
    src = (PLANS / "001_cfbb5dd3e7db8ff8.txt").read_bytes()
    (tmp_path / "huge.txt").write_bytes(src * (50 * 1024 * 1024 // len(src) + 1))
    docs, problems = read_plans(tmp_path)
    assert not problems and len(docs) == 1
    text = docs[0].text
    seg = segment(text, docs[0].id)
    copies = 50 * 1024 * 1024 // len(src) + 1
    chapters = [s for s in seg.sections if s.level == 1]
    assert len(chapters) >= copies * 10          # every copy keeps its ten chapters
    for s in seg.sentences[:: max(1, len(seg.sentences) // 2000)]:
        assert text[s.start:s.end].strip()
    for s in seg.sections[:: max(1, len(seg.sections) // 500)]:
        assert text[s.title_start:s.title_end] == s.title
    assert seg.sentences[-1].end <= len(text)
