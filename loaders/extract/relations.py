"""Relations between the entities found in a plan, sentence by sentence, each citing its sentence.

Runs last: the structured and text extractors have put entity nodes with mentions
in ``ctx.graph``.  For every sentence (including 专栏 items and list items) the
mentions inside it are collected once (mentions are indexed by offset and found by
bisection), and rules written for how Chinese plans state relations add edges:

- LOCATED_IN: a place prefixing a name (乌素图杏花节, 新城区沟系修复治理项目; for projects any
  place below the province: 海西路汽车贸易中心, 北二环整治项目; a known place whose written form
  opens with its gazetteer parents: 乌素图召, 呼和浩特…科技城片区; known places inside a project's
  name: 华为云和林格尔数据中心; the places a route runs between: S311武川至杨树坝公路; never by a
  nickname: 首府, 青城; a park typed as a
  project but written as places, 赛罕区中环产业园, counts as those places), an industry straight after an
  area (大青山前坡文化旅游产业), a place
  right before a name (回民区乌素图“杏花节”, X境内的Y, 甲村、乙村水源工程; and every item of a
  list it opens: 海西路众环集团、飞鹰集团), 位于/落户/入驻 X
  (every place of 位于赛罕区X产业园内), 在 X 建设/打造 Y; a 专栏 title opening with a place
  (专栏2 新城区…项目) for every item; a place opening a sentence as its subject holds the goals
  and industries it builds or develops (回民区立足…，做强现代商贸; 呼和浩特围绕“宜业”城市建设;
  围绕呼和浩特打造G; not a goal named after another place: 建设模范自治区) and the bodies it sets up
  (回民区成立了…领导小组); a goal written with a place's full name (绿色回民区) is that place's;
  a body named by its level (呼和浩特市市委、市政府) is the government of that level's place written
  before it; a regional branch (华为内蒙古区域总部, X呼和浩特分公司) is in the place it is named for;
  weaker: a project alone with one place in a short item (not a place the project serves:
  事关首府…的X工程, nor a place running into another name).
  Also: a registered organisation name opening with a place (内蒙古…有限公司, 呼和浩特市X区…集团; a
  university only of the plan's own territory); a site opening a project's name, known by its suffix
  (…故城遗址保护工程, …工业园区标准化厂房二期; not a sector's park); names matched across hard-wrap breaks;
  a city nickname opening a name is a brand (青城X项目) unless a part of the city follows (首府南部X);
  places named as carriers (以A、B为主要承载地，发展C、D → C, D in A and B); a place the plan backs
  (支持P建设X, 推动P发展Y); a sentence set in a town (在X镇，Y项目开工); Y项目在X开工/落地/签约; 沿X河建设Y;
  分布于A、B、C; 在P重点发展Y and P集聚发展Y (subject places); what a subject place has formed
  (已形成从A到C的链条); a slogan goal ending with its district's short form (创新X、生态X);
  Y项目总投资…，位于X (the project past its figures, also when 项目总投资 was read as one statistic);
  推动X向G迈进 and 推动X景区创建G (a place backed towards a goal); 首府南部的A和B (a part of a place);
  a subject place after a date lead (展望2035年，X…) or written in its short form (清水河|县…).
- Inferred (INFERRED_EXTRACTORS; kept for planners, not scored by the evaluator): a district
  plan's projects (and villages, local schools) that the text does not place, and whose name
  and sentence write no other place, are in the plan's place (``plan_place_inferred``, 0.4).
- SUPPORTS: 依托/以…为依托 A … 推动/促进/发展/壮大 B产业; A 推动 B产业 in one clause;
  为 B 提供支撑; 实施 A，推动 B; A项目投产后，将带动 B; 推进 A 建设，…培育 B产业 (only what is
  built: A等场馆运营及C等项目建设 → C); a verb inside a name (生产性服务业) is no cue; a verb
  reaches every item of the list after it (发展A、B、C产业); 以A、B为龙头的C (A, B → C);
  围绕G建设，出台P，实施Q (P, Q → G); a paragraph opening with a project or programme heading
  (**X工程。**大力发展A、B) → the industries it develops; 发展以A为延伸的C: A is no target;
  发展B，打造A等…品牌 (A → B); a paragraph headed by building a cluster or by its name (做强X产业集群。)
  → the sectors, companies and projects of the next sentence; a clause about the project already named
  (…，建成后将服务/带动B; 项目依托…，带动…发展B; 产品将供应B企业) → B; a programme carried out or relied
  on brings the industries it 引进/集聚 (从A、B到C lists all three); a sector qualifying the companies
  relied on (X龙头企业) drives nothing; a programme in a 围绕/实施 clause (围绕G建设和P工程，发展A) or a
  campaign before 聚焦 drives the sectors named next; the sectors a clause focuses on carry the next
  clause's goal (聚焦A、B，推动园区向G迈进); works opening a sentence (实施X工程，…，发展A、B) serve every
  sector developed, but not sectors merged together (A、B融合发展); 依托A，加快建设G; a clause about the
  project's products (产品将供应…) carries the project on; the platforms a sentence builds (建设A创新中心，推进B实验室
  建设，) serve the fields of its next 围绕X、Y开展关键技术攻关 clause (X, Y as sectors; not 围绕X等产品).
- INVOLVES: an organisation prefixing or right before a project (家家悦集团社区商业…项目; a
  company known only by its suffix: 当代集团文旅项目; the company a longer organisation name
  opens with: 中石化院士工作站项目 → 中石化), or named with a project in a clause with
  承建/参与/合作/引进/投资/运营/签约…; the organisations a paragraph relies on or brings in
  (依托A、B…，引进C) belong to the project its heading sentence names (升级X中心。), else to the
  project the sentence goes on to build (…，建设D项目); a short phase of a product line listed right
  after a company's project shares the company (伊利奶粉三期、奶酪三期);
  a project written only as its company in an elided list (中行、农行等数据中心项目) is that company's;
  由X建设运营/投资建设/实施 after a 专栏 item's project or in a clause referring back to it (项目由X…);
  X与Y签订协议，共建Z (both); 依托X开发/建设Y in one clause.
- 专栏 items, names and news of deals: builders in brackets closing an item (…（甲公司、县农牧局）。) are
  INVOLVES; an item typed both Policy and Project is the item's project; 依托A镇X基地 / 实施A乡、B乡… place the
  item; only the leading place of a name holds it (a river after it is a theme: 老牛湾黄河渔家乐专业合作社,
  unless the name works on its stretch: 大青山区域); a project upgrading its own site (X村民俗文化村提升项目) is in
  the known place; bodies named after their territory (甲县民宿协会), regions in brackets (甲（内蒙古）科技有限公司),
  a county branch (…局乙县分局); the parties of a signing (甲公司与乙镇签订X项目; …签订协议，在丙镇建设X); a
  sector lead (文化旅游领域，…) for the projects of its paragraph; the clauses after the one project a part of a
  sentence is about serve what they develop (打造集A、B于一体的…, 服务A、B等产业发展, 建成后将成为G), give its site
  (计划在A园区建设…), its partners (联合/与A合作开展, 引入A统一运营) and the goal it helps (助力A打造G).
- Subjects and reliance: the places a sentence relies on (依托A镇、B乡沿黄村落 / 以A开发区为依托 / 甲区依托A园区的
  产业基础) hold what its first building clause builds (under a goal heading not the sectors; after a project
  the project); 以A、B为主攻方向，着力建设G → A, B serve G and are the subject's; 围绕G创建，…发展A → A serves G
  when of G's kind; 围绕A、B六大产业集群，推行P → P serves the group; bodies fostered (培育A协会等经营主体，发展B)
  develop B; a park referred to as 园区 holds the companies it brings in and what it builds or sets up (围绕A开展
  联合攻关 → they serve A; a counted list of firms brought in is no project's partners); the body a sentence opens
  with partners what its 联合/会同 clauses build; 支持A公司…，推出B → B INVOLVES A; a goal opening with the
  city's nickname is the city's unless it names a role for the city (首府…供应基地, 首府西大门).
- Gazetteer chains: every Place the lexicon knows gets LOCATED_IN to its gazetteer
  parent (乌素图 → 回民区 → 呼和浩特市): stated (``gazetteer``) citing the sentences that
  write the child right after the parent (呼和浩特市新城区…), else inferred
  (``gazetteer_inferred``, 0.5) citing the child's first mention.

>>> from loaders.read import Document
>>> from loaders.segment import segment
>>> from loaders.pipeline import PlanContext
>>> from graph.model import GraphData
>>> from pathlib import Path
>>> from loaders.extract.common import add_entity
>>> text = "第一章 总则\\n举办好乌素图杏花节等活动。\\n"
>>> ctx = PlanContext(Document("p", Path("p.txt"), text, "utf-8", "0" * 64, {}), segment(text, "p"), GraphData())
>>> _ = add_entity(ctx, "Project", "乌素图杏花节", text.index("乌素图杏花节"), extractor="doc")
>>> extract(ctx)
>>> sorted((ctx.graph.nodes[e.source].name, e.type, ctx.graph.nodes[e.target].name) for e in ctx.graph.edges.values()
...        if e.type == "LOCATED_IN")
[('乌素图', 'LOCATED_IN', '回民区'), ('乌素图杏花节', 'LOCATED_IN', '乌素图'), ('呼和浩特市', 'LOCATED_IN', '内蒙古自治区'), ('回民区', 'LOCATED_IN', '呼和浩特市')]
"""
from __future__ import annotations

import bisect
import re
from collections import deque
from typing import NamedTuple

from graph.model import Node
from graph.ontology import ENTITY_LABELS, REL_TYPES
from loaders.extract.common import add_entity, add_relation
from loaders.extract import patterns as P
from loaders.lexicon import load_lexicon

#: place kinds too broad to be worth a LOCATED_IN from a name prefix (内蒙古xx公司 is a registered name).
BROAD_KINDS = {"country", "province", "region", "autonomous_region"}
#: characters that may sit between two adjacent names without separating them
JOINERS = set(" \t\r\n\u3000“”\"'‘’「」『』《》")
_DROP_JOINERS = str.maketrans("", "", "".join(JOINERS))
INSIDE_GAP_RE = re.compile(r"^((境内|辖区内?|区域内|范围内|园区内|片区内|内)的?|的)?$")
PLACE_LIST_GAPS = ("、", "和", "及", "与")
NAME_JOINERS = JOINERS | set("（()）·")
OPENERS = "“‘「『《\"'"
#: names of places that contain other things (not streets, roads, squares or buildings)
AREA_SUFFIXES = ("村", "镇", "乡", "苏木", "嘎查", "区", "县", "旗", "市", "盟", "园区", "片区", "新区", "开发区",
                 "街道", "社区", "开发区", "示范区", "合作区", "产业园", "工业园")
CLAUSE_PUNCT = set("，,；;：:。！？!?")
_CLAUSE_PUNCT_RE = re.compile("[" + re.escape("".join(sorted(CLAUSE_PUNCT))) + "]")
MAX_NAME_PREFIX = 24
#: places and organisations that belong to the territory they are named in (not 北京, not 华为)
LOCAL_PLACE_SUFFIXES = ("村", "镇", "乡", "苏木", "嘎查", "街道")
#: "projects" that are titles, corridors or programmes, not things built somewhere
NOT_SITED_RE = re.compile(r"(示范区|示范城市|先行区|走廊|经济带|体系|计划|行动|战略|品牌|城市|工作)$")
#: rules whose edges are inferences, not statements of the text (the evaluator leaves them unscored)
PLAN_PLACE_RULE = "plan_place_inferred"
GAZETTEER_INFERRED = "gazetteer_inferred"
INFERRED_EXTRACTORS = frozenset({f"relations.{PLAN_PLACE_RULE}", f"relations.{GAZETTEER_INFERRED}"})
LOCAL_ORG_SUFFIXES = ("小学", "中学", "幼儿园", "学校", "卫生院", "社区卫生服务中心", "卫生服务站", "医院")

# -- cue words (plan language) ---------------------------------------------------------------
#: what may open a clause before its subject place (是回民区始终聚焦…)
SUBJECT_LEAD_RE = re.compile(r"^(是|由|今年|明年|当前|目前|近年来|近几年|下一步|同时|在|未来五年|今后五年|"
                             # 景区周边的A村、B村借势发展…: the villages around a site
                             r"[\u4e00-\u9fff]{1,6}(?:周边|沿线|沿岸|一带|附近)的|"
                             r"(?:展望|到|至)?(?:20\d\d|二[〇零][一二三四五六七八九〇零]{2})年(?:底|末)?|十[四五六]五(?:时期|期间)?)?$")
#: what follows a place that is the subject of its clause: an adverb or a verb of planning
SUBJECT_NEXT_RE = re.compile(
    r"^(?:则|也|亦|又|更|已|已经)?(的(?:发展|功能|战略|总体)?定位(?:是|为)|立足|围绕|坚持|全力|聚力|加快|大力|着力|积极|始终|要|将|把|以|成立|制定|实施|推进|建设|打造|借势|"
    r"发展|做强|紧紧|坚定|还|同步|基本实现|全面建成|基本建成|建成|成为|"
    r"做大|聚焦|持续|深入|全面|努力|不断|力争|依托|紧扣|抢抓|主动|统筹|认真|进一步|切实|着眼|锚定|奋力|扎实|"
    r"充分|按照|结合|全速|加速|率先|重点|突出|培育|构建|创建|争创|推动|集聚|集中|优先|确立|明确|发挥)")
#: a list of works and what is done to them (A项目、B项目和C项目建设, A、B等项目落地), mentions masked as □
WORKS_LIST_RE = re.compile(r"□(?:[、和及与]□)*(?:等[\u4e00-\u9fff]{0,6})?(?:建设|落地|开工|投产|达产|实施)?[。；;，,]?")
#: a numbered group of goals (三区一地, 三区一基地, 四个城区) and the colon before its members
GROUP_NAME_RE = re.compile(rf"^(?:{P.GOAL_GROUP}|[一二三四五六七八九十两]+[\u4e00-\u9fff]{{0,3}})$")
GROUP_COLON_RE = re.compile(rf"^{P.POSITIONING_TAIL}?[：:]")
#: verbs whose object a subject place builds or develops
OBJECT_VERB_RE = re.compile(r"(确立|推进|建设|打造|做强|做大|发展|培育|壮大|创建|建成|争创|构建|围绕|形成|聚焦|实现|推动|巩固)")
#: 位于/地处/坐落于 X: the subject lies in X; 落户/入驻/进驻/落地 X: the subject settles in X; 横跨/地跨 A、B: it lies in both
LOCATE_VERB_RE = re.compile(r"(位于|地处|坐落于|坐落在|落户|入驻|进驻|落地|布局在|建在|设在|分布于|分布在|横跨|地跨)(在|于)?$")
#: 在 X 建设/打造 Y: the thing built is in X
BUILD_VERBS = ("建设", "新建", "打造", "建成", "实施", "推进", "布局", "规划建设", "谋划", "启动", "开工",
               "投运", "落地", "改造", "扩建", "举办", "开展", "设立", "引进")
#: a clause that carries on the previous clause's subject: 将/可/能… 带动/推动…
#: the adverbs between a subject and what it goes on to do (…将进一步带动, 可直接服务)
GOES_ON_ADVERBS = "将|可|能|预计|有望|必将|进一步|有效|直接|从而|并|可以|能够"
SUBJECT_GOES_ON_RE = re.compile(rf"^({GOES_ON_ADVERBS})*$")
#: a clause that builds or advances the project it names
BUILT_RE = re.compile(r"(推进|推动|加快|建设|实施|打造|支持|引进|新建|建成|谋划|启动|落地)")
#: 以 A 为龙头的 B: A leads B
LED_BY_RE = re.compile(r"为(龙头|主导|核心|引领|牵引|支撑|主体|重点|引擎)的?$")
#: clauses that set out a measure for the goal the sentence works towards (围绕G建设，出台P)
PURPOSE_VERB_RE = re.compile(r"(出台|实施|推出|制定|落实|开展|印发|启动实施)$")
#: the verb of a heading that builds an industry or goal (做强X产业集群。)
CLUSTER_VERB_RE = re.compile(r"(?:全力|着力|加快|大力|奋力|全面|积极|努力)?(做优做强|做强做优|做精做优|做大做强|做强做大|做强|做大|做优|壮大|发展壮大|培育壮大|打造|培育|发展|提升|建设)")
#: a clause about the project already named: (项目)建成后将带动…, 将进一步服务…, 补齐…
BACK_REFERENCE_RE = re.compile(rf"(该|本)?(项目|产品)?(建成|投产|投运|达产|运营|落地)?(后)?({GOES_ON_ADVERBS}|还|也)*")
#: what is left of a works name after the name of a body inside it when the two are one thing (a phase, 项目)
SAME_WORKS_RE = re.compile(r"(?:[一二三四五六七八九十0-9]+期)?(?:项目|工程)?")
#: a fund or a budget line by its name (…产业发展基金, …引导资金, …专项资金), and the verbs that put it to use
FUND_NAME_RE = re.compile(r"(?:基金|资金)$")
FUND_USE_RE = re.compile(r"(?:重点|主要|专项|优先|集中)?(?:投向|支持|扶持|用于|投资于|聚焦)")
#: what a clause says the sectors it names are to the place (以A和B为牵引, A与B双轮驱动, A和B融合发展)
SECTORS_LED_RE = re.compile(r"^(?:[和与、及][^，,；;。]{2,10}?)*(?:为(?:牵引|引领|主导|支撑|核心|龙头|重点)|双轮驱动|"
                            r"融合发展|协同发展|联动发展|一体化发展)")
#: a clause that advances works (推进A项目和B工程), which a builder named in the next one builds
WORKS_CLAUSE_RE = re.compile(r"(?:重点|加快|全力|着力|同步|继续)?(?:推进|实施|建设|新建|开工|启动|续建|改造)")
#: 三个项目均由 / 上述项目都由 / 以上工程全部由: one builder for all the projects named before
ALL_PROJECTS_BY = r"(?:上述|以上|这|这些)?[两二三四五六七八九十0-9]*(?:个|大|项)?(?:项目|工程)(?:均|都|全部|统一)由"
#: what follows 由 X: X builds, runs or carries out the project
BUILDER_VERB_RE = re.compile(r"^(负责|牵头|出资|全资|独资|合资)?(投资建设|建设运营|投资|建设|运营|实施|承建|承担(?:施工|建设|实施|运营)|开发|运维|代建|承办|主办|施工)")
#: 支持/推动/引导 P 建设/发展 X: the plan backs a place in building X there
BACKING_RE = re.compile(r"(支持|推动|引导|鼓励|促进|指导|帮助|推进)$")
BACKED_VERB_RE = re.compile(r"^(?:景区|园区|片区|湿地|城区|镇区)?(加快|大力|重点|集聚|率先|积极)?"
                            r"(建设|建成|打造|发展|培育|做强|做大|壮大|布局|创建|争创|向)")
#: a clause that refers back to the sentence's project (该项目…, 产品将…, 建成后…)
REFERS_BACK_RE = re.compile(r"^(?:该|本)?项目|^(?:其|该|本)?产品|^(?:项目)?(?:建成|投产|达产|投运|运营)后")
#: a part of a place written before what it holds (首府南部的, 赛罕区东部地区的)
#: the part of a place a direction names (东部, 西南部)
DIRECTION_PART = r"(?:东|南|西|北|中|东南|东北|西南|西北)部"
PART_OF_RE = re.compile(DIRECTION_PART + r"(?:地区|区域|片区|城区)?的")
#: a river or range named as the scope of a strategy (黄河流域, 长江经济带, 黄河几字弯), not as a site
BASIN_RE = re.compile(r"流域|经济带|沿岸地区|几字弯")
#: 推动X向G迈进: the verb that ends the goal a place is pushed towards (the goal stands alone before it)
TOWARDS_END_RE = re.compile(r"^(迈进|迈出|跨越|挺进|进军|冲刺|看齐)")
#: 以A、B为(主要)承载地/载体/集聚区/核心区/重点: the places that carry what the next clause develops
#: 以A镇、B镇三镇为重点发展X: the places' count, the carrier word and the verb, all in one clause
CARRIER_IN_CLAUSE_RE = re.compile(r"^(?:[一二三四五六七八九十两]+[镇乡村区县旗个])?为(?:主要|核心|重要)?"
                                  r"(?:重点|核心|承载地|主阵地|载体)(?:区域)?[^，,；;。]{0,4}?(?:发展|培育|壮大|做强|建设|打造|布局)")
#: an area that hosts what it develops (a park, a business district), not a town that is its focus
HOST_AREA_RE = re.compile(r"(?:商圈|园区|开发区|产业园|集聚区|片区|街区)$")
CARRIER_RE = re.compile(r"^为(主要|核心|重要)?(承载地|承载区|载体|集聚区|聚集区|核心区|主阵地|主战场|重点|依托|支撑|主体|"
                        r"核心|平台|龙头|引擎)$")
#: a site opening a project's name, known by its suffix (…故城遗址, …工业园区), with the project's words after it
SITE_OPENING_RE = re.compile(r"([\u4e00-\u9fff]{2,10}(遗址|工业园区|产业园区|物流园区|经济开发区|开发区|工业园|古城))"
                             r"(?=[\u4e00-\u9fff]{2,})")
GENERIC_SITE_RE = re.compile(r"(重点|各类|省级|国家级|自治区级|市级|区级|县级|现有|新型|特色|专业|相关|周边|全市|全区|全县)")
#: a part of a place (首府南部, 城区东部): what follows is sited there
DIRECTION_RE = re.compile("^" + DIRECTION_PART)
#: a company noun after a sector (乳品加工龙头企业): the sector qualifies it
COMPANY_NOUN_RE = re.compile(r"^(龙头|骨干|重点|领军|头部|链主|规上|规模以上)?(企业|公司|厂商|集团)")
#: what a project's name adds to its site when the project is the site's own works (…民俗文化村提升项目)
SITE_WORKS_RE = re.compile(r"(?:提档升级|提质升级|改造提升|提升改造|保护提升|提升|改造|升级|扩建|新建|建设|整治|修缮|"
                           r"续建)?(?:[一二三四五六七八九十]期)?(?:项目|工程)")
#: the name endings of bodies named after their territory (associations, co-operatives, government bodies)
INSTITUTION_ENDS = tuple(sorted({sfx for sfx, _ in P.ORG_SUFFIXES} | {sfx for sfx, _ in P.GOV_SUFFIXES} |
                                {"分局", "联合社", "指挥部", "领导小组", "办公室", "工作站"}, key=len, reverse=True))
#: the ending of a registered organisation name (a company, bank, university, institute, hospital)
REGISTERED_ORG_RE = re.compile(r"(有限公司|有限责任公司|股份公司|集团|银行|大学|学院|研究院|研究所|医院)$")
#: a company name opening a project name (当代集团文旅项目, 宽河驿马房车露营公司…项目)
COMPANY_OPENING_RE = re.compile(r"([\u4e00-\u9fff][\u4e00-\u9fff—·]{1,13}?)(集团|股份有限公司|有限责任公司|有限公司|公司)")
GENERIC_COMPANY_RE = re.compile(r"^(国有|企业|本地|龙头|骨干|重点|大型|中小|民营|外资|平台|投资|子|分|总)")
#: a heading sentence's verb before its project (升级X中心。)
HEADING_VERB_RE = re.compile(r"(升级|建设|打造|推进|实施|提升|建成|加快|新建|改造|扩建|完善|加快建设|提档升级)")
#: a clause that relies on or brings in organisations for the project at hand
INVOLVE_TOPIC_RE = re.compile(r"(依托|引进|引入|招引|携手|联合|吸引)")
#: what makes the following place a beneficiary rather than a site
BENEFICIARY_RE = re.compile(r"(事关|关系|关乎|关系到|服务于?|辐射|带动|助力|惠及|面向|覆盖|为)$")
#: what follows the company in a longer organisation's name that is its unit (中石化院士工作站)
SUB_UNIT_RE = re.compile(r"^[\u4e00-\u9fff]{0,6}(院士工作站|工作站|研究院|研究所|研究中心|分公司|子公司|分院|实验室|"
                         r"分中心|区域总部|总部|基地)$")
#: a place that builds what follows it (呼和浩特打造…)
BUILD_RIGHT_AFTER_RE = re.compile(r"^(?:加快|着力|全力|大力|努力|奋力|积极|全面)?(打造|建设|建成|创建|争创|培育|发展壮大)")
#: a body set up by the subject (成立了…领导小组)
SET_UP_RE = re.compile(r"(成立了?|组建了?|设立了?)$")
#: a government body named by its level (市政府, 区委, 县人大)
GOV_BODY_RE = re.compile(r"^(市|区|县|旗|镇|乡)(委|政府|人民政府|人大|人大常委会|政协|纪委|监委)$")
#: the unit word of a regional branch (…内蒙古区域总部, …呼和浩特分公司)
BRANCH_RE = re.compile(r"(区域总部|分公司|分中心|分院|办事处|分部|分行|分局|支行)")
#: a name opening with its own level or place word does not share the place before a list (市第一医院)
LEVEL_OPENING_RE = re.compile(r"^(市|区|县|旗|省|自治区|国家|中国|全国|内蒙古|呼和浩特)")
#: an industry of the place that follows is brought in from there (承接北京市大数据产业转移)
INDUSTRY_FROM_RE = re.compile(r"(承接|对接|学习|借鉴|引进|引入|吸引|招引|融入)$")
#: universities carry their city in a registered name, not as a location statement
UNIVERSITY_RE = re.compile(r"(大学|学院|交大|师大|科大|农大|医大|工大)$")
#: a clause building named brands, events or platforms (打造A、B等会展品牌)
BRAND_RE = re.compile(r"^(打造|培育|举办|办好|擦亮|做强|做响|叫响)[□、和及]*等?[^□]{0,8}(品牌|活动|平台|赛事|节会)")
#: a clause that builds the project it names next (…，建设D项目)
BUILD_LEAD_RE = re.compile(r"(建设|打造|实施|推进|新建|建成|落地|启动|开发|共建)$")
#: a clause taking a project as an occasion or a resource, not advancing it
OCCASION_RE = re.compile(r"(利用|借助|抓住|抢抓|依托|借力|乘势|围绕|发挥)")
#: the first of these after a listed project says what is done with it (建设 vs 运营)
GOVERNS_RE = re.compile(r"(建设|新建|改造|扩建|实施|运营|运行|管理|服务)")
RUN_WORDS = ("运营", "运行", "管理", "服务")
#: verbs that make the following industry or goal something the subject serves
SUPPORT_VERB_RE = re.compile(
    r"(推动|带动|促进|助力|服务于|服务|支撑|支持|壮大|发展壮大|培育发展|培育|发展|做大做强|做强|打造|引领|赋能|"
    r"提升|加快发展|加快培育|构建|延伸|完善|形成|拉动|补齐|补强|填补了?|供应|引进|招引|集聚|聚焦|巩固)")
#: a clause that opens with the programmes it carries out or aims at (紧紧围绕A建设和B工程)
PROGRAMME_LEAD_RE = re.compile(r"^(?:[\u4e00-\u9fff]{0,8}?)(?:紧紧|始终|持续|深入|全面)?(?:围绕|实施|落实|开展|推进)")
#: what follows a list of sectors developed together (A、B、C产业融合发展)
MERGING_RE = re.compile(r"^(?:[□、和及与]|等|产业|业态)*(?:深度)?(?:融合|协同|联动|互动|一体化)")
#: a clause that is only the works it carries out (实施X工程，…)
WORKS_LEAD_RE = re.compile(r"(?:[一二三四五六七八九十]是)?(?:加快|全面|深入|持续|积极|着力|重点)?(?:实施|推进|启动|开工建设|建设)")
#: a clause that names what it focuses on (聚焦A、B“两大产业”，…)
FOCUS_LEAD_RE = re.compile(r"^(?:[一二三四五六七八九十]是)?(?:紧紧|重点|持续|全力)?(?:聚焦|围绕|立足|瞄准|锚定)")
#: a goal is also served by what builds it (依托A，加快建设G; 以A为重点，争创G)
GOAL_SUPPORT_VERB_RE = re.compile(SUPPORT_VERB_RE.pattern[:-1] + r"|建设|建成|创建|争创)")
#: 依托/以…为依托 A: A is what the rest of the sentence relies on
POLICY_LEAD_RE = re.compile(r"(实施|推进|落实|深化|开展|深入实施|全面实施|推行|执行|借助)$")
#: 为(全县)B提供…: the beneficiary a provision is for (the whole territory may be written before it)
SERVED_RE = re.compile(r"为(?:全县|全区|全市|全旗|全镇|我县|我区|我市|我旗|本地|当地|首府)?$")
PROVIDE_RE = re.compile(r"^(提供|注入|增添|奠定)[^，,；;。]{0,6}(支撑|保障|支持|动力|基础|服务)")
#: an organisation takes part in a project: the verb sits between them (华为投资建设X项目)
NATURAL_KINDS = {"river", "mountain", "lake"}
#: places that, after the region a registered name opens with, are its trade name (内蒙古敕勒川文旅发展集团有限公司)
TRADE_NAME_KINDS = NATURAL_KINDS | {"area", "scenic_area"}
#: how a festival's name ends (a festival, a fair, a season of events)
FESTIVAL_END_RE = re.compile(r"(?:节|季|论坛|博览会|交易会|嘉年华)$")
#: the stretch of a river or range a project works on (新城区大青山区域森林管护, 甲镇黄河沿岸防护林): a site, not a theme
FEATURE_AREA_RE = re.compile(r"(区域|地区|片区|沿线|沿岸|流域|两岸|周边|干流|支流|北麓|南麓|前坡|后山|[\u4e00-\u9fff]{1,3}段)")
#: 把A建设成为G: the verb between the place made into a goal and the goal
#: what is drawn towards a place (向P集聚 / 集中 / 聚集 / 转移)
GATHER_RE = re.compile(r"^(?:加快|加速|有序|进一步)?(?:集聚|聚集|集中|汇聚|转移|布局)")
MADE_INTO_RE = re.compile(r"(?:全面|加快|努力|全力)?(?:建设成为|打造成为|建设成|打造成|建成为|建成)")
#: what a company opening a clause does with its money (A公司投资6.5亿元 / 计划投资 / 总投资)
INVESTS_RE = re.compile(r"^(?:计划|拟|将|总|累计)?投资\d+(?:\.\d+)?(?:亿元|万元|亿|万)")
#: how an item's clause opens on the places its works are done in
ITEM_SITE_LEAD_RE = re.compile(r"(?:主要)?(?:在|于|覆盖|涉及|位于|对|沿|依托|实施|推进|开展)")
#: the builders or owners written in brackets closing a 专栏 item (…（甲公司、县农牧局）。; 责任单位：X)
ITEM_BUILDERS_RE = re.compile(r"[（(](?:(?:责任|牵头|实施|建设|承建|业主)单位[：:])?([^（()）]{2,80})[)）]\s*[。；;]?\s*$")
ITEM_LEAD_RE = re.compile(r"\s*(?:\*\*)?(?:\d{1,2}[.、．](?!\d)|[（(]\d{1,2}[)）]|[①-⑳])\s*")
ITEM_PARTNER_LEAD_RE = re.compile(r"(由|引进|引入|招引|与|同|联合|携手)$")
#: registered companies, whose trade name a project may carry
BRAND_ORG_ENDS = ("有限公司", "有限责任公司", "股份公司", "集团", "公司")
INVOLVE_VERB_RE = re.compile(r"(承建|参与|合作|联合|投资|运营|签约|牵头|共建|承办|主办|负责|携手|代建|入股|出资|落地)")
#: 引进/与/联合 Org … 建设 Project: the organisation is brought in to build or run it
INVOLVE_LEAD_RE = re.compile(r"(引进|引入|招引|与|同|联合|携手|由|支持|鼓励|引导|推动)$")
INVOLVE_MID_RE = re.compile(r"(建设|打造|实施|合作|共建|投资|运营|承建|开发|落地)")
#: a body opening its clause, then (where) it builds the work: 三峡集团将在甲镇、乙乡建设丙项目
SUBJECT_BUILDS_RE = re.compile(r"(?:将|计划|拟|还|已|正在|今年)*(?:在[^，,；;。在]{2,30}?)?(?:投资|投资\d+(?:\.\d+)?亿元)?"
                               r"(?:建设|新建|打造|实施|布局)(?:的)?")     # 甲公司实施的乙工程: its works

#: a signing: the parties before it, the project signed after it (甲公司与乙镇签订X项目)
SIGN_VERB_RE = re.compile(r"(签订|签约|签署)")
SIGN_PARTY_GAPS = ("与", "同", "和", "、", "及")
#: 签订…协议，共建X: the project the agreement is for, in the next clause
CO_BUILD_LEAD_RE = re.compile(r"^(?:将|并|双方|共同|合作|联合|携手)*(?:共建|合作建设|联合建设|共同建设|携手建设|合作共建|共同打造|建设|打造)")
#: a sentence led by the sector its deals belong to (文化旅游领域，…; 在先进制造方面，…)
SECTOR_LEAD_RE = re.compile(r"^(?:在)?□(?:领域|方面|板块|行业|产业领域)$")
#: a sentence opening on a sector (电力板块，): a new sector lead
SECTOR_TURN_RE = re.compile(r"^[\u4e00-\u9fff]{2,10}?(?:领域|方面|板块|行业)[，,]")
#: a clause of relying on places (依托A镇、B乡沿黄村落 / 以A开发区为依托): what the sentence goes on to build is there
RELY_LEAD_RE = re.compile(r"^(?:[一二三四五六七八九十]是)?(?:充分)?(?:依托|依靠)$")
#: a sector that counts or ranks a group (两大产业, 主导产业), not a kind of sector (培育A、B等D产业)
COLLECTIVE_SECTOR_RE = re.compile(r"^(?:[一二两三四五六七八九十]+大|主导|重点|优势|特色|新兴|传统|相关|其他|多个|各类)")
#: a numbered group of sectors (三大产业, 四条产业链, 六大产业集群, 三大板块), which its listed members serve
NUMBERED_GROUP_RE = re.compile(r"^[一二两三四五六七八九十]+(?:大|个|条)[\u4e00-\u9fff]{0,6}?(?:产业|产业链|产业集群|集群|板块|行业|业态)")
NAMED_GROUP_RE = re.compile(r"(?:产业链|集群|板块)”?$")
#: the verb of a programme heading (（三）实施X行动。)
PROGRAMME_HEADING_RE = re.compile(r"(?:深入|全面|大力|加快|持续)?(?:实施|开展|推进|推行)")
#: 境内有A、B / A、B等高校坐落区内: what lies within the place a sentence opens with
HOLDS_WITHIN_RE = re.compile(r"(?:其)?(?:境内|辖区内|区内|县内|旗内|镇内|域内)(?:还|共|现)?(?:有|拥有|分布有|坐落着|坐落有)")
LIES_WITHIN_RE = re.compile(r"^(?:等)?[^，,；;。]{0,12}?(?:(?:均|都)?(?:坐落|位于|分布|落户|地处)(?:在|于)?|(?:均|都)在(?=[区县旗镇境辖][^，,；;。]{0,2}(?:[，,；;。]|$)))"
                            r"(?:区内|县内|旗内|镇内|境内|辖区内?)")     # (均在县内布局基地: they build there)
#: 一是壮大A产业，…: a numbered point, the verb that grows its sector, and what may close the sector's name
POINT_RE = re.compile(r"[一二三四五六七八九十]是")
POINT_VERB_RE = re.compile(r"(?:全力|着力|加快|大力|奋力|全面|积极|努力|持续|重点)?(?:做强|做大|做优|壮大|发展壮大|培育壮大|"
                           r"做强做大|做大做强|培育|发展|提升|延伸)")
#: a clause that develops the sectors it names (一是大力发展风电、光伏发电), before a works clause (推进A项目、B项目建设)
DEVELOP_LEAD_RE = re.compile(rf"(?:{POINT_RE.pattern})?{POINT_VERB_RE.pattern}")
POINT_TAIL_RE = re.compile(r"(?:等)?(?:[两三四五六七八九十]大)?(?:产业|产业集群|集群|产业链)?")
#: 以A、B为主攻方向/重点: the sectors a place or a sentence focuses on
FOCUS_FRAME_RE = re.compile(r"^为(?:主攻方向|主攻|主导方向|发展方向|方向|重点|主导|核心|龙头|支撑|主体|重点方向|突破口)")
FOCUS_CLAUSE_RE = re.compile(r"^以[□、和及与]*□" + FOCUS_FRAME_RE.pattern[1:])
PARK_WORD_RE = re.compile(r"园区|开发区|产业园|工业园")
#: the works or development verbs that open what a relied-on place carries
CARRIED_VERB_RE = re.compile(r"(建设|打造|做强|做大|发展|培育|壮大|创建|建成|争创|构建|推进|加快|布局|实施|引进|推出|形成)")


#: a role a place plays for the city its goal opens with (首府…供应基地, 首府西大门, 首府后花园)
CITY_ROLE_RE = re.compile(r"(供应|保障|输送|大门|门户|后花园|花园|菜篮子|粮仓|米袋子|后厨|窗口|屏障|会客厅|客厅)")
#: a heading that develops its sector (…集聚发展。, …高质量发展。)
HEADING_DEVELOP_RE = re.compile(r"(?:产业)?(?:(?:集聚|集群化|集群|高质量|创新|融合|绿色|规模化|提质增效|跨越式|做大做强|加快)?发展|"
                                # a review's heading on how the sector did: 乳业发展势头强劲。算力产业实现跨越。
                                r"(?:发展)?(?:势头|态势)?(?:强劲|良好|向好|提速|稳健)|实现(?:新)?(?:跨越|突破))[。.：:*]*")
#: the verbs (right before the first of a list) by which a subject place advances works of its own
SUBJECT_WORKS_RE = re.compile(r"(?:推进|实施|建设|建成|新建|启动|开工建设|加快推进|加快建设|同步推进|谋划|打造)[□、和及与]*$")
#: a subject place polishing or making known a brand it works towards (擦亮“中国燕麦之乡”品牌)
BRAND_VERB_RE = re.compile(r"(擦亮|叫响|打响|做响|唱响)")
#: what an organisation backed in the clause before goes on to create (支持A公司整合资源，推出B线路)
CREATES_RE = re.compile(r"^(?:并|还|进一步|积极)?(?:推出|打造|开发|建设|推进|实施|运营|举办|打响)")
#: the bodies a clause fosters or brings in (培育A、B等经营主体, 引进C等龙头企业)
FOSTER_RE = re.compile(r"(培育|扶持|支持|鼓励|引导|引进|招引|吸引|壮大|组建|发展壮大)$")
#: a clause whose subject is the park named before (园区先后引进…, 该园区今年建成…)
PARK_SUBJECT_RE = re.compile(r"^(?:其中|目前|今年|近年来|同时|此外|截至目前)?(?:该|本|全)?(?:园区|开发区|产业园|工业园)"
                             r"(?:先后|累计|已|共|还|今年|目前|将|新|已经|陆续|成功|积极|加快|持续|重点)*")
#: what the park does with what follows: brings companies in / builds works / sets up with partners
PARK_BRINGS_RE = re.compile(r"^(?:引进|引入|入驻|落户|集聚|聚集|招引|吸引)")
PARK_BUILDS_RE = re.compile(r"(?:建成|建设|实施|打造|新建|投用|投运|设立|共建|组建|成立)$")
#: 在园区设立/建设 X: X is in the park
IN_PARK_RE = re.compile(r"在(?:该|本)?(?:园区|开发区|产业园|工业园)(?:内)?(?:设立|建设|建成|成立|组建|布局|落地|打造)$")
#: 围绕A、B开展联合攻关: what the sentence set up works on A and B
JOINT_WORK_RE = re.compile(r"^围绕[□、和及与等]+(?:等)?(?:领域|方向|产品)?(?:开展|进行|推进)(?:联合|技术|协同|科研)?(?:攻关|研发|研究|合作|创新)")
#: 围绕A、B开展关键技术攻关 / 围绕A、B等领域开展研发: a clause of research on fields (not on products: 等产品)
PLATFORM_WORK_RE = re.compile(r"^(?:[一二三四五六七八九十]是)?(?:重点|聚焦|主要)?围绕[□、和及与]*□(?:等)?(?:领域|方向)?"
                              r"(?:开展|进行|推进|实施|加强)(?:关键|核心|共性)?(?:联合|技术|协同|科研|核心)?(?:技术)?"
                              r"(?:攻关|研发|研究|创新)")
#: the same clause written without entities: 围绕苜蓿育种、饲草加工开展关键技术攻关
PLATFORM_FIELDS_RE = re.compile(r"^(?:[一二三四五六七八九十]是)?(?:重点|聚焦|主要)?围绕(?P<list>[\u4e00-\u9fff]{2,8}(?:[、和及与]"
                                r"[\u4e00-\u9fff]{2,8}){1,7}?)(?:等)?(?:领域|方向)?(?:开展|进行|推进|实施|加强)"
                                r"(?:关键|核心|共性)?(?:联合|技术|协同|科研|核心)?(?:技术)?(?:攻关|研发|研究|创新)")
#: the name of a research platform (创新中心, 重点实验室, 研究院, 工程技术研究中心)
PLATFORM_END_RE = re.compile(r"(?:创新中心|研究中心|实验室|研究院|研究所|技术中心|中试基地|中试平台|创新平台|研发平台|"
                             r"工作站|创新联合体)$")
#: a clause that builds or sets up the platform (建设/组建/共建/推进…建设)
PLATFORM_BUILD_RE = re.compile(r"建设|组建|共建|创建|设立|成立|打造|建成|培育|布局")
#: a zone by its name (the antecedent of 园区)
ZONE_NAME_RE = re.compile(r"(园区|开发区|产业园|工业园|经开区|高新区|新区|示范区|合作区)$")


#: labelled fields of a project item (项目；建设地点：A镇；建设单位：甲公司 / 责任单位：甲局 / 建设单位为甲公司)
FIELD_SITES = ("建设地点", "项目地点", "建设地址", "项目选址", "建设位置", "实施地点", "选址")
FIELD_RE = re.compile(r"(建设地点|项目地点|建设地址|项目选址|建设位置|实施地点|选址|建设单位|责任单位|实施单位|牵头单位|"
                      r"承建单位|业主单位|实施主体|建设主体|项目业主|运营单位|主办单位)([：:]|为|是)?")
FIELD_STOPS = frozenset("；;。，,（()）")
FIELD_ITEM_LEAD_RE = re.compile(r"\s*(?:\*\*)?(?:\d{1,2}[.、．](?!\d)|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|[①-⑳]|"
                                r"[一二三四五六七八九十]{1,3}[、是])?\s*")
#: a verb right after 在 A that develops a sector there (在A镇布局B / 在C园区重点发展D)
GROW_IN_RE = re.compile(r"^(?:境内|辖区内|区域内|内)?(?:重点|大力|加快|积极|着力|集中|优先)?(?:布局|发展|培育|壮大|集聚)")
#: what may follow a sector named as such (not a product: 光伏组件, 乳品生产线)
SECTOR_ALONE_RE = re.compile(r"^(?:$|[、和及与等，,；;。]|产业|行业|集群|基地|节点|企业|业态|领域|园区)")
#: a clause aiming at a goal (紧紧围绕建设G，) and the verb of the next clause that develops sectors for it
AIM_LEAD_RE = re.compile(r"(?:[一二三四五六七八九十]是)?(?:紧紧|始终|持续|全力)?(?:围绕|瞄准|锚定|对标|服务)(?:加快|全力)?(?:建设|打造|创建|争创)?")
AIMED_VERB_RE = re.compile(r"^(?:全力|着力|加快|大力|持续|积极|重点)?(?:推动|推进|发展|做强|做大|壮大|培育|提升|延伸|做优|促进)")
#: 支持A、B创建G / 推进C与D合作共建G: the organisations backed and the verb that makes them work towards a title
ORG_BACKING_RE = re.compile(r"(?:支持|鼓励|引导|推动|推进|帮助|指导)$")
ORG_TOWARDS_RE = re.compile(r"(?:加快|积极|全力|努力)?(?:合作|联合|共同|携手)?(?:共建|建设|创建|争创|创成|打造|建成|申报|晋升为?|升级为)")
#: X项目…，依托B大学团队开发…: a later clause of a project's sentence that relies on or joins an organisation for the works
RELIES_LEAD_RE = re.compile(r"(?:并|还|同时|将|主要)?(?:依托|联合|携手|借助|依靠)")
RELIES_WORK_RE = re.compile(r"(开发|研发|建设|开展|实施|攻关|运营|生产|培育|选育|转化)")
#: sectors too general to be a place's own when written after the city's nickname (首府工业)
GENERIC_SECTORS = frozenset({"工业", "产业", "经济", "农业", "服务业", "制造业", "第三产业", "实体经济"})
#: the venues of a news report of projects started together (主会场, 分会场)
VENUE_RE = re.compile(r"(?:主会场|分会场)")


#: an item number before a heading (（一）, 1., 一、, ——)
ITEM_NUMBER_RE = re.compile(r"(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、是]|\d{1,2}[.、．]|——|[①-⑳])?")
#: a zone opening a clause (北部A片区…, “一核”即A, 其中A园区…) and what follows it when the clause says what the zone holds
ZONE_LEAD_RE = re.compile(r"^(?:[^，,；;。：:]{1,6}即|其中)?(?:" + DIRECTION_PART + r")?$")
ZONE_HOLDS_RE = re.compile(r"^(?:主要|重点|着力|加快|大力|已|现已|已经)?(?:以|集聚了?|聚集了?|布局了?|承接|发展|培育|引进|入驻了?|落户了?)")
HOLDS_FRAME_RE = re.compile(r"为(?:主|重点|主导|核心|龙头|特色|支撑)")
#: a layout clause (园区已形成“一区三片”空间格局：) and the nominal self-reference a plan writes for its own place
LAYOUT_RE = re.compile(r"(?:形成|构建|打造|规划|优化)[^，,；;。]{0,24}(?:格局|布局|结构|架构)$")
NOMINAL_SELF_RE = re.compile(r"^(?:目前|现|现已)?(?:园区|开发区|全区|全县|全旗|全市|我区|我县|我旗|我市|该区|本区)")
ZONE_KINDS = {"zone", "park", "development_zone", "industrial_park"}
LOCAL_ADMIN_KINDS = {"county", "district", "banner", "town", "township", "subdistrict", "sumu", "street"}


class Mention(NamedTuple):
    """One mention of an entity in this plan (a tuple: there are thousands per plan)."""
    start: int
    end: int
    node: Node
    label: str


class Relations:
    """The state of one plan's relation extraction (one instance per ``extract`` call)."""

    def __init__(self, ctx) -> None:
        self.ctx, self.text, self.lex = ctx, ctx.doc.text, load_lexicon()
        self.plan = ctx.plan_id
        self._index_mentions()
        self._index_surfaces()
        self.sent_starts = [s.start for s in ctx.seg.sentences]
        self._prefix_cache: dict = {}
        self._chains: dict[str, set[str]] = {}
        self._boxed: dict[str, bool] = {}
        self._items: dict = {}
        self._sector_lead: dict = {}
        self._org_subject: dict = {}
        self._clause_cache: tuple = (None, [])
        self._layout: tuple | None = None     # (the place a layout clause lists zones of, where its sentence ends)
        self._heading_zones: dict = {}        # heading sentence start -> the area it names alone, or None

    # -- indexes --------------------------------------------------------------------------
    def _index_mentions(self) -> None:
        found = set()
        for node in list(self.ctx.graph.nodes.values()):
            if node.label not in ENTITY_LABELS:
                continue
            for m in node.mentions:
                if m.plan == self.plan and m.end > m.start:
                    found.add((m.start, m.end, node.id))
        self.mentioned = {(i, a, b) for a, b, i in found}
        nodes = self.ctx.graph.nodes
        self.mentions = [Mention(s, e, nodes[i], nodes[i].label)
                         for s, e, i in sorted(found, key=lambda t: (t[0], -t[1], t[2]))]
        self.starts = [m.start for m in self.mentions]

    def _index_surfaces(self) -> None:
        """Surface form → (label, canonical name) for places and organisations, to spot name prefixes."""
        self.surfaces: dict[str, tuple[str, str]] = {}
        for surface, label, canonical in self.lex.surface_forms():
            if label in ("Place", "Organization") and len(surface) >= 2:
                self.surfaces.setdefault(surface, (label, canonical))
        for node in self.ctx.graph.nodes.values():
            if node.label in ("Place", "Organization"):
                for s in (node.name, *node.aliases):
                    if len(s) >= 2:
                        self.surfaces.setdefault(s, (node.label, node.name))

    def clauses_of(self, span) -> list[tuple[int, int]]:
        """The clauses of a sentence (cached for the sentence at hand: every rule splits it)."""
        if self._clause_cache[0] != span:
            self._clause_cache = (span, clauses(self.text, *span))
        return self._clause_cache[1]

    def in_span(self, start: int, end: int) -> list[Mention]:
        i = bisect.bisect_left(self.starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                out.append(self.mentions[i])
            i += 1
        return out

    # -- helpers ---------------------------------------------------------------------------
    def place_kind(self, node: Node) -> str:
        entry = self.lex.place(node.name)
        return (entry.kind if entry else node.props.get("kind") or "") or ""

    def place_kind_of(self, name: str) -> str:
        entry = self.lex.place(name)
        return entry.kind if entry else ""

    def is_broad(self, node: Node) -> bool:
        return self.place_kind(node) in BROAD_KINDS

    def ancestors(self, node: Node) -> set[str]:
        """Names of the places above this one: the gazetteer's chain, or for a place it does not know,
        the known place its name opens with and that one's chain (新城区红山口村 → 新城区, 呼和浩特市…)."""
        got = self._chains.get(node.name)
        if got is None:
            chain = self.lex.place_chain(node.name)
            if chain:
                got = {p.name for p in chain[1:]}
            else:
                got = set()
                for k in range(min(MAX_NAME_PREFIX, len(node.name) - 1), 1, -1):
                    opener = self.lex.place(node.name[:k])
                    if opener is not None:
                        got = {p.name for p in self.lex.place_chain(opener.name)}
                        break
            self._chains[node.name] = got
        return got

    def ancestors_of_name(self, name: str) -> set[str]:
        return {p.name for p in self.lex.place_chain(name)[1:]}

    def most_specific(self, places: list[Node]) -> list[Node]:
        """Drop places that the gazetteer already puts above another place of the list."""
        above = set()
        for p in places:
            above |= self.ancestors(p)
        out, seen = [], set()
        for p in places:
            if p.name not in above and p.id not in seen:
                out.append(p)
                seen.add(p.id)
        return out

    def squeeze(self, a: int, b: int) -> str:
        """text[a:b] without white space and quotes (hard-wrapped plans break lines anywhere)."""
        return self.text[a:b].translate(_DROP_JOINERS)

    def relate(self, src: Node, dst: Node, rel: str, span: tuple[int, int], rule: str, conf: float) -> None:
        rt = REL_TYPES[rel]
        if src.id == dst.id or src.label not in rt.sources or dst.label not in rt.targets:
            return
        if rel == "LOCATED_IN" and src.label == "Place" and not self.place_in_place_ok(src, dst):
            return
        if rel == "INVOLVES" and SAME_WORKS_RE.fullmatch(src.name[len(dst.name):]) and src.name.startswith(dst.name):
            return      # 某研发中心二期 does not involve 某研发中心: the first phase is no party to the second
        add_relation(self.ctx, src, dst, rel, span[0], span[1], extractor=f"relations.{rule}", confidence=conf)

    def place_in_place_ok(self, child: Node, parent: Node) -> bool:
        # places in places come from the gazetteer; text may only add what the gazetteer does not know,
        # or agree with it (never contradict it, never loop back up)
        chain = self.lex.place_chain(child.name)
        if chain:
            above = {p.name for p in chain[1:]}
            if parent.name in above:
                return True
            # a park the gazetteer files under the zone that manages it (托克托工业园区 → 托清经济开发区 → 呼和浩特市)
            # still lies in a county and a town of its city: 地处托克托县双河镇 agrees with it
            if chain[0].kind in ZONE_KINDS and self.place_kind(parent) in LOCAL_ADMIN_KINDS:
                admin = next((p.name for p in chain[1:] if p.kind not in ZONE_KINDS), None)
                return admin is not None and admin in self.ancestors(parent) and child.name not in self.ancestors(parent)
            return False
        return child.name not in self.ancestors(parent)

    def sentence_of(self, offset: int) -> tuple[int, int]:
        """The sentence around an offset, else the line (headings are not sentences)."""
        i = bisect.bisect_right(self.sent_starts, offset) - 1
        if i >= 0:
            s = self.ctx.seg.sentences[i]
            if s.start <= offset < s.end:
                return s.start, s.end
        a = self.text.rfind("\n", 0, offset) + 1
        b = self.text.find("\n", offset)
        b = len(self.text) if b == -1 else b
        while b > a and self.text[b - 1] in " \t\r\u3000":
            b -= 1
        return a, b

    # -- per sentence ---------------------------------------------------------------------
    def run(self) -> None:
        for sent in self.ctx.seg.sentences:
            ms = self.in_span(sent.start, sent.end)
            if not ms:
                continue
            in_box = self.in_box(sent.section)
            ms = self.drop_place_tiled(drop_overlong(ms))
            ms = drop_project_figures(ms)
            self.company_as_project(ms, (sent.start, sent.end))
            nested = self.name_prefixes(ms, (sent.start, sent.end))
            top = top_level(ms)
            if not top:
                continue
            span = (sent.start, sent.end)
            located = {m.node.id for m in nested}
            self.adjacent_rules(top, span, located)
            self.locate_verb_rules(top, span, located)
            self.build_in_rules(top, span, located)
            self.cooccurrence_rule(top, span, located, in_box)
            self.support_rules(top, span)
            self.involve_rules(top, span)
            self.builder_rules(top, span)
            self.item_partner_rules(top, span, sent.paragraph)
            self.investor_rule(top, span)
            self.item_place_rules(top, span, sent.paragraph)
            self.item_builders(top, span, sent.paragraph)
            self.signing_rule(top, span)
            self.sector_lead_rule(top, span, sent.paragraph)
            self.topic_project_rule(top, span)
            self.relied_place_rule(top, span)
            self.focus_goal_rule(top, span)
            self.aimed_goal_rule(top, span)
            self.park_subject_rule(top, span)
            self.platform_work_rule(top, span)
            self.subject_partner_rule(top, span, sent.paragraph)
            self.backed_org_rule(top, span)
            self.org_goal_rule(top, span)
            self.part_of_subject_rule(top, span)
            self.holds_within_rule(top, span)
            self.project_relies_rule(top, span)
            self.cluster_heading_rule(top, span)
            self.point_sector_rule(top, span)
            self.kinds_of_sector_rule(top, span)
            self.numbered_group_rule(top, span)
            self.subject_place_rule(top, span)
            self.made_into_rule(top, span)
            self.carrier_rule(top, span)
            self.supported_place_rule(top, span)
            self.part_of_place_rule(top, span)
            self.gathered_in_rule(top, span)
            self.zone_rules(top, span)
            self.heading_zone_rule(top, span)
            self.group_members_rule(top, span)
            self.develop_then_works_rule(top, span)
            self.fund_use_rule(top, span)
            self.goal_names_place(ms, span)
            self.slogan_goals(ms, span)
            self.government_bodies(top, span)
            self.regional_branches(ms, span)
        self.field_rules()
        self.venue_rules()
        self.box_title_places()
        self.brand_projects()
        self.plan_place()
        self.gazetteer_chains()

    def company_as_project(self, ms: list[Mention], span) -> None:
        """中行、农行等数据中心项目: in an elided list the company's name is all the text writes of its project,
        so a project mention on exactly an organisation's span is that organisation's."""
        orgs = {(m.start, m.end): m for m in ms if m.label == "Organization"}
        if not orgs:
            return
        for m in ms:
            o = orgs.get((m.start, m.end)) if m.label == "Project" else None
            if o is not None:
                self.relate(m.node, o.node, "INVOLVES", span, "elided_owner", 0.7)

    def drop_place_tiled(self, ms: list[Mention]) -> list[Mention]:
        """Without the non-place mentions that are nothing but places written together (a park typed as a
        project: 赛罕区中环产业园 = 赛罕区 + 中环产业园): the places are what the text names."""
        places = [m for m in ms if m.label == "Place"]
        if len(places) < 2:
            return ms
        out = []
        for m in ms:
            if m.label != "Place":
                inner = [p for p in places if m.start <= p.start and p.end <= m.end]
                pos = m.start
                for p in top_level(inner):
                    if self.squeeze(pos, p.start) != "":
                        break
                    pos = p.end
                if len(inner) >= 2 and self.squeeze(pos, m.end) == "":
                    continue
            out.append(m)
        return out

    def in_box(self, section_id: str) -> bool:
        got = self._boxed.get(section_id)
        if got is None:
            got = self._boxed[section_id] = any(s.kind in ("box", "table") for s in self.ctx.seg.ancestors(section_id))
        return got

    # LOCATED_IN / INVOLVES from names -----------------------------------------------------
    def name_prefixes(self, ms: list[Mention], span) -> list[Mention]:
        """Places and organisations that open a project's or organisation's name.

        乌素图杏花节 → 乌素图; 新城区沟系修复治理项目 → 新城区; 家家悦集团社区商业服务网络建设项目 →
        家家悦集团: Chinese names put the where and the who first.  Returns the named entities.
        """
        done = []
        for m in ms:
            # a place the gazetteer does not know is placed by the place its name opens with (新城区红山口村)
            known_place = m.label == "Place" and self.lex.place(m.node.name) is not None
            if m.label not in ("Project", "Organization", "Place"):
                continue
            if m.label == "Place" and not known_place and any(
                    o.label == "Project" and o.start == m.start and o.end > m.end and
                    SITE_WORKS_RE.fullmatch(self.squeeze(m.end, o.end)) for o in ms):
                continue    # 坝口子村民俗文化村(提升项目): the project's own site, not a place of its own
            found = self.prefix_scan(m)
            if known_place:
                # a known place whose name opens with its parents states them (乌素图召 → 乌素图, a long form
                # 呼和浩特金山高新区科技城片区 → 呼和浩特市)
                above = self.ancestors(m.node)
                for pos in sorted({m.start, *(f[1] for f in found)}):
                    for k in range(2, min(MAX_NAME_PREFIX, m.end - pos - 1) + 1):
                        got = self.surfaces.get(self.text[pos:pos + k])
                        if got and got[0] == "Place" and got[1] in above:
                            self.relate(m.node, self.nested((pos, pos + k, "Place", got[1])), "LOCATED_IN", span,
                                        "name_prefix", 0.85)
                continue
            places = [f for f in found if f[2] == "Place"]
            orgs = [f for f in found if f[2] == "Organization"]
            # the place a name opens with is where the thing is (skip 内蒙古… registered names)
            # a place the gazetteer does not know before one it knows is a brand (中关村呼和浩特软件园)
            last_known = max((i for i, f in enumerate(places) if self.lex.place(f[3])), default=-1)
            places = [f for i, f in enumerate(places) if i >= last_known or self.lex.place(f[3])]
            # a project is where any place its name opens with is (海西路汽车贸易中心, 北二环整治项目);
            # an organisation only an area (丁香路小学 is named after a road, not placed on it by the plan)
            # an organisation whose registered name opens with a place (内蒙古某某有限公司, 呼和浩特市某区某集团,
            # 某省大学) is of that place, as a project named after one is (the guidelines annotate the prefix)
            registered = m.label == "Organization" and bool(REGISTERED_ORG_RE.search(m.node.name))
            # a body named after its territory (清水河县民宿协会, 内蒙古产学研合作促进会, 某县林业和草原局)
            institution = m.label == "Organization" and not registered and m.node.name.endswith(INSTITUTION_ENDS)
            if places and m.label in ("Organization", "Project"):
                # a river or mountain after the leading place is a trade name or a theme (内蒙古黄河某某有限公司,
                # 老牛湾黄河渔家乐专业合作社, 窑沟乡黄河民宿集群项目): only the leading place holds the thing
                places = [f for i, f in enumerate(places) if i == 0 or f[0] == m.start or (
                    self.areal_name(f[3]) and self.place_kind_of(f[3]) not in NATURAL_KINDS) or
                    any(g[3] in self.ancestors_of_name(f[3]) and not self.broad_name(g[3]) for g in places[:i]) or
                    (m.label == "Project" and FEATURE_AREA_RE.match(self.squeeze(f[1], m.end)))]
            if m.label == "Project" and places and FESTIVAL_END_RE.search(m.node.name):
                # 托克托黄河文化旅游节, 黄河长城文化旅游节: a river or mountain a festival is named for is its theme
                # (a race along it is on it: 大黑河半程马拉松)
                for f in places:
                    if self.place_kind_of(f[3]) in NATURAL_KINDS:
                        self.nested(f)
                places = [f for f in places if self.place_kind_of(f[3]) not in NATURAL_KINDS]
            if m.label == "Project" and places:
                places = self.site_component(m, places)
                # “黄河人家”乡村旅游线路: a place inside a quoted brand opening the name is the brand's theme
                if self.text[m.start:m.start + 1] in "“\"'‘「『":
                    close = re.search(r"[”\"'’」』]", self.text[m.start + 1:m.end])
                    if close is not None:
                        q_end = m.start + 1 + close.start()
                        places = [f for f in places if f[0] >= q_end or self.squeeze(f[1], q_end) == ""]
            if registered:
                # (a university from elsewhere, 上海交通大学, is a partner the plan names, not places)
                places = [f for f in places if not self.nickname(self.text[f[0]:f[1]], f[3]) and
                          (self.home_territory(f[3]) or not UNIVERSITY_RE.search(m.node.name))]
                # 呼和浩特市玉泉城市建设投资有限责任公司: a district written short (玉泉, not 玉泉区) after the city is the
                # trade name; written in full (呼和浩特市赛罕区城市发展投资集团) it is the company's district
                places = [f for i, f in enumerate(places) if i == 0 or (self.squeeze(f[0], f[1]) == f[3] or
                          not any(g[3] in self.ancestors_of_name(f[3]) for g in places[:i])) and
                          self.place_kind_of(f[3]) not in TRADE_NAME_KINDS]
            elif m.label == "Organization" and UNIVERSITY_RE.search(m.node.name):
                places = []     # 上海交大: the place is part of the name of a partner from elsewhere
            # a nickname opening a name is a brand (青城味道…项目) unless a part of the city follows (首府南部X)
            places = [f for f in places if not self.city_nickname(self.squeeze(f[0], f[1]), f[3]) or
                      DIRECTION_RE.match(self.squeeze(f[1], m.end))]
            kept = [f for f in places if self.areal_name(f[3]) or registered or (
                m.label == "Project" and not self.broad_name(f[3])) or (institution and f[0] == m.start)]
            place_nodes = [self.nested(f) for f in kept]
            # the leading place (呼和浩特市新城区某投资有限公司 → 呼和浩特市): a name opening with two places is placed
            # by the first in 132 of 136 such names annotated in the sets in the tree; a later one only when the
            # works are on its stretch (双河镇黄河沿岸防护林工程 → 黄河 too)
            holders = place_nodes[:1] + [n for f, n in zip(kept[1:], place_nodes[1:]) if m.label == "Project"
                                         and FEATURE_AREA_RE.match(self.squeeze(f[1], m.end))]
            if registered:
                # 华曜智算（内蒙古）科技有限公司: a registered name writes its region in brackets after the trade name
                place_nodes += [self.nested(f) for f in self.bracketed_places(m)]
                holders = holders or place_nodes[:1]
            for p in holders:
                self.relate(m.node, p, "LOCATED_IN", span, "name_prefix", 0.9)
            if m.label == "Project" and not place_nodes and not found:
                # 某某故城遗址保护展示工程, 某某工业园区标准化厂房二期: a site the name opens with, known by its suffix
                site = self.site_opening(m)
                if site is not None:
                    p = self.nested(site)
                    self.relate(m.node, p, "LOCATED_IN", span, "site_prefix", 0.75)
                    place_nodes.append(p)
            if m.label == "Project":
                # 华为云和林格尔数据中心, S311武川至杨树坝公路: known places written inside a project's name
                inner = [self.nested(f) for f in self.inner_places(m, found)]
                chosen = {p.name for p in place_nodes} | {a for p in place_nodes for a in self.ancestors(p)}
                # (only for a name with no leading place, and then the first: 中广核武川西乌兰不浪风电项目 → 武川县,
                # as annotators place names by the place they open with; a route, A至B公路, by both its ends)
                inner = [] if place_nodes else inner if "至" in m.node.name else inner[:1]
                for p in self.most_specific(inner):
                    if p.name not in chosen:
                        self.relate(m.node, p, "LOCATED_IN", span, "name_inside", 0.8)
                        place_nodes.append(p)
                # both ends of a route hold it, even when one contains the other (哈乐镇至武川县城一级公路)
                for p in self.route_ends(m):
                    if p.name not in {q.name for q in place_nodes}:
                        self.relate(m.node, p, "LOCATED_IN", span, "name_inside", 0.8)
                        place_nodes.append(p)
            # a project named after an organisation (家家悦集团社区商业…项目, 丁香路小学项目) is that organisation's
            if m.label == "Project" and orgs:
                for f in orgs:
                    self.relate(m.node, self.nested(f), "INVOLVES", span, "name_prefix", 0.85)
                # 赛罕区人民医院门急诊综合楼项目, 巴彦镇中心学校改扩建工程: the place the owner's name opens with
                # holds the works too
                lead = self.place_opening(orgs[0][0], orgs[0][1]) if orgs[0][0] == m.start and not place_nodes \
                    else None
                # (not a city-wide institution, 呼和浩特市第一医院…, nor a partner from elsewhere, 上海交大…)
                if lead is not None and self.areal_name(lead[3]) and self.place_kind_of(lead[3]) not in ("city", "league") \
                        and (self.lex.place(lead[3]) is None or self.home_territory(lead[3]) or
                             not UNIVERSITY_RE.search(self.squeeze(orgs[0][0], orgs[0][1]))):
                    self.relate(m.node, self.nested(lead), "LOCATED_IN", span, "owner_prefix", 0.8)
            if place_nodes:
                done.append(m)
        return done

    def site_component(self, m: Mention, places: list) -> list:
        """坝口子村民俗文化村提升项目: a site the gazetteer does not know, named as a known place and a facility, that
        the project only upgrades or builds (nothing but works words after it) is the project itself, not a place
        holding it: the known place its name opens with holds the project."""
        out = []
        for f in places:
            if self.lex.place(f[3]) is None and SITE_WORKS_RE.fullmatch(self.squeeze(f[1], m.end)):
                inner = self.known_opening(f[0], f[1])
                if inner is not None:
                    out.append(inner)
                    continue
            out.append(f)
        return out

    def place_opening(self, a: int, b: int) -> tuple[int, int, str, str] | None:
        """The longest place text[a:b] opens with, shorter than the whole span: one the gazetteer knows or one
        the plan names elsewhere (巴彦镇 of 巴彦镇中心学校)."""
        known = self.known_opening(a, b)
        for k in range(min(MAX_NAME_PREFIX, b - a - 1), 1, -1):
            if known is not None and k <= known[1] - a:
                break
            got = self.surfaces.get(self.text[a:a + k])
            if got and got[0] == "Place" and not self.broad_name(got[1]):
                return a, a + k, "Place", got[1]
        return known

    def known_opening(self, a: int, b: int) -> tuple[int, int, str, str] | None:
        """The longest gazetteer place text[a:b] opens with, shorter than the whole span."""
        for k in range(min(MAX_NAME_PREFIX, b - a - 1), 1, -1):
            entry = self.lex.place(self.text[a:a + k])
            if entry is not None and entry.kind not in BROAD_KINDS:
                return a, a + k, "Place", entry.name
        return None

    def bracketed_places(self, m: Mention) -> list[tuple[int, int, str, str]]:
        """The places written in brackets inside a registered name (华曜智算（内蒙古）科技有限公司)."""
        out = []
        for bm in re.finditer(r"[（(]([^（()）]{2,10})[)）]", self.text[m.start:m.end]):
            got = self.surfaces.get(bm.group(1))
            if got and got[0] == "Place" and not self.nickname(bm.group(1), got[1]):
                out.append((m.start + bm.start(1), m.start + bm.end(1), "Place", got[1]))
        return out

    def site_opening(self, m: Mention) -> tuple[int, int, str, str] | None:
        """The site a project's name opens with, by its suffix (…遗址, …工业园区), when it is a proper name:
        not a sector's park (大数据产业园区) and with the project's own words after it."""
        sm = SITE_OPENING_RE.match(self.text, m.start, m.end)
        if sm is None:
            return None
        stem = sm.group(1)[:-len(sm.group(2))]
        if not hasattr(self, "_industry_heads"):
            self._industry_heads = {sf for sf, label, _ in self.lex.surface_forms() if label == "Industry"} | {
                f for name, e in self.lex.industries.items() for f in (name, *e.synonyms)}
        if any(stem.startswith(h) or stem.endswith(h) for h in self._industry_heads if len(h) >= 2) or \
                GENERIC_SITE_RE.search(stem):
            return None
        return sm.start(1), sm.end(1), "Place", sm.group(1)

    def home_territory(self, name: str) -> bool:
        """Whether a place is the plan's own place, above it or below it (上海交通大学 is a partner from
        elsewhere: the plan writes its registered name, it does not place it)."""
        if not hasattr(self, "_home"):
            self._home = self.home_place()
        home = self._home
        if home is None:
            return False
        return name == home.name or name in self.ancestors(home) or home.name in {
            p.name for p in self.lex.place_chain(name)}

    def route_ends(self, m: Mention) -> list[Node]:
        """S311武川至杨树坝公路: the places a route runs between (found as places, known or not) hold it."""
        out = []
        for cm in re.finditer("至", self.text[m.start:m.end]):
            at = m.start + cm.start()
            for p in self.in_span(m.start, m.end):
                if p.label == "Place" and not self.is_broad(p.node) and (
                        self.squeeze(p.end, at) == "" and p.end <= at or
                        self.squeeze(at + 1, p.start) == "" and p.start > at):
                    out.append(p.node)
        return out

    def inner_places(self, m: Mention, found) -> list[tuple[int, int, str, str]]:
        """Places the gazetteer knows (below the province, not by a nickname) inside a name, after its opening."""
        start = max([m.start] + [f[1] for f in found])
        # a hard wrap may break the place inside the name (第三届大\n召文化旅游节): match without line breaks
        cut = [i for i in range(start, m.end) if self.text[i] not in JOINERS]
        flat = "".join(self.text[i] for i in cut)
        out, j = [], 0
        while j < len(flat) - 1:
            hit = None
            for k in range(min(MAX_NAME_PREFIX, len(flat) - j - 1), 1, -1):
                surface = flat[j:j + k]
                entry = self.lex.place(surface)
                if entry is not None and entry.kind not in BROAD_KINDS and not self.nickname(surface, entry.name):
                    hit = (cut[j], cut[j + k - 1] + 1, "Place", entry.name)
                    j += k
                    break
            if hit:
                out.append(hit)
            else:
                j += 1
        return out

    def city_nickname(self, surface: str, name: str) -> bool:
        """首府, 青城: a city's nickname (东乌素图 for 乌素图, 经开区 for its long name are short forms, not brands)."""
        entry = self.lex.place(name)
        return entry is not None and entry.kind == "city" and self.nickname(surface, name)

    def nickname(self, surface: str, name: str) -> bool:
        """首府, 青城 for 呼和浩特市: an alias sharing no opening with the name is a nickname, not a site
        (自治区 for 内蒙古自治区 is the region's short form, not a nickname)."""
        return surface != name and surface[:1] != name[:1] and not self.broad_name(name)

    def prefix_scan(self, m: Mention) -> list[tuple[int, int, str, str]]:
        """(start, end, label, canonical) of the places and organisations that open m's name (cached by text)."""
        key = (m.label, self.text[m.start:m.end])
        cached = self._prefix_cache.get(key)
        if cached is None:
            cached = self._prefix_cache[key] = [(a - m.start, b - m.start, label, canonical)
                                                for a, b, label, canonical in self._scan(m)]
        return [(m.start + a, m.start + b, label, canonical) for a, b, label, canonical in cached]

    def _scan(self, m: Mention) -> list[tuple[int, int, str, str]]:
        pos, found = m.start, []
        while pos < m.end:
            hit = None
            # hard-wrapped plans break a name anywhere (大\n召文化旅游节): match on the text without line breaks
            cut = [i for i in range(pos, m.end) if self.text[i] not in JOINERS]
            flat = "".join(self.text[i] for i in cut)
            for k in range(min(MAX_NAME_PREFIX, len(flat) - 1), 1, -1):
                got = self.surfaces.get(flat[:k])
                # 新城区胜利街小学: the street is not where the plan puts it, 新城区 is
                if got and (got[0] == "Organization" or self.areal_name(got[1])
                            or self.lex.place(got[1]) is not None or m.label == "Project"):
                    hit = (cut[k - 1] + 1 - pos, got)
                    break
            if hit is None and m.label == "Project":
                # 当代集团文旅项目: a company the plan names nowhere else, known by its suffix
                cm = COMPANY_OPENING_RE.match(self.text, pos, m.end)
                if cm and not GENERIC_COMPANY_RE.match(cm.group(1)) and m.end - cm.end() >= 2:
                    hit = (cm.end() - pos, ("Organization", cm.group(0)))
            if hit is None:
                break
            k, (label, canonical) = hit
            if label == "Organization" and m.label == "Project":
                # 中石化院士工作站项目: the company a longer organisation name opens with is the one involved
                for k2 in range(2, k):
                    got = self.surfaces.get(self.text[pos:pos + k2])
                    if got and got[0] == "Organization" and SUB_UNIT_RE.match(self.text[pos + k2:pos + k]):
                        k, canonical = k2, got[1]
                        break
            if label == "Organization" and m.label != "Project":
                # 呼和浩特市第一中学 is not part of another organisation's or a place's name; but an organisation
                # opening another's name brings its place (内蒙古医科大学附属医院 → 内蒙古)
                if m.label == "Organization" and pos == m.start:
                    inner = next((k2 for k2 in range(min(MAX_NAME_PREFIX, k - 1), 1, -1)
                                  if (self.surfaces.get(self.text[pos:pos + k2]) or ("",))[0] == "Place"), None)
                    if inner is not None:
                        found.append((pos, pos + inner, "Place", self.surfaces[self.text[pos:pos + inner]][1]))
                break
            found.append((pos, pos + k, label, canonical))
            pos += k
            while pos < m.end and self.text[pos] in NAME_JOINERS:
                pos += 1
        return found

    def nested(self, found: tuple[int, int, str, str]) -> Node:
        """The entity named inside a longer name, with that mention recorded (only when it is used)."""
        a, b, label, canonical = found
        node = add_entity(self.ctx, label, self.text[a:b], extractor="relations.name_prefix", name=canonical)
        if (node.id, a, b) not in self.mentioned:
            # appended directly: Node.add_mention's duplicate check is a scan, and this one is known new
            self.mentioned.add((node.id, a, b))
            node.mentions.append(self.ctx.evidence(a, b, self.ctx.section_at(a)))
        return node

    def adjacent_rules(self, top: list[Mention], span, located: set) -> None:
        """A place written right before a name (回民区乌素图“杏花节”, 新城区的X项目) locates it."""
        for i, m in enumerate(top):
            if m.label == "Industry" and i > 0:
                self.industry_after_place(top[i - 1], m, span)
            if m.label not in ("Project", "Organization"):
                continue
            run, j, joint = [], i - 1, m.start
            while j >= 0 and top[j].label == "Place":
                gap = self.gap(top[j].end, joint)
                # X的Y, X境内(的)Y, X辖区内Y: the place before the name is where it is;
                # 甲村、乙村抗旱水源工程: places listed before a name all hold it
                if not (INSIDE_GAP_RE.match(gap) and not (gap and run)) and not (run and gap in PLACE_LIST_GAPS):
                    break
                run.insert(0, top[j].node)
                joint, j = top[j].start, j - 1
            if not run and m.label == "Project" and j >= 0 and top[j].label == "Place" and \
                    self.gap(top[j].end, m.start) in PLACE_LIST_GAPS and \
                    any(f[2] == "Place" and f[0] == m.start for f in self.prefix_scan(m)):
                # 巴彦镇、榆林镇抗旱水源工程 (the second place written inside the name): both hold it
                while j >= 0 and top[j].label == "Place" and self.gap(top[j].end, joint) in PLACE_LIST_GAPS:
                    run.insert(0, top[j].node)
                    joint, j = top[j].start, j - 1
            places = self.most_specific([p for p in run if self.areal(p)])
            for p in places:
                self.relate(m.node, p, "LOCATED_IN", span, "adjacent_place", 0.85)
                located.add(m.node.id)
            if places and self.gap(top[i - 1].end, m.start) == "":
                # 海西路众环集团、飞鹰集团等老旧厂房: the place before a list holds every item of it
                k = i + 1
                while k < len(top) and top[k].label == m.label and \
                        self.squeeze(top[k - 1].end, top[k].start) == "、" and \
                        not LEVEL_OPENING_RE.match(self.squeeze(top[k].start, top[k].end)):
                    for p in places:
                        self.relate(top[k].node, p, "LOCATED_IN", span, "adjacent_list", 0.7)
                    located.add(top[k].node.id)
                    k += 1
            if m.label == "Project":
                self.elided_owner(top, i, span)
            if m.label == "Project" and i > 0 and top[i - 1].label == "Organization":
                # X公司Y项目: the company's own project (a closing or opening quote between: a new name)
                if self.text[top[i - 1].end:m.start].strip() in ("", "的"):
                    self.relate(m.node, top[i - 1].node, "INVOLVES", span, "adjacent_org", 0.8)
        # a place written right after its parent (新城区保合少镇, 回民区乌素图): new to the gazetteer, or
        # stated where the gazetteer agrees (relate() refuses what contradicts it)
        for a, b in zip(top, top[1:]):
            if a.label == b.label == "Place" and self.text[a.end:b.start].strip() == "" and self.areal(a.node):
                self.relate(b.node, a.node, "LOCATED_IN", span, "adjacent_place", 0.75)

    def elided_owner(self, top: list[Mention], i: int, span) -> None:
        """伊利奶粉三期、奶酪三期: a short phase of a product line listed right after a company's project
        shares its company.

        Only phases without a name of their own (a 期 in it, no place or company opening, no 项目/工程
        ending, ≤ 8 characters): 双杰电气变压器、叁零陆零超级电容 are two companies' things.
        """
        m = top[i]
        owner = [f for f in self.prefix_scan(m) if f[2] == "Organization" and f[0] == m.start]
        if not owner:
            return
        k = i + 1
        while k < len(top) and top[k].label == "Project" and self.squeeze(top[k - 1].end, top[k].start) == "、":
            name = self.squeeze(top[k].start, top[k].end)
            # a phase of a line (奶酪三期, 九期奶粉), not a company's own name (叁零陆零超级电容, 长寿药业)
            if len(name) > 8 or "期" not in name or name.endswith(("项目", "工程")) or self.prefix_scan(top[k]):
                break
            self.relate(top[k].node, self.nested(owner[0]), "INVOLVES", span, "elided_owner", 0.6)
            k += 1

    def industry_after_place(self, p: Mention, m: Mention, span) -> None:
        """大青山前坡文化旅游体育产业: an industry written straight after an area is that area's industry.

        Only with nothing between (新城区的物业 is a topic) and not after a nickname (首府工业 is the
        capital's industry in general, not a sited one).
        """
        if p.label != "Place" or self.squeeze(p.end, m.start) != "" or not self.areal(p.node):
            return
        if self.nickname(self.squeeze(p.start, p.end), p.node.name) and (
                not self.city_nickname(self.squeeze(p.start, p.end), p.node.name) or m.node.name in GENERIC_SECTORS):
            return      # (首府乳业, 首府现代物流和冷链物流产业 are the city's sectors; 首府工业 is industry in general)
        if INDUSTRY_FROM_RE.search(self.squeeze(max(span[0], p.start - 4), p.start)):
            return      # 承接北京市大数据…产业转移: another place's industry, coming here
        self.relate(m.node, p.node, "LOCATED_IN", span, "adjacent_place", 0.75)
        if self.nickname(self.squeeze(p.start, p.end), p.node.name):
            # 服务首府现代物流和冷链物流产业: the city's nickname before a list of sectors holds every one
            ms = [o for o in self.in_span(m.end, next_clause_break(self.text, m.end, span[1]))]
            prev = m
            for o in top_level(ms):
                if o.label != "Industry" or self.squeeze(prev.end, o.start) not in PLACE_LIST_GAPS:
                    break
                self.relate(o.node, p.node, "LOCATED_IN", span, "adjacent_list", 0.7)
                prev = o

    def gap(self, a: int, b: int) -> str:
        """What separates two names: white space goes, an opening quote goes (乌素图“杏花节”), a closing one stays."""
        g = "".join(self.text[a:b].split())
        return g[:-1] if g[-1:] in OPENERS else g

    def areal(self, node: Node) -> bool:
        return self.areal_name(node.name)

    def areal_name(self, name: str) -> bool:
        """A place that contains things: a gazetteer unit below the province, or an area by its suffix.

        Streets, roads and squares open school and project names (丁香路小学, 时代广场项目) without
        being where the plan locates them, so they do not count.
        """
        entry = self.lex.place(name)
        if entry is not None:
            return entry.kind not in BROAD_KINDS
        return name.endswith(AREA_SUFFIXES)

    def is_broad_name(self, name: str) -> bool:
        return self.broad_name(name)

    def broad_name(self, name: str) -> bool:
        entry = self.lex.place(name)
        return entry is not None and entry.kind in BROAD_KINDS

    def places_after(self, top: list[Mention], i: int, pos: int) -> tuple[list[Node], int]:
        """The run of adjacent place mentions starting right at ``pos`` (from top[i])."""
        run = []
        while i < len(top) and top[i].label == "Place" and self.squeeze(pos, top[i].start) == "":
            run.append(top[i].node)
            pos, i = top[i].end, i + 1
        return run, i

    def locate_verb_rules(self, top: list[Mention], span, located: set) -> None:
        """位于/地处/落户/入驻 X: the subject (the name before the verb, or 位于X的 Y) is in X."""
        for i, m in enumerate(top):
            if m.label != "Place":
                continue
            before = self.squeeze(max(span[0], m.start - 8), m.start)
            if not LOCATE_VERB_RE.search(before):
                continue
            if i > 0 and top[i - 1].label == "Place" and self.squeeze(top[i - 1].end, m.start) == "":
                continue    # not the first place of the run
            run, j = self.places_after(top, i, m.start)
            while j < len(top) and top[j].label == "Place" and self.squeeze(top[j - 1].end, top[j].start) in \
                    PLACE_LIST_GAPS:
                # 分布于A、B、C三镇: every place of the list
                more, j = self.places_after(top, j, top[j].start)
                run += more
            end = top[j - 1].end
            after = self.squeeze(end, min(span[1], end + 8))
            subject = None
            tail = re.match(r"^(境内|辖区内|辖区|区域内|园区内|片区内|内)?的", after)
            if tail and j < len(top) and top[j].label != "Place" and \
                    len(self.squeeze(end, top[j].start)) <= len(tail.group(0)):
                subject = top[j]            # 位于X内的Y
            else:
                # the name closest before the verb in its clause is what lies there
                k = i - 1
                if k >= 0 and not clause_break(self.text, top[k].end, m.start) \
                        and len(self.squeeze(top[k].end, m.start)) <= 10:
                    subject = top[k]
                elif k >= 0:
                    # Y，位于X：the subject closes the previous clause
                    gap = self.squeeze(top[k].end, m.start)
                    if len(gap) <= 6 and gap[:1] in ",，":
                        subject = top[k]
                    elif self.clauses_between(top[k].end, m.start) == 1 and top[k].label == "Project" and \
                            len(gap) <= 18 and LOCATE_VERB_RE.sub("", gap).endswith(("，", ",")):
                        subject = top[k]    # Y项目总投资42亿元，位于X: past the project's figures
                    elif self.clauses_between(top[k].end, m.start) == 1 and top[k].label not in ("Project", "Place"):
                        # Y项目总投资42亿元，位于X: the project the previous clause is about, past its figures
                        c = clause_start(self.text, span[0], top[k].start)
                        prev = [t for t in top[:k] if t.start >= c]
                        if prev and prev[-1].label == "Project" and \
                                not any(t.label in ("Organization", "Place") for t in top[top.index(prev[-1]) + 1:i]):
                            subject = prev[-1]
                if subject is not None and subject.label not in ("Project", "Organization", "Place"):
                    subject = None
            if subject is not None:
                # A公司、B公司落户X: every item of the list written right before the verb settles there
                subjects = [subject]
                if subject.label in ("Organization", "Project") and subject in top:
                    q = top.index(subject)
                    while q > 0 and top[q - 1].label == subject.label and \
                            self.squeeze(top[q - 1].end, top[q].start) in PLACE_LIST_GAPS:
                        q -= 1
                        subjects.append(top[q])
                # 位于赛罕区中环产业园内: every place of the run is stated, the park and its district
                for sj in subjects:
                    for p in run:
                        self.relate(sj.node, p, "LOCATED_IN", span, "locate_verb", 0.9)
                    located.add(sj.node.id)

    def build_in_rules(self, top: list[Mention], span, located: set) -> None:
        """在 X(片区/园区/境内) 建设/打造/实施 Y: what is built in the clause is in X."""
        for i, m in enumerate(top):
            if m.label != "Place" or (i > 0 and top[i - 1].label == "Place"
                                      and self.squeeze(top[i - 1].end, m.start) == ""):
                continue
            lead = self.squeeze(max(span[0], m.start - 2), m.start)
            if not lead.endswith(("在", "于", "沿")):
                continue
            run, j = self.places_after(top, i, m.start)
            while j < len(top) and top[j].label == "Place" and top[j - 1].label == "Place" and \
                    self.squeeze(top[j - 1].end, top[j].start) in PLACE_LIST_GAPS:
                # 在A镇、B乡、C乡建设X: every place of the list holds what the clause builds
                more, j = self.places_after(top, j, top[j].start)
                run += more
            end = top[j - 1].end
            clause_end = next_clause_break(self.text, end, span[1])
            rest = self.squeeze(end, clause_end)
            if lead.endswith("在") and self.squeeze(span[0], m.start) == "在" and rest == "" and \
                    self.text[clause_end:clause_end + 1] in "，,":
                # 在盛乐镇，X项目同步开工: a sentence set in a place holds the projects it reports
                for t in top[j:]:
                    if t.label == "Project":
                        for p in self.most_specific(run):
                            self.relate(t.node, p, "LOCATED_IN", span, "set_in_place", 0.75)
                        located.add(t.node.id)
                continue
            k = i - 1
            # (an organisation 在 P 建设 X builds X there; the rule below places X, not the builder)
            if lead.endswith("在") and k >= 0 and top[k].label == "Project" and \
                    re.fullmatch(r"(将|已|正式|同步|率先|顺利|成功|日前|近日|今天|昨天|\d{1,2}月\d{1,2}日)*在", self.squeeze(top[k].end, m.start)) and \
                    re.match(r"^(境内|辖区内|内|景区|园区|片区)?(开工|落地|签约|投产|动工|开建|竣工|建成|投运|落户|启动|实施|建设|"
                             r"开幕|举行|举办|启幕|开营|开赛|开街|揭牌|闭幕)", rest):
                # X项目在盛乐镇开工, Y节日前在Z景区开幕: the project that starts, lands or is signed there is there,
                # and the event opened or held there
                for p in self.most_specific(run):
                    self.relate(top[k].node, p, "LOCATED_IN", span, "starts_in_place", 0.8)
                located.add(top[k].node.id)
            if not rest or not re.match(r"^(境内|辖区内|辖区|区域内|内|片区|园区|周边)?[^，,；;。]{0,6}?(" +
                                        "|".join(BUILD_VERBS) + ")", rest):
                continue
            places = self.most_specific(run)
            grows = bool(GROW_IN_RE.match(rest))
            for t in top[j:]:
                if t.start >= clause_end:
                    break
                if t.label == "Place" and grows:
                    break       # 在A镇布局X节点、在B镇布局Y节点: the next site takes what follows it
                if t.label == "Industry" and grows and not self.in_brackets(end, t.start) and \
                        SECTOR_ALONE_RE.match(self.squeeze(t.end, min(span[1], t.end + 3))):
                    # 在A镇布局B产业 / 在C园区发展D: the sector a clause develops in a place is there
                    for p in places:
                        self.relate(t.node, p, "LOCATED_IN", span, "grow_in", 0.75)
                    continue
                if t.label in ("Project", "Organization"):
                    if self.in_brackets(end, t.start):
                        continue    # 在A乡建设B（县文旅局）: the builder in brackets is not built there
                    for p in places:
                        self.relate(t.node, p, "LOCATED_IN", span, "build_in", 0.85)
                    located.add(t.node.id)

    def in_brackets(self, a: int, pos: int) -> bool:
        """Whether an opening bracket after ``a`` is still open at ``pos``."""
        seg = self.text[a:pos]
        return max(seg.rfind("（"), seg.rfind("(")) > max(seg.rfind("）"), seg.rfind(")"))

    def cooccurrence_rule(self, top: list[Mention], span, located: set, in_box: bool) -> None:
        """A project alone with exactly one place in a 专栏 item or a short sentence is most likely there."""
        if not in_box and (span[1] - span[0] > 80 or len(self.squeeze(*span)) > 40):
            return
        # a place running into a name (霍寨沟小流域治理工程 found as 流域治理工程) is part of it, not the scene
        # 事关首府未来发展的X工程, 服务全市的X: the place is who benefits, not where it is
        places = [m.node for i, m in enumerate(top) if m.label == "Place" and self.areal(m.node)
                  and not self.runs_into_name(top, i)
                  and not BENEFICIARY_RE.search(self.squeeze(max(span[0], m.start - 4), m.start))]
        projects = [m.node for m in top if m.label == "Project" and m.node.id not in located]
        if len({p.id for p in places}) != 1 or not projects or len(projects) > 3:
            return
        for pr in projects:
            self.relate(pr, places[0], "LOCATED_IN", span, "cooccurrence", 0.6)

    def subject_place_rule(self, top: list[Mention], span) -> None:
        """回民区立足…，做强现代商贸、总部经济“四大产业”: the place a sentence opens with builds or develops the
        goals and industries its clauses name, so they are its own (呼和浩特围绕“宜业”城市建设 too).

        The place is the subject when it opens a clause and a verb or adverb follows it (not 的 or a noun:
        回民区社会消费品零售总额 is a statistic); it stays the subject until another clause opens with a place.
        """
        subject, co_subjects = None, []
        restore = None      # the subject a clause sited with 在 stands in for, for that clause only
        for a, b in self.clauses_of(span):
            if restore is not None:
                (subject, co_subjects), restore = restore, None
            ms = [m for m in top if a <= m.start < b]
            if a == span[0] and ms and ms[0].label == "Place" and self.squeeze(a, ms[0].start) == "立足" and \
                    re.match(r"^(?:作为|的|是)", self.squeeze(ms[0].end, min(b, ms[0].end + 3))) and \
                    not self.is_broad(ms[0].node):
                # 立足赛罕区作为首府东部核心城区…的优势，…，着力建设G: the place whose strengths the sentence stands on
                subject = ms[0].node
                continue
            if ms and ms[0].label == "Place" and SUBJECT_LEAD_RE.match(self.squeeze(a, ms[0].start)):
                run, j = self.places_after(ms, 0, ms[0].start)
                listed = []     # 恼包村、讨思浩村借势发展民宿: villages listed together are the subject together
                while j < len(ms) and ms[j].label == "Place" and self.squeeze(ms[j - 1].end, ms[j].start) in ("、",) \
                        and len(run) == 1:
                    listed.append(run[-1])
                    run, j = self.places_after(ms, j, ms[j].start)
                after = self.squeeze(ms[j - 1].end, min(b, ms[j - 1].end + 8))
                # 清水河|县基本实现…: a mention of the short form leaves the name's own 县/区/旗 after it
                rest = run[-1].name[len(self.squeeze(ms[j - 1].start, ms[j - 1].end)):]
                if rest and len(rest) <= 2 and after.startswith(rest) and run[-1].name.endswith(rest):
                    after = after[len(rest):]
                # a clause opening with a place that is not its subject (回民区社会消费品…) ends the topic
                before_site = (subject, co_subjects)
                subject = run[-1] if SUBJECT_NEXT_RE.match(after) and not self.is_broad(run[-1]) else None
                co_subjects = [p for p in listed if not self.is_broad(p)] if subject is not None else []
                if subject is not None and before_site[0] is not None and self.squeeze(a, ms[0].start).endswith("在"):
                    # 和林格尔县大力发展A，在甲乡、乙乡做大B，配套发展C: the towns hold B; C is the county's again
                    restore = before_site
            elif subject is None:
                co_subjects = []
            agent, agent_at = subject, a
            if agent is None:
                # 围绕呼和浩特打造区域性科技创新中心: a place right before a building verb builds its object
                for i, m in enumerate(ms):
                    if m.label == "Place" and not self.is_broad(m.node) and \
                            BUILD_RIGHT_AFTER_RE.match(self.squeeze(m.end, min(b, m.end + 4))):
                        agent, agent_at = m.node, m.end
                        break
            if agent is None:
                continue
            for m in ms:
                if m.start < agent_at:
                    continue
                before = self.squeeze(a, m.start)
                if m.label in ("Goal", "Industry"):
                    if self.names_a_place(m, agent):
                        continue    # 建设模范自治区: a goal named after another place is that place's
                    if any(o.label == "Place" and o.node.id != agent.id and o.end <= m.start and
                           re.search(r"[把将]$", self.squeeze(max(a, o.start - 2), o.start)) and
                           MADE_INTO_RE.fullmatch(self.squeeze(o.end, m.start)) for o in ms):
                        continue    # 把A开发区建设成为G: G is A's
                    if "（" in before[before.rfind("）") + 1:] or "(" in before[before.rfind(")") + 1:]:
                        continue    # a note in brackets (…（县文化旅游体育局）) is not what the place builds
                    # (把乳业作为首位产业: the sector the place makes its first is its own; so are the sectors it
                    # takes as its lead or drives together: 以总部经济和楼宇经济为牵引, 坚持A与B双轮驱动)
                    taken_up = m.label == "Industry" and (
                        before.endswith("把") and self.squeeze(m.end, min(b, m.end + 2)) == "作为"
                        or bool(SECTORS_LED_RE.search(self.squeeze(m.end, b))) and re.search(r"(?:以|坚持|推动|推进)$|[和与、及]$", before))
                    if OBJECT_VERB_RE.search(before) or self.squeeze(m.end, min(b, m.end + 3)).startswith("建设") or \
                            self.focus_clause(a, b) or (m.label == "Goal" and BRAND_VERB_RE.search(before)) or taken_up:
                        self.relate_each(m.node, [agent] + (co_subjects if agent is subject else []), span, "subject_place")
                elif m.label == "Organization" and SET_UP_RE.search(before):
                    # 回民区成立了招商引资工作领导小组: the body a place sets up is its own
                    self.relate_each(m.node, [agent] + (co_subjects if agent is subject else []), span, "subject_place")
                elif m.label == "Project" and agent is subject and SUBJECT_WORKS_RE.search(self.bare(a, m.start)) and \
                        not any(o.label in ("Place", "Organization") and agent_at <= o.start < m.start and
                                o.node.id != agent.id for o in ms):
                    # 经开区还同步推进A、B等配套项目建设: the works a subject place advances are its own
                    self.relate_each(m.node, [agent] + (co_subjects if agent is subject else []), span, "subject_place")

    def develop_then_works_rule(self, top: list[Mention], span) -> None:
        """大力发展风电、光伏发电，推进甲镇风电项目、乙镇光伏项目建设: the works the next clause advances serve the
        sectors the clause before develops — all of them when it names one sector, else the one a work's name
        names (风电项目 → 风电; 光伏 → 光伏发电, by the sector's first word)."""
        cls = self.clauses_of(span)
        for n in range(len(cls) - 1):
            (a, b), (c, d) = cls[n], cls[n + 1]
            sectors = [m for m in top if a <= m.start < b and m.label == "Industry"]
            if not sectors or not DEVELOP_LEAD_RE.fullmatch(self.bare(a, sectors[0].start)) or any(
                    m.label not in ("Industry",) for m in top if a <= m.start < b and m.start > sectors[0].start):
                continue
            works = [m for m in top if c <= m.start < d and m.label == "Project"]
            # the clause is the verb and the list of works, nothing else (推进甲节场馆改造 renovates a venue)
            if not works or not WORKS_LEAD_RE.fullmatch(self.bare(c, works[0].start)) or any(
                    m.label not in ("Project", "Place") for m in top if c <= m.start < d) or \
                    not WORKS_LIST_RE.fullmatch(self.bare(works[0].start, d)):
                continue
            for w in works:
                name = w.node.name
                named = [m for m in sectors if m.node.name in name or (
                    self.squeeze(m.start, m.end)[:2] not in P.GENERIC_INDUSTRY_MODIFIERS and
                    self.squeeze(m.start, m.end)[:2] in name)]
                for m in named if len(sectors) > 1 else sectors:
                    self.relate(w.node, m.node, "SUPPORTS", span, "develop_then_works", 0.7)

    def group_members_rule(self, top: list[Mention], span) -> None:
        """回民区着力打造“三区一地”：A区、B区、C区和D地: the members a numbered group of goals lists after its colon
        are where the group is (the place that builds the group builds each of them)."""
        for i, g in enumerate(top):
            if g.label != "Goal" or not GROUP_NAME_RE.match(g.node.name) or \
                    not GROUP_COLON_RE.match(self.squeeze(g.end, min(span[1], g.end + 8))):
                continue
            places = [self.ctx.graph.nodes[e.target] for e in self.ctx.graph.edges.values()
                      if e.source == g.node.id and e.type == "LOCATED_IN"]
            for m in top[i + 1:]:
                if m.label == "Goal":
                    self.relate_each(m.node, places, span, "group_members", 0.7)

    def relate_each(self, node: Node, places: list, span, rule: str, confidence: float = 0.7) -> None:
        for p in places:
            self.relate(node, p, "LOCATED_IN", span, rule, confidence)

    def made_into_rule(self, top: list[Mention], span) -> None:
        """把A县建设成为G / 将A区打造成G: the place made into the goal holds it, however large the place."""
        for i, p in enumerate(top[:-1]):
            if p.label != "Place" or not re.search(r"[把将]$", self.squeeze(max(span[0], p.start - 2), p.start)):
                continue
            # 武川|县: a mention of the short form leaves the name's own 县/区/旗 after it
            rest = p.node.name[len(self.squeeze(p.start, p.end)):]
            for g in top[i + 1:i + 3]:     # (a place written inside the goal's name may come first)
                between = self.squeeze(p.end, g.start)
                if rest and len(rest) <= 2 and between.startswith(rest):
                    between = between[len(rest):]
                if g.label == "Goal" and MADE_INTO_RE.fullmatch(between):
                    self.relate(g.node, p.node, "LOCATED_IN", span, "made_into", 0.8)

    def gathered_in_rule(self, top: list[Mention], span) -> None:
        """推动A、B和C产业向P集聚 / 引导企业向园区集中: what is drawn towards a place gathers there."""
        for i, p in enumerate(top):
            if p.label != "Place" or i == 0 or self.squeeze(top[i - 1].end, p.start) != "向" \
                    or not GATHER_RE.match(self.squeeze(p.end, min(p.end + 8, span[1]))):
                continue
            for j in range(i - 1, -1, -1):
                o = top[j]
                gap = self.squeeze(o.end, top[j + 1].start)
                if o.label not in ("Industry", "Project", "Organization") or (j < i - 1 and gap not in PLACE_LIST_GAPS):
                    break
                self.relate(o.node, p.node, "LOCATED_IN", span, "gathered_in", 0.7)

    def part_of_place_rule(self, top: list[Mention], span) -> None:
        """服务首府南部的现代物流和电子商务: what a part of a place (its south, its east) holds is in that place."""
        for i, p in enumerate(top[:-1]):
            if p.label != "Place" or self.is_broad(p.node):
                continue
            if not PART_OF_RE.fullmatch(self.squeeze(p.end, top[i + 1].start)):
                continue
            for j in range(i + 1, len(top)):
                o = top[j]
                if o.label not in ("Industry", "Project", "Goal") or \
                        (j > i + 1 and self.squeeze(top[j - 1].end, o.start) not in PLACE_LIST_GAPS):
                    break
                self.relate(o.node, p.node, "LOCATED_IN", span, "part_of_place", 0.7)

    def zone_rules(self, top: list[Mention], span) -> None:
        """园区已形成“一区三片”格局：北部A片区以X、Y为主；中部B片区集聚甲公司、乙公司等企业 / “一核”即C园区，集聚Z企业:
        the zones a layout clause lists after its colon are parts of the place the clause is about, and what a zone
        opening a clause is said to hold (以…为主, 集聚, 布局, 承接, 发展) is in that zone, to the next semicolon."""
        owner, subject = None, None
        held = self._layout
        if held is not None and span[0] < held[1]:
            owner = held[0]     # (sentences split at semicolons: the layout's colon was in an earlier one)
        for a, b in self.clauses_of(span):
            ms = [m for m in top if a <= m.start < b]
            stop = self.text[b:b + 1]
            head = self.squeeze(a, b)
            first = ms[0] if ms and ms[0].label == "Place" else None
            if first is not None and ZONE_LEAD_RE.match(self.squeeze(a, first.start)) and self.areal(first.node) \
                    and not self.is_broad(first.node):
                run, j = self.places_after(ms, 0, first.start)
                while j < len(ms) and ms[j].label == "Place" and self.areal(ms[j].node) and \
                        self.squeeze(ms[j - 1].end, ms[j].start) in PLACE_LIST_GAPS:
                    run.append(ms[j].node)      # A和B / A、B: zones listed together
                    j += 1
                rest = self.squeeze(ms[j - 1].end, b)
                if owner is not None and len(run) == 1:
                    self.relate(run[0], owner, "LOCATED_IN", span, "layout_zone", 0.75)
                # “两区”即A和B，重点发展X、Y: every zone of the run holds what it develops
                subject = list(run) if not rest or ZONE_HOLDS_RE.match(rest) else None
                at, verb = ms[j - 1].end, ZONE_HOLDS_RE.match(rest) if subject is not None else None
            elif subject is not None and ZONE_HOLDS_RE.match(head):
                at, verb = a, ZONE_HOLDS_RE.match(head)
            else:
                subject, verb = None, None
            if subject is not None and verb is not None and (not verb.group(0).endswith("以") or
                                                               HOLDS_FRAME_RE.search(self.squeeze(at, b))):
                for m in ms:
                    if m.start < at:
                        continue
                    if m.label in ("Place", "Project"):
                        break
                    if m.label == "Industry" or (m.label == "Organization" and REGISTERED_ORG_RE.search(m.node.name)):
                        for zone in subject:
                            self.relate(m.node, zone, "LOCATED_IN", span, "zone_holds", 0.75)
            if stop in "：:" and LAYOUT_RE.search(head.rstrip("：:")):
                if first is not None and not self.squeeze(a, first.start):
                    owner = first.node
                elif NOMINAL_SELF_RE.match(head):
                    owner = (self.antecedent_park(a) if PARK_WORD_RE.match(NOMINAL_SELF_RE.match(head).group(0).lstrip("目前现已"))
                             else None) or self.home_place()
                if owner is not None:
                    stop_at = self.text.find("。", b)
                    self._layout = (owner, len(self.text) if stop_at < 0 else stop_at)
            elif stop in "；;。":
                subject = None
                if stop == "。":
                    owner = None

    def paragraph_opening(self, span) -> tuple[object, int] | None:
        """The heading sentence of the paragraph whose later sentence ``span`` is, and how many sentences
        after it ``span`` comes (None for the paragraph's first sentence, or a span that starts no sentence)."""
        i = bisect.bisect_right(self.sent_starts, span[0]) - 1
        sents = self.ctx.seg.sentences
        if i <= 0 or sents[i].start != span[0]:
            return None
        first = i
        while first > 0 and sents[first - 1].paragraph == sents[i].paragraph:
            first -= 1
        return (sents[first], i - first) if first < i else None

    def heading_zone(self, span) -> Node | None:
        """The area a paragraph opens with as a heading sentence of its own (（一）金山片区。), which the rest of
        the paragraph is about."""
        opening = self.paragraph_opening(span)
        if opening is None:
            return None
        h = opening[0]
        if h.start not in self._heading_zones:
            ms = top_level(self.in_span(h.start, h.end))
            alone = len(ms) == 1 and ms[0].label == "Place" and self.areal(ms[0].node) and not self.is_broad(ms[0].node) \
                and ITEM_NUMBER_RE.fullmatch(self.squeeze(h.start, ms[0].start)) \
                and re.fullmatch(r"[。.：:]", self.squeeze(ms[0].end, h.end))
            self._heading_zones[h.start] = ms[0].node if alone else None
        return self._heading_zones[h.start]

    def heading_zone_rule(self, top: list[Mention], span) -> None:
        """（一）金山片区。以精细化工为主导，依托A产业园，引进B公司，建设C基地: the sectors, parks, companies,
        projects and goals of a paragraph headed by an area are in that area."""
        zone = self.heading_zone(span)
        if zone is None:
            return
        above = self.ancestors(zone)
        for m in top:
            if m.start < span[0] or m.node.id == zone.id:
                continue
            if m.label == "Place" and (not self.areal(m.node) or self.is_broad(m.node) or m.node.name in above):
                continue
            lead = self.squeeze(clause_start(self.text, span[0], m.start), m.start)
            if m.label == "Organization" and not (REGISTERED_ORG_RE.search(m.node.name) or INVOLVE_TOPIC_RE.search(lead)):
                continue        # (高新区管委会主要领导挂帅: who leads it, not what is there)
            if m.label == "Goal" and not GOAL_SUPPORT_VERB_RE.search(lead):
                continue
            if m.label in ("Place", "Industry", "Project", "Organization", "Goal"):
                self.relate(m.node, zone, "LOCATED_IN", span, "heading_zone", 0.7)

    def supported_place_rule(self, top: list[Mention], span) -> None:
        """支持金山开发区建设X, 推动Y园区发展Z: the place a plan backs builds or develops the clause's object there."""
        for a, b in self.clauses_of(span):
            ms = [m for m in top if a <= m.start < b]
            for i, m in enumerate(ms):
                if m.label != "Place" or self.is_broad(m.node) or not self.areal(m.node):
                    continue
                if not BACKING_RE.search(self.squeeze(max(a, m.start - 3), m.start)):
                    continue
                run, j = self.places_after(ms, i, m.start)
                while j < len(ms) and ms[j].label == "Place" and self.areal(ms[j].node) and \
                        self.squeeze(ms[j - 1].end, ms[j].start) in PLACE_LIST_GAPS:
                    more, j = self.places_after(ms, j, ms[j].start)     # 支持A乡、B乡发展X: each of them
                    run += more
                verb = BACKED_VERB_RE.match(self.squeeze(ms[j - 1].end, b))
                if verb is None:
                    continue
                at = ms[j - 1].end
                for o in ms[j:]:
                    towards = verb.group(2) == "向" and TOWARDS_END_RE.match(self.squeeze(o.end, b))
                    if o.label == "Place" or not (towards or self.stands_alone(o, b)):
                        break
                    if o.label in ("Industry", "Goal", "Project") and \
                            len(self.squeeze(at, o.start)) <= len(verb.group(0)) + 6:
                        for p in self.most_specific(run):
                            self.relate(o.node, p, "LOCATED_IN", span, "backed_place", 0.75)
                        at = o.end
                break

    def carrier_rule(self, top: list[Mention], span) -> None:
        """以A开发区、B开发区为主要承载地，大力发展C、D: what the next clause builds or develops is in A and B.

        Only a clause whose items after 以 are all places (以燕麦、杂粮为重点 lists sectors); the clause after it
        is what the places carry (not the rest of the sentence), or the rest of the same clause when the verb
        follows at once (赛罕区将以A镇、B镇两镇为重点发展C).
        """
        cls = self.clauses_of(span)
        for n, (a, b) in enumerate(cls):
            ms = [m for m in top if a <= m.start < b]
            # the first place right after 以 (赛罕区将以A镇…: the subject may come first)
            first = next((i for i, m in enumerate(ms) if m.label == "Place" and
                          self.squeeze(ms[i - 1].end if i else a, m.start).endswith("以")), None)
            if first is None or (first and not re.fullmatch(r"(?:将|要|拟|计划|要以)?以",
                                                             self.squeeze(ms[first - 1].end, ms[first].start))):
                continue
            ms = ms[first:]
            k = 1       # the run of places after 以 (A镇、B镇和C镇)
            while k < len(ms) and ms[k].label == "Place" and self.squeeze(ms[k - 1].end, ms[k].start) in PLACE_LIST_GAPS:
                k += 1
            after = self.squeeze(ms[k - 1].end, b)
            inline = CARRIER_IN_CLAUSE_RE.match(after)     # 以A镇、B镇、C镇三镇为重点发展X: in the same clause
            if inline is not None:
                c, d = ms[k - 1].end, b
            elif k == len(ms) and CARRIER_RE.match(after) and n + 1 < len(cls):
                c, d = cls[n + 1]
            else:
                continue
            places = self.most_specific([m.node for m in ms[:k]])
            # 以A镇、B镇为重点，发展C: the towns are where C is developed (heldout12, 23, 24; heldout3 alone reads them
            # as C's focus); 以A镇、B镇为核心，做强C: the core of C, not its site (heldout2), unless the core is a park
            # or a business district, which hosts what it develops (以A商圈和B商圈为核心，发展首店经济)
            core = re.match(r"(?:[一二三四五六七八九十两]+[镇乡村区县旗个])?为(?:主要|重要)?核心", after)
            hosts = all(HOST_AREA_RE.search(p.name) for p in places)
            labels = ("Project", "Goal") if core and not hosts else ("Industry", "Project", "Goal")
            for m in top:
                if c <= m.start < d and m.label in labels and \
                        OBJECT_VERB_RE.search(self.squeeze(c, m.start)) and self.stands_alone(m, d):
                    for p in places:
                        self.relate(m.node, p, "LOCATED_IN", span, "carrier_place", 0.75)

    def stands_alone(self, m: Mention, ceil: int) -> bool:
        """Whether a name ends where the text's noun does (都市现代农业示范带: the sector is inside a name)."""
        nxt = self.squeeze(m.end, min(ceil, m.end + 2))[:1]
        # (文化旅游与休闲农业融合发展: sectors developed together end before 融合)
        return nxt == "" or not ("\u4e00" <= nxt <= "\u9fff") or nxt in "和及与等的并" or \
            MERGING_RE.match(self.squeeze(m.end, min(ceil, m.end + 6))) is not None or \
            any(o.start >= m.end and self.squeeze(m.end, o.start) == "" for o in self.in_span(m.end, m.end + 4))

    def names_a_place(self, m: Mention, other_than: Node) -> bool:
        """Whether a mention's text contains the name of a place other than ``other_than``."""
        name = self.squeeze(m.start, m.end)
        mine = {other_than.name, *other_than.aliases}
        for i in range(len(name) - 1):
            for k in range(min(MAX_NAME_PREFIX, len(name) - i), 1, -1):
                got = self.surfaces.get(name[i:i + k])
                if got and got[0] == "Place" and got[1] != other_than.name and name[i:i + k] not in mine \
                        and not self.nickname(name[i:i + k], got[1]) \
                        and self.place_kind_of(got[1]) not in NATURAL_KINDS | {"area", "region"} \
                        and not (self.broad_name(got[1]) and name[i:i + k] != got[1] and i + k < len(name)):
                    # (自治区氢能装备制造高地: the region's short form inside a goal is a rank, not a place)
                    # (首府现代化消费中心 is the subject's; so is a goal named after a river or range: 黄河文旅示范县)
                    return True
        return False

    def government_bodies(self, top: list[Mention], span) -> None:
        """呼和浩特市市委、市政府: a body named by its level alone (市政府, 区委) is the government of the
        place of that level written just before it in the clause."""
        for i, m in enumerate(top):
            if m.label != "Organization":
                continue
            name = self.squeeze(m.start, m.end)
            gm = GOV_BODY_RE.match(name)
            if gm is None:
                continue
            a = clause_start(self.text, span[0], m.start)
            head = self.text[a:m.start]
            found = None
            for j in range(len(head) - 1):
                for k in range(min(MAX_NAME_PREFIX, len(head) - j), 1, -1):
                    got = self.surfaces.get(head[j:j + k])
                    if got and got[0] == "Place" and got[1].endswith(gm.group(1)):
                        found = (a + j, a + j + k, got[1])
                        break
            # only a list of that place's bodies between (呼和浩特市市委、市政府; not 北京市专家组与市政府)
            if found is not None and re.fullmatch(r"[\u4e00-\u9fff]{0,8}、", self.squeeze(found[1], m.start)):
                self.relate(m.node, self.nested((found[0], found[1], "Place", found[2])), "LOCATED_IN", span,
                            "government_body", 0.8)

    def regional_branches(self, ms: list[Mention], span) -> None:
        """华为内蒙古区域总部, X公司呼和浩特分公司: a branch is in the place it is named for."""
        for m in ms:
            if m.label not in ("Organization", "Project"):
                continue
            name = self.text[m.start:m.end]
            bm = BRANCH_RE.search(name)
            if bm is None:
                continue
            end = bm.start()
            while end > 0 and name[end - 1] in JOINERS:      # 华为内蒙古\n区域总部 (hard-wrapped)
                end -= 1
            head = name[:end]
            for j in range(1, len(head) - 1):
                got = self.surfaces.get(head[j:])
                if got and got[0] == "Place":
                    self.relate(m.node, self.nested((m.start + j, m.start + len(head), "Place", got[1])),
                                "LOCATED_IN", span, "regional_branch", 0.8)
                    break

    def goal_names_place(self, ms: list[Mention], span) -> None:
        """绿色回民区建设: a goal written with its place's full name is that place's goal; so is one opening
        with a part of a city (首府南部绿色能源基地: the south of the capital)."""
        for m in ms:
            if m.label != "Goal":
                continue
            name = self.text[m.start:m.end]
            for f in self.prefix_scan(m)[:1]:
                if f[2] == "Place" and f[0] == m.start and DIRECTION_RE.match(self.squeeze(f[1], m.end)) and \
                        not self.is_broad_name(f[3]):
                    self.relate(m.node, self.nested(f), "LOCATED_IN", span, "goal_name", 0.75)
                elif f[2] == "Place" and f[0] == m.start and self.city_nickname(self.squeeze(f[0], f[1]), f[3]) and \
                        not CITY_ROLE_RE.search(name):
                    # 首府生物医药创新高地: a goal opening with the city's nickname is the city's (not a role the
                    # place plays for the city: 首府绿色农畜产品供应基地, 首府西大门)
                    self.relate(m.node, self.nested(f), "LOCATED_IN", span, "goal_name", 0.7)
            for i in range(len(name) - 1):
                for k in range(min(MAX_NAME_PREFIX, len(name) - i), 1, -1):
                    surface = name[i:i + k]
                    entry = self.lex.place(surface)
                    if entry is not None and entry.kind == "region":
                        # 京津冀绿色农畜产品供应基地, 呼包鄂乌区域医疗中心: the region served, not the site
                        self.nested((m.start + i, m.start + i + k, "Place", entry.name))
                        break
                    if entry is not None and entry.kind not in BROAD_KINDS and (
                            surface == entry.name or surface.endswith(AREA_SUFFIXES)):
                        if entry.kind in NATURAL_KINDS and (re.search(r"(品牌|名片|IP)$", name) or
                                                            re.match(r"(?:历史|生态)?(?:文化|文旅)", name[i + k:])):
                            break       # “黄河—长城”两大文旅品牌, 黄河文化旅游目的地: a river named as the theme
                        place = self.nested((m.start + i, m.start + i + k, "Place", entry.name))
                        if not BASIN_RE.match(name, i + k):     # 黄河流域…示范旗: a strategy's scope, not the site
                            self.relate(m.node, place, "LOCATED_IN", span, "goal_name", 0.75)
                        break

    def short_forms(self) -> dict[str, str]:
        """Short forms of districts and counties (赛罕 for 赛罕区, 武川 for 武川县) that slogans end with;
        not a stem that is a common noun (新城: "a new town")."""
        if not hasattr(self, "_short"):
            out = {}
            for name, e in self.lex.places.items():
                if e.kind not in ("district", "county", "banner"):
                    continue
                for f in (*e.aliases, name[:-1]):
                    if len(f) >= 2 and name.startswith(f) and not f.endswith(("城", "区", "县", "市", "旗")):
                        out[f] = name
            self._short = out
        return self._short

    def slogan_goals(self, ms: list[Mention], span) -> None:
        """“创新武川、生态武川”: a goal ending with its district's short form is that district's."""
        for m in ms:
            if m.label != "Goal":
                continue
            name = self.squeeze(m.start, m.end)
            for f, place in self.short_forms().items():
                if name.endswith(f) and len(name) >= len(f) + 2:
                    at = self.text.rfind(f[0], m.start, m.end)
                    if self.squeeze(at, m.end) == f:
                        self.relate(m.node, self.nested((at, m.end, "Place", place)), "LOCATED_IN", span,
                                    "slogan_goal", 0.7)
                    break

    def runs_into_name(self, top: list[Mention], i: int) -> bool:
        nxt = top[i + 1] if i + 1 < len(top) else None
        if nxt is None or nxt.label not in ("Project", "Organization"):
            return False
        gap = self.squeeze(top[i].end, nxt.start)
        return 0 < len(gap) <= 3 and not any(c in CLAUSE_PUNCT or c in "、和及与的" for c in gap)

    # SUPPORTS ------------------------------------------------------------------------------
    def fund_use_rule(self, top: list[Mention], span) -> None:
        """设立X基金，(每年安排2000万元，)重点投向A、B领域: a fund serves the sectors it is put to (the first clause
        within three after it that opens with 投向/支持/用于), and the sector it is named for (乳业发展专项资金)."""
        for f in top:
            if f.label != "Policy" or not FUND_NAME_RE.search(f.node.name):
                continue
            named = self.squeeze(f.start, f.end)
            for m in self.in_span(*span):
                # 完善乳业产业链…，设立市级乳业发展专项资金: the sector the fund is named for, written in the sentence
                if m.label == "Industry" and (f.start <= m.start and m.end <= f.end or self.squeeze(m.start, m.end) in named):
                    self.relate(f.node, m.node, "SUPPORTS", span, "fund_use", 0.75)
            for a, b in self.clauses_of(span):
                if a < f.end or self.clauses_between(f.end, a) > 3:
                    continue
                ms = [m for m in top if a <= m.start < b]
                if any(m.label in ("Policy", "Organization", "Project") for m in ms):
                    break       # another fund, body or work takes the sentence over
                if FUND_USE_RE.match(self.squeeze(a, b)):
                    for m in ms:
                        if m.label == "Industry":
                            self.relate(f.node, m.node, "SUPPORTS", span, "fund_use", 0.75)
                    break

    def support_rules(self, top: list[Mention], span) -> None:
        targets = [(i, m) for i, m in enumerate(top) if m.label in ("Industry", "Goal")]
        if not targets:
            return
        # 为 B 提供支撑: the subjects of the sentence serve B
        for i, t in targets:
            if SERVED_RE.search(self.squeeze(max(span[0], t.start - 4), t.start)) and PROVIDE_RE.match(
                    self.squeeze(t.end, min(span[1], t.end + 14))):
                for s in top[:i]:
                    self.relate(s.node, t.node, "SUPPORTS", span, "provide_support", 0.8)
        for i, t in targets:
            verb_at = self.support_verb_before(self.list_head(top, i), span)
            rely_only = False
            if verb_at is None and t.label == "Goal":
                # 依托A，加快建设G: what the sentence relies on serves the goal it builds (only that reading)
                verb_at, rely_only = self.support_verb_before(self.list_head(top, i), span, building=True), True
            if verb_at is None:
                continue
            t_clause = clause_start(self.text, span[0], verb_at)
            sources = []
            for s in top[:i]:
                if s.label not in ("Project", "Policy", "Organization", "Industry") or s.end > verb_at:
                    continue
                if s.label == "Industry" and COMPANY_NOUN_RE.match(self.squeeze(s.end, min(span[1], s.end + 6))):
                    continue    # 依托乳品加工龙头企业: the sector only qualifies the companies relied on
                if s.start >= t_clause:
                    if s.label == "Industry":
                        continue    # 发展A产业、B产业 lists industries; it does not make A support B
                    sources.append((s, "support_verb", 0.75))
                # what a sentence relies on drives what the next clause or two promote, not its whole tail
                elif self.clauses_between(s.end, verb_at) <= 2 and self.relied_on(s, span):
                    sources.append((s, "rely_on", 0.8))
                elif s.label == "Policy" and self.clauses_between(s.end, verb_at) == 1 and (POLICY_LEAD_RE.search(
                        self.squeeze(max(span[0], s.start - 6), s.start)) or self.programme_clause(s, span)):
                    sources.append((s, "policy_drives", 0.75))
                elif s.label == "Project" and self.clauses_between(s.end, verb_at) <= 2 and not self.merging(t, span) and \
                        WORKS_LEAD_RE.fullmatch(self.squeeze(clause_start(self.text, span[0], s.start), s.start)) and \
                        not (t.label == "Goal" and any(m.label in ("Place", "Organization") and t_clause <= m.start < t.start
                                                       for m in top)):
                    # (支持A景区创建G: a goal the next clause backs another place or body to build is theirs)
                    # 实施X工程，引进…运营，发展A、B等业态: the works a sentence opens with carry its aim
                    sources.append((s, "works_drive", 0.7))
                elif s.label == "Organization" and 1 <= self.clauses_between(s.end, verb_at) <= 2 and \
                        self.fostered(s, top, span) and not self.project_subject(top, span) and \
                        re.fullmatch(r"(?:大力|加快|积极|着力|重点|共同)?", self.squeeze(t_clause, verb_at)) and \
                        not any(m.label in ("Organization", "Place", "Project", "Policy", "Industry", "Goal")
                                for m in top if s.end < m.start < t_clause and
                                m.start >= next_clause_break(self.text, s.end, span[1])):
                    # 培育A协会、B合作社等经营主体，发展C和D: the bodies fostered develop what the next clause names
                    sources.append((s, "fostered", 0.7))
                elif s.label == "Industry" and t.label == "Goal" and self.clauses_between(s.end, verb_at) == 1 and \
                        FOCUS_LEAD_RE.match(self.squeeze(clause_start(self.text, span[0], s.start), s.start)):
                    # 聚焦A、B“两大产业”，推动园区向G迈进: the sectors focused on carry the goal of the next clause
                    sources.append((s, "focus_drives", 0.7))
                elif s.label != "Industry" and self.clauses_between(s.end, verb_at) == 1 \
                        and self.opens_clause(s, span) and SUBJECT_GOES_ON_RE.match(self.squeeze(t_clause, verb_at)) \
                        and not (s.label == "Organization" and (any(
                            p.label == "Project" and s.end <= p.start < t_clause for p in top) or
                            INVESTS_RE.match(self.squeeze(s.end, min(span[1], s.end + 16))))):
                    # A项目投产后，将带动B产业: the subject of the clause before carries on
                    sources.append((s, "subject_drives", 0.7))
            back = self.squeeze(t_clause, verb_at)
            # …项目开工建设，产品将供应A企业，补齐B产业链条: a clause about the project or its products carries on
            refers_back = any(REFERS_BACK_RE.match(self.squeeze(c, d)) for c, d in self.clauses_of(span)
                              if c < t_clause and self.clauses_between(c, t_clause) <= 2)
            if not sources and (refers_back or BACK_REFERENCE_RE.fullmatch(back) and
                                re.search(r"(项目|产品|后|将|可|能|预计|有望)", back)):
                # Y项目…开工，…，建成后将带动B产业: the sentence's one project is what the clause goes on about
                before = [s for s in top[:i] if s.label == "Project" and s.end <= t_clause]
                if len({s.node.id for s in before}) == 1 and self.clauses_between(before[0].end, verb_at) <= 4:
                    sources.append((before[0], "project_drives", 0.65))
            for s, rule, conf in sources:
                if rule == "rely_on" or not rely_only:
                    self.relate(s.node, t.node, "SUPPORTS", span, rule, conf)
        self.topic_rule(top, targets, span)
        self.led_by_rule(top, targets, span)
        self.purpose_rule(top, span)
        self.heading_rule(top, targets, span)
        self.brand_rule(top, targets, span)

    def project_subject(self, top: list[Mention], span) -> bool:
        """Whether the sentence opens with a project (3.X项目，总投资…，引进A等企业，发展B): what its clauses bring in
        and develop is the project's doing, not the companies'."""
        lead = FIELD_ITEM_LEAD_RE.match(self.text, span[0], span[1])
        return bool(top) and top[0].label == "Project" and not self.squeeze(lead.end() if lead else span[0], top[0].start)

    def fostered(self, s: Mention, top: list[Mention], span) -> bool:
        """培育A协会、B合作社等经营主体: an organisation listed as the object its clause fosters or brings in (the clause
        ends with the list, not with what the bodies do: 支持A公司参与造林 / 支持A公司在B建设C项目)."""
        c = clause_start(self.text, span[0], s.start)
        e = next_clause_break(self.text, s.end, span[1])
        orgs = [m for m in top if c <= m.start < e]
        if any(m.label != "Organization" for m in orgs):
            return False
        return bool(FOSTER_RE.search(self.squeeze(c, orgs[0].start))) and bool(re.fullmatch(
            r"(?:等)?(?:[\u4e00-\u9fff]{0,4}(?:主体|企业|机构|组织|公司|合作社|协会|单位))?", self.squeeze(orgs[-1].end, e)))

    def merging(self, t: Mention, span) -> bool:
        """推动A、B、C产业融合发展: the object is the sectors' integration, not any one sector the works serve."""
        return bool(MERGING_RE.match(self.bare(t.end, next_clause_break(self.text, t.end, span[1]))))

    def programme_clause(self, s: Mention, span) -> bool:
        """围绕G建设和P工程，…: a programme in the clause a 围绕/实施/落实 opens (not only right after the verb)."""
        lead = self.squeeze(clause_start(self.text, span[0], s.start), s.start)
        return bool(PROGRAMME_LEAD_RE.match(lead)) and re.search(r"(和|及|、|与)$", lead) is not None

    def list_head(self, top: list[Mention], i: int) -> Mention:
        """The first item of the list of industries/goals top[i] belongs to (发展A、B、C产业: A)."""
        while i > 0 and top[i - 1].label in ("Industry", "Goal") and \
                self.squeeze(top[i - 1].end, top[i].start) in PLACE_LIST_GAPS + ("到", "至"):    # 从A、B到C
            i -= 1
        return top[i]

    def led_by_rule(self, top: list[Mention], targets, span) -> None:
        """以乳业、草种业为龙头的绿色农畜产品加工产业集群: what leads a cluster supports it."""
        for i, t in targets:
            a = clause_start(self.text, span[0], t.start)
            if LED_BY_RE.search(self.squeeze(a, t.start)) is None:
                continue
            for s in top[:i]:
                if s.start >= a and s.label in ("Industry", "Project", "Policy", "Organization") and \
                        LED_BY_RE.search(self.squeeze(s.end, t.start)) and "以" in self.squeeze(a, s.start):
                    self.relate(s.node, t.node, "SUPPORTS", span, "led_by", 0.8)

    def purpose_rule(self, top: list[Mention], span) -> None:
        """围绕“宜业”城市建设，出台P，实施Q: the policies and projects a sentence sets out serve the goal it is for;
        围绕G创建，…发展A、B → A, B serve G; 围绕A、B六大产业集群，推行P → P serves the sectors (the numbered group
        only, when the list ends with one)."""
        goal = None
        for a, b in self.clauses_of(span):
            ms = [m for m in top if a <= m.start < b]
            if goal is None:
                for i, m in enumerate(ms):
                    lead = self.squeeze(max(a, m.start - 5), m.start)
                    if m.label == "Goal" and re.search(r"围绕(?:打造|建设|创建|争创)?$", lead) and \
                            re.match(r"^(建设|发展|目标|定位|创建|争创)?(?:(?:和|及|、).*)?$", self.squeeze(m.end, b)):
                        goal = [m]
                        break
                    if m.label == "Industry" and self.squeeze(a, m.start).endswith("围绕") and \
                            all(x.label == "Industry" for x in ms[i:]):
                        # 围绕A、B、C六大产业集群: the sectors a measure of the next clause is for
                        items = ms[i:]
                        group = items[-1] if re.search(r"[两二三四五六七八九十]大", items[-1].node.name) else None
                        goal = [group] if group is not None and len(items) > 1 else items
                        break
                continue
            lead = self.squeeze(a, ms[0].start) if ms else ""
            if ms and ms[0].label in ("Policy", "Project") and (PURPOSE_VERB_RE.search(lead) or (
                    goal[0].label == "Industry" and re.search(r"(推行|建立|实行|健全|完善)$", lead))) and len(lead) <= 6:
                for g in goal:
                    self.relate(ms[0].node, g.node, "SUPPORTS", span, "purpose", 0.7)
            if goal[0].label == "Goal":
                # 围绕G创建，以X为龙头，…，发展A、B和C: the sectors developed serve the goal
                for i, t in enumerate(ms):
                    if t.label == "Industry" and re.search(r"(?:大力|加快|积极|着力|重点)?(?:发展|培育|壮大|做强|做大)$",
                                                           self.bare(a, self.list_head(ms, i).start)) and \
                            not any(m.label in ("Place", "Organization") for m in ms if m.start < t.start) and \
                            not self.merging(t, span) and shares_theme(t.node.name, goal[0].node.name):
                        self.relate(t.node, goal[0].node, "SUPPORTS", span, "purpose", 0.65)

    def brand_rule(self, top: list[Mention], targets, span) -> None:
        """大力发展会展业，打造中蒙博览会等会展品牌: the brands built in the next clause serve the industry."""
        cls = self.clauses_of(span)
        for i, t in targets:
            if t.label != "Industry" or self.support_verb_before(self.list_head(top, i), span) is None:
                continue
            k = next((n for n, (a, b) in enumerate(cls) if a <= t.start < b), None)
            if k is None or k + 1 >= len(cls):
                continue
            a, b = cls[k + 1]
            if any(m.label in ("Industry", "Goal") for m in top if a <= m.start < b):
                continue    # the next clause develops something else
            clause = self.bare(a, b)
            if not BRAND_RE.match(clause):
                continue
            for s in top:
                if a <= s.start < b and s.label == "Project":
                    self.relate(s.node, t.node, "SUPPORTS", span, "brand", 0.65)

    def heading_rule(self, top: list[Mention], targets, span) -> None:
        """**X工程。**大力发展A、B产业: a paragraph headed by a project or programme serves what it develops."""
        heading = self.paragraph_heading(span) if targets else None
        if heading is None and targets:
            # （三）实施X行动。围绕A、B等产业链…: a programme heading with its verb heads the paragraph too
            heading = self.paragraph_heading(span, verb_ok=True, lead_re=PROGRAMME_HEADING_RE)
            if heading is not None and heading.label != "Policy":
                heading = None
        if heading is None:
            return
        for i, t in targets:
            if t.label == "Industry" and self.support_verb_before(self.list_head(top, i), span) is not None:
                self.relate(heading.node, t.node, "SUPPORTS", span, "heading", 0.7)

    def point_sector_rule(self, top: list[Mention], span) -> None:
        """一是壮大A产业，以B园区为主阵地，推进C项目建设；二是…: a numbered point led by growing a sector lists the
        works that serve it (the projects up to the next point), and the place its next clause makes the sector's
        base (以B为主阵地/核心/重点) holds the sector.

        Only a lead clause that is the verb and the sector(s) alone (一是实施X行动，推进Y项目 names no sector)."""
        text = self.text[span[0]:span[1]]
        starts = [span[0] + mt.start() for mt in POINT_RE.finditer(text)]
        for n, a in enumerate(starts):
            b = starts[n + 1] if n + 1 < len(starts) else span[1]
            lead_end = next_clause_break(self.text, a, b)
            lead = [m for m in top if a <= m.start < lead_end]
            if not lead or any(m.label != "Industry" for m in lead) or \
                    not POINT_VERB_RE.fullmatch(self.squeeze(a + 2, lead[0].start)) or \
                    any(self.squeeze(x.end, y.start) not in PLACE_LIST_GAPS for x, y in zip(lead, lead[1:])) or \
                    not POINT_TAIL_RE.fullmatch(self.squeeze(lead[-1].end, lead_end)):
                continue
            for m in top:
                if lead_end <= m.start < b and m.label == "Project" and not self.in_brackets(lead_end, m.start):
                    for t in lead:
                        self.relate(m.node, t.node, "SUPPORTS", span, "point_sector", 0.7)
            if lead_end >= b:
                continue
            c = lead_end + 1
            d = next_clause_break(self.text, c, b)
            ms = [m for m in top if c <= m.start < d]
            if ms and all(m.label == "Place" for m in ms) and self.squeeze(c, ms[0].start) == "以" and \
                    all(self.squeeze(x.end, y.start) in PLACE_LIST_GAPS for x, y in zip(ms, ms[1:])) and \
                    CARRIER_RE.match(self.squeeze(ms[-1].end, d)):
                for p in self.most_specific([m.node for m in ms]):
                    for t in lead:
                        self.relate(t.node, p, "LOCATED_IN", span, "point_sector_base", 0.7)

    def kinds_of_sector_rule(self, top: list[Mention], span) -> None:
        """培育A、B、C等D产业 / 数据经纪、数据标注等数据服务新业态: the sectors listed before 等 are kinds of the
        sector it names, and serve it.  Not a collective count (A、B等两大产业, 等重点产业) and not a list of
        anything but sectors."""
        for i, t in enumerate(top):
            if t.label != "Industry" or i == 0 or self.squeeze(top[i - 1].end, t.start) != "等" or \
                    COLLECTIVE_SECTOR_RE.match(self.squeeze(t.start, t.end)) or \
                    not SECTOR_ALONE_RE.match(self.squeeze(t.end, min(span[1], t.end + 3))):
                continue
            k = i - 1
            while k > 0 and top[k - 1].label == "Industry" and self.squeeze(top[k - 1].end, top[k].start) in PLACE_LIST_GAPS:
                k -= 1
            kinds = top[k:i]
            if len(kinds) < 2 or any(m.label != "Industry" for m in kinds) or \
                    (k > 0 and self.squeeze(top[k - 1].end, kinds[0].start) in PLACE_LIST_GAPS):
                continue    # (a list that runs on into other kinds of names is not a list of sectors)
            for m in kinds:
                if m.node.id != t.node.id:
                    self.relate(m.node, t.node, "SUPPORTS", span, "kinds_of_sector", 0.7)

    def numbered_group_rule(self, top: list[Mention], span) -> None:
        """做强A、B和C三大产业链 / 推动A、B、C“三大产业”融合发展: the sectors listed straight before a numbered group
        named as a whole (a 产业链, 产业集群 or 板块) are its members, and each serves it.  A count of sectors
        (做强A、B“三大主导产业”) only says how many the list has, and annotators leave it without edges."""
        for i, t in enumerate(top):
            group = self.squeeze(t.start, t.end)
            if t.label != "Industry" or i < 2 or not NUMBERED_GROUP_RE.match(group.lstrip("“")) or \
                    not NAMED_GROUP_RE.search(group) or \
                    top[i - 1].label != "Industry" or self.squeeze(top[i - 1].end, t.start).strip("“”\"") not in ("", "等"):
                continue
            k = i - 1
            while k > 0 and top[k - 1].label == "Industry" and self.squeeze(top[k - 1].end, top[k].start) in PLACE_LIST_GAPS:
                k -= 1
            members = top[k:i]
            if len(members) < 2 or (k > 0 and self.squeeze(top[k - 1].end, members[0].start) in PLACE_LIST_GAPS):
                continue    # (a list that runs on into other kinds of names is not a list of sectors)
            for m in members:
                if m.node.id != t.node.id:
                    self.relate(m.node, t.node, "SUPPORTS", span, "numbered_group", 0.7)

    def cluster_heading_rule(self, top: list[Mention], span) -> None:
        """（二）做强绿色建材产业集群。以A、B为重点，支持C公司…，推动D项目落地: a paragraph headed by building
        an industry or goal lists what serves it (the sectors, companies and projects of its next sentences)."""
        target = self.paragraph_heading(span, verb_ok=True, labels=("Industry", "Goal"), lead_re=CLUSTER_VERB_RE)
        if target is None:
            return
        # under a goal heading only the works built serve it: the sectors and companies named there are what the
        # place relies on or grows (（二）打造G基地。以A为重点，做强B产业，推进C工程 → C serves G)
        labels = ("Project",) if target.label == "Goal" else ("Industry", "Organization", "Project")
        for m in top:
            if m.label in labels and m.node.id != target.node.id:
                self.relate(m.node, target.node, "SUPPORTS", span, "cluster_heading", 0.65)

    def paragraph_heading(self, span, verb_ok: bool = False, labels=("Project", "Policy"),
                          lead_re=HEADING_VERB_RE) -> Mention | None:
        """The project or policy a paragraph opens with as a heading sentence of its own (X工程。; with
        ``verb_ok`` also a short verb before it: 升级X中心。)."""
        opening = self.paragraph_opening(span)
        if opening is None or opening[1] > 2:
            return None     # the heading itself, or too far from it
        h, after = opening
        ms = top_level(self.in_span(h.start, h.end))
        lead = self.squeeze(h.start, ms[0].start) if ms else ""
        lead = re.sub(r"^[*\d.、（）()一二三四五六七八九十]*(?:是)?", "", lead)     # (一是做强乳业。)
        if labels != ("Project", "Policy") and (after > 1 or not (
                lead or (len(ms) == 1 and ms[0].label == "Industry" and ms[0].node.name.endswith("集群")) or
                (len(ms) == 1 and ms[0].label == "Industry" and HEADING_DEVELOP_RE.fullmatch(self.squeeze(ms[0].end, h.end))))):
            return None     # a sector heading needs its verb (做强X。), names a cluster or says how it fares (X发展势头
            # 强劲。), and heads the next sentence only
        if len(ms) == 1 and ms[0].label in labels and \
                (lead == "" or (verb_ok and lead_re.fullmatch(lead))) and \
                re.fullmatch(r"(?:产业|产业集群|产业链)?[。.：:*]*" if ms[0].label == "Industry" else r"[。.：:*]*",
                             self.squeeze(ms[0].end, h.end)):
            return ms[0]    # (做优做强小杂粮产业。: the lexicon's 小杂粮, then the word 产业)
        if labels != ("Project", "Policy") and len(ms) == 1 and ms[0].label in labels and \
                re.fullmatch(r"(?:加快|推动|促进|推进|支持|引导)?", lead) and HEADING_DEVELOP_RE.fullmatch(
                    self.squeeze(ms[0].end, h.end)):
            return ms[0]    # （二）加快新能源装备制造集聚发展。: the sector the paragraph develops
        return None

    def opens_clause(self, s: Mention, span) -> bool:
        return self.squeeze(clause_start(self.text, span[0], s.start), s.start) == ""

    def clauses_between(self, a: int, b: int) -> int:
        return sum(1 for c in self.text[a:b] if c in CLAUSE_PUNCT)

    def topic_rule(self, top: list[Mention], targets, span) -> None:
        """推进A、B建设，…培育发展C产业: projects advanced in a sentence serve the industry it goes on to drive."""
        # (…，形成了从A到C的产业链条: what the subject has formed, not what the works serve)
        driven = [t for _, t in targets if t.label == "Industry" and self.support_verb_before(t, span) is not None
                  and not re.search(r"形成了?(?:从)?[□、和及与到至]*$", self.bare(clause_start(self.text, span[0],
                                                                                       t.start), t.start))]
        if not driven:
            return
        for s in top:
            if s.label != "Project":
                continue
            t = next((t for t in driven if t.start > s.end), None)     # the first industry driven after it
            if t is None:
                continue
            # 服务人工智能、大数据等产业发展: the verb reaches every item of its list
            ts = [t]
            k = top.index(t) if t in top else -1
            while 0 <= k < len(top) - 1 and top[k + 1].label == "Industry" and \
                    self.squeeze(top[k].end, top[k + 1].start) in PLACE_LIST_GAPS:
                k += 1
                ts.append(top[k])
            a = clause_start(self.text, span[0], s.start)
            b = next_clause_break(self.text, s.end, span[1])
            clause = self.squeeze(a, b)
            # A、B等场馆运营及C、D等项目建设: only what is built is advanced towards the industry
            governs = GOVERNS_RE.search(self.bare(s.end, b))
            # 利用地铁一号线建设有利契机，…，发展服务业: a project used as an occasion, clauses away, is no topic
            if BUILT_RE.search(clause) and not (governs and governs.group(1) in RUN_WORDS) and not self.merging(t, span) and \
                    not OCCASION_RE.search(self.squeeze(a, s.start)) and self.clauses_between(s.end, t.start) <= 2:
                for t2 in ts:
                    self.relate(s.node, t2.node, "SUPPORTS", span, "sentence_topic", 0.65)

    def bare(self, a: int, b: int) -> str:
        """text[a:b] squeezed, with every mention inside replaced by □ (so words inside names do not count)."""
        out, pos = [], a
        for m in self.in_span(a, b):
            if m.start >= pos:
                out.append(self.squeeze(pos, m.start))
                out.append("□")
                pos = m.end
        out.append(self.squeeze(pos, b))
        return "".join(out)

    def support_verb_before(self, t: Mention, span, building: bool = False) -> int | None:
        """Offset of a supports verb shortly before the target in its clause (促进“大健康”相关产业)."""
        a = clause_start(self.text, span[0], t.start)
        w0 = max(a, t.start - 12)
        window = self.text[w0:t.start]
        found = None
        for mm in (GOAL_SUPPORT_VERB_RE if building else SUPPORT_VERB_RE).finditer(window):
            if not self.inside_mention(w0 + mm.start()):    # 服务 of 生产性服务业 is no verb
                found = mm
        # 发展以A、B为延伸的C: A and B qualify C, the verb's object
        if found is not None and re.match(r"^以[^为]*$", self.squeeze(w0 + found.end(), t.start)) and \
                "为" in self.squeeze(t.end, next_clause_break(self.text, t.end, span[1])):
            return None
        if found is None:
            return None
        return max(a, t.start - 12) + found.start()

    def inside_mention(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        while i >= 0 and self.mentions[i].start > pos - 60:
            if self.mentions[i].start <= pos < self.mentions[i].end:
                return True
            i -= 1
        return False

    def relied_on(self, s: Mention, span) -> bool:
        """依托 A、B / 以 A 为依托: A is what the rest of the sentence relies on."""
        a = clause_start(self.text, span[0], s.start)
        head = self.squeeze(a, s.start)
        tail_end = next_clause_break(self.text, s.end, span[1])
        tail = self.squeeze(s.end, tail_end)
        # 利用/围绕/立足 name what is used or aimed at, not what drives the result
        lead = re.search(r"(依托|依靠|借助|凭借|以)", head)
        if lead is None:
            return False
        if lead.group(1) == "以":
            return bool(re.search(r"为(依托|基础|支撑|载体|抓手|龙头|核心|引领|平台|主体|突破口|主导|重点|引擎|牵引|动力|媒|契机)", tail))
        return True

    # INVOLVES ------------------------------------------------------------------------------
    def involve_rules(self, top: list[Mention], span) -> None:
        """An organisation and a project in one clause joined by 承建/合作/投资/运营… or 引进 Org 建设 Project;
        and 升级X中心。依托A、B等企业，引进C…: the organisations a paragraph relies on or brings in are its
        heading project's."""
        heading = self.paragraph_heading(span, verb_ok=True)
        if heading is not None and heading.label != "Project":
            heading = None
        partners, last = [], span[0]
        for a, b in self.clauses_of(span):
            ms = [m for m in top if a <= m.start < b]
            first = next((m for m in ms if m.label == "Organization"), None)
            if first is None or not INVOLVE_TOPIC_RE.search(self.squeeze(a, first.start)):
                continue
            orgs = [o for o in ms if o.label == "Organization"]
            if re.match(r"^(?:等)?(?:[\u4e00-\u9fff]{0,6}(?:企业|公司|机构|单位|项目))?\d+(?:余|多)?[家个户]",
                        self.squeeze(orgs[-1].end, b)):
                continue    # 园区引进A、B等企业31家: a tally of the firms a place brought in, not a project's partners
            if PARK_SUBJECT_RE.match(self.squeeze(a, first.start)):
                # 园区还引进甲公司，建设乙项目: the firm a park brings in builds the work of the very next clause
                nxt = next(((c, d) for c, d in self.clauses_of(span) if c >= b), None)
                if nxt and len(orgs) == 1 and self.squeeze(orgs[0].end, b) == "":
                    works = [m for m in top if nxt[0] <= m.start < nxt[1]]
                    verb = self.squeeze(nxt[0], works[0].start) if works else ""
                    if works and works[0].label == "Project" and BUILD_LEAD_RE.search(verb) and len(verb) <= 4:
                        self.relate(works[0].node, orgs[0].node, "INVOLVES", span, "brought_in_builds", 0.7)
                continue
            partners += orgs
            last = b
        if partners and heading is not None:
            for o in partners:
                self.relate(heading.node, o.node, "INVOLVES", span, "heading_partner", 0.7)
        elif partners:
            # 依托A、B等企业，积极引进C，建设D项目: the project the sentence goes on to build
            built = next((p for p in top if p.label == "Project" and p.start >= last and
                          BUILD_LEAD_RE.search(self.squeeze(clause_start(self.text, span[0], p.start), p.start))), None)
            if built is None:
                # 依托X博物馆开发Y研学线路: the project built in the clause that relies on X
                built = next((p for p in top if p.label == "Project" and p.start > partners[-1].end and
                              clause_start(self.text, span[0], p.start) <= partners[-1].start and
                              BUILD_LEAD_RE.search(self.squeeze(partners[-1].end, p.start))), None)
            if built is not None:
                for o in partners:
                    self.relate(built.node, o.node, "INVOLVES", span, "relied_partner", 0.65)
        for i, o in enumerate(top):
            if o.label != "Organization":
                continue
            a = clause_start(self.text, span[0], o.start)
            b = next_clause_break(self.text, o.end, span[1])
            lead = self.squeeze(max(a, o.start - 4), o.start)
            for p in top:
                if p.label != "Project" or not (a <= p.start < b):
                    continue
                if p.start > o.end:
                    between = self.squeeze(o.end, p.start)
                    ok = bool(INVOLVE_VERB_RE.search(between)) or \
                        (bool(INVOLVE_LEAD_RE.search(lead)) and bool(INVOLVE_MID_RE.search(between))) or \
                        (o.start == a or lead.endswith(("，", ",", "；", ";"))) and bool(SUBJECT_BUILDS_RE.fullmatch(between))
                else:
                    # Project 由 Org 承建/运营
                    between = self.squeeze(p.end, o.start)
                    after = self.squeeze(o.end, min(b, o.end + 6))
                    ok = between.endswith(("由", "与", "同")) and bool(INVOLVE_VERB_RE.match(after) or
                                                                      INVOLVE_MID_RE.match(after) or
                                                                      re.match(r"(派驻|驻点|指导|托管|管理|运维)", after))
                    # Project 依托 Org（自有牧场…）: the organisation the works rest on
                    ok = ok or between in ("依托", "依靠", "依托于")
                if ok and len(between) <= 20:
                    self.relate(p.node, o.node, "INVOLVES", span, "involve_verb", 0.75)

    def builder_rules(self, top: list[Mention], span) -> None:
        """由X投资建设/建设运营/实施 with the project it speaks of: the sentence before (1. Y项目。由X建设运营。)
        or the project the clause refers back to (Y项目完成签约，项目由X投资建设); X与Z签订协议，共建Y."""
        clauses = list(self.clauses_of(span))
        for n, (a, b) in enumerate(clauses):
            ms = [m for m in top if a <= m.start < b]
            orgs = [m for m in ms if m.label == "Organization"]
            if not orgs:
                continue
            lead = self.squeeze(a, orgs[0].start)
            after = self.squeeze(orgs[-1].end, b)
            if re.fullmatch(r"(该|本)?(项目)?由|" + ALL_PROJECTS_BY, lead) and BUILDER_VERB_RE.match(after) and \
                    not any(m.label == "Project" for m in ms):
                projects = []
                if re.fullmatch(ALL_PROJECTS_BY, lead):
                    # A、B主线完工，C开工，三个项目均由甲公司投资建设: every project the sentence named before
                    projects = [m for m in top if m.label == "Project" and span[0] <= m.start and m.end <= a]
                elif a == span[0]:
                    projects = [self.previous_item_project(span)]
                elif lead != "由":
                    projects = [next((m for m in reversed(top) if m.label == "Project" and m.end <= a), None)]
                elif n and WORKS_CLAUSE_RE.match(self.squeeze(*clauses[n - 1])):
                    # 推进A项目和B工程，由甲公司承担施工: the works the clause before advances, built by it
                    before = [m for m in top if clauses[n - 1][0] <= m.start < clauses[n - 1][1]]
                    if not any(m.label == "Organization" for m in before):
                        projects = [m for m in before if m.label == "Project"]
                elif n:
                    # 地铁3号线一期工程已完成投资…，全长…，由甲集团负责建设: the work the sentence is about
                    before = [m for m in top if m.start < a]
                    if before and before[0].label == "Project" and len(self.squeeze(span[0], before[0].start)) <= 6 \
                            and not any(m.label in ("Project", "Organization") for m in before[1:]):
                        projects = [before[0]]
                for project in filter(None, projects):
                    for o in orgs:
                        self.relate(project.node, o.node, "INVOLVES", span, "built_by", 0.75)
            # X与Z签订合作协议，共建Y / X与Z合作共建Y: both partners are in the project built together
            if len(orgs) >= 2 and "与" in self.squeeze(orgs[0].end, orgs[1].start):
                nxt = [m for m in top if m.start >= orgs[-1].end and m.label == "Project"]
                for p in nxt[:1]:
                    between = self.squeeze(orgs[-1].end, p.start)
                    if re.search(r"(共建|合作建设|联合建设|共同建设|携手建设|合作共建)", between) and \
                            self.clauses_between(orgs[-1].end, p.start) <= 1 and len(between) <= 16:
                        for o in orgs:
                            self.relate(p.node, o.node, "INVOLVES", span, "co_built", 0.75)

    def item_project(self, para_index: int, colon: bool = True) -> Mention | None:
        """The project a numbered item opens with before its colon (3. X中心：建设…); without ``colon`` also
        before a stop or a comma (3. X中心。建设…)."""
        key = (para_index, colon)
        if key in self._items:
            return self._items[key]
        para = self.ctx.seg.paragraphs[para_index]
        lead = ITEM_LEAD_RE.match(self.text, para.start, para.end)
        got = None
        if lead is not None:
            ms = top_level(self.in_span(para.start, min(para.end, para.start + 80)))
            first = ms[0] if ms and not self.squeeze(lead.end(), ms[0].start) else None
            if first is not None and first.label != "Project":
                # a works item typed both as a programme and as a project (马铃薯种业振兴工程): the project
                first = next((m for m in self.in_span(first.start, first.end) if m.label == "Project"
                              and (m.start, m.end) == (first.start, first.end)), None)
            if first is not None and re.match(r"[：:]" if colon else r"[：:。.，,（(]", self.squeeze(first.end, para.end)):
                got = first
        self._items[key] = got
        return got

    def item_builders(self, top: list[Mention], span, para_index: int) -> None:
        """1．X工程：在A镇建设…（甲公司、县农牧局）。: the organisations in brackets closing a 专栏 item build or run
        the item's project (the builder column of a project table, written inline)."""
        para = self.ctx.seg.paragraphs[para_index]
        if span[1] < para.end - 2 or not ITEM_LEAD_RE.match(self.text, para.start, para.end):
            return
        bm = ITEM_BUILDERS_RE.search(self.text, span[0], span[1])
        if bm is None:
            return
        project = self.item_project(para_index, colon=False)
        if project is None or bm.start() < project.end:
            return
        a, b = bm.start(1), bm.end(1)
        orgs = [m for m in top if a <= m.start and m.end <= b and m.label == "Organization"]
        # only a list of bodies (甲公司、乙局), not a note (含甲公司配套), the figures or the years
        if not orgs or self.squeeze(a, orgs[0].start) or any(
                self.squeeze(x.end, y.start) not in PLACE_LIST_GAPS + ("，", ",") for x, y in zip(orgs, orgs[1:])):
            return
        for o in orgs:
            self.relate(project.node, o.node, "INVOLVES", span, "item_builder", 0.8)

    def item_partner_rules(self, top: list[Mention], span, para_index: int) -> None:
        """In a numbered item (X项目：…，由A承建 / 引进B / 与C共建…) the organisation that builds, runs or
        partners on the works is the item's project's, whatever the clause goes on to name."""
        project = self.item_project(para_index) or self.item_project(para_index, colon=False)
        if project is None:
            return
        for o in top:
            if o.label != "Organization" or o.start < project.end:
                continue
            a = clause_start(self.text, span[0], o.start)
            if any(m.label in ("Project", "Organization") and a <= m.start < o.start for m in top):
                continue     # the clause is about another thing (建设D中心，由…), or lists partners (A、B)
            lead = self.squeeze(max(a, project.end), o.start).lstrip("：:")
            after = self.squeeze(o.end, next_clause_break(self.text, o.end, span[1]))
            m = ITEM_PARTNER_LEAD_RE.search(lead)
            if m is None or len(lead) - len(m.group(0)) > 4:
                continue
            word = m.group(1)
            if word == "由":
                ok = bool(BUILDER_VERB_RE.match(after) or INVOLVE_VERB_RE.match(after))
            elif word in ("与", "同", "联合", "携手"):
                ok = bool(re.match(r"(?:共同|合作|联合|携手)?(?:共建|合作|联合|共同|建设|运营|开发|签约|签订)", after))
            else:
                ok = True
            if ok:
                self.relate(project.node, o.node, "INVOLVES", span, "item_partner", 0.75)

    def item_places(self, top: list[Mention], span, project: Mention) -> list[Node]:
        """The places a clause of an item opens with: 在A、B实施… / 覆盖A、B和C / 对A沿线… / 实施A乡、B乡户厕改造 /
        依托A镇燕麦种植基地 (the place a relied-on site is named after; not an organisation's: 依托内蒙古大学)."""
        out = []
        for a, b in self.clauses_of(span):
            a = max(a, project.end)
            ms = [m for m in top if a <= m.start < b]
            if not ms:
                continue
            lead = self.squeeze(a, ms[0].start).lstrip("：:")
            if not ITEM_SITE_LEAD_RE.fullmatch(lead):
                continue
            if ms[0].label != "Place":
                if lead == "依托" and ms[0].label in ("Project", "Industry", "Goal"):
                    f = next(iter(self.prefix_scan(ms[0])), None)
                    if f is not None and f[2] == "Place" and f[0] == ms[0].start and self.areal_name(f[3]) and \
                            not self.broad_name(f[3]):
                        out.append(self.nested(f))
                continue
            if lead in ("实施", "推进", "开展") and self.is_broad(ms[0].node):
                continue
            run, end = [ms[0]], ms[0].end
            for m in ms[1:]:
                if m.label != "Place" or not re.fullmatch(r"[、和及与]", self.squeeze(end, m.start)):
                    break
                run.append(m)
                end = m.end
            out += [m.node for m in run]
        return out

    def item_place_rules(self, top: list[Mention], span, para_index: int) -> None:
        """A numbered item whose works are done 在A、B / 覆盖A、B / 对A沿线 is located there."""
        project = self.item_project(para_index)
        if project is None:
            return
        for p in self.item_places(top, span, project):
            if p.id != self.ctx.plan_id:
                self.relate(project.node, p, "LOCATED_IN", span, "item_site", 0.75)

    # news of deals ---------------------------------------------------------------------------
    def signing_rule(self, top: list[Mention], span) -> None:
        """甲公司与乙镇签订X项目 / 甲区与乙大学签订合作协议，共建Y: the organisations that sign are in the project, the
        places that sign hold it."""
        for n, (a, b) in enumerate(self.clauses_of(span)):
            verb = next((v for v in SIGN_VERB_RE.finditer(self.text, a, b) if not self.inside_mention(v.start())), None)
            if verb is None:
                continue
            ms = [m for m in top if a <= m.start < b]
            parties = [m for m in ms if m.end <= verb.start()]
            if not parties or any(m.label not in ("Organization", "Place") for m in parties) or \
                    len(self.squeeze(a, parties[0].start)) > 6 or \
                    self.squeeze(parties[-1].end, verb.start()) not in ("", "正式", "现场", "成功", "共同", "集中") or \
                    any(self.squeeze(x.end, y.start) not in SIGN_PARTY_GAPS for x, y in zip(parties, parties[1:])):
                continue
            if len(parties) < 2 and not any(m.label == "Organization" for m in parties):
                continue
            project = next((m for m in ms if m.start >= verb.end() and m.label == "Project"), None)
            if project is None and n + 1 < len(self.clauses_of(span)):
                # …签订人才合作协议，共建X基地: the project the agreement is for
                c, d = self.clauses_of(span)[n + 1]
                nxt = [m for m in top if c <= m.start < d]
                first = next((m for m in nxt if m.label != "Place"), None)
                lead = self.squeeze(c, first.start) if first is not None else ""
                sited = re.match(r"^(?:将|并|计划|拟)*在", lead)
                if sited:
                    lead = re.sub(r"^(?:将|并|计划|拟)*在[^，,]{0,14}?(?=共建|合作建设|联合建设|共同建设|建设|打造)", "", lead)
                if first is not None and first.label == "Project" and CO_BUILD_LEAD_RE.match(lead) and \
                        not any(m.label in ("Project", "Organization", "Place") for m in ms if m.start >= verb.end()):
                    project = first
                    if sited:
                        # …签订协议，在A镇建设X项目: the site is written; the signing places are not it
                        parties = [m for m in parties if m.label == "Organization"]
            if project is None:
                continue
            for m in parties:
                if m.label == "Organization":
                    self.relate(project.node, m.node, "INVOLVES", span, "signed", 0.75)
                elif self.areal(m.node) and not self.is_broad(m.node):
                    self.relate(project.node, m.node, "LOCATED_IN", span, "signed", 0.75)

    def sector_lead_rule(self, top: list[Mention], span, paragraph: int) -> None:
        """文化旅游领域，甲公司…签订X项目；乙公司…建设Y项目: a paragraph led by its sector lists projects of that sector."""
        sector = None
        if top and top[0].label == "Industry":
            end = next_clause_break(self.text, top[0].end, span[1])
            if self.text[end:end + 1] in ("，", ",", "：", ":") and \
                    SECTOR_LEAD_RE.match(self.squeeze(span[0], top[0].start) + "□" + self.squeeze(top[0].end, end)) and \
                    self.ctx.seg.paragraphs[paragraph].start >= span[0] - 2:
                sector = self._sector_lead[paragraph] = top[0]
        if sector is None and SECTOR_TURN_RE.match(self.squeeze(*span)):
            # 新材料方面，…X项目投产；电力板块，…: another sector's lead (one no industry was found in) ends its reach
            self._sector_lead[paragraph] = None
        if sector is None:
            sector = self._sector_lead.get(paragraph)
        if sector is None:
            return
        for m in top:
            if m.label == "Project":
                self.relate(m.node, sector.node, "SUPPORTS", span, "sector_lead", 0.7)

    def topic_project_rule(self, top: list[Mention], span) -> None:
        """甲公司与乙镇签订X项目，总投资6.8亿元，依托…，发展A、B和C / …建设X项目，打造集A、B于一体的街区: in a part
        of a sentence about one project, the sectors its later clauses develop or serve are what the project serves."""
        for a, b in parts(self.text, *span):
            ms = [m for m in top if a <= m.start < b]
            projects = [m for m in ms if m.label == "Project"]
            if not projects:
                continue
            p = projects[0]
            p_clause_end = next_clause_break(self.text, p.end, b)
            if OCCASION_RE.search(self.squeeze(clause_start(self.text, a, p.start), p.start)):
                continue    # 围绕X生态旅游带建设，…发展A: the project is the aim, not what serves A
            # …，计划在A园区建设B生产线: a component the later clauses build is part of the project, not a topic
            if any(q.node.id != p.node.id and not (q.start > p_clause_end and re.search(
                    r"(?:建设|新建|建成|配套建设|布局)[□、和及与]*$", self.bare(clause_start(self.text, a, q.start), q.start)))
                   for q in projects[1:]):
                continue
            for c, d in clauses(self.text, p.end, b):
                cms = [m for m in ms if c <= m.start < d]
                if not cms:
                    continue
                lead = self.squeeze(c, cms[0].start)
                if cms[0].label == "Organization" and (re.search(r"(?:联合|携手|会同|与|同)$", lead) and re.match(
                        r"^(?:[□、和及与等]|[\u4e00-\u9fff]{0,4}(?:企业|单位|机构))*(?:共同|合作|联合)?"
                        r"(?:开展|合作|共建|建设|实施|推进|打造|研发)", self.bare(cms[0].start, d)) and
                        (not lead.endswith(("与", "同")) or re.search(r"^[□、和及与等]*(?:共同|合作|联合)",
                                                                   self.bare(cms[0].start, d))) or
                        c > p_clause_end and re.search(r"(?:引入|引进|招引)$", lead) and re.match(
                        r"^[□、和及与等]*(?:[\u4e00-\u9fff]{0,4}(?:企业|团队|机构))?(?:统一|专业|负责|参与|共同)?"
                        r"(?:运营|建设|管理|承建|开发|经营|运维)", self.bare(cms[0].start, d))):
                    # X科技小院…，联合A合作社开展品种试验 / 实施X工程，引入A公司统一运营: the project's partners
                    # X科技小院…，联合A合作社开展品种试验: the project's partners
                    for o in cms:
                        if o.label != "Organization":
                            break
                        self.relate(p.node, o.node, "INVOLVES", span, "project_partner", 0.7)
                elif cms[0].label == "Place" and c > p_clause_end and \
                        re.fullmatch(r"(?:计划|拟|将|并|同步)*在", lead) and \
                        re.match(r"^(?:境内|内)?(?:建设|新建|布局|建成|打造)", self.squeeze(cms[0].end, d)) and \
                        self.areal(cms[0].node) and not self.is_broad(cms[0].node):
                    # X与Y签约Z基地，总投资14亿元，计划在A园区建设…生产线: the project's works are there
                    self.relate(p.node, cms[0].node, "LOCATED_IN", span, "project_site", 0.7)
            for i, t in enumerate(ms):
                if t.label not in ("Industry", "Goal") or t.start <= p_clause_end or \
                        self.clauses_between(p.end, t.start) > 3 or self.merging(t, span):
                    continue
                head = self.list_head(ms, i)
                verb_at = self.support_verb_before(head, (a, b))
                if verb_at is None and t.label == "Goal":
                    # …，建成后将成为…的区域性冷链枢纽: what the project becomes
                    c0 = clause_start(self.text, a, t.start)
                    bm = re.search(r"(?:建成|投产|投运|达产)?后?(?:将|可)?(?:成为|建成为|打造成为)", self.text[c0:t.start])
                    if bm is not None and c0 > p_clause_end:
                        verb_at = c0 + bm.start()
                if verb_at is None or verb_at <= p_clause_end or \
                        re.search(r"形成了?(?:从)?[□、和及与到至]*$", self.bare(clause_start(self.text, a, t.start), t.start)):
                    continue    # (…，形成了从A到C的产业链条: what the subject formed)
                c = clause_start(self.text, a, verb_at)
                helped = re.match(r"^(?:将|并|可|还)*(?:助力|支撑|服务)", self.squeeze(c, verb_at + 2))
                if any(m.label in ("Organization", "Place", "Policy", "Project") and c <= m.start < head.start and
                       not (helped and m.label == "Place") for m in ms):
                    continue    # the clause has a subject of its own (推动A景区创建G: A's goal; but 助力A打造G)
                if any(m.label in ("Organization", "Place", "Policy") and p.end <= m.start < c and
                       self.opens_clause(m, (a, b)) for m in ms):
                    continue    # a clause between opens with another subject (…说，甲新区依托…，已形成…)
                after = self.squeeze(t.end, min(b, t.end + 6))
                if t.label == "Industry" and (COMPANY_NOUN_RE.match(after) or re.match(r"\d", after)):
                    continue    # 依托A龙头企业 / 改造民宿80户: the sector names the firms or the things counted
                self.relate(p.node, t.node, "SUPPORTS", span, "project_topic", 0.65)

    def relied_place_rule(self, top: list[Mention], span) -> None:
        """依托A镇、B乡沿黄村落，培育…，发展C和D / 以A开发区为依托，推进X建设: what the sentence goes on to build or
        develop (the objects of the first clause after it that builds or develops something) is in the places relied
        on; a clause relying on a place after the project it is about (…签订X项目，依托A生态资源，…) places the project."""
        cls = self.clauses_of(span)
        for n, (a, b) in enumerate(cls):
            ms = [m for m in top if a <= m.start < b]
            if not ms:
                continue
            lead = self.squeeze(a, ms[0].start)
            framed = lead == "以" and re.match(r"^为(?:依托|载体|支撑|平台)", self.squeeze(ms[-1].end, b))
            if not (RELY_LEAD_RE.match(lead) or framed) and ms[0].label == "Place" and len(ms) > 1 and \
                    re.match(r"^(?:将|要|始终|持续|充分|积极)*(?:依托|依靠)$", self.squeeze(ms[0].end, ms[1].start)):
                # 赛罕区依托A园区的产业基础，…: the subject relies on the places after it
                ms, lead = ms[1:], "依托"
            if not (RELY_LEAD_RE.match(lead) or framed):
                continue
            places = self.relied_places(ms, b)
            if not places:
                continue
            # the project this part of the sentence is about, written before the clause
            part_start = max(x for x, _ in parts(self.text, span[0], a + 1))
            before = [m for m in top if part_start <= m.start < a]
            topic = [m for m in before if m.label == "Project"]
            if topic and len({m.node.id for m in topic}) == 1 and \
                    not any(m.label == "Place" and m.node.id not in {q.id for q in places} and m.start > topic[-1].end
                            for m in before):
                for q in places:
                    self.relate(topic[0].node, q, "LOCATED_IN", span, "relied_place", 0.7)
                continue
            if before and any(m.label in ("Project", "Industry", "Goal") for m in before):
                continue
            # (the places may be known only through a mention that names them inside a longer name)
            last_place = max((m.end for m in ms if m.node.id in {q.id for q in places}), default=ms[0].end)
            if any(m.start >= last_place and m.label in ("Project", "Industry", "Goal") for m in ms):
                continue    # 依托A、B等资源发展C，建设G: the relying clause names what it develops itself
            # under a goal heading the places carry the goal (goals.py), not the sectors of the paragraph
            labels = ("Project", "Goal") if self.goal_headed(span) else ("Project", "Goal", "Industry")
            for c, d in cls[n + 1:n + 4]:
                if re.search(r"[；;。]", self.text[a:c]):
                    break
                objs = [m for m in top if c <= m.start < d and m.label in labels]
                if not objs and any(m.label in ("Project", "Goal", "Industry") for m in top if c <= m.start < d):
                    break           # the clause develops what the places are not said to hold
                if not objs:
                    if any(m.label in ("Place",) for m in top if c <= m.start < d):
                        break       # another place's clause
                    if not any(c <= m.start < d for m in top) and \
                            re.match(r"^(?:大力|加快|积极|着力|重点|全面)?" + CARRIED_VERB_RE.pattern, self.squeeze(c, d)):
                        break       # 依托A，发展全域旅游，建设G: the clause right after is what A carries
                    continue
                lead2 = self.bare(c, objs[0].start)
                if OCCASION_RE.search(lead2):
                    break       # 利用A和B建设有利契机: an occasion taken, not what the places hold
                if not (CARRIED_VERB_RE.search(lead2) or (lead2 == "以" and FOCUS_FRAME_RE.match(
                        self.squeeze(objs[-1].end, d))) or self.squeeze(objs[-1].end, d).startswith("建设")):
                    break
                focus = self.focus_clause(c, d)
                for o in objs:
                    if focus or self.stands_alone(o, d) or self.squeeze(o.end, d).startswith("建设"):
                        for q in places:
                            self.relate(o.node, q, "LOCATED_IN", span, "relied_place", 0.7)
                break

    def focus_clause(self, a: int, b: int) -> bool:
        """以A、B和C为主攻方向 / 以A为重点: a clause naming the sectors the subject focuses on."""
        if "以" not in self.text[a:a + 3] or "为" not in self.text[a:b]:
            return False
        return bool(FOCUS_CLAUSE_RE.match(self.bare(a, b)))

    def focus_goal_rule(self, top: list[Mention], span) -> None:
        """以A、B和C为主攻方向，着力建设G: the sectors focused on serve the goal the next clause builds."""
        cls = self.clauses_of(span)
        for n, (a, b) in enumerate(cls[:-1]):
            if not self.focus_clause(a, b):
                continue
            items = [m for m in top if a <= m.start < b and m.label in ("Industry", "Project", "Organization", "Policy")]
            c, d = cls[n + 1]
            nxt = [m for m in top if c <= m.start < d]
            if not items or not nxt or nxt[0].label != "Goal" or not re.fullmatch(
                    r"(?:着力|加快|全力|努力|奋力|全面|积极|重点)?(?:建设|打造|创建|争创|建成|培育)",
                    self.squeeze(c, nxt[0].start)):
                continue
            for m in items:
                self.relate(m.node, nxt[0].node, "SUPPORTS", span, "focus_goal", 0.7)

    def aimed_goal_rule(self, top: list[Mention], span) -> None:
        """紧紧围绕建设G，推动A产业全链条升级、做强B: the sectors the next clause develops serve the goal aimed at."""
        cls = self.clauses_of(span)
        for n, (a, b) in enumerate(cls[:-1]):
            goals = [m for m in top if a <= m.start < b]
            if len(goals) != 1 or goals[0].label != "Goal" or not AIM_LEAD_RE.fullmatch(self.squeeze(a, goals[0].start)) \
                    or not re.fullmatch(r"(?:目标|建设|发展)?(?:目标)?", self.squeeze(goals[0].end, b)):
                continue
            c, d = cls[n + 1]
            verb = AIMED_VERB_RE.match(self.squeeze(c, d))
            if verb is None:
                continue
            for m in (m for m in top if c <= m.start < d):
                if m.label != "Industry":
                    break
                self.relate(m.node, goals[0].node, "SUPPORTS", span, "aimed_goal", 0.7)
                after = self.squeeze(m.end, d)
                if not re.match(r"^(?:[、和及与]|$)", after):
                    break

    def antecedent_park(self, at: int) -> Node | None:
        """The zone a nominal 园区 refers back to: the last zone named within the 600 characters before."""
        i = bisect.bisect_left(self.starts, at) - 1
        while i >= 0 and self.mentions[i].start > at - 600:
            m = self.mentions[i]
            if m.label == "Place" and not self.is_broad(m.node) and (
                    self.place_kind(m.node) == "zone" or ZONE_NAME_RE.search(m.node.name)):
                return m.node
            i -= 1
        return None

    def park_subject_rule(self, top: list[Mention], span) -> None:
        """园区先后引进A、B等企业，建成C和D / 园区与E大学共建F / G在园区设立H: a park referred to as 园区 holds the
        companies it brings in and what it builds or sets up; 围绕X、Y开展联合攻关 → what was set up serves X, Y."""
        if not PARK_WORD_RE.search(self.text, span[0], span[1]):
            return
        park, set_up = None, []
        for a, b in self.clauses_of(span):
            ms = [m for m in top if a <= m.start < b]
            head = self.squeeze(a, ms[0].start if ms else b)
            pm = PARK_SUBJECT_RE.match(head)
            if pm and pm.group(0) and not head[pm.end():].startswith(("内", "的", "企业")):
                park = park or self.antecedent_park(span[0])
                subject = park
            elif ms and self.opens_clause(ms[0], span) and ms[0].label in ("Place", "Organization"):
                subject = None      # a clause with a subject of its own
                park = None
            else:
                subject = park
            if ms and JOINT_WORK_RE.match(self.bare(a, b)) and set_up:
                for t in ms:
                    if t.label == "Industry":
                        for o in set_up:
                            self.relate(o.node, t.node, "SUPPORTS", span, "joint_work", 0.65)
                continue
            for m in ms:
                before = self.squeeze(a, m.start)
                if m.label in ("Project", "Organization") and IN_PARK_RE.search(before):
                    got = park or self.antecedent_park(span[0])
                    if got is not None:
                        self.relate(m.node, got, "LOCATED_IN", span, "in_park", 0.75)
                        set_up.append(m)
                    continue
                if subject is None:
                    continue
                rest = before[pm.end():] if pm and pm.group(0) else before
                if m.label == "Organization" and PARK_BRINGS_RE.match(rest):
                    self.relate(m.node, subject, "LOCATED_IN", span, "park_brings", 0.7)
                elif m.label in ("Project", "Organization") and PARK_BUILDS_RE.search(self.bare(a, m.start)):
                    self.relate(m.node, subject, "LOCATED_IN", span, "park_builds", 0.7)
                    set_up.append(m)
                elif m.label == "Project" and set_up and set_up[-1].label == "Project" and \
                        self.squeeze(set_up[-1].end, m.start) in PLACE_LIST_GAPS:
                    self.relate(m.node, subject, "LOCATED_IN", span, "park_builds", 0.7)
                    set_up.append(m)

    def platform_work_rule(self, top: list[Mention], span) -> None:
        """建设A创新中心，推进B重点实验室建设，围绕X、Y、Z开展关键技术攻关: the platforms a sentence builds work on
        the fields its 围绕…攻关 clause names (X, Y, Z).  Only platforms (centres, labs, institutes) built in the
        clauses right before; not companies supported or brought in, not products (围绕奶酪等产品开展攻关)."""
        cls = self.clauses_of(span)
        for k, (a, b) in enumerate(cls):
            if "围绕" not in self.text[a:b]:
                continue
            fields = [m for m in top if a <= m.start < b and m.label == "Industry"]
            if not (fields and PLATFORM_WORK_RE.match(self.bare(a, b))) and not (
                    not any(a <= m.start < b for m in top) and PLATFORM_FIELDS_RE.match(self.squeeze(a, b))):
                continue
            platforms = []
            for c, d in cls[max(0, k - 2):k]:
                ms = [m for m in top if c <= m.start < d]
                if any(m.label in ("Industry", "Goal") for m in ms):
                    platforms = []
                    break       # a clause with an aim of its own: the platforms before it are not this clause's
                platforms += [m for m in ms if m.label in ("Organization", "Project") and
                              PLATFORM_END_RE.search(m.node.name) and PLATFORM_BUILD_RE.search(self.bare(c, d))]
            if not platforms:
                continue
            if not fields:      # 围绕苜蓿育种、饲草加工开展攻关: the fields researched are sectors of their own
                fields = self.research_fields(a, b)
            for m in platforms:
                for t in fields:
                    self.relate(m.node, t.node, "SUPPORTS", span, "platform_work", 0.65)

    def research_fields(self, a: int, b: int) -> list[Mention]:
        """The fields a 围绕A、B开展攻关 clause names, as Industry entities (a clause naming no entity)."""
        offs = [i for i in range(a, b) if self.text[i] not in JOINERS]
        sq = "".join(self.text[i] for i in offs)
        m = PLATFORM_FIELDS_RE.match(sq)
        out, p = [], m.start("list")
        for part in re.split(r"[、和及与]", m.group("list")):
            at, p = p, p + len(part) + 1
            if not 2 <= len(part) <= 8 or part in P.GENERIC or part in P.NOT_INDUSTRY:
                return []
            x, y = offs[at], offs[at + len(part) - 1] + 1
            node = add_entity(self.ctx, "Industry", self.text[x:y], x, y, extractor="relations.platform_work")
            out.append(Mention(x, y, node, "Industry"))
        return out

    def goal_headed(self, span) -> bool:
        """Whether the paragraph opens with a heading sentence that is one goal (——G。 / （一）全力建设G。)."""
        opening = self.paragraph_opening(span)
        if opening is None:
            return False
        h = opening[0]
        ms = top_level(self.in_span(h.start, h.end))
        if len(ms) != 1 or ms[0].label != "Goal":
            return False
        lead = re.sub(r"^[—\-－*\d.、．（）()一二三四五六七八九十]*", "", self.squeeze(h.start, ms[0].start))
        return (lead == "" or bool(CLUSTER_VERB_RE.fullmatch(lead))) and \
            bool(re.fullmatch(r"[。.：:*]*", self.squeeze(ms[0].end, h.end)))

    def relied_places(self, ms: list[Mention], ceil: int) -> list[Node]:
        """The places a 依托 clause lists: places, or a site named after one (上秃亥乡种薯基地), not an organisation
        (依托内蒙古大学) nor a sector of the place (依托A新区数据中心集群: the cluster is relied on)."""
        out, prev = [], None
        for m in ms:
            if prev is not None and self.squeeze(prev.end, m.start) not in PLACE_LIST_GAPS and not (
                    prev.label == m.label == "Place" and self.squeeze(prev.end, m.start) == ""):
                break       # (呼和浩特经济技术开发区金桥园区: a place written after its parent is one run)
            if m.label == "Place":
                if not self.areal(m.node) or self.is_broad(m.node):
                    return []
                out.append(m.node)
            elif m.label in ("Project", "Goal"):
                f = next(iter(self.prefix_scan(m)), None)
                if f is None or f[2] != "Place" or f[0] != m.start or not self.areal_name(f[3]) or \
                        self.broad_name(f[3]) or not self.stands_alone(m, ceil):
                    return []
                out.append(self.nested(f))
            else:
                return []
            prev = m
        if prev is not None and any(m.label == "Industry" and m.start >= prev.end and
                                    self.squeeze(prev.end, m.start) == "" for m in ms):
            return []
        return self.most_specific(out)

    def backed_org_rule(self, top: list[Mention], span) -> None:
        """支持A公司整合景区资源，推出B线路: an organisation the plan backs in one clause creates the project of the next."""
        cls = self.clauses_of(span)
        for n, (a, b) in enumerate(cls[:-1]):
            ms = [m for m in top if a <= m.start < b]
            if not ms or ms[0].label != "Organization" or \
                    not re.search(r"(?:支持|鼓励|引导|推动|帮助)$", self.squeeze(a, ms[0].start)) or \
                    any(m.label in ("Project", "Place") for m in ms):
                continue
            orgs = [m for m in ms if m.label == "Organization"]
            c, d = cls[n + 1]
            nxt = [m for m in top if c <= m.start < d]
            if nxt and nxt[0].label == "Project" and CREATES_RE.match(self.squeeze(c, nxt[0].start)):
                for o in orgs:
                    self.relate(nxt[0].node, o.node, "INVOLVES", span, "backed_org", 0.7)

    def part_of_subject_rule(self, top: list[Mention], span) -> None:
        """A开发区地处…，是B市南部重要的工业集中区 / C园区是D县东部的产业聚集区: a clause saying what the sentence's
        subject is in a part (南部, 东部) of a place puts the subject in that place."""
        if not top or top[0].label not in ("Place", "Project", "Organization") or \
                self.squeeze(span[0], top[0].start):
            return
        subject = top[0]
        for a, b in self.clauses_of(span):
            if a < subject.end:
                continue
            ms = [m for m in top if a <= m.start < b]
            if ms and ms[0].label == "Place" and re.fullmatch(r"(?:已|现已|目前)?(?:是|为|系|作为)", self.squeeze(a, ms[0].start)) \
                    and DIRECTION_RE.match(self.squeeze(ms[0].end, b)) and not self.is_broad(ms[0].node) and \
                    (subject.label != "Place" or self.areal(subject.node)):
                self.relate(subject.node, ms[0].node, "LOCATED_IN", span, "part_of_subject", 0.75)
                return

    def holds_within_rule(self, top: list[Mention], span) -> None:
        """A县地处…，境内有B、C和D等资源 / A区…，E大学、F大学等高校坐落区内: what a sentence opening with a place
        says lies within it (境内有…, …坐落/位于区内) is in that place."""
        if not top or top[0].label != "Place" or self.squeeze(span[0], top[0].start) or \
                not self.areal(top[0].node) or self.is_broad(top[0].node):
            return
        subject = top[0].node
        for a, b in self.clauses_of(span):
            if a < top[0].end:
                continue
            ms = [m for m in top if a <= m.start < b]
            if not ms:
                continue
            if HOLDS_WITHIN_RE.fullmatch(self.squeeze(a, ms[0].start)):
                items, k = [ms[0]], 1      # 境内有A、B和C: the list right after it
            else:
                k = max((n for n, m in enumerate(ms) if LIES_WITHIN_RE.match(self.squeeze(m.end, b))), default=None)
                if k is None or self.squeeze(a, ms[0].start):
                    continue
                items, k = ms[:k + 1], k + 1    # A、B等高校坐落区内: the list the clause opens with
                if any(self.squeeze(x.end, y.start) not in PLACE_LIST_GAPS for x, y in zip(items, items[1:])):
                    continue
            while k < len(ms) and self.squeeze(ms[k - 1].end, ms[k].start) in PLACE_LIST_GAPS and \
                    HOLDS_WITHIN_RE.fullmatch(self.squeeze(a, ms[0].start)):
                items.append(ms[k])
                k += 1
            for m in items:
                if m.node.id == subject.id or m.label not in ("Place", "Organization", "Project"):
                    continue
                if m.label == "Place" and not self.place_in_place_ok(m.node, subject):
                    continue
                self.relate(m.node, subject, "LOCATED_IN", span, "holds_within", 0.7)

    def org_goal_rule(self, top: list[Mention], span) -> None:
        """支持A医院、B医院创建G / 推进C医院与D医院合作共建H: the organisations a plan backs to become or build a title
        (a centre, a grade, a model) work towards it (DESIGN has no Goal → Organization relation)."""
        for a, b in self.clauses_of(span):
            ms = [m for m in top if a <= m.start < b]
            i = next((k for k, m in enumerate(ms) if m.label == "Organization"), None)
            if i is None or not ORG_BACKING_RE.search(self.squeeze(a, ms[i].start)) or \
                    len(self.squeeze(a, ms[i].start)) > 8:
                continue
            orgs, j = [ms[i]], i + 1
            while j < len(ms) and ms[j].label == "Organization" and \
                    self.squeeze(ms[j - 1].end, ms[j].start) in PLACE_LIST_GAPS:
                orgs.append(ms[j])
                j += 1
            if j < len(ms) and ms[j].label == "Goal" and ORG_TOWARDS_RE.fullmatch(self.squeeze(ms[j - 1].end, ms[j].start)):
                for o in orgs:
                    self.relate(o.node, ms[j].node, "SUPPORTS", span, "org_towards_goal", 0.75)

    def project_relies_rule(self, top: list[Mention], span) -> None:
        """X项目由A公司投资，依托B大学团队开发C产品: the organisation a project's later clause relies on or joins to do
        the works (依托/联合/携手 B … 开发/研发/建设) is a partner of the project the sentence is about."""
        if not top or top[0].label != "Project" or not re.fullmatch(r"(?:其中|同时|此外|目前)?", self.squeeze(span[0], top[0].start)):
            return
        project = top[0]
        for a, b in self.clauses_of(span):
            if a < project.end:
                continue
            ms = [m for m in top if a <= m.start < b]
            if not ms or ms[0].label != "Organization":
                continue
            if any(m.label == "Project" and m.node.id != project.node.id for m in top if project.end <= m.start < a):
                return      # the sentence has moved on to another project
            if RELIES_LEAD_RE.fullmatch(self.squeeze(a, ms[0].start)) and \
                    RELIES_WORK_RE.search(self.squeeze(ms[0].end, b)):
                self.relate(project.node, ms[0].node, "INVOLVES", span, "project_relies", 0.7)

    def subject_partner_rule(self, top: list[Mention], span, paragraph: int) -> None:
        """市工信局会同A、B建立P制度；联合C大学、D学院共建E基地: the organisation a sentence opens with is a partner of
        the projects its later clauses build together with others (联合/会同 X 共建 Y), also past a semicolon."""
        subject = None
        if top and top[0].label == "Organization" and \
                re.fullmatch(r"(?:同时|此外|今年|目前|下一步)?", self.squeeze(span[0], top[0].start)):
            subject = self._org_subject[paragraph] = top[0]
        elif top and self.squeeze(span[0], top[0].start) == "":
            self._org_subject.pop(paragraph, None)      # a sentence with a subject of its own
        else:
            subject = self._org_subject.get(paragraph)
        if subject is None:
            return
        for a, b in self.clauses_of(span):
            if a <= subject.start < b:
                continue
            ms = [m for m in top if a <= m.start < b]
            if not ms:
                continue
            lead = self.squeeze(a, ms[0].start)
            if lead == "" and ms[0].label in ("Organization", "Place"):
                break       # a clause with a subject of its own
            if ms[0].label != "Organization" or \
                    not re.fullmatch(r"(?:并|还|同时|积极)?(?:联合|会同|携手|协同)", lead):
                continue
            for i, m in enumerate(ms):
                if m.label == "Project" and all(o.label == "Organization" for o in ms[:i]) and re.search(
                        r"(?:共建|合作建设|共同建设|联合建设|联合打造|共同打造|建设|打造|组建)$", self.bare(a, m.start)):
                    self.relate(m.node, subject.node, "INVOLVES", span, "subject_partner", 0.7)

    def investor_rule(self, top: list[Mention], span) -> None:
        """A公司投资6.5亿元，在B园区建设C中心: the company opening a clause with the sum it invests is in the
        project its statement goes on to build (in its clause or the next)."""
        for i, o in enumerate(top):
            if o.label != "Organization":
                continue
            a = clause_start(self.text, span[0], o.start)
            if self.squeeze(a, o.start) not in ("", "其中", "由"):
                continue
            after = self.squeeze(o.end, min(span[1], o.end + 16))
            if not INVESTS_RE.match(after):
                continue
            for p in top[i + 1:]:
                if p.label == "Organization" or re.search(r"[；;。]", self.text[o.end:p.start]) or \
                        self.clauses_between(o.end, p.start) > 1:
                    break
                if p.label == "Project":
                    c = clause_start(self.text, span[0], p.start)
                    if BUILD_LEAD_RE.search(self.squeeze(c, p.start)) or re.search(r"建设的?$", self.squeeze(c, p.start)):
                        self.relate(p.node, o.node, "INVOLVES", span, "investor", 0.7)
                    break

    def brand_projects(self) -> None:
        """A project named by a company's trade name (甲乙云谷算力中心 beside 内蒙古甲乙云谷数据科技有限公司) in the
        same paragraph is that company's."""
        paras = self.ctx.seg.paragraphs
        for para in paras:
            ms = top_level(self.in_span(para.start, para.end))
            orgs = [m for m in ms if m.label == "Organization" and m.node.name.endswith(BRAND_ORG_ENDS)]
            if not orgs:
                continue
            for p in ms:
                if p.label != "Project":
                    continue
                pname = self.without_place(p.node.name)
                for o in orgs:
                    core = self.without_place(o.node.name)
                    k = 0
                    while k < min(len(core), len(pname)) and core[k] == pname[k]:
                        k += 1
                    brand = core[:k]
                    if k >= 3 and brand.isalpha() and not self.lex.industry(brand) and \
                            not any(brand.startswith(t) or t.startswith(brand) for t in P.SEGMENT_TERMS) and \
                            brand not in P.GENERIC and self.lex.place(brand) is None:
                        self.relate(p.node, o.node, "INVOLVES", (para.start, para.end), "brand_project", 0.7)

    def without_place(self, name: str) -> str:
        """A name without the place it opens with (内蒙古甲乙科技有限公司 → 甲乙科技有限公司)."""
        for k in range(min(MAX_NAME_PREFIX, len(name) - 2), 1, -1):
            if self.lex.place(name[:k]) is not None:
                return name[k:]
        return name

    def previous_item_project(self, span) -> Mention | None:
        """The one project named by the sentence before, in the same paragraph (a 专栏 item's name)."""
        i = bisect.bisect_right(self.sent_starts, span[0]) - 1
        sents = self.ctx.seg.sentences
        if i <= 0 or sents[i].start != span[0] or sents[i - 1].paragraph != sents[i].paragraph:
            return None
        h = sents[i - 1]
        ps = [m for m in top_level(self.in_span(h.start, h.end)) if m.label == "Project"]
        return ps[0] if len(ps) == 1 else None

    # project fields and news venues ------------------------------------------------------
    def field_rules(self) -> None:
        """X项目；建设地点：A镇、B镇；建设单位：甲公司、乙局 / （一）X工程：…。责任单位：甲局。/ 建设单位为甲公司:
        the labelled fields of a project item (the columns of a project table, written as prose) name where the
        item's project is built and who builds it.  The project is the one the item opens with."""
        text = self.text
        for para in self.ctx.seg.paragraphs:
            a, b = para.start, para.end
            fields = list(FIELD_RE.finditer(text, a, b))
            if not fields:
                continue
            project = self.field_project(a, b)
            if project is None:
                continue
            for f in fields:
                if f.start() < project.end:
                    continue
                vend = f.end()
                while vend < b and text[vend] not in FIELD_STOPS:
                    vend += 1
                ms = top_level(self.in_span(f.end(), vend))
                want = "Place" if f.group(1) in FIELD_SITES else "Organization"
                if not ms or ms[0].label != want or not re.fullmatch(r"[：:为是在于]*(?:" + DIRECTION_PART + r")?", self.squeeze(f.end(), ms[0].start)) or (
                        not f.group(2) and want != "Place"):
                    continue     # the value must be a list of those names (a note or a figure is no field)
                got = [ms[0]]
                for x, y in zip(ms, ms[1:]):
                    if y.label != want or self.squeeze(x.end, y.start) not in PLACE_LIST_GAPS + ("，", ","):
                        break
                    got.append(y)
                span = self.sentence_of(f.start())
                rel, rule = ("LOCATED_IN", "field_site") if want == "Place" else ("INVOLVES", "field_builder")
                for m in got:
                    self.relate(project.node, m.node, rel, span, rule, 0.85)

    def field_project(self, a: int, b: int) -> Mention | None:
        """The project a paragraph opens with, before its first clause break (after an item number)."""
        lead = FIELD_ITEM_LEAD_RE.match(self.text, a, b)
        pos = lead.end() if lead else a
        stop = next_clause_break(self.text, pos, b)
        for m in top_level(self.in_span(pos, stop)):
            if m.label == "Project":
                return m
            same = next((o for o in self.in_span(m.start, m.end) if o.label == "Project"
                         and (o.start, o.end) == (m.start, m.end)), None)
            if same is not None:
                return same
        return None

    def venue_rules(self) -> None:
        """在A分会场，X项目开工…；B项目同步启动 / A分会场位于C园区。Y项目…: a news report of projects started together
        at several venues places every project reported after a venue (to the next venue or the paragraph's end)
        in the venue's place, and a venue 位于 a site puts the site in that place and the projects on the site."""
        text = self.text
        for para in self.ctx.seg.paragraphs:
            venues = []
            for v in VENUE_RE.finditer(text, para.start, para.end):
                place = next((m for m in reversed(top_level(self.in_span(max(para.start, v.start() - 30), v.start())))
                              if m.end == v.start()), None)
                # the venue is what its clause is about (在A分会场，… / A分会场位于B), not where a ceremony is held
                # (活动在A主会场举行) or which places host venues (B、C设分会场)
                if place is not None and place.label == "Place" and self.areal(place.node) and \
                        re.match(r"[，,：:]|位于|设在", self.squeeze(v.end(), min(para.end, v.end() + 3))) and \
                        re.fullmatch(r"在?", self.squeeze(clause_start(text, para.start, place.start), place.start)):
                    venues.append((v, place))
            for i, (v, place) in enumerate(venues):
                end = venues[i + 1][1].start if i + 1 < len(venues) else para.end
                ms = top_level(self.in_span(v.end(), end))
                sites = [place.node]
                if ms and ms[0].label == "Place" and re.fullmatch(r"(?:位于|设在|在)", self.squeeze(v.end(), ms[0].start)):
                    self.relate(ms[0].node, place.node, "LOCATED_IN", self.sentence_of(v.start()), "venue_site", 0.8)
                    sites.append(ms[0].node)
                for m in ms:
                    if m.label == "Project":
                        for p in sites:
                            self.relate(m.node, p, "LOCATED_IN", self.sentence_of(m.start), "venue", 0.8)

    # 专栏 titles ---------------------------------------------------------------------------
    def box_title_places(self) -> None:
        """专栏2 新城区“十四五”时期生态保护项目: the place a box title opens with holds every project listed.

        Stated by the title for all its items.  An item that names a more specific place keeps both (新城区 and 敕勒川生态谷).
        """
        for box in self.ctx.seg.sections:
            if box.kind not in ("box", "table") or box.title_end <= box.title_start:
                continue
            places = self.title_places(box.title_start, box.title_end)
            if not places:
                continue
            for m in self.in_span(box.title_start, box.title_end):
                if m.label == "Industry":     # 和林格尔县现代农牧业重点项目: the sector the title's place develops
                    self.relate_each(m.node, places, (box.title_start, box.title_end), "box_title", 0.8)
            end = self.box_end(box)
            items = None if end == box.end else {
                (p.start, p.end) for p in (self.field_project(sec.start, sec.end) for sec in self.ctx.seg.sections
                                           if box.end <= sec.start < end and sec.parent == box.parent) if p}
            for m in self.in_span(box.title_end, end):
                if items is not None and (m.start, m.end) not in items:
                    continue    # items read as sections: only the project each opens with
                if m.label != "Project" or any(m.start < o.end and o.start < m.end and o.label == "Project"
                                               and (o.end - o.start) > (m.end - m.start)
                                               for o in self.in_span(max(box.start, m.start - 40), m.end)):
                    continue
                # cited at the item (the title is one line above a long list; the item names the thing)
                span = self.sentence_of(m.start)
                for p in places:
                    self.relate(m.node, p, "LOCATED_IN", span, "box_title", 0.85)

    def box_end(self, box) -> int:
        """Where a box's items end.  A box whose items are numbered like sections (专栏5 …重点工程 / （一）X工程：…
        / （二）Y项目：…) is cut at its title by the segmenter: its items are then the run of sibling sections
        right after it that each open with a project."""
        if any(m.label == "Project" for m in self.in_span(box.title_end, box.end)):
            return box.end
        end, kind = box.end, None
        for sec in self.ctx.seg.sections:
            if sec.start < end or sec.parent != box.parent:
                continue
            if sec.start > end + 2 or (kind is not None and sec.kind != kind) or sec.kind in ("box", "table"):
                break
            if self.field_project(sec.start, sec.end) is None:
                break
            kind, end = sec.kind, sec.end
        return end

    def title_places(self, a: int, b: int) -> list[Node]:
        """The areal places a heading opens with (mentions, else lexicon/graph surface forms)."""
        pos, found = a, []
        while pos < b and self.text[pos] in NAME_JOINERS:
            pos += 1
        while pos < b:
            hit = None
            for k in range(min(MAX_NAME_PREFIX, b - pos), 1, -1):
                got = self.surfaces.get(self.text[pos:pos + k])
                if got and got[0] == "Place":
                    hit = (k, got[1])
                    break
            if hit is None:
                break
            k, canonical = hit
            if found and self.place_kind_of(canonical) in NATURAL_KINDS:
                break   # 清水河县黄河文化旅游重点项目: a river after the title's place is the theme, not the site
            if self.areal_name(canonical):
                found.append(self.nested((pos, pos + k, "Place", canonical)))
            pos += k
        if found and pos < b and self.text[pos] in P.PLACE_RANGE_JOINERS and self.title_places(pos + 1, b):
            found.pop()     # 新城区敕勒川—大青山前坡文旅项目: each item lies in one of the two, not in both
        return self.most_specific(found)

    # the plan's own place ---------------------------------------------------------------
    def plan_place(self) -> None:
        """Inferred: a district plan's projects are in its district unless the text says where.

        Plans list what the issuing government will build on its own territory, so a project
        (or a village or a school the gazetteer does not place) with no stated location is in
        the plan's place.  No sentence states it, so the edge is marked inferred (rule
        ``plan_place_inferred``, confidence 0.4; the evaluator does not score it) and cites the
        sentences that mention the thing.  A thing whose name or sentence writes another place
        (坝口子沟河道整治工程, 在乌素图建设…) is left alone: the text places it, just not in a way
        the rules read.
        """
        located = {e.source for e in self.ctx.graph.edges.values() if e.type == "LOCATED_IN"}
        todo = []
        for m in self.mentions:
            if m.node.id not in located and self.local_thing(m.node):
                located.add(m.node.id)
                todo.append(m.node)
        home = self.home_place() if todo else None
        if home is None:
            return
        for node in todo:
            if node.id == home.id:
                continue
            own = [x for x in node.mentions if x.plan == self.plan]
            spans = sorted({self.sentence_of(x.start) for x in own})
            # a village's sentence lists its neighbours; only a project's or a school's sentence places it
            if any(self.names_other_place(x.start, x.end, home, node) or self.opens_with_place(x, home) for x in own) \
                    or (node.label != "Place" and any(self.names_other_place(a, b, home, node) for a, b in spans)):
                continue
            for span in spans[:10]:
                self.relate(node, home, "LOCATED_IN", span, PLAN_PLACE_RULE, 0.4)

    def opens_with_place(self, m, home: Node) -> bool:
        """Whether a name opens with a place other than ``home`` (青石沟小流域治理工程), known or found in the plan."""
        name = self.text[m.start:m.end].translate(_DROP_JOINERS)
        above = self.ancestors(home) | {home.name}
        for k in range(min(MAX_NAME_PREFIX, len(name) - 1), 1, -1):
            got = self.surfaces.get(name[:k])
            if got and got[0] == "Place":
                return got[1] not in above
        return False

    def names_other_place(self, a: int, b: int, home: Node, skip: Node | None = None) -> bool:
        """Whether text[a:b] mentions an areal place other than ``home`` and the places above it."""
        above = self.ancestors(home) | {home.name}
        for m in self.in_span(a, b):
            if m.label == "Place" and m.node is not skip and m.node.name not in above and self.areal(m.node) \
                    and not self.is_broad(m.node):
                return True
        return False

    def home_place(self) -> Node | None:
        """The place the plan is about: the manifest's, else the one place the plan COVERS."""
        name = (self.ctx.doc.meta or {}).get("place") or ""
        graph = self.ctx.graph
        if name:
            entry = self.lex.place(name)
            node = graph.add_node("Place", entry.name if entry else self.lex.canonical("Place", name))
            return node if not self.is_broad(node) else None
        covered = [graph.nodes[e.target] for e in graph.edges.values()
                   if e.type == "COVERS" and e.source == self.plan]
        return covered[0] if len(covered) == 1 and not self.is_broad(covered[0]) else None

    def local_thing(self, node: Node) -> bool:
        if node.label == "Project":
            return not NOT_SITED_RE.search(node.name)
        if node.label == "Place":
            return self.lex.place(node.name) is None and node.name.endswith(LOCAL_PLACE_SUFFIXES)
        if node.label == "Organization":
            return node.name.endswith(LOCAL_ORG_SUFFIXES)
        return False

    # gazetteer ---------------------------------------------------------------------------
    def gazetteer_chains(self) -> None:
        """Every known place points to its gazetteer parent.

        Stated (rule ``gazetteer``) when a sentence writes both the place and its parent, citing it;
        otherwise inferred (``gazetteer_inferred``, 0.5, unscored), citing where the child is first
        mentioned, so chains stay walkable (乌素图 → 回民区 → 呼和浩特市) without claiming the text says so.
        """
        lex = self.lex
        queue = deque(n for n in self.ctx.graph.nodes.values() if n.label == "Place")
        seen = set()
        evidence_for: dict[str, tuple[int, int]] = {}
        while queue:
            node = queue.popleft()
            if node.id in seen:
                continue
            seen.add(node.id)
            entry = lex.place(node.name)
            if entry is None:
                continue
            fill_place_props(node, entry)
            own = self.sentences_mentioning(node)
            span = own[0] if own else evidence_for.get(node.id)
            if not entry.parent or span is None:
                continue
            parent_entry = lex.places[entry.parent]
            parent = self.ctx.graph.add_node("Place", parent_entry.name, aliases=parent_entry.aliases)
            fill_place_props(parent, parent_entry)
            written = self.written_inside(parent, node)
            if written:
                for sp in written[:10]:
                    add_relation(self.ctx, node, parent, "LOCATED_IN", sp[0], sp[1], extractor="gazetteer",
                                 confidence=0.95)
            elif (node.id, "LOCATED_IN", parent.id) not in self.ctx.graph.edges:
                # (an edge a rule found stated keeps only its statements)
                add_relation(self.ctx, node, parent, "LOCATED_IN", span[0], span[1],
                             extractor=f"relations.{GAZETTEER_INFERRED}", confidence=0.5)
            evidence_for.setdefault(parent.id, span)
            queue.append(parent)

    def sentences_mentioning(self, node: Node) -> list[tuple[int, int]]:
        return sorted({self.sentence_of(m.start) for m in node.mentions if m.plan == self.plan})

    def written_inside(self, parent: Node, child: Node) -> list[tuple[int, int]]:
        """Sentences writing the child right after its parent (呼和浩特市新城区, 回民区的乌素图), as Chinese
        states containment; two places merely in one sentence are not a statement."""
        ends = {m.end for m in parent.mentions if m.plan == self.plan}
        out = set()
        for m in child.mentions:
            if m.plan != self.plan or self.nickname(self.squeeze(m.start, m.end), child.name):
                continue    # (内蒙古青城乳业交易中心: 青城 names a company here, not the city in the region)
            a = m.start
            for _ in range(8):      # 武川县可可以力更镇、上秃亥乡和哈乐镇: every town of a list written after its county
                while a > 0 and self.text[a - 1] in JOINERS:
                    a -= 1
                if a in ends or (self.text[a - 1:a] == "的" and (a - 1) in ends):
                    out.add(self.sentence_of(m.start))
                    break
                before = self.place_ending_at(a - 1) if self.text[a - 1:a] in ("、", "和", "及", "与") else None
                if before is None:
                    break
                a = before
        return sorted(out)

    def place_ending_at(self, end: int) -> int | None:
        """The start of a place mention ending at ``end`` (for walking back along a list of places)."""
        if not hasattr(self, "_place_ends"):
            self._place_ends = {m.end: m.start for n in self.ctx.graph.nodes.values() if n.label == "Place"
                                for m in n.mentions if m.plan == self.plan}
        return self._place_ends.get(end)


def fill_place_props(node: Node, entry) -> None:
    for k, v in (("kind", entry.kind), ("lat", entry.lat), ("lon", entry.lon)):
        if v not in (None, "") and node.props.get(k) in (None, ""):
            node.props[k] = v


#: characters too common in sector and goal names to say they share a theme
THEME_STOP = set("产业发展区中心国家示范基地城市建设新高全域重点核化的和与及现代综合服务体系先行级型平台创强首府")


def shares_theme(sector: str, goal: str) -> bool:
    """Whether a sector and a goal share a content character (乳业 / 世界乳都核心区, 研学旅游 / 全域旅游示范区): of the
    sectors a sentence develops under a goal, those of its kind are the ones said to serve it."""
    return bool((set(sector) - THEME_STOP) & set(goal))


def drop_overlong(ms: list[Mention]) -> list[Mention]:
    """Without a mention that holds a shorter mention of the same entity (武川县着力建设G read as G, and G): the
    longer span ran over the words before the name, and would hide the subject place it swallowed."""
    by_node: dict[str, list[Mention]] = {}
    for m in ms:
        by_node.setdefault(m.node.id, []).append(m)
    if all(len(v) == 1 for v in by_node.values()):
        return ms
    return [m for m in ms if not any(o is not m and m.start <= o.start and o.end <= m.end and
                                     (o.start, o.end) != (m.start, m.end) for o in by_node[m.node.id])]


def drop_project_figures(ms: list[Mention]) -> list[Mention]:
    """Y项目总投资 read as one statistic hides the project it opens with: relations see the project."""
    starts = {(m.start, m.end) for m in ms if m.label == "Project"}
    return [m for m in ms if m.label != "Indicator" or
            not any(a == m.start and b < m.end for a, b in starts)]


def top_level(ms: list[Mention]) -> list[Mention]:
    """Mentions not inside another (longest first at each start; partial overlaps keep the first)."""
    out: list[Mention] = []
    for m in ms:                     # sorted by (start, -end)
        if out and m.start < out[-1].end:
            # one span typed both as a place and as a project (a park being built): the project is what
            # the sentence builds or develops
            if (m.start, m.end) == (out[-1].start, out[-1].end) and out[-1].label == "Place" \
                    and m.label == "Project":
                out[-1] = m
            continue
        out.append(m)
    return out


def clause_break(text: str, a: int, b: int) -> bool:
    return any(c in CLAUSE_PUNCT for c in text[a:b])


def clauses(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The clauses of text[a:b] (split at commas, semicolons, colons and stops)."""
    out, i = [], a
    for mm in _CLAUSE_PUNCT_RE.finditer(text, a, b):
        out.append((i, mm.start()))
        i = mm.end()
    if i < b:
        out.append((i, b))
    return out


def parts(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The parts of a sentence between semicolons and stops."""
    out, i = [], a
    for mm in re.finditer(r"[；;。！？!?]", text[a:b]):
        out.append((i, a + mm.start()))
        i = a + mm.end()
    if i < b:
        out.append((i, b))
    return out or [(a, b)]


def clause_start(text: str, floor: int, pos: int) -> int:
    i = pos
    while i > floor and text[i - 1] not in CLAUSE_PUNCT:
        i -= 1
    return i


def next_clause_break(text: str, pos: int, ceil: int) -> int:
    i = pos
    while i < ceil and text[i] not in CLAUSE_PUNCT:
        i += 1
    return i


def extract(ctx) -> None:
    """Add LOCATED_IN, SUPPORTS and INVOLVES edges between the plan's entities (see module doc)."""
    Relations(ctx).run()
