"""The extraction pipeline of one document, all on offsets of the original text:

0. choose the document's language pack (:mod:`quotex.lang`), whose tables
   every step reads;
1. pair quotation marks into quoted spans (:mod:`quotex.quotes`, in
   :class:`~quotex.rules.document.Document`);
2. attribute each span by the first direct rule that matches around it, in
   the order of :data:`quotex.rules.TABLE`;
3. let unattributed spans inherit a speaker (:mod:`quotex.rules.inheritance`);
4. read reported speech in the sentences outside quotations
   (:mod:`quotex.rules.reported`), the quotations that go on from it, and
   apply the rules of the document's language only (:func:`quotex.rules.language_rules`:
   in English, a poll that frames its respondents' words becomes their source, :mod:`quotex.rules.en.polls`);
5. resolve speakers in document order ("he", "Kirby" -> "John Kirby") and
   return :class:`~quotex.model.Quote` records.
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from functools import cache
from itertools import accumulate
from typing import Final

from quotex.lang import Language, reading, resolve
from quotex.model import Cue, Quote, QuoteType, Speaker
from quotex.rules import DIRECT_RULES, INHERITANCE_RULES, language_rules
from quotex.rules.after import QUOTE_CUE_SPEAKER, QUOTE_SPEAKER_CUE
from quotex.rules.before import PARTIAL_AFTER_CUE
from quotex.rules.clauses import clause_subject
from quotex.rules.cueless import TRANSCRIPT_LABEL, transcript_paragraphs, transcript_turns
from quotex.rules.document import Attribution, Document, Found, embedded, word_count
from quotex.rules.inheritance import SAME_PARAGRAPH, inherit, join_quotations, rule_after_reported_speech
from quotex.rules.reported import reported_speech
from quotex.rules.titles import names_something
from quotex.rules.words import skip_space
from quotex.speakers import Mention, Resolver, document_scope
from quotex.speakers.entities import assemble
from quotex.text import Span

#: The rules for a few words in single marks, which are more often a scare quote or
#: a title than speech: only quoted words inside reported speech ("Judge Ito said
#: offenders must be dealt with 'firmly'", the British habit of single marks for words
#: taken from what a reported speaker said).
SHORT_SINGLE_RULES: Final = (PARTIAL_AFTER_CUE,)


def _attribute_direct(doc: Document) -> dict[int, Attribution]:
    """Attribution by rule for each quoted span (by index)."""
    found: dict[int, Attribution] = {}
    for i, q in enumerate(doc.quoted):
        inner = doc.text[q.start : q.end]
        if names_something(doc, q):
            continue
        rules = DIRECT_RULES
        if not q.double and word_count(inner) < 4:
            rules = SHORT_SINGLE_RULES
        for rule in rules:
            att = rule.handler(doc, q)
            if att is not None:
                found[i] = att
                break
    return found


def extract(text: str, lang: str | Language = "auto") -> list[Quote]:
    """Every attributed quotation in ``text``, in document order, read with
    one language's pack: ``lang`` is a code of :data:`quotex.lang.LANGUAGES`
    ("en", "de") or "auto" (:func:`quotex.lang.detect` chooses).

    >>> [q.text for q in extract('“We are clear,” Kirby told CNN.')]
    ['We are clear']
    >>> extract('Kirby said the plan is off for now.')[0].type
    'indirect'
    >>> extract('Kirby said the plan is off for now.', lang="en")[0].speaker.name
    'Kirby'
    """
    with document_scope(text), reading(resolve(lang, text)) as language:
        return _extract(text, language)


def _extract(text: str, lang: Language) -> list[Quote]:
    doc = Document(text, lang)
    direct = _attribute_direct(doc)
    inherit(doc, direct, INHERITANCE_RULES)
    trailing_cues = frozenset(
        att.cue.start
        for i, att in direct.items()
        if att.cue is not None
        and (att.rule is QUOTE_SPEAKER_CUE or att.rule is QUOTE_CUE_SPEAKER)
        and doc.sentence_at(doc.quoted[i].end) == doc.sentence_at(att.cue.start)
    )
    quoted: list[tuple[int, Found]] = []  # with the group of their quotation
    for i, att in direct.items():
        q = doc.quoted[i]
        qtype: QuoteType = "partial" if embedded(doc, q) or att.rule is PARTIAL_AFTER_CUE else "direct"
        start = q.start
        if att.rule is TRANSCRIPT_LABEL and att.cue is not None:
            for turn_start, turn_end, turn in transcript_turns(doc, q, att):
                start = skip_space(text, turn_start)
                while turn_end > start and text[turn_end - 1] in " \t\u00a0":
                    turn_end -= 1
                if start < turn_end:  # not '“KIRBY: —': a label with no words after it
                    quoted.append((q.group, Found(start, turn_end, qtype, q.paragraph, turn)))
            continue
        quoted.append((q.group, Found(start, q.end, qtype, q.paragraph, att)))
    found = join_quotations(quoted)
    taken = [(f.start, f.end) for f in found]
    found.extend(Found(start, end, "direct", para, att) for start, end, para, att in transcript_paragraphs(doc, taken))
    # a quotation joined over paragraphs may span words outside any pair of marks: no reported speech there
    spans = sorted((f.start, f.end) for f in found)
    for sent in doc.sentences():
        for segment in doc.unquoted(sent):
            for span, att in reported_speech(doc, segment, trailing_cues):
                if _inside_quote(spans, span):
                    continue
                para = doc.paragraph_of(span.start)
                found.append(Found(span.start, span.end, "indirect", para, att))
    found = _without_quoted_clauses(doc, found)
    found.extend(rule_after_reported_speech(doc, direct, found))
    found.sort(key=lambda f: (f.start, f.end))
    for rule in language_rules(lang.code):
        found = rule.handler(doc, found)
    return _resolve(doc, _without_overlaps(found))


#: What may stand between reported words and the quoted words they run into: space and a single opening mark.
SINGLE_OPENERS: Final = (
    " \t\u00a0'\N{LEFT SINGLE QUOTATION MARK}\N{SINGLE LOW-9 QUOTATION MARK}\N{SINGLE LEFT-POINTING ANGLE QUOTATION MARK}"
)


def _without_quoted_clauses(doc: Document, found: list[Found]) -> list[Found]:
    """A reported clause that holds words in single marks is reported by
    those words: 'Ito said offenders were sent 'off the rails' by drink' is
    the partial quote 'off the rails', not also the clause's words before it
    (the British habit of marking the words taken from a reported speaker).
    Drops the reported speech that runs into such a partial quote of the
    same speaker.  Words in double marks leave the clause standing:
    PolNeAR's annotation reports the whole clause around them."""
    single = {q.start for q in doc.quoted if not q.double}
    partials: dict[int, list[Found]] = {}
    for f in found:
        if f.type == "partial" and f.start in single:
            partials.setdefault(doc.sentence_at(f.start).start, []).append(f)
    if not partials:
        return found

    def holds_quote(f: Found) -> bool:
        mention = f.attribution.mention
        return any(
            p.start >= f.end
            and not doc.text[f.end : p.start].strip(SINGLE_OPENERS)  # the clause runs into the quoted words
            and (p.attribution.mention.start, p.attribution.mention.end) == (mention.start, mention.end)
            for p in partials.get(doc.sentence_at(f.start).start, ())
        )

    return [f for f in found if f.type != "indirect" or not holds_quote(f)]


def _without_overlaps(found: list[Found]) -> list[Found]:
    """Quotes never overlap: reported speech that runs into a quotation (one
    whose marks were read otherwise, as an unclosed „ can be) gives way to it."""
    quoted = sorted((f.start, f.end) for f in found if f.type != "indirect")
    if not quoted:
        return found
    starts = [s for s, _ in quoted]
    ends = list(accumulate((e for _, e in quoted), max))  # the furthest end reached by the quotations so far

    def overlaps(f: Found) -> bool:
        i = bisect.bisect_left(starts, f.end) - 1  # the last quotation starting before the quote ends
        return i >= 0 and ends[i] > f.start

    return [f for f in found if f.type != "indirect" or not overlaps(f)]


#: Speakers found earlier that a mention is resolved against (the latest
#: ones): bounds the work per quote, which would otherwise grow with their
#: number and make a document of many quotes quadratic.
RESOLVE_LOOKBACK: Final = 100

#: Rules that credit a speaker named earlier in the paragraph: the speaker
#: mention reported is the one nearest before the quotation.
NEARER_MENTION_RULES: Final = frozenset({SAME_PARAGRAPH})


#: How far before a quotation :func:`_nearer_mention` looks, in characters
#: (a long paragraph of news is about a thousand).
NEARER_WINDOW: Final = 4000


def _nearer_mention(doc: Document, name: str, gender: str | None, after: int, before: int) -> Span | None:
    """The last mention of ``name``'s surname, or of its pronoun, between
    ``after`` and ``before`` outside quotations: '…, says Melissa Roloson.
    Roloson supports Clinton. “…”' reports 'Roloson', the mention next to the quotation."""
    surname = name.split()[-1]
    if not surname[:1].isupper():
        return None
    after = max(after, before - NEARER_WINDOW)  # a paragraph of a thousand quotations stays linear
    words = [surname] + list(_gender_subjects(doc.lang).get(gender or "", ()))
    best: Span | None = None
    for word in words:
        found = _last_speaking(doc, word, after, before, opening=word != surname)
        if found is not None and (best is None or found.start > best.start):
            best = found
    return best


def _pronouns_by_name(doc: Document, found: list[Found], mentions: list[Mention]) -> dict[str, list[tuple[int, int]]]:
    """The pronouns that open their sentence and that an attribution resolved
    to a speaker, by the speaker's name, in text order: what
    :func:`_resolved_pronoun` looks in (built once a document, so a document
    of many quotations stays linear)."""
    by_name: dict[str, list[tuple[int, int]]] = {}
    person = _gender_keys(doc.lang)
    for f, r in zip(found, mentions, strict=True):
        m = f.attribution.mention
        if r.pronoun in person and doc.sentence_at(m.start).start == m.start:
            by_name.setdefault(r.name, []).append((m.start, m.end))
    for spans in by_name.values():
        spans.sort()
    return by_name


def _resolved_pronoun(pronouns: dict[str, list[tuple[int, int]]], name: str, after: int, before: int) -> Span | None:
    """The last pronoun between ``after`` and ``before`` that opens its
    sentence and that an attribution resolved to ``name``, as
    :func:`_nearer_mention` finds one of a known gender."""
    spans = pronouns.get(name, [])
    i = bisect.bisect_right(spans, (before, before)) - 1
    while i >= 0 and spans[i][0] >= after:
        start, end = spans[i]
        if end <= before:
            return Span(start, end)
        i -= 1
    return None


@cache
def _gender_subjects(lang: Language) -> dict[str, tuple[str, ...]]:
    """The pack's :attr:`~quotex.lang.Language.NEARER_PRONOUNS` by the gender its
    :attr:`~quotex.lang.Language.GENDER_PRONOUNS` gives each, as written and
    capitalised ("he", "He")."""
    by_gender: dict[str, tuple[str, ...]] = {}
    for word in sorted(lang.NEARER_PRONOUNS):
        gender = lang.GENDER_PRONOUNS[word]
        by_gender[gender] = (*by_gender.get(gender, ()), word, word.capitalize())
    return by_gender


@cache
def _gender_keys(lang: Language) -> frozenset[str]:
    """What a resolved mention's ``pronoun`` is for a subject pronoun that tells a
    gender (what the pack's :attr:`~quotex.lang.Language.PERSON_PRONOUNS` makes of "he",
    "she", "er", "sie"): the pack's GENDER_PRONOUNS that are SUBJECT_PRONOUNS."""
    return frozenset(
        lang.PERSON_PRONOUNS[word] for word in lang.GENDER_PRONOUNS if word in lang.SUBJECT_PRONOUNS and word in lang.PERSON_PRONOUNS
    )


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
    if after[0].rstrip(".,;:") in doc.lang.CUE_FORMS:
        return True
    return not text[doc.sentence_at(start).start : start].strip()


#: How many words open a reported clause, where a name the speaker's pronoun cannot stand for sits.
CONTENT_HEAD_WORDS: Final = 3


def _inside_quote(spans: list[tuple[int, int]], span: Span) -> bool:
    """Does ``span`` overlap one of the quotation spans (sorted, not overlapping each other)?"""
    i = bisect.bisect_left(spans, (span.end,)) - 1  # the last quotation that starts before the span ends
    return i >= 0 and spans[i][1] > span.start


def _resolve_bound(doc: Document, resolver: Resolver, m: Mention, f: Found, candidates: list[tuple[int, Mention]]) -> Mention | None:
    """A pronoun that reports a clause about the speaker named last cannot
    stand for that speaker ("It is these rebels it has accused Russia of
    targeting", after Russia spoke): it stands for the subject of the sentence
    before ("The United States … has continued to fund the rebels"), or for an
    earlier speaker.  None when no candidate is named at the head of the clause."""
    if m.pronoun is None or f.type != "indirect":
        return None
    head = doc.text[f.start : f.end].split()[:CONTENT_HEAD_WORDS]
    kept = [p for p in candidates if p[1].name.split()[-1] not in head]
    if len(kept) == len(candidates):
        return None
    sent = doc.sentence_at(m.start)
    if sent.start > 0 and m.pronoun in ("it", "they"):
        prev = doc.sentence_at(sent.start - 1)
        subject = clause_subject(doc, prev.start, prev.end)
        if subject is not None and subject.pronoun is None and subject.name.split()[-1] not in head:
            return replace(m, name=resolver.resolve(subject, kept).name)
    return resolver.resolve(m, kept)


def _resolve(doc: Document, found: list[Found]) -> list[Quote]:
    resolver = Resolver(doc.text, doc.inside_quote)
    previous: list[tuple[int, Mention]] = []
    latest = -1  # the furthest start among the mentions in ``previous``
    resolved: dict[tuple[int, int], Mention] = {}
    mentions = []
    for f in found:
        m = f.attribution.mention
        key = (m.start, m.end)
        if key in resolved:
            r = resolved[key]
        else:
            window = previous[-RESOLVE_LOOKBACK:]
            # a fast path: when every mention so far starts before this one, all of them are candidates
            candidates = window if latest < m.start else [p for p in window if p[0] < m.start]
            r = _resolve_bound(doc, resolver, m, f, candidates) or resolver.resolve(m, candidates)
            resolved[key] = r
            previous.append((m.start, r))
            latest = max(latest, m.start)
        mentions.append(r)
    # every mention of one speaker, as one entity: its id, canonical name, role, kind, gender, author
    quotes = []
    pronouns: dict[str, list[tuple[int, int]]] | None = None  # built on first need
    for f, r, e in zip(found, mentions, assemble(doc.text, resolver, mentions, doc.sentences()), strict=True):
        m = f.attribution.mention
        speaker = Speaker(e.name, m.text, m.start, m.end, e.role, e.kind, e.gender, e.id, e.author)
        if f.attribution.rule in NEARER_MENTION_RULES and r.kind == "person" and r.pronoun is None:
            nearer = _nearer_mention(doc, r.name, r.gender, m.end, f.start)
            if nearer is None and r.gender is None:
                # no first name tells the gender: a pronoun that another quotation's attribution
                # resolved to the same speaker is the nearer mention ("Rosa Lindqvist … She says …")
                if pronouns is None:
                    pronouns = _pronouns_by_name(doc, found, mentions)
                nearer = _resolved_pronoun(pronouns, r.name, m.end, f.start)
            if nearer is not None:
                speaker = replace(speaker, text=doc.text[nearer.start : nearer.end], start=nearer.start, end=nearer.end)
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
                rule=f.attribution.rule.name,
            )
        )
    return quotes
