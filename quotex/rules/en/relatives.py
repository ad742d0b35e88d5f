"""A relative clause set off inside a report that has a speaker and a cue
of its own: "The board suggested four dates, | which it had said were
unacceptable", "praised the mayor for cutting fares - | moves that he said
paid off".  The report ends before the relative clause, and the sentence
reads on for the relative clause's own cue, whose subject speaks (English
only: the relative words are the pack's and :func:`extracted`'s)."""

from __future__ import annotations

from typing import Final

from quotex.rules.reported.trailing import extracted
from quotex.speakers import tokenize

#: Marks that set a relative clause off from the report before it.
SET_OFF_MARKS: Final = frozenset({",", "-", "--", "\N{EM DASH}", "\N{EN DASH}"})
#: The most words between the mark and the relative clause's subject: "- | moves that | he said".
MAX_HEAD_WORDS: Final = 3
#: How far back from the subject the mark may stand, in characters.
REACH: Final = 50


def set_off_relative(text: str, lo: int, subject_start: int) -> int | None:
    """The offset of the comma or dash that sets off a relative clause whose
    subject starts at ``subject_start`` ("…dates, | which it had said…"), or
    None when the subject is no relative clause's or the clause is not set off."""
    if not extracted(text, lo, subject_start):
        return None
    toks = tokenize(text, max(lo, subject_start - REACH), subject_start)
    for k in range(len(toks) - 1, max(-1, len(toks) - 2 - MAX_HEAD_WORDS), -1):
        if toks[k].text in SET_OFF_MARKS:
            return toks[k].start if k > 0 else None
        if toks[k].punct:
            return None
    return None
