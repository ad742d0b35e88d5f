"""English, speech acts: the verbs that report an act of speech by the
phrase after them, not by a clause ("called for a new bridge", "never
responded to the ferry board's questions", "warned of layoffs").  Data only; the
reader is :mod:`quotex.rules.reported.acts`."""

from __future__ import annotations

from typing import Final

#: Verbs that are speech whatever their object, with the prepositions that
#: open the object they report (none: the object follows the verb: "urged
#: restraint", "denounced the attack").  Left
#: out on purpose: verbs that report speech only with a clause, or with a
#: noun object that is often no speech ("announced his run", "added 9,000
#: jobs", "agreed to sell", "asked about": PolNeAR gives the question no
#: source, so a reading of it is never attributed).
SPEECH_ACTS: Final[dict[str, tuple[str, ...]]] = {
    "call": ("for", "upon"),
    "respond": ("to",),
    "reply": ("to",),
    "comment": ("on", "about"),
    "complain": ("about", "of"),
    "warn": ("of", "against", "about"),
    "joke": ("about",),
    "boast": ("about", "of"),
    "brag": ("about",),
    "argue": ("for", "against"),
    "urge": (),
    "demand": (),
    "decry": (),
}

#: Words that may stand between an act's verb and its preposition: "called
#: Wednesday for", "responded quickly to".
ACT_SETTINGS: Final = frozenset(
    """
    today yesterday monday tuesday wednesday thursday friday saturday sunday again repeatedly publicly
    also directly immediately quickly loudly openly once
    """.split()
)

#: Forms of "be" and "get" before a participle that make it passive: "was called on to testify", "got warned of".
PASSIVE_MARKERS: Final = frozenset("be is are was were been being am get gets got gotten getting".split())
