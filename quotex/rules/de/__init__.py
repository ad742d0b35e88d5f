"""German: the logic German news needs beyond the shared rules.

The words are in :mod:`quotex.lang.de`, with the cue forms of the pack's
verbs, conjugated (:mod:`quotex.lang.de.forms`); this package holds what
German does with them that English does not, registered for German only and
imported when a document is first read in German (its :data:`RULES`, and
:class:`German` in :data:`~quotex.rules.base.GRAMMARS`):

- :mod:`~quotex.rules.de.grammar`: :class:`German`, the hooks the shared
  rules call (:class:`~quotex.rules.base.Grammar`), reading with
  :mod:`~quotex.rules.de.clauses`: verb-second order ("Am Montag sagte
  Merkel, …", "Dazu erklärte Hartmann: …"), separable verbs whose particle
  stands at the end of the clause ("teilte die Polizei am Montag mit, dass
  …"), a setting between the cue and a comma ("sagte am Montag, er sei …"),
  the pronoun after an inverted cue ("…, sagte er."), the source of "es
  heißt" and a speaker named in quotation marks;
- :mod:`~quotex.rules.de.relatives`: the relative pronoun that opens the
  clause a cue ends, as its speaker ("…, der angab, er habe …");
- :mod:`~quotex.rules.de.reports`: reported content read again (an object
  is content only for verbs like "fordern"; quoted words inside a report
  take its speaker);
- the rules ``demonstrative_report`` ("Der Zug fällt aus. Das bestätigte
  die Bahn.") and ``subjunctive_continuation``: reported speech that goes on
  without a cue, in the subjunctive ("Er sagte, er sei bereit. Die Regierung
  habe versagt."), and ``adverb_report``: a sentence opened by "Demnach"
  reports the source named before it (:mod:`~quotex.rules.de.adverbs`),
  and ``so_report``: a sentence with quoted words that ends in ", so X"
  (:mod:`~quotex.rules.de.trailing`), and ``speech_act``: a speech act
  reported by its object, "forderte den Rücktritt" (:mod:`~quotex.rules.de.acts`),
  and ``characterised_quote``: the label a characterising verb gives after
  "als", „…“ (:mod:`~quotex.rules.de.labels`).
"""

from __future__ import annotations

import bisect
from typing import Final

from quotex.lang import de
from quotex.lang.de.forms import CLAUSE_END_PARTICLES, PARTICLE_FORMS, QUOTE_ONLY_FORMS, SPEECH_FORMS, VERB_SECOND_FORMS, conjugate
from quotex.rules.base import Rule
from quotex.rules.content import MIN_CONTENT_WORDS, strip_content
from quotex.rules.de.acts import SPEECH_ACT
from quotex.rules.de.adverbs import ADVERB_REPORT
from quotex.rules.de.clauses import particle_end, subject_after
from quotex.rules.de.direct import CLAUSE_FINAL_CUE, own_speaker
from quotex.rules.de.finds import indirect
from quotex.rules.de.fronted import FRONTED_PHRASE_QUOTE
from quotex.rules.de.grammar import German
from quotex.rules.de.holders import DOCUMENT_COLON_QUOTE
from quotex.rules.de.labels import CHARACTERISED_QUOTE
from quotex.rules.de.passives import PASSIVE_AGENT_REPORT
from quotex.rules.de.reports import GUESSED, reread
from quotex.rules.de.running import RUNNING_REPORT
from quotex.rules.de.trailing import SO_REPORT
from quotex.rules.document import Attribution, Document, Found, FoundIndex, merged
from quotex.text import Span

__all__ = [
    "TABLE",
    "ADVERB_REPORT",
    "CHARACTERISED_QUOTE",
    "CLAUSE_FINAL_CUE",
    "SO_REPORT",
    "SPEECH_ACT",
    "CLAUSE_END_PARTICLES",
    "DEMONSTRATIVE_REPORT",
    "DOCUMENT_COLON_QUOTE",
    "FRONTED_PHRASE_QUOTE",
    "PARTICLE_FORMS",
    "PASSIVE_AGENT_REPORT",
    "RUNNING_REPORT",
    "QUOTE_ONLY_FORMS",
    "SPEECH_FORMS",
    "SUBJUNCTIVE_CONTINUATION",
    "VERB_SECOND_FORMS",
    "German",
    "adverb_reports",
    "conjugate",
    "so_reports",
    "demonstrative_reports",
    "subjunctive_continuations",
]

#: How many cue-less subjunctive sentences may go on reporting one speaker.
MAX_CONTINUATION: Final = 3


def subjunctive_continuations(doc: Document, found: list[Found]) -> list[Found]:
    """German reported speech that goes on without a cue, in the subjunctive:
    'Er sagte, er sei bereit. Die Regierung habe versagt.'  The second
    sentence reports the same speaker (rule ``subjunctive_continuation``), and
    so do the words quoted in it ('Die Spieler hätten „alles gegeben“').

    First what the shared rules read is read again the German way
    (:func:`~quotex.rules.de.reports.reread`), so that each sentence's report
    is known before a report goes on past it."""
    sents = doc.sentences()
    found = reread(doc, found, sents)
    subjunctive, first_person = doc.lang.SUBJUNCTIVE_FORMS, doc.lang.FIRST_PERSON
    more_subjunctive = doc.lang.CONTINUATION_SUBJUNCTIVES
    if not sents or not any(form in doc.text for form in subjunctive | more_subjunctive):
        return found
    starts = [s.start for s in sents]
    by_sentence: dict[int, Found] = {}
    guessed: dict[int, list[Found]] = {}
    for f in found:
        i = bisect.bisect_right(starts, f.start) - 1
        if f.attribution.rule.name in GUESSED:
            guessed.setdefault(i, []).append(f)
        else:
            by_sentence.setdefault(i, f)
    added: list[Found] = []
    dropped: set[int] = set()
    source: Found | None = None
    run = 0
    for i, sent in enumerate(sents):
        if i in by_sentence:
            source, run = by_sentence[i], 0
            continue
        para = doc.paragraph_of(sent.start)
        if source is None or run >= MAX_CONTINUATION or para - source.paragraph > 1 or doc.inside_quote(sent.start):
            source = None
            continue
        words = doc.text[sent.start : sent.end].split()
        lowered = {w.strip(",.;:!?\N{LEFT DOUBLE QUOTATION MARK}\N{DOUBLE LOW-9 QUOTATION MARK}").lower() for w in words}
        stripped = {w.strip(",.;:!?\N{LEFT DOUBLE QUOTATION MARK}\N{DOUBLE LOW-9 QUOTATION MARK}") for w in words}
        if (
            not (lowered & subjunctive or stripped & more_subjunctive)
            or lowered & first_person
            or len(words) < MIN_CONTENT_WORDS
            or own_speaker(doc, sent)
            or _governed(words, subjunctive, more_subjunctive)
        ):
            source = None
            continue
        att = Attribution(source.attribution.mention, None, SUBJUNCTIVE_CONTINUATION)
        for piece in doc.unquoted(sent):  # the words between its quotations: quotes never overlap
            span = strip_content(doc.text, piece.start, piece.end)
            if len(doc.text[span.start : span.end].split()) >= MIN_CONTENT_WORDS:
                added.append(Found(span.start, span.end, "indirect", para, att))
        for f in guessed.get(i, []):
            dropped.add(id(f))
            added.append(Found(f.start, f.end, f.type, f.paragraph, att))
        taken = {(f.start, f.end) for f in guessed.get(i, [])}
        for q in doc.quoted:
            if sent.start <= q.open < sent.end and q.double and q.close is not None and (q.start, q.end) not in taken:
                added.append(Found(q.start, q.end, "partial", para, att))
        run += 1
    return merged(found, added, dropped)


def _governed(words: list[str], subjunctive: frozenset[str], more: frozenset[str]) -> bool:
    """Is every subjunctive of a sentence inside a "dass" or "ob" clause that
    its own main clause governs ("Auch Y glaubt, dass der Plan scheitern
    könne")?  Such a sentence says who holds the view: it goes on with no
    report before it."""
    opener = next((k for k, w in enumerate(words[1:], 1) if w in de.GOVERNED_CLAUSE_WORDS and words[k - 1].endswith(",")), None)
    if opener is None or opener < 2:
        return False
    before = words[:opener]
    return not any(w.strip(",.;:!?").lower() in subjunctive or w.strip(",.;:!?") in more for w in before)


def demonstrative_reports(doc: Document, found: list[Found]) -> list[Found]:
    """A sentence that says who reported the one before it: "Der Zug fällt
    aus. Das bestätigte die Bahn." / "Dies teilte ein Sprecher mit."  The
    sentence before is the content (rule ``demonstrative_report``), the
    subject after the cue its speaker."""
    sents = doc.sentences()
    text, lang = doc.text, doc.lang
    if len(sents) < 2 or not any(word in text for word in de.REPORTING_DEMONSTRATIVES):
        return found
    index = FoundIndex(found)
    found = index.found
    added: list[Found] = []
    dropped: set[int] = set()
    for prev, sent in zip(sents, sents[1:], strict=False):
        words = text[sent.start : min(sent.end, sent.start + 40)].split(None, 2)
        if len(words) < 3 or words[0] not in de.REPORTING_DEMONSTRATIVES or doc.inside_quote(sent.start):
            continue
        verb = words[1].lower()
        if verb not in lang.SPEECH_FORMS and verb not in lang.CLAUSE_END_PARTICLES:
            continue
        verb_end = text.index(words[1], sent.start + len(words[0])) + len(words[1])
        if verb not in lang.SPEECH_FORMS and particle_end(lang, text, verb_end, sent.end, verb) is None:
            continue  # "Das gab den Ausschlag": not "Das gab die Bahn bekannt"
        mention = subject_after(doc, verb_end, sent.end)
        if mention is None or mention.pronoun == "it":
            continue
        para = doc.paragraph_of(prev.start)
        if para != doc.paragraph_of(sent.start) or doc.inside_quote(prev.start):
            continue
        if index.starting_in(prev.start, prev.end):
            continue  # the sentence before already reports something
        content = strip_content(text, prev.start, prev.end)
        if len(text[content.start : content.end].split()) < MIN_CONTENT_WORDS:
            continue
        # what a shared rule read in this sentence is its object, not content: "Dies bestätigte | der Minister"
        mine = index.starting_in(sent.start, sent.end)
        if any(f.type != "indirect" for f in mine):
            continue
        dropped |= {id(f) for f in mine}
        cue = Span(sent.start + len(words[0]) + 1, verb_end)
        added.append(indirect(doc, sent, content, mention, cue, DEMONSTRATIVE_REPORT))  # the paragraph of both
    return merged(found, added, dropped)


DEMONSTRATIVE_REPORT: Final = Rule(
    name="demonstrative_report",
    description="Der Zug fällt aus. Das bestätigte die Bahn.: German, the sentence before reported by the one after",
    family="de",
    handler=demonstrative_reports,
    languages=frozenset({"de"}),
)


SUBJUNCTIVE_CONTINUATION: Final = Rule(
    name="subjunctive_continuation",
    description="Er sagte, er sei bereit. Die Regierung habe versagt.: German reported speech going on in the subjunctive",
    family="de",
    handler=subjunctive_continuations,
    languages=frozenset({"de"}),
)


#: German's rules, in the order the engine applies them, after the shared
#: ones (:data:`quotex.rules.TABLE` ends with them): a passive report whose
#: agent "von" names (:mod:`~quotex.rules.de.passives`), a sentence reported by
#: the one after it, quoted words before the verb that ends their clause,
#: sentences that go on in the subjunctive, a sentence reporting by an adverb
#: ("Demnach") the source before it, quoted words before ", so X", a speech
#: act reported by its object ("forderte den Rücktritt"), then the quoted
#: words a fronted phrase, a document or a characterising verb's label
#: holds, and reports that run on.
TABLE: Final[tuple[Rule, ...]] = (
    PASSIVE_AGENT_REPORT,
    DEMONSTRATIVE_REPORT,
    CLAUSE_FINAL_CUE,
    SUBJUNCTIVE_CONTINUATION,
    ADVERB_REPORT,
    SO_REPORT,
    SPEECH_ACT,
    FRONTED_PHRASE_QUOTE,
    DOCUMENT_COLON_QUOTE,
    CHARACTERISED_QUOTE,
    RUNNING_REPORT,
)
