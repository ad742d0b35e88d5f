"""A clause in "when" read as what a cue reports: after most verbs of speech
it is the time of the saying ("the mayor conceded | when the count ended",
"told the board | when asked about it"), not its content.  It stays a report
when it asks about a time: after a verb of asking ("asked when the pier
closed"), or with a modal ("would not say when the vote would be"), and when
a main clause follows it ("said when she lived there, the rent was low").
Asked by :func:`~quotex.rules.reported.speech.reported_speech` for every
English cue clause."""

from __future__ import annotations

from typing import Final

from quotex.lang.en.acts import QUESTION_LEMMAS
from quotex.lang.en.clauses import MODALS

#: Words that open a clause of time.
TIME_OPENERS: Final = frozenset({"when", "whenever"})


def time_clause_only(lemma: str | None, words: list[str]) -> bool:
    """Are a cue's content *words* only a clause of time, the setting of the
    saying: opened by "when", with no modal and no comma before a main clause
    of their own, after a verb (by its *lemma*) that asks nothing?"""
    if not words or words[0].lower().strip(",") not in TIME_OPENERS or lemma in QUESTION_LEMMAS:
        return False
    if any(word.endswith(",") for word in words):
        return False  # "said when she lived there, | the rent was low": the main clause after it
    return not any(word.lower() in MODALS for word in words)
