"""Reported speech in a relative clause with no relative word whose verb is
the cue: "Officials opened a probe | the agency said | was still ongoing",
"It is a gamble | Ruiz says | could pay off", "The plan | the mayor says |
will cut costs | was approved".

What is reported lacks its own subject (the noun phrase before the cue's
subject fills the gap), so the reader of :mod:`~quotex.rules.reported.speech`
sees a clause that opens with a finite verb, which after a cue with no
relative word before its subject is most often a participle's or a verb's
own predicate ("A merger agreed Monday would turn …").  Here the words before
the subject must be a noun phrase that opens with a determiner and ends in a
lowercase noun ("a probe", "the same drive"), and the report runs from that
phrase: PolNeAR's contents hold the phrase, the speaker and the cue.  When
the phrase opens its sentence it is the subject of the main clause, whose
verb ends the report ("… will cut costs | was approved").  English only: the
words are the pack's.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from quotex.lang import Language, current
from quotex.lang.en.clauses import FINITE_AUXILIARIES
from quotex.rules.document import Document
from quotex.speakers import Mention, mention_before, tokenize
from quotex.speakers.tokens import Tok
from quotex.text import Span

#: Determiners that open the noun phrase a relative clause with no relative word modifies.
HEAD_DETERMINERS: Final = frozenset("a an the this these those his her its their our another every any some".split())
#: The most words of that noun phrase, its determiner included, and the commas and conjunctions of a
#: list of heads: "the same | drive", "the same drive, grit and unbending | resolve".
HEAD_WORDS: Final = 8
#: Conjunctions that open a clause of the sentence's own after the relative clause: "…, | and he wants …".
CLAUSE_COORDINATORS: Final = frozenset({"and", "but", "so", "yet"})
#: What may join the heads of such a list.
HEAD_JOINERS: Final = frozenset({",", "and", "or"})
#: How far back from the subject the noun phrase may start, in characters.
HEAD_REACH: Final = 60
#: Words that are no noun ending such a phrase: conjunctions and words that open a clause of their own.
NOT_HEADS: Final = frozenset("and or but nor so because as if when while than that which who what where why how".split())


def zero_relative(doc: Document, sent: Span, mention: Mention, cue_start: int) -> tuple[int, Mention] | None:
    """Where the noun phrase starts that a relative clause with no relative
    word modifies, and the clause's subject: "a probe | the agency | said
    was …".  The mention readers may take the two phrases for one ("a probe
    the agency"): the subject is read again from the word after the noun.
    None when the cue's subject follows no such noun phrase."""
    L = current()
    text = doc.text
    if mention.pronoun == "who":
        return None
    toks = tokenize(text, max(sent.start, mention.start - HEAD_REACH), cue_start)
    while toks and toks[-1].low in L.AUXILIARIES and not toks[-1].cap:
        toks.pop()  # "the agency | has long | said"
    for j in range(1, len(toks)):
        if toks[j].start < mention.start:
            continue
        if toks[j].punct:
            return None
        head = _head_start(L, toks[:j], sent.start)
        if head is None:
            continue
        subject = mention_before(text, toks[j].start, cue_start)
        if subject is not None and subject.start == toks[j].start and subject.pronoun != "who":
            return head, subject
    return None


def _head_start(L: Language, toks: list[Tok], sent_start: int) -> int | None:
    """The start of a noun phrase that ends ``toks`` and opens with a
    determiner within :data:`HEAD_WORDS` words ("a probe", "the same drive")."""
    if not toks:
        return None
    noun = toks[-1]
    if (
        noun.cap
        or not noun.text.isalpha()
        or noun.low in L.STOP
        or noun.low in NOT_HEADS
        or noun.low in HEAD_DETERMINERS
        or noun.low in L.DETERMINERS
        or noun.low in L.PREPOSITIONS
        or noun.low in L.AUXILIARIES
        or noun.low in L.SUBJECT_PRONOUNS
        or noun.low in L.CUE_WORDS
        or noun.low.endswith(("ly", "ed"))
    ):
        return None  # "told reporters the mayor…" has no determiner; "said the mayor…" is a cue
    for k in range(2, min(HEAD_WORDS, len(toks)) + 1):
        tok = toks[-k]
        if tok.low in HEAD_DETERMINERS and (not tok.cap or tok.start == sent_start):
            return tok.start
        if tok.low in HEAD_JOINERS:
            continue
        if tok.punct or not tok.text.isalpha() or tok.low in L.STOP or tok.low in NOT_HEADS or tok.low in L.PREPOSITIONS:
            return None
    return None


def relative_end(text: str, sent: Span, head: int, clause: Span) -> int:
    """Where a report in a relative clause with no relative word ends: at the
    main clause's verb when the noun phrase opens the sentence ("The plan the
    mayor says will cut costs | was approved"), else at the clause's end."""
    toks = tokenize(text, clause.start, clause.end)
    if text[sent.start : head].strip(" \t\u00a0\"'\N{LEFT DOUBLE QUOTATION MARK}"):
        # "…could pay off this fall, | and he wants …": a clause of the sentence's own follows
        for i in range(1, len(toks) - 2):
            if toks[i].text == "," and toks[i + 1].low in CLAUSE_COORDINATORS and toks[i + 2].low in current().SUBJECT_PRONOUNS:
                return toks[i].start
        return clause.end
    for tok in toks[1:]:
        if tok.low in FINITE_AUXILIARIES and not tok.cap:
            return tok.start
    return clause.end


#: Pronouns that may be the subject of a relative clause with no relative word inside a speaker's noun
#: phrase: "the experts | I | interviewed said".
INNER_SUBJECTS: Final = frozenset({"i", "we", "you", "they", "he", "she"})
#: Past forms that end such a clause besides those in -ed: "the farmers we | met".
INNER_VERBS: Final = frozenset("met saw spoke heard knew asked polled surveyed interviewed consulted contacted".split())
#: The kinds of noun phrase that may speak with such a clause inside.
SPEAKING_KINDS: Final = frozenset({"person", "group", "anonymous"})


def inner_relative_subject(doc: Document, lo: int, cue_start: int) -> Mention | None:
    """A speaker's noun phrase with a relative clause that has no relative
    word inside it, before the cue: "all the growers we visited | said",
    "The farmers we met | say".  The mention holds the clause: PolNeAR's
    sources do."""
    L = current()
    text = doc.text
    words = text[max(lo, cue_start - 40) : cue_start].split()
    if not any(w in INNER_SUBJECTS or w == "I" for w in words[-4:]):
        return None  # no pronoun just before the cue: most cues, read without tokens
    toks = tokenize(text, max(lo, cue_start - HEAD_REACH), cue_start)
    while toks and toks[-1].low in L.AUXILIARIES and not toks[-1].cap:
        toks.pop()  # "the growers we visited | have | said"
    if len(toks) < 3:
        return None
    verb, pronoun = toks[-1], toks[-2]
    if verb.cap or not (verb.low.endswith("ed") or verb.low in INNER_VERBS) or pronoun.low not in INNER_SUBJECTS:
        return None
    if pronoun.cap and pronoun.text != "I":
        return None
    head = mention_before(text, lo, pronoun.start)
    if head is None or head.end != pronoun.start - 1 or head.kind not in SPEAKING_KINDS or head.pronoun is not None:
        return None
    phrase = text[head.start : verb.end]
    return replace(head, text=phrase, end=verb.end, name=phrase if head.name == head.text else head.name)
