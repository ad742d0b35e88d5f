"""The gender of a speaker entity, only where the text gives evidence:
a pronoun that stands for it, a courtesy title, a gendered role.  A first
name alone is no evidence (it may only rule a pronoun out as someone
else's).  Asked by :mod:`quotex.speakers.entities` for each person and
anonymous source it assembles."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING, Any, cast

import regex

from quotex.lang import Language
from quotex.model import Gender
from quotex.speakers.offices import words as _words

if TYPE_CHECKING:
    from quotex.speakers.entities import Entity, _Facts


@cache
def _patterns(lang: Language) -> tuple[Any, Any, dict[str, Any], dict[str, Any]]:
    """The language's gendered pronouns as a whole word (any case); those that
    open a sentence, capitalised ("He", "Er"); and the guards they must pass
    inside a sentence and at its start."""
    pronouns = sorted(lang.GENDER_PRONOUNS, key=len, reverse=True)
    openers = sorted((p.capitalize() for p in lang.OPENING_PRONOUNS), key=len, reverse=True)
    anywhere = regex.compile(r"(?<![\p{L}\p{N}])(?i:\L<pronouns>)(?![\p{L}\p{N}])", pronouns=pronouns or ["(?!)"])
    opening = regex.compile(r"\s*(\L<openers>)\b", openers=openers) if openers else regex.compile(r"(?!)")
    guards = {word: regex.compile(guard, regex.VERBOSE) for word, guard in lang.PRONOUN_GUARDS.items()}
    opening_guards = {word: regex.compile(guard, regex.VERBOSE) for word, guard in lang.OPENING_GUARDS.items()}
    return anywhere, opening, guards, opening_guards


def gender_of(facts: _Facts, entity: Entity, roles: list[str]) -> Gender | None:
    """The entity's gender where the text gives evidence, and only one:
    a resolved "he" or "she" among its mentions, a courtesy title in its
    name ("Mr Lau"), a pronoun that follows it as the subject of a clause,
    or a gendered role ("spokeswoman"); None otherwise."""
    evidence: set[Gender] = set()
    for m in entity.mentions:
        if m.pronoun in ("he", "she"):
            evidence.add("male" if m.pronoun == "he" else "female")
    if entity.kind == "person" and entity.name[:1].isupper():
        for word in _words(entity.name):  # "Mr Lau" for Lau Wei Ming
            if word in facts.courtesy:
                evidence.add(facts.courtesy[word])
        if not evidence:  # a courtesy title or a resolved pronoun settles it; else read on
            named = [m.start for m in entity.mentions if m.pronoun is None and m.text[:1].isupper()]
            evidence |= _pronouns_after(facts, entity.name, named)
    gendered = facts.resolver.lang.GENDERED_ROLES
    for role in roles:
        for w in _words(role):
            told = gendered.get(w)
            if told is None and facts.resolver.lang.compound_pattern is not None:
                told = gendered.get(facts.resolver.lang.compound_head(w) or "")  # a role noun that ends a compound
            if told is not None:
                evidence.add(cast(Gender, told))
    return evidence.pop() if len(evidence) == 1 else None


def _pronouns_after(facts: _Facts, name: str, spoken: Sequence[int] = ()) -> set[Gender]:
    """Genders of the pronouns that follow the person as the subject of a clause,
    in the rest of its sentence and as the subject that opens the next one,
    before anyone else is named ("Gorman praised his players", "Delacroix said
    he hopes …")."""
    text = facts.text
    resolver = facts.resolver
    told = resolver.lang.GENDER_PRONOUNS
    anywhere, opening, guards, opening_guards = _patterns(resolver.lang)
    inside = resolver.inside_quote
    found: set[Gender] = set()
    # other people who open a clause, who may be the ones a pronoun stands for
    # a first name is no evidence, but may rule a pronoun out as someone else's
    hint = resolver.gender(name) if name.split()[0][:1].isupper() else None
    # where the person opens a clause, and where they speak ("said Bob Roe. He left.")
    mine = facts.occurrences_of(name)
    for start in sorted({*(at for at, end in mine if resolver.is_subject(at, end)), *spoken}):
        here = facts.sentence_at(start)
        stop = here.end
        nxt_stop = facts.sentence_at(stop + 1).end if stop + 1 < len(text) else len(text)
        limit = facts.next_other_name(start, name)  # someone else is named
        begin = here.start
        for m in anywhere.finditer(text, begin, min(stop, limit)):
            word = m.group().lower()
            gender = cast("Gender | None", told.get(word))
            guard = guards.get(word)
            if guard is not None and not guard.match(text, m.end()):
                gender = None  # "getting her to drive": an object, not a possessive (the guards are the pack's)
            if gender and any(
                (at < here.start or at > start) and other != name and resolver.gender(other) in (None, gender)
                for at, other in resolver.subjects_in(here.start - 300, m.start())
            ):
                gender = None  # "Bryony Faulk … admitted … Conor Batey said she had been …": hers, perhaps
            if gender and hint not in (None, gender):
                gender = None  # a first name is no evidence, but may rule a pronoun out as someone else's
            if gender and (inside is None or not inside(m.start())):
                found.add(gender)
        opener = opening.match(text, stop, nxt_stop)
        if opener and stop < limit and (inside is None or not inside(opener.start(1))):
            word = opener.group(1).lower()
            guard = opening_guards.get(word)
            if guard is None or guard.match(text, opener.end()):
                found.add(cast(Gender, told[word]))
    return found
