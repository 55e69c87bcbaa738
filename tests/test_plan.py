from __future__ import annotations

from fedextract.markers import wrap_width
from fedextract.normalize import make_lines
from fedextract.plan import build_outline


def _outline(text: str):  # type: ignore[no-untyped-def]
    return build_outline(make_lines(text.split("\n"))[0])


def test_levels_follow_first_appearance_of_styles() -> None:
    out = _outline("（一）甲\n一、乙\n（二）丙")
    # (一) appears first, so it is level 1 wherever it stands; 一、 second, so level 2
    assert [(s["marker"], s["level"]) for s in out.sections] == [("（一）", 1), ("（二）", 1)]
    assert [(s["marker"], s["level"]) for s in out.sections[0]["sections"]] == [("一、", 2)]


def test_skipped_level_is_reported_not_dropped() -> None:
    out = _outline("第一部分 总则\n一、目标\n（一）原则\n第二部分 任务\n（一）健全组织")
    second = out.sections[1]
    assert [(s["title"], s["level"]) for s in second["sections"]] == [("健全组织", 3)]
    assert [w["code"] for w in out.warnings] == ["level_skip"]


def test_items_under_items_are_flattened_in_order() -> None:
    out = _outline("一、甲\n3、乙。\n(1)丙\n①丁\n4、戊")
    assert [(i["marker"], i["title"]) for i in out.sections[0]["items"]] == [("3、", "乙"), ("(1)", "丙"), ("①", "丁"), ("4、", "戊")]


def test_heading_and_body_on_one_line_and_hard_breaks_joined() -> None:
    out = _outline("一、加强思想引领。组织妇女\n学习理论。\n新的段落。\n1、开展宣讲。每月\n一次。")
    sec = out.sections[0]
    assert sec["title"] == "加强思想引领"
    assert sec["paragraphs"] == ["组织妇女学习理论。", "新的段落。"]
    assert sec["items"][0]["text"] == "每月一次。"


def test_items_before_any_section_are_kept() -> None:
    out = _outline("前言。\n1、甲\n2、乙")
    assert out.preamble == ["前言。"]
    assert [i["number"] for i in out.items] == [1, 2]


def test_wrapped_heading_continues_on_next_line() -> None:
    rows = [
        "一、以服务社区居民为中心,围绕妇女工作主线,按照街道妇联的部署要求,扎实开展",
        "基层妇女工作,选树一批先进典型;组织开展“三八”系列活动,引导妇女参与社区",
        "治理和志愿服务,不断提高妇女的综合素质和参与能力,做到学有所用、学有所成的",
        "目标,推动各项工作落到实处,为社区建设贡献巾帼力量和智慧,开创工作新局面。",
    ]
    lines = make_lines(rows)[0]
    assert wrap_width(lines) is not None
    out = build_outline(lines)
    assert out.sections[0]["title"].endswith("选树一批先进典型")


def test_short_heading_does_not_swallow_the_next_line() -> None:
    out = _outline("一、明确活动主题\n各单位要以践行发展理念为主题。")
    assert out.sections[0]["title"] == "明确活动主题"
    assert out.sections[0]["paragraphs"] == ["各单位要以践行发展理念为主题。"]


def test_closing_appeal_leaves_the_last_item() -> None:
    out = _outline("一、甲\n1、乙。丙。\n让我们团结奋斗,为开创新局面而努力奋斗!")
    assert out.closing == ["让我们团结奋斗,为开创新局面而努力奋斗!"]
    assert out.sections[0]["items"][0]["text"] == "丙。"


def test_a_heading_hard_broken_then_double_spaced_is_joined() -> None:
    from fedextract.markers import double_spaced

    text = ("某村妇联工作计划\n\n一、以服务全村建设为中心,紧紧围绕妇女工作主线,立足\n\n基层,选树一批先进典型;开展各项妇女活动。二是促进\n\n"
            "全村妇女就业,为妇女提供就业指导和支持,构建学习体系\n\n和培训体系,提高妇女素质。三是关爱留守儿童,开展\n\n"
            "二、以维护妇女儿童权益为目标,坚持政策推动和救助帮扶,\n\n提供维权服务;办好妇女之家。\n\n相关文章\n\n热门标签")
    lines = make_lines(text.split("\n"))[0]
    assert double_spaced(lines)
    outline = build_outline(lines[2:])
    assert [s["title"] for s in outline.sections] == [
        "以服务全村建设为中心,紧紧围绕妇女工作主线,立足基层,选树一批先进典型",
        "以维护妇女儿童权益为目标,坚持政策推动和救助帮扶,提供维权服务"]
    assert outline.sections[-1]["paragraphs"][-2:] == ["相关文章", "热门标签"]  # short lines stay apart
    assert not double_spaced(make_lines("一\n二\n\n三\n四\n五\n六\n七\n八".split("\n"))[0])


def test_in_wrapped_text_a_heading_a_few_characters_short_of_the_width_ends_on_its_line() -> None:
    prose = ("各级妇联要组织学习、宣传、贯彻会议精神以及系列重要讲话精神,作为当前和今后一个时期的重要政治任务,"
             "深刻领会党对妇联工作提出的新思想新要求,准确把握工作方向,把思想和行动统一到中央的决策部署上来,"
             "推动各项工作落到实处。") * 2
    rows = [prose[i : i + 38] for i in range(0, len(prose), 38)]
    heading = "一、深入学习贯彻全会精神,团结引领广大妇女群众始终坚定正确政治方向"  # 33 characters, the width 38
    broken = "  二、加强组织建设,团结引领广大妇女听党话、感党恩、跟党走,服务发展大局"  # 38 with its indent
    lines = make_lines([heading, *rows, broken, "、建功新时代", *rows])[0]
    assert wrap_width(lines) == 38
    out = build_outline(lines)
    assert out.sections[0]["title"] == heading[2:] and out.sections[0]["paragraphs"] == [prose]
    # indented and broken at the width: the heading goes on
    assert out.sections[1]["title"] == "加强组织建设,团结引领广大妇女听党话、感党恩、跟党走,服务发展大局、建功新时代"
