"""Reading documents: paths and standard input, decoded with care.

Offsets in quotex output count code points of the *decoded* text: a UTF-8
byte-order mark is dropped before counting, and line ends are kept as they
are (a CRLF counts as two code points), so ``text[start:end]`` holds for the
text as Python reads it with ``open(path, encoding="utf-8-sig", newline="")``.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

STDIN = "-"
#: Bytes looked at to decide whether a file is binary.
SNIFF_BYTES = 8192


class InputError(Exception):
    """An input that cannot be read; the message is one line for stderr."""


@dataclass(frozen=True)
class Document:
    source: str
    text: str
    warning: str | None = None


def decode(data: bytes, source: str, encoding: str | None = None) -> Document:
    """Bytes to text: BOM dropped, binary refused, bad UTF-8 replaced with a warning."""
    if b"\x00" in data[:SNIFF_BYTES]:
        raise InputError(f"{source}: looks like a binary file (NUL bytes), skipped")
    if encoding is not None:
        try:
            return Document(source, data.decode(encoding))
        except LookupError:
            raise InputError(f"unknown encoding {encoding!r}") from None
        except UnicodeDecodeError as exc:
            raise InputError(f"{source}: not valid {encoding} at byte {exc.start}") from None
    try:
        return Document(source, data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        text = data.decode("utf-8-sig", errors="replace")
        return Document(source, text, f"{source}: invalid UTF-8 at byte {exc.start}, replaced with U+FFFD (use --encoding)")


def read_stream(stream: BinaryIO, source: str = STDIN, encoding: str | None = None) -> Document:
    return decode(stream.read(), source, encoding)


def read_path(path: str, encoding: str | None = None) -> Document:
    """One document from a path, or from standard input for ``-``."""
    if path == STDIN:
        return read_stream(sys.stdin.buffer, STDIN, encoding)
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: {exc.strerror or exc}") from None
    return decode(data, path, encoding)


def documents(paths: list[str], encoding: str | None = None) -> Iterator[Document | InputError]:
    """Each input in order: a document, or the error that stopped it."""
    for path in paths:
        try:
            yield read_path(path, encoding)
        except InputError as exc:
            yield exc
