"""German cue forms, generated from the verbs of :mod:`quotex.lang.de`.

The pack lists infinitives; here they are conjugated (:func:`conjugate`:
sagen -> sagt, sagte, sagten, gesagt; separable verbs split: mitteilen ->
teilte … mit, mitteilte, mitgeteilt) and read into the German record like
the pack's own tables.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

import regex

from quotex.lang import de

#: A stem that takes an "e" before the endings "-t" and "-te": "meldet",
#: "antwortete", "rechnet", "bezeichnete" (not "warnt", "filmt").
_E_STEM: Final = regex.compile(r"(?: [td] | [^aeiouäöülrh][mn] | chn )\Z", regex.VERBOSE)


def conjugate(lemma: str) -> tuple[str, str, str, str]:
    """The third person singular, the past (singular and plural) and the
    participle of a verb: the pack's :data:`~quotex.lang.de.STRONG` table,
    else the regular (weak) forms.

    >>> conjugate("sagen"), conjugate("antworten")[1], conjugate("erklären")[3], conjugate("zitieren")[3]
    (('sagt', 'sagte', 'sagten', 'gesagt'), 'antwortete', 'erklärt', 'zitiert')
    """
    if lemma in de.STRONG:
        return de.STRONG[lemma]
    stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1]  # "äußern" -> "äußer"
    e = "e" if _E_STEM.search(stem) else ""
    third, past = f"{stem}{e}t", f"{stem}{e}te"
    bare = lemma.endswith("ieren") or lemma.startswith(de.INSEPARABLE_PREFIXES)
    return third, past, past + "n", third if bare else "ge" + third


def inflections(lemmas: Iterable[str]) -> frozenset[str]:
    """Every form :func:`conjugate` gives of the verbs, their infinitives
    included: ("sehen",) -> sehen, sieht, sah, sahen, gesehen."""
    return frozenset(form for lemma in lemmas for form in (lemma, *conjugate(lemma)))


def _forms(lemma: str) -> tuple[frozenset[str], frozenset[str], dict[str, tuple[str, ...]]]:
    """A verb's forms that speak on their own, the forms of the verb a
    separable one is split from (speech only with the particle), and those
    forms with their particle."""
    if lemma in de.SEPARABLE:
        particle, base = de.SEPARABLE[lemma]
        third, past, plural, participle = conjugate(base)
        finite = (base, third, past, plural)
        joined = frozenset({particle + f for f in finite} | {particle + participle})
        return joined - de.NOT_CUES, frozenset(finite) - de.NOT_CUES, {f: (particle,) for f in finite}
    return frozenset({lemma, *conjugate(lemma)}) - de.NOT_CUES, frozenset(), {}


def _table(lemmas: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str], dict[str, tuple[str, ...]]]:
    whole: set[str] = set()
    split: set[str] = set()
    particles: dict[str, tuple[str, ...]] = {}
    for lemma in lemmas:
        own, base, parts = _forms(lemma)
        whole |= own
        split |= base
        for form, more in parts.items():
            particles[form] = tuple(dict.fromkeys(particles.get(form, ()) + more))
    return frozenset(whole), frozenset(split), particles


_SPEECH, _SPLIT, _PARTICLES = _table(de.SPEECH)
_QUOTE_ONLY, _QUOTE_SPLIT, _QUOTE_PARTICLES = _table(de.QUOTE_ONLY)

#: The participles of the speech verbs ("gesagt", "angekündigt"): their
#: auxiliary stands before them, their subject before it.
PARTICIPLES: Final = (
    frozenset(
        {conjugate(lemma)[3] for lemma in de.SPEECH if lemma not in de.SEPARABLE}
        | {de.SEPARABLE[lemma][0] + conjugate(de.SEPARABLE[lemma][1])[3] for lemma in de.SPEECH if lemma in de.SEPARABLE}
    )
    - de.NOT_CUES
)

#: Forms of the verbs whose object alone is reported content (:data:`quotex.lang.de.OBJECT_CONTENT_LEMMAS`).
OBJECT_CONTENT_FORMS: Final = frozenset(form for lemma in de.OBJECT_CONTENT_LEMMAS for part in _forms(lemma)[:2] for form in part)

#: Forms of the verbs whose object said the words (:data:`quotex.lang.de.QUOTING`).
QUOTING_FORMS: Final = inflections(de.QUOTING)


def _apart_forms() -> dict[str, tuple[str, ...]]:
    """The forms of the separable verbs whose particle may be written apart
    before them (:data:`quotex.lang.de.PARTICLES_WRITTEN_APART`), with those
    particles: "gab" -> ("bekannt",), "gegeben" -> ("bekannt",)."""
    table: dict[str, tuple[str, ...]] = {}
    for lemma in (*de.SPEECH, *de.QUOTE_ONLY):
        split = de.SEPARABLE.get(lemma)
        if split is None or split[0] not in de.PARTICLES_WRITTEN_APART:
            continue
        particle, base = split
        for form in {base, *conjugate(base)} - de.NOT_CUES:
            table[form] = tuple(dict.fromkeys(table.get(form, ()) + (particle,)))
    return table


#: Forms read as one cue with a particle written apart before them: "bekannt gab".
APART_PARTICLE_FORMS: Final = _apart_forms()

#: The cue forms of the German record (the pack lists lemmas; these are their forms).
SPEECH_FORMS: Final = _SPEECH
#: Forms that attribute a quotation next to them: the quote-only verbs, and
#: the verbs separable ones are split from ("„…“, teilte die Polizei mit").
QUOTE_ONLY_FORMS: Final = (_QUOTE_ONLY | _SPLIT | _QUOTE_SPLIT) - _SPEECH
#: Separable verbs, speech only with their particle next to them or at the
#: end of the clause ("Die Polizei teilte mit, dass …", "gab … bekannt").
PARTICLE_FORMS: Final = _PARTICLES | _QUOTE_PARTICLES
CLAUSE_END_PARTICLES: Final = PARTICLE_FORMS
#: The forms of the verbs separable ones are split from that speak only with
#: their particle: "stellte … fest" reports, "stellte die Platte vor" does not.
SPLIT_ONLY_FORMS: Final = (_SPLIT | _QUOTE_SPLIT) - _SPEECH - _QUOTE_ONLY
#: Cue forms after which the subject may follow the verb (verb-second
#: order): "Am Montag sagte Merkel, …", "„…“, sagte sie".
VERB_SECOND_FORMS: Final = SPEECH_FORMS | QUOTE_ONLY_FORMS
