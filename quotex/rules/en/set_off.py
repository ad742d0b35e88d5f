"""The speaker of reported speech whose subject is set off from its cue by a
phrase between commas or dashes, read by :func:`set_off_subject` in two ways.

A mention that names someone before a phrase set off by commas: "Yin Ma, 60,
a nurse, | said …", "Tom Berg, who rarely votes, | said …", "The mayor's
office, when reached by phone, | said …" (the words right before the cue
name nobody).

A common noun phrase: "The mayor, still stinging over the vote, | said …",
"Officials briefed on the talks, speaking on condition of anonymity, | said
…", "A spokesman for the brand - a small business - | noted …", "Kim Byrne —
who ran the port for years — | says …".  The mention readers leave a noun
phrase before a comma unread unless it ends in a name, since it may be an
opening phrase ("In the city, …"); here the phrase must open its clause, name people by its head (a person's noun, a
name, or a group), and reach the comma or dash itself or with a participle or
prepositional postmodifier ("veterans | interviewed at rallies", "pages |
across the country").  The set-off words hold no attribution of their own
("The plan, officials said, | …") unless they are a relative clause, whose
report is its own ("Ruiz, who has said he would run, | said …").  English
only: the words are the pack's.
"""

from __future__ import annotations

from typing import Final

import regex

from quotex.lang import current
from quotex.lang.en.clauses import FINITE_AUXILIARIES
from quotex.rules.base import on_first_use
from quotex.rules.clauses import clause_subject, ends_in_name
from quotex.rules.document import Document
from quotex.rules.en.subjects import PREPOSITIONAL, noun_head
from quotex.speakers import Mention, tokenize

#: Dashes that set off a phrase, the spaced hyphen of wire copy included.
DASH_MARKS: Final = ("\N{EM DASH}", "\N{EN DASH}", "--", " - ")
#: A comma or dash right before a cue, a closing quotation mark and up to two
#: auxiliaries or adverbs between: "…, | said", "…,” | said", "… - | has also said".
SET_OFF_TAIL: Final = on_first_use(
    r"""
    (?P<mark> , | \N{EM DASH} | \N{EN DASH} | -- | [ ]- )
    [\N{RIGHT DOUBLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK}"']{0,2} [ \t\u00a0]{1,3}
    (?P<aux> (?: [\p{Ll}'\N{RIGHT SINGLE QUOTATION MARK}]{2,15} [ \t\u00a0]{1,3} ){0,2} ) \Z
    """,
    regex.VERBOSE,
)
#: How far back from the cue the subject may start, in characters.
REACH: Final = 240
#: How many commas a set-off phrase may hold besides its own: "The board, which met in May, in Leeds, | said".
INNER_COMMAS: Final = 2
#: Words that may open a sentence before its subject and are no part of it: "But | the mayor, …".
LEAD_WORDS: Final = frozenset("but and yet so still".split())
#: Relative pronouns that open a set-off clause whose own report is no attribution of the cue's.
RELATIVES: Final = frozenset({"who", "whose", "which"})
#: Quotation marks a set-off phrase may hold: "a business pitched as “the place for workers”".
QUOTE_MARKS: Final = frozenset(
    "'\"\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}\N{LEFT SINGLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK}"
)


def set_off_subject(doc: Document, cue_start: int) -> Mention | None:
    """The subject before a phrase set off by commas or dashes that runs up
    to the cue at ``cue_start``: a mention that names someone, else a
    common noun phrase headed by people; or None."""
    L = current()
    text = doc.text
    near = text[max(0, cue_start - 40) : cue_start]
    if "," not in near and "-" not in near and "\N{EM DASH}" not in near and "\N{EN DASH}" not in near:
        return None  # no mark that could close a set-off phrase: most cues, without the pattern
    whole = doc.sentence_at(cue_start)
    tail = SET_OFF_TAIL.search(text, max(whole.start, cue_start - 40), cue_start)
    if tail is None:
        return None  # no comma or dash right before the cue: most cues, without tokens
    if any(w not in L.AUXILIARIES for w in tail.group("aux").split()):
        return None  # "…, and the mayor | said": words of a clause of its own before the cue
    lo = max(whole.start, cue_start - REACH)
    named = _named_subject(doc, lo, cue_start) if tail.group("mark") == "," else None
    return named or _common_head(doc, lo, cue_start, tail)


def _named_subject(doc: Document, lo: int, cue_start: int) -> Mention | None:
    """The mention the clause reader finds after ``lo``, when a phrase set
    off by commas stands between it and the cue, not a predicate."""
    mention = clause_subject(doc, lo, cue_start)
    if mention is None or mention.end >= cue_start:
        return None
    gap = doc.text[mention.end : cue_start]
    if not gap.lstrip(" \N{RIGHT SINGLE QUOTATION MARK}'s").startswith(",") or ";" in gap:
        return None  # "Ruiz criticized the plan, | said": a predicate in between, not a set-off phrase
    segments = (part.split()[:1] for part in gap.split(",")[1:])
    if any(first and first[0].lower() in FINITE_AUXILIARIES for first in segments):
        return None  # "The city, a port, has suffered floods, often | blamed on …": the subject's own predicate
    return mention


def _common_head(doc: Document, lo: int, cue_start: int, tail: regex.Match[str]) -> Mention | None:
    """The common-noun subject that opens the clause after ``lo``, before
    the set-off phrase that ``tail`` closes right before the cue."""
    L = current()
    text = doc.text
    start = _skip_lead(text, lo, cue_start)
    close = tail.start("mark")
    mark = tail.group("mark")
    opening = _opening(text, start, close, mark)
    if opening is None:
        return None
    inner = text[opening + len(mark) : close]
    words = [t for t in tokenize(text, opening + len(mark), close) if t.text not in QUOTE_MARKS]
    if not words or ";" in inner or "(" in inner or inner.count(",") > (INNER_COMMAS if mark == "," else 0):
        return None
    if text[cue_start : cue_start + 20].split(None, 1)[0].endswith("ing") and words[0].low != "who":
        return None  # "…, which Ruiz called a disgrace, | blaming …": a participle hangs on the nearer subject
    if words[0].low not in RELATIVES:
        if any(t.low in L.CUE_WORDS and not t.low.endswith("ing") or t.low in L.SUBJECT_PRONOUNS for t in words):
            return None  # "The plan, officials said, | …", "The mayor, she said, | …": an attribution of its own
        if words[0].low in FINITE_AUXILIARIES or any(
            part.split()[:1] and part.split()[0].lower() in FINITE_AUXILIARIES for part in inner.split(",")
        ):
            return None  # "The mayor, a Green, is | …": the subject's own predicate
    mention = noun_head(doc, start, opening) or _postmodified_head(doc, start, opening)
    if mention is None or mention.start != start or mention.kind not in ("person", "group"):
        return None
    last = text[mention.start : mention.end].split()[-1].lower().rstrip(".")
    if mention.kind == "person" and last not in L.PEOPLE_HEADS and not ends_in_name(doc, mention):
        return None  # "The delegate lead, by then, | …": a thing, not a person
    return mention


def _opening(text: str, start: int, close: int, mark: str) -> int | None:
    """Where the set-off phrase closed at ``close`` opens: the first comma after the subject, or the dash
    before ``close`` of the same kind."""
    if mark == ",":
        opening = text.find(",", start, close)
    else:
        opening = text.rfind(mark, start, close)
        if opening >= 0 and any(d in text[start:opening] for d in DASH_MARKS):
            return None  # an earlier dash: a list or an aside the subject is part of
    return opening if opening > start else None


def _postmodified_head(doc: Document, start: int, end: int) -> Mention | None:
    """The head of a subject with a participle or prepositional phrase after
    it up to ``end``: "numerous veterans | interviewed at rallies this week",
    "Editorial pages | across the country" (no finite verb, no cue, no
    punctuation in the postmodifier)."""
    mention = clause_subject(doc, start, end)
    if mention is None or mention.start != start or mention.end >= end:
        return None
    rest = tokenize(doc.text, mention.end, end)
    if not rest or rest[0].cap or rest[0].low in FINITE_AUXILIARIES:
        return None
    if not (rest[0].low.endswith("ed") or rest[0].low in PREPOSITIONAL):
        return None
    if any(t.punct and t.text not in (".", "'") or t.low in FINITE_AUXILIARIES or t.low in current().CUE_WORDS for t in rest):
        return None
    return noun_head(doc, start, mention.end)


def _skip_lead(text: str, lo: int, end: int) -> int:
    """Past the space and a coordinator that open a clause: "But | the mayor, …"."""
    pos = lo
    while pos < end and text[pos].isspace():
        pos += 1
    first = text[pos : pos + 6].split(None, 1)[:1]
    if first and first[0].lower() in LEAD_WORDS:
        pos += len(first[0])
        while pos < end and text[pos].isspace():
            pos += 1
    return pos
