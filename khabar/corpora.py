"""Readers for the public Hindi news corpora in ../shared/data/news.

Each reader yields ``CorpusArticle`` items whose ``index`` is the article's position
within its file: the gold sets point at articles by (path, index) and at spans by
character offsets into ``CorpusArticle.text``, so these readers define the texts that
all annotations refer to. Never change how a text is built without re-checking the
gold files (each gold entry stores the article id to detect that).

- covid2020-5papers: daily files; stories separated by two or more blank (or
  space-only) lines; paper and date from the path.
- bbc-hindi-test: CSV rows (category, text) after the header row.
- fire2018-events: one XML per article; train files have <W> tokens inside argument
  tags (joined here by single spaces, paragraphs by newlines); test files have
  paragraphs of text with numeric character references.
"""

from __future__ import annotations

import csv
import html
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from khabar.record import Meta

CORPORA = ("covid2020-5papers", "bbc-hindi-test", "fire2018-events")
_STORY_SPLIT_RE = re.compile(r"\n[ \t\r\f\v]*\n(?:[ \t\r\f\v]*\n)+")
_PAPER_CODES = {
    "AU": "Amar Ujala",
    "DH": "Dainik Hindustan",
    "DJ": "Dainik Jagran",
    "NBT": "Navbharat Times",
    "PK": "Prabhat Khabar",
}
_MONTHS = {"MAR": 3, "APR": 4, "ARP": 4, "MAY": 5}
_DATE_IN_NAME_RE = re.compile(r"(\d{4})-([A-Z]{3})-(\d{1,2})")


@dataclass
class ArgSpan:
    """An annotated argument span of fire2018 train (e.g. CASUALTIES-ARG)."""

    label: str
    start: int
    end: int


@dataclass
class CorpusArticle:
    corpus: str
    path: str  # relative to the data root, e.g. "news/bbc-hindi-test/hindi-cleaned-test.csv"
    index: int
    text: str
    meta: Meta
    args: list[ArgSpan] = field(default_factory=list)


def daily_file_paper_and_date(name: str) -> tuple[str | None, str | None]:
    """Paper and ISO date a covid2020-style daily file name states ("AU-2020-MAR-01.txt")."""
    paper = _PAPER_CODES.get(name.split("-")[0])
    m = _DATE_IN_NAME_RE.search(name)
    published = None
    if m and m.group(2) in _MONTHS:
        published = f"{m.group(1)}-{_MONTHS[m.group(2)]:02d}-{int(m.group(3)):02d}"
    return paper, published


def split_stories(text: str) -> list[tuple[int, str]]:
    """Stories of a multi-story text file: split at 2+ blank lines; (offset, story)."""
    out = []
    pos = 0
    for m in _STORY_SPLIT_RE.finditer(text):
        chunk = text[pos : m.start()]
        if chunk.strip():
            out.append((pos, chunk.strip("\n")))
        pos = m.end()
    chunk = text[pos:]
    if chunk.strip():
        out.append((pos, chunk.strip("\n")))
    return out


def covid2020(root: Path) -> Iterator[CorpusArticle]:
    base = root / "news" / "covid2020-5papers" / "Corpora"
    for path in sorted(base.rglob("*.txt")):
        if path.name.lower().startswith("readme"):
            continue
        rel = path.relative_to(root).as_posix()
        named_paper, published = daily_file_paper_and_date(path.name)
        paper = named_paper or path.relative_to(base).parts[0]
        text = path.read_text(encoding="utf-8", errors="replace").replace("\r\n", "\n")
        for i, (_, story) in enumerate(split_stories(text)):
            title = story.split("\n", 1)[0].strip()
            yield CorpusArticle(
                "covid2020-5papers",
                rel,
                i,
                story,
                Meta(source=rel, title=title, published=published, paper=paper),
            )


def bbc(root: Path) -> Iterator[CorpusArticle]:
    path = root / "news" / "bbc-hindi-test" / "hindi-cleaned-test.csv"
    rel = path.relative_to(root).as_posix()
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as f:
        rows = csv.reader(f)
        next(rows, None)
        for i, row in enumerate(rows):
            if len(row) < 2 or not row[1].strip():
                continue
            yield CorpusArticle(
                "bbc-hindi-test", rel, i, row[1], Meta(source=rel, paper="BBC Hindi")
            )


def fire2018(root: Path, split: str = "Hindi_Train") -> Iterator[CorpusArticle]:
    base = root / "news" / "fire2018-events" / split
    for path in sorted(p for p in base.iterdir() if p.is_file()):
        rel = path.relative_to(root).as_posix()
        try:
            text, args = fire2018_text(path.read_text(encoding="utf-8", errors="replace"))
        except ET.ParseError:
            continue
        if text.strip():
            yield CorpusArticle(
                "fire2018-events", rel, 0, text, Meta(source=rel, paper="FIRE 2018"), args
            )


def fire2018_text(xml: str) -> tuple[str, list[ArgSpan]]:
    """Text and argument spans of one fire2018 XML document."""
    root = ET.fromstring(xml)
    parts: list[str] = []
    args: list[ArgSpan] = []
    length = 0

    def add(s: str) -> None:
        nonlocal length
        parts.append(s)
        length += len(s)

    def walk(el: ET.Element) -> None:
        if el.tag == "W":
            word = " ".join((el.text or "").split())
            if word:
                if length and parts[-1] not in ("\n", " "):
                    add(" ")
                add(word)
            return
        start = length
        first_part = len(parts)
        if el.tag not in ("W", "P", "DOCUMENT") and el.text and el.text.strip():
            add(" " + html.unescape(" ".join(el.text.split())))
        for child in el:
            walk(child)
        if el.tag.endswith("-ARG") or el.tag.endswith("_EVENT"):
            # the span covers the words added since ``start`` (skip the joining space)
            s = start + 1 if first_part < len(parts) and parts[first_part] == " " else start
            if length > s:
                args.append(ArgSpan(el.tag, s, length))

    for p in root.iter("P"):
        if length:
            add("\n")
        if p.text and p.text.strip():
            add(html.unescape(" ".join(p.text.split())))
        for child in p:
            walk(child)
    return "".join(parts), args


def iter_articles(root: str | Path, corpora: tuple[str, ...] = CORPORA) -> Iterator[CorpusArticle]:
    """All articles of the named corpora under the data root (../shared/data)."""
    root = Path(root)
    readers = {"covid2020-5papers": covid2020, "bbc-hindi-test": bbc, "fire2018-events": fire2018}
    for name in corpora:
        yield from readers[name](root)


def get_article(root: str | Path, path: str, index: int) -> CorpusArticle:
    """The article a gold entry points at."""
    for art in iter_articles(root, (path.split("/")[1],)):
        if art.path == path and art.index == index:
            return art
    raise KeyError(f"{path}#{index}")
