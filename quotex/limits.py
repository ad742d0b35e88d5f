"""Limits that keep one hostile document from stalling a run.

Extraction takes time linear in the length of a document (every pattern
looks at a bounded window, sentences are cut at
:data:`quotex.text.MAX_SENTENCE` characters; ``tests/benchmarks/scaling.py``
checks it), so the length of a document bounds its cost.  Two guards turn a
document that is still too much into a one-line error for that document:

* a size limit, :data:`MAX_CHARS` characters of decoded text by default
  (``quotex extract --max-chars``; 0 for none);
* an optional wall-clock limit per document (``--timeout SECONDS``).

Both raise :class:`DocumentTooComplex`, whose message is one line.

>>> extract_limited("“We are ready,” Kirby said.", max_chars=100)[0].speaker.name
'Kirby'
>>> extract_limited("x" * 101, source="big.txt", max_chars=100)
Traceback (most recent call last):
...
quotex.limits.DocumentTooComplex: big.txt: 101 characters, over the limit of 100 (--max-chars), skipped
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import FrameType
from typing import Final

from quotex.engine import extract
from quotex.model import Quote

#: The largest document extracted by default, in characters of decoded text:
#: far above any article (the longest PolNeAR article has 33,672), low
#: enough that the worst case of hostile input takes minutes, not hours.
MAX_CHARS: Final = 10_000_000


class DocumentTooComplex(ValueError):
    """A document over a limit; the message is one line for stderr."""


@dataclass(frozen=True)
class Limits:
    """How each document is read: limits ``max_chars`` (0: none) and
    ``timeout`` in seconds (None: none), and the language pack ``lang``
    ("auto", "en", "de": see :mod:`quotex.lang`)."""

    max_chars: int = MAX_CHARS
    timeout: float | None = None
    lang: str = "auto"

    def extract(self, text: str, source: str = "<text>") -> list[Quote]:
        return extract_limited(text, source=source, max_chars=self.max_chars, timeout=self.timeout, lang=self.lang)


def check_size(text: str, source: str = "<text>", max_chars: int = MAX_CHARS) -> None:
    """Raise :class:`DocumentTooComplex` when ``text`` is longer than ``max_chars`` (0: no limit)."""
    if max_chars and len(text) > max_chars:
        raise DocumentTooComplex(f"{source}: {len(text):,} characters, over the limit of {max_chars:,} (--max-chars), skipped")


def extract_limited(
    text: str, *, source: str = "<text>", max_chars: int = MAX_CHARS, timeout: float | None = None, lang: str = "auto"
) -> list[Quote]:
    """:func:`quotex.extract` (with the language pack ``lang``) within the limits, or :class:`DocumentTooComplex`.

    The time limit needs a Unix signal (``SIGALRM``) and so applies in the
    main thread only; elsewhere it is not enforced.
    """
    check_size(text, source, max_chars)
    with deadline(timeout, source):
        return extract(text, lang)


#: Seconds between repeats of an expired deadline's alarm.
DEADLINE_REPEAT: Final = 0.05


@contextmanager
def deadline(seconds: float | None, source: str = "<text>") -> Iterator[None]:
    """Raise :class:`DocumentTooComplex` in the block once ``seconds`` have passed."""
    if not seconds or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return
    active = True

    def expired(signum: int, frame: FrameType | None) -> None:
        if active:
            raise DocumentTooComplex(f"{source}: extraction took more than {seconds:g} s (--timeout), skipped")

    previous = signal.signal(signal.SIGALRM, expired)
    # the alarm repeats until the block ends: an exception raised while the
    # garbage collector runs a callback is printed and dropped, and the next
    # alarm raises it again
    signal.setitimer(signal.ITIMER_REAL, seconds, DEADLINE_REPEAT)
    try:
        yield
    finally:
        active = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
