"""Reported speech after a cue whose addressee and its setting stand
between the cue and "that": "told The Post and Courier of Charleston on
Saturday | that …" (English; the words are the pack's)."""

from __future__ import annotations

from typing import Final

from quotex.lang import current
from quotex.lang.en.clauses import FINITE_AUXILIARIES, SUBJECT_WORDS
from quotex.rules.base import on_first_use

#: Cues whose addressee may stand between them and "that": "told | the Gazette of Leeds on Saturday | that …".
ADDRESSEE_CUES: Final = frozenset({"tell", "write", "explain", "inform", "assure"})
#: Lowercase words that may open the addressee or setting after the cue's object: "told CNN | on Sunday that".
ADDRESSEE_OPENERS: Final = frozenset("and of on in at during to last this earlier".split())
#: How far the addressee and its setting may reach before "that", in characters.
ADDRESSEE_REACH: Final = 100
#: A word of an addressee and its setting: letters, digits, an abbreviation's period, "Yahoo!".
ADDRESSEE_WORD: Final = on_first_use(r"[\p{L}\p{N}][\p{L}\p{N}'\N{RIGHT SINGLE QUOTATION MARK}\-]*[.!]?")


def that_after_addressee(text: str, pos: int, end: int) -> int | None:
    """Where "that" opens the reported clause after an addressee and a setting
    that hold no punctuation, verb or pronoun subject ("told The Post and
    Courier of Charleston on Saturday | that …"), or None."""
    that = text.find(" that ", pos, min(end, pos + ADDRESSEE_REACH))
    if that < 0:
        return None
    words = text[pos:that].split()
    if not words or not all(ADDRESSEE_WORD.fullmatch(w) for w in words):
        return None
    if not (words[0][:1].isupper() or words[0] in ADDRESSEE_OPENERS):
        return None  # "told reporters | the plan that the mayor backed was dead": the clause's own subject
    last = words[-1].rstrip(".!")
    if not (last[:1].isupper() or last.lower() in current().TIME_WORDS):
        return None  # "told the story of a harbor strike | that the union had won": a relative clause after a noun
    lows = {w.lower().rstrip(".!") for w in words}
    if lows & FINITE_AUXILIARIES or lows & SUBJECT_WORDS:
        return None  # "told her the plan was off, and that": a clause of its own before "that"
    return that  # the space before "that", where a content's reading starts
