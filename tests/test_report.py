"""``quotex report``: the data behind the page (equal to ``quotex speakers``), the page's escaping, the command."""

from __future__ import annotations

import base64
import hashlib
import json
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quotex import extract
from quotex.cli import app
from quotex.corpus import tasks
from quotex.webreport import Doc, ReportData, build, from_jsonl, from_tasks, render, speaker_gender
from report_corpus import articles

ROOT = Path(__file__).parent.parent
SEED = ROOT / "seeds" / "syria-airstrikes-proposal.txt"
runner = CliRunner()

INJECTIONS = ("<script>alert(1)</script>", '"><img src=x onerror=alert(2)>')
#: Hostile markup inside a quotation, in the attribution, and in plain text.
HOSTILE = (
    "“Do not run <script>alert(1)</script> here,” said Jane Doe.\n\n"
    'Bob Roe said the tag "><img src=x onerror=alert(2)> was safe.\n\n'
    'Nothing here, <script>alert(1)</script> or "><img src=x onerror=alert(2)>, is quoted.\n'
)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """50 made-up articles as text files."""
    folder = tmp_path_factory.mktemp("corpus")
    for i, text in enumerate(articles(50)):
        (folder / f"article-{i:02d}.txt").write_text(text, encoding="utf-8")
    return folder


def report_data(*paths: Path, articles: int = 20) -> ReportData:
    docs = from_tasks(tasks([str(p) for p in paths]), jobs=1, articles=articles, on_error=pytest.fail)
    return build(docs, articles=articles)


def speakers_json(*args: str) -> list[dict[str, object]]:
    result = runner.invoke(app, ["speakers", "--format", "json", "--jobs", "1", *args])
    assert result.exit_code == 0, result.output
    rows: list[dict[str, object]] = json.loads(result.stdout)
    return rows


def extract_records(*args: str) -> list[dict[str, object]]:
    result = runner.invoke(app, ["extract", "--format", "jsonl", "--jobs", "1", *args])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


@pytest.mark.parametrize("which", ["seed", "corpus"])
def test_counts_equal_speakers_command(which: str, corpus: Path) -> None:
    path = SEED if which == "seed" else corpus
    data = report_data(path)
    assert [s.to_dict() for s in data.speakers] == speakers_json(str(path))
    records = extract_records(str(path))
    assert data.quotes == len(records)
    assert data.by_type == {t: sum(r["type"] == t for r in records) for t in ("direct", "partial", "indirect")}
    assert data.documents == (1 if which == "seed" else 50)
    assert sum(row.quotes for row in data.rows) == len(records)
    assert sum(row.quotes for row in data.histogram) == data.documents


def test_source_mix_adds_up(corpus: Path) -> None:
    data = report_data(corpus)
    assert sum(r.speakers for r in data.kinds) == len(data.speakers)
    assert sum(r.quotes for r in data.kinds) == data.quotes
    people = [s for s in data.speakers if s.kind in ("person", "anonymous")]
    # every person counted once, under the gender the text gives or as unknown
    assert sum(r.speakers for r in data.gender_mix) == len(people)
    assert {r.label for r in data.gender_mix} <= {"female", "male", "unknown"}


def test_gender_is_read_where_the_speaker_has_one() -> None:
    # the text tells Jane Doe's and Bob Roe's genders, not Sam Poe's
    text = "“It is over,” said Ms Jane Doe.\n\n“Never,” said Bob Roe. He left.\n\n“Maybe,” said Sam Poe."
    quotes = extract(text)
    assert [speaker_gender(q.speaker) for q in quotes] == ["female", "male", None]
    data = build([Doc("a.txt", quotes, text)])
    assert [(r.label, r.speakers, r.quotes) for r in data.gender_mix] == [("female", 1, 1), ("male", 1, 1), ("unknown", 1, 1)]
    assert "female" in render(data)


def test_articles_are_cut_at_the_right_offsets(corpus: Path) -> None:
    paths = [SEED, *sorted(corpus.iterdir())[:10]]
    data = report_data(*paths)
    assert len(data.articles) == len(paths)
    for path, a in zip(paths, data.articles, strict=True):
        text = path.read_text(encoding="utf-8")
        quotes = extract(text)
        (spans,) = a.blocks
        assert "".join(s.text or "".join(i.text for i in s.inner) for s in spans) == text
        assert [(s.quote.speaker, "".join(i.text for i in s.inner)) for s in spans if s.quote] == [
            (q.speaker.name if q.speaker else "?", q.text) for q in sorted(quotes, key=lambda q: q.start)
        ]
        mentions = {(q.speaker.text, q.speaker.name) for q in quotes if q.speaker}
        marked = {(i.text, i.mention.speaker) for s in spans for i in (s, *s.inner) if i.mention}
        assert marked == mentions


def test_only_the_first_articles_are_shown(corpus: Path) -> None:
    data = report_data(corpus, articles=3)
    assert [a.source for a in data.articles] == [r.source for r in data.rows[:3]]
    assert [r.anchor for r in data.rows[:4]] == ["doc-1", "doc-2", "doc-3", None]
    assert report_data(corpus, articles=0).articles == []
    html = render(data)  # read from the inputs, not from saved output, though most texts are not shown
    assert "<dt>Documents</dt>" in html and "Saved output holds no article text" not in html


class Elements(HTMLParser):
    """Every element (tag, attributes) and the text of the page, as a browser's parser sees them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        (self.scripts if self._in_script else self.text).append(data)


def parse(html: str) -> Elements:
    page = Elements()
    page.feed(html)
    page.close()
    return page


def test_hostile_markup_shows_as_text(tmp_path: Path) -> None:
    article = tmp_path / "hostile.txt"
    article.write_text(HOSTILE, encoding="utf-8")
    out = tmp_path / "report.html"
    result = runner.invoke(app, ["report", str(article), "-o", str(out), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    page = parse(html)
    quotes = extract(HOSTILE)
    assert any("<script>" in q.text for q in quotes) and any("<img" in q.text for q in quotes)  # the markup is inside quotes too
    assert [tag for tag, _ in page.tags if tag in ("script", "img")] == ["script"]  # ours only
    assert not [attrs for _, attrs in page.tags if any(name.startswith("on") for name in attrs)]
    shown = "".join(page.text)
    for markup in INJECTIONS:
        assert shown.count(markup) >= 2  # in the article text and in a quote
    # The page's own script is the one its Content-Security-Policy allows; no other could run.
    (script,) = page.scripts
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    (csp,) = [a["content"] for t, a in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert f"script-src 'sha256-{digest}'" in (csp or "") and "default-src 'none'" in (csp or "")


def test_hostile_names_and_sources_are_escaped(tmp_path: Path) -> None:
    """Record ids (sources), speaker names and the title are untrusted too."""
    corpus = tmp_path / "c.jsonl"
    record = {"id": INJECTIONS[1], "text": "“Go,” said Ann <script>alert(1)</script> Lee.\n\nAnn said it was over."}
    corpus.write_text(json.dumps(record) + "\n", encoding="utf-8")
    out = tmp_path / "report.html"
    result = runner.invoke(app, ["report", str(corpus), "-o", str(out), "--title", INJECTIONS[0]])
    assert result.exit_code == 0, result.output
    page = parse(out.read_text(encoding="utf-8"))
    assert [tag for tag, _ in page.tags if tag in ("script", "img")] == ["script"]
    assert INJECTIONS[1] in "".join(page.text) and INJECTIONS[0] in "".join(page.text)


def test_from_jsonl_gives_the_same_counts(tmp_path: Path, corpus: Path) -> None:
    saved = tmp_path / "quotes.jsonl"
    saved.write_text("".join(json.dumps(r) + "\n" for r in extract_records(str(corpus))), encoding="utf-8")
    direct = report_data(corpus)
    data = build(from_jsonl(str(saved), keep=lambda qs: qs, on_error=pytest.fail), saved_output=True)
    assert data.speakers == direct.speakers
    assert (data.quotes, data.by_type, data.documents) == (direct.quotes, direct.by_type, 50)
    assert all(not a.text_shown for a in data.articles) and all(a.text_shown for a in direct.articles)
    out = tmp_path / "report.html"
    result = runner.invoke(app, ["report", "--from-jsonl", str(saved), "-o", str(out), "--type", "direct"])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert f'id="quote-count">{direct.by_type["direct"]}<' in html


def test_bad_saved_lines_are_one_error_each(tmp_path: Path) -> None:
    good = extract_records(str(SEED))
    saved = tmp_path / "quotes.jsonl"
    saved.write_text("{not json\n" + json.dumps(good[0]) + "\n[1, 2]\n" + json.dumps({"text": "x"}) + "\n", encoding="utf-8")
    out = tmp_path / "report.html"
    result = runner.invoke(app, ["report", "--from-jsonl", str(saved), "-o", str(out)])
    assert result.exit_code == 1
    errors = result.stderr.splitlines()
    assert errors[:3] == [
        f"quotex: {saved}:1: not valid JSON",
        f"quotex: {saved}:3: not a JSON object",
        f"quotex: {saved}:4: not a quote record (no 'speaker')",
    ]
    assert errors[3:] == ["quotex: 3 of 4 records failed"]
    assert 'id="quote-count">1<' in out.read_text(encoding="utf-8")  # the good line is in the page


def test_command_filters_and_flags(tmp_path: Path, corpus: Path) -> None:
    out = tmp_path / "report.html"
    result = runner.invoke(app, ["report", str(corpus), "-o", str(out), "--speaker", "adeyemi", "--articles", "2", "--top", "1"])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    rows = speakers_json(str(corpus), "--speaker", "adeyemi")
    assert f'id="quote-count">{sum(r["total"] for r in rows)}<' in html
    assert html.count("<article ") == 2
    assert html.count('<tr data-speaker="') == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["report", str(SEED)], "-o report.html"),
        (["report", "-o", "x.html"], "either input files or --from-jsonl"),
        (["report", str(SEED), "--from-jsonl", "q.jsonl", "-o", "x.html"], "either input files or --from-jsonl"),
    ],
)
def test_usage_errors(args: list[str], message: str) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert message in result.output


def test_unreadable_inputs(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    result = runner.invoke(app, ["report", str(SEED), str(tmp_path / "missing.txt"), "-o", str(out)])
    assert result.exit_code == 1
    assert "missing.txt: no such file" in result.stderr
    assert 'id="failed-count">1<' in out.read_text(encoding="utf-8")
    result = runner.invoke(app, ["report", "--from-jsonl", str(tmp_path / "none.jsonl"), "-o", str(out)])
    assert result.exit_code == 1 and "none.jsonl" in result.stderr and "Traceback" not in result.output


@pytest.mark.parametrize("target", ["/dev/full", "missing-directory/report.html"])
def test_a_page_that_cannot_be_written_is_an_output_error(tmp_path: Path, target: str) -> None:
    path = target if target.startswith("/") else str(tmp_path / target)
    result = runner.invoke(app, ["report", str(SEED), "-o", path])
    assert result.exit_code == 3  # as for standard output: the output's fault, not the inputs'
    assert result.stderr.startswith(f"quotex: cannot write output: {path}: ") and result.stderr.count("\n") == 1


def test_a_json_array_is_not_json_lines(tmp_path: Path) -> None:
    saved = tmp_path / "quotes.json"
    result = runner.invoke(app, ["extract", "--format", "json", str(SEED)])
    saved.write_text(result.stdout, encoding="utf-8")
    result = runner.invoke(app, ["report", "--from-jsonl", str(saved), "-o", str(tmp_path / "r.html")])
    assert result.exit_code == 1
    assert (
        result.stderr.splitlines()[0]
        == f"quotex: {saved}: a JSON array, not JSON Lines: save the quotes with quotex extract --format jsonl"
    )


def test_a_large_page_gets_a_warning(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import quotex.webreport

    out = tmp_path / "report.html"
    monkeypatch.setattr(quotex.webreport, "LARGE_PAGE", 10_000)
    result = runner.invoke(app, ["report", str(SEED), "-o", str(out)])
    assert result.exit_code == 0
    size = out.stat().st_size
    assert size > 10_000
    assert (
        result.stderr
        == f"quotex: {out}: the page is {size / 1e6:.1f} MB and will open slowly; show fewer articles in full, e.g. --articles 20\n"
    )


def test_page_to_stdout_and_saved_quotes_from_stdin() -> None:
    records = extract_records(str(SEED))
    saved = "".join(json.dumps(r) + "\n" for r in records)
    result = runner.invoke(app, ["report", "--from-jsonl", "-", "-o", "-"], input=saved)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("<!doctype html>") and f'id="quote-count">{len(records)}<' in result.stdout
