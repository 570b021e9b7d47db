"""``khabar bench`` (task ``pipeline``) on a tiny corpus built from examples/: the
command runs, its JSON has every part, and its timing wrappers change no record.

No timing is asserted (the machine is shared); these tests check the bench works."""

from __future__ import annotations

import csv
import json
import os
import time
from pathlib import Path

import pytest

from khabar.cli import main
from khabar.evaluation import bench
from khabar.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples").glob("*.txt"))


@pytest.fixture(scope="module")
def data_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data root in the layout of ../shared/data/news holding only our own examples
    (as rows of the BBC-style CSV), so the test needs no shared data."""
    root = tmp_path_factory.mktemp("data")
    csv_dir = root / "news" / "bbc-hindi-test"
    csv_dir.mkdir(parents=True)
    with (csv_dir / "hindi-cleaned-test.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["label", "text"])
        for p in EXAMPLES:
            w.writerow(["india", p.read_text(encoding="utf-8")])
    (root / "news" / "fire2018-events" / "Hindi_Train").mkdir(parents=True)
    return root


def test_bench_command_without_peers(data_root: Path, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "bench.json"
    rc = main(["bench", "--data", str(data_root), "--skip", "peers,spark", "--repeat", "1",
               "--stream-mb", "0.05", "--json", str(out)])
    assert rc == 0
    printed = capsys.readouterr().out
    assert "khabar pipeline" in printed and "targets:" in printed
    res = json.loads(out.read_text(encoding="utf-8"))
    assert res["input"]["articles"] == len(EXAMPLES)
    thr = res["throughput"]
    assert set(thr) == {"khabar pipeline", "khabar text layer"}
    assert thr["khabar pipeline"]["seconds"] > 0 and thr["khabar pipeline"]["mb_per_s"] > 0
    # every stage of the pipeline is timed, and the shares add up to the whole
    assert list(res["stages"]) == ["text layer", *Pipeline().component_names, "record"]
    assert sum(s["share"] for s in res["stages"].values()) == pytest.approx(1.0, abs=0.01)
    mem = res["memory"]["khabar"]
    assert "error" not in mem, mem
    # the stream repeats the 4 examples until 0.05 MB have gone through
    assert mem["input_mb"] >= 0.05 and mem["articles"] > len(EXAMPLES)
    assert 0 < mem["loaded_rss_mb"] <= mem["peak_rss_mb"]
    fresh = res["memory"]["khabar fresh vocabulary"]
    assert "error" not in fresh, fresh
    assert fresh["input_mb"] >= 0.05 and fresh["articles"] > len(EXAMPLES)
    # the target is judged on the worse of the two streams
    assert res["targets"]["peak_rss_mb"]["value"] == max(mem["peak_rss_mb"], fresh["peak_rss_mb"])
    assert "spark" not in res and "spacy" not in res["memory"]


def test_bench_rejects_unknown_skip(data_root: Path) -> None:
    assert main(["bench", "--data", str(data_root), "--skip", "gpu"]) == 2


def test_bench_default_task_is_pipeline() -> None:
    from khabar.cli import build_parser

    args = build_parser().parse_args(["bench"])
    assert args.task == "pipeline"


def test_bench_without_corpora_is_a_clear_error(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bench", "--data", str(tmp_path), "--skip", "peers,memory,spark"]) == 2
    err = capsys.readouterr().err
    assert "no news corpora under" in err and "Traceback" not in err


def test_stage_timer_keeps_records() -> None:
    plain = Pipeline()
    timed = bench.StageTimer(Pipeline())
    for p in EXAMPLES:
        text = p.read_text(encoding="utf-8")
        assert timed(text).to_dict() == plain(text).to_dict()
    stages = timed.report()
    assert all(v >= 0 for v in stages.values())
    assert stages["text layer"] > 0
    assert sum(stages.values()) == pytest.approx(timed.total)


def test_interleaved_timing_counts_every_chunk() -> None:
    seen: list[int] = []
    arts = [bench.Article(str(i), bench.Meta()) for i in range(bench.CHUNK * 2 + 3)]
    tool = bench.Tool("count", lambda chunk: seen.extend(int(a.text) for a in chunk), passes=2)
    bench.time_interleaved([tool], arts)
    assert sorted(set(seen)) == list(range(len(arts)))
    assert len(seen) == 2 * len(arts)  # two passes of every chunk
    assert tool.seconds > 0


def test_spacy_peer_pipeline_tags(data_root: Path) -> None:
    pytest.importorskip("spacy")
    model, note = bench.spacy_baseline(str(data_root))
    assert model is None and "untrained" in note  # no NER training data in this root
    nlp = bench.spacy_ner_pipeline(model)
    assert "ner" in nlp.pipe_names and "sentencizer" in nlp.pipe_names
    arts = bench.load_articles(str(data_root))
    out = bench.spacy_run(nlp)(arts)
    assert len(out) == len(arts)


@pytest.mark.slow
@pytest.mark.spark
def test_spark_against_one_process(data_root: Path) -> None:
    pytest.importorskip("pyspark")
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    res = bench.spark_vs_one(bench.load_articles(str(data_root)))
    if "skipped" in res:
        pytest.skip(res["skipped"])
    assert "error" not in res, res["error"]
    assert res["articles"] == res["spark_articles"] == len(EXAMPLES)
    assert res["spark_job_seconds"] > 0 and res["one_process_seconds"] > 0


def test_fresh_spelling_gives_new_words_of_the_same_size() -> None:
    text = EXAMPLES[0].read_text(encoding="utf-8")
    seen = {text}
    for k in range(1, 6):
        t = text.translate(bench.fresh_spelling(k))
        assert len(t) == len(text) and len(t.encode()) == len(text.encode())
        assert t not in seen
        seen.add(t)
    # a bijection on the consonants: rotating back restores the text
    n = len(bench._CONSONANTS)
    assert text.translate(bench.fresh_spelling(3)).translate(bench.fresh_spelling(n - 3)) == text
    assert text.translate(bench.fresh_spelling(0)) == text


def test_repeated_stream_stops_at_the_budget(data_root: Path) -> None:
    total = sum(len(p.read_text(encoding="utf-8").encode()) for p in EXAMPLES)
    budget = 2.5 * total
    arts = list(bench.repeated(str(data_root), None, budget / 1e6, fresh=True))
    sizes = [len(a.text.encode()) for a in arts]
    assert sum(sizes) >= budget > sum(sizes[:-1])  # stops at the first article past it
    assert len(arts) > 2 * len(EXAMPLES)
    assert len({a.text for a in arts}) == len(arts)  # every pass spelt anew


def test_process_tree_cpu_counts_children() -> None:
    if not Path("/proc/self/stat").exists():
        pytest.skip("no /proc on this system")
    import subprocess
    import sys

    pid = os.getpid()
    # a child that burns some CPU and is still running when measured
    child = subprocess.Popen([sys.executable, "-c", "import time\nt=time.process_time()\n"
                              "while time.process_time() - t < 0.3: pass\ntime.sleep(5)"])
    try:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            tree, own = bench.process_tree_cpu(pid), bench.process_tree_cpu(pid, own=True)
            assert tree is not None and own is not None and tree >= own
            if tree - own >= 0.25:
                break
            time.sleep(0.1)
        assert tree - own >= 0.25  # the child's CPU is counted in the tree, not in our own
    finally:
        child.kill()
        child.wait()
    assert bench.process_tree_cpu(-1) is None


def test_spark_cpu_projection() -> None:
    stats = {"read_cpu_s_sum": 1.0, "extract_cpu_s_sum": 9.0, "worker_cpu_s": [6.0, 4.0]}
    out = bench.spark_cpu(stats, tree=13.0, jvm=2.0)
    assert out["python_workers"] == 10.0 and out["total"] == 13.0
    # everything outside the workers' tasks (3 s) counted as serial, plus the busiest worker
    assert out["two_free_cores_s"] == 9.0
    assert "two_free_cores_s" not in bench.spark_cpu(stats, tree=None)
