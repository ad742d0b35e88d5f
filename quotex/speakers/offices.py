"""Offices a role noun names: which role nouns stand for one office
("spokesman", "spokesperson"), which tell a gender ("spokeswoman"), and
whether a role given in the text names the office of a description ("the
chief minister" for "Chief Minister Anup Banerjee")."""

from __future__ import annotations

from functools import lru_cache
from typing import Final

import regex

from quotex.model import Gender
from quotex.speakers.tokens import possessive_stem

#: A word of a role or name.
WORD: Final = regex.compile(r"[\p{L}\p{N}][\p{L}\p{M}\p{N}'\N{RIGHT SINGLE QUOTATION MARK}\-]*")


@lru_cache(maxsize=4096)
def words(s: str) -> tuple[str, ...]:
    """The words of ``s`` in lower case (names and roles recur: read once)."""
    return tuple(w.lower() for w in WORD.findall(s))


#: Role nouns that tell a gender.
GENDERED_ROLES: Final[dict[str, Gender]] = {
    "spokeswoman": "female", "chairwoman": "female", "businesswoman": "female", "congresswoman": "female",
    "councilwoman": "female", "actress": "female", "waitress": "female", "headmistress": "female",
    "mother": "female", "wife": "female", "daughter": "female", "sister": "female", "grandmother": "female",
    "woman": "female", "girl": "female", "queen": "female", "princess": "female", "policewoman": "female",
    "spokesman": "male", "businessman": "male", "congressman": "male", "councilman": "male",
    "actor": "male", "headmaster": "male", "father": "male", "husband": "male", "son": "male",
    "brother": "male", "grandfather": "male", "man": "male", "boy": "male", "king": "male", "prince": "male",
    "policeman": "male", "fireman": "male",
}  # fmt: skip

#: Role nouns that name one office whatever the wording: "the spokesman" for "its spokesperson".
ROLE_FAMILIES: Final = {
    **dict.fromkeys(("spokesman", "spokeswoman", "spokesperson"), "spokesperson"),
    **dict.fromkeys(("chairman", "chairwoman", "chairperson", "chair"), "chair"),
    **dict.fromkeys(("defendant", "accused", "prisoner"), "defendant"),  # a court report's one accused
}


#: Modifiers that set a description's holder apart from the office's present holder: "the former minister".
SETTING_APART: Final = frozenset("former ex-minister ex deputy assistant acting vice shadow outgoing incoming".split())


def role_matches(head: str, role: str, description: str = "") -> bool:
    """Does ``role`` name the office of a description's head noun ("the spokesman",
    "the chief minister")?  Not when the description has a modifier the role lacks
    ("the former minister" is not the minister)."""
    held = words(role)
    if any(w in SETTING_APART and w not in held for w in words(description)):
        return False
    return any(same_office(head, possessive_stem(w)) for w in held)


def same_office(a: str, b: str) -> bool:
    """Do two role nouns name one office for one person: "spokesman" and
    "spokesperson", not "spokesman" and "spokeswoman"?"""
    genders = {GENDERED_ROLES.get(a), GENDERED_ROLES.get(b)} - {None}
    return ROLE_FAMILIES.get(a, a) == ROLE_FAMILIES.get(b, b) and len(genders) < 2
