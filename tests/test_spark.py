"""quotex on Apache Spark: one small DataFrame on a local[2] session (skipped without pyspark or Java)."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from quotex import extract
from quotex.cli import app

pytest.importorskip("pyspark", reason="the spark extra is not installed")
pytest.importorskip("pyarrow", reason="the spark extra is not installed")
if shutil.which("java") is None:
    pytest.skip("Spark needs Java", allow_module_level=True)

from quotex.spark import QUOTE_COLUMNS, extract_quotes, session  # noqa: E402

ARTICLES = [
    ("a-1", "“We are ready,” Kirby said. “We will go.”\n\n“The talks resume on Monday, as planned.”\n"),
    ("a-2", "Officials said the talks would resume on Monday.\n"),
    ("a-3", None),
    ("a-4", "Nothing quoted here.\n"),
]


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    s = session("local[2]", app_name="quotex-test", quiet=True)
    yield s
    s.stop()


def expected(articles: list[tuple[str, str | None]]) -> list[dict[str, Any]]:
    return [q.to_dict(ident) for ident, text in articles if text for q in extract(text)]


def test_extract_quotes_on_a_dataframe(spark: Any) -> None:
    df = spark.createDataFrame(ARTICLES, "id string, text string").repartition(2)
    quotes = extract_quotes(df)
    assert tuple(quotes.columns) == QUOTE_COLUMNS
    assert quotes.schema["speaker"].dataType.fieldNames() == list(expected(ARTICLES[:1])[0]["speaker"])
    rows = [r.asDict(recursive=True) for r in quotes.collect()]
    key = lambda r: (r["source"], r["start"])  # noqa: E731
    want = expected(ARTICLES)
    assert want, "the engine should find quotes in the sample"
    assert sorted(rows, key=key) == sorted(want, key=key)
    assert any(r["cue"] is None for r in rows)  # an inherited quote: a null struct


def test_spark_command_jsonl_in_jsonl_out(spark: Any, tmp_path: Path) -> None:
    source = tmp_path / "articles.jsonl"
    source.write_text("".join(json.dumps({"doc": i, "body": t}) + "\n" for i, t in ARTICLES), encoding="utf-8")
    target = tmp_path / "quotes.jsonl"
    runner = CliRunner()
    args = ["spark", str(source), str(target), "--text-field", "body", "--id-field", "doc", "--quiet"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for part in sorted(target.glob("part-*")) for line in part.read_text(encoding="utf-8").splitlines()]
    key = lambda r: (r["source"], r["start"])  # noqa: E731
    assert sorted(rows, key=key) == sorted(expected(ARTICLES), key=key)
    # An existing target is one error line unless --overwrite.
    again = runner.invoke(app, args)
    assert again.exit_code == 1 and again.stderr == f"quotex: {target} already exists: give --overwrite to replace it\n"
    assert runner.invoke(app, [*args, "--overwrite", "--output-format", "parquet"]).exit_code == 0
    assert len(spark.read.parquet(str(target)).collect()) == len(rows)


def test_a_failing_article_is_skipped_logged_and_counted(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """The mapInPandas body, in-process: one bad article does not fail the batch."""
    import pandas as pd

    import quotex.engine
    from quotex.spark import _extract_batches

    real = quotex.engine.extract

    def fragile(text: str, *args: Any, **kwargs: Any) -> list:
        if "boom" in text:
            raise RuntimeError("boom")
        return real(text, *args, **kwargs)

    class Counter:
        value = 0

        def add(self, n: int) -> None:
            self.value += n

    monkeypatch.setattr(quotex.engine, "extract", fragile)
    failures = Counter()
    batch = pd.DataFrame({"source": ["a-1", "bad", "a-2"], "text": [ARTICLES[0][1], "boom", ARTICLES[1][1]]})
    (frame,) = _extract_batches(iter([batch]), failures)
    assert set(frame["source"]) == {"a-1", "a-2"}
    assert failures.value == 1
    assert "quotex: bad: extraction failed (RuntimeError: boom)" in capsys.readouterr().err


def test_the_spark_schema_follows_the_json_schema() -> None:
    """quote_struct() is derived from quotex.schema.quote_schema(); check the result against the JSON Schema
    itself: the same fields in the record's order, integers where it says integer, and a field is
    nullable in Spark exactly when the JSON Schema accepts a record with that field null or, for an
    optional field, without it (a Spark null stands for either)."""
    import jsonschema
    from pyspark.sql.types import IntegerType, StringType, StructType

    from quotex.schema import quote_schema
    from quotex.spark import quote_struct

    schema = quote_schema()
    record = extract(ARTICLES[0][1] or "")[0].to_dict("a-1")
    struct = quote_struct()
    assert tuple(struct.fieldNames()) == QUOTE_COLUMNS == tuple(record)

    def null_allowed(path: list[str]) -> bool:
        changed = json.loads(json.dumps(record))
        inner = changed
        for key in path[:-1]:
            inner = inner[key]
        validator = jsonschema.Draft202012Validator(schema)
        inner[path[-1]] = None
        if validator.is_valid(changed):
            return True
        del inner[path[-1]]
        return validator.is_valid(changed)

    def check(fields: StructType, value: dict[str, Any], path: list[str]) -> None:
        for f in fields.fields:
            here = [*path, f.name]
            assert f.nullable == null_allowed(here), here
            if isinstance(f.dataType, StructType):
                check(f.dataType, value[f.name], here)
            else:
                python_type = int if isinstance(f.dataType, IntegerType) else str
                assert isinstance(f.dataType, (IntegerType, StringType))
                assert value[f.name] is None or isinstance(value[f.name], python_type), here

    check(struct, record, [])


def run_spark_command(*args: str) -> subprocess.CompletedProcess[str]:
    """``quotex spark`` in a process of its own, which starts its own Spark (and JVM)."""
    return subprocess.run(["quotex", "spark", *args], capture_output=True, text=True, timeout=300, check=False)


def test_an_existing_target_is_refused_before_spark_starts(tmp_path: Path) -> None:
    source = tmp_path / "articles.jsonl"
    source.write_text(json.dumps({"id": "a-1", "text": ARTICLES[0][1]}) + "\n", encoding="utf-8")
    (tmp_path / "quotes").mkdir()
    result = run_spark_command(str(source), str(tmp_path / "quotes"))  # not --quiet: Spark would have logged
    assert result.returncode == 1
    assert result.stderr == f"quotex: {tmp_path / 'quotes'} already exists: give --overwrite to replace it\n"


def test_quiet_means_quiet(tmp_path: Path) -> None:
    """-q: none of Spark's start-up lines (log4j, WARN, "Setting default log level"), no summary."""
    source = tmp_path / "articles.jsonl"
    source.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in ARTICLES), encoding="utf-8")
    result = run_spark_command(str(source), str(tmp_path / "quotes.jsonl"), "--quiet", "--master", "local[1]")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert list((tmp_path / "quotes.jsonl").glob("part-*"))
