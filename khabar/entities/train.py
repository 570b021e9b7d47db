"""``khabar train ner``: build the place gazetteer from the LGD lexicon and train the
shipped CRF model from the ``ship`` NER datasets.

Training data: IL-NER train, HiNER validation, and a sample of WikiANN train (its
labels are machine-made, so it gets a low weight: a fraction of its sentences).
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable
from pathlib import Path

import pycrfsuite

from khabar.entities import data as D
from khabar.entities.features import FeatureExtractor
from khabar.entities.gazetteer import Gazetteer
from khabar.entities.lexicon import (
    LEXICON_FILE,
    NAMES_FILE,
    NameMemory,
    count_labels,
    count_names,
    lexicon_features,
    write_counts,
    write_names,
)
from khabar.entities.model import MODEL_FILE
from khabar.entities.places import build_lgd_places
from khabar.entities.titles import TitleIndex
from khabar.resources import path

# Defaults chosen by measurement on IL-NER dev (deduplicated against train): WikiANN share
# 0 or 0.4, c1/c2 at (0.05, 0.02) or (0.1, 0.1) moved dev F1 by less than a point.
WIKIANN_SHARE = 0.4
PARAMS: dict[str, float | int | bool] = {
    "c1": 0.05,
    "c2": 0.02,
    "max_iterations": 150,
    "feature.possible_transitions": True,
    "feature.minfreq": 1,
}
SEED = 13


def training_sentences(root: Path, wikiann_share: float = WIKIANN_SHARE) -> list[D.Sentence]:
    """IL-NER train + HiNER validation + a ``wikiann_share`` sample of WikiANN train."""
    sents = D.il_ner(root, "train") + D.hiner_validation(root)
    wk = D.wikiann(root, "train")
    rng = random.Random(SEED)
    rng.shuffle(wk)
    sents += wk[: int(len(wk) * wikiann_share)]
    return sents


def jackknife_features(
    sentences: list[D.Sentence],
    make: Callable[[dict[str, list[str]], NameMemory], FeatureExtractor],
) -> list[list[list[str]]]:
    """Features of every sentence, computed with a name lexicon and name memory built
    from the other half of the data (sentences alternate between the halves)."""
    halves = [sentences[0::2], sentences[1::2]]
    extractors = [
        make(lexicon_features(count_labels(h)), memory(count_names(h))) for h in reversed(halves)
    ]
    return [extractors[i % 2](words) for i, (words, _) in enumerate(sentences)]


def memory(names: dict[tuple[str, ...], tuple[str, int]]) -> NameMemory:
    return NameMemory({k: v[0] for k, v in names.items()})


def train_crf(
    sentences: list[D.Sentence],
    out: Path,
    xseqs: list[list[list[str]]],
    params: dict[str, float | int | bool] | None = None,
    log: Callable[[str], None] = print,
) -> None:
    """Train a crfsuite model on ``sentences`` (features ``xseqs``), write it to ``out``."""
    trainer = pycrfsuite.Trainer(verbose=False)
    for (_, tags), xseq in zip(sentences, xseqs, strict=True):
        trainer.append(xseq, tags)
    trainer.set_params({**PARAMS, **(params or {})})
    out.parent.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    trainer.train(str(out))
    last = trainer.logparser.last_iteration or {}
    log(
        f"trained on {len(sentences)} sentences in {time.perf_counter() - t0:.0f} s "
        f"({last.get('num', '?')} iterations); model {out.stat().st_size / 1e6:.1f} MB"
    )


def run(args: argparse.Namespace) -> int:
    root = Path(args.data)
    if not (root / "ner").is_dir():
        print(f"{root}/ner not found: the shared data is needed to train")
        return 2
    n = build_lgd_places(root, path("entities/places_lgd.tsv"), training_sentences(root, 1.0))
    print(f"places_lgd.tsv: {n} places from the Local Government Directory")
    sents = training_sentences(root)
    titles, gazetteer = TitleIndex(), Gazetteer()
    write_counts(count_labels(sents), path(LEXICON_FILE))
    write_names(count_names(sents), path(NAMES_FILE))
    xseqs = jackknife_features(
        sents, lambda lex, names: FeatureExtractor(titles, gazetteer, lex, names=names)
    )
    out = Path(args.out) if args.out else path(MODEL_FILE)
    train_crf(sents, out, xseqs)
    print(f"wrote {out}")
    return 0
