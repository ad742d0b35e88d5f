"""Reading documents: paths and standard input, decoded with care.

Offsets in quotex output count code points of the *decoded* text: a UTF-8
byte-order mark is dropped before counting, and line ends are kept as they
are (a CRLF counts as two code points), so ``text[start:end]`` holds for the
text as Python reads it with ``open(path, encoding="utf-8-sig", newline="")``.

The rules, in order: a file that is not a regular file or a pipe (``/dev/zero``)
is refused; reading stops, with an error, past :func:`max_bytes` bytes (four
per character of ``--max-chars``), so a pipe with no end cannot fill memory; a UTF-16 or UTF-32 byte-order mark names the encoding (read as
``open(path, encoding="utf-16", newline="")``); ``--encoding`` names it
otherwise (``utf-8`` drops a BOM too), and bytes invalid in it are an error;
without either, invalid UTF-8 is replaced with U+FFFD and one warning; a
document with a NUL character in its first :data:`SNIFF_BYTES` is binary and
skipped.  Text that arrives already decoded (a JSON Lines record) has lone
surrogates replaced with U+FFFD, one for one, so offsets do not move.
"""

from __future__ import annotations

import codecs
import json
import os
import stat
import sys
from dataclasses import dataclass
from typing import Any, BinaryIO

from quotex.lazy import on_first_use

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
LONE_SURROGATE = on_first_use(r"[\ud800-\udfff]")  # read by the command line only


class InputError(Exception):
    """An input that cannot be read; the message is one line for stderr."""


class MissingField(InputError):
    """A JSON Lines record without the text field; the message names the fields it has."""


@dataclass(frozen=True)
class Article:
    """A decoded input document: where it came from, its text, and a warning about its reading."""

    source: str
    text: str
    warning: str | None = None


def display_name(path: str) -> str:
    r"""A path as shown in output: bytes that are not UTF-8 in a file name (which Python
    keeps as lone surrogates) become ``\xNN`` escapes, so JSON, CSV and terminals
    always get valid text.

    >>> display_name("bad\udcff\udcfename.txt")
    'bad\\xff\\xfename.txt'
    """
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(path).decode("utf-8", "backslashreplace")
    return path


def max_bytes(max_chars: int) -> int:
    """The most bytes read for a document of at most ``max_chars`` characters (0: no limit):
    no encoding quotex reads spends more than four bytes on a character."""
    return 4 * max_chars


def too_long(source: str, max_chars: int) -> InputError:
    return InputError(f"{source}: over the limit of {max_chars:,} characters (--max-chars), skipped")


def _binary(source: str) -> InputError:
    return InputError(f"{source}: looks like a binary file (NUL bytes), skipped")


def decode(data: bytes, source: str, encoding: str | None = None) -> Article:
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
        return Article(source, text)
    if b"\x00" in data[:SNIFF_BYTES]:
        raise _binary(source)
    try:
        return Article(source, data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        text = data.decode("utf-8-sig", errors="replace")
        return Article(source, text, f"{source}: invalid UTF-8 at byte {_byte(data, exc)}, replaced with U+FFFD (use --encoding)")


def _byte(data: bytes, exc: UnicodeDecodeError) -> int:
    """The offset of the bad byte in the file (the utf-8-sig codec counts after its BOM)."""
    return exc.start + len(data) - len(exc.object)


def clean_text(doc: Article) -> Article:
    """Replace lone surrogates (from JSON ``"\\ud800"``), which no output can encode, one for one."""
    where = LONE_SURROGATE.search(doc.text)
    if where is None:
        return doc
    text = LONE_SURROGATE.sub("\ufffd", doc.text)
    warning = f"{doc.source}: lone surrogate at character {where.start()}, replaced with U+FFFD"
    return Article(doc.source, text, doc.warning or warning)


#: Bytes read at a time from a file, a pipe or standard input.
READ_CHUNK = 1 << 16


def read_bytes(stream: BinaryIO, source: str, max_chars: int = 0, encoding: str | None = None) -> bytes:
    """A stream's bytes, read in chunks: a binary stream (a NUL in the first
    :data:`SNIFF_BYTES`, no wide encoding) stops at once, and a stream longer
    than :func:`max_bytes` stops there, so ``/dev/zero`` or ``yes`` cannot fill memory."""
    limit = max_bytes(max_chars)
    parts: list[bytes] = []
    size = 0
    while True:
        part = stream.read(READ_CHUNK)
        if not part:
            return b"".join(parts)
        if size < SNIFF_BYTES and encoding is None and b"\x00" in part[: SNIFF_BYTES - size]:
            head = b"".join(parts) + part
            if not any(head.startswith(bom) for bom, name in BOMS if name != "utf-8-sig"):
                raise _binary(source)
        parts.append(part)
        size += len(part)
        if limit and size > limit:
            raise too_long(source, max_chars)


def read_stream(stream: BinaryIO, source: str = STDIN, encoding: str | None = None, max_chars: int = 0) -> Article:
    return decode(read_bytes(stream, source, max_chars, encoding), source, encoding)


def read_path(path: str, encoding: str | None = None, max_chars: int = 0) -> Article:
    """One document from a path, or from standard input for ``-``; ``max_chars`` bounds what is read (0: no bound)."""
    if path == STDIN:
        return read_stream(sys.stdin.buffer, STDIN, encoding, max_chars)
    name = display_name(path)
    try:
        info = os.stat(path)
        if not (stat.S_ISREG(info.st_mode) or stat.S_ISFIFO(info.st_mode) or stat.S_ISDIR(info.st_mode)):
            raise InputError(f"{name}: not a regular file, skipped")
        if stat.S_ISREG(info.st_mode) and max_chars and info.st_size > max_bytes(max_chars):
            raise InputError(f"{name}: {info.st_size:,} bytes, over the limit of {max_chars:,} characters (--max-chars), skipped")
        with open(path, "rb") as fh:
            data = read_bytes(fh, name, max_chars, encoding)
    except OSError as exc:
        raise InputError(open_error(name, exc)) from None
    return decode(data, name, encoding)


def open_error(name: str, exc: OSError) -> str:
    """The one-line message for a path that cannot be opened or read: ``x.txt: no such file``."""
    if isinstance(exc, FileNotFoundError):
        return f"{name}: no such file"
    if isinstance(exc, IsADirectoryError):
        return f"{name}: is a directory"
    if isinstance(exc, PermissionError):
        return f"{name}: permission denied"
    return f"{name}: {exc.strerror or exc}"


def parse_json(data: str | bytes, encoding: str = "utf-8") -> Any:
    """One JSON Lines record; :class:`InputError` says what is wrong, without the place.

    Bytes are decoded with ``encoding`` first (a UTF-8 record may start with a byte-order mark).
    """
    try:
        if isinstance(data, bytes):
            data = data.decode("utf-8-sig" if codecs.lookup(encoding).name == "utf-8" else encoding)
        record = json.loads(data)
    except UnicodeDecodeError as exc:
        raise InputError(f"not valid {_encoding_name(encoding)} at byte {exc.start}") from None
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}") from None
    except RecursionError:
        raise InputError("not valid JSON (nested too deeply)") from None
    except ValueError as exc:
        raise InputError(f"not valid JSON ({exc.msg if isinstance(exc, json.JSONDecodeError) else exc})") from None
    return record


def _encoding_name(encoding: str) -> str:
    return "UTF-8" if codecs.lookup(encoding).name == "utf-8" else encoding


def json_kind(value: Any) -> str:
    """What a JSON value is, for a message: ``a list``, ``a string``, ``null``."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    names = {dict: "an object", list: "a list", str: "a string", int: "a number", float: "a number"}
    return names.get(type(value), type(value).__name__)


def check_encoding(name: str) -> str:
    """The codec name for ``--encoding``, or ``ValueError`` with one line saying why not:
    unknown, not a text encoding (``base64``), or one that decodes nothing (``undefined``).

    >>> check_encoding("Latin-1")
    'iso8859-1'
    >>> check_encoding("undefined")
    Traceback (most recent call last):
    ...
    ValueError: 'undefined' cannot decode text
    """
    try:
        info = codecs.lookup(name)
    except LookupError:
        raise ValueError(f"unknown encoding {name!r}") from None
    if not getattr(info, "_is_text_encoding", True):
        raise ValueError(f"{name!r} is not a text encoding")
    try:
        codecs.getincrementaldecoder(info.name)().decode(b"a", final=False)
    except (UnicodeError, LookupError):
        raise ValueError(f"{name!r} cannot decode text") from None
    return info.name
