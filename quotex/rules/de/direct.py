"""German direct and partial quotations: who speaks when the shared rules read
a German sentence the English way.

- :func:`own_speaker`: a sentence with a cue and a subject of its own speaks
  for itself, so reported speech in the subjunctive does not go on through it
  ("Sie sagte, die Lage sei ernst. Der Minister selbst schrieb, er wolle
  „niemandem schaden“": the minister's words, not hers);
- :func:`subject_before_particle`: the subject before a cue when a particle
  stands between them ("Hartmann selbst schrieb", "Der Verband jedoch
  erklärte");
- :data:`CLAUSE_FINAL_CUE`, a pass over the quotations after the shared
  rules (:func:`rule_clause_final_cue`): the verb after quoted words that
  ends their clause, a verb-second clause around a quotation, a sentence
  that is only a speaker and a cue before one.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

import regex

from quotex.lang import de
from quotex.quotes import QuotedSpan
from quotex.rules.after import QUOTE_CUE_SPEAKER
from quotex.rules.base import NONSPACE, Rule
from quotex.rules.cue_subject import subject_of
from quotex.rules.cueless import CLAUSE_COLON_QUOTE
from quotex.rules.de.clauses import (
    PASSIVE_AUXILIARIES,
    PERFECT_AUXILIARIES,
    SPEAKING_KINDS,
    colon_before,
    oblique,
    particle_end,
    perfect_subject,
    speaker_like,
    subject_after,
)
from quotex.rules.de.finds import quotation
from quotex.rules.document import Attribution, Document, Found
from quotex.rules.inheritance import CUE_SENTENCE_BEFORE
from quotex.rules.titles import names_something
from quotex.rules.words import cues_before
from quotex.speakers import Mention, mention_after, mention_before
from quotex.text import Span


def own_speaker(doc: Document, sent: Span) -> Mention | None:
    """The speaker of a cue of the sentence itself, outside its quotations:
    a sentence that names who speaks is no continuation of the one before."""
    for cue in cues_before(doc, sent.start, sent.end):
        if not doc.text[cue.start : cue.start + 1].islower():
            continue  # "Sagen" as a noun, a cue at the start of a question
        mention = subject_of(doc, sent.start, cue, None)
        if mention is not None and mention.pronoun != "who" and not doc.inside_quote(mention.start):
            return mention
    return None


def subject_before_particle(doc: Document, lo: int, cue_start: int) -> Mention | None:
    """The subject before a particle that stands between it and its cue:
    "Hartmann | selbst | schrieb", "Der Verband | jedoch | erklärte"."""
    text = doc.text
    words = text[max(lo, cue_start - 20) : cue_start].split()
    if not words or words[-1].lower() not in de.SUBJECT_PARTICLES:
        return None
    end = text.rfind(words[-1], lo, cue_start)
    while end > lo and text[end - 1] in " \t\u00a0":
        end -= 1
    mention = mention_before(text, lo, end)
    return mention if mention is not None and mention.end == end else None


#: The words between a quotation and the verb that ends its clause, and the
#: verb: "als „haltlos“ | zurückgewiesen", "als „Erfolg“ | feierte", "„…“ |
#: gerne genannt"; then what follows the verb up to the clause's end.
_AFTER_QUOTE: Final = regex.compile(
    r"""
    (?: [ \t\u00a0]+ \p{Ll}+ ){0,2}? [ \t\u00a0]+ (?P<verb> \p{Ll}{3,} )
    (?= [ \t\u00a0]* [,.;:!?] | [ \t\u00a0]+ \p{L} )
    """,
    regex.VERBOSE,
)
#: Marks that end the clause a quotation stands in, on either side of it.
_CLAUSE_MARKS: Final = ",;:()\N{EN DASH}\N{EM DASH}"
#: Rules whose speaker a clause-final cue reads better: inherited from
#: nearby, or guessed from the quotation's own clause.
_WEAK: Final = frozenset(
    "embedded_subject same_sentence same_paragraph next_paragraph intro_paragraph cue_sentence_before sole_speaker".split()
)


def _clause_start(doc: Document, lo: int, pos: int) -> int:
    """Where the clause before ``pos`` starts: after the last clause mark
    outside a quotation, else at ``lo``."""
    text = doc.text
    i = pos
    while i > lo:
        i -= 1
        if text[i] in _CLAUSE_MARKS and not doc.inside_quote(i):
            return i + 1
    return lo


def _clause_end(doc: Document, pos: int, hi: int) -> int:
    text = doc.text
    for i in range(pos, hi):
        if text[i] in _CLAUSE_MARKS + ".!?" and not doc.inside_quote(i):
            return i
    return hi


def final_cue_speaker(doc: Document, q: QuotedSpan) -> Attribution | None:
    """Who speaks quoted words followed by the verb of their clause, German
    word order: the subject after the verb when an object is fronted ("Von
    einer „…“ sprach der Minister"), else the subject of the clause the verb
    ends ("Der Verband hatte die Vorwürfe als „haltlos“ zurückgewiesen",
    "…, weil die Regierung das Land als „…“ bezeichnet hat")."""
    text, lang = doc.text, doc.lang
    sent = doc.sentence_at(q.open)
    m = _AFTER_QUOTE.match(text, q.outer_end, sent.end)
    if m is None or m.group("verb") not in lang.QUOTE_FORMS:
        return None
    word = m.group("verb")
    needs_particle = word in lang.CLAUSE_END_PARTICLES and not set(lang.CLAUSE_END_PARTICLES[word]) <= de.CLAUSE_PARTICLES
    if word not in lang.SPEECH_FORMS and needs_particle and particle_end(lang, text, m.end(), sent.end, word) is None:
        return None  # "gab" speaks only with its particle: "gab … bekannt"; "sprach" without "davon" too
    before = text[max(sent.start, q.open - 12) : q.open].split()
    if before and before[-1].lower() in lang.SOURCE_PREPOSITIONS:
        return None  # "hatte er laut „…“ kritisiert": the source's name
    verb = Span(m.start("verb"), m.end("verb"))
    start = _clause_start(doc, sent.start, q.open)
    end = _clause_end(doc, verb.end, sent.end)
    if not text[start : q.open].strip():
        return None  # the quotation opens its clause: the rules for quotations read it
    first = text[start : q.open].split()[0].lower()
    if first in doc.lang.PREPOSITIONS or first in doc.lang.TIME_PREPOSITIONS:
        if first not in de.CONTENT_PREPOSITIONS:
            return None  # "In der „Zeitung“ schreibt X": where, not what
        mention = subject_after(doc, verb.end, end)  # "Von einer „…“ sprach der Minister", "Vor „…“ warnte X"
    else:
        mention = _clause_subject(doc, Span(start, sent.end), verb, q.open)
    if mention is None or mention.pronoun in ("who", "it") or oblique(doc, mention) or not speaker_like(doc, mention):
        return None
    mention = _before_object(doc, mention)
    if doc.inside_quote(mention.start):
        return None
    return Attribution(mention, verb, CLAUSE_FINAL_CUE)


def _before_object(doc: Document, mention: Mention) -> Mention:
    """The subject without the object a mention reader ran into: "die
    Regierung | das Land" (an article of the accusative or dative opens no
    attribute of a noun)."""
    text = doc.text
    for m in NONSPACE.finditer(text, mention.start, mention.end):
        if m.start() > mention.start and m.group() in de.OBJECT_ARTICLES:
            return mention_after(text, mention.start, m.start()) or mention
    return mention


def _clause_subject(doc: Document, clause: Span, verb: Span, quote_open: int) -> Mention | None:
    """The subject of a clause whose verb stands at its end: after a
    subordinator ("weil die Regierung …"), after the auxiliary of a fronted
    phrase ("Im Mai hatte die Regierung …"), or at the clause's start."""
    text = doc.text
    first = text[clause.start : quote_open].split()[0]
    if first.lower() in de.SUBORDINATORS or first.lower() in de.CONTENT_CLAUSE_WORDS:
        lo = clause.start + text[clause.start : quote_open].index(first) + len(first)
        return mention_after(text, lo, quote_open)
    if _AUXILIARY.search(text, clause.start, quote_open) is None:
        return None  # "Der Bischof, der den Sieg als „Fest“ bezeichnete": a relative clause
    return perfect_subject(doc, clause, verb, mention_after(text, clause.start, quote_open))


#: The finite verbs that leave a participle or an infinitive at the end of the clause.
_AUXILIARY: Final = regex.compile(
    r"(?<![\p{L}\-])(?:" + "|".join(sorted(PERFECT_AUXILIARIES | PASSIVE_AUXILIARIES | de.MODAL_VERBS)) + r")(?![\p{L}\-])"
)


#: The inherited attributions a sentence that ends in its cue overrides.
_INHERITED: Final = frozenset({"same_paragraph", "next_paragraph", "intro_paragraph", "sole_speaker"})
#: The most words of a sentence that is only a speaker and a cue: "Sie fügte hinzu."
CUE_SENTENCE_WORDS: Final = 8


def cue_sentence_speaker(doc: Document, q: QuotedSpan) -> Attribution | None:
    """A quotation after a sentence that is only a speaker and its cue, the
    cue last ("Sie fügte hinzu. „…“", "Der Sprecher erklärte dazu. „…“"):
    that speaker's words, before any speaker inherited from further back."""
    text = doc.text
    sent = doc.sentence_at(q.open)
    if sent.start != q.open or sent.start == doc.paras[q.paragraph].start:
        return None
    prev = doc.sentence_at(sent.start - 1)
    words = text[prev.start : prev.end].split()
    if not 2 <= len(words) <= CUE_SENTENCE_WORDS or doc.quote_opens_in(prev.start, prev.end):
        return None
    cues = [c for c in cues_before(doc, prev.start, prev.end) if text[c.start : c.start + 1].islower()]
    if not cues or text[cues[-1].end : prev.end].strip(" \t\u00a0.:") != "":
        return None  # the cue ends the sentence, or its particle does ("fügte hinzu")
    mention = subject_of(doc, prev.start, cues[-1], prev.end)
    if mention is None or mention.pronoun == "who":
        return None
    return Attribution(mention, cues[-1], CUE_SENTENCE_BEFORE)


#: A comma after a quotation, then the finite verb and "sich" if the verb is reflexive: "„…“, | erinnerte sich | X".
_INVERTED: Final = regex.compile(r"[ \t\u00a0]*,?[ \t\u00a0]+(?P<verb>\p{Ll}{3,})(?:[ \t\u00a0]+sich)?(?=[ \t\u00a0])")


def inverted_speaker(doc: Document, q: QuotedSpan) -> Attribution | None:
    """A quoted sentence that fills the first place of a verb-second clause,
    the verb and its subject after it: „…“, erinnerte sich die Ärztin; „…“,
    strich der Kandidat heraus.  The verb need not be a cue of the table: a
    quotation before the finite verb is what the subject says."""
    text = doc.text
    sent = doc.sentence_at(q.outer_end)
    if q.close is None or doc.sentence_at(q.open).start != q.open:
        return None
    if text[q.outer_end : q.outer_end + 1] != "," and text[q.start : q.end].rstrip()[-1:] not in ("?", "!"):
        return None  # "„HD 13189“ ist …": a name as the subject, not words before a comma
    m = _INVERTED.match(text, q.outer_end, sent.end)
    if m is None or m.group("verb") in doc.lang.PREPOSITIONS or m.group("verb") in doc.lang.DETERMINERS:
        return None
    subject = subject_after(doc, m.end(), sent.end)
    if subject is None or subject.start > m.end() + 1 or subject.pronoun in ("who", "it") or oblique(doc, subject):
        return None
    if text[subject.start : subject.end].lower() in de.IMPERSONAL_SUBJECTS or not speaker_like(doc, subject):
        return None
    if subject.kind not in SPEAKING_KINDS and subject.pronoun is None:
        return None
    return Attribution(subject, Span(m.start("verb"), m.end("verb")), QUOTE_CUE_SPEAKER)


def colon_speaker(doc: Document, q: QuotedSpan) -> Attribution | None:
    """A quoted sentence after a colon, the clause before it naming who
    speaks with a verb outside the cue table ("Ein Sprecher des Verbands
    schätzte ein: „…“", "Dabei griff sie den Präsidenten an: „…“"): its
    first phrase when that can speak, else the subject after its verb."""
    text = doc.text
    colon = colon_before(doc, q)
    if colon is None or not text[q.start : q.start + 1].isupper():
        return None
    start = _clause_start(doc, doc.sentence_at(colon).start, colon)
    while start < colon and text[start] in " \t\u00a0":
        start += 1
    mention = mention_after(text, start, colon)
    if mention is None or mention.start != start or mention.pronoun in ("who", "it"):
        return None
    if oblique(doc, mention) or not speaker_like(doc, mention) or text[start:colon].split()[0].lower() in de.SUBORDINATORS:
        mention = verb_second_subject(doc, mention, colon)
    elif mention.pronoun is None and (mention.kind not in SPEAKING_KINDS or len(text[mention.start : mention.end].split()) < 2):
        return None  # "Darin: „…“", "Derzeit steht dort: „…“": one word that opens the clause is rarely its speaker
    if mention is None or text[mention.start : mention.end].lower() in de.IMPERSONAL_SUBJECTS:
        return None
    return Attribution(mention, None, CLAUSE_COLON_QUOTE)


def _impersonal(doc: Document, att: Attribution) -> bool:
    """Did a rule that reads a clause's subject take an impersonal "es" or
    "man" for the speaker?"""
    mention = att.mention
    return att.rule.name in _SUBJECT_RULES and doc.text[mention.start : mention.end].lower() in de.IMPERSONAL_SUBJECTS


#: Rules that take the speaker from the clause before the quotation.
_CLAUSE_BEFORE: Final = frozenset({"clause_colon_quote", "speaker_cue_quote"})
#: Rules that read the subject of a clause as the speaker.
_SUBJECT_RULES: Final = _CLAUSE_BEFORE | _WEAK | {"partial_after_cue"}


def verb_second_subject(doc: Document, mention: Mention, end: int) -> Mention | None:
    """The subject of a verb-second clause whose first phrase was taken for
    it: a subordinate clause ("Als eine Nachbarin kam, rief der Mieter: „…“"), an
    object ("Den Zorn der Anwohner fasste die Sprecherin in Worte: „…“")
    or an adverb with its phrase ("Bezugnehmend auf den Bericht warnte die Sprecherin:
    „…“"); the subject follows the finite verb.  None when the first phrase
    may well be the subject."""
    text, lang = doc.text, doc.lang
    words = text[mention.start : mention.end].split()
    first = words[0].lower()
    pos = mention.end
    if first in de.SUBORDINATORS:
        comma = _clause_end(doc, mention.start, end)
        if comma >= end or text[comma] != ",":
            return None
        pos = comma + 1
    elif not oblique(doc, mention) and not (len(words) > 1 and first.endswith(de.ADVERB_ENDINGS) and words[1].lower() in lang.PREPOSITIONS):
        start = _clause_start(doc, doc.sentence_at(mention.start).start, mention.start)
        before = text[start : mention.start].split()
        opener = before[0].lower() if before else ""
        # "In | seiner Mitteilung | resümiert X:", the verb right after the phrase, no clause between
        prepositional = opener in lang.PREPOSITIONS and len(before) == 1 and "," not in text[mention.end : end]
        if opener not in lang.DETERMINERS and not prepositional or any(w[-1:] in ",;:" for w in before):
            return None  # not inside a longer first phrase: "Den Umbau des | Bahnhofs … | kommentierte er"
    for m in NONSPACE.finditer(text, pos, end):
        word = m.group().strip(",")
        if word[:1].isupper() or word in lang.PREPOSITIONS or word in lang.DETERMINERS or word in lang.OBLIQUE_ARTICLES:
            continue  # the rest of the first phrase: the finite verb is its first word in lower case
        subject = subject_after(doc, m.end(), end)
        if subject is None or subject.pronoun in ("who", "it") or oblique(doc, subject):
            return None
        if text[subject.start : subject.end].lower() in de.IMPERSONAL_SUBJECTS:
            return None
        return _before_object(doc, subject)
    return None


#: A subordinator and the personal pronoun after it, the subject of its clause ("…, indem | sie | …").
_SUBORDINATE_PRONOUN: Final = regex.compile(r"[ \t\u00a0]*(?P<word>\p{Ll}+)[ \t\u00a0]+(?P<pronoun>er|sie|wir|ich)(?=[ \t\u00a0])")


def subordinate_pronoun(doc: Document, q: QuotedSpan) -> Mention | None:
    """The pronoun that opens the subordinate clause whose cue ends right
    before the colon of a quotation ("Der Verband schlug Alarm, indem er die
    Behörden zum Handeln aufforderte: „…“"): the cue's own subject, nearer
    than the main clause's."""
    text = doc.text
    colon = colon_before(doc, q)
    if colon is None:
        return None
    sent = doc.sentence_at(colon)
    cues = [c for c in cues_before(doc, max(sent.start, colon - 120), colon) if not text[c.end : colon].strip()]
    comma = text.rfind(",", sent.start, cues[-1].start) if cues else -1
    m = _SUBORDINATE_PRONOUN.match(text, comma + 1, cues[-1].start) if comma >= 0 else None
    if m is None or m.group("word") not in de.SUBORDINATORS:
        return None
    return mention_after(text, m.start("pronoun"), m.end("pronoun"))


#: A sentence that opens with a subordinate clause and its subject: "Während | Lea Brandt erklärte, …".
_FRONTED_CLAUSE: Final = regex.compile(r"[ \t\u00a0]*(?P<word>\p{Lu}\p{Ll}{1,8})[ \t\u00a0]+")


def fronted_clause_speaker(doc: Document, q: QuotedSpan) -> Attribution | None:
    """Quoted words that go on the report of a sentence's opening subordinate
    clause after its comma are that clause's speaker's, not the main
    clause's after them: "Während Lea Brandt erklärte, sie sei froh, „…“,
    räumte Tom Weiß ein, …" (Brandt; the main clause opens with its verb)."""
    text = doc.text
    sent = doc.sentence_at(q.open)
    m = _FRONTED_CLAUSE.match(text, sent.start, q.open)
    if m is None or m.group("word").lower() not in de.SUBORDINATORS or not text[sent.start : q.open].rstrip().endswith(","):
        return None
    mention = mention_after(text, m.end(), q.open)
    if mention is None:
        return None
    cue = next(((lo, hi) for lo, hi, word in doc.cue_words(mention.end, q.open) if word in doc.lang.SPEECH_FORMS), None)
    if cue is None or text[mention.end : cue[0]].strip() or not text[cue[1] : q.open].lstrip().startswith(","):
        return None  # the subject right before its verb, which ends the clause ("Während der Pause erklärte X": a time)
    return Attribution(mention, Span(*cue), QUOTE_CUE_SPEAKER)


def rule_clause_final_cue(doc: Document, found: list[Found]) -> list[Found]:
    """The German reading of the quotations the shared rules read the
    English way, in one pass over them:

    - quoted words followed by the verb that ends their clause take its
      subject (:func:`final_cue_speaker`, rule ``clause_final_cue``), where
      no rule read them or a rule only inherited or guessed their speaker;
    - a quoted sentence before ", verb subject" (:func:`inverted_speaker`)
      or after a colon clause (:func:`colon_speaker`) whose verb is not in
      the cue table takes that clause's subject;
    - a quotation after a sentence that ends in its cue takes that cue's
      speaker rather than one inherited from further back
      (:func:`cue_sentence_speaker`);
    - a colon or cue clause whose first phrase is no subject has its
      subject after the finite verb (:func:`verb_second_subject`).

    The last three keep the shared rule whose shape they read."""
    if not doc.quoted:
        return found
    by_span = {(f.start, f.end): f for f in found}
    added: list[Found] = []
    dropped: set[int] = set()
    for q in doc.quoted:
        if not q.double or q.close is None or names_something(doc, q):
            continue  # "sagte der „Zeitung“ gestern": a name, not words said
        have = by_span.get((q.start, q.end))
        if have is not None and _impersonal(doc, have.attribution):
            dropped.add(id(have))  # "Es gelte „…“", "So nennt man das „…“": no one speaks
            have = None
        if have is not None and have.attribution.rule.name in _CLAUSE_BEFORE:
            subject = verb_second_subject(doc, have.attribution.mention, q.open) or subordinate_pronoun(doc, q)
            if subject is not None:
                dropped.add(id(have))
                added.append(Found(have.start, have.end, have.type, have.paragraph, replace(have.attribution, mention=subject)))
            continue
        if have is not None and have.attribution.rule is QUOTE_CUE_SPEAKER:
            fronted = fronted_clause_speaker(doc, q)
            if fronted is not None:
                dropped.add(id(have))
                added.append(Found(have.start, have.end, have.type, have.paragraph, fronted))
            continue
        if have is not None and have.attribution.rule.name not in _WEAK:
            continue
        att = final_cue_speaker(doc, q)
        if att is None and (have is None or have.attribution.rule.name in _INHERITED):
            att = inverted_speaker(doc, q) or colon_speaker(doc, q)
        if att is None and have is not None and have.attribution.rule.name in _INHERITED:
            att = cue_sentence_speaker(doc, q)
        if att is None:
            continue
        if have is not None:
            dropped.add(id(have))
        added.append(quotation(doc, q, att))
    if not added and not dropped:
        return found
    return sorted([f for f in found if id(f) not in dropped] + added, key=lambda f: (f.start, f.end))


CLAUSE_FINAL_CUE: Final = Rule(
    name="clause_final_cue",
    description="Der Verband hatte die Vorwürfe als „haltlos“ zurückgewiesen: German, the verb after the quotation ends its clause",
    family="de",
    handler=rule_clause_final_cue,
    languages=frozenset({"de"}),
)
