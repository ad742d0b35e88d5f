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
from quotex.rules.boundaries import (
    FINITE_AUXILIARIES,
    OPENING_PREPOSITIONS,
    QUANTITY_WORDS,
    SETTING_PHRASE_WORDS,
    as_clause_end,
    auxiliary_run,
    clause_after_comma,
    clause_end,
    comma_setting,
    coordinated_cue,
    directive,
    free_relative,
    goes_on,
    introductory,
    is_clause,
    only_setting,
    reports_nothing,
    time_setting,
    verb_before_that,
)
from quotex.rules.clauses import (
    OBJECT,
    PRONOUN_OBJECTS,
    SETTING_WORDS,
    clause_subject,
    in_opening_phrase,
    opens_own_clause,
    reports_accounts,
    set_off_subject,
    subject_of,
)
from quotex.rules.document import Attribution, Document, cue_span, word_count, words_of
from quotex.rules.headlines import headline_speech
from quotex.rules.words import (
    after_determiner,
    aside,
    count_opens,
    is_according,
    labels_object,
    participle_adjective,
    previous_char,
    short_answer,
)
from quotex.speakers import Mention, classify, mention_after, mention_before, tokenize
from quotex.speakers.subjects import named_source
from quotex.text import DATELINE, Span

#: What joins a cue to a quotation before it in the same sentence: "“…,” | but | said"
#: (then up to two auxiliaries, :func:`~quotex.rules.boundaries.auxiliary_run`).
AFTER_QUOTATION: Final = compile_rule(r"[\s,.]{0,4} (?: and | but ) ${sp}{1,3}")
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


#: A setting between cue and clause: "said Tuesday", "said in a statement".
SETTING: Final = compile_rule(
    r"""
    ${sp}{1,3}
    (?: (?: on | in | at | during | last | this | earlier | late | early | after | before ) ${sp}{1,3} )?
    (?! ${clause_subject} ) [\p{L}\p{N}.'\-\N{LEFT SINGLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK}]{1,30}
    (?: ${sp}{1,3} (?! ${clause_subject} ) [\p{L}\p{N}.'\-\N{LEFT SINGLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK}]{1,30} ){0,4}?
    (?= ,? ${sp}{1,3} that \b )
    # a longer setting that opens with a preposition: "said in a phone call with the local radio station on Friday | that"
    | ${sp}{1,3} (?: on | in | at | during | after | before ) ${sp}{1,3}
    (?: (?! ${clause_subject} ) [\p{L}\p{N}.'\-\N{RIGHT SINGLE QUOTATION MARK}]{1,30} ${sp}{1,3} ){0,10}?
    (?! ${clause_subject} ) [\p{L}\p{N}.'\-\N{RIGHT SINGLE QUOTATION MARK}]{1,30} (?= ${sp}{1,3} that \b )
    # an addressee, then a clause that opens with a pronoun: "confessed to detectives | he had …"
    | ${sp}{1,3} to ${sp}{1,3} (?: (?: the | a | an | his | her | its | their ) ${sp}{1,3} )?
    (?! ${clause_subject} ) [\p{L}\-]{1,30} (?: ${sp}{1,3} (?! ${clause_subject} ) [\p{L}\-]{1,30} )?
    (?= ${sp}{1,3} ${clause_subject} ${sp}{1,3} \p{Ll} )
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


def may_hold_setting(text: str, pos: int, end: int) -> bool:
    """Can :data:`SETTING` match at ``pos``? Its readings end before "that" or
    open with "to" (an addressee): three sentences in four have neither after
    the cue, and the pattern is not tried there."""
    return text.find("that", pos, end) >= 0 or text[pos : pos + 8].split(None, 1)[:1] == ["to"]


#: A conjunction that hands reported speech over to a second speaker:
#: "…rebels, but | Russia insisted", "…; | the Kremlin said".
HANDOVER: Final = compile_rule(
    r"""
    (?: , ${sp}{0,3} | ${sp}{1,3} ) (?: but | and | while | whereas | although | though ) ${sp}{1,3} \Z
    | ; ${sp}{0,3} \Z
    """
)

#: A comma right before a second attribution's subject: "…her memoir, | Mayor Ford said that".
BARE_HANDOVER: Final = compile_rule(r", ${sp}{1,3} \Z")

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
    headline = headline_speech(doc, sent) if current().code == "en" else None
    if headline is not None:
        # "Bush Says We Should Pay Attention To History": a Title Case headline, then the rest on its own
        content, mention, cue = headline
        out.append((content, Attribution(mention, cue, INDIRECT_CUE_CLAUSE)))
        sent = Span(content.end, sent.end)
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
    final: tuple[int, int] | None = None  # where a trailing attribution's clause ends, and its cue
    shared: tuple[int, Mention] | None = None  # a coordinated cue's offset and the subject it shares
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
        label = L.code == "en" and labels_object(text, lemma, end, sent.end)  # "called the plan a fraud"
        if (
            (lemma in L.NEEDS_PARTICLE or cue_word in L.CLAUSE_END_PARTICLES and cue_word not in L.SPEECH_FORMS)
            and cue.end == end
            and not label
            or lemma in L.QUOTE_ONLY_PARTICLES
        ):
            continue
        if is_according(cue_word) or cue_word in L.ACCORDING_WORDS:
            found = rule_indirect_according_to(doc, sent, cue)
            if found:
                return found, None
            continue
        if not cue_word.islower() or after_determiner(text, sent.start, cue.start) or aside(text, start, end):
            continue
        if participle_adjective(text, sent.start, start, end):
            continue  # "won 20 pledged delegates": an adjective
        if cue_word.endswith("ing") and in_opening_phrase(doc, sent.start, cue):
            continue  # "In a letter backing the plan, …": the phrase reports nothing itself
        if reports_nothing(text, sent.start, cue.start):
            continue  # "It goes without saying", "Having said that, …", "what the mayor says her plan would do"
        trailing = trailing_attribution(doc, sent, cue)
        if trailing is not None and doc.inside_quote(sent.start - 1):
            trailing = None  # '…the “firepower” they need, X said': the clause is a fragment
        if trailing is not None:
            clause_stop, att = trailing
            content = strip_content(text, sent.start, clause_stop)
            clause = text[content.start : content.end]
            after = cue.end if att.rule is INDIRECT_CLAUSE_CUE else att.mention.end
            rest = _mid_sentence_rest(doc, sent, after)
            # "In both cases, X said, …" opens with a phrase; "Fixing the roof, she promised, was …" with its subject
            opener = introductory(clause) and not (rest is not None and _opens_with_verb(text, rest))
            if opener:
                rest = None
            elif rest is not None and att.rule is INDIRECT_CLAUSE_CUE_SPEAKER and not is_clause(text, rest.start, rest.end):
                rest = None  # "…, said Ivo Brandt, a lecturer in geography": an apposition, not a clause
            if (word_count(clause) >= MIN_CONTENT_WORDS or rest is not None) and not opener:
                if rest is not None and goes_on(text, after, rest.start) and _continues(doc, rest):
                    # "The city's water, he said, is safe to drink.": one clause around its attribution
                    out.append((Span(content.start, rest.end), att))
                    return out, None
                out.append((content, att))
                if rest is not None:
                    out.append((rest, att))  # "Move now, they warned, and you lose…": a second clause
                return out, None
            tail = text[cue.end : cue.end + 40].split(None, 1)
            if not opener and att.rule is INDIRECT_CLAUSE_CUE and (not tail or tail[0] in SETTING_WORDS):
                continue  # "Those drivers, Moll explained earlier, were “…”": an attribution inside its clause
        if final is None:
            final = _final_attribution(doc, sent)
        if final[1] > start and final[0] > cue.end:
            continue  # "Players rarely admit they are tired, the coach noted.": the clause is the coach's
        # "Kirby said (that) CLAUSE"; a cue coordinated with the one before shares its subject
        subject = shared[1] if shared is not None and shared[0] == start else subject_of(doc, sent.start, cue, None)
        if subject is None and L.code == "en":
            subject = set_off_subject(doc, cue.start)  # "Yin Ma, 60, a nurse, said …"
        mention, pos = doc.grammar.clause_speaker(doc, sent, cue, end, cue_word, subject)
        english = L.code == "en"
        joint = AFTER_QUOTATION.match(text, sent.start, cue.start) if mention is None and english else None
        if joint is not None and cue.start in auxiliary_run(L, text, joint.end(), cue.start):
            # "The auditor called it “plainly sloppy,” but said he would take no action": the subject
            # of the sentence, before the quotation, says it
            whole = doc.sentence_at(sent.start)
            mention = clause_subject(doc, whole.start, cue.start) if whole.start < sent.start else None
        if mention is None or free_relative(text, sent.start, mention.start):
            continue  # "between what the mayor says her plan would do and…": the object is the relative's
        particle = text[end : cue.end].split()[-1:] if cue.end > end else []
        # "accused X of…", "called for X", "pointed to X"; not "weighed in as well"
        object_speech = cue_word in L.OBJECT_SPEECH_FORMS or bool(particle) and particle[0] in OBJECT_PARTICLES or label
        if cue_word.lower() in L.TAKES_OBJECT:
            om = OBJECT.match(text, pos, sent.end)
            if om:
                pos = om.end()
        sm = SETTING[L].match(text, pos, sent.end) if may_hold_setting(text, pos, sent.end) else None
        if sm:
            pos = sm.end()
        elif english and (close := as_clause_end(text, sent.start, cue.start, pos, sent.end)) is not None:
            pos = close  # "As the Post reported just today, | the plan…": the clause after the attribution is reported
        elif english:
            # "say, by a wide margin, that …", "announced on Tuesday it was …"
            skip = comma_setting(text, pos, sent.end)
            if skip is None and not object_speech:
                promise = L.LEMMA_OF.get(cue_word.lower()) in L.INFINITIVE_SPEECH
                skip = time_setting(text, pos, sent.end, SETTING_PHRASE_WORDS, promise)
            pos = pos if skip is None else skip
        elif (setting_end := doc.grammar.setting_end(doc, pos, sent.end, cue_word)) is not None:
            pos = setting_end
        content_end = sent.end
        if object_speech:
            if text[pos : pos + 1] == "," or text[pos : pos + 7].split()[:1] == ["about"]:
                continue  # "she urged them, as the crowd…": nothing asked of them follows; "asked about X": a topic
            comma = text.find(",", pos + 1, sent.end)
            if comma < 0 and doc.quote_opens_at(sent.end):
                continue  # 'described Trump as “…”': the quotation holds what was said
            content_end = comma if comma > 0 else sent.end
        read_on = None
        if english and _extracted(text, sent.start, mention.start) and (comma := text.find(",", pos, content_end)) > 0:
            content_end = comma  # "The rules, which officials said will apply from June, | cover…": the relative clause ends
        elif english and _relative_subject(text, mention) and (predicate := _predicate_comma(text, pos, content_end)) is not None:
            content_end = predicate  # "The mayor, who said the port would reopen, | left early": the main clause's predicate
            read_on = predicate + 1  # "…, | said the port is safe": the main clause may report too
        if english:
            stop = clause_end(doc, sent.start, cue.start, pos, content_end)
            if stop < content_end:
                read_on, content_end = stop + 1, stop  # "…was private, | but the logo…": read the rest on its own
        content = strip_content(text, pos, content_end)
        handoff = None  # the pattern ends in a cue word: a content with none holds no match
        if not L.CUE_WORDS.isdisjoint(words_of(text[content.start : content.end])):
            handoff = COORDINATED_CUE[L].search(text, content.start, content.end)
        while handoff is not None and handoff.group("cue") not in L.CUE_WORDS:
            handoff = COORDINATED_CUE[L].search(text, handoff.start() + 1, content.end)
        if handoff is not None:
            content = strip_content(text, content.start, handoff.start())  # "…winners but added, “…”"
        words = text[content.start : content.end].split()
        min_words = 2 if object_speech else MIN_CONTENT_WORDS
        if doc.quote_opens_at(sent.end) and content.end + 2 >= sent.end:
            # the words run into a partial quotation: "reported the plan has been sent to Moscow
            # and was “personally approved…”" keeps its complete clause, the rest is the quotation's
            joint = LAST_CONJUNCTION.search(text, content.start, max(content.end, sent.end))
            if joint is not None:
                content = strip_content(text, content.start, joint.start())
                words = text[content.start : content.end].split()
            elif len(words) < 5:
                continue
        first = words[0].lower().strip(",;:") if words else ""
        if start in trailing_cues and first != "that":
            continue  # '“…,” Halden said March 3 on local radio': what he said is the quotation
        infinitive = first == "to" and L.LEMMA_OF.get(cue_word.lower()) in L.INFINITIVE_SPEECH  # "pledged to create jobs"
        # "said with the harvest nearly in, this was the time …": an opening phrase, then the clause
        english_opener = english and cue.end == end and first in OPENING_PREPOSITIONS and clause_after_comma(doc, content)
        if infinitive and any(w in HYPOTHETICAL for w in text[mention.end : start].lower().split()):
            continue  # "Russia would stop attacks and agree to put pressure on Assad": a plan's terms, no promise made
        # "said no final choice was made yet", "said about 30 families have signed up": a quantifier, then the clause
        counted = english and (first == "no" or len(words) > 1 and count_opens(words[1:3])) and is_clause(text, content.start, content.end)
        # outside English, after a comma a prepositional phrase may open a verb-second clause ("said in the
        # evening, in the old town are …", word for word)
        fronted = not english and text[pos : pos + 1] == "," and first in L.PREPOSITIONS
        opened = english_opener or counted or fronted
        bad_start = first in CONTENT_BAD_START or first in L.CONTENT_BAD_START
        answer = short_answer(text, content.start, content.end) if english and cue.end == end and not counted else None
        if answer is not None:
            out.append((answer, Attribution(mention, cue, INDIRECT_CUE_CLAUSE)))  # "Half said so in May."
            return out, read_on
        if len(words) < min_words or (bad_start and not object_speech and not infinitive and not opened):
            continue
        if first == "not" and [w.lower().strip(",.;") for w in words[1:4]] in (["to", "be", "named"], ["to", "be", "identified"]):
            continue  # "who asked not to be named": the source's own anonymity, nothing reported
        if first.endswith("ly") and (words[1].lower() in CONTENT_BAD_START or words[1].lower() in L.CONTENT_BAD_START):
            continue  # "said calmly into the microphone": manner and setting, nothing reported
        if text[pos : pos + 1] not in " \t\u00a0," or (cue_word.endswith("ing") and text[pos : pos + 1] == ","):
            continue
        if text[pos : pos + 1] == "," and first.endswith("ing"):
            continue  # "she wrote, arguing that …": the participle reports, not the verb before it
        if english and first in FINITE_AUXILIARIES and not object_speech and not _extracted(text, sent.start, mention.start):
            # "A merger agreed Monday would turn…", "Pell, who advises Ruiz, is no admirer": a participle or a
            # relative clause's verb, not a report; but "which officials said will take effect" reports
            continue
        if english and reports_accounts(text, content):
            continue  # "reported a strong turnaround in its results", "did not recommend a dividend": figures, not words
        if english and not object_speech and not infinitive and not is_clause(text, content.start, content.end):
            if only_setting(text, content.start, content.end, SETTING_PHRASE_WORDS) or first in QUANTITY_WORDS:
                continue  # "said on Friday in Tampere": where and when, nothing reported; "said little"
            noun_object = L.LEMMA_OF.get(cue_word.lower()) in L.NOUN_OBJECT_SPEECH
            if not noun_object and not (cue_word.lower() in L.TAKES_OBJECT and directive(text, content.start, content.end)):
                continue  # "The state added 9,000 jobs in May": a noun object, nothing reported; "told them to go" is speech
        second = coordinated_cue(doc, content.start, content.end) if english else None
        if second is not None and word_count(text[content.start : second.start]) >= MIN_CONTENT_WORDS:
            # "…too early to plan a campaign but noted that he won…": the second cue reports its own clause
            out.append((strip_content(text, content.start, second.start), Attribution(mention, cue, INDIRECT_CUE_CLAUSE)))
            resume, shared = second.start, (second.cue, mention)
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
        if object_speech and content_end < sent.end:
            return out, content_end + 1  # "Abernethy faulted the council, though she added that …": read on after the comma
        return out, read_on
    return out, None


#: How long a setting may run after the cue of an attribution that ends its
#: sentence ("…, the operator said in a statement to the exchange before trading began.").
TRAILING_SETTING_CHARS: Final = 60


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
    if tail[:1] == "," or _setting_then_subordinate(text, cue.end, sent.end):
        # "Varga and Moll will meet, Pell said, adding…" / "Move now, they warned, and…" / "…, aides
        # said Friday, as crews…": the attribution sits mid-sentence; the clause before it is the content
        tail = ""
    inverted = text[previous_char(text, sent.start, cue.start) or cue.start] == ","
    if len(tail) >= (200 if inverted else TRAILING_SETTING_CHARS):
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
                return None  # "Rudd, 34, of Bend, says his main worry is …": a subject, not a speaker
        rule = INDIRECT_CLAUSE_CUE_SPEAKER
    if mention is None or comma is None or text[comma] != "," or comma <= sent.start:
        return None
    if mention.pronoun == "who":
        return None  # "…the AP report, which notes": a relative clause, not an attribution of the clause before it
    return comma, Attribution(mention, cue, rule)


#: Words that open a subordinate clause or phrase after an attribution's setting: "…, X said Friday, | as …".
SUBORDINATE_TAIL: Final = frozenset("as while when after before because though although since amid despite until".split())


def _setting_then_subordinate(text: str, pos: int, end: int) -> bool:
    """Does a short setting follow the cue, then a comma and a subordinate clause ("said Friday
    afternoon, as they…")? The attribution then ends the clause before it."""
    L = current()
    comma = text.find(",", pos, min(end, pos + 40))
    if comma < 0:
        return False
    setting = text[pos:comma].split()
    after = text[comma + 1 : end].split(None, 1)
    return (
        0 < len(setting) <= 4
        and all(w.lower() in L.TIME_WORDS or w.lower() in SETTING_WORDS or w.lower() in L.DETERMINERS or w[:1].isdigit() for w in setting)
        and bool(after)
        and after[0].lower() in SUBORDINATE_TAIL
    )


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


#: Words before a subject whose clause reports a verb phrase: "which officials said | will take effect".
EXTRACTING_WORDS: Final = frozenset("which that what who whom".split())


def _extracted(text: str, lo: int, subject_start: int) -> bool:
    """Is the cue's subject preceded by a relative or "what", so that what is
    reported lacks its own subject ("which she said was a mistake")?"""
    before = text[max(lo, subject_start - 8) : subject_start].split()[-1:]
    return bool(before) and before[0].lower() in EXTRACTING_WORDS


def _relative_subject(text: str, mention: Mention) -> bool:
    """Is the cue's subject a relative set off by a comma (", who said", ", many of whom say")?"""
    relative = mention.pronoun == "who" or text[mention.end : mention.end + 10].lower().startswith((" of whom", " of which"))
    return relative and text[: mention.start].rstrip()[-1:] == ","


def _predicate_comma(text: str, pos: int, end: int) -> int | None:
    """The comma after which the main clause's predicate goes on ("…, | left the meeting"): a
    lowercase word that opens no clause or phrase of its own."""
    L = current()
    comma = text.find(",", pos, end)
    if comma < 0:
        return None
    nxt = text[comma + 1 : comma + 30].split()[:1]
    if not nxt or not nxt[0][:1].islower():
        return None
    word = nxt[0].lower()
    opens = word in SUBORDINATE_TAIL or word in L.CLAUSE_JOINERS or word in L.SUBJECT_PRONOUNS or word in L.DETERMINERS
    return None if opens or word in L.PREPOSITIONS or word in ("who", "which", "including", "not", "then") else comma


def _opens_with_verb(text: str, rest: Span) -> bool:
    """Does the clause after a mid-sentence attribution open with a finite verb ("…, she promised, | was among…")?"""
    first = text[rest.start : rest.start + 12].split(None, 1)
    return bool(first) and first[0].lower() in FINITE_AUXILIARIES


def _continues(doc: Document, rest: Span) -> bool:
    """Is the clause after a mid-sentence attribution the rest of the one before
    it ("The city's water, he said, | is safe to drink"), not a clause of its own
    with a subordinator or a cue ("…, he said, | because he said …")?"""
    text = doc.text
    first = text[rest.start : rest.start + 12].split(None, 1)
    if not first or first[0].lower() in SUBORDINATE_WORDS:
        return False
    return not any(word in doc.lang.SPEECH_FORMS for _, _, word in doc.cue_words(rest.start, rest.end))


#: The most words after the cue of an attribution that ends the sentence ("the coach noted | on Friday").
FINAL_TAIL_WORDS: Final = 4
#: Words that open a clause of its own after a mid-sentence attribution.
SUBORDINATE_WORDS: Final = frozenset("because although though while whereas when if unless since as after before".split())


def _final_attribution(doc: Document, sent: Span) -> tuple[int, int]:
    """Where the clause attributed at the end of the sentence ends, and the
    start of its cue ("Players rarely admit they are tired, | the coach
    noted."); (-1, -1) when the sentence ends in no attribution."""
    text = doc.text
    if doc.inside_quote(sent.start - 1):
        return -1, -1
    last = None
    for start, end, word in doc.iter_cue_words(sent.start, sent.end):
        if word in doc.lang.SPEECH_FORMS and word.islower() or is_according(word):
            last = (start, end)
    if last is None:
        return -1, -1
    tail = text[last[1] : sent.end]
    if "," in tail:
        return -1, -1  # "…, he said, from George Bush…": an attribution inside the sentence, not at its end
    if is_according(text[last[0] : last[1]]):
        comma = previous_char(text, sent.start, last[0])
        return (comma, last[0]) if comma is not None and text[comma] == "," else (-1, -1)  # "…, according to officials."
    if len(tail.split()) > FINAL_TAIL_WORDS or after_determiner(text, sent.start, last[0]):
        return -1, -1  # "…, she ought to have pressed for every one of them": a clause, not an attribution
    trailing = trailing_attribution(doc, sent, cue_span(text, *last))
    if trailing is None or trailing[1].mention.pronoun == "who":
        return -1, -1
    return trailing[0], last[0]


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
        rest = Span(conjunction.end(), rest.end)  # "…, they warned, and | you lose…"
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
        if word not in L.SPEECH_FORMS and word not in L.OBJECT_SPEECH_FORMS or not word.islower():
            continue  # "…, but Russia insisted", "… and Democrats accused the party of …"
        second = mention_before(text, content.start, start)
        if second is None:
            continue
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


#: Words that open an apposition or relative clause on a source rather than a clause:
#: "…, according to a complaint filed by Ines Kowal, a former city treasurer."
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
        mention = mention_before(text, sent.start, cue.start) or doc.grammar.source_phrase(doc, sent.start, cue.start)
        if mention is None:
            return []
        if text[sent.start : mention.start].strip():
            # the source inside the clause: the clause is the content, around it
            whole = strip_content(text, sent.start, sent.end)
            return [(whole, Attribution(mention, cue, INDIRECT_ACCORDING_TO))] if word_count(text[whole.start : whole.end]) > 4 else []
        after = strip_content(text, cue.end, sent.end)
        if word_count(text[after.start : after.end]) < MIN_CONTENT_WORDS:
            return []
        return [(after, Attribution(mention, cue, INDIRECT_ACCORDING_TO))]
    lead = text[sent.start : cue.start].rstrip()
    if " ".join(lead.lower().split()) in L.BACKWARD_FRAMES:
        return _backward(doc, sent, cue)
    if L.OWN_SOURCE_WORDS.intersection(word.split()):
        # "by its own account": the clause's subject is the source, the clause the content
        subject = mention_before(text, sent.start, cue.start) if lead and not lead.endswith(",") else None
        whole = strip_content(text, sent.start, sent.end)
        return [] if subject is None else [(whole, Attribution(subject, cue, INDIRECT_ACCORDING_TO))]
    mention = mention_after(text, cue.end, comma if comma > 0 else sent.end) or doc.grammar.source_phrase(
        doc, cue.end, comma if comma > 0 else sent.end
    )
    # a phrase that names its source itself ("nach Polizeiangaben", "nach ersten Schätzungen")
    named = len(word.split()) > 1 and word not in L.ACCORDING_TO_BARE
    if mention is not None and named and word.split(" ", 1)[0] in L.COMMALESS and not _names_source_after(text, cue.end):
        mention = None  # a phrase that names its source itself: not the clause's subject after it
    if mention is None and named and word.split(" ", 1)[0] in L.COMMALESS:
        # the source is the phrase's own adjective: "nach palästinensischen Angaben CLAUSE"
        mention = classify(text, tokenize(text, cue.start + len(word.split(" ", 1)[0]), cue.end))
        if mention is not None and not lead:
            whole = strip_content(text, cue.end, sent.end)
            enough = word_count(text[whole.start : whole.end]) >= MIN_CONTENT_WORDS
            return [(whole, Attribution(mention, cue, INDIRECT_ACCORDING_TO))] if enough else []
    if mention is None and L.code == "en":
        mention = named_source(text, cue.end, comma if comma > 0 else sent.end)
    if mention is None:
        return []
    if word in L.TRAILING_SOURCE_WORDS:
        # a word that names the source after the clause only: "CLAUSE, so X."
        before = strip_content(text, sent.start, cue.start)
        rest = text[mention.end : sent.end].strip(" .)\u00a0")
        if not lead.endswith(",") or rest or word_count(text[before.start : before.end]) < MIN_CONTENT_WORDS:
            return []
        return [(before, Attribution(mention, cue, INDIRECT_ACCORDING_TO))]
    commaless = word.split(" ", 1)[0] in L.COMMALESS
    if commaless and lead and not lead.endswith(",") and (comma < 0 or text[mention.end : comma].strip()):
        # the source inside the clause, with no commas around it: the clause around it is the content
        whole = strip_content(text, sent.start, sent.end)
        return [(whole, Attribution(mention, cue, INDIRECT_ACCORDING_TO))]
    no_comma = commaless and (comma < 0 or bool(text[mention.end : comma].strip()))  # no comma between the source and the clause
    after_start = mention.end if no_comma else (comma + 1 if comma > 0 else sent.end)
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
    bad_start = words and (words[0].lower() in CONTENT_BAD_START or words[0].lower() in L.CONTENT_BAD_START)
    if bad_start and L.code == "en" and len(words) > 2 and count_opens(words[1:3]):
        bad_start = False  # "According to the bank, about 12 percent of …": a quantity opens the clause
    if len(words) >= MIN_CONTENT_WORDS and not bad_start and not apposition:
        sides.append(after)
    return [(side, attribution) for side in sides]


def _backward(doc: Document, sent: Span, cue: Span) -> list[tuple[Span, Attribution]]:
    """ "That's according to X" after a sentence with no quotation and no cue
    of its own: that sentence is X's (the sentence before, across a paragraph
    break too)."""
    L = current()
    text = doc.text
    whole = doc.sentence_at(sent.start)
    if whole.start == 0:
        return []
    prev = doc.sentence_at(whole.start - 1)
    if doc.quote_opens_in(prev.start, prev.end) or doc.inside_quote(prev.start):
        return []
    if any(word in L.SPEECH_FORMS or is_according(word) for _, _, word in doc.cue_words(prev.start, prev.end)):
        return []  # the sentence before has a report of its own
    mention = mention_after(text, cue.end, sent.end)
    content = strip_content(text, prev.start, prev.end)
    if mention is None or word_count(text[content.start : content.end]) < MIN_CONTENT_WORDS:
        return []
    return [(content, Attribution(mention, cue, INDIRECT_ACCORDING_TO))]


def _names_source_after(text: str, pos: int) -> bool:
    """Does a genitive or "of" phrase right after an according-to phrase name
    its source ("by first accounts of the police", word for word)?"""
    L = current()
    first = text[pos : pos + 40].split(None, 1)[:1]
    return bool(first) and (first[0] in L.GENITIVE_ARTICLES or first[0] in L.NAME_PREPOSITIONS)


INDIRECT_ACCORDING_TO: Final = Rule(
    name="indirect_according_to",
    description="According to Kirby, the plan… / The plan…, according to Kirby. / The plan… That's according to Kirby.",
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
