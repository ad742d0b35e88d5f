"""What a :class:`~quotex.lang.Language` record builds from a pack's own
tables, the same way in every language: the derived tables (:func:`derive`)
and the compound-head finder built from ``COMPOUND_HEADS``
(:func:`compound_head`, with its cache).

Apart from :mod:`quotex.lang.tables`, which declares the record, and
:mod:`quotex.lang`, which loads a pack into it, so that the record's
declaration stays one module of tables. (Its name starts with no language
code: "quotex.lang.de…" would read as the German pack.)
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final

import regex

if TYPE_CHECKING:
    from quotex.lang.tables import Language

__all__ = ["EMPTY", "NO_MAP", "OnFirstUse", "compound_head", "derive"]

#: The value of a table a pack lacks: a word table, a mapping.
EMPTY: Final[frozenset[Any]] = frozenset()
NO_MAP: Final[Mapping[Any, Any]] = MappingProxyType({})


def derive(values: dict[str, Any]) -> None:
    """The tables built from others, the same way in every language."""

    def get(name: str) -> Any:
        return values.get(name, EMPTY)

    values.setdefault("QUOTE_FORMS", frozenset(get("SPEECH_FORMS") | get("QUOTE_ONLY_FORMS")))
    particles = values.get("PARTICLE_FORMS", NO_MAP)
    values["CUE_WORDS"] = frozenset(get("QUOTE_FORMS") | set(particles))
    values["CUE_FORMS"] = frozenset(get("QUOTE_FORMS") | set(particles) | get("SPEECH_FORMS"))
    values["SCANNED_WORDS"] = (
        values["CUE_FORMS"] | get("ACCORDING_WORDS") | get("THAT_VERB_FORMS") | set(values.get("APART_PARTICLE_FORMS", NO_MAP))
    )
    values.setdefault("SUBJECT_PRONOUNS", frozenset(values.get("PRONOUNS", NO_MAP)))
    values["STOP"] = (
        (get("NOT_SPEAKERS") - get("DETERMINERS") - get("PREPOSITIONS") - get("SUBJECT_PRONOUNS"))
        | get("MENTION_STOPS")
        | get("QUOTE_FORMS")
        | frozenset(values.get("AUXILIARIES", ()))
        | get("VERB_SECOND_AUXILIARIES")
    )
    values["PERSON_NOUNS"] = get("ROLE_NOUNS") | get("PEOPLE_HEADS")
    values["OFFICE_WORDS"] = get("ROLE_NOUNS") | get("TITLES")
    values["ADDRESS_WORDS"] = get("ADDRESS_TITLES") | get("COURTESY_TITLES")
    values["FORMS_OF_ADDRESS"] = values["ADDRESS_WORDS"] | frozenset(values.get("COURTESY_GENDER", NO_MAP))
    values["NOUN_HEADS"] = (
        get("PEOPLE_HEADS")
        | get("ROLE_NOUNS")
        | get("ANONYMOUS_HEADS")
        | get("GROUP_HEADS")
        | get("DOCUMENT_HEADS")
        | get("ORGANIZATION_HEADS")
        | (get("TITLES") - get("NOT_SPEAKERS") - get("TITLE_MODIFIERS"))
    )
    # "Times" and "Press" name newspapers and agencies ("The Times said")
    values["NOT_NAMES"] = get("CAPITALISED_NOT_NAMES") | get("CLAUSE_ADVERBS") | (get("TIME_WORDS") - get("ORGANIZATION_HEADS"))
    heads = get("COMPOUND_HEADS")
    if heads:
        # after at least three letters; longest first so that "sprecherin" wins over "sprecher"
        values["compound_pattern"] = OnFirstUse(
            r"(?<=\p{L}{3}) (?P<head> \L<heads> ) (?: es | s )? \Z", regex.VERBOSE, {"heads": sorted(heads, key=len, reverse=True)}
        )


class OnFirstUse:
    """A pattern compiled when first searched with: a process may build a
    language's record and read few of its documents, and only a document
    in that language reads with its compound pattern."""

    def __init__(self, source: str, flags: int, lists: dict[str, Any]) -> None:
        self.source, self.flags, self.lists = source, flags, lists
        self._pattern: regex.Pattern[str] | None = None

    def search(self, string: str) -> regex.Match[str] | None:
        if self._pattern is None:
            self._pattern = regex.compile(self.source, self.flags, **self.lists)
        return self._pattern.search(string)


@cache
def _compound_cache(lang: Language) -> dict[str, str | None]:
    return {}


def compound_head(lang: Language, low: str) -> str | None:
    """The known speaker noun the compound ``low`` ends with, by ``lang``'s
    compound pattern, or None: each record keeps up to 4096 answers."""
    if lang.compound_pattern is None:
        return None
    known = _compound_cache(lang)
    if low not in known:
        if len(known) > 4096:
            known.clear()
        m = lang.compound_pattern.search(low)
        known[low] = None if m is None else m.group("head")
    return known[low]
