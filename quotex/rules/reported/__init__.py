"""Reported (indirect) speech in the stretches of a sentence outside
quotations: 'According to Kirby, CLAUSE', 'CLAUSE, Kirby said.', 'CLAUSE,
said Kirby.', 'Kirby said (that) CLAUSE'.  :func:`reported_speech` reads one
stretch; :func:`trailing_attribution` is also what
:data:`~quotex.rules.after.QUOTE_CLAUSE_CUE` asks of a clause after a quotation.
"""

from quotex.rules.reported.according import INDIRECT_ACCORDING_TO
from quotex.rules.reported.speech import INDIRECT_CUE_CLAUSE, reported_speech
from quotex.rules.reported.trailing import INDIRECT_CLAUSE_CUE, INDIRECT_CLAUSE_CUE_SPEAKER, trailing_attribution

__all__ = [
    "INDIRECT_ACCORDING_TO",
    "INDIRECT_CLAUSE_CUE",
    "INDIRECT_CLAUSE_CUE_SPEAKER",
    "INDIRECT_CUE_CLAUSE",
    "reported_speech",
    "trailing_attribution",
]
