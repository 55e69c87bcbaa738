from __future__ import annotations

from fedextract.honorees import ListBuilder, classify, entry_marker, line_tokens, merge_padded, read_list_line
from fedextract.markers import match_marker
from fedextract.normalize import make_lines


def _tokens(text: str) -> list[str]:
    return line_tokens(make_lines([text])[0][0])


def test_tokens_merge_padded_names_and_cut_notes() -> None:
    assert _tokens("张 兰 双辽市某某种业公司 总经理") == ["张兰", "双辽市某某种业公司", "总经理"]
    assert _tokens("钱志强(排名不分先后)东城区居民") == ["钱志强", "(排名不分先后)", "东城区居民"]
    assert _tokens("3.道外区某某镇妇女之家;") == ["道外区某某镇妇女之家"]


def test_one_reading_gives_the_tokens_and_the_numbering() -> None:
    for text, tokens, marker in [
        ("3.道外区某某镇妇女之家;", ["道外区某某镇妇女之家"], "3."),
        ("12 李 敏 城关镇居民", ["李敏", "城关镇居民"], "12"),
        ("1234 李敏", ["1234", "李敏"], None),  # four digits: not a list number
        ("(二)王芳", ["(二)王芳"], None),  # a section marker is no entry numbering
        ("张丽华、王雪梅、刘 芳。", ["张丽华", "王雪梅", "刘芳"], None),
    ]:
        line = make_lines([text])[0][0]
        assert read_list_line(line, match_marker(line)) == (tokens, marker)
        assert (line_tokens(line), entry_marker(line)) == (tokens, marker)


def test_classify_tokens() -> None:
    assert classify("陈德平") == "name"
    assert classify("熊旷罗湖区翠竹街道翠达社区居民") == "name_aff"
    assert classify("广州市白云区妇联主席简丽萍") == "aff_name"
    assert classify("宜昌市张治国家庭") == "family"
    assert classify("总经理") == "post"
    assert classify("泌阳县妇联") == "org"
    assert classify("(排名不分先后)") == "note"


def _build(lines: list[str]) -> ListBuilder:
    b = ListBuilder()
    for n, text in enumerate(lines, start=1):
        b.add_tokens(_tokens(text), n)
    b.close()
    return b


def test_column_of_names_then_line_of_affiliations_pairs_in_order() -> None:
    b = _build(["王建国", "刘秀英", "赵德明 东城区居民 西城区教师 南湖区医生"])
    assert [(e.name, e.affiliation) for e in b.entries] == [
        ("王建国", "东城区居民"), ("刘秀英", "西城区教师"), ("赵德明", "南湖区医生")]
    assert all(e.line <= 3 for e in b.entries) and b.entries[0].line == 1


def test_one_token_short_splits_two_glued_affiliations() -> None:
    b = _build(["吴海涛", "郑小燕", "北山区实验小学副校长,退休北山区城关镇居民"])
    assert [(e.name, e.affiliation) for e in b.entries] == [
        ("吴海涛", "北山区实验小学副校长,退休"), ("郑小燕", "北山区城关镇居民")]


def test_rows_pair_on_their_line() -> None:
    b = _build(["许凤英 梨树县某某手工艺品有限公司 总经理", "严 俊 江西省人民检察院检察官 李晓冬 江西省统计局科长"])
    assert [(e.name, e.affiliation) for e in b.entries] == [
        ("许凤英", "梨树县某某手工艺品有限公司 总经理"),
        ("严俊", "江西省人民检察院检察官"), ("李晓冬", "江西省统计局科长")]


def test_grid_of_names_and_unit_list() -> None:
    b = _build(["兰春华 李金宝 陈 刚", "泌阳县妇联 确山县妇联"])
    assert [(e.name, e.affiliation, e.kind) for e in b.entries] == [
        ("兰春华", None, "person"), ("李金宝", None, "person"), ("陈刚", None, "person"),
        ("泌阳县妇联", None, "organization"), ("确山县妇联", None, "organization")]


def test_unordered_note() -> None:
    assert not _build(["王建国(排名不分先后)"]).ordered
    assert _build(["王建国"]).ordered


def test_gender_and_ethnicity_are_notes_not_affiliations() -> None:
    b = _build(["张丽华 女 汉族 城关镇妇联主席"])
    assert [(e.name, e.affiliation) for e in b.entries] == [("张丽华", "城关镇妇联主席")]


def test_family_without_a_place() -> None:
    assert classify("陈德平家庭") == "family"


def test_affiliation_in_brackets_after_the_name() -> None:
    b = _build(["王芳(某县某乡妇联主席)", "李丽（某县第一中学教师）", "张三家庭（城关镇东街社区）"])
    assert [(e.name, e.affiliation, e.family) for e in b.entries] == [
        ("王芳", "某县某乡妇联主席", False), ("李丽", "某县第一中学教师", False), ("张三", "城关镇东街社区", True)]


def test_a_line_of_names_waits_for_affiliations_and_notes_are_kept_apart() -> None:
    b = ListBuilder()
    b.add_tokens(["王建国", "(排名不分先后)", "刘秀英同志"], 1)
    assert [(e.name, e.awaiting) for e in b.entries] == [("王建国", True), ("刘秀英", True)]
    assert b.notes == ["(排名不分先后)"] and len(b.pending()) == 2
    b.add_tokens(["东城区居民", "西城区教师"], 2)
    assert [(e.name, e.affiliation) for e in b.entries] == [("王建国", "东城区居民"), ("刘秀英", "西城区教师")]
    assert not b.pending()


def test_padded_names_merge_pairwise_from_a_surname() -> None:
    assert merge_padded(["张", "兰", "李", "明"]) == ["张兰", "李明"]
    assert merge_padded(["英", "张", "兰"]) == ["英", "张兰"]  # 英 is no surname: the pair starts at 张
    assert merge_padded(["张", "英雄", "陈", "红"]) == ["张", "英雄", "陈红"]
    assert merge_padded(["张", "A", "英"]) == ["张", "A", "英"]
    assert merge_padded(["张"]) == ["张"]


def test_padded_three_character_names() -> None:
    assert merge_padded(["宋", "晓", "峰", "某某公司职员"]) == ["宋晓峰", "某某公司职员"]
    assert merge_padded(["张", "兰", "李", "明"]) == ["张兰", "李明"]
    assert merge_padded(["王", "小", "明"]) == ["王小明"]


def test_a_place_or_unit_column_before_the_name() -> None:
    b = ListBuilder()
    b.add_tokens(["文昌市", "黄某某家庭"], 1)
    b.add_tokens(["广州", "冯某某家庭"], 2)
    b.add_tokens(["某某电网公司", "许某"], 3)
    assert [(e.name, e.affiliation, e.family) for e in b.entries] == [
        ("黄某某", "文昌市", True), ("冯某某", "广州", True), ("许某", "某某电网公司", False)]


def test_a_padded_name_may_end_in_a_bracket() -> None:
    from fedextract.honorees import merge_padded

    assert merge_padded(["王", "芳(城关镇妇联主席)"]) == ["王芳(城关镇妇联主席)"]
    assert merge_padded(["宋", "晓", "峰(某某小学教师)"]) == ["宋晓峰(某某小学教师)"]
    assert merge_padded(["张", "兰", "李", "明"]) == ["张兰", "李明"]


def test_a_bracket_with_a_unit_after_the_sex_is_no_note() -> None:
    from fedextract.honorees import _NOTE

    for note in ("(女)", "(女,汉族)", "(女，回族，已故)", "(男,中共党员)", "(回族)"):
        assert _NOTE.fullmatch(note), note
    assert not _NOTE.fullmatch("(女，某某公司技术员)")


def test_a_sex_column_after_a_padded_name_is_no_part_of_it() -> None:
    assert merge_padded(["张", "丽", "女", "某某街道妇联副主席"]) == ["张丽", "女", "某某街道妇联副主席"]
    assert merge_padded(["宋", "晓", "峰"]) == ["宋晓峰"]


def test_an_enumeration_of_names_with_bracketed_units() -> None:
    from fedextract.normalize import make_lines

    line = make_lines(["王某(某某医院护士长、主管护师)、李某某(某某小学教师)"])[0][0]
    assert line_tokens(line) == ["王某(某某医院护士长、主管护师)", "李某某(某某小学教师)"]


def test_a_name_without_a_known_surname_in_the_name_column() -> None:
    b = ListBuilder()
    b.add_tokens(["王某某", "某某市分公司营销员"], 1)
    b.add_tokens(["益西卓某", "某某自治区某某县分公司副总经理"], 2)
    assert [(e.name, e.affiliation) for e in b.entries] == [
        ("王某某", "某某市分公司营销员"), ("益西卓某", "某某自治区某某县分公司副总经理")]


def test_a_padded_name_whose_last_character_is_glued_to_the_unit() -> None:
    assert merge_padded(["王", "晓", "明海淀区某某街道居民"]) == ["王晓明", "海淀区某某街道居民"]
    assert merge_padded(["王", "晓", "海淀区某某街道居民"]) == ["王晓", "海淀区某某街道居民"]  # the unit is whole


def test_a_prize_column_at_the_row_end_is_the_entry_award() -> None:
    b = ListBuilder()
    b.add_tokens(["王某某", "某某小学", "一等奖"], 1)
    b.add_tokens(["李某", "某某中学", "优秀奖"], 2)
    assert [(e.name, e.affiliation, e.award) for e in b.entries] == [
        ("王某某", "某某小学", "一等奖"), ("李某", "某某中学", "优秀奖")]


def test_a_bracketed_deceased_note_is_a_note() -> None:
    from fedextract.normalize import make_lines

    assert line_tokens(make_lines(["李某(已故)  某某乡妇联原主席"])[0][0]) == ["李某", "(已故)", "某某乡妇联原主席"]


def test_a_sentence_in_brackets_after_a_unit_is_the_entrys_note() -> None:
    b = ListBuilder()
    b.add_tokens(["某某百货大厦有限责任公司业务部(会员王某某任总经理)"], 1)
    b.add_tokens(["某某中学(分校)"], 2)  # a short bracket is part of the unit's name
    assert [(e.name, e.kind, e.note) for e in b.entries] == [
        ("某某百货大厦有限责任公司业务部", "organization", "(会员王某某任总经理)"), ("某某中学(分校)", "organization", None)]


def test_profile_items_in_a_names_bracket_are_its_note() -> None:
    from fedextract.honorees import profile_split

    assert profile_split("女，汉族，1975年5月生，中共党员，某某县人民医院主任") == (
        "女，汉族，1975年5月生，中共党员", "某某县人民医院主任")
    assert profile_split("1982.08,民盟盟员,某某大学教授") == ("1982.08,民盟盟员", "某某大学教授")
    assert profile_split("女") == ("女", None)
    assert profile_split("县妇联主席、党组书记") == (None, "县妇联主席、党组书记")  # a unit and posts: all affiliation
    assert profile_split("某某家族企业董事长") == (None, "某某家族企业董事长")


def test_quoted_honours_with_their_holders_in_prose() -> None:
    from fedextract.honorees import quoted_groups
    from fedextract.normalize import make_lines

    def groups(text: str) -> list[tuple[str, list[str]]] | None:
        return quoted_groups(make_lines([text])[0][0])

    assert groups("其中，“甲标兵”：喻某、阮某某；“乙岗”：某某社区卫生服务中心、某某供电所营业厅。") == [
        ("甲标兵", ["喻某", "阮某某"]), ("乙岗", ["某某社区卫生服务中心", "某某供电所营业厅"])]
    assert groups("授予以下同志“优秀母亲”称号：") is None  # a pointing grant: the list comes below
    assert groups("会议强调“三个坚持”：坚持学习、坚持实践。") is None  # not entries
    # prizes with their winners, one winner to a prize allowed
    assert groups("获奖名单如下：一等奖：张某（县人民医院）；二等奖：王某（县第一中学）、赵某某（县税务局）。") == [
        ("一等奖", ["张某（县人民医院）"]), ("二等奖", ["王某（县第一中学）", "赵某某（县税务局）"])]
    assert groups("奖励标准：一等奖：奖金500元；二等奖：奖金300元。") is None  # money is no winner
    assert groups("一等奖：张某（县人民医院）。") is None  # one entry alone is no enumeration


def test_a_padded_name_glued_to_its_family_word() -> None:
    assert merge_padded(["王", "军家庭(新华乡)"]) == ["王军家庭(新华乡)"]
    assert merge_padded(["宋", "晓", "峰家庭"]) == ["宋晓峰家庭"]
    assert merge_padded(["王", "某某小学家庭教育指导站"]) == ["王", "某某小学家庭教育指导站"]  # no name's last character


def test_families_of_transliterated_names() -> None:
    assert classify("热合曼·艾力家庭(城关镇)") == "name_paren"
    assert classify("阿依古丽·买买提家庭(城关镇)") == "name_paren"
    assert classify("城关镇阿依古丽·买买提家庭") == "family"


def test_a_space_inside_a_bracket_does_not_split_the_entry() -> None:
    from fedextract.normalize import make_lines

    line = make_lines(["1.许某（某某手工艺品有限公司 总经理）  李某(某某区妇联 主席)"])[0][0]
    assert line_tokens(line) == ["许某（某某手工艺品有限公司 总经理）", "李某(某某区妇联 主席)"]
    b = ListBuilder()
    b.add_tokens(line_tokens(line), 1)
    assert [(e.name, e.affiliation) for e in b.entries] == [("许某", "某某手工艺品有限公司 总经理"), ("李某", "某某区妇联 主席")]
    # a name, a comma, its unit and post: the space between them kept, as rows without a comma keep it
    line = make_lines(["王某某，某某手工艺品有限公司 总经理"])[0][0]
    assert line_tokens(line) == ["王某某", "某某手工艺品有限公司 总经理"]
