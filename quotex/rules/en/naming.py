"""English: a verb that names or characterises its object by a complement.

"Ms. Ruiz called the plan a fraud", "Critics branded him reckless", "The
union calls itself nonpartisan": the object with its complement is what was
said (PolNeAR annotates it so), the verb's subject the speaker.  Only the
verbs of :data:`quotex.lang.en.acts.NAMING_VERBS` are read, and only with
an object a reader can bound without a parser: a pronoun ("him", "itself"),
a capitalised name ("Ms. Hale"), or a determiner and up to two words ("the
plan", "his latest budget").  A complement must follow right after: not a
particle, preposition or infinitive ("called him back", "called the board
on Monday", "called them to testify"), nor a time ("called him Tuesday"), and
after a name or a noun it opens in lowercase ("a club called Blue Harbor"
names the club, no one speaks).  A quotation in the phrase leaves it to the
rules for quotations ('called the plan “a fraud”').  Read by the rule
:data:`~quotex.rules.en.acts.INDIRECT_SPEECH_ACT`.
"""

from __future__ import annotations

from typing import Final

import regex

from quotex.lang import current
from quotex.lang.en.acts import NAMING_VERBS, NOT_COMPLEMENTS
from quotex.lang.en.clauses import FINITE_AUXILIARIES, IRREGULAR_PAST
from quotex.lang.en.forms import inflections
from quotex.rules.base import on_first_use
from quotex.rules.content import strip_content
from quotex.rules.document import Document
from quotex.text import Span, matches_at

#: Every form of the naming verbs.
NAMING_FORMS: Final = frozenset(form for lemma in NAMING_VERBS for form in inflections(lemma))
#: Pronouns that may be a naming verb's object ("that" is left out: "called that morning").
OBJECT_PRONOUNS: Final = frozenset("him her them it himself herself themselves itself me us you this".split())
#: Determiners that open a noun object: "called | the plan | a fraud".
OBJECT_DETERMINERS: Final = frozenset("the his her their its this these those our my your".split())

#: A naming verb, its object and the first word after it.
NAMING: Final = on_first_use(
    r"""
    (?<! [\p{L}\-] ) (?P<verb> \L<forms> ) [ \t\u00a0]{1,2}
    (?P<object>
        (?P<pronoun> \L<pronouns> ) (?! [\p{L}\-'\N{RIGHT SINGLE QUOTATION MARK}] )
      | (?P<name> \p{Lu} [\p{L}.\-]{0,30} (?: [ \t\u00a0] \p{Lu} [\p{L}.\-]{0,30} ){0,4} ) (?! [\p{L}\-'\N{RIGHT SINGLE QUOTATION MARK}] )
      | (?P<det> \L<determiners> ) (?: [ \t\u00a0]{1,2} \p{Ll} [\p{Ll}\-]{1,20} ){1,2}?
    )
    [ \t\u00a0]{1,2} (?P<first> \p{L} [\p{L}\-]{0,24} ) (?! [\p{L}\-] )
    """,
    regex.VERBOSE,
    forms=sorted(NAMING_FORMS),
    pronouns=sorted(OBJECT_PRONOUNS),
    determiners=sorted(OBJECT_DETERMINERS),
)
#: Where the complement ends: a comma, a semicolon, a colon, a dash between spaces, a bracket, the stop, or a
#: second verb of the same subject ("called her reckless | and accused her of …").
COMPLEMENT_END: Final = on_first_use(
    r"""
    [,;:()!?] | [ \t\u00a0] [\N{EN DASH}\N{EM DASH}-] [ \t\u00a0] | \. (?= \s | \Z )
    | [ \t\u00a0] (?: and | but ) [ \t\u00a0] (?= \p{Ll}+ (?: ed | ing ) (?! \p{L} ) )
    """,
    regex.VERBOSE,
)
#: How many naming verbs of one sentence are read before it is given up.
MAX_TRIES: Final = 6


#: How a possessive ends: "the mayor's | call".
POSSESSIVE_ENDINGS: Final = ("'s", "\N{RIGHT SINGLE QUOTATION MARK}s", "s'", "s\N{RIGHT SINGLE QUOTATION MARK}")


def _verb_like(word: str) -> bool:
    """Is a lowercase word after a name a finite verb ("gave", "resists", "is"), not a complement?  A
    regular past is not told from an adjective ("called Hale biased") and is left as a complement."""
    if word in FINITE_AUXILIARIES or word in IRREGULAR_PAST:
        return True
    return word.endswith("s") and not word.endswith(("ss", "ous", "us", "is"))


def naming_acts(doc: Document, sent: Span, verbs: list[int] | None) -> list[tuple[Span, Span]]:
    """The naming verbs of ``sent`` with an object and a complement: each
    verb and the phrase it reports (the object to the complement's end);
    ``verbs`` are where a naming verb may start in ``sent``
    (:meth:`~quotex.rules.document.Document.word_starts`, None where it cannot tell)."""
    L = current()
    text = doc.text
    out: list[tuple[Span, Span]] = []
    for tries, m in enumerate(matches_at(NAMING, text, verbs, sent.start, sent.end)):
        if tries >= MAX_TRIES:
            break  # a bound keeps hostile text linear
        first = m.group("first")
        low = first.lower()
        if low in NOT_COMPLEMENTS or low in L.TIME_WORDS or low.endswith("ly") or doc.inside_quote(m.start()):
            continue  # "called him back", "called the board on Monday", "called her Tuesday", "called him immediately"
        if m.group("pronoun") is None and not first[:1].islower():
            continue  # "a club called Blue Harbor": a name given, no one speaks
        if m.group("name") is not None and _verb_like(low):
            continue  # "a firm called Harbor Works gave $5,000": the name's own verb follows
        before = text[max(sent.start, m.start() - 30) : m.start()].split()[-1:]
        if before and (before[0].lower() in L.DETERMINERS or before[0].endswith(POSSESSIVE_ENDINGS)):
            continue  # "the label Ruiz rejects", "the mayor's call": a noun
        stop = COMPLEMENT_END.search(text, m.start("first"), sent.end)
        content = strip_content(text, m.start("object"), stop.start() if stop is not None else sent.end)
        if doc.quote_opens_in(content.start, content.end + 1):
            continue  # 'called the plan “a fraud”': the quotation's rules read it
        out.append((Span(m.start("verb"), m.end("verb")), content))
    return out
