"""The accuracy ratchet: extraction must not fall below the level reached.

Runs on the annotated PolNeAR dev split in ../shared/eval when it is there
(it is never copied into the project) and skips otherwise.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotex.evaluate import evaluate, read_gold_file

ROOT = Path(__file__).parent.parent
DEV = ROOT.parent / "shared" / "eval" / "polnear-dev.jsonl"
FLOORS = json.loads((Path(__file__).parent / "ratchet.json").read_text(encoding="utf-8"))


@pytest.mark.skipif(not DEV.exists(), reason="evaluation data not present")
def test_dev_scores_stay_above_the_ratchet() -> None:
    report = evaluate(read_gold_file(DEV)).to_dict()
    for kind in ("direct", "indirect"):
        for measure, floor in FLOORS[kind].items():
            assert report[kind][measure] >= floor, f"{kind} {measure} {report[kind][measure]} fell below {floor}"
