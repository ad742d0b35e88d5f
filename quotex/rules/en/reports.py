"""What English reports after a cue, read by :class:`~quotex.rules.en.grammar.English`
for :func:`~quotex.rules.reported.speech.reported_speech`: where a reported
clause ends inside a relative clause or before the narrator's tail, a noun
object without the adjunct after it, an object that reports no words ("asked
the mayor after the hearing", "claimed victory"), a count or an opening phrase
before the clause, a noun phrase that leads to a quoted example, the
dateline that opens a paragraph ("PARIS (AP) — | The minister said …"),
where the clause starts past a setting ("said, by a wide margin, | that …")
and an opening phrase before a mid-sentence attribution."""

from __future__ import annotations

from typing import Final

import regex

from quotex.lang import current
from quotex.lang.en.clauses import (
    NEXT_CLAUSE_JOINERS as CLAUSE_JOINERS,
)
from quotex.lang.en.clauses import (
    OPENING_PREPOSITIONS,
    QUANTITY_WORDS,
    SETTING_PHRASE_WORDS,
    SUBORDINATE_OPENERS,
    TIME_NOUNS,
)
from quotex.rules.base import compile_rule, on_first_use
from quotex.rules.boundaries import (
    as_clause_end,
    clause_after_comma,
    clause_end,
    comma_setting,
    directive,
    only_setting,
    time_setting,
)
from quotex.rules.clauses import reports_accounts, reports_outcome
from quotex.rules.content import object_end, strip_content
from quotex.rules.document import Document, word_count
from quotex.rules.en.addressee import ADDRESSEE_CUES, that_after_addressee
from quotex.rules.en.asked import asks_nothing
from quotex.rules.en.subject_relative import main_verb, subject_relative
from quotex.rules.en.tails import narrator_tail
from quotex.rules.finite_verbs import is_clause
from quotex.rules.reported.trailing import extracted, extracted_end, predicate_comma, relative_subject
from quotex.rules.words import count_opens
from quotex.speakers import Mention
from quotex.text import DATELINE, Span


def clause_extent(
    doc: Document, sent: Span, cue: Span, mention: Mention, pos: int, content_end: int, object_speech: bool
) -> tuple[int, int | None]:
    """Where a clause reported from ``pos`` ends, and where the sentence reads
    on for a clause of its own (or None)."""
    text = doc.text
    read_on = None
    if extracted(text, sent.start, mention.start):
        # "The rules, which officials said will apply from June, | cover…": the relative clause ends
        content_end = extracted_end(text, sent.start, mention.start, pos, content_end)
    elif relative_subject(text, mention) and (predicate := predicate_comma(text, pos, content_end)) is not None:
        content_end = predicate  # "The mayor, who said the port would reopen, | left early": the main clause's predicate
        read_on = predicate + 1  # "…, | said the port is safe": the main clause may report too
    elif subject_relative(text, sent.start, mention, cue.start) and (verb := main_verb(text, pos, content_end, object_speech)) is not None:
        content_end = verb  # "Diners who say the soup is salty | were split": the main clause's verb
        read_on = verb  # "A man who accused the mayor of theft | said on Monday that …": the main clause may report too
    stop = clause_end(doc, sent.start, cue.start, pos, content_end)
    if stop < content_end:
        read_on, content_end = stop + 1, stop  # "…was private, | but the logo…": read the rest on its own
    stop = narrator_tail(doc, pos, content_end)
    if stop < content_end:
        read_on, content_end = stop + 1, stop  # "…runs late, | compared to a third in spring"
    return content_end, read_on


def opened_clause(doc: Document, cue: Span, word_end: int, content: Span, words: list[str], first: str) -> tuple[bool, bool]:
    """Does a phrase open the reported clause before its subject, and is it a
    count ("said no final choice was made yet", "said about 30 families have
    signed up"; but "agree, but 40 percent say …" opens the next clause)?"""
    text = doc.text
    # "said with the harvest nearly in, this was the time …": an opening phrase, then the clause
    opener = cue.end == word_end and first in OPENING_PREPOSITIONS and clause_after_comma(doc, content)
    counted = (
        first not in CLAUSE_JOINERS
        and (first == "no" or len(words) > 1 and count_opens(words[1:3]) or _approximate_count(words))
        and is_clause(text, content.start, content.end)
    )
    return opener or counted, counted


#: How many words an approximator before a count may have: "at least", "more than", "close to".
APPROXIMATOR_REACH: Final = 2


def _approximate_count(words: list[str]) -> bool:
    """Do ``words`` open with a count after an approximator of two words ("said
    at least | six drones were…", "said more than | half of the fans…")?"""
    L = current()
    reach = 0
    while reach < APPROXIMATOR_REACH and reach < len(words) and words[reach].lower() in L.APPROXIMATORS:
        reach += 1
    return reach == APPROXIMATOR_REACH and reach < len(words) and count_opens(words[reach : reach + 2])


def reported_object(
    text: str, cue_word: str, lemma: str | None, bare: bool, content: Span, first: str, clause_free: bool, min_words: int
) -> Span | None:
    """What a cue reports when its object is no clause, or None when it
    reports no words; ``bare``: the cue has no particle, ``clause_free``: it
    reports neither an object nor an infinitive."""
    if lemma == "ask" and bare and asks_nothing(text, content):
        return None  # "asked the mayor after the hearing", "asked him a question": the one asked, nothing asked
    if reports_accounts(text, content):
        return None  # "reported a sharp rise in its profits", "did not recommend a dividend": figures, not words
    if reports_outcome(text, lemma, content):
        return None  # "claimed victory in Ohio", "maintains a slim lead in the polls": an outcome held, no words
    if clause_free and not is_clause(text, content.start, content.end):
        if only_setting(text, content.start, content.end, SETTING_PHRASE_WORDS) or first in QUANTITY_WORDS:
            return None  # "said on Friday in Tampere": where and when, nothing reported; "said little"
        L = current()
        noun_object = L.LEMMA_OF.get(cue_word.lower()) in L.NOUN_OBJECT_SPEECH
        if not noun_object and not (cue_word.lower() in L.TAKES_OBJECT and directive(text, content.start, content.end)):
            return None  # "The state added 9,000 jobs in May": a noun object, nothing reported; "told them to go" is speech
        if noun_object:
            return object_only(text, content, min_words)  # "denied the claims | through her attorney"
    return content


def object_only(text: str, content: Span, min_words: int) -> Span:
    """A noun object without the adjunct after it ("recalls her nephew | in
    speeches"), if it keeps ``min_words``, or two words before an adjunct
    that cannot be the noun's own (see :func:`_verb_adjunct`)."""
    shorter = strip_content(text, content.start, object_end(text, content.start, content.end))
    count = word_count(text[shorter.start : shorter.end])
    if count >= min_words or count == 2 and shorter.end < content.end and _verb_adjunct(text, shorter, content.end):
        return shorter
    return content


#: Prepositions whose phrase after a two-word object is as often the noun's own: "her views | on trade", "his
#: role | on the radio".
NOUN_PREPOSITIONS: Final = frozenset({"on"})


#: Articles that open a two-word object whose noun the phrase after it may narrow.
ARTICLES: Final = frozenset({"the", "a", "an"})


def _verb_adjunct(text: str, obj: Span, end: int) -> bool:
    """Is the adjunct after a two-word noun object the verb's ("recalls her
    nephew | in sermons", "touted his record | during a visit"): the object
    complete with its owner or a name, not an article's noun ("the law | in
    the handbook"), the adjunct not the noun's ("his role | on the
    radio"), the object no time ("said this week | at a rally")?"""
    after = text[obj.end : end].split(None, 1)[:1]
    first, last = (word.lower() for word in text[obj.start : obj.end].split())
    if first in ARTICLES:
        return False  # "cited the law | in the handbook": an article's noun is as often narrowed by the phrase after it
    return bool(after) and after[0].lower() not in NOUN_PREPOSITIONS and last not in TIME_NOUNS


#: The end of a noun phrase that leads to a quoted example: "a few questions, | including, | “…”",
#: "some questions, among them: “…”".
EXAMPLE_LEAD: Final = compile_rule(
    r"""
    , ${sp}{1,3} (?: including | among ${sp}{1,3} them | such ${sp}{1,3} as | like ) ${sp}{0,3} [,:]? ${sp}{0,3} \Z
    """
)


def leads_to_example(text: str, content: Span, sent_end: int) -> bool:
    """Does a noun phrase, not a clause, lead to the quotation after it
    ("suggesting a few questions, including, “…”")?"""
    return EXAMPLE_LEAD.search(text, content.start, sent_end) is not None and not is_clause(text, content.start, content.end)


#: A run of capitals in a dateline ("PARIS", "ORLANDO, Fla. (AP)"), or its agency's parenthesis: not "Trump — the
#: candidate — said", a name between dashes at the start of a paragraph.
DATELINE_MARK: Final = on_first_use(r"\p{Lu}{3} | \(", regex.VERBOSE)
#: How far into its paragraph a dateline's agency may open: "ORLANDO, Fla., Nov. 18 | (Reuters)".
DATELINE_REACH: Final = 80


def past_dateline(text: str, sent: Span) -> Span:
    """The sentence after the dateline that opens its paragraph, if one does."""
    if sent.start > 0 and text[sent.start - 1] != "\n":
        return sent
    head = text[sent.start : sent.start + DATELINE_REACH]
    if not head[1:3].isupper() and "(" not in head:
        return sent  # no run of capitals, no agency: most paragraphs, without the pattern
    dateline = DATELINE.match(text, sent.start, sent.end)
    if dateline is None or DATELINE_MARK.search(dateline.group()) is None:
        return sent
    return Span(dateline.end(), sent.end)


def clause_after_setting(doc: Document, sent: Span, cue: Span, cue_word: str, pos: int, object_speech: bool) -> int:
    """Where the clause a cue reports starts, read from ``pos`` past what the
    shared setting pattern does not read: a long addressee before "that", an
    "as" clause's attribution, a setting set off by commas or a time."""
    L = current()
    text = doc.text
    if L.LEMMA_OF.get(cue_word.lower()) in ADDRESSEE_CUES and (that := that_after_addressee(text, pos, sent.end)) is not None:
        return that  # "told the Harbour and Pier Gazette of Leeds on Saturday | that he …": a long addressee, then "that"
    if (close := as_clause_end(text, sent.start, cue.start, pos, sent.end)) is not None:
        return close  # "As the Post reported just today, | the plan…": the clause after the attribution is reported
    # "say, by a wide margin, that …", "announced on Tuesday it was …"
    skip = comma_setting(text, pos, sent.end)
    if skip is None and not object_speech:
        promise = L.LEMMA_OF.get(cue_word.lower()) in L.INFINITIVE_SPEECH
        skip = time_setting(text, pos, sent.end, SETTING_PHRASE_WORDS, promise)
    return pos if skip is None else skip


#: Adverbs before a subordinator at the start of a sentence: "Soon | after the vote, …", "Shortly | before noon".
LEADING_ADVERBS: Final = frozenset("soon shortly just right long even only quite later".split())


def opening_phrase_only(text: str, content: Span) -> bool:
    """Are the words before a mid-sentence attribution only an opening phrase
    ("Less than an hour later", "On the last day of the fair") or an opening
    subordinate clause ("Soon after the vote was counted"), not a clause of
    their own?"""
    words = text[content.start : min(content.end, content.start + 40)].lower().replace(",", " ").split(None, 2)
    if words and words[0] in LEADING_ADVERBS:
        words = words[1:]
    if not words or words[0] not in SUBORDINATE_OPENERS and words[0] not in OPENING_PREPOSITIONS:
        return False  # "The golf trade, she said, …": a subject, the clause goes on
    return "," not in text[content.start : content.end] or words[0] in SUBORDINATE_OPENERS


def openers_only(text: str, content: Span) -> bool:
    """Are the words before an attribution two or more parts, comma to
    comma, each an opening phrase or subordinate clause ("Later in the show,
    | after the talk ended, | the host stated …", "In her last speech, |
    given at the pier, | Ruiz told …"), with no main clause among them?  The
    first part opens with a preposition or a subordinator (after an adverb:
    "Quite suddenly"); a later one may also be a participle phrase.  A lone
    phrase is left to :func:`opening_phrase_only`: it may be said ("Mostly in
    the suburbs, he said, “…”")."""
    start = content.start
    parts = text[content.start : content.end].split(",")
    if len(parts) < 2:
        return False
    for i, part in enumerate(parts):
        words = part.lower().split()
        while words and (words[0] in LEADING_ADVERBS or words[0].endswith("ly")):
            words = words[1:]  # "Quite | suddenly"
        if not words and i > 0:
            return False
        first = words[0] if words else ""
        end = start + len(part)
        participle = i > 0 and part.split()[0].islower() and first.endswith(("ed", "ing")) and not is_clause(text, start, end)
        if words and first not in SUBORDINATE_OPENERS and first not in OPENING_PREPOSITIONS and not participle:
            return False  # "After the vote, | the council will act, Ruiz said": a main clause
        start = end + 1
    return True
