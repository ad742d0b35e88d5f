"""What a verb or a participle near a quotation attaches to, where the
reading of its own words would take the wrong noun phrase for its speaker.

- a verb coordinated after an object relative shares the relative
  clause's subject ("the levy, which Ilse Marrow called a “…” and vowed to
  “…”"), not the antecedent (:func:`object_relative_subject`);
- a labelling verb's past participle right before its quoted label
  modifies the noun before it ("records later deemed “…”"): no one's cue
  (:func:`labelling_participle`);
- a participle after a predicate coordinated with no subject of its own
  ("…, and waved off a jeer, adding …") and a participle of means after
  "by" that reports a clause ("…by posting that “…”") take the sentence's
  subject (:func:`coordinated_predicate_subject`, :func:`means_subject`,
  :func:`means_first`);
- a pronoun and cue right after quoted words inside a sentence repeat its
  speaker, and become the mention (:func:`repeated_after_quote`).

Read by :func:`quotex.rules.cue_subject.subject_of` and the partial
quotation rule of :mod:`quotex.rules.before`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from quotex.lang import current
from quotex.quotes import QuotedSpan
from quotex.rules.clauses import clause_start, clause_subject
from quotex.rules.document import Attribution, Document
from quotex.rules.words import skip_space
from quotex.speakers import Mention, mention_after, mention_before, tokenize
from quotex.text import Span

#: Kinds of mention that speak: not a thing ("The vote was close — saying …", "files later deemed “…”").
SPEAKING_KINDS: Final = frozenset({"person", "organization", "group", "anonymous"})


#: The most words of a cue and its object after quoted words: "he | told | friends |,".
SHORT_OBJECT: Final = 4


def object_relative_subject(doc: Document, lo: int, end: int) -> Mention | None:
    """The subject of an object relative clause that opens at ``lo`` ("the
    pact, | which Ruiz had signed and now vowed"): the second verb shares that
    subject, not the antecedent the relative pronoun stands for."""
    text = doc.text
    toks = tokenize(text, lo, min(end, lo + 12))
    if not toks or toks[0].low not in current().OBJECT_RELATIVES:
        return None
    mention = mention_after(text, toks[0].end, end)
    return mention if mention is not None and mention.start == skip_space(text, toks[0].end) else None


def coordinated_predicate_subject(doc: Document, lo: int, cue_start: int) -> Mention | None:
    """The sentence's subject for a participle after a predicate coordinated
    with no subject of its own ("The warden thanked the rowers, and | waved
    off a rival's jeer, | adding …"): the coordination shares that subject."""
    text = doc.text
    start = clause_start(doc, lo, cue_start)
    if text[max(lo, start - 6) : start].split()[-1:] not in (["and"], ["but"]):
        return None
    mention = clause_subject(doc, lo, cue_start)
    return mention if mention is not None and mention.end < start and mention.kind in SPEAKING_KINDS else None


def _means_participle(doc: Document, lo: int, cue_start: int) -> bool:
    """Is the cue a participle after "by" that reports a clause or a
    quotation, the means of a verb before it ("quashed rumors by | posting |
    that …")?  Not "by touting her record": an act with an object."""
    text = doc.text
    word = text[cue_start : cue_start + 30].split()[:1]
    if not word or not word[0].endswith("ing") or text[max(lo, cue_start - 4) : cue_start].split()[-1:] != ["by"]:
        return False
    after = skip_space(text, cue_start + len(word[0]))
    return text.startswith("that ", after) or doc.quote_opens_at(after)


def means_subject(doc: Document, lo: int, cue_start: int) -> Mention | None:
    """The subject of the sentence for a participle of means ("Ortega quashed
    rumors he would run by | posting | that “…”"), not a subject inside the
    verb's object."""
    if not _means_participle(doc, lo, cue_start):
        return None
    mention = clause_subject(doc, lo, cue_start)
    return mention if mention is not None and mention.kind in SPEAKING_KINDS else None


def means_first(doc: Document, lo: int, cues: list[Span], quote_open: int) -> list[Span]:
    """``cues`` with a participle of means that introduces the quotation by
    "that" tried first ("set to sell the boat by | posting | that “…”"):
    the quoted words are its report, not an earlier cue's."""
    if doc.text[max(lo, quote_open - 8) : quote_open].split()[-1:] != ["that"]:
        return cues  # a fast path: no "that" right before the quotation
    nearest = max(cues, key=lambda c: c.start, default=None)
    if nearest is None or doc.text[nearest.end : quote_open].split() != ["that"] or not _means_participle(doc, lo, nearest.start):
        return cues
    return [nearest] + [c for c in cues if c != nearest]


def labelling_participle(doc: Document, lo: int, cue: Span) -> bool:
    """Is the cue the past participle of a labelling verb with the label
    right after it and a common noun before it, the phrase a noun's modifier
    ("kept files | later deemed | “…”", "a plan | dubbed | “…”")?  A speaker's
    verb takes an object before its label ("the mayor deemed it “…”"), or
    a subject that is a name or pronoun ("which Ruiz called “…”")."""
    text = doc.text
    word = text[cue.start : cue.end].split()[0]
    L = current()
    if not word.endswith("ed") or L.LEMMA_OF.get(word.lower()) not in L.LABELLING_LEMMAS:
        return False
    if not doc.quote_opens_at(skip_space(text, cue.start + len(word))):
        return False  # "called him “…”": an object before the label
    before = text[max(lo, cue.start - 30) : cue.start].split()[-1:]
    if not before or before[0].lower() in L.FINITE_AUXILIARIES:
        return False  # "what one critic has dubbed “…”"
    mention = mention_before(text, lo, cue.start)
    return mention is not None and mention.pronoun is None and text[mention.start].islower() and mention.kind not in SPEAKING_KINDS


def repeated_after_quote(doc: Document, q: QuotedSpan, att: Attribution | None) -> Attribution | None:
    """``att`` with its mention moved to a pronoun for the same person that
    attributes the sentence right after quoted words inside it, before a cue
    ("He thought of his talks as “…,” | he | told a neighbor"): that clause
    reports the sentence, and its subject is the speaker's mention; the name
    stays the mention's."""
    L = current()
    text = doc.text
    if att is None or att.mention.kind != "person":
        return att
    mention = att.mention
    if text[q.outer_end : q.outer_end + 12].lstrip(" ,").split(" ", 1)[0] not in L.PERSON_PRONOUNS:
        return att  # a fast path: no lowercase person pronoun right after the quotation
    toks = tokenize(text, q.outer_end, min(doc.paras[q.paragraph].end, q.outer_end + 40))
    if toks and toks[0].text == ",":
        toks = toks[1:]
    if len(toks) < 2 or toks[0].cap or toks[0].low not in L.PERSON_PRONOUNS or toks[0].low not in L.PRONOUNS:
        return att  # not "“…” He said …": a sentence of its own
    if mention.pronoun not in (None, toks[0].low) or mention.gender not in (None, L.PRONOUNS[toks[0].low]):
        return att  # someone else
    if not any(start == toks[1].start and word in L.CUE_WORDS for start, _, word in doc.cue_words(toks[1].start, toks[1].end + 1)):
        return att
    rest = next((toks[k:] for k in range(2, len(toks)) if toks[k].punct), [])
    if not rest or len(toks) - len(rest) > SHORT_OBJECT or rest[0].text not in ",.":
        return att  # '“…,” he claimed they never met': the cue reports a clause of its own
    return replace(att, mention=replace(mention, text=toks[0].text, start=toks[0].start, end=toks[0].end))
