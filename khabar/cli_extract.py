"""``khabar extract``: print the record of one or more articles."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from khabar.record import Article, Meta
from khabar.text.decode import InputError, decode


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "extract",
        help="print the khabar.article/1 record of articles",
        description="Read Hindi articles (files or - for stdin) and print their records: "
        "JSON for one input, JSON Lines for several.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="text file, or - for stdin")
    p.add_argument("--pretty", action="store_true", help="indent the JSON")
    p.add_argument("--format", choices=("json", "text"), default="json", help="output format")
    p.add_argument("--published", help="publication date (YYYY-MM-DD) for resolving dates")
    p.add_argument("--paper", help="name of the paper")
    p.set_defaults(func=run)


def read_input(path: str) -> str:
    """Decoded text of a path or of stdin; ``InputError`` names the reason."""
    if path == "-":
        return decode(sys.stdin.buffer.read())
    p = Path(path)
    try:
        data = p.read_bytes()
    except IsADirectoryError:
        raise InputError("is a directory (use khabar ingest for directories)") from None
    except FileNotFoundError:
        raise InputError("no such file") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except OSError as exc:
        raise InputError(exc.strerror or str(exc)) from None
    return decode(data)


def run(args: argparse.Namespace) -> int:
    from khabar.pipeline import Pipeline

    nlp = Pipeline()
    failed = 0
    many = len(args.paths) > 1
    for path in args.paths:
        try:
            text = read_input(path)
        except InputError as exc:
            name = "<stdin>" if path == "-" else path
            print(f"khabar: {name}: {exc}", file=sys.stderr)
            failed += 1
            continue
        meta = Meta(
            source=None if path == "-" else path, published=args.published, paper=args.paper
        )
        article = nlp(text, meta)
        if args.format == "text":
            sys.stdout.write(render_text(article))
            if many:
                sys.stdout.write("\n" + "=" * 60 + "\n")
        else:
            sys.stdout.write(article.to_json(pretty=args.pretty and not many) + "\n")
    sys.stdout.flush()
    return 2 if failed else 0


def render_text(a: Article) -> str:
    """A readable view of a record."""
    out: list[str] = []
    if a.meta.source:
        out.append(f"source:   {a.meta.source}")
    out.append(f"id:       {a.id}")
    if a.dateline:
        out.append(f"dateline: {a.dateline.text}")
    for h in a.headings:
        out.append(f"heading:  {h.text}")
    out.append(f"\nsentences ({len(a.sentences)}):")
    for i, s in enumerate(a.sentences, 1):
        out.append(f"  {i:3}. {a.text[s.start : s.end]}")
    if a.entities:
        out.append(f"\nentities ({len(a.entities)}):")
        for e in a.entities:
            roles = "; ".join(r.title + (f" ({r.org})" if r.org else "") for r in e.roles)
            out.append(
                f"  {e.id:4} {e.type:6} {e.name} [{e.latin}] x{len(e.mentions)}"
                + (f" — {roles}" if roles else "")
            )
    if a.quotes:
        out.append(f"\nquotes ({len(a.quotes)}):")
        for q in a.quotes:
            who = a.entity(q.speaker)
            name = who.name if who else (q.speaker_text or "?")
            via = a.entity(q.reported_by)
            extra = f" (reported by {via.name})" if via else ""
            out.append(f"  [{q.kind}] {name}{extra}: {q.text}")
    if a.amounts:
        out.append(f"\namounts ({len(a.amounts)}):")
        for am in a.amounts:
            rng = f"–{am.value_max:g}" if am.value_max is not None else ""
            val = f"{am.value:g}" if am.value is not None else "?"
            out.append(f"  {am.text} = {'~' if am.approx else ''}{val}{rng} {am.unit or ''}")
    if a.dates:
        out.append(f"\ndates ({len(a.dates)}):")
        for d in a.dates:
            out.append(f"  {d.text} = {d.value or '?'}")
    return "\n".join(out) + "\n"
