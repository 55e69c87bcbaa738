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
