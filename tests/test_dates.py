from __future__ import annotations

import re

from fedextract import dates
from fedextract.dates import full_date, standalone_date, statement_year, web_date, year_tokens
from fedextract.numerals import cn_to_int, to_int


def test_chinese_numeral_dates() -> None:
    assert full_date("二○○八年十二月十六日") == "2008-12-16"
    assert full_date("二〇一六年十一月八日") == "2016-11-08"
    assert full_date("2015年8月6日") == "2015-08-06"
    assert full_date("20__年3月7日") is None
    assert full_date("2015年13月6日") is None  # not a date


def test_standalone_date_lines_only() -> None:
    assert standalone_date("(2006年5月22日)") == "2006-05-22"
    assert standalone_date("2017年3月8日") == "2017-03-08"
    assert standalone_date("公示时间:2016年8月18日-8月24日") is None
    assert standalone_date("2010/3/14") == "2010-03-14" and standalone_date("(2020-2-27)") == "2020-02-27"
    assert standalone_date("2023-03-08 10:05") is None  # a timestamp is a web date, not a signing date


def test_web_dates() -> None:
    assert web_date("时间:2011-09-15来源:市妇联") == "2011-09-15"
    assert web_date("14.02.2017  13:01") == "2017-02-14"
    assert web_date("浏览量:  时间:2016-01-17 23:45:19") == "2016-01-17"
    assert web_date("2014-2015年度") is None


def test_year_tokens_kinds() -> None:
    kinds = [(t.kind, t.value) for t in year_tokens("2006年 200F年 ~年 20xx年 20__年 2014-2015年度 2008-2009深圳")]
    assert kinds == [("year", 2006), ("masked", None), ("masked", None), ("masked", None), ("masked", None),
                     ("range", None), ("range", None)]


def test_statement_year() -> None:
    st = statement_year("2015年是全面深化改革的关键年")
    assert st is not None and st.value == 2015
    st = statement_year("今年是开局之年。2011年全市妇联工作的总体思路是全面贯彻")
    assert st is not None and st.value == 2011
    assert statement_year("2010年各项工作圆满完成") is None


def test_numerals() -> None:
    assert cn_to_int("十二") == 12 and cn_to_int("二十") == 20 and cn_to_int("十") == 10
    assert cn_to_int("二○○八") == 2008
    assert cn_to_int("一百二十") == 120  # via cn2an
    assert cn_to_int("张三") is None
    assert to_int("１２") == 12 and to_int("三") == 3


def test_the_opening_lookahead_changes_no_match() -> None:
    texts = ["2006年 200F年 ~年 ～年 20xx年 20__年 2014-2015年度 2008-2009深圳 1999.5 12020年 **年 *x年",
             "a2019年是 第2010年全市妇联工作的总体思路 2011年主要工作安排 19年 2０19年 x20ab年 ２０１９年"]
    for pattern in (dates._YEAR, dates._STATEMENT):
        bare = re.compile(pattern.pattern.replace("(?=[12~～*])", "", 1))
        for text in texts:
            assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in bare.finditer(text)]
            assert [m.groupdict() for m in pattern.finditer(text)] == [m.groupdict() for m in bare.finditer(text)]


def test_a_masked_signing_date_is_a_date_line_without_a_value() -> None:
    from fedextract.dates import masked_date_line

    assert masked_date_line("20XX年X月X日")
    assert masked_date_line("(2018年**月**日)")
    assert not masked_date_line("2018年3月8日")  # a real date: standalone_date reads it
    assert not masked_date_line("20XX年度工作要点")


def test_republic_of_china_years() -> None:
    from fedextract.dates import standalone_date, year_tokens
    from fedextract.textkey import key

    assert standalone_date(key("中華民國109年1月15日")) == "2020-01-15"
    assert standalone_date(key("109年3月8日")) == "2020-03-08"
    assert standalone_date(key("中華民國一一二年三月八日")) == standalone_date(key("中華民國一百一十二年三月八日")) == "2023-03-08"
    assert standalone_date(key("一一二年三月八日")) is None  # Chinese numerals of three: only after 民國
    assert [t.value for t in year_tokens(key("某某協會109年度工作計畫"))] == [2020]
    assert [t.value for t in year_tokens(key("民國98年"))] == [2009]
    # a count of years is no year
    assert year_tokens("建党100年") == []
    assert year_tokens("有100年历史") == []
