"""Output writers: a Rich table for people, JSON / JSON Lines / CSV for pipelines.

Each writer takes one document's quotes at a time and flushes after each, so
output streams and a killed run keeps what it wrote.
"""

from __future__ import annotations

import csv
import json
from typing import IO, Final, Protocol

from rich.console import Console
from rich.text import Text

from quotex.model import Quote
from quotex.text import printable

FORMATS = ("table", "json", "jsonl", "csv")
#: The speaker's gender, id and author come last, so that scripts reading the older columns by position still work.
CSV_COLUMNS = (
    "source", "type", "quote", "speaker_name", "speaker_role", "speaker_kind", "cue", "start", "end", "paragraph", "rule",
    "speaker_gender", "speaker_id", "speaker_author",
)  # fmt: skip


#: Characters that ``str.splitlines`` and other readers take for line ends,
#: which JSON may leave raw (it escapes only ``\n`` and ``\r``).
LINE_BREAKS: Final = {ord(ch): f"\\u{ord(ch):04x}" for ch in "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"}


def json_line(data: object) -> str:
    """Compact JSON on one line: the other line-break characters (U+2028,
    U+0085, …), which a quotation over paragraphs may hold, are escaped, so
    that every reader splits records at newlines only."""
    return json.dumps(data, ensure_ascii=False).translate(LINE_BREAKS)


class Writer(Protocol):
    def write(self, source: str, quotes: list[Quote]) -> None: ...

    def close(self) -> None: ...


class JsonLinesWriter:
    def __init__(self, out: IO[str]) -> None:
        self.out = out

    def write(self, source: str, quotes: list[Quote]) -> None:
        for q in quotes:
            self.out.write(json_line(q.to_dict(source)) + "\n")
        self.out.flush()

    def close(self) -> None:
        self.out.flush()


class JsonWriter:
    """One JSON array, written element by element."""

    def __init__(self, out: IO[str]) -> None:
        self.out = out
        self.count = 0
        self.out.write("[")

    def write(self, source: str, quotes: list[Quote]) -> None:
        for q in quotes:
            self.out.write(("," if self.count else "") + "\n  " + json_line(q.to_dict(source)))
            self.count += 1
        self.out.flush()

    def close(self) -> None:
        self.out.write("\n]\n" if self.count else "]\n")
        self.out.flush()


def flat_row(source: str, q: Quote) -> dict[str, object]:
    """A quote as the flat CSV row."""
    s = q.speaker
    return {
        "source": source,
        "type": q.type,
        "quote": q.text,
        "speaker_name": s.name if s else "",
        "speaker_role": (s.role or "") if s else "",
        "speaker_kind": s.kind if s else "",
        "cue": q.cue.text if q.cue else "",
        "start": q.start,
        "end": q.end,
        "paragraph": q.paragraph,
        "rule": q.rule,
        "speaker_gender": (s.gender or "") if s else "",
        "speaker_id": (s.id or "") if s else "",
        "speaker_author": (s.author or "") if s else "",
    }


class CsvWriter:
    def __init__(self, out: IO[str]) -> None:
        self.out = out
        self.writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
        self.writer.writeheader()

    def write(self, source: str, quotes: list[Quote]) -> None:
        for q in quotes:
            self.writer.writerow(flat_row(source, q))
        self.out.flush()

    def close(self) -> None:
        self.out.flush()


class TableWriter:
    """A Rich table per document: speaker (in the colour ``quotex show`` gives them), role, quote, cue."""

    def __init__(self, console: Console) -> None:
        self.console = console

    def write(self, source: str, quotes: list[Quote]) -> None:
        from rich.table import Table  # only tables pay for it: jsonl/csv runs start faster

        table = Table(title=Text(printable(f"{source}: {len(quotes)} quotes")), title_justify="left", show_lines=True, expand=True)
        table.add_column("speaker", style="bold", ratio=2)
        table.add_column("role / kind", ratio=2)
        table.add_column("type", min_width=8)
        table.add_column("quote", ratio=6)
        table.add_column("cue", min_width=8, overflow="fold")
        from quotex.views import speaker_colours

        colours = speaker_colours(quotes)
        for q in quotes:
            s = q.speaker
            role = Text()
            if s is not None:
                role.append(printable(f"{s.role}\n") if s.role else "")
                role.append(s.kind, style="dim")
            name = Text(printable(s.name), style=colours.get(s.name.casefold(), "")) if s else Text()
            # printable: an article's escape sequences must not reach the terminal
            table.add_row(name, role, q.type, Text(printable(q.text)), Text(printable(q.cue.text) if q.cue else ""))
        self.console.print(table)

    def close(self) -> None:
        pass


def make_writer(fmt: str, out: IO[str], console: Console) -> Writer:
    if fmt == "json":
        return JsonWriter(out)
    if fmt == "jsonl":
        return JsonLinesWriter(out)
    if fmt == "csv":
        return CsvWriter(out)
    return TableWriter(console)
