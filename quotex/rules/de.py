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
  habe versagt.");
- the cue forms of the pack's verbs, conjugated here (:func:`conjugate`)
  and read into the German record like the pack's own tables.
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from typing import Final

import regex

from quotex.lang import Language, de
from quotex.rules.base import GRAMMARS, Grammar, Rule, compile_rule
from quotex.rules.document import Attribution, Document, Found
from quotex.rules.reported import MIN_CONTENT_WORDS, strip_content
from quotex.speakers import Mention, mention_after, mention_before
from quotex.text import Span

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
QUOTING_FORMS: Final = frozenset(form for lemma in de.QUOTING for form in (lemma, *conjugate(lemma)))

#: The cue forms of the German record (the pack lists lemmas; these are their forms).
SPEECH_FORMS: Final = _SPEECH
#: Forms that attribute a quotation next to them: the quote-only verbs, and
#: the verbs separable ones are split from ("„…“, teilte die Polizei mit").
QUOTE_ONLY_FORMS: Final = (_QUOTE_ONLY | _SPLIT | _QUOTE_SPLIT) - _SPEECH
#: Separable verbs, speech only with their particle next to them or at the
#: end of the clause ("Die Polizei teilte mit, dass …", "gab … bekannt").
PARTICLE_FORMS: Final = _PARTICLES | _QUOTE_PARTICLES
CLAUSE_END_PARTICLES: Final = PARTICLE_FORMS
#: Cue forms after which the subject may follow the verb (verb-second
#: order): "Am Montag sagte Merkel, …", "„…“, sagte sie".
VERB_SECOND_FORMS: Final = SPEECH_FORMS | QUOTE_ONLY_FORMS

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
        return _particle_end(lang, text, end, len(text), word)

    def speaker_after_inverted_cue(
        self, doc: Document, cue_start: int, cue_end: int, mention: Mention | None, until: int
    ) -> Mention | None:
        if doc.text[cue_start:cue_end].split()[0].lower() in de.IMPERSONAL_CUES:
            return _impersonal_source(doc, cue_start, cue_end, until)
        return mention

    def speaker_after_cue(self, doc: Document, cue: Span, word: str, mention: Mention | None, until: int) -> Mention | None:
        if word in de.IMPERSONAL_CUES:
            return _impersonal_source(doc, cue.start, cue.end, until)
        if mention is None:
            mention = _quoted_name_before(doc, cue.start)
        if word not in doc.lang.VERB_SECOND_FORMS:
            return mention
        if word in QUOTING_FORMS:
            # "Die Zeitung zitiert den Bürgermeister mit den Worten: „…“": the one quoted speaks
            quoted = mention_after(doc.text, cue.end, until)
            return quoted if quoted is not None and quoted.pronoun != "who" else mention
        if _fronted(doc, cue.start, mention):
            # verb second: "Dem Sender n-tv sagte er: „…“", "Am Montag sagte Merkel: „…“",
            # "Dazu erklärte Hartmann: „…“": the phrase before the verb is no subject
            # a separable verb's cue runs to its particle: "Relativierend fügte Gall hinzu: „…“"
            verb_end = cue.start + len(doc.text[cue.start : cue.end].split()[0])
            after = _subject_after(doc, verb_end, until)
            if after is None and verb_end < cue.end:
                after = _subject_after(doc, verb_end, cue.end)
            return after if after is not None else mention
        return mention

    def clause_speaker(
        self, doc: Document, sent: Span, cue: Span, word_end: int, word: str, mention: Mention | None
    ) -> tuple[Mention | None, int]:
        text = doc.text
        if word in PARTICIPLES:
            return _perfect_subject(doc, sent, cue, mention), cue.end
        if word in doc.lang.SPEECH_FORMS and _fronted(doc, cue.start, mention):
            # the verb second: "Am Montag sagte Merkel, sie werde …",
            # "Gegenüber der dpa sagte ein Sprecher, …": the phrase before the verb is no subject
            comma = text.find(",", cue.end, min(sent.end, cue.end + SUBJECT_REACH))
            after = _subject_after(doc, cue.end, comma) if comma > 0 else None
            if after is not None:
                return after, comma
            return (None, cue.end) if mention is None or _oblique(doc, mention) else (mention, cue.end)
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


#: Adverbs that stand before the verb in its first place, the subject after it
#: ("Dazu erklärte Hartmann", "Weiter sagte er").
FRONT_ADVERBS: Final = frozenset(
    """
    dazu weiter hier dort daraufhin danach darauf darüber dagegen zudem außerdem später zuvor anschließend
    gleichzeitig deshalb daher dabei damals gestern heute zuletzt erst bereits jetzt nun dann ebenfalls
    schließlich zunächst trotzdem allerdings jedoch auch weiterhin demnach so ferner zugleich indes
    """.split()
)
#: Marks after which a new clause starts, for the phrase before a verb.
_CLAUSE_MARKS: Final = ':;\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}\N{DOUBLE LOW-9 QUOTATION MARK}"»«'


def _oblique(doc: Document, mention: Mention) -> bool:
    return doc.text[mention.start : mention.end].split()[0].lower() in doc.lang.OBLIQUE_ARTICLES


def _fronted(doc: Document, cue_start: int, mention: Mention | None) -> bool:
    """Does something other than the subject stand before the verb: a phrase
    that opens with a preposition, an adverb or a time word, an object, a
    clause ending in a comma?  Then the subject follows the verb."""
    if mention is None or _oblique(doc, mention):
        return True
    text = doc.text
    start = doc.sentence_at(cue_start).start
    for mark in _CLAUSE_MARKS:
        start = max(start, text.rfind(mark, start, cue_start) + 1)
    before = text[start:cue_start].split()
    if not before:
        return False
    first = before[0].lower()
    lang = doc.lang
    if (first in lang.PREPOSITIONS or first in lang.TIME_PREPOSITIONS or first in FRONT_ADVERBS or first in lang.TIME_WORDS) and (
        mention.start > start + len(before[0])
    ):
        return True
    if mention.start != start + text[start:cue_start].find(before[0]) or _speaker_like(doc, mention):
        return False
    if len(before) == 1 or first in de.THING_OPENERS and first not in lang.DETERMINERS:
        return True  # an adverb or a phrase with a preposition: no subject
    # only a speaker after the verb makes the phrase before it no subject:
    # "Die Anwendung der Regel stellte der SPD-Vorsitzende … in Frage", not
    # "Der Elternbeirat forderte eine sichere Ampel" nor "Der Oppositionsführer warf der Regierung vor"
    verb_end = cue_start + len(text[cue_start : cue_start + 40].split(None, 1)[0])
    after = _subject_after(doc, verb_end, doc.sentence_at(cue_start).end)
    if after is None or not _speaker_like(doc, after):
        return False
    # "der" after the verb opens a dative object as often as a subject: a person only
    return text[after.start : after.end].split()[0].lower() != "der" or after.kind in ("person", "anonymous")


_CLOSING_MARKS: Final = (
    "\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}"
    '"\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}'
)

#: The most words of a name in quotation marks before a cue ("Die Zeitung „Yemen Observer“ berichtet").
QUOTED_NAME_WORDS: Final = 5


def _quoted_name_before(doc: Document, pos: int) -> Mention | None:
    """A speaker whose name is in quotation marks right before the cue: "Die
    Zeitung „Yemen Observer“ berichtet, …", "der „Spiegel“ meldete, …"."""
    text = doc.text
    end = pos
    while end > 0 and text[end - 1] in " \t\u00a0":
        end -= 1
    if end == 0 or text[end - 1] not in _CLOSING_MARKS or not doc.quoted:
        return None
    q = doc.quote_at(end - 1)
    if q.outer_end != end:
        return None
    if not q.double or len(text[q.start : q.end].split()) > QUOTED_NAME_WORDS:
        return None
    head = mention_before(text, doc.sentence_at(q.open).start, q.open)
    if head is None or text[head.end : q.open].strip() or text[head.start : head.end].split()[0].lower() not in doc.lang.DETERMINERS:
        return None  # "Die Zeitung „…“", "der „…“": not the words of a quotation before its cue
    return replace(head, text=text[head.start : q.outer_end], end=q.outer_end, name=text[q.start : q.end].strip())


def _impersonal_source(doc: Document, cue_start: int, cue_end: int, until: int) -> Mention | None:
    """The source of "es heißt": the phrase after it that says where
    ("heißt es in der Erklärung der Partei", "hieß es vom Ministerium"), else
    the phrase before it ("In dem Bericht heißt es"); no speaker otherwise."""
    text = doc.text
    pos = cue_end
    for _ in range(4):
        m = _WORD.match(text, pos, until)
        if m is None:
            return None
        word = m.group("word").lower()
        if word in de.IMPERSONAL_SOURCE_PREPOSITIONS:
            after = mention_after(text, m.end(), until)
            return after if after is not None and after.pronoun is None else None
        if word not in de.IMPERSONAL_FILLERS:
            break
        pos = m.end()
    start = doc.sentence_at(cue_start).start
    for mark in _CLAUSE_MARKS:
        start = max(start, text.rfind(mark, start, cue_start) + 1)
    m = _WORD.match(text, start, cue_start)
    if m is None or m.group("word").lower() not in de.IMPERSONAL_SOURCE_PREPOSITIONS:
        return None
    before = mention_before(text, m.end(), cue_start) or mention_after(text, m.end(), cue_start)
    return before if before is not None and before.pronoun is None else None


#: A word after spaces, for the phrases around "es heißt".
_WORD: Final = regex.compile(r"[\s,]*(?P<word>[\p{L}\-]+)")


def _speaker_like(doc: Document, mention: Mention) -> bool:
    """Could a phrase that opens its clause be the speaker?  Not an adverb
    ("Dazu", "Relativierend", "Unmissverständlich") nor a phrase that opens
    with a determiner or a preposition and names a thing ("Die praktische
    Anwendung der Regel", "Deren Haltung gegenüber X", "Angesichts solcher
    Zahlen"): before a verb-second cue such a phrase is its object or a
    setting, and the subject follows the verb."""
    if mention.pronoun is not None or mention.kind != "person":
        return True
    words = doc.text[mention.start : mention.end].split()
    lang = doc.lang
    first = words[0].lower()
    if len(words) == 1:
        return not (first in FRONT_ADVERBS or first.endswith(de.ADVERB_ENDINGS))
    if first not in lang.DETERMINERS and first not in de.THING_OPENERS:
        return True  # "Franz Müller", "SPD-Chef Beck"
    for word in words[1:]:
        if word.lower() in lang.PREPOSITIONS or word.lower() in lang.GENITIVE_ARTICLES:
            break  # the head is before: "Die Anwendung | der Regel"
        low = word.strip(",.").lower()
        if not word[:1].isupper():
            continue
        if (
            low in lang.MALE_NAMES
            or low in lang.FEMALE_NAMES
            or low in lang.TITLES
            or any(low.endswith(h) for h in de.SPEAKER_HEAD_ENDINGS)
        ):
            return True
    return False


def _subject_after(doc: Document, pos: int, until: int) -> Mention | None:
    """The subject right after a verb-second cue: a pronoun, a name or a noun
    phrase, not an object or a phrase with a preposition ("sagte der Zeitung",
    "rief vor den Demonstranten aus")."""
    words = doc.text[pos:until].split(None, 1)
    if not words:
        return None
    first = words[0].lower().strip(",.:")
    lang = doc.lang
    if first in lang.PREPOSITIONS or first in lang.OBLIQUE_ARTICLES or first in lang.TIME_PREPOSITIONS or first in FRONT_ADVERBS:
        return None
    after = mention_after(doc.text, pos, until)
    return after if after is not None and after.pronoun != "who" else None


#: Finite auxiliaries of the perfect and pluperfect ("hat erklärt", "hatte
#: angekündigt"), and those of the passive ("wurde vorgeworfen").
PERFECT_AUXILIARIES: Final = frozenset("hat hatte hatten haben habe hätte hätten ist war waren sind sei".split())
PASSIVE_AUXILIARIES: Final = frozenset("wurde wurden wird werden worden".split())
#: How far back from a participle its auxiliary may stand, in characters.
AUXILIARY_REACH: Final = 120
_AUXILIARY: Final = regex.compile(r"(?<![\p{L}\-])(?:" + "|".join(sorted(PERFECT_AUXILIARIES | PASSIVE_AUXILIARIES)) + r")(?![\p{L}\-])")


def _perfect_subject(doc: Document, sent: Span, cue: Span, mention: Mention | None) -> Mention | None:
    """The speaker of a participle cue at the end of its clause: the subject
    of its auxiliary, not the object between them ("Die Universität hatte
    die Aberkennung damit begründet, …"); after a fronted phrase, the subject
    follows the auxiliary ("Am Montag hatte der Minister erklärt, …").  A
    passive ("Ihm wurde vorgeworfen, …") names no speaker here."""
    text = doc.text
    lo = max(sent.start, cue.start - AUXILIARY_REACH)
    last = None
    for m in _AUXILIARY.finditer(text, lo, cue.start):
        last = m
    if last is None or "," in text[last.end() : cue.start]:
        return mention
    if last.group() in PASSIVE_AUXILIARIES:
        return None
    before = mention_before(text, sent.start, last.start())
    if before is not None and text[before.start : before.end].split()[0].lower() not in doc.lang.OBLIQUE_ARTICLES:
        return before
    after = mention_after(text, last.end() + 1, cue.start)
    return after if after is not None and after.pronoun != "who" else mention


#: How many cue-less subjunctive sentences may go on reporting one speaker.
MAX_CONTINUATION: Final = 3


#: Rules whose speaker is a guess from the quotation's own clause: inside a
#: sentence that goes on reporting in the subjunctive, the report's speaker wins.
GUESSED: Final = frozenset({"embedded_subject"})


def subjunctive_continuations(doc: Document, found: list[Found], para_starts: list[int]) -> list[Found]:
    """German reported speech that goes on without a cue, in the subjunctive:
    'Er sagte, er sei bereit. Die Regierung habe versagt.'  The second
    sentence reports the same speaker (rule ``subjunctive_continuation``), and
    so do the words quoted in it ('Die Spieler hätten „alles gegeben“')."""
    sents = doc.sentences()
    found = [f for f in found if not _object_content(doc, f)]
    found = _quoted_in_reports(doc, found, sents)
    # a quotation's own clause guessed as its speaker names a thing there: "Der Airbus sei erst „…“ gelandet"
    found = [f for f in found if f.attribution.rule.name not in GUESSED or _speaker_like(doc, f.attribution.mention)]
    subjunctive, first_person = doc.lang.SUBJUNCTIVE_FORMS, doc.lang.FIRST_PERSON
    if not sents or not any(form in doc.text for form in subjunctive):
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
        para = bisect.bisect_right(para_starts, sent.start) - 1
        if source is None or run >= MAX_CONTINUATION or para - source.paragraph > 1 or doc.inside_quote(sent.start):
            source = None
            continue
        words = doc.text[sent.start : sent.end].split()
        lowered = {w.strip(",.;:!?\N{LEFT DOUBLE QUOTATION MARK}\N{DOUBLE LOW-9 QUOTATION MARK}").lower() for w in words}
        if not lowered & subjunctive or lowered & first_person or len(words) < MIN_CONTENT_WORDS:
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
    if not added:
        return found
    return sorted([f for f in found if id(f) not in dropped] + added, key=lambda f: (f.start, f.end))


def _object_content(doc: Document, f: Found) -> bool:
    """Is ``f`` reported content read off the object of a cue that reports
    a clause only ("Der Senat erklärte die Hintergründe der Entscheidung",
    "Dies bestätigte X in Berlin")?  Not after a comma, colon, "dass" or
    "ob", nor after a verb whose object is what was said (:data:`OBJECT_CONTENT_FORMS`)."""
    cue = f.attribution.cue
    if f.type != "indirect" or f.attribution.rule.name != "indirect_cue_clause" or cue is None or f.start < cue.end:
        return False
    text = doc.text
    between = text[cue.end : f.start]
    if "," in between or ":" in between or "\n" in between:
        return False
    first = text[f.start : f.start + 6].split(None, 1)[:1]
    if first and first[0] in de.CONTENT_CLAUSE_WORDS:
        return False
    return text[cue.start : cue.end].split()[0].lower() not in OBJECT_CONTENT_FORMS


def _quoted_in_reports(doc: Document, found: list[Found], sents: list[Span]) -> list[Found]:
    """Words quoted inside reported speech are the reporter's source's
    words: „…“ after the start of a sentence's reported content takes its
    attribution ("Laut Polizei sei der Zug „völlig überfüllt“ gewesen"), and
    so does a quotation whose speaker was only guessed from its own clause
    ("Der Iran müsse „…“ beenden, so Rice": Rice, not "Der Iran").  Reported
    content read across such a quotation gives way to it around it."""
    if not sents:
        return found
    starts = [s.start for s in sents]
    reports: dict[int, list[Found]] = {}
    for f in found:
        if f.type == "indirect":
            reports.setdefault(bisect.bisect_right(starts, f.start) - 1, []).append(f)
    if not reports:
        return found
    taken = {(f.start, f.end) for f in found if f.attribution.rule.name not in GUESSED}
    guessed = {(f.start, f.end) for f in found if f.attribution.rule.name in GUESSED}
    added: list[Found] = []
    split: dict[int, list[tuple[int, int]]] = {}  # reported content (by id) -> the quotations inside it
    for q in doc.quoted:
        if not q.double or q.close is None or (q.start, q.end) in taken:
            continue
        here = reports.get(bisect.bisect_right(starts, q.open) - 1)
        if not here:
            continue
        if any(f.attribution.mention.start <= q.open < f.attribution.mention.end for f in here):
            continue  # a name in marks: "Laut einem Bericht der „Zeit“ …"
        report = here[0]
        cue = report.attribution.cue
        trailing = cue is not None and cue.start >= report.end and q.open < cue.start  # "CLAUSE „…“ CLAUSE, so X."
        if q.open < min(report.start, cue.start if cue else report.start) and not trailing:
            continue
        added.append(Found(q.start, q.end, "partial", report.paragraph, report.attribution))
        for f in here:
            if f.start < q.outer_end and q.open < f.end:
                split.setdefault(id(f), []).append((q.open, q.outer_end))
    if not added:
        return found
    replaced = {(f.start, f.end) for f in added} & guessed
    kept: list[Found] = []
    for f in found:
        if (f.start, f.end) in replaced and f.attribution.rule.name in GUESSED:
            continue
        if id(f) not in split:
            kept.append(f)
            continue
        pos = f.start
        for open_, close in [*sorted(split[id(f)]), (f.end, f.end)]:
            piece = strip_content(doc.text, pos, min(open_, f.end))
            if len(doc.text[piece.start : piece.end].split()) >= MIN_CONTENT_WORDS:
                kept.append(Found(piece.start, piece.end, "indirect", f.paragraph, f.attribution))
            pos = max(pos, close)
    return sorted(kept + added, key=lambda f: (f.start, f.end))


def demonstrative_reports(doc: Document, found: list[Found], para_starts: list[int]) -> list[Found]:
    """A sentence that says who reported the one before it: "Der Zug fällt
    aus. Das bestätigte die Bahn." / "Dies teilte ein Sprecher mit."  The
    sentence before is the content (rule ``demonstrative_report``), the
    subject after the cue its speaker."""
    sents = doc.sentences()
    text, lang = doc.text, doc.lang
    if len(sents) < 2 or not any(word in text for word in de.REPORTING_DEMONSTRATIVES):
        return found
    starts = sorted(f.start for f in found)
    added: list[Found] = []
    for prev, sent in zip(sents, sents[1:], strict=False):
        words = text[sent.start : min(sent.end, sent.start + 40)].split(None, 2)
        if len(words) < 3 or words[0] not in de.REPORTING_DEMONSTRATIVES or doc.inside_quote(sent.start):
            continue
        verb = words[1].lower()
        if verb not in lang.SPEECH_FORMS and verb not in lang.CLAUSE_END_PARTICLES:
            continue
        verb_end = text.index(words[1], sent.start + len(words[0])) + len(words[1])
        if verb not in lang.SPEECH_FORMS and _particle_end(lang, text, verb_end, sent.end, verb) is None:
            continue  # "Das gab den Ausschlag": not "Das gab die Bahn bekannt"
        mention = _subject_after(doc, verb_end, sent.end)
        if mention is None or mention.pronoun == "it":
            continue
        para = bisect.bisect_right(para_starts, prev.start) - 1
        if para != bisect.bisect_right(para_starts, sent.start) - 1 or doc.inside_quote(prev.start):
            continue
        i = bisect.bisect_left(starts, prev.start)
        if i < len(starts) and starts[i] < sent.end:
            continue  # the sentence before, or this one, already reports something
        content = strip_content(text, prev.start, prev.end)
        if len(text[content.start : content.end].split()) < MIN_CONTENT_WORDS:
            continue
        cue = Span(sent.start + len(words[0]) + 1, verb_end)
        added.append(Found(content.start, content.end, "indirect", para, Attribution(mention, cue, DEMONSTRATIVE_REPORT)))
    if not added:
        return found
    return sorted(found + added, key=lambda f: (f.start, f.end))


def _particle_end(lang: Language, text: str, verb_end: int, end: int, verb: str) -> int | None:
    """Where the particle of a separable verb ends, at the end of its clause ("teilte die Bahn | mit")."""
    m = CLAUSE_END_PARTICLE.match(text, verb_end, min(end, verb_end + PARTICLE_REACH))
    if m is not None and m.group("particle") in lang.CLAUSE_END_PARTICLES[verb]:
        return int(m.end("particle"))
    return None


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
