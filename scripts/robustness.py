"""Score a corpus again after rewriting its pages the ways real copies of them differ.

A page nobody here has seen is often a page we know, copied differently: double-spaced,
indented with full-width spaces, CRLF, ASCII or full-width punctuation, GB18030 bytes, prose
hard-broken at a fixed width (as copied out of a PDF), wrapped in a site's navigation and footer,
under its HTML page title (``…的决定_某某妇联网``), with its list rows written ``name，unit``,
``name（unit）``, ``name——unit``, ``unit  name`` or ``1|name|unit|``, with its titles wrapped at
their middle, its signatures written date first, with full-width digits, with
some names' last character lost to an encoder (``王小?``), or in traditional script (the answer
keys converted with the text where it changes them).  Each variant of every page (and of its key, where the variant changes the
text) is written to a temporary directory and scored with ``score.py``; the table gives the
overall figure per variant beside the corpus as it is.  Nothing of the corpus is kept.

Usage: python scripts/robustness.py [--corpus ../shared/corpus/dev] [--score ../shared/tools/score.py]
       [--only hard-broken,traditional]   (traditional needs opencc, in the ``test`` extra)
       [--floor .ci/robustness_floor.json [--update]]

With ``--floor`` it is a ratchet, as ``.ci/score_ratchet.py`` is for the corpus as it is: exit 1
when a variant scores below its floor; ``--update`` raises the floors to today's figures (never
lowers one).  Without the corpus beside the project it says so and exits 0.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
WIDTH = 38  # the hard-break width: a PDF copy of an A4 page holds about this many characters a line


def _blank(text: str) -> str:
    return "\n\n".join(text.split("\n"))


def _indent(text: str) -> str:
    return "\n".join("\u3000\u3000" + ln if ln.strip() else ln for ln in text.split("\n"))


def _crlf(text: str) -> str:
    return "\r\n".join(ln + "  " for ln in text.split("\n"))


def _ascii_punct(text: str) -> str:
    return text.translate(str.maketrans("：，（）；", ":,();"))


def _wide_punct(text: str) -> str:
    return text.translate(str.maketrans(":,();", "：，（）；"))


def _wrap(text: str) -> str:
    """Prose lines (with a comma) longer than the width, broken at it; tables left alone."""
    out: list[str] = []
    for ln in text.split("\n"):
        if len(ln) > WIDTH + 2 and any(c in ln for c in "，,。") and "|" not in ln:
            out.extend(ln[i : i + WIDTH] for i in range(0, len(ln), WIDTH))
        else:
            out.append(ln)
    return "\n".join(out)


_CHROME_TOP = "首页 | 机构概况 | 新闻动态 | 通知公告\n当前位置：首页 > 新闻中心 > 通知公告\n字号：大 中 小\n"
_CHROME_END = ("\n【打印本页】【关闭窗口】\n上一篇：关于开展家庭教育宣传周活动的通知\n下一篇：某区妇联召开工作总结会\n"
               "主办单位：某某市妇女联合会  地址：某某市人民路100号  电话：0000-1234567\n"
               "版权所有 © 2023 某某市妇女联合会  备案号：某ICP备00000000号-1\n")


def _chrome(text: str) -> str:
    return _CHROME_TOP + text + _CHROME_END


TEXT_VARIANTS: dict[str, Callable[[str], str]] = {
    "double-spaced": _blank,
    "indented": _indent,
    "crlf": _crlf,
    "ascii punctuation": _ascii_punct,
    "full-width punctuation": _wide_punct,
    "hard-broken": _wrap,
    "site chrome": _chrome,
}


def _convert_key(node: Any, convert: Callable[[str], str]) -> Any:
    """The answer key in the converted script (codes and dates left alone)."""
    if isinstance(node, str):
        return convert(node)
    if isinstance(node, list):
        return [_convert_key(x, convert) for x in node]
    if isinstance(node, dict):
        keep = {"type", "date", "status", "kind", "schema_version"}
        return {k: v if k in keep else _convert_key(v, convert) for k, v in node.items()}
    return node


ROW_VARIANTS: dict[str, Callable[[int, str, str], str]] = {
    "rows name,unit": lambda n, name, aff: f"{name}，{aff}",
    "rows name(unit)": lambda n, name, aff: f"{name}（{aff}）",
    "rows name——unit": lambda n, name, aff: f"{name}——{aff}",
    "rows unit  name": lambda n, name, aff: f"{aff}  {name}",
    "rows n|name|unit|": lambda n, name, aff: f"{n}|{name}|{aff}|",
}


def _rewrite_rows(text: str, key: dict[str, Any], row: Callable[[int, str, str], str]) -> str:
    """Each list row the key gives as ``name  affiliation`` (spaces between) written as ``row``
    (given its number in the list; a numbering before the name is kept)."""
    lines = text.split("\n")
    for doc in key["documents"]:
        for lst in doc.get("award_lists") or []:
            n = 0
            for h in lst["honorees"]:
                if not h.get("affiliation"):
                    continue
                pattern = re.compile(r"(?P<num>^\s*\d{1,3}[、.．]\s*)?" + re.escape(h["name"]) + r"[ \t\u3000]+"
                                     + re.escape(h["affiliation"]))
                for i, ln in enumerate(lines):
                    if (m := pattern.search(ln)) is not None:
                        written = row(n + 1, h["name"], h["affiliation"])
                        numbers = written.startswith(f"{n + 1}|")  # a table row: its own number, a line to itself
                        if numbers and (ln[: m.start()].strip() or ln[m.end() :].strip()):
                            break
                        n += 1
                        if m["num"] and not numbers:
                            written = m["num"] + written
                        lines[i] = ln[: m.start()] + written + ln[m.end() :]
                        break
    return "\n".join(lines)


def _titles_wrapped(text: str, key: dict[str, Any]) -> str:
    """Every title of 16 characters or more alone on its line, broken at its middle."""
    lines = text.split("\n")
    for title in (d.get("title") or "" for d in key["documents"]):
        for i, ln in enumerate(lines):
            if len(title) >= 16 and ln.strip() == title:
                lines[i : i + 1] = [title[: len(title) // 2], title[len(title) // 2 :]]
                break
    return "\n".join(lines)


def _date_first(text: str, key: dict[str, Any]) -> str:
    """Every signature of one unit line over a date line written date first."""
    lines = text.split("\n")
    for doc in key["documents"]:
        unit = (doc.get("issuers") or [""])[-1]
        for i in range(len(lines) - 1):
            if unit and lines[i].strip() == unit and re.fullmatch(r"\s*(?:19|20)\d\d年\d{1,2}月\d{1,2}日\s*", lines[i + 1]):
                lines[i], lines[i + 1] = lines[i + 1], lines[i]
                break
    return "\n".join(lines)


KEYED_VARIANTS: dict[str, Callable[[str, dict[str, Any]], str]] = {
    "titles wrapped": _titles_wrapped,
    "date above the signer": _date_first,
}


_FULL_WIDTH_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")


def _lost_characters(key: dict[str, Any]) -> Callable[[str], str]:
    """A rewrite of text and key in which every seventh three-character honoree name (by a hash
    of the name) lost its last character to an encoder: ``王小明`` → ``王小?``."""
    lost = {h["name"]: h["name"][:2] + "?" for doc in key["documents"] for lst in doc.get("award_lists") or []
            for h in lst["honorees"] if re.fullmatch(r"[\u4e00-\u9fff]{3}", h["name"])
            and zlib.crc32(h["name"].encode("utf-8")) % 7 == 0}

    def convert(text: str) -> str:
        for name, written in lost.items():
            text = text.replace(name, written)
        return text

    return convert


def write_variant(corpus: Path, out: Path, name: str) -> None:
    """Every page of ``corpus`` (and its key) rewritten as ``name`` into ``out``."""
    convert: Callable[[str], str] | None = None
    if name == "traditional":
        import opencc  # noqa: PLC0415  (optional: the test extra)

        convert = opencc.OpenCC("s2t").convert
    out.mkdir(parents=True)
    for page in sorted(corpus.glob("*.txt")):
        gold = page.with_name(page.stem + ".gold.json")
        raw = page.read_bytes()
        key = json.loads(gold.read_text(encoding="utf-8"))
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:  # a page in another encoding: kept as it is
            (out / page.name).write_bytes(raw)
        else:
            if name == "page title":  # the page's HTML title above it: its first title and a site's name
                first = key["documents"][0].get("title") if key["documents"] else None
                text = f"{first}_某某市妇女联合会网站\n{text}" if first else text
                (out / page.name).write_bytes(text.encode("utf-8"))
            elif name in KEYED_VARIANTS:
                (out / page.name).write_bytes(KEYED_VARIANTS[name](text, key).encode("utf-8"))
            elif name in ROW_VARIANTS:
                (out / page.name).write_bytes(_rewrite_rows(text, key, ROW_VARIANTS[name]).encode("utf-8"))
            elif name == "gb18030":
                (out / page.name).write_bytes(text.encode("gb18030"))
            elif name in ("full-width digits", "lost characters"):
                rewrite = (_lost_characters(key) if name == "lost characters"
                           else (lambda t: t.translate(_FULL_WIDTH_DIGITS)))
                (out / page.name).write_text(rewrite(text), encoding="utf-8")
                key = _convert_key(key, rewrite)
            elif convert is not None:
                (out / page.name).write_text(convert(text), encoding="utf-8")
                key = _convert_key(key, convert)
            else:
                (out / page.name).write_bytes(TEXT_VARIANTS[name](text).encode("utf-8"))
        (out / gold.name).write_text(json.dumps(key, ensure_ascii=False), encoding="utf-8")


def overall(score: Path, corpus: Path) -> float | None:
    proc = subprocess.run([sys.executable, str(score), "--corpus", str(corpus)], capture_output=True, text=True,
                          cwd=ROOT, check=False, timeout=1200)
    last = proc.stdout.strip().splitlines()[-1:] or [""]
    try:
        return float(last[0].removeprefix("overall ").strip())
    except ValueError:
        return None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "dev")
    ap.add_argument("--score", type=Path, default=ROOT.parent / "shared" / "tools" / "score.py")
    ap.add_argument("--only", help="comma-separated variant names")
    ap.add_argument("--floor", type=Path, help="a JSON file of floors per variant: fail below one")
    ap.add_argument("--update", action="store_true", help="with --floor: raise the floors to today's figures")
    args = ap.parse_args()
    if not (args.corpus.is_dir() and args.score.is_file()):
        print(f"robustness: {args.corpus} not found, not measured")
        return 0
    names = [*TEXT_VARIANTS, "page title", *KEYED_VARIANTS, *ROW_VARIANTS, "full-width digits", "lost characters", "gb18030",
             "traditional"]
    if args.only:
        names = [n for n in names if n in args.only.split(",")]
    floor: dict[str, float] = json.loads(args.floor.read_text("utf-8")) if args.floor and args.floor.exists() else {}
    got: dict[str, float | None] = {}
    print(f"{'variant':<24} overall")
    with tempfile.TemporaryDirectory() as tmp:
        for name in ["as it is", *names]:
            target = args.corpus
            if name != "as it is":
                target = Path(tmp) / name.replace(" ", "-")
                write_variant(args.corpus, target, name)
            got[name] = value = overall(args.score, target)
            low = name in floor and (value is None or value < floor[name] - 1e-9)
            mark = f"  floor {floor[name]:.3f}{' BELOW' if low else ''}" if name in floor else ""
            print(f"{name:<24} {value if value is not None else 'failed'}{mark}", flush=True)
    if args.floor and args.update:
        raised = {**floor, **{k: max(v, floor.get(k, 0.0)) for k, v in got.items() if v is not None}}
        args.floor.write_text(json.dumps(raised, indent=2, sort_keys=True, ensure_ascii=False) + "\n", "utf-8")
        print(f"robustness: floors written to {args.floor}")
        return 0
    below = [k for k, v in floor.items() if k in got and (got[k] is None or (got[k] or 0.0) < v - 1e-9)]
    if below:
        print(f"robustness: below the floor: {', '.join(below)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
