"""Benchmark of ``quotex report`` on 1,000 articles: page size (target < 5 MB) and time to open in headless Chromium (< 2 s).

The articles are the evaluation texts in ../shared/eval (read, never copied
into the repo; news-dev, then PolNeAR), topped up with the made-up articles
of tests/report_corpus.py if there are fewer than --articles.  They are
written as one JSON Lines corpus to a temporary directory, and for each
setting (the default, 20 articles shown in full; and every article shown)
the script prints:

- the time ``quotex report`` takes (extraction included) and the page's size;
- Chromium's own timing of the page, from a copy with a probe script added
  (the report's Content-Security-Policy would block it, so the copy drops
  it): DOMContentLoaded, the load event, and the first full layout forced
  in the load handler;
- wall clock of ``chromium --headless --dump-dom`` and ``--screenshot`` on
  the page, minus the same on an empty page (Chromium's start-up), best of 3.

    python tests/benchmarks/report_bench.py
    python tests/benchmarks/report_bench.py --articles 200 --jobs 2
    python tests/benchmarks/report_bench.py --screenshot tests/report-screenshot.png   # the README's picture

This is a benchmark, not a unit test: figures depend on the machine and on
what else it is running.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EVAL = ROOT.parent / "shared" / "eval"
SPLITS = ("news-dev.jsonl", "polnear-dev.jsonl", "polnear-train.jsonl")
SEED = ROOT / "seeds" / "syria-airstrikes-proposal.txt"
MB = 1_000_000
PROBE = """<script>
addEventListener("load", function () {
  var nav = performance.getEntriesByType("navigation")[0];
  document.body.dataset.domMs = Math.round(nav.domContentLoadedEventEnd);
  document.body.dataset.loadMs = Math.round(nav.loadEventStart);
  void document.body.offsetHeight;  /* force style and layout of the whole page */
  document.body.dataset.layoutMs = Math.round(performance.now());
});
</script>"""


def corpus(n: int) -> list[dict[str, str]]:
    records: list[dict[str, str]] = []
    for name in SPLITS:
        path = EVAL / name
        if path.exists() and len(records) < n:
            with path.open(encoding="utf-8") as fh:
                records.extend({"id": rec["id"], "text": rec["text"]} for rec in map(json.loads, fh))
    if len(records) < n:
        sys.path.insert(0, str(ROOT / "tests"))
        from report_corpus import articles

        records.extend({"id": f"made-up-{i}", "text": text} for i, text in enumerate(articles(n - len(records))))
    return records[:n]


def browser() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        path = shutil.which(name)
        if path:
            return path
    sys.exit("report_bench: headless Chromium not found (Debian: apt-get install chromium)")


def chromium(page: Path, work: Path, *args: str) -> tuple[float, str]:
    command = [browser(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run"]
    command += [f"--user-data-dir={work / 'profile'}", *args, page.as_uri()]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, timeout=300, check=True)
    return time.perf_counter() - started, done.stdout


def best(page: Path, work: Path, *args: str, repeat: int = 3) -> float:
    return min(chromium(page, work, *args)[0] for _ in range(repeat))


def measure(label: str, source: Path, work: Path, extra: list[str], blank: dict[str, float]) -> None:
    page = work / f"report-{label}.html"
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "quotex", "report", str(source), "-o", str(page), *extra], check=True)
    built = time.perf_counter() - started
    size = page.stat().st_size
    probe = work / f"probe-{label}.html"
    html = page.read_text(encoding="utf-8")
    html = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", html, count=1).replace("</body>", PROBE + "</body>", 1)
    probe.write_text(html, encoding="utf-8")
    _, dom = chromium(probe, work, "--dump-dom")
    body = re.search(r"<body([^>]*)>", dom)
    timing = dict(re.findall(r'data-(\w+)-ms="(\d+)"', body.group(1))) if body else {}
    errors = "errors" if body and "data-errors" in body.group(1) else "no script errors"
    dump = best(page, work, "--dump-dom") - blank["dump"]
    shot = best(page, work, f"--screenshot={work / 'shot.png'}", "--window-size=1000,1400") - blank["shot"]
    verdict = "ok" if size < 5 * MB and max(dump, shot) < 2 else "OVER TARGET"
    print(f"{label:<9} quotex report {' '.join(extra) or '(defaults)'}: {built:.1f} s; page {size / MB:.2f} MB (target < 5 MB)")
    print(
        f"          in Chromium: DOMContentLoaded {timing.get('dom', '?')} ms, load {timing.get('load', '?')} ms, "
        f"first full layout {timing.get('layout', '?')} ms; {errors}"
    )
    print(f"          wall clock over an empty page: --dump-dom +{dump:.2f} s, --screenshot +{shot:.2f} s (target < 2 s): {verdict}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--articles", type=int, default=1000, help="articles in the corpus (default 1000)")
    parser.add_argument("--jobs", type=int, default=None, help="quotex report --jobs (default: all cores)")
    parser.add_argument("--screenshot", type=Path, help="only write the README's screenshot (the seed article's report) here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="quotex-report-bench-") as tmp:
        work = Path(tmp)
        if args.screenshot:
            page = work / "seed.html"
            seed = str(SEED.relative_to(ROOT))
            subprocess.run([sys.executable, "-m", "quotex", "report", seed, "-o", str(page), "--top", "6"], check=True, cwd=ROOT)
            chromium(page, work, f"--screenshot={args.screenshot.resolve()}", "--window-size=900,2300")
            print(f"wrote {args.screenshot}")
            return
        records = corpus(args.articles)
        source = work / "corpus.jsonl"
        source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
        print(f"corpus    {len(records)} articles, {sum(len(r['text'].encode()) for r in records) / MB:.1f} MB of text")
        empty = work / "empty.html"
        empty.write_text("<!doctype html><title>empty</title>", encoding="utf-8")
        blank = {"dump": best(empty, work, "--dump-dom"), "shot": best(empty, work, f"--screenshot={work / 'shot.png'}")}
        print(f"chromium  start-up on an empty page: --dump-dom {blank['dump']:.2f} s, --screenshot {blank['shot']:.2f} s (best of 3)")
        jobs = [] if args.jobs is None else ["--jobs", str(args.jobs)]
        measure("default", source, work, jobs, blank)
        measure("all", source, work, [*jobs, "--articles", str(len(records)), "--top", "0"], blank)


if __name__ == "__main__":
    main()
