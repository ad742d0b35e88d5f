"""German: speakers the shared rules read off the wrong phrase, read again.

- an infinitive's "zu" before the cue ("Die Sprecher beeilten sich,
  gegenüber Journalisten zu erklären, …"): the phrase before "zu" is no
  subject; the sentence's subject speaks, or nobody when it names none
  (:func:`infinitive_cues`).

Two more were measured and left out: "Laut Zeitung sagte der Minister, dass
…" is annotated twice (the paper reports the minister's report), so reading
the minister instead of the paper trades one unit for the other; and "… und
forderten X auf, …" read with the subject before "und" lost a unit on
german-train and won none on german-dev.
"""

from __future__ import annotations

from typing import Final

import regex

from quotex.rules.de.clauses import speaker_like
from quotex.rules.document import Attribution, Document, Found
from quotex.speakers import Mention, mention_after
from quotex.text import Span

#: The infinitive's "zu" right before a cue: "gegenüber Journalisten | zu erklären".
_ZU_BEFORE: Final = regex.compile(r"(?<![\p{L}\-])zu[ \t\u00a0]+\Z")


def _sentence_subject(doc: Document, sent: Span, until: int) -> Mention | None:
    """The subject that opens the sentence, a person or body, if it is one."""
    mention = mention_after(doc.text, sent.start, until)
    if mention is None or mention.start != sent.start or mention.pronoun == "it" or not speaker_like(doc, mention):
        return None
    return mention


def infinitive_cues(doc: Document, found: list[Found]) -> list[Found]:
    """A cue that is an infinitive with "zu" names no speaker before it:
    the subject of the sentence speaks ("Die Sprecher beeilten sich, vor der
    Presse zu erklären, …"), else the quote goes."""
    text = doc.text
    out: list[Found] = []
    for f in found:
        att, cue = f.attribution, f.attribution.cue
        if cue is None or _ZU_BEFORE.search(text, max(0, cue.start - 8), cue.start) is None:
            out.append(f)
            continue
        if att.mention.start > cue.start or not text[att.mention.start : att.mention.end].endswith("zu"):
            out.append(f)
            continue
        sent = doc.sentence_at(f.start)
        subject = _sentence_subject(doc, sent, att.mention.start) if f.start > cue.end else None
        if subject is not None:
            out.append(Found(f.start, f.end, f.type, f.paragraph, Attribution(subject, cue, att.rule)))
    return out


def repair(doc: Document, found: list[Found]) -> list[Found]:
    """The readings above, in turn."""
    return infinitive_cues(doc, found)
