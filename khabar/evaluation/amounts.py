"""``khabar eval amounts``: amounts against two gold sources, beside a digits-only baseline.

1. **fire2018 train, CASUALTIES-ARG and MAGNITUDE-ARG spans** (../shared/data/news/
   fire2018-events). The annotators marked the casualty / magnitude phrase, not the
   numbers, so the gold numbers of a span are read from it by ``span_numbers``: every
   maximal run of number tokens inside the span — digit groups (Indian or Western
   grouping, decimals, Devanagari digits), cardinal words 0-99 with their spelling
   variants, multipliers (सौ … अरब, दर्जन) and the fractions डेढ़/ढाई/सवा/साढ़े/पौने —
   composed into one value ("एक करोड़ तीस लाख" = 13,000,000; "४१ हजार" = 41,000).
   Runs are split at hyphens ("15-20" gives 15 and 20; "तीन-तीन" gives 3 and 3). Vague
   words (कई, हजारों, दर्जनों) and ordinals give no gold number. A gold number is
   *found* when a system amount overlaps it and has that value (as value or value_max).
   Reported: number recall per label (CASUALTIES-ARG is the casualty-number recall).
   The spans mark no units, so units are not scored here.
2. **The quote gold set** (gold/quotes/articles/*.json, "amounts", split dev/test from
   gold/quotes/selection.json). System and gold amounts are paired one-to-one by
   overlapping spans; a pair is correct for *value+unit* when value, value_max and unit
   all agree (values to 1e-6 relative). Reported per split: precision, recall and F1
   for spans, values and value+unit, and the agreement on ``approx``. value+unit is
   the score; as the annotation guidelines settle, every kind of counted person
   (patient, worker, woman …) is the unit "people" in it, where the annotators wrote
   either. ``value_unit_exact`` compares the units as written.

The baseline finds digit groups only (``\\d+`` with Indian/Western grouping and
decimals, no words, no multipliers, no ranges) and takes as unit the next word looked
up in khabar's unit table (None if it is not a unit word).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from khabar.amounts.lexicon import AmountLexicon
from khabar.corpora import CorpusArticle, fire2018, iter_articles
from khabar.evaluation.scores import prf
from khabar.record import Amount, Meta, article_id

REPO = Path(__file__).resolve().parents[2]
GOLD_DIR = REPO / "gold" / "quotes"
LABELS = ("CASUALTIES-ARG", "MAGNITUDE-ARG")
_DEV_DIGITS = str.maketrans({0x0966 + i: str(i) for i in range(10)})
_BASE_NUM_RE = re.compile(
    r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:,\d\d)+,\d{3}|\d+)(?:\.\d+)?(?![\d])"
)
_NEXT_WORD_RE = re.compile(r"[ \t]*([\u0900-\u0963\u0971-\u097fA-Za-z%]+)")
_SPAN_TOKEN_RE = re.compile(r"\d[\d,]*(?:\.\d+)?|[\u0900-\u0963\u0971-\u097f]+|-|\S")

System = Callable[[str, Meta], list[Amount]]


# -- gold numbers of a fire2018 span -------------------------------------------------


@dataclass(frozen=True)
class GoldNumber:
    start: int
    end: int
    value: float


class SpanReader:
    """Reads the numbers written in a span (independently of khabar's finder)."""

    def __init__(self, lex: AmountLexicon | None = None) -> None:
        lex = lex or AmountLexicon()
        self.words = dict(lex.numbers)
        self.mults = dict(lex.multipliers)
        self.values = {f: x.value for f, x in lex.fractions.items() if x.op == "value"}
        self.add = {f: x.value for f, x in lex.fractions.items() if x.op == "add"}
        self.add.update({f: -x.value for f, x in lex.fractions.items() if x.op == "sub"})

    def __call__(self, text: str, start: int, end: int) -> list[GoldNumber]:
        span = unicodedata.normalize("NFC", text[start:end].translate(_DEV_DIGITS))
        if len(span) != end - start:  # NFC changed lengths: read the original as is
            span = text[start:end].translate(_DEV_DIGITS)
        out: list[GoldNumber] = []
        run: list[tuple[int, int, str]] = []
        for m in _SPAN_TOKEN_RE.finditer(span):
            tok = m.group(0)
            if self._is_number(tok):
                run.append((m.start(), m.end(), tok))
                continue
            self._flush(run, start, out)
            run = []
        self._flush(run, start, out)
        return out

    def _is_number(self, tok: str) -> bool:
        if tok[0].isdigit():
            return True
        return tok in self.words or tok in self.mults or tok in self.values or tok in self.add

    def _flush(self, run: list[tuple[int, int, str]], offset: int, out: list[GoldNumber]) -> None:
        """Compose adjacent number tokens: [fraction] base [multipliers] … groups."""
        start: int | None = None
        end = 0
        total, group, small, pending = 0.0, None, False, 0.0

        def emit() -> None:
            if start is not None and (group is not None or total):
                out.append(GoldNumber(offset + start, offset + end, total + (group or 0.0)))

        for s, e, tok in run:
            if tok in self.add:
                if group is not None or total:
                    emit()
                    start, total, group, small = None, 0.0, None, False
                pending = self.add[tok]
            elif tok in self.mults:
                m = self.mults[tok]
                base = group if group is not None else 1.0 + pending
                if m < 1000:
                    group, small = base * m, True
                elif group is None and total:
                    total *= m
                else:
                    total, group, small = total + base * m, None, False
                pending = 0.0
            else:
                v = _digits(tok) if tok[0].isdigit() else self.words.get(tok, self.values.get(tok))
                if v is None:
                    continue
                if group is not None and not (small and v < 100):
                    emit()
                    start, total, group, small = None, 0.0, None, False
                group = (group or 0.0) + v if small else v + pending
                small, pending = False, 0.0
            start = s if start is None else start
            end = e
        emit()


def _digits(tok: str) -> float | None:
    tok = tok.rstrip(",")
    try:
        return float(tok.replace(",", ""))
    except ValueError:
        return None


# -- the baseline --------------------------------------------------------------------


class DigitsBaseline:
    """Digit groups only; unit = the next word if it is a unit word."""

    def __init__(self, lex: AmountLexicon | None = None) -> None:
        self.units = (lex or AmountLexicon()).units

    def __call__(self, text: str, meta: Meta | None = None) -> list[Amount]:
        norm = text.translate(_DEV_DIGITS)
        out = []
        for m in _BASE_NUM_RE.finditer(norm):
            value = float(m.group(0).replace(",", ""))
            nw = _NEXT_WORD_RE.match(norm, m.end())
            u = self.units.get(unicodedata.normalize("NFC", nw.group(1))) if nw else None
            out.append(Amount(m.start(), m.end(), value, m.group(0), None, u.name if u else None))
        return out


def khabar_system() -> System:
    """The amounts as the full pipeline finds them: after the entities, whose persons
    give ages ("X (19)") their unit."""
    from khabar.pipeline import Pipeline

    nlp = Pipeline(["entities", "amounts"])
    return lambda text, meta: nlp(text, meta).amounts


# -- scoring -------------------------------------------------------------------------


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def fire_recall(
    articles: Iterable[CorpusArticle], systems: dict[str, System], reader: SpanReader
) -> dict[str, Any]:
    """Number recall on the CASUALTIES/MAGNITUDE spans, per label and system."""
    res: dict[str, Any] = {
        lab: {"spans": 0, "spans_with_numbers": 0, "numbers": 0, "found": dict.fromkeys(systems, 0)}
        for lab in LABELS
    }
    n_articles = 0
    for art in articles:
        spans = [a for a in art.args if a.label in LABELS]
        if not spans:
            continue
        n_articles += 1
        found = {name: sys_(art.text, art.meta) for name, sys_ in systems.items()}
        for arg in spans:
            r = res[arg.label]
            r["spans"] += 1
            golds = reader(art.text, arg.start, arg.end)
            if golds:
                r["spans_with_numbers"] += 1
            r["numbers"] += len(golds)
            for name, amounts in found.items():
                for g in golds:
                    if any(
                        a.start < g.end
                        and g.start < a.end
                        and (_close(a.value, g.value) or _close(a.value_max, g.value))
                        for a in amounts
                    ):
                        r["found"][name] += 1
    for r in res.values():
        r["recall"] = {
            n: (f / r["numbers"] if r["numbers"] else 0.0) for n, f in r["found"].items()
        }
    res["articles"] = n_articles
    return res


@dataclass
class Counts:
    gold: int = 0
    system: int = 0
    span: int = 0
    value: int = 0
    value_unit: int = 0
    value_unit_exact: int = 0
    approx_agree: int = 0

    def add(self, other: Counts) -> None:
        for k in vars(self):
            setattr(self, k, getattr(self, k) + getattr(other, k))

    def prf(self, hits: int) -> dict[str, float]:
        p, r, f = prf(hits, self.system, gold=self.gold)
        return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4)}

    def report(self) -> dict[str, Any]:
        return {
            "gold": self.gold,
            "system": self.system,
            "span": self.prf(self.span),
            "value": self.prf(self.value),
            "value_unit": self.prf(self.value_unit),
            "value_unit_exact": self.prf(self.value_unit_exact),
            "approx_agreement": round(self.approx_agree / self.span, 4) if self.span else 0.0,
        }


def _coarse_units() -> dict[str, str]:
    """Units of people (patient, worker, woman, …) -> "people", for the coarse score."""
    lex = AmountLexicon()
    return {u.name: "people" for u in lex.units.values() if u.cls == "human" and u.name}


_COARSE = _coarse_units()


def coarse(unit: str | None) -> str | None:
    """The unit with every kind of person counted as "people" (the gold set's annotators
    differ there: "13 मरीज" is patient for some and people for others)."""
    return _COARSE.get(unit, unit) if unit else unit


def match(gold: list[dict[str, Any]], system: list[Amount]) -> tuple[Counts, list[dict[str, Any]]]:
    """One-to-one pairing by overlap, best agreement first; the counts and the errors."""
    c = Counts(gold=len(gold), system=len(system))
    used: set[int] = set()
    errors: list[dict[str, Any]] = []
    for g in gold:
        best, best_key = None, (-1, -1, -1, 0)
        for i, a in enumerate(system):
            if i in used or not (a.start < g["end"] and g["start"] < a.end):
                continue
            v_ok = _close(a.value, g["value"]) and _close(a.value_max, g.get("value_max"))
            u_ok = v_ok and coarse(a.unit) == coarse(g.get("unit"))
            ov = min(a.end, g["end"]) - max(a.start, g["start"])
            key = (int(u_ok), int(v_ok), ov, -i)
            if key > best_key:
                best, best_key = i, key
        if best is None:
            errors.append({"kind": "missed", "gold": g})
            continue
        used.add(best)
        a = system[best]
        c.span += 1
        c.value += best_key[1]
        c.value_unit += best_key[0]
        c.value_unit_exact += int(bool(best_key[1]) and a.unit == g.get("unit"))
        c.approx_agree += int(bool(a.approx) == bool(g.get("approx")))
        if not best_key[0]:
            errors.append({"kind": "wrong", "gold": g, "system": _amount_dict(a)})
    for i, a in enumerate(system):
        if i not in used:
            errors.append({"kind": "spurious", "system": _amount_dict(a)})
    return c, errors


def _amount_dict(a: Amount) -> dict[str, Any]:
    return {
        "start": a.start,
        "end": a.end,
        "text": a.text,
        "value": a.value,
        "value_max": a.value_max,
        "unit": a.unit,
        "approx": a.approx,
    }


def gold_articles(
    root: Path, limit: int | None = None, numbers: frozenset[int] | None = None
) -> Iterator[tuple[str, dict[str, Any], CorpusArticle]]:
    """(split, gold entry, article) for every annotated article of the quote gold set (of
    ``numbers``, when given)."""
    sel_path = GOLD_DIR / "selection.json"
    if not sel_path.is_file():
        return
    selection = json.loads(sel_path.read_text(encoding="utf-8"))
    entries: dict[tuple[str, int], tuple[str, dict[str, Any]]] = {}
    for p in sorted((GOLD_DIR / "articles").glob("*.json")):
        try:
            n = int(p.stem)
            g = json.loads(p.read_text(encoding="utf-8"))
        except (ValueError, json.JSONDecodeError):
            continue
        if n >= len(selection) or "amounts" not in g or (numbers is not None and n not in numbers):
            continue
        split = selection[n]["split"]
        entries[(g["path"], g["index"])] = (split, g)
        if limit is not None and len(entries) >= limit:
            break
    corpora = tuple(sorted({path.split("/")[1] for path, _ in entries}))
    for art in iter_articles(root, corpora):
        key = (art.path, art.index)
        if key not in entries:
            continue
        split, g = entries.pop(key)
        if g.get("article_id") and g["article_id"] != article_id(art.text):
            print(f"khabar: {art.path}#{art.index}: article id differs, skipped", file=sys.stderr)
            continue
        yield split, g, art


def gold_scores(
    items: Iterable[tuple[str, dict[str, Any], CorpusArticle]], systems: dict[str, System]
) -> tuple[dict[str, Any], dict[str, list[dict[str, Any]]]]:
    """Per split and system: counts reported as P/R/F1; errors of the dev split."""
    totals: dict[str, dict[str, Counts]] = {}
    articles: dict[str, int] = {}
    dev_errors: dict[str, list[dict[str, Any]]] = {name: [] for name in systems}
    for split, g, art in items:
        articles[split] = articles.get(split, 0) + 1
        for name, sys_ in systems.items():
            c, errs = match(g["amounts"], sys_(art.text, art.meta))
            totals.setdefault(split, {}).setdefault(name, Counts()).add(c)
            if split == "dev":
                for e in errs:
                    e["article"] = f"{art.path}#{art.index}"
                    dev_errors[name].append(e)
    out = {
        split: {"articles": articles[split], **{n: c.report() for n, c in by.items()}}
        for split, by in sorted(totals.items())
    }
    return out, dev_errors


# -- the command ---------------------------------------------------------------------


def run(args: argparse.Namespace) -> int:
    root = Path(args.data)
    if not (root / "news").is_dir():
        print(f"khabar: {root}: shared data not found (../shared/data)", file=sys.stderr)
        return 2
    lex = AmountLexicon()
    systems: dict[str, System] = {"khabar": khabar_system(), "baseline": DigitsBaseline(lex)}
    limit = getattr(args, "limit", None)
    fire_arts: Iterable[CorpusArticle] = fire2018(root)
    if limit is not None:
        fire_arts = (a for i, a in enumerate(fire2018(root)) if i < limit)
    fire = fire_recall(fire_arts, systems, SpanReader(lex))
    numbers = getattr(args, "articles", None)
    gold, dev_errors = gold_scores(gold_articles(root, limit, numbers), systems)
    print(f"fire2018 train ({fire['articles']} articles with argument spans): number recall")
    print(f"  {'label':16} {'spans':>6} {'w/num':>6} {'numbers':>7} {'khabar':>7} {'baseline':>8}")
    for lab in LABELS:
        r = fire[lab]
        print(
            f"  {lab:16} {r['spans']:>6} {r['spans_with_numbers']:>6} {r['numbers']:>7}"
            f" {r['recall']['khabar']:>7.3f} {r['recall']['baseline']:>8.3f}"
        )
    print("quote gold set: amounts (P / R / F1)")
    for split, rep in gold.items():
        print(f"  {split} ({rep['articles']} articles, {rep['khabar']['gold']} gold amounts)")
        for name in systems:
            x = rep[name]
            cells = "  ".join(
                f"{k} {x[k]['p']:.3f}/{x[k]['r']:.3f}/{x[k]['f1']:.3f}"
                for k in ("span", "value", "value_unit", "value_unit_exact")
            )
            print(f"    {name:9} {cells}  approx-agree {x['approx_agreement']:.3f}")
    if not gold:
        print("  (no annotated articles with amounts yet)")
    if getattr(args, "json_out", None):
        Path(args.json_out).write_text(
            json.dumps(
                {"fire2018": fire, "gold": gold, "dev_errors": dev_errors},
                ensure_ascii=False,
                indent=1,
            ),
            encoding="utf-8",
        )
    return 0
