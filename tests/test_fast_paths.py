"""The engine's fast paths give what their plain definitions give.

Each fast path replaces a simple, slow formulation with an equivalent one;
these property tests hold them to the simple one on text drawn from the
pieces where they could part ways (word boundaries, hyphens, "according
to", cue words inside longer words).
"""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from quotex.engine import _resolved_pronoun
from quotex.lang import LANGUAGES, Language, language, reading
from quotex.quotes import MARK, MARK_STARTS, QuotedSpan, _marks
from quotex.rules.after import QUOTE_SPEAKER_CUE_PATTERN, _speaker_cue, speaker_cue_matches
from quotex.rules.base import WORD, WORD_OR_ACCORDING, compile_rule, language_lists
from quotex.rules.boundaries import auxiliary_run, coordinated_cue
from quotex.rules.de.acts import _LOWER_WORD, ACT_READINGS, _lower_words
from quotex.rules.document import Document, _scan_cues, inside_word, words_of
from quotex.rules.en.grammar import AFTER_QUOTATION
from quotex.rules.finite_verbs import CLAUSE_REACH, CLAUSE_TOKEN, ClauseWords, is_clause
from quotex.rules.headlines import TITLE_CUE, _title_cues, headline_cues
from quotex.rules.reported.settings import SETTING, may_hold_setting
from quotex.rules.reported.speech import handoff_cue
from quotex.rules.words import (
    NAMING_WORDS,
    NOUN_MARKERS,
    _counted,
    _indefinite_noun,
    _noun_after_name,
    after_determiner,
    is_according,
    last_tokens,
    names_the_quote,
)
from quotex.speakers.resolve import Resolver, _courtesy_names, courtesy_pattern, name_pattern
from quotex.speakers.tokens import TOKEN, _word_features
from quotex.text import PARAGRAPH, SENTENCE_END, WORD_BEFORE, Span, _lines, occurrences, sentence_ends

EN = language("en")
DETERMINERS, SUBJECT_PRONOUNS, NUMBER_WORDS = EN.DETERMINERS, EN.SUBJECT_PRONOUNS, EN.NUMBER_WORDS

PIECES = [
    *["said", "says", "told", "add", "address", "tells", "foretells", "state", "States", "to", "to-day", "-", "x", "5", "_"],
    *["according", "According", "accordingly", "nach", "Nach", "Angaben", "eigenen", "Nachricht", "laut", "Laut", "zufolge", "sagte"],
    *[" ", "  ", "\u00a0", "\t", "\n", ",", ".", "“", "’", "é", "don't", "didn’t", "also"],
]
TEXTS = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=3)), max_size=16).map("".join)


def scan_cues_by_definition(text: str, lang: Language) -> list[tuple[int, int, str]]:
    with reading(lang):
        return [
            (m.start(), m.end(), word)
            for m in WORD_OR_ACCORDING[lang].finditer(text)
            if (word := m.group()) in lang.SCANNED_WORDS or is_according(word) and len(word.split()) > 1
        ]


@settings(max_examples=1000, deadline=None)
@given(TEXTS, st.sampled_from(sorted(LANGUAGES)))
def test_cue_scan_finds_what_a_scan_of_every_word_finds(text: str, code: str) -> None:
    lang = language(code)
    assert _scan_cues(text, lang) == scan_cues_by_definition(text, lang)


#: Letters, a hyphen, a combining mark, a digit, an ideograph, one outside the BMP, a lone surrogate, space.
EDGE_CHARACTERS = ["a", "Ä", "-", " ", ".", "5", "\u0301", "\u00df", "\u4e00", "\U0001d400", "\ud800", "\n"]


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=st.sampled_from(EDGE_CHARACTERS), min_size=2, max_size=6))
def test_inside_word_is_two_word_characters_as_the_word_pattern_reads_them(text: str) -> None:
    for pos in range(1, len(text)):
        assert inside_word(text, pos) == (regex.match(r"[\p{L}\-]{2}", text[pos - 1 : pos + 1]) is not None)


@given(st.text(max_size=12))
def test_a_token_is_capitalised_as_the_numbered_noun_pattern_reads_it(text: str) -> None:
    assert _word_features(text)[1] == (text[:1].isupper() or regex.match(r"\p{N}{1,3}-\p{Lu}\p{Ll}+\Z", text) is not None)


#: The speaker-then-cue pattern with every cue form spelled out as a named
#: list, the plain definition that :func:`speaker_cue_matches` stands in for.
SPELLED_OUT = regex.compile(
    QUOTE_SPEAKER_CUE_PATTERN[EN].pattern.replace(
        "(?<![\\p{L}\\-]) [\\p{L}\\-]{1,30} (?![\\p{L}\\-])", "(?<![\\p{L}\\-]) \\L<cues> (?![\\p{L}\\-])"
    ),
    regex.VERBOSE,
    cues=sorted(EN.CUE_WORDS),
    ignore_unused=True,
    **language_lists(EN),
)
SPEAKER_PIECES = [*PIECES, "Kirby", "the senator", "has", "also", "later", "then", "(R-Pa.)", "Gov.", "!", "?"]
AFTER_QUOTE = st.lists(st.sampled_from(SPEAKER_PIECES), max_size=12).map(" ".join)


@settings(max_examples=2000, deadline=None)
@given(AFTER_QUOTE)
def test_speaker_cue_fitted_to_cue_words_matches_the_spelled_out_pattern(after: str) -> None:
    text = "“We are ready,”" + after
    start = len("“We are ready,”")
    spelled = SPELLED_OUT.match(text, start, len(text))
    first = next(speaker_cue_matches(Document(text), start, len(text)), None)
    assert (spelled and spelled.span("np", "cue")) == (first and (first.np, first.cue))


SPACES = st.sampled_from([" ", "  ", "   ", "    ", "\t", "\u00a0", " \t", "\n"])
AUXILIARY_PIECES = [*SPEAKER_PIECES, "would", "never", "don’t", "matter-of-factly", "has", "also", "said", "told", "x-said", "said-"]
SPACED = st.lists(st.tuples(st.sampled_from(AUXILIARY_PIECES), SPACES), max_size=10).map(lambda ws: "".join(w + s for w, s in ws))


@settings(max_examples=2000, deadline=None)
@given(st.sampled_from(["", ",", " —", "’ ,", "!"]), SPACES, SPACED, st.sampled_from(["", "said", "told", "said-", "x"]))
def test_speaker_cue_runs_of_auxiliaries_and_spaces_match_the_spelled_out_pattern(mark: str, space: str, words: str, last: str) -> None:
    """Runs of up to three auxiliaries and of one to four spaces of each kind, fitted to every cue word."""
    text = "“We are ready,”" + mark + space + words + last
    start = len("“We are ready,”")
    doc = Document(text)
    for c in doc.cue_words(start, len(text)):
        spelled = QUOTE_SPEAKER_CUE_PATTERN[EN].fullmatch(text, start, c[1])
        fitted = _speaker_cue(doc, start, c[1])
        assert (spelled and spelled.span("np", "cue")) == (fitted and (fitted.np, fitted.cue))


def test_no_cue_word_starts_with_a_hyphen() -> None:
    """The cue scan drops the word after "according to" ("to-day"): no cue starts like its rest."""
    for code in LANGUAGES:
        lang = language(code)
        assert not [w for w in lang.SCANNED_WORDS | set(lang.PARTICLE_FORMS) if w.startswith("-")]


def names_the_quote_by_tokens(doc: Document, q: QuotedSpan) -> bool:
    """:func:`names_the_quote` read off the tokens before the quotation, with no shortcut for a mark before it."""
    toks = last_tokens(doc.text, max(doc.paras[q.paragraph].start, q.open - 40), q.open)
    if not toks or toks[-1].low not in NAMING_WORDS:
        return False
    if toks[-1].low == "so-called" or len(toks) < 2:
        return True
    before = toks[-2]
    return not (before.low in SUBJECT_PRONOUNS or before.low in {"who", "whom"} or (before.cap and before.low not in DETERMINERS))


NAMING_PIECES = [*SPEAKER_PIECES, "called", "so-called", "dubbed", "Called", "word.", "U.S.", "e.g.", "St.", "A."]
NAMING_PIECES += [".", ",", ":", "—", "(", ")", "“", "”", '"']
BEFORE_QUOTE = st.lists(st.one_of(st.sampled_from(NAMING_PIECES), st.text(max_size=2)), max_size=10).map(" ".join)


@settings(max_examples=2000, deadline=None)
@given(BEFORE_QUOTE, st.sampled_from(["", " ", "  ", "\t", "\u00a0"]))
def test_a_mark_before_a_quotation_names_nothing(before: str, gap: str) -> None:
    doc = Document(before + gap + "“Veep” aired and he said “it is over now.”")
    for q in doc.quoted:
        assert names_the_quote(doc, q) == names_the_quote_by_tokens(doc, q)


def after_determiner_by_tokens(text: str, lo: int, pos: int) -> bool:
    """:func:`after_determiner` read off the tokens before the cue, with no shortcut for a lowercase word."""
    toks = last_tokens(text, max(lo, pos - 20), pos)
    if not toks:
        return False
    before = toks[-1].low
    word = text[pos : pos + 12].split(" ", 1)[0].lower().rstrip(",.;:")
    if before in {"by", "after", "before", "without", "while"} and word.endswith("ing") and not toks[-1].cap:
        return False
    if before in {"another", "one"} and (word.endswith(("ed", "s")) and not word.endswith("ss") or word in {"said", "told", "wrote"}):
        return False
    if (before in DETERMINERS and before not in {"some", "many", "several"} and before not in NUMBER_WORDS) or before in NOUN_MARKERS:
        return True
    return _noun_after_name(toks, word) or _counted(before, word) or _indefinite_noun(toks, word)


WORDS_BEFORE_CUE = [
    *NAMING_PIECES,
    "the",
    "The",
    "a",
    "an",
    "another",
    "Another",
    "of",
    "one",
    "said",
    "wrote",
    "he’s",
    "Trump’s",
    "Sanders’",
    "32%",
    "é",
    "ǅ",
    "ß",
]
WORDS_BEFORE_CUE += [
    "e\u0301",
    "x" * 41,
    "y" * 42,
    "A" * 45,
    "comment",
    "claims",
    "seven",
    "11",
    "1",
    "says",
    "states",
    "snappy",
    "retort",
    "by",
    "By",
    "telling",
    "Republican",
    "\u2009",
    "\n",
    "\u00a0",
    "\t",
    "İ",
    "ΣΑΣ",
]
CUE_TEXTS = st.lists(st.one_of(st.sampled_from(WORDS_BEFORE_CUE), st.text(max_size=2)), max_size=8).map(" ".join)


@settings(max_examples=1000, deadline=None)
@given(CUE_TEXTS, st.integers(min_value=0, max_value=30))
def test_a_lowercase_word_before_a_cue_is_read_without_tokens(text: str, back: int) -> None:
    for pos in range(len(text) + 1):
        lo = max(0, pos - back)
        assert after_determiner(text, lo, pos) == after_determiner_by_tokens(text, lo, pos), (text, lo, pos)


CLAUSE_PIECES = [*SPEAKER_PIECES, "U.S.", "it’s", "don’t", "9,000", "1.6%", "--", " - ", "—", "(", ")", ";", ":", "x" * 45]
CLAUSE_PIECES += ["he", "and", "Trump", "differ", "which", "who", "was", ",", ",", "that", "the", "jobs", "will", "people", "want"]
CLAUSE_PIECES += ["many", "voters", "hired", "a", "but", "not", "rise", "costs", "shows", "if", "Sunday", "it"]
CLAUSE_PIECES += ["his run in May and hired a pollster", "he and Trump differ", " ".join(["in", "the", "long", "run"] * 4)]
CLAUSES = st.lists(st.one_of(st.sampled_from(CLAUSE_PIECES), st.text(max_size=3)), max_size=60).map(" ".join)


@settings(max_examples=1000, deadline=None)
@given(CLAUSES, st.integers(min_value=0, max_value=40), st.sampled_from([",", ")", "\N{EM DASH}", "and"]))
def test_words_read_on_demand_are_the_first_words_of_the_span(text: str, n: int, mark: str) -> None:
    every = [m.group().replace("\N{RIGHT SINGLE QUOTATION MARK}", "'") for m in CLAUSE_TOKEN.finditer(text)][:CLAUSE_REACH]
    words = ClauseWords(text, 0, len(text))
    assert words.upto(n) == every[:n]
    i = min(n, 3)
    assert words.find(i, frozenset({mark})) == next((k for k in range(i, len(every)) if every[k] == mark), None)
    assert words.upto(CLAUSE_REACH) == every


@settings(max_examples=2000, deadline=None)
@given(CLAUSES)
def test_a_clause_read_on_demand_is_judged_as_one_read_whole(text: str) -> None:
    upto = ClauseWords.upto
    whole = [is_clause(text, start, len(text)) for start in range(len(text))]
    try:
        ClauseWords.upto = lambda self, n: upto(self, CLAUSE_REACH)  # type: ignore[method-assign]
        assert [is_clause(text, start, len(text)) for start in range(len(text))] == whole
    finally:
        ClauseWords.upto = upto  # type: ignore[method-assign]


#: The patterns with the language's auxiliaries spelled out as a named list,
#: the plain definitions that :func:`auxiliary_run` and its callers stand in for.
COORDINATED_SPELLED_OUT = compile_rule(
    r"""
    (?: ,? ${sp}{1,3} | ; ${sp}{0,3} ) (?: and | but ) ${sp}{1,3} (?: ${aux} ${sp}{1,3} ){0,2}
    (?P<cue> ${cue_slot} ) ${sp}{1,3} (?= \p{L} )
    """
)
#: The hand-over to a second cue that :func:`handoff_cue` reads in three steps.
HANDOFF_SPELLED_OUT = compile_rule(
    r"""
    (?: ,? ${sp}{1,3} (?: and | but ) | , ) ${sp}{1,3} (?: ${aux} ${sp}{1,3} ){0,2}
    (?P<cue> ${cue_slot} ) (?: ${sp}{1,3} ${adjunct_word} ){0,4} ${sp}{0,3} \Z
    """
)
AFTER_QUOTATION_SPELLED_OUT = compile_rule(r"[\s,.]{0,4} (?: and | but ) ${sp}{1,3} (?: ${aux} ${sp}{1,3} ){0,2}")
GAPS = st.sampled_from([" ", " ", " ", "  ", "   ", "    ", "\t", "\u00a0", "", "\n"])
AUXILIARY_PIECES = ["would", "now", "later", "can", "can't", "can’t", "nowhere", "Kirby", "matter-of-factly", "said"]
COORDINATION = st.tuples(
    st.sampled_from(["", ",", ";", "x", "“"]),
    GAPS,
    st.sampled_from(["and", "but", "band"]),
    GAPS,
    st.lists(st.tuples(st.sampled_from(AUXILIARY_PIECES), GAPS).map("".join), max_size=3).map("".join),
    st.sampled_from(["said", "noted", "say", "now", "Said", "yelled", ""]),
    GAPS,
    st.sampled_from(["that", "he", "", "5", ","]),
).map("".join)
JOINED = st.lists(COORDINATION, min_size=1, max_size=3).map("".join)


@settings(max_examples=2000, deadline=None)
@given(JOINED)
def test_auxiliaries_checked_in_python_match_the_spelled_out_patterns(text: str) -> None:
    doc = Document(text, EN)
    for start in range(len(text) + 1):
        spelled = next(
            (
                (m.start(), m.start("cue"))
                for m in COORDINATED_SPELLED_OUT[EN].finditer(text, start)
                if m.group("cue") in EN.CUE_WORDS and m.group("cue") in EN.SPEECH_FORMS and not doc.inside_quote(m.start())
            ),
            None,
        )
        assert coordinated_cue(doc, start, len(text)) == spelled
        for end in range(start, len(text) + 1) if start == 0 else (len(text),):  # every end, every start
            handoff = HANDOFF_SPELLED_OUT[EN].search(text, start, end)
            while handoff is not None and handoff.group("cue") not in EN.CUE_WORDS:
                handoff = HANDOFF_SPELLED_OUT[EN].search(text, handoff.start() + 1, end)
            with reading(EN):
                read = handoff_cue(text, start, end)
            assert read == (None if handoff is None else (handoff.start(), handoff.end(), handoff.group("cue")))
        for end in range(start, len(text) + 1):
            joint = AFTER_QUOTATION.match(text, start, end)
            by_run = joint is not None and end in auxiliary_run(EN, text, joint.end(), end)
            assert by_run == (AFTER_QUOTATION_SPELLED_OUT[EN].fullmatch(text, start, end) is not None)


#: Pieces where a word token's run of letters and its inner periods part ways: "U.S.", 41-character runs, marks.
TOKEN_TEXTS = st.lists(
    st.sampled_from(["a", "B", "1", ".", "U.S.", "-", "--", " ", "'", "’", "&", "%", "\u0301", "é", ",", "“", "x" * 39]),
    max_size=24,
).map("".join)


def token_spans(pattern: regex.Pattern[str], text: str, a: int, b: int) -> list[tuple[int, int]]:
    lo, hi = sorted((min(a, len(text)), min(b, len(text))))
    return [m.span() for m in pattern.finditer(text, lo, hi)]


#: :data:`quotex.speakers.tokens.TOKEN` as first written: a choice between a word character and an inner period at every character.
WORD_TOKEN_BY_DEFINITION = regex.compile(
    r"""
    [\p{L}\p{N}] (?: [\p{L}\p{M}\p{N}'\N{RIGHT SINGLE QUOTATION MARK}&\-] | \.(?=\p{L}) ){0,40} %?
    | [(),;:\N{EM DASH}\N{EN DASH}.!?"\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}\N{DOUBLE LOW-9 QUOTATION MARK}«»]
    | (?<=\s) -{1,2} (?=\s)
    """,
    regex.VERBOSE,
)


@settings(max_examples=1000, deadline=None)
@given(TOKEN_TEXTS, st.integers(0, 200), st.integers(0, 200))
def test_word_tokens_read_as_a_run_are_the_tokens_read_a_character_at_a_time(text: str, a: int, b: int) -> None:
    assert token_spans(TOKEN, text, a, b) == token_spans(WORD_TOKEN_BY_DEFINITION, text, a, b)


#: :data:`quotex.rules.finite_verbs.CLAUSE_TOKEN` as first written.
CLAUSE_TOKEN_BY_DEFINITION = regex.compile(
    r"""
    \p{L} (?: [\p{L}\p{M}\p{N}\-] | ['\N{RIGHT SINGLE QUOTATION MARK}.] (?=\p{L}) ){0,40}
    | \p{N} [\p{N},.%]{0,20}
    | [,;:()\N{EM DASH}\N{EN DASH}] | -- | (?<= \s ) - (?= \s )
    """,
    regex.VERBOSE,
)


@settings(max_examples=1000, deadline=None)
@given(TOKEN_TEXTS, st.integers(0, 200), st.integers(0, 200))
def test_clause_words_read_as_a_run_are_the_words_read_a_character_at_a_time(text: str, a: int, b: int) -> None:
    assert token_spans(CLAUSE_TOKEN, text, a, b) == token_spans(CLAUSE_TOKEN_BY_DEFINITION, text, a, b)


@settings(max_examples=1000, deadline=None)
@given(TOKEN_TEXTS, st.integers(0, 200), st.integers(0, 200))
def test_the_word_before_a_stop_read_right_to_left_is_the_one_read_left_to_right(text: str, a: int, b: int) -> None:
    lo, hi = sorted((min(a, len(text)), min(b, len(text))))
    by_definition = regex.compile(r"[\p{L}\p{N}.\-]{1,20}\Z").search(text, lo, hi)
    found = WORD_BEFORE.search(text, lo, hi)
    assert (found and found.span()) == (by_definition and by_definition.span())


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from([*PIECES, " and", " but", ", and", "has", "then", "in", "May", "X-said"]), max_size=16).map("".join))
def test_a_clause_that_hands_over_to_a_cue_holds_a_cue_word(text: str) -> None:
    # _reported_extent reads a hand-over only where the content's words include a cue word
    with reading(EN):
        tail = HANDOFF_SPELLED_OUT[EN].search(text)
        while tail is not None and tail.group("cue") not in EN.CUE_WORDS:
            tail = HANDOFF_SPELLED_OUT[EN].search(text, tail.start() + 1)
    assert tail is None or not EN.CUE_WORDS.isdisjoint(words_of(text))


COURTESY_PIECES = [
    "Mr",
    "Mrs",
    "Ms",
    "Miss",
    "Mister",
    "Sir",
    "Dame",
    "Frau",
    "Herr",
    "Her",
    "Mi",
    "s",
    "M",
    ".",
    " ",
    "  ",
    "\u00a0",
    "Lau",
    "J.",
    "x",
    "’s",
    "-",
]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(COURTESY_PIECES), max_size=14).map("".join))
def test_courtesy_names_tried_where_a_title_starts_are_the_ones_found_anywhere(text: str) -> None:
    for lang in (language("en"), language("de")):
        found = [(m.span(), m.groupdict()) for m in _courtesy_names(text, lang)]
        assert found == [(m.span(), m.groupdict()) for m in courtesy_pattern(lang).finditer(text)]


NAME_PIECES = [
    "Mc",
    "Ann",
    "O'",
    "Lee",
    "de",
    "van",
    " ",
    "  ",
    "\u00a0",
    "J.",
    "A",
    "b",
    "-",
    "’",
    "x" * 29,
    "Monday.",
    "U.S.",
    "&",
    "St.",
]
NAMES = st.lists(st.sampled_from(NAME_PIECES), max_size=12).map("".join)


@settings(max_examples=1000, deadline=None)
@given(NAMES)
def test_names_read_with_possessive_runs_are_the_names_read_with_greedy_ones(text: str) -> None:
    pattern = name_pattern(EN)
    greedy = regex.compile(
        pattern.pattern.replace("{1,30}+", "{1,30}"), regex.VERBOSE, particles=sorted(p for p in EN.NAME_PARTICLES if p.isalpha())
    )
    assert "{1,30}+" in pattern.pattern
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in greedy.finditer(text)]


@settings(max_examples=1000, deadline=None)
@given(NAMES)
def test_organisations_read_with_possessive_runs_are_the_ones_read_with_greedy_runs(text: str) -> None:
    greedy = regex.compile(Resolver.ORG.pattern.replace("{0,30}+", "{0,30}"))
    assert "{0,30}+" in Resolver.ORG.pattern
    assert [m.span() for m in Resolver.ORG.finditer(text)] == [m.span() for m in greedy.finditer(text)]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(["a", "bc", " ", "\n", "\r", "\r\n", "\u2028", "\u2029", "\t"]), max_size=16).map("".join))
def test_lines_split_at_newlines_are_the_ones_the_paragraph_pattern_reads(text: str) -> None:
    assert list(_lines(text)) == [m.span() for m in PARAGRAPH.finditer(text)]


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(
        st.sampled_from([*PIECES, " that", "that", " on Monday", " in", "she", " it", "thats", " to", " the", " police", " he", " had"]),
        max_size=16,
    ).map("".join)
)
def test_a_setting_before_a_clause_is_read_only_where_it_can_match(text: str) -> None:
    # _indirect_from reads SETTING only where "that" occurs after the cue or "to" opens an addressee
    assert SETTING[EN].match(text) is None or may_hold_setting(text, 0, len(text))


def test_an_addressee_before_a_pronoun_is_a_setting_the_guard_lets_through() -> None:
    text = " to the police he had"
    assert SETTING[EN].match(text) is not None and may_hold_setting(text, 0, len(text))


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 300), st.integers(1, 4), st.sampled_from(["Ann Lee", "Bo Ruiz"])), max_size=30),
    st.integers(0, 320),
    st.integers(0, 320),
    st.sampled_from(["Ann Lee", "Bo Ruiz", "Cy Oduya"]),
)
def test_the_pronoun_index_finds_what_a_scan_of_every_attribution_finds(
    pronouns: list[tuple[int, int, str]], after: int, before: int, name: str
) -> None:
    """A speaker's resolved pronouns are looked up in an index by name, not by
    a scan of every attribution for each quotation (quadratic in a paragraph of
    many quotations); the lookup keeps the scan's answer: the last pronoun of
    ``name`` that lies between ``after`` and ``before``."""
    by_name: dict[str, list[tuple[int, int]]] = {}
    for start, length, who in pronouns:
        by_name.setdefault(who, []).append((start, start + length))
    for spans in by_name.values():
        spans.sort()
    inside = [(s, e) for s, e, who in ((s, s + n, w) for s, n, w in pronouns) if who == name and after <= s and e <= before]
    expected = max(inside, default=None)  # the latest start; of one start, the longest
    got = _resolved_pronoun(by_name, name, after, before)
    assert (None if got is None else (got.start, got.end)) == expected


WORD_CHAR = regex.compile(r"[\p{L}\-]")
WHOLE_WORD_PIECES = [*PIECES, "forderte", "Forderte", "forderten", "gefordert", "warnt", "warnte", "-warnt", "Says", "says"]
WHOLE_WORD_PIECES += ["\N{KELVIN SIGN}eeps"]
WHOLE_WORD_TEXTS = st.lists(st.one_of(st.sampled_from(WHOLE_WORD_PIECES), st.text(max_size=2)), max_size=16).map("".join)


@settings(max_examples=2000, deadline=None)
@given(WHOLE_WORD_TEXTS, st.integers(0, 60), st.integers(1, 60))
def test_word_starts_hold_every_whole_occurrence_of_the_words(text: str, lo: int, length: int) -> None:
    """Each occurrence in a stretch of one of the words, with no letter or
    hyphen right before it and none right after it inside the stretch,
    starts at one of the offsets; where the stretch ends inside a word there
    are none to trust."""
    words = frozenset({"forderte", "warnt", "warnte", "Says", "said"})
    lo = min(lo, len(text))
    hi = min(lo + length, len(text))
    starts = Document(text, language("de")).word_starts(words, lo, hi)
    if 0 < hi < len(text) and WORD_CHAR.match(text, hi - 1) and WORD_CHAR.match(text, hi):
        assert starts is None
        return
    assert starts is not None and starts == sorted(set(starts)) and all(lo <= at < hi for at in starts)
    for at in range(lo, hi):
        whole = [
            w
            for w in words
            if text.startswith(w, at, hi)
            and (at == 0 or not WORD_CHAR.match(text, at - 1))
            and (at + len(w) == hi or not WORD_CHAR.match(text, at + len(w)))
        ]
        assert not whole or at in starts


@settings(max_examples=1000, deadline=None)
@given(WHOLE_WORD_TEXTS, st.integers(0, 60), st.integers(1, 60))
def test_act_verbs_are_read_where_a_scan_of_every_lowercase_word_finds_them(text: str, start: int, length: int) -> None:
    """The speech-act reading tries only the offsets where a form of an act
    verb starts; it finds the forms that a scan of every lowercase word of
    the sentence finds, also in a sentence that ends inside a word."""
    start = min(start, len(text))
    sent = Span(start, min(start + length, len(text)))
    expected = [m.span() for m in _LOWER_WORD.finditer(text, sent.start, sent.end) if m.group() in ACT_READINGS]
    assert [m.span() for m in _lower_words(Document(text, language("de")), sent) if m.group() in ACT_READINGS] == expected


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(st.sampled_from([*WHOLE_WORD_PIECES, "Bush", "Calls", "Tells", "Says.", "\n", "Warns", "Warnsx"]), max_size=16).map(" ".join),
    st.integers(0, 60),
    st.integers(1, 60),
)
def test_headline_cues_are_read_where_a_scan_of_the_sentence_finds_them(text: str, start: int, length: int) -> None:
    start = min(start, len(text))
    sent = Span(start, min(start + length, len(text)))
    with reading(EN):
        cues = headline_cues(EN)
        expected = [m.span() for m in TITLE_CUE.finditer(text, sent.start, sent.end) if m.group() in cues]
        assert [m.span() for m in _title_cues(Document(text, EN), sent) if m.group() in cues] == expected


def test_only_ascii_letters_and_the_kelvin_sign_lowercase_to_ascii_letters() -> None:
    """:func:`headline_cues` spells each capitalised speech form with an ASCII
    capital or KELVIN SIGN, and each English form is in ASCII letters."""
    assert all(form.isascii() and form.isalpha() for form in EN.SPEECH_FORMS)
    to_ascii = [c for c in map(chr, range(0x110000)) if not c.isascii() and c.lower().isascii() and c.lower().isalpha()]
    assert to_ascii == ["\N{KELVIN SIGN}"]


@settings(max_examples=2000, deadline=None)
@given(
    st.lists(
        st.one_of(st.sampled_from(PIECES), st.text(max_size=4), st.sampled_from(["\ud800", "\udcff", "ä", "ß", "\u2028", "\u3000"])),
        max_size=16,
    ).map("".join)
)
def test_words_of_reads_the_words_a_scan_for_word_reads(text: str) -> None:
    """words_of translates ASCII as bytes and the rest by character: the same words, surrogates and all."""
    assert words_of(text) == WORD.findall(text)


@settings(max_examples=2000, deadline=None)
@given(
    st.lists(st.sampled_from([*PIECES, "'", "''", "'''", "`", "``", '"', "«", "»", "‘", "‚", "„", "‹", "›", "‛"]), max_size=20).map(
        "".join
    ),
    st.integers(0, 40),
    st.integers(0, 40),
)
def test_marks_are_read_where_a_scan_for_mark_reads_them(text: str, start: int, length: int) -> None:
    para = Span(min(start, len(text)), min(start + length, len(text)))
    expected = [(m.span(), m.group()) for m in MARK.finditer(text, para.start, para.end)]
    assert [(m.span(), m.group()) for m in _marks(text, occurrences(text, MARK_STARTS), para)] == expected


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["Ada said so.", "\n", "\n\n", "  ", "Yes."]), max_size=12).map("".join))
def test_a_position_s_paragraph_is_the_last_that_starts_at_or_before_it(text: str) -> None:
    """paragraph_of looks up what a scan of the paragraphs finds: the last
    one that starts at or before the position (-1 before the first), the
    one holding it where it holds any."""
    doc = Document(text, language("en"))
    for pos in range(len(text) + 1):
        index = doc.paragraph_of(pos)
        assert index == max((i for i, p in enumerate(doc.paras) if p.start <= pos), default=-1)
        assert all(index == i for i, p in enumerate(doc.paras) if p.start <= pos < p.end)


#: Stops, runs of stops, closing marks and brackets, and what may or may not open a sentence after them.
SENTENCE_PIECES = ["Ada", "said", ".", "!", "?", "...", " ", "  ", "\n", ")", "3", "U.S."]
SENTENCE_PIECES += ["\N{RIGHT DOUBLE QUOTATION MARK}", "\N{LEFT DOUBLE QUOTATION MARK}We"]


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(st.sampled_from(SENTENCE_PIECES), max_size=16).map("".join),
    st.integers(0, 20),
    st.integers(0, 60),
)
def test_sentence_ends_tried_at_stops_are_the_ones_a_scan_finds(text: str, start: int, length: int) -> None:
    end = min(start + length, len(text))
    scanned = [(m.span(), m.group("stop")) for m in SENTENCE_END.finditer(text, start, end)]
    assert [(m.span(), m.group("stop")) for m in sentence_ends(text, start, end)] == scanned
