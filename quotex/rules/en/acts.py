"""English: speech acts reported by the phrase after their verb.

"Mayor Holt called for a new bridge", "The firm commented on
the ferry board's questions", "The union warned of layoffs at the plant": news
reports speech this way as often as with a clause, and PolNeAR annotates
the phrase as what was reported (and "Ms. Hale called the levy unfair",
an object with its complement: :mod:`quotex.rules.en.naming`).  Only the verbs of
:data:`quotex.lang.en.acts.SPEECH_ACTS` are read, each with the
prepositions that open its object ("called for", not "called a meeting";
"commented on", not "commented that").

The object, up to the clause's end, is the content (rule
``indirect_speech_act``), the verb's subject the speaker.  A phrase that
another rule reads already is left to it; so is a passive ("was called on
to testify": spoken to, not speaking).
"""

from __future__ import annotations

from typing import Final

import regex

from quotex.lang.en.acts import ACT_NOUNS, ACT_SETTINGS, PASSIVE_MARKERS, SPEECH_ACTS
from quotex.lang.en.forms import inflections
from quotex.rules.base import Rule, on_first_use
from quotex.rules.boundaries import clause_end, coordinated_cue
from quotex.rules.content import strip_content
from quotex.rules.cue_subject import subject_of
from quotex.rules.document import Attribution, Document, Found, FoundIndex, merged
from quotex.rules.en.act_nouns import LIGHT_FORMS, light_acts, possessive_acts
from quotex.rules.en.naming import NAMING_FORMS, naming_acts
from quotex.rules.words import after_determiner
from quotex.speakers import Mention
from quotex.text import Span

#: Every form of the act verbs, with its lemma.
ACT_FORMS: Final = {form: lemma for lemma in SPEECH_ACTS for form in inflections(lemma)}
_FORMS: Final = frozenset(ACT_FORMS)
#: The act nouns read after a possessive (:mod:`quotex.rules.en.act_nouns`).
_NOUNS: Final = frozenset(ACT_NOUNS)
#: Every word the four readings look for: a sentence with none of them is skipped after one lookup.
_ANY_ACT_WORD: Final = _FORMS | _NOUNS | LIGHT_FORMS | NAMING_FORMS

#: A whole lowercase word, not part of a hyphenated compound ("so-called").
_LOWER_WORD: Final = on_first_use(r"(?<![\p{L}\-])\p{Ll}++(?![\p{L}\-])")
#: A word after the verb: a setting word or the preposition.
_NEXT_WORD: Final = on_first_use(r"[ \t\u00a0]{1,3}(?P<word>[\p{L}]{1,20})(?![\p{L}\-])")
#: Where the object's clause ends: a comma (not one between digits: "$51,000"), a semicolon, a colon, a dash
#: between spaces, a bracket, the stop.
_OBJECT_END: Final = on_first_use(
    r"""
    (?<! \p{N} ) , | , (?! \p{N} ) | [;:()!?] | [\ \t\u00a0] [\N{EN DASH}\N{EM DASH}-] [\ \t\u00a0] | \. (?= \s | \Z )
    """,
    regex.VERBOSE,
)

#: Pronouns that open no object of an act's own: "complained about | it".
OBJECT_PRONOUNS: Final = frozenset("it them him me us".split())

#: Words that open no noun object of a verb with no preposition: a clause, an infinitive, a setting ("urged | on Monday").
NOT_OBJECTS: Final = frozenset(
    """
    that to whether if why how what who which when where on in at during after before for with by from about of
    and but or as it them him me us
    """.split()
)

#: The fewest words an object holds: "regime change", not "it".
MIN_OBJECT_WORDS: Final = 2
#: How many setting words may stand between the verb and its preposition.
MAX_SETTINGS: Final = 2
#: How many act verbs of one sentence are read before it is given up.
MAX_TRIES: Final = 6


def _preposition(text: str, verb: Span, end: int, lemma: str) -> int | None:
    """Where the object starts after the verb's preposition ("called | Wednesday | for | the chief…"), or None."""
    pos = verb.end
    if not SPEECH_ACTS[lemma]:
        after_comma = text.endswith("ing", verb.start, verb.end) and text[: verb.start].rstrip().endswith(",")
        if not text.endswith(("ed", "s"), verb.start, verb.end) and not after_comma:
            # "a speech denouncing …", "plans to demand …": a participle after a noun or an infinitive, whose subject
            # is elsewhere; "…, urging the board to …" hangs on its clause's subject
            return None
        m = _NEXT_WORD.match(text, pos, end)
        return verb.end if m is not None and m.group("word").lower() not in NOT_OBJECTS else None
    for _ in range(MAX_SETTINGS + 1):
        m = _NEXT_WORD.match(text, pos, end)
        if m is None:
            return None
        word = m.group("word")
        if word in SPEECH_ACTS[lemma]:
            return int(m.end())
        if word.lower() not in ACT_SETTINGS:
            return None
        pos = m.end()
    return None


def _passive(text: str, lo: int, verb: Span) -> bool:
    """Is the verb a participle after "be" or "get", with up to one adverb between ("was | publicly | called on")?"""
    if text.endswith("ing", verb.start, verb.end):
        return False  # "was calling for": a progressive
    before = text[max(lo, verb.start - 40) : verb.start].split()[-2:]
    if not before:
        return False
    return before[-1].lower() in PASSIVE_MARKERS or len(before) > 1 and before[-1].endswith("ly") and before[0].lower() in PASSIVE_MARKERS


def _object(doc: Document, sent: Span, verb: Span, pos: int) -> Span | None:
    """The object from ``pos`` to the end of its clause, if it has words enough and no quotation."""
    text = doc.text
    stop = _OBJECT_END.search(text, pos, sent.end)
    end = stop.start() if stop is not None else sent.end
    end = clause_end(doc, sent.start, verb.start, pos, end)
    second = coordinated_cue(doc, pos, end)
    if second is not None:
        end = second.start  # "praised the plan | and said the senator …": the second cue reports its own clause
    content = strip_content(text, pos, end)
    first = text[content.start : content.end].split(None, 1)[:1]
    if first and first[0].lower() in OBJECT_PRONOUNS:
        return None  # "boasts about them constantly": what the pronoun stands for is before
    if len(text[content.start : content.end].split()) < MIN_OBJECT_WORDS or doc.quote_opens_in(content.start, content.end + 1):
        return None
    return content


def _act(doc: Document, sent: Span, verb: Span, lemma: str) -> tuple[Span, Mention, Span] | None:
    """The object of the act at ``verb``, its speaker and its cue (the verb to its preposition), if it reports one."""
    text = doc.text
    pos = _preposition(text, verb, sent.end, lemma)
    if pos is None:
        return None
    reading = _reading(doc, sent, verb, pos)
    return None if reading is None else (reading[0], reading[1], Span(verb.start, pos))


def _reading(doc: Document, sent: Span, verb: Span, pos: int) -> tuple[Span, Mention] | None:
    """The content from ``pos`` and the speaker, the subject of ``verb``, if the verb is active and has one."""
    text = doc.text
    if _passive(text, sent.start, verb) or after_determiner(text, sent.start, verb.start):
        return None  # "was called on to testify": spoken to; "his call for": a noun
    content = _object(doc, sent, verb, pos)
    if content is None:
        return None
    speaker = _speaker(doc, sent, verb)
    return None if speaker is None else (content, speaker)


def _speaker(doc: Document, sent: Span, verb: Span) -> Mention | None:
    """The subject of an act's ``verb``, if it has one that may speak."""
    text = doc.text
    speaker = subject_of(doc, sent.start, verb, None)
    if speaker is None or doc.inside_quote(speaker.start) or speaker.start >= verb.start or speaker.pronoun == "who":
        return None  # "a builder who complained about a shed": an aside in a relative clause
    if text[max(sent.start, speaker.start - 9) : speaker.start].split()[-1:] in (["how"], ["whether"]):
        return None  # "how the council will respond to the strike": a question, no act
    return speaker


def speech_acts(doc: Document, found: list[Found]) -> list[Found]:
    """Sentences whose verb reports a speech act by the phrase after it: the phrase is the content."""
    text = doc.text
    index = FoundIndex(found)
    added: list[Found] = []
    for sent in doc.sentences():
        if not doc.word_starts(_ANY_ACT_WORD, sent.start, sent.end):
            continue  # most sentences hold no word of any of the four readings: one lookup, not four
        starts = doc.word_starts(_FORMS, sent.start, sent.end)
        nouns = doc.word_starts(_NOUNS, sent.start, sent.end)
        lights = doc.word_starts(LIGHT_FORMS, sent.start, sent.end)
        namings = doc.word_starts(NAMING_FORMS, sent.start, sent.end)
        mine = index.starting_in(doc.sentence_at(sent.start).start - 1, sent.end)
        for pos, noun, speaker, cue, end in possessive_acts(doc, sent) if nouns or nouns is None else ():
            content = _object(doc, Span(sent.start, end), noun, pos)
            if content is None or any(f.start < content.end and noun.start < f.end for f in mine + added):
                continue
            para = doc.paragraph_of(content.start)
            added.append(Found(content.start, content.end, "indirect", para, Attribution(speaker, cue, INDIRECT_SPEECH_ACT)))
        for pos, verb, cue in light_acts(doc, sent, lights) if lights or lights is None else ():
            light = _reading(doc, sent, verb, pos)
            if light is not None and not any(f.start < light[0].end and verb.start < f.end for f in mine + added):
                para = doc.paragraph_of(light[0].start)
                added.append(Found(light[0].start, light[0].end, "indirect", para, Attribution(light[1], cue, INDIRECT_SPEECH_ACT)))
        for verb, content in naming_acts(doc, sent, namings) if namings or namings is None else ():
            if _passive(text, sent.start, verb) or after_determiner(text, sent.start, verb.start):
                continue  # "was called a hero": named, not naming; "a call": a noun
            if any(f.start < content.end and verb.start < f.end for f in mine + added):
                continue
            named = _speaker(doc, sent, verb)
            if named is not None:
                para = doc.paragraph_of(content.start)
                added.append(Found(content.start, content.end, "indirect", para, Attribution(named, verb, INDIRECT_SPEECH_ACT)))
        if not starts:
            continue
        tries = 0
        for at in starts:
            m = _LOWER_WORD.match(text, at, sent.end)
            lemma = ACT_FORMS.get(m.group()) if m is not None else None
            if m is None or lemma is None or doc.inside_quote(at):
                continue
            tries += 1
            if tries > MAX_TRIES:
                break  # each reading scans its clause: a bound keeps hostile text linear
            verb = Span(m.start(), m.end())
            reading = _act(doc, sent, verb, lemma)
            if reading is None:
                continue
            content, speaker, cue = reading
            if any(f.start < content.end and verb.start < f.end for f in mine + added):
                continue  # another rule reads the verb or its object
            para = doc.paragraph_of(content.start)
            added.append(Found(content.start, content.end, "indirect", para, Attribution(speaker, cue, INDIRECT_SPEECH_ACT)))
    return merged(index.found, added)


INDIRECT_SPEECH_ACT: Final = Rule(
    name="indirect_speech_act",
    description="Mayor Holt called for a new bridge.: English, a speech act reported by the phrase after its verb",
    family="en",
    handler=speech_acts,
    languages=frozenset({"en"}),
)
