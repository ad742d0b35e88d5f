"""Golden cases: each file in tests/golden documents one phenomenon."""

from __future__ import annotations

import pytest

from golden_cases import DETAIL_KEYS, Case, all_cases
from quotex import extract

CASES = all_cases()


def observed(text: str) -> dict[tuple[str, ...], list[dict[str, object]]]:
    """Each quote's six columns, with the speaker fields a row may check."""
    rows: dict[tuple[str, ...], list[dict[str, object]]] = {}
    for q in extract(text):
        assert text[q.start : q.end] == q.text
        s = q.speaker
        assert s is not None and text[s.start : s.end] == s.text
        fields = s.to_dict()
        rows.setdefault((q.type, q.text, s.text, s.name, s.kind, q.rule), []).append({k: fields.get(k, "(absent)") for k in DETAIL_KEYS})
    return rows


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(c, id=c.id, marks=pytest.mark.xfail(strict=True, reason="known failure")) if c.xfail else pytest.param(c, id=c.id)
        for c in CASES
    ],
)
def test_golden(case: Case) -> None:
    rows = observed(case.text)
    assert frozenset(rows) == case.expected
    for row, details in case.details:
        # every quote with these columns has these speaker fields
        assert [{k: fields[k] for k, _ in details} for fields in rows[row]] == [dict(details)] * len(rows[row]), row


def test_every_phenomenon_has_cases() -> None:
    files = {c.file for c in CASES}
    assert {"direct_after", "direct_before", "partial", "multi_paragraph", "indirect", "speakers", "negative", "marks"} <= files
    assert any(not c.expected for c in CASES), "negative cases must exist"
