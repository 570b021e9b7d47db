"""HTML for an article's text with headings, quotes and entity mentions marked.

Spans nest in three layers (heading > quote > mention). Where spans of different
layers cross, the inner layers are closed and reopened, so the HTML is always well
formed; only the first piece of a quote carries its ``id`` (the link target
``#q3``). Every piece of article text and every attribute value goes through
``markupsafe.escape``.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from markupsafe import Markup, escape

HIT_TAGS = (Markup("<mark>"), Markup("</mark>"))


def hits(snippet: str | None, start: str, end: str) -> Markup:
    """An escaped search snippet with the hit markers turned into <mark>."""
    if not snippet:
        return Markup("")
    return escape(" ".join(snippet.split())).replace(start, HIT_TAGS[0]).replace(
        end, HIT_TAGS[1])


def safe_url(url: str | None) -> str | None:
    """The URL when it is a plain http(s) link, else None (no javascript: links)."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None


def _spans(article: dict[str, Any]) -> list[list[tuple[int, int, dict[str, Any]]]]:
    n = len(article["text"])
    headings = [(s, e, {"kind": "heading"}) for s, e in article.get("headings", [])]
    quotes = [(q["start"], q["end"], {**q, "qkind": q["kind"], "kind": "quote"})
              for q in article["quotes"]]
    mentions = [
        (m["start"], m["end"], {**e, "kind": "mention"})
        for e in article["entities"] for m in e["mentions"]
    ]
    return [[(max(0, s), min(n, e), d) for s, e, d in layer if 0 <= s < e]
            for layer in (headings, quotes, mentions)]


def _open(d: dict[str, Any], first: bool) -> Markup:
    if d["kind"] == "heading":
        return Markup('<strong class="heading">')
    if d["kind"] == "quote":
        who = d.get("speaker_name") or "unnamed source"
        latin = d.get("speaker_latin")
        title = f"quote by {who}" + (f" ({latin})" if latin else "")
        if d.get("verb"):
            title += f" · {d['verb']}"
        attrs = Markup(' class="quote {kind}" title="{title}" data-speaker="{who}"').format(
            kind=d.get("qkind", ""), title=title, who=who)
        if first:
            attrs += Markup(' id="q{}"').format(d["idx"])
        tag = Markup("<span{}>").format(attrs)
        if first:
            href = f"/person/{d['speaker_profile']}" if d.get("speaker_profile") else None
            label = Markup('<a class="spk" href="{}">{}</a>').format(href, who) if href else \
                Markup('<span class="spk">{}</span>').format(who)
            tag += label
        return tag
    typ = d.get("type", "MISC")
    title = f"{typ} · {d.get('name', '')}" + (f" ({d['latin']})" if d.get("latin") else "")
    if d.get("profile") and typ in ("PERSON", "ORG"):
        page = "person" if typ == "PERSON" else "org"
        return Markup('<a class="ent {}" href="/{}/{}" title="{}">').format(
            typ, page, d["profile"], title)
    return Markup('<span class="ent {}" title="{}">').format(typ, title)


def _close(d: dict[str, Any]) -> Markup:
    if d["kind"] == "heading":
        return Markup("</strong>")
    if d["kind"] == "mention" and d.get("profile") and d.get("type") in ("PERSON", "ORG"):
        return Markup("</a>")
    return Markup("</span>")


def article_html(article: dict[str, Any]) -> Markup:
    """The article text as HTML (to be shown with ``white-space: pre-wrap``)."""
    text: str = article["text"]
    layers = _spans(article)
    cuts = {0, len(text)}
    for layer in layers:
        for s, e, _ in layer:
            cuts.update((s, e))
    points = sorted(cuts)
    out: list[str] = []
    open_: list[tuple[int, int, dict[str, Any]] | None] = [None, None, None]
    opened: set[int] = set()
    for a, b in pairwise(points):
        want: list[tuple[int, int, dict[str, Any]] | None] = []
        for layer in layers:
            cover = [sp for sp in layer if sp[0] <= a and b <= sp[1]]
            # the innermost span of the layer (latest start, then shortest)
            want.append(max(cover, key=lambda sp: (sp[0], -sp[1])) if cover else None)
        level = next((i for i in range(3) if want[i] is not open_[i]), 3)
        for i in range(2, level - 1, -1):
            if open_[i] is not None:
                out.append(_close(open_[i][2]))  # type: ignore[index]
                open_[i] = None
        for i in range(level, 3):
            sp = want[i]
            if sp is not None:
                first = id(sp) not in opened
                opened.add(id(sp))
                out.append(_open(sp[2], first))
                open_[i] = sp
        out.append(escape(text[a:b]))
    for i in range(2, -1, -1):
        if open_[i] is not None:
            out.append(_close(open_[i][2]))  # type: ignore[index]
    return Markup("".join(out))
