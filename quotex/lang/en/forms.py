"""English cue forms, generated from the lemma tables of :mod:`quotex.lang.en`.

Logic only: :func:`inflections` turns a lemma into its forms (``say`` ->
``says``, ``said``, ``saying``), with the irregular ones spelled out in the
English pack's ``IRREGULAR`` table, and this module builds the form tables
the English :class:`~quotex.lang.Language` record takes.

``SPEECH`` verbs introduce both quotations and reported (indirect) speech:
"Kirby said there have been efforts".  ``QUOTE_ONLY`` verbs attribute a
quotation next to them but are too loose to mark indirect speech on their own
("Clinton called them “deplorables”" is attribution; "Clinton called Trump"
is not).
"""

from __future__ import annotations

from typing import Final

from quotex.lang.en import (
    AUXILIARIES,
    BARE_PARTICLE_VERBS,
    CHARACTERISING_AS,
    DOUBLING,
    INFINITIVE_SPEECH,
    IRREGULAR,
    NAMING_OBJECT,
    NEEDS_PARTICLE,
    NOUN_LIKE_FORMS,
    NOUN_OBJECT_SPEECH,
    OBJECT_SPEECH,
    PARTICLES,
    PLURAL_NOUN_FORMS,
    QUOTE_ONLY,
    QUOTE_ONLY_PARTICLES,
    SPEECH,
    TAKES_OBJECT_LEMMAS,
    THAT_VERB_FORMS,
)

__all__ = [
    "AUXILIARIES",
    "BARE_PARTICLE_VERBS",
    "CHARACTERISING_AS_FORMS",
    "INFINITIVE_SPEECH",
    "LEMMA_OF",
    "NEEDS_PARTICLE",
    "NOUN_OBJECT_SPEECH",
    "OBJECT_SPEECH_FORMS",
    "PARTICLE_FORMS",
    "QUOTE_FORMS",
    "QUOTE_ONLY",
    "QUOTE_ONLY_PARTICLES",
    "SAYING_FORMS",
    "SPEECH",
    "SPEECH_FORMS",
    "TAKES_OBJECT",
    "THAT_VERB_FORMS",
    "forms",
    "inflections",
]


def inflections(lemma: str) -> tuple[str, ...]:
    """Every form of a cue lemma, lemma first.

    >>> inflections("say")
    ('say', 'says', 'said', 'saying')
    >>> inflections("note")
    ('note', 'notes', 'noted', 'noting')
    >>> inflections("add")
    ('add', 'adds', 'added', 'adding')
    """
    if lemma in IRREGULAR:
        return (lemma, *IRREGULAR[lemma])
    if lemma in DOUBLING:
        return lemma, lemma + "s", lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"
    if lemma.endswith("e"):
        return lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"
    if lemma.endswith(("sh", "ch", "ss", "x", "z")):
        return lemma, lemma + "es", lemma + "ed", lemma + "ing"
    return lemma, lemma + "s", lemma + "ed", lemma + "ing"


def forms(lemmas: tuple[str, ...]) -> frozenset[str]:
    """All inflected forms of a table of lemmas."""
    return frozenset(f for lemma in lemmas for f in inflections(lemma))


SPEECH_FORMS: Final = forms(tuple(lemma for lemma in SPEECH if lemma not in NEEDS_PARTICLE)) - NOUN_LIKE_FORMS - PLURAL_NOUN_FORMS
OBJECT_SPEECH_FORMS: Final = forms(OBJECT_SPEECH) - {"call", "calls", "called", "calling"}
QUOTE_FORMS: Final = forms(SPEECH + QUOTE_ONLY) - NOUN_LIKE_FORMS
#: The cue forms whose quoted object stays words said in Title Case ("chanting “Pay Us Now”").
SAYING_FORMS: Final = QUOTE_FORMS - forms(NAMING_OBJECT)
PARTICLE_FORMS: Final[dict[str, tuple[str, ...]]] = {
    form: particles for lemma, particles in PARTICLES.items() for form in inflections(lemma)
}
#: Forms of the one verb whose past tense dominates news attribution.
LEMMA_OF: Final[dict[str, str]] = {form: lemma for lemma in SPEECH + QUOTE_ONLY + tuple(PARTICLES) for form in inflections(lemma)}
#: Forms of the verbs whose object the words after "as" characterise ("hailed Ruiz as “…”").
CHARACTERISING_AS_FORMS: Final = forms(CHARACTERISING_AS)
#: Verbs that take an object before their clause ("told CNN that").
TAKES_OBJECT: Final = forms(TAKES_OBJECT_LEMMAS)
