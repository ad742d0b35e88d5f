"""Walking a corpus lazily: files, directories, standard input, JSON Lines.

:func:`tasks` turns the command line's inputs into a stream of small,
picklable :class:`Task` objects, one per document, in input order, without
reading any document: a text file is read by whoever runs its task (a worker
process, see :mod:`quotex.batch`), a JSON Lines record travels as its raw
line and is parsed there too.  Only the line splitting of JSON Lines files
and the reading of standard input happen in the calling process, one line or
one stream at a time, so memory stays flat whatever the corpus size.

A problem found while walking (a missing path, a directory with no matching
file) becomes a :class:`Failed` task, so it is reported in its place in the
output order.
"""

from __future__ import annotations

import fnmatch
import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO, Literal, Protocol

from quotex.htmltext import HTML_SUFFIXES
from quotex.inputs import STDIN, Document, InputError, decode, read_path

InputKind = Literal["auto", "text", "jsonl", "html"]
INPUT_KINDS: tuple[InputKind, ...] = ("auto", "text", "jsonl", "html")
#: File name endings read as JSON Lines when the input kind is ``auto``.
JSONL_SUFFIXES = (".jsonl", ".ndjson")
DEFAULT_TEXT_GLOB = "*.txt"
DEFAULT_JSONL_GLOB = "*.jsonl"
DEFAULT_HTML_GLOB = "*.htm*"


class Task(Protocol):
    """One document to read: cheap to pickle, read only by :meth:`load`."""

    @property
    def source(self) -> str: ...

    @property
    def size(self) -> int: ...

    def load(self) -> Document:
        """The decoded document; raises :class:`InputError` when it cannot be read."""
        ...


@dataclass(frozen=True)
class FileTask:
    """A text file, read by whoever runs the task; an HTML page (``html``) becomes its article text."""

    source: str
    size: int = 0
    encoding: str | None = None
    html: bool = False

    def load(self) -> Document:
        doc = read_path(self.source, self.encoding)
        return _article(doc) if self.html else doc


@dataclass(frozen=True)
class DataTask:
    """A document already read (standard input)."""

    source: str
    data: bytes
    encoding: str | None = None
    html: bool = False

    @property
    def size(self) -> int:
        return len(self.data)

    def load(self) -> Document:
        doc = decode(self.data, self.source, self.encoding)
        return _article(doc) if self.html else doc


def _article(page: Document) -> Document:
    from quotex.htmltext import article_document

    return article_document(page)


@dataclass(frozen=True)
class RecordTask:
    """One JSON Lines record, still as its raw line.

    Its source is the record's ``id_field`` (a string or a number), or
    ``PATH:LINE`` when the record has none.
    """

    path: str
    line: int
    raw: bytes
    text_field: str = "text"
    id_field: str = "id"
    encoding: str | None = None

    @property
    def source(self) -> str:
        return f"{self.path}:{self.line}"

    @property
    def size(self) -> int:
        return len(self.raw)

    def load(self) -> Document:
        where = self.source
        try:
            record = json.loads(self.raw.decode(self.encoding) if self.encoding else self.raw)
        except UnicodeDecodeError as exc:
            raise InputError(f"{where}: not valid {self.encoding or 'UTF-8'} at byte {exc.start}") from None
        except LookupError:
            raise InputError(f"unknown encoding {self.encoding!r}") from None
        except ValueError as exc:
            raise InputError(f"{where}: not valid JSON ({exc})") from None
        if not isinstance(record, dict):
            raise InputError(f"{where}: not a JSON object")
        text = record.get(self.text_field)
        if not isinstance(text, str):
            problem = "no" if text is None else "a non-string"
            raise InputError(f"{where}: {problem} {self.text_field!r} field")
        ident = record.get(self.id_field)
        source = str(ident) if isinstance(ident, (str, int)) and not isinstance(ident, bool) else where
        return Document(source, text)


@dataclass(frozen=True)
class Failed:
    """An input that failed before any document was read."""

    source: str
    message: str
    size: int = 0

    def load(self) -> Document:
        raise InputError(self.message)


def is_jsonl(path: str, kind: InputKind) -> bool:
    if kind == "auto":
        return path.lower().endswith(JSONL_SUFFIXES)
    return kind == "jsonl"


def is_html(path: str, kind: InputKind) -> bool:
    """HTML pages: ``kind="html"``, or ``*.html``/``*.htm``/``*.xhtml`` with ``auto``."""
    if kind == "auto":
        return path.lower().endswith(HTML_SUFFIXES)
    return kind == "html"


def default_glob(kind: InputKind) -> str:
    return {"jsonl": DEFAULT_JSONL_GLOB, "html": DEFAULT_HTML_GLOB}.get(kind, DEFAULT_TEXT_GLOB)


def tasks(
    paths: list[str],
    *,
    kind: InputKind = "auto",
    glob: str | None = None,
    encoding: str | None = None,
    text_field: str = "text",
    id_field: str = "id",
) -> Iterator[Task]:
    """One task per document of ``paths``, in order, lazily.

    A directory is walked recursively in sorted order, keeping the files whose
    name matches ``glob`` (or, when the pattern holds a ``/``, whose path
    relative to the directory does); names starting with a dot are skipped.
    ``-`` is standard input: one text document, or JSON Lines records with
    ``kind="jsonl"``.
    """
    pattern = glob or default_glob(kind)

    def records(stream: BinaryIO, path: str) -> Iterator[Task]:
        for number, raw in enumerate(stream, 1):
            if raw.strip():
                yield RecordTask(path, number, raw, text_field, id_field, encoding)

    def file_tasks(path: str, size: int) -> Iterator[Task]:
        if not is_jsonl(path, kind):
            yield FileTask(path, size, encoding, html=is_html(path, kind))
            return
        try:
            stream = open(path, "rb")  # noqa: SIM115 - closed below, kept open while the generator is consumed
        except OSError:
            # read_path gives the same one-line messages as for a text file.
            try:
                read_path(path)
            except InputError as exc:
                yield Failed(path, str(exc))
            else:  # pragma: no cover - raced with the file appearing
                yield Failed(path, f"{path}: cannot be opened")
            return
        with stream:
            yield from records(stream, path)

    for path in paths:
        if path == STDIN:
            if kind == "jsonl":
                yield from records(sys.stdin.buffer, STDIN)
            else:
                yield DataTask(STDIN, sys.stdin.buffer.read(), encoding, html=kind == "html")
        elif os.path.isdir(path):
            found = False
            for item in walk(path, pattern):
                if isinstance(item, Failed):
                    yield item
                    continue
                found = True
                yield from file_tasks(*item)
            if not found:
                yield Failed(path, f"{path}: no file matches {pattern!r}")
        else:
            yield from file_tasks(path, _size(path))


def walk(top: str, pattern: str) -> Iterator[tuple[str, int] | Failed]:
    """Files under ``top`` matching ``pattern``, sorted, with their sizes; dot-names skipped.

    A subdirectory that cannot be listed comes out as a :class:`Failed` item.
    """
    by_path = "/" in pattern
    errors: list[OSError] = []
    for root, dirs, files in os.walk(top, onerror=errors.append):
        while errors:
            exc = errors.pop(0)
            where = exc.filename or root
            yield Failed(where, f"{where}: {exc.strerror or exc}")
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = os.path.join(root, name)
            target = os.path.relpath(path, top).replace(os.sep, "/") if by_path else name
            if fnmatch.fnmatch(target, pattern):
                yield path, _size(path)
    for exc in errors:
        where = exc.filename or top
        yield Failed(where, f"{where}: {exc.strerror or exc}")


def total_size(paths: list[str]) -> int | None:
    """Bytes to read (for a progress bar), or None when an input is standard input or a directory."""
    total = 0
    for path in paths:
        if path == STDIN or os.path.isdir(path):
            return None
        total += _size(path)  # 0 for a missing file: it is an error line, not work
    return total


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0
