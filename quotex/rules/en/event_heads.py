"""A subject headed by a noun of an event or an act (:data:`~quotex.lang.en.acts.EVENT_HEADS`)
is no speaker: "The contrast with the mayor, said two aides, was clear",
"her decision to run | drew criticism", "a look at the ledgers suggests
that …" name what happened or what was seen, not who spoke.  Asked by
:func:`~quotex.rules.reported.cue_speaker.cue_speaker` for every English
cue's subject."""

from __future__ import annotations

from typing import Final

import regex

from quotex.lang.en.acts import EVENT_HEADS
from quotex.speakers import Mention

#: Where a noun phrase's head ends: before a preposition or a "to" that opens its complement ("decision | to run").
_HEAD_END: Final = regex.compile(r"\s+(?:of|in|with|by|from|on|for|at|to|over|about)\s", regex.IGNORECASE)


def event_head(mention: Mention) -> bool:
    """Is the *mention*'s head (its last word before a preposition) a noun of
    an event or an act, written in lower case after the phrase's first word
    ("the prospect of a recount"; not "Decision Desk", a name)?"""
    text = mention.text
    cut = _HEAD_END.search(text)
    words = (text[: cut.start()] if cut is not None else text).split()
    if not words:
        return False
    head = words[-1].strip(",.;:\N{RIGHT SINGLE QUOTATION MARK}'")
    if len(words) > 1 and not head.islower():
        return False
    return head.lower() in EVENT_HEADS
