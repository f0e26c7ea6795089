"""Text entity extractor: places, organisations, projects, industries and policies in every sentence.

Deterministic and offline: each sentence (and heading) is segmented once with jieba,
whose dictionary holds the project's lexicons as user words; then

- ``gazetteer``: every lexicon surface form (places, industries, aliases of any label),
  longest first, through one compiled alternation;
- ``place-suffix`` / ``org-suffix`` / ``project-suffix`` / ``event-suffix``: a name ends in a
  suffix that says what it is (…村, …有限公司, …产业园项目, …文化节); it starts after the verb
  or preposition that introduces it and must hold something specific (not 各村, 重点项目);
- ``industry-rule``: …产业 / …业 / …经济 with an industry head, normalised to the taxonomy;
- ``policy-quoted`` / ``policy-document`` / ``policy-suffix``: “强首府”工程, 《…规划》, …战略, 河长制;
- ``place-division``: 赛罕区, 托克托县, 土默特左旗 — divisions jieba already knows as proper names;
- ``org-abbreviation``: 呼市一中 / 四十中 → the city's 第N中学 (a city alias opening any organisation's
  name is spelled out too: 呼市第七中学 = 呼和浩特市第七中学);
- ``enumeration``: the items of 甲、乙、丙等项目 / 等企业 / 等主导产业 / 等地 are named things; groups of
  projects split by commas before one 等项目; 甲行、乙行等数据中心项目 (each company's facility, and the company);
- ``policy-counted`` / ``policy-slogan`` / ``policy-shared-head``: 五大任务, 两件大事, 坚持三产立区,
  “一区一带”, “一刻钟便民生活圈”, “1+1+1”招商负责机制, …制度/…机制/…改革/…攻坚战, 蓝天、碧水保卫战;
- ``industry-counted`` / ``industry-shared-tail`` / ``industry-developed``: “四大产业” and its members,
  文化、体育、旅游产业, 大力发展甲物流、乙电商 (lists a development verb introduces), 等行业 / 等新业态;
  an industry word inside a longer name, or a bare 工业/商业 qualifying a noun, is no industry;
- ``org-institution`` / ``org-government`` / ``org-group`` / ``org-brand``: …技术创新中心/实验室/工作站/总部,
  科技部, 市委, 市发改委, …工作领导小组, a company opening a project's name (中石化院士工作站项目), companies
  listed before a long qualifier or brought in as brands (引进甲、乙等知名新能源汽车品牌), 挂牌“…” as an alias;
- ``project-route`` / ``project-line`` / ``project-phase``: S311甲至乙公路, 地铁3号线, 建成投产甲二期;
- ``reuse``: Goal and Indicator nodes the structured extractors made, found again in text (not inside a
  longer name the sentence holds: 重点项目 in 重点项目建设指挥部);
- ``和`` inside names: 甲和大街 (a bare street head is no conjunct), 内蒙古和X…有限公司 (a region is not
  listed with a company), 依托和X… (nothing before it to join); a clause verb (成立, 设立, 共建) or a
  place then 建设 (沿乙河建设|甲示范带) ends a project name on the left; 甲寺三大景区 (a count) is no place;
  works without 项目 (…厂房二期, …中央厨房, …牧场, …车间, …生产线, …休闲带); 夜间 inside works names;
  state companies named by their work (城市发展投资集团有限公司); 甲、乙、丙三条产业链 lists sectors;
  a proper place opening a goal's name (首府…核心区) is a place mention.

Spans a structured extractor (专栏 items, tables) already gave to an entity of the same
label are left alone.  Hard-wrapped plans break lines inside names, so each sentence is
matched with single line breaks and spaces squeezed out (a blank line stays a break) and
offsets mapped back: ``text[start:end]`` is always the name as written.

>>> from loaders.read import Document
>>> from loaders.segment import segment
>>> from loaders.pipeline import PlanContext
>>> from graph.model import GraphData
>>> from pathlib import Path
>>> text = "第一章 总则\\n支持青石村发展乡村旅游业，推进白桦湾湿地公园提升改造项目，实施“暖心送岗”工程。\\n"
>>> ctx = PlanContext(Document("p", Path("p.txt"), text, "utf-8", "0" * 64, {}), segment(text, "p"), GraphData())
>>> extract(ctx)
>>> sorted((n.label, n.name) for n in ctx.graph.nodes.values() if n.label not in ("Plan", "Section"))
[('Industry', '乡村旅游业'), ('Place', '青石村'), ('Policy', '暖心送岗工程'), ('Project', '白桦湾湿地公园提升改造项目')]
"""
from __future__ import annotations

import bisect
import functools
import hashlib
import importlib
import json
import os
import re
import sys
import tempfile
from array import array
from dataclasses import dataclass, replace
from itertools import compress
from math import log


def _import_jieba():
    """``import jieba`` without pkg_resources (a sixth of a second at every start).

    jieba's ``_compat`` only uses pkg_resources to open its own data files and falls back to a plain
    ``open`` beside the module when the import fails; hiding it for the duration of the import takes
    that fallback.  Nothing is hidden if pkg_resources is already loaded.
    """
    if "jieba" in sys.modules or "pkg_resources" in sys.modules:
        import jieba
        return jieba
    sys.modules["pkg_resources"] = None      # makes ``import pkg_resources`` raise ImportError
    try:
        import jieba
    finally:
        del sys.modules["pkg_resources"]
    return jieba


jieba = _import_jieba()

from graph.ontology import NODE_TYPES  # noqa: E402
from loaders.extract import patterns as P  # noqa: E402
from loaders.extract.common import add_entity, canonical_name, clean  # noqa: E402
from loaders.lexicon import load_lexicon  # noqa: E402

jieba.setLogLevel(60)

ONTOLOGY_PROPS = {label: {p.name for p in nt.props} for label, nt in NODE_TYPES.items()}
PROPER_TAGS = {"ns", "nr", "nrt", "nrfg", "nz", "nt"}
LABEL_TAGS = {"Place": "ns", "Organization": "nt", "Industry": "nz", "Project": "nz", "Policy": "nz"}
SPACE_RUN = re.compile(r"([ \r\n\u3000]+)|.", re.S)
CJK = re.compile(r"[\u4e00-\u9fff]")
NAME_CHAR = re.compile(r"^[\u4e00-\u9fff0-9A-Za-z０-９·]+(?:[—－][\u4e00-\u9fff]+)*$")   # 甲—乙公司: a joint name
DIGITS = re.compile(r"^[0-9０-９一二三四五六七八九十百零〇两第]+$")
QUOTE_RE = re.compile(r"[“\"「『‘]([^“”\"「」『』‘’]{2,24})[”\"」』’]")     # ‘…’: quoted inside a speech
BOOK_RE = re.compile(r"《([^《》]{2,48})》")
CHIEF_RE = re.compile(r"[\u4e00-\u9fff]{1,2}长制")
FOOTNOTE_RE = re.compile(r"\s*[0-9]+\s*$")
DOCUMENT_HEADS = ("规划", "纲要", "方案", "条例", "办法", "意见", "建议", "规定", "计划", "规范", "标准", "决定", "通知",
                  "法", "细则", "措施", "行动", "战略", "政策", "制度", "体系", "目录", "清单", "年）", "年)", "年")
PERIOD_RE = re.compile(r"^[一二三四五六七八九十]{1,3}五$")
SLOGAN_RE = re.compile(r"^[\u4e00-\u9fff]{2}[兴强富惠][\u4e00-\u9fff]$")
NUMERIC_LEAD = "一二三四五六七八九十两双百千万"
#: abbreviated school names: (place)(第)N中 / N小 — 呼市一中 is 呼和浩特市第一中学
SCHOOL_ABBR_RE = re.compile(r"(?<![届次])(第?)([一二三四五六七八九十]{1,3})(中|小)(?![学心国华央间期型小等全])")
ORG_HEADS = ("公司", "集团", "学校", "中学", "小学", "医院", "大学")
PLENUM_RE = re.compile(r"(?:、?[一二三四五六七八九十]{1,3}中)*、?[一二三四五六七八九十]{0,3}中?全会")
SCHOOL_FULL = {"中": "中学", "小": "小学"}
BUILD_CUES = ("升级", "建设", "新建", "改造", "提升", "推进", "实施", "打造", "运营", "举办", "建成", "开工", "续建", "扩建",
              "启动", "谋划", "落地", "投用", "投运", "承办", "开展", "完成", "改扩建", "迁建", "引进", "签约", "竣工",
              "加快", "规划", "布局", "筹建", "创建", "培育", "完工", "通航", "通车", "投产", "封顶", "贯通",
              "打通", "开通", "并网", "达产", "签约", "落户", "共建", "动工")

#: one regex search instead of a Python-level any() over the characters or words (per sentence)
#: cells of a table row: a bar, or a gap of two spaces (a tab, two ideographic spaces) between written cells
TABLE_ROWS = re.compile(r"[|｜]|\S(?: {2,}|\t|\u3000{2,})\S")
CELL_GAP = re.compile(r" {2,}|\t+|\u3000{2,}")
SQUEEZE_CHAR = re.compile("[" + re.escape(P.SQUEEZE) + "]")
BUREAU_CHAR = re.compile("[局委办厅]")
ROUTE_CHAR = re.compile("[GSXYgs]")
BUILD_CUE_RE = re.compile("|".join(map(re.escape, BUILD_CUES)))


@dataclass
class Cand:
    start: int          # offsets into the squeezed sentence
    end: int
    label: str
    name: str | None    # canonical name when the rule knows it (else from the lexicon)
    extractor: str
    confidence: float
    kind: str | None = None
    priority: int = 1   # gazetteer 3, quoted 2, rules 1
    described: bool = False   # a place named by a known place and plain words (甲镇民俗文化村): a facility


class Resources:
    """Everything compiled once per lexicon: the jieba dictionary, tags and the surface matcher."""

    def __init__(self, lex) -> None:
        self.lex = lex
        self.tags = _jieba_tables()
        self.surfaces: dict[str, tuple[str, str]] = {}
        for surface, label, canonical in lex.surface_forms():
            surface = surface.strip()
            if len(surface) < 2 or label not in LABEL_TAGS:
                continue
            self.surfaces.setdefault(surface, (label, canonical))
        self.extra_tags: dict[str, str] = {}
        for surface, (label, _) in self.surfaces.items():
            jieba.add_word(surface, freq=max(jieba.get_FREQ(surface) or 0, 3000), tag=LABEL_TAGS[label])
            self.extra_tags[surface] = LABEL_TAGS[label]
        for term in P.SEGMENT_TERMS:
            if not jieba.get_FREQ(term):
                jieba.add_word(term, freq=2000, tag="n")
            self.extra_tags.setdefault(term, "n")
        #: tag() as one lookup, ``tag_of[tok]`` (None: untagged): the project's tags over jieba's
        if isinstance(self.tags, _LazyTags):
            self.tag_of = self.tags       # private to us: the project's tags go straight in
        else:
            self.tag_of = _LazyTags([], array("B"), [None], self.tags)   # jieba.posseg's own table
        self.tag_of.update(self.extra_tags)
        forms = sorted(self.surfaces, key=lambda s: (-len(s), s))
        self.matcher = re.compile("|".join(map(re.escape, forms))) if forms else None
        self.surface_starts: dict[str, list[str]] = {}
        for f in forms:
            self.surface_starts.setdefault(f[0], []).append(f)
        self.place_forms = {s for s, (lab, _) in self.surfaces.items() if lab == "Place"}
        #: (squeezed sentence, in a box, plan city) -> chosen candidates; see _chosen
        self.chosen_cache: dict[tuple, list[Cand]] = {}
        self.chosen_state: tuple | None = None

    def tag(self, tok: str) -> str | None:
        return self.tag_of[tok]


# -- jieba's dictionary, loaded fast ---------------------------------------------------------------
#: bump when the table file's layout changes
_TABLES_FORMAT = 2


def _jieba_tables_path() -> str | None:
    """Where the prefix dictionary and POS tags of jieba's default dictionary are kept, keyed by the
    jieba version and the dictionary and cache files it reads (None: not the default dictionary)."""
    if jieba.dt.dictionary != jieba.DEFAULT_DICT:
        return None
    dict_file = os.path.join(os.path.dirname(os.path.abspath(jieba.__file__)), jieba.DEFAULT_DICT_NAME)
    own_cache = os.path.join(jieba.dt.tmp_dir or tempfile.gettempdir(), jieba.dt.cache_file or "jieba.cache")
    key = [_TABLES_FORMAT, jieba.__version__, dict_file]
    for f in (dict_file, own_cache):
        try:
            st = os.stat(f)
            key += [st.st_size, st.st_mtime_ns]
        except OSError:
            key += [None, None]
    digest = hashlib.sha1(repr(key).encode()).hexdigest()[:16]
    return os.path.join(tempfile.gettempdir(), f"plangraph-jieba-{digest}.tables")


def _jieba_tables() -> dict:
    """Initialise jieba's default tokenizer and return the POS tag of each dictionary word.

    What ``jieba.initialize()`` plus ``jieba.posseg.dt.word_tag_tab`` give, in a fifth of the time:
    jieba unmarshals its prefix dictionary (500k strings, ~0.8 s) and posseg re-parses dict.txt for
    the tags (~0.6 s).  Here both come from one file of the same words written once, read with one
    decode and one split, and the tag table reuses the prefix dictionary's string objects (their
    hashes already computed).  The file is made from jieba's own tables the first time, so the
    dictionaries are equal and the segmentation identical.
    """
    path = _jieba_tables_path()
    if path is not None and os.path.exists(path):
        try:
            freq, total, tags = _read_tables(path)
        except Exception:     # a torn or foreign file is only a miss
            freq = None
        if freq is not None:
            if not jieba.dt.initialized:
                with jieba.dt.lock:
                    jieba.dt.FREQ, jieba.dt.total, jieba.dt.initialized = freq, total, True
            return tags
    fresh = not jieba.dt.initialized
    jieba.initialize()
    # posseg parses dict.txt for the tags (slow; only when there is no table file)
    tags = importlib.import_module("jieba.posseg").dt.word_tag_tab
    if path is not None and fresh:
        _write_tables(path, jieba.dt.FREQ, jieba.dt.total, tags)   # before any add_word changes FREQ
    return tags


def _write_tables(path: str, freq: dict, total: int, tags: dict) -> None:
    keys = sorted(freq)       # sorted: a tag is found by bisection (see _LazyTags)
    if not keys or any("\n" in k for k in keys):
        return
    names = sorted(set(tags.values()))
    if len(names) >= 255:
        return
    code = {t: i + 1 for i, t in enumerate(names)}
    codes = array("B", (code[tags[k]] if k in tags else 0 for k in keys))
    extra = {w: t for w, t in tags.items() if w not in freq}
    blob = "\n".join(keys).encode("utf-16-le")
    values = array("q", (freq[k] for k in keys))
    header = json.dumps({"total": total, "n": len(keys), "blob": len(blob), "tags": names, "extra": extra},
                        ensure_ascii=False).encode()
    tmp = f"{path}.tmp{os.getpid()}"
    try:
        with open(tmp, "wb") as fh:
            fh.write(len(header).to_bytes(4, "little") + header + blob + values.tobytes() + codes.tobytes())
        got = _read_tables(tmp)
        if got[0] != freq or got[1] != total or dict(got[2].items_all()) != tags:
            raise ValueError("table file does not read back")
        os.replace(tmp, path)
    except Exception:         # no table file: the next start parses jieba's own files again
        if os.path.exists(tmp):
            os.unlink(tmp)


def _read_tables(path: str) -> tuple[dict[str, int], int, "_LazyTags"]:
    with open(path, "rb") as fh:
        data = fh.read()
    hlen = int.from_bytes(data[:4], "little")
    header = json.loads(data[4:4 + hlen])
    n, pos = header["n"], 4 + hlen
    keys = data[pos:pos + header["blob"]].decode("utf-16-le").split("\n")
    pos += header["blob"]
    values = array("q")
    values.frombytes(data[pos:pos + 8 * n])
    codes = array("B")
    codes.frombytes(data[pos + 8 * n:pos + 9 * n])
    if len(keys) != n or len(values) != n or len(codes) != n or pos + 9 * n != len(data):
        raise ValueError(f"{path}: truncated")
    freq = dict(zip(keys, values.tolist()))
    return freq, header["total"], _LazyTags(keys, codes, [None] + header["tags"], header["extra"])


class _LazyTags(dict):
    """word -> POS tag (None: no tag), looked up in the sorted word list on first use of a word.

    Building the full 350k-entry tag dict at every start cost more than all the lookups a build makes;
    only the few thousand distinct tokens of a corpus are ever asked for.  Use ``tags[word]`` (which
    fills the dict), not ``.get``.
    """

    def __init__(self, keys: list[str], codes: array, names: list, extra: dict) -> None:
        super().__init__()
        self.keys, self.codes, self.names, self.extra = keys, codes, names, extra

    def __missing__(self, word: str) -> str | None:
        i = bisect.bisect_left(self.keys, word)
        if i < len(self.keys) and self.keys[i] == word and self.codes[i]:
            tag = self.names[self.codes[i]]
        else:
            tag = self.extra.get(word)
        self[word] = tag
        return tag

    def items_all(self):
        """Every (word, tag) pair, as jieba's word_tag_tab holds them."""
        yield from ((k, self.names[c]) for k, c in zip(self.keys, self.codes) if c)
        yield from self.extra.items()


def _lcut(sentence: str) -> list[str]:
    """``jieba.lcut(sentence)`` (accurate mode with HMM, the default tokenizer), computed the same way
    with tighter loops.

    jieba builds a dict of candidate word ends per position, then a dict of routes through a
    generator per position under ``max``; segmenting every sentence that way was a fifth of
    extraction.  Here the prefix scan and the route share one right-to-left loop over lists.  The
    arithmetic (``log(freq) - log(total) + route``, evaluated in that order) and the tie-break of
    ``max`` over ``(probability, end)`` tuples (the later end wins) are jieba's, and unknown runs of
    single characters go to jieba's own HMM, so the words are identical
    (tests/test_speed_equivalence.py compares them on the plans).
    """
    dt = jieba.dt
    dt.check_initialized()
    out: list[str] = []
    freq = dt.FREQ
    logtotal = log(dt.total)
    state = (id(freq), len(freq), dt.total, len(jieba.finalseg.Force_Split_Words))
    if _BLOCK_MEMO_STATE[0] != state:
        _BLOCK_MEMO.clear()
        _BLOCK_MEMO_STATE[0] = state
    for blk in _RE_HAN.split(sentence):
        if not blk:
            continue
        if _RE_HAN.match(blk):
            words = _BLOCK_MEMO.get(blk)
            if words is None:
                words = []
                _cut_block(blk, freq, logtotal, words)
                if len(_BLOCK_MEMO) >= BLOCK_MEMO_SIZE:
                    del _BLOCK_MEMO[next(iter(_BLOCK_MEMO))]
                _BLOCK_MEMO[blk] = words
            out.extend(words)
        else:
            for x in _RE_SKIP.split(blk):
                if _RE_SKIP.match(x):
                    out.append(x)
                else:
                    out.extend(x)
    return out


def _cut_block(sentence: str, freq: dict, logtotal: float, out: list[str]) -> None:
    get = freq.get
    n = len(sentence)
    route_p = [0.0] * (n + 1)
    route_x = [0] * (n + 1)
    for k in range(n - 1, -1, -1):
        best = None
        bx = k
        i = k
        f = get(sentence[k])
        while f is not None:
            if f:
                p = log(f) - logtotal + route_p[i + 1]
                if best is None or p >= best:
                    best, bx = p, i
            i += 1
            if i >= n:
                break
            f = get(sentence[k:i + 1])
        if best is None:     # no word starts here: the character alone, as jieba's DAG puts it
            best = log(get(sentence[k]) or 1) - logtotal + route_p[k + 1]
        route_p[k] = best
        route_x[k] = bx
    x = 0
    buf = ""
    while x < n:
        y = route_x[x] + 1
        if y - x == 1:
            buf += sentence[x]
        else:
            if buf:
                _flush(buf, get, out)
                buf = ""
            out.append(sentence[x:y])
        x = y
    if buf:
        _flush(buf, get, out)


def _flush(buf: str, get, out: list[str]) -> None:
    """A run of single characters: one character, a dictionary word spelled out, or the HMM's words."""
    if len(buf) == 1:
        out.append(buf)
    elif not get(buf):
        out.extend(jieba.finalseg.cut(buf))
    else:
        out.extend(buf)


_RE_HAN = jieba.re_han_default
_RE_SKIP = jieba.re_skip_default
#: words of each run of Chinese/alphanumeric text between punctuation (clauses recur far more often
#: than sentences); dropped when jieba's dictionary changes (add_word elsewhere), FIFO beyond the size
BLOCK_MEMO_SIZE = 1 << 17
_BLOCK_MEMO: dict[str, list[str]] = {}
_BLOCK_MEMO_STATE: list = [None]


@functools.lru_cache(maxsize=4)
def _resources_for(lex_id: int, lex) -> Resources:
    return Resources(lex)


def resources() -> Resources:
    lex = load_lexicon()
    return _resources_for(id(lex), lex)


# -- the per-sentence analysis ------------------------------------------------------------------------
class Sentence:
    """One sentence, squeezed of white space, segmented once."""

    def __init__(self, text: str, start: int, end: int, res: Resources, in_box: bool, analyse: bool = True) -> None:
        raw = text[start:end]
        if SQUEEZE_CHAR.search(raw):
            # white space inside a line or one line break is squeezed out (hard wrap); a blank line
            # (captions, list items) stays a break, kept as one "\n" that no name crosses
            keep, chars = [], []
            table = TABLE_ROWS.search(raw) is not None
            for m in SPACE_RUN.finditer(raw):
                if m.group(1) is None:
                    keep.append(m.start())
                    chars.append(raw[m.start()])
                elif m.group(1).count("\n") >= 2 or ("\n" in m.group(1) and table):
                    # (a table's rows, |-separated or space-aligned, are one per line: a row break is no hard wrap)
                    keep.append(m.start() + m.group(1).index("\n"))
                    chars.append("\n")
                elif table and CELL_GAP.fullmatch(m.group(1)):
                    keep.append(m.start())      # 4     新建数据中心: a gap between cells parts them like a break
                    chars.append("\n")
            self.sq = "".join(chars)
            self.omap = [start + i for i in keep]
        else:
            self.sq, self.omap = raw, None
        self.res = res
        self.in_box = in_box
        if analyse:
            self._analyse(res)

    def _analyse(self, res: Resources) -> None:
        self.toks = _split_glued(_lcut(self.sq), res)
        if "—" in self.sq or "－" in self.sq:
            self.toks = _join_dashes(self.toks, res)
        if "和" in self.sq:
            self.toks = _join_and(self.toks, res)
        if any(r in self.sq for r in DIRECTION_ROADS):
            self.toks = _join_direction_roads(self.toks, res)
        offs, pos = [], 0
        for t in self.toks:
            offs.append(pos)
            pos += len(t)
        self.offs = offs
        self.off_set = set(offs)
        self.tagl = list(map(res.tag_of.__getitem__, self.toks))

    def orig(self, a: int, b: int, base: int) -> tuple[int, int]:
        if self.omap is None:
            return base + a, base + b
        return self.omap[a], self.omap[b - 1] + 1


def _is_name_tok(tok: str, tag: str | None, res: Resources, strict: bool = False, inner=frozenset()) -> bool:
    """Whether a token may sit inside a name (not punctuation, not an introducing word).

    ``strict`` (places, organisations): verbs, adjectives and counted numbers end a name too.
    """
    if not NAME_CHAR.match(tok):
        return False
    if tok in res.surfaces:
        return True
    if tok in inner:
        return True
    if tok in P.BOUNDARY_WORDS:
        return False
    if tag in P.STOP_TAGS or tag == "t":
        return False
    if strict and (tag in STRICT_STOP_TAGS or (tag in ("m", "mq", "q") and not tok.startswith("第"))):
        return False
    return True


#: verbs that make a clause of what precedes them (a body founded, an office opened): never inside a name
CLAUSE_VERBS = frozenset("共建 合建 联建 设立 成立 组建 召开 举行 签署 签订 表示 提出 出台 印发 发布 开设 挂牌 设有 拥有".split())
#: work words state-owned companies are named by (城市发展投资集团, 文化旅游开发有限公司); they open no name
COMPANY_TRADE_WORDS = frozenset("发展 建设 投资 开发 服务 运营".split())
SITE_ENDS = ("街道", "社区", "镇", "乡", "村", "苏木", "嘎查", "园区", "开发区", "新区")
SITE_VERBS = frozenset("建设 打造 建成 新建 布局".split())
#: 该项目由 / 项目由 / 由: what opens a clause naming who builds, before the organisation
BUILT_BY = re.compile(r"(?:该|本)?(?:项目)?由")
#: adverbs between a place and its building verb (甲村集中建设乙基地)
SITE_ADVERBS = frozenset("集中 统一 重点 加快 率先 规划 连片 整体".split())
#: 某公司投资28亿元建设X项目: an amount before the building verb ends the investor's clause
INVESTMENT_UNITS = frozenset("亿元 万元 元 亿 万".split())
STRICT_STOP_TAGS = {"v", "vd", "vi", "vg", "a", "ad", "an", "ag", "l", "i"}


def _specific(tok: str, tag: str | None, res: Resources, abbrev: bool = False) -> bool:
    """A token that makes a name specific: a proper name, an unknown word, a lexicon name, a number.

    ``abbrev``: an abbreviation (jieba's j: 北大, 中科院) counts too (organisation names).
    """
    if tok in P.GENERIC or tok in P.NOT_NAMES:
        return False
    if tok in res.surfaces or tag in PROPER_TAGS or (abbrev and tag == "j"):
        return True
    if tag is None and CJK.search(tok):
        return True       # out of jieba's dictionary: most likely a name (高伦特, 海亮)
    return bool(DIGITS.match(tok)) and tok.startswith("第")


#: the words that join two works inside one project's name (生态修复与保护, 保护及利用)
WORK_JOINERS = frozenset("与 及 和".split())
#: works that 利用 completes into one (保护利用, 开发利用, 综合利用, 循环利用)
USED_AFTER = frozenset("保护 开发 综合 循环".split())


def _walk_back(s: "Sentence", i: int, max_chars: int, max_toks: int = 6, strict: bool = False,
               inner=frozenset()) -> int:
    """Index of the first token of the name whose last token is i-1 (i if none)."""
    j, used = i, 0
    while j > 0 and i - j < max_toks:
        tok, tag = s.toks[j - 1], s.tagl[j - 1]
        if used + len(tok) > max_chars:
            break
        if inner and j >= 2 and (tok in WORK_JOINERS and j < i and s.toks[j] in P.WORK_NOUNS
                                 and s.toks[j - 2] in P.WORK_NOUNS
                                 or tok == "利用" and s.toks[j - 2] in USED_AFTER):
            # 湿地生态修复与保护项目: two works joined inside one name; 街区保护利用工程: protection and use, one work
            used += len(tok)
            j -= 1
            continue
        if not _is_name_tok(tok, tag, s.res, strict, inner):
            # a one-character token glued to a name jieba did not know (高|伦特) is part of it
            if not (strict and len(tok) == 1 and tok not in P.BOUNDARY_WORDS and CJK.match(tok)
                    and tok not in P.GENERIC and tag not in P.STOP_TAGS and tag not in ("v", "vd", "vi", "m", "mq", "t") and tok not in "年月日"
                    and (j == i or (s.tagl[j] in (None, "ns", "nr", "nz") or len(s.toks[j]) == 1)
                         and s.toks[j] not in s.res.surfaces)):
                break
        used += len(tok)
        j -= 1
    return j


@functools.lru_cache(maxsize=None)
def _blocked_tails(suf: str) -> tuple[str, ...]:
    """Ordinary words ending in the suffix (环节 ends in 节, 农村 in 村): a token ending in one is no name."""
    return tuple(w for w in P.NOT_NAMES if w.endswith(suf) and w != suf)


def _match_suffix(tok: str, table) -> tuple[str, str | None] | None:
    for suf, kind in table:
        if tok.endswith(suf):
            if tok != suf and tok.endswith(_blocked_tails(suf)):
                return None
            return suf, kind
    return None


#: verbs and prepositions that may be glued to a name's first word, longest first
LEAD_PREFIXES = sorted({w for w in P.BOUNDARY_WORDS | set(P.POLICY_LEAD) | P.LEAD_JUNK | P.LEAD_VERBS | P.WORK_NOUNS
                        if len(w) >= 2 or w in "以在对于向从由将把为与和及"}, key=len, reverse=True)
#: how village names in the region end (…营, …窑, …板, …沟): a split-off one rejoins its name
DIVISION_KINDS = {"区": "district", "县": "county", "旗": "banner", "市": "city", "盟": "league", "州": "prefecture",
                  "省": "province"}
#: words jieba tags as place names that are kinds of area, not names
DIVISION_NOT = {"老城区", "都市", "上市", "城市", "山区", "新区", "郊区", "高新区", "文明城市", "宜居区", "全市", "全区"}
SETTLEMENT_CHARS = set("营窑板沟湾庄堡屯寨坝梁峁坪店滩圐圙旦")
ROAD_HEADS = ("路", "街", "大街", "大道")
SETTLEMENT = ("村", "镇", "乡", "嘎查", "苏木", "社区", "嘎查村")
_NO_PLACE = type("NoPlace", (), {"kind": None})()
LOCAL_KINDS = ("city", "district", "county", "banner", "prefecture")
#: areas named after the road or site they lie around (昭乌达路商圈, 宽巷子历史文化街区)
NAMED_AFTER_ROAD = ("商圈", "街区", "片区", "商业街", "步行街")
#: places named after a site (公主府社区), or a road or site they lie around
NAMED_AFTER_SITE = ("社区", "村", "嘎查") + NAMED_AFTER_ROAD
#: the units a village is written after (黄合少镇西把栅村, 新城区红山口村)
TOWN_KINDS = ("town", "township", "subdistrict", "district", "county", "banner", "sumu")
#: places a goal name may open with (首府…核心区, 内蒙古…基地): proper places annotated inside it
ADMIN_KINDS = LOCAL_KINDS + ("province", "league")
NUMBERED_SCHOOL = re.compile(r"^第[一二三四五六七八九十百]+中学$")
#: a name never starts with the tail of the word before it (紧密|型城市医疗集团)
FRAGMENT_LEADS = set("型化性式的之")
#: 甲、乙等 + head: what the listed items are
ENUM_HEADS = {"项目": ("Project", None), "工程": ("Project", None), "企业": ("Organization", "enterprise"),
              "公司": ("Organization", "enterprise"), "集团": ("Organization", "enterprise"),
              "高校": ("Organization", "university"), "院校": ("Organization", "university"),
              "大学": ("Organization", "university"), "学校": ("Organization", "school"),
              "医院": ("Organization", "hospital"), "科研院所": ("Organization", "institute"),
              "产业": ("Industry", None), "地": ("Place", None), "城市": ("Place", "city"),
              "地区": ("Place", None), "村": ("Place", "village"),
              "镇": ("Place", "town"), "街道": ("Place", "street"), "社区": ("Place", "community"),
              "景区": ("Place", "scenic_area"), "园区": ("Place", "zone"), "商圈": ("Place", "business_district")}
ENUM_RE = re.compile(r"等(?:[0-9一二三四五六七八九十百几多]+[个家所项条座批])?"
                     r"(?P<mod>[\u4e00-\u9fff]{0,5}?)"
                     r"(?P<head>" + "|".join(sorted(ENUM_HEADS, key=len, reverse=True)) + ")")
ITEM_STOP_TAGS = {"p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "r", "y", "e", "x", "w"}
ENUM_MOD_TAGS = {"n", "v", "vn", "nz", "b", "a", "j", "l", "nt", "an", "m", "ns", None}
#: qualifiers that keep a list of projects or places a list of them (other heads take any noun phrase)
ENUM_MOD_FIXED = {"重点", "重大", "一批", "行政", "中心", "旅游", "特色", "产业", "建设", "在建", "新建", "续建", "招商",
                  "示范", "试点", "精品", "文旅", "骨干", "主要"}
ENUM_MOD_FIXED_LONGEST_FIRST = tuple(sorted(ENUM_MOD_FIXED, key=len, reverse=True))
#: the heads a quoted label can name a policy by, longest first (制/长制 only close a name read whole)
POLICY_HEADS_LONGEST_FIRST = tuple(h for h in sorted(P.POLICY_HEADS, key=len, reverse=True) if h not in ("制", "长制"))
ENUM_MOD_OK = {"重点", "重大", "一批", "知名", "大型", "高新技术", "新"}
ENUM_MOD_BLOCK = set("方面 领域 环节 方式 形式 途径 渠道 措施 手段 内容 问题 工作 活动 服务 要素 资源 因素 方向 部门 业务 外包".split())
NOT_INDUSTRY_ITEM = ("建设", "发展", "振兴", "产业", "效益", "质量")
ENUM_STOPS = "，。；：,;:！？!?（）()【】\t\n“”"
#: jieba knows some companies as whole words tagged nt (浪潮集团)
ORG_PROPER = ("ns", "nr", "nz", "nrt", "nt")
ADJ_TAILS = ("型", "化", "性", "式")
COUNTED = re.compile(r"^[一二三四五六七八九十两几多]+[大个座条家项批类]")
PLACE_HEADS = frozenset(suf for suf, _ in P.PLACE_SUFFIXES)
@functools.lru_cache(maxsize=65536)
def _token_rules(tok: str):
    """Which suffix rules a token can end (memoised: plan vocabulary repeats)."""
    if not CJK.search(tok) or tok[-1] not in SUFFIX_LAST_CHARS:
        return None
    place = _match_suffix(tok, P.PLACE_SUFFIXES)
    got = (_match_suffix(tok, P.ORG_SUFFIXES), _match_suffix(tok, P.GOV_SUFFIXES),
           place if place and place[1] else None,
           _match_suffix(tok, P.PROJECT_SUFFIXES) or _match_suffix(tok, P.EVENT_SUFFIXES),
           tok.endswith(P.INDUSTRY_TAILS), tok.endswith(POLICY_TOKEN_HEADS))
    return got if any(got) else None


SUFFIX_LAST_CHARS = {suf[-1] for table in (P.ORG_SUFFIXES, P.GOV_SUFFIXES, P.PLACE_SUFFIXES, P.PROJECT_SUFFIXES,
                                           P.EVENT_SUFFIXES) for suf, _ in table} | set("业济略动划度制革战")
LEAD_BY_CHAR: dict[str, list[str]] = {}
for _w in LEAD_PREFIXES:
    LEAD_BY_CHAR.setdefault(_w[0], []).append(_w)
LEAD_STRIP_TAGS = {"v", "vd", "vi", "d", "a", "ad", "p", "c", "r", "t", "l", "i", "m", "q", "u", "uj", "f"}
NUMERAL_PAIR = re.compile(r"^(?![一二三四五六七八九十]+月)[一二三四五六七八九十两百千万]+[^一二三四五六七八九十两百千万]{1,3}"
                          r"[一二三四五六七八九十两百千万]")   # 一轴两园, not 二月二龙灯节
PROGRAMME_VERBS = set("强兴富美惠暖安净绿")


INDUSTRY_LEAD_TAGS = {"ns", "v", "vd", "m", "q", "d", "p", "c", "r", "a", "ad", "u", "uj", "t", "f"}
ORDINAL_RE = re.compile(r"^([一二三四五六七八九十]+是|首先|其次|再次|最后|同时|另外)$")
INDUSTRY_HEAD_TAGS = {"n", "nz", "vn", "j", "nr", "nrt", "ng", "l", None}
NOT_INDUSTRY_TAILS = ("企业", "就业", "行业", "事业", "物业", "创业", "职业", "专业", "宜业", "执业", "安业", "乐业",
                      "兴业", "经营业", "营业", "企事业")
#: words that end a strategy's or campaign's name on the left (保持|战略定力, 实施|乡村振兴战略)
POLICY_STOP = frozenset(P.POLICY_LEAD) | P.LEAD_VERBS | frozenset("""
实施 推进 落实 深入 全面 加快 启动 开展 坚持 大力 保持 把握 阐明 成为 抢抓 出台 列入 制定 要 是 准确 积极 融入 服务 对接 
贯彻 围绕 按照 根据 依据 通过 结合 响应 参与 参加 执行 做好 制订 编制 印发 出台 用好 抓住 抓好 强化 完善 健全 建立 构建 打好
探索 打赢 坚决 坚定不移 指 攻坚 环节 关键环节 领域 重点领域 推进改革 深化改革 圆满完成 完成
严守 坚守 守住 守牢 严格落实 严格执行 严格实行 严格遵守 遵守 执行好
""".split())
#: strategies and campaigns need a name, not a category (重大战略, 共同行动, 年度计划)
POLICY_GENERIC = frozenset("""
国家 发展 总体 重大 区域 各项 新 重点 各 该 本 全市 全区 自治区 年度 工作 实际 共同 全民 专项 相关 有关 一系列 系列 具体 重要
""".split())
#: campaign heads whose fields may be coordinated (实施甲和乙三年行动) and the verbs that open such a name
CAMPAIGN_HEADS = ("行动", "计划")
CAMPAIGN_LEADS = frozenset("实施 开展 启动 推进 深入实施 全面实施 持续开展 深入开展 组织实施".split())
#: token endings that make a policy's name: a strategy, campaign, plan, system, mechanism or reform
POLICY_TOKEN_HEADS = ("攻坚战", "保卫战", "战略", "行动", "计划", "制度", "机制", "改革")
SYSTEM_HEADS = ("制度", "机制", "改革")
#: words after 战略/计划/行动 that make it an adjective or a verb (战略合作, 战略定力, 行动方案)
HEAD_AS_MODIFIER = frozenset("""
合作 协议 合作协议 投资 投资者 性 定力 地位 支撑 意义 眼光 高度 伙伴 新兴 方向 重点 目标 任务 方案 纲要 要求
""".split())
POLICY_KIND = {"制度": "system", "机制": "mechanism", "改革": "reform", "攻坚战": "campaign", "战略": "strategy",
               "行动": "campaign", "计划": "programme"}
#: qualifiers that leave a system generic (长效机制, 工作机制, 体制机制, 管理制度)
SYSTEM_GENERIC_LAST = frozenset("""
长效 工作 体制 管理 协调 联动 运行 保障 激励 约束 考核 评价 监督 监管 制度 机制 相关 有效 完善 健全 常态化 长期 各项 配套
""".split())
#: after a quoted label: a few words, then the kind of system it names (“1+1+1”招商负责机制)
QUOTE_GAP_HEAD = re.compile(r"([\u4e00-\u9fff]{1,6}?)(机制|制度|工程|行动|战略|计划|改革|(?<=合作|发展|运营|管理)模式)"
                            r"(?![\u4e00-\u9fff]{0,1}(?:建设|项目))")
#: the few words closing a clause after a quoted model of joined parts, saying how they are joined (“公交+地铁”一体化
#: 换乘, “地铁+公交+慢行”三网融合; not what it serves: “绿电+”载能产业, “算力+”融合应用 … 示范城市)
PLUS_TAIL = re.compile(r"((?!深度|深入|全面|有机|加快)[\u4e00-\u9fff]{0,4}(?:融合|换乘|联运|联动))(?=[，,。；;、]|$)")
QUOTE_MODIFIER_TAILS = ("版", "型", "式", "级", "化", "性")
#: 一区一带, 两横三纵, 一核多点: a numeral, a noun, a numeral, a noun
NUMERAL_SLOGAN = re.compile(r"^[一二三四五六七八九十两双多][\u4e00-\u9fff]{1,2}[一二三四五六七八九十两双多][\u4e00-\u9fff]{1,2}$"
                            # “一核两带三片区”: three or four counted parts of a layout
                            r"|^(?:[一二三四五六七八九十两双多][\u4e00-\u9fff]{1,3}?){3,4}$")
#: 一刻钟便民生活圈, 15分钟健身圈: a service radius named as a programme
CIRCLE_RE = re.compile(r"^(?:一刻钟|半小时|[0-9一二三四五六七八九十]+分钟)[\u4e00-\u9fff]{1,8}圈$")
#: a principle or guideline written in quotes before 的…方针 / 原则
GUIDELINE_RE = re.compile(r"[“\"]([^“”\"，。；]{6,40}?)[”\"]的?[\u4e00-\u9fff]{0,6}(方针|原则)")
#: 五大任务, 两件大事, 三大攻坚战: a counted set of tasks the text names as a campaign
COUNTED_POLICY = re.compile(r"(?<![第0-9])[一二两三四五六七八九十]{1,2}(?:大|件大)(?:任务|事|战略|行动|工程|攻坚战|举措|使命)")
#: 开展送戏进社区活动 / 科技下乡活动 / 文化进万家活动: something taken into a kind of place, run as a campaign
OUTREACH_RE = re.compile(r"(?:开展|组织|举办|推进|深化|实施)(?:了)?(?P<x>[\u4e00-\u9fff]{1,4}(?:进|下|入)"
                         r"(?:社区|乡村|农村|校园|基层|万家|企业|牧区|军营|园区|乡|村)[\u4e00-\u9fff]{0,2}?活动)")
#: 十条措施, 18条措施 (a counted set of measures) and the funds a government sets up (…引导基金)
MEASURES_RE = re.compile(r"(?:[一二三四五六七八九十]{1,3}|[0-9]{1,3})条(?:政策措施|措施|举措|硬措施|意见|政策|细则)"
                         r"|(?:引导基金|产业基金|投资基金|发展基金|创业投资基金|天使基金|创新基金|"
                         r"引导资金|专项资金|发展资金|扶持资金|补偿资金|奖补资金)")
#: 承接甲和乙项目 / 签约甲及上下游项目: projects named only by the sectors they are in
SECTOR_PROJECTS_RE = re.compile(r"(?:承接|引进|招引|签约|落地|布局|谋划|储备)(?P<items>[\u4e00-\u9fff]{2,8}?(?:[、和及](?!其?上下游)[\u4e00-\u9fff]{2,8}?){0,4})"
                                r"(?:及其?上下游|上下游|产业链|等)?(?:重点|重大)?项目")
#: a row of an indicator table written with | cells (…|亿元|18.5|45|预期性)
INDICATOR_ROW_RE = re.compile(r"[|｜]\s*(?:预期性|约束性|属性)\s*(?:[|｜]|$|\n)")
#: how a whole organisation's name ends (a company name read past one of these holds two)
ALL_ORG_ENDS = tuple(suf for suf, _ in P.ORG_SUFFIXES)
#: “一核”即甲; “两带”即乙和丙: the parts of a layout (a counted part in quotes, then 即 and what it is)
LAYOUT_PART_RE = re.compile(r"“[一二三四五六七八九十两多]+[\u4e00-\u9fff]{1,2}”即(?P<items>[^，,。；;：:（(]{4,40})")
LAYOUT_PART_HEADS = ("产业园", "园区", "科技园", "创业园", "带", "廊道", "走廊", "轴", "片区", "组团", "新区", "新城", "集聚区",
                     "功能区", "商务区", "商圈")
#: 实施甲能力提升工程 / 推进乙清洁取暖工程: a programme named by what it raises, revives or brings (no site in it)
PROGRAMME_WORKS_RE = re.compile(r"(?:深入实施|全面实施|组织实施|实施|推进|启动|开展)(?P<x>[\u4e00-\u9fff]{2,10}?"
                                r"(?P<w>能力提升|素质提升|振兴发展|振兴|清洁取暖|惠民|强基|提质扩容|人才培养|培训|培育))(?P<head>工程)")
#: 三产立区, 工业强市, 生态立县: an unquoted four-character slogan of a sector making a place strong
PLACE_SLOGAN = re.compile(r"[\u4e00-\u9fff]{2}[立兴强富][区市县旗蒙省州镇乡]")
#: “四大产业”: a counted group of industries the text names
COUNTED_INDUSTRY = re.compile(r"[“\"]?[一二两三四五六七八九十]大(?:产业集群|主导产业|支柱产业|产业)[”\"]?")
#: 甲、乙等行业 / 等服务业 / 以甲、乙等为延伸的…产业: the items are sectors
SECTOR_LIST_RE = re.compile(r"等(?:传统|新兴|现代|生活性|生产性|新)?(?:行业|服务业|业态)|等为(?:延伸|重点|主导|支撑|龙头|核心|代表)的"
                            r"|等[\u4e00-\u9fff]{2,4}?业态")     # 等科技服务业态
#: 文化、体育、旅游产业: bare sector words sharing one 产业
SHARED_SECTOR_RE = re.compile(r"(?:[\u4e00-\u9fff]{2,6}[、和及]){1,8}[\u4e00-\u9fff]{2,4}?(?P<tail>产业)")
SECTOR_FIELD_RE = re.compile(r"(?:等|(?<=[\u4e00-\u9fff])[二三四五六七八九十两]条)(?:重点|新兴|优势|主导|特色|前沿|未来|配套|上下游|下游|上游)?"
                             r"(?:产业链条|产业链|领域|赛道|板块)")
NOT_SECTOR_ITEMS = frozenset("资金 技术 人才 土地 政策 服务 管理 企业 项目 市场 信息 数据 资源".split())
#: verbs that list the sectors a plan develops
DEVELOP_RE = re.compile(r"(?:大力发展|加快发展|积极发展|重点发展|优先发展|培育壮大|发展壮大|培育|壮大|做强|做大|做优|做精|做旺|做活|做热|发展|布局|延伸|拓展|聚焦|主攻|以)")
STRONG_DEVELOP = frozenset("大力发展 加快发展 积极发展 重点发展 培育壮大 发展壮大 做强 做大 做优 做精 做旺 做活 做热".split())
SECTOR_LIST_STOPS = "，。；：,;:！？!?（）()【】\t\n“”等"
#: how sector names end (装备制造, 冷链物流, 跨境电商, 生物医药, 新材料, 康养)
SECTOR_HEADS = ("制造", "制造业", "物流", "旅游", "电商", "电子商务", "康养", "文创", "材料", "能源", "医药", "装备",
                "金融", "商贸", "会展", "养老", "托育", "种植", "养殖", "加工", "经济", "产业", "服务业", "农业", "工业",
                "信息技术", "大数据", "云计算", "软件", "动漫", "传媒", "创意", "零售", "餐饮", "住宿", "健康", "体育",
                "育种", "种业", "乳业", "化工", "冶金", "光伏", "氢能", "储能", "科技服务", "商务服务", "研发设计",
                "仓储", "冷链", "文旅", "贸易", "快递", "汽车", "风电", "算力", "数据服务", "物联网", "人工智能",
                "运输", "配送", "联运", "存储", "调度", "娱乐", "演艺", "航天", "航空", "电池", "芯片", "半导体",
                "食品", "预制菜", "乳品", "乳制品", "饲草", "畜牧", "种苗", "中医药", "蒙医药", "器械",
                # tourism lines and drug forms plans develop as sectors (非遗体验, 自驾游, 农家乐; 原料药, 制剂, 疫苗)
                "体验", "自驾游", "研学", "农家乐", "渔家乐", "牧家乐", "民宿", "露营", "原料药", "中间体", "制剂", "疫苗", "制药",
                "展演", "观光", "度假", "户外运动", "冰雪运动", "体育运动",
                "数据标注",
                # parts, power and trade lines plans list as sectors (汽车零部件, 火电, 光伏发电, 商贸流通, 科技研发,
                # 信息技术服务, 软件开发, 饲料添加剂)
                "零部件", "火电", "发电", "流通", "研发", "技术服务", "软件开发", "添加剂", "农药", "蔬菜")
INDUSTRY_ENDS = ("业", "经济", "产业")
#: 集甲、乙、丙于一体 (集 is the verb: brings together); 从甲、乙到丙的产业链条; 围绕甲、乙开展联合攻关; 甲领域，
INTEGRATE_RE = re.compile(r"集(?P<items>[\u4e00-\u9fff、和及与]{4,40}?)于一体")
CHAIN_SPAN_RE = re.compile(r"从(?P<items>[\u4e00-\u9fff、]{2,30}?到[\u4e00-\u9fff]{2,10}?)的(?:完整|全)?产业链(?:条)?")
RESEARCH_FIELDS_RE = re.compile(r"围绕(?P<items>[\u4e00-\u9fff、和]{4,30}?)开展(?:关键|核心|共性)?(?:联合|技术|科研|协同)?(?:攻关|研发|研究)")
FIELD_LEAD_RE = re.compile(r"(?:在)?([\u4e00-\u9fff]{2,8})领域[，,]")      # (在硅基新材料领域，: 在 opens no name)
CHAIN_OF_RE = re.compile(r"(?:延伸|延长|拉长|完善|壮大|补齐|打造|构建|做强)(?P<x>[\u4e00-\u9fff]{3,10}?)(?:全)?产业链(?!条)")
BROUGHT_SECTORS_RE = re.compile(r"(?:引进|招引|引育|培育|吸引|集聚|落地|推动|支持|引导|鼓励|(?<=[\u4e00-\u9fff])等)"
                                r"(?P<items>[\u4e00-\u9fff]{2,8}(?:[、和及][\u4e00-\u9fff]{2,8}){1,6}?)"
                                r"(?:等)?(?:龙头|重点|骨干|领军|配套)?企业")
#: “甲—乙—丙”产业链: a chain written as its links; 向甲、乙、丙延伸: the links a chain reaches for
QUOTED_CHAIN_RE = re.compile(r"[“\"](?P<links>[\u4e00-\u9fff]{1,8}(?:[—－-]{1,2}[\u4e00-\u9fff]{1,8}){2,6})[”\"]"
                             r"(?P<head>全产业链|产业链|循环产业链)")
EXTEND_TO_RE = re.compile(r"向(?P<items>[\u4e00-\u9fff]{2,8}(?:[、和及][\u4e00-\u9fff]{2,8}){1,6}?)"
                          r"(?:等)?(?:领域|环节|下游|高端|终端)?(?:延伸|拓展|延链|进军)")
#: 等 + a long qualifier + what companies are called (等众多汽车销售及后市场配套企业, 等知名新能源汽车品牌)
ORG_LIST_RE = re.compile(r"等(?P<mod>[\u4e00-\u9fff]{0,16}?)(?P<head>龙头企业|企业|品牌|车企|厂商|公司|集团)(?![\u4e00-\u9fff]{0,1}(?:发展|集群|建设))")
#: verbs that bring companies in (a list of brands after them is a list of companies)
BRING_VERBS = ("引进", "引入", "招引", "吸引", "落地", "入驻", "进驻", "对接", "依托", "合作", "携手", "签约", "落户")
#: heads of institutes, laboratories and company seats that jieba splits into words
INSTITUTION_RE = re.compile(r"(?:分中心|技术创新中心|创新中心|协作中心|工程研究中心|工程技术研究中心|产业研究院|研究院|重点实验室|实验室|中试平台|"
                            r"院士工作站|工作站|研发中心|区域总部|总部)")
INSTITUTION_GENERIC = frozenset("""
专家 院士 医学 科技 技术 创新 研发 科研 技术创新 科技创新 中心 医学中心 重点 工程 产业 行业 企业 联合 协同 合作 共建 共享 公共 综合
""".split())
#: words inside an institute's name that jieba tags as verbs (联合实验室, 协同创新中心)
INSTITUTION_INNER = frozenset("联合 协同 创新 研发 合作".split()) | frozenset(
    "利用 转化 防控 保护 治理 修复 开发 监测".split())      # 固废资源化利用联合实验室: the work it studies
#: trade words that end a company's short name (并行科技, 蒙草集团, 优然牧业)
BRAND_TAILS = frozenset("""
科技 集团 股份 控股 实业 汽车 牧业 乳业 电气 电子 能源 新能源 新材料 光电 生物 制药 药业 食品 物流 传媒 智能 信息 网络 软件 数据
""".split())
INSTITUTION_RANKS = frozenset("国家 国家级 自治区 自治区级 省级 市级 区级 中央 全国".split())
#: government offices named alone (市政府 approves; the place is the plan's)
GOV_OFFICES = frozenset("市委 市政府 区委 区政府 县委 县政府 旗委 旗政府 盟委 市人大 市政协 区人大 区政协 市纪委 区纪委".split())
#: three-character words ending in 部 that are no ministry
NOT_MINISTRIES = frozenset("""
干部 总部 全部 内部 外部 局部 工作部 结合部 本部 分部 俱乐部 党支部 营业部 事业部 服务部 项目部 指挥部 东部 西部 南部 北部 中部 腹部 头部 底部 顶部
司令部 领导部 大部分 细部 基层部 各部 内外部 上下部 东西部 中西部 东中部 沿边部
""".split())
#: government departments (a closed vocabulary of Chinese administration), with the level that owns them
BUREAUS = """
发展和改革委员会 发展改革委 发改委 工业和信息化局 工信局 科学技术局 科技局 教育局 财政局 住房和城乡建设局 住建局 卫生健康委员会
卫生健康委 卫健委 商务局 文化和旅游局 文化旅游局 文旅局 农牧局 农业农村局 自然资源局 生态环境局 交通运输局 应急管理局
市场监督管理局 市场监管局 人力资源和社会保障局 人社局 民政局 公安局 税务局 统计局 审计局 水务局 水利局 林业和草原局 林草局
城市管理局 城管局 医疗保障局 医保局 退役军人事务局 大数据局 能源局 国资委 司法局 信访局 行政审批和政务服务局
政务服务局 投资促进局 招商局 机关事务管理局 乡村振兴局 体育局 民族事务委员会 民委 粮食和物资储备局 气象局 地震局 金融办
文化旅游体育局 文化和旅游体育局 文体旅游局 文化体育旅游局 文旅体育局 文化旅游广电局 文化和旅游广电局 文体广电和旅游局
农牧和科技局 工业和科技局 科技和工业信息化局 商务和投资促进局 数据局 林业局 草原局
""".split()
BUREAU_RE = re.compile(r"(?P<lvl>自治区|市|区|县|旗|盟)?(?:" + "|".join(sorted(BUREAUS, key=len, reverse=True)) + ")")
#: a bureau's branch in a county (…局乙县分局)
BRANCH_RE = re.compile(r"([\u4e00-\u9fff]{2,8}?[县区旗市])(?:分局|支队|大队)")
#: steering groups and task forces
GROUP_HEADS = frozenset("领导小组 工作领导小组 工作专班 指挥部 工作组 专项工作组".split())
GROUP_OPENERS = frozenset("成立 组建 设立 建立 成立了 组建了 设立了 由 和 及 与 各 全 完善 健全 强化 发挥 充分发挥".split())
#: single words inside a project's name that end a name elsewhere (霍寨沟小流域…, 国家北方足球训练基地)
PROJECT_INNER = P.WORK_NOUNS | frozenset("""
夜间 日间 四季 小 大 新 老 北方 南方 东方 西部 北部 东部 南部 中部 北麓 南麓 东麓 西麓 前坡 后坡 沿岸 两岸 沿线 南岸 北岸 东岸 西岸
""".split())
#: rank and category words: with a place alone they make no name (呼市重大项目, 新城区重点工程)
PROJECT_RANKS = frozenset("""
重点 重大 民生 基础设施 基础 设施 新开工 开工 续建 在建 储备 示范 市级 区级 县级 自治区级 国家级 省级 招商 引资 招商引资 投资
政府 一批 各类 相关 等 大 小 新 老 建设 产业 项目 工程 领域 城市 农村 乡村
""".split())
#: water transfer schemes are named by a verb phrase (引黄入呼, 引绰济辽, 南水北调)
TRANSFER_RE = re.compile(r"引[\u4e00-\u9fff][入济][\u4e00-\u9fff]|[南北东西]水[南北东西]调")
#: one-character heads the segmenter splits from the word before (生态旅游|带, 污水处理|厂)
SPLIT_HEAD_ENDS = frozenset("带 厂 站 场 桥 楼 道".split())
#: route numbers (国道 G, 省道 S, 县道 X, 乡道 Y) then the road's name
ROUTE_RE = re.compile(r"(?<![A-Za-z0-9])[GSXY][0-9]{1,4}(?:线)?[\u4e00-\u9fff]{2,14}?(?:高速公路|一级公路|二级公路|高速|公路|国道|省道|快速路|连接线)")
LINE_RE = re.compile(r"(?:地铁|轨道交通|城市轨道交通)[0-9一二三四五六七八九十]{1,2}号线(?:[一二三四五六七八九十]期(?:工程)?)?")
ROUTE_ENDS = re.compile(r"(?<=[0-9])([\u4e00-\u9fff]{2,4})至([\u4e00-\u9fff]{2,4}?)(?=高速公路|一级公路|二级公路|高速|公路|国道|省道|快速路|连接线)")
#: what a route between two named places is (呼和浩特至凉城高速公路, 哈乐镇至武川县城一级公路, 甲站至乙新区市域铁路),
#: then how the works on it are written (改扩建项目, 复线工程); the segment marker 段 may close the second end
ROUTE_WORKS = r"(?:复线|改扩建|扩建|改建|新建|前期)?(?:[一二三四五六七八九十]期)?(?:工程|项目)?"
ROUTE_KIND_RE = re.compile(r"段?(?:高速公路|一级公路|二级公路|旅游公路|公路|城际铁路|市域铁路|铁路|高速铁路|快速通道|快速路|"
                           r"连接线|输气管道|输电线路|骑行绿道|绿道)" + ROUTE_WORKS)
ROUTE_WORKS_RE = re.compile(ROUTE_WORKS)
#: a list of key projects (玉泉区文旅消费重点项目, a 专栏's title), not one of them
KEY_PROJECTS_END = re.compile(r"(?:重点|重大)(?:建设)?(?:项目|工程)$")
#: the count of generating units before their size (2×66万千瓦机组)
UNIT_COUNT_RE = re.compile(r"[0-9]{1,2}[×xX]$")
#: a school's or hospital's new campus or branch, named by the institution, then where it is (金河, 东, 和林格尔新区)
CAMPUS_RE = re.compile(r"(中学|小学|学校|大学|学院|医院|幼儿园|卫生院)((?:(?!中学|小学|学校|大学|学院|医院)[\u4e00-\u9fff]){0,6}?)"
                       r"(新校区|校区|分校|新院区|院区|分院|"
                       # or a new building of it (托克托县第一中学综合楼, 县医院急诊综合楼)
                       r"(?:门急诊|急诊急救|急诊|门诊医技|门诊|医技|住院|教学|实验|学生宿舍)?综合楼|(?:住院|门诊|医技|教学|实验)楼)"
                       r"((?:[一二三四五六七八九十]期)?(?:建设)?(?:项目|工程))?")
CAMPUS_UNIT_CHAR = re.compile("校区|分校|院区|分院|楼")
#: a campus being built or opened (开工建设, 建成招生, 挂牌运行), not one named as where an event is held (在甲校区举办)
CAMPUS_CUE_RE = re.compile("建设|新建|建成|开工|投用|投入使用|竣工|封顶|启用|挂牌|招生|开学|开诊|运行|迁建|扩建|筹建|落地|签约")
#: the division kinds a bare route end names (凉城 → 凉城县, 鄂尔多斯 → 鄂尔多斯市); 县城 is the county's seat
ROUTE_END_SUFFIXES = ("", "市", "县", "旗", "区", "镇", "乡")
#: kinds of area that do not make a project specific (农区河道整治工程 is a category of works)
AREA_WORDS = frozenset("农区 牧区 城区 山区 郊区 景区 社区 园区 城郊 乡镇 村庄 河道 沟道 街巷 背街小巷".split())
#: words jieba tags as proper that are themes or materials, not brands (中草药, 爱国主义, 信息安全)
NOT_BRAND_ENDS = ("药", "业", "主义", "安全", "种植", "文化", "经济", "教育", "精神")
THEME_BASES = ("种植基地", "教育基地", "实践基地", "培训基地", "示范基地", "研学基地", "养殖基地", "经济林")
SETTLEMENT_START = re.compile(r"^[\u4e00-\u9fff]{1,3}(?:村|镇|乡|苏木|嘎查|街道|社区)")
BUILT_RE = re.compile(r"(?:开工建设|建成投产|建成投用|建成|投产|开工|竣工|签约落地|签约|落地|启动建设|推进)")
PHASE_END = re.compile(r"[一二三四五六七八九十0-9]期$")
#: 等 + a list of kinds + 项目/企业 (等休闲游、体验游项目)
TYPED_LIST_RE = re.compile(r"等(?:[\u4e00-\u9fff]{1,5}、){1,3}[\u4e00-\u9fff]{1,5}?(?P<head>项目|企业)")
#: facilities each listed company builds for itself (中行、农行等数据中心项目)
FACILITY_MODS = ("数据中心", "算力中心", "生产基地", "研发中心", "产业园", "总部基地", "区域总部", "工厂", "基地")
#: 挂牌“…”: a body takes a second name
RENAME_RE = re.compile(r"(?:正式)?(?:挂牌|更名为|加挂)[“\"]([^“”\"]{4,30})[”\"]")
PAREN_SITE_RE = re.compile(r"([\u4e00-\u9fff]{2,6})[（(]([\u4e00-\u9fff]{2,6})[）)]"
                           r"[\u4e00-\u9fff]{2,20}?(?:项目|工程|(?:产业园|园区|基地|中心)(?:建设项目|项目|工程)?)")
#: 甲智算（内蒙古）科技有限公司: the region a company is registered in, bracketed inside its name
COMPANY_PAREN_RE = re.compile(r"(?<=[\u4e00-\u9fff])[（(](?P<region>[\u4e00-\u9fff]{2,8})[）)][\u4e00-\u9fff]{0,12}?"
                              r"(?:股份有限公司|有限责任公司|有限公司|集团)")
#: place kinds that say where a company sits, not which company (海西路众环集团)
STREET_KINDS = ("road", "street", "business_district")
#: tags of a founder's short name opening a project (上海交大, 中石化)
BRAND_TAGS = ("j", "nz", "nt", "nrt")
#: abbreviations that name organisations: banks (中行), petrochemicals (中石化), universities (北大), academies
J_ORG_TAILS = ("行", "化", "大", "院", "油", "联", "投")
#: facilities a company builds (a person-tagged word before them is a brand: 华为云…数据中心)
INDUSTRIAL_HEADS = ("数据中心", "生产基地", "基地", "产业园", "工厂", "总部", "智慧中心", "算力中心", "研发中心")
PHASE_RE = re.compile(r"^[一二三四五六七八九十0-9]+期$")
BRACKETED_PHASE = re.compile(r"[（(][一二三四五六七八九十0-9]+期(?:工程)?[）)]")
YEARS_RE = re.compile(r"^[一二三四五六七八九十两\d]+年(行动)?$")
EVENT_VERBS = ("举办", "承办", "举行", "办好", "主办", "开幕", "召开", "协办")
INDUSTRY_VERB_LEADS = ("发展", "培育", "形成", "逐步", "合理", "加快", "大力", "积极", "推动", "促进", "布局")
INDUSTRY_VERB_CHARS = set("做抓促强提优建推扩育兴壮拓")
FUNC_CHARS = set("等和及与的、在对以将把从向为")


GOAL_BUILD_VERBS = ("建设", "打造", "建成", "创建", "争创")
LAYOUT_AFTER_RE = re.compile(r"的?(?:发展|空间|产业|文化旅游|旅游)?(?:布局|格局)")
#: the actors a campaign urges (企业“上云用数赋智”, 农户“…”) and the verbs that urge them
ACTOR_BEFORE_RE = re.compile(r"(?:企业|农户|农牧户|商户|群众|市民|居民|村民|主体)$")
URGE_RE = re.compile(r"(?:推动|引导|鼓励|支持|组织|动员|带动|促进)")
EVENT_HEADS = ("文化节", "旅游节", "艺术节", "音乐节", "美食节", "啤酒节", "冰雪节", "花节", "博览会", "交易会",
               "展览会", "运动会", "马拉松", "嘉年华", "那达慕")
#: “一把手”招商: a quoted label, then 招商 (not 招商引资, 招商局: the label qualifies another noun)
MODE_HEAD_RE = re.compile(r"招商(?!引资|局|会|中心|部门|企业|项目|平台|团队|专班|小分队)")
#: verbs that set up a working formula (建立“…”的推进机制, 坚持“…”)
FORMULA_LEADS = ("建立", "坚持", "形成", "构建", "建立健全", "推广")
#: what follows a quoted formula that names a way of working (“…”的推进机制, “…”工作模式)
FORMULA_AFTER_RE = re.compile(r"的?[\u4e00-\u9fff]{0,4}(?:机制|模式|制度|工作法|办法)")


def _formula_named(sq: str, end: int, before: str) -> bool:
    """Whether a quoted formula is itself the programme: introduced by a verb of carrying out, or followed by
    a generic word for a mechanism (“…”的推进机制).  “…”的项目包联制度 / “…”的“1+1+1”招商负责机制 qualify a
    named system, which is the policy."""
    after = FORMULA_AFTER_RE.match(sq, end)
    if FORMULA_RESULT_RE.match(sq, end):
        return True      # “以电招商、以电兴产”成效显现: the results of a way of working
    if sq.startswith("的", end):
        return SHORT_MECHANISM_RE.match(sq, end) is not None
    return before.endswith(P.POLICY_LEAD + ISSUE_VERBS + FORMULA_LEADS) or after is not None


FORMULA_RESULT_RE = re.compile(r"(?:成效|取得|深入人心|落地见效|全面推开|持续深化)")
#: “…”的推进机制 / 的帮扶机制: a way of working named only by its kind (at most two characters before the
#: head), so the formula before it is the name
SHORT_MECHANISM_RE = re.compile(r"的[\u4e00-\u9fff]{0,2}(?:机制|模式|制度|工作法|办法)")


def _formula_list(q: str) -> bool:
    """周调度、月通报、季观摩 / 一个项目、一名领导、一个专班: two or more parallel items of a working formula
    (each 2 to 8 characters, the same length or each counted), not a list of one-character sectors."""
    items = q.split("、")
    if len(items) < 2 or not all(2 <= len(x) <= 8 and CJK.match(x) for x in items):
        return False
    return len({len(x) for x in items}) == 1 or all(x[0] in "一每两" for x in items)


#: a year, a quarter or a period inside a list's name (甲区2025年二季度重点项目 is a batch, not a project)
TIME_TOKEN_RE = re.compile(r"^(?:[0-9]{2,4}年?|年|年度|[一二三四1-4]?季度|上半年|下半年|时期|期间|今年|明年|全年|[0-9一二三四五六七八九十]{1,2}月"
                           r"|第?[一二三四五六七八九十0-9]{1,2}批|第|批|首批)$")     # 第二批重点项目: a batch
#: 甲（乙段）建设工程: a bracketed segment inside a work's name
SEGMENT_PAREN_RE = re.compile(r"(?<=[\u4e00-\u9fff])(?P<open>[（(])[\u4e00-\u9fff0-9]{1,10}段[）)]"
                              r"[\u4e00-\u9fff]{0,8}?(?:建设工程|建设项目|工程|项目)")
#: 年加工5万吨, 年产5000辆, 日处理3000吨: an output capacity before a line or a plant
CAPACITY_RE = re.compile(r"(?:年产(?!值)|年加工|年处理|年生产(?!总值)|日处理|日产(?!值))[\u4e00-\u9fff]{0,4}?[0-9０-９.一二三四五六七八九十百千万]+")
INVEST_AMOUNT_RE = re.compile(r"投资[0-9.０-９]+(?:亿|万)元?[，,]$")
#: the head of a base named by what it grows, breeds or makes (…标准化种植基地, …养殖基地, …繁育基地)
GROWN_BASE_RE = re.compile(r"(?:种植|养殖|繁育|育苗|育种|制种|加工)基地$")
#: a quoted numbered set the plan calls its positionings (“三区一基地”发展定位): goals, not a slogan
POSITIONING_AFTER_RE = re.compile(P.POSITIONING)
#: what joins two organisations a name read back runs over: 甲大学与乙公司, 甲局会同乙局 (acting together)
ORG_JOINER_RE = re.compile(r"与|和|会同|联合|协同")
PARTNER_WORDS = frozenset("合作 联合 共同 携手 合资 协同 分别 各自 牵头 负责".split())
NUMBER_TOKEN = re.compile(r"^[0-9０-９.%]+$")
#: verbs by which a company builds a facility (甲公司投资…建设|乙中心)
INVEST_VERBS = frozenset("建设 新建 投资建设 建成 打造 布局 落地".split())
#: after the capacity: the figure's unit, the products and 项目 (no clause break)
CAPACITY_TAIL_RE = re.compile(r"[0-9０-９.一二三四五六七八九十百千万]*[A-Za-z\u4e00-\u9fff]{0,3}?的?[\u4e00-\u9fffA-Za-z0-9、]{2,24}?"
                              r"(?:项目|工程)"
                              # 年产10万吨L-赖氨酸扩能项目: a product's Latin prefix joined by a hyphen
                              r"|[0-9０-９.一二三四五六七八九十百千万]*[\u4e00-\u9fff]{0,3}?[A-Za-z]{1,3}-[\u4e00-\u9fffA-Za-z0-9]{2,20}?(?:项目|工程)")
#: a rank opening a facility's name (自治区级智能工厂, 国家级绿色工厂): with nothing specific after it, a title
RANK_OPEN_RE = re.compile(r"(?:自治区级|国家级|省级|市级|区级|县级|旗级)")
#: verbs after which a facility is the existing site relied on (依托甲基地), not the thing built
RELY_VERBS = ("依托", "依靠", "借助", "立足")


def _relied_on(sq: str, a: int) -> bool:
    """Whether the name at ``a`` is (the last item of a 、-list) right after 依托 / 借助."""
    if sq.endswith(RELY_VERBS, 0, a):
        return True
    if a == 0 or sq[a - 1] != "、":
        return False
    k = a - 1
    while k > 0 and sq[k - 1] not in "，。；：,;:（）()“”\n" and a - k < 40:
        k -= 1
    clause = sq[k:a - 1]
    verb = next((v for v in RELY_VERBS if clause.startswith(v)), None)
    if verb is None:
        return False
    items = clause[len(verb):].split("、")
    return all(2 <= len(x) <= 10 and CJK.match(x) for x in items)


#: verbs that issue a measure (出台“惠企十条”)
ISSUE_VERBS = ("出台", "印发", "制定", "发布", "推出", "制订")
SLOGAN_LEADS = ("坚持", "实施", "落实", "推进", "深化", "推动", "践行", "坚定", "围绕", "立足", "深入实施")


def list_end(sq: str, start: int) -> int:
    """Where the list that starts at ``start`` ends: the first list-stopping character, or the end.

    >>> list_end("甲、乙和丙。其他", 0)
    5
    """
    stop = start
    while stop < len(sq) and sq[stop] not in SECTOR_LIST_STOPS:
        stop += 1
    return stop


def _generic_gap(gap: str) -> bool:
    """“X”建设行动 is X's programme too; only a gap that starts a new clause breaks the name."""
    return gap[:1] in FUNC_CHARS or gap.startswith(("的", "等", "和"))


def _rank_and_sector(mod: str) -> bool:
    """重点物流, 省级文旅: a rank followed by a sector still qualifies a list of named places or projects."""
    for rank in ENUM_MOD_FIXED_LONGEST_FIRST:
        if mod.startswith(rank) and len(mod) > len(rank):
            rest = mod[len(rank):]
            return rest.endswith(SECTOR_HEADS) and len(rest) <= 4
    return False


def _last_stop(sq: str, left: int, stops: str = "") -> int:
    """Index of the last stop character before ``left`` (-1 if none): where a list opens."""
    stops = stops or ENUM_STOPS
    i = left - 1
    while i >= 0 and sq[i] not in stops:
        i -= 1
    return i


def _join_dashes(toks: list[str], res: Resources) -> list[str]:
    """帝斯曼|—|芬: a joint venture's name (甲—乙公司) is one word when a dash joins two name pieces."""
    out: list[str] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t in ("—", "－") and out and i + 1 < len(toks) and CJK.match(out[-1][-1:] or "x") \
                and CJK.match(toks[i + 1][:1] or "x") and res.tag(out[-1]) in (None, "nr", "nz", "nrt", "nt") \
                and len(out[-1]) >= 2:
            out[-1] = out[-1] + t + toks[i + 1]
            i += 2
            continue
        out.append(t)
        i += 1
    return out


#: bare place heads a 和 cannot join as a conjunct: 如意和大街 is one street, not 如意 and 大街
AND_PLACE_HEADS = frozenset("大街 街 路 大道 巷 村 镇".split())
AND_ORG_HEADS = ("有限公司", "有限责任公司", "公司", "集团", "研究院", "创新中心", "研究中心", "大学", "学院", "合作社",
                 "联合社")


def _join_and(toks: list[str], res: Resources) -> list[str]:
    """A 和 inside a name is no conjunction: 如意|和|大街 (a bare street head is no conjunct) is one
    street; 内蒙古|和|牧|乳业|有限公司 (a region is not listed with a company) glues 和 to the next piece."""
    out: list[str] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t == "和" and i + 1 < len(toks) and len(toks[i + 1]) == 1 and CJK.match(toks[i + 1]) \
                and (not out or out[-1] in P.BOUNDARY_WORDS or not CJK.match(out[-1][-1:] or "x")) \
                and res.tag(toks[i + 1]) not in ("vd", "ad", "d", "c", "p", "u", "uj", "r", "m", "q", "f"):
            out.append(t + toks[i + 1])      # 依托|和|盛…园区: nothing to join before it, so 和盛 is a name
            i += 2
            continue
        if t == "和" and out and i + 1 < len(toks) and CJK.match(out[-1][-1:] or "x"):
            nxt = toks[i + 1]
            if nxt in AND_PLACE_HEADS and len(out[-1]) >= 2 and out[-1] not in P.BOUNDARY_WORDS \
                    and out[-1] not in P.GENERIC:
                out[-1] = out[-1] + t + nxt
                i += 2
                continue
            if out[-1] in res.place_forms and CJK.match(nxt[:1] or "x") and nxt not in res.surfaces \
                    and any(x.endswith(AND_ORG_HEADS) for x in toks[i + 1:i + 5]) \
                    and all(NAME_CHAR.match(x) for x in toks[i + 1:i + 4]):
                out.append(t + nxt)
                i += 2
                continue
        out.append(t)
        i += 1
    return out


#: a line closing with an indicator's attribute: a row of an indicator table, whatever separates its cells
ATTRIBUTE_LINE_END = re.compile(r"(?:预期性|约束性)[ \t\u3000]*(?:\n|$)", re.M)
#: a count closing a list of sectors (两大产业, 三个方向)
COUNTED_TAIL = re.compile(r"[两三四五六七八九十]+(?:大|个)(?:主导|支柱|特色|重点|优势)?(?:产业|方向|领域|板块)(?:集群)?$")
#: works suffixes that, so qualified, name a designated area rather than a work (历史文化街区)
AREA_NOT_WORKS = ("历史文化街区",)
#: 市/区/县/旗 opening a company's name: the local government's own company (市公交集团)
LOCAL_UNIT_LEADS = ("市", "区", "县", "旗")
#: dictionary words that glue a name's last word to the verb after it
GLUED_HEADS = {"工程建设": ("工程", "建设"), "项目建设": ("项目", "建设"), "工程项目": ("工程", "项目"),
               "项目前期": ("项目", "前期"),     # 加快甲示范项目前期工作
               # 方案由市公交集团…编制: 由 introduces the body, and 市 opens its name
               **{"由" + unit: ("由", unit) for unit in "市区县旗盟"},
               "内有": ("内", "有")}      # 辖区内有|内蒙古大学…: the district holds the university


#: a direction and a road head, which name no road alone (通道|北路, 大学|东路, 大|西街)
DIRECTION_ROADS = frozenset("东路 西路 南路 北路 中路 东街 西街 南街 北街 中街 东巷 西巷".split())


def _join_direction_roads(toks: list[str], res: Resources) -> list[str]:
    """通道|北路 → 通道北路: the word before a direction road head is the road's own name (whatever jieba
    tagged it), unless it is a word that opens a clause (推进|北路…) or a place the road is in."""
    out: list[str] = []
    for t in toks:
        prev = out[-1] if out else ""
        if t in DIRECTION_ROADS and 1 <= len(prev) <= 4 and CJK.fullmatch(prev[0]) and all(CJK.match(ch) for ch in prev) \
                and prev not in P.BOUNDARY_WORDS and prev not in P.LEAD_JUNK and prev not in res.place_forms \
                and prev not in P.GENERIC:
            out[-1] = prev + t
            continue
        out.append(t)
    return out


def _split_glued(toks: list[str], res: Resources) -> list[str]:
    """Unknown two-plus-character tokens that swallowed a function character (节等, 以古) are split."""
    out = []
    tag_of = res.tag_of
    for k, t in enumerate(toks):
        if t == "节日" and k + 1 < len(toks) and toks[k + 1] == "前" and k > 0 and CJK.match(toks[k - 1]):
            out.extend(["节", "日"])     # 杏花节|日前在…开幕: an event's 节, then 日前 (days ago), which jieba glued
            continue
        if t in GLUED_HEADS:
            out.extend(GLUED_HEADS[t])      # 提档升级|工程建设: the works word ends a name, 建设 starts the clause
            continue
        if len(t) >= 2 and tag_of[t] is None and CJK.match(t):
            lead = t[0] in FUNC_CHARS
            tail = t[-1] in FUNC_CHARS
            if lead:
                out.append(t[0])
                t = t[1:]
            if tail and len(t) >= 2:
                out.extend([t[:-1], t[-1]])
                continue
            if t:
                out.append(t)
            continue
        out.append(t)
    return out


class Finder:
    """Candidate mentions in one sentence."""

    def __init__(self, s: Sentence, res: Resources, plan_city: str | None) -> None:
        self.s, self.res, self.plan_city = s, res, plan_city
        self.out: list[Cand] = []

    def run(self) -> list[Cand]:
        self.gazetteer()
        self.quoted()
        self.policy_phrases()
        self.suffix_rules()
        if "工程" in self.s.sq:
            self.programme_works()
        if "”即" in self.s.sq:
            self.layout_parts()
        if "活动" in self.s.sq:
            self.outreach()
        self.school_abbr()
        self.enumerations()
        self.typed_lists()
        self.built_phases()
        self.industry_lists()
        self.developed_sectors()
        if "于一体" in self.s.sq or "产业链" in self.s.sq or "开展" in self.s.sq or "领域" in self.s.sq \
                or "企业" in self.s.sq or "向" in self.s.sq or "项目" in self.s.sq:
            self.sector_item_lists()
        self.org_lists()
        self.institutions()
        self.gov_bodies()
        if BUREAU_CHAR.search(self.s.sq):
            self.bureaus()
        if "（" in self.s.sq or "(" in self.s.sq:
            self.bracketed_sites()
            if "段" in self.s.sq:
                self.segment_projects()
        if CAPACITY_RE.search(self.s.sq):
            self.capacity_projects()     # after the bracketed company names (甲（乙）医药有限公司年产…项目)
        self.project_brands()
        if CAMPUS_UNIT_CHAR.search(self.s.sq):
            self.campuses()
        if "×" in self.s.sq:
            self.multiplied_units()
        self.shared_project_heads()
        self.renamed()
        if ORG_JOINER_RE.search(self.s.sq):
            self.split_joined_orgs()
        return self.out

    def renamed(self) -> None:
        """甲中心挂牌“乙分中心”: the quoted name is the organisation's second name, not a new thing."""
        s = self.s
        sq = s.sq
        for c in [c for c in self.out if c.label == "Organization"]:
            m = RENAME_RE.match(sq, c.end)
            if not m:
                continue
            qa, qb = m.start(1), m.end(1)
            subject = c.name or canonical_name("Organization", sq[c.start:c.end])
            self.out = [x for x in self.out if not (x.label in ("Organization", "Project") and qa <= x.start
                                                    and x.end <= qb + 1)]
            self.out.append(Cand(qa, qb, "Organization", subject, "org-renamed", 0.75, c.kind, 2))

    def shared_project_heads(self) -> None:
        """甲牧业、乙集团饲草产业园: companies listed before one facility name each have that facility."""
        s = self.s
        sq = s.sq
        orgs = {(c.start, c.end) for c in self.out if c.label == "Organization"}
        for c in [c for c in self.out if c.label == "Project"]:
            if c.start == 0 or sq[c.start - 1] != "、":
                continue
            lead = max((o for o in orgs if o[0] == c.start and o[1] < c.end), default=None, key=lambda o: o[1])
            if lead is None:
                continue
            shared = sq[lead[1]:c.end]
            end = c.start - 1
            while end > 0 and sq[end] == "、":
                start = _last_stop(sq, end, ENUM_STOPS + "、") + 1
                item = next(((a, b) for a, b in orgs if b == end and a >= start), None)
                if item is not None and (sq[item[0]:item[1]].endswith(ALL_SUFFIXES_TUPLE)
                                         or INSTITUTION_RE.search(sq, item[0], item[1])):
                    break      # 甲院士工作站、乙研究院: whole institutions listed, no shared head
                if item is None:
                    # 青禾牧业、白桦集团…: an item shaped like a company's short name, among companies, is one
                    a = start
                    if a in s.off_set:
                        k = bisect.bisect_left(s.offs, a)
                        while k < len(s.toks) and s.offs[k] < end and (s.toks[k] in P.BOUNDARY_WORDS
                                                                     or s.toks[k] in P.LEAD_VERBS):
                            k += 1
                        if k + 1 < len(s.toks) and s.offs[k + 1] + len(s.toks[k + 1]) == end \
                                and s.toks[k + 1] in BRAND_TAILS and s.tagl[k] in (None, "nz", "nr", "nrt", "nt", "b"):
                            item = (s.offs[k], end)
                            self.out.append(Cand(item[0], end, "Organization", None, "org-brand", 0.7, "enterprise", 2))
                if item is None:
                    break
                self.out.append(Cand(item[0], item[1], "Project", sq[item[0]:item[1]] + shared, "project-shared-head",
                                     0.7, "facility"))
                end = item[0] - 1
    def project_brands(self) -> None:
        """A project or facility whose name opens with a company (中石化院士工作站项目, 并行科技算力基地,
        某某云数据中心) names that company too."""
        s = self.s
        for c in [c for c in self.out if c.label == "Project"]:
            k = bisect.bisect_left(s.offs, c.start)
            if k >= len(s.toks) or s.offs[k] != c.start or k + 1 >= len(s.toks):
                continue
            t0, g0 = s.toks[k], s.tagl[k]
            pname = s.sq[c.start:c.end]
            if t0 in self.res.place_forms or t0 in P.GENERIC or t0 in P.NOT_NAMES or len(t0) < 2 or not CJK.match(t0) \
                    or t0.endswith(NOT_BRAND_ENDS) or pname.endswith(THEME_BASES) or SETTLEMENT_START.match(pname):
                continue       # 中草药种植基地, 爱国主义教育基地, 某某村…工程: a theme or a place opens the name
            nxt = s.toks[k + 1]
            end = s.offs[k] + len(t0)
            if end >= c.end:
                continue
            if nxt in BRAND_TAILS and end + len(nxt) < c.end and g0 not in ("n", "vn", "a", "m", "ns") \
                    and t0 not in P.GENERIC_INDUSTRY_MODIFIERS and not self.res.lex.industry(t0):
                self.brand(c.start, end + len(nxt))          # 并行|科技|算力基地, 优然|牧业|饲草产业园
            elif g0 in ("nz", "nt", "nrt") or (g0 == "j" and t0.endswith(J_ORG_TAILS)) \
                    or (g0 == "nr" and s.sq[c.start:c.end].endswith(INDUSTRIAL_HEADS)):
                if t0 in self.res.surfaces:
                    continue       # the lexicon names it already (蒙牛|乳铁蛋白 is not 蒙牛乳)
                if len(nxt) == 1 and CJK.match(nxt) and s.tagl[k + 1] in ("v", "vg", "zg", None) \
                        and end + 1 < c.end and k + 2 < len(s.toks) and len(s.toks[k + 2]) >= 2:
                    end += 1       # 中农|联: a one-character piece jieba split off the brand
                self.brand(c.start, end)

    # gazetteer ---------------------------------------------------------------------------------
    def gazetteer(self) -> None:
        if self.res.matcher is None:
            return
        sq = self.s.sq
        for m in self.res.matcher.finditer(sq):
            label, canonical = self.res.surfaces[m.group(0)]
            if label == "Place" and sq.startswith("级", m.end()):
                continue     # 自治区级, 市级: a rank, not the place
            if label == "Industry" and m.group(0).endswith("产业") and sq.startswith("集群", m.end()):
                # 燕麦产业集群: a named cluster keeps 集群 in the industry's name
                self.out.append(Cand(m.start(), m.end() + 2, label, None, "gazetteer", 0.9, priority=3))
                continue
            if label == "Industry" and sq.startswith("产业集群", m.end()):
                # 绿色食品加工产业集群: a cluster of a known sector the taxonomy does not list as a cluster
                self.out.append(Cand(m.start(), m.end() + 4, label, None, "gazetteer", 0.9, priority=3))
                continue
            self.out.append(Cand(m.start(), m.end(), label, canonical, "gazetteer", 0.95, priority=3))

    # quotes and book titles -------------------------------------------------------------------
    def quoted(self) -> None:
        sq = self.s.sq
        for m in BOOK_RE.finditer(sq):
            name = m.group(1)
            # a plan, law or programme document, not a book or a play (《大青山》)
            if CJK.search(name) and FOOTNOTE_RE.sub("", name).endswith(DOCUMENT_HEADS):
                self.out.append(Cand(m.start(), m.end(), "Policy", clean(name), "policy-document", 0.85,
                                     "document", 2))
        for m in QUOTE_RE.finditer(sq):
            q = FOOTNOTE_RE.sub("", m.group(1))
            if PERIOD_RE.match(q) or any(c in q for c in "，。；：！？,;"):
                continue
            if not CJK.search(q):
                gap = QUOTE_GAP_HEAD.match(sq, m.end())
                q = m.group(1)
                if gap and re.search(r"[0-9+]", q) and not _generic_gap(gap.group(1)):   # “1+1+1”招商负责机制
                    self.out.append(Cand(m.start(), gap.end(), "Policy", clean(q + gap.group(0)), "policy-quoted",
                                         0.8, POLICY_KIND.get(gap.group(2), "programme"), 2))
                continue
            after = sq[m.end():m.end() + 6]
            before = sq[max(0, m.start() - 4):m.start()]
            head = next((h for h in POLICY_HEADS_LONGEST_FIRST + ("试点",) if after.startswith(h)), None)
            gap = QUOTE_GAP_HEAD.match(sq, m.end())
            if head is None and gap and not (q.endswith(QUOTE_MODIFIER_TAILS) and not q.endswith("文化")) \
                    and not _generic_gap(gap.group(1)):     # (“某某文化”品牌提升工程: 文化 is no adjective in 化)
                # “1+1+1”招商负责机制: the quoted label names a system whose kind follows after a few words
                # (“飞地经济”合作模式: the sector word in the label is the model's name, no sector of its own)
                self.out = [c for c in self.out if not (c.label == "Industry" and m.start() <= c.start
                                                        and c.end <= gap.end())]
                self.out.append(Cand(m.start(), gap.end(), "Policy", clean(q + gap.group(0)), "policy-quoted", 0.8,
                                     POLICY_KIND.get(gap.group(2), "programme"), 2))
            elif head is None and (NUMERAL_SLOGAN.match(q) or CIRCLE_RE.match(q)) \
                    and not (before.endswith(GOAL_BUILD_VERBS) and not LAYOUT_AFTER_RE.match(sq, m.end())) \
                    and not POSITIONING_AFTER_RE.match(sq, m.end()):
                # (着力建设“三区一门户”, 确立“三区一基地”发展定位: a set of goals, which the goals extractor names)
                # “一区一带”, “一刻钟便民生活圈”: counted slogans and service-radius programmes
                self.out.append(Cand(m.start(), m.end(), "Policy", clean(q), "policy-quoted", 0.8, "slogan", 2))
            elif head is None and sq.startswith("管理", m.end()) and 2 <= len(q) <= 6 and not q.endswith(QUOTE_MODIFIER_TAILS) \
                    and (m.end() + 2 == len(sq) or not CJK.match(sq[m.end() + 2])):
                # 实行“一张图”管理, “网格化”管理: a way of managing named by its label
                self.out.append(Cand(m.start(), m.end() + 2, "Policy", clean(q) + "管理", "policy-quoted", 0.7,
                                     "system", 2))
            elif head is None and MODE_HEAD_RE.match(sq, m.end()) and len(q) <= 8:
                # “一把手”招商, “飞地”招商: a way of attracting investment named by its label
                self.out.append(Cand(m.start(), m.end() + 2, "Policy", clean(q) + "招商", "policy-quoted", 0.75,
                                     "programme", 2))
            elif head is None and _formula_list(q):
                # 实行“周调度、月通报、季观摩”, 建立“一个项目、一名领导、一个专班”的推进机制: a working formula
                if _formula_named(sq, m.end(), before):
                    self.out.append(Cand(m.start(), m.end(), "Policy", clean(q), "policy-quoted", 0.75, "slogan", 2))
            elif head:
                self.out.append(Cand(m.start(), m.end() + len(head), "Policy", clean(q + head),
                                     "policy-quoted", 0.85, "programme", 2))
            elif q.endswith(P.POLICY_HEADS) and len(q) >= 3:
                self.out.append(Cand(m.start(), m.end(), "Policy", clean(q), "policy-quoted", 0.85, "programme", 2))
            elif q in self.res.surfaces:
                continue
            elif q.endswith(EVENT_HEADS) and q not in P.NOT_NAMES and len(q) >= 4 and not q.endswith("季节") \
                    and not (len(q) >= 2 and q[-2:] in ("环节", "细节", "调节", "章节", "情节", "关节")):
                # 开展“青城美食节”等活动: a festival run is an event (a project), even after a verb of carrying out
                self.out.append(Cand(m.start() + 1, m.end() - 1, "Project", clean(q), "event-quoted", 0.8,
                                     "event", 2))
            elif ACTOR_BEFORE_RE.search(sq, max(0, m.start() - 4), m.start()) and 4 <= len(q) <= 8 \
                    and (m.end() == len(sq) or sq[m.end()] in "，,。；;") and CJK.fullmatch(q[0]) \
                    and URGE_RE.search(re.split(r"[，,。；;]", sq[:m.start()])[-1]):
                # 推动规模以上工业企业“上云用数赋智”: what a campaign urges its actors to do, quoted
                self.out.append(Cand(m.start(), m.end(), "Policy", clean(q), "policy-quoted", 0.7, "slogan", 2))
            elif "+" in q and (joined := PLUS_TAIL.match(sq, m.end())):
                # “公交+地铁”一体化换乘, “地铁+公交+慢行”三网融合: a model of joined parts named with what it does
                tail = joined.group(1)
                self.out.append(Cand(m.start(), m.end() + len(tail), "Policy", clean(q + tail), "policy-quoted", 0.75,
                                     "programme", 2))
            elif SLOGAN_RE.match(q) or (q[0] == "双" and len(q) <= 4 and q not in P.GENERIC) or (
                    before.endswith(P.POLICY_LEAD + ISSUE_VERBS)
                    and (q[0] in NUMERIC_LEAD or "+" in q or len(q) >= 4 or "、" in q)
                    and not ("、" in q and min(map(len, q.split("、"))) < 2)):     # “吃、住、行” lists words
                self.out.append(Cand(m.start(), m.end(), "Policy", clean(q), "policy-quoted", 0.75, "slogan", 2))
            elif q.endswith(tuple(x for x, _ in P.EVENT_SUFFIXES)) and q not in P.NOT_NAMES and len(q) >= 3:
                self.out.append(Cand(m.start() + 1, m.end() - 1, "Project", clean(q), "event-quoted", 0.8,
                                     "event", 2))

    def policy_phrases(self) -> None:
        """Unquoted named campaigns: 五大任务, 两件大事 (counted), 坚持三产立区 (slogans), quoted guidelines."""
        s = self.s
        sq = s.sq
        for m in COUNTED_POLICY.finditer(sq):
            a, b = m.start(), m.end()
            if a not in s.off_set or (b < len(sq) and b not in s.off_set):
                continue
            self.out.append(Cand(a, b, "Policy", None, "policy-counted", 0.7, "programme"))
        for m in PLACE_SLOGAN.finditer(sq):
            a, b = m.start(), m.end()
            before = sq[max(0, a - 4):a]
            if not before.endswith(SLOGAN_LEADS) or (b < len(sq) and CJK.match(sq[b])) or a not in s.off_set:
                continue
            if sq[a:a + 2] in P.GENERIC_INDUSTRY_MODIFIERS:
                continue
            self.out.append(Cand(a, b, "Policy", None, "policy-slogan", 0.7, "slogan"))
        if "条" in sq or "基金" in sq or "资金" in sq:
            for m in MEASURES_RE.finditer(sq):
                # 落实甲产业发展十条措施, 设立乙成果转化引导基金: what the measures or the fund are for names them
                a = self._policy_back(m.start())
                if a is not None and (m.end() == len(sq) or m.end() in s.off_set):
                    kind = "fund" if m.group(0).endswith(("基金", "资金")) else "programme"
                    self.out.append(Cand(a, m.end(), "Policy", None, "policy-suffix", 0.7, kind))
        for m in GUIDELINE_RE.finditer(sq):
            self.out.append(Cand(m.start(), m.end(1) + 1, "Policy", clean(m.group(1)), "policy-quoted", 0.75,
                                 "guideline", 2))

    def layout_parts(self) -> None:
        """“一核”即甲产业园；“两带”即乙大街商贸带和丙路服务带: the parts a layout names are the zones and belts of
        the plan's space (places), each opening with a place or a name of its own."""
        s, sq = self.s, self.s.sq
        for m in LAYOUT_PART_RE.finditer(sq):
            pos = m.start("items")
            for x in re.split(r"(和|、|及)", m.group("items")):
                a, b = pos, pos + len(x)
                pos = b
                if x in ("和", "、", "及") or not (4 <= len(x) <= 16) or not NAME_CHAR.match(x) \
                        or not x.endswith(LAYOUT_PART_HEADS) or x in P.GENERIC or x in P.NOT_NAMES:
                    continue
                if a not in s.off_set or (b < len(sq) and b not in s.off_set):
                    continue
                k = bisect.bisect_left(s.offs, a)
                if not (s.toks[k] in self.res.place_forms or s.tagl[k] in ("ns", "nrt")):
                    continue      # “一带”即沿河生态带: a description, no name
                self.out = [c for c in self.out if not (c.label in ("Project", "Place") and c.extractor != "gazetteer"
                                                        and c.start < b and a < c.end)]
                self.out.append(Cand(a, b, "Place", None, "place-layout", 0.7, "zone", 2))

    def split_joined_orgs(self) -> None:
        """甲大学与乙科技有限公司, 甲局会同乙局: a name read back over 与/和/会同 past another organisation's whole
        name is two organisations; the second starts after the conjunction."""
        s, sq = self.s, self.s.sq
        # (the first may be any organisation found: 蒙牛集团联合国家乳业技术创新中心 opens with a known one)
        orgs = [c for c in self.out if c.label == "Organization"]
        for k, c in enumerate(self.out):
            if c.label != "Organization" or c.extractor not in ("org-suffix", "org-institution"):
                continue
            firsts = [(o, j.end()) for o in orgs for j in [ORG_JOINER_RE.match(sq, o.end)] if j and
                      c.start <= o.start and j.end() < c.end and j.end() in s.off_set and
                      sq[o.start:o.end].endswith(ALL_ORG_ENDS)]
            if firsts:
                cut = max(after for _, after in firsts)
                self.out[k] = Cand(cut, c.end, c.label, None, c.extractor, c.confidence, c.kind, c.priority)

    def programme_works(self) -> None:
        """实施县级医院能力提升工程, 推进冬季清洁取暖工程: a 工程 named by what it raises or revives, with no place
        or builder in its name, carried out by a plan's verb, is a programme (a build names its site)."""
        s, sq = self.s, self.s.sq
        for m in PROGRAMME_WORKS_RE.finditer(sq):
            a, b = m.start("x"), m.end()
            if a not in s.off_set or (b < len(sq) and b not in s.off_set):
                continue
            k, e = bisect.bisect_left(s.offs, a), bisect.bisect_left(s.offs, m.start("w"))
            toks = s.toks[k:e]
            if not toks or any(t in self.res.place_forms or s.tagl[k + n] in ("ns", "m", "q")
                               or t in P.BOUNDARY_WORDS for n, t in enumerate(toks)):
                continue      # 甲镇乙提升工程, 实施一批…: a site or a count makes it a build
            if any(c.label == "Project" and c.end == b and c.start < a for c in self.out):
                continue
            self.out = [c for c in self.out if not (c.label == "Project" and c.start >= a and c.end == b)]
            self.out.append(Cand(a, b, "Policy", None, "policy-programme", 0.7, "programme", 2))

    def outreach(self) -> None:
        """开展送戏进社区活动, 组织科技下乡活动: a campaign named by what it takes where (its 社区 is no place)."""
        s, sq = self.s, self.s.sq
        for m in OUTREACH_RE.finditer(sq):
            a, b = m.start("x"), m.end()
            if a in s.off_set and (b == len(sq) or b in s.off_set):
                self.out = [c for c in self.out if not (c.label == "Place" and c.extractor == "place-suffix"
                                                        and a <= c.start and c.end <= b)]
                self.out.append(Cand(a, b, "Policy", None, "policy-suffix", 0.7, "campaign", 2))

    def _policy_back(self, hs: int, max_chars: int = 14) -> int | None:
        """Start of the qualifier that names a measure set or a fund ending at ``hs`` (None: no name)."""
        s = self.s
        if hs not in s.off_set:
            return None
        k = bisect.bisect_left(s.offs, hs)
        j, used = k, 0
        while j > 0:
            t, g = s.toks[j - 1], s.tagl[j - 1]
            if not CJK.match(t) or not NAME_CHAR.match(t) or t in POLICY_STOP or g in P.STOP_TAGS or g in ("t", "m", "q") \
                    or t in P.LEAD_JUNK or t in CLAUSE_VERBS or used + len(t) > max_chars:
                break
            used += len(t)
            j -= 1
        while j < k and (s.toks[j] in POLICY_GENERIC or s.toks[j] in P.BOUNDARY_WORDS):
            j += 1
        toks = s.toks[j:k]
        if sum(map(len, toks)) < 2 or all(t in P.GENERIC or t in POLICY_GENERIC for t in toks):
            return None
        return s.offs[j]

    # suffix rules -------------------------------------------------------------------------------
    def suffix_rules(self) -> None:
        s = self.s
        for i, tok in enumerate(s.toks):
            rules = _token_rules(tok)
            if rules is None or not rules[3]:
                if i > 0 and (tok in SPLIT_HEAD_ENDS or tok == "区" and s.toks[i - 1].endswith("旅游")):
                    # 生态旅游|带: a two-word head the segmenter split
                    joined = _match_suffix(s.toks[i - 1] + tok, P.PROJECT_SUFFIXES)
                    if joined and len(joined[0]) > len(tok):
                        self.project(i, *joined)
            if rules is None:
                continue
            org, gov, place, project, industry, policy = rules
            if org:
                self.org(i, *org)
            if gov:
                self.gov(i, *gov)
            if place:
                self.place(i, *place)
            if project:
                self.project(i, *project)
            if industry:
                self.industry(i)
            if policy:
                self.policy(i)
        self.divisions()
        self.routes()
        if "至" in s.sq:
            self.place_routes()
        if "号线" in s.sq:
            self.lines()
        for m in CHIEF_RE.finditer(s.sq):
            a = m.start()
            # the chief system is 河长制: the name starts at a token boundary, not at 和/及
            if s.sq[a] in FUNC_CHARS:
                a += 1
            if a in s.offs or a + 1 in s.offs:
                a = a if a in s.offs else a + 1
                if m.end() - a >= 3:
                    self.out.append(Cand(a, m.end(), "Policy", None, "policy-suffix", 0.8, "system"))

    def lines(self) -> None:
        """地铁3号线, 轨道交通2号线: numbered transit lines being built."""
        s = self.s
        for m in LINE_RE.finditer(s.sq):
            if m.start() in s.off_set or m.start() == 0:
                self.out.append(Cand(m.start(), m.end(), "Project", None, "project-line", 0.75, "transit"))

    def routes(self) -> None:
        """S43机场高速, G110国道, S311武川至杨树坝公路: a route number opens a road project's name."""
        s = self.s
        if not ROUTE_CHAR.search(s.sq) or not (s.in_box or BUILD_CUE_RE.search(s.sq)):
            return
        for m in ROUTE_RE.finditer(s.sq):
            a, b = m.start(), m.end()
            if b < len(s.sq) and b not in s.off_set:
                continue
            self.out.append(Cand(a, b, "Project", None, "project-route", 0.75, "road"))
            ends = ROUTE_ENDS.search(s.sq, a, b)
            if ends:       # S311武川至杨树坝公路: the road runs between two places
                for g in (1, 2):
                    x, y = ends.span(g)
                    if s.sq[x:y] not in P.GENERIC:
                        self.out.append(Cand(x, y, "Place", None, "place-route-end", 0.7, None))

    def _route_end(self, name: str) -> str | None:
        """The known place a route's end names: written whole, by an alias, without its division suffix
        (凉城 → 凉城县) or as the county's seat (武川县城 → 武川县)."""
        lex = self.res.lex
        if name.endswith("县城"):
            name = name[:-1]
        entry = next((e for e in map(lex.place, (name + suffix for suffix in ROUTE_END_SUFFIXES)) if e), None)
        return entry.name if entry is not None else None

    def multiplied_units(self) -> None:
        """2×66万千瓦机组灵活性改造工程, 4×35万千瓦热电联产项目: the count of units opens the project's name."""
        sq = self.s.sq
        for k, c in enumerate(self.out):
            m = UNIT_COUNT_RE.search(sq, 0, c.start)
            if c.label == "Project" and m is not None and m.end() == c.start and sq[c.start].isdigit():
                self.out[k] = replace(c, start=m.start())

    def campuses(self) -> None:
        """赛罕区实验小学巴彦分校, 内蒙古医科大学附属医院赛罕院区, 呼和浩特市第二中学东校区: a campus or branch being
        built or opened is a project named by its institution (a nested organisation) and where it is (a place)."""
        sq = self.s.sq
        for m in CAMPUS_RE.finditer(sq):
            clause = re.split(r"[，,。；;]", sq[m.end():])[0]
            if not CAMPUS_CUE_RE.search(clause) and not CAMPUS_CUE_RE.search(sq[max(0, m.start() - 24):m.start()]):
                continue
            head_end, (x, y) = m.end(1), m.span(2)
            site = sq[x:y]
            place_site = self._route_end(site) if site else None
            if site and not place_site and site not in ("东", "西", "南", "北", "中"):
                continue
            org = next((c for c in self.out if c.label == "Organization" and c.start < head_end - 2
                        and c.end in (head_end, m.end(3))), None)
            if org is None:
                continue
            a = org.start
            # the branch read as an organisation (甲小学乙分校) is the project; the institution is its head
            self.out = [c for c in self.out if not (c.label == "Organization" and c.start <= a
                                                    and head_end < c.end <= m.end())]
            if org.end != head_end:
                self.out.append(Cand(a, head_end, "Organization", None, org.extractor, org.confidence, org.kind))
            self.out.append(Cand(a, m.end(), "Project", None, "project-campus", 0.8, "campus", 2))
            if place_site:
                self.out.append(Cand(x, y, "Place", place_site, "place-campus-site", 0.7, None))

    def place_routes(self) -> None:
        """呼和浩特至凉城高速公路, 和林格尔至清水河高速公路改扩建项目: a road, railway or line written by the two
        places it runs between is a project named by both ends (the ends are places, known or by their division)."""
        sq = self.s.sq
        for cm in re.finditer("至", sq):
            i = cm.start()
            left = next((a for a in range(max(0, i - 10), i - 1) if self._route_end(sq[a:i])), None)
            if left is None:
                continue
            for b in range(min(len(sq), i + 11), i + 2, -1):
                tail = ROUTE_KIND_RE.match(sq, b)
                if tail is not None and self._route_end(sq[i + 1:b]):
                    end = tail.end()
                    # 甲至乙高速公路清水河段: the part of the route one plan builds is named by its place
                    part = next((k for k in range(end + 2, min(len(sq), end + 6)) if sq[k] == "段"
                                 and self._route_end(sq[end:k])), None)
                    if part is not None:
                        end = ROUTE_WORKS_RE.match(sq, part + 1).end()
                    self.out.append(Cand(left, end, "Project", None, "project-route", 0.8, "road", 2))
                    for x, y in ((left, i), (i + 1, b)):
                        # 武川县城 is the county's seat: the county is the place the route reaches
                        place = self._route_end(sq[x:y])
                        y -= sq.startswith("县城", y - 2)
                        self.out.append(Cand(x, y, "Place", place, "place-route-end", 0.7, None))
                    break

    def divisions(self) -> None:
        """赛罕区, 托克托县, 土默特左旗, 包头市: administrative divisions jieba knows as proper names
        (one word tagged ns/nr, or a proper name followed by 区/县/旗/市/盟 as its own word)."""
        s = self.s
        for i, tok in enumerate(s.toks):
            tag = s.tagl[i]
            if tok in self.res.surfaces:
                continue
            if len(tok) >= 3 and tok[-1] in DIVISION_KINDS and tag in ("ns", "nr", "nrt") and tok not in P.NOT_NAMES \
                    and tok not in DIVISION_NOT and tok[-2] not in "兴强富美":     # 科教兴市 is a slogan
                self.out.append(Cand(s.offs[i], s.offs[i] + len(tok), "Place", None, "place-division", 0.8,
                                     DIVISION_KINDS[tok[-1]]))
            elif tok in DIVISION_KINDS and i > 0 and s.tagl[i - 1] in ("ns", "nr", "nrt") \
                    and len(s.toks[i - 1]) >= 2 and s.toks[i - 1] not in self.res.surfaces:
                a = s.offs[i - 1]
                self.out.append(Cand(a, s.offs[i] + 1, "Place", None, "place-division", 0.75, DIVISION_KINDS[tok]))

    def _trim_lead(self, a: int, b: int, min_left: int) -> int | None:
        """Drop verbs and prepositions that jieba glued onto a name's first word (以古|杏园, 获批国家…).

        None when what is left is too short to be a name (充分利用|村).
        """
        sq = self.s.sq
        changed = True
        while changed:
            changed = False
            for w in LEAD_BY_CHAR.get(sq[a], ()) if a < b else ():
                if sq.startswith(w, a) and a + len(w) in self.s.off_set \
                        and not any(sq.startswith(f, a) for f in self.res.surface_starts.get(sq[a], ())):
                    if b - a - len(w) < min_left:
                        return None if len(w) >= 2 else a
                    a += len(w)
                    changed = True
                    break
        return a

    def _x_tokens(self, i: int, j: int, suf: str, proper=("ns", "nr", "nz", "nrt")) -> list[tuple[str, str | None]]:
        s = self.s
        xs = []
        for k in range(j, i):
            t, g = s.toks[k], s.tagl[k]
            # characters the segmenter could not join (柳|荫) are one unknown name
            if xs and len(t) == 1 and len(s.toks[k - 1]) == 1 and k - 1 >= j and CJK.match(t) \
                    and t not in P.BOUNDARY_WORDS:
                xs[-1] = (xs[-1][0] + t, None)
                continue
            # a village-name ending jieba split off (段家|窑, 代洲|营) makes one unknown name
            if xs and len(t) == 1 and t in SETTLEMENT_CHARS and len(s.toks[k - 1]) <= 2 and k - 1 >= j \
                    and xs[-1][0] == s.toks[k - 1] and xs[-1][0] not in P.GENERIC and CJK.match(xs[-1][0]):
                xs[-1] = (xs[-1][0] + t, None)
                continue
            # one character before a name jieba half-knew (海|西路) belongs to it
            if xs and len(xs[-1][0]) == 1 and len(s.toks[k - 1]) == 1 and (g in PROPER_TAGS or g is None) \
                    and xs[-1][0] not in P.BOUNDARY_WORDS and CJK.match(t) and t not in self.res.surfaces:
                xs[-1] = (xs[-1][0] + t, g)
                continue
            xs.append((t, g))
        tok = s.toks[i]
        if len(tok) > len(suf):
            pre = tok[:-len(suf)]
            # jieba tags generic institution words nt (法律援助中心): only a real proper tag carries over
            last = (tok, s.tagl[i]) if s.tagl[i] in proper else (pre, self.res.tag(pre))
            if xs and len(xs[-1][0]) == 1 and xs[-1][0] not in P.BOUNDARY_WORDS and last[1] in ("ns", "nr", "nz"):
                xs[-1] = (xs[-1][0] + last[0], last[1])     # 海|西路
            else:
                xs.append(last)
        return xs

    def _strip_lead(self, i: int, j: int, words) -> int:
        while j < i and self.s.toks[j] in words:
            j += 1
        return j

    def org(self, i: int, suf: str, kind: str | None) -> None:
        s = self.s
        nxt = s.toks[i + 1] if i + 1 < len(s.toks) else ""
        if nxt not in ("项目", "工程", "分校", "校区", "分院", "院区") and not nxt.endswith(("项目", "工程")) \
                and nxt not in self.res.surfaces \
                and _token_rules(nxt) and (_token_rules(nxt)[2] or _token_rules(nxt)[3]):
            return     # 国家大学|科技园: the organisation names a facility, which is the thing named
        if suf == "学院" and self.college(i):
            return
        # company names hold ordinary verbs (通用, 聚变); other bodies end where a verb starts
        k = i
        while k >= 2 and s.toks[k - 1] in ("有限责任", "股份"):
            k -= 1
        # 内蒙古电力（集团）有限责任公司: the group in brackets is part of the registered name
        bracketed = kind == "enterprise" and k >= 3 and s.toks[k - 1] in ("）", ")") and \
            s.toks[k - 2] in ("集团", "控股") and s.toks[k - 3] in ("（", "(")
        j = _walk_back(s, k - 3 if bracketed else i, 20 if kind == "enterprise" else 14, strict=kind != "enterprise",
                       inner=COMPANY_TRADE_WORDS if kind == "enterprise" else frozenset())
        xs = self._x_tokens(i, j, suf, ORG_PROPER if kind == "enterprise" else ("ns", "nr", "nz", "nrt"))
        if kind in ("enterprise", "hospital", "school") and len(xs) >= 2 and xs[0][0] in LOCAL_UNIT_LEADS and all(
                len(t) >= 2 and t not in P.GENERIC and t not in P.BOUNDARY_WORDS for t, _ in xs[1:]) \
                and (j == 0 or not NAME_CHAR.match(s.toks[j - 1]) or s.toks[j - 1] in P.BOUNDARY_WORDS):
            # 市公交集团, 区城投公司, 市中医蒙医医院: the city's or district's own company, hospital or school
            self.out.append(Cand(s.offs[j], s.offs[i] + len(s.toks[i]), "Organization", None, "org-suffix", 0.75,
                                 kind))
            return
        while len(xs) > 1 and not _specific(*xs[0], self.res, True) and not (
                kind == "enterprise" and len(xs[0][0]) >= 2 and xs[0][0] not in P.GENERIC
                and xs[0][0] not in P.BOUNDARY_WORDS and xs[0][0] not in P.LEAD_JUNK
                and xs[0][1] in ("n", "nz", "ng", "b", "nr", "ns", "an")):
            xs.pop(0)      # 一批|科技有限公司; but 青松|数智科技有限公司 keeps its trade name
            j += 1
        if kind == "university" and xs and all((self.res.lex.place(t) or _NO_PLACE).kind in TOWN_KINDS for t, _ in xs):
            # 赛罕区大学科技成果转化服务中心: a division below a city names no university (大学科技 is the
            # universities' science)
            return
        if not xs or "".join(t for t, _ in xs) in P.GENERIC or not (
                _specific(*xs[0], self.res, True)
                or (kind == "enterprise" and len(xs) > 1 and any(_specific(t, g, self.res, True) for t, g in xs))):
            return
        a, b = s.offs[j], s.offs[i] + len(s.toks[i])
        a = self._trim_lead(a, b, len(suf) + 2)
        if a is None or s.sq[a] in FRAGMENT_LEADS:
            return
        if kind == "enterprise" and j + 1 < i and a == s.offs[j] and (
                (s.toks[j] in self.res.place_forms and (self.res.lex.place(s.toks[j]) or _NO_PLACE).kind in STREET_KINDS)
                or (len(s.toks[j]) >= 3 and s.toks[j].endswith(("路", "街", "大道")) and s.toks[j] not in P.NOT_NAMES)):
            a = s.offs[j + 1]      # 海西路|众环集团: the street says where the company is, not who
        if nxt in ("项目", "工程") and kind in ("institute", "university") and s.tagl[j] in BRAND_TAGS:
            self.brand(a, s.offs[j] + len(s.toks[j]))
            return     # 某大学某研究院项目: the project names its founder; the institute is what is built
        by = BUILT_BY.match(s.sq, a, b)
        if by and b - by.end() >= len(suf) + 2:
            a = by.end()       # 该项目由甲重工有限公司投资: the company the clause names after 由
        self.out.append(Cand(a, b, "Organization", self.org_name(s.sq[a:b], kind), "org-suffix", 0.8, kind))

    def college(self, i: int) -> bool:
        """甲大学沙漠治理学院, 乙大学园艺与植物保护学院: a college is named after its university, and its field
        may hold verbs and a 与 (the university is annotated too)."""
        s = self.s
        b = s.offs[i] + len(s.toks[i])
        head = s.offs[i] + len(s.toks[i]) - 2
        uni = [c for c in self.out if c.label == "Organization" and s.sq[c.start:c.end].endswith("大学")
               and 2 <= head - c.end <= 10]
        if not uni:
            return False
        u = max(uni, key=lambda c: c.end)
        k = bisect.bisect_left(s.offs, u.end)
        if k >= len(s.toks) or s.offs[k] != u.end:
            return False
        inner = list(zip(s.toks[k:i], s.tagl[k:i]))
        for n, (t, g) in enumerate(inner):
            if t in ("与", "和") and 0 < n < len(inner) - 1:
                continue       # 园艺与植物保护: two fields of one college
            if not NAME_CHAR.match(t) or t in CLAUSE_VERBS or g in ("p", "c", "r", "d", "uj", "ul") \
                    or (t in P.BOUNDARY_WORDS and not (t in P.WORK_NOUNS and n > 0 and inner[n - 1][1] in ("n", "nz", "ns")
                                                       and t not in SITE_VERBS)) \
                    or t in P.LEAD_VERBS or t in ("合作", "联合", "共同", "携手"):
                return False     # (沙漠治理学院: a field of study may be a work word)
        self.out.append(Cand(u.start, b, "Organization", None, "org-suffix", 0.75, "university"))
        # the university is named inside its college's name (nested names are annotated)
        self.out.append(Cand(u.start, u.end, "Organization", u.name, "org-brand", u.confidence, "university"))
        return True

    def org_name(self, name: str, kind: str | None) -> str | None:
        """呼市七中's long form is 呼和浩特市第七中学: a city or district alias opening a name is spelled out,
        and a city's numbered middle school (第N中学) named alone is the plan's city's."""
        lex = self.res.lex
        known = lex.canonical("Organization", name)
        if known != name:
            return known
        if any(name.startswith(f) and self.res.surfaces[f][0] == "Organization"
               for f in self.res.surface_starts.get(name[0], ())):
            return None    # 上海交大…: an organisation's own short name opens it, not the city
        for k in range(min(6, len(name) - 2), 1, -1):
            got = self.res.surfaces.get(name[:k])
            if got and got[0] == "Place":
                entry = lex.place(got[1])
                # 呼市七中 → 呼和浩特市第七中学; but 北京邮电大学 stays (北京 is only 北京市 without its 市)
                if got[1] != name[:k] and entry is not None and entry.kind in LOCAL_KINDS \
                        and not got[1].startswith(name[:k]):
                    return got[1] + name[k:]
                break
        if kind == "school" and self.plan_city and NUMBERED_SCHOOL.match(name):
            return self.plan_city + name
        return None

    def gov(self, i: int, suf: str, kind: str | None) -> None:
        s = self.s
        if s.sq.startswith("工作报告", s.offs[i] + len(s.toks[i])):
            return     # 甲县政府工作报告: the report's title, not the body
        j = _walk_back(s, i, 16)
        # a government body is named with its place first (回民区人民政府, 呼和浩特市生态环境局)
        while j < i and s.toks[j] not in self.res.place_forms:
            j += 1
        if j >= i:
            # a place the rules just found (青山新区|管委会) names the body too
            place = next((c for c in self.out if c.label == "Place" and c.end == s.offs[i]), None)
            if place is None or s.toks[i] == suf and suf in ("局",):
                return
            self.out.append(Cand(place.start, s.offs[i] + len(s.toks[i]), "Organization", None, "org-suffix", 0.8,
                                 kind))
            return
        a, b = s.offs[j], s.offs[i] + len(s.toks[i])
        if b - a - len(s.toks[j]) < len(suf):
            return
        self.out.append(Cand(a, b, "Organization", None, "org-suffix", 0.8, kind))

    def _after_its_town(self, a: int, b: int, suf: str, full_only: bool = False) -> int:
        """黄合少镇西把栅村, 东街街道宽巷子历史文化街区, 回民区扎达盖河滨水公园: a place written after the town,
        subdistrict or district it belongs to is named from after it; that unit is a place of its own holding it."""
        name = self.s.sq[a:b]
        for k in range(min(len(name) - len(suf) - 2, 10), 1, -1):
            entry = self.res.lex.place(name[:k])
            if entry is not None and entry.kind in TOWN_KINDS and name[:k] in self.res.place_forms and \
                    not self.res.lex.place(name) and (not full_only or name[:k] == entry.name):
                return a + k        # (a park or a street after its unit only when the unit is written in full)
        return a

    def _lone_first_char(self, j: int, tok: str) -> bool:
        """在什|拉乌素村: a character the segmenter left alone right after a break or a boundary word opens a
        village's name (什拉乌素村), it is no word before it."""
        s = self.s
        if len(tok) != 1 or not CJK.match(tok) or tok in P.BOUNDARY_WORDS or tok in P.GENERIC:
            return False
        return j == 0 or not NAME_CHAR.match(s.toks[j - 1]) or s.toks[j - 1] in P.BOUNDARY_WORDS

    def _list_item_start(self, i: int, j: int) -> int | None:
        """Where a short item of a 、 list ends at token ``i``: the token after the 、 before it, when the
        characters the place rule dropped (j) are a single-character token and the item is two to four
        characters before its suffix; else None."""
        s = self.s
        k = j - 1
        if k < 0 or len(s.toks[k]) != 1 or not CJK.match(s.toks[k]) or s.toks[k] in ("、", "和", "及", "与"):
            return None
        if k == 0 or s.toks[k - 1] != "、" and not (i + 1 < len(s.toks) and s.toks[i + 1] == "、"
                                                   and s.toks[k - 1] in ("，", ",", "：", ":", "在", "以")):
            return None
        item = "".join(s.toks[k:i + 1])
        return k if 3 <= len(item) <= 6 and all(CJK.match(ch) for ch in item) else None

    def place(self, i: int, suf: str, kind: str | None) -> None:
        s = self.s
        # zones and parks carry long descriptive names after their place (某县高原特色农畜产品加工区)
        j = _walk_back(s, i, 16 if kind == "zone" else 10, 7 if kind == "zone" else 5, strict=True)
        xs = self._x_tokens(i, j, suf)
        # ordinary words before the name are not part of it (高速公路|代洲营村), unless they hold a
        # one-character piece of it (老牛|湾)
        if len(xs) > 1 and suf in SETTLEMENT and self._lone_first_char(j, xs[0][0]) and len(xs[1][0]) > 1:
            xs[:2] = [(xs[0][0] + xs[1][0], None)]      # 什|拉乌素村: one name the segmenter split
        while len(xs) > 1 and not _specific(*xs[0], self.res) and len(xs[1][0]) > 1:
            xs.pop(0)
            j += 1
        listed = self._list_item_start(i, j) if suf in SETTLEMENT else None
        if listed is not None:
            j = listed          # 老牛湾镇、单|台子|乡、窑沟乡: a short item of a list of towns is one name
            xs = [("".join(s.toks[j:i + 1])[:-len(suf)] if s.toks[i] == suf else "".join(s.toks[j:i]), None)]
        own = [(t, g) for t, g in xs if t not in self.res.place_forms]
        if not own and len(xs) > 1 and s.toks[i] == suf and suf in NAMED_AFTER_SITE and s.toks[i - 1] == xs[-1][0] \
                and 2 <= len(xs[-1][0]) <= 5 and \
                (self.res.lex.place(xs[-1][0]) or _NO_PLACE).kind not in LOCAL_KINDS + TOWN_KINDS:
            xs, j = xs[-1:], i - 1      # 东街街道公主府社区: a community named after a site, after its subdistrict
        if not own and len(xs) == 1 and s.toks[i] == suf and suf in NAMED_AFTER_ROAD and \
                (self.res.lex.place(xs[0][0]) or _NO_PLACE).kind in ("road", "street", "heritage_site", "square"):
            own = xs[:1]                # 昭乌达路商圈, 大召历史文化街区: an area named after its road or site
        if not own and len(xs) == 1 and s.toks[i] == suf and 2 <= len(xs[0][0]) <= 5 and (
                (suf in SETTLEMENT and (self.res.lex.place(xs[0][0]) or _NO_PLACE).kind not in LOCAL_KINDS)
                or suf in ROAD_HEADS or (kind == "zone" and suf in ("园区", "工业园区", "产业园区"))):
            own = xs[:1]    # 金桥|村, 青城|大道, 毕克齐|园区: a village, road or park named after a place is its own
        if not own or any((t in P.NOT_NAMES and t not in PLACE_HEADS) or t.endswith(ORG_HEADS) for t, _ in own):
            return
        if xs[0][0].endswith(ADJ_TAILS):
            return
        if not _specific(*xs[0], self.res):
            # villages and communities are often named with an ordinary noun (青石村, 光明社区)
            t, g = xs[0]
            settlement = suf in SETTLEMENT and 2 <= len(t) <= 3
            road = suf in ("路", "街") and len(t) == 2 and s.toks[i] == suf    # 化工路, 通道街
            if not (len(xs) == 1 and (settlement or road) and g in ("n", "ng", "nz", "nr")
                    and t not in P.GENERIC and t not in P.BOUNDARY_WORDS):
                return
        a, b = s.offs[j], s.offs[i] + len(s.toks[i])
        a = self._trim_lead(a, b, len(suf) + 2)
        if a is None or COUNTED.match(s.sq[a:b]) or any(COUNTED.fullmatch(t) for t, _ in xs[1:]):
            return     # 三大景区, 甲寺三大景区: a count and a category are no name
        rest = [(t, g) for t, g in xs if t not in self.res.place_forms]
        described = len(rest) < len(xs) and xs[0][0] in self.res.place_forms and bool(rest) \
            and not any(_specific(t, g, self.res) for t, g in rest) and (len(rest) > 1 or len(rest[0][0]) > len(suf) + 1)
        counted = re.search(r"[一二三四五六七八九十两]+$", s.sq[a:b - len(suf)])
        if counted and s.sq[a:a + counted.start()] in self.res.place_forms:
            return     # 黄合少镇三镇: the towns listed before, counted, not a town of its own
        if (suf in SETTLEMENT or kind not in ("zone", None)) and not suf.endswith("保护区"):
            # (a reserve is named with its county: 某县黄河湿地自然保护区)
            a = self._after_its_town(a, b, suf, full_only=suf not in SETTLEMENT)
        self.out.append(Cand(a, b, "Place", None, "place-suffix", 0.8, kind, described=described))

    def project(self, i: int, suf: str, kind: str | None) -> None:
        s = self.s
        j = _walk_back(s, i, 28, 12, inner=PROJECT_INNER)
        # a clause of verbs (渐进|推开) ends before the name: it starts after them
        for k in range(i - 1, j, -1):
            if s.tagl[k] in ("v", "vd", "d") and s.tagl[k - 1] in ("v", "vd", "d") \
                    and s.toks[k] not in P.WORK_NOUNS and s.toks[k - 1] not in P.WORK_NOUNS:
                j = k + 1
                break
        # a place then a building verb is a clause (沿乙河建设|甲示范带, 甲村集中建设|乙基地): the name starts after it
        for k in range(i - 1, j, -1):
            if s.toks[k] in SITE_VERBS and k >= 2 and s.toks[k - 1] in SITE_ADVERBS and \
                    (s.toks[k - 2] in self.res.place_forms or s.toks[k - 2].endswith(SITE_ENDS)) and k + 1 < i:
                j = k + 1
                break
            if s.toks[k] in SITE_VERBS and (s.toks[k - 1] in self.res.place_forms or s.tagl[k - 1] == "ns"
                                            or s.toks[k - 1].endswith(SITE_ENDS)
                                            or s.toks[k - 1] in INVESTMENT_UNITS
                                            # 与甲集团合作建设|乙基地, 甲公司建设|乙项目: a party then its verb
                                            or s.toks[k - 1] in PARTNER_WORDS
                                            or s.sq.endswith(AND_ORG_HEADS, 0, s.offs[k])) \
                    and (k + 1 < i or len(s.toks[i]) > len(suf)):     # (…公司建设|大盛魁文化创意产业园: one token)
                j = k + 1
                break
        # one project's name does not run through another's (算力枢纽项目|华为云…数据中心), nor through
        # the verb of a clause whose subject comes before it (甲县成立|重点项目, 乙街设立|业务中心)
        for k in range(i - 1, j - 1, -1):
            if s.toks[k] in ("项目", "工程") or s.toks[k] in CLAUSE_VERBS:
                j = k + 1
                break
        # 强首府工程: a verb of strengthening before a place is a programme, not a building site
        if i - j >= 2 and s.toks[i - 2] in PROGRAMME_VERBS and s.toks[i - 1] in self.res.place_forms \
                and suf in ("工程", "行动"):
            a = s.offs[i - 2]
            self.out.append(Cand(a, s.offs[i] + len(s.toks[i]), "Policy", None, "policy-suffix", 0.75,
                                 "programme"))
            return
        if j >= 2 and s.toks[j - 1] == "及" and j < i:
            # 建设益生菌及乳基营养品研发生产中心: two products of one facility, joined by 及 right after the verb
            k = j - 1
            while k > 0 and j - 1 - k < 2 and len(s.toks[k - 1]) >= 1 and CJK.match(s.toks[k - 1]) \
                    and s.tagl[k - 1] in ("n", "nz", "nr", None) and s.toks[k - 1] not in P.GENERIC \
                    and s.toks[k - 1] not in P.BOUNDARY_WORDS and s.toks[k - 1] not in self.res.place_forms:
                k -= 1
            if k < j - 1 and sum(map(len, s.toks[k:j - 1])) >= 2 and (
                    k == 0 or s.toks[k - 1] in P.BOUNDARY_WORDS or s.toks[k - 1] in SITE_VERBS
                    or not NAME_CHAR.match(s.toks[k - 1])):
                j = k
        if j > 0 and s.toks[j - 1] in ("”", "\"") and j < i and self.quoted_project(i, j, kind):
            return     # 甲商业区“乙里”街区更新项目: a quoted sub-name inside the project's name
        # what opens a clause (verbs, adverbs, 我区, 时期) is not part of the name; 改造 inside it is
        while j < i and (s.toks[j] in P.BOUNDARY_WORDS or s.toks[j] in P.WORK_NOUNS or s.toks[j] in P.LEAD_JUNK
                         or (s.tagl[j] in LEAD_STRIP_TAGS and s.toks[j] not in s.res.surfaces
                             # 建设的|如意…产业园: after 的 a word tagged as a verb is the name's own (a modifier)
                             and not (j > 0 and s.toks[j - 1] == "的" and s.tagl[j] == "v" and len(s.toks[j]) == 2
                                      and s.toks[j] not in P.LEAD_VERBS)
                             and not s.toks[j].startswith("第") and not TRANSFER_RE.match(s.sq, s.offs[j])
                             and not (kind == "event" and s.tagl[j] in ("m", "t")))):   # 二月二龙灯节
            j += 1
        xs = self._x_tokens(i, j, suf)
        own = [t for t, _ in xs if t not in P.GENERIC and t not in P.NOT_NAMES and not DIGITS.match(t)
               and t not in AREA_WORDS and not (kind != "event" and TIME_TOKEN_RE.match(t))]
        unplaced = [t for t in own if t not in self.res.place_forms and not (
            len(t) >= 3 and t[-1] in DIVISION_KINDS and self.res.tag(t) in ("ns", "nr", "nrt"))]   # 白云区: a division
        if s.toks[i] in self.res.place_forms and all(t in self.res.place_forms for t, _ in xs):
            return    # 赛罕区中环产业园: a place inside a place, not a project
        if not own or (not unplaced and any(t in PROJECT_RANKS for t, _ in xs)) or (not unplaced and len(xs) < 2):
            return    # 呼市重大项目: a place and a category are not a name (清真大寺消防工程 is: a place and a work)
        if unplaced and all(self.res.lex.industry(t) or t in P.GENERIC_INDUSTRY_MODIFIERS or t in P.SEGMENT_TERMS
                            for t in unplaced) \
                and not any(t in self.res.place_forms for t in own) and (suf == "项目" or not s.in_box) \
                and not (suf.endswith("带") and len(suf) >= 3):
            return    # 精品民宿项目, 新能源汽车产业基地: projects of a sector, not one project (a belt is one: 都市农业示范带)
        if suf == "项目" and any(t in PROJECT_RANKS for t, _ in xs) and all(
                t in self.res.place_forms or self.res.lex.industry(t) or t in PROJECT_RANKS or DIGITS.match(t)
                for t, _ in xs):
            return    # 甲区现代服务业重点项目: a place, a sector and a rank name a list of projects
        a, b = s.offs[j], s.offs[i] + len(s.toks[i])
        if i + 1 < len(s.toks) and PHASE_RE.match(s.toks[i + 1]):
            b += len(s.toks[i + 1])       # …技术创新中心二期: the phase is part of the project's name
        elif phase := BRACKETED_PHASE.match(s.sq, b):
            b = phase.end()      # …保护项目（一期）: so is a phase in brackets
        a = self._trim_lead(a, b, len(suf) + 2)
        if a is None:
            return
        name = s.sq[a:b]
        if COUNTED.match(name) or NUMERAL_PAIR.match(name) or b - a < len(suf) + 2:
            return     # 十大工程, 一轴两园: counted slogans, not names

        if s.sq.startswith("集群", b) and suf not in ("项目", "工程") and not s.sq.startswith("集群项目", b):
            # 甲新区数据中心集群: a cluster of facilities is an industry (the place before it is where)
            k = j
            while k < i:
                if s.toks[k] in self.res.place_forms:
                    k += 1
                    continue
                # 乌兰|新区: a place the suffix rule found, even one the gazetteer does not know
                pe = max((c.end for c in self.out if c.label == "Place" and c.start == s.offs[k]), default=None)
                if pe is None or pe not in s.off_set:
                    break
                k = bisect.bisect_left(s.offs, pe)
            if k <= i and b + 2 - s.offs[k] >= 4:
                self.out.append(Cand(s.offs[k], b + 2, "Industry", None, "industry-cluster", 0.7, None))
            return
        if suf not in ("项目", "工程") and not s.in_box and _relied_on(s.sq, a):
            if suf in ("产业园", "园区") and s.toks[j] in self.res.place_forms and s.offs[j] == a:
                # 依托武川县新能源装备制造产业园: a park a place has, relied on, is where things are (a place)
                self.out.append(Cand(a, b, "Place", None, "place-suffix", 0.7, "zone"))
            return     # 依托甲镇、乙乡种薯基地: an existing site the work relies on, not the work
        if suf in ("生产线", "车间", "工厂") and CAPACITY_RE.search(s.sq, max(0, a - 16), b) \
                and not s.sq.startswith("项目", b):
            return     # 建设年加工5万吨燕麦米、燕麦片生产线: a component measured by output, not a named project
        rank = RANK_OPEN_RE.match(s.sq, a)
        if rank and not any(_specific(t, g, self.res) for t, g in self._x_tokens(i, j, suf)
                            if t not in self.res.place_forms and t not in ("级", "自治区级", "国家级")):
            return     # 创建自治区级智能工厂: a title of a kind of facility, not one facility
        specific = any(_specific(t, g, self.res) for t, g in xs)
        held = kind == "event" and any(v in s.sq for v in EVENT_VERBS)
        # 建成甲中试基地和乙提取中心: a name listed right after a project is one too, even built of plain words
        parallel = j > 0 and s.toks[j - 1] in ("和", "及", "、", "与") and len("".join(own)) >= 3 and any(
            c.label == "Project" and c.end == s.offs[j - 1] for c in self.out)
        # 甲公司投资22亿元在乙区建设智能计算中心: a company building it in the same clause makes it one facility
        invested = suf in ("中心", "基地", "产业园") and j > 0 and s.toks[j - 1] in INVEST_VERBS \
            and len("".join(own)) >= 2 and self.org_in_clause(s.offs[j])
        # 建设小香米标准化种植基地: a base named by what it grows or breeds is one base (a crop is a plain noun,
        # and a one-character word the walk stopped at after the verb is the crop's own: 小|香米)
        if suf == "基地" and not specific and j >= 2 and len(s.toks[j - 1]) == 1 and CJK.match(s.toks[j - 1]) and \
                s.toks[j - 2] in SITE_VERBS | INVEST_VERBS and GROWN_BASE_RE.search(s.sq, a, b) is not None:
            j -= 1
            a = s.offs[j]
            xs = self._x_tokens(i, j, suf)
        grown = suf == "基地" and GROWN_BASE_RE.search(s.sq, a, b) is not None and any(
            len(t) >= 2 and g in ("n", "nz", None) and t not in P.GENERIC and t not in P.NOT_NAMES
            and t not in P.GENERIC_INDUSTRY_MODIFIERS for t, g in xs) and j > 0 and s.toks[j - 1] in SITE_VERBS | INVEST_VERBS
        if not specific and not held and not parallel and not invested and not grown and not suf.endswith("节点") \
                and (len("".join(own)) < 6 or suf in ("园", "馆", "中心", "节")):
            return
        # (an event held or opened, 美食节在某镇举行, is run as a project whatever the sentence builds)
        cue = suf == "项目" or s.in_box or held or BUILD_CUE_RE.search(s.sq) is not None
        if not cue:
            return
        conf = 0.8 if specific else 0.6
        cut = [c for c in self.out if c.label == "Organization" and c.start < a < c.end <= b]
        if cut:
            a = min(c.start for c in cut)     # 甲新材料有限公司年产…项目: the company the walk cut into opens the name
        if s.sq.endswith(AREA_NOT_WORKS, a, b):
            # 大召历史文化街区: a designated district is a place, whether or not works go on in it (but only
            # inside a work's name, 某历史文化街区保护利用工程, it is part of that name)
            self.out.append(Cand(a, b, "Place", None, "place-suffix", conf, "heritage_site"))
            return
        self.out.append(Cand(a, b, "Project", None, "event-suffix" if kind == "event" else "project-suffix",
                             conf, kind))

    def org_in_clause(self, at: int) -> bool:
        """Whether an organisation is named earlier in the clause that reaches ``at``."""
        sq = self.s.sq
        k = at
        while k > 0 and sq[k - 1] not in "，,。；;：:！？!?\n":
            k -= 1
        if k > 0 and sq[k - 1] in "，," and INVEST_AMOUNT_RE.search(sq, max(0, k - 16), k):
            k -= 1     # 甲公司投资3亿元，在乙区建设…: the investor's clause runs on over the amount
            while k > 0 and sq[k - 1] not in "，,。；;：:！？!?\n":
                k -= 1
        return any(c.label == "Organization" and k <= c.start and c.end <= at for c in self.out)

    def capacity_projects(self) -> None:
        """甲公司年产20GW单晶硅片及配套切片项目, 日处理鲜奶3000吨的液态奶及奶酪生产线项目: an output capacity, the
        products (listed with 及/和/、) and 项目 are one name; a company written right before it opens the name."""
        s, sq = self.s, self.s.sq
        for m in CAPACITY_RE.finditer(sq):
            a = m.start()
            if a not in s.off_set:
                continue
            end = CAPACITY_TAIL_RE.match(sq, m.end())
            if end is None:
                continue
            b = end.end()
            if b < len(sq) and b not in s.off_set:
                continue
            org = [c for c in self.out if c.label == "Organization" and c.end == a]
            if org:
                a = min(c.start for c in org)
            self.out.append(Cand(a, b, "Project", None, "project-capacity", 0.7, "project"))

    def quoted_project(self, i: int, j: int, kind: str | None) -> bool:
        """“风光氢储”一体化示范项目, 甲商业区“乙里”街区更新项目, “丙人家”乡村旅游线路: a quoted label, the words
        after it and the project suffix are one name, with a place before the quote kept as its prefix.
        The quoted label is then no slogan of its own, and a short alias inside it (青城 in 青城里) no place."""
        s, sq = self.s, self.s.sq
        close = j - 1
        k = close - 1
        while k >= 0 and close - k <= 8 and s.toks[k] not in ("“", "\""):
            k -= 1
        if k < 0 or s.toks[k] not in ("“", "\"") or k == close - 1:
            return False
        inner = s.toks[k + 1:close]
        qa, qb = s.offs[k], s.offs[close] + 1
        if not all(NAME_CHAR.match(t) or t in "—－+、·" for t in inner) or qb - qa - 2 > 12 \
                or PERIOD_RE.match("".join(inner)) or DIGITS.match("".join(inner)):
            return False     # 专栏 甲区“十四五”时期重点项目: a plan period, not a sub-name
        b = s.offs[i] + len(s.toks[i])
        if any(c.label == "Policy" and c.start <= qa and c.end >= b for c in self.out):
            return False     # “绿满乙地”生态工程: the quoted rule read a programme up to the suffix
        after = [t for t in s.toks[j:i + 1]]
        if all(t in P.BOUNDARY_WORDS or t in P.LEAD_VERBS for t in after[:-1]) and len(after) > 1:
            return False
        start = k
        for _ in range(2):      # 回民区中山西路商业区“…”: up to two places open the name
            pl = [c for c in self.out if c.label == "Place" and c.end == s.offs[start] and c.start in s.off_set]
            if not pl:
                break
            start = bisect.bisect_left(s.offs, min(c.start for c in pl))
        if not (s.in_box or BUILD_CUE_RE.search(sq) or s.toks[i].endswith("项目") or "推出" in sq):
            return False     # 推出“…”旅游线路: a route or product launched is run as a project
        a = s.offs[start]
        self.out = [c for c in self.out if not (
            (c.label == "Policy" and c.extractor == "policy-quoted" and qa <= c.start and c.end <= qb)
            or (c.label == "Place" and c.extractor == "gazetteer" and qa < c.start and c.end < qb
                and c.name and c.name != sq[c.start:c.end] and c.end - c.start <= 2))]
        self.out.append(Cand(a, b, "Project", clean(sq[a:b]), "project-quoted", 0.75, kind or "project", 2))
        return True

    def industry(self, i: int) -> None:
        s = self.s
        tok = s.toks[i]
        if tok not in P.INDUSTRY_TAILS and (tok in P.NOT_INDUSTRY or tok.endswith(NOT_INDUSTRY_TAILS)):
            return
        tail = next(t for t in P.INDUSTRY_TAILS if tok.endswith(t))
        j = _walk_back(s, i, 6, 3)
        j = self._strip_lead(i, j, P.GENERIC_INDUSTRY_MODIFIERS | P.BOUNDARY_WORDS | P.LEAD_VERBS)
        # a place before an industry is where it is, not its name (回民区服务业); 做优 is a verb
        # a lead word that is a name's end or a development verb is not part of the sector (集团|社区商业,
        # 文化事业|文化产业, 发展壮大|种业)
        for k in range(i - 1, j - 1, -1):
            if s.toks[k].endswith(("集团", "公司", "事业", "企业")) or DEVELOP_RE.fullmatch(s.toks[k]) \
                    or s.toks[k].startswith(INDUSTRY_VERB_LEADS):
                j = k + 1
                break
        while j < i and (s.toks[j] in self.res.place_forms or s.tagl[j] in INDUSTRY_LEAD_TAGS
                         or NUMBER_TOKEN.match(s.toks[j])      # 设立10亿元|算力产业…基金: an amount is no sector
                         or ORDINAL_RE.match(s.toks[j])
                         or s.toks[j] in P.BOUNDARY_WORDS or s.toks[j] in P.LEAD_VERBS
                         or (s.tagl[j] is None and s.toks[j][0] in INDUSTRY_VERB_CHARS)):
            j += 1
        a, b = s.offs[j], s.offs[i] + len(tok)
        a = self._trim_lead(a, b, len(tail) + 1)
        if a is None:
            return
        name = s.sq[a:b]
        core = name[:-len(tail)]
        if len(name) < 2 or not core or core in P.GENERIC_INDUSTRY_MODIFIERS or name in P.NOT_INDUSTRY:
            return
        if tail == "业" and j == i and s.tagl[i] not in ("n", "nz", "vn", None):
            return
        if tail in ("产业", "经济") and len(core) < 2:
            return
        if j < i:
            # the word before a bare 产业/经济 is its head: a noun, not 我区/国际/紧盯
            head, htag = s.toks[i - 1], s.tagl[i - 1]
            if head in P.GENERIC_INDUSTRY_MODIFIERS or htag not in INDUSTRY_HEAD_TAGS or not CJK.search(head):
                return
        if tail == "产业" and s.sq.startswith("集群", b) and (b + 2 == len(s.sq) or b + 2 in s.off_set):
            # 乳业产业集群, 电子信息产业集群: a named cluster is the industry's name as written
            self.out.append(Cand(a, b + 2, "Industry", None, "industry-rule", 0.8))
            return
        canonical = self.industry_name(name, tail)
        self.out.append(Cand(a, b, "Industry", canonical, "industry-rule", 0.75 if canonical is None else 0.85))

    def industry_name(self, name: str, tail: str) -> str | None:
        lex = self.res.lex
        core = name[:-len(tail)] if tail else name
        for v in (name, core + "产业", core + "业", core):
            e = lex.industry(v)
            if e is not None:
                return e.name
        return None

    def policy(self, i: int) -> None:
        s = self.s
        tok = s.toks[i]
        j = i
        used = len(tok)
        while j > 0 and i - j < 6:
            t, g = s.toks[j - 1], s.tagl[j - 1]
            if (not CJK.match(t) or not NAME_CHAR.match(t) or t in POLICY_STOP or g in P.STOP_TAGS or g == "t"
                    or (t in P.LEAD_JUNK and not (t == "重点" and any(x.endswith(("项目", "企业"))
                                                                     for x in s.toks[j:i])))
                    or used + len(t) > 14      # 某某河流域横向生态补偿机制, 中小企业数字化转型三年行动
                    or t in GROUP_HEADS or t.endswith(("公司", "集团", "委员会", "管委会"))     # 甲领导小组|统筹机制
                    or (len(t) == 1 and g in ("v", "a", "d", "ad") and (j < 2 or len(s.toks[j - 2]) == 1))):
                break      # 打|好|…攻坚战: a one-character verb or adjective opens the clause
            used += len(t)
            j -= 1
        head = next(h for h in POLICY_TOKEN_HEADS if tok.endswith(h))
        if head in CAMPAIGN_HEADS and j >= 2 and s.toks[j - 1] in ("和", "与", "及") and j < i:
            # 实施甲改造和乙转型三年行动: the programme's fields are coordinated, the verb opens the name
            k, used2 = j - 1, 0
            while k > 0 and j - 1 - k < 3 and s.toks[k - 1] not in CAMPAIGN_LEADS and NAME_CHAR.match(s.toks[k - 1]) \
                    and CJK.match(s.toks[k - 1]) and s.tagl[k - 1] not in P.STOP_TAGS and s.toks[k - 1] not in POLICY_STOP:
                used2 += len(s.toks[k - 1])
                k -= 1
            if k < j - 1 and k > 0 and s.toks[k - 1] in CAMPAIGN_LEADS and used2 <= 8:
                j = k
        while j < i and (s.toks[j] in POLICY_GENERIC or s.toks[j] in P.BOUNDARY_WORDS) and not (
                s.toks[j] == "重点" and any(t.endswith(("项目", "企业")) for t in s.toks[j + 1:i])):
            j += 1     # but 重点工业项目联审联办制度: 重点 ranks the projects the system is for
        if tok in POLICY_STOP:
            return
        nxt, ng = (s.toks[i + 1], s.tagl[i + 1]) if i + 1 < len(s.toks) else ("", None)
        if nxt in HEAD_AS_MODIFIER or (head in ("计划", "战略") and tok == head and ng in ("p", "v", "d", "vn")
                                       and nxt not in ("实施", "落地")):
            return     # 战略合作协议, 公司计划在…投资: the head word qualifies or acts, it names no programme
        if i > 0 and s.toks[i - 1].endswith(("公司", "集团", "企业", "政府", "委员会", "管委会")):
            return     # 某公司计划…: the subject plans something
        if head == "计划" and tok == head and i > 0 and s.toks[i - 1].endswith(("项目", "工程", "基地", "中心")):
            return     # 某基地项目计划年底投产: the project is the subject that plans
        xs = [s.toks[k] for k in range(j, i)]
        if len(tok) > len(head):
            xs.append(tok[:-len(head)])
        x = "".join(xs)
        last_tag = s.tagl[i - 1] if j < i else None
        # a reform is often named by its field alone (足球改革, 国企改革); systems need a longer qualifier
        short_ok = head in ("改革", "攻坚战", "保卫战") and len(x) == 2 and len(xs) == 1 \
            and s.tagl[i - 1] in ("n", "nz", "j", "vn", "nr")       # jieba reads 蓝天, 碧水 as given names
        # 医药卫生体制改革, 数据安全管理制度: a field of four characters or more names the reform or the rule set
        fielded = len(xs) >= 2 and xs[-1] in ("体制", "管理") and len("".join(xs[:-1])) >= 4 \
            and not any(t in POLICY_GENERIC or t in P.GENERIC for t in xs[:-1])
        if (len(x) < 3 and not short_ok) or (xs and xs[-1] in POLICY_GENERIC) or YEARS_RE.match(x) \
                or last_tag in ("a", "ad", "d") or (head in SYSTEM_HEADS and xs and xs[-1] in SYSTEM_GENERIC_LAST
                                                    and not fielded) \
                or all(t in POLICY_GENERIC or t in P.GENERIC or t in SYSTEM_GENERIC_LAST
                       or t.endswith(("项目", "工程", "工作")) for t in xs):
            return     # 年度重点项目计划, 三年行动计划, 长效机制: a kind of plan, not a named one
        a, b = s.offs[min(j, i)], s.offs[i] + len(tok)
        if head in ("制度", "机制") and nxt == "改革":
            b += len(nxt)      # 公立医院薪酬制度改革: the reform of the system is the programme
            head = "改革"
        self.out.append(Cand(a, b, "Policy", None, "policy-suffix", 0.7, POLICY_KIND.get(head, head)))
        # 蓝天、碧水、净土保卫战: the campaign's head belongs to every listed field
        if head in ("攻坚战", "保卫战", "改革") and len(x) == 2:
            end = a - 1
            while end > 1 and s.sq[end] == "、" and CJK.match(s.sq[end - 1]):
                start = end - 2
                piece = s.sq[start:end]
                if start not in s.off_set or not NAME_CHAR.match(piece) or (start > 0 and CJK.match(s.sq[start - 1])
                                                                           and s.sq[start - 1] not in "打好赢"):
                    break
                self.out.append(Cand(start, end, "Policy", piece + head, "policy-shared-head", 0.7,
                                     POLICY_KIND.get(head, head)))
                end = start - 1

    def enumerations(self) -> None:
        """甲、乙、丙等项目 / 等企业 / 等主导产业 / 等地: the items of a list closed by 等 + a head are named things."""
        s = self.s
        sq = s.sq
        for m in ENUM_RE.finditer(sq):
            head = m.group("head")
            label, kind = ENUM_HEADS[head]
            after = m.end()
            if head == "地":
                k = bisect.bisect_left(s.offs, m.start("head"))
                if k >= len(s.toks) or s.toks[k] != "地":
                    continue       # 等地区 / 等地方 are not "and other places"
            if label == "Place" and head != "地":
                # 等社区服务 is a service, 等社区 the communities: the head must not open a compound noun
                k = bisect.bisect_left(s.offs, m.start("head"))
                if k >= len(s.offs) or s.offs[k] != m.start("head") or s.toks[k] != head:
                    # 重点|物流园区: the head may close a word that starts in the qualifier
                    k = bisect.bisect_right(s.offs, m.start("head")) - 1
                    if not (0 <= k < len(s.toks) and s.toks[k].endswith(head)
                            and s.offs[k] + len(s.toks[k]) == m.end("head") and _rank_and_sector(m.group("mod"))):
                        continue
                if k + 1 < len(s.toks) and s.tagl[k + 1] in ("n", "vn", "nz", "ng") and not _rank_and_sector(m.group("mod")):
                    continue
            mod = m.group("mod")
            if label == "Project" and mod and mod.endswith(FACILITY_MODS) and self.enum_modifier(
                    m.start("mod"), m.end("mod"), m.end()):
                self.shared_facility(m.start(), mod + head)
                continue
            if mod and (not self.enum_modifier(m.start("mod"), m.end("mod"), m.end())
                        or (label not in ("Organization", "Industry") and mod not in ENUM_MOD_FIXED
                            and not _rank_and_sector(mod))):
                continue       # 等体育项目 are sports, 等重点项目 are projects, 等重点物流园区 are parks
            self.list_items(m.start(), label, kind)
            if label == "Project" and not mod:
                self.earlier_groups(m.start())

    def built_phases(self) -> None:
        """建成投产甲奶粉三期、乙电池二期: after a building verb, items ending with a phase are projects."""
        s = self.s
        sq = s.sq
        for m in BUILT_RE.finditer(sq):
            a = m.end()
            stop = list_end(sq, a)
            pos = a
            for x in sq[a:stop].split("、"):
                x0, x1 = pos, pos + len(x)
                pos = x1 + 1
                if not (3 <= len(x) <= 20) or not PHASE_END.search(x) or x0 not in s.off_set \
                        or (x1 < len(sq) and x1 not in s.off_set) or not NAME_CHAR.match(x):
                    continue
                k0 = bisect.bisect_left(s.offs, x0)
                k1 = bisect.bisect_left(s.offs, x1)
                if not any(_specific(t, g, self.res) or t in self.res.place_forms or (g is None and CJK.match(t))
                           for t, g in zip(s.toks[k0:k1], s.tagl[k0:k1]) if not PHASE_RE.match(t)):
                    continue
                self.out.append(Cand(x0, x1, "Project", None, "project-phase", 0.7, "project"))

    def typed_lists(self) -> None:
        """引入甲、乙等休闲游、体验游项目: the kinds after 等 are listed too; the items before are still names."""
        for m in TYPED_LIST_RE.finditer(self.s.sq):
            label, kind = ENUM_HEADS[m.group("head")]
            self.list_items(m.start(), label, kind)

    def earlier_groups(self, left: int) -> None:
        """建成投产甲一期、乙二期，丙三期、丁四期，戊等项目: groups of projects split by commas share the 等项目
        that closes the last; a group joins when it is itself a 、-list of names."""
        sq = self.s.sq
        stop = _last_stop(sq, left)
        for _ in range(3):
            if stop < 0 or sq[stop] not in "，,":
                return
            prev = _last_stop(sq, stop)
            seg = sq[prev + 1:stop]
            if "、" not in seg or len(seg) > 40 or "等" in seg:
                return
            n = len(self.out)
            got = self.list_items(stop, "Project", None)
            if len(got) < seg.count("、") + 1:
                del self.out[n:]      # a group that is not all names is a clause of its own
                return
            stop = prev

    def shared_facility(self, left: int, shared: str) -> None:
        """甲行、乙行等数据中心项目: each company has its own facility; the project is named in full and the
        company is an organisation."""
        s = self.s
        sq = s.sq
        stop = _last_stop(sq, left)
        pieces = sq[stop + 1:left].split("、")
        end = left
        for k, piece in enumerate(reversed(pieces[-8:])):
            a = end - len(piece)
            if k == len(pieces) - 1:
                a = self._trim_lead(a, end, 2)
                if a is None:
                    return
            i = bisect.bisect_left(s.offs, a)
            toks = []
            while i < len(s.toks) and s.offs[i] < end:
                toks.append((s.toks[i], s.tagl[i]))
                i += 1
            name = sq[a:end]
            if not (2 <= len(name) <= 8) or a not in s.off_set or not NAME_CHAR.match(name) or name in P.GENERIC \
                    or not (any(g in BRAND_TAGS or g in ("nr", None) for _, g in toks)
                            or (len(toks) == 1 and name.endswith(J_ORG_TAILS) and name not in P.BOUNDARY_WORDS)):
                return     # 各类数据中心项目, 城市数据中心: no company named
            self.out.append(Cand(a, end, "Project", name + shared, "enumeration-shared", 0.7, "project"))
            self.out.append(Cand(a, end, "Organization", None, "org-brand", 0.7, "enterprise"))
            end = a - 1

    def list_items(self, left: int, label: str, kind: str | None, stops: str = ENUM_STOPS) -> list[tuple[int, int]]:
        """The items of the 、-list ending at ``left``, last first; the spans added."""
        sq = self.s.sq
        stop = _last_stop(sq, left, stops)
        pieces = sq[stop + 1:left].split("、")
        if label == "Industry" and len(pieces) >= 2:
            # 甲、乙、丙和丁等领域: the last two sectors are joined by 和, not 、 (unless the pair is one sector's name)
            last = pieces[-1]
            m = re.fullmatch(r"([\u4e00-\u9fff]{2,10}?)(?:和|及)([\u4e00-\u9fff]{2,10})", last)
            if m and not self.res.lex.industry(last):
                pieces[-1:] = [m.group(1), m.group(2)]
        end, got = left, []
        for k, piece in enumerate(reversed(pieces[-12:])):
            a = end - len(piece)
            first = k == len(pieces) - 1 or k == 11
            n = len(self.out)
            ok = self.enum_item(a, end, label, kind, first)
            if len(self.out) > n:
                got.append((self.out[-1].start, self.out[-1].end))
            if not ok and not first:
                break      # the list stops where an item is no name (率队赴|北京)
            end = a - 1
        return got

    def industry_lists(self) -> None:
        """Sectors listed: 甲、乙“四大产业” (a counted group and its members), 甲、乙等行业 / 等服务业,
        以甲、乙等为延伸的…产业集群, and 文化、体育、旅游产业 (the shared 产业 belongs to every item)."""
        s = self.s
        sq = s.sq
        for m in COUNTED_INDUSTRY.finditer(sq):
            quoted = sq[m.start()] in "“\"" and sq[m.end() - 1] in "”\""
            a = m.start() + (sq[m.start()] in "“\"")
            b = m.end() - (sq[m.end() - 1] in "”\"")
            if not quoted and not (a > 0 and CJK.match(sq[a - 1]) and "、" in sq[max(0, a - 30):a]):
                continue       # 三大产业 alone is primary/secondary/tertiary; after a list it names the list
            self.out.append(Cand(a, b, "Industry", None, "industry-counted", 0.75, None, 2))
            self.list_items(m.start(), "Industry", None)
        for m in SECTOR_LIST_RE.finditer(sq):
            self.list_items(m.start(), "Industry", None)
        for m in SECTOR_FIELD_RE.finditer(sq):
            # 等领域 / 等赛道 / 等产业链: the items are sectors only when they read like sectors
            n = len(self.out)
            self.list_items(m.start(), "Industry", None)
            got = self.out[n:]
            keep = [c for c in got if sq[c.start:c.end].endswith(SECTOR_HEADS) or c.name]
            if len(keep) < 2:
                keep = []
            elif m.group(0)[1:2] == "条" and len(got) - len(keep) <= 1 and len(got) >= 3:
                keep = got     # 甲、乙、丙三条产业链: a counted chain list names each chain's sector
            self.out[n:] = keep
        for m in SHARED_SECTOR_RE.finditer(sq):
            items = re.split(r"[、和及]", m.group(0)[:-len(m.group("tail"))])     # 乳业、肉羊和饲草产业
            tail = m.group("tail")
            if len(items) < 2 or not all(2 <= len(x) <= 4 for x in items[1:]) or re.search(r"[一二三四五六七八九十两]+[大条个类]", items[-1]):
                continue       # 光伏、风电、储能三大产业集群 / 甲、乙、丙三条产业链: the count names the group, not a shared head
            if len(items) == 2 and not (self.res.lex.industry(items[-1] + tail)
                                        and any(self.res.lex.industry(items[0][-k:] + tail) or self.res.lex.industry(items[0][-k:])
                                                for k in (2, 3, 4))):
                continue       # two items: both must be known sectors (服务马铃薯、燕麦产业)
            pos = m.start()
            a = self._trim_lead(pos, pos + len(items[0]), 2)
            if a is None:
                continue
            items[0], pos = items[0][a - pos:], a      # 推动|文化、体育…: the verb opens the clause
            k = bisect.bisect_left(s.offs, pos)
            if k < len(s.toks) and s.offs[k] == pos and s.toks[k] in self.res.place_forms \
                    and len(items[0]) - len(s.toks[k]) >= 2:
                # 首府现代物流和冷链物流产业: a place prefix is where the sector is, not part of its name
                items[0], pos = items[0][len(s.toks[k]):], pos + len(s.toks[k])
            for x in items:
                k = bisect.bisect_left(s.offs, pos)
                if k >= len(s.toks) or s.offs[k] != pos or x in P.GENERIC_INDUSTRY_MODIFIERS or x in NOT_SECTOR_ITEMS \
                        or "等" in x or x.endswith(NOT_INDUSTRY_TAILS + ("市场", "单位", "企业")) \
                        or s.tagl[k] in ("p", "d", "r") or x in P.BOUNDARY_WORDS:
                    break
                e = pos + len(x)
                if x == items[-1]:
                    e += len(tail)
                self.out.append(Cand(pos, e, "Industry", self.industry_name(x + tail, tail) or x + tail,
                                     "industry-shared-tail", 0.7, None, 2))
                pos += len(x) + 1

    def sector_item_lists(self) -> None:
        """Lists whose items are sectors by the construction around them: 集甲经济、乙经济、丙餐饮于一体 (集 is a
        verb), 从甲、乙到丙的产业链条, 围绕甲、乙开展联合攻关, and a lead 甲领域， (the news's 先进制造领域，…)."""
        s, sq = self.s, self.s.sq
        for rx, strong in ((INTEGRATE_RE, True), (CHAIN_SPAN_RE, False), (RESEARCH_FIELDS_RE, False)):
            for m in rx.finditer(sq):
                spans, pos = [], m.start("items")
                for x in re.split(r"、|和|及|与|到", m.group("items")):
                    spans.append((pos, pos + len(x)))
                    pos += len(x) + 1
                if len(spans) < 2:
                    continue
                names = [sq[a:b] for a, b in spans]
                if strong and not any(x.endswith(INDUSTRY_ENDS) or self.res.lex.industry(x) for x in names):
                    continue     # 集育种、扩繁、仓储于一体: the works of a base, not sectors
                # jieba glues 集 to the first item (集首店|经济): the item still starts after the verb
                self.sector_items(spans, glued=m.start("items") if rx is INTEGRATE_RE else -1)
        m = FIELD_LEAD_RE.match(sq)
        if m and (m.group(1).endswith(SECTOR_HEADS) or self.res.lex.industry(m.group(1))):
            self.sector_items([m.span(1)])
        for m in CHAIN_OF_RE.finditer(sq):
            # 延伸光伏材料产业链: the chain is named by its sector
            x0 = m.start("x")
            k = bisect.bisect_right(s.offs, x0) - 1
            while k + 1 < len(s.toks) and s.offs[k] < m.end("x") and (
                    s.offs[k] < x0 or s.toks[k] in P.BOUNDARY_WORDS or s.toks[k] in P.LEAD_VERBS
                    or s.toks[k] in self.res.place_forms or s.tagl[k] in ("v", "vd", "d", "p", "m", "q")):
                k += 1
            if 0 <= k < len(s.toks) and m.end("x") - s.offs[k] >= 3:
                self.sector_items([(s.offs[k], m.end("x"))])
        for m in QUOTED_CHAIN_RE.finditer(sq):
            # 围绕“玉米深加工—氨基酸—生物制品”产业链: a chain written as its links is named by them
            self.out = [c for c in self.out if not (c.label == "Industry" and m.start() <= c.start and c.end <= m.end())]
            self.out.append(Cand(m.start(), m.end(), "Industry", clean(m.group("links")) + m.group("head"),
                                 "industry-chain", 0.75, "chain", 3))
        for m in SECTOR_PROJECTS_RE.finditer(sq):
            # 承接甲新材料和乙新材料项目, 签约算力及上下游项目: projects counted by their sectors name no project
            spans, pos = [], m.start("items")
            for x in re.split(r"[、和及]", m.group("items")):
                spans.append((pos, pos + len(x)))
                pos += len(x) + 1
            names = [sq[a:b] for a, b in spans]
            if not all(x.endswith(SECTOR_HEADS) or self.res.lex.industry(x) for x in names) \
                    or any(x in self.res.place_forms or x in P.GENERIC for x in names):
                continue
            self.sector_items(spans)
            if any(c.label == "Industry" and c.extractor == "industry-developed" and (c.start, c.end) in spans
                   for c in self.out):
                a, b = m.start("items"), m.end()
                self.out = [c for c in self.out if not (c.label in ("Project", "Organization") and a <= c.start
                                                        and c.end <= b)]
        for m in EXTEND_TO_RE.finditer(sq):
            # 向饲料添加剂、生物农药、医药中间体延伸: the links a chain is extended to are sectors
            spans, pos = [], m.start("items")
            for x in re.split(r"[、和及]", m.group("items")):
                spans.append((pos, pos + len(x)))
                pos += len(x) + 1
            if len(spans) >= 2:
                self.sector_items(spans)
        for m in BROUGHT_SECTORS_RE.finditer(sq):
            # 引进数据标注、云计算、人工智能企业20家: the companies are counted by sector; the items are sectors
            spans, pos = [], m.start("items")
            for x in re.split(r"[、和及]", m.group("items")):
                spans.append((pos, pos + len(x)))
                pos += len(x) + 1
            a, b = spans[-1]
            if b - a >= 4 and sq.endswith(("生产", "配套"), a, b):
                spans[-1] = (a, b - 2)       # 甲、乙生产企业: the firms make the sectors' goods
            if len(spans) >= 2 and sum(1 for a, b in spans if sq[a:b].endswith(SECTOR_HEADS)
                                       or self.res.lex.industry(sq[a:b])) >= 2:
                self.sector_items(spans)

    def sector_items(self, spans, glued: int = -1) -> None:
        """Add the spans that read as sector names; a sector word inside one (乳制品 in 功能性乳制品) gives way,
        and so does a name the verb was glued into (集首店经济)."""
        s, sq = self.s, self.s.sq
        for x0, x1 in spans:
            starts = x0 in s.off_set
            if x0 == glued and not starts and x0 - 1 in s.off_set:
                self.out = [c for c in self.out if not (c.label == "Industry" and c.start == x0 - 1)]
                starts = True
            x = sq[x0:x1]
            tail = next((t for t in INDUSTRY_ENDS if x.endswith(t)), "")
            core = x[:-len(tail)] if tail else x
            if not (2 <= len(x) <= 8) or not NAME_CHAR.match(x) or not starts \
                    or (x1 < len(sq) and x1 not in s.off_set) or x in P.GENERIC or core in P.GENERIC_INDUSTRY_MODIFIERS \
                    or x in NOT_SECTOR_ITEMS or not (x.endswith(SECTOR_HEADS + INDUSTRY_ENDS) or self.res.lex.industry(x)):
                continue
            self.out = [c for c in self.out if not (c.label == "Industry" and x0 <= c.start and c.end <= x1
                                                    and (c.start, c.end) != (x0, x1))]
            self.out.append(Cand(x0, x1, "Industry", self.industry_name(x, tail) if tail else
                                 (self.res.lex.industry(x).name if self.res.lex.industry(x) else None),
                                 "industry-developed", 0.7, None, 3))

    def developed_sectors(self) -> None:
        """大力发展甲制造、乙物流和丙旅游: the things a development verb lists, when they end like sectors, are
        industries (a list is recognised by at least two items with a sector's head word)."""
        s = self.s
        sq = s.sq
        for m in DEVELOP_RE.finditer(sq):
            a = m.end()
            stop = list_end(sq, a)
            if m.group(0) == "以":
                # 以甲、乙为主导的…: the list ends at 为 and must be one
                cut = sq.find("为", a, stop)
                if cut < 0 or not re.match(r"为(?:主导|重点|支撑|龙头|核心|引领|代表|特色|主体|首|主)", sq[cut:cut + 3]):
                    continue
                stop = cut
            counted = COUNTED_TAIL.search(sq, a, stop)
            if counted:
                stop = counted.start()      # 做强A和B两大产业: the count closes the list, no part of its last item
            seg = sq[a:stop]
            items = re.split(r"、|和|及|与", seg)
            spans, pos = [], a
            for x in items:
                spans.append((pos, pos + len(x)))
                pos += len(x) + 1
            if len(items) == 1:
                # 加快发展跨境电商: one sector after a strong development verb
                if not (m.group(0) in STRONG_DEVELOP and 4 <= len(items[0]) <= 8 and items[0].endswith(SECTOR_HEADS)
                        and not items[0].endswith(("经济", "产业", "健康", "体育", "加工", "工业", "农业"))):
                    continue
            elif sum(1 for x in items if x.endswith(SECTOR_HEADS)) < 2:
                continue
            for (x0, x1), x in zip(spans, items):
                glued = x0 - 1 in s.off_set and sq[x0 - 1] in "和及与"     # 和文|旅康养: jieba glued the 和
                if x0 not in s.off_set and not glued:
                    continue
                k = bisect.bisect_left(s.offs, x0)
                if glued and x0 not in s.off_set:
                    k = len(s.toks) if k >= len(s.toks) else k
                    if sq[x0:x1] and x1 - x0 >= 2 and NAME_CHAR.match(sq[x0:x1]) and x1 - x0 <= 8 \
                            and sq[x0:x1].endswith(SECTOR_HEADS):
                        self.out.append(Cand(x0, x1, "Industry", self.industry_name(sq[x0:x1], ""), "industry-developed",
                                             0.7))
                    continue
                while k < len(s.toks) and s.offs[k] < x1 and (s.toks[k] in P.LEAD_JUNK or s.toks[k] in P.BOUNDARY_WORDS
                                                             or s.tagl[k] in ("m", "q", "d", "p", "r")):
                    k += 1       # 一批|信息技术, 做强|…: the item starts after what opens the clause
                if k >= len(s.toks) or s.offs[k] >= x1:
                    continue
                x0 = s.offs[k]
                lead = DEVELOP_RE.match(sq, x0)
                if lead and lead.end() < x1:
                    x0 = lead.end()        # 发展|做强|乡土草种产业: stacked verbs
                x = sq[x0:x1]
                tail = next((t for t in INDUSTRY_ENDS if x.endswith(t)), "")
                core = x[:-len(tail)] if tail else x
                if not (2 <= len(x) <= 8) or not NAME_CHAR.match(x) or (x1 < len(sq) and x1 not in s.off_set) \
                        or x in P.GENERIC or core in P.GENERIC_INDUSTRY_MODIFIERS or x.startswith(("战略性", "新兴")):
                    continue
                canonical = self.industry_name(x, "") if x.endswith(INDUSTRY_ENDS) or self.res.lex.industry(x) else None
                if x.endswith(SECTOR_HEADS) or canonical:
                    self.out.append(Cand(x0, x1, "Industry", canonical, "industry-developed", 0.7))

    def org_lists(self) -> None:
        """依托甲汽车、乙汽车等众多汽车销售企业 / 引进甲、乙等知名新能源汽车品牌: companies listed before a long
        qualifier of what they are (等 + up to a dozen characters + 企业/品牌/…)."""
        s = self.s
        sq = s.sq
        for m in ORG_LIST_RE.finditer(sq):
            mod, head = m.group("mod"), m.group("head")
            if len(mod) <= 5 and head not in ("品牌", "龙头企业", "车企", "厂商"):
                continue       # short qualifiers are the general enumeration's (等快递物流企业)
            if not self.long_modifier(m.start("mod"), m.end("mod")):
                continue
            stop = _last_stop(sq, m.start())
            opening = sq[stop + 1:m.start()]
            if head == "品牌" and not any(v in opening for v in BRING_VERBS):
                continue       # 打造甲、乙等会展品牌: brands the plan builds, not companies it brings
            self.list_items(m.start(), "Organization", "enterprise")

    def long_modifier(self, a: int, b: int) -> bool:
        """众多汽车销售及后市场配套: nouns and qualifiers only, no verb that starts a new clause."""
        s = self.s
        k = bisect.bisect_left(s.offs, a)
        if k >= len(s.offs) or s.offs[k] != a:
            return False
        while k < len(s.toks) and s.offs[k] < b:
            t, g = s.toks[k], s.tagl[k]
            if t in ENUM_MOD_BLOCK or g in ("p", "r", "d", "v", "vd", "ad", "uj") and t not in ENUM_MOD_OK:
                return False
            k += 1
        return True

    def institutions(self) -> None:
        """国家乳业技术创新中心, 新华三中央实验室, 某某内蒙古区域总部: institutes and company seats jieba splits;
        草种业、动物疫苗技术创新中心 shares its head between the items."""
        s = self.s
        sq = s.sq
        for m in INSTITUTION_RE.finditer(sq):
            b = m.end()
            hs = m.start()
            if hs not in s.off_set or (b < len(sq) and b not in s.off_set):
                continue
            nxt = sq[b:b + 4]
            if nxt.startswith(("项目", "工程", "建设项目", "经济")) or (m.group(0).endswith("总部") and nxt.startswith("基地")):
                continue       # …研究院项目 is a project, 总部经济 an industry
            k = bisect.bisect_left(s.offs, hs)
            j = k
            while j > 0 and hs - s.offs[j - 1] <= 16:
                t, g = s.toks[j - 1], s.tagl[j - 1]
                if t in INSTITUTION_INNER:
                    j -= 1
                    continue
                if not NAME_CHAR.match(t) or t in P.BOUNDARY_WORDS or t in P.LEAD_JUNK or g in P.STOP_TAGS \
                        or g in ("v", "vd", "a", "ad", "d", "t", "b") or (g in ("m", "q") and j - 1 > 0
                                                                         and s.tagl[j - 2] not in PROPER_TAGS):
                    break
                j -= 1
            toks = s.toks[j:k]
            # a rank or a place opening the name is kept (国家…, 内蒙古…); it must still say what it studies
            core = [t for t in toks if t not in INSTITUTION_RANKS and t not in self.res.place_forms]
            if not core or all(t in P.GENERIC or t in INSTITUTION_GENERIC for t in core) \
                    or core[0].endswith(("性", "型", "式")):
                continue       # 专家工作站, 医学分中心, 区域性科技创新中心: a kind of institution, or a goal
            a = s.offs[j]
            head = m.group(0)
            kind = "enterprise" if head.endswith("总部") else "institute"
            if head.endswith("总部") and not (s.tagl[j] in ORG_PROPER or s.tagl[j] is None or s.toks[j] in self.res.surfaces):
                continue       # 区域总部 alone is a kind of seat, 华为区域总部 a company's
            self.out.append(Cand(a, b, "Organization", None, "org-institution", 0.75, kind, 2))
            if kind == "enterprise":
                e = s.offs[j] + len(s.toks[j])
                if j + 1 < k and s.toks[j + 1] in BRAND_TAILS:
                    e += len(s.toks[j + 1])     # 某某科技|区域总部: the company's short name keeps its trade word
                self.brand(a, e)
            # 甲、乙技术创新中心: the items before share the head
            shared = sq[hs:b]
            end = a - 1
            while end > 0 and sq[end] == "、":
                start = _last_stop(sq, end, ENUM_STOPS + "、") + 1
                item = sq[start:end]
                lo = start
                # 自治区草种业、…: the place (its longest form opening the item) ranks the whole list
                lo = start + next((n for n in range(len(item) - 1, 0, -1) if item[:n] in self.res.place_forms), 0)
                piece = sq[lo:end]
                if not (2 <= len(piece) <= 8) or not NAME_CHAR.match(piece) or lo not in s.off_set \
                        or not self.plain_nouns(lo, end):
                    break
                self.out.append(Cand(lo, end, "Organization", piece + shared, "org-shared-head", 0.7, kind))
                end = start - 1

    def plain_nouns(self, a: int, b: int) -> bool:
        """Whether sq[a:b] is made of common nouns only (a field like 动物疫苗, not 深化与|海淀区)."""
        s = self.s
        k = bisect.bisect_left(s.offs, a)
        while k < len(s.toks) and s.offs[k] < b:
            t, g = s.toks[k], s.tagl[k]
            if t in P.BOUNDARY_WORDS or t in self.res.place_forms or g not in ("n", "nz", "vn", "l", "j", "ng", "nr", None):
                return False
            k += 1
        return True

    def gov_bodies(self) -> None:
        """科技部, 市委, 市政府, …工作领导小组: government bodies named by their office."""
        s = self.s
        for i, tok in enumerate(s.toks):
            g = s.tagl[i]
            if tok in GOV_OFFICES:
                prev = s.toks[i - 1] if i else ""
                if prev in self.res.place_forms:
                    continue      # 呼和浩特市市委: the place-prefixed rule names it
                self.out.append(Cand(s.offs[i], s.offs[i] + len(tok), "Organization", None, "org-government", 0.75,
                                     "government"))
            elif len(tok) == 3 and tok.endswith("部") and g in ("n", "nt") and tok not in NOT_MINISTRIES:
                self.out.append(Cand(s.offs[i], s.offs[i] + len(tok), "Organization", None, "org-government", 0.7,
                                     "government"))
            elif tok in GROUP_HEADS:
                # a steering group's name holds its whole remit, verbs included (加快推进…招商引资工作领导小组)
                j, used = i, 0
                while j > 0 and used + len(s.toks[j - 1]) <= 26:
                    t, tg = s.toks[j - 1], s.tagl[j - 1]
                    if not NAME_CHAR.match(t) or tg in ("ul", "uj", "p", "c", "r", "x", "w") or t in GROUP_OPENERS:
                        break
                    used += len(t)
                    j -= 1
                if i - j >= 1 and any(s.toks[k] not in P.GENERIC for k in range(j, i)):
                    self.out.append(Cand(s.offs[j], s.offs[i] + len(tok), "Organization", None, "org-group", 0.7,
                                         "government"))

    def bureaus(self) -> None:
        """市发改委, 区住建局, 自治区发展改革委: a government department named by its office (often glued by the
        segmenter to the word before: 由市|发改委)."""
        s = self.s
        sq = s.sq
        for m in BUREAU_RE.finditer(sq):
            a = m.start()
            k = bisect.bisect_right(s.offs, a) - 1
            if 0 <= k < len(s.toks) and s.toks[k] in self.res.place_forms and s.offs[k] < a \
                    and s.offs[k] + len(s.toks[k]) == a + len(m.group("lvl") or ""):
                a = s.offs[k]       # 清水河县|林业和草原局: the county's own bureau
            elif m.group("lvl") is None and k > 0 and s.offs[k] == a and s.toks[k - 1] in self.res.place_forms:
                a = s.offs[k - 1]   # 呼和浩特市|生态环境局
            elif m.group("lvl") is None and a > 0 and CJK.match(sq[a - 1]) and sq[a - 1] not in "由经向与和及、的将对":
                continue       # inside a longer word
            b = m.end()
            if b < len(sq) and sq[b] in "长":
                continue       # 局长 is a person
            br = BRANCH_RE.match(sq, b)
            if br and (br.group(1) in self.res.place_forms or len(br.group(1)) <= 5):
                b = br.end()        # 甲市生态环境局乙县分局: the city bureau's county branch is one body
            self.out.append(Cand(a, b, "Organization", None, "org-government", 0.75, "government"))

    def bracketed_sites(self) -> None:
        """城发（恼包）物流园区项目: a company's short name, then the site in brackets, then what it builds;
        华曜智算（内蒙古）科技有限公司: a company registered with its region in brackets is one name."""
        sq = self.s.sq
        regional = []
        for m in COMPANY_PAREN_RE.finditer(sq):
            a = _last_stop(sq, m.start("region") - 1, ENUM_STOPS + "、") + 1
            while a < m.start("region") - 1 and a not in self.s.off_set:
                a += 1
            a = self._trim_lead(a, m.start("region") - 1, 2)
            by = BUILT_BY.match(sq, a, m.start("region")) if a is not None else None
            if by and m.start("region") - 1 - by.end() >= 2:
                a = by.end()        # 该项目由甲（内蒙古）有限公司投资: the company after 由
            region = m.group("region")
            if a is None or m.start("region") - 1 - a < 2 or not (self.res.lex.place(region) or self.res.tag(region) == "ns"
                                                                  or self.res.lex.place(region + "市")):
                continue
            self.out = [c for c in self.out if not (c.label in ("Organization", "Project") and a <= c.start < m.end()
                                                    and c.end > m.start("region"))]
            self.out.append(Cand(a, m.end(), "Organization", None, "org-suffix", 0.8, "enterprise", 2))
            regional.append((a, m.end()))
        for m in PAREN_SITE_RE.finditer(sq):
            if any(x <= m.start() < y for x, y in regional):
                continue
            owner, site = m.span(1), m.span(2)
            a = self._trim_lead(owner[0], owner[1], 2) if owner[0] in self.s.off_set else None
            if a is None:
                continue
            owner = (a, owner[1])
            name = sq[owner[0]:owner[1]]
            if len(name) < 2 or name in P.GENERIC or name in self.res.place_forms \
                    or sq[site[0]:site[1]].endswith(("校区", "分校", "院区", "段", "期", "分院")) \
                    or name.endswith(ALL_SUFFIXES_TUPLE):
                continue       # 实验中学（察哈尔校区）: a campus of a school, not a company's site
            self.out.append(Cand(owner[0], owner[1], "Organization", None, "org-brand", 0.65, "enterprise"))
            self.out.append(Cand(owner[0], m.end(), "Project", None, "project-bracketed", 0.7, "project"))
            if sq[site[0]:site[1]] not in P.GENERIC:
                self.out.append(Cand(site[0], site[1], "Place", None, "place-bracketed", 0.65, None))

    def segment_projects(self) -> None:
        """长城国家文化公园（甲县段）建设工程, 乙高速公路（丙至丁段）改扩建工程: the local segment of a national or
        regional scheme, in brackets inside the work's name, is one project (the place in the brackets is nested)."""
        s, sq = self.s, self.s.sq
        for m in SEGMENT_PAREN_RE.finditer(sq):
            a = _last_stop(sq, m.start("open"), ENUM_STOPS + "、") + 1
            a = max(a, m.start("open") - 16)
            while a < m.start("open") and a not in s.off_set:
                a += 1
            a = self._trim_lead(a, m.start("open"), 2)
            if a is None or m.start("open") - a < 2 or (m.end() < len(sq) and m.end() not in s.off_set):
                continue
            k = bisect.bisect_left(s.offs, a)
            while k < len(s.toks) and s.offs[k] < m.start("open") and (s.toks[k] in P.BOUNDARY_WORDS
                                                                 or s.toks[k] in P.LEAD_VERBS or s.toks[k] in P.LEAD_JUNK):
                k += 1
            if k >= len(s.toks) or s.offs[k] >= m.start("open") - 1:
                continue
            a = s.offs[k]
            self.out = [c for c in self.out if not (c.label == "Place" and c.extractor == "place-suffix"
                                                    and a <= c.start and c.end <= m.start("open"))]
            self.out.append(Cand(a, m.end(), "Project", clean(sq[a:m.end()]), "project-segment", 0.75, "project", 2))

    def brand(self, a: int, b: int) -> None:
        """A company named by its brand at the start of a longer name (华为|区域总部)."""
        name = self.s.sq[a:b]
        if len(name) >= 2 and name not in P.GENERIC and name not in self.res.place_forms:
            self.out.append(Cand(a, b, "Organization", None, "org-brand", 0.7, "enterprise"))

    def enum_modifier(self, a: int, b: int, head_end: int) -> bool:
        """等快递物流企业 / 等重点项目: what sits between 等 and the head only qualifies it (nouns, not 方面支持)."""
        s = self.s
        k = bisect.bisect_left(s.offs, a)
        if k >= len(s.offs) or s.offs[k] != a:
            return False
        if b not in s.off_set:
            # the head may share a word with the modifier (主导产业, 物流企业)
            last = bisect.bisect_right(s.offs, b) - 1
            if s.offs[last] + len(s.toks[last]) != head_end:
                return False
        while k < len(s.toks) and s.offs[k] < b:
            t, g = s.toks[k], s.tagl[k]
            if t in ENUM_MOD_BLOCK or (t in P.BOUNDARY_WORDS and t not in ENUM_MOD_OK) or g not in ENUM_MOD_TAGS:
                return False
            k += 1
        return True

    def enum_item(self, a: int, b: int, label: str, kind: str | None, first: bool) -> bool:
        """Add one listed item; False when it is not a name as a whole (so the list ends there)."""
        s = self.s
        if b - a < 2:
            return False
        i = bisect.bisect_left(s.offs, b)     # token after the item
        if (i < len(s.offs) and s.offs[i] != b) or (i == len(s.offs) and b != len(s.sq)):
            return False
        # company names hold ordinary verbs (远航重卡, 通用汽车); places and public bodies end at one
        strict = label == "Place" or (label == "Organization" and kind != "enterprise")
        whole = bisect.bisect_left(s.offs, a)
        complete = whole < len(s.offs) and s.offs[whole] == a and all(
            NAME_CHAR.match(t) and not (len(t) >= 2 and t in P.BOUNDARY_WORDS) and (g not in ITEM_STOP_TAGS or t.startswith("之"))
            and not (strict and len(t) >= 2 and g in ("v", "vd", "vi"))
            for t, g in zip(s.toks[whole:i], s.tagl[whole:i]))
        if complete:
            lo = whole
        else:
            lo = _walk_back(s, i, 24, 10, strict=strict, inner=P.WORK_NOUNS if label == "Project" else frozenset())
        # an item that is not a name as a whole opens the list (市长…率队赴|北京): keep its tail, stop there
        opening = first or not complete
        while lo < i and ((opening and (s.toks[lo] in P.BOUNDARY_WORDS or s.tagl[lo] in LEAD_STRIP_TAGS)
                           and s.toks[lo] not in s.res.surfaces) or s.toks[lo] in P.LEAD_JUNK
                          or s.toks[lo] in P.LEAD_VERBS):
            lo += 1
        if lo >= i:
            return False
        if label == "Organization" and i - lo == 1 and s.tagl[lo] in ("v", "vn", "vd", "a", "ad", "an", "i", "l"):
            return False       # 加工、装配等…企业: activities, not companies
        a = self._trim_lead(s.offs[lo], b, 2)
        if a is None:
            return False
        name = s.sq[a:b]
        if (len(name) < 2 or len(name) > (8 if label == "Place" else 24) or not CJK.search(name)
                or (name in P.GENERIC and label != "Industry") or name in P.NOT_NAMES or COUNTED.match(name) or name[0] in FRAGMENT_LEADS
                or name.endswith(ADJ_TAILS)):
            return False
        if label == "Project" and not s.in_box:
            k0 = bisect.bisect_left(s.offs, a)
            toks = list(zip(s.toks[k0:i], s.tagl[k0:i]))
            if not any(_specific(t, g, self.res) or PHASE_RE.match(t) or re.search(r"[0-9]", t)
                       or t in self.res.place_forms or (g is None and CJK.match(t)) for t, g in toks):
                return False     # 房车营地、研学基地等项目: kinds of project listed, no one project named
        canonical = None
        if label == "Industry":
            if name in P.GENERIC_INDUSTRY_MODIFIERS or name.endswith(NOT_INDUSTRY_ITEM) or "和" in name:
                return False
            for v in (name, name + "产业", name + "业"):
                e = self.res.lex.industry(v)
                if e is not None:
                    canonical = e.name
                    break
        # a company listed among companies outranks the sector word it is named after (北辰智慧农业、蓝海物流等企业)
        self.out.append(Cand(a, b, label, canonical, "enumeration", 0.7, kind, 2 if label == "Organization" else 1))
        return complete

    def school_abbr(self) -> None:
        """呼市一中 / 四十中: a city's numbered schools, named in full as the city's 第N中学."""
        s = self.s
        for m in SCHOOL_ABBR_RE.finditer(s.sq):
            a = m.start()
            prefix_place = None
            for k in range(min(a, 6), 1, -1):
                got = self.res.surfaces.get(s.sq[a - k:a])
                if got and got[0] == "Place":
                    prefix_place, a = got[1], a - k
                    break
            if a not in s.offs or (m.end() < len(s.sq) and m.end() not in s.offs) or PLENUM_RE.match(s.sq, m.end()):
                continue       # 五中全会, 二中、三中、四中全会 are plenums, not schools
            if prefix_place is None and (m.group(1) or len(m.group(2)) < 2 and m.group(3) == "小"):
                continue
            city = prefix_place or self.plan_city
            if not city:
                continue
            name = f"{city}第{m.group(2)}{SCHOOL_FULL[m.group(3)]}"
            known = self.res.lex.canonical("Organization", s.sq[a:m.end()])
            self.out.append(Cand(a, m.end(), "Organization", known if known != s.sq[a:m.end()] else name,
                                 "org-abbreviation", 0.7, "school"))


# -- choosing among candidates ----------------------------------------------------------------------
#: rules whose names may sit inside a longer name of the same label (华为 in 华为区域总部)
NESTED_RULES = ("gazetteer", "org-brand")
NESTABLE = {("Organization", "Organization"), ("Place", "Organization"), ("Place", "Project"), ("Place", "Policy"), ("Organization", "Project"),
            ("Place", "Place")}


TRIPLE = re.compile(r"([\u4e00-\u9fff])\1\1")
ALL_SUFFIXES = sorted({suf for table in (P.ORG_SUFFIXES, P.GOV_SUFFIXES, P.PLACE_SUFFIXES, P.PROJECT_SUFFIXES,
                                         P.EVENT_SUFFIXES) for suf, _ in table}, key=len, reverse=True)


#: rules that read a sector off a list (their items end at the list's separators)
LIST_INDUSTRY_RULES = ("enumeration", "industry-developed", "industry-shared-tail")
#: place kinds that are facilities as much as places: inside a work's name they are what is built
FACILITY_PLACE_KINDS = ("park", "zone", "scenic_area", "wetland", "square", "village_site", "heritage_site")


def _generic_name(name: str) -> bool:
    """A rule's name that is only a category (中小学幼儿园, 遗址公园): the safety net after every rule."""
    if name in P.GENERIC or name in P.NOT_NAMES or TRIPLE.search(name):
        return True
    # the longest suffix shorter than the name (one lookup per suffix length, not a scan of them all)
    for n, sufs in SUFFIXES_BY_LENGTH:
        if n < len(name) and name[-n:] in sufs:
            head = name[:-n]
            return head in P.GENERIC or head in P.NOT_NAMES
    return False


#: ALL_SUFFIXES grouped by length, longest first
SUFFIXES_BY_LENGTH = [(n, frozenset(x for x in ALL_SUFFIXES if len(x) == n))
                      for n in sorted({len(x) for x in ALL_SUFFIXES}, reverse=True)]
ALL_SUFFIXES_TUPLE = tuple(ALL_SUFFIXES)


def _drop_nested_industries(cands: list[Cand], sq: str) -> list[Cand]:
    """An industry word inside a longer name is no industry mention (国家乳业技术创新中心, 中山西路商业区,
    草种业、…技术创新中心 whose item names the centre)."""
    others = [c for c in cands if c.label in ("Organization", "Project", "Place", "Policy", "Goal")]
    out = []
    for c in cands:
        if c.label == "Industry" and any(
                o.start <= c.start and c.end <= o.end
                and (o.end - o.start > c.end - c.start or len(o.name or "") > o.end - o.start)
                for o in others):
            continue
        out.append(c)
    return out


def _adjectival_sector(s: "Sentence", c: Cand) -> bool:
    """工业 in 后工业时代 / 工业印记 / 规模以上工业 / 优然牧业 / 商业集聚区: a bare two-character sector word that
    qualifies the noun after it, or is qualified into a company or a statistic, names no industry."""
    name = s.sq[c.start:c.end]
    if c.label != "Industry" or len(name) != 2 or not name.endswith("业"):
        return False
    i = bisect.bisect_left(s.offs, c.end)
    if i < len(s.toks) and s.offs[i] == c.end:
        nxt, g = s.toks[i], s.tagl[i]
        if CJK.match(nxt) and g in ("n", "vn", "nz", "ng", "l", "ns", "j", "nr", None) and nxt not in SECTOR_FOLLOWERS:
            return True
    if SECTOR_PLACE_AFTER.match(s.sq, c.end):
        return True       # 商业|集聚|区, 工业|园区: the word names a kind of area
    k = bisect.bisect_left(s.offs, c.start)
    if k > 0 and s.offs[k - 1] + len(s.toks[k - 1]) == c.start:
        prev, g = s.toks[k - 1], s.tagl[k - 1]
        if prev in ("规模以上", "规上", "以上", "后") or (CJK.match(prev) and g in (None, "nz", "nr", "nrt", "b")
                                                          and prev not in P.BOUNDARY_WORDS and prev not in P.LEAD_VERBS
                                                          and not prev.startswith(("发展", "大力", "推动", "做强"))):
            return True
    return False


SECTOR_PLACE_AFTER = re.compile(r"[\u4e00-\u9fff]{0,2}(?:集聚区|园区|街区|区|园|厂|基地)(?![\u4e00-\u9fff])")
#: nouns after a bare sector word that keep it a sector (工业经济, 农业发展, 牧业生产)
SECTOR_FOLLOWERS = frozenset("经济 发展 生产 转型 升级 现代化 产业化 强市 强区 强县 强旗 结构 领域 部门 门类".split())


def _described(c: Cand, sq: str) -> bool:
    """内蒙古最高端的汽车…中心 / 北方最大的算力枢纽项目: a superlative phrase describes a thing, it names none."""
    if c.label != "Project" or c.extractor == "gazetteer":
        return False       # 全国唯一的国家乳业技术创新中心 is still the centre's name
    name = sq[c.start:c.end]
    if "的" in name and ("最" in name or "唯一" in name):
        return True
    before = sq[max(0, c.start - 8):c.start]
    return before.endswith("的") and re.search(r"(最|唯一|首个|第一)[\u4e00-\u9fff]{0,4}的$", before) is not None


#: a trade name and the sector a dairy or livestock firm is named by (瑞牧牧业, 塞尚乳业): the firm, not the sector
BRANDED_SECTOR_RE = re.compile(r"^(?P<brand>[\u4e00-\u9fff]{2})(?:牧业|乳业)$")


def _brand_of_sector(c: Cand, sq: str, s: "Sentence | None") -> Cand:
    """瑞牧牧业万头牧场, 金禾牧业、绿川饲草专业合作社: a two-character trade name before 牧业/乳业 that is no sector word
    (畜牧业, 农牧业 are; 瑞牧 is not) names a company, unless a verb of developing stands right before it."""
    if c.label != "Industry" or c.extractor == "gazetteer" or s is None:
        return c
    m = BRANDED_SECTOR_RE.match(sq[c.start:c.end])
    if not m or m.group("brand") in P.GENERIC_INDUSTRY_MODIFIERS or s.res.lex.industry(sq[c.start:c.end]) \
            or s.res.lex.industry(m.group("brand")) or DEVELOP_RE.search(sq[max(0, c.start - 4):c.start]):
        return c
    return Cand(c.start, c.end, "Organization", None, "org-brand", 0.65, "enterprise", c.priority)


def _select(cands: list[Cand], sq: str = "", s: "Sentence | None" = None) -> list[Cand]:
    """Keep the best non-conflicting candidates: within a label the longest; a place may sit inside a name."""
    cands = [c for c in _drop_nested_industries(cands, sq) if not _described(c, sq)]
    cands = [_brand_of_sector(c, sq, s) for c in cands]
    listed = [c for c in cands if c.label == "Industry" and c.extractor in LIST_INDUSTRY_RULES]
    if listed:
        # 储能装备、生物制造等领域 / 发展功能性乳制品: a listed sector keeps its whole name over a lexicon word in it
        cands = [c for c in cands if not (c.label == "Industry" and c.extractor == "gazetteer" and any(
            o.start <= c.start and c.end <= o.end and o.end - o.start > c.end - c.start for o in listed))]
    if s is not None:
        # 新能源汽车|零部件产业 (jieba: 新能源|汽车零部件产业): a lexicon sector ending inside a word gives way to the
        # longer sector the industry rule read there
        rule_inds = [c for c in cands if c.label == "Industry" and c.extractor != "gazetteer"]
        if rule_inds:
            cands = [c for c in cands if not (c.label == "Industry" and c.extractor == "gazetteer"
                                              and c.end < len(sq) and c.end not in s.off_set
                                              and any(o.start <= c.start and c.end < o.end for o in rule_inds))]
    projects = [c for c in cands if c.label == "Project"]
    if projects:
        # 甲公园提升项目 / 乙村民俗文化村提升项目: a park, zone or venue named only inside the work is no place
        cands = [c for c in cands if not (c.label == "Place" and c.extractor == "place-suffix"
                                          and (c.kind in FACILITY_PLACE_KINDS or c.described)
                                          and any(p.start <= c.start and c.end < p.end for p in projects))]
    if s is not None:
        cands = [c for c in cands if not _adjectival_sector(s, c)]
    cands = [c for c in cands if c.extractor in ("gazetteer", "org-government") or c.label in ("Policy", "Industry")
             or not _generic_name(c.name or sq[c.start:c.end])]
    # 玉泉区文旅消费重点项目, 县城建设重大工程: a list of key projects (a 专栏's title), not one of them
    cands = [c for c in cands if not (c.label == "Project" and c.priority < 3 and KEY_PROJECTS_END.search(sq, c.start, c.end))]
    longer_places = [c for c in cands if c.label == "Place" and c.extractor == "place-suffix"]
    cands = [c for c in cands if not (c.label == "Place" and c.extractor == "gazetteer" and c.name
                                      and clean(sq[c.start:c.end]) != c.name
                                      and any(o.start == c.start and o.end > c.end for o in longer_places))]
    cands.sort(key=lambda c: (-c.priority, -(c.end - c.start), c.start))
    kept: list[Cand] = []
    for c in cands:
        ok = True
        for k in kept:
            if c.end <= k.start or k.end <= c.start:
                continue
            inside = k.start <= c.start and c.end <= k.end
            outside = c.start <= k.start and k.end <= c.end
            if inside and (c.label, k.label) in NESTABLE and (c.label != k.label or c.extractor in NESTED_RULES):
                continue
            if outside and (k.label, c.label) in NESTABLE and (c.label != k.label or k.extractor == "gazetteer"):
                continue
            ok = False
            break
        if ok:
            kept.append(c)
    return sorted(kept, key=lambda c: c.start)


def _props(res: Resources, c: Cand) -> dict | None:
    """The ontology's own properties for the label: kind, coordinates from the gazetteer, category."""
    props = {"kind": c.kind} if c.kind else {}
    if c.label == "Place" and c.name:
        entry = res.lex.place(c.name)
        if entry is not None:
            props = {"kind": entry.kind, "lat": entry.lat, "lon": entry.lon}
    elif c.label == "Industry" and c.name:
        entry = res.lex.industry(c.name)
        if entry is not None:
            props = {"category": entry.category}
    allowed = ONTOLOGY_PROPS[c.label]
    props = {k: v for k, v in props.items() if k in allowed and v not in (None, "")}
    return props or None


def _spans(ctx) -> list[tuple[int, int, str]]:
    """Sentences, then headings not already covered (section titles are not sentences)."""
    out = [(x.start, x.end, x.section) for x in ctx.seg.sentences]
    seen = {(a, b) for a, b, _ in out}
    for sec in ctx.seg.sections:
        if sec.kind == "table" or sec.title_end <= sec.title_start:
            continue
        key = (sec.title_start, sec.title_end)
        if key not in seen:
            seen.add(key)
            out.append((sec.title_start, sec.title_end, sec.id))
    return out


def _plan_city(ctx, res: Resources) -> str | None:
    place = (ctx.doc.meta or {}).get("place") or ""
    for p in res.lex.place_chain(place):
        if p.kind == "city":
            return p.name
    return None


def extract(ctx) -> None:
    res = resources()
    text = ctx.doc.text
    city = _plan_city(ctx, res)
    boxes = {s.id for s in ctx.seg.sections if s.kind in ("box", "table")}
    in_box_cache: dict[str, bool] = {}
    reuse = _reuse_matcher(ctx)
    taken = _existing_mentions(ctx)
    claims = getattr(ctx, "claims", {})
    for start, end, sid in _spans(ctx):
        if sid not in in_box_cache:
            in_box_cache[sid] = any(a.id in boxes for a in ctx.seg.ancestors(sid)) if sid in ctx.seg._by_id \
                else False
        s = Sentence(text, start, end, res, in_box_cache[sid], analyse=False)
        named = []      # names found here: a goal or indicator word inside one is part of it
        indicator_row = ("|" in s.sq or "｜" in s.sq) and INDICATOR_ROW_RE.search(s.sq) is not None \
            or ATTRIBUTE_LINE_END.search(text, start, end) is not None    # (a space-aligned table's rows)
        for c in _chosen(s, res, city):
            if indicator_row and c.label == "Industry":
                continue     # 甲产业增加值|亿元|…|预期性: a sector word inside an indicator's name in a table row
            if c.label in REUSE_HOSTS:
                named.append((c.start, c.end))
            a, b = s.orig(c.start, c.end, start)
            if _overlaps(taken.get(c.label), a, b) and not (
                    c.label == "Place" and c.extractor == "place-suffix" and _holds_all(taken.get(c.label), a, b)):
                continue     # a structured extractor (专栏 items, tables) already named this span (a place may
                # hold the places named in it: 某县黄河湿地自然保护区 holds the county the document covers)
            if _overlaps(claims.get(c.label), a, b):
                continue     # inside a 专栏 item's description: its parts are no entities of this label (boxes.py)
            if c.label == "Policy" and _covers(taken.get("Goal"), a, b):
                continue     # “互联网+某某”示范城市: the programme inside a goal's name is part of the goal
            if c.label in ("Project", "Place", "Organization") and _overlaps(taken.get("Goal"), a, b) and not (
                    c.label == "Place" and c.extractor == "gazetteer" and _covers(taken.get("Goal"), a, b)
                    and s.sq[c.start:c.end] not in RANK_PLACE_WORDS
                    and (res.lex.place(c.name or "") or _NO_PLACE).kind in ADMIN_KINDS):
                continue     # 首府现代化消费中心: the goals extractor read this as a positioning (首府 in it is a place)
            if c.label == "Place" and c.extractor == "place-suffix" and (c.kind in FACILITY_PLACE_KINDS or c.described) \
                    and _covers(taken.get("Project"), a, b):
                continue     # 甲镇肉羊养殖园区项目 (a 专栏 item): the park being built is no place of its own
            if c.label == "Industry" and any(_covers(taken.get(lab), a, b) for lab in INDUSTRY_HOSTS):
                continue     # 服务业 inside the goal 服务业高质量发展城区 is part of the goal's name
            props = _props(res, c)
            add_entity(ctx, c.label, text[a:b], a, b, extractor=c.extractor, props=props,
                       name=c.name or canonical_name(c.label, s.sq[c.start:c.end]))
        if reuse is not None:
            for m in reuse[0].finditer(s.sq):
                if any(x <= m.start() and m.end() <= y and y - x > m.end() - m.start() for x, y in named):
                    continue     # 重点项目 inside 重点项目建设指挥部: the organisation's name holds it
                a, b = s.orig(m.start(), m.end(), start)
                node = reuse[1][m.group(0)]
                add_entity(ctx, node.label, text[a:b], a, b, extractor="reuse", name=node.name)


#: how many sentences' chosen candidates are remembered (FIFO beyond that: a bounded ~50 MB)
CHOSEN_CACHE_SIZE = 65536


def _chosen(s: Sentence, res: Resources, city: str | None) -> list[Cand]:
    """The candidates chosen in a sentence: ``_select(Finder(s, res, city).run(), s.sq, s)``, memoised.

    Both are pure functions of the squeezed sentence, whether it sits in a box, the plan's city and
    the lexicon (``res``), so a sentence written again (boilerplate, repeated list items, templated
    plans) is segmented and matched once.  jieba's dictionary is global and another lexicon's
    Resources adds words to it, which changes segmentation: the memo is dropped when it changes.
    The Cand objects are shared between occurrences and must not be modified.
    """
    state = (id(jieba.dt.FREQ), len(jieba.dt.FREQ), jieba.dt.total, len(jieba.finalseg.Force_Split_Words))
    if res.chosen_state != state:
        res.chosen_cache.clear()
        res.chosen_state = state
    key = (s.sq, s.in_box, city)
    got = res.chosen_cache.get(key)
    if got is None:
        s._analyse(res)
        got = _select(Finder(s, res, city).run(), s.sq, s)
        if len(res.chosen_cache) >= CHOSEN_CACHE_SIZE:
            del res.chosen_cache[next(iter(res.chosen_cache))]
        res.chosen_cache[key] = got
    return got


def _existing_mentions(ctx) -> dict[str, list[tuple[int, int]]]:
    """Spans the extractors before this one gave to an entity, by label (sorted by start)."""
    out: dict[str, list[tuple[int, int]]] = {}
    for node in ctx.graph.nodes.values():
        if node.label in ("Plan", "Section"):
            continue
        for m in node.mentions:
            if m.plan == ctx.plan_id and m.end > m.start:
                out.setdefault(node.label, []).append((m.start, m.end))
    for spans in out.values():
        spans.sort()
    return out


#: place words that inside a title are its rank (模范自治区, 国家级…): not the place
RANK_PLACE_WORDS = frozenset({"自治区", "全国", "国家"})
REUSE_HOSTS = ("Organization", "Project", "Place", "Policy")
INDUSTRY_HOSTS = ("Goal", "Project", "Organization", "Place", "Indicator")


def _covers(spans: list[tuple[int, int]] | None, a: int, b: int) -> bool:
    """Whether a longer span holds [a, b) (spans sorted by start)."""
    if not spans:
        return False
    i = bisect.bisect_right(spans, (a, 1 << 60))
    for k in range(i - 1, max(-1, i - 12), -1):
        x, y = spans[k]
        if x <= a and b <= y and y - x > b - a:
            return True
    return False


def _overlaps(spans: list[tuple[int, int]] | None, a: int, b: int) -> bool:
    if not spans:
        return False
    i = bisect.bisect_left(spans, (b, b))
    # spans are short names: look back a few for one that reaches into [a, b)
    for k in range(i - 1, max(-1, i - 8), -1):
        if spans[k][1] > a:
            return True
    return False


def _holds_all(spans: list[tuple[int, int]] | None, a: int, b: int) -> bool:
    """Whether the spans reaching into [a, b) lie inside it, shorter, the first opening it (spans sorted by
    start)."""
    i = bisect.bisect_left(spans or [], (b, b))
    near = [(x, y) for x, y in (spans or [])[max(0, i - 8):i] if y > a]
    return bool(near) and near[0][0] == a and all(a <= x and y <= b and y - x < b - a for x, y in near)


def _reuse_matcher(ctx):
    """Goals and indicators the structured extractors made, to be found again in the text."""
    forms: dict[str, object] = {}
    for node in ctx.graph.nodes.values():
        if node.label not in ("Goal", "Indicator"):
            continue
        for f in (node.name, *node.aliases):
            f = clean(f)
            if len(f) >= 3 and node.label == "Indicator" or len(f) >= 4:
                forms.setdefault(f, node)
    if not forms:
        return None
    return re.compile("|".join(map(re.escape, sorted(forms, key=len, reverse=True)))), forms
