"""Reader for the golden case files in tests/golden (format in its README)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

GOLDEN = Path(__file__).parent / "golden"


@dataclass(frozen=True)
class Case:
    file: str
    title: str
    text: str
    expected: frozenset[tuple[str, ...]]
    xfail: bool

    @property
    def id(self) -> str:
        return f"{self.file}: {self.title}"


def parse(path: Path) -> list[Case]:
    cases = []
    for block in path.read_text(encoding="utf-8").split("=== ")[1:]:
        title, _, rest = block.partition("\n")
        text, sep, expected = rest.partition("\n---\n")
        if not sep:
            raise ValueError(f"{path.name}: case {title!r} has no --- line")
        # "\n" in a field is a line break: a quotation continued over paragraphs is one quote
        rows = frozenset(tuple(f.strip().replace("\\n", "\n") for f in line.split(" | ")) for line in expected.splitlines() if line.strip())
        xfail = title.startswith("[xfail]")
        cases.append(Case(path.stem, title.removeprefix("[xfail]").strip(), text.strip("\n"), rows, xfail))
    return cases


def all_cases() -> list[Case]:
    return [case for path in sorted(GOLDEN.glob("*.txt")) for case in parse(path)]
