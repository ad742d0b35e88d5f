"""What reported content is: the span of the words reported (no dateline, no
edge punctuation), the fewest words it holds, and the words that cannot open it.
Shared by every family of reported speech."""

from __future__ import annotations

from typing import Final

import regex

from quotex.lang import Language, current
from quotex.rules.base import on_first_use
from quotex.rules.document import Attribution, Document, Found
from quotex.text import DATELINE, Span

#: The fewest words reported content holds.
MIN_CONTENT_WORDS: Final = 3

#: Words that cannot open reported content (besides the language's own ``CONTENT_BAD_START``).
CONTENT_BAD_START: Final = frozenset(
    """
    to in on of about for with at by from so nothing anything something goodbye hello yes no thanks
    sorry as and but or up during after before since despite into over through under against among
    between without within across toward towards around near like off
    """.split()
)

#: Closing double marks, after a comma set inside them ("“Daily News,”").
CLOSING_DOUBLE_MARKS: Final = frozenset('"\N{RIGHT DOUBLE QUOTATION MARK}\N{LEFT DOUBLE QUOTATION MARK}')


def phrase_comma(text: str, start: int, end: int) -> int:
    """The first comma in ``text[start:end]`` that ends a phrase, or -1: not a
    comma between digits, which groups a number's thousands ("about $51,000")."""
    comma = text.find(",", start, end)
    while 0 < comma < end - 1 and text[comma - 1].isdigit() and text[comma + 1].isdigit():
        comma = text.find(",", comma + 1, end)
    return comma


def strip_content(text: str, start: int, end: int) -> Span:
    if start == 0 or text[start - 1] == "\n":
        dateline = DATELINE.match(text, start, end)
        if dateline is not None:
            start = dateline.end()  # "NEW YORK (AP) — Investors were wary, said …"
    while start < end and text[start] in " \t\u00a0,":
        start += 1
    while end > start and text[end - 1] in " \t\u00a0.,;:!?":
        end -= 1
    return Span(start, end)


def stands_alone(doc: Document, content: Span) -> bool:
    """Is reported ``content`` long enough (:data:`MIN_CONTENT_WORDS`) and free
    of quotations, whose words the rules for quotations read?"""
    return len(doc.text[content.start : content.end].split()) >= MIN_CONTENT_WORDS and doc.unquoted(content) == [content]


def unquoted_reports(doc: Document, content: Span, paragraph: int, attribution: Attribution) -> list[Found]:
    """The words of reported ``content`` between its quotations, each piece
    of :data:`MIN_CONTENT_WORDS` or more as an indirect quote (quotes never
    overlap: the quotations themselves are partials)."""
    text, out = doc.text, []
    for piece in doc.unquoted(content):
        span = strip_content(text, piece.start, piece.end)
        if len(text[span.start : span.end].split()) >= MIN_CONTENT_WORDS:
            out.append(Found(span.start, span.end, "indirect", paragraph, attribution))
    return out


#: A word of a noun object, with the space before it; or a comma.
OBJECT_WORD: Final = on_first_use(
    r"""[ \t\u00a0]{0,3} (?P<word> [\p{L}\p{N}] [\p{L}\p{N}.'\-\N{RIGHT SINGLE QUOTATION MARK}]{0,40}+ | , )""",
    regex.VERBOSE,
)
#: The words a setting's preposition may have before its occasion word: "in | his opening | statement".
SETTING_REACH: Final = 3
#: Words after which the object's phrase goes on in a clause of its own, where an adjunct may belong to that
#: clause: "the ferry, | which sails on Sundays", "the bill that failed | when…".
OBJECT_CLAUSE_WORDS: Final = frozenset({",", "which", "who", "whom", "whose", "that", "where", "when"})


def object_end(text: str, start: int, end: int) -> int:
    """Where a speech verb's noun (or infinitive) object ends: before an
    adjunct of the narrator's that follows it ("denied the charges | during
    the hearing", "mentions her niece | in speeches", "criticized Ruiz |
    during a debate"), or at ``end``.  The object keeps one word at least;
    past a comma or a relative word the reading stops, as an adjunct there
    may be the relative clause's ("the ferry, which sails on Sundays")."""
    pos, words, joint = start, 0, -1
    L = current()
    while (m := OBJECT_WORD.match(text, pos, end)) is not None:
        word = m.group("word").lower()
        if words and (word in L.ADJUNCT_OPENERS or word in L.SETTING_PREPOSITIONS and _occasion_ahead(L, text, m.end(), end)):
            return joint if joint >= 0 else m.start()  # "details of the work | and because…": the conjunction goes too
        if word in OBJECT_CLAUSE_WORDS or words and _verb_form(word):
            return end  # "urged hackers to look for emails Ruiz used | during her tenure": the adjunct may be the verb's
        joint = m.start() if word in {"and", "or"} else -1
        words += 1
        pos = m.end()
    return end


def _verb_form(word: str) -> bool:
    """Does the object hold a verb of its own from ``word`` on: an infinitive's
    "to", a participle or a gerund ("of | trying to…", "the plan Ruiz |
    trumpeted")?"""
    return word == "to" or len(word) > 4 and word.endswith(("ing", "ed"))


def _occasion_ahead(L: Language, text: str, pos: int, end: int) -> bool:
    """Does an occasion word follow within :data:`SETTING_REACH` words ("in | his opening statement")?"""
    for _ in range(SETTING_REACH):
        m = OBJECT_WORD.match(text, pos, end)
        if m is None or m.group("word") == ",":
            return False
        if m.group("word").lower() in L.OCCASION_NOUNS:
            return True
        pos = m.end()
    return False
