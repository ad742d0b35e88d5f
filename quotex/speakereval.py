"""Scoring speakers against gold that names them (news-dev): who said each quote found.

Over the gold quotes a prediction finds (one prediction of any type holds at
least half of the quote's word tokens; the one holding most is compared):

- *name*: the predicted ``speaker.name`` equals the gold ``speaker_name`` once
  both are lower-cased and stripped of punctuation, honorifics
  (:data:`HONORIFICS`) and a leading article; for anonymous, group and
  document speakers a predicted speaker mention overlapping the gold mention
  also counts;
- *kind*: equal; *role*: both null, or word-overlap F1 of at least 0.5;
- *gender*: equal, null included, over the quotes whose gold speaker has a
  gender and over all;
- *names per speaker*: distinct predicted names among the found quotes of one
  gold speaker (article and name), averaged over the speakers given a name.

A quote found with no predicted speaker has every attribute null.

>>> normal_name("Mr. Lim Wei-Jie"), normal_name("the Valley Beekeepers' Association")
('lim wei jie', 'valley beekeepers association')
>>> role_matches("Defence barrister", "barrister"), role_matches("judge", None)
(True, False)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Final

import regex

from quotex.gold import GoldQuote, GoldSpeaker
from quotex.model import Quote, Speaker

#: Titles dropped from names before they are compared (lower case, without the period).
HONORIFICS: Final = frozenset("mr mrs ms miss mx dr prof sir dame rev cllr cr".split())
#: A leading article dropped from names.
ARTICLES: Final = frozenset("a an the".split())
#: Kinds of speaker whose predicted mention may stand for the name.
MENTION_KINDS: Final = frozenset({"anonymous", "group", "document"})
#: The word-overlap F1 at which two roles agree.
ROLE_F1: Final = 0.5

NAME_WORD: Final = regex.compile(r"[\p{L}\p{N}]+")


def normal_name(name: str | None) -> str:
    """A name as compared: lower case, words only, no honorific, no leading article."""
    words = NAME_WORD.findall((name or "").lower())
    if words and words[0] in ARTICLES:
        words = words[1:]
    return " ".join(w for w in words if w not in HONORIFICS)


def role_matches(gold: str | None, predicted: str | None) -> bool:
    """Both roles null (or empty), or their words overlap with an F1 of at least :data:`ROLE_F1`."""
    a, b = Counter(NAME_WORD.findall((gold or "").lower())), Counter(NAME_WORD.findall((predicted or "").lower()))
    if not a or not b:
        return not a and not b
    common = sum((a & b).values())
    return 2 * common / (sum(a.values()) + sum(b.values())) >= ROLE_F1


def speaker_gender(speaker: Speaker | None) -> str | None:
    """The predicted speaker's gender: ``Speaker.gender`` once it exists, null until then."""
    value = getattr(speaker, "gender", None)
    return value if isinstance(value, str) else None


@dataclass(frozen=True)
class Content:
    """A gold quote with at least one word: its tokens, source spans and extent."""

    tokens: frozenset[int]
    sources: tuple[tuple[int, int], ...]
    gold: GoldQuote
    start: int
    end: int


@dataclass(frozen=True)
class SpeakerError:
    type: str
    start: int
    end: int
    detail: str


@dataclass
class SpeakerCounts:
    quotes: int = 0
    found: int = 0
    predictions: int = 0
    precise: int = 0
    name: int = 0
    kind: int = 0
    role: int = 0
    gendered: int = 0  # found quotes whose gold speaker has a gender
    gender_known: int = 0  # ... whose predicted gender is right
    gender: int = 0  # found quotes whose predicted gender is right, null included
    names: dict[tuple[str, str], set[str]] = field(default_factory=dict)

    def figures(self) -> dict[str, dict[str, float | int]]:
        """Each measure as ``count`` of ``of`` and their ``ratio`` (names per speaker: names, speakers, mean)."""
        named = [len(v) for v in self.names.values() if v]
        rows = {
            "found": (self.found, self.quotes),
            "precise": (self.precise, self.predictions),
            "name": (self.name, self.found),
            "kind": (self.kind, self.found),
            "role": (self.role, self.found),
            "gender_known": (self.gender_known, self.gendered),
            "gender": (self.gender, self.found),
            "names_per_speaker": (sum(named), len(named)),
        }
        return {k: {"count": c, "of": n, "ratio": round(c / n if n else 0.0, 4)} for k, (c, n) in rows.items()}


def _overlaps(speaker: Speaker | None, spans: Iterable[tuple[int, int]]) -> bool:
    return speaker is not None and any(speaker.start < e and s < speaker.end for s, e in spans)


def name_matches(gold: GoldSpeaker, sources: Iterable[tuple[int, int]], speaker: Speaker | None) -> bool:
    if gold.kind in MENTION_KINDS and _overlaps(speaker, sources):
        return True
    if speaker is None:
        return gold.name is None
    return gold.name is not None and normal_name(speaker.name) == normal_name(gold.name)


def score_speakers(
    doc_id: str, contents: list[Content], predictions: list[Quote], pred_tokens: list[set[int]], counts: SpeakerCounts
) -> list[SpeakerError]:
    """Add one article's figures to ``counts``; the found quotes with a wrong name, kind or role."""
    errors: list[SpeakerError] = []
    for toks in pred_tokens:
        counts.predictions += 1
        if toks and any(len(c.tokens & toks) * 2 >= len(toks) for c in contents):
            counts.precise += 1
    for c in contents:
        gold = c.gold.speaker
        if gold is None:
            continue
        counts.quotes += 1
        best: Quote | None = None
        most = 0
        for q, toks in zip(predictions, pred_tokens, strict=True):
            held = len(c.tokens & toks)
            if held * 2 >= len(c.tokens) and held > most:
                best, most = q, held
        if best is None:
            continue
        counts.found += 1
        s = best.speaker
        wrong = []
        if name_matches(gold, c.sources, s):
            counts.name += 1
        else:
            wrong.append(f"name: gold {gold.name!r}, got {s.name if s else None!r}")
        if (s.kind if s else None) == gold.kind:
            counts.kind += 1
        else:
            wrong.append(f"kind: gold {gold.kind}, got {s.kind if s else None}")
        if role_matches(gold.role, s.role if s else None):
            counts.role += 1
        else:
            wrong.append(f"role: gold {gold.role!r}, got {s.role if s else None!r}")
        gender = speaker_gender(s)
        counts.gender += gender == gold.gender
        if gold.gender is not None:
            counts.gendered += 1
            counts.gender_known += gender == gold.gender
        if s is not None:
            counts.names.setdefault((doc_id, normal_name(gold.name)), set()).add(normal_name(s.name))
        else:
            counts.names.setdefault((doc_id, normal_name(gold.name)), set())
        if wrong:
            errors.append(SpeakerError(c.gold.type or "(none)", c.start, c.end, "; ".join(wrong) + f" ({best.rule})"))
    return errors
