"""PySpark's Python worker daemon, with khabar's pipeline loaded before it forks.

Spark starts one daemon per executor (``spark.python.daemon.module``, set by
``khabar.spark.job.session``); the daemon forks a Python worker for every task slot.
Loading the pipeline here, once, lets every forked worker start with it (the pages are
shared copy-on-write) instead of each worker loading its own: on a machine whose cores
are busy this is one load's CPU per executor instead of one per core, and the workers
use less memory together. If loading fails here, the workers load (and report the
error) themselves.
"""

from __future__ import annotations

import contextlib
import importlib
import sys


def preload(worker_module: str | None) -> None:
    """Import the worker module and load the worker pipeline; the daemon's stdout
    carries its port to the JVM, so anything printed while loading goes to stderr."""
    try:
        with contextlib.redirect_stdout(sys.stderr):
            if worker_module:
                importlib.import_module(worker_module)
            from khabar.spark.job import executor_pipeline

            executor_pipeline()
    except Exception as exc:  # the workers will try again and report it
        print(f"khabar.spark.daemon: pipeline not preloaded: {exc}", file=sys.stderr)


if __name__ == "__main__":
    preload(sys.argv[1] if len(sys.argv) > 1 else None)
    from pyspark.daemon import manager

    manager()
