from __future__ import annotations

import pytest

import fedextract
from fedextract.markers import cut_sentence, ends_sentence, match_marker
from fedextract.normalize import make_lines


def _match(text: str):  # type: ignore[no-untyped-def]
    return match_marker(make_lines([text])[0][0])


@pytest.mark.parametrize(
    ("text", "kind", "style", "marker", "number"),
    [
        ("一、切实维护权益", "section", "一、", "一、", 1),
        ("十二、加强建设", "section", "一、", "十二、", 12),
        ("（三）推进家庭建设", "section", "(一)", "（三）", 3),
        ("(一)社会管理", "section", "(一)", "(一)", 1),
        ("第二部分 主要任务", "section", "第一部分", "第二部分", 2),
        ("1、积极启动规划", "item", "1、", "1、", 1),
        ("2.比赛分组", "item", "1.", "2.", 2),
        ("3．淘汰赛", "item", "1.", "3．", 3),
        ("(1)拔河比赛", "item", "(1)", "(1)", 1),
        ("（2）各村代表", "item", "(1)", "（2）", 2),
        ("②扶持项目", "item", "①", "②", 2),
        ("1、2016年度名单", "item", "1、", "1、", 1),
        ("一、2015年工作回顾", "section", "一、", "一、", 1),
        ("2、", "item", "1、", "2、", 2),
        ("2.2023年度“绿色家庭”名单", "item", "1.", "2.", 2),  # a dot before a year: no decimal reads so
        ("⑶组织培训", "item", "⑴", "⑶", 3),  # (1) as one character
        ("⒒ 开展调研", "item", "⒈", "⒒", 11),  # 1. as one character
        ("㈣加强自身建设", "section", "㈠", "㈣", 4),  # (一) as one character
    ],
)
def test_markers_are_recognised(text: str, kind: str, style: str, marker: str, number: int) -> None:
    m = _match(text)
    assert m is not None
    assert (m.kind, m.style, m.marker, m.number) == (kind, style, marker, number)


@pytest.mark.parametrize(
    "text",
    ["1.5万元用于培训", "14.02.2017  13:01", "2.2023万元", "3.2020", "2008年是关键之年", "一、二级联动机制", "三.八妇女节", "二是促进就业", "中心工作"],
)
def test_text_that_only_looks_like_a_marker_is_text(text: str) -> None:
    assert _match(text) is None


def test_cut_sentence_stops_at_the_first_terminator() -> None:
    assert cut_sentence("切实维护权益。妇联组织要") == ("切实维护权益", "妇联组织要", True)
    assert cut_sentence("活动主题:") == ("活动主题:", "", False)
    assert cut_sentence("开展宣讲;全年") == ("开展宣讲", "全年", True)


def test_ends_sentence() -> None:
    assert ends_sentence("坚定信心。") and ends_sentence("如下:")
    assert not ends_sentence("发动在职妇女")


def test_a_heading_may_begin_with_a_numeral_word_an_enumeration_may_not() -> None:
    from fedextract.normalize import make_lines

    lines, _ = make_lines(["一、三八红旗手(3名)", "二、五好家庭", "一、二、三等奖", "三、四月份开展活动", "一、二级联动机制"])
    assert [match_marker(ln) is not None for ln in lines] == [True, True, False, False, False]


def test_a_paragraph_of_joined_lines_stops_growing_at_its_bound() -> None:
    from fedextract.markers import MAX_PARAGRAPH, continues

    assert continues("开展各项工作") and not continues("开展各项工作。")
    assert not continues("字" * MAX_PARAGRAPH)
    body = [f"各村开展巾帼志愿服务活动第{i}次" for i in range(MAX_PARAGRAPH // 15 + 50)]  # no sentence ends
    doc = fedextract.extract("\n".join(["某某镇妇联会议纪要", *body]) + "\n").documents[0]
    assert len(doc.paragraphs) == 2 and len(doc.paragraphs[0]) >= MAX_PARAGRAPH  # split once, at a line end
    assert doc.title + "".join(doc.paragraphs) == "某某镇妇联会议纪要" + "".join(body)  # nothing dropped
