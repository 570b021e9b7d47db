"""Ingest: read sources, extract in parallel, write to the store.

The parent process reads the files (``khabar.ingest.sources``), skips texts whose
content hash is already stored or already queued, sends the rest to worker processes
(one ``Pipeline`` per worker, loaded once) and writes each finished record in its own
transaction. Killing the process at any moment loses at most the articles in flight;
running the same ingest again stores exactly those, so the end state is the same as an
uninterrupted run. Profiles are rebuilt at the end (and on the next run if a crash left
them out of date).
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from khabar.ingest.sources import FileStart, Item, Problem, Skipped, read_paths, walk
from khabar.record import Article, Meta, article_id
from khabar.store.db import Store
from khabar.store.profiles import ProfileBuilder

# The pipeline of a worker process, created by its initializer (one per process), or
# the reason it could not be loaded.
_worker_pipeline: Any = None
_LOAD_FAILED = "the pipeline could not be loaded: "


class IngestError(Exception):
    """A failure that stops the whole run (the pipeline cannot be loaded)."""


def _init_worker() -> None:
    global _worker_pipeline
    # Ctrl-C is the parent's to handle: it stops feeding work and stores what is done
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        from khabar.pipeline import Pipeline

        _worker_pipeline = Pipeline()
    except Exception as exc:
        _worker_pipeline = f"{_LOAD_FAILED}{type(exc).__name__}: {exc}"


def _extract(text: str, meta: Meta) -> Article | str:
    """Run in a worker: the record, or the reason extraction failed."""
    if isinstance(_worker_pipeline, str):
        return _worker_pipeline
    try:
        return _worker_pipeline(text, meta)
    except Exception as exc:  # one bad article must not stop the batch
        return f"extraction failed: {type(exc).__name__}: {exc}"


@dataclass
class IngestReport:
    """What one ingest run did."""

    added: int = 0
    present: int = 0
    duplicates: int = 0
    files: int = 0
    skipped_files: int = 0
    problems: list[Problem] = field(default_factory=list)
    seconds: float = 0.0
    jobs: int = 1
    people: int = 0
    orgs: int = 0
    articles_total: int = 0
    interrupted: bool = False

    @property
    def rate(self) -> float:
        return self.added / self.seconds if self.seconds > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["problems"] = [{"origin": p.origin, "reason": p.reason} for p in self.problems]
        d["articles_per_second"] = round(self.rate, 2)
        return d


Progress = Callable[[str, int, int, int], None]  # (current file, files done, files, added)
# Finished records are written in small batches, one transaction each (a crash loses at
# most one batch, which the next run extracts again): at most this many, this old.
BATCH_SIZE = 64
# Below this much input, the default is one process: loading the pipeline in worker
# processes costs more than it saves.
SMALL_INPUT = 512 * 1024
BATCH_SECONDS = 0.5


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


class Ingester:
    """One ingest run into one store."""

    def __init__(self, db: str | Path, jobs: int | None = None, split: str = "auto",
                 progress: Progress | None = None) -> None:
        self.store = Store(db)
        self._auto_jobs = jobs is None
        self.jobs = max(1, jobs or default_jobs())
        self.split = split
        self.progress = progress
        self.report = IngestReport(jobs=self.jobs)
        self._pipeline: Any = None
        self._pool: ProcessPoolExecutor | None = None
        self._generation = 0
        self._retried: set[str] = set()
        self._batch: list[tuple[Article, str | None]] = []
        self._batch_t0 = 0.0

    def run(self, paths: Iterable[str | Path]) -> IngestReport:
        t0 = time.perf_counter()
        paths = list(paths)
        r = self.report
        found = list(_files(paths))
        files = r.files = len(found)
        if self._auto_jobs and _size(found) < SMALL_INPUT:
            self.jobs = r.jobs = 1  # starting workers would take longer than the work
        try:
            self._run(paths, files)
        except KeyboardInterrupt:
            r.interrupted = True
        except IngestError:
            self._flush()
            self.store.close()
            raise
        finally:
            if self._pool is not None:
                self._pool.shutdown(wait=not r.interrupted, cancel_futures=True)
        self._flush()
        r.seconds = time.perf_counter() - t0
        if not r.interrupted and self.store.get_state("profiles_dirty") != "0":
            ProfileBuilder(self.store.names).rebuild(self.store.conn)
        c = self.store.conn
        r.people = c.execute("SELECT COUNT(*) FROM profiles WHERE type='PERSON'").fetchone()[0]
        r.orgs = c.execute("SELECT COUNT(*) FROM profiles WHERE type='ORG'").fetchone()[0]
        r.articles_total = self.store.count("articles")
        self.store.close()
        return r

    def _run(self, paths: list[str | Path], files: int) -> None:
        r = self.report
        known = self.store.known_ids()
        queued: set[str] = set()
        inflight: dict[Future[Article | str], tuple[Item, int]] = {}
        current = ""
        done_files = 0
        for entry in read_paths(paths, self.split):
            if isinstance(entry, FileStart):
                if current:
                    done_files += 1
                current = entry.path
                self._tick(current, done_files, files)
                continue
            if isinstance(entry, Skipped):
                r.skipped_files += 1
                continue
            if isinstance(entry, Problem):
                r.problems.append(entry)
                continue
            aid = entry.record.id if entry.record is not None else article_id(entry.text)
            if aid in known:
                r.present += 1
                continue
            if aid in queued:
                r.duplicates += 1
                continue
            queued.add(aid)
            if entry.record is not None:
                self._write(entry, entry.record)
            elif self.jobs == 1:
                self._write(entry, self._extract_here(entry))
            else:
                self._submit(entry, inflight)
                while len(inflight) >= self.jobs * 4:
                    self._collect(inflight, block=True)
            self._tick(current, done_files, files)
        while inflight:
            self._collect(inflight, block=True)
            self._tick(current, done_files, files)
        self._flush()
        r.files = files
        self._tick("", files, files)

    def _tick(self, current: str, done: int, files: int) -> None:
        if self.progress is not None:
            self.progress(current, done, files, self.report.added)

    def _extract_here(self, item: Item) -> Article | str:
        if self._pipeline is None:
            try:
                from khabar.pipeline import Pipeline

                self._pipeline = Pipeline()
            except Exception as exc:
                raise IngestError(f"{_LOAD_FAILED}{type(exc).__name__}: {exc}") from exc
        try:
            return self._pipeline(item.text, item.meta)
        except Exception as exc:  # one bad article must not stop the batch
            return f"extraction failed: {type(exc).__name__}: {exc}"

    def _submit(self, item: Item, inflight: dict[Future[Article | str], tuple[Item, int]]
                ) -> None:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                max_workers=self.jobs,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_init_worker,
            )
            self._generation += 1
        inflight[self._pool.submit(_extract, item.text, item.meta)] = (item, self._generation)

    def _collect(self, inflight: dict[Future[Article | str], tuple[Item, int]],
                 block: bool) -> None:
        done, _ = wait(list(inflight), timeout=None if block else 0,
                       return_when=FIRST_COMPLETED)
        for fut in done:
            item, generation = inflight.pop(fut)
            try:
                result = fut.result()
            except BrokenProcessPool:
                # a worker died (out of memory, a crash in native code): a fresh pool,
                # and one more try for each article that was in the dead one
                if generation == self._generation and self._pool is not None:
                    self._pool.shutdown(wait=False, cancel_futures=True)
                    self._pool = None
                if item.origin not in self._retried:
                    self._retried.add(item.origin)
                    self._submit(item, inflight)
                    continue
                result = "extraction failed: the worker process died (out of memory or a crash)"
            self._write(item, result)

    def _write(self, item: Item, result: Article | str) -> None:
        if isinstance(result, str) and result.startswith(_LOAD_FAILED):
            raise IngestError(result)
        if isinstance(result, str):
            self.report.problems.append(Problem(item.origin, result))
            return
        now = time.perf_counter()
        if not self._batch:
            self._batch_t0 = now
        self._batch.append((result, item.origin))
        if len(self._batch) >= BATCH_SIZE or now - self._batch_t0 >= BATCH_SECONDS:
            self._flush()

    def _flush(self) -> None:
        if not self._batch:
            return
        batch, self._batch = self._batch, []
        for new in self.store.add_many(batch):
            if new:
                self.report.added += 1
            else:
                self.report.present += 1


def _size(files: list[Path]) -> int:
    total = 0
    for f in files:
        try:
            total += f.stat().st_size
        except OSError:
            pass
    return total


def _files(paths: Iterable[str | Path]) -> Iterator[Path]:
    for entry in walk(paths):
        if isinstance(entry, tuple):
            yield entry[0]
