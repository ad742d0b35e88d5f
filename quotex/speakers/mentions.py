"""Finding a speaker mention next to a cue: :func:`mention_before` walks back
from a cue ("a spokesman for the Russian Embassy in Washington | said"),
:func:`mention_after` walks forward from one ("said | Kirby, a State
Department spokesman").
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from quotex.lang import Language, current
from quotex.speakers.backwards import collect_back, restrictive_relative
from quotex.speakers.classify import acceptable_head, capitalised_role, classify, place_comma
from quotex.speakers.roles import is_role_noun
from quotex.speakers.settings import strip_setting
from quotex.speakers.subjects import subject_phrase
from quotex.speakers.tables import APPOSITION_ENDS, MAX_TOKENS, TITLE_CLOSERS, TITLE_OPENERS
from quotex.speakers.tokens import MEMO_SIZE, PARTY_TAG, Mention, Tok, once_per_document, tokenize

#: Dashes that set off a phrase between a subject and its cue, and the double hyphen typed for one
#: ("A former candidate -- Tom Reyes, who lost in 2010 -- said").
DASHES: Final = frozenset({"\N{EM DASH}", "\N{EN DASH}", "--"})


def _relative(L: Language, appos: list[Tok]) -> bool:
    """Does a phrase between commas open a relative clause ("who…", "whose firm…",
    "most of whom…")?"""
    return (
        appos[0].low in L.APPOSITION_RELATIVES
        or len(appos) > 2
        and appos[1].low in L.PARTITIVE_PREPOSITIONS
        and appos[2].low in L.PARTITIVE_RELATIVES
    )


def _finite_before_relative(L: Language, appos: list[Tok]) -> bool:
    """Does a finite verb stand in the phrase between commas before any
    relative pronoun ("Mr. Ito would be…"), making it a clause, not an
    apposition ("a former minister who is a critic of X")?"""
    for t in appos:
        if t.low in L.APPOSITION_RELATIVES or t.low in L.CUE_RELATIVES:
            return False
        if t.low in L.SET_OFF_FINITE_VERBS and not t.cap:
            return True
    return False


def _digit_comma(toks: list[Tok], j: int) -> bool:
    """Is ``toks[j]`` the comma inside a count ("a crowd of 8,000"), no apposition's edge?"""
    return (
        0 < j < len(toks) - 1
        and toks[j].text == ","
        and toks[j - 1].text.isdigit()
        and len(toks[j + 1].text) == 3
        and toks[j + 1].text.isdigit()
        and toks[j - 1].end == toks[j].start
        and toks[j].end == toks[j + 1].start
    )


#: The most items of a list closing an apposition: "minister for ports, | roads, | and rail,".
LIST_ITEMS: Final = 4
#: The most words of one item of such a list.
LIST_ITEM_WORDS: Final = 3


def _list_start(L: Language, toks: list[Tok], j: int) -> int:
    """The comma that opens an apposition whose phrase between the last two
    commas, at ``toks[j]``, is the last item of a list ("and rail"): back over
    the short items before it ("roads") to the comma before the item that
    holds the head ("Ana Ruiz, | deputy minister for ports, roads, and rail,
    said"); ``j`` when no list ends there."""
    last = toks[j + 1 : -1]
    if not last or len(last) > LIST_ITEM_WORDS + 1 or not any(t.low in L.LIST_JOINERS and not t.cap for t in last):
        return j  # no last item ("and rail", "roads and rail")
    k = j
    for _ in range(LIST_ITEMS):
        i = k - 1
        while i >= 0 and k - i < 24 and toks[i].text not in APPOSITION_ENDS:
            i -= 1
        if i < 1 or toks[i].text != ",":
            return j
        item = toks[i + 1 : k]
        if len(item) <= LIST_ITEM_WORDS and not any(t.cap for t in item):
            k = i  # a short item of the list: "roads"
            continue
        # the item that holds the head: "deputy minister for ports"; a relative clause is read as before
        return j if item[0].low in L.APPOSITION_RELATIVES else i
    return j


@once_per_document(MEMO_SIZE)
def mention_before(text: str, lo: int, cue_start: int) -> Mention | None:
    """The speaker mention that ends just before a cue, looking no further back than ``lo``:
    as the words before it name one, else a subject read by its grammar (a share, a
    quantified or modified plural: :func:`~quotex.speakers.subjects.subject_phrase`)."""
    found = _mention_before(text, lo, cue_start)
    if found is None:
        read = subject_phrase(text, lo, cue_start) or _participle_postmodified(text, lo, cue_start)
        return None if read is None else _coordinated_with(text, lo, read)
    if found.kind in ("group", "anonymous") or found.kind == "person" and text[found.end : cue_start].strip(" ,"):
        # "One | in four said", "Nearly three | in five said": the walk stopped short of the cue;
        # "Nearly two-thirds of registered | nurses said": it stopped short of the phrase's start
        longer = subject_phrase(text, lo, cue_start)
        if (
            longer is not None
            and longer.start <= found.start
            and longer.end >= found.end
            and longer.end - longer.start > found.end - found.start
        ):
            return longer
    return found


#: The kinds of speaker the first side of a coordinated subject may name.
COORDINATED_KINDS: Final = frozenset({"person", "group", "anonymous"})


def _coordinated_with(text: str, lo: int, second: Mention) -> Mention:
    """A subject read by its grammar, with the speaker coordinated before it:
    "She and | her aides", "Ruiz and | several growers" speak together (a group,
    both named); else the subject as read."""
    L = current()
    joint = text[max(lo, second.start - 5) : second.start].split()
    if not joint or joint[-1] not in L.SUBJECT_COORDINATORS:
        return second  # read no tokens again when no conjunction comes right before
    toks = tokenize(text, max(lo, second.start - 80), second.start)
    if len(toks) < 2 or toks[-1].low not in L.SUBJECT_COORDINATORS or toks[-1].cap:
        return second
    first = classify(text, collect_back(toks[:-1]))
    if first is None or first.kind not in COORDINATED_KINDS or first.end != toks[-2].end:
        return second
    before = [t for t in toks if t.end <= first.start]
    if before and not before[-1].punct and (before[-1].low not in L.STOP or before[-1].cap):
        return second  # "… back Ruiz | and 40 have …": a verb's object, not a subject
    words = [t for t in toks if first.start <= t.start < first.end]
    if len(words) > 1 and words[0].low in L.DETERMINERS and words[-1].cap:
        return second  # "both the Labour | and the Green manifestos": a name's modifier, no speaker
    named = max((i for i, t in enumerate(words) if t.cap), default=0)
    if any(_content_word(L, t) and not is_role_noun(t.low) for t in words[:named]):
        return second  # "Twelve rowers support Moss | and 40 have": a verb before the name, its object
    name = f"{first.name} {toks[-1].text} {second.name}"
    return Mention(text[first.start : second.end], first.start, second.end, "group", name, None, None)


def _content_word(L: Language, tok: Tok) -> bool:
    """Is the token a lowercase word of content, no function word or determiner?"""
    return not tok.cap and not tok.punct and tok.low not in L.STOP and tok.low not in L.DETERMINERS


#: The most words of a participle phrase after a subject: "Protesters | marching through the streets | chanted".
PARTICIPLE_PHRASE_WORDS: Final = 8
#: The kinds of subject a participle phrase may follow: a plural ("Protesters", "people").
POSTMODIFIED_KINDS: Final = frozenset({"group", "anonymous"})
#: The kinds a set-off subject opened by a determiner may name ("One attendee, who …, said", "The council, a
#: body of nine, said"), not a thing ("The bill, a priority of the mayor, says").
SPEAKER_KINDS: Final = frozenset({"person", "group", "anonymous", "organization"})


def _participle_postmodified(text: str, lo: int, cue_start: int) -> Mention | None:
    """The subject before a participle phrase with no commas that ends at the
    cue: "Protesters | marching through the streets | chanted", "Fans | waiting
    at the gate | shouted" (the words after the participle are its object)."""
    start = max(lo, cue_start - 120)
    if "ing" not in text[start:cue_start].lower():
        return None  # no participle: most subjects are read without tokenizing again
    toks = tokenize(text, start, cue_start)
    L = current()
    for i in range(len(toks) - 2, max(0, len(toks) - 1 - PARTICIPLE_PHRASE_WORDS), -1):
        tok = toks[i]
        if tok.punct or tok.cap:
            return None
        if tok.low.endswith("ing") and len(tok.low) > 5 and tok.low not in L.NOUN_HEADS:
            before = toks[i - 1]
            if before.punct or not (before.low.endswith("s") or before.low in L.POSTMODIFIED_PLURALS):
                return None  # "the Oklahoma City bombing", "a bad thing": a noun in -ing, no participle
            head = _mention_before(text, lo, tok.start)
            if head is None or head.kind not in POSTMODIFIED_KINDS or head.pronoun is not None or head.end != before.end:
                return None
            return head
    return None


def _mention_before(text: str, lo: int, cue_start: int) -> Mention | None:
    L = current()
    toks = tokenize(text, max(lo, cue_start - 240), cue_start)
    if toks and toks[-1].low in L.PASSIVE and not toks[-1].cap:
        return None  # "It was said that…", "he was told": the subject did not speak
    toks = strip_setting(toks)
    if not toks:
        return None
    if toks[-1].low in L.CUE_RELATIVES and len(toks) > 1 and not toks[-1].text.isupper():  # not the "WHO"
        # "Harlow, who has often described…", "the council report, which notes": the relative pronoun, for its antecedent
        antecedent_end = toks[-2].start if toks[-2].text == "," else toks[-1].start
        antecedent = mention_before(text, lo, antecedent_end)
        if antecedent is None and toks[-2].text == ",":
            antecedent = _prepositional_object(text, toks[:-2], antecedent_end)  # "came from the minister, who said"
        if antecedent is None or toks[-1].low in L.RESTRICTIVE_RELATIVES and toks[-2].text == ",":
            return None
        if toks[-1].low in L.THING_RELATIVES and antecedent.kind not in ("document", "organization"):
            return None  # "which" stands for a thing, not a person
        who = toks[-1]
        return replace(antecedent, text=who.text, start=who.start, end=who.end, pronoun="who")
    # not "a councillor who made the news because | he | roared": a pronoun right before the cue is its subject
    restrictive = restrictive_relative(toks) if toks[-1].low not in L.SUBJECT_PRONOUNS or toks[-1].cap else None
    if restrictive is not None:
        # "a ministry official who asked not to be named said": the antecedent speaks
        return mention_before(text, lo, restrictive.start)
    appos: list[Tok] | None = None
    if len(toks) > 2 and toks[-1].text in TITLE_CLOSERS and toks[-2].text == ",":
        toks = toks[:-1]  # 'Kim, who wore a cap reading “Go Team,” yelled': the comma inside the closing mark ends the clause
    before_aside = toks
    if len(toks) > 3 and toks[-1].text == "," and toks[-2].low in L.PARENTHETICALS and toks[-3].text == ",":
        toks = toks[:-3]  # "Forbes, however, says": a parenthetical adverb, not an apposition
    elif len(toks) > 4 and toks[-1].text == "," and (toks[-3].low, toks[-2].low) in L.PARENTHETICAL_PAIRS and toks[-4].text == ",":
        toks = toks[:-4]  # "Varga’s office, for example, said"
    if len(toks) < len(before_aside):
        toks = strip_setting(toks)  # "The survey has, however, revealed": the auxiliary before the aside
    if len(toks) > 2 and toks[-1].text in DASHES:
        # "Ruiz — after a long pause — told me": a phrase between dashes, then the cue
        j = next((k for k in range(len(toks) - 2, max(-1, len(toks) - 20), -1) if toks[k].text in DASHES), -1)
        if j > 0:
            toks = toks[:j]
    if toks and toks[-1].text == ",":
        # apposition: "Pell, a close ally of the mayor, said"
        j = len(toks) - 2
        while j >= 0 and len(toks) - j < 32 and (toks[j].text not in APPOSITION_ENDS or place_comma(toks, j) or _digit_comma(toks, j)):
            j -= 1
        if j < 1 or toks[j].text != ",":
            return None
        j = _list_start(L, toks, j)
        appos = toks[j + 1 : -1]
        opening_comma_next = appos[0] if appos else None
        if len(appos) > 1 and (appos[0].low in L.PARENTHETICALS or appos[0].low in L.APPOSITION_ADVERBS):
            appos = appos[1:]  # "Abernethy, also a candidate for mayor, called", "Ostrow, now retired, said"
        if not appos:
            return None
        if len(appos) == 1 and appos[0].low in L.COUNSEL_SIDES:
            # "Mara Venn, defending, said": the side a barrister speaks for is her role in court
            named = classify(text, collect_back(toks[:j]), None)
            return None if named is None else replace(named, role=appos[0].text)
        # "Durbin, noting the size of the crowd, said", "Trump, asked about…, said", "The agency, formerly
        # called the Port Board, said": a participle clause, no role; "The chef, during a show, said": a setting
        # (after an adverb only a naming participle: not "Daniloff, now retired in Cambridge," a role)
        stripped = appos[0] is not opening_comma_next  # an adverb came first
        ending = appos[0].low.endswith(("ing", "ed"))
        participle = len(appos) > 1 and not appos[0].cap and (appos[0].low in L.SET_OFF_PARTICIPLES or not stripped and ending)
        participle = participle or len(appos) > 1 and appos[0].low in L.SET_OFF_PREPOSITIONS and not appos[0].cap
        if not participle and _finite_before_relative(L, appos):
            return None  # "If re-elected, Mr. Ito would be the oldest mayor…, said": a clause, not an apposition
        opening_comma = toks[j]
        toks = toks[:j]
        if len(toks) > 2 and toks[-1].text.isdigit() and toks[-2].text == ",":
            toks = toks[:-2]  # "Delia P. Sorn, 58, a retired teacher, said"
        if all(PARTY_TAG.fullmatch(t.text) or t.text == "." for t in appos):
            pass  # "Rep. Nora Vance, D-Ore., said"
        elif participle:
            # "Tunde Ajayi, the firm's director, in a statement, said": the phrase before the setting may
            # be an apposition of its own
            inner = mention_before(text, lo, opening_comma.end)
            if inner is not None and inner.pronoun != "who":
                return inner
            appos = None
        elif appos[0].cap and appos[0].low not in L.DETERMINERS and capitalised_role(appos):
            pass  # a title in apposition: "Gerlinde T. Moss, Chief Operating Officer of …, said"
        elif (
            appos[0].cap
            and appos[0].low not in L.DETERMINERS
            or len(appos) > 2
            and appos[0].low in L.APPOSITION_TITLE_LEADS
            and appos[1].cap
        ):
            # a name in apposition: "the mayor's chief of staff, Ana Brill, said", "Ruiz's aunt, state Sen. Ann Roe, said"
            named = classify(text, appos)
            role_body = collect_back(toks)
            if named is not None and named.kind == "organization" and named.name == text[appos[0].start : appos[-1].end]:
                # an organisation named after a common noun for its kind: "the school, Hill College, said"
                body_words = [t for t in role_body if not t.punct]
                head = body_words[-1] if body_words else None
                if (
                    len(body_words) > 1
                    and body_words[0].low in L.DETERMINERS
                    and head
                    and not head.cap
                    and head.low in L.ORGANIZATION_HEADS
                ):
                    return replace(named, text=text[role_body[0].start : appos[-1].end], start=role_body[0].start)
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
        elif not (appos[0].low in L.DETERMINERS or _relative(L, appos) or not appos[0].cap) or (
            appos[0].low in L.STOP and not _relative(L, appos)
        ):
            return None
    body = collect_back(toks)
    if not body:
        return None
    words = [t for t in body if not t.punct]
    # "The lawsuit, which was lodged…, claimed", "The builders, which declined interviews, said": a relative
    # clause after a noun, or after a determiner and a plural (its head is classify's to judge)
    plural = len(words) > 1 and words[0].low in L.DETERMINERS and words[-1].low.endswith("s") and not words[-1].cap
    relative = appos is not None and _relative(L, appos) and bool(words) and (words[-1].low in L.NOUN_HEADS or plural)
    # "One attendee, who asked not to be named, said", "Another delegate, a retired teacher, said": a
    # determiner opening the sentence, a lowercase noun, then the set-off phrase; classify judges the head
    opening = len(words) > 1 and words[0].cap and words[0].low in L.SET_OFF_OPENERS and not words[-1].cap
    if appos is not None and not (words and words[-1].cap) and not relative and not opening:
        # "Rep. Alma J. Rook (Ore.), a delegate, said" ends in a name;
        # "The lawsuit, which was lodged in Leeds, claimed" has a relative clause;
        # "About 200 nurses, who work at the port, said": a subject read by its grammar, then a relative clause
        return subject_phrase(text, lo, body[-1].end) if _relative(L, appos) and appos[0].low in L.PERSON_RELATIVES else None
    found = classify(text, body, appos)
    if appos is not None and opening and not relative and found is not None and found.kind not in SPEAKER_KINDS:
        return None  # "The bill, a priority of the mayor, says": a thing set off, not a speaker
    if found is not None and appos is not None and text[found.start : found.end].split()[0].lower() in L.OBLIQUE_ARTICLES:
        return None  # an object (the language's oblique articles open one) has no apposition of its own
    return found


def _postmodifier(toks: list[Tok], i: int) -> list[Tok]:
    """An adjective phrase after a mention's head, from ``toks[i]`` ("close to
    the show"): it goes on to punctuation or a function word that no article
    makes a noun ("the show" is a noun, "said" after it is not)."""
    L = current()
    j = i + 2
    while j < len(toks) and j - i < MAX_TOKENS and not toks[j].punct:
        if toks[j].low in L.STOP and not toks[j].cap and toks[j - 1].low not in L.DETERMINERS and toks[j].low not in L.DETERMINERS:
            break
        j += 1
    return toks[i:j]


def _head_ahead(toks: list[Tok], i: int) -> bool:
    """Does a head noun follow within a few words, so that ``toks[i]`` is a
    modifier ("veteran morning radio host Gil Farrow")?"""
    L = current()
    if toks[i].low.endswith(("ed", "es")):
        return False  # a verb: "Lopez issued the following statement"
    for t in toks[i + 1 : i + 4]:
        if t.punct or t.low in L.STOP or t.low in L.DETERMINERS:
            return False
        if t.low in L.NOUN_HEADS and not t.cap:
            return True
    return False


def _name_in_apposition(text: str, role: list[Tok], after: list[Tok]) -> Mention | None:
    """A person's name after a role and a comma: "her chief of staff, | Ana Brill"."""
    L = current()
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
    if role[0].low in L.DETERMINERS:
        role_text = text[role[1].start : role[-1].end] if len(role) > 1 else role_text
    return replace(named, text=text[role[0].start : name[-1].end], start=role[0].start, role=role_text)


#: How many words before a relative clause's comma the object of a preposition may start.
PREPOSITION_OBJECT_WORDS: Final = 6


def _prepositional_object(text: str, toks: list[Tok], end: int) -> Mention | None:
    """The antecedent of a relative clause that is the object of a
    preposition: "the lecture came from | the minister|, who said",
    "was steep for | Mr. Dorsey|, who said" (the words before the preposition
    are the clause that holds it, no part of the mention)."""
    L = current()
    stop = max(0, len(toks) - PREPOSITION_OBJECT_WORDS)
    for i in range(len(toks) - 2, stop - 1, -1):
        tok = toks[i]
        if tok.punct:
            return None
        if tok.low in L.OBJECT_PREPOSITIONS and not tok.cap:
            found = mention_before(text, tok.end, end)
            return found if found is not None and found.kind in SPEAKER_KINDS and found.pronoun is None else None
    return None


def _proper(tok: Tok) -> bool:
    """A capitalised word that is no common noun (some languages capitalise those)."""
    L = current()
    return tok.cap and tok.low not in L.NOUN_HEADS and (L.compound_pattern is None or L.compound_head(tok.low) is None)


#: The kinds of mention a count after an approximator may name ("about 200 nurses", "around 40 members").
COUNTED_KINDS: Final = frozenset({"group", "anonymous"})


def _participle_before_name(toks: list[Tok], i: int) -> bool:
    """Is ``toks[i]`` a participle between an article and a capitalised name,
    a cue's form or not ("said a | gushing | Ms Lowe", "a | grinning | Tom Vey")?"""
    L = current()
    return (
        toks[i].low.endswith("ing")
        and 0 < i < len(toks) - 1
        and toks[i - 1].low in L.DETERMINERS
        and not toks[i - 1].cap
        and toks[i + 1].cap
        and not toks[i + 1].punct
    )


@once_per_document(MEMO_SIZE)
def mention_after(text: str, pos: int, hi: int) -> Mention | None:
    """The speaker mention that starts at ``pos`` (after an inverted cue)."""
    L = current()
    toks = tokenize(text, pos, min(hi, pos + 240))
    if len(toks) > 1 and toks[0].low in L.APPROXIMATORS and toks[0].low in L.STOP and toks[1].text[:1].isdigit():
        # "said about 200 nurses": an approximator that reads as a preposition elsewhere; the counted group speaks
        counted = mention_after(text, toks[1].start, hi)
        if counted is None or counted.pronoun is not None or counted.kind not in COUNTED_KINDS:
            return None
        counted_text = text[toks[0].start : counted.end]
        name = counted_text if counted.name == counted.text else counted.name
        return replace(counted, start=toks[0].start, text=counted_text, name=name)
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
                return named  # 'said her old roommate at Bryn Mawr, Cleo Hart, who…'
        if t.text == "," and out and out[-1].cap:
            j = i + 1
            while j < len(toks) and j - i < 16 and toks[j].text not in ",;:.!?()":
                j += 1
            cand = toks[i + 1 : j]
            if cand and (cand[0].low in L.DETERMINERS or not cand[0].cap) and cand[0].low not in L.STOP:
                appos = cand
            break
        if t.text in TITLE_OPENERS and out and (out[-1].low in L.TITLE_LEADS or out[-1].low.endswith(L.NAME_HEAD_ENDINGS)):
            # a quoted name after an article: "a report in the “Daily News”"; after the noun it names: "die Zeitung „Morgenpost“"
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
        noun = t.low in L.NOUN_HEADS and bool(out) and out[-1].low in L.DETERMINERS  # "the report"
        if t.low in L.STOP and not t.cap and not noun and not _participle_before_name(toks, i):
            break
        if t.low in L.SUBJECT_PRONOUNS:
            if not out:
                out.append(t)
            break
        if (
            (t.low in L.PREPOSITIONS and t.low not in L.NAME_PREPOSITIONS or t.low in L.DATIVE_ARTICLES)
            and not t.cap
            and out
            and _proper(out[-1])
        ):
            break  # "said Maria Lopez | in a statement", or a name, then the article of its object
        if not seen_head and out and not t.cap and t.low.endswith("ed") and len(t.low) > 4 and out[-1].low not in L.DETERMINERS:
            break  # "That prompted Rubio…": a verb, not a mention's modifier
        if (
            seen_head
            and not t.cap
            and t.low not in L.PREPOSITIONS
            and t.low not in L.DETERMINERS
            and t.low not in L.NOUN_HEADS
            and t.low not in L.MENTION_GLUE
            and not _head_ahead(toks, i)
        ):
            break
        if seen_head and not t.cap and t.low in L.ANONYMOUS_MARKERS and i + 1 < len(toks) and toks[i + 1].low in L.PREPOSITIONS:
            # "a source close to the show", "people familiar with the talks": the adjective's phrase is the mention's
            out.extend(_postmodifier(toks, i))
            break
        seen_head = seen_head or (acceptable_head(t) and t.low not in L.DETERMINERS)
        out.append(t)
        i += 1
    while out and (out[-1].low in L.PREPOSITIONS or out[-1].low in L.DETERMINERS) and not out[-1].cap:
        if len(out) == 1 and out[0].low in L.PRONOUN_COUNTS:
            break  # '“…,” read one', '“…,” tweeted another'
        out.pop()
    if not out:
        return None
    return classify(text, out, appos)
