"""What "ask" reports: a request or a question after the one asked
("asked the council to vote", "asked him whether the pier was safe"), not
the one asked alone ("asked the mayor after the hearing", "asked him a
question").  Asked by :func:`~quotex.rules.reported.speech.reported_speech`
for every reading of "ask" forwards."""

from __future__ import annotations

from quotex.lang.en.acts import ASKED_REACH, ASKED_WORDS
from quotex.text import Span

#: Determiners of "question" that make it a bare noun, right after the one asked: "asked him | a | question".
_QUESTION_DETERMINERS = frozenset({"a", "the"})


def asks_nothing(text: str, content: Span) -> bool:
    """Does what follows "ask" name only the one asked ("the mayor after the
    hearing", "him then", "Ruiz a question"), with no request, question or
    colon that introduces one?"""
    words = [
        w.strip(",.;\"'\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}").lower()
        for w in text[content.start : content.end].split(None, ASKED_REACH)
    ]
    if ":" in text[content.start : content.end]:
        return False  # "asked voters a simple question: …"
    head = words[1:4]
    if "question" in head and head.index("question") > 0 and head[head.index("question") - 1] in _QUESTION_DETERMINERS:
        return True  # "asked him a question": the one asked, and no question told
    return not any(w in ASKED_WORDS for w in words[:ASKED_REACH])
