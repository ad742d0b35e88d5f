"""German sources named inside the clause they report, read again after the shared rules.

- "Die Feuerwehr hat nach eigenen Angaben die Halle abgesucht": "eigenen
  Angaben" stands for the subject as a pronoun does, and is the speaker
  mention (:func:`own_sources`), resolved to the subject's name;
- "Es gibt Berichte, wonach der Plan scheitert" / "…, nach denen …" / "…,
  denen zufolge …": a relative clause that reports what the noun before it
  says (:func:`relative_sources`); the relative word is the speaker mention,
  as "who" is, resolved to that noun.
"""

from __future__ import annotations

from dataclasses import replace

from quotex.lang import de
from quotex.rules.document import Attribution, Document, Found
from quotex.rules.reported import INDIRECT_ACCORDING_TO
from quotex.text import Span


def own_sources(doc: Document, found: list[Found]) -> list[Found]:
    """A subject that names itself as its source inside its clause ("X hat
    nach eigenen Angaben …"): the phrase after "nach" is the mention, the
    subject's name its resolution (the shared rule credits the subject's
    mention itself)."""
    text = doc.text
    out: list[Found] = []
    for f in found:
        att, cue = f.attribution, f.attribution.cue
        if att.rule is not INDIRECT_ACCORDING_TO or cue is None or att.mention.start > cue.start:
            out.append(f)
            continue
        words = text[cue.start : cue.end].split()
        if len(words) < 3 or words[1] not in de.OWN_SOURCE_WORDS:
            out.append(f)
            continue
        phrase = Span(cue.start + text[cue.start : cue.end].index(words[1]), cue.end)
        mention = replace(att.mention, text=text[phrase.start : phrase.end], start=phrase.start, end=phrase.end)
        out.append(replace(f, attribution=Attribution(mention, cue, att.rule)))
    return out
