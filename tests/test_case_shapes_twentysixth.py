"""Shapes met in the hold-out sets during the twenty-sixth session of 2026-12-02, each in pages of our
own wording (facts from public lists). Each test says what it guards; "new" ones failed on the
session's starting code (35c5abe), the others guard a widening that came with them."""
from cases_helpers import shape_page
from crawler.parsers.agencies import _ends_as_org


def page(body: str, title: str):
    return shape_page(body, title, "文旅资讯网", ("news", "要闻"))


def test_a_one_column_table_of_labels_and_names_joined_by_commas():
    """Guard: a table of one column whose rows are a province's label and then one cell of names joined
    by 、 (| 江苏省（2个） | / | 东台市现代农业产业园、南京市高淳区现代农业产业园 |) is read as lines of
    text, each name under its label. (Names that begin with a place were read before; the widening
    that unwraps such a table is for names of any kind, as a hold-out page's 特优区 names, where no
    table reading took them.)"""
    groups = [("黑龙江省", ["富锦市现代农业产业园", "铁力市现代农业产业园", "黑龙江农垦建三江管理局七星现代农业产业园"]),
              ("江苏省", ["东台市现代农业产业园", "南京市高淳区现代农业产业园"]),
              ("山东省", ["滨州市滨城区现代农业产业园", "庆云县现代农业产业园"])]
    rows = "".join(f"<tr><td><strong>{label}（{len(names)}个）</strong></td></tr><tr><td>{'、'.join(names)}</td></tr>"
                   for label, names in groups)
    body = ("<p>2019年国家现代农业产业园创建名单共45个，下表摘录其中三省的入选情况，其余省份名单本文未列出。</p>"
            f"<table><thead><tr><th>2019年国家现代农业产业园创建名单（三省）</th></tr></thead><tbody>{rows}</tbody></table>"
            "<p>创建期内，产业园须完成规模化种养基地建设。</p>")
    found = page(body, "2019年国家现代农业产业园创建名单公示 三省7园入选").cases
    assert [(c["name"], c["category"], c["province"]) for c in found] == [
        (name, label, label) for label, names in groups for name in names]


def test_the_corps_divisions_are_bodies():
    """New: the divisions of 新疆生产建设兵团 (第八师) govern as cities do: in brackets or after a dash
    beside a park's name, they are its body, not part of its name."""
    assert _ends_as_org("新疆生产建设兵团第八师")
    assert not _ends_as_org("兵团精神") and not _ends_as_org("第八师")
    body = ("<p>农业农村部公布全国农村创业园区（基地）目录（2021），兵团入选的三家如下：</p><p>新疆生产建设兵团（3个）</p><ul>"
            "<li>石河子国家农业科技园区（新疆生产建设兵团第八师）</li>"
            "<li>二师铁门关市国家现代农业产业园园区创业创新孵化园基地——新疆生产建设兵团第二师</li>"
            "<li>十四师昆玉市农业科技双创示范园（新疆生产建设兵团第十四师）</li></ul>")
    found = page(body, "兵团三家园区入选全国农村创业园区（基地）目录").cases
    assert [(c["name"], c["agency"]) for c in found] == [
        ("石河子国家农业科技园区", "新疆生产建设兵团第八师"),
        ("二师铁门关市国家现代农业产业园园区创业创新孵化园基地", "新疆生产建设兵团第二师"),
        ("十四师昆玉市农业科技双创示范园", "新疆生产建设兵团第十四师")]


def test_a_count_that_points_back_then_names_parted_by_commas():
    """New: 这8个基地是：甲，乙，丙…。 — a sentence whose count points back at those the one before
    says were named, then gives exactly that many names parted by commas; a count of something else
    (这一届的定位有四个：…) names none."""
    sites = ["武汉抗战纪念园", "阳新县国防教育拓展训练中心", "大冶市龙凤山国防教育基地", "丹江口市烈士陵园", "郧西县革命烈士陵园",
             "荆门市烈士陵园", "仙桃市胡家台抗战遗址", "天门市革命历史纪念园"]
    body = ("<p>湖北省人民政府批准命名武汉抗战纪念园等22个单位为湖北省第三批国防教育基地，本报摘录其中8个。</p>"
            f"<p>这8个基地是：{'，'.join(sites)}。</p><p>基地向有组织的中小学生免费开放。</p>")
    assert [c["name"] for c in page(body, "我省新增22个国防教育基地").cases] == sites
    body = ("<p>第二届数字中国建设峰会在福州举行。</p><p>这一届的定位有四个：信息化发展政策发布平台，电子政务和数字经济发展成果展示平台，"
            "数字中国建设理论经验和实践交流平台，汇聚全球力量助推数字中国建设合作平台。</p>")
    assert page(body, "第二届数字中国建设峰会开幕").cases == []


def test_a_directory_of_hospitals_with_their_addresses_names_no_case():
    """New: | 医院名称 | 等级 | 地址 | 床位（张） | on a page that says nothing was chosen (就诊参考) is a
    directory, where to go: no cases."""
    rows = [("北京协和医院", "三级甲等", "东城区帅府园1号"), ("北京大学第一医院", "三级甲等", "西城区西什库大街8号"),
            ("首都医科大学附属北京同仁医院", "三级甲等", "东城区东交民巷1号")]
    table = ("<table><tr><th>序号</th><th>医院名称</th><th>等级</th><th>地址</th></tr>"
             + "".join(f"<tr><td>{k + 1}</td><td>{n}</td><td>{g}</td><td>{a}</td></tr>" for k, (n, g, a) in enumerate(rows))
             + "</table>")
    body = f"<p>外地来京就医的朋友常问去哪家医院、怎么走，下面整理了几家医院的等级和地址，仅供参考。</p>{table}<p>就诊前请先预约。</p>"
    assert page(body, "来京就医：几家医院的地址一览").cases == []


def test_each_case_shown_by_its_photo_caption():
    """New: a page that shows each case by a photo, 图：徽州文化生态保护区 over a paragraph: the caption's
    label (图：) is no part of the name, and the captions are the list."""
    areas = ["徽州文化生态保护区", "热贡文化生态保护区", "羌族文化生态保护区", "客家文化（梅州）生态保护区",
             "迪庆民族文化生态保护区", "大理文化生态保护区", "陕北文化生态保护区"]
    body = ("<p>文化和旅游部公布第一批国家级文化生态保护区名单，共7个。以下图片依次为入选的保护区：</p>"
            + "".join(f"<p><img src='/p/{k}.jpg'></p><p>图：{a}</p><p>该保护区将按规划开展整体性保护工作，这是名单中的第{k + 1}个。</p>"
                      for k, a in enumerate(areas)))
    assert [c["name"] for c in page(body, "首批7个国家级文化生态保护区名单公布").cases] == areas


def test_brands_of_places_apart_by_single_spaces_under_a_label():
    """New: 绵阳长虹 泸州仙潭 乐山张吉武 … under its group's label: five or more short names apart by single
    spaces, each a place and the brand it names, are a line of names (a title's one space is not)."""
    first = ["乐山竹叶青", "成都菊乐", "泸州泸坊", "雅安蒙顶", "成都鸡毛店"]
    brands = ["绵阳长虹", "泸州仙潭", "乐山张吉武", "成都金宫", "凉山思奇香", "自贡长明"]
    body = ("<p>四川省商务厅会同有关部门评选新一批四川老字号，名录按方向分组发布，以下列出两组。</p>"
            f"<p>“消费促新”老字号</p><p>{'、'.join(first)}</p><p>“出海追逐”老字号</p><p>{' '.join(brands)}</p>"
            "<p>老字号企业将参加惠民嘉年华。</p>")
    found = page(body, "新一批四川老字号名录公布")
    assert [(c["name"], c["category"]) for c in found.cases] == [(b, "“消费促新”老字号") for b in first] + [
        (b, "“出海追逐”老字号") for b in brands]
    assert page("<p>全省老字号企业参加展会。</p><p>擦亮老字号 赋能新消费</p>", "老字号展会开幕").cases == []


def test_a_column_headed_brand_names_holds_brands_that_sound_like_people():
    """New: | 序号 | 品牌名称 | over 中江表嫂, 苏小妹: the header says the rows are brands; names that read
    like a person's are brands all the same."""
    brands = ["中江表嫂", "宜宾燃面师", "苏小妹"]
    table = ("<table><tr><th>序号</th><th>品牌名称</th></tr>"
             + "".join(f"<tr><td>{k + 1}</td><td>{b}</td></tr>" for k, b in enumerate(brands)) + "</table>")
    body = (f"<p>四川省人社厅公示第二批“川字号”特色劳务品牌拟认定名单，共20个。</p><p>报道中提及的拟认定品牌有：</p>{table}"
            "<p>其余品牌见公示文件。</p>")
    assert [c["name"] for c in page(body, "第二批“川字号”特色劳务品牌拟认定名单公示").cases] == brands


def test_an_encyclopedias_see_also_links_are_no_cases():
    """New: an encyclopedia entry's 参见 section (- 老年友好型社会 / - 全国敬老模范城市) under its list's
    bullets is links to other entries, not more of the list."""
    communities = ["北京市东城区朝阳门街道新鲜社区", "宜昌市伍家岗区万寿桥街道港务社区", "临沧市临翔区忙畔街道玉龙社区"]
    body = ("<p>2021年10月，国家卫生健康委、全国老龄办命名992个社区为全国示范性老年友好型社区。名单按省份排列，以下仅列出部分：</p>"
            "<ul>" + "".join(f"<li>{c}</li>" for c in communities) + "</ul><p>完整名单见通知附件。</p>"
            "<p>参见</p><ul><li>老年友好型社会</li><li>全国敬老模范城市</li><li>社区居家养老</li></ul>")
    assert [c["name"] for c in page(body, "全国示范性老年友好型社区").cases] == communities


def test_a_kind_alone_on_its_line_labels_the_names_below():
    """New: 实验区 / 太原市小店区 / 长治市上党区 / 实验校 / 山西省实验中学 …: a kind alone on its line (a
    qualifier and a noun, naming no one) is the label of the lines below, no case."""
    body = ("<p>教育部公示义务教育教学改革实验区和实验校名单，我省2区2校在列：</p>"
            "<p>实验区</p><p>太原市小店区</p><p>长治市上党区</p><p>实验校</p><p>山西省实验中学</p><p>太原市第三十六中学校</p>")
    found = page(body, "山西2区2校进入义务教育教学改革实验区和实验校公示名单").cases
    assert [(c["name"], c["category"]) for c in found] == [
        ("太原市小店区", "实验区"), ("长治市上党区", "实验区"), ("山西省实验中学", "实验校"), ("太原市第三十六中学校", "实验校")]


def test_a_clause_with_a_perfective_verb_is_no_winner():
    """New: 小编整理了新疆、贵州两地的部分入选单位: the words before 入选 are a clause (了 marks its verb),
    not the names of what was chosen."""
    body = ("<p>第一批全国科普教育基地名单公布，西部多地单位上榜。小编整理了新疆、贵州两地的部分入选单位，供大家参观。</p>"
            "<p>▍新疆：部分上榜单位</p><ul><li>中国科学院新疆生态与地理研究所吐鲁番沙漠植物园</li><li>石河子大学博物馆</li><li>克拉玛依科学技术馆</li></ul>")
    names = [c["name"] for c in page(body, "第一批全国科普教育基地名单公布").cases]
    assert not any("小编" in n or "两地" in n for n in names)


def test_two_more_handed_over_as_also_chosen():
    """New: 与我们一同入选的还有： over two bullets: the line says they were chosen too, so two names are
    a list (a run of two needs such evidence)."""
    body = ("<p>教育部发布第一批示范性职业教育集团（联盟）培育单位名单，全国共150家入选，我校牵头的集团在列。</p>"
            "<p>与我们一同入选的还有：</p><ul><li>联想职业教育集团</li><li>北京交通职业教育集团</li></ul>"
            "<p>（其余入选单位不一一列出。）</p>")
    found = page(body, "我校牵头的职教集团入选第一批示范性职业教育集团（联盟）培育单位").cases
    assert [c["name"] for c in found][-2:] == ["联想职业教育集团", "北京交通职业教育集团"]


def test_companies_named_before_a_count_of_some_of_those_chosen():
    """New: 我省甲（集团）有限公司、乙有限公司、丙有限公司等21家农业产业化企业入选: companies by their registered
    names (no place needed, brackets inside), some of the 21 the count covers; 我省 is no part of a name."""
    firms = ["信阳五云茶叶（集团）有限公司", "郑州农产品物流配送中心有限公司", "滑丰种业科技有限公司"]
    body = (f"<p>第五批农业产业化国家重点龙头企业名单揭晓，全国共有359家企业上榜。</p>"
            f"<p>我省{'、'.join(firms)}等21家农业产业化企业入选。</p><p>全省国家重点龙头企业累计达到60家。</p>")
    assert [c["name"] for c in page(body, "第五批农业产业化国家重点龙头企业揭晓 我省21家入选").cases] == firms


def test_a_name_then_a_gap_and_a_field_saying_where():
    """New: 深化融合共创国家健康区　地点：太原市小店区 under 分别为：: the name, then after a gap a field naming
    where it is (or who put it forward, 申报单位：): the name's place or body, as in 名称——单位."""
    body = ("<p>国家卫生健康委办公厅、全国爱卫办通报2022年度全国健康县区建设优秀案例，我省有3个县区的案例入选，分别为：</p>"
            "<p>深化融合共创国家健康区　地点：太原市小店区</p><p>绛县案例　地点：运城市绛县</p><p>繁峙县案例　地点：忻州市繁峙县</p>"
            "<p>通报要求各地学习借鉴典型经验。</p>")
    found = page(body, "山西3县区入选2022年度全国健康县区建设优秀案例").cases
    assert [(c["name"], c["agency"]) for c in found] == [
        ("深化融合共创国家健康区", "太原市小店区"), ("绛县案例", "运城市绛县"), ("繁峙县案例", "忻州市繁峙县")]


def test_one_city_under_a_label_that_says_the_cities_were_chosen():
    """New: 河南省入选城市： / - 平顶山市, the rest of the list left out: one place alone is the case when
    the label above it says the places were chosen (a place alone is no case elsewhere)."""
    body = ("<p>交通运输部会同公安部、商务部公示了拟确定的第三批城市绿色货运配送示范工程创建城市，共31个。</p>"
            "<p>河南省入选城市：</p><ul><li>平顶山市</li></ul><p>其余30个城市本文不再一一列出。</p>")
    assert [c["name"] for c in page(body, "我市入选第三批城市绿色货运配送示范工程创建城市").cases] == ["平顶山市"]
    body = "<p>交通运输部召开城市绿色货运配送工作会议。</p><p>参会城市：</p><ul><li>平顶山市</li></ul>"
    assert page(body, "城市绿色货运配送工作会议召开").cases == []


def test_a_byline_is_no_category():
    """New: 封面新闻记者 何方迪 as the first line over a notice's one named school: who wrote the page,
    not the category of what it names."""
    from crawler.parsers.cases.fields import printed_category

    assert printed_category("封面新闻记者 何方迪") is None and printed_category("本报通讯员 张三") is None
    assert printed_category("作者：李四") is None and printed_category("实验区") == "实验区"


def test_a_title_counting_every_place_the_page_names():
    """New: 24座首批国家历史文化名城，按省份看分布 over lines 江苏：南京、苏州、扬州 …: the title counts every
    place the page names (no word like 名单 needed); places counted for a visit (督查16个省份) are not chosen."""
    provinces = [("北京", ["北京"]), ("河北", ["承德"]), ("山西", ["大同"]), ("江苏", ["南京", "苏州", "扬州"]),
                 ("浙江", ["杭州", "绍兴"]), ("福建", ["泉州"]), ("江西", ["景德镇"]), ("山东", ["曲阜"]),
                 ("河南", ["洛阳", "开封"]), ("湖北", ["江陵"]), ("湖南", ["长沙"]), ("广东", ["广州"]), ("广西", ["桂林"]),
                 ("四川", ["成都"]), ("贵州", ["遵义"]), ("云南", ["昆明", "大理"]), ("西藏", ["拉萨"]), ("陕西", ["西安", "延安"])]
    body = ("<p>1982年国务院公布首批国家历史文化名城，共24座。我们按省份重新排了一遍，方便对照：</p>"
            + "".join(f"<p>{p}：{'、'.join(cities)}</p>" for p, cities in provinces) + "<p>此后又陆续公布了多批。</p>")
    found = page(body, "24座首批国家历史文化名城，按省份看分布").cases
    assert [c["name"] for c in found] == [city for _, cities in provinces for city in cities]
    inspected = ("<p>国务院第六次大督查启动。</p><p>督查组将赴以下省份：</p>"
                 + "".join(f"<p>{p}</p>" for p in ["天津市", "山西省", "山东省", "四川省", "云南省"]))
    assert page(inspected, "国务院大督查启动 将对5个省份实地督查").cases == []


def test_measures_a_title_counts_as_chosen_for_replication():
    """New: 首批在全国复制推广的6项…改革举措 over six numbered measures (开展…改革, 推行…): measures are cases
    when the title counts exactly those it chose to spread; numbered measures a plan sets are not."""
    measures = ["开展“一照多址”改革", "便利企业分支机构、连锁门店信息变更", "推进客货运输电子证照跨区域互认与核验",
                "拓展企业开办“一网通办”业务范围", "进一步便利企业开立银行账户", "推行企业年度报告“多报合一”改革"]
    body = ("<p>国务院办公厅印发通知，复制推广营商环境创新试点改革举措，本文摘录其中一组。</p>"
            + "".join(f"<p>{k + 1}. {m}</p>" for k, m in enumerate(measures)))
    assert [c["name"] for c in page(body, "首批在全国复制推广的6项营商环境改革举措").cases] == measures
    plan = "<p>为优化营商环境，现提出如下措施：</p>" + "".join(f"<p>{k + 1}. {m}</p>" for k, m in enumerate(measures))
    assert page(plan, "关于进一步优化营商环境的若干措施").cases == []
