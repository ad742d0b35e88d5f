"""The relative pronoun as the speaker of a cue that ends its clause:
"Die Polizei befragte den Nachbarn Karl Zobel, der angab, Schüsse gehört
zu haben" / "…, der dem Bürgermeister vorwarf, …" / "…, die angekündigt
hat, den Verband zu verlassen".

German puts the verb of a relative clause last, so a cue followed by its
comma (an auxiliary between or not) closes the clause the pronoun opened.
The pronoun is the speaker mention, as "who" is in English
(:func:`quotex.rules.clauses.relative_speaker`), resolved to the noun phrase
before its comma.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

import regex

from quotex.rules.de.clauses import oblique, speaker_like
from quotex.rules.document import Document
from quotex.speakers import Mention, mention_before
from quotex.text import Span

#: What may follow the cue before the comma that ends the relative clause: an auxiliary ("erklärt hat,").
_CLAUSE_END: Final = regex.compile(r"(?:[ \t\u00a0]+(?:hat|hatte|hatten|haben|habe|hätte|hätten))?[ \t\u00a0]*,")
#: The pronoun right after the comma that opens the clause: ", der", ", die", ", welches".
_OPENER: Final = regex.compile(r",[ \t\u00a0]{1,3}(?P<pronoun>\p{Ll}+)(?=[ \t\u00a0])")
#: How far before the cue the pronoun may stand, in characters ("…, die nach der Sitzung im Rathaus … erklärte").
RELATIVE_REACH: Final = 100


def relative_pronoun_subject(doc: Document, sent: Span, cue: Span, mention: Mention | None) -> Mention | None:
    """The relative pronoun that opens the clause a cue ends, as its speaker;
    None when the clause has a subject of its own after the pronoun ("…, die
    der Minister erwähnte, …": the pronoun is the object) or the phrase before
    the comma names no one who could speak."""
    text = doc.text
    if _CLAUSE_END.match(text, cue.end, sent.end) is None:
        return None
    comma = text.rfind(",", max(sent.start, cue.start - RELATIVE_REACH), cue.start)
    if comma < 0 or doc.inside_quote(comma):
        return None
    opener = _OPENER.match(text, comma, cue.start)
    if opener is None or opener.group("pronoun") not in doc.lang.SUBJECT_RELATIVES:
        return None
    if mention is not None and mention.start >= opener.end() and not oblique(doc, mention):
        return None  # "…, die der Minister erwähnte": the clause's own subject
    antecedent = _antecedent(doc, sent.start, comma)
    if antecedent is None:
        return None
    start, end = opener.span("pronoun")
    return replace(antecedent, text=text[start:end], start=start, end=end, pronoun="who")


#: How many words back from the comma the antecedent may start ("der Trainerin Mia Brandt").
ANTECEDENT_WORDS: Final = 6
#: How many lowercase words may stand between the antecedent and the comma ("Olaf Reimann | zugegen, der …").
EXTRAPOSED_WORDS: Final = 1
_WORD: Final = regex.compile(r"[^\s,;:()]+")


def _antecedent(doc: Document, lo: int, comma: int) -> Mention | None:
    """The noun phrase nearest before a relative clause's comma that names
    someone who could speak: "die Frage | des Nachbarn |, der …" (the
    pronoun agrees with the nearest noun), "Olaf Reimann | zugegen, der …" (a
    predicate word may stand after it)."""
    text, lang = doc.text, doc.lang
    words = list(_WORD.finditer(text, max(lo, comma - 160), comma))[-ANTECEDENT_WORDS - EXTRAPOSED_WORDS :]
    end = comma
    skipped = 0
    while words and not words[-1].group()[:1].isupper() and skipped < EXTRAPOSED_WORDS:
        end = words.pop().start()
        skipped += 1
    if not words or not words[-1].group()[:1].isupper() or text[words[-1].end() : end].strip():
        return None
    best = None
    for w in reversed(words):
        mention = mention_before(text, w.start(), end)
        if mention is not None and mention.start == w.start() and mention.pronoun is None and speaker_like(doc, mention):
            best = mention
        if w.group().lower() in lang.DETERMINERS or w.group().lower() in lang.GENITIVE_ARTICLES:
            break  # the phrase opens with its article
    return best
