"""``khabar train ner``: build the place gazetteer from the LGD lexicon and train the
shipped CRF model from the ``ship`` NER datasets.

Command (writes khabar/resources/entities/ner.crfsuite and ner.attributes,
name_lexicon.tsv, known_names.tsv, name_words.tsv and places_lgd.tsv; ~2 minutes on
one core):

    .venv/bin/khabar train ner --data ../shared/data

Training data: IL-NER train and dev, HiNER validation, and a sample of WikiANN train
(its labels are machine-made, so it gets a low weight: a fraction of its sentences).
IL-NER dev joined the training data once the settings below were chosen on it.
The trained model is written compact (``crffile.compact_model``: attributes named by
short codes, their names in ner.attributes): the same weights, so the same tags and
marginals, ~20% faster to tag.

Measurements (CRF alone / full recogniser, exact-span micro F1 on IL-NER dev
deduplicated against train; models trained on IL-NER train + HiNER validation +
WikiANN 40%; differences under ~1 point are within run-to-run noise of settings):

- baseline features, c1 0.05 / c2 0.02, 150 iterations: 72.4 / 73.1 (8.4 MB);
- + name-word features (indian-names-roman spelt in Devanagari, ``namewords``):
  73.4 / 75.2 -- kept;
- + the same with c1 0.1 / c2 0.05: 73.7 / 75.3, 7.9 MB -- kept (c1 0.3: 73.2 / 74.2,
  5.1 MB; 300 iterations: 72.9 / 74.5; 100 iterations: 73.1 / 75.3);
- + Lok Sabha members' names in the name list: 72.4 / 74.7 -- dropped;
- + distributional word clusters (k-means at 32/128/512 over SVD-reduced PPMI
  left/right context vectors of ~750k tokens of ship text, with the neighbours'
  clusters): 72.2 / 74.1 with names, 72.4 / 74.3 without, one granularity 72.0 / 73.8
  -- dropped (no gain at this corpus size);
- character 3-grams of the spelling key: 72.6 / 74.7 -- dropped;
- feature.minfreq 2: 68.6 / 71.5 (5.0 MB, faster) -- dropped; dropping the spelling-key,
  length and 2-letter-prefix templates: 72.8 / 74.7 -- dropped;
- all of WikiANN train (with names, c1 0.1 / c2 0.05): CRF 73.3 -- 40% kept;
- IL-NER train twice: 71.1 / 73.4; without HiNER validation: 70.0 / 73.7 -- dropped.

Later measurements (model without IL-NER dev; CRF alone / full recogniser on IL-NER dev,
IL-NER test, WikiANN test, all deduplicated): shipped features 73.5 / 75.9, 73.0 / 73.6,
75.2 / 72.1;

- + prefixes of 4 and suffixes of 5 letters (words over 4 letters): 73.4 / 76.3,
  72.7 / 73.9, 75.0 / 72.0;
- + the type of a listed name ending right before / starting right after the word
  (g-1=, g+1=): 73.4 / 76.1, 72.9 / 74.0, 75.1 / 72.2;
- both: 73.6 / 76.1, 72.9 / 73.7, 75.8 / 72.6 (8.5 MB); trained with IL-NER dev as
  shipped, `khabar eval ner` gave IL-NER test 74.8 (CRF 73.8), WikiANN 72.0, at
  97k tokens/s against ~105k for the shipped features on the same loaded machine, and
  fewer people found on news -- dropped.

Third round (model without IL-NER dev; CRF alone / full recogniser on IL-NER dev
deduplicated; the shipped settings give 73.3 / 75.9; one entity is ~0.2 points):

- w-3 / w+3, the lexicon label of the words two back and ahead, the last two letters
  and name-word kinds of both neighbours with their trigram, the next postposition
  within four words alone and with the word's lexicon label and suffix, word +
  following postposition, the title kind before the word with its lexicon label and
  name kind, an organisation head within eight words (no postposition between) and
  the word right after one, all together: 72.0 / 74.3 -- dropped (ORG 57.1 -> 52.6);
  the neighbours' suffixes and name kinds alone: 72.6 / 75.9 -- dropped;
- feature.possible_states: 73.3 / 75.9 (L1 prunes the added features) -- no change;
- a source attribute (src=IL / HI / WK) on every token, tagged as IL: 72.3 / 76.5
  (precision 76.9 -> 79.5, recall 75.0 -> 73.6); with all of WikiANN 72.3 / 76.4;
  tagged half IL half HI (valued attributes) 73.4 / 75.2; a quarter HI 73.3 / 76.4
  -- dropped (within noise, and it moves the precision/recall balance the
  recogniser's rules were set on);
- name lexicon and memory jackknifed over 5 folds instead of 2 (closer to the
  full-data lexicon the tagger sees): 73.1 / 76.2 -- within noise, not kept;
- averaged perceptron (50 epochs): 72.0 / 73.8, 20.9 MB; passive-aggressive (50
  epochs): 72.1 / 73.6, 21.4 MB -- L-BFGS kept.
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable
from pathlib import Path

import pycrfsuite

from khabar.entities import data as D
from khabar.entities.crffile import compact_model
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
from khabar.entities.model import MODEL_FILE, names_path
from khabar.entities.namewords import (
    NAME_WORDS_FILE,
    build_name_words,
    name_word_features,
    unlabelled_sentences,
    write_name_words,
)
from khabar.entities.places import build_lgd_places
from khabar.entities.titles import TitleIndex
from khabar.resources import path

# Defaults chosen by measurement on IL-NER dev (deduplicated against train; see above):
# WikiANN share 0 or 0.4 moved dev F1 by less than a point.
WIKIANN_SHARE = 0.4
PARAMS: dict[str, float | int | bool] = {
    "c1": 0.1,
    "c2": 0.05,
    "max_iterations": 150,
    "feature.possible_transitions": True,
    "feature.minfreq": 1,
}
SEED = 13


def training_sentences(
    root: Path, wikiann_share: float = WIKIANN_SHARE, il_dev: bool = False
) -> list[D.Sentence]:
    """IL-NER train (+ IL-NER dev when ``il_dev``: the shipped model, once settings are
    chosen on dev) + HiNER validation + a ``wikiann_share`` sample of WikiANN train.
    Without ``il_dev`` this is exactly the spaCy baseline's training data."""
    sents = D.il_ner(root, "train") + (D.il_ner(root, "dev") if il_dev else [])
    sents += D.hiner_validation(root)
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
    sents = training_sentences(root, il_dev=True)
    titles, gazetteer = TitleIndex(), Gazetteer()
    write_counts(count_labels(sents), path(LEXICON_FILE))
    write_names(count_names(sents), path(NAMES_FILE))
    found = build_name_words(root, {w for s in unlabelled_sentences(root) for w in s})
    write_name_words(found, path(NAME_WORDS_FILE))
    print(f"name_words.tsv: {len(found)} Devanagari spellings of listed Indian names")
    name_words = name_word_features(found)
    xseqs = jackknife_features(
        sents,
        lambda lex, names: FeatureExtractor(
            titles, gazetteer, lex, names=names, name_words=name_words
        ),
    )
    out = Path(args.out) if args.out else path(MODEL_FILE)
    train_crf(sents, out, xseqs)
    compact_model(out, names_path(out))
    print(f"wrote {out} and {names_path(out)} ({out.stat().st_size / 1e6:.1f} MB compact)")
    return 0
