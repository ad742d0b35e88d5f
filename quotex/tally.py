"""Who is quoted, and how often: quotes counted per speaker across documents.

Within a document every mention of one speaker is one entity (``speaker.id``,
with one canonical ``speaker.name``: "he", "Kirby" and "the spokesman" count
for "John Kirby"); across documents the entities of one canonical name
(compared without regard to case) and kind are one row.  :func:`source_mix`
sums up who the sources are.

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

from quotex.model import Gender, Quote, SpeakerKind

#: Columns of ``quotex speakers --format csv``, keys of :meth:`SpeakerCount.to_dict`.
TALLY_COLUMNS = ("name", "kind", "gender", "role", "direct", "indirect", "total", "documents")


@dataclass(frozen=True)
class SpeakerCount:
    """One speaker's quotes: ``direct`` counts direct and partial quotes, ``indirect`` reported speech.

    ``role`` is the role most often given to the speaker (``None`` if never),
    ``documents`` the number of distinct sources quoting them, ``gender`` the
    one the texts tell (``None`` where none does, or where they disagree).
    """

    name: str
    kind: SpeakerKind
    role: str | None
    direct: int
    indirect: int
    documents: int
    gender: Gender | None = None

    @property
    def total(self) -> int:
        return self.direct + self.indirect

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "gender": self.gender,
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
    genders: set[Gender] = field(default_factory=set)
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
        if s.gender:
            bucket.genders.add(s.gender)
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
            gender=next(iter(b.genders)) if len(b.genders) == 1 else None,
        )
        for b in ordered
    ]


@dataclass(frozen=True)
class SourceMix:
    """Who the sources are, over speaker rows: women among the people whose
    gender the text tells, anonymous sources and organisations among all."""

    speakers: int
    people_with_gender: int
    women: int
    anonymous: int
    organizations: int

    def line(self) -> str:
        """One line for the end of ``quotex speakers``.

        >>> SourceMix(speakers=8, people_with_gender=4, women=1, anonymous=2, organizations=3).line()
        'sources: women 1 of 4 with known gender (25%), anonymous 2 of 8 (25%), organisations 3 of 8 (38%)'
        """
        n = self.speakers
        return (
            f"sources: women {self.women} of {self.people_with_gender} with known gender"
            f" ({_percent(self.women, self.people_with_gender)}), anonymous {self.anonymous} of {n} ({_percent(self.anonymous, n)}),"
            f" organisations {self.organizations} of {n} ({_percent(self.organizations, n)})"
        )


def _percent(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)}%" if whole else "n/a"


def source_mix(rows: Iterable[SpeakerCount]) -> SourceMix:
    """The source mix of tally rows (all of them, not only the top ones shown)."""
    rows = list(rows)
    people = [r for r in rows if r.kind == "person" and r.gender]
    return SourceMix(
        speakers=len(rows),
        people_with_gender=len(people),
        women=sum(r.gender == "female" for r in people),
        anonymous=sum(r.kind == "anonymous" for r in rows),
        organizations=sum(r.kind == "organization" for r in rows),
    )
