"""German sources named inside the clause they report, read again after the shared rules.

- "Die Feuerwehr hat nach eigenen Angaben die Halle abgesucht": "eigenen
  Angaben" stands for the subject as a pronoun does, and is the speaker
  mention (:func:`own_sources`), resolved to the subject's name;
- "Es gibt Berichte, wonach der Plan scheitert" / "…, nach denen …" / "…,
  denen zufolge …": a relative clause that reports what the noun before it
  says (:func:`relative_sources`); the relative word is the speaker mention,
  as "who" is, resolved to that noun;
- "Dem Vernehmen nach soll X zurücktreten": hearsay, the phrase its only
  source (:func:`hearsay_reports`);
- "Laut beispiel.de …": a web address as the source (:func:`web_sources`);
- "Laut beispiel.de appellierte X an …, …": the source "laut" names is the
  report's (:func:`outer_sources`);
- "Laut einer am Montag veröffentlichten Mitteilung des Amts wurden …": a
  source phrase read to the verb in second place (:func:`fronted_sources`);
- "nach bisherigen Erkenntnissen" names no source and reports nothing
  (:func:`sourceless_findings`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

import regex

from quotex.lang import de
from quotex.rules.content import stands_alone, strip_content
from quotex.rules.de.clauses import QUOTED_NAME_WORDS, according_source
from quotex.rules.de.finds import indirect
from quotex.rules.document import Attribution, Document, Found, FoundIndex, merged
from quotex.rules.reported import INDIRECT_ACCORDING_TO
from quotex.speakers import Mention, mention_after
from quotex.text import Span


def own_sources(doc: Document, found: list[Found]) -> list[Found]:
    """A subject that names itself as its source inside its clause ("X hat
    nach eigenen Angaben …"): the phrase after "nach" is the mention, the
    subject's name its resolution (the shared rule credits the subject's
    mention itself)."""
    text = doc.text
    out: list[Found] = []
    for f in found:
        att, cue = f.attribution, f.attribution.cue
        if att.rule is not INDIRECT_ACCORDING_TO or cue is None or att.mention.start > cue.start:
            out.append(f)
            continue
        words = text[cue.start : cue.end].split()
        if len(words) < 3 or words[1] not in de.OWN_SOURCE_WORDS:
            out.append(f)
            continue
        phrase = Span(cue.start + text[cue.start : cue.end].index(words[1]), cue.end)
        mention = replace(att.mention, text=text[phrase.start : phrase.end], start=phrase.start, end=phrase.end)
        out.append(replace(f, attribution=Attribution(mention, cue, att.rule)))
    return out


#: A relative clause that reports what the noun before it says: ", wonach",
#: ", nach denen", ", denen zufolge", ", laut dem".
_RELATIVE_SOURCE: Final = regex.compile(
    r"""
    ,[ \t\u00a0]{1,3}
    (?P<rel> wonach
      | nach [ \t\u00a0]{1,3} (?: denen | dem | der | welchem | welcher | welchen )
      | (?: denen | dem | der ) [ \t\u00a0]{1,3} zufolge
      | laut [ \t\u00a0]{1,3} (?: denen | dem | der ) )
    [ \t\u00a0]{1,3} (?= [\p{L}\p{N}] )
    """,
    regex.VERBOSE,
)


#: How many words before the comma the reporting noun may stand ("ein Gutachten vor, laut dem").
HEAD_REACH: Final = 3
_WORD: Final = regex.compile(r"\p{L}+")
#: The words of :data:`_RELATIVE_SOURCE` that are not the relative word.
_PREPOSITIONS: Final = frozenset({"nach", "laut", "zufolge"})


def relative_sources(doc: Document, found: list[Found], sents: list[Span]) -> list[Found]:
    """A relative clause that reports what a report names: "Es gibt
    Gerüchte, nach denen der Sänger krank ist."  The clause, up to its
    comma, is the content; the relative word the speaker mention (as "who"
    is), resolved to the noun before it.  Only after a noun that reports
    (:data:`~quotex.lang.de.RELATIVE_SOURCE_HEADS`), but for "wonach", which
    always does; what the shared rule read off "laut dem" gives way."""
    text = doc.text
    if "wonach" not in text and "zufolge" not in text and ", nach " not in text and ", laut " not in text:
        return found
    index = FoundIndex(found)
    found = index.found
    added: list[Found] = []
    dropped: set[int] = set()
    for sent in sents:
        for m in _RELATIVE_SOURCE.finditer(text, sent.start, sent.end):
            if doc.inside_quote(m.start()):
                continue
            rel = m.group("rel")
            before = text[sent.start : m.start()].split()
            heads = [w.strip(_MARKS).lower() for w in before[-HEAD_REACH:]]
            if rel != "wonach" and not any(h.endswith(tuple(de.RELATIVE_SOURCE_HEADS)) for h in heads):
                continue  # "Er ging, nach dem Essen schlief er": a time
            comma = text.find(",", m.end(), sent.end)
            while comma > 0 and doc.inside_quote(comma):
                comma = text.find(",", comma + 1, sent.end)
            content = strip_content(text, m.end(), comma if comma > 0 else sent.end)
            if not stands_alone(doc, content):
                continue
            mine = [f for f in index.starting_in(sent.start, sent.end) if f.type == "indirect"]
            # a cue before read the relative clause as its own content ("wies einen Bericht zurück, wonach …"),
            # or the shared rule read the relative phrase as a source ("…, laut dem X …"): the clause is the noun's
            relative = {id(f) for f in mine if m.start("rel") <= f.start <= content.start + 1 and not _names_report(f.attribution.mention)}
            relative |= {id(f) for f in mine if f.attribution.cue is not None and m.start() <= f.attribution.cue.start < m.end()}
            if any(f.start < content.end and content.start < f.end and id(f) not in relative for f in mine):
                continue  # read already
            dropped |= relative
            word = next(w for w in _WORD.finditer(text, m.start("rel"), m.end("rel")) if w.group() not in _PREPOSITIONS)
            span = Span(word.start(), word.end())
            mention = _reporting_noun(doc, sent.start, m.start()) or Mention(
                word.group(), span.start, span.end, "document", word.group(), None, None
            )
            added.append(indirect(doc, sent, content, mention, Span(m.start("rel"), m.end("rel")), INDIRECT_ACCORDING_TO))
    return merged(found, added, dropped)


_MARKS: Final = "\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}\N{DOUBLE LOW-9 QUOTATION MARK}"
#: How many words before a relative clause its reporting noun phrase may take.
NOUN_REACH: Final = 10


def _names_report(mention: Mention) -> bool:
    """Does a speaker mention name a report ("Pressemeldungen der Zeitung")?"""
    heads = tuple(de.RELATIVE_SOURCE_HEADS)
    return any(w.strip(_MARKS).lower().endswith(heads) for w in mention.text.split())


def _reporting_noun(doc: Document, lo: int, comma: int) -> Mention | None:
    """The noun phrase that ends right before a relative clause's comma and
    names a report ("eine Schätzung", "die Befunde des Amts", "Gerüchte"):
    from its article (if any) to the comma, with nothing but names and
    genitives after its noun.  None when a verb or particle ends the clause
    before the comma ("legte ein Gutachten vor, laut dem …")."""
    text, lang = doc.text, doc.lang
    words = list(_TOKEN.finditer(text, max(lo, comma - 200), comma))[-NOUN_REACH:]
    heads = tuple(de.RELATIVE_SOURCE_HEADS)
    h = next((k for k in range(len(words) - 1, -1, -1) if words[k].group().strip(_MARKS).lower().endswith(heads)), None)
    if h is None:
        return None
    after = words[h + 1 :]
    for k, w in enumerate(after):
        word = w.group().strip(_MARKS)
        attribute = word.endswith(_ADJECTIVE_ENDINGS) and k + 1 < len(after) and after[k + 1].group().strip(_MARKS)[:1].isupper()
        if word and not word[:1].isupper() and word not in lang.GENITIVE_ARTICLES and word not in ("von", "vom") and not attribute:
            return None  # "legte ein Gutachten vor": the clause's verb, not the noun's genitive ("der örtlichen Zeitung")
    start = h
    for k in range(h - 1, max(-1, h - 4), -1):
        word = words[k].group()
        if word.lower() in lang.DETERMINERS:
            start = k
            break
        if word[:1].isupper() or word in lang.PREPOSITIONS:
            break
    a, b = words[start].start(), words[-1].end()
    return Mention(text[a:b], a, b, "document", text[a:b], None, None)


_TOKEN: Final = regex.compile(r"[^\s,]+")
#: The endings of an adjective before the noun of a genitive: "der | örtlichen | Zeitung".
_ADJECTIVE_ENDINGS: Final = ("e", "en", "er", "es", "em")


#: "dem Vernehmen nach" (as is heard): hearsay, "nach" after its noun.
_HEARSAY: Final = regex.compile(
    r"""
    (?<! [\p{L}\-] )
    (?P<phrase> [Dd]em [ \t\u00a0]+ Vernehmen )
    [ \t\u00a0]+ nach (?! [\p{L}\-] )
    """,
    regex.VERBOSE,
)
#: Where a clause starts: after a comma, a semicolon or a colon.
_CLAUSE_MARK: Final = regex.compile(r"[,;:]")


def hearsay_reports(doc: Document, found: list[Found], sents: list[Span]) -> list[Found]:
    """ "dem Vernehmen nach" reports its clause as hearsay, the phrase its
    only source: "Dem Vernehmen nach soll X zurücktreten.", "Am Hafen warten
    dem Vernehmen nach Fischer, die …"  The clause, from its start
    to the end of the sentence, is the content (after the phrase when the
    phrase opens it), the phrase the speaker mention.  A sentence with a
    report read already is left to it.  (A possessive view, "seiner Meinung
    nach", is not read so: as often a thought as speech, and in a report
    that goes on the speaker's own.)"""
    text = doc.text
    if "Vernehmen" not in text:
        return found
    index = FoundIndex(found)
    found = index.found
    added: list[Found] = []
    for sent in sents:
        m = _HEARSAY.search(text, sent.start, sent.end)
        if m is None or doc.inside_quote(m.start()):
            continue
        phrase = Span(m.start("phrase"), m.end("phrase"))
        mention = Mention(m.group("phrase"), phrase.start, phrase.end, "anonymous", m.group("phrase"), None, None)
        start = sent.start
        for mark in _CLAUSE_MARK.finditer(text, sent.start, m.start()):
            start = mark.end()
        opens = not text[start : m.start()].strip()
        content = strip_content(text, m.end() if opens else start, sent.end)
        cue = Span(m.end() - len("nach"), m.end())
        if index.starting_in(sent.start, sent.end) or not stands_alone(doc, content):
            continue
        added.append(indirect(doc, sent, content, mention, cue, INDIRECT_ACCORDING_TO))
    return merged(found, added)


#: "laut" or "gemäß" and a web address, bare or in quotation marks: "Laut beispiel.de …", "laut „beispiel.de“".
_WEB_SOURCE: Final = regex.compile(
    r"""
    (?<! [\p{L}\-] ) (?P<cue> [Ll]aut | [Gg]emäß ) [ \t\u00a0]+
    (?P<source> (?P<mark> \N{DOUBLE LOW-9 QUOTATION MARK} )? (?P<address> (?: www \. )? (?: [\p{L}\p{N}\-]{1,63} \. ){1,6} \p{Ll}{2,6} )
                (?(mark) \N{LEFT DOUBLE QUOTATION MARK} ) )
    (?= [ \t\u00a0,] )
    """,
    regex.VERBOSE,
)


def _runs_on(mention: Mention, source: Span) -> bool:
    """Does a mention start at ``source`` and run on past it?"""
    return mention.start == source.start and mention.end > source.end


#: The words that open a source phrase read here.
_LAUT_WORDS: Final = frozenset({"laut", "Laut", "gemäß", "Gemäß"})


def web_sources(doc: Document, found: list[Found], sents: list[Span]) -> list[Found]:
    """A web address as the source of "laut": "Laut beispiel.de blieben
    viele bis zum Abend.", "Laut „beispiel.de“ gehören …", "Die Halle wird
    laut beispiel.de erst im Mai fertig."  The mention reader takes a
    lowercase address for the start of a noun phrase that runs into the
    clause; here the address is the source (an organisation), the clause
    after it the content when "laut" opens the sentence, else the clause
    around it (not around an address in quotation marks, whose sentence the
    rules for quotations read)."""
    text = doc.text
    if not doc.word_starts(_LAUT_WORDS, 0, len(text)):
        return found
    index = FoundIndex(found)
    found = index.found
    added: list[Found] = []
    dropped: set[int] = set()
    done: set[int] = set()  # the sentences read: the first address of each
    for at in doc.word_starts(_LAUT_WORDS, 0, len(text)) or ():
        m = _WEB_SOURCE.match(text, at)
        if m is None or doc.inside_quote(m.start()):
            continue
        sent = doc.sentence_at(at)
        if m.end() > sent.end or sent.start in done:
            continue
        done.add(sent.start)
        opens = not text[sent.start : m.start()].strip()
        content = strip_content(text, m.end() if opens else sent.start, sent.end)
        source = Span(m.start("source"), m.end("source"))
        address = m.group("address")
        mine = index.starting_in(sent.start, sent.end)
        named = [f for f in mine if f.start <= source.start and source.end <= f.end and f.type != "indirect"]  # the address as a quotation
        # the address read as the start of a phrase that runs into the clause: "laut | beispiel.de veröffentlichte das Amt"
        misread = [f for f in mine if f.type == "indirect" and _runs_on(f.attribution.mention, source)]
        if {id(f) for f in mine} - {id(f) for f in named + misread}:
            continue  # read already
        if not opens and m.group("mark") is not None:
            continue  # "… laut „beispiel.de“ mit knappen Worten": the quoted words' rules read the sentence
        if not stands_alone(doc, content):
            continue
        mention = Mention(text[source.start : source.end], source.start, source.end, "organization", address, None, None)
        cue = Span(m.start("cue"), m.end("cue"))
        dropped |= {id(f) for f in named + misread}
        added.append(indirect(doc, sent, content, mention, cue, INDIRECT_ACCORDING_TO))
    return merged(found, added, dropped)


#: "laut" before its source.
_LAUT: Final = regex.compile(r"(?<![\p{L}\-])[Ll]aut[ \t\u00a0]+")
#: The rules of a report by a verb whose source "laut" may name instead.
_VERB_REPORTS: Final = frozenset({"indirect_cue_clause", "indirect_clause_cue_speaker"})


def outer_sources(doc: Document, found: list[Found]) -> list[Found]:
    """A report by a verb whose sentence names, with "laut", where the
    report comes from: "Laut beispiel.de appellierte der Minister an …, …",
    "Außerdem hatte er laut „Tagesblatt“ kritisiert, dass …"  The phrase
    after "laut", outside the content, is the source the news gives for the
    whole report, and the speaker mention (the verb's subject is what it
    reports on)."""
    text = doc.text
    lauts = doc.word_starts(_LAUT_WORDS, 0, len(text))
    if not lauts:
        return found
    out: list[Found] = []
    for f in found:
        att = f.attribution
        if f.type != "indirect" or att.rule.name not in _VERB_REPORTS or att.cue is None:
            out.append(f)
            continue
        sent = doc.sentence_at(f.start)
        here = [at for at in lauts if sent.start <= at < sent.end and not f.start <= at < f.end and text[at] in "Ll"]
        m = _LAUT.match(text, here[0]) if here else None
        if m is None or doc.inside_quote(m.start()):
            out.append(f)
            continue
        bound = min(x for x in (text.find(",", m.end(), sent.end), f.start if m.start() < f.start else sent.end, sent.end) if x >= 0)
        web = _WEB_SOURCE.match(text, m.start(), sent.end)
        if web is not None:
            source = Span(web.start("source"), web.end("source"))
            name = web.group("address")
            mention: Mention | None = Mention(text[source.start : source.end], source.start, source.end, "organization", name, None, None)
        else:
            mention = according_source(doc, m.end(), bound) if doc.quote_opens_at(m.end()) else mention_after(text, m.end(), bound)
        if mention is None or mention.pronoun is not None or mention.start < m.end():
            out.append(f)
            continue
        out.append(replace(f, attribution=Attribution(mention, att.cue, att.rule)))
    return out


#: Finite verbs that stand second after a fronted source ("Laut X | soll …"), though they end like adjectives.
_SECOND_PLACE: Final = frozenset(
    """
    haben hatten sind waren werden wurden sollen sollten können konnten könnten müssen mussten dürften wollen
    seien wären würden hätten gehen stehen liegen gelten geben gehören kommen bleiben
    """.split()
)
#: Lowercase words a fronted source phrase may hold besides adjectives: prepositions and conjunctions of its parts.
_SOURCE_JOINS: Final = frozenset("im in von vom aus am an auf für mit zum zur bei beim und sowie oder".split())
#: The endings of an adjective or a participle before its noun ("einer am Montag veröffentlichten | Mitteilung").
_ATTRIBUTE_ENDINGS: Final = ("e", "en", "er", "es", "em")
#: The most words a fronted source phrase is read over.
FRONTED_SOURCE_WORDS: Final = 16
_PHRASE_TOKEN: Final = regex.compile(r"[ \t\u00a0]*(?P<token>[^\s,;:.!?]+)")


def fronted_sources(doc: Document, found: list[Found], sents: list[Span]) -> list[Found]:
    """A source phrase after "Laut" that opens the sentence, read to the
    finite verb in second place where the mention reader stops early: over
    an attribute with its own phrase ("Laut einer am Montag veröffentlichten
    Mitteilung des Amts | wurden …") or a name in quotation marks ("Laut einem
    Test des Magazins „…“ | gibt es …").  The clause from the verb is the
    content; a quotation in the phrase is a name, not quoted words."""
    text = doc.text
    if "Laut " not in text:
        return found
    index = FoundIndex(found)
    found = index.found
    added: list[Found] = []
    dropped: set[int] = set()
    for sent in sents:
        if not text.startswith("Laut ", sent.start) or doc.inside_quote(sent.start):
            continue
        phrase = _source_phrase(doc, sent.start + len("Laut "), sent.end)
        if phrase is None:
            continue
        source, verb = phrase
        content = strip_content(text, verb, sent.end)
        if not stands_alone(doc, content):
            continue
        mine = index.starting_in(sent.start, sent.end)
        named = [f for f in mine if f.type != "indirect" and source.start <= f.start and f.end <= source.end]
        if len(named) != len(mine):
            continue  # read already
        dropped |= {id(f) for f in named}
        words = text[source.start : source.end].split()
        name = " ".join(words[1:]) if words[0].lower() in doc.lang.DETERMINERS and len(words) > 1 else " ".join(words)
        mention = Mention(text[source.start : source.end], source.start, source.end, "document", name, None, None)
        cue = Span(sent.start, sent.start + len("Laut"))
        added.append(indirect(doc, sent, content, mention, cue, INDIRECT_ACCORDING_TO))
    return merged(found, added, dropped)


def _source_phrase(doc: Document, pos: int, end: int) -> tuple[Span, int] | None:
    """The source phrase from ``pos`` and where the verb after it starts:
    articles, capitalised words, numbers, the prepositions and conjunctions
    of its parts, adjectives and participles before a noun, names in
    quotation marks; the first other word is the verb.  None when a mark
    ends the phrase first ("Laut X, …": the shared rule reads it) or no verb
    is in reach."""
    text, lang = doc.text, doc.lang
    start = last_end = pos
    named = False
    for _ in range(FRONTED_SOURCE_WORDS):
        while pos < end and text[pos] in " \t\u00a0":
            pos += 1
        if pos >= end:
            return None
        if doc.quote_opens_at(pos):
            q = doc.quote_at(pos)
            if q.close is None or q.outer_end > end or len(text[q.start : q.end].split()) > QUOTED_NAME_WORDS:
                return None
            pos = last_end = q.outer_end
            named = True
            continue
        m = _PHRASE_TOKEN.match(text, pos, end)
        if m is None or not m.group("token"):
            return None  # a comma, a colon, a stop: the shared rule reads "Laut X, …"
        token = m.group("token")
        low = token.lower()
        after = _PHRASE_TOKEN.match(text, m.end(), end)
        before_noun = after is not None and after.group("token")[:1].isupper()
        if token[:1].isupper() or token[:1].isdigit():
            named = True
        elif low in lang.DETERMINERS or low in lang.GENITIVE_ARTICLES or low in _SOURCE_JOINS:
            pass
        elif not (low.endswith(_ATTRIBUTE_ENDINGS) and low not in _SECOND_PLACE and before_noun):
            return (Span(start, last_end), m.start("token")) if named and last_end > start else None
        pos = last_end = m.end()
    return None


def sourceless_findings(doc: Document, found: list[Found]) -> list[Found]:
    """Reported speech read off a finding that names no source ("Der Bau
    betrifft nach bisherigen Erkenntnissen dreißig Häuser"): such a phrase
    says how much is known, not who said it, and reports nothing."""
    text = doc.text
    out: list[Found] = []
    for f in found:
        att, cue = f.attribution, f.attribution.cue
        if f.type == "indirect" and att.rule is INDIRECT_ACCORDING_TO and cue is not None and cue.start <= att.mention.start < cue.end:
            words = text[cue.start : cue.end].lower().split()
            if len(words) >= 3 and words[-1] in de.SOURCELESS_FINDINGS and not de.POINTING_WORDS.intersection(words):
                continue
        out.append(f)
    return out
