"""Who is quoted, and how often: quotes counted per speaker across documents.

Speakers are told apart by resolved name (``speaker.name``, compared without
regard to case, so "he" and "Kirby" count for "John Kirby") and kind.

>>> from quotex import extract
>>> text = "“It is over,” said Jane Doe.\\n\\nDoe said the talks would resume.\\n\\n“Never,” said Bob Roe."
>>> for row in tally(("a.txt", q) for q in extract(text)):
...     print(row.name, row.kind, row.direct, row.indirect, row.documents)
Jane Doe person 1 1 1
Bob Roe person 1 0 1
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from quotex.model import Quote, SpeakerKind

#: Columns of ``quotex speakers --format csv``, keys of :meth:`SpeakerCount.to_dict`.
TALLY_COLUMNS = ("name", "kind", "role", "direct", "indirect", "total", "documents")


@dataclass(frozen=True)
class SpeakerCount:
    """One speaker's quotes: ``direct`` counts direct and partial quotes, ``indirect`` reported speech.

    ``role`` is the role most often given to the speaker (``None`` if never),
    ``documents`` the number of distinct sources quoting them.
    """

    name: str
    kind: SpeakerKind
    role: str | None
    direct: int
    indirect: int
    documents: int

    @property
    def total(self) -> int:
        return self.direct + self.indirect

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "role": self.role,
            "direct": self.direct,
            "indirect": self.indirect,
            "total": self.total,
            "documents": self.documents,
        }


@dataclass
class _Bucket:
    kind: SpeakerKind
    first: int
    names: Counter[str] = field(default_factory=Counter)
    roles: Counter[str] = field(default_factory=Counter)
    sources: set[str] = field(default_factory=set)
    direct: int = 0
    indirect: int = 0


def tally(quotes: Iterable[tuple[str, Quote]]) -> list[SpeakerCount]:
    """Count ``(source, quote)`` pairs per speaker, most quoted first (ties: first seen first).

    Quotes without a speaker are not counted.  The name shown is the
    spelling used most often ("The Post" and "the Post" count together).
    """
    buckets: dict[tuple[str, SpeakerKind], _Bucket] = {}
    for source, q in quotes:
        s = q.speaker
        if s is None:
            continue
        key = (s.name.casefold(), s.kind)
        bucket = buckets.get(key)
        if bucket is None:
            bucket = buckets[key] = _Bucket(kind=s.kind, first=len(buckets))
        bucket.names[s.name] += 1
        if s.role:
            bucket.roles[s.role] += 1
        bucket.sources.add(source)
        if q.type == "indirect":
            bucket.indirect += 1
        else:
            bucket.direct += 1
    ordered = sorted(buckets.values(), key=lambda b: (-(b.direct + b.indirect), b.first))
    return [
        SpeakerCount(
            name=b.names.most_common(1)[0][0],
            kind=b.kind,
            role=b.roles.most_common(1)[0][0] if b.roles else None,
            direct=b.direct,
            indirect=b.indirect,
            documents=len(b.sources),
        )
        for b in ordered
    ]
