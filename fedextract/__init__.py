"""fedextract — Chinese official documents (work plans, commendation decisions) to JSON.

>>> import fedextract
>>> record = fedextract.extract("第一篇:市妇联2006年工作意见思路\n一、切实维护权益。\n1、积极启动规划。")
>>> record.documents[0].sections[0].items[0].title
'积极启动规划'
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the names below are imported on first use (PEP 562), see __getattr__
    from .models import (
        SCHEMA_VERSION,
        ActionItem,
        Attachment,
        Award,
        AwardDecision,
        AwardList,
        DocNumber,
        Document,
        DocWarning,
        Extraction,
        Honoree,
        Label,
        Other,
        Plan,
        Section,
        Source,
        UnparsedLine,
    )
    from .normalize import InputError
    from .pipeline import extract, extract_bytes, extract_file, extract_record

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "ActionItem",
    "Attachment",
    "Award",
    "AwardDecision",
    "AwardList",
    "DocNumber",
    "DocWarning",
    "Document",
    "Extraction",
    "Honoree",
    "InputError",
    "Label",
    "Other",
    "Plan",
    "Section",
    "Source",
    "UnparsedLine",
    "__version__",
    "extract",
    "extract_bytes",
    "extract_file",
    "extract_record",
]

# Where each public name lives.  Importing the package itself stays cheap (``python -m
# fedextract --help`` or ``--schema`` need not build the pydantic models); the first access to
# any of these names imports its module and caches the value in the package namespace.
_LAZY = {
    **dict.fromkeys(("extract", "extract_bytes", "extract_file", "extract_record"), "pipeline"),
    "InputError": "normalize",
    **dict.fromkeys(("SCHEMA_VERSION", "ActionItem", "Attachment", "Award", "AwardDecision", "AwardList",
                     "DocNumber", "Document", "DocWarning", "Extraction", "Honoree", "Label", "Other", "Plan",
                     "Section", "Source", "UnparsedLine"), "models"),
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module  # noqa: PLC0415

    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
