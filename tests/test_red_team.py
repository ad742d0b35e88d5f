"""Reliability, round two: what a red-team run broke, one test per item (numbered as in the issue).

Hangs are tested under a timeout inside the test (``subprocess`` ``timeout=``):
a hang fails the test instead of stalling the run; nothing here asserts how
long something took.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quotex import batch, extract
from quotex.cli import app
from quotex.corpus import DataTask, Task
from quotex.inputs import Article

runner = CliRunner()
ARTICLE = "“We are ready for the vote,” Kirby said.\n\n“It is over now,” he said.\n"
QUOTEX = [sys.executable, "-m", "quotex"]
#: Seconds a command may take before the test calls it a hang.
HANG = 60


def cli(*args: str, input: str | bytes | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), input=input)
    assert "Traceback" not in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.stdout, result.stderr


def jsonl(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines()]


def run(*args: str, **kwargs: object) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([*QUOTEX, *args], capture_output=True, timeout=HANG, **kwargs)  # type: ignore[call-overload,no-any-return]


# -- 1. a narrow space before a period (the whole class is in test_properties) ------------------


@pytest.mark.parametrize("space", ["\u202f", "\u2009", "\u2003", "\u3000", "\f", "\v", "\x1f"])
def test_1_a_thin_space_before_a_period_keeps_the_article(space: str) -> None:
    text = f"The plan is dead, said spokesman Brian Fallon{space}.\n"
    code, out, err = cli("extract", "--format", "jsonl", "-", input=text)
    assert code == 0 and err == ""
    assert [(r["text"], r["speaker"]["name"]) for r in jsonl(out)] == [("The plan is dead", "Brian Fallon")]
    code, out, err = cli("show", "-", input=text)
    assert code == 0 and "[Brian Fallon · indirect]" in out


# -- 2. one deeply nested JSON line -------------------------------------------------------------


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_2_a_deeply_nested_record_is_one_error(tmp_path: Path, jobs: str) -> None:
    corpus = tmp_path / "c.jsonl"
    lines = [json.dumps({"id": "a", "text": ARTICLE}), "[" * 100_000 + "]" * 100_000, json.dumps({"id": "b", "text": ARTICLE})]
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, err = cli("extract", "--format", "jsonl", "--jobs", jobs, str(corpus))
    assert code == 1
    assert [r["source"] for r in jsonl(out)] == ["a", "a", "b", "b"]
    assert err.splitlines() == [f"quotex: {corpus}:2: not valid JSON (nested too deeply)", "quotex: 1 of 3 inputs failed"]


# -- 3. a worker killed -------------------------------------------------------------------------


class KillsItsWorker:
    """A task whose reading kills the process reading it, as the OOM killer would (never the test's own process)."""

    def __init__(self, parent: int) -> None:
        self.parent = parent
        self.source = "killer"
        self.size = 10

    def load(self) -> Article:
        if os.getpid() != self.parent:
            os.kill(os.getpid(), signal.SIGKILL)
        return Article(self.source, "")


def test_3_a_killed_worker_loses_only_its_chunk() -> None:
    good = [DataTask(f"d{n}", f"“We are ready,” Kirby said on day {n}.".encode()) for n in range(12)]
    tasks: list[Task] = [*good[:5], KillsItsWorker(os.getpid()), *good[5:]]
    results = list(batch.run(tasks, 2, max_docs=2))
    assert [r.source for r in results] == [t.source for t in tasks]
    lost = [r for r in results if r.error is not None]
    assert "killer" in {r.source for r in lost}
    assert all("worker process died" in (r.error or "") for r in lost)
    assert len(lost) <= 2  # the killer's chunk of two, no more
    assert all(len(r.quotes) == 1 for r in results if r.error is None)


# -- 4. CSV with lone CRs -----------------------------------------------------------------------


def test_4_csv_quotes_every_field_holding_a_line_end(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    text = "“We are ready for the vote.\r“And we will win it,” Kirby said.\rHe said the talks were over."
    corpus.write_text(json.dumps({"id": "a\rb\nc", "text": text}) + "\n", encoding="utf-8")
    code, out, _ = cli("extract", "--format", "csv", str(corpus))
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out, newline="")))
    records = jsonl(cli("extract", "--format", "jsonl", str(corpus))[1])
    assert len(rows) == len(records) >= 2
    assert [(r["source"], r["quote"]) for r in rows] == [(q["source"], q["text"]) for q in records]
    assert "\r" in rows[0]["quote"]
    code, out, _ = cli("speakers", "--format", "csv", str(corpus))
    assert [r["name"] for r in csv.DictReader(io.StringIO(out, newline=""))] == ["Kirby"]


# -- 5. a file name that is not UTF-8 -----------------------------------------------------------


def test_5_a_non_utf8_file_name_is_escaped(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    os.close(os.open(os.path.join(os.fsencode(tmp_path), b"bad\xff\xfename.txt"), os.O_WRONLY | os.O_CREAT))
    with open(os.path.join(os.fsencode(tmp_path), b"bad\xff\xfename.txt"), "wb") as fh:
        fh.write(ARTICLE.encode())
    for fmt in ("jsonl", "csv", "json"):
        proc = run("extract", "--format", fmt, str(tmp_path), env={**os.environ, "PYTHONIOENCODING": "utf-8:strict"})
        assert proc.returncode == 0, proc.stderr
        out = proc.stdout.decode("utf-8")  # valid UTF-8, or this raises
        assert "bad\\\\xff\\\\xfename.txt" in out if fmt != "csv" else "bad\\xff\\xfename.txt" in out
        assert "good.txt" in out


# -- 6. a stray opening mark at a paragraph end -------------------------------------------------


def test_6_a_mark_alone_at_a_paragraph_end_opens_the_next_paragraph() -> None:
    text = "“We are ready,” Kirby said. He added: “\n“We will go on.”"
    assert [(q.text, q.speaker.name if q.speaker else None) for q in extract(text)] == [
        ("We are ready", "Kirby"),
        ("We will go on.", "Kirby"),
    ]
    text = "Kirby told CNN: “\nWe are ready.”"
    assert [(q.text, q.type, q.speaker.name if q.speaker else None) for q in extract(text)] == [("We are ready.", "direct", "Kirby")]


def test_6_nothing_else_changes() -> None:
    """A quotation continued over paragraphs is still one quote; a mark with words after it still opens its own."""
    text = "Kirby said: “We are ready.\n“And we will win.”"
    assert [q.text for q in extract(text)] == ["We are ready.\n“And we will win."]


# -- 7. a FIFO under a directory ----------------------------------------------------------------


def test_7_a_fifo_in_a_directory_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    os.mkfifo(tmp_path / "b.txt")
    proc = run("extract", "--format", "jsonl", str(tmp_path))
    assert proc.returncode == 1
    assert len(proc.stdout.splitlines()) == 2
    assert f"quotex: {tmp_path / 'b.txt'}: not a regular file, skipped" in proc.stderr.decode()


def test_7_reading_a_pipe_is_bounded_by_the_timeout(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    writer = os.open(fifo, os.O_RDWR)  # holds the pipe open: a reader would wait forever
    try:
        proc = run("extract", "--timeout", "0.5", str(fifo))
    finally:
        os.close(writer)
    assert proc.returncode == 1 and b"took more than 0.5 s (--timeout)" in proc.stderr


# -- 8. standard input without end -------------------------------------------------------------


def test_8_dev_zero_on_stdin_stops_at_once() -> None:
    with open("/dev/zero", "rb") as zero:
        proc = run("extract", "-", stdin=zero)
    assert proc.returncode == 1
    assert proc.stderr.decode() == "quotex: -: looks like a binary file (NUL bytes), skipped\nquotex: 1 of 1 inputs failed\n"


def test_8_an_endless_text_stream_stops_at_the_limit() -> None:
    yes = subprocess.Popen(["yes", "Kirby said the plan is over."], stdout=subprocess.PIPE)
    try:
        proc = run("extract", "--max-chars", "100000", "-", stdin=yes.stdout)
    finally:
        yes.kill()
        yes.wait()
    assert proc.returncode == 1 and b"-: over the limit of 100,000 characters (--max-chars), skipped" in proc.stderr


# -- 9. signals and a reader that goes away -----------------------------------------------------


def _slow_corpus(tmp_path: Path, docs: int = 200) -> Path:
    """Far more work than the tests wait for (each stops the run long before its end)."""
    corpus = tmp_path / "slow.jsonl"
    text = "Kirby said the plan is over. " * 6000
    corpus.write_text("".join(json.dumps({"id": f"d{n}", "text": text}) + "\n" for n in range(docs)), encoding="utf-8")
    return corpus


def _children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        found |= {int(p) for p in (task / "children").read_text().split()}
    return found


def _wait_for_workers(proc: subprocess.Popen[bytes], count: int) -> set[int]:
    for _ in range(HANG * 10):
        children = _children(proc.pid)
        if len(children) >= count:
            return children
        time.sleep(0.1)
    raise AssertionError("the workers never started")


def _gone(pids: set[int]) -> bool:
    for _ in range(HANG * 10):
        alive = {p for p in pids if Path(f"/proc/{p}").exists() and "Z" not in Path(f"/proc/{p}/stat").read_text().split()[2]}
        if not alive:
            return True
        time.sleep(0.1)
    return False


@pytest.mark.parametrize("how", ["SIGTERM", "SIGKILL"])
def test_9_workers_end_with_the_parent(tmp_path: Path, how: str) -> None:
    proc = subprocess.Popen(
        [*QUOTEX, "extract", "--jobs", "2", str(_slow_corpus(tmp_path))], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    workers = _wait_for_workers(proc, 2)
    proc.send_signal(getattr(signal, how))
    proc.wait(timeout=HANG)
    assert _gone(workers), "orphan workers"


def test_9_ctrl_c_says_interrupted_and_exits_130(tmp_path: Path) -> None:
    proc = subprocess.Popen(
        [*QUOTEX, "extract", "--jobs", "2", str(_slow_corpus(tmp_path))], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    workers = _wait_for_workers(proc, 2)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=HANG)
    assert proc.returncode == 130 and err.decode().endswith("quotex: interrupted\n")
    assert _gone(workers)


def test_9_head_ends_the_whole_run(tmp_path: Path) -> None:
    proc = subprocess.Popen(
        [*QUOTEX, "extract", "--jobs", "2", str(_slow_corpus(tmp_path))], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert proc.stdout is not None
    first = proc.stdout.readline()
    workers = _children(proc.pid)
    proc.stdout.close()
    proc.wait(timeout=HANG)
    assert json.loads(first)["source"] == "d0"
    assert proc.returncode == 0 and b"Traceback" not in (proc.stderr.read() if proc.stderr else b"")
    assert _gone(workers)


# -- 10. HTML under the limits ------------------------------------------------------------------


def test_10_html_parsing_is_bounded(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    page = tmp_path / "p.html"
    attributes = " ".join(f'a{n}="{n}"' for n in range(100_000))
    page.write_text(f"<html><body><p {attributes}>“We are ready,” Kirby said.</p></body></html>", encoding="utf-8")
    proc = run("extract", "--timeout", "1", str(page))
    assert proc.returncode == 1 and b"a tag of more than 65,536 characters (hostile HTML?), skipped" in proc.stderr
    proc = run("extract", "--max-chars", "100000", str(page))
    assert proc.returncode == 1 and b"over the limit of 100,000 characters (--max-chars)" in proc.stderr


# -- 11. --jobs 1000 ----------------------------------------------------------------------------


def test_11_jobs_are_capped(monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[int] = []
    real = batch._new_pool

    def counting(jobs: int):  # type: ignore[no-untyped-def]
        started.append(jobs)
        return real(jobs)

    monkeypatch.setattr(batch, "_new_pool", counting)
    tasks = [DataTask(f"d{n}", b"Kirby said the plan is over.") for n in range(3)]
    assert len(list(batch.run(tasks, 1000))) == 3
    assert started == [batch.max_jobs()]
    code, _, err = cli("extract", "--jobs", "1000", "-", input=ARTICLE)
    assert code == 0 and f"quotex: --jobs 1000: using {batch.max_jobs()} worker processes" in err


# -- 12. eval reads its gold file with care (quotex.gold) ----------------------------------------


def test_12_eval_refuses_a_device() -> None:
    proc = run("eval", "/dev/zero")
    assert proc.returncode == 1 and proc.stderr.decode() == "quotex: /dev/zero: not a regular file\n"


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ('{"text": "ab", "quotes": [{}]}', "quotes[0]: no 'quote_spans' (a list of [start, end] offsets)"),
        (
            '{"text": "ab", "quotes": [{"quote_spans": "x"}]}',
            "quotes[0].quote_spans: expected a list of [start, end] offsets, got a string",
        ),
        (
            '{"text": "ab", "quotes": [{"quote_spans": [[0, "1"]]}]}',
            'quotes[0].quote_spans[0]: [0, "1"] is not a [start, end] pair of offsets within the text (0 to 2)',
        ),
        (
            '{"text": "ab", "quotes": [{"quote_spans": [[0, 9]]}]}',
            "quotes[0].quote_spans[0]: [0, 9] is not a [start, end] pair of offsets within the text (0 to 2)",
        ),
        (
            '{"text": "ab", "quotes": [{"quote_spans": [[0, 1]], "speaker_spans": [5]}]}',
            "quotes[0].speaker_spans[0]: a number is not a [start, end] pair of offsets within the text (0 to 2)",
        ),
        ('{"text": "ab", "quotes": [{"quote_spans": [[0, 1]], "cue": 3}]}', "quotes[0].cue: must be a string or null, got a number"),
        ('{"text": "ab", "quotes": [3]}', "quotes[0]: expected an object, got a number"),
        ("[" * 100_000, "not valid JSON (nested too deeply)"),
    ],
)
def test_12_a_malformed_gold_file_is_one_line(tmp_path: Path, line: str, problem: str) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(line + "\n", encoding="utf-8")
    code, out, err = cli("eval", str(gold))
    assert code == 1 and out == ""
    assert err == f"quotex: {gold}:1: {problem}\n"


# -- 13. output that cannot be written ----------------------------------------------------------


@pytest.mark.parametrize(
    "command", [["extract", "-"], ["speakers", "-"], ["show", "-"], ["report", "-", "-o", "-"], ["rules"], ["schema"], ["--help"]]
)
def test_13_a_full_disk_is_one_line(command: list[str]) -> None:
    with open("/dev/full", "w") as full:
        proc = subprocess.run([*QUOTEX, *command], input=ARTICLE.encode(), stdout=full, stderr=subprocess.PIPE, timeout=HANG)
    assert proc.returncode == 3
    assert proc.stderr.decode() == "quotex: cannot write output: No space left on device\n"


def test_13_closed_stdout_is_one_line() -> None:
    proc = subprocess.run(
        f"{sys.executable} -m quotex extract - >&-", shell=True, input=ARTICLE.encode(), stderr=subprocess.PIPE, timeout=HANG
    )
    assert proc.returncode == 3
    assert proc.stderr.decode() == "quotex: cannot write output: standard output is closed\n"


# -- 14. bad option values ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--encoding", "undefined"], "'undefined' cannot decode text"),
        (["--encoding", "no-such-codec"], "unknown encoding 'no-such-codec'"),
        (["--encoding", "base64"], "'base64' is not a text encoding"),
        (["--timeout", "nan"], "nan is not a number of seconds"),
        (["--timeout", "inf"], "inf is not a number of seconds"),
    ],
)
def test_14_bad_values_are_usage_errors(args: list[str], message: str) -> None:
    proc = run("extract", *args, "-", input=ARTICLE.encode())
    assert proc.returncode == 2 and message in proc.stderr.decode() and b"Traceback" not in proc.stderr


def test_14_utf8_json_lines_with_a_bom(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_bytes(codecs.BOM_UTF8 + (json.dumps({"id": "a", "text": ARTICLE}) + "\n").encode())
    for args in ([], ["--encoding", "utf-8"]):
        code, out, err = cli("extract", "--format", "jsonl", *args, str(corpus))
        assert code == 0 and err == "" and len(jsonl(out)) == 2


# -- 15. show's header is escaped ---------------------------------------------------------------


def test_15_a_record_id_cannot_drive_the_terminal(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "x\x1b]0;owned\x07\x1b[2J", "text": ARTICLE}) + "\n", encoding="utf-8")
    for env in ({}, {"FORCE_COLOR": "1"}):
        result = runner.invoke(app, ["show", str(corpus)], env=env)
        assert result.exit_code == 0
        assert "\x1b]" not in result.stdout and "\x07" not in result.stdout and "\x1b[2J" not in result.stdout
        assert "x␛]0;owned␇␛[2J: 2 quotes" in result.stdout


# -- 16. | head -1 exits 0 everywhere -----------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [
        "extract --format table {a} {b} {a} {b}",
        "show {a}",
        "eval {gold} --errors",
        "speakers --format jsonl {a} {b}",
        "report {a} {b} -o -",
    ],
)
def test_16_head_exits_0(tmp_path: Path, command: str) -> None:
    a, b, gold = tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "gold.jsonl"
    a.write_text(ARTICLE * 200, encoding="utf-8")
    b.write_text(ARTICLE * 200, encoding="utf-8")
    gold.write_text(json.dumps({"id": "g", "text": ARTICLE * 200, "quotes": []}) + "\n", encoding="utf-8")
    args = command.format(a=a, b=b, gold=gold)
    proc = subprocess.run(
        f"set -o pipefail; {sys.executable} -m quotex {args} | head -1",
        shell=True,
        executable="/bin/bash",
        capture_output=True,
        timeout=HANG,
        env={**os.environ, "FORCE_COLOR": "1", "COLUMNS": "100"},
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == b""


# -- 17. streaming per document, symbolic links, UTF-16 JSON Lines ------------------------------


def test_17_a_large_document_does_not_hold_back_the_small_ones_before_it() -> None:
    small = [DataTask(f"s{n}", b"x" * 10) for n in range(3)]
    big = DataTask("big", b"x" * 1000)
    groups = list(batch.chunks([*small, big, *small], max_bytes=500, max_docs=64))
    assert [[t.source for t in g] for g in groups] == [["s0", "s1", "s2"], ["big"], ["s0", "s1", "s2"]]


def test_17_a_symlinked_subdirectory_is_read_once(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "top").mkdir()
    (tmp_path / "top" / "linked").symlink_to(tmp_path / "real")
    (tmp_path / "top" / "linked" / "loop").symlink_to(tmp_path / "top")
    code, out, _ = cli("extract", "--format", "jsonl", str(tmp_path / "top"))
    assert code == 0 and {r["source"] for r in jsonl(out)} == {str(tmp_path / "top" / "linked" / "a.txt")}


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32"])
def test_17_json_lines_in_utf16(tmp_path: Path, encoding: str) -> None:
    corpus = tmp_path / "c.jsonl"
    lines = "".join(json.dumps({"id": n, "text": ARTICLE}, ensure_ascii=False) + "\n" for n in range(3))
    corpus.write_bytes(lines.encode(encoding))
    code, out, err = cli("extract", "--format", "jsonl", str(corpus))
    assert code == 0 and err == ""
    assert [r["source"] for r in jsonl(out)] == ["0", "0", "1", "1", "2", "2"]


# -- from the interfaces issue ------------------------------------------------------------------


def test_extract_none_names_the_argument() -> None:
    with pytest.raises(TypeError, match="argument 'text' must be str, not None"):
        extract(None)  # type: ignore[arg-type]


def test_no_quotes_is_a_line_not_an_empty_table(tmp_path: Path) -> None:
    empty, full = tmp_path / "empty.txt", tmp_path / "full.txt"
    empty.write_text("Nothing was said.\n", encoding="utf-8")
    full.write_text(ARTICLE, encoding="utf-8")
    code, out, err = cli("extract", "--format", "table", str(empty))
    assert code == 0 and out == "" and err == f"quotex: no quotes in {empty}\n"
    result = runner.invoke(app, ["extract", "--format", "table", str(empty), str(full)], env={"COLUMNS": "400"})  # the title on one line
    assert result.exit_code == 0 and result.stderr == f"quotex: no quotes in {empty}\n" and f"{full}: 2 quotes" in result.stdout


def test_a_wrong_text_field_is_one_error_naming_the_fields(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"id": n, "body": ARTICLE}) + "\n" for n in range(50)), encoding="utf-8")
    for jobs in ("1", "2"):
        code, out, err = cli("extract", "--jobs", jobs, "--format", "jsonl", str(corpus))
        assert code == 1 and out == ""
        assert err == f"quotex: {corpus}:1: no 'text' field (--text-field; the record has 'id', 'body')\n"


def test_the_progress_bar_knows_the_total_and_leaves_a_summary(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(batch, "PROGRESS_DELAY", 0.0)
    tasks = [DataTask(f"d{n}", ARTICLE.encode()) for n in range(3)]
    results = list(batch.run(tasks, 1, progress=True, total=sum(t.size for t in tasks)))
    assert len(results) == 3
    err = capsys.readouterr().err
    assert err.splitlines()[-1].startswith(f"quotex: 3 documents, {sum(t.size for t in tasks) / 1e6:,.1f} MB in ")


# -- one pipeline: every command reads a document the same way ----------------------------------


def test_every_command_reads_a_lone_surrogate_the_same_way(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "s", "text": "\\ud800 “We are ready,” Kirby said."}\n', encoding="utf-8")
    warning = "quotex: s: lone surrogate at character 0, replaced with U+FFFD\n"
    for command in (["extract", "--format", "jsonl"], ["show"], ["speakers", "--format", "jsonl"], ["report", "-o", "-"]):
        code, out, err = cli(*command, str(corpus))
        assert code == 0 and err == warning, command
        assert "Kirby" in out


def test_every_command_applies_the_limits(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    for command in (["extract"], ["show"], ["speakers"], ["report", "-o", "-"]):
        code, out, err = cli(*command, "--max-chars", "10", str(article))
        assert code == 1 and "over the limit of 10 characters (--max-chars)" in err, command
