"""English: a participle of speech that opens its sentence ("Noting that
turnout was low, Ruiz said …", "After suggesting on Monday that he would
run, Moll …", "Having announced that the ferry would stop, the board …"):
its clause is reported for the subject of the main clause after the comma.
Read by :mod:`quotex.rules.reported.speech` before the sentence's own cues."""

from __future__ import annotations

from typing import Final, NamedTuple

import regex

from quotex.lang import current
from quotex.rules.base import on_first_use
from quotex.rules.clauses import clause_subject
from quotex.rules.content import CONTENT_BAD_START, MIN_CONTENT_WORDS, phrase_comma, strip_content
from quotex.rules.document import Document, word_count
from quotex.rules.finite_verbs import is_clause
from quotex.rules.reported.settings import SETTING, may_hold_setting
from quotex.rules.words import skip_space
from quotex.speakers import Mention, mention_after
from quotex.text import Span

#: Words that may open a sentence before a participle of speech: "After | suggesting that …, Ruiz …".
PARTICIPLE_OPENERS: Final = frozenset({"after", "since", "while", "before", "by", "besides", "in addition to"})
#: A participle in the first four words of a sentence: "Noting", "After suggesting", "In addition to stating".
OPENING_PARTICIPLE: Final = on_first_use(r"(?: [\p{L}]{1,12} [ \t\u00a0]{1,3} ){0,3}? (?P<cue> \p{L}{2,20} ing ) \b", regex.VERBOSE)
#: The past participle after "Having", an adverb allowed between: "Having | (repeatedly) announced".
PERFECT_PARTICIPLE: Final = on_first_use(
    r"[ \t\u00a0]{1,3} (?: \p{Ll}{2,15}ly [ \t\u00a0]{1,3} )? (?P<cue> \p{Ll}{2,20} ) \b", regex.VERBOSE
)
#: How far into its sentence a match of :data:`OPENING_PARTICIPLE` can end (3 x (12 + 3) + 20 + 3).
PARTICIPLE_REACH: Final = 68


class Opening(NamedTuple):
    """A participle's clause that opens a sentence, who spoke it, and where the main clause starts."""

    content: Span
    speaker: Mention
    cue: Span
    main_clause: int


def opening_participle(doc: Document, sent: Span) -> Opening | None:
    """A participle of speech that opens its sentence ("Noting that turnout was
    low, | Ruiz said…", "After suggesting on Monday that he would run, | Moll…"):
    its clause, the subject of the main clause after the comma (who spoke),
    the cue, and where the main clause starts."""
    L = current()
    text = doc.text
    if "ing" not in text[sent.start : min(sent.end, sent.start + PARTICIPLE_REACH)]:
        return None  # no participle in reach: most sentences, without the regex's backtracking
    if doc.sentence_at(sent.start).start != sent.start:
        return None
    m = OPENING_PARTICIPLE.match(text, sent.start, sent.end)
    if m is None:
        return None
    cue = Span(m.start("cue"), m.end("cue"))
    if m.group("cue").lower() == "having":
        # "Having announced that he would not appeal, | Ruiz…": the perfect participle's verb is the cue
        perfect = PERFECT_PARTICIPLE.match(text, cue.end, sent.end)
        if perfect is None:
            return None
        cue = Span(perfect.start("cue"), perfect.end("cue"))
    if text[cue.start : cue.end].lower() not in L.SPEECH_FORMS:
        return None
    lead = " ".join(text[sent.start : m.start("cue")].lower().split())
    if lead and lead not in PARTICIPLE_OPENERS:
        return None
    comma = phrase_comma(text, cue.end, sent.end)
    while comma > 0 and doc.inside_quote(comma):
        comma = phrase_comma(text, comma + 1, sent.end)
    if comma < 0:
        return None
    pos = cue.end
    if (sm := SETTING[current()].match(text, pos, comma) if may_hold_setting(text, pos, comma) else None) is not None:
        pos = sm.end()  # "After suggesting on Monday | that …"
    content = strip_content(text, pos, comma)
    first = text[content.start : content.end].split(None, 1)[:1]
    if not first or first[0].lower() in CONTENT_BAD_START or first[0].lower() in L.PREPOSITIONS:
        return None  # "Writing for a panel that …, X noted": a setting, not what was written
    if word_count(text[content.start : content.end]) < MIN_CONTENT_WORDS or not is_clause(text, content.start, content.end):
        return None
    mention = clause_subject(doc, comma + 1, sent.end) or mention_after(text, skip_space(text, comma + 1), sent.end)
    if mention is None or text[comma + 1 : mention.start].strip() or not is_clause(text, comma + 1, sent.end):
        return None  # "Noting the crowd, | the mayor…": only a subject right after the comma, with its verb, speaks
    return Opening(content, mention, cue, comma + 1)
