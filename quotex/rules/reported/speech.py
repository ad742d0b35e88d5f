"""Reported speech read from its cue forwards: 'Kirby said (that) CLAUSE',
and the sentence-level reader :func:`reported_speech` that hands a stretch
to the trailing and according-to readings as well."""

from __future__ import annotations

from typing import Final, NamedTuple

import regex

from quotex.lang import current
from quotex.rules.base import Rule, compile_rule
from quotex.rules.boundaries import (
    auxiliary_run,
    reports_nothing,
    verb_before_that,
)
from quotex.rules.clauses import (
    OBJECT,
    in_opening_phrase,
)
from quotex.rules.content import CONTENT_BAD_START, MIN_CONTENT_WORDS, phrase_comma, strip_content
from quotex.rules.document import Attribution, Document, cue_span, word_count, words_of
from quotex.rules.finite_verbs import contracted_subject
from quotex.rules.reported.according import rule_indirect_according_to
from quotex.rules.reported.cue_speaker import cue_speaker
from quotex.rules.reported.directives import told_to
from quotex.rules.reported.settings import SETTING, clause_start
from quotex.rules.reported.trailing import (
    attribution_end,
    final_attribution,
    participle_after,
    report_before_cue,
    subordinate_after,
)
from quotex.rules.words import (
    after_determiner,
    aside,
    is_according,
    participle_adjective,
)
from quotex.speakers import Mention, mention_before
from quotex.text import Span

#: Month names, as written, that may follow a particle verb with no clause: "broke in | March".
MONTHS: Final = frozenset("January February March April May June July August September October November December".split())

#: A spaced dash that ends the object of a speech act before an aside: "called on the mayor to act | -- …"
#: (not one that goes on its list: "-- including …").
DASH_BREAK: Final = compile_rule(r"${sp}{1,3} (?: -- | \N{EM DASH} | \N{EN DASH} ) ${sp}{1,3} (?! including \b | such ${sp} as \b )")

#: Particles after which a cue's object is what was said: "called for", "called on", "pointed to".
OBJECT_PARTICLES: Final = frozenset({"for", "on", "to"})


#: Modals that make a promise hypothetical: "would agree to", "could pledge to".
HYPOTHETICAL: Final = frozenset({"would", "could", "might", "will", "may", "should"})


#: The end of a reported clause that hands over to a second cue: "… but
#: added", "… and said in a statement", or after a participle clause
#: "Durbin, noting the size of the crowd, | said" (the second cue introduces a
#: quotation).  Read by :func:`handoff_cue` in three steps: the joint ("and",
#: "but", a comma), up to two of the language's auxiliaries (its
#: :func:`~quotex.rules.boundaries.auxiliary_run`, as a named list ``${aux}``
#: costs 25M instructions to compile), then the cue and a few adjunct words
#: to the end: ``(?: ${aux} ${sp}{1,3} ){0,2}`` between the first two.
HANDOFF_JOINT: Final = compile_rule(r"(?: ,? ${sp}{1,3} (?: and | but ) | , ) ${sp}{1,3}")
#: The joint's two readings, tried in its order: a conjunction, else the comma alone.
HANDOFF_CONJUNCTION: Final = compile_rule(r",? ${sp}{1,3} (?: and | but ) ${sp}{1,3}")
HANDOFF_COMMA: Final = compile_rule(r", ${sp}{1,3}")
#: The second cue and its adjunct words, to the end of the reported words: "said | in a statement".
HANDOFF_TAIL: Final = compile_rule(r"(?P<cue> ${cue_slot} ) (?: ${sp}{1,3} ${adjunct_word} ){0,4} ${sp}{0,3} \Z")


class Handoff(NamedTuple):
    """A hand-over to a second cue at the end of reported words: where its
    joint starts, its end (the end of the words) and the cue word."""

    start: int
    end: int
    cue: str


def handoff_cue(text: str, start: int, end: int) -> Handoff | None:
    """The first hand-over to a second cue word of the language in
    ``text[start:end]``, read to ``end``: at the first joint where the
    auxiliaries after it (as many as leave a cue after them, two at most) and
    a cue with its adjunct words reach the end, and that cue is a cue word
    (else the next joint is tried)."""
    L = current()
    pos = start
    while (joint := HANDOFF_JOINT.search(text, pos, end)) is not None:
        tail = _handoff_tail(text, joint.start(), end)
        if tail is not None and tail.group("cue") in L.CUE_WORDS:
            return Handoff(joint.start(), tail.end(), tail.group("cue"))
        pos = joint.start() + 1
    return None


def _handoff_tail(text: str, at: int, end: int) -> regex.Match[str] | None:
    """The cue and adjunct words that end a hand-over whose joint starts at
    ``at``, with the readings tried in the order of the pattern spelled out:
    the conjunction before the comma, more auxiliaries before fewer."""
    for joint in (HANDOFF_CONJUNCTION.match(text, at, end), HANDOFF_COMMA.match(text, at, end)):
        if joint is None:
            continue
        for stop in reversed(auxiliary_run(current(), text, joint.end(), end)):
            tail: regex.Match[str] | None = HANDOFF_TAIL.match(text, stop, end)
            if tail is not None:
                return tail
    return None


#: A conjunction that hands reported speech over to a second speaker:
#: "…rebels, but | Russia insisted", "…; | the Kremlin said", and a word
#: that limits a share the mention reader leaves out: "…, while only | 49
#: percent of traders say".
HANDOVER: Final = compile_rule(
    r"""
    (?: (?: , ${sp}{0,3} | ${sp}{1,3} ) (?: but | and | while | whereas | although | though ) ${sp}{1,3}
    | ; ${sp}{0,3} )
    (?: (?: only | just | nearly | almost | about | roughly | even ) ${sp}{1,3} )? \Z
    """
)

#: The verb of a progressive before its participle, searched back from the cue: "Ann Lee | is | saying".
PROGRESSIVE_BE: Final = compile_rule(r"${sp} (?: is | are | was | were ) (?: ${sp}{1,3} (?: now | also | still ) )? ${sp}{1,3} \Z")

#: A comma right before a second attribution's subject: "…her memoir, | Mayor Ford said that".
BARE_HANDOVER: Final = compile_rule(r", ${sp}{1,3} \Z")

#: The last coordination in a clause ("… to Moscow | and was"), searched
#: right to left.
LAST_CONJUNCTION: Final = compile_rule(r"(?: , ${sp}{0,3} | ${sp}{1,3} ) (?: and | but | or ) ${sp}{1,3}", regex.REVERSE)


def reported_speech(doc: Document, sent: Span, trailing_cues: frozenset[int]) -> list[tuple[Span, Attribution]]:
    """Reported speech in a sentence (or the part of it outside quotations);
    ``trailing_cues`` are the offsets of cues that attribute a quotation
    before them in their sentence ('“…,” Rubio said Dec. 6')."""
    out: list[tuple[Span, Attribution]] = []
    headline = doc.grammar.headline_report(doc, sent)
    if headline is not None:
        # "Mayor Says We Must Mind The Harbor": a Title Case headline, then the rest on its own
        content, mention, cue = headline
        out.append((content, Attribution(mention, cue, INDIRECT_CUE_CLAUSE)))
        sent = Span(content.end, sent.end)
    else:
        sent = doc.grammar.past_dateline(doc.text, sent)  # "PARIS (AP) — | The minister said …": the city is no subject
    while True:
        found, rest = _indirect_from(doc, sent, trailing_cues)
        out.extend(found)
        if rest is None or rest >= sent.end:
            return out
        sent = Span(rest, sent.end)  # the rest of the sentence is read as a clause of its own


def _indirect_from(doc: Document, sent: Span, trailing_cues: frozenset[int]) -> tuple[list[tuple[Span, Attribution]], int | None]:
    """Reported speech from the start of ``sent``, and where to read on, if anywhere."""
    L = current()
    grammar = doc.grammar
    text = doc.text
    out: list[tuple[Span, Attribution]] = []
    resume = sent.start  # after a hand-over to a second speaker, the cues before it are done
    final: tuple[int, int] | None = None  # where a trailing attribution's clause ends, and its cue
    shared: tuple[int, Mention] | None = None  # a coordinated cue's offset and the subject it shares
    opening = grammar.opening_report(doc, sent)
    if opening is not None:
        # "Noting that turnout was low, Ruiz said …": the opening's own report, then the sentence's
        content, speaker, opening_cue, read_on = opening
        return [(content, Attribution(speaker, opening_cue, INDIRECT_CUE_CLAUSE))], read_on
    for start, end, cue_word in doc.iter_cue_words(sent.start, sent.end):
        if start < resume:
            continue
        if (
            cue_word not in L.SPEECH_FORMS
            and cue_word not in L.PARTICLE_FORMS
            and cue_word not in L.OBJECT_SPEECH_FORMS
            and not is_according(cue_word)
            and cue_word not in L.ACCORDING_WORDS
            and not verb_before_that(text, sent.start, start, end, cue_word)
        ):
            continue
        cue = cue_span(text, start, end)
        lemma = L.LEMMA_OF.get(cue_word.lower())
        label = grammar.object_labelled(text, lemma, end, sent.end)  # "called the plan a fraud"
        if (
            (lemma in L.NEEDS_PARTICLE or cue_word in L.CLAUSE_END_PARTICLES and cue_word not in L.SPEECH_FORMS)
            and cue.end == end
            and not label
            or lemma in L.QUOTE_ONLY_PARTICLES
        ):
            continue
        if (
            cue.end > end
            and (lemma, text[end : cue.end].split()[-1]) in L.BARE_PARTICLE_VERBS
            and _next_word(text, cue.end) in L.TIME_WORDS | MONTHS
        ):
            continue  # "after the row broke in March": a time after a particle verb that takes no clause
        if is_according(cue_word) or cue_word in L.ACCORDING_WORDS:
            found = rule_indirect_according_to(doc, sent, cue)
            if found:
                return found, None
            continue
        if (passive := grammar.passive_report(doc, sent, cue)) is not None:
            # "When asked by a reporter whether …, Ruiz said", "As reported by the Gazette, the pier …": the agent speaks
            content, agent, read_on = passive
            out.append((content, Attribution(agent, cue, INDIRECT_CUE_CLAUSE)))
            return out, read_on
        if not _verb_of_speech(doc, sent, cue, start, end, cue_word):
            continue
        before = report_before_cue(doc, sent, cue, cue_word)
        if before is not None:
            if not before:
                continue  # the cue sits inside the clause it attributes
            out.extend(before)
            after = attribution_end(doc, sent, cue, cue_word, before[-1][1])
            # "…, he said, | noting that …": the participle reports for the same speaker; "…, he said on Friday, |
            # because he said …": a subordinate clause reports on its own
            participle = participle_after(text, after, sent.end) or subordinate_after(doc, after, sent.end)
            if participle is None:
                return out, None
            resume = participle
            continue
        if final is None:
            final = final_attribution(doc, sent)
        if final[1] > start and final[0] > cue.end:
            continue  # "Players rarely admit they are tired, the coach noted.": the clause is the coach's
        # "Kirby said (that) CLAUSE"; a cue coordinated with the one before shares its subject
        speaker = cue_speaker(doc, sent, cue, end, cue_word, shared[1] if shared is not None and shared[0] == start else None)
        if speaker is None:
            continue
        mention, modified = speaker.mention, speaker.participle_noun
        particle = text[end : cue.end].split()[-1:] if cue.end > end else []
        # "accused X of…", "called for X", "pointed to X"; not "weighed in as well"
        object_speech = cue_word in L.OBJECT_SPEECH_FORMS or bool(particle) and particle[0] in OBJECT_PARTICLES or label
        pos = clause_start(doc, sent, cue, cue_word, speaker.clause_start, object_speech)
        extent = _reported_extent(doc, sent, cue, end, lemma, pos, mention, object_speech)
        if extent is None:
            continue
        content, content_end, read_on = extent
        words = text[content.start : content.end].split()
        min_words = 2 if object_speech else MIN_CONTENT_WORDS
        first = words[0].lower().strip(",;:") if words else ""
        if start in trailing_cues and (first != "that" or _relative_on_addressee(doc, cue, cue_word, pos, content)):
            continue  # '“…,” Halden said March 3 on local radio': what he said is the quotation
        if grammar.reports_no_words(lemma, words):
            continue  # "charged a $50 fee": a price, no words
        infinitive = first == "to" and L.LEMMA_OF.get(cue_word.lower()) in L.INFINITIVE_SPEECH  # "pledged to create jobs"
        infinitive = infinitive or told_to(text, cue_word, cue.end, pos, words)  # "told the crew | to close the pier"
        if infinitive and any(w in HYPOTHETICAL for w in text[mention.end : start].lower().split()):
            continue  # "Russia would stop attacks and agree to put pressure on Assad": a plan's terms, no promise made
        # a phrase before the clause's subject: "said with the harvest nearly in, this was …", "said about 30 families
        # have signed up" (a count, then the clause)
        opened, counted = grammar.opened_clause(doc, cue, end, pos, content, words, first)
        # the language's own bad starts hold right after the cue (a reflexive pronoun: "expressed itself at first
        # not", word for word); after a comma such a word opens a clause of its own (an infinitive: ", itself to
        # the rules to keep")
        bad_start = first in CONTENT_BAD_START or first in L.CONTENT_BAD_START and text[pos : pos + 1] != ","
        answer = grammar.short_answer(text, content) if cue.end == end and not counted else None
        if answer is not None:
            out.append((answer, Attribution(mention, cue, INDIRECT_CUE_CLAUSE)))  # "Half said so in May."
            if (handover := _handover(doc, Span(answer.end, content.end))) is not None:
                resume = handover  # "Half said yes, | but most members say …": the second speaker's report is read on
                continue
            return out, read_on
        # "reveal that’s untrue": a pronoun and its contracted verb are two of the clause's words
        count = len(words) + (len(words) == min_words - 1 and contracted_subject(words[0]))
        if count < min_words or (bad_start and not object_speech and not infinitive and not opened):
            continue
        if first == "not" and [w.lower().strip(",.;") for w in words[1:4]] in (["to", "be", "named"], ["to", "be", "identified"]):
            continue  # "who asked not to be named": the source's own anonymity, nothing reported
        if first.endswith("ly") and (words[1].lower() in CONTENT_BAD_START or words[1].lower() in L.CONTENT_BAD_START):
            continue  # "said calmly into the microphone": manner and setting, nothing reported
        if text[pos : pos + 1] not in " \t\u00a0," or (cue_word.endswith("ing") and text[pos : pos + 1] == ","):
            continue
        if text[pos : pos + 1] == "," and first.endswith("ing"):
            continue  # "she wrote, arguing that …": the participle reports, not the verb before it
        if text[pos : pos + 1] == "," and not object_speech and grammar.closes_subordinate(doc, sent.start, cue):
            continue  # "when the count ends, | his aides argue …": the comma closes the cue's clause
        if grammar.verb_opens_report(text, sent, mention, first, object_speech):
            # "A merger agreed Monday would turn…", "Pell, who advises Ruiz, is no admirer": a participle or a
            # relative clause's verb, not a report; but "a probe the agency said | was ongoing" reports
            relative = grammar.relative_clause_report(doc, sent, mention, start, content)
            if relative is None:
                continue
            content, subject = relative
            out.append((content, Attribution(subject, cue, INDIRECT_CUE_CLAUSE)))
            return out, read_on
        # an object that reports no words: "asked him a question", "claimed victory", "added 9,000 jobs"
        clause_free = not object_speech and not infinitive
        reported = grammar.reported_object(text, cue_word, lemma, cue.end == end, content, first, clause_free, min_words)
        if reported is None:
            continue
        content = reported
        second = grammar.second_cue(doc, content)
        if second is not None and word_count(text[content.start : second.start]) >= MIN_CONTENT_WORDS:
            # "…too early to plan a campaign but noted that he won…": the second cue reports its own clause
            out.append((strip_content(text, content.start, second.start), Attribution(mention, cue, INDIRECT_CUE_CLAUSE)))
            resume, shared = second.start, (None if modified is not None else (second.cue, mention))
            continue
        handover = _handover(doc, content)
        if handover is not None:
            # "officials said A, but Russia insisted B": A is theirs, B is Russia's
            shorter = strip_content(text, content.start, handover)
            enough = word_count(text[shorter.start : shorter.end]) >= MIN_CONTENT_WORDS
            bare = text[handover] == "," and text[handover + 1 : handover + 40].lstrip()[:1].isupper()  # no conjunction
            if enough and not bare:
                out.append((shorter, Attribution(mention, cue, INDIRECT_CUE_CLAUSE)))
                resume = handover
                continue
            if not enough and bare:
                # "when she wrote her memoir, Mayor Ford said …": an object, then the sentence's own report (a
                # longer clause before the comma may hold a place or a list: "in Jupiter, Florida who …")
                resume = handover
                continue
        out.append((content, Attribution(mention, cue, INDIRECT_CUE_CLAUSE)))
        if _relative_set_off(doc, mention, content, sent):
            resume = content.end  # "The trust, which had promised a new roof, | said …": the main clause's cue is read on
            continue
        if read_on == content_end:
            # only _reported_extent's cut at the main verb of a relative inside the subject reads on at its own end:
            # "A man who accused the mayor of theft | said on Monday that …": the main clause's cue
            resume = content_end
            continue
        if object_speech and content_end < sent.end:
            return out, content_end + 1  # "Abernethy faulted the council, though she added that …": read on after the comma
        return out, read_on
    return out, None


def _relative_on_addressee(doc: Document, cue: Span, cue_word: str, pos: int, content: Span) -> bool:
    """Does "that" after the addressee of a cue that attributes a quotation
    open a relative clause on the addressee, a finite verb right after it
    ('“…,” she told a crowd | that filled the hall')?  The quotation is what
    was told."""
    L = current()
    text = doc.text
    if cue_word.lower() not in L.TAKES_OBJECT or not text[cue.end : pos].strip():
        return False
    verb = text[content.start : content.start + 40].split()[1:2]
    return bool(verb) and verb[0].islower() and (verb[0] in L.FINITE_AUXILIARIES or verb[0].endswith("ed"))


def _next_word(text: str, pos: int) -> str:
    """The word after ``pos``, without the punctuation after it ("| March," is "March")."""
    words = text[pos : pos + 20].split(None, 1)
    return words[0].rstrip(",.;:") if words else ""


def _verb_of_speech(doc: Document, sent: Span, cue: Span, start: int, end: int, cue_word: str) -> bool:
    """Is a cue word that may report a clause used as a verb of speech here,
    not as a name, a noun, an adjective, a passive, or inside an opening
    phrase or a fixed phrase that reports nothing?"""
    text = doc.text
    if not cue_word.islower() or aside(text, start, end):
        return False
    if after_determiner(text, sent.start, cue.start) and not doc.grammar.floating_quantifier_before(doc, sent, cue):
        return False  # "the report", "both said races"; not "Ruiz and Lee both | said"
    if participle_adjective(text, sent.start, start, end):
        return False  # "won 20 pledged delegates": an adjective
    if doc.grammar.spoken_to(text, sent.start, start, end):
        return False  # "Voters were asked a series of questions", "was roundly criticized on air": spoken to, not speaking
    if cue_word.endswith("ing") and in_opening_phrase(doc, sent.start, cue):
        return False  # "In a letter backing the plan, …": the phrase reports nothing itself
    # "It goes without saying", "Having said that, …", "what the mayor says her plan would do"
    return not reports_nothing(text, sent.start, cue.start)


def _reported_extent(
    doc: Document, sent: Span, cue: Span, word_end: int, lemma: str | None, pos: int, mention: Mention, object_speech: bool
) -> tuple[Span, int, int | None] | None:
    """What a cue reports, read from ``pos`` (where its clause starts) to the
    end of the clause: the content, where the clause ends, and where the
    sentence reads on for a clause of its own (or None); None when the cue
    reports nothing here ("urged them, as …", 'described X as “…”')."""
    L = current()
    grammar = doc.grammar
    text = doc.text
    content_end = sent.end
    if object_speech:
        if text[pos : pos + 1] == "," or text[pos : pos + 7].split()[:1] == ["about"]:
            return None  # "she urged them, as the crowd…": nothing asked of them follows; "asked about X": a topic
        if cue.end == word_end and _no_object(text, pos, sent.end, lemma):
            return None  # "was described | by the mayor", "asked | on the radio", "thanks | to the rain": no object
        comma = phrase_comma(text, pos + 1, sent.end)  # "urged the board to raise it to $51,000, | which…"
        comma = grammar.object_comma(text, comma, sent.end)  # "asked Kim, who leads, to …, | …"
        if comma < 0 and (dash := DASH_BREAK.search(text, pos + 1, sent.end)) is not None:
            comma = dash.start()  # "called on the mayor to act | -- a move the aide said is meant to “…”"
        if comma < 0 and doc.quote_opens_at(sent.end):
            return None  # 'described Trump as “…”': the quotation holds what was said
        content_end = comma if comma > 0 else sent.end
    # a relative clause's report, or one the narrator's clause or tail ends: "…was private, | but the logo…"
    content_end, read_on = grammar.clause_extent(doc, sent, cue, mention, pos, content_end, object_speech)
    content = strip_content(text, pos, content_end)
    if object_speech:
        content = grammar.object_content(text, content, 2)  # "criticized Ruiz | during a debate"
    handoff = None  # the hand-over ends in a cue word: a content with none holds no match
    if not L.CUE_WORDS.isdisjoint(words_of(text[content.start : content.end])):
        handoff = handoff_cue(text, content.start, content.end)
    quotation_next = doc.quote_opens_at(sent.end) and not text[content.end : sent.end].strip(" \t\u00a0,:")
    if handoff is not None and not quotation_next and handoff.cue in L.SPEECH_FORMS and _conjoined(text[handoff.start : handoff.end]):
        handoff = None  # "…to pass a budget and said that funding is needed": a second report, read on below
    if handoff is not None:
        content = strip_content(text, content.start, handoff.start)  # "…winners but added, “…”"
    if doc.quote_opens_at(sent.end) and content.end + 2 >= sent.end:
        if grammar.leads_to_example(text, content, sent.end):
            return None  # "suggesting a few questions, including, “…”": a noun phrase leads to its quoted example
        # the words run into a partial quotation: "reported the plan has been sent to Moscow
        # and was “personally approved…”" keeps its complete clause, the rest is the quotation's
        joint = LAST_CONJUNCTION.search(text, content.start, max(content.end, sent.end))
        if joint is not None:
            content = strip_content(text, content.start, joint.start())
        elif word_count(text[content.start : content.end]) < 5:
            return None
    return content, content_end, read_on


#: Prepositions right after a speech act that takes an object, which show it
#: has none: a passive's agent ("was praised | by the mayor"), a setting
#: ("criticized | on social media", "asked | in a radio interview").
OBJECTLESS_OPENERS: Final = frozenset({"by", "on", "in", "at", "during"})
#: Speech acts whose frame holds "on" before what they are about: "heaped praise | on the crew", "blamed it | on the rain".
ON_FRAMES: Final = frozenset({"praise", "blame"})


def _no_object(text: str, pos: int, end: int, lemma: str | None) -> bool:
    """Does a speech act that takes an object go on with a preposition
    instead (:data:`OBJECTLESS_OPENERS`), or is it "thanks to", a
    preposition itself ("won thanks | to the rain")?"""
    first = text[pos : min(end, pos + 12)].split(None, 1)[:1]
    if not first:
        return False
    word = first[0].lower()
    if word == "on" and lemma in ON_FRAMES:
        return False
    return word in OBJECTLESS_OPENERS or word == "to" and lemma == "thank"


def _conjoined(joint: str) -> bool:
    """Does a hand-over to a second cue open with "and" or "but" ("… | and said"), not a bare comma ("…, | saying")?"""
    words = joint.replace(",", " ").split(None, 1)
    return bool(words) and words[0] in ("and", "but")


#: Relative pronouns that open a clause set off by commas inside the subject: "The trust, | which | had promised …, said".
SET_OFF_RELATIVES: Final = frozenset({"which", "who"})
#: How far after the relative clause's closing comma the main clause's cue may start.
SET_OFF_CUE_REACH: Final = 40


def _relative_set_off(doc: Document, mention: Mention, content: Span, sent: Span) -> bool:
    """Is the report a relative clause's, set off by commas inside the
    sentence's subject, with the main clause's verb after its closing comma
    ("The trust, which had promised a new roof, | said the work …")?  Then
    the sentence reads on for that verb, with the subject before the clause."""
    text = doc.text
    if text[mention.start : mention.end].lower() not in SET_OFF_RELATIVES or text[mention.start - 2 : mention.start] != ", ":
        return False
    if content.end >= sent.end or text[content.end] != ",":
        return False
    reach = min(sent.end, content.end + SET_OFF_CUE_REACH)
    return next(doc.iter_cue_words(content.end, reach), None) is not None


def _handover(doc: Document, content: Span) -> int | None:
    """Where reported speech hands over to a second speaker and cue
    ("…, but Russia insisted it was…"): the offset of the conjunction."""
    L = current()
    text = doc.text
    for start, _end, word in doc.cue_words(content.start, content.end):
        if word not in L.SPEECH_FORMS and word not in L.OBJECT_SPEECH_FORMS or not word.islower():
            continue  # "…, but Russia insisted", "… and Democrats accused the party of …"
        if word.endswith("ing") and (be := PROGRESSIVE_BE.search(text, content.start, start)) is not None:
            start = be.start()  # "…, and Ann Lee | is | saying …": the subject before the progressive's verb
        second = mention_before(text, content.start, start)
        if second is None:
            continue
        if second.pronoun == "who" and (comma := text.rfind(",", content.start, second.start)) > content.start:
            return comma  # "Most think the pier is safe, unlike the dozen traders who argue …": the relative's own report
        if (relative := doc.grammar.set_off_relative(text, content.start, second.start)) is not None:
            return relative  # "…four dates, | which it had said were unacceptable": the relative clause's own report
        joint = HANDOVER.search(text, content.start, second.start)
        if joint is not None:
            return int(joint.start())
        if (
            text[second.start : second.start + 1].isupper()
            and second.pronoun is None
            and BARE_HANDOVER.search(text, content.start, second.start)
        ):
            # "Back when she wrote her memoir, | Mayor Ford said that …": a named subject and its cue after a comma
            return text.rfind(",", content.start, second.start)
    return None


INDIRECT_CUE_CLAUSE: Final = Rule(
    name="indirect_cue_clause",
    description="Kirby said there have been efforts…: speaker, speech cue, complement clause",
    family="reported",
    handler=reported_speech,
    patterns=(OBJECT, SETTING, HANDOFF_JOINT, HANDOFF_CONJUNCTION, HANDOFF_COMMA, HANDOFF_TAIL, HANDOVER, LAST_CONJUNCTION),
)
