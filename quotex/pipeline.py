"""The per-document pipeline: read and decode, apply the limits, extract, filter.

Every command that extracts goes through :class:`Pipeline` — ``extract``,
``speakers``, ``show``, ``eval``, the batch workers and the Spark executors —
so a document is treated the same whoever reads it: a lone surrogate is
replaced and warned about, a document over a limit is an error line, and an
extraction that raises is an error line, never a traceback.

>>> from quotex.corpus import DataTask
>>> result = Pipeline().run(DataTask("a.txt", "“We are ready,” Kirby said.".encode()))
>>> result.source, [q.speaker.name for q in result.quotes], result.error
('a.txt', ['Kirby'], None)
>>> Pipeline(Limits(max_chars=5)).text("“We are ready,” Kirby said.", "b.txt").error
'b.txt: 27 characters, over the limit of 5 (--max-chars), skipped'
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from quotex import engine
from quotex.filters import filter_quotes
from quotex.inputs import Article, InputError, MissingField, clean_text
from quotex.limits import DocumentTooComplex, Limits, check_size, deadline
from quotex.model import Quote

if TYPE_CHECKING:
    from quotex.corpus import Task
    from quotex.lang import Language


def extract(text: str, lang: str | Language = "auto") -> list[Quote]:
    """The quotes of one document (no I/O) read with the language pack ``lang``
    ("auto", "en", "de"): :func:`quotex.extract`.

    >>> extract(None)
    Traceback (most recent call last):
    ...
    TypeError: extract() argument 'text' must be str, not None
    """
    if not isinstance(text, str):
        raise TypeError(f"extract() argument 'text' must be str, not {'None' if text is None else type(text).__name__}")
    return engine.extract(text, lang)


@dataclass
class Result:
    """One document's quotes, or the error that stopped it.

    ``fatal`` marks an error that will recur on every document (a wrong
    ``--text-field``); ``text`` is the decoded article when the pipeline keeps it
    (``quotex show``).
    """

    source: str
    quotes: list[Quote] = field(default_factory=list)
    error: str | None = None
    warning: str | None = None
    size: int = 0
    fatal: bool = False
    text: str | None = None


@dataclass(frozen=True)
class QuoteFilter:
    """The ``--type``, ``--speaker`` and ``--min-words`` filters as one picklable function."""

    types: Collection[str] | None = None
    speaker: str | None = None
    min_words: int = 0

    def __call__(self, quotes: list[Quote]) -> list[Quote]:
        if self.types is None and self.speaker is None and not self.min_words:
            return quotes
        return filter_quotes(quotes, types=self.types, speaker=self.speaker, min_words=self.min_words)


@dataclass(frozen=True)
class Pipeline:
    """What is done to each document: ``limits`` (its language among them), then ``keep`` on its quotes.

    ``keep_text`` keeps the decoded text in each :class:`Result`.
    ``extractor`` is the extraction function of the text alone (default: the
    engine's ``extract`` with the language pack ``limits.lang``).
    """

    limits: Limits = field(default_factory=Limits)
    keep: QuoteFilter = field(default_factory=QuoteFilter)
    keep_text: bool = False
    extractor: Callable[[str], list[Quote]] | None = None

    def run(self, task: Task) -> Result:
        """Read, decode and extract one task; never raises for a bad document.

        The time limit covers reading too (a pipe that never ends, an HTML
        page whose parsing runs away).
        """
        source = task.source
        step = "reading"
        try:
            with deadline(self.limits.timeout, source):
                article = task.load()
                step = "extraction"
                return self._extract(article, task.size)
        except InputError as exc:
            return Result(source, error=str(exc), size=task.size, fatal=isinstance(exc, MissingField))
        except DocumentTooComplex as exc:
            return Result(source, error=str(exc), size=task.size)
        except Exception as exc:  # a reader or engine bug must not lose the other documents
            return Result(source, error=f"{source}: {step} failed ({type(exc).__name__}: {_first_line(exc)})", size=task.size)

    def text(self, text: str, source: str = "<text>") -> Result:
        """The same for a text already decoded (a gold article, a Spark row)."""
        try:
            with deadline(self.limits.timeout, source):
                return self._extract(Article(source, text), len(text))
        except DocumentTooComplex as exc:
            return Result(source, error=str(exc), size=len(text))
        except Exception as exc:
            return Result(source, error=f"{source}: extraction failed ({type(exc).__name__}: {_first_line(exc)})", size=len(text))

    def _extract(self, article: Article, size: int) -> Result:
        article = clean_text(article)
        check_size(article.text, article.source, self.limits.max_chars)
        text = article.text
        quotes = self.keep(engine.extract(text, self.limits.lang) if self.extractor is None else self.extractor(text))
        return Result(article.source, quotes, warning=article.warning, size=size, text=article.text if self.keep_text else None)


def _first_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else ""
