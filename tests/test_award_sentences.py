from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from fedextract.award_sentences import (
    _quote_depth_splits,
    clean_title,
    lead_in_honour,
    parse_awards,
    pointed_grant,
)


def _awards(text: str) -> list[tuple[str, int | None, str | None, list[str]]]:
    """The awards of ``text`` (shares that yield to a deciding grant left out, as the reader does)."""
    return [(a["title"], a["count"], a["unit"], a["named"]) for a in parse_awards([(1, text)]) if not a.get("yielded")]


def test_two_honours_in_one_sentence() -> None:
    assert _awards("决定授予王甲、李乙等10户家庭第三届读书月“十大书香家庭”,张丙、赵丁等8户家庭第三届读书月“书香家庭”荣誉称号。") == [
        ("十大书香家庭", 10, "户", ["王甲", "李乙"]),
        ("书香家庭", 8, "户", ["张丙", "赵丁"]),
    ]


def test_units_separated_by_enumeration_commas_and_chinese_counts() -> None:
    assert _awards("授予甲县妇联等三个单位宣传工作优秀奖、乙县妇联等五个单位宣传工作进步奖。") == [
        ("宣传工作优秀奖", 3, "个", ["甲县妇联"]),
        ("宣传工作进步奖", 5, "个", ["乙县妇联"]),
    ]


def test_year_prefix_dropped_and_quotes_kept_when_the_honour_goes_on() -> None:
    assert _awards("最终决定授予许某等十人2017年度“最美女性”荣誉称号。") == [("最美女性", 10, "人", ["许某"])]
    assert _awards("授予张某等10户家庭“最美家庭”提名奖。") == [("“最美家庭”提名奖", 10, "户", ["张某"])]


def test_passive_clauses_and_counts_without_names() -> None:
    assert _awards("我省15个单位被授予“先进集体”荣誉称号,王锋同志被授予“突出贡献奖”。") == [
        ("先进集体", 15, "个", []),
        ("突出贡献奖", None, None, ["王锋"]),
    ]
    assert _awards("卢某某2009年5月被团省委授予2008-2009年度“优秀团支部书记”称号。") == [
        ("优秀团支部书记", None, None, ["卢某某"])]


def test_recommendation_with_post_before_name() -> None:
    got = _awards("拟推荐甲镇妇联等5个单位为先进集体候选单位,乙市妇联主席简某燕等3名同志为先进个人候选人,"
                  "丙村村委会委员、妇女主任谢某钿为劳动模范候选人(具体名单附后),现予公示。")
    assert got == [("先进集体候选单位", 5, "个", ["甲镇妇联"]), ("先进个人候选人", 3, "名", ["简某燕"]),
                   ("劳动模范候选人", None, None, ["谢某钿"])]


def test_selected_with_trailing_count() -> None:
    assert _awards("评出标准化、特色化“妇女之家”24个。") == [("标准化、特色化“妇女之家”", 24, "个", [])]


def test_traditional_characters_match_and_come_out_as_written() -> None:
    assert _awards("決定授予新營鎮婦聯等2個單位“婦女工作先進單位”榮譽稱號。") == [
        ("婦女工作先進單位", 2, "個", ["新營鎮婦聯"])]  # the unit as written (conventions v1.1)


def test_clean_title() -> None:
    assert clean_title("第九届读书月“十大优秀书香家庭”荣誉称号") == "十大优秀书香家庭"
    assert clean_title("为全国妇联系统先进集体(具体名单附后)") == "全国妇联系统先进集体"


def test_names_before_the_quote_without_a_count() -> None:
    assert _awards("决定授予张丽华、王雪梅同志“三八红旗手”称号。") == [("三八红旗手", None, None, ["张丽华", "王雪梅"])]


def test_naming_and_passive_selection() -> None:
    assert _awards("命名城关社区等3个社区为“巾帼示范社区”。") == [("巾帼示范社区", 3, "个", ["城关社区"])]
    assert _awards("李某某等5名同志被评为“优秀妇女干部”。") == [("优秀妇女干部", 5, "名", ["李某某"])]


def test_separators_inside_quotes_do_not_split() -> None:
    assert _quote_depth_splits("甲,乙“丙,丁”、戊，己", ",，") == [1, 10]
    assert _quote_depth_splits("甲,乙“丙,丁”、戊，己", "、") == [8]
    assert _quote_depth_splits("”a,“b,", ",，") == [2]  # a stray closing quote does not go below zero


def test_subject_first_grants_count_or_name_their_subject() -> None:
    assert _awards("某市3人荣获省“巾帼标兵”称号,5家单位获评省“巾帼文明岗”。") == [
        ("巾帼标兵", 3, "人", []), ("巾帼文明岗", 5, "家", [])]
    assert _awards("某县剧团团长王某某入选2019年度全国“三八”红旗手。") == [("全国“三八”红旗手", None, None, ["王某某"])]
    assert _awards("某某县第一医院荣获全国“三八”红旗集体称号。") == [("全国“三八”红旗集体", None, None, ["某某县第一医院"])]


def test_subject_first_shares_yield_to_the_deciding_grant() -> None:
    text = "授予甲单位等100个集体“先进集体”称号。其中,我省3个集体荣获“先进集体”称号。"
    assert _awards(text) == [("先进集体", 100, "个", ["甲单位"])]
    assert [a.get("yielded", False) for a in parse_awards([(1, text)])] == [False, True]


def test_rewards_addressed_with_dui() -> None:
    assert _awards("会上,对张某某等10名“最美教师”、李某某等20名“优秀校长”以奖励。") == [
        ("最美教师", 10, "名", ["张某某"]), ("优秀校长", 20, "名", ["李某某"])]


def test_a_prize_of_money_or_a_result_is_no_honour() -> None:
    assert _awards("他荣获奖金10000元。") == []
    assert _awards("全队获得了胜利。") == []


def test_a_typo_second_opening_quote_closes_the_first() -> None:
    assert _quote_depth_splits("省“三八“红旗手,4家", ",，") == [8]


def test_several_counted_honours_in_one_object() -> None:
    assert _awards("授予10个集体全国五一巾帼奖状、10名个人全国五一巾帼奖章。") == [
        ("全国五一巾帼奖状", 10, "个", []), ("全国五一巾帼奖章", 10, "名", [])]


def test_honour_text_loses_what_is_not_the_honour() -> None:
    assert _awards("命名某医院等5家单位为某市“巾帼文明岗”单位。") == [("巾帼文明岗", 5, "家", ["某医院"])]
    assert _awards("授予某派出所等5个青年集体“青年五四奖章集体”。") == [("青年五四奖章集体", 5, "个", ["某派出所"])]
    assert _awards("授予某大学团委等409个单位全国五四红旗团委(团支部)称号。") == [
        ("全国五四红旗团委(团支部)", 409, "个", ["某大学团委"])]
    assert _awards("授予黄某等10户家庭海南“最美家庭”标兵户称号。") == [("“最美家庭”标兵户", 10, "户", ["黄某"])]


def test_verbless_listing_of_honours_and_families_in_named() -> None:
    text = "会上,某幼儿园等10个市巾帼文明示范岗、某街道刘某某家庭等11户区“五好家庭”受到了大会表彰。"
    assert _awards(text) == [("市巾帼文明示范岗", 10, "个", ["某幼儿园"]), ("五好家庭", 11, "户", ["刘某某"])]


def test_counted_breakdown_joined_by_he() -> None:
    assert _awards("评委评选出一等奖1篇,二等奖2篇,三等奖3篇和优秀奖10篇。") == [
        ("一等奖", 1, "篇", []), ("二等奖", 2, "篇", []), ("三等奖", 3, "篇", []), ("优秀奖", 10, "篇", [])]


def test_subject_count_with_a_quoted_noun() -> None:
    assert _awards("我市2个“妇女儿童之家”荣获省级“特色妇女儿童之家”示范点。") == [
        ("省级“特色妇女儿童之家”示范点", 2, "个", [])]


def test_name_bracket_enumerations_in_prose() -> None:
    text = ("表彰了第三届“某某创新奖”获得者:陈某(某某医院科主任、医学博士)、胡某某(某某研究所所长、研究员)"
            "等两位同志荣获第三届“某某创新奖”;范某某(某某大学副所长、教授)等1位同志荣获“某某创新奖”提名奖。")
    assert _awards(text) == [("某某创新奖", 2, "位", ["陈某", "胡某某"]), ("“某某创新奖”提名奖", 1, "位", ["范某某"])]


def test_a_complete_enumeration_before_a_count() -> None:
    assert _awards("苏某某、余某某、武某某3人荣获“青年奖章”提名奖。") == [
        ("“青年奖章”提名奖", 3, "人", ["苏某某", "余某某", "武某某"])]


def test_a_share_yields_only_to_a_grant_of_the_same_honour() -> None:
    text = "授予某单位等10人“青年奖章”称号。其中,苏某某、余某某2人荣获“青年奖章”提名奖。"
    assert [a[0] for a in _awards(text)] == ["青年奖章", "“青年奖章”提名奖"]


def test_a_deictic_count() -> None:
    assert _awards("某市妇联授予以上10位同志某市“巾帼标兵”称号。") == [("巾帼标兵", 10, "位", [])]


def test_a_candidate_list_made_public() -> None:
    assert _awards("现将1976个第六届全国文明村镇候选名单予以公示,听取社会各界意见。") == [("全国文明村镇", 1976, "个", [])]


def test_a_relative_clause_before_the_honour() -> None:
    assert _awards("授予某小学语文教研组等10个获得全国五一巾帼奖的先进集体全国五一劳动奖状。") == [
        ("全国五一劳动奖状", 10, "个", ["某小学语文教研组"])]


def test_a_verb_carries_over_a_semicolon() -> None:
    assert _awards("决定命名高某、戴某家庭等10戶家庭為第二屆“十大最美家庭”;李某家庭等134戶家庭為第二屆“最美家庭”。") == [
        ("十大最美家庭", 10, "戶", ["高某", "戴某"]), ("最美家庭", 134, "戶", ["李某"])]


def test_honours_distributed_over_two_anchors() -> None:
    text = "分别授予甲委员会、乙委员会等118个单位和李某、赵某某等515名同志全国某某工作先进集体和先进个人称号。"
    assert _awards(text) == [("全国某某工作先进集体", 118, "个", ["甲委员会", "乙委员会"]),
                             ("全国某某工作先进个人", 515, "名", ["李某", "赵某某"])]


def test_a_ceremony_report_names_the_winners_it_praised() -> None:
    (award,) = parse_awards([(3, "会上表彰了第五届“巾帼创新奖”获得者:王小红(市第一医院主任)、李明(市农科所研究员)。")])
    assert (award["title"], award["named"]) == ("巾帼创新奖", ["王小红", "李明"])
    (counted,) = parse_awards([(3, "会上表彰了第五届巾帼创新奖获得者王小红、李明等5位同志。")])
    assert (counted["count"], counted["unit"], counted["named"]) == (5, "位", ["王小红", "李明"])
    assert parse_awards([(3, "会上表彰了优秀论文获得者,并部署了下一步工作。")]) == []


def test_the_pages_own_region_before_the_names_is_no_name() -> None:
    (award,) = parse_awards([(3, "我市王秀英、张丽、刘晓梅等12名女性获评省级“三八红旗手”。")])
    assert (award["count"], award["named"]) == (12, ["王秀英", "张丽", "刘晓梅"])


def test_people_counted_before_the_grant_verb() -> None:
    (award,) = parse_awards([(3, "经研究,决定对王建国、李红等5名同志予以表彰,授予“优秀共产党员”称号。")])
    assert (award["title"], award["count"], award["unit"], award["named"]) == ("优秀共产党员", 5, "名", ["王建国", "李红"])
    (bare,) = parse_awards([(3, "经研究,决定授予“优秀共产党员”称号。")])
    assert (bare["count"], bare["named"]) == (None, [])


def test_a_pointing_object_is_no_name() -> None:
    found = parse_awards([(1, "决定命名以下家庭为“文明家庭”。")])
    assert [(a["title"], a["named"]) for a in found] == [("文明家庭", [])]
    assert lead_in_honour("授予以下同志“优秀母亲”称号:") == "优秀母亲"
    assert pointed_grant("决定授予下列单位“巾帼文明岗”称号:")
    assert not pointed_grant("获得省五一劳动奖章的职工有:")


def test_a_verb_inside_a_quoted_document_title_grants_nothing() -> None:
    # 印发《关于命名…的决定》: the report quotes the decision; its own sentence grants nothing
    assert _awards("近日，省妇联印发《关于命名2020年度全省“最美家庭”的决定》，我市赵某家庭等3户家庭榜上有名。") == []
    # the same verb outside the brackets still grants
    assert _awards("省妇联命名赵某家庭等3户家庭为“最美家庭”。") == [("最美家庭", 3, "户", ["赵某"])]


def test_a_count_pointing_at_the_list_below_is_no_name() -> None:
    # 拟表彰以下5名同志为…: the five are the list below, not a name 拟表彰以下5名
    assert _awards("经基层推荐、资格审核，拟表彰以下5名同志为2021年度“巾帼建功标兵”，现予以公示。") == [
        ("巾帼建功标兵", 5, "名", [])]


def test_praise_of_counted_groups_gives_each_its_honour() -> None:
    # 对甲等8个先进集体和乙等10名先进个人予以通报表彰: two honours, each with its count and first name
    assert _awards("县妇联决定对红星村妇联等8个先进集体和王丽等10名先进个人予以通报表彰。") == [
        ("先进集体", 8, "个", ["红星村妇联"]), ("先进个人", 10, "名", ["王丽"])]


def test_praise_of_a_quoted_honour_names_it() -> None:
    # 对2021年度“十佳巾帼志愿者”进行了表彰: the object is the honour itself
    assert _awards("会上，对2021年度“十佳巾帼志愿者”进行了表彰。") == [("十佳巾帼志愿者", None, None, [])]
    # an object that is no quoted honour alone gives nothing
    assert _awards("会上，对获奖家庭进行了表彰。") == []


def test_conferring_to_counted_people() -> None:
    # 向N位…颁发了“X”: the people after 向, the honour in quotes (a certificate or medal is no part of it)
    assert _awards("会上，市妇联向10名优秀母亲颁发了“最美母亲”奖牌。") == [("最美母亲", 10, "名", [])]
    assert _awards("会上向张某某、李某某颁发了“巾帼建功标兵”荣誉证书。") == [("巾帼建功标兵", None, None, ["张某某", "李某某"])]
    assert _awards("市妇联主席向获奖家庭颁发了证书。") == []  # no quoted honour, no count


def test_a_second_honour_joined_by_bing_goes_to_the_same_people() -> None:
    text = "大会还向为事业做出特殊贡献的9位老同志颁发了“某某荣誉奖章”,并授予“某某特别荣誉称号”。"
    assert _awards(text) == [("某某荣誉奖章", 9, "位", []), ("某某特别荣誉称号", 9, "位", [])]


def test_an_unquoted_grant_ends_with_its_clause() -> None:
    # 授予我特别荣誉奖,我将…: the honour is the clause's object, not the rest of the sentence
    assert _awards("感谢组委会授予我特别荣誉奖,我将继续努力。") == [("特别荣誉奖", None, None, [])]
    # a definition: who is meant (…的), not an honour's name
    assert _awards("某某奖章是某某总会授予在建设中作出突出贡献的职工、单位的光荣称号,是最高奖项之一。") == []


def test_a_ceremony_report_counts_what_it_honoured() -> None:
    assert _awards("会议表彰了2022年度市“三八红旗手”20名、“三八红旗集体”10个、“最美家庭”15户。") == [
        ("三八红旗手", 20, "名", []), ("三八红旗集体", 10, "个", []), ("最美家庭", 15, "户", [])]
    assert _awards("大会表彰了12名“巾帼建功标兵”和6个“巾帼文明岗”。") == [
        ("巾帼建功标兵", 12, "名", []), ("巾帼文明岗", 6, "个", [])]
    assert _awards("会上表彰了郑某等8名“优秀母亲”,号召全市妇女向她们学习。") == [("优秀母亲", 8, "名", ["郑某"])]
    for uncounted in ("大会表彰了一批先进集体和先进个人。", "会议表彰了“最美家庭”,并为其颁奖。", "将评选表彰20名“最美家庭”。"):
        assert _awards(uncounted) == [], uncounted


def test_the_holders_listed_after_their_honour_name_the_counted_award() -> None:
    paragraphs = [(1, "会议表彰了“巾帼建功标兵”20名、“最美家庭”15户。"),
                  (2, "获得“巾帼建功标兵”称号的有:彭某(市第二医院)、祝某(某某小学)等。")]
    awards = parse_awards(paragraphs)
    assert [(a["title"], a["count"], a["named"]) for a in awards] == [
        ("巾帼建功标兵", 20, ["彭某", "祝某"]), ("最美家庭", 15, [])]
    assert all("holders" not in a for a in awards)
    # with no count to complete, the holders are an award of their own; a family list keeps its households
    assert _awards("荣获“书香家庭”称号的家庭有:韦某家庭、范某某家庭。") == [("书香家庭", None, None, ["韦某", "范某某"])]
    assert _awards("获得表彰的有:彭某、祝某。") == []  # no honour named


def test_a_counted_breakdown_ends_with_its_clause() -> None:
    assert _awards("经推荐、评审,评选出2023年度“好婆婆”5名、“好媳妇”4名,现将名单公布如下:") == [
        ("好婆婆", 5, "名", []), ("好媳妇", 4, "名", [])]
    assert _awards("共评出一等奖3篇、二等奖5篇,现予以通报表彰。") == [("一等奖", 3, "篇", []), ("二等奖", 5, "篇", [])]
    assert _awards("评出一等奖1篇、优秀组织奖若干。") == []  # a piece of the clause is uncounted


_FRAGMENTS = ["我市", "张某", "、李某", "等3名", "5户", "“巾帼标兵”", "称号", "荣获", "获评", "获得", "入选", "当选为",
              "对", "予以", "表彰", "受到", "公示", "的有:", "家庭", "先进集体", ",", "。", "会议", "2023年度", "被评为"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=14))
@example(["我市", "张某", "荣获", "“巾帼标兵”", "称号"])
@example(["张某", "、李某", "入选", "“巾帼标兵”"])
@example(["张某", "、李某", "当选为", "“巾帼标兵”"])
@example(["获得", "“巾帼标兵”", "称号", "的有:", "张某", "、李某"])
def test_the_verbless_cue_filter_drops_no_grant(parts: list[str]) -> None:
    """Sentences with no verb are tried against the verbless forms only when they hold one of
    their cue words: with every sentence tried, the awards are the same."""
    import fedextract.award_sentences as sentences

    text = "".join(parts)
    filtered = sentences._parse_folded(text, 1)
    cues = sentences._VERBLESS_CUES
    try:
        sentences._VERBLESS_CUES = ("",)  # ("" is in every sentence)
        every = sentences._parse_folded(text, 1)
    finally:
        sentences._VERBLESS_CUES = cues
    assert filtered == every


def test_a_batch_before_the_quote_goes_as_an_edition_does() -> None:
    assert _awards("决定命名以下12户为第五批“美丽庭院”示范户。") == [("“美丽庭院”示范户", 12, "户", [])]
    assert clean_title("首批“巾帼文明岗”") == "巾帼文明岗"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="某甲、,，()（）x ", max_size=30), st.sampled_from(["、", ",，", ",，、"]))
def test_splitting_outside_brackets_matches_a_walk_over_the_characters(text: str, seps: str) -> None:
    from fedextract.award_sentences import split_outside_brackets

    pieces, depth, start = [], 0, 0  # the reference: one character at a time, counting depth
    for i, c in enumerate(text):
        if c in "(（":
            depth += 1
        elif c in ")）":
            depth = max(0, depth - 1)
        elif c in seps and depth == 0:
            pieces.append(text[start:i])
            start = i + 1
    pieces.append(text[start:])
    assert split_outside_brackets(text, seps) == pieces


def test_an_award_ceremony_for_counted_honours() -> None:
    assert _awards("会上，对受表彰的10名“三八红旗手”和5个“三八红旗集体”进行了颁奖。") == [
        ("三八红旗手", 10, "名", []), ("三八红旗集体", 5, "个", [])]
    assert _awards("对受表彰的先进集体和个人进行了颁奖。") == []  # nothing counted, nothing quoted


def test_a_grant_to_the_list_below_names_nobody() -> None:
    # the pointer (以下同志) is the list, not a name, also after an enumeration of the steps taken
    assert _awards("经基层推荐、资格审查、评审委员会评审,拟表彰以下同志为2023年度“巾帼建功标兵”。现予以公示。") == [
        ("巾帼建功标兵", None, None, [])
    ]
    assert _awards("决定表彰下列同志为“优秀妇女干部”。") == [("优秀妇女干部", None, None, [])]
    assert _awards("拟评选以下10户家庭为“最美家庭”。") == [("最美家庭", 10, "户", [])]
    # 评选 also picks pilots and venues: only a quoted honour counts after it
    assert _awards("评选以下单位为试点单位。") == []
    assert _awards("表彰在脱贫攻坚中为全县发展作出突出贡献的同志。") == []


def test_honours_put_together_from_two_places_come_out_as_written() -> None:
    # traditional script is matched on the simplified key; a title composed of two pieces of the
    # sentence is mapped back piece by piece
    got = _awards("授予甲縣婦聯、乙縣婦聯等118個單位和張某、李某等515名同志全國某某工作先進集體和先進個人稱號。")
    assert [(t, n, u) for t, n, u, _ in got] == [("全國某某工作先進集體", 118, "個"), ("全國某某工作先進個人", 515, "名")]
