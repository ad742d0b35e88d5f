"""Choosing quotes: by type, by speaker, by length.

>>> from quotex import extract
>>> quotes = extract("“It is over,” said Jane Doe.\\n\\nOfficials said the talks would resume on Monday.")
>>> [q.speaker.name for q in filter_quotes(quotes, types=["direct"])]
['Jane Doe']
>>> [q.text for q in filter_quotes(quotes, speaker="OFFICIAL")]
['the talks would resume on Monday']
>>> [q.text for q in filter_quotes(quotes, min_words=3)]
['It is over', 'the talks would resume on Monday']
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from quotex.model import QUOTE_TYPES, Quote, QuoteType
from quotex.text import WORD


def word_count(text: str) -> int:
    """Words in a quote: runs of letters and digits, "U.S.-led" and "Russia’s" counting as one.

    >>> word_count("We have been clear about Russia’s obligations — all 3 of them.")
    11
    """
    return len(WORD.findall(text))


def parse_types(spec: str) -> tuple[QuoteType, ...]:
    """Quote types from a comma-separated list such as ``"direct,partial"``.

    >>> parse_types("Direct, partial")
    ('direct', 'partial')
    >>> parse_types("verbatim")
    Traceback (most recent call last):
    ...
    ValueError: unknown quote type 'verbatim' (choose from direct, partial, indirect)
    """
    chosen: list[QuoteType] = []
    for part in spec.split(","):
        name = part.strip().lower()
        if not name:
            continue
        match = next((t for t in QUOTE_TYPES if t == name), None)
        if match is None:
            raise ValueError(f"unknown quote type {name!r} (choose from {', '.join(QUOTE_TYPES)})")
        if match not in chosen:
            chosen.append(match)
    if not chosen:
        raise ValueError(f"no quote type given (choose from {', '.join(QUOTE_TYPES)})")
    return tuple(chosen)


def speaker_matches(quote: Quote, needle: str) -> bool:
    """Whether ``needle`` occurs, ignoring case, in the quote's resolved speaker name."""
    return quote.speaker is not None and needle.casefold() in quote.speaker.name.casefold()


def filter_quotes(
    quotes: Iterable[Quote],
    *,
    types: Collection[str] | None = None,
    speaker: str | None = None,
    min_words: int = 0,
) -> list[Quote]:
    """The quotes that pass every filter given, in their order.

    ``types``: keep only these quote types.  ``speaker``: keep quotes whose
    resolved speaker name (``speaker.name``, so "he" counts as "John Kirby")
    contains this text, ignoring case.  ``min_words``: keep quotes of at
    least this many words (:func:`word_count`).
    """
    kept = []
    for q in quotes:
        if types is not None and q.type not in types:
            continue
        if speaker is not None and not speaker_matches(q, speaker):
            continue
        if min_words > 0 and word_count(q.text) < min_words:
            continue
        kept.append(q)
    return kept
