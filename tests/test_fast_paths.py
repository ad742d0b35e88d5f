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

from quotex import cues, rules
from quotex.engine import SCANNED_WORDS, _is_according, _scan_cues

PIECES = [
    *["said", "says", "told", "add", "address", "tells", "foretells", "state", "States", "to", "to-day", "-", "x", "5", "_"],
    *["according", "According", "accordingly", "nach", "Nach", "Angaben", "Nachricht", "laut", "Laut", "zufolge", "sagte"],
    *[" ", "  ", "\u00a0", "\t", "\n", ",", ".", "“", "’", "é", "don't", "didn’t", "also"],
]
TEXTS = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=3)), max_size=16).map("".join)


def scan_cues_by_definition(text: str) -> list[tuple[int, int, str]]:
    return [
        (m.start(), m.end(), word)
        for m in rules.WORD_OR_ACCORDING.finditer(text)
        if (word := m.group()) in SCANNED_WORDS or _is_according(word)
    ]


@settings(max_examples=2000, deadline=None)
@given(TEXTS)
def test_cue_scan_finds_what_a_scan_of_every_word_finds(text: str) -> None:
    assert _scan_cues(text) == scan_cues_by_definition(text)


@settings(max_examples=1000, deadline=None)
@given(TEXTS, st.sampled_from(sorted(rules.LISTS)))
def test_trie_alternation_matches_like_the_named_list(text: str, name: str) -> None:
    words = rules.LISTS[name]
    named = regex.compile(r"(?<![\p{L}\-]) \L<words> (?![\p{L}\-]) (.?)", regex.VERBOSE, words=words)
    trie = regex.compile(r"(?<![\p{L}\-]) " + rules.alternation(words) + r" (?![\p{L}\-]) (.?)", regex.VERBOSE)
    for pos in range(len(text) + 1):
        a, b = named.match(text, pos), trie.match(text, pos)
        assert (a and a.span(), a and a.group(1)) == (b and b.span(), b and b.group(1))


def test_no_cue_word_starts_with_a_hyphen() -> None:
    """The cue scan drops the word after "according to" ("to-day"): no cue starts like its rest."""
    assert not [w for w in SCANNED_WORDS | set(cues.PARTICLE_FORMS) if w.startswith("-")]
