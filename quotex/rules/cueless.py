"""Quotations attributed with no cue word: the subject of a clause ending in a
colon, a signature after a dash, the owner of a claim, the subject of a
clause holding quoted words, the agent of a passive naming verb, a
transcript's speaker label.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from quotex.lang import current
from quotex.marks import ALL_MARKS
from quotex.quotes import QuotedSpan
from quotex.rules.base import Rule, compile_rule
from quotex.rules.clauses import clause_subject, colon_subject, ends_in_name, relative_speaker
from quotex.rules.document import Attribution, Document, embedded, is_title, word_count
from quotex.rules.words import BY_AGENT, cues_before, previous_char
from quotex.speakers import (
    Mention,
    classify,
    mention_after,
    pronoun_mention,
    tokenize,
)
from quotex.speakers.classify import word_occurrences
from quotex.text import Span

#: How far before a quotation a possessive claim may start, in characters.
POSSESSIVE_REACH: Final = 160

#: Who may own quoted words in a clause with no cue, and how many words it takes.
EMBEDDED_SPEAKER_KINDS: Final = frozenset({"person", "organization", "document"})

EMBEDDED_MIN_WORDS: Final = 4


def _colon_before(text: str, lo: int, pos: int) -> int | None:
    """The colon (or spaced dash) that ends the text right before ``pos``, if any."""
    i = previous_char(text, lo, pos)
    if i is None:
        return None
    if text[i] == ":":
        return i
    dash = i - 1 if text[i - 1 : i + 1] == "--" else i if text[i] in "\N{EM DASH}\N{EN DASH}" else None
    if dash is not None and dash > lo and text[dash - 1] == " ":
        return i  # "…enhanced interrogation -- “I think…”"
    return None


def rule_clause_colon_quote(doc: Document, q: QuotedSpan) -> Attribution | None:
    colon = _colon_before(doc.text, doc.paras[q.paragraph].start, q.open)
    if colon is None:
        colon = _statement_comma(doc, q)
    if colon is None:
        return None
    mention = colon_subject(doc, colon, q) or doc.grammar.colon_speaker(doc, colon, q)
    return None if mention is None else Attribution(mention, None, CLAUSE_COLON_QUOTE)


#: The most words after the statement's noun before the comma: "issued a statement | on Monday night |, “…”".
STATEMENT_ADJUNCT_WORDS: Final = 4


def _statement_comma(doc: Document, q: QuotedSpan) -> int | None:
    """The comma that ends a clause issuing a statement, which then stands
    as a colon would: 'Mayor Ruiz issued a statement, “…”', 'The board
    released a statement on Monday, “…”'.  The noun of the statement must
    come a few words after its verb and determiner; only a whole sentence
    follows (:func:`~quotex.rules.clauses.colon_subject` checks)."""
    L = current()
    text = doc.text
    comma = previous_char(text, doc.paras[q.paragraph].start, q.open) if L.STATEMENT_HEADS else None
    if comma is None or text[comma] != ",":
        return None  # no comma, or a language with no nouns of statements
    toks = tokenize(text, max(doc.sentence_at(comma).start, comma - 120), comma)
    for i in range(len(toks) - 1, max(1, len(toks) - 2 - STATEMENT_ADJUNCT_WORDS), -1):
        if toks[i].punct:
            return None
        if toks[i].low in L.STATEMENT_HEADS:
            det = next((j for j in range(i - 1, max(-1, i - 3), -1) if toks[j].low in L.DETERMINERS), None)
            return comma if det is not None and det > 0 and toks[det - 1].low in L.ISSUING_VERBS else None
    return None


#: A paragraph that signs the quotation before it: a dash, then the name.
SIGNATURE: Final = compile_rule(r"[.,]? ${sp}{0,3} (?: - | ${dash} | \N{HORIZONTAL BAR} ) ${sp}{0,2} (?= \p{Lu} )")


def rule_signature_after(doc: Document, q: QuotedSpan) -> Attribution | None:
    """A quotation signed after a dash, on its line or the next:
    '“…” ― Carlos Raúl', '“…” ¶ - Hillary Clinton.'; or a pull quote signed
    on the line below, inside the marks: '"… ¶ Dana Roe, Harbor Institute."'."""
    para = doc.paras[q.paragraph]
    if q.open != para.start:
        return None
    if q.close is None:
        signed = _signed_below(doc, q)
        return None if signed is None else Attribution(signed, None, SIGNATURE_AFTER)
    text = doc.text
    sign = SIGNATURE.match(text, q.outer_end, para.end)
    end = para.end
    if sign is None and not text[q.outer_end : para.end].strip(" .,\t") and q.paragraph + 1 < len(doc.paras):
        end = doc.paras[q.paragraph + 1].end
        sign = SIGNATURE.match(text, doc.paras[q.paragraph + 1].start, end)
    if sign is None:
        return None
    mention = mention_after(text, sign.end(), end)
    if mention is None or mention.kind not in ("person", "organization"):
        return None
    return Attribution(mention, None, SIGNATURE_AFTER)


#: The most words of the line that signs a pull quote inside its marks: a name and an affiliation.
SIGNED_LINE_WORDS: Final = 10


def _signed_below(doc: Document, q: QuotedSpan) -> Mention | None:
    """The person named on the line below a quotation left open, that
    closes its marks after a comma, an affiliation and a period, no verb
    ('"… ¶ Dana Roe, Harbor Institute."'): a pull quote's signature."""
    if q.paragraph + 1 >= len(doc.paras):
        return None
    text = doc.text
    line = doc.paras[q.paragraph + 1]
    tail = text[line.start : line.end].rstrip()
    if tail[-1:] not in CLOSING_MARKS:
        return None
    tail = tail[:-1].rstrip()
    if not tail.endswith(".") or "," not in tail or word_count(tail) > SIGNED_LINE_WORDS or cues_before(doc, line.start, line.end):
        return None
    mention = mention_after(text, line.start, line.start + len(tail))
    if mention is None or mention.kind != "person" or mention.pronoun is not None or mention.start != line.start:
        return None
    if text[mention.end : mention.end + 1] != ",":
        return None
    # the affiliation is a name ("Harbor Institute for Policy Research"), not a clause ("the mayor, voted no")
    return mention if is_title(text[mention.end + 1 : line.start + len(tail) - 1]) else None


#: Marks that close a quotation left open above a signature line.
CLOSING_MARKS: Final = '\N{RIGHT DOUBLE QUOTATION MARK}"'


#: A speaker's own claim, the words of which are quoted later in the clause:
#: "the mayor's claim that there were “…”", "her pledge to “…”".
POSSESSIVE_CLAIM_PATTERN: Final = compile_rule(
    r"""
    (?P<owner>
        (?<![\p{L}]) (?i: \L<possessives> )
      | ${capword} (?: ${sp} ${capword} ){0,3} (?: 's | \N{RIGHT SINGLE QUOTATION MARK}s | ' | \N{RIGHT SINGLE QUOTATION MARK} )
    )
    ${sp}{1,2} (?: [\p{L}\-]{1,20} ${sp}{1,2} ){0,2}
    (?P<noun> \L<claim_nouns> ) (?! \p{L} )
    """
)


def rule_possessive_claim(doc: Document, q: QuotedSpan) -> Attribution | None:
    """'the mayor’s claim that there were “hundreds of complaints”': the owner
    of a claim, a promise, a remark says the quoted words in it."""
    L = current()
    text = doc.text
    sent = doc.sentence_at(q.open)
    lo = max(sent.start, q.open - POSSESSIVE_REACH)
    last = None
    for m in POSSESSIVE_CLAIM_PATTERN[L].finditer(text, lo, q.open):
        last = m
    if last is None or cues_before(doc, last.end(), q.open):
        return None
    if not embedded(doc, q) and text[last.end() : q.open].strip() not in {"that,", ":", ","}:
        return None  # a whole quotation only right after the claim: 'her comment that, “…”'
    start, end = last.span("owner")
    word = text[start:end].lower()
    if word in L.POSSESSIVE_PRONOUNS:
        pronoun = L.POSSESSIVE_PRONOUNS[word]
        subject = clause_subject(doc, sent.start, start) if start > sent.start else None
        gender = L.PRONOUNS.get(pronoun)
        if (
            subject is not None
            and subject.pronoun is None
            and subject.kind == "person"
            and subject.gender in (None, gender)
            and pronoun in ("he", "she")
        ):
            return Attribution(subject, None, POSSESSIVE_CLAIM)  # "Varga has pressed her pledge of “free buses”"
        mention = pronoun_mention(text, start, end, pronoun)
    else:
        stem_end = end - (2 if text[end - 1] == "s" and text[end - 2] in "'\N{RIGHT SINGLE QUOTATION MARK}" else 1)
        named = classify(text, tokenize(text, start, stem_end))
        if named is None or named.kind not in ("person", "organization"):
            return None
        mention = replace(named, text=text[start:end], end=end)
    return Attribution(mention, None, POSSESSIVE_CLAIM)


def claim_after_cue(doc: Document, q: QuotedSpan, cue_end: int) -> bool:
    """Does a possessive claim come between a cue and quoted words it holds
    straight on ("Ruiz mocked | Lee's claim that the fees were “fair”")?  The
    claim's owner said them, not the cue's subject; not where a mark or another
    quotation comes between ("Ruiz called Lee's claim of a “mandate” …, “odd”")."""
    if not current().CLAIM_CONTENT_LINKS or not embedded(doc, q):
        return False
    last = None
    for m in POSSESSIVE_CLAIM_PATTERN[current()].finditer(doc.text, cue_end, q.open):
        last = m
    if last is None:
        return False
    between = doc.text[last.end() : q.open]
    words = between.split()
    if not words or words[0] not in current().CLAIM_CONTENT_LINKS or not current().CLAIM_COMPLEMENTS.isdisjoint(words):
        return False  # "Lee's remarks were “odd”", "called Lee's claim that … as “odd”": said of the claim
    if len(words) > CLAIM_CONTENT_REACH:
        return False  # "Lee's claim that the fund would pay for every school is “false”": its clause may have closed
    return CLAIM_BREAKS.isdisjoint(between) and ALL_MARKS.isdisjoint(between) and not cues_before(doc, last.end(), q.open)


#: The most words of a claim's content read before its quotation ("claim | that the mayor | “…”").
CLAIM_CONTENT_REACH: Final = 6
#: Marks that close the claim's phrase before the quotation.
CLAIM_BREAKS: Final = frozenset(",;:()\N{EM DASH}\N{EN DASH}")


def rule_embedded_subject(doc: Document, q: QuotedSpan) -> Attribution | None:
    """Quoted words inside a clause with no cue ('Varga backs “fair
    bus fares,”'): the clause's subject chose them."""
    L = current()
    if not embedded(doc, q) or word_count(doc.text[q.start : q.end]) < EMBEDDED_MIN_WORDS:
        return None  # one to three words are as often scare quotes or names as someone's words
    sent = doc.sentence_past_dateline(q.open)  # "LEEDS — Mayor Lowe backs “…”"
    mention = clause_subject(doc, sent.start, q.open)
    if mention is None or mention.kind not in EMBEDDED_SPEAKER_KINDS or mention.pronoun in ("it", "you"):
        return None
    if mention.kind == "person" and mention.pronoun is None and not ends_in_name(doc, mention):
        return None
    first = tokenize(doc.text, mention.start, mention.end)[0]
    if not (first.cap or first.low in L.DETERMINERS or first.low in L.SUBJECT_PRONOUNS):
        return None  # not a noun phrase
    if not any(c.isalpha() for c in doc.text[mention.end : q.open]):
        return None  # 'Varga “is the only one who…”': the quotation holds the verb
    return Attribution(
        _inner_relative(doc, sent.start, mention, q) or _adverbial_subject(doc, mention, q) or mention, None, EMBEDDED_SUBJECT
    )


def _inner_relative(doc: Document, lo: int, subject: Mention, q: QuotedSpan) -> Mention | None:
    """The relative pronoun whose clause holds the quoted words, for its
    antecedent: "The mayor set her plan beside Reyes | who | wants to build
    “…”", "Reyes, | who | calls himself the “…,” now leads…": the relative
    clause's subject chose them, not the sentence's; or None."""
    toks = tokenize(doc.text, subject.end, q.open)
    for j in range(len(toks) - 1, 0, -1):
        if toks[j].punct:
            return None  # a mark closes or sets off something before the quotation
        if toks[j].low in current().PERSON_RELATIVES and not toks[j].cap:
            following = toks[j + 1] if j + 1 < len(toks) else None
            if following is None or following.cap or not following.text.isalpha():
                return None  # "…, who “…”": the quotation holds the verb
            return relative_speaker(doc, lo, toks[j].end)
    return None


def _adverbial_subject(doc: Document, subject: Mention, q: QuotedSpan) -> Mention | None:
    """The subject's mention moved to the pronoun that opens an adverbial
    clause holding the quoted words and stands for the same person ("Ruiz is
    drawing cheers as | he | keeps talking about “…”"): that clause's
    subject chose them.  The name stays the subject's; or None."""
    L = current()
    toks = tokenize(doc.text, subject.end, q.open)
    for j in range(len(toks) - 2, -1, -1):
        if toks[j].punct:
            return None  # a mark closes or sets off something before the quotation
        if toks[j].low in L.CLAUSE_CONJUNCTIONS and not toks[j].cap:
            pronoun = toks[j + 1]
            gender = L.PRONOUNS.get(pronoun.low)
            if pronoun.low not in L.PERSON_PRONOUNS or subject.kind != "person" or subject.pronoun not in (None, pronoun.low):
                return None
            if subject.gender not in (None, gender) or j + 2 >= len(toks) or toks[j + 2].cap:
                return None  # someone else, or no verb after the pronoun
            return replace(subject, text=pronoun.text, start=pronoun.start, end=pronoun.end)
    return None


#: A passive naming verb right before a quotation: "has been called | “…” by X".
PASSIVE_NAMING: Final = compile_rule(
    r"""
    \b (?: called | labeled | labelled | dubbed | branded | described ${sp}{1,3} as | termed | deemed )
    ${sp}{1,3} (?: (?: an? | the ) ${sp}{1,3} )? \Z
    """
)


def rule_quote_by_agent(doc: Document, q: QuotedSpan) -> Attribution | None:
    """'This has been dubbed “polite stalling” by Greta Moll': the
    agent of a passive naming verb said the quoted words."""
    if q.close is None or not PASSIVE_NAMING.search(doc.text, max(doc.paras[q.paragraph].start, q.open - 30), q.open):
        return None
    by = BY_AGENT.match(doc.text, q.outer_end, doc.paras[q.paragraph].end)
    if by is None:
        return None
    end = doc.paras[q.paragraph].end
    mention = mention_after(doc.text, by.end(), end)
    if mention is None or mention.pronoun is not None:
        return None
    if doc.text.startswith(" and ", mention.end) and (other := mention_after(doc.text, mention.end + 5, end)) is not None:
        joint = classify(doc.text, tokenize(doc.text, mention.start, other.end))  # "by Cr Edwards and Cr Marsh"
        mention = joint if joint is not None and joint.kind == "group" else mention
    return Attribution(mention, Span(by.end() - 3, by.end() - 1), QUOTE_BY_AGENT)


#: A transcript turn: "PENCE: Well, look…" (a label in capitals and a colon).
TRANSCRIPT_LABEL_PATTERN: Final = compile_rule(
    r"""
    (?P<label> \p{Lu}[\p{Lu}.'\-]{1,30} (?: [ ] \p{Lu}[\p{Lu}.'\-]{1,30} ){0,2} ) [ \t]{0,2} : [ \t]
    """
)


#: The next turn inside a quoted transcript: "…Welcome. | MR. LEE: | Glad…".
NEXT_TURN: Final = compile_rule(
    r"""
    (?<= [.!?] ) ${sp}{1,3}
    (?P<label> \p{Lu}[\p{Lu}.'\-]{1,30} (?: [ ] \p{Lu}[\p{Lu}.'\-]{1,30} ){0,2} ) [ \t]{0,2} : [ \t]
    """
)


def transcript_turns(doc: Document, q: QuotedSpan, first: Attribution) -> list[tuple[int, int, Attribution]]:
    """The turns of a quoted transcript, each with its label's speaker: '“HOST:
    Welcome. MR. LEE: Glad to be here.”' is two quotes, not one of HOST's."""
    text = doc.text
    assert first.cue is not None
    turns: list[tuple[int, int, Attribution]] = []
    start, att = first.cue.end, first
    for m in NEXT_TURN.finditer(text, start, q.end):
        label = m.group("label")
        if label in ("Q", "A"):
            continue
        turns.append((start, m.start(), att))
        mention = Mention(label, m.start("label"), m.end("label"), "person", label.title(), None, None)
        start, att = m.end("label") + 1, Attribution(mention, Span(m.end("label"), m.end("label") + 1), TRANSCRIPT_LABEL)
    turns.append((start, q.end, att))
    return turns


def rule_transcript_label(doc: Document, q: QuotedSpan) -> Attribution | None:
    m = TRANSCRIPT_LABEL_PATTERN.match(doc.text, q.start, min(q.end, q.start + 100))
    if not m:
        return None
    toks = tokenize(doc.text, *m.span("label"))
    mention = Mention(m.group("label"), m.start("label"), m.end("label"), "person", m.group("label").title(), None, None)
    if toks and toks[0].low in ("q", "a"):
        return None
    return Attribution(mention, Span(m.end("label"), m.end("label") + 1), TRANSCRIPT_LABEL)


#: A paragraph that hands a transcript's turn to someone else: an
#: interviewer's line ("- What did you make of that?", "Q: Even in storms?") or another label.
TURN_BREAK: Final = compile_rule(r"[\-\N{EN DASH}\N{EM DASH}] ${sp} | Q [ \t]{0,2} : [ \t]")

#: Labelled paragraphs a document needs before they are read as a transcript's
#: turns: one alone is more often a dateline ("SINGAPORE: The city…").
TRANSCRIPT_MIN_TURNS: Final = 2


def transcript_paragraphs(doc: Document, taken: list[tuple[int, int]]) -> list[tuple[int, int, int, Attribution]]:
    """The turns of a transcript set out in paragraphs with no quotation marks
    ("KIRBY: We are ready. ¶ And we will be."): each runs from its label to the
    paragraph before the next turn (a label, or an interviewer's line opening
    with a dash), as (start, end, paragraph, attribution).  Only where at least
    :data:`TRANSCRIPT_MIN_TURNS` paragraphs open with a label, and none in a
    paragraph that holds a quotation already attributed (``taken``)."""
    text = doc.text
    L = current()

    def no_turn(label: str) -> bool:
        """The interviewer's label, or a page's section label ("WATCH", "EDITOR'S NOTE"): it ends a turn but is none."""
        return label in L.INTERVIEWER_LABELS or not L.SECTION_LABELS.isdisjoint(label.split())

    labelled = []
    for index, para in enumerate(doc.paras):
        m = TRANSCRIPT_LABEL_PATTERN.match(text, para.start, para.end)
        if m is not None and m.group("label") not in ("Q", "A") and not doc.inside_quote(para.start):
            labelled.append((index, m))
    if sum(not no_turn(m.group("label")) for _, m in labelled) < TRANSCRIPT_MIN_TURNS:
        return []
    openers = {index for index, _ in labelled}  # an interviewer's label ends the turn before it
    surnames = {m.group("label").split()[-1].title() for _, m in labelled if not no_turn(m.group("label"))}
    turns: list[tuple[int, int, int, Attribution]] = []
    for index, m in labelled:
        if no_turn(m.group("label")):
            continue  # "HOST: Will more schools close?": the question is no quote; "RELATED: …" a link
        last = index
        while last + 1 < len(doc.paras) and last + 1 not in openers:
            nxt = doc.paras[last + 1]
            if TURN_BREAK.match(text, nxt.start) or _narrative(doc, nxt, surnames):
                break
            last += 1
        start, end = m.end(), doc.paras[last].end
        if any(s < end and start < e for s, e in taken):
            continue
        label = m.group("label")
        mention = Mention(label, m.start("label"), m.end("label"), "person", label.title(), None, None)
        turns.append((start, end, index, Attribution(mention, Span(m.end("label"), m.end("label") + 1), TRANSCRIPT_LABEL)))
    return turns


#: Words before a cue that keep a paragraph in the speaker's own voice: "I told them", "we have said".
OWN_VOICE: Final = frozenset({"i", "we", "you"})
#: How many words before a cue are read for them.
OWN_VOICE_REACH: Final = 3


def _narrative(doc: Document, para: Span, surnames: set[str]) -> bool:
    """Does a paragraph after a transcript turn go back to the report, so that the turn ends before
    it?  It does when a quotation opens in it, when it names one of the transcript's speakers by the
    last word of a label ("Morrow later said …" for "LENA MORROW"), or when a speech verb in it has
    a subject other than "I", "we" or "you" ("The union announced …"); the speaker's own further
    paragraphs do none of these."""
    text = doc.text
    if doc.quote_opens_in(para.start, para.end):
        return True
    words = text[para.start : para.end]
    if any(len(name) > 2 and word_occurrences(words, name) for name in surnames):
        return True
    speech = current().SPEECH_FORMS  # not every cue word: "caught some breaks", "tight finishes" are talk
    for start, _end, word in doc.iter_cue_words(para.start, para.end):
        before = text[max(para.start, start - 40) : start].lower().split()[-OWN_VOICE_REACH:]
        if word in speech and OWN_VOICE.isdisjoint(before):
            return True
    return False


CLAUSE_COLON_QUOTE: Final = Rule(
    name="clause_colon_quote",
    description="Moll has settled on a line: “…”: the subject of a clause ending in a colon, no cue",
    family="cueless",
    handler=rule_clause_colon_quote,
)

SIGNATURE_AFTER: Final = Rule(
    name="signature_after",
    description="“…” ― Carlos Raúl / “…” ¶ - Hillary Clinton.: a quoted paragraph signed by a dash and a name",
    family="cueless",
    handler=rule_signature_after,
    patterns=(SIGNATURE,),
)

POSSESSIVE_CLAIM: Final = Rule(
    name="possessive_claim",
    description="the mayor’s claim that there were “hundreds of complaints”: the owner of a claim or promise",
    family="cueless",
    handler=rule_possessive_claim,
    patterns=(POSSESSIVE_CLAIM_PATTERN,),
)

EMBEDDED_SUBJECT: Final = Rule(
    name="embedded_subject",
    description="Varga backs “fair bus fares”: quoted words in a clause with no cue, from its subject",
    family="cueless",
    handler=rule_embedded_subject,
)

QUOTE_BY_AGENT: Final = Rule(
    name="quote_by_agent",
    description="…has been dubbed “polite stalling” by Greta Moll: the agent of a passive naming verb",
    family="cueless",
    handler=rule_quote_by_agent,
    patterns=(PASSIVE_NAMING, BY_AGENT),
)

TRANSCRIPT_LABEL: Final = Rule(
    name="transcript_label",
    description="“KIRBY: …” / ¶ KIRBY: …: a speaker label opening a transcript turn, quoted or set out in paragraphs",
    family="cueless",
    handler=rule_transcript_label,
    patterns=(TRANSCRIPT_LABEL_PATTERN,),
)
