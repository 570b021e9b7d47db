"""Terminal output of the store commands (rich tables, progress bar, summaries)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from khabar.store.queries import HIT_END, HIT_START

if TYPE_CHECKING:
    from khabar.ingest.runner import IngestReport


def _console(stderr: bool = False) -> Console:
    return Console(stderr=stderr, highlight=False, soft_wrap=False)


def _hits(snippet: str | None) -> str:
    """A search snippet as rich markup: escaped text, hits in bold."""
    if not snippet:
        return ""
    text = escape(" ".join(snippet.split()))
    return text.replace(HIT_START, "[bold yellow]").replace(HIT_END, "[/]")


class IngestProgress:
    """The ingest progress bar: files done, articles stored and articles/s."""

    def __init__(self, enabled: bool = True) -> None:
        self.enabled = enabled
        self._t0 = 0.0
        self._bar = Progress(
            SpinnerColumn(),
            TextColumn("[bold]ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("files"),
            TextColumn("{task.fields[articles]} articles · {task.fields[rate]:.1f}/s"),
            TimeElapsedColumn(),
            TextColumn("[dim]{task.fields[current]}"),
            console=_console(stderr=True),
            transient=False,
            disable=not enabled,
        )
        self._task = self._bar.add_task("ingest", total=None, articles=0, rate=0.0,
                                        current="")

    def __enter__(self) -> IngestProgress:
        import time

        self._t0 = time.perf_counter()
        self._bar.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._bar.stop()

    def update(self, current: str, done: int, files: int, added: int) -> None:
        import time

        elapsed = max(time.perf_counter() - self._t0, 1e-6)
        short = current if len(current) <= 48 else "…" + current[-47:]
        self._bar.update(self._task, total=files, completed=done, articles=added,
                         rate=added / elapsed, current=escape(short))


def print_ingest_report(r: IngestReport, db: str) -> None:
    c = _console(stderr=True)
    state = "[red]interrupted[/]: " if r.interrupted else ""
    c.print(
        f"{state}[bold]{r.added}[/] new articles in {r.seconds:.1f} s "
        f"({r.rate:.1f} articles/s, {r.jobs} job{'s' if r.jobs != 1 else ''}); "
        f"{r.present} already stored, {r.duplicates} duplicate texts; "
        f"{r.files} files read, {r.skipped_files} skipped (not articles)"
    )
    c.print(f"{escape(db)}: {r.articles_total} articles, {r.people} people, "
            f"{r.orgs} organisations")
    if r.interrupted:
        c.print("run the same command again to finish (stored articles are kept; people and "
                "organisation profiles are rebuilt then)")
    if r.problems:
        c.print(f"[yellow]{len(r.problems)} problem{'s' if len(r.problems) != 1 else ''}:[/]")
        for p in r.problems:
            c.print(f"  {escape(str(p))}", soft_wrap=True)


def print_search(res: dict[str, Any]) -> None:
    c = _console()
    if res["people"] or res["orgs"]:
        t = Table(title="people and organisations", title_justify="left")
        for col in ("id", "type", "name", "latin", "articles", "quotes"):
            t.add_column(col)
        for p in res["people"] + res["orgs"]:
            t.add_row(str(p["id"]), p["type"], escape(p["name"]), escape(p["latin"] or ""),
                      str(p["n_articles"]), str(p["n_quotes"]))
        c.print(t)
    if res["articles"]:
        t = Table(title="articles", title_justify="left", show_lines=True)
        t.add_column("article", no_wrap=True)
        t.add_column("date", no_wrap=True)
        t.add_column("title / match")
        for a in res["articles"]:
            head = escape(a["title"] or "")
            snip = _hits(a.get("snippet"))
            t.add_row(a["id"], a["published"] or "",
                      head + ("\n" + snip if snip else "") if head else snip)
        c.print(t)
    if res["quotes"]:
        print_quotes(res["quotes"], c)
    if not any(res[k] for k in ("people", "orgs", "articles", "quotes")):
        c.print(f"nothing found for {escape(res['query'])!r}")


def print_quotes(quotes: list[dict[str, Any]], c: Console | None = None) -> None:
    c = c or _console()
    t = Table(title=f"{len(quotes)} quotes", title_justify="left", show_lines=True)
    t.add_column("date", no_wrap=True)
    t.add_column("speaker")
    t.add_column("quote")
    t.add_column("article", no_wrap=True)
    for q in quotes:
        t.add_row(q["published"] or "", escape(q["speaker_name"] or q["speaker_text"] or "?"),
                  escape(q["text"]), f"{q['article']}#q{q['idx']}")
    c.print(t)


def print_candidates(name: str, cands: list[dict[str, Any]]) -> None:
    c = _console()
    t = Table(title=f"{len(cands)} profiles match {escape(name)!r}; "
              "show one with khabar who --id ID", title_justify="left")
    for col in ("id", "type", "name", "latin", "articles", "quotes", "seen"):
        t.add_column(col)
    for p in cands:
        seen = " … ".join(x for x in (p["first_seen"], p["last_seen"]) if x)
        t.add_row(str(p["id"]), p["type"], escape(p["name"]), escape(p["latin"] or ""),
                  str(p["n_articles"]), str(p["n_quotes"]), seen)
    c.print(t)


def print_profile(p: dict[str, Any]) -> None:
    c = _console()
    kind = "person" if p["type"] == "PERSON" else "organisation"
    c.print(f"[bold]{escape(p['name'])}[/] ({escape(p['latin'] or '')}) — {kind} #{p['id']}, "
            f"{p['n_articles']} articles, {p['n_quotes']} quotes")
    variants = [n["name"] for n in p["names"] if n["name"] != p["name"]]
    if variants:
        c.print("also written: " + escape(", ".join(variants[:12])))
    if p["roles"]:
        t = Table(title="posts", title_justify="left")
        for col in ("title", "organisation", "region", "from", "to", "articles"):
            t.add_column(col)
        for r in p["roles"]:
            t.add_row(escape(r["title"]), escape(r["org"] or ""), escape(r["region"] or ""),
                      r["first"] or "", r["last"] or "", str(len(r["articles"])))
        c.print(t)
    if p.get("members"):
        t = Table(title="people with posts here", title_justify="left")
        for col in ("id", "name", "post", "from", "to"):
            t.add_column(col)
        for m in p["members"]:
            t.add_row(str(m["id"]), escape(m["name"]), escape(m["title"]), m["first"] or "",
                      m["last"] or "")
        c.print(t)
    if p["quotes"]:
        print_quotes(p["quotes"], c)
    for key, title in (("people", "appears with"), ("orgs", "organisations")):
        if p[key]:
            c.print(f"[bold]{title}:[/] " + escape(", ".join(
                f"{x['name']} ({x['together']})" for x in p[key][:15])))
    t = Table(title=f"{len(p['articles'])} articles", title_justify="left")
    for col in ("article", "date", "paper", "title"):
        t.add_column(col)
    for a in p["articles"][:30]:
        t.add_row(a["id"], a["published"] or "", escape(a["paper"] or ""),
                  escape(a["title"] or ""))
    c.print(t)
