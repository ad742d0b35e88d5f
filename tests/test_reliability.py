"""Hostile and broken input: never a crash, a hang or a lost result.

Input hygiene (BOMs, line ends, encodings, binary, empty, missing and special
files), batch semantics (one bad input never stops the others, exit codes),
limits (--max-chars, --timeout) and a real ``| head -1`` pipe.
"""

from __future__ import annotations

import codecs
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quotex import DocumentTooComplex, extract, extract_limited
from quotex.cli import app
from quotex.inputs import Article, InputError, clean_text, decode
from quotex.limits import check_size, deadline

runner = CliRunner()
ARTICLE = "“We are ready for the vote,” Kirby said.\n\n“It is over now,” he said.\n"


def extract_cli(*args: str, input: str | None = None) -> tuple[int, list[dict], str]:
    result = runner.invoke(app, ["extract", "--format", "jsonl", *args], input=input)
    assert "Traceback" not in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, [json.loads(line) for line in result.stdout.splitlines()], result.stderr


# -- line ends and byte-order marks: offsets stay exact against the decoded text ---------------


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
@pytest.mark.parametrize("bom", [b"", codecs.BOM_UTF8])
def test_offsets_hold_for_the_text_python_reads(tmp_path: Path, newline: str, bom: bytes) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(bom + ARTICLE.replace("\n", newline).encode("utf-8"))
    code, records, _ = extract_cli(str(path))
    assert code == 0 and len(records) == 2
    with open(path, encoding="utf-8-sig", newline="") as fh:
        text = fh.read()
    for r in records:
        assert text[r["start"] : r["end"]] == r["text"]
        assert text[r["speaker"]["start"] : r["speaker"]["end"]] == r["speaker"]["text"]
        assert text[r["cue"]["start"] : r["cue"]["end"]] == r["cue"]["text"]
    assert [r["paragraph"] for r in records] == [0, 1]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32"])
def test_a_utf16_or_utf32_bom_names_the_encoding(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes(ARTICLE.replace("\n", "\r\n").encode(encoding))  # the codec writes a BOM
    code, records, _ = extract_cli(str(path))
    assert code == 0 and len(records) == 2
    with open(path, encoding=encoding, newline="") as fh:
        text = fh.read()
    assert all(text[r["start"] : r["end"]] == r["text"] for r in records)


def test_explicit_encodings(tmp_path: Path) -> None:
    latin = tmp_path / "latin.txt"
    latin.write_bytes("“Ça va,” dit René. René said the café is closed for the week.".encode("cp1252"))
    code, records, stderr = extract_cli("--encoding", "cp1252", str(latin))
    assert code == 0 and records and stderr == ""
    wide = tmp_path / "wide.txt"
    wide.write_bytes(ARTICLE.encode("utf-16-le"))  # no BOM: only --encoding can tell
    code, records, _ = extract_cli("--encoding", "utf-16-le", str(wide))
    assert code == 0 and len(records) == 2
    bom = tmp_path / "bom.txt"
    bom.write_bytes(codecs.BOM_UTF8 + ARTICLE.encode("utf-8"))
    code, records, _ = extract_cli("--encoding", "UTF-8", str(bom))
    assert records[0]["start"] == 1  # the BOM is dropped whoever names the encoding


def test_decode_rules() -> None:
    assert decode(b"", "e").text == ""
    assert decode(codecs.BOM_UTF8, "e").text == ""
    bad = decode(codecs.BOM_UTF8 + b"ab\xff", "f")
    assert bad.text == "ab\ufffd" and bad.warning is not None and "byte 5" in bad.warning
    with pytest.raises(InputError, match="binary"):
        decode(b"%PDF\x00\x01", "f")
    with pytest.raises(InputError, match="binary"):
        decode("a\x00b".encode("utf-16"), "f")
    with pytest.raises(InputError, match="not valid utf-8 at byte 1"):
        decode(b"a\xffb", "f", "utf-8")
    with pytest.raises(InputError, match="unknown encoding"):
        decode(b"abc", "f", "no-such-codec")
    cleaned = clean_text(Article("r", "“a\ud800b,” he said."))
    assert cleaned.text == "“a\ufffdb,” he said." and cleaned.warning is not None


# -- broken, empty, missing and special inputs ------------------------------------------------


def test_empty_and_blank_files_give_no_quotes_and_no_error(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"\r\n \n\t\n")
    (tmp_path / "bom.txt").write_bytes(codecs.BOM_UTF8)
    code, records, stderr = extract_cli(*(str(tmp_path / n) for n in ("empty.txt", "blank.txt", "bom.txt")))
    assert (code, records, stderr) == (0, [], "")


def test_binary_is_skipped_with_an_error(tmp_path: Path) -> None:
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    code, records, stderr = extract_cli(str(tmp_path / "image.png"))
    assert code == 1 and records == []
    assert "image.png: looks like a binary file" in stderr


def test_missing_path_is_a_clear_error(tmp_path: Path) -> None:
    code, _, stderr = extract_cli(str(tmp_path / "nope.txt"))
    assert code == 1 and "nope.txt: no such file" in stderr


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_a_device_is_refused_not_read_forever() -> None:
    code, _, stderr = extract_cli("/dev/zero")
    assert code == 1 and "/dev/zero: not a regular file" in stderr


def test_a_lone_surrogate_in_json_lines_does_not_stop_the_run(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    records = [{"id": "bad", "text": "“We are \ud800 ready,” Kirby said."}, {"id": "good", "text": "“We are ready,” Kirby said."}]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    code, out, stderr = extract_cli(str(corpus))
    assert code == 0
    assert [r["source"] for r in out] == ["bad", "good"]
    assert out[0]["text"] == "We are \ufffd ready"
    assert "lone surrogate" in stderr


def test_escape_sequences_in_an_article_never_reach_the_terminal(tmp_path: Path) -> None:
    path = tmp_path / "evil.txt"
    path.write_text("“We are \x1b]0;owned\x07 ready \x1b[2J now,” Kirby\x9b said.\n", encoding="utf-8")
    for args in (["extract", "--format", "table", str(path)], ["show", str(path)]):
        result = runner.invoke(app, args)
        assert result.exit_code == 0, result.output
        assert "\x1b" not in result.stdout and "\x07" not in result.stdout and "\x9b" not in result.stdout
        assert "␛[2J" in result.stdout
    # data formats keep the text exact: JSON escapes it, offsets hold
    code, records, _ = extract_cli(str(path))
    assert "\x1b[2J" in records[0]["text"]
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "x\n\x1b[2Jy", "text": "\ud800 “We are ready,” Kirby said."}) + "\n", encoding="utf-8")
    code, records, stderr = extract_cli(str(corpus))
    assert code == 0 and stderr.count("\n") == 1 and "\x1b" not in stderr  # a warning is one line


# -- batch semantics: every good input's quotes are written ------------------------------------


def test_bad_inputs_never_stop_the_good_ones(tmp_path: Path) -> None:
    good1, good2 = tmp_path / "a.txt", tmp_path / "c.txt"
    good1.write_text(ARTICLE, encoding="utf-8")
    good2.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.bin").write_bytes(b"\x00" * 10)
    args = [str(good1), str(tmp_path / "missing.txt"), str(tmp_path / "b.bin"), str(good2)]
    code, records, stderr = extract_cli(*args)
    assert code == 1
    assert [r["source"] for r in records] == [str(good1)] * 2 + [str(good2)] * 2
    lines = stderr.splitlines()
    assert len(lines) == 3 and lines[-1] == "quotex: 2 of 4 inputs failed"


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert runner.invoke(app, ["extract"]).exit_code == 2
    assert runner.invoke(app, ["extract", "--no-such-option", str(tmp_path)]).exit_code == 2


# -- limits --------------------------------------------------------------------------------------


def test_library_limits() -> None:
    assert extract_limited(ARTICLE) == extract(ARTICLE)
    with pytest.raises(DocumentTooComplex, match="over the limit of 10"):
        check_size("x" * 11, "doc", 10)
    check_size("x" * 11, "doc", 0)  # 0: no limit
    with pytest.raises(DocumentTooComplex, match=r"took more than 0\.01 s"):
        extract_limited("said " * 200_000, source="doc", timeout=0.01)


def test_an_expired_deadline_that_was_swallowed_fires_again() -> None:
    # an exception raised in a signal handler while the garbage collector runs a
    # callback is printed and dropped; the deadline's alarm must then ring again
    swallowed = 0
    give_up = time.monotonic() + 5
    with deadline(0.01, "doc"):
        while True:
            try:  # the alarm may ring at any point of the loop, its test included
                if swallowed >= 2 or time.monotonic() > give_up:
                    break
                time.sleep(0.001)
            except DocumentTooComplex:
                swallowed += 1  # as if lost in a gc callback: keep working
    assert swallowed == 2


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_document_over_a_limit_is_one_error_and_the_others_are_kept(tmp_path: Path, jobs: str) -> None:
    small, big, slow = tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.txt"
    small.write_text(ARTICLE, encoding="utf-8")
    big.write_text(ARTICLE * 10, encoding="utf-8")
    limit = len(ARTICLE) * 10 - 1
    code, records, stderr = extract_cli("--jobs", jobs, "--max-chars", str(limit), str(small), str(big), str(small))
    assert code == 1 and [r["source"] for r in records] == [str(small)] * 4
    assert f"{big}: {len(ARTICLE) * 10:,} characters, over the limit of {limit:,} (--max-chars), skipped" in stderr
    # a file certainly too long (over four bytes a character) is refused before it is read
    code, records, stderr = extract_cli("--jobs", jobs, "--max-chars", "10", str(small), str(big))
    assert code == 1 and f"{big}: {big.stat().st_size:,} bytes, over the limit of 10 characters (--max-chars), skipped" in stderr
    code, records, _ = extract_cli("--jobs", jobs, "--max-chars", "0", str(big))
    assert code == 0 and len(records) == 20
    slow.write_text("said " * 400_000, encoding="utf-8")
    # generous for the small documents on a loaded machine; the slow one needs half a minute
    code, records, stderr = extract_cli("--jobs", jobs, "--timeout", "3", str(small), str(slow), str(small))
    assert code == 1 and [r["source"] for r in records] == [str(small)] * 4
    assert f"{slow}: extraction took more than 3 s (--timeout), skipped" in stderr


# -- streaming: a reader that goes away ----------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")
def test_output_is_flushed_per_document(tmp_path: Path) -> None:
    """A run killed while it waits on a later input keeps the earlier documents' quotes."""
    good, fifo = tmp_path / "good.txt", tmp_path / "never.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    os.mkfifo(fifo)  # opening it blocks: nobody ever writes
    cmd = [sys.executable, "-m", "quotex", "extract", "--jobs", "1", "--format", "jsonl", str(good), str(fifo)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    watchdog = threading.Timer(60, proc.kill)  # unflushed output would block readline forever
    watchdog.start()
    try:
        assert proc.stdout is not None
        lines = [proc.stdout.readline(), proc.stdout.readline()]
    finally:
        watchdog.cancel()
        proc.kill()
        proc.wait(timeout=30)
    assert [json.loads(line)["source"] for line in lines] == [str(good)] * 2


def test_broken_pipe_ends_quietly(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text(ARTICLE * 3000, encoding="utf-8")
    cmd = [sys.executable, "-m", "quotex", "extract", "--format", "jsonl", str(path)]
    proc = subprocess.run(" ".join(cmd) + " | head -1", shell=True, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0
    assert json.loads(proc.stdout)["text"] == "We are ready for the vote"
    assert proc.stderr == ""
