"""fedextract — Chinese official documents (work plans, commendation decisions) to JSON.

>>> import fedextract
>>> record = fedextract.extract("第一篇:市妇联2006年工作意见思路\n一、切实维护权益。\n1、积极启动规划。")
>>> record.documents[0].sections[0].items[0].title
'积极启动规划'
"""

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
    Other,
    Plan,
    Section,
    Source,
    UnparsedLine,
)
from .normalize import InputError
from .pipeline import extract, extract_bytes, extract_file

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
    "Other",
    "Plan",
    "Section",
    "Source",
    "UnparsedLine",
    "__version__",
    "extract",
    "extract_bytes",
    "extract_file",
]
