"""English readings of "according to X" in mid-sentence, asked by
:func:`~quotex.rules.reported.according.rule_indirect_according_to` through
:class:`~quotex.rules.en.grammar.English`: what follows the source is its
apposition or relative clause ("…, according to the Tally Group, which
tracks…"), or the predicate the phrase interrupts ("The vote, according to
aides, | will be held in May")."""

from __future__ import annotations

from quotex.lang.en.clauses import FINITE_AUXILIARIES
from quotex.rules.content import strip_content
from quotex.rules.finite_verbs import is_clause
from quotex.rules.reported.according import APPOSITION_OPENERS, TAIL_OPENERS
from quotex.text import Span


def after_mid_source(text: str, sent: Span, lead: str, before: Span | None, after: Span, apposition: bool) -> tuple[Span | None, bool]:
    """The whole sentence as the report when the phrase interrupts one
    clause, else None; and whether the words ``after`` the source are its
    apposition (``apposition`` so far; ``before``: the words before the
    phrase, when they are enough to report)."""
    first = text[after.start : after.end].split(None, 1)[0].lower()
    before_clause = before is not None and is_clause(text, before.start, before.end)
    clause_after = is_clause(text, after.start, after.end)
    if lead.endswith(",") and not before_clause and first not in APPOSITION_OPENERS and (first in FINITE_AUXILIARIES or not clause_after):
        # "The vote, according to aides, | will be held in May", "The mill buys, according to one report, | 9,000
        # tons a year": the phrase interrupts one clause, whose words before it are too few to stand alone
        return strip_content(text, sent.start, sent.end), apposition
    participle = first.endswith("ing") and first.isalpha()  # "…, according to records, | becoming the owner": the subject's own act
    participle = participle and first not in TAIL_OPENERS
    return None, apposition or first in APPOSITION_OPENERS or first in TAIL_OPENERS or not (clause_after or participle)
