"""What the commands do, apart from parsing their options (:mod:`quotex.cli`).

Each ``run_*`` function reads its inputs through one :class:`~quotex.pipeline.Pipeline`
(via :func:`quotex.batch.run`), writes its output, reports each bad input as
one ``quotex: `` line on stderr and returns the exit status: :data:`EXIT_OK`
when every input was read, :data:`EXIT_INPUT` when some failed.
"""

from __future__ import annotations

import math
import signal
import sys
from collections.abc import Callable, Generator, Iterator
from contextlib import closing
from dataclasses import dataclass, replace

from rich.console import Console
from rich.text import Text

from quotex import batch, corpus
from quotex.corpus import InputKind
from quotex.formats import Format, make_writer
from quotex.inputs import check_encoding
from quotex.limits import MAX_CHARS, Limits
from quotex.model import Quote
from quotex.pipeline import Pipeline, QuoteFilter, Result
from quotex.text import printable

EXIT_OK, EXIT_INPUT, EXIT_USAGE, EXIT_OUTPUT = 0, 1, 2, 3


class UsageError(ValueError):
    """A bad option value; ``option`` names it.  The command line exits 2."""

    def __init__(self, option: str, message: str) -> None:
        super().__init__(message)
        self.option = option


class Terminated(BaseException):
    """SIGTERM: unwinds like Ctrl-C, so the workers are ended, then the run exits 143."""


#: The last of SIGINT / SIGTERM received (see :func:`on_signal`).
_received: int | None = None


def on_signal(signum: int, frame: object) -> None:
    """Ctrl-C and SIGTERM: raise where the run is, and remember it, since an exception raised inside
    a callback (one of ``os.fork``'s, say) is printed and dropped; :func:`check_signals` raises it again."""
    global _received
    _received = signum
    check_signals()


def check_signals() -> None:
    if _received == signal.SIGINT:
        raise KeyboardInterrupt
    if _received is not None:
        raise Terminated


def error(message: str) -> None:
    """One line on stderr, prefixed with the program name."""
    sys.stderr.write(f"quotex: {printable(message, keep='')}\n")  # one line, whatever a file name or record id holds
    sys.stderr.flush()


class _Console(Console):
    def on_broken_pipe(self) -> None:
        """Rich exits 1 when the reader goes away; the commands' boundary (:func:`quotex.cli.guarded`) exits 0, as Unix tools do."""
        raise BrokenPipeError


def stdout_console() -> Console:
    """The console of the commands' output: no escape code at all under ``NO_COLOR`` (:func:`quotex.views.color_system`)."""
    from quotex.views import color_system

    return _Console(file=sys.stdout, highlight=False, soft_wrap=False, color_system=color_system())


# -- options checked before any work ------------------------------------------------------------


def quote_filter(type_spec: str | None, speaker: str | None, min_words: int) -> QuoteFilter:
    """The filters of ``--type``, ``--speaker`` and ``--min-words``; a bad ``--type`` is a :class:`UsageError`."""
    from quotex.filters import parse_types

    try:
        types = parse_types(type_spec) if type_spec is not None else None
    except ValueError as exc:
        raise UsageError("--type", str(exc)) from None
    return QuoteFilter(types, speaker, min_words)


def limits(max_chars: int = MAX_CHARS, timeout: float | None = None, lang: str = "auto") -> Limits:
    """``--max-chars``, ``--timeout`` and ``--lang``: a timeout must be a finite number of seconds."""
    if timeout is not None and not (math.isfinite(timeout) and timeout >= 0):
        raise UsageError("--timeout", f"{timeout} is not a number of seconds")
    return Limits(max_chars, timeout or None, lang)


def encoding(name: str | None) -> str | None:
    if name is None:
        return None
    try:
        check_encoding(name)
    except ValueError as exc:
        raise UsageError("--encoding", str(exc)) from None
    return name


def jobs(value: int | None) -> int | None:
    """``--jobs``, capped at :func:`quotex.batch.max_jobs` with a warning."""
    if value is not None and value > batch.max_jobs():
        error(f"--jobs {value}: using {batch.max_jobs()} worker processes ({batch.JOBS_PER_CORE} per core)")
        return batch.max_jobs()
    return value


def check_html(files: list[str], kind: InputKind, glob: str | None) -> bool:
    """One clear line, before any work, when HTML is asked for and trafilatura is missing; False then."""
    html_glob = kind == InputKind.auto and glob is not None and ".htm" in glob.lower()
    if kind == InputKind.html or html_glob or any(corpus.is_html(f, kind) for f in files):
        from quotex.htmltext import MissingExtra, require_html

        try:
            require_html()
        except MissingExtra as exc:
            error(str(exc))
            return False
    return True


# -- reading --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Inputs:
    """The command line's inputs and how to read them."""

    files: list[str]
    kind: InputKind = InputKind.auto
    glob: str | None = None
    encoding: str | None = None
    text_field: str = "text"
    id_field: str = "id"

    def tasks(self, max_chars: int) -> Iterator[corpus.Task]:
        return corpus.tasks(
            self.files,
            kind=self.kind,
            glob=self.glob,
            encoding=self.encoding,
            text_field=self.text_field,
            id_field=self.id_field,
            max_chars=max_chars,
        )


@dataclass(frozen=True)
class ReportOptions:
    """What ``quotex report`` writes: the page ``output`` ('-': standard output), from ``from_jsonl``
    (saved quotes) if given, ``articles`` shown in full, ``top`` speakers charted, the page's ``title``."""

    output: str
    from_jsonl: str | None = None
    articles: int = 20
    top: int = 30
    title: str = "Who is quoted"


@dataclass
class Counts:
    inputs: int = 0
    failed: int = 0
    stopped: bool = False

    def status(self) -> int:
        """The exit status, after the summary line of a run with failures."""
        if self.stopped:
            return EXIT_INPUT
        if self.failed:
            error(f"{self.failed} of {self.inputs} inputs failed")
            return EXIT_INPUT
        return EXIT_OK


def results(
    inputs: Inputs, pipeline: Pipeline, counts: Counts, jobs: int | None = None, progress: bool = False
) -> Generator[Result, None, None]:
    """The documents read, in order; each error and warning is a line on stderr.

    An error that would recur on every record (a wrong ``--text-field``) stops
    the run when no document has been read yet.
    """
    total = corpus.total_size(inputs.files, inputs.glob, inputs.kind) if progress else None
    with closing(batch.run(inputs.tasks(pipeline.limits.max_chars), jobs, pipeline=pipeline, progress=progress, total=total)) as stream:
        for result in stream:
            check_signals()
            counts.inputs += 1
            if result.error is not None:
                error(result.error)
                counts.failed += 1
                if result.fatal and counts.failed == counts.inputs:
                    counts.stopped = True
                    return
                continue
            if result.warning:
                error(result.warning)
            yield result


# -- the commands ---------------------------------------------------------------------------------


def run_extract(inputs: Inputs, pipeline: Pipeline, fmt: Format | None, jobs: int | None = None, quiet: bool = False) -> int:
    """``quotex extract``: each document's quotes, streamed in input order."""
    fmt = fmt or (Format.table if sys.stdout.isatty() else Format.jsonl)
    writer = make_writer(fmt, sys.stdout, stdout_console(), note=error)
    # A bar on stderr only when the output goes elsewhere: it would tangle with a table on the same screen.
    progress = not quiet and sys.stderr.isatty() and not sys.stdout.isatty()
    counts = Counts()
    with closing(results(inputs, pipeline, counts, jobs, progress)) as docs:
        for result in docs:
            writer.write(result.source, result.quotes)
    writer.close()
    return counts.status()


def run_speakers(inputs: Inputs, pipeline: Pipeline, fmt: Format | None, top: int = 0, jobs: int | None = None) -> int:
    """``quotex speakers``: who is quoted across the inputs, and how often, and the source mix (a line under the table)."""
    from quotex.tally import source_mix, tally
    from quotex.views import print_speakers

    counts = Counts()
    quoted = 0

    def pairs() -> Iterator[tuple[str, Quote]]:
        nonlocal quoted
        with closing(results(inputs, pipeline, counts, jobs)) as docs:
            for result in docs:
                quoted += len(result.quotes)
                yield from ((result.source, q) for q in result.quotes)

    rows = tally(pairs())
    read = counts.inputs - counts.failed
    title = f"{len(rows)} speakers, {quoted} quotes in {read} input{'' if read == 1 else 's'}"
    if not counts.stopped:
        shown = rows[:top] if top else rows
        print_speakers(shown, fmt or Format.table, stdout_console(), sys.stdout, title=title, summary=source_mix(rows).line())
    return counts.status()


def run_show(inputs: Inputs, pipeline: Pipeline) -> int:
    """``quotex show``: each article with its quotes marked, for checking attributions by eye."""
    from quotex.views import render_article

    console = stdout_console()
    plain = not console.is_terminal or console.no_color
    counts = Counts()
    with closing(results(inputs, pipeline, counts, jobs=1)) as docs:
        for result in docs:
            text = result.text or ""
            rendered = render_article(text, result.quotes, plain=plain)
            speakers = len({q.speaker.name.casefold() for q in result.quotes if q.speaker})
            # the source (a file name, a record id) is shown like the text: escape sequences as symbols
            header = printable(f"{result.source}: {_count(len(result.quotes), 'quote')}, {_count(speakers, 'speaker')}", keep="")
            if plain:
                sys.stdout.write(f"{header}\n\n{rendered.plain}\n\n")
                sys.stdout.flush()
            else:  # colour forced into a pipe (FORCE_COLOR, for less -R): no width to wrap at, so lines stay whole
                wrap = not sys.stdout.isatty()
                console.print(Text(header + "\n", style="bold"), soft_wrap=wrap)
                console.print(rendered, end="\n\n", soft_wrap=wrap)
    return EXIT_INPUT if counts.failed else EXIT_OK


def run_eval(gold: str, pipeline: Pipeline, fmt: Format | None, errors: bool = False) -> int:
    """``quotex eval``: precision, recall and F1 against annotated articles, recall by gold type, speakers
    where the gold names them.

    The gold file is read line by line (:func:`quotex.gold.read_gold_file`): a bad line is one error and
    is skipped, the other articles are scored.  Extraction goes through ``pipeline`` (its limits and language).
    """
    from quotex.evalreport import ERROR_FORMATS, print_report
    from quotex.evaluate import GoldFormatError, evaluate, read_gold_file

    out_fmt = (fmt or Format.table).value
    if errors and out_fmt not in ERROR_FORMATS:
        raise UsageError("--errors", f"--errors needs --format {', '.join(ERROR_FORMATS)}, not {out_fmt}")
    bad: list[GoldFormatError] = []

    def skip(exc: GoldFormatError) -> None:
        error(str(exc))
        bad.append(exc)

    try:
        report = evaluate(read_gold_file(gold, on_error=skip), extractor=_checked(pipeline))
    except GoldFormatError as exc:
        error(str(exc))
        return EXIT_INPUT
    if report.documents or not bad:
        print_report(report, out_fmt, stdout_console(), sys.stdout, errors=errors)
    return EXIT_INPUT if bad else EXIT_OK


def run_report(inputs: Inputs, pipeline: Pipeline, options: ReportOptions, jobs: int | None = None) -> int:
    """``quotex report``: one self-contained web page of who is quoted, from the inputs (through ``pipeline``)
    or from saved ``extract --format jsonl`` output (``options.from_jsonl``)."""
    from quotex import webreport

    if not options.output:
        raise UsageError("--output", "give the file to write, e.g. -o report.html")
    if bool(inputs.files) == bool(options.from_jsonl):
        raise UsageError("FILES", "give either input files or --from-jsonl FILE")
    counts = Counts()
    saved = {"inputs": 0, "failed": 0, "records": 0}
    if options.from_jsonl:
        docs = webreport.from_jsonl(options.from_jsonl, keep=pipeline.keep, on_error=error, counts=saved)
    else:
        shown = replace(pipeline, keep_text=options.articles > 0)
        docs = webreport.from_results(results(inputs, shown, counts, jobs), options.articles)
    try:
        data = webreport.build(
            docs,
            articles=options.articles,
            title=options.title,
            failed=lambda: saved["failed"] + counts.failed,
            saved_output=bool(options.from_jsonl),
        )
    except OSError as exc:  # the saved quotes (--from-jsonl) cannot be read
        error(f"{exc.filename or options.from_jsonl}: {exc.strerror or exc}")
        return EXIT_INPUT
    if options.output == "-":
        size = webreport.write(data, "-", top=options.top)  # standard output: the commands' boundary (| head: 0, a full disk: 3)
    else:
        try:
            size = webreport.write(data, options.output, top=options.top)
        except OSError as exc:  # the page cannot be written: the output's fault, as for standard output
            error(f"cannot write output: {options.output}: {exc.strerror or exc}")
            return EXIT_OUTPUT
    if size > webreport.LARGE_PAGE:
        error(f"{options.output}: the page is {size / 1e6:.1f} MB and will open slowly; show fewer articles in full, e.g. --articles 20")
    if saved["failed"]:  # saved["inputs"]: documents, each of one record or more
        error(f"{saved['failed']} of {saved['records']} records failed")
        return EXIT_INPUT
    return counts.status()


def run_rules() -> None:
    """``quotex rules``: the rules in the order the engine applies them, one a line, each description
    wrapped under itself to a terminal's width (piped, one line each, for ``grep``)."""
    from quotex.rules import TABLE

    width = max(len(rule.name) for rule in TABLE)
    if not sys.stdout.isatty():
        sys.stdout.writelines(f"{rule.name.ljust(width)}  {rule.description}\n" for rule in TABLE)
        return
    from rich.table import Table

    table = Table.grid(padding=(0, 2))
    table.add_column(no_wrap=True, min_width=width)
    table.add_column(overflow="fold")
    for rule in TABLE:
        table.add_row(rule.name, rule.description)
    stdout_console().print(table)


def _checked(pipeline: Pipeline) -> Callable[[str], list[Quote]]:
    """The pipeline as an extractor for :func:`quotex.evaluate.evaluate`: a failed article is an error line and no quotes."""

    def extract(text: str) -> list[Quote]:
        result = pipeline.text(text, "gold article")
        if result.error is not None:
            error(result.error)
        return result.quotes

    return extract


def _count(n: int, noun: str) -> str:
    """'1 quote', '2 quotes'."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
