"""German: a quotation in or after a verb-second clause opened by a phrase
that is not its subject.

"Im Landtag warb die Ministerin mit den Worten: „…“" / "Dabei griff sie
den Kanzler an: „…“" / "Mit den Worten „…“ verließ er den Saal."  The first
place of a German main clause holds a setting or an object as often as the
subject; the finite verb comes second and the subject right after it.  The
shared rules read the phrase before the colon, or the quotation, as the
clause's first words; here a quotation no rule attributed takes the
subject after the finite verb (rule ``fronted_phrase_quote``, registered
in :mod:`quotex.rules.de`).
"""

from __future__ import annotations

from typing import Final

from quotex.lang import de
from quotex.quotes import QuotedSpan
from quotex.rules.base import NONSPACE, Rule
from quotex.rules.de.clauses import FRONT_ADVERBS, SPEAKING_KINDS, colon_before, oblique, subject_after
from quotex.rules.de.finds import claim_quotations
from quotex.rules.document import Document, Found, embedded
from quotex.speakers import Mention

#: The most words of the phrase in the first place before the finite verb.
FRONT_WORDS: Final = 8
#: The most words of a phrase that names the quotation inside it: "Mit den Worten".
WORDING_WORDS: Final = 4
#: The most words between the finite verb and its subject ("griff | dabei sich | der …").
SUBJECT_GAP: Final = 2
#: Rules that only guess a quotation's speaker from its own clause: the clause's subject after its verb is read instead.
_GUESSES: Final = frozenset({"embedded_subject"})


def _opens_setting(doc: Document, word: str) -> bool:
    """Does the (first) word open a phrase that is no subject: a preposition
    ("Im Kongress", "Mit den Worten") or an adverb ("Dabei", "Gestern")?"""
    low = word.lower()
    lang = doc.lang
    return low in lang.PREPOSITIONS or low in lang.TIME_PREPOSITIONS or low in FRONT_ADVERBS


def subject_after_front(doc: Document, start: int, end: int) -> Mention | None:
    """The subject of a verb-second clause from ``start`` whose first place
    holds a setting: past the phrase (its capitalised words, prepositions,
    articles, numbers, a quotation), the finite verb is the first word in
    lower case, and the subject follows it."""
    text, lang = doc.text, doc.lang
    tokens = list(NONSPACE.finditer(text, start, end))
    if not tokens or not _opens_setting(doc, tokens[0].group().strip(",")):
        return None
    words = 0
    for m in tokens[1:]:
        word = m.group().strip(",")
        if doc.inside_quote(m.start()) or not word or word[0] in '\N{DOUBLE LOW-9 QUOTATION MARK}\N{LEFT DOUBLE QUOTATION MARK}"»':
            continue  # a quotation in the first phrase: "Mit den Worten „…“"
        words += 1
        if words > FRONT_WORDS:
            return None
        low = word.lower()
        if word[:1].isupper() or word[:1].isdigit() or low in lang.PREPOSITIONS or low in lang.DETERMINERS or low in lang.OBLIQUE_ARTICLES:
            continue  # the rest of the first phrase
        subject = subject_after(doc, m.end(), end)
        if subject is None or len(text[m.end() : subject.start].split()) > SUBJECT_GAP:
            return None
        if subject.pronoun in ("who", "it") or oblique(doc, subject) or text[subject.start : subject.end].lower() in de.IMPERSONAL_SUBJECTS:
            return None
        if subject.pronoun is None and subject.kind not in SPEAKING_KINDS:
            return None
        return subject
    return None


def _colon_clause_start(doc: Document, q: QuotedSpan) -> int | None:
    """Where the clause before a colon that introduces ``q`` starts: after the
    last comma or semicolon outside quotations, within the sentence."""
    text = doc.text
    colon = colon_before(doc, q)
    if colon is None or not text[q.start : q.start + 1].isupper():
        return None
    sent = doc.sentence_at(colon)
    i = colon
    while i > sent.start:
        i -= 1
        if text[i] in ",;" and not doc.inside_quote(i):
            break
    else:
        return sent.start
    return i + 1


def fronted_speaker(doc: Document, q: QuotedSpan) -> Mention | None:
    """The speaker of a quotation whose clause opens with a setting: the
    quotation inside the first phrase ("Mit den Worten „…“, verließ er …"),
    or after a colon that ends such a clause ("Im Kongress warb Obama …: „…“")."""
    text = doc.text
    sent = doc.sentence_at(q.open)
    start = _colon_clause_start(doc, q)
    if start is not None:
        if embedded(doc, q):
            return None  # a colon clause before a sentence of its own, not before words inside one
        colon = text.rindex(":", start, q.open)
        while start < colon and text[start] in " \t\u00a0":
            start += 1
        return subject_after_front(doc, start, colon)
    lo = max(sent.start, text.rfind(":", sent.start, q.open) + 1)  # "… reagierte gelassen: Mit den Worten „…“, …"
    before = text[lo : q.open].split()
    if not 2 <= len(before) <= WORDING_WORDS or not _opens_setting(doc, before[0]) or before[-1].strip(":").lower() not in de.WORDING_NOUNS:
        return None  # "Mit den Worten „…“": the quotation is what the phrase names
    return subject_after_front(doc, text.index(before[0], lo), sent.end)


def fronted_phrase_quotes(doc: Document, found: list[Found]) -> list[Found]:
    """Quotations no rule attributed, in or after a verb-second clause
    opened by a setting, take its subject (:func:`fronted_speaker`)."""
    if not doc.quoted:
        return found
    return claim_quotations(doc, found, _fronted_speaker_outside_quotes, FRONTED_PHRASE_QUOTE, _GUESSES)


def _fronted_speaker_outside_quotes(doc: Document, q: QuotedSpan) -> Mention | None:
    mention = fronted_speaker(doc, q)
    return None if mention is None or doc.inside_quote(mention.start) else mention


FRONTED_PHRASE_QUOTE: Final = Rule(
    name="fronted_phrase_quote",
    description="Im Kongress warb die Ministerin mit den Worten: „…“: German, the subject after the verb of a clause opened by a setting",
    family="de",
    handler=fronted_phrase_quotes,
    languages=frozenset({"de"}),
)
