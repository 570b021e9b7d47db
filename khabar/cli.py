"""The ``khabar`` command line.

Each group of subcommands lives in its own module with a ``register(subparsers)``
function; ``COMMAND_MODULES`` lists them. Errors that are the user's (a missing or
unreadable file) print one line to stderr and exit with status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from khabar.cli_extract import register as register_extract

# modules with a ``register(subparsers)`` function, added as features land
COMMAND_MODULES: list[str] = [
    "khabar.evaluation.commands",
    "khabar.train_commands",
    "khabar.store.commands",
    "khabar.spark.commands",
]


class UsageError(Exception):
    """An error the user can fix; printed as one line, exit status 2."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="khabar",
        description="Turn Hindi news into structured, searchable knowledge.",
    )
    from khabar import __version__

    parser.add_argument("--version", action="version", version=f"khabar {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    register_extract(sub)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except UsageError as exc:
        print(f"khabar: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
