"""Running extraction over a stream of documents, on every core, in input order.

:func:`run` takes the lazy task stream of :mod:`quotex.corpus` and yields one
:class:`Result` per document, in input order, as soon as it and all the
documents before it are done.  With ``jobs > 1`` documents are grouped into
chunks (a few hundred kilobytes or a few dozen documents) and handed to a
:class:`concurrent.futures.ProcessPoolExecutor`; at most ``2 * jobs`` chunks
are in flight, so memory stays flat however long the stream.  ``jobs == 1``,
or a stream of a single document, runs in-process and starts no pool.

A document that cannot be read or whose extraction raises gives a Result with
an ``error`` (one line for stderr); the others are unaffected.
"""

from __future__ import annotations

import os
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain
from typing import TYPE_CHECKING, Any

from quotex.corpus import Task
from quotex.engine import extract
from quotex.inputs import InputError, clean_text
from quotex.limits import DocumentTooComplex, Limits, check_size, deadline
from quotex.model import Cue, Quote, Speaker

if TYPE_CHECKING:
    from concurrent.futures import Future

#: A chunk is closed when it holds this many bytes of input ...
CHUNK_BYTES = 256 * 1024
#: ... or this many documents.
CHUNK_DOCS = 64
#: Chunks in flight per worker: enough to keep workers busy while the parent
#: writes, few enough to keep memory flat.
IN_FLIGHT_PER_JOB = 2
#: A progress bar appears only once a run has taken this long.
PROGRESS_DELAY = 1.0


@dataclass
class Result:
    """One document's quotes, or the error that stopped it."""

    source: str
    quotes: list[Quote] = field(default_factory=list)
    error: str | None = None
    warning: str | None = None
    size: int = 0


def default_jobs() -> int:
    """All cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def process(task: Task, limits: Limits | None = None) -> Result:
    """Read and extract one document within ``limits`` (default: :class:`Limits`); never raises for a bad document."""
    try:
        doc = clean_text(task.load())
    except InputError as exc:
        return Result(task.source, error=str(exc), size=task.size)
    limits = limits or Limits()
    try:
        check_size(doc.text, doc.source, limits.max_chars)
        with deadline(limits.timeout, doc.source):
            quotes = extract(doc.text, limits.lang)
    except DocumentTooComplex as exc:
        return Result(doc.source, error=str(exc), size=task.size)
    except Exception as exc:  # an engine bug must not lose the other documents
        return Result(doc.source, error=f"{doc.source}: extraction failed ({type(exc).__name__}: {exc})", size=task.size)
    return Result(doc.source, quotes, warning=doc.warning, size=task.size)


def process_chunk(chunk: list[Task], limits: Limits | None = None) -> list[Packed]:
    """Worker side: a chunk's results with their quotes as plain tuples (see :func:`pack`)."""
    return [pack(process(task, limits)) for task in chunk]


#: A Result as it crosses the process boundary: (source, quotes, error, warning, size).
Packed = tuple[str, list[tuple[Any, ...]], "str | None", "str | None", int]


def pack(result: Result) -> Packed:
    """Quotes as nested tuples: unpickling them and rebuilding the dataclasses costs the
    parent about a quarter of unpickling the dataclasses themselves, and the parent's time
    is what limits the speed-up of a run on every core."""
    quotes = [
        (
            q.text,
            q.start,
            q.end,
            q.type,
            None if q.speaker is None else _speaker_fields(q.speaker),
            None if q.cue is None else (q.cue.text, q.cue.start, q.cue.end),
            q.paragraph,
            q.rule,
        )
        for q in result.quotes
    ]
    return result.source, quotes, result.error, result.warning, result.size


def _speaker_fields(s: Speaker) -> tuple[Any, ...]:
    """A speaker as a plain tuple, in :class:`Speaker`'s field order."""
    return (s.name, s.text, s.start, s.end, s.role, s.kind, s.gender, s.id, s.author)


def unpack(packed: Packed) -> Result:
    source, quotes, error, warning, size = packed
    return Result(
        source,
        [
            Quote(text, start, end, kind, None if s is None else Speaker(*s), None if c is None else Cue(*c), paragraph, rule)
            for text, start, end, kind, s, c, paragraph, rule in quotes
        ],
        error,
        warning,
        size,
    )


def chunks(tasks: Iterable[Task], max_bytes: int = CHUNK_BYTES, max_docs: int = CHUNK_DOCS) -> Iterator[list[Task]]:
    """Consecutive tasks grouped by total size and count, lazily."""
    chunk: list[Task] = []
    size = 0
    for task in tasks:
        chunk.append(task)
        size += task.size
        if size >= max_bytes or len(chunk) >= max_docs:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def run(
    tasks: Iterable[Task],
    jobs: int | None = None,
    *,
    progress: bool = False,
    total: int | None = None,
    max_bytes: int = CHUNK_BYTES,
    max_docs: int = CHUNK_DOCS,
    limits: Limits | None = None,
) -> Iterator[Result]:
    """Each task's :class:`Result`, in input order.

    ``jobs`` worker processes (default: all cores); ``progress`` shows a Rich
    progress bar on stderr once the run takes more than a second (``total``:
    bytes expected, when known); ``limits`` per document (see :mod:`quotex.limits`).
    """
    jobs = default_jobs() if jobs is None else max(1, jobs)
    bar = _Progress(total) if progress else None
    stream = iter(tasks)
    try:
        first = list(_take(stream, 2))
        if jobs == 1 or len(first) < 2:
            results: Iterator[Result] = (process(task, limits) for task in chain(first, stream))
        else:
            results = _parallel(chunks(chain(first, stream), max_bytes, max_docs), jobs, limits)
        for result in results:
            if bar is not None:
                bar.advance(result.size)
            yield result
    finally:
        if bar is not None:
            bar.stop()


def _take(stream: Iterator[Task], n: int) -> Iterator[Task]:
    for _ in range(n):
        try:
            yield next(stream)
        except StopIteration:
            return


def _ignore_sigint() -> None:
    """Workers leave Ctrl-C to the parent, which stops the pool."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _parallel(work: Iterator[list[Task]], jobs: int, limits: Limits | None = None) -> Iterator[Result]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # Forked workers inherit the parent's unflushed output buffers and flush
    # them when they exit: flush first, or output would be written twice.
    sys.stdout.flush()
    sys.stderr.flush()
    # fork on Linux: workers start at once with quotex already imported; elsewhere
    # the platform's default (spawn), since fork is unsafe on macOS.
    context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else None)
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_ignore_sigint)
    pending: deque[Future[list[Packed]]] = deque()
    window = IN_FLIGHT_PER_JOB * jobs
    try:
        for chunk in work:
            pending.append(pool.submit(process_chunk, chunk, limits))
            if len(pending) >= window:
                yield from map(unpack, pending.popleft().result())
            while pending and pending[0].done():
                yield from map(unpack, pending.popleft().result())
        while pending:
            yield from map(unpack, pending.popleft().result())
    finally:
        pool.shutdown(wait=not pending, cancel_futures=True)


class _Progress:
    """A Rich progress bar on stderr, shown only for runs longer than :data:`PROGRESS_DELAY`."""

    def __init__(self, total: int | None) -> None:
        self.total = total
        self.started = time.monotonic()
        self.done = 0
        self.docs = 0
        self.bar: Any = None
        self.task: Any = None

    def advance(self, size: int) -> None:
        self.done += size
        self.docs += 1
        if self.bar is None:
            if time.monotonic() - self.started < PROGRESS_DELAY:
                return
            self._start()
        self.bar.update(self.task, completed=self.done, docs=self.docs)

    def _start(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeElapsedColumn, TransferSpeedColumn

        from quotex.views import color_system

        self.bar = Progress(
            TextColumn("{task.fields[docs]:,} docs"),
            BarColumn(),
            DownloadColumn(),
            TransferSpeedColumn(),
            TimeElapsedColumn(),
            console=Console(file=sys.stderr, color_system=color_system()),
            transient=True,
            redirect_stdout=False,
        )
        self.task = self.bar.add_task("extract", total=self.total, completed=self.done, docs=self.docs)
        for task in self.bar.tasks:  # elapsed time counts from the start of the run, not of the bar
            task.start_time = self.started
        self.bar.start()

    def stop(self) -> None:
        if self.bar is not None:
            self.bar.stop()
