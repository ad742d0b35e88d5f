"""Running extraction over a stream of documents, on every core, in input order.

:func:`run` takes the lazy task stream of :mod:`quotex.corpus` and yields one
:class:`Result` per document, in input order, as soon as it and all the
documents before it are done.  With ``jobs > 1`` documents are grouped into
chunks (a few hundred kilobytes or a few dozen documents) and handed to a
:class:`concurrent.futures.ProcessPoolExecutor`; at most ``2 * jobs`` chunks
are in flight, so memory stays flat however long the stream.  ``jobs == 1``,
or a stream of a single document, runs in-process and starts no pool.

Each document goes through one :class:`~quotex.pipeline.Pipeline`.  A document
that cannot be read or whose extraction raises gives a Result with an ``error``
(one line for stderr); the others are unaffected.  A worker that dies (killed,
out of memory) costs only its chunk: the chunks in flight are run again one at
a time in a fresh pool, and the one that kills its worker again comes out as
errors.  Workers die with the parent, and a run that is abandoned (Ctrl-C, a
closed pipe) ends them at once.
"""

from __future__ import annotations

import os
import signal
import sys
import time
from collections import deque
from collections.abc import Generator, Iterable, Iterator
from itertools import chain
from typing import TYPE_CHECKING, Any

from quotex.corpus import Task
from quotex.limits import Limits
from quotex.model import Cue, Quote, Speaker
from quotex.pipeline import Pipeline, Result

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

__all__ = ["Result", "default_jobs", "max_jobs", "process", "run"]

#: A chunk is closed when it holds this many bytes of input ...
CHUNK_BYTES = 256 * 1024
#: ... or this many documents.
CHUNK_DOCS = 64
#: Chunks in flight per worker: enough to keep workers busy while the parent
#: writes, few enough to keep memory flat.
IN_FLIGHT_PER_JOB = 2
#: A progress bar appears only once a run has taken this long.
PROGRESS_DELAY = 1.0
#: ``--jobs`` is capped at this many workers per core: more only add memory.
JOBS_PER_CORE = 4


def default_jobs() -> int:
    """All cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def max_jobs() -> int:
    """The most worker processes a run starts (:data:`JOBS_PER_CORE` per core)."""
    return JOBS_PER_CORE * default_jobs()


def process(task: Task, limits: Limits | None = None, pipeline: Pipeline | None = None) -> Result:
    """Read and extract one document (see :class:`quotex.pipeline.Pipeline`); never raises for a bad document."""
    return (pipeline or Pipeline(limits or Limits())).run(task)


def process_chunk(chunk: list[Task], pipeline: Pipeline) -> list[Packed]:
    """Worker side: a chunk's results with their quotes as plain tuples (see :func:`pack`)."""
    return [pack(pipeline.run(task)) for task in chunk]


#: A Result as it crosses the process boundary: (source, quotes, error, warning, size, fatal, text).
Packed = tuple[str, list[tuple[Any, ...]], "str | None", "str | None", int, bool, "str | None"]


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
    return result.source, quotes, result.error, result.warning, result.size, result.fatal, result.text


def _speaker_fields(s: Speaker) -> tuple[Any, ...]:
    """A speaker as a plain tuple, in :class:`Speaker`'s field order."""
    return (s.name, s.text, s.start, s.end, s.role, s.kind, s.gender, s.id, s.author)


def unpack(packed: Packed) -> Result:
    source, quotes, error, warning, size, fatal, text = packed
    return Result(
        source,
        [
            Quote(text, start, end, kind, None if s is None else Speaker(*s), None if c is None else Cue(*c), paragraph, rule)
            for text, start, end, kind, s, c, paragraph, rule in quotes
        ],
        error,
        warning,
        size,
        fatal,
        text,
    )


def chunks(tasks: Iterable[Task], max_bytes: int = CHUNK_BYTES, max_docs: int = CHUNK_DOCS) -> Iterator[list[Task]]:
    """Consecutive tasks grouped by total size and count, lazily.

    A task that would take a chunk over ``max_bytes`` starts a chunk of its
    own, so small documents never wait in a chunk for a large one after them.
    """
    chunk: list[Task] = []
    size = 0
    for task in tasks:
        if chunk and size + task.size > max_bytes:
            yield chunk
            chunk, size = [], 0
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
    pipeline: Pipeline | None = None,
) -> Generator[Result, None, None]:
    """Each task's :class:`Result`, in input order.

    ``jobs`` worker processes (default: all cores, at most :func:`max_jobs`);
    ``progress`` shows a Rich progress bar on stderr once the run takes more
    than a second (``total``: bytes expected, when known), and a one-line
    summary at the end; ``pipeline`` is what is done to each document (default:
    extraction within ``limits``).
    """
    jobs = default_jobs() if jobs is None else min(max(1, jobs), max_jobs())
    pipeline = pipeline or Pipeline(limits or Limits())
    bar = _Progress(total) if progress else None
    stream = iter(tasks)
    completed = False
    try:
        first = list(_take(stream, 2))
        if jobs == 1 or len(first) < 2:
            results: Iterator[Result] = (pipeline.run(task) for task in chain(first, stream))
        else:
            results = _parallel(chunks(chain(first, stream), max_bytes, max_docs), jobs, pipeline)
        for result in results:
            if bar is not None:
                bar.advance(result.size)
            yield result
        completed = True
    finally:
        if bar is not None:
            bar.stop(completed)


def _take(stream: Iterator[Task], n: int) -> Iterator[Task]:
    for _ in range(n):
        try:
            yield next(stream)
        except StopIteration:
            return


#: Linux's prctl option that sends a signal to a process when its parent dies.
PR_SET_PDEATHSIG = 1


def _worker_init(parent: int) -> None:
    """Workers leave Ctrl-C to the parent, which stops the pool, and die with the parent
    (on Linux), so a killed run leaves no orphans blocked on a queue."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        except (OSError, AttributeError):  # pragma: no cover - no libc prctl
            pass
    if os.getppid() != parent:  # the parent died before the line above
        os._exit(1)


def _new_pool(jobs: int) -> ProcessPoolExecutor:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # Forked workers inherit the parent's unflushed output buffers and flush
    # them when they exit: flush first, or output would be written twice.
    sys.stdout.flush()
    sys.stderr.flush()
    # fork on Linux: workers start at once with quotex already imported; elsewhere
    # the platform's default (spawn), since fork is unsafe on macOS.
    context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else None)
    return ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_worker_init, initargs=(os.getpid(),))


def _stop_pool(pool: ProcessPoolExecutor, wait: bool) -> None:
    """Shut the pool down; unless ``wait``, cancel what is queued and end the workers now."""
    if wait:
        pool.shutdown(wait=True)
        return
    workers = dict(getattr(pool, "_processes", None) or {})  # no public way to end them before Python 3.14
    calls = getattr(pool, "_call_queue", None)
    if calls is not None:  # its feeder thread may be stuck writing a chunk no worker will read: do not join it
        calls.cancel_join_thread()
    pool.shutdown(wait=False, cancel_futures=True)
    for proc in workers.values():
        if proc.is_alive():
            proc.kill()
    for proc in workers.values():
        proc.join(timeout=2)


def _lost(chunk: list[Task], why: str) -> Iterator[Result]:
    for task in chunk:
        yield Result(task.source, error=f"{task.source}: {why}", size=task.size)


WORKER_DIED = "lost: its worker process died (killed, or out of memory?), skipped"


def _parallel(work: Iterator[list[Task]], jobs: int, pipeline: Pipeline) -> Iterator[Result]:
    from concurrent.futures.process import BrokenProcessPool

    pool = _new_pool(jobs)
    # a chunk and its future; None when the pool was already broken at submission
    pending: deque[tuple[list[Task], Future[list[Packed]] | None]] = deque()
    window = IN_FLIGHT_PER_JOB * jobs
    clean = False

    def retry_alone(suspects: list[list[Task]]) -> Iterator[Result]:
        """After a worker died, run each chunk that was in flight alone in a fresh pool,
        so the one that kills its worker again is the one reported."""
        nonlocal pool
        for chunk in suspects:
            try:
                packed = pool.submit(process_chunk, chunk, pipeline).result()
            except BrokenProcessPool:
                _stop_pool(pool, wait=False)
                pool = _new_pool(jobs)
                yield from _lost(chunk, WORKER_DIED)
                continue
            yield from map(unpack, packed)

    def collect() -> Iterator[Result]:
        nonlocal pool
        chunk, future = pending.popleft()
        try:
            if future is None:
                raise BrokenProcessPool
            packed = future.result()
        except BrokenProcessPool:
            suspects = [chunk] + [c for c, _ in pending]
            pending.clear()
            _stop_pool(pool, wait=False)
            pool = _new_pool(jobs)
            yield from retry_alone(suspects)
            return
        yield from map(unpack, packed)

    def submit(chunk: list[Task]) -> None:
        try:
            pending.append((chunk, pool.submit(process_chunk, chunk, pipeline)))
        except BrokenProcessPool:  # a worker died since the last collect
            pending.append((chunk, None))

    def ready() -> bool:
        future = pending[0][1]
        return future is None or future.done()

    try:
        for chunk in work:
            submit(chunk)
            if len(pending) >= window:
                yield from collect()
            while pending and ready():
                yield from collect()
        while pending:
            yield from collect()
        clean = True
    finally:
        # Ctrl-C, a closed pipe or an error: queued work is cancelled and the workers ended at once.
        _stop_pool(pool, wait=clean)


class _Progress:
    """A Rich progress bar on stderr, shown only for runs longer than :data:`PROGRESS_DELAY`:
    documents, bytes of the total (with the time left) when known, speed, elapsed; a
    one-line summary is left when the run ends."""

    def __init__(self, total: int | None) -> None:
        self.total = total or None
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
        from rich.progress import (
            BarColumn,
            DownloadColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
            TransferSpeedColumn,
        )

        from quotex.views import color_system

        self.bar = Progress(
            TextColumn("{task.fields[docs]:,} docs"),
            BarColumn(),
            DownloadColumn(),
            TransferSpeedColumn(),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            console=Console(file=sys.stderr, color_system=color_system()),
            transient=True,
            redirect_stdout=False,
        )
        self.task = self.bar.add_task("extract", total=self.total, completed=self.done, docs=self.docs)
        for task in self.bar.tasks:  # elapsed time counts from the start of the run, not of the bar
            task.start_time = self.started
        self.bar.start()

    def summary(self) -> str:
        seconds = time.monotonic() - self.started
        mb = self.done / 1e6
        return f"quotex: {self.docs:,} documents, {mb:,.1f} MB in {seconds:.1f} s ({mb / seconds if seconds else 0:.2f} MB/s)"

    def stop(self, completed: bool = True) -> None:
        if self.bar is None:
            return
        self.bar.stop()
        if completed:
            sys.stderr.write(self.summary() + "\n")
            sys.stderr.flush()
