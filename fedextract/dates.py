"""Dates and years: signing dates, web timestamps, the year a document is about.

``二○○八年十二月十六日`` and ``2015年8月6日`` are signing dates; ``2011-09-15`` and the
aggregator form ``14.02.2017  13:01`` are published dates.  A year token is a plain year
(``2006年``), a range (``2014-2015年度``, ``2008-2009``) or masked (``~年``, ``200F年``,
``20xx年``, ``20__年``); only a single plain year yields a value.
"""

from __future__ import annotations

import datetime as _dt
from typing import Literal, NamedTuple

from .lazyre import lazy
from .numerals import cn_to_int

_CN_DIGIT = "〇零○一二三四五六七八九"
_CN_NUM = _CN_DIGIT + "十"
# A year of the Republic of China calendar (``中華民國109年`` → 2020): two or three digits, 40 to 149,
# written after 民国 or in a full date; the year is +1911.
_ROC = r"(?<![\d.])(?:[4-9]\d|1[0-4]\d)(?!\d)"
_FULL_DATE = lazy(
    rf"(?=[\d{_CN_DIGIT}])(?P<y>[{_CN_DIGIT}]{{4}}|(?:19|20)\d{{2}}|{_ROC})\s?年\s?(?P<m>[{_CN_NUM}]{{1,3}}|\d{{1,2}})\s?月"
    rf"\s?(?P<d>[{_CN_NUM}]{{1,3}}|\d{{1,2}})\s?[日号]"
)
_ISO = lazy(r"(?<!\d)(?P<y>(?:19|20)\d{2})[-/](?P<m>\d{1,2})[-/](?P<d>\d{1,2})(?!\d)")
_DMY = lazy(r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d{2})(?![\d.])")
_STANDALONE_TRIM = " ()[]（）:：-—"
_STANDALONE_MAX = 64  # 16 characters of date, letter-spaced and bracketed
_STANDALONE_LAST = frozenset("日号0123456789" + _STANDALONE_TRIM)  # what a date line can end with


def _iso(y: str, m: str, d: str) -> str | None:
    year, month, day = cn_to_int(y), cn_to_int(m), cn_to_int(d)
    if year is None or month is None or day is None:
        return None
    if year < 200:  # a Republic of China year (only _ROC matches fewer than four digits)
        year += 1911
    try:
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def full_date(text: str) -> str | None:
    """The first ``YYYY年M月D日`` date (Chinese or Arabic numerals) in ``text``."""
    if "年" not in text:
        return None
    for m in _FULL_DATE.finditer(text):
        found = _iso(m["y"], m["m"], m["d"])
        if found:
            return found
    return None


_DOTTED = lazy(r"(?P<y>(?:19|20)\d{2})[.](?P<m>\d{1,2})[.](?P<d>\d{1,2})")


def standalone_date(key: str) -> str | None:
    """A line that is nothing but a full date, maybe in brackets: ``(2006年5月22日)``,
    ``二○○八年十二月十六日``, ``2019.3.8``."""
    if len(key) > _STANDALONE_MAX or key[-1:] not in _STANDALONE_LAST:  # asked of every line: most
        return None  # end in other ways (。 ,), and a long one is no date and would cost a copy
    s = key.strip(_STANDALONE_TRIM).replace(" ", "")
    roc = s.startswith(("中华民国", "民国"))
    if roc:  # 中華民國109年1月15日, 中華民國一一二年三月八日
        s = s[s.index("国") + 1 :]
    if not s or len(s) > 16:
        return None
    if s.endswith(("日", "号")):
        m = _FULL_DATE.fullmatch(s) or (_ROC_CN_DATE.fullmatch(s) if roc else None)
    else:
        m = _DOTTED.fullmatch(s) or _ISO.fullmatch(s)  # 2019.3.8, 2010/3/14, 2020-2-27
    return _iso(m["y"], m["m"], m["d"]) if m else None


# A Republic of China year in Chinese numerals, after 中華民國: 一一二年 or 一百一十二年 (+1911)
_ROC_CN_DATE = lazy(rf"(?P<y>[{_CN_NUM}百]{{2,5}})年(?P<m>[{_CN_NUM}]{{1,3}}|\d{{1,2}})月(?P<d>[{_CN_NUM}]{{1,3}}|\d{{1,2}})[日号]")


_MASKED_DATE = lazy(r"(?:19|20)[\dXx*＊_＿]{2}年[\dXx*＊_＿]{1,2}月[\dXx*＊_＿]{1,2}[日号]")


def masked_date_line(key: str) -> bool:
    """A signing-date line with its digits masked: ``20XX年X月X日``, ``2018年**月**日``."""
    if len(key) > _STANDALONE_MAX:
        return False
    s = key.strip(_STANDALONE_TRIM).replace(" ", "")
    return len(s) <= 16 and _MASKED_DATE.fullmatch(s) is not None and standalone_date(key) is None


def web_date(key: str) -> str | None:
    """A published timestamp: ``2011-09-15``, ``14.02.2017``, or a full date on a meta line."""
    for pattern in (_ISO, _DMY):
        for m in pattern.finditer(key):
            found = _iso(m["y"], m["m"], m["d"])
            if found:
                return found
    return full_date(key)


YearKind = Literal["year", "range", "masked"]


class YearToken(NamedTuple):
    kind: YearKind
    value: int | None
    start: int
    text: str


# Each pattern below opens with a lookahead for the characters a token can start with: it
# fails at once at most positions, where the alternatives and their lookbehinds would be tried.
_YEAR = lazy(
    r"(?=[1-9~～*民])(?:"
    r"(?P<roc>(?:(?<=民国)|(?<![\d.]))(?:[4-9]\d|1[0-4]\d)(?=年度|年\d{1,2}月)|(?<=民国)(?:[4-9]\d|1[0-4]\d)(?=年))|"
    r"(?P<range>(?<!\d)(?:19|20)\d{2}\s?[-—–~至到]\s?(?:(?:19|20)\d{2}(?!\d)|\d{2}(?=年)))"
    r"|(?P<year>(?<![\d.])(?:19|20)\d{2}(?![\d.]))"
    r"|(?P<masked>(?<![0-9A-Za-z])(?:(?:19|20)[0-9A-Za-z_＿]{2}|[12][0-9][_＿xX*]{1,2}|[~～]|\*{1,4}[xX]?)年))"
)


def year_tokens(text: str) -> list[YearToken]:
    """Every year-like token in ``text``, in order."""
    out: list[YearToken] = []
    for m in _YEAR.finditer(text):
        kind: YearKind
        if m["roc"]:
            kind, value = "year", int(m["roc"]) + 1911  # 民国109年, 109年度 (traditional pages)
        elif m["range"]:
            kind, value = "range", None
        elif m["year"]:
            kind, value = "year", int(m["year"])
        else:
            kind, value = "masked", None
        out.append(YearToken(kind, value, m.start(), m.group()))
    return out


_STATEMENT = lazy(
    r"(?=[12~～*])(?P<y>(?:19|20)\d{2}|(?<![0-9A-Za-z])(?:(?:19|20)[0-9A-Za-z_＿]{2}|[12][0-9][_＿xX*]{1,2}|[~～]|\*{1,4}[xX]?))"
    r"年(?:是|(?:全[市区县镇省]|我[市区县镇省])?[^。,;]{0,12}工作的?(?:总体)?(?:思路|要求|安排|要点|重点)|主要工作安排)"
)


def statement_year(text: str) -> YearToken | None:
    """A body statement naming the year a plan is for: ``2015年是…``, ``2011年主要工作安排``."""
    if "年" not in text:
        return None
    m = _STATEMENT.search(text)
    if m is None:
        return None
    y = m["y"]
    if y.isdigit():
        return YearToken("year", int(y), m.start(), y)
    return YearToken("masked", None, m.start(), y + "年")
