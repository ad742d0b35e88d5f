"""English: a setting between a cue and the clause it reports ("said
Tuesday that", "said in a phone call with the station on Friday that",
"confessed to detectives | he had …"), skipped by the readers of reported
speech (:mod:`quotex.rules.reported.speech`, :mod:`quotex.rules.reported.openings`)."""

from __future__ import annotations

from typing import Final

from quotex.rules.base import compile_rule

#: A setting between cue and clause: "said Tuesday", "said in a statement".
SETTING: Final = compile_rule(
    r"""
    ${sp}{1,3}
    (?: (?: on | in | at | during | last | this | earlier | late | early | after | before ) ${sp}{1,3} )?
    (?! ${clause_subject} ) [\p{L}\p{N}.'\-\N{LEFT SINGLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK}]{1,30}
    (?: ${sp}{1,3} (?! ${clause_subject} ) [\p{L}\p{N}.'\-\N{LEFT SINGLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK}]{1,30} ){0,4}?
    (?= ,? ${sp}{1,3} that \b )
    # a longer setting that opens with a preposition: "said in a phone call with the local radio station on Friday | that"
    | ${sp}{1,3} (?: on | in | at | during | after | before ) ${sp}{1,3}
    (?: (?! ${clause_subject} ) [\p{L}\p{N}.'\-\N{RIGHT SINGLE QUOTATION MARK}]{1,30} ${sp}{1,3} ){0,10}?
    (?! ${clause_subject} ) [\p{L}\p{N}.'\-\N{RIGHT SINGLE QUOTATION MARK}]{1,30} (?= ${sp}{1,3} that \b )
    # an addressee, then a clause that opens with a pronoun: "confessed to detectives | he had …"
    | ${sp}{1,3} to ${sp}{1,3} (?: (?: the | a | an | his | her | its | their ) ${sp}{1,3} )?
    (?! ${clause_subject} ) [\p{L}\-]{1,30} (?: ${sp}{1,3} (?! ${clause_subject} ) [\p{L}\-]{1,30} )?
    (?= ${sp}{1,3} ${clause_subject} ${sp}{1,3} \p{Ll} | ${sp}{1,3} (?: why | how | whether ) ${sp}{1,3} )
    """
)


def may_hold_setting(text: str, pos: int, end: int) -> bool:
    """Can :data:`SETTING` match at ``pos``? Its readings end before "that" or
    open with "to" (an addressee): three sentences in four have neither after
    the cue, and the pattern is not tried there."""
    return text.find("that", pos, end) >= 0 or text[pos : pos + 8].split(None, 1)[:1] == ["to"]
