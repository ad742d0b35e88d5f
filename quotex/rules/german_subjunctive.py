"""German reported speech that goes on without a cue, in the subjunctive: 'Er
sagte, er sei bereit. Die Regierung habe versagt.'  German-only, applied to
German text only (told by its function words), kept apart from the rules
every language shares.
"""

from __future__ import annotations

import bisect
from typing import Final

import regex

from quotex import german
from quotex.rules.base import Rule
from quotex.rules.document import Attribution, Document, Found
from quotex.rules.reported import MIN_CONTENT_WORDS, strip_content

#: How many cue-less subjunctive sentences may go on reporting one speaker.
MAX_CONTINUATION: Final = 3

#: How many German function words make a text German (for German-only rules),
#: counted in its first characters.
GERMAN_MIN_FUNCTION_WORDS: Final = 3

GERMAN_SAMPLE: Final = 5000

#: A German present-subjunctive form, and a German function word (for telling
#: German text before German-only rules apply).
SUBJUNCTIVE: Final = regex.compile(r"\b\L<forms>\b", forms=german.SUBJUNCTIVE_FORMS)

GERMAN_FUNCTION_WORD: Final = regex.compile(r"\b\L<words>\b", words=german.FUNCTION_WORDS)


def subjunctive_continuations(doc: Document, found: list[Found], para_starts: list[int]) -> list[Found]:
    """German reported speech that goes on without a cue, in the subjunctive:
    'Er sagte, er sei bereit. Die Regierung habe versagt.'  The second
    sentence reports the same speaker (rule ``subjunctive_continuation``)."""
    sents = doc.sentences()
    if not sents:
        return found
    # the sample first: it is shorter than a long document, and English text stops there
    if len(GERMAN_FUNCTION_WORD.findall(doc.text, 0, GERMAN_SAMPLE)) < GERMAN_MIN_FUNCTION_WORDS:
        return found  # not German text
    if SUBJUNCTIVE.search(doc.text) is None:
        return found
    starts = [s.start for s in sents]
    by_sentence: dict[int, Found] = {}
    for f in found:
        by_sentence.setdefault(bisect.bisect_right(starts, f.start) - 1, f)
    added: list[Found] = []
    source: Found | None = None
    run = 0
    for i, sent in enumerate(sents):
        if i in by_sentence:
            source, run = by_sentence[i], 0
            continue
        para = bisect.bisect_right(para_starts, sent.start) - 1
        if source is None or run >= MAX_CONTINUATION or para - source.paragraph > 1 or doc.inside_quote(sent.start):
            source = None
            continue
        words = doc.text[sent.start : sent.end].split()
        lowered = {w.strip(",.;:!?").lower() for w in words}
        if not lowered & german.SUBJUNCTIVE_FORMS or lowered & german.FIRST_PERSON or len(words) < MIN_CONTENT_WORDS:
            source = None
            continue
        span = strip_content(doc.text, sent.start, sent.end)
        att = Attribution(source.attribution.mention, None, SUBJUNCTIVE_CONTINUATION)
        added.append(Found(span.start, span.end, "indirect", para, att))
        run += 1
    if not added:
        return found
    return sorted(found + added, key=lambda f: (f.start, f.end))


SUBJUNCTIVE_CONTINUATION: Final = Rule(
    name="subjunctive_continuation",
    description="Er sagte, er sei bereit. Die Regierung habe versagt.: German reported speech going on in the subjunctive",
    family="german",
    handler=subjunctive_continuations,
    patterns=(SUBJUNCTIVE, GERMAN_FUNCTION_WORD),
)
