"""`quotex eval`: units by gold type, recall per type, speaker scoring, formats and bad gold files.

The articles here are written for the tests (the evaluation data is never
copied into the project); a stub extractor stands in for the engine where
the figures must be exact.
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from quotex import gold as gold_module
from quotex.cli import app
from quotex.evaluate import evaluate, read_gold
from quotex.model import Quote, Speaker, SpeakerKind
from quotex.speakereval import normal_name, role_matches, speaker_gender

runner = CliRunner()


def span(text: str, part: str) -> list[int]:
    start = text.index(part)
    return [start, start + len(part)]


def article(text: str, quotes: list[dict[str, Any]], ident: str = "t1") -> str:
    return json.dumps({"id": ident, "text": text, "quotes": quotes}, ensure_ascii=False)


# --- units: by annotated type when the gold has a medium, by cue otherwise -------------------------

GERMAN = (
    "„Wir sind bereit“, sagte die Ministerin am Montag.\n"
    "Der Sprecher erklärte, die Straße bleibe bis Freitag gesperrt.\n"
    "Die Ministerin forderte den Rücktritt des Bürgermeisters.\n"
    "Sie glaubte, das Ergebnis werde knapp.\n"
    "Der Trainer nannte das Spiel »eine echte Prüfung für alle«."
)


def german_quote(part: str, kind: str, medium: str, cue: str | None) -> dict[str, Any]:
    return {"quote_spans": [span(GERMAN, part)], "speaker_spans": [], "cue": cue, "type": kind, "medium": medium}


def german_units() -> dict[str, Any]:
    quotes = [
        german_quote("Wir sind bereit", "direct", "Speech", "sagte"),
        german_quote("die Straße bleibe bis Freitag gesperrt", "indirect", "Speech", "erklärte"),
        german_quote("den Rücktritt des Bürgermeisters", "reported", "SW", "forderte"),
        german_quote("das Ergebnis werde knapp", "indirect", "Thought", "glaubte"),
        german_quote("das Spiel »eine echte Prüfung für alle«", "indirect", "Speech", "nannte"),
    ]
    return evaluate(read_gold([article(GERMAN, quotes)]), extractor=lambda text: []).to_dict()


def test_german_gold_types_make_the_indirect_units() -> None:
    report = german_units()
    # indirect and reported speech, not thought, and not a content holding quoted words
    assert report["indirect"]["units"] == 2
    # „…“ and »…« are quotation marks
    assert report["direct"]["units"] == 2
    assert report["types"]["indirect"]["quotes"] == 3
    assert report["types"]["reported"]["quotes"] == 1


def test_without_a_medium_the_english_speech_cues_decide() -> None:
    text = "The mayor said the road would close. The mayor believes the plan will fail."
    quotes = [
        {
            "quote_spans": [span(text, "the road would close")],
            "speaker_spans": [span(text, "The mayor")],
            "cue": "said",
            "type": "indirect",
        },
        {"quote_spans": [span(text, "the plan will fail")], "speaker_spans": [], "cue": "believes", "type": "indirect"},
    ]
    report = evaluate(read_gold([article(text, quotes)]), extractor=lambda text: []).to_dict()
    assert report["indirect"]["units"] == 1
    assert report["types"]["indirect"] == {"quotes": 2, "found": 0, "recall": 0.0, "attributed": 0, "attributed_recall": 0.0}


def test_recall_per_type_counts_a_prediction_of_any_type() -> None:
    text = "The mayor said the road would close on Friday."
    quotes = [
        {"quote_spans": [span(text, "the road would close on Friday")], "speaker_spans": [span(text, "The mayor")], "type": "indirect"}
    ]
    start, end = span(text, "the road would close")
    mayor = Speaker("The mayor", "The mayor", 0, 9, None, "person")
    partial = Quote(text[start:end], start, end, "partial", mayor, None, 0, "stub")
    report = evaluate(read_gold([article(text, quotes)]), extractor=lambda text: [partial]).to_dict()
    assert report["types"]["indirect"]["found"] == 1  # 4 of its 6 words
    assert report["types"]["indirect"]["attributed"] == 1
    assert "speakers" not in report  # no speaker fields in this gold


# --- speakers ------------------------------------------------------------------------------------

NEWS = (
    'Mr. Jan Olsen, the club coach, said: "We will win the cup on Sunday." '
    "A spokeswoman for the council said the road would close at noon. "
    'He added: "It is ours to lose this time."'
)


def news_quote(part: str, who: str, name: str, kind: str, role: str | None, gender: str | None) -> dict[str, Any]:
    return {
        "quote_spans": [span(NEWS, part)],
        "type": "direct",
        "speaker_spans": [span(NEWS, who)],
        "speaker_name": name,
        "speaker_kind": kind,
        "speaker_role": role,
        "speaker_gender": gender,
        "cue": "said",
        "speaker_author": None,
    }


NEWS_GOLD = [
    news_quote("We will win the cup on Sunday.", "Jan Olsen", "Jan Olsen", "person", "club coach", "male"),
    news_quote(
        "the road would close at noon", "A spokeswoman for the council", "a spokeswoman for the council", "anonymous", None, "female"
    ),
    news_quote("It is ours to lose this time.", "He", "Jan Olsen", "person", "club coach", "male"),
]


@dataclass(frozen=True)
class GenderedSpeaker(Speaker):
    """A speaker as it will be once the engine tells gender."""

    gender: str | None = None


def predicted(part: str, kind: str, speaker: Speaker | None) -> Quote:
    start, end = span(NEWS, part)
    return Quote(NEWS[start:end], start, end, kind, speaker, None, 0, "stub")  # type: ignore[arg-type]


def who(name: str, mention: str, role: str | None, kind: SpeakerKind, gender: str | None = None) -> Speaker:
    start, end = span(NEWS, mention)
    return GenderedSpeaker(name, mention, start, end, role, kind, gender)


def news_predictions(text: str) -> list[Quote]:
    return [
        # "coach of the club" shares two of its four words with "club coach": F1 0.67
        predicted("We will win the cup on Sunday.", "direct", who("Mr Jan Olsen", "Jan Olsen", "coach of the club", "person", "male")),
        # a mention overlapping the anonymous source counts for its name; the kind is wrong
        predicted("the road would close at noon", "indirect", who("spokeswoman", "A spokeswoman", None, "person", "female")),
        # a second name for the same speaker
        predicted("It is ours to lose this time.", "direct", who("Olsen", "He", "club coach", "person")),
        # not a gold quote at all
        predicted("the club coach", "partial", None),
    ]


def news_report() -> dict[str, Any]:
    return evaluate(read_gold([article(NEWS, NEWS_GOLD)]), extractor=news_predictions).to_dict()


def test_speaker_figures() -> None:
    speakers = news_report()["speakers"]
    figures = {measure: (row["count"], row["of"]) for measure, row in speakers.items()}
    assert figures == {
        "found": (3, 3),
        "precise": (3, 4),
        "name": (2, 3),
        "kind": (2, 3),
        "role": (3, 3),
        "gender_known": (2, 3),
        "gender": (2, 3),
        "names_per_speaker": (3, 2),
    }
    assert speakers["names_per_speaker"]["ratio"] == 1.5


def test_speaker_gender_is_null_until_the_speaker_has_one() -> None:
    assert speaker_gender(Speaker("Jan", "Jan", 0, 3, None, "person")) is None
    assert speaker_gender(GenderedSpeaker("Jan", "Jan", 0, 3, None, "person", "male")) == "male"
    assert speaker_gender(None) is None


@pytest.mark.parametrize(
    ("gold", "got", "same"),
    [
        ("Odile Varga", "Ms. Odile Varga", True),
        ("police command in Lakeland County", "The police command in Lakeland County", True),
        ("Valley Beekeepers' Association", "Valley Beekeepers Association", True),
        ("Lim Wei Jie", "Dr Lim Wei-Jie", True),
        ("Rory McAllister", "McAllister", False),
    ],
)
def test_names_are_compared_without_case_honorifics_articles_or_punctuation(gold: str, got: str, same: bool) -> None:
    assert (normal_name(gold) == normal_name(got)) is same


def test_roles_agree_on_word_overlap() -> None:
    assert role_matches(None, None)
    assert role_matches("Defence barrister", "barrister")
    assert not role_matches("police spokesperson in Enugu", "a deputy superintendent of police")
    assert not role_matches(None, "judge")


def write(tmp_path: Path, *lines: str, name: str = "gold.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def news_file(tmp_path: Path) -> Path:
    quote = NEWS_GOLD[0]
    return write(tmp_path, article(NEWS, [quote]))


def test_errors_list_wrong_speakers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the command extracts through the pipeline, which calls the engine with the language
    monkeypatch.setattr("quotex.engine.extract", lambda text, lang="auto": news_predictions(text))
    path = write(tmp_path, article(NEWS, NEWS_GOLD))
    result = runner.invoke(app, ["eval", str(path), "--format", "json", "--errors"])
    assert result.exit_code == 0, result.output
    speaker_errors = [e for e in json.loads(result.stdout)["errors"] if e["error"] == "speaker"]
    assert [e["text"] for e in speaker_errors] == [
        "the road would close at noon",
        "It is ours to lose this time",
    ]  # from first to last word
    assert "kind: gold anonymous, got person" in speaker_errors[0]["detail"]
    assert "name: gold 'Jan Olsen', got 'Olsen'" in speaker_errors[1]["detail"]


# --- formats -------------------------------------------------------------------------------------


def test_json_jsonl_and_csv_carry_the_same_figures(tmp_path: Path) -> None:
    path = write(tmp_path, article(NEWS, NEWS_GOLD))
    as_json = json.loads(runner.invoke(app, ["eval", str(path), "--format", "json"]).stdout)
    lines = [json.loads(line) for line in runner.invoke(app, ["eval", str(path), "--format", "jsonl"]).stdout.splitlines()]
    table = list(csv.DictReader(io.StringIO(runner.invoke(app, ["eval", str(path), "--format", "csv"]).stdout)))
    assert {line["section"] for line in lines} == {"units", "types", "speakers"}
    (direct,) = [line for line in lines if line["section"] == "units" and line["quotes"] == "direct"]
    assert direct["attributed_f1"] == as_json["direct"]["attributed_f1"]
    assert list(table[0]) == ["section", "row", "measure", "value"]
    csv_name = next(r for r in table if (r["section"], r["row"], r["measure"]) == ("speakers", "name", "ratio"))
    assert float(csv_name["value"]) == as_json["speakers"]["name"]["ratio"]
    assert len(table) == 1 + sum(len(v) for k, v in as_json.items() if k in ("direct", "indirect")) + sum(
        len(row) for section in ("types", "speakers") for row in as_json[section].values()
    )


@pytest.mark.parametrize("columns", ["80", "120"])
def test_the_table_cuts_no_header_or_cell(tmp_path: Path, columns: str) -> None:
    path = write(
        tmp_path, article(NEWS, NEWS_GOLD), article(GERMAN, [german_quote("Wir sind bereit", "indirectfreeindirect", "SW", None)], "t2")
    )
    result = runner.invoke(app, ["eval", str(path)], env={"COLUMNS": columns})
    assert result.exit_code == 0, result.output
    assert "…" not in result.stdout
    assert max(len(line) for line in result.stdout.splitlines()) <= int(columns)
    for header in ("direct + partial", "attributed precision", "attributed F1", "attr. recall", "indirectfreeindirect"):
        assert header in result.stdout
    assert "names per gold speaker (mean)" in result.stdout


def test_errors_with_csv_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", str(news_file(tmp_path)), "--format", "csv", "--errors"])
    assert result.exit_code == 2


# --- bad gold files ------------------------------------------------------------------------------

BAD_LINES = {
    "not valid JSON": "{not json",
    "not an object": "[1, 2]",
    "no text": '{"quotes": []}',
    "text not a string": '{"text": 5, "quotes": []}',
    "quotes not a list": '{"text": "abc", "quotes": {}}',
    "quote not an object": '{"text": "abc", "quotes": [3]}',
    "no spans": '{"text": "abc", "quotes": [{"cue": "said"}]}',
    "span of strings": '{"text": "abc", "quotes": [{"quote_spans": [["0", "2"]]}]}',
    "span past the text": '{"text": "abc", "quotes": [{"quote_spans": [[0, 99]]}]}',
    "span backwards": '{"text": "abc", "quotes": [{"quote_spans": [[2, 1]]}]}',
    "speaker spans not a list": '{"text": "abc", "quotes": [{"quote_spans": [[0, 2]], "speaker_spans": 7}]}',
    "cue not a string": '{"text": "abc", "quotes": [{"quote_spans": [[0, 2]], "cue": ["said"]}]}',
    "speaker name not a string": '{"text": "abc", "quotes": [{"quote_spans": [[0, 2]], "speaker_name": {"a": 1}}]}',
    "deeply nested": "[" * 100_000 + "]" * 100_000,
}


@pytest.mark.parametrize("line", BAD_LINES.values(), ids=BAD_LINES.keys())
def test_a_bad_gold_line_is_one_line_on_stderr(tmp_path: Path, line: str) -> None:
    path = write(tmp_path, line)
    result = runner.invoke(app, ["eval", str(path)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"quotex: {path}:1: ")
    assert len(result.stderr.splitlines()) == 1
    assert result.stdout == ""
    assert result.exception is None or isinstance(result.exception, SystemExit)  # no traceback


def test_the_good_lines_are_still_scored(tmp_path: Path) -> None:
    path = write(tmp_path, article(NEWS, NEWS_GOLD), "{not json", article(NEWS, NEWS_GOLD, "t2"))
    result = runner.invoke(app, ["eval", str(path), "--format", "json"])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"quotex: {path}:2: not valid JSON")
    assert json.loads(result.stdout)["documents"] == 2


def test_invalid_utf8_is_a_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_bytes(b'{"text": "\xff", "quotes": []}\n')
    result = runner.invoke(app, ["eval", str(path)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"quotex: {path}:1: not valid UTF-8")


def test_a_line_over_the_cap_is_skipped_unread(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gold_module, "MAX_LINE_BYTES", 1000)
    good = article("The mayor said the road would close.", [])
    path = tmp_path / "gold.jsonl"
    path.write_bytes(b"\0" * 5000 + b"\n" + good.encode() + b"\n")
    result = runner.invoke(app, ["eval", str(path), "--format", "json"])
    assert result.exit_code == 1
    assert result.stderr == f"quotex: {path}:1: line longer than 1,000 bytes; one article a line is expected\n"
    assert json.loads(result.stdout)["documents"] == 1


@pytest.mark.parametrize("target", ["/dev/zero", "directory", "missing.jsonl"])
def test_files_that_are_no_gold_file(tmp_path: Path, target: str) -> None:
    path = target if target.startswith("/") else str(tmp_path / target)
    if target == "directory":
        Path(path).mkdir()
    elif target == "/dev/zero" and not Path(target).exists():
        pytest.skip("no /dev/zero here")
    result = runner.invoke(app, ["eval", path])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"quotex: {path}: ")
    assert len(result.stderr.splitlines()) == 1


def test_a_lone_surrogate_in_the_gold_text_is_replaced_not_fatal(tmp_path: Path) -> None:
    text = "\ud800 “We are ready,” said Kirby."
    path = write(tmp_path, json.dumps({"id": "s", "text": text, "quotes": [{"quote_spans": [[0, 1]]}]}))
    for fmt in ("table", "json", "jsonl"):
        result = runner.invoke(app, ["eval", str(path), "--format", fmt, "--errors"])
        assert result.exit_code == 0, result.output
        assert "\ufffd" in result.stdout


def test_a_reader_that_stops_early_is_no_error(tmp_path: Path) -> None:
    # enough spurious quotes that the error list overflows the pipe's buffer
    path = write(tmp_path, *(article(f"“We are ready for vote number {i},” said Kirby.", [], f"d{i}") for i in range(1500)))
    proc = subprocess.Popen([sys.executable, "-m", "quotex", "eval", str(path), "--errors"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()
    assert proc.wait(timeout=120) == 0
    assert proc.stderr.read() == b""
