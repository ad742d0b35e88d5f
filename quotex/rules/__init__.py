"""The attribution rules, registered in one ordered table.

Every quote quotex reports names the rule that attributed it (its ``rule``
field).  Each rule is a :class:`~quotex.rules.base.Rule` record, defined in
its family's module beside its handler and its patterns, in the manner of
mistune's rule registry:

- :mod:`quotex.rules.after`: the quotation, then its attribution;
- :mod:`quotex.rules.before`: the attribution, then the quotation;
- :mod:`quotex.rules.cueless`: a quotation attributed with no cue word;
- :mod:`quotex.rules.inheritance`: a speaker inherited from nearby;
- :mod:`quotex.rules.reported`: reported (indirect) speech, a package of
  the cue-first reading (``speech``), the clause-first one (``trailing``) and
  "according to" (``according``), with :mod:`quotex.rules.content` for what
  reported content is and :mod:`quotex.rules.headlines` for a Title Case
  headline's ("Bush Says …");
- one package per language for the logic only it needs: the hooks of its
  grammar, and its rules registered with the languages they apply to
  (:mod:`quotex.rules.en`: a speech act reported by the phrase after its
  verb, a poll as the source of its respondents' words;
  :mod:`quotex.rules.de`: German reported speech going on in the
  subjunctive, and the hooks for verb-second order and separable verbs).

:data:`TABLE` lists them in the order the engine applies them; ``quotex
rules``, the README's rule list and the tests read it.  What the rules share
is in :mod:`quotex.rules.base` (fragments, :func:`compile_rule`, cue words),
:mod:`quotex.rules.document` (the per-document state), and
:mod:`quotex.rules.words` / :mod:`quotex.rules.clauses` (readings of words
and clauses).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Final

from quotex.lang import LANGUAGES
from quotex.rules.after import QUOTE_ACCORDING_TO, QUOTE_CLAUSE_CUE, QUOTE_CUE_SPEAKER, QUOTE_SPEAKER_CUE
from quotex.rules.base import Family, Rule, language_package
from quotex.rules.before import ACCORDING_TO_QUOTE, PARTIAL_AFTER_CUE, SPEAKER_COLON_QUOTE, SPEAKER_CUE_QUOTE
from quotex.rules.cueless import (
    CLAUSE_COLON_QUOTE,
    EMBEDDED_SUBJECT,
    POSSESSIVE_CLAIM,
    QUOTE_BY_AGENT,
    SIGNATURE_AFTER,
    TRANSCRIPT_LABEL,
)
from quotex.rules.inheritance import (
    AFTER_REPORTED_SPEECH,
    CUE_SENTENCE_BEFORE,
    HEADLINE_QUOTE,
    INTRO_PARAGRAPH,
    NEXT_PARAGRAPH,
    SAME_PARAGRAPH,
    SAME_QUOTATION,
    SAME_SENTENCE,
    SOLE_SPEAKER,
)
from quotex.rules.reported import (
    INDIRECT_ACCORDING_TO,
    INDIRECT_CLAUSE_CUE,
    INDIRECT_CLAUSE_CUE_SPEAKER,
    INDIRECT_CUE_CLAUSE,
)

__all__ = ["DIRECT_RULES", "INHERITANCE_RULES", "RULES", "SHARED", "TABLE", "Family", "Rule", "language_rules"]

#: The rules of the shared code, in the order the engine applies them.  The
#: direct rules are tried on each quoted span in this order, the first that
#: attributes it wins; the inheritance rules then on each span still
#: unattributed; reported speech is read in the sentences outside quotations
#: (according to, then a clause with its attribution after it, then a cue and
#: its clause); then quotations after reported speech, and last the rules of
#: one language only (each with the languages it reads), those of the shared
#: code first, then those of the language's own rules package (its ``TABLE``,
#: :mod:`quotex.rules.de`), loaded when a document is first read in it.
SHARED: Final[tuple[Rule, ...]] = (
    # direct: one quoted span at a time
    TRANSCRIPT_LABEL,
    QUOTE_ACCORDING_TO,
    QUOTE_CUE_SPEAKER,
    QUOTE_SPEAKER_CUE,
    ACCORDING_TO_QUOTE,
    QUOTE_CLAUSE_CUE,
    SPEAKER_CUE_QUOTE,
    PARTIAL_AFTER_CUE,
    SPEAKER_COLON_QUOTE,
    CLAUSE_COLON_QUOTE,
    SIGNATURE_AFTER,
    POSSESSIVE_CLAIM,
    QUOTE_BY_AGENT,
    EMBEDDED_SUBJECT,
    # inheritance: a quoted span no direct rule attributed
    SAME_SENTENCE,
    HEADLINE_QUOTE,
    SAME_QUOTATION,
    SAME_PARAGRAPH,
    NEXT_PARAGRAPH,
    INTRO_PARAGRAPH,
    CUE_SENTENCE_BEFORE,
    SOLE_SPEAKER,
    # reported speech: a sentence, outside quotations
    INDIRECT_ACCORDING_TO,
    INDIRECT_CLAUSE_CUE,
    INDIRECT_CLAUSE_CUE_SPEAKER,
    INDIRECT_CUE_CLAUSE,
    # after reported speech: a quoted paragraph after one that ends in it
    AFTER_REPORTED_SPEECH,
)


def __getattr__(name: str) -> object:
    """:data:`TABLE` and :data:`RULES`, which hold every language's rules,
    built on first use: the engine reads a document with
    :data:`SHARED` and :func:`language_rules` alone."""
    if name == "TABLE":
        return _table()
    if name == "RULES":
        return {rule.name: rule for rule in _table()}
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


if TYPE_CHECKING:
    #: Every rule, in the order the engine applies them: :data:`SHARED`,
    #: then each language's rules package's own, in :data:`~quotex.lang.LANGUAGES`
    #: order (``quotex rules``, the README's rule list and the tests read it).
    TABLE: tuple[Rule, ...]
    #: The rules by name, in table order (``quotex schema`` enumerates them).
    RULES: Mapping[str, Rule]


@cache
def _table() -> tuple[Rule, ...]:
    own = (language_package(code) for code in LANGUAGES)
    return SHARED + tuple(rule for package in own if package is not None for rule in package.TABLE)


@cache
def language_rules(code: str) -> tuple[Rule, ...]:
    """The rules of one language only that read a document in ``code``, in
    the order the engine applies them, to what the others found
    (``handler(doc, found)`` returns the quotes with its own added): those of
    :data:`SHARED` first, then its rules package's, imported on first ask."""
    package = language_package(code)
    own: tuple[Rule, ...] = package.TABLE if package is not None else ()
    return tuple(rule for rule in SHARED + own if rule.languages is not None and code in rule.languages)


#: The families whose rules attribute one quoted span at a time, by its own words.
DIRECT_FAMILIES: Final = frozenset({"after", "before", "cueless"})
#: The rules tried on each quoted span, in order.
DIRECT_RULES: Final = tuple(rule for rule in SHARED if rule.family in DIRECT_FAMILIES)
#: The rules that give an unattributed quoted span a speaker from nearby, in
#: order (the quotation after reported speech has a pass of its own, after it).
INHERITANCE_RULES: Final = tuple(rule for rule in SHARED if rule.family == "inheritance" and rule is not AFTER_REPORTED_SPEECH)
