"""``khabar bench`` (task ``pipeline``, the default): end-to-end speed of khabar against
what a user would otherwise run, on the news corpora in ../shared/data/news.

One run measures, on the same articles:

- throughput (articles/s, MB/s of UTF-8 input, one core) of the full ``khabar.Pipeline``
  and of a spaCy pipeline (``blank("hi")`` tokenizer + sentencizer + the NER baseline
  of ``khabar eval ner``), and of the text layers: khabar's, spaCy's tokenizer +
  sentencizer, indic-nlp-library's normaliser + sentence splitter + tokenizer;
- time per stage of the khabar pipeline (text layer, each component, building the
  record), by wrapping the pipeline's own stages in timers;
- peak memory (the RSS high-water mark from ``resource.getrusage``) of a separate
  process that streams the articles, repeated up to ``--stream-mb`` MB, through
  ``Pipeline.pipe`` and serialises every record without keeping it; the spaCy pipeline
  gets the same treatment on a shorter stream, compared at the same point of khabar's;
- Apache Spark in ``local[2]`` mode (``khabar.spark.job``) against one process doing
  the same work (read JSONL files, extract, write the Parquet tables), JVM start-up
  reported apart.

The machine may be shared and noisy: the tools are timed in small interleaved chunks
(every chunk by every tool, one after another) so that changes of load hit all of them
alike. The ratios are the numbers to read. ``--skip`` leaves parts out (``peers``,
``memory``, ``spark``); ``--limit`` uses the first N articles.

``python -m khabar.evaluation.bench profile`` prints a cProfile of the pipeline on the
corpora; ``snapshot``/``compare`` store and compare the records of the corpora (under
a directory outside the repository) to check that an optimisation changed no output.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from khabar.record import Meta

CHUNK = 32  # articles per interleaved timing chunk
PEER_STREAM_MB = 3.0  # the spaCy pipeline's memory stream (it runs ~0.1 MB/s)
TARGETS = {
    "pipeline_mb_per_s": (1.0, 0.3),  # (target, floor)
    "vs_spacy_pipeline": (10.0, None),
    "peak_rss_mb": (400.0, None),
    "spark_local2_speedup": (1.6, None),
}


@dataclass
class Article:
    text: str
    meta: Meta


@dataclass
class Tool:
    """One timed contender: ``run`` processes a chunk of articles."""

    name: str
    run: Callable[[list[Article]], Any]
    passes: int = 1
    seconds: float = 0.0
    cpu: float = 0.0


def load_articles(data: str, limit: int | None = None) -> list[Article]:
    from khabar.corpora import iter_articles

    return [Article(a.text, a.meta) for a in islice(iter_articles(data), limit)]


def utf8_mb(articles: list[Article]) -> float:
    return sum(len(a.text.encode("utf-8")) for a in articles) / 1e6


# --- the contenders -----------------------------------------------------------------


class StageTimer:
    """Wraps the text layer and every component of a ``Pipeline`` instance in timers.

    Only the instance's attributes are replaced by wrappers that call the originals
    with the same arguments, so the records are unchanged (tests check it). Building
    the record (``Doc.to_article``) is the rest of each call's time."""

    def __init__(self, nlp: Any) -> None:
        self.nlp = nlp
        self.names = ["text layer", *nlp.component_names]
        self.seconds = dict.fromkeys([*self.names, "record"], 0.0)
        self.total = 0.0
        nlp.text_layer = self._wrap("text layer", nlp.text_layer)
        nlp.components = [self._wrap(n, c) for n, c in zip(nlp.component_names, nlp.components, strict=True)]

    def _wrap(self, name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        seconds = self.seconds
        clock = time.perf_counter

        def timed(*args: Any) -> Any:
            t = clock()
            try:
                return fn(*args)
            finally:
                seconds[name] += clock() - t

        return timed

    def __call__(self, text: str, meta: Meta | None = None) -> Any:
        t = time.perf_counter()
        out = self.nlp(text, meta)
        self.total += time.perf_counter() - t
        return out

    def report(self) -> dict[str, float]:
        """Seconds per stage; ``record`` is the time outside the wrapped stages."""
        out = {n: self.seconds[n] for n in self.names}
        out["record"] = max(0.0, self.total - sum(out.values()))
        return out


def khabar_pipeline() -> tuple[StageTimer, float]:
    from khabar.pipeline import Pipeline

    t = time.perf_counter()
    nlp = Pipeline()
    return StageTimer(nlp), time.perf_counter() - t


def spacy_baseline(data: str) -> tuple[str | None, str]:
    """The directory of the spaCy NER baseline of ``khabar eval ner`` (blank("hi") +
    ner trained on khabar's training data, cached under .cache/khabar-eval/; trained
    there first, by that module's code, when it is not cached), and a note on it.

    (None, note) when it cannot be had (no ../shared/data/ner, no spaCy): the bench then
    uses spaCy's default NER architecture with untrained weights, which tags at the
    same speed (accuracy is not measured here)."""
    root = Path(data)
    if not (root / "ner").is_dir():
        return None, "spaCy's default NER, untrained weights (no NER training data here)"
    try:
        from khabar.entities import data as D
        from khabar.entities.train import training_sentences
        from khabar.evaluation.ner import spacy_model
    except ImportError as exc:
        return None, f"spaCy's default NER, untrained weights ({exc})"
    il_train = D.il_ner(root, "train")
    sents = training_sentences(root)
    dev = D.dedup_against(D.il_ner(root, "dev"), il_train)
    def log(msg: str) -> None:
        print(f"  {msg}", file=sys.stderr)

    nlp, info = spacy_model(sents, dev, log)
    where = str(nlp.path) if getattr(nlp, "path", None) else None
    note = (f"the khabar eval ner baseline: blank('hi') + ner trained on "
            f"{info.get('train_sentences')} sentences, best epoch {info.get('best_epoch')}")
    return where, note


def spacy_ner_pipeline(model: str | None) -> Any:
    """spaCy ``blank("hi")`` tokenizer + sentencizer + NER: the trained baseline loaded
    from ``model``, or the default NER architecture with untrained weights."""
    import spacy

    if model:
        nlp = spacy.load(model)
    else:
        nlp = spacy.blank("hi")
        ner: Any = nlp.add_pipe("ner")
        for label in ("PER", "LOC", "ORG"):
            ner.add_label(label)
        nlp.initialize()
    if not {"sentencizer", "senter", "parser"} & set(nlp.pipe_names):
        nlp.add_pipe("sentencizer", first=True)
    return nlp


def spacy_run(nlp: Any) -> Callable[[list[Article]], Any]:
    def run(chunk: list[Article]) -> Any:
        return [[(e.start_char, e.end_char, e.label_) for e in d.ents]
                for d in nlp.pipe([a.text for a in chunk], batch_size=len(chunk))]

    return run


def per_text(fn: Callable[[str], Any]) -> Callable[[list[Article]], Any]:
    def run(chunk: list[Article]) -> Any:
        return [fn(a.text) for a in chunk]

    return run


def time_interleaved(tools: list[Tool], articles: list[Article]) -> None:
    """Run every tool over every chunk, one after another (the order rotates per chunk),
    adding each tool's best-of-``passes`` wall time (and that pass's CPU time)."""
    for k, i in enumerate(range(0, len(articles), CHUNK)):
        chunk = articles[i : i + CHUNK]
        for j in range(len(tools)):
            tool = tools[(j + k) % len(tools)]
            best, best_cpu = float("inf"), 0.0
            for _ in range(tool.passes):
                c, t = time.process_time(), time.perf_counter()
                tool.run(chunk)
                wall, cpu = time.perf_counter() - t, time.process_time() - c
                if wall < best:
                    best, best_cpu = wall, cpu
            tool.seconds += best
            tool.cpu += best_cpu


# --- peak memory: a separate process streams the articles ----------------------------


# Devanagari consonants क..ह: rotating them gives every word a new spelling while the
# text keeps its length, its byte size and its syllable structure.
# (ऩ ऱ ऴ, letters with a nukta built in, are left out.)
_CONSONANTS = [chr(c) for c in range(0x0915, 0x093A) if c not in (0x0929, 0x0931, 0x0934)]


def fresh_spelling(k: int) -> dict[int, str]:
    """A str.translate table rotating the consonants by ``k`` (0: unchanged)."""
    n = len(_CONSONANTS)
    return {ord(c): _CONSONANTS[(i + k) % n] for i, c in enumerate(_CONSONANTS)}


def repeated(data: str, limit: int | None, mb: float, fresh: bool = False) -> Iterator[Article]:
    """The corpus articles over and over until ``mb`` MB of UTF-8 have been given.

    With ``fresh``, every pass after the first rotates the consonants (a new spelling
    of every word), so per-word caches meet a growing vocabulary as in a real stream
    of new text, instead of the same words again."""
    budget = mb * 1e6
    k = 0
    while True:
        n = 0
        table = fresh_spelling(k) if fresh and k else None
        for a in load_articles_iter(data, limit):
            n += 1
            yield Article(a.text.translate(table), a.meta) if table else a
            budget -= len(a.text.encode("utf-8"))
            if budget <= 0:
                return
        if n == 0:
            return
        k = k % (len(_CONSONANTS) - 1) + 1


def load_articles_iter(data: str, limit: int | None) -> Iterator[Article]:
    from khabar.corpora import iter_articles

    for a in islice(iter_articles(data), limit):
        yield Article(a.text, a.meta)


def peak_rss_mb() -> float:
    """Peak RSS of this process in MB: the kernel's VmHWM of this process image where
    /proc has it, else ``ru_maxrss``. (On Linux ``ru_maxrss`` of a spawned child starts
    at its parent's peak, so a big parent inflates it; VmHWM is the child's own.)"""
    hwm = vm_hwm_mb()
    return hwm if hwm is not None else ru_maxrss_mb()


def ru_maxrss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def vm_hwm_mb() -> float | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def stream(tool: str, data: str, mb: float, limit: int | None, checkpoint: float,
           spacy_model: str | None = None, fresh: bool = False) -> dict[str, Any]:
    """Stream ``mb`` MB through ``tool`` (``khabar`` or ``spacy``) in this process,
    serialising each result and keeping nothing: peak RSS after loading, when
    ``checkpoint`` MB have been read, and at the end."""
    nlp: Any
    if tool == "khabar":
        from khabar.pipeline import Pipeline

        nlp = Pipeline()
    else:
        nlp = spacy_ner_pipeline(spacy_model)
    loaded = peak_rss_mb()
    given = [0]

    def items() -> Iterator[Any]:
        for a in repeated(data, limit, mb, fresh):
            given[0] += len(a.text.encode("utf-8"))
            yield (a.text, a.meta) if tool == "khabar" else a.text

    n = sink = 0
    at_checkpoint = None
    t = time.perf_counter()
    for out in nlp.pipe(items()):
        sink += len(out.to_json()) if tool == "khabar" else len(out.ents)
        n += 1
        if at_checkpoint is None and given[0] >= checkpoint * 1e6:
            at_checkpoint = {"mb": round(given[0] / 1e6, 2), "peak_rss_mb": round(peak_rss_mb(), 1)}
    seconds = time.perf_counter() - t
    return {
        "tool": tool,
        "vocabulary": "fresh spelling every pass" if fresh else "the corpus repeated",
        "input_mb": round(given[0] / 1e6, 2),
        "articles": n,
        "seconds": round(seconds, 2),
        "mb_per_s": round(given[0] / 1e6 / seconds, 3) if seconds else None,
        "loaded_rss_mb": round(loaded, 1),
        "peak_rss_mb": round(peak_rss_mb(), 1),
        "ru_maxrss_mb": round(ru_maxrss_mb(), 1),
        "at_checkpoint": at_checkpoint,
        "output_units": sink,
    }


def measure_stream(tool: str, data: str, mb: float, limit: int | None,
                   checkpoint: float, spacy_model: str | None = None,
                   fresh: bool = False) -> dict[str, Any]:
    """Run ``stream`` in a fresh Python process, so that the RSS measured is its own."""
    cmd = [sys.executable, "-m", "khabar.evaluation.bench", "stream", "--tool", tool,
           "--data", data, "--mb", str(mb), "--checkpoint", str(checkpoint)]
    if limit:
        cmd += ["--limit", str(limit)]
    if spacy_model:
        cmd += ["--spacy-model", spacy_model]
    if fresh:
        cmd.append("--fresh")
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        tail = proc.stderr.strip().splitlines()[-1:] or ["no output"]
        return {"tool": tool, "error": tail[0]}
    out: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return out


# --- Spark local[2] against one process ----------------------------------------------


def write_jsonl(articles: list[Article], folder: Path, files: int = 8) -> list[Path]:
    """The benchmark articles as JSON Lines files (text, title, date, paper, source)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"part-{i:02d}.jsonl" for i in range(files)]
    handles = [p.open("w", encoding="utf-8") for p in paths]
    try:
        for i, a in enumerate(articles):
            m = a.meta
            obj = {"text": a.text, "title": m.title, "date": m.published, "paper": m.paper,
                   "source": m.source}
            handles[i % files].write(json.dumps(obj, ensure_ascii=False) + "\n")
    finally:
        for h in handles:
            h.close()
    return paths


def one_process_job(paths: list[Path], out: Path) -> int:
    """What the Spark job does, in this one process: read, dedupe, extract, write."""
    from khabar.ingest.sources import Item, read_data
    from khabar.pipeline import Pipeline
    from khabar.record import article_id
    from khabar.spark.tables import TABLES, rows_from_record, write_tables

    nlp = Pipeline()
    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
    seen: set[str] = set()
    for p in paths:
        for it in read_data(str(p), p.read_bytes()):
            if not isinstance(it, Item):
                continue
            aid = article_id(it.text)
            if aid in seen:
                continue
            seen.add(aid)
            rec = nlp(it.text, it.meta).to_dict()
            for table, table_rows in rows_from_record(rec).items():
                rows[table].extend(table_rows)
    write_tables(rows, out, "0")
    return len(seen)


def spark_vs_one(articles: list[Article], master: str = "local[2]") -> dict[str, Any]:
    """Spark (``khabar.spark.job.run_job`` on a fresh ``master`` session) against one
    process doing the same work on the same JSON Lines files.

    Order: one process, the Spark job on the new session (cold: the JVM and the Python
    workers start, every worker loads its pipeline), the same job again in that session
    (warm), one process again. The one-process time is the mean of its two runs, so a
    change of the machine's load during the run weighs on both sides alike. JVM start-up
    (creating the session) is timed apart. ``spark_stages`` says where the Spark job's
    time went (``khabar.spark.job.run_job``'s stats)."""
    try:
        import pyspark  # noqa: F401
    except ImportError:
        return {"skipped": "pyspark is not installed (pip install khabar[spark])"}
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        return {"skipped": "no java on PATH"}
    from khabar.spark.job import run_job, session

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    load = [round(os.getloadavg()[0], 2)]

    def timed(fn: Callable[[], Any]) -> tuple[Any, float, float]:
        c, t = time.process_time(), time.perf_counter()
        out = fn()
        return out, time.perf_counter() - t, time.process_time() - c

    def rounded(d: dict[str, Any]) -> dict[str, Any]:
        return {k: round(v, 3) if isinstance(v, float) else v for k, v in d.items()}

    with tempfile.TemporaryDirectory(prefix="khabar-bench-") as tmp:
        paths = write_jsonl(articles, Path(tmp) / "in")
        n_one, one_a, cpu_a = timed(lambda: one_process_job(paths, Path(tmp) / "one"))
        spark, startup, _ = timed(lambda: session(master, "khabar-bench"))
        spark.sparkContext.setLogLevel("ERROR")
        cold_stats: dict[str, Any] = {}
        warm_stats: dict[str, Any] = {}
        jvm = [jvm_cpu_seconds(spark)]
        own = [jvm_cpu_seconds(spark, own=True)]
        try:
            counts, job, _ = timed(lambda: run_job(spark, [str(Path(tmp) / "in")],
                                                   str(Path(tmp) / "spark"), stats=cold_stats))
            jvm.append(jvm_cpu_seconds(spark))
            own.append(jvm_cpu_seconds(spark, own=True))
            # the same job again in the same session: the JVM's classes are loaded and
            # the Python workers hold their pipelines (a long-running cluster's state;
            # note that their per-word caches have seen these texts)
            _, warm, _ = timed(lambda: run_job(spark, [str(Path(tmp) / "in")],
                                               str(Path(tmp) / "spark-again"), stats=warm_stats))
            jvm.append(jvm_cpu_seconds(spark))
        except Exception as exc:  # report the failure, keep the other results
            msg = str(exc).strip().splitlines()
            return {"error": f"spark job failed: {type(exc).__name__}: {msg[-1] if msg else ''}",
                    "one_process_seconds": round(one_a, 2)}
        finally:
            spark.stop()
        load.append(round(os.getloadavg()[0], 2))
        _, one_b, cpu_b = timed(lambda: one_process_job(paths, Path(tmp) / "one-again"))
    load.append(round(os.getloadavg()[0], 2))
    one = (one_a + one_b) / 2
    cpu = {
        "cold": spark_cpu(cold_stats, _delta(jvm[0], jvm[1]), _delta(own[0], own[1])),
        "warm": spark_cpu(warm_stats, _delta(jvm[1], jvm[2])),
    }
    return {
        "master": master,
        "articles": n_one,
        "spark_articles": counts.get("articles"),
        "one_process_seconds": round(one, 2),
        "one_process_runs": [round(one_a, 2), round(one_b, 2)],
        "one_process_cpu_seconds": round((cpu_a + cpu_b) / 2, 2),
        "spark_startup_seconds": round(startup, 2),
        "spark_job_seconds": round(job, 2),
        "speedup": round(one / job, 2),
        "speedup_with_startup": round(one / (job + startup), 2),
        "spark_warm_job_seconds": round(warm, 2),
        "speedup_warm": round(one / warm, 2),
        "spark_stages": {"cold": rounded(cold_stats), "warm": rounded(warm_stats)},
        "spark_cpu_seconds": cpu,
        "speedup_two_free_cores_projected": (
            round((cpu_a + cpu_b) / 2 / cpu["cold"]["two_free_cores_s"], 2)
            if "two_free_cores_s" in cpu["cold"] else None
        ),
        # cores each side had on average (CPU / wall): on a shared machine that shares
        # CPU between sessions, Spark can only gain where it got more than one process
        "cores_used": {
            "one_process": round((cpu_a + cpu_b) / (one_a + one_b), 2),
            **{k: round(cpu[k]["total"] / w, 2) for k, w in (("cold", job), ("warm", warm))
               if "total" in cpu[k]},
        },
        "load_average": load,
    }


def jvm_cpu_seconds(spark: Any, own: bool = False) -> float | None:
    """CPU seconds used so far by the session's JVM and every process under it (the
    Python daemon and its workers, and the workers already gone), or with ``own`` by
    the JVM alone, where PySpark started the JVM itself and /proc tells; else None."""
    pid = getattr(getattr(getattr(spark.sparkContext, "_gateway", None), "proc", None), "pid", None)
    if pid is None:
        return None
    return process_tree_cpu(pid, own)


def process_tree_cpu(root: int, own: bool = False) -> float | None:
    """utime + stime of ``root`` and its descendants, plus the times of children they
    have reaped (cutime + cstime), in seconds, from /proc; None without /proc."""
    stats: dict[int, tuple[int, int]] = {}  # pid -> (ppid, clock ticks)
    try:
        entries = [e for e in os.listdir("/proc") if e.isdigit()]
    except OSError:
        return None
    for e in entries:
        try:
            f = Path(f"/proc/{e}/stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # gone meanwhile
        stats[int(e)] = (int(f[1]), sum(int(x) for x in f[11:15]))
    if root not in stats:
        return None
    if own:
        return stats[root][1] / os.sysconf("SC_CLK_TCK")
    children: dict[int, list[int]] = {}
    for p, (pp, _) in stats.items():
        children.setdefault(pp, []).append(p)
    total, todo = 0, [root]
    while todo:
        p = todo.pop()
        total += stats[p][1]
        todo.extend(children.get(p, []))
    return total / os.sysconf("SC_CLK_TCK")


def _delta(a: float | None, b: float | None) -> float | None:
    return None if a is None or b is None else b - a


def spark_cpu(stats: dict[str, Any], tree: float | None, jvm: float | None = None) -> dict[str, Any]:
    """CPU seconds of a Spark job: everything under the JVM (``tree``: the JVM, the
    Python daemon, its workers), the JVM's own (``jvm``), and the Python workers' share
    by the job's stats (reading and extracting; the daemon's pipeline loading is not
    in it). With ``jvm``, also ``two_free_cores_s``: the job's time on two cores
    nobody else uses, projected from CPU times (not measured): the JVM's and the
    daemon's CPU as if none of it overlapped the workers, plus the busiest worker's."""
    workers = stats.get("worker_cpu_s") or []
    out: dict[str, Any] = {
        "python_workers": round(stats.get("read_cpu_s_sum", 0.0) + stats.get("extract_cpu_s_sum", 0.0), 2)
    }
    if tree is not None:
        out["total"] = round(tree, 2)
    if tree is not None and jvm is not None and workers:
        out["jvm"] = round(jvm, 2)
        out["two_free_cores_s"] = round(tree - sum(workers) + workers[0], 2)
    return out


def spark_runs(data: str, limit: int | None, runs: int) -> dict[str, Any]:
    """``spark_vs_one`` ``runs`` times, each in a fresh Python process (so every run
    starts a cold JVM and cold workers); the median ratios."""
    from statistics import median

    out: list[dict[str, Any]] = []
    for i in range(runs):
        cmd = [sys.executable, "-m", "khabar.evaluation.bench", "spark-once", "--data", data]
        if limit:
            cmd += ["--limit", str(limit)]
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
        lines = proc.stdout.strip().splitlines()
        try:
            res: dict[str, Any] = json.loads(lines[-1]) if lines else {}
        except json.JSONDecodeError:
            res = {}
        if proc.returncode != 0 or not res:
            tail = proc.stderr.strip().splitlines()[-1:] or ["no output"]
            res = {"error": tail[0]}
        out.append(res)
        if "speedup" in res:
            print(f"run {i + 1}: one process {res['one_process_seconds']:.1f} s "
                  f"({' / '.join(f'{x:.1f}' for x in res['one_process_runs'])}), spark cold "
                  f"{res['spark_job_seconds']:.1f} s, warm {res['spark_warm_job_seconds']:.1f} s "
                  f"(+{res['spark_startup_seconds']:.1f} s JVM): {res['speedup']:.2f}x cold, "
                  f"{res['speedup_warm']:.2f}x warm; load {res['load_average']}; cores used "
                  f"{res.get('cores_used')}; projected on two free cores (CPU times) "
                  f"{res.get('speedup_two_free_cores_projected')}x", flush=True)
        else:
            print(f"run {i + 1}: {res.get('error') or res.get('skipped')}", flush=True)
    good = [r for r in out if "speedup" in r]
    summary: dict[str, Any] = {"runs": out}
    if good:
        for key in ("speedup", "speedup_warm", "speedup_with_startup"):
            summary[f"median_{key}"] = round(median(r[key] for r in good), 2)
        print(f"median of {len(good)} runs: {summary['median_speedup']:.2f}x cold, "
              f"{summary['median_speedup_warm']:.2f}x warm, "
              f"{summary['median_speedup_with_startup']:.2f}x with JVM start-up")
    return summary


# --- the run ----------------------------------------------------------------------------


def _throughput(tool: Tool, n: int, mb: float) -> dict[str, Any]:
    return {
        "seconds": round(tool.seconds, 3),
        "cpu_seconds": round(tool.cpu, 3),
        "articles_per_s": round(n / tool.seconds, 1),
        "mb_per_s": round(mb / tool.seconds, 3),
        "passes": tool.passes,
    }


def _target(value: float | None, key: str, higher: bool = True) -> dict[str, Any]:
    goal, floor = TARGETS[key]
    out: dict[str, Any] = {"value": value, "target": goal}
    if floor is not None:
        out["floor"] = floor
    if value is not None:
        out["met"] = value >= goal if higher else value <= goal
    return out


def run(args: argparse.Namespace) -> int:
    skip = {s.strip() for s in (getattr(args, "skip", None) or "").split(",") if s.strip()}
    unknown = skip - {"peers", "memory", "spark"}
    if unknown:
        print(f"khabar: bench: unknown --skip part(s): {', '.join(sorted(unknown))}", file=sys.stderr)
        return 2
    limit = getattr(args, "limit", None)
    repeat = max(1, int(getattr(args, "repeat", 3) or 1))
    stream_mb = float(getattr(args, "stream_mb", None) or 100.0)
    try:
        articles = load_articles(args.data, limit)
    except OSError as exc:
        articles = []
        print(f"khabar: bench: {exc.strerror or exc}: {exc.filename or args.data}", file=sys.stderr)
    if not articles:
        print(f"khabar: bench: no news corpora under {args.data} (the shared data, "
              "../shared/data/news, is needed)", file=sys.stderr)
        return 2
    n, mb = len(articles), utf8_mb(articles)
    res: dict[str, Any] = {
        "machine": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            "load_average_start": [round(x, 2) for x in os.getloadavg()],
            "note": "a shared machine: read the ratios, not the single timings",
        },
        "input": {"articles": n, "mb": round(mb, 3), "data": "news corpora (khabar.corpora)"},
        "timing": f"interleaved chunks of {CHUNK} articles; pipelines 1 pass, text layers "
                  f"best of {repeat}",
    }
    print(f"khabar bench: {n} articles, {mb:.2f} MB of UTF-8 from the news corpora, one core")

    try:
        timer, load_s = khabar_pipeline()
    except Exception as exc:  # a component that cannot load: say which, in one line
        print(f"khabar: bench: the pipeline cannot load: {type(exc).__name__}: {exc}",
              file=sys.stderr)
        return 2
    res["load_seconds"] = {"khabar": round(load_s, 3)}
    spacy_model = None
    if "peers" not in skip:
        spacy_model, res["spacy_ner"] = spacy_baseline(args.data)
    if "memory" not in skip:
        # in fresh processes (peak RSS is VmHWM where /proc has it: a spawned child's
        # ru_maxrss starts at its parent's peak)
        peer_mb = min(PEER_STREAM_MB, stream_mb, mb)
        mem = {
            "khabar": measure_stream("khabar", args.data, stream_mb, limit, peer_mb),
            "khabar fresh vocabulary": measure_stream("khabar", args.data, stream_mb, limit,
                                                      peer_mb, fresh=True),
        }
        if "peers" not in skip:
            mem["spacy"] = measure_stream("spacy", args.data, peer_mb, limit, peer_mb, spacy_model)
        res["memory"] = mem
    from khabar.evaluation.bench_text import khabar_text_layer

    tools = [Tool("khabar pipeline", lambda c: [timer(a.text, a.meta) for a in c])]
    if "peers" not in skip:
        from khabar.evaluation.peers import indic_text_layer, spacy_text_layer

        t = time.perf_counter()
        spacy_nlp = spacy_ner_pipeline(spacy_model)
        res["load_seconds"]["spacy"] = round(time.perf_counter() - t, 3)
        tools.append(Tool("spaCy blank(hi)+NER", spacy_run(spacy_nlp)))
    tools.append(Tool("khabar text layer", per_text(khabar_text_layer()), repeat))
    if "peers" not in skip:
        tools.append(Tool("spaCy tokenizer", per_text(spacy_text_layer()), repeat))
        tools.append(Tool("indic-nlp", per_text(indic_text_layer()), repeat))
    time_interleaved(tools, articles)
    by = {t.name: t for t in tools}
    res["throughput"] = {t.name: _throughput(t, n, mb) for t in tools}
    stages = timer.report()
    total = sum(stages.values()) or 1.0
    res["stages"] = {
        k: {"seconds": round(v, 3), "share": round(v / total, 3),
            "mb_per_s": round(mb / v, 2) if v else None}
        for k, v in stages.items()
    }
    ratios: dict[str, float] = {}
    k_pipe = by["khabar pipeline"].seconds
    k_text = by["khabar text layer"].seconds
    if "spaCy blank(hi)+NER" in by:
        ratios["khabar pipeline vs spaCy pipeline"] = round(by["spaCy blank(hi)+NER"].seconds / k_pipe, 2)
        ratios["khabar text layer vs spaCy tokenizer"] = round(by["spaCy tokenizer"].seconds / k_text, 2)
        ratios["khabar text layer vs indic-nlp"] = round(by["indic-nlp"].seconds / k_text, 2)
    res["ratios"] = ratios

    if "spark" not in skip:
        res["spark"] = spark_vs_one(articles)

    k_mb_s = mb / k_pipe
    peaks = [m.get("peak_rss_mb") for k, m in res.get("memory", {}).items() if k.startswith("khabar")]
    peak = max((p for p in peaks if p is not None), default=None)  # the worse stream
    res["targets"] = {
        "pipeline_mb_per_s": _target(round(k_mb_s, 3), "pipeline_mb_per_s"),
        "vs_spacy_pipeline": _target(ratios.get("khabar pipeline vs spaCy pipeline"),
                                     "vs_spacy_pipeline"),
        "peak_rss_mb": _target(peak, "peak_rss_mb", higher=False),
        "spark_local2_speedup": _target(res.get("spark", {}).get("speedup"),
                                        "spark_local2_speedup"),
    }
    res["machine"]["load_average_end"] = [round(x, 2) for x in os.getloadavg()]
    print_table(res)
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(res, indent=2, ensure_ascii=False) + "\n",
                                       encoding="utf-8")
    return 0


def print_table(res: dict[str, Any]) -> None:
    thr = res["throughput"]
    base = {"khabar pipeline": "khabar pipeline", "spaCy blank(hi)+NER": "khabar pipeline"}
    print(f"{'tool':<21} {'seconds':>8} {'art/s':>8} {'MB/s':>7} {'cpu MB/s':>8} {'khabar is':>9}")
    for name, r in thr.items():
        ref = thr[base.get(name, "khabar text layer")]
        ratio = r["seconds"] / ref["seconds"]
        cpu_mbs = res["input"]["mb"] / r["cpu_seconds"] if r["cpu_seconds"] else float("nan")
        print(f"{name:<21} {r['seconds']:8.2f} {r['articles_per_s']:8.1f} {r['mb_per_s']:7.3f} "
              f"{cpu_mbs:8.3f} {ratio:8.1f}x")
    if "spacy_ner" in res:
        print(f"  (spaCy NER: {res['spacy_ner']})")
    stages = " | ".join(f"{k} {v['share'] * 100:.0f}%" for k, v in res["stages"].items())
    print(f"khabar stages: {stages}")
    mem = res.get("memory")
    if mem:
        for name, k in mem.items():
            if not name.startswith("khabar"):
                continue
            if "error" in k:
                print(f"peak RSS, {name}: the stream failed: {k['error']}")
                continue
            print(f"peak RSS, {k['vocabulary']}: khabar {k['peak_rss_mb']:.0f} MB streaming "
                  f"{k['input_mb']:.0f} MB ({k['mb_per_s']:.2f} MB/s; "
                  f"{k['loaded_rss_mb']:.0f} MB after loading)")
        k, s = mem["khabar"], mem.get("spacy")
        if s and "error" not in s and "error" not in k and k.get("at_checkpoint"):
            print(f"peak RSS after {s['input_mb']:.1f} MB: khabar "
                  f"{k['at_checkpoint']['peak_rss_mb']:.0f} MB, spaCy {s['peak_rss_mb']:.0f} MB")
        elif s and "error" in s:
            print(f"peak RSS, spaCy: the stream failed: {s['error']}")
    sp = res.get("spark")
    if sp:
        if "skipped" in sp or "error" in sp:
            print(f"spark: {sp.get('skipped') or sp.get('error')}")
        else:
            print(f"spark {sp['master']}: job {sp['spark_job_seconds']:.1f} s "
                  f"(+{sp['spark_startup_seconds']:.1f} s JVM start) vs one process "
                  f"{sp['one_process_seconds']:.1f} s: {sp['speedup']:.2f}x "
                  f"({sp['speedup_with_startup']:.2f}x with start-up); run again in the "
                  f"same session {sp['spark_warm_job_seconds']:.1f} s: {sp['speedup_warm']:.2f}x")
            st = sp.get("spark_stages", {}).get("cold") or {}
            if st:
                print(f"  spark cold job: read + shuffle {st['read_and_shuffle_s']:.1f} s, extract "
                      f"+ write {st['extract_and_write_s']:.1f} s ({st['extract_tasks']} tasks; "
                      f"{st['pipeline_loads']} pipeline loads, {st['pipeline_load_s_sum']:.1f} s "
                      f"summed; Parquet writes {st['write_s_sum']:.1f} s summed)")
    marks = []
    for key, t in res["targets"].items():
        if t["value"] is None:
            continue
        marks.append(f"{key} {t['value']} ({'met' if t.get('met') else 'MISSED'}, target {t['target']})")
    print("targets: " + "; ".join(marks))


# --- profiling and output snapshots (python -m khabar.evaluation.bench ...) ------------


def profile(data: str, limit: int | None, top: int, every: int = 1) -> None:
    """cProfile of the full pipeline over the articles (every ``every``-th one): the top
    functions by own time and by cumulative time."""
    import cProfile
    import pstats

    from khabar.pipeline import Pipeline

    articles = load_articles(data, limit)[:: max(1, every)]
    nlp = Pipeline()
    prof = cProfile.Profile()
    prof.enable()
    for a in articles:
        nlp(a.text, a.meta)
    prof.disable()
    stats = pstats.Stats(prof)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)


def record_digest(rec_json: str) -> str:
    return hashlib.sha256(rec_json.encode("utf-8")).hexdigest()


def snapshot(data: str, limit: int | None, out: Path) -> int:
    """Write the records of the corpora (JSON Lines) to ``out``, to compare later."""
    from khabar.pipeline import Pipeline

    nlp = Pipeline()
    n = 0
    with out.open("w", encoding="utf-8") as f:
        for a in load_articles_iter(data, limit):
            f.write(nlp(a.text, a.meta).to_json() + "\n")
            n += 1
    return n


def compare(data: str, limit: int | None, path: Path) -> int:
    """Records of a fresh run against a snapshot; the number of records that differ
    (a snapshot of another length counts as a difference too)."""
    from khabar.pipeline import Pipeline

    nlp = Pipeline()
    bad = 0
    with path.open(encoding="utf-8") as f:
        want_lines = f.read().splitlines()
    articles = list(load_articles_iter(data, limit))
    if len(articles) != len(want_lines):
        print(f"snapshot has {len(want_lines)} records, the corpora give {len(articles)}")
        bad += 1
    for i, (a, line) in enumerate(zip(articles, want_lines, strict=False)):
        got = json.loads(nlp(a.text, a.meta).to_json())
        want = json.loads(line)
        if got != want:
            bad += 1
            keys = sorted(k for k in want if got.get(k) != want.get(k))
            print(f"record {i} ({a.meta.source}) differs in: {', '.join(keys)}")
    return bad


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m khabar.evaluation.bench")
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("stream", help="stream the corpora through one tool, print peak RSS")
    s.add_argument("--tool", choices=("khabar", "spacy"), default="khabar")
    s.add_argument("--mb", type=float, default=100.0)
    s.add_argument("--checkpoint", type=float, default=PEER_STREAM_MB)
    s.add_argument("--spacy-model", default=None, help="directory of a trained spaCy model")
    s.add_argument("--fresh", action="store_true", help="new spellings on every pass")
    pr = sub.add_parser("profile", help="cProfile of the pipeline on the corpora")
    pr.add_argument("--top", type=int, default=40)
    pr.add_argument("--every", type=int, default=1, help="profile every N-th article")
    sn = sub.add_parser("snapshot", help="write the corpora's records to a JSONL file")
    sn.add_argument("out", type=Path)
    cp = sub.add_parser("compare", help="compare a fresh run with a snapshot")
    cp.add_argument("snapshot", type=Path)
    sp = sub.add_parser("spark", help="Spark local[2] against one process, runs in fresh processes")
    sp.add_argument("--runs", type=int, default=3)
    sp.add_argument("--json", dest="json_out", type=Path, default=None)
    so = sub.add_parser("spark-once", help="one Spark comparison in this process (JSON)")
    for q in (s, pr, sn, cp, sp, so):
        q.add_argument("--data", default="../shared/data")
        q.add_argument("--limit", type=int, default=None)
    args = p.parse_args(argv)
    if args.cmd == "stream":
        print(json.dumps(stream(args.tool, args.data, args.mb, args.limit, args.checkpoint,
                                args.spacy_model, args.fresh)))
    elif args.cmd == "profile":
        profile(args.data, args.limit, args.top, args.every)
    elif args.cmd == "spark":
        res = spark_runs(args.data, args.limit, max(1, args.runs))
        if args.json_out:
            args.json_out.write_text(json.dumps(res, indent=2) + "\n", encoding="utf-8")
        return 0 if "median_speedup" in res else 1
    elif args.cmd == "spark-once":
        print(json.dumps(spark_vs_one(load_articles(args.data, args.limit))))
    elif args.cmd == "snapshot":
        print(f"{snapshot(args.data, args.limit, args.out)} records written to {args.out}")
    else:
        bad = compare(args.data, args.limit, args.snapshot)
        print("all records equal" if not bad else f"{bad} record(s) differ")
        return 1 if bad else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
