"""Output writers: a Rich table for people, JSON / JSON Lines / CSV for pipelines.

Each writer takes one document's quotes at a time and flushes after each, so
output streams and a killed run keeps what it wrote.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from enum import Enum
from typing import IO, Final, Protocol

from rich.console import Console
from rich.text import Text

from quotex.model import Quote
from quotex.text import printable


class Format(str, Enum):
    """Output formats (``--format``)."""

    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


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
    """One JSON object a line."""

    def __init__(self, out: IO[str]) -> None:
        self.out = out

    def write_records(self, records: Iterable[Mapping[str, object]]) -> None:
        self.out.writelines(json_line(r) + "\n" for r in records)
        self.out.flush()

    def write(self, source: str, quotes: list[Quote]) -> None:
        self.write_records(q.to_dict(source) for q in quotes)

    def close(self) -> None:
        self.out.flush()


class JsonWriter:
    """One JSON array, written element by element; ``indent`` spaces per level inside elements (None: one line each)."""

    def __init__(self, out: IO[str], indent: int | None = None) -> None:
        self.out = out
        self.indent = indent
        self.count = 0
        self.out.write("[")

    def write_records(self, records: Iterable[Mapping[str, object]]) -> None:
        for r in records:
            element = json_line(r) if self.indent is None else json.dumps(r, ensure_ascii=False, indent=self.indent).translate(LINE_BREAKS)
            self.out.write(("," if self.count else "") + "\n  " + element.replace("\n", "\n  "))
            self.count += 1
        self.out.flush()

    def write(self, source: str, quotes: list[Quote]) -> None:
        self.write_records(q.to_dict(source) for q in quotes)

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
    """CSV with a header row (RFC 4180): CRLF line ends, so every field holding a CR or LF
    (a quotation over paragraphs, an id) is quoted and reads back as one field."""

    def __init__(self, out: IO[str], columns: Sequence[str] = CSV_COLUMNS) -> None:
        self.out = out
        self.writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\r\n")
        self.writer.writeheader()

    def write_records(self, records: Iterable[Mapping[str, object]]) -> None:
        self.writer.writerows(records)
        self.out.flush()

    def write(self, source: str, quotes: list[Quote]) -> None:
        self.write_records(flat_row(source, q) for q in quotes)

    def close(self) -> None:
        self.out.flush()


class TableWriter:
    """A Rich table per document: speaker (in the colour ``quotex show`` gives them, with their role and
    kind under the name), type, quote, cue.

    It fits a terminal of 80 columns with nothing cut: every column wraps at spaces, and a word wider
    than its column (a long compound name) is folded over two lines, never ended with "…".  A document
    with no quotes gets no empty table: ``note`` is told "no quotes in SOURCE" (the command line writes it
    on stderr), so a run over several inputs still says which had none.
    """

    def __init__(self, console: Console, note: Callable[[str], None] | None = None) -> None:
        self.console = console
        self.note = note

    def write(self, source: str, quotes: list[Quote]) -> None:
        if not quotes and self.note is not None:
            self.note(f"no quotes in {source}")
            return
        from rich.table import Table  # only tables pay for it: jsonl/csv runs start faster

        table = Table(title=Text(printable(f"{source}: {len(quotes)} quotes")), title_justify="left", show_lines=True, expand=True)
        table.add_column("speaker", width=max(SPEAKER_WIDTH, self.console.width // 5), overflow="fold")
        table.add_column("type", min_width=8, overflow="fold")
        table.add_column("quote", ratio=1, overflow="fold")
        table.add_column("cue", min_width=8, overflow="fold")
        from quotex.views import speaker_colours

        colours = speaker_colours(quotes)
        for q in quotes:
            s = q.speaker
            speaker = Text()
            if s is not None:  # printable: an article's escape sequences must not reach the terminal
                speaker.append(printable(s.name), style=f"bold {colours.get(s.name.casefold(), '')}".strip())
                speaker.append(printable(f"\n{s.role}") if s.role else "")
                speaker.append(f"\n{s.kind}", style="dim")
            table.add_row(speaker, q.type, Text(printable(q.text)), Text(printable(q.cue.text) if q.cue else ""))
        self.console.print(table)

    def close(self) -> None:
        pass


#: The speaker column's least width (a fifth of the terminal above 70 columns): "administration" and
#: "organization" (a kind) fit whole.
SPEAKER_WIDTH = 14


RecordWriter = JsonLinesWriter | JsonWriter | CsvWriter


def record_writer(fmt: Format | str, out: IO[str], columns: Sequence[str] = CSV_COLUMNS, indent: int | None = None) -> RecordWriter:
    """The writer of plain records (``json``, ``jsonl`` or ``csv`` with ``columns``)."""
    if fmt == Format.json:
        return JsonWriter(out, indent)
    if fmt == Format.csv:
        return CsvWriter(out, columns)
    return JsonLinesWriter(out)


def make_writer(fmt: Format | str, out: IO[str], console: Console, note: Callable[[str], None] | None = None) -> Writer:
    """The writer of quotes in format ``fmt``; ``note`` hears of a document without quotes in a table."""
    if fmt == Format.table:
        return TableWriter(console, note)
    return record_writer(fmt, out)
