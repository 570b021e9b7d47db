"""``khabar eval quotes``: who said what, against the quote gold set (gold/quotes/).

For the dev and the test split, side by side for khabar and a naive baseline (a regex
for "X ने कहा कि C" up to the sentence end, X = up to three words before ने):

- **speaker attribution** precision/recall/F1: a predicted quote counts when its span
  overlaps a gold quote's span by at least half and its speaker is the gold speaker;
- **span** precision/recall/F1: the same matching, speaker ignored;
- **per-kind recall** (direct, indirect, headline, continuation), attribution and span,
  and **per-kind precision** (attribution and span) by the kind khabar predicted (a
  predicted continuation is correct when it matches any gold quote, with the right
  speaker for attribution).

Definitions (docs/annotation/quotes.md has the gold conventions):

- *Overlap by at least half*: the shared characters of the two spans (original
  offsets) are at least half of the LONGER span, i.e. at least half of each span.
  A whole paragraph therefore never matches a one-clause gold quote, and an outer quote
  never matches the quote nested inside it. Predictions and gold quotes are paired one
  to one, greedily, correct speakers and larger overlaps first.
- *Same speaker*: names are compared after normalisation: NFC, nukta dropped,
  chandrabindu read as anusvara, full stops removed, titles and honorifics
  (entities/titles.tsv and roles/titles.tsv: श्री, डॉ., प्रदेश अध्यक्ष …) and post
  modifiers (roles/modifiers.tsv: वरिष्ठ, पूर्व …) stripped from the front and जी/साहब
  from the end. Two names match when they are equal without spaces ("विद्याचरण
  शुक्ल" = "विद्या चरण शुक्ल"), or when one's words are a contiguous run of the other's
  ("ठाकुर" ~ "राजेश ठाकुर", "स्वास्थ्य मंत्रालय" ~ "केंद्रीय स्वास्थ्य मंत्रालय") and that
  shorter name fits no other person or speaker of the article's gold ("अंसारी" matches
  nobody when "मंजूर अंसारी" and "मंजूर अहमद अंसारी" are both there; "मंजूर अंसारी" is no
  run of "मंजूर अहमद अंसारी"). The predicted speaker's names are its entity's canonical
  name and mention texts, or its ``speaker_text`` when no entity is linked; a name
  also matches a person when it equals (after normalisation) one of the texts the gold
  marks as that person's mentions ("थियूनिसेन" for "फ्रेडरिक थ्यूनिसेन"). A gold
  unnamed source (speaker null) matches a prediction with no entity whose words name
  no gold person.
- Gold quotes marked ``uncertain`` are optional: found, they count as correct; missed,
  they are not counted.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

from khabar.corpora import iter_articles
from khabar.entities.titles import TitleIndex, load_titles
from khabar.evaluation.scores import prf
from khabar.quotes.lexicon import norm_word
from khabar.record import Article, article_id
from khabar.resources import load_lines

GOLD_DIR = Path(__file__).resolve().parents[2] / "gold" / "quotes"
KINDS = ("direct", "indirect", "headline", "continuation")
_TRAILING_HONORIFICS = frozenset({"जी", "साहब", "साहिब"})
_BASELINE_RE = regex.compile(
    r"(?P<x>(?:[\p{L}\p{M}.]+[ \t]+){0,2}[\p{L}\p{M}.]+)[ \t]+ने[ \t]+कहा[ \t]+कि[ \t]+"
    r"(?P<c>[^।.?!\n]+)"
)


# -- gold -------------------------------------------------------------------------------


@dataclass
class GoldArticle:
    number: int
    split: str
    path: str
    index: int
    text: str
    data: dict[str, Any]
    meta: Any = None


def load_gold(
    data_root: str | Path,
    splits: Iterable[str] = ("dev", "test"),
    numbers: frozenset[int] | None = None,
) -> list[GoldArticle]:
    """The annotated articles of the given splits (and ``numbers``, when given), with their
    texts (one pass per corpus). Files not written yet are skipped; a changed article text
    raises."""
    selection = json.loads((GOLD_DIR / "selection.json").read_text(encoding="utf-8"))
    wanted: dict[tuple[str, int], tuple[int, dict[str, Any]]] = {}
    for n, sel in enumerate(selection):
        if sel["split"] not in splits or (numbers is not None and n not in numbers):
            continue
        f = GOLD_DIR / "articles" / f"{n:02d}.json"
        if not f.exists():
            continue
        data = json.loads(f.read_text(encoding="utf-8"))
        wanted[(data["path"], data["index"])] = (n, data)
    corpora = tuple(sorted({p.split("/")[1] for p, _ in wanted}))
    out: list[GoldArticle] = []
    for art in iter_articles(data_root, corpora):
        hit = wanted.get((art.path, art.index))
        if hit is None:
            continue
        n, data = hit
        if data.get("article_id") and data["article_id"] != article_id(art.text):
            raise ValueError(f"gold article {n:02d}: text changed ({art.path}#{art.index})")
        out.append(GoldArticle(n, data["split"], art.path, art.index, art.text, data, art.meta))
    out.sort(key=lambda g: g.number)
    return out


# -- names ------------------------------------------------------------------------------


class NameMatcher:
    """Compares speaker names as the module docstring defines."""

    def __init__(self, titles: TitleIndex | None = None) -> None:
        if titles is None:
            rows = load_titles()
            seen = {t.title for t in rows}
            rows += [t for t in load_titles("roles/titles.tsv") if t.title not in seen]
            titles = TitleIndex(rows)
        self.titles = titles
        self.modifiers = frozenset(norm_word(w) for w in load_lines("roles/modifiers.tsv"))

    def norm(self, name: str | None) -> tuple[str, ...]:
        if not name:
            return ()
        words = [norm_word(w) for w in name.replace(".", " ").replace("-", " ").split()]
        raw = words[:]
        start = 0
        while True:
            # modifiers ("केंद्रीय स्वास्थ्य") go only with the title they qualify, so an
            # organisation ("स्वास्थ्य मंत्रालय") keeps them
            at = start
            while at < len(words) - 1 and words[at] in self.modifiers:
                at += 1
            hit = self.titles.starting_at(words, at)
            if hit is None or hit[0] >= len(words):
                break
            start = hit[0]
        words = words[start:]
        while len(words) > 1 and words[-1] in _TRAILING_HONORIFICS:
            words.pop()
        return tuple(words) if words else tuple(raw)

    def key(self, name: str | None) -> str:
        """The normalised name without spaces ("विद्याचरण" = "विद्या चरण")."""
        return "".join(self.norm(name))

    @staticmethod
    def _joined(name: str | None) -> str:
        """The whole name, titles kept, without spaces ("गृह मंत्रालय" = "गृहमंत्रालय":
        an organisation's first word may also open a title)."""
        return "".join(norm_word(w) for w in (name or "").replace(".", " ").replace("-", " ").split())

    @staticmethod
    def _run(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
        n = len(short)
        return 0 < n <= len(long) and any(long[i : i + n] == short for i in range(len(long) - n + 1))

    def same(
        self, a: str | None, b: str | None, others: list[tuple[str, ...]], longer_ok: bool = True
    ) -> bool:
        """``a`` (predicted) and ``b`` (gold) name the same source: equal, or one is a run
        of the other's words that fits no other gold name. ``others`` are every gold name
        of the article (for that ambiguity check); ``b`` itself is never its own rival, so
        a longer prediction ("स्थानीय जियो टेलीविज़न" for "जियो टेलीविज़न") matches
        as a shorter one does, unless ``longer_ok`` is false (an unnamed source's words
        that merely contain a name, "सरकार के सूत्रों", do not name it)."""
        x, y = self.norm(a), self.norm(b)
        if not x or not y:
            return False
        if x == y or "".join(x) == "".join(y) or self._joined(a) == self._joined(b):
            return True
        short, long = (x, y) if len(x) <= len(y) else (y, x)
        if not self._run(short, long):
            return False
        fits = {o for o in others if o == short or self._run(short, o)}
        return len(fits - ({long, y} if longer_ok else {long})) == 0


def person_forms(gold: dict[str, Any], text: str, matcher: NameMatcher) -> dict[str, set[str]]:
    """Every way the gold writes each person (canonical name and the texts of the
    mentions it marks), as ``NameMatcher.key`` strings."""
    out: dict[str, set[str]] = {}
    for person in gold.get("persons", []):
        forms = {matcher.key(person["name"])}
        if text:
            forms |= {matcher.key(text[a:b]) for a, b in person.get("mentions", [])}
        out[person["name"]] = {f for f in forms if f}
    return out


# -- matching ---------------------------------------------------------------------------


@dataclass
class Pred:
    start: int
    end: int
    kind: str
    names: list[str]  # entity name and mention texts, or speaker_text
    unnamed: bool  # no entity linked


@dataclass
class Counts:
    pred: int = 0
    gold: int = 0
    tp_attr: int = 0
    tp_span: int = 0
    pred_matched_attr: int = 0
    pred_matched_span: int = 0
    kind_gold: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    kind_attr: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    kind_span: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    kind_pred: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    kind_pred_attr: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    kind_pred_span: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def prf(self, attr: bool) -> tuple[float, float, float]:
        tp_p = self.pred_matched_attr if attr else self.pred_matched_span
        tp_g = self.tp_attr if attr else self.tp_span
        return prf(tp_p, self.pred, tp_g, self.gold)


def overlap_ok(a: tuple[int, int], b: tuple[int, int]) -> bool:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter > 0 and 2 * inter >= max(a[1] - a[0], b[1] - b[0])


def predictions(article: Article) -> list[Pred]:
    ents = {e.id: e for e in article.entities}
    out = []
    for q in article.quotes:
        ent = ents.get(q.speaker) if q.speaker else None
        if ent is not None:
            names = [ent.name, *sorted({m.text for m in ent.mentions})]
        else:
            names = [q.speaker_text] if q.speaker_text else []
        out.append(Pred(q.start, q.end, q.kind, names, ent is None))
    return out


def score_article(
    gold: dict[str, Any], preds: list[Pred], matcher: NameMatcher, counts: Counts, text: str = ""
) -> list[tuple[Pred | None, dict[str, Any] | None, bool]]:
    """Add one article to ``counts``; returns (pred, gold, speaker ok) pairs and the
    unmatched items of each side (for error listings). ``text`` is the article (for the
    gold mention texts)."""
    gq = gold.get("quotes", [])
    others = [matcher.norm(p["name"]) for p in gold.get("persons", [])]
    others += [matcher.norm(q["speaker"]) for q in gq if q.get("speaker")]
    others = [o for o in others if o]

    written = person_forms(gold, text, matcher)

    def speaker_ok(p: Pred, g: dict[str, Any]) -> bool:
        if g.get("speaker_type") == "UNNAMED" or not g.get("speaker"):
            if not p.unnamed:
                return False
            return not any(
                matcher.same(n, " ".join(o), others, longer_ok=False) for n in p.names for o in others
            )
        forms = written.get(g["speaker"], set())
        return any(matcher.same(n, g["speaker"], others) or matcher.key(n) in forms for n in p.names)

    pairs = []
    for i, p in enumerate(preds):
        for j, g in enumerate(gq):
            if overlap_ok((p.start, p.end), (g["start"], g["end"])):
                inter = min(p.end, g["end"]) - max(p.start, g["start"])
                pairs.append((speaker_ok(p, g), inter, i, j))
    pairs.sort(key=lambda x: (not x[0], -x[1]))
    used_p: set[int] = set()
    used_g: set[int] = set()
    result: list[tuple[Pred | None, dict[str, Any] | None, bool]] = []
    for ok, _, i, j in pairs:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        result.append((preds[i], gq[j], ok))
    optional = {j for j, g in enumerate(gq) if g.get("uncertain")}
    counts.pred += len(preds)
    counts.gold += len([j for j in range(len(gq)) if j not in optional or j in used_g])
    for _p, g, ok in result:
        assert g is not None
        counts.tp_span += 1
        counts.pred_matched_span += 1
        if ok:
            counts.tp_attr += 1
            counts.pred_matched_attr += 1
    for j, g in enumerate(gq):
        if j in optional and j not in used_g:
            continue
        counts.kind_gold[g["kind"]] += 1
    for matched, g, ok in result:
        assert matched is not None and g is not None
        counts.kind_span[g["kind"]] += 1
        counts.kind_pred_span[matched.kind] += 1
        if ok:
            counts.kind_attr[g["kind"]] += 1
            counts.kind_pred_attr[matched.kind] += 1
    for pred in preds:
        counts.kind_pred[pred.kind] += 1
    result += [(preds[i], None, False) for i in range(len(preds)) if i not in used_p]
    result += [
        (None, gq[j], False) for j in range(len(gq)) if j not in used_g and j not in optional
    ]
    return result


# -- systems ----------------------------------------------------------------------------


def baseline(text: str) -> list[Pred]:
    """The naive baseline: "X ने कहा कि C" up to the sentence end."""
    out = []
    for m in _BASELINE_RE.finditer(text):
        s, e = m.span("c")
        while e > s and text[e - 1] in " \t\"'":
            e -= 1
        out.append(Pred(s, e, "indirect", [m.group("x")], True))
    return out


def khabar_system() -> Callable[[GoldArticle], list[Pred]]:
    from khabar.pipeline import Pipeline

    nlp = Pipeline()
    return lambda g: predictions(nlp(g.text, g.meta))


# -- report -----------------------------------------------------------------------------


def evaluate(golds: list[GoldArticle], system: Callable[[GoldArticle], list[Pred]]) -> Counts:
    matcher = NameMatcher()
    counts = Counts()
    for g in golds:
        score_article(g.data, system(g), matcher, counts, g.text)
    return counts


def _row(c: Counts) -> dict[str, Any]:
    out: dict[str, Any] = {"pred": c.pred, "gold": c.gold}
    for name, attr in (("attribution", True), ("span", False)):
        p, r, f = c.prf(attr)
        out[name] = {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}
    out["kind_recall"] = {
        k: {
            "gold": c.kind_gold.get(k, 0),
            "attribution": round(c.kind_attr.get(k, 0) / c.kind_gold[k], 4) if c.kind_gold.get(k) else None,
            "span": round(c.kind_span.get(k, 0) / c.kind_gold[k], 4) if c.kind_gold.get(k) else None,
        }
        for k in KINDS
    }
    out["kind_precision"] = {
        k: {
            "pred": c.kind_pred.get(k, 0),
            "attribution": round(c.kind_pred_attr.get(k, 0) / c.kind_pred[k], 4) if c.kind_pred.get(k) else None,
            "span": round(c.kind_pred_span.get(k, 0) / c.kind_pred[k], 4) if c.kind_pred.get(k) else None,
        }
        for k in KINDS
    }
    return out


def _fmt(x: float | None) -> str:
    return "   -  " if x is None else f"{x:6.3f}"


def gold_for_command(args: argparse.Namespace, task: str) -> list[GoldArticle] | None:
    """The gold articles for ``khabar eval TASK`` (``--data``, ``--limit``, ``--articles``),
    or None after printing why there are none."""
    data = Path(args.data)
    if not (data / "news").is_dir():
        print(f"khabar eval {task}: {data}/news not found: the shared corpora are needed")
        return None
    golds = load_gold(data, numbers=getattr(args, "articles", None))
    if args.limit:
        golds = golds[: args.limit]
    if not golds:
        print(f"khabar eval {task}: no gold articles found under gold/quotes/articles")
        return None
    return golds


def run(args: argparse.Namespace) -> int:
    golds = gold_for_command(args, "quotes")
    if golds is None:
        return 2
    systems = {"khabar": khabar_system(), "baseline": lambda g: baseline(g.text)}
    results: dict[str, Any] = {}
    for split in ("dev", "test"):
        part = [g for g in golds if g.split == split]
        if not part:
            continue  # e.g. --articles picked one split only
        quotes = [q for g in part for q in g.data.get("quotes", [])]
        results[split] = {
            "articles": len(part),
            "gold_quotes": len(quotes),
            "uncertain": sum(1 for q in quotes if q.get("uncertain")),
        }
        for name, system in systems.items():
            results[split][name] = _row(evaluate(part, system))
    _print(results)
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


def _print(results: dict[str, Any]) -> None:
    print("quote attribution on the quote gold set (gold/quotes)")
    print("match: span overlap >= half of the longer span; speaker by normalised name")
    for split, res in results.items():
        k, b = res["khabar"], res["baseline"]
        print(
            f"\n{split}: {res['articles']} articles, {res['gold_quotes']} gold quotes "
            f"({res['uncertain']} marked uncertain: optional)"
        )
        print(f"{'':24}{'khabar':>24}   {'baseline':>24}")
        print(f"{'':24}{'P':>8}{'R':>8}{'F1':>8}   {'P':>8}{'R':>8}{'F1':>8}")
        for m in ("attribution", "span"):
            a, z = k[m], b[m]
            print(
                f"{m:24}{a['precision']:8.3f}{a['recall']:8.3f}{a['f1']:8.3f}   "
                f"{z['precision']:8.3f}{z['recall']:8.3f}{z['f1']:8.3f}"
            )
        print(f"{'recall by kind (n)':24}{'attr':>8}{'span':>8}{'':8}   {'attr':>8}{'span':>8}")
        for kind in KINDS:
            kk, bb = k["kind_recall"][kind], b["kind_recall"][kind]
            label = f"  {kind} ({kk['gold']})"
            print(
                f"{label:24}{_fmt(kk['attribution']):>8}{_fmt(kk['span']):>8}{'':8}   "
                f"{_fmt(bb['attribution']):>8}{_fmt(bb['span']):>8}"
            )
        print(f"{'precision by kind (n)':24}{'attr':>8}{'span':>8}{'':8}   {'attr':>8}{'span':>8}")
        for kind in KINDS:
            kk, bb = k["kind_precision"][kind], b["kind_precision"][kind]
            label = f"  {kind} ({kk['pred']})"
            print(
                f"{label:24}{_fmt(kk['attribution']):>8}{_fmt(kk['span']):>8}{'':8}   "
                f"{_fmt(bb['attribution']):>8}{_fmt(bb['span']):>8}"
            )
        print(f"{'predicted quotes':24}{k['pred']:>8}{'':16}   {b['pred']:>8}")
