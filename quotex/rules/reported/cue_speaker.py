"""Who says what a cue reports, read backwards from the cue: the subject of
its clause ("Kirby | said …"), a subject set off by commas ("Yin Ma, 60, a
nurse, | said"), a relative pronoun ("a gadfly who has long | vowed"), the
sentence's subject across a quotation ('She called it “sloppy,” but | said
…'), or the noun a participle hangs on.  :func:`cue_speaker` is asked by
:func:`~quotex.rules.reported.speech.reported_speech` for every cue it reads
forwards."""

from __future__ import annotations

from typing import Final, NamedTuple

import regex

from quotex.lang import current
from quotex.rules.base import compile_rule
from quotex.rules.boundaries import auxiliary_run, free_relative
from quotex.rules.clauses import clause_subject, relative_speaker, verb_with_object
from quotex.rules.cue_subject import subject_of
from quotex.rules.document import Document
from quotex.rules.reported.dummy_subjects import dummy_subject
from quotex.rules.reported.event_heads import event_head
from quotex.rules.reported.participles import noun_before_participle
from quotex.rules.reported.preposition_objects import preposition_object
from quotex.rules.reported.set_off import set_off_subject
from quotex.rules.reported.subjects import postmodified_subject
from quotex.rules.reported.zero_relative import inner_relative_subject, zero_relative
from quotex.speakers import Mention, mention_before
from quotex.text import Span

#: What joins a cue to a quotation before it in the same sentence: "“…,” | but | said"
#: (then up to two auxiliaries, :func:`~quotex.rules.boundaries.auxiliary_run`).
AFTER_QUOTATION: Final = compile_rule(r"[\s,.]{0,4} (?: and | but ) ${sp}{1,3}")

#: The last coordinator before a cue with no subject of its own: "…, not on the dam, | and | said".
LAST_COORDINATOR: Final = compile_rule(r"(?: , ${sp}{0,3} | ${sp}{1,3} ) (?: and | but ) ${sp}{1,3}", regex.REVERSE)


class CueSpeaker(NamedTuple):
    """The speaker of a cue, where its clause may start, and the noun a
    participle cue hangs on, if that is what gave the speaker."""

    mention: Mention
    clause_start: int
    participle_noun: Mention | None


def cue_speaker(doc: Document, sent: Span, cue: Span, word_end: int, cue_word: str, shared: Mention | None) -> CueSpeaker | None:
    """The speaker of ``cue`` (a cue word ending at ``word_end``), or None
    when it has none or is the verb of a relative clause that reports
    nothing; ``shared`` is the subject of a cue this one is coordinated with
    ("Ruiz praised the plan and | said …")."""
    L = current()
    english = L.code == "en"
    text = doc.text
    subject = shared if shared is not None else subject_of(doc, sent.start, cue, None)
    if subject is None and english:
        # "Yin Ma, 60, a nurse, said …", "The mayor, still stinging over it, said"
        subject = set_off_subject(doc, cue.start)
        subject = subject or relative_speaker(doc, sent.start, cue.start)  # "ammunition to Republicans who say …"
        subject = subject or postmodified_subject(doc, sent.start, cue.start)  # "the cities of Leeds and York said"
        subject = subject or inner_relative_subject(doc, sent.start, cue.start)  # "the growers we visited said"
    who = _relative_before(doc, sent.start, cue.start) if english else None
    if who is not None and (subject is None or subject.end < who.start - 2 and subject.pronoun != "who"):
        # "…a gadfly and landlord who has long vowed to …": the relative pronoun stands for its
        # antecedent, not the sentence's subject farther back
        subject = Mention("who", who.start, who.end, "person", "who", None, None, "who")
    participle = english and cue_word.endswith("ing")
    modified = noun_before_participle(doc, sent, cue, subject) if participle else None
    subject = modified or subject
    mention, pos = doc.grammar.clause_speaker(doc, sent, cue, word_end, cue_word, subject)
    if mention is None and english:
        mention = _subject_across_quotation(doc, sent, cue, cue_word)
    if english and mention is not None and mention.text.lower() == "that" and not participle:
        # "a militant group that has pledged …", "the report that suggested …": a restrictive "that" is read as
        # the phrase it restricts, which names the source
        mention = mention_before(text, sent.start, mention.start) or mention
    if mention is None or free_relative(text, sent.start, mention.start):
        return None  # "between what the mayor says her plan would do and…": the object is the relative's
    if english and verb_with_object(text, mention) and zero_relative(doc, sent, mention, cue.start) is None:
        # "…and pushed clubs to cut costs and | to say …": a verb and its object, no subject; but "a probe the
        # agency | said was …" is a noun and a relative clause with no relative word
        return None
    if english and preposition_object(text, mention, cue.start, cue_word):
        return None  # "a prayer for | the nominee | but did not suggest …": an object, the subject is farther back
    if english and dummy_subject(text, mention):
        return None  # "It means admitting that …", "One reason critics say …": no one speaks
    if english and event_head(mention):
        return None  # "The contrast with the mayor | said …", "a look at the ledgers | suggests": what happened, no speaker
    if english and mention.text == "Having":
        return None  # "Having promised to cut fares, the mayor…": a perfect participle opens the sentence, no speaker
    return CueSpeaker(mention, pos, modified)


def _subject_across_quotation(doc: Document, sent: Span, cue: Span, cue_word: str) -> Mention | None:
    """The subject of the whole sentence, for a cue in the part of it after a
    quotation that has no subject of its own."""
    text = doc.text
    joint = AFTER_QUOTATION.match(text, sent.start, cue.start)
    if joint is not None and cue.start in auxiliary_run(current(), text, joint.end(), cue.start):
        # "The auditor called it “plainly sloppy,” but said he would take no action": the subject
        # of the sentence, before the quotation, says it
        whole = doc.sentence_at(sent.start)
        return clause_subject(doc, whole.start, cue.start) if whole.start < sent.start else None
    if cue_word.endswith("ing") and not text[sent.start : cue.start].strip(" ,\t\u00a0"):
        # 'Ruiz blamed a “bad line,” claiming she had…': the participle after a quotation hangs on the
        # sentence's own subject, before the quotation
        whole = doc.sentence_at(sent.start)
        if whole.start < sent.start and (doc.inside_quote(sent.start - 1) or text[sent.start - 1] == ","):
            # "Some councillors have called for a new pier, | saying …": read on after a comma, the same
            return subject_of(doc, whole.start, cue, None)
        return None
    if _coordinated_after_quotation(doc, sent, cue):
        # 'She blamed the flood on a “freak storm,” not on the dam, and said it …': a verb coordinated
        # with the sentence's own, after the quotation, shares its subject
        return clause_subject(doc, doc.sentence_at(sent.start).start, cue.start)
    return None


def _relative_before(doc: Document, lo: int, cue_start: int) -> Span | None:
    """The relative pronoun "who" right before a cue, with only auxiliaries
    and adverbs between ("gadfly | who | has long | vowed")."""
    text = doc.text
    words = text[max(lo, cue_start - 60) : cue_start].split()
    auxiliaries = current().AUXILIARIES
    k = len(words)
    while k > 0 and words[k - 1].lower() in auxiliaries and len(words) - k < 3:
        k -= 1
    if k == 0 or words[k - 1] != "who":
        return None
    start = text.rfind("who", max(lo, cue_start - 60), cue_start)
    while start > 0 and text[start + 3 : cue_start].split() != words[k:]:
        start = text.rfind("who", max(lo, cue_start - 60), start)
    return Span(start, start + 3) if start >= 0 else None


def _coordinated_after_quotation(doc: Document, sent: Span, cue: Span) -> bool:
    """Does a cue with no subject follow "and" or "but" (and up to two
    auxiliaries) in the part of a sentence after a quotation ('…a “freak
    storm,” not on the dam, and | said …'), so that it is the second verb of
    the sentence's own subject?"""
    whole = doc.sentence_at(sent.start)
    if whole.start >= sent.start or not doc.inside_quote(sent.start - 1):
        return False
    joint = LAST_COORDINATOR.search(doc.text, sent.start, cue.start)
    return joint is not None and cue.start in auxiliary_run(current(), doc.text, joint.end(), cue.start)
