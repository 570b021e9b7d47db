"""``khabar bench text``: throughput of the text layer (normalise + lines/dateline +
segment + tokenise, with offsets) against indic-nlp-library (normalise + sentence split
+ tokenise) and spaCy's ``blank("hi")`` tokenizer + sentencizer, on the news corpora.

All three run in this one process on the same texts, one after another, each repeated
``--repeat`` times keeping the best time; the machine is shared and noisy, so the
ratios printed are the numbers to read, not the single timings.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from khabar.corpora import iter_articles
from khabar.evaluation.peers import indic_text_layer, spacy_text_layer
from khabar.pipeline import TextLayer


def best_seconds(fn: Callable[[str], Any], texts: list[str], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        for text in texts:
            fn(text)
        best = min(best, time.perf_counter() - t)
    return best


def khabar_text_layer() -> Callable[[str], Any]:
    layer = TextLayer()

    def run(text: str) -> Any:
        doc = layer(text)
        return doc.tokens, doc.sentences

    return run


def run(args: argparse.Namespace) -> int:
    texts = [a.text for a in iter_articles(args.data)]
    if not texts:
        print(f"khabar: no news corpora under {args.data}")
        return 2
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    tools = {
        "khabar": khabar_text_layer(),
        "spacy blank(hi)": spacy_text_layer(),
        "indic-nlp": indic_text_layer(),
    }
    results: dict[str, Any] = {"input_mb": round(mb, 3), "articles": len(texts), "tools": {}}
    print(f"text layer on {len(texts)} articles, {mb:.2f} MB of UTF-8, best of {args.repeat}")
    print(f"{'tool':<17} {'seconds':>8} {'MB/s':>7} {'khabar is':>10}")
    secs = {name: best_seconds(fn, texts, args.repeat) for name, fn in tools.items()}
    for name, s in secs.items():
        ratio = s / secs["khabar"]
        results["tools"][name] = {"seconds": round(s, 4), "mb_per_s": round(mb / s, 2)}
        print(f"{name:<17} {s:8.3f} {mb / s:7.2f} {ratio:9.1f}x")
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0
