"""Reported speech whose attribution comes after it: 'CLAUSE, Kirby said.',
'CLAUSE, said Kirby.', and the clause an attribution in mid-sentence leaves
('CLAUSE, Kirby said, CLAUSE').  :func:`trailing_attribution` is also what
:data:`~quotex.rules.after.QUOTE_CLAUSE_CUE` asks of a clause after a quotation.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from quotex.lang import current
from quotex.rules.base import Rule, compile_rule
from quotex.rules.boundaries import goes_on, introductory, subordinate_then_clause
from quotex.rules.clauses import (
    OBJECT,
    PRONOUN_OBJECTS,
    SETTING_WORDS,
    opens_own_clause,
)
from quotex.rules.content import MIN_CONTENT_WORDS, strip_content
from quotex.rules.document import Attribution, Document, cue_span, word_count
from quotex.rules.finite_verbs import is_clause
from quotex.rules.words import (
    after_determiner,
    is_according,
    previous_char,
    skip_space,
)
from quotex.speakers import Mention, mention_after, mention_before
from quotex.text import Span

#: How long a setting may run after the cue of an attribution that ends its
#: sentence ("…, the operator said in a statement to the exchange before trading began.").
TRAILING_SETTING_CHARS: Final = 60

#: A comma, then a modifier coordinated with the one that opens a mention: ", | state and | local officials".
COORDINATED_MODIFIER: Final = compile_rule(r", ${sp}{1,3} (?P<first> \p{Ll}{2,20} ${sp}{1,3} (?: and | or ) ${sp}{1,3} ) \Z")

#: A comma, then "as" before the subject of an attribution that ends its sentence: "…, as | Ruiz noted in May.".
AS_ATTRIBUTION: Final = compile_rule(r", ${sp}{1,3} as ${sp}{1,3} \Z")

#: Words of a time of day after a final cue: "…, the Gazette reported | late Thursday."
TIME_OF_DAY: Final = frozenset({"late", "early"})

#: A dash set off by spaces after an attribution's setting, before a comment on the sentence: "…, Ruiz said on
#: Monday | — a change from her old view".
SPACED_DASH: Final = compile_rule(r"${sp} (?: \N{EM DASH} | \N{EN DASH} | -- ) ${sp}")

#: A conjunction opening the clause after a mid-sentence attribution.
LEADING_CONJUNCTION: Final = compile_rule(r"(?: and | but | so ) ${sp}{1,3}")


def _relative_then_object(text: str, mention: Mention) -> bool:
    """Does a mention open with a relative pronoun (the language's
    ``SUBJECT_RELATIVES``) and go on with a determiner of its own: the
    relative clause's subject and its object, read as one phrase?"""
    words = text[mention.start : mention.end].lower().split()
    L = current()
    return len(words) > 2 and words[0] in L.SUBJECT_RELATIVES and words[1] in L.DETERMINERS


def trailing_attribution(doc: Document, sent: Span, cue: Span) -> tuple[int, Attribution] | None:
    """'CLAUSE, Kirby said.' / 'CLAUSE, said Kirby.': the clause's end and its attribution."""
    L = current()
    text = doc.text
    tail = text[cue.end : sent.end].strip(" .\u00a0")
    colon = tail[:1] == ":" and _colon_after_clause(doc, sent, cue)  # "…, insiders said: | the lead …"
    if doc.inside_quote(cue.start) or tail[:1] == ":" and not colon:
        return None  # "In a statement, the senator said:" introduces what follows
    takes_object = text[cue.start : cue.end].lower() in L.TAKES_OBJECT
    tail_start = cue.end
    if takes_object and (om := OBJECT.match(text, cue.end, sent.end)) is not None:
        tail_start = _object_end(text, om.start(), om.end())
        tail = text[tail_start : sent.end].strip(" .\u00a0")  # "…, Smith told reporters on Monday."
    quoted_after = _setting_then_quotation(doc, tail_start, sent.end)
    if quoted_after is not None:
        tail = text[tail_start:quoted_after].strip(" .\u00a0")  # "…, Ruiz said at a town hall on Monday, | “…”"
    if ("\N{EM DASH}" in tail or "\N{EN DASH}" in tail or "--" in tail) and (dash := SPACED_DASH.search(tail)) is not None:
        tail = tail[: dash.start()]  # "…, Ruiz said on Monday | — a change from her old view.": a comment on it
    if tail[:1] in (",", ";") or colon or _setting_then_subordinate(text, cue.end, sent.end):
        # "Varga and Moll will meet, Pell said, adding…" / "Move now, they warned, and…" / "…, aides
        # said Friday, as crews…": the attribution sits mid-sentence; the clause before it is the content
        tail = ""
    inverted = text[previous_char(text, sent.start, cue.start) or cue.start] == ","
    if len(tail) >= (200 if inverted else TRAILING_SETTING_CHARS):
        return None
    words = tail.split()
    first = (words or [""])[0]  # the tail may be a tab or a newline only
    subject_after = inverted and (first in L.DETERMINERS or doc.grammar.pronoun_after_cue(L, first.rstrip(".,")))  # "…, said he."
    if (
        first.islower()
        and first not in SETTING_WORDS
        and first not in TIME_OF_DAY
        and not subject_after
        and not (inverted and _role_and_name(text, cue.end, sent.end))
    ):
        return None  # "Despite the sheen, officials said they welcome it": a clause follows the cue
    if not inverted and len(words) > 1 and opens_own_clause(first, takes_object):
        return None  # "Later, at the club, Trump said Bush is “…”": a clause with a subject of its own follows
    if first == "to" and len(words) > 1 and words[1].islower() and words[1] not in L.DETERMINERS and words[1] not in PRONOUN_OBJECTS:
        return None  # "…, Lopez pledged to oppose the bill": an infinitive, not "said to reporters"
    mention = mention_before(text, sent.start, cue.start)
    if mention is not None and _relative_then_object(text, mention):
        return None  # a relative pronoun, then the clause's object: the pronoun is the subject
    rule = INDIRECT_CLAUSE_CUE
    if mention is not None and inverted and len(words) > 1 and (opens_own_clause(first, takes_object) or is_clause(tail, 0, len(tail))):
        if not is_clause(text, sent.start, cue.start) or not _speaker_then_relative(doc, sent, cue):
            # "Sen. Ada Brill, D-Ore., a candidate, said Moll is …": the comma before the cue closes an
            # apposition of its subject, and the clause after the cue is what was said (its subject may have
            # a relative clause: "Lee, a candidate, said the aide who hired him should quit")
            return None
        mention = None  # "…, said a few ferry pilots | who run the night boats …": the speaker follows the cue, a relative clause on it
    if mention is not None:
        comma = previous_char(text, sent.start, mention.start)
        joined = COORDINATED_MODIFIER.search(text, sent.start, mention.start) if comma is not None and text[comma] != "," else None
        if joined is not None:
            # "…, current and | former officials said": the mention reader kept the last conjunct only
            whole = text[joined.start("first") : mention.end]
            name = whole if mention.name == mention.text else mention.name  # a group is named as written
            mention = replace(mention, text=whole, start=joined.start("first"), name=name)
            comma = joined.start()
        elif (
            comma is not None
            and "," not in text[cue.end : sent.end]
            and (joined_as := AS_ATTRIBUTION.search(text, sent.start, mention.start)) is not None
        ):
            # "…, as | the Gazette reported on Tuesday.": a comment clause of attribution ends the sentence (not
            # "Hawaii, as one adviser noted, rarely …", an aside inside its clause)
            comma = joined_as.start()
    else:
        comma = previous_char(text, sent.start, cue.start)
        verb = text[cue.start : cue.end].split()[0]
        if verb in L.CLAUSE_END_PARTICLES and cue.end > cue.start + len(verb):
            # a verb whose particle ends the clause: the subject sits between them
            particle = text.rfind(" ", cue.start, cue.end)
            mention = mention_after(text, cue.start + len(verb), particle)
            if mention is None:  # "…, announced later the spokesman" (verb second, word for word): the grammar reads past a setting word
                mention = doc.grammar.speaker_after_inverted_cue(doc, cue.start, cue.start + len(verb), None, particle)
        else:
            word = verb.lower()
            if word.endswith("ing") or word not in L.SPEECH_FORMS or cue.end > cue.start + len(verb):
                return None
            mention = doc.grammar.speaker_after_inverted_cue(doc, cue.start, cue.end, mention_after(text, cue.end, sent.end), sent.end)
            before = text[cue.end : mention.start].split()[-1:] if mention is not None else []
            if before and before[0].lower() in L.PREPOSITIONS:
                return None  # "…, the firm, Kessel Holdings, said | in | a statement.": where it was said, no speaker
            if mention is not None and _clause_goes_on(text, mention.end, sent.end):
                return None  # "Rudd, 34, of Bend, says his main worry is …": a subject, not a speaker
        rule = INDIRECT_CLAUSE_CUE_SPEAKER
    if mention is None or comma is None or text[comma] != "," or comma <= sent.start:
        return None
    if mention.pronoun == "who":
        return None  # "…the AP report, which notes": a relative clause, not an attribution of the clause before it
    return comma, Attribution(mention, cue, rule)


def _object_end(text: str, start: int, end: int) -> int:
    """The end of a cue's object read by :data:`~quotex.rules.clauses.OBJECT`,
    before a setting word it took in as its last ("told the court | in his
    filing": the setting follows the object)."""
    last = text.rfind(" ", start, end)
    if last > start and text[last + 1 : end].lower() in SETTING_WORDS and text[start:last].strip():
        return last
    return end


def _colon_after_clause(doc: Document, sent: Span, cue: Span) -> bool:
    """Does a colon right after a mid-sentence attribution go on with what
    its clause announced ("A few things make a comeback unlikely, insiders
    said: | the lead in the polls, …")?  Not after an opening phrase ("In a
    statement, the senator said:") nor before a quotation."""
    text = doc.text
    colon = text.find(":", cue.end, sent.end)
    comma = text.rfind(",", sent.start, cue.start)
    if colon < 0 or comma <= sent.start or doc.quote_opens_in(colon, min(sent.end, colon + 4)):
        return False
    clause = text[sent.start : comma]
    if len(text[colon + 1 : sent.end].split()) < 2 or word_count(clause) < MIN_CONTENT_WORDS or introductory(clause):
        return False
    return is_clause(text, sent.start, comma)


#: Words that open a subordinate clause or phrase after an attribution's setting: "…, X said Friday, | as …".
SUBORDINATE_TAIL: Final = frozenset("as while when after before because though although since amid despite until".split())


def _setting_then_quotation(doc: Document, pos: int, end: int) -> int | None:
    """The comma after a short setting of the cue that a quotation opens right
    after ("…, Ruiz said at a town hall on Monday, | “we would …”"): the
    attribution sits mid-sentence, between the clause before it and that
    quotation, which it introduces too.  None when no quotation follows so."""
    text = doc.text
    comma = text.find(",", pos, min(end, pos + TRAILING_SETTING_CHARS))
    if comma < 0 or doc.quote_opens_in(pos, comma):
        return None
    return comma if doc.quote_opens_in(comma + 1, skip_space(text, comma + 1) + 1) else None


#: The most words of a setting a preposition opens between a cue and a subordinate clause.
PREPOSITIONAL_SETTING_WORDS: Final = 8
#: Prepositions that open such a setting: "said | after meeting the aides|, because …".
SETTING_PREPOSITIONS: Final = frozenset("in on at after before during following".split())


def _setting_then_subordinate(text: str, pos: int, end: int) -> bool:
    """Does a short setting follow the cue, then a comma and a subordinate clause ("said Friday
    afternoon, as they…")? The attribution then ends the clause before it."""
    return _subordinate_comma(text, pos, end) is not None


def _subordinate_comma(text: str, pos: int, end: int) -> int | None:
    """The comma between a short setting after the cue and a subordinate
    clause ("said Friday afternoon|, as they…"), or None."""
    L = current()
    comma = text.find(",", pos, min(end, pos + SUBORDINATE_REACH))
    if comma < 0:
        return None
    setting = text[pos:comma].split()
    after = text[comma + 1 : end].split(None, 1)
    if not setting or not after or after[0].lower() not in SUBORDINATE_TAIL:
        return None
    if len(setting) <= 4 and all(
        w.lower() in L.TIME_WORDS or w.lower() in SETTING_WORDS or w.lower() in L.DETERMINERS or w[:1].isdigit() for w in setting
    ):
        return comma
    # "said | after meeting on Thursday with club aides|, because …": a longer phrase a preposition opens
    return comma if len(setting) <= PREPOSITIONAL_SETTING_WORDS and setting[0] in SETTING_PREPOSITIONS else None


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


def extracted_end(text: str, lo: int, subject_start: int, pos: int, end: int) -> int:
    """Where a relative clause that a cue's subject sits in ends ("which officials said will apply | …"): at the
    next comma ("The rules, which officials said will apply from June, | cover…"), at the dash that closes one
    set off by dashes ("— which critics say was, by far, her best speech —"); a free relative with "what" runs on
    past its commas ("what she said is a need for docks, piers and ramps")."""
    word = text.rfind(" ", lo, subject_start - 1)
    if text[word + 1 : subject_start].strip().lower() in FOCUS_WORDS:
        word = text.rfind(" ", lo, word)  # "— which | even | critics say"
    if text[word + 1 : subject_start].split()[:1] == ["what"]:
        joint = WHAT_CLAUSE_END.search(text, pos, end)  # "what Ruiz says the plan would do, | and what it does"
        return joint.start() if joint is not None else end
    if text[lo : max(lo, word)].rstrip()[-1:] in DASH_CHARS:
        close = min((i for i in (text.find(d, pos, end) for d in DASH_CHARS) if i >= 0), default=-1)
    else:
        close = text.find(",", pos, end)
    return close if close > 0 else end


#: A comma and a conjunction or relative that end a free relative with "what" (its list commas do not).
WHAT_CLAUSE_END: Final = compile_rule(r", ${sp}{1,3} (?: and | but | or | while | which | who ) \b")
#: Dashes that set off a relative clause: "— which critics say was her best speech —".
DASH_CHARS: Final = ("\N{EM DASH}", "\N{EN DASH}", "-")


def extracted(text: str, lo: int, subject_start: int) -> bool:
    """Is the cue's subject preceded by a relative or "what", so that what is
    reported lacks its own subject ("which she said was a mistake", "which
    even critics say was her best")?"""
    before = text[max(lo, subject_start - 14) : subject_start].split()[-2:]
    if len(before) == 2 and before[1].lower() in FOCUS_WORDS:
        before = before[:1]  # "which | even | critics say"
    return bool(before) and before[-1].lower() in EXTRACTING_WORDS


#: Adverbs of focus between a relative and the subject of its clause: "which | even | critics say".
FOCUS_WORDS: Final = frozenset({"even", "only"})


def relative_subject(text: str, mention: Mention) -> bool:
    """Is the cue's subject a relative set off by a comma (", who said", ", many of whom say")?"""
    relative = mention.pronoun == "who" or text[mention.end : mention.end + 10].lower().startswith((" of whom", " of which"))
    return relative and text[: mention.start].rstrip()[-1:] == ","


def predicate_comma(text: str, pos: int, end: int) -> int | None:
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


def opens_with_verb(text: str, rest: Span) -> bool:
    """Does the clause after a mid-sentence attribution open with a finite verb ("…, she promised, | was
    among…"), or a past form and its object ("Cutting too soon, economists say, | limited the recovery")?"""
    words = text[rest.start : min(rest.end, rest.start + 40)].split(None, 2)
    if not words:
        return False
    first = words[0].lower()
    L = current()
    if first in L.FINITE_AUXILIARIES:
        return True
    past = first.endswith("ed") or first in L.IRREGULAR_PAST
    return past and len(words) > 1 and words[1].lower() in PAST_OBJECT_OPENERS


#: Words that open the object of a past form after a mid-sentence attribution: "…, | limited | the recovery".
PAST_OBJECT_OPENERS: Final = frozenset("the a an his her its their our my your them him it us me".split())


def continues(doc: Document, rest: Span) -> bool:
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


#: The comma after the source of a final "according to X" that opens a relative clause or apposition on the
#: source, with no comma after it: "…, according to the Tide Group|, which monitors party statements."
SOURCE_RELATIVE: Final = compile_rule(r"\A [^,;:]{1,80} , ${sp}{1,3} (?: which | who | whose ) \b [^,;:]* \Z")


def final_attribution(doc: Document, sent: Span) -> tuple[int, int]:
    """Where the clause attributed at the end of the sentence ends, and the
    start of its cue ("Players rarely admit they are tired, | the coach
    noted."); (-1, -1) when the sentence ends in no attribution."""
    text = doc.text
    if doc.inside_quote(sent.start - 1):
        return -1, -1
    last = before = None
    for start, end, word in doc.iter_cue_words(sent.start, sent.end):
        if word in doc.lang.SPEECH_FORMS and word.islower() or is_according(word):
            before, last = last, (start, end)
    if last is None:
        return -1, -1
    if before is not None and not is_according(text[before[0] : before[1]]) and participle_after(text, before[1], sent.end) == last[0]:
        # "…, a city official said, | adding that …": the attribution ends at the comma before its participle
        sent, last = Span(sent.start, text.rfind(",", before[1], last[0])), before
    tail = text[last[1] : sent.end]
    if "," in tail and not (is_according(text[last[0] : last[1]]) and SOURCE_RELATIVE.search(tail) is not None):
        # "…, he said, from George Bush…": an attribution inside the sentence, not at its end; but "…, according to
        # the Tide Group, which tracks …" ends it, with a relative clause on its source
        return -1, -1
    if is_according(text[last[0] : last[1]]):
        comma = previous_char(text, sent.start, last[0])
        return (comma, last[0]) if comma is not None and text[comma] == "," else (-1, -1)  # "…, according to officials."
    if len(tail.split()) > FINAL_TAIL_WORDS or after_determiner(text, sent.start, last[0]):
        return -1, -1  # "…, she ought to have pressed for every one of them": a clause, not an attribution
    trailing = trailing_attribution(doc, sent, cue_span(text, *last))
    if trailing is None or trailing[1].mention.pronoun == "who":
        return -1, -1
    return trailing[0], last[0]


def mid_sentence_rest(doc: Document, sent: Span, after: int) -> Span | None:
    """The clause after a mid-sentence attribution ("…, aides said, | is for X to quit")."""
    text = doc.text
    i = after
    while i < sent.end and text[i] in " \t\u00a0":
        i += 1
    if text[i : i + 1] not in (",", ":"):
        return None
    rest = strip_content(text, i + 1, sent.end)
    conjunction = LEADING_CONJUNCTION.match(text, rest.start, rest.end)
    if conjunction is not None:
        rest = Span(conjunction.end(), rest.end)  # "…, they warned, and | you lose…"
    words = text[rest.start : rest.end].split()
    # "…, he says, | is different": a verb and a word go on the clause; not "…, he added, | were “…”", a quotation
    verb = len(words) > 1 and words[0].lower() in doc.lang.FINITE_AUXILIARIES and not doc.quote_opens_in(rest.start, rest.end)
    short = len(words) < MIN_CONTENT_WORDS and not verb
    first = words[0].lower() if words else ""
    # "…, Spicer said, adding, “…”": the participle starts a new attribution; "…, he said, citing the report": a
    # participle of the attribution's own; but "…, he said, replacing Ruiz would be costly": a gerund subject
    participle = first.endswith("ing") and (first in doc.lang.CUE_WORDS or not is_clause(text, rest.start, rest.end))
    if short or participle or doc.quote_opens_at(rest.start):
        return None
    return rest


def report_before_cue(doc: Document, sent: Span, cue: Span, cue_word: str) -> list[tuple[Span, Attribution]] | None:
    """The clause before an attribution that follows it ("CLAUSE, Kirby
    said."), and the clause after it when the attribution sits mid-sentence
    ("CLAUSE, Kirby said, CLAUSE"): None when the cue attributes no clause
    before it, an empty list when it sits inside the clause it attributes
    and reports nothing of its own, and the reports otherwise."""
    if doc.inside_quote(sent.start - 1):
        return None  # '…the “firepower” they need, X said': the clause is a fragment
    trailing = trailing_attribution(doc, sent, cue)
    if trailing is None:
        return None
    text = doc.text
    clause_stop, att = trailing
    content = strip_content(text, sent.start, clause_stop)
    clause = text[content.start : content.end]
    after = attribution_end(doc, sent, cue, cue_word, att)
    rest = mid_sentence_rest(doc, sent, after)
    # "…, said a handful of parents | who live nearby.": the speaker's own relative clause ends the attribution
    relative = att.rule is INDIRECT_CLAUSE_CUE_SPEAKER and _opens_relative(text, Span(after, sent.end))
    # "In both cases, X said, …" opens with a phrase; "Fixing the roof, she promised, was …" with its subject
    # "Although the vote was close, Ruiz said, the council will act": a subordinate clause is said too, one span
    around = rest is not None and subordinate_then_clause(text, content.start, content.end, rest)
    opener = introductory(clause) and not (rest is not None and opens_with_verb(text, rest) or around)
    ends = relative or _ends_sentence(doc, sent, after) or participle_after(doc.text, after, sent.end) is not None
    if opener and rest is None and ends and _phrase_then_clause(clause):
        # "After two decades as an independent, Lopez intends to stay, his aide said.": the attribution ends
        # the sentence, so the words before it are what was said, opening phrase and all; so too before a
        # participle of the attribution's own ("Replacing her would be costly, he said, | noting …")
        opener = False
    if opener:
        rest = None
    elif rest is not None and att.rule is INDIRECT_CLAUSE_CUE_SPEAKER and not is_clause(text, rest.start, rest.end):
        rest = None  # "…, said Ivo Brandt, a lecturer in geography": an apposition, not a clause
    if (word_count(clause) >= MIN_CONTENT_WORDS or rest is not None) and not opener:
        joined = goes_on(text, after, rest.start) or _coordinated_predicate(text, after, rest) if rest is not None else False
        colon = rest is not None and text[after : rest.start].strip()[:1] == ":"  # "…, insiders said: | the lead …"
        if rest is not None and (around or colon or joined and continues(doc, rest)):
            return [(Span(content.start, rest.end), att)]  # "The city's water, he said, is safe to drink.": one clause
        if rest is not None:
            return [(content, att), (rest, att)]  # "Move now, they warned, and you lose…": a second clause
        if doc.grammar.opening_phrase_only(text, content, doc.quote_opens_at(sent.end)):
            return None  # "Later in the evening, Ruiz wrote: “…”": the sentence's opening phrase, the quotation is said
        return [(content, att)]
    tail = text[cue.end : cue.end + 40].split(None, 1)
    if not opener and att.rule is INDIRECT_CLAUSE_CUE and (not tail or tail[0] in SETTING_WORDS):
        return []  # "Those drivers, Moll explained earlier, were “…”": an attribution inside its clause
    return None


def _speaker_then_relative(doc: Document, sent: Span, cue: Span) -> bool:
    """Does a speaker follow an inverted cue with a relative clause on it, no comma between ("said | a
    few ferry pilots | who run the night boats …")?"""
    text = doc.text
    speaker = doc.grammar.speaker_after_inverted_cue(doc, cue.start, cue.end, mention_after(text, cue.end, sent.end), sent.end)
    return speaker is not None and _opens_relative(text, Span(speaker.end, sent.end))


def _opens_relative(text: str, rest: Span) -> bool:
    """Does the rest of a sentence after an inverted attribution open with a relative word, with no comma ("| who live nearby")?"""
    first = text[rest.start : rest.end].split(None, 1)[:1]
    return bool(first) and first[0].lower() in current().RELATIVES


def attribution_end(doc: Document, sent: Span, cue: Span, cue_word: str, att: Attribution) -> int:
    """Where an attribution after its clause ends: after its cue ("…, Kirby said |"), its inverted
    speaker ("…, said Kirby |") or its object ("…, the clerk told them |")."""
    text = doc.text
    after = cue.end if att.rule is INDIRECT_CLAUSE_CUE else att.mention.end
    if att.rule is INDIRECT_CLAUSE_CUE and cue_word.lower() in current().TAKES_OBJECT and (om := OBJECT.match(text, after, sent.end)):
        after = om.end()  # "The answer, the clerk told them, | was plain"
    return after


def participle_after(text: str, pos: int, end: int) -> int | None:
    """Where a participle of speech opens after the comma that follows an attribution ("…, he said, |
    noting that …"), or None: its clause is the attribution's own, read on as a report of its own."""
    m = PARTICIPLE_NEXT.match(text, pos, end)
    if m is None or m.group("participle") not in current().SPEECH_FORMS:
        return None  # "…, experts say, including …": no report of the attribution's own
    return int(m.start("participle"))


def subordinate_after(doc: Document, pos: int, end: int) -> int | None:
    """Where a subordinate clause with a cue of its own opens after an
    attribution and its setting ("…, he said after meeting the aides, |
    because he said …"), or None: that clause is read on for its report."""
    text = doc.text
    comma = _subordinate_comma(text, pos, end)
    if comma is None:
        return None
    clause = skip_space(text, comma + 1)
    return clause if next(doc.iter_cue_words(clause, end), None) is not None else None


#: How far after an attribution the comma before a subordinate clause may come.
SUBORDINATE_REACH: Final = 70
#: A comma after an attribution, then a participle: "…, he said, | noting".
PARTICIPLE_NEXT: Final = compile_rule(r"${sp}{0,3} , ${sp}{1,3} (?P<participle> \p{Ll}{3,20} ing ) \b")


def _coordinated_predicate(text: str, after: int, rest: Span) -> bool:
    """Does the clause after a mid-sentence attribution go on the subject before it with a conjunction and a
    verb of its own ("The pilot was rested, the carrier noted, | and | had flown the route before")?"""
    between = text[after : rest.start].strip(" \t\u00a0,").lower()
    return between in ("and", "but") and opens_with_verb(text, rest)


#: The fewest words after the comma of an opening phrase that make a clause of their own: "…, | Lopez intends to stay".
CLAUSE_AFTER_PHRASE_WORDS: Final = 4


def _ends_sentence(doc: Document, sent: Span, after: int) -> bool:
    """Does an attribution end its sentence (a setting may follow it: "…, his aide said on Friday."), with no
    quotation after it?"""
    whole = doc.sentence_at(sent.start)
    rest = doc.text[after : whole.end].strip(" \t\u00a0.!?")
    if rest[:1] == ";":
        return True  # "…, analysts say; | in 2012, …": a semicolon ends the attribution's clause
    return sent.end >= whole.end and (not rest or "," not in rest and len(rest.split()) <= 3)


def _phrase_then_clause(clause: str) -> bool:
    """An opening phrase, a comma, then enough words to hold a clause: "After two decades in the council, | Lopez
    intends to remain a Green"; an opening participle with a finite verb and no comma is a subject: "Ranking
    member Jo Kim is waiting for…"."""
    comma = clause.find(",")
    if comma < 0:
        return is_clause(clause, 0, len(clause))
    return len(clause[comma + 1 :].split()) >= CLAUSE_AFTER_PHRASE_WORDS


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
