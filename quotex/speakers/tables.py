"""The tables of the mention readers that hold no language's words: how many
tokens a mention may have, and the marks that bound a quoted name or an
apposition.  The words they look up (determiners, prepositions, pronouns,
time words, heads of nouns, words that are no names) are in the language
packs (:mod:`quotex.lang`), read through :func:`quotex.lang.current`.
"""

from __future__ import annotations

from typing import Final

MAX_TOKENS: Final = 16


#: Marks around a quoted name inside a mention ("a report in the “Daily
#: News”"); the words that lead to one are the language's ``TITLE_LEADS``.
TITLE_OPENERS: Final = frozenset('"\N{LEFT DOUBLE QUOTATION MARK}\N{DOUBLE LOW-9 QUOTATION MARK}»«')

TITLE_CLOSERS: Final = frozenset('"\N{RIGHT DOUBLE QUOTATION MARK}\N{LEFT DOUBLE QUOTATION MARK}«»')


#: Punctuation that bounds an apposition ("Pell, a close ally of the mayor, said").
APPOSITION_ENDS: Final = frozenset(",;:.!?\N{EM DASH}\N{EN DASH}")
