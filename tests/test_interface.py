"""Interfaces a newcomer trusts: help that ends with its example, conventional usage lines,
the command list in the README's order, and output that fits the terminal (80 and 120 columns)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from quotex.cli import app
from quotex.clihelp import ORDER
from test_readme import run_in_terminal_of

ROOT = Path(__file__).parent.parent
SEED = "seeds/syria-airstrikes-proposal.txt"
README = (ROOT / "README.md").read_text(encoding="utf-8")
runner = CliRunner()


def commands() -> dict[str, Any]:
    return dict(typer.main.get_command(app).commands)  # type: ignore[attr-defined]


def paragraphs(text: str) -> list[str]:
    return [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]


# --- help -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ORDER)
def test_help_ends_with_its_example(name: str) -> None:
    """The README: every command's --help ends with an example (after Arguments and Options)."""
    result = runner.invoke(app, [name, "--help"], env={"COLUMNS": "80"})
    assert result.exit_code == 0
    last = paragraphs(result.stdout)[-1].splitlines()
    assert last[0].strip() in {"Example:", "Examples:"}, result.stdout
    assert all(line.strip().startswith(f"quotex {name} ") or line.strip() == f"quotex {name}" for line in last[1:]), last
    assert result.stdout.index("Options:") < result.stdout.rindex("Example")


def test_usage_lines_are_conventional() -> None:
    usage = {name: runner.invoke(app, [name, "--help"]).stdout.splitlines()[0] for name in ORDER}
    assert usage["extract"] == "Usage: quotex extract [OPTIONS] FILE..."
    assert usage["speakers"] == "Usage: quotex speakers [OPTIONS] FILE..."
    assert usage["show"] == "Usage: quotex show [OPTIONS] FILE"
    assert usage["report"] == "Usage: quotex report [OPTIONS] [FILE...]"
    assert usage["eval"] == "Usage: quotex eval [OPTIONS] GOLD"
    assert usage["spark"] == "Usage: quotex spark [OPTIONS] IN OUT"
    assert not any("{" in line for line in usage.values())


def test_the_command_list_follows_the_readme_and_is_never_cut() -> None:
    section = README.split("## Commands", 1)[1].split("\n## ", 1)[0]
    assert tuple(re.findall(r"^\| `quotex (\w+)", section, flags=re.M)) == ORDER
    assert set(commands()) == set(ORDER)
    for columns in ("80", "120"):
        out = runner.invoke(app, ["--help"], env={"COLUMNS": columns}).stdout
        listed = out.split("Commands:", 1)[1]
        names = re.findall(r"^  (\w+)  ", listed, flags=re.M)
        assert tuple(names) == ORDER
        assert "..." not in listed
        assert max(len(line) for line in out.splitlines()) <= int(columns)
        # each command's whole first sentence is there, wrapped
        flat = " ".join(listed.split())
        for name, command in commands().items():
            first = " ".join((command.help or "").split("\n\n")[0].split())
            assert first in flat, name


# --- output that fits -------------------------------------------------------------------------------


def widest(text: str) -> int:
    return max(len(line) for line in text.splitlines())


@pytest.mark.parametrize("columns", [80, 120])
def test_rules_wrap_to_the_terminal(columns: int) -> None:
    shown = run_in_terminal_of(columns, "quotex rules")
    assert widest(shown) <= columns
    from quotex.rules import TABLE

    flat = " ".join(shown.split())
    for rule in TABLE:
        assert f"{rule.name} {' '.join(rule.description.split())}" in flat
    piped = run_in_terminal_of(columns, "quotex rules | cat").splitlines()
    assert len(piped) == len(TABLE)  # piped: one rule a line, for grep


@pytest.mark.parametrize("columns", [80, 120])
@pytest.mark.parametrize("command", [f"quotex extract {SEED}", f"quotex speakers {SEED}"])
def test_tables_fit_and_cut_nothing(columns: int, command: str) -> None:
    """At 80 columns as at 120 the table fits, and the fields people read are whole words: no "organiz…",
    "anonymo…" or "Washingt… Post"."""
    for colour in (False, True):
        shown = run_in_terminal_of(columns, command, colour=colour)
        assert widest(shown) <= columns
        assert "…" not in shown
        words = set(re.findall(r"[\w.-]+", shown))
        assert {"organization", "anonymous", "document", "administration", "Washington", "Post", "spokesman"} <= words
        assert "Washington Post" in shown  # the name on one line


def test_a_word_wider_than_its_column_is_folded_not_cut(tmp_path: Path) -> None:
    name = "Bundesgesundheitsministeriumssprecherin"  # wider than the speaker column at 80 columns
    (tmp_path / "long.txt").write_text(f"“Wir sind bereit”, sagte {name} Anna Beispiel am Montag.\n", encoding="utf-8")
    shown = run_in_terminal_of(80, f"quotex extract {tmp_path / 'long.txt'} --lang de")
    assert "…" not in shown and widest(shown) <= 80
    cells = "".join(line.split("│")[1].strip() for line in shown.splitlines() if line.startswith("│"))
    assert name in cells


@pytest.mark.parametrize("columns", [80, 120])
def test_show_header_is_whole(columns: int, tmp_path: Path) -> None:
    long = tmp_path / ("coverage-" + "x" * 90 + ".txt")
    long.write_text("“We are ready,” said Jane Doe.\n", encoding="utf-8")
    shown = run_in_terminal_of(columns, f"quotex show {long}", colour=True)
    assert "…" not in shown and widest(shown) <= columns
    assert f"{long}: 1 quote, 1 speaker" in "".join(shown.split("\n\n")[0].splitlines())


def test_forced_colour_into_a_pipe_does_not_wrap_show() -> None:
    """FORCE_COLOR=1 | less -R: the lines are the article's, not hard-wrapped at 80 columns."""
    import os
    import subprocess

    env = {**{k: v for k, v in os.environ.items() if k not in {"NO_COLOR", "COLUMNS"}}, "FORCE_COLOR": "1", "TERM": "xterm"}
    out = subprocess.run(["quotex", "show", SEED], cwd=ROOT, capture_output=True, text=True, env=env, check=True).stdout
    assert "\x1b[" in out  # coloured, or this test proves nothing
    plain = re.sub(r"\x1b\[[0-9;]*m", "", out)
    article = (ROOT / SEED).read_text(encoding="utf-8")
    assert max(len(line) for line in article.splitlines()) > 200
    # the header, a blank line, then the article line for line
    assert len(plain.rstrip("\n").splitlines()) == 2 + len(article.rstrip("\n").splitlines())
    assert widest(plain) > 200
    # on a terminal the text is wrapped to its width
    assert widest(run_in_terminal_of(80, f"quotex show {SEED}", colour=True)) <= 80


def test_spark_quiet_passes_on_only_quotex_lines(capfd: pytest.CaptureFixture[str]) -> None:
    """What the JVM started under the filter writes on its stderr: Spark's lines are dropped, an executor's
    ``quotex:`` line (a failed article) is passed on."""
    import subprocess
    import time

    from quotex.spark import _only_quotex_lines_on_stderr

    with _only_quotex_lines_on_stderr():
        child = subprocess.Popen(["sh", "-c", "sleep 0.2; echo 'WARN Utils: loopback' >&2; echo 'quotex: a-9: extraction failed' >&2"])
    child.wait(timeout=10)  # the child writes after the filter is gone from Python's side, as the JVM does
    deadline = time.monotonic() + 5
    err = ""
    while "a-9" not in err and time.monotonic() < deadline:
        time.sleep(0.05)
        err += capfd.readouterr().err
    assert err == "quotex: a-9: extraction failed\n"


def test_readme_names_the_python_that_pyproject_requires() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")  # tomllib is 3.11+
    (minimum,) = re.findall(r'^requires-python = ">=(\d+\.\d+)"', pyproject, flags=re.M)
    install = README.split("## Install and run", 1)[1].split("\n## ", 1)[0]
    assert f"Python {minimum} or newer" in install and "virtual environment" in install


def test_readme_claims_no_gender_gap_that_is_closed() -> None:
    """speaker.gender exists (from evidence only): no section may still say quotex does not record it."""
    assert not re.search(r"does not (record|tell) gender", " ".join(README.split()))


@pytest.mark.parametrize("name", ORDER)
def test_options_name_their_values(name: str) -> None:
    """``--jobs N``, ``--glob PATTERN``: a value named for what it is, not ``<str>`` or ``<int range>``."""
    shown = runner.invoke(app, [name, "--help"], env={"COLUMNS": "200"}).stdout
    assert not re.search(r"<(str|int|float)", shown), shown
