"""English: what a cue that takes its addressee as object ("told", "warned",
"reminded") asks of that addressee: "told the crew | to close the pier".
The object is skipped before the clause is read
(:func:`quotex.rules.reported.settings.clause_start`), so the report opens
with "to"; asked by :func:`~quotex.rules.reported.speech.reported_speech`."""

from __future__ import annotations

from quotex.lang import current
from quotex.rules.clauses import PRONOUN_OBJECTS


def told_to(cue_word: str, cue_end: int, pos: int, words: list[str]) -> bool:
    """Is ``words`` (the report read from ``pos``, past the cue's object) an
    infinitive that tells the addressee what to do ("told them | to leave",
    "warned hikers | not to swim" is read elsewhere), not a phrase about
    the addressee ("told him | to his face", "told them | to the end")?"""
    L = current()
    if L.code != "en" or cue_word.lower() not in L.TAKES_OBJECT or pos <= cue_end:
        return False  # no addressee skipped: "said to reporters"
    if len(words) < 2 or words[0].lower() != "to":
        return False
    verb = words[1]
    return verb.islower() and verb.isalpha() and verb not in L.DETERMINERS and verb not in PRONOUN_OBJECTS
