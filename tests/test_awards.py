from __future__ import annotations

import fedextract
from fedextract.awards import _is_lead_in, read_decision
from fedextract.normalize import make_lines


def _decision(text: str):  # type: ignore[no-untyped-def]
    return read_decision(make_lines(text.split("\n"))[0])


def test_attachment_list_signature_and_appendix() -> None:
    d = _decision(
        "决定授予张甲、李乙等2户家庭“最美家庭”荣誉称号。\n附件:\n1、“最美家庭”名单\n"
        "某市妇联\n二〇一六年十一月八日\n附件1:\n“最美家庭”名单 (2户)\n宜昌市张甲家庭\n武汉市李乙家庭"
    )
    assert d.signing_date == "2016-11-08" and d.signers == ["某市妇联"]
    assert [(a["number"], a["title"]) for a in d.attachments] == [(1, "“最美家庭”名单")]
    (lst,) = d.award_lists
    assert (lst["title"], lst["award"], lst["attachment"], lst["note"]) == ("“最美家庭”名单", "最美家庭", 1, "(2户)")
    assert [(h["name"], h["affiliation"], h["household"]) for h in lst["honorees"]] == [("张甲", "宜昌市", 1), ("李乙", "武汉市", 2)]
    assert not d.warnings


def test_households_group_members_by_the_award_count_and_mismatch_is_reported() -> None:
    d = _decision("授予王甲、刘乙等2户家庭“书香家庭”称号。\n“书香家庭”名单\n王甲\n刘乙\n赵丙\n孙丁\n"
                  "钱戊 东城区居民 东城区居民 西城区教师 西城区医生 南湖区居民")
    (lst,) = d.award_lists
    assert [h["household"] for h in lst["honorees"]] == [1, 1, 2, 2, 3]
    assert [w["code"] for w in d.warnings] == ["count_mismatch"]


def test_categories_with_counts_and_an_empty_category() -> None:
    d = _decision("授予甲县妇联等1个单位先进集体称号。\n附件\n先进名单\n一、先进集体(1个)\n1.甲县妇联;\n二、先进个人(0名)")
    assert [(lst["title"], lst["award"], len(lst["honorees"])) for lst in d.award_lists] == [
        ("先进名单", "先进集体", 1), ("先进名单", "先进个人", 0)]
    assert d.award_lists[0]["honorees"][0]["marker"] == "1."


def test_prose_honours_without_a_list_become_lists() -> None:
    d = _decision("甲单位团支部2009年5月被团中央授予“五四红旗团支部”称号;\n卢某某2009年5月被团省委授予“优秀团支部书记”称号。")
    assert [(lst["award"], [(h["name"], h["kind"]) for h in lst["honorees"]]) for lst in d.award_lists] == [
        ("五四红旗团支部", [("甲单位团支部", "organization")]), ("优秀团支部书记", [("卢某某", "person")])]


def test_flattened_line_with_two_lists() -> None:
    d = _decision("授予3个单位“先进集体”称号,授予2名同志“先进个人”称号。\n"
                  "某省先进集体名单 某省卫生健康委妇幼处 某市妇女联合会 某省先进个人名单 严 俊 某省人民检察院检察官 李晓冬 某市统计局科长")
    assert [(lst["title"], lst["award"]) for lst in d.award_lists] == [("某省先进集体名单", "先进集体"), ("某省先进个人名单", "先进个人")]
    assert [(h["name"], h["affiliation"]) for h in d.award_lists[1]["honorees"]] == [
        ("严俊", "某省人民检察院检察官"), ("李晓冬", "某市统计局科长")]


def test_two_signers_above_the_date() -> None:
    d = _decision("决定授予张三等2户家庭“最美家庭”称号。\n某市妇联\n某市文明办\n2019年3月8日\n附件\n最美家庭名单\n张三家庭\n李四家庭")
    assert d.signers == ["某市妇联", "某市文明办"]
    assert [(h["name"], h["household"]) for h in d.award_lists[0]["honorees"]] == [("张三", 1), ("李四", 2)]


def test_a_list_number_alone_on_its_line_is_kept_as_a_label() -> None:
    d = _decision("授予名单\n2.\n张三")
    assert d.roles[2] == "marker" and 2 in d.used


def test_region_labels_group_families_and_rows() -> None:
    d = _decision("授予高某、戴某等3户家庭“十佳家庭”称号。\n其中,“十佳家庭”分别为:\n"
                  "东城区:高某某、戴某某家庭;\n西城区:林某家庭;\n驻军部队:刘某、谭某某家庭。")
    (lst,) = d.award_lists
    assert lst["award"] == "十佳家庭"
    assert [(h["name"], h["affiliation"], h["household"], h["region"]) for h in lst["honorees"]] == [
        ("高某某", "东城区", 1, "东城区"), ("戴某某", "东城区", 1, "东城区"), ("林某", "西城区", 2, "西城区"),
        ("刘某", "驻军部队", 3, None), ("谭某某", "驻军部队", 3, None)]  # a unit label, not a region


def test_a_lead_in_that_names_the_honour_opens_a_list_with_region_labels() -> None:
    d = _decision("评选工作已经完成。\n获得2019年全国五一劳动奖章的会员有:\n上海:江某 某某大学附属中学教师\n"
                  "山西:梁某某 某某剧院演员\n闫某某 某某剧团演员")
    (lst,) = d.award_lists
    assert lst["award"] == "全国五一劳动奖章"
    assert [(h["name"], h["affiliation"], h["region"]) for h in lst["honorees"]] == [
        ("江某", "某某大学附属中学教师", "上海"), ("梁某某", "某某剧院演员", "山西"), ("闫某某", "某某剧团演员", "山西")]


def test_a_bracketed_list_note_and_post_glued_before_a_dotted_name() -> None:
    d = _decision("表彰名单(兵团部分)\n一、先进工作者\n某团关工委常务副主任阿某某·买某\n某某工作室领衔人李某某")
    (lst,) = d.award_lists
    assert (lst["title"], lst["award"]) == ("表彰名单(兵团部分)", "先进工作者")
    assert [(h["name"], h["affiliation"]) for h in lst["honorees"]] == [
        ("阿某某·买某", "某团关工委常务副主任"), ("李某某", "某某工作室领衔人")]


def test_prize_list_with_works_and_unit_labels() -> None:
    d = _decision("共评出优秀征文4篇,其中一等奖1篇、二等奖3篇。\n附:\n某某征文活动获奖名单\n一等奖(1篇):\n"
                  "《做阳光下的人》 某某中学二支部:梁 某\n二等奖(3篇)\n《我的自行车》 某某学院支部:张某青")
    assert [(a["title"], a["count"], a["unit"]) for a in d.awards] == [("一等奖", 1, "篇"), ("二等奖", 3, "篇")]
    assert [(lst["award"], [(h["name"], h["affiliation"], h["work"]) for h in lst["honorees"]]) for lst in d.award_lists] == [
        ("一等奖", [("梁某", "某某中学二支部", "《做阳光下的人》")]),
        ("二等奖", [("张某青", "某某学院支部", "《我的自行车》")])]


def test_a_letter_spaced_heading_is_a_list_title() -> None:
    d = _decision("近日表彰了一批先进个人。\n全 国 三 八 红 旗 手\n王某某 某某医院院长")
    (lst,) = d.award_lists
    assert lst["title"] == "全国三八红旗手"
    assert [(h["name"], h["affiliation"]) for h in lst["honorees"]] == [("王某某", "某某医院院长")]


def test_category_headings_with_counts_open_lists_of_places() -> None:
    d = _decision("命名甲区、乙区等2个区为“文明城区”。附件:某某名单\n一、某市文明城区(2个)\n渝北区、巴南区\n")
    lst = d.award_lists[-1]
    assert lst["award"] == "某市文明城区"
    assert [(h["name"], h["kind"]) for h in lst["honorees"]] == [("渝北区", "organization"), ("巴南区", "organization")]


def test_a_partial_enumeration_only_names_a_few() -> None:
    d = _decision("授予张某某、李某某等10人“先进个人”称号。")
    assert d.award_lists == []
    d = _decision("授予张某某、李某某同志“先进个人”称号。")
    assert [h["name"] for h in d.award_lists[0]["honorees"]] == ["张某某", "李某某"]


def test_a_complete_prose_enumeration_with_brackets_is_a_list_with_affiliations() -> None:
    d = _decision("表彰了“某某创新奖”获得者:陈某(某某医院科主任、医学博士)、胡某某(某某研究所所长)等两位同志荣获“某某创新奖”。")
    (lst,) = d.award_lists
    assert (lst["title"], lst["award"]) == ("", "某某创新奖")
    assert [(h["name"], h["affiliation"]) for h in lst["honorees"]] == [
        ("陈某", "某某医院科主任、医学博士"), ("胡某某", "某某研究所所长")]


def test_families_enumerated_in_prose_by_category() -> None:
    d = _decision("最终评选出八个类别,3户“最美家庭”。区环卫局温某某家庭、某镇某村魏某家庭当选“最美孝老家庭”;"
                  "宝林里社区耿某某家庭当选“最美和美家庭”。")
    assert [(a["title"], a["count"]) for a in d.awards] == [
        ("最美家庭", 3), ("最美孝老家庭", None), ("最美和美家庭", None)]
    assert [[(h["name"], h["affiliation"], h["household"]) for h in lst["honorees"]] for lst in d.award_lists] == [
        [("温某某", "区环卫局", 1), ("魏某", "某镇某村", 2)], [("耿某某", "宝林里社区", 1)]]


def test_counted_categories_after_an_attachment_label_and_a_signer_below_a_list() -> None:
    d = _decision("公示时间:2022年11月21日—11月25日\n附:某某拟推荐候选人公示名单\n拟推荐全国三八红旗手(1名)\n"
                  "刘某某 某某医院科教科主任\n拟推荐全国三八红旗集体(1个)\n某某旗人民法院\n某某盟妇女联合会\n2022年11月21日")
    assert d.signers == ["某某盟妇女联合会"]
    assert [(lst["award"], [(h["name"], h["affiliation"]) for h in lst["honorees"]]) for lst in d.award_lists] == [
        ("拟推荐全国三八红旗手", [("刘某某", "某某医院科教科主任")]), ("拟推荐全国三八红旗集体", [("某某旗人民法院", None)])]


def test_a_region_heading_over_units_heads_the_list() -> None:
    d = _decision("现将3个第六届全国文明村镇候选名单予以公示。\n中央文明办\n2020年10月29日\n四川省\n"
                  "成都市郫都区某某镇\n成都东部新区某某镇某某村\n")
    (lst,) = d.award_lists
    assert lst["title"] == "四川省"
    assert [(h["name"], h["region"], h["kind"]) for h in lst["honorees"]] == [
        ("成都市郫都区某某镇", "四川省", "organization"), ("成都东部新区某某镇某某村", "四川省", "organization")]


def test_an_honour_the_body_granted_heads_its_entries() -> None:
    d = _decision("授予王某等10人全国三八红旗手、某医院等5个单位全国三八红旗集体称号。\n盘锦获奖者分别是\n全国三八红旗手\n"
                  "孙某\n某某光合蟹业有限公司研发中心主任\n全国三八红旗集体某某设计有限公司工艺设计室\n")
    assert [(lst["award"], [(h["name"], h["affiliation"]) for h in lst["honorees"]]) for lst in d.award_lists] == [
        ("全国三八红旗手", [("孙某", "某某光合蟹业有限公司研发中心主任")]), ("全国三八红旗集体", [("某某设计有限公司工艺设计室", None)])]


def test_local_shares_with_posts_before_names_make_lists_not_awards() -> None:
    d = _decision("会上,对甲某等10名“最美乡村教师”、乙某等50名“优秀教师”以奖励。\n"
                  "其中,某区二中教师胡某某获市“最美乡村教师”称号;某区一中教师邓某某、毛某某,某乡中心学校教师许某某获市“优秀教师”称号。")
    assert [(a["title"], a["count"]) for a in d.awards] == [("最美乡村教师", 10), ("优秀教师", 50)]
    assert [(lst["award"], [(h["name"], h["affiliation"]) for h in lst["honorees"]]) for lst in d.award_lists] == [
        ("最美乡村教师", [("胡某某", "某区二中教师")]),
        ("优秀教师", [("邓某某", "某区一中教师"), ("毛某某", "某区一中教师"), ("许某某", "某乡中心学校教师")])]


def test_a_running_total_is_no_award() -> None:
    assert _decision("至今已连续评选三届,共有15人获得“某某创新奖”。").awards == []


def test_a_prose_list_after_they_are() -> None:
    d = _decision("并授予“某某特别荣誉称号”。他们是:王某、王某某、伍某某。\n张某某 某某公司")
    (lst,) = d.award_lists
    assert lst["title"] == "" and [(h["name"], h["affiliation"]) for h in lst["honorees"]] == [
        ("王某", None), ("王某某", None), ("伍某某", None), ("张某某", "某某公司")]  # the sentence's names stay whole


def test_short_honour_names_in_a_counted_share_take_the_list_headings() -> None:
    d = _decision("大会表彰了一批全国某某工作先进集体和先进工作者。其中,兵团2个先进集体、1名先进工作者获表彰。\n"
                  "表彰名单(兵团部分)\n一、全国某某工作先进集体\n甲市某某委员会\n乙市某某委员会\n"
                  "二、全国某某工作先进工作者\n某团关工委副主任解某某")
    assert [(a["title"], a["count"], a["unit"]) for a in d.awards] == [
        ("全国某某工作先进集体", 2, "个"), ("全国某某工作先进工作者", 1, "名")]
    assert _decision("会上,我区有8名教师受到表彰。").awards == []  # a short name nothing completes


def test_a_short_honour_name_no_heading_ends_with_takes_the_heading_of_its_count() -> None:
    d = _decision("我省12名个人、5个集体受到表彰。\n全国三八红旗手(12名)\n张某某  某某医院主任医师\n李某  某某局干部\n"
                  "全国三八红旗集体(5个)\n某某市公安局刑侦支队\n某某县人民医院妇产科")
    assert [(a["title"], a["count"], a["unit"]) for a in d.awards] == [
        ("全国三八红旗手", 12, "名"), ("全国三八红旗集体", 5, "个")]
    # two headings of that count: no reading agrees with one of them alone
    d = _decision("我省2名个人受到表彰。\n甲标兵(2名)\n张某某  某某医院主任医师\n李某  某某局干部\n"
                  "乙能手(2名)\n王某  某某小学教师\n赵某  某某中学教师")
    assert d.awards == []


def test_a_total_count_note_a_short_signature_and_a_contact_line() -> None:
    import fedextract

    text = ("关于表彰最美家庭的决定\n各乡镇妇联:\n县妇联决定授予以下家庭“最美家庭”称号。\n最美家庭名单\n(共3户)\n"
            "张建国家庭\n李红梅家庭\n王志强家庭\n联系电话:0371-1234567\n县妇联\n2023年3月1日\n")
    record = fedextract.extract(text)
    doc = record.documents[0]
    (lst,) = doc.award_lists
    assert [h.name for h in lst.honorees] == ["张建国", "李红梅", "王志强"] and not doc.warnings
    assert doc.issuers == ["县妇联"] and doc.date == "2023-03-01"
    assert [u.text for u in record.unparsed] == ["联系电话:0371-1234567"]


def test_a_page_cut_after_one_character_keeps_it_out_of_the_list() -> None:
    text = "关于表彰某某的决定\n授予张某某等2名同志“优秀母亲”称号。\n某某市妇联\n2020年1月1日\n优秀母亲名单\n张某某 某某小学教师\n李某 某某医院护士\n三\n"
    rec = fedextract.extract(text)
    doc = rec.documents[0]
    assert [h.name for lst in doc.award_lists for h in lst.honorees] == ["张某某", "李某"]
    assert [u.text for u in rec.unparsed] == ["三"]


def test_a_sentence_about_the_list_ending_in_a_colon_is_a_lead_in() -> None:
    assert _is_lead_in("经考察,拟推荐以下3个集体为“巾帼文明岗”,现将名单予以公示:")
    assert not _is_lead_in("获奖名单:")  # a list heading, not a sentence
    assert not _is_lead_in("现将有关事项通知如下。")


def test_padded_two_character_names_are_no_letter_spaced_heading() -> None:
    d = _decision("授予严某等2名同志“教学能手”称号。\n教学能手（2名）：\n冀 萍  逯 凤\n")
    assert [h["name"] for lst in d.award_lists for h in lst["honorees"]] == ["冀萍", "逯凤"]
    d = _decision("近日表彰了一批先进个人。\n全 国 三 八 红 旗 手\n王某某 某某医院院长")
    assert d.award_lists[0]["title"] == "全国三八红旗手"  # every gap alike: a heading


def test_a_prize_row_cut_before_its_name_is_left_unparsed() -> None:
    text = "评出优秀奖2篇。\n优秀奖(2篇)\n《我的家》 某某二中支部:武 某\n《一双鞋垫》 某某综"
    d = _decision(text)
    assert [h["name"] for lst in d.award_lists for h in lst["honorees"]] == ["武某"]
    # the same row among units is a unit's entry
    d = _decision("评出优秀奖2篇。\n优秀奖(2篇)\n《我的家》 某某二中\n《一双鞋垫》 某某小学")
    assert [h["name"] for lst in d.award_lists for h in lst["honorees"]] == ["某某二中", "某某小学"]


def test_a_stray_word_after_the_closing_prose_opens_no_list() -> None:
    text = "授予东村妇女之家等2个单位“示范点”称号。\n示范点名单\n东村妇女之家\n西村妇女之家\n希望被评定的示范点珍惜荣誉,切实发挥示范引领作用。\n标识\n"
    d = _decision(text)
    assert [h["name"] for lst in d.award_lists for h in lst["honorees"]] == ["东村妇女之家", "西村妇女之家"]


def test_a_numbered_heading_starts_a_paragraph_of_its_own() -> None:
    d = _decision("刚才宣读了决定,授予甲某等5名同志“三八红旗手”称号。\n下面,我讲两点意见。\n一、肯定成绩\n二、把握形势\n")
    assert d.body == ["刚才宣读了决定,授予甲某等5名同志“三八红旗手”称号。", "下面,我讲两点意见。", "一、肯定成绩", "二、把握形势"]


def test_a_grant_hard_broken_over_three_lines_is_one_paragraph() -> None:
    d = _decision("为调动干部积极性,市妇联决定,对2014-201\n5年度工作进行评比表彰,授予甲县妇联等三个单位宣传工作优秀\n"
                  "奖、乙县妇联等五个单位宣传工作进步奖。\n公示时间:2016年8月18日-8月24日\n受理电话:0000-1234567")
    assert [(a["title"], a["count"]) for a in d.awards] == [("宣传工作优秀奖", 3), ("宣传工作进步奖", 5)]
    # a notice's fields are paragraphs of their own
    assert d.body[1:] == ["公示时间:2016年8月18日-8月24日", "受理电话:0000-1234567"]


def test_a_traditional_page_keeps_its_posts_and_households() -> None:
    d = _decision("其中,某某區一中校長杜某紅獲市“優秀校長”稱號;某某區機關幼兒園園長余某國獲市“優秀園長”稱號。")
    assert [(h["name"], h["affiliation"]) for lst in d.award_lists for h in lst["honorees"]] == [
        ("杜某紅", "某某區一中校長"), ("余某國", "某某區機關幼兒園園長")]
    d = _decision("授予王甲、劉乙等2戶家庭“書香家庭”稱號。\n“書香家庭”名單\n王甲 東城區居民\n趙丙 東城區居民\n"
                  "劉乙 西城區教師\n孫丁 西城區醫生")
    (lst,) = d.award_lists
    assert [h["household"] for h in lst["honorees"]] == [1, 1, 2, 2]


def test_honours_glued_to_their_entries_right_after_the_grant() -> None:
    d = _decision("近日,全国总工会决定,授予100个集体“全国三八红旗集体”称号,授予200名职工全国五一劳动奖章。\n"
                  "全国三八红旗集体某某化工工程设计有限公司工艺设计室\n全国三八红旗集体某某市第一人民医院护理部\n"
                  "全国五一劳动奖章张某某")
    assert [(lst["award"], [h["name"] for h in lst["honorees"]]) for lst in d.award_lists] == [
        ("全国三八红旗集体", ["某某化工工程设计有限公司工艺设计室", "某某市第一人民医院护理部"]),
        ("全国五一劳动奖章", ["张某某"])]


def test_the_grants_are_read_again_when_a_paragraph_grows_by_a_joined_line() -> None:
    d = _decision("在京召开表彰大会。我省15个单位被授予“全国某某\n工作先进集体”荣誉称号,51名同志被授予“全国某某工作先进\n"
                  "工作者”荣誉称号。\n表彰名单如下:\n一、全国某某工作先进集体\n甲市某某委员会\n乙市某某委员会")
    assert [(a["title"], a["count"]) for a in d.awards] == [("全国某某工作先进集体", 15), ("全国某某工作先进工作者", 51)]


def test_prose_hard_broken_at_a_width_goes_on_into_the_next_line() -> None:
    page = ("各地按照通知要求,对照测评体系,采\n取自下而上、自愿申报、组织测评、逐\n级推荐等方式,推荐报送了候选名单。\n"
            "按照评选办法,为体现公开、公平原则\n,现将3个第六届全国文明村镇候选名\n单予以公示:\n"
            "甲县城关镇东村\n乙县新华乡南村\n丙县红星镇北村")
    d = _decision(page)
    assert [h["name"] for lst in d.award_lists for h in lst["honorees"]] == ["甲县城关镇东村", "乙县新华乡南村", "丙县红星镇北村"]
    # a sentence that opens on a line and leads in is still a lead-in
    d = _decision(page.replace("单予以公示:", "单。现将名单公示如下:"))
    assert [h["name"] for lst in d.award_lists for h in lst["honorees"]] == ["甲县城关镇东村", "乙县新华乡南村", "丙县红星镇北村"]


def test_an_ordering_note_after_a_prose_enumeration_is_no_affiliation() -> None:
    d = _decision("会上表彰了“巾帼建功标兵”3名。获得“巾帼建功标兵”称号的有：王某、李某某、吴某（按姓氏笔画排序）。")
    (lst,) = d.award_lists
    assert [(h["name"], h["affiliation"]) for h in lst["honorees"]] == [("王某", None), ("李某某", None), ("吴某", None)]
    assert lst["ordered"] is False


def test_a_counted_category_over_counted_subcategories_is_no_mismatch() -> None:
    page = ("决定对以下先进集体和先进个人予以通报表彰。\n一、先进集体（3个）\n（一）巾帼文明岗（2个）\n护理部\n财务科\n"
            "（二）青年文明号（1个）\n急诊科\n二、先进个人（2名）\n（一）优秀护士（2名）\n王某某  李某某")
    d = _decision(page)
    assert [len(lst["honorees"]) for lst in d.award_lists] == [0, 2, 1, 0, 2]
    assert not d.warnings
    d = _decision(page.replace("一、先进集体（3个）", "一、先进集体（4个）"))  # the parts do not add up
    assert [w["code"] for w in d.warnings] == ["count_mismatch"]


def test_a_list_with_no_heading_takes_the_one_award_of_its_size() -> None:
    d = _decision("近日,我区5名女性荣获市“三八红旗手”称号,2个集体荣获市“三八红旗集体”称号。她们是:\n"
                  "张某某(区人民医院护士长)\n李某(区实验小学教师)\n王某某(某某街道干部)\n赵某(区税务局科员)\n陈某某(区农商银行柜员)")
    (lst,) = d.award_lists
    assert lst["award"] == "三八红旗手" and len(lst["honorees"]) == 5


def test_bar_rows_under_no_header_are_entries_and_a_lone_bar_line_is_not() -> None:
    d = _decision("授予王某某等2名同志“三八红旗手”称号。\n“三八红旗手”名单\n1|王某某|某某小学 教师|\n2|李某|城关镇卫生院|")
    (lst,) = d.award_lists
    assert [(h["name"], h["affiliation"], h["marker"]) for h in lst["honorees"]] == [
        ("王某某", "某某小学教师", "1"), ("李某", "城关镇卫生院", "2")]
    d = _decision("授予王某某“三八红旗手”称号。\n“三八红旗手”名单\n王某某  某某小学\n咨询:李某|某某小学")
    assert "李某" not in [h["name"] for lst in d.award_lists for h in lst["honorees"]]  # a lone bar line is no row


def test_a_signature_written_date_first_is_the_unit_below_the_date() -> None:
    d = _decision("授予王某某“三八红旗手”称号,某某法院“三八红旗集体”称号。\n三八红旗手(1名)\n王某某 某某医院主任\n"
                  "三八红旗集体(1个)\n某某县人民法院\n2022年11月21日\n某某市妇女联合会")
    assert d.signers == ["某某市妇女联合会"] and d.signing_date == "2022-11-21"
    assert [[h["name"] for h in lst["honorees"]] for lst in d.award_lists] == [["王某某"], ["某某县人民法院"]]
