"""Quoted words whose holder no speech verb names: a viewpoint phrase right
before them ("to her, | “…”", "in his view, | “…”") or a characterising verb
with its object and "as" ('Mr. Reyes admires the old mayor as a | “true
builder”').  Read for :mod:`quotex.rules.before` through
:class:`~quotex.rules.en.grammar.English`, which makes each reading an
attribution of its rule.
"""

from __future__ import annotations

from typing import Final

from quotex.lang import current
from quotex.quotes import QuotedSpan
from quotex.rules.base import compile_rule
from quotex.rules.before import CLAUSE_MARKS
from quotex.rules.clauses import SENTENCE_ADVERBS, clause_subject
from quotex.rules.document import Document
from quotex.rules.words import COORDINATED_REACH, coordinated_before
from quotex.speakers import Mention, pronoun_mention
from quotex.speakers.tokens import tokenize
from quotex.text import Span

#: A phrase that names whose view a quotation gives, right before it: "to her, | “…”", "in his view, | “…”".
VIEWPOINT: Final = compile_rule(
    r"""
    (?<! [\p{L}\-] )
    (?: [Tt]o ${sp}{1,3} (?P<who> her | him | them )
      | [Ii]n ${sp}{1,3} (?P<who> his | her | their ) ${sp}{1,3} (?: view | eyes | opinion | mind ) )
    ${sp}{0,3} , ${sp}{0,3} \Z
    """
)
#: Words after which a viewpoint phrase opens a clause: "because | to her, “…”".
VIEWPOINT_OPENERS: Final = frozenset("because but and that since so while yet".split())
#: The pronoun a viewpoint's holder is read as (its gender is the pronoun's).
VIEWPOINT_PRONOUNS: Final[dict[str, str]] = {"her": "she", "him": "he", "his": "he", "them": "they", "their": "they"}


def viewpoint_holder(doc: Document, lo: int, q: QuotedSpan) -> tuple[Mention, Span] | None:
    """A whole quotation after a phrase naming whose view it is, with no cue
    before it in its sentence: "… because to her, “nothing matters more than
    the story”" is hers; "In his view, “…”" his."""
    m = VIEWPOINT.search(doc.text, max(lo, q.open - 40), q.open)
    if m is None:
        return None
    before = doc.text[max(lo, m.start() - 12) : m.start()].split()[-1:]
    if before and before[0].lower() not in VIEWPOINT_OPENERS and not before[0].endswith(","):
        return None  # "the bus came to them, “…”": a verb's object, not a viewpoint opening a clause
    start, end = m.span("who")
    return pronoun_mention(doc.text, start, end, VIEWPOINT_PRONOUNS[m.group("who")]), Span(m.start(), end)


#: "as" and an article right before a quotation that characterises something: "… as a | “…”".
CHARACTERISED_AS: Final = compile_rule(r"(?<![\p{L}\-]) as (?: ${sp}{1,3} (?: an? | the ) )? ${sp}{0,3} \Z")
#: Words before "as" that make it a comparison or a list, not a characterisation ("such as", "the same as").
NOT_CHARACTERISING: Final = frozenset("such well same much many long soon far just known seen".split())
#: Forms of "be" and "get": a passive between the subject and "as" ("is described on a website as") names no one.
PASSIVE_AUXILIARIES: Final = frozenset("is are was were be been being get gets got gotten".split())
#: Auxiliaries and "be" before the verb of a characterisation.
AUXILIARIES: Final = PASSIVE_AUXILIARIES | frozenset("has have had will would can could may might should must do does did".split())
#: The most words between the subject and "as": the verb, its adverbs and its object ("hailed the mayor").
CHARACTERISING_WORDS: Final = 8


def characterised_as(doc: Document, lo: int, q: QuotedSpan) -> tuple[Mention, Span] | None:
    """Quoted words that characterise the object of the clause's own verb are
    its subject's, when no cue word stands before them: 'Mr. Reyes admires the
    old mayor as a “true builder”', 'The Gazette rated the claim as “half
    true”'.  Not a passive ('was known as', 'is billed on its poster as'), a
    participle set off by a comma ('the bill, known as “…”') or a comparison
    ('such as', 'the same as')."""
    text = doc.text
    found = CHARACTERISED_AS.search(text, max(lo, q.open - 12), q.open)
    for _ in range(COORDINATED_REACH):
        if found is not None:
            break  # characterised
        # 'as a “human leech” and a “spoiled brat”': a quotation coordinated with one so characterised
        prev = coordinated_before(doc, q, lo)
        if prev is None:
            break
        q = prev
        found = CHARACTERISED_AS.search(text, max(lo, q.open - 12), q.open)
    if found is None:
        return None
    as_start = found.start()
    mention = clause_subject(doc, lo, as_start)
    if mention is None or mention.pronoun in ("who", "it") or not text[mention.start].isupper() and mention.pronoun is None:
        return None
    verb_start = past_aside(doc, mention.end, as_start)
    if not CLAUSE_MARKS.isdisjoint(text[verb_start:as_start]):
        return None  # "The bill, known as …": the subject's clause closed before it
    words = tokenize(text, verb_start, as_start)
    if not words or len(words) > CHARACTERISING_WORDS or words[-1].low in NOT_CHARACTERISING and not words[-1].cap:
        return None
    if any(w.punct for w in words):
        return None
    # the verb: past the auxiliaries and adverbs ("has been steadily pounding"); a form of
    # "be" before anything but a present participle is a passive ("is described on its cover")
    i = 0
    while i < len(words) and (words[i].low in AUXILIARIES or words[i].low.endswith("ly")):
        i += 1
    if i == len(words) or any(w.low in PASSIVE_AUXILIARIES for w in words[:i]) and not words[i].low.endswith("ing"):
        return None
    verb = words[i]
    if verb.cap or verb.low in current().PREPOSITIONS or i + 1 == len(words):
        return None  # "Ms. Long of Ohio as …": no verb; "works as a “…”": no object characterised
    return mention, Span(verb.start, verb.end)


#: The most words of an aside set off by commas between a subject and its verb (", in particular,").
ASIDE_WORDS: Final = 4


def past_aside(doc: Document, start: int, end: int) -> int:
    """Past a short aside set off by commas right after a subject (", in
    particular,", ", too,", ", for his part,"): where the verb's words start.
    An aside opens with a preposition or an adverb; anything else (", known
    as", ", a critic,") is left for the caller to refuse."""
    text = doc.text
    if text[start : start + 1] != ",":
        return start
    closing = text.find(",", start + 1, end)
    if closing < 0:
        return start
    words = tokenize(text, start + 1, closing)
    if not words or len(words) > ASIDE_WORDS or any(w.punct for w in words):
        return start
    first = words[0].low
    if first in current().PREPOSITIONS or first.endswith("ly") or len(words) == 1 and first in SENTENCE_ADVERBS:
        return closing + 1
    return start
