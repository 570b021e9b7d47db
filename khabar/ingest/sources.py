"""Reading articles out of files and directories.

``read_paths`` walks the paths given to ``khabar ingest`` and yields an ``Item`` per
article (text, meta, origin) or a ``Problem`` (origin, one-line reason); a bad file or
record never stops the walk. Formats, by file name ending (or by content when the name
says nothing, as for ``navbharat_2004_5_10_668112``):

- ``.txt``: one article; or several stories separated by two or more blank lines
  (split with ``khabar.corpora.split_stories``) — always with ``split="always"``, for
  files found inside directories with ``split="auto"`` (the default), never with
  ``split="never"``. Line ends are normalised to ``\\n``.
- ``.html`` / ``.htm``: the main text, title, date and URL found by trafilatura.
- ``.jsonl`` / ``.ndjson`` / ``.json``: one object per line (or a JSON array); the text
  and meta fields are found by common names (``TEXT_FIELDS`` ...). Objects that are
  ``khabar.article/1`` records are stored as they are, without extraction.
- ``.csv`` / ``.tsv``: a header row, then one article per row, columns found by name;
  without a known text column (the BBC Hindi CSV's header is ``0,1``) the column with
  the longest values is the text.
- ``.xml``: the FIRE 2018 event format (``khabar.corpora.fire2018_text``).
- ``.warc`` / ``.warc.gz``: HTML (and plain-text) responses, through trafilatura.

Inside directories, hidden files and documentation (README*, SOURCES.txt, LICENSE,
``*.md`` ...) are skipped and counted, not reported. Meta also comes from the file name
where it says something: the covid2020 daily files' paper code and date
(``AU-2020-MAR-1.txt``), or dates such as ``navbharat_2004_5_10_...``.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import logging
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

import regex

from khabar.corpora import daily_file_paper_and_date, fire2018_text, split_stories
from khabar.record import SCHEMA, Article, Meta
from khabar.text.decode import InputError, check_text, decode

SPLIT_MODES = ("auto", "always", "never")
TEXT_FIELDS = ("text", "content", "body", "article", "article_text", "full_text", "fulltext",
               "story", "news", "maintext", "main_text")
TITLE_FIELDS = ("title", "headline", "heading", "head")
URL_FIELDS = ("url", "link", "source_url", "href", "uri")
DATE_FIELDS = ("published", "date", "publish_date", "published_at", "publication_date",
               "pubdate", "date_publish", "datetime", "timestamp", "time")
PAPER_FIELDS = ("paper", "newspaper", "publisher", "sitename", "site", "outlet", "source")
_DOC_NAMES = ("readme", "sources", "license", "licence", "copying", "changelog", "notice",
              "authors", "citation")
_NOT_ARTICLES = frozenset(
    ".md .rst .py .sh .ipynb .db .db-wal .db-shm .sqlite .sqlite3 .parquet .zip .tar .tgz .7z"
    " .pdf .doc .docx .png .jpg .jpeg .gif .svg .webp .ico .css .js .pyc .pkl .bin .model"
    " .crfsuite .yaml .yml .toml .cfg .ini .lock .log".split()
)
_SUFFIX_KINDS = {
    ".txt": "text", ".text": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json",
    ".csv": "csv", ".tsv": "csv",
    ".xml": "xml",
    ".warc": "warc", ".arc": "warc",
}
_NAV_DATE_RE = regex.compile(r"(?<![0-9])((?:19|20)\d\d)[_-](\d{1,2})[_-](\d{1,2})(?![0-9])")
_TITLE_MAX = 200

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


@dataclass
class Item:
    """One article to store: its text and meta, or a ready record."""

    origin: str
    text: str
    meta: Meta
    record: Article | None = None


@dataclass
class Problem:
    """A file or record that could not be read, with the reason in one line."""

    origin: str
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


@dataclass
class FileStart:
    """Marks the start of a file's entries in ``read_paths``."""

    path: str


@dataclass
class Skipped:
    """A file inside a directory that is not an article (documentation, images...)."""

    path: str


def walk(paths: Iterable[str | Path]) -> Iterator[tuple[Path, bool] | Problem | Skipped]:
    """Files to read: (path, named explicitly), in a stable order."""
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                rel = f.relative_to(p).parts
                if any(part.startswith(".") for part in rel):
                    continue
                if not f.is_file():
                    continue
                if _is_documentation(f):
                    yield Skipped(str(f))
                else:
                    yield f, False
        elif p.is_file():
            yield p, True
        elif p.exists():
            yield Problem(str(p), "not a regular file")
        else:
            yield Problem(str(p), "no such file or directory")


def _is_documentation(p: Path) -> bool:
    name = p.name.lower()
    return (
        name.startswith(_DOC_NAMES)
        or "readme" in name
        or _suffix(p) in _NOT_ARTICLES
    )


def _suffix(p: Path) -> str:
    name = p.name.lower()
    if name.endswith(".warc.gz") or name.endswith(".arc.gz"):
        return ".warc"
    return p.suffix.lower()


def kind_of(p: Path, data: bytes) -> str:
    """The reader for a file: by its ending, else by its first bytes."""
    suffix = _suffix(p)
    if suffix in _SUFFIX_KINDS:
        return _SUFFIX_KINDS[suffix]
    if suffix == ".gz":
        return "gzip"
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"warc/"):
        return "warc"
    if head.startswith(b"\x1f\x8b"):
        return "gzip"
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    if head.startswith((b"<?xml", b"<document")):
        return "xml"
    return "text"


def read_paths(paths: Iterable[str | Path], split: str = "auto") -> Iterator[
        Item | Problem | Skipped | FileStart]:
    """Items and problems of every file under the paths (see the module docstring)."""
    if split not in SPLIT_MODES:
        raise ValueError(f"split must be one of {SPLIT_MODES}")
    for entry in walk(paths):
        if isinstance(entry, (Problem, Skipped)):
            yield entry
            continue
        path, explicit = entry
        yield FileStart(path.as_posix())
        yield from read_file(path, split == "always" or (split == "auto" and not explicit))


def read_file(path: Path, split: bool = False) -> Iterator[Item | Problem]:
    """Items of one file; a ``Problem`` for what cannot be read."""
    name = path.as_posix()
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield Problem(name, exc.strerror or str(exc))
        return
    yield from read_data(name, data, split)


def read_data(name: str, data: bytes, split: bool = False) -> Iterator[Item | Problem]:
    """Items of one file's bytes (``name`` gives the format by its ending); used by
    ``read_file`` and by the Spark job, whose executors receive bytes, not paths."""
    path = Path(name)
    kind = kind_of(path, data)
    if kind == "gzip":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            yield Problem(name, f"bad gzip data: {exc}")
            return
        kind = kind_of(path.with_suffix(""), data)
    reader = _READERS[kind]
    try:
        yield from reader(name, data, split)
    except InputError as exc:
        yield Problem(name, str(exc))
    except Exception as exc:  # a broken file must not stop the batch
        yield Problem(name, f"cannot read {kind} file: {type(exc).__name__}: {exc}")


def meta_from_path(name: str) -> Meta:
    """Paper and date that a file name states (covid2020 daily files and the like)."""
    base = name.rsplit("/", 1)[-1]
    paper, published = daily_file_paper_and_date(base)
    if published is None:
        m = _NAV_DATE_RE.search(base)
        if m:
            published = _valid_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return Meta(source=name, paper=paper, published=published)


def _valid_date(y: int, mo: int, d: int) -> str | None:
    try:
        return date(y, mo, d).isoformat()
    except ValueError:
        return None


def iso_date(value: Any) -> str | None:
    """YYYY-MM-DD of a date-like value, or None when it cannot be read as a date."""
    if value is None:
        return None
    s = str(value).strip()
    if not s:
        return None
    if regex.fullmatch(r"\d{10}(?:\.\d+)?|\d{13}", s):
        secs = float(s) / (1000 if len(s) == 13 else 1)
        return datetime.fromtimestamp(secs).date().isoformat()
    try:
        return datetime.fromisoformat(s.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    m = regex.match(r"(\d{4})-(\d{1,2})-(\d{1,2})", s)
    if m:
        return _valid_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = regex.fullmatch(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})", s)
    if m:
        return _valid_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    try:
        return parsedate_to_datetime(s).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _first_line_title(text: str) -> str | None:
    line = text.strip().split("\n", 1)[0].strip()
    return line if line and len(line) <= _TITLE_MAX else None


def _text_items(name: str, data: bytes, split: bool) -> Iterator[Item | Problem]:
    text = decode(data).replace("\r\n", "\n").replace("\r", "\n")
    base = meta_from_path(name)
    stories = split_stories(text) if split else [(0, text)]
    many = len(stories) > 1
    for i, (_, story) in enumerate(stories):
        origin = f"{name}#{i}" if many else name
        try:
            check_text(story)
        except InputError as exc:
            yield Problem(origin, str(exc))
            continue
        meta = Meta(source=name, paper=base.paper, published=base.published,
                    title=_first_line_title(story))
        yield Item(origin, story, meta)


def _html_items(name: str, data: bytes, split: bool) -> Iterator[Item | Problem]:
    yield _from_html(name, data, Meta(source=name))


def _from_html(origin: str, data: bytes | str, meta: Meta) -> Item | Problem:
    import trafilatura

    doc = trafilatura.bare_extraction(data, url=meta.url, with_metadata=True,
                                      include_comments=False, include_tables=False)
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        return Problem(origin, "no article text found in the HTML")
    try:
        check_text(text)
    except InputError as exc:
        return Problem(origin, str(exc))
    return Item(origin, text, Meta(
        source=meta.source,
        url=meta.url or getattr(doc, "url", None),
        title=getattr(doc, "title", None) or meta.title,
        published=iso_date(getattr(doc, "date", None)) or meta.published,
        paper=getattr(doc, "sitename", None) or meta.paper,
    ))


def _pick(fields: dict[str, Any], names: tuple[str, ...]) -> Any:
    for n in names:
        if n in fields and fields[n] not in (None, ""):
            return fields[n]
    return None


def _fields_item(origin: str, source: str, obj: dict[str, Any],
                 text_key: str | None = None) -> Item | Problem:
    """An item from a row or object whose keys name its text and meta."""
    if str(obj.get("schema", "")).startswith("khabar.article/"):
        return _record_item(origin, obj)
    fields = {str(k).strip().lower(): v for k, v in obj.items()}
    meta_field = fields.get("meta")
    nested: dict[str, Any] = meta_field if isinstance(meta_field, dict) else {}
    text = fields.get(text_key) if text_key else _pick(fields, TEXT_FIELDS)
    if not isinstance(text, str) or not text.strip():
        return Problem(origin, "no text" + (f" in column {text_key!r}" if text_key else
                                            f" (looked for {', '.join(TEXT_FIELDS[:4])}, ...)"))
    try:
        check_text(text)
    except InputError as exc:
        return Problem(origin, str(exc))
    merged = {**{str(k).lower(): v for k, v in nested.items()}, **fields}
    title = _pick(merged, TITLE_FIELDS)
    url = _pick(merged, URL_FIELDS)
    paper = _pick(merged, PAPER_FIELDS)
    return Item(origin, text, Meta(
        source=source,
        url=str(url) if url is not None else None,
        title=str(title) if title is not None else None,
        published=iso_date(_pick(merged, DATE_FIELDS)),
        paper=str(paper) if paper is not None and not str(paper).startswith(("http", "/"))
        else None,
    ))


def _record_item(origin: str, obj: dict[str, Any]) -> Item | Problem:
    if obj.get("schema") != SCHEMA:
        return Problem(origin, f"record schema {obj.get('schema')!r}, this khabar reads {SCHEMA}")
    try:
        art = Article.from_dict(obj)
    except (KeyError, TypeError, ValueError) as exc:
        return Problem(origin, f"malformed {SCHEMA} record: {type(exc).__name__}: {exc}")
    from khabar.record import article_id

    if art.id != article_id(art.text):
        return Problem(origin, "record id does not match its text (edited record?)")
    return Item(origin, art.text, art.meta, record=art)


def _json_items(name: str, data: bytes, split: bool) -> Iterator[Item | Problem]:
    text = decode(data)
    stripped = text.lstrip()
    if stripped.startswith("["):
        try:
            objs = json.loads(text)
        except json.JSONDecodeError as exc:
            yield Problem(name, f"invalid JSON: {exc}")
            return
        for i, obj in enumerate(objs):
            origin = f"{name}#{i}"
            yield (_fields_item(origin, name, obj) if isinstance(obj, dict)
                   else Problem(origin, "not a JSON object"))
        return
    if stripped.startswith("{") and "\n{" not in stripped.strip():
        try:
            obj = json.loads(text)
        except json.JSONDecodeError:
            pass
        else:
            yield (_fields_item(name, name, obj) if isinstance(obj, dict)
                   else Problem(name, "not a JSON object"))
            return
    yield from _jsonl_items(name, data, split, text)


def _jsonl_items(name: str, data: bytes, split: bool,
                 text: str | None = None) -> Iterator[Item | Problem]:
    text = decode(data) if text is None else text
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        origin = f"{name}:{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Problem(origin, f"invalid JSON: {exc.msg} at column {exc.colno}")
            continue
        if not isinstance(obj, dict):
            yield Problem(origin, "not a JSON object")
            continue
        yield _fields_item(origin, name, obj)


def _csv_items(name: str, data: bytes, split: bool) -> Iterator[Item | Problem]:
    text = decode(data)
    csv.field_size_limit(sys.maxsize)
    delimiter = "\t" if name.lower().endswith(".tsv") else ","
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = next(rows, None)
    if not header:
        yield Problem(name, "empty CSV")
        return
    cols = [h.strip().lower() for h in header]
    buffered: list[list[str]] = []
    text_col = next((c for c in TEXT_FIELDS if c in cols), None)
    if text_col is None:
        # no named text column: the one with the longest values in the first rows
        for row in rows:
            buffered.append(row)
            if len(buffered) >= 50:
                break
        totals = [sum(len(r[i]) for r in buffered if i < len(r)) for i in range(len(cols))]
        if not totals or max(totals) == 0:
            yield Problem(name, "no text column found")
            return
        text_col = cols[totals.index(max(totals))]

    def all_rows() -> Iterator[list[str]]:
        yield from buffered
        yield from rows

    for i, row in enumerate(all_rows()):
        origin = f"{name}#{i}"
        if not any(c.strip() for c in row):
            continue
        if len(row) != len(cols):
            yield Problem(origin, f"{len(row)} columns, the header has {len(cols)}")
            continue
        yield _fields_item(origin, name, dict(zip(cols, row, strict=True)), text_col)


def _xml_items(name: str, data: bytes, split: bool) -> Iterator[Item | Problem]:
    try:
        text, _ = fire2018_text(decode(data))
    except ET.ParseError as exc:
        yield Problem(name, f"invalid XML: {exc}")
        return
    if not text.strip():
        yield Problem(name, "no <P> paragraphs with text (khabar reads XML in the FIRE 2018 "
                            "event format)")
        return
    base = meta_from_path(name)
    yield Item(name, text, Meta(source=name, published=base.published, paper=base.paper))


def _warc_items(name: str, data: bytes, split: bool) -> Iterator[Item | Problem]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    n = 0
    try:
        for rec in ArchiveIterator(io.BytesIO(data), arc2warc=True):
            if rec.rec_type not in ("response", "resource"):
                continue
            n += 1
            url = rec.rec_headers.get_header("WARC-Target-URI")
            origin = f"{name}#{n - 1}"
            ctype = ""
            if rec.http_headers is not None:
                status = rec.http_headers.get_statuscode()
                if status and not status.startswith("2"):
                    continue
                ctype = (rec.http_headers.get_header("Content-Type") or "").lower()
            else:
                ctype = (rec.rec_headers.get_header("Content-Type") or "").lower()
            body = rec.content_stream().read()
            published = iso_date(rec.rec_headers.get_header("WARC-Date"))
            meta = Meta(source=name, url=url, published=published)
            if "html" in ctype:
                yield _from_html(origin, body, meta)
            elif ctype.startswith("text/plain"):
                try:
                    yield Item(origin, decode(body), Meta(source=name, url=url,
                                                          published=published))
                except InputError as exc:
                    yield Problem(origin, str(exc))
    except ArchiveLoadFailed as exc:
        yield Problem(name, f"not a readable WARC file: {exc}")


_READERS = {
    "text": _text_items,
    "html": _html_items,
    "json": _json_items,
    "jsonl": _jsonl_items,
    "csv": _csv_items,
    "xml": _xml_items,
    "warc": _warc_items,
}
