"""English: what a cue that takes its addressee as object ("told", "warned",
"reminded") asks of that addressee: "told the crew | to close the pier".
The object is skipped before the clause is read
(:func:`quotex.rules.reported.settings.clause_start`), so the report opens
with "to"; asked by :func:`~quotex.rules.reported.speech.reported_speech`."""

from __future__ import annotations

from typing import Final

from quotex.lang import current
from quotex.rules.base import compile_rule
from quotex.rules.clauses import PRONOUN_OBJECTS
from quotex.rules.content import phrase_comma

#: An aside set off by commas between the addressee and its infinitive: "told Ana Ruiz|, the harbor master, |to
#: close …", "urging him|, in public and in private, |to step aside"; bounded, with no clause punctuation inside.
ASIDE_BEFORE_INFINITIVE: Final = compile_rule(
    r"""
    ${sp}{0,3} , ${sp}{1,3} [^,;:.!?()\n\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}"]{2,80} ,
    (?= ${sp}{1,3} (?: not ${sp}{1,3} )? to ${sp}{1,3} \p{Ll}{2,30} \b )
    """
)


#: A short phrase in "to" set off by a comma after the addressee and closed by
#: a comma or a colon: "told the crew|, to wild applause,| …" (a setting; an
#: infinitive follows its addressee with no comma: "told the crew to sail").
SET_OFF_TO_PHRASE: Final = compile_rule(
    r"${sp}{0,3} , ${sp}{1,3} to (?: ${sp}{1,3} [\p{L}\N{RIGHT SINGLE QUOTATION MARK}'\-]{1,30} ){1,3} ${sp}{0,3} [,:]"
)


def told_to(text: str, cue_word: str, cue_end: int, pos: int, words: list[str]) -> bool:
    """Is ``words`` (the report read from ``pos``, past the cue's object) an
    infinitive that tells the addressee what to do ("told them | to leave",
    "warned hikers | not to swim" is read elsewhere), not a phrase about
    the addressee ("told him | to his face", "told them | to the end") nor
    a setting set off by commas ("told them|, to loud cheers:")?"""
    L = current()
    if cue_word.lower() not in L.TAKES_OBJECT or pos <= cue_end:
        return False  # no addressee skipped: "said to reporters"
    if len(words) < 2 or words[0].lower() != "to":
        return False
    if SET_OFF_TO_PHRASE.match(text, pos) is not None:
        return False
    verb = words[1]
    return verb.islower() and verb.isalpha() and verb not in L.DETERMINERS and verb not in PRONOUN_OBJECTS


def past_aside(text: str, pos: int, end: int) -> int:
    """Where the infinitive starts after an aside that follows a cue's
    addressee, at the space before it ("told Ana Ruiz, the harbor master,| to close the pier"),
    or ``pos`` when no such aside follows."""
    if text[pos : pos + 4].lstrip()[:1] != ",":
        return pos  # most addressees: no comma after them
    m = ASIDE_BEFORE_INFINITIVE.match(text, pos, end)
    return pos if m is None else int(m.end())


def comma_past_aside(text: str, comma: int, end: int) -> int:
    """The comma that ends the object of "asked", "urged" and kin when the
    first one only opens an aside on the addressee ("asked Kim|, who is third
    in the count, to sketch his route|, …"): the one after the infinitive;
    else ``comma`` itself."""
    if comma < 0 or (m := ASIDE_BEFORE_INFINITIVE.match(text, comma, end)) is None:
        return comma
    return phrase_comma(text, m.end() + 1, end)
