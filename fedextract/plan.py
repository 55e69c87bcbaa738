"""Stage 4a — the outline of a work plan: sections, items, preamble and closing.

Section levels follow docutils: a section style (``一、``, ``(一)``, ``第一部分`` …) gets the
level of its position in the list of styles in order of first appearance, so ``一、 → (一)``
and ``第一部分 → 一、 → (一)`` both nest.  A section deeper than its parent + 1 is kept where
it stands and reported (``level_skip``).  Items (Arabic markers) belong to the innermost open
section; items under items are listed in text order under that section, as the SPEC asks.
Text lines continue the node opened last; a line that ends mid-sentence is joined to the next
without a break.  In hard-wrapped text (PDF exports: most lines of one width) a heading that
fills the width and has no terminator continues on the next line.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .header import is_title_like
from .lazyre import lazy
from .markers import MAX_PARAGRAPH, continues, cut_sentence, double_spaced, match_marker, wrap_width
from .normalize import Line
from .record import Node

_CLOSING = lazy(r"让我们|同志们|而努力奋斗|而奋斗[!！。]|开创.{0,12}新局面")


@dataclass(slots=True)
class _Node:
    kind: str
    marker: str
    number: int
    level: int
    title: str
    line: int
    line_end: int
    title_open: bool = False
    paras: list[str] = field(default_factory=list)
    last_para_line: int = 0  # the line the last paragraph started on
    sections: list[_Node] = field(default_factory=list)
    items: list[_Node] = field(default_factory=list)

    def to_section(self) -> Node:
        return {
            "marker": self.marker, "number": self.number, "level": self.level, "title": self.title,
            "paragraphs": self.paras, "sections": [s.to_section() for s in self.sections],
            "items": [i.to_item() for i in self.items], "line": self.line, "line_end": self.line_end,
        }

    def to_item(self) -> Node:
        return {"marker": self.marker, "number": self.number, "title": self.title,
                "text": "\n".join(self.paras), "line": self.line, "line_end": self.line_end}


@dataclass
class Outline:
    preamble: list[str] = field(default_factory=list)
    sections: list[Node] = field(default_factory=list)
    items: list[Node] = field(default_factory=list)
    closing: list[str] = field(default_factory=list)
    used: set[int] = field(default_factory=set)
    warnings: list[Node] = field(default_factory=list)


def build_outline(lines: list[Line]) -> Outline:
    out = Outline()
    width = wrap_width(lines)
    styles: list[str] = []
    stack: list[_Node] = []
    top_sections: list[_Node] = []
    top_items: list[_Node] = []
    current: _Node | None = None
    preamble: list[str] = []
    blank_before = False
    prev: Line = lines[0] if lines else Line(0, "", "", "", 0)

    def fills_width(ln: Line) -> bool:
        # (the line as laid out, indent and all: a heading short of the width by a few characters
        # ends there, one broken at the width goes on)
        return width is not None and len(ln.text) + ln.indent >= 0.93 * width

    # every line followed by a blank one: one blank line after a long line that stops mid-sentence
    # parts nothing (a heading or paragraph hard-broken, then double-spaced)
    spaced = double_spaced(lines)
    blank_run = 0
    for ln in lines:
        if not ln.text:
            blank_run += 1
            blank_before = not spaced or blank_run > 1 or len(prev.text) < 20
            continue
        blank_run = 0
        m = match_marker(ln)
        if m is not None:
            head, rest, found = cut_sentence(ln.text[m.end :])
            if m.kind == "section":
                if m.style not in styles:
                    styles.append(m.style)
                level = styles.index(m.style) + 1
                while stack and stack[-1].level >= level:
                    stack.pop()
                if level > len(stack) + 1:
                    out.warnings.append({
                        "code": "level_skip", "line": ln.number,
                        "message": f"{m.marker} is level {level} but follows level {len(stack)}"})
                node = _Node("section", m.marker, m.number, level, head, ln.number, ln.number)
                (stack[-1].sections if stack else top_sections).append(node)
                stack.append(node)
            else:
                node = _Node("item", m.marker, m.number, 0, head, ln.number, ln.number)
                (stack[-1].items if stack else top_items).append(node)
            node.title_open = not found and fills_width(ln)
            if rest:
                node.paras.append(rest)
            current = node
        elif current is not None and current.title_open and not blank_before:
            head, rest, found = cut_sentence(ln.text)
            current.title += head
            current.title_open = not found and fills_width(ln) and len(current.title) < MAX_PARAGRAPH
            if rest:
                current.paras.append(rest)
        else:
            target = current.paras if current is not None else preamble
            if target and not blank_before and continues(target[-1]) and not is_title_like(prev):
                target[-1] += ln.text
            else:
                target.append(ln.text)
                if current is not None:
                    current.last_para_line = ln.number
        blank_before = False
        prev = ln
        out.used.add(ln.number)
        for node in stack:
            node.line_end = ln.number
        if current is not None:
            current.line_end = ln.number

    if (current is not None and current.paras and current.last_para_line > current.line
            and _CLOSING.search(current.paras[-1])):
        out.closing.append(current.paras.pop())
    out.preamble = preamble
    out.sections = [s.to_section() for s in top_sections]
    out.items = [i.to_item() for i in top_items]
    return out
