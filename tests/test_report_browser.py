"""The review report in a real browser: Debian's Chromium, headless, driven by Playwright.

Skipped when ``/usr/bin/chromium`` or Playwright is missing, except under CI (``CI=true``), where
``.ci/run`` installs Chromium and a missing browser fails the suite.  Expected line numbers come
from the parser's own record of the same input, never from a typed answer.

Set ``FEDEXTRACT_SCREENSHOT=path.png`` to keep the seed's screenshot (the README's picture).
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from fedextract import report
from fedextract.pipeline import extract_record
from tests.conftest import SEED
from tests.test_report import FIXTURES, HOSTILE_LINES, ODD, hostile_document

CHROMIUM = "/usr/bin/chromium"

_missing = not os.path.exists(CHROMIUM)
try:
    from playwright.sync_api import Browser, Page, expect, sync_playwright
except ImportError:  # pragma: no cover - the [test] extra installs it
    _missing = True

if _missing and os.environ.get("CI") != "true":
    pytest.skip(f"browser tests need {CHROMIUM} and playwright (apt-get install chromium)", allow_module_level=True)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        yield b
        b.close()


class Opened:
    """A page of a report, with what the browser reported while it ran."""

    def __init__(self, browser: Browser, path: Path) -> None:
        self.url = path.resolve().as_uri()
        self.page: Page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", self._dialog)
        started = time.perf_counter()
        self.page.goto(self.url, wait_until="load")
        self.load_seconds = time.perf_counter() - started

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def status(self) -> str:
        return str(self.page.locator(".fileview:visible .status").first.text_content())

    def highlighted(self) -> list[int]:
        return [int(n) for n in self.page.locator(".ln.hl").evaluate_all("els => els.map(e => e.dataset.line)")]

    def check_clean(self) -> None:
        assert self.errors == []
        assert self.requests == [self.url]  # the page itself, nothing else
        assert self.dialogs == []


def _write_report(tmp_path: Path, *inputs: Path, name: str = "report.html") -> Path:
    out = tmp_path / name
    out.write_text(report.render(report.views_of([str(p) for p in inputs])), "utf-8")
    return out


def _first_honoree(record: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    for d, doc in enumerate(record["documents"]):
        for li, lst in enumerate(doc.get("award_lists", [])):
            if lst["honorees"]:
                return f"documents[{d}].award_lists[{li}].honorees[0]", lst["honorees"][0]
    raise AssertionError("no honoree")


@pytest.mark.parametrize("source", [SEED, FIXTURES / "decision_households.txt"], ids=["seed", "decision"])
def test_click_honoree_and_line(browser: Browser, tmp_path: Path, source: Path) -> None:
    record = extract_record(source.read_bytes())
    path, honoree = _first_honoree(record)
    opened = Opened(browser, _write_report(tmp_path, source))
    page = opened.page
    # an honoree row highlights its own source line
    page.locator(f"tr.k-honoree[data-path='{path}']").click()
    assert opened.highlighted() == [honoree["line"]]
    assert opened.status().startswith(f"line {honoree['line']} ← {path}")
    line = page.locator(f".ln[data-line='{honoree['line']}']")
    expect(line).to_be_in_viewport()
    # a source line names the field that holds it, and selects that node
    page.locator(".ln.hl").first.evaluate("el => el.classList.remove('hl')")
    line.click()
    assert opened.status() == f"line {honoree['line']} → {path} · honoree {honoree['name']}"
    assert page.locator(".selected").evaluate_all("els => els.map(e => e.dataset.path)") == [path]
    # a section or list heading highlights its whole span
    doc = record["documents"][0]
    node = page.locator("[data-path='documents[0]']")
    node.locator(":scope > .lbl").click()
    assert opened.highlighted() == list(range(doc["line_start"], doc["line_end"] + 1))
    shot = tmp_path / "report.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
    if source == SEED and os.environ.get("FEDEXTRACT_SCREENSHOT"):
        page.locator(f"tr.k-honoree[data-path='{path}']").click()
        page.screenshot(path=os.environ["FEDEXTRACT_SCREENSHOT"])
    opened.check_clean()


def test_unparsed_and_warned_lines_are_marked(browser: Browser, tmp_path: Path) -> None:
    text = ODD
    src = tmp_path / "odd.txt"
    src.write_text(text, "utf-8")
    record = extract_record(text.encode())
    unparsed = [row["line"] for row in record["unparsed"]]
    assert unparsed
    opened = Opened(browser, _write_report(tmp_path, src))
    marked = opened.page.locator(".ln.unparsed").evaluate_all("els => els.map(e => Number(e.dataset.line))")
    assert marked == unparsed
    opened.page.locator(f".ln[data-line='{unparsed[0]}']").click()
    assert opened.status().startswith(f"line {unparsed[0]} → unparsed[0]")
    warned = opened.page.locator(".ln.warn").evaluate_all("els => els.map(e => Number(e.dataset.line))")
    assert warned == [w["line"] for w in record["documents"][0]["warnings"]]
    opened.page.locator(".warnings [data-from]").first.click()
    assert opened.highlighted() == warned[:1]
    opened.check_clean()


def test_index_sorts_and_sections_render_when_opened(browser: Browser, tmp_path: Path) -> None:
    inputs = sorted(FIXTURES.glob("*.txt"))
    opened = Opened(browser, _write_report(tmp_path, *inputs))
    page = opened.page
    assert page.locator("#index tbody tr").count() == len(inputs)
    assert page.locator(".fileview").count() == 0  # nothing rendered before it is opened
    page.locator("#index th", has_text="warnings").click()
    shown = page.locator("#index tbody tr td:nth-child(5)").evaluate_all("els => els.map(e => Number(e.dataset.v))")
    assert shown == sorted(shown, reverse=True)
    first = page.locator("#index tbody tr a").first
    target = str(first.get_attribute("href")).lstrip("#")
    first.click()
    assert page.locator(f"#{target} .fileview").count() == 1
    assert page.locator(".fileview").count() == 1
    opened.check_clean()


def test_hostile_input_shows_as_text_and_runs_nothing(browser: Browser, tmp_path: Path) -> None:
    src = tmp_path / '"><img src=x onerror=alert(9)>.txt'
    src.write_text(hostile_document(), "utf-8")
    opened = Opened(browser, _write_report(tmp_path, src, SEED))
    page = opened.page
    page.locator("#index tbody tr a").first.click()
    texts = page.locator(".ln .tx").evaluate_all("els => els.map(e => e.textContent)")
    for line in HOSTILE_LINES:
        assert line in texts
    assert page.locator("main img, main svg, main textarea, .tx b, .tx i").count() == 0
    page.locator(".ln").nth(2).click()
    for row in page.locator("tr.k-honoree").all():
        row.click()
    assert page.title() == "fedextract report"
    opened.check_clean()


def test_a_thousand_file_report_opens_quickly(browser: Browser, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Prints the load time (a figure, not an assertion: benchmarks/report_load.py measures it too)."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    sources = sorted(FIXTURES.glob("*.txt"))
    for i in range(1000):
        (inputs / f"{i:04d}.txt").write_bytes(sources[i % len(sources)].read_bytes())
    out = _write_report(tmp_path, inputs)
    opened = Opened(browser, out)
    assert opened.page.locator("#index tbody tr").count() == 1000
    opened.page.locator("#index tbody tr a").nth(500).click()
    assert opened.page.locator(".fileview").count() == 1
    opened.check_clean()
    with capsys.disabled():
        print(f"\n1,000-file report: {out.stat().st_size / 1e6:.1f} MB, Chromium load {opened.load_seconds:.2f} s")


CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus/dev is not beside the project")
def test_dev_corpus_report_loads(browser: Browser, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = _write_report(tmp_path, CORPUS)
    opened = Opened(browser, out)
    assert opened.page.locator("#index tbody tr").count() == len(list(CORPUS.glob("*.txt")))
    opened.check_clean()
    with capsys.disabled():
        print(f"\ndev corpus report: {out.stat().st_size / 1e6:.2f} MB, Chromium load {opened.load_seconds:.2f} s")
