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
    #: speaker fields checked beyond the six columns, by row: ``role=…``,
    #: ``gender=…``, ``id=…``, ``author=…`` (``null`` for None)
    details: tuple[tuple[tuple[str, ...], tuple[tuple[str, str | None], ...]], ...] = ()

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
        rows = set()
        details = []
        for line in expected.splitlines():
            if not line.strip():
                continue
            # "\n" in a field is a line break: a quotation continued over paragraphs is one quote
            fields = [f.strip().replace("\\n", "\n") for f in line.split(" | ")]
            row = tuple(fields[:6])
            rows.add(row)
            extra = tuple(_detail(path, f) for f in fields[6:])
            if extra:
                details.append((row, extra))
        xfail = title.startswith("[xfail]")
        cases.append(Case(path.stem, title.removeprefix("[xfail]").strip(), text.strip("\n"), frozenset(rows), xfail, tuple(details)))
    return cases


#: The speaker fields a row may check after its six columns.
DETAIL_KEYS = ("role", "gender", "id", "author")


def _detail(path: Path, field: str) -> tuple[str, str | None]:
    key, sep, value = field.partition("=")
    if not sep or key not in DETAIL_KEYS:
        raise ValueError(f"{path.name}: {field!r} is not one of {', '.join(k + '=…' for k in DETAIL_KEYS)}")
    return key, None if value == "null" else value


def all_cases() -> list[Case]:
    return [case for path in sorted(GOLDEN.glob("*.txt")) for case in parse(path)]
