"""Word tokens and speaker mentions as read off the text, and the per-document
memory of what was read (:func:`document_scope`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache, wraps
from typing import Any, Final, TypeVar

import regex

from quotex.lang import current
from quotex.model import SpeakerKind

#: Word tokens with inner periods (U.S.), apostrophes and hyphens, plus the
#: punctuation that bounds a mention.  A trailing period is attached by
#: :func:`tokenize` only to abbreviations and initials.  A word with no inner
#: period is read by the first line, a run of one character class (a third
#: of the cost of the second line's choice at every character); where a
#: period goes on with a letter ("U.S"), the first line fails and the second
#: reads the word, up to the same 41 characters.
TOKEN: Final = regex.compile(
    r"""
    [\p{L}\p{N}] [\p{L}\p{M}\p{N}'\N{RIGHT SINGLE QUOTATION MARK}&\-]{0,40}+ (?! \.\p{L} ) %?
    | [\p{L}\p{N}] (?: [\p{L}\p{M}\p{N}'\N{RIGHT SINGLE QUOTATION MARK}&\-] | \.(?=\p{L}) ){0,40} %?
    | [(),;:\N{EM DASH}\N{EN DASH}.!?"\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}\N{DOUBLE LOW-9 QUOTATION MARK}«»]
    | (?<=\s) -{1,2} (?=\s)   # a hyphen between spaces is a dash: "PARIS (Reuters) - A spokesman"
    """,
    regex.VERBOSE,
)

#: A party and state tag after a name: "R-Pa.", "D-Va.", "I-Vt."
PARTY_TAG: Final = regex.compile(r"[RDI]-\p{Lu}\p{L}{0,4}\.?")


@lru_cache(maxsize=8192)
def _word_features(text: str) -> tuple[str, bool, bool]:
    """What a :class:`Tok` of ``text`` knows of its word, the same wherever the
    word occurs, so read once: the word lowercased, without a final period
    ("Gov." -> "gov"), whether it starts with a capital, and whether it starts
    with neither a letter nor a digit (punctuation)."""
    # the pattern is tried only on a word with its hyphen: a match costs some 4,500 instructions
    cap = text[:1].isupper() or "-" in text and _NUMBERED_NOUN.match(text) is not None
    return text.lower().rstrip("."), cap, not text[:1].isalnum()


#: A noun joined to a number, its capital after the hyphen ("58-Jährige", "20-Jähriger"): a capitalised word.
_NUMBERED_NOUN: Final = regex.compile(r"\p{N}{1,3}-\p{Lu}\p{Ll}+\Z")


class Tok:
    """A token with what the mention walkers ask of it, computed once."""

    __slots__ = ("text", "start", "end", "low", "cap", "punct")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.low, self.cap, self.punct = _word_features(text)

    def __repr__(self) -> str:
        return f"Tok({self.text!r}, {self.start}, {self.end})"


@dataclass(frozen=True)
class Mention:
    """A speaker mention as read off the text, before resolution."""

    text: str
    start: int
    end: int
    kind: SpeakerKind
    name: str
    role: str | None
    gender: str | None
    pronoun: str | None = None  # "he", "she", "they", "it", "we", "i"


#: The document being extracted and what was read off it, by reader and arguments.
_DOCUMENT: ContextVar[tuple[str, dict[Any, dict[tuple[int, int], Any]]] | None] = ContextVar("quotex_document", default=None)

_R = TypeVar("_R")

#: The most answers of one reader remembered at once; the rules ask again within a sentence.
MEMO_SIZE: Final = 1024

#: The most token lists remembered at once: a stretch is read again within a
#: few dozen readings or not at all (on the PolNeAR dev texts, 64 lists spare
#: 464 of the 5,274 tokenizations 8 lists left), and token lists kept alive
#: without a bound would make the garbage collector run far more often (on a
#: document of 400,000 cues, a twentieth of the time).
TOKEN_MEMO_SIZE: Final = 64


@contextmanager
def document_scope(text: str) -> Iterator[None]:
    """While extracting ``text``, read each speaker mention once.

    The rules ask for the mention before the same cue several times (its
    trailing attribution, then its clause).  Within this scope the readers
    marked :func:`once_per_document` remember their answers for ``text``;
    a context variable, so that threads extracting other documents do not
    share them, and the memory goes with the document.
    """
    token = _DOCUMENT.set((text, {}))
    try:
        yield
    finally:
        _DOCUMENT.reset(token)


def document_memo(owner: object) -> tuple[str, dict[Any, Any]] | None:
    """The text of the document being extracted and a dictionary that
    ``owner`` keeps for it, or None outside a :func:`document_scope`."""
    scope = _DOCUMENT.get()
    if scope is None:
        return None
    return scope[0], scope[1].setdefault(owner, {})


def once_per_document(size: int) -> Callable[[Callable[[str, int, int], _R]], Callable[[str, int, int], _R]]:
    """Remember ``reader(text, a, b)`` within a :func:`document_scope` of
    ``text``, at most ``size`` answers of each reader at once."""

    def remember(reader: Callable[[str, int, int], _R]) -> Callable[[str, int, int], _R]:
        @wraps(reader)
        def remembered(text: str, a: int, b: int) -> _R:
            scope = _DOCUMENT.get()
            if scope is None or scope[0] is not text:
                return reader(text, a, b)
            known = scope[1].get(reader)
            if known is None:  # not setdefault: that builds an empty dictionary at every call
                known = scope[1][reader] = {}
            key = (a, b)
            if key in known:
                answer: _R = known[key]
                return answer
            if len(known) >= size:
                known.clear()  # memory stays bounded in a document of a million cues
            result = known[key] = reader(text, a, b)
            return result

        return remembered

    return remember


def tokenize(text: str, start: int, end: int) -> list[Tok]:
    """Word and punctuation tokens of ``text[start:end]``.

    The rules often read a stretch again right after reading it (the words
    before a cue, for each quotation near it): within a :func:`document_scope`
    the last few stretches are remembered, and each caller gets its own copy.
    """
    return list(_tokenize_recent(text, start, end))


@once_per_document(TOKEN_MEMO_SIZE)
def _tokenize_recent(text: str, start: int, end: int) -> list[Tok]:
    """Word and punctuation tokens of ``text[start:end]``, the last few remembered."""
    abbreviations = current().ABBREVIATIONS
    states = current().US_STATES
    ages = current().SMALL_AGE_WORDS
    age: Tok | None = None  # an age written small, a noun unless a capitalised word follows
    toks: list[Tok] = []
    for m in TOKEN.finditer(text, start, end):
        s, e = m.span()
        word = m.group()
        if (
            word == "."
            and toks
            and not toks[-1].punct
            and toks[-1].end == s
            and (
                toks[-1].low in abbreviations
                or len(toks[-1].text) == 1
                or "." in toks[-1].text
                or PARTY_TAG.fullmatch(toks[-1].text)
                or _state_after_place(toks, states)
            )
        ):
            prev = toks.pop()
            toks.append(Tok(text[prev.start : e], prev.start, e))
            continue
        tok = Tok(word, s, e)
        if age is not None:
            if not tok.cap:
                age.cap = True  # an age before a comma or a small word: the age is the noun
            age = None
        if ages and "-" in word and _age_noun(word, ages):
            age = tok
        toks.append(tok)
    if age is not None:
        age.cap = True  # the last word of a stretch before a cue
    return toks


def _age_noun(word: str, ages: frozenset[str]) -> bool:
    """Is ``word`` an age written small after its number ("64-jährige", the
    pack's :attr:`~quotex.lang.Language.SMALL_AGE_WORDS`)?  An adjective before
    a noun, the noun itself (a person) when no capitalised word follows it,
    which :func:`_tokenize_recent` then reads as a capitalised word, as it
    does an age written with a capital ("81-Jährige")."""
    number, hyphen, age = word.partition("-")
    return bool(hyphen) and age in ages and number.isdigit() and len(number) <= 3


def _state_after_place(toks: list[Tok], states: frozenset[str]) -> bool:
    """Is the last token a state's abbreviation after a place and its comma
    ("Tupelo, Miss.", "Bath, Me."), whose period belongs to it even when the
    abbreviation is also a word ("miss", "me", "ind")?"""
    return len(toks) >= 3 and toks[-1].cap and toks[-2].text == "," and toks[-3].cap and toks[-1].low + "." in states


def possessive_stem(low: str) -> str:
    """The word without its possessive ending: "trump's" -> "trump", "sanders’" -> "sanders"."""
    last = low[-1:]
    if last == "s":  # a fast path: most words end in neither an "s" nor a mark
        return low[:-2] if low.endswith(("'s", "\N{RIGHT SINGLE QUOTATION MARK}s")) else low
    if last in ("'", "\N{RIGHT SINGLE QUOTATION MARK}") and low.endswith(("s'", "s\N{RIGHT SINGLE QUOTATION MARK}")):
        return low[:-1]
    return low
