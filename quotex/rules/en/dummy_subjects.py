"""Dummy subjects that name no speaker: "it" before a verb of meaning or
seeming (:data:`~quotex.lang.en.acts.DUMMY_IT_VERBS`: "It means admitting
that …", "it appears that …") or before "is/was ADJ to" ("It is important
to note that …"), and "one" as a determiner
(:data:`~quotex.lang.en.acts.ONE_NOUNS`: "One reason critics say …").
Asked by :func:`~quotex.rules.reported.cue_speaker.cue_speaker` for every
English cue's subject."""

from __future__ import annotations

from typing import Final

import regex

from quotex.lang.en.acts import DUMMY_IT_VERBS, ONE_NOUNS
from quotex.speakers import Mention

#: "It is important | to": a copula, one adjective, then an infinitive.
_COPULA_ADJECTIVE: Final = regex.compile(r"\s+(?:is|was)\s+\p{Ll}+\s+to\s")

#: The next word after the mention.
_NEXT_WORD: Final = regex.compile(r"\s+(\p{L}+)")


def dummy_subject(text: str, mention: Mention) -> bool:
    """Is the *mention* a dummy "it" or a determiner "one" (see the module)?"""
    word = text[mention.start : mention.end].lower()
    if word not in ("it", "one"):
        return False
    after = _NEXT_WORD.match(text, mention.end)
    if after is None:
        return False
    following = after.group(1).lower()
    if word == "one":
        return following in ONE_NOUNS
    return following in DUMMY_IT_VERBS or _COPULA_ADJECTIVE.match(text, mention.end) is not None
