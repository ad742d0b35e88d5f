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
like a whole quotation (:func:`after_opening_conjunction`); so do quoted
words that end a short sentence with no cue right after a sentence that
closes a quotation ('“…,” she says. It's “a new kind of politics.”',
:func:`goes_on_quoting`).  All are English readings, asked through
:class:`~quotex.rules.en.grammar.English`.
"""

from __future__ import annotations

from typing import Final

from quotex.quotes import QuotedSpan
from quotex.rules.base import compile_rule
from quotex.rules.document import Document
from quotex.rules.words import cues_before

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


#: The most words a sentence may hold before quoted words that go on quoting
#: the sentence before: "It's", "That makes her", "Mr. Long".
LEAD_WORDS: Final = 3
#: The fewest words such quoted words hold (fewer are as often a scare quote).
GOING_ON_WORDS: Final = 4


def goes_on_quoting(doc: Document, q: QuotedSpan) -> bool:
    """Do quoted words that end their sentence after a short lead with no cue
    go on quoting the sentence before in the paragraph, which closes a
    quotation ('“It is reckless,” she says. It's “a new kind of reckless
    politics.”')?  Then they are read as a whole quotation (the speaker of
    the paragraph, :func:`quotex.rules.inheritance.inherit`)."""
    if q.close is None:
        return False
    text = doc.text
    sent = doc.sentence_at(q.open)
    lead = text[sent.start : q.open].split()
    if not lead or len(lead) > LEAD_WORDS or len(text[q.start : q.end].split()) < GOING_ON_WORDS:
        return False
    if text[q.outer_end : sent.end].strip(" \t\u00a0.,!?\n") or bool(cues_before(doc, sent.start, q.open)):
        return False
    para = doc.paras[q.paragraph]
    if sent.start <= para.start:
        return False
    before = doc.sentence_at(sent.start - 1)
    return doc.quote_opens_in(max(before.start, para.start), sent.start)
