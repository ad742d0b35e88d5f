"""German: a sentence that reports, by an adverb, the source named before it.

"Die Bahn legte einen Bericht vor. Demnach fallen im Winter mehr Züge aus."
"Demnach" stands for the source of the sentence before, as a pronoun stands
for a name: the rest of the sentence is the content (rule
``adverb_report``, registered in :mod:`quotex.rules.de`), "Demnach" the speaker mention, resolved to the speaker
of the latest report before it.
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from typing import Final

from quotex.lang import de
from quotex.rules.base import Rule
from quotex.rules.content import MIN_CONTENT_WORDS, strip_content, unquoted_reports
from quotex.rules.document import Attribution, Document, Found, FoundIndex, merged
from quotex.speakers import Mention, mention_after
from quotex.text import Span

#: Rules that guess a sentence's speaker from the sentences before it: a
#: reporting adverb names the source instead.
GUESSES: Final = frozenset({"subjunctive_continuation", "embedded_subject"})
#: How many sentences before the adverb its source may be reported in.
SOURCE_REACH: Final = 2


def adverb_reports(doc: Document, found: list[Found]) -> list[Found]:
    """Sentences opened by a reporting adverb ("Demnach …") report the
    speaker of the latest report in the sentence before it or the one
    before that, in the same paragraph or the one before."""
    text = doc.text
    if not any(word in text for word in de.REPORTING_ADVERBS | de.FINDING_ADVERBS):
        return found
    sents = doc.sentences()
    index = FoundIndex(found)
    found = index.found
    opens = [q.open for q in doc.quoted]
    added: list[Found] = []
    dropped: set[int] = set()
    for i, sent in enumerate(sents):
        head = text[sent.start : min(sent.end, sent.start + 20)].split(None, 1)
        if not head or head[0] not in de.REPORTING_ADVERBS | de.FINDING_ADVERBS or doc.inside_quote(sent.start):
            continue
        if head[0] in de.FINDING_ADVERBS and (i == 0 or _narrative(head) or not _names_finding(doc, sents[i - 1])):
            continue  # "Danach ging er nach Hause": a time
        adverb = Span(sent.start, sent.start + len(head[0]))
        content = strip_content(text, adverb.end, sent.end)
        if len(text[content.start : content.end].split()) < MIN_CONTENT_WORDS:
            continue
        mine = index.starting_in(sent.start, sent.end)
        if any(f.attribution.rule.name not in GUESSES for f in mine):
            continue  # "Demnach sagte der Minister, …": a cue of its own
        para = doc.paragraph_of(sent.start)
        reach = sents[max(0, i - SOURCE_REACH)].start
        near = index.starting_in(reach, sent.start)
        source = _source(doc, near, sents, i, para)
        if source is None:
            continue
        mention = replace(source, text=head[0], start=adverb.start, end=adverb.end)
        att = Attribution(mention, adverb, ADVERB_REPORT)
        dropped |= {id(f) for f in mine}
        # its quoted words take the adverb's source too: "Demnach sei der Plan „nicht bezahlbar“"
        added += [replace(f, attribution=att) for f in mine if f.type != "indirect"]
        taken = {(f.start, f.end) for f in mine}
        for q in doc.quoted[bisect.bisect_left(opens, content.start) : bisect.bisect_left(opens, content.end)]:
            if q.double and q.close is not None and (q.start, q.end) not in taken:
                added.append(Found(q.start, q.end, "partial", para, att))
        added += unquoted_reports(doc, content, para, att)
    return merged(found, added, dropped)


def _narrative(head: list[str]) -> bool:
    """Does the verb after an adverb that opens a sentence tell a past event
    ("Danach konnte er gehen"), not a report ("Danach sinkt der Gewinn")?"""
    verb = head[1].split(None, 1)[0].lower() if len(head) > 1 else ""
    return verb in de.NARRATIVE_PAST or verb.endswith(("te", "ten")) and verb not in de.SUBJUNCTIVE_PAST


def _names_finding(doc: Document, sent: Span) -> bool:
    """Does ``sent`` name a document or a finding ("legte eine Studie vor",
    "veröffentlichte seine Zahlen")?"""
    findings = tuple(de.REPORTED_FINDINGS)
    return any(w.strip(",.;:!?").lower().endswith(findings) for w in doc.text[sent.start : sent.end].split())


def _source(doc: Document, near: list[Found], sents: list[Span], i: int, para: int) -> Mention | None:
    """The source a reporting adverb in sentence ``i`` stands for: the
    speaker of the latest report ``near`` it (in the two sentences before
    it), else the
    subject that opens the sentence before when it names a report or a
    finding ("Das Amt legte einen Bericht vor. Demnach …")."""
    reports = [f for f in near if f.end <= sents[i].start and para - f.paragraph <= 1]
    if reports:
        return reports[-1].attribution.mention
    if i == 0 or doc.inside_quote(sents[i - 1].start):
        return None
    prev = sents[i - 1]
    words = [w.strip(",.;:!?").lower() for w in doc.text[prev.start : prev.end].split()]
    lang, findings = doc.lang, tuple(de.REPORTED_FINDINGS)
    cued = any(c[2] in lang.SPEECH_FORMS for c in doc.cue_words(prev.start, prev.end))  # "… bekannt gegeben"
    if not cued and not any(w in lang.SPEECH_FORMS or w in lang.CLAUSE_END_PARTICLES or w.endswith(findings) for w in words):
        return None  # "Der Regen hat aufgehört. Demnach …": a consequence, not a report
    subject = mention_after(doc.text, prev.start, prev.end)
    if subject is None or subject.pronoun is not None:
        # no subject to name ("Nach der Zählung gab die Kommission … bekannt"): the adverb stands for the report itself
        adverb = doc.text[sents[i].start : sents[i].end].split(None, 1)[0]
        return Mention(adverb, sents[i].start, sents[i].start + len(adverb), "document", adverb, None, None)
    return subject


ADVERB_REPORT: Final = Rule(
    name="adverb_report",
    description="Ein Bericht liegt vor. Demnach fallen Züge aus.: German, a sentence reporting by an adverb the source before it",
    family="de",
    handler=adverb_reports,
    languages=frozenset({"de"}),
)
