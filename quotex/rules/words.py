"""Readings of single words and of the few words before a position: is a cue
word a noun here ("the report", "Sanders’ comments"), which cue words before
a quotation can attribute it, does a naming word ("so-called", "dubbed") make
the quotation after it a name, which quotation a coordinated one follows
("“…” and “…”"), and small text helpers (the previous non-space character).
Whether a quotation is a title or a name on every reading is
:func:`quotex.rules.titles.names_something`.
"""

from __future__ import annotations

from typing import Final

from quotex.lang import current
from quotex.quotes import QuotedSpan
from quotex.rules.base import compile_rule, on_first_use
from quotex.rules.boundaries import verb_before_that
from quotex.rules.content import object_end
from quotex.rules.document import Document, cue_span
from quotex.speakers import (
    Tok,
    possessive_stem,
    tokenize,
)
from quotex.speakers.tokens import MEMO_SIZE, once_per_document
from quotex.text import Span


def previous_char(text: str, lo: int, pos: int) -> int | None:
    """Offset of the last non-space character before ``pos`` (not before ``lo``)."""
    i = pos - 1
    while i >= lo and text[i] in " \t\u00a0":
        i -= 1
    return i if i >= lo else None


def skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\u00a0,\N{EM DASH}\N{EN DASH}":
        pos += 1
    return pos


def is_according(word: str) -> bool:
    """ "according to" (in the current language), matched as one word by the cue scan."""
    return word.startswith(current().ACCORDING_TO_STARTS)


def possessive(word: str) -> bool:
    """Does the word end in a possessive ("Sanders’", "Trump's")?"""
    return possessive_stem(word.lower()) != word.lower()


#: Words before an opening mark that make a quotation a name, not speech.
NAMING_WORDS: Final = frozenset(
    """
    so-called dubbed titled entitled nicknamed named called labeled labelled branded slogan hashtag word
    words term phrase
    """.split()
)

#: The agent after such a quotation: "“…” | by Joshua Hendrick".
BY_AGENT: Final = compile_rule(r"${stray} ${sp}{0,3} ,? ${sp}{0,3} by ${sp}{1,3}")


#: Between two quotations of one characterisation: "“…” and a “…”", "“…” or “…”".
COORDINATED: Final = compile_rule(r"${stray} ${sp}{0,3} ,? ${sp}{0,3} (?: and | or ) (?: ${sp}{1,3} (?: an? | the ) )? ${sp}{0,3}")
#: How many quotations back a coordination ("“…” and “…”") is followed by the
#: readers of characterisations and partial quotations (here and in :mod:`quotex.rules.before`).
COORDINATED_REACH: Final = 3


def coordinated_before(doc: Document, q: QuotedSpan, lo: int) -> QuotedSpan | None:
    """The quotation right before ``q`` that it is coordinated with ("“…” and
    “…”", "“…,” or a “…”"), opening at or after ``lo``; None when there is none.
    The readers of a coordination step back with it, at most
    ``COORDINATED_REACH`` times."""
    if not doc.quote_opens_in(lo, q.open):
        return None
    prev = doc.quote_at(q.open - 1)
    if prev.open < lo or prev.close is None or prev.outer_end > q.open or not COORDINATED.fullmatch(doc.text, prev.outer_end, q.open):
        return None
    return prev


#: Marks after which a quotation follows no naming word: each is a token of
#: its own, or a period that ends a sentence or an abbreviation ("U.S.", and
#: no naming word is one).
NOT_NAMING_ENDS: Final = frozenset(',.;:!?()"\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}\N{EM DASH}\N{EN DASH}')


def names_the_quote(doc: Document, q: QuotedSpan) -> bool:
    """Is the quotation a name ("the so-called “experts”", "a show called “Veep”"),
    rather than words someone called something ("what Gilbert called “a problem”")?"""
    L = current()
    lo = max(doc.paras[q.paragraph].start, q.open - 40)
    last = previous_char(doc.text, lo, q.open)
    if last is None or doc.text[last] in NOT_NAMING_ENDS:
        return False  # nothing before it, or a mark ('said, “…”', 'ended. “…”'): no need to tokenise
    toks = last_tokens(doc.text, lo, q.open)
    if not toks or toks[-1].low not in NAMING_WORDS:
        return False
    if toks[-1].low == "so-called" or len(toks) < 2:
        return True
    if q.close is not None and BY_AGENT.match(doc.text, q.outer_end, doc.paras[q.paragraph].end):
        return False  # "has been dubbed “polite stalling” by Greta Moll": someone's words
    before = toks[-2]
    speaker_before = before.low in L.SUBJECT_PRONOUNS or before.low in {"who", "whom"} or (before.cap and before.low not in L.DETERMINERS)
    return not speaker_before and not _relative_subject(doc.text, doc.paras[q.paragraph].start, toks[-1].start)


#: Words that open a clause whose subject gives the quotation as a name: "what | several auditors | called “…”".
NAMING_RELATIVES: Final = frozenset({"what", "which", "whom"})
#: Forms of "be" and "get" that make the naming word a passive ("which is called “…”"): a thing so named, no speaker.
NAMING_PASSIVES: Final = frozenset("is are was were be been being get gets got gotten".split())
#: How many words a relative clause's subject may take before the naming word.
RELATIVE_SUBJECT_WORDS: Final = 8


def _relative_subject(text: str, lo: int, pos: int) -> bool:
    """Does a relative clause with a subject of its own end at the naming word
    at ``pos``: 'what several auditors | called “theft”', 'the levy, which
    the port's chief, Ana Ruiz, | called “…”'?  Then the quotation is the
    subject's words, not a name.  Not a passive ('which is called “…”')."""
    words = tokenize(text, max(lo, pos - 100), pos)[-RELATIVE_SUBJECT_WORDS - 1 :]
    for i in range(len(words) - 1, -1, -1):
        if words[i].low in NAMING_RELATIVES:
            between = words[i + 1 :]
            return bool(between) and not any(w.low in NAMING_PASSIVES for w in between)
        if words[i].text in ".;:!?":
            break
    return False


def cues_before(doc: Document, lo: int, hi: int) -> list[Span]:
    """Cue words in ``text[lo:hi]`` that can attribute a quotation, left to
    right; read once a stretch (:attr:`Document.cues_memo`), each caller
    given its own list."""
    known = doc.cues_memo.get((lo, hi))
    if known is None:
        known = doc.cues_memo[lo, hi] = _cues_before(doc, lo, hi)
    return list(known)


def _cues_before(doc: Document, lo: int, hi: int) -> list[Span]:
    L = current()
    found = []
    for start, end, word in doc.cue_words(lo, hi):
        if end > hi:
            continue
        if word not in L.QUOTE_FORMS and word not in L.PARTICLE_FORMS:
            if word in L.THAT_VERB_FORMS and verb_before_that(doc.text, doc.sentence_at(start).start, start, end, word):
                found.append(Span(start, end))  # "Critics note that …", "The board ruled that …": a verb here, a cue
            continue
        lemma = L.LEMMA_OF.get(word)
        if lemma != "call" and lemma in L.NEEDS_PARTICLE and cue_span(doc.text, start, end).end == end:
            continue  # "made" with no "clear" after it: tested first, before the costlier tests of a noun
        if doc.inside_quote(start) or after_determiner(doc.text, lo, start) or aside(doc.text, start, end):
            continue
        cue = cue_span(doc.text, start, end)
        if cue.end == end and word in L.SPLIT_ONLY_FORMS and not _particle_later(doc, word, end):
            continue  # a split verb whose particle stands nowhere in its sentence speaks no words
        if word in NAMING_WORDS and _names_next_quote(doc, cue.end):
            continue  # 'in a box labeled “Diagnosis,” a nurse had typed “…”': a participle naming a thing, no speech
        found.append(cue)
    return found


def _particle_later(doc: Document, word: str, end: int) -> bool:
    """Does a particle of ``word`` stand later in its sentence, perhaps after
    a quotation (the language's ``CLAUSE_END_PARTICLES``)?"""
    L = current()
    rest = doc.text[end : doc.sentence_at(end).end]
    words = {w.strip(".,;:!?\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}") for w in rest.split()}
    return any(p in words for p in L.CLAUSE_END_PARTICLES.get(word, ()))


def _names_next_quote(doc: Document, pos: int) -> bool:
    """Does a quotation open right after ``pos`` that the naming word before it
    makes a name ("a box labeled “Diagnosis”", "a show called “Veep”")?"""
    opening = skip_space(doc.text, pos)
    return doc.quote_opens_at(opening) and names_the_quote(doc, doc.quote_at(opening))


def aside(text: str, start: int, end: int) -> bool:
    """Is the cue word an aside set off by commas ("no cheaper than, say, Ms. Varga's scheme")?"""
    return text[start:end] == "say" and text[end : end + 1] == "," and text[max(0, start - 2) : start] == ", "


#: Words after which a cue form is a noun ("secretary of state", "in a report").
NOUN_MARKERS: Final = frozenset(
    {"of", "for", "in", "at", "from", "with", "by", "via", "through", "whose", "'s", "\N{RIGHT SINGLE QUOTATION MARK}s"}
)

#: How many words :func:`last_tokens` reads before a position.
LAST_WORDS: Final = 2


def last_tokens(text: str, lo: int, pos: int) -> list[Tok]:
    """The tokens of the last two words of ``text[lo:pos]``: what the last two
    tokens of the whole stretch are, read without tokenising all of it (a
    token never spans a space, so starting at one changes no token)."""
    start = pos
    for _ in range(LAST_WORDS):
        while start > lo and text[start - 1].isspace():
            start -= 1
        space = max(text.rfind(" ", lo, start), text.rfind("\n", lo, start), text.rfind("\t", lo, start))
        start = lo if space < 0 else space + 1
        if start <= lo:
            break
    return tokenize(text, start, pos)


#: "the accused", "the prime accused": a determiner and at most one word before "accused".
NOMINAL_ACCUSED: Final = on_first_use(r"\b(?:the|an?|his|her|their)(?:\s+\p{Ll}+)?\s+\Z")


@once_per_document(MEMO_SIZE)
def after_determiner(text: str, lo: int, pos: int) -> bool:
    """Is the cue word a noun here ("the report", "a call for")?  Not after
    a quantifier that stands alone as its subject ("All agreed | that …"),
    asked only of the few cue words read as nouns.  Read once within a
    document: the cue scan before a quotation and the reported speech reader
    ask it of the same cue (a third of the calls)."""
    return _noun_after_determiner(text, lo, pos) and not _quantifier_speaks(text, lo, pos)


def _noun_after_determiner(text: str, lo: int, pos: int) -> bool:
    """Is the cue word a noun after a determiner or the like?"""
    L = current()
    if L.SUBJECT_RELATIVES and _relative_verb(text, lo, pos):
        return False
    word = text[pos : pos + 12].split(" ", 1)[0].lower().rstrip(",.;:")
    # "Another wrote, “…”", "Yet another said", "another says": the pronoun of a list of sources, a verb
    # after it (a noun after "another" would be singular)
    past = word.endswith(("ed", "s")) and not word.endswith("ss") or word in {"said", "told", "wrote"}
    if word == "accused" and NOMINAL_ACCUSED.search(text, max(lo, pos - 30), pos):
        return True  # "the prime accused", "the accused": a person, not a verb
    plain = _lowercase_word_before(text, max(lo, pos - 20), pos)
    if plain in GERUND_PREPOSITIONS and word.endswith("ing"):
        return False  # "by telling them that", "after saying": a gerund, a verb with its object
    if plain is not None and L.LEMMA_OF.get(word) != word:
        # a lowercase word names nothing and owns nothing: only the word itself counts
        return (
            not (plain in {"another", "one"} and past)
            and _determines(plain)
            or _counted(plain, word)
            or _partitive_head(text, lo, pos, plain, word)
        )
    toks = last_tokens(text, max(lo, pos - 20), pos)
    if not toks:
        return False
    before = toks[-1].low
    if before in {"another", "one"} and past:
        return False
    if before in GERUND_PREPOSITIONS and word.endswith("ing") and not toks[-1].cap:
        return False  # as above, where the word before was not read without tokens ("by\n telling")
    return (
        _determines(before)
        or _noun_after_name(toks, word)
        or _counted(before, word)
        or _indefinite_noun(toks, word)
        or _definite_noun(toks, word)
        or _compound_modified(toks, word)
    )


def _quantifier_speaks(text: str, lo: int, pos: int) -> bool:
    """Is the word before a cue form a quantifier standing alone as its
    subject ("All agreed that …", "Most said the plan …"): the cue followed
    by what opens its clause ("that", a determiner, a subject pronoun), not
    by a noun it would modify ("both said races")?"""
    L = current()
    word = text[pos : pos + 12].split(" ", 1)[0].lower().rstrip(",.;:")
    if not word.endswith("ed") and word not in L.IRREGULAR_PAST:
        return False  # "many reasons that …": a plural noun; the quantifiers that speak do so in the past
    before = text[max(lo, pos - 8) : pos].split()[-1:]
    if not before or before[0].lower() not in L.PRONOUN_QUANTIFIERS:
        return False  # most cues: no quantifier before them, read without more
    opening = text[lo : text.rfind(before[0], max(lo, pos - 8), pos)].rstrip()
    if opening and opening[-1] != ",":
        return False  # "urged both | to …", "broken many | promises": the quantifier ends a phrase, no subject
    after = text[pos + len(word) : pos + len(word) + 12].split(None, 1)[:1]
    nxt = after[0].lower() if after else ""
    return nxt == "that" or nxt in L.DETERMINERS or nxt in L.SUBJECT_PRONOUNS


def _partitive_head(text: str, lo: int, pos: int, plain: str, word: str) -> bool:
    """Is the cue form in -s the plural head of a partitive after a count,
    its determiner and a singular modifier ("one of the key claims", "some
    of her main claims")?  A count of a phrase takes a plural head, and the
    modifier before the cue is none; a collective noun is one ("one of the
    crew says")."""
    if not word.endswith("s") or word.endswith("ss") or plain.endswith("s"):
        return False
    L = current()
    if plain in L.COLLECTIVE_HEADS or plain in L.GROUP_HEADS or plain in L.ORGANIZATION_HEADS:
        return False
    words = text[max(lo, pos - 40) : pos].lower().split()[-4:]
    return len(words) == 4 and words[0] in L.PRONOUN_COUNTS and words[1] in L.PARTITIVE_PREPOSITIONS and words[2] in L.DETERMINERS


def _definite_noun(toks: list[Tok], word: str) -> bool:
    """Is a cue's base form a noun after a definite determiner and an
    adjective of order ("the last claim", "his latest tweet", "the same
    answer")?  Not after a noun: "growers across the county say"."""
    if len(toks) < 2:
        return False
    modifier = toks[-1]
    L = current()
    if modifier.cap or not (modifier.low in L.ORDER_ADJECTIVES or modifier.low.endswith("est") and len(modifier.low) > 5):
        return False
    return (
        toks[-2].low in L.DEFINITE
        and L.LEMMA_OF.get(word) == word
        and word not in L.IRREGULAR_PAST  # "wrote" is a lemma of its own: "the author wrote"
        and not word.endswith("ed")
    )


def _indefinite_noun(toks: list[Tok], word: str) -> bool:
    """Is a cue's base form a noun after "a"/"an" and one word ("a snappy
    retort", "a terse reply")? "a spokesman say" is no clause."""
    L = current()
    return (
        len(toks) >= 2
        and toks[-2].low in {"a", "an"}
        and not toks[-1].punct
        and toks[-1].low not in L.SHARE_WORDS  # "a third say", "a majority agree": a share of people speaks
        and L.LEMMA_OF.get(word) == word
    )


def _compound_modified(toks: list[Tok], word: str) -> bool:
    """Is a cue form in -s a plural noun after a possessive and a hyphenated
    modifier ("his early-morning tweets", "her late-night remarks")?"""
    return word.endswith("s") and len(toks) >= 2 and toks[-2].low in POSSESSIVE_DETERMINERS and "-" in toks[-1].text and not toks[-1].cap


#: Possessive determiners before a modified noun.
POSSESSIVE_DETERMINERS: Final = frozenset("his her their its our my your".split())


def _counted(before: str, word: str) -> bool:
    """Is the cue form in -s a plural noun after a count ("in 11 states",
    "seven states where", "two reports")? A count of more than one takes no
    verb in -s."""
    counted = before.isdigit() and before != "1" or before in current().NUMBER_WORDS and before != "one" or before in QUANTIFIERS
    return word.endswith("s") and not word.endswith("ss") and counted


#: Prepositions after which a cue in -ing is a gerund that reports ("by telling them that").
GERUND_PREPOSITIONS: Final = frozenset({"by", "after", "before", "without", "while"})

#: Quantifiers before a plural noun: "the many reasons", "several reports", "some questions".
QUANTIFIERS: Final = frozenset({"many", "several", "few", "both", "some"})


def _noun_after_name(toks: list[Tok], word: str) -> bool:
    """Is the cue form ``word`` a noun after a name that modifies or owns it
    ("a Twitter comment", "Sanders’ comments"; "the Post reported" is a verb),
    or after an adjective of party or nation ("32% of Republican claims")?"""
    L = current()
    return (
        len(toks) >= 2
        and toks[-1].cap
        and toks[-2].low in {"a", "an"}
        or possessive(toks[-1].low)
        and toks[-1].low.replace("\N{RIGHT SINGLE QUOTATION MARK}", "'") not in L.CONTRACTED_PRONOUNS
        or (
            word in L.CLAIM_NOUNS
            and len(toks) >= 2
            and toks[-1].cap
            and toks[-1].low.endswith(("an", "ic", "ish", "ese"))
            and (toks[-2].low in L.DETERMINERS or toks[-2].low in NOUN_MARKERS)
        )
    )


#: A lowercase word right after a comma, before a cue: a relative pronoun in a language that has them.
_AFTER_RELATIVE: Final = on_first_use(r",[ \t\u00a0]{1,3}(?P<word>\p{Ll}+)[ \t\u00a0]{1,3}\Z")


def _relative_verb(text: str, lo: int, pos: int) -> bool:
    """Is a lowercase cue the verb of a relative clause its pronoun opens
    (the language's ``SUBJECT_RELATIVES``, right after a comma)?  Such a
    pronoun is written like an article, but the cue after it is no noun."""
    m = _AFTER_RELATIVE.search(text, max(lo, pos - 16), pos)
    return m is not None and m.group("word") in current().SUBJECT_RELATIVES and text[pos : pos + 1].islower()


def _determines(low: str) -> bool:
    """Does a word before a cue form make it a noun ("the report", "in a statement")?"""
    L = current()
    # a number makes only a plural a noun (:func:`_counted`): "one in four said", "nine in 10 say" are verbs
    standalone = low in {"some", "many", "several"} or low in L.STANDALONE_DETERMINERS
    return (low in L.DETERMINERS and not standalone and low not in L.NUMBER_WORDS) or low in NOUN_MARKERS


#: The longest word :data:`quotex.speakers.tokens.TOKEN` reads as one token.
MAX_TOKEN_LETTERS: Final = 41


def _lowercase_word_before(text: str, lo: int, pos: int) -> str | None:
    """The word right before ``pos`` (after ``lo``), lowercased, when it is
    all letters and does not start with a capital ("the", "of"): then it is
    the last token of the stretch, as :func:`last_tokens` would read it,
    without tokenising.  None for any other word ("Gov.", "Sanders’", "32%")."""
    last = previous_char(text, lo, pos)
    if last is None:
        return None
    space = max(text.rfind(" ", lo, last), text.rfind("\t", lo, last), text.rfind("\u00a0", lo, last))
    word = text[max(space + 1, lo) : last + 1]
    if not word.isalpha() or word[0].isupper() or len(word) > MAX_TOKEN_LETTERS:
        return None
    return word.lower()


def count_opens(words: list[str]) -> bool:
    """Do ``words`` open with a count or a share after a quantifier ("said about | 30 families",
    "said about | half of the rise", "said nearly | a third of", "predicted about | one-third of",
    "said about | two dozen")?"""
    L = current()
    low = [w.lower().strip(",;") for w in words]
    if low[0][:1].isdigit() or low[0] in L.SHARE_WORDS or low[0] in L.NUMBER_WORDS:
        return True
    if "-" in low[0] and low[0].rsplit("-", 1)[1] in L.SHARE_WORDS:
        return True  # "about | one-third of the vote"
    return low[0] in ("a", "an") and len(low) > 1 and low[1] in L.SHARE_WORDS


#: A named object, then the label given it: "called | climate change a hoax",
#: "calls | the plan an insult to voters" (not "called a meeting", "called for").
LABEL_OBJECT: Final = compile_rule(
    r"""
    ${sp}{1,3}
    (?! (?: a | an | for | on | in | out | off | up | back | to | upon | by | at | with | from | into ) \b )
    [\p{L}\p{N}'\-\N{RIGHT SINGLE QUOTATION MARK}]{1,30}
    (?: ${sp}{1,3} (?! (?: a | an | to | into | onto | out | off | up | back | home | over | who | which | that | when | if | but ) \b )
    [\p{L}\p{N}'\-.\N{RIGHT SINGLE QUOTATION MARK}]{1,30} ){0,8}?
    ${sp}{1,3} (?: a | an ) ${sp}{1,3} \p{Ll}
    """
)

#: The verbs that give a label to their object ("call"), by lemma.
LABELLING_LEMMAS: Final = frozenset({"call"})


def labels_object(text: str, lemma: str | None, pos: int, end: int) -> bool:
    """Does a labelling verb ending at ``pos`` name an object and the label it
    gives it ("The mayor called the plan a fraud")?  What was said is both."""
    return lemma in LABELLING_LEMMAS and LABEL_OBJECT.match(text, pos, end) is not None


#: A whole answer reported in a word or two: "75 percent said | yes", "half
#: said | so in May", "he said | the same of his rival", "she said | as much".
SHORT_ANSWER: Final = compile_rule(
    r"""
    (?: yes | no | so | otherwise | as ${sp}{1,3} much | the ${sp}{1,3} same (?: ${sp}{1,3} thing )? )
    (?= ${sp}{0,3} \Z | ${sp}{0,3} [,;:.!?)]
    | ${sp}{1,3} (?: in | on | at | to | of | about | when | after | before | during | last | this | too | again | then
                   | while | whereas ) \b )
    """
)

#: A yes or a no given to a proposal, which is its object: "he said | no to the new dam", "voted yes to".
ANSWER_TO: Final = compile_rule(r"(?: yes | no ) ${sp}{1,3} to ${sp}{1,3} (?= \p{L} )")


#: A clause cut to its subject pronoun and auxiliary, the verb understood
#: from the sentence before, at the end of its sentence: "Ortiz said | he
#: would.", "40 percent say | she does not."  A comma may go on to the verb
#: ("he would, if elected, cut taxes"), so only a sentence's end closes it.
ELLIPTICAL_CLAUSE: Final = compile_rule(
    r"""
    (?: he | she | they | it | we | I | you ) ${sp}{1,3}
    (?: (?: would | could | will | can | did | does | do | had | has | have | was | were | is | are
          | should | might | may | must ) (?: ${sp}{1,3} not )?
      | (?: won | wouldn | couldn | can | didn | doesn | don | hadn | hasn | haven | wasn | weren | isn
          | aren | shouldn ) [\N{RIGHT SINGLE QUOTATION MARK}'] t )
    (?= ${sp}{0,3} (?: \Z | [.;!?] ) )
    """
)


def short_answer(text: str, start: int, end: int) -> Span | None:
    """The answer in ``text[start:end]`` when a report holds only a yes, a
    no, a "so" or "the same" (and a setting after it), or a clause cut to
    its subject and auxiliary ("he would")."""
    if (to := ANSWER_TO.match(text, start, end)) is not None:
        comma = text.find(",", to.end(), end)  # "no to the dam, | which cost millions": the reading stops at a comma
        return Span(start, object_end(text, to.end(), comma if comma >= 0 else end))  # "said no to the new dam"
    m = SHORT_ANSWER.match(text, start, end) or ELLIPTICAL_CLAUSE.match(text, start, end)
    return Span(m.start(), m.end()) if m else None


#: Words of count before a participle that modifies a plural noun: "4,051 | pledged delegates".
COUNT_WORDS: Final = frozenset({"more", "fewer", "most", "many", "all", "total"})


def participle_adjective(text: str, lo: int, start: int, end: int) -> bool:
    """Is the cue form in -ed at ``text[start:end]`` an adjective between a
    count and a plural noun ("won 20 pledged delegates", "more pledged
    delegates")?  A count that speaks takes an object or a clause instead
    ("20 pledged to vote", "half pledged support")."""
    if not text[start:end].endswith("ed"):
        return False
    words = text[max(lo, start - 20) : start].split()
    if not words:
        return False
    before = words[-1].lower()
    counted = before.replace(",", "").isdigit() or before in current().NUMBER_WORDS or before in COUNT_WORDS
    after = text[end : end + 30].split()[:1]
    noun = bool(after) and after[0].islower() and after[0].rstrip(",.;:").endswith("s") and not after[0].endswith("ss")
    return counted and noun


#: Words that may stand between a form of "be" and a passive participle: "was | widely | criticized".
PASSIVE_GAP_MAX: Final = 2


#: Words other than adverbs in -ly that may stand between "be" and a passive cue: "was first reported".
PASSIVE_GAP_WORDS: Final = frozenset("not first also never earlier".split())


def passive_cue(text: str, lo: int, start: int, end: int) -> bool:
    """Is the cue form at ``text[start:end]`` a passive participle after a
    form of "be" and at most two adverbs or "not" ("voters were asked", "was
    roundly criticized", "was not asked to speak")?  Its subject was spoken to
    or about; it said nothing.  A progressive ("has been saying") is no passive."""
    if text[start:end].endswith("ing"):
        return False
    words = text[max(lo, start - 40) : start].split()[-(PASSIVE_GAP_MAX + 1) :]
    L = current()
    for i in range(len(words) - 1, -1, -1):
        low = words[i].lower()
        if low in L.PASSIVE:
            return True
        if not (low in PASSIVE_GAP_WORDS or low.endswith("ly") and low.isalpha()):
            return False
    return False
