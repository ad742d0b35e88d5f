"""Scoring quotex against annotated news (the PolNeAR JSON Lines format).

A gold file holds one article a line::

    {"id": "...", "text": "...", "quotes": [
        {"quote_spans": [[start, end], ...], "speaker_spans": [[start, end]] | null,
         "cue": "said", ...}, ...]}

Units and matching follow the measure used for acceptance:

- *direct units* are runs of quotation-marked words inside a gold content;
  *indirect units* are gold contents with a speech cue and no quoted word;
- a prediction *finds* a unit when it holds at least half of the unit's word
  tokens, and is *precise* when at least half of its own tokens lie inside
  some gold content;
- *attributed* additionally needs the predicted speaker mention to overlap
  the gold source span.

Direct and partial predictions are scored against direct units, indirect
predictions against indirect units.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from quotex import cues
from quotex.engine import extract
from quotex.model import Quote
from quotex.quotes import find_quoted
from quotex.text import TOKEN, paragraphs

Extractor = Callable[[str], list[Quote]]


class GoldFormatError(ValueError):
    """A gold file line that is not a usable annotated article."""


@dataclass
class Unit:
    kind: str  # "direct" | "indirect"
    tokens: frozenset[int]
    sources: list[tuple[int, int]]
    start: int
    end: int


@dataclass
class Counts:
    units: int = 0
    found: int = 0
    attributed: int = 0
    predictions: int = 0
    precise: int = 0
    precise_attributed: int = 0

    def add(self, other: Counts) -> None:
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def figures(self) -> dict[str, float | int]:
        def ratio(a: int, b: int) -> float:
            return a / b if b else 0.0

        def f1(p: float, r: float) -> float:
            return 2 * p * r / (p + r) if p + r else 0.0

        p, r = ratio(self.precise, self.predictions), ratio(self.found, self.units)
        ap, ar = ratio(self.precise_attributed, self.predictions), ratio(self.attributed, self.units)
        return {
            "units": self.units,
            "predictions": self.predictions,
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f1(p, r), 4),
            "attributed_precision": round(ap, 4),
            "attributed_recall": round(ar, 4),
            "attributed_f1": round(f1(ap, ar), 4),
        }


@dataclass
class ErrorCase:
    doc: str
    kind: str  # "missed" | "spurious" | "misattributed"
    type: str
    text: str
    context: str
    detail: str


@dataclass
class Report:
    documents: int = 0
    counts: dict[str, Counts] = field(default_factory=lambda: {"direct": Counts(), "indirect": Counts()})
    errors: list[ErrorCase] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"documents": self.documents, **{k: c.figures() for k, c in self.counts.items()}}


#: Lemmas of the cues that make a gold content reported *speech* (PolNeAR also
#: annotates beliefs and polls that "show").  A fixed list, apart from the
#: engine's tables, so that changing the engine never changes the units.
SCORED_SPEECH_LEMMAS = tuple(
    """
    say tell add write report warn insist note explain argue claim state declare announce acknowledge
    admit suggest contend predict promise vow deny confirm assert allege testify complain concede recall
    reply respond answer ask boast caution charge conclude emphasize stress maintain observe remark
    reveal tweet counter quip joke mention disclose pledge urge agree reiterate call describe comment
    continue accuse criticize praise thank
    """.split()
)
SPEECH_CUE_WORDS = cues.forms(SCORED_SPEECH_LEMMAS) | {"according"}


def is_speech_cue(cue: str | None) -> bool:
    """Does a gold cue ("said Thursday", "according to") mark speech?"""
    if not cue:
        return False
    return any(w.lower() in SPEECH_CUE_WORDS for w in TOKEN.findall(cue))


def read_gold(lines: Iterable[str]) -> Iterator[dict[str, Any]]:
    """Annotated articles from JSON Lines; a bad line raises :class:`GoldFormatError`.

    >>> list(read_gold(['{"text": "ab", "quotes": [{"quote_spans": [[0, 5]]}]}']))
    Traceback (most recent call last):
    ...
    quotex.evaluate.GoldFormatError: line 1: quote 1: span [0, 5] is not inside the text (2 characters)
    """
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldFormatError(f"line {number}: not JSON ({exc.msg})") from None
        except RecursionError:
            raise GoldFormatError(f"line {number}: not JSON (nested too deeply)") from None
        if not isinstance(record, dict) or not isinstance(record.get("text"), str) or not isinstance(record.get("quotes"), list):
            raise GoldFormatError(f"line {number}: expected an object with 'text' and 'quotes'")
        problem = _gold_problem(record)
        if problem:
            raise GoldFormatError(f"line {number}: {problem}")
        yield record


def _gold_problem(record: dict[str, Any]) -> str | None:
    """What is wrong with an annotated article's quotes, or None."""
    size = len(record["text"])

    def bad_spans(spans: object, what: str) -> str | None:
        if not isinstance(spans, list):
            return f"{what} is not a list of [start, end] spans"
        for span in spans:
            ok = isinstance(span, list) and len(span) == 2 and all(isinstance(x, int) and not isinstance(x, bool) for x in span)
            if not ok:
                return f"{what}: {json.dumps(span)[:40]} is not a [start, end] span"
            if not 0 <= span[0] <= span[1] <= size:
                return f"{what}: span {json.dumps(span)} is not inside the text ({size} characters)"
        return None

    for index, quote in enumerate(record["quotes"], 1):
        where = f"quote {index}"
        if not isinstance(quote, dict):
            return f"{where} is not an object"
        if quote.get("quote_spans"):
            spans: object = quote["quote_spans"]
        elif "quote_start" in quote and "quote_end" in quote:
            spans = [[quote["quote_start"], quote["quote_end"]]]
        else:
            return f"{where} has no 'quote_spans'"
        problem = bad_spans(spans, where) or bad_spans(quote.get("speaker_spans") or [], f"{where} speaker_spans")
        if problem:
            return problem
        if quote.get("cue") is not None and not isinstance(quote["cue"], str):
            return f"{where}: 'cue' is not a string"
    return None


def _token_index(text: str) -> tuple[list[int], list[int]]:
    starts, ends = [], []
    for m in TOKEN.finditer(text):
        starts.append(m.start())
        ends.append(m.end())
    return starts, ends


def _tokens_in(starts: list[int], ends: list[int], start: int, end: int) -> set[int]:
    import bisect

    lo = bisect.bisect_left(starts, start)
    hi = bisect.bisect_left(starts, end)
    return {i for i in range(lo, hi) if ends[i] <= end or starts[i] < end}


def gold_units(record: dict[str, Any]) -> tuple[list[Unit], list[tuple[set[int], list[tuple[int, int]]]]]:
    """The scoring units of one article, and every gold content's tokens with its sources."""
    text = record["text"]
    starts, ends = _token_index(text)
    quoted: set[int] = set()
    for q in find_quoted(text, paragraphs(text)):
        if q.double:
            quoted |= _tokens_in(starts, ends, q.start, q.end)
    units: list[Unit] = []
    contents: list[tuple[set[int], list[tuple[int, int]]]] = []
    for g in record["quotes"]:
        spans = [tuple(s) for s in g.get("quote_spans") or [[g["quote_start"], g["quote_end"]]]]
        sources = [tuple(s) for s in g.get("speaker_spans") or []]
        toks: set[int] = set()
        for s, e in spans:
            toks |= _tokens_in(starts, ends, s, e)
        if not toks:
            continue
        contents.append((toks, sources))
        inside = sorted(toks & quoted)
        if inside:
            run: list[int] = []
            for t in inside:
                if run and t != run[-1] + 1:
                    units.append(Unit("direct", frozenset(run), sources, starts[run[0]], ends[run[-1]]))
                    run = []
                run.append(t)
            units.append(Unit("direct", frozenset(run), sources, starts[run[0]], ends[run[-1]]))
        elif is_speech_cue(g.get("cue")):
            ordered = sorted(toks)
            units.append(Unit("indirect", frozenset(toks), sources, starts[ordered[0]], ends[ordered[-1]]))
    return units, contents


def _overlaps(a: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)


def _context(text: str, start: int, end: int, width: int = 80) -> str:
    left = text[max(0, start - width) : start]
    right = text[end : end + width]
    return (left + "[[" + text[start:end] + "]]" + right).replace("\n", " ")


def score_document(record: dict[str, Any], extractor: Extractor = extract, report: Report | None = None) -> Report:
    """Score one article, adding to ``report``."""
    report = report or Report()
    text = record["text"]
    doc_id = str(record.get("id", report.documents))
    report.documents += 1
    starts, ends = _token_index(text)
    units, contents = gold_units(record)
    predictions = extractor(text)
    pred_tokens = [_tokens_in(starts, ends, q.start, q.end) for q in predictions]
    for kind in ("direct", "indirect"):
        counts = report.counts[kind]
        mine = [(q, t) for q, t in zip(predictions, pred_tokens, strict=True) if (q.type == "indirect") == (kind == "indirect")]
        kind_units = [u for u in units if u.kind == kind]
        counts.units += len(kind_units)
        for u in kind_units:
            best = None
            for q, toks in mine:
                if len(u.tokens & toks) * 2 >= len(u.tokens):
                    speaker = q.speaker
                    attributed = speaker is not None and _overlaps((speaker.start, speaker.end), u.sources)
                    if best is None or attributed:
                        best = (q, attributed)
                    if attributed:
                        break
            if best is None:
                report.errors.append(ErrorCase(doc_id, "missed", kind, text[u.start : u.end], _context(text, u.start, u.end), ""))
                continue
            counts.found += 1
            if best[1]:
                counts.attributed += 1
            else:
                gold_src = "; ".join(text[s:e] for s, e in u.sources) or "(no source)"
                got = best[0].speaker.text if best[0].speaker else "(none)"
                report.errors.append(
                    ErrorCase(
                        doc_id,
                        "misattributed",
                        kind,
                        text[u.start : u.end],
                        _context(text, u.start, u.end),
                        f"gold {gold_src!r}, got {got!r} ({best[0].rule})",
                    )
                )
        for q, toks in mine:
            counts.predictions += 1
            if not toks:
                continue
            best_content = max(contents, key=lambda c: len(c[0] & toks), default=None)
            if best_content is not None and len(best_content[0] & toks) * 2 >= len(toks):
                counts.precise += 1
                if q.speaker is not None and _overlaps((q.speaker.start, q.speaker.end), best_content[1]):
                    counts.precise_attributed += 1
            else:
                report.errors.append(
                    ErrorCase(
                        doc_id,
                        "spurious",
                        kind,
                        q.text,
                        _context(text, q.start, q.end),
                        f"{q.rule}, speaker {q.speaker.text if q.speaker else None!r}",
                    )
                )
    return report


def evaluate(records: Iterable[dict[str, Any]], extractor: Extractor = extract) -> Report:
    """Score every article of a gold corpus."""
    report = Report()
    for record in records:
        score_document(record, extractor, report)
    return report
