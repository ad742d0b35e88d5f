"""The ``quotex`` command line: a thin layer over :func:`quotex.extract`.

Exit status: 0 when every input was read, 1 when some inputs failed (their
errors are on stderr, the other inputs' quotes on stdout), 2 on a usage error.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.text import Text

from quotex import __version__
from quotex.formats import make_writer
from quotex.inputs import Document
from quotex.limits import MAX_CHARS, Limits
from quotex.model import Quote
from quotex.rules import TABLE
from quotex.text import printable
from quotex.views import color_system

app = typer.Typer(
    name="quotex",
    help="Find who said what in news text: direct, partial and indirect quotes with their speakers.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

EXIT_OK, EXIT_INPUT, EXIT_USAGE = 0, 1, 2


class Format(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


class InputKind(str, Enum):
    auto = "auto"
    text = "text"
    jsonl = "jsonl"
    html = "html"


def _stdout_console() -> Console:
    return Console(file=sys.stdout, highlight=False, soft_wrap=False, color_system=color_system())


def _stderr_console() -> Console:
    return Console(file=sys.stderr, highlight=False, color_system=color_system())


def error(message: str) -> None:
    """One line on stderr, prefixed with the program name."""
    sys.stderr.write(f"quotex: {printable(message, keep='')}\n")  # one line, whatever a file name or record id holds
    sys.stderr.flush()


def _version(value: bool) -> None:
    if value:
        typer.echo(f"quotex {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[bool | None, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")] = None,  # noqa: UP007
) -> None:
    """Find who said what in news text."""


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
        callback=_check_lang,
        help="Language pack: auto (chosen per document by its common words), en or de, e.g. --lang de",
    ),
]


@app.command()
def extract(
    files: Annotated[
        list[str], typer.Argument(help="Text, HTML or JSON Lines files and directories; '-' reads standard input.", show_default=False)
    ],
    fmt: Annotated[
        Format | None,
        typer.Option(
            "--format", "-f", help="Output format: table (default on a terminal), json, jsonl (default when piped), csv, e.g. --format csv"
        ),
    ] = None,  # noqa: UP007
    encoding: Annotated[
        str | None, typer.Option("--encoding", help="Decode inputs with this encoding instead of UTF-8, e.g. --encoding latin-1")
    ] = None,  # noqa: UP007
    input_kind: Annotated[
        InputKind,
        typer.Option(
            "--input",
            "-i",
            help="Input kind: text, jsonl (one article a line), html (a web page's article text, needs quotex[html]), "
            "or auto (by file ending: *.jsonl, *.html/*.htm, else text), e.g. --input html",
        ),
    ] = InputKind.auto,
    glob: Annotated[
        str | None,
        typer.Option(
            "--glob",
            help="Files to read in directories (recursive), e.g. --glob '2016/*.txt' [default: *.txt, *.jsonl with --input jsonl]",
            show_default=False,
        ),
    ] = None,  # noqa: UP007
    text_field: Annotated[
        str, typer.Option("--text-field", help="JSON Lines: the field holding the article text, e.g. --text-field body")
    ] = "text",
    id_field: Annotated[
        str, typer.Option("--id-field", help="JSON Lines: the field whose value is each quote's source, e.g. --id-field url")
    ] = "id",
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs", "-j", min=1, help="Worker processes, e.g. --jobs 4 [default: all cores]; 1 runs in-process.", show_default=False
        ),
    ] = None,  # noqa: UP007
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    type_spec: TypeFilter = None,
    speaker: SpeakerFilter = None,
    min_words: MinWordsFilter = 0,
    max_chars: Annotated[
        int,
        typer.Option(
            "--max-chars",
            min=0,
            help="Skip, with an error, documents longer than this many characters, e.g. --max-chars 1000000; 0: no limit.",
        ),
    ] = MAX_CHARS,
    timeout: Annotated[
        float | None,
        typer.Option(
            "--timeout",
            min=0,
            help="Skip, with an error, a document whose extraction takes longer, in seconds, e.g. --timeout 30",
            show_default=False,
        ),
    ] = None,  # noqa: UP007
    lang: LangOpt = "auto",
) -> None:
    """Extract attributed quotes from FILES, directories and JSON Lines corpora.

    Output streams in input order; a bad file or record is one line on stderr.

    Example: quotex extract archive/ --glob '*.txt' --jobs 4 --format jsonl > quotes.jsonl

    Example: quotex extract story.html --type direct,partial --speaker kirby --format csv
    """
    from quotex import batch, corpus

    keep = _quote_filter(type_spec, speaker, min_words)
    _check_html(files, input_kind, glob)
    out_fmt = fmt.value if fmt else ("table" if sys.stdout.isatty() else "jsonl")
    writer = make_writer(out_fmt, sys.stdout, _stdout_console())
    failed = total = 0
    tasks = corpus.tasks(files, kind=input_kind.value, glob=glob, encoding=encoding, text_field=text_field, id_field=id_field)
    # A bar on stderr only when the output goes elsewhere: it would tangle with a table on the same screen.
    show_progress = not quiet and sys.stderr.isatty() and not sys.stdout.isatty()
    try:
        limits = Limits(max_chars, timeout or None, lang)
        for result in batch.run(
            tasks, jobs, progress=show_progress, total=corpus.total_size(files) if show_progress else None, limits=limits
        ):
            total += 1
            if result.error is not None:
                error(result.error)
                failed += 1
                continue
            if result.warning:
                error(result.warning)
            writer.write(result.source, keep(result.quotes))
        writer.close()
    except BrokenPipeError:
        _quiet_broken_pipe()
    if failed:
        error(f"{failed} of {total} inputs failed")
        raise typer.Exit(EXIT_INPUT)


def _warn(doc: Document) -> None:
    if doc.warning:
        error(doc.warning)


def _quiet_broken_pipe() -> None:
    """The reader went away (``| head``): stop quietly, as Unix tools do."""
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    raise typer.Exit(EXIT_OK)


class FileFormat(str, Enum):
    auto = "auto"
    jsonl = "jsonl"
    parquet = "parquet"


@app.command("spark")
def spark_command(
    source: Annotated[
        str, typer.Argument(help="Articles: a JSON Lines or Parquet file or directory (any path Spark reads).", show_default=False)
    ],
    target: Annotated[str, typer.Argument(help="Directory to write the quotes to (Spark writes part files).", show_default=False)],
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
    text_field: Annotated[str, typer.Option("--text-field", help="Column holding the article text, e.g. --text-field body")] = "text",
    id_field: Annotated[str, typer.Option("--id-field", help="Column whose value is each quote's source, e.g. --id-field url")] = "id",
    master: Annotated[str, typer.Option("--master", help="Spark master URL, e.g. local[4] or spark://host:7077.")] = "local[*]",
    partitions: Annotated[
        int | None,
        typer.Option(
            "--partitions", min=1, help="Repartition the articles first (more, smaller tasks), e.g. --partitions 64", show_default=False
        ),
    ] = None,  # noqa: UP007
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Replace TARGET if it exists.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No Spark progress bar.")] = False,
    lang: LangOpt = "auto",
) -> None:
    """Extract quotes on Apache Spark: articles in, one row per quote out (needs quotex[spark] and Java).

    Example: quotex spark archive.jsonl quotes.parquet --master local[*]
    """
    from quotex.spark import MissingSpark, require_spark, run

    try:
        require_spark()
    except MissingSpark as exc:
        error(str(exc))
        raise typer.Exit(EXIT_USAGE) from None
    fmt_in = None if input_format == FileFormat.auto else input_format.value
    fmt_out = None if output_format == FileFormat.auto else output_format.value
    try:
        count, failed = run(
            source,
            target,
            input_format=fmt_in,
            output_format=fmt_out,
            text_col=text_field,
            id_col=id_field,
            master=master,
            partitions=partitions,
            overwrite=overwrite,
            quiet=quiet,
            lang=lang,
        )
    except Exception as exc:  # Spark's errors (missing path, target exists, bad column) as one line
        message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        error(f"spark: {message}")
        raise typer.Exit(EXIT_INPUT) from None
    if not quiet:
        error(f"{count} quotes written to {target}")
    if failed:
        error(f"{failed} articles failed (their errors are in the Spark executors' logs)")
        raise typer.Exit(EXIT_INPUT)


@app.command("eval")
def eval_command(
    gold: Annotated[
        Path,
        typer.Argument(
            help="Annotated articles, one JSON object a line (PolNeAR, German WikiNews or news-dev; see README).", show_default=False
        ),
    ],
    fmt: Annotated[
        Format | None,
        typer.Option(
            "--format",
            "-f",
            help="table (default), json, jsonl (a record per table row) or csv (section,row,measure,value), e.g. --format csv",
        ),
    ] = None,  # noqa: UP007
    errors: Annotated[
        bool, typer.Option("--errors", help="Also list missed, spurious and misattributed quotes and wrong speakers, with context.")
    ] = False,
    lang: LangOpt = "auto",
) -> None:
    """Score extraction against annotated articles: precision, recall, F1; recall by gold type; speakers when the gold names them.

    Example: quotex eval ../shared/eval/news-dev.jsonl --format json
    """
    from functools import partial

    from quotex.engine import extract as extract_quotes
    from quotex.evalreport import ERROR_FORMATS, print_report
    from quotex.evaluate import GoldFormatError, evaluate, read_gold_file

    out_fmt = fmt.value if fmt else "table"
    if errors and out_fmt not in ERROR_FORMATS:
        raise typer.BadParameter(f"--errors needs --format {', '.join(ERROR_FORMATS)}, not {out_fmt}", param_hint="--errors")
    bad: list[GoldFormatError] = []

    def skip(exc: GoldFormatError) -> None:  # a bad line is reported and skipped; the others are scored
        error(str(exc))
        bad.append(exc)

    try:
        # "auto" is extract's own default: the evaluator's default extractor reads that way
        report = evaluate(read_gold_file(gold, on_error=skip), None if lang == "auto" else partial(extract_quotes, lang=lang))
    except GoldFormatError as exc:
        error(str(exc))
        raise typer.Exit(EXIT_INPUT) from None
    if report.documents or not bad:
        try:
            print_report(report, out_fmt, _stdout_console(), sys.stdout, errors=errors)
        except BrokenPipeError:
            _quiet_broken_pipe()
    if bad:
        raise typer.Exit(EXIT_INPUT)


@app.command("rules")
def rules_command() -> None:
    """List the attribution rules; each quote's "rule" field names one.

    Example: quotex rules
    """
    width = max(len(rule.name) for rule in TABLE)
    for rule in TABLE:  # in the order the engine applies them
        typer.echo(f"{rule.name.ljust(width)}  {rule.description}")


# Filters shared by extract, speakers and show (quotex.filters does the work).
TypeFilter = Annotated[
    str | None,  # noqa: UP007
    typer.Option("--type", "-t", help="Only these quote types, comma-separated, e.g. --type direct,partial", show_default=False),
]
SpeakerFilter = Annotated[
    str | None,  # noqa: UP007
    typer.Option(
        "--speaker",
        "-s",
        help="Only quotes whose resolved speaker name contains this, ignoring case, e.g. --speaker kirby",
        show_default=False,
    ),
]
MinWordsFilter = Annotated[
    int, typer.Option("--min-words", min=0, help="Only quotes of at least N words, e.g. --min-words 5", show_default=False)
]


def _quote_filter(type_spec: str | None, speaker: str | None, min_words: int) -> Callable[[list[Quote]], list[Quote]]:
    """The filters as one function over a document's quotes; a bad --type is a usage error."""
    from quotex.filters import filter_quotes, parse_types

    try:
        types = parse_types(type_spec) if type_spec is not None else None
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--type") from None
    if types is None and speaker is None and not min_words:
        return lambda quotes: quotes
    return lambda quotes: filter_quotes(quotes, types=types, speaker=speaker, min_words=min_words)


# Input options of speakers and show, as extract has them.
InputOpt = Annotated[
    InputKind,
    typer.Option("--input", "-i", help="Input kind: auto (by file ending), text, jsonl or html, e.g. --input html"),
]
GlobOpt = Annotated[
    str | None,  # noqa: UP007
    typer.Option("--glob", help="Files to read in directories, e.g. --glob '*.txt' [default: by --input]", show_default=False),
]
EncodingOpt = Annotated[
    str | None,  # noqa: UP007
    typer.Option("--encoding", help="Decode inputs with this encoding instead of UTF-8, e.g. --encoding latin-1", show_default=False),
]
TextFieldOpt = Annotated[str, typer.Option("--text-field", help="JSON Lines: the field holding the article text, e.g. --text-field body")]
IdFieldOpt = Annotated[str, typer.Option("--id-field", help="JSON Lines: the field naming each article, e.g. --id-field url")]


@app.command("speakers")
def speakers_command(
    files: Annotated[
        list[str], typer.Argument(help="Text, HTML or JSON Lines files and directories; '-' reads standard input.", show_default=False)
    ],
    fmt: Annotated[
        Format | None,
        typer.Option(
            "--format", "-f", help="table (default, with a bar per speaker), json, jsonl or csv, e.g. --format csv", show_default=False
        ),
    ] = None,  # noqa: UP007
    top: Annotated[
        int, typer.Option("--top", "-n", min=0, help="Only the N most quoted speakers, e.g. --top 10 [default: all]", show_default=False)
    ] = 0,
    type_spec: TypeFilter = None,
    speaker: SpeakerFilter = None,
    min_words: MinWordsFilter = 0,
    input_kind: InputOpt = InputKind.auto,
    glob: GlobOpt = None,
    encoding: EncodingOpt = None,
    text_field: TextFieldOpt = "text",
    id_field: IdFieldOpt = "id",
    jobs: Annotated[
        int | None,  # noqa: UP007
        typer.Option("--jobs", "-j", min=1, help="Worker processes, e.g. --jobs 4 [default: all cores]", show_default=False),
    ] = None,
    lang: LangOpt = "auto",
) -> None:
    """Who is quoted across FILES, and how often: direct+partial and indirect counts per speaker.

    Every mention of one speaker in a document is one speaker ("he", "Kirby"
    and "the spokesman" count for "John Kirby"), counted across documents by
    name and kind; "docs" is the number of inputs quoting them. The table ends
    with the source mix: women among the people whose gender the text tells,
    anonymous sources and organisations among all speakers.

    Example: quotex speakers coverage/ --glob '*.txt' --top 10
    """
    from quotex import batch, corpus
    from quotex.tally import source_mix, tally
    from quotex.views import print_speakers

    keep = _quote_filter(type_spec, speaker, min_words)
    _check_html(files, input_kind, glob)
    counts = {"inputs": 0, "failed": 0, "quotes": 0}

    def pairs() -> Iterator[tuple[str, Quote]]:
        tasks = corpus.tasks(files, kind=input_kind.value, glob=glob, encoding=encoding, text_field=text_field, id_field=id_field)
        for result in batch.run(tasks, jobs, limits=Limits(lang=lang)):
            counts["inputs"] += 1
            if result.error is not None:
                error(result.error)
                counts["failed"] += 1
                continue
            if result.warning:
                error(result.warning)
            quotes = keep(result.quotes)
            counts["quotes"] += len(quotes)
            yield from ((result.source, q) for q in quotes)

    rows = tally(pairs())
    read = counts["inputs"] - counts["failed"]
    title = f"{len(rows)} speakers, {counts['quotes']} quotes in {read} input{'' if read == 1 else 's'}"
    try:
        summary = source_mix(rows).line()
        print_speakers(
            rows[:top] if top else rows, fmt.value if fmt else "table", _stdout_console(), sys.stdout, title=title, summary=summary
        )
    except BrokenPipeError:
        _quiet_broken_pipe()
    if counts["failed"]:
        error(f"{counts['failed']} of {counts['inputs']} inputs failed")
        raise typer.Exit(EXIT_INPUT)


@app.command("report")
def report_command(
    files: Annotated[
        list[str] | None,  # noqa: UP007
        typer.Argument(help="Text, HTML or JSON Lines files and directories; '-' reads standard input.", show_default=False),
    ] = None,
    output: Annotated[str, typer.Option("--output", "-o", help="The HTML file to write ('-': standard output), e.g. -o report.html")] = "",
    from_jsonl: Annotated[
        str | None,  # noqa: UP007
        typer.Option("--from-jsonl", help="Build the page from saved `extract --format jsonl` output, e.g. --from-jsonl quotes.jsonl"),
    ] = None,
    articles: Annotated[
        int, typer.Option("--articles", min=0, help="Show the first N documents in full, quotes marked, e.g. --articles 50; 0: none.")
    ] = 20,
    top: Annotated[int, typer.Option("--top", "-n", min=0, help="Speakers in the bar chart, e.g. --top 50; 0: all.")] = 30,
    title: Annotated[str, typer.Option("--title", help="The page's title, e.g. --title 'Election coverage, May'")] = "Who is quoted",
    type_spec: TypeFilter = None,
    speaker: SpeakerFilter = None,
    min_words: MinWordsFilter = 0,
    input_kind: InputOpt = InputKind.auto,
    glob: GlobOpt = None,
    encoding: EncodingOpt = None,
    text_field: TextFieldOpt = "text",
    id_field: IdFieldOpt = "id",
    jobs: Annotated[
        int | None,  # noqa: UP007
        typer.Option("--jobs", "-j", min=1, help="Worker processes, e.g. --jobs 4 [default: all cores]", show_default=False),
    ] = None,
    lang: LangOpt = "auto",
) -> None:
    """Write one self-contained web page of who is quoted: counts, charts, and the articles with their quotes marked.

    The page needs no network (style and script are inline), works on a phone and prints.

    Example: quotex report coverage/ --glob '*.txt' -o report.html

    Example: quotex extract archive.jsonl > quotes.jsonl && quotex report --from-jsonl quotes.jsonl -o report.html
    """
    from quotex import corpus, webreport

    if not output:
        raise typer.BadParameter("give the file to write, e.g. -o report.html", param_hint="--output")
    if bool(files) == bool(from_jsonl):
        raise typer.BadParameter("give either input files or --from-jsonl FILE", param_hint="FILES")
    keep = _quote_filter(type_spec, speaker, min_words)
    counts = {"inputs": 0, "failed": 0, "records": 0}
    if from_jsonl:
        docs = webreport.from_jsonl(from_jsonl, keep=keep, on_error=error, counts=counts)
    else:
        _check_html(files or [], input_kind, glob)
        tasks = corpus.tasks(files or [], kind=input_kind.value, glob=glob, encoding=encoding, text_field=text_field, id_field=id_field)
        docs = webreport.from_tasks(tasks, jobs=jobs, keep=keep, articles=articles, on_error=error, counts=counts, limits=Limits(lang=lang))
    try:
        data = webreport.build(docs, articles=articles, title=title, failed=lambda: counts["failed"], saved_output=bool(from_jsonl))
        size = webreport.write(data, output, top=top)
    except OSError as exc:
        error(f"{exc.filename or from_jsonl}: {exc.strerror or exc}")
        raise typer.Exit(EXIT_INPUT) from None
    if size > webreport.LARGE_PAGE:
        error(f"{output}: the page is {size / 1e6:.1f} MB and will open slowly; show fewer articles in full, e.g. --articles 20")
    if counts["failed"]:
        if from_jsonl:  # counts["inputs"]: documents, each of one record or more
            error(f"{counts['failed']} of {counts['records']} records failed")
        else:
            error(f"{counts['failed']} of {counts['inputs']} inputs failed")
        raise typer.Exit(EXIT_INPUT)


@app.command("show")
def show_command(
    file: Annotated[str, typer.Argument(help="A text or HTML file (or JSON Lines: each record in turn); '-' reads standard input.")],
    type_spec: TypeFilter = None,
    speaker: SpeakerFilter = None,
    min_words: MinWordsFilter = 0,
    input_kind: InputOpt = InputKind.auto,
    encoding: EncodingOpt = None,
    text_field: TextFieldOpt = "text",
    id_field: IdFieldOpt = "id",
    lang: LangOpt = "auto",
) -> None:
    """Print the article with each quote in its speaker's colour and a [speaker · type] label after it.

    For checking attributions by eye. Without a terminal (or with NO_COLOR set)
    quotes are wrapped in «« »» instead of coloured. For an HTML page this is
    the extracted article text, which the offsets of extract refer to.

    Example: quotex show seeds/syria-airstrikes-proposal.txt --speaker kirby
    """
    from quotex import corpus
    from quotex.engine import extract as extract_quotes
    from quotex.inputs import InputError
    from quotex.views import render_article

    keep = _quote_filter(type_spec, speaker, min_words)
    _check_html([file], input_kind, None)
    console = _stdout_console()
    plain = not console.is_terminal or console.no_color
    failed = 0
    try:
        for task in corpus.tasks([file], kind=input_kind.value, encoding=encoding, text_field=text_field, id_field=id_field):
            try:
                doc = task.load()
            except InputError as exc:
                error(str(exc))
                failed += 1
                continue
            _warn(doc)
            quotes = keep(extract_quotes(doc.text, lang))
            rendered = render_article(doc.text, quotes, plain=plain)
            speakers = len({q.speaker.name.casefold() for q in quotes if q.speaker})
            header = f"{doc.source}: {_count(len(quotes), 'quote')}, {_count(speakers, 'speaker')}"
            if plain:
                sys.stdout.write(f"{header}\n\n{rendered.plain}\n\n")
                sys.stdout.flush()
            else:
                console.print(Text(header + "\n", style="bold"))
                console.print(rendered, end="\n\n")
    except BrokenPipeError:
        _quiet_broken_pipe()
    if failed:
        raise typer.Exit(EXIT_INPUT)


@app.command("schema")
def schema_command() -> None:
    """Print the JSON Schema (draft 2020-12) of one quote record of extract's json / jsonl output.

    Example: quotex schema > quote.schema.json
    """
    import json

    from quotex.schema import quote_schema

    typer.echo(json.dumps(quote_schema(), ensure_ascii=False, indent=2))


def _check_html(files: list[str], kind: InputKind, glob: str | None) -> None:
    """One clear line, before any work, when HTML is asked for and trafilatura is missing."""
    from quotex.corpus import is_html

    if kind == InputKind.html or any(is_html(f, kind.value) for f in files) or (kind == InputKind.auto and glob and ".htm" in glob.lower()):
        from quotex.htmltext import MissingExtra, require_html

        try:
            require_html()
        except MissingExtra as exc:
            error(str(exc))
            raise typer.Exit(EXIT_INPUT) from None


def _count(n: int, noun: str) -> str:
    """'1 quote', '2 quotes'."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def run() -> None:
    """Console-script entry point: usage errors exit 2, never a traceback."""
    try:
        app()
    except KeyboardInterrupt:
        error("interrupted")
        sys.exit(130)
