"""Is a quotation a title or a name rather than someone's words?

:func:`names_something` answers once a quotation: a Title Case phrase inside
a clause (unless someone called somebody that, or a characterising verb with
"as" labels its object so), a quotation that the words before it name ("a
show called “Veep”", the title of a work after its noun, a programme after
its broadcaster), a name in a language that capitalises nouns, one joined to
such a name, one that the words around it make a name
(:func:`quotex.rules.naming.named_around`), or a subhead
(:func:`quotex.rules.subheads.subhead`).  The naming words themselves
("so-called", "dubbed") are read in :mod:`quotex.rules.words`, with the cue
scan that skips them.
"""

from __future__ import annotations

from typing import Final

from quotex.lang import current
from quotex.quotes import QuotedSpan
from quotex.rules.base import compile_rule, on_first_use
from quotex.rules.document import Document, embedded, is_title, word_count
from quotex.rules.naming import named_around
from quotex.rules.subheads import subhead
from quotex.rules.words import COORDINATED_REACH, coordinated_before, last_tokens, names_the_quote
from quotex.speakers import tokenize

#: A person called something, right before a quoted label: "called Mrs. Pruett a | “Lady Bountiful”".
CALLED_LABEL: Final = compile_rule(
    r"""
    \b (?: called | calling | calls | dubbed | dubbing | branded | branding | labeled | labelled ) ${sp}{1,3}
    (?: \p{Lu} [\p{L}.\-']{0,20} ${sp}{1,3} ){1,3} (?: (?: an? | the ) ${sp}{1,3} )? \Z
    """
)

#: Someone naming a thing or person with a name of their own, right before the
#: quoted name: "a campaign | she calls “Bright Harbor”", "he called his rival |
#: “Senator Long”", "Ito refers to the chief as | “Bob”".  A subject stands
#: before the verb, so not a thing so named ("a show called “Veep”", "the
#: newly dubbed “Reds”", "the Ford called “Model T”"), nor a call made ("Ono
#: called into “Morning Joe”").
NAMED_BY_SUBJECT: Final = compile_rule(
    r"""
    (?<! [\p{L}\-] )
    (?: (?i: he | she | they | we | who ) | I
      | (?<! (?i: the | an? ) ${sp}{1,3} )
        (?! (?: The | A | An | This | That | These | Those | Its | His | Her | Their | Our | It ) \b )
        \p{Lu} [\p{L}.'\N{RIGHT SINGLE QUOTATION MARK}\-]{1,30} )
    ${sp}{1,3} (?: (?: also | once | often | repeatedly | even | has | have | had ) ${sp}{1,3} ){0,2}
    (?: (?: calls | called | dubs | dubbed | brands | branded | labels | labeled | labelled )
        (?: ${sp}{1,3} (?! (?: into | in | on | at | for | from | to | with | by | out | up ) \b )
            [\p{L}'\N{RIGHT SINGLE QUOTATION MARK}\-]{1,20} ){0,3}
      | (?: refers | referred ) ${sp}{1,3} to
        (?: ${sp}{1,3} [\p{L}'\N{RIGHT SINGLE QUOTATION MARK}\-]{1,20} ){1,3} ${sp}{1,3} as )
    ${sp}{0,3} (?: (?: an? | the ) ${sp}{1,3} )? \Z
    """
)


#: A broadcaster's programme named right before a quotation (the pack's ``PROGRAMME_WORDS``): 'said on WXR's |
#: “Morning Docks.”', 'told KTV's | “Harbour Hour”' (a period the writer moved inside the marks does not make it a sentence).
ON_PROGRAMME: Final = compile_rule(
    r"""
    \b \L<programme_words> ${sp}{1,3} \p{Lu} [\p{L}.\-]{0,20} (?: ' | \N{RIGHT SINGLE QUOTATION MARK} ) s ${sp}{1,3} \Z
    """
)


#: A work named right before its Title Case title (the pack's ``WORK_NOUNS``): 'in his 2012 book, | “An Honest Son.”',
#: 'the movie | “Sharks 3!”'.
WORK_TITLED: Final = compile_rule(
    r"""
    \b \L<work_nouns> ,? ${sp}{1,3} \Z
    """
)


def names_something(doc: Document, q: QuotedSpan) -> bool:
    """Is the quotation a title or a name rather than someone's words: a Title
    Case phrase inside a clause (unless someone called somebody that),
    named by the words before it ("a show called “Veep”"), or a subhead
    (:func:`quotex.rules.subheads.subhead`)?  Answered once a
    quotation in a document (its fields the key: a rule may ask of a copy)."""
    key = (q.open, q.close, q.start, q.end, q.paragraph, q.close_len)
    known = doc.names_memo.get(key)
    if known is None:
        known = doc.names_memo[key] = _names_something(doc, q)
    return known


def _names_something(doc: Document, q: QuotedSpan) -> bool:
    title = not doc.lang.CAPITALISED_NOUNS and embedded(doc, q) and _title_case(doc, q) and not _labelled(doc, q)
    # a quotation joined to a word by a hyphen is part of a compound name: "die „Bild“-Zeitung"
    compound = (
        q.close is not None and doc.text[q.outer_end : q.outer_end + 1] == "-" and doc.text[q.outer_end + 1 : q.outer_end + 2].isalpha()
    )
    return _named(doc, q) or title or compound or _coordinated_name(doc, q) or subhead(doc, q)


#: The longest Title Case quotation with a period inside the marks read as a title (a fast path).
TITLE_PERIOD_CHARS: Final = 120
#: Opening quotation marks: a quotation right after one opens its outer quotation, not a clause.
_OPENING_MARKS: Final = "\N{LEFT DOUBLE QUOTATION MARK}\N{LEFT SINGLE QUOTATION MARK}\"'"


def _title_case(doc: Document, q: QuotedSpan) -> bool:
    """Is the quotation a Title Case phrase, also with the sentence's period
    the writer moved inside the marks ('closed the show with “Rise Over the
    River.”', 'the founder of “Harbor Friends for Ruiz.”')?  Not with that period
    in the headline, nor after a cue ('a banner reading “Jobs Not Walls.”', 'gave
    his post as “Director of Sales.”') or an opening mark: there the words are a sentence."""
    inner = doc.text[q.start : q.end]
    if _predicate_word(doc, q, inner):
        return False
    if is_title(inner):
        return True
    if not inner.endswith(".") or len(inner) > TITLE_PERIOD_CHARS or q.paragraph == 0 or not is_title(inner[:-1]):
        return False
    lo = max(doc.paras[q.paragraph].start, q.open - 40)
    toks = last_tokens(doc.text, lo, q.open)
    if not toks or toks[-1].punct:
        return not toks or toks[-1].text not in _OPENING_MARKS
    return toks[-1].low not in doc.lang.CUE_FORMS and toks[-1].low != "as"


def _predicate_word(doc: Document, q: QuotedSpan, inner: str) -> bool:
    """Is the quotation one capitalised word right after a form of "be": a
    predicate someone used ("the judge was “Partisan,”" "she is
    “Unfit!”"), not a name?"""
    if not inner[:1].isupper() or len(inner.split()) != 1:
        return False
    toks = last_tokens(doc.text, max(0, q.open - 20), q.open)
    return bool(toks) and not toks[-1].cap and toks[-1].low in current().PASSIVE


def _named(doc: Document, q: QuotedSpan) -> bool:
    """The readings of a quotation that need no other quotation."""
    return capitalised_name(doc, q) or names_the_quote(doc, q) or _after_name_head(doc, q) or _programme(doc, q) or named_around(doc, q)


#: How many quotations before a coordinated one :func:`_coordinated_name` reads back.
JOINED_NAMES_REACH: Final = 4


def _coordinated_name(doc: Document, q: QuotedSpan) -> bool:
    """Is the quotation joined to a name in marks before it ("die Modelle
    „Nord“ und „Süd“", "„Bund für Stadtgrün“ („BfS“)"), in a language with
    ``NAME_JOINERS``?  Then it is a name too.  Reads back over a few joined
    quotations, to the first that another reading makes a name."""
    joiners = doc.lang.NAME_JOINERS
    if not joiners or q.close is None or not (doc.text[q.start : q.start + 1].isupper() or doc.text[q.start : q.start + 1].isdigit()):
        return False
    current_q = q
    for _ in range(JOINED_NAMES_REACH):
        prev = doc.quote_at(current_q.open - 1)
        if prev.open >= current_q.open or prev.close is None or prev.paragraph != current_q.paragraph or prev.outer_end > current_q.open:
            return False
        between = doc.text[prev.outer_end : current_q.open].split()
        if len(between) > 1 or between and between[0] not in joiners and between[0] not in {",", "("}:
            return False
        if _named(doc, prev):
            return True
        current_q = prev
    return False


#: A short form of a name: capitals and digits only, two capitals at least ("ABC", "G8", "B2B" not: a lowercase letter).
ACRONYM: Final = on_first_use(r"(?=(?:[\p{N}\-&]*\p{Lu}){2})[\p{Lu}\p{N}\-&]{2,10}")  # read in a language with NAME_LINKS only


def capitalised_name(doc: Document, q: QuotedSpan) -> bool:
    """In a language that capitalises nouns, is the quotation a name because
    every word of it is capitalised ("der „Neue Morgenbote“", "„Freunde von
    Nirgendwo“"), or it is one short form in capitals ("kurz „NMB“")?  Said words have a lowercase adjective, verb or
    joining word ("das „gemeinsame Boot“"); one capitalised word is any noun,
    and what a cue calls something stays words said ("als „Feinde Gottes“")."""
    links = doc.lang.NAME_LINKS
    if not links or q.close is None:
        return False
    inner = doc.text[q.start : q.end]
    words = inner.split()
    if len(words) == 1 and ACRONYM.fullmatch(inner):
        return True  # "kurz „ABC“": a short form of a name
    if not 2 <= len(words) <= NAMED_MAX_WORDS or inner.rstrip()[-1:] in ".!?,;:":
        return False
    if not all(w[:1].isupper() or w[:1].isdigit() or w in links or w == "\N{EN DASH}" for w in words):
        return False
    if not (words[-1][:1].isupper() or words[-1][:1].isdigit()):
        return False
    lo = max(doc.paras[q.paragraph].start, q.open - 40)
    toks = last_tokens(doc.text, lo, q.open)
    return not (toks and not toks[-1].punct and toks[-1].low in doc.lang.LABEL_WORDS)


def _programme(doc: Document, q: QuotedSpan) -> bool:
    """Is the quotation a Title Case programme after its broadcaster ('said on
    WXR's “Morning Docks.”') or the title of a work after the noun for it ('in his
    book, “An Honest Son,”')?"""
    if q.close is None or not is_title(doc.text[q.start : q.end].rstrip(".,!? ")):
        return False
    lo = max(doc.paras[q.paragraph].start, q.open - 40)
    lang = doc.lang
    return (bool(lang.PROGRAMME_WORDS) and ON_PROGRAMME[lang].search(doc.text, lo, q.open) is not None) or (
        bool(lang.WORK_NOUNS) and WORK_TITLED[lang].search(doc.text, lo, q.open) is not None
    )


#: The most words of a quotation that a noun before it names ("die Zeitung „Morgenpost“").
NAMED_MAX_WORDS: Final = 6
#: The most words of a title or slogan after the noun for it: "das Buch „Cobra II – die wahre Geschichte …“",
#: "unter dem Motto „…!“" run longer than other names.
HEADED_MAX_WORDS: Final = 14


def _after_name_head(doc: Document, q: QuotedSpan) -> bool:
    """Is the quotation the name of what the noun right before it is: "die
    Zeitung „Morgenpost“", "der Verein „Freunde des Waldes“" (the language's
    ``NAME_HEAD_ENDINGS``)?  One that opens with a capital only, of up to
    :data:`HEADED_MAX_WORDS` words."""
    endings = doc.lang.NAME_HEAD_ENDINGS
    if not endings or q.close is None or word_count(doc.text[q.start : q.end]) > HEADED_MAX_WORDS:
        return False
    if not doc.text[q.start : q.start + 1].isupper() and not doc.text[q.start : q.start + 1].isdigit():
        return False
    lo = max(doc.paras[q.paragraph].start, q.open - 40)
    toks = last_tokens(doc.text, lo, q.open)
    return bool(toks) and not toks[-1].punct and toks[-1].low.endswith(endings)


def _labelled(doc: Document, q: QuotedSpan) -> bool:
    """Is the Title Case quotation what someone called somebody ("Ms. Tremayne
    called Mrs. Pruett a “Lady Bountiful”"), a name someone gave ("a
    campaign she calls “Bright Harbor”"), or what a cue right before it says
    ("the nurses were chanting “Pay Us Now”")?"""
    lo = max(doc.paras[q.paragraph].start, q.open - 60)
    toks = last_tokens(doc.text, lo, q.open)
    if toks and toks[-1].low in doc.lang.SAYING_FORMS and not toks[-1].cap:
        return True  # the object of a cue: 'Some chanted “Go Team!”', 'chanting “Pay Us Now”'
    if CALLED_LABEL.search(doc.text, lo, q.open) is not None or NAMED_BY_SUBJECT.search(doc.text, lo, q.open) is not None:
        return True
    return _characterised_label(doc, q, lo)


#: The most words between a characterising verb and "as": its object ("cited | Long’s past remarks about the port | as").
CHARACTERISED_OBJECT_WORDS: Final = 7
#: Words right before a characterising verb that make it a passive ("was hailed as") or a
#: participle after its noun ("a man hailed as"), with no subject to speak.
_PASSIVE_LEADS: Final = frozenset("is are was were be been being get gets got gotten by".split())
#: Articles between "as" and the label ("as a “…”").
_LABEL_ARTICLES: Final = frozenset({"a", "an", "the"})


def _characterised_label(doc: Document, q: QuotedSpan, lo: int) -> bool:
    """Does an active characterising verb with an object end right before the
    quotation with "as" ("a Gazette article hailed Ruiz as “The Harbor King”",
    "Ruiz cited Long’s remarks about the port as “Dock Rats”")?  Not a passive
    ("was hailed as"), nor a participle with no object ("a man hailed as", "known as")."""
    L = current()
    if not L.CHARACTERISING_AS_FORMS:
        return False
    text = doc.text
    for _ in range(COORDINATED_REACH):
        # '… as “Dock Rats” and “Fish Heads”': a label coordinated with one so characterised
        prev = coordinated_before(doc, q, lo)
        if prev is None:
            break
        q = prev
        lo = max(doc.paras[q.paragraph].start, q.open - 60)
    toks = tokenize(text, lo, q.open)
    if toks and toks[-1].low in _LABEL_ARTICLES:
        toks = toks[:-1]
    if len(toks) < 3 or toks[-1].low != "as":
        return False
    for k in range(len(toks) - 3, max(-1, len(toks) - 3 - CHARACTERISED_OBJECT_WORDS), -1):
        tok = toks[k]
        if tok.punct:
            return False
        if tok.low in L.CHARACTERISING_AS_FORMS and not tok.cap:
            return k == 0 or toks[k - 1].low not in _PASSIVE_LEADS
    return False
