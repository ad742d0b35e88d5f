"""No evaluation text in the project.

The eval articles in ../shared/eval are copyrighted news (PolNeAR), German
WikiNews under a non-commercial share-alike licence, and news-dev's texts:
they are read for scoring, never copied.  So no tracked text file may share
a run of RUN words with any of them: an example in a comment, a docstring, a
test or a golden case is written in words of its own, with invented people.

The runs of the repository's files (small) are indexed by hash, and the eval
texts are streamed through that index one article at a time, so memory stays
small and the check takes seconds.  Skipped where ../shared/eval is absent.
"""

from __future__ import annotations

import json
import re
import subprocess
from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
EVAL = ROOT.parent / "shared" / "eval"
#: Shared words in a row that count as copied text.
RUN = 8
#: The tracked files read: every text format the project keeps.
SUFFIXES = frozenset({".py", ".txt", ".md", ".json", ".j2", ".js", ".css", ".toml"})
WORD = re.compile(r"\w+")
GOLDEN = "tests/golden/"
#: Runs of RUN words that are ordinary English or German phrases, nobody's
#: text, each with why it is allowed; keep it short.  None is needed so far.
ALLOWED: frozenset[tuple[str, ...]] = frozenset()

pytestmark = pytest.mark.skipif(not EVAL.is_dir(), reason="../shared/eval is not here")


def words(text: str) -> list[str]:
    return WORD.findall(text.lower())


def runs(ws: list[str]) -> Iterator[tuple[int, tuple[str, ...]]]:
    for i in range(len(ws) - RUN + 1):
        yield i, tuple(ws[i : i + RUN])


def eval_texts(sources: Iterable[Path]) -> Iterator[tuple[str, str]]:
    """(where, text) for the title and text of every article, one at a time."""
    for source in sources:
        with source.open(encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                for field in ("title", "text"):
                    if isinstance(record.get(field), str):
                        yield f"{source.name}:{record.get('id')}", record[field]


def shared_passages(files: dict[str, str], articles: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    """path -> one line per passage of the file that shares RUN or more words
    in a row with an article: 'path:line: the words [article]'."""
    index: dict[int, list[tuple[str, int]]] = defaultdict(list)
    for path, text in files.items():
        for i, run in runs(words(text)):
            if run not in ALLOWED:
                index[hash(run)].append((path, i))
    found: dict[str, dict[int, str]] = defaultdict(dict)
    for where, text in articles:
        for _, run in runs(words(text)):
            for path, i in index.get(hash(run), ()):
                found[path].setdefault(i, where)
    report: dict[str, list[str]] = {}
    for path, hits in sorted(found.items()):
        lowered = files[path].lower()
        starts = [m.start() for m in WORD.finditer(lowered)]
        ws = words(files[path])
        passages: list[list[int]] = []  # runs that overlap or touch make one passage
        for i in sorted(hits):
            if passages and i <= passages[-1][-1] + RUN:
                passages[-1].append(i)
            else:
                passages.append([i])
        lines = []
        for passage in passages:
            first, last = passage[0], passage[-1]
            shown = " ".join(ws[first : last + RUN])
            line = lowered.count("\n", 0, starts[first]) + 1
            lines.append(f"{path}:{line}: {shown[:100]} [{hits[first]}]")
        report[path] = lines
    return report


def tracked_files() -> dict[str, str]:
    try:
        listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout: which files are tracked is unknown")
    paths = [p for p in listed.split("\0") if p and Path(p).suffix in SUFFIXES and (ROOT / p).is_file()]
    return {p: (ROOT / p).read_text(encoding="utf-8", errors="replace") for p in paths}


@cache
def project_report() -> dict[str, list[str]]:
    return shared_passages(tracked_files(), eval_texts(sorted(EVAL.glob("*.jsonl"))))


@pytest.mark.parametrize("golden", [False, True], ids=["code-docs-tests", "tests-golden"])
def test_no_tracked_file_shares_a_run_of_words_with_an_eval_article(golden: bool) -> None:
    found = [line for path, lines in project_report().items() if path.startswith(GOLDEN) == golden for line in lines]
    if found:
        pytest.fail(
            f"{len(found)} passages share {RUN} or more words in a row with eval articles; "
            "write the example in words of your own, with invented people:\n" + "\n".join(found[:60]),
            pytrace=False,
        )


def test_a_copied_sentence_is_found_and_own_words_are_not() -> None:
    where, text = next(eval_texts([EVAL / "news-dev.jsonl"]))
    ws = words(text)
    assert len(ws) > 3 * RUN, where
    copied = "An example: " + " ".join(ws[RUN : 2 * RUN + 2]) + ", as the article put it."
    own = "An example: " + " ".join(ws[RUN : RUN + RUN - 1]) + " zqx, in words of our own."
    report = shared_passages({"copied.py": copied, "own.py": own}, [(where, text)])
    assert list(report) == ["copied.py"] and len(report["copied.py"]) == 1
    assert report["copied.py"][0].startswith("copied.py:1: ") and report["copied.py"][0].endswith(f"[{where}]")
