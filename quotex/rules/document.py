"""The per-document analysis state: a :class:`Document` (paragraphs,
sentences, quoted spans, the cue index), the :class:`Attribution` a rule
gives a quoted span and the :class:`Found` quote it becomes, and what the
state is built from (the cue scan, a cue's particle, the short titles that
do not wall off reported speech).
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Final

import regex

from quotex.lang import Language, current
from quotex.model import QuoteType
from quotex.quotes import QuotedSpan, find_quoted
from quotex.rules.base import ACCORDING_TO, WORD, Grammar, Rule, grammar_of
from quotex.speakers import (
    Mention,
)
from quotex.text import Span, occurrences, paragraphs, sentences

#: Quotations of at most this many words, all capitalised, are titles of
#: works or slogans ("Fox News Sunday"), not speech.
TITLE_MAX_WORDS: Final = 8

SMALL_WORDS: Final = frozenset(
    """
    a an the of and or in on at to for with by from is vs de
    """.split()
)

#: A capitalised word, as counted to tell names from one-off sentence openers.
CAPITALISED: Final = regex.compile(
    r"(?<![\p{L}\p{M}\p{N}]) \p{Lu} [\p{L}\p{M}\-]{0,40} (?: ['\N{RIGHT SINGLE QUOTATION MARK}] \p{L}{2,20} )?", regex.VERBOSE
)


@dataclass
class Attribution:
    """Who said a quotation (as written), the cue that says so, and the rule that found it."""

    mention: Mention
    cue: Span | None
    rule: Rule


@dataclass
class Found:
    """A quote found in the document, before its speaker is resolved: its span, type, paragraph and attribution."""

    start: int
    end: int
    type: QuoteType
    paragraph: int
    attribution: Attribution


class FoundIndex:
    """The quotes found so far, in text order, looked up by where they start
    (a pass asks which reports a sentence holds already)."""

    def __init__(self, found: list[Found]) -> None:
        self.found = sorted(found, key=lambda f: (f.start, f.end))
        self._starts = [f.start for f in self.found]

    def starting_in(self, start: int, end: int) -> list[Found]:
        """The quotes that start at ``start`` or after it and before ``end``."""
        return self.found[bisect.bisect_left(self._starts, start) : bisect.bisect_left(self._starts, end)]

    def quotes_over(self, start: int, end: int) -> list[Found]:
        """The direct and partial quotes found that overlap ``start``–``end``
        (a quotation's span, its marks one character outside it)."""
        return [f for f in self.starting_in(start - 1, end) if f.type != "indirect" and f.start < end and start < f.end]


def merged(found: list[Found], added: list[Found], dropped: frozenset[int] | set[int] = frozenset()) -> list[Found]:
    """``found`` with what a pass ``added`` and without what it ``dropped`` (by
    ``id``), in text order; ``found`` itself when the pass added nothing."""
    if not added:
        return found
    return sorted([f for f in found if id(f) not in dropped] + added, key=lambda f: (f.start, f.end))


class Document:
    """One text with its paragraphs, sentences and quoted spans, read with one
    language's tables (``lang``, the current language by default) and the
    hooks of its grammar."""

    def __init__(self, text: str, lang: Language | None = None) -> None:
        self.text = text
        self.lang = lang or current()
        self.grammar: Grammar = grammar_of(self.lang)
        self.paras = paragraphs(text)
        self._para_starts = [p.start for p in self.paras]
        self.quoted = find_quoted(text, self.paras)
        self._sentences: list[Span] = []
        for para in self.paras:
            self._sentences.extend(sentences(text, para, self.lang))
        self._sentence_starts = [s.start for s in self._sentences]
        self._quote_opens = [q.open for q in self.quoted]
        #: :func:`embedded`'s answers by quotation (its opening and paragraph): most rules ask it.
        self.embedded_memo: dict[tuple[int, int], bool] = {}
        # a short title in marks inside a clause ("a report in the “Daily News”
        # said …") is part of the clause, not a wall around reported speech
        self._titles = [q.close is not None and _short_title(self, q) for q in self.quoted]
        #: The words of the text (:func:`words_of`), each once.
        self.words: frozenset[str] = frozenset(words_of(text))
        self._cues = _scan_cues(text, self.lang, self.words)
        self._word_starts: dict[frozenset[str], list[int]] = {}
        self._cue_starts = [c[0] for c in self._cues]
        self._capitals: Counter[str] | None = None
        #: :func:`~quotex.rules.titles.names_something`'s answers by quotation:
        #: several rules ask it of the same quotation.
        self.names_memo: dict[tuple[int, int | None, int, int, int, int], bool] = {}
        #: :func:`~quotex.rules.words.cues_before`'s answers by stretch: the rules
        #: before and after a quotation ask for the cues before it in turn.
        self.cues_memo: dict[tuple[int, int], list[Span]] = {}
        #: Whether most quotations are in double marks (:mod:`quotex.rules.subheads`), counted on first use.
        self.double_style: bool | None = None

    def capital_count(self, word: str) -> int:
        """How often a capitalised word occurs in the document (counted once, on first use)."""
        if self._capitals is None:
            self._capitals = Counter(CAPITALISED.findall(self.text))
        return self._capitals[word]

    def word_starts(self, words: frozenset[str], lo: int, hi: int) -> list[int] | None:
        """Offsets in ``text[lo:hi]``, in text order, among which starts each
        occurrence there of one of ``words`` that has no letter or hyphen
        right before it and none right after it before ``hi``; None when
        ``hi`` falls inside a word (an overlong sentence cut), where a reader
        must scan.

        A reader that looks for a few words only as whole words tries these
        offsets alone, not each word of a sentence: such a word is one of the
        text's :attr:`words`, and where those of a table occur is read once,
        with ``str.find`` at C speed."""
        if 0 < hi < len(self.text) and inside_word(self.text, hi):
            return None
        starts = self._word_starts.get(words)
        if starts is None:
            starts = self._word_starts[words] = occurrences(self.text, words & self.words)
        return starts[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]

    def cue_words(self, lo: int, hi: int) -> list[tuple[int, int, str]]:
        """(start, end, word) of the cue words in ``text[lo:hi]``, "according to" included."""
        return self._cues[bisect.bisect_left(self._cue_starts, lo) : bisect.bisect_left(self._cue_starts, hi)]

    def iter_cue_words(self, lo: int, hi: int) -> Iterator[tuple[int, int, str]]:
        """:meth:`cue_words`, one at a time and without a copy: a reader that
        stops at its first hit pays only for what it read."""
        cues_, starts = self._cues, self._cue_starts
        for i in range(bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)):
            yield cues_[i]

    def paragraph_of(self, pos: int) -> int:
        """The index in :attr:`paras` of the paragraph ``pos`` falls in (the
        last one starting at or before it; -1 before the first)."""
        return bisect.bisect_right(self._para_starts, pos) - 1

    def sentence_at(self, pos: int) -> Span:
        i = bisect.bisect_right(self._sentence_starts, pos) - 1
        return self._sentences[max(i, 0)] if self._sentences else Span(0, len(self.text))

    def sentence_past_dateline(self, pos: int) -> Span:
        """The sentence at ``pos`` without the dateline that opens its paragraph, if
        one does ("LEEDS — Mayor Lowe said…"): the words a clause reader starts from."""
        sent = self.sentence_at(pos)
        if sent.start > 0 and self.text[sent.start - 1] != "\n":
            return sent  # a fast path: a sentence inside its paragraph has no dateline
        past: Span = self.grammar.past_dateline(self.text, sent)
        return past

    def quote_at(self, pos: int) -> QuotedSpan:
        """The quotation that opens at or before ``pos`` (call when there is one)."""
        return self.quoted[max(0, bisect.bisect_right(self._quote_opens, pos) - 1)]

    def quote_opens_in(self, lo: int, hi: int) -> bool:
        """Does a quotation open in ``text[lo:hi]``?"""
        i = bisect.bisect_left(self._quote_opens, lo)
        return i < len(self._quote_opens) and self._quote_opens[i] < hi

    def inside_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self._quote_opens, pos) - 1
        return i >= 0 and self.quoted[i].open < pos < self.quoted[i].outer_end

    def sentences(self) -> list[Span]:
        return self._sentences

    def unquoted(self, span: Span) -> list[Span]:
        """The stretches of ``span`` outside quotation marks ("Halden said it was
        too soon to tell but added, | “…”"), where reported speech may be."""
        pieces = []
        start = span.start
        i = bisect.bisect_right(self._quote_opens, span.start) - 1
        if i >= 0 and self.quoted[i].outer_end > start:
            start = self.quoted[i].outer_end  # the span starts inside a quotation
        for j in range(max(i + 1, 0), len(self.quoted)):  # not a slice: a copy per sentence is quadratic
            q = self.quoted[j]
            if q.open >= span.end:
                break
            if self._titles[j]:
                continue
            if q.open > start:
                pieces.append(Span(start, q.open))
            start = max(start, q.outer_end)
        if start < span.end:
            pieces.append(Span(start, span.end))
        return pieces

    def quote_opens_at(self, pos: int) -> bool:
        i = bisect.bisect_left(self._quote_opens, pos)
        return i < len(self.quoted) and self.quoted[i].open == pos


class _WordChars(dict[int, int]):
    """A :meth:`str.translate` table that keeps the characters of
    :data:`~quotex.rules.base.WORD` and makes every other one a space, so
    that ``split()`` gives the words ``WORD.findall`` would; each character
    is looked up once, as it is first met (those of the Basic Multilingual
    Plane are remembered, at most 65,536)."""

    def __missing__(self, code: int) -> int:
        value = code if WORD.fullmatch(chr(code)) is not None else 32
        if code < 0x10000:
            self[code] = value
        return value


_WORD_CHARS: Final = _WordChars()


#: :data:`_WORD_CHARS` for the bytes of UTF-8: an ASCII letter or hyphen is
#: kept, any other ASCII character becomes a space, and each byte of a
#: character outside ASCII is kept (no ASCII byte occurs inside one).
_ASCII_WORD_BYTES: Final = bytes(b if b >= 0x80 or WORD.fullmatch(chr(b)) else 0x20 for b in range(256))
#: A run of characters outside ASCII.
_OUTSIDE_ASCII: Final = regex.compile(r"[^\x00-\x7f]+")


def _word_chars(m: regex.Match[str]) -> str:
    return m.group().translate(_WORD_CHARS)


def words_of(text: str) -> list[str]:
    """The words of ``text`` as :data:`~quotex.rules.base.WORD` reads them
    (runs of letters and hyphens), read at C speed: ``str.translate`` with
    :data:`_WORD_CHARS` and ``split()``, in two steps, since a translation
    that looks each character up costs some 300 instructions a character.
    The ASCII characters, nearly all of them, are translated as bytes of the
    UTF-8 (a table lookup per byte), the runs of others as characters."""
    coarse = text.encode("utf-8", "surrogatepass").translate(_ASCII_WORD_BYTES).decode("utf-8", "surrogatepass")
    if not text.isascii():
        coarse = _OUTSIDE_ASCII.sub(_word_chars, coarse)
    return coarse.split()


def inside_word(text: str, pos: int) -> bool:
    """Do the characters on both sides of ``pos`` (0 < pos < len(text))
    belong to one word (:data:`~quotex.rules.base.WORD`), so that a stretch
    ending there cuts it?  Two lookups in :data:`_WORD_CHARS`, where a
    match of ``[\\p{L}\\-]{2}`` cost some 4,500 instructions, most of them the
    regex module's set-up of a match."""
    return _WORD_CHARS[ord(text[pos - 1])] != 32 and _WORD_CHARS[ord(text[pos])] != 32


def _scan_cues(text: str, lang: Language, words: AbstractSet[str] | None = None) -> list[tuple[int, int, str]]:
    """(start, end, word) of every cue word of ``text``, "according to" as one.

    The same list as ``[(m.start(), m.end(), m.group()) for m in
    WORD_OR_ACCORDING[lang].finditer(text)]`` keeping the language's cue
    forms, according-to words and according-to phrases, in two thirds of
    the time: a Python loop over every word of the document is what costs,
    so the set of its words (one pass at C speed; ``words`` when the caller
    has it) tells which cue words occur, and only those are located, with
    ``str.find``.
    """
    if words is None:
        words = frozenset(words_of(text))  # WORD.findall's words, without a match object each
    present = (words & lang.SCANNED_WORDS) | {w for w in lang.ACCORDING_TO_STARTS if w in words}
    found = []
    chars, size = _WORD_CHARS, len(text)
    for word in present:
        i = text.find(word)
        while i >= 0:
            end = i + len(word)
            # a whole word: no character of a word before or after it (WORD_AT's reading, with a table lookup)
            if (i == 0 or chars[ord(text[i - 1])] == 32) and (end == size or chars[ord(text[end])] == 32):
                found.append((i, end, word))
            i = text.find(word, end)  # an occurrence inside this one has a word character before it
    found.sort()
    cues: list[tuple[int, int, str]] = []
    apart = lang.APART_PARTICLE_FORMS
    for start, end, word in found:
        if cues and start < cues[-1][1]:
            continue  # the "to" of "according to"
        if word in apart:
            joined = _apart_particle(text, start, word, apart[word])
            if joined is not None:
                cues.append((joined, end, text[joined:start].rstrip() + word))
                continue
            if word not in lang.CUE_FORMS:
                continue  # "gegeben" with no particle before it
        if word in lang.ACCORDING_TO_STARTS:
            phrase = ACCORDING_TO[lang].match(text, start)
            if phrase is None:
                continue  # "according" alone, "nach dem Krieg": no source named
            end, word = phrase.end(), phrase.group()
        cues.append((start, end, word))
    return cues


def _apart_particle(text: str, start: int, word: str, particles: tuple[str, ...]) -> int | None:
    """Where the particle written apart before ``word`` starts, if one stands
    right before it ("bekannt gab"), lowercase and one space away."""
    for p in particles:
        at = start - len(p) - 1
        if at >= 0 and text[at:start] == p + " " and (at == 0 or _WORD_CHARS[ord(text[at - 1])] == 32):
            return at
    return None


def cue_span(text: str, start: int, end: int) -> Span:
    """Extend a cue by its particle ("called for", "pointed out"), also where
    the language puts it at the end of the clause."""
    lang = current()
    word = text[start:end]
    particles = lang.PARTICLE_FORMS.get(word.lower())
    if particles:
        rest = text[end : end + 12]
        for p in particles:
            if rest.startswith(" " + p) and not rest[len(p) + 1 : len(p) + 2].isalpha():
                return Span(start, end + 1 + len(p))
    if word in lang.CLAUSE_END_PARTICLES:
        particle_end = grammar_of(lang).clause_end_particle(lang, text, end, word)
        if particle_end is not None:
            return Span(start, particle_end)
    return Span(start, end)


def word_count(s: str) -> int:
    return len(s.split())


def is_title(text: str) -> bool:
    """A short quotation in Title Case: a title of a work or a slogan."""
    words = 0
    capital = False
    for w in text.replace("\N{EM DASH}", " ").split():
        if not w[:1].isalpha():
            continue
        if w[0].isupper():
            capital = True
        elif w.lower() not in SMALL_WORDS:
            return False  # a word in lower case that a title capitalises: read no further
        words += 1
        if words > TITLE_MAX_WORDS:
            return False  # a long quotation: read no further
    if not words:
        return False
    if text.rstrip()[-1:] in ".!?" and words > 3:
        return False
    return capital


#: The most words a quoted title inside a clause may have.
SHORT_TITLE_WORDS: Final = 4


def _short_title(doc: Document, q: QuotedSpan) -> bool:
    inner = doc.text[q.start : q.end]
    return word_count(inner) <= SHORT_TITLE_WORDS and is_title(inner) and embedded(doc, q)


def embedded(doc: Document, q: QuotedSpan) -> bool:
    """Does the quotation open in the middle of a clause (a partial quote)?
    Read once a quotation: the rules ask it of the same one in turn."""
    key = (q.open, q.paragraph)
    known = doc.embedded_memo.get(key)
    if known is None:
        known = doc.embedded_memo[key] = _embedded(doc, q)
    return known


def _embedded(doc: Document, q: QuotedSpan) -> bool:
    i = q.open - 1
    text = doc.text
    para = doc.paras[q.paragraph]
    while i >= para.start and text[i] in " \t\u00a0":
        i -= 1
    if i < para.start:
        return False
    if text[i - 1 : i + 1] == "''":
        return False  # after another quotation closed with two apostrophes
    if text[i] == "." and doc.sentence_at(q.open).start <= i:
        return True  # 'said the U.S. “plainly” lacked': the period of an abbreviation
    return text[i] not in ":,.!?;(\N{EM DASH}\N{EN DASH}-" and text[i] not in '"\N{RIGHT DOUBLE QUOTATION MARK}'
