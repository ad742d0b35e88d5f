""":class:`Resolver` maps "he" and "Kirby" to the fullest name of that
person in the document, and organisations to their full names.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import cache, lru_cache
from typing import Any, Final

import regex

from quotex.lang import Language, current
from quotex.model import Gender
from quotex.speakers.classify import name_run, organisation_word, word_occurrences
from quotex.speakers.roles import is_role_noun
from quotex.speakers.tokens import Mention, Tok, possessive_stem


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


def _after_of(text: str, start: int) -> bool:
    """Does a name at ``start`` follow an office and "of" or "for" ("Leader of (the) Opposition …")?"""
    before = text[max(0, start - 40) : start].split()
    if before and before[-1] == "the":
        before = before[:-1]
    return len(before) >= 2 and before[-1] in {"of", "for"} and before[-2][:1].isupper() and is_role_noun(before[-2])


def _title_only(words: str) -> bool:
    """Are ``words`` a title before a name and nothing else ("Millbrook Town boss",
    "Cr", "WINDHOEK - Namibia coach")?"""
    for w in words.split():
        low = w.lower().rstrip(".")
        if not (
            w[:1].isupper()
            or w in "-\N{EN DASH}\N{EM DASH}"
            or low in current().ROLE_MODIFIERS
            or low in {"of", "for", "the"}
            or is_role_noun(w)
        ):
            return False
    return True


def opens_clause(text: str, start: int, end: int) -> bool:
    """Is the name at ``start:end`` the subject that opens its clause: at the start
    of its sentence or after an opening phrase and a comma, with a lowercase word
    (its verb) or an apposition after it?"""
    if not _verb_after(text, end):
        return False
    before = text[max(0, start - 200) : start]
    cut = max(before.rfind(". "), before.rfind("\n"), before.rfind("? "), before.rfind("! "))
    opener = before[cut + 1 :].strip() if cut >= 0 else before.strip()
    last = opener.rsplit(" ", 1)[-1]
    if last.lower().rstrip(".") in current().ADDRESS_WORDS:
        opener = opener[: -len(last)].strip()  # "During her speech, Cr | Okonedo said"
    if opener.rsplit(" ", 1)[-1] in current().CLAUSE_CONJUNCTIONS:
        return True  # "…, but Pelham was generous"
    return not opener or opener.endswith(",") or _title_only(opener)


def _verb_after(text: str, end: int) -> bool:
    """Does an apposition or a lowercase word (its verb) follow a name ending at ``end``?"""
    after = text[end : end + 3]
    return after[:1] == "," or (after[:1] == " " and after[1:2].islower())


@lru_cache(maxsize=4096)
def _person_name(words: str, L: Language, after_of: bool = False) -> tuple[str, str | None] | None:
    """The full name a :attr:`Resolver.NAME` match gives ("Gov. Jerry Brown’s" ->
    "Jerry Brown") and the gender its first name tells, or None when the words
    are no person's name.  Read once per distinct match: names recur.  After
    "of" or "for", the first of three words names an office ("Minister for
    Agriculture Colm Dwyer")."""
    run = name_run(_name_tokens(words, 0, len(words)))
    if after_of and len(run) >= 3 and not run[-2].text.endswith("."):
        run = run[-2:]
    if (
        len(run) < 2
        or any(
            organisation_word(t.low)
            or t.low in L.PLACES
            or t.low in L.NOT_NAMES
            or t.low in L.DETERMINERS
            or t.text.isupper()
            and not t.text.endswith(".")  # "PRTV", not the initial "T."
            for t in run
            if t.cap  # not a particle: "Ursula von der Leyen"
        )
        or possessive_stem(run[-1].low) in L.PLACE_HEADS
        or possessive_stem(run[-1].low) in L.OFFICE_ENDINGS  # "Group Managing Director"; not "Mark Dean", "Karen Carpenter"
        or run[0].low in L.PLACE_OPENERS
    ):
        return None
    full = " ".join(possessive_stem(t.text) if t is run[-1] else t.text for t in run)
    full = full.removesuffix("\N{RIGHT SINGLE QUOTATION MARK}s").removesuffix("'s")
    first = run[0].low
    gender = "male" if first in L.MALE_NAMES else "female" if first in L.FEMALE_NAMES else None
    return full, gender


#: A capitalised word of a name; capitals inside it and after a hyphen or an
#: apostrophe stay in it: "Jean-Luc", "O'Donovan", "McIntyre", "AbdulKareem".
#: Its runs of lowercase letters are possessive (``{1,30}+``): what may follow
#: one is never a lowercase letter, so giving letters back could only fail
#: again, at every capitalised word of the text that starts no name.
NAME_WORD: Final = r"""
    (?: \p{Lu} [\p{Ll}\p{M}]{1,30}+ (?: \p{Lu} [\p{Ll}\p{M}]{1,30}+ ){0,2}
        (?: ['\N{RIGHT SINGLE QUOTATION MARK}\-] \p{Lu}? [\p{Ll}\p{M}]{1,30}+ ){0,2}
      | \p{Lu} ['\N{RIGHT SINGLE QUOTATION MARK}] \p{Lu} [\p{Ll}\p{M}]{1,30}+ )
"""


@cache
def name_pattern(lang: Language) -> Any:
    """A person's name of two to six words, with the language's name particles ("de", "van")."""
    return regex.compile(
        r"""
        (?<![\p{L}\p{N}\-'\N{RIGHT SINGLE QUOTATION MARK}])
        WORD
        (?: [\ \u00a0]{1,2} (?: \L<particles> [\ \u00a0]{1,2} ){0,2} (?: \p{Lu}\. | WORD ) ){1,5}
        """.replace("WORD", NAME_WORD),
        regex.VERBOSE,
        particles=sorted(p for p in lang.NAME_PARTICLES if p.isalpha()),
    )


@cache
def courtesy_pattern(lang: Language) -> Any:
    """A courtesy title of the language before a surname, with or without its
    period ("Mr Lau", "Ms. Lopez", "Frau Özdemir"); group ``title`` is the title."""
    titles = sorted((t.capitalize() for t in lang.COURTESY_GENDER), key=len, reverse=True)
    return regex.compile(
        r"""
        (?<![\p{L}]) (?P<title> \L<titles> ) \.? [\ \u00a0]{1,2}
        (?: (?: \p{Lu}\. | \p{Lu}[\p{Ll}\p{M}\-]{1,30} ) [\ \u00a0] ){0,3}
        (?P<surname> \p{Lu}[\p{L}\p{M}'\N{RIGHT SINGLE QUOTATION MARK}\-]{1,30} )
        """,
        regex.VERBOSE,
        titles=titles or ["(?!)"],
    )


def _courtesy_names(text: str, lang: Language) -> Iterator[regex.Match[str]]:
    """``courtesy_pattern(lang).finditer(text)``, the pattern tried only
    where a title starts (found with ``str.find``), not at every character."""
    pattern = courtesy_pattern(lang)
    starts = set()
    for title in lang.COURTESY_GENDER:
        title = title.capitalize()
        i = text.find(title)
        while i >= 0:
            starts.add(i)
            i = text.find(title, i + 1)
    end = 0
    for i in sorted(starts):
        if i >= end and (m := pattern.match(text, i)) is not None:
            end = m.end()
            yield m


class Resolver:
    """Resolves mentions to the fullest name of their referent in one document."""

    #: A capitalised name of one to four words, for organisations.
    #: A word that ends a sentence ("Montag.", "Monday.": three lowercase letters and a period) ends
    #: the name too; initials and short abbreviations ("U.S.", "St.") do not.
    #: The runs of a word are possessive: a space follows one, never a letter given back.
    ORG: Final = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}[\p{L}.&\-]{0,30}+(?:(?<!\p{Ll}{3}\.) \p{Lu}[\p{L}.&\-]{0,30}+){1,3}")

    def __init__(self, text: str, inside_quote: Callable[[int], bool] | None = None) -> None:
        self.text = text
        self.lang = current()
        self.inside_quote = inside_quote
        #: name occurrences: (start, full name tokens, gender)
        self.names: list[tuple[int, str, str | None]] = []
        #: name occurrences as (start, end, full name)
        self.spans: list[tuple[int, int, str]] = []
        self._occurrences: list[tuple[int, int, str]] | None = None
        self._org_matches: list[tuple[int, str]] | None = None
        self._subject: dict[int, bool] = {}
        self.by_token: dict[str, str] = {}
        self.genders: dict[str, str] = {}
        #: the gender a courtesy title tells, by lowercased surname
        self.courtesy: dict[str, Gender] = {}
        for m in _courtesy_names(text, self.lang):
            told = self.lang.COURTESY_GENDER[m.group("title").lower()]
            self.courtesy.setdefault(possessive_stem(m.group("surname").lower()), "male" if told == "male" else "female")
        for m in name_pattern(self.lang).finditer(text):
            person = _person_name(m.group(), self.lang, _after_of(text, m.start()))
            if person is None:
                continue
            full, gender = person
            surname = full.split()[-1].lower()
            gender = self.courtesy.get(surname, gender)
            self.names.append((m.start(), full, gender))
            if gender:
                self.genders.setdefault(full, gender)
            for key in (surname, full.split()[0].lower()):
                known = self.by_token.get(key)
                if known is None or len(full) > len(known):
                    self.by_token[key] = full
            self.spans.append((m.start(), m.end(), full))
        self._orgs: dict[str, str] | None = None

    @property
    def occurrences(self) -> list[tuple[int, int, str]]:
        """Every occurrence of a person's name, full or surname alone, in text
        order: (start, end, full name).  Read on first use."""
        if self._occurrences is None:
            found = list(self.spans)
            for surname, full in {full.split()[-1]: full for full in self.by_token.values() if " " in full}.items():
                found.extend((at, at + len(surname), full) for at in word_occurrences(self.text, surname))
            self._occurrences = sorted(set(found))
        return self._occurrences

    def is_subject(self, start: int, end: int) -> bool:
        """Does the name at ``start:end`` open its clause as its subject ("Strand
        likewise put …", "Union President Maeve Corrigan has …"), outside quotations?"""
        known = self._subject.get(start)
        if known is None:
            known = self._subject[start] = (self.inside_quote is None or not self.inside_quote(start)) and opens_clause(
                self.text, start, end
            )
        return known

    def subjects_in(self, lo: int, hi: int) -> list[tuple[int, str]]:
        """The subjects (start, full name) that start between ``lo`` and ``hi``, in text order."""
        occ = self.occurrences
        i = bisect.bisect_left(occ, (lo,))
        out: list[tuple[int, str]] = []
        while i < len(occ) and occ[i][0] < hi:
            start, end, full = occ[i]
            if self.is_subject(start, end) and (not out or out[-1] != (start, full)):
                out.append((start, full))
            i += 1
        return out

    @property
    def subjects(self) -> list[tuple[int, str]]:
        """Every subject (start, full name) in the text, in order."""
        return self.subjects_in(0, len(self.text))

    @property
    def orgs(self) -> dict[str, str]:
        """Organisations by their head word ("post" -> "Washington Post"), read on first use."""
        if self._orgs is None:
            self._orgs = self._find_orgs()
        return self._orgs

    @property
    def org_matches(self) -> list[tuple[int, str]]:
        """Where :data:`ORG` matches in the text and what, read once for the
        resolver and the entities' organisations."""
        if self._org_matches is None:
            self._org_matches = [(m.start(), m.group()) for m in self.ORG.finditer(self.text)]
        return self._org_matches

    def _find_orgs(self) -> dict[str, str]:
        L = self.lang
        orgs: dict[str, str] = {}
        for _, match in self.org_matches:
            words = match.split()
            while words and (
                words[0].lower() in L.ARTICLES or words[0].lower() in L.NOT_NAMES or words[0].lower() in L.SOURCE_PREPOSITIONS
            ):
                words = words[1:]  # "The Washington Post", a preposition that names a source
            if not words:
                continue
            head = possessive_stem(words[-1].lower())
            if head in L.ORGANIZATION_HEADS and len(words) > 1:
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
        L = self.lang
        if name in self.genders:
            return self.genders[name]
        first = name.split()[0].lower() if name else ""
        return "male" if first in L.MALE_NAMES else "female" if first in L.FEMALE_NAMES else None

    def resolve(self, mention: Mention, previous: list[tuple[int, Mention]]) -> Mention:
        """Resolve one mention, given the speakers already found before it."""
        L = self.lang
        if mention.pronoun in {"he", "she"}:
            want = "male" if mention.pronoun == "he" else "female"
            # the latest name that opened a clause as its subject, unless a speaker came after it
            subject = None
            occ = self.occurrences
            for i in range(bisect.bisect_left(occ, (mention.start,)) - 1, -1, -1):
                start, end, full = occ[i]
                if mention.start - start >= 1500:
                    break
                if self.gender(full) in (want, None) and self.is_subject(start, end):
                    subject = (start, full)
                    break
            for at, prev in reversed(previous[-6:]):
                if (
                    (prev.kind == "person" or prev.kind == "anonymous" and prev.gender == want)  # "A spokeswoman … She added"
                    and prev.pronoun is None
                    and (prev.gender or self.gender(prev.name)) in (want, None)
                    and mention.start - at < 3000
                ):
                    if subject is not None and subject[0] > at and subject[1] != prev.name:
                        return replace(mention, name=self.full_name(subject[1]), role=None, gender=want)
                    return replace(mention, name=prev.name, role=prev.role, gender=want)
            if subject is not None:
                return replace(mention, name=self.full_name(subject[1]), gender=want)
            # names are in text order: look back from the mention, no further than 1500 characters
            for i in range(bisect.bisect_left(self.names, (mention.start,)) - 1, -1, -1):
                start, full, gender = self.names[i]
                if mention.start - start >= 1500:
                    break
                if gender in (want, None):
                    return replace(mention, name=self.full_name(full), gender=want)
            return mention
        if mention.pronoun in {"it", "they", "we"}:
            # "it" stands for one organisation or document, "they" and "we" also for a group
            kinds = ("organization", "document") if mention.pronoun == "it" else ("organization", "group", "document")
            for _, prev in reversed(previous[-3:]):
                if prev.kind in kinds and prev.pronoun is None:
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
            if len(words) > 1 and words[0].lower() in L.ARTICLES and words[1][:1].isupper():
                words = words[1:]  # "The Washington Post" -> "Washington Post"; "the company" stays
            if not words[-1][:1].isupper():
                return mention
            full = self.orgs.get(possessive_stem(words[-1].lower()), "")
            name = full if len(full) > len(" ".join(words)) and full.endswith(words[-1]) else " ".join(words)
            return replace(mention, name=name)
        return mention  # descriptions ("the spokesman") are resolved with the document's entities
