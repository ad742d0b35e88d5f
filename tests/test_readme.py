"""Every console example in the README is run, and its output compared with what the README shows.

A ```` ```console ```` block holds ``$ command`` lines, each followed by the
output it prints.  The commands run from the repository root in a pseudo
terminal of :data:`COLUMNS` columns with ``NO_COLOR`` set, as a reader would
see them in a terminal: ``quotex extract FILE`` draws a table there, and
``quotex extract FILE | jq`` gets JSON Lines, as the README says.

A block that cannot run here says so in an HTML comment on the line before
its fence, and the test checks that nothing else is skipped:

- ``<!-- readme: illustrative -->``: paths that do not exist here
  (``archive/``, a Spark cluster);
- ``<!-- readme: set-up -->``: the install and test commands themselves,
  which ``.ci/run`` runs (a test below checks that it does, word for word).

``python tests/test_readme.py --update`` rewrites the shown output of every
block with what the commands print now; read the diff before committing it.
"""

from __future__ import annotations

import fcntl
import os
import pty
import select
import struct
import subprocess
import sys
import termios
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
import regex

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
COLUMNS = 100
ROWS = 50
TIMEOUT = 120.0
ESCAPE = regex.compile(r"\N{ESCAPE} \[ [0-9;]{0,40} [A-Za-z]", regex.VERBOSE)

BLOCK = regex.compile(
    r"""
    (?: ^ <!-- \s readme: \s (?P<mark> [\w-]{1,20} ) \s --> \n )?
    ^ ```console \n
    (?P<body> (?: (?! ``` ) [^\n]* \n ){0,500} )
    ^ ``` $
    """,
    regex.MULTILINE | regex.VERBOSE,
)


@dataclass(frozen=True)
class Example:
    line: int  # 1-based line of the command in README.md
    command: str
    shown: str


@dataclass(frozen=True)
class Block:
    line: int  # 1-based line of the opening fence
    mark: str | None
    body: str

    def examples(self) -> list[Example]:
        examples: list[Example] = []
        command: str | None = None
        start = 0
        shown: list[str] = []
        for offset, text in enumerate(self.body.splitlines()):
            if text.startswith("$ "):
                if command is not None:
                    examples.append(Example(start, command, "\n".join(shown)))
                command, start, shown = text[2:], self.line + 1 + offset, []
            else:
                shown.append(text)
        if command is not None:
            examples.append(Example(start, command, "\n".join(shown)))
        return examples


def blocks(text: str) -> list[Block]:
    found = []
    for m in BLOCK.finditer(text):
        fence = m.start() if m.group("mark") is None else m.end("mark") + len(" -->\n")
        found.append(Block(text.count("\n", 0, fence) + 1, m.group("mark"), m.group("body")))
    return found


def run_in_terminal(command: str) -> str:
    """What ``command`` shows in a terminal of COLUMNS columns: stdout and stderr, colour off."""
    return run_in_terminal_of(COLUMNS, command)


def run_in_terminal_of(columns: int, command: str, colour: bool = False) -> str:
    """What ``command`` shows in a terminal of ``columns`` columns: stdout and stderr, escape codes removed
    (``colour``: without ``NO_COLOR``, so styled output is laid out as a reader sees it)."""
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, columns, 0, 0))
    env = {k: v for k, v in os.environ.items() if k not in {"FORCE_COLOR", "COLUMNS", "LINES", "NO_COLOR"}}
    env.update(TERM="xterm")
    if not colour:
        env.update(NO_COLOR="1")
    proc = subprocess.Popen(
        ["bash", "-o", "pipefail", "-c", command],
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        stdout=follower,
        stderr=follower,
        env=env,
        start_new_session=True,
    )
    os.close(follower)
    chunks: list[bytes] = []
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        ready, _, _ = select.select([leader], [], [], 0.5)
        if not ready:
            if proc.poll() is not None:
                break
            continue
        try:
            data = os.read(leader, 65536)
        except OSError:  # EIO: every writer has closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    else:
        proc.kill()
        raise AssertionError(f"{command!r} did not finish within {TIMEOUT:.0f} s")
    os.close(leader)
    proc.wait(timeout=10)
    output = b"".join(chunks).decode("utf-8", "replace").replace("\r\n", "\n")
    # Other programs in a pipeline (jq 1.6) colour a terminal whatever NO_COLOR says; that quotex
    # itself writes no escape code under NO_COLOR is test_no_color_means_no_escape_codes's job.
    output = ESCAPE.sub("", output)
    return "\n".join(line.rstrip() for line in output.splitlines())


def _shown(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.splitlines()).strip("\n")


README_TEXT = README.read_text(encoding="utf-8")
BLOCKS = blocks(README_TEXT)
EXAMPLES = [example for block in BLOCKS if block.mark is None for example in block.examples()]


def test_every_console_block_is_run_or_says_why_not() -> None:
    assert BLOCKS, "the README has no console block"
    for block in BLOCKS:
        if block.mark is None:
            assert block.examples(), f"README.md:{block.line}: a console block with no '$ ' command"
        else:
            assert block.mark in {"illustrative", "set-up"}, f"README.md:{block.line}: unknown mark {block.mark!r}"
    assert README_TEXT.count("```console") == len(BLOCKS), "a console block the test does not read"


def test_ci_runs_the_set_up_commands_word_for_word() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    set_up = [line for block in BLOCKS if block.mark == "set-up" for line in block.body.splitlines() if line.strip()]
    assert len(set_up) == 2, "the README gives two set-up commands: install and run, and test"
    for line in set_up:
        assert line in ci.splitlines(), f".ci/run does not run the README's command {line!r}"


@pytest.mark.parametrize("example", EXAMPLES, ids=[f"README.md:{e.line}" for e in EXAMPLES])
def test_console_example_prints_what_the_readme_shows(example: Example) -> None:
    assert run_in_terminal(example.command).strip("\n") == _shown(example.shown)


@pytest.mark.parametrize(
    "command",
    [
        "quotex extract seeds/syria-airstrikes-proposal.txt",
        "quotex speakers seeds/syria-airstrikes-proposal.txt",
        "quotex show seeds/syria-airstrikes-proposal.txt",
        "quotex rules",
    ],
)
def test_no_color_means_no_escape_codes(command: str) -> None:
    """The README: escape codes go only to a terminal, and never when NO_COLOR is set."""
    leader, follower = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k != "FORCE_COLOR"}
    env.update(NO_COLOR="1", TERM="xterm")
    proc = subprocess.run(command.split(), cwd=ROOT, stdout=follower, stderr=subprocess.PIPE, env=env, timeout=TIMEOUT, check=False)
    os.close(follower)
    output = b""
    while select.select([leader], [], [], 0.2)[0]:
        try:
            data = os.read(leader, 65536)
        except OSError:
            break
        if not data:
            break
        output += data
    os.close(leader)
    assert proc.returncode == 0, proc.stderr
    assert output.strip(), "nothing written to the terminal"
    assert b"\x1b" not in output


def update() -> int:
    """Rewrite each example's shown output with what its command prints now."""
    lines = README_TEXT.splitlines(keepends=True)
    changed = 0
    for example in sorted(EXAMPLES, key=lambda e: e.line, reverse=True):
        shown = example.shown.splitlines()
        actual = run_in_terminal(example.command).strip("\n")
        if _shown(example.shown) != actual:
            changed += 1
            lines[example.line : example.line + len(shown)] = [line + "\n" for line in actual.splitlines()]
    README.write_text("".join(lines), encoding="utf-8")
    print(f"{changed} of {len(EXAMPLES)} examples rewritten in {README}")
    return 0


if __name__ == "__main__":
    if sys.argv[1:] != ["--update"]:
        sys.exit("usage: python tests/test_readme.py --update")
    sys.exit(update())
