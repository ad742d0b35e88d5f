"""What a run of tokens names: :func:`classify` tells a mention's kind
("person", "organization", "group", "anonymous", "document"), splits the
name from the role and reads the gender where the text tells it.  The
word tests it is built of (:func:`acceptable_head`, :func:`noun_head`,
:func:`surname_word`, …) also stop the backward reading of a mention
(:func:`~quotex.speakers.backwards.collect_back`).
"""

from __future__ import annotations

from typing import Final

from quotex.lang import Language, current
from quotex.model import SpeakerKind
from quotex.speakers.roles import is_role_noun
from quotex.speakers.surnames import named_in_document
from quotex.speakers.tables import TITLE_CLOSERS, TITLE_OPENERS
from quotex.speakers.tokens import Mention, Tok, possessive_stem


def acceptable_head(tok: Tok) -> bool:
    L = current()
    low = tok.low
    if low in L.SUBJECT_PRONOUNS:
        return True
    if low.endswith("%") or low in L.NUMBER_WORDS or low in L.PRONOUN_COUNTS:
        return True  # "47% say", "About one in five say", "Yet another said"
    if low.endswith(L.AGE_NOUN_ENDINGS):
        return True  # "said the 46-year-old"
    if tok.cap:
        return low not in L.NOT_NAMES
    return noun_head(low)


def noun_head(low: str) -> bool:
    """Is a lowercase word a noun that heads a mention, or its plural ("polls", "estimates")?"""
    L = current()
    return low in L.NOUN_HEADS or (low.endswith("s") and low[:-1] in L.NOUN_HEADS)


def _determined_noun(core: list[Tok]) -> bool:
    """A lowercase word after a determiner is a noun: "one user", "the host"."""
    L = current()
    head = core[-1]
    return (
        len(core) >= 2
        and core[0].low in L.NOUN_DETERMINERS
        and not head.cap
        and head.text.replace("-", "").isalpha()
        and not head.low.endswith(("s", "est", "ly", "ous", "ive", "ful", "ic", "al"))
        and head.low not in L.STOP
    )


def _core(toks: list[Tok]) -> list[Tok]:
    """The mention up to its first preposition or parenthesis: its head phrase."""
    L = current()
    core: list[Tok] = []
    for t in toks:
        if t.text in TITLE_OPENERS or t.text in TITLE_CLOSERS:
            continue  # the marks of a quoted name: "the “Daily News”"
        if t.punct or (t.low in L.PREPOSITIONS and not t.cap):
            break
        if core and t.low in L.GENITIVE_ARTICLES and not t.cap:
            break  # a genitive after the head: "a spokesman | of the ministry" written with an article
        core.append(t)
    return core


def _adverb_of_time(L: Language, low: str) -> bool:
    """A time word before a name that is no word of it: a day or month ("Monday Ruth Abara") or an
    adverb that is never a name ("Later"), not "Morning" ("Morning Consult Group")."""
    return low in L.PROPER_TIME_WORDS or low in L.CAPITALISED_NOT_NAMES


def _strip_time(toks: list[Tok]) -> list[Tok]:
    """Drop a leading time word before a determiner ("Later | the board")
    and a trailing time or setting phrase ("on Monday", "in an interview")."""
    L = current()
    while (
        len(toks) > 2 and toks[0].low in L.TIME_WORDS and (toks[1].low in L.DETERMINERS or toks[1].cap and _adverb_of_time(L, toks[0].low))
    ):
        # "Later the board", "Yesterday the mayor", "Later Ruth Abara": an adverb of time that opens the sentence
        toks = toks[1:]
    for i, t in enumerate(toks):
        if i > 0 and (t.low in L.MENTION_TIME_OPENERS or t.low in L.SETTING_OPENERS) and not t.cap:
            rest = toks[i + 1 :]
            if rest and all(r.low in L.TIME_WORDS or r.low in L.DETERMINERS or r.text.isdigit() for r in rest):
                return toks[:i]
    while toks and toks[-1].low in L.TIME_WORDS and toks[-1].low not in L.SETTING_NOUNS and len(toks) > 1 and not toks[-1].cap:
        toks = toks[:-1]  # "Trump Monday", but not "the statement"
    return toks


def word_occurrences(text: str, word: str) -> list[int]:
    """Where ``word`` occurs as a whole word (no letter, digit, hyphen or apostrophe either side)."""
    found = []
    i = text.find(word)
    while i >= 0:
        end = i + len(word)
        if not (i and (text[i - 1].isalnum() or text[i - 1] in "-'")) and not (
            end < len(text) and (text[end].isalnum() or text[end] == "-")
        ):
            found.append(i)
        i = text.find(word, end)
    return found


def plural_noun(tok: Tok) -> bool:
    """A lowercase plural common noun ("growers", "plumbers"), no verb ("says") or adverb."""
    L = current()
    low = tok.low
    return (
        len(low) >= 5
        and low.isalpha()
        and low.endswith("s")
        and not low.endswith(("ss", "us", "is", "ous", "ics"))
        and low not in L.STOP
        and low not in L.QUOTE_FORMS
        and low not in L.SUBJECT_PRONOUNS
        and low not in L.DETERMINERS
    )


def _plural_subject(text: str, core: list[Tok]) -> bool:
    """A plural noun phrase for people that speaks as a group: "Plumbers",
    "Many growers", "Local farmers", "the growers".  A capitalised plural
    counts at the start of its sentence when the word is never capitalised
    inside one (a name would be: "said Sanders")."""
    L = current()
    head = core[-1]
    if head.cap:
        if len(core) != 1 or not plural_noun(Tok(head.low, head.start, head.end)):
            return False
        before = text[max(0, head.start - 3) : head.start]
        if before.strip() not in ("", ".", "\N{RIGHT DOUBLE QUOTATION MARK}") and not before.endswith("\n"):
            return False
        if any(
            at > 1 and text[at - 1] == " " and (text[at - 2].isalpha() or text[at - 2] in ",;") for at in word_occurrences(text, head.text)
        ):
            return False  # capitalised inside a sentence: a name ("said Sanders")
        # a plural of a noun for people, or one the text also writes in lowercase
        singular = head.low[:-3] + "y" if head.low.endswith("ies") else head.low[:-1]
        return (
            singular in L.ROLE_NOUNS
            or singular in L.PEOPLE_HEADS
            or head.low in L.GROUP_HEADS
            or head.low.endswith(("ians", "ists"))
            or bool(word_occurrences(text, head.low))
        )
    if not plural_noun(head) or head.low in L.NOUN_HEADS:
        return False
    singular = head.low[:-3] + "y" if head.low.endswith("ies") else head.low[:-1]
    if not (is_role_noun(singular) or head.low in L.GROUP_HEADS):
        return False  # "sweeping crackdowns", "racial issues": no people
    for k, t in enumerate(core[:-1]):
        if t.low in L.SUBJECT_COORDINATORS and k > 0 and plural_noun(core[k - 1]):
            continue  # "nurses and hospital managers": two plurals make one group
        if t.punct or t.low in L.STOP and t.low not in L.DETERMINERS:
            return False
        if t.cap and t is not core[0]:
            return False
    return True


def _organisation_name(core: list[Tok]) -> bool:
    """A proper name of an organisation: an acronym ("NKA", "PRTV") or a run of
    capitalised words holding a word for organisations ("Rail Authority New
    Zealand", "KTL Systems") and no title."""
    L = current()
    run: list[Tok] = []
    for t in reversed(core):
        if not t.cap or t.low in L.DETERMINERS or run and possessive_stem(t.low) != t.low:
            break  # "The IFS"; "CNN’s Tara Setmayer": the owner is no part of the name
        run.insert(0, t)
    if not run or any(t.low in L.SUBJECT_PRONOUNS or t.low in L.STOP for t in run):
        return False  # "CONGRESS HAS INVESTIGATED HIM": a headline
    bare = [t for t in core if t.low not in L.DETERMINERS]
    if len(run) == 1 and len(bare) == 1 and run[0].text.isupper() and run[0].text.isalpha() and 2 <= len(run[0].text) <= 6:
        return True
    return any(organisation_word(t.low) for t in run) and not any(t.low.rstrip(".") in L.TITLES and is_role_noun(t.text) for t in run)


def title_word(low: str, run_length: int) -> bool:
    """Is ``low`` a title before a name ("Gov.", "Cllr", "Secretary-General"), or,
    before a name of two words more, a role ("Witness Odile Brun")?"""
    L = current()
    low = possessive_stem(low).rstrip(".")
    if low in L.TITLES or low in L.ADDRESS_TITLES:
        return True
    if "-" in low and all(part in L.TITLES for part in low.split("-")):
        return True
    return run_length > 2 and (low in L.ROLE_NOUNS or low in L.PEOPLE_HEADS)


def cue_as_noun(toks: list[Tok], i: int) -> bool:
    """Is the cue word ``toks[i]`` a noun inside a noun phrase: its base form
    ("coach") or "accused", after a determiner and at most two modifiers ("A
    British judo coach", "the prime accused")?"""
    L = current()
    t = toks[i]
    if t.low not in L.QUOTE_FORMS or t.cap or L.LEMMA_OF.get(t.low, t.low) != t.low and t.low not in L.CUE_NOUN_FORMS:
        return False  # "The spot concludes with …": a verb after its subject
    for j in range(i - 1, max(-1, i - 4), -1):
        prev = toks[j]
        if prev.low in L.DETERMINERS and not prev.cap or prev.low in L.DETERMINERS and j == 0:
            return True
        if prev.punct or prev.low in L.STOP and prev.low not in L.ROLE_MODIFIERS or prev.low.endswith(("ed", "ly")):
            return False
    return False


def _office_name(toks: list[Tok]) -> tuple[list[Tok], list[Tok]] | None:
    """An office with its portfolio, then a name: "Superintendent of Police
    Ravinder Sohal" -> (the office's tokens, the name's two last tokens)."""
    L = current()
    for i, t in enumerate(toks[1:-3], 1):
        if t.low in L.OFFICE_PREPOSITIONS and not t.cap and toks[i - 1].cap and toks[i - 1].low in L.OFFICE_WORDS:
            rest = toks[i + 1 :]
            if rest and rest[0].low in L.OFFICE_ARTICLES:
                rest = rest[1:]
            if len(rest) >= 3 and all(r.cap and not r.punct for r in rest):
                return toks[: len(toks) - 2], toks[-2:]
            return None
    return None


def capitalised_role(toks: list[Tok]) -> bool:
    """Is an apposition a title written with capitals ("Chief Financial Officer of
    Brandell Foods Inc.", "Group Managing Director"), not a name?"""
    L = current()
    core = _core(toks)
    return bool(core) and core[-1].low in L.PERSON_NOUNS and possessive_stem(core[-1].low) == core[-1].low


def organisation_word(low: str) -> bool:
    """Is ``low`` a word that names organisations, also in the plural ("networks")?"""
    L = current()
    stem = possessive_stem(low)
    return stem in L.ORGANIZATION_HEADS or (stem.endswith("s") and stem[:-1] in L.ORGANIZATION_HEADS)


def name_run(toks: list[Tok]) -> list[Tok]:
    """The trailing run of capitalised tokens that forms a person's name."""
    L = current()
    run: list[Tok] = []
    for t in reversed(toks):
        low = t.low
        particle = bool(run) and low in L.NAME_PARTICLES and not t.cap  # "de Maizière", "van Rompuy"
        if t.cap or particle:
            if low in L.NOT_NAMES and not particle and not (not run and surname_word(toks, len(toks) - 1)):
                break
            if run and possessive_stem(low) != low:
                break  # "CNN’s Tara Setmayer": the owner is no part of the name
            run.insert(0, t)
        elif low in L.NAME_SUFFIXES:
            run.insert(0, t)
        else:
            break
    while len(run) > 1 and (title_word(run[0].low, len(run)) or _office(L, run[0].low)):
        run = run[1:]  # "Gov. Jerry Brown", a title compound before a name
    for k in range(len(run) - 2, 0, -1):
        if run[k].cap and possessive_stem(run[k].low).rstrip(".") in L.TITLES and is_role_noun(run[k].text):
            run = run[k + 1 :]  # "West Bengal Chief Minister Anup Banerjee", "Union President Maeve Corrigan"
            break
    for k, t in enumerate(run[:-1]):
        if k and (t.low in L.MALE_NAMES or t.low in L.FEMALE_NAMES):
            run = run[k:]  # a role word before "Joe Biden": a known first name starts the name
            break
    while run and run[0].low in L.NAME_PARTICLES:
        run = run[1:]
    return run


def _time_word_name(text: str, core: list[Tok], run: list[Tok]) -> Tok | None:
    """The first word of an organisation's name that is a time word, which :func:`name_run` leaves
    out of a person's name: "… Morning Consult said", "a poll by Morning Consult" (written with a
    capital inside a sentence, after a comma or a lowercase word, where a time word that opens a
    sentence, "Later Smith said", or one always capitalised, "Monday", is no part of a name)."""
    L = current()
    i = next((k for k, t in enumerate(core) if t is run[0]), 0)
    if i == 0 or L.CAPITALISED_NOUNS:
        return None
    word = core[i - 1]
    if not word.cap or word.low not in L.TIME_WORDS or word.low in L.PROPER_TIME_WORDS or word.low in L.CAPITALISED_NOT_NAMES:
        return None
    before = text[max(0, word.start - 40) : word.start].rstrip(" \u00a0" + "".join(TITLE_CLOSERS) + "'\N{RIGHT SINGLE QUOTATION MARK}")
    return word if before[-1:] == "," or before[-1:].islower() else None


def _office(lang: Language, low: str) -> bool:
    """A compound naming an office or role ("Umweltministerin", "Fraktionschef"
    in a language that writes compounds as one word)."""
    return bool(lang.ROLE_HEADS) and (low if low in lang.ROLE_HEADS else lang.compound_head(low)) in lang.ROLE_HEADS


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


def _joint(text: str, toks: list[Tok]) -> Mention | None:
    """Two named people who speak as one: "Rhona Edwards and Dev Marsh", "Cr Edwards and
    Cr Marsh" (a group, both names).  Each side needs two words, so that a firm's name
    ("Marks and Spencer") is not split."""
    joints = [i for i, t in enumerate(toks) if t.low in current().SUBJECT_COORDINATORS and not t.cap]
    if len(joints) != 1:
        return None
    # a bracketed ward or party after a name is no part of it: "Cr Marsh (Graceville)"
    halves = (toks[: joints[0]], toks[joints[0] + 1 :])
    sides = tuple(side[: next((i for i, t in enumerate(side) if t.text == "("), len(side))] for side in halves)
    if any(len(side) < 2 or len(side) > 4 or not side[0].cap or not all(t.cap or t.punct for t in side) for side in sides):
        return None
    people = [classify(text, side) for side in sides]
    if any(p is None or p.kind != "person" or p.pronoun is not None or p.role is not None and p.name == p.text for p in people):
        return None
    names = f" {toks[joints[0]].text} ".join(p.name for p in people if p is not None)
    return Mention(text[toks[0].start : toks[-1].end], toks[0].start, toks[-1].end, "group", names, None, None)


def classify(text: str, toks: list[Tok], appos: list[Tok] | None = None) -> Mention | None:
    """Read a mention's kind, name, role and gender off its tokens."""
    L = current()
    while toks and (toks[0].low in L.PREPOSITIONS or toks[0].low in L.LEADING_WORDS or toks[0].low in L.CLAUSE_ADVERBS):
        if len(toks) == 1 and surname_word(toks, 0):
            break  # "“…,” From said": a surname the document spells after a first name ("Henry From")
        toks = toks[1:]  # "and Kirby", an adverb that opens the sentence
    toks = _strip_time(toks)
    if not toks:
        return None
    core = _core(toks)
    if not core:
        return None
    head = core[-1]
    contracted = L.CONTRACTED_PRONOUNS.get(head.low.replace("\N{RIGHT SINGLE QUOTATION MARK}", "'")) if len(core) == 1 else None
    plural = contracted is None and _plural_subject(text, core)
    if (
        contracted is None
        and not acceptable_head(head)
        and not _determined_noun(core)
        and not plural
        and not surname_word(core, len(core) - 1)
    ):
        return None
    if contracted is None and possessive_stem(head.low) != head.low:
        return None  # "Trump’s" is a possessor, not a speaker
    start, end = toks[0].start, toks[-1].end
    mention_text = text[start:end]
    low = contracted or head.low  # "He’s claiming" is "he" claiming
    if low not in L.NOUN_HEADS and low.endswith("s") and low[:-1] in L.NOUN_HEADS and not head.cap:
        low = low[:-1]  # "polls" reads as "poll"
    if head.cap and low not in L.NOUN_HEADS:
        low = (L.compound_pattern is not None and L.compound_head(low)) or low  # a compound reads as its head noun
    stem = possessive_stem(low)
    words = {t.low for t in toks}
    common = not head.cap or (head is core[0] and len(core) == 1 and low in L.NOUN_HEADS) or low in L.COMMON_CAPITALISED
    role_toks: list[Tok] = []
    gender: str | None = None
    pronoun: str | None = None
    name = mention_text
    kind: SpeakerKind
    joint = _joint(text, toks)
    if joint is not None:
        return joint
    if low in L.SUBJECT_PRONOUNS and len(core) == 1:
        pronoun = low
        gender = L.PRONOUNS.get(low)
        kind = "person" if low in L.PERSON_PRONOUNS else ("organization" if low in L.NEUTER_PRONOUNS else "group")
        pronoun = L.PERSON_PRONOUNS.get(low, low)
    elif len(core) == 1 and low in L.PRONOUN_COUNTS:
        # "One tweeted, “…” Another said": a pronoun-like count is an unnamed source
        kind = "anonymous" if low in L.SINGULAR_COUNTS else "group"
    elif _office_name(toks) is not None:
        kind = "person"  # "Superintendent of Police Ravinder Sohal", "Minister for Agriculture Colm Dwyer"
        role_toks, run = _office_name(toks) or ([], [])
        name = text[run[0].start : run[-1].end]
    elif plural and not words & L.ANONYMOUS_MARKERS and stem not in L.SOURCE_HEADS:
        kind = "group"  # "Many growers", "Local farmers", "the plumbers"
    elif common and low in L.DOCUMENT_HEADS:
        kind = "document"
    elif (
        common
        and low in L.ANONYMOUS_HEADS
        and (
            core[0].low in L.INDEFINITE
            or words & L.ANONYMOUS_MARKERS
            or (core[0].low not in L.DEFINITE and not core[0].text[:1].isdigit() and stem in L.SOURCE_HEADS)
        )
    ):
        kind = "anonymous"
        role_toks = toks
    elif common and low not in L.NOUN_HEADS and core[0].low in L.INDEFINITE:
        kind = "anonymous"  # "one user", "a friend"
    elif common and (low in L.GROUP_HEADS or low.endswith("%") or low in L.NUMBER_WORDS) or plural:
        kind = "group"
    elif stem in L.ORGANIZATION_HEADS or (head.cap and stem in L.PLACES) or _organisation_name(core):
        kind = "organization"
    elif head.cap and low in L.GROUP_HEADS:
        kind = "group"
    elif head.cap and not common and possessive_stem(low) in L.PERSON_NOUNS:
        kind = "person"  # "the Group Managing Director for Tidewater Bank": a title, no name
        role_toks = [t for t in toks if t.low not in L.DETERMINERS or t is not toks[0]]
    elif head.cap and not common:
        run = name_run(core)
        if not run:
            return None
        kind = "person"
        name = text[run[0].start : run[-1].end]
        named = None if run[0] is core[0] else _time_word_name(text, core, run)
        if named is not None:
            return Mention(mention_text, start, end, "organization", text[named.start : run[-1].end], None, None, None)
        role_toks = [t for t in toks if t.end <= run[0].start and t.low not in L.DETERMINERS or t.start >= run[-1].end]
        first = run[0].low
        if first in L.MALE_NAMES:
            gender = "male"
        elif first in L.FEMALE_NAMES:
            gender = "female"
    elif stem in L.COLLECTIVE_HEADS and core[0].low in L.DEFINITE and len(core) <= 3:
        kind = "organization"  # "The panel said", "the guild": a body of people that speaks as one
    else:
        kind = "person"
        role_toks = [t for t in toks if t.low not in L.DETERMINERS or t is not toks[0]]
    # "Mr." and "Mrs." give a gender, not a role
    role_toks = [t for t in role_toks if not (t.punct and t.text not in "()") and t.low.rstrip(".") not in L.COURTESY_TITLES]
    role = _pieces(text, role_toks) if role_toks else None
    if appos:
        appos_text = text[appos[0].start : appos[-1].end]
        role = appos_text if role is None else f"{role}, {appos_text}"
    if role is not None:
        role = role.strip(" ,(").strip() or None
    if kind == "anonymous" and role is not None and toks[0].low in L.DETERMINERS:
        role = text[toks[1].start : role_toks[-1].end] if len(toks) > 1 and role_toks else role
    if role == name:
        role = None
    if gender is None:
        for w in words:
            if w in L.MALE_HONORIFICS:
                gender = "male"
            elif w in L.FEMALE_HONORIFICS:
                gender = "female"
    return Mention(mention_text, start, end, kind, name, role, gender, pronoun)


def surname_word(toks: list[Tok], i: int) -> bool:
    """Is the capitalised function word ``toks[i]`` a surname after a first name ("Theresa
    May", "George Will"): a capitalised word before it that is a known first name?  Or,
    alone at the end of the mention ("“…,” From said", "Will wrote"), a word the document
    writes after a first name elsewhere ("Henry From",
    :func:`~quotex.speakers.surnames.named_in_document`)?"""
    if not toks[i].cap or toks[i].text.isupper():
        return False
    L = current()
    if i > 0 and toks[i - 1].cap and (toks[i - 1].low in L.MALE_NAMES or toks[i - 1].low in L.FEMALE_NAMES):
        return True
    alone = i == len(toks) - 1 and (i == 0 or not toks[i - 1].cap)
    return alone and named_in_document(toks[i])


#: The kind of speaker a pronoun stands for, by its canonical form (``Mention.pronoun``).
PRONOUN_KINDS: Final[dict[str, SpeakerKind]] = {"they": "group", "we": "group", "it": "organization"}


def pronoun_mention(text: str, start: int, end: int, pronoun: str) -> Mention:
    """The mention of a pronoun read off a form that :func:`classify` does not
    read as a subject (an object "her", a possessive "their"), given the
    pronoun it stands for: a group for "they" and "we", an organisation for
    "it", else a person, with the pronoun's gender."""
    word = text[start:end]
    kind = PRONOUN_KINDS.get(pronoun, "person")
    return Mention(word, start, end, kind, word, None, current().PRONOUNS.get(pronoun), pronoun)


def place_comma(toks: list[Tok], j: int) -> bool:
    """Is ``toks[j]`` the comma between a place and its state ("in Bend,
    Oregon,", "in Tulare, Calif.,"), inside a phrase rather than ending it?"""
    L = current()
    if toks[j].text != "," or j == 0 or not toks[j - 1].cap:
        return False
    if (
        j + 1 < len(toks)
        and toks[j + 1].text.endswith(".")
        and (toks[j + 1].low in L.STATE_ABBREVIATIONS or toks[j + 1].text.lower() in L.US_STATES)
    ):
        return True  # "in Cambridge, Mass.,", "of Tupelo, Miss.,"
    for width in (1, 2):
        after = toks[j + 1 : j + 1 + width]
        if len(after) == width and all(t.cap for t in after) and " ".join(t.text.lower() for t in after) in L.US_STATES:
            return True
    return False
