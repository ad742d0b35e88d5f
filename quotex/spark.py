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
from contextlib import contextmanager
from enum import Enum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pyspark.accumulators import Accumulator
    from pyspark.sql import DataFrame, SparkSession
    from pyspark.sql.types import StructType

INSTALL_HINT = "quotex spark needs pyspark, pandas and pyarrow: pip install 'quotex[spark]'"
#: Columns of a quote row, in order.
QUOTE_COLUMNS = ("source", "text", "start", "end", "type", "speaker", "cue", "paragraph", "rule")


class FileFormat(str, Enum):
    """How ``quotex spark`` reads and writes (``--input-format``, ``--output-format``): ``auto`` goes by the path."""

    auto = "auto"
    jsonl = "jsonl"
    parquet = "parquet"


class MissingSpark(RuntimeError):
    """pyspark (or pandas / pyarrow) is not installed; the message says how to install it."""


class TargetExists(FileExistsError):
    """The target of :func:`run` exists and ``overwrite`` was not given; the message says ``--overwrite``."""

    def __init__(self, target: str) -> None:
        super().__init__(f"{target} already exists: give --overwrite to replace it")


def local_path(path: str) -> str | None:
    """The file-system path a Spark path names on this machine (no scheme, or ``file:``), else None (``s3a://…``).

    >>> local_path("out/quotes.parquet"), local_path("file:///tmp/q"), local_path("s3a://news/q")
    ('out/quotes.parquet', '/tmp/q', None)
    """
    if path.startswith("file:"):
        rest = path[len("file:") :]
        return "/" + rest.lstrip("/") if rest.startswith("/") else rest
    return None if "://" in path else path


def check_target(target: str, overwrite: bool) -> None:
    """Raise :class:`TargetExists` for a local target that exists, unless ``overwrite``: before Spark's
    start-up (seconds), not after it.  A remote target is checked by Spark when it writes."""
    local = local_path(target)
    if not overwrite and local is not None and os.path.lexists(local):
        raise TargetExists(target)


def require_spark() -> None:
    """Raise :class:`MissingSpark` unless the ``spark`` extra is importable."""
    from importlib import import_module

    try:
        for name in ("pyspark", "pandas", "pyarrow"):
            import_module(name)
    except ImportError as exc:
        raise MissingSpark(INSTALL_HINT) from exc


def quote_struct() -> StructType:
    """The Spark schema of a quote row, derived from the record's JSON Schema
    (:func:`quotex.schema.quote_schema`), so the two cannot drift apart: integers
    become ``IntegerType``, strings and enums ``StringType``, objects structs, and
    a field is nullable when the JSON Schema does not require it or allows null
    (by type, or as a value of its enum).
    The row's columns come in :data:`QUOTE_COLUMNS` order."""
    from pyspark.sql.types import IntegerType, StringType, StructField, StructType

    from quotex.schema import quote_schema

    schema = quote_schema()
    defs = schema["$defs"]

    def spark_type(spec: dict[str, Any]) -> tuple[Any, bool]:
        """The Spark type of one property and whether it may be null."""
        options = spec.get("oneOf", [spec])
        nullable = any(o.get("type") == "null" for o in options)
        (value,) = [o for o in options if o.get("type") != "null"]
        if "$ref" in value:
            value = defs[value["$ref"].rsplit("/", 1)[1]]
        kinds = value.get("type", "string")
        kinds = kinds if isinstance(kinds, list) else [kinds]
        nullable = nullable or "null" in kinds or None in value.get("enum", ())
        if "object" in kinds:
            return struct(value, list(value["properties"])), nullable
        return (IntegerType() if "integer" in kinds else StringType()), nullable

    def struct(obj: dict[str, Any], names: list[str]) -> StructType:
        fields = []
        for name in names:
            kind, nullable = spark_type(obj["properties"][name])
            fields.append(StructField(name, kind, nullable or name not in obj.get("required", ())))
        return StructType(fields)

    return struct(schema, list(QUOTE_COLUMNS))


def _extract_batches(batches: Iterator[Any], failures: Any = None, lang: str = "auto") -> Iterator[Any]:
    """mapInPandas body: (source, text) batches in, one quote row per quote out.

    An article whose extraction raises is skipped with one line on the
    executor's stderr and counted in the ``failures`` accumulator, if given:
    one bad article must not fail a job over millions.
    """
    from importlib import import_module

    from quotex.limits import Limits
    from quotex.pipeline import Pipeline

    pd = import_module("pandas")  # untyped; imported by name to keep mypy strict elsewhere
    pipeline = Pipeline(Limits(lang=lang))

    for batch in batches:
        rows: list[dict[str, Any]] = []
        for source, text in zip(batch["source"], batch["text"], strict=True):
            if not isinstance(text, str):
                continue
            ident = None if source is None or source != source else str(source)  # NaN != NaN
            result = pipeline.text(text, str(ident))
            if result.error is not None:
                sys.stderr.write(f"quotex: {result.error}\n")
                if failures is not None:
                    failures.add(1)
                continue
            rows.extend(q.to_dict(ident) for q in result.quotes)
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
    return pairs.mapInPandas(body, quote_struct())


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


def file_format(path: str, given: FileFormat | str | None) -> FileFormat:
    """``jsonl`` or ``parquet``: as given, else by the path's ending (Parquet unless .json/.jsonl/.ndjson)."""
    if given is not None and given != FileFormat.auto:
        return FileFormat(given)
    return FileFormat.jsonl if path.rstrip("/").lower().endswith((".json", ".jsonl", ".ndjson")) else FileFormat.parquet


def read_articles(spark: SparkSession, path: str, fmt: FileFormat, text_col: str, id_col: str) -> DataFrame:
    """Articles from JSON Lines (only the two fields are read, as strings) or Parquet."""
    from pyspark.sql.types import StringType, StructField, StructType

    if fmt == FileFormat.parquet:
        return spark.read.parquet(path)
    fields = [StructField(text_col, StringType())] + ([StructField(id_col, StringType())] if id_col != text_col else [])
    return spark.read.schema(StructType(fields)).json(path)


def run(
    source: str,
    target: str,
    *,
    input_format: FileFormat | str | None = None,
    output_format: FileFormat | str | None = None,
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
    check_target(target, overwrite)
    from pyspark.sql import SparkSession

    active = SparkSession.getActiveSession()
    if active is not None:
        spark = active
    elif quiet:  # Spark's start-up lines (log4j, WARN) come from the JVM, which keeps this stderr for its life
        with _only_quotex_lines_on_stderr():
            spark = session(master, quiet=quiet)
    else:
        spark = session(master, quiet=quiet)
    try:
        articles = read_articles(spark, source, file_format(source, input_format), text_col, id_col)
        if partitions:
            articles = articles.repartition(partitions)
        failures = spark.sparkContext.accumulator(0)
        writer = extract_quotes(articles, text_col, id_col, failures, lang).write.mode("overwrite" if overwrite else "errorifexists")
        try:
            if file_format(target, output_format) == FileFormat.parquet:
                writer.parquet(target)
                written = spark.read.parquet(target)
            else:
                # Keep null fields ("role": null), as quotex's own JSON Lines does.
                writer.option("ignoreNullFields", "false").json(target)
                written = spark.read.schema(quote_struct()).json(target)
        except Exception as exc:  # a remote target that exists: Spark's PATH_ALREADY_EXISTS, in our words
            if not overwrite and "PATH_ALREADY_EXISTS" in str(exc):
                raise TargetExists(target) from None
            raise
        return int(written.count()), int(failures.value)
    finally:
        if active is None:
            spark.stop()


@contextmanager
def _only_quotex_lines_on_stderr() -> Iterator[None]:
    """While the JVM starts, point file descriptor 2 at a pipe: the JVM inherits it, and a thread passes
    on only the lines that start with ``quotex: `` (an executor's failed article, written by
    :func:`_extract_batches`), dropping Spark's log4j and WARN lines.  Python's stderr is restored after."""
    import threading

    sys.stderr.flush()
    read_end, write_end = os.pipe()
    real = os.dup(2)
    os.dup2(write_end, 2)
    os.close(write_end)

    def pump() -> None:
        with os.fdopen(read_end, "rb") as lines:
            for line in lines:
                if line.startswith(b"quotex: "):
                    os.write(real, line)

    threading.Thread(target=pump, name="quotex-spark-stderr", daemon=True).start()
    try:
        yield
    finally:
        sys.stderr.flush()
        os.dup2(real, 2)
