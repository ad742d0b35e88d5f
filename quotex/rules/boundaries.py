"""Where reported speech starts and ends: a reading of clause boundaries.

Reported speech is a clause: "Kirby said | there have been efforts…".  The
readers here tell such a clause from a noun phrase ("The state added | 9,000
jobs in May") by its finite verb
(:func:`~quotex.rules.finite_verbs.is_clause`), find the comma that
closes a subordinate clause or the coordinator that starts a clause of the
narrator's own ("Staff insisted the trip was private | , but the logo…";
:func:`clause_end`), skip a setting set off by commas between a cue and its
clause ("Residents say, by a wide margin, | that …"; :func:`comma_setting`),
and find a second cue coordinated with the first ("… too early to plan a
campaign | but noted that …"; :func:`coordinated_cue`).  All of them read word
tokens of the original text; none rewrites it.
"""

from __future__ import annotations

from functools import cache
from typing import Final, NamedTuple

import regex

from quotex.lang import Language, current
from quotex.rules.base import compile_rule
from quotex.rules.content import phrase_comma
from quotex.rules.document import Document
from quotex.rules.finite_verbs import ClauseWords, is_clause
from quotex.text import Span

#: Conjunctions after which a clause of the narrator's own starts: "…was
#: private, | but the logo was on every banner"; "…was fair, | although he refused…", "…was
#: over — | though the board disputes it".
CLOSING_CONJUNCTIONS: Final = compile_rule(
    r"""
    (?: , ${sp}{1,3} (?P<joint> ${closing_joints} ) | ${sp} ${dash} ${sp}{1,3} (?P<joint> ${dash_joints} ) ) ${sp}{1,3}
    (?= (?: ${closing_determiners} ) ${sp} | (?! (?i: ${clause_subject} | ${closing_non_subjects} ) ) \p{Lu}
      | (?P<pronoun> (?i: ${clause_subject} ) ) )
    | , ${sp}{1,3} (?P<joint> ${and_joint} ) ${sp}{1,3} (?= (?P<pronoun> (?i: ${and_pronouns} ) ) \b )
    """
)


def _subject_pronoun(text: str, start: int, end: int) -> str | None:
    """The pronoun that opens the reported clause ("[that] she identifies…"), lowercased."""
    words = text[start:end].split(None, 2)
    if words and words[0].lower() == "that":
        words = words[1:]
    return words[0].lower() if words and words[0].lower() in current().SUBJECT_WORDS else None


#: "not just …, but …", "not only …, but …": one phrase across the comma.
NOT_JUST: Final = compile_rule(r"\b (?: ${correlative_opener} ) \b")
#: How many words reported speech holds before a conjunction may end it.
MIN_BEFORE_BREAK: Final = 3


def _subordinate_holds_cue(doc: Document, sent_start: int, cue_start: int, content_start: int) -> bool:
    """Does a subordinate clause hold the cue, opening its sentence ("Although
    the mayor admitted …, | the council…"), after a joiner ("And while he said
    …, | it is…") or after a comma (", but while she said …, | the vote…"),
    with no comma between its opener and the reported clause?"""
    text = doc.text
    lo = max(sent_start, text.rfind(",", sent_start, cue_start) + 1)
    if "," in text[lo:content_start]:
        return False
    words = text[lo : min(cue_start, lo + 40)].lower().split()
    while words and words[0] in doc.lang.NEXT_CLAUSE_JOINERS:
        words = words[1:]  # "And while he said …", ", but though she has said …"
    return bool(words) and words[0] in doc.lang.SUBORDINATE_OPENERS


def clause_end(doc: Document, sent_start: int, cue_start: int, content_start: int, content_end: int) -> int:
    """Where the reported clause that starts at ``content_start`` ends: at the
    comma that closes an opening subordinate clause holding the cue
    ("Although the mayor admitted the plan had flaws, | the council…"), or
    before a conjunction that opens a clause of the narrator's own ("…was
    private, | but the logo…"); else at ``content_end``."""
    text = doc.text
    while content_start < content_end and text[content_start] in " \t\u00a0,":
        content_start += 1  # "As the Post reported, | the plan…": the subordinate clause ends at the cue
    if _subordinate_holds_cue(doc, sent_start, cue_start, content_start):
        # the cue is in the opening subordinate clause: its comma ends it, the main clause follows
        comma = phrase_comma(text, content_start, content_end)
        while comma > 0 and doc.inside_quote(comma):
            comma = phrase_comma(text, comma + 1, content_end)
        if comma > 0:
            return comma
    m = CLOSING_CONJUNCTIONS[doc.lang].search(text, content_start, content_end)
    while m is not None and (
        doc.inside_quote(m.start())
        or len(text[content_start : m.start()].split()) < MIN_BEFORE_BREAK  # not "that, while the tax may…, workers…"
        or m.group("pronoun") is not None
        and " ".join(m.group("joint").split()) in doc.lang.CONCESSIVE_JOINTS
        and m.group("pronoun").lower() == _subject_pronoun(text, content_start, m.start())
    ):
        # "she votes for the greens, although she once joined the liberals": the report goes on
        m = CLOSING_CONJUNCTIONS[doc.lang].search(text, m.end(), content_end)
    if m is None or NOT_JUST[doc.lang].search(text, content_start, m.start()):
        return content_end  # "offering not just a raise, but a pension": one object
    return int(m.start())


#: A setting between commas after a cue, before its clause: "say, | by a
#: wide margin, | that", "argue, | however, | that", "says at a meeting in
#: Bend, Oregon, | that".
COMMA_SETTING: Final = compile_rule(
    r"""
    ${sp}{0,3} , ${sp}{1,3} (?: [\p{L}\p{N}.'\-\N{RIGHT SINGLE QUOTATION MARK}]{1,30} ${sp}{1,3} ){0,6}
    [\p{L}\p{N}.'\-\N{RIGHT SINGLE QUOTATION MARK}]{1,30} , (?= ${sp}{1,3} (?: ${setting_complementizer} ) \b )
    """
)
#: The same with no comma after the cue: "says at a town meeting in Bend, Oregon, | that", after a time
#: perhaps: "said Friday in Bend, Oregon, | that".
PLACE_SETTING: Final = compile_rule(
    r"""
    ${sp}{1,3} (?: (?! ${clause_subject} ) [\p{L}\p{N}.]{1,30} ${sp}{1,3} ){0,2}? (?: ${place_prepositions} ) ${sp}{1,3}
    (?: [\p{L}\p{N}.'\-\N{RIGHT SINGLE QUOTATION MARK}]{1,30} ${sp}{1,3} ){0,6}
    [\p{L}\p{N}.'\-\N{RIGHT SINGLE QUOTATION MARK}]{1,30} ,
    (?: ${sp}{1,3} \p{Lu}[\p{L}.]{1,20} , )? (?= ${sp}{1,3} (?: ${setting_complementizer} ) \b )
    """
)
#: The words of a short setting after a cue: "announced | on Tuesday | it
#: was moving", "confirmed | on Friday | the merger had…".
SETTING_WORD: Final = compile_rule(r"${sp}{1,3} (?P<word> [\p{L}\p{N}.\-]{1,30} ) (?! [\p{L}\p{N}] )")
#: A short prepositional setting before a clause that opens with a pronoun:
#: "said | after the vote | she would…", "told reporters | at the rally | they were…".
PREPOSITION_SETTING: Final = compile_rule(
    r"""
    ${sp}{1,3} (?: ${clause_setting_prepositions} ) ${sp}{1,3}
    (?: [\p{L}\p{N}.'\-]{1,30} ${sp}{1,3} ){0,3}? [\p{L}\p{N}.'\-]{1,30}
    (?= ${sp}{1,3} ${clause_subject} )
    """
)
#: Conjunctions that join a longer setting: "on the stump | and | inside the hall".
CONJUNCTIONS: Final = frozenset({"and", "or", "but"})
#: How many words such a setting may have.
SETTING_REACH: Final = 4


def comma_setting(text: str, pos: int, end: int) -> int | None:
    """Past a setting set off by commas between a cue and "that", if there is one."""
    L = current()
    if text.find(",", pos, end) < 0 or L.SETTING_COMPLEMENTIZER.isalpha() and text.find(L.SETTING_COMPLEMENTIZER, pos, end) < 0:
        return None  # both settings end in a comma before the complementizer: most clauses have neither after the cue
    m = COMMA_SETTING[L].match(text, pos, end) or PLACE_SETTING[L].match(text, pos, end)
    return None if m is None else int(m.end())


#: The most words of a determined noun phrase in a setting, the determiner included: "on | her disclosure forms".
DETERMINED_WORDS: Final = 3


def _determined_setting(text: str, pos: int, end: int) -> int | None:
    """The end of a short setting of place whose noun a determiner opens,
    before a subject a determiner opens too: "reported | on her disclosure
    forms | a fee was…", "said | at the hearing | the pier had…".  The noun
    phrase holds no preposition or conjunction, so a longer setting is not
    cut inside ("in a note sent by | the …").  Read word by word: the
    determiners in a pattern would cost its compiling more than the reading."""
    L = current()
    head = text[pos : pos + 5].split(None, 1)
    if not head or head[0].lower() not in L.SETTING_PREPOSITIONS:
        return None  # most clauses: no such preposition after the cue, read without a pattern
    first = SETTING_WORD.match(text, pos, end)
    if first is None:
        return None
    words: list[regex.Match[str]] = []
    at = first.end()
    while len(words) <= DETERMINED_WORDS and (m := SETTING_WORD.match(text, at, end)) is not None:
        words.append(m)
        at = m.end()
    lows = [m.group("word").lower() for m in words]
    if not lows or lows[0] not in L.DETERMINERS:
        return None
    for size in range(2, min(DETERMINED_WORDS, len(lows) - 1) + 1):
        if lows[size - 1] in L.PREPOSITIONS or lows[size - 1] in CONJUNCTIONS:
            return None
        if lows[size] in L.DETERMINERS:
            return int(words[size - 1].end())
    return None


def time_setting(text: str, pos: int, end: int, words: frozenset[str], infinitive: bool = False) -> int | None:
    """Past a short setting of time between a cue and a clause ("announced on
    Tuesday | it was…"; with ``infinitive``, "promised Monday | to begin…"):
    one to four ``words`` (time words, prepositions), then the clause."""
    L = current()
    phrase = PREPOSITION_SETTING[L].match(text, pos, end)
    setting = int(phrase.end()) if phrase is not None else _determined_setting(text, pos, end)
    if setting is not None and is_clause(text, setting, end):
        return setting  # "said after the vote | she would not resign…", "said at the hearing | the pier had…"
    for _ in range(SETTING_REACH):
        m = SETTING_WORD.match(text, pos, end)
        if m is None or m.group("word").lower().rstrip(".") not in words and not m.group("word").isdigit():
            return None
        pos = m.end()
        after = SETTING_WORD.match(text, pos, end)
        if after is None or after.group("word").lower() in words or m.group("word").lower() in L.SETTING_OR_CLAUSE_OPENERS:
            continue  # a setting ends in a time word or a number: not "announced on | her Facebook page"
        if m.group("word").isdigit() and after.group("word").lower() in L.FINITE_AUXILIARIES:
            return None  # "said 2016 | was the worst year": the number is the clause's subject
        if is_clause(text, pos, end) or infinitive and after.group("word") == "to":
            return pos
    return None


def only_setting(text: str, start: int, end: int, words: frozenset[str]) -> bool:
    """Is ``text[start:end]`` a setting and no more: a time phrase, then
    places ("on Friday in Tampere", "Tuesday in Paris", "back in the summer")?"""
    tokens = ClauseWords(text, start, end).upto(1)
    first = tokens[0].lower() if tokens else ""
    return first in words and first not in current().SETTING_OR_CLAUSE_OPENERS or first == "back"


#: An object and an infinitive after "told", "urged": "told hikers | not to swim…".
DIRECTIVE: Final = compile_rule(r"(?: [\p{L}\p{N}.'\-]{1,30} ${sp}{1,3} ){0,4} (?: not ${sp}{1,3} )? to ${sp}{1,3} \p{Ll}")


def directive(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` an object and an infinitive, what a cue like
    "told" asks of someone ("told hikers | not to swim in the lake")?"""
    return DIRECTIVE.match(text, start, end) is not None


#: A word and the space after it, where one of the language's auxiliaries or
#: adverbs may stand ("and | later | said"): :func:`auxiliary_run` checks the
#: word against ``AUXILIARIES`` itself, since a named list of 150 words
#: (``${aux}``) costs 30M instructions to compile in each pattern that holds it.
AUXILIARY_SLOT: Final = compile_rule(r"(?P<word> [^ \t\u00a0]{1,30} ) ${sp}{1,3}")


def auxiliary_run(lang: Language, text: str, pos: int, end: int, most: int = 2) -> list[int]:
    """Where a run of up to ``most`` auxiliaries or adverbs from ``pos`` ends
    after each of its words and the space after it: ``[pos]``, then one offset
    per word ("and | would | later | say").  A pattern's
    ``(?: ${aux} ${sp}{1,3} ){0,most}`` may end at any of them."""
    words = auxiliary_words(lang)
    stops = [pos]
    while len(stops) <= most:
        m = AUXILIARY_SLOT.match(text, stops[-1], end)
        if m is None or m.group("word") not in words:
            break
        stops.append(m.end())
    return stops


@cache
def auxiliary_words(lang: Language) -> frozenset[str]:
    """The language's auxiliaries and adverbs, as a set to look words up in."""
    return frozenset(lang.AUXILIARIES)


#: "and" or "but" before a second cue coordinated with the first, with no
#: subject of its own: "… to plan a campaign | but noted that …", "…; and said …".
COORDINATOR: Final = compile_rule(r"(?: ,? ${sp}{1,3} | ; ${sp}{0,3} ) (?: and | but ) ${sp}{1,3}")
#: The second cue, then the word after it: "but | noted | that".
COORDINATED: Final = compile_rule(r"(?P<cue> ${cue_slot} ) ${sp}{1,3} (?= \p{L} )")


class Coordinated(NamedTuple):
    """A second cue coordinated with the first: where its conjunction starts, where the cue starts."""

    start: int
    cue: int


#: A participle of speech after a comma, which reports a clause of its own:
#: "…would close for a week, | adding that buses…", "…, | claiming he had…".
PARTICIPLE_CUE: Final = compile_rule(r", ${sp}{1,3} (?P<cue> \p{Ll}{2,30} ing ) ${sp}{1,3} (?= \p{L} )")


def coordinated_cue(doc: Document, start: int, end: int) -> Coordinated | None:
    """Where reported speech hands over to a second speech cue of the same
    subject ("…too early to plan a campaign | but noted that he won…", "…for
    a week, | adding that buses…")."""
    conjoined = _conjoined_cue(doc, start, end)
    text = doc.text
    for m in PARTICIPLE_CUE.finditer(text, start, conjoined.start if conjoined is not None else end):
        if m.group("cue") in doc.lang.SPEECH_FORMS and not doc.inside_quote(m.start()):
            return Coordinated(int(m.start()), int(m.start("cue")))
    return conjoined


def _conjoined_cue(doc: Document, start: int, end: int) -> Coordinated | None:
    """A second cue after "and" or "but": "… | but noted that he won…", a speech act with
    an object: "… | and accused the board of …"."""
    text = doc.text
    pos = start
    while (m := COORDINATOR.search(text, pos, end)) is not None:
        # the conjunction, up to two auxiliaries or adverbs ("and | would later | say"), the cue: as many
        # auxiliaries as leave a cue after them
        stops = reversed(auxiliary_run(doc.lang, text, m.end(), end))
        cue = next(filter(None, (COORDINATED.match(text, stop, end) for stop in stops)), None)
        if cue is None:
            pos = m.start() + 1
            continue
        word = cue.group("cue")
        speech = word in doc.lang.SPEECH_FORMS or word in doc.lang.OBJECT_SPEECH_FORMS  # "… | and accused the board of …"
        if word in doc.lang.CUE_WORDS and speech and not doc.inside_quote(m.start()):
            return Coordinated(int(m.start()), int(cue.start("cue")))
        pos = cue.end()
    return None


#: "that" after a cue, opening its clause.
THAT_AFTER: Final = compile_rule(r"${sp}{1,3} that (?! [\p{L}\-] )")


def verb_before_that(text: str, lo: int, start: int, end: int, word: str) -> bool:
    """Is a form that is mostly a noun ("note", "report") a verb here: right
    before "that", after a word that is no name inside the sentence ("Critics
    note that", not "a Fox News report that")?"""
    if word not in current().THAT_VERB_FORMS or THAT_AFTER.match(text, end) is None:
        return False
    before = text[lo:start].split()
    if word.endswith("ed"):
        return bool(before)  # a past form is no noun: "The court on Thursday ruled that"
    return bool(before) and (len(before) == 1 or not before[-1][:1].isupper())


#: A cue in an idiom that reports nothing: "It goes without saying that", "It is worth noting that",
#: "Having said that, …".
IDIOM: Final = compile_rule(
    r"""
    (?: (?i: without ) ${sp}{1,3} saying | (?i: worth ) ${sp}{1,3} \p{L}{2,20} | (?i: having ) ${sp}{1,3} said ${sp}{1,3} that , )
    """
)


#: An expletive frame before "to say": "It is too early to say whether…", "it is fair to say".
EXPLETIVE_SAY: Final = compile_rule(
    r"""(?i: too ${sp}{1,3} soon | too ${sp}{1,3} early | hard | difficult | fair | safe | impossible ) ${sp}{1,3} to ${sp}{1,3} \Z"""
)


def reports_nothing(text: str, lo: int, cue_start: int) -> bool:
    """Is the cue part of an idiom ("goes without saying", "worth noting",
    "Having said that,")?"""
    space = text.rfind(" ", lo, max(lo, cue_start - 1))
    if IDIOM.match(text, max(lo, space + 1), cue_start + 14) is not None:
        return True
    return EXPLETIVE_SAY.search(text, max(lo, cue_start - 20), cue_start) is not None


def free_relative(text: str, lo: int, subject_start: int) -> bool:
    """Is the subject of a cue inside a free relative ("what the mayor says her plan
    would do", "Everything the mayor says is spin"), whose object is not reported?"""
    before = text[max(lo, subject_start - 12) : subject_start].split()[-1:]
    return bool(before) and before[0].lower() in current().FREE_RELATIVES


def clause_after_comma(doc: Document, content: Span) -> bool:
    """Does a clause of the report follow the first comma of the content ("with
    the harvest nearly in, | this was…"), not one with a cue of its own ("…, hours
    after Smith said he was")?"""
    text = doc.text
    comma = text.find(",", content.start, content.end)
    if comma < 0 or is_clause(text, content.start, comma) or not is_clause(text, comma + 1, content.end):
        return False
    # an infinitive with no clause after it is no cue of its own: "…, now is the time for families
    # to confirm their records" (but "daring him to say that …" reports)
    return not any(
        word in doc.lang.SPEECH_FORMS and (text[comma:start].split()[-1:] != ["to"] or text[end : end + 6].split()[:1] == ["that"])
        for start, end, word in doc.cue_words(comma, content.end)
    )


def subordinate_then_clause(text: str, start: int, end: int, rest: Span) -> bool:
    """Is ``text[start:end]``, before a mid-sentence attribution, a subordinate
    clause with its own subject and verb ("Although the vote was close, | Ruiz
    said, | the council will act"), and the words after the attribution a
    clause?  Then both are what was said (PolNeAR annotates the whole)."""
    first = text[start:end].split(None, 1)
    if len(first) < 2 or first[0].lower() not in current().SUBORDINATE_OPENERS or "," in first[1]:
        return False
    opens = start + len(first[0]) + 1
    return is_clause(text, opens, end) and is_clause(text, rest.start, rest.end)


#: How many words a gerund phrase that is a clause's subject may hold before its verb ("Defending the harbor | is").
GERUND_REACH: Final = 8


def introductory(clause: str) -> bool:
    """Does the clause before an attribution open with an introductory word and
    stop there ("In both cases, X said, …")? Not a count: "At least 12 of …"."""
    L = current()
    introductory_words = L.INTRODUCTORY_WORDS
    words = clause.lower().split(None, 3)
    if len(words) > 2 and words[0] in L.NEXT_CLAUSE_JOINERS and words[1] in introductory_words:
        words = words[1:]  # "But in a call with reporters, X said, …": the conjunction links the sentence to the one before
        clause = clause.split(None, 1)[1]
    if not words or words[0] not in introductory_words and not (words[0].endswith("ing") and clause[:1].isupper()):
        return False  # "In both cases, …", "Reacting to the figures, …"
    if words[0] not in introductory_words and words[1:2] and words[1] in L.GERUND_VERBS:
        return False  # "Backing is strongest among …": a gerund that is the clause's subject
    if (
        words[0] not in introductory_words
        and "," not in clause
        and any(w in L.GERUND_VERBS for w in clause.lower().split()[1:GERUND_REACH])
    ):
        return False  # "Defending the harbor is within his reach, said …": a gerund phrase that is the clause's subject
    if words[0] == "at" and words[1:2] in (["least"], ["most"]):
        return False  # "At least 12 of the 30 buses were late": a count, not a setting
    comma = clause.find(",")
    if comma < 0:
        return True  # "While the results came in, X said, “…”", "Asked whether…, X said"
    # "Following initial reports…, but before officials had weighed in, X said": the phrase goes on past
    # its comma; not "Despite defeats, Sanders remains committed, his aide said": a main clause follows it
    rest = clause[comma + 1 :].split(None, 1)
    return bool(rest) and rest[0].lower() in L.CLAUSE_LINKS or not is_clause(clause, comma + 1, len(clause))


def goes_on(text: str, after: int, rest_start: int) -> bool:
    """Does the clause after a mid-sentence attribution go on the clause before
    it ("The city's water, he said, | is safe"), rather than start one of its
    own after a conjunction ("…, they warned, | and you lose…")?"""
    between = text[after:rest_start].strip(" \t\u00a0,")
    return not between


#: The most words of a setting between the cue of such a clause and its comma ("reported just today,").
AS_SETTING_WORDS: Final = 4


def as_clause_end(text: str, lo: int, cue_start: int, pos: int, end: int) -> int | None:
    """The comma that ends an opening "As X reported" clause, the report after
    it ("As the Gazette reported on Monday, | the ministry…")."""
    first = text[lo : lo + 8].split(None, 1)
    if not first or first[0].lower() not in current().AS_OPENERS or "," in text[lo:cue_start]:
        return None
    comma = text.find(",", pos, end)
    if comma < 0 or len(text[pos:comma].split()) > AS_SETTING_WORDS:
        return None
    return comma
