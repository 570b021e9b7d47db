"""Devanagari spellings of common Indian given names and surnames, a tagger feature.

The ``ship`` list lexicons/indian-names-roman holds ~1,500 romanised given names and
surnames. `khabar train ner` finds their Devanagari spellings among the words of
``ship`` text (``unlabelled_sentences``) and of the Dakshina Hindi lexicon (ship): a
word is a name word when its romanisation (``khabar.translit``, or Dakshina's own
attested romanisation) has the same loose Latin key as a listed name. Written to ``name_words.tsv`` (spelling key, kinds).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from khabar.entities import data as D
from khabar.entities.gazetteer import spelling_key
from khabar.resources import load_table, path
from khabar.text.tokenize import tokenize

NAME_WORDS_FILE = "entities/name_words.tsv"
ROMAN = "lexicons/indian-names-roman"
DAKSHINA = "lexicons/dakshina-hi/dakshina_dataset_v1.0/hi/lexicons"
KINDS = {"first.female.names": "g", "first.male.names": "g", "last.names": "s"}
HEADER = """# Devanagari words whose romanisation is a listed Indian given name (g) or surname (s)
# (lexicons/indian-names-roman, BSD-3), found by `khabar train ner`; do not edit by hand.
# A tagger feature, never a rule. Columns: word (spelling key), kinds.
"""
_DEVA = frozenset(chr(c) for c in range(0x0900, 0x0980))


def unlabelled_sentences(root: Path) -> Iterator[list[str]]:
    """Word lists of the ``ship`` sentences whose words are matched against the lists:
    IL-NER train and dev, HiNER validation, WikiANN train, the Hindi discourse dataset
    and UD Hindi PUD (never the news corpora nor ``eval`` data)."""
    for split in ("train", "dev"):
        for words, _ in D.il_ner(root, split):
            yield words
    for words, _ in D.hiner_validation(root):
        yield words
    for words, _ in D.wikiann(root, "train"):
        yield words
    disc = root / "discourse" / "hindi-discourse-midas" / "discourse_dataset.json"
    if disc.exists():
        for row in json.loads(disc.read_text(encoding="utf-8")).values():
            text = str(row.get("Sentence", ""))
            yield [text[s:e] for s, e in tokenize(text)]
    pud = root / "syntax" / "ud-hi-pud" / "hi_pud-ud-test.conllu"
    if pud.exists():
        with open(pud, encoding="utf-8") as f:
            for line in f:
                if line.startswith("# text = "):
                    text = line[len("# text = ") :].strip()
                    yield [text[s:e] for s, e in tokenize(text)]


def roman_names(root: Path) -> dict[str, set[str]]:
    """Latin key of each listed name -> kinds ({"g"}, {"s"} or both)."""
    from khabar.translit import latin_key

    out: dict[str, set[str]] = {}
    for fname, kind in KINDS.items():
        f = root / ROMAN / fname
        if not f.exists():
            continue
        for i, line in enumerate(f.read_text(encoding="utf-8").splitlines()):
            word = line.strip()
            if i == 0 and word.isdigit():  # the count line
                continue
            if word.isalpha():
                out.setdefault(latin_key(word), set()).add(kind)
    return out


def build_name_words(root: Path, words: Iterable[str]) -> dict[str, str]:
    """spelling key -> kinds ("g", "s" or "gs") for the Devanagari ``words`` and Dakshina
    words whose romanisation is a listed name."""
    from khabar.translit import default_romanizer, latin_key

    names = roman_names(root)
    if not names:
        return {}
    found: dict[str, set[str]] = {}
    rom = default_romanizer()
    for w in set(words):
        if not w or any(c not in _DEVA for c in w) or len(w) > 30:
            continue
        kinds = names.get(latin_key(rom(w)))
        if kinds:
            found.setdefault(spelling_key(w), set()).update(kinds)
    dak = root / DAKSHINA
    for f in sorted(dak.glob("hi.translit.sampled.*.tsv")) if dak.is_dir() else []:
        with open(f, encoding="utf-8") as fh:
            for line in fh:
                cells = line.rstrip("\n").split("\t")
                if len(cells) < 2:
                    continue
                kinds = names.get(latin_key(cells[1]))
                if kinds:
                    found.setdefault(spelling_key(cells[0]), set()).update(kinds)
    return {k: "".join(sorted(v)) for k, v in found.items()}


def write_name_words(found: dict[str, str], out: Path) -> None:
    with open(out, "w", encoding="utf-8") as f:
        f.write(HEADER)
        for key in sorted(found):
            f.write(f"{key}\t{found[key]}\n")


def name_word_features(found: dict[str, str]) -> dict[str, list[str]]:
    return {k: ["nm=" + c for c in v] for k, v in found.items()}


def load_name_words(name: str = NAME_WORDS_FILE) -> dict[str, list[str]]:
    """key -> feature strings ("nm=g", "nm=s"); empty when not built."""
    if not path(name).exists():
        return {}
    return name_word_features({r[0]: r[1] for r in load_table(name) if len(r) >= 2})
