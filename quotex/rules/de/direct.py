"""German direct and partial quotations: who speaks when the shared rules read
a German sentence the English way.

- :func:`own_speaker`: a sentence with a cue and a subject of its own speaks
  for itself, so reported speech in the subjunctive does not go on through it
  ("Sie sagte, die Lage sei ernst. Der Minister selbst schrieb, er wolle
  „niemandem schaden“": the minister's words, not hers);
- :func:`subject_before_particle`: the subject before a cue when a particle
  stands between them ("Hartmann selbst schrieb", "Der Verband jedoch
  erklärte").
"""

from __future__ import annotations

from quotex.lang import de
from quotex.rules.clauses import subject_of
from quotex.rules.document import Document
from quotex.rules.words import cues_before
from quotex.speakers import Mention, mention_before
from quotex.text import Span


def own_speaker(doc: Document, sent: Span) -> Mention | None:
    """The speaker of a cue of the sentence itself, outside its quotations:
    a sentence that names who speaks is no continuation of the one before."""
    for cue in cues_before(doc, sent.start, sent.end):
        if not doc.text[cue.start : cue.start + 1].islower():
            continue  # "Sagen" as a noun, a cue at the start of a question
        mention = subject_of(doc, sent.start, cue, None)
        if mention is not None and mention.pronoun != "who" and not doc.inside_quote(mention.start):
            return mention
    return None


def subject_before_particle(doc: Document, lo: int, cue_start: int) -> Mention | None:
    """The subject before a particle that stands between it and its cue:
    "Hartmann | selbst | schrieb", "Der Verband | jedoch | erklärte"."""
    text = doc.text
    words = text[max(lo, cue_start - 20) : cue_start].split()
    if not words or words[-1].lower() not in de.SUBJECT_PARTICLES:
        return None
    end = text.rfind(words[-1], lo, cue_start)
    while end > lo and text[end - 1] in " \t\u00a0":
        end -= 1
    mention = mention_before(text, lo, end)
    return mention if mention is not None and mention.end == end else None
