"""Reported (indirect) speech in the stretches of a sentence outside
quotations: 'According to Kirby, CLAUSE', 'CLAUSE, Kirby said.', 'CLAUSE,
said Kirby.', 'Kirby said (that) CLAUSE'.  :func:`reported_speech` reads one
stretch; :func:`trailing_attribution` is also what
:data:`~quotex.rules.after.QUOTE_CLAUSE_CUE` asks of a clause after a quotation.
"""

from __future__ import annotations

from typing import Final

import regex

from quotex.lang import current
from quotex.rules.base import Rule, compile_rule
from quotex.rules.clauses import (
    OBJECT,
    PRONOUN_OBJECTS,
    SETTING_WORDS,
    in_opening_phrase,
    opens_own_clause,
    subject_of,
)
from quotex.rules.document import Attribution, Document, cue_span, word_count
from quotex.rules.words import after_determiner, aside, is_according, previous_char
from quotex.speakers import (
    mention_after,
    mention_before,
)
from quotex.text import DATELINE, Span

#: Closing double marks, after a comma set inside them ("“Daily News,”").
CLOSING_DOUBLE_MARKS: Final = frozenset('"\N{RIGHT DOUBLE QUOTATION MARK}\N{LEFT DOUBLE QUOTATION MARK}')

#: Particles after which a cue's object is what was said: "called for", "called on", "pointed to".
OBJECT_PARTICLES: Final = frozenset({"for", "on", "to"})


#: Words that cannot open reported content (besides the language's own ``CONTENT_BAD_START``).
CONTENT_BAD_START: Final = frozenset(
    """
    to in on of about for with at by from so nothing anything something goodbye hello yes no thanks
    sorry as and but or up during after before since despite into over through under against among
    between without within across toward towards around near like off
    """.split()
)

MIN_CONTENT_WORDS: Final = 3

#: Modals that make a promise hypothetical: "would agree to", "could pledge to".
HYPOTHETICAL: Final = frozenset({"would", "could", "might", "will", "may", "should"})

#: Words that open an introductory phrase or clause, not reported speech, when
#: it stands alone before an attribution: "In both cases, X said, …",
#: "During their first debate, Clinton said, “…”"; "Asked about it, X said, “…”"
#: (the question is the asker's, not X's); and the language's prepositions.
INTRODUCTORY_WORDS: Final = frozenset(
    """
    during after before since despite amid amidst throughout following among upon unlike like by through over
    into across against beyond until toward towards while although though as when whenever once because
    asked pressed
    """.split()
)


#: A setting between cue and clause: "said Tuesday", "said in a statement".
SETTING: Final = compile_rule(
    r"""
    ${sp}{1,3}
    (?: (?: on | in | at | during | last | this | earlier | late | early | after | before ) ${sp}{1,3} )?
    (?! ${clause_subject} ) [\p{L}\p{N}.'\-\N{LEFT SINGLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK}]{1,30}
    (?: ${sp}{1,3} (?! ${clause_subject} ) [\p{L}\p{N}.'\-\N{LEFT SINGLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK}]{1,30} ){0,4}?
    (?= ,? ${sp}{1,3} that \b )
    """
)


#: The end of a reported clause that hands over to a second cue: "… but
#: added", "… and said in a statement", or after a participle clause
#: "Durbin, noting the size of the crowd, | said" (the second cue introduces a quotation).
COORDINATED_CUE: Final = compile_rule(
    r"""
    (?: ,? ${sp}{1,3} (?: and | but ) | , ) ${sp}{1,3} (?: ${aux} ${sp}{1,3} ){0,2}
    (?P<cue> ${cue_slot} ) (?: ${sp}{1,3} ${adjunct_word} ){0,4} ${sp}{0,3} \Z
    """
)

#: A conjunction that hands reported speech over to a second speaker:
#: "…rebels, but | Russia insisted", "…; | the Kremlin said".
HANDOVER: Final = compile_rule(
    r"""
    (?: , ${sp}{0,3} | ${sp}{1,3} ) (?: but | and | while | whereas | although | though ) ${sp}{1,3} \Z
    | ; ${sp}{0,3} \Z
    """
)

#: A conjunction opening the clause after a mid-sentence attribution.
LEADING_CONJUNCTION: Final = compile_rule(r"(?: and | but | so ) ${sp}{1,3}")

#: The last coordination in a clause ("… to Moscow | and was"), searched
#: right to left.
LAST_CONJUNCTION: Final = compile_rule(r"(?: , ${sp}{0,3} | ${sp}{1,3} ) (?: and | but | or ) ${sp}{1,3}", regex.REVERSE)


def strip_content(text: str, start: int, end: int) -> Span:
    if start == 0 or text[start - 1] == "\n":
        dateline = DATELINE.match(text, start, end)
        if dateline is not None:
            start = dateline.end()  # "NEW YORK (AP) — Investors were wary, said …"
    while start < end and text[start] in " \t\u00a0,":
        start += 1
    while end > start and text[end - 1] in " \t\u00a0.,;:!?":
        end -= 1
    return Span(start, end)


def reported_speech(doc: Document, sent: Span, trailing_cues: frozenset[int]) -> list[tuple[Span, Attribution]]:
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
    L = current()
    text = doc.text
    out: list[tuple[Span, Attribution]] = []
    resume = sent.start  # after a hand-over to a second speaker, the cues before it are done
    for start, end, cue_word in doc.iter_cue_words(sent.start, sent.end):
        if start < resume:
            continue
        if (
            cue_word not in L.SPEECH_FORMS
            and cue_word not in L.PARTICLE_FORMS
            and cue_word not in L.OBJECT_SPEECH_FORMS
            and not is_according(cue_word)
            and cue_word not in L.ACCORDING_WORDS
        ):
            continue
        cue = cue_span(text, start, end)
        lemma = L.LEMMA_OF.get(cue_word.lower())
        if (lemma in L.NEEDS_PARTICLE or cue_word in L.CLAUSE_END_PARTICLES) and cue.end == end or lemma in L.QUOTE_ONLY_PARTICLES:
            continue
        if is_according(cue_word) or cue_word in L.ACCORDING_WORDS:
            found = rule_indirect_according_to(doc, sent, cue)
            if found:
                return found, None
            continue
        if not cue_word.islower() or after_determiner(text, sent.start, cue.start) or aside(text, start, end):
            continue
        if cue_word.endswith("ing") and in_opening_phrase(doc, sent.start, cue):
            continue  # "In a statement announcing the pick, …": the phrase reports nothing itself
        trailing = trailing_attribution(doc, sent, cue)
        if trailing is not None and doc.inside_quote(sent.start - 1):
            trailing = None  # '…the “firepower” they need, X said': the clause is a fragment
        if trailing is not None:
            clause_end, att = trailing
            content = strip_content(text, sent.start, clause_end)
            clause = text[content.start : content.end]
            lead = clause.split(" ", 1)[0].lower()
            opener = (lead in INTRODUCTORY_WORDS or lead in L.PREPOSITIONS) and "," not in clause  # "In both cases, X said, …"
            rest = _mid_sentence_rest(doc, sent, cue.end) if att.rule is INDIRECT_CLAUSE_CUE and not opener else None
            if (word_count(clause) >= MIN_CONTENT_WORDS or rest is not None) and not opener:
                out.append((content, att))
                if rest is not None:
                    out.append((rest, att))  # "The thing he needs, aides said, is for Kasich to quit."; "The plan, a source said, is…"
                return out, None
        # "Kirby said (that) CLAUSE"
        mention, pos = doc.grammar.clause_speaker(doc, sent, cue, end, cue_word, subject_of(doc, sent.start, cue, None))
        if mention is None:
            continue
        particle = text[end : cue.end].split()[-1:] if cue.end > end else []
        # "accused X of…", "called for X", "pointed to X"; not "weighed in as well"
        object_speech = cue_word in L.OBJECT_SPEECH_FORMS or bool(particle) and particle[0] in OBJECT_PARTICLES
        if cue_word.lower() in L.TAKES_OBJECT:
            om = OBJECT.match(text, pos, sent.end)
            if om:
                pos = om.end()
        sm = SETTING[L].match(text, pos, sent.end)
        if sm:
            pos = sm.end()
        elif (setting_end := doc.grammar.setting_end(doc, pos, sent.end, cue_word)) is not None:
            pos = setting_end
        content_end = sent.end
        if object_speech:
            if text[pos : pos + 1] == ",":
                continue  # "she urged them, as the crowd…": nothing asked of them follows
            comma = text.find(",", pos + 1, sent.end)
            if comma < 0 and doc.quote_opens_at(sent.end):
                continue  # 'described Trump as “…”': the quotation holds what was said
            content_end = comma if comma > 0 else sent.end
        content = strip_content(text, pos, content_end)
        tail = COORDINATED_CUE[L].search(text, content.start, content.end)
        while tail is not None and tail.group("cue") not in L.CUE_WORDS:
            tail = COORDINATED_CUE[L].search(text, tail.start() + 1, content.end)
        if tail is not None:
            content = strip_content(text, content.start, tail.start())  # "…winners but added, “…”"
        words = text[content.start : content.end].split()
        min_words = 2 if object_speech else MIN_CONTENT_WORDS
        if doc.quote_opens_at(sent.end) and content.end + 2 >= sent.end:
            # the words run into a partial quotation: "reported the plan has been sent to Moscow
            # and was “personally approved…”" keeps its complete clause, the rest is the quotation's
            joint = LAST_CONJUNCTION.search(text, content.start, content.end)
            if joint is not None:
                content = strip_content(text, content.start, joint.start())
                words = text[content.start : content.end].split()
            elif len(words) < 5:
                continue
        first = words[0].lower().strip(",;:") if words else ""
        if start in trailing_cues and first != "that":
            continue  # '“…,” Rubio said Dec. 6 on CNN': what he said is the quotation
        infinitive = first == "to" and L.LEMMA_OF.get(cue_word.lower()) in L.INFINITIVE_SPEECH  # "pledged to create jobs"
        if infinitive and any(w in HYPOTHETICAL for w in text[mention.end : start].lower().split()):
            continue  # "Russia would stop attacks and agree to put pressure on Assad": a plan's terms, no promise made
        bad_start = first in CONTENT_BAD_START or first in L.CONTENT_BAD_START
        if len(words) < min_words or (bad_start and not object_speech and not infinitive):
            continue
        if first == "not" and [w.lower().strip(",.;") for w in words[1:4]] in (["to", "be", "named"], ["to", "be", "identified"]):
            continue  # "who asked not to be named": the source's own anonymity, nothing reported
        if first.endswith("ly") and (words[1].lower() in CONTENT_BAD_START or words[1].lower() in L.CONTENT_BAD_START):
            continue  # "said pleasantly into the phone": manner and setting, nothing reported
        if text[pos : pos + 1] not in " \t\u00a0," or (cue_word.endswith("ing") and text[pos : pos + 1] == ","):
            continue
        if text[pos : pos + 1] == "," and first.endswith("ing"):
            continue  # "she wrote, arguing that …": the participle reports, not the verb before it
        handover = _handover(doc, content)
        if handover is not None:
            # "officials said A, but Russia insisted B": A is theirs, B is Russia's
            shorter = strip_content(text, content.start, handover)
            if word_count(text[shorter.start : shorter.end]) >= MIN_CONTENT_WORDS:
                out.append((shorter, Attribution(mention, cue, INDIRECT_CUE_CLAUSE)))
                resume = handover
                continue
        out.append((content, Attribution(mention, cue, INDIRECT_CUE_CLAUSE)))
        if object_speech and content_end < sent.end:
            return out, content_end + 1  # "Carson criticized the news media, though he added that …": read on after the comma
        return out, None
    return out, None


def trailing_attribution(doc: Document, sent: Span, cue: Span) -> tuple[int, Attribution] | None:
    """'CLAUSE, Kirby said.' / 'CLAUSE, said Kirby.': the clause's end and its attribution."""
    L = current()
    text = doc.text
    tail = text[cue.end : sent.end].strip(" .\u00a0")
    if doc.inside_quote(cue.start) or tail[:1] == ":":
        return None  # "In a statement, the senator said:" introduces what follows
    takes_object = text[cue.start : cue.end].lower() in L.TAKES_OBJECT
    if takes_object and (om := OBJECT.match(text, cue.end, sent.end)) is not None:
        tail = text[om.end() : sent.end].strip(" .\u00a0")  # "…, Smith told reporters on Monday.": the object is the attribution's
    if tail[:1] == ",":
        # "Ryan and Trump will meet, Spicer said, adding…" / "Take action now, they said, and…":
        # the attribution sits mid-sentence; the clause before it is the content
        tail = ""
    inverted = text[previous_char(text, sent.start, cue.start) or cue.start] == ","
    if len(tail) >= (200 if inverted else 40):
        return None
    words = tail.split()
    first = (words or [""])[0]  # the tail may be a tab or a newline only
    subject_after = inverted and (first in L.DETERMINERS or doc.grammar.pronoun_after_cue(L, first.rstrip(".,")))  # "…, said he."
    if first.islower() and first not in SETTING_WORDS and not subject_after and not (inverted and _role_and_name(text, cue.end, sent.end)):
        return None  # "Despite the sheen, officials said they welcome it": a clause follows the cue
    if not inverted and len(words) > 1 and opens_own_clause(first, takes_object):
        return None  # "Later, at the club, Trump said Bush is “…”": a clause with a subject of its own follows
    if first == "to" and len(words) > 1 and words[1].islower() and words[1] not in L.DETERMINERS and words[1] not in PRONOUN_OBJECTS:
        return None  # "…, Lopez pledged to oppose the bill": an infinitive, not "said to reporters"
    mention = mention_before(text, sent.start, cue.start)
    rule = INDIRECT_CLAUSE_CUE
    if mention is not None:
        comma = previous_char(text, sent.start, mention.start)
    else:
        comma = previous_char(text, sent.start, cue.start)
        verb = text[cue.start : cue.end].split()[0]
        if verb in L.CLAUSE_END_PARTICLES and cue.end > cue.start + len(verb):
            # a verb whose particle ends the clause: the subject sits between them
            particle = text.rfind(" ", cue.start, cue.end)
            mention = mention_after(text, cue.start + len(verb), particle)
        else:
            word = verb.lower()
            if word.endswith("ing") or word not in L.SPEECH_FORMS or cue.end > cue.start + len(verb):
                return None
            mention = mention_after(text, cue.end, sent.end)
            if mention is not None and _clause_goes_on(text, mention.end, sent.end):
                return None  # "Stone, 29, of Huntsville, says her biggest concern is …": a subject, not a speaker
        rule = INDIRECT_CLAUSE_CUE_SPEAKER
    if mention is None or comma is None or text[comma] != "," or comma <= sent.start:
        return None
    if mention.pronoun == "who":
        return None  # "…the AP report, which notes": a relative clause, not an attribution of the clause before it
    return comma, Attribution(mention, cue, rule)


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
    word = rest.split(None, 1)[0].lower()
    return word not in SETTING_WORDS and word not in ("who", "which", "whose", "and")


def _mid_sentence_rest(doc: Document, sent: Span, after: int) -> Span | None:
    """The clause after a mid-sentence attribution ("…, aides said, | is for X to quit")."""
    text = doc.text
    i = after
    while i < sent.end and text[i] in " \t\u00a0":
        i += 1
    if text[i : i + 1] != ",":
        return None
    rest = strip_content(text, i + 1, sent.end)
    conjunction = LEADING_CONJUNCTION.match(text, rest.start, rest.end)
    if conjunction is not None:
        rest = Span(conjunction.end(), rest.end)  # "…, they said, and | you risk…"
    words = text[rest.start : rest.end].split()
    if len(words) < MIN_CONTENT_WORDS or words[0].lower().endswith("ing") or doc.quote_opens_at(rest.start):
        return None  # "…, Spicer said, adding, “…”": the participle starts a new attribution
    return rest


def _handover(doc: Document, content: Span) -> int | None:
    """Where reported speech hands over to a second speaker and cue
    ("…, but Russia insisted it was…"): the offset of the conjunction."""
    L = current()
    text = doc.text
    for start, _end, word in doc.cue_words(content.start, content.end):
        if word not in L.SPEECH_FORMS or not word.islower():
            continue
        second = mention_before(text, content.start, start)
        if second is None:
            continue
        joint = HANDOVER.search(text, content.start, second.start)
        if joint is not None:
            return int(joint.start())
    return None


#: Words that open an apposition or relative clause on a source rather than a clause:
#: "…, according to a lawsuit filed by Yulia Tymoshenko, a former prime minister."
APPOSITION_OPENERS: Final = frozenset({"a", "an", "who", "which", "whose"})


def rule_indirect_according_to(doc: Document, sent: Span, cue: Span) -> list[tuple[Span, Attribution]]:
    """ "According to X, CLAUSE." / "CLAUSE, according to X." / "CLAUSE, according
    to X, CLAUSE." (both sides, as two quotes), and the language's forms that
    follow the source or need no comma (its ``POSTPOSITIONS`` and ``COMMALESS``)."""
    L = current()
    text = doc.text
    word = " ".join(text[cue.start : cue.end].lower().split())
    comma = text.find(",", cue.end, sent.end)
    while comma > 0 and doc.inside_quote(comma):
        if text[comma + 1 : comma + 2] in CLOSING_DOUBLE_MARKS:
            comma += 1  # 'a report in the “Daily News,” the mayor…': the comma sits inside the closing mark
            break
        comma = text.find(",", comma + 1, sent.end)
    if word in L.POSTPOSITIONS:
        # a postposition: the source comes first, the clause after it
        mention = mention_before(text, sent.start, cue.start)
        if mention is None or text[sent.start : mention.start].strip():
            return []
        after = strip_content(text, cue.end, sent.end)
        if word_count(text[after.start : after.end]) < MIN_CONTENT_WORDS:
            return []
        return [(after, Attribution(mention, cue, INDIRECT_ACCORDING_TO))]
    mention = mention_after(text, cue.end, comma if comma > 0 else sent.end)
    if mention is None:
        return []
    if word in L.COMMALESS and (comma < 0 or text[mention.end : comma].strip()):
        after_start = mention.end  # no comma between the source and the clause
    else:
        after_start = comma + 1 if comma > 0 else sent.end
    attribution = Attribution(mention, cue, INDIRECT_ACCORDING_TO)
    sides = []
    before = strip_content(text, sent.start, cue.start)
    words = text[before.start : before.end].split()
    opener = not text[sent.start : cue.start].rstrip().endswith(",")  # "But according to…"
    if len(words) >= MIN_CONTENT_WORDS and not opener:
        sides.append(before)
    after = strip_content(text, after_start, sent.end)
    words = text[after.start : after.end].split()
    apposition = bool(sides) and bool(words) and words[0].lower() in APPOSITION_OPENERS  # "…, according to X, a former minister."
    if (
        len(words) >= MIN_CONTENT_WORDS
        and words[0].lower() not in CONTENT_BAD_START
        and words[0].lower() not in L.CONTENT_BAD_START
        and not apposition
    ):
        sides.append(after)
    return [(side, attribution) for side in sides]


INDIRECT_ACCORDING_TO: Final = Rule(
    name="indirect_according_to",
    description="According to Kirby, the plan… / The plan…, according to Kirby.",
    family="reported",
    handler=rule_indirect_according_to,
)

INDIRECT_CLAUSE_CUE: Final = Rule(
    name="indirect_clause_cue",
    description="The plan is off, Kirby said.: clause, then speaker and cue",
    family="reported",
    handler=trailing_attribution,
)

INDIRECT_CLAUSE_CUE_SPEAKER: Final = Rule(
    name="indirect_clause_cue_speaker",
    description="The plan is off, said Kirby.: clause, then inverted cue and speaker",
    family="reported",
    handler=trailing_attribution,
)

INDIRECT_CUE_CLAUSE: Final = Rule(
    name="indirect_cue_clause",
    description="Kirby said there have been efforts…: speaker, speech cue, complement clause",
    family="reported",
    handler=reported_speech,
    patterns=(OBJECT, SETTING, COORDINATED_CUE, HANDOVER, LAST_CONJUNCTION),
)
