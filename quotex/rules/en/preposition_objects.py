"""The object of a preposition before a coordinated cue is no speaker: in "he
offered a prayer for | the eventual nominee | but did not suggest …" and
"she distanced herself from | the bill | and moved to stress …" the cue
shares the subject of the verb before it, farther back.  A participle is
left alone: "with | rival candidates | and a newspaper suggesting …" names
its own subject.  Asked by
:func:`~quotex.rules.reported.cue_speaker.cue_speaker` for every English
cue's subject."""

from __future__ import annotations

from typing import Final

import regex

from quotex.lang import current
from quotex.speakers import Mention

#: Between the object and the cue: a coordinator that opens the second verb phrase.
_COORDINATED: Final = regex.compile(r",?\s+(?:but|and)\s")

#: The word right before the mention.
_LAST_WORD: Final = regex.compile(r"(\p{L}+)\s+$")

#: How far back the preposition is looked for.
_REACH: Final = 20


def preposition_object(text: str, mention: Mention, cue_start: int, cue_word: str) -> bool:
    """Does a preposition stand right before the *mention* and a coordinator
    right after it, before a finite cue (not a participle)?"""
    if cue_word.endswith("ing") or _COORDINATED.match(text, mention.end, cue_start) is None:
        return False
    last = _LAST_WORD.search(text, max(0, mention.start - _REACH), mention.start)
    return last is not None and last.group(1) in current().PREPOSITIONS
