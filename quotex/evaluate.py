"""Scoring quotex against annotated news: PolNeAR, German WikiNews, news-dev.

Gold files are read by :mod:`quotex.gold`.  Units and matching follow the
measure used for acceptance (``../shared/eval/README.md``):

- *direct units* are runs of quotation-marked words („…“, »…«, "…", “…”)
  inside a gold content;
- *indirect units* are gold contents with no quotation-marked word that are
  reported speech: when the annotation carries a ``medium`` (German
  WikiNews), those of type ``indirect`` or ``reported`` with medium
  ``Speech``, ``Writing`` or ``SW``; otherwise (PolNeAR, news-dev) those whose
  cue is a speech verb of :data:`SCORED_SPEECH_LEMMAS` or "according to";
- a prediction *finds* a unit when it holds at least half of the unit's word
  tokens, and is *precise* when at least half of its own tokens lie inside
  some gold content;
- *attributed* additionally needs the predicted speaker mention to overlap
  the gold source span.

Direct and partial predictions are scored against direct units, indirect
predictions against indirect units.  Besides, every gold quote counts for the
recall of its annotated ``type`` (found by a prediction of any type), and
when the gold names its speakers (news-dev) :mod:`quotex.speakereval` scores
the speakers of the quotes found.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Final

from quotex.engine import extract
from quotex.gold import GoldArticle, GoldFormatError, GoldQuote, read_gold, read_gold_file
from quotex.lang.en.forms import forms
from quotex.model import Quote
from quotex.quotes import find_quoted
from quotex.speakereval import Content, SpeakerCounts, score_speakers
from quotex.text import TOKEN, paragraphs

__all__ = ["GoldFormatError", "Report", "evaluate", "read_gold", "read_gold_file", "score_document"]

Extractor = Callable[[str], list[Quote]]


@dataclass
class Unit:
    kind: str  # "direct" | "indirect"
    tokens: frozenset[int]
    sources: tuple[tuple[int, int], ...]
    start: int
    end: int


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Counts:
    units: int = 0
    found: int = 0
    attributed: int = 0
    predictions: int = 0
    precise: int = 0
    precise_attributed: int = 0

    def figures(self) -> dict[str, float | int]:
        p, r = _ratio(self.precise, self.predictions), _ratio(self.found, self.units)
        ap, ar = _ratio(self.precise_attributed, self.predictions), _ratio(self.attributed, self.units)
        return {
            "units": self.units,
            "predictions": self.predictions,
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(_f1(p, r), 4),
            "attributed_precision": round(ap, 4),
            "attributed_recall": round(ar, 4),
            "attributed_f1": round(_f1(ap, ar), 4),
        }


@dataclass
class TypeCounts:
    """Gold quotes of one annotated type: how many a prediction of any type found, and attributed."""

    quotes: int = 0
    found: int = 0
    attributed: int = 0

    def figures(self) -> dict[str, float | int]:
        return {
            "quotes": self.quotes,
            "found": self.found,
            "recall": round(_ratio(self.found, self.quotes), 4),
            "attributed": self.attributed,
            "attributed_recall": round(_ratio(self.attributed, self.quotes), 4),
        }


@dataclass
class ErrorCase:
    doc: str
    kind: str  # "missed" | "spurious" | "misattributed" | "speaker"
    type: str
    text: str
    context: str
    detail: str

    def to_dict(self) -> dict[str, str]:
        return {"doc": self.doc, "error": self.kind, "type": self.type, "text": self.text, "context": self.context, "detail": self.detail}


@dataclass
class Report:
    documents: int = 0
    counts: dict[str, Counts] = field(default_factory=lambda: {"direct": Counts(), "indirect": Counts()})
    #: recall per annotated gold type ("(none)" when the gold has no type)
    types: dict[str, TypeCounts] = field(default_factory=dict)
    #: speaker accuracy, when the gold names its speakers (news-dev)
    speakers: SpeakerCounts | None = None
    errors: list[ErrorCase] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"documents": self.documents, **{k: c.figures() for k, c in self.counts.items()}}
        order = sorted(self.types, key=lambda t: (GOLD_TYPE_ORDER.index(t) if t in GOLD_TYPE_ORDER else len(GOLD_TYPE_ORDER), t))
        data["types"] = {t: self.types[t].figures() for t in order}
        if self.speakers is not None:
            data["speakers"] = self.speakers.figures()
        return data


#: The order of gold types in reports; other types follow alphabetically.
GOLD_TYPE_ORDER: Final = ("direct", "mixed", "partial", "indirect", "reported", "indirectfreeindirect", "freeindirect", "(none)")


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
SPEECH_CUE_WORDS = forms(SCORED_SPEECH_LEMMAS) | {"according"}

#: Annotated types (German WikiNews) scored as indirect units, and the media that make them speech.
INDIRECT_GOLD_TYPES: Final = frozenset({"indirect", "reported"})
SPEECH_MEDIA: Final = frozenset({"Speech", "Writing", "SW"})


def is_speech_cue(cue: str | None) -> bool:
    """Does a gold cue ("said Thursday", "according to") mark speech?"""
    if not cue:
        return False
    return any(w.lower() in SPEECH_CUE_WORDS for w in TOKEN.findall(cue))


def is_reported_speech(g: GoldQuote) -> bool:
    """Is a gold content with no quoted word an indirect unit?  By type and medium when annotated, else by cue."""
    if g.typed:
        return g.type in INDIRECT_GOLD_TYPES and g.medium in SPEECH_MEDIA
    return is_speech_cue(g.cue)


def _token_index(text: str) -> tuple[list[int], list[int]]:
    starts, ends = [], []
    for m in TOKEN.finditer(text):
        starts.append(m.start())
        ends.append(m.end())
    return starts, ends


def _tokens_in(starts: list[int], ends: list[int], start: int, end: int) -> set[int]:
    lo = bisect.bisect_left(starts, start)
    hi = bisect.bisect_left(starts, end)
    return set(range(lo, hi))


def gold_units(article: GoldArticle) -> tuple[list[Unit], list[Content]]:
    """The scoring units of one article, and every gold content (with some word) with its tokens."""
    text = article.text
    starts, ends = _token_index(text)
    quoted: set[int] = set()
    for q in find_quoted(text, paragraphs(text)):
        if q.double:
            quoted |= _tokens_in(starts, ends, q.start, q.end)
    units: list[Unit] = []
    contents: list[Content] = []
    for g in article.quotes:
        toks: set[int] = set()
        for s, e in g.spans:
            toks |= _tokens_in(starts, ends, s, e)
        if not toks:
            continue
        ordered = sorted(toks)
        contents.append(Content(frozenset(toks), g.sources, g, starts[ordered[0]], ends[ordered[-1]]))
        inside = sorted(toks & quoted)
        if inside:
            run: list[int] = []
            for t in inside:
                if run and t != run[-1] + 1:
                    units.append(Unit("direct", frozenset(run), g.sources, starts[run[0]], ends[run[-1]]))
                    run = []
                run.append(t)
            units.append(Unit("direct", frozenset(run), g.sources, starts[run[0]], ends[run[-1]]))
        elif is_reported_speech(g):
            units.append(Unit("indirect", frozenset(toks), g.sources, starts[ordered[0]], ends[ordered[-1]]))
    return units, contents


def _overlaps(a: tuple[int, int], spans: Iterable[tuple[int, int]]) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)


def _attributed(q: Quote, sources: Iterable[tuple[int, int]]) -> bool:
    return q.speaker is not None and _overlaps((q.speaker.start, q.speaker.end), sources)


def context(text: str, start: int, end: int, width: int = 80) -> str:
    """The span in double brackets with ``width`` characters either side, on one line."""
    left = text[max(0, start - width) : start]
    right = text[end : end + width]
    return (left + "[[" + text[start:end] + "]]" + right).replace("\n", " ")


def score_document(article: GoldArticle, extractor: Extractor | None = None, report: Report | None = None) -> Report:
    """Score one article, adding to ``report``; ``extractor`` defaults to :func:`quotex.extract`."""
    report = report or Report()
    extractor = extractor or extract
    text = article.text
    doc_id = article.id
    report.documents += 1
    starts, ends = _token_index(text)
    units, contents = gold_units(article)
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
                    attributed = _attributed(q, u.sources)
                    if best is None or attributed:
                        best = (q, attributed)
                    if attributed:
                        break
            if best is None:
                report.errors.append(ErrorCase(doc_id, "missed", kind, text[u.start : u.end], context(text, u.start, u.end), ""))
                continue
            counts.found += 1
            if best[1]:
                counts.attributed += 1
            else:
                gold_src = "; ".join(text[s:e] for s, e in u.sources) or "(no source)"
                got = best[0].speaker.text if best[0].speaker else "(none)"
                detail = f"gold {gold_src!r}, got {got!r} ({best[0].rule})"
                report.errors.append(ErrorCase(doc_id, "misattributed", kind, text[u.start : u.end], context(text, u.start, u.end), detail))
        for q, toks in mine:
            counts.predictions += 1
            if not toks:
                continue
            best_content = max(contents, key=lambda c: len(c.tokens & toks), default=None)
            if best_content is not None and len(best_content.tokens & toks) * 2 >= len(toks):
                counts.precise += 1
                if _attributed(q, best_content.sources):
                    counts.precise_attributed += 1
            else:
                detail = f"{q.rule}, speaker {q.speaker.text if q.speaker else None!r}"
                report.errors.append(ErrorCase(doc_id, "spurious", kind, q.text, context(text, q.start, q.end), detail))
    _score_types(contents, predictions, pred_tokens, report)
    if any(c.gold.speaker is not None for c in contents):
        report.speakers = report.speakers or SpeakerCounts()
        for case in score_speakers(doc_id, contents, predictions, pred_tokens, report.speakers):
            report.errors.append(
                ErrorCase(doc_id, "speaker", case.type, text[case.start : case.end], context(text, case.start, case.end), case.detail)
            )
    return report


def _score_types(contents: list[Content], predictions: list[Quote], pred_tokens: list[set[int]], report: Report) -> None:
    """Recall per annotated gold type, any prediction type counting."""
    for c in contents:
        counts = report.types.setdefault(c.gold.type or "(none)", TypeCounts())
        counts.quotes += 1
        finders = [q for q, toks in zip(predictions, pred_tokens, strict=True) if len(c.tokens & toks) * 2 >= len(c.tokens)]
        if finders:
            counts.found += 1
            if any(_attributed(q, c.sources) for q in finders):
                counts.attributed += 1


def evaluate(articles: Iterable[GoldArticle], extractor: Extractor | None = None) -> Report:
    """Score every article of a gold corpus with ``extractor`` (default :func:`quotex.extract`)."""
    report = Report()
    for article in articles:
        score_document(article, extractor, report)
    return report
