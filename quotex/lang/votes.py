"""The words and letters each language votes with in :func:`quotex.lang.detect`, and the vote.

Kept apart from the packs: :func:`~quotex.lang.detect` weighs every language
on every document, and importing a pack parses its source (no bytecode is
cached in some deployments), so a process that reads English only never
imports the German pack.  Each pack's ``STOP_WORDS`` and ``LETTERS`` are these.
"""

from __future__ import annotations

from typing import Final

import regex

#: Common English words: a text with more of them than of another language's is read as English.
ENGLISH_STOP_WORDS: Final = frozenset("the and of to is that was for with said it he she they but have has were are this not".split())
#: Letters English text uses and the others' do not (none: English breaks no tie).
ENGLISH_LETTERS: Final = ""

#: Common German words: a text with more of them than of English ones is read as German.
GERMAN_STOP_WORDS: Final = frozenset(
    "und der die das nicht ist mit sich auch auf für ein eine dem den des im sagte wurde er sie wir zu von hat sei wie".split()
)
#: Letters German text uses and English does not: they break a tie in the vote.
GERMAN_LETTERS: Final = "äöüßÄÖÜ\N{DOUBLE LOW-9 QUOTATION MARK}"

#: Each language's stop words and tie-breaking letters, by code (every code of :data:`quotex.lang.LANGUAGES`).
VOTES: Final[dict[str, tuple[frozenset[str], str]]] = {
    "en": (ENGLISH_STOP_WORDS, ENGLISH_LETTERS),
    "de": (GERMAN_STOP_WORDS, GERMAN_LETTERS),
}

#: How much of a text's start :func:`vote` reads.
DETECT_SAMPLE: Final = 1500
#: A quotation of up to a few lines: its words may be another language's
#: than the article's ("„Wir schaffen das“, Merkel said.").
_QUOTED: Final = regex.compile(
    r"[\N{DOUBLE LOW-9 QUOTATION MARK}\N{LEFT DOUBLE QUOTATION MARK}\N{QUOTATION MARK}\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}"
    r"\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}][^\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}\N{QUOTATION MARK}"
    r"\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}\n]{0,600}"
    r"[\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}\N{QUOTATION MARK}\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}"
    r"\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}]"
)


def vote(text: str, codes: tuple[str, ...]) -> str:
    """The code, of ``codes`` (each a key of :data:`VOTES`), whose stop words
    are the most frequent at the start of ``text``, outside quotations when
    there are words outside them; letters only one language uses break a
    tie, and the first code wins when nothing else does."""
    sample = text[:DETECT_SAMPLE].lower()
    outside = _QUOTED.sub(" ", sample)
    if not outside.strip(" \t\n\r,.;:!?"):
        outside = sample  # all of it quoted: vote with the quotation's words
    # the words between spaces and stops (str.replace and split run at C speed, a word pattern does not)
    words = outside.replace(",", " ").replace(".", " ").split()
    best: tuple[int, int, int] | None = None
    chosen = codes[0]
    for rank, code in enumerate(codes):
        stop_words, tie_letters = VOTES[code]
        votes = sum(map(stop_words.__contains__, words))
        letters = sum(sample.count(ch) for ch in set(tie_letters.lower()))
        key = (votes, letters, -rank)
        if best is None or key > best:
            best, chosen = key, code
    return chosen
