"""Readings of a clause the rules share: its subject, the subject of a cue
(:func:`subject_of`), where a coordinated clause starts, whether a cue sits
in a subordinate clause or an opening phrase, whether a mention ends in a
name, whether reported words open with a company's figures.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

import regex

from quotex.lang import current
from quotex.lang.en.clauses import FINITE_AUXILIARIES
from quotex.quotes import QuotedSpan
from quotex.rules.base import compile_rule
from quotex.rules.boundaries import is_clause
from quotex.rules.document import Document, word_count
from quotex.rules.words import cues_before, possessive
from quotex.speakers import (
    PARTY_TAG,
    Mention,
    Tok,
    classify,
    mention_after,
    mention_before,
    place_comma,
    tokenize,
)
from quotex.text import Span

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

#: Object pronouns after "to" ("said to him"), unlike an infinitive ("pledged to oppose").
PRONOUN_OBJECTS: Final = frozenset("me him her us them you it".split())

#: Who may introduce a quoted sentence with a colon and no cue word.
COLON_SPEAKER_KINDS: Final = frozenset({"person", "organization", "group", "anonymous", "document"})

#: Adverbs that open a sentence before its subject.
SENTENCE_ADVERBS: Final = frozenset("then later meanwhile also still yet so and but instead however now afterward".split())

#: Words that open an introductory phrase rather than a subject.
TIME_OPENERS: Final = frozenset(
    """
    at in on after before during last this earlier later then now today yesterday
    """.split()
)

#: Adverbs that may modify an opening phrase's preposition or conjunction: "Shortly after the vote,",
#: "Just before dawn,", "Soon after she left,"; a name before "after" would stand with a comma.
OPENER_MODIFIERS: Final = frozenset("just soon long right even only well shortly immediately directly moments hours days weeks".split())

#: Words that open a subordinate clause: its cue is not the sentence's main one
#: ("While not every figure the minister cites is right, Lindqvist said…").
SUBORDINATORS: Final = frozenset(
    """
    while although though as when whenever if unless because since after before until what which whom
    whose whether once where
    """.split()
)

#: The object of "told" and kin: "told CNN", "told reporters", "told him".
OBJECT: Final = compile_rule(
    r"""
    ${sp}{1,3}
    (?: ${capword} (?: ${sp}{1,2} (?: of | the | ${capword} ) ){0,4}
      | reporters | journalists | him | her | them | us | me | you | supporters
      | voters | donors | listeners | viewers | members | lawmakers
      | (?: the | an? ) ${sp}{1,3} \p{L}{1,30} (?: ${sp}{1,3} \p{L}{1,30} )? )
    (?! [\p{L}\-] )
    """
)


#: The last break between coordinated clauses before a position: ", and",
#: ", but", a semicolon, a dash.  Searched right to left.
LAST_CLAUSE_BREAK: Final = compile_rule(
    r"""
    (?: , ["\N{RIGHT DOUBLE QUOTATION MARK}]? ${sp}{1,3} (?: and | but | while | whereas ) | ; | ${sp} (?: ${dash} | -- ) ) ${sp}{1,3}
    """,
    regex.REVERSE,
)


def clause_start(doc: Document, lo: int, pos: int) -> int:
    """Where the coordinated clause holding ``pos`` starts: after the last
    ", and", ", but", semicolon or dash before it ("The council has been
    saying…, and Ms. Varga said the “emergency savings”…")."""
    m = LAST_CLAUSE_BREAK.search(doc.text, lo, pos)
    return lo if m is None else m.end()


def subordinate(doc: Document, lo: int, cue: Span) -> bool:
    """Is the cue inside a subordinate clause of its sentence?"""
    segment = max(lo, doc.text.rfind(",", lo, cue.start) + 1)
    return in_opening_phrase(doc, lo, cue) or any(t.low in SUBORDINATORS for t in tokenize(doc.text, segment, cue.start))


def in_opening_phrase(doc: Document, lo: int, cue: Span) -> bool:
    """Is the cue inside a prepositional or participle phrase that opens the
    sentence ("In a letter backing the plan, the guild called…",
    "Waving banners calling the mayor “…,” the tenants chanted…")?"""
    L = current()
    if doc.text.find(",", lo, cue.start) >= 0:
        return False
    toks = tokenize(doc.text, lo, min(cue.start, lo + 12))
    opener = bool(toks) and (toks[0].low in L.PREPOSITIONS or toks[0].cap and toks[0].low.endswith("ing") and toks[0].start < cue.start)
    return opener and doc.text.find(",", cue.end, cue.end + 80) > 0


def opens_own_clause(first: str, takes_object: bool) -> bool:
    """Does the capitalised word after a cue start a clause with a subject of
    its own ("said Varga is", "He said Moll would")? Not a time word ("said
    Tuesday"), nor the object of a cue that takes one ("told CNN")."""
    L = current()
    return not takes_object and first[:1].isupper() and first.rstrip(".,").lower() not in L.TIME_WORDS


def subject_of(doc: Document, lo: int, cue: Span, inverted_until: int | None) -> Mention | None:
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
            quoted_as(doc, lo, cue.start)
            or _progressive_subject(doc, lo, cue.start)
            or _with_subject(doc, lo, cue.start)
            or _participle_subject(doc, lo, cue.start)
            or _earlier_speaker(doc, lo, cue)
            or _subordinated_subject(doc, lo, cue.start)
            or _opening_participle_subject(doc, lo, cue)
            # "…, and she has clashed with the board, at one point calling it a “circus”": its own clause's subject
            or clause_subject(doc, clause_start(doc, lo, cue.start), cue.start)
            or mention_before(text, lo, cue.start)
        )
    mention = mention_before(text, lo, cue.start)
    # the language's own reading of a subject after the verb (none in English)
    mention = doc.grammar.speaker_after_cue(
        doc, cue, word, mention, doc.sentence_at(cue.start).end if inverted_until is None else inverted_until
    )
    if mention is None and text[max(lo, cue.start - 3) : cue.start] == "to ":
        # "Halden went on to explain that", "…so quiet that Ms. Ruiz was moved to say"
        mention = _infinitive_subject(doc, lo, cue.start - 3) or clause_subject(doc, lo, cue.start)
    if mention is None and inverted_until is not None and _opens_clause(doc, lo, cue.start):
        mention = mention_after(text, cue.end, inverted_until)  # 'said Kirby: “…”', not 'but told his supporters, “…”'
    if mention is None and any(w in ("but", "and", "then") for w in text[lo : cue.start].split()):
        # "X would not…, but said …"; "When Pell was asked …, she smiled and said": the subject after the last comma
        # first; "Ruiz offered the driver a lift, then says …"
        comma = text.rfind(",", lo, cue.start)
        after_comma = clause_subject(doc, comma + 1, cue.start) if comma > lo else None
        relative = text[comma + 1 : comma + 8].split()[:1] == ["who"] if comma > lo else False
        if relative:
            # "Ann Ruiz, who answered her door and said …": the relative pronoun, for its antecedent
            who = text.index("who", comma + 1)
            after_comma = mention_before(text, lo, who + 3)
        if after_comma is not None and not (after_comma.pronoun or text[after_comma.start].isupper()):
            after_comma = None  # "…, chief of staff and said": no subject of its own
        if after_comma is not None and ";" in text[after_comma.end : cue.start]:
            after_comma = None  # "toured the port; met its director, Carla Neves; and said": a list of the subject's acts
        mention = after_comma or clause_subject(doc, lo, cue.start) or _subject_before_verb(doc, lo, cue.start)
    if mention is not None and doc.inside_quote(mention.start) and not doc.inside_quote(cue.start):
        return None  # 'mocked that as “a fit of nerves” and said': quoted words speak for nobody
    return mention


def participle_led(text: str, mention: Mention) -> bool:
    """Does a present participle in lower case open the mention ("lifting
    rebels in the hills")?  Then it is a verb and its object, no subject."""
    words = tokenize(text, mention.start, min(mention.end, mention.start + 40))
    return mention.pronoun is None and bool(words) and not words[0].cap and words[0].low.endswith("ing") and len(words[0].low) > 4


#: Cues whose passive names the addressee as subject and the speaker after "by".
AGENT_CUES: Final = frozenset({"ask", "tell", "question", "describe", "call", "quote", "urge", "warn"})
#: "by" and the agent after a passive cue: "was asked | by | moderator Tom Reyes".
AGENT_BY: Final = compile_rule(r"${sp}{1,3} by ${sp}{1,3}")


def passive_agent(doc: Document, lo: int, cue: Span, hi: int) -> Mention | None:
    """The agent of a passive cue ("Ruiz was asked by moderator Tom Reyes",
    "the staff were told by the owner"): the one who spoke."""
    L = current()
    text = doc.text
    m = AGENT_BY.match(text, cue.end, hi)
    if m is None or L.LEMMA_OF.get(text[cue.start : cue.end].split()[0].lower()) not in AGENT_CUES:
        return None  # not "was echoed by her campaign and Democrats, who highlighted…": no speech put to someone
    toks = tokenize(text, max(lo, cue.start - 12), cue.start)
    if not toks or toks[-1].low not in L.PASSIVE or toks[-1].cap:
        return None
    mention = mention_after(text, m.end(), hi)
    return None if mention is None or mention.pronoun is not None and mention.pronoun not in ("he", "she", "they") else mention


#: Words that make an -ing cue after them a finite verb: "Ruiz | is | saying", "has been saying", "keeps saying".
PROGRESSIVE_WORDS: Final = frozenset("is are was were am be been 's ’s keep keeps kept".split())
#: The most words of such a verb group before the cue.
PROGRESSIVE_REACH: Final = 4


def _progressive_subject(doc: Document, lo: int, cue_start: int) -> Mention | None:
    """The subject of a progressive cue, before its verb group: "Ruiz | is
    now saying", "The mayor | has been arguing", "Ruiz | keeps saying"."""
    L = current()
    toks = tokenize(doc.text, max(lo, cue_start - 50), cue_start)[-PROGRESSIVE_REACH:]
    first, be = None, False
    for tok in reversed(toks):
        if tok.cap or tok.low not in PROGRESSIVE_WORDS and tok.low not in L.AUXILIARIES:
            break
        if not be and tok.low not in PROGRESSIVE_WORDS and tok.low not in ("not", "also", "still", "now", "just"):
            return None  # "would | saying" is no verb group; "said | saying" neither
        be = be or tok.low in PROGRESSIVE_WORDS
        first = tok
    if first is None or not be:
        return None
    return mention_before(doc.text, lo, first.start) or clause_subject(doc, lo, first.start)


def _infinitive_subject(doc: Document, lo: int, to_start: int) -> Mention | None:
    """The subject before the verb that governs an infinitive cue: "Ms. Ruiz
    | was moved | to say", "Halden | went on | to explain"."""
    toks = tokenize(doc.text, max(lo, to_start - 60), to_start)
    for k in range(1, min(3, len(toks)) + 1):
        tok = toks[-k]
        if tok.cap or tok.punct or not tok.text.isalpha():
            return None
        mention = mention_before(doc.text, lo, tok.start)
        if mention is not None:
            return mention
    return None


def quoted_as(doc: Document, lo: int, cue_start: int) -> Mention | None:
    """The object of a verb that passes words on: 'the spokesman quoted the
    commissioner, Ada Brightwater, as saying…' is the commissioner speaking."""
    L = current()
    if not doc.text[max(lo, cue_start - 4) : cue_start].rstrip().endswith("as"):
        return None  # a fast path: no "as" right before the cue
    toks = tokenize(doc.text, max(lo, cue_start - QUOTED_AS_REACH), cue_start)
    if len(toks) < 3 or toks[-1].low != "as":
        return None
    for i in range(len(toks) - 3, -1, -1):
        if toks[i].text in ".;:!?" or toks[i].low in L.SPEECH_FORMS:
            return None
        if toks[i].low in L.QUOTED_AS:
            return mention_after(doc.text, toks[i + 1].start, toks[-1].start)
    return None


#: How far before "as saying" the verb that passes the words on may stand.
QUOTED_AS_REACH: Final = 160


def _with_subject(doc: Document, lo: int, cue_start: int) -> Mention | None:
    """The subject of an absolute phrase: '…, with Sen. Ada Brightwater calling it…',
    '…, with 30 percent of voters saying …' (a share read from "with" on)."""
    text = doc.text
    mention = mention_before(text, lo, cue_start)
    if mention is not None and doc.inside_quote(mention.start) and not doc.inside_quote(cue_start):
        return None  # '“… agree with Long,” Ruiz said, suggesting': a quotation's words open no phrase of the cue
    if mention is not None:
        before = tokenize(text, max(lo, mention.start - 6), mention.start)
        if before and before[-1].low == "with":
            return mention
    toks = tokenize(text, max(lo, cue_start - WITH_REACH), cue_start)
    for i in range(len(toks) - 2, -1, -1):
        if toks[i].punct:
            return None  # "with" opens the phrase the cue ends: no punctuation in between
        if toks[i].low == "with":
            share = mention_before(text, toks[i].end, cue_start)
            return share if share is not None and share.start == toks[i + 1].start else None
    return None


#: How far before its participle "with" may open an absolute phrase ("with | about three in 10 | saying").
WITH_REACH: Final = 80


def _earlier_speaker(doc: Document, lo: int, cue: Span) -> Mention | None:
    """The speaker of the cue before this one in the sentence."""
    for earlier in reversed(cues_before(doc, lo, cue.start)):
        if earlier.end <= cue.start and not doc.text[earlier.start : earlier.end].endswith("ing"):
            mention = mention_before(doc.text, lo, earlier.start)
            if mention is None and _opens_clause(doc, lo, earlier.start):
                mention = mention_after(doc.text, earlier.end, cue.start)  # "said Scott, adding"
            if mention is not None and mention.pronoun == "who":
                continue  # "…defend not paying an architect who said…, saying": a relative clause's cue, not the clause's
            if mention is not None:
                return mention
    return None


def _subject_before_verb(doc: Document, lo: int, end: int) -> Mention | None:
    """The mention that opens a clause right before a lowercase verb, even a
    name seen once ("Norco | keeps its finances a secret but says …"), where
    :func:`clause_subject` takes a lone capitalised word for an opening word."""
    text = doc.text
    start = lo
    while start < end and text[start] in " \t\u00a0":
        start += 1
    if "," in text[start:end]:
        return None  # "Boos rained down when…, and at one point the crowd reprised": clauses of their own
    mention = mention_after(text, start, end)
    if mention is None or mention.start != start or mention.pronoun is not None:
        return None
    nxt = tokenize(text, mention.end, min(end, mention.end + 30))[:1]
    if not nxt or not nxt[0].text.isalpha() or nxt[0].cap or nxt[0].low in current().STOP or nxt[0].low in current().PREPOSITIONS:
        return None
    return mention if nxt[0].low.endswith(("s", "ed")) or nxt[0].low in current().AUXILIARIES else None


#: Subordinators that may open a participle phrase with no subject of its own: "…, while | saying that …".
PARTICIPLE_SUBORDINATORS: Final = frozenset("while when after before by since without".split())


def _subordinated_subject(doc: Document, lo: int, cue_start: int) -> Mention | None:
    """The subject of the clause a participle phrase opened by a subordinator
    follows: "The senator had a dim view of the plan, | while saying that …"."""
    toks = tokenize(doc.text, max(lo, cue_start - 24), cue_start)
    if len(toks) < 2 or toks[-1].low not in PARTICIPLE_SUBORDINATORS or toks[-2].text != ",":
        return None
    comma = toks[-2].start
    return clause_subject(doc, clause_start(doc, lo, comma), comma)


#: The comma that closes an opening participle phrase, inside a closing mark or not, and the space after it.
PHRASE_COMMA: Final = compile_rule(r", [\N{RIGHT DOUBLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK}\"']{0,2} ${sp}{1,3}")


def _opening_participle_subject(doc: Document, lo: int, cue: Span) -> Mention | None:
    """The subject of the main clause after a participle phrase that opens
    the sentence with the cue, alone or after a subordinator: "After saying
    her knee was “so stiff,” | she was taken to the clinic".  Only for a
    quotation inside the phrase: one after it is the main clause's own."""
    text = doc.text
    toks = tokenize(text, lo, cue.start)
    if len(toks) > 1 or toks and toks[0].low not in PARTICIPLE_SUBORDINATORS:
        return None
    if not toks and not text[cue.start].isupper():
        return None
    comma = PHRASE_COMMA.search(text, cue.end, doc.sentence_at(cue.start).end)
    if comma is None or ";" in text[cue.end : comma.start()] or not doc.quote_opens_in(cue.end, comma.start()):
        return None  # the phrase holds no quotation: its cue reports none of the main clause's
    start = comma.end()
    mention = mention_after(text, start, doc.sentence_at(cue.start).end)
    if mention is None or mention.start != start or mention.pronoun == "who":
        return None
    first = text[start : mention.end].split()[0].lower()
    if mention.pronoun is None and not text[start].isupper() and first not in current().DETERMINERS:
        return None  # "After saying so, many …": no noun phrase opens the clause
    return mention


def _opens_clause(doc: Document, lo: int, pos: int) -> bool:
    """Does ``pos`` open its sentence or follow a comma, dash or closing mark,
    as an inverted cue does ("”, said Scott, adding…")?"""
    before = doc.text[lo:pos].rstrip()
    return not before or before[-1] in ",\N{EM DASH}\N{EN DASH}\"\N{RIGHT DOUBLE QUOTATION MARK}'"


def clause_subject(doc: Document, lo: int, end: int) -> Mention | None:
    """The subject that opens the sentence, after any opening phrase
    ("At the time, she…", "When protesters interrupted her, they…")."""
    L = current()
    text = doc.text
    if doc.inside_quote(lo) or doc.quote_opens_at(lo):
        lo = min(end, doc.quote_at(lo).outer_end)  # '“…,” he said, and then predicted:': the quotation is no subject
    toks = tokenize(text, lo, end)
    # "in Bend, Oregon, Varga…": a place's comma opens no clause
    commas = [t for i, t in enumerate(toks) if t.text == "," and not place_comma(toks, i)]
    starts = [lo] + [c.end for c in commas[:2]]
    if len(toks) > 2 and toks[0].low in SENTENCE_ADVERBS and toks[1].low in SENTENCE_ADVERBS and toks[2].text != ",":
        starts[0] = toks[2].start  # "And then Trump went on the attack, saying…"
    elif len(toks) > 1 and toks[0].low in SENTENCE_ADVERBS and toks[1].text != "," and toks[1].low not in L.PREPOSITIONS:
        starts[0] = toks[1].start  # "Then she turned on Molloy, calling him…"; not "Later in the spring, she…"
    elif (
        toks
        and commas
        and (
            toks[0].low in TIME_OPENERS
            or toks[0].low in SUBORDINATORS
            or toks[0].low in L.PREPOSITIONS
            or toks[0].low.endswith("ing")
            or len(toks) > 1
            and toks[0].low in OPENER_MODIFIERS
            and (toks[1].low in SUBORDINATORS or toks[1].low in L.PREPOSITIONS)
        )
    ):
        starts = starts[1:]  # "On the night of the count, Halden…", "Speaking in Bend, Varga…": an opening phrase
    for start in starts:
        mention = mention_after(text, start, end)
        if mention is None:
            continue
        after = text[mention.end : mention.end + 2].strip()
        first = tokenize(text, mention.start, mention.end)[0].low
        if after.startswith(",") and start == lo and commas and not ends_in_name(doc, mention):
            continue  # an opening phrase, not the subject; a name before a comma has an apposition
        if first in SUBORDINATORS or first in TIME_OPENERS or _time_phrase(text, mention.start, end):
            continue
        if _stray_capital(doc, mention) and not _speaks_next(text, mention.end, end):
            continue  # "Hours later, Trump…", "Smiling, she…": an opening word, not a name; "Okafor said" is one
        return mention
    if toks and (toks[0].low in L.PREPOSITIONS or toks[0].low in TIME_OPENERS):
        # "On the show he went further, referring…": an opening phrase with no comma, then a pronoun subject
        for tok in toks[1:]:
            if tok.punct:
                break
            if tok.low in OPENING_PRONOUNS and not tok.cap:
                return mention_after(text, tok.start, end)
    return None


#: Words that end an opening phrase of time: "Hours later,", "A few days earlier,", "Two years ago,".
TIME_PHRASE_ENDS: Final = frozenset("later earlier ago afterward afterwards".split())


def _time_phrase(text: str, start: int, end: int) -> bool:
    """Does an opening phrase of time start at ``start`` ("Hours later, she…",
    "But a few days later, Reyes…"): a word of :data:`TIME_PHRASE_ENDS`
    among its first five, then a comma?"""
    stop = min(end, start + 60)
    if "," not in text[start:stop]:
        return False  # no comma to close the phrase: read without tokens
    toks = tokenize(text, start, stop)
    for i, tok in enumerate(toks[:5]):
        if tok.punct:
            return False
        if tok.low in TIME_PHRASE_ENDS:
            return i > 0 and i + 1 < len(toks) and toks[i + 1].text == ","
    return False


#: Pronouns that are the subject after an opening phrase with no comma ("On the show | he went…").
OPENING_PRONOUNS: Final = frozenset("he she they we".split())


def _participle_subject(doc: Document, lo: int, cue_start: int) -> Mention | None:
    """The document or speaker a participle cue hangs on: '…a letter … calling for'."""
    L = current()
    toks = tokenize(doc.text, lo, cue_start)
    for i in range(len(toks) - 1, -1, -1):
        if toks[i].cap:
            continue
        if toks[i].low in L.QUOTE_FORMS:
            break
        if toks[i].low in L.DOCUMENT_HEADS:
            gap = toks[i + 1 :]
            if len(gap) > 1 and gap[0].low == "of" and all(t.cap for t in gap[1:]):
                # "footage of Ann Lee asking": the participle is the person's the record shows
                shown = classify(doc.text, gap[1:])
                if shown is not None and shown.kind == "person":
                    return shown
            if gap and (gap[0].low not in L.PREPOSITIONS or any(t.punct for t in gap)):
                return None  # "issued a statement Tuesday saying": the issuer speaks; "a letter to X calling" is the letter
            first = i
            while (
                first > 0
                and i - first < 3
                and not toks[first - 1].punct
                and not toks[first - 1].cap
                and toks[first].low not in L.DETERMINERS
            ):
                first -= 1
            if toks[i].low in L.STATEMENT_HEADS and any(t.low in L.ISSUING_VERBS for t in toks[max(0, first - 2) : first]):
                return None  # "she released a statement saying": the one who issued it speaks; "sent a letter calling" is the letter's
            if toks[first].low in L.POSSESSIVE_PRONOUNS:
                return None  # "she revised her statement explaining…": its owner speaks
            return classify(doc.text, toks[first : i + 1])
    return None


def colon_subject(doc: Document, colon: int, q: QuotedSpan) -> Mention | None:
    """The subject of a clause that ends in a colon and introduces a whole
    quoted sentence ('Moll has settled on a line…: “I’m for the bypass…”')."""
    first = doc.text[q.start : q.start + 1]
    if not first.isupper() or word_count(doc.text[q.start : q.end]) < 3:
        return None
    sent = doc.sentence_at(colon)
    # "Abernethy said …, but she paid her rival a compliment: “…”": the subject of the last clause
    mention = clause_subject(doc, clause_start(doc, sent.start, colon), colon)
    if mention is None or mention.kind not in COLON_SPEAKER_KINDS:
        return None
    if mention.kind == "person" and mention.pronoun is None and not ends_in_name(doc, mention):
        return None  # "Hints of a change of mood…", "The pace of Varga’s rise…"
    return mention


def _speaks_next(text: str, pos: int, end: int) -> bool:
    """Is the word after ``pos`` a speech verb, so that the capitalised word
    before it is its subject ("Okafor said …, but added"), not an opening word?"""
    nxt = text[pos:end].split(None, 1)
    return bool(nxt) and nxt[0].rstrip(",.;:") in current().SPEECH_FORMS


def ends_in_name(doc: Document, mention: Mention) -> bool:
    """Does a mention end in a name ("veteran pollster Nina Vessey"), not
    in a common noun ("The pace of Varga’s rise") or a stray capital?"""
    words = _mention_words(doc, mention)
    if words and possessive(words[-1].text):
        return False  # "The timing of Sanders’"
    return bool(words) and words[-1].cap and not _stray_capital(doc, mention, words)


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
    L = current()
    if mention.kind != "person" or mention.pronoun is not None:
        return False
    words = _mention_words(doc, mention) if words is None else words
    if not words or not words[-1].cap:
        return False
    last = words[-1]
    if last.text.isupper() and len(last.text) > 1 or last.low in L.ABBREVIATIONS or "-" in last.text:
        return True
    if len(words) >= 2 and (words[-2].cap or words[-2].low in L.TITLES or words[-2].low in L.PEOPLE_HEADS):
        return False  # "Kevin Swanson", "band member Flea": a name after a first name or a role
    return doc.capital_count(last.text) < 2


#: A word or a comma, as the opening noun phrase of reported words is read.
PHRASE_TOKEN: Final = compile_rule(r"[\p{L}\p{N}'\-]+ | ,")


def reports_accounts(text: str, content: Span) -> bool:
    """Do the reported words open with a noun phrase (up to a preposition or
    a comma, no clause) headed by a noun of accounts (:attr:`ACCOUNTS_NOUNS`)?"""
    L = current()
    phrase_end, head = content.end, False
    for m in PHRASE_TOKEN.finditer(text, content.start, content.end):
        word = m.group().lower()
        if word == "," or word in L.PREPOSITIONS:
            phrase_end = m.start()
            break
        head = head or word in L.ACCOUNTS_NOUNS
    return head and not is_clause(text, content.start, phrase_end)


#: A comma right before a cue, with up to two auxiliaries or adverbs between:
#: "…, a doctor, | said", "…, when reached by phone, | also said".
SET_OFF_END: Final = compile_rule(
    r", [\N{RIGHT DOUBLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK}\"']{0,2} ${sp}{0,3} (?: ${aux} ${sp}{1,3} ){0,2} \Z"
)

#: How far back the subject before a set-off phrase may lie.
SET_OFF_CHARS: Final = 240


def set_off_subject(doc: Document, cue_start: int) -> Mention | None:
    """The subject of a cue that follows a phrase set off by commas: "Yin
    Ma, 60, a nurse, | said …", "Tom Berg, who rarely votes, | said …",
    "The mayor's office, when reached by phone, | said …" (the words right
    before the cue name nobody)."""
    text = doc.text
    whole = doc.sentence_at(cue_start)
    lo = max(whole.start, cue_start - SET_OFF_CHARS)
    if SET_OFF_END[current()].search(text, lo, cue_start) is None:
        return None
    mention = clause_subject(doc, lo, cue_start)
    if mention is None or mention.end >= cue_start:
        return None
    gap = text[mention.end : cue_start]
    if not gap.lstrip(" \N{RIGHT SINGLE QUOTATION MARK}'s").startswith(",") or ";" in gap:
        return None  # "Ruiz criticized the plan, | said": a predicate in between, not a set-off phrase
    segments = (part.split()[:1] for part in gap.split(",")[1:])
    if any(first and first[0].lower() in FINITE_AUXILIARIES for first in segments):
        return None  # "The city, a port, has suffered floods, often | blamed on …": the subject's own predicate
    return mention


#: How many words before a relative pronoun its antecedent may take, read from the nearest.
ANTECEDENT_REACH: Final = 4


def relative_speaker(doc: Document, lo: int, cue_start: int) -> Mention | None:
    """The relative pronoun before a cue as its speaker, standing for the
    nearest noun phrase before it that names someone ("ammunition to |
    Republicans | who say", "help from | Labor Secretary Tom Perez |, who
    said"), when the mention reader finds none in the longer phrase."""
    L = current()
    text = doc.text
    start = max(lo, cue_start - 120)
    if "who" not in text[start:cue_start].lower():
        return None  # no relative pronoun: the common case, read without tokens
    toks = tokenize(text, start, cue_start)
    while toks and toks[-1].low in L.AUXILIARIES and not toks[-1].cap:
        toks = toks[:-1]  # "who has long | said"
    if len(toks) < 2 or toks[-1].low != "who":
        return None
    who = toks[-1]
    end = toks[-2].start if toks[-2].text == "," else who.start
    words = [t for t in toks[:-1] if t.end <= end]
    best = None
    for k in range(1, min(ANTECEDENT_REACH, len(words)) + 1):
        tok = words[-k]
        if tok.punct:
            break
        mention = mention_before(text, tok.start, end)
        if mention is not None and mention.start == tok.start and mention.kind in ("person", "group", "anonymous"):
            best = mention
        if not (k < len(words) and words[-k - 1].cap):
            break  # the phrase goes back over capitalised words only: "Labor Secretary | Tom Perez"
    return None if best is None else replace(best, text=who.text, start=who.start, end=who.end, pronoun="who")
