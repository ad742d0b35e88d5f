"""The named attribution rules and their regular expressions.

Every quote quotex reports names the rule that attributed it (its ``rule``
field); this module is the registry of those names, with a one-line
description each (``quotex rules`` prints it).  Patterns are VERBOSE, built
from named fragments, and use bounded quantifiers only, so that a run over
hostile input stays linear.  The handlers that apply them live in
:mod:`quotex.engine`.
"""

from __future__ import annotations

from typing import Final

import regex

from quotex import cues


def _alternation(words: frozenset[str] | set[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


#: Any cue verb form that may attribute a quotation ("said", "told", "writes").
CUE: Final = r"(?<![\p{L}\-])(?:" + _alternation(set(cues.QUOTE_FORMS) | set(cues.PARTICLE_FORMS)) + r")(?![\p{L}\-])"
#: Speech verb forms only, for reported speech.
SPEECH_CUE: Final = r"(?<![\p{L}\-])(?:" + _alternation(set(cues.SPEECH_FORMS) | set(cues.PARTICLE_FORMS)) + r")(?![\p{L}\-])"
#: Auxiliaries and adverbs between a speaker and the cue.
AUX: Final = r"(?:" + _alternation(set(cues.AUXILIARIES)) + r")"
#: A short stretch of a clause: no sentence punctuation and no quotation
#: marks; a period only after an abbreviation or initial ("Gov.", "F.").
CLAUSE_CHAR: Final = r"""(?: [^\n!?;:"\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}.] | (?<=\b\p{Lu}\p{L}{0,3})\. )"""
DASH: Final = r"[\N{EM DASH}\N{EN DASH}]"

RULES: Final[dict[str, str]] = {
    "quote_speaker_cue": "“…,” Kirby said / “…” Kirby told CNN: speaker then cue after the quotation",
    "quote_cue_speaker": "“…,” said Kirby: inverted cue then speaker after the quotation",
    "quote_according_to": "“…,” according to Kirby",
    "speaker_cue_quote": "Kirby said: “…” / Kirby said, “…”: speaker and cue before the quotation",
    "speaker_colon_quote": "Donald Trump: “…”: a speaker's name, a colon, the quotation",
    "quote_clause_cue": "…the “grass-roots firepower” they need, Neil Sroka said.: a quotation in a clause attributed at its end",
    "according_to_quote": "According to Kirby, “…”",
    "partial_after_cue": "The Post reported the plan was “personally approved…”: a quotation inside reported speech",
    "transcript_label": "“KIRBY: …”: a speaker label opening a quoted transcript turn",
    "same_quotation": "later paragraphs of a multi-paragraph quotation share its speaker",
    "same_paragraph": "“…,” Kirby said. “…”: a quotation in a paragraph already attributed",
    "next_paragraph": "a quoted paragraph right after an attributed one inherits its speaker",
    "intro_paragraph": "Kirby said: ¶ “…”: a paragraph ending in a cue and colon introduces the next",
    "indirect_cue_clause": "Kirby said there have been efforts…: speaker, speech cue, complement clause",
    "indirect_clause_cue": "The plan is off, Kirby said.: clause, then speaker and cue",
    "indirect_clause_cue_speaker": "The plan is off, said Kirby.: clause, then inverted cue and speaker",
    "indirect_according_to": "According to Kirby, the plan… / The plan…, according to Kirby.",
}

#: After a closing mark: optional comma or dash, the speaker, then the cue.
QUOTE_SPEAKER_CUE: Final = regex.compile(
    r"""
    [ \t\u00a0]{0,3} (?: [,!?] | """
    + DASH
    + r""" )? [ \t\u00a0]{0,3}
    (?P<np> """
    + CLAUSE_CHAR
    + r"""{1,160}? )
    [ \t\u00a0]{1,3} (?: """
    + AUX
    + r""" [ \t\u00a0]{1,3} ){0,3}
    (?P<cue> """
    + CUE
    + r""" )
    """,
    regex.VERBOSE,
)

#: A cue word on its own.
CUE_WORD: Final = regex.compile(CUE)

#: The rest of a cue's clause up to the next opening mark: the cue then
#: introduces that quotation ('He added, “…”').
NEXT_QUOTE: Final = regex.compile(
    CLAUSE_CHAR + r"{0,80}? (?: [,:] | " + DASH + r" )? [ \t\u00a0]{0,3} (?: [\N{LEFT DOUBLE QUOTATION MARK}\"] | '' )",
    regex.VERBOSE,
)

#: After a closing mark: optional comma, the cue, then the speaker.
QUOTE_CUE_SPEAKER: Final = regex.compile(
    r"""
    [ \t\u00a0]{0,3} (?: , | """
    + DASH
    + r""" )? [ \t\u00a0]{0,3}
    (?: (?: also | later | then | again ) [ \t]{1,3} )?
    (?P<cue> """
    + CUE
    + r""" ) [ \t\u00a0]{1,3}
    (?= \p{L} )
    """,
    regex.VERBOSE,
)

#: After a closing mark: ", according to".
QUOTE_ACCORDING_TO: Final = regex.compile(
    r"""
    [ \t\u00a0]{0,3} ,? [ \t\u00a0]{0,3}
    (?P<cue> according [ \t\u00a0]{1,3} to ) [ \t\u00a0]{1,3}
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

#: Before an opening mark: a cue, an optional short adjunct ("in a
#: statement", "on Twitter", "Tuesday") and a colon or comma; or, for partial
#: quotations, a cue and the start of its clause.  Searched right to left.
CUE_BEFORE_QUOTE: Final = regex.compile(
    r"""
    (?P<cue> """
    + CUE
    + r""" )
    (?P<rest> """
    + CLAUSE_CHAR
    + r"""{0,200}? )
    (?: [,:] | """
    + DASH
    + r""" )? [ \t\u00a0]{0,3} \Z
    """,
    regex.VERBOSE | regex.REVERSE,
)

#: Before an opening mark: "According to Kirby," at the clause start.
ACCORDING_TO_QUOTE: Final = regex.compile(
    r"""
    (?P<cue> \b[Aa]ccording [ \t\u00a0]{1,3} to ) [ \t\u00a0]{1,3}
    (?P<np> [^,:;!?\n"\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}]{1,120}? )
    [ \t\u00a0]{0,3} [,:] [ \t\u00a0]{0,3} \Z
    """,
    regex.VERBOSE,
)

#: A transcript turn: "PENCE: Well, look…" (a label in capitals and a colon).
TRANSCRIPT_LABEL: Final = regex.compile(
    r"""
    (?P<label> \p{Lu}[\p{Lu}.'\-]{1,30} (?: [ ] \p{Lu}[\p{Lu}.'\-]{1,30} ){0,2} ) [ \t]{0,2} : [ \t]
    """,
    regex.VERBOSE,
)

#: An adjunct that may sit between a cue and a colon or comma that opens a
#: direct quotation: "told CNN", "said in a statement", "wrote on Twitter".
ADJUNCT: Final = regex.compile(
    r"""
    [ \t\u00a0]{0,3}
    (?: (?: [\p{L}\p{N}'\N{RIGHT SINGLE QUOTATION MARK}.\-()]{1,30} ) [ \t\u00a0]{1,3} ){0,8}?
    (?: [\p{L}\p{N}'\N{RIGHT SINGLE QUOTATION MARK}.\-()]{1,30} )?
    [ \t\u00a0]{0,3} (?P<punct> [,:] | """
    + DASH
    + r""" ) [ \t\u00a0]{0,3} \Z
    """,
    regex.VERBOSE,
)

#: Speech cues and "according to" inside a sentence, for reported speech.
INDIRECT_CUE: Final = regex.compile(
    r"(?P<cue>" + SPEECH_CUE + r"|\b[Aa]ccording[ \t\u00a0]{1,3}to\b)",
    regex.VERBOSE,
)

#: A capitalised word in a name: "CNN", "Fox", "O'Reilly".
CAPWORD: Final = r"\p{Lu}[\p{L}.&'\N{RIGHT SINGLE QUOTATION MARK}\-]{0,30}"
#: Common nouns for the audience of "told".
AUDIENCE: Final = (
    r"reporters | journalists | him | her | them | us | me | you | supporters | voters | donors | listeners | viewers | members | lawmakers"
)

#: The object of "told" and kin: "told CNN", "told reporters", "told him".
OBJECT: Final = regex.compile(
    r"""
    [ \t\u00a0]{1,3}
    (?: """
    + CAPWORD
    + r""" (?: [ \t\u00a0]{1,2} (?: of | the | """
    + CAPWORD
    + r""" ) ){0,4}
      | """
    + AUDIENCE
    + r"""
      | (?: the | an? ) [ \t]{1,3} \p{L}{1,30} (?: [ \t]{1,3} \p{L}{1,30} )? )
    """,
    regex.VERBOSE,
)
#: Verbs that take an object before their clause.
TAKES_OBJECT: Final = frozenset(
    cues.inflections("tell")
    + cues.inflections("inform")
    + cues.inflections("assure")
    + cues.inflections("advise")
    + cues.inflections("warn")
    + cues.inflections("remind")
    + cues.inflections("urge")
)

#: A setting between cue and clause: "said Tuesday", "said in a statement".
SETTING: Final = regex.compile(
    r"""
    [ \t\u00a0]{1,3}
    (?: (?: on | in | at | during | last | this | earlier | late | early | after | before ) [ \t\u00a0]{1,3} )?
    [\p{L}\p{N}.'\N{RIGHT SINGLE QUOTATION MARK}]{1,30} (?: [ \t\u00a0]{1,3} [\p{L}\p{N}.'\N{RIGHT SINGLE QUOTATION MARK}]{1,30} ){0,4}?
    (?= ,? [ \t\u00a0]{1,3} that \b )
    """,
    regex.VERBOSE,
)
