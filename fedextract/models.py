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
    model_config = ConfigDict(extra="forbid")


class DocWarning(_Model):
    """Something a reader should know about a document (masked year, cut-off text, …)."""

    code: WarningCode
    line: int | None
    message: str


class Label(_Model):
    """A line the document consumed for its structure, kept as written: a ``…文件`` header
    line, a signing-date or signature line, ``附件`` labels, category headings, count notes.
    Their meaning is in the typed fields; the text is here so that nothing is lost."""

    line: int
    role: str
    text: str


class Source(_Model):
    name: str | None
    sha256: str
    encoding: str
    lines: int
    path: str | None = Field(default=None, description="where the input came from: its path as given, or as found under a "
                             "directory given (relative when that was); the --stdin-name for standard input; null when "
                             "the text was handed to the library directly")


class DocNumber(_Model):
    raw: str
    agency: str
    year: int
    serial: int


class ActionItem(_Model):
    marker: str
    number: int
    title: str
    text: str = ""
    line: int
    line_end: int


class Section(_Model):
    marker: str
    number: int
    level: int
    title: str
    paragraphs: list[str] = Field(default_factory=list)
    sections: list[Section] = Field(default_factory=list)
    items: list[ActionItem] = Field(default_factory=list)
    line: int
    line_end: int


class Award(_Model):
    title: str
    count: int | None = None
    unit: str | None = None
    named: list[str] = Field(default_factory=list)
    line: int | None = None


class Attachment(_Model):
    number: int | None
    title: str
    line: int | None = None


class Honoree(_Model):
    name: str
    affiliation: str | None = None
    kind: Literal["person", "organization"] = "person"
    household: int | None = None
    marker: str | None = Field(default=None, description="the entry's numbering as written, e.g. '3.'")
    region: str | None = Field(default=None, description="v1.1: the region label the entry is grouped under "
                               "or prefixed with ('四川省' on its own line, '上海:' before the name)")
    work: str | None = Field(default=None, description="v1.1: the title of the honoured work ('《…》', an essay or poem)")
    note: str | None = Field(default=None, description="v1.1: a bracketed note on the entry ('(女)', '(回族)', '(已故)')")
    award: str | None = Field(default=None, description="v1.1: the entry's own honour when one list mixes honours "
                              "(a prize column in a flattened table)")
    line: int


class AwardList(_Model):
    title: str
    award: str | None = None
    attachment: int | None = None
    ordered: bool = True
    note: str | None = None
    honorees: list[Honoree] = Field(default_factory=list)
    line: int | None = None
    line_end: int | None = None


class _DocumentBase(_Model):
    index: int | None = None
    heading: str | None = None
    title: str = ""
    issuers: list[str] = Field(default_factory=list)
    doc_number: DocNumber | None = None
    date: Annotated[str, Field(pattern=r"^\d{4}-\d{2}-\d{2}$")] | None = None
    year: int | None = None
    status: str | None = None
    addressees: list[str] = Field(default_factory=list)
    line_start: int
    line_end: int
    warnings: list[DocWarning] = Field(default_factory=list)
    labels: list[Label] = Field(default_factory=list)


class Plan(_DocumentBase):
    """A work plan: preamble, an outline of sections and items, closing paragraphs."""

    type: Literal["plan"] = "plan"
    preamble: list[str] = Field(default_factory=list)
    sections: list[Section] = Field(default_factory=list)
    items: list[ActionItem] = Field(default_factory=list, description="items outside any section")
    closing: list[str] = Field(default_factory=list)


class AwardDecision(_DocumentBase):
    """A commendation decision (表彰决定 / 通报 / 名单) with its honour lists."""

    type: Literal["award_decision"] = "award_decision"
    body: list[str] = Field(default_factory=list)
    awards: list[Award] = Field(default_factory=list)
    attachments: list[Attachment] = Field(default_factory=list)
    award_lists: list[AwardList] = Field(default_factory=list)


class Other(_DocumentBase):
    type: Literal["other"] = "other"
    paragraphs: list[str] = Field(default_factory=list)


Document = Annotated[Plan | AwardDecision | Other, Field(discriminator="type")]


class UnparsedLine(_Model):
    line: int
    text: str


class Extraction(_Model):
    """The top-level record for one input file."""

    schema_version: Literal["1"] = SCHEMA_VERSION
    source: Source
    documents: list[Document] = Field(default_factory=list)
    unparsed: list[UnparsedLine] = Field(default_factory=list)

    def to_json(self, *, pretty: bool = False) -> bytes:
        """Serialise to the SPEC JSON (UTF-8 bytes, no trailing newline)."""
        option = orjson.OPT_INDENT_2 if pretty else 0
        return orjson.dumps(self.model_dump(mode="json"), option=option)
