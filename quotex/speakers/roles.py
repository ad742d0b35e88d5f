"""Roles as the text gives them, cleaned: :func:`clean_role`.

A mention's role is read off the words around the name ("West Bengal Chief
Minister", ", 47, a nurse at the county hospital,").  What is left around
it is no role: an age, a relative clause ("who had been staying in the
area"), a setting ("in an interview on Friday"), a clause with a verb
("issued a statement shortly after…"), an article, an honorific.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache, lru_cache
from itertools import islice
from typing import Final, NamedTuple

import regex

from quotex.lang import Language, current

#: Brackets inside a role ("(Lab, Westgate)"), a party after an office ("Bundeskanzlerin (CDU)"), commas.
BRACKETS: Final = regex.compile(r"\s*\([^()]*\)")
PARTY_AFTER: Final = regex.compile(r"[^(),]+ \([^()]{1,12}\)")
COMMA: Final = regex.compile(r",\s")
#: Runs of non-space characters found from the end backwards: the last few
#: words before a name, without reading its whole line first.
LAST_NONSPACE: Final = regex.compile(r"\S+", regex.REVERSE)
WORD: Final = regex.compile(r"[\p{L}\p{N}][\p{L}\p{M}\p{N}'\N{RIGHT SINGLE QUOTATION MARK}\-.]*")


def _alternatives(words: Iterable[str]) -> str:
    """An alternation of ``words``, longest first (a space in one: any white
    space); one that never matches when there are none."""
    ordered = sorted(words, key=lambda w: (-len(w), w))
    return " | ".join(regex.escape(w).replace("\\ ", r"\s") for w in ordered) or "(?!)"


class RolePatterns(NamedTuple):
    """The patterns of one language's roles, built from its pack's tables by :func:`patterns`."""

    #: A setting at the end of a role: ", in a statement", " on Friday".
    setting: regex.Pattern[str]
    #: An age: "47", "aged 47", "47-year-old".
    age: regex.Pattern[str]
    #: An office with its portfolio: "Minister for Agriculture", "Superintendent of Police".
    office_of: regex.Pattern[str]
    #: A role set off after a name: ", the police spokesperson in Enugu,", ", 39, a nurse at …".
    apposition: regex.Pattern[str]


@cache
def patterns(L: Language) -> RolePatterns:
    """The role patterns of ``L``, compiled on its first use and kept for the record."""
    age_prefix = _alternatives(L.AGE_PREFIXES)
    setting = rf"""
        ,? \s (?: {_alternatives(L.ROLE_SETTING_PREPOSITIONS)} ) \s (?: {_alternatives(L.ROLE_SETTING_DETERMINERS)} )? \s?
        (?: {_alternatives(L.ROLE_SETTING_NOUNS)} ) \b .* \Z
        """
    age = rf"(?: (?: {age_prefix} ) \s )? \d{{1,3}} (?: {_alternatives(L.AGE_SUFFIXES)} )?"
    office_of = rf"""
        (?<![\p{{L}}]) (?: \p{{Lu}}[\p{{L}}\-]{{1,30}} [\ \u00a0] ){{0,2}} (?P<office> \p{{Lu}}[\p{{L}}\-]{{1,30}} )
        [\ \u00a0] (?: {_alternatives(L.OFFICE_PREPOSITIONS)} ) [\ \u00a0]
        (?: (?: {_alternatives(L.OFFICE_ARTICLES)} ) [\ \u00a0] )?
        (?: \p{{Lu}}[\p{{L}}'\N{{RIGHT SINGLE QUOTATION MARK}}\-]{{1,30}} [\ \u00a0]? ){{1,3}}
        """
    apposition = rf"""
        , [\ \u00a0] (?: (?: (?: {age_prefix} ) \ )? \d{{1,3}} , [\ \u00a0] )?
        (?P<role> (?: [^,.;:()\n"\N{{LEFT DOUBLE QUOTATION MARK}}\N{{RIGHT DOUBLE QUOTATION MARK}}]
                    | (?<=\b(?: {_alternatives(L.ROLE_ABBREVIATIONS)} )) \. ){{2,100}} )
        (?: [,;] | \.(?!\S) | \Z | (?<=\.)(?=\s) )
        """
    return RolePatterns(
        setting=regex.compile(setting, regex.VERBOSE | regex.IGNORECASE),
        age=regex.compile(age, regex.VERBOSE | regex.IGNORECASE),
        office_of=regex.compile(office_of, regex.VERBOSE),
        apposition=regex.compile(apposition, regex.VERBOSE),
    )


def _finite_verb(L: Language, word: str, following: str | None) -> bool:
    """Does ``word`` open a clause ("issued a statement", "said")? A past form
    before an article or possessive is a verb; "retired in Cambridge" is not."""
    low = word.lower()
    if low in L.ROLE_END_VERBS or low in L.AUXILIARIES:
        return True
    return low.endswith(L.PAST_ENDINGS) and following is not None and following.lower() in L.VERB_OBJECT_OPENERS


def _clean_piece(L: Language, piece: str) -> str | None:
    piece = piece.strip(" \t,;:-\N{EN DASH}\N{EM DASH}")
    if not piece:
        return None
    if piece.count(")") != piece.count("("):
        return None  # the end of a bracket cut in two: "Westgate)"
    piece = BRACKETS.sub("", piece).strip()  # "(Lab, Westgate)", "(CDU)" kept apart below
    words = WORD.findall(piece)
    if not words:
        return None
    P = patterns(L)
    if P.age.fullmatch(piece):
        return None
    low = [w.lower().rstrip(".") for w in words]
    if low[0] in L.ROLE_CLAUSE_OPENERS or low[0] in L.ROLE_PREPOSITIONS:
        return None
    for i, w in enumerate(words):
        if i and not w[:1].isupper() and _finite_verb(L, w, words[i + 1] if i + 1 < len(words) else None):
            piece = piece[: piece.find(w)].strip()  # "chair issued a press statement"
            words = words[:i]
            low = low[:i]
            break
        if i and low[i] in L.ROLE_CLAUSE_OPENERS and not w[:1].isupper():
            piece = piece[: piece.find(w)].strip()  # "nurse who was there"
            words = words[:i]
            low = low[:i]
            break
    if _finite_verb(L, words[0], words[1] if len(words) > 1 else None) and not words[0][:1].isupper():
        return None
    piece = P.setting.sub("", piece).strip(" ,")
    while True:
        lowered = piece.lower()
        first_word = lowered.split(" ", 1)[0] if lowered else ""
        if first_word in L.ROLE_ARTICLES or first_word.rstrip(".") in L.ROLE_ADDRESS:
            piece = piece[len(first_word) :].strip()
            continue
        last = lowered.rsplit(" ", 1)[-1] if lowered else ""
        if " " in piece and last.rstrip(".") in L.ROLE_ADDRESS:
            piece = piece[: -len(last)].strip()
            continue
        break
    if not piece or piece.lower().rstrip(".") in L.ROLE_ADDRESS or P.age.fullmatch(piece):
        return None
    if all(w.lower() in L.ROLE_NAME_PARTICLES for w in piece.split()):
        return None  # "de la" of "de la Vega"
    return piece


def clean_role(role: str | None) -> str | None:
    """The role without what is no role; None when nothing is left.

    >>> clean_role("47")
    >>> clean_role("the harbour master")
    'harbour master'
    >>> clean_role("32, a nurse who works nights")
    'nurse'
    """
    return None if role is None else _clean_role(role, current())


@lru_cache(maxsize=4096)
def _clean_role(role: str, L: Language) -> str | None:
    """:func:`clean_role` with the tables of ``L`` (the cache keeps each language's apart)."""
    role = role.replace("\n", " ").strip()
    # a party in brackets after an office ("Bundeskanzlerin (CDU)"): kept as written
    if PARTY_AFTER.fullmatch(role):
        return role
    pieces = [p for p in (_clean_piece(L, p) for p in COMMA.split(role)) if p]
    if not pieces:
        return None
    return ", ".join(pieces)


#: A word of a title before a name: capitalised ("Chief Minister"), or lowercase.
TITLE_WORD: Final = regex.compile(r"[\p{L}][\p{L}\p{M}'\N{RIGHT SINGLE QUOTATION MARK}\-.&]*\Z")


def is_role_noun(word: str) -> bool:
    """Does ``word`` name what a person is or does ("coach", "Premier", "showrunner")?"""
    low = word.lower().rstrip(".")
    low = low[:-2] if low.endswith(("'s", "\N{RIGHT SINGLE QUOTATION MARK}s")) else low
    L = current()
    if low in L.ROLE_NOUNS or low in L.PEOPLE_HEADS or low in L.ANONYMOUS_HEADS:
        return low not in L.NOT_ROLE_PEOPLE
    if low in L.TITLES and low not in L.ADDRESS_TITLES and low not in L.NOT_ROLE_TITLES:
        return low not in L.ROLE_ARTICLES and low not in L.NOT_ROLE_COURTESY
    return len(low) >= 5 and low not in L.NOT_PERSON_NOUNS and low.endswith(L.PERSON_NOUN_ENDINGS) and low not in L.QUOTE_FORMS


def _modifier(L: Language, low: str) -> bool:
    """A lowercase noun or adjective that may go before a role noun ("ministry
    spokesman", "police spokesperson"): no function word, verb or adverb."""
    return (
        low.isalpha()
        and low not in L.TITLE_FUNCTION_WORDS
        and low not in L.ROLE_PREPOSITIONS
        and low not in L.ROLE_CLAUSE_OPENERS
        and low not in L.ROLE_END_VERBS
        and low not in L.AUXILIARIES
        and low not in L.QUOTE_FORMS
        and not low.endswith(L.PAST_ENDINGS)
        and not low.endswith(L.ADVERB_ENDINGS)
    )


def role_before(text: str, start: int) -> str | None:
    """The title written right before a name at ``start``: "Namibia coach",
    "Minister for Agriculture", "Water Services spokeswoman (Dr)";
    None when the word before the name names no role."""
    L = current()
    line_start = text.rfind("\n", max(0, start - 200), start) + 1 or max(0, start - 200)
    words = [m.span() for m in islice(LAST_NONSPACE.finditer(text, line_start, start), 8)][::-1]
    # from the name backwards: address titles, then the role noun, then its modifiers
    chosen: list[tuple[int, int]] = []
    seen_noun = False
    for s, e in reversed(words):
        w = text[s:e]
        low = w.lower().rstrip(".")
        sentence_end = w.endswith(".") and "." not in w[:-1] and len(w) > 4  # "hospital. Local councillor"
        if not TITLE_WORD.match(w) or w.endswith((",", ";", ":", ")")) or sentence_end:
            break
        if not chosen and low in L.ROLE_ADDRESS:
            continue  # "spokeswoman Dr Hine Parata"
        if not seen_noun:
            if not is_role_noun(w):
                office = patterns(L).office_of.search(text, max(line_start, s - 80), e)
                if w[:1].isupper() and office is not None and office.end() == e and is_role_noun(office.group("office")):
                    return clean_role(office.group())  # "Minister for Agriculture", "Leader of the Opposition"
                break
            seen_noun = True
            chosen.insert(0, (s, e))
            continue
        if low in L.ROLE_ARTICLES or low in L.ROLE_CLAUSE_OPENERS or low in L.QUOTE_FORMS or low in L.AUXILIARIES:
            break
        if low in L.OFFICE_PREPOSITIONS:
            # only inside an office: "Minister for Agriculture", not "bid for Harwick Rovers forward"
            left = [m.group() for m in islice(LAST_NONSPACE.finditer(text, max(line_start, s - 40), s), 1)]
            if not left or not left[0][:1].isupper() or not is_role_noun(left[0]):
                break
            chosen.insert(0, (s, e))
            continue
        if w[:1].isupper() or low in L.ROLE_MODIFIERS or is_role_noun(w) or low in L.OFFICE_ARTICLES and chosen or _modifier(L, low):
            if w.isupper() and len(w) > 3 and text[e : e + 2] in (" -", " \N{EN DASH}", " \N{EM DASH}"):
                break  # a dateline: "JOHANNESBURG - South Africa coach"
            chosen.insert(0, (s, e))
            continue
        break
    while chosen and (
        text[chosen[0][0] : chosen[0][1]].lower() in L.OFFICE_PREPOSITIONS or text[chosen[0][0] : chosen[0][1]].lower() in L.OFFICE_ARTICLES
    ):
        chosen = chosen[1:]
    if not chosen:
        return None
    return clean_role(text[chosen[0][0] : chosen[-1][1]])


def role_after(text: str, end: int) -> str | None:
    """A role in apposition after a name ending at ``end``: ", the police
    spokesperson in Enugu," / ", 39, a nurse at the county hospital."."""
    L = current()
    m = patterns(L).apposition.match(text, end, min(len(text), end + 130))
    if m is None:
        return None
    role = clean_role(m.group("role"))
    if role is None:
        return None
    words = WORD.findall(role)
    if len(words) == 1 and role.islower() and role.endswith(L.GERUND_ENDINGS):
        return role  # "Nikhil Sarin, defending, said": counsel's side in court
    # its head noun comes before any "of"/"for"/"in" phrase
    head: list[str] = []
    for w in words:
        if w.lower() in L.ROLE_PREPOSITIONS:
            break
        head.append(w)
    if not head or not is_role_noun(head[-1]):
        return None
    return role
