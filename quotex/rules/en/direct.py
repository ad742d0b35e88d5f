"""English readings of a direct quotation's attribution, asked through
:class:`~quotex.rules.en.grammar.English`: a source after ", per" ('“…,” per
the club's rules', for :mod:`quotex.rules.after`) and a cue's base form that
ends a prepositional phrase, a noun ("…, in bold red type, “…”", for
:mod:`quotex.rules.before`), a past participle after a noun with its object
missing ("a red flag | likened to | a banner"), and a pronoun subject before
an aside ("and she, once again, | promised")."""

from __future__ import annotations

from typing import Final

import regex

from quotex.lang import current
from quotex.lang.en.clauses import GAPPED_OBJECT_LEMMAS, GAPPED_OBJECT_PREPOSITIONS, RELATIVES
from quotex.quotes import QuotedSpan
from quotex.rules.base import compile_rule
from quotex.rules.cue_subject import before_aside
from quotex.rules.document import Document
from quotex.speakers import Mention, mention_before
from quotex.speakers.tokens import tokenize
from quotex.text import Span

#: After a closing mark: ", per" and a source that opens with a determiner or a
#: capital (', per the club's rules', ', per Reuters'), not a rate (', per year').
QUOTE_PER_PATTERN: Final = compile_rule(
    r"""
    ${sp}{0,3} (?P<comma> , )? ${sp}{0,3}
    (?P<cue> per ) ${sp}{1,3} (?= (?: the | a | an | his | her | its | their ) ${sp} | \p{Lu} )
    """
)


def per_source(text: str, q: QuotedSpan, reach: int) -> regex.Match[str] | None:
    """The word "per" and its source after a quotation's closing mark, set
    off by a comma inside the mark or after it."""
    m: regex.Match[str] | None = QUOTE_PER_PATTERN.match(text, q.outer_end, reach)  # '“…,” per the club’s rules'
    if m is not None and m.group("comma") is None and "," not in text[q.end : q.outer_end]:
        return None  # a comma sets the source off, inside the closing mark or after it
    return m


#: A phrase set off by a comma that opens with a preposition and ends in a
#: cue's base form, right before the comma that opens a quotation: "…, in
#: bold red type, “…”".
PHRASE_NOUN: Final = compile_rule(
    r"""
    , ${sp}{1,3} (?: in | on | at | with | by | from | under ) (?: ${sp}{1,3} \p{Ll}+ ){0,3} ${sp}{1,3} \Z
    """
)


def phrase_noun(text: str, before: int, cue: Span) -> bool:
    """Is ``cue`` a base form that ends a prepositional phrase set off by
    commas after an earlier cue, so a noun, not the cue of the quotation?"""
    L = current()
    word = text[cue.start : cue.end].lower()
    if L.LEMMA_OF.get(word) != word or text[cue.end : cue.end + 1] != ",":
        return False
    return PHRASE_NOUN.search(text, before, cue.start) is not None


#: Pronoun subjects read before an aside set off by commas.
ASIDE_SUBJECTS: Final = frozenset("he she they we i".split())


def pronoun_before_aside(text: str, lo: int, end: int) -> Mention | None:
    """A pronoun subject before a short aside set off by commas ("and she,
    once again, | promised"), not "Yin Ross, 60, a doctor, said" nor "…in
    Dover, Delaware, last year, made" (an apposition, a relative's end)."""
    aside = before_aside(text, lo, end)
    mention = mention_before(text, lo, aside) if aside < end else None
    return mention if mention is not None and mention.pronoun in ASIDE_SUBJECTS else None


def noun_participle(doc: Document, lo: int, cue: Span) -> bool:
    """Is the cue a past participle that modifies the noun before it, its
    object missing: "a red flag | likened to | a pirate banner, Sen. Ross said
    “…”" (the flag is no speaker), not "the flag, which Ross likened to …"
    (a relative clause's own verb) nor "Ross likened it to …"?"""
    text = doc.text
    word = text[cue.start : cue.end].lower()
    if not word.endswith("ed") or current().LEMMA_OF.get(word) not in GAPPED_OBJECT_LEMMAS:
        return False
    after = tokenize(text, cue.end, min(len(text), cue.end + 6))[:1]
    if not after or after[0].low not in GAPPED_OBJECT_PREPOSITIONS:
        return False
    before = tokenize(text, max(lo, cue.start - 40), cue.start)[-4:]
    if not before or before[-1].punct or before[-1].low in current().SUBJECT_PRONOUNS:
        return False
    return all(t.low not in RELATIVES and t.low != "that" and t.low not in current().PASSIVE for t in before)
