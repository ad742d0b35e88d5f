"""``quotex report``: one self-contained web page of who is quoted in a corpus.

The data comes first: :func:`build` reads each document's quotes once, as a
stream, and gathers a :class:`ReportData` — the summary, the speakers (counted
by :func:`quotex.tally.tally`, so they equal ``quotex speakers``), the source
mix by kind and by gender, the quotes per document and the first articles cut
into :class:`Span` pieces.  :func:`render` then fills the Jinja2 template
``quotex/templates/report.html.j2`` with autoescaping on: article text, names
and quotes are untrusted, and a quote holding ``<script>`` shows as text.  The
page needs no network: its style and its one script are inline, and its
Content-Security-Policy allows that script (by hash) and nothing else.

>>> from quotex import extract
>>> text = "“It is over,” said Jane Doe.\\n\\nDoe said the talks would resume.\\n\\n“Never,” said Bob Roe."
>>> data = build([Doc("a.txt", extract(text), text)])
>>> data.quotes, data.by_type, [(s.name, s.direct, s.indirect) for s in data.speakers]
(3, {'direct': 2, 'partial': 0, 'indirect': 1}, [('Jane Doe', 1, 1), ('Bob Roe', 1, 0)])
>>> page = render(build([Doc("b.txt", extract("“<script>alert(1)</script>,” said Jo Ray."), None)]))
>>> "<script>alert(1)" in page, "&lt;script&gt;alert(1)" in page
(False, True)

``jinja2`` is imported by :func:`render` only, so other commands do not pay for it.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quotex.model import QUOTE_TYPES, SPEAKER_KINDS, Cue, Quote, Speaker
from quotex.tally import SpeakerCount, tally
from quotex.text import printable

if TYPE_CHECKING:
    from quotex.corpus import Task
    from quotex.pipeline import Pipeline, Result

#: Articles rendered in full unless told otherwise (``--articles``).
DEFAULT_ARTICLES = 20
#: Speakers in the bar chart unless told otherwise (``--top``).
DEFAULT_TOP = 30
#: Highlight colours in the template's style sheet (``.c0`` … ``.c9``).
PALETTE_SIZE = 10
#: The gender shown for a speaker the extraction gives none.
UNKNOWN = "unknown"
#: Speaker kinds whose gender is counted: single sources who can have one ("a spokeswoman").
PEOPLE_KINDS = ("person", "anonymous")
#: Pages larger than this open slowly (the 1,000-article benchmark's target is 5 MB): the command says so.
LARGE_PAGE = 5_000_000
#: Upper bounds of the quotes-per-document histogram's bins (the last bin is open).
HISTOGRAM_BINS = (0, 1, 3, 7, 15, 31)

Keep = Callable[[list[Quote]], list[Quote]]
OnError = Callable[[str], None]


def speaker_gender(speaker: Speaker | None) -> str | None:
    """The speaker's gender where the extraction found evidence for it in the text, else ``None``.

    :attr:`~quotex.model.Speaker.gender` is set only from evidence (a pronoun
    resolved to the speaker, a courtesy title, a gendered role noun); records
    saved before it existed read as unknown.  A gender is never guessed from a
    name here.

    >>> speaker_gender(Speaker("Jane Doe", "Doe", 0, 3, None, "person")) is None
    True
    """
    value = getattr(speaker, "gender", None)
    return value if isinstance(value, str) and value else None


def speaker_key(name: str) -> str:
    """The key the search box matches: the resolved name in lower case."""
    return name.lower()


@dataclass(frozen=True)
class Doc:
    """One document's quotes, and its text where the page may show it (``None``: quotes only)."""

    source: str
    quotes: list[Quote]
    text: str | None = None


# ---------------------------------------------------------------- the data


@dataclass(frozen=True)
class QuoteInfo:
    """What the page says about one quote: on hover or focus, and in the label after it."""

    speaker: str
    key: str
    role: str | None
    kind: str | None
    gender: str | None
    type: str
    cue: str | None
    rule: str
    colour: int


@dataclass(frozen=True)
class Span:
    """A piece of an article: plain ``text``; a speaker ``mention``; or a ``quote`` made of ``inner`` pieces."""

    text: str = ""
    mention: QuoteInfo | None = None
    quote: QuoteInfo | None = None
    inner: tuple[Span, ...] = ()


@dataclass(frozen=True)
class LegendEntry:
    speaker: str
    colour: int
    quotes: int


@dataclass(frozen=True)
class Article:
    """A document as the page shows it: its text with the quotes marked, or (``text_shown`` false) its quotes in a list."""

    source: str
    anchor: str
    quotes: int
    keys: tuple[str, ...]
    legend: tuple[LegendEntry, ...]
    text_shown: bool
    blocks: tuple[tuple[Span, ...], ...]


@dataclass(frozen=True)
class DocumentRow:
    source: str
    direct: int
    partial: int
    indirect: int
    speakers: int
    keys: tuple[str, ...]
    anchor: str | None

    @property
    def quotes(self) -> int:
        return self.direct + self.partial + self.indirect


@dataclass(frozen=True)
class MixRow:
    """One line of the source mix: a kind or a gender, with its speakers and their quotes."""

    label: str
    speakers: int
    quotes: int


@dataclass
class ReportData:
    """Everything the page shows, computed before any HTML is written."""

    title: str
    documents: int = 0
    failed: int = 0
    quotes: int = 0
    by_type: dict[str, int] = field(default_factory=lambda: dict.fromkeys(QUOTE_TYPES, 0))
    speakers: list[SpeakerCount] = field(default_factory=list)
    genders: list[str | None] = field(default_factory=list)
    kinds: list[MixRow] = field(default_factory=list)
    gender_mix: list[MixRow] = field(default_factory=list)
    rows: list[DocumentRow] = field(default_factory=list)
    histogram: list[MixRow] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)
    #: From saved output: no article text, and documents without quotes are not in it.
    saved_output: bool = False

    @property
    def unquoted(self) -> int:
        """Quotes credited to nobody (never today: such quotations are left out)."""
        return self.quotes - sum(s.total for s in self.speakers)


def build(
    docs: Iterable[Doc],
    *,
    articles: int = DEFAULT_ARTICLES,
    title: str = "Who is quoted",
    failed: Callable[[], int] = lambda: 0,
    saved_output: bool = False,
) -> ReportData:
    """Read ``docs`` once, as a stream, into a :class:`ReportData`; the first ``articles`` documents are cut into pieces.

    ``failed`` is asked, after the stream ends, how many inputs could not be read;
    ``saved_output``: the documents come from :func:`from_jsonl`.
    """
    data = ReportData(title=title, saved_output=saved_output)
    genders: dict[tuple[str, str], Counter[str]] = {}

    def pairs() -> Iterator[tuple[str, Quote]]:
        for doc in docs:
            data.documents += 1
            anchor = f"doc-{data.documents}" if len(data.articles) < articles else None
            if anchor is not None:
                data.articles.append(article(doc, anchor))
            data.rows.append(_row(doc, anchor))
            for q in doc.quotes:
                data.quotes += 1
                data.by_type[q.type] += 1
                if q.speaker is not None:
                    counts = genders.setdefault((q.speaker.name.casefold(), q.speaker.kind), Counter())
                    gender = speaker_gender(q.speaker)
                    if gender is not None:
                        counts[gender] += 1
                yield doc.source, q

    data.speakers = tally(pairs())
    data.failed = failed()
    data.genders = [_most_common(genders.get((s.name.casefold(), s.kind))) for s in data.speakers]
    data.kinds = _mix(data.speakers, [s.kind for s in data.speakers], SPEAKER_KINDS)
    people = [(s, g) for s, g in zip(data.speakers, data.genders, strict=True) if s.kind in PEOPLE_KINDS or g is not None]
    labels = sorted({g for _, g in people if g is not None})
    data.gender_mix = _mix([s for s, _ in people], [g or UNKNOWN for _, g in people], (*labels, UNKNOWN))
    data.histogram = histogram([r.quotes for r in data.rows])
    return data


def _most_common(counts: Counter[str] | None) -> str | None:
    return counts.most_common(1)[0][0] if counts else None


def _mix(speakers: Sequence[SpeakerCount], labels: Sequence[str], order: Sequence[str]) -> list[MixRow]:
    """Speakers and their quotes per label, in ``order``; labels nobody has are left out."""
    count: Counter[str] = Counter()
    quotes: Counter[str] = Counter()
    for s, label in zip(speakers, labels, strict=True):
        count[label] += 1
        quotes[label] += s.total
    return [MixRow(label, count[label], quotes[label]) for label in order if count[label]]


def histogram(counts: Sequence[int]) -> list[MixRow]:
    """Documents per number of quotes, in bins: ``label`` the range, ``speakers`` unused (0), ``quotes`` the documents.

    >>> [(r.label, r.quotes) for r in histogram([0, 1, 2, 5, 40])]
    [('0', 1), ('1', 1), ('2–3', 1), ('4–7', 1), ('8–15', 0), ('16–31', 0), ('32+', 1)]
    """
    bins = Counter(next((i for i, top in enumerate(HISTOGRAM_BINS) if n <= top), len(HISTOGRAM_BINS)) for n in counts)
    rows = []
    low = 0
    for i, top in enumerate(HISTOGRAM_BINS):
        rows.append(MixRow(str(top) if top == low else f"{low}–{top}", 0, bins[i]))
        low = top + 1
    rows.append(MixRow(f"{low}+", 0, bins[len(HISTOGRAM_BINS)]))
    return rows


def _row(doc: Doc, anchor: str | None) -> DocumentRow:
    types = Counter(q.type for q in doc.quotes)
    keys = tuple(dict.fromkeys(speaker_key(q.speaker.name) for q in doc.quotes if q.speaker is not None))
    return DocumentRow(doc.source, types["direct"], types["partial"], types["indirect"], len(keys), keys, anchor)


# ---------------------------------------------------------------- articles cut into pieces


def article(doc: Doc, anchor: str) -> Article:
    """``doc`` as the page shows it: each quote in its speaker's colour, the speaker mention marked.

    Quotes never overlap (the engine gives disjoint spans); should two ever
    do, the later one is listed in the legend but not highlighted.  A mention
    inside a quote is marked inside it; one crossing a quote's edge is not marked.

    >>> from quotex import extract
    >>> text = "“It is over,” said Jane Doe."
    >>> a = article(Doc("a.txt", extract(text), text), "doc-1")
    >>> [(s.text or "".join(i.text for i in s.inner), bool(s.quote), bool(s.mention)) for s in a.blocks[0]]
    [('“', False, False), ('It is over', True, False), (',” said ', False, False), ('Jane Doe', False, True), ('.', False, False)]
    """
    quotes = sorted(doc.quotes, key=lambda q: (q.start, q.end))
    colours: dict[str, int] = {}
    per_speaker: Counter[str] = Counter()
    names: dict[str, str] = {}
    for q in quotes:
        name = q.speaker.name if q.speaker is not None else "?"
        key = speaker_key(name)
        colours.setdefault(key, len(colours) % PALETTE_SIZE)
        per_speaker[key] += 1
        names.setdefault(key, name)
    infos = [_info(q, colours) for q in quotes]
    legend = tuple(LegendEntry(names[k], colours[k], per_speaker[k]) for k in colours)
    keys = tuple(k for k in colours if k != "?")
    if doc.text is None:
        blocks = tuple((Span(quote=info, inner=(Span(_shown(q.text)),)),) for q, info in zip(quotes, infos, strict=True))
        return Article(doc.source, anchor, len(quotes), keys, legend, False, blocks)
    return Article(doc.source, anchor, len(quotes), keys, legend, True, (_pieces(doc.text, quotes, infos),))


def _info(q: Quote, colours: dict[str, int]) -> QuoteInfo:
    s = q.speaker
    name = s.name if s is not None else "?"
    return QuoteInfo(
        speaker=name,
        key=speaker_key(name),
        role=s.role if s is not None else None,
        kind=s.kind if s is not None else None,
        gender=speaker_gender(s),
        type=q.type,
        cue=q.cue.text if q.cue is not None else None,
        rule=q.rule,
        colour=colours[speaker_key(name)],
    )


def _shown(text: str) -> str:
    """Text as the page may hold it: control characters as their symbols (␛), one for one."""
    return printable(text, keep="\n\t\r")


def _pieces(text: str, quotes: Sequence[Quote], infos: Sequence[QuoteInfo]) -> tuple[Span, ...]:
    """The whole text as spans: plain text, mentions, and quotes holding their own pieces."""
    marked: list[tuple[Quote, QuoteInfo]] = []
    end = 0
    for q, info in zip(quotes, infos, strict=True):
        if q.start >= end and 0 <= q.start < q.end <= len(text):
            marked.append((q, info))
            end = q.end
    mentions: dict[tuple[int, int], QuoteInfo] = {}
    for q, info in zip(quotes, infos, strict=True):
        s = q.speaker
        if s is not None and 0 <= s.start < s.end <= len(text):
            mentions.setdefault((s.start, s.end), info)
    kept: list[tuple[int, int, QuoteInfo]] = []
    for (start, stop), info in sorted(mentions.items()):
        crosses = any(q.start < stop and start < q.end and not (q.start <= start and stop <= q.end) for q, _ in marked)
        if not crosses and (not kept or start >= kept[-1][1]):
            kept.append((start, stop, info))
    out: list[Span] = []
    pos = 0
    for q, info in marked:
        out.extend(_plain(text, pos, q.start, kept))
        out.append(Span(quote=info, inner=tuple(_plain(text, q.start, q.end, kept))))
        pos = q.end
    out.extend(_plain(text, pos, len(text), kept))
    return tuple(out)


def _plain(text: str, start: int, end: int, mentions: Sequence[tuple[int, int, QuoteInfo]]) -> Iterator[Span]:
    """``text[start:end]`` as plain spans and the mentions wholly inside it."""
    pos = start
    for m_start, m_end, info in mentions:
        if m_start >= start and m_end <= end:
            if m_start > pos:
                yield Span(_shown(text[pos:m_start]))
            yield Span(_shown(text[m_start:m_end]), mention=info)
            pos = m_end
    if pos < end:
        yield Span(_shown(text[pos:end]))


# ---------------------------------------------------------------- where documents come from


def from_results(results: Iterable[Result], articles: int) -> Iterator[Doc]:
    """Documents from the pipeline's results, their errors already told: the first ``articles`` with
    their text, to be shown (the pipeline keeps it: ``Pipeline(keep_text=True)``)."""
    for index, result in enumerate(results):
        yield Doc(result.source, result.quotes, result.text if index < articles else None)


def from_tasks(
    tasks: Iterable[Task],
    *,
    jobs: int | None,
    articles: int,
    on_error: OnError,
    pipeline: Pipeline | None = None,
    counts: dict[str, int] | None = None,
) -> Iterator[Doc]:
    """Documents read and extracted by ``pipeline`` (:func:`quotex.batch.run`), the first ``articles`` with their text.

    Errors and warnings go to ``on_error``; ``counts["inputs"]`` and ``counts["failed"]`` are kept up to date.
    """
    from dataclasses import replace

    from quotex import batch
    from quotex.pipeline import Pipeline

    counts = counts if counts is not None else {}
    counts.setdefault("inputs", 0)
    counts.setdefault("failed", 0)
    shown = replace(pipeline or Pipeline(), keep_text=articles > 0)

    def read() -> Iterator[Result]:
        for result in batch.run(tasks, jobs, pipeline=shown):
            counts["inputs"] += 1
            if result.error is not None:
                on_error(result.error)
                counts["failed"] += 1
                continue
            if result.warning:
                on_error(result.warning)
            yield result

    return from_results(read(), articles)


class QuoteRecordError(ValueError):
    """A line of saved output that is not a quote record."""


def quote_from_record(record: Any) -> tuple[str, Quote]:
    """A record of ``quotex extract --format jsonl`` back as ``(source, Quote)``.

    >>> from quotex import extract
    >>> q = extract("“It is over,” said Jane Doe.")[0]
    >>> quote_from_record(q.to_dict("a.txt")) == ("a.txt", q)
    True
    """
    if not isinstance(record, dict):
        raise QuoteRecordError("not a JSON object")
    try:
        s, c = record["speaker"], record["cue"]
        speaker = (
            None
            if s is None
            else Speaker(s["name"], s["text"], s["start"], s["end"], s["role"], s["kind"], s.get("gender"), s.get("id"), s.get("author"))
        )
        cue = None if c is None else Cue(c["text"], c["start"], c["end"])
        quote = Quote(record["text"], record["start"], record["end"], record["type"], speaker, cue, record["paragraph"], record["rule"])
        source = record.get("source", "-")
    except KeyError as exc:
        raise QuoteRecordError(f"not a quote record (no {exc.args[0]!r})") from None
    except TypeError:
        raise QuoteRecordError("not a quote record (speaker or cue is not an object)") from None
    if quote.type not in QUOTE_TYPES or (speaker is not None and speaker.kind not in SPEAKER_KINDS):
        raise QuoteRecordError(f"not a quote record (type {quote.type!r})")
    if not isinstance(source, str) or not isinstance(quote.text, str) or (speaker is not None and not isinstance(speaker.name, str)):
        raise QuoteRecordError("not a quote record (source, text and speaker name must be strings)")
    return source, quote


def from_jsonl(path: str, *, keep: Keep, on_error: OnError, counts: dict[str, int] | None = None) -> Iterator[Doc]:
    """Documents from saved ``extract --format jsonl`` output: consecutive records of one source make one document.

    The saved output holds no article text, so the page lists each document's
    quotes instead, and documents without quotes are not in it.  A line that is
    not a quote record is one error; the others are read.
    """
    import sys

    counts = counts if counts is not None else {}
    counts.setdefault("inputs", 0)
    counts.setdefault("failed", 0)
    stream = sys.stdin if path == "-" else open(path, encoding="utf-8", errors="replace")  # noqa: SIM115
    try:
        source: str | None = None
        quotes: list[Quote] = []
        for number, line in enumerate(stream, 1):
            if not line.strip():
                continue
            counts["records"] = counts.get("records", 0) + 1
            if counts["records"] == 1 and line.lstrip().startswith("["):
                on_error(f"{path}: a JSON array, not JSON Lines: save the quotes with quotex extract --format jsonl")
                counts["failed"] += 1
                return
            try:
                record_source, quote = quote_from_record(json.loads(line))
            except (QuoteRecordError, json.JSONDecodeError) as exc:
                on_error(f"{path}:{number}: {exc if isinstance(exc, QuoteRecordError) else 'not valid JSON'}")
                counts["failed"] += 1
                continue
            if record_source != source:
                if source is not None:
                    counts["inputs"] += 1
                    yield Doc(source, keep(quotes))
                source, quotes = record_source, []
            quotes.append(quote)
        if source is not None:
            counts["inputs"] += 1
            yield Doc(source, keep(quotes))
    finally:
        if stream is not sys.stdin:
            stream.close()


# ---------------------------------------------------------------- the page


def _asset(name: str) -> str:
    return resources.files("quotex").joinpath("templates").joinpath(name).read_text(encoding="utf-8")


def render(data: ReportData, *, top: int = DEFAULT_TOP) -> str:
    """The page: ``data`` through the autoescaping template, the style and script inline."""
    import jinja2
    from markupsafe import Markup

    from quotex import __version__

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("quotex", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    script = _asset("report.js")
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    shown = data.speakers[:top] if top else data.speakers
    return env.get_template("report.html.j2").render(
        data=data,
        chart=list(zip(shown, data.genders, strict=False)),
        most=max((s.total for s in shown), default=0),
        most_docs=max((r.quotes for r in data.histogram), default=0),
        most_quotes=max((r.quotes for r in data.rows), default=0),
        quote_types=QUOTE_TYPES,
        style=Markup(_asset("report.css")),
        script=Markup(script),
        script_hash=f"sha256-{digest}",
        version=__version__,
        percent=_percent,
    )


def _percent(part: int, whole: int) -> str:
    """A share for widths and labels: ``'37.5'`` (no ``%``), ``'0'`` of nothing."""
    return f"{100 * part / whole:.1f}".removesuffix(".0") if whole else "0"


def write(data: ReportData, path: str, *, top: int = DEFAULT_TOP) -> int:
    """Write the page to ``path`` (``-``: standard output); returns its size in bytes.

    A lone surrogate (possible in JSON input) cannot be encoded: it is written as ``?``.
    """
    import sys

    html = render(data, top=top).encode("utf-8", errors="replace")
    if path == "-":
        sys.stdout.buffer.write(html)
        sys.stdout.flush()
    else:
        Path(path).write_bytes(html)
    return len(html)
