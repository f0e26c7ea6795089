"""The lexicons in data/lexicons/: integrity of the data and the lookups the extractors rely on.

Reads the real CSV files (and small malformed copies in a temp folder); no mocks.
"""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from graph.ontology import ENTITY_LABELS
from loaders.lexicon import LEXICON_DIR, Lexicon, LexiconError, load_lexicon

#: the place kinds the gazetteer uses (relations/resolve read village, town, township, subdistrict, district…)
PLACE_KINDS = {"country", "province", "city", "league", "district", "county", "banner", "zone", "town", "township",
               "subdistrict", "village", "community", "area", "mountain", "river", "lake", "park", "scenic_area",
               "heritage_site", "street", "road", "business_district", "station", "airport"}
SECTORS = {"第一产业", "第二产业", "第三产业"}
#: Inner Mongolia's bounding box (lat, lon), with a small margin
LAT, LON = (37.2, 53.6), (97.0, 126.3)
CITY_UNITS = {"新城区": "district", "回民区": "district", "玉泉区": "district", "赛罕区": "district",
              "托克托县": "county", "和林格尔县": "county", "清水河县": "county", "武川县": "county",
              "土默特左旗": "banner"}
#: short forms that would match inside ordinary plan words or mean something else
HARMFUL = {"新城", "城区", "金山", "青山", "内大", "中行", "农行", "工行", "建行", "交行", "北大", "科技部", "文旅",
           "旅游", "文化", "体育", "物流", "会展", "工业", "农业", "服务业", "乳业", "和林", "一间房", "南湖"}
#: ordinary plan sentences with no proper place, organisation or sector the lexicon should find in them
PLAIN = ("构建以国内大循环为主体、国内国际双循环相互促进的新发展格局",
         "开展集中行动，推进涉农行业和加工行业转型升级",
         "坚持绿水青山就是金山银山理念，推进城区老旧小区改造",
         "组建行政执法队伍，提交行政复议申请",
         "东北大学、西北大学的毕业生",
         "加强科技部门协同，深化文化体制改革")


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return load_lexicon()


def _csv(name: str) -> list[tuple[int, dict]]:
    with (LEXICON_DIR / name).open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        return [(reader.line_num, r) for r in reader if r[reader.fieldnames[0]] and not
                r[reader.fieldnames[0]].startswith("#")]


# -- gazetteer ---------------------------------------------------------------------------------
def test_gazetteer_is_real_data_not_a_seed(lex):
    assert len(lex.places) >= 250
    kinds = {p.kind for p in lex.places.values()}
    assert {"subdistrict", "town", "township", "village", "heritage_site", "road", "zone"} <= kinds


def test_every_place_has_a_known_kind_and_a_parent_in_the_gazetteer(lex):
    for p in lex.places.values():
        assert p.kind in PLACE_KINDS, p
        assert not p.parent or p.parent in lex.places, p


def test_no_place_is_its_own_ancestor(lex):
    for p in lex.places.values():
        seen, entry = set(), p
        while entry is not None:
            assert entry.name not in seen, f"cycle through {p.name}"
            seen.add(entry.name)
            entry = lex.places.get(entry.parent) if entry.parent else None


def test_names_are_unique_and_aliases_name_one_place_only():
    rows = _csv("gazetteer.csv")
    names = [r["name"] for _, r in rows]
    assert len(names) == len(set(names))
    owner: dict[str, str] = {}
    for _, r in rows:
        for a in filter(None, (x.strip() for x in r["aliases"].split("|"))):
            assert a not in owner or owner[a] == r["name"], f"{a} names {owner.get(a)} and {r['name']}"
            assert a not in names, f"alias {a} of {r['name']} is another place's name"
            owner[a] = r["name"]


def test_coordinates_lie_in_inner_mongolia_and_come_in_pairs(lex):
    for p in lex.places.values():
        assert (p.lat is None) == (p.lon is None), p
        if p.lat is not None:
            assert LAT[0] <= p.lat <= LAT[1] and LON[0] <= p.lon <= LON[1], p


def test_every_district_county_and_banner_of_the_city_is_there_with_coordinates(lex):
    for name, kind in CITY_UNITS.items():
        p = lex.places[name]
        assert (p.kind, p.parent) == (kind, "呼和浩特市")
        assert p.lat is not None and 39.5 <= p.lat <= 41.5 and 110.5 <= p.lon <= 112.5, p
    assert {n for n, p in lex.places.items() if p.parent == "呼和浩特市" and p.kind in ("district", "county", "banner")} \
        == set(CITY_UNITS)


def test_chains_up_the_gazetteer(lex):
    def chain(name):
        return [p.name for p in lex.place_chain(name)]
    assert chain("乌素图")[:3] == ["乌素图", "回民区", "呼和浩特市"]
    assert chain("东乌素图村") == ["乌素图", "回民区", "呼和浩特市", "内蒙古自治区"]
    assert chain("敕勒川草原")[:2] == ["敕勒川", "新城区"]
    assert chain("呼和浩特金山高新技术产业开发区科技城片区")[:2] == ["科技城", "新城区"]
    assert chain("恼包")[:3] == ["恼包村", "保合少镇", "新城区"]
    assert chain("坝口子")[:3] == ["坝口子村", "攸攸板镇", "回民区"]
    assert chain("盛乐")[:2] == ["盛乐镇", "和林格尔县"]
    assert chain("乌素图召")[:2] == ["乌素图召", "乌素图"]


def test_short_forms_resolve_to_the_places_plans_mean(lex):
    for short, full in (("呼市", "呼和浩特市"), ("首府", "呼和浩特市"), ("土左旗", "土默特左旗"), ("托县", "托克托县"),
                        ("和林县", "和林格尔县"), ("武川", "武川县"), ("经开区", "呼和浩特经济技术开发区"),
                        ("金山高新区", "金山高新技术产业开发区"), ("综保区", "呼和浩特综合保税区"),
                        ("托清园区", "托清经济开发区"), ("东客站", "呼和浩特东站"), ("中山西路商圈", "中山西路商业区")):
        assert lex.canonical("Place", short) == full
        assert lex.place(short).name == full


def test_no_generic_or_harmful_surface_form(lex):
    forms = {s for s, _, _ in lex.surface_forms()}
    assert not forms & HARMFUL
    assert all(len(s) >= 2 for s in forms)
    for text in PLAIN:
        hits = [s for s in forms if s in text]
        assert not hits, f"{hits} found in {text!r}"


# -- industries --------------------------------------------------------------------------------
def test_industry_taxonomy_is_a_tree_under_the_three_sectors(lex):
    assert len(lex.industries) >= 80
    for i in lex.industries.values():
        assert i.category in SECTORS, i
        assert not i.parent or i.parent in lex.industries, i
        seen, e = set(), i
        while e.parent:
            assert e.name not in seen, f"cycle through {i.name}"
            seen.add(e.name)
            e = lex.industries[e.parent]
        assert e.name in SECTORS or e.name == "数字经济", f"{i.name} does not reach a sector"
        # a sector's children share its category
        if i.parent and i.parent in lex.industries and i.parent not in SECTORS:
            assert lex.industries[i.parent].category == i.category or i.parent == "数字经济", i


def test_industry_synonyms_name_one_sector_only():
    rows = _csv("industries.csv")
    names = {r["name"] for _, r in rows}
    owner: dict[str, str] = {}
    for _, r in rows:
        for s in filter(None, (x.strip() for x in r["synonyms"].split("|"))):
            assert s not in names and owner.setdefault(s, r["name"]) == r["name"], s


def test_plan_forms_of_a_sector_normalise_to_the_taxonomy(lex):
    for form, name in (("文旅产业", "文化旅游业"), ("文化旅游", "文化旅游业"), ("现代物流", "现代物流业"),
                       ("物流产业", "物流业"), ("现代商贸", "现代商贸业"), ("新能源汽车产业", "新能源汽车"),
                       ("草产业", "草业"), ("大数据产业", "大数据"), ("电子信息产业", "电子信息")):
        assert lex.industry(form).name == name
    assert lex.industry("乳业").parent == "农畜产品加工业" and lex.industry("现代服务业").category == "第三产业"
    # generic qualifiers are no sector (gold guidelines)
    assert not {"优势特色产业", "新兴产业", "重点产业", "传统服务业", "新型产业"} & set(lex.industries)


def test_bare_and_name_internal_sector_words_are_not_matched_in_text(lex):
    forms = {s for s, label, _ in lex.surface_forms() if label == "Industry"}
    assert {"现代物流", "文化旅游", "林下经济", "现代服务业"} <= forms
    assert not forms & {"农业", "工业", "服务业", "商业", "乳业", "草种业", "种业", "物流产业", "旅游产业"}
    assert lex.canonical("Industry", "乳产业") == "乳业"      # still an alias for normalisation


def test_a_matched_sector_form_never_cuts_an_unmatched_longer_one(lex):
    """种业 matched in text would cut 草种业 (which the rule finds) in two: what is matched is never inside
    a form that is not (a longer lexicon name, 一间房文化创意产业园, wins by its length)."""
    matched = {s for s, label, _ in lex.surface_forms() if label == "Industry"}
    unmatched = {f for _, f in lex.unmatched}
    assert not [(m, u) for m in matched for u in unmatched if m in u and m != u]


# -- aliases.csv -------------------------------------------------------------------------------
def test_alias_rows_are_sensible(lex):
    rows = _csv("aliases.csv")
    seen: dict[tuple[str, str], str] = {}
    for line, r in rows:
        label, alias, canonical = r["label"], r["alias"], r["canonical"]
        assert label in ENTITY_LABELS, line
        assert alias and canonical and len(alias) >= 2, line
        assert seen.setdefault((label, alias), canonical) == canonical, line
        # a canonical is final: it is not itself an alias of something else
        assert lex.canonical(label, canonical) == canonical, line
        if label == "Place":
            assert canonical in lex.places, line
    assert lex.canonical("Organization", "伊利") == lex.canonical("Organization", "伊利集团")
    assert lex.canonical("Organization", "中石化") == "中国石油化工集团有限公司"
    assert lex.canonical("Organization", "上海交大") == "上海交通大学"


# -- malformed files ---------------------------------------------------------------------------
GAZ_HEAD = "name,kind,parent,aliases,lat,lon,note\n"


def _dir(tmp_path: Path, gazetteer: str, industries: str = "name,category,parent,synonyms\n",
         aliases: str = "label,alias,canonical\n") -> Path:
    (tmp_path / "gazetteer.csv").write_text(gazetteer, encoding="utf-8")
    (tmp_path / "industries.csv").write_text(industries, encoding="utf-8")
    (tmp_path / "aliases.csv").write_text(aliases, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("body, line, words", [
    ("甲市,city,,,北纬40,111.0,\n", 2, "not a number"),
    ("甲市,city,,,,,\n乙区,district,丙市,,,,\n", 3, "parent"),
    ("甲市,city,,,,,\n甲市,district,,,,,\n", 3, "already"),
    ("甲市,city,,,,,\n,district,甲市,,,,\n", 3, "empty name"),
    ("甲市,city,乙区,,,,\n乙区,district,甲市,,,,\n", 2, "ancestor"),
])
def test_a_malformed_gazetteer_row_names_file_and_line(tmp_path, body, line, words):
    folder = _dir(tmp_path, GAZ_HEAD + body)
    with pytest.raises(LexiconError) as err:
        Lexicon.from_dir(folder)
    assert f"gazetteer.csv:{line}:" in str(err.value) and words in str(err.value)


def test_missing_columns_and_empty_alias_cells_are_errors(tmp_path):
    with pytest.raises(LexiconError, match=r"gazetteer\.csv:1: missing columns"):
        Lexicon.from_dir(_dir(tmp_path, "name,parent\n甲市,\n"))
    with pytest.raises(LexiconError, match=r"aliases\.csv:3: empty canonical"):
        Lexicon.from_dir(_dir(tmp_path, GAZ_HEAD, aliases="label,alias,canonical\nPlace,甲,甲市\nPlace,乙,\n"))


def test_comment_rows_and_the_match_column_are_optional(tmp_path):
    folder = _dir(tmp_path, GAZ_HEAD + "# a comment,,,,,,\n甲市,city,,甲,40.8,111.7,\n",
                  industries="name,category,parent,synonyms\n服务业,第三产业,,服务产业\n")
    got = Lexicon.from_dir(folder)
    assert list(got.places) == ["甲市"] and got.industry("服务产业").match is True
    assert ("服务产业", "Industry", "服务业") in set(got.surface_forms())


def test_provinces_and_landmarks_the_region_names_are_there(lex):
    # investors' home provinces are written short inside company names (浙江某某有限公司)
    assert lex.place("浙江").name == "浙江省" and lex.place("宁夏").name == "宁夏回族自治区"
    assert lex.place("海南") is None          # 乌海市海南区 would be read as the province
    assert [p.name for p in lex.place_chain("老牛湾古堡")][:3] == ["老牛湾古堡", "老牛湾镇", "清水河县"]
    # a pagoda inside a temple is its own place, not another name for the temple
    assert lex.place("金刚座舍利宝塔").parent == "五塔寺"
    # 阴山 alone opens company names (某阴山薯业公司); only the named slope is a place
    assert lex.place("阴山") is None and lex.place("阴山北麓") is not None
    assert lex.place("几字弯") is None      # plans quote it inside titles (黄河“几字弯”…示范县)


def test_a_province_inside_a_company_name_is_found_and_a_brand_word_is_not():
    from tests.test_extract_entities import names, para, run
    g = run(para("浙江青禾新材料有限公司、宁夏穆丰餐饮管理有限公司落户园区，某阴山薯业科技有限公司扩大种植。"))
    place = names(g, "Place")
    assert {"浙江省", "宁夏回族自治区"} <= place and "阴山" not in place
