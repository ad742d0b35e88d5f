"""Is a span a clause?  Reported speech is one ("Kirby said | there have
been efforts…"), a noun phrase is not ("The state added | 9,000 jobs in
May"): :func:`is_clause` tells them apart by a finite verb after a subject
(or a complementizer), passing over what is set off inside the clause (a
relative clause between commas, a parenthetical adverb, a parenthesis).
It reads word tokens of the original text (:class:`ClauseWords`), never a
rewritten copy; the boundaries around such a clause are read in
:mod:`quotex.rules.boundaries`.
"""

from __future__ import annotations

from typing import Final

import regex

from quotex.lang import Language, current

#: A word of a clause as the readers here see it: letters with inner
#: apostrophes, periods and hyphens ("it’s", "U.S.", "so-called"), a number
#: ("9,000", "1.6"), or one punctuation mark that bounds a phrase.  The
#: first line reads a word's run of letters as one character class; where an
#: apostrophe or a period goes on with a letter, it fails and the second
#: line reads the word a character at a time, up to the same 41 characters.
CLAUSE_TOKEN: Final = regex.compile(
    r"""
    \p{L} [\p{L}\p{M}\p{N}\-]{0,40}+ (?! ['\N{RIGHT SINGLE QUOTATION MARK}.] \p{L} )
    | \p{L} (?: [\p{L}\p{M}\p{N}\-] | ['\N{RIGHT SINGLE QUOTATION MARK}.] (?=\p{L}) ){0,40}
    | \p{N} [\p{N},.%]{0,20}
    | [,;:()\N{EM DASH}\N{EN DASH}] | -- | (?<= \s ) - (?= \s )
    """,
    regex.VERBOSE,
)
#: How many words of a content :func:`is_clause` reads for its verb.
CLAUSE_REACH: Final = 30
#: How many words past the current one :func:`is_clause` and its helpers look at.
READ_AHEAD: Final = 3

DASHES: Final = frozenset({"\N{EM DASH}", "\N{EN DASH}", "--", "-"})
COMMA: Final = frozenset({","})
CLOSING_PARENTHESIS: Final = frozenset({")"})
#: Contracted finite verbs: "it’s", "they’re", "we’ve", "he’d", "she’ll".
CONTRACTED_VERB: Final = regex.compile(r"\p{L}'(?:s|re|ve|d|ll|m)\Z")


def contracted_subject(word: str) -> bool:
    """Is ``word`` a subject pronoun with its verb contracted onto it ("it’s",
    "that’s", "they’re"): two words of a clause written as one?"""
    low = word.lower().replace("\N{RIGHT SINGLE QUOTATION MARK}", "'")
    return CONTRACTED_VERB.search(low) is not None and low.split("'")[0] in current().CONTRACTED_SUBJECTS


class ClauseWords:
    """The first words of ``text[start:end]`` (at most :data:`CLAUSE_REACH`),
    with typographic apostrophes read as plain ones ("don’t" as "don't"),
    tokenised only as far as a reader asks: most spans are judged by their
    first few words, and a regex match per word is the dearest step of the
    reading."""

    __slots__ = ("list", "_matches", "_more")

    def __init__(self, text: str, start: int, end: int) -> None:
        #: The words read so far; :meth:`upto` reads on in place.
        self.list: list[str] = []
        self._matches = CLAUSE_TOKEN.finditer(text, start, end)
        self._more = True

    def upto(self, n: int) -> list[str]:
        """The words, read on until there are ``n`` of them or no more."""
        words = self.list
        n = min(n, CLAUSE_REACH)
        while self._more and len(words) < n:
            m = next(self._matches, None)
            if m is None:
                self._more = False
            else:
                words.append(m.group().replace("\N{RIGHT SINGLE QUOTATION MARK}", "'"))
        return words

    def find(self, i: int, marks: frozenset[str]) -> int | None:
        """The index of the first word from ``i`` on that is one of ``marks``."""
        words = self.list
        while i < len(self.upto(i + 1)):
            if words[i] in marks:
                return i
            i += 1
        return None


def _is_verb(L: Language, words: list[str], i: int, plural: bool = False) -> bool:
    """Is ``words[i]`` a finite verb after the words before it (``plural``:
    after a coordinated subject, "he and Trump | differ"), in ``L``'s words?"""
    word = words[i]
    low = word.lower()
    prev = words[i - 1].lower() if i > 0 else ""
    if (low in L.FINITE_AUXILIARIES or low in L.IRREGULAR_PAST and i > 0) and (word.islower() or i == 0):
        return True  # "will", not "May"; "said", not "Said Ali"
    if CONTRACTED_VERB.search(low) and low.split("'")[0] in L.CONTRACTED_SUBJECTS:
        return True  # "it’s", "they’re"; not "Trump’s"
    alone = i == 1 and prev in L.PRONOUN_QUANTIFIERS  # "many doubted her"
    markers = L.NOUN_MARKERS
    if i == 0 or not word.isalpha() or word[:1].isupper() or prev in markers and not alone or low in markers:
        return False
    if prev in L.SUBJECT_WORDS and prev != "this" and prev != "that":
        return True  # "they want", "I think", "who lost"
    if low.endswith("ed") and len(low) > 4:
        return True  # "Stein complied"
    if low.endswith("s") and not low.endswith(("ss", "us", "is")) and low not in L.PLURAL_NOUNS:
        # "it shows", "Oz firmly places business"; not "9,000 jobs", "in all capital letters,": a verb
        # in -s takes an object or a complement, a plural noun often ends its phrase
        following = words[i + 1].lower() if i + 1 < len(words) else ""
        return prev.replace("'", "").isalpha() and following.isalpha() and following not in markers - {"a", "an", "the"}
    if low in markers or low in L.PHRASE_ENDS or low in L.COORDINATORS or low in L.NOT_VERBS or low.endswith("ly"):
        return False
    if plural and prev.isalpha() or prev in L.IRREGULAR_PLURALS or alone:
        return True  # "he and Trump differ", "people misunderstand"
    # a base form after a plural subject: "many voters want", "rents rise"
    return prev.endswith("s") and not prev.endswith(("ss", "'s")) and prev.isalpha() and len(prev) > 3


def _coordinated_verb(L: Language, words: list[str], i: int) -> bool:
    """Is ``words[i]``, right after "and", plainly a verb with its object ("and
    | hired a new pollster"), not an adjective ("and | unsettled weather")?"""
    word = words[i]
    low = word.lower()
    if not word.islower():
        return False
    if low in L.FINITE_AUXILIARIES or low in L.IRREGULAR_PAST:
        return True
    following = words[i + 1].lower() if i + 1 < len(words) else ""
    return low.endswith("ed") and len(low) > 4 and (following in L.NOUN_MARKERS or following in L.SUBJECT_WORDS)


def is_clause(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a clause (a complementizer, or a subject and
    its finite verb), rather than a noun phrase ("9,000 jobs in May") or a
    verb phrase coordinated with the cue ("his run in May and hired…")?

    >>> is_clause("the drought will not end", 0, 24), is_clause("9,000 jobs in May", 0, 17)
    (True, False)
    """
    reader = ClauseWords(text, start, end)
    words = reader.upto(READ_AHEAD)  # the list grows in place as the reading goes on
    if not words:
        return False
    L = current()
    if words[0].lower() in L.COMPLEMENTIZERS:
        return True
    i = 0
    plural = -1  # where the verb of a coordinated subject may stand: "he and Trump | differ"
    relative = False  # inside a relative clause: "drivers who park there | are fined"
    while i < len(reader.upto(i + READ_AHEAD)):
        low = words[i].lower()
        if words[i] in DASHES and i == 0:
            # "said — on the radio, of all places — that …": a setting between dashes
            close = reader.find(i + 1, DASHES)
            if close is None:
                return False
            i = close + 1
            continue
        if (
            words[i] == ","
            and i > 0
            and i + 2 < len(reader.upto(i + 3))
            and words[i + 1].lower() in L.PARENTHETICALS
            and words[i + 2] == ","
        ):
            # "she, too, wants …": a parenthetical adverb between the subject and its verb
            if not relative and i + 3 < len(reader.upto(i + 5)) and _is_verb(L, [words[i - 1], *words[i + 3 : i + 5]], 1):
                return True
            i += 3
            continue
        if (low in L.RELATIVES or low in L.PHRASE_ENDS) and i > 0 and words[i - 1] == ",":
            # "the deal, which was signed Monday, is dead", "the scandal, while troublesome, was…":
            # the phrase between commas is no part of the main clause
            close = reader.find(i + 1, COMMA)
            if close is None:
                return False
            i = close + 1
            continue
        if low == "that" and i > 0:
            before, following = words[i - 1], words[i + 1] if i + 1 < len(words) else ""
            subject = following.lower().split("'")[0]  # "that he's"
            opens = subject in L.SUBJECT_WORDS or subject in L.NOUN_MARKERS or following[:1].isupper()
            if before in {",", *DASHES} or opens and (before[:1].isupper() or before.lower() in L.TIME_NOUNS):
                return True  # "said Friday in Bend, Oregon, that she…", "told the BBC on Friday that Ms. Ruiz…"
        if i > 0 and (low in L.RELATIVES or low == "that"):
            relative = True
            i += 1
            continue
        if words[i] == "(":
            # "Sen. Ada Brightwater (D-Ore.) remains…": a parenthesis is no part of the clause's frame
            close = reader.find(i + 1, CLOSING_PARENTHESIS)
            if close is None:
                return False
            i = close + 1
            continue
        if i > 0 and (low in L.PHRASE_ENDS or words[i] in {";", ":", ")"} or words[i] in DASHES and words[i - 1] != ","):
            return False
        if low in L.COORDINATORS:
            if i + 1 < len(words) and _coordinated_verb(L, words, i + 1):
                return False  # "his run in May and hired…": a verb phrase coordinated with the cue
            k = i + 1  # "he and Trump | differ", "X and the party's leaders | should": past the second conjunct
            while k < len(reader.upto(k + 1)) and (words[k][:1].isupper() or words[k].lower() in L.NOUN_MARKERS):
                k += 1
            plural = k + 1
            i += 1
            continue
        if _is_verb(L, words, i, plural == i):
            if not relative:
                return True
            relative = False  # the relative clause's own verb
        i += 1
    return False
