"""Reading a mention backwards from its cue: :func:`collect_back` takes the
tokens before a cue from the last one back until a word ends the mention (a
stop word, a verb, a participle taking the phrase as its object, the end of
another phrase before a title), and :func:`restrictive_relative` finds the
"who" of a short relative clause between a mention and its cue.  What the
collected tokens name is read by :func:`~quotex.speakers.classify.classify`.
"""

from __future__ import annotations

from quotex.lang import current
from quotex.speakers.classify import cue_as_noun, noun_head, plural_noun, surname_word
from quotex.speakers.roles import is_role_noun
from quotex.speakers.tables import MAX_TOKENS
from quotex.speakers.tokens import Tok


def collect_back(toks: list[Tok]) -> list[Tok]:
    """Tokens of a mention that ends at the end of ``toks``."""
    L = current()
    out: list[Tok] = []
    i = len(toks) - 1
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
        if t.low in L.SUBJECT_COORDINATORS and not t.cap:
            # two plural nouns joined are one subject: "nurses and hospital managers", "teachers and union officials"
            plural_pair = i > 0 and bool(out) and plural_noun(toks[i - 1]) and plural_noun(out[-1])
            if out and i > 0 and (toks[i - 1].cap or toks[i - 1].low in L.NOUN_HEADS or plural_pair):
                out.insert(0, t)  # "Penhallow and co-host Lena Fitch", "teachers and union officials"
                i -= 1
                continue
            break
        if t.low in L.STOP or t.low in L.SUBJECT_PRONOUNS:  # only then does it matter whether the word is a noun
            # "the report", "some estimates", "a judo coach"; "Theresa May", "George Will": a surname
            noun = noun_head(t.low) and i > 0 and toks[i - 1].low in L.DETERMINERS or cue_as_noun(toks, i) or surname_word(toks, i)
            # "the first lady", "the former mayor": a role's modifier after an article, not the adverb "first"
            noun = noun or bool(out) and t.low in L.ROLE_MODIFIERS and not t.cap and i > 0 and toks[i - 1].low in L.DETERMINERS
            if t.low in L.STOP and (not t.cap or t.low in L.NOT_SPEAKERS or t.low in L.ACCORDING_TO_STARTS) and not noun:
                break
            if t.low in L.SUBJECT_PRONOUNS and not noun:  # a pronoun, not a noun after its article
                if out:
                    break
                out.insert(0, t)
                break
        if not out and t.low in L.INFINITIVE_MARKERS:
            return []  # an infinitive: "to say", "to promise"
        if not out and t.low in L.OBJECT_PREPOSITIONS and not t.cap:
            return []  # 'mocked Ann Lee for | inviting': the preposition opens the verb's object, it ends no mention
        # "the unsigned opinion", '“…,” retired Navy admiral Hugh Tarrant said': the phrase's first word
        adjective = i > 0 and toks[i - 1].low in L.DETERMINERS or i == 0 or toks[i - 1].punct
        verb_like = t.low.endswith("ed") and len(t.low) > 4 and t.low not in L.NOUN_HEADS and t.low not in L.DETERMINERS
        if out and not t.cap and verb_like and not adjective:
            joint = max((k for k, o in enumerate(out) if o.low in L.SUBJECT_COORDINATORS and not o.cap), default=None)
            if joint is not None and joint + 1 < len(out):
                out = out[joint + 1 :]  # "…mishandled the inquiry and | Democrats accused": the verb's object is no speaker
            break  # a verb: "…requested staffers"
        if (
            out
            and out[0].low in L.DETERMINERS
            and not t.cap
            and t.low.endswith("ing")
            and not noun_head(t.low)
            and _no_subject_before(toks, i)
        ):
            # "-- meddling | the congressman said", "not paying | a builder who said": the participle takes the
            # phrase as its object; not "Republicans supporting the bill said", a subject's participle phrase
            break
        if out and _opens_with_title(out) and _other_phrase_noun(t):
            break  # "at the convention | Sen. Ana Ruiz said": the abbreviated title opens the mention
        out.insert(0, t)
        i -= 1
    return out


def _no_subject_before(toks: list[Tok], i: int) -> bool:
    """Does nothing stand before the participle ``toks[i]`` for it to modify:
    it opens the stretch, or follows a dash, "not" or a preposition ("--
    meddling", "about not paying", "for ignoring"); not a comma ("Grassley,
    facing…" is an apposition, read elsewhere) nor a noun ("Republicans
    supporting the bill")?"""
    if i == 0:
        return True
    before = toks[i - 1]
    if before.punct:
        return before.text != ","
    L = current()
    return before.low in L.NEGATIONS or before.low in L.PREPOSITIONS and not before.cap


def _opens_with_title(out: list[Tok]) -> bool:
    """Does the mention collected so far open with an abbreviated title ("Sen.", "Gov.", "Dr.")?"""
    first = out[0]
    return first.cap and first.text.endswith(".") and is_role_noun(first.text)


def _other_phrase_noun(t: Tok) -> bool:
    """Is ``t`` a word in lower case that cannot lead into a title and name
    (no article, preposition, role noun or role modifier): the end of another
    phrase ("the state party convention")?"""
    L = current()
    return (
        not t.cap
        and t.text.isalpha()
        and t.low not in L.DETERMINERS
        and t.low not in L.PREPOSITIONS
        and t.low not in L.ROLE_MODIFIERS
        and not is_role_noun(t.text)
    )


def restrictive_relative(toks: list[Tok]) -> Tok | None:
    """The "who" of a short relative clause without commas that ends at the
    cue: "an official | who spoke anonymously | said"."""
    relatives = current().PERSON_RELATIVES
    for i in range(len(toks) - 2, max(0, len(toks) - 10), -1):
        tok = toks[i]
        if tok.punct or tok.cap:
            return None
        if tok.low in relatives:
            return tok if i > 0 and not toks[i - 1].punct else None
    return None
