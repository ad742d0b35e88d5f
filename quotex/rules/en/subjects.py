"""Speakers of reported speech that the mention readers leave unread: a
subject's noun phrase with a postmodifier between it and the cue, and the
agent of a passive cue (:func:`agent_report`).

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

import regex

from quotex.lang import current
from quotex.lang.en.clauses import FINITE_AUXILIARIES
from quotex.rules.base import on_first_use
from quotex.rules.clauses import clause_subject, ends_in_name
from quotex.rules.content import strip_content
from quotex.rules.document import Document, word_count
from quotex.rules.finite_verbs import is_clause
from quotex.speakers import Mention, mention_after, tokenize
from quotex.speakers.subjects import subject_phrase
from quotex.text import Span

#: Words that open a postmodifier after a speaker's noun phrase.
PREPOSITIONAL: Final = frozenset("of in from at across on for within among around throughout".split())
RELATIVE: Final = frozenset({"who", "whose", "whom"})
#: Words that open a phrase set off by commas after the subject: "…, like Ruiz and Kent, | say".
SET_OFF_OPENERS: Final = frozenset("like including especially notably among".split())
#: Words that open an adverbial clause set off by commas between the subject and the cue:
#: "Vantor's office, when reached by the Courier, | said", "Ruiz, asked about the fees, | said".
SET_OFF_ADVERBIALS: Final = frozenset("when while after asked reached contacted pressed".split())
#: Dashes that set off a gloss after the subject, the spaced hyphen of wire copy included.
DASHES: Final = frozenset({"-", "--", "\N{EM DASH}", "\N{EN DASH}"})
#: Punctuation a postmodifier may hold: an abbreviation's period, quotation marks ("the “Save the Pier” crowd").
QUOTE_MARKS: Final = frozenset(
    ".'\"\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}\N{LEFT SINGLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK}"
)
#: Adverbs that may stand before a subject and are no part of it: "Even the hawks, like Ruiz, | say".
FOCUS_ADVERBS: Final = frozenset("even only".split())
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
                if not inner or mark == "," and inner[0].low not in SET_OFF_OPENERS | SET_OFF_ADVERBIALS:
                    return None
                return noun_head(doc, start, toks[i].start) or postmodified_subject(doc, lo, toks[i].start)
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
            return noun_head(doc, start, tok.start)
    return None


def noun_head(doc: Document, start: int, end: int) -> Mention | None:
    """The speaker phrase that fills ``text[start:end]`` as its clause's subject."""
    first = tokenize(doc.text, start, min(end, start + 12))[:1]
    if first and first[0].low in FOCUS_ADVERBS:
        start = first[0].end  # "Even the board's hawks, like Ruiz, | say": the adverb is no part of the subject
        while start < end and doc.text[start].isspace():
            start += 1
    mention = clause_subject(doc, start, end)
    if mention is None:
        # "The board's hawks, like Ruiz, | say": a plural after a determiner is a subject by its grammar
        mention = subject_phrase(doc.text, start, end)
        if mention is not None and mention.start != start and not _opening_phrase(doc.text, start, mention.start):
            mention = None
    if mention is None or mention.kind not in SPEAKING_KINDS or mention.pronoun is not None:
        return None
    if doc.text[mention.end : end].strip():
        return None  # the phrase ends right before the postmodifier
    last = doc.text[mention.start : mention.end].split()[-1].lower()
    if mention.kind == "person" and not ends_in_name(doc, mention) and last not in current().PEOPLE_HEADS:
        return None  # "The delegate lead for Ruiz | continues": a thing, not a person
    return mention


def _opening_phrase(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a prepositional phrase that opens the sentence
    and ends in its comma ("In a joint letter, | the towns of Ely and Ware
    said"), so that the subject starts after it?"""
    toks = tokenize(text, start, end)
    commas = [t for t in toks if t.text == ","]
    return len(toks) > 2 and toks[0].low in current().PREPOSITIONS and commas == toks[-1:]


#: Cues whose passive names the speaker after "by": "asked by a reporter whether …", "As reported by the Gazette, …".
AGENT_REPORTS: Final = frozenset({"ask", "question", "report", "tell", "warn", "urge"})
#: Words that open what the agent asked or told: "asked by Ingraham on Thursday | whether …".
REPORT_OPENERS: Final = frozenset("whether if why what how who when where which to about that".split())
#: Words a setting between the agent and what was asked may hold: "on Thursday", "in an interview".
AGENT_SETTING_REACH: Final = 6
#: Adverbs between a passive auxiliary and "reported": "was first reported by the Gazette".
PASSIVE_ADVERBS: Final = frozenset("first originally initially earlier previously".split())
#: The most words of a subject that was reported: "The mayor's plan to sell the pier | was first reported by …".
MAX_REPORTED_WORDS: Final = 12
#: "by" after a passive cue.
BY: Final = on_first_use(r"[ \t\u00a0]{1,3} by [ \t\u00a0]{1,3}", regex.VERBOSE)


def agent_report(doc: Document, sent: Span, cue: Span) -> tuple[Span, Mention, int | None] | None:
    """What a passive cue's agent asked, told or reported, and the agent:
    "When asked by a reporter | whether the plan was legal |, Ruiz said…",
    "As reported by the Gazette, | the pier will close in May |"; and where
    the sentence reads on, if anywhere."""
    L = current()
    text = doc.text
    word = text[cue.start : cue.end].split()[0].lower()
    lemma = L.LEMMA_OF.get(word)
    by = BY.match(text, cue.end, sent.end)
    if lemma not in AGENT_REPORTS or by is None or word.endswith("ing"):
        return None
    before = text[max(sent.start, cue.start - 30) : cue.start].split()
    prev = before[-1].lower() if before else ""
    if lemma == "report":
        if prev in L.PASSIVE or prev in PASSIVE_ADVERBS and len(before) > 1 and before[-2].lower() in L.PASSIVE:
            return _reported_subject(doc, sent, cue, by.end())
        # "As reported by the Gazette, | the clause": the agent reports the main clause
        comma = text.find(",", by.end(), sent.end)
        if prev != "as" or comma < 0:
            return None
        agent = mention_after(text, by.end(), comma)
        content = strip_content(text, comma + 1, sent.end)
        if agent is None or text[agent.end : comma].strip() or not is_clause(text, content.start, content.end):
            return None
        return content, agent, None
    if prev not in L.PASSIVE and prev != "when" and not (not before and text[cue.start].isupper()):
        return None  # "Asked by …", "when asked by …", "was asked by …": the subject is spoken to
    agent = mention_after(text, by.end(), sent.end)
    if agent is None or agent.pronoun is not None and agent.pronoun not in ("he", "she", "they"):
        return None
    toks = tokenize(text, agent.end, min(sent.end, agent.end + 80))
    opener = next((t for t in toks[:AGENT_SETTING_REACH] if t.low in REPORT_OPENERS and not t.cap), None)
    if opener is None or any(t.punct for t in toks if t.start < opener.start):
        return None
    stop = text.find(",", opener.end, sent.end)
    while stop > 0 and doc.inside_quote(stop):
        stop = text.find(",", stop + 1, sent.end)
    content = strip_content(text, opener.start, stop if stop > 0 else sent.end)
    if word_count(text[content.start : content.end]) < 2 or doc.quote_opens_at(sent.end) and content.end + 2 >= sent.end:
        return None  # 'whether her plan would risk “adding …”': the quoted words are the question's, attributed as such
    return content, agent, (stop + 1 if stop > 0 else None)


def _reported_subject(doc: Document, sent: Span, cue: Span, by_end: int) -> tuple[Span, Mention, int | None] | None:
    """The subject of "was (first) reported by AGENT" that ends its sentence: "The
    mayor's plan | was first reported by the Gazette.", "…, | which | was first reported
    by the Courier."; what was reported is the subject, the agent reported it."""
    text = doc.text
    agent = mention_after(text, by_end, sent.end)
    if agent is None or agent.pronoun is not None or text[agent.end : sent.end].strip(" .!\"'\N{RIGHT DOUBLE QUOTATION MARK}"):
        return None
    toks = tokenize(text, sent.start, cue.start)
    aux = next((i for i in range(len(toks) - 1, -1, -1) if toks[i].low in current().PASSIVE), None)
    if aux is None or aux == 0:
        return None
    head = toks[:aux]
    if head[-1].low == "which" and len(head) > 1 and head[-2].text == ",":
        return Span(head[-1].start, head[-1].end), agent, None  # "…, which was first reported by the Courier."
    if len(head) > MAX_REPORTED_WORDS or any(t.punct and t.text not in ("'", "\N{RIGHT SINGLE QUOTATION MARK}") for t in head):
        return None
    if head[0].low in current().SUBJECT_PRONOUNS or doc.inside_quote(head[0].start):
        return None  # "It was first reported by …": no noun content
    return Span(head[0].start, head[-1].end), agent, None
