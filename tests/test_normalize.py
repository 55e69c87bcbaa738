from __future__ import annotations

import pytest

from fedextract.normalize import InputError, decode, make_lines, split_lines
from fedextract.textkey import SPACES, key


def test_split_lines_handles_crlf_cr_lf_and_keeps_unicode_separators() -> None:
    assert split_lines("a\r\nb\rc\nd") == ["a", "b", "c", "d"]
    assert split_lines("a\u2028b\n") == ["a\u2028b"]  # U+2028 is not a line end of the file


def test_line_facts_strip_every_space_kind_and_fold_the_key() -> None:
    lines, _ = make_lines(["\u3000\u00a0（一）关於工作 "])
    ln = lines[0]
    assert ln.number == 1
    assert ln.text == "（一）关於工作"  # stored text is kept as written
    assert ln.key == "(一)关于工作"  # matching key is folded, same length
    assert len(ln.key) == len(ln.text)
    assert ln.indent == 2


def test_line_facts_from_one_folded_text_match_the_per_line_definition() -> None:
    rows = ["\t（二）關於\u200b工作　", "", "\ufeff\u3000\u3000１、　", "全角：ＡＢＣ　 下一页", "a\nb", " \u00a0"]
    lines, _ = make_lines(rows)
    assert [ln.number for ln in lines] == [1, 2, 3, 4, 5, 6]
    for ln, raw in zip(lines, rows, strict=True):
        assert ln.raw == raw
        assert ln.key == key(ln.text)
        assert ln.indent == len(raw) - len(raw.lstrip(SPACES))
        assert raw.strip(SPACES).startswith(ln.text)
    assert lines[0].key == "(二)关于 工作"
    assert lines[3].text == "全角：ＡＢＣ" and lines[3].key == "全角:ABC"


def test_pager_debris_is_cut_and_reported() -> None:
    lines, removed = make_lines(["通过举办轮训班、报告1 2 下一页", "2008年工作"])
    assert lines[0].text == "通过举办轮训班、报告"
    assert removed[0].line == 1 and "下一页" in removed[0].text
    assert lines[1].text == "2008年工作"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("关于表彰妇联的决定".encode(), "utf-8"),
        (b"\xef\xbb\xbf" + "关于表彰妇联的决定".encode(), "utf-8"),
        ("关于表彰妇联的决定".encode("gb18030"), "gb18030"),
        ("關於表彰婦聯的決定".encode("big5"), "big5"),
        ("关于表彰妇联的决定".encode("utf-16"), "utf-16"),
    ],
)
def test_decode_detects_the_encoding(data: bytes, encoding: str) -> None:
    text, found = decode(data)
    assert found == encoding
    assert "表彰" in text


@pytest.mark.parametrize(
    ("data", "message"),
    [(b"", "empty"), (b"  \n\n", "empty"), (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"), (bytes(range(1, 32)) * 40, "binary")],
)
def test_decode_rejects_what_is_not_text(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        decode(data)
