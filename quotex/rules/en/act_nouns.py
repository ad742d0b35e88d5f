"""English: speech acts named by a noun after their owner's possessive.

"Her vow to close the plant angered the union", "the mayor's call for a
recount", "his remarks about the port": the noun's object is what was said
(PolNeAR annotates it so), the owner the speaker.  Only the nouns of
:data:`quotex.lang.en.acts.ACT_NOUNS` are read, each with the words that
link it to what it says ("call for", not "call of duty").  Read by the rule
:data:`~quotex.rules.en.acts.INDIRECT_SPEECH_ACT`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

import regex

from quotex.lang import current
from quotex.lang.en.acts import ACT_NOUNS, CONTENT_LINKS, LIGHT_NOUNS, LIGHT_VERB_FORMS
from quotex.lang.en.clauses import FINITE_AUXILIARIES, IRREGULAR_PAST, NOUN_MARKERS
from quotex.rules.base import on_first_use
from quotex.rules.clauses import clause_subject
from quotex.rules.document import Document
from quotex.speakers import Mention, classify, pronoun_mention, tokenize
from quotex.text import Span, matches_at

#: An owner's possessive, up to two words (no article: "her | a claim" is an object and a noun), an act noun
#: and its link: "Mr. Obama's | original | pledge | to".
POSSESSIVE_ACT: Final = on_first_use(
    r"""
    (?P<owner>
        (?<![\p{L}]) (?i: his | her | their | its )
      | \p{Lu}[\p{L}.&\-]{0,30} (?: [ \t\u00a0] \p{Lu}[\p{L}.&\-]{0,30} ){0,3}
        (?: 's | \N{RIGHT SINGLE QUOTATION MARK}s | (?<=s) ' | (?<=s) \N{RIGHT SINGLE QUOTATION MARK} )
    )
    [ \t\u00a0]{1,2} (?: (?! (?: a | an | the ) [ \t\u00a0] ) \p{Ll}[\p{Ll}\-]{0,19} [ \t\u00a0]{1,2} ){0,2}?
    (?P<noun> \L<nouns> ) [ \t\u00a0]{1,2} (?P<link> \p{Ll}{2,7} ) (?! [\p{L}\-] )
    """,
    regex.VERBOSE,
    nouns=sorted(ACT_NOUNS),
)

#: How many acts of one kind a sentence is read for before it is given up.
MAX_TRIES: Final = 6

#: The possessive pronouns and the pronoun of their owner ("its": an organisation).
_OWNERS: Final = {"his": "he", "her": "she", "their": "they", "its": "it"}


def owner_mention(doc: Document, sent: Span, start: int, end: int) -> Mention | None:
    """The speaker a possessive names: a person or an organisation by name
    ("Mr. Obama's"), or the pronoun ("his"), given to the clause's subject of
    the same gender when it names one ("Varga renewed her call for …")."""
    L = current()
    text = doc.text
    word = text[start:end].lower()
    if word in _OWNERS:
        pronoun = _OWNERS[word]
        gender = L.PRONOUNS.get(pronoun)
        subject = clause_subject(doc, sent.start, start) if start > sent.start else None
        if subject is not None and subject.pronoun is None and subject.kind == "person" and subject.gender in (None, gender) and gender:
            return subject
        return pronoun_mention(text, start, end, pronoun)
    stem_end = end - (2 if text[end - 1] == "s" and text[end - 2] in "'\N{RIGHT SINGLE QUOTATION MARK}" else 1)
    named = classify(text, tokenize(text, start, stem_end))
    if named is None or named.kind not in ("person", "organization"):
        return None
    return replace(named, text=text[start:end], end=end)


def possessive_acts(doc: Document, sent: Span) -> list[tuple[int, Span, Mention, Span, int]]:
    """The acts named by a possessive and a noun in ``sent``: where each
    opens its content (the link's start or end), its noun, its owner, the
    cue (the noun and its link) and where the content ends at the latest."""
    text = doc.text
    out: list[tuple[int, Span, Mention, Span, int]] = []
    for tries, m in enumerate(POSSESSIVE_ACT.finditer(text, sent.start, sent.end)):
        if tries >= MAX_TRIES:
            break  # each reading scans its clause: a bound keeps hostile text linear
        if m.group("link") not in ACT_NOUNS[m.group("noun")] or doc.inside_quote(m.start()):
            continue
        mention = owner_mention(doc, sent, *m.span("owner"))
        if mention is None:
            continue
        pos = m.start("link") if m.group("link") in CONTENT_LINKS else m.end("link")
        noun = Span(m.start("noun"), m.end("noun"))
        end = _predicate(doc, sent, m.start(), pos)
        out.append((pos, noun, mention, Span(m.start("noun"), m.end("link")), end))
    return out


def _predicate(doc: Document, sent: Span, owner: int, pos: int) -> int:
    """Where the content ends when the act's noun phrase is its clause's
    subject: before the clause's verb ("Her vow to close the plant | angered
    the union"); else the sentence's end, for the content's own reading."""
    text = doc.text
    if text[sent.start : owner].strip(" \t\u00a0") and text[:owner].rstrip()[-1:] not in ",;:":
        return sent.end  # an object ("mocked Mr. Dale's claim that …"): the clause reader ends it
    words = list(_WORD.finditer(text, pos, sent.end))
    own_verb = bool(words) and words[0].group().lower() == "that"  # "her claim that he still has … | would …"
    chain = -1
    for i, w in enumerate(words[2:], start=2):
        low = w.group().lower()
        before = words[i - 1].group().lower()
        if low in FINITE_AUXILIARIES or low in IRREGULAR_PAST or low.endswith("ed") and before not in NOUN_MARKERS:
            if own_verb or i == chain + 1:
                # the "that" clause's own verb, and the participle after its auxiliary ("have doubled")
                own_verb, chain = False, i if low in FINITE_AUXILIARIES else -1
                continue
            return w.start()
    return sent.end


_WORD: Final = on_first_use(r"[\p{L}\N{RIGHT SINGLE QUOTATION MARK}'\-]+")


#: Every form of the light verbs.
LIGHT_FORMS: Final = LIGHT_VERB_FORMS

#: A light verb, up to four words (no clause's "that", no infinitive), an act noun and its link:
#: "made | no | mention | of", "offered | her firmest | promise | that".
LIGHT_ACT: Final = on_first_use(
    r"""
    (?<![\p{L}\-]) (?P<verb> \L<verbs> )
    (?: [ \t\u00a0]{1,2} (?! (?: that | to | for | of | on | in | with | and | but ) (?! [\p{L}\-] ) ) \p{Ll}[\p{Ll}\-]{0,19} ){0,4}?
    [ \t\u00a0]{1,2} (?P<noun> \L<nouns> ) [ \t\u00a0]{1,2} (?P<link> \p{Ll}{2,7} ) (?! [\p{L}\-] )
    """,
    regex.VERBOSE,
    verbs=sorted(LIGHT_FORMS),
    nouns=sorted(LIGHT_NOUNS),
)


def light_acts(doc: Document, sent: Span, verbs: list[int] | None) -> list[tuple[int, Span, Span]]:
    """The acts named by a light verb and its noun in ``sent`` ("made no
    mention of"): where each opens its content, its verb, and the cue (the
    verb to the link); ``verbs`` are where a light verb may start in ``sent``
    (:meth:`~quotex.rules.document.Document.word_starts`, None where it cannot tell)."""
    text = doc.text
    out: list[tuple[int, Span, Span]] = []
    for tries, m in enumerate(matches_at(LIGHT_ACT, text, verbs, sent.start, sent.end)):
        if tries >= MAX_TRIES:
            break  # as above
        if m.group("link") not in LIGHT_NOUNS[m.group("noun")] or doc.inside_quote(m.start()):
            continue
        pos = m.start("link") if m.group("link") in CONTENT_LINKS else m.end("link")
        out.append((pos, Span(m.start("verb"), m.end("verb")), Span(m.start("verb"), m.end("link"))))
    return out
