"""Printing an evaluation report: a Rich table, JSON, and the error list."""

from __future__ import annotations

import json

from rich.console import Console
from rich.table import Table
from rich.text import Text

from quotex.evaluate import Report

COLUMNS = ("units", "predictions", "precision", "recall", "f1", "attributed_precision", "attributed_recall", "attributed_f1")


def print_report(report: Report, fmt: str, console: Console) -> None:
    data = report.to_dict()
    if fmt == "json":
        console.file.write(json.dumps(data, indent=2) + "\n")
        return
    table = Table(title=f"{report.documents} documents", title_justify="left")
    table.add_column("quotes")
    for col in COLUMNS:
        table.add_column(col.replace("attributed_", "attr. "), justify="right")
    for kind in ("direct", "indirect"):
        row = data[kind]
        table.add_row(kind, *(f"{row[c]:.3f}" if isinstance(row[c], float) else str(row[c]) for c in COLUMNS))
    console.print(table)


def print_errors(report: Report, console: Console) -> None:
    for e in report.errors:
        console.print(Text(f"{e.kind:13} {e.type:8} {e.doc}  {e.detail}", style="bold"))
        console.print(Text("    " + e.context))
