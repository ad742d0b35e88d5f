"""German ", so X": the source of reported speech named after or inside its clause.

"Die Anlage werde im Mai fertig, so der Sprecher.", "Die Anlage werde, so der
Sprecher, im Mai fertig.", "…, so X in einem Beitrag für die „Nordpost“.",
"…, so X weiter: „…“"  Read again after the shared rules (a pass of
:func:`~quotex.rules.de.reports.reread`), where the shared according-to rule
reads none: the clause around or before the source is its content.
"""

from __future__ import annotations

import bisect
from typing import Final

import regex

from quotex.lang import de
from quotex.rules.content import MIN_CONTENT_WORDS, stands_alone, strip_content
from quotex.rules.de.clauses import QUOTED_NAME_WORDS
from quotex.rules.de.finds import indirect
from quotex.rules.de.trailing import SO_REPORT
from quotex.rules.document import Attribution, Document, Found, FoundIndex, merged
from quotex.rules.reported import INDIRECT_ACCORDING_TO
from quotex.rules.titles import names_something
from quotex.speakers import mention_after
from quotex.text import Span

#: ", so X" inside or after a clause: "Die Anlage werde, so der Sprecher, im Mai …" / "…, so X weiter.";
#: set off by dashes ("… – so der Vorwurf –, …"), a speech verb between ("…, so betont die Polizei, …").
_SO: Final = regex.compile(
    r"""
    [,\N{EN DASH}] [ \t\u00a0]{1,3} (?P<cue> so ) [ \t\u00a0]+
    (?: (?! (?: der | die | das | ein | eine ) \b ) (?P<verb> \p{Ll}{3,20} ) [ \t\u00a0]+
        (?: (?: auch | zudem | ebenfalls ) [ \t\u00a0]+ )? )?
    (?= \p{Lu} | der \b | die \b | das \b | ein \b | eine \b )
    """,
    regex.VERBOSE,
)


def so_reports(doc: Document, found: list[Found], sents: list[Span]) -> list[Found]:
    """Reported speech with ", so X" in it or after it, where the shared rule
    reads none: words after the source ("…, so Obama weiter.") or the
    source between commas inside the clause ("Die Anlage werde, so der
    Sprecher, im Mai …", "…, so betont die Polizei, …", "…, so X in einem
    Interview, …", "… – so X –, …"): the clause around it is the content."""
    text = doc.text
    index = FoundIndex(found)
    found = index.found
    added: list[Found] = []
    dropped: set[int] = set()
    opens = [q.open for q in doc.quoted]
    for sent in sents:
        m = _SO.search(text, sent.start, sent.end)
        if m is None or doc.inside_quote(m.start()):
            continue
        here = index.starting_in(sent.start, sent.end)
        quoted_after = _quotation_after_source(doc, m.end(), sent.end)
        before = [f for f in here if quoted_after is None or f.start < quoted_after]
        if any(f.type == "indirect" or _speaks_within(f, sent) for f in before):
            continue  # read already
        if m.group("verb") is not None and m.group("verb") not in doc.lang.SPEECH_FORMS:
            continue  # "…, so dass die Stadt …": no source
        mention = mention_after(text, m.end(), sent.end)
        if mention is None or mention.pronoun is not None:
            continue
        pos = mention.end
        while (word := _WORD_AFTER.match(text, pos, sent.end)) is not None and word.group("word") in de.AFTER_SOURCE_WORDS:
            pos = word.end()
        rest = text[pos : sent.end].strip(" \t\u00a0")
        if quoted_after is not None and rest.startswith(":") and (content := strip_content(text, sent.start, m.start())).end > sent.start:
            # "…, so X weiter: „…“": the clause before and the quotation after the colon are X's
            if before or not stands_alone(doc, content):
                continue
            cue = Span(m.start("cue"), m.end("verb") if m.group("verb") else m.end("cue"))
            theirs = [f for f in here if f.start >= quoted_after and f.type != "indirect"]
            dropped |= {id(f) for f in theirs}
            added += [Found(f.start, f.end, f.type, f.paragraph, Attribution(mention, cue, SO_REPORT)) for f in theirs]
            added.append(indirect(doc, sent, content, mention, cue, INDIRECT_ACCORDING_TO))
            continue
        if quoted_after is not None and here != before:
            continue  # the quotation is read, and is no part of the source's report here
        if text[m.start()] == "\N{EN DASH}" and (not rest.startswith("\N{EN DASH}") or doc.quote_opens_in(sent.start, sent.end)):
            continue  # a dash opens a list or an aside as often ("und – so der Plan – eine „…“")
        if rest.startswith("\N{EN DASH}"):
            rest = rest[1:].lstrip(" \t\u00a0") or "."  # "… – so der Vorwurf –, …": the dashes set the source off
            rest = rest if rest[:1] in ",." else "," + rest
        elif (setting := _setting_then_comma(doc, pos, sent.end)) is not None:
            rest = text[setting : sent.end]  # "…, so X in einem Beitrag für die Zeitung, …": where X said it
        if rest in ("", ".", "!") or rest.startswith(":") or _setting_only(doc, rest, pos, sent.end):
            # "…, so X weiter.", "…, so X gegenüber der Zeitung.", "…, so X weiter: „…“" (X's quotation follows)
            content = strip_content(text, sent.start, m.start())
        elif rest.startswith(","):
            content = strip_content(text, sent.start, sent.end)  # "…, so X, …": the clause around it
            quoted = doc.quoted[bisect.bisect_left(opens, sent.start) : bisect.bisect_left(opens, sent.end)]
            said = [q for q in quoted if q.double and q.close is not None and not names_something(doc, q)]
            if said:
                # "Der Einsatz solle, so X, „…“ begrenzt werden": the quoted words inside are X's,
                # before a speaker found for them further off
                att = Attribution(mention, Span(m.start("cue"), m.end("verb") if m.group("verb") else m.end("cue")), INDIRECT_ACCORDING_TO)
                dropped |= {id(f) for q in said for f in index.quotes_over(q.start, q.end)}
                added += [Found(q.start, q.end, "partial", q.paragraph, att) for q in said]
                cuts = [(m.start(), text.index(",", pos) + 1)] + [(q.open, q.outer_end) for q in said]  # the source, the quotations
                at = sent.start
                for lo, hi in [*sorted(cuts), (sent.end, sent.end)]:
                    piece = strip_content(text, at, lo)
                    if lo > at and len(text[piece.start : piece.end].split()) >= MIN_CONTENT_WORDS:
                        added.append(Found(piece.start, piece.end, "indirect", doc.paragraph_of(sent.start), att))
                    at = max(at, hi)
                continue
        else:
            continue
        if here or not stands_alone(doc, content):
            continue
        para = doc.paragraph_of(sent.start)
        added.append(
            Found(
                content.start,
                content.end,
                "indirect",
                para,
                Attribution(mention, Span(m.start("cue"), m.end("verb") if m.group("verb") else m.end("cue")), INDIRECT_ACCORDING_TO),
            )
        )
    return merged(found, added, dropped)


#: ", so X weiter:" and a quotation after the colon.
_COLON_QUOTE: Final = regex.compile(r":[ \t\u00a0]*(?=[\N{DOUBLE LOW-9 QUOTATION MARK}\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}\"])")
#: The most characters between ", so" and the colon before a quotation.
COLON_REACH: Final = 80


def _quotation_after_source(doc: Document, pos: int, end: int) -> int | None:
    """Where the quotation after the colon that ends the source of ", so X" opens, if one does."""
    m = _COLON_QUOTE.search(doc.text, pos, min(end, pos + COLON_REACH))
    return m.end() if m is not None and doc.quote_opens_at(m.end()) else None


def _speaks_within(f: Found, sent: Span) -> bool:
    """Was quote ``f`` given a speaker named in sentence ``sent`` (not one from further off)?"""
    mention = f.attribution.mention
    return sent.start <= mention.start < sent.end


_WORD_AFTER: Final = regex.compile(r"[ \t\u00a0]+(?P<word>\p{Ll}+)\b")


#: What a setting after ", so X" holds none of: a comma, a colon, quotation marks.
_NOT_IN_SETTING: Final = (
    ",",
    ":",
    "\N{DOUBLE LOW-9 QUOTATION MARK}",
    "\N{LEFT DOUBLE QUOTATION MARK}",
    "\N{RIGHT DOUBLE QUOTATION MARK}",
    '"',
    "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}",
    "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}",
)


def _setting_then_comma(doc: Document, pos: int, end: int) -> int | None:
    """The comma that ends a setting right after the source of ", so X"
    inside a clause ("…, so X in einem Beitrag für die Zeitung, | …"): a
    phrase opened by a preposition, with no verb of its own."""
    text = doc.text
    comma = text.find(",", pos, end)
    while comma > 0 and doc.inside_quote(comma):
        comma = text.find(",", comma + 1, end)  # "in der „Post, Bote und Blatt“, …": a name's own comma
    if comma < 0 or not text[comma + 1 : end].strip(" \t\u00a0.!"):
        return None
    return comma if _setting_only(doc, text[pos:comma].strip(" \t\u00a0"), pos, comma) else None


def _setting_only(doc: Document, rest: str, lo: int, hi: int) -> bool:
    """Is what follows the source of ", so X" (``rest``, read between ``lo`` and ``hi``)
    only where or to whom it was said, to the end of the sentence
    ("gegenüber der Zeitung.", "im Fernsehen.", "in einem Beitrag für die
    „Nordpost“.")?  A phrase opened by a preposition, with no comma or verb
    of its own; quotation marks only around a name (a few capitalised
    words), the quoted words' rules read any other."""
    words = rest.rstrip(".!").split()
    if not words or words[0] not in doc.lang.PREPOSITIONS:
        return False
    if any(mark in rest for mark in _NOT_IN_SETTING) and not _names_only(doc, lo, hi):
        return False  # "gegenüber der Zeitung „… sagte er …“": words quoted, not a name
    return not any(w.lower() in doc.lang.SPEECH_FORMS for w in words)


def _names_only(doc: Document, lo: int, hi: int) -> bool:
    """Are the quotations that open between ``lo`` and ``hi`` all closed
    names of a few capitalised words ("der Zeitung „Nordpost“"), with no
    comma, colon or stop outside them?"""
    text = doc.text
    quoted = [q for q in doc.quoted if lo <= q.open < hi]
    if not quoted:
        return not any(mark in text[lo:hi] for mark in _NOT_IN_SETTING[:2])
    for q in quoted:
        inner = text[q.start : q.end].split()
        if q.close is None or not inner or len(inner) > QUOTED_NAME_WORDS or not inner[0][:1].isupper():
            return False
        if text[q.end - 1 : q.end] in ".!?:":
            return False  # a sentence quoted, not a name
    outside = "".join(text[a:b] for a, b in _gaps(lo, hi, [(q.open, q.outer_end) for q in quoted]))
    return "," not in outside.rstrip(" \t\u00a0.,!") and ":" not in outside


def _gaps(lo: int, hi: int, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The stretches of ``lo``–``hi`` outside ``spans`` (sorted, not overlapping)."""
    out, at = [], lo
    for a, b in spans:
        out.append((at, max(at, a)))
        at = max(at, b)
    out.append((at, hi))
    return out
