"""The records quotex produces: :class:`Quote`, :class:`Speaker`, :class:`Cue`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

QuoteType = Literal["direct", "partial", "indirect"]
SpeakerKind = Literal["person", "organization", "group", "anonymous", "document"]
Gender = Literal["male", "female"]

QUOTE_TYPES: tuple[QuoteType, ...] = ("direct", "partial", "indirect")
SPEAKER_KINDS: tuple[SpeakerKind, ...] = ("person", "organization", "group", "anonymous", "document")


@dataclass(frozen=True)
class Speaker:
    """Who is quoted: the mention as written, and what it resolves to.

    ``text``/``start``/``end`` locate the mention in the attribution clause
    ("he", "Kirby", "a spokesman for the Russian Embassy");  ``name`` is the
    fullest name of that speaker in the document ("John Kirby");  ``role`` is
    a title or description kept apart from the name.
    """

    name: str
    text: str
    start: int
    end: int
    role: str | None
    kind: SpeakerKind
    #: "male" or "female" only where the text tells it (a pronoun, "Mr", "spokeswoman")
    gender: Gender | None = None
    #: the speaker's id within its document ("s1", "s2", … in order of first quote)
    id: str | None = None
    #: the named author of a document speaker ("51 U.S. diplomats" for "a letter")
    author: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "role": self.role,
            "kind": self.kind,
            "gender": self.gender,
            "id": self.id,
            "author": self.author,
        }


@dataclass(frozen=True)
class Cue:
    """The word or phrase that attributes the quote ("said", "told", "according to")."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Quote:
    """One attributed quotation.

    ``text`` is the quote without its quotation marks and is always equal to
    ``document[start:end]`` (code-point offsets).  ``rule`` names the
    attribution rule that produced it (see :mod:`quotex.rules`).
    """

    text: str
    start: int
    end: int
    type: QuoteType
    speaker: Speaker | None
    cue: Cue | None
    paragraph: int
    rule: str

    def to_dict(self, source: str | None = None) -> dict[str, Any]:
        """The JSON record documented in the README."""
        record: dict[str, Any] = {} if source is None else {"source": source}
        record.update(
            text=self.text,
            start=self.start,
            end=self.end,
            type=self.type,
            speaker=None if self.speaker is None else self.speaker.to_dict(),
            cue=None if self.cue is None else self.cue.to_dict(),
            paragraph=self.paragraph,
            rule=self.rule,
        )
        return record
