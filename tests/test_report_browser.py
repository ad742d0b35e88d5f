"""``quotex report`` in a real browser: headless Chromium loads the page, runs its script, and the DOM is checked.

Chromium is the Debian package ``chromium`` (``.ci/run`` installs it where
``apt-get`` works); without it these tests are skipped, saying so.  The page
keeps its script errors in ``document.body.dataset.errors``, which
``--dump-dom`` shows.
"""

from __future__ import annotations

import copy
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from quotex import extract, tally
from quotex.cli import app
from report_corpus import articles

ROOT = Path(__file__).parent.parent
SEED = ROOT / "seeds" / "syria-airstrikes-proposal.txt"
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
BROWSER = next((path for path in map(shutil.which, BROWSERS) if path), None)
pytestmark = pytest.mark.skipif(
    BROWSER is None, reason="headless Chromium not found: install the Debian package 'chromium' (.ci/run does, where apt-get works)"
)
lxml_html = pytest.importorskip("lxml.html", reason="lxml (from the html extra) parses the browser's DOM")
runner = CliRunner()


def browse(page: Path, tmp_path: Path, *args: str, fragment: str = "") -> str:
    """Run headless Chromium on ``page``; its standard output (the DOM with ``--dump-dom``)."""
    assert BROWSER is not None
    command = [
        BROWSER,
        "--headless",
        "--no-sandbox",  # as root (CI) Chromium refuses to start otherwise
        "--disable-gpu",
        "--hide-scrollbars",
        "--no-first-run",
        f"--user-data-dir={tmp_path / 'profile'}",
        *args,
        page.as_uri() + fragment,
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def report(tmp_path: Path, *inputs: str) -> Path:
    out = tmp_path / "report.html"
    result = runner.invoke(app, ["report", *inputs, "-o", str(out), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    return out


def dom(html: str) -> Any:
    return lxml_html.fromstring(html)


def quote_texts(root: Any) -> list[str]:
    """The text of each highlighted quote as a reader sees it, without its hover tip."""
    texts = []
    for node in root.xpath("//span[contains(concat(' ', @class, ' '), ' q ')]"):
        shown = copy.deepcopy(node)
        for tip in shown.xpath(".//*[@class='tip']"):
            tip.drop_tree()
        texts.append(shown.text_content())
    return texts


def check_page(root: Any, text_of: dict[str, str]) -> None:
    """The script ran without error; the counts, the top speaker and the quotes are in the DOM."""
    body = root.xpath("//body")[0]
    assert body.get("data-ready") == "1"
    assert not body.get("data-errors"), body.get("data-errors")
    quotes = [(source, q) for source, text in text_of.items() for q in extract(text)]
    assert root.get_element_by_id("quote-count").text_content() == str(len(quotes))
    assert root.get_element_by_id("documents").text_content() == str(len(text_of))
    top = tally(quotes)[0]
    first_row = root.xpath("//table[@id='speaker-table']/tbody/tr")[0]
    assert first_row.xpath("./th")[0].text_content() == top.name
    shown = quote_texts(root)
    first_article = next(iter(text_of.values()))
    assert shown[: len(extract(first_article))] == [q.text for q in sorted(extract(first_article), key=lambda q: q.start)]


def screenshot(page: Path, tmp_path: Path) -> Path:
    png = tmp_path / "shot.png"
    browse(page, tmp_path, f"--screenshot={png}", "--window-size=1000,1400")
    data = png.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 20_000  # a drawn page, not a blank one
    return png


def test_seed_report_in_the_browser(tmp_path: Path) -> None:
    page = report(tmp_path, str(SEED))
    root = dom(browse(page, tmp_path, "--dump-dom"))
    check_page(root, {str(SEED): SEED.read_text(encoding="utf-8")})
    kirby = "We have been clear about Russia’s obligations to ensure regime compliance with the cessation of hostilities"
    (node,) = [n for n in root.xpath("//span[@data-speaker='john kirby']") if kirby in n.text_content()]
    assert "quote_speaker_cue" in node.xpath(".//*[@class='tip']")[0].text_content()  # the rule, shown on hover and focus
    assert node.get("tabindex") == "0"
    screenshot(page, tmp_path)


def test_corpus_report_in_the_browser(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    texts = {}
    for i, text in enumerate(articles(50)):
        path = folder / f"article-{i:02d}.txt"
        path.write_text(text, encoding="utf-8")
        texts[str(path)] = text
    page = report(tmp_path, str(folder))
    root = dom(browse(page, tmp_path, "--dump-dom"))
    check_page(root, texts)
    assert len(root.xpath("//article")) == 20
    assert len(root.xpath("//table[@id='document-table']/tbody/tr")) == 50
    screenshot(page, tmp_path)

    # The search box, preset by the link's fragment: only that speaker's rows and articles stay.
    root = dom(browse(page, tmp_path, "--dump-dom", fragment="#speaker=adeyemi"))
    body = root.xpath("//body")[0]
    assert body.get("data-query") == "adeyemi" and not body.get("data-errors")
    rows = root.xpath("//table[@id='speaker-table']/tbody/tr")
    shown = [r for r in rows if r.get("hidden") is None]
    assert [r.get("data-speaker") for r in shown] == ["maria adeyemi"]
    adeyemi = [path for path, text in texts.items() if "Adeyemi" in text]
    visible = [a for a in root.xpath("//article") if a.get("hidden") is None]
    assert 0 < len(visible) < 20 and all("adeyemi" in a.get("data-speakers") for a in visible)
    assert len([r for r in root.xpath("//table[@id='document-table']/tbody/tr") if r.get("hidden") is None]) == len(adeyemi)
    assert "match" in root.get_element_by_id("status").text_content()


def test_hostile_markup_stays_text_in_the_browser(tmp_path: Path) -> None:
    from test_report import HOSTILE, INJECTIONS

    article = tmp_path / "hostile.txt"
    article.write_text(HOSTILE, encoding="utf-8")
    root = dom(browse(report(tmp_path, str(article)), tmp_path, "--dump-dom"))
    body = root.xpath("//body")[0]
    assert body.get("data-ready") == "1" and not body.get("data-errors")
    assert root.xpath("//img") == [] and len(root.xpath("//script")) == 1
    text = root.xpath("//article")[0].text_content()
    assert all(markup in text for markup in INJECTIONS)
    assert any("<script>" in t for t in quote_texts(root)) and any("<img" in t for t in quote_texts(root))
