"""Pairing quotation marks into quoted spans.

A single left-to-right scan over the marks of each paragraph, driven by the
opener/closer table in :mod:`quotex.marks`.  It never fails: an opener with no
closer either continues into the next paragraph (when that paragraph opens
with a mark, the news convention for multi-paragraph quotes) or ends at its
paragraph's end; a stray closer is ignored.  An opening mark alone at the end
of a paragraph (``Kirby told CNN: “`` ¶ ``We are ready.”``) opens the
quotation of the next paragraph.

Single quotation marks are paired only outside double quotations and only
where the closer cannot be an apostrophe (``don’t``, ``the ’90s``).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final

import regex

from quotex import marks
from quotex.text import Span, occurrences

#: Any mark, the two-character ones first.  In a run of three apostrophes the
#: last two are the double mark: ''I would call it 'old-fashioned,''' closes
#: the single quotation, then the double one.
MARK: Final = regex.compile(
    "|".join(regex.escape(m) + ("(?!')" if m == marks.TWO_APOSTROPHES else "") for m in sorted(marks.ALL_MARKS, key=lambda m: (-len(m), m)))
)

#: The characters :data:`MARK` matches at.
MARK_STARTS: Final = frozenset(m[0] for m in marks.ALL_MARKS)


def _marks(text: str, starts: list[int], para: Span) -> Iterator[regex.Match[str]]:
    """``MARK.finditer(text, para.start, para.end)``, tried only where one of
    :data:`MARK_STARTS` stands (``starts``, from :func:`~quotex.text.occurrences`):
    the engine scans a set of a dozen characters at some 200 instructions a
    character, and the marks are few."""
    end = para.start
    for at in starts[bisect.bisect_left(starts, para.start) : bisect.bisect_left(starts, para.end)]:
        if at >= end and (m := MARK.match(text, at, para.end)) is not None:
            end = m.end()  # the scan goes on after a match: the second mark of "''" starts none
            yield m


#: Characters after which a straight or single mark opens a quotation.
OPEN_CONTEXT: Final = frozenset(" \t([{/\N{EM DASH}\N{EN DASH}-:;,\u00a0") | frozenset(marks.DOUBLE_PAIRS)


#: Feet and inches, right before a double mark that is then the inch sign: "6’4”", "5'11\"".
INCHES: Final = regex.compile(r"(?<!\d)\d[\N{RIGHT SINGLE QUOTATION MARK}'\N{PRIME}]\d{1,2}\Z")


@dataclass
class QuotedSpan:
    """Text between a pair of marks, within one paragraph."""

    open: int  # offset of the opening mark
    close: int | None  # offset of the closing mark; None if it ran to the paragraph end
    start: int  # inner text start (after the mark and any space)
    end: int  # inner text end
    paragraph: int
    double: bool
    group: int  # spans of one multi-paragraph quotation share a group
    close_len: int = 1  # length of the closing mark ('' is two characters)

    @property
    def outer_end(self) -> int:
        """Offset just past the closing mark (or the inner end if unclosed)."""
        return self.end if self.close is None else self.close + self.close_len


def _inner(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and text[end - 1] == ",":
        end -= 1
    return Span(start, end)


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def find_quoted(text: str, paras: list[Span]) -> list[QuotedSpan]:
    """Every quoted span of the document, in order."""
    found: list[QuotedSpan] = []
    group = 0
    carry = False  # the previous paragraph ended inside a quotation
    single_carry = ""  # ... inside a single quotation, whose opener reopens this paragraph ("‘" or "'")
    dangling: tuple[int, str] | None = None  # an opening mark alone at the end of the previous paragraph
    mark_starts = occurrences(text, MARK_STARTS)
    for index, para in enumerate(paras):
        open_at: int | None = None
        opener = ""
        single_at: int | None = None
        single_opener = ""
        continued = False
        single_continued = False
        if dangling is not None and not text.startswith(tuple(marks.DOUBLE_PAIRS), para.start):
            open_at, opener = dangling  # “Kirby told CNN: “¶We are ready.”: the quotation opens here
        dangling = None
        for m in _marks(text, mark_starts, para):
            i = m.start()
            ch = m.group()
            prev = text[i - 1] if i > para.start else " "
            nxt = text[m.end()] if m.end() < para.end else " "
            is_double = ch in marks.DOUBLE_PAIRS or ch in marks.DOUBLE_CLOSERS
            if is_double:
                if open_at is not None:
                    closes = ch in marks.DOUBLE_PAIRS.get(opener, ()) or ch in marks.DOUBLE_CLOSERS
                    if ch == opener and ch not in marks.SYMMETRIC and not (nxt.isspace() or not _is_word(nxt)):
                        closes = False  # a second opener: the first one was stray
                    if closes and prev.isdigit() and INCHES.search(text, max(para.start, i - 6), i) is not None:
                        continue  # '“… my rival must be 6’4”,” she joked': the mark after feet and inches is no closer
                    if closes:
                        inner = _inner(text, open_at + len(opener), i)
                        if inner.end > inner.start:
                            g = group if continued else _next(group)
                            found.append(QuotedSpan(open_at, i, inner.start, inner.end, index, True, g, len(ch)))
                            group = found[-1].group
                        open_at = None
                        continued = False
                        continue
                    open_at, opener = i, ch  # restart at the later opener
                    continue
                if ch in marks.DOUBLE_PAIRS and ch not in (marks.RAQ,):
                    if ch in marks.SYMMETRIC and (nxt.isspace() or not (prev in OPEN_CONTEXT or i == para.start or not _is_word(prev))):
                        continue
                    if ch == marks.LDQ and _is_word(prev) and nxt.isspace():
                        continue  # “ used as a closer with nothing open
                    open_at, opener = i, ch
                    continued = carry and i == para.start
                    single_at = None
                elif ch in (marks.RDQ, marks.RAQ) and (prev.isspace() or i == para.start) and _is_word(nxt):
                    open_at, opener = i, ch  # ”Swedish” style, or »Danish«
                    continued = carry and i == para.start
                    single_at = None
                continue
            # single marks, only at top level
            if open_at is not None:
                continue
            if single_at is not None:
                if ch in marks.SINGLE_PAIRS.get(single_opener, ()) and not _is_word(nxt) and not prev.isspace():
                    inner = _inner(text, single_at + 1, i)
                    if inner.end > inner.start:
                        found.append(
                            QuotedSpan(single_at, i, inner.start, inner.end, index, False, group if single_continued else _next(group))
                        )
                        group = found[-1].group
                    single_at = None
                    single_continued = False
                continue
            if ch in marks.SINGLE_PAIRS and (prev in OPEN_CONTEXT or i == para.start) and _is_word(nxt):
                if ch != marks.STRAIGHT_SQ and text[i + 1 : i + 4].rstrip("s").isdigit():
                    continue  # ‘90s
                single_at, single_opener = i, ch
                single_continued = single_carry == ch and i == para.start
        carry = False
        single_carry = ""
        if single_at is not None and open_at is None and index + 1 < len(paras):
            # "said: ‘Nobody should wait. ¶ ‘We have raised it.’": a single quotation left open at the paragraph's
            # end goes on when the next paragraph reopens with the same mark before a word, as a double one does
            reopen = paras[index + 1].start
            if text.startswith(single_opener, reopen) and text[reopen + 1 : reopen + 2].isalpha():  # not "'90s"
                inner = _inner(text, single_at + 1, para.end)
                if inner.end > inner.start:
                    found.append(
                        QuotedSpan(single_at, None, inner.start, inner.end, index, False, group if single_continued else _next(group))
                    )
                    group = found[-1].group
                    single_carry = single_opener
        if open_at is not None:
            inner = _inner(text, max(open_at + len(opener), para.start), para.end)
            if inner.end <= inner.start:
                dangling = (open_at, opener)  # a mark alone at the paragraph end opens the next paragraph's quotation
                continue
            found.append(QuotedSpan(open_at, None, inner.start, inner.end, index, True, group if continued else _next(group)))
            group = found[-1].group
            nxt_para = paras[index + 1] if index + 1 < len(paras) else None
            carry = nxt_para is not None and text.startswith(tuple(marks.DOUBLE_PAIRS), nxt_para.start)
    return found


def _next(group: int) -> int:
    return group + 1
