"""Spans of the original text: paragraphs, sentences and word tokens.

Nothing here rewrites the text; every function returns offsets into the
string it was given.
"""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from typing import Final, NamedTuple

import regex

from quotex import marks
from quotex.lang import Language, current
from quotex.lazy import on_first_use


class Span(NamedTuple):
    start: int
    end: int


#: A paragraph is a run of text between line breaks (any of \n, \r\n, \r,
#: and the Unicode line and paragraph separators).
PARAGRAPH: Final = on_first_use(r"[^\n\r\u2028\u2029]+")

_QUOTE_CLOSERS: Final = "".join(sorted(marks.DOUBLE_CLOSERS | marks.SINGLE_CLOSERS))

#: A candidate sentence end: terminal punctuation, optional closing marks
#: and brackets, then space.  Bounded quantifiers only.  It starts at the
#: stop itself, so it is tried only where a stop is (:func:`sentence_ends`).
SENTENCE_END: Final = regex.compile(
    r"""
    (?P<stop> [.!?]{1,3} )
    ["""
    + regex.escape(_QUOTE_CLOSERS)
    + r""")\]]{0,3}
    (?= \s{1,10} (?: [\p{Lu}\p{N}"'\N{LEFT DOUBLE QUOTATION MARK}\N{LEFT SINGLE QUOTATION MARK}\N{DOUBLE LOW-9 QUOTATION MARK}«»(\[] ) )
    """,
    regex.VERBOSE,
)

#: The word before a stop, to tell "Gov." and "U.S." from a sentence end.
#: Searched right to left, from the stop: a left-to-right search tries each
#: of the 20 characters before it as a start in turn (27k instructions a stop).
WORD_BEFORE: Final = regex.compile(r"[\p{L}\p{N}.\-]{1,20}\Z", regex.REVERSE)

#: The word after a stop (a month after an ordinal, in a language that writes one, "3. X").
NEXT_WORD: Final = regex.compile(r"\s{1,3}(\p{L}{1,12})")
#: A Roman numeral of two letters or more, as a ruler's ordinal: "XIV", "II".
ROMAN_NUMERAL: Final = regex.compile(r"(?= [IVXLC]{2} ) L? X{0,3} (?: IX | IV | V? I{0,3} )", regex.VERBOSE)
#: A parenthesis or a double quotation mark opening after a stop: "Pope Gregory XII. | “…”".
NEXT_OPENER: Final = on_first_use(
    r"""
    \s{1,3} [(\N{QUOTATION MARK}\N{LEFT DOUBLE QUOTATION MARK}
              \N{DOUBLE LOW-9 QUOTATION MARK}\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}]
    """,
    regex.VERBOSE,
)
#: A quotation opening after a stop: "…a nurse from Salem, Ore. “We asked…”" starts a sentence.
NEXT_QUOTATION: Final = regex.compile(r"\s{1,3}(?:[\N{QUOTATION MARK}\N{LEFT DOUBLE QUOTATION MARK}]|'')\p{Lu}")
#: A word as people count them (``--min-words``): a run of letters and digits,
#: "U.S.-led" and "Russia’s" one word each.
WORD: Final = on_first_use(r"[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*")
#: A token as the evaluation counts them (``\w+``: "Russia’s" is two), fixed
#: with the scores it gives.
TOKEN: Final = on_first_use(r"\w+")

#: The longest sentence, in characters.  A longer stretch with no sentence end
#: (a list, a transcript, hostile input) is cut at a space, so that the work
#: done per cue or quotation, which reads its sentence, stays bounded and a
#: document takes time linear in its length.  News sentences are far shorter
#: (the longest of the PolNeAR articles has 979 characters).
MAX_SENTENCE: Final = 1000


#: Characters a terminal acts on instead of showing: C0 controls, DEL, C1 controls.
CONTROL: Final = on_first_use(r"[\x00-\x1f\x7f-\x9f]")


def printable(text: str, keep: str = "\n\t") -> str:
    r"""``text`` safe to show on a terminal, one character for one (offsets hold).

    An article can hold escape sequences that would recolour, retitle or
    clear the reader's terminal: control characters other than ``keep``
    become their Unicode control pictures (ESC -> ␛), C1 controls U+FFFD.

    >>> printable("a\x1b[2Jb\tc\x85")
    'a␛[2Jb\tc\ufffd'
    """
    if CONTROL.search(text) is None:
        return text
    return CONTROL.sub(lambda m: m.group() if m.group() in keep else _picture(m.group()), text)


def _picture(ch: str) -> str:
    code = ord(ch)
    if code < 0x20:
        return chr(0x2400 + code)
    return "\u2421" if code == 0x7F else "\ufffd"


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """The spans of :data:`PARAGRAPH` in ``text``: where "\n" is the only
    line break, read with ``str.split`` instead of the regex module's scan
    (40M instructions a pass over the PolNeAR dev texts)."""
    if "\r" in text or "\u2028" in text or "\u2029" in text:
        yield from (m.span() for m in PARAGRAPH.finditer(text))
        return
    start = 0
    for line in text.split("\n"):
        if line:
            yield start, start + len(line)
        start += len(line) + 1


def occurrences(text: str, strings: AbstractSet[str]) -> list[int]:
    """Where each of ``strings`` occurs in ``text``, also inside a longer
    word, in text order (each offset once): ``str.find`` at C speed, where a
    scan with a pattern of a few literal strings costs the regex engine some
    200 instructions a character."""
    starts: set[int] = set()
    for string in strings:
        i = text.find(string)
        while i >= 0:
            starts.add(i)
            i = text.find(string, i + 1)
    return sorted(starts)


def paragraphs(text: str) -> list[Span]:
    """The non-blank lines of ``text``, as spans without surrounding space."""
    spans = []
    for start, end in _lines(text):
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            spans.append(Span(start, end))
    return spans


def sentence_ends(text: str, start: int, end: int) -> Iterator[regex.Match[str]]:
    """``SENTENCE_END.finditer(text, start, end)``, the pattern tried only
    where a stop is (found with ``str.find``): the regex module scans for a
    set of characters such as ``[.!?]`` at some 70 instructions an offset."""
    stops = []
    for stop in ".!?":
        i = text.find(stop, start, end)
        while i >= 0:
            stops.append(i)
            i = text.find(stop, i + 1, end)
    stops.sort()
    after = start
    for i in stops:
        if i >= after and (m := SENTENCE_END.match(text, i, end)) is not None:
            after = m.end()  # the scan goes on after a match: "?!" ends one sentence
            yield m


def matches_at(pattern: regex.Pattern[str], text: str, starts: list[int] | None, lo: int, hi: int) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(text, lo, hi)`` for a pattern whose matches can
    start only at ``starts`` (in text order, those of a word the pattern
    opens with: :meth:`~quotex.rules.document.Document.word_starts`), tried
    there alone: a scan tries the pattern at every character; None scans."""
    if starts is None:
        yield from pattern.finditer(text, lo, hi)
        return
    after = lo
    for at in starts:
        if at >= after and (m := pattern.match(text, at, hi)) is not None:
            after = m.end()  # as the scan does, the next match starts after this one
            yield m


def sentences(text: str, para: Span, lang: Language | None = None) -> list[Span]:
    """Sentences of one paragraph, as spans (each without trailing space),
    with the abbreviations of ``lang`` (the current language by default)."""
    L = lang or current()
    spans: list[Span] = []
    start = para.start
    for m in sentence_ends(text, para.start, para.end):
        if m.group("stop") == ".":
            before = WORD_BEFORE.search(text, max(para.start, m.start() - 20), m.start())
            word = before.group().lower().rstrip(".") if before else ""
            if word in L.ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                after = NEXT_WORD.match(text, m.end(), para.end) if word in L.FINAL_ABBREVIATIONS else None
                opens = word in L.FINAL_ABBREVIATIONS and NEXT_QUOTATION.match(text, m.end(), para.end) is not None
                if (after is None or after.group(1) not in L.SENTENCE_STARTERS) and not opens:
                    continue  # "Gov. Brown", "U.S. officials"; but "…a new plant in the U.S. She adds…" ends
            after = NEXT_WORD.match(text, m.end(), para.end) if word.isdigit() else None
            if after is not None and after.group(1).lower() in L.ORDINAL_MONTHS:
                continue  # an ordinal date: a day, a period and a month
            if (
                L.ROMAN_ORDINAL_STOPS
                and before is not None
                and ROMAN_NUMERAL.fullmatch(before.group())
                and NEXT_OPENER.match(text, m.end(), para.end)
            ):
                continue  # "praised Pope Gregory XII. “…”": a ruler's ordinal (where written with a stop), the sentence goes on
        end = m.end()
        if end > start:
            _append_cut(text, spans, start, end)
        start = end
        while start < para.end and text[start].isspace():
            start += 1
    if start < para.end:
        _append_cut(text, spans, start, para.end)
    return spans


def _append_cut(text: str, spans: list[Span], start: int, end: int) -> None:
    """Append ``text[start:end]`` as sentences of at most :data:`MAX_SENTENCE` characters."""
    while end - start > MAX_SENTENCE:
        cut = max(
            text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE),
            text.rfind("\t", start + MAX_SENTENCE // 2, start + MAX_SENTENCE),
        )
        if cut < 0:
            cut = start + MAX_SENTENCE
        stop = cut
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        spans.append(Span(start, stop))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        spans.append(Span(start, end))


#: A dateline that opens a wire story's first paragraph: "KOLKATA, Nov 18
#: (PTI) - ", "NEW YORK (AP) — ", "SINGAPORE: ", "Bloemfontein - ".  Its place, date
#: and agency are no part of the reported words after it.
DATELINE: Final = regex.compile(
    r"""
    (?: \p{Lu}[\p{Lu}\p{M}.'\-]{1,30} (?: [\ ] \p{Lu}[\p{Lu}\p{M}.'\-]{1,30} ){0,3}          # KOLKATA, NEW YORK
        (?: , [\ ] [\p{L}\p{N}.\ ]{1,25}? )?                                                    # , Nov 18
        (?: [\ ] \( [^()\n]{1,25} \) )?                                                         # (PTI)
        [\ ]? (?: -{1,2} | \N{EN DASH} | \N{EM DASH} | \N{HORIZONTAL BAR} | : ) [\ ]
      | \p{Lu}\p{Ll}{1,20} (?: [\ ] \p{Lu}\p{Ll}{1,20} ){0,2}                                  # Bloemfontein
        (?: [\ ] \( [^()\n]{1,25} \) )?
        [\ ] (?: -{1,2} | \N{EN DASH} | \N{EM DASH} ) [\ ] )
    """,
    regex.VERBOSE,
)
