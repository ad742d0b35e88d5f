"""The attribution, then the quotation: 'Kirby said: “…”', 'According to
Kirby, “…”', 'Donald Trump: “…”', and quoted words inside reported speech
('The Post reported the plan was “personally approved…”').
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from quotex.lang import current
from quotex.quotes import QuotedSpan
from quotex.rules.attachment import labelling_participle, means_first, repeated_after_quote
from quotex.rules.base import Rule, compile_rule
from quotex.rules.clauses import ARTICLES, clause_start, clause_subject, closed_clause_subject, subordinate
from quotex.rules.cue_adjuncts import ADJUNCT, LONG_SETTING, adjunct_between
from quotex.rules.cue_subject import (
    before_aside,
    outer_speaker,
    participle_led,
    passive_agent,
    quoted_as,
    subject_of,
)
from quotex.rules.cueless import claim_after_cue
from quotex.rules.document import Attribution, Document, embedded
from quotex.rules.titles import names_something
from quotex.rules.words import COORDINATED_REACH, NAMING_WORDS, coordinated_before, cues_before, previous_char, skip_space
from quotex.speakers import Mention, mention_after, mention_before, place_comma
from quotex.speakers.tokens import tokenize
from quotex.text import Span

#: Marks that close a clause between a cue and a quotation.
CLAUSE_MARKS: Final = frozenset(",;:()\N{EM DASH}\N{EN DASH}")


def rule_speaker_cue_quote(doc: Document, q: QuotedSpan) -> Attribution | None:
    """Cue before a whole quotation: 'Kirby told CNN: “…”' takes the cue next
    to it; 'Moll says whatever the council decides, “…”' the main cue
    before a subordinate clause.  Quoted words inside a clause are
    :data:`PARTIAL_AFTER_CUE`'s: no comma, colon or dash comes right before
    them, so no cue introduces them directly."""
    L = current()
    if embedded(doc, q):
        return None
    sent = doc.sentence_past_dateline(q.open)  # "LEEDS — Mayor Lowe … said, “…”"
    fronted = _fronted_cue(doc, sent.start, q)
    if fronted is not None:
        return fronted
    candidates = cues_before(doc, max(sent.start, q.open - 300), q.open)
    if not candidates:
        held = doc.grammar.viewpoint_holder(doc, sent.start, q)
        return Attribution(held[0], held[1], SPEAKER_CUE_QUOTE) if held is not None else None
    if len(candidates) > 1 and doc.grammar.phrase_noun(doc.text, candidates[-2].end, candidates[-1]):
        candidates = candidates[:-1]  # "declared on his blog, in bold red type, “…”": "type" is the phrase's noun
    split = _split_frame_cue(doc, sent.start, candidates, q)
    cue = split or candidates[-1]
    colon = _label_colon(doc, q)
    if colon is not None and cue.end < colon:
        label = _colon_label(doc, colon)
        if label is not None and label.start > cue.end:
            return None  # "Pollsters agree - Ada Moll: “…”": the label after the heading's cue speaks
    # "went on" introduces no whole quotation before it ("the council breaks for summer, “…”")
    particle_only = L.LEMMA_OF.get(doc.text[cue.start : cue.end].split()[0].lower()) in L.QUOTE_ONLY_PARTICLES
    agent = passive_agent(doc, sent.start, cue, q.open)
    if agent is not None and doc.text[agent.end : q.open].strip() in (",", ":"):
        return Attribution(agent, cue, SPEAKER_CUE_QUOTE)  # "Ruiz was asked by moderator Tom Reyes, “…”"
    if split is None and (particle_only or not adjunct_between(doc, sent.start, cue, q)):
        return _across_subordinate(doc, sent.start, candidates, q)
    mention = subject_of(doc, sent.start, cue, q.open)
    if mention is None:
        return None
    return _issuer(doc, sent.start, Attribution(outer_speaker(doc, sent.start, mention), cue, SPEAKER_CUE_QUOTE))


#: The ends of a quotation's first part before the frame of a split quotation ("“…,” | Ruiz wrote, “but …”").
SPLIT_ENDS: Final = (",\N{RIGHT DOUBLE QUOTATION MARK}", ',"', ",\N{RIGHT SINGLE QUOTATION MARK}", ",''")


def _split_frame_cue(doc: Document, lo: int, candidates: list[Span], q: QuotedSpan) -> Span | None:
    """The first cue of a split quotation's frame, for its second part going on
    in lower case: "“…,” Ruiz wrote in a letter explaining her vote, “but …”"
    is Ruiz's, not the letter's; or None."""
    text = doc.text
    if not text[q.start : q.start + 1].islower():
        return None
    end = max(text.rfind(mark, lo, q.open) for mark in SPLIT_ENDS)
    return None if end < 0 else next((c for c in candidates if c.start > end), None)


def _fronted_cue(doc: Document, lo: int, q: QuotedSpan) -> Attribution | None:
    """A speech verb that opens its sentence before its speaker and the
    quotation: 'Said Dora Penn, who grew up on the block, “We were all so proud.”'"""
    text = doc.text
    first = text[lo : min(q.open, lo + 20)].split(None, 1)
    if not first or not first[0][:1].isupper() or first[0].lower() not in current().SPEECH_FORMS or first[0].endswith("ing"):
        return None  # not "Lamenting their luck, Mexicans say, “…”": a participle phrase opens the sentence
    cue = Span(lo, lo + len(first[0]))
    if not text[cue.end : q.open].rstrip().endswith((",", ":")):
        return None
    start = skip_space(text, cue.end)
    mention = mention_after(text, start, q.open)
    if mention is None or mention.start != start or mention.pronoun is not None:
        return None
    if not text[start].isupper() and text[start : mention.end].split()[0].lower() not in current().DETERMINERS:
        return None  # "Reported speech: “…”": a noun after a participle, no speaker
    return Attribution(mention, cue, SPEAKER_CUE_QUOTE)


def rule_partial_after_cue(doc: Document, q: QuotedSpan) -> Attribution | None:
    """Quoted words inside a clause take the first cue of their sentence with
    a speaker, the main attribution ('Okonjo says she is “back in the fight”');
    so do quoted words after a comma that go on with the clause in lower case
    ('Okonjo said the budget, up 4%, “squeezes every pound”')."""
    if not embedded(doc, q) and not _goes_on_after_comma(doc, q) and not doc.grammar.goes_on_after_dash(doc, q):
        return None
    first = _coordinated_first(doc, q)
    if first is not None:
        # "as Ruiz went on about “…,” and “…” and “…”": one speaker for the whole coordination
        att = _partial_after_cue(doc, first) if embedded(doc, first) and not names_something(doc, first) else None
        if att is not None and not _in_object_relative(doc, att):
            return att
    return repeated_after_quote(doc, q, _partial_after_cue(doc, q))


def _coordinated_first(doc: Document, q: QuotedSpan) -> QuotedSpan | None:
    """The first quotation of a coordination that ``q`` closes ("“…” and “…”",
    "“…,” or “…”"), in the same sentence; None when no quotation is coordinated before it."""
    lo = doc.sentence_at(q.open).start
    first = None
    for _ in range(COORDINATED_REACH):
        prev = coordinated_before(doc, q, lo)
        if prev is None:
            break
        first = q = prev
    return first


def _in_object_relative(doc: Document, att: Attribution) -> bool:
    """Is the attribution's speaker the subject of an object relative ("Clinton, |
    whom he called| “…,” or “…”")?  Its clause closes with its quotation, and what
    is coordinated after it may belong to the clause around it."""
    before = doc.text[max(0, att.mention.start - 8) : att.mention.start].split()[-1:]
    return bool(before) and before[0].lower() in OBJECT_RELATIVES


def _partial_after_cue(doc: Document, q: QuotedSpan) -> Attribution | None:
    sent = doc.sentence_past_dateline(q.open)  # "LEEDS — Mayor Lowe … said": not the place
    candidates = cues_before(doc, max(sent.start, q.open - 300), q.open)
    if not candidates:
        characterised = doc.grammar.characterised_speaker(doc, sent.start, q)
        return Attribution(characterised[0], characterised[1], PARTIAL_AFTER_CUE) if characterised is not None else None
    if claim_after_cue(doc, q, candidates[-1].end):
        return None  # "Ruiz mocked Lee's claim that the fees were “fair”": possessive_claim, Lee's
    inserted = _parenthetical_attribution(doc, sent.start, candidates) or _inverted_parenthetical(doc, sent.start, candidates, q)
    if inserted is not None:
        return inserted  # "The figures, she added, were “drawn from a pilot…”"
    for cue in reversed(candidates):
        passed = quoted_as(doc, sent.start, cue.start)
        if passed is not None:
            return Attribution(passed, cue, PARTIAL_AFTER_CUE)  # "quoted the commissioner as saying … “…”"
    nearest = (
        _nearest_open_clause(doc, sent.start, candidates[-1], q)
        or _inside_adverbial(doc, sent.start, candidates, q)
        or _participle_after_clause(doc, sent.start, candidates[-1], q)
    )
    if nearest is not None:
        return nearest  # "…, who told reporters the plan was “a fraud”", "…, with its owner calling it “…”"
    closed = closed_clause_subject(doc, sent.start, candidates, q)
    if closed is not None:
        return Attribution(closed, None, PARTIAL_AFTER_CUE)  # "Ms. Reyes, who has called it “…,” wants voters to “…”"
    clause = max(clause_start(doc, sent.start, q.open), _coordinated_subject(doc, sent.start, candidates))
    candidates = [c for c in candidates if c.start >= clause] or candidates
    # a particle cue without an object reports nothing that could hold the quotation
    # ("The mayor spoke …, a day after Ruiz said he was “hopeful”")
    main = [
        c
        for c in candidates
        if not subordinate(doc, sent.start, c) and not _bare_particle(doc, c) and not doc.grammar.noun_participle(doc, sent.start, c)
    ]
    relative: Attribution | None = None
    for cue in means_first(doc, sent.start, main + [c for c in reversed(candidates) if c not in main], q.open):
        # "Ruiz was asked by moderator Tom Reyes whether … “…”": a passive cue's agent speaks
        if labelling_participle(doc, sent.start, cue):
            continue  # "files later deemed “…”": a noun's modifier, no one's verb
        mention = passive_agent(doc, sent.start, cue, q.open) or subject_of(doc, sent.start, cue, None)
        if mention is not None and participle_led(doc.text, mention):
            # "the mood sweeping the state and | lifting rebels in the hills | appeals to": a verb and its object
            mention = clause_subject(doc, sent.start, cue.start)
            if mention is not None and participle_led(doc.text, mention):
                mention = None  # "…, waving flags and chanting “…”" with no subject read before: not the signs
        if mention is None:
            continue
        att = Attribution(outer_speaker(doc, sent.start, mention), cue, PARTIAL_AFTER_CUE)
        if mention.pronoun != "who":
            return att
        relative = relative or att  # "in a speech that echoed…, Ms. Ferreira promised “…”": a relative clause is not the main one
    return None if relative is None else _issuer(doc, sent.start, relative)


#: Relative pronouns that stand for a document ("a letter | that says").
DOCUMENT_RELATIVES: Final = frozenset({"that", "which"})


def _issuer(doc: Document, lo: int, att: Attribution) -> Attribution:
    """The subject of the clause for a document it put out: in 'Ms. Ruiz
    released a letter from her doctor that says she is in “superb health”'
    the document is the object of Ruiz's verb, and the words hers.  Not
    where a mark closes the subject's clause first ('The board, citing a
    study that says…')."""
    mention = att.mention
    if mention.pronoun != "who" or mention.kind != "document" or mention.text.lower() not in DOCUMENT_RELATIVES:
        return att
    subject = clause_subject(doc, lo, mention.start)
    if subject is None or subject.kind == "document" or subject.pronoun == "who" or subject.end >= mention.start:
        return att
    if not CLAUSE_MARKS.isdisjoint(doc.text[subject.end : mention.start]):
        return att
    return replace(att, mention=subject)


#: Conjunctions that open an adverbial clause with a subject of its own ("…, after she blamed …").
ADVERBIAL_OPENERS: Final = frozenset("after before when whenever while although though because since until unless once".split())


def _inside_adverbial(doc: Document, lo: int, candidates: list[Span], q: QuotedSpan) -> Attribution | None:
    """The cue of an adverbial clause that opens after the main cue and still
    runs at the quotation: "Ruiz called the mayor a “disgrace” after she
    attacked the police and blamed the riots on “bad luck”" is the mayor's
    (the clause's subject), not Ruiz's."""
    text = doc.text
    cue = candidates[-1]
    if not CLAUSE_MARKS.isdisjoint(text[cue.end : q.open]) and not _set_off_pairs(text, cue.end, q.open):
        return None
    opener = next((t for t in reversed(tokenize(text, lo, cue.start)) if t.low in ADVERBIAL_OPENERS and not t.cap), None)
    if opener is None or _marks_outside_places(text, opener.end, q.open) and not _set_off_pairs(text, opener.end, q.open):
        return None  # no adverbial clause, or one that closed before the quotation ("when Pell spoke, the crowd was “…”")
    if not any(c.end <= opener.start and not subordinate(doc, lo, c) for c in candidates[:-1]):
        return None  # no main cue before it: the main clause's own cue comes later, or there is none
    first = next((c for c in candidates[:-1] if c.start >= opener.end), None)
    if first is not None and " that " in text[first.end : cue.start]:
        return None  # "when she claimed that Comey had described…": the clause's first cue reports the rest
    if text[cue.end : cue.end + 4] == " to ":
        return None  # "until the council agreed to make a payment of “…”": an act, not speech
    mention = clause_subject(doc, opener.end, cue.start)
    if mention is None or mention.pronoun == "who" or mention.start != skip_space(text, opener.end):
        return None
    if mention.pronoun is None and not text[mention.start].isupper() and not _finite_after_noun(doc, mention, cue):
        return None  # "the turmoil after the vote underscores…": a preposition and its object, no clause
    return Attribution(mention, cue, PARTIAL_AFTER_CUE)


#: Words that open a phrase set off by a pair of commas inside a clause: a
#: relative clause ("when Ruiz, | who had lost the vote, | called for …") or
#: a role ("attacked a judge, | a former mayor, | for …"); a name in Title
#: Case opens one too ("attacked a judge, | Ana Long, | for …").
SET_OFF_OPENERS: Final = frozenset("who whom which whose a an the".split())


def _set_off_pairs(text: str, lo: int, hi: int) -> bool:
    """Are the marks in ``text[lo:hi]`` only pairs of commas around an
    apposition or a relative clause, each pair followed by the clause going
    on in lower case ("when Ruiz, who had lost the vote, called for …")?
    Then no clause closed there.  Not "when Pell spoke, the crowd was …"."""
    L = current()
    toks = tokenize(text, lo, hi)
    marks = [j for j, t in enumerate(toks) if t.text in CLAUSE_MARKS]
    if not marks or len(marks) % 2 or any(toks[j].text != "," for j in marks):
        return False
    for opening, closing in zip(marks[::2], marks[1::2], strict=True):
        inside = toks[opening + 1 : closing]
        after = toks[closing + 1] if closing + 1 < len(toks) else None
        if not inside or not (inside[0].cap or inside[0].low in SET_OFF_OPENERS):
            return False
        if after is None or after.cap or after.low in L.SUBJECT_PRONOUNS or not after.text[:1].isalpha():
            return False
    return True


def _marks_outside_places(text: str, lo: int, hi: int) -> bool:
    """Does a clause mark stand in ``text[lo:hi]`` other than the commas around
    a place's state ("a voter in Dover, Delaware, told him")?"""
    if CLAUSE_MARKS.isdisjoint(text[lo:hi]):
        return False
    toks = tokenize(text, lo, hi)
    places = {j for j in range(len(toks)) if place_comma(toks, j)}
    for j, tok in enumerate(toks):
        if tok.text not in CLAUSE_MARKS or j in places:
            continue
        if tok.text == "," and any(k in places for k in (j - 2, j - 3)) and toks[j - 1].cap:
            continue  # the comma that closes "Dover, Delaware,"
        return True
    return False


def _finite_after_noun(doc: Document, mention: Mention, cue: Span) -> bool:
    """Is a noun phrase that opens with an article the subject of the past
    tense right after it ("after | a voter in Dover told him …")?  Not "the
    turmoil after the vote | underscores", a present that may be a noun's."""
    text = doc.text
    word = text[cue.start : cue.end].split()[0].lower()
    first = text[mention.start : mention.end].split()[0].lower()
    if first not in ARTICLES or current().LEMMA_OF.get(word, word) == word or word.endswith(("s", "ing")):
        return False
    between = tokenize(text, mention.end, cue.start)
    if not between:
        return True
    state = [t for t in between if t.text != ","]  # "a voter in Dover | , Delaware, | told"
    if between[0].text != "," or len(state) > 2 or not all(t.cap for t in state):
        return False
    return not _marks_outside_places(text, mention.start, cue.start)


def _goes_on_after_comma(doc: Document, q: QuotedSpan) -> bool:
    """Does the quotation open after a comma, inside its sentence, with a
    word in lower case: the rest of a clause, not a sentence of its own?"""
    text = doc.text
    before = text[doc.sentence_at(q.open).start : q.open].rstrip()
    return before.endswith(",") and text[q.start : q.start + 1].islower()


#: A subordinate clause between a cue and the quotation it introduces:
#: "Moll says | whatever the council decides on parking, | “…”",
#: "Varga said | that when Pell spoke out against the landlords, | “…”".
SUBORDINATE_BRIDGE: Final = compile_rule(
    r"""
    ${sp}{1,3} (?: that ${sp}{1,3} )?
    (?: when | if | because | while | although | though | after | before | unless | once | since | until
      | whether | no ${sp}{1,3} matter ) \b
    ${clause_char}{1,200}? , ${sp}{0,3} \Z
    """
)


#: A reported clause whose reason the quotation gives: "She added | that the turnout
#: seems low, which is a problem because, | “…”" (English).
REASON_BRIDGE: Final = compile_rule(
    r"""
    ${sp}{1,3} that ${sp}{1,3} ${clause_char}{1,200}? ${sp} (?: because | since ) ${sp}{0,3} ,? ${sp}{0,3} \Z
    """
)


#: The words that open a relative clause or an absolute phrase, and how far before a cue they may stand.
OPEN_CLAUSE_WORDS: Final = compile_rule(r"\b (?: who | whom | which | with | With ) \b")
#: Relative pronouns that are the object of the cue after them: "which he called “…”".
OBJECT_RELATIVES: Final = frozenset({"which", "whom", "who"})
OPEN_CLAUSE_REACH: Final = 120


def _nearest_open_clause(doc: Document, lo: int, cue: Span, q: QuotedSpan) -> Attribution | None:
    """The attribution of the cue nearest the quotation when the clause it
    opens still runs at the quotation and has a subject of its own: a relative
    clause ("Ms. Ray agreed with Mr. Long, who told reporters the plan was
    “a fraud”") or an absolute phrase ("…, with its owner calling it “…”")."""
    text = doc.text
    if not CLAUSE_MARKS.isdisjoint(text[cue.end : q.open]):
        return None  # "The senator, who said little, called it “…”": the relative clause closed before it
    coordinated = doc.grammar.coordinated_absolute(doc, lo, cue)  # "… and Trump calling it “…”"
    if coordinated is not None:
        return Attribution(coordinated, cue, PARTIAL_AFTER_CUE)
    if not OPEN_CLAUSE_WORDS.search(text, max(lo, cue.start - OPEN_CLAUSE_REACH), cue.start):
        return None  # no "who" or "with" before the cue: no subject to read (a fast path)
    mention = subject_of(doc, lo, cue, None)
    if mention is None:
        return None
    before = text[max(lo, mention.start - 8) : mention.start].split()[-1:]
    absolute = before == ["with"]
    # an object relative: "the rating agencies, which she called “a club”", "the strikers, whom he described as “…”"
    object_relative = bool(before) and before[0].lower() in OBJECT_RELATIVES and mention.pronoun != "who"
    # a relative clause set off by a comma ("Mr. Long, who told…"), not one that picks out its
    # antecedent ("told a student who asked whether … that “…”")
    comma = previous_char(text, lo, mention.start)
    relative = mention.pronoun == "who" and comma is not None and text[comma] == ","
    if not relative and not absolute and not object_relative:
        return None
    return Attribution(mention, cue, PARTIAL_AFTER_CUE)


def _participle_after_clause(doc: Document, lo: int, cue: Span, q: QuotedSpan) -> Attribution | None:
    """The participle nearest the quotation, set off after a clause with a
    subject of its own that still runs at it: "…, though on the radio she
    sounded firmer, warning that the smugglers “will be caught”" is hers, not the main clause's."""
    if not CLAUSE_MARKS.isdisjoint(doc.text[cue.end : q.open]):
        return None  # the participle's phrase closed before the quotation
    mention = doc.grammar.participle_after_clause(doc, lo, cue)
    return None if mention is None else Attribution(mention, cue, PARTIAL_AFTER_CUE)


def _across_subordinate(doc: Document, lo: int, candidates: list[Span], q: QuotedSpan) -> Attribution | None:
    """'Moll says whatever the council decides, “…”': the main cue
    introduces a quotation after a subordinate clause (whose own cue,
    'when Warren railed against…', does not)."""
    for cue in reversed(candidates):
        bridge = SUBORDINATE_BRIDGE[doc.lang].fullmatch(doc.text, cue.end, q.open) or REASON_BRIDGE[doc.lang].fullmatch(
            doc.text, cue.end, q.open
        )
        if bridge and not subordinate(doc, lo, cue):
            mention = subject_of(doc, lo, cue, None)
            return None if mention is None else Attribution(mention, cue, SPEAKER_CUE_QUOTE)
    return None


def _bare_particle(doc: Document, cue: Span) -> bool:
    """Is the cue a particle verb that takes no object ("weighed in", "chimed in")?"""
    L = current()
    words = doc.text[cue.start : cue.end].split()
    return len(words) == 2 and (L.LEMMA_OF.get(words[0].lower()), words[1]) in L.BARE_PARTICLE_VERBS


def _parenthetical_attribution(doc: Document, lo: int, candidates: list[Span]) -> Attribution | None:
    """An attribution set off by commas inside the clause: "The figures,
    | she added, | were “…”"."""
    text = doc.text
    for cue in reversed(candidates):
        if text[cue.end : cue.end + 1] != ",":
            continue
        mention = mention_before(text, lo, cue.start)
        if mention is None or mention.pronoun == "who":
            continue
        comma = previous_char(text, lo, mention.start)
        if comma is not None and text[comma] == "," and comma > lo:
            return Attribution(mention, cue, PARTIAL_AFTER_CUE)
    return None


def _inverted_parenthetical(doc: Document, lo: int, candidates: list[Span], q: QuotedSpan) -> Attribution | None:
    """An inverted attribution set off by commas inside the clause, its
    speaker after the cue: "The trouble, | says Maria Oyelaran, an economist, |
    is that it is “…”"."""
    text = doc.text
    if doc.grammar.verb_second:
        return None  # verb-second languages put any verb before its subject, inverted or not
    for cue in reversed(candidates):
        comma = previous_char(text, lo, cue.start)
        word = text[cue.start : cue.end].split()[0].lower()
        if comma is None or text[comma] != "," or word.endswith("ing") or word in NAMING_WORDS:
            continue  # not "the concert, called Starlight, …": a participle naming a thing
        start = skip_space(text, cue.end)
        mention = mention_after(text, start, q.open)
        if mention is None or mention.start != start or mention.pronoun is not None or not text[start].isupper():
            continue
        if text[mention.end : mention.end + 1] != ",":
            continue  # "…, called Trump a “blowhard”": the cue's object, after a subject's apposition
        closing = text.rfind(",", mention.end, q.open)
        after = text[closing + 1 : q.open].split()[:1]
        if after and after[0].lower() in current().CLAUSE_JOINERS:
            return None  # "Ruiz attacked the plan, said Reyes, and called it a “sham”": the clause closed before the cue
        return Attribution(mention, cue, PARTIAL_AFTER_CUE)
    return None


def _coordinated_subject(doc: Document, lo: int, candidates: list[Span]) -> int:
    """Where a coordinated clause with a subject of its own starts: "the Gazette
    will call you a crank | and the radio will accuse you of a “meltdown”"."""
    for cue in reversed(candidates[1:]):
        mention = mention_before(doc.text, lo, before_aside(doc.text, lo, cue.start))
        if mention is None or mention.pronoun == "who" or doc.text[max(lo, mention.start - 5) : mention.start] != " and ":
            continue
        if participle_led(doc.text, mention):
            continue  # "the movement sweeping the state and | lifting rebels like Ada Moll | appeals to …": a verb's object, no subject
        return mention.start
    return lo


#: Before an opening mark: "According to Kirby," at the clause start.
ACCORDING_TO_QUOTE_PATTERN: Final = compile_rule(
    r"""
    (?P<cue> ${according_to} ) ${sp}{1,3}
    (?P<np> [^,:;!?\n"\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}]{1,120}? )
    ${sp}{0,3} [,:] ${sp}{0,3} \Z
    """
)


#: "According to Kirby, …" opening the clause that holds a partial quotation.
ACCORDING_TO_OPENER: Final = compile_rule(
    r"""
    (?P<cue> ${according_to} ) ${sp}{1,3}
    (?P<np> [^,:;!?\n"\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}]{1,120}? )
    ${sp}{0,3} ,
    """
)


#: "According to Harbour Rail “…”": a name and no comma before the quotation.
ACCORDING_TO_NAME: Final = compile_rule(
    r"""
    (?P<cue> ${according_to} ) ${sp}{1,3}
    (?P<np> ${capword} (?: ${sp} ${capword} ){0,4} ) ${sp}{1,3} \Z
    """
)


def rule_according_to_quote(doc: Document, q: QuotedSpan) -> Attribution | None:
    sent = doc.sentence_at(q.open)
    lo = max(sent.start, q.open - 160)
    m = ACCORDING_TO_QUOTE_PATTERN[doc.lang].search(doc.text, lo, q.open) or ACCORDING_TO_NAME[doc.lang].search(doc.text, lo, q.open)
    if not m and embedded(doc, q):
        # 'According to Penhallow, the plan smacks of “panic”': a partial quotation in the sourced clause
        m = ACCORDING_TO_OPENER[doc.lang].search(doc.text, max(sent.start, q.open - 300), q.open)
        if m and cues_before(doc, m.end(), q.open):
            return None  # a cue of its own in the clause speaks
    if not m:
        return None
    mention = mention_after(doc.text, m.start("np"), m.end("np"))
    if mention is None:
        return None
    return Attribution(mention, Span(*m.span("cue")), ACCORDING_TO_QUOTE)


def rule_speaker_colon_quote(doc: Document, q: QuotedSpan) -> Attribution | None:
    """'Greta Moll: “Thanks for the kind words…”': a speaker, a colon, the
    quotation; the label may follow a heading and a dash ('TURNOUT RISES -
    Greta Moll: “…”') or "from" ('More from Moll: “…”')."""
    colon = _label_colon(doc, q)
    if colon is None:
        return None
    mention = _colon_label(doc, colon)
    if mention is None:
        return None
    return Attribution(mention, Span(colon, colon + 1), SPEAKER_COLON_QUOTE)


def _label_colon(doc: Document, q: QuotedSpan) -> int | None:
    """The colon right before the quotation's opening mark, if any."""
    text = doc.text
    i = q.open - 1
    while i > 0 and text[i] in " \t\u00a0":
        i -= 1
    return i if text[i] == ":" else None


#: What may stand before a speaker's label in its sentence: a heading and a
#: dash ("TURNOUT RISES - Moll:"), then "More from" or not ("Polls agree -More
#: from Moll:"), or "from" ("More from Moll:").
LABEL_LEAD: Final = compile_rule(
    r"""
    (?: ${clause_char}{0,200}? ${sp} (?: - | ${dash} ) (?: ${sp}{0,3} [Mm]ore ${sp}{1,3} from )?
      | (?: [Mm]ore ${sp}{1,3} )? (?: [Ff]rom ) )
    ${sp}{1,3} \Z
    """
)


def _colon_label(doc: Document, colon: int) -> Mention | None:
    """The speaker whose label ends at ``colon``: a name that opens its
    sentence, or follows a heading's dash or "More from"."""
    text = doc.text
    sent = doc.sentence_at(colon)
    mention = mention_before(text, sent.start, colon)
    if mention is None or mention.kind not in LABEL_KINDS:
        return None
    if mention.start == sent.start:
        return mention if mention.kind != "document" else None
    return mention if LABEL_LEAD[doc.lang].fullmatch(text, sent.start, mention.start) else None


#: The kinds of speaker a label names ("Moll:", "Pew Research:"; a document only after a lead: "More from the report:").
LABEL_KINDS: Final = frozenset({"person", "organization", "group", "document"})


SPEAKER_CUE_QUOTE: Final = Rule(
    name="speaker_cue_quote",
    description="Kirby said: “…” / Kirby said, “…”: speaker and cue before the quotation",
    family="before",
    handler=rule_speaker_cue_quote,
    patterns=(ADJUNCT, LONG_SETTING, SUBORDINATE_BRIDGE, REASON_BRIDGE),
)

PARTIAL_AFTER_CUE: Final = Rule(
    name="partial_after_cue",
    description="The Post reported the plan was “personally approved…”: a quotation inside reported speech",
    family="before",
    handler=rule_partial_after_cue,
    patterns=(ADJUNCT,),
)

ACCORDING_TO_QUOTE: Final = Rule(
    name="according_to_quote",
    description="According to Kirby, “…”",
    family="before",
    handler=rule_according_to_quote,
    patterns=(ACCORDING_TO_QUOTE_PATTERN, ACCORDING_TO_NAME, ACCORDING_TO_OPENER),
)

SPEAKER_COLON_QUOTE: Final = Rule(
    name="speaker_colon_quote",
    description="Donald Trump: “…”: a speaker's name, a colon, the quotation",
    family="before",
    handler=rule_speaker_colon_quote,
    patterns=(LABEL_LEAD,),
)
