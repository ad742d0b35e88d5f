"""What may stand between a subject and its cue and is no part of the
subject: auxiliaries, a manner adverb, "quoted as", a span of time counted
back with "ago", a short time phrase ("has in the past described", "on
Monday said", "less than two weeks ago said").  :func:`strip_setting` drops
them, so that the subject's own last word ends the mention.
"""

from __future__ import annotations

from typing import Final

from quotex.lang import Language, current
from quotex.speakers.tokens import Tok


def _manner_adverb(toks: list[Tok]) -> bool:
    """Is the last token an adverb in -ly after its subject ("politely",
    "grudgingly")? Not a noun: "the family", "an ally", "his rally"."""
    L = current()
    last = toks[-1]
    return (
        len(toks) > 1
        and len(last.low) >= 6
        and last.low.endswith("ly")
        and not last.cap
        and last.low not in L.NOUN_HEADS
        and toks[-2].low not in L.DETERMINERS
        and not toks[-2].punct
    )


def floating_quantifier(toks: list[Tok]) -> bool:
    """Is the last token a quantifier after a plural subject ("Ruiz and Lee
    both", "The senators all", "they each")?  Not one that opens the subject
    ("both candidates", "all of them") or follows a verb ("won both")."""
    L = current()
    if len(toks) < 2 or toks[-1].low not in L.FLOATING_QUANTIFIERS or toks[-1].cap:
        return False
    k = len(toks) - 2
    while k > 0 and toks[k].low in L.QUANTIFIER_AUXILIARIES and not toks[k].cap:
        k -= 1  # "Ruiz and Lee have | both"
    before = toks[k]
    if before.text == ")" and k > 0:
        # "Ann Pole (D-Ore.) and Ed Lee (D-N.J.) | all": a party tag closes the last conjunct
        opening = next((j for j in range(k - 1, max(-1, k - 8), -1) if toks[j].text == "("), -1)
        return opening > 0 and any(t.low in L.SUBJECT_COORDINATORS for t in toks[max(0, opening - 4) : opening])
    if before.punct:
        return False
    if before.low in L.PLURAL_PRONOUNS:
        return True
    if any(t.low in L.SUBJECT_COORDINATORS for t in toks[max(0, k - 4) : k]):
        return True  # "Ruiz and Lee both", "The mayor and the harbor master both": a coordinated subject
    return not before.cap and before.low.endswith("s") and not before.low.endswith("ss") and before.low not in L.AUXILIARIES


#: The most words of such a phrase, "ago" included.
MAX_AGO_WORDS: Final = 6


def _ago_phrase(L: Language, toks: list[Tok]) -> int:
    """How many tokens at the end of ``toks`` make a phrase "… ago" with a unit of
    time in it ("less than two weeks ago", "days ago"), or 0."""
    if not toks or toks[-1].low not in L.AGO_WORDS or toks[-1].cap:
        return 0
    size, unit = 1, False
    while size < MAX_AGO_WORDS and len(toks) > size + 1:
        t = toks[-size - 1]
        if t.cap or t.punct:
            break
        if t.low in L.TIME_WORDS:
            unit = True
        elif not (t.low in L.AGO_SPAN_WORDS or t.low in L.NUMBER_WORDS or t.text.isdigit()):
            break
        size += 1
    return size if unit and size > 1 else 0


def strip_setting(toks: list[Tok]) -> list[Tok]:
    """Drop auxiliaries, adverbs and a time phrase between a subject and its
    cue: "has in the past described", "on Monday said", "also told"."""
    L = current()
    while toks:
        if toks[-1].low in L.AUXILIARIES and not toks[-1].cap:
            toks = toks[:-1]
            continue
        if _manner_adverb(toks):
            toks = toks[:-1]  # "Ruiz politely suggested"
            continue
        if toks[-1].low in L.FLOATING_QUANTIFIERS and floating_quantifier(toks):
            toks = toks[:-1]  # "Ruiz and Lee both said", "The senators all agreed"
            continue
        if len(toks) > 2 and toks[-1].low in L.QUOTED_AS_LINKS and toks[-2].low in L.QUOTED_AS:
            toks = toks[:-2]  # "Pell is quoted as saying": Pell says it
            continue
        ago = _ago_phrase(L, toks)
        if ago:
            toks = toks[:-ago]  # "The agency less than two weeks ago said": a time phrase, not a count
            continue
        # a short time phrase: "in the past", "on Monday", "last week"
        for size in (2, 3, 4):
            opener = toks[-size] if len(toks) > size else None
            if (
                opener is not None
                and opener.low in L.TIME_PREPOSITIONS
                and not opener.cap
                and all(t.low in L.TIME_WORDS or t.low in L.DETERMINERS or t.text.isdigit() for t in toks[-size + 1 :])
            ):
                toks = toks[:-size]
                break
        else:
            return toks
    return toks
