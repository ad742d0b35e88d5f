"""German: speech acts reported by their object, with no clause of content.

"Der Verband forderte höhere Löhne.", "Die Partei kündigte Widerstand an.",
"Sie warf dem Amt Willkür vor.", "Der Minister sprach von einem Erfolg.",
"Die Opposition hatte den Plan kritisiert.", "Der Plan wurde von der
Opposition kritisiert."  German news summarises speech this way as often
as it reports a clause; the annotation calls it ``reported`` and takes the
whole clause, speaker and verb included, for what was reported.  Only the
verbs of :data:`quotex.lang.de.SPEECH_ACTS` report an act by their object
("kündigte einen Film an" reports nothing when "ankündigen" is not read as
the act; "sprach mit Reportern" is no act: "sprechen" needs "von").

The clause is the content (rule ``speech_act``), the verb's subject the
speaker: before the verb, or after it when a phrase that is no subject
opens the clause ("Am Montag forderte der Rat …"); the subject of the
auxiliary in a compound tense; the agent after "von" in a passive.  What a
shared rule read off the verb's object alone gives way to the clause.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

import regex

from quotex.lang import de
from quotex.lang.de.forms import conjugate
from quotex.rules.base import Rule
from quotex.rules.content import MIN_CONTENT_WORDS, strip_content
from quotex.rules.de.clauses import PASSIVE_AUXILIARIES, PERFECT_AUXILIARIES, fronted, speaker_like, subject_after
from quotex.rules.de.finds import indirect
from quotex.rules.document import Document, Found, FoundIndex, merged
from quotex.speakers import Mention, mention_after, mention_before
from quotex.text import Span


@dataclass(frozen=True)
class Act:
    """One reading of a verb form: its lemma, whether it is finite (in
    second place) or a participle (at the end of its clause), the particle
    a finite separable form needs at the end of its clause, and the
    prepositions one of which must stand in its clause ("sprach … von")."""

    lemma: str
    finite: bool
    particle: str | None
    prepositions: tuple[str, ...]


def _readings() -> dict[str, tuple[Act, ...]]:
    """Every form of the speech-act verbs, with its readings."""
    table: dict[str, list[Act]] = {}
    for lemma, preps in de.SPEECH_ACTS.items():
        split = de.SEPARABLE.get(lemma) or de.ACT_SEPARABLE.get(lemma)
        if split is not None:
            particle, base = split
            third, past, plural, participle = conjugate(base)
            participle = particle + participle
        else:
            particle = None
            third, past, plural, participle = conjugate(lemma)
        present = lemma if split is None else split[1]  # the plural of the present: "Die Verbände fordern …"
        for form in (present, third, past, plural):
            table.setdefault(form, []).append(Act(lemma, True, particle, preps))
        table.setdefault(participle, []).append(Act(lemma, False, None, preps))
    return {form: tuple(acts) for form, acts in table.items() if form not in de.NOT_CUES}


#: How many act verbs of one sentence are read before it is given up.
MAX_TRIES: Final = 6

#: The forms of :data:`quotex.lang.de.SPEECH_ACTS` and how each may be read.
ACT_READINGS: Final = _readings()

#: A whole lowercase word, not part of a hyphenated compound: the forms of
#: :data:`ACT_READINGS` are all lowercase letters, so a set lookup of each
#: such word finds them.  Under callgrind this is about a third cheaper than
#: one alternation of the 107 forms, which the engine tries at every letter;
#: it is tried only where :meth:`~quotex.rules.document.Document.word_starts`
#: finds a form.
_LOWER_WORD: Final = regex.compile(r"(?<![\p{L}\-])\p{Ll}++(?![\p{L}\-])")

#: The forms of :data:`ACT_READINGS`.
_ACT_FORMS: Final = frozenset(ACT_READINGS)


def _lower_words(doc: Document, sent: Span) -> list[regex.Match[str]]:
    """The matches of ``_LOWER_WORD.finditer(text, sent.start, sent.end)``
    that are forms of :data:`ACT_READINGS`, in text order, and maybe others:
    the pattern is tried only where a form starts as a whole word
    (:meth:`~quotex.rules.document.Document.word_starts`), not at each word of
    the sentence (a Python loop over some 19,000 words a german-dev pass).
    Its matches are whole words, so the one at such an offset is the scan's."""
    starts = doc.word_starts(_ACT_FORMS, sent.start, sent.end)
    if starts is None:
        return list(_LOWER_WORD.finditer(doc.text, sent.start, sent.end))  # the sentence ends inside a word
    return [m for at in starts if (m := _LOWER_WORD.match(doc.text, at, sent.end)) is not None]


#: Where a clause ends: a comma, a semicolon, a colon, a dash between spaces, the sentence's stop (not an ordinal's: "3. Mai").
_CLAUSE_END: Final = regex.compile(r"[,;:!?]|[ \t\u00a0][\N{EN DASH}\N{EM DASH}-][ \t\u00a0]|(?<!\d)\.(?=\s|\Z)")
_AUXILIARY: Final = regex.compile(r"(?<![\p{L}\-])(?:" + "|".join(sorted(PERFECT_AUXILIARIES | PASSIVE_AUXILIARIES)) + r")(?![\p{L}\-])")
#: Words that end a subject read after the verb: an article of the object
#: ("die Länder"), a preposition of a setting ("in einer Ansprache"); not
#: the genitive's "der" / "des" nor "von" ("der Sprecher der Polizei", "X von HRW").
_SUBJECT_ENDS: Final = frozenset(
    "die das den dem ein eine einen einem seine seinen ihre ihren im in auf bei beim am an mit gegenüber nach vor für zur zum über".split()
)
_ANY_WORD: Final = regex.compile(r"[\p{L}\p{N}\-]+")
_AGENT: Final = regex.compile(r"(?<![\p{L}\-])(?:[Vv]on|[Vv]om|[Ss]eitens)[ \t\u00a0]+")


def _clause(doc: Document, sent: Span, verb: Span) -> Span:
    """The clause around the verb: from the last clause mark before it to the first after it."""
    text = doc.text
    start = sent.start
    for m in _CLAUSE_END.finditer(text, sent.start, verb.start):
        start = m.end()
    end = _CLAUSE_END.search(text, verb.end, sent.end)
    return Span(start, end.start() if end is not None else sent.end)


def _words(text: str, span: Span) -> list[str]:
    return [w.strip(".,;:!?()").lower() for w in text[span.start : span.end].split()]


def _subject_after(doc: Document, pos: int, until: int) -> Mention | None:
    """The subject after a verb or an auxiliary, cut before the object or
    the setting that follows it: "hatte Merkel | eine Politik … angekündigt",
    "kündigte der Minister | in einer Ansprache … an"."""
    text = doc.text
    for w in list(_ANY_WORD.finditer(text, pos, until))[1:]:
        if w.group() in _SUBJECT_ENDS:
            until = w.start()
            break
    return subject_after(doc, pos, until)


#: Forms of "sein" before a participle: the act verbs take "haben", so
#: "sein" makes a state ("Proteste sind angekündigt"), not a perfect.
_STATE_AUXILIARIES: Final = frozenset({"ist", "sind", "war", "waren", "sei"})

#: Determiners that never open a subject (accusative and dative forms).
_NOT_NOMINATIVE: Final = frozenset("den dem einen einem seinen seinem ihren ihrem diesen diesem keinen keinem unseren unserem".split())

#: Pronouns that are the subject right after a verb in second place.
_SUBJECT_PRONOUNS: Final = frozenset({"er", "man", "wir", "ich"})
#: Demonstratives that stand as the subject for someone named before ("Diese hatte …").
_DEMONSTRATIVE_SUBJECTS: Final = frozenset({"Diese", "Dieser", "Jene", "Jener"})


def _determined(doc: Document, mention: Mention) -> bool:
    return doc.text[mention.start : mention.end].split()[0].lower() in doc.lang.DETERMINERS


def _speaker(doc: Document, sent: Span, clause: Span, verb: Span, act: Act) -> Mention | None:
    """The subject of the act: before a finite verb or after it (verb
    second); of the auxiliary of a participle; the agent of a passive."""
    text = doc.text
    head = max(sent.start, text.rfind(";", sent.start, verb.start) + 1, text.rfind(":", sent.start, verb.start) + 1)
    if act.finite:
        pivot, after_pivot = verb.start, verb.end
    else:
        aux = None
        for m in _AUXILIARY.finditer(text, clause.start, verb.start):
            aux = m
        if aux is None:
            return None
        if aux.group() in _STATE_AUXILIARIES:
            return None  # "Weitere Proteste sind angekündigt": a state, its subject no speaker
        if aux.group() in PASSIVE_AUXILIARIES:
            agent = _AGENT.search(text, aux.end(), verb.start)
            mention = mention_after(text, agent.end(), verb.start) if agent is not None else None
            if agent is None and "von" not in act.prepositions and (agent := _AGENT.match(text, clause.start, aux.start())) is not None:
                mention = mention_after(text, agent.end(), aux.start())  # "Von den Anwohnern wurde der Plan kritisiert"
                if mention is not None and mention.pronoun is None and mention.text.split()[-1][:1].isupper():
                    return mention  # the agent opens the clause: a noun phrase, not "von" a number after the auxiliary
            named = mention is not None and (mention.text[:1].isupper() or _determined(doc, mention))
            return mention if mention is not None and named and speaker_like(doc, mention) else None  # not "von zwölf Fällen"
        pivot, after_pivot = aux.start(), aux.end()
    until = clause.end if act.finite else verb.start
    before = mention_before(text, head, pivot) if text[head:pivot].strip() else None
    after = _subject_after(doc, after_pivot, until)
    if after is not None and text[after.start : after.end] in _SUBJECT_PRONOUNS and (before is None or before.pronoun is None):
        return after  # "Nähere Angaben machte er nicht", "Die Einigung gab er bekannt": the object first
    if before is not None and text[before.start : before.end].split()[0].lower() in _NOT_NOMINATIVE:
        return after  # "Seinen Rücktritt hatte der Trainer angekündigt": the object first, the subject after
    opening = text[head:pivot].split()[:1]
    if before is None and opening and opening[0] in _DEMONSTRATIVE_SUBJECTS:
        return None  # "Diese hatte Anschläge angekündigt": the subject stands for someone before
    one_word = before is not None and len(text[before.start : before.end].split()) == 1 and before.start == clause.start
    named_after = after is not None and _determined(doc, after) and speaker_like(doc, after)
    if one_word and before is not None and before.pronoun is None and named_after:
        return after  # "Inzwischen forderte der Rat …": a one-word phrase before, the subject after
    if before is not None and not fronted(doc, pivot, before):
        return before
    return after


#: Pronoun objects that stand for the sentence before ("kündigte dies an");
#: "das" and "es" only when no noun follows ("forderte das Ende" is an act).
_PRONOUN_OBJECTS: Final = frozenset({"dies", "dieses"})
_PRONOUN_OR_ARTICLE: Final = frozenset({"das", "es"})


def _pronoun_object(words: list[str]) -> bool:
    if not words:
        return False
    if words[0] in _PRONOUN_OBJECTS:
        return True
    return words[0] in _PRONOUN_OR_ARTICLE and (len(words) == 1 or not words[1][:1].isupper())


#: A clause of content after a comma: "dass …", "ob …", or an infinitive with "zu" ("…, bald zurückzutreten").
_INFINITIVE: Final = regex.compile(r"(?<![\p{L}\-])(?:zu[ \t\u00a0]+\p{Ll}+en|\p{Ll}+zu\p{Ll}+en)(?![\p{L}\-])")


def _content_after(text: str, pos: int, end: int) -> bool:
    """Does a clause of content follow the comma at ``pos``: "dass …", "ob …", an infinitive with "zu"?"""
    if text[pos : pos + 1] != ",":
        return False
    rest = text[pos + 1 : pos + 40].split(None, 1)
    if rest and rest[0].lower() in de.CONTENT_CLAUSE_WORDS:
        return True
    stop = _CLAUSE_END.search(text, pos + 1, end)
    return _INFINITIVE.search(text, pos + 1, stop.end() if stop is not None else end) is not None


#: How many clause marks after a separable verb its particle may stand
#: behind: "gab am Montag, dem 3. Mai, die Einigung | bekannt".
PARTICLE_CLAUSES: Final = 3


def _particle_clause(text: str, sent: Span, clause: Span, verb: Span, particle: str) -> Span | None:
    """The clause of a separable verb, run on to the mark its particle stands before."""
    end = clause.end
    for _ in range(PARTICLE_CLAUSES):
        words = _words(text, Span(verb.end, end))
        if words and words[-1] == particle:
            return Span(clause.start, end)
        nxt = _CLAUSE_END.search(text, end + 1, sent.end) if text[end : end + 1] == "," else None
        if nxt is None:
            return None
        end = nxt.start()
    return None


def _apposed_subject(doc: Document, sent: Span, verb: Span) -> Mention | None:
    """The subject before an apposition or a relative clause between commas,
    right before the verb: "Lars Weber, Sprecher des Vereins, forderte …";
    the words before the first comma must all be the subject's ("Der Zug
    fällt aus, forderte er" has none)."""
    text = doc.text
    comma = text.find(",", sent.start, verb.start)
    if comma < 0 or text[sent.start : comma].split(None, 1)[0].lower() in de.SUBORDINATORS:
        return None
    mention = mention_after(text, sent.start, comma)
    if mention is None or mention.pronoun is not None or text[mention.end : comma].strip():
        return None
    return mention


def _coordinated(doc: Document, sent: Span, verb: Span, found: list[Found]) -> tuple[int, Mention] | None:
    """After "und": where the second clause starts and the subject it shares
    with the first, the speaker of a quotation before it ("„…“, riefen die
    Bauern und verlangten faire Preise") or the sentence's subject."""
    text = doc.text
    before = text[max(sent.start, verb.start - 12) : verb.start].split()
    if not before or before[-1] not in de.COORDINATORS:
        return None
    coord = text.rfind(before[-1], sent.start, verb.start)
    quoted = [f for f in found if sent.start <= f.start and f.end <= coord and f.type != "indirect"]
    if quoted:
        return coord, quoted[-1].attribution.mention
    mention = mention_after(text, sent.start, coord)
    if mention is None or mention.pronoun == "it" or fronted(doc, coord, mention) or not speaker_like(doc, mention):
        return None
    return sent.start, mention


def _act(doc: Document, sent: Span, verb: Span, act: Act, found: list[Found]) -> tuple[Span, Mention] | None:
    """The clause of a speech act at ``verb`` and its speaker, if the verb
    reports one there: its particle and preposition in place, no clause of
    content after it ("forderte, dass …" is read by the shared rules)."""
    text = doc.text
    clause = _clause(doc, sent, verb)
    if act.finite and not _words(text, Span(verb.end, clause.end)):
        return None  # a verb at the end of its clause: a subordinate clause ("Ob es …, gab")
    if act.finite and act.particle is not None:
        run_on = _particle_clause(text, sent, clause, verb, act.particle)
        if run_on is None:
            return None  # "gab den Ausschlag": not "gab die Einigung bekannt"
        clause = run_on
    after = _words(text, Span(verb.end, clause.end))
    if act.finite and act.particle is None and not act.prepositions and after and after[-1] in de.STRAY_PARTICLES:
        return None  # "forderte die Bürger zur Ruhe auf", "forderte Truppen an": another verb
    if not act.finite and (after or clause.start == verb.start):
        return None  # a participle ends its clause
    objects = after if act.finite else _words(text, Span(clause.start, verb.start))
    if act.prepositions and not any(w in act.prepositions for w in objects):
        return None  # "sprach mit Reportern": no act
    if act.prepositions and act.finite and after[:1] == ["sich"]:
        return None  # "sprach sich für … aus": a reflexive verb of its own
    clause_words = _words(text, clause)
    if act.finite and len(after) < 1 + (act.particle is not None):
        return None  # no object
    if not act.prepositions and any(w in de.ACT_NOT_OBJECTS for w in clause_words):
        return None  # "forderte 40 Todesopfer", "40 Todesopfer forderte der Sturm"
    if act.finite and _pronoun_object(text[verb.end : clause.end].split()):
        return None  # "kündigte dies an": the sentence before is the content
    if text[clause.end : clause.end + 1] == ":" or _content_after(text, clause.end, sent.end):
        return None
    first = text[sent.start : sent.end].split(None, 1)[0].lower()
    start = clause.start if first in de.SUBORDINATORS else sent.start  # "Während …, forderte X …": the main clause
    speaker: Mention | None = None
    if act.finite and (shared := _coordinated(doc, sent, verb, found)) is not None:
        start, speaker = shared
    elif act.finite and not text[clause.start : verb.start].strip() and clause.start > sent.start and first not in de.SUBORDINATORS:
        speaker = _apposed_subject(doc, sent, verb)  # else "CLAUSE, forderte er.": the clause before is the content
    else:
        speaker = _speaker(doc, sent, clause, verb, act)
    if speaker is None or speaker.pronoun in ("it", "who") or speaker.start >= clause.end or _not_a_subject(text, speaker):
        return None
    end = sent.end
    for m in _CLAUSE_END.finditer(text, clause.end, sent.end):
        nxt = text[m.end() : m.end() + 20].split(None, 1)
        if m.group() == ";" or m.group() == "," and nxt and nxt[0].lower() in de.ACT_CLAUSE_BREAKS:
            end = m.start()
            break
    quoted = [q.open for q in doc.quoted if start <= q.open < end]
    if quoted and quoted[0] < clause.end:
        return None  # its own words quoted: the rules for quotations read them
    if quoted:  # a clause after it with a quotation is no part of the act
        end = max((m.start() for m in _CLAUSE_END.finditer(text, clause.end, quoted[0])), default=clause.end)
    return strip_content(text, start, end), speaker


def _not_a_subject(text: str, mention: Mention) -> bool:
    """Is the mention a stretch of a clause, not a subject ("… gezogen und")?"""
    last = text[mention.start : mention.end].split()[-1]
    return last in de.COORDINATORS or last in _LIST_WORDS


#: Conjunctions that join a list and end no subject.
_LIST_WORDS: Final = frozenset({"oder", "sowie"})


def _cued_at(f: Found, verb: Span) -> bool:
    return f.attribution.cue is not None and f.attribution.cue.start == verb.start


def speech_acts(doc: Document, found: list[Found]) -> list[Found]:
    """Sentences whose verb reports a speech act by its object: the clause is
    the content, the verb's subject the speaker."""
    text = doc.text
    index = FoundIndex(found)
    found = index.found
    added: list[Found] = []
    dropped: set[int] = set()
    for sent in doc.sentences():
        verbs = _lower_words(doc, sent)
        if not verbs or doc.inside_quote(sent.start):
            continue
        first = text[sent.start : sent.end].split(None, 2)
        if len(first) > 1 and first[0] in de.REPORTING_DEMONSTRATIVES and first[1][:1].islower():
            continue  # "Das kündigte X an": the sentence before is the content
        mine = index.starting_in(sent.start, sent.end)
        tries = 0
        for m in verbs:
            acts = ACT_READINGS.get(m.group())
            if acts is None or doc.inside_quote(m.start()):
                continue
            tries += 1
            if tries > MAX_TRIES:
                break  # each reading scans its clause: a bound keeps hostile text linear
            verb = Span(m.start(), m.end())
            reading = next((r for r in (_act(doc, sent, verb, act, mine) for act in acts) if r is not None), None)
            if reading is None:
                continue
            content, speaker = reading
            # what a shared rule read off this verb's object gives way; any other report there keeps the clause
            # (its object as content, or the subject before it as the content of "…, forderte X")
            objects = {id(f) for f in mine if f.type == "indirect" and f.start < content.end and _cued_at(f, verb)}
            overlap = [f for f in mine if f.start < content.end and content.start < f.end and id(f) not in objects]
            if overlap or len(text[content.start : content.end].split()) < MIN_CONTENT_WORDS:
                break
            dropped |= objects
            added.append(indirect(doc, sent, content, speaker, verb, SPEECH_ACT))
            break
    return merged(found, added, dropped)


SPEECH_ACT: Final = Rule(
    name="speech_act",
    description="Der Verband forderte höhere Löhne.: German, a speech act reported by its object, the clause its content",
    family="de",
    handler=speech_acts,
    languages=frozenset({"de"}),
)
