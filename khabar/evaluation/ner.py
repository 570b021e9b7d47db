"""``khabar eval ner``: entity-level exact-span precision/recall/F1 (seqeval) per type
and overall on PER/LOC/ORG, side by side:

- khabar: the shipped recogniser (CRF + gazetteers + rules), sentence by sentence;
- khabar-crf: the shipped CRF model alone;
- spaCy: ``spacy.blank("hi")`` + ``ner`` trained on khabar's training data (IL-NER
  train, HiNER validation, the same WikiANN sample), in a cache directory
  (.cache/khabar-eval/), never shipped; best epoch chosen on IL-NER dev. (khabar's
  shipped model also trains on IL-NER dev, once its settings were chosen there; spaCy
  uses dev to pick its epoch instead.)

Test sets: IL-NER test without the sentences that also occur in IL-NER train; WikiANN
test without those in WikiANN train; IJCNLP-08 person/location/organisation (eval
only). Tagging speed is tokens per second of CPU time on one core (one process,
BLAS limited to one thread) on each test set, feature extraction included.

When the quote gold set exists (gold/quotes/articles/*.json), person recall and
precision on its articles are reported too: a gold person counts as found when some
PERSON entity has a mention overlapping one of its gold mentions; a PERSON entity is
correct when one of its mentions overlaps a gold person's mention. Mention-level
exact-span scores are given beside them.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from khabar.entities import data as D

SCORED = ("PER", "LOC", "ORG")
SPACY_EPOCHS = 6
SPACY_PATIENCE = 2
CACHE = Path(__file__).resolve().parents[2] / ".cache" / "khabar-eval"
Tagger = Callable[[list[str]], list[str]]
BatchTagger = Callable[[list[list[str]]], list[list[str]]]


def _one_core() -> Any:
    try:
        from threadpoolctl import threadpool_limits

        return threadpool_limits(1)
    except ImportError:  # pragma: no cover - threadpoolctl comes with scikit-learn
        os.environ.setdefault("OMP_NUM_THREADS", "1")
        return None


def score(gold: list[list[str]], pred: list[list[str]]) -> dict[str, dict[str, float]]:
    """Per-type and micro P/R/F1 over PER/LOC/ORG (seqeval, exact spans)."""
    from seqeval.metrics import classification_report

    g = [D.keep_labels(t, SCORED) for t in gold]
    p = [D.keep_labels(D.repair_bio(list(t)), SCORED) for t in pred]
    rep = classification_report(g, p, output_dict=True, zero_division=0)
    out = {}
    for key in (*SCORED, "micro avg"):
        r = rep.get(key, {"precision": 0.0, "recall": 0.0, "f1-score": 0.0, "support": 0})
        out["ALL" if key == "micro avg" else key] = {
            "p": 100 * r["precision"],
            "r": 100 * r["recall"],
            "f1": 100 * r["f1-score"],
            "n": int(r["support"]),
        }
    return out


def run_tagger(tag: BatchTagger, sents: list[D.Sentence]) -> tuple[list[list[str]], float]:
    """Predictions and tokens per second of CPU time (this process, one thread: the
    figure stays meaningful on a machine shared with other jobs)."""
    t0 = time.process_time()
    pred = tag([words for words, _ in sents])
    dt = time.process_time() - t0
    ntok = sum(len(w) for w, _ in sents)
    return pred, ntok / dt if dt > 0 else 0.0


def khabar_taggers() -> dict[str, BatchTagger]:
    from khabar.entities.component import EntityRecognizer

    rec = EntityRecognizer()

    def full(words: list[str]) -> list[str]:
        tags = ["O"] * len(words)
        for sp in rec.spans(words):
            tags[sp.start] = "B-" + sp.label
            for i in range(sp.start + 1, sp.end):
                tags[i] = "I-" + sp.label
        return tags

    def batch(tag: Tagger) -> BatchTagger:
        return lambda sents: [tag(words) for words in sents]

    return {"khabar": batch(full), "khabar-crf": batch(rec.tagger)}


# -- spaCy baseline ---------------------------------------------------------------


def _spacy_examples(nlp: Any, sents: list[D.Sentence]) -> list[Any]:
    from spacy.tokens import Doc, Span
    from spacy.training import Example

    out = []
    for words, tags in sents:
        ref = Doc(nlp.vocab, words=words)
        ref.ents = [Span(ref, s, e, label=lab) for s, e, lab in D.spans(tags)]
        out.append(Example(Doc(nlp.vocab, words=words), ref))
    return out


def spacy_model(
    train: list[D.Sentence], dev: list[D.Sentence], log: Callable[[str], None]
) -> tuple[Any, dict[str, Any]]:
    """Train (or load from the cache) the spaCy baseline on ``train``."""
    import spacy
    from spacy.training import Example  # noqa: F401  (checks spaCy's training API)
    from spacy.util import minibatch

    digest = hashlib.sha256(
        json.dumps([train, SPACY_EPOCHS, spacy.__version__], ensure_ascii=False).encode()
    ).hexdigest()[:12]
    where = CACHE / f"spacy-ner-{digest}"
    info_path = where / "khabar-info.json"
    if info_path.exists():
        log(f"spaCy baseline: cached model {where}")
        return spacy.load(where), json.loads(info_path.read_text())
    where.mkdir(parents=True, exist_ok=True)
    nlp = spacy.blank("hi")
    ner: Any = nlp.add_pipe("ner")
    for label in D.LABELS:
        ner.add_label(label)
    examples = _spacy_examples(nlp, train)
    dev_examples = _spacy_examples(nlp, dev)
    optimizer = nlp.initialize(lambda: examples[:2000])
    rng = random.Random(0)
    best = -1.0
    best_epoch = 0
    history = []
    t_start = time.perf_counter()
    for epoch in range(1, SPACY_EPOCHS + 1):
        rng.shuffle(examples)
        losses: dict[str, float] = {}
        for batch in minibatch(examples, size=64):
            nlp.update(batch, drop=0.2, sgd=optimizer, losses=losses)
        with nlp.use_params(optimizer.averages):
            f1 = nlp.evaluate(dev_examples)["ents_f"] * 100
        history.append(
            {"epoch": epoch, "loss": round(float(losses.get("ner", 0.0)), 1), "dev_f1": round(float(f1), 1)}
        )
        log(f"spaCy epoch {epoch}: loss {losses.get('ner', 0.0):.0f}, IL-NER dev F1 {f1:.1f}")
        if f1 > best:
            best, best_epoch = f1, epoch
            with nlp.use_params(optimizer.averages):
                nlp.to_disk(where)
        elif epoch - best_epoch >= SPACY_PATIENCE:
            break
    info = {
        "epochs_run": len(history),
        "best_epoch": best_epoch,
        "train_seconds": round(time.perf_counter() - t_start),
        "history": history,
        "train_sentences": len(train),
    }
    info_path.write_text(json.dumps(info, indent=1))
    return spacy.load(where), info


def spacy_tagger(nlp: Any) -> BatchTagger:
    """spaCy's NER over pre-tokenised sentences, in batches (its fastest way)."""
    from spacy.tokens import Doc

    ner = nlp.get_pipe("ner")

    def tag_all(sents: list[list[str]]) -> list[list[str]]:
        out = []
        docs = (Doc(nlp.vocab, words=words) for words in sents)
        for doc in ner.pipe(docs, batch_size=256):
            tags = ["O"] * len(doc)
            for ent in doc.ents:
                tags[ent.start] = "B-" + ent.label_
                for i in range(ent.start + 1, ent.end):
                    tags[i] = "I-" + ent.label_
            out.append(tags)
        return out

    return tag_all


# -- persons of the quote gold set ------------------------------------------------


def gold_persons(root: Path, repo: Path, log: Callable[[str], None]) -> dict[str, Any] | None:
    """Person recall/precision on the quote gold set's articles, per split."""
    files = sorted((repo / "gold" / "quotes" / "articles").glob("*.json"))
    if not files:
        return None
    from khabar.corpora import iter_articles
    from khabar.pipeline import Pipeline
    from khabar.record import article_id

    nlp = Pipeline(components=["entities"])
    stats: dict[str, dict[str, int]] = {}
    golds = [json.loads(f.read_text(encoding="utf-8")) for f in files]
    golds = [g for g in golds if "persons" in g]
    wanted = {(g["path"], g["index"]) for g in golds}
    corpora = tuple(sorted({p.split("/")[1] for p, _ in wanted}))
    texts = {
        (a.path, a.index): a.text
        for a in iter_articles(root, corpora)
        if (a.path, a.index) in wanted
    }
    for g in golds:
        text = texts.get((g["path"], g["index"]))
        if text is None or ("article_id" in g and article_id(text) != g["article_id"]):
            log(f"gold article {g['path']}#{g['index']} not found or changed: skipped")
            continue
        article = nlp(text)
        split = g.get("split", "all")
        s = stats.setdefault(split, dict.fromkeys(("gold", "found", "pred", "correct", "gm", "pm", "mm"), 0))
        pred = [e for e in article.entities if e.type == "PERSON"]
        gold = [[tuple(m) for m in p["mentions"]] for p in g["persons"]]
        gold_mentions = {m for p in gold for m in p}
        pred_mentions = {(m.start, m.end) for e in pred for m in e.mentions}

        def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
            return a[0] < b[1] and b[0] < a[1]

        s["gold"] += len(gold)
        s["found"] += sum(
            any(overlaps(gm, pm) for gm in p for pm in pred_mentions) for p in gold
        )
        s["pred"] += len(pred)
        s["correct"] += sum(
            any(overlaps((m.start, m.end), gm) for m in e.mentions for gm in gold_mentions)
            for e in pred
        )
        s["gm"] += len(gold_mentions)
        s["pm"] += len(pred_mentions)
        s["mm"] += len(gold_mentions & pred_mentions)
    out = {}
    for split, s in stats.items():
        out[split] = {
            "articles": None,
            "persons": s["gold"],
            "recall": s["found"] / s["gold"] if s["gold"] else 0.0,
            "precision": s["correct"] / s["pred"] if s["pred"] else 0.0,
            "mention_recall": s["mm"] / s["gm"] if s["gm"] else 0.0,
            "mention_precision": s["mm"] / s["pm"] if s["pm"] else 0.0,
        }
    counts: dict[str, int] = {}
    for g in golds:
        sp = g.get("split", "all")
        counts[sp] = counts.get(sp, 0) + 1
    for split in out:
        out[split]["articles"] = counts.get(split, 0)
    return out


# -- report -------------------------------------------------------------------------


def _table(results: dict[str, dict[str, Any]]) -> str:
    lines = [
        f"{'test set':<24} {'system':<11} "
        + " ".join(f"{t + ' P/R/F1':>17}" for t in (*SCORED, "ALL"))
        + f" {'tokens/s':>9}"
    ]
    for ds, systems in results.items():
        for name, r in systems.items():
            cells = " ".join(
                f"{r['scores'][t]['p']:5.1f}/{r['scores'][t]['r']:4.1f}/{r['scores'][t]['f1']:4.1f}"
                .rjust(17)
                for t in (*SCORED, "ALL")
            )
            speed = f"{r['tokens_per_s']:9.0f}" if r.get("tokens_per_s") else " " * 9
            lines.append(f"{ds:<24} {name:<11} {cells} {speed}")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    root = Path(args.data)
    if not (root / "ner").is_dir():
        print(f"{root}/ner not found: the shared data is needed for this evaluation")
        return 2
    from khabar.entities.train import training_sentences

    repo = Path(__file__).resolve().parents[2]
    il_train = D.il_ner(root, "train")
    sets = {
        "IL-NER test (dedup)": D.dedup_against(D.il_ner(root, "test"), il_train),
        "WikiANN test (dedup)": D.dedup_against(
            D.wikiann(root, "test"), D.wikiann(root, "train")
        ),
        "IJCNLP-08": D.ijcnlp08(root),
    }
    if args.limit:
        sets = {k: v[: args.limit] for k, v in sets.items()}
    for k, v in sets.items():
        print(f"{k}: {len(v)} sentences, {sum(len(w) for w, _ in v)} tokens")
    limiter = _one_core()
    taggers = khabar_taggers()
    train = training_sentences(root)
    dev = D.dedup_against(D.il_ner(root, "dev"), il_train)
    nlp, spacy_info = spacy_model(train, dev, print)
    taggers["spaCy"] = spacy_tagger(nlp)
    results: dict[str, dict[str, Any]] = {}
    for ds, sents in sets.items():
        gold = [t for _, t in sents]
        results[ds] = {}
        for name, tag in taggers.items():
            pred, tps = run_tagger(tag, sents)
            results[ds][name] = {"scores": score(gold, pred), "tokens_per_s": round(tps)}
    del limiter
    print()
    print(_table(results))
    print(
        f"\nspaCy baseline: blank('hi') + ner, {spacy_info['train_sentences']} training "
        f"sentences, {spacy_info['epochs_run']} epochs run, best epoch "
        f"{spacy_info['best_epoch']} (IL-NER dev), {spacy_info['train_seconds']} s"
    )
    persons = gold_persons(root, repo, print)
    if persons is None:
        print("\nquote gold set (gold/quotes/articles) not found: person scores skipped")
    else:
        print("\nPersons of the quote gold set (entity level: overlap; mention level: exact span)")
        for split, r in sorted(persons.items()):
            print(
                f"  {split:<5} {r['articles']:>3} articles {r['persons']:>4} persons: "
                f"recall {r['recall']:.3f} precision {r['precision']:.3f} | mentions: "
                f"recall {r['mention_recall']:.3f} precision {r['mention_precision']:.3f}"
            )
    if args.json_out:
        Path(args.json_out).write_text(
            json.dumps(
                {"ner": results, "spacy": spacy_info, "gold_persons": persons},
                ensure_ascii=False,
                indent=1,
            ),
            encoding="utf-8",
        )
    return 0
