"""The speaker of a cue: :func:`subject_of`, and the readings it tries when
the subject does not stand right before the verb.

A participle ("saying", "adding") hangs on a document, an earlier cue's
speaker, the subject of a progressive ("is now saying"), the object of a
verb that passes words on ("quoted the chief as saying"), the noun after
"with" ("with three in 10 saying"), or the subject of its clause; an
infinitive ("went on to explain") on the subject of the verb before it; a
passive ("was asked by") on its agent.  The readings of the clause itself
(its start, its subject) are :mod:`quotex.rules.clauses`.
"""

from __future__ import annotations

from typing import Final

from quotex.lang import current
from quotex.rules.attachment import (
    SPEAKING_KINDS,
    coordinated_predicate_subject,
    labelling_participle,
    means_subject,
    object_relative_subject,
)
from quotex.rules.base import compile_rule
from quotex.rules.clauses import clause_start, clause_subject, opens_clause
from quotex.rules.content import CONTENT_BAD_START
from quotex.rules.document import Document
from quotex.rules.words import cues_before
from quotex.speakers import Mention, classify, mention_after, mention_before, pronoun_mention, tokenize
from quotex.text import Span


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
            or object_subject(doc, lo, cue.start, current().PERCEPTION_VERBS)
            or _progressive_subject(doc, lo, cue.start)
            or _coordinated_participle_subject(doc, lo, cue)
            or _with_subject(doc, lo, cue.start)
            or _participle_subject(doc, lo, cue.start)
            # "…, though on the radio she sounded firmer, warning …": the clause the participle follows
            or doc.grammar.participle_after_clause(doc, lo, cue)
            or _coordinated_participle(doc, lo, cue)
            or _earlier_speaker(doc, lo, cue)
            or _subordinated_subject(doc, lo, cue.start)
            or _opening_participle_subject(doc, lo, cue)
            or means_subject(doc, lo, cue.start)
            # "…, and she has clashed with the board, at one point calling it a “circus”": its own clause's subject
            or clause_subject(doc, clause_start(doc, lo, cue.start), cue.start)
            or coordinated_predicate_subject(doc, lo, cue.start)
            or _subject_before_dash(doc, lo, cue)
            or mention_before(text, lo, cue.start)
        )
    mention = mention_before(text, lo, cue.start)
    if mention is None:
        mention = doc.grammar.pronoun_before_aside(text, lo, cue.start)  # "and she, once again, promised"
    # the language's own reading of a subject after the verb (none in English)
    mention = doc.grammar.speaker_after_cue(
        doc, cue, word, mention, doc.sentence_at(cue.start).end if inverted_until is None else inverted_until
    )
    if mention is None and text[max(lo, cue.start - 3) : cue.start] == "to ":
        # "Halden went on to explain that", "…so quiet that Ms. Ruiz was moved to say"
        # "…, with Reyes taking to Twitter to call": the absolute phrase's subject
        to = cue.start - 3
        mention = (
            object_subject(doc, lo, to, current().CAUSATIVE_VERBS)
            or _infinitive_subject(doc, lo, to)
            or _with_participle(doc, lo, to)
            or clause_subject(doc, lo, cue.start)
        )
    if mention is None and inverted_until is not None and opens_clause(doc, lo, cue.start):
        mention = mention_after(text, cue.end, inverted_until)  # 'said Kirby: “…”', not 'but told his supporters, “…”'
    if mention is None:
        mention = doc.grammar.coordinated_in_clause(doc, lo, cue)  # "…, when she raised the fares and then said"
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
        elif comma > lo and after_comma is None:
            after_comma = object_relative_subject(doc, comma + 1, cue.start)
        if after_comma is not None and not (after_comma.pronoun or text[after_comma.start].isupper()):
            after_comma = None  # "…, chief of staff and said": no subject of its own
        if after_comma is not None and ";" in text[after_comma.end : cue.start]:
            after_comma = None  # "toured the port; met its director, Carla Neves; and said": a list of the subject's acts
        mention = after_comma or clause_subject(doc, lo, cue.start) or _subject_before_verb(doc, lo, cue.start)
    if mention is not None and doc.inside_quote(mention.start) and not doc.inside_quote(cue.start):
        return None  # 'mocked that as “a fit of nerves” and said': quoted words speak for nobody
    return mention


#: An adverb set off by commas between a subject and its verb: "and he| , once again, |pledged".
ASIDE_ADVERB: Final = compile_rule(r", ${sp}{1,3} (?! (?: a | an | the ) \b ) (?: \p{Ll}+ ${sp}{1,3} ){0,2} \p{Ll}+ , ${sp}{1,3} \Z")


def before_aside(text: str, lo: int, end: int) -> int:
    """Where the words before ``end`` stop once a short lower-case aside set off
    by commas right before it is left out ("and she| , once again, |promised")."""
    if text.rfind(",", max(lo, end - 4), end) < 0:
        return end  # a fast path: no comma right before ``end``
    m = ASIDE_ADVERB.search(text, max(lo, end - 40), end)
    return m.start() if m is not None else end


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


def _with_participle(doc: Document, lo: int, to_start: int) -> Mention | None:
    """The subject of an absolute phrase whose participle governs an infinitive
    cue: "…, with | Tom Reyes | taking to Twitter to call Ruiz “…”"."""
    toks = tokenize(doc.text, max(lo, to_start - WITH_REACH), to_start)
    for i in range(len(toks) - 1, -1, -1):
        if toks[i].punct:
            return None
        if toks[i].low == "with" and not toks[i].cap and i + 1 < len(toks):
            mention = mention_after(doc.text, toks[i + 1].start, to_start)
            if mention is None or mention.start != toks[i + 1].start:
                return None
            after = tokenize(doc.text, mention.end, to_start)[:1]
            return mention if after and not after[0].cap and after[0].low.endswith("ing") else None
    return None


def object_subject(doc: Document, lo: int, end: int, verbs: frozenset[str]) -> Mention | None:
    """The object of a verb in ``verbs`` standing right before ``end`` (a
    participle cue, or the "to" of an infinitive one), the cue's own subject:
    "we watched | the envoys | calling it “…”", "a win that led | her | to
    declare", "to see | a Labour government | defending"; adverbs in -ly may
    come between ("| the envoys | relentlessly calling")."""
    L = current()
    text = doc.text
    toks = tokenize(text, max(lo, end - OBJECT_REACH), end)
    for i in range(len(toks) - 2, -1, -1):
        if toks[i].punct:
            return None  # a mark closes the verb's clause first
        if toks[i].low not in verbs or toks[i].cap:
            continue
        start = toks[i + 1].start
        pronoun = L.OBJECT_PRONOUNS.get(toks[i + 1].low)
        if pronoun is not None and i + 2 == len(toks):
            return pronoun_mention(text, start, toks[i + 1].end, pronoun)
        mention = mention_after(text, start, end)
        if mention is None or mention.start != start or mention.pronoun is not None or mention.kind == "document":
            return None  # "shows | footage of Ann Lee | asking": the person the record shows, read later
        rest = text[mention.end : end].split()
        return mention if all(w.endswith(OBJECT_ADVERB_ENDING) for w in rest) else None
    return None


#: How far before its cue an object and its verb are read ("watched | the envoys in Vienna | calling").
OBJECT_REACH: Final = 70
#: The ending of the adverbs that may stand between an object and its cue ("| the envoys | relentlessly calling").
OBJECT_ADVERB_ENDING: Final = "ly"


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


#: How far before a participle coordinated with it the first participle may start ("telling … | and criticizing").
COORDINATED_PARTICIPLE_REACH: Final = 80


def _coordinated_participle_subject(doc: Document, lo: int, cue: Span) -> Mention | None:
    """The subject of a participle coordinated with the one before it, which
    it shares: "an ad with farmers telling their stories | and criticizing the
    plan", "officials underlining the fleet's strength | and vowing …" (the
    first need be no cue; a noun in "-ing" after a determiner or a
    preposition is no participle)."""
    L = current()
    text = doc.text
    toks = tokenize(text, max(lo, cue.start - COORDINATED_PARTICIPLE_REACH), cue.start)
    if len(toks) < 3 or toks[-1].low not in L.COORDINATORS or toks[-1].cap:
        return None
    for i in range(len(toks) - 2, 0, -1):
        tok = toks[i]
        if tok.text in ";:" or tok.low in L.COORDINATORS:
            return None  # another clause, or a list: the participle has no partner in reach
        if tok.cap or not tok.low.endswith("ing") or len(tok.low) < 6 or tok.low in CONTENT_BAD_START:
            continue
        before = toks[i - 1].low
        if before in L.DETERMINERS or before in L.PREPOSITIONS or before in CONTENT_BAD_START:
            return None  # "the meeting", "at the building": a noun, no participle
        adjacent = mention_before(text, lo, tok.start) if before not in L.AUXILIARIES else None
        if adjacent is not None and adjacent.end == toks[i - 1].end and adjacent.pronoun is None and not toks[i - 1].punct:
            # "an ad featuring farmers | telling …": the noun the first participle follows, without the words
            # of the phrase that holds it ("featuring", "with")
            words = tokenize(text, adjacent.start, adjacent.end)
            while len(words) > 1 and not words[0].cap and (words[0].low.endswith("ing") or words[0].low in CONTENT_BAD_START):
                words = words[1:]
            return mention_after(text, words[0].start, adjacent.end) if words[0].start > adjacent.start else adjacent
        return subject_of(doc, lo, Span(tok.start, tok.end), None)  # "…, calling them thieves | and vowing": its subject
    return None


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


def _coordinated_participle(doc: Document, lo: int, cue: Span) -> Mention | None:
    """The subject of the participle cue a participle is coordinated with
    ("…, with Mayor Lowe posting a note on the “hidden costs” and | asking, “…”"), no
    comma or semicolon between them outside quoted words; or None."""
    L = current()
    text = doc.text
    before = text[max(lo, cue.start - 12) : cue.start].split()
    if not before or before[-1] not in L.COORDINATORS:
        return None  # no conjunction in lower case right before the cue
    joint = text.rindex(before[-1], lo, cue.start)
    earlier = [c for c in cues_before(doc, lo, joint) if text[c.start : c.end].split()[0].endswith("ing")]
    if not earlier:
        return None
    between = earlier[-1].end
    if any(text[i] in ",;:" and not doc.inside_quote(i) for i in range(between, joint)):
        return None  # "…, posting a photo, and asking": the list of the clause's acts, read as before
    return subject_of(doc, lo, earlier[-1], None)


def _earlier_speaker(doc: Document, lo: int, cue: Span) -> Mention | None:
    """The speaker of the cue before this one in the sentence."""
    for earlier in reversed(cues_before(doc, lo, cue.start)):
        if earlier.end <= cue.start and not doc.text[earlier.start : earlier.end].endswith("ing"):
            if labelling_participle(doc, lo, earlier):
                continue  # "handled files later deemed “…,” saying": the files' participle, no speaker's verb
            mention = mention_before(doc.text, lo, earlier.start)
            if mention is None and opens_clause(doc, lo, earlier.start):
                mention = mention_after(doc.text, earlier.end, cue.start)  # "said Scott, adding"
            if mention is not None and mention.pronoun == "who":
                continue  # "…refused to pay a builder who said…, saying": a relative clause's cue, not the clause's
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
    verb = nxt[0].low.endswith(("s", "ed")) or nxt[0].low in current().AUXILIARIES or nxt[0].low in current().IRREGULAR_PAST
    return mention if verb else None  # "Norco | keeps", "Ruiz | bought a mine and said"


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


#: A dash, and the spaces around it, before a participle: "on the spot | — | saying".
DASH_CHARS: Final = " \t\u00a0\N{EM DASH}\N{EN DASH}-"


def _subject_before_dash(doc: Document, lo: int, cue: Span) -> Mention | None:
    """The subject of the clause before a dash, or a coordinator or semicolon
    (the breaks of :func:`~quotex.rules.clauses.clause_start`), that the
    participle follows right after ("Ruiz changed his pick on the spot — |
    saying he …", "…, scaling back the fares, and | proposing new limits"):
    the break opens no clause of the participle's own, which has no subject."""
    text = doc.text
    if clause_start(doc, lo, cue.start) != cue.start:
        return None  # no dash right before the participle
    end = cue.start
    while end > lo and text[end - 1] in DASH_CHARS:
        end -= 1
    subject = clause_subject(doc, clause_start(doc, lo, end), end) if end > lo else None
    if subject is None or not text[subject.end : end].strip() or subject.kind not in SPEAKING_KINDS:
        return None  # "The mayor — saying she was tired — left": an aside inside the subject; "The vote was close —"
    return subject


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


#: Pronoun subjects that may stand for the speaker of the cue that reports their clause.
REPORTED_PRONOUNS: Final = frozenset({"he", "she"})


def outer_speaker(doc: Document, lo: int, mention: Mention) -> Mention:
    """The speaker of the cue that reports the clause a pronoun opens, when
    the pronoun stands for that speaker: in "Ms. Lowe said she recalled
    thinking, “…”" and "The senator said he would welcome a “…”" the
    words are Lowe's and the senator's report, and the mention that names
    them is the outer cue's subject; else ``mention``."""
    L = current()
    if mention.pronoun not in REPORTED_PRONOUNS:
        return mention
    text = doc.text
    words = text[max(lo, mention.start - 30) : mention.start].split()
    if words and words[-1] in L.COMPLEMENTIZERS:
        words = words[:-1]  # "said | that | he …"
    if not words or words[-1] not in L.SPEECH_FORMS:
        return mention  # lower case only: a capitalised word opens a sentence or a name
    start = text.rindex(words[-1], lo, mention.start)
    outer = subject_of(doc, lo, Span(start, start + len(words[-1])), None)
    if outer is None or outer.end > start:
        return mention
    if outer.pronoun is not None:
        return outer if outer.pronoun == mention.pronoun else mention  # "She said she recalls …"
    if outer.kind != "person" or outer.gender not in (None, mention.gender):
        return mention  # "The council said she would …": someone else
    return outer
