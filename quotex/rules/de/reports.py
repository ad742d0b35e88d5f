"""German reported speech read again after the shared rules: the object of a
cue that reports a clause only is no content, and words quoted inside
reported speech take its attribution."""

from __future__ import annotations

import bisect
from typing import Final

from quotex.lang import de
from quotex.rules.de.forms import OBJECT_CONTENT_FORMS
from quotex.rules.document import Document, Found
from quotex.rules.reported import MIN_CONTENT_WORDS, strip_content
from quotex.text import Span

#: Rules whose speaker is a guess from the quotation's own clause: inside a
#: sentence that goes on reporting in the subjunctive, the report's speaker wins.
GUESSED: Final = frozenset({"embedded_subject"})


def object_content(doc: Document, f: Found) -> bool:
    """Is ``f`` reported content read off the object of a cue that reports
    a clause only ("Der Senat erklärte die Hintergründe der Entscheidung",
    "Dies bestätigte X in Berlin")?  Not after a comma, colon, "dass" or
    "ob", nor after a verb whose object is what was said (:data:`OBJECT_CONTENT_FORMS`)."""
    cue = f.attribution.cue
    if f.type != "indirect" or f.attribution.rule.name != "indirect_cue_clause" or cue is None or f.start < cue.end:
        return False
    text = doc.text
    between = text[cue.end : f.start]
    if "," in between or ":" in between or "\n" in between:
        return False
    first = text[f.start : f.start + 6].split(None, 1)[:1]
    if first and first[0] in de.CONTENT_CLAUSE_WORDS:
        return False
    return text[cue.start : cue.end].split()[0].lower() not in OBJECT_CONTENT_FORMS


def quoted_in_reports(doc: Document, found: list[Found], sents: list[Span]) -> list[Found]:
    """Words quoted inside reported speech are the reporter's source's
    words: „…“ after the start of a sentence's reported content takes its
    attribution ("Laut Polizei sei der Zug „völlig überfüllt“ gewesen"), and
    so does a quotation whose speaker was only guessed from its own clause
    ("Der Iran müsse „…“ beenden, so Rice": Rice, not "Der Iran").  Reported
    content read across such a quotation gives way to it around it."""
    if not sents:
        return found
    starts = [s.start for s in sents]
    reports: dict[int, list[Found]] = {}
    for f in found:
        if f.type == "indirect":
            reports.setdefault(bisect.bisect_right(starts, f.start) - 1, []).append(f)
    if not reports:
        return found
    taken = {(f.start, f.end) for f in found if f.attribution.rule.name not in GUESSED}
    guessed = {(f.start, f.end) for f in found if f.attribution.rule.name in GUESSED}
    added: list[Found] = []
    split: dict[int, list[tuple[int, int]]] = {}  # reported content (by id) -> the quotations inside it
    for q in doc.quoted:
        if not q.double or q.close is None or (q.start, q.end) in taken:
            continue
        here = reports.get(bisect.bisect_right(starts, q.open) - 1)
        if not here:
            continue
        if any(f.attribution.mention.start <= q.open < f.attribution.mention.end for f in here):
            continue  # a name in marks: "Laut einem Bericht der „Zeit“ …"
        report = here[0]
        cue = report.attribution.cue
        trailing = cue is not None and cue.start >= report.end and q.open < cue.start  # "CLAUSE „…“ CLAUSE, so X."
        if q.open < min(report.start, cue.start if cue else report.start) and not trailing:
            continue
        added.append(Found(q.start, q.end, "partial", report.paragraph, report.attribution))
        for f in here:
            if f.start < q.outer_end and q.open < f.end:
                split.setdefault(id(f), []).append((q.open, q.outer_end))
    if not added:
        return found
    replaced = {(f.start, f.end) for f in added} & guessed
    kept: list[Found] = []
    for f in found:
        if (f.start, f.end) in replaced and f.attribution.rule.name in GUESSED:
            continue
        if id(f) not in split:
            kept.append(f)
            continue
        pos = f.start
        for open_, close in [*sorted(split[id(f)]), (f.end, f.end)]:
            piece = strip_content(doc.text, pos, min(open_, f.end))
            if len(doc.text[piece.start : piece.end].split()) >= MIN_CONTENT_WORDS:
                kept.append(Found(piece.start, piece.end, "indirect", f.paragraph, f.attribution))
            pos = max(pos, close)
    return sorted(kept + added, key=lambda f: (f.start, f.end))
