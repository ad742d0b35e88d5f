"""Verbs that report only a "that" clause (:data:`~quotex.lang.en.acts.THAT_ONLY_LEMMAS`):
"the union charged that the vote was rigged" reports; "the club charged a
$50 fee" names a price.  An accusation with its charge ("prosecutors charged
the driver with theft") is left to the clause rules: corpora annotate it as
a report.  Asked by :func:`~quotex.rules.reported.speech.reported_speech`
for every English cue clause."""

from __future__ import annotations

from quotex.lang.en.acts import THAT_ONLY_LEMMAS


def wants_that(lemma: str | None, words: list[str]) -> bool:
    """Does the cue's verb (by its *lemma*) report only a clause opened by
    "that", and do its content's *words* open with another word and hold no
    charge ("with theft")?"""
    if lemma not in THAT_ONLY_LEMMAS or not words:
        return False
    return words[0].lower() != "that" and "with" not in (w.lower() for w in words)
