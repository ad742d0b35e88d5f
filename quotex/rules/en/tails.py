"""Where the narrator's own words follow a reported clause inside its
sentence: a comparison ("most riders said the ferry runs late, | compared
to a third in spring"), a participle of consequence ("the guild vowed to
shut the mill, | leaving the town without work"), or a clause after a
semicolon with a subject of its own ("proposes a toll | ; she wants a
tram").  Read after :func:`~quotex.rules.boundaries.clause_end`, for
a clause read forwards from its cue."""

from __future__ import annotations

from typing import Final

from quotex.lang import current
from quotex.lang.en.clauses import COMPARISON_TAILS, CONSEQUENCE_PARTICIPLES
from quotex.rules.base import compile_rule
from quotex.rules.boundaries import MIN_BEFORE_BREAK
from quotex.rules.document import Document

#: A comma before a comparison or a participle of consequence, or a
#: semicolon before a clause with a subject of its own: a noun phrase's
#: determiner, a name, a number or a subject pronoun ("| ; she wants a tram",
#: "| ; 40 of them were…"; not "| ; baked bread; and sold it": a list of
#: the subject's own acts).
NARRATOR_TAIL: Final = compile_rule(
    r"""
    , ${sp}{1,3} (?: """
    + " | ".join(sorted(COMPARISON_TAILS | CONSEQUENCE_PARTICIPLES))
    + r""" ) \b
    | ; ${sp}{1,3} (?= (?: the | a | an | his | her | its | their | these | those ) ${sp} | \p{Lu} | \p{N}
                    | (?i: ${clause_subject} ) \b )
    """
)


def narrator_tail(doc: Document, start: int, end: int) -> int:
    """Where the narrator's words start in a reported clause
    ``text[start:end]`` (see :data:`NARRATOR_TAIL`), or ``end``; the clause
    keeps :data:`~quotex.rules.boundaries.MIN_BEFORE_BREAK` words at least."""
    text = doc.text
    tails = NARRATOR_TAIL[current()]
    pos = start
    while True:
        comma, semicolon = text.find(",", pos, end), text.find(";", pos, end)
        if comma < 0 and semicolon < 0:
            return end  # most clauses: no mark to read at, no pattern searched
        mark = semicolon if comma < 0 or 0 <= semicolon < comma else comma
        if tails.match(text, mark, end) is not None and not doc.inside_quote(mark) and len(text[start:mark].split()) >= MIN_BEFORE_BREAK:
            return mark
        pos = mark + 1
