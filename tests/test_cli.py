"""The command line, end to end (Typer's runner), on the seed article."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from quotex.cli import app

ROOT = Path(__file__).parent.parent
SEED = ROOT / "seeds" / "syria-airstrikes-proposal.txt"
runner = CliRunner()


def run_jsonl(*args: str) -> list[dict]:
    result = runner.invoke(app, ["extract", "--format", "jsonl", *args])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_seed_speakers() -> None:
    records = run_jsonl(str(SEED))
    text = SEED.read_text(encoding="utf-8")

    def by_quote(prefix: str) -> dict:
        (record,) = [r for r in records if r["text"].startswith(prefix)]
        return record

    kirby = [r for r in records if r["speaker"]["name"] == "John Kirby" and r["type"] == "direct"]
    assert len(kirby) == 2
    assert all(r["speaker"]["role"] == "State Department spokesman" for r in kirby)
    embassy = by_quote("Foreign Minister Sergei Lavrov")["speaker"]
    assert embassy["kind"] in ("anonymous", "organization") and "Russian Embassy" in embassy["text"]
    post = by_quote("personally approved by")
    assert post["type"] == "partial" and "Post" in post["speaker"]["name"]
    assert by_quote("targeted military strikes")["speaker"]["kind"] == "document"
    assert "letter" in by_quote("targeted military strikes")["speaker"]["text"]
    memo = by_quote("a judicious use of stand-off")["speaker"]
    assert memo["kind"] == "document" and memo["text"] == "The memo"
    for r in records:
        assert text[r["start"] : r["end"]] == r["text"]
        assert text[r["speaker"]["start"] : r["speaker"]["end"]] == r["speaker"]["text"]
        assert r["source"] == str(SEED)


def test_json_is_one_array() -> None:
    result = runner.invoke(app, ["extract", "--format", "json", str(SEED)])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert isinstance(data, list) and len(data) == len(run_jsonl(str(SEED)))


def test_jsonl_is_one_record_a_line_whatever_the_line_breaks(tmp_path: Path) -> None:
    # a quotation over paragraphs holds its paragraph break; U+2028 and U+0085
    # are line ends to str.splitlines, so JSON Lines output escapes them
    doc = tmp_path / "breaks.txt"
    doc.write_text("“We will not give up this fight.\u2028“Nor will we\x85 stop,” Senator Maria Lopez said.\n", encoding="utf-8")
    (record,) = run_jsonl(str(doc))
    assert record["text"] == "We will not give up this fight.\u2028“Nor will we\x85 stop"


def test_csv_has_flat_columns() -> None:
    result = runner.invoke(app, ["extract", "--format", "csv", str(SEED)])
    header = result.stdout.splitlines()[0]
    assert header.startswith("source,type,quote,speaker_name,speaker_role,speaker_kind,cue,start,end,paragraph")


def test_table_shows_speakers() -> None:
    result = runner.invoke(app, ["extract", "--format", "table", str(SEED)])
    assert result.exit_code == 0
    assert "Kirby" in result.stdout and "letter" in result.stdout


def test_stdin_source_is_dash() -> None:
    result = runner.invoke(app, ["extract", "--format", "jsonl", "-"], input="“We are ready,” Kirby said.\n")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["source"] == "-"


def test_bad_file_does_not_lose_the_others(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("“We are ready,” Kirby said.\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", "--format", "jsonl", str(tmp_path / "missing.txt"), str(good)])
    assert result.exit_code == 1
    assert json.loads(result.stdout)["source"] == str(good)
    assert "missing.txt: no such file" in result.stderr
    assert "Traceback" not in result.stderr


def test_directory_and_binary_inputs_fail_cleanly(tmp_path: Path) -> None:
    binary = tmp_path / "x.bin"
    binary.write_bytes(b"\x00\x01\x02abc")
    result = runner.invoke(app, ["extract", "--format", "jsonl", str(tmp_path), str(binary)])
    assert result.exit_code == 1
    # A directory is walked for *.txt files (none here): one error line, like any unreadable input.
    assert "no file matches '*.txt'" in result.stderr and "binary" in result.stderr


def test_invalid_utf8_is_replaced_with_a_warning(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xe2\x80\x9cWe are ready,\xe2\x80\x9d Kirby said. \xff\n")
    result = runner.invoke(app, ["extract", "--format", "jsonl", str(bad)])
    assert result.exit_code == 0
    assert "invalid UTF-8" in result.stderr
    assert json.loads(result.stdout)["speaker"]["name"] == "Kirby"


def test_usage_error_exits_2() -> None:
    result = runner.invoke(app, ["extract", "--format", "yaml", str(SEED)])
    assert result.exit_code == 2


def test_rules_lists_every_rule_a_quote_can_name() -> None:
    result = runner.invoke(app, ["rules"])
    names = {line.split()[0] for line in result.stdout.splitlines()}
    assert {r["rule"] for r in run_jsonl(str(SEED))} <= names


def test_eval_on_a_small_gold_file(tmp_path: Path) -> None:
    text = "“We are ready for the vote,” Kirby said.\n\nOfficials said the polls would open early on Tuesday."
    start = text.index("We")
    gold = {
        "id": "t1",
        "text": text,
        "quotes": [
            {
                "quote_spans": [[start - 1, text.index("”") + 1]],
                "speaker_spans": [[text.index("Kirby"), text.index("Kirby") + 5]],
                "cue": "said",
            },
            {
                "quote_spans": [[text.index("the polls"), len(text) - 1]],
                "speaker_spans": [[text.index("Officials"), text.index("Officials") + 9]],
                "cue": "said",
            },
        ],
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["direct"]["attributed_f1"] == 1.0
    assert report["indirect"]["attributed_f1"] == 1.0


def test_eval_rejects_a_bad_gold_file(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text("not json\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", str(path)])
    assert result.exit_code == 1
    assert f"{path}:1: not valid JSON" in result.stderr
