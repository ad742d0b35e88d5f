"""Speakers inherited from nearby: a quotation that shares the attribution
after the next one in its sentence, sits in a headline (by its layout or the
quotation below that repeats it), continues a quotation, sits in an
attributed paragraph or right after one, follows a paragraph ending "Kirby
said:" or a sentence with a cue and a speaker; and a quoted paragraph after
one that ends in reported speech.  Also the joining of a quotation
continued over paragraphs into one quote.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final

from quotex.lang import current
from quotex.quotes import QuotedSpan
from quotex.rules.after import TRAILING_RULES
from quotex.rules.base import Rule, compile_rule
from quotex.rules.clauses import clause_subject, colon_subject
from quotex.rules.cue_subject import subject_of
from quotex.rules.cueless import CLAUSE_COLON_QUOTE
from quotex.rules.document import SMALL_WORDS, Attribution, Document, Found, cue_span, embedded, is_title, word_count
from quotex.rules.titles import names_something
from quotex.rules.words import after_determiner
from quotex.speakers import Mention, mention_after, mention_before
from quotex.text import Span


@dataclass
class Known:
    """What the inheritance pass has found so far: the attribution of each
    quoted span (by index), the first one of each quotation (by group) and
    the last one of each paragraph."""

    found: dict[int, Attribution]
    by_group: dict[int, Attribution] = field(default_factory=dict)
    by_paragraph: dict[int, Attribution] = field(default_factory=dict)


def inherit(doc: Document, found: dict[int, Attribution], rules: Sequence[Rule]) -> None:
    """Give unattributed quotations the speaker of their sentence, quotation
    or paragraph: the first of ``rules`` (the inheritance rules, in the
    table's order) that gives one.  Each handler takes the document, the
    index of the quoted span and what is :class:`Known`."""
    known = Known(found)
    for i, first in found.items():
        known.by_group.setdefault(doc.quoted[i].group, first)
    for i, q in enumerate(doc.quoted):
        if i in found:
            known.by_paragraph[q.paragraph] = found[i]
            continue
        if names_something(doc, q):
            continue
        # quoted words inside a clause take only the attribution of their own sentence
        # (in single marks, only whole sentences: British papers quote in ‘…’, and a few words are a scare quote)
        # 'But “…”' is a sentence of its own; so is 'It's “…”' right after a quotation (the grammar's readings)
        grammar = doc.grammar
        inside = embedded(doc, q) and not grammar.after_opening_conjunction(doc, q) and not grammar.goes_on_quoting(doc, q)
        sentence_only = inside or word_count(doc.text[q.start : q.end]) < 2 or not (q.double or _single_sentences(doc, q))
        att = None
        for rule in rules:
            if sentence_only and rule is not SAME_SENTENCE and rule is not HEADLINE_QUOTE:
                break
            att = rule.handler(doc, i, known)
            if att is not None:
                break
        if att is not None:
            found[i] = att
            known.by_paragraph[q.paragraph] = att
            known.by_group.setdefault(q.group, att)
    if HEADLINE_QUOTE in rules:
        # a headline's quotation may repeat one below that only inherited its speaker
        for i, q in enumerate(doc.quoted):
            if q.paragraph == 0 and i not in found and not names_something(doc, q):
                att = rule_headline_quote(doc, i, known, final=True)
                if att is not None:
                    found[i] = att


#: Words a quotation in single marks holds to be sentences of speech rather than a scare quote or a title.
SINGLE_SENTENCE_WORDS: Final = 4


def _single_sentences(doc: Document, q: QuotedSpan) -> bool:
    """Is the quotation in single marks whole sentences of speech: it opens
    its sentence, ends it, and holds a few words, not all capitalised
    (‘We thank every volunteer.’, as British papers quote; not the subhead
    ‘Coal Is Not the Villain.’)?"""
    inner = doc.text[q.start : q.end]
    return (
        doc.sentence_at(q.open).start == q.open
        and _whole_sentence(doc, q)
        and word_count(inner) >= SINGLE_SENTENCE_WORDS
        and any(w[:1].islower() and w not in SMALL_WORDS for w in inner.split())
    )


def rule_same_quotation(doc: Document, i: int, known: Known) -> Attribution | None:
    """A later paragraph of a quotation continued over paragraphs."""
    att = known.by_group.get(doc.quoted[i].group)
    return None if att is None else Attribution(att.mention, None, SAME_QUOTATION)


def rule_same_paragraph(doc: Document, i: int, known: Known) -> Attribution | None:
    """A quotation in a paragraph already attributed."""
    att = known.by_paragraph.get(doc.quoted[i].paragraph)
    return None if att is None else Attribution(att.mention, None, SAME_PARAGRAPH)


def rule_next_paragraph(doc: Document, i: int, known: Known) -> Attribution | None:
    """A quoted paragraph right after an attributed one."""
    q = doc.quoted[i]
    att = known.by_paragraph.get(q.paragraph - 1)
    if att is None or q.open != doc.paras[q.paragraph].start or not _whole_sentence(doc, q):
        return None
    return Attribution(att.mention, None, NEXT_PARAGRAPH)


def _whole_paragraph(doc: Document, q: QuotedSpan) -> bool:
    """Is the quotation all its paragraph holds ('¶ “…” ¶'), with no words of
    attribution after it?"""
    return q.close is None or not doc.text[q.outer_end : doc.paras[q.paragraph].end].strip(" .!?")


def _whole_sentence(doc: Document, q: QuotedSpan) -> bool:
    """Does the quotation end its sentence ('“…”' and no words after it, as
    opposed to '“Low Tide,” which opens in cinemas…')?"""
    if q.close is None:
        return True  # it runs on into the next paragraph
    return not doc.text[q.outer_end : doc.sentence_at(q.open).end].strip(" .!?")


def rule_same_sentence(doc: Document, i: int, known: Known) -> Attribution | None:
    """'“They hurt” but are needed “for the region,” she said': a
    quotation takes the attribution after the next quotation of its sentence."""
    L = current()
    q, found = doc.quoted[i], known.found
    if i + 1 >= len(doc.quoted) or i + 1 not in found:
        return None
    after, att = doc.quoted[i + 1], found[i + 1]
    if att.rule not in TRAILING_RULES or doc.sentence_at(after.open) != doc.sentence_at(q.open):
        return None
    if any(word in L.CUE_WORDS for _, _, word in doc.cue_words(q.outer_end, after.open)):
        return None  # a cue of its own between the two
    return Attribution(att.mention, None, SAME_SENTENCE)


#: The most words a first paragraph holds to be read as a headline.
HEADLINE_MAX_WORDS: Final = 20

#: A colon after a headline's quotation, before its speaker: "‘We were asleep’: Fenner on…".
HEADLINE_COLON: Final = compile_rule(r"${sp}{0,2} : ${sp}{1,3}")

#: Speech verbs that end a headline with its speaker after the quotation: "‘Shameful’ delays, says
#: watchdog", "Delays ‘shameful’, watchdog says"; and the dashes before a speaker: "… ‘shameful’ - watchdog".
HEADLINE_SAYS: Final = frozenset({"says", "say"})
HEADLINE_DASHES: Final = ("-", "\N{EN DASH}", "\N{EM DASH}")
#: The most characters of a speaker at the end of a headline.
HEADLINE_SPEAKER_CHARS: Final = 60


def _headline_tail(text: str, start: int, end: int) -> Span | None:
    """The speaker's place in what follows a headline's quotation, ``text[start:end]``: after
    ", says", before a final "says" after a comma, or after a spaced dash."""
    comma = text.rfind(",", max(start, end - HEADLINE_SPEAKER_CHARS), end)
    words = text[comma + 1 : end].split() if comma >= 0 else []
    if len(words) >= 2 and words[0] in HEADLINE_SAYS:  # ", says watchdog"
        return _trimmed(text, text.index(words[0], comma) + len(words[0]), end)
    if len(words) >= 2 and words[-1] in HEADLINE_SAYS:  # ", watchdog says"
        return _trimmed(text, comma + 1, text.rindex(words[-1], comma, end))
    for dash in HEADLINE_DASHES:  # " - watchdog"
        at = text.rfind(f" {dash} ", max(start, end - HEADLINE_SPEAKER_CHARS), end)
        if at >= 0:
            return _trimmed(text, at + 2, end)
    return None


def _trimmed(text: str, start: int, end: int) -> Span:
    """``text[start:end]`` without the spaces at either end."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


#: Words that may follow a headline's speaker after a colon: the topic ("‘…’: Moll on the budget").
HEADLINE_TOPIC_WORDS: Final = frozenset({"on", "about", "over", "after", "as"})

#: Words, as a headline's quotation and the quotation it repeats are compared.
ECHO_WORD: Final = compile_rule(r"[\p{L}\p{N}]+")


def rule_headline_quote(doc: Document, i: int, known: Known, final: bool = False) -> Attribution | None:
    """A quotation in a headline, whose attribution is a layout more than a
    clause: a colon and a name after it ('‘Cheaper fares’: Moll on the
    budget'), the name right before it ('Moll ‘delighted’ as…'), or else the
    speaker of the quotation below that repeats its words.  A short form
    ('…: PM') names its speaker less well than the quotation below: it is
    taken only when none repeats the words, on the ``final`` pass (when every
    quotation below has its speaker)."""
    q, text = doc.quoted[i], doc.text
    para = doc.paras[q.paragraph]
    if q.paragraph != 0 or len(doc.paras) < 2 or word_count(text[para.start : para.end]) > HEADLINE_MAX_WORDS:
        return None
    layout = _headline_layout(doc, q)
    if layout is not None and not _short_form(layout.text):
        return Attribution(layout, None, HEADLINE_QUOTE)
    echo = _headline_echo(doc, q, known, named=layout is not None)
    if echo is not None:
        mention = _named_in_headline(doc, q, echo.mention)
        return echo if mention is None else Attribution(mention, None, HEADLINE_QUOTE)
    return Attribution(layout, None, HEADLINE_QUOTE) if layout is not None and final else None


def _named_in_headline(doc: Document, q: QuotedSpan, below: Mention) -> Mention | None:
    """The headline's own mention of the speaker that the quotation below
    gives: the name whose last word the headline repeats ("Ana Ruiz Says
    Port ‘Will Never Close’" for "Ruiz" below), or, for a pronoun below, the
    name a colon sets off at the headline's start ("Harbor Chief Ruiz: Port
    ‘Will Never Close’")."""
    text = doc.text
    para = doc.paras[q.paragraph]
    if below.pronoun is None:
        last = below.text.split()[-1].removesuffix("'s").removesuffix("\N{RIGHT SINGLE QUOTATION MARK}s")
        end = _word_end(text, para.start, para.end, last)
        return None if end is None else mention_before(text, para.start, end)
    mention = mention_after(text, para.start, q.open)
    if mention is None or mention.pronoun is not None or HEADLINE_COLON.match(text, mention.end, q.open) is None:
        return None
    return mention if text[mention.start : mention.start + 1].isupper() and mention.text.split()[0].lower() not in SMALL_WORDS else None


def _word_end(text: str, lo: int, hi: int, word: str) -> int | None:
    """Where the first ``word`` standing alone in ``text[lo:hi]`` ends."""
    pos = text.find(word, lo, hi)
    while pos >= 0:
        end = pos + len(word)
        if (pos == lo or not text[pos - 1].isalnum()) and (end >= hi or not text[end].isalnum()):
            return end
        pos = text.find(word, pos + 1, hi)
    return None


def _short_form(name: str) -> bool:
    """Is the name a short form in capitals ("PM", "AG"), whose full name the article gives?"""
    return name.isupper() and len(name) <= SHORT_FORM_LETTERS and " " not in name


#: The most letters of a short form in capitals.
SHORT_FORM_LETTERS: Final = 4


def _headline_layout(doc: Document, q: QuotedSpan) -> Mention | None:
    """The speaker a headline's layout names: after a colon, or right before a quoted word."""
    text = doc.text
    para = doc.paras[q.paragraph]
    colon = HEADLINE_COLON.match(text, q.outer_end, para.end)
    if colon is not None:
        mention = mention_after(text, colon.end(), para.end)
        rest = text[mention.end : para.end].split(None, 1) if mention is not None else []
        # the speaker ends the headline or is followed by its topic ("on …"), not by a verb ("Row ends")
        if mention is not None and mention.pronoun is None and (not rest or rest[0] in HEADLINE_TOPIC_WORDS):
            return mention
    end = len(text[para.start : para.end].rstrip(" .")) + para.start  # "…, says watchdog."
    who = _headline_tail(text, q.outer_end, end)
    if who is not None:
        # "‘Shameful’ delays at the hospital, says watchdog": the speaker, all of what is left of the headline
        mention = mention_after(text, who.start, who.end)
        if mention is not None and mention.pronoun is None and mention.end == who.end:
            return mention
    if text[q.start : q.start + 1].islower() and text[para.start : q.open].strip():
        # a word, not a name or a title, right after a name: "Moll ‘delighted’ as …"
        before = mention_before(text, para.start, q.open)
        name_words = before.text.split() if before is not None else []
        # a name: its first and last words capitalised ("Coach Ada Brandt", not "fingers at")
        named = bool(name_words) and name_words[0][:1].isupper() and name_words[-1][:1].isupper()
        if before is not None and before.pronoun is None and named and not text[before.end : q.open].strip():
            return before
    return None


#: The fewest words a headline's quotation must share with a quotation below
#: to be that speaker's words, not a label echoed from the story.
ECHO_MIN_WORDS: Final = 3


def _headline_echo(doc: Document, q: QuotedSpan, known: Known, named: bool) -> Attribution | None:
    """The attribution of the quotation below that repeats the headline's quoted
    words; with no speaker ``named`` in the headline, only a phrase of
    :data:`ECHO_MIN_WORDS` or more."""
    text = doc.text
    inner = text[q.start : q.end]
    if not any(w[:1].isalpha() for w in inner.split()) or len(inner.split()) > 1 and is_title(inner):
        return None  # a number or a title ("‘13th’", "‘Thousands of Shootings’") repeats a name, not someone's words
    echo = " ".join(ECHO_WORD.findall(inner.lower()))
    if not named and len(echo.split()) < ECHO_MIN_WORDS:
        return None  # a word or two in a headline's marks is a label the story uses ("Nevada a ‘newcomer’")
    for j in sorted(known.found):
        later = doc.quoted[j]
        if later.paragraph > 0 and f" {echo} " in f" {' '.join(ECHO_WORD.findall(text[later.start : later.end].lower()))} ":
            return Attribution(known.found[j].mention, None, HEADLINE_QUOTE)
    return None


def rule_cue_sentence_before(doc: Document, i: int, known: Known) -> Attribution | None:
    """'Ines Kowal agreed. “The committee has run out of
    patience.”': a quoted sentence after a sentence of the same paragraph whose
    first cue has a speaker, when that sentence quotes nothing itself."""
    L = current()
    q = doc.quoted[i]
    sent = doc.sentence_at(q.open)
    if sent.start != q.open or sent.start == doc.paras[q.paragraph].start:
        return None
    if q.close is None or not _whole_sentence(doc, q):
        return None  # '“What a night!” beamed Petra Lund': words after it may attribute it
    prev = doc.sentence_at(sent.start - 1)
    if doc.inside_quote(prev.start) or doc.quote_opens_in(prev.start, prev.end):
        return None
    for start, end, word in doc.cue_words(prev.start, prev.end):
        if word not in L.CUE_WORDS or not word.islower() or after_determiner(doc.text, prev.start, start):
            continue
        # "Fares will rise, said Tom Reyes, a planner. “…”": an inverted cue's speaker follows it
        mention = subject_of(doc, prev.start, Span(start, end), prev.end)
        return None if mention is None else Attribution(mention, None, CUE_SENTENCE_BEFORE)
    return None


def rule_sole_speaker(doc: Document, i: int, known: Known) -> Attribution | None:
    """A quoted paragraph with no speaker near it, in a document whose
    quotations so far all have one named speaker (a press release quoting its
    spokesman, facts in between): that speaker's."""
    q = doc.quoted[i]
    if q.open != doc.paras[q.paragraph].start or not _whole_paragraph(doc, q) or not (q.double or _single_sentences(doc, q)):
        return None
    earlier = [known.found[j] for j in sorted(known.found) if j < i]
    named = [att.mention for att in earlier if att.mention.pronoun is None]
    surnames = {m.text.split()[-1] for m in named}
    if len(surnames) != 1 or not next(iter(surnames))[:1].isupper():
        return None  # no one, several people, or a description ("the headline") quoted so far
    return Attribution(earlier[-1].mention, None, SOLE_SPEAKER)


#: Before the end of a paragraph: a cue and the rest of its clause
#: ('…the senator said in a statement:').  Searched right to left.
CUE_BEFORE_QUOTE: Final = compile_rule(
    r"""
    (?P<rest> ${clause_char}{0,200}? )
    (?: [,:] | ${dash} )? ${sp}{0,3} \Z
    """
)


def rule_intro_paragraph(doc: Document, i: int, known: Known) -> Attribution | None:
    """A paragraph that ends "Kirby said:" introduces the quotation that opens
    the next one; one that ends in a colon and no cue ("The club issued the
    following statement:") is a :data:`CLAUSE_COLON_QUOTE`."""
    L = current()
    quote = doc.quoted[i]
    if quote.open != doc.paras[quote.paragraph].start or quote.paragraph == 0:
        return None
    para = doc.paras[quote.paragraph - 1]
    text = doc.text
    if text[para.end - 1] != ":":
        return None
    hi = para.end - 1
    cue = next(
        (
            Span(start, end)
            for start, end, word in reversed(doc.cue_words(max(para.start, para.end - 200), hi))
            if word in L.CUE_WORDS and end <= hi and CUE_BEFORE_QUOTE[L].fullmatch(text, end, hi)
        ),
        None,
    )
    sent = doc.sentence_at(hi)
    if cue is None:
        # no cue: "The club issued the following statement:"
        colon_mention = colon_subject(doc, hi, quote)
        return None if colon_mention is None else Attribution(colon_mention, None, CLAUSE_COLON_QUOTE)
    mention = mention_before(text, sent.start, cue.start) or mention_after(text, cue.end, hi)
    if mention is None:
        return None
    return Attribution(mention, cue_span(text, cue.start, cue.end), INTRO_PARAGRAPH)


def _sentence_speaker(doc: Document, prev: Found) -> Mention:
    """Who goes on after reported speech: its speaker, or the sentence's subject when the speaker is
    a participle's noun ("The club issued a statement …, which quoted staff members | saying …")."""
    mention, cue = prev.attribution.mention, prev.attribution.cue
    text = doc.text
    sent = doc.sentence_at(prev.start)
    if cue is None or not text.endswith("ing", cue.start, cue.end) or mention.start <= sent.start or text[mention.end : cue.start].strip():
        return mention
    return clause_subject(doc, sent.start, mention.start) or mention


def rule_after_reported_speech(doc: Document, direct: dict[int, Attribution], found: list[Found]) -> list[Found]:
    """'Moll said that for years people had expected the mill to close. ¶
    “That’s because this town…”': a quoted sentence that opens its paragraph,
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
        if doc.sentence_at(prev.start) != doc.sentence_at(para.end - 1) or names_something(doc, q):
            continue
        out.append(Found(q.start, q.end, "direct", q.paragraph, Attribution(_sentence_speaker(doc, prev), None, AFTER_REPORTED_SPEECH)))
        attributed_groups.add(q.group)
    return out


def join_quotations(quoted: list[tuple[int, Found]]) -> list[Found]:
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
            if not runs or f.attribution.rule is not SAME_QUOTATION and any(p.attribution.rule is not SAME_QUOTATION for p in runs[-1]):
                runs.append([f])
            else:
                runs[-1].append(f)
        for run in runs:
            first, last = run[0], run[-1]
            own = next((f.attribution for f in run if f.attribution.rule is not SAME_QUOTATION), first.attribution)
            joined.append(Found(first.start, last.end, first.type, first.paragraph, own))
    return joined


SAME_SENTENCE: Final = Rule(
    name="same_sentence",
    description="“…” but necessary “…,” he said: a quotation shares the attribution after the next one in its sentence",
    family="inheritance",
    handler=rule_same_sentence,
)

HEADLINE_QUOTE: Final = Rule(
    name="headline_quote",
    description="‘…’: Moll on … / Moll ‘…’ as …: a headline's quotation, by its layout or the quotation below that repeats it",
    family="inheritance",
    handler=rule_headline_quote,
    patterns=(HEADLINE_COLON, ECHO_WORD),
)

SAME_QUOTATION: Final = Rule(
    name="same_quotation",
    description="later paragraphs of a multi-paragraph quotation share its speaker",
    family="inheritance",
    handler=rule_same_quotation,
)

SAME_PARAGRAPH: Final = Rule(
    name="same_paragraph",
    description="“…,” Kirby said. “…”: a quotation in a paragraph already attributed",
    family="inheritance",
    handler=rule_same_paragraph,
)

NEXT_PARAGRAPH: Final = Rule(
    name="next_paragraph",
    description="a quoted paragraph right after an attributed one inherits its speaker",
    family="inheritance",
    handler=rule_next_paragraph,
)

INTRO_PARAGRAPH: Final = Rule(
    name="intro_paragraph",
    description="Kirby said: ¶ “…”: a paragraph ending in a cue and colon introduces the next",
    family="inheritance",
    handler=rule_intro_paragraph,
    patterns=(CUE_BEFORE_QUOTE,),
)

CUE_SENTENCE_BEFORE: Final = Rule(
    name="cue_sentence_before",
    description="Bystrom agreed. “…”: a quoted sentence after a sentence with a cue and a speaker",
    family="inheritance",
    handler=rule_cue_sentence_before,
)

SOLE_SPEAKER: Final = Rule(
    name="sole_speaker",
    description="a quoted paragraph away from any attribution, when every quotation before it has one named speaker",
    family="inheritance",
    handler=rule_sole_speaker,
)

AFTER_REPORTED_SPEECH: Final = Rule(
    name="after_reported_speech",
    description="Carter said that … ¶ “…”: a quoted paragraph after one that ends in reported speech is its speaker's",
    family="inheritance",
    handler=rule_after_reported_speech,
)
