"""Subjects of reported speech that the mention readers leave unread: a
speaker's noun phrase with a postmodifier between it and the cue.

- a prepositional phrase: "the cities of Leeds and York | said", "Backers
  of a new pier here | say", "Some in the harbor crowd | argue";
- a relative clause: "The officials whose rules were struck down | say";
- a phrase set off by commas or dashes that adds members or a gloss: "the
  board's newest members, like Ruiz and Kent, | say", "A spokesman for the
  brand - a small business - | noted".

The head phrase must open its clause (the subject :func:`clause_subject`
reads, up to the postmodifier) and name a speaker; a prepositional
postmodifier holds no finite verb (then the words are a predicate: "The
mayor toured the docks in May and | said" is read elsewhere).  English only:
the words are the pack's.
"""

from __future__ import annotations

from typing import Final

from quotex.lang import current
from quotex.rules.boundaries import FINITE_AUXILIARIES
from quotex.rules.clauses import clause_subject, ends_in_name
from quotex.rules.document import Document
from quotex.speakers import Mention, tokenize

#: Words that open a postmodifier after a speaker's noun phrase.
PREPOSITIONAL: Final = frozenset("of in from at across on for within among around throughout".split())
RELATIVE: Final = frozenset({"who", "whose", "whom"})
#: Words that open a phrase set off by commas after the subject: "…, like Ruiz and Kent, | say".
SET_OFF_OPENERS: Final = frozenset("like including especially notably among".split())
#: Dashes that set off a gloss after the subject, the spaced hyphen of wire copy included.
DASHES: Final = frozenset({"-", "--", "\N{EM DASH}", "\N{EN DASH}"})
#: Punctuation a postmodifier may hold: an abbreviation's period, quotation marks ("the “Save the Pier” crowd").
QUOTE_MARKS: Final = frozenset(
    ".'\"\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}\N{LEFT SINGLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK}"
)
#: The kinds of mention that may speak.
SPEAKING_KINDS: Final = frozenset({"person", "group", "anonymous", "organization"})
#: How far back from the cue the subject may start, in characters.
REACH: Final = 200


def postmodified_subject(doc: Document, lo: int, cue_start: int) -> Mention | None:
    """The speaker's noun phrase before a postmodifier that runs up to the
    cue ("the cities of Leeds and York | said"), or None."""
    text = doc.text
    toks = tokenize(text, max(lo, cue_start - REACH), cue_start)
    if len(toks) < 3:
        return None
    start = toks[0].start
    if toks[-1].text in DASHES or toks[-1].text == ",":
        # "A spokesman for the brand - a small business - | noted", "the newest members, like Ruiz, | say"
        mark = toks[-1].text
        for i in range(len(toks) - 2, 0, -1):
            if toks[i].text == mark or mark in DASHES and toks[i].text in DASHES:
                inner = toks[i + 1 : -1]
                if not inner or mark == "," and inner[0].low not in SET_OFF_OPENERS:
                    return None
                return _head(doc, start, toks[i].start) or postmodified_subject(doc, lo, toks[i].start)
            if toks[i].punct and toks[i].text not in (".", "'"):
                return None
        return None
    for i, tok in enumerate(toks[1:], 1):
        if tok.punct and tok.text not in (".", "'") or tok.cap:
            continue
        if tok.low in RELATIVE or tok.low in PREPOSITIONAL:
            rest = toks[i + 1 :]
            if any(t.punct and t.text not in QUOTE_MARKS for t in rest):
                return None  # the postmodifier runs to the cue with no punctuation
            if tok.low in PREPOSITIONAL and any(t.low in FINITE_AUXILIARIES or t.low in current().SPEECH_FORMS for t in rest):
                return None  # "The mayor met voters in Leeds and | said": a predicate, not a postmodifier
            return _head(doc, start, tok.start)
    return None


def _head(doc: Document, start: int, end: int) -> Mention | None:
    """The speaker phrase that fills ``text[start:end]`` as its clause's subject."""
    mention = clause_subject(doc, start, end)
    if mention is None or mention.kind not in SPEAKING_KINDS or mention.pronoun is not None:
        return None
    if doc.text[mention.end : end].strip():
        return None  # the phrase ends right before the postmodifier
    last = doc.text[mention.start : mention.end].split()[-1].lower()
    if mention.kind == "person" and not ends_in_name(doc, mention) and last not in current().PEOPLE_HEADS:
        return None  # "The delegate lead for Ruiz | continues": a thing, not a person
    return mention
