"""German: quoted words a speaker calls something by, after "als".

"Der Verband verurteilte die Kürzung als „Kahlschlag“" / "Als „Glücksfall“
bezeichnet die Forscherin den Fund" / "Kritik kommt vom Mieterbund, der die
Erhöhung als „Skandal“ sieht" / "Die Pläne wurden von Fachleuten als
„unausgegoren“ eingestuft."  A verb that characterises (bezeichnen, sehen,
werten, verurteilen …) with its label after "als" is someone's wording, even
of one word, where a quotation of one to three words alone is as often the
writer's scare quotes.  Whose wording: the subject of the clause; in a
relative clause the noun it describes; in the passive the agent after
"von", and none without one ("wurden als „…“ eingestuft").  The same
reading serves the other frames that name quoted words a label: "hält den
Plan für „…“", "sieht darin einen „…“", "hatte von der Gefahr eines „…“
gesprochen", "verteidigte die Bezeichnung „…“".  Quotations no rule
attributed take that speaker (rule ``characterised_quote``, registered in
:mod:`quotex.rules.de`).
"""

from __future__ import annotations

from typing import Final

import regex

from quotex.lang import de
from quotex.lang.de import speakers
from quotex.lang.de.forms import conjugate, inflections
from quotex.quotes import QuotedSpan
from quotex.rules.base import Rule
from quotex.rules.de.clauses import PASSIVE_AUXILIARIES, SPEAKING_KINDS, oblique, speaker_like, subject_after
from quotex.rules.de.finds import claim_quotations
from quotex.rules.de.fronted import subject_after_front
from quotex.rules.document import Document, Found, embedded
from quotex.speakers import Mention, mention_after
from quotex.text import Span


def _characterising_forms() -> frozenset[str]:
    """Every form of the pack's characterising verbs
    (:data:`~quotex.lang.de.CHARACTERISING`): "bezeichnete", "sieht",
    "stufte … ein" (the bare finite form) and "eingestuft"."""
    forms: set[str] = set()
    for lemma in de.CHARACTERISING:
        particle, base = de.CHARACTERISING_SEPARABLE.get(lemma, ("", lemma))
        finite = {base, *conjugate(base)[:3]}
        forms |= finite | {particle + f for f in finite} | {particle + conjugate(base)[3]}
    return frozenset(forms)


#: The forms of the characterising verbs.
CHARACTERISING_FORMS: Final = _characterising_forms()
#: The forms of the verbs whose label follows "für" (:data:`~quotex.lang.de.LABEL_FOR`).
LABEL_FOR_FORMS: Final = inflections(de.LABEL_FOR)
#: The forms of "sehen", whose object is a label: "sieht darin einen „…“".
SEEING_FORMS: Final = inflections(("sehen",))
#: The forms of "sprechen" and "reden", whose label follows "von": "sprach von einem „…“".
SPEAKING_OF_FORMS: Final = inflections(("sprechen", "reden"))
#: The most words between "von" and the quotation: "von der Notwendigkeit eines | „…“".
SPOKEN_OF_GAP: Final = 4
#: Lowercase words that are no verb, when any verb will do.
_NOT_VERBS: Final = frozenset("der die das den dem des ein eine einen einem einer eines und oder auch nicht noch".split())
#: The most words between "als" and the quotation: an article and adjectives ("als den | „…“").
LABEL_GAP: Final = 3
#: Marks that end the clause a quotation stands in.
_CLAUSE_MARKS: Final = ",;:()\N{EN DASH}\N{EM DASH}"
#: Rules that only guess a quotation's speaker from its own clause, or inherit it from nearby.
_GUESSES: Final = frozenset({"embedded_subject", "same_sentence", "same_paragraph", "next_paragraph", "intro_paragraph", "sole_speaker"})

#: The endings of an adjective before a noun: "oberste", "neuen", "großer".
_ADJECTIVE_ENDINGS: Final = ("e", "en", "er", "es", "em")

_TOKEN: Final = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}\-.]*")


def _clause(doc: Document, q: QuotedSpan) -> Span:
    """The clause around a quotation: between the clause marks outside
    quotations on either side, within its sentence."""
    text = doc.text
    sent = doc.sentence_at(q.open)
    start = q.open
    while start > sent.start and not (text[start - 1] in _CLAUSE_MARKS and not doc.inside_quote(start - 1)):
        start -= 1
    end = q.outer_end
    while end < sent.end and not (text[end] in _CLAUSE_MARKS + ".!?" and not doc.inside_quote(end)):
        end += 1
    while start < end and text[start] in " \t\u00a0":
        start += 1
    return Span(start, end)


def _label_word(doc: Document, clause: Span, q: QuotedSpan) -> tuple[Span, frozenset[str] | None] | None:
    """The word that names the quotation a label, and the verb forms its
    clause needs (None: any verb): "als" (a characterising verb), "für"
    ("halten für"), "von" with up to :data:`SPOKEN_OF_GAP` words between
    ("von der Not eines „…“ gesprochen"), an indefinite article after a
    form of "sehen" ("sieht darin einen „…“"), a wording noun ("die
    Bezeichnung „…“").  An article and up to two adjectives may stand
    between "als" or "für" and the quotation ("als den „…“")."""
    text = doc.text
    words = list(_TOKEN.finditer(text, clause.start, q.open))
    if words and words[-1].group().lower() in de.WORDING_OBJECTS:
        return Span(words[-1].start(), words[-1].end()), None
    if words and words[-1].group().lower() in speakers.INDEFINITE and any(w.group().lower() in SEEING_FORMS for w in words[:-1]):
        return Span(words[-1].start(), words[-1].end()), SEEING_FORMS
    for k in range(len(words) - 1, max(-1, len(words) - 2 - LABEL_GAP), -1):
        word = words[k].group()
        if word.lower() in ("als", "für"):
            forms = LABEL_FOR_FORMS if word.lower() == "für" else CHARACTERISING_FORMS
            return Span(words[k].start(), words[k].end()), forms
        if not word.islower():
            break
    for k in range(len(words) - 1, max(-1, len(words) - 2 - SPOKEN_OF_GAP), -1):
        if words[k].group() == "von" or (k == 0 and words[k].group() == "Von"):
            return Span(words[k].start(), words[k].end()), SPEAKING_OF_FORMS
    return None


def _speaking(doc: Document, mention: Mention | None, opening: bool = True) -> Mention | None:
    """The mention if it can speak; one that opens its clause must look like
    a speaker (:func:`~quotex.rules.de.clauses.speaker_like`), one right
    after the finite verb is the subject by its place."""
    if mention is None or mention.pronoun in ("who", "it", "you") or doc.inside_quote(mention.start):
        return None
    if text_of(doc, mention).lower() in de.IMPERSONAL_SUBJECTS or oblique(doc, mention) or (opening and not speaker_like(doc, mention)):
        return None
    if mention.pronoun is None and mention.kind not in SPEAKING_KINDS:
        return None
    return mention


def text_of(doc: Document, mention: Mention) -> str:
    return doc.text[mention.start : mention.end]


def _antecedent(doc: Document, comma: int) -> Mention | None:
    """The noun phrase a relative clause after ``comma`` describes: its
    capitalised words and an article or adjectives before them, not the
    preposition ("Kritik kommt vom | Berliner Mieterbund, der …")."""
    text, lang = doc.text, doc.lang
    sent = doc.sentence_at(comma)
    tokens = list(_TOKEN.finditer(text, max(sent.start, comma - 120), comma))
    start = None
    for m in reversed(tokens):
        word = m.group()
        if word[:1].isupper() and word.lower() not in lang.PREPOSITIONS:
            start = m.start()
            continue
        if start is not None and word.islower() and word.endswith(_ADJECTIVE_ENDINGS) and word not in lang.DETERMINERS:
            start = m.start()  # "der oberste | geistliche | Führer"
            continue
        if start is not None and (word.lower() in lang.DETERMINERS or word.lower() in speakers.INDEFINITE):
            start = m.start()
        break
    if start is None or doc.inside_quote(start):
        return None
    return mention_after(text, start, comma)


def label_speaker(doc: Document, q: QuotedSpan) -> Mention | None:
    """Who calls something the quoted words after "als", by the shape of
    their clause (:func:`_label_word`): the agent of a passive ("von
    Fachleuten als „…“ eingestuft"), the noun a relative clause describes
    ("vom Mieterbund, der … als „…“ sieht"), the subject after the verb of a
    clause opened by the label ("Als „…“ bezeichnet die Forscherin …"), else
    the clause's subject ("Der Verband verurteilte … als „…“")."""
    text = doc.text
    clause = _clause(doc, q)
    frame = _label_word(doc, clause, q)
    if frame is None:
        return None
    label, forms = frame
    words = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, clause.start, clause.end) if not doc.inside_quote(m.start())]
    verbs = [(w, s, e) for w, s, e in words if (w.lower() in forms if forms is not None else w not in _NOT_VERBS) and w[:1].islower()]
    if not verbs:
        return None
    lowered = [w.lower() for w, _, _ in words]
    first = lowered[0]
    if first in ("als", "von") and label.start == clause.start:  # "Als „…“ bezeichnet die Forscherin den Fund"
        after = [v for v in verbs if v[1] > q.outer_end]
        return _speaking(doc, subject_after(doc, after[0][2], clause.end), opening=False) if after else None
    if any(w in PASSIVE_AUXILIARIES for w in lowered):
        agents = [(s, e) for w, s, e in words if w.lower() in ("von", "vom") and s < label.start]
        if not agents:
            return None  # "Die Pläne wurden als „…“ eingestuft": the subject is what is called so
        return _speaking(doc, mention_after(text, agents[-1][1], label.start))  # "wurde von Fachleuten als „…“ eingestuft"
    if first in de.RELATIVE_PRONOUNS and clause.start > 0 and text[clause.start - 2 : clause.start].strip() == ",":
        antecedent = _antecedent(doc, text.rindex(",", 0, clause.start))
        if antecedent is None or antecedent.pronoun is not None:
            return None
        return antecedent  # its case is the main clause's: "mit dem Verband, der …"; a document speaks too
    if first in de.SUBORDINATORS:
        return _speaking(doc, mention_after(text, words[0][2] + 1, label.start))
    if first in de.COORDINATORS or (first in de.RELATIVE_PRONOUNS and clause.start > doc.sentence_at(q.open).start):
        return None  # "…, und verurteilte sie als „…“"; a relative clause after no noun
    sent = doc.sentence_at(q.open)
    if clause.start > sent.start and words[0][0] == verbs[0][0] and first not in doc.lang.PREPOSITIONS:
        # "Im Bericht, der …, rechtfertigte das Amt …"
        inverted = _speaking(doc, subject_after(doc, words[0][2], label.start), opening=False)
        if inverted is not None:
            return inverted
        clause = Span(sent.start, clause.end)  # "Der Minister, Karl Bauer, verteidigte …": the clause goes on after an apposition
        words = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, clause.start, clause.end)]
        first = words[0][0].lower()
    start = clause.start
    if first in de.CLAUSE_ADVERBS and len(words) > 1:  # "Auch der Minister attackierte …": a particle, not a setting
        start = words[1][1]
    mention = mention_after(text, start, label.start)
    if mention is not None and mention.start == start and not oblique(doc, mention) and speaker_like(doc, mention):
        return _speaking(doc, mention)
    return _speaking(doc, subject_after_front(doc, clause.start, label.start))


def characterised_quotes(doc: Document, found: list[Found]) -> list[Found]:
    """Quotations after "als" that no rule attributed, or only guessed,
    take the speaker :func:`label_speaker` reads."""
    if not doc.quoted:
        return found
    return claim_quotations(doc, found, _embedded_label_speaker, CHARACTERISED_QUOTE, _GUESSES, "partial")


def _embedded_label_speaker(doc: Document, q: QuotedSpan) -> Mention | None:
    return label_speaker(doc, q) if embedded(doc, q) else None


CHARACTERISED_QUOTE: Final = Rule(
    name="characterised_quote",
    description="Der Verband verurteilte die Kürzung als „Kahlschlag“: German, the label a characterising verb gives after als",
    family="de",
    handler=characterised_quotes,
    languages=frozenset({"de"}),
)
