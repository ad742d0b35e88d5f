"""Quoted names told by the words around them, in a language that
capitalises every noun (``CAPITALISED_NOUNS``), where Title Case tells no
title.

:func:`named_around` answers for :func:`quotex.rules.titles.names_something`:
is a quotation a name because of where it stands, not what it holds?

- a web address: "according to “example.org”";
- a title or slogan after its noun and a colon (``TITLE_COLON_ENDINGS``): "(motto: “…”)";
- a company's name that ends in its legal form (``COMPANY_FORMS``): "“Northlight Energy AG”";
- a name with its short form in parentheses after it: "“League for Clean Rivers” (LCR)";
- what something calls itself (``SELF_NAMING_PRONOUNS``, ``SELF_NAMING_FORMS``):
  "calls itself “…”", "“…”, as the group calls itself";
- the source or addressee of a report (``SOURCE_PREPOSITIONS``,
  ``ADDRESSEE_PREPOSITIONS``, ``POSTPOSITIONS``): "according to “…”", "to the “…”";
- the organisation of a person (``MEMBER_PREPOSITIONS``): "the director of “…”";
- a name set off by an apposition that says what it is (``NAME_HEAD_ENDINGS``):
  "“…”, a tabloid";
- the subject right after a cue, which ends the clause: "…, writes the “Evening Echo”.".

Each reading is the pack's tables (:mod:`quotex.lang.de.quoted_names` holds one pack's):
a language without them reads none, and one that writes names in Title Case
reads them with :func:`~quotex.rules.document.is_title` instead.
"""

from __future__ import annotations

from typing import Final

import regex

from quotex.quotes import QuotedSpan
from quotex.rules.base import on_first_use
from quotex.rules.document import Document
from quotex.speakers import tokenize

#: Space within a line.
_SP: Final = r"[ \t\u00a0]"

# The patterns are compiled on first use: only a language with these tables reads them.

#: A web address as a name: "example.org", "news.example.co.uk" (a lowercase top-level domain).
WEB_ADDRESS: Final = on_first_use(
    r"""
    (?: www \. )? (?: [\p{L}\p{N}\-]{1,63} \. ){1,6} \p{Ll}{2,6}
    """,
    regex.VERBOSE,
)
#: A short form in parentheses right after the closing mark: "“…” (LCR)", two capitals at least.
SHORT_FORM_AFTER: Final = on_first_use(
    rf"""
    {_SP}{{0,3}} \( (?= (?: [\p{{N}}\-&]* \p{{Lu}} ){{2}} ) [\p{{Lu}}\p{{N}}\-&]{{2,10}} \p{{Ll}}{{0,2}} \)
    """,
    regex.VERBOSE,
)
#: A comma, a determiner, perhaps an adjective, then a capitalised noun: "“…”, | a big Tabloid".
APPOSITION_AFTER: Final = on_first_use(
    rf"""
    {_SP}{{0,3}} , {_SP}{{1,3}} (?P<det> \p{{Ll}}{{2,8}} ) {_SP}{{1,3}}
    (?: \p{{Ll}} [\p{{L}}\-]{{0,30}} {_SP}{{1,3}} )?
    (?P<noun> \p{{Lu}} [\p{{L}}\-]{{1,40}} ) \b
    """,
    regex.VERBOSE,
)
#: A colon and the noun before it, right before the opening mark: "(Motto: | “…”".
NOUN_COLON_BEFORE: Final = on_first_use(
    rf"""
    (?P<noun> \p{{L}}{{2,40}} ) {_SP}{{0,3}} : {_SP}{{0,3}} \Z
    """,
    regex.VERBOSE,
)
#: The words of a clause after a comma that follows the quotation, up to its next mark: "“…”, | as the group calls itself".
CLAUSE_AFTER: Final = on_first_use(
    rf"""
    {_SP}{{0,3}} , (?P<words> [^,.;:!?()\n\N{{DOUBLE LOW-9 QUOTATION MARK}}\N{{LEFT DOUBLE QUOTATION MARK}}]{{1,80}} )
    """,
    regex.VERBOSE,
)

#: The most words of a name these readings take.
NAME_MAX_WORDS: Final = 8
#: The most words of a source, an addressee or a subject named in marks.
SHORT_NAME_WORDS: Final = 4
#: The most words between the comma after a quotation and a self-naming verb.
SELF_NAMING_REACH: Final = 7
#: How far before a quotation its readings look, in characters.
LOOK_BEFORE: Final = 60


def named_around(doc: Document, q: QuotedSpan) -> bool:
    """Is the closed quotation ``q`` a name because of the words around it?"""
    lang = doc.lang
    if not lang.CAPITALISED_NOUNS or q.close is None:
        return False
    inner = doc.text[q.start : q.end].strip()
    words = inner.split()
    if not words or len(words) > NAME_MAX_WORDS:
        return False
    if len(words) == 1 and WEB_ADDRESS.fullmatch(inner):
        return True
    if _after_title_colon(doc, q):
        return True
    capitalised = words[0][:1].isupper() or words[0][:1].isdigit()
    if not capitalised or inner[-1:] in ".!?,;:":
        return False
    if len(words) > 1 and words[-1] in lang.COMPANY_FORMS:
        return True
    if SHORT_FORM_AFTER.match(doc.text, q.outer_end) is not None:
        return True
    return (
        _self_named(doc, q)
        or _apposition_names(doc, q)
        or (len(words) <= SHORT_NAME_WORDS and (_source_or_addressee(doc, q) or _member_of(doc, q) or _cue_subject(doc, q, words)))
    )


def names_a_source(doc: Document, q: QuotedSpan) -> bool:
    """Is the closed quotation ``q`` a name by the readings that hold inside
    reported speech too: a web address, or a few capitalised words in a
    source or addressee position ("according to “…”", "told the “…”")?  A quotation that stands there is who spoke or who was
    spoken to, never words said; the other readings may name something the
    report's words hold."""
    if not doc.lang.CAPITALISED_NOUNS or q.close is None:
        return False
    inner = doc.text[q.start : q.end].strip()
    words = inner.split()
    if len(words) == 1 and WEB_ADDRESS.fullmatch(inner):
        return True
    capitalised = bool(words) and (words[0][:1].isupper() or words[0][:1].isdigit())
    return capitalised and len(words) <= SHORT_NAME_WORDS and inner[-1:] not in ".!?,;:" and _source_or_addressee(doc, q)


def _before(doc: Document, q: QuotedSpan, n: int) -> list[str]:
    """The last ``n`` tokens before the opening mark, in its paragraph."""
    lo = max(doc.paras[q.paragraph].start, q.open - LOOK_BEFORE)
    return [t.text for t in tokenize(doc.text, lo, q.open)[-n:]]


def _after_title_colon(doc: Document, q: QuotedSpan) -> bool:
    """A title or slogan after its noun and a colon: "(motto: “…”)", "her first work: “…”"."""
    endings = doc.lang.TITLE_COLON_ENDINGS
    if not endings:
        return False
    lo = max(doc.paras[q.paragraph].start, q.open - LOOK_BEFORE)
    m = NOUN_COLON_BEFORE.search(doc.text, lo, q.open)
    return m is not None and m.group("noun")[:1].isupper() and m.group("noun").lower().endswith(endings)


def _self_named(doc: Document, q: QuotedSpan) -> bool:
    """What something calls itself: the pronoun and a naming verb just before
    the quotation or the verb just after it ("calls itself “…”"), or both in
    the clause after its comma ("“…”, as the group calls itself")."""
    lang = doc.lang
    pronouns, forms = lang.SELF_NAMING_PRONOUNS, lang.SELF_NAMING_FORMS
    if not pronouns:
        return False
    before = [w.lower() for w in _before(doc, q, 3)]
    if any(w in pronouns for w in before):
        next_words = [w.strip(",.;:").lower() for w in doc.text[q.outer_end : q.outer_end + 40].split()[:2]]
        if any(w in forms for w in before) or any(w in forms for w in next_words):
            return True
    m = CLAUSE_AFTER.match(doc.text, q.outer_end)
    if m is None:
        return False
    after = [w.lower() for w in m.group("words").split()][: SELF_NAMING_REACH + 1]
    first = next((i for i, w in enumerate(after) if w in pronouns), None)
    return first is not None and any(w in forms for w in after[first + 1 :])


def _source_or_addressee(doc: Document, q: QuotedSpan) -> bool:
    """The source or addressee of a report: a source preposition right
    before it, an addressee preposition and perhaps a dative article, or a
    dative article before it and a postposition after it."""
    lang = doc.lang
    before = [w.lower() for w in _before(doc, q, 2)]
    if before and (before[-1] in lang.SOURCE_PREPOSITIONS or before[-1] in lang.ADDRESSEE_PREPOSITIONS):
        return True
    if len(before) == 2 and before[-2] in lang.ADDRESSEE_PREPOSITIONS and before[-1] in lang.DATIVE_ARTICLES:
        return True
    after = doc.text[q.outer_end : q.outer_end + 20].split()[:1]
    return bool(after) and after[0].rstrip(",.;:") in lang.POSTPOSITIONS and bool(before) and before[-1] in lang.DATIVE_ARTICLES


def _member_of(doc: Document, q: QuotedSpan) -> bool:
    """The organisation of a person: a noun for a person or a name, a member
    preposition, perhaps a dative article, then the quotation ("the director of “…”")."""
    lang = doc.lang
    before = _before(doc, q, 4)
    low = [w.lower() for w in before]
    if len(low) >= 2 and low[-1] in lang.MEMBER_PREPOSITIONS:
        person = len(before) - 2
    elif len(low) >= 3 and low[-2] in lang.MEMBER_PREPOSITIONS and low[-1] in lang.DATIVE_ARTICLES:
        person = len(before) - 3
    else:
        return False
    return _person(doc, before, person)


def _person(doc: Document, words: list[str], k: int) -> bool:
    """Is ``words[k]`` a noun for a person (or a compound that ends in one),
    or a surname after a first name ("Lea Brandt": two capitalised words, no determiner)?"""
    lang = doc.lang
    low = words[k].lower()
    if low in lang.PERSON_NOUNS or lang.compound_head(low) in lang.PERSON_NOUNS:
        return True
    name_like = [w for w in words[max(0, k - 1) : k + 1] if w[:1].isupper() and w[1:2].islower()]
    return k >= 1 and len(name_like) == 2 and words[k - 1].lower() not in lang.DETERMINERS and low not in lang.NOT_NAMES


def _apposition_names(doc: Document, q: QuotedSpan) -> bool:
    """A name set off by an apposition that says what it is: "“…”, a tabloid" (a name head after a determiner)."""
    lang = doc.lang
    m = APPOSITION_AFTER.match(doc.text, q.outer_end)
    return m is not None and m.group("det") in lang.DETERMINERS and m.group("noun").lower().endswith(lang.NAME_HEAD_ENDINGS)


#: The marks after a subject that end its clause: "…, writes the “Evening Echo”. | ".
_CLAUSE_ENDS: Final = frozenset(".,;")


def _cue_subject(doc: Document, q: QuotedSpan, words: list[str]) -> bool:
    """The subject right after a cue, which ends the clause: "…, writes
    the “Evening Echo”."  A quotation is not both a speaker and words said."""
    lang = doc.lang
    before = _before(doc, q, 2)
    return (
        len(before) == 2
        and before[0] in lang.SPEECH_FORMS
        and before[1].lower() in lang.ARTICLES
        and doc.text[q.outer_end : q.outer_end + 1] in _CLAUSE_ENDS
        and all(w[:1].isupper() or w[:1].isdigit() for w in words)
    )
