"""Study what weights the continuation scorer would get from the dev split of the quote
gold set (never test). For analysis only: the result is not shipped, because the gold
set's articles come from corpora licensed for evaluation only; the shipped
khabar/resources/quotes/continuation_model.tsv is hand-set.

Every sentence that could continue a quote (``ContinuationFinder`` in training mode:
after a quote, same paragraph, no attribution of its own) is one example, labelled by
the gold: positive when a gold continuation covers it, skipped when that gold quote is
marked uncertain. The model is an L2-regularised logistic regression over the
finder's binary features. The threshold is the one that gives the best continuation F1
when runs stop at the first rejected sentence, measured on out-of-fold scores
(articles split in folds), so that the threshold is not fitted to the same examples
as the weights.

Run: ``python -m khabar.quotes.train [--data ../shared/data] [--max-article N] [--out F]``.
"""

from __future__ import annotations

import argparse
import math
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from khabar.doc import Doc, Sentence
from khabar.evaluation.quotes import GoldArticle, load_gold, overlap_ok
from khabar.evaluation.scores import f1
from khabar.quotes.detect import Candidate

L2 = 1.0
EPOCHS = 400
LEARNING_RATE = 0.5
FOLDS = 5
MIN_FEATURE_COUNT = 3  # features seen fewer times get no weight
TIE = 0.0  # F1 differences up to this do not choose the threshold (then: the highest)
SMOOTH = 4  # grid steps (0.05 each) on either side averaged when choosing the threshold


@dataclass
class Example:
    article: int
    run: int  # runs are numbered across the data set; examples of a run are in order
    features: list[str]
    label: int


def collect_examples(golds: list[GoldArticle]) -> list[Example]:
    from khabar.pipeline import COMPONENTS, Pipeline
    from khabar.quotes.component import QuoteFinder

    upstream = Pipeline([n for n in COMPONENTS if n != "quotes"])
    finder = QuoteFinder()
    out: list[Example] = []
    runs: dict[tuple[int, int], int] = {}
    for g in golds:
        doc = upstream.make_doc(g.text, g.meta)
        gold = [q for q in g.data.get("quotes", []) if q["kind"] == "continuation"]

        def take(doc: Doc, sent: Sentence, feats: list[str], root: Candidate, g: GoldArticle = g,
                 gold: list[dict] = gold) -> None:
            a, b = doc.norm.to_orig(sent.start, sent.end)
            label = 0
            for q in gold:
                if overlap_ok((a, b), (q["start"], q["end"])) or (q["start"] >= a and q["end"] <= b):
                    if q.get("uncertain"):
                        return
                    label = 1
                    break
            key = (g.number, id(root))
            if key not in runs:
                runs[key] = len(runs)
            out.append(Example(g.number, runs[key], feats, label))

        finder(doc, collect=take)
    return out


def train(examples: list[Example], vocab: set[str]) -> dict[str, float]:
    """Logistic regression by batch gradient descent (small data: a few hundred rows)."""
    w: dict[str, float] = defaultdict(float)
    n = max(1, len(examples))
    for _ in range(EPOCHS):
        grad: dict[str, float] = defaultdict(float)
        for ex in examples:
            z = sum(w[f] for f in ex.features if f in vocab)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            d = p - ex.label
            for f in ex.features:
                if f in vocab:
                    grad[f] += d
        for f in vocab:
            reg = 0.0 if f == "bias" else L2 * w[f]
            w[f] -= LEARNING_RATE * (grad[f] + reg) / n
    return dict(w)


def score(w: dict[str, float], ex: Example) -> float:
    return sum(w.get(f, 0.0) for f in ex.features)


def run_f1(scored: list[tuple[Example, float]], threshold: float) -> tuple[float, float, float]:
    """Continuation P/R/F1 when each run stops at its first rejected sentence."""
    tp = fp = 0
    positives = sum(ex.label for ex, _ in scored)
    stopped: set[int] = set()
    for ex, s in scored:
        if ex.run in stopped:
            continue
        if s < threshold:
            stopped.add(ex.run)
            continue
        if ex.label:
            tp += 1
        else:
            fp += 1
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / positives if positives else 0.0
    return p, r, f1(p, r)


def vocabulary(examples: list[Example]) -> set[str]:
    counts: dict[str, int] = defaultdict(int)
    for ex in examples:
        for f in set(ex.features):
            counts[f] += 1
    return {f for f, c in counts.items() if c >= MIN_FEATURE_COUNT} | {"bias"}


def cross_validate(examples: list[Example]) -> list[tuple[Example, float]]:
    articles = sorted({ex.article for ex in examples})
    fold_of = {a: i % FOLDS for i, a in enumerate(articles)}
    scored: list[tuple[Example, float]] = []
    for k in range(FOLDS):
        train_set = [ex for ex in examples if fold_of[ex.article] != k]
        w = train(train_set, vocabulary(train_set))
        scored += [(ex, score(w, ex)) for ex in examples if fold_of[ex.article] == k]
    order = {id(ex): i for i, ex in enumerate(examples)}
    scored.sort(key=lambda x: order[id(x[0])])
    return scored


def best_threshold(scored: list[tuple[Example, float]]) -> tuple[float, tuple[float, float, float]]:
    """The threshold of the best out-of-fold F1, the curve smoothed over neighbouring
    thresholds (among thresholds within ``TIE`` of the best, the highest: fewer, surer
    continuations)."""
    grid = [(i / 20, run_f1(scored, i / 20)) for i in range(-60, 61)]
    # F1 averaged over neighbouring thresholds: a narrow spike of the curve is noise
    smooth = []
    for i, (t, prf) in enumerate(grid):
        near = grid[max(0, i - SMOOTH) : i + SMOOTH + 1]
        smooth.append((sum(p[2] for _, p in near) / len(near), t, prf))
    top = max(f for f, _, _ in smooth)
    best = max(((t, prf) for f, t, prf in smooth if f >= top - TIE), key=lambda x: x[0])
    return best


def write_model(w: dict[str, float], threshold: float, n: int, articles: int, target: Path) -> None:
    lines = [
        "# Weights of the continuation model (khabar.quotes.continuation): feature <TAB> weight.",
        "# Written by `python -m khabar.quotes.train` from the dev split of the quote gold set",
        f"# ({n} candidate sentences in {articles} articles); @threshold: the least score of a",
        "# continuation, chosen on out-of-fold scores for the best continuation F1.",
        f"@threshold\t{threshold:.2f}",
    ]
    for f, v in sorted(w.items(), key=lambda x: (-abs(x[1]), x[0])):
        if abs(v) >= 0.005:
            lines.append(f"{f}\t{v:.3f}")
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default=str(Path(__file__).resolve().parents[2] / ".." / "shared" / "data"))
    ap.add_argument("--max-article", type=int, default=None,
                    help="use dev articles numbered up to this one only (hold out the rest)")
    ap.add_argument(
        "--out",
        default=None,
        help="write the suggested weights to this file (never to the shipped resource: the "
        "gold set's corpora are licensed for evaluation only)",
    )
    args = ap.parse_args(argv)
    golds = [g for g in load_gold(args.data, ("dev",)) if g.split == "dev"]
    if args.max_article is not None:
        golds = [g for g in golds if g.number <= args.max_article]
    examples = collect_examples(golds)
    positives = sum(ex.label for ex in examples)
    print(f"{len(examples)} candidate sentences ({positives} continuations) in {len(golds)} dev articles")
    scored = cross_validate(examples)
    threshold, (p, r, f) = best_threshold(scored)
    f0 = run_f1(scored, 0.0)[2]
    print(f"out-of-fold: threshold {threshold:.2f}: P {p:.3f} R {r:.3f} F1 {f:.3f}  (at 0: F1 {f0:.3f})")
    w = train(examples, vocabulary(examples))
    for feat, v in sorted(w.items(), key=lambda x: -abs(x[1]))[:40]:
        print(f"  {feat:24} {v:+.3f}")
    if args.out:
        write_model(w, threshold, len(examples), len(golds), Path(args.out))
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
