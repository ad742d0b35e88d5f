"""Who says what a cue reports, read backwards from the cue: the subject of
its clause ("Kirby | said …"), a subject set off by commas ("Yin Ma, 60, a
nurse, | said"), a relative pronoun ("a gadfly who has long | vowed"), the
sentence's subject across a quotation ('She called it “sloppy,” but | said
…'), or the noun a participle hangs on.  :func:`cue_speaker` is asked by
:func:`~quotex.rules.reported.speech.reported_speech` for every cue it reads
forwards.  The shared steps are here; what a language reads at each of them
is a hook of its grammar (:class:`~quotex.rules.base.Grammar`; English's in
:mod:`quotex.rules.en.grammar`), and a language with no hook reads the
clause's subject alone."""

from __future__ import annotations

from typing import NamedTuple

from quotex.rules.boundaries import free_relative
from quotex.rules.cue_subject import subject_of
from quotex.rules.document import Document
from quotex.speakers import Mention
from quotex.text import Span


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
    grammar = doc.grammar
    subject = shared if shared is not None else subject_of(doc, sent.start, cue, None)
    subject = subject or grammar.subject_before_cue(doc, sent, cue)
    subject = grammar.relative_before_cue(doc, sent, cue, subject)
    modified = grammar.participle_subject(doc, sent, cue, cue_word, subject)
    subject = modified or subject
    mention, pos = grammar.clause_speaker(doc, sent, cue, word_end, cue_word, subject)
    if mention is None:
        mention = grammar.subject_across_quotation(doc, sent, cue, cue_word)
    if mention is not None:
        mention = grammar.restricted_phrase(doc, sent, mention, cue_word)
    if mention is None or free_relative(doc.text, sent.start, mention.start):
        return None  # "between what the mayor says her plan would do and…": the object is the relative's
    if grammar.no_speaker(doc, sent, mention, cue, cue_word):
        return None
    return CueSpeaker(mention, pos, modified)
