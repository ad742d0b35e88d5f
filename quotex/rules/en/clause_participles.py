"""English: a participle cue set off after a subordinate or relative clause
with a subject of its own hangs on that subject.

"Gov. Pell was criticised for the plan, though on the radio she sounded
firmer, warning that the smugglers “will be caught”"; "Tom Reyes opened the
fair when he unveiled the stage, calling it “the best gift”": the
participle after the comma goes on with the clause right before it, whose
subject (she, he) speaks, not the main clause's
(PolNeAR annotates the nearer subject).  Only a clause that opens inside
the sentence, after its main clause, with nothing set off between its
opening word and the participle's comma; and only a subject that speaks
(a person, a group, an organisation, a pronoun for one).
"""

from __future__ import annotations

from typing import Final

from quotex.lang import current
from quotex.lang.en.clauses import PARTICIPLE_CLAUSE_OPENERS, RELATIVE_CLAUSE_PREPOSITIONS
from quotex.rules.clauses import clause_subject
from quotex.rules.document import Document
from quotex.rules.finite_verbs import is_clause
from quotex.speakers import Mention, mention_after, tokenize
from quotex.speakers.tokens import Tok
from quotex.text import Span

#: How far back from the participle's comma the clause's opening word may stand.
CLAUSE_REACH: Final = 160
#: Kinds of mention that speak a participle's words.
SPEAKING_KINDS: Final = frozenset({"person", "organization", "group", "anonymous"})
#: Pronouns that stand for no speaker of their own here.
NON_SPEAKING_PRONOUNS: Final = frozenset({"it", "who", "you", "they"})  # "they" is as often things
#: The conjunction and the adverbs between it and a coordinated cue ("and | then | said").
COORDINATOR: Final = "and"
COORDINATED_ADVERBS: Final = frozenset({"then", "later", "also"})


def participle_after_clause(doc: Document, lo: int, cue: Span) -> Mention | None:
    """The subject of the subordinate or relative clause that a participle cue
    follows right after a comma ("…, when he unveiled the stage, | calling …"), or None."""
    text = doc.text
    comma = cue.start - 1
    while comma > lo and text[comma] in " \t\u00a0":
        comma -= 1
    if comma <= lo or text[comma] != "," or not text[cue.start : cue.end].split()[0].endswith("ing"):
        return None
    return _clause_subject_before(doc, lo, comma)


def coordinated_in_clause(doc: Document, lo: int, cue: Span) -> Mention | None:
    """The subject of the subordinate or relative clause whose verb a cue is
    coordinated with, no comma before "and" ("…, when Ms. Vey raised the
    fares and then said, “…”", "…, as she greeted the crews and later
    shouted, “…”"): the clause's subject, not the main clause's; or None."""
    if COORDINATOR not in doc.text[max(lo, cue.start - 24) : cue.start]:
        return None  # a fast path: no "and" right before the cue
    toks = tokenize(doc.text, max(lo, cue.start - 24), cue.start)
    while toks and toks[-1].low in COORDINATED_ADVERBS and not toks[-1].cap:
        toks = toks[:-1]  # "and | later | said"
    if not toks or toks[-1].low != COORDINATOR or toks[-1].cap:
        return None
    return _clause_subject_before(doc, lo, toks[-1].start)


def _clause_subject_before(doc: Document, lo: int, end: int) -> Mention | None:
    """The subject of the clause with a subject of its own that opens inside
    the sentence and runs, with no mark, up to ``end``; or None."""
    text = doc.text
    start = max(lo, end - CLAUSE_REACH)
    if PARTICIPLE_CLAUSE_OPENERS.isdisjoint(text[start:end].split()) and "which" not in text[start:end]:
        return None  # a fast path: no opening word in reach
    sentence = doc.sentence_at(end).start
    toks = tokenize(text, start, end)
    for i in range(len(toks) - 1, -1, -1):
        tok = toks[i]
        if tok.punct:
            return None  # a mark sets something off, or closes a clause, before it: not this reading
        relative = tok.low == "which" and i > 0 and toks[i - 1].low in RELATIVE_CLAUSE_PREPOSITIONS
        if tok.cap or tok.low not in PARTICIPLE_CLAUSE_OPENERS and not relative:
            continue
        if not text[sentence : tok.start].strip():
            return None  # the clause opens the sentence: the main clause comes after it
        mention = clause_subject(doc, tok.end, end)
        if mention is not None and mention.pronoun is None and not text[mention.start].isupper():
            # "though on the radio on Monday | she sounded …"; "where | dozens of nurses | had gathered": people speak
            mention = _pronoun_after_setting(doc, toks[i + 1 :], end) or _people_subject(doc, mention, toks[i + 1 :], end)
        if mention is None or mention.start >= end or mention.pronoun in NON_SPEAKING_PRONOUNS:
            return None
        if mention.kind not in SPEAKING_KINDS or not text[mention.end : end].strip():
            return None  # a subject with no verb after it
        if mention.pronoun is None and not text[mention.start].isupper() and mention.kind != "group":
            return None  # "…, when the vote ended, saying": a common noun, most often no speaker
        if relative and mention.start != toks[i + 1].start:
            return None  # "in which, at the end, …": the subject must open the relative clause
        return mention
    return None


def _people_subject(doc: Document, mention: Mention, toks: list[Tok], end: int) -> Mention | None:
    """A group of people that opens the clause as the subject of its finite
    verb ("where | dozens of nurses had gathered"), or None: not a plural
    noun after "as" ("…, denouncing them as | thieves and liars, | adding")."""
    if mention.kind != "group" or not toks or mention.start != toks[0].start:
        return None
    return mention if is_clause(doc.text, mention.start, end) else None


def _pronoun_after_setting(doc: Document, toks: list[Tok], end: int) -> Mention | None:
    """The subject pronoun after a setting that opens the clause ("on the radio
    on Monday | she sounded …"), or None."""
    L = current()
    if not toks or toks[0].low not in L.PREPOSITIONS:
        return None
    for tok in toks[1:]:
        if tok.low in L.SUBJECT_PRONOUNS and not tok.cap:
            return mention_after(doc.text, tok.start, end)
    return None
