"""German: the logic German news needs beyond the shared rules.

The words are in :mod:`quotex.lang.de`; this module holds what German does
with them that English does not, registered for German only:

- :class:`German`, the hooks the shared rules call (:class:`~quotex.rules.base.Grammar`):
  verb-second order ("Am Montag sagte Merkel, …": the phrase before the verb
  is no subject, the subject follows it), separable verbs whose particle
  stands at the end of the clause ("teilte die Polizei am Montag mit, dass
  …"), a setting between the cue and a comma ("sagte am Montag, er sei …"),
  and the pronoun after an inverted cue ("…, sagte er.");
- the rule ``subjunctive_continuation``: reported speech that goes on
  without a cue, in the subjunctive ("Er sagte, er sei bereit. Die Regierung
  habe versagt.").
"""

from __future__ import annotations

import bisect
from typing import Final

from quotex.lang import Language
from quotex.rules.base import GRAMMARS, Grammar, Rule, compile_rule
from quotex.rules.document import Attribution, Document, Found
from quotex.rules.reported import MIN_CONTENT_WORDS, strip_content
from quotex.speakers import Mention, mention_after
from quotex.text import Span

#: How far a separable verb's particle may follow it, in characters.
PARTICLE_REACH: Final = 80

#: The particle of a separable verb at the end of its clause, before a
#: comma, colon or stop: "warf der Regierung | vor,", "teilte die Polizei | mit:".
CLAUSE_END_PARTICLE: Final = compile_rule(
    r"""
    [^,.;:!?\n\"\N{LEFT DOUBLE QUOTATION MARK}\N{DOUBLE LOW-9 QUOTATION MARK}]{0,78}?
    (?<= \s ) (?P<particle> \p{Ll}{2,8} ) (?= ${sp}{0,2} [,.:] )
    """
)

#: A setting between cue and clause, closed by a comma:
#: "sagte am Montag, er sei …", "erklärte gegenüber der Zeitung, dass …".
SETTING: Final = compile_rule(
    r"""
    (?: ${sp}{1,3} [\p{L}\p{N}.\-]{1,30} ){1,8}?
    (?= , ${sp}{1,3} (?: ${clause_openers} ) \b )
    """
)

#: How far the comma that ends a verb-second subject may follow the cue.
SUBJECT_REACH: Final = 80


class German(Grammar):
    """Verb-second order and separable verbs (see the module's docstring)."""

    def clause_end_particle(self, lang: Language, text: str, end: int, word: str) -> int | None:
        m = CLAUSE_END_PARTICLE.match(text, end, min(len(text), end + PARTICLE_REACH))
        if m is not None and m.group("particle") in lang.CLAUSE_END_PARTICLES[word]:
            return int(m.end("particle"))
        return None

    def speaker_after_cue(self, doc: Document, cue: Span, word: str, mention: Mention | None, until: int) -> Mention | None:
        if word not in doc.lang.VERB_SECOND_FORMS:
            return mention
        first = doc.text[mention.start : mention.end].split()[0].lower() if mention is not None else None
        if mention is None or first in doc.lang.OBLIQUE_ARTICLES:
            # verb second: "Dem Sender n-tv sagte er: „…“", "Am Montag sagte Merkel: „…“"
            after = mention_after(doc.text, cue.end, until)
            return after if after is not None and after.pronoun != "who" else mention
        return mention

    def clause_speaker(
        self, doc: Document, sent: Span, cue: Span, word_end: int, word: str, mention: Mention | None
    ) -> tuple[Mention | None, int]:
        text = doc.text
        oblique = mention is not None and text[mention.start : mention.end].split()[0].lower() in doc.lang.OBLIQUE_ARTICLES
        if (mention is None or oblique) and word in doc.lang.SPEECH_FORMS:
            # the verb second: "Am Montag sagte Merkel, sie werde …",
            # "Gegenüber der dpa sagte ein Sprecher, …": the phrase before the verb is no subject
            comma = text.find(",", cue.end, min(sent.end, cue.end + SUBJECT_REACH))
            after = mention_after(text, cue.end, comma) if comma > 0 else None
            return after, (comma if after is not None else cue.end)
        if mention is None and word in doc.lang.CLAUSE_END_PARTICLES and cue.end > word_end + 4:
            # "Am Montag teilte die Polizei mit, dass …": the subject sits between verb and particle
            return mention_after(text, word_end, text.rfind(" ", word_end, cue.end)), cue.end
        return mention, cue.end

    def setting_end(self, doc: Document, pos: int, end: int, word: str) -> int | None:
        if word not in doc.lang.SPEECH_FORMS or doc.text[pos : pos + 1] == ",":
            return None
        m = SETTING[doc.lang].match(doc.text, pos, end)  # "sagte am Montag, er sei …"
        return None if m is None else int(m.end())

    def pronoun_after_cue(self, lang: Language, word: str) -> bool:
        return word in lang.SUBJECT_PRONOUNS


GRAMMARS["de"] = German()


#: How many cue-less subjunctive sentences may go on reporting one speaker.
MAX_CONTINUATION: Final = 3


def subjunctive_continuations(doc: Document, found: list[Found], para_starts: list[int]) -> list[Found]:
    """German reported speech that goes on without a cue, in the subjunctive:
    'Er sagte, er sei bereit. Die Regierung habe versagt.'  The second
    sentence reports the same speaker (rule ``subjunctive_continuation``)."""
    sents = doc.sentences()
    subjunctive, first_person = doc.lang.SUBJUNCTIVE_FORMS, doc.lang.FIRST_PERSON
    if not sents or not any(form in doc.text for form in subjunctive):
        return found
    starts = [s.start for s in sents]
    by_sentence: dict[int, Found] = {}
    for f in found:
        by_sentence.setdefault(bisect.bisect_right(starts, f.start) - 1, f)
    added: list[Found] = []
    source: Found | None = None
    run = 0
    for i, sent in enumerate(sents):
        if i in by_sentence:
            source, run = by_sentence[i], 0
            continue
        para = bisect.bisect_right(para_starts, sent.start) - 1
        if source is None or run >= MAX_CONTINUATION or para - source.paragraph > 1 or doc.inside_quote(sent.start):
            source = None
            continue
        words = doc.text[sent.start : sent.end].split()
        lowered = {w.strip(",.;:!?").lower() for w in words}
        if not lowered & subjunctive or lowered & first_person or len(words) < MIN_CONTENT_WORDS:
            source = None
            continue
        span = strip_content(doc.text, sent.start, sent.end)
        att = Attribution(source.attribution.mention, None, SUBJUNCTIVE_CONTINUATION)
        added.append(Found(span.start, span.end, "indirect", para, att))
        run += 1
    if not added:
        return found
    return sorted(found + added, key=lambda f: (f.start, f.end))


SUBJUNCTIVE_CONTINUATION: Final = Rule(
    name="subjunctive_continuation",
    description="Er sagte, er sei bereit. Die Regierung habe versagt.: German reported speech going on in the subjunctive",
    family="de",
    handler=subjunctive_continuations,
    languages=frozenset({"de"}),
)
