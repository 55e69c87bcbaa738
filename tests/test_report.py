"""``fedextract report`` without a browser: the view tree and line owners, escaping of hostile
input, and the command's exit codes.  The browser tests are in ``test_report_browser.py``."""

from __future__ import annotations

import html
import re
from pathlib import Path

import markupsafe
import pytest

from fedextract import report
from fedextract.pipeline import extract_record
from tests.conftest import SEED, Cli

FIXTURES = Path(__file__).resolve().parent / "fixtures"

HOSTILE_LINES = [
    "<script>alert('xss')</script>",
    '"><img src=x onerror=alert(1)>',
    "</textarea><b>bold</b>",
    "</template><script>document.title='pwned'</script>",
    "{{ 7*7 }} {% if true %}jinja{% endif %}",
    "' onclick='alert(2)",
]

# a line outside every document (unparsed) and a masked year (a warning on line 2)
ODD = "首页 > 工作动态\n第一篇:市妇联20xx年工作意见\n一、总体要求\n1、做好工作。\n"


def hostile_document() -> str:
    """A decision whose title, body, list heading and honour rows carry markup."""
    lines = [
        "关于表彰<script>alert(0)</script>先进个人的决定",
        "各区妇联:",
        *HOSTILE_LINES,
        "授予张三等2人“<i>巾帼</i>标兵”称号。",
        "市妇联",
        "2020年3月1日",
        "“<i>巾帼</i>标兵”名单",
        "张三 <b>某</b>公司经理",
        "李四 \"><svg onload=alert(3)>街道",
    ]
    return "\n".join(lines) + "\n"


def test_every_line_of_the_seed_has_an_owner_and_nodes_cover_their_spans() -> None:
    view = report.build_file(1, str(SEED))
    assert view.error is None and view.record is not None
    nonblank = {n for n, text in enumerate(view.lines, 1) if text.strip()}
    assert nonblank <= set(view.owner)  # documents span their lines; the rest are unparsed nodes
    for line, node in view.owner.items():
        assert node.start is not None and node.start <= line <= (node.end or node.start)
    # an honoree's line belongs to that honoree, not to its list
    honoree = view.record["documents"][4]["award_lists"][0]["honorees"][0]
    owner = view.owner[honoree["line"]]
    assert owner.kind == "honoree" and owner.record is honoree
    assert owner.path == "documents[4].award_lists[0].honorees[0]"


def test_owner_prefers_the_smallest_span() -> None:
    a = report.ViewNode("a", "document", "doc", "documents[0]", 1, 10)
    b = report.ViewNode("b", "award_list", "list", "documents[0].award_lists[0]", 4, 6)
    c = report.ViewNode("c", "honoree", "h", "documents[0].award_lists[0].honorees[0]", 5, 5)
    b.children.append(c)
    a.children.append(b)
    owners = report.owners([a])
    assert owners[1] is a and owners[4] is b and owners[5] is c and owners[6] is b and owners[10] is a


def test_unparsed_lines_are_marked() -> None:
    text = ODD
    record = extract_record(text.encode())
    view = report.build_file(1, "x.txt", data=text.encode())
    assert view.unparsed == {row["line"] for row in record["unparsed"]}
    page = report.render([view])
    assert view.unparsed == {1} and set(view.warned) == {2}
    assert re.search(r'<li class="ln unparsed" id="f1-L1"', page)
    assert re.search(r'<li class="ln warn" id="f1-L2" [^>]*title="masked_year: year is masked: 20xx年"', page)


def test_hostile_text_is_escaped(tmp_path: Path) -> None:
    data = hostile_document().encode()
    name = tmp_path / '"><img src=x onerror=alert(9)>.txt'
    name.write_bytes(data)
    page = report.render(report.views_of([str(name)]))
    body = page.split("<script>", 1)[0] + page.rsplit("</script>", 1)[1]  # everything but our own script
    assert "<script" not in body.replace("<script>\n", "")
    for tag in ("<img", "<svg", "<b>", "<i>", "</textarea>", "</template><"):
        assert tag not in body
    assert page.count("<script>") == 1 and page.count("</template>") == 1
    for line in HOSTILE_LINES:  # shown as text: escaped once, and read back as written
        assert str(markupsafe.escape(line)) in page
        assert line in html.unescape(page)
    assert "{{" in page  # template syntax from the input is shown, never evaluated
    assert ">49<" not in page


def test_report_command_writes_a_page(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    result = cli("report", SEED, FIXTURES / "decision_households.txt", "-o", out)
    assert result.code == 0, result.err
    page = out.read_text("utf-8")
    assert page.startswith("<!DOCTYPE html>") and page.count('<details class="file"') == 2
    assert 'id="index"' in page


def test_report_of_a_directory_with_a_bad_file_exits_1(cli: Cli, tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "empty.txt").write_bytes(b"")
    out = tmp_path / "r.html"
    result = cli("report", tmp_path, "-o", out)
    assert result.code == 1
    assert result.err_lines == [f"fedextract: error: {tmp_path / 'empty.txt'}: empty input"]
    assert "empty input" in out.read_text("utf-8")


def test_report_of_one_bad_file_is_a_usage_error(cli: Cli, tmp_path: Path) -> None:
    result = cli("report", tmp_path / "missing.txt", "-o", tmp_path / "r.html")
    assert "No such file" in result.assert_one_error()
    assert not (tmp_path / "r.html").exists()


def test_report_without_paths_is_a_usage_error(cli: Cli) -> None:
    assert "PATH" in cli("report").assert_one_error()


def test_report_reads_stdin(cli: Cli) -> None:
    result = cli("report", "-", stdin=SEED.read_bytes())
    assert result.code == 0 and result.out.startswith("<!DOCTYPE html>")


@pytest.mark.parametrize("fixture", sorted(p.name for p in FIXTURES.glob("*.txt")))
def test_every_tree_node_with_lines_is_clickable(fixture: str) -> None:
    view = report.build_file(1, str(FIXTURES / fixture))
    page = report.render([view])
    for _, node in report._walk(view.tree):
        if node.start is not None:
            assert f'id="{node.id}" data-from="{node.start}"' in page
