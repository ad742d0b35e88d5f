"""Batch input and parallel runs: directories, JSON Lines, --jobs, errors in the stream."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quotex import batch
from quotex.cli import app
from quotex.corpus import DataTask, FileTask, RecordTask, Task, tasks

runner = CliRunner()


def article(n: int) -> str:
    return f"“Plan {n} is ready,” said Jane Doe{n}.\n\nOfficials said talks on item {n} would resume.\n"


def records(result_stdout: str) -> list[dict]:
    return [json.loads(line) for line in result_stdout.splitlines()]


def extract(*args: str, input: str | None = None) -> tuple[int, list[dict], str]:
    result = runner.invoke(app, ["extract", "--format", "jsonl", *args], input=input)
    return result.exit_code, records(result.stdout), result.stderr


def test_directory_is_walked_recursively_in_sorted_order_with_glob(tmp_path: Path) -> None:
    (tmp_path / "b" / "deep").mkdir(parents=True)
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "a.txt").write_text(article(1), encoding="utf-8")
    (tmp_path / "b" / "deep" / "c.txt").write_text(article(2), encoding="utf-8")
    (tmp_path / "b" / "notes.md").write_text(article(3), encoding="utf-8")
    (tmp_path / ".hidden" / "d.txt").write_text(article(4), encoding="utf-8")

    code, out, err = extract(str(tmp_path))
    assert code == 0, err
    sources = list(dict.fromkeys(r["source"] for r in out))
    assert sources == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "deep" / "c.txt")]

    code, out, _ = extract(str(tmp_path), "--glob", "*.md")
    assert code == 0
    assert {r["source"] for r in out} == {str(tmp_path / "b" / "notes.md")}

    code, out, _ = extract(str(tmp_path), "--glob", "b/*")
    assert {r["source"] for r in out} == {str(tmp_path / "b" / "deep" / "c.txt"), str(tmp_path / "b" / "notes.md")}


def test_directory_without_matching_files_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "x.md").write_text(article(1), encoding="utf-8")
    code, out, err = extract(str(tmp_path))
    assert code == 1 and out == []
    assert "no file matches '*.txt'" in err


def test_jsonl_custom_fields_ids_as_source(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    lines = [{"doc": f"art-{n}", "body": article(n)} for n in range(3)]
    lines.append({"body": article(9)})  # no id: PATH:LINE
    lines.append({"doc": 42, "body": article(42)})  # numeric id
    corpus.write_text("\n".join(json.dumps(x) for x in lines) + "\n\n", encoding="utf-8")

    code, out, err = extract(str(corpus), "--text-field", "body", "--id-field", "doc")
    assert code == 0, err
    sources = list(dict.fromkeys(r["source"] for r in out))
    assert sources == ["art-0", "art-1", "art-2", f"{corpus}:4", "42"]
    assert {r["speaker"]["name"] for r in out if r["source"] == "art-1"} >= {"Jane Doe1"}
    texts = {"art-0": article(0), "art-1": article(1), "art-2": article(2), f"{corpus}:4": article(9), "42": article(42)}
    for r in out:
        assert texts[r["source"]][r["start"] : r["end"]] == r["text"]


def test_jsonl_offsets_index_the_record_text(tmp_path: Path) -> None:
    text = "Intro.\r\n“We are ready,” Kirby said. é\n"
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "x", "text": text}) + "\n", encoding="utf-8")
    code, out, _ = extract(str(corpus))
    assert code == 0 and out
    for r in out:
        assert text[r["start"] : r["end"]] == r["text"]


def test_input_jsonl_from_stdin_and_forced_kind(tmp_path: Path) -> None:
    stdin = "\n".join(json.dumps({"id": f"s{n}", "text": article(n)}) for n in range(2)) + "\n"
    code, out, err = extract("--input", "jsonl", "-", input=stdin)
    assert code == 0, err
    assert list(dict.fromkeys(r["source"] for r in out)) == ["s0", "s1"]

    named = tmp_path / "corpus.data"
    named.write_text(stdin, encoding="utf-8")
    code, out, _ = extract("--input", "jsonl", str(named))
    assert code == 0 and {r["source"] for r in out} == {"s0", "s1"}
    # ... and a .jsonl file read as plain text when asked.
    plain = tmp_path / "quoted.jsonl"
    plain.write_text(article(5), encoding="utf-8")
    code, out, _ = extract("--input", "text", str(plain))
    assert code == 0 and {r["source"] for r in out} == {str(plain)}


def test_bad_jsonl_lines_are_reported_and_the_others_come_out(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        "\n".join(
            [
                json.dumps({"id": "good-1", "text": article(1)}),
                '{"id": "broken", "text": ',
                json.dumps(["not", "an", "object"]),
                json.dumps({"id": "no-text"}),
                json.dumps({"id": "good-2", "text": article(2)}),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    for jobs in ("1", "2"):
        code, out, err = extract(str(corpus), "--jobs", jobs)
        assert code == 1
        assert list(dict.fromkeys(r["source"] for r in out)) == ["good-1", "good-2"]
        lines = err.splitlines()
        assert lines[0].startswith(f"quotex: {corpus}:2: not valid JSON")
        assert lines[1] == f"quotex: {corpus}:3: not a JSON object"
        assert lines[2] == f"quotex: {corpus}:4: no 'text' field (--text-field; the record has 'id')"
        assert lines[3] == "quotex: 3 of 5 inputs failed"
        assert "Traceback" not in err


def test_missing_jsonl_file_is_one_error_line(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(article(1), encoding="utf-8")
    code, out, err = extract(str(tmp_path / "missing.jsonl"), str(good))
    assert code == 1
    assert {r["source"] for r in out} == {str(good)}
    assert "missing.jsonl: no such file" in err


def test_jobs_2_keeps_input_order(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    # Uneven sizes so chunks finish out of order; more records than one chunk holds.
    texts = [article(n) * (1 + (n * 7) % 5) for n in range(3 * batch.CHUNK_DOCS)]
    corpus.write_text("".join(json.dumps({"id": f"d{n}", "text": t}) + "\n" for n, t in enumerate(texts)), encoding="utf-8")
    single = runner.invoke(app, ["extract", "--format", "jsonl", "--jobs", "1", str(corpus)])
    double = runner.invoke(app, ["extract", "--format", "jsonl", "--jobs", "2", "--quiet", str(corpus)])
    assert single.exit_code == double.exit_code == 0
    assert double.stdout == single.stdout
    sources = list(dict.fromkeys(r["source"] for r in records(double.stdout)))
    assert sources == [f"d{n}" for n in range(len(texts))]


def test_quiet_prints_nothing_on_stderr(tmp_path: Path) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text(article(1), encoding="utf-8")
    result = runner.invoke(app, ["extract", "--format", "jsonl", "--quiet", "--jobs", "2", str(doc), str(doc)])
    assert result.exit_code == 0
    assert result.stderr == ""
    assert len(records(result.stdout)) == 2 * len(records(runner.invoke(app, ["extract", "--format", "jsonl", str(doc)]).stdout))


def test_jobs_must_be_positive() -> None:
    result = runner.invoke(app, ["extract", "--jobs", "0", "-"])
    assert result.exit_code == 2


# --- the library --------------------------------------------------------------


def counting(items: list[Task], pulled: list[int]) -> Iterator[Task]:
    for item in items:
        pulled[0] += 1
        yield item


@pytest.mark.parametrize("jobs", [1, 2])
def test_run_is_lazy(jobs: int) -> None:
    """The stream is read only a bounded distance ahead of the output: memory stays flat."""
    items: list[Task] = [DataTask(f"d{n}", article(n).encode()) for n in range(2000)]
    pulled = [0]
    results = batch.run(counting(items, pulled), jobs, max_docs=4)
    first = next(results)
    assert first.source == "d0" and first.quotes
    assert pulled[0] <= 2 + 4 * batch.IN_FLIGHT_PER_JOB * jobs + 4
    rest = list(results)
    assert [r.source for r in rest] == [f"d{n}" for n in range(1, 2000)]


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_engine_failure_is_an_error_result(monkeypatch: pytest.MonkeyPatch, jobs: int) -> None:
    import quotex.engine

    real = quotex.engine.extract

    def fragile(text: str, lang: str = "auto") -> list:
        if "boom" in text:
            raise RuntimeError("boom")
        return real(text, lang)

    monkeypatch.setattr(quotex.engine, "extract", fragile)  # forked workers inherit it
    items: list[Task] = [DataTask("a", article(1).encode()), DataTask("b", b"boom"), DataTask("c", article(3).encode())]
    results = list(batch.run(items, jobs, max_docs=1))
    assert [r.source for r in results] == ["a", "b", "c"]
    assert results[1].error == "b: extraction failed (RuntimeError: boom)"
    assert results[0].quotes and results[2].quotes and results[2].error is None


def test_tasks_are_lazy_and_small(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "x", "text": "t"}) + "\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("hello", encoding="utf-8")
    found = list(tasks([str(tmp_path / "a.txt"), str(corpus)]))
    assert found == [FileTask(str(tmp_path / "a.txt"), 5), RecordTask(str(corpus), 1, b'{"id": "x", "text": "t"}\n')]
    assert found[1].load().source == "x"


def test_progress_bar_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "PROGRESS_DELAY", 0.0)
    items: list[Task] = [DataTask(f"d{n}", article(n).encode()) for n in range(3)]
    results = list(batch.run(items, 1, progress=True, total=sum(t.size for t in items)))
    assert [r.source for r in results] == ["d0", "d1", "d2"]


def test_total_size_for_the_progress_bar(tmp_path: Path) -> None:
    from quotex.corpus import total_size

    (tmp_path / "a.txt").write_text("hello", encoding="utf-8")
    assert total_size([str(tmp_path / "a.txt"), str(tmp_path / "missing.txt")]) == 5
    assert total_size([str(tmp_path / "a.txt"), str(tmp_path)]) == 10  # the file, and the same file under the directory
    assert total_size(["-"]) is None


def test_results_cross_the_process_boundary_intact() -> None:
    """Workers send quotes as tuples; the parent rebuilds exactly the same Quote objects."""
    from dataclasses import fields

    from quotex import Quote, extract

    # pack/unpack spell out the fields: a new field in Quote must be added there too.
    assert [f.name for f in fields(Quote)] == ["text", "start", "end", "type", "speaker", "cue", "paragraph", "rule"]
    quotes = extract("“We are ready,” Kirby said. “We will go.”\n\nOfficials said the talks would resume on Monday.\n")
    assert any(q.cue is None for q in quotes) and any(q.speaker is not None for q in quotes)
    result = batch.Result("s", quotes, None, "w", 7)
    assert batch.unpack(batch.pack(result)) == result
