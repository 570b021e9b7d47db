"""Language data kept apart from code: plain UTF-8 files a linguist can edit.

Line files hold one entry per line; ``#`` starts a comment; blank lines are ignored.
Tab-separated files hold one record per line with the columns named in their header
comment.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

_ROOT = resources.files(__name__)


def path(name: str) -> Path:
    """Filesystem path of a resource file (``name`` is relative to this package)."""
    return Path(str(_ROOT.joinpath(name)))


def read_text(name: str) -> str:
    return _ROOT.joinpath(name).read_text(encoding="utf-8")


def load_lines(name: str) -> list[str]:
    """Entries of a line file, comments and blanks removed, order kept."""
    out = []
    for line in read_text(name).splitlines():
        line = line.split("#", 1)[0].strip() if not line.lstrip().startswith("#") else ""
        if line:
            out.append(line)
    return out


def load_table(name: str) -> list[list[str]]:
    """Rows of a tab-separated file, comments and blanks removed."""
    rows = []
    for line in read_text(name).splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append([c.strip() for c in line.split("\t")])
    return rows


def load_json(name: str) -> Any:
    return json.loads(read_text(name))
