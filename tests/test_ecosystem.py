"""Formats, filters, views and interfaces: extract's filters and HTML input,
speakers, show, schema, colour handling, and help that teaches."""

from __future__ import annotations

import csv
import doctest
import io
import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from quotex import extract
from quotex.cli import app
from quotex.filters import filter_quotes, parse_types, word_count
from quotex.schema import quote_schema
from quotex.tally import tally

ROOT = Path(__file__).parent.parent
SEED = ROOT / "seeds" / "syria-airstrikes-proposal.txt"
README = ROOT / "README.md"
runner = CliRunner()

#: A terminal as Rich sees it, so styles are written.
TERMINAL = {"FORCE_COLOR": "1", "TTY_COMPATIBLE": None, "TERM": "xterm-256color", "COLORTERM": "", "NO_COLOR": None}
SGR = re.compile(r"\x1b\[([0-9;]*)m")


@pytest.fixture(autouse=True)
def _not_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """The caller's colour settings must not leak in: output is piped unless a test says otherwise."""
    for name in ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "NO_COLOR"):
        monkeypatch.delenv(name, raising=False)


def colour_codes(output: str) -> list[str]:
    """The SGR parameters in ``output`` that set a colour (foreground or background)."""
    found = []
    for match in SGR.finditer(output):
        params = [int(p) for p in match.group(1).split(";") if p]
        found += [str(p) for p in params if 30 <= p <= 49 or 90 <= p <= 107]
    return found


def invoke(*args: str, **kwargs: Any) -> Any:
    result = runner.invoke(app, list(args), **kwargs)
    assert "Traceback" not in result.output, result.output
    return result


def jsonl(*args: str) -> list[dict]:
    result = invoke("extract", "--format", "jsonl", *args)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


# --- filters ---------------------------------------------------------------


def test_filters_library() -> None:
    quotes = extract(SEED.read_text(encoding="utf-8"))
    assert {q.type for q in filter_quotes(quotes, types=("indirect",))} == {"indirect"}
    kirby = filter_quotes(quotes, speaker="kIrBy")
    assert kirby and all(q.speaker is not None and q.speaker.name == "John Kirby" for q in kirby)
    long = filter_quotes(quotes, min_words=15)
    assert long and all(word_count(q.text) >= 15 for q in long)
    assert filter_quotes(quotes) == quotes
    assert parse_types("partial,direct,partial") == ("partial", "direct")
    with pytest.raises(ValueError, match="unknown quote type"):
        parse_types("direct,quoted")


def test_extract_filters_on_the_cli() -> None:
    everything = jsonl(str(SEED))
    direct = jsonl(str(SEED), "--type", "direct,partial")
    assert direct and {r["type"] for r in direct} == {"direct", "partial"}
    assert len(direct) == sum(r["type"] != "indirect" for r in everything)
    kirby = jsonl(str(SEED), "--speaker", "kirby")
    assert kirby and {r["speaker"]["name"] for r in kirby} == {"John Kirby"}
    assert len(jsonl(str(SEED), "-s", "kirby", "-t", "direct")) == 2
    long = jsonl(str(SEED), "--min-words", "12")
    assert long and all(word_count(r["text"]) >= 12 for r in long) and len(long) < len(everything)


def test_a_bad_type_is_a_usage_error() -> None:
    result = invoke("extract", str(SEED), "--type", "direct,quoted")
    assert result.exit_code == 2
    assert "unknown quote type 'quoted'" in result.stderr


# --- formats and colour ----------------------------------------------------


def test_csv_columns_are_flat() -> None:
    result = invoke("extract", "--format", "csv", str(SEED))
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    columns = ["source", "type", "quote", "speaker_name", "speaker_role", "speaker_kind", "cue", "start", "end", "paragraph"]
    assert list(rows[0])[:10] == columns
    text = SEED.read_text(encoding="utf-8")
    assert all(text[int(r["start"]) : int(r["end"])] == r["quote"] for r in rows)


@pytest.mark.parametrize("command", [["extract", "--format", "table"], ["show"], ["speakers"]])
def test_no_escape_codes_when_not_a_terminal(command: list[str]) -> None:
    result = invoke(*command, str(SEED), env={"FORCE_COLOR": None, "TTY_COMPATIBLE": None, "TERM": "xterm-256color"})
    assert result.exit_code == 0
    assert "\x1b" not in result.stdout and "Kirby" in result.stdout


@pytest.mark.parametrize("command", [["extract", "--format", "table"], ["show"], ["speakers"]])
def test_no_colour_honoured_on_a_terminal(command: list[str]) -> None:
    coloured = invoke(*command, str(SEED), env=TERMINAL)
    assert colour_codes(coloured.stdout), "a terminal gets colour (or this test proves nothing)"
    plain = invoke(*command, str(SEED), env={**TERMINAL, "NO_COLOR": "1"})
    assert plain.exit_code == 0 and "Kirby" in plain.stdout
    assert colour_codes(plain.stdout) == []


# --- speakers --------------------------------------------------------------


def test_tally_library_counts_across_documents() -> None:
    text = SEED.read_text(encoding="utf-8")
    quotes = extract(text)
    rows = tally([("a", q) for q in quotes] + [("b", q) for q in quotes])
    kirby = next(r for r in rows if r.name == "John Kirby")
    assert kirby.total == rows[0].total == max(r.total for r in rows)
    post = next(r for r in rows if r.name == "Washington Post")  # "the Post" joins "The Washington Post"
    assert (post.kind, post.documents) == ("organization", 2)
    assert (kirby.kind, kirby.role, kirby.documents) == ("person", "State Department spokesman", 2)
    assert kirby.direct == 2 * sum(q.type != "indirect" and q.speaker.name == "John Kirby" for q in quotes if q.speaker)
    assert kirby.total == kirby.direct + kirby.indirect
    assert sum(r.total for r in rows) == 2 * len(quotes)


def test_speakers_json_csv_and_table(tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text("“We are ready,” State Department spokesman John Kirby said.\n\nKirby said the talks would go on.\n", encoding="utf-8")
    result = invoke("speakers", str(SEED), str(other), "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    kirby = rows[0]
    assert kirby["name"] == "John Kirby" and kirby["kind"] == "person" and kirby["documents"] == 2
    assert kirby["direct"] == 3 and kirby["indirect"] == 2 and kirby["total"] == 5
    assert set(kirby) == {"name", "kind", "gender", "role", "direct", "indirect", "total", "documents"}
    assert kirby["gender"] == "male"  # "spokesman" tells it; in the other text no evidence contradicts it

    table = invoke("speakers", str(SEED), str(other))
    assert "John Kirby" in table.stdout and "█" in table.stdout and "░" in table.stdout
    assert "sources: women 0 of 1 with known gender (0%)" in " ".join(table.stdout.split())

    top = invoke("speakers", str(SEED), "--format", "csv", "--top", "2")
    lines = top.stdout.splitlines()
    assert lines[0] == "name,kind,gender,role,direct,indirect,total,documents" and len(lines) == 3

    direct_only = json.loads(invoke("speakers", str(SEED), "-f", "json", "-t", "direct").stdout)
    assert all(r["indirect"] == 0 for r in direct_only)


def test_speakers_counts_one_row_per_person_with_the_source_mix(tmp_path: Path) -> None:
    # one person under a title, a surname, a description and a pronoun; an anonymous source; an organisation
    one = tmp_path / "one.txt"
    one.write_text(
        "Harbour master Sean Tully inspected the pier. “It is shut,” Tully said.\n\n"
        "“Nobody goes near it,” the harbour master added. “Not until spring,” he said.\n\n"
        "A spokeswoman for the council said repairs would start soon.\n\n"
        "The Harbour Board said the cost was not yet known.\n",
        encoding="utf-8",
    )
    two = tmp_path / "two.txt"
    two.write_text("“We will reopen in April,” said Ms Maeve Tully, the harbour master.\n", encoding="utf-8")
    rows = json.loads(invoke("speakers", str(one), "--format", "json").stdout)
    assert [(r["name"], r["kind"], r["total"]) for r in rows] == [
        ("Sean Tully", "person", 3),
        ("A spokeswoman for the council", "anonymous", 1),
        ("Harbour Board", "organization", 1),
    ]
    assert rows[0]["gender"] == "male" and rows[0]["role"] == "Harbour master"
    table = " ".join(invoke("speakers", str(one), str(two)).stdout.split())  # the line may wrap
    assert "sources: women 1 of 2 with known gender (50%), anonymous 1 of 4 (25%), organisations 1 of 4 (25%)" in table


def test_speakers_keeps_going_past_a_bad_input(tmp_path: Path) -> None:
    result = invoke("speakers", str(tmp_path / "missing.txt"), str(SEED), "--format", "json")
    assert result.exit_code == 1
    assert "missing.txt: no such file" in result.stderr
    assert "John Kirby" in {row["name"] for row in json.loads(result.stdout)}


# --- show ------------------------------------------------------------------


def test_show_labels_every_quote() -> None:
    result = invoke("show", str(SEED))
    assert result.exit_code == 0
    out = result.stdout
    quotes = jsonl(str(SEED))
    assert out.count("««") == out.count("»»") == len(quotes)
    assert "««We have been clear about Russia’s obligations" in out
    assert "[John Kirby · direct]" in out and "[John Kirby · indirect]" in out and "[a letter · partial]" in out
    # The article itself is all there once the marks and labels are taken out.
    plain = re.sub(r"»» \[[^]]*· (direct|partial|indirect)\]", "", out.split("\n\n", 1)[1]).replace("««", "")
    assert plain.rstrip("\n") == SEED.read_text(encoding="utf-8").rstrip("\n")


def test_show_in_colour_gives_each_speaker_a_colour() -> None:
    result = invoke("show", str(SEED), env=TERMINAL)
    assert "««" not in result.stdout and "[John Kirby · direct]" in SGR.sub("", result.stdout)
    assert len(set(colour_codes(result.stdout))) >= 4


def test_show_header_counts_in_words(tmp_path: Path) -> None:
    one = tmp_path / "one.txt"
    one.write_text("“We will be back in the capital on Monday,” Senator Maria Lopez said.\n", encoding="utf-8")
    assert invoke("show", str(one)).stdout.startswith(f"{one}: 1 quote, 1 speaker\n")


def test_show_filters() -> None:
    # "a letter" and "The memo" are one document, the diplomats' letter
    out = invoke("show", str(SEED), "--speaker", "letter").stdout
    assert out.count("««") == 2 and "[a letter · partial]" in out


# --- schema ----------------------------------------------------------------


def test_schema_validates_real_output() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(invoke("schema").stdout)
    assert schema == quote_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    records = json.loads(invoke("extract", "--format", "json", str(SEED)).stdout)
    assert records
    for record in records:
        validator.validate(record)
    for q in extract(SEED.read_text(encoding="utf-8")):
        validator.validate(q.to_dict())
    broken = {**records[0], "type": "verbatim"}
    assert not validator.is_valid(broken)
    assert not validator.is_valid({k: v for k, v in records[0].items() if k != "speaker"})


# --- HTML input ------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Talks stall over ceasefire | The Daily Planet</title></head>
<body>
<header><nav><ul>
<li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li>
<li><a href="/subscribe">“Subscribe today,” says our editor</a></li>
</ul></nav></header>
<main><article>
<h1>Talks stall over ceasefire</h1>
<p class="byline">By Lois Lane, Staff Writer</p>
<p>The ceasefire talks stalled on Tuesday as both sides traded accusations over the shelling of the border towns.</p>
<p>“We have been clear about our obligations,” State Department spokesman John Kirby told reporters in Washington.</p>
<p>Kirby said there have been efforts to coordinate with the other parties since the weekend.</p>
<p>“Nobody wants this to fail,” said Maria Lopez, a senior diplomat at the United Nations.</p>
</article></main>
<aside><h2>Most read</h2><ul><li><a href="/a">Celebrity chef opens a restaurant</a></li>
<li><a href="/b">Weather warning for the weekend</a></li></ul></aside>
<footer><p>© 2024 The Daily Planet. All rights reserved.</p><p>“Best local paper,” said the Awards Committee.</p>
<a href="/privacy">Privacy policy</a></footer>
</body></html>
"""


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "talks-stall.html"
    path.write_text(PAGE, encoding="utf-8")
    return path


def test_html_page_by_extension(page: Path) -> None:
    pytest.importorskip("trafilatura")
    from quotex.htmltext import html_to_text

    article = html_to_text(PAGE)
    assert "Privacy policy" not in article and "Most read" not in article and "Subscribe" not in article
    records = jsonl(str(page))
    assert [(r["type"], r["speaker"]["name"]) for r in records] == [
        ("direct", "John Kirby"),
        ("indirect", "John Kirby"),
        ("direct", "Maria Lopez"),
    ]
    for r in records:  # offsets refer to the extracted article text
        assert article[r["start"] : r["end"]] == r["text"]
        assert article[r["speaker"]["start"] : r["speaker"]["end"]] == r["speaker"]["text"]
        assert r["source"] == str(page)
    shown = invoke("show", str(page)).stdout
    assert "[Maria Lopez · direct]" in shown and "<p>" not in shown


def test_html_input_kind_and_stdin(page: Path, tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    saved = tmp_path / "saved-page.txt"
    saved.write_text(PAGE, encoding="utf-8")
    assert len(jsonl(str(saved), "--input", "html")) == 3
    assert all("<" not in r["text"] for r in jsonl(str(saved), "--input", "html"))
    piped = invoke("extract", "--format", "jsonl", "--input", "html", "-", input=PAGE)
    assert len(piped.stdout.splitlines()) == 3
    assert json.loads(invoke("speakers", str(page), "--format", "json").stdout)[0]["name"] == "John Kirby"
    # A directory of pages, found by --glob.
    assert len(jsonl(str(tmp_path), "--glob", "*.html")) == 3


def test_html_page_without_article_text(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    empty = tmp_path / "empty.html"
    empty.write_text("<html><head><title>Nothing here</title></head><body><script>var x = 1;</script></body></html>", encoding="utf-8")
    result = invoke("extract", "--format", "jsonl", str(empty), str(SEED))
    assert result.exit_code == 1
    assert "empty.html: no article text found" in result.stderr
    assert result.stdout


def test_html_without_trafilatura_says_how_to_install(page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import trafilatura now raises ImportError
    for command in (["extract", str(page)], ["show", str(page)], ["speakers", str(page)], ["extract", "--input", "html", str(SEED)]):
        result = invoke(*command)
        assert result.exit_code == 1
        assert result.stderr == "quotex: reading HTML needs trafilatura: pip install 'quotex[html]'\n"


# --- help that teaches -----------------------------------------------------


def commands() -> dict[str, Any]:
    """The app's commands by name (Typer's own click types, so no isinstance against click)."""
    return dict(typer.main.get_command(app).commands)  # type: ignore[attr-defined]


def test_every_command_is_in_the_readme_commands_table() -> None:
    readme = README.read_text(encoding="utf-8")
    section = readme.split("## Commands", 1)[1].split("\n## ", 1)[0]
    listed = set(re.findall(r"^\| `quotex (\w+)", section, flags=re.M))
    assert set(commands()) <= listed, f"missing from README's Commands table: {set(commands()) - listed}"


@pytest.mark.parametrize("name", sorted(commands()))
def test_every_command_has_help_with_an_example(name: str) -> None:
    result = invoke(name, "--help")
    assert result.exit_code == 0
    assert "Example" in result.stdout
    command = commands()[name]
    for param in command.params:
        if param.param_type_name == "option" and param.name != "help":
            assert param.help, f"quotex {name} {param.opts[0]} has no help text"
            if not param.is_flag:  # an option taking a value shows one
                assert "e.g." in param.help, f"quotex {name} {param.opts[0]}: help has no example ('e.g. ...')"
        if param.param_type_name == "argument":
            assert getattr(param, "help", None), f"quotex {name} {param.name.upper()} has no help text"


def test_readme_python_examples_run() -> None:
    """The README's ```python blocks are doctests, run in one namespace, top to bottom."""
    blocks = re.findall(r"^```python\n(.*?)^```", README.read_text(encoding="utf-8"), flags=re.M | re.S)
    assert blocks, "README has no Python examples"
    parser, runner_ = doctest.DocTestParser(), doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    namespace: dict[str, Any] = {}
    for number, block in enumerate(blocks, 1):
        runner_.run(parser.get_doctest(block, namespace, f"README.md python block {number}", str(README), 0))
    results = runner_.summarize(verbose=False)
    assert results.attempted > 0 and results.failed == 0


def test_readme_test_command_is_what_ci_runs() -> None:
    readme = README.read_text(encoding="utf-8")
    command = readme.split("## Run the tests", 1)[1].split("```console\n", 1)[1].split("\n", 1)[0]
    assert command in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()


def test_startup_stays_light() -> None:
    """Optional and heavy pieces load only for the commands that use them."""
    import subprocess

    code = (
        "import sys, quotex.cli; "
        "heavy = {'trafilatura', 'lxml', 'jsonschema', 'jinja2'}; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & heavy), 'rich.table' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[] False"
