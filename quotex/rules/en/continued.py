"""Quoted words that go on with their clause after a dash: 'Mr. Ito said the
park would honour its workers -- “the miners, the weavers and the porters.”'

A quotation after a comma that goes on in lower case is read by
:func:`quotex.rules.before.rule_partial_after_cue` as part of its clause; a
dash ("--", " - ", an em or en dash) does the same work in news prose: the
quoted words complete or restate what the clause before said, and take its
attribution.  A quotation that opens with a capital after a dash is a
sentence of its own ('he wrapped up -- “I will win!”'), left to the rules for
whole quotations.

A quotation that makes up its sentence but for an opening conjunction ('“…,”
he said. But “the plan is stronger now.”') goes on from the sentence before
like a whole quotation (:func:`after_opening_conjunction`).  Both are
English readings, asked through :class:`~quotex.rules.en.grammar.English`.
"""

from __future__ import annotations

from typing import Final

from quotex.quotes import QuotedSpan
from quotex.rules.base import compile_rule
from quotex.rules.document import Document

#: A dash right before the opening mark, after a word: "workers --", "friend -", "matter —".
DASH_BEFORE: Final = compile_rule(r"(?<= [\p{L}\p{N}.,)] ) ${sp}{0,3} (?: -- | ${sp} - | ${dash} ) ${sp}{0,3} \Z")


def goes_on_after_dash(doc: Document, q: QuotedSpan) -> bool:
    """Does the quotation open after a dash inside its sentence with a word in
    lower case: the rest of the clause before the dash, not a sentence of its own?"""
    text = doc.text
    sent = doc.sentence_at(q.open)
    if not text[q.start : q.start + 1].islower() or q.open - sent.start < 2:
        return False
    return DASH_BEFORE.search(text, max(sent.start, q.open - 8), q.open) is not None


#: Conjunctions that may open a sentence made of one quotation: "But “…”", "And “…”".
SENTENCE_CONJUNCTIONS: Final = frozenset("But And Yet Still Or So".split())


def after_opening_conjunction(doc: Document, q: QuotedSpan) -> bool:
    """Is the quotation a whole sentence but for the conjunction that opens it
    ('“…,” he said. But “the plan is stronger now.”'): the words before it in
    its sentence are one conjunction, and nothing but punctuation follows it?
    Then it goes on from the sentence before, as a whole quotation would."""
    if q.close is None:
        return False
    text = doc.text
    sent = doc.sentence_at(q.open)
    if text[sent.start : q.open].strip() not in SENTENCE_CONJUNCTIONS:
        return False
    return not text[q.outer_end : sent.end].strip(" \t\u00a0.,!?\n")
