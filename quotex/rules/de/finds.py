"""The finds German's passes add, each built one way: the clause a speaker
reports through a cue (:func:`indirect`), and a quotation of a speaker's
words (:func:`quotation`)."""

from __future__ import annotations

from quotex.quotes import QuotedSpan
from quotex.rules.base import Rule
from quotex.rules.document import Attribution, Document, Found, embedded
from quotex.speakers import Mention
from quotex.text import Span

__all__ = ["indirect", "quotation"]


def indirect(doc: Document, sent: Span, content: Span, mention: Mention, cue: Span | None, rule: Rule) -> Found:
    """An indirect quote: ``content``, in the paragraph of ``sent``, reported by ``mention`` through ``cue`` (rule ``rule``)."""
    return Found(content.start, content.end, "indirect", doc.paragraph_of(sent.start), Attribution(mention, cue, rule))


def quotation(doc: Document, q: QuotedSpan, att: Attribution) -> Found:
    """The quotation ``q`` attributed by ``att``: partial when a clause runs around it, else direct."""
    return Found(q.start, q.end, "partial" if embedded(doc, q) else "direct", q.paragraph, att)
