"""The hooks the shared rules call for German (:class:`~quotex.rules.base.Grammar`), registered on import."""

from __future__ import annotations

from typing import Final

import regex

from quotex.lang import Language, de
from quotex.lang.de.forms import PARTICIPLES, QUOTING_FORMS
from quotex.rules.base import GRAMMARS, WORD, Grammar
from quotex.rules.clauses import clause_subject
from quotex.rules.de.clauses import (
    QUOTED_NAME_WORDS,
    SETTING,
    SUBJECT_REACH,
    according_source,
    attributed_subject,
    demonstrative_before,
    fronted,
    impersonal_source,
    latter,
    oblique,
    particle_end,
    perfect_subject,
    quoted_name_before,
    speaker_like,
    subject_after,
)
from quotex.rules.de.direct import subject_before_particle
from quotex.rules.de.relatives import relative_pronoun_subject
from quotex.rules.document import Document
from quotex.speakers import Mention, mention_after, mention_before
from quotex.text import Span


class German(Grammar):
    """Verb-second order and separable verbs (see the module's docstring)."""

    verb_second = True

    def clause_end_particle(self, lang: Language, text: str, end: int, word: str) -> int | None:
        return particle_end(lang, text, end, len(text), word)

    def according_source(self, doc: Document, start: int, end: int, closed: bool) -> Mention | None:
        return according_source(doc, start, end)

    def speaker_after_inverted_cue(
        self, doc: Document, cue_start: int, cue_end: int, mention: Mention | None, until: int
    ) -> Mention | None:
        word = doc.text[cue_start:cue_end].split()[0].lower()
        if word in de.IMPERSONAL_CUES:
            return impersonal_source(doc, cue_start, cue_end, until)
        if mention is None:
            # "„…“, schrieb die in Köln geborene Sängerin", "„…“, so letztere"
            mention = attributed_subject(doc, cue_end, until) or latter(doc, cue_end, until) or subject_after(doc, cue_end, until)
        if doc.text[cue_end : cue_end + 6].split()[:1] == ["sich"]:
            return subject_after(doc, cue_end, until)  # "„…“, äußerte sich der Minister"
        if word in QUOTING_FORMS and mention is not None and doc.text[mention.start : mention.end].lower() in de.IMPERSONAL_SUBJECTS:
            quoted = mention_after(doc.text, mention.end, until)  # "„…“, zitierte man den Sprecher": the one quoted
            return quoted if quoted is not None and quoted.pronoun != "who" else mention
        return mention

    def subject_may_open_after_quote(self, doc: Document, phrase_start: int, subject_start: int) -> bool:
        # verb second: a quotation that fills the first place is followed by the finite verb
        # („…“, wird Panetta zitiert); a subject right after it opens a sentence of its
        # own („…“ Der Landrat erklärte, …: not the landrat's words)
        return subject_start != phrase_start

    def speaker_after_cue(self, doc: Document, cue: Span, word: str, mention: Mention | None, until: int) -> Mention | None:
        if word in de.IMPERSONAL_CUES:
            return impersonal_source(doc, cue.start, cue.end, until)
        if mention is not None and doc.text[mention.start : mention.end].split()[-1] in de.COORDINATORS:
            # "… für machbar und | nannte": a clause read as a name; a verb after "und" shares its subject
            shared = _subject_in_clause(doc, mention)
            if shared is not None:
                return shared
            mention = None
        if mention is None and not quoted_name_before(doc, cue.start) and (shared := _coordinated_subject(doc, cue.start)) is not None:
            return shared  # "Im Herbst gab er … zurück und | erklärte": not a subject after the second verb
        if mention is None:
            mention = (
                quoted_name_before(doc, cue.start)
                or subject_before_particle(doc, doc.sentence_at(cue.start).start, cue.start)
                or partitive_before(doc, cue.start)
                or subordinate_subject(doc, cue.start)
                or demonstrative_before(doc, cue.start, word)
            )
        if word in PARTICIPLES:
            # "Die Ministerin hatte die Rolle der Länder betont: „…“": the auxiliary's subject, not the object
            subject = perfect_subject(doc, doc.sentence_at(cue.start), cue, mention)
            if subject is not None and subject is not mention:
                return subject  # a passive ("Es wurde von X geäußert") keeps the agent before the cue
        if mention is not None and word not in QUOTING_FORMS and _object_before(doc, mention):
            # "Der Sohn hatte den Auftrag mit den Worten abgelehnt: „…“": an object never speaks; after
            # an auxiliary the cue ends its clause, and the subject is the auxiliary's
            subject = perfect_subject(doc, doc.sentence_at(cue.start), cue, None)
            if subject is not None:
                return subject
        if word not in doc.lang.VERB_SECOND_FORMS:
            return mention
        if word in QUOTING_FORMS:
            return _quoted_one(doc, cue, mention, until)
        if mention is None and _after_coordinator(doc, cue.start):
            # "X spricht von …, und | fordert eine Rücknahme": a verb right after "und" shares the
            # first verb's subject; what follows it is its object, never its subject
            return None
        if fronted(doc, cue.start, mention):
            # verb second: "Dem Sender n-tv sagte er: „…“", "Am Montag sagte Merkel: „…“",
            # "Dazu erklärte Hartmann: „…“": the phrase before the verb is no subject
            # a separable verb's cue runs to its particle: "Relativierend fügte Gall hinzu: „…“"
            verb_end = cue.start + len(doc.text[cue.start : cue.end].split()[0])
            after = subject_after(doc, verb_end, until)
            if after is None and verb_end < cue.end:
                after = subject_after(doc, verb_end, cue.end)
            return after if after is not None else mention
        return mention

    def clause_speaker(
        self, doc: Document, sent: Span, cue: Span, word_end: int, word: str, mention: Mention | None
    ) -> tuple[Mention | None, int]:
        text = doc.text
        if (relative := relative_pronoun_subject(doc, sent, cue, mention)) is not None:
            return relative, cue.end  # "…, der angab, …": the pronoun that opens the clause the cue ends
        if mention is None and (named := _as_clause_name(doc, sent, cue)) is not None:
            return named, cue.end  # "Wie „Kleinstadt aktuell“ heute berichtet, …"
        if mention is None and (this := demonstrative_before(doc, cue.start, word)) is not None:
            return this, cue.end  # "Diese bestätigte, dass …"
        if (subject := _as_clause_subject(doc, cue, mention)) is not None:
            return subject, cue.end  # "Wie der Sprecher, Paul Kern, in Bonn mitteilte, …": not "Bonn"
        if word in PARTICIPLES:
            return perfect_subject(doc, sent, cue, mention), cue.end
        if word in doc.lang.SPEECH_FORMS and fronted(doc, cue.start, mention):
            # the verb second: "Am Montag sagte Merkel, sie werde …",
            # "Gegenüber der dpa sagte ein Sprecher, …": the phrase before the verb is no subject
            comma = text.find(",", cue.end, min(sent.end, cue.end + SUBJECT_REACH))
            after = subject_after(doc, cue.end, comma) if comma > 0 else None
            if after is not None:
                return after, comma
            return (None, cue.end) if mention is None or oblique(doc, mention) else (mention, cue.end)
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


def _object_before(doc: Document, mention: Mention) -> bool:
    """Is the phrase right before a cue at the end of its clause its object:
    one in the accusative or dative ("den Auftrag", "einem Kollegen"), or
    one that says with what words ("die Bitte mit den Worten")?"""
    return oblique(doc, mention) or _WITH_WORDS.search(doc.text, mention.start, mention.end) is not None


#: A "wie" clause whose subject is a name in quotation marks, then adverbs, up to its cue:
#: "Wie „Kleinstadt aktuell“ berichtet", "Wie die „Aktion Hilfe“ heute mitteilte".
_AS_CLAUSE_NAME: Final = regex.compile(
    r"""
    (?: (?: Denn | Doch | Aber | Und ) [ \t\u00a0]+ )? [Ww]ie [ \t\u00a0]+
    (?P<article> (?: der | die | das ) [ \t\u00a0]+ )?
    (?P<name> \N{DOUBLE LOW-9 QUOTATION MARK}
      [^\N{LEFT DOUBLE QUOTATION MARK}\N{DOUBLE LOW-9 QUOTATION MARK}\n]{1,60} \N{LEFT DOUBLE QUOTATION MARK} )
    (?P<adverbs> (?: [ \t\u00a0]+ \p{Ll}+ ){0,3} ) [ \t\u00a0]* \Z
    """,
    regex.VERBOSE,
)


def _as_clause_name(doc: Document, sent: Span, cue: Span) -> Mention | None:
    """The subject of a "wie" clause that opens the sentence when it is a
    name in quotation marks ("Wie „Kleinstadt aktuell“ heute berichtet, …"),
    which the mention reader leaves; only adverbs between it and the cue."""
    text = doc.text
    m = _AS_CLAUSE_NAME.match(text, doc.sentence_at(cue.start).start, cue.start)  # the whole sentence, not the words after the name
    if m is None or any(w not in de.ADVERBS_BEFORE_SUBJECT for w in m.group("adverbs").split()):
        return None
    start = m.start("article") if m.group("article") else m.start("name")
    name = m.group("name")[1:-1].strip()
    if not name or len(name.split()) > QUOTED_NAME_WORDS:
        return None
    return Mention(text[start : m.end("name")], start, m.end("name"), "organization", name, None, None)


#: "Wie" opening a sentence, after a conjunction or not: "Wie der Sprecher …", "Denn wie die Zeitung …".
_AS_CLAUSE: Final = regex.compile(r"(?:(?:Denn|Doch|Aber|Und|Auch)[ \t\u00a0]+)?[Ww]ie[ \t\u00a0]+")


def _as_clause_subject(doc: Document, cue: Span, mention: Mention | None) -> Mention | None:
    """The subject of a "wie" clause that opens the sentence, its cue at the
    end before a comma, when the phrase right before the cue has a
    preposition ("Wie der Sprecher der Stadt, Paul Kern, in Bonn mitteilte,
    …": not "Bonn"; "Denn wie die Zeitung in ihrer Ausgabe vom Montag
    berichtete, …"): German puts the subject first after the conjunction,
    settings after it, the verb last."""
    text = doc.text
    m = _AS_CLAUSE.match(text, doc.sentence_at(cue.start).start, cue.start)
    if m is None or text[cue.end : cue.end + 3].lstrip(" \t\u00a0")[:1] != ",":
        return None
    until = cue.start
    if mention is not None:
        words = text[m.end() : mention.start].split()
        if not words or words[-1].lower() not in doc.lang.PREPOSITIONS:
            return None  # the mention before the cue is the subject, or its phrase holds no preposition
        until = text.rindex(words[-1], m.end(), mention.start)
    subject = mention_after(text, m.end(), until)
    if subject is None or subject.pronoun == "who" or oblique(doc, subject):
        return None  # "Wie dem Bericht zu entnehmen war": an object
    return subject


def _after_coordinator(doc: Document, cue_start: int) -> bool:
    """Does the cue follow "und", "oder", "sondern" right away?"""
    before = doc.text[max(0, cue_start - 12) : cue_start].split()
    return bool(before) and before[-1] in de.COORDINATORS


def _coordinated_subject(doc: Document, cue_start: int) -> Mention | None:
    """The subject a cue after "und" shares with the verb before it: "Er rief
    die Polizei und teilte mit, dass …"; the subject that opens the sentence,
    after an adverb or not ("Auch die Ärztin lobte den Plan und sagte, …"),
    or the one after the first verb when a phrase fills the first place ("Im
    Herbst gab er den Vorsitz zurück und erklärte, …").  A cue right after the
    comma that closes the first clause, no subject after it, shares that
    subject too ("Die Prüfer lobten den Plan, sprachen aber davon, …")."""
    text = doc.text
    before = text[max(0, cue_start - 12) : cue_start].split()
    if not before:
        return None
    sent = doc.sentence_at(cue_start)
    coordinated = before[-1] in de.COORDINATORS
    if coordinated:
        end = cue_start - len(before[-1]) - 1
    elif before[-1].endswith(",") and _no_subject_after(doc, cue_start, sent.end):
        end = text.rindex(",", sent.start, cue_start)  # "Die Prüfer lobten den Plan, sprachen aber davon, …"
    else:
        return None
    if "," in text[sent.start : end]:
        return None  # "…, und sagte": a clause of its own may have its own subject
    start = _after_adverbs(text, sent.start, end)
    subject = clause_subject(doc, start, end)
    if subject is not None and subject.start == start and not _opening_phrase(doc, subject):
        return subject
    return _first_clause_subject(doc, sent.start, end) if coordinated else None


def _no_subject_after(doc: Document, cue_start: int, until: int) -> bool:
    """Does no subject follow a cue right after a comma ("…, sprachen aber
    davon, …"), as one does an inverted cue ("…, sagte der Sprecher")?"""
    verb_end = cue_start + len(doc.text[cue_start : cue_start + 40].split(None, 1)[0])
    return subject_after(doc, verb_end, until) is None


def _opening_phrase(doc: Document, mention: Mention) -> bool:
    """Is a mention a phrase that fills the first place, not a subject ("Als Grund | nannte sie …")?"""
    first = doc.text[mention.start : mention.end].split()[0].lower()
    return (first in de.THING_OPENERS or first in doc.lang.PREPOSITIONS) and not speaker_like(doc, mention)


def _after_adverbs(text: str, start: int, end: int) -> int:
    """Where the words after the adverbs that open a sentence start ("Auch | die Ärztin …")."""
    for m in _TOKEN_WORD.finditer(text, start, end):
        if m.group().lower() not in de.ADVERBS_BEFORE_SUBJECT:
            return m.start()
    return start


def _first_clause_subject(doc: Document, start: int, end: int) -> Mention | None:
    """The subject after the first verb of a sentence whose first place a
    phrase fills ("Im Herbst 2019 gab | er …", "Nach der langen Wahl des
    Rates gab | sie …", "Als Grund nannte | sie …"): the preposition, its
    article and adjectives, its nouns (and a genitive), then the verb."""
    text, lang = doc.text, doc.lang
    words = [w.group() for w in _TOKEN_WORD.finditer(text, start, end)]
    ends = [w.end() for w in _TOKEN_WORD.finditer(text, start, end)]
    if len(words) < 3 or words[0].lower() not in lang.PREPOSITIONS | de.THING_OPENERS:
        return None
    i = 1
    while i < len(words):
        if words[i] in lang.DETERMINERS or words[i] in lang.GENITIVE_ARTICLES:
            i += 1  # "Nach | der | Wahl", "der Wahl | des | Rates"
        while i < len(words) and words[i].islower() and words[i].endswith(_ADJECTIVE_ENDINGS):
            i += 1  # "der | langen | Wahl"
        nouns = i
        while i < len(words) and (words[i][:1].isupper() or words[i].isdigit()):
            i += 1
        if i == nouns or i >= len(words) or words[i] not in lang.GENITIVE_ARTICLES:
            break
    if i == 1 or i >= len(words) or not words[i].islower() or words[i] in lang.PREPOSITIONS:
        return None
    after = subject_after(doc, ends[i], end)
    return after if after is not None and speaker_like(doc, after) and not oblique(doc, after) else None


#: The endings of an adjective between an article and its noun ("der langen Wahl").
_ADJECTIVE_ENDINGS: Final = ("e", "en", "er", "es", "em")


_TOKEN_WORD: Final = regex.compile(r"[\p{L}\p{N}]+")


def _subject_in_clause(doc: Document, clause: Mention) -> Mention | None:
    """The subject inside a clause a mention reader took for a name, up to
    the "und" before a second verb: after its verb when the verb opens it
    ("Am Sonntag liefen die Schüler zur Schule und | riefen"); none
    when the clause has no subject of its own ("halte den Plan für machbar
    und | bezeichnete": the object is no speaker)."""
    text, lang = doc.text, doc.lang
    for m in WORD.finditer(text, clause.start, clause.end):
        word = m.group()
        if word[:1].isupper():
            continue  # the phrase before the verb: "Samstag zogen …"
        if word in lang.PREPOSITIONS or word in lang.DETERMINERS or word in lang.OBLIQUE_ARTICLES:
            return None  # a phrase with no verb before it
        after = subject_after(doc, m.end(), text.rfind(" ", clause.start, clause.end))
        return after if after is not None and speaker_like(doc, after) and not oblique(doc, after) else None
    return None


#: The words that name some of a group before "der" or "von den": "Einer der
#: Anwohner", "zwei der Abgeordneten", "Einige von den Bewohnern".
PARTITIVE_HEADS: Final = frozenset("einer eine eines einige mehrere viele keiner jeder zwei drei vier fünf".split())
#: A partitive that ends right before the cue: the head, "der" or "von den", and up to
#: four words of the group ("Einer der drei befragten Anwohner | sagte").
_PARTITIVE: Final = regex.compile(
    r"""
    (?<![\p{L}\-]) (?P<head> \p{L}+ ) [ \t\u00a0]+ (?: der | von [ \t\u00a0]+ den )
    (?: [ \t\u00a0]+ [\p{L}\p{N}\-.]+ ){1,4}? [ \t\u00a0]* \Z
    """,
    regex.VERBOSE,
)
#: How far before the cue a partitive subject may start, in characters.
PARTITIVE_REACH: Final = 80


def partitive_before(doc: Document, cue_start: int) -> Mention | None:
    """Some of a group as the subject right before a cue, which the mention
    reader does not take for a speaker: "Einer der befragten Anwohner
    sagte: „…“", "…, zwei der Abgeordneten erklärten".  It opens its clause
    (the sentence or a comma before it) and ends in a noun."""
    text = doc.text
    sent = doc.sentence_at(cue_start)
    m = _PARTITIVE.search(text, max(sent.start, cue_start - PARTITIVE_REACH), cue_start)
    if m is None or m.group("head").lower() not in PARTITIVE_HEADS:
        return None
    before = text[max(sent.start, m.start() - 3) : m.start()].strip()
    if m.start() > sent.start and before[-1:] not in (",", ";", ":"):
        return None  # "Bericht einer der Kommissionen sagte": inside a longer phrase
    end = cue_start
    while end > m.start() and text[end - 1] in " \t\u00a0":
        end -= 1
    if not text[m.start() : end].split()[-1][:1].isupper():
        return None  # "einer der ihren": no group named
    phrase = text[m.start() : end]
    return Mention(phrase, m.start(), end, "anonymous", phrase, None, None)


def subordinate_subject(doc: Document, cue_start: int) -> Mention | None:
    """The subject right after the word that opens a subordinate clause, the
    cue at its end with adverbs between ("…, zumal Stadtrat Kurz oft
    genug betont hatte, …"), which the mention reader, reading back from the
    cue, stops short of."""
    text = doc.text
    sent = doc.sentence_at(cue_start)
    comma = text.rfind(",", sent.start, cue_start)
    start = comma + 1 if comma >= 0 else sent.start
    words = text[start:cue_start].split()
    if len(words) < 3 or words[0].lower() not in de.SUBORDINATORS or doc.inside_quote(start):
        return None
    mention = mention_after(text, text.index(words[0], start) + len(words[0]), cue_start)
    if mention is None or mention.pronoun == "who" or oblique(doc, mention) or not speaker_like(doc, mention):
        return None
    between = text[mention.end : cue_start].split()
    phrase_words = doc.lang.DETERMINERS | doc.lang.PREPOSITIONS
    if not 0 < len(between) <= SUBORDINATE_ADVERBS or any(not (w.isalpha() and w.islower()) or w in phrase_words for w in between):
        return None  # only adverbs between the subject and its cue: "immer wieder", "mehrfach"
    return mention


#: The most adverbs between the subject of a subordinate clause and its cue ("immer wieder").
SUBORDINATE_ADVERBS: Final = 3


#: "mit den Worten", "mit folgenden Worten": how a quotation is cited, never its speaker.
_WITH_WORDS: Final = regex.compile(r"mit\s+(?:den|diesen|folgenden)\s+Worten\b")
_PASSIVE: Final = regex.compile(r"\b(?:wird|wurde|werden|wurden)\b")


def _quoted_one(doc: Document, cue: Span, mention: Mention | None, until: int) -> Mention | None:
    """The speaker of "zitieren": the one quoted.  Active, its object ("Die
    Zeitung zitiert dazu den Bürgermeister mit den Worten: „…“"); passive,
    its subject ("Sie wird mit den Worten zitiert: „…“", "Der Vorsitzende
    wird in einer Erklärung mit den Worten zitiert")."""
    text = doc.text
    sent = doc.sentence_at(cue.start)
    aux = None
    for m in _PASSIVE.finditer(text, sent.start, cue.start):
        aux = m
    if aux is not None:
        subject = mention_before(text, sent.start, aux.start())
        if subject is None or fronted(doc, aux.start(), subject):
            subject = subject_after(doc, aux.end(), cue.start)  # "In der Meldung wird Musk wie folgt zitiert"
        return subject if subject is not None and _WITH_WORDS.match(text, subject.start) is None else None
    pos = cue.end
    while (adverb := _ADVERB.match(text, pos, until)) is not None and adverb.group("word").lower() in de.ADVERBS_BEFORE_SUBJECT:
        pos = adverb.end()  # "zitiert dazu den Minister"
    quoted = mention_after(text, pos, until)
    if quoted is None or _WITH_WORDS.match(text, quoted.start) is not None:
        return mention
    return quoted if quoted.pronoun != "who" else mention


_ADVERB: Final = regex.compile(r"[ \t\u00a0]*(?P<word>\p{L}+)")
