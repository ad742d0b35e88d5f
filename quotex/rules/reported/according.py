"""Reported speech with a source named by "according to": 'According to
Kirby, CLAUSE', 'CLAUSE, according to Kirby.', 'CLAUSE. That's according to Kirby.'
"""

from __future__ import annotations

from typing import Final

from quotex.lang import current
from quotex.rules.base import Rule
from quotex.rules.content import CLOSING_DOUBLE_MARKS, CONTENT_BAD_START, MIN_CONTENT_WORDS, strip_content
from quotex.rules.document import Attribution, Document, word_count
from quotex.rules.finite_verbs import is_clause
from quotex.rules.words import (
    is_according,
)
from quotex.speakers import classify, mention_after, mention_before, tokenize
from quotex.text import Span

#: Words that open an apposition or relative clause on a source rather than a clause:
#: "…, according to a complaint filed by Ines Kowal, a former city treasurer."
APPOSITION_OPENERS: Final = frozenset({"a", "an", "who", "which", "whose"})
#: Words that open no clause of the source's own after a mid-sentence "according to X,": a
#: preposition ("…, including one from Monmouth"), a subordinate clause on the words before it
#: ("…, although few of them won", "…, where 475 seats are at stake").
TAIL_OPENERS: Final = frozenset("including excluding although though whereas where".split())


#: The fewest words of a clause that an according-to phrase follows with no comma: "Ruiz leads by 271
#: delegates | according to a count".
TRAILING_CLAUSE_WORDS: Final = 4


def rule_indirect_according_to(doc: Document, sent: Span, cue: Span) -> list[tuple[Span, Attribution]]:
    """ "According to X, CLAUSE." / "CLAUSE, according to X." / "CLAUSE, according
    to X, CLAUSE." (both sides, as two quotes), and the language's forms that
    follow the source or need no comma (its ``POSTPOSITIONS`` and ``COMMALESS``)."""
    L = current()
    text = doc.text
    word = " ".join(text[cue.start : cue.end].lower().split())
    comma = text.find(",", cue.end, sent.end)
    while comma > 0 and doc.inside_quote(comma):
        if text[comma + 1 : comma + 2] in CLOSING_DOUBLE_MARKS:
            comma += 1  # 'a report in the “Daily News,” the mayor…': the comma sits inside the closing mark
            break
        comma = text.find(",", comma + 1, sent.end)
    if word in L.POSTPOSITIONS:
        # a postposition: the source comes first, the clause after it
        mention = mention_before(text, sent.start, cue.start) or doc.grammar.according_source(doc, sent.start, cue.start, False)
        if mention is None:
            return []
        if text[sent.start : mention.start].strip():
            # the source inside the clause: the clause is the content, around it
            whole = strip_content(text, sent.start, sent.end)
            return [(whole, Attribution(mention, cue, INDIRECT_ACCORDING_TO))] if word_count(text[whole.start : whole.end]) > 4 else []
        after = strip_content(text, cue.end, sent.end)
        if word_count(text[after.start : after.end]) < MIN_CONTENT_WORDS:
            return []
        return [(after, Attribution(mention, cue, INDIRECT_ACCORDING_TO))]
    lead = text[sent.start : cue.start].rstrip()
    if " ".join(lead.lower().split()) in L.BACKWARD_FRAMES:
        return _backward(doc, sent, cue)
    if L.OWN_SOURCE_WORDS.intersection(word.split()):
        # "by its own account": the clause's subject is the source, the clause the content
        subject = mention_before(text, sent.start, cue.start) if lead and not lead.endswith(",") else None
        if subject is not None or lead:
            whole = strip_content(text, sent.start, sent.end)
            return [] if subject is None else [(whole, Attribution(subject, cue, INDIRECT_ACCORDING_TO))]
        # opening the sentence ("Nach eigenen Angaben hat X …"): the phrase names its source itself, below
    # a comma bounds the source: after it ("According to X, | CLAUSE") or before the phrase ("CLAUSE, according to X.")
    bound = comma if comma > 0 else sent.end
    mention = mention_after(text, cue.end, bound) or doc.grammar.according_source(doc, cue.end, bound, comma > 0 or lead.endswith(","))
    # a phrase that names its source itself ("nach Polizeiangaben", "nach ersten Schätzungen")
    named = len(word.split()) > 1 and word not in L.ACCORDING_TO_BARE
    if mention is not None and named and word.split(" ", 1)[0] in L.COMMALESS and not _names_source_after(text, cue.end):
        mention = None  # a phrase that names its source itself: not the clause's subject after it
    if mention is None and named and word.split(" ", 1)[0] in L.COMMALESS:
        # the source is the phrase's own adjective: "nach palästinensischen Angaben CLAUSE"
        mention = classify(text, tokenize(text, cue.start + len(word.split(" ", 1)[0]), cue.end))
        if mention is not None and not lead:
            whole = strip_content(text, cue.end, sent.end)
            enough = word_count(text[whole.start : whole.end]) >= MIN_CONTENT_WORDS
            return [(whole, Attribution(mention, cue, INDIRECT_ACCORDING_TO))] if enough else []
    if mention is None:
        return []
    if word in L.TRAILING_SOURCE_WORDS:
        # a word that names the source after the clause only: "CLAUSE, so X."
        before = strip_content(text, sent.start, cue.start)
        rest = text[mention.end : sent.end].strip(" .)\u00a0")
        if not lead.endswith(",") or rest or word_count(text[before.start : before.end]) < MIN_CONTENT_WORDS:
            return []
        return [(before, Attribution(mention, cue, INDIRECT_ACCORDING_TO))]
    commaless = word.split(" ", 1)[0] in L.COMMALESS
    if commaless and lead and not lead.endswith(",") and (comma < 0 or text[mention.end : comma].strip()):
        # the source inside the clause, with no commas around it: the clause around it is the content
        whole = strip_content(text, sent.start, sent.end)
        return [(whole, Attribution(mention, cue, INDIRECT_ACCORDING_TO))]
    no_comma = commaless and (comma < 0 or bool(text[mention.end : comma].strip()))  # no comma between the source and the clause
    after_start = mention.end if no_comma else (comma + 1 if comma > 0 else sent.end)
    attribution = Attribution(mention, cue, INDIRECT_ACCORDING_TO)
    sides = []
    before = strip_content(text, sent.start, cue.start)
    words = text[before.start : before.end].split()
    # "But according to…" opens its clause; "CLAUSE, according to X" follows its own, and so at the end of the
    # sentence does "CLAUSE — according to X." or "CLAUSE according to X." (a clause of four words or more)
    final = doc.grammar.according_trails_clause and comma < 0
    dashed = final and lead.endswith(("\N{EM DASH}", "\N{EN DASH}", "--"))
    bare = final and len(words) >= TRAILING_CLAUSE_WORDS and is_clause(text, before.start, before.end)
    opener = not lead.endswith(",") and not dashed and not bare
    if dashed:
        before = strip_content(text, sent.start, sent.start + len(lead.rstrip("-\N{EM DASH}\N{EN DASH}").rstrip()))
    if len(words) >= MIN_CONTENT_WORDS and not opener:
        sides.append(before)
    after = strip_content(text, after_start, sent.end)
    words = text[after.start : after.end].split()
    apposition = bool(sides) and bool(words) and words[0].lower() in APPOSITION_OPENERS  # "…, according to X, a former minister."
    if words and text[doc.sentence_at(sent.start).start : cue.start].strip(" \t\u00a0"):
        # the phrase follows words of its sentence (a clause read on its own before it)
        whole, apposition = doc.grammar.after_mid_source(text, sent, lead, before if sides else None, after, apposition)
        if whole is not None:
            return [(whole, attribution)]
    bad_start = words and (words[0].lower() in CONTENT_BAD_START or words[0].lower() in L.CONTENT_BAD_START)
    if bad_start and len(words) > 2 and doc.grammar.count_opens(words[1:3]):
        bad_start = False  # "According to the bank, about 12 percent of …": a quantity opens the clause
    if len(words) >= MIN_CONTENT_WORDS and not bad_start and not apposition:
        sides.append(after)
    return [(side, attribution) for side in sides]


def _backward(doc: Document, sent: Span, cue: Span) -> list[tuple[Span, Attribution]]:
    """ "That's according to X" after a sentence with no quotation and no cue
    of its own: that sentence is X's (the sentence before, across a paragraph
    break too)."""
    L = current()
    text = doc.text
    whole = doc.sentence_at(sent.start)
    if whole.start == 0:
        return []
    prev = doc.sentence_at(whole.start - 1)
    if doc.quote_opens_in(prev.start, prev.end) or doc.inside_quote(prev.start):
        return []
    if any(word in L.SPEECH_FORMS or is_according(word) for _, _, word in doc.cue_words(prev.start, prev.end)):
        return []  # the sentence before has a report of its own
    mention = mention_after(text, cue.end, sent.end)
    content = strip_content(text, prev.start, prev.end)
    if mention is None or word_count(text[content.start : content.end]) < MIN_CONTENT_WORDS:
        return []
    return [(content, Attribution(mention, cue, INDIRECT_ACCORDING_TO))]


def _names_source_after(text: str, pos: int) -> bool:
    """Does a genitive or "of" phrase right after an according-to phrase name
    its source ("by first accounts of the police", word for word)?"""
    L = current()
    first = text[pos : pos + 40].split(None, 1)[:1]
    return bool(first) and (first[0] in L.GENITIVE_ARTICLES or first[0] in L.NAME_PREPOSITIONS)


INDIRECT_ACCORDING_TO: Final = Rule(
    name="indirect_according_to",
    description="According to Kirby, the plan… / The plan…, according to Kirby. / The plan… That's according to Kirby.",
    family="reported",
    handler=rule_indirect_according_to,
)
