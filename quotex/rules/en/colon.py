"""English readings of who speaks the quotation after a colon when the
clause before it has no subject that :func:`~quotex.rules.clauses.colon_subject`
reads ("Brightwater delivered a sharp retort: “…”", "More from the report:
“…”", "Ruiz’s response was: “…”"), asked by :func:`~quotex.rules.cueless.rule_clause_colon_quote` through
:class:`~quotex.rules.en.grammar.English`."""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from quotex.lang.en.clauses import COLON_PREPOSITIONS, COPULA_FORMS, IRREGULAR_PAST
from quotex.quotes import QuotedSpan
from quotex.rules.clauses import clause_start, ends_in_name
from quotex.rules.document import Document, word_count
from quotex.rules.words import skip_space
from quotex.speakers import Mention, classify, mention_after, mention_before, pronoun_mention, tokenize

#: Prepositions that name the source of what follows a colon: "exemplified | by | this finding:", "More | from | the report:".
SOURCE_PREPOSITIONS: Final = frozenset({"by", "from"})
#: The most words of such a source phrase, its determiner included.
SOURCE_PHRASE_WORDS: Final = 4


def source_phrase(doc: Document, colon: int, q: QuotedSpan) -> Mention | None:
    """A document after "by" or "from" that ends the clause before the colon:
    'The problem is shown by this finding: “…”', 'More from the report: “…”'.
    The quoted sentence is the document's; a closed one only, as
    this reading has no cue to bound words that run on to the paragraph's end."""
    text = doc.text
    first = text[q.start : q.start + 1]
    if q.close is None or not (first.isupper() or first.isdigit()) or word_count(text[q.start : q.end]) < 3:
        return None  # a sentence: "27 firms reported …" opens with a figure
    words = tokenize(text, max(doc.sentence_at(colon).start, colon - 80), colon)
    prep = next(
        (
            i
            for i in range(len(words) - 2, max(-1, len(words) - 2 - SOURCE_PHRASE_WORDS), -1)
            if words[i].punct or words[i].low in SOURCE_PREPOSITIONS
        ),
        None,
    )
    if prep is None or words[prep].punct or words[prep].cap or words[prep + 1].low not in doc.lang.DETERMINERS:
        return None
    mention = mention_after(text, words[prep + 1].start, colon)
    if mention is None or mention.kind != "document" or mention.end != words[-1].end:
        return None
    return mention


#: The most words from the name to the colon: the name, its verb and the speech it delivered.
ACTING_NAME_WORDS: Final = 7


def acting_name(doc: Document, colon: int, q: QuotedSpan) -> Mention | None:
    """A name that opens the clause before the colon, seen nowhere else, with
    a verb in the past after it and a noun of speech before the colon:
    'Brightwater delivered a sharp retort: “…”'.  A capitalised word seen
    once is more often an opening word ("Hours later, …"), so
    :func:`~quotex.rules.clauses.colon_subject` passes it over; a verb and
    the speech it delivered make it the subject."""
    text = doc.text
    if not text[q.start : q.start + 1].isupper() or word_count(text[q.start : q.end]) < 3:
        return None
    start = skip_space(text, clause_start(doc, doc.sentence_at(colon).start, colon))
    words = tokenize(text, start, colon)
    if len(words) < 3 or not words[0].cap or words[0].punct or words[1].cap or any(t.punct for t in words[1:]):
        return None
    if words[-1].low not in doc.lang.CLAIM_NOUNS or len(words) > ACTING_NAME_WORDS:
        return None  # "Hours passed quietly before the vote:": no speech delivered
    if any(t.low in ("and", "but", "or") for t in words[2:]):
        return None  # "Hours passed and brought a retort:": a second verb, with a subject the first word is not
    verb = words[1].low
    if verb not in IRREGULAR_PAST and not (verb.endswith("ed") and len(verb) > 4 and verb not in doc.lang.NOUN_HEADS):
        return None
    mention = mention_after(text, start, words[0].end)
    if mention is None or mention.kind != "person" or mention.pronoun is not None or mention.end != words[0].end:
        return None
    return mention


#: The most words between an answer's noun and the colon: its verb and a complement ("was | short and blunt").
ANSWER_LINK_WORDS: Final = 4
#: The most modifiers between the owner and the answer's noun: "Ruiz’s | only public | response".
ANSWER_MODIFIERS: Final = 2


def possessed_answer(doc: Document, colon: int, q: QuotedSpan) -> Mention | None:
    """The owner of an answer, a reply, a comment that a form of "be" links
    to the quotation after the colon: 'Ruiz’s response was: “…”', 'Her
    only reply was short: “…”'.  Without the verb the claim's own rule reads
    it ('Ruiz’s reply: “…”'); the owner is a name or a possessive pronoun."""
    text = doc.text
    if q.close is None:
        return None
    words = tokenize(text, max(doc.sentence_at(colon).start, colon - 100), colon)
    link = next((i for i in range(len(words) - 1, max(-1, len(words) - 1 - ANSWER_LINK_WORDS), -1) if words[i].low in COPULA_FORMS), None)
    if link is None or link < 2 or any(t.punct or t.cap for t in words[link + 1 :]):
        return None
    if words[link - 1].low not in doc.lang.CLAIM_NOUNS:
        return None
    owner = link - 2
    possessives = doc.lang.POSSESSIVE_PRONOUNS
    while owner > 0 and link - 2 - owner < ANSWER_MODIFIERS and not words[owner].cap and words[owner].low not in possessives:
        owner -= 1
    tok = words[owner]
    if tok.punct or any(t.punct or t.cap for t in words[owner + 1 : link]):
        return None
    pronoun = doc.lang.POSSESSIVE_PRONOUNS.get(tok.low)
    if pronoun is not None:
        return pronoun_mention(text, tok.start, tok.end, pronoun)
    if not tok.cap or not tok.low.endswith(("'s", "\N{RIGHT SINGLE QUOTATION MARK}s")):
        return None
    first = owner
    while first > 0 and words[first - 1].cap and not words[first - 1].punct:
        first -= 1
    named = classify(text, tokenize(text, words[first].start, tok.end - 2))
    if named is None or named.kind not in ("person", "organization"):
        return None
    return replace(named, text=text[named.start : tok.end], end=tok.end)


def named_object(doc: Document, colon: int, q: QuotedSpan) -> Mention | None:
    """A person named as the object of the verb that ends the clause before
    the colon, whose subject does not speak: 'The result does not surprise
    pollster Nina Vessey: “…”'.  Not after a preposition ('by Gazette’s Ana
    Ruiz: “…”' signs a headline's story; 'on KTV: “…”' names where it was
    said), and only before a whole quoted sentence."""
    text = doc.text
    if q.close is None or not text[q.start : q.start + 1].isupper() or word_count(text[q.start : q.end]) < 3:
        return None
    start = doc.sentence_at(colon).start
    mention = mention_before(text, start, colon)
    if mention is None or mention.end != colon or mention.kind != "person" or mention.pronoun is not None:
        return None
    before = tokenize(text, max(start, mention.start - 30), mention.start)[-1:]
    if not before or before[0].punct or before[0].cap or before[0].low in COLON_PREPOSITIONS:
        return None  # the clause's own subject, or the object of a preposition
    if not ends_in_name(doc, mention):
        return None
    words = tokenize(text, mention.start, mention.end)
    first = next((i for i, t in enumerate(words) if t.cap or t.low in doc.lang.PERSON_NOUNS), 0)
    return mention_after(text, words[first].start, mention.end) if first else mention  # not the verb: "surprise | analyst Holt"
