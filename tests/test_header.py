from __future__ import annotations

from fedextract.header import find_doc_number, read_header, split_addressees, title_issuers
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


def test_header_of_a_decision() -> None:
    h = _header("清河市妇联 清河市文明办\n清妇字〔2016〕21号\n关于表彰“最美家庭”的决定\n各区县妇联,市直机关妇委会:\n正文。")
    assert h.title == "关于表彰“最美家庭”的决定"
    assert h.issuers == ["清河市妇联", "清河市文明办"]
    assert h.doc_number is not None and h.doc_number["serial"] == 21
    assert h.addressees == ["各区县妇联", "市直机关妇委会"]
    assert h.body_start == 4


def test_last_title_wins_over_page_and_compilation_titles() -> None:
    h = _header("妇联工作计划【汇编3篇】\n【导读】本站整理。\n妇联年度工作计划【第一篇】\n一、加强组织建设")
    assert h.title == "妇联年度工作计划【第一篇】"


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
    assert title_issuers("2021半年妇联工作计划1") == ["妇联"]
    assert title_issuers("山东省人民政府关于深化改革的实施意见") == ["山东省人民政府"]
    assert title_issuers("关于开展纪念活动的通知") == []


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
