"""Reported speech in a headline written in Title Case: "Bush Says We Should
Pay Attention To History", "Former Pollster Warns Clinton Is In Trouble".

A capitalised speech verb between two capitalised words is a headline's cue
(prose writes it in lowercase); its subject is the mention before it, and
what was said runs on while the words stay in Title Case: to the end of the
sentence, or to the first lowercase word that no headline writes in
lowercase (a headline glued to the article's first sentence).
:func:`headline_speech` is read by :func:`~quotex.rules.reported.reported_speech`
and attributed by its rule.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import Final

import regex

from quotex.lang import Language, current
from quotex.rules.base import on_first_use
from quotex.rules.content import CONTENT_BAD_START
from quotex.rules.document import Document, cue_span
from quotex.speakers import Mention, mention_before
from quotex.text import Span

#: A capitalised word after a capitalised word (the subject's last) and before
#: a capitalised word, a digit or an opening mark (what was said).
TITLE_CUE: Final = on_first_use(
    r"""
    (?<= [\p{Lu}\p{N}] [\p{L}\p{N}.'\N{RIGHT SINGLE QUOTATION MARK}\-]{0,30} [\ \u00a0] )
    \p{Lu} \p{Ll}{2,20}
    (?= [\ \u00a0] [\p{Lu}\p{N}\N{LEFT SINGLE QUOTATION MARK}\N{LEFT DOUBLE QUOTATION MARK}'"] | [.!?]? [\ \u00a0]* (?: \n | \Z ) )
    """,
    regex.VERBOSE,
)


@cache
def headline_cues(lang: Language) -> frozenset[str]:
    """Every word :data:`TITLE_CUE` matches that :func:`headline_speech` reads
    on from: a speech form (of the language's, all in ASCII letters) or
    "calls", "called", capitalised.  ``str.lower()`` turns no character
    outside ASCII into an ASCII letter but KELVIN SIGN, so these are all the
    capitalised words whose ``lower()`` is such a form."""
    forms = lang.SPEECH_FORMS | {"calls", "called"}
    return frozenset({f.capitalize() for f in forms} | {"\N{KELVIN SIGN}" + f[1:] for f in forms if f[:1] == "k"})


def _title_cues(doc: Document, sent: Span) -> Iterator[regex.Match[str]]:
    """The matches of ``TITLE_CUE.finditer(text, sent.start, sent.end)`` that
    are :func:`headline_cues`, in text order, and maybe others: the pattern is
    tried only where one of those words starts as a whole word
    (:meth:`~quotex.rules.document.Document.word_starts`), not at each
    character of the sentence (Title Case headlines are rare, and the scan of
    every sentence cost a fortieth of a polnear-dev pass).  Its matches are
    whole words, so the one at such an offset is the scan's."""
    starts = doc.word_starts(headline_cues(current()), sent.start, sent.end)
    if starts is None:
        yield from TITLE_CUE.finditer(doc.text, sent.start, sent.end)  # the sentence ends inside a word
        return
    for at in starts:
        m = TITLE_CUE.match(doc.text, at, sent.end)
        if m is not None:
            yield m


#: A capitalised word right before a headline's cue, after a space: "Al Ruiz | Just | Said".
ADVERB_BEFORE: Final = on_first_use(r"(?<= [\ \u00a0] ) (?P<word> \p{Lu} \p{Ll}{2,12} ) [\ \u00a0] \Z", regex.VERBOSE)
#: Words a Title Case headline writes in lowercase.
SMALL_WORDS: Final = frozenset("a an the of to in on for and or but at by with as from vs via nor per into over up".split())
#: Characters around a headline's word that do not count as its letters.
EDGES: Final = (
    "\"'\N{LEFT SINGLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK}\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}(),:;!?."
)
MIN_WORDS: Final = 2


def _title_run(text: str, pos: int, end: int) -> int:
    """Where the Title Case words from ``pos`` end (before ``end``)."""
    last = pos
    glued = False  # the run stops at a lowercase word: its last capitalised word opens the next sentence
    for m in regex.finditer(r"\S+", text[pos:end]):
        word = m.group()
        core = word.strip(EDGES)
        if "\n" in word or not core:
            break
        if not (core[:1].isupper() or core[:1].isdigit() or core[:1] in "#$" or core.lower() in SMALL_WORDS):
            glued = core[:1].islower()
            break
        last = pos + m.end()
        if word.rstrip("\N{RIGHT SINGLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}'\"")[-1:] in ".?!" and len(core) > 2:
            break  # the headline's own full stop
    while last > pos:
        space = text.rfind(" ", pos, last)
        word = text[space + 1 : last].strip(EDGES).lower()
        if word not in SMALL_WORDS:
            break
        last = max(pos, space)  # "…In The Middle East | Former Gov. Bush criticized": no small word at the end
    if glued:
        space = text.rfind(" ", pos, last)
        last = max(pos, space)  # "…Into Spring | Growers in the valley met": the first sentence's subject
    return last


def _mostly_title_case(words: str) -> bool:
    """Are at least two words and four in five of the words of four letters or more capitalised?"""
    long = [w.strip(EDGES) for w in words.split() if len(w.strip(EDGES)) >= 4]
    return len(long) >= 2 and sum(w[:1].isupper() for w in long) * 5 >= len(long) * 4


def strip_span(text: str, start: int, end: int) -> Span:
    """``text[start:end]`` without the spaces and marks at its edges."""
    while start < end and text[start] in " \u00a0\n":
        start += 1
    while end > start and text[end - 1] in " \u00a0,.;:":
        end -= 1
    return Span(start, end)


#: Words that cannot open reported content in lowercase ("said nothing") but do in a headline ("Says | Nothing Is Settled").
NOT_PREPOSITIONS: Final = frozenset("nothing anything something goodbye hello yes no thanks sorry".split())
#: Particles of "call" that open what it reports in a headline: "Calls | For a Recount", "Calls | On Voters to …".
CALL_PARTICLES: Final = frozenset({"for", "on"})


def _no_report(L: Language, cue: str, first: str) -> bool:
    """Does a Title Case cue go on with a preposition, which opens no report
    ("Responds | To Question About …", "Said | In 2015 …"), bar "to" after a
    promise ("Vows | To Rebuild …") and "for" or "on" after "call"?"""
    if first not in CONTENT_BAD_START or first in NOT_PREPOSITIONS:
        return False  # "Says | Something Unexpected About …" reports
    lemma = L.LEMMA_OF.get(cue)
    if first == "to" and lemma in L.INFINITIVE_SPEECH:
        return False
    return not (lemma == "call" and first in CALL_PARTICLES)


def _relative_before(L: Language, text: str, lo: int, mention: Mention | None) -> int | None:
    """Where a relative pronoun right before a headline subject starts
    ("Captain | Who | Backed Mayor Lee"), or None."""
    if mention is None:
        return None
    words = text[max(lo, mention.start - 8) : mention.start].split()
    if not words or words[-1].lower() not in L.RELATIVES:
        return None
    return text.rfind(words[-1], lo, mention.start)


def headline_speech(doc: Document, sent: Span) -> tuple[Span, Mention, Span] | None:
    """The first headline attribution in ``sent``: what was said, its speaker and its cue."""
    L = current()
    text = doc.text
    for m in _title_cues(doc, sent):
        low = m.group().lower()
        if low not in L.SPEECH_FORMS and low not in ("calls", "called") or low.endswith("ing") or doc.inside_quote(m.start()):
            continue
        subject_end = m.start()
        previous = text[max(sent.start, m.start() - 16) : m.start()].split()[-1:]
        if previous and previous[0].lower() in L.OBJECT_PREPOSITIONS:
            continue  # "Ruiz Defends Herself Against | Claims She Misled Voters": a preposition's noun, no cue
        adverb = ADVERB_BEFORE.search(text, max(sent.start, m.start() - 16), m.start())
        if adverb is not None and adverb.group("word").lower() in L.HEADLINE_ADVERBS:
            subject_end = adverb.start("word")  # "Al Ruiz | Just | Said …": the adverb is no part of the subject
        mention = mention_before(text, sent.start, subject_end)
        relative = _relative_before(L, text, sent.start, mention)
        if relative is not None:
            # "Captain Who Backed Mayor Lee Just | Called …": the relative clause's object is no subject, its antecedent is
            mention = mention_before(text, sent.start, relative)
        if mention is None or not mention.name[:1].isupper() and mention.pronoun is None:
            continue
        before = text[sent.start : mention.start].rstrip()
        if not text[m.end() : sent.end].strip(" .!?\u00a0\n"):
            # "Clinton Hid Health Problems, Former Doctor Says.": what was said comes first
            if before.endswith(",") and _mostly_title_case(text[sent.start : len(before) + sent.start - 1]):
                return strip_span(text, sent.start, sent.start + len(before) - 1), mention, cue_span(text, m.start(), m.end())
            continue
        if before.endswith(","):
            continue  # "PRESSWELL USA, Inc. Reports": the subject's words go on before a comma, the walk has a part
        content_end = _title_run(text, m.end(), sent.end)
        start = m.end() + 1
        while start < content_end and text[start] in " \u00a0":
            start += 1
        stop = content_end
        while stop > start and text[stop - 1] in ".,;:!? ":
            stop -= 1
        words = text[start:stop].split()
        if len(words) < MIN_WORDS or _no_report(L, low, words[0].lower()):
            continue
        return Span(start, stop), mention, cue_span(text, m.start(), m.end())
    return None
