"""Flattened tables: header cells name the columns, cells are grouped into rows."""
from __future__ import annotations

from collections.abc import Iterator

from fedextract.award_tables import Table, cells_of, column_block, header_roles
from tests.test_awards import _decision


def test_cells_and_header_roles() -> None:
    assert cells_of("1 | 张某 | 某某小学 |") == ["1", "张某", "某某小学"]
    assert cells_of("张某") is None
    assert header_roles(["序号", "姓名", "题目", "单位", "获奖等次"]) == ["marker", "name", "work", "affiliation", "award"]
    assert header_roles(["序号", "张某"]) is None


def test_rows_complete_and_a_cut_row_is_kept() -> None:
    t = Table(["marker", "name"])
    assert t.add_cells(["1", "张某", "2"], 5) == [{"line": 5, "marker": "1", "name": "张某"}]
    assert t.add_cells(["李某"], 6) == [{"line": 5, "marker": "2", "name": "李某"}]
    t.add_cells(["3"], 7)
    assert t.close() is None  # a number alone names nobody


def test_one_cell_per_line_split_by_the_award_column() -> None:
    cells = ["序号", "姓名", "题目", "单位", "获奖等次",
             "1", "王某某", "我和祖国", "某某老年大学", "一等奖",
             "2", "赵某", "桥", "区老年大学", "三等奖",
             "3", "钱某某"]
    d = _decision("评选出一等奖1篇、三等奖1篇。\n附:获奖名单\n" + "\n".join(f"{c} |" for c in cells))
    assert [(lst["title"], lst["award"], [(h["name"], h["affiliation"], h["work"], h["award"]) for h in lst["honorees"]])
            for lst in d.award_lists] == [
        ("获奖名单", "一等奖", [("王某某", "某某老年大学", "我和祖国", "一等奖")]),
        ("获奖名单", "三等奖", [("赵某", "区老年大学", "桥", "三等奖"), ("钱某某", None, None, None)])]


def test_one_row_per_line() -> None:
    d = _decision("表彰名单如下:\n序号 | 姓名 | 工作单位\n1 | 王某某 | 某某小学\n2 | 某某县妇联 |\n3 | 李某 | 某某中学\n")
    (lst,) = d.award_lists
    assert [(h["name"], h["affiliation"], h["kind"], h["marker"]) for h in lst["honorees"]] == [
        ("王某某", "某某小学", "person", "1"), ("某某县妇联", None, "organization", "2"), ("李某", "某某中学", "person", "3")]


def test_columns_written_one_after_the_other_become_rows() -> None:
    texts = ["姓名", "刘某某", "王某", "工作单位", "城东社区", "第三中学", "县妇联"]
    assert column_block(texts) == (["name", "affiliation"], [["刘某某", "城东社区"], ["王某", "第三中学"]])
    assert column_block(["姓名", "刘某某", "王某", "工作单位", "城东社区"]) is None  # a column short of a cell
    assert column_block(["姓名", "刘某某", "王某"]) is None  # one column: no table


def test_a_column_named_for_where_its_entry_is_holds_the_affiliation() -> None:
    assert header_roles(["序号", "家庭", "所在村(社区)", "类别"]) == ["marker", "name", "affiliation", "award"]
    assert header_roles(["姓名", "推荐单位"]) == ["name", "affiliation"]
    assert header_roles(["姓名", "电话"]) is None


def test_a_column_block_is_read_only_as_far_as_it_goes() -> None:
    read: list[str] = []

    def texts() -> Iterator[str]:
        for t in ["姓名", "刘某某", "王某", "单位", "城东社区", "第三中学", "某某县妇联", "2020年1月1日", *["正文"] * 1000]:
            read.append(t)
            yield t

    assert column_block(texts()) == (["name", "affiliation"], [["刘某某", "城东社区"], ["王某", "第三中学"]])
    assert len(read) <= 8  # the block's 6 lines and at most one more look
    assert column_block(iter(["姓名", "单位", "刘某某"])) is None  # a header written one cell per line


def test_a_bar_before_the_first_cell_opens_no_empty_cell() -> None:
    assert cells_of("|序号|姓名|备注|") == ["序号", "姓名", "备注"]
    assert cells_of("|1|王某||") == ["1", "王某", ""]  # the empty 备注 cell stays
    assert header_roles(["序号", "姓名", "备注"]) == ["marker", "name", "note"]


def test_column_names_read_by_their_head_word() -> None:
    from fedextract.award_tables import header_roles

    assert header_roles(["序号", "家庭名称", "所在村(社区)", "推荐类别"]) == ["marker", "name", "affiliation", "award"]
    assert header_roles(["候选人姓名", "工作单位及职务", "主要事迹"]) == ["name", "affiliation", "note"]
    assert header_roles(["序号", "活动内容", "时间"]) is None  # a plan's schedule: no column of honorees


def test_rows_under_no_header_are_read_by_what_their_cells_hold() -> None:
    from fedextract.award_tables import row_roles

    assert row_roles(["1", "王某", "某某小学 教师"]) == ["marker", "name", "affiliation"]
    assert row_roles(["某某社区", "李某", "女"]) == ["affiliation", "name", "skip"]
    assert row_roles(["3", "张某某家庭", "城关镇"]) == ["marker", "name", "affiliation"]
    assert row_roles(["2", "某某县妇女联合会"]) == ["marker", "name"]  # a unit when nobody is named
    assert row_roles(["王某", "李某"]) is None  # two names: which is the honoree?
    assert row_roles(["首页", "机构概况", "新闻动态"]) is None  # a navigation bar names nobody
    assert row_roles(["王某"]) is None  # nothing beside the name
