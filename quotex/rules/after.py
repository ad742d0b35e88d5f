"""The quotation, then its attribution: '“…,” Kirby said', '“…,” said Kirby',
'“…,” according to Kirby', and quoted words in a clause attributed at its
end ('…the “bold thinking” the town needs, Edda Morrow said.').

Each handler takes the document and one quoted span and returns an
:class:`~quotex.rules.document.Attribution` or None; the rule records at the
end register them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final, NamedTuple

import regex

from quotex.lang import current
from quotex.quotes import QuotedSpan
from quotex.rules.base import Rule, compile_rule
from quotex.rules.boundaries import auxiliary_words
from quotex.rules.clauses import SETTING_WORDS, opens_own_clause, subordinate
from quotex.rules.document import Attribution, Document, cue_span, embedded
from quotex.rules.reported.trailing import trailing_attribution
from quotex.rules.words import cues_before, is_according, previous_char, skip_space
from quotex.speakers import (
    Mention,
    classify,
    mention_after,
    mention_before,
    tokenize,
)
from quotex.text import Span

#: After a closing mark: optional comma or dash, the speaker, then the cue.
#: The definition :func:`speaker_cue_matches` computes, fitted with
#: ``fullmatch`` up to each cue word in turn (the engine's cue index), so that
#: the cue is the first one with a speaker phrase before it; the engine itself
#: never compiles it (see :data:`SPEAKER_PHRASE`).
QUOTE_SPEAKER_CUE_PATTERN: Final = compile_rule(
    r"""
    (?> ${stray} ${sp}{0,3} (?: [,!?] | ${dash} )? ${sp}{0,3} )
    (?P<np> ${clause_char}{1,160}? )
    ${sp}{1,3} (?: ${aux} ${sp}{1,3} ){0,3}
    (?P<cue> ${cue_slot} )
    """
)

#: QUOTE_SPEAKER_CUE_PATTERN up to its longest speaker phrase: every shorter
#: phrase from the same start is one too, so the lazy phrase ends at the first
#: place where the auxiliaries and cue that follow fit.  Those are read in
#: Python (:func:`_speaker_cue`): a named list of 150 auxiliaries tried at every
#: space cost 195k instructions a call.
SPEAKER_PHRASE: Final = compile_rule(
    r"(?> ${stray} ${sp}{0,3} (?: [,!?] | ${dash} )? ${sp}{0,3} ) (?P<np> (?: ${clause_char} | ${nickname} ){1,160} )"
)
#: A quoted nickname ending the text before a mention: "state Del. Ann | “Kit” | Roe".
NICKNAME_BEFORE: Final = compile_rule(
    r"""
    \p{Lu}[\p{L}.'\-]{0,30} [ ] (?: \N{LEFT DOUBLE QUOTATION MARK} | " ) \p{Lu}[\p{L}.'\-]{0,20}
    (?: \N{RIGHT DOUBLE QUOTATION MARK} | " ) [ ] \Z
    """
)
#: The cue word itself, fitted to the end of an entry of the cue index.
CUE_WORD: Final = compile_rule(r"${cue_slot}")
SPACE: Final = " \t\u00a0"


class SpeakerCue(NamedTuple):
    """Where QUOTE_SPEAKER_CUE_PATTERN's speaker phrase and cue lie."""

    np: tuple[int, int]
    cue: tuple[int, int]


#: How many cue words after the first one a speaker-then-cue attribution may try.
MORE_CUES: Final = 2


def rule_quote_speaker_cue(doc: Document, q: QuotedSpan) -> Attribution | None:
    if q.close is None:
        return None
    para = doc.paras[q.paragraph]
    # the nearest cue word may sit in the speaker's apposition ("Ola Brennick,
    # the chair of the county nurses' union, said"): then the
    # next cue words in reach are tried, the phrase before each read as the speaker
    for tries, m in enumerate(speaker_cue_matches(doc, q.outer_end, min(para.end, q.outer_end + 200))):
        att = None if m is None else _speaker_then_cue(doc, q, m)
        if att is not None and _cue_right_before(doc, q):
            return None  # 'Vey answered, “…,” Vey told the radio': the cue that opens it in its sentence holds
        if att is not None or tries == MORE_CUES:
            return att
    return None


def speaker_cue_matches(doc: Document, start: int, end: int) -> Iterator[SpeakerCue | None]:
    """QUOTE_SPEAKER_CUE fitted from ``start`` to each cue word before ``end``:
    the first match is what the pattern with every cue form spelled out
    (``\\L<cues>``) would find, each later item the next cue word's reading
    (None where the phrase before it is no clause)."""
    L = current()
    candidates = [c for c in doc.cue_words(start, end) if c[2] in L.CUE_WORDS and c[1] <= end]
    found = False
    for c in candidates:
        m = _speaker_cue(doc, start, c[1])
        if m is not None or found:
            found = True
            yield m


def _speaker_cue(doc: Document, start: int, end: int) -> SpeakerCue | None:
    """``QUOTE_SPEAKER_CUE_PATTERN[doc.lang].fullmatch(doc.text, start, end)``:
    the cue is the word before ``end``; before it, up to three auxiliaries,
    each a word between spaces ("Kirby | has | also | said"); the phrase
    before them ends at the first place the run and its spaces fit."""
    text = doc.text
    phrase = SPEAKER_PHRASE[doc.lang].match(text, start, end)
    if phrase is None:
        return None
    np_start, longest = phrase.span("np")
    cue = max(text.rfind(" ", start, end), text.rfind("\t", start, end), text.rfind("\u00a0", start, end)) + 1
    if cue == 0 or CUE_WORD.fullmatch(text, cue, end) is None:
        return None
    auxiliaries = auxiliary_words(doc.lang)
    best = None
    j = cue  # where the spaces before the cue or the auxiliary after this one end
    for words in range(4):
        gap = j
        while gap > start and text[gap - 1] in SPACE:
            gap -= 1
        # the phrase may end after the first, second or third space before j
        for np_end in range(j - 1, max(gap, j - 3) - 1, -1):
            if np_start < np_end <= longest:
                best = np_end
        if words == 3 or j - gap > 3:
            break
        word = max(text.rfind(" ", start, gap), text.rfind("\t", start, gap), text.rfind("\u00a0", start, gap)) + 1
        if word == 0 or text[word:gap] not in auxiliaries:
            break
        j = word
    return None if best is None else SpeakerCue((np_start, best), (cue, end))


def _sentence_ends_after(doc: Document, q: QuotedSpan) -> bool:
    """Does the writer's own question or exclamation mark close the sentence
    after quoted words inside it, before a capitalised word ('… vowed to “tear
    up”? The mayor…')?  Then what follows is the next sentence."""
    text = doc.text
    mark = skip_space(text, q.outer_end)
    if text[mark : mark + 1] not in ("?", "!") or not embedded(doc, q):
        return False
    following = skip_space(text, mark + 1)
    return text[following : following + 1].isupper()


def _speaker_then_cue(doc: Document, q: QuotedSpan, m: SpeakerCue) -> Attribution | None:
    """The attribution of a QUOTE_SPEAKER_CUE match whose phrase is all speaker."""
    if _cue_belongs_elsewhere(doc, q, m.cue[1]):
        return None
    if _noun_after_determiner(doc, m):
        return None  # '“…” the story of an offer to…': no phrase ends with an article, the cue is a noun
    if _sentence_ends_after(doc, q):
        return None  # 'the treaty Okafor vowed to “tear up”? The mayor spoke of…': the next sentence's cue
    np_start = skip_space(doc.text, m.np[0])
    if doc.text.startswith("as ", np_start):
        np_start += 3  # '“…,” as a council report put it'
    elif _modifies_noun(doc, q, np_start):
        return None  # 'The “quiet revolution” phrase Halden used': the quotation names the phrase
    mention = mention_before(doc.text, np_start, m.cue[0])
    if mention is None or mention.start != skip_space(doc.text, np_start):
        mention = _issued_document(doc, skip_space(doc.text, np_start), m.cue[0]) or mention
    if mention is not None and NICKNAME_BEFORE.search(doc.text, np_start, mention.start):
        # 'Del. Ann “Kit” Roe shouted': the name goes on after a quoted nickname; the surname and what follows speak
        np_start = mention.start
    if mention is None or mention.start != _skip_auxiliary(doc.text, skip_space(doc.text, np_start)):
        return None
    if not doc.grammar.subject_may_open_after_quote(doc, skip_space(doc.text, np_start), mention.start):
        return None
    return Attribution(mention, cue_span(doc.text, *m.cue), QUOTE_SPEAKER_CUE)


def _noun_after_determiner(doc: Document, m: SpeakerCue) -> bool:
    """Does the speaker phrase end with a determiner that stands for no noun
    phrase of its own ("the story of an | offer")?  The cue is then a noun."""
    words = doc.text[m.np[0] : m.cue[0]].split()
    return bool(words) and words[-1].lower() in current().NOUN_ONLY_DETERMINERS


#: The most words of the determiner and modifiers before a document's head: "the | new audit | report".
DOCUMENT_MODIFIERS: Final = 3
#: The most words after the participle that follows a document's head: "released | by the harbour board | said".
ISSUED_PHRASE_WORDS: Final = 6


def _issued_document(doc: Document, start: int, cue_start: int) -> Mention | None:
    """A document opening the phrase before a cue, with a participle of
    issuing after its head: '“…,” the order released Friday said', '“…,” a
    statement issued by the port board said'.  The document speaks, not the
    noun at the end of the participle phrase."""
    L = current()
    if not L.ISSUING_VERBS:
        return None  # a language with no verbs of issuing documents
    toks = tokenize(doc.text, start, cue_start)
    if not toks or toks[0].low not in L.DETERMINERS or any(t.punct for t in toks):
        return None
    head = next((i for i in range(1, min(len(toks) - 1, DOCUMENT_MODIFIERS + 1)) if toks[i].low in L.DOCUMENT_HEADS), None)
    if head is None or toks[head + 1].low not in L.ISSUING_VERBS or toks[head + 1].low.endswith("ing"):
        return None
    if len(toks) - head - 2 > ISSUED_PHRASE_WORDS or any(t.low in L.CUE_FORMS for t in toks[head + 2 :]):
        return None  # a long phrase, or one with a cue of its own: "the memo sent out saying …"
    mention = classify(doc.text, toks[: head + 1])
    return mention if mention is not None and mention.kind == "document" else None


def _modifies_noun(doc: Document, q: QuotedSpan, np_start: int) -> bool:
    """Does the quotation, closed with no punctuation, stand before a common
    noun it modifies ('the “wise Latina” phrase', 'a “dissent channel” memo')?
    Not '“…,” officials said', where a comma closes the quoted words."""
    L = current()
    text = doc.text
    # the punctuation may sit inside a nested quotation that closes with the outer one: '‘Buy a striker,’”'
    last = q.end - 2 if text[q.end - 1 : q.end] in ("'", "\N{RIGHT SINGLE QUOTATION MARK}") else q.end - 1
    if any(c in ",.!?;:" for c in text[last : q.outer_end + 1]):
        return False
    word = text[np_start : np_start + 30].split(None, 1)[0] if text[np_start : np_start + 30].strip() else ""
    return word[:1].islower() and word.lower() not in L.DETERMINERS and word.lower() not in L.SUBJECT_PRONOUNS


def _ends_sentence(doc: Document, q: QuotedSpan) -> bool:
    """Does a sentence end at the quotation's close ('…tomorrow.” He said…')?"""
    text = doc.text
    return text[q.end - 1] in ".!?" or text[q.outer_end : q.outer_end + 1] == "."


#: Pronouns a cue addresses: "he urged them", "she told him".
OBJECT_PRONOUNS: Final = frozenset("them him us me you reporters".split())


#: The rest of a cue's clause up to the next opening mark: the cue then
#: introduces that quotation ('He added, “…”').
NEXT_QUOTE: Final = compile_rule(r"${clause_char}{0,80}? (?: [,:] | ${dash} )? ${sp}{0,3} ${opener}")


#: The most words an object or adjunct after the cue may take to end the sentence ("told | the city council.").
SHORT_OBJECT_WORDS: Final = 5


def _cue_belongs_elsewhere(doc: Document, q: QuotedSpan, cue_end: int, inverted: bool = False) -> bool:
    """A cue after a closed sentence belongs to the next sentence, not to this
    quotation, when this one sat inside a clause, when the cue opens the next
    quotation ('“…badge of honor.” He added, “I will…”'), or when the cue
    takes an object of its own ('“…” She further announced a lawsuit…')."""
    L = current()
    if not _ends_sentence(doc, q):
        if inverted or not embedded(doc, q):
            return False
        # quoted words inside a clause, then a new clause with a complement of its own:
        # 'Although Weiner admitted he had “been friends,” he claimed they never met'
        rest = doc.text[cue_end : doc.sentence_at(cue_end).end].split()
        first = rest[0].strip(".,;") if rest else ""
        if first == "it" and doc.text[cue_end - 3 : cue_end] == "put":
            return False  # '“…,” as the memo put it'
        words = [w.strip(".,;!?").lower() for w in rest]
        clause = any(w in L.SUBJECT_PRONOUNS or w == "that" for w in words)  # "told the court | they never met"
        finite = not doc.text.endswith("ing", 0, cue_end)  # not "… as “unhinged” a tweet attacking a rival"
        if finite and len(rest) <= SHORT_OBJECT_WORDS and (first in L.DETERMINERS or first in L.PREPOSITIONS) and not clause:
            return False  # 'Cars “choke our children,” Ana Ruiz told the meeting.': the cue's object ends the sentence
        return bool(rest) and (rest[0][:1] == ":" or first.islower() and first not in SETTING_WORDS and first not in OBJECT_PRONOUNS)
    if embedded(doc, q):
        return not _question_tail(doc, q, cue_end)
    para_end = doc.paras[q.paragraph].end
    following = NEXT_QUOTE[doc.lang].match(doc.text, cue_end, para_end)
    if following is not None and following.end() > doc.sentence_at(cue_end).end:
        following = None  # '“…?” Ruiz asked, shaking his head no. “…”': the next quotation opens a sentence of its own
    if following is not None and not any(word in L.CUE_WORDS for _, _, word in doc.cue_words(cue_end, following.end())):
        return True  # not '“Enough!” she posted, arguing that …, “…”': the second cue introduces that one
    if inverted:
        return False
    rest = doc.text[cue_end : doc.sentence_at(cue_end).end].split()
    first = rest[0].strip(".,") if rest else ""
    if _introduced(doc, q) and len(rest) > 1:
        return True  # 'she tells audiences that …, “It's time.” She also gushes about …': a new sentence's own cue
    # '“…” She further announced a lawsuit': the cue's own object; not '“…?” he urged them, as…',
    # '“…?” Sanders asked rhetorically, …'
    manner = first.endswith("ly")
    if _addressee_ends(doc, cue_end, rest):
        return False  # '“…?” Lane asked the real estate mogul.': the person asked ends the sentence
    if len(rest) > 3 and first[:1].isupper():
        # '“That is simply wrong.” She said the board would not act fast enough': a clause with its own subject
        return opens_own_clause(first, doc.text[max(0, cue_end - 30) : cue_end].split()[-1].lower() in L.TAKES_OBJECT)
    return len(rest) > 3 and first.islower() and first not in SETTING_WORDS and first not in OBJECT_PRONOUNS and not manner


def _introduced(doc: Document, q: QuotedSpan) -> bool:
    """Is there a cue before the quotation in its own sentence, which opens
    before it ("She tells audiences that …, “…”", "Trump said, “…”")?  Then
    a new sentence after it that opens with a speaker and a cue with words of
    its own ("She also gushes about …") reports those, not the quotation."""
    sent = doc.sentence_at(q.open)
    return bool(cues_before(doc, sent.start, q.open)) and previous_char(doc.text, sent.start, q.open) is not None


#: The most words between a cue and the quotation it opens ("said | on Monday | , “…”").
CUE_GAP_WORDS: Final = 4


def _cue_right_before(doc: Document, q: QuotedSpan) -> bool:
    """Does a finite cue open the quotation in its own sentence, with a subject
    before it and at most a few words and a comma or colon between ("Lee
    fired back: “…”", "she warned, “…”")?  A cue after it then
    repeats the attribution ('“…,” she said'), and the first one holds."""
    text = doc.text
    sent = doc.sentence_at(q.open)
    mark = previous_char(text, sent.start, q.open)
    if mark is None or text[mark] not in ",:":
        return False  # a fast path: no comma or colon opens the quotation
    cues = cues_before(doc, max(sent.start, q.open - 120), q.open)
    if not cues or text[cues[-1].start : cues[-1].end].split()[0].endswith("ing"):
        return False
    gap = text[cues[-1].end : q.open].strip()
    if not gap or len(gap.split()) > CUE_GAP_WORDS or gap[-1] not in ",:":
        return False  # not 'Nothing the mayor said “…,” Lee said': no mark, no opening cue
    return mention_before(text, sent.start, cues[-1].start) is not None


def _question_tail(doc: Document, q: QuotedSpan, cue_end: int) -> bool:
    """Do quoted words inside a clause that close with their own question or
    exclamation mark take the cue after them, because that cue ends its
    sentence with at most a short setting ('Lee “spoke too soon. Does that
    help?” Ana Ruiz asked on the radio.')?  Not '… vowed to “tear it up!”
    Ruiz added that …': that cue reports a clause of its own."""
    L = current()
    if doc.text[q.end - 1 : q.end] not in ("?", "!"):
        return False
    rest = doc.text[cue_end : doc.sentence_at(cue_end).end].split()
    if not rest:
        return True
    words = [w.strip(".,;!?").lower() for w in rest]
    if len(rest) > SHORT_OBJECT_WORDS or not rest[-1].endswith(".") or words[0] not in L.PREPOSITIONS:
        return rest == ["."]
    return not any(w in L.SUBJECT_PRONOUNS or w == "that" for w in words)


#: Words after which an object is no person addressed but a clause or a topic ("asked the board to…", "told the court that…").
NOT_ADDRESSEE: Final = frozenset("to that whether if about why how what when".split())


def _addressee_ends(doc: Document, cue_end: int, rest: list[str]) -> bool:
    """Is what follows a cue that addresses someone ("ask", "tell", "warn") a
    short noun phrase that ends the sentence: the person addressed, not an
    object of the cue's own ('He asked the real estate mogul.')?"""
    L = current()
    cue_word = doc.text[max(0, cue_end - 30) : cue_end].split()[-1].lower()
    if cue_word not in L.TAKES_OBJECT and L.LEMMA_OF.get(cue_word) != "ask":
        return False
    words = [w.strip(".,;!?").lower() for w in rest]
    if not words or len(words) > SHORT_OBJECT_WORDS or words[0] not in L.DETERMINERS or not rest[-1].endswith((".", "!", "?")):
        return False
    return not any(w in NOT_ADDRESSEE or w in L.SUBJECT_PRONOUNS for w in words)


def _skip_auxiliary(text: str, pos: int) -> int:
    """Past an auxiliary that opens a verb-second clause before its subject
    (the language's ``VERB_SECOND_AUXILIARIES``: the cue's participle comes later)."""
    L = current()
    word = text[pos : pos + 8].split(" ", 1)[0]
    return skip_space(text, pos + len(word)) if word in L.VERB_SECOND_AUXILIARIES else pos


#: After a closing mark: optional comma, the cue, then the speaker; not a
#: participle ("citing an instance") nor a cue followed by its own phrase
#: ("offered at the gathering", "denounced her record").
QUOTE_CUE_SPEAKER_PATTERN: Final = compile_rule(
    r"""
    ${stray} ${sp}{0,3} (?: , | ${dash} )? ${sp}{0,3}
    (?: (?: also | later | then | again ) ${sp}{1,3} )?
    (?! \p{L}{1,30}ing \b )
    (?P<cue> (?P<so> ${source_after_quote} ) | ${cue_slot} ) ${sp}{1,3}
    (?! (?: at | in | on | to | for | by | with | from | of | about (?! ${sp}{1,3} \p{N} ) | as ) \b )
    (?P<possessive> (?= (?: his | her | its | their | our | my | your ) \b ) )?
    (?= [\p{L}\p{N}] )
    """
)


def rule_quote_cue_speaker(doc: Document, q: QuotedSpan) -> Attribution | None:
    L = current()
    if q.close is None:
        return None
    para = doc.paras[q.paragraph]
    m = QUOTE_CUE_SPEAKER_PATTERN[doc.lang].match(doc.text, q.outer_end, min(para.end, q.outer_end + 60))
    if not m or (m.group("so") is None and m.group("cue") not in L.CUE_WORDS):
        return None
    cue_word = m.group("cue").lower()
    between = doc.text[q.end - 1 : m.start("cue")]
    if embedded(doc, q) and not any(ch in between for ch in ",\N{EM DASH}\N{EN DASH}"):
        return None  # 'say the “four-day week” marks a step forward': the quotation is a subject
    if embedded(doc, q) and any(c.end >= q.open - 2 for c in cues_before(doc, max(doc.paras[q.paragraph].start, q.open - 40), q.open)):
        return None  # 'Ms. Rusk, citing “the sheer energy of the crowd,” said …': the cue before it speaks
    if embedded(doc, q) and doc.grammar.closes_relative(doc, q):
        return None  # 'Dunmore, who calls Pell a “menace,” said the plan …': the cue is the main clause's
    if m.group("possessive") is not None and (cue_word in L.TAKES_OBJECT or cue_word not in L.SPEECH_FORMS):
        return None  # '“…,” told his supporters': an object; '“…,” said his campaign manager' is the speaker
    if _cue_belongs_elsewhere(doc, q, m.end("cue"), inverted=True):
        return None
    mention = doc.grammar.speaker_after_inverted_cue(
        doc, m.start("cue"), m.end("cue"), mention_after(doc.text, m.end(), para.end), para.end
    )
    if mention is None:
        return None
    return Attribution(mention, cue_span(doc.text, *m.span("cue")), QUOTE_CUE_SPEAKER)


#: After a closing mark: ", according to".
QUOTE_ACCORDING_TO_PATTERN: Final = compile_rule(
    r"""
    ${sp}{0,3} ,? ${sp}{0,3}
    (?P<cue> according ${sp}{1,3} to ) ${sp}{1,3}
    """,
    regex.IGNORECASE,
)


def rule_quote_according_to(doc: Document, q: QuotedSpan) -> Attribution | None:
    if q.close is None:
        return None
    para = doc.paras[q.paragraph]
    reach = min(para.end, q.outer_end + 40)
    m = QUOTE_ACCORDING_TO_PATTERN.match(doc.text, q.outer_end, reach)
    if not m:
        m = doc.grammar.per_source(doc.text, q, reach)  # '“…,” per the club’s rules'
    if not m and embedded(doc, q):
        m = _closing_according_to(doc, q)
    if not m:
        return None
    mention = mention_after(doc.text, m.end(), para.end)
    if mention is None:
        return None
    return Attribution(mention, Span(*m.span("cue")), QUOTE_ACCORDING_TO)


def _closing_according_to(doc: Document, q: QuotedSpan) -> regex.Match[str] | None:
    """', according to X.' closing the sentence of quoted words that no main
    cue of their own introduces ('the guests grew “restless” once the
    speeches began, according to a waiter')."""
    L = current()
    sent = doc.sentence_at(q.open)
    if any(not subordinate(doc, sent.start, c) for c in cues_before(doc, sent.start, q.open)):
        return None  # 'Trump said the plan was “dead,” according to CNN': Trump said it
    for start, _, word in doc.cue_words(q.outer_end, sent.end):
        if is_according(word):
            comma = previous_char(doc.text, q.outer_end, start)
            return QUOTE_ACCORDING_TO_PATTERN.match(doc.text, comma, sent.end) if comma is not None and doc.text[comma] == "," else None
        if word in L.CUE_WORDS:
            return None
    return None


def rule_quote_clause_cue(doc: Document, q: QuotedSpan) -> Attribution | None:
    """'…the “bold thinking” the town needs, party spokeswoman Edda Morrow said.' /
    '“The delays are so obvious” in the planning office, she said.'"""
    sent = doc.sentence_at(q.open)
    for cue in reversed(cues_before(doc, q.outer_end, sent.end)):
        if doc.text[cue.start : cue.end].endswith("ing"):
            continue  # "…, she said, pointing to the depot": the participle is not the attribution
        trailing = trailing_attribution(doc, sent, cue)
        if trailing is None or q.outer_end > trailing[0] + 1:
            return None
        return Attribution(trailing[1].mention, cue, QUOTE_CLAUSE_CUE)
    return None


QUOTE_SPEAKER_CUE: Final = Rule(
    name="quote_speaker_cue",
    description="“…,” Kirby said / “…” Kirby told CNN: speaker then cue after the quotation",
    family="after",
    handler=rule_quote_speaker_cue,
    patterns=(QUOTE_SPEAKER_CUE_PATTERN, NEXT_QUOTE),
)

QUOTE_CUE_SPEAKER: Final = Rule(
    name="quote_cue_speaker",
    description="“…,” said Kirby: inverted cue then speaker after the quotation",
    family="after",
    handler=rule_quote_cue_speaker,
    patterns=(QUOTE_CUE_SPEAKER_PATTERN, NEXT_QUOTE),
)

QUOTE_ACCORDING_TO: Final = Rule(
    name="quote_according_to",
    description="“…,” according to Kirby / “…,” per the club’s rules",
    family="after",
    handler=rule_quote_according_to,
    patterns=(QUOTE_ACCORDING_TO_PATTERN,),
)

QUOTE_CLAUSE_CUE: Final = Rule(
    name="quote_clause_cue",
    description="…the “bold thinking” the town needs, Edda Morrow said.: a quotation in a clause attributed at its end",
    family="after",
    handler=rule_quote_clause_cue,
)

#: Rules that attribute a quotation by words after it.
TRAILING_RULES: Final = frozenset({QUOTE_SPEAKER_CUE, QUOTE_CUE_SPEAKER, QUOTE_CLAUSE_CUE, QUOTE_ACCORDING_TO})
