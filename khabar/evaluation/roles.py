"""``khabar eval roles``: the posts given to persons, against the roles of the quote gold
set (gold/quotes/articles, docs/annotation/quotes.md), on dev and test, beside a naive
baseline.

A gold role is found when a predicted role of the same person has a span that overlaps
the gold span and a matching title. Person: the predicted entity's canonical name or a
mention text matches the gold person's name (``khabar.evaluation.quotes.NameMatcher``).
Names are compared as in ``khabar eval quotes`` (including the texts of the gold
mentions of that person). Title: equal after normalisation (NFC, nukta dropped, chandrabindu as anusvara,
hyphens as spaces), or one title's words are a contiguous run of the other's
("स्वास्थ्य मंत्री" ~ "केंद्रीय स्वास्थ्य मंत्री", "नेता" ~ "वरिष्ठ नेता"). Precision counts
the predicted roles that match some gold role. Organisation agreement is reported on
the found roles: both empty, or one organisation's words a run of the other's.

The baseline: every post of titles.tsv that stands right before a mention of a PERSON
entity (the same entities khabar uses), with no organisation.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from khabar.entities.titles import TitleIndex, load_titles
from khabar.evaluation.quotes import (
    GoldArticle,
    NameMatcher,
    gold_for_command,
    person_forms,
)
from khabar.evaluation.scores import prf
from khabar.quotes.lexicon import norm_word
from khabar.record import Article


@dataclass
class PredRole:
    names: list[str]
    title: str
    org: str | None
    start: int
    end: int


@dataclass
class RoleCounts:
    pred: int = 0
    gold: int = 0
    found: int = 0
    pred_ok: int = 0
    org_ok: int = 0

    def row(self) -> dict[str, Any]:
        p, r, f = prf(self.pred_ok, self.pred, self.found, self.gold)
        return {
            "pred": self.pred,
            "gold": self.gold,
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f, 4),
            "org_agreement": round(self.org_ok / self.found, 4) if self.found else None,
        }


def _words(s: str | None) -> tuple[str, ...]:
    if not s:
        return ()
    return tuple(norm_word(w) for w in s.replace("-", " ").replace(".", " ").split())


def _run(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    n = len(short)
    return n > 0 and any(long[i : i + n] == short for i in range(len(long) - n + 1))


def titles_match(a: str, b: str) -> bool:
    return _run(_words(a), _words(b))


def orgs_match(a: str | None, b: str | None) -> bool:
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return not wa and not wb
    return _run(wa, wb)


def predicted_roles(article: Article) -> list[PredRole]:
    out = []
    for e in article.entities:
        if e.type != "PERSON":
            continue
        names = [e.name, *sorted({m.text for m in e.mentions})]
        for r in e.roles:
            out.append(PredRole(names, r.title, r.org, r.start, r.end))
    return out


def baseline_roles(article: Article, titles: TitleIndex) -> list[PredRole]:
    """A post of titles.tsv right before a PERSON mention."""
    out = []
    text = article.text
    for e in article.entities:
        if e.type != "PERSON":
            continue
        names = [e.name, *sorted({m.text for m in e.mentions})]
        for m in e.mentions:
            before = text[max(0, m.start - 60) : m.start].split()
            hit = titles.ending_at(before, len(before) - 1) if before else None
            if hit is None:
                continue
            title = " ".join(before[hit[0] :])
            s = text.rfind(title, max(0, m.start - 80), m.start)
            if s >= 0:
                out.append(PredRole(names, title, None, s, s + len(title)))
    return out


def score_article(
    gold: dict[str, Any], preds: list[PredRole], matcher: NameMatcher, c: RoleCounts, text: str = ""
) -> list[tuple[str, Any]]:
    """Add one article to ``c``; returns the misses and false hits (for listings)."""
    groles = gold.get("roles", [])
    others = [matcher.norm(p["name"]) for p in gold.get("persons", [])]
    others = [o for o in others if o]

    written = person_forms(gold, text, matcher)

    def ok(p: PredRole, g: dict[str, Any]) -> bool:
        if min(p.end, g["end"]) <= max(p.start, g["start"]):
            return False
        if not titles_match(p.title, g["title"]):
            return False
        forms = written.get(g["person"], set())
        return any(matcher.same(n, g["person"], others) or matcher.key(n) in forms for n in p.names)

    c.pred += len(preds)
    c.gold += len(groles)
    misses: list[tuple[str, Any]] = []
    for g in groles:
        hit = next((p for p in preds if ok(p, g)), None)
        if hit is not None:
            c.found += 1
            c.org_ok += orgs_match(hit.org, g.get("org"))
        else:
            misses.append(("FN", g))
    for p in preds:
        if any(ok(p, g) for g in groles):
            c.pred_ok += 1
        else:
            misses.append(("FP", p))
    return misses


def evaluate(golds: list[GoldArticle], system: Callable[[GoldArticle], list[PredRole]]) -> RoleCounts:
    matcher = NameMatcher()
    c = RoleCounts()
    for g in golds:
        score_article(g.data, system(g), matcher, c, g.text)
    return c


def run(args: argparse.Namespace) -> int:
    from khabar.pipeline import Pipeline

    golds = gold_for_command(args, "roles")
    if golds is None:
        return 2
    nlp = Pipeline()
    posts = TitleIndex([t for t in load_titles() if t.kind == "post"])
    articles = {g.number: nlp(g.text, g.meta) for g in golds}
    results: dict[str, Any] = {}
    for split in ("dev", "test"):
        part = [g for g in golds if g.split == split]
        if not part:
            continue  # e.g. --articles picked one split only
        results[split] = {
            "articles": len(part),
            "khabar": evaluate(part, lambda g: predicted_roles(articles[g.number])).row(),
            "baseline": evaluate(part, lambda g: baseline_roles(articles[g.number], posts)).row(),
        }
    print("roles on the quote gold set (gold/quotes): same person, overlapping span, title match")
    for split, res in results.items():
        print(f"\n{split}: {res['articles']} articles, {res['khabar']['gold']} gold roles")
        print(f"{'':10}{'P':>8}{'R':>8}{'F1':>8}{'org':>8}{'pred':>7}")
        for name in ("khabar", "baseline"):
            r = res[name]
            org = "   -" if r["org_agreement"] is None else f"{r['org_agreement']:8.3f}"
            print(f"{name:10}{r['precision']:8.3f}{r['recall']:8.3f}{r['f1']:8.3f}{org:>8}{r['pred']:>7}")
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0
