"""German: quoted words a document holds, named by an adverb before a colon.

"Das Amt gab eine Stellungnahme ab. Darin steht: „…“"  "Darin" stands for
the document the sentence before names, as a pronoun for a name: the
quotation is the document's words (rule ``document_colon_quote``,
registered in :mod:`quotex.rules.de`), the document its source.  So is a
document the colon clause names itself after "in" with "steht" ("Im
Entwurf steht noch der Satz: „…“").
"""

from __future__ import annotations

from typing import Final

from quotex.lang import de
from quotex.lang.de import speakers
from quotex.quotes import QuotedSpan
from quotex.rules.base import NONSPACE, Rule
from quotex.rules.de.clauses import colon_before
from quotex.rules.de.finds import claim_quotations
from quotex.rules.document import Document, Found, embedded
from quotex.speakers import Mention


def document_before(doc: Document, sent_start: int) -> Mention | None:
    """The last document the sentence before ``sent_start`` names, in its
    paragraph: a noun whose head is one of the pack's :data:`HOLDER_NOUNS`
    ("Stellungnahme", "Abschlussbericht"), with its article."""
    text = doc.text
    if sent_start == 0:
        return None
    prev = doc.sentence_at(sent_start - 1)
    para = doc.paras[doc.paragraph_of(sent_start)]
    if prev.start < para.start:
        return None  # the sentence opens its paragraph
    tokens = list(NONSPACE.finditer(text, prev.start, prev.end))
    for k in range(len(tokens) - 1, -1, -1):
        word = tokens[k].group().strip(",.;:!?()")
        if not word[:1].isupper() or not word.lower().endswith(tuple(de.HOLDER_NOUNS)) or doc.inside_quote(tokens[k].start()):
            continue
        start = tokens[k].start()
        for j in range(k - 1, max(-1, k - 4), -1):
            low = tokens[j].group().lower()
            if low in doc.lang.DETERMINERS or low in speakers.INDEFINITE:
                start = tokens[j].start()
                break
            if not low.isalpha() or not low.islower():
                break
        end = tokens[k].start() + len(word)
        return Mention(text[start:end], start, end, "document", text[start:end], None, None)
    return None


def holder_speaker(doc: Document, q: QuotedSpan) -> Mention | None:
    """The document a quoted sentence after "Darin steht:" or "Dort heißt es:"
    comes from: the one named in the sentence before (:func:`document_before`)."""
    text = doc.text
    colon = colon_before(doc, q)
    if colon is None or embedded(doc, q):
        return None
    sent = doc.sentence_at(colon)
    words = [w.strip(",") for w in text[sent.start : colon].split()]
    if not words or words[0] not in de.HOLDER_ADVERBS or not any(w in de.HOLDING_VERBS for w in words[1:4]):
        return None
    return document_before(doc, sent.start)


#: Prepositions before the document that holds the words: "steht im Entwurf", "in dem Bericht".
_HOLDER_PREPOSITIONS: Final = frozenset({"in", "im"})
#: The most words between the preposition and the document's noun: "in dem neuen | Entwurf".
_HOLDER_GAP: Final = 3


def document_in_clause(doc: Document, q: QuotedSpan) -> Mention | None:
    """The document the colon clause before a quoted sentence names after
    "in" with a verb of holding: "Im Entwurf steht: „…“", "Derzeit steht
    im Gesetzentwurf noch der Passus: „…“" (a noun of the pack's
    :data:`HOLDER_NOUNS`, with its article)."""
    text = doc.text
    colon = colon_before(doc, q)
    if colon is None or embedded(doc, q):
        return None
    sent = doc.sentence_at(colon)
    tokens = list(NONSPACE.finditer(text, sent.start, colon))
    words = [t.group().strip(",") for t in tokens]
    if not any(w in de.HOLDING_VERBS for w in words) or doc.quote_opens_in(sent.start, colon):
        return None
    for k, word in enumerate(words):
        if word.lower() not in _HOLDER_PREPOSITIONS:
            continue
        for j in range(k + 1, min(len(words), k + 2 + _HOLDER_GAP)):
            if words[j][:1].isupper() and words[j].lower().endswith(tuple(de.HOLDER_NOUNS)):
                start = tokens[k + 1].start() if words[k].lower() == "in" else tokens[j].start()
                end = tokens[j].start() + len(words[j])
                return Mention(text[start:end], start, end, "document", text[start:end], None, None)
            if words[j][:1].isupper():
                break
    return None


def document_colon_quotes(doc: Document, found: list[Found]) -> list[Found]:
    """Quoted sentences no rule attributed after "Darin steht:" take the
    document the sentence before names (:func:`holder_speaker`)."""
    if not doc.quoted or not any(word in doc.text for word in de.HOLDER_ADVERBS | de.HOLDING_VERBS):
        return found
    return claim_quotations(doc, found, _document_speaker, DOCUMENT_COLON_QUOTE, kind="direct")


def _document_speaker(doc: Document, q: QuotedSpan) -> Mention | None:
    return holder_speaker(doc, q) or document_in_clause(doc, q)


DOCUMENT_COLON_QUOTE: Final = Rule(
    name="document_colon_quote",
    description="Das Amt gab eine Stellungnahme ab. Darin steht: „…“: German, the words of a document named before",
    family="de",
    handler=document_colon_quotes,
    languages=frozenset({"de"}),
)
