"""The extraction engine: quoted spans, attribution rules, reported speech.

:func:`extract` runs four passes over one document, all on offsets of the
original text:

1. pair quotation marks into quoted spans (:mod:`quotex.quotes`);
2. attribute each span by the first rule of :mod:`quotex.rules` that
   matches around it (one handler per rule below);
3. let unattributed spans inherit a speaker from their quotation, their
   paragraph, or the paragraph before;
4. find reported (indirect) speech in the sentences that hold no quotation.

Speakers are then resolved in document order ("he", "Kirby" -> "John Kirby").
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from operator import methodcaller
from typing import Final

import regex

from quotex import cues, german, lexicon, rules
from quotex.model import Cue, Quote, QuoteType, Speaker, SpeakerKind
from quotex.quotes import QuotedSpan, find_quoted
from quotex.speakers import (
    CONTRACTED_PRONOUNS,
    DETERMINERS,
    NUMBER_WORDS,
    PARTY_TAG,
    PREPOSITIONS,
    SUBJECT_PRONOUNS,
    TIME_WORDS,
    Mention,
    Resolver,
    Tok,
    classify,
    document_scope,
    mention_after,
    mention_before,
    place_comma,
    possessive_stem,
    tokenize,
)
from quotex.text import ABBREVIATIONS, Span, paragraphs, sentences

#: Quotations of at most this many words, all capitalised, are titles of
#: works or slogans ("Fox News Sunday"), not speech.
TITLE_MAX_WORDS: Final = 8
#: Closing double marks, after a comma set inside them ("“Daily News,”").
CLOSING_DOUBLE_MARKS: Final = frozenset('"\N{RIGHT DOUBLE QUOTATION MARK}\N{LEFT DOUBLE QUOTATION MARK}')
#: How many words :func:`_last_tokens` reads before a position.
LAST_WORDS: Final = 2
#: How far a German separable verb's particle may follow it, in characters.
GERMAN_PARTICLE_REACH: Final = 80
#: How far before a quotation a possessive claim may start, in characters.
POSSESSIVE_REACH: Final = 160
#: How many cue words after the first one a speaker-then-cue attribution may try.
MORE_CUES: Final = 2
#: Who may introduce a quoted sentence with a colon and no cue word.
COLON_SPEAKER_KINDS: Final = frozenset({"person", "organization", "group", "anonymous", "document"})
#: Who may own quoted words in a clause with no cue, and how many words it takes.
EMBEDDED_SPEAKER_KINDS: Final = frozenset({"person", "organization", "document"})
EMBEDDED_MIN_WORDS: Final = 4
#: Particles after which a cue's object is what was said: "called for", "called on", "pointed to".
OBJECT_PARTICLES: Final = frozenset({"for", "on", "to"})
#: Object pronouns after "to" ("said to him"), unlike an infinitive ("pledged to oppose").
PRONOUN_OBJECTS: Final = frozenset("me him her us them you it".split())
#: A capitalised word, as counted to tell names from one-off sentence openers.
CAPITALISED: Final = regex.compile(
    r"(?<![\p{L}\p{M}\p{N}]) \p{Lu} [\p{L}\p{M}\-]{0,40} (?: ['\N{RIGHT SINGLE QUOTATION MARK}] \p{L}{2,20} )?", regex.VERBOSE
)
#: Words before an opening mark that make a quotation a name, not speech.
NAMING_WORDS: Final = frozenset(
    """
    so-called dubbed titled entitled nicknamed named called labeled labelled branded slogan hashtag word
    words term phrase
    """.split()
)
#: Words that may follow "Kirby said" in its attribution ("said in a
#: statement", "said last week"); another lowercase word starts the cue's own
#: object ("She announced a lawsuit").
SETTING_WORDS: Final = frozenset(
    """
    in on at of to during after before with from about while when as last this earlier later recently
    yesterday today tonight again too also afterward afterwards then repeatedly simply flatly angrily
    quietly softly via through over by outside inside near without
    """.split()
)
SMALL_WORDS: Final = frozenset(
    """
    a an the of and or in on at to for with by from is vs de
    """.split()
)


@dataclass
class Attribution:
    mention: Mention
    cue: Span | None
    rule: str


@dataclass
class Found:
    start: int
    end: int
    type: QuoteType
    paragraph: int
    attribution: Attribution


class Document:
    """One text with its paragraphs, sentences and quoted spans."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.paras = paragraphs(text)
        self.quoted = find_quoted(text, self.paras)
        self._sentences: list[Span] = []
        for para in self.paras:
            self._sentences.extend(sentences(text, para))
        self._sentence_starts = [s.start for s in self._sentences]
        self._quote_opens = [q.open for q in self.quoted]
        # a short title in marks inside a clause ("Laut einem Bericht der „Süddeutschen
        # Zeitung“ plant …") is part of the clause, not a wall around reported speech
        self._titles = [q.close is not None and _short_title(self, q) for q in self.quoted]
        self._cues = _scan_cues(text)
        self._cue_starts = [c[0] for c in self._cues]
        self._capitals: Counter[str] | None = None

    def capital_count(self, word: str) -> int:
        """How often a capitalised word occurs in the document (counted once, on first use)."""
        if self._capitals is None:
            self._capitals = Counter(CAPITALISED.findall(self.text))
        return self._capitals[word]

    def cue_words(self, lo: int, hi: int) -> list[tuple[int, int, str]]:
        """(start, end, word) of the cue words in ``text[lo:hi]``, "according to" included."""
        return self._cues[bisect.bisect_left(self._cue_starts, lo) : bisect.bisect_left(self._cue_starts, hi)]

    def iter_cue_words(self, lo: int, hi: int) -> Iterator[tuple[int, int, str]]:
        """:meth:`cue_words`, one at a time and without a copy: a reader that
        stops at its first hit pays only for what it read."""
        cues_, starts = self._cues, self._cue_starts
        for i in range(bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)):
            yield cues_[i]

    def sentence_at(self, pos: int) -> Span:
        i = bisect.bisect_right(self._sentence_starts, pos) - 1
        return self._sentences[max(i, 0)] if self._sentences else Span(0, len(self.text))

    def quote_at(self, pos: int) -> QuotedSpan:
        """The quotation that opens at or before ``pos`` (call when there is one)."""
        return self.quoted[max(0, bisect.bisect_right(self._quote_opens, pos) - 1)]

    def quote_opens_in(self, lo: int, hi: int) -> bool:
        """Does a quotation open in ``text[lo:hi]``?"""
        i = bisect.bisect_left(self._quote_opens, lo)
        return i < len(self._quote_opens) and self._quote_opens[i] < hi

    def inside_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self._quote_opens, pos) - 1
        return i >= 0 and self.quoted[i].open < pos < self.quoted[i].outer_end

    def sentences(self) -> list[Span]:
        return self._sentences

    def unquoted(self, span: Span) -> list[Span]:
        """The stretches of ``span`` outside quotation marks ("Suu Kyi said it was
        too early but added, | “…”"), where reported speech may be."""
        pieces = []
        start = span.start
        i = bisect.bisect_right(self._quote_opens, span.start) - 1
        if i >= 0 and self.quoted[i].outer_end > start:
            start = self.quoted[i].outer_end  # the span starts inside a quotation
        for j in range(max(i + 1, 0), len(self.quoted)):  # not a slice: a copy per sentence is quadratic
            q = self.quoted[j]
            if q.open >= span.end:
                break
            if self._titles[j]:
                continue
            if q.open > start:
                pieces.append(Span(start, q.open))
            start = max(start, q.outer_end)
        if start < span.end:
            pieces.append(Span(start, span.end))
        return pieces

    def quote_opens_at(self, pos: int) -> bool:
        i = bisect.bisect_left(self._quote_opens, pos)
        return i < len(self.quoted) and self.quoted[i].open == pos


#: The words :func:`_scan_cues` keeps, besides those that start like "according".
SCANNED_WORDS: Final = rules.CUE_FORMS | rules.ACCORDING_WORDS
_STARTS_ACCORDING: Final = methodcaller("startswith", ("according", "According", "nach", "Nach"))


def _scan_cues(text: str) -> list[tuple[int, int, str]]:
    """(start, end, word) of every cue word of ``text``, "according to" as one.

    The same list as ``[(m.start(), m.end(), m.group()) for m in
    rules.WORD_OR_ACCORDING.finditer(text)]`` keeping the words in
    :data:`SCANNED_WORDS` or that start like "according", in two thirds of
    the time: a Python loop over every word of the document is what costs,
    so the set of its words (one regex pass) tells which cue words occur,
    and only those are located, with ``str.find``.
    """
    words = set(rules.WORD.findall(text))
    present = words & SCANNED_WORDS
    present.update(filter(_STARTS_ACCORDING, words))
    found = []
    for word in present:
        i = text.find(word)
        while i >= 0:
            run = rules.WORD_AT.match(text, i)  # the whole word at i, if a word starts there
            if run is not None and run.end() == i + len(word):
                found.append((i, i + len(word), word))
            i = text.find(word, i + 1 if run is None else run.end())
    found.sort()
    cues: list[tuple[int, int, str]] = []
    for start, end, word in found:
        if cues and start < cues[-1][1]:
            continue  # the "to" of "according to"
        if word in ("according", "According", "nach", "Nach") and (phrase := rules.ACCORDING_TO.match(text, start)) is not None:
            end, word = phrase.end(), phrase.group()
        cues.append((start, end, word))
    return cues


def _cue_span(text: str, start: int, end: int) -> Span:
    """Extend a cue by its particle ("called for", "pointed out")."""
    word = text[start:end]
    particles = cues.PARTICLE_FORMS.get(word.lower())
    if particles:
        rest = text[end : end + 12]
        for p in particles:
            if rest.startswith(" " + p) and not rest[len(p) + 1 : len(p) + 2].isalpha():
                return Span(start, end + 1 + len(p))
    if word in german.PARTICLE_FORMS:
        # a German separable verb keeps its particle at the clause end:
        # "warf der Regierung vor, …", "teilte die Polizei am Montag mit, dass …"
        m = rules.GERMAN_PARTICLE.match(text, end, min(len(text), end + GERMAN_PARTICLE_REACH))
        if m is not None and m.group("particle") in german.PARTICLE_FORMS[word]:
            return Span(start, m.end("particle"))
    return Span(start, end)


def _word_count(s: str) -> int:
    return len(s.split())


def _is_title(text: str) -> bool:
    """A short quotation in Title Case: a title of a work or a slogan."""
    words = [w for w in text.replace("\N{EM DASH}", " ").split() if w[:1].isalpha()]
    if not words or len(words) > TITLE_MAX_WORDS:
        return False
    if text.rstrip()[-1:] in ".!?" and len(words) > 3:
        return False
    return all(w[0].isupper() or w.lower() in SMALL_WORDS for w in words) and any(w[0].isupper() for w in words)


#: The most words a quoted title inside a clause may have.
SHORT_TITLE_WORDS: Final = 4


def _short_title(doc: Document, q: QuotedSpan) -> bool:
    inner = doc.text[q.start : q.end]
    return _word_count(inner) <= SHORT_TITLE_WORDS and _is_title(inner) and _embedded(doc, q)


def _embedded(doc: Document, q: QuotedSpan) -> bool:
    """Does the quotation open in the middle of a clause (a partial quote)?"""
    i = q.open - 1
    text = doc.text
    para = doc.paras[q.paragraph]
    while i >= para.start and text[i] in " \t\u00a0":
        i -= 1
    if i < para.start:
        return False
    if text[i - 1 : i + 1] == "''":
        return False  # after another quotation closed with two apostrophes
    if text[i] == "." and doc.sentence_at(q.open).start <= i:
        return True  # 'said the U.S. “clearly” needed': the period of an abbreviation
    return text[i] not in ":,.!?;(\N{EM DASH}\N{EN DASH}-" and text[i] not in '"\N{RIGHT DOUBLE QUOTATION MARK}'


def _names_something(doc: Document, q: QuotedSpan) -> bool:
    """Is the quotation a title or a name rather than someone's words: a Title
    Case phrase inside a clause (unless someone called somebody that), or
    named by the words before it ("a show called “Veep”")?"""
    title = _is_title(doc.text[q.start : q.end]) and _embedded(doc, q) and not _labelled(doc, q)
    return title or _names_the_quote(doc, q)


def _labelled(doc: Document, q: QuotedSpan) -> bool:
    """Is the Title Case quotation what someone called somebody ("Ms. Friedan
    called Mrs. Schlafly an “Aunt Tom”")?"""
    m = rules.CALLED_LABEL.search(doc.text, max(doc.paras[q.paragraph].start, q.open - 60), q.open)
    return m is not None


#: Marks after which a quotation follows no naming word: each is a token of
#: its own, or a period that ends a sentence or an abbreviation ("U.S.", and
#: no naming word is one).
NOT_NAMING_ENDS: Final = frozenset(',.;:!?()"\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}\N{EM DASH}\N{EN DASH}')


def _names_the_quote(doc: Document, q: QuotedSpan) -> bool:
    """Is the quotation a name ("the so-called “experts”", "a show called “Veep”"),
    rather than words someone called something ("what Gilbert called “a problem”")?"""
    lo = max(doc.paras[q.paragraph].start, q.open - 40)
    last = _previous_char(doc.text, lo, q.open)
    if last is None or doc.text[last] in NOT_NAMING_ENDS:
        return False  # nothing before it, or a mark ('said, “…”', 'ended. “…”'): no need to tokenise
    toks = _last_tokens(doc.text, lo, q.open)
    if not toks or toks[-1].low not in NAMING_WORDS:
        return False
    if toks[-1].low == "so-called" or len(toks) < 2:
        return True
    if q.close is not None and rules.BY_AGENT.match(doc.text, q.outer_end, doc.paras[q.paragraph].end):
        return False  # "has been called “strategic ambiguity” by Joshua Hendrick": someone's words
    before = toks[-2]
    speaker_before = before.low in SUBJECT_PRONOUNS or before.low in {"who", "whom"} or (before.cap and before.low not in DETERMINERS)
    return not speaker_before


# -- direct rules: one handler each, tried in order --------------------------------


def rule_quote_speaker_cue(doc: Document, q: QuotedSpan) -> Attribution | None:
    if q.close is None:
        return None
    para = doc.paras[q.paragraph]
    # the nearest cue word may sit in the speaker's apposition ("Thomas Hanify,
    # the president of the Indiana state firefighters union, said"): then the
    # next cue words in reach are tried, the phrase before each read as the speaker
    for tries, m in enumerate(speaker_cue_matches(doc, q.outer_end, min(para.end, q.outer_end + 200))):
        att = None if m is None else _speaker_then_cue(doc, q, m)
        if att is not None or tries == MORE_CUES:
            return att
    return None


def speaker_cue_matches(doc: Document, start: int, end: int) -> Iterator[regex.Match[str] | None]:
    """QUOTE_SPEAKER_CUE fitted from ``start`` to each cue word before ``end``:
    the first match is what the pattern with every cue form spelled out
    (``\\L<cues>``) would find, each later item the next cue word's reading
    (None where the phrase before it is no clause)."""
    candidates = [c for c in doc.cue_words(start, end) if c[2] in rules.CUE_WORDS and c[1] <= end]
    found = False
    for c in candidates:
        m = rules.QUOTE_SPEAKER_CUE.fullmatch(doc.text, start, c[1])
        if m is not None or found:
            found = True
            yield m


def _speaker_then_cue(doc: Document, q: QuotedSpan, m: regex.Match[str]) -> Attribution | None:
    """The attribution of a QUOTE_SPEAKER_CUE match whose phrase is all speaker."""
    if _cue_belongs_elsewhere(doc, q, m.end("cue")):
        return None
    np_start = _skip_space(doc.text, m.start("np"))
    if doc.text.startswith("as ", np_start):
        np_start += 3  # '“…,” as a Homeland Security memo put it'
    elif _modifies_noun(doc, q, np_start):
        return None  # 'The “wise Latina” phrase Grassley cited': the quotation names the phrase
    mention = mention_before(doc.text, np_start, m.start("cue"))
    if mention is None or mention.start != _skip_auxiliary(doc.text, _skip_space(doc.text, np_start)):
        return None
    return Attribution(mention, _cue_span(doc.text, *m.span("cue")), "quote_speaker_cue")


def _modifies_noun(doc: Document, q: QuotedSpan, np_start: int) -> bool:
    """Does the quotation, closed with no punctuation, stand before a common
    noun it modifies ('the “wise Latina” phrase', 'a “dissent channel” memo')?
    Not '“…,” officials said', where a comma closes the quoted words."""
    text = doc.text
    if any(c in ",.!?;:" for c in text[q.end - 1 : q.outer_end + 1]):
        return False
    word = text[np_start : np_start + 30].split(None, 1)[0] if text[np_start : np_start + 30].strip() else ""
    return word[:1].islower() and word.lower() not in DETERMINERS and word.lower() not in SUBJECT_PRONOUNS


def _ends_sentence(doc: Document, q: QuotedSpan) -> bool:
    """Does a sentence end at the quotation's close ('…tomorrow.” He said…')?"""
    text = doc.text
    return text[q.end - 1] in ".!?" or text[q.outer_end : q.outer_end + 1] == "."


#: Pronouns a cue addresses: "he urged them", "she told him".
OBJECT_PRONOUNS: Final = frozenset("them him us me you reporters".split())


def _cue_belongs_elsewhere(doc: Document, q: QuotedSpan, cue_end: int, inverted: bool = False) -> bool:
    """A cue after a closed sentence belongs to the next sentence, not to this
    quotation, when this one sat inside a clause, when the cue opens the next
    quotation ('“…badge of honor.” He added, “I will…”'), or when the cue
    takes an object of its own ('“…” She further announced a lawsuit…')."""
    if not _ends_sentence(doc, q):
        if inverted or not _embedded(doc, q):
            return False
        # quoted words inside a clause, then a new clause with a complement of its own:
        # 'Although Weiner admitted he had “been friends,” he claimed they never met'
        rest = doc.text[cue_end : doc.sentence_at(cue_end).end].split()
        first = rest[0].strip(".,;") if rest else ""
        if first == "it" and doc.text[cue_end - 3 : cue_end] == "put":
            return False  # '“…,” as the memo put it'
        return bool(rest) and (rest[0][:1] == ":" or first.islower() and first not in SETTING_WORDS and first not in OBJECT_PRONOUNS)
    if _embedded(doc, q):
        return True
    para_end = doc.paras[q.paragraph].end
    following = rules.NEXT_QUOTE.match(doc.text, cue_end, para_end)
    if following is not None and not any(word in rules.CUE_WORDS for _, _, word in doc.cue_words(cue_end, following.end())):
        return True  # not '“Filth out!” she wrote, arguing that …, “…”': the second cue introduces that one
    if inverted:
        return False
    rest = doc.text[cue_end : doc.sentence_at(cue_end).end].split()
    first = rest[0].strip(".,") if rest else ""
    # '“…” She further announced a lawsuit': the cue's own object; not '“…?” he urged them, as…',
    # '“…?” Sanders asked rhetorically, …'
    manner = first.endswith("ly")
    if len(rest) > 3 and first[:1].isupper():
        # '“It's just not true.” He said Clinton would not go far enough': a clause with its own subject
        return _opens_own_clause(first, doc.text[max(0, cue_end - 30) : cue_end].split()[-1].lower() in rules.TAKES_OBJECT)
    return len(rest) > 3 and first.islower() and first not in SETTING_WORDS and first not in OBJECT_PRONOUNS and not manner


def _skip_auxiliary(text: str, pos: int) -> int:
    """Past a German auxiliary that opens a verb-second clause: "„…“, hatte Merkel … gesagt"."""
    word = text[pos : pos + 8].split(" ", 1)[0]
    return _skip_space(text, pos + len(word)) if word in german.AUXILIARIES else pos


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\u00a0,\N{EM DASH}\N{EN DASH}":
        pos += 1
    return pos


def rule_quote_cue_speaker(doc: Document, q: QuotedSpan) -> Attribution | None:
    if q.close is None:
        return None
    para = doc.paras[q.paragraph]
    m = rules.QUOTE_CUE_SPEAKER.match(doc.text, q.outer_end, min(para.end, q.outer_end + 60))
    if not m or (m.group("so") is None and m.group("cue") not in rules.CUE_WORDS):
        return None
    cue_word = m.group("cue").lower()
    between = doc.text[q.end - 1 : m.start("cue")]
    if _embedded(doc, q) and not any(ch in between for ch in ",\N{EM DASH}\N{EN DASH}"):
        return None  # 'say the “sharing economy” reflects an improvement': the quotation is a subject
    if _embedded(doc, q) and any(c.end >= q.open - 2 for c in _cues_before(doc, max(doc.paras[q.paragraph].start, q.open - 40), q.open)):
        return None  # 'Mr. Manafort, citing “the unique magic of Trump,” said …': the cue before it speaks
    if m.group("possessive") is not None and (cue_word in rules.TAKES_OBJECT or cue_word not in cues.SPEECH_FORMS):
        return None  # '“…,” told his supporters': an object; '“…,” said his campaign manager' is the speaker
    if _cue_belongs_elsewhere(doc, q, m.end("cue"), inverted=True):
        return None
    mention = mention_after(doc.text, m.end(), para.end)
    if mention is None:
        return None
    return Attribution(mention, _cue_span(doc.text, *m.span("cue")), "quote_cue_speaker")


def rule_quote_according_to(doc: Document, q: QuotedSpan) -> Attribution | None:
    if q.close is None:
        return None
    para = doc.paras[q.paragraph]
    m = rules.QUOTE_ACCORDING_TO.match(doc.text, q.outer_end, min(para.end, q.outer_end + 40))
    if not m and _embedded(doc, q):
        m = _closing_according_to(doc, q)
    if not m:
        return None
    mention = mention_after(doc.text, m.end(), para.end)
    if mention is None:
        return None
    return Attribution(mention, Span(*m.span("cue")), "quote_according_to")


def _closing_according_to(doc: Document, q: QuotedSpan) -> regex.Match[str] | None:
    """', according to X.' closing the sentence of quoted words that no main
    cue of their own introduces ('the Graysons became “agitated” once the
    cameras were off, according to a source')."""
    sent = doc.sentence_at(q.open)
    if any(not _subordinate(doc, sent.start, c) for c in _cues_before(doc, sent.start, q.open)):
        return None  # 'Trump said the plan was “dead,” according to CNN': Trump said it
    for start, _, word in doc.cue_words(q.outer_end, sent.end):
        if _is_according(word):
            comma = _previous_char(doc.text, q.outer_end, start)
            return rules.QUOTE_ACCORDING_TO.match(doc.text, comma, sent.end) if comma is not None and doc.text[comma] == "," else None
        if word in rules.CUE_WORDS:
            return None
    return None


def rule_according_to_quote(doc: Document, q: QuotedSpan) -> Attribution | None:
    sent = doc.sentence_at(q.open)
    m = rules.ACCORDING_TO_QUOTE.search(doc.text, max(sent.start, q.open - 160), q.open)
    if not m and _embedded(doc, q):
        # 'According to Limbaugh, the move reeks of “fear”': a partial quotation in the sourced clause
        m = rules.ACCORDING_TO_OPENER.search(doc.text, max(sent.start, q.open - 300), q.open)
        if m and _cues_before(doc, m.end(), q.open):
            return None  # a cue of its own in the clause speaks
    if not m:
        return None
    mention = mention_after(doc.text, m.start("np"), m.end("np"))
    if mention is None:
        return None
    return Attribution(mention, Span(*m.span("cue")), "according_to_quote")


def _cues_before(doc: Document, lo: int, hi: int) -> list[Span]:
    """Cue words in ``text[lo:hi]`` that can attribute a quotation, left to right."""
    found = []
    for start, end, word in doc.cue_words(lo, hi):
        if word not in cues.QUOTE_FORMS and word not in cues.PARTICLE_FORMS or end > hi:
            continue
        if doc.inside_quote(start) or _after_determiner(doc.text, lo, start) or _aside(doc.text, start, end):
            continue
        cue = _cue_span(doc.text, start, end)
        if cue.end == end and cues.LEMMA_OF.get(word) in cues.NEEDS_PARTICLE - {"call"}:
            continue
        found.append(cue)
    return found


def _aside(text: str, start: int, end: int) -> bool:
    """Is the cue word an aside set off by commas ("no better than, say, Mr. Cruz's plan")?"""
    return text[start:end] == "say" and text[end : end + 1] == "," and text[max(0, start - 2) : start] == ", "


def rule_speaker_cue_quote(doc: Document, q: QuotedSpan) -> Attribution | None:
    """Cue before the quotation: direct after a colon or comma, partial inside a clause.

    A direct quotation takes the cue next to it ('Kirby told CNN: “…”'); a
    partial one takes the first cue of its sentence with a speaker, the main
    attribution ('Trump says he goes “back to war”').
    """
    sent = doc.sentence_at(q.open)
    lo = max(sent.start, q.open - 300)
    candidates = _cues_before(doc, lo, q.open)
    if not candidates:
        return None
    last = candidates[-1]
    # "went on" introduces no whole quotation before it ("the Senate goes on recess, “…”")
    particle_only = cues.LEMMA_OF.get(doc.text[last.start : last.end].split()[0].lower()) in cues.QUOTE_ONLY_PARTICLES
    direct = not particle_only and rules.ADJUNCT.match(doc.text, last.end, q.open) is not None
    if not direct and not _embedded(doc, q):
        return _across_subordinate(doc, sent.start, candidates, q)
    if not direct:
        inserted = _parenthetical_attribution(doc, sent.start, candidates)
        if inserted is not None:
            return inserted  # "Cost estimates, he added, were “based on a prototype…”"
        clause = max(_clause_start(doc, sent.start, q.open), _coordinated_subject(doc, sent.start, candidates))
        candidates = [c for c in candidates if c.start >= clause] or candidates
        # a particle cue without an object reports nothing that could hold the quotation
        # ("Clinton weighed in …, hours after Sanders said he was “encouraged”")
        main = [c for c in candidates if not _subordinate(doc, sent.start, c) and not _bare_particle(doc, c)]
        candidates = main + [c for c in reversed(candidates) if c not in main]
    relative: Attribution | None = None
    for cue in [last] if direct else candidates:
        mention = _subject_of(doc, sent.start, cue, q.open if direct else None)
        if mention is None:
            continue
        att = Attribution(mention, cue, "speaker_cue_quote" if direct else "partial_after_cue")
        if direct or mention.pronoun != "who":
            return att
        relative = relative or att  # "a turn that called to mind…, Mr. Cruz pledged “…”": a relative clause is not the main one
    return relative


def _across_subordinate(doc: Document, lo: int, candidates: list[Span], q: QuotedSpan) -> Attribution | None:
    """'Ryan says no matter what action Obama takes, “…”': the main cue
    introduces a quotation after a subordinate clause (whose own cue,
    'when Warren railed against…', does not)."""
    for cue in reversed(candidates):
        if rules.SUBORDINATE_BRIDGE.fullmatch(doc.text, cue.end, q.open) and not _subordinate(doc, lo, cue):
            mention = _subject_of(doc, lo, cue, None)
            return None if mention is None else Attribution(mention, cue, "speaker_cue_quote")
    return None


def _bare_particle(doc: Document, cue: Span) -> bool:
    """Is the cue a particle verb that takes no object ("weighed in", "chimed in")?"""
    words = doc.text[cue.start : cue.end].split()
    return len(words) == 2 and (cues.LEMMA_OF.get(words[0].lower()), words[1]) in cues.BARE_PARTICLE_VERBS


def _parenthetical_attribution(doc: Document, lo: int, candidates: list[Span]) -> Attribution | None:
    """An attribution set off by commas inside the clause: "Cost estimates,
    | he added, | were “…”"."""
    text = doc.text
    for cue in reversed(candidates):
        if text[cue.end : cue.end + 1] != ",":
            continue
        mention = mention_before(text, lo, cue.start)
        if mention is None or mention.pronoun == "who":
            continue
        comma = _previous_char(text, lo, mention.start)
        if comma is not None and text[comma] == "," and comma > lo:
            return Attribution(mention, cue, "partial_after_cue")
    return None


def _coordinated_subject(doc: Document, lo: int, candidates: list[Span]) -> int:
    """Where a coordinated clause with a subject of its own starts: "the Post
    will brand you a liar | and NBC News will accuse you of a “freak out”"."""
    for cue in reversed(candidates[1:]):
        mention = mention_before(doc.text, lo, cue.start)
        if mention is not None and mention.pronoun != "who" and doc.text[max(lo, mention.start - 5) : mention.start] == " and ":
            return mention.start
    return lo


def _clause_start(doc: Document, lo: int, pos: int) -> int:
    """Where the coordinated clause holding ``pos`` starts: after the last
    ", and", ", but", semicolon or dash before it ("Puerto Rico has been
    warning…, and Ms. Acosta said the “extraordinary measures”…")."""
    m = rules.LAST_CLAUSE_BREAK.search(doc.text, lo, pos)
    return lo if m is None else m.end()


def _subject_of(doc: Document, lo: int, cue: Span, inverted_until: int | None) -> Mention | None:
    """The speaker of a cue: its subject, or for 'said Kirby: “…”' the words after it.

    A participle ("saying", "adding") hangs on a document ("a letter calling
    for"), on an earlier cue's speaker ("said Scott, adding that") or on its
    clause's subject ("The senator emailed supporters saying"), not on the
    words right before it.
    """
    text = doc.text
    word = text[cue.start : cue.end].split()[0].lower()
    if word.endswith("ing"):
        return (
            _with_subject(doc, lo, cue.start)
            or _participle_subject(doc, lo, cue.start)
            or _earlier_speaker(doc, lo, cue)
            # "…, and he has battled with the mayor, at one point calling him a “liar”": its own clause's subject
            or _clause_subject(doc, _clause_start(doc, lo, cue.start), cue.start)
            or mention_before(text, lo, cue.start)
        )
    mention = mention_before(text, lo, cue.start)
    if inverted_until is not None and (word in german.SPEECH_FORMS or word in german.QUOTE_ONLY_FORMS):
        first = text[mention.start : mention.end].split()[0].lower() if mention is not None else None
        if mention is None or first in german.OBLIQUE_ARTICLES:
            # verb second: "Dem Sender n-tv sagte er: „…“", "Am Montag sagte Merkel: „…“"
            after = mention_after(text, cue.end, inverted_until)
            mention = after if after is not None and after.pronoun != "who" else mention
    if mention is None and text[max(lo, cue.start - 3) : cue.start] == "to ":
        # "D’Souza went on to explain that", "…so subdued that Mr. Trump was prompted to say"
        mention = _infinitive_subject(doc, lo, cue.start - 3) or _clause_subject(doc, lo, cue.start)
    if mention is None and inverted_until is not None and _opens_clause(doc, lo, cue.start):
        mention = mention_after(text, cue.end, inverted_until)  # 'said Kirby: “…”', not 'but told his supporters, “…”'
    if mention is None and any(w in ("but", "and") for w in text[lo : cue.start].split()):
        # "X would not…, but said …"; "When Mook was asked …, he laughed and said": the subject after the last comma first
        comma = text.rfind(",", lo, cue.start)
        after_comma = _clause_subject(doc, comma + 1, cue.start) if comma > lo else None
        if after_comma is not None and not (after_comma.pronoun or text[after_comma.start].isupper()):
            after_comma = None  # "…, chief of staff and said": no subject of its own
        mention = after_comma or _clause_subject(doc, lo, cue.start)
    if mention is not None and doc.inside_quote(mention.start) and not doc.inside_quote(cue.start):
        return None  # 'ridiculed that as “political Stockholm Syndrome” and said': quoted words speak for nobody
    return mention


def _infinitive_subject(doc: Document, lo: int, to_start: int) -> Mention | None:
    """The subject before the verb that governs an infinitive cue: "Mr. Trump
    | was prompted | to say", "D’Souza | went on | to explain"."""
    toks = tokenize(doc.text, max(lo, to_start - 60), to_start)
    for k in range(1, min(3, len(toks)) + 1):
        tok = toks[-k]
        if tok.cap or tok.punct or not tok.text.isalpha():
            return None
        mention = mention_before(doc.text, lo, tok.start)
        if mention is not None:
            return mention
    return None


def _with_subject(doc: Document, lo: int, cue_start: int) -> Mention | None:
    """The subject of an absolute phrase: '…, with Sen. John McCain calling it…'."""
    mention = mention_before(doc.text, lo, cue_start)
    if mention is None:
        return None
    before = tokenize(doc.text, max(lo, mention.start - 6), mention.start)
    return mention if before and before[-1].low == "with" else None


def _earlier_speaker(doc: Document, lo: int, cue: Span) -> Mention | None:
    """The speaker of the cue before this one in the sentence."""
    for earlier in reversed(_cues_before(doc, lo, cue.start)):
        if earlier.end <= cue.start and not doc.text[earlier.start : earlier.end].endswith("ing"):
            mention = mention_before(doc.text, lo, earlier.start)
            if mention is None and _opens_clause(doc, lo, earlier.start):
                mention = mention_after(doc.text, earlier.end, cue.start)  # "said Scott, adding"
            if mention is not None:
                return mention
    return None


def _opens_clause(doc: Document, lo: int, pos: int) -> bool:
    """Does ``pos`` open its sentence or follow a comma, dash or closing mark,
    as an inverted cue does ("”, said Scott, adding…")?"""
    before = doc.text[lo:pos].rstrip()
    return not before or before[-1] in ",\N{EM DASH}\N{EN DASH}\"\N{RIGHT DOUBLE QUOTATION MARK}'"


def _clause_subject(doc: Document, lo: int, end: int) -> Mention | None:
    """The subject that opens the sentence, after any opening phrase
    ("At the time, she…", "When protesters interrupted her, they…")."""
    text = doc.text
    if doc.inside_quote(lo) or doc.quote_opens_at(lo):
        lo = min(end, doc.quote_at(lo).outer_end)  # '“…,” he said, and then predicted:': the quotation is no subject
    toks = tokenize(text, lo, end)
    # "in Salem, New Hampshire, Trump…": a place's comma opens no clause
    commas = [t for i, t in enumerate(toks) if t.text == "," and not place_comma(toks, i)]
    starts = [lo] + [c.end for c in commas[:2]]
    if len(toks) > 2 and toks[0].low in SENTENCE_ADVERBS and toks[1].low in SENTENCE_ADVERBS and toks[2].text != ",":
        starts[0] = toks[2].start  # "And then Trump went on the attack, saying…"
    elif len(toks) > 1 and toks[0].low in SENTENCE_ADVERBS and toks[1].text != "," and toks[1].low not in PREPOSITIONS:
        starts[0] = toks[1].start  # "Then he cut into Bush, calling him…"; not "Later in the summer, she…"
    elif (
        toks
        and commas
        and (toks[0].low in TIME_OPENERS or toks[0].low in SUBORDINATORS or toks[0].low in PREPOSITIONS or toks[0].low.endswith("ing"))
    ):
        starts = starts[1:]  # "On the eve of the vote, Netanyahu…", "Speaking in Salem, Trump…": an opening phrase
    for start in starts:
        mention = mention_after(text, start, end)
        if mention is None:
            continue
        after = text[mention.end : mention.end + 2].strip()
        first = tokenize(text, mention.start, mention.end)[0].low
        if after.startswith(",") and start == lo and commas and not _ends_in_name(doc, mention):
            continue  # an opening phrase, not the subject; a name before a comma has an apposition
        if first in SUBORDINATORS or first in TIME_OPENERS:
            continue
        if _stray_capital(doc, mention):
            continue  # "Hours later, Trump…", "Smiling, she…": an opening word, not a name
        return mention
    return None


#: Verbs whose subject issues a document: "released a statement saying".
ISSUING_VERBS: Final = frozenset("issued released sent posted published tweeted emailed circulated distributed shared put out".split())


def _participle_subject(doc: Document, lo: int, cue_start: int) -> Mention | None:
    """The document or speaker a participle cue hangs on: '…a letter … calling for'."""
    toks = tokenize(doc.text, lo, cue_start)
    for i in range(len(toks) - 1, -1, -1):
        if toks[i].cap:
            continue
        if toks[i].low in cues.QUOTE_FORMS:
            break
        if toks[i].low in lexicon.DOCUMENT_HEADS:
            gap = toks[i + 1 :]
            if gap and (gap[0].low not in PREPOSITIONS or any(t.punct for t in gap)):
                return None  # "issued a statement Tuesday saying": the issuer speaks; "a letter to X calling" is the letter
            first = i
            while (
                first > 0 and i - first < 3 and not toks[first - 1].punct and not toks[first - 1].cap and toks[first].low not in DETERMINERS
            ):
                first -= 1
            if toks[i].low in lexicon.STATEMENT_HEADS and any(t.low in ISSUING_VERBS for t in toks[max(0, first - 2) : first]):
                return None  # "she released a statement saying": the one who issued it speaks; "sent a letter calling" is the letter's
            if toks[first].low in lexicon.POSSESSIVE_PRONOUNS:
                return None  # "she revised her statement explaining…": its owner speaks
            return classify(doc.text, toks[first : i + 1])
    return None


def rule_speaker_colon_quote(doc: Document, q: QuotedSpan) -> Attribution | None:
    """'Donald Trump: “Appreciate the congrats…”': a speaker, a colon, the quotation."""
    text = doc.text
    i = q.open - 1
    while i > 0 and text[i] in " \t\u00a0":
        i -= 1
    if text[i] != ":":
        return None
    sent = doc.sentence_at(i)
    mention = mention_before(text, sent.start, i)
    if mention is None or mention.start != sent.start or mention.kind not in ("person", "organization", "group"):
        return None
    return Attribution(mention, Span(i, i + 1), "speaker_colon_quote")


def _colon_before(text: str, lo: int, pos: int) -> int | None:
    """The colon (or spaced dash) that ends the text right before ``pos``, if any."""
    i = _previous_char(text, lo, pos)
    if i is None:
        return None
    if text[i] == ":":
        return i
    dash = i - 1 if text[i - 1 : i + 1] == "--" else i if text[i] in "\N{EM DASH}\N{EN DASH}" else None
    if dash is not None and dash > lo and text[dash - 1] == " ":
        return i  # "…enhanced interrogation -- “I think…”"
    return None


def _colon_subject(doc: Document, colon: int, q: QuotedSpan) -> Mention | None:
    """The subject of a clause that ends in a colon and introduces a whole
    quoted sentence ('Kaine has adopted the stance…: “I’m pro-life…”')."""
    first = doc.text[q.start : q.start + 1]
    if not first.isupper() or _word_count(doc.text[q.start : q.end]) < 3:
        return None
    sent = doc.sentence_at(colon)
    # "Reid said …, but he gave the Texan a compliment: “…”": the subject of the last clause
    mention = _clause_subject(doc, _clause_start(doc, sent.start, colon), colon)
    if mention is None or mention.kind not in COLON_SPEAKER_KINDS:
        return None
    if mention.kind == "person" and mention.pronoun is None and not _ends_in_name(doc, mention):
        return None  # "Signs of momentum shifts…", "The timing of Sanders’ surge…"
    return mention


def _ends_in_name(doc: Document, mention: Mention) -> bool:
    """Does a mention end in a name ("Republican pollster Daron Shaw"), not
    in a common noun ("The timing of Sanders’ surge") or a stray capital?"""
    words = _mention_words(doc, mention)
    if words and _possessive(words[-1].text):
        return False  # "The timing of Sanders’"
    return bool(words) and words[-1].cap and not _stray_capital(doc, mention, words)


def _possessive(word: str) -> bool:
    """Does the word end in a possessive ("Sanders’", "Trump's")?"""
    return possessive_stem(word.lower()) != word.lower()


def _mention_words(doc: Document, mention: Mention) -> list[Tok]:
    """The words of a mention, without punctuation or a party tag at the end ("Paul Ryan, R-Wis.")."""
    words = [t for t in tokenize(doc.text, mention.start, mention.end) if not t.punct]
    while len(words) > 1 and PARTY_TAG.fullmatch(words[-1].text):
        words.pop()
    return words


def _stray_capital(doc: Document, mention: Mention, words: list[Tok] | None = None) -> bool:
    """Is a person mention a capitalised word that is no name: a sentence
    opener seen once in the document ("Hours later, …", "Smiling, …"), a
    headline in capitals, an abbreviation ("Calif.")?  Names come in full
    or again later ("Kaine" of "Tim Kaine"); common nouns ("the doctor")
    and pronouns were vetted by their head word."""
    if mention.kind != "person" or mention.pronoun is not None:
        return False
    words = _mention_words(doc, mention) if words is None else words
    if not words or not words[-1].cap:
        return False
    last = words[-1]
    if last.text.isupper() and len(last.text) > 1 or last.low in ABBREVIATIONS or "-" in last.text:
        return True
    if len(words) >= 2 and (words[-2].cap or words[-2].low in lexicon.TITLES or words[-2].low in lexicon.PEOPLE_HEADS):
        return False  # "Kevin Swanson", "band member Flea": a name after a first name or a role
    return doc.capital_count(last.text) < 2


def rule_clause_colon_quote(doc: Document, q: QuotedSpan) -> Attribution | None:
    colon = _colon_before(doc.text, doc.paras[q.paragraph].start, q.open)
    if colon is None:
        return None
    mention = _colon_subject(doc, colon, q)
    return None if mention is None else Attribution(mention, None, "clause_colon_quote")


def rule_embedded_subject(doc: Document, q: QuotedSpan) -> Attribution | None:
    """Quoted words inside a clause with no cue ('Clinton supports “appropriate
    pay raises,”'): the clause's subject chose them."""
    if not _embedded(doc, q) or _word_count(doc.text[q.start : q.end]) < EMBEDDED_MIN_WORDS:
        return None  # one to three words are as often scare quotes or names as someone's words
    sent = doc.sentence_at(q.open)
    mention = _clause_subject(doc, sent.start, q.open)
    if mention is None or mention.kind not in EMBEDDED_SPEAKER_KINDS or mention.pronoun in ("it", "you"):
        return None
    if mention.kind == "person" and mention.pronoun is None and not _ends_in_name(doc, mention):
        return None
    first = tokenize(doc.text, mention.start, mention.end)[0]
    if not (first.cap or first.low in DETERMINERS or first.low in SUBJECT_PRONOUNS):
        return None  # not a noun phrase
    if not any(c.isalpha() for c in doc.text[mention.end : q.open]):
        return None  # 'Clinton “is the only candidate…”': the quotation holds the verb
    return Attribution(mention, None, "embedded_subject")


def rule_possessive_claim(doc: Document, q: QuotedSpan) -> Attribution | None:
    """'Trump’s claim that there have been “thousands of shootings”': the owner
    of a claim, a promise, a remark says the quoted words in it."""
    text = doc.text
    sent = doc.sentence_at(q.open)
    lo = max(sent.start, q.open - POSSESSIVE_REACH)
    last = None
    for m in rules.POSSESSIVE_CLAIM.finditer(text, lo, q.open):
        last = m
    if last is None or _cues_before(doc, last.end(), q.open):
        return None
    if not _embedded(doc, q) and text[last.end() : q.open].strip() not in {"that,", ":", ","}:
        return None  # a whole quotation only right after the claim: 'her comment that, “…”'
    start, end = last.span("owner")
    word = text[start:end].lower()
    if word in lexicon.POSSESSIVE_PRONOUNS:
        pronoun = lexicon.POSSESSIVE_PRONOUNS[word]
        subject = _clause_subject(doc, sent.start, start) if start > sent.start else None
        gender = lexicon.PRONOUNS.get(pronoun)
        if (
            subject is not None
            and subject.pronoun is None
            and subject.kind == "person"
            and subject.gender in (None, gender)
            and pronoun in ("he", "she")
        ):
            return Attribution(subject, None, "possessive_claim")  # "Sanders has pushed his promise of “free college”"
        kind: SpeakerKind = "group" if pronoun == "they" else "person"
        mention = Mention(text[start:end], start, end, kind, text[start:end], None, lexicon.PRONOUNS.get(pronoun), pronoun)
    else:
        stem_end = end - (2 if text[end - 1] == "s" and text[end - 2] in "'\N{RIGHT SINGLE QUOTATION MARK}" else 1)
        named = classify(text, tokenize(text, start, stem_end))
        if named is None or named.kind not in ("person", "organization"):
            return None
        mention = replace(named, text=text[start:end], end=end)
    return Attribution(mention, None, "possessive_claim")


def rule_quote_by_agent(doc: Document, q: QuotedSpan) -> Attribution | None:
    """'This has been called “strategic ambiguity” by Joshua Hendrick': the
    agent of a passive naming verb said the quoted words."""
    if q.close is None or not rules.PASSIVE_NAMING.search(doc.text, max(doc.paras[q.paragraph].start, q.open - 30), q.open):
        return None
    by = rules.BY_AGENT.match(doc.text, q.outer_end, doc.paras[q.paragraph].end)
    if by is None:
        return None
    mention = mention_after(doc.text, by.end(), doc.paras[q.paragraph].end)
    if mention is None or mention.pronoun is not None:
        return None
    return Attribution(mention, Span(by.end() - 3, by.end() - 1), "quote_by_agent")


def rule_signature_after(doc: Document, q: QuotedSpan) -> Attribution | None:
    """A quotation signed after a dash, on its line or the next:
    '“…” ― Carlos Raúl', '“…” ¶ - Hillary Clinton.'"""
    para = doc.paras[q.paragraph]
    if q.close is None or q.open != para.start:
        return None
    text = doc.text
    sign = rules.SIGNATURE.match(text, q.outer_end, para.end)
    end = para.end
    if sign is None and not text[q.outer_end : para.end].strip(" .,\t") and q.paragraph + 1 < len(doc.paras):
        end = doc.paras[q.paragraph + 1].end
        sign = rules.SIGNATURE.match(text, doc.paras[q.paragraph + 1].start, end)
    if sign is None:
        return None
    mention = mention_after(text, sign.end(), end)
    if mention is None or mention.kind not in ("person", "organization"):
        return None
    return Attribution(mention, None, "signature_after")


def rule_transcript_label(doc: Document, q: QuotedSpan) -> Attribution | None:
    m = rules.TRANSCRIPT_LABEL.match(doc.text, q.start, min(q.end, q.start + 100))
    if not m:
        return None
    toks = tokenize(doc.text, *m.span("label"))
    mention = Mention(m.group("label"), m.start("label"), m.end("label"), "person", m.group("label").title(), None, None)
    if toks and toks[0].low in ("q", "a"):
        return None
    return Attribution(mention, Span(m.end("label"), m.end("label") + 1), "transcript_label")


def _trailing_attribution(doc: Document, sent: Span, cue: Span) -> tuple[int, Attribution] | None:
    """'CLAUSE, Kirby said.' / 'CLAUSE, said Kirby.': the clause's end and its attribution."""
    text = doc.text
    tail = text[cue.end : sent.end].strip(" .\u00a0")
    if doc.inside_quote(cue.start) or tail[:1] == ":":
        return None  # "In a statement, the senator said:" introduces what follows
    takes_object = text[cue.start : cue.end].lower() in rules.TAKES_OBJECT
    if takes_object and (om := rules.OBJECT.match(text, cue.end, sent.end)) is not None:
        tail = text[om.end() : sent.end].strip(" .\u00a0")  # "…, Smith told reporters on Monday.": the object is the attribution's
    if tail[:1] == ",":
        # "Ryan and Trump will meet, Spicer said, adding…" / "Take action now, they said, and…":
        # the attribution sits mid-sentence; the clause before it is the content
        tail = ""
    inverted = text[_previous_char(text, sent.start, cue.start) or cue.start] == ","
    if len(tail) >= (200 if inverted else 40):
        return None
    words = tail.split()
    first = (words or [""])[0]  # the tail may be a tab or a newline only
    subject_after = inverted and (first in DETERMINERS or first.rstrip(".,") in german.PRONOUNS)  # "…, sagte er."
    if first.islower() and first not in SETTING_WORDS and not subject_after and not (inverted and _role_and_name(text, cue.end, sent.end)):
        return None  # "Despite the sheen, officials said they welcome it": a clause follows the cue
    if not inverted and len(words) > 1 and _opens_own_clause(first, takes_object):
        return None  # "Later, at the club, Trump said Bush is “…”": a clause with a subject of its own follows
    if first == "to" and len(words) > 1 and words[1].islower() and words[1] not in DETERMINERS and words[1] not in PRONOUN_OBJECTS:
        return None  # "…, Lopez pledged to oppose the bill": an infinitive, not "said to reporters"
    mention = mention_before(text, sent.start, cue.start)
    rule = "clause_cue"
    if mention is not None:
        comma = _previous_char(text, sent.start, mention.start)
    else:
        comma = _previous_char(text, sent.start, cue.start)
        verb = text[cue.start : cue.end].split()[0]
        if verb in german.PARTICLE_FORMS and cue.end > cue.start + len(verb):
            # "…, teilte das Ministerium mit.": the subject between verb and particle
            particle = text.rfind(" ", cue.start, cue.end)
            mention = mention_after(text, cue.start + len(verb), particle)
        else:
            word = verb.lower()
            if word.endswith("ing") or word not in cues.SPEECH_FORMS or cue.end > cue.start + len(verb):
                return None
            mention = mention_after(text, cue.end, sent.end)
            if mention is not None and _clause_goes_on(text, mention.end, sent.end):
                return None  # "Stone, 29, of Huntsville, says her biggest concern is …": a subject, not a speaker
        rule = "clause_cue_speaker"
    if mention is None or comma is None or text[comma] != "," or comma <= sent.start:
        return None
    if mention.pronoun == "who":
        return None  # "…the AP report, which notes": a relative clause, not an attribution of the clause before it
    return comma, Attribution(mention, cue, rule)


def _opens_own_clause(first: str, takes_object: bool) -> bool:
    """Does the capitalised word after a cue start a clause with a subject of
    its own ("said Bush is", "He said Clinton would")? Not a time word ("said
    Tuesday"), nor the object of a cue that takes one ("told CNN")."""
    return not takes_object and first[:1].isupper() and first.rstrip(".,").lower() not in TIME_WORDS


def _role_and_name(text: str, pos: int, end: int) -> bool:
    """Does a role and a name follow ``pos`` and end the clause ("…, said
    spokesman Brian Fallon.")?"""
    mention = mention_after(text, pos, end)
    return (
        mention is not None
        and mention.kind == "person"
        and mention.role is not None
        and mention.name[:1].isupper()
        and not _clause_goes_on(text, mention.end, end)
    )


def _clause_goes_on(text: str, pos: int, end: int) -> bool:
    """Whether a verb or object goes on after ``pos`` rather than an end, a
    comma or a setting ("…, said the senator in a statement.")."""
    rest = text[pos:end].strip(" \t\u00a0.")
    if not rest or rest[0] in ",;:()\N{EM DASH}\N{EN DASH}":
        return False
    words = rest.split(None, 1)
    if not words:  # only spaces strip() leaves: a narrow no-break space before the period
        return False
    word = words[0].lower()
    return word not in SETTING_WORDS and word not in ("who", "which", "whose", "and")


def _previous_char(text: str, lo: int, pos: int) -> int | None:
    """Offset of the last non-space character before ``pos`` (not before ``lo``)."""
    i = pos - 1
    while i >= lo and text[i] in " \t\u00a0":
        i -= 1
    return i if i >= lo else None


def rule_quote_clause_cue(doc: Document, q: QuotedSpan) -> Attribution | None:
    """'…the “grass-roots firepower” they need, DFA spokesman Neil Sroka said.' /
    '“The politics are so blatant” in the legislature, he said.'"""
    sent = doc.sentence_at(q.open)
    for cue in reversed(_cues_before(doc, q.outer_end, sent.end)):
        if doc.text[cue.start : cue.end].endswith("ing"):
            continue  # "…, she said, referencing the bank": the participle is not the attribution
        trailing = _trailing_attribution(doc, sent, cue)
        if trailing is None or q.outer_end > trailing[0] + 1:
            return None
        return Attribution(trailing[1].mention, cue, "quote_clause_cue")
    return None


DIRECT_RULES: Final[tuple[Callable[[Document, QuotedSpan], Attribution | None], ...]] = (
    rule_transcript_label,
    rule_quote_according_to,
    rule_quote_cue_speaker,
    rule_quote_speaker_cue,
    rule_according_to_quote,
    rule_quote_clause_cue,
    rule_speaker_cue_quote,
    rule_speaker_colon_quote,
    rule_clause_colon_quote,
    rule_signature_after,
    rule_possessive_claim,
    rule_quote_by_agent,
    rule_embedded_subject,
)


def _attribute_direct(doc: Document) -> dict[int, Attribution]:
    """Attribution by rule for each quoted span (by index)."""
    found: dict[int, Attribution] = {}
    for i, q in enumerate(doc.quoted):
        inner = doc.text[q.start : q.end]
        if _names_something(doc, q):
            continue
        if not q.double and _word_count(inner) < 4:
            continue
        for rule in DIRECT_RULES:
            att = rule(doc, q)
            if att is not None:
                found[i] = att
                break
    return found


#: Rules that attribute a quotation by words after it.
TRAILING_RULES: Final = frozenset({"quote_speaker_cue", "quote_cue_speaker", "quote_clause_cue", "quote_according_to"})


def _inherit(doc: Document, found: dict[int, Attribution]) -> None:
    """Give unattributed quotations the speaker of their quotation or paragraph."""
    by_group: dict[int, Attribution] = {}
    for i, first in found.items():
        by_group.setdefault(doc.quoted[i].group, first)
    last_para_att: dict[int, Attribution] = {}
    for i, q in enumerate(doc.quoted):
        if i in found:
            last_para_att[q.paragraph] = found[i]
            continue
        inner = doc.text[q.start : q.end]
        if _names_something(doc, q):
            continue
        # quoted words inside a clause take only the attribution of their own sentence
        att = _same_sentence(doc, found, i)
        if att is None and (_embedded(doc, q) or _word_count(inner) < 2 or not q.double):
            continue
        att = att or _inherited(doc, q, by_group, last_para_att) or _cue_sentence_before(doc, q)
        if att is not None:
            found[i] = att
            last_para_att[q.paragraph] = att
            by_group.setdefault(q.group, att)


def _inherited(doc: Document, q: QuotedSpan, by_group: dict[int, Attribution], last_para_att: dict[int, Attribution]) -> Attribution | None:
    """The speaker of the quotation this one continues, of its paragraph, or of the paragraph before."""
    para_start = doc.paras[q.paragraph].start
    if q.group in by_group:
        return Attribution(by_group[q.group].mention, None, "same_quotation")
    if q.paragraph in last_para_att:
        return Attribution(last_para_att[q.paragraph].mention, None, "same_paragraph")
    if q.open == para_start and q.paragraph - 1 in last_para_att and _whole_sentence(doc, q):
        return Attribution(last_para_att[q.paragraph - 1].mention, None, "next_paragraph")
    if q.open == para_start and q.paragraph > 0:
        return _intro_paragraph(doc, doc.paras[q.paragraph - 1], q)
    return None


def _whole_paragraph(doc: Document, q: QuotedSpan) -> bool:
    """Is the quotation all its paragraph holds ('¶ “…” ¶'), with no words of
    attribution after it?"""
    return q.close is None or not doc.text[q.outer_end : doc.paras[q.paragraph].end].strip(" .!?")


def _whole_sentence(doc: Document, q: QuotedSpan) -> bool:
    """Does the quotation end its sentence ('“…”' and no words after it, as
    opposed to '“Opening Belle,” which will be in bookstores…')?"""
    if q.close is None:
        return True  # it runs on into the next paragraph
    return not doc.text[q.outer_end : doc.sentence_at(q.open).end].strip(" .!?")


def _same_sentence(doc: Document, found: dict[int, Attribution], i: int) -> Attribution | None:
    """'“They are painful” but necessary “for the business,” he said': a
    quotation takes the attribution after the next quotation of its sentence."""
    q = doc.quoted[i]
    if i + 1 >= len(doc.quoted) or i + 1 not in found:
        return None
    after, att = doc.quoted[i + 1], found[i + 1]
    if att.rule not in TRAILING_RULES or doc.sentence_at(after.open) != doc.sentence_at(q.open):
        return None
    if any(word in rules.CUE_WORDS for _, _, word in doc.cue_words(q.outer_end, after.open)):
        return None  # a cue of its own between the two
    return Attribution(att.mention, None, "same_sentence")


def _cue_sentence_before(doc: Document, q: QuotedSpan) -> Attribution | None:
    """'Dianne Bystrom agreed. “Mainstream Republicans are running out of
    time.”': a quoted sentence after a sentence of the same paragraph whose
    first cue has a speaker, when that sentence quotes nothing itself."""
    sent = doc.sentence_at(q.open)
    if sent.start != q.open or sent.start == doc.paras[q.paragraph].start:
        return None
    if q.close is None or not _whole_sentence(doc, q):
        return None  # '“This is fantastic!” beamed Donald Hartley': words after it may attribute it
    prev = doc.sentence_at(sent.start - 1)
    if doc.inside_quote(prev.start) or doc.quote_opens_in(prev.start, prev.end):
        return None
    for start, end, word in doc.cue_words(prev.start, prev.end):
        if word not in rules.CUE_WORDS or not word.islower() or _after_determiner(doc.text, prev.start, start):
            continue
        mention = _subject_of(doc, prev.start, Span(start, end), None)
        return None if mention is None else Attribution(mention, None, "cue_sentence_before")
    return None


def _intro_paragraph(doc: Document, para: Span, quote: QuotedSpan) -> Attribution | None:
    """A paragraph that ends "Kirby said:" introduces the quotation after it."""
    text = doc.text
    if text[para.end - 1] != ":":
        return None
    hi = para.end - 1
    cue = next(
        (
            Span(start, end)
            for start, end, word in reversed(doc.cue_words(max(para.start, para.end - 200), hi))
            if word in rules.CUE_WORDS and end <= hi and rules.CUE_BEFORE_QUOTE.fullmatch(text, end, hi)
        ),
        None,
    )
    sent = doc.sentence_at(hi)
    if cue is None:
        # no cue: "Trump issued the following statement:"
        colon_mention = _colon_subject(doc, hi, quote)
        return None if colon_mention is None else Attribution(colon_mention, None, "clause_colon_quote")
    mention = mention_before(text, sent.start, cue.start) or mention_after(text, cue.end, hi)
    if mention is None:
        return None
    return Attribution(mention, _cue_span(text, cue.start, cue.end), "intro_paragraph")


# -- reported speech -------------------------------------------------------------

CONTENT_BAD_START: Final = (
    frozenset(
        """
    to in on of about for with at by from so nothing anything something goodbye hello yes no thanks
    sorry as and but or up during after before since despite into over through under against among
    between without within across toward towards around near like off
    """.split()
    )
    | german.CONTENT_BAD_START
)
MIN_CONTENT_WORDS: Final = 3
#: Modals that make a promise hypothetical: "would agree to", "could pledge to".
HYPOTHETICAL: Final = frozenset({"would", "could", "might", "will", "may", "should"})
#: Words that open an introductory phrase or clause, not reported speech, when
#: it stands alone before an attribution: "In both cases, X said, …",
#: "During their first debate, Clinton said, “…”"; "Asked about it, X said, “…”"
#: (the question is the asker's, not X's).
INTRODUCTORY_WORDS: Final = PREPOSITIONS | frozenset(
    """
    during after before since despite amid amidst throughout following among upon unlike like by through over
    into across against beyond until toward towards while although though as when whenever once because
    asked pressed
    """.split()
)


def _strip_content(text: str, start: int, end: int) -> Span:
    while start < end and text[start] in " \t\u00a0,":
        start += 1
    while end > start and text[end - 1] in " \t\u00a0.,;:!?":
        end -= 1
    return Span(start, end)


def _indirect(doc: Document, sent: Span, trailing_cues: frozenset[int]) -> list[tuple[Span, Attribution]]:
    """Reported speech in a sentence (or the part of it outside quotations);
    ``trailing_cues`` are the offsets of cues that attribute a quotation
    before them in their sentence ('“…,” Rubio said Dec. 6')."""
    out: list[tuple[Span, Attribution]] = []
    while True:
        found, rest = _indirect_from(doc, sent, trailing_cues)
        out.extend(found)
        if rest is None or rest >= sent.end:
            return out
        sent = Span(rest, sent.end)  # the rest of the sentence is read as a clause of its own


def _indirect_from(doc: Document, sent: Span, trailing_cues: frozenset[int]) -> tuple[list[tuple[Span, Attribution]], int | None]:
    """Reported speech from the start of ``sent``, and where to read on, if anywhere."""
    text = doc.text
    out: list[tuple[Span, Attribution]] = []
    resume = sent.start  # after a hand-over to a second speaker, the cues before it are done
    for start, end, cue_word in doc.iter_cue_words(sent.start, sent.end):
        if start < resume:
            continue
        if (
            cue_word not in cues.SPEECH_FORMS
            and cue_word not in cues.PARTICLE_FORMS
            and cue_word not in cues.OBJECT_SPEECH_FORMS
            and not _is_according(cue_word)
            and cue_word not in rules.ACCORDING_WORDS
        ):
            continue
        cue = _cue_span(text, start, end)
        lemma = cues.LEMMA_OF.get(cue_word.lower())
        if (lemma in cues.NEEDS_PARTICLE or cue_word in german.PARTICLE_FORMS) and cue.end == end or lemma in cues.QUOTE_ONLY_PARTICLES:
            continue
        if _is_according(cue_word) or cue_word in rules.ACCORDING_WORDS:
            found = _according(doc, sent, cue)
            if found:
                return found, None
            continue
        if not cue_word.islower() or _after_determiner(text, sent.start, cue.start) or _aside(text, start, end):
            continue
        if cue_word.endswith("ing") and _in_opening_phrase(doc, sent.start, cue):
            continue  # "In a statement announcing the pick, …": the phrase reports nothing itself
        trailing = _trailing_attribution(doc, sent, cue)
        if trailing is not None and doc.inside_quote(sent.start - 1):
            trailing = None  # '…the “firepower” they need, X said': the clause is a fragment
        if trailing is not None:
            clause_end, att = trailing
            content = _strip_content(text, sent.start, clause_end)
            attribution = Attribution(att.mention, cue, "indirect_" + att.rule)
            clause = text[content.start : content.end]
            opener = clause.split(" ", 1)[0].lower() in INTRODUCTORY_WORDS and "," not in clause  # "In both cases, X said, …"
            rest = _mid_sentence_rest(doc, sent, cue.end) if att.rule == "clause_cue" and not opener else None
            if (_word_count(clause) >= MIN_CONTENT_WORDS or rest is not None) and not opener:
                out.append((content, attribution))
                if rest is not None:
                    out.append(
                        (rest, attribution)
                    )  # "The thing he needs, aides said, is for Kasich to quit."; "The plan, a source said, is…"
                return out, None
        # "Kirby said (that) CLAUSE"
        mention = _subject_of(doc, sent.start, cue, None)
        pos = cue.end
        oblique = mention is not None and text[mention.start : mention.end].split()[0].lower() in german.OBLIQUE_ARTICLES
        if (mention is None or oblique) and cue_word in german.SPEECH_FORMS:
            # German puts the verb second: "Am Montag sagte Merkel, sie werde …",
            # "Gegenüber der dpa sagte ein Sprecher, …": the phrase before the verb is no subject
            comma = text.find(",", cue.end, min(sent.end, cue.end + 80))
            mention = mention_after(text, cue.end, comma) if comma > 0 else None
            pos = comma if mention is not None else pos
        elif mention is None and cue_word in german.PARTICLE_FORMS and cue.end > end + 4:
            # "Am Montag teilte die Polizei mit, dass …": the subject sits between verb and particle
            mention = mention_after(text, end, text.rfind(" ", end, cue.end))
        if mention is None:
            continue
        particle = text[end : cue.end].split()[-1:] if cue.end > end else []
        # "accused X of…", "called for X", "pointed to X"; not "weighed in as well"
        object_speech = cue_word in cues.OBJECT_SPEECH_FORMS or bool(particle) and particle[0] in OBJECT_PARTICLES
        if cue_word.lower() in rules.TAKES_OBJECT:
            om = rules.OBJECT.match(text, pos, sent.end)
            if om:
                pos = om.end()
        sm = rules.SETTING.match(text, pos, sent.end)
        if sm is None and cue_word in german.SPEECH_FORMS and text[pos : pos + 1] != ",":
            sm = rules.GERMAN_SETTING.match(text, pos, sent.end)  # "sagte am Montag, er sei …"
        if sm:
            pos = sm.end()
        content_end = sent.end
        if object_speech:
            if text[pos : pos + 1] == ",":
                continue  # "she urged them, as the crowd…": nothing asked of them follows
            comma = text.find(",", pos + 1, sent.end)
            if comma < 0 and doc.quote_opens_at(sent.end):
                continue  # 'described Trump as “…”': the quotation holds what was said
            content_end = comma if comma > 0 else sent.end
        content = _strip_content(text, pos, content_end)
        tail = rules.COORDINATED_CUE.search(text, content.start, content.end)
        while tail is not None and tail.group("cue") not in rules.CUE_WORDS:
            tail = rules.COORDINATED_CUE.search(text, tail.start() + 1, content.end)
        if tail is not None:
            content = _strip_content(text, content.start, tail.start())  # "…winners but added, “…”"
        words = text[content.start : content.end].split()
        min_words = 2 if object_speech else MIN_CONTENT_WORDS
        if doc.quote_opens_at(sent.end) and content.end + 2 >= sent.end:
            # the words run into a partial quotation: "reported the plan has been sent to Moscow
            # and was “personally approved…”" keeps its complete clause, the rest is the quotation's
            joint = rules.LAST_CONJUNCTION.search(text, content.start, content.end)
            if joint is not None:
                content = _strip_content(text, content.start, joint.start())
                words = text[content.start : content.end].split()
            elif len(words) < 5:
                continue
        first = words[0].lower().strip(",;:") if words else ""
        if start in trailing_cues and first != "that":
            continue  # '“…,” Rubio said Dec. 6 on CNN': what he said is the quotation
        infinitive = first == "to" and cues.LEMMA_OF.get(cue_word.lower()) in cues.INFINITIVE_SPEECH  # "pledged to create jobs"
        if infinitive and any(w in HYPOTHETICAL for w in text[mention.end : start].lower().split()):
            continue  # "Russia would stop attacks and agree to put pressure on Assad": a plan's terms, no promise made
        if len(words) < min_words or (first in CONTENT_BAD_START and not object_speech and not infinitive):
            continue
        if first.endswith("ly") and words[1].lower() in CONTENT_BAD_START:
            continue  # "said pleasantly into the phone": manner and setting, nothing reported
        if text[pos : pos + 1] not in " \t\u00a0," or (cue_word.endswith("ing") and text[pos : pos + 1] == ","):
            continue
        if text[pos : pos + 1] == "," and first.endswith("ing"):
            continue  # "she wrote, arguing that …": the participle reports, not the verb before it
        handover = _handover(doc, content)
        if handover is not None:
            # "officials said A, but Russia insisted B": A is theirs, B is Russia's
            shorter = _strip_content(text, content.start, handover)
            if _word_count(text[shorter.start : shorter.end]) >= MIN_CONTENT_WORDS:
                out.append((shorter, Attribution(mention, cue, "indirect_cue_clause")))
                resume = handover
                continue
        out.append((content, Attribution(mention, cue, "indirect_cue_clause")))
        if object_speech and content_end < sent.end:
            return out, content_end + 1  # "Carson criticized the news media, though he added that …": read on after the comma
        return out, None
    return out, None


def _mid_sentence_rest(doc: Document, sent: Span, after: int) -> Span | None:
    """The clause after a mid-sentence attribution ("…, aides said, | is for X to quit")."""
    text = doc.text
    i = after
    while i < sent.end and text[i] in " \t\u00a0":
        i += 1
    if text[i : i + 1] != ",":
        return None
    rest = _strip_content(text, i + 1, sent.end)
    conjunction = rules.LEADING_CONJUNCTION.match(text, rest.start, rest.end)
    if conjunction is not None:
        rest = Span(conjunction.end(), rest.end)  # "…, they said, and | you risk…"
    words = text[rest.start : rest.end].split()
    if len(words) < MIN_CONTENT_WORDS or words[0].lower().endswith("ing") or doc.quote_opens_at(rest.start):
        return None  # "…, Spicer said, adding, “…”": the participle starts a new attribution
    return rest


def _handover(doc: Document, content: Span) -> int | None:
    """Where reported speech hands over to a second speaker and cue
    ("…, but Russia insisted it was…"): the offset of the conjunction."""
    text = doc.text
    for start, _end, word in doc.cue_words(content.start, content.end):
        if word not in cues.SPEECH_FORMS or not word.islower():
            continue
        second = mention_before(text, content.start, start)
        if second is None:
            continue
        joint = rules.HANDOVER.search(text, content.start, second.start)
        if joint is not None:
            return int(joint.start())
    return None


#: Words after which a cue form is a noun ("secretary of state", "in a report").
NOUN_MARKERS: Final = frozenset(
    {"of", "for", "in", "at", "from", "with", "by", "via", "through", "whose", "'s", "\N{RIGHT SINGLE QUOTATION MARK}s"}
)
#: Adverbs that open a sentence before its subject.
SENTENCE_ADVERBS: Final = frozenset("then later meanwhile also still yet so and but instead however now afterward".split())
#: Words that open an introductory phrase rather than a subject.
TIME_OPENERS: Final = frozenset(
    """
    at in on after before during last this earlier later then now today yesterday
    """.split()
)
#: Words that open a subordinate clause: its cue is not the sentence's main one
#: ("While not everything Trump says is true, Jamieson said…").
SUBORDINATORS: Final = frozenset(
    """
    while although though as when whenever if unless because since after before until what which whom
    whose whether once where
    """.split()
)


def _subordinate(doc: Document, lo: int, cue: Span) -> bool:
    """Is the cue inside a subordinate clause of its sentence?"""
    segment = max(lo, doc.text.rfind(",", lo, cue.start) + 1)
    return _in_opening_phrase(doc, lo, cue) or any(t.low in SUBORDINATORS for t in tokenize(doc.text, segment, cue.start))


def _in_opening_phrase(doc: Document, lo: int, cue: Span) -> bool:
    """Is the cue inside a prepositional or participle phrase that opens the
    sentence ("In a statement announcing the pick, the union called…",
    "Holding signs calling Christie “…,” the protesters chanted…")?"""
    if doc.text.find(",", lo, cue.start) >= 0:
        return False
    toks = tokenize(doc.text, lo, min(cue.start, lo + 12))
    opener = bool(toks) and (toks[0].low in PREPOSITIONS or toks[0].cap and toks[0].low.endswith("ing") and toks[0].start < cue.start)
    return opener and doc.text.find(",", cue.end, cue.end + 80) > 0


def _last_tokens(text: str, lo: int, pos: int) -> list[Tok]:
    """The tokens of the last two words of ``text[lo:pos]``: what the last two
    tokens of the whole stretch are, read without tokenising all of it (a
    token never spans a space, so starting at one changes no token)."""
    start = pos
    for _ in range(LAST_WORDS):
        while start > lo and text[start - 1].isspace():
            start -= 1
        space = max(text.rfind(" ", lo, start), text.rfind("\n", lo, start), text.rfind("\t", lo, start))
        start = lo if space < 0 else space + 1
        if start <= lo:
            break
    return tokenize(text, start, pos)


def _after_determiner(text: str, lo: int, pos: int) -> bool:
    """Is the cue word a noun here ("the report", "a call for")?"""
    word = text[pos : pos + 12].split(" ", 1)[0].lower().rstrip(",.;:")
    # "Another wrote, “…”", "Yet another said": the pronoun of a list of sources, a verb after it
    past = word.endswith("ed") or word in {"said", "told", "wrote"}
    plain = _lowercase_word_before(text, max(lo, pos - 20), pos)
    if plain is not None and cues.LEMMA_OF.get(word) != word:
        # a lowercase word names nothing and owns nothing: only the word itself counts
        return not (plain in {"another", "one"} and past) and _determines(plain) or _counted(plain, word)
    toks = _last_tokens(text, max(lo, pos - 20), pos)
    if not toks:
        return False
    before = toks[-1].low
    if before in {"another", "one"} and past:
        return False
    return _determines(before) or _noun_after_name(toks, word) or _counted(before, word) or _indefinite_noun(toks, word)


def _indefinite_noun(toks: list[Tok], word: str) -> bool:
    """Is a cue's base form a noun after "a"/"an" and one word ("a snappy
    retort", "a terse reply")? "a spokesman say" is no clause."""
    return len(toks) >= 2 and toks[-2].low in {"a", "an"} and not toks[-1].punct and cues.LEMMA_OF.get(word) == word


def _counted(before: str, word: str) -> bool:
    """Is the cue form in -s a plural noun after a count ("in 11 states",
    "seven states where", "two reports")? A count of more than one takes no
    verb in -s."""
    return word.endswith("s") and not word.endswith("ss") and (before.isdigit() and before != "1" or before in PLURAL_COUNTS)


def _noun_after_name(toks: list[Tok], word: str) -> bool:
    """Is the cue form ``word`` a noun after a name that modifies or owns it
    ("a Twitter comment", "Sanders’ comments"; "the Post reported" is a verb),
    or after an adjective of party or nation ("32% of Republican claims")?"""
    return (
        len(toks) >= 2
        and toks[-1].cap
        and toks[-2].low in {"a", "an"}
        or _possessive(toks[-1].low)
        and toks[-1].low.replace("\N{RIGHT SINGLE QUOTATION MARK}", "'") not in CONTRACTED_PRONOUNS
        or (
            word in lexicon.CLAIM_NOUNS
            and len(toks) >= 2
            and toks[-1].cap
            and toks[-1].low.endswith(("an", "ic", "ish", "ese"))
            and (toks[-2].low in DETERMINERS or toks[-2].low in NOUN_MARKERS)
        )
    )


#: Counts of more than one, before a plural noun.
PLURAL_COUNTS: Final = NUMBER_WORDS - {"one"}


def _determines(low: str) -> bool:
    """Does a word before a cue form make it a noun ("the report", "in a statement")?"""
    return (low in DETERMINERS and low not in {"one", "two", "three", "some", "many", "several"}) or low in NOUN_MARKERS


#: The longest word :data:`quotex.speakers.TOKEN` reads as one token.
MAX_TOKEN_LETTERS: Final = 41


def _lowercase_word_before(text: str, lo: int, pos: int) -> str | None:
    """The word right before ``pos`` (after ``lo``), lowercased, when it is
    all letters and does not start with a capital ("the", "of"): then it is
    the last token of the stretch, as :func:`_last_tokens` would read it,
    without tokenising.  None for any other word ("Gov.", "Sanders’", "32%")."""
    last = _previous_char(text, lo, pos)
    if last is None:
        return None
    space = max(text.rfind(" ", lo, last), text.rfind("\t", lo, last), text.rfind("\u00a0", lo, last))
    word = text[max(space + 1, lo) : last + 1]
    if not word.isalpha() or word[0].isupper() or len(word) > MAX_TOKEN_LETTERS:
        return None
    return word.lower()


def _is_according(word: str) -> bool:
    """ "according to" and German "nach Angaben", matched as one word by the cue scan."""
    return word.startswith(("according", "According", "nach", "Nach"))


#: Words that open an apposition or relative clause on a source rather than a clause:
#: "…, according to a lawsuit filed by Yulia Tymoshenko, a former prime minister."
APPOSITION_OPENERS: Final = frozenset({"a", "an", "who", "which", "whose"})


def _according(doc: Document, sent: Span, cue: Span) -> list[tuple[Span, Attribution]]:
    """ "According to X, CLAUSE." / "CLAUSE, according to X." / "CLAUSE, according
    to X, CLAUSE." (both sides, as two quotes) / "Laut Polizei CLAUSE"."""
    text = doc.text
    word = " ".join(text[cue.start : cue.end].lower().split())
    comma = text.find(",", cue.end, sent.end)
    while comma > 0 and doc.inside_quote(comma):
        if text[comma + 1 : comma + 2] in CLOSING_DOUBLE_MARKS:
            comma += 1  # 'a report in the “Daily News,” the mayor…': the comma sits inside the closing mark
            break
        comma = text.find(",", comma + 1, sent.end)
    if word in rules.POSTPOSITIONS:
        # "Der Polizei zufolge wurden drei Menschen verletzt": the source comes first
        mention = mention_before(text, sent.start, cue.start)
        if mention is None or text[sent.start : mention.start].strip():
            return []
        after = _strip_content(text, cue.end, sent.end)
        if _word_count(text[after.start : after.end]) < MIN_CONTENT_WORDS:
            return []
        return [(after, Attribution(mention, cue, "indirect_according_to"))]
    mention = mention_after(text, cue.end, comma if comma > 0 else sent.end)
    if mention is None:
        return []
    if word in rules.COMMALESS and (comma < 0 or text[mention.end : comma].strip()):
        after_start = mention.end  # "Laut Polizei wurden drei Menschen verletzt": no comma
    else:
        after_start = comma + 1 if comma > 0 else sent.end
    attribution = Attribution(mention, cue, "indirect_according_to")
    sides = []
    before = _strip_content(text, sent.start, cue.start)
    words = text[before.start : before.end].split()
    opener = not text[sent.start : cue.start].rstrip().endswith(",")  # "But according to…"
    if len(words) >= MIN_CONTENT_WORDS and not opener:
        sides.append(before)
    after = _strip_content(text, after_start, sent.end)
    words = text[after.start : after.end].split()
    apposition = bool(sides) and bool(words) and words[0].lower() in APPOSITION_OPENERS  # "…, according to X, a former minister."
    if len(words) >= MIN_CONTENT_WORDS and words[0].lower() not in CONTENT_BAD_START and not apposition:
        sides.append(after)
    return [(side, attribution) for side in sides]


# -- the pipeline -------------------------------------------------------------------


def extract(text: str) -> list[Quote]:
    """Every attributed quotation in ``text``, in document order.

    >>> [q.text for q in extract('“We are clear,” Kirby told CNN.')]
    ['We are clear']
    >>> extract('Kirby said the plan is off for now.')[0].type
    'indirect'
    """
    with document_scope(text):
        return _extract(text)


def _extract(text: str) -> list[Quote]:
    doc = Document(text)
    direct = _attribute_direct(doc)
    _inherit(doc, direct)
    trailing_cues = frozenset(
        att.cue.start
        for i, att in direct.items()
        if att.cue is not None
        and att.rule in ("quote_speaker_cue", "quote_cue_speaker")
        and doc.sentence_at(doc.quoted[i].end) == doc.sentence_at(att.cue.start)
    )
    quoted: list[tuple[int, Found]] = []  # with the group of their quotation
    for i, att in direct.items():
        q = doc.quoted[i]
        qtype: QuoteType = "partial" if _embedded(doc, q) or att.rule == "partial_after_cue" else "direct"
        start = q.start
        if att.rule == "transcript_label" and att.cue is not None:
            start = _skip_space(text, att.cue.end)
            if start >= q.end:
                continue  # '“KIRBY: —': a label with no words after it
        quoted.append((q.group, Found(start, q.end, qtype, q.paragraph, att)))
    found = _join_quotations(quoted)
    para_starts = [p.start for p in doc.paras]
    for sent in doc.sentences():
        for segment in doc.unquoted(sent):
            for span, att in _indirect(doc, segment, trailing_cues):
                para = bisect.bisect_right(para_starts, span.start) - 1
                found.append(Found(span.start, span.end, "indirect", para, att))
    found.extend(_after_reported_speech(doc, direct, found))
    found.sort(key=lambda f: (f.start, f.end))
    found = _subjunctive_continuations(doc, found, para_starts)
    return _resolve(doc, found)


def _after_reported_speech(doc: Document, direct: dict[int, Attribution], found: list[Found]) -> list[Found]:
    """'Carter said that for decades critics had predicted a withdrawal. ¶
    “That’s because this region…”': a quoted sentence that opens its paragraph,
    with no speaker of its own, goes on from the reported speech that ends
    the paragraph before it."""
    attributed_groups = {doc.quoted[i].group for i in direct}
    last_indirect: dict[int, Found] = {}
    for f in found:
        if f.type == "indirect":
            last_indirect[f.paragraph] = f
    out: list[Found] = []
    for q in doc.quoted:
        if q.group in attributed_groups or q.paragraph == 0 or not q.double:
            continue
        prev = last_indirect.get(q.paragraph - 1)
        if prev is None or q.open != doc.paras[q.paragraph].start or not _whole_paragraph(doc, q):
            continue
        para = doc.paras[q.paragraph - 1]
        if doc.sentence_at(prev.start) != doc.sentence_at(para.end - 1) or _names_something(doc, q):
            continue
        out.append(Found(q.start, q.end, "direct", q.paragraph, Attribution(prev.attribution.mention, None, "after_reported_speech")))
        attributed_groups.add(q.group)
    return out


def _join_quotations(quoted: list[tuple[int, Found]]) -> list[Found]:
    """One quotation continued over paragraphs ('“…here ¶ “and ends here,” he
    said') is one quote, from its first paragraph to its closing mark, with
    the attribution a rule gave one of its parts."""
    parts: dict[int, list[Found]] = {}
    for group, f in quoted:
        parts.setdefault(group, []).append(f)
    joined: list[Found] = []
    for pieces in parts.values():
        pieces.sort(key=lambda f: f.start)
        # a transcript quoted turn by turn ('“WALLACE: … ¶ “PENCE: …') is one quote a turn:
        # a run starts at each part with a speaker of its own
        runs: list[list[Found]] = []
        for f in pieces:
            if not runs or f.attribution.rule != "same_quotation" and any(p.attribution.rule != "same_quotation" for p in runs[-1]):
                runs.append([f])
            else:
                runs[-1].append(f)
        for run in runs:
            first, last = run[0], run[-1]
            own = next((f.attribution for f in run if f.attribution.rule != "same_quotation"), first.attribution)
            joined.append(Found(first.start, last.end, first.type, first.paragraph, own))
    return joined


#: How many cue-less subjunctive sentences may go on reporting one speaker.
MAX_CONTINUATION: Final = 3
#: How many German function words make a text German (for German-only rules),
#: counted in its first characters.
GERMAN_MIN_FUNCTION_WORDS: Final = 3
GERMAN_SAMPLE: Final = 5000


def _subjunctive_continuations(doc: Document, found: list[Found], para_starts: list[int]) -> list[Found]:
    """German reported speech that goes on without a cue, in the subjunctive:
    'Er sagte, er sei bereit. Die Regierung habe versagt.'  The second
    sentence reports the same speaker (rule ``subjunctive_continuation``)."""
    sents = doc.sentences()
    if not sents:
        return found
    # the sample first: it is shorter than a long document, and English text stops there
    if len(rules.GERMAN_FUNCTION_WORD.findall(doc.text, 0, GERMAN_SAMPLE)) < GERMAN_MIN_FUNCTION_WORDS:
        return found  # not German text
    if rules.SUBJUNCTIVE.search(doc.text) is None:
        return found
    starts = [s.start for s in sents]
    by_sentence: dict[int, Found] = {}
    for f in found:
        by_sentence.setdefault(bisect.bisect_right(starts, f.start) - 1, f)
    added: list[Found] = []
    source: Found | None = None
    run = 0
    for i, sent in enumerate(sents):
        if i in by_sentence:
            source, run = by_sentence[i], 0
            continue
        para = bisect.bisect_right(para_starts, sent.start) - 1
        if source is None or run >= MAX_CONTINUATION or para - source.paragraph > 1 or doc.inside_quote(sent.start):
            source = None
            continue
        words = doc.text[sent.start : sent.end].split()
        lowered = {w.strip(",.;:!?").lower() for w in words}
        if not lowered & german.SUBJUNCTIVE_FORMS or lowered & german.FIRST_PERSON or len(words) < MIN_CONTENT_WORDS:
            source = None
            continue
        span = _strip_content(doc.text, sent.start, sent.end)
        att = Attribution(source.attribution.mention, None, "subjunctive_continuation")
        added.append(Found(span.start, span.end, "indirect", para, att))
        run += 1
    if not added:
        return found
    return sorted(found + added, key=lambda f: (f.start, f.end))


#: Speakers found earlier that a mention is resolved against (the latest
#: ones): bounds the work per quote, which would otherwise grow with their
#: number and make a document of many quotes quadratic.
RESOLVE_LOOKBACK: Final = 100


#: Rules that credit a speaker named earlier in the paragraph: the speaker
#: mention reported is the one nearest before the quotation.
NEARER_MENTION_RULES: Final = frozenset({"same_paragraph"})


def _nearer_mention(doc: Document, name: str, gender: str | None, after: int, before: int) -> Span | None:
    """The last mention of ``name``'s surname, or of its pronoun, between
    ``after`` and ``before`` outside quotations: '…, says Melissa Roloson.
    Roloson supports Clinton. “…”' reports 'Roloson', the mention next to the quotation."""
    surname = name.split()[-1]
    if not surname[:1].isupper():
        return None
    words = [surname] + list(GENDER_PRONOUNS.get(gender or "", ()))
    best: Span | None = None
    for word in words:
        found = _last_speaking(doc, word, after, before, opening=word != surname)
        if found is not None and (best is None or found.start > best.start):
            best = found
    return best


#: The pronouns that stand for a person of a gender.
GENDER_PRONOUNS: Final = {"male": ("he", "He"), "female": ("she", "She")}


def _last_speaking(doc: Document, word: str, after: int, before: int, opening: bool = False) -> Span | None:
    """The last whole-word ``word`` between ``after`` and ``before``, outside
    quotations, that speaks there; with ``opening``, only as the subject that
    opens its sentence (a pronoun: not 'what he calls', 'after she called')."""
    text = doc.text
    i = text.rfind(word, after, before)
    while i >= 0:
        end = i + len(word)
        if (
            not text[i - 1 : i].isalnum()
            and not text[end : end + 1].isalnum()
            and not doc.inside_quote(i)
            and _speaks_here(doc, i, end)
            and (not opening or not text[doc.sentence_at(i).start : i].strip())
        ):
            return Span(i, end)
        i = text.rfind(word, after, i)
    return None


def _speaks_here(doc: Document, start: int, end: int) -> bool:
    """Is the name at ``start:end`` a speaker: the subject that opens its
    sentence ("Roloson supports…", "Greene added…") or the subject of a cue
    right after it ("…, dos Santos says")? Not "at Trump Tower", "assured Trump"."""
    text = doc.text
    after = text[end : end + 30].split(None, 1)
    if not after or not after[0][:1].islower():
        return False
    if after[0].rstrip(".,;:") in rules.CUE_FORMS:
        return True
    return not text[doc.sentence_at(start).start : start].strip()


def _resolve(doc: Document, found: list[Found]) -> list[Quote]:
    resolver = Resolver(doc.text)
    previous: list[tuple[int, Mention]] = []
    resolved: dict[tuple[int, int], Mention] = {}
    quotes = []
    for f in found:
        m = f.attribution.mention
        key = (m.start, m.end)
        if key in resolved:
            r = resolved[key]
        else:
            r = resolver.resolve(m, [p for p in previous[-RESOLVE_LOOKBACK:] if p[0] < m.start])
            resolved[key] = r
            previous.append((m.start, r))
        speaker = Speaker(r.name, m.text, m.start, m.end, r.role, r.kind)
        if f.attribution.rule in NEARER_MENTION_RULES and r.kind == "person" and r.pronoun is None:
            nearer = _nearer_mention(doc, r.name, r.gender, m.end, f.start)
            if nearer is not None:
                speaker = Speaker(r.name, doc.text[nearer.start : nearer.end], nearer.start, nearer.end, r.role, r.kind)
        cue = f.attribution.cue
        quotes.append(
            Quote(
                text=doc.text[f.start : f.end],
                start=f.start,
                end=f.end,
                type=f.type,
                speaker=speaker,
                cue=None if cue is None else Cue(doc.text[cue.start : cue.end], cue.start, cue.end),
                paragraph=f.paragraph,
                rule=f.attribution.rule,
            )
        )
    return quotes
