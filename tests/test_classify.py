from __future__ import annotations

from fedextract.classify import classify
from fedextract.normalize import make_lines


def _kind(title: str, body: str) -> str:
    return classify(title, make_lines(body.split("\n"))[0])


def test_commendation_titles_are_award_decisions() -> None:
    assert _kind("关于表彰“最美家庭”的决定", "正文。") == "award_decision"
    assert _kind("關於表彰先進單位的決定", "正文。") == "award_decision"
    assert _kind("关于推荐候选名单公示的通告", "正文。") == "award_decision"


def test_a_policy_decision_with_an_outline_is_a_plan() -> None:
    assert _kind("關於增強自主創新能力的決定", "一、總體要求\n1.戰略意義。") == "plan"


def test_news_with_a_list_is_an_award_decision_and_a_plan_mentioning_awards_is_not() -> None:
    assert _kind("", "近日,授予10个单位“先进集体”称号。\n表彰名单如下:\n甲县妇联") == "award_decision"
    assert _kind("某县妇联工作意见", "一、甲\n1、表彰十佳“示范岗”。") == "plan"
    assert _kind("", "只是一段话。") == "other"


def test_list_verb_and_outline_evidence_may_stand_on_any_lines() -> None:
    assert _kind("", "名单如下:\n\n甲县妇联\n\n经研究,决定表彰。") == "award_decision"
    assert _kind("", "获奖名单\n甲县妇联") == "other"  # a list without a granting verb
    assert _kind("", "授予称号。\n获奖名单公布在网站上") == "other"  # 名单 that heads no list
    assert _kind("", "正文\n\n1、甲\n正文\n2、乙") == "plan"
    assert _kind("", "正文\n1、甲") == "other"


def test_a_grant_that_names_or_counts_honorees_decides_whatever_the_title() -> None:
    body = "日前表彰大会召开,某区5人荣获市“三八红旗手”称号。\n一、先进集体\n甲县妇联\n二、先进个人\n王某某"
    assert _kind("某区女性喜获殊荣", body) == "award_decision"
    assert _kind("", "会上,对张某某等10名“最美教师”以奖励。") == "award_decision"
    assert _kind("", "一、总体要求\n要表彰先进,奖励一批“巾帼文明岗”。\n二、工作措施") == "plan"


def test_a_publicity_notice_of_honours_is_a_decision() -> None:
    from fedextract.normalize import make_lines

    lines, _ = make_lines(["一、三八红旗手(2名)", "王丽娟  城关镇中心小学教师", "陈晓燕  县人民医院护士长"])
    assert classify("关于2023年度“三八红旗手”拟表彰对象的公示", lines) == "award_decision"
    assert classify("关于干部任前的公示", lines[:1]) != "award_decision"


def test_an_enumeration_after_an_inline_lead_in_on_a_praising_page_is_a_list() -> None:
    body = "会上对优秀志愿者进行了表彰。她们是：马某某（东城街道）、郑某某（南湖社区）、谢晓云（西山村）。"
    assert _kind("", body) == "award_decision"
    # without a word of praise or grant, names after 她们是: are no honour list
    assert _kind("", "出席会议的还有三位老同志。她们是：马某某（东城街道）、郑某某（南湖社区）。") == "other"
    # nor is prose after the colon
    assert _kind("", "会上进行了表彰。她们是：来自各条战线的优秀代表，事迹感人。") == "other"
