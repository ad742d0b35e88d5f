"""Speaker mentions: find them next to a cue, classify them, resolve them.

A mention is read off word tokens around the cue, never off a rewritten
copy of the text.  :func:`mention_before` walks back from a cue ("a spokesman
for the Russian Embassy in Washington | said"), :func:`mention_after` walks
forward from one ("said | Kirby, a State Department spokesman").  Both return
a :class:`Mention` with its kind ("person", "organization", "group",
"anonymous", "document"), the name split from the role, and the gender where
the text tells it.  :class:`Resolver` then maps "he" and "Kirby" to the
fullest name of that person in the document.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from functools import lru_cache, wraps
from typing import Any, Final, TypeVar

import regex

from quotex import cues, german, lexicon
from quotex.model import SpeakerKind
from quotex.text import ABBREVIATIONS, STATE_ABBREVIATIONS

#: Word tokens with inner periods (U.S.), apostrophes and hyphens, plus the
#: punctuation that bounds a mention.  A trailing period is attached by
#: :func:`tokenize` only to abbreviations and initials.
TOKEN: Final = regex.compile(
    r"""
    [\p{L}\p{N}] (?: [\p{L}\p{M}\p{N}'\N{RIGHT SINGLE QUOTATION MARK}&\-] | \.(?=\p{L}) ){0,40} %?
    | [(),;:\N{EM DASH}\N{EN DASH}.!?"\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}\N{DOUBLE LOW-9 QUOTATION MARK}«»]
    """,
    regex.VERBOSE,
)

DETERMINERS: Final = (
    frozenset(
        """
    a an the another one two three four five six several some many other his her their its our my your
    this these those both all few most multiple numerous dozens hundreds
    """.split()
    )
    | german.DETERMINERS
)
INDEFINITE: Final = (
    frozenset(
        """
    a an another one two three four five six several some many multiple numerous few dozens
    """.split()
    )
    | german.INDEFINITE
)
DEFINITE: Final = frozenset({"the", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those"})
PREPOSITIONS: Final = (
    frozenset(
        """
    of for with in at from on to close familiar speaking within inside near under behind without
    """.split()
    )
    | german.PREPOSITIONS
)
SUBJECT_PRONOUNS: Final = frozenset({"he", "she", "they", "we", "i", "it", "you"}) | frozenset(german.PRONOUNS)
#: Pronouns for one person, and the English pronoun each resolves like.
PERSON_PRONOUNS: Final = {"he": "he", "she": "she", "i": "i", "you": "you", "er": "he", "sie": "she", "ich": "i"}
TIME_WORDS: Final = (
    frozenset(
        """
    monday tuesday wednesday thursday friday saturday sunday today yesterday tonight morning afternoon
    evening night week weekend month year january february march april may june july august september
    october november december jan feb aug sept oct nov dec earlier later recently previously then now
    ago last this next early late day days weeks months years interview statement speech tweet email
    press release conference briefing call rally appearance hearing past future time times occasion
    summer winter spring autumn
    """.split()
    )
    | german.TIME_WORDS
)
#: Counts that stand alone for their speakers: "One tweeted…", "Many said…".
PRONOUN_COUNTS: Final = frozenset("one another some many several few".split())
#: Counts that head a mention of a share of people ("one in five say").
NUMBER_WORDS: Final = frozenset("one two three four five six seven eight nine ten dozen dozens hundreds thousands".split())
#: Nouns of a setting ("in an interview"), dropped only after a preposition:
#: "the statement said" keeps its speaker.
SETTING_NOUNS: Final = frozenset(
    "interview statement speech tweet email press release conference briefing call rally appearance hearing".split()
)
#: Forms of "be" that make the cue after them passive.
PASSIVE: Final = frozenset("was were is are be been being 's".split())
#: Words that open a time phrase: "in the past", "on Monday", "last week".
TIME_PREPOSITIONS: Final = frozenset("in on at last this earlier late over".split()) | german.TIME_PREPOSITIONS
#: Words that end a mention when walking over it.
STOP: Final = (
    (lexicon.NOT_SPEAKERS - DETERMINERS - PREPOSITIONS - SUBJECT_PRONOUNS)
    | frozenset(
        """
    who whom whose said says told not being been according however meanwhile also asked added while
    whether though although after before since until during about into over against like unlike via by s
    n't let lets get got say
    """.split()
    )
    | cues.QUOTE_FORMS
    | frozenset(cues.AUXILIARIES)
    | german.AUXILIARIES
)
NOUN_HEADS: Final = (
    lexicon.PEOPLE_HEADS
    | lexicon.ANONYMOUS_HEADS
    | lexicon.GROUP_HEADS
    | lexicon.DOCUMENT_HEADS
    | lexicon.ORGANIZATION_HEADS
    | (lexicon.TITLES - lexicon.NOT_SPEAKERS - {"new", "york", "first", "top", "senior", "white", "green", "national"})
)
#: Capitalised words that are not names.
NOT_NAMES: Final = (
    frozenset(
        """
        the this that these those there it in on at but and so if when as a an after before while asked
        then now yes no still here what why how for with we i you yet however meanwhile instead indeed
        also moreover furthermore nonetheless nevertheless though although thus hence besides otherwise
        earlier later today protest
        """.split()
    )
    | german.ADVERBS
    # "Times" and "Press" name newspapers and agencies ("The Times said")
    | (TIME_WORDS - lexicon.ORGANIZATION_HEADS)
)
NAME_PARTICLES: Final = frozenset(
    """
    de van von der bin al la le del da di du ibn st.
    """.split()
)
NAME_SUFFIXES: Final = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
MAX_TOKENS: Final = 16
#: Pronouns contracted with a verb ("He’s claiming", "they're saying"): the pronoun speaks.
CONTRACTED_PRONOUNS: Final = {
    "he's": "he", "she's": "she", "they're": "they", "we're": "we", "i'm": "i",
    "he'd": "he", "she'd": "she", "they'd": "they", "we'd": "we", "i'd": "i",
    "he'll": "he", "she'll": "she", "they'll": "they", "we'll": "we", "i'll": "i",
    "they've": "they", "we've": "we", "i've": "i",
}  # fmt: skip
#: Prepositions that go on describing a named speaker ("Kirby of the State
#: Department", "the senator from Ohio"); others end the name ("in a statement").
NAME_PREPOSITIONS: Final = frozenset("of from for von aus".split())
#: Marks around a quoted name inside a mention, and the words that lead to it
#: ("a report in the “Daily News”", "ein Bericht der „Süddeutschen Zeitung“").
TITLE_OPENERS: Final = frozenset('"\N{LEFT DOUBLE QUOTATION MARK}\N{DOUBLE LOW-9 QUOTATION MARK}»«')
TITLE_CLOSERS: Final = frozenset('"\N{RIGHT DOUBLE QUOTATION MARK}\N{LEFT DOUBLE QUOTATION MARK}«»')
TITLE_LEADS: Final = frozenset("the of der des die das im in".split())
#: Passives that pass the words on to their subject: "X was quoted as saying".
QUOTED_AS: Final = frozenset({"quoted", "described", "cited"})
#: Adverbs set off by commas between a subject and its verb ("Forbes, however, says").
PARENTHETICALS: Final = frozenset("however meanwhile though too also moreover instead nonetheless nevertheless indeed".split())
#: Courtesy titles: they tell gender, not a role.
COURTESY_TITLES: Final = frozenset({"mr", "mrs", "ms", "miss", "herr", "frau"})
#: German articles of the dative (and accusative) case: after a name they open its object ("sagte Merkel der Zeitung").
DATIVE_ARTICLES: Final = frozenset({"der", "dem", "den"})
#: Two-word parentheticals: "Ayotte’s campaign, for example, said".
PARENTHETICAL_PAIRS: Final = frozenset(
    {("for", "example"), ("for", "instance"), ("in", "turn"), ("of", "course"), ("in", "fact"), ("in", "particular")}
)
#: Punctuation that bounds an apposition ("Flynn, a top Trump surrogate, said").
APPOSITION_ENDS: Final = frozenset(",;:.!?\N{EM DASH}\N{EN DASH}")
#: A party and state tag after a name: "R-Pa.", "D-Va.", "I-Vt."
PARTY_TAG: Final = regex.compile(r"[RDI]-\p{Lu}\p{L}{0,4}\.?")


@lru_cache(maxsize=8192)
def _word_features(text: str) -> tuple[str, bool, bool]:
    """What a :class:`Tok` of ``text`` knows of its word, the same wherever the
    word occurs, so read once: the word lowercased, without a final period
    ("Gov." -> "gov"), whether it starts with a capital, and whether it starts
    with neither a letter nor a digit (punctuation)."""
    return text.lower().rstrip("."), text[:1].isupper(), not text[:1].isalnum()


class Tok:
    """A token with what the mention walkers ask of it, computed once."""

    __slots__ = ("text", "start", "end", "low", "cap", "punct")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.low, self.cap, self.punct = _word_features(text)

    def __repr__(self) -> str:
        return f"Tok({self.text!r}, {self.start}, {self.end})"


@dataclass(frozen=True)
class Mention:
    """A speaker mention as read off the text, before resolution."""

    text: str
    start: int
    end: int
    kind: SpeakerKind
    name: str
    role: str | None
    gender: str | None
    pronoun: str | None = None  # "he", "she", "they", "it", "we", "i"


#: The document being extracted and what was read off it, by reader and arguments.
_DOCUMENT: ContextVar[tuple[str, dict[Any, dict[tuple[int, int], Any]]] | None] = ContextVar("quotex_document", default=None)

_R = TypeVar("_R")
#: The most answers of one reader remembered at once; the rules ask again within a sentence.
MEMO_SIZE: Final = 1024
#: The most token lists remembered at once: a stretch is read again soon after
#: or not at all, and token lists kept alive would make the garbage collector
#: run far more often (on a document of 400,000 cues, a twentieth of the time).
TOKEN_MEMO_SIZE: Final = 8


@contextmanager
def document_scope(text: str) -> Iterator[None]:
    """While extracting ``text``, read each speaker mention once.

    The rules ask for the mention before the same cue several times (its
    trailing attribution, then its clause).  Within this scope the readers
    marked :func:`_once_per_document` remember their answers for ``text``;
    a context variable, so that threads extracting other documents do not
    share them, and the memory goes with the document.
    """
    token = _DOCUMENT.set((text, {}))
    try:
        yield
    finally:
        _DOCUMENT.reset(token)


def _once_per_document(size: int) -> Callable[[Callable[[str, int, int], _R]], Callable[[str, int, int], _R]]:
    """Remember ``reader(text, a, b)`` within a :func:`document_scope` of
    ``text``, at most ``size`` answers of each reader at once."""

    def remember(reader: Callable[[str, int, int], _R]) -> Callable[[str, int, int], _R]:
        @wraps(reader)
        def remembered(text: str, a: int, b: int) -> _R:
            scope = _DOCUMENT.get()
            if scope is None or scope[0] is not text:
                return reader(text, a, b)
            known = scope[1].setdefault(reader, {})
            key = (a, b)
            if key not in known:
                if len(known) >= size:
                    known.clear()  # memory stays bounded in a document of a million cues
                known[key] = reader(text, a, b)
            result: _R = known[key]
            return result

        return remembered

    return remember


def tokenize(text: str, start: int, end: int) -> list[Tok]:
    """Word and punctuation tokens of ``text[start:end]``.

    The rules often read a stretch again right after reading it (the words
    before a cue, for each quotation near it): within a :func:`document_scope`
    the last few stretches are remembered, and each caller gets its own copy.
    """
    return list(_tokenize_recent(text, start, end))


@_once_per_document(TOKEN_MEMO_SIZE)
def _tokenize_recent(text: str, start: int, end: int) -> list[Tok]:
    """Word and punctuation tokens of ``text[start:end]``, the last few remembered."""
    toks: list[Tok] = []
    for m in TOKEN.finditer(text, start, end):
        s, e = m.span()
        word = m.group()
        if (
            word == "."
            and toks
            and not toks[-1].punct
            and toks[-1].end == s
            and (toks[-1].low in ABBREVIATIONS or len(toks[-1].text) == 1 or "." in toks[-1].text or PARTY_TAG.fullmatch(toks[-1].text))
        ):
            prev = toks.pop()
            toks.append(Tok(text[prev.start : e], prev.start, e))
            continue
        toks.append(Tok(word, s, e))
    return toks


def possessive_stem(low: str) -> str:
    """The word without its possessive ending: "trump's" -> "trump", "sanders’" -> "sanders"."""
    for suffix in ("'s", "\N{RIGHT SINGLE QUOTATION MARK}s"):
        if low.endswith(suffix):
            return low[: -len(suffix)]
    if low.endswith(("s'", "s\N{RIGHT SINGLE QUOTATION MARK}")):
        return low[:-1]
    return low


def _acceptable_head(tok: Tok) -> bool:
    low = tok.low
    if low in SUBJECT_PRONOUNS:
        return True
    if low.endswith("%") or low in NUMBER_WORDS or low in PRONOUN_COUNTS:
        return True  # "47% say", "About one in five say", "Yet another said"
    if low.endswith(("-year-old", "-year-olds")):
        return True  # "said the 46-year-old"
    if tok.cap:
        return low not in NOT_NAMES
    return low in NOUN_HEADS or (low.endswith("s") and low[:-1] in NOUN_HEADS)  # "polls", "results"


def _determined_noun(core: list[Tok]) -> bool:
    """A lowercase word after a determiner is a noun: "one user", "the host"."""
    head = core[-1]
    return (
        len(core) >= 2
        and core[0].low in {"a", "an", "the", "one", "another", "his", "her", "their"}
        and not head.cap
        and head.text.replace("-", "").isalpha()
        and not head.low.endswith(("s", "est", "ly", "ous", "ive", "ful", "ic", "al"))
        and head.low not in STOP
    )


def _core(toks: list[Tok]) -> list[Tok]:
    """The mention up to its first preposition or parenthesis: its head phrase."""
    core: list[Tok] = []
    for t in toks:
        if t.text in TITLE_OPENERS or t.text in TITLE_CLOSERS:
            continue  # the marks of a quoted name: "des „Spiegel“"
        if t.punct or (t.low in PREPOSITIONS and not t.cap):
            break
        if core and t.low in german.GENITIVE_ARTICLES and not t.cap:
            break  # "ein Sprecher des Ministeriums": the head comes before the genitive
        core.append(t)
    return core


def _strip_time(toks: list[Tok]) -> list[Tok]:
    """Drop a trailing time or setting phrase ("on Monday", "in an interview")."""
    for i, t in enumerate(toks):
        if i > 0 and t.low in {"on", "in", "at", "last", "this", "during", "earlier", "late", "early", "am"} and not t.cap:
            rest = toks[i + 1 :]
            if rest and all(r.low in TIME_WORDS or r.low in DETERMINERS or r.text.isdigit() for r in rest):
                return toks[:i]
    while toks and toks[-1].low in TIME_WORDS and toks[-1].low not in SETTING_NOUNS and len(toks) > 1 and not toks[-1].cap:
        toks = toks[:-1]  # "Trump Monday", but not "the statement"
    return toks


def _name_run(toks: list[Tok]) -> list[Tok]:
    """The trailing run of capitalised tokens that forms a person's name."""
    run: list[Tok] = []
    for t in reversed(toks):
        low = t.low
        particle = bool(run) and low in NAME_PARTICLES and not t.cap  # "von der Leyen", "de Maizière"
        if t.cap or particle:
            if (low in NOT_NAMES or low in german.DETERMINERS) and not particle:
                break
            if run and possessive_stem(low) != low:
                break  # "CNN’s Tara Setmayer": the owner is no part of the name
            run.insert(0, t)
        elif low in NAME_SUFFIXES:
            run.insert(0, t)
        else:
            break
    while len(run) > 1 and (possessive_stem(run[0].low).rstrip(".") in lexicon.TITLES or _german_title(run[0].low)):
        run = run[1:]  # "Gov. Jerry Brown", "Umweltministerin Svenja Schulze"
    for k, t in enumerate(run[:-1]):
        if k and (t.low in lexicon.MALE_NAMES or t.low in lexicon.FEMALE_NAMES):
            run = run[k:]  # "Herausforderer Joe Biden": a known first name starts the name
            break
    while run and run[0].low in NAME_PARTICLES:
        run = run[1:]
    return run


#: German head nouns that end compounds ("Innen|ministerium", "Polizei|sprecher"),
#: also in the genitive ("des Innenministeriums"), after at least three
#: letters; longest first so that "sprecherin" wins over "sprecher".
GERMAN_COMPOUND_HEAD: Final = regex.compile(
    r"(?<=\p{L}{3}) (?P<head> \L<heads> ) (?: es | s )? \Z",
    regex.VERBOSE,
    heads=sorted(german.ORGANIZATION_HEADS | german.PEOPLE_HEADS | german.ANONYMOUS_HEADS | german.DOCUMENT_HEADS, key=len, reverse=True),
)


@lru_cache(maxsize=4096)
def _german_compound_head(low: str) -> str | None:
    """The known German head noun a compound ends with, also in the genitive."""
    m = GERMAN_COMPOUND_HEAD.search(low)
    return None if m is None else m.group("head")


#: German head nouns of offices and roles ("Ministerin", "Sprecher").
GERMAN_ROLE_HEADS: Final = german.PEOPLE_HEADS | german.ANONYMOUS_HEADS


def _german_title(low: str) -> bool:
    """A German compound naming an office or role: "Umweltministerin", "Fraktionschef"."""
    return (low if low in GERMAN_ROLE_HEADS else _german_compound_head(low)) in GERMAN_ROLE_HEADS


def _pieces(text: str, toks: list[Tok]) -> str:
    """The text of ``toks``, contiguous runs joined by a space: a role on both
    sides of a name ("Bundeskanzlerin … (CDU)") leaves the name out."""
    parts: list[list[Tok]] = []
    for t in toks:
        if parts and text[parts[-1][-1].end : t.start].strip() == "":
            parts[-1].append(t)
        else:
            parts.append([t])
    return " ".join(text[p[0].start : p[-1].end] for p in parts)


def classify(text: str, toks: list[Tok], appos: list[Tok] | None = None) -> Mention | None:
    """Read a mention's kind, name, role and gender off its tokens."""
    while toks and (toks[0].low in PREPOSITIONS or toks[0].low in {"and", "but", "so"} or toks[0].low in german.ADVERBS):
        toks = toks[1:]  # "and Kirby", "Auch SPD-Chef …"
    toks = _strip_time(toks)
    if not toks:
        return None
    core = _core(toks)
    if not core:
        return None
    head = core[-1]
    contracted = CONTRACTED_PRONOUNS.get(head.low.replace("\N{RIGHT SINGLE QUOTATION MARK}", "'")) if len(core) == 1 else None
    if contracted is None and not _acceptable_head(head) and not _determined_noun(core):
        return None
    if contracted is None and possessive_stem(head.low) != head.low:
        return None  # "Trump’s" is a possessor, not a speaker
    start, end = toks[0].start, toks[-1].end
    mention_text = text[start:end]
    low = contracted or head.low  # "He’s claiming" is "he" claiming
    if low not in NOUN_HEADS and low.endswith("s") and low[:-1] in NOUN_HEADS and not head.cap:
        low = low[:-1]  # "polls" reads as "poll"
    if head.cap and low not in NOUN_HEADS:
        low = _german_compound_head(low) or low  # "Innenministeriums" reads as "ministerium"
    stem = possessive_stem(low)
    words = {t.low for t in toks}
    common = not head.cap or (head is core[0] and len(core) == 1 and low in NOUN_HEADS) or low in lexicon.COMMON_CAPITALISED
    role_toks: list[Tok] = []
    gender: str | None = None
    pronoun: str | None = None
    name = mention_text
    kind: SpeakerKind
    if low in SUBJECT_PRONOUNS and len(core) == 1:
        pronoun = low
        gender = lexicon.PRONOUNS.get(low)
        kind = "person" if low in PERSON_PRONOUNS else ("organization" if low in {"it", "es"} else "group")
        pronoun = PERSON_PRONOUNS.get(low, low)
    elif len(core) == 1 and low in PRONOUN_COUNTS:
        # "One tweeted, “…” Another said": a pronoun-like count is an unnamed source
        kind = "anonymous" if low in {"one", "another"} else "group"
    elif common and low in lexicon.DOCUMENT_HEADS:
        kind = "document"
    elif (
        common
        and low in lexicon.ANONYMOUS_HEADS
        and (
            core[0].low in INDEFINITE
            or words & lexicon.ANONYMOUS_MARKERS
            or (core[0].low not in DEFINITE and not core[0].text[:1].isdigit() and low.endswith("s"))
        )
    ):
        kind = "anonymous"
        role_toks = toks
    elif common and low not in NOUN_HEADS and core[0].low in INDEFINITE:
        kind = "anonymous"  # "one user", "a friend"
    elif common and (low in lexicon.GROUP_HEADS or low.endswith("%") or low in NUMBER_WORDS):
        kind = "group"
    elif stem in lexicon.ORGANIZATION_HEADS or (head.cap and stem in lexicon.PLACES):
        kind = "organization"
    elif head.cap and low in lexicon.GROUP_HEADS:
        kind = "group"
    elif head.cap and not common:
        run = _name_run(core)
        if not run:
            return None
        kind = "person"
        name = text[run[0].start : run[-1].end]
        role_toks = [t for t in toks if t.end <= run[0].start and t.low not in DETERMINERS or t.start >= run[-1].end]
        first = run[0].low
        if first in lexicon.MALE_NAMES:
            gender = "male"
        elif first in lexicon.FEMALE_NAMES:
            gender = "female"
    else:
        kind = "person"
        role_toks = [t for t in toks if t.low not in DETERMINERS or t is not toks[0]]
    # "Mr." and "Mrs." give a gender, not a role
    role_toks = [t for t in role_toks if not (t.punct and t.text not in "()") and t.low.rstrip(".") not in COURTESY_TITLES]
    role = _pieces(text, role_toks) if role_toks else None
    if appos:
        appos_text = text[appos[0].start : appos[-1].end]
        role = appos_text if role is None else f"{role}, {appos_text}"
    if role is not None:
        role = role.strip(" ,(").strip() or None
    if kind == "anonymous" and role is not None and toks[0].low in DETERMINERS:
        role = text[toks[1].start : role_toks[-1].end] if len(toks) > 1 and role_toks else role
    if role == name:
        role = None
    if gender is None:
        for w in words:
            if w in lexicon.MALE_HONORIFICS:
                gender = "male"
            elif w in lexicon.FEMALE_HONORIFICS:
                gender = "female"
    return Mention(mention_text, start, end, kind, name, role, gender, pronoun)


def _manner_adverb(toks: list[Tok]) -> bool:
    """Is the last token an adverb in -ly after its subject ("politely",
    "grudgingly")? Not a noun: "the family", "an ally", "his rally"."""
    last = toks[-1]
    return (
        len(toks) > 1
        and len(last.low) >= 6
        and last.low.endswith("ly")
        and not last.cap
        and last.low not in NOUN_HEADS
        and toks[-2].low not in DETERMINERS
        and not toks[-2].punct
    )


def _strip_setting(toks: list[Tok]) -> list[Tok]:
    """Drop auxiliaries, adverbs and a time phrase between a subject and its
    cue: "has in the past described", "on Monday said", "also told"."""
    while toks:
        if toks[-1].low in cues.AUXILIARIES and not toks[-1].cap:
            toks = toks[:-1]
            continue
        if _manner_adverb(toks):
            toks = toks[:-1]  # "Manafort politely suggested"
            continue
        if len(toks) > 2 and toks[-1].low == "as" and toks[-2].low in QUOTED_AS:
            toks = toks[:-2]  # "Braynard is quoted as saying": Braynard says it
            continue
        # a short time phrase: "in the past", "on Monday", "last week"
        for size in (2, 3, 4):
            opener = toks[-size] if len(toks) > size else None
            if (
                opener is not None
                and opener.low in TIME_PREPOSITIONS
                and not opener.cap
                and all(t.low in TIME_WORDS or t.low in DETERMINERS or t.text.isdigit() for t in toks[-size + 1 :])
            ):
                toks = toks[:-size]
                break
        else:
            return toks
    return toks


def _collect_back(toks: list[Tok]) -> list[Tok]:
    """Tokens of a mention that ends at the end of ``toks``."""
    out: list[Tok] = []
    i = len(toks) - 1
    seen_head = False
    while i >= 0 and len(out) < MAX_TOKENS:
        t = toks[i]
        if t.text == ")":
            j = i - 1
            while j >= 0 and i - j < 8 and toks[j].text != "(":
                j -= 1
            if j < 0 or toks[j].text != "(":
                break
            out[:0] = toks[j : i + 1]
            i = j - 1
            continue
        if t.punct:
            break
        if t.low == "and" and not t.cap:
            plural_pair = i > 0 and toks[i - 1].low.endswith("s") and not toks[i - 1].punct and out and out[-1].low in lexicon.GROUP_HEADS
            if out and i > 0 and (toks[i - 1].cap or toks[i - 1].low in NOUN_HEADS or plural_pair):
                out.insert(0, t)  # "Scarborough and co-host Mika Brzezinski", "teachers and union officials"
                i -= 1
                continue
            break
        noun = t.low in NOUN_HEADS and i > 0 and toks[i - 1].low in DETERMINERS  # "the report"
        if t.low in STOP and (not t.cap or t.low in lexicon.NOT_SPEAKERS or t.low == "according") and not noun:
            break
        if t.low in SUBJECT_PRONOUNS and not noun:  # "the man" is no German "man"
            if out:
                break
            out.insert(0, t)
            break
        if not out and t.low == "to":
            return []  # an infinitive: "to say", "to promise"
        adjective = i > 0 and toks[i - 1].low in DETERMINERS  # "the unsigned opinion"
        verb_like = t.low.endswith("ed") and len(t.low) > 4 and t.low not in NOUN_HEADS and t.low not in DETERMINERS
        if out and not t.cap and verb_like and not adjective:
            break  # a verb: "…requested staffers"
        if not seen_head:
            seen_head = _acceptable_head(t)
        out.insert(0, t)
        i -= 1
    return out


def place_comma(toks: list[Tok], j: int) -> bool:
    """Is ``toks[j]`` the comma between a place and its state ("in Salem, New
    Hampshire,", "in Allentown, Pa.,"), inside a phrase rather than ending it?"""
    if toks[j].text != "," or j == 0 or not toks[j - 1].cap:
        return False
    if j + 1 < len(toks) and toks[j + 1].text.endswith(".") and toks[j + 1].low in STATE_ABBREVIATIONS:
        return True  # "in Cambridge, Mass.,"
    for width in (1, 2):
        after = toks[j + 1 : j + 1 + width]
        if len(after) == width and all(t.cap for t in after) and " ".join(t.text.lower() for t in after) in lexicon.US_STATES:
            return True
    return False


def _restrictive_relative(toks: list[Tok]) -> Tok | None:
    """The "who" of a short relative clause without commas that ends at the
    cue: "an official | who spoke anonymously | said"."""
    for i in range(len(toks) - 2, max(0, len(toks) - 10), -1):
        tok = toks[i]
        if tok.punct or tok.cap:
            return None
        if tok.low == "who":
            return tok if i > 0 and not toks[i - 1].punct else None
    return None


@_once_per_document(MEMO_SIZE)
def mention_before(text: str, lo: int, cue_start: int) -> Mention | None:
    """The speaker mention that ends just before a cue, looking no further back than ``lo``."""
    toks = tokenize(text, max(lo, cue_start - 240), cue_start)
    if toks and toks[-1].low in PASSIVE and not toks[-1].cap:
        return None  # "It was said that…", "he was told": the subject did not speak
    toks = _strip_setting(toks)
    if not toks:
        return None
    if toks[-1].low in {"who", "that", "which"} and len(toks) > 1:
        # "Beck, who has in the past described…", "the AP report, which notes": the relative pronoun, for its antecedent
        antecedent = mention_before(text, lo, toks[-2].start if toks[-2].text == "," else toks[-1].start)
        if antecedent is None or toks[-1].low == "that" and toks[-2].text == ",":
            return None
        if toks[-1].low == "which" and antecedent.kind not in ("document", "organization"):
            return None  # "which" stands for a thing, not a person
        who = toks[-1]
        return replace(antecedent, text=who.text, start=who.start, end=who.end, pronoun="who")
    restrictive = _restrictive_relative(toks)
    if restrictive is not None:
        # "a White House official who spoke anonymously said": the antecedent speaks
        return mention_before(text, lo, restrictive.start)
    appos: list[Tok] | None = None
    if len(toks) > 3 and toks[-1].text == "," and toks[-2].low in PARENTHETICALS and toks[-3].text == ",":
        toks = toks[:-3]  # "Forbes, however, says": a parenthetical adverb, not an apposition
    elif len(toks) > 4 and toks[-1].text == "," and (toks[-3].low, toks[-2].low) in PARENTHETICAL_PAIRS and toks[-4].text == ",":
        toks = toks[:-4]  # "Ayotte’s campaign, for example, said"
    if toks and toks[-1].text == ",":
        # apposition: "Flynn, a top Trump surrogate, said"
        j = len(toks) - 2
        while j >= 0 and len(toks) - j < 32 and (toks[j].text not in APPOSITION_ENDS or place_comma(toks, j)):
            j -= 1
        if j < 1 or toks[j].text != ",":
            return None
        appos = toks[j + 1 : -1]
        # "Durbin, noting the size of the crowd, said", "Trump, asked about…, said": a participle clause, no role
        participle = len(appos) > 1 and appos[0].low.endswith(("ing", "ed")) and not appos[0].cap
        if len(appos) > 1 and (appos[0].low in PARENTHETICALS or appos[0].low in {"now", "then", "once", "formerly"}):
            appos = appos[1:]  # "Cruz, also a GOP presidential hopeful, called", "Daniloff, now retired, said"
        if not appos:
            return None
        toks = toks[:j]
        if len(toks) > 2 and toks[-1].text.isdigit() and toks[-2].text == ",":
            toks = toks[:-2]  # "Roxana M. Leon, 63, an independent voter, said"
        if all(PARTY_TAG.fullmatch(t.text) or t.text == "." for t in appos):
            pass  # "Rep. Glenn Thompson, R-Pa., said"
        elif participle:
            appos = None
        elif appos[0].cap and appos[0].low not in DETERMINERS:
            # a name in apposition: "Clinton's campaign chairman, John Podesta, said"
            named = classify(text, appos)
            role_body = _collect_back(toks)
            if (
                named is None
                or named.kind != "person"
                or named.name != text[appos[0].start : appos[-1].end]
                and len(named.name.split()) < 2
            ):
                return None
            if not role_body:
                return named
            role = text[role_body[0].start : role_body[-1].end]
            return replace(named, text=text[role_body[0].start : appos[-1].end], start=role_body[0].start, role=role)
        elif not (appos[0].low in DETERMINERS or appos[0].low in {"who", "which"} or not appos[0].cap) or (
            appos[0].low in STOP and appos[0].low not in {"who", "which"}
        ):
            return None
    body = _collect_back(toks)
    if not body:
        return None
    words = [t for t in body if not t.punct]
    relative = appos is not None and appos[0].low in {"who", "which"} and bool(words) and words[-1].low in NOUN_HEADS
    if appos is not None and not (words and words[-1].cap) and not relative:
        # "Rep. Sander M. Levin (Mich.), a superdelegate, said" ends in a name;
        # "The complaint, which was filed in Washington, alleged" has a relative clause
        return None
    return classify(text, body, appos)


def _head_ahead(toks: list[Tok], i: int) -> bool:
    """Does a head noun follow within a few words, so that ``toks[i]`` is a
    modifier ("conservative talk radio host Rush Limbaugh")?"""
    if toks[i].low.endswith(("ed", "es")):
        return False  # a verb: "Lopez issued the following statement"
    for t in toks[i + 1 : i + 4]:
        if t.punct or t.low in STOP or t.low in DETERMINERS:
            return False
        if t.low in NOUN_HEADS and not t.cap:
            return True
    return False


def _name_in_apposition(text: str, role: list[Tok], after: list[Tok]) -> Mention | None:
    """A person's name after a role and a comma: "his campaign manager, | Jeff Weaver"."""
    name = []
    for t in after:
        if t.punct:
            break
        if not t.cap:
            return None
        name.append(t)
    if not 2 <= len(name) <= 4 or (len(name) < len(after) and after[len(name)].text not in ",.;:"):
        return None
    named = classify(text, name)
    described = classify(text, role)
    if named is None or named.kind != "person" or described is None or described.name != described.text:
        return None
    role_text = text[role[0].start : role[-1].end]
    if role[0].low in DETERMINERS:
        role_text = text[role[1].start : role[-1].end] if len(role) > 1 else role_text
    return replace(named, text=text[role[0].start : name[-1].end], start=role[0].start, role=role_text)


def _proper(tok: Tok) -> bool:
    """A capitalised word that is no common noun (German capitalises those)."""
    return tok.cap and tok.low not in NOUN_HEADS and _german_compound_head(tok.low) is None


@_once_per_document(MEMO_SIZE)
def mention_after(text: str, pos: int, hi: int) -> Mention | None:
    """The speaker mention that starts at ``pos`` (after an inverted cue)."""
    toks = tokenize(text, pos, min(hi, pos + 240))
    out: list[Tok] = []
    appos: list[Tok] | None = None
    seen_head = False
    i = 0
    while i < len(toks) and len(out) < MAX_TOKENS:
        t = toks[i]
        if t.text == "(":
            j = i + 1
            while j < len(toks) and j - i < 8 and toks[j].text != ")":
                j += 1
            if j >= len(toks):
                break
            out.extend(toks[i : j + 1])
            i = j + 1
            continue
        if t.text == "," and out and not out[0].cap:
            named = _name_in_apposition(text, out, toks[i + 1 : i + 6])
            if named is not None:
                return named  # 'said his best friend at Lehigh, Bruce Turry, who…'
        if t.text == "," and out and out[-1].cap:
            j = i + 1
            while j < len(toks) and j - i < 16 and toks[j].text not in ",;:.!?()":
                j += 1
            cand = toks[i + 1 : j]
            if cand and (cand[0].low in DETERMINERS or not cand[0].cap) and cand[0].low not in STOP:
                appos = cand
            break
        if t.text in TITLE_OPENERS and out and out[-1].low in TITLE_LEADS:
            # a quoted name after an article: "ein Bericht der „Süddeutschen Zeitung“"
            j = i + 1
            while j < len(toks) and j - i <= 6 and toks[j].text not in TITLE_CLOSERS and not toks[j].punct:
                j += 1
            if j + 1 < len(toks) and toks[j].text == "," and toks[j + 1].text in TITLE_CLOSERS:
                j += 1  # 'the “Daily News,”': the comma inside the closing mark
            if j < len(toks) and toks[j].text in TITLE_CLOSERS and j > i + 1:
                out.extend(toks[i : j + 1])
                i = j + 1
                continue
        if t.punct:
            break
        noun = t.low in NOUN_HEADS and bool(out) and out[-1].low in DETERMINERS  # "the report"
        if t.low in STOP and not t.cap and not noun:
            break
        if t.low in SUBJECT_PRONOUNS:
            if not out:
                out.append(t)
            break
        if (
            (t.low in PREPOSITIONS and t.low not in NAME_PREPOSITIONS or t.low in DATIVE_ARTICLES)
            and not t.cap
            and out
            and _proper(out[-1])
        ):
            break  # "said Maria Lopez | in a statement", "sagte Merkel | am Montag in Berlin", "sagte Merkel | der Zeitung"
        if not seen_head and out and not t.cap and t.low.endswith("ed") and len(t.low) > 4 and out[-1].low not in DETERMINERS:
            break  # "That prompted Rubio…": a verb, not a mention's modifier
        if (
            seen_head
            and not t.cap
            and t.low not in PREPOSITIONS
            and t.low not in DETERMINERS
            and t.low not in NOUN_HEADS
            and t.low not in lexicon.MENTION_GLUE
            and not _head_ahead(toks, i)
        ):
            break
        seen_head = seen_head or (_acceptable_head(t) and t.low not in DETERMINERS)
        out.append(t)
        i += 1
    while out and (out[-1].low in PREPOSITIONS or out[-1].low in DETERMINERS) and not out[-1].cap:
        if len(out) == 1 and out[0].low in PRONOUN_COUNTS:
            break  # '“…,” read one', '“…,” tweeted another'
        out.pop()
    if not out:
        return None
    return classify(text, out, appos)


#: Articles dropped from the front of an organisation's name.
ARTICLES: Final = frozenset({"the", "der", "die", "das"})


def _name_tokens(text: str, start: int, end: int) -> list[Tok]:
    """The tokens of a NAME match: its words, split at spaces (what
    :func:`tokenize` gives for a run of capitalised words and initials, cheaper)."""
    toks = []
    pos = start
    for word in text[start:end].split():
        pos = text.index(word, pos, end)
        toks.append(Tok(word, pos, pos + len(word)))
        pos += len(word)
    return toks


@lru_cache(maxsize=4096)
def _person_name(words: str) -> tuple[str, str | None] | None:
    """The full name a :attr:`Resolver.NAME` match gives ("Gov. Jerry Brown’s" ->
    "Jerry Brown") and the gender its first name tells, or None when the words
    are no person's name.  Read once per distinct match: names recur."""
    run = _name_run(_name_tokens(words, 0, len(words)))
    if len(run) < 2 or any(
        t.low in lexicon.ORGANIZATION_HEADS or t.low in lexicon.PLACES or t.low in NOT_NAMES or t.low in DETERMINERS
        for t in run
        if t.cap  # not a particle: "Ursula von der Leyen"
    ):
        return None
    full = " ".join(possessive_stem(t.text) if t is run[-1] else t.text for t in run)
    full = full.removesuffix("\N{RIGHT SINGLE QUOTATION MARK}s").removesuffix("'s")
    first = run[0].low
    gender = "male" if first in lexicon.MALE_NAMES else "female" if first in lexicon.FEMALE_NAMES else None
    return full, gender


class Resolver:
    """Resolves mentions to the fullest name of their referent in one document."""

    NAME: Final = regex.compile(
        r"""
        (?<![\p{L}\p{N}])
        \p{Lu}[\p{Ll}\p{M}'\N{RIGHT SINGLE QUOTATION MARK}\-]{1,30}
        (?: [\ \u00a0]{1,2} (?: \L<particles> [\ \u00a0]{1,2} ){0,2}
            (?: \p{Lu}\. | \p{Lu}[\p{Ll}\p{M}'\N{RIGHT SINGLE QUOTATION MARK}\-]{1,30} ) ){1,3}
        """,
        regex.VERBOSE,
        particles=sorted(p for p in NAME_PARTICLES if p.isalpha()),
    )

    #: A capitalised name of one to four words, for organisations.
    ORG: Final = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}[\p{L}.&\-]{0,30}(?: \p{Lu}[\p{L}.&\-]{0,30}){1,3}")

    def __init__(self, text: str) -> None:
        self.text = text
        #: name occurrences: (start, full name tokens, gender)
        self.names: list[tuple[int, str, str | None]] = []
        self.by_token: dict[str, str] = {}
        self.genders: dict[str, str] = {}
        for m in self.NAME.finditer(text):
            person = _person_name(m.group())
            if person is None:
                continue
            full, gender = person
            before = text[max(0, m.start() - 5) : m.start()].lower()
            if gender is None and ("mr." in before):
                gender = "male"
            elif gender is None and ("mrs." in before or "ms." in before):
                gender = "female"
            self.names.append((m.start(), full, gender))
            if gender:
                self.genders.setdefault(full, gender)
            for key in (full.split()[-1].lower(), full.split()[0].lower()):
                known = self.by_token.get(key)
                if known is None or len(full) > len(known):
                    self.by_token[key] = full
        self._orgs: dict[str, str] | None = None

    @property
    def orgs(self) -> dict[str, str]:
        """Organisations by their head word ("post" -> "Washington Post"), read on first use."""
        if self._orgs is None:
            self._orgs = self._find_orgs()
        return self._orgs

    def _find_orgs(self) -> dict[str, str]:
        orgs: dict[str, str] = {}
        for m in self.ORG.finditer(self.text):
            words = m.group().split()
            while words and (words[0].lower() in ARTICLES or words[0].lower() in NOT_NAMES or words[0].lower() == "laut"):
                words = words[1:]  # "The Washington Post", "Laut Polizei"
            if not words:
                continue
            head = possessive_stem(words[-1].lower())
            if head in lexicon.ORGANIZATION_HEADS and len(words) > 1:
                full = " ".join(words)
                if len(full) > len(orgs.get(head, "")):
                    orgs[head] = full
        return orgs

    def full_name(self, name: str) -> str:
        """Fullest name in the document for a name or surname ("Kirby" -> "John Kirby")."""
        parts = name.split()
        if not parts:
            return name
        key = possessive_stem(parts[-1].lower()) if len(parts) == 1 else parts[-1].lower()
        full = self.by_token.get(key)
        if full and len(full) > len(name) and (len(parts) == 1 or full.endswith(parts[-1])):
            return full
        return name

    def gender(self, name: str) -> str | None:
        if name in self.genders:
            return self.genders[name]
        first = name.split()[0].lower() if name else ""
        return "male" if first in lexicon.MALE_NAMES else "female" if first in lexicon.FEMALE_NAMES else None

    def resolve(self, mention: Mention, previous: list[tuple[int, Mention]]) -> Mention:
        """Resolve one mention, given the speakers already found before it."""
        if mention.pronoun in {"he", "she"}:
            want = "male" if mention.pronoun == "he" else "female"
            for _, prev in reversed(previous[-6:]):
                if prev.kind == "person" and prev.pronoun is None and self.gender(prev.name) in (want, None) and mention.start - _ < 3000:
                    return replace(mention, name=prev.name, role=prev.role, gender=want)
            # names are in text order: look back from the mention, no further than 1500 characters
            for i in range(bisect.bisect_left(self.names, (mention.start,)) - 1, -1, -1):
                start, full, gender = self.names[i]
                if mention.start - start >= 1500:
                    break
                if gender in (want, None):
                    return replace(mention, name=self.full_name(full), gender=want)
            return mention
        if mention.pronoun in {"it", "they", "we"}:
            for _, prev in reversed(previous[-3:]):
                if prev.kind in ("organization", "group", "document") and prev.pronoun is None:
                    return replace(mention, name=prev.name, kind=prev.kind)
            return mention
        if mention.kind == "person" and mention.name != mention.text or mention.kind == "person" and mention.name[:1].isupper():
            full = self.full_name(mention.name)
            if full != mention.name:
                gender = mention.gender or self.gender(full)
                role = mention.role
                if role is None:
                    for _, prev in reversed(previous):
                        if prev.name == full and prev.role:
                            role = prev.role
                            break
                return replace(mention, name=full, gender=gender, role=role)
        if mention.kind == "organization" and mention.pronoun is None:
            # "the Post" -> "Washington Post"; names drop their article
            words = mention.name.split()
            if len(words) > 1 and words[0].lower() in ARTICLES and words[1][:1].isupper():
                words = words[1:]  # "The Washington Post" -> "Washington Post"; "the company" stays
            if not words[-1][:1].isupper():
                return mention
            full = self.orgs.get(possessive_stem(words[-1].lower()), "")
            name = full if len(full) > len(" ".join(words)) and full.endswith(words[-1]) else " ".join(words)
            return replace(mention, name=name)
        if mention.kind == "person" and mention.role is not None and not mention.name[:1].isupper():
            # "the spokesman": the latest person with that role
            head = mention.text.split()[-1].lower()
            for _, prev in reversed(previous):
                if prev.kind == "person" and prev.role and head in prev.role.lower() and prev.name[:1].isupper():
                    return replace(mention, name=prev.name, role=prev.role)
        return mention
