from __future__ import annotations

import re
from re import _constants as c  # the parsed form of a pattern, to check the guards against
from re import _parser

import fedextract
from fedextract import furniture, header
from fedextract.header import ends_like_title, find_doc_number, read_header, split_addressees, title_issuers
from fedextract.normalize import make_lines


def _header(text: str, heading: str | None = None):  # type: ignore[no-untyped-def]
    lines, _ = make_lines(text.split("\n"))
    return read_header(lines, heading)


def test_doc_numbers_in_any_bracket_and_spacing() -> None:
    n = find_doc_number("深妇字[2008]34号")
    assert n is not None and (n["raw"], n["agency"], n["year"], n["serial"]) == ("深妇字[2008]34号", "深妇字", 2008, 34)
    n = find_doc_number("榕 晋 妇 [ 2 0 1 6 ] 3 号")
    assert n is not None and (n["raw"], n["agency"], n["year"], n["serial"]) == ("榕晋妇[2016]3号", "榕晋妇", 2016, 3)
    n = find_doc_number("2021-02-05 栏目:妇联文件四妇发〔2017〕5号")
    assert n is not None and n["agency"] == "四妇发" and n["raw"] == "四妇发〔2017〕5号"
    n = find_doc_number("南婦字〔2010〕12號")
    assert n is not None and n["serial"] == 12
    assert find_doc_number("2014年工作") is None
    n = find_doc_number("鲁妇发（2019）5号")  # round brackets, rarer
    assert n is not None and (n["raw"], n["agency"], n["year"], n["serial"]) == ("鲁妇发（2019）5号", "鲁妇发", 2019, 5)
    assert find_doc_number("关于2023年工作(2023)的通知") is None


def test_header_of_a_decision() -> None:
    h = _header("清河市妇联 清河市文明办\n清妇字〔2016〕21号\n关于表彰“最美家庭”的决定\n各区县妇联,市直机关妇委会:\n正文。")
    assert h.title == "关于表彰“最美家庭”的决定"
    assert h.issuers == ["清河市妇联", "清河市文明办"]
    assert h.doc_number is not None and h.doc_number["serial"] == 21
    assert h.addressees == ["各区县妇联", "市直机关妇委会"]
    assert h.body_start == 4


def test_last_title_wins_over_page_and_compilation_titles() -> None:
    h = _header("妇联工作计划【汇编3篇】\n【导读】本站整理。\n社区妇联工作计划【第一篇】\n一、加强组织建设")
    assert h.title == "社区妇联工作计划【第一篇】"


def test_title_split_over_two_lines_and_repeated() -> None:
    h = _header("关于表彰2014-2015年度\n县区妇联先进单位的决定\n各县区妇联:\n关于表彰2014-2015年度县区妇联先进单位的决定")
    assert h.title == "关于表彰2014-2015年度县区妇联先进单位的决定"


def test_wenjian_header_and_draft_and_web_date() -> None:
    h = _header("福 州 市 妇 女 联 合 会 文 件\n某某工作意见\n(征求意见稿)\n时间:2011-09-15来源:办公室\n(2011年9月1日)\n为落实精神,制定如下意见。")
    assert h.issuers == ["福州市妇女联合会"]
    assert h.status == "draft"
    assert h.web_date == "2011-09-15"
    assert h.signing_date == "2011-09-01"
    assert h.roles  # the structural lines are kept as labels


def test_no_title() -> None:
    h = _header("在各级妇联组织的共同努力下,各项工作圆满完成。\n一、统一思想")
    assert h.title == ""
    assert h.body_start == 0


def test_title_issuers() -> None:
    assert title_issuers("市妇联2006年工作意见思路") == ["市妇联"]
    assert title_issuers("2022上半年妇联工作计划2") == ["妇联"]
    assert title_issuers("山东省人民政府关于深化改革的实施意见") == ["山东省人民政府"]
    assert title_issuers("关于开展纪念活动的通知") == []
    assert title_issuers("张某某同志在县妇联第三次执委会议上的讲话") == []  # a person speaks: no issuer
    assert title_issuers("县妇联领导在镇妇女节座谈会上的讲话") == ["县妇联"]


def test_addressees_split_on_enumeration_comma_only_between_complete_bodies() -> None:
    assert split_addressees("各县(市)区、开发区妇联,市直机关妇委会:") == ["各县(市)区、开发区妇联", "市直机关妇委会"]
    assert split_addressees("各区妇联、各街道妇工委:") == ["各区妇联", "各街道妇工委"]


def test_page_title_site_suffix_is_cut_and_the_line_kept() -> None:
    h = _header("关于表彰三八红旗手的决定_某某县妇联网\n各乡镇妇联:\n正文。")
    assert h.title == "关于表彰三八红旗手的决定"
    assert h.roles == {1: "title"}


def test_addressee_is_not_a_notice_sentence() -> None:
    h = _header("关于开展活动的通知\n根据市妇联要求,现将有关事项通知如下:\n一、活动主题")
    assert h.addressees == []


def test_doc_number_line_with_signer() -> None:
    h = _header("某妇字〔2019〕12号 签发人:张某\n关于表彰的决定\n各乡镇妇联:")
    assert h.doc_number is not None and h.doc_number["serial"] == 12
    assert h.roles[1] == "doc_number"


def _openers(pattern: re.Pattern[str]) -> tuple[set[str], bool]:
    """The characters a match of ``pattern`` can begin with, and whether a digit (``\\d``) can."""
    def seq(items: list[tuple[object, object]]) -> tuple[set[str], bool, bool]:  # chars, digit, may be empty
        chars: set[str] = set()
        digit = False
        for op, av in items:
            if op is c.AT:
                continue
            if op in (c.MAX_REPEAT, c.MIN_REPEAT):
                lo, _, sub = av  # type: ignore[misc]
                f, d, empty = seq(list(sub))
                chars, digit = chars | f, digit or d
                if lo == 0 or empty:
                    continue
                return chars, digit, False
            if op is c.SUBPATTERN:
                f, d, empty = seq(list(av[3]))  # type: ignore[index]
            elif op is c.BRANCH:
                parts = [seq(list(b)) for b in av[1]]  # type: ignore[index]
                f, d, empty = set().union(*(p[0] for p in parts)), any(p[1] for p in parts), any(p[2] for p in parts)
            elif op is c.LITERAL:
                f, d, empty = {chr(av)}, False, False  # type: ignore[arg-type]
            elif op is c.IN:
                f, d = set(), False
                for iop, iav in av:  # type: ignore[attr-defined]
                    if iop is c.LITERAL:
                        f.add(chr(iav))
                    elif iop is c.RANGE:
                        f |= {chr(x) for x in range(iav[0], iav[1] + 1)}
                    else:
                        assert iav is c.CATEGORY_DIGIT, iav
                        d = True
                empty = False
            else:
                raise AssertionError(op)
            chars, digit = chars | f, digit or d
            if not empty:
                return chars, digit, False
        return chars, digit, True

    chars, digit, empty = seq(list(_parser.parse(pattern.pattern).data))
    assert not empty
    return chars, digit


def test_furniture_guards_admit_every_character_a_pattern_can_begin_with() -> None:
    chars, digit = _openers(furniture._CHROME_START)
    assert digit and {ch for ch in chars if not ch.isdecimal()} == set(furniture._CHROME_OPENERS)
    chars, digit = _openers(furniture._META_START)
    assert digit and {ch for ch in chars if not ch.isdecimal()} == set(furniture._META_OPENERS)


def test_furniture_lines() -> None:
    def furn(text: str) -> bool:
        return furniture.is_furniture(make_lines([text])[0][0])

    for text in ("（责任编辑：张三）", "当前位置: 首页", "--------", "来源:市妇联", "- 52.50 KB", "【导读】某某",
                 "14.02.2017  13:01", "2011-09-15 来源", "某某妇联网", "中国妇女網站", "点击:1819次", "版权所有",
                 "2023年2月20日 10:05  某某县人民政府网", "2023-02-20 10:05:31 某某日报", "2023年3月8日 星期三",
                 "2023年3月8日（星期三） 来源：某某网"):
        assert furn(text), text
    for text in ("关于表彰的决定", "一、总体要求", "网", "2011年工作", "某某网站建设工作计划", "2023年2月20日",
                 "2023年2月20日 10:05 会议在县委礼堂召开,县委书记出席。"):
        assert not furn(text), text


def test_the_last_character_test_of_ends_like_title_loses_no_title() -> None:
    tails = ["", "(草案)", "(试行)2", "[2019]", "(修订)", "12篇", "3", "(征求意见稿)[附件]"]
    samples = [f"关于某某工作的{kind}{tail}" for kind in header._KINDS.split("|") for tail in tails]
    samples += ["某某妇联", "2019-01-05", "工作通知了", "(一)", "第3篇", "方案)", "]", "通知１", "通知٣"]
    for s in samples:
        assert header.ends_like_title(s) == (header._TITLE_END.search(s[-header._TITLE_END_SPAN :]) is not None), s
    assert all(header.ends_like_title(s) for s in samples[: len(tails)])


def test_site_suffixes_are_cut_from_page_titles() -> None:
    h = _header("关于表彰先进集体的决定_某某妇联网\n正文。")
    assert h.title == "关于表彰先进集体的决定"
    h = _header("关于表彰先进集体的决定 - 某某在线\n正文。")
    assert h.title == "关于表彰先进集体的决定"
    h = _header("某某妇联2019年工作计划\n正文。")
    assert h.title == "某某妇联2019年工作计划"


def test_chrome_numbers_agree_with_is_chrome_line_by_line() -> None:
    rows = ["正文第一段。", "", "责任编辑:张三", "加大字体", "设置字体", ":大 中 小", "首页", ">>正文", "正文里的版权所有" * 21,
            "------", "分享到:", "Copyright 2019", "关于开展工作的通知", "点击查看"]
    lines, _ = make_lines(rows)
    assert furniture.chrome_numbers(lines) == {ln.number for ln in lines if furniture.is_chrome(ln)}
    assert furniture.chrome_numbers(lines) == {3, 4, 8, 10, 11, 12, 14}  # 首页 without > is text; a long line is text
    assert furniture.chrome_numbers(lines[:2]) == set()


def test_news_headline_when_no_line_names_a_document_kind() -> None:
    h = _header("• 关注公众号\n喜报|我市3个单位获得省级荣誉\n2023-11-29 10:45:19 浏览:226次\n"
                "近日,省妇联公布了2023年省级示范点名单,我市2个单位荣获省级示范点称号,另有1个单位获评优秀。")
    assert h.title == "喜报|我市3个单位获得省级荣誉"
    assert _header("近日,省妇联公布了2023年省级示范点名单,我市2个单位荣获省级示范点称号,另有1个单位获评优秀。\n"
                   "第二段。").title == ""


def test_title_glued_to_its_addressee() -> None:
    h = _header("某县关于举办纪念“三八”妇女节活动的通知 各乡镇妇联、县直妇委会:\n今年是……。")
    assert h.title == "某县关于举办纪念“三八”妇女节活动的通知"


def test_a_transmittal_without_title_takes_the_transmitted_title() -> None:
    h = _header("各乡镇妇联:\n为做好工作,现将《某县妇联开展纪念活动方案》印发给你们,请遵照执行。\n一、高度重视。")
    assert h.title == "某县妇联开展纪念活动方案"


def test_title_issuers_stop_at_the_body_and_accept_a_place() -> None:
    assert title_issuers("全国妇联下发《关于开展某某行动的意见》") == ["全国妇联"]
    assert title_issuers("某某县关于举办纪念活动的通知") == []  # not a known place, not a unit
    assert title_issuers("汶上县关于举办纪念活动的通知") == ["汶上县"]


def test_unit_lines_after_the_first_paragraph_are_no_header_issuers() -> None:
    h = _header("喜报|我市3个单位获得省级荣誉\n近日,省妇联公布了2023年省级示范点名单,我市2个单位荣获省级示范点称号,另有1个单位获评。\n"
                "某某区某某镇某某村妇女儿童之家")
    assert h.issuers == []


def test_a_bracket_line_with_date_and_number() -> None:
    h = _header("某某总工会关于授予某某称号的决定\n(2007年4月28日 总工发[2007]18号)\n在构建和谐社会的实践中,广大职工积极投身建设,作出了突出贡献,涌现出一批先进集体。")
    assert h.signing_date == "2007-04-28"
    assert h.doc_number is not None and h.doc_number["raw"] == "总工发[2007]18号"


def test_more_page_chrome() -> None:
    from fedextract.normalize import make_lines as lines_of

    for text in ("#有一种美好叫某地# #新时代某地#", "记者 张某某", "■相关链接", "ad1 webp", "大家爱看",
                 "全部评论(0)", "发表评论", "网友评论 3条评论", "地址:某某市某某路12号", "电话:0123-1234567",
                 "网址:某某妇联网"):
        assert furniture.is_chrome(lines_of([text])[0][0]), text
    assert not furniture.is_chrome(lines_of(["记者节活动方案"])[0][0])
    assert not furniture.is_chrome(lines_of(["地址变更后,请及时告知。"])[0][0])  # no colon: text
    assert not furniture.is_chrome(lines_of(["活动页面共收到网友200条评论。"])[0][0])  # a sentence about comments


def test_a_headline_announcing_a_document_gives_its_title() -> None:
    text = ("省妇联印发《关于开展家庭教育宣传周活动的通知》\n2024-05-06 来源:本站\n"
            "近日,省妇联印发通知,部署开展家庭教育宣传周活动。\n一、活动主题\n围绕家庭教育开展宣传。\n")
    doc = fedextract.extract(text).documents[0]
    assert doc.title == "关于开展家庭教育宣传周活动的通知"
    assert doc.issuers == ["省妇联"]
    for headline in ("关于印发《城关镇妇联2024年工作要点》的通知", "市妇联召开《家庭教育促进法》宣讲会"):
        assert header.announced_title(headline) is None, headline


def test_a_publication_note_under_a_story_is_its_web_date() -> None:
    text = ("我区十户家庭获评最美家庭称号\n2019年3月8日,区融媒体中心网站发布本报道。\n"
            "近日,区妇联授予张小红家庭、李明家庭“最美家庭”称号。\n")
    record = fedextract.extract(text)
    doc = record.documents[0]
    assert doc.date == "2019-03-08" and doc.title == "我区十户家庭获评最美家庭称号"
    assert [u.line for u in record.unparsed] == [2]  # furniture: kept, as every line is
    inline = fedextract.extract("市妇联工作要点\n2019年3月8日,市妇联召开执委会,发布了本年度工作要点。\n一、做好工作。\n")
    assert inline.documents[0].date is None  # a sentence that happens to start with a date is text


def test_a_government_portals_record_fields_are_meta_lines() -> None:
    text = ("某某区妇联2023年工作要点\n"
            "索引号: 11370000/2023-00012 公开目录: 计划总结 发布日期: 2023年03月01日\n"
            "主题词: 发布机构: 区妇联 文    号:\n"
            "某妇字〔2023〕2号\n"
            "某某区妇女联合会关于印发《某某区妇联2023年工作要点》的通知\n"
            "各街道妇联:\n现将《某某区妇联2023年工作要点》印发给你们。\n一、加强思想引领\n1、开展宣讲活动。\n")
    doc = fedextract.extract(text).documents[0]
    assert doc.title == "某某区妇女联合会关于印发《某某区妇联2023年工作要点》的通知"
    assert doc.doc_number is not None and doc.doc_number.raw == "某妇字〔2023〕2号"


def test_a_records_issuer_field_names_the_issuer() -> None:
    text = ("发文单位:某某市人民政府\n文 号:某政发〔2019〕3号\n发布日期:2019-05-06\n"
            "各县(市)、区人民政府:\n现将有关事项通知如下。\n一、提高认识\n做好妇女儿童工作。\n")
    doc = fedextract.extract(text).documents[0]
    assert doc.issuers == ["某某市人民政府"] and doc.doc_number is not None and doc.doc_number.raw == "某政发〔2019〕3号"


def test_a_speech_title_broken_before_its_kind_word_is_joined() -> None:
    text = "县妇联主席在纪念“三八”国际妇女节大会上的\n讲 话\n同志们:\n今天我们在这里隆重集会。\n"
    assert fedextract.extract(text).documents[0].title == "县妇联主席在纪念“三八”国际妇女节大会上的讲话"
    alone = "县妇联主席在纪念“三八”国际妇女节大会上的\n同志们:\n今天我们在这里隆重集会。\n"
    assert fedextract.extract(alone).documents[0].title != "县妇联主席在纪念“三八”国际妇女节大会上的"


def test_a_news_sign_off_names_its_unit() -> None:
    from fedextract.normalize import make_lines

    lines, _ = make_lines(["(某某县妇联供稿)", "某某街道妇联 供稿", "供稿:某某市总工会", "本文供稿人很多", "张三供稿"])
    assert [header.sign_off(ln) for ln in lines] == ["某某县妇联", "某某街道妇联", "某某市总工会", None, None]


def test_an_essay_sites_page_title_ends_like_a_title() -> None:
    assert ends_like_title("乡镇妇联工作计划范文")
    assert ends_like_title("妇联工作计划范文3篇")
    assert ends_like_title("妇联工作总结精选(5篇)")
    assert ends_like_title("妇女节活动方案篇1")  # an article label after the title
    assert not ends_like_title("妇女节活动方案合集10篇")  # a collection's page title
    assert not ends_like_title("本站所有范文")


def test_a_title_body_keeps_its_pinyin_debris_as_written() -> None:
    assert title_issuers("市婦聯(lián)2021年工作計劃") == ["市婦聯(lián)"]
    assert title_issuers("市妇联2021年工作计划") == ["市妇联"]


def test_a_date_after_the_prose_of_a_short_page_is_its_signature_not_a_header_date() -> None:
    h = _header("某镇2023年度“好婆婆”评选结果公布\n经各村推荐、镇妇联评审,评选出2023年度“好婆婆”2名,现将名单公布如下:\n"
                "好婆婆:张某(东村)、李某(西村)\n某某镇妇联\n2024年1月10日")
    assert h.signing_date is None and 5 not in h.used
    h = _header("某某报告\n来源:\n(2010年12月30日)\n同志们:\n我受委托作报告,请予审议。")
    assert h.signing_date == "2010-12-30"  # a date under short meta lines is still the header's


def test_a_title_given_again_counts_once_the_first() -> None:
    h = _header("2019年某县妇联三八节活动方案\n本文由某某网收集整理\n209年某县妇联三八节活动方案\n一、活动主题")
    assert h.title == "2019年某县妇联三八节活动方案" and h.title_line == 1
    assert [w["code"] for w in h.warnings] == ["duplicate_line"]  # the copy that lost a digit is no text
    h = _header("某县妇联工作要点\n某县妇联工作要点\n一、总体要求")
    assert h.title_line == 1
    h = _header("某某网首页 关于表彰的公告\n关于表彰2019年度最美家庭的决定\n各乡镇:")
    assert h.title == "关于表彰2019年度最美家庭的决定"  # a different title later: the document's own


def test_a_title_split_over_three_lines_is_joined() -> None:
    h = _header("关于表彰\n2023年度全县优秀女职工和\n巾帼岗位能手的决定\n各乡镇妇联:\n经研究,决定表彰。")
    assert h.title == "关于表彰2023年度全县优秀女职工和巾帼岗位能手的决定"
    assert h.used >= {1, 2, 3}
    # a complete title is not joined to the next title-like line
    h = _header("社区妇联工作计划 3 篇\n社区妇联2020年工作计划 1\n一、加强学习")
    assert h.title == "社区妇联2020年工作计划1"
    # an open title with no end within four short lines is not a run
    h = _header("关于表彰\n先进集体\n先进个人\n和优秀党员\n各乡镇:")
    assert h.title != "关于表彰先进集体先进个人和优秀党员"


def test_a_unit_above_a_title_that_opens_with_its_year_opens_the_title() -> None:
    h = _header("某某区妇联\n2022年工作思路\n一、工作目标")
    assert (h.title, h.issuers, h.title_line) == ("某某区妇联2022年工作思路", ["某某区妇联"], 1)
    h = _header("清河县妇女联合会\n二〇二三年工作要点\n一、总体要求")
    assert h.title == "清河县妇女联合会二〇二三年工作要点"
    # a title that names no year of its own, or a red-header 文件 line, is not joined
    h = _header("某某区妇联\n关于开展家庭教育宣传周活动的通知\n各街道妇联:")
    assert (h.title, h.issuers) == ("关于开展家庭教育宣传周活动的通知", ["某某区妇联"])
    h = _header("某某区妇女联合会文件\n2022年工作要点\n一、工作目标")
    assert h.title == "2022年工作要点"


def test_a_table_row_after_the_title_starts_the_body() -> None:
    h = _header("2024年度“最美家庭”推荐名单公示\n|序号|家庭名称|所在村|\n|1|王某某家庭|东风村|\n某某镇妇联\n2024年3月31日")
    assert h.title == "2024年度“最美家庭”推荐名单公示"
    assert h.signing_date is None and h.body_start == 1  # the date under the table signs it


def test_a_hard_broken_prose_line_with_guanyu_is_no_title() -> None:
    h = _header("为营造关心关爱妇女儿童的良好氛围,近日,委员会决定,授予20\n0名同志“先进个人”称号。\n"
                "认真学习总书记关于妇女儿童工作的重要论述,贯彻落实党中央、国\n务院的决策部署。")
    assert h.title == ""
    assert _header("市妇联关于开展巾帼志愿服务活动\n各县区妇联:").title == "市妇联关于开展巾帼志愿服务活动"


def test_a_page_title_with_its_site_suffix_above_the_document() -> None:
    h = _header("关于表彰2023年度先进单位的决定_某某市妇女联合会网站\n某妇字〔2023〕4号\n关于表彰2023年度\n"
                "先进单位的决定\n各县区妇联:")
    assert (h.title, h.doc_number and h.doc_number["raw"]) == ("关于表彰2023年度先进单位的决定", "某妇字〔2023〕4号")
    # a news page: the page title gives the headline, never an issuer (…网站 ends as units end)
    h = _header("十大最美家庭评的是他们_某某市妇女联合会网站\n■相关链接\n十大最美家庭评的是他们\n"
                "为推进家庭道德建设,按照全国妇联、省妇联的部署,我市开展了评选活动。")
    assert (h.title, h.issuers) == ("十大最美家庭评的是他们", [])
    # a label before the bar is no page title: 喜报|… stays whole
    h = _header("喜报|我县2个“妇女之家”获得省级荣誉\n近日,省妇联公布了2023年省级示范点名单,我县2个妇女之家榜上有名。")
    assert h.title == "喜报|我县2个“妇女之家”获得省级荣誉"


def test_chrome_anywhere_a_navigation_bar_and_a_source_credit() -> None:
    def chrome(text: str) -> bool:
        return furniture.is_chrome(make_lines([text])[0][0])

    for text in ("首页 | 机构概况 | 新闻动态 | 通知公告", "首页>新闻中心", "首页 丨 党建 丨 妇联", "来源:某某日报", "信息来源：某某区妇联"):
        assert chrome(text), text
    for text in ("首页设计大赛获奖名单", "资金来源:县财政专项", "来源:经各县区推荐,评审委员会评审,产生候选人。"):
        assert not chrome(text), text


def test_the_period_a_title_covers_on_the_line_below_is_part_of_it() -> None:
    h = _header("某某县妇联关于加强家庭家教家风建设的实施方案\n（2024—2026年）\n为深入贯彻落实…,制定本方案。")
    assert h.title == "某某县妇联关于加强家庭家教家风建设的实施方案（2024—2026年）"
    assert _header("某某县妇联2024年工作要点\n(2024年2月5日县妇联执委会议通过)\n一、总体要求").title == "某某县妇联2024年工作要点"


def test_headers_of_prose_hard_broken_at_a_width() -> None:
    prose = ("在三八国际劳动妇女节前夕,邮政24个女职工集体、7位女\n职工获全国总工会、全国妇联表彰。河北省某某市邮政\n"
             "分公司女子投递班等4个集体获全国五一巾帼标兵岗荣誉称\n号,辽宁省某某市邮政支局局长宋某某等4人获全国五一巾\n"
             "帼标兵荣誉称号,某某市邮政分公司营业所等18个集体获\n全国巾帼文明岗荣誉称号。")
    # a headline above lines of the page's width
    assert _header("银行“巾帼岗”12集体5个人喜获荣誉\n" + prose).title == "银行“巾帼岗”12集体5个人喜获荣誉"
    # a first line of hard-broken prose is no headline, and a cited 《…关于…》 is no title
    assert _header(prose).title == ""
    assert _header("为全面贯彻落实《中共中央、国务院关于实施科技规划\n纲要的决定》,现就有关事项通知如下:\n一、总体要求").title == ""


def test_a_title_broken_inside_its_quoted_document_is_joined() -> None:
    h = _header("某某县委办公室\n关于印发《某某县妇女发展规划\n（2021—2030年）》的通知\n县委办发〔2021〕45号\n各乡镇:")
    assert h.title == "关于印发《某某县妇女发展规划（2021—2030年）》的通知"


def test_a_transmitted_title_quoted_across_a_hard_break() -> None:
    h = _header("各乡镇妇联:\n现将《某某县妇联开展纪念“三八”国际劳动妇女节\n系列活动方案》印发给你们,请参照执行。\n"
                "某某县妇联\n2012年2月6日\n某某县妇联开展纪念“三八”国际劳动妇女节系列活动方案\n一、活动主题")
    assert h.title == "某某县妇联开展纪念“三八”国际劳动妇女节系列活动方案"


def test_a_headline_with_text_cut_from_it_keeps_its_line() -> None:
    h = _header("十大最美家庭评的是他们_某某市妇女联合会网站\n为推进家庭道德建设,按照全国妇联、省妇联的部署,我市开展了评选活动。")
    assert h.title == "十大最美家庭评的是他们" and h.roles.get(1) == "title"


def test_a_title_wrapped_inside_a_word_is_joined() -> None:
    h = _header("2019年县妇联纪念“三\n八”国际妇女节系列活动方案\n一、活动主题")
    assert h.title == "2019年县妇联纪念“三八”国际妇女节系列活动方案"
    h = _header("某某县妇联\n2022年工作要点\n一、总体要求")  # a unit's name over the title: no word is broken
    assert h.title == "某某县妇联2022年工作要点" and h.issuers == ["某某县妇联"]


def test_a_headline_wrapped_inside_a_word_is_joined() -> None:
    story = "1月25日上午,某某区召开2016年度妇联工作总结会议,各乡镇妇联主席参加会议。"
    assert _header(f"某某区召开2016\n年度妇联工作总结会议\n{story}").title == "某某区召开2016年度妇联工作总结会议"
    assert _header(f"银行“巾帼岗”12\n集体5个人喜获荣誉\n{story}").title == "银行“巾帼岗”12集体5个人喜获荣誉"
    assert _header(f"某某区召开会议\n年度工作总结会议\n{story}").title != "某某区召开会议年度工作总结会议"  # no word broken
