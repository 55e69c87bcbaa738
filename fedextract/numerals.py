"""Chinese and Arabic numerals to int.

Small numerals (up to 99, the outline markers) are converted with a table; anything bigger
goes to ``cn2an``, imported lazily because importing it costs ~150 ms.  Only the numeral span
that a caller matched is ever converted: ``cn2an.transform`` over free text rewrites names
(``张三`` → ``张3``).
"""

from __future__ import annotations

from functools import lru_cache

CN_DIGITS = "零〇○一二两三四五六七八九"
_DIGIT = {"零": 0, "〇": 0, "○": 0, "Ｏ": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
          "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_NUMERAL_CHARS = CN_DIGITS + "十百千万"


@lru_cache(maxsize=1024)
def cn_to_int(text: str) -> int | None:
    """``"十二"`` → 12, ``"二〇〇八"`` → 2008, ``"12"`` → 12; None when not a numeral."""
    s = text.strip().replace("○", "〇")
    if not s:
        return None
    if s.isascii():
        return int(s) if s.isdigit() else None
    if all(c in _DIGIT for c in s):  # digit by digit, as in years: 二〇〇八
        return int("".join(str(_DIGIT[c]) for c in s))
    if "十" in s and len(s) <= 3 and all(c in _DIGIT or c == "十" for c in s):
        tens, _, ones = s.partition("十")
        if len(tens) > 1 or len(ones) > 1:
            return None
        return (_DIGIT[tens] if tens else 1) * 10 + (_DIGIT[ones] if ones else 0)
    if not all(c in _DIGIT or c in "十百千万" for c in s):
        return None
    import cn2an  # noqa: PLC0415  (lazy: heavy import)

    try:
        value = cn2an.cn2an(s, "strict")
    except (ValueError, KeyError, TypeError):
        return None
    return int(value)


def to_int(text: str) -> int | None:
    """Arabic (ASCII or full-width) or Chinese numeral to int."""
    folded = text.strip().translate(_FULLWIDTH_DIGITS)
    if folded.isascii():
        return int(folded) if folded.isdigit() else None
    return cn_to_int(folded)


_FULLWIDTH_DIGITS = {0xFF10 + i: 0x30 + i for i in range(10)}
