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
from collections.abc import Callable
from dataclasses import dataclass
from operator import methodcaller
from typing import Final

from quotex import cues, german, lexicon, rules
from quotex.model import Cue, Quote, QuoteType, Speaker
from quotex.quotes import QuotedSpan, find_quoted
from quotex.speakers import (
    DETERMINERS,
    PREPOSITIONS,
    SUBJECT_PRONOUNS,
    Mention,
    Resolver,
    classify,
    document_scope,
    mention_after,
    mention_before,
    tokenize,
)
from quotex.text import Span, paragraphs, sentences

#: Quotations of at most this many words, all capitalised, are titles of
#: works or slogans ("Fox News Sunday"), not speech.
TITLE_MAX_WORDS: Final = 8
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
        self._cues = _scan_cues(text)
        self._cue_starts = [c[0] for c in self._cues]

    def cue_words(self, lo: int, hi: int) -> list[tuple[int, int, str]]:
        """(start, end, word) of the cue words in ``text[lo:hi]``, "according to" included."""
        return self._cues[bisect.bisect_left(self._cue_starts, lo) : bisect.bisect_left(self._cue_starts, hi)]

    def sentence_at(self, pos: int) -> Span:
        i = bisect.bisect_right(self._sentence_starts, pos) - 1
        return self._sentences[max(i, 0)] if self._sentences else Span(0, len(self.text))

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


def _embedded(doc: Document, q: QuotedSpan) -> bool:
    """Does the quotation open in the middle of a clause (a partial quote)?"""
    i = q.open - 1
    text = doc.text
    para = doc.paras[q.paragraph]
    while i >= para.start and text[i] in " \t\u00a0":
        i -= 1
    if i < para.start:
        return False
    return text[i] not in ":,.!?;(\N{EM DASH}\N{EN DASH}-" and text[i] not in '"\N{RIGHT DOUBLE QUOTATION MARK}'


def _names_the_quote(doc: Document, q: QuotedSpan) -> bool:
    """Is the quotation a name ("the so-called “experts”", "a show called “Veep”"),
    rather than words someone called something ("what Gilbert called “a problem”")?"""
    toks = tokenize(doc.text, max(doc.paras[q.paragraph].start, q.open - 40), q.open)
    if not toks or toks[-1].low not in NAMING_WORDS:
        return False
    if toks[-1].low == "so-called" or len(toks) < 2:
        return True
    before = toks[-2]
    speaker_before = before.low in SUBJECT_PRONOUNS or before.low in {"who", "whom"} or (before.cap and before.low not in DETERMINERS)
    return not speaker_before


# -- direct rules: one handler each, tried in order --------------------------------


def rule_quote_speaker_cue(doc: Document, q: QuotedSpan) -> Attribution | None:
    if q.close is None:
        return None
    para = doc.paras[q.paragraph]
    m = rules.QUOTE_SPEAKER_CUE.match(doc.text, q.outer_end, min(para.end, q.outer_end + 200))
    if not m or _cue_belongs_elsewhere(doc, q, m.end("cue")):
        return None
    mention = mention_before(doc.text, m.start("np"), m.start("cue"))
    if mention is None or mention.start != _skip_space(doc.text, m.start("np")):
        return None
    return Attribution(mention, _cue_span(doc.text, *m.span("cue")), "quote_speaker_cue")


def _ends_sentence(doc: Document, q: QuotedSpan) -> bool:
    """Does a sentence end at the quotation's close ('…tomorrow.” He said…')?"""
    text = doc.text
    return text[q.end - 1] in ".!?" or text[q.outer_end : q.outer_end + 1] == "."


def _cue_belongs_elsewhere(doc: Document, q: QuotedSpan, cue_end: int, inverted: bool = False) -> bool:
    """A cue after a closed sentence belongs to the next sentence, not to this
    quotation, when this one sat inside a clause, when the cue opens the next
    quotation ('“…badge of honor.” He added, “I will…”'), or when the cue
    takes an object of its own ('“…” She further announced a lawsuit…')."""
    if not _ends_sentence(doc, q):
        return False
    if _embedded(doc, q):
        return True
    para_end = doc.paras[q.paragraph].end
    if rules.NEXT_QUOTE.match(doc.text, cue_end, para_end) is not None:
        return True
    if inverted:
        return False
    rest = doc.text[cue_end : doc.sentence_at(cue_end).end].split()
    return len(rest) > 3 and rest[0].islower() and rest[0].strip(".,") not in SETTING_WORDS


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\u00a0,\N{EM DASH}\N{EN DASH}":
        pos += 1
    return pos


def rule_quote_cue_speaker(doc: Document, q: QuotedSpan) -> Attribution | None:
    if q.close is None:
        return None
    para = doc.paras[q.paragraph]
    m = rules.QUOTE_CUE_SPEAKER.match(doc.text, q.outer_end, min(para.end, q.outer_end + 60))
    if not m or _cue_belongs_elsewhere(doc, q, m.end("cue"), inverted=True):
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
    if not m:
        return None
    mention = mention_after(doc.text, m.end(), para.end)
    if mention is None:
        return None
    return Attribution(mention, Span(*m.span("cue")), "quote_according_to")


def rule_according_to_quote(doc: Document, q: QuotedSpan) -> Attribution | None:
    sent = doc.sentence_at(q.open)
    m = rules.ACCORDING_TO_QUOTE.search(doc.text, max(sent.start, q.open - 160), q.open)
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
        if doc.inside_quote(start) or _after_determiner(doc.text, lo, start):
            continue
        cue = _cue_span(doc.text, start, end)
        if cue.end == end and cues.LEMMA_OF.get(word) in cues.NEEDS_PARTICLE - {"call"}:
            continue
        found.append(cue)
    return found


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
    direct = rules.ADJUNCT.match(doc.text, last.end, q.open) is not None
    if not direct and not _embedded(doc, q):
        return None
    if not direct:
        main = [c for c in candidates if not _subordinate(doc, sent.start, c)]
        candidates = main + [c for c in reversed(candidates) if c not in main]
    for cue in [last] if direct else candidates:
        mention = _subject_of(doc, sent.start, cue, q.open if direct else None)
        if mention is not None:
            return Attribution(mention, cue, "speaker_cue_quote" if direct else "partial_after_cue")
    return None


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
            _participle_subject(doc, lo, cue.start)
            or _earlier_speaker(doc, lo, cue)
            or _clause_subject(doc, lo, cue.start)
            or mention_before(text, lo, cue.start)
        )
    mention = mention_before(text, lo, cue.start)
    if mention is None and text[max(lo, cue.start - 3) : cue.start] == "to ":
        mention = _clause_subject(doc, lo, cue.start)  # "D’Souza went on to explain that"
    if mention is None and inverted_until is not None:
        mention = mention_after(text, cue.end, inverted_until)
    if mention is None and any(w in ("but", "and") for w in text[lo : cue.start].split()):
        mention = _clause_subject(doc, lo, cue.start)  # "X would not…, but said …"
    return mention


def _earlier_speaker(doc: Document, lo: int, cue: Span) -> Mention | None:
    """The speaker of the cue before this one in the sentence."""
    for earlier in reversed(_cues_before(doc, lo, cue.start)):
        if earlier.end <= cue.start and not doc.text[earlier.start : earlier.end].endswith("ing"):
            mention = mention_before(doc.text, lo, earlier.start) or mention_after(doc.text, earlier.end, cue.start)
            if mention is not None:
                return mention
    return None


def _clause_subject(doc: Document, lo: int, end: int) -> Mention | None:
    """The subject that opens the sentence, after any opening phrase
    ("At the time, she…", "When protesters interrupted her, they…")."""
    text = doc.text
    toks = tokenize(text, lo, end)
    commas = [t for t in toks if t.text == ","]
    starts = [lo] + [c.end for c in commas[:2]]
    if len(toks) > 1 and toks[0].low in SENTENCE_ADVERBS and toks[1].text != ",":
        starts[0] = toks[1].start  # "Then he cut into Bush, calling him…"
    elif toks and commas and (toks[0].low in TIME_OPENERS or toks[0].low in SUBORDINATORS or toks[0].low in PREPOSITIONS):
        starts = starts[1:]  # "On the eve of the vote, Netanyahu…": the subject follows the opening phrase
    for start in starts:
        mention = mention_after(text, start, end)
        if mention is None:
            continue
        after = text[mention.end : mention.end + 2].strip()
        first = tokenize(text, mention.start, mention.end)[0].low
        if after.startswith(",") and start == lo and commas:
            continue  # an opening phrase, not the subject
        if first in SUBORDINATORS or first in TIME_OPENERS:
            continue
        return mention
    return None


def _participle_subject(doc: Document, lo: int, cue_start: int) -> Mention | None:
    """The document or speaker a participle cue hangs on: '…a letter … calling for'."""
    toks = tokenize(doc.text, lo, cue_start)
    for i in range(len(toks) - 1, -1, -1):
        if toks[i].cap:
            continue
        if toks[i].low in cues.QUOTE_FORMS:
            break
        if toks[i].low in lexicon.DOCUMENT_HEADS:
            first = i
            while (
                first > 0 and i - first < 3 and not toks[first - 1].punct and not toks[first - 1].cap and toks[first].low not in DETERMINERS
            ):
                first -= 1
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
    if tail[:1] == ",":
        # "Ryan and Trump will meet, Spicer said, adding…" / "Take action now, they said, and…":
        # the attribution sits mid-sentence; the clause before it is the content
        tail = ""
    inverted = text[_previous_char(text, sent.start, cue.start) or cue.start] == ","
    if len(tail) >= (200 if inverted else 40):
        return None
    first = (tail.split() or [""])[0]  # the tail may be a tab or a newline only
    if first.islower() and first not in SETTING_WORDS and not (inverted and first in DETERMINERS):
        return None  # "Despite the sheen, officials said they welcome it": a clause follows the cue
    mention = mention_before(text, sent.start, cue.start)
    rule = "clause_cue"
    if mention is not None:
        comma = _previous_char(text, sent.start, mention.start)
    else:
        comma = _previous_char(text, sent.start, cue.start)
        word = text[cue.start : cue.end].lower()
        if word.endswith("ing") or word not in cues.SPEECH_FORMS:
            return None
        mention = mention_after(text, cue.end, sent.end)
        rule = "clause_cue_speaker"
    if mention is None or comma is None or text[comma] != "," or comma <= sent.start:
        return None
    return comma, Attribution(mention, cue, rule)


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
    found = _cues_before(doc, q.outer_end, sent.end)
    if not found:
        return None
    trailing = _trailing_attribution(doc, sent, found[-1])
    if trailing is None or q.outer_end > trailing[0] + 1:
        return None
    return Attribution(trailing[1].mention, found[-1], "quote_clause_cue")


DIRECT_RULES: Final[tuple[Callable[[Document, QuotedSpan], Attribution | None], ...]] = (
    rule_transcript_label,
    rule_quote_according_to,
    rule_quote_cue_speaker,
    rule_quote_speaker_cue,
    rule_according_to_quote,
    rule_speaker_cue_quote,
    rule_speaker_colon_quote,
    rule_quote_clause_cue,
)


def _attribute_direct(doc: Document) -> dict[int, Attribution]:
    """Attribution by rule for each quoted span (by index)."""
    found: dict[int, Attribution] = {}
    for i, q in enumerate(doc.quoted):
        inner = doc.text[q.start : q.end]
        if (_is_title(inner) and _embedded(doc, q)) or _names_the_quote(doc, q):
            continue
        if not q.double and _word_count(inner) < 4:
            continue
        for rule in DIRECT_RULES:
            att = rule(doc, q)
            if att is not None:
                found[i] = att
                break
    return found


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
        if _embedded(doc, q) or _word_count(inner) < 2 or not q.double:
            continue
        att: Attribution | None = None
        if q.group in by_group:
            att = Attribution(by_group[q.group].mention, None, "same_quotation")
        elif q.paragraph in last_para_att:
            att = Attribution(last_para_att[q.paragraph].mention, None, "same_paragraph")
        elif q.open == doc.paras[q.paragraph].start and q.paragraph - 1 in last_para_att:
            prev = last_para_att[q.paragraph - 1]
            att = Attribution(prev.mention, None, "next_paragraph")
        elif q.open == doc.paras[q.paragraph].start and q.paragraph > 0:
            att = _intro_paragraph(doc, doc.paras[q.paragraph - 1])
        if att is not None:
            found[i] = att
            last_para_att[q.paragraph] = att
            by_group.setdefault(q.group, att)


def _intro_paragraph(doc: Document, para: Span) -> Attribution | None:
    """A paragraph that ends "Kirby said:" introduces the quotation after it."""
    text = doc.text
    if text[para.end - 1] != ":":
        return None
    m = rules.CUE_BEFORE_QUOTE.search(text, max(para.start, para.end - 200), para.end - 1)
    sent = doc.sentence_at(para.end - 1)
    if m is None:
        # "The New York Times reports:"
        return None
    mention = mention_before(text, sent.start, m.start("cue")) or mention_after(text, m.end("cue"), para.end - 1)
    if mention is None:
        return None
    return Attribution(mention, _cue_span(text, *m.span("cue")), "intro_paragraph")


# -- reported speech -------------------------------------------------------------

CONTENT_BAD_START: Final = frozenset(
    """
    to in on of about for with at by from so nothing anything something goodbye hello yes no thanks
    sorry as and but or up during after before since despite into over through under against among
    between without within across toward towards around near like
    """.split()
)
MIN_CONTENT_WORDS: Final = 3


def _strip_content(text: str, start: int, end: int) -> Span:
    while start < end and text[start] in " \t\u00a0,":
        start += 1
    while end > start and text[end - 1] in " \t\u00a0.,;:!?":
        end -= 1
    return Span(start, end)


def _indirect(doc: Document, sent: Span) -> list[tuple[Span, Attribution]]:
    text = doc.text
    out: list[tuple[Span, Attribution]] = []
    resume = sent.start  # after a hand-over to a second speaker, the cues before it are done
    for start, end, cue_word in doc.cue_words(sent.start, sent.end):
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
        if (lemma in cues.NEEDS_PARTICLE or cue_word in german.PARTICLE_FORMS) and cue.end == end:
            continue
        if _is_according(cue_word) or cue_word in rules.ACCORDING_WORDS:
            found = _according(doc, sent, cue)
            if found:
                return found
            continue
        if not cue_word.islower() or _after_determiner(text, sent.start, cue.start):
            continue
        trailing = _trailing_attribution(doc, sent, cue)
        if trailing is not None and doc.inside_quote(sent.start - 1):
            trailing = None  # '…the “firepower” they need, X said': the clause is a fragment
        if trailing is not None:
            clause_end, att = trailing
            content = _strip_content(text, sent.start, clause_end)
            attribution = Attribution(att.mention, cue, "indirect_" + att.rule)
            if _word_count(text[content.start : content.end]) >= MIN_CONTENT_WORDS:
                out.append((content, attribution))
                rest = _mid_sentence_rest(doc, sent, cue.end) if att.rule == "clause_cue" else None
                if rest is not None:
                    out.append((rest, attribution))  # "The thing he needs, aides said, is for Kasich to quit."
                return out
        # "Kirby said (that) CLAUSE"
        mention = _subject_of(doc, sent.start, cue, None)
        pos = cue.end
        if mention is None and cue_word in german.SPEECH_FORMS:
            # German puts the verb second: "Am Montag sagte Merkel, sie werde …"
            comma = text.find(",", cue.end, min(sent.end, cue.end + 80))
            mention = mention_after(text, cue.end, comma) if comma > 0 else None
            pos = comma if mention is not None else pos
        if mention is None:
            continue
        object_speech = cue_word in cues.OBJECT_SPEECH_FORMS or cue.end > end  # "accused X of…", "called for X"
        if cue_word.lower() in rules.TAKES_OBJECT:
            om = rules.OBJECT.match(text, pos, sent.end)
            if om:
                pos = om.end()
        sm = rules.SETTING.match(text, pos, sent.end)
        if sm:
            pos = sm.end()
        content_end = sent.end
        if object_speech:
            comma = text.find(",", pos + 1, sent.end)
            if comma < 0 and doc.quote_opens_at(sent.end):
                continue  # 'described Trump as “…”': the quotation holds what was said
            content_end = comma if comma > 0 else sent.end
        content = _strip_content(text, pos, content_end)
        tail = rules.COORDINATED_CUE.search(text, content.start, content.end)
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
        if len(words) < min_words or (words[0].lower().strip(",;:") in CONTENT_BAD_START and not object_speech):
            continue
        if text[pos : pos + 1] not in " \t\u00a0," or (cue_word.endswith("ing") and text[pos : pos + 1] == ","):
            continue
        handover = _handover(doc, content)
        if handover is not None:
            # "officials said A, but Russia insisted B": A is theirs, B is Russia's
            shorter = _strip_content(text, content.start, handover)
            if _word_count(text[shorter.start : shorter.end]) >= MIN_CONTENT_WORDS:
                out.append((shorter, Attribution(mention, cue, "indirect_cue_clause")))
                resume = handover
                continue
        out.append((content, Attribution(mention, cue, "indirect_cue_clause")))
        return out
    return out


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
NOUN_MARKERS: Final = frozenset({"of", "for", "in", "at", "from", "with", "by", "whose", "'s", "\N{RIGHT SINGLE QUOTATION MARK}s"})
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
    return any(t.low in SUBORDINATORS for t in tokenize(doc.text, segment, cue.start))


def _after_determiner(text: str, lo: int, pos: int) -> bool:
    """Is the cue word a noun here ("the report", "a call for")?"""
    toks = tokenize(text, max(lo, pos - 20), pos)
    if not toks:
        return False
    before = toks[-1].low
    return (before in DETERMINERS and before not in {"one", "two", "three", "some", "many", "several"}) or before in NOUN_MARKERS


def _is_according(word: str) -> bool:
    """ "according to" and German "nach Angaben", matched as one word by the cue scan."""
    return word.startswith(("according", "According", "nach", "Nach"))


def _according(doc: Document, sent: Span, cue: Span) -> list[tuple[Span, Attribution]]:
    """ "According to X, CLAUSE." / "CLAUSE, according to X." / "CLAUSE, according
    to X, CLAUSE." (both sides, as two quotes) / "Laut Polizei CLAUSE"."""
    text = doc.text
    word = " ".join(text[cue.start : cue.end].lower().split())
    comma = text.find(",", cue.end, sent.end)
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
    if len(words) >= MIN_CONTENT_WORDS and words[0].lower() not in CONTENT_BAD_START:
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
    found: list[Found] = []
    for i, att in direct.items():
        q = doc.quoted[i]
        qtype: QuoteType = "partial" if _embedded(doc, q) or att.rule == "partial_after_cue" else "direct"
        start = q.start
        if att.rule == "transcript_label" and att.cue is not None:
            start = _skip_space(text, att.cue.end)
        found.append(Found(start, q.end, qtype, q.paragraph, att))
    para_starts = [p.start for p in doc.paras]
    for sent in doc.sentences():
        for segment in doc.unquoted(sent):
            for span, att in _indirect(doc, segment):
                para = bisect.bisect_right(para_starts, span.start) - 1
                found.append(Found(span.start, span.end, "indirect", para, att))
    found.sort(key=lambda f: (f.start, f.end))
    return _resolve(doc, found)


#: Speakers found earlier that a mention is resolved against (the latest
#: ones): bounds the work per quote, which would otherwise grow with their
#: number and make a document of many quotes quadratic.
RESOLVE_LOOKBACK: Final = 100


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
