"""The finds German's passes add, each built one way: the clause a speaker
reports through a cue (:func:`indirect`), a quotation of a speaker's words
(:func:`quotation`), and the pass that gives the quotations no rule
attributed a speaker of its reading (:func:`claim_quotations`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from quotex.quotes import QuotedSpan
from quotex.rules.base import Rule
from quotex.rules.de.clauses import unclaimed_quotations
from quotex.rules.document import Attribution, Document, Found, FoundIndex, embedded, merged
from quotex.speakers import Mention
from quotex.text import Span

__all__ = ["claim_quotations", "indirect", "quotation"]


def indirect(doc: Document, sent: Span, content: Span, mention: Mention, cue: Span | None, rule: Rule) -> Found:
    """An indirect quote: ``content``, in the paragraph of ``sent``, reported by ``mention`` through ``cue`` (rule ``rule``)."""
    return Found(content.start, content.end, "indirect", doc.paragraph_of(sent.start), Attribution(mention, cue, rule))


def quotation(doc: Document, q: QuotedSpan, att: Attribution) -> Found:
    """The quotation ``q`` attributed by ``att``: partial when a clause runs around it, else direct."""
    return Found(q.start, q.end, "partial" if embedded(doc, q) else "direct", q.paragraph, att)


def claim_quotations(
    doc: Document,
    found: list[Found],
    speaker: Callable[[Document, QuotedSpan], Mention | None],
    rule: Rule,
    guesses: frozenset[str] = frozenset(),
    kind: Literal["direct", "partial"] | None = None,
) -> list[Found]:
    """``found`` with each quotation no rule attributed (but the ``guesses``,
    which give way) attributed to the mention ``speaker`` reads for it, if
    any, by ``rule``: a quote of type ``kind``, or by :func:`quotation`'s."""
    index = FoundIndex(found)
    found = index.found
    added: list[Found] = []
    dropped: set[int] = set()
    for q, mine in unclaimed_quotations(doc, index, guesses):
        mention = speaker(doc, q)
        if mention is None:
            continue
        dropped |= {id(f) for f in mine}
        att = Attribution(mention, None, rule)
        added.append(quotation(doc, q, att) if kind is None else Found(q.start, q.end, kind, q.paragraph, att))
    return merged(found, added, dropped)
