"""The Spark job in local[2] mode gives exactly the records of a single process."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

pytest.importorskip("pyspark")

from khabar.ingest.sources import Item, read_data
from khabar.pipeline import Pipeline
from khabar.spark.tables import SCHEMAS, TABLES, records_from_tables

ROOT = Path(__file__).resolve().parents[1]
SHARED_EXAMPLE = ROOT / ".." / "shared" / "examples" / "ranchi-congress-minority-meeting.txt"

pytestmark = pytest.mark.spark


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("spark-in")
    for f in (ROOT / "examples").glob("*.txt"):
        shutil.copy(f, d / f.name)
    if SHARED_EXAMPLE.exists():
        shutil.copy(SHARED_EXAMPLE, d / SHARED_EXAMPLE.name)
    (d / "dup.txt").write_bytes((ROOT / "examples" / "patna-flood-relief.txt").read_bytes())
    (d / "bad.txt").write_bytes(b"\x00\x01binary\x00")
    (d / "more.jsonl").write_text(
        '{"text": "पटना : मुख्यमंत्री ने कहा कि राहत जारी रहेगी.", "title": "राहत", "date": "2024-06-15"}\n'
        '{"headline": "no text here"}\n',
        encoding="utf-8",
    )
    return d


def test_spark_local_matches_single_process(corpus: Path, tmp_path: Path) -> None:
    from khabar.spark.job import run_job, session

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    out = tmp_path / "out"
    stale = out / "entities" / "part-00099.parquet"  # a previous run's file
    stale.parent.mkdir(parents=True)
    stale.write_bytes(b"not parquet")
    spark = session("local[2]", "khabar-test")
    stats: dict = {}
    try:
        counts = run_job(spark, [str(corpus)], str(out), stats=stats)
    finally:
        spark.stop()
    assert not stale.exists()
    for table in (*TABLES, "problems"):
        assert (out / table / "_SUCCESS").exists()
        assert (out / table / "part-00000.parquet").exists()  # every table has its schema
    problems = pq.read_table(out / "problems").to_pylist()
    assert len(problems) == 2 and any(p["origin"].endswith("bad.txt") for p in problems)
    # the workers are forked from khabar.spark.daemon with the pipeline loaded
    assert stats["pipeline_loads"] == 0
    assert stats["extract_tasks"] == 8 and stats["job_s"] > 0

    nlp = Pipeline()
    expected: dict[str, dict] = {}
    for f in sorted(corpus.iterdir()):
        for it in read_data(str(f), f.read_bytes()):
            if isinstance(it, Item):
                rec = nlp(it.text, it.meta).to_dict()
                expected.setdefault(rec["id"], rec)
    got = {r["id"]: r for r in records_from_tables(out)}
    assert counts["articles"] == len(expected) == len(got)
    assert counts["problems"] == 2  # the binary file and the JSON line without text
    for aid, rec in expected.items():
        g = got[aid]
        # the same text reached through two files keeps one of their sources
        if rec["meta"]["source"] != g["meta"]["source"]:
            assert rec["text"] == g["text"]
            g["meta"], rec["meta"] = {}, {}
        assert g == rec


def test_partition_writer_row_groups_and_round_trip(tmp_path: Path) -> None:
    """Without Spark: a partition's writer flushes row groups as it goes, and the
    tables it writes give back the records."""
    from khabar.spark.job import PartitionWriter, clear_output
    from khabar.spark.tables import rows_from_record

    nlp = Pipeline()
    recs = [nlp(p.read_text(encoding="utf-8")).to_dict() for p in sorted((ROOT / "examples").glob("*.txt"))]
    out = tmp_path / "out"
    w = PartitionWriter(str(out), 3, row_group=2)
    for rec in recs:
        w.add(rows_from_record(rec))
    w.add({"problems": [{"origin": "x.txt", "reason": "unreadable"}]})
    counts = w.close()
    assert counts["articles"] == len(recs) and counts["problems"] == 1
    meta = pq.ParquetFile(out / "articles" / "part-00003.parquet").metadata
    assert meta.num_row_groups == -(-len(recs) // 2)  # a row group per two records
    assert pq.read_schema(out / "quotes" / "part-00003.parquet").equals(SCHEMAS["quotes"])
    assert not list(out.glob("*/.*"))  # no temporary file left behind
    got = {r["id"]: r for r in records_from_tables(out)}
    assert got == {r["id"]: r for r in recs}
    clear_output(str(out))
    assert not list(out.glob("*/*.parquet"))


def test_worker_cpu_adds_reading_and_extraction_per_worker() -> None:
    from khabar.spark.job import worker_cpu

    read = {"cpu_s": 3.0, "pid:11": 1.0, "pid:12": 2.0}
    parts = [{"pid": 11, "cpu_s": 4.0}, {"pid": 12, "cpu_s": 1.0}, {"pid": 11, "cpu_s": 0.5}]
    assert worker_cpu(read, parts) == [5.5, 3.0]
