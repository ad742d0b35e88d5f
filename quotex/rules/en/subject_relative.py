"""Where a report made inside the sentence's subject ends: a restrictive
relative clause ("Diners who say the soup is salty | were split")
reports up to the main clause's finite verb, which the sentence's subject
("Diners who say …") governs, not the report."""

from __future__ import annotations

from typing import Final

import regex

from quotex.lang import current
from quotex.lang.en.clauses import FINITE_AUXILIARIES, IRREGULAR_PAST
from quotex.lang.en.clauses import NEXT_CLAUSE_JOINERS as CLAUSE_JOINERS
from quotex.speakers import Mention

#: How many words the subject's head may hold before its relative ("A majority of those | who").
SUBJECT_REACH: Final = 8

#: How many words (an auxiliary, an adverb) may stand between the relative and its cue: "who | have long | said".
MODIFIER_REACH: Final = 2

#: Words right before a finite verb that keep it inside the report: its own
#: subject pronoun or relative ("they were", "who was"), a coordinator or
#: negation ("and was", "not"), a subordinator ("while she was" is read at "she").
INSIDE_REPORT: Final = frozenset(
    """
    he she they we i it you who which that what there and or but nor not to
    """.split()
)

#: A word with the punctuation after it (a comma before a main verb counts: "…, for instance, | said").
WORD: Final = regex.compile(r"[^\s]+")


def _bare(word: str) -> str:
    return word.strip(",;:()\"'\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}").lower()


def subject_relative(text: str, sent_start: int, mention: Mention, cue_start: int) -> bool:
    """Is the cue's subject a relative without a comma ("Diners | who say")
    inside the sentence's subject: a short noun phrase that opens the
    sentence with no finite verb of its own ("Among those who", not
    "Critics rebuked voters who"), whose verb is the cue ("who | often say",
    not "who praised the plan | warned")?"""
    if len(text[mention.end : cue_start].split()) > MODIFIER_REACH:
        return False
    if mention.pronoun != "who" and text[mention.start : mention.end].lower() != "who":
        return False
    head = text[sent_start : mention.start]
    if not head.strip() or head.rstrip()[-1:] in ",;:(\N{EM DASH}\N{EN DASH}-":
        return False
    words = head.split()
    if len(words) > SUBJECT_REACH or not words[0][:1].isupper():
        return False
    L = current()
    for word in (_bare(w) for w in words):
        if word in FINITE_AUXILIARIES or word in IRREGULAR_PAST or word in L.SPEECH_FORMS or word.endswith("ed"):
            return False
    return True


def main_verb(text: str, start: int, end: int, object_speech: bool) -> int | None:
    """The offset of the main clause's finite verb in a report read from a
    relative inside the subject (``text[start:end]``, "the soup is salty |
    were split"): the second finite verb, after one of the report's
    own (or the first after an object: "who accused the mayor of theft | said
    …"), that no subject pronoun, relative, coordinator or auxiliary leads;
    or None."""
    L = current()
    # "who accused the mayor of theft | said …": the object holds no verb (a clause read on past it has one)
    own = object_speech and text[start : start + 6].split()[:1] != ["that"]
    before = ""
    for match in WORD.finditer(text, start, end):
        raw = match.group()
        word = _bare(raw)
        finite = word in FINITE_AUXILIARIES or word in L.SPEECH_FORMS and word.islower()
        if own and finite and before not in INSIDE_REPORT and before not in FINITE_AUXILIARIES:
            return int(match.start())
        if finite or word in IRREGULAR_PAST:
            own = True
        elif word in CLAUSE_JOINERS and raw == word:
            own = False  # "…, but | that group was …": a clause of its own, with its own verb
        before = word
    return None
