"""German: a trailing "so X" that attributes a sentence holding quoted words.

"Die Anlage sei wegen „Problemen mit dem Strom“ ausgefallen, so ein
Sprecher." The shared according-to rule reads a clause without quotation
marks; here the quoted words take the source after "so" (as partial
quotes) and the words around them are its reported speech (rule
``so_report``, registered in :mod:`quotex.rules.de`).
"""

from __future__ import annotations

import bisect
from typing import Final

import regex

from quotex.lang.de.forms import VERB_SECOND_FORMS
from quotex.rules.base import Rule
from quotex.rules.content import strip_content, unquoted_reports
from quotex.rules.document import Attribution, Document, Found, merged
from quotex.speakers import mention_after
from quotex.text import Span

#: ", so" before the source at the end of a sentence; a verb may stand
#: between ("so urteilte X"), a pronoun object after it ("so beschrieb ihn X").
SO_SOURCE: Final = regex.compile(
    r"""
    , [ \t]{1,3} (?P<cue> so ) [ \t]{1,3}
    (?: (?P<verb> \p{Ll}{3,20} ) [ \t]{1,3} (?: (?: ihn | sie | es | ihm | ihr ) [ \t]{1,3} )? )?
    """,
    regex.VERBOSE,
)
#: The most characters a source after "so" may take to the sentence end.
SOURCE_LENGTH: Final = 160


def so_reports(doc: Document, found: list[Found]) -> list[Found]:
    """Sentences that hold quoted words and end in ", so X": the quoted
    words and the words around them report X."""
    text = doc.text
    if ", so " not in text or not doc.quoted:
        return found
    found = sorted(found, key=lambda f: (f.start, f.end))
    starts = [f.start for f in found]
    opens = [q.open for q in doc.quoted]
    added: list[Found] = []
    for sent in doc.sentences():
        if doc.inside_quote(sent.start):
            continue
        quoted = [
            q
            for q in doc.quoted[bisect.bisect_left(opens, sent.start) : bisect.bisect_left(opens, sent.end)]
            if q.double and q.close is not None
        ]
        if not quoted:
            continue
        last = list(SO_SOURCE.finditer(text, max(quoted[-1].outer_end, sent.end - SOURCE_LENGTH), sent.end))[-1:]
        if not last or doc.inside_quote(last[0].start()):
            continue
        m = last[0]
        verb, source_at = m.group("verb"), m.end()
        if verb is not None and verb not in doc.lang.SPEECH_FORMS and verb not in VERB_SECOND_FORMS:
            verb, source_at = None, m.start("verb")  # "so ein Sprecher": the source's own first word
        mention = mention_after(text, source_at, sent.end)
        if mention is None or text[mention.end : sent.end].strip(" .;!?\n") or mention.pronoun == "it":
            continue  # "so dass …", "so weit …": no source that ends the sentence
        lo, hi = bisect.bisect_left(starts, sent.start), bisect.bisect_left(starts, sent.end)
        if lo < hi:
            continue  # the sentence already reports something: its rules know better
        para = doc.paragraph_of(sent.start)
        cue = Span(m.start("cue"), m.end("verb") if verb is not None else m.end("cue"))
        att = Attribution(mention, cue, SO_REPORT)
        content = strip_content(text, sent.start, m.start())
        for q in quoted:
            if q.open < m.start():
                added.append(Found(q.start, q.end, "partial", para, att))
        added += unquoted_reports(doc, content, para, att)
    return merged(found, added)


SO_REPORT: Final = Rule(
    name="so_report",
    description="Die Anlage sei wegen „Problemen“ ausgefallen, so ein Sprecher.: German, quoted words before a trailing source",
    family="de",
    handler=so_reports,
    languages=frozenset({"de"}),
)
