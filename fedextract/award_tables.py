"""Honour lists flattened from a table: a header row of column names, then the cells.

Four layouts, two with ``|`` after each cell (as page-text exports write table cells), one
with the columns lined up by spaces (as a table copied out of a word processor reads):

* one cell per line — ``序号 |`` / ``姓名 |`` / ``单位 |`` / ``1 |`` / ``张某 |`` / ``某某小学 |`` …;
* one row per line — ``序号 | 姓名 | 单位`` / ``1 | 张某 | 某某小学``;
* spaced rows — ``序号  姓名  性别  单位`` / ``1  张某  女  某某小学``: a header whose every word
  is a column name, then one row per line, cells split at runs of two or more spaces (at single
  spaces when that gives the header's width); a line of another width ends the table;
* columns one after the other — ``姓名`` / ``张某`` / ``李某`` / ``工作单位`` / ``某某小学`` / ``某某医院``:
  a column name alone on its line, its cells below it, then the next column of as many cells
  (:func:`column_block`).

The header names the columns (``姓名`` → name, ``单位`` → affiliation, ``题目`` → work,
``获奖等次`` → award, ``序号`` → marker, ``备注`` → note); cells are grouped into rows of the header's width.
A row cut short at the end of the text keeps the cells it has.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from . import names
from .lazyre import lazy
from .textkey import key, squash

# column name (folded, squashed) → the honoree field it fills
COLUMNS: dict[str, str] = {
    **dict.fromkeys(("序号", "编号", "排名", "名次"), "marker"),
    **dict.fromkeys(("姓名", "名字", "作者", "获奖者", "获奖人", "单位名称", "集体名称", "家庭", "户主"), "name"),
    **dict.fromkeys(("单位", "工作单位", "所在单位", "作者单位", "推荐单位", "单位及职务", "工作单位及职务",
                     "职务", "地区", "所在地区"), "affiliation"),
    **dict.fromkeys(("题目", "作品", "作品名称", "篇名", "标题", "参赛作品"), "work"),
    **dict.fromkeys(("获奖等次", "等次", "奖项", "奖次", "等级", "获奖等级", "荣誉称号", "类别"), "award"),
    **dict.fromkeys(("岗位名称", "岗位"), "name"),  # 单位名称 + 岗位名称: the honoured post is one name
    **dict.fromkeys(("所在县区", "县区", "县(市、区)", "所属地区", "所在地"), "affiliation"),
    **dict.fromkeys(("性别", "民族", "年龄", "出生年月", "政治面貌", "学历", "文化程度"), "skip"),
    **dict.fromkeys(("备注", "说明"), "note"),  # v1.1 note: 少数民族家庭, 已故
}


# the column names that hold an entry's name: a table of honorees has one of them in its header
NAME_COLUMNS = tuple(c for c, role in COLUMNS.items() if role == "name")


def spaced_header(text: str) -> list[str] | None:
    """The roles of a header line whose columns are lined up by spaces, or None: every word a
    column name, at least two, one of them a name."""
    words = text.split()
    roles = header_roles(words) if len(words) >= 2 and "|" not in text else None
    return roles if roles is not None and "name" in roles else None


def names_header(text: str) -> list[str] | None:
    """The roles of a table header line (``|`` cells or columns lined up by spaces) that has a
    name column, or None: the test for "a table of honorees starts here"."""
    cells = cells_of(text)
    roles = (header_roles(cells) if cells else None) if cells is not None else spaced_header(text)
    return roles if roles is not None and "name" in roles else None


def spaced_cells(text: str, width: int) -> list[str] | None:
    """The cells of a spaced row of a table ``width`` columns wide, or None when the line has
    another width (it is no row)."""
    wide = [c for c in _WIDE_GAP.split(text.strip()) if c]
    if len(wide) == width:
        return [squash(c) for c in wide]
    narrow = text.split()
    return narrow if len(narrow) == width else None


_WIDE_GAP = lazy(r"\s{2,}|\t|\u3000")


def cells_of(text: str) -> list[str] | None:
    """The cells of a table line (text with ``|`` after or between cells), or None."""
    if "|" not in text and "｜" not in text:
        return None
    parts = [squash(p) for p in text.replace("｜", "|").split("|")]
    if parts and parts[-1] == "":
        parts.pop()
    if parts and parts[0] == "" and text.lstrip().startswith(("|", "｜")):
        parts.pop(0)  # |序号|姓名|: a bar before the first cell too
    return parts if parts else None


def header_roles(cells: list[str]) -> list[str] | None:
    """The field of each header cell, or None when some cell is no column name."""
    roles: list[str] = []
    for c in cells:
        k = key(c)
        role = COLUMNS.get(k) or _role_by_form(k)
        if role is None:
            return None  # (most lines: the first word is no column name)
        roles.append(role)
    return roles


def _role_by_form(k: str) -> str | None:
    """A column name not in :data:`COLUMNS`, read by its head word: ``所在村(社区)``, ``所属乡镇``,
    ``推荐地区`` → affiliation; ``家庭名称``, ``候选人姓名`` → name; ``推荐类别``, ``拟表彰等次`` →
    award; ``主要事迹`` → note."""
    bare = _BRACKETED.sub("", k)
    if not 2 <= len(bare) <= 8:
        return None
    if bare.startswith(("所在", "所属")) or bare.endswith(("单位", "地区", "乡镇", "社区")):
        return "affiliation"
    if bare.endswith(("姓名", "名称")):
        return "name"
    if bare.endswith(("类别", "等次", "奖项", "称号")):
        return "award"
    if bare.endswith("事迹"):
        return "note"
    return None


_BRACKETED = lazy(r"\([^()]*\)")


def row_roles(cells: list[str]) -> list[str] | None:
    """The fields of a row's cells read from what they hold, for rows whose header is missing
    (``1|张某|某某小学 教师|``, ``某某社区|王某家庭|``): a number before the name is its marker, the
    one person or family is the name (a unit when the row names nobody), ``女`` or ``汉族`` is a
    note, the first other cell the affiliation and any later one a note.  None when the row has
    no name, more than one, or nothing beside it."""
    people = [i for i, c in enumerate(cells) if names.is_person_name(c) or names.split_family(c) is not None]
    if not people:
        people = [i for i, c in enumerate(cells) if names.looks_like_org(c)]
    if len(people) != 1 or sum(1 for c in cells if c) < 2:
        return None
    roles: list[str] = []
    for i, c in enumerate(cells):
        if i == people[0]:
            roles.append("name")
        elif c.isdigit() and len(c) <= 3 and i < people[0]:
            roles.append("marker")
        elif c in ("男", "女") or names.is_ethnic(key(c)) or "affiliation" in roles:
            roles.append("skip")
        else:
            roles.append("affiliation")
    return roles


@dataclass(eq=False)
class Table:
    """A table while its cells are read: the roles of its columns and the row being filled."""

    roles: list[str]
    per_line: bool = False  # the header was one line: every line is one row, however many cells
    spaced: bool = False  # columns lined up by spaces, not ``|``
    row: list[tuple[str, int]] = field(default_factory=list)  # (cell, line) of the row so far
    rows: list[list[tuple[str, int]]] = field(default_factory=list)

    def add_header(self, more: list[str]) -> bool:
        """Extend a header written one cell per line; False when ``more`` is no header cell."""
        roles = header_roles(more)
        if roles is None or self.rows or self.row:
            return False
        self.roles.extend(roles)
        return True

    def add_cells(self, cells: list[str], line: int) -> list[dict[str, str | int | None]]:
        """Take the cells of one line; return the rows it completes, as field dicts."""
        if self.per_line:
            return [self._fields([(c, line) for c in cells])] if cells else []
        done: list[dict[str, str | int | None]] = []
        for cell in cells:
            self.row.append((cell, line))
            if len(self.row) == len(self.roles):
                done.append(self._fields(self.row))
                self.row = []
        return done

    def close(self) -> dict[str, str | int | None] | None:
        """The row cut short at the end, if it has a name."""
        row, self.row = self.row, []
        return self._fields(row) if row and "name" in self.roles[: len(row)] else None

    def _fields(self, row: list[tuple[str, int]]) -> dict[str, str | int | None]:
        out: dict[str, str | int | None] = {"line": row[0][1]}
        for role, (cell, _) in zip(self.roles, row, strict=False):
            if not cell:
                continue
            if role in ("skip", "note"):  # 女, 汉族, 1978.05, 中共党员, a remark: the entry's note, in column order
                out["note"] = f"{out['note']}，{cell}" if out.get("note") else cell
                continue
            before = out.get(role)
            out[role] = before + cell if isinstance(before, str) and role == "name" else cell  # 单位名称 + 岗位名称
        return out


# Columns written one after the other: more than this is no table, and the bound keeps a page of
# lone column names from being read ahead once per line.
MAX_COLUMNS_IN_TURN = 7


def column_block(texts: Iterable[str]) -> tuple[list[str], list[list[str]]] | None:
    """Columns written one after the other, ``texts`` being the non-blank lines from a lone
    ``姓名`` on: (the roles, the rows of cells) when a second column of as many cells follows the
    names, else None.  A column's cells end at the next lone column name.  ``texts`` is read only
    as far as the block goes (and one line past it)."""
    lines = iter(texts)
    seen: list[str] = []

    def at(i: int) -> str | None:  # the i-th text, read on demand
        while len(seen) <= i:
            nxt = next(lines, None)
            if nxt is None:
                return None
            seen.append(nxt)
        return seen[i]

    def role_at(i: int) -> str | None:
        text = at(i)
        return COLUMNS.get(key(squash(text))) if text is not None else None

    if role_at(0) != "name":
        return None
    roles: list[str] = []
    columns: list[list[str]] = []
    i = 0
    while at(i) is not None and len(columns) < MAX_COLUMNS_IN_TURN:
        role = role_at(i)
        if role is None:
            break
        cells: list[str] = []
        i += 1
        while (text := at(i)) is not None and role_at(i) is None and (not columns or len(cells) < len(columns[0])):
            cells.append(squash(text))
            i += 1
        if len(cells) < 2 or (columns and len(cells) != len(columns[0])):
            break
        roles.append(role)
        columns.append(cells)
    if len(columns) < 2:
        return None
    return roles, [list(row) for row in zip(*columns, strict=True)]
