"""Subheads in quotation marks: a paragraph that is nothing but a short
quotation set apart as a heading over the section below it, not speech.

A feature or a live blog breaks its text with lines taken from the section
that follows ("'A tough call.'", "“EVERY VOTE COUNTS”"); the words are said
further down, where the rules attribute them.  Two layouts give such a line
away:

- single marks in a document that quotes in double ones: its quotations
  are in “…” or ''…'', its subheads in '…';
- capitals only, as a heading is set.

Not the first paragraph: a headline quotes what its story reports someone
said ("'Every vote counts' – Ruiz").

A British paper quotes whole paragraphs in ‘…’: its quotations are mostly
single, and a paragraph in single marks stays speech there.
"""

from __future__ import annotations

from typing import Final

from quotex.quotes import QuotedSpan
from quotex.rules.document import Document, word_count

#: The most words a subhead holds: a heading is a line, not a paragraph of speech.
SUBHEAD_MAX_WORDS: Final = 8

#: What may follow the closing mark on a subhead's line.
SUBHEAD_TAIL: Final = " \t\u00a0.:"


def subhead(doc: Document, q: QuotedSpan) -> bool:
    """Is the quotation a subhead: alone in its paragraph, a short line, in
    single marks where the document quotes in double ones or in capitals only?"""
    if q.close is None or q.paragraph == 0 or doc.lang.CAPITALISED_NOUNS:
        return False  # a headline's quotation is speech (:func:`quotex.rules.inheritance.rule_headline_quote`)
    para = doc.paras[q.paragraph]
    text = doc.text
    if q.open != para.start or text[q.outer_end : para.end].strip(SUBHEAD_TAIL):
        return False
    inner = text[q.start : q.end]
    if word_count(inner) > SUBHEAD_MAX_WORDS:
        return False
    if not q.double:
        return _quotes_in_double(doc)
    letters = [c for c in inner if c.isalpha()]
    return len(letters) > 3 and word_count(inner) > 1 and all(c.isupper() for c in letters)


def _quotes_in_double(doc: Document) -> bool:
    """Does the document quote in double marks: more of its quotations are double than single?"""
    if doc.double_style is None:
        double = sum(1 for q in doc.quoted if q.double)
        doc.double_style = double > len(doc.quoted) - double
    return doc.double_style
