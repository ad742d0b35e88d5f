"""Reading documents: paths and standard input, decoded with care.

Offsets in quotex output count code points of the *decoded* text: a UTF-8
byte-order mark is dropped before counting, and line ends are kept as they
are (a CRLF counts as two code points), so ``text[start:end]`` holds for the
text as Python reads it with ``open(path, encoding="utf-8-sig", newline="")``.

The rules, in order: a file that is not a regular file or a pipe (``/dev/zero``)
is refused; a UTF-16 or UTF-32 byte-order mark names the encoding (read as
``open(path, encoding="utf-16", newline="")``); ``--encoding`` names it
otherwise (``utf-8`` drops a BOM too), and bytes invalid in it are an error;
without either, invalid UTF-8 is replaced with U+FFFD and one warning; a
document with a NUL character in its first :data:`SNIFF_BYTES` is binary and
skipped.  Text that arrives already decoded (a JSON Lines record) has lone
surrogates replaced with U+FFFD, one for one, so offsets do not move.
"""

from __future__ import annotations

import codecs
import os
import stat
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import regex

STDIN = "-"
#: Bytes looked at to decide whether a file is binary.
SNIFF_BYTES = 8192
#: Byte-order marks that name an encoding (UTF-32 before UTF-16: FF FE 00 00 starts with FF FE).
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
LONE_SURROGATE = regex.compile(r"[\ud800-\udfff]")


class InputError(Exception):
    """An input that cannot be read; the message is one line for stderr."""


@dataclass(frozen=True)
class Document:
    source: str
    text: str
    warning: str | None = None


def _binary(source: str) -> InputError:
    return InputError(f"{source}: looks like a binary file (NUL bytes), skipped")


def decode(data: bytes, source: str, encoding: str | None = None) -> Document:
    """Bytes to text: BOM dropped, binary refused, bad UTF-8 replaced with a warning."""
    if encoding is None:
        encoding = next((name for bom, name in BOMS if data.startswith(bom) and name != "utf-8-sig"), None)
    if encoding is not None:
        try:
            if codecs.lookup(encoding).name == "utf-8":
                encoding = "utf-8-sig"  # a BOM is dropped whoever names the encoding
            text = data.decode(encoding)
        except LookupError:
            raise InputError(f"unknown encoding {encoding!r}") from None
        except UnicodeDecodeError as exc:
            raise InputError(f"{source}: not valid {exc.encoding} at byte {_byte(data, exc)}") from None
        if "\x00" in text[:SNIFF_BYTES]:
            raise _binary(source)
        return Document(source, text)
    if b"\x00" in data[:SNIFF_BYTES]:
        raise _binary(source)
    try:
        return Document(source, data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        text = data.decode("utf-8-sig", errors="replace")
        return Document(source, text, f"{source}: invalid UTF-8 at byte {_byte(data, exc)}, replaced with U+FFFD (use --encoding)")


def _byte(data: bytes, exc: UnicodeDecodeError) -> int:
    """The offset of the bad byte in the file (the utf-8-sig codec counts after its BOM)."""
    return exc.start + len(data) - len(exc.object)


def clean_text(doc: Document) -> Document:
    """Replace lone surrogates (from JSON ``"\\ud800"``), which no output can encode, one for one."""
    where = LONE_SURROGATE.search(doc.text)
    if where is None:
        return doc
    text = LONE_SURROGATE.sub("\ufffd", doc.text)
    warning = f"{doc.source}: lone surrogate at character {where.start()}, replaced with U+FFFD"
    return Document(doc.source, text, doc.warning or warning)


def read_stream(stream: BinaryIO, source: str = STDIN, encoding: str | None = None) -> Document:
    return decode(stream.read(), source, encoding)


def read_path(path: str, encoding: str | None = None) -> Document:
    """One document from a path, or from standard input for ``-``."""
    if path == STDIN:
        return read_stream(sys.stdin.buffer, STDIN, encoding)
    p = Path(path)
    try:
        mode = os.stat(p).st_mode
        if not (stat.S_ISREG(mode) or stat.S_ISFIFO(mode) or stat.S_ISDIR(mode)):
            raise InputError(f"{path}: not a regular file, skipped")
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
