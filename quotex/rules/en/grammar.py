"""The hooks the shared rules call for English (:class:`~quotex.rules.base.Grammar`), registered on import.

Each hook is one English reading, at a fixed point of a shared rule:

- a direct quotation's attribution: ", per X" and a cue's base form that
  is a noun (:mod:`~quotex.rules.en.direct`), who speaks after a colon
  (:mod:`~quotex.rules.en.colon`);
- a quotation's speaker with no cue of its own: a viewpoint phrase, a
  characterising verb (:mod:`~quotex.rules.en.characterised`), quoted words
  going on after a dash or an opening conjunction (:mod:`~quotex.rules.en.continued`);
- a cue's speaker read backwards from the cue, where the shared reading
  (:func:`~quotex.rules.cue_subject.subject_of` and ``clause_speaker``)
  finds none or the wrong one, and the noun phrases that name no speaker,
  asked in order by :func:`~quotex.rules.reported.cue_speaker.cue_speaker`;
- what a cue reports, read forwards by
  :func:`~quotex.rules.reported.speech.reported_speech`: headlines and
  datelines, an opening participle, passives with an agent, where the clause
  ends, and objects that report no words (:mod:`~quotex.rules.en.reports`);
- "according to X" in mid-sentence (:mod:`~quotex.rules.en.according`).

The readings themselves are functions of those modules and of
:mod:`quotex.rules.reported`; the methods only bind them.
"""

from __future__ import annotations

from typing import Final

import regex

from quotex.lang import current
from quotex.lang.en.clauses import FINITE_AUXILIARIES, PHRASE_OPENERS
from quotex.quotes import QuotedSpan
from quotex.rules.base import GRAMMARS, Grammar, compile_rule
from quotex.rules.boundaries import Coordinated, auxiliary_run, coordinated_cue
from quotex.rules.clauses import clause_subject, closed_subordinate, relative_speaker, verb_with_object
from quotex.rules.content import strip_content
from quotex.rules.cue_subject import subject_of
from quotex.rules.document import Document, cue_span
from quotex.rules.en.according import after_mid_source
from quotex.rules.en.characterised import characterised_as, viewpoint_holder
from quotex.rules.en.clause_participles import coordinated_in_clause, participle_after_clause
from quotex.rules.en.colon import acting_name, named_object, possessed_answer, source_phrase
from quotex.rules.en.continued import after_opening_conjunction, goes_on_after_dash, goes_on_quoting
from quotex.rules.en.direct import noun_participle, per_source, phrase_noun, pronoun_before_aside
from quotex.rules.en.dummy_subjects import dummy_subject
from quotex.rules.en.event_heads import event_head
from quotex.rules.en.object_commas import object_comma
from quotex.rules.en.openings import opening_participle
from quotex.rules.en.participles import coordinated_absolute, noun_before_participle
from quotex.rules.en.preposition_objects import preposition_object
from quotex.rules.en.relatives import set_off_relative
from quotex.rules.en.reports import (
    clause_after_setting,
    clause_extent,
    leads_to_example,
    object_only,
    opened_clause,
    openers_only,
    opening_phrase_only,
    past_dateline,
    reported_object,
)
from quotex.rules.en.set_off import set_off_subject
from quotex.rules.en.setting_relatives import relative_after_setting
from quotex.rules.en.shares import share_after
from quotex.rules.en.subjects import agent_report, postmodified_subject
from quotex.rules.en.that_only import wants_that
from quotex.rules.en.time_clauses import time_clause_only
from quotex.rules.en.zero_relative import inner_relative_subject, relative_end, zero_relative
from quotex.rules.headlines import headline_speech
from quotex.rules.reported.directives import comma_past_aside
from quotex.rules.reported.trailing import extracted
from quotex.rules.words import count_opens, labels_object, passive_cue, short_answer
from quotex.speakers import Mention, mention_before, tokenize
from quotex.speakers.settings import floating_quantifier
from quotex.speakers.subjects import named_source
from quotex.text import Span

#: What joins a cue to a quotation before it in the same sentence: "“…,” | but | said"
#: (then up to two auxiliaries, :func:`~quotex.rules.boundaries.auxiliary_run`).
AFTER_QUOTATION: Final = compile_rule(r"[\s,.]{0,4} (?: and | but ) ${sp}{1,3}")

#: The last coordinator before a cue with no subject of its own: "…, not on the dam, | and | said".
LAST_COORDINATOR: Final = compile_rule(r"(?: , ${sp}{0,3} | ${sp}{1,3} ) (?: and | but ) ${sp}{1,3}", regex.REVERSE)


def _past_spaces(text: str, pos: int) -> int:
    """Where the spaces at ``pos`` end (no comma or dash: "said Kirby, “…”" goes on with the quotation)."""
    while pos < len(text) and text[pos] in " \t\u00a0":
        pos += 1
    return pos


class English(Grammar):
    """English's readings (see the module's docstring)."""

    according_trails_clause = True

    # -- a direct quotation's attribution

    def per_source(self, text: str, q: QuotedSpan, reach: int) -> regex.Match[str] | None:
        return per_source(text, q, reach)

    def noun_participle(self, doc: Document, lo: int, cue: Span) -> bool:
        return noun_participle(doc, lo, cue)

    def pronoun_before_aside(self, text: str, lo: int, end: int) -> Mention | None:
        return pronoun_before_aside(text, lo, end)

    def phrase_noun(self, text: str, before: int, cue: Span) -> bool:
        return phrase_noun(text, before, cue)

    def closes_relative(self, doc: Document, q: QuotedSpan) -> bool:
        return _relative_before_quotation(doc, q) is not None

    def speaker_after_inverted_cue(
        self, doc: Document, cue_start: int, cue_end: int, mention: Mention | None, until: int
    ) -> Mention | None:
        # "…, said a handful of parents who …": a share of a group, which the mention reader does not read after a cue
        if mention is None:
            return share_after(doc.text, cue_end, until)
        text = doc.text
        after = _past_spaces(text, mention.end)
        if doc.quote_opens_at(_past_spaces(text, after + 3) if text.startswith("as ", after) else after):
            return None  # '“…,” described the delay as “…”': the verb's object, which a quotation describes; no inverted speaker
        if mention.pronoun is not None and after > mention.end and text[after : after + 1].islower():
            return None  # '“…,” said she doubts …': the subject of the clause the cue reports, no inverted speaker
        return mention

    # -- a quotation's speaker with no cue of its own

    def colon_speaker(self, doc: Document, colon: int, q: QuotedSpan) -> Mention | None:
        return acting_name(doc, colon, q) or source_phrase(doc, colon, q) or possessed_answer(doc, colon, q) or named_object(doc, colon, q)

    def viewpoint_holder(self, doc: Document, lo: int, q: QuotedSpan) -> tuple[Mention, Span] | None:
        return viewpoint_holder(doc, lo, q)

    def characterised_speaker(self, doc: Document, lo: int, q: QuotedSpan) -> tuple[Mention, Span] | None:
        return characterised_as(doc, lo, q)

    def goes_on_after_dash(self, doc: Document, q: QuotedSpan) -> bool:
        return goes_on_after_dash(doc, q)

    def after_opening_conjunction(self, doc: Document, q: QuotedSpan) -> bool:
        return after_opening_conjunction(doc, q)

    def coordinated_absolute(self, doc: Document, lo: int, cue: Span) -> Mention | None:
        return coordinated_absolute(doc, lo, cue)

    def participle_after_clause(self, doc: Document, lo: int, cue: Span) -> Mention | None:
        return participle_after_clause(doc, lo, cue)

    def coordinated_in_clause(self, doc: Document, lo: int, cue: Span) -> Mention | None:
        return coordinated_in_clause(doc, lo, cue)

    def goes_on_quoting(self, doc: Document, q: QuotedSpan) -> bool:
        return goes_on_quoting(doc, q)

    # -- a cue's speaker read backwards from the cue

    def subject_before_cue(self, doc: Document, sent: Span, cue: Span) -> Mention | None:
        # "Yin Ma, 60, a nurse, said …", "The mayor, still stinging over it, said"
        return (
            set_off_subject(doc, cue.start)
            or relative_speaker(doc, sent.start, cue.start)  # "ammunition to Republicans who say …"
            or postmodified_subject(doc, sent.start, cue.start)  # "the cities of Leeds and York said"
            or inner_relative_subject(doc, sent.start, cue.start)  # "the growers we visited said"
        )

    def relative_before_cue(self, doc: Document, sent: Span, cue: Span, subject: Mention | None) -> Mention | None:
        who = _relative_before(doc, sent.start, cue.start)
        if who is not None and (subject is None or subject.end < who.start - 2 and subject.pronoun != "who"):
            # "…a gadfly and landlord who has long vowed to …": the relative pronoun stands for its
            # antecedent, not the sentence's subject farther back
            return Mention("who", who.start, who.end, "person", "who", None, None, "who")
        return subject

    def participle_subject(self, doc: Document, sent: Span, cue: Span, word: str, subject: Mention | None) -> Mention | None:
        return noun_before_participle(doc, sent, cue, subject) if word.endswith("ing") else None

    def subject_across_quotation(self, doc: Document, sent: Span, cue: Span, word: str) -> Mention | None:
        return _subject_across_quotation(doc, sent, cue, word)

    def restricted_phrase(self, doc: Document, sent: Span, mention: Mention, word: str) -> Mention:
        if mention.text.lower() == "that" and not word.endswith("ing"):
            # "a splinter faction that has vowed …", "the report that suggested …": a restrictive "that" is read as
            # the phrase it restricts, which names the source
            return mention_before(doc.text, sent.start, mention.start) or mention
        return mention

    def no_speaker(self, doc: Document, sent: Span, mention: Mention, cue: Span, word: str) -> bool:
        text = doc.text
        if verb_with_object(text, mention) and zero_relative(doc, sent, mention, cue.start) is None:
            # "…and pushed clubs to cut costs and | to say …": a verb and its object, no subject; but "a probe the
            # agency | said was …" is a noun and a relative clause with no relative word
            return True
        # "a prayer for | the nominee | but did not suggest …": an object, the subject is farther back;
        # "It means admitting that …", "One reason critics say …": no one speaks;
        # "The contrast with the mayor | said …", "a look at the ledgers | suggests": what happened, no speaker;
        # "Having promised to cut fares, the mayor…": a perfect participle opens the sentence, no speaker
        return (
            preposition_object(text, mention, cue.start, word)
            or dummy_subject(text, mention)
            or event_head(mention)
            or mention.text == "Having"
        )

    # -- what a cue reports, read forwards

    def headline_report(self, doc: Document, sent: Span) -> tuple[Span, Mention, Span] | None:
        return headline_speech(doc, sent)

    def past_dateline(self, text: str, sent: Span) -> Span:
        return past_dateline(text, sent)

    def opening_report(self, doc: Document, sent: Span) -> tuple[Span, Mention, Span, int | None] | None:
        text = doc.text
        if text.startswith("Asked", sent.start) and (asked := agent_report(doc, sent, Span(sent.start, sent.start + 5))):
            # "Asked by host Tom Reyes whether …, Lopez smiled": the capitalised participle is no cue word of the table
            content, agent, read_on = asked
            return content, agent, cue_span(text, sent.start, sent.start + 5), read_on
        opening = opening_participle(doc, sent)
        if opening is not None:
            # "Noting that turnout was low, Ruiz said …": the participle's clause, then the sentence's own
            return opening.content, opening.speaker, opening.cue, opening.main_clause
        return None

    def according_source(self, doc: Document, start: int, end: int, closed: bool) -> Mention | None:
        return named_source(doc.text, start, end, closed=closed)

    def after_mid_source(
        self, text: str, sent: Span, lead: str, before: Span | None, after: Span, apposition: bool
    ) -> tuple[Span | None, bool]:
        return after_mid_source(text, sent, lead, before, after, apposition)

    def count_opens(self, words: list[str]) -> bool:
        return count_opens(words)

    def clause_after_setting(self, doc: Document, sent: Span, cue: Span, word: str, pos: int, object_speech: bool) -> int:
        return clause_after_setting(doc, sent, cue, word, pos, object_speech)

    def relative_after_setting(self, text: str, pos: int, start: int, end: int) -> int:
        return relative_after_setting(text, pos, start, end)

    def opening_phrase_only(self, text: str, content: Span, quoted: bool) -> bool:
        return quoted and opening_phrase_only(text, content) or openers_only(text, content)

    def object_labelled(self, text: str, lemma: str | None, end: int, sent_end: int) -> bool:
        return labels_object(text, lemma, end, sent_end)

    def passive_report(self, doc: Document, sent: Span, cue: Span) -> tuple[Span, Mention, int | None] | None:
        # "When asked by a reporter whether …, Ruiz said", "As reported by the Gazette, the pier …": the agent speaks
        return agent_report(doc, sent, cue)

    def floating_quantifier_before(self, doc: Document, sent: Span, cue: Span) -> bool:
        return floating_quantifier(tokenize(doc.text, max(sent.start, cue.start - 60), cue.start))

    def spoken_to(self, text: str, lo: int, start: int, end: int) -> bool:
        return passive_cue(text, lo, start, end)

    def object_comma(self, text: str, comma: int, end: int) -> int:
        # "asked Kim, who leads, to …, | …"; "accused the treasurer, Lena Marsh, of …": past an aside and a name
        return object_comma(text, comma_past_aside(text, comma, end), end)

    def clause_extent(
        self, doc: Document, sent: Span, cue: Span, mention: Mention, pos: int, content_end: int, object_speech: bool
    ) -> tuple[int, int | None]:
        return clause_extent(doc, sent, cue, mention, pos, content_end, object_speech)

    def object_content(self, text: str, content: Span, min_words: int) -> Span:
        return object_only(text, content, min_words)

    def leads_to_example(self, text: str, content: Span, sent_end: int) -> bool:
        return leads_to_example(text, content, sent_end)

    def reports_no_words(self, lemma: str | None, words: list[str]) -> bool:
        return wants_that(lemma, words) or time_clause_only(lemma, words)

    def closes_subordinate(self, doc: Document, lo: int, cue: Span) -> bool:
        return closed_subordinate(doc, lo, cue)

    def opens_phrase(self, word: str) -> bool:
        return word in PHRASE_OPENERS

    def opened_clause(
        self, doc: Document, cue: Span, word_end: int, pos: int, content: Span, words: list[str], first: str
    ) -> tuple[bool, bool]:
        return opened_clause(doc, cue, word_end, content, words, first)

    def short_answer(self, text: str, content: Span) -> Span | None:
        return short_answer(text, content.start, content.end)

    def verb_opens_report(self, text: str, sent: Span, mention: Mention, first: str, object_speech: bool) -> bool:
        return first in FINITE_AUXILIARIES and not object_speech and not extracted(text, sent.start, mention.start)

    def relative_clause_report(
        self, doc: Document, sent: Span, mention: Mention, cue_start: int, content: Span
    ) -> tuple[Span, Mention] | None:
        zero = zero_relative(doc, sent, mention, cue_start)
        if zero is None:
            return None
        head, subject = zero
        return strip_content(doc.text, head, relative_end(doc.text, sent, head, content)), subject

    def reported_object(
        self, text: str, word: str, lemma: str | None, bare: bool, content: Span, first: str, clause_free: bool, min_words: int
    ) -> Span | None:
        return reported_object(text, word, lemma, bare, content, first, clause_free, min_words)

    def second_cue(self, doc: Document, content: Span) -> Coordinated | None:
        return coordinated_cue(doc, content.start, content.end)

    def set_off_relative(self, text: str, lo: int, subject_start: int) -> int | None:
        return set_off_relative(text, lo, subject_start)


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
    if (subject := _subject_before_relative(doc, sent, cue)) is not None:
        return subject
    if _coordinated_after_quotation(doc, sent, cue):
        # 'She blamed the flood on a “freak storm,” not on the dam, and said it …': a verb coordinated
        # with the sentence's own, after the quotation, shares its subject
        return clause_subject(doc, doc.sentence_at(sent.start).start, cue.start)
    return None


#: A relative clause set off after the sentence's subject, up to the quotation that ends it:
#: "Dunmore|, who calls Pell a “|menace,” said …" (no clause punctuation inside).
RELATIVE_TO_QUOTATION: Final = compile_rule(r", ${sp}{1,3} (?: who | which ) ${sp}{1,3} [^,;:.!?()\n]{1,120} \Z")


def _relative_before_quotation(doc: Document, q: QuotedSpan) -> int | None:
    """The comma that opens a relative clause set off after the sentence's
    subject which quotation ``q`` closes, a comma inside its closing mark
    ('Dunmore|, who calls Pell a “menace,” said …'), or None."""
    text = doc.text
    if q.close is None or text[q.open : q.outer_end].rstrip()[-2:-1] != ",":
        return None  # the comma inside the closing mark ends the relative clause
    whole = doc.sentence_at(q.open)
    relative = RELATIVE_TO_QUOTATION.search(text, whole.start, q.open)
    return relative.start() if relative is not None and relative.start() > whole.start else None


def _subject_before_relative(doc: Document, sent: Span, cue: Span) -> Mention | None:
    """The subject of the sentence, for a cue right after a quotation that
    closes a relative clause set off after that subject ('Dunmore, who calls
    Pell a “menace,” | said he …'): the quotation is the relative clause's,
    the cue the main clause's."""
    text = doc.text
    if text[sent.start : cue.start].strip(" \t\u00a0") or not doc.inside_quote(sent.start - 1):
        return None
    comma = _relative_before_quotation(doc, doc.quote_at(sent.start - 1))
    return None if comma is None else mention_before(text, doc.sentence_at(sent.start).start, comma)


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


GRAMMARS["en"] = English()
