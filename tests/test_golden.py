"""Golden cases: each file in tests/golden documents one phenomenon."""

from __future__ import annotations

import pytest

from golden_cases import Case, all_cases
from quotex import extract

CASES = all_cases()


def observed(text: str) -> frozenset[tuple[str, ...]]:
    rows = set()
    for q in extract(text):
        assert text[q.start : q.end] == q.text
        s = q.speaker
        assert s is not None and text[s.start : s.end] == s.text
        rows.add((q.type, q.text, s.text, s.name, s.kind, q.rule))
    return frozenset(rows)


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(c, id=c.id, marks=pytest.mark.xfail(strict=True, reason="known failure")) if c.xfail else pytest.param(c, id=c.id)
        for c in CASES
    ],
)
def test_golden(case: Case) -> None:
    assert observed(case.text) == case.expected


def test_every_phenomenon_has_cases() -> None:
    files = {c.file for c in CASES}
    assert {"direct_after", "direct_before", "partial", "multi_paragraph", "indirect", "speakers", "negative", "marks"} <= files
    assert any(not c.expected for c in CASES), "negative cases must exist"
