"""A subject noun phrase read by its grammar, for the subjects that the
word-by-word walk of :func:`~quotex.speakers.mentions.mention_before` does
not take for a speaker: a share of people ("About 3 in 10 | say",
"nearly two-thirds of registered nurses | said", "A third of tenants,
33%, | say"), a quantifier and a plural or collective head ("Each team |
said", "Several veteran harbor pilots | agreed", "those polled | say"),
and a plural head after noun modifiers ("Tenant rights advocates |
said").

The phrase must fill its clause: it starts after a comma, a conjunction or
the start of the stretch read, and every word of it has its place in the
grammar, so that a verb or a clause before the cue gives no subject.  The
words it reads are the language pack's (``SHARE_WORDS``, ``APPROXIMATORS``,
``GROUP_QUANTIFIERS``, …); a language without them reads none.
:func:`named_source` takes whatever noun phrase "according to" names.
"""

from __future__ import annotations

from operator import attrgetter
from typing import Final

from quotex.lang import Language, current
from quotex.model import SpeakerKind
from quotex.speakers.classify import classify
from quotex.speakers.roles import is_role_noun
from quotex.speakers.settings import strip_setting
from quotex.speakers.tokens import Mention, Tok, tokenize

#: How far back from the cue the phrase may start, in characters and in words.
REACH: Final = 160
MAX_WORDS: Final = 14


def _number(tok: Tok) -> bool:
    """A count written in digits ("43", "21,000" read as one), no year."""
    digits = tok.text.replace(",", "")
    return digits.isdigit() and not (len(digits) == 4 and digits[:2] in ("19", "20") and "," not in tok.text)


#: A token's text: what :func:`_merge_numbers` looks for its comma in.
_TEXT: Final = attrgetter("text")


def _merge_numbers(toks: list[Tok]) -> list[Tok]:
    """Tokens with "21", ",", "000" read as one count."""
    if "," not in map(_TEXT, toks):
        return list(toks)  # a fast path, read at C speed: no comma, no count to join
    out: list[Tok] = []
    for t in toks:
        if (
            len(out) > 1
            and len(t.text) == 3
            and t.text.isdigit()
            and out[-1].text == ","
            and out[-1].start == out[-2].end
            and t.start == out[-1].end
            and out[-2].text.replace(",", "").isdigit()
        ):
            out[-2:] = [Tok(out[-2].text + "," + t.text, out[-2].start, t.end)]
        else:
            out.append(t)
    return out


def _percent(L: Language, toks: list[Tok], i: int) -> int | None:
    """The end of a percentage at ``toks[i]`` ("33%", "26 percent"), or None."""
    if i < len(toks) and toks[i].text.endswith("%") and toks[i].text[:-1].replace(".", "").isdigit():
        return i + 1
    if i + 1 < len(toks) and _number(toks[i]) and toks[i + 1].low in L.PERCENT_WORDS:
        return i + 2
    return None


class _Reader:
    """A forward parse of one candidate phrase: each method returns the index after
    what it read, or None when the words there are not that."""

    def __init__(self, lang: Language, toks: list[Tok]) -> None:
        self.L = lang
        self.toks = toks
        self.n = len(toks)

    def low(self, i: int) -> str:
        return self.toks[i].low if i < self.n else ""

    def subject(self) -> bool:
        """Does the whole phrase read as a subject?"""
        L = self.L
        i = 0
        while True:
            for end in (self.share(i), self.quantified(i), self.plural(i)):
                if end == self.n:
                    return True
            if i < 3 and self.low(i) in L.APPROXIMATORS and not self.toks[i].punct:
                i += 1  # "about", "nearly", "at least", "just over"
                continue
            return False

    def count(self, i: int) -> int | None:
        """A count or a share: "4", "four", "a third", "two-thirds", "26 percent", "a majority"."""
        L = self.L
        if i >= self.n:
            return None
        pct = _percent(L, self.toks, i)
        if pct is not None:
            return pct
        low = self.low(i)
        if _number(self.toks[i]) or low in L.NUMBER_WORDS or low in L.SHARE_WORDS:
            return i + 1
        if low in L.SHARE_ARTICLES and self.low(i + 1) in L.SHARE_WORDS:
            return i + 2
        return None

    def share(self, i: int) -> int | None:
        """A count, then "in 10", "out of 10", "of" a group, or a plural: "one in five
        Americans", "three-quarters of the voters", "43 senators", "a third"."""
        L = self.L
        end = self.count(i)
        if end is None:
            return None
        if end == self.n:
            return end
        ratio = next((r for r in L.RATIO_PHRASES if all(self.low(end + k) == w for k, w in enumerate(r))), None)
        if ratio is not None:
            after = self.count(end + len(ratio))
            if after is None:
                return None
            end = after
            if end == self.n:
                return end
        if self.low(end) in L.PARTITIVE_PREPOSITIONS:
            return self.group(end + 1)
        return self.plural(end)

    def group(self, i: int) -> int | None:
        """What a share is of: "them", "the riders", "registered nurses", "those in …"."""
        if i < self.n and self.low(i) in self.L.OF_PRONOUNS and not self.toks[i].cap:
            return self.phrase(i + 1)
        end = self.plural(i)
        return None if end is None else self.phrase(end)

    def quantified(self, i: int) -> int | None:
        """A quantifier and its group: "Each team", "Several ports", "Most of them",
        "those polled", "Those over 70"."""
        L = self.L
        low = self.low(i)
        if i >= self.n or self.toks[i].punct:
            return None
        if low in L.RESPONDENT_PRONOUNS:
            nxt = self.low(i + 1)
            if nxt in L.RESPONDENT_PARTICIPLES:
                return i + 2
            if nxt in L.AGE_LIMITS and i + 2 < self.n and _number(self.toks[i + 2]):
                return i + 3
            if nxt in L.ANONYMOUS_MARKERS and self.low(i + 2) in L.CLOSENESS_PREPOSITIONS and self.n - i <= 9:
                # "Those close to the mayor", "those familiar with the talks"
                rest = self.toks[i + 3 :]
                return (
                    self.n
                    if rest and all(not t.punct and t.low not in L.AUXILIARIES and t.low not in L.SUBJECT_PRONOUNS for t in rest)
                    else None
                )
            return None
        if low not in L.GROUP_QUANTIFIERS:
            return None
        if self.low(i + 1) in L.PARTITIVE_PREPOSITIONS:
            return self.group(i + 2)
        if low in L.DISTRIBUTIVE_QUANTIFIERS:
            head = self.modified(i + 1)
            return head if head is not None and head == i + 2 else None  # "Each team", not "each of …"
        return self.plural(i + 1, determined=True)

    def modified(self, i: int) -> int | None:
        """One lowercase noun ("side"), for "each" and "every"."""
        L = self.L
        if i < self.n and not self.toks[i].cap and self.toks[i].text.isalpha() and self.low(i) not in L.STOP:
            return i + 1
        return None

    def plural(self, i: int, determined: bool = False) -> int | None:
        """Modifiers and a plural head ending the phrase or before a phrase of its own:
        "Tenant rights advocates", "the riders", "registered nurses"."""
        L = self.L
        bare = not determined
        if i < self.n and self.low(i) in L.PLURAL_DETERMINERS and not determined:
            i += 1
            bare = False
        best = None
        for j in range(i, min(self.n, i + 5)):
            t = self.toks[j]
            last = j == self.n - 1
            cue_form = last and t.low in L.QUOTE_FORMS  # "Tenant rights advocates | said": no verb before a verb
            if t.punct or t.low in L.STOP and not t.cap and not cue_form or t.low in L.AUXILIARIES or t.low in L.SUBJECT_PRONOUNS:
                break
            if t.low in L.DETERMINERS and not t.cap:
                break  # "The mayor toured the farms": a second determiner opens an object
            if t.low.endswith("ly") and not t.cap:
                break  # an adverb: a verb may follow
            if j > i and t.low in L.PHRASE_PREPOSITIONS and not t.cap:
                break
            if _plural_head(L, t, cue_form) and not (bare and not _people(L, t.low)):
                best = j + 1  # with no determiner, only people speak: "Housing scholars", not "River levels"
        if best is None:
            return None
        return self.phrase(best)

    def phrase(self, end: int) -> int | None:
        """A prepositional phrase after a complete group, if any: "in the valley's oldest towns"."""
        L = self.L
        if end == self.n or self.low(end) not in L.PHRASE_PREPOSITIONS:
            return end
        rest = self.toks[end + 1 :]
        if all(t.low in L.TIME_WORDS or t.low in L.DETERMINERS or t.text[:1].isdigit() for t in rest):
            return end  # "the auditors | in May found": a time, not a part of the group
        for t in rest:
            if t.punct or t.low in L.STOP and not t.cap and t.low not in L.DETERMINERS or t.low in L.AUXILIARIES:
                return end
        return self.n if self.n - end <= 7 else end


def _people(L: Language, low: str) -> bool:
    """A plural for people or their organisations ("advocates", "economists", "unions")."""
    singular = low[:-3] + "y" if low.endswith("ies") else low[:-1]
    return low in L.GROUP_HEADS or is_role_noun(singular) or singular in L.ORGANIZATION_HEADS


def _plural_head(L: Language, t: Tok, cue_form: bool = False) -> bool:
    """A lowercase plural noun that can head a subject ("advocates", "voters", "results")."""
    low = t.low
    return (
        not t.cap
        and len(low) >= 4
        and low.replace("-", "").replace("'", "").isalpha()
        and low.endswith("s")
        and not low.endswith(("ss", "us", "is", "as", "ous", "ics", "'s", "\N{RIGHT SINGLE QUOTATION MARK}s"))
        and (low not in L.STOP or cue_form)
        and low not in L.SUBJECT_PRONOUNS
        and low not in L.DETERMINERS
        and low not in L.SHARE_WORDS
    )


def subject_phrase(text: str, lo: int, cue_start: int) -> Mention | None:
    """The subject noun phrase that fills the clause before a cue, read by its grammar, or None."""
    L = current()
    if not L.SHARE_WORDS:
        return None
    start = max(lo, cue_start - REACH)
    toks = tokenize(text, start, cue_start)
    stripped = strip_setting(toks)
    # "About 3 in 10 say" ends in what reads as a time phrase; "The results on Monday suggest" has one
    for words in (toks, stripped) if len(stripped) < len(toks) else (toks,):
        found = _subject(L, text, _merge_numbers(words), start > lo)
        if found is not None:
            return found
    return None


def _subject(L: Language, text: str, toks: list[Tok], cut: bool) -> Mention | None:
    """The subject that ends ``toks`` and fills its clause; ``cut`` when the tokens
    do not reach back to the start of the stretch."""
    while toks and toks[-1].low in L.SUBJECT_ADVERBS and not toks[-1].cap:
        toks = toks[:-1]  # "Her ward workers here said"
    if len(toks) > 3 and toks[-1].text == ",":
        pct = next(
            (k for k in (3, 4) if len(toks) > k and toks[-k].text == "," and _percent(L, toks, len(toks) - k + 1) == len(toks) - 1), None
        )
        if pct is None:
            return None
        toks = toks[:-pct]  # "A third of tenants, 33%, say": the percentage in apposition
    j = len(toks)
    while j > 0 and not toks[j - 1].punct and toks[j - 1].low not in L.CLAUSE_JOINERS:
        j -= 1
    if j == 0 and cut:
        return None  # the clause starts further back than the reach
    phrase = toks[j:]
    if not phrase or len(phrase) > MAX_WORDS or (j > 0 and toks[j - 1].text in ("(", "\N{LEFT DOUBLE QUOTATION MARK}", '"')):
        return None
    if not _Reader(L, phrase).subject():
        return _postmodified(L, text, toks) if len(toks) > 2 and _speech_cue(L, text, toks[-1].end) else None
    first, last = phrase[0], phrase[-1]
    head = last.low
    kind: SpeakerKind = "document" if head in L.DOCUMENT_HEADS or head[:-1] in L.DOCUMENT_HEADS else "group"
    mention = text[first.start : last.end]
    return Mention(mention, first.start, last.end, kind, mention, None, None)


MAX_POSTMODIFIED: Final = 24


def _postmodified(L: Language, text: str, toks: list[Tok]) -> Mention | None:
    """A subject with a phrase after its head that ends at the cue: "Tenants who
    live near the plant | say", "Growers trying to sell early | said", "Critics of
    the toll | argue", "A court filing dated Monday | says"; the head speaks."""
    j = len(toks)
    joiners = L.CLAUSE_JOINERS - L.RESTRICTIVE_RELATIVES  # "that" opens a relative clause here
    while j > 0 and not toks[j - 1].punct and toks[j - 1].low not in joiners:
        j -= 1
    phrase = toks[j:]
    if (
        len(phrase) < 3
        or len(phrase) > MAX_POSTMODIFIED
        or j > 0
        and toks[j - 1].text not in (",", ";", "\N{EM DASH}", "\N{EN DASH}")
        and toks[j - 1].low not in L.CLAUSE_JOINERS
    ):
        return None
    for k in range(1, min(len(phrase) - 1, 7)):
        opener, nxt = phrase[k], phrase[k + 1]
        participle = (
            not opener.cap
            and opener.low not in L.STOP
            and len(opener.low) > 4
            and (
                opener.low.endswith("ing")
                and nxt.low in L.INFINITIVE_MARKERS
                or opener.low.endswith("ed")
                and (nxt.low in L.PARTICIPLE_NEXT or nxt.low in L.TIME_WORDS)
            )
        )
        if not (participle or opener.low in L.POSTMODIFIER_OPENERS and not opener.cap):
            continue
        rest = phrase[k + 1 :]
        relative = opener.low in L.POSTMODIFIER_RELATIVES
        if (
            any(
                t.punct
                or t.low in L.QUOTE_FORMS
                or t.low in L.SUBJECT_PRONOUNS
                or t.low in L.CLAUSE_JOINERS
                or t.low in L.AUXILIARIES
                and not (relative and t is rest[0])
                for t in rest
            )
            or rest[-1].low in L.INFINITIVE_MARKERS
        ):
            return None  # a cue, a verb or a clause of its own inside ("…was devoted to"): not one subject
        head = phrase[:k]
        return _head(L, text, head)
    return None


def _speech_cue(L: Language, text: str, pos: int) -> bool:
    """Is the word after ``pos`` a finite speech verb ("say", "said"), not a participle?"""
    word = text[pos : pos + 40].split(None, 1)[:1]
    return bool(word) and word[0].lower() in L.SPEECH_FORMS and not word[0].lower().endswith("ing")


def _head(L: Language, text: str, head: list[Tok]) -> Mention | None:
    """The head of a postmodified subject as a mention, when it reads as one."""
    first, last = head[0], head[-1]
    if first.low in L.PREPOSITIONS and not first.cap:
        return None  # "with a passion that…": an adverbial phrase, no subject
    words = text[first.start : last.end]
    if len(head) == 1 and last.low in L.RELATIVE_HEADS and not last.cap or _Reader(L, head).subject():
        return Mention(words, first.start, last.end, "group", words, None, None)
    if any(t.low in L.STOP and not t.cap and t.low not in L.DETERMINERS for t in head) or any(
        t.low.endswith("ed") and not t.cap for t in head[1:]
    ):
        return None  # "Officials believed": a verb in the head
    found = classify(text, head)
    if found is None or found.pronoun is not None or found.kind == "person" and not last.cap and last.low not in L.NOUN_HEADS:
        return None
    return found


#: The most words of a source named after "according to" that no mention reading took.
MAX_SOURCE_WORDS: Final = 16
#: The most words of such a source when punctuation bounds it ("According to first tallies from the doorstep
#: survey that a firm ran for the county paper and two radio stations, | CLAUSE", "CLAUSE, according to ….").
MAX_CLOSED_SOURCE_WORDS: Final = 24


def named_source(text: str, start: int, end: int, closed: bool = False) -> Mention | None:
    """Whatever "according to" names up to the comma or the sentence's end, when no speaker
    mention reads it: "early returns", "court records", "first figures of a survey taken
    for the networks" are sources of what the clause reports.  ``closed``: punctuation bounds
    the phrase at ``end`` (a comma, or the full stop of "CLAUSE, according to X.")."""
    toks = tokenize(text, start, end)
    while toks and toks[-1].text in ".;:)":
        toks = toks[:-1]
    closed = closed or text[end : end + 1] == ","
    if (
        not toks
        or len(toks) > (MAX_CLOSED_SOURCE_WORDS if closed else MAX_SOURCE_WORDS)
        or any(t.punct and t.text not in "()" for t in toks)
    ):
        return None
    L = current()
    if toks[0].low in L.SUBJECT_PRONOUNS:
        return None
    first, end = toks[0], toks[-1].end
    if text[end - 1] == "." and toks[-1].text[:1].islower():
        end -= 1  # "according to ouest-france.fr.": the sentence's full stop
    # "according to those who were there": people; "according to early returns": a document
    kind: SpeakerKind = "group" if first.low in L.RELATIVE_HEADS and not first.cap else "document"
    return Mention(text[first.start : end], first.start, end, kind, text[first.start : end], None, None)
