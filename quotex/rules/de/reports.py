"""German reported speech read again after the shared rules (:func:`reread`).

The shared rules read "CLAUSE, said X" and "X said CLAUSE"; German news also
writes "…, sagte X gestern in einem Interview.", "…, wie die Polizei
mitteilte.", "…, so der Sprecher weiter.", "Im Bericht heißt es, …", "Aus dem
Urteil geht hervor, …"; it takes the object of only some cues for what was
said ("forderte den Rücktritt", not "erklärte die Hintergründe"); and words
quoted inside a report are its source's.  Each pass here takes the found
quotes and returns them with its own reading, under the shared rule whose
shape it has (``indirect_clause_cue_speaker`` for "…, sagte X.")."""

from __future__ import annotations

import bisect
from typing import Final

import regex

from quotex.lang import de
from quotex.lang.de import speakers
from quotex.lang.de.forms import OBJECT_CONTENT_FORMS, PARTICIPLES
from quotex.quotes import QuotedSpan
from quotex.rules.content import MIN_CONTENT_WORDS, stands_alone, strip_content
from quotex.rules.de.attached import attached_clause
from quotex.rules.de.clauses import QUOTED_NAME_WORDS, according_source, impersonal_source, particle_end, speaker_like, subject_after
from quotex.rules.de.finds import indirect
from quotex.rules.de.repairs import repair
from quotex.rules.de.so_clauses import so_reports
from quotex.rules.de.sources import (
    fronted_sources,
    hearsay_reports,
    outer_sources,
    own_sources,
    relative_sources,
    sourceless_findings,
    web_sources,
)
from quotex.rules.de.views import view_reports
from quotex.rules.document import Attribution, Document, Found, FoundIndex, cue_span, merged
from quotex.rules.naming import names_a_source
from quotex.rules.reported import INDIRECT_ACCORDING_TO, INDIRECT_CLAUSE_CUE, INDIRECT_CLAUSE_CUE_SPEAKER, INDIRECT_CUE_CLAUSE
from quotex.speakers import mention_after
from quotex.text import Span

#: Rules whose speaker is a guess from the quotation's own clause: inside a
#: sentence that goes on reporting in the subjunctive, the report's speaker wins.
GUESSED: Final = frozenset({"embedded_subject"})


def object_content(doc: Document, f: Found) -> bool:
    """Is ``f`` reported content read off the object of a cue that reports
    a clause only ("Der Senat erklärte die Hintergründe der Entscheidung",
    "Dies bestätigte X in Berlin")?  Not after a comma, colon, "dass" or
    "ob", nor after a verb whose object is what was said (:data:`OBJECT_CONTENT_FORMS`)
    unless the sentence counts casualties ("forderte drei Todesopfer")."""
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
    sent = doc.sentence_at(cue.start)
    if any(w.strip(".,;:").lower() in de.ACT_NOT_OBJECTS for w in text[sent.start : sent.end].split()):
        return True  # "Drei Todesopfer forderte der Sturm": casualties, no demand
    words = text[f.start : f.end].split()
    if cue.end - cue.start == len(text[cue.start : cue.end].split()[0]) and words and words[-1].rstrip(".") in de.STRAY_PARTICLES:
        return True  # "forderte weitere Kräfte an": another verb's object
    return text[cue.start : cue.end].split()[0].lower() not in OBJECT_CONTENT_FORMS


def _decimal_comma(text: str, at: int) -> bool:
    """Is ``text[at]`` the comma of a German decimal number ("3,6 Millionen")?"""
    return 0 < at < len(text) - 1 and text[at] == "," and text[at - 1].isdigit() and text[at + 1].isdigit()


def split_number(doc: Document, f: Found) -> bool:
    """Does ``f`` read the comma of a decimal number as a clause's ("Der Rat
    hatte ein Sparziel von 12,2 Millionen Euro gefordert" is no "CLAUSE, X
    gefordert"): its content ends there, or its speaker starts there?"""
    text, mention = doc.text, f.attribution.mention
    return f.type == "indirect" and (_decimal_comma(text, f.end) or _decimal_comma(text, mention.start - 1))


def _in_frame(doc: Document, q: QuotedSpan, report: Found, here: list[Found]) -> bool:
    """Does the quotation stand in the frame of a report, outside every
    content of its sentence: after the cue and before the content ("Kern
    berichtete im Fachblatt „Neue Morgenpost“, es sei …", "Laut einem Artikel
    der „Abendpost“ hat …", "teilte dem Sender „Nordwelle“ mit, …"), or after a cue that follows the content ("…,
    sagte Moser vom „Verein Grünzone“ gestern")?  There it names where or
    to whom the source spoke."""
    if any(f.start <= q.open < f.end for f in here):
        return False
    cue = report.attribution.cue
    if cue is None:
        return False
    if cue.start >= report.end:
        return q.open >= cue.end  # after a cue that closes the report: its speaker, addressee or setting
    if cue.start < q.open < report.start:
        # a phrase with a preposition or in the dative or genitive, after the cue or between
        # its verb and particle: "im Fachblatt „…“", "teilte dem Sender „…“ mit"; an object
        # may be what was said: "fordert einen „Notfallplan“"
        return _phrase_opener(doc, cue.start, q.open) in _FRAME_OPENERS
    return False


#: The words that open a phrase of the frame: prepositions, and the articles of the dative and genitive.
_FRAME_OPENERS: Final = speakers.PREPOSITIONS | de.SOURCE_PREPOSITIONS | frozenset("dem einem des eines der einer".split())
#: The most words between a quotation and the word that opens its phrase ("im neuen Fachblatt „…“").
_OPENER_REACH: Final = 4


def _phrase_opener(doc: Document, lo: int, pos: int) -> str | None:
    """The preposition or article that opens the phrase a quotation at ``pos``
    stands in, in lower case: the nearest such word before it, over a few
    nouns and adjectives; None when a mark or more words come first."""
    words = doc.text[lo:pos].split()
    for word in reversed(words[-_OPENER_REACH:]):
        if word[-1:] in ",;:":
            return None
        low = word.lower()
        if low in speakers.PREPOSITIONS or low in de.SOURCE_PREPOSITIONS or low in speakers.DETERMINERS:
            return low
    return None


def quoted_in_reports(doc: Document, found: list[Found], sents: list[Span]) -> list[Found]:
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
    for q in doc.quoted:  # "Nach Angaben X sollen „…“ gestürmt worden sein": too few words outside the marks
        i = bisect.bisect_right(starts, q.open) - 1
        if q.double and q.close is not None and i >= 0 and i not in reports:
            source = _according_to_before(doc, sents[i], q.open)
            if source is not None:
                reports[i] = [source]
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
        if any(f.attribution.mention.start <= q.open < f.attribution.mention.end or _ends_source(doc, f, q) for f in here):
            continue  # a name in marks: "Laut einem Bericht der „Zeit“ …", "nach Angaben des Leiters der Sektion von „…“"
        if names_a_source(doc, q):
            continue  # "gegenüber dem „Morgenblatt“", "laut „beispiel.de“": who spoke or was spoken to
        report = here[0]
        cue = report.attribution.cue
        trailing = cue is not None and cue.start >= report.end and q.open < cue.start  # "CLAUSE „…“ CLAUSE, so X."
        if q.open < min(report.start, cue.start if cue else report.start) and not trailing:
            continue
        if _in_frame(doc, q, report, here):
            continue  # "berichtete im Fachblatt „Neue Morgenpost“, …": the frame's name, not the source's words
        added.append(Found(q.start, q.end, "partial", q.paragraph, report.attribution))
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


#: What joins a source to a name in marks that ends it: genitives, then "von" ("des Leiters | der Sektion von | „…“");
#: after a bare genitive article the marks hold a term ("wegen des „Aufrufs zu …“").
_SOURCE_CHAIN: Final = regex.compile(
    r"(?:[ \t\u00a0]+(?:der|des|von|vom|\p{Lu}[\p{L}\-]*|\p{Ll}+(?:en|er|es)))*?[ \t\u00a0]+(?:von|vom)[ \t\u00a0]*"
)


def _ends_source(doc: Document, f: Found, q: QuotedSpan) -> bool:
    """Is quotation ``q`` a name that ends the source phrase of report
    ``f`` ("nach Angaben des Leiters der Sektion von „Ärzte in Not“"): a few
    capitalised words in marks, joined to the source by genitives only?"""
    mention = f.attribution.mention
    words = doc.text[q.start : q.end].split()
    if f.attribution.rule is not INDIRECT_ACCORDING_TO or not words or len(words) > QUOTED_NAME_WORDS or not words[0][:1].isupper():
        return False
    return mention.end <= q.open and _SOURCE_CHAIN.fullmatch(doc.text, mention.end, q.open) is not None


#: A comma, then a cue word right after it: the attribution after its clause ("…, sagte X gestern.").
_TRAILING_CUE: Final = regex.compile(r",[ \t\u00a0]{1,3}(?P<cue>\p{Ll}+)\b")


#: The lower-case words a noun phrase may hold; any other may be a finite verb.
_PHRASE_WORDS: Final = speakers.DETERMINERS | speakers.PREPOSITIONS | de.COORDINATORS


def _no_clause(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a noun phrase, perhaps with an apposition
    ("Die Sprecherin der Grünen, Ina Wolf"), rather than a clause: no
    lower-case word in it that could be a finite verb?  German writes every
    noun with a capital."""
    words = [w.strip(",.;:()") for w in text[start:end].split()]
    return bool(words) and all(not w[:1].islower() or w in _PHRASE_WORDS for w in words)


def trailing_reports(doc: Document, found: list[Found], sents: list[Span]) -> list[Found]:
    """Reported speech whose attribution follows it, the verb first: "Der
    Zug fällt aus, teilte die Bahn mit.", "…, sagte Moser gestern in einem
    Interview.", "…, forderte er vom Ausschuss."  The clause before the comma
    is the content, the subject after the verb the speaker (as the shared
    rule ``indirect_clause_cue_speaker`` reads "…, said Kirby"); what a
    shared rule read after the cue as content goes."""
    text, lang = doc.text, doc.lang
    index = FoundIndex(found)
    found = index.found
    added: list[Found] = []
    dropped: set[int] = set()
    for sent in sents:
        if doc.inside_quote(sent.start):
            continue
        for m in _TRAILING_CUE.finditer(text, sent.start, sent.end):
            word = m.group("cue")
            if word in PARTICIPLES or (word not in lang.SPEECH_FORMS and word not in lang.CLAUSE_END_PARTICLES):
                continue
            verb_end = m.end("cue")
            if word not in lang.SPEECH_FORMS and particle_end(lang, text, verb_end, sent.end, word) is None:
                continue
            comma = m.start()
            if doc.unquoted(Span(sent.start, comma)) != [Span(sent.start, comma)]:
                break  # a quotation before: the rules for quotations read it
            mention = subject_after(doc, verb_end, sent.end)
            if mention is None or mention.start > verb_end + 1 or mention.pronoun == "it":
                break
            content = strip_content(text, sent.start, comma)
            words = text[content.start : content.end].split()
            if len(words) < MIN_CONTENT_WORDS or words[0].lower() in de.SUBORDINATORS or "," in text[mention.end : sent.end]:
                break  # "Nachdem …, forderten beide …": a clause that opens the sentence; "…, sagte X, man …"
            if _no_clause(text, content.start, content.end):
                break  # "Die Sprecherin der Grünen, Ina Wolf, kritisierte die Pläne": the subject, no clause
            last = text[text.rfind(",", content.start, comma) + 1 : comma].split()[:1]
            if last and last[0].lower() in de.RELATIVE_PRONOUNS and "," in text[content.start : comma]:
                break  # "X, der … war, sagte": a relative clause on the subject before
            mine = index.starting_in(sent.start, sent.end)
            if any(f.start < comma for f in mine):
                break  # the clause before is read already
            dropped |= {id(f) for f in mine if f.type == "indirect"}
            cue = Span(m.start("cue"), verb_end)
            added.append(indirect(doc, sent, content, mention, cue, INDIRECT_CLAUSE_CUE_SPEAKER))
            break
    return merged(found, added, dropped)


#: "heißt es" / "hieß es" and the comma that ends it, or the comma before it: "…, heißt es in X."
_IMPERSONAL: Final = regex.compile(
    r"(?P<lead>,[ \t\u00a0]{1,3})?\b(?P<cue>heißt|hieß|hieße)[ \t\u00a0]+es\b(?P<rest>[^,.;:!?]{0,80})(?P<comma>,)?"
)


def impersonal_reports(doc: Document, found: list[Found], sents: list[Span]) -> list[Found]:
    """Reported speech after "es heißt", attributed to the phrase that says
    where it is written: "Im Bericht heißt es, die Zahl sei gestiegen.",
    "Die Zahl sei gestiegen, heißt es im Bericht."  Without such a phrase
    it names no speaker, and is left."""
    text = doc.text
    index = FoundIndex(found)
    found = index.found
    added: list[Found] = []
    for sent in sents:
        if "heißt es" not in text[sent.start : sent.end] and "hieß es" not in text[sent.start : sent.end]:
            continue
        m = _IMPERSONAL.search(text, sent.start, sent.end)
        if m is None or doc.inside_quote(m.start("cue")):
            continue
        if index.starting_in(sent.start, sent.end):
            continue  # read already
        source = impersonal_source(doc, m.start("cue"), m.end("cue"), sent.end)
        if source is None:
            continue
        cue = Span(m.start("cue"), m.end("cue"))
        if m.group("lead") is not None and not m.group("rest").strip(" ") or m.group("lead") is not None and m.group("comma") is None:
            content = strip_content(text, sent.start, m.start())  # "CLAUSE, heißt es in X."
            rule = INDIRECT_CLAUSE_CUE_SPEAKER
        elif m.group("comma") is not None:
            content = strip_content(text, m.end(), sent.end)  # "In X heißt es, CLAUSE."
            rule = INDIRECT_CUE_CLAUSE
        else:
            continue
        if not stands_alone(doc, content):
            continue
        added.append(indirect(doc, sent, content, source, cue, rule))
    return merged(found, added)


#: ", wie" after a clause: "…, wie die Polizei mitteilte."
_AS_REPORTED: Final = regex.compile(r",[ \t\u00a0]{1,3}wie[ \t\u00a0]+")
#: What may follow the cue of ", wie X mitteilte" before the end of the sentence: an auxiliary.
_AS_REPORTED_END: Final = regex.compile(r"(?:[ \t\u00a0]+(?:hat|hatte|haben|hatten|wurde|worden|ist|war))?[ \t\u00a0]*[.!]?[ \t\u00a0]*\Z")


def as_reported(doc: Document, found: list[Found], sents: list[Span]) -> list[Found]:
    """Reported speech that ends in ", wie X berichtete": "Der Mann wurde
    verhaftet, wie die Polizei mitteilte."  The clause before is the
    content, the subject of the "wie" clause its speaker."""
    text, lang = doc.text, doc.lang
    index = FoundIndex(found)
    found = index.found
    added: list[Found] = []
    for sent in sents:
        m = _AS_REPORTED.search(text, sent.start, sent.end)
        if m is None or doc.inside_quote(m.start()):
            continue
        cues = [c for c in doc.cue_words(m.end(), sent.end) if c[2] in lang.SPEECH_FORMS and c[2].islower()]
        if not cues or _AS_REPORTED_END.match(text[cues[-1][1] : sent.end]) is None:
            continue
        start, end, _word = cues[-1]
        mention = mention_after(text, m.end(), start)
        if mention is None or mention.pronoun == "who" or text[mention.end : start].count(" ") > 6:
            continue
        content = strip_content(text, sent.start, m.start())
        if not stands_alone(doc, content):
            continue
        if any(f.start < m.start() for f in index.starting_in(sent.start, sent.end)):
            continue  # read already
        added.append(indirect(doc, sent, content, mention, Span(start, end), INDIRECT_CLAUSE_CUE))
    return merged(found, added)


def _according_to_before(doc: Document, sent: Span, pos: int) -> Found | None:
    """The source of an according-to phrase before ``pos`` in its sentence, as
    a report that starts at it ("Laut Polizei sollen „…“ …")."""
    lang = doc.lang
    for start, end, word in doc.cue_words(sent.start, pos):
        if word.startswith(lang.ACCORDING_TO_STARTS) or word in lang.ACCORDING_WORDS:
            if word in lang.TRAILING_SOURCE_WORDS or word in lang.POSTPOSITIONS:
                return None
            cue = cue_span(doc.text, start, end)
            mention = mention_after(doc.text, cue.end, pos)
            if mention is None or mention.pronoun is not None:
                return None
            return Found(cue.start, cue.end, "indirect", -1, Attribution(mention, cue, INDIRECT_ACCORDING_TO))
    return None


def around_attribution(doc: Document, found: list[Found]) -> list[Found]:
    """One clause around an attribution inside it is one quote: "Die Anlage
    werde, sagte der Sprecher, im Mai …" and "Die Anlage werde, wie der
    Sprecher sagte, im Mai …" (the shared rules read one side only)."""
    text = doc.text
    out: list[Found] = []
    for i, f in enumerate(found):
        att, cue = f.attribution, f.attribution.cue
        sent = doc.sentence_at(f.start)
        if (
            f.type != "indirect"
            or cue is None
            or any(g.type == "indirect" and g is not f and sent.start <= g.start < sent.end for g in found[max(0, i - 3) : i + 4])
        ):
            out.append(f)
            continue
        if att.rule is INDIRECT_CLAUSE_CUE_SPEAKER and f.end <= cue.start and text[att.mention.end : att.mention.end + 1] == ",":
            rest = strip_content(text, att.mention.end + 1, sent.end)
            if len(text[rest.start : rest.end].split()) >= 2 and doc.unquoted(rest) == [rest]:
                f = Found(f.start, rest.end, f.type, f.paragraph, att)  # "…, sagte X, …"
        elif (
            att.rule is INDIRECT_CUE_CLAUSE and f.start > cue.end and (wie := _AS_REPORTED.search(text, sent.start, cue.start)) is not None
        ):
            lead = strip_content(text, sent.start, wie.start())
            if lead.end < cue.start and len(text[lead.start : lead.end].split()) >= 2 and doc.unquoted(lead) == [lead]:
                f = Found(lead.start, f.end, f.type, f.paragraph, att)  # "…, wie X sagte, …"
        out.append(f)
    return out


def reread(doc: Document, found: list[Found], sents: list[Span]) -> list[Found]:
    """What the shared rules read, read again the German way: an object is
    content only after verbs like "fordern"; attributions after their clause
    with the verb first, after "es heißt", in ", wie X mitteilte" and ", so
    X" are read; a clause around its attribution is one quote; words quoted
    inside a report take its speaker; a speaker read off an infinitive's
    "zu" is read again (:mod:`~quotex.rules.de.repairs`);
    and a quotation's own clause is no
    speaker when it names a thing ("Der Airbus sei erst „…“ gelandet")."""
    found = [f for f in found if not object_content(doc, f) and not attached_clause(doc, f) and not split_number(doc, f)]
    found = trailing_reports(doc, found, sents)
    found = impersonal_reports(doc, found, sents)
    found = as_reported(doc, found, sents)
    found = so_reports(doc, found, sents)
    found = view_reports(doc, found, sents)
    found = emerging_reports(doc, found, sents)
    found = sourceless_findings(doc, own_sources(doc, found))
    found = relative_sources(doc, found, sents)
    found = hearsay_reports(doc, found, sents)
    found = web_sources(doc, found, sents)
    found = fronted_sources(doc, found, sents)
    found = outer_sources(doc, found)
    found = around_attribution(doc, found)
    found = quoted_in_reports(doc, found, sents)
    found = repair(doc, found)
    return [f for f in found if f.attribution.rule.name not in GUESSED or speaker_like(doc, f.attribution.mention)]


#: "aus X hervorgehen": "Aus dem Bericht geht hervor, dass …", "Wie aus X hervorgeht, …", "Das geht aus X hervor."
_EMERGES: Final = regex.compile(
    r"\b(?:(?P<verb>geht|ging|gehen|gingen)\b[^.;:!?]{0,80}?\bhervor|(?P<joined>hervorgeht|hervorging|hervorgehen|hervorgingen))\b"
)
_FROM: Final = regex.compile(r"\b[Aa]us[ \t\u00a0]+")


def emerging_reports(doc: Document, found: list[Found], sents: list[Span]) -> list[Found]:
    """What a document says, "aus X hervorgehen": "Aus dem Bericht geht
    hervor, dass …", "Wie aus dem Urteil hervorgeht, …"; the phrase after
    "aus" is the source (a document)."""
    text = doc.text
    index = FoundIndex(found)
    found = index.found
    added: list[Found] = []
    for k, sent in enumerate(sents):
        if "hervor" not in text[sent.start : sent.end]:
            continue
        m = _EMERGES.search(text, sent.start, sent.end)
        src = _FROM.search(text, sent.start, sent.end) if m is not None else None
        if m is None or src is None or doc.inside_quote(m.start()):
            continue
        if index.starting_in(sent.start, sent.end):
            continue  # read already
        stop = m.start() if src.end() < m.start() else sent.end
        source = mention_after(text, src.end(), stop) or according_source(doc, src.end(), stop)
        comma = text.find(",", m.end(), sent.end)
        first = text[sent.start : sent.end].split(None, 1)[0]
        if source is not None and comma < 0 and first in de.REPORTING_DEMONSTRATIVES and k > 0:
            prev = sents[k - 1]  # "Das geht aus dem Bericht hervor.": the sentence before
            if index.starting_in(prev.start, prev.end) or doc.inside_quote(prev.start):
                continue
            content = strip_content(text, prev.start, prev.end)
        elif source is None or comma < 0 or text[m.end() : comma].strip():
            continue  # only "… hervor, CLAUSE"
        else:
            content = strip_content(text, comma + 1, sent.end)
        if not stands_alone(doc, content):
            continue
        added.append(indirect(doc, sent, content, source, Span(m.start(), m.end()), INDIRECT_CUE_CLAUSE))
    return merged(found, added)
