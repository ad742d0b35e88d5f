"""Reading annotated articles (gold files) for ``quotex eval``, with the care of ``extract``.

A gold file holds one JSON object a line (PolNeAR, German WikiNews and
news-dev records, see ``../shared/eval/README.md``)::

    {"id": "...", "text": "...", "quotes": [
        {"quote_spans": [[start, end], ...], "speaker_spans": [[start, end]] | null,
         "cue": "said", "type": "direct", "medium": "Speech",
         "speaker_name": "...", "speaker_kind": "person", "speaker_role": null,
         "speaker_gender": "female", "speaker_author": null}, ...]}

Only ``text`` and ``quotes`` with their ``quote_spans`` (or ``quote_start`` and
``quote_end``) are required; every other field is optional and may be null.

The file is read line by line, each line at most :data:`MAX_LINE_BYTES`
bytes, so a file with no line ends (``/dev/zero``) cannot fill the memory.
A problem stops the reading with :class:`GoldFormatError`, whose message is
one line, ``FILE:LINE: what is wrong``:

>>> list(read_gold(['{"text": "Hi", "quotes": [{"quote_spans": [[0, 9]]}]}'], "gold.jsonl"))
Traceback (most recent call last):
...
quotex.gold.GoldFormatError: gold.jsonl:1: quotes[0].quote_spans[0]: [0, 9] is not a [start, end] pair of offsets within the text (0 to 2)
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Final

from quotex.inputs import LONE_SURROGATE, InputError, json_kind, open_error, parse_json

#: The longest line read from a gold file, in bytes: far above any annotated
#: article (the longest PolNeAR line has about 130,000).
MAX_LINE_BYTES: Final = 16 * 1024 * 1024

#: The optional string fields of a gold quote, as the README names them.
SPEAKER_FIELDS: Final = ("speaker_name", "speaker_kind", "speaker_role", "speaker_gender", "speaker_author")

Span = tuple[int, int]


class GoldFormatError(ValueError):
    """A gold file, or a line of it, that is not a usable annotated article; the message is one line."""


@dataclass(frozen=True)
class GoldSpeaker:
    """The canonical speaker of a gold quote (news-dev): ``name`` normalised as the annotators wrote it."""

    name: str | None
    kind: str | None
    role: str | None
    gender: str | None
    author: str | None


@dataclass(frozen=True)
class GoldQuote:
    """One annotated quotation.

    ``typed`` is true when the annotation carries a ``medium`` (German
    WikiNews): then its ``type`` and ``medium`` decide whether it is
    reported speech, not its cue.  ``speaker`` is set when the record
    has any ``speaker_name``, ``speaker_kind``, … field.
    """

    spans: tuple[Span, ...]
    sources: tuple[Span, ...]
    cue: str | None
    type: str | None
    medium: str | None
    typed: bool
    speaker: GoldSpeaker | None


@dataclass(frozen=True)
class GoldArticle:
    id: str
    text: str
    quotes: tuple[GoldQuote, ...]


ErrorHandler = Callable[[GoldFormatError], None]


def read_gold_file(path: str | Path, on_error: ErrorHandler | None = None) -> Iterator[GoldArticle]:
    """The articles of a gold file, lazily.

    A file that cannot be read raises :class:`GoldFormatError`; so does a bad
    line, unless ``on_error`` is given: then it is handed the error and the
    reading goes on with the next line.
    """
    name = str(path)
    try:
        mode = os.stat(path).st_mode
        if stat.S_ISDIR(mode):
            raise GoldFormatError(f"{name}: is a directory, not a gold file")
        if not (stat.S_ISREG(mode) or stat.S_ISFIFO(mode)):
            raise GoldFormatError(f"{name}: not a regular file")
        stream = open(path, "rb")  # noqa: SIM115 - closed below, kept open while the generator is consumed
    except OSError as exc:
        raise GoldFormatError(open_error(name, exc)) from None
    with stream:
        yield from read_gold(_capped_lines(stream), name, on_error)


class _TooLong:
    """A line over :data:`MAX_LINE_BYTES`, skipped to its end without keeping it."""


def _capped_lines(stream: BinaryIO) -> Iterator[bytes | _TooLong]:
    while True:
        line = stream.readline(MAX_LINE_BYTES + 1)
        if not line:
            return
        if len(line) <= MAX_LINE_BYTES:
            yield line
            continue
        while line and not line.endswith(b"\n"):
            line = stream.readline(MAX_LINE_BYTES)
        yield _TooLong()


def read_gold(
    lines: Iterable[str | bytes | _TooLong], source: str = "<gold>", on_error: ErrorHandler | None = None
) -> Iterator[GoldArticle]:
    """Articles from JSON Lines (blank lines skipped); a bad line raises :class:`GoldFormatError` or goes to ``on_error``."""
    iterator = iter(lines)
    number = 0
    while True:
        try:
            line = next(iterator)
        except StopIteration:
            return
        except OSError as exc:  # a read error, on a disk or a pipe
            raise GoldFormatError(f"{source}:{number + 1}: {exc.strerror or exc}") from None
        number += 1
        try:
            if isinstance(line, _TooLong):
                raise GoldFormatError(f"line longer than {MAX_LINE_BYTES:,} bytes; one article a line is expected")
            if not line.strip():
                continue
            article = parse_article(line, number)
        except GoldFormatError as exc:
            located = GoldFormatError(f"{source}:{number}: {exc}")
            if on_error is None:
                raise located from None
            on_error(located)
            continue
        yield article


def parse_article(line: str | bytes, number: int = 1) -> GoldArticle:
    """One line of a gold file; :class:`GoldFormatError` says what is wrong (without the place)."""
    try:
        record = parse_json(line)
    except InputError as exc:
        raise GoldFormatError(str(exc)) from None
    if not isinstance(record, dict):
        raise GoldFormatError(f"expected an object with 'text' and 'quotes', got {json_kind(record)}")
    for key, expected in (("text", "a string"), ("quotes", "a list of annotated quotes")):
        if key not in record:
            raise GoldFormatError(f"no {key!r} field ({expected})")
    text, quotes = record["text"], record["quotes"]
    if not isinstance(text, str):
        raise GoldFormatError(f"'text' must be a string, got {json_kind(text)}")
    text = LONE_SURROGATE.sub("\ufffd", text)  # "\ud800" in JSON, which no output can encode; one for one, offsets hold
    if not isinstance(quotes, list):
        raise GoldFormatError(f"'quotes' must be a list, got {json_kind(quotes)}")
    ident = record.get("id")
    doc_id = str(ident) if isinstance(ident, (str, int)) and not isinstance(ident, bool) else f"line {number}"
    return GoldArticle(doc_id, text, tuple(_quote(q, f"quotes[{i}]", len(text)) for i, q in enumerate(quotes)))


def _quote(q: Any, where: str, length: int) -> GoldQuote:
    if not isinstance(q, dict):
        raise GoldFormatError(f"{where}: expected an object, got {json_kind(q)}")
    if "quote_spans" in q:
        spans = _spans(q["quote_spans"], f"{where}.quote_spans", length)
    elif "quote_start" in q and "quote_end" in q:
        spans = (_span([q["quote_start"], q["quote_end"]], f"{where}.quote_start/quote_end", length),)
    else:
        raise GoldFormatError(f"{where}: no 'quote_spans' (a list of [start, end] offsets)")
    sources = _spans(q.get("speaker_spans"), f"{where}.speaker_spans", length)
    strings = {key: _string(q, key, where) for key in ("cue", "type", "medium", *SPEAKER_FIELDS)}
    speaker = None
    if any(key in q for key in SPEAKER_FIELDS):
        speaker = GoldSpeaker(*(strings[key] for key in SPEAKER_FIELDS))
    return GoldQuote(spans, sources, strings["cue"], strings["type"], strings["medium"], "medium" in q, speaker)


def _spans(value: Any, where: str, length: int) -> tuple[Span, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise GoldFormatError(f"{where}: expected a list of [start, end] offsets, got {json_kind(value)}")
    return tuple(_span(v, f"{where}[{i}]", length) for i, v in enumerate(value))


def _span(value: Any, where: str, length: int) -> Span:
    if (
        isinstance(value, list)
        and len(value) == 2
        and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
        and 0 <= value[0] <= value[1] <= length
    ):
        return value[0], value[1]
    shown = json.dumps(value)[:60] if _shallow(value) else json_kind(value)
    raise GoldFormatError(f"{where}: {shown} is not a [start, end] pair of offsets within the text (0 to {length})")


def _string(q: dict[str, Any], key: str, where: str) -> str | None:
    value = q.get(key)
    if value is None or isinstance(value, str):
        return value
    raise GoldFormatError(f"{where}.{key}: must be a string or null, got {json_kind(value)}")


def _shallow(value: Any) -> bool:
    return isinstance(value, list) and len(value) <= 4 and all(not isinstance(v, (list, dict)) for v in value)
