"""Surnames that are also common words, told by the document itself.

"Day said the platform drives voters away", "Will wrote that …", "From
agreed that …": alone at the head of a clause, a capitalised time word,
modal or preposition is no name (:data:`~quotex.lang.Language.NOT_NAMES`).
The same word after a known first name elsewhere in the article ("Kristan
Day", "George Will", "Al From") makes it one: a paper names a person in
full once, then by the surname alone.  Asked of a lone capitalised word at
the end of a mention (:func:`~quotex.speakers.classify.surname_word`), which
also lets the backward mention walk take "Trump" for a name's head where
"Donald Trump" is written elsewhere; answered once per word and document,
never for a pronoun or a determiner.
"""

from __future__ import annotations

from typing import Final

from quotex.lang import current
from quotex.speakers.tokens import Tok, document_memo

#: Occurrences of one word read before the answer is given: a bound keeps a hostile document linear.
MAX_OCCURRENCES: Final = 200

#: The longest first name looked for before a surname.
_FIRST_NAME_LENGTH: Final = 20


def named_in_document(tok: Tok) -> bool:
    """Is the capitalised common word ``tok`` a surname in the document being
    read: written after a capitalised known first name somewhere in it?"""
    if not tok.cap or tok.text.isupper() or len(tok.text) < 2:
        return False
    L = current()
    if tok.low in L.SUBJECT_PRONOUNS or tok.low in L.DETERMINERS:
        return False  # "He", "The": never a surname, and the commonest capitals
    memo = document_memo(named_in_document)
    if memo is None:
        return False
    text, known = memo
    word = tok.text
    if word not in known:
        known[word] = _after_first_name(text, word)
    found: bool = known[word]
    return found


def _after_first_name(text: str, word: str) -> bool:
    L = current()
    at = text.find(word)
    for _ in range(MAX_OCCURRENCES):
        if at < 0:
            return False
        after = text[at + len(word) : at + len(word) + 1]
        if at >= 2 and text[at - 1] == " " and not after.isalpha():
            j = at - 1
            start = j
            while start > 0 and at - start <= _FIRST_NAME_LENGTH and text[start - 1].isalpha():
                start -= 1
            first = text[start:j]
            if first[:1].isupper() and not text[start - 1 : start].isalnum():
                low = first.lower()
                if low in L.MALE_NAMES or low in L.FEMALE_NAMES:
                    return True
        at = text.find(word, at + 1)
    return False
