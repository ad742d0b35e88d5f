"""English: a participle of speech that modifies the noun right before it.

"Police received 911 calls saying shots had been fired", "the emails
included staff members suggesting someone should ask", "an item
suggesting that the mayor was a hypocrite": the participle's subject is
the noun phrase it follows, not the sentence's subject (PolNeAR annotates
the noun phrase as the source).  Read only for a cue word ending in "ing"
with a word, not a comma, right before it; the noun phrase must name a
speaker (a person, a group, an organisation, a document) and must not be
the sentence's own subject, which the clause reader already gives.  A
verb coordinated after it ("vented about Ruiz vowing …, and said …") does
not share the participle's noun: it is the clause's.

Also the subject of an absolute phrase coordinated after another ("… – Lee
saying she was “upbeat” and Ito calling it a “fine start”"): the name
right before the second participle speaks its quoted words
(:func:`coordinated_absolute`).
"""

from __future__ import annotations

from typing import Final

from quotex.lang import current
from quotex.lang.en.clauses import FINITE_AUXILIARIES
from quotex.rules.document import Document
from quotex.rules.words import cues_before
from quotex.speakers import Mention, mention_before
from quotex.text import Span

#: Words before a participle that make it a verb form or a gerund, not a noun's modifier: "kept saying",
#: "was saying", "without saying", "began calling".
NOT_MODIFIED: Final = frozenset(
    {
        "kept",
        "keep",
        "keeps",
        "keeping",
        "began",
        "begin",
        "begins",
        "started",
        "start",
        "starts",
        "stopped",
        "stop",
        "continued",
        "continue",
        "continues",
        "went",
        "go",
        "goes",
        "been",
        "be",
        "being",
        "just",
        "also",
        "even",
        "not",
        "again",
        "repeatedly",
        "publicly",
        "privately",
        "while",
        "when",
        "by",
        "after",
        "before",
        "without",
        "for",
        "of",
        "in",
        "on",
        "about",
        "from",
        "than",
        "since",
        "upon",
        "and",
        "or",
        "but",
        "then",
        "spent",
        "avoided",
        "denied",
        "resumed",
        "finished",
        "quit",
        "mind",
        "worth",
        "busy",
    }
)

#: The kinds a participle's noun may name; not a document: "issued a statement | saying …" is the issuer's.
SPEAKER_KINDS: Final = frozenset({"person", "group", "anonymous", "organization"})


def noun_before_participle(doc: Document, sent: Span, cue: Span, subject: Mention | None) -> Mention | None:
    """The noun phrase a participle of speech modifies ("staff members | suggesting …"), when it is no
    part of the sentence's subject; else None."""
    text = doc.text
    if not text.endswith("ing", cue.start, cue.start + len(text[cue.start : cue.end].split()[0])):
        return None
    before = text[sent.start : cue.start].rstrip(" \t\u00a0")
    if len(before) == len(text[sent.start : cue.start]) or not before or not before[-1].isalpha():
        return None  # a comma, a dash or a quotation before the participle: it hangs on the clause
    last = before.rsplit(None, 1)[-1].lower()
    L = current()
    if last in NOT_MODIFIED or last in FINITE_AUXILIARIES or last in L.PREPOSITIONS or last in L.SUBJECT_PRONOUNS:
        return None
    if last.endswith(("ing", "ly")):
        return None
    lo = _phrase_start(text, sent.start, sent.start + len(before))
    if lo is None:
        return None
    mention = mention_before(text, lo, sent.start + len(before))
    if mention is None or mention.kind not in SPEAKER_KINDS or mention.pronoun is not None:
        return None
    if mention.text.split()[0].lower().endswith("ly") or _preposition_before(text, lo):
        return None  # "can reasonably campaign | saying": a verb; "a pitch to voters | saying": the addressee
    if subject is not None and mention.start <= subject.end:
        return None  # the sentence's subject itself: the clause reader's reading stands
    return mention


def _preposition_before(text: str, pos: int) -> bool:
    """Does one of :data:`ADDRESSEE_PREPOSITIONS` end the words before
    ``pos``?  Read in a window of its longest word, not the whole text
    before it, so that a long paragraph stays linear."""
    end = pos
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return text[max(0, end - PREPOSITION_WINDOW) : end].lower().endswith(ADDRESSEE_PREPOSITIONS)


#: Prepositions before a noun phrase that the participle does not hang on: an addressee ("a pitch to voters
#: | saying"), an agent ("signed by 160 directors | calling on"), a setting ("in many cases | giving"), the
#: tail of a longer noun phrase ("a letter to the board of directors | urging").
ADDRESSEE_PREPOSITIONS: Final = (" to", " with", " by", " in", " on", " at", " from", " for", " into", " during", " of")
#: The characters :func:`_preposition_before` reads: the longest of them.
PREPOSITION_WINDOW: Final = max(len(word) for word in ADDRESSEE_PREPOSITIONS)

#: The most words of a noun phrase before its participle: "the state's top | election | officials".
PHRASE_WORDS: Final = 5


def _phrase_start(text: str, lo: int, end: int) -> int | None:
    """Where the noun phrase that ends at ``end`` starts: after the verb or
    preposition before it ("included | staff members"); None when the phrase
    opens the sentence (its subject) or runs past :data:`PHRASE_WORDS`."""
    L = current()
    pos = end
    for _ in range(PHRASE_WORDS):
        space = max(text.rfind(" ", lo, pos), text.rfind("\n", lo, pos))
        if space < 0:
            return None  # "Protesters carrying signs …": the sentence's subject
        word = text[space + 1 : pos].strip(",;:()\N{EM DASH}").lower()
        if text[pos - 1 : pos] in ",;:" and pos != end:
            return pos + 1
        prev = text[text.rfind(" ", lo, space) + 1 : space].strip(",;:()").lower() if space > lo else ""
        if (
            text[space - 1 : space] in ",;:\N{EM DASH}"
            or prev in L.PREPOSITIONS
            or prev in FINITE_AUXILIARIES
            or prev.endswith("ed")
            or prev in VERBS_BEFORE
        ):
            return space + 1
        if not word:
            return None
        pos = space
    return None


#: Verbs without "-ed" after which a noun phrase is an object: "heard | voters saying", "saw | aides calling".
VERBS_BEFORE: Final = frozenset(
    {"heard", "saw", "seen", "met", "found", "got", "had", "has", "have", "includes", "include", "features", "shows"}
)


#: The conjunction that coordinates two absolute phrases ("Lee saying … and Ito calling it …").
ABSOLUTE_JOINER: Final = "and"


def coordinated_absolute(doc: Document, lo: int, cue: Span) -> Mention | None:
    """The subject of an absolute phrase coordinated after another: in "…
    – Lee saying she was “upbeat” and Ito calling it a “fine start”"
    the name right before the participle after "and" speaks, when the phrase
    before "and" is an absolute phrase too (a participle cue after a name)."""
    text = doc.text
    if not text[cue.start : cue.end].split()[0].endswith("ing"):
        return None
    if ABSOLUTE_JOINER not in text[max(lo, cue.start - 65) : cue.start]:
        return None  # no "and" before the name that may end 60 characters back: no mention is looked for
    mention = mention_before(text, max(lo, cue.start - 60), cue.start)
    if mention is None or mention.pronoun is not None or not text[mention.start].isupper():
        return None
    if text[mention.end : cue.start].strip() or text[max(lo, mention.start - 5) : mention.start].split()[-1:] != [ABSOLUTE_JOINER]:
        return None
    earlier = [c for c in cues_before(doc, lo, mention.start) if text[c.start : c.end].split()[0].endswith("ing")]
    if not earlier:
        return None
    first = mention_before(text, max(lo, earlier[-1].start - 60), earlier[-1].start)
    if first is None or text[first.end : earlier[-1].start].strip() or not text[first.start].isupper():
        return None
    return mention
