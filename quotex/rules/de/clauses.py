"""German word order: who speaks around a verb-second cue.

The phrase before a verb in second place may be no subject ("Am Montag
sagte Merkel", "Dazu erklärte Hartmann", "Die Anwendung der Regel stellte
der Vorsitzende in Frage"): then the subject follows the verb.  Separable
verbs put their particle at the end of the clause ("teilte die Polizei am
Montag mit"), compound tenses their participle ("hatte … angekündigt"); the
impersonal "es heißt" names its source in a phrase ("heißt es in der
Erklärung"), and a speaker may be named in quotation marks ("Die Zeitung
„X“ berichtet").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Final

import regex

from quotex.lang import Language, de
from quotex.quotes import QuotedSpan
from quotex.rules.base import compile_rule
from quotex.rules.document import Document, Found, FoundIndex
from quotex.rules.titles import names_something
from quotex.speakers import Mention, mention_after, mention_before
from quotex.text import Span

#: How far a separable verb's particle may follow it, in characters.
PARTICLE_REACH: Final = 80

#: The particle of a separable verb at the end of its clause, before a
#: comma, colon or stop: "warf der Regierung | vor,", "teilte die Polizei | mit:";
#: a name set off by commas may stand between, apposition to the subject
#: ("gab der Leiter des Amts, Paul Kern, | bekannt, dass …"), tried last.
CLAUSE_END_PARTICLE: Final = compile_rule(
    r"""
    (?: [^,.;:!?\n\"\N{LEFT DOUBLE QUOTATION MARK}\N{DOUBLE LOW-9 QUOTATION MARK}]{1,60}?
        , ${sp}{1,2} \p{Lu} [^,.;:!?\n\"\N{LEFT DOUBLE QUOTATION MARK}\N{DOUBLE LOW-9 QUOTATION MARK}]{1,40} , )??
    [^,.;:!?\n\"\N{LEFT DOUBLE QUOTATION MARK}\N{DOUBLE LOW-9 QUOTATION MARK}]{0,78}?
    (?<= \s ) (?P<particle> \p{Ll}{2,8} ) (?= ${sp}{0,2} [,.:] )
    """
)

#: A setting between cue and clause, closed by a comma:
#: "sagte am Montag, er sei …", "erklärte gegenüber der Zeitung, dass …",
#: "sagte der Zeitung „Morgenpost“, …" (a name in quotation marks).
SETTING: Final = compile_rule(
    r"""
    (?: ${sp}{1,3} \N{DOUBLE LOW-9 QUOTATION MARK}? [\p{L}\p{N}.\-]{1,30} \N{LEFT DOUBLE QUOTATION MARK}? ){1,8}?
    (?= , ${sp}{1,3} (?: (?: ${clause_openers} ) \b | (?: \p{Ll}{1,20} ${sp}{1,3} ){1,3} (?: """
    + "|".join(sorted(de.SUBJUNCTIVE_FORMS))
    + r""" ) \b ) )
    """
)

#: How far the comma that ends a verb-second subject may follow the cue.
SUBJECT_REACH: Final = 80


#: Adverbs that stand before the verb in its first place, the subject after it
#: ("Dazu erklärte Hartmann", "Weiter sagte er").
FRONT_ADVERBS: Final = frozenset(
    """
    dazu weiter hier dort daraufhin danach darauf darüber dagegen zudem außerdem später zuvor anschließend
    gleichzeitig deshalb daher dabei damals gestern heute zuletzt erst bereits jetzt nun dann ebenfalls
    schließlich zunächst trotzdem allerdings jedoch auch weiterhin demnach so ferner zugleich indes
    offiziell besonders ebenso ähnlich ausdrücklich gleichfalls schon
    inzwischen unterdessen gegenwärtig insbesondere derweil
    """.split()
)
#: Marks after which a new clause starts, for the phrase before a verb.
_CLAUSE_MARKS: Final = ':;\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}\N{DOUBLE LOW-9 QUOTATION MARK}"»«'


def unclaimed_quotations(
    doc: Document, index: FoundIndex, guesses: frozenset[str] = frozenset()
) -> Iterator[tuple[QuotedSpan, list[Found]]]:
    """The quotations a later German pass may give a speaker: each one in
    double marks, closed, naming nothing ("der Sender „Nordwelle“"), and not
    yet attributed by a rule but those named in ``guesses``, with the guessed
    direct and partial quotes over it (for the pass to drop if it reads better)."""
    for q in doc.quoted:
        if not q.double or q.close is None or names_something(doc, q):
            continue
        over = index.quotes_over(q.start, q.end)
        if any(f.attribution.rule.name not in guesses for f in over):
            continue
        yield q, over


def colon_before(doc: Document, q: QuotedSpan) -> int | None:
    """Where the colon that introduces the quotation ``q`` stands ("Sie
    sagte: „…“"), spaces between them skipped; ``None`` when no colon does."""
    text = doc.text
    colon = q.open - 1
    while colon > 0 and text[colon] in " \t\u00a0":
        colon -= 1
    return colon if text[colon] == ":" else None


def oblique(doc: Document, mention: Mention) -> bool:
    """Is the mention an object, not a subject: "dem Sender", "den Minister",
    and "der" with an adjective in "-en" ("Der englischsprachigen Zeitung
    sagte er"): after "der" the nominative takes "-e" ("der neue Minister")."""
    words = doc.text[mention.start : mention.end].split()
    if words[0].lower() in doc.lang.OBLIQUE_ARTICLES:
        return True
    return words[0].lower() == "der" and len(words) > 2 and words[1][:1].islower() and words[1].endswith("en")


def _clause_before(doc: Document, pos: int) -> tuple[int, list[str]]:
    """Where the clause of the verb at ``pos`` starts (after the last clause
    mark of its sentence), and the words between there and the verb."""
    text = doc.text
    start = clause_start(text, doc.sentence_at(pos).start, pos)
    return start, text[start:pos].split()


def clause_start(text: str, lo: int, pos: int) -> int:
    """Where the clause before ``pos`` starts: after the last colon,
    semicolon or quotation mark from ``lo``; a colon between digits is
    the time of day ("Um 10:05 Uhr meldete …"), not the end of a clause."""
    start = lo
    for mark in _CLAUSE_MARKS:
        at = text.rfind(mark, lo, pos)
        while mark == ":" and at > lo and text[at - 1 : at].isdigit() and text[at + 1 : at + 2].isdigit():
            at = text.rfind(mark, lo, at)
        start = max(start, at + 1)
    return start


def _opens_phrase(doc: Document, first: str) -> bool:
    """Does the (lowercased) word open a phrase that is no subject: a
    preposition, a time word, a fronted adverb?"""
    lang = doc.lang
    return first in lang.PREPOSITIONS or first in lang.TIME_PREPOSITIONS or first in FRONT_ADVERBS or first in lang.TIME_WORDS


def fronted_phrase(doc: Document, verb_start: int, mention: Mention) -> bool:
    """Does a phrase with a preposition, a time word or an adverb open the
    clause, the mention inside it ("Bereits vor zwei Wochen hatte …")?"""
    start, before = _clause_before(doc, verb_start)
    if not before:
        return False
    first = before[0].lower()
    lang = doc.lang
    opener = _opens_phrase(doc, first)
    if opener and first in FRONT_ADVERBS and len(before) > 1 and before[1].lower() in lang.PREPOSITIONS:
        return True  # "Schon vor drei Tagen hatte …": an adverb, then a phrase with a preposition
    return opener and mention.start > start + len(before[0])


def fronted(doc: Document, cue_start: int, mention: Mention | None) -> bool:
    """Does something other than the subject stand before the verb: a phrase
    that opens with a preposition, an adverb or a time word, an object, a
    clause ending in a comma?  Then the subject follows the verb."""
    if mention is None or oblique(doc, mention):
        return True
    text = doc.text
    if text[cue_start : cue_start + 60].split()[1:2] in (["er"], ["ich"], ["wir"], ["man"]) and mention.pronoun is None:
        return True  # "Die Bürger forderte er auf, …": a pronoun in the nominative after the verb is its subject
    start, before = _clause_before(doc, cue_start)
    if not before:
        return False
    first = before[0].lower()
    lang = doc.lang
    if _opens_phrase(doc, first) and mention.start > start + len(before[0]):
        return True
    if mention.start != start + text[start:cue_start].find(before[0]) or speaker_like(doc, mention):
        return False
    if len(before) == 1 or first in de.THING_OPENERS and first not in lang.DETERMINERS:
        return True  # an adverb or a phrase with a preposition: no subject
    # only a speaker after the verb makes the phrase before it no subject:
    # "Die Anwendung der Regel stellte der SPD-Vorsitzende … in Frage", not
    # "Der Elternbeirat forderte eine sichere Ampel" nor "Der Oppositionsführer warf der Regierung vor"
    verb_end = cue_start + len(text[cue_start : cue_start + 40].split(None, 1)[0])
    after = subject_after(doc, verb_end, doc.sentence_at(cue_start).end)
    if after is None or not speaker_like(doc, after):
        return False
    # "der" after the verb opens a dative object as often as a subject: a person only; "die", "das"
    # and "ein" open an object more often than not ("Die Polizisten forderten die Schüler auf")
    first_after = text[after.start : after.end].split()[0].lower()
    if _titled(doc, after) or after.kind == "organization" and first_after != "der":
        # "Die Reform lobte die Ministerin Eva Lind", "Die Pläne kritisierte die Opposition": a thing
        # before the verb, a named speaker or a body after it ("der" + a body may be a dative: "sagte der Zeitung")
        return True
    if first_after in de.AMBIGUOUS_ARTICLES:
        return False
    return first_after != "der" or after.kind in ("person", "anonymous")


def _titled(doc: Document, mention: Mention) -> bool:
    """Does the phrase name a person by a title or a first name ("die
    Ministerin Eva Lind", "der Anwalt Paul Kern")?"""
    lang = doc.lang
    for word in doc.text[mention.start : mention.end].split()[1:]:
        low = word.strip(",.").lower()
        if low in lang.PREPOSITIONS or low in lang.GENITIVE_ARTICLES:
            return False
        if word[:1].isupper() and (low in lang.MALE_NAMES or low in lang.FEMALE_NAMES or low in lang.TITLES):
            return True
    return False


_CLOSING_MARKS: Final = (
    "\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}"
    '"\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}'
)

#: The most words of a name in quotation marks before a cue ("Die Zeitung „Yemen Observer“ berichtet").
QUOTED_NAME_WORDS: Final = 5


def quoted_name_before(doc: Document, pos: int) -> Mention | None:
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
    if head is None:
        article = _ARTICLE_BEFORE.search(text, max(doc.sentence_at(q.open).start, q.open - 8), q.open)
        if article is None or article.group("article").lower() not in doc.lang.DETERMINERS:
            return None
        if text[doc.sentence_at(q.open).start : article.start("article")].strip():
            return None  # "In der „Zeit“ schreibt X": the article of a phrase, not of the subject
        name = text[q.start : q.end].strip()  # "Die „Zeit“ hatte berichtet": an article, then the name
        start = article.start("article")
        return Mention(text[start : q.outer_end], start, q.outer_end, "organization", name, None, None)
    if text[head.end : q.open].strip() or text[head.start : head.end].split()[0].lower() not in doc.lang.DETERMINERS:
        return None  # "Die Zeitung „…“", "der „…“": not the words of a quotation before its cue
    before = text[doc.sentence_at(q.open).start : head.start].split()
    opener = before[-1].lower() if before else ""
    if opener not in de.SUBORDINATORS and (opener in doc.lang.PREPOSITIONS or opener in de.SOURCE_PREPOSITIONS):
        return None  # "Gegenüber der Agentur „…“ sagte X": the object of a fronted phrase, the subject follows the verb
    return replace(head, text=text[head.start : q.outer_end], end=q.outer_end, name=text[q.start : q.end].strip())


#: The article right before an opening mark: "Die | „Zeit“".
_ARTICLE_BEFORE: Final = regex.compile(r"(?<![\p{L}])(?P<article>\p{L}{3})[ \t\u00a0]+\Z")


def impersonal_source(doc: Document, cue_start: int, cue_end: int, until: int) -> Mention | None:
    """The source of "es heißt": the phrase after it that says where
    ("heißt es in der Erklärung der Partei", "hieß es vom Ministerium"), else
    the phrase before it ("In dem Bericht heißt es"); no speaker otherwise."""
    text = doc.text
    pos = cue_end
    for _ in range(4):
        m = _WORD.match(text, pos, until)
        if m is None:
            break  # "heißt es: „…“": the source, if any, is before it
        word = m.group("word").lower()
        if word in de.IMPERSONAL_SOURCE_PREPOSITIONS:
            after = mention_after(text, m.end(), until)
            return after if after is not None and after.pronoun is None else _source_phrase(doc, m.end(), until)
        if word not in de.IMPERSONAL_FILLERS:
            break
        pos = m.end()
    start = clause_start(text, doc.sentence_at(cue_start).start, cue_start)
    m = _WORD.match(text, start, cue_start)
    if m is None or m.group("word").lower() not in de.IMPERSONAL_SOURCE_PREPOSITIONS:
        return None
    before = mention_before(text, m.end(), cue_start) or mention_after(text, m.end(), cue_start)
    return before if before is not None and before.pronoun is None else _source_phrase(doc, m.end(), cue_start)


#: A word after spaces, for the phrases around "es heißt".
_WORD: Final = regex.compile(r"[\s,]*(?P<word>[\p{L}\-]+)")
#: The phrase that names where something is written: up to a mark, a few words.
_SOURCE_PHRASE: Final = regex.compile(r"[ \t\u00a0]*(?P<phrase>[\p{L}\p{N}\-]+(?:[ \t\u00a0]+[\p{L}\p{N}\-]+){0,7})")


def _source_phrase(doc: Document, pos: int, end: int) -> Mention | None:
    """The phrase after the preposition of "es heißt" as a document speaker,
    when the mention reader takes it for none ("in der Rede", "in dem
    Antrag", "auf der Homepage des Vereins"): a noun phrase, up to a mark."""
    m = _SOURCE_PHRASE.match(doc.text, pos, end)
    if m is None:
        return None
    words = m.group("phrase").split()
    while words and (words[-1][:1].islower() and words[-1].lower() not in doc.lang.DETERMINERS):
        words.pop()  # "in der Rede zur Lage": up to the last noun (German nouns are capitalised)
    if not words or not any(w[:1].isupper() for w in words):
        return None
    start = m.start("phrase")
    phrase_end = start + len(" ".join(words)) if " ".join(words) == doc.text[start : start + len(" ".join(words))] else m.end("phrase")
    phrase = doc.text[start:phrase_end]
    name = phrase.split(None, 1)[1] if len(words) > 1 and words[0].lower() in doc.lang.DETERMINERS else phrase
    return Mention(phrase, start, phrase_end, "document", name, None, None)


def speaker_like(doc: Document, mention: Mention) -> bool:
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
    if first in de.SUBORDINATORS:
        return False  # "Da ihre Mandantin Angst hatte": a clause, not a speaker
    if first not in lang.DETERMINERS and first not in de.THING_OPENERS:
        return True  # "Franz Müller", "SPD-Chef Beck"
    for word in words[1:]:
        if word.lower() in lang.PREPOSITIONS or word.lower() in lang.GENITIVE_ARTICLES:
            break  # the head is before: "Die Anwendung | der Regel"
        low = word.strip(",.").lower()
        if not word[:1].isupper():
            continue
        if low in lang.MALE_NAMES or low in lang.FEMALE_NAMES or low in lang.TITLES or low.endswith(de.SPEAKER_HEAD_ENDINGS):
            return True
    return False


def subject_after(doc: Document, pos: int, until: int) -> Mention | None:
    """The subject right after a verb-second cue: a pronoun, a name or a noun
    phrase, not an object or a phrase with a preposition ("sagte der Zeitung",
    "rief vor den Demonstranten aus")."""
    lang = doc.lang
    for _ in range(3):  # "kündigte heute der Präsident an", "äußerte sich der Präsident": no subject yet
        m = _WORD.match(doc.text, pos, until)
        if m is None or doc.text[m.end() : m.end() + 1] in ",.:":
            break
        word = m.group("word").lower()
        if word not in de.ADVERBS_BEFORE_SUBJECT and word not in de.REFLEXIVE_PRONOUNS:
            break
        pos = m.end()
    words = doc.text[pos:until].split(None, 1)
    if not words:
        return None
    first = words[0].lower().strip(",.:")
    if first in lang.PREPOSITIONS or first in lang.OBLIQUE_ARTICLES or first in lang.TIME_PREPOSITIONS or first in FRONT_ADVERBS:
        return None
    after = mention_after(doc.text, pos, until) or attributed_subject(doc, pos, until) or latter(doc, pos, until)
    return after if after is not None and after.pronoun != "who" else None


#: "Letzterer" and "ersterer": the latter or former of two just named, a
#: subject on its own ("so letztere", "sagte ersterer"), with its gender.
LATTER: Final = {"letzterer": "male", "letztere": "female", "ersterer": "male", "erstere": "female"}
_LATTER: Final = regex.compile(r"[ \t\u00a0]*(?P<word>\p{L}+)(?=[ \t\u00a0]*[,.;:!?]|[ \t\u00a0]+(?:im|in|am|auf|gegenüber|laut)\b)")


def latter(doc: Document, pos: int, until: int) -> Mention | None:
    """The latter or the former of two as the subject right after a cue:
    "„…“, so letztere." (the mention reader takes the word for an adjective)."""
    m = _LATTER.match(doc.text, pos, until)
    if m is None or m.group("word").lower() not in LATTER:
        return None
    word, gender = m.group("word"), LATTER[m.group("word").lower()]
    return Mention(word, m.start("word"), m.end("word"), "person", word, None, gender, "he" if gender == "male" else "she")


#: Demonstratives that stand for one just named, the subject of a cue on
#: their own ("Dieser sagte, …", "Diese bestätigte, dass …"), with the gender
#: of the singular; the latter and the former as well ("Letzterer erklärte").
DEMONSTRATIVES: Final = {"dieser": "male", "diese": "female", **LATTER}


def demonstrative_before(doc: Document, cue_start: int, verb: str) -> Mention | None:
    """A demonstrative alone before its cue, the whole of its clause:
    "Der Fahrer wurde befragt. Dieser behauptete, …"; with a verb in the
    plural ("Diese erklärten") it stands for several ("they")."""
    text = doc.text
    start, before = _clause_before(doc, cue_start)
    start = max(start, text.rfind(",", start, cue_start) + 1)
    words = text[start:cue_start].split()
    if len(words) != 1 or words[0].lower() not in DEMONSTRATIVES:
        return None
    word = words[0]
    at = text.index(word, start)
    if verb.endswith("en") and word.lower() == "diese":
        return Mention(word, at, at + len(word), "person", word, None, None, "they")
    gender = DEMONSTRATIVES[word.lower()]
    return Mention(word, at, at + len(word), "person", word, None, gender, "he" if gender == "male" else "she")


#: An article, a phrase of up to five words, and the participle or adjective that closes it
#: before the noun it describes: "die | in Köln | geborene | Sängerin", "der | seit 1990 in
#: Bonn | lebende | Autor", "der | im Mai | gewählte | Bürgermeister" (German puts the
#: attribute's own phrase between the article and its noun).
_ATTRIBUTED: Final = regex.compile(
    r"""
    [ \t\u00a0]* (?P<article> der | die | ein | eine ) [ \t\u00a0]+
    (?P<phrase> (?: [\p{L}\p{N}.\-]+ [ \t\u00a0]+ ){1,5}? )
    (?P<adjective> \p{Ll}{3,}e[nr]? ) [ \t\u00a0]+ (?= \p{Lu} )
    """,
    regex.VERBOSE,
)


def attributed_subject(doc: Document, pos: int, until: int) -> Mention | None:
    """A subject whose article is parted from its noun by an attribute with a
    phrase of its own ("die in Köln geborene Sängerin", "der seit Jahren in
    Bonn lebende Autor Paul Kern"), which the mention reader does not cross:
    the whole phrase, read as the noun after it.  The phrase between holds
    a preposition or a number, and no verb in the subject's place."""
    text = doc.text
    m = _ATTRIBUTED.match(text, pos, until)
    if m is None:
        return None
    phrase = m.group("phrase").split()
    if not any(w.lower() in doc.lang.PREPOSITIONS or w[:1].isdigit() for w in phrase):
        return None  # "die Regierung stehe vor …": no attribute, another clause
    head = mention_after(text, m.end(), until)
    if head is None or head.start != m.end() or head.pronoun is not None:
        return None
    start = m.start("article")
    return replace(head, text=text[start : head.end], start=start)


#: Finite auxiliaries of the perfect and pluperfect ("hat erklärt", "hatte
#: angekündigt"), and those of the passive ("wurde vorgeworfen").
PERFECT_AUXILIARIES: Final = frozenset("hat hatte hatten haben habe hätte hätten ist war waren sind sei".split())
PASSIVE_AUXILIARIES: Final = frozenset("wurde wurden wird werden worden".split())
#: The kinds of mention that speak (a document is quoted, it does not speak up).
SPEAKING_KINDS: Final = frozenset({"person", "organization", "group", "anonymous"})
#: How far back from a participle its auxiliary may stand, in characters.
AUXILIARY_REACH: Final = 120
_AUXILIARY: Final = regex.compile(r"(?<![\p{L}\-])(?:" + "|".join(sorted(PERFECT_AUXILIARIES | PASSIVE_AUXILIARIES)) + r")(?![\p{L}\-])")


def perfect_subject(doc: Document, sent: Span, cue: Span, mention: Mention | None) -> Mention | None:
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
    before = quoted_name_before(doc, last.start()) or mention_before(text, sent.start, last.start())  # "Die „Zeit“ hatte …"
    if before is not None and not oblique(doc, before) and not fronted_phrase(doc, last.start(), before):
        return before
    after = mention_after(text, last.end() + 1, cue.start)
    return after if after is not None and after.pronoun != "who" else mention


def particle_end(lang: Language, text: str, verb_end: int, end: int, verb: str) -> int | None:
    """Where the particle of a separable verb ends, at the end of its clause ("teilte die Bahn | mit")."""
    m = CLAUSE_END_PARTICLE.match(text, verb_end, min(end, verb_end + PARTICLE_REACH))
    if m is not None and m.group("particle") in lang.CLAUSE_END_PARTICLES[verb]:
        return int(m.end("particle"))
    return None


#: The most words of a source phrase read without the mention reader.
SOURCE_PHRASE_WORDS: Final = 6


def according_source(doc: Document, start: int, end: int) -> Mention | None:
    """The source of "laut" / "zufolge" where the mention reader finds none:
    a name in quotation marks ("Laut „Welt“ soll …"), or a short phrase that
    opens with an article and names something ("Dem Sender al-Dschasira
    zufolge", "Der Website worldreferee.com zufolge")."""
    text = doc.text
    while start < end and text[start] in " \t\u00a0":
        start += 1
    while end > start and text[end - 1] in " \t\u00a0,":
        end -= 1
    if start >= end:
        return None
    if doc.quote_opens_at(start):
        q = doc.quote_at(start)
        if q.close is None or q.outer_end > end or len(text[q.start : q.end].split()) > SOURCE_PHRASE_WORDS:
            return None
        return Mention(text[q.open : q.outer_end], q.open, q.outer_end, "organization", text[q.start : q.end].strip(), None, None)
    words = text[start:end].split()
    if not 2 <= len(words) <= SOURCE_PHRASE_WORDS or words[0].lower() not in doc.lang.DETERMINERS or not words[1][:1].isupper():
        return None
    if any(w.lower() in doc.lang.PREPOSITIONS for w in words[1:]) or not all(w[:1].isalnum() for w in words):
        return None
    return Mention(text[start:end], start, end, "organization", " ".join(words[1:]), None, None)
