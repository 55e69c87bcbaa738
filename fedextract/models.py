"""Pydantic models of the output contract (SPEC v1).

The models are the single source of truth: the JSON the CLI prints, the JSON Schema in
``schemas/`` and the SQL loader all derive from them.  Every node that comes from the input
carries its line span (``line`` / ``line_end``, 1-based input lines), which is what lets a test
prove that nothing was lost.
"""

from __future__ import annotations

from typing import Annotated, Literal

import orjson
from pydantic import BaseModel, ConfigDict, Field

from .record import SCHEMA_VERSION as SCHEMA_VERSION

WarningCode = Literal[
    "masked_year",
    "truncated",
    "duplicate_line",
    "count_mismatch",
    "suspect_text",
    "level_skip",
    "furniture",
]


class _Model(BaseModel):
    # every field is documented by the docstring under it (it becomes the schema's description)
    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)


class DocWarning(_Model):
    """Something a reader should know about a document (masked year, cut-off text, …)."""

    code: WarningCode
    """What kind of warning: masked_year, truncated, duplicate_line, count_mismatch, suspect_text,
    level_skip or furniture (see docs/format.md)."""
    line: int | None
    """The input line the warning is about (1-based), or null for the whole document."""
    message: str
    """A sentence for a person, quoting the text concerned."""


class Label(_Model):
    """A line the document consumed for its structure, kept as written: a ``…文件`` header
    line, a signing-date or signature line, ``附件`` labels, category headings, count notes.
    Their meaning is in the typed fields; the text is here so that nothing is lost."""

    line: int
    """The input line (1-based)."""
    role: str
    """What the line was used as: heading, title, issuer, doc_number, date, signature, attachment,
    lead_in, list_title, category, region, note, table_header, work, affiliation, fields,
    distribution (a 抄送 or 印发 trailer), …"""
    text: str
    """The line as written."""


class Source(_Model):
    """The input file the record was made from."""

    name: str | None
    """The input's file name (``a01.txt``); the --stdin-name for standard input; null for text
    handed to the library without a name."""
    sha256: str
    """SHA-256 of the input bytes as read (of the UTF-8 text when a string was handed in)."""
    encoding: str
    """The encoding the input was decoded from: utf-8, gb18030, big5, utf-16, …"""
    lines: int
    """How many lines the input has."""
    path: str | None = None
    """Where the input came from: its path as given, or as found under a directory given (relative
    when that was); the --stdin-name for standard input; null for text handed to the library."""


class DocNumber(_Model):
    """A document number (发文字号) such as ``深妇字[2008]34号``."""

    raw: str
    """As written, whitespace removed; any bracket style ([] 〔〕 ［］ ())."""
    agency: str
    """The issuing agency's code (机关代字): ``深妇字``."""
    year: int
    """The year in the brackets: 2008."""
    serial: int
    """The serial number: 34."""


class ActionItem(_Model):
    """A numbered item of a plan (``1、`` ``(1)`` ``①`` …)."""

    marker: str
    """The marker as written: ``1、``, ``(1)``."""
    number: int
    """The marker's value."""
    title: str
    """The lead sentence: the text after the marker up to the first 。！？；!?; or the line end."""
    text: str = ""
    """The rest of the item, continuation lines joined; may be empty."""
    line: int
    """The item's first input line."""
    line_end: int
    """The item's last input line."""


class Section(_Model):
    """A heading with a Chinese-numeral marker (``一、`` ``(一)`` ``第一部分`` …) and what it holds."""

    marker: str
    """The marker as written: ``一、``, ``(一)``."""
    number: int
    """The marker's value: 一 → 1, 十二 → 12."""
    level: int
    """1 for the outermost marker style of the document, 2 for the next, … (by first appearance)."""
    title: str
    """The heading: the text after the marker up to the first 。！？；!?; or the line end."""
    paragraphs: list[str] = Field(default_factory=list)
    """Body paragraphs of the section outside its items and subsections."""
    sections: list[Section] = Field(default_factory=list)
    """Subsections."""
    items: list[ActionItem] = Field(default_factory=list)
    """Numbered items directly under the section (nested items too, in text order)."""
    line: int
    """The heading's input line."""
    line_end: int
    """The section's last input line."""


class Award(_Model):
    """An honour the document grants (or, on a news page, reports)."""

    title: str
    """The honour: inside the quotes when fully quoted, else as written without 称号/荣誉称号
    (level words kept; years, editions and a place before a quote dropped)."""
    count: int | None = None
    """How many recipients the text says (Chinese numerals converted), or null."""
    unit: str | None = None
    """The measure word of the count as written: 个 户 戶 人 名 家 位 项 篇."""
    named: list[str] = Field(default_factory=list)
    """The recipients the sentence names (those before 等, or the whole enumeration)."""
    line: int | None = None
    """The line of the sentence."""


class Attachment(_Model):
    """An entry of the 附件 list."""

    number: int | None
    """The attachment number (附件1 → 1), or null when unnumbered."""
    title: str
    """The attachment's title."""
    line: int | None = None
    """The input line."""


class Honoree(_Model):
    """One entry of an honour list: a person, a family member or a unit."""

    name: str
    """The person's or unit's name, padding removed (张 兰 → 张兰), 家庭 removed from a family."""
    affiliation: str | None = None
    """The unit and post as written (or a family's place), or null."""
    kind: Literal["person", "organization"] = "person"
    """person, or organization for an honoured unit."""
    household: int | None = None
    """For lists of families: the 1-based family number its members share; else null."""
    marker: str | None = None
    """The entry's numbering as written, e.g. ``3.``."""
    region: str | None = None
    """v1.1: the region label the entry is grouped under or prefixed with (``四川省`` on its own
    line, ``上海:`` before the name)."""
    work: str | None = None
    """v1.1: the title of the honoured work (``《…》``, an essay or a poem)."""
    note: str | None = None
    """v1.1: a bracketed note on the entry (``(女)``, ``(回族)``, ``(已故)``)."""
    award: str | None = None
    """v1.1: the entry's own honour when one list mixes honours (a prize column in a table)."""
    line: int
    """The entry's input line."""


class AwardList(_Model):
    """An honour list: usually an attachment, one per category heading."""

    title: str
    """The list heading without count note (``…名单``), the lead-in line, or ""."""
    award: str | None = None
    """The honour it lists (or the category heading), or null."""
    attachment: int | None = None
    """The attachment number it belongs to, or null."""
    ordered: bool = True
    """False when the list says 排名不分先后 / 按姓氏笔画排序."""
    note: str | None = None
    """Notes on the list as written: ``(10户)``, ``(排名不分先后)``."""
    honorees: list[Honoree] = Field(default_factory=list)
    """The entries, in list order."""
    line: int | None = None
    """The heading's input line."""
    line_end: int | None = None
    """The list's last input line."""


class _DocumentBase(_Model):
    index: int | None = None
    """The article number of a compilation heading (第五篇 → 5), or null."""
    heading: str | None = None
    """The compilation heading's text after the colon, or null."""
    title: str = ""
    """The document's own title, whitespace removed; "" when the text has none."""
    issuers: list[str] = Field(default_factory=list)
    """The issuing bodies, in order: from header lines, the signature block or the title."""
    doc_number: DocNumber | None = None
    """The document's own number, or null."""
    date: Annotated[str, Field(pattern=r"^\d{4}-\d{2}-\d{2}$")] | None = None
    """The signing date (YYYY-MM-DD), else a published date, or null."""
    year: int | None = None
    """The single year the plan or the honours are for; null when masked, a range or only implied."""
    status: str | None = None
    """"draft" for 征求意见稿 / 讨论稿 / 草案 in the title area, else null."""
    addressees: list[str] = Field(default_factory=list)
    """The addressees (主送机关) of the line ending in a colon after the title."""
    line_start: int
    """The document's first input line."""
    line_end: int
    """The document's last input line."""
    warnings: list[DocWarning] = Field(default_factory=list)
    """What a reader should know about the document."""
    labels: list[Label] = Field(default_factory=list)
    """Structural lines kept as written (their meaning is in the typed fields)."""


class Plan(_DocumentBase):
    """A work plan: preamble, an outline of sections and items, closing paragraphs."""

    type: Literal["plan"] = "plan"
    """The document type: plan."""
    preamble: list[str] = Field(default_factory=list)
    """Paragraphs before the first section."""
    sections: list[Section] = Field(default_factory=list)
    """The outline."""
    items: list[ActionItem] = Field(default_factory=list)
    """Items outside any section (before the first one)."""
    closing: list[str] = Field(default_factory=list)
    """Paragraphs after the outline that belong to the whole document."""


class AwardDecision(_DocumentBase):
    """A commendation decision (表彰决定 / 通报 / 名单), or a 公示 or news page with honours."""

    type: Literal["award_decision"] = "award_decision"
    """The document type: award_decision."""
    body: list[str] = Field(default_factory=list)
    """The decision's paragraphs."""
    awards: list[Award] = Field(default_factory=list)
    """Each honour the body grants."""
    attachments: list[Attachment] = Field(default_factory=list)
    """The 附件 list."""
    award_lists: list[AwardList] = Field(default_factory=list)
    """The honour lists."""


class Other(_DocumentBase):
    """Anything that is neither a plan nor a decision: news, speeches, reports."""

    type: Literal["other"] = "other"
    """The document type: other."""
    paragraphs: list[str] = Field(default_factory=list)
    """The text's paragraphs."""


Document = Annotated[Plan | AwardDecision | Other, Field(discriminator="type")]


class UnparsedLine(_Model):
    """A non-blank input line that no field holds (nothing is lost silently)."""

    line: int
    """The input line (1-based)."""
    text: str
    """The line, stripped."""


class Extraction(_Model):
    """The top-level record for one input file."""

    schema_version: Literal["1"] = SCHEMA_VERSION
    """The contract's major version: "1" (additions keep it; renames or removals bump it)."""
    source: Source
    """The input the record was made from."""
    documents: list[Document] = Field(default_factory=list)
    """The documents, in input order (one per 第N篇 article of a compilation)."""
    unparsed: list[UnparsedLine] = Field(default_factory=list)
    """Every non-blank input line no document field holds."""

    def to_json(self, *, pretty: bool = False) -> bytes:
        """Serialise to the SPEC JSON (UTF-8 bytes, no trailing newline)."""
        option = orjson.OPT_INDENT_2 if pretty else 0
        return orjson.dumps(self.model_dump(mode="json"), option=option)
