"""A poll as the source of its respondents' words.

"In a spring poll, a third of renters said they felt “badly let down”": the words are
the poll's finding, reported by the share of its respondents who gave them.
A reader counting sources wants the poll, and PolNeAR's annotation names it
(the cue is the "In" that frames the sentence).  Two frames give the poll
away, both in the sentence of the respondents' mention, before it:

- the poll as a setting that opens the sentence, closed by a comma: "In a
  September Gazette poll, 75 percent of residents said …", "According to a
  survey released Monday, most drivers say …";
- the poll as the subject of its findings: "The Harbor survey shows that,
  while a third of the dockers say …", "The poll found that most sailors …".

Only a group or an unnamed source is the poll's respondents: a person or an
organisation named there speaks for itself.  The quote's mention becomes the
poll's, a document, and its rule :data:`POLL_SOURCE`: the last rule of the
table a language's pack reads polls with (its ``POLL_NOUNS``), applied to
the quotes every rule before it found.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from quotex.rules.base import Rule
from quotex.rules.document import Document, Found
from quotex.speakers import Mention, Tok, tokenize

#: The kinds of mention that stand for a poll's respondents ("31% of voters", "most residents").
RESPONDENT_KINDS: Final = frozenset({"group", "anonymous"})
#: The most tokens of a poll's frame before its respondents.
MAX_FRAME_TOKENS: Final = 20
#: Tokens that may stand between a poll's findings verb and its respondents: "finds | that, while | 37 percent".
FINDINGS_GLUE: Final = frozenset({"that", ",", "while", "also"})


def poll_sources(doc: Document, found: list[Found]) -> list[Found]:
    """The quotes, with a poll as the source of each one its respondents'
    mention attributes inside the poll's frame."""
    L = doc.lang
    if not L.POLL_NOUNS:
        return found
    out = []
    for f in found:
        mention = f.attribution.mention
        poll = None
        if mention.kind in RESPONDENT_KINDS and mention.pronoun is None:
            sentence = doc.sentence_at(mention.start)
            if sentence.start < mention.start <= sentence.start + 400:
                poll = _poll_frame(doc, sentence.start, mention.start)
        if poll is not None:
            f = replace(f, attribution=replace(f.attribution, mention=poll, rule=POLL_SOURCE))
        out.append(f)
    return out


def _poll_frame(doc: Document, start: int, end: int) -> Mention | None:
    """The poll that frames the words from ``start`` to ``end`` (a sentence's
    opening, up to a respondents' mention), read as a setting or as the
    subject of its findings, or None."""
    L = doc.lang
    text = doc.text
    if not any(noun in text[start:end].lower() for noun in L.POLL_NOUNS):
        return None  # most sentences name no poll: no tokenizing
    toks = tokenize(text, start, end)
    while toks and toks[-1].low in L.APPROXIMATORS and not toks[-1].cap:
        toks = toks[:-1]  # "In a June poll, just | 8 percent of voters": the count's approximator
    if not 2 < len(toks) <= MAX_FRAME_TOKENS:
        return None
    if toks[0].low in L.POLL_SETTINGS and toks[-1].text == ",":
        # "In a June poll, | 31% of voters", "According to a survey released Monday, | most drivers"
        body = toks[2:-1] if toks[0].low == "according" and toks[1].low == "to" else toks[1:-1]
        return _poll(doc, body) if body and not any(t.punct and t.text != "/" for t in body) else None
    k = len(toks) - 1
    while k > 0 and toks[k].low in FINDINGS_GLUE:
        k -= 1
    if k < 1 or toks[k].low not in L.POLL_FINDINGS:
        return None
    k -= 1
    if toks[k].low == "also":
        k -= 1
    # "The Harbor poll | finds that, while": a poll with no commas before its verb
    body = toks[: k + 1]
    if not body or not body[0].cap or any(t.punct and t.text != "/" for t in body):
        return None
    return _poll(doc, body)


def _poll(doc: Document, body: list[Tok]) -> Mention | None:
    """The poll's mention when its words hold a poll noun ("a national Gazette poll
    released Monday"), a document that speaks for its respondents."""
    if not any(t.low in doc.lang.POLL_NOUNS for t in body):
        return None
    start, end = body[0].start, body[-1].end
    words = doc.text[start:end]
    return Mention(words, start, end, "document", words, None, None)


POLL_SOURCE: Final = Rule(
    name="poll_source",
    description="In a June poll, 31 percent of drivers said …: the poll is the source of its respondents' words",
    family="en",
    handler=poll_sources,
    languages=frozenset({"en"}),
)
