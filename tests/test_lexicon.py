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
               "heritage_site", "street", "road", "business_district", "station", "airport", "region"}
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


# -- coverage of the region and of the country (q-lex) ----------------------------------------
TOWNSHIP_KINDS = {"town", "township", "subdistrict", "sumu"}
#: township-level divisions each county-level unit must have: the full lists for 武川县 (3 towns, 6 townships),
#: 托克托县 (5 towns), 赛罕区 (8 subdistricts, 3 towns), 新城区 (8 subdistricts, 1 town) and 土默特左旗 (6 towns,
#: 3 townships); for the others the divisions whose names are certain (回民区 and 玉泉区 have one subdistrict more)
KNOWN_TOWNSHIPS = {
    "武川县": {"可可以力更镇", "哈乐镇", "西乌兰不浪镇", "大青山乡", "上秃亥乡", "得胜沟乡", "二份子乡", "哈拉合少乡",
            "耗赖山乡"},
    "托克托县": {"双河镇", "新营子镇", "五申镇", "伍什家镇", "古城镇"},
    "赛罕区": {"人民路街道", "大学西路街道", "乌兰察布东路街道", "大学东路街道", "中专路街道", "昭乌达路街道", "巴彦街道",
            "敕勒川路街道", "榆林镇", "黄合少镇", "金河镇"},
    "新城区": {"海拉尔东路街道", "锡林北路街道", "中山东路街道", "东街街道", "西街街道", "东风路街道", "迎新路街道",
            "成吉思汗大街街道", "保合少镇"},
    "回民区": {"环河街街道", "海拉尔西路街道", "新华西路街道", "中山西路街道", "光明路街道", "钢铁路街道", "通道街街道",
            "攸攸板镇"},
    "土默特左旗": {"察素齐镇", "毕克齐镇", "善岱镇", "台阁牧镇", "白庙子镇", "敕勒川镇", "北什轴乡", "塔布赛乡", "兵州亥乡"},
    "和林格尔县": {"和林格尔县城关镇", "盛乐镇", "新店子镇", "舍必崖乡", "大红城乡", "羊群沟乡", "黑老夭乡"},
    "清水河县": {"清水河县城关镇", "宏河镇", "喇嘛湾镇", "老牛湾镇", "五良太乡", "韭菜庄乡", "窑沟乡", "北堡乡"},
    "玉泉区": {"大南街街道", "长和廊街道", "小召前街街道", "兴隆巷街道", "石东路街道", "西菜园街道", "昭君路街道", "小黑河镇"},
}
#: the 34 provincial-level divisions (the four municipalities are kind city with no parent)
PROVINCES = ("北京市 天津市 上海市 重庆市 河北省 山西省 辽宁省 吉林省 黑龙江省 江苏省 浙江省 安徽省 福建省 江西省 山东省 "
             "河南省 湖北省 湖南省 广东省 海南省 四川省 贵州省 云南省 陕西省 甘肃省 青海省 台湾省 内蒙古自治区 广西壮族自治区 "
             "西藏自治区 宁夏回族自治区 新疆维吾尔自治区 香港特别行政区 澳门特别行政区").split()
#: short names that sit inside ordinary plan words, so they must not be surface forms
UNSAFE_SHORT = {"河北", "河南", "湖北", "湖南", "山东", "山西", "海南", "福建", "广西", "西安", "成都", "合肥", "大连",
                "海口", "大同", "榆林", "包头", "鄂尔多斯", "阴山", "青山区", "成都市", "合肥市"}
#: plan sentences in which none of those short names may be found
PLAIN_MORE = ("沿河南北两侧建设生态廊道，南湖北侧新建游园",
              "坚持山东麓山西侧一体保护",
              "全面推进幸福建设，推广西红柿等设施蔬菜",
              "加快建成都市圈，稳定复合肥市场价格",
              "新建城西安置区，推进大连片高标准农田建设",
              "沿湖南岸修复湿地，沿河北岸建设绿道")


def test_every_township_level_place_has_a_county_level_parent_in_the_city(lex):
    towns = [p for p in lex.places.values() if p.kind in TOWNSHIP_KINDS]
    assert len(towns) >= 80
    for p in towns:
        assert p.parent in CITY_UNITS, p
        assert [q.name for q in lex.place_chain(p.name)][-2:] == ["呼和浩特市", "内蒙古自治区"], p


def test_each_county_level_unit_has_its_township_level_divisions(lex):
    for unit, names in KNOWN_TOWNSHIPS.items():
        have = {p.name for p in lex.places.values() if p.parent == unit and p.kind in TOWNSHIP_KINDS}
        assert names <= have, (unit, names - have)
        for n in names:
            assert lex.places[n].kind == ("subdistrict" if n.endswith("街道") else "town" if n.endswith("镇")
                                          else "township"), n


def test_villages_hang_off_a_township_or_a_named_area_of_the_city(lex):
    for p in lex.places.values():
        if p.kind == "village":
            parent = lex.places[p.parent]
            assert parent.kind in TOWNSHIP_KINDS | {"district", "county", "banner", "area"}, p
            assert "呼和浩特市" in [q.name for q in lex.place_chain(p.name)], p


def test_every_provincial_level_division_is_there(lex):
    assert len(PROVINCES) == 34
    for name in PROVINCES:
        p = lex.places[name]
        assert p.parent == "" and p.kind in ("province", "city"), p
    assert {n for n, p in lex.places.items() if p.kind == "province"} <= set(PROVINCES)
    for short, full in (("浙江", "浙江省"), ("江苏", "江苏省"), ("广东", "广东省"), ("宁夏", "宁夏回族自治区"),
                        ("新疆", "新疆维吾尔自治区"), ("西藏", "西藏自治区"), ("香港", "香港特别行政区"), ("北京", "北京市"),
                        ("内蒙古", "内蒙古自治区")):
        assert lex.place(short).name == full


def test_cities_of_other_provinces_hang_off_their_province(lex):
    for city, province in (("深圳市", "广东省"), ("杭州市", "浙江省"), ("南京市", "江苏省"), ("苏州市", "江苏省"),
                           ("武汉市", "湖北省"), ("西安市", "陕西省"), ("银川市", "宁夏回族自治区"), ("榆林市", "陕西省")):
        assert lex.places[city].parent == province
    assert lex.place("深圳").name == "深圳市" and lex.place("杭州").name == "杭州市"
    # the other cities and leagues of the region, and their divisions
    leagues = {n for n, p in lex.places.items() if p.parent == "内蒙古自治区" and p.kind in ("city", "league")}
    assert len(leagues) == 12 and {"兴安盟", "锡林郭勒盟", "阿拉善盟", "呼和浩特市"} <= leagues
    assert lex.place("达茂旗").parent == "包头市" and lex.place("察右前旗").parent == "乌兰察布市"


def test_no_surface_form_names_two_things(lex):
    """No name or alias of one entry is the name or alias of another, whatever the kind or label (read from the
    rows: the loader keeps the first of two clashing aliases and would hide the clash)."""
    owner: dict[str, set[tuple[str, str]]] = {}
    for _, r in _csv("gazetteer.csv"):
        for form in (r["name"], *_cells(r["aliases"])):
            owner.setdefault(form, set()).add(("Place", r["name"]))
    for _, r in _csv("industries.csv"):
        for form in (r["name"], *_cells(r["synonyms"])):
            owner.setdefault(form, set()).add(("Industry", r["name"]))
    for _, r in _csv("aliases.csv"):
        owner.setdefault(r["alias"], set()).add((r["label"], r["canonical"]))
    clashes = {form: ends for form, ends in owner.items() if len(ends) > 1}
    assert not clashes
    assert lex.place("宁夏").name == "宁夏回族自治区" and lex.industry("宁夏") is None


def _cells(cell: str) -> list[str]:
    return [x.strip() for x in (cell or "").split("|") if x.strip()]


def test_short_names_that_sit_inside_ordinary_words_are_left_out(lex):
    forms = {s for s, _, _ in lex.surface_forms()}
    assert not forms & UNSAFE_SHORT
    for text in PLAIN_MORE:
        hits = [s for s in forms if s in text]
        assert not hits, f"{hits} found in {text!r}"


def test_zones_and_landmarks_of_the_city(lex):
    for short, full in (("托电工业园区", "托克托工业园区"), ("和林新区", "和林格尔新区"), ("经开区", "呼和浩特经济技术开发区"),
                        ("呼和浩特敕勒川乳业开发区", "敕勒川乳业开发区"), ("观音庙", "观音寺"), ("土右旗", "土默特右旗")):
        assert lex.place(short).name == full
    for name, parent in (("敕勒川乳业开发区", "土默特左旗"), ("武川经济开发区", "武川县"), ("哈达门国家森林公园", "武川县"),
                         ("乃莫齐召", "玉泉区"), ("喇嘛洞召", "土默特左旗"), ("蛮汉山", "和林格尔县")):
        assert lex.places[name].parent == parent
    zones = [p for p in lex.places.values() if p.kind == "zone"]
    assert len(zones) >= 25 and all("呼和浩特市" in [q.name for q in lex.place_chain(z.name)] for z in zones)


# -- the sector taxonomy (q-lex) ---------------------------------------------------------------
def test_the_taxonomy_covers_the_sectors_plans_name(lex):
    # 战略性新兴产业, 数字经济 core industries, 现代服务业 lines, 新业态, agriculture, energy, health
    for name in ("战略性新兴产业", "新一代信息技术", "数字创意产业", "低空经济", "工业互联网", "区块链", "数据中心", "智算",
                 "软件和信息服务业", "检验检测认证", "人力资源服务业", "研发设计", "服务外包", "直播电商", "研学旅游",
                 "非遗体验", "冰雪旅游", "自驾游", "露营", "农家乐", "马铃薯产业", "燕麦", "种薯", "肉羊产业", "饲草",
                 "中药材", "风电", "氢能", "储能", "多晶硅", "单晶硅", "精细化工", "蒙中医药", "医疗器械", "原料药",
                 "动物疫苗", "养老服务业", "采矿业", "租赁和商务服务业"):
        assert name in lex.industries, name
    for form, name in (("直播电商产业", "直播电商"), ("冰雪经济", "冰雪旅游"), ("兽用疫苗", "动物疫苗"),
                       ("马铃薯种薯", "种薯"), ("蒙医药", "蒙中医药"), ("检验检测服务", "检验检测认证"),
                       ("红色旅游产业", "红色旅游"), ("人力资源服务", "人力资源服务业"), ("快递业", "邮政快递业"),
                       ("信息传输、软件和信息技术服务业", "信息传输软件和信息技术服务业")):
        assert lex.industry(form).name == name, form
    assert lex.industry("光伏产业").category == "第二产业" and lex.industry("农家乐").category == "第三产业"
    assert lex.industry("种薯").category == "第一产业"


def test_generic_qualifiers_and_statistical_scopes_are_no_sector(lex):
    known = set(lex.industries) | {s for i in lex.industries.values() for s in i.synonyms}
    assert not known & {"规上工业", "规模以上工业", "新兴产业", "主导产业", "优势产业", "特色产业", "重点产业", "支柱产业",
                        "传统产业", "数字产业化", "产业数字化"}
    # 文旅 is the sector a box title names (专栏 某区文旅重点项目), but in running text it qualifies (文旅局, 文旅融合):
    # the taxonomy knows it, the matcher does not
    assert "文旅" in known and "文旅" not in {s for s, label, _ in lex.surface_forms() if label == "Industry"}


def test_sector_words_used_for_technologies_and_facilities_are_not_matched(lex):
    """研发设计 (产品研发设计), 清洁能源 (推广清洁能源), 检验检测 (检验检测平台), 数据中心 (…数据中心项目) name
    activities, resources or facilities as often as sectors: the taxonomy knows them, the matcher does not."""
    forms = {s for s, label, _ in lex.surface_forms() if label == "Industry"}
    for word in ("研发设计", "清洁能源", "新一代信息技术", "检验检测", "医疗器械", "数据中心", "云计算", "区块链",
                 "工业互联网", "设施蔬菜", "马铃薯", "露营", "康养", "储能", "风电", "制剂", "航空物流"):
        assert lex.industry(word) is not None and word not in forms, word
    assert {"直播电商", "农家乐", "非遗体验", "原料药", "低空经济", "红色旅游产业"} <= forms


@pytest.mark.parametrize("name, key", [("gazetteer.csv", ("name",)), ("industries.csv", ("name",)),
                                       ("aliases.csv", ("label", "alias"))])
def test_each_entry_is_written_once(name, key):
    # two branches adding the same province once gave two rows that disagreed on its short name;
    # the loader keeps whichever comes last, so a second row silently overrides the first
    seen: dict[tuple, int] = {}
    for line, row in _csv(name):
        k = tuple(row[c] for c in key)
        assert k not in seen, f"{name}:{line} repeats {k} of line {seen[k]}"
        seen[k] = line
