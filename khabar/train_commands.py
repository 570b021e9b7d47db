"""``khabar train``: build the models and lexicons that khabar ships, from the
``ship`` datasets in ../shared/data. Each task registers "module:function(args)"."""

from __future__ import annotations

import argparse
import importlib

TRAIN_TASKS: dict[str, str] = {
    "translit": "khabar.translit.train:run",
    "ner": "khabar.entities.train:run",
}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("train", help="train a shipped model from ../shared/data")
    p.add_argument("task", choices=sorted(TRAIN_TASKS) or ["none"])
    p.add_argument("--data", default="../shared/data", help="root of the shared data")
    p.add_argument("--out", default=None, help="where to write the model (default: shipped path)")
    p.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    module, _, fn = TRAIN_TASKS[args.task].partition(":")
    return int(getattr(importlib.import_module(module), fn)(args) or 0)
