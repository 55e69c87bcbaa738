"""Matching keys: one character to one character, traditional script folded through opencc's data."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fedextract import textkey
from fedextract.textkey import _char_class, key, squash

ROOT = Path(__file__).resolve().parent.parent


def test_traditional_folds_and_offsets_survive() -> None:
    for text, folded in (("分別為", "分别为"), ("婦聯關於表彰", "妇联关于表彰"), ("戶", "户"), ("節(jié)日", "节     日")):
        assert key(text) == folded
        assert len(key(text)) == len(text)


def test_simplified_text_is_left_alone() -> None:
    text = "著名的关于表彰先进集体的决定,第一〇三中学"
    assert key(text) == text


@pytest.mark.skipif(importlib.util.find_spec("opencc") is None, reason="opencc not installed")
def test_the_shipped_table_is_the_scripts_output() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import build_t2s  # type: ignore[import-not-found]
    finally:
        sys.path.pop(0)
    assert (ROOT / "fedextract" / "data" / "t2s.txt").read_text("utf-8") == build_t2s.build()


def test_char_class_ranges() -> None:
    assert _char_class([0x41, 0x42, 0x43, 0x45, 0x4E00, 0x4E01]) == "[A-CE一丁]"


def test_pinyin_debris_is_blanked_only_with_a_tone_mark() -> None:
    assert squash(key("三八婦女節(jié)講話")) == "三八妇女节讲话"
    assert key("(ICP) (a) (le)") == "(ICP) (a) (le)"


_FOLD_ALPHABET = "關於婦聯戶節為表彰关于妇联，：（）　\u00a0【】○ab(jié)12\n"


@given(st.text(alphabet=st.sampled_from(list(_FOLD_ALPHABET) + ["\u4e00", "\u9fa5", "😀"]), max_size=80))
def test_the_run_pattern_folds_as_str_translate_does(text: str) -> None:
    """Past its warm-up a process folds by runs (split at them, translate each); the result is
    the one str.translate gives for the whole text."""
    run = textkey._foldable_run(0) or _compiled_run()
    assert textkey._fold_runs(text, run) == text.translate(textkey._TABLE)


def _compiled_run() -> re.Pattern[str]:
    textkey._state["folded"] = textkey._WARM_UP  # as if this process had folded that much
    run = textkey._foldable_run(0)
    assert run is not None
    return run


def test_a_first_text_larger_than_the_warm_up_folds_by_runs_at_once() -> None:
    import subprocess
    import sys

    code = ("from fedextract import textkey\n"
            "textkey.key('關' * (textkey._WARM_UP + 1))\n"
            "assert textkey._runs, 'a megabyte page was folded character by character'\n")
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize("text", ["授予戴某?家庭等2户", "黄玉?等10户家庭", "王?、李某", "王?  某某小学", "张某(某某小学)\n李?"])
def test_a_question_mark_standing_for_a_lost_character_is_the_lost_mark(text: str) -> None:
    k = textkey.key(text)
    assert len(k) == len(text) and "?" not in k and k.count(textkey.LOST) == 1


@pytest.mark.parametrize("text", ["这是为什么呢?下面是我们的做法", "你知道吗? 我们", "用?!", "動?jì)", "真的吗？是的", "一共几人?"])
def test_a_question_mark_that_ends_a_question_stays(text: str) -> None:
    assert textkey.LOST not in textkey.key(text)


def test_a_replacement_character_is_the_lost_mark() -> None:
    assert textkey.key("王\ufffd明") == "王" + textkey.LOST + "明"
