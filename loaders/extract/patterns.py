"""Rule tables for the text entity extractors: how Chinese plan language names things.

Data, not logic: suffixes that end a name (with the entity label and kind they
imply), words that end a name on the left (verbs and prepositions that introduce
it), and generic words that never make a name specific (各村, 重点项目, 新兴产业).
None of this lists an entity of the bundled plans; it describes the language.
"""
from __future__ import annotations

#: characters removed before matching (hard-wrapped plans break lines inside names)
SQUEEZE = " \r\n\u3000"   # not \t: table cells stay apart

# -- suffixes ---------------------------------------------------------------------------------
#: (suffix, kind): an organisation's name ends with one of these (longest tried first)
ORG_SUFFIXES = [
    ("股份有限公司", "enterprise"), ("有限责任公司", "enterprise"), ("有限公司", "enterprise"),
    ("公司", "enterprise"), ("集团", "enterprise"), ("银行", "enterprise"),
    ("中学", "school"), ("小学", "school"), ("幼儿园", "school"), ("学校", "school"), ("分校", "school"),
    ("分园", "school"), ("中心校", "school"), ("学院", "university"), ("大学", "university"),
    ("医院", "hospital"), ("卫生院", "hospital"), ("卫生服务中心", "hospital"), ("卫生服务站", "hospital"),
    ("疾控中心", "hospital"), ("妇幼保健院", "hospital"), ("保健院", "hospital"),
    ("研究院", "institute"), ("研究所", "institute"), ("实验室", "institute"), ("研究中心", "institute"),
    ("科学院", "institute"),
    ("协会", "association"), ("商会", "association"), ("联盟", "association"), ("联合会", "association"),
    ("促进会", "association"), ("艺术剧院", "association"), ("歌舞剧院", "association"), ("歌舞团", "association"),
    ("艺术团", "association"), ("剧团", "association"), ("乌兰牧骑", "association"), ("专业合作社", "enterprise"), ("合作社联合社", "enterprise"), ("联合社", "enterprise"),
    ("合作联社", "enterprise"), ("合作社", "enterprise"),   # farmer co-ops are registered firms
]
#: government bodies count only when their name opens with a place (回民区人民政府)
GOV_SUFFIXES = [("人民政府", "government"), ("政府", "government"), ("市委", "government"), ("区委", "government"),
                ("县委", "government"), ("旗委", "government"), ("党委", "government"), ("发改委", "government"), ("委员会", "government"),
                ("人民法院", "government"), ("法院", "government"), ("人民检察院", "government"),
                ("检察院", "government"), ("管委会", "government"), ("管理委员会", "government"), ("党工委", "government"), ("局", "government")]
#: (suffix, kind): a place name ends with one of these
PLACE_SUFFIXES = [
    ("嘎查村", "village"), ("村委会", None), ("村", "village"), ("镇", "town"), ("乡", "township"),
    ("街道", "street"), ("社区", "community"), ("苏木", "sumu"), ("嘎查", "gacha"), ("片区", "area"),
    ("园区", "zone"), ("起步区", "zone"), ("开发区", "zone"), ("新区", "zone"), ("高新区", "zone"), ("综保区", "zone"),
    ("保税区", "zone"), ("加工区", "zone"), ("商圈", "business_district"), ("广场", "square"), ("公园", "park"),
    ("景区", "scenic_area"), ("湿地", "wetland"), ("湿地公园", "park"), ("森林公园", "park"),
    ("自然保护区", "area"), ("保护区", "area"), ("集聚区", "zone"),
    ("步行街", "street"), ("大街", "street"), ("街", "street"), ("大道", "road"), ("路", "road"),
]
#: suffixes a 路/街 must not be confused with (道路, 思路, 出路…) are handled as generic words
#: (suffix, kind): a project or facility name ends with one of these
PROJECT_SUFFIXES = [
    ("项目", "project"), ("工程", "project"), ("产业园", "facility"), ("基地", "facility"),
    ("中心", "facility"), ("综合体", "facility"), ("示范区", "facility"), ("小镇", "facility"),
    ("街区", "facility"), ("博物馆", "facility"), ("纪念馆", "facility"), ("体育馆", "facility"),
    ("图书馆", "facility"), ("文化馆", "facility"), ("科技馆", "facility"), ("展览馆", "facility"),
    ("馆", "facility"), ("园", "facility"), ("孵化器", "facility"), ("众创空间", "facility"),
    ("产业带", "facility"), ("走廊", "facility"), ("绿道", "facility"), ("快速路", "facility"),
    ("旅游带", "facility"), ("景观带", "facility"), ("污水处理厂", "facility"), ("再生水厂", "facility"),
    ("水厂", "facility"), ("电厂", "facility"), ("热电厂", "facility"), ("电站", "facility"), ("机场", "facility"),
    ("变电站", "facility"), ("垃圾焚烧发电厂", "facility"), ("处理厂", "facility"),
    ("高铁", "facility"), ("城际铁路", "facility"), ("跨线桥", "facility"), ("立交桥", "facility"), ("大桥", "facility"),
    ("隧道", "facility"), ("廊道", "facility"), ("航站楼", "facility"), ("试验站", "facility"), ("实验站", "facility"),
    # works plans name without 项目: plants, farms, kitchens, belts of fields and trails
    ("厂房", "facility"), ("中央厨房", "facility"), ("牧场", "facility"), ("示范带", "facility"),
    ("休闲带", "facility"), ("生态带", "facility"), ("旅游区", "facility"), ("工厂", "facility"),
    ("车间", "facility"), ("生产线", "facility"),
    # service posts and hubs plans name as works: 科技小院, 驿站, 城市书房, 枢纽节点, 研学线路
    # (not 集聚区: plans use it for areas described or titles won as often as for works)
    ("科技小院", "facility"), ("小院", "facility"), ("驿站", "facility"), ("城市书房", "facility"), ("书房", "facility"),
    ("枢纽节点", "facility"), ("研学线路", "facility"), ("旅游线路", "facility"),
    # 工业互联网标识解析二级节点: the national identifier-resolution network's nodes are built as projects
    ("二级节点", "facility"), ("顶级节点", "facility"),
    # belts of innovation along a university street (环高校创新创业带)
    ("创新创业带", "facility"), ("创业带", "facility"), ("创新带", "facility"),
]
#: events run as projects
EVENT_SUFFIXES = [("文化节", "event"), ("旅游节", "event"), ("艺术节", "event"), ("音乐节", "event"),
                  ("美食节", "event"), ("啤酒节", "event"), ("冰雪节", "event"), ("花节", "event"),
                  ("节", "event"), ("博览会", "event"), ("交易会", "event"), ("展览会", "event"),
                  ("运动会", "event"), ("马拉松", "event"), ("嘉年华", "event"), ("那达慕", "event"),
                  ("文化周", "event"), ("旅游季", "event"), ("论坛", "event"), ("峰会", "event")]
#: a policy's name ends with one of these
POLICY_HEADS = ("战略", "工程", "行动", "计划", "制度", "体系", "机制", "改革", "政策", "措施", "倡议",
                "工作法", "模式", "行动计划", "三年行动", "专项行动", "攻坚战", "保卫战", "长制", "制", "活动")
#: verbs after which a quoted phrase is a programme being carried out
POLICY_LEAD = ("实施", "推进", "落实", "深化", "推行", "开展", "深入实施", "全面实施", "全面落实", "推广",
               "深入推进", "持续推进", "贯彻", "贯彻落实", "执行", "启动", "深入开展", "持续开展", "实行", "严格实行")

# -- left boundaries -------------------------------------------------------------------------------
#: words that introduce a name and are never part of it
BOUNDARY_WORDS = set("""
推进 推动 实施 建设 加快 围绕 依托 在 对 以 于 打造 完成 启动 开工 新建 续建 谋划 争取 引进 落实 举办
承办 开展 组织 支持 鼓励 引导 发挥 加强 完善 提升 建成 投用 投运 落地 落户 入驻 进驻 加大 做好 做强 做大
培育 发展 壮大 扶持 强化 深化 优化 促进 带动 形成 构建 配套 改造 实现 确保 力争 推出 创建 申报 创办 规划
开发 利用 保护 治理 整治 提高 增强 扩大 引入 招引 吸引 培养 服务 包括 包含 重点 着力 全力 大力 积极 持续 加速
继续 全面 深入 进一步 不断 努力 切实 有序 稳步 逐步 有效 统筹 联合 依靠 通过 按照 根据 结合 借助 利用 围绕
与 和 及 以及 或 同 并 并且 而 跟 向 从 由 为 把 将 被 让 使 给 经 自 到 至 当 同时 其中 其 此 该 本 这 那 每
各 全 各类 各种 多个 一批 一些 若干 有关 相关 等 等等 的 了 着 过 是 有 个 家 所 座 处 条 项 户 人 万 亿 元
各大 东至 西至 南至 北至 即 位于 地处 之间 以及 区内 辖区 境内 市内 全区 全市 主要 重要 新 老 大 小 多 少 高 低 个别 部分 所有 全部 一个 一座 一所 一家 一处 一条 一批批 还 也 都 又 再 已 已经
布局 面向 销往 涉及 串联 分别 还有 以及 正在 即将 将要 计划 拟 预计 共 总 合计 累计 新增 现有 原有 既有 已有 入选 成为 作为 获评 评为 列入 纳入 荣获 获得
""".split())
#: work words that belong inside a project's name (…修复治理项目, …提升改造工程) but never open it
WORK_NOUNS = frozenset("""
建设 改造 提升 改扩建 扩建 新建 续建 迁建 治理 修复 整治 开发 升级 保护 提质 改建 建造 综合治理 一期 二期 三期 四期
提档 提档升级 提质升级 升级改造 提质增效 更新改造
""".split())
#: sector terms that must stay one word for the segmenter (大|数据 would lose its 大); vocabulary, not entities
SEGMENT_TERMS = ("新材料", "新能源", "大数据", "大健康", "云计算", "物联网", "人工智能", "节能环保", "生物医药",
                 "电子信息", "装备制造", "现代物流", "新基建", "数字经济", "低空经济", "银发经济", "绿色农畜产品",
                 # domain words jieba does not know, which would otherwise look like proper names (研学基地)
                 "研学", "康养", "露营", "农旅", "医养", "托育",
                 # facility heads jieba splits (中央|厨房, 休闲|带)
                 "中央厨房", "示范带", "休闲带", "生态带", "科技小院", "驿站", "研学线路", "枢纽节点",
                 "城市书房", "综合体", "旅游线路", "二级节点", "顶级节点",
                 # disciplines an institute is named by (合成|生物学 would lose its 合成)
                 "合成生物学", "合成生物", "生物制造", "中药资源", "蒙中药", "蒙中医药",
                 # hospital heads jieba splits (妇幼保健|院)
                 "妇幼保健院", "妇幼保健计划生育服务中心",
                 # a park head jieba splits (湿地|公园), which left the park a bare 湿地
                 "湿地公园")
#: words that open a clause before a name in plan prose (我区, 时期) and are never its first word
LEAD_JUNK = frozenset("""
一是 二是 三是 四是 五是 六是 七是 八是 首先 其次 我区 我市 我旗 我县 全区 全市 全县 全旗 全镇 本县 本旗 时期 期间 年 以 以及 及 和 与 或 等 暨 并 将 重点 一批 一个 首个 首批 多个 各类 充分利用 积极参与
""".split())
#: more verbs that open a clause before a name (glued to it by the segmenter)
LEAD_VERBS = frozenset("""
会同 充分发挥 发挥 全面实施 主动 协调 解决 获批 运营 聚力 努力实现 实现 严把 巩固 巩固提升 维护提升 维护 采取 做到 健全 注重
建成投产 投资建设 开工建设 投产 达产 开工 竣工 入职 就职 任职 推荐 设置 夯实 建立健全 建立 制定 布局 打通 插手 深入开展 参与 积极 依托 围绕 加快推进 加快建设 大力发展 重点发展 着力打造
全力打造 全力推进 积极推进 稳步推进 有序推进 持续推进 扎实推进 高标准 高质量 成功 顺利 正式 率先 首次 新增 完成 建好 办好
""".split())
BOUNDARY_WORDS |= LEAD_VERBS - {"运营"}
BOUNDARY_WORDS |= set(POLICY_LEAD) | {"全面推行", "全面推进", "深入推进", "大力推进"}
#: what one party does with another before the thing they do it on (甲公司签约|乙基地, 与丙合作建设|丁中心)
BOUNDARY_WORDS |= set("严格执行 严格落实 严格实行 严格 签约 签署 签订 合作建设 联合建设 共同建设 携手建设 合作共建 联合共建".split())
#: what a zone does with the firms it draws in (甲片区集聚|乙公司): never part of the firm's name
BOUNDARY_WORDS |= set("集聚 聚集 汇聚 承接 引育".split())
#: an indicator table's attribute column (…　45　100　预期性 / 村集体经济…): never part of the name on the next row
BOUNDARY_WORDS |= set("预期性 约束性".split())
#: what a place or a fund turns to (科技城聚焦|人工智能、云计算产业, 投向|生物育种): never part of the sector's name
BOUNDARY_WORDS |= set("聚焦 瞄准 面向 投向 立足".split())
BOUNDARY_WORDS |= set("进行 参与 清理 清查 盘活 推动 围绕 抓好 抓实 用好 提档升级 提质升级 提档 升级改造 事关".split())
#: POS tags (jieba) that never belong to a name
STOP_TAGS = {"p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "r", "y", "e", "o", "x", "w", "f"}

# -- generic words -----------------------------------------------------------------------------------
#: words that on their own do not make a name specific (重点项目, 农村, 城市公园 are not names)
GENERIC = set("""
重点 重大 民生 基础设施 基础 设施 产业 建设 招商 引资 招商引资 政府 投资 新开工 开工 续建 在建 储备 示范 工业 以上 级
市级 区级 县级 自治区级 国家级 省级 等 各类 相关 大 小 新 老 老旧 小区 城市 农村 城乡 乡村 城镇 城区 市区 全市 全区
全旗 全县 全镇 街道 居家 文明 核心 非遗 房地产 瓶颈 布点 各大 遗址 中小学 双赢 网红 美食 特色化 人均 领域 技术 本地 当地 周边 附近 沿线 沿街 特色 美丽 智慧 和谐 绿色 生态 主题 休闲 文化 体育 健身 运动 街心 口袋 森林
湿地 公共 公益 综合 服务 社区 中心 区域 地区 区 市 县 镇 乡 村 街 路 园 各 本 全 该 此 其 一批 一些 若干 多个 多项 一
二 三 四 五 六 七 八 九 十 百 千 万 亿 个 家 所 处 座 条 项 类 种 批 现代 现代化 传统 新兴 新型 优势 主导 支柱 龙头 骨干
战略性 高端 低端 中小 中小型 大型 小型 微型 规模 规模以上 规上 以下 重要 主要 一般 特色化 标准化 信息化 数字化 智能化
高质量 高水平 高标准 一流 先进 优秀 知名 品牌 名优 示范性 试点 标杆 样板 精品 优质 特色优势 基层 社会 民营 国有 公办 民办
私立 公立 普惠性 普惠 专科 配建 高职 高专 普通 职业 高等 中等 初等 义务 学前 特殊 特殊教育 九年一贯制 十二年一贯制 一贯制 寄宿制 专业 专科 综合性 定点 二级
三级 甲等 乙等 三甲 社区卫生 卫生 医疗 医养 养老 托育 康养 保障性 安置 棚户区 配套 商业 商务 商贸 物流 仓储 物业 住宅
居住 住房 安居 宜居 保障 民族 团结 进步 党建 党群 便民 惠民 为民 服务业 制造业 农业 旅游 旅游业 文旅 科技 创新 创业
孵化 研发 双创 众创 数据 信息 电子 网络 互联网 平台 载体 窗口 阵地 场所 场馆 设备 系统 工作 活动 项目 工程 企业 单位
机构 部门 组织 团队 队伍 人才 人员 群众 居民 农牧民 市民 游客 学生 儿童 老人 老年 青年 妇女 产业化 集群 链 产业链 节点
应急 安全 消防 防洪 排水 供水 供热 供电 供气 燃气 污水 垃圾 环卫 停车 交通 道路 公路 铁路 桥梁 管网 管线 网格 片
农畜产品 农产品 精深加工
""".split())
#: single tokens that end in a suffix but are ordinary words (思路 is not a road, 企业 is not an industry)
NOT_NAMES = set("""
农村 乡村 城镇 城乡 街道 社区 园区 片区 景区 广场 公园 湿地 开发区 新区 商圈 苏木 嘎查 小镇 街区 基地 中心 项目 工程 公司
集团 中学 小学 学校 学院 大学 医院 幼儿园 协会 商会 联盟 委员会 政府 法院 检察院 局 银行 道路 思路 出路 马路 公路 铁路 网路
线路 门路 套路 路 街 村 镇 乡 节 季节 环节 细节 春节 节日 节约 节能 节点 调节 关节 情节 章节 礼节 中秋节 国庆节 端午节
清明节 环节 中心环节 关键环节 劳动节 儿童节 重阳节 园 公园 家园 校园 花园 田园 庭园 菜园 果园 乐园 游乐园 产业园 馆 场馆 宾馆 旅馆 饭馆 茶馆 会馆 展馆
论坛 峰会 全局 大局 格局 布局 结局 开局 当局 新局 变局 局面 局部 邮局 僵局 定局 市局 分局 老城区 城区 市区 辖区 社区
电路 集成电路 陆路 水路 通路 航路 回路 返乡 下乡 家乡 故乡 老乡 回乡 还乡 异乡 镇村 城乡 中小学 中小学校 高校 公立医院 民办学校 普惠性幼儿园 专科医院 商业银行 城中村 贫困村 行政村 自然村 中心村 示范村 重点村 试点村 村镇 文明村 乡镇 集镇 公路 高速公路 快速路 道路
""".split())
#: heads of "…产业/…业/…经济" that are not industries
NOT_INDUSTRY = set("""
企业 就业 行业 创业 事业 专业 毕业 职业 作业 学业 产业 实业 商业街 业 失业 营业 从业 主业 副业 伟业 功业 基业 家业 大业 霸业
置业 工商业 物业费 开业 停业 歇业 复业 转业 修业 结业 肄业 受业 授业 课业 敬业 安居乐业 各行各业 百业 农业农村 经济 国民经济
区域经济 城市经济 县域经济 实体经济 民营经济 非公经济 非公有制经济 地方经济 整体经济 市场经济 宏观经济 社会经济 经济社会
乡村产业 乡村经济 目标产业
""".split())
# (乡村产业 is every rural sector at once, a plan's category like 县域经济; 目标产业 the sectors a drive aims at)
#: modifiers that make "…产业/…经济" generic (新兴产业, 特色产业, 优势特色产业 are categories, not sectors)
GENERIC_INDUSTRY_MODIFIERS = set("""
新兴 战略性 战略性新兴 优势 特色 主导 支柱 传统 相关 各 各类 重点 现代 高端 未来 朝阳 配套 关联 上下游 优势特色 特色优势
地方 区域 县域 全区 全市 本地 老 大 小 主要 重要 第一 第二 第三 一 二 三 首位 绿色 低碳 循环 基础 新型 接续 替代 富民
国际 全球 国家 政府 我区 我市 我县 我旗 全县 全旗 年均 城乡 当地 地区 现代化 全国 城市群 面向 紧盯 助力 定位 执行 布局 力求 带强 产业 宏观 五大 六大 四大 三大 十大 八大 七大 两大 主 关键 核心 前沿 先导 高新 高新技术 高 农村 城市 实体 民营 规模 整体
""".split())
#: words that make a following "…业/…产业" an industry head (农业, 制造业, 乳产业)
INDUSTRY_TAILS = ("产业", "业", "经济")

#: what a plan calls the set of goals it names (“三区一基地”发展定位), and a goal group's colon may follow (…目标：)
POSITIONING = r"(?:发展|功能|战略|总体)?定位"
POSITIONING_TAIL = rf"(?:{POSITIONING}|(?:发展)?目标)"
#: a numbered group of goals: 三区一地, 两区一基地
GOAL_GROUP = r"[一二三四五六七八九十两]+[\u4e00-\u9fff]{0,3}[一二三四五六七八九十两][\u4e00-\u9fff]{1,3}"

#: between two places of a heading that spans them (专栏2 新城区敕勒川—大青山前坡文旅重点项目, 金桥、金山片区):
#: its items lie in one or the other, and neither place is part of the heading's topic
PLACE_RANGE_JOINERS = "—–－-~～至到、和与及"
