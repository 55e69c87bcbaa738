"""The seed compilation end to end (the document the project was created from)."""

from __future__ import annotations

from pathlib import Path

import pytest

import fedextract
from fedextract import AwardDecision, Plan
from tests.helpers import assert_nothing_lost

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_f01345817728b86f.txt"


@pytest.fixture(scope="module")
def seed() -> fedextract.Extraction:
    return fedextract.extract_file(SEED)


def test_seed_is_five_articles_in_order(seed: fedextract.Extraction) -> None:
    assert [(d.type, d.index) for d in seed.documents] == [
        ("plan", 1), ("plan", 2), ("plan", 3), ("plan", 4), ("award_decision", 5)]
    assert seed.source.name == SEED.name and seed.source.encoding == "utf-8" and len(seed.source.sha256) == 64


def test_seed_years_masks_status_and_dates(seed: fedextract.Extraction) -> None:
    docs = seed.documents
    assert [d.year for d in docs] == [2006, None, None, None, None]
    assert "masked_year" in {w.code for w in docs[2].warnings}
    assert "truncated" in {w.code for w in docs[1].warnings}
    assert docs[3].status == "draft" and docs[3].date == "2011-09-15"
    assert docs[4].date == "2008-12-16"


def test_seed_outlines(seed: fedextract.Extraction) -> None:
    first = seed.documents[0]
    assert isinstance(first, Plan)
    assert [len(s.items) for s in first.sections] == [4, 3, 3, 3]
    assert first.closing and first.closing[0].startswith("~年是充满希望")
    fourth = seed.documents[3]
    assert isinstance(fourth, Plan)
    assert [len(s.sections) for s in fourth.sections] == [3, 2, 5, 5, 4]
    assert all(sub.level == 2 for s in fourth.sections for sub in s.sections)
    third = seed.documents[2]
    assert isinstance(third, Plan) and third.sections[-1].items[-1].title == ""


def test_seed_decision(seed: fedextract.Extraction) -> None:
    d = seed.documents[4]
    assert isinstance(d, AwardDecision)
    assert d.issuers == ["深圳市妇联", "深圳读书月组委会"]
    assert d.doc_number is not None and (d.doc_number.agency, d.doc_number.year, d.doc_number.serial) == ("深妇字", 2008, 34)
    assert [(a.title, a.count, a.unit) for a in d.awards] == [("十大优秀书香家庭", 10, "户"), ("优秀书香家庭", 10, "户")]
    assert [lst.attachment for lst in d.award_lists] == [1, 2]
    for lst in d.award_lists:
        assert not lst.ordered
        assert len(lst.honorees) == 20
        assert {h.household for h in lst.honorees} == set(range(1, 11))
        assert all(h.affiliation for h in lst.honorees)
    glued = [h for h in d.award_lists[1].honorees if h.name in ("赖孟柱", "余进如")]
    assert [h.affiliation for h in glued] == ["原深圳市大鹏镇鹏城村委会主任,退休", "龙岗区大鹏街道鹏城社区居民"]
    assert not [w for w in d.warnings if w.code == "count_mismatch"]


def test_seed_nothing_lost(seed: fedextract.Extraction) -> None:
    assert_nothing_lost(SEED.read_text(encoding="utf-8"), seed)
    assert [u.text for u in seed.unparsed] == ["时间:2011-09-15来源:市妇联社会工作部点击:1819次"]


def test_json_round_trip(seed: fedextract.Extraction) -> None:
    again = fedextract.Extraction.model_validate_json(seed.to_json())
    assert again == seed


def test_title_years() -> None:
    plan = fedextract.extract("某县妇联2018年工作总结和2019年工作计划\n一、总体要求").documents[0]
    assert plan.year == 2019
    masked = fedextract.extract("第一篇:市妇联200F年工作意见\n一、总体要求").documents[0]
    assert masked.year is None
    assert [(w.code, w.line) for w in masked.warnings] == [("masked_year", 1)]
    ranged = fedextract.extract("关于表彰2014-2015年度先进单位的决定\n正文。").documents[0]
    assert ranged.year is None and not ranged.warnings


def test_plan_signature_block_variants() -> None:
    dated = fedextract.extract("某镇妇联2019年工作计划\n一、加强组织建设。做好换届。\n某镇妇联\n2019年1月").documents[0]
    assert isinstance(dated, Plan)
    assert dated.issuers == ["某镇妇联"] and dated.date is None
    assert dated.sections[0].paragraphs == ["做好换届。"]
    assert [lb.role for lb in dated.labels] == ["signature", "date"]
    full = fedextract.extract("某工作计划\n一、加强建设。\n二〇一九年一月五日").documents[0]
    assert full.date == "2019-01-05"


def test_pager_debris_outside_any_article_is_unparsed() -> None:
    record = fedextract.extract("1 2 下一页\n第一篇:甲工作意见\n一、总体要求")
    assert [(u.line, u.text) for u in record.unparsed] == [(1, "1 2 下一页")]


def test_tokens_before_a_list_heading_on_one_line_are_kept() -> None:
    record = fedextract.extract("一、名单\n张三 李四 某某名单 王五")
    doc = record.documents[0]
    assert isinstance(doc, AwardDecision) or doc.type in ("plan", "other")
    assert_nothing_lost("一、名单\n张三 李四 某某名单 王五", record)


def test_the_collector_is_left_as_found(monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    from fedextract import pipeline

    assert gc.isenabled()
    fedextract.extract("一、甲\n1、乙")
    assert gc.isenabled()
    gc.disable()
    try:
        fedextract.extract_record("一、甲".encode())
        assert not gc.isenabled()
    finally:
        gc.enable()

    def broken(*args: object, **kwargs: object) -> None:
        assert not gc.isenabled()  # paused while parsing
        raise RuntimeError("parser bug")

    monkeypatch.setattr(pipeline, "build_tree", broken)
    with pytest.raises(RuntimeError):
        fedextract.extract("甲")
    assert gc.isenabled()


def test_mojibake_and_pager_warnings_name_their_lines() -> None:
    text = "第一篇:甲工作意见\n一、总体要求\n矗立的龋齿\n第二篇:乙工作意见\n一、加强建设1 2 下一页\n正文"
    docs = fedextract.extract(text).documents
    assert [(w.code, w.line) for w in docs[0].warnings] == [("suspect_text", 3)]
    assert [(w.code, w.line) for w in docs[1].warnings] == [("truncated", 5)]
    assert "矗龋" in docs[0].warnings[0].message
    assert not fedextract.extract("一、总体要求\n正文").documents[0].warnings


def test_last_nonblank_lines() -> None:
    from fedextract.normalize import make_lines  # noqa: PLC0415
    from fedextract.pipeline import _last_nonblank  # noqa: PLC0415

    lines, _ = make_lines(["a", "", "b", " ", "c", ""])
    assert _last_nonblank(lines, 2) == [2, 4]
    assert _last_nonblank(lines, 5) == [0, 2, 4]
    assert _last_nonblank(lines[:2], 2) == [0] and _last_nonblank(lines[1:2], 2) == []


def test_a_signature_inside_a_transmittal_gives_date_and_issuer() -> None:
    from fedextract import extract

    text = ("关于印发《某区2018年工作要点》的通知\n各科室:\n现将《某区2018年工作要点》印发给你们,请遵照执行。\n"
            "某区教育体育局\n2018年1月22日\n某区2018年工作要点\n一、总体要求\n1、做好工作。\n")
    doc = extract(text).documents[0]
    assert doc.date == "2018-01-22" and doc.issuers == ["某区教育体育局"]


def test_the_honours_year_is_the_granting_sentences_when_the_body_names_several() -> None:
    text = ("巾帼创新奖的评选\n"
            "2001年起,市妇联每两年开展一次巾帼创新奖评选。2006年3月,在全市纪念大会上表彰了第五届巾帼创新奖获得者:"
            "王小红(市第一医院主任)、李明(市农科所研究员)。\n")
    doc = fedextract.extract(text).documents[0]
    assert doc.type == "award_decision" and doc.year == 2006


def test_a_founding_year_is_not_the_honours_year() -> None:
    text = ("县关工委表彰先进个人\n"
            "县关心下一代工作委员会于1992年成立。近日,县关工委授予张小红、王立新等5名同志先进个人称号。\n")
    doc = fedextract.extract(text).documents[0]
    assert doc.type == "award_decision" and doc.year is None


def _plan_year_of(text: str) -> int | None:
    (doc,) = fedextract.extract(text).documents
    assert isinstance(doc, Plan)
    return doc.year


def test_a_plan_without_a_year_in_its_title_takes_its_bodys_year() -> None:
    # a paragraph opening with its year
    assert _plan_year_of("某县妇联工作报告\n2010年,全县各级妇联认真履职。\n一、主要工作\n二、下步打算\n") == 2010
    # the dates the plan sets for its work, when all in one year
    assert _plan_year_of("某县妇联纪念活动方案\n一、精心组织\n各项活动的总结请于2012年3月15日前上报。\n二、加大宣传\n") == 2012
    assert _plan_year_of("某縣婦聯紀念活動方案\n一、精心組織\n各項活動的總結請於２０１２年3月15日前上報。\n二、加大宣傳\n") == 2012
    assert _plan_year_of("某縣婦聯工作報告\n２０１０年，全縣各級婦聯認真履職。\n一、主要工作\n二、下步打算\n") == 2010
    two = "某县妇联纪念活动方案\n一、精心组织\n请于2012年3月15日前上报,于2013年1月底前总结。\n二、加大宣传\n"
    assert _plan_year_of(two) is None  # two years: none
    # a signing date is no planned work
    assert _plan_year_of("某县妇联纪念活动方案\n一、精心组织\n二、加大宣传\n某县妇联\n2012年2月6日\n") is None


def test_a_distribution_trailer_is_a_label_under_any_document() -> None:
    trailer = "\n抄送：市妇联，县委办，县政府办。\n某某县妇联办公室          2024年3月1日印发\n"
    plan = "某某县妇联2024年工作要点\n一、加强思想引领\n开展学习活动。\n二、服务中心大局\n开展巾帼建功。\n某某县妇联\n2024年2月1日"
    decision = ("关于表彰“三八红旗手”的决定\n决定授予王某某等2名同志“三八红旗手”称号。\n某某县妇联\n2024年3月1日\n"
                "“三八红旗手”名单\n王某某  某某县人民医院护士长\n李某  某某镇中心小学教师")
    for text in (plan, decision):
        doc = fedextract.extract(text + trailer, name="x.txt").documents[0].model_dump(mode="json")
        roles = {lab["line"]: lab["role"] for lab in doc["labels"]}
        n = text.count("\n") + 1
        assert (roles.get(n + 1), roles.get(n + 2)) == ("distribution", "distribution")
        assert "抄送" not in str(doc.get("sections")) and "抄送" not in str(doc.get("award_lists"))


_FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


@pytest.mark.parametrize("text", [
    "某某县妇联2019年工作要点\n一、加强组织建设\n二、服务妇女儿童\n",  # a title's year
    "某某县妇联工作要点\n2019年是新中国成立70周年。今年妇联工作的总体要求是:\n一、加强组织建设\n二、服务妇女儿童\n",
    "关于表彰先进集体的决定\n2019年,全县妇联系统涌现出一批先进典型。决定授予城关镇妇联“先进集体”称号。\n某某县妇联\n",
])
def test_years_written_in_full_width_digits_are_years(text: str) -> None:
    plain = fedextract.extract(text).documents[0].year
    assert plain == 2019
    assert fedextract.extract(text.translate(_FULL_WIDTH)).documents[0].year == plain


def test_a_date_and_doc_number_line_in_full_width_digits_signs_the_page() -> None:
    text = ("某某总工会关于授予先进集体称号的决定\n(2007年4月28日 某工发[2007]18号)\n"
            "决定授予城关镇第一小学“先进集体”称号。\n").translate(_FULL_WIDTH)
    doc = fedextract.extract(text).documents[0]
    assert doc.date == "2007-04-28" and doc.doc_number is not None and doc.doc_number.serial == 18


def test_a_plan_signed_date_first_keeps_its_date_and_unit() -> None:
    doc = fedextract.extract("某某中学工会三八节活动方案\n一、活动目的\n丰富女职工生活。\n二、活动安排\n游园活动。\n"
                             "2014年2月27日\n某某中学工会\n").documents[0]
    assert doc.date == "2014-02-27" and doc.issuers == ["某某中学工会"]
    assert [ln.role for ln in doc.labels] == ["date", "signature"]
