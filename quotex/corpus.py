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
import io
import os
import stat
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum
from typing import BinaryIO, Protocol

from quotex.htmltext import HTML_SUFFIXES
from quotex.inputs import (
    BOMS,
    STDIN,
    Article,
    InputError,
    MissingField,
    decode,
    display_name,
    max_bytes,
    parse_json,
    read_bytes,
    read_path,
    too_long,
)


class InputKind(str, Enum):
    """How to read an input (``--input``): ``auto`` goes by the file name."""

    auto = "auto"
    text = "text"
    jsonl = "jsonl"
    html = "html"


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

    def load(self) -> Article:
        """The decoded document; raises :class:`InputError` when it cannot be read."""
        ...


@dataclass(frozen=True)
class FileTask:
    """A text file, read by whoever runs the task; an HTML page (``html``) becomes its article text."""

    path: str
    size: int = 0
    encoding: str | None = None
    html: bool = False
    max_chars: int = 0

    @property
    def source(self) -> str:
        return display_name(self.path)

    def load(self) -> Article:
        doc = read_path(self.path, self.encoding, self.max_chars)
        return _article(doc, self.max_chars) if self.html else doc


@dataclass(frozen=True)
class DataTask:
    """A document already read (standard input)."""

    source: str
    data: bytes
    encoding: str | None = None
    html: bool = False
    max_chars: int = 0

    @property
    def size(self) -> int:
        return len(self.data)

    def load(self) -> Article:
        doc = decode(self.data, self.source, self.encoding)
        return _article(doc, self.max_chars) if self.html else doc


def _article(page: Article, max_chars: int) -> Article:
    from quotex.htmltext import article_document

    if max_chars and len(page.text) > max_chars:  # the HTML itself is bounded too: parsing it costs more than extraction
        raise too_long(page.source, max_chars)
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
        return f"{display_name(self.path)}:{self.line}"

    @property
    def size(self) -> int:
        return len(self.raw)

    def load(self) -> Article:
        where = self.source
        try:
            record = parse_json(self.raw, self.encoding or "utf-8")
        except InputError as exc:
            raise InputError(f"{where}: {exc}") from None
        if not isinstance(record, dict):
            raise InputError(f"{where}: not a JSON object")
        text = record.get(self.text_field)
        if text is None:
            have = ", ".join(repr(k) for k in list(record)[:10]) or "none"
            raise MissingField(f"{where}: no {self.text_field!r} field (--text-field; the record has {have})")
        if not isinstance(text, str):
            raise InputError(f"{where}: a non-string {self.text_field!r} field")
        ident = record.get(self.id_field)
        source = str(ident) if isinstance(ident, (str, int)) and not isinstance(ident, bool) else where
        return Article(source, text)


@dataclass(frozen=True)
class Failed:
    """An input that failed before any document was read."""

    source: str
    message: str
    size: int = 0

    def load(self) -> Article:
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
    kind: InputKind = InputKind.auto,
    glob: str | None = None,
    encoding: str | None = None,
    text_field: str = "text",
    id_field: str = "id",
    max_chars: int = 0,
) -> Iterator[Task]:
    """One task per document of ``paths``, in order, lazily.

    A directory is walked recursively in sorted order, keeping the files whose
    name matches ``glob`` (or, when the pattern holds a ``/``, whose path
    relative to the directory does); names starting with a dot are skipped.
    ``-`` is standard input: one text document, or JSON Lines records with
    ``kind="jsonl"``.  ``max_chars`` (0: none) bounds what is read of each
    document, a JSON Lines line included.
    """
    pattern = glob or default_glob(kind)

    def records(stream: BinaryIO, path: str) -> Iterator[Task]:
        for number, raw, recoded in _lines(stream, path, max_bytes(max_chars)):
            if isinstance(raw, InputError):
                yield Failed(f"{display_name(path)}:{number}", str(raw))
            elif raw.strip():
                yield RecordTask(path, number, raw, text_field, id_field, None if recoded else encoding)

    def file_tasks(path: str, size: int) -> Iterator[Task]:
        if not is_jsonl(path, kind):
            yield FileTask(path, size, encoding, html=is_html(path, kind), max_chars=max_chars)
            return
        try:
            stream = open(path, "rb")  # noqa: SIM115 - closed below, kept open while the generator is consumed
        except OSError:
            # read_path gives the same one-line messages as for a text file.
            try:
                read_path(path)
            except InputError as exc:
                yield Failed(display_name(path), str(exc))
            else:  # pragma: no cover - raced with the file appearing
                yield Failed(display_name(path), f"{display_name(path)}: cannot be opened")
            return
        with stream:
            yield from records(stream, path)

    for path in paths:
        if path == STDIN:
            if kind == InputKind.jsonl:
                yield from records(sys.stdin.buffer, STDIN)
            else:
                try:
                    data = read_bytes(sys.stdin.buffer, STDIN, max_chars, encoding)
                except InputError as exc:
                    yield Failed(STDIN, str(exc))
                    continue
                yield DataTask(STDIN, data, encoding, html=kind == InputKind.html, max_chars=max_chars)
        elif os.path.isdir(path):
            found = False
            for item in walk(path, pattern):
                if isinstance(item, Failed):
                    yield item
                    continue
                found = True
                yield from file_tasks(*item)
            if not found:
                yield Failed(display_name(path), f"{display_name(path)}: no file matches {pattern!r}")
        else:
            yield from file_tasks(path, _size(path))


def _lines(stream: BinaryIO, path: str, limit: int) -> Iterator[tuple[int, bytes | InputError, bool]]:
    """The numbered lines of a JSON Lines stream, each at most ``limit`` bytes (0: any).

    A longer line is an error for that line (and is skipped without being held
    in memory).  A UTF-16 or UTF-32 stream (by its byte-order mark) is read as
    text and its lines re-encoded as UTF-8, since its line ends are not one
    ``\\n`` byte; the third item says so.
    """
    head = stream.peek(4)[:4] if hasattr(stream, "peek") else b""
    wide = next((name for bom, name in BOMS if head.startswith(bom) and name != "utf-8-sig"), None)
    if wide is not None:
        text = io.TextIOWrapper(stream, encoding=wide, errors="replace", newline="")
        for number, decoded in enumerate(text, 1):
            data = decoded.encode("utf-8", "surrogatepass")
            yield number, data if not limit or len(data) <= limit else too_long(f"{display_name(path)}:{number}", limit // 4), True
        text.detach()
        return
    number = 0
    while True:
        line = stream.readline(limit + 1) if limit else stream.readline()
        if not line:
            return
        number += 1
        if limit and len(line) > limit and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # the rest of the line, a piece at a time
                line = stream.readline(1 << 16)
            yield number, too_long(f"{display_name(path)}:{number}", limit // 4), False
            continue
        yield number, line, False


def walk(top: str, pattern: str) -> Iterator[tuple[str, int] | Failed]:
    """Files under ``top`` matching ``pattern``, sorted, with their sizes; dot-names skipped.

    Symbolic links to directories are followed, each directory read once (a
    link loop is not followed again).  A subdirectory that cannot be listed, and
    a matching name that is not a regular file (a FIFO, a socket, a device),
    come out as :class:`Failed` items: reading them could block forever.
    """
    by_path = "/" in pattern
    errors: list[OSError] = []
    seen: set[tuple[int, int]] = set()
    for root, dirs, files in os.walk(top, onerror=errors.append, followlinks=True):
        while errors:
            exc = errors.pop(0)
            where = display_name(exc.filename or root)
            yield Failed(where, f"{where}: {exc.strerror or exc}")
        try:
            info = os.stat(root)
        except OSError:
            continue
        if (info.st_dev, info.st_ino) in seen:
            dirs[:] = []  # a link back to a directory already read
            continue
        seen.add((info.st_dev, info.st_ino))
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = os.path.join(root, name)
            target = os.path.relpath(path, top).replace(os.sep, "/") if by_path else name
            if fnmatch.fnmatch(target, pattern):
                try:
                    mode = os.stat(path).st_mode
                except OSError:
                    mode = stat.S_IFREG  # a dangling link: reading it gives the error line
                if not stat.S_ISREG(mode):
                    yield Failed(display_name(path), f"{display_name(path)}: not a regular file, skipped")
                    continue
                yield path, _size(path)
    for exc in errors:
        where = display_name(exc.filename or top)
        yield Failed(where, f"{where}: {exc.strerror or exc}")


def total_size(paths: list[str], glob: str | None = None, kind: InputKind = InputKind.auto) -> int | None:
    """Bytes to read (for a progress bar), or None when an input is standard input."""
    total = 0
    for path in paths:
        if path == STDIN:
            return None
        if os.path.isdir(path):
            total += sum(item[1] for item in walk(path, glob or default_glob(kind)) if not isinstance(item, Failed))
        else:
            total += _size(path)  # 0 for a missing file: it is an error line, not work
    return total


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0
