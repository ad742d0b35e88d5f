"""Offices a role noun names: whether two role nouns stand for one office
("spokesman", "spokesperson", not "spokeswoman"), and whether a role given
in the text names the office of a description ("the chief minister" for
"Chief Minister Anup Banerjee").  The words are the language pack's
(``ROLE_FAMILIES``, ``GENDERED_ROLES``, ``SETTING_APART``)."""

from __future__ import annotations

from functools import lru_cache
from typing import Final

import regex

from quotex.lang import current
from quotex.speakers.tokens import possessive_stem

#: A word of a role or name.
WORD: Final = regex.compile(r"[\p{L}\p{N}][\p{L}\p{M}\p{N}'\N{RIGHT SINGLE QUOTATION MARK}\-]*")


@lru_cache(maxsize=4096)
def words(s: str) -> tuple[str, ...]:
    """The words of ``s`` in lower case (names and roles recur: read once)."""
    return tuple(w.lower() for w in WORD.findall(s))


def role_matches(head: str, role: str, description: str = "") -> bool:
    """Does ``role`` name the office of a description's head noun ("the spokesman",
    "the chief minister")?  Not when the description has a modifier the role lacks
    ("the former minister" is not the minister)."""
    held = words(role)
    apart = current().SETTING_APART
    if any(w in apart and w not in held for w in words(description)):
        return False
    return any(same_office(head, possessive_stem(w)) for w in held)


def same_office(a: str, b: str) -> bool:
    """Do two role nouns name one office for one person: "spokesman" and
    "spokesperson", not "spokesman" and "spokeswoman"?"""
    L = current()
    genders = {L.GENDERED_ROLES.get(a), L.GENDERED_ROLES.get(b)} - {None}
    return L.ROLE_FAMILIES.get(a, a) == L.ROLE_FAMILIES.get(b, b) and len(genders) < 2
