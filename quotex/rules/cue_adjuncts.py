"""What may stand between a cue and the whole quotation it introduces: a
few words of any kind ("told CNN", "said in a statement", "wrote on
Twitter"), or a longer setting opened by a preposition.
"""

from __future__ import annotations

from typing import Final

from quotex.quotes import QuotedSpan
from quotex.rules.base import compile_rule
from quotex.rules.clauses import subordinate
from quotex.rules.document import Document
from quotex.text import Span

#: An adjunct that may sit between a cue and a colon or comma that opens a
#: direct quotation: "told CNN", "said in a statement", "wrote on Twitter",
#: "acknowledged, however,".
ADJUNCT: Final = compile_rule(
    r"""
    ${sp}{0,3} ,? ${sp}{0,3}
    (?: ${adjunct_word} ,? ${sp}{1,3} ){0,10}?
    (?: ${adjunct_word} )?
    ${sp}{0,3} (?P<punct> [,:] | ${dash} ) ${sp}{0,3} \Z
    """
)

#: A longer setting that opens with a preposition, between a cue and its
#: quotation: "said on the radio at noon, before the vote in the old hall of the
#: river town, “…”".  Only a phrase opener may start it (:data:`ADJUNCT`'s few
#: words take any); a clause reported after the cue does not ("said the mayor
#: was …, “…”", "wrote in her memoir that she …, “…”").
LONG_SETTING: Final = compile_rule(
    r"""
    ${sp}{0,3} ,? ${sp}{0,3}
    (?: (?! ${setting_complementizer} \b ) ${adjunct_word} ,? ${sp}{1,3} ){10,20}?
    (?: ${adjunct_word} )?
    ${sp}{0,3} (?P<punct> [,:] | ${dash} ) ${sp}{0,3} \Z
    """
)


def adjunct_between(doc: Document, lo: int, cue: Span, q: QuotedSpan) -> bool:
    """Is what stands between a cue and a whole quotation an adjunct of the cue:
    a few words of any kind, or a longer setting opened by a preposition after
    a cue of the main clause (in "when Ruiz railed against … from her seat on
    the board, “…”" the quotation is the main clause's)?"""
    text = doc.text
    if ADJUNCT.match(text, cue.end, q.open) is not None:
        return True
    words = text[cue.end : min(q.open, cue.end + 40)].lstrip(" ,").split(maxsplit=1)
    return (
        bool(words)
        and doc.grammar.opens_phrase(words[0].lower())
        and not subordinate(doc, lo, cue)
        and LONG_SETTING[doc.lang].match(text, cue.end, q.open) is not None
    )
