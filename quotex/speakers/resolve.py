""":class:`Resolver` maps "he" and "Kirby" to the fullest name of that
person in the document, and organisations to their full names.
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from functools import lru_cache
from typing import Final

import regex

from quotex import lexicon
from quotex.speakers.classify import name_run
from quotex.speakers.tables import DETERMINERS, NAME_PARTICLES, NOT_NAMES
from quotex.speakers.tokens import Mention, Tok, possessive_stem

#: Articles dropped from the front of an organisation's name.
ARTICLES: Final = frozenset({"the", "der", "die", "das"})


def _name_tokens(text: str, start: int, end: int) -> list[Tok]:
    """The tokens of a NAME match: its words, split at spaces (what
    :func:`tokenize` gives for a run of capitalised words and initials, cheaper)."""
    toks = []
    pos = start
    for word in text[start:end].split():
        pos = text.index(word, pos, end)
        toks.append(Tok(word, pos, pos + len(word)))
        pos += len(word)
    return toks


@lru_cache(maxsize=4096)
def _person_name(words: str) -> tuple[str, str | None] | None:
    """The full name a :attr:`Resolver.NAME` match gives ("Gov. Jerry Brown’s" ->
    "Jerry Brown") and the gender its first name tells, or None when the words
    are no person's name.  Read once per distinct match: names recur."""
    run = name_run(_name_tokens(words, 0, len(words)))
    if len(run) < 2 or any(
        t.low in lexicon.ORGANIZATION_HEADS or t.low in lexicon.PLACES or t.low in NOT_NAMES or t.low in DETERMINERS
        for t in run
        if t.cap  # not a particle: "Ursula von der Leyen"
    ):
        return None
    full = " ".join(possessive_stem(t.text) if t is run[-1] else t.text for t in run)
    full = full.removesuffix("\N{RIGHT SINGLE QUOTATION MARK}s").removesuffix("'s")
    first = run[0].low
    gender = "male" if first in lexicon.MALE_NAMES else "female" if first in lexicon.FEMALE_NAMES else None
    return full, gender


class Resolver:
    """Resolves mentions to the fullest name of their referent in one document."""

    NAME: Final = regex.compile(
        r"""
        (?<![\p{L}\p{N}])
        \p{Lu}[\p{Ll}\p{M}'\N{RIGHT SINGLE QUOTATION MARK}\-]{1,30}
        (?: [\ \u00a0]{1,2} (?: \L<particles> [\ \u00a0]{1,2} ){0,2}
            (?: \p{Lu}\. | \p{Lu}[\p{Ll}\p{M}'\N{RIGHT SINGLE QUOTATION MARK}\-]{1,30} ) ){1,3}
        """,
        regex.VERBOSE,
        particles=sorted(p for p in NAME_PARTICLES if p.isalpha()),
    )

    #: A capitalised name of one to four words, for organisations.
    ORG: Final = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}[\p{L}.&\-]{0,30}(?: \p{Lu}[\p{L}.&\-]{0,30}){1,3}")

    def __init__(self, text: str) -> None:
        self.text = text
        #: name occurrences: (start, full name tokens, gender)
        self.names: list[tuple[int, str, str | None]] = []
        self.by_token: dict[str, str] = {}
        self.genders: dict[str, str] = {}
        for m in self.NAME.finditer(text):
            person = _person_name(m.group())
            if person is None:
                continue
            full, gender = person
            before = text[max(0, m.start() - 5) : m.start()].lower()
            if gender is None and ("mr." in before):
                gender = "male"
            elif gender is None and ("mrs." in before or "ms." in before):
                gender = "female"
            self.names.append((m.start(), full, gender))
            if gender:
                self.genders.setdefault(full, gender)
            for key in (full.split()[-1].lower(), full.split()[0].lower()):
                known = self.by_token.get(key)
                if known is None or len(full) > len(known):
                    self.by_token[key] = full
        self._orgs: dict[str, str] | None = None

    @property
    def orgs(self) -> dict[str, str]:
        """Organisations by their head word ("post" -> "Washington Post"), read on first use."""
        if self._orgs is None:
            self._orgs = self._find_orgs()
        return self._orgs

    def _find_orgs(self) -> dict[str, str]:
        orgs: dict[str, str] = {}
        for m in self.ORG.finditer(self.text):
            words = m.group().split()
            while words and (words[0].lower() in ARTICLES or words[0].lower() in NOT_NAMES or words[0].lower() == "laut"):
                words = words[1:]  # "The Washington Post", "Laut Polizei"
            if not words:
                continue
            head = possessive_stem(words[-1].lower())
            if head in lexicon.ORGANIZATION_HEADS and len(words) > 1:
                full = " ".join(words)
                if len(full) > len(orgs.get(head, "")):
                    orgs[head] = full
        return orgs

    def full_name(self, name: str) -> str:
        """Fullest name in the document for a name or surname ("Kirby" -> "John Kirby")."""
        parts = name.split()
        if not parts:
            return name
        key = possessive_stem(parts[-1].lower()) if len(parts) == 1 else parts[-1].lower()
        full = self.by_token.get(key)
        if full and len(full) > len(name) and (len(parts) == 1 or full.endswith(parts[-1])):
            return full
        return name

    def gender(self, name: str) -> str | None:
        if name in self.genders:
            return self.genders[name]
        first = name.split()[0].lower() if name else ""
        return "male" if first in lexicon.MALE_NAMES else "female" if first in lexicon.FEMALE_NAMES else None

    def resolve(self, mention: Mention, previous: list[tuple[int, Mention]]) -> Mention:
        """Resolve one mention, given the speakers already found before it."""
        if mention.pronoun in {"he", "she"}:
            want = "male" if mention.pronoun == "he" else "female"
            for _, prev in reversed(previous[-6:]):
                if prev.kind == "person" and prev.pronoun is None and self.gender(prev.name) in (want, None) and mention.start - _ < 3000:
                    return replace(mention, name=prev.name, role=prev.role, gender=want)
            # names are in text order: look back from the mention, no further than 1500 characters
            for i in range(bisect.bisect_left(self.names, (mention.start,)) - 1, -1, -1):
                start, full, gender = self.names[i]
                if mention.start - start >= 1500:
                    break
                if gender in (want, None):
                    return replace(mention, name=self.full_name(full), gender=want)
            return mention
        if mention.pronoun in {"it", "they", "we"}:
            for _, prev in reversed(previous[-3:]):
                if prev.kind in ("organization", "group", "document") and prev.pronoun is None:
                    return replace(mention, name=prev.name, kind=prev.kind)
            return mention
        if mention.kind == "person" and mention.name != mention.text or mention.kind == "person" and mention.name[:1].isupper():
            full = self.full_name(mention.name)
            if full != mention.name:
                gender = mention.gender or self.gender(full)
                role = mention.role
                if role is None:
                    for _, prev in reversed(previous):
                        if prev.name == full and prev.role:
                            role = prev.role
                            break
                return replace(mention, name=full, gender=gender, role=role)
        if mention.kind == "organization" and mention.pronoun is None:
            # "the Post" -> "Washington Post"; names drop their article
            words = mention.name.split()
            if len(words) > 1 and words[0].lower() in ARTICLES and words[1][:1].isupper():
                words = words[1:]  # "The Washington Post" -> "Washington Post"; "the company" stays
            if not words[-1][:1].isupper():
                return mention
            full = self.orgs.get(possessive_stem(words[-1].lower()), "")
            name = full if len(full) > len(" ".join(words)) and full.endswith(words[-1]) else " ".join(words)
            return replace(mention, name=name)
        if mention.kind == "person" and mention.role is not None and not mention.name[:1].isupper():
            # "the spokesman": the latest person with that role
            head = mention.text.split()[-1].lower()
            for _, prev in reversed(previous):
                if prev.kind == "person" and prev.role and head in prev.role.lower() and prev.name[:1].isupper():
                    return replace(mention, name=prev.name, role=prev.role)
        return mention
