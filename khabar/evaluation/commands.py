"""``khabar eval`` and ``khabar bench``: each measured task registers a runner here."""

from __future__ import annotations

import argparse
import importlib

# task -> "module:function(args) -> int"
EVAL_TASKS: dict[str, str] = {
    "quotes": "khabar.evaluation.quotes:run",
    "roles": "khabar.evaluation.roles:run",
    "amounts": "khabar.evaluation.amounts:run",
    "translit": "khabar.evaluation.translit:run",
    "segment": "khabar.evaluation.segment:run",
    "ner": "khabar.evaluation.ner:run",
}
BENCH_TASKS: dict[str, str] = {
    "text": "khabar.evaluation.bench_text:run",
    "pipeline": "khabar.evaluation.bench:run",
}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("eval", help="measure accuracy side by side with peer tools")
    p.add_argument("task", choices=sorted(EVAL_TASKS))
    p.add_argument("--data", default="../shared/data", help="root of the shared data")
    p.add_argument("--json", dest="json_out", help="also write the results to this JSON file")
    p.add_argument("--limit", type=int, default=None, help="use at most this many items")
    p.add_argument("--articles", default=None, metavar="N-M,...", type=_article_numbers,
                   help="quotes, roles, amounts: score only these gold articles (by number in "
                   "gold/quotes/selection.json), e.g. 0-155 to leave out a batch held out from tuning")
    p.set_defaults(func=lambda a: _call(EVAL_TASKS[a.task], a))
    b = sub.add_parser("bench", help="measure speed side by side with peer tools")
    b.add_argument("task", nargs="?", default="pipeline", choices=sorted(BENCH_TASKS))
    b.add_argument("--data", default="../shared/data", help="root of the shared data")
    b.add_argument("--json", dest="json_out", help="also write the results to this JSON file")
    b.add_argument("--repeat", type=int, default=3, help="repetitions (best is kept)")
    b.add_argument("--limit", type=int, default=None, help="use at most this many articles")
    b.add_argument("--skip", default="", help="parts to leave out, comma-separated (pipeline: "
                   "peers, memory, spark)")
    b.add_argument("--stream-mb", type=float, default=100.0, help="input streamed for peak memory")
    b.set_defaults(func=lambda a: _call(BENCH_TASKS[a.task], a))


def _article_numbers(spec: str) -> frozenset[int] | None:
    from khabar.evaluation.scores import article_numbers

    try:
        return article_numbers(spec)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e)) from None


def _call(spec: str, args: argparse.Namespace) -> int:
    module, _, fn = spec.partition(":")
    return int(getattr(importlib.import_module(module), fn)(args) or 0)
