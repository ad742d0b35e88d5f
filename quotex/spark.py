"""Quote extraction on Apache Spark, for corpora one machine cannot handle.

Needs the ``spark`` extra (``pip install 'quotex[spark]'``: pyspark, pandas,
pyarrow) and Java.  Every executor must be able to import quotex: install it
on the cluster's Python, or ship a wheel with ``spark-submit --py-files``.

Example::

    from pyspark.sql import SparkSession
    from quotex.spark import extract_quotes

    spark = SparkSession.builder.getOrCreate()
    articles = spark.read.json("articles.jsonl")
    quotes = extract_quotes(articles, text_col="text", id_col="id")
    quotes.groupBy("speaker.name").count().orderBy("count", ascending=False).show()

:func:`extract_quotes` gives one row per quote with the columns of the JSON
record (README, "Output schema"): ``source`` (the article's id), ``text``,
``start``, ``end``, ``type``, ``speaker`` (a struct), ``cue`` (a struct, null
for inherited quotes), ``paragraph`` and ``rule``.  The extraction runs in
``mapInPandas``: each Arrow batch of articles becomes a pandas DataFrame of
their quotes.

:func:`run` is the ``quotex spark IN OUT`` command: JSON Lines or Parquet in,
Parquet or JSON Lines out.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from pyspark.accumulators import Accumulator
    from pyspark.sql import DataFrame, SparkSession
    from pyspark.sql.types import StructType

INSTALL_HINT = "quotex spark needs pyspark, pandas and pyarrow: pip install 'quotex[spark]'"
#: Columns of a quote row, in order.
QUOTE_COLUMNS = ("source", "text", "start", "end", "type", "speaker", "cue", "paragraph", "rule")
FileFormat = Literal["jsonl", "parquet"]


class MissingSpark(RuntimeError):
    """pyspark (or pandas / pyarrow) is not installed; the message says how to install it."""


def require_spark() -> None:
    """Raise :class:`MissingSpark` unless the ``spark`` extra is importable."""
    from importlib import import_module

    try:
        for name in ("pyspark", "pandas", "pyarrow"):
            import_module(name)
    except ImportError as exc:
        raise MissingSpark(INSTALL_HINT) from exc


def quote_schema() -> StructType:
    """The Spark schema of a quote row."""
    from pyspark.sql.types import IntegerType, StringType, StructField, StructType

    def field(name: str, kind: Any, nullable: bool = True) -> StructField:
        return StructField(name, kind, nullable)

    speaker = StructType(
        [
            field("name", StringType()),
            field("text", StringType()),
            field("start", IntegerType()),
            field("end", IntegerType()),
            field("role", StringType()),
            field("kind", StringType()),
            field("gender", StringType()),
            field("id", StringType()),
            field("author", StringType()),
        ]
    )
    cue = StructType([field("text", StringType()), field("start", IntegerType()), field("end", IntegerType())])
    return StructType(
        [
            field("source", StringType()),
            field("text", StringType(), False),
            field("start", IntegerType(), False),
            field("end", IntegerType(), False),
            field("type", StringType(), False),
            field("speaker", speaker),
            field("cue", cue),
            field("paragraph", IntegerType(), False),
            field("rule", StringType(), False),
        ]
    )


def _extract_batches(batches: Iterator[Any], failures: Any = None, lang: str = "auto") -> Iterator[Any]:
    """mapInPandas body: (source, text) batches in, one quote row per quote out.

    An article whose extraction raises is skipped with one line on the
    executor's stderr and counted in the ``failures`` accumulator, if given:
    one bad article must not fail a job over millions.
    """
    from importlib import import_module

    from quotex.engine import extract

    pd = import_module("pandas")  # untyped; imported by name to keep mypy strict elsewhere

    for batch in batches:
        rows: list[dict[str, Any]] = []
        for source, text in zip(batch["source"], batch["text"], strict=True):
            if not isinstance(text, str):
                continue
            ident = None if source is None or source != source else str(source)  # NaN != NaN
            try:
                quotes = extract(text, lang)
            except Exception as exc:
                sys.stderr.write(f"quotex: {ident}: extraction failed ({type(exc).__name__}: {exc})\n")
                if failures is not None:
                    failures.add(1)
                continue
            rows.extend(q.to_dict(ident) for q in quotes)
        frame = pd.DataFrame.from_records(rows, columns=list(QUOTE_COLUMNS))
        # Nulls in the struct columns must be None, not NaN, for Arrow.
        yield frame.astype({"speaker": object, "cue": object})


def extract_quotes(
    articles: DataFrame,
    text_col: str = "text",
    id_col: str | None = "id",
    failures: Accumulator[int] | None = None,
    lang: str = "auto",
) -> DataFrame:
    """One row per quote of the articles in ``articles`` (lazy, like any Spark transformation).

    ``text_col`` holds each article's text (rows whose text is null are
    skipped); ``id_col``, cast to a string, becomes each quote's ``source``
    (null without an id column).  An article whose extraction fails is
    skipped, logged by the executor and counted in ``failures``
    (``spark.sparkContext.accumulator(0)``) when given.  ``lang`` is the
    language pack each article is read with ("auto": detected per article).
    """
    from functools import partial

    from pyspark.sql import functions as F

    source = F.col(id_col).cast("string") if id_col is not None and id_col in articles.columns else F.lit(None).cast("string")
    pairs = articles.select(source.alias("source"), F.col(text_col).cast("string").alias("text"))
    body = partial(_extract_batches, failures=failures, lang=lang)
    return pairs.mapInPandas(body, quote_schema())


def session(master: str | None = "local[*]", app_name: str = "quotex", quiet: bool = False) -> SparkSession:
    """A Spark session whose Python workers use this interpreter (so they can import quotex)."""
    require_spark()
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName(app_name).config("spark.ui.enabled", "false")
    if master:
        builder = builder.master(master)
    if quiet:
        builder = builder.config("spark.ui.showConsoleProgress", "false")
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def file_format(path: str, given: str | None) -> FileFormat:
    """``jsonl`` or ``parquet``: as given, else by the path's ending (Parquet unless .json/.jsonl/.ndjson)."""
    if given in ("jsonl", "parquet"):
        return given  # type: ignore[return-value]
    return "jsonl" if path.rstrip("/").lower().endswith((".json", ".jsonl", ".ndjson")) else "parquet"


def read_articles(spark: SparkSession, path: str, fmt: FileFormat, text_col: str, id_col: str) -> DataFrame:
    """Articles from JSON Lines (only the two fields are read, as strings) or Parquet."""
    from pyspark.sql.types import StringType, StructField, StructType

    if fmt == "parquet":
        return spark.read.parquet(path)
    fields = [StructField(text_col, StringType())] + ([StructField(id_col, StringType())] if id_col != text_col else [])
    return spark.read.schema(StructType(fields)).json(path)


def run(
    source: str,
    target: str,
    *,
    input_format: str | None = None,
    output_format: str | None = None,
    text_col: str = "text",
    id_col: str = "id",
    master: str | None = "local[*]",
    partitions: int | None = None,
    overwrite: bool = False,
    quiet: bool = False,
    lang: str = "auto",
) -> tuple[int, int]:
    """Read articles at ``source``, write their quotes to the directory ``target``.

    Returns the number of quotes written and of articles whose extraction failed.

    Uses the active Spark session if there is one, else starts one on ``master``
    (and stops it at the end).
    """
    require_spark()
    from pyspark.sql import SparkSession

    active = SparkSession.getActiveSession()
    spark = active or session(master, quiet=quiet)
    try:
        articles = read_articles(spark, source, file_format(source, input_format), text_col, id_col)
        if partitions:
            articles = articles.repartition(partitions)
        failures = spark.sparkContext.accumulator(0)
        writer = extract_quotes(articles, text_col, id_col, failures, lang).write.mode("overwrite" if overwrite else "errorifexists")
        if file_format(target, output_format) == "parquet":
            writer.parquet(target)
            written = spark.read.parquet(target)
        else:
            # Keep null fields ("role": null), as quotex's own JSON Lines does.
            writer.option("ignoreNullFields", "false").json(target)
            written = spark.read.schema(quote_schema()).json(target)
        return int(written.count()), int(failures.value)
    finally:
        if active is None:
            spark.stop()
