"""The words and letters each language votes with in :func:`quotex.lang.detect`.

Kept apart from the packs: :func:`~quotex.lang.detect` weighs every language
on every document, and importing a pack parses its source (no bytecode is
cached in some deployments), so a process that reads English only never
imports the German pack.  Each pack's ``STOP_WORDS`` and ``LETTERS`` are these.
"""

from __future__ import annotations

from typing import Final

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
