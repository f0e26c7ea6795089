"""Synthetic plan documents for benchmarks: plan structure, real vocabulary, invented sentences.

Each document has a title, a table of contents, chapters (第X章) with sections (第X节),
narrative paragraphs, 专栏 boxes of numbered project items, an indicator table
(tab-separated) and target sentences.  Places, industries and organisations are drawn
from the project's lexicons and recombined; the sentence templates are written here,
so no sentence of the bundled source documents appears.  A fixed seed makes the
corpus the same on every machine.

    python -m bench.corpus --n 100 --out build/corpus-100

>>> docs = list(generate(2, seed=7))
>>> len(docs), docs[0][0]
(2, 'synthetic-0000.txt')
>>> "专栏1" in docs[0][1] and "第一章" in docs[0][1]
True
>>> list(generate(1, seed=7))[0][1] == docs[0][1]
True
"""
from __future__ import annotations

import argparse
import csv
import random
import sys
from pathlib import Path
from typing import Iterator

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from loaders.lexicon import load_lexicon  # noqa: E402

ZH_DIGITS = "零一二三四五六七八九"


def zh_number(n: int) -> str:
    """Chinese numerals for headings, 1–99.

    >>> [zh_number(n) for n in (1, 10, 12, 20, 35)]
    ['一', '十', '十二', '二十', '三十五']
    """
    if n < 10:
        return ZH_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else ZH_DIGITS[tens]) + "十" + (ZH_DIGITS[ones] if ones else "")


CHAPTERS = ["发展基础和面临形势", "指导思想与总体目标", "构建现代产业体系", "推动科技创新", "促进城乡协调发展",
            "建设美丽生态家园", "扩大内需和对外开放", "提升公共服务水平", "加强社会治理", "规划实施保障"]
SECTION_VERBS = ["做强", "壮大", "培育", "提升", "优化", "完善", "推进", "建设"]
THEMES = ["产业发展", "生态建设", "民生保障", "城市更新", "科技创新", "文化旅游", "基础设施", "乡村振兴"]
PROJECT_CORES = ["智慧物流", "绿色建材", "数字服务", "健康养老", "乳品加工", "光伏装备", "文创", "冷链",
                 "研学", "康养", "湿地修复", "供热管网", "污水处理", "智慧社区", "体育公园", "全民健身"]
PROJECT_SUFFIXES = ["产业园", "示范基地", "服务中心", "综合体", "项目", "工程", "特色小镇", "博物馆", "产业园区"]
ORG_PATTERNS = ["{place}第{n}中学", "{place}人民医院", "内蒙古{core}科技有限公司", "{place}{core}协会",
                "呼和浩特{core}研究院", "{place}实验小学"]
POLICIES = ["人才强区战略", "河长制", "林长制", "营商环境提升行动", "老旧小区改造计划", "乡村振兴战略",
            "数字政府建设三年行动", "“双碳”行动", "科技创新驱动计划", "质量强区工程"]
INDICATORS = [("地区生产总值", "亿元", "经济发展", "预期性"), ("一般公共预算收入", "亿元", "经济发展", "预期性"),
              ("城镇居民人均可支配收入", "元", "民生福祉", "预期性"), ("森林覆盖率", "%", "绿色生态", "约束性"),
              ("空气质量优良天数比率", "%", "绿色生态", "约束性"), ("研发经费投入强度", "%", "创新驱动", "预期性"),
              ("常住人口城镇化率", "%", "民生福祉", "预期性"), ("高新技术企业数量", "家", "创新驱动", "预期性"),
              ("每千人口拥有执业（助理）医师数", "人", "民生福祉", "预期性"),
              ("单位地区生产总值能耗降低", "%", "绿色生态", "约束性")]
SENTENCES = [
    "以{place}为重点，加快{industry}集聚发展，培育一批骨干企业。",
    "支持{org}在{place}建设{project}，带动{industry}提质增效。",
    "依托{place}区位优势，围绕{industry}延链补链强链。",
    "实施{policy}，推动{industry}高质量发展。",
    "到{year}年，{indicator}达到{value}{unit}以上。",
    "{place}要统筹推进{project}，力争年内开工建设。",
    "鼓励{org}参与{project}运营，提升服务能力。",
    "推动{industry}与{industry2}融合发展，打造区域性服务中心。",
    "全面落实{policy}，健全长效机制；",
    "加快{place}片区更新改造，完善配套设施。",
]


class Vocabulary:
    """Names drawn from the lexicons, with invented recombinations for projects and organisations."""

    def __init__(self) -> None:
        lex = load_lexicon()
        places = [p for p in lex.places.values() if p.kind not in ("country", "province")]
        self.places = [p.name for p in places] or ["呼和浩特市"]
        self.districts = [p.name for p in places if p.kind in ("district", "county", "banner")] or self.places
        self.industries = list(lex.industries) or ["现代服务业"]

    def project(self, rnd: random.Random) -> str:
        place = rnd.choice(self.places)
        return f"{place}{rnd.choice(PROJECT_CORES)}{rnd.choice(PROJECT_SUFFIXES)}"

    def org(self, rnd: random.Random) -> str:
        return rnd.choice(ORG_PATTERNS).format(place=rnd.choice(self.places), n=rnd.randint(1, 40),
                                               core=rnd.choice(PROJECT_CORES))


def _sentence(rnd: random.Random, vocab: Vocabulary, year: int) -> str:
    name, unit, _, _ = rnd.choice(INDICATORS)
    return rnd.choice(SENTENCES).format(
        place=rnd.choice(vocab.places), industry=rnd.choice(vocab.industries),
        industry2=rnd.choice(vocab.industries), org=vocab.org(rnd), project=vocab.project(rnd),
        policy=rnd.choice(POLICIES), year=year, indicator=name, unit=unit,
        value=round(rnd.uniform(1, 99) if unit == "%" else rnd.uniform(1, 500), 1))


def document(i: int, seed: int, vocab: Vocabulary, target_chars: int) -> tuple[str, str, dict]:
    """One synthetic plan: (file name, text, manifest row)."""
    rnd = random.Random(seed * 1_000_003 + i)
    place = rnd.choice(vocab.districts)
    start = rnd.choice([2016, 2021, 2026])
    end = start + 4
    title = f"{place}国民经济和社会发展规划纲要（{start}—{end}年，合成样本{i:04d}）"
    lines = [title, "", "目  录"]
    chapters = rnd.sample(CHAPTERS, k=min(len(CHAPTERS), rnd.randint(6, 10)))
    lines += [f"第{zh_number(n)}章  {t}……………{n * 3}" for n, t in enumerate(chapters, 1)]
    lines.append("")
    box = 0
    per_chapter = max(1, target_chars // len(chapters))
    for n, chapter in enumerate(chapters, 1):
        lines.append(f"第{zh_number(n)}章  {chapter}")
        written = 0
        section = 0
        while written < per_chapter:
            section += 1
            heading = f"第{zh_number(section)}节  {rnd.choice(SECTION_VERBS)}{rnd.choice(vocab.industries)}"
            lines.append(heading)
            for _ in range(rnd.randint(2, 4)):
                para = "".join(_sentence(rnd, vocab, end) for _ in range(rnd.randint(3, 7)))
                lines.append(para)
                written += len(para)
            if n == 2 and section == 1:
                box += 1
                lines.append(f"专栏{box}  “十四五”时期主要指标")
                lines.append(f"序号\t类别\t指标\t{start - 1}年\t{end}年\t年均增长\t属性")
                for k, (name, unit, cat, attr) in enumerate(rnd.sample(INDICATORS, k=6), 1):
                    base = round(rnd.uniform(10, 900), 1)
                    lines.append(f"{k}\t{cat}\t{name}（{unit}）\t{base}\t{round(base * 1.3, 1)}\t"
                                 f"{round(rnd.uniform(2, 9), 1)}%\t{attr}")
            elif rnd.random() < 0.5:
                box += 1
                lines.append(f"专栏{box}  {rnd.choice(THEMES)}重点项目")
                for k in range(1, rnd.randint(3, 7)):
                    lines.append(f"{k}. {vocab.project(rnd)}：在{rnd.choice(vocab.places)}新建"
                                 f"{rnd.choice(PROJECT_CORES)}设施，总投资{rnd.randint(1, 90)}亿元。")
            written += 40
    text = "\n".join(lines) + "\n"
    name = f"synthetic-{i:04d}.txt"
    row = {"id": f"synthetic-{i:04d}", "title": title, "place": place, "issuer": f"{place}人民政府",
           "year": start, "period": f"{start}-{end}", "kind": "plan", "file": name}
    return name, text, row


def generate(n: int, seed: int = 2021, target_chars: int = 33_000) -> Iterator[tuple[str, str, dict]]:
    """N documents (about 100 KB of UTF-8 each by default)."""
    vocab = Vocabulary()
    for i in range(n):
        yield document(i, seed, vocab, target_chars)


def write_corpus(n: int, out: Path, seed: int = 2021, target_chars: int = 33_000) -> Path:
    """Write N documents and a manifest to ``out`` (reused when already complete)."""
    out.mkdir(parents=True, exist_ok=True)
    manifest = out / "manifest.csv"
    if manifest.exists() and len(manifest.read_text(encoding="utf-8").splitlines()) == n + 1:
        return out
    rows = []
    for name, text, row in generate(n, seed, target_chars):
        (out / name).write_text(text, encoding="utf-8")
        rows.append(row)
    with manifest.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=10)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=2021)
    ap.add_argument("--chars", type=int, default=33_000, help="approximate characters per document")
    args = ap.parse_args(argv)
    write_corpus(args.n, args.out, args.seed, args.chars)
    size = sum(p.stat().st_size for p in args.out.glob("*.txt"))
    print(f"{args.n} documents, {size / 1e6:.1f} MB in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
