"""Readings of a clause the rules share: its subject, where a coordinated
clause starts, whether a cue sits in a subordinate clause or an opening
phrase, whether a mention ends in a name, whether reported words open with a
company's figures.  The subject of a cue, which tries these and more, is
:func:`quotex.rules.cue_subject.subject_of`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

import regex

from quotex.lang import current
from quotex.quotes import QuotedSpan
from quotex.rules.base import compile_rule
from quotex.rules.document import Document, word_count
from quotex.rules.finite_verbs import is_clause
from quotex.rules.words import possessive
from quotex.speakers import (
    PARTY_TAG,
    Mention,
    Tok,
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

#: A word that opens no noun of an addressee: the end of "told the crew | to …", "told the crew | the pier is
#: …", "told his aides | he planned …", "told the crew | never to …", "told her | that …".
NOT_ADDRESSEE_WORD: Final = r"""
    (?! (?: to | not | never | that | this | the | an? | his | her | its | their | our | my | your
          | he | she | it | they | we | you | there ) \b )
"""
#: Nor a preposition right after the determiner, where "her" is the pronoun: "assured her | of …".
NOT_ADDRESSEE_NOUN: Final = r"""
    (?! (?: of | about | in | on | at | for | with | from | by | into | after | before | during ) \b )
"""

#: The object of "told" and kin: "told CNN", "told reporters", "told him", "told radio host Dana Moll", and a
#: determiner with a noun and perhaps one word more ("told the crew", "told her closest aides"; the
#: possessive "her" is tried before the pronoun: "told her | the plan …").
OBJECT: Final = compile_rule(
    r"""
    ${sp}{1,3}
    (?: ${capword} (?: ${sp}{1,2} (?: of | the | ${capword} ) ){0,4}
      | (?: \p{Ll}{2,20} ${sp}{1,3} ){0,2} (?: host | co-host | anchor | moderator | interviewer | reporter | correspondent )
        ${sp}{1,3} ${capword} (?: ${sp}{1,2} ${capword} ){0,2}
      | (?: the | an? | his | her | its | their | our | my | your ) ${sp}{1,3}
    """
    + NOT_ADDRESSEE_WORD
    + NOT_ADDRESSEE_NOUN
    + r"\p{L}{1,30} (?: ${sp}{1,3}"
    + NOT_ADDRESSEE_WORD
    + r"""
        \p{L}{1,30} )?
      | reporters | journalists | him | her | them | us | me | you | supporters
      | voters | donors | listeners | viewers | members | lawmakers )
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


def _since_comma(doc: Document, lo: int, cue: Span) -> list[Tok]:
    """The words between the last comma before the cue (or ``lo``) and the cue."""
    return tokenize(doc.text, max(lo, doc.text.rfind(",", lo, cue.start) + 1), cue.start)


def subordinate(doc: Document, lo: int, cue: Span) -> bool:
    """Is the cue inside a subordinate clause of its sentence?"""
    return in_opening_phrase(doc, lo, cue) or any(t.low in SUBORDINATORS for t in _since_comma(doc, lo, cue))


def closed_subordinate(doc: Document, lo: int, cue: Span) -> bool:
    """Is the cue, right before a comma, the verb of a subordinate clause the
    comma closes ("If he trails when the count | ends, | his aides argue …",
    "the pier, which Ruiz | described, | is old")?  Then what follows the
    comma is the main clause, not its report; an attribution opened by "as"
    reports it ("As the Gazette | noted, | the pier is old")."""
    toks = _since_comma(doc, lo, cue)
    return any(t.low in SUBORDINATORS for t in toks) and current().AS_OPENERS.isdisjoint(t.low for t in toks)


#: The first word after a position, past spaces.
FIRST_WORD: Final = regex.compile(r"[ \t\u00a0]{0,3} (?P<word> \p{L}{1,20} )", regex.VERBOSE)
#: An approximator and a number opening a subject: "about 200", "nearly 40".
APPROXIMATE_START: Final = regex.compile(r"[ \t\u00a0]{0,3} (?P<word> \p{L}{2,13} ) [ \t\u00a0]{1,3} \d", regex.VERBOSE)


#: Prepositions that open an absolute phrase with a subject of its own, not a setting:
#: "…, with a third of the riders saying they…".
ABSOLUTE_OPENERS: Final = frozenset({"with"})


def in_opening_phrase(doc: Document, lo: int, cue: Span) -> bool:
    """Is the cue inside a prepositional or participle phrase that opens the
    sentence ("In a letter backing the plan, the guild called…",
    "Waving banners calling the mayor “…,” the tenants chanted…"), or a
    prepositional phrase set off by commas ("Late on Friday, | in a memo
    confirming his post, | Lee said…")?"""
    L = current()
    comma = doc.text.rfind(",", lo, cue.start)
    if comma >= 0:
        if doc.text.find(",", cue.end, cue.end + 80) < 0:
            return False
        first = FIRST_WORD.match(doc.text, comma + 1, cue.start)
        word = first.group("word") if first is not None else ""
        return word.islower() and word in L.PREPOSITIONS and word not in ABSOLUTE_OPENERS
    toks = tokenize(doc.text, lo, min(cue.start, lo + 12))
    opener = bool(toks) and (toks[0].low in L.PREPOSITIONS or toks[0].cap and toks[0].low.endswith("ing") and toks[0].start < cue.start)
    return opener and doc.text.find(",", cue.end, cue.end + 80) > 0


def opens_own_clause(first: str, takes_object: bool) -> bool:
    """Does the capitalised word after a cue start a clause with a subject of
    its own ("said Varga is", "He said Moll would")? Not a time word ("said
    Tuesday"), nor the object of a cue that takes one ("told CNN")."""
    L = current()
    return not takes_object and first[:1].isupper() and first.rstrip(".,").lower() not in L.TIME_WORDS


def opens_clause(doc: Document, lo: int, pos: int) -> bool:
    """Does ``pos`` open its sentence or follow a comma, dash or closing mark,
    as an inverted cue does ("”, said Scott, adding…")?"""
    before = doc.text[lo:pos].rstrip()
    return not before or before[-1] in ",\N{EM DASH}\N{EN DASH}\"\N{RIGHT DOUBLE QUOTATION MARK}'"


#: Dashes that set off a phrase in pairs.
PAIRED_DASHES: Final = frozenset({"--", "\N{EM DASH}", "\N{EN DASH}"})


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
    # "In a speech in Leeds -- which holds a vote on Saturday -- | Reyes claimed …": a pair of dashes closes an
    # opening phrase as a comma does
    commas = sorted(commas + [t for t in toks if t.text in PAIRED_DASHES][1::2], key=lambda t: t.start)
    starts = [lo] + [c.end for c in commas[:2]]
    # "About 200 nurses gathered, …": a count made approximate, no preposition opening a phrase
    approximate = len(toks) > 1 and toks[0].low in L.APPROXIMATORS and toks[1].text[:1].isdigit()
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
            or (toks[0].low in L.PREPOSITIONS or doc.grammar.opens_phrase(toks[0].low))
            and not approximate
            or toks[0].low.endswith("ing")
            or len(toks) > 1
            and toks[0].low in OPENER_MODIFIERS
            and (toks[1].low in SUBORDINATORS or toks[1].low in L.PREPOSITIONS)
        )
    ):
        starts = starts[1:]  # "On the night of the count, Halden…", "Speaking in Bend, Varga…": an opening phrase
    for start in starts:
        mention = _approximate_count(text, start, end) or mention_after(text, start, end)
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
        if verb_with_object(text, mention):
            continue  # "…reversed course, | rushed everyone inside and said": a verb and its object, no subject
        return mention
    if toks and (toks[0].low in L.PREPOSITIONS or toks[0].low in TIME_OPENERS):
        # "On the show he went further, referring…": an opening phrase with no comma, then a pronoun subject
        for tok in toks[1:]:
            if tok.punct:
                break
            if tok.low in OPENING_PRONOUNS and not tok.cap:
                return mention_after(text, tok.start, end)
    return None


def _approximate_count(text: str, start: int, end: int) -> Mention | None:
    """The subject at ``start`` when an approximate count opens it ("about
    200 nurses", "nearly 40 growers"): the approximator is no preposition."""
    m = APPROXIMATE_START.match(text, start, end)
    if m is None or m.group("word").lower() not in current().APPROXIMATORS:
        return None
    counted = mention_after(text, m.end() - 1, end)
    if counted is None or counted.pronoun is not None:
        return None
    return replace(counted, start=m.start("word"), text=text[m.start("word") : counted.end])


#: Words that open a verb's object inside a phrase read as a noun phrase:
#: "rushed | everyone", "the guards believe | the gate".
OBJECT_OPENERS: Final = frozenset("the a an his her their its this these those everyone everybody them him us".split())
#: Words before such a determiner that are no verb: a conjunction, a preposition, a comparison, a count's
#: or a phrase's modifier ("less than a third", "at least a dozen", "almost everyone", "polling by the union",
#: "observers around the country", "even his own staff").
NOT_OBJECT_VERBS: Final = frozenset(
    """
    and or but nor than least over under almost nearly about by across between among around throughout into onto
    upon toward towards against beyond outside after before during since until via per like unlike despite as
    even just only also
    """.split()
)


def verb_with_object(text: str, mention: Mention) -> bool:
    """Does a lower-case word other than a preposition or a conjunction come
    right before an object's determiner inside ``mention`` ("rushed
    everyone", "made a new ad", "the guards believe the gate")?  Then the
    words are a verb and its object, not a subject; "the head of the
    party", "his wife and her aide" are noun phrases."""
    if OBJECT_OPENERS.isdisjoint(text[mention.start : mention.end].lower().split()[1:]):
        return False  # most mentions: no determiner after their first word, read without tokens
    L = current()
    toks = tokenize(text, mention.start, mention.end)
    for i, tok in enumerate(toks[1:], 1):
        prev, after = toks[i - 1], toks[i + 1] if i + 1 < len(toks) else None
        if tok.low not in OBJECT_OPENERS or tok.cap or prev.cap or not prev.low.isalpha():
            continue
        if prev.low in L.PREPOSITIONS or prev.low in L.DETERMINERS or prev.low in NOT_OBJECT_VERBS or prev.low.endswith("ing"):
            continue  # "the head of the party", "less than a third", "members supporting the bill"
        if after is not None and after.cap and tok.low == "the":
            continue  # "Vatican spokesman the Rev. Ada Lowe": a title, then a name
        return True
    return False


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
    if len(words) >= 3 and words[0].low in ARTICLES and not words[0].cap and words[-2].low in L.PREPOSITIONS:
        return False  # "a voter in Dover": a common noun and the place it is from
    return doc.capital_count(last.text) < 2


#: Articles that open a common noun phrase in lower case ("a voter in Dover").
ARTICLES: Final = frozenset("a an the".split())

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


#: Prepositions beyond the language's own that end an outcome's noun phrase: "a lead | over the field".
OUTCOME_PHRASE_ENDS: Final = frozenset("over among against by after since across ahead".split())


def reports_outcome(text: str, lemma: str | None, content: Span) -> bool:
    """Does a verb of :attr:`OUTCOME_VERBS` report words that open with a noun phrase (up to a preposition or
    a comma, no clause, no gerund) ending in a noun of a contest's outcome
    (:attr:`OUTCOME_NOUNS`): "claimed victory | in Ohio", "maintains a slim
    lead | in the polls"; not "denied entering the race", "said the race
    was close"?"""
    L = current()
    comma = text.find(",", content.start, content.end)
    if lemma not in L.OUTCOME_VERBS or is_clause(text, content.start, comma if comma > 0 else content.end):
        return False  # "claimed the race was rigged"; but "maintains a lead in Iowa, and her rivals …" holds a lead
    last = ""
    for m in PHRASE_TOKEN.finditer(text, content.start, content.end):
        word = m.group().lower()
        if word == "," or word in L.PREPOSITIONS or word in OUTCOME_PHRASE_ENDS:
            break  # "a lead | over the field"
        if word.endswith("ly") and last in L.OUTCOME_NOUNS:
            break  # "the race | shortly after midnight"; not "a fairly large | lead"
        if word.endswith("ing"):
            return False
        last = word
    return last in L.OUTCOME_NOUNS


#: How many words before a relative pronoun its antecedent may take, read from the nearest.
ANTECEDENT_REACH: Final = 4


def relative_speaker(doc: Document, lo: int, cue_start: int) -> Mention | None:
    """The relative pronoun before a cue as its speaker, standing for the
    nearest noun phrase before it that names someone ("support to |
    members | who argue", "advice from | Housing Secretary Ada Fenn |, who
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


#: Marks that close a relative or subordinate clause before the main clause goes on.
CLOSING_MARKS: Final = frozenset(",;:()\N{EM DASH}\N{EN DASH}")
#: Subordinators of a clause whose cue attributes no words of the main clause:
#: not "as", whose clause attributes the main one ("As Ms. Reyes put it, the
#: deal is “…”").
CLOSED_CLAUSE_OPENERS: Final = SUBORDINATORS - {"as"}
#: Kinds of the main clause's subject that choose quoted words.
CHOOSING_KINDS: Final = frozenset({"person", "organization", "group"})


def closed_clause_subject(doc: Document, lo: int, cues: list[Span], q: QuotedSpan) -> Mention | None:
    """The main clause's subject for quoted words in it when every cue before
    them sits in a relative or subordinate clause that closed before them:
    "Ms. Reyes, who has called the plan “a fraud,” clearly wants voters to
    “look again”", "While the mayor hails the deal, Ms. Reyes dwells on its
    “fine print”".  The main clause has no cue of its own, and its subject
    chose the words; or None."""
    L = current()
    text = doc.text
    openers = CLOSED_CLAUSE_OPENERS | L.PERSON_RELATIVES | L.RESTRICTIVE_RELATIVES
    for cue in reversed(cues):  # the nearest first: its clause most often still runs at the quotation
        if _closing_mark(text, cue.end, q.open) is None:
            return None  # the cue's clause still runs at the quotation: its own
        if text[cue.start : cue.end].split()[0].endswith("ing"):
            return None  # "After blasting the council, Ms. Varga recited a verse about “liars”": a phrase, no clause's subject
        comma = text.rfind(",", lo, cue.start)
        toks = tokenize(text, comma + 1 if comma >= lo else lo, cue.start)
        opener = next((t for t in toks if t.low in openers and (not t.cap or t.start == toks[0].start)), None)
        if opener is None:
            return None  # a cue of the main clause; "as Ms. Reyes put it, …" attributes it
    first = cues[0]
    subject = clause_subject(doc, lo, first.start)
    if subject is not None and subject.end < first.start and text[subject.end : first.start].lstrip().startswith(","):
        # "Ms. Reyes, | who has called…, | clearly wants…": the antecedent opens the sentence
        return subject if subject.pronoun is None and text[subject.start].isupper() and subject.kind in CHOOSING_KINDS else None
    start = (_closing_mark(text, cues[-1].end, q.open) or q.open) + 1
    while start < q.open and (text[start] in " \t\u00a0" or doc.inside_quote(start) and not text[start].isalnum()):
        start += 1
    subject = mention_after(text, start, q.open)
    if subject is None or subject.start != start or subject.kind not in CHOOSING_KINDS or subject.pronoun == "who":
        return None
    if subject.pronoun is None and not text[start].isupper():
        return None
    # "While the mayor hails the deal, | Ms. Reyes dwells on…": the subject right after the clause, then its verb
    after = tokenize(text, subject.end, q.open)[:1]
    return subject if after and after[0].text.isalpha() and not after[0].cap else None


def _closing_mark(text: str, start: int, end: int) -> int | None:
    """Where the first mark in ``text[start:end]`` that closes a clause
    stands, past the commas of a place ("in Dover, Delaware, on Monday"); or None."""
    if CLOSING_MARKS.isdisjoint(text[start:end]):
        return None  # a fast path: no mark at all
    toks = tokenize(text, start, end)
    for j, tok in enumerate(toks):
        if tok.text not in CLOSING_MARKS or place_comma(toks, j):
            continue
        if tok.text == "," and any(place_comma(toks, k) for k in (j - 2, j - 3) if k >= 0) and toks[j - 1].cap:
            continue  # the comma that closes "Dover, Delaware,"
        return tok.start
    return None
