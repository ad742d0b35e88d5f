"""German: a view named by a possessive and "nach", the source of its clause.

"Seiner Ansicht nach sei die Lage ernst.", "Es handle sich ihrer Meinung
nach um einen „schweren Fehler“.", "Nach seiner Auffassung sollten …",
"Seiner Darstellung zufolge …": the clause around the phrase is reported,
and the words quoted in it after the phrase are the view's.  The source is
the phrase itself ("Seiner Ansicht"), its possessive standing for the
speaker named before; a view "of X" ("nach Ansicht des Ministers") is the
shared according-to reading's.
"""

from __future__ import annotations

import bisect
from typing import Final

import regex

from quotex.rules.content import strip_content, unquoted_reports
from quotex.rules.document import Attribution, Document, Found, FoundIndex, merged
from quotex.rules.reported import INDIRECT_ACCORDING_TO
from quotex.speakers import Mention
from quotex.text import Span

#: The nouns of a view or an account a possessive may open ("seiner Ansicht nach").
VIEW_NOUNS: Final = ("Meinung", "Ansicht", "Auffassung", "Einschätzung", "Überzeugung", "Darstellung")
#: The same nouns as words of a text (:attr:`~quotex.rules.document.Document.words`): a view
#: is looked for only in a sentence that holds one.
_VIEW_NOUN_WORDS: Final = frozenset(VIEW_NOUNS)
#: The possessives of the third person, and the pronoun each stands for.
VIEW_POSSESSIVES: Final = {"seiner": "he", "ihrer": "she"}

_POSSESSIVE: Final = r"(?: [Ss]einer | [Ii]hrer ) [ \t\u00a0]+ (?: " + " | ".join(VIEW_NOUNS) + r" )"
#: "seiner Ansicht nach" / "ihrer Darstellung zufolge" (the source first), or "Nach seiner Meinung".
_VIEW: Final = regex.compile(
    r"""
    (?<! [\p{L}\-] )
    (?: (?P<after> """
    + _POSSESSIVE
    + r""" ) [ \t\u00a0]+ (?P<cue> nach | zufolge )
      | (?P<cue_first> [Nn]ach ) [ \t\u00a0]+ (?P<before> """
    + _POSSESSIVE
    + r""" ) )
    (?! [\p{L}\-] )
    """,
    regex.VERBOSE,
)


def _phrase(m: regex.Match[str]) -> tuple[Span, Span]:
    """The source phrase ("Seiner Ansicht") and the cue word of a match."""
    if m.group("after") is not None:
        return Span(m.start("after"), m.end("after")), Span(m.start("cue"), m.end("cue"))
    return Span(m.start("before"), m.end("before")), Span(m.start("cue_first"), m.end("cue_first"))


def view_reports(doc: Document, found: list[Found], sents: list[Span]) -> list[Found]:
    """Sentences whose source is a view named by a possessive: the clause is
    its content (where no report was read in the sentence), and the
    quotations after the phrase in it take the view as their speaker,
    before any speaker read from further off (rule ``indirect_according_to``)."""
    text = doc.text
    if "nach" not in text and "zufolge" not in text or doc.words.isdisjoint(_VIEW_NOUN_WORDS):
        return found
    index = FoundIndex(found)
    found = index.found
    opens = [q.open for q in doc.quoted]
    added: list[Found] = []
    dropped: set[int] = set()
    for sent in sents:
        if doc.word_starts(_VIEW_NOUN_WORDS, sent.start, sent.end) == []:
            continue  # no noun of a view in the sentence (None: it cannot tell, and the pattern reads it)
        m = _VIEW.search(text, sent.start, sent.end)
        if m is None or doc.inside_quote(m.start()):
            continue
        source, cue = _phrase(m)
        before = text[max(sent.start, m.start() - 8) : m.start()].split()[-1:]
        if before and before[0].lower() in doc.lang.DETERMINERS:
            continue  # "die seiner Ansicht nach steigenden Kosten": an attribute inside a noun phrase
        word = text[source.start : source.end].split()[0]
        if word == "Ihrer" and source.start != sent.start or text[sent.start : sent.end].rstrip().endswith("?"):
            continue  # "Welche sind Ihrer Meinung nach …?": the reader addressed, a question
        word = word.lower()
        phrase = text[source.start : source.end]
        mention = Mention(phrase, source.start, source.end, "person", phrase, None, None, VIEW_POSSESSIVES[word])
        att = Attribution(mention, cue, INDIRECT_ACCORDING_TO)
        para = doc.paragraph_of(sent.start)
        here = index.starting_in(sent.start, sent.end)
        if not any(f.type == "indirect" for f in here) and not _cue_between(doc, sent.start, sent.end):
            start = m.end() if m.start() == sent.start else sent.start  # "Seiner Ansicht nach „…“": after the phrase
            added += unquoted_reports(doc, strip_content(text, start, sent.end), para, att)
        for q in doc.quoted[bisect.bisect_left(opens, m.end()) : bisect.bisect_left(opens, sent.end)]:
            if not q.double or q.close is None or _cue_between(doc, m.end(), q.open):
                continue
            have = index.quotes_over(q.start, q.end)
            dropped |= {id(f) for f in have}
            added.append(Found(q.start, q.end, "partial", para, att))
    return merged(found, added, dropped)


def _cue_between(doc: Document, start: int, end: int) -> bool:
    """Does a speech cue of its own stand between the view and a quotation?"""
    return any(word in doc.lang.SPEECH_FORMS for _, _, word in doc.cue_words(start, end))
