"""quotex: who said what in news text.

>>> from quotex import extract
>>> [(q.speaker.name, q.text) for q in extract('“It is over,” said Jane Doe.')]
[('Jane Doe', 'It is over')]
"""

from quotex.filters import filter_quotes
from quotex.limits import DocumentTooComplex, extract_limited
from quotex.model import Cue, Quote, Speaker
from quotex.pipeline import extract
from quotex.tally import SpeakerCount, tally

__all__ = [
    "Cue",
    "DocumentTooComplex",
    "Quote",
    "Speaker",
    "SpeakerCount",
    "extract",
    "extract_limited",
    "filter_quotes",
    "tally",
    "__version__",
]
__version__ = "0.1.0"
