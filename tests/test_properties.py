"""Property-based tests: for any text, extraction never raises and its offsets are exact.

Texts are drawn from the pieces that drive the engine (quotation marks of
every kind, apostrophes, capitalised words, cue words, sentence ends,
newlines) mixed with arbitrary characters, so that hypothesis explores the
unbalanced and hostile corners a news crawl meets.  The CLI fuzz target
writes arbitrary bytes to a file and runs them through ``quotex extract``.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from quotex import extract
from quotex.cli import app
from quotex.model import QUOTE_TYPES, SPEAKER_KINDS, Quote
from quotex.rules import RULES
from quotex.text import paragraphs

MARKS = ['"', "“", "”", "'", "‘", "’", "«", "»", "„", "‚", "‹", "›", "''"]
WORDS = ["Kirby", "John Kirby", "Jane Doe", "The Post", "CNN", "Mr.", "U.S.", "He", "she", "they", "officials", "a spokesman", "the memo"]
WORDS += ["the", "plan", "is", "over", "we", "are", "ready", "don’t", "it's", "’90s", "rock ’n’ roll", "O'Reilly", "KIRBY:", "Q:"]
CUES = [
    "said",
    "says",
    "told",
    "told CNN",
    "added",
    "according to",
    "According to",
    "called for",
    "pointed out",
    "wrote",
    "asked",
    "saying",
]
PUNCT = [" ", " ", " ", ", ", ". ", "! ", "? ", ": ", "; ", " — ", " – ", "(", ")", "...", "\u00a0", "\t"]
#: Every space separator (Unicode category Zs: U+202F, U+2009, U+3000...) and every C0 control
#: (\f, \v, \x1f...): a narrow space before a period once dropped a whole article (IndexError).
SPACES = [chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Zs"]
CONTROLS = [chr(c) for c in range(0x20)]
BREAKS = ["\n", "\n\n", "\r\n", "\r", "\u2028", "\u2029"]

piece = st.one_of(
    st.sampled_from(MARKS),
    st.sampled_from(WORDS),
    st.sampled_from(CUES),
    st.sampled_from(PUNCT),
    st.sampled_from(BREAKS),
    st.sampled_from(SPACES + CONTROLS),
    st.text(max_size=3),
)
noise = st.lists(piece, max_size=80).map("".join)

# Sentences shaped like attributions, so that the rules fire and speaker and
# cue offsets are exercised too; marks are drawn independently, so openers
# and closers often do not match.
mark = st.sampled_from(MARKS)
speaker = st.sampled_from(WORDS[:11])
cue = st.sampled_from(CUES)
words = st.lists(st.sampled_from(WORDS + ["we", "will", "win", "this", "vote", "Tuesday"]), min_size=1, max_size=8).map(" ".join)
end = st.one_of(st.sampled_from([".", ".", "!", "?", "", ":", ","]), st.sampled_from(SPACES + CONTROLS).map(lambda c: c + "."))


def _join(*parts: str) -> str:
    return "".join(parts)


sentence = st.one_of(
    st.builds(_join, mark, words, st.sampled_from([",", "", "?", "!"]), mark, st.just(" "), speaker, st.just(" "), cue, end),
    st.builds(_join, speaker, st.just(" "), cue, st.sampled_from([": ", ", ", " "]), mark, words, end, mark),
    st.builds(_join, mark, words, st.just(","), mark, st.just(" "), cue, st.just(" "), speaker, end),
    st.builds(_join, speaker, st.just(" "), cue, st.just(" "), words, end),
    st.builds(_join, words, st.just(", "), speaker, st.just(" "), cue, end),
    st.builds(_join, st.just("According to "), speaker, st.just(", "), words, end),
    st.builds(_join, speaker, st.just(" "), cue, st.just(" the plan was "), mark, words, mark, end),
    piece,
)
structured = st.lists(
    st.tuples(sentence, st.sampled_from([" ", " ", " ", "\n", "\n\n", "\r\n", "\r", "  "])).map("".join), max_size=12
).map("".join)
documents = st.one_of(noise, structured)

PROPERTY_SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Texts that once broke an invariant, kept as regression examples.
KNOWN = [
    "“We are ready,” Kirby said. “It is over,” he said.",
    "“KIRBY: We are ready.”",
    '"""""KIRBY: — ',  # a label with no words after it
    '"""“”“”\' \' ’’ said Kirby.',
    "Kirby said: \r\n“We are ready for the vote on Tuesday.\r\n“And we will win it,” he said.",
    "According to Kirby, the plan is over and we are ready.",
    '""""said\t"\'',  # a cue whose trailing clause is only a tab: IndexError in _trailing_attribution
]


def check_quotes(text: str, quotes: list[Quote]) -> None:
    n_paras = len(paragraphs(text))
    previous_end = -1
    for q in quotes:
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start : q.end] == q.text
        assert q.start >= previous_end, f"quotes overlap: {quotes}"
        previous_end = q.end
        assert q.type in QUOTE_TYPES
        assert q.rule in RULES
        assert 0 <= q.paragraph < n_paras
        assert q.speaker is not None
        s = q.speaker
        assert 0 <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == s.text
        assert s.kind in SPEAKER_KINDS
        assert s.name
        if q.cue is not None:
            assert 0 <= q.cue.start < q.cue.end <= len(text)
            assert text[q.cue.start : q.cue.end] == q.cue.text


@PROPERTY_SETTINGS
@given(documents)
def test_offsets_are_exact_and_quotes_do_not_overlap(text: str) -> None:
    check_quotes(text, extract(text))


@PROPERTY_SETTINGS
@given(documents)
def test_extraction_is_deterministic(text: str) -> None:
    assert extract(text) == extract(text)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_any_unicode_text(text: str) -> None:
    check_quotes(text, extract(text))


def test_known_texts() -> None:
    for text in KNOWN:
        check_quotes(text, extract(text))


@pytest.mark.parametrize("space", SPACES + CONTROLS, ids=lambda c: f"U+{ord(c):04X}")
def test_every_space_and_control_before_a_period(space: str) -> None:
    """The whole class of item 1 (red team): "…, said spokesman Brian Fallon\u202f." lost the article."""
    text = f"The plan is dead, said spokesman Brian Fallon{space}."
    quotes = extract(text)
    check_quotes(text, quotes)
    if space.isspace():  # a space or a line end: the attribution is read as with a plain space
        assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [("The plan is dead", "Brian Fallon")]


runner = CliRunner()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(
    st.one_of(
        st.binary(max_size=400),
        documents.map(lambda t: t.encode("utf-8")),
        st.tuples(st.sampled_from([b"", b"\xef\xbb\xbf", b"\xff\xfe"]), documents, st.binary(max_size=8)).map(
            lambda t: t[0] + t[1].encode("utf-8") + t[2]
        ),
    )
)
@example(b"")
@example(b"\x00\x01binary")
@example(b"\xef\xbb\xbf\xe2\x80\x9cWe are ready,\xe2\x80\x9d Kirby said.\r\n")
def test_cli_survives_any_bytes(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "input.txt"
    path.write_bytes(data)
    result = runner.invoke(app, ["extract", "--format", "jsonl", str(path)])
    assert result.exit_code in (0, 1), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.stderr
    for line in result.stdout.splitlines():
        record = json.loads(line)
        assert record["source"] == str(path)
    if result.exit_code == 1:
        assert result.stderr.startswith("quotex: ")
