from __future__ import annotations

from fedextract.articles import heading_of, split_articles
from fedextract.normalize import make_lines


def test_compilation_headings_split_articles() -> None:
    lines, _ = make_lines(["范文两篇", "第一篇:甲工作意见", "正文", "第十二篇：乙工作要点", "正文"])
    preface, articles = split_articles(lines)
    assert [ln.text for ln in preface] == ["范文两篇"]
    assert [(a.index, a.heading) for a in articles] == [(1, "甲工作意见"), (12, "乙工作要点")]
    assert [ln.number for ln in articles[1].lines] == [5]


def test_labels_are_not_headings() -> None:
    for text in ["社区妇联工作计划【第一篇】", "活动方案模板(篇一)", "第一篇文章", "第一部分 总体要求"]:
        assert heading_of(make_lines([text])[0][0]) is None


def test_no_heading_is_one_article() -> None:
    lines, _ = make_lines(["甲", "乙"])
    preface, articles = split_articles(lines)
    assert preface == [] and len(articles) == 1 and articles[0].index is None


def test_pian_yi_form_is_a_heading_too() -> None:
    lines, _ = make_lines(["妇联工作计划范文3篇", "篇一：社区妇联工作计划", "一、加强组织建设", "篇二:乡镇妇联工作计划", "一、甲"])
    _, articles = split_articles(lines)
    assert [(a.index, a.heading) for a in articles] == [(1, "社区妇联工作计划"), (2, "乡镇妇联工作计划")]
