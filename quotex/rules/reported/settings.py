"""A setting between a cue and the clause it reports ("said Tuesday that",
"said in a phone call with the station on Friday that", "confessed to
detectives | he had …"), skipped by the readers of reported speech
(:mod:`quotex.rules.reported.speech`, :mod:`quotex.rules.en.openings`).
:func:`clause_start` is where the clause a cue reports starts, past its
object and setting; what a language reads past beyond :data:`SETTING` is its
grammar's (``clause_after_setting``)."""

from __future__ import annotations

from typing import Final

from quotex.lang import Language, current
from quotex.rules.base import compile_rule
from quotex.rules.clauses import OBJECT
from quotex.rules.document import Document
from quotex.rules.reported.directives import past_aside
from quotex.text import Span

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


#: Object pronouns, which no verb follows as its subject: "told him | would …" is no clause.
OBJECT_PRONOUNS: Final = frozenset("him her them us me".split())


def _subject_read_as_addressee(L: Language, text: str, addressee: tuple[int, int], end: int) -> bool:
    """Is what was read as a cue's addressee the subject of the clause the cue
    reports, a finite auxiliary its last word or the word after it ("warned |
    the levy was | too high", "warned | voters | would pay")?  Not an object
    pronoun ("told him | would …"), nor a name before a clause of its own
    ("told MSNBC | his role would …")."""
    words = text[addressee[0] : addressee[1]].split()
    if not words or words[0].lower() in OBJECT_PRONOUNS:
        return False
    after = text[addressee[1] : min(end, addressee[1] + 12)].split(None, 1)[:1]
    return words[-1] in L.FINITE_AUXILIARIES or bool(after) and after[0] in L.FINITE_AUXILIARIES


def clause_start(doc: Document, sent: Span, cue: Span, cue_word: str, pos: int, object_speech: bool) -> int:
    """Where the clause that ``cue`` reports starts: ``pos`` (the end of the
    cue, or of its speaker when inverted), past the cue's object ("told
    reporters | …") and a setting ("said on Tuesday | that …"); for a cue
    whose object is what was said (``object_speech``: "urged the board to
    …"), no time setting is skipped."""
    L = current()
    text = doc.text
    if cue_word.lower() in L.TAKES_OBJECT:
        om = OBJECT.match(text, pos, sent.end)
        if om and not _subject_read_as_addressee(L, text, om.span(), sent.end):
            pos = past_aside(text, om.end(), sent.end)  # "told Ana Ruiz, the harbor master, | to …"
    sm = SETTING[L].match(text, pos, sent.end) if may_hold_setting(text, pos, sent.end) else None
    if sm:
        return doc.grammar.relative_after_setting(text, pos, int(sm.end()), sent.end)  # "in a film | that showed …"
    return doc.grammar.clause_after_setting(doc, sent, cue, cue_word, pos, object_speech)
