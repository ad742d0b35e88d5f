"""German: quoted words in reported speech that runs on in the subjunctive.

"Die Ärztin sagte: „Wir sind am Ende.“ Es gebe zu wenige Betten. Die
Stationen seien „randvoll“."  German news goes on reporting a speaker
sentence after sentence in the subjunctive, with no cue; words quoted in
such a sentence are the speaker's.  ``subjunctive_continuation`` reads the
sentences right after a report; this pass, after every other German rule,
gives a quotation still without a speaker the speaker of the latest report
before it, as long as the text between stays in the subjunctive (rule
``running_report``, registered in :mod:`quotex.rules.de`).  A quoted
sentence right after a sentence of its paragraph that reports someone, read
by a German pass after the shared inheritance rules ran, takes that
speaker the way ``same_paragraph`` would have ("„…“, strich er heraus. „…“").
A run with no report before it takes the person or body the indicative
sentence right before it introduces (:func:`introducing_subject`: "Neue
Sprecherin ist Eva Roth. Die Lage sei „ernst“").
"""

from __future__ import annotations

import bisect
from typing import Final

import regex

from quotex.lang import de
from quotex.quotes import QuotedSpan
from quotex.rules.base import Rule
from quotex.rules.de.clauses import PASSIVE_AUXILIARIES, SPEAKING_KINDS, oblique, speaker_like, unclaimed_quotations
from quotex.rules.de.direct import own_speaker
from quotex.rules.de.finds import quotation
from quotex.rules.de.fronted import subject_after_front
from quotex.rules.document import Attribution, Document, Found, FoundIndex, embedded, merged
from quotex.rules.inheritance import SAME_PARAGRAPH
from quotex.rules.words import cues_before
from quotex.speakers import Mention, mention_after
from quotex.text import Span

#: How many sentences back the report a quotation runs on from may be.
REACH: Final = 4
#: Rules whose speaker is no report to run on from: a guess from the
#: quotation's own clause.
_NOT_SOURCES: Final = frozenset({"embedded_subject"})
#: Characters stripped from a word before it is looked up.
_PUNCTUATION: Final = ",.;:!?()\N{EN DASH}\N{LEFT DOUBLE QUOTATION MARK}\N{DOUBLE LOW-9 QUOTATION MARK}\"'"


def _words_outside(doc: Document, sent: Span) -> list[str]:
    text = doc.text
    return [w.strip(_PUNCTUATION) for piece in doc.unquoted(sent) for w in text[piece.start : piece.end].split()]


def reports_on(doc: Document, sent: Span) -> bool:
    """Does the sentence, outside its quotations, speak in the subjunctive
    of reported speech ("seien", "habe", "würden") and not in the first
    person ("ich habe" is indicative)?"""
    lang = doc.lang
    words = _words_outside(doc, sent)
    lowered = {w.lower() for w in words}
    if lowered & de.FIRST_PERSON_SUBJECTS:
        return False
    return bool(lowered & lang.SUBJUNCTIVE_FORMS or lowered & de.RUNNING_SUBJUNCTIVES or set(words) & lang.CONTINUATION_SUBJUNCTIVES)


def _reports_in(index: FoundIndex, start: int, end: int) -> list[Found]:
    """The quotes found from ``start`` to ``end`` that name a speaker a run may go on from."""
    return [f for f in index.starting_in(start, end) if f.attribution.rule.name not in _NOT_SOURCES]


def _source(doc: Document, index: FoundIndex, sents: list[Span], i: int, q: QuotedSpan) -> Mention | None:
    """Who the report ``q`` runs on from speaks: the speaker of the latest
    report in its own sentence before it, else in the sentences before, back
    through subjunctive ones (and the rest of a quotation that runs over
    sentences), in its paragraph or the one before; or the subject of a cue
    that opens the run ("Die Stadtreinigung äußerte Zweifel. Es sei …")."""
    para = doc.paragraph_of(q.open)
    mine = _reports_in(index, sents[i].start, q.open)
    if mine:
        return mine[-1].attribution.mention
    if _frames_itself(doc, sents[i], q):
        return None  # "… sagte dieser, dass X in „…“ lebe": the clause has a frame of its own, not the report before
    for j in range(i - 1, max(-1, i - 1 - REACH), -1):
        sent = sents[j]
        if para - doc.paragraph_of(sent.start) > 1:
            return None
        there = _reports_in(index, sent.start, sent.end)
        if there:
            return there[-1].attribution.mention
        if doc.inside_quote(sent.start):
            continue  # the rest of a quotation: its report is further back
        if own_speaker(doc, sent) is not None:
            return _opening_subject(doc, sent)  # a cue with a speaker of its own opens the run, or ends the search
        if not reports_on(doc, sent):
            return None if _frames_itself(doc, sents[i], q) else introducing_subject(doc, sent)
    return None


def _after_report(doc: Document, index: FoundIndex, sents: list[Span], i: int, q: QuotedSpan) -> Mention | None:
    """The speaker of a quoted sentence right after a sentence of its
    paragraph that reports someone: "Er stellte fest, dass X geholfen habe.
    „Das Problem bleibt.“" (the quotation opens its sentence and ends it)."""
    text = doc.text
    if i == 0 or sents[i].start != q.open or embedded(doc, q):
        return None
    prev = sents[i - 1]
    if prev.start < doc.paras[q.paragraph].start:
        return None  # the quotation opens its paragraph
    there = _reports_in(index, prev.start, prev.end)
    if not there or text[there[-1].end : q.open].count("\N{DOUBLE LOW-9 QUOTATION MARK}"):
        return None
    return there[-1].attribution.mention


def _opening_subject(doc: Document, sent: Span) -> Mention | None:
    """The subject that opens a sentence, its cue right after it: "Die
    Stadtreinigung | äußerte Zweifel an der Darstellung." """
    text = doc.text
    mention = mention_after(text, sent.start, sent.end)
    if mention is None or mention.start != sent.start or mention.pronoun in ("who", "it"):
        return None
    if oblique(doc, mention) or text[mention.start : mention.end].split()[0].lower() in de.THING_OPENERS:
        return None
    cues = cues_before(doc, mention.end, sent.end)
    if not cues or text[mention.end : cues[0].start].strip():
        return None
    return mention


def _frames_itself(doc: Document, sent: Span, q: QuotedSpan) -> bool:
    """Does the quotation's own sentence say whose words it holds, outside
    the cue table: a content clause before it, after an indicative one
    ("vertritt er die These, dass …"), or a source preposition right before
    it (laut „…“, a name)?"""
    before = doc.text[sent.start : q.open].split()
    if before and before[-1].lower() in doc.lang.SOURCE_PREPOSITIONS:
        return True
    lang = doc.lang
    for k, word in enumerate(before[1:], 1):
        if word.strip(",").lower() in de.CONTENT_CLAUSE_WORDS:
            matrix = {w.strip(",.;:").lower() for w in before[:k]}
            return not (matrix & lang.SUBJUNCTIVE_FORMS or matrix & de.RUNNING_SUBJUNCTIVES)  # "gebe es Stimmen, dass …" runs on
    return False


def introducing_subject(doc: Document, sent: Span) -> Mention | None:
    """The subject of an indicative sentence right before a run of
    subjunctive ones with no report of its own: the person or body it
    introduces reports what follows ("Der Sprecher des Verbands ist Eva
    Roth. Die Lage sei „ernst“", "Im Landtag hatte die Ministerin wenig
    Gutes zu berichten. Die Kassen seien „leer“").  Not the subject of a
    passive, which is what something was done to."""
    text = doc.text
    words = {w.lower() for w in _words_outside(doc, sent)}
    if words & PASSIVE_AUXILIARIES or doc.quote_opens_in(sent.start, sent.end):
        return None
    mention = mention_after(text, sent.start, sent.end)
    if mention is None or mention.start != sent.start or oblique(doc, mention) or not speaker_like(doc, mention):
        mention = subject_after_front(doc, sent.start, sent.end)
    if mention is None or mention.pronoun in ("who", "it", "you") or doc.inside_quote(mention.start):
        return None
    if (
        text[mention.start : mention.end].lower() in de.IMPERSONAL_SUBJECTS
        or text[mention.start : mention.end].split()[0].lower() in de.THING_OPENERS
    ):
        return None
    if mention.pronoun is None and (mention.kind not in SPEAKING_KINDS or not _known_speaker(doc, mention)):
        return None
    return mention


def _known_speaker(doc: Document, mention: Mention) -> bool:
    """Does a mention name someone for sure: a first name, a title or a
    head that speaks ("Sprecherin", "Ministerium"), not just any
    capitalised noun the reader took for a name ("Erstere Alternative")?"""
    lang = doc.lang
    for word in doc.text[mention.start : mention.end].split():
        low = word.strip(",.()").lower()
        if low in lang.MALE_NAMES or low in lang.FEMALE_NAMES or low in lang.TITLES or low.endswith(de.SPEAKER_HEAD_ENDINGS):
            return True
    name = doc.text[mention.start : mention.end]
    if name[:1].isupper() and " " not in name:  # a surname the text gave in full before: "Anna Berg … Berg"
        return regex.search(r"\p{Lu}\p{Ll}+[ \t\u00a0]" + regex.escape(name) + r"(?!\p{L})", doc.text[: mention.start]) is not None
    return False


def running_reports(doc: Document, found: list[Found]) -> list[Found]:
    """Quotations with no speaker yet take the speaker of the report in the
    sentence before when they are a sentence of their own
    (:func:`_after_report`), else, in a sentence in the subjunctive, the
    speaker of the latest report before them (:func:`_source`)."""
    if not doc.quoted:
        return found
    index = FoundIndex(found)
    found = index.found
    sents = doc.sentences()
    starts = [s.start for s in sents]
    added: list[Found] = []
    for q, _ in unclaimed_quotations(doc, index):
        i = bisect.bisect_right(starts, q.open) - 1
        if i < 0 or doc.inside_quote(sents[i].start):
            continue
        after = _after_report(doc, index, sents, i, q)
        if after is not None:
            added.append(Found(q.start, q.end, "direct", q.paragraph, Attribution(after, None, SAME_PARAGRAPH)))
            continue
        if not reports_on(doc, sents[i]) or own_speaker(doc, sents[i]) is not None:
            continue
        source = _source(doc, index, sents, i, q)
        if source is None:
            continue
        att = Attribution(source, None, RUNNING_REPORT)
        added.append(quotation(doc, q, att))
    return merged(found, added)


RUNNING_REPORT: Final = Rule(
    name="running_report",
    description="Es gebe zu wenige Betten. Die Stationen seien „randvoll“.: German, quoted words in reported speech that runs on",
    family="de",
    handler=running_reports,
    languages=frozenset({"de"}),
)
