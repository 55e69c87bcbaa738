"""Page furniture: what a web page, a doc-sharing site or a PDF export wraps around a document.

Two kinds.  *Chrome* is never document text wherever it stands: breadcrumbs, share/print
links, site banners and footers (``主办单位``, ICP lines, copyright), editor bylines,
HTML-entity debris, rule lines.  *Meta* lines — ``来源/发布时间/浏览量/点击``, aggregator
timestamps (``14.02.2017  13:01``), doc-site bullets (``- 52.50 KB``), ``导读`` blurbs — are
furniture only in an article's header zone (in a body, ``时间:3月8日`` is content).  Such
lines never become titles, issuers, sections or honorees; the pipeline reports them in
``unparsed`` (the dates meta lines carry may still serve as a published-date fallback).
"""

from __future__ import annotations

from .lazyre import lazy
from .normalize import Line

# Each pattern is split into the alternatives anchored at the line start (tried once, with
# ``match``) and the unanchored words: an alternation that mixes both cannot be scanned by
# first character, so ``search`` would try every alternative at every position.
_CHROME_START = lazy(
    r"\(?(?:责任编辑|编辑|稿源|通讯员|记者|摄影|审核|校对)\s*:"
    r"|(?:当前位置|您所在的位置|您现在的位置|所在位置|位置)\s*:"
    r"|(?:联系电话|联系人|联系方式|咨询电话|监督电话|举报电话|电子邮箱|电子信箱|邮箱|传真|邮编|通讯地址|地址|电话|网址)\s*:"
    r"|[-_=*—─━.·]{5,}$"
    r"|#[^#]{1,30}#(?:\s*#[^#]{1,30}#)*\s*$"  # a line of hashtags
    r"|(?:记者|通讯员|摄影)\s+[^\s:：]{2,4}(?:\s+[^\s:：]{2,4}){0,3}\s*$"  # a byline without a colon
    r"|■\s*\S{1,12}$"  # a boxed link heading (■相关链接)
    r"|首页\s*[|｜丨/·>»\s]"  # a navigation bar: 首页 | 机构概况 | 新闻动态
    r"|(?:信息|文章|稿件|新闻)?来源\s*:\s*[^\s,。;]{2,20}\s*$"  # a source credit alone (来源:某某日报), also under a list
    r"|(?:ad|img|image|pic)\d{0,3}\s+(?:webp|jpe?g|png|gif)$"  # image placeholders
    # a comment widget, the whole line: 全部评论(0), 发表评论, 网友评论 3条评论, 12条评论 (a sentence
    # that mentions 评论 is text)
    r"|(?:(?:全部|发表|我要|网友)评论|评论\s*\(\d+\))(?:\s*\(\d+\)|\s*\d+\s*条评论)?\s*$"
    r"|\d+\s*条评论\s*$"
)
# What a _CHROME_START match can begin with besides a digit (str.isdecimal): testing it first spares most lines a regex call,
# which costs more than the test.
_CHROME_OPENERS = frozenset("(责编稿通记摄审校当您所位联咨监举电邮传地-_=*—─━.·#■aip全发我网评首信文新来")  # and digits
_CHROME_WORD = lazy(
    r"加大字体|缩小字体|字体\s*:\s*[大中小]|收藏本页|取消收藏|打印本页|关闭窗口|分享到|欢迎访问|门户网站|版权所有|"
    r"备案号|ICP|主办单位|承办单位|技术支持|网站地图|联系我们|Copyright|copyright|©|&nbsp;|&amp;|&lt;|&gt;|"
    r"www\.|https?://|>>|首页\s*>|阅读全文|查看全文|点击查看|未完待续|下载全文|上一篇|下一篇|"
    r"大家爱看|猜你喜欢|相关阅读|热门推荐|热点推荐|快速回复|只看楼主|倒序阅读|上一主题|下一主题|"
    r"上一个\s*下一个|限\d+\s*字节"
)
_META_START = lazy(
    r"(?:来源|发布时间|发布日期|发表时间|发表于|时间|日期|浏览量|浏览次数|点击|点击数|阅读|阅读量|作者|字号|栏目|"
    r"发布者|发稿时间|信息来源|文章来源|录入|审核"
    # a government portal's record fields (政府信息公开): 索引号: … 发布机构: … 文 号: …
    r"|索引号|主题词|主题分类|发布机构|公开目录|信息分类|信息名称|生成日期|成文日期|公开方式|公开范围|有效性|"
    r"发文单位|发文机关|执行日期|文\s*号)\s*:"
    r"|[-*•·]\s"
    r"|\[?(?:导读|导语|摘要|提示)\]?\s*[:\]]?"
    r"|\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}\s+\d{1,2}:\d{2}"
    r"|(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:栏目|来源|发布|浏览|阅读|点击|$)"
    # 2023年2月20日 10:05  某某县人民政府网, 2023年3月8日 星期三: a timestamp to the minute or the
    # weekday, and the site that posted it
    r"|(?:19|20)\d{2}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)\s*(?:\d{1,2}:\d{2}(?::\d{2})?"
    r"|\(?(?:星期|周)[一二三四五六日天]\)?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?)(?:\s+[^\s,。:;]{1,20})?$"
    # 2013年5月3日,某某网站发布本报道。: the publication note under a reposted story
    r"|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s?,?[^,。]{0,20}?(?:发布|刊发|刊登|转载|播发)了?(?:本|此|该)?"
    r"(?:报道|文章|消息|新闻|稿件|信息)。?$"
)
# What a _META_START match can begin with besides a digit (``\d``: str.isdecimal).
_META_OPENERS = frozenset("来发时日浏点阅作字栏信文录审索主公生成有执-*•·[导摘提")
_META_WORD = lazy(r"发布时间|发表于|发表时间|浏览次数|浏览量|点击数|点击率|来源\s*:")
_CHROME_MAX = 160  # chrome is short: a paragraph that mentions 主办单位 is text
_SITE_NAME = lazy(r"^[^\s。,，;；_]{2,16}(?:网|網|网站|網站|频道|在线)$")
_SITE_NAME_MAX = 18
_SITE_NAME_ENDS = ("网", "網", "站", "道", "线")


def is_chrome(line: Line) -> bool:
    """Page chrome: furniture wherever it stands."""
    k = line.key
    return bool(k) and len(k) <= _CHROME_MAX and _is_chrome_key(k)


def chrome_numbers(lines: list[Line]) -> set[int]:
    """The numbers of the lines that :func:`is_chrome` holds to be chrome.

    The word pattern is searched once over all the short lines' keys joined by NUL (no word
    can match across it: every alternative is made of literals and spaces), and line by line
    only when that finds one: a regex call per line costs more than the scan."""
    short = [ln.key for ln in lines if 0 < len(ln.key) <= _CHROME_MAX]
    found = {k for k in short if k[0] in _CHROME_OPENERS and _CHROME_START.match(k) is not None}
    if _CHROME_WORD.search("\0".join(short)) is not None:
        found.update(k for k in short if _CHROME_WORD.search(k) is not None)
    return {ln.number for ln in lines if ln.key in found} if found else set()


def _is_chrome_key(k: str) -> bool:
    return (((k[0] in _CHROME_OPENERS or k[0].isdecimal()) and _CHROME_START.match(k) is not None)
            or _CHROME_WORD.search(k) is not None)


def is_furniture(line: Line) -> bool:
    """Chrome, or a meta line (only furniture in a header zone)."""
    k = line.key
    if not k or len(k) > 300:
        return False
    if "(" in line.text and "  " in k:  # 發(fā)布時(shí)間: — pinyin debris, blanked in the key, is dropped
        k = "".join(c for c, t in zip(k, line.text, strict=False) if c != " " or t == " ")
    # (a regex call costs more than the first-character and ending tests that guard it)
    return (
        _is_chrome_key(k)
        or ((k[0] in _META_OPENERS or k[0].isdecimal()) and _META_START.match(k) is not None)
        or _META_WORD.search(k) is not None
        or (len(k) <= 30 and "--" in k)
        or (len(k) <= _SITE_NAME_MAX and k.endswith(_SITE_NAME_ENDS) and _SITE_NAME.match(k) is not None)
    )
