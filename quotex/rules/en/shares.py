"""A share of a group as the subject after an inverted cue: "…, said | a
handful of parents | who …", "“…,” said | the majority of members".  The
mention reader reads a share before a cue (:func:`~quotex.speakers.subjects.subject_phrase`)
but not after one; here the share, "of" and up to four words of its group
make the speaker, up to a relative word, a punctuation mark or the end.
English only: the share words are the pack's."""

from __future__ import annotations

from typing import Final

from quotex.lang import current
from quotex.speakers import Mention, tokenize

#: Articles that may open a share: "a handful", "the majority".
SHARE_ARTICLES: Final = frozenset({"a", "an", "the"})
#: The most words of the group after "of".
MAX_GROUP_WORDS: Final = 4
#: How far after the cue the share may reach, in characters.
REACH: Final = 80


def share_after(text: str, start: int, end: int) -> Mention | None:
    """The share of a group that starts at ``start`` ("a handful of
    parents"), when the group ends at a relative word, a punctuation mark or
    ``end``; else None."""
    L = current()
    toks = tokenize(text, start, min(end, start + REACH))
    i = 1 if toks and toks[0].low in SHARE_ARTICLES else 0
    if len(toks) < i + 3 or toks[i].low not in L.SHARE_WORDS or toks[i + 1].low != "of":
        return None
    k = i + 2
    while k < len(toks) and k - i - 2 < MAX_GROUP_WORDS and not toks[k].punct and toks[k].low not in L.RELATIVES:
        k += 1
    if k == i + 2 or k < len(toks) and not (toks[k].punct or toks[k].low in L.RELATIVES):
        return None  # no group, or a longer phrase than a group
    phrase = text[toks[0].start : toks[k - 1].end]
    return Mention(phrase, toks[0].start, toks[k - 1].end, "group", phrase, None, None)
