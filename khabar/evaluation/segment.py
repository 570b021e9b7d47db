"""``khabar eval segment``: sentence-boundary precision/recall/F1 on two treebanks, for
khabar, indic-nlp-library's splitter and spaCy's sentencizer on ``spacy.blank("hi")``.

Test texts: UD Hindi PUD documents (raw ``# text`` of each sentence, joined by a space
within a ``newdoc``), and UD Hindi HDTB v1.2 dev+test rebuilt from tokens (no space
before । , ) and after (), ten sentences to a pseudo-document. A boundary is the end
offset of a sentence; the end of each document is not counted (every tool gets it free).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from khabar.evaluation.peers import indic_sentence_spans, spacy_sentence_spans
from khabar.evaluation.scores import f1
from khabar.pipeline import TextLayer

Splitter = Callable[[str], list[tuple[int, int]]]
_NO_SPACE_BEFORE = {"।", ",", ")", ".", "?", "!", ":", ";", "॥"}
_NO_SPACE_AFTER = {"("}


@dataclass
class Scores:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)


def pud_documents(path: Path) -> Iterator[tuple[str, set[int]]]:
    """(text, gold boundary offsets) per PUD document."""
    sents: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# newdoc") and sents:
            yield _join(sents)
            sents = []
        elif line.startswith("# text = "):
            sents.append(line[len("# text = ") :].strip())
    if sents:
        yield _join(sents)


def hdtb_documents(paths: list[Path], per_doc: int = 10) -> Iterator[tuple[str, set[int]]]:
    """(text, gold boundaries) of HDTB sentences rebuilt from their tokens."""
    sents: list[str] = []
    for path in paths:
        tokens: list[str] = []
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                if tokens:
                    sents.append(_detokenize(tokens))
                    tokens = []
                    if len(sents) == per_doc:
                        yield _join(sents)
                        sents = []
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) > 1 and cols[0].isdigit():
                tokens.append(cols[1])
        if tokens:
            sents.append(_detokenize(tokens))
    if sents:
        yield _join(sents)


def _detokenize(tokens: list[str]) -> str:
    out = ""
    for tok in tokens:
        if out and tok not in _NO_SPACE_BEFORE and out[-1] not in _NO_SPACE_AFTER:
            out += " "
        out += tok
    return out


def _join(sents: list[str]) -> tuple[str, set[int]]:
    text = ""
    gold: set[int] = set()
    for s in sents:
        if text:
            text += " "
        text += s
        gold.add(len(text))
    gold.discard(len(text))
    return text, gold


def score(split: Splitter, docs: list[tuple[str, set[int]]]) -> Scores:
    sc = Scores()
    for text, gold in docs:
        pred = {e for _, e in split(text)}
        pred.discard(len(text.rstrip()))
        pred.discard(len(text))
        sc.tp += len(pred & gold)
        sc.fp += len(pred - gold)
        sc.fn += len(gold - pred)
    return sc


def khabar_splitter() -> Splitter:
    layer = TextLayer()

    def split(text: str) -> list[tuple[int, int]]:
        doc = layer(text)
        return [doc.norm.to_orig(s.start, s.end) for s in doc.sentences]

    return split


def run(args: argparse.Namespace) -> int:
    root = Path(args.data) / "syntax"
    pud = root / "ud-hi-pud" / "hi_pud-ud-test.conllu"
    hdtb = [root / "ud-hi-hdtb-v1.2" / f"hi-ud-{s}.conllu" for s in ("dev", "test")]
    if not pud.exists():
        print(f"khabar: treebanks not found under {root}")
        return 2
    sets = {"UD-PUD": list(pud_documents(pud)), "HDTB-v1.2": list(hdtb_documents(hdtb))}
    if args.limit:
        sets = {k: v[: args.limit] for k, v in sets.items()}
    tools: dict[str, Splitter] = {
        "khabar": khabar_splitter(),
        "indic-nlp": indic_sentence_spans,
        "spacy-sentencizer": spacy_sentence_spans(),
    }
    results: dict[str, dict[str, dict[str, float]]] = {}
    print(f"{'treebank':<11} {'tool':<18} {'P':>7} {'R':>7} {'F1':>7}  boundaries")
    for name, docs in sets.items():
        n = sum(len(g) for _, g in docs)
        for tool, split in tools.items():
            sc = score(split, docs)
            results.setdefault(name, {})[tool] = {
                "precision": round(sc.precision, 4),
                "recall": round(sc.recall, 4),
                "f1": round(sc.f1, 4),
            }
            print(
                f"{name:<11} {tool:<18} {sc.precision:7.4f} {sc.recall:7.4f} {sc.f1:7.4f}  {n}"
            )
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0
