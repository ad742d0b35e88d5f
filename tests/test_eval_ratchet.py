"""The accuracy ratchet: extraction must not fall below the level reached.

Runs on each annotated dev set in ../shared/eval that is there (they are
never copied into the project) and skips the others; the floors are in
ratchet.json, one entry per data set.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from quotex.evaluate import evaluate, read_gold_file

ROOT = Path(__file__).parent.parent
EVAL = ROOT.parent / "shared" / "eval"
FLOORS: dict[str, Any] = json.loads((Path(__file__).parent / "ratchet.json").read_text(encoding="utf-8"))
CASES = [
    (name, section, measure, floor)
    for name, sections in FLOORS.items()
    if not name.startswith("_")
    for section, measures in sections.items()
    for measure, floor in measures.items()
]


@cache
def scores(name: str) -> dict[str, Any]:
    return evaluate(read_gold_file(EVAL / name)).to_dict()


def figure(report: dict[str, Any], section: str, measure: str) -> float:
    value = report[section][measure]
    return float(value["ratio"] if section == "speakers" else value)


@pytest.mark.parametrize(("name", "section", "measure", "floor"), CASES, ids=[f"{n}-{s}-{m}" for n, s, m, _ in CASES])
def test_dev_scores_stay_above_the_ratchet(name: str, section: str, measure: str, floor: float) -> None:
    if not (EVAL / name).exists():
        pytest.skip(f"evaluation data {name} not present")
    value = figure(scores(name), section, measure)
    assert value >= floor, f"{name}: {section} {measure} {value} fell below {floor}"


def test_every_data_set_has_floors() -> None:
    assert {name for name, *_ in CASES} == {"polnear-dev.jsonl", "german-dev.jsonl", "news-dev.jsonl"}
