"""The ``quotex`` command line: a thin layer over :func:`quotex.extract`.

Exit status: 0 when every input was read, 1 when some inputs failed (their
errors are on stderr, the other inputs' quotes on stdout), 2 on a usage error.
"""

from __future__ import annotations

import functools
import signal
import sys
from collections.abc import Callable
from typing import Annotated, TypeVar

import typer

from quotex import __version__
from quotex import commands as do
from quotex.clihelp import Command, Group, examples
from quotex.commands import EXIT_INPUT, EXIT_OK, EXIT_OUTPUT, EXIT_USAGE, UsageError, error
from quotex.corpus import InputKind
from quotex.formats import Format
from quotex.limits import MAX_CHARS
from quotex.pipeline import Pipeline
from quotex.spark import FileFormat

__all__ = ["EXIT_INPUT", "EXIT_OK", "EXIT_OUTPUT", "EXIT_USAGE", "app", "run"]

app = typer.Typer(
    name="quotex",
    help="Find who said what in news text: direct, partial and indirect quotes with their speakers.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    cls=Group,
    epilog=examples("quotex extract article.txt", "quotex COMMAND --help"),
)

F = TypeVar("F", bound=Callable[..., None])


def guarded(command: F) -> F:
    """A command's error boundary: a usage error exits 2, a reader that goes away
    (``| head``) ends the run quietly with 0, output that cannot be written is
    one line and exit 3, Ctrl-C says "interrupted" and exits 130."""

    @functools.wraps(command)
    def wrapper(*args: object, **kwargs: object) -> None:
        try:
            command(*args, **kwargs)
            if sys.stdout is not None:
                sys.stdout.flush()
        except UsageError as exc:
            raise typer.BadParameter(str(exc), param_hint=exc.option) from None
        except BrokenPipeError:
            _silence_stdout()
            _abandon()
            raise typer.Exit(EXIT_OK) from None
        except (OSError, AttributeError) as exc:
            if isinstance(exc, AttributeError) and sys.stdout is not None:
                raise
            why = "standard output is closed" if sys.stdout is None else (getattr(exc, "strerror", None) or str(exc))
            error(f"cannot write output: {why}")
            _silence_stdout()
            _abandon()
            raise typer.Exit(EXIT_OUTPUT) from None
        except KeyboardInterrupt:
            error("interrupted")
            _silence_stdout()
            _abandon()
            raise typer.Exit(130) from None

    return wrapper  # type: ignore[return-value]


#: Set when a run is abandoned (interrupted, or its output gone): :func:`run` then exits at once.
_abandoned = False


def _abandon() -> None:
    global _abandoned
    _abandoned = True


def _silence_stdout() -> None:
    """Point standard output at /dev/null, so that the flush at exit cannot fail again."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
    except OSError:  # pragma: no cover
        pass


def _exit(status: int) -> None:
    if status != EXIT_OK:
        raise typer.Exit(status)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"quotex {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[bool | None, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")] = None,  # noqa: UP007
) -> None:
    """Find who said what in news text."""


# -- options shared by the commands that read articles (quotex.commands does the work) ----------

FilesArg = Annotated[
    list[str],
    typer.Argument(metavar="FILE...", help="Text, HTML or JSON Lines files and directories; '-' reads standard input.", show_default=False),
]
TypeFilter = Annotated[
    str | None,  # noqa: UP007
    typer.Option(
        "--type", "-t", metavar="TYPES", help="Only these quote types, comma-separated, e.g. --type direct,partial", show_default=False
    ),
]
SpeakerFilter = Annotated[
    str | None,  # noqa: UP007
    typer.Option(
        "--speaker",
        "-s",
        metavar="NAME",
        help="Only quotes whose resolved speaker name contains this, ignoring case, e.g. --speaker kirby",
        show_default=False,
    ),
]
MinWordsFilter = Annotated[
    int, typer.Option("--min-words", metavar="N", min=0, help="Only quotes of at least N words, e.g. --min-words 5", show_default=False)
]
InputOpt = Annotated[
    InputKind,
    typer.Option(
        "--input",
        "-i",
        help="Input kind: text, jsonl (one article a line), html (a web page's article text, needs quotex[html]), "
        "or auto (by file ending: *.jsonl, *.html/*.htm, else text), e.g. --input html",
    ),
]
GlobOpt = Annotated[
    str | None,  # noqa: UP007
    typer.Option(
        "--glob",
        metavar="PATTERN",
        help="Files to read in directories (recursive), e.g. --glob '2016/*.txt' [default: *.txt, *.jsonl with --input jsonl]",
        show_default=False,
    ),
]
EncodingOpt = Annotated[
    str | None,  # noqa: UP007
    typer.Option(
        "--encoding", metavar="NAME", help="Decode inputs with this encoding instead of UTF-8, e.g. --encoding latin-1", show_default=False
    ),
]
TextFieldOpt = Annotated[
    str, typer.Option("--text-field", metavar="NAME", help="JSON Lines: the field holding the article text, e.g. --text-field body")
]
IdFieldOpt = Annotated[
    str, typer.Option("--id-field", metavar="NAME", help="JSON Lines: the field whose value is each quote's source, e.g. --id-field url")
]
JobsOpt = Annotated[
    int | None,  # noqa: UP007
    typer.Option(
        "--jobs",
        "-j",
        metavar="N",
        min=1,
        help="Worker processes, e.g. --jobs 4 [default: all cores]; 1 runs in-process.",
        show_default=False,
    ),
]
MaxCharsOpt = Annotated[
    int,
    typer.Option(
        "--max-chars",
        metavar="N",
        min=0,
        help="Skip, with an error, documents longer than this many characters, e.g. --max-chars 1000000; 0: no limit.",
    ),
]
TimeoutOpt = Annotated[
    float | None,  # noqa: UP007
    typer.Option(
        "--timeout",
        metavar="SECONDS",
        min=0,
        help="Skip, with an error, a document whose reading and extraction take longer, in seconds, e.g. --timeout 30",
        show_default=False,
    ),
]


def _check_lang(value: str) -> str:
    from quotex.lang import CHOICES

    if value not in CHOICES:
        raise typer.BadParameter(f"{value!r} is no language quotex reads: choose one of {', '.join(CHOICES)}")
    return value


#: The language pack documents are read with (quotex.lang): extract, speakers, show, report, eval, spark.
LangOpt = Annotated[
    str,
    typer.Option(
        "--lang",
        metavar="auto|en|de",
        callback=_check_lang,
        help="Language pack: auto (chosen per document by its common words), en or de, e.g. --lang de",
    ),
]


def _inputs(files: list[str], kind: InputKind, glob: str | None, encoding: str | None, text_field: str, id_field: str) -> do.Inputs:
    """The inputs a command reads; it exits at once (status 1, one line) when
    they are HTML and quotex[html] is missing, before any work is done."""
    inputs = do.Inputs(files, kind, glob, do.encoding(encoding), text_field, id_field)
    if files and not do.check_html(files, kind, glob):
        raise typer.Exit(EXIT_INPUT)
    return inputs


def _pipeline(
    max_chars: int, timeout: float | None, lang: str, type_spec: str | None, speaker: str | None, min_words: int, *, keep_text: bool = False
) -> Pipeline:
    """The pipeline of the reading options (--max-chars, --timeout, --lang) and the quote filters (--type, --speaker, --min-words)."""
    return Pipeline(do.limits(max_chars, timeout, lang), do.quote_filter(type_spec, speaker, min_words), keep_text=keep_text)


@app.command(
    "extract",
    cls=Command,
    epilog=examples(
        "quotex extract archive/ --glob '*.txt' --jobs 4 --format jsonl > quotes.jsonl",
        "quotex extract story.html --type direct,partial --speaker kirby --format csv",
    ),
)
@guarded
def extract(
    files: FilesArg,
    fmt: Annotated[
        Format | None,  # noqa: UP007
        typer.Option(
            "--format", "-f", help="Output format: table (default on a terminal), json, jsonl (default when piped), csv, e.g. --format csv"
        ),
    ] = None,
    encoding: EncodingOpt = None,
    input_kind: InputOpt = InputKind.auto,
    glob: GlobOpt = None,
    text_field: TextFieldOpt = "text",
    id_field: IdFieldOpt = "id",
    jobs: JobsOpt = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    type_spec: TypeFilter = None,
    speaker: SpeakerFilter = None,
    min_words: MinWordsFilter = 0,
    max_chars: MaxCharsOpt = MAX_CHARS,
    timeout: TimeoutOpt = None,
    lang: LangOpt = "auto",
) -> None:
    """Extract attributed quotes from FILES, directories and JSON Lines corpora.

    Output streams in input order; a bad file or record is one line on stderr.
    """
    pipeline = _pipeline(max_chars, timeout, lang, type_spec, speaker, min_words)
    inputs = _inputs(files, input_kind, glob, encoding, text_field, id_field)
    _exit(do.run_extract(inputs, pipeline, fmt, do.jobs(jobs), quiet))


@app.command("speakers", cls=Command, epilog=examples("quotex speakers coverage/ --glob '*.txt' --top 10"))
@guarded
def speakers_command(
    files: FilesArg,
    fmt: Annotated[
        Format | None,  # noqa: UP007
        typer.Option(
            "--format", "-f", help="table (default, with a bar per speaker), json, jsonl or csv, e.g. --format csv", show_default=False
        ),
    ] = None,
    top: Annotated[
        int,
        typer.Option(
            "--top", "-n", metavar="N", min=0, help="Only the N most quoted speakers, e.g. --top 10 [default: all]", show_default=False
        ),
    ] = 0,
    type_spec: TypeFilter = None,
    speaker: SpeakerFilter = None,
    min_words: MinWordsFilter = 0,
    input_kind: InputOpt = InputKind.auto,
    glob: GlobOpt = None,
    encoding: EncodingOpt = None,
    text_field: TextFieldOpt = "text",
    id_field: IdFieldOpt = "id",
    jobs: JobsOpt = None,
    max_chars: MaxCharsOpt = MAX_CHARS,
    timeout: TimeoutOpt = None,
    lang: LangOpt = "auto",
) -> None:
    """Who is quoted across FILES, and how often: direct+partial and indirect counts per speaker.

    Every mention of one speaker in a document is one speaker ("he", "Kirby"
    and "the spokesman" count for "John Kirby"), counted across documents by
    name and kind; "docs" is the number of inputs quoting them. The table ends
    with the source mix: women among the people whose gender the text tells,
    anonymous sources and organisations among all speakers.
    """
    pipeline = _pipeline(max_chars, timeout, lang, type_spec, speaker, min_words)
    inputs = _inputs(files, input_kind, glob, encoding, text_field, id_field)
    _exit(do.run_speakers(inputs, pipeline, fmt, top, do.jobs(jobs)))


@app.command("show", cls=Command, epilog=examples("quotex show seeds/syria-airstrikes-proposal.txt --speaker kirby"))
@guarded
def show_command(
    file: Annotated[
        str, typer.Argument(metavar="FILE", help="A text or HTML file (or JSON Lines: each record in turn); '-' reads standard input.")
    ],
    type_spec: TypeFilter = None,
    speaker: SpeakerFilter = None,
    min_words: MinWordsFilter = 0,
    input_kind: InputOpt = InputKind.auto,
    encoding: EncodingOpt = None,
    text_field: TextFieldOpt = "text",
    id_field: IdFieldOpt = "id",
    max_chars: MaxCharsOpt = MAX_CHARS,
    timeout: TimeoutOpt = None,
    lang: LangOpt = "auto",
) -> None:
    """Print the article with each quote in its speaker's colour and a [speaker · type] label after it.

    For checking attributions by eye. Without a terminal (or with NO_COLOR set)
    quotes are wrapped in «« »» instead of coloured. For an HTML page this is
    the extracted article text, which the offsets of extract refer to.
    """
    pipeline = _pipeline(max_chars, timeout, lang, type_spec, speaker, min_words, keep_text=True)
    inputs = _inputs([file], input_kind, None, encoding, text_field, id_field)
    _exit(do.run_show(inputs, pipeline))


@app.command("eval", cls=Command, epilog=examples("quotex eval ../shared/eval/news-dev.jsonl --format json"))
@guarded
def eval_command(
    gold: Annotated[
        str,
        typer.Argument(
            metavar="GOLD",
            help="Annotated articles, one JSON object a line (PolNeAR, German WikiNews or news-dev; see README).",
            show_default=False,
        ),
    ],
    fmt: Annotated[
        Format | None,  # noqa: UP007
        typer.Option(
            "--format",
            "-f",
            help="table (default), json, jsonl (a record per table row) or csv (section,row,measure,value), e.g. --format csv",
        ),
    ] = None,
    errors: Annotated[
        bool, typer.Option("--errors", help="Also list missed, spurious and misattributed quotes and wrong speakers, with context.")
    ] = False,
    max_chars: MaxCharsOpt = MAX_CHARS,
    timeout: TimeoutOpt = None,
    lang: LangOpt = "auto",
) -> None:
    """Score extraction against annotated articles: precision, recall, F1; recall by gold type; speakers when the gold names them."""
    _exit(do.run_eval(gold, Pipeline(do.limits(max_chars, timeout, lang)), fmt, errors))


@app.command(
    "report",
    cls=Command,
    epilog=examples("quotex report coverage/ --glob '*.txt' -o report.html", "quotex report --from-jsonl quotes.jsonl -o report.html"),
)
@guarded
def report_command(
    files: Annotated[
        list[str] | None,  # noqa: UP007
        typer.Argument(
            metavar="FILE...", help="Text, HTML or JSON Lines files and directories; '-' reads standard input.", show_default=False
        ),
    ] = None,
    output: Annotated[
        str, typer.Option("--output", "-o", metavar="FILE", help="The HTML file to write ('-': standard output), e.g. -o report.html")
    ] = "",
    from_jsonl: Annotated[
        str | None,  # noqa: UP007
        typer.Option(
            "--from-jsonl", metavar="FILE", help="Build the page from saved `extract --format jsonl` output, e.g. --from-jsonl quotes.jsonl"
        ),
    ] = None,
    articles: Annotated[
        int,
        typer.Option(
            "--articles", metavar="N", min=0, help="Show the first N documents in full, quotes marked, e.g. --articles 50; 0: none."
        ),
    ] = 20,
    top: Annotated[int, typer.Option("--top", "-n", metavar="N", min=0, help="Speakers in the bar chart, e.g. --top 50; 0: all.")] = 30,
    title: Annotated[
        str, typer.Option("--title", metavar="TEXT", help="The page's title, e.g. --title 'Election coverage, May'")
    ] = "Who is quoted",
    type_spec: TypeFilter = None,
    speaker: SpeakerFilter = None,
    min_words: MinWordsFilter = 0,
    input_kind: InputOpt = InputKind.auto,
    glob: GlobOpt = None,
    encoding: EncodingOpt = None,
    text_field: TextFieldOpt = "text",
    id_field: IdFieldOpt = "id",
    jobs: JobsOpt = None,
    max_chars: MaxCharsOpt = MAX_CHARS,
    timeout: TimeoutOpt = None,
    lang: LangOpt = "auto",
) -> None:
    """Write one self-contained web page of who is quoted: counts, charts, and the articles with their quotes marked.

    The page needs no network (style and script are inline), works on a phone and prints.
    """
    pipeline = _pipeline(max_chars, timeout, lang, type_spec, speaker, min_words)
    options = do.ReportOptions(output, from_jsonl, articles, top, title)
    inputs = _inputs(files or [], input_kind, glob, encoding, text_field, id_field)
    _exit(do.run_report(inputs, pipeline, options, do.jobs(jobs)))


@app.command("spark", cls=Command, epilog=examples("quotex spark archive.jsonl quotes.parquet --master local[*]"))
def spark_command(
    source: Annotated[
        str,
        typer.Argument(
            metavar="IN", help="Articles: a JSON Lines or Parquet file or directory (any path Spark reads).", show_default=False
        ),
    ],
    target: Annotated[
        str, typer.Argument(metavar="OUT", help="Directory to write the quotes to (Spark writes part files).", show_default=False)
    ],
    input_format: Annotated[
        FileFormat,
        typer.Option(
            "--input-format", help="jsonl or parquet; auto: jsonl for *.json/*.jsonl/*.ndjson, else parquet; e.g. --input-format jsonl"
        ),
    ] = FileFormat.auto,
    output_format: Annotated[
        FileFormat,
        typer.Option(
            "--output-format",
            help="parquet or jsonl; auto: jsonl for a target ending in .json/.jsonl, else parquet; e.g. --output-format jsonl",
        ),
    ] = FileFormat.auto,
    text_field: Annotated[
        str, typer.Option("--text-field", metavar="COLUMN", help="Column holding the article text, e.g. --text-field body")
    ] = "text",
    id_field: Annotated[
        str, typer.Option("--id-field", metavar="COLUMN", help="Column whose value is each quote's source, e.g. --id-field url")
    ] = "id",
    master: Annotated[
        str, typer.Option("--master", metavar="URL", help="Spark master URL, e.g. local[4] or spark://host:7077.")
    ] = "local[*]",
    partitions: Annotated[
        int | None,  # noqa: UP007
        typer.Option(
            "--partitions",
            metavar="N",
            min=1,
            help="Repartition the articles first (more, smaller tasks), e.g. --partitions 64",
            show_default=False,
        ),
    ] = None,
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Replace TARGET if it exists.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No Spark progress bar.")] = False,
    lang: LangOpt = "auto",
) -> None:
    """Extract quotes on Apache Spark: articles in, one row per quote out (needs quotex[spark] and Java)."""
    from quotex.spark import MissingSpark, TargetExists, require_spark, run

    try:
        require_spark()
    except MissingSpark as exc:
        error(str(exc))
        raise typer.Exit(EXIT_USAGE) from None
    try:
        count, failed = run(
            source,
            target,
            input_format=input_format,
            output_format=output_format,
            text_col=text_field,
            id_col=id_field,
            master=master,
            partitions=partitions,
            overwrite=overwrite,
            quiet=quiet,
            lang=lang,
        )
    except TargetExists as exc:
        error(str(exc))
        raise typer.Exit(EXIT_INPUT) from None
    except Exception as exc:  # Spark's errors (missing path, target exists, bad column) as one line
        message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        error(f"spark: {message}")
        raise typer.Exit(EXIT_INPUT) from None
    if not quiet:
        error(f"{count} quotes written to {target}")
    if failed:
        error(f"{failed} articles failed (their errors are in the Spark executors' logs)")
        raise typer.Exit(EXIT_INPUT)


@app.command("rules", cls=Command, epilog=examples("quotex rules"))
@guarded
def rules_command() -> None:
    """List the attribution rules; each quote's "rule" field names one."""
    do.run_rules()


@app.command("schema", cls=Command, epilog=examples("quotex schema > quote.schema.json"))
@guarded
def schema_command() -> None:
    """Print the JSON Schema (draft 2020-12) of one quote record of extract's json / jsonl output."""
    import json

    from quotex.schema import quote_schema

    typer.echo(json.dumps(quote_schema(), ensure_ascii=False, indent=2))


def _exit_now(status: int) -> None:
    """Exit without the interpreter's clean-up: what was written is flushed, the workers are already ended."""
    import contextlib
    import os

    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError, AttributeError):
            stream.flush()
    os._exit(status)


def run() -> None:
    """Console-script entry point: usage errors exit 2, never a traceback."""
    if sys.stdout is None:  # started with standard output closed (>&-)
        error("cannot write output: standard output is closed")
        sys.exit(EXIT_OUTPUT)
    signal.signal(signal.SIGINT, do.on_signal)
    signal.signal(signal.SIGTERM, do.on_signal)
    try:
        app()
    except SystemExit as exc:
        if _abandoned:  # the workers are ended; skip the interpreter's joins of the pool's threads
            _exit_now(exc.code if isinstance(exc.code, int) else EXIT_INPUT)
        if do._received == signal.SIGINT:  # a Ctrl-C that arrived as the run ended
            error("interrupted")
            _exit_now(130)
        if do._received is not None:
            _exit_now(128 + signal.SIGTERM)
        raise
    except KeyboardInterrupt:
        error("interrupted")
        _exit_now(130)
    except do.Terminated:
        _exit_now(128 + signal.SIGTERM)
    except BrokenPipeError:  # --help into | head: the commands' own output is guarded
        _silence_stdout()
        sys.exit(EXIT_OK)
    except OSError as exc:
        error(f"cannot write output: {exc.strerror or exc}")
        _silence_stdout()
        sys.exit(EXIT_OUTPUT)
