"""Character folding used for *matching only*; stored text is never rewritten.

``key(text)`` returns a string of the same length as ``text`` (every mapping is one character
to one character) so that offsets found in the key are offsets in the text.  It folds
full-width ASCII to ASCII, the many spaces (NBSP, U+3000, …) to a plain space, ``○`` to ``〇``,
bracket variants to ``()``/``[]`` and a few hundred traditional characters that occur in
official-document vocabulary to their simplified forms.  NFKC is deliberately not used: it
folds ``①`` to ``1`` and leaves ``○`` and ``〔`` alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

_TABLE: dict[int, int] = {0xFF01 + i: 0x21 + i for i in range(0x5E)}  # full-width ASCII
_TABLE.update({ord(c): ord(" ") for c in "\u00a0\u3000\u2002\u2003\u2009\u200b\t\u2007\u202f\ufeff"})
_TABLE.update({ord(a): ord(b) for a, b in zip("○〔〕［］【】﹝﹞", "〇[][][][]", strict=True)})

# Traditional → simplified, restricted to characters of document vocabulary (titles, org
# names, markers, dates).  One character to one character, so offsets survive.
_TRAD = (
    "關关於于決决婦妇聯联會会議议計计劃划書书門门區区縣县鄉乡鎮镇號号為为發发開开參参與与"
    "報报導导員员長长黨党團团結结實实現现學学習习創创業业務务權权維维護护兒儿童童產产濟济"
    "經经組组織织領领導导動动優优勵励獎奖讚赞屆届標标準准單单幹干體体園园險险規规綱纲"
    "進进關关類类選选舉举總总統统處处廳厅廣广東东蘇苏貴贵陝陕遼辽黃黄齊齐灣湾鐵铁龍龙"
    "華华陽阳陰阴廈厦門门寧宁濱滨雲云憲宪專专項项榮荣譽誉稱称範范彙汇編编簡简歷历記记"
    "傳传說说資资財财稅税農农對对應应強强戰战營营樣样嚴严據据證证級级紅红軍军將将愛爱"
    "親亲職职節节與与條条際际時时間间網网頁页點点擊击來来源源費费區区際际歲岁義义禮礼"
    "葉叶張张劉刘陳陈楊杨趙赵孫孙馬马鄭郑謝谢許许鄧邓蕭萧馮冯葉叶羅罗魯鲁閻阎盧卢鍾钟"
    "錢钱譚谭鄒邹龔龚萬万顧顾賴赖顏颜韓韩湯汤陸陆廖廖蔣蒋溫温賀贺聶聂費费歐欧畢毕蘭兰"
    "鳳凤輝辉偉伟麗丽紅红軍军華华國国興兴這这樣样個个們们說说來来過过還还頭头認认"
    "請请讓让問问題题變变邊边無无從从兩两萬万數数據据當当務务種种幾几機机構构極极"
    "歡欢網网絡络頁页擊击覽览轉转載载"
)
_TABLE.update({ord(_TRAD[i]): ord(_TRAD[i + 1]) for i in range(0, len(_TRAD) - 1, 2) if _TRAD[i] != _TRAD[i + 1]})


# str.translate looks every character up in the dict (~100 ns each on CJK text), while most
# characters need no folding: scan in C for runs of foldable ones and translate only those.
# Spelled ``[…][…]*`` rather than ``[…]+``: a pattern that starts with a bare character set lets
# the regex engine skip to candidates with its set-prefix loop (about 3x fewer instructions per
# character than trying the repeat at every position).
_FOLDABLE = "[" + "".join(re.escape(chr(c)) for c in sorted(_TABLE)) + "]"
_FOLDABLE_RUN = re.compile(_FOLDABLE + _FOLDABLE + "*")


def _fold_run(m: re.Match[str]) -> str:
    return m.group().translate(_TABLE)


def key(text: str) -> str:
    """Width-, space- and script-folded copy of ``text`` with the same length."""
    if len(text) <= 48:
        return _short_key(text)  # tokens and headings recur: cache them
    return _fold(text)


def _fold(text: str) -> str:
    return _FOLDABLE_RUN.sub(_fold_run, text)


_short_key = lru_cache(maxsize=8192)(_fold)


SPACES = " \t\u00a0\u3000\u2002\u2003\u2009\u200b\u2007\u202f\ufeff"


def squash(text: str) -> str:
    """``text`` with every kind of whitespace removed (titles, doc numbers, padded names)."""
    if len(text) <= 512:
        return _short_squash(text)  # stages ask it of the same line keys again and again
    return _squash(text)


def _squash(text: str) -> str:
    return "".join(text.split()).replace("\u200b", "").replace("\ufeff", "")


_short_squash = lru_cache(maxsize=4096)(_squash)  # at most a few MB of cached lines
