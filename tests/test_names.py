from __future__ import annotations

import pytest

from fedextract import names


@pytest.mark.parametrize("text", ["陈德平", "张平", "欧阳晓光", "赖孟柱", "嚴俊"])
def test_person_names(text: str) -> None:
    assert names.is_person_name(text)


@pytest.mark.parametrize("text", ["遂平县", "居民", "教师", "罗湖区贝丽花园居民", "宜昌市", "妇联主席", "X先生"])
def test_not_person_names(text: str) -> None:
    assert not names.is_person_name(text)


@pytest.mark.parametrize("text", ["王\ufffd明", "戴荣\u3013", "李*", "张**", "王×明", "欧阳□"])
def test_a_given_name_with_a_lost_or_masked_character_is_a_name(text: str) -> None:
    assert names.is_person_name(text)


@pytest.mark.parametrize("text", ["*王明", "\u3013明", "王*市", "**"])
def test_a_lost_surname_or_a_mask_alone_is_no_name(text: str) -> None:
    assert not names.is_person_name(text)


@pytest.mark.parametrize(
    ("token", "name", "rest"),
    [
        ("熊旷罗湖区翠竹街道翠达社区居民", "熊旷", "罗湖区翠竹街道翠达社区居民"),
        ("古振英龙岗区坪地中心小学英语科组长", "古振英", "龙岗区坪地中心小学英语科组长"),
        ("周丽南湖区新村社区居民", "周丽", "南湖区新村社区居民"),
        ("李玲龙岗区委组织部干部", "李玲", "龙岗区委组织部干部"),
    ],
)
def test_split_name_first(token: str, name: str, rest: str) -> None:
    assert names.split_name_first(token) == (name, rest)


def test_affiliation_starting_like_a_surname_is_not_split() -> None:
    assert names.split_name_first("原深圳市大鹏镇鹏城村委会主任") is None
    assert names.split_name_first("罗湖区翠竹街道翠达社区居民") is None


def test_post_before_name() -> None:
    assert names.split_name_last("广州市白云区妇联主席简丽萍") == ("简丽萍", "广州市白云区妇联主席")
    assert names.split_name_last("深圳市眼科医院医生") is None


def test_families_and_place_names() -> None:
    assert names.split_family("宜昌市张治国家庭") == ("张治国", "宜昌市")
    assert names.split_family("荆州市谢爱华家庭") == ("谢爱华", "荆州市")
    assert names.split_place_name("武汉市兰毓秀") == ("兰毓秀", "武汉市")
    assert names.split_place_name("泌阳县妇联") is None


def test_units() -> None:
    assert names.looks_like_org("泌阳县妇联")
    assert names.looks_like_org("道外区某某镇妇女之家")
    assert names.looks_like_org("清河市文明办")
    assert not names.looks_like_org("张平")


def test_place_split_points() -> None:
    assert names.place_split_points("北山区实验小学副校长,退休北山区城关镇居民") == [13, 16]
    assert names.place_split_points("甲乙丙丁龙岗区城关镇") == [4, 7]  # runs do not overlap
    assert names.place_split_points("龙岗区龙岗区") == []  # a place at the start is no split point
    assert names.place_split_points("甲乙丙丁a龙区") == []  # two CJK characters before the suffix


def test_a_line_that_says_something_happened_is_no_unit() -> None:
    for unit in ("城关镇妇联", "某某县实验小学", "南湖社区居委会"):
        assert names.looks_like_org(unit), unit
    for headline in ("我区十户家庭获评最美家庭", "区妇联举行最美家庭表彰会", "市妇联召开执委会"):
        assert not names.looks_like_org(headline), headline


def test_a_news_headline_ending_in_a_unit_word_is_the_title() -> None:
    import fedextract

    doc = fedextract.extract("十户家庭获评区级最美家庭\n近日,区妇联授予张小红家庭、李明家庭“最美家庭”称号。\n").documents[0]
    assert doc.title == "十户家庭获评区级最美家庭" and doc.issuers != ["十户家庭获评区级最美家庭"]


def test_a_name_glued_before_a_unit_that_opens_with_a_level_word() -> None:
    assert names.split_name_first("王秀兰市第一人民医院护士长") == ("王秀兰", "市第一人民医院护士长")
    assert names.split_name_first("赵某县妇联主席") == ("赵某", "县妇联主席")
    # a token that opens with a real division, or a unit prefix, is no name and unit
    assert names.split_name_first("黄山市屯溪区妇联") is None
    assert names.split_name_first("原深圳市大鹏镇鹏城村委会主任") is None


def test_a_province_and_two_characters_is_no_name() -> None:
    assert not names.is_person_name("海南电网")
    assert not names.is_person_name("四川日报")
    assert names.is_person_name("欧阳明华")  # a compound surname
    assert names.is_person_name("王海南")


def test_a_dotted_name_holds_no_family_word_and_no_place() -> None:
    from fedextract.names import is_person_name, split_family

    assert is_person_name("阿依古丽·买买提") and is_person_name("吐尔洪·艾买提·阿不都")
    assert not is_person_name("热合曼·艾力家庭")
    assert not is_person_name("城关镇阿依古丽·买买提")
    assert split_family("城关镇阿依古丽·买买提家庭") == ("阿依古丽·买买提", "城关镇")
