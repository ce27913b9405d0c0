"""Shapes met in the hold-out sets during the fifteenth session of 2026-12-01, each in lines of
our own wording (facts from public lists). Each test says what it guards; "new" ones failed on the
session's starting code (02427a0), the others guard a widening that came with them."""
from crawler.parsers.cases import extract_cases


def cases(*lines, title):
    return extract_cases("\n".join(lines), title, "2023-12-01T09:00:00+08:00")["cases"]


def test_a_province_over_the_places_it_put_forward_is_their_label():
    """New: 浙江：浙江省青田县、浙江省遂昌县 / 重庆：铜梁区、石柱县、云阳龙缸国家地质公园 — the province's name
    labels the places under it (their category); each place is its own agency, one a line or
    several joined by 、 (most of them places), and a remark in brackets is no part of a name."""
    found = cases("2019年“中国天然氧吧”创建地区共51个，本报按省份整理已知名单如下：",
                  "浙江：浙江省青田县、浙江省遂昌县",
                  "黑龙江：黑龙江省铁力市",
                  "重庆：铜梁区、石柱县、云阳龙缸国家地质公园、巫山县",
                  "河南：光山县（信阳唯一，河南今年共3个上榜）",
                  "其余地区待主办方公布完整名单后补充。", title="2019年“中国天然氧吧”名单发布")
    assert [(c["name"], c["agency"], c["category"]) for c in found] == [
        ("浙江省青田县", "浙江省青田县", "浙江"), ("浙江省遂昌县", "浙江省遂昌县", "浙江"),
        ("黑龙江省铁力市", "黑龙江省铁力市", "黑龙江"),
        ("铜梁区", "铜梁区", "重庆"), ("石柱县", "石柱县", "重庆"), ("云阳龙缸国家地质公园", None, "重庆"),
        ("巫山县", "巫山县", "重庆"), ("光山县", "光山县", "河南")]


def test_a_province_over_its_own_site_or_a_city_over_its_counties_stays_the_agency():
    """Guard: 上海市：中国上海政府门户网站 is the province's own site (the province is its body), and
    岳阳市：汨罗市、屈原管理区 names the city that put its counties forward (its agency)."""
    found = cases("第十届中国政府网站绩效评估领先奖名单：", "【省级政府网站】",
                  "上海市：中国上海政府门户网站", "湖南省：湖南省人民政府门户网站", "吉林省：吉林省人民政府门户网站",
                  title="2011年中国政府网站绩效评估结果揭晓")
    assert [(c["name"], c["agency"]) for c in found] == [
        ("中国上海政府门户网站", "上海市"), ("湖南省人民政府门户网站", "湖南省"), ("吉林省人民政府门户网站", "吉林省")]


def test_emoji_bullets_with_a_remark_under_each_item():
    """New: ✅ 甲村 / 👉 a remark / ✅ 乙村 / 👉 …, under 🏆 award labels: the emoji are bullets, the
    remarks (sentences, each right under an item) describe the item above; villages named with
    their town are places, not people, whoever judged them."""
    found = cases("结果由主评委和大众评委共同打分，下面按奖级列一下，每个后面附一句我的印象：",
                  "🏆 金榜一等奖", "✅ 麻涌镇麻三村", "👉 讲得最扎实。", "✅ 茶山镇寒溪水村", "👉 现场气氛最好，掌声不断。",
                  "🥈 金榜二等奖", "✅ 寮步镇西溪村", "👉 产业讲得清楚。", "✅ 清溪镇铁场村", "👉 山歌一开口全场安静。",
                  "同一奖级里按现场公布顺序写，不代表名次。", title="东莞“振兴有道”擂台赛结果")
    assert [(c["name"], c["category"]) for c in found] == [
        ("麻涌镇麻三村", "金榜一等奖"), ("茶山镇寒溪水村", "金榜一等奖"),
        ("寮步镇西溪村", "金榜二等奖"), ("清溪镇铁场村", "金榜二等奖")]
    assert found[0]["description"] and "扎实" in found[0]["description"]


def test_a_work_in_title_marks_with_its_community_in_brackets():
    """New: 《…新路径》（江南街道祝屋巷社区）: the community or town in brackets after a quoted or
    titled work is whose work it is, not part of its name."""
    found = cases("惠州市第十二届基层治理实践创新项目征选结果公布，惠城区获奖项目如下：",
                  "★ 一等奖：《探索“三个一”治理模式构建社区治理共同体新路径》（江南街道祝屋巷社区）",
                  "★ 二等奖：《深化强村公司整村运营机制》（横沥镇墨园村）",
                  "★ 三等奖：《心智障碍群体就业梦工厂》（惠城区残联中心）", title="惠城3个项目获奖")
    assert [(c["name"], c["agency"]) for c in found] == [
        ("《探索“三个一”治理模式构建社区治理共同体新路径》", "江南街道祝屋巷社区"),
        ("《深化强村公司整村运营机制》", "横沥镇墨园村"), ("《心智障碍群体就业梦工厂》", "惠城区残联中心")]


def test_an_award_and_its_winner_apart_by_spaces_in_plain_text():
    """New: 一等奖  桥西街道党工委 / 实绩考核排行榜榜首    石湾村 (a <pre> block or a plain-text post):
    a gap of two or more spaces stands for the colon between an award and what won it."""
    found = cases("【石湾镇2022年抓党建促乡村振兴擂台赛】", "实绩考核排行榜榜首    石湾村", "示范创建工作排行榜榜首  滘吓村",
                  "【惠城区基层党建创新项目PK大赛】", "19个项目入围，决赛在西湖大剧院举行", "一等奖  桥西街道党工委",
                  "一等奖  惠州市第十五小学党支部", "两个榜首各拿了一面流动红旗。", title="几场党建擂台的获奖记录")
    assert [c["name"] for c in found] == ["石湾村", "滘吓村", "桥西街道党工委", "惠州市第十五小学党支部"]


def test_short_labels_over_titles_that_give_their_body_after_a_dash():
    """New: 发展提质类 / 《…》——汕头市委组织部 / its paragraph: a long title with its body after the dash
    is a heading, not a paragraph, and the short line above it labels the headings below."""
    found = cases("第十二届广东省“先锋杯”工作创新大赛决赛结束，汕头4个项目获三等奖。下面一个一个说。",
                  "党建赋能类", "《政治标兵、清风卫士》——汕头市纪委监委",
                  "这个项目把政治建设和监督执纪结合起来，现场展示了一线办案的片段。",
                  "发展提质类", "《搭建担当作为平台 激励干部攻坚破题奋发有为》——汕头市委组织部",
                  "核心是让干部领办项目，在攻坚中看表现，决赛时题目有所调整。",
                  "《以党建引领之“劲” 拓展土地要素保障之“径”》——汕头市自然资源局",
                  "讲的是用地保障，把党建和土地要素供给挂钩。",
                  "服务增效类", "《党建引领+科技赋能 智慧寻亲助团圆》——汕头市民政局",
                  "用技术手段帮走失、滞留人员找到家人。", title="汕头4个项目获省“先锋杯”三等奖")
    assert [(c["name"], c["agency"], c["category"]) for c in found] == [
        ("《政治标兵、清风卫士》", "汕头市纪委监委", "党建赋能类"),
        ("《搭建担当作为平台 激励干部攻坚破题奋发有为》", "汕头市委组织部", "发展提质类"),
        ("《以党建引领之“劲” 拓展土地要素保障之“径”》", "汕头市自然资源局", "发展提质类"),
        ("《党建引领+科技赋能 智慧寻亲助团圆》", "汕头市民政局", "服务增效类")]


def test_a_city_abroad_with_its_country_in_brackets():
    """New: 基加利（卢旺达）: the country after a city abroad is a note, not part of its name."""
    found = cases("2008年联合国人居奖获奖名单（排名不分先后）", "特别荣誉奖", "1、南京市（中国）", "荣誉奖", "1、绍兴市（中国）",
                  "2、张家港市（中国）", "3、基加利（卢旺达）", "4、华雷斯（墨西哥）",
                  "联合国人居奖由联合国人居署于1989年设立。", title="2008年联合国人居奖揭晓 南京获特别荣誉奖")
    assert [(c["name"], c["category"]) for c in found] == [
        ("南京市", "特别荣誉奖"), ("绍兴市", "荣誉奖"), ("张家港市", "荣誉奖"), ("基加利", "荣誉奖"), ("华雷斯", "荣誉奖")]


def test_bulleted_items_under_plain_award_titles_keep_their_bullets_out():
    """New: an award title, then `- 名称——单位` under it: the bulleted lines are the items (the body
    after the dash their agency); plain lines around them are no items of the same run."""
    found = cases("以下是协会报送项目所获奖项。", "2017年WSIS冠军奖",
                  "- 中国政务信息无障碍服务体系——中国互联网协会", "2025年WSIS项目提名奖·电子科学类",
                  "- 中国互联网应用适老化及无障碍公共服务平台——中国互联网协会", title="信息社会世界峰会奖项")
    assert [(c["name"], c["agency"]) for c in found] == [
        ("中国政务信息无障碍服务体系", "中国互联网协会"), ("中国互联网应用适老化及无障碍公共服务平台", "中国互联网协会")]


def test_works_under_award_labels_each_with_a_note_line():
    """New: 【一等奖】 / 《心声》 / （本奖项共4件，这里只列出1件）: the note in brackets under a work is on
    it and does not end the list; works in 《》 under award labels won them though judges (评委) are
    named above, and 、 inside 《》 does not make a line of several names."""
    found = cases("20件作品闯进决赛，最后由评委现场打分决出名次。", "【一等奖】", "《心声》", "（本奖项共4件，这里只列出1件）",
                  "【二等奖】", "《携政协心 谱传承曲》", "（本奖项共6件，这里只列出1件）",
                  "【三等奖】", "《聚合力、促发展、同富裕》", "（本奖项共10件，这里只列出1件）",
                  "【优秀组织奖】", "西安市政协", "（本奖项共9家单位，这里只列出1家）",
                  "委员工作室是委员联系界别群众的平台。", title="“秦商量”短视频大赛决赛结果揭晓")
    assert [(c["name"], c["category"]) for c in found] == [
        ("《心声》", "一等奖"), ("《携政协心 谱传承曲》", "二等奖"), ("《聚合力、促发展、同富裕》", "三等奖"),
        ("西安市政协", "优秀组织奖")]


def test_circled_items_each_a_theme_in_brackets_then_a_work():
    """New: ①【夏季治安打击整治行动】《警用扩音器…》 ②【公安微电影】《灯》 on one line: the 【】 is the theme
    each work was chosen under (its category), the work in 《》 the case; the note explaining the
    【】 marks names nothing."""
    found = cases("第八届警务视频展播活动公布了2024年度中国警务视频精品案例。晋城公安报送的三部短视频入选，分属三个主题：",
                  "①【夏季治安打击整治行动】《警用扩音器秒变售卖“小喇叭”》 ②【公安微电影】《灯》 ③【人民公安从这里走来】《我们从未忘记》",
                  "（序号只为阅读方便，不是名次；【】内为所入选的精品案例主题。）", title="晋城公安三部短视频入选年度警务视频精品案例")
    assert [(c["name"], c["category"]) for c in found] == [
        ("《警用扩音器秒变售卖“小喇叭”》", "夏季治安打击整治行动"), ("《灯》", "公安微电影"), ("《我们从未忘记》", "人民公安从这里走来")]


def test_labels_that_count_their_names_over_lines_of_names():
    """New: 区三星级文明单位（4个）： / 区委宣传部、区文旅体局、区民政局、区残联 …: as many names as the label
    counts, joined by 、, are a line of names under it (the first such line is no one name, nor does
    it end the list)."""
    found = cases("区委、区政府拟授予10个单位“文明单位”称号。拟表彰名单现公示如下：",
                  "区三星级文明单位（4个）：", "区委宣传部、区文旅体局、区民政局、区残联",
                  "区二星级文明单位（3个）：", "区政协机关、区杨柳街区管委会、区信访局",
                  "区一星级文明单位（2个）：", "区民宗局、区城建投公司",
                  "区二星级文明社区（1个）：", "联合街道南三角线社区",
                  "公示期为2021年1月28日至2月3日。", title="蒸湘区2020年度文明单位名单公示")
    assert [(c["name"], c["category"]) for c in found][:9] == [
        ("区委宣传部", "区三星级文明单位"), ("区文旅体局", "区三星级文明单位"), ("区民政局", "区三星级文明单位"),
        ("区残联", "区三星级文明单位"), ("区政协机关", "区二星级文明单位"), ("区杨柳街区管委会", "区二星级文明单位"),
        ("区信访局", "区二星级文明单位"), ("区民宗局", "区一星级文明单位"), ("区城建投公司", "区一星级文明单位")]


def test_the_jury_speaking_of_the_winners_makes_them_no_people():
    """New: 评委会认为，获奖城市和项目… above a header-less table of places and projects: the jury
    (评委会) speaks of what won; only judges named as people (评委：…) make a list of people."""
    found = cases("2010亚洲都市景观奖颁奖礼在福冈举行，共有11个城市和项目获奖。",
                  "评委会认为，获奖城市和项目都因地制宜地探索了城市景观建设的路子。",
                  "其中属于中国的获奖者如下，第一栏为所在地，第二栏为获奖城市或项目，顺序并非名次。",
                  "| 浙江杭州 | 余杭区 |", "| 内蒙古鄂尔多斯 | 恩格贝生态示范区 |", "| 江苏江阴 | 申港街道 |",
                  "| 山西太原 | 太原长风文化商务区大平台 |", title="2010亚洲都市景观奖揭晓 中国多个城市和项目获奖")
    assert [c["name"] for c in found] == ["余杭区", "恩格贝生态示范区", "申港街道", "太原长风文化商务区大平台"]


def test_a_medal_word_opening_a_line_is_its_place():
    """New: 冠军　武汉金银潭医院　　96.29 / 亚军　… / 季军　…: champion, runner-up and third open the lines
    of a ranking as 第一 / 第二 / 第三 do — the places 1 to 3, not part of the names."""
    found = cases("下面是最早两期的前三名，原稿公布了传播指数得分：", "【首期】",
                  "冠军　武汉金银潭医院　　96.29", "亚军　武昌医院　　　　　95.37", "季军　十堰市太和医院　　94.53",
                  "首期榜单上，金银潭医院的传播指数明显上升。", title="湖北医院传播指数榜早期前三名")
    assert [(c["name"], c["rank"]) for c in found] == [("武汉金银潭医院", 1), ("武昌医院", 2), ("十堰市太和医院", 3)]


def test_a_dash_inside_a_title_is_the_titles_own():
    """New: ⑵《直面“烤”验——警惕夏日杀手热射病》: the dash inside 《》 is part of the work's title, never a
    title——body split."""
    found = cases("我院选送的3件作品榜上有名，具体如下（排名不分先后）：", "（一）微视频类优秀作品", "⑴《被忽略的杀手》",
                  "（二）微视频类入围作品", "⑵《直面“烤”验——警惕夏日杀手热射病》", "⑶《“溺”行而上——溺水的自救与他救》",
                  "大赛征集启动后，我院立即组织参赛。", title="我院3件作品在2023年新时代健康科普作品征集大赛中获奖")
    assert [(c["name"], c["agency"]) for c in found] == [
        ("《被忽略的杀手》", None), ("《直面“烤”验——警惕夏日杀手热射病》", None), ("《“溺”行而上——溺水的自救与他救》", None)]


def test_a_city_column_beside_a_column_of_named_things():
    """New: | 城市 | 创新应用 | 申请机构 |: beside a column of named things (应用) the city column says
    where each lies, not what the rows name; under a title that counts the rows (首批5个创新应用一览)
    the table is the list, long product names and all."""
    found = cases("两地首批公示的应用及申请机构如下：", "| 城市 | 创新应用 | 申请机构 |", "|---|---|---|",
                  "| 北京 | 基于物联网的物品溯源认证管理与供应链金融 | 工商银行 |", "|  | 微捷贷产品 | 农业银行 |",
                  "|  | AIBank Inside产品 | 百信银行 |", "| 重庆 | 支持重庆地方方言的智能银行服务 | 重庆农商行 |",
                  "|  | 基于5G的数字化移动银行服务 | 重庆银行 |", "说明：表中内容依两地公示信息整理。",
                  title="“监管沙盒”落地一年回看：北京、重庆首批5个创新应用一览")
    assert [(c["name"], c["agency"]) for c in found] == [
        ("基于物联网的物品溯源认证管理与供应链金融", "工商银行"), ("微捷贷产品", "农业银行"), ("AIBank Inside产品", "百信银行"),
        ("支持重庆地方方言的智能银行服务", "重庆农商行"), ("基于5G的数字化移动银行服务", "重庆银行")]


def test_a_link_to_the_document_among_link_items_and_a_how_to_read_label():
    """New: - 获奖项目公示文件原文——人民银行官网 among `名称——单位` link items is the document, not a
    case; 点击下列条目可查看项目简介： over them says how to read on, no category."""
    found = cases("一等奖", "本届一等奖一共16项，两大交易所、登记结算公司和印钞企业各有项目上榜，具体见下方列表。",
                  "点击下列条目可查看项目简介：", "- 深交所股票注册制技术系统——深交所", "- 新一代交易监管系统——上交所",
                  "- 个人养老金基金行业平台——中国证券登记结算有限责任公司", "- 获奖项目公示文件原文——人民银行官网",
                  title="2022年度金融科技发展奖公示：193个项目获奖")
    assert [(c["name"], c["agency"], c["category"]) for c in found] == [
        ("深交所股票注册制技术系统", "深交所", None), ("新一代交易监管系统", "上交所", None),
        ("个人养老金基金行业平台", "中国证券登记结算有限责任公司", None)]


def test_sections_of_titles_with_bodies_counted_by_the_lead():
    """New: 辖内共有4个…创新应用完成了测试 over two sections (北京完成测试的应用 / ⑴ 甲——乙 …): the lead
    counts what the sections name, and every item gives its body after a dash — long titles are
    the cases."""
    found = cases("人民银行营业管理部和深圳市中心支行日前披露，辖内共有4个金融科技创新监管工具创新应用完成了测试。",
                  "北京完成测试的应用", "⑴ 基于物联网的物品溯源认证管理与供应链金融——中国工商银行",
                  "⑵ 基于区块链的产业金融服务——中国银行", "⑶ AIBank Inside产品——中信百信银行",
                  "深圳完成测试的应用", "⑴ 百行征信信用普惠服务——百行征信",
                  "据了解，创新监管工具对创新应用实行全生命周期管理。", title="首批金融科技创新应用“出箱”")
    assert [(c["name"], c["agency"]) for c in found] == [
        ("基于物联网的物品溯源认证管理与供应链金融", "中国工商银行"), ("基于区块链的产业金融服务", "中国银行"),
        ("AIBank Inside产品", "中信百信银行"), ("百行征信信用普惠服务", "百行征信")]


def test_places_praised_for_how_their_checks_went():
    """New: 酒泉市、武威市…庆阳市的抽查情况较好，予以表扬 — the places whose spot checks went well are
    praised, and a count of failing accounts in the sentence above (不合格账号25个) is statistics,
    no finding against them."""
    found = cases("本季度抽查591个，占总数的12%；其中不合格账号25个，总体合格率为95.77%。",
                  "从抽查结果看，省直部门账号运维整体较好；市州当中，酒泉市、武威市、白银市、天水市、庆阳市的抽查情况较好，予以表扬。",
                  title="甘肃省人民政府办公厅关于2021年第二季度全省政务新媒体抽查检查情况的通报")
    assert [c["name"] for c in found] == ["酒泉市", "武威市", "白银市", "天水市", "庆阳市"]


def test_a_long_heading_saying_what_the_places_below_were_praised_for():
    """New: 一、…促进制造业高质量发展成效明显的市、县市区 over one line of places: however long, the
    heading says what they were praised for and what they are."""
    found = cases("会上公布了2021年度真抓实干成效明显地区的表扬激励名单。现将有关名单摘录如下。",
                  "一、奋力打造国家重要先进制造业高地，促进制造业高质量发展成效明显的市、县市区",
                  "株洲市、岳阳市、长沙市、邵阳市，湘潭县、浏阳市、资兴市、雁峰区",
                  "激励措施：在制造强省专项资金中，给上述每个市增加500万元。", title="湘潭县三项工作获省政府表扬激励")
    assert [c["name"] for c in found] == ["株洲市", "岳阳市", "长沙市", "邵阳市", "湘潭县", "浏阳市", "资兴市", "雁峰区"]


def test_units_praised_for_a_high_rate():
    """New: 其中丹棱县、…、市医疗保障局的完成率较高，予以表扬 — units whose rate was high are praised
    (其中 opens the sentence, no part of the first name); units named for lagging are not."""
    found = cases("一季度，各政府网站按要求填报并公开了年度报表。大部分政务新媒体能及时转载重要政务信息，其中丹棱县、青神县、市生态环境局、市医疗保障局的完成率较高，予以表扬。",
                  "二、存在问题", "（一）重要政务信息转载不及时。眉山天府新区、东坡区、市公安局存在转载滞后的情况。",
                  title="眉山市人民政府办公室关于2023年第一季度全市政府网站与政务新媒体抽查情况的通报")
    assert [c["name"] for c in found] == ["丹棱县", "青神县", "市生态环境局", "市医疗保障局"]


def test_account_names_in_columns_under_labels_and_notes_after_names():
    """New: 【名次上升】 / 江夏融媒  大冶发布  西陵发布 (a plain-text backup: names in columns, wide gaps
    between them) are each a name under the label, under a 【新进榜单】 label too; and notes after a
    name — （首次进入前五）, （蝉联第二） — are no part of it."""
    found = cases("说明：下列【】为整理者加的标签，不是账号名。", "【前四名】", "第1名  大成武昌", "第2名  最红安",
                  "第3名  汉阳知音", "第4名  文明利川", "【名次上升】", "江夏融媒  大冶发布  西陵发布  今日竹山",
                  "【新进榜单】", "罗田全媒体  硚口发布  硒都发布  传蕲", "备份于2023年3月11日。",
                  title="2023年2月湖北区县微信榜（纯文本备份）")
    assert [c["name"] for c in found] == ["大成武昌", "最红安", "汉阳知音", "文明利川", "江夏融媒", "大冶发布", "西陵发布",
                                          "今日竹山", "罗田全媒体", "硚口发布", "硒都发布", "传蕲"]
    found = cases("湖北区县微信排行榜2022年12月TOP5如下：", "1. 大成武昌", "2. 汉阳知音（蝉联第二）",
                  "3. 荆州发布（首次进入前五）", "4. 文明利川", "5. 最红安", title="湖北区县微信12月榜")
    assert [c["name"] for c in found] == ["大成武昌", "汉阳知音", "荆州发布", "文明利川", "最红安"]


def test_a_table_of_figures_under_its_caption_row():
    """New: | 表2 …概况 | / |---| / | 指标 | 数值 | / |---| / rows of measures and figures: under its
    caption the table's header is a header of figures — statistics, no list."""
    found = cases("下表汇总了新浪微博平台上的政务微博概况。", "| 表2　新浪微博平台政务微博概况（截至2014年10月） |  |", "|---|---|",
                  "| 指标 | 数值 |", "|---|---|", "| 认证政府机构 | 12万 |", "| 政务微博总粉丝数 | 16亿 |",
                  "| 粉丝超百万的政务微博 | 337个 |", "| 提供在线服务的政务微博 | 近3000个 |",
                  title="数据｜政务微博客账号数量变化一览")
    assert found == []


def test_the_parts_of_an_assessment_named_before_their_lists():
    """New: 第一系列：最具影响力智慧城市；最具创新力智慧城市 — the parts of an assessment, each with the names
    of its lists, are no cases; the cities on the list the page gives are."""
    found = cases("据通报，本次评估共分六个系列，各系列及其榜单名称如下：",
                  "第一系列：最具影响力智慧城市；最具创新力智慧城市", "第二系列：最具投资价值智慧城市；最具发展潜力智慧城市",
                  "第三系列：最具旅游特色智慧城市；最具魅力宜居智慧城市", "以上仅为榜单名称。",
                  "2017-2018年度中国最具影响力智慧城市", "（按报道中的先后列出，不代表名次）", "1．  北京", "2．  上海", "3．  广州",
                  title="我市入选“2017-2018年度中国最具影响力智慧城市”")
    assert [c["name"] for c in found] == ["北京", "上海", "广州"]


def test_people_under_their_units_and_a_numbered_tier_label():
    """New: 市直：覃蒙坚、李楠、麦静 lines (people joined by 、 under their unit) are people, no cases;
    一、一等奖 over bodies is their category without its numbering."""
    found = cases("会议对2021年度全市人大宣传工作先进单位、优秀通讯员进行通报表扬。", "一、一等奖",
                  "兴宾区人大常委会、武宣县人大常委会、合山市人大常委会", "二、二等奖", "象州县人大常委会、金秀瑶族自治县人大常委会",
                  "三、《来宾人大》优秀通讯员（节选）", "市直：覃蒙坚、李楠、麦静、黄玉敏、罗方圆", "兴宾区：韦妮萍、覃小贞",
                  "象州县：曾柯、赖保、覃江娜、韦丽荣", "武宣县：覃浩和、张秋华、滕少娟",
                  title="全市人大宣传工作会议召开 通报表扬2021年度先进单位和优秀通讯员")
    assert [(c["name"], c["category"]) for c in found] == [
        ("兴宾区人大常委会", "一等奖"), ("武宣县人大常委会", "一等奖"), ("合山市人大常委会", "一等奖"),
        ("象州县人大常委会", "二等奖"), ("金秀瑶族自治县人大常委会", "二等奖")]


def test_a_county_by_its_three_character_name_given_an_honour_for_places():
    """New: 泰和县获评十佳优化营商环境县（市、区）: a county of three characters (和 in its name is no
    conjunction) given an honour for places is the case; 福建省被评为优秀档次 (a grade) is not."""
    found = cases("11月8日，江西省工商联发布第四届十佳优化营商环境县（市、区）报告。泰和县获评十佳优化营商环境县（市、区）。",
                  "（其余获评地区的名单本文未刊载。）", title="泰和县获评江西省第四届“十佳优化营商环境县（市、区）”")
    assert [c["name"] for c in found] == ["泰和县"]


def test_numbered_place_labels_over_plain_lines_counted_by_the_title():
    """New: （一）乌鲁木齐市 / community / community / （二）塔城地区 / …: a numbered place labels the plain
    lines under it, and a title counting them all (新疆5个社区获认定…) says the lines are the list."""
    found = cases("经审核评议，由新疆地震局报送的社区全部被认定为国家地震安全示范社区。下面一起看看是哪些社区吧",
                  "（一）乌鲁木齐市", "水磨沟区七纺片区管委会温泉社区", "水磨沟区新民路片区管委会新城社区",
                  "（二）塔城地区", "乌苏市新市区街道文德路社区", "塔城市杜别克街道光明社区",
                  "（三）阿克苏地区", "阿克苏市新城街道阿苏克社区",
                  "希望各示范社区继续做好隐患排查和科普宣传。", title="喜讯！新疆5个社区获认定国家地震安全示范社区")
    assert [(c["name"], c["category"]) for c in found] == [
        ("水磨沟区七纺片区管委会温泉社区", "乌鲁木齐市"), ("水磨沟区新民路片区管委会新城社区", "乌鲁木齐市"),
        ("乌苏市新市区街道文德路社区", "塔城地区"), ("塔城市杜别克街道光明社区", "塔城地区"), ("阿克苏市新城街道阿苏克社区", "阿克苏地区")]


def test_body_colon_title_lines_under_grade_labels():
    """New: 【特等奖】 / 甲：… / 【一等奖】 / 乙：… / 丙：… / 【二等奖】 / 乙：…: the 【】 grades label the
    `单位：名称` lines under them without breaking them, and one body may win under two grades."""
    found = cases("本库根据公开报道，先收录以下可以确认项目名称和等级的成果。", "【特等奖】",
                  "中钞印制技术研究院有限公司：多功能激光雕刻钞券制版系统研制", "【一等奖】",
                  "工商银行：金融行业人工智能全栈安全风险检测平台建设和应用", "农业银行：数智驱动的企业级业务架构建设实践",
                  "【二等奖】", "工商银行：集团一体化智能风控体系ERM5.1建设", "注：其余项目待补。",
                  title="2024年度金融科技发展奖：高等级获奖项目摘录")
    assert [(c["name"], c["agency"], c["category"]) for c in found] == [
        ("多功能激光雕刻钞券制版系统研制", "中钞印制技术研究院有限公司", "特等奖"),
        ("金融行业人工智能全栈安全风险检测平台建设和应用", "工商银行", "一等奖"),
        ("数智驱动的企业级业务架构建设实践", "农业银行", "一等奖"),
        ("集团一体化智能风控体系ERM5.1建设", "工商银行", "二等奖")]


def test_slide_captions_are_the_items_of_a_carousel():
    """New: <li><img alt=""><p class="caption">新莊區公所</p></li> slides under a heading: the caption is
    the item's text (the page path keeps it; it used to leave empty items)."""
    from crawler.sites import parse_page

    slides = "".join(f'<li class="slide"><img src="/p/{k}.jpg" alt=""><p class="caption">{name}</p></li>'
                     for k, name in enumerate(["新莊區公所", "蘆洲區公所", "三重區公所"]))
    html = ("<html><head><meta charset='utf-8'><title>112年新北區政考核出爐</title></head><body><article>"
            "<h1>112年新北區政考核出爐 3區公所奪特優</h1>"
            "<p>112年度新北市區政考核成績揭曉，甲組有3個區公所拿到特優，由市長親自頒發獎座。各區公所在民政、工務等業務上表現突出，獲得肯定。</p>"
            "<p>以下為得獎區公所受獎照片，可左右滑動瀏覽（輪播順序不代表名次）：</p>"
            f"<h3>甲組特優</h3><div class='slider'><ul class='slides'>{slides}</ul></div>"
            "<p>民政局表示，區公所是市府服務市民最前線的據點，希望各區持續精進，提供市民更有感的服務。</p>"
            "</article></body></html>").encode()
    page = parse_page("https://example.org/news/1.html", html)
    assert [c["name"] for c in page.cases] == ["新莊區公所", "蘆洲區公所", "三重區公所"]


def test_plain_lines_under_bracket_labels_outside_the_article_box():
    """New: a list printed after the article's box as 【类别】<br>作品（单位）<br>…: the page path puts
    back the plain lines under each restored 【】 label, and a title with a colon of its own runs to
    the body in brackets (“谣”不可及：神仙们的真相突围记（泸县人民检察院）)."""
    from crawler.sites import parse_page

    html = ("<html><head><meta charset='utf-8'><title>首届四川网络辟谣作品创作大赛结果揭晓</title></head><body>"
            "<div class='TRS_Editor'><p>2025年首届四川网络辟谣作品创作大赛的获奖名单近日公布，大赛从240件参赛作品里选出45件优秀辟谣作品，另评出优秀传播奖和突出组织单位奖。</p>"
            "<p>以下为检察机关获奖情况（作品后括号内为报送单位）：</p></div>"
            "<div class='list'>【图片类·一等奖】<br>谣言气球（营山县人民检察院）<br>“谣”不可及：神仙们的真相突围记（泸县人民检察院）<br>"
            "【图片类·二等奖】<br>赛博空间版三人成虎（成都市郫都区人民检察院）<br>真相破谣社之谣言粉碎记（德阳市旌阳区人民检察院）<br></div>"
            "<div class='TRS_Editor'><p>从标题看，这些作品涉及的谣言多与百姓日常相关，形式以图片和短视频为主，传播效果较好。</p></div>"
            "</body></html>").encode()
    page = parse_page("https://example.org/news/2.html", html)
    assert [(c["name"], c["agency"], c["category"]) for c in page.cases] == [
        ("谣言气球", "营山县人民检察院", "图片类·一等奖"), ("“谣”不可及：神仙们的真相突围记", "泸县人民检察院", "图片类·一等奖"),
        ("赛博空间版三人成虎", "成都市郫都区人民检察院", "图片类·二等奖"), ("真相破谣社之谣言粉碎记", "德阳市旌阳区人民检察院", "图片类·二等奖")]


def test_the_pages_own_place_by_a_pronoun_is_no_case():
    """Guard: 我省入选情况 over `奖：“账号”（单位）` lines — 我省 is the page's own province by a pronoun,
    never a case's name, while the accounts are."""
    found = cases("当天发布的报告中，我省有两家法院的官方微博榜上有名。", "我省入选情况",
                  "全国法院微博影响力十强：“陕西高院”（陕西省高级人民法院）",
                  "全国基层人民法院微博影响力十强：“富平法院”（富平县人民法院）",
                  "报告对近两年法院微博的发展作了梳理，法院微博体系基本成形。", title="我省两家法院官方微博进入全国十强")
    assert [c["name"] for c in found] == ["“陕西高院”", "“富平法院”"]


def test_a_ranking_by_unit_with_a_group_column_of_joined_names():
    """New: | 组别 | 单位 | 名次 | 得分 | with 各县、赣榆区 as a merged group cell: the header says the 单位
    column holds the entries; the group's 、 is no list of names."""
    found = cases("两组完整名次见下表。", "| 组别 | 单位 | 名次 | 得分 |", "|---|---|---|---|",
                  "| 各县、赣榆区 | 灌南县 | 1 | 147.68 |", "|  | 灌云县 | 2 | 145.37 |", "|  | 东海县 | 3 | 140.59 |",
                  "| 各区、功能板块 | 市开发区 | 1 | 98.84 |", "|  | 海州区 | 2 | 90.54 |",
                  title="1月12345考评：灌南县、市开发区分获两组第一")
    assert [(c["name"], c["rank"]) for c in found] == [
        ("灌南县", 1), ("灌云县", 2), ("东海县", 3), ("市开发区", 1), ("海州区", 2)]


def test_figures_after_the_names_in_a_sentence_are_no_names():
    """New: 依次为恩施市、潜江市、仙桃市，指数分别是90.1、89.92和89.47 — the figures the sentence goes on
    to give are no names."""
    found = cases("网络传播指数", "该项前三的排序与综合榜一致，依次为恩施市、潜江市、仙桃市，指数分别是90.1、89.92和89.47。",
                  title="区县传播指数12月榜出炉：恩施市再夺第一")
    assert [c["name"] for c in found] == ["恩施市", "潜江市", "仙桃市"]


def test_places_with_scores_ranked_in_clauses_after_a_bold_label():
    """New: 综合传播指数 / ：恩施市（87.24）拿了第一，大冶市（86.09）第二，利川市（85.78）第三 — the line that
    opens with the colon of the bold label above it is that label's line, and each clause gives a
    place, its score and its place on the ranking."""
    found = cases("湖北区县传播指数排行榜7月榜单出炉，给大家简单摘一下：", "综合传播指数",
                  "：恩施市（87.24）拿了第一，大冶市（86.09）第二，利川市（85.78）第三。恩施比上月升了2位。",
                  title="7月区县传播指数：恩施、大冶、利川前三")
    assert [(c["name"], c["rank"]) for c in found] == [("恩施市", 1), ("大冶市", 2), ("利川市", 3)]


def test_a_unit_and_order_header_under_a_caption_row():
    """New: | 3月…效能指数前五名 |  | / | 单位 | 序 | / rows: 序 is an order column like 序号, so the row
    under the caption is a header and the 单位 column holds the entries."""
    found = cases("市“12345”市长公开电话日前公布了3月份网络单位效能指数。", "| 3月区县市（管委会）效能指数前五名 |  |",
                  "| 单位 | 序 |", "| 杭州西湖风景名胜区管委会 | 一 |", "| 大江东管委会 | 二 |", "| 拱墅区 | 三 |",
                  "| 富阳区 | 四 |", "说明：表中“序”为通报列出的先后。", title="3月杭州“12345”效能指数")
    assert [c["name"] for c in found] == ["杭州西湖风景名胜区管委会", "大江东管委会", "拱墅区", "富阳区"]


def test_a_heading_of_places_ranked_among_the_first_of_the_province():
    """New: …完成目标任务排名全省前列的市、县市区 over 长沙市、湘潭市，浏阳市、长沙县…: a heading saying the
    places below rank among the first (前列) announces them as 成效明显 does."""
    found = cases("下面摘录与新邵有关的几类名单，前面的序号是省里名单中的原序号，并非排名。", "7",
                  "打造内陆改革开放高地、稳外资稳外贸措施有力，完成目标任务排名全省前列的市、县市区",
                  "长沙市、湘潭市、益阳市，浏阳市、长沙县、岳塘区、新邵县。",
                  "激励措施：在开放型经济专项资金中，每个市奖励200万元、每个县市区奖励100万元。", title="喜报！新邵获省政府四项表扬激励")
    assert [c["name"] for c in found] == ["长沙市", "湘潭市", "益阳市", "浏阳市", "长沙县", "岳塘区", "新邵县"]


def test_sums_of_money_are_no_names():
    """New: 激励措施：每个市奖励200万元、每个县市区奖励100万元 under the places praised: sums given are
    no names of cases."""
    found = cases("一、促进制造业高质量发展成效明显的市、县市区", "株洲市、岳阳市，湘潭县、浏阳市",
                  "激励措施：每个市奖励200万元、每个县市区奖励100万元", title="湘潭县获省政府表扬激励")
    assert [c["name"] for c in found] == ["株洲市", "岳阳市", "湘潭县", "浏阳市"]
