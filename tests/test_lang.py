"""Language packs: one language's words per document, and shared code that names none."""

from __future__ import annotations

import re
import subprocess
import sys
import types
from dataclasses import fields
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quotex import extract
from quotex.cli import app
from quotex.lang import CHOICES, LANGUAGES, Language, detect, language
from quotex.lang.votes import VOTES
from quotex.text import Span, sentences

ROOT = Path(__file__).resolve().parents[1] / "quotex"
GERMAN_TEXT = "Der Minister sagte am Montag, die Reform komme später. „Wir sind bereit“, erklärte die Ministerin."
ENGLISH_TEXT = "The minister said the reform would come later. “We are ready,” the secretary said."


def test_every_language_builds_a_record_with_cue_words_and_stop_words() -> None:
    for code in LANGUAGES:
        lang = language(code)
        assert isinstance(lang, Language) and lang.code == code
        assert lang.SPEECH_FORMS <= lang.QUOTE_FORMS <= lang.CUE_WORDS <= lang.CUE_FORMS
        assert lang.STOP_WORDS and lang.DETERMINERS and lang.PRONOUNS
    assert ("auto", *LANGUAGES) == CHOICES


def test_the_packs_keep_their_words_apart() -> None:
    """No cue form, pronoun or determiner of one pack is one of the other's."""
    en, de = language("en"), language("de")
    for name in ("SPEECH_FORMS", "SUBJECT_PRONOUNS", "DETERMINERS", "ACCORDING_WORDS", "TIME_PREPOSITIONS"):
        assert not getattr(en, name) & getattr(de, name), name
    assert "man" not in en.SUBJECT_PRONOUNS and "man" in de.SUBJECT_PRONOUNS


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (GERMAN_TEXT, "de"),
        (ENGLISH_TEXT, "en"),
        ("„Wir schaffen das“, Merkel said on Monday.", "en"),  # the quotation's words are not the article's
        ("„Wir prüfen alle Optionen“, fügte sie hinzu.", "de"),  # no common word outside: its letters decide
        ("", "en"),
    ],
)
def test_detect_votes_with_the_common_words_outside_quotations(text: str, code: str) -> None:
    assert detect(text).code == code


def test_detect_votes_with_each_packs_own_stop_words_and_imports_no_other_pack() -> None:
    for code in LANGUAGES:
        assert VOTES[code] == (language(code).STOP_WORDS, language(code).LETTERS)
    script = f"import sys, quotex; quotex.extract({ENGLISH_TEXT!r}); print(sorted(m for m in sys.modules if m.startswith('quotex.lang.')))"
    loaded = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert "quotex.lang.en" in loaded and "quotex.lang.de" not in loaded  # the German pack is parsed only for German text


def test_a_document_is_read_with_one_pack() -> None:
    german = {(q.type, q.speaker.text) for q in extract(GERMAN_TEXT, lang="de")}
    assert german == {("indirect", "Der Minister"), ("direct", "die Ministerin")}
    assert extract(GERMAN_TEXT) == extract(GERMAN_TEXT, lang="de") == extract(GERMAN_TEXT, lang=language("de"))
    assert extract(GERMAN_TEXT, lang="en") == []  # English has no "sagte"
    assert [q.speaker.text for q in extract(ENGLISH_TEXT, lang="en")] == ["The minister", "the secretary"]


def test_an_unknown_language_is_an_error_that_names_the_choices() -> None:
    with pytest.raises(ValueError, match="auto, en, de"):
        extract("Kirby said the plan is off.", lang="xx")


def test_words_of_one_language_no_longer_leak_into_the_other() -> None:
    """German "man" was an English subject pronoun and "Des" an English determiner."""
    assert [q.speaker.text for q in extract("The man said the plan is off for now.")] == ["The man"]
    quotes = extract("Laut Polizei wurden bei dem Unfall drei Menschen verletzt.", lang="en")
    assert quotes == []  # "laut" names a source in German only


#: The extraction code every language shares: the engine, the rules but the
#: per-language ones and the registry, the speaker readers, the text helpers.
SHARED = [
    p
    for p in [ROOT / "engine.py", ROOT / "text.py", ROOT / "quotes.py", ROOT / "marks.py"]
    + sorted((ROOT / "rules").glob("*.py"))
    + sorted((ROOT / "rules" / "reported").glob("*.py"))
    + sorted((ROOT / "speakers").glob("*.py"))
    if p.name not in {"de.py", "__init__.py"} or p.parent.name in ("speakers", "reported")
]


@pytest.mark.parametrize("path", SHARED, ids=lambda p: str(p.relative_to(ROOT)))
def test_shared_code_names_no_language(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert not re.search(r"(?i)\bgerman\b", text)
    de = language("de")
    words = (de.QUOTE_FORMS | set(de.PARTICLE_FORMS) | de.ACCORDING_WORDS | de.DETERMINERS) - language("en").QUOTE_FORMS
    found = {w for w in re.findall(r"[^\W\d_]+", text) if w in words and len(w) > 3}
    assert not found, f"German words in shared code: {sorted(found)}"


@pytest.mark.parametrize("path", SHARED, ids=lambda p: str(p.relative_to(ROOT)))
def test_shared_code_asks_no_language_by_its_code(path: Path) -> None:
    # what one language reads beyond the shared steps is a hook of its grammar
    # (quotex.rules.en, quotex.rules.de) or a table another language leaves empty
    assert not re.search(r"""\.code \s* [!=]= \s* ["']""", path.read_text(encoding="utf-8"), re.VERBOSE)


@pytest.mark.parametrize("path", SHARED, ids=lambda p: str(p.relative_to(ROOT)))
def test_shared_code_imports_no_pack(path: Path) -> None:
    # a pack's words reach shared code through the record of the document being read
    assert not re.search(r"^\s*(?:from|import) \s+ quotex\.lang\.[a-z]{2}\b", path.read_text(encoding="utf-8"), re.M | re.X)


def test_a_german_document_is_read_with_no_english_clause_words() -> None:
    en, de = language("en"), language("de")
    assert {"will", "hasn't"} <= en.FINITE_AUXILIARIES and "which" in en.RELATIVES and "during" in en.ADJUNCT_OPENERS
    assert not de.FINITE_AUXILIARIES and not de.RELATIVES and not de.ADJUNCT_OPENERS
    # the clause readers' "in", "at" is not the speaker readers' table of the same kind
    assert "in" in en.SETTING_OR_CLAUSE_OPENERS and "in" not in en.SETTING_OPENERS


def test_a_table_defined_twice_in_one_pack_is_an_error() -> None:
    import quotex.lang.en as pack
    from quotex.lang import _tables

    one, two = types.ModuleType("one"), types.ModuleType("two")
    one.RELATIVES, two.RELATIVES = frozenset({"which"}), frozenset({"who"})  # type: ignore[attr-defined]
    with pytest.raises(ValueError, match="RELATIVES is defined in both one and two"):
        _tables(one, two)
    two.RELATIVES = one.RELATIVES  # type: ignore[attr-defined]  # one table imported by another module is no clash
    assert _tables(one, two)["RELATIVES"] == {"which"}
    assert _tables(pack, *pack.PARTS)["FINITE_AUXILIARIES"] == language("en").FINITE_AUXILIARIES


def test_language_fields_are_the_names_the_tables_had() -> None:
    names = {f.name for f in fields(Language)}
    assert {"ANONYMOUS_HEADS", "ORGANIZATION_HEADS", "PARTICLE_FORMS", "DETERMINERS", "TITLES", "MALE_NAMES"} <= names


def test_the_commands_take_a_language(tmp_path: Path) -> None:
    path = tmp_path / "de.txt"
    path.write_text(GERMAN_TEXT, encoding="utf-8")
    runner = CliRunner()
    for command in (["extract", "--format", "jsonl"], ["speakers", "--format", "jsonl"], ["show"]):
        german = runner.invoke(app, [*command, str(path), "--lang", "de"])
        english = runner.invoke(app, [*command, str(path), "--lang", "en"])
        assert german.exit_code == english.exit_code == 0, german.output
        assert '"die Ministerin"' in german.output or "[die Ministerin" in german.output, german.output
        assert '"die Ministerin"' not in english.output and "[die Ministerin" not in english.output
    bad = runner.invoke(app, ["extract", str(path), "--lang", "xx"])
    assert bad.exit_code == 2 and "auto, en, de" in bad.output


def test_the_language_travels_through_the_pipeline_to_workers_and_the_report(tmp_path: Path) -> None:
    """The pipeline hands Limits.lang to the engine, in worker processes too, and report reads with it."""
    from quotex import batch
    from quotex.corpus import DataTask
    from quotex.limits import Limits
    from quotex.pipeline import Pipeline

    tasks = [DataTask(f"d{n}", GERMAN_TEXT.encode()) for n in range(3)]
    for lang in ("de", "en"):
        results = list(batch.run(tasks, 2, pipeline=Pipeline(Limits(lang=lang))))
        assert [r.quotes for r in results] == [extract(GERMAN_TEXT, lang)] * 3
    assert extract(GERMAN_TEXT, "de") != extract(GERMAN_TEXT, "en")
    path = tmp_path / "de.txt"
    path.write_text(GERMAN_TEXT, encoding="utf-8")
    runner = CliRunner()
    german = runner.invoke(app, ["report", str(path), "-o", "-", "--lang", "de"])
    english = runner.invoke(app, ["report", str(path), "-o", "-", "--lang", "en"])
    assert german.exit_code == english.exit_code == 0, german.output
    assert german.stdout != english.stdout  # the same page but for the quotes read


@pytest.mark.parametrize(
    ("code", "text", "count"),
    [
        ("de", "Die Ministerin sagte, Gregor XII. „bleibe unvergessen“.", 1),  # an ordinal's stop before a quotation
        ("de", "Die Ministerin traf Gregor XII. Er sagte wenig.", 2),  # a capitalised word after it starts a sentence
        ("en", "The minister met Gregory XII. “He said little,” she added.", 2),  # English writes no ordinal stop
    ],
)
def test_a_roman_ordinal_stop_ends_a_sentence_only_where_the_language_writes_none(code: str, text: str, count: int) -> None:
    assert len(sentences(text, Span(0, len(text)), language(code))) == count


def test_every_language_fragment_compiles_per_language() -> None:
    """A pattern that uses any fragment holding a language's words is compiled
    for each language: the names that decide it are the fragments' own."""
    from quotex.rules.base import LANGUAGE_BOUND, ByLanguage, compile_rule, language_fragments

    for name in language_fragments(language("en")):
        assert LANGUAGE_BOUND.search("${" + name + "}"), name
        assert isinstance(compile_rule("(?: ${" + name + "} )"), ByLanguage), name
