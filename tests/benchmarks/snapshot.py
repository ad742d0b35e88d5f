"""Snapshot of extraction output on every eval article, for refactors that must not change it.

Writes one JSON line per article of each eval split in ../shared/eval
(PolNeAR, German WikiNews, news-dev): ``{"split", "id", "quotes": [...]}``
with every quote's full record.  Run it before and after a change and
compare the two files:

    python tests/benchmarks/snapshot.py /tmp/before.jsonl
    ... change ...
    python tests/benchmarks/snapshot.py /tmp/after.jsonl --compare /tmp/before.jsonl

``--compare`` prints how many articles differ and the first few ids, and
exits 1 when any does.  The eval texts are never copied into the repo; the
snapshot files are written wherever you say (keep them out of the tree).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from quotex import extract

EVAL = Path(__file__).resolve().parents[3] / "shared" / "eval"
SPLITS = (
    "polnear-train.jsonl",
    "polnear-dev.jsonl",
    "german-train.jsonl",
    "german-dev.jsonl",
    "news-dev.jsonl",
)


def snapshot(out_path: Path) -> int:
    count = 0
    with out_path.open("w", encoding="utf-8") as out:
        for split in SPLITS:
            path = EVAL / split
            if not path.exists():
                print(f"snapshot: {path} missing, skipped", file=sys.stderr)
                continue
            with path.open(encoding="utf-8") as fh:
                for line in fh:
                    record = json.loads(line)
                    quotes = [q.to_dict() for q in extract(record["text"])]
                    out.write(json.dumps({"split": split, "id": record["id"], "quotes": quotes}, ensure_ascii=False) + "\n")
                    count += 1
    return count


def _lines(path: Path) -> dict[tuple[str, str], str]:
    with path.open(encoding="utf-8") as fh:
        return {(r["split"], str(r["id"])): json.dumps(r["quotes"], sort_keys=True) for r in map(json.loads, fh)}


def compare(after: Path, before: Path) -> list[tuple[str, str]]:
    old, new = _lines(before), _lines(after)
    return sorted(key for key in old.keys() | new.keys() if old.get(key) != new.get(key))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="where to write the snapshot (JSON Lines)")
    parser.add_argument("--compare", type=Path, metavar="BEFORE", help="an earlier snapshot to compare with")
    args = parser.parse_args()
    count = snapshot(args.out)
    print(f"snapshot: {count} articles -> {args.out}")
    if args.compare is None:
        return 0
    differ = compare(args.out, args.compare)
    print(f"compare: {len(differ)} of {count} articles differ from {args.compare}")
    for split, doc_id in differ[:20]:
        print(f"  {split} {doc_id}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
