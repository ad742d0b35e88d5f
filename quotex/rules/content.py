"""What reported content is: the span of the words reported (no dateline, no
edge punctuation), the fewest words it holds, and the words that cannot open it.
Shared by every family of reported speech."""

from __future__ import annotations

from typing import Final

from quotex.rules.document import Attribution, Document, Found
from quotex.text import DATELINE, Span

#: The fewest words reported content holds.
MIN_CONTENT_WORDS: Final = 3

#: Words that cannot open reported content (besides the language's own ``CONTENT_BAD_START``).
CONTENT_BAD_START: Final = frozenset(
    """
    to in on of about for with at by from so nothing anything something goodbye hello yes no thanks
    sorry as and but or up during after before since despite into over through under against among
    between without within across toward towards around near like off
    """.split()
)

#: Closing double marks, after a comma set inside them ("“Daily News,”").
CLOSING_DOUBLE_MARKS: Final = frozenset('"\N{RIGHT DOUBLE QUOTATION MARK}\N{LEFT DOUBLE QUOTATION MARK}')


def phrase_comma(text: str, start: int, end: int) -> int:
    """The first comma in ``text[start:end]`` that ends a phrase, or -1: not a
    comma between digits, which groups a number's thousands ("about $51,000")."""
    comma = text.find(",", start, end)
    while 0 < comma < end - 1 and text[comma - 1].isdigit() and text[comma + 1].isdigit():
        comma = text.find(",", comma + 1, end)
    return comma


def strip_content(text: str, start: int, end: int) -> Span:
    if start == 0 or text[start - 1] == "\n":
        dateline = DATELINE.match(text, start, end)
        if dateline is not None:
            start = dateline.end()  # "NEW YORK (AP) — Investors were wary, said …"
    while start < end and text[start] in " \t\u00a0,":
        start += 1
    while end > start and text[end - 1] in " \t\u00a0.,;:!?":
        end -= 1
    return Span(start, end)


def stands_alone(doc: Document, content: Span) -> bool:
    """Is reported ``content`` long enough (:data:`MIN_CONTENT_WORDS`) and free
    of quotations, whose words the rules for quotations read?"""
    return len(doc.text[content.start : content.end].split()) >= MIN_CONTENT_WORDS and doc.unquoted(content) == [content]


def unquoted_reports(doc: Document, content: Span, paragraph: int, attribution: Attribution) -> list[Found]:
    """The words of reported ``content`` between its quotations, each piece
    of :data:`MIN_CONTENT_WORDS` or more as an indirect quote (quotes never
    overlap: the quotations themselves are partials)."""
    text, out = doc.text, []
    for piece in doc.unquoted(content):
        span = strip_content(text, piece.start, piece.end)
        if len(text[span.start : span.end].split()) >= MIN_CONTENT_WORDS:
            out.append(Found(span.start, span.end, "indirect", paragraph, attribution))
    return out
