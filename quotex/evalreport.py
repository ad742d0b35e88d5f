"""Printing an evaluation report (``quotex eval``): Rich tables, JSON, JSON Lines, CSV, and the error list.

The tables fit 80 columns, so that nothing is cut short on a narrow terminal
or in a pipe; the machine formats carry the same figures:

- ``json``: one object, :meth:`quotex.evaluate.Report.to_dict` (with
  ``errors`` when asked for);
- ``jsonl``: one object per table row, ``section`` naming the table
  (``units``, ``types``, ``speakers``; ``errors`` for each error case);
- ``csv``: the figures in long form, ``section,row,measure,value``.
"""

from __future__ import annotations

import csv
import json
from typing import IO, Any, Final

from rich.console import Console
from rich.table import Table
from rich.text import Text

from quotex.evaluate import Report
from quotex.formats import json_line
from quotex.text import printable

#: Formats of ``quotex eval --format``.
EVAL_FORMATS: Final = ("table", "json", "jsonl", "csv")
#: Formats that can carry the error list (``--errors``).
ERROR_FORMATS: Final = ("table", "json", "jsonl")

UNIT_MEASURES: Final = (
    ("units", "units"),
    ("predictions", "predictions"),
    ("precision", "precision"),
    ("recall", "recall"),
    ("f1", "F1"),
    ("attributed_precision", "attributed precision"),
    ("attributed_recall", "attributed recall"),
    ("attributed_f1", "attributed F1"),
)
UNIT_COLUMNS: Final = (("direct", "direct + partial"), ("indirect", "indirect"))
TYPE_COLUMNS: Final = (
    ("quotes", "quotes"),
    ("found", "found"),
    ("recall", "recall"),
    ("attributed", "attributed"),
    ("attributed_recall", "attr. recall"),
)
SPEAKER_ROWS: Final = (
    ("found", "gold quotes found (recall)"),
    ("precise", "precise predictions (precision)"),
    ("name", "name"),
    ("kind", "kind"),
    ("role", "role"),
    ("gender_known", "gender, where the gold has one"),
    ("gender", "gender, all (null included)"),
    ("names_per_speaker", "names per gold speaker (mean)"),
)


def _cell(value: Any) -> str:
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def _table(title: str, first: str) -> Table:
    table = Table(title=title, title_justify="left")
    table.add_column(first, overflow="fold")
    return table


def _number_column(table: Table, header: str) -> None:
    table.add_column(header, justify="right", overflow="fold")


def tables(report: Report) -> list[Table]:
    """The report as Rich tables: quote units, recall by gold type, and speakers when scored."""
    data = report.to_dict()
    units = _table(f"Quote units in {report.documents} documents", "measure")
    for _, header in UNIT_COLUMNS:
        _number_column(units, header)
    for key, label in UNIT_MEASURES:
        units.add_row(label, *(_cell(data[kind][key]) for kind, _ in UNIT_COLUMNS))
    out = [units]
    if data["types"]:
        types = _table("Recall by gold type (found by a prediction of any type)", "gold type")
        for _, header in TYPE_COLUMNS:
            _number_column(types, header)
        for name, row in data["types"].items():
            types.add_row(printable(name, keep=""), *(_cell(row[key]) for key, _ in TYPE_COLUMNS))
        out.append(types)
    if "speakers" in data:
        speakers = _table("Speakers of the gold quotes found", "measure")
        for header in ("count", "of", "value"):
            _number_column(speakers, header)
        for key, label in SPEAKER_ROWS:
            row = data["speakers"][key]
            speakers.add_row(label, str(row["count"]), str(row["of"]), _cell(row["ratio"]))
        out.append(speakers)
    return out


def rows(report: Report) -> list[dict[str, Any]]:
    """One record per table row, as ``--format jsonl`` writes them."""
    data = report.to_dict()
    records: list[dict[str, Any]] = [
        {"section": "units", "quotes": kind, "documents": report.documents, **data[kind]} for kind, _ in UNIT_COLUMNS
    ]
    records += [{"section": "types", "type": name, **row} for name, row in data["types"].items()]
    records += [{"section": "speakers", "measure": key, **row} for key, row in data.get("speakers", {}).items()]
    return records


def long_rows(report: Report) -> list[tuple[str, str, str, Any]]:
    """``(section, row, measure, value)`` for every figure, as ``--format csv`` writes them."""
    data = report.to_dict()
    out: list[tuple[str, str, str, Any]] = [("units", "all", "documents", report.documents)]
    for kind, _ in UNIT_COLUMNS:
        out += [("units", kind, key, value) for key, value in data[kind].items()]
    for name, row in data["types"].items():
        out += [("types", name, key, value) for key, value in row.items()]
    for measure, row in data.get("speakers", {}).items():
        out += [("speakers", measure, key, value) for key, value in row.items()]
    return out


def print_report(report: Report, fmt: str, console: Console, out: IO[str], *, errors: bool = False) -> None:
    """Write ``report`` in ``fmt`` (one of :data:`EVAL_FORMATS`), with its error cases when ``errors``."""
    if fmt == "json":
        data = report.to_dict()
        if errors:
            data["errors"] = [e.to_dict() for e in report.errors]
        out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    elif fmt == "jsonl":
        for record in rows(report):
            out.write(json_line(record) + "\n")
        if errors:
            for e in report.errors:
                out.write(json_line({"section": "errors", **e.to_dict()}) + "\n")
    elif fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(("section", "row", "measure", "value"))
        writer.writerows(long_rows(report))
    elif fmt == "table":
        for table in tables(report):
            _emit(console, out, table)
        if errors:
            print_errors(report, console, out)
    else:
        raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(EVAL_FORMATS)}")
    out.flush()


def print_errors(report: Report, console: Console, out: IO[str]) -> None:
    for e in report.errors:
        heading = Text(printable(f"{e.kind:13} {e.type:8} {e.doc}  {e.detail}", keep=""), style="bold")
        _emit(console, out, heading, Text("    " + printable(e.context, keep="")))


def _emit(console: Console, out: IO[str], *renderables: Table | Text) -> None:
    """Render with ``console`` (its width and colours) and write to ``out``, so that a closed pipe
    raises :class:`BrokenPipeError` for the caller to handle (Rich would exit with status 1)."""
    with console.capture() as captured:
        console.print(*renderables, sep="\n")
    out.write(captured.get())
