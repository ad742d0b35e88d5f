"""The ``quotex`` command line: a thin layer over :func:`quotex.extract`.

Exit status: 0 when every input was read, 1 when some inputs failed (their
errors are on stderr, the other inputs' quotes on stdout), 2 on a usage error.
"""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from quotex import __version__
from quotex.engine import extract as extract_quotes
from quotex.formats import make_writer
from quotex.inputs import Document, InputError, documents
from quotex.rules import RULES

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


def _stdout_console() -> Console:
    return Console(file=sys.stdout, highlight=False, soft_wrap=False)


def _stderr_console() -> Console:
    return Console(file=sys.stderr, highlight=False)


def error(message: str) -> None:
    """One line on stderr, prefixed with the program name."""
    sys.stderr.write(f"quotex: {message}\n")
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


@app.command()
def extract(
    files: Annotated[list[str], typer.Argument(help="Text files to read; '-' reads standard input.", show_default=False)],
    fmt: Annotated[
        Format | None,
        typer.Option("--format", "-f", help="Output format: table (default on a terminal), json, jsonl (default when piped), csv."),
    ] = None,  # noqa: UP007
    encoding: Annotated[str | None, typer.Option("--encoding", help="Decode inputs with this encoding instead of UTF-8.")] = None,  # noqa: UP007
) -> None:
    """Extract attributed quotes from FILES.

    Example: quotex extract article.txt --format jsonl | jq .speaker.name
    """
    out_fmt = fmt.value if fmt else ("table" if sys.stdout.isatty() else "jsonl")
    writer = make_writer(out_fmt, sys.stdout, _stdout_console())
    failed = 0
    try:
        for doc in documents(files, encoding):
            if isinstance(doc, InputError):
                error(str(doc))
                failed += 1
                continue
            _warn(doc)
            writer.write(doc.source, extract_quotes(doc.text))
        writer.close()
    except BrokenPipeError:
        _quiet_broken_pipe()
    if failed:
        error(f"{failed} of {len(files)} inputs failed")
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


@app.command("eval")
def eval_command(
    gold: Annotated[
        Path, typer.Argument(help="Annotated articles, one JSON object a line (PolNeAR format; see README).", show_default=False)
    ],
    fmt: Annotated[Format | None, typer.Option("--format", "-f", help="table (default) or json.")] = None,  # noqa: UP007
    errors: Annotated[bool, typer.Option("--errors", help="Also list missed, spurious and misattributed quotes with context.")] = False,
) -> None:
    """Score extraction against annotated articles: precision, recall, F1.

    Example: quotex eval ../shared/eval/polnear-dev.jsonl --format json
    """
    from quotex.evaluate import GoldFormatError, evaluate, read_gold
    from quotex.report import print_errors, print_report

    try:
        with gold.open(encoding="utf-8") as fh:
            report = evaluate(read_gold(fh))
    except FileNotFoundError:
        error(f"{gold}: no such file")
        raise typer.Exit(EXIT_INPUT) from None
    except IsADirectoryError:
        error(f"{gold}: is a directory")
        raise typer.Exit(EXIT_INPUT) from None
    except (GoldFormatError, UnicodeDecodeError) as exc:
        error(f"{gold}: {exc}")
        raise typer.Exit(EXIT_INPUT) from None
    print_report(report, "json" if fmt == Format.json else "table", _stdout_console())
    if errors:
        print_errors(report, _stdout_console())


@app.command("rules")
def rules_command() -> None:
    """List the attribution rules; each quote's "rule" field names one.

    Example: quotex rules
    """
    width = max(len(name) for name in RULES)
    for name, description in RULES.items():
        typer.echo(f"{name.ljust(width)}  {description}")


def run() -> None:
    """Console-script entry point: usage errors exit 2, never a traceback."""
    try:
        app()
    except KeyboardInterrupt:
        error("interrupted")
        sys.exit(130)
