"""What every rule module shares: the :class:`Rule` record, the named
fragments and lists patterns are built from, :func:`compile_rule`, and the
cue words a ``${cue_slot}`` accepts.

Patterns are VERBOSE, built from the named fragments below (``${name}`` in a
pattern), take short word tables as named lists (``\\L<aux>``), and use
bounded quantifiers only, so that a run over hostile input stays linear.  A
cue word stands in a pattern as ``${cue_slot}``, any word, and the handler
checks it against :data:`CUE_WORDS` or fits the pattern to each cue word of
the document's cue index in turn: an alternation of 1,200 forms costs 50 ms
to compile in each pattern and more to match.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from string import Template
from typing import Any, Final, Literal

import regex

from quotex import cues, lexicon
from quotex.text import ABBREVIATIONS

#: Named fragments shared by the patterns.
FRAGMENTS: Final[dict[str, str]] = {
    # horizontal space, a few characters at most
    "sp": r"[ \t\u00a0]",
    "dash": r"[\N{EM DASH}\N{EN DASH}]",
    # a cue word from a named list, not inside a longer word
    # a word where a cue may stand; the engine checks it against CUE_WORDS
    "cue_slot": r"(?<![\p{L}\-]) [\p{L}\-]{1,30} (?![\p{L}\-])",
    "aux": r"(?<![\p{L}\-]) \L<aux> (?![\p{L}\-])",
    "according_to": r"\b (?: [Aa]ccording [ \t\u00a0]{1,3} to | [Nn]ach [ \t\u00a0]{1,3} (?: Angaben | Aussagen? ) ) \b",
    # one character of a clause: no sentence punctuation, no quotation mark;
    # a period only after an initial or a known abbreviation ("F.", "Gov."),
    # not after any short capitalised word ("…told Fox News. “But…”")
    "clause_char": (
        r"(?: [^\n!?;:\"\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}.]"
        r" | (?<= (?: (?<!\p{L}) \p{Lu} | (?<![\p{L}.]) (?i: \L<abbreviations> ) ) )\. )"
    ),
    # a word of a short adjunct ("told CNN", "said in a statement (AP)")
    "adjunct_word": r"(?: [\p{L}\p{N}'\N{RIGHT SINGLE QUOTATION MARK}.\-()] | ,(?=\d) ){1,30}",
    # a capitalised word in a name: "CNN", "Fox", "O'Reilly"
    "capword": r"\p{Lu}[\p{L}.&'\N{RIGHT SINGLE QUOTATION MARK}\-]{0,30}",
    # a single mark closing a quotation nested at the end of another ('old-school,''')
    "stray": r"(?: ['\N{RIGHT SINGLE QUOTATION MARK}] )?",
    # a pronoun that opens a clause of its own: no setting between a cue and "that" holds one
    # ("insisted she hadn’t discussed that with Clinton")
    "clause_subject": r"(?i: he | she | they | we | i | it | you ) (?! [\p{L}\-] )",
    # an opening double quotation mark
    "opener": r"(?: [\N{LEFT DOUBLE QUOTATION MARK}\"] | '' )",
}

#: The named lists the patterns match cue words from.
LISTS: Final[dict[str, Any]] = {
    "aux": sorted(cues.AUXILIARIES),
    "abbreviations": sorted(ABBREVIATIONS),
    "claim_nouns": sorted(lexicon.CLAIM_NOUNS),
    "possessives": sorted(lexicon.POSSESSIVE_PRONOUNS),
}


def compile_rule(pattern: str, flags: int = 0) -> Any:
    """Compile a VERBOSE pattern with its ``${fragments}`` and named lists."""
    return regex.compile(Template(pattern).substitute(FRAGMENTS), regex.VERBOSE | flags, ignore_unused=True, **LISTS)


#: The families of rules, one module each under :mod:`quotex.rules`: the
#: quotation then its attribution ("after"), the attribution then the quotation
#: ("before"), a quotation attributed with no cue word ("cueless"), a speaker
#: inherited from a quotation or paragraph nearby ("inheritance"), reported
#: speech ("reported"), German reported speech going on in the subjunctive
#: ("german").
Family = Literal["after", "before", "cueless", "inheritance", "reported", "german"]


@dataclass(frozen=True, eq=False)
class Rule:
    """One attribution rule: its name (a quote's ``rule`` field), what it
    recognises (``quotex rules`` prints it), the family it belongs to, the
    function that applies it, and the patterns it matches with.

    A rule is compared by identity: the engine asks ``att.rule is SAME_PARAGRAPH``,
    never for a name spelled again.  A direct rule's handler takes the document
    and a quoted span and returns an :class:`~quotex.rules.document.Attribution`
    or None; the handlers of the other families are called by their pass with
    what that pass knows (see each module).
    """

    name: str
    description: str
    family: Family
    handler: Callable[..., Any]
    patterns: tuple[regex.Pattern[str], ...] = field(default=())

    def __repr__(self) -> str:
        return f"Rule({self.name!r})"


#: The words a ``${cue_slot}`` accepts: the forms that attribute a quotation.
CUE_WORDS: Final = frozenset(cues.QUOTE_FORMS | set(cues.PARTICLE_FORMS))

#: Every form the engine treats as a cue, for a set lookup.
CUE_FORMS: Final = frozenset(cues.QUOTE_FORMS | set(cues.PARTICLE_FORMS) | cues.SPEECH_FORMS)

#: Prepositions that name a source the way "according to" does (German "laut").
ACCORDING_WORDS: Final = frozenset({"laut", "Laut", "zufolge"})

#: A word (letters and hyphens: "self-described" is one word, not a cue),
#: or "according to" as one unit.  The engine keeps the words in CUE_FORMS.
WORD_OR_ACCORDING: Final = compile_rule(r"${according_to} | [\p{L}\-]+")

#: A word as :data:`WORD_OR_ACCORDING` reads it, anywhere (``findall``) or
#: starting at a position and not inside a longer word (``match``).
WORD: Final = regex.compile(r"[\p{L}\-]+")

WORD_AT: Final = regex.compile(r"(?<![\p{L}\-])[\p{L}\-]+")

#: "according to" / "nach Angaben" / "nach Aussage" as one cue.
ACCORDING_TO: Final = compile_rule(r"${according_to}")
