"""A relative clause on the noun of a setting between a cue and "that":
"said in a film | that showed the new decks", "said in an interview | that
aired on Sunday | that the pier was safe".  The "that" the setting reader
stops at opens a relative clause when a verb follows it; the reported
clause starts at a later "that" with a subject of its own, or there is none.
English only: the auxiliaries and time words are the pack's."""

from __future__ import annotations

from typing import Final

import regex

from quotex.lang.en.clauses import FINITE_AUXILIARIES
from quotex.lang.en.speakers import PREPOSITIONS, TIME_WORDS

#: "that" and the word after it, after the space or comma that ends a setting.
THAT_NEXT: Final = regex.compile(
    r"[ \t\u00a0,]{0,4} \b (?P<that> that ) [ \t\u00a0]{1,3} (?P<next> [\p{L}'\N{RIGHT SINGLE QUOTATION MARK}]{1,30} )", regex.VERBOSE
)
#: Prepositions that open a setting before a relative "that"; not "to", which opens an infinitive as often
#: ("warned the board | to avoid steps | that would …": what was urged).
SETTING_PREPOSITIONS: Final = PREPOSITIONS - {"to"}
#: How far after the relative "that" a second "that" may open the reported clause, in characters.
REACH: Final = 90
#: The fewest letters of a past form read as a verb after "that" ("aired", "showed").
MIN_PAST_LETTERS: Final = 5


def _verb(word: str) -> bool:
    """Is ``word`` after "that" a finite verb: an auxiliary or a past form ("that | aired")?"""
    low = word.lower()
    return low in FINITE_AUXILIARIES or low.endswith("ed") and len(low) >= MIN_PAST_LETTERS and word.islower()


def relative_after_setting(text: str, pos: int, start: int, end: int) -> int:
    """Where the reported clause starts when the prepositional setting from
    ``pos`` to ``start`` ends in a noun with a relative "that" on it ("said |
    in a film | that showed …"): at a later "that" that opens a clause, else
    at ``end`` (nothing is reported); ``start`` when "that" opens the
    reported clause itself, or the words before it are an object ("called
    for a law | that would …": what was called for)."""
    setting = text[pos:start].split(None, 1)
    if not setting or setting[0].lower() not in SETTING_PREPOSITIONS:
        return start
    first = THAT_NEXT.match(text, start, end)
    if first is None or not _verb(first.group("next")):
        return start
    before = text[max(0, start - 30) : start].split()
    if not before or not before[-1].islower() or before[-1].strip(",") in TIME_WORDS:
        return start  # "said Monday that was a mistake": a demonstrative subject after a time
    for later in THAT_NEXT.finditer(text, first.end(), min(end, first.end() + REACH)):
        if not _verb(later.group("next")):
            return int(later.start())  # "in an interview that aired on Sunday | that the pier was safe"
    return end
