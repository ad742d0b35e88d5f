"""Scaling check: extraction time must grow linearly on hostile input.

Times :func:`quotex.extract` on 1x, 2x, 4x and 8x copies of pathological
inputs and prints the ratio 8x/1x for each (linear is about 8), and the same
ratio fitted to all four sizes (``fit``, 8 ** slope of log time on log
size).  A fitted ratio at or above 10 is measured once more and, if it
stays, reported as super-linear; the script then exits 1.

    python tests/benchmarks/scaling.py              # 1x = 100,000 characters
    python tests/benchmarks/scaling.py --size 20000 --only said_words

This is a benchmark, not a unit test: timings (CPU seconds, best of
``--repeats``) depend on the machine.
"""

from __future__ import annotations

import argparse
import gc
import math
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

from quotex import extract

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "syria-airstrikes-proposal.txt"
LIMIT = 10.0
FACTORS = (1, 2, 4, 8)


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda n: unit * max(1, n // len(unit))


def _random_marks(n: int) -> str:
    rng = random.Random(5)
    alphabet = ['"', "“", "”", "'", "‘", "’", "«", "»", "„", " ", "said ", "Kirby ", ", ", ". ", "\n", "According to ", "told "]
    out: list[str] = []
    size = 0
    while size < n:
        piece = rng.choice(alphabet)
        out.append(piece)
        size += len(piece)
    return "".join(out)


def _sentences_then_quotes(n: int) -> str:
    half = max(1, n // 2)
    return "Kirby said the vote is over now. " * (half // 33) + "“We are ready.” " * (half // 16)


def _one_paragraph(n: int) -> str:
    seed = SEED.read_text(encoding="utf-8-sig") if SEED.exists() else "“We are ready,” Kirby said. Officials said the vote is on. "
    flat = " ".join(seed.split())
    return (flat + " ") * max(1, n // (len(flat) + 1))


CASES: dict[str, Callable[[int], str]] = {
    "straight_quotes": _repeat('"'),
    "curly_openers": _repeat("“"),
    "straight_and_curly": _repeat('"“'),
    "all_marks": _repeat("“”\"'‘’«»„‚‹›"),
    "apostrophes": _repeat("'"),
    "curly_apostrophes": _repeat("’"),
    "dont_words": _repeat("don’t "),
    "capitalised_words": _repeat("Word "),
    "capitalised_said": _repeat("John Smith Said "),
    "no_sentence_end": _repeat("the man said that it was fine and "),
    "unbalanced_opens": _repeat("“He said it "),
    "said_words": _repeat("said "),
    "clause_comma_said": _repeat("a b, said "),
    # an object of speech closed by a comma: the rest of the sentence is read again after each one
    "object_speech_commas": _repeat("Smith criticized the plan, "),
    "according_to": _repeat("according to "),
    "dots": _repeat("."),
    "many_quotes": _repeat("“We will win this,” John Smith said. “We are here,” he said. "),
    "many_speakers": _repeat("“It is done,” said Jane Doe. “Not yet,” the spokesman said. Kirby said the talks went well. "),
    "random_marks": _random_marks,
    "sentences_then_quotes": _sentences_then_quotes,
    "one_paragraph": _one_paragraph,
}


def best_time(text: str, repeats: int) -> float:
    """The best of ``repeats`` runs, in CPU seconds of this process: other
    processes on a busy machine then do not show up as super-linear growth."""
    best = float("inf")
    for _ in range(repeats):
        gc.collect()  # the last run's garbage is not this run's cost
        t0 = time.process_time()
        extract(text)
        best = min(best, time.process_time() - t0)
    return best


def measure(name: str, size: int, repeats: int) -> tuple[int, list[float]]:
    """Characters at 1x and the best times at each factor."""
    times = []
    chars = 0
    for factor in FACTORS:
        text = CASES[name](size * factor)
        if factor == 1:
            chars = len(text)
        times.append(best_time(text, repeats if factor < 8 else max(1, repeats - 1)))
    return chars, times


def fitted_ratio(times: list[float]) -> float:
    """8 ** k for the least-squares slope k of log(time) on log(size): all four
    sizes count, so one disturbed timing moves it less than the raw 8x/1x."""
    xs = [math.log(f) for f in FACTORS]
    ys = [math.log(max(t, 1e-6)) for t in times]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    k = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)
    return float(8**k)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000, help="characters at 1x (default 100000)")
    parser.add_argument("--only", action="append", help="run only this case (repeatable)")
    parser.add_argument("--repeats", type=int, default=3, help="best of this many runs (default 3)")
    args = parser.parse_args(argv)
    names = args.only or list(CASES)
    unknown = [n for n in names if n not in CASES]
    if unknown:
        parser.error(f"unknown case(s): {', '.join(unknown)}; known: {', '.join(CASES)}")
    print(f"{'case':21} {'chars@1x':>9} " + " ".join(f"{f}x(s)".rjust(8) for f in FACTORS) + "  8x/1x    fit")
    bad = []
    for name in names:
        chars, times = measure(name, args.size, args.repeats)
        if fitted_ratio(times) >= LIMIT:  # measure once more: a busy machine, or really super-linear?
            chars, again = measure(name, args.size, args.repeats)
            times = [min(a, b) for a, b in zip(times, again, strict=True)]
        ratio, fit = times[-1] / max(times[0], 1e-6), fitted_ratio(times)
        flag = "" if fit < LIMIT else "  SUPER-LINEAR"
        if flag:
            bad.append(name)
        print(f"{name:21} {chars:9d} " + " ".join(f"{t:8.3f}" for t in times) + f"  {ratio:5.1f}  {fit:5.1f}{flag}", flush=True)
    if bad:
        print(f"super-linear (fitted 8x/1x >= {LIMIT:g}): {', '.join(bad)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
