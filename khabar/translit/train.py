"""``khabar train translit``: build the romanisation tables from the ``ship`` data.

Writes into khabar/resources/translit/ (or ``--out``):
- ``lexicon.tsv``: Devanagari word -> the romanisation most annotators of Dakshina
  chose (kept only where at least two agreed and the choice was not tied; words with
  ड़/ढ़, and ृ typed ru, are left to the model, which spells them the press way), plus
  official LGD place names of the Hindi states (those that are romanisations, not
  translations) whose spelling the letter model does not already produce; a place
  whose whole name is one word takes its official spelling over Dakshina's typed one
  (अलवर: Alwar, not alvar);
- ``model.crfsuite``: the per-letter model (see :mod:`khabar.translit.model`),
  trained on Dakshina train+dev+test and the LGD place-name pairs;
- ``press_spellings.tsv``: printed spellings with counts (:mod:`khabar.translit.press`)
  from the Indian-names list, Lok Sabha members and constituencies and LGD names.
Xlit-Crowd is never read here: it is the evaluation set.

``python -m khabar.translit.train --holdout DIR`` measures the same recipe on words it
has not seen: it trains on Dakshina train+dev only (into DIR) and prints exact match
on the Dakshina test words (any attested romanisation counts), for the rules, the
trained model and lexicon, and plain aksharamukha.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter, defaultdict
from pathlib import Path

import regex

from khabar.resources import path as resource_path
from khabar.translit.align import Aligner
from khabar.translit.data import dakshina_pairs, latin_vocabulary_counts, lgd_pairs
from khabar.translit.romanizer import drop_kept_schwas
from khabar.translit.script import Letters, kinds, rule_romanize_word, units

LEXICON_HEADER = (
    "# Learned by `khabar train translit` from lexicons/dakshina-hi (CC BY-SA 4.0) and\n"
    "# lexicons/lgd-india-admin (GODL-India). Do not edit: curated spellings go in names.tsv.\n"
    "# columns: devanagari<TAB>latin\n"
)


PRESS_HEADER = (
    "# Learned by `khabar train translit` from lexicons/indian-names-roman (BSD-3),\n"
    "# lexicons/lok-sabha-17 (CC0) and lexicons/lgd-india-admin (GODL-India): words as\n"
    "# Indian names and places are printed in English, with how often each occurs there\n"
    "# (read by khabar.translit.press). Do not edit.\n"
    "# columns: spelling<TAB>count\n"
)


_VOWEL_GROUP = regex.compile(r"[aeiou]+")
_V_AFTER_CONSONANT = regex.compile(r"(?<=[bcdfgjklmnpqstxz]h?)v")  # not after r: Sarvottam
# words with ड़/ढ़ are left to the model, which writes them the press way (r/rh), and
# so are words with ृ typed ru (gruh), which the model prints ri
_FLAPS = ("\u0921\u093c", "\u0922\u093c")
_VOCALIC_R = "\u0943"


def only_more_a(longer: str, shorter: str) -> bool:
    """True when ``longer`` is ``shorter`` with one or more letters a added (a kept
    schwa, a doubled aa)."""
    if len(longer) <= len(shorter):
        return False
    i = 0
    for ch in longer:
        if i < len(shorter) and ch == shorter[i]:
            i += 1
        elif ch != "a":
            return False
    return i == len(shorter)


def majority_lexicon(
    counts: dict[str, Counter[str]], min_votes: int = 2, letters: Letters | None = None
) -> dict[str, str]:
    """Words whose most frequent romanisation has ``min_votes`` and no tie. With
    ``letters``, an attested spelling that is what the rules give and differs from the
    majority only by aa written a (गंगा: ganga over gangaa, अनार: anar over anaar; an
    initial aa stays: Aarav, Aadhaar), or,
    in words of two syllables, by a medial schwa the letter model would drop too
    (:func:`~khabar.translit.romanizer.drop_kept_schwas`; शामली: shamli over shamali,
    not चीन: chin, भारतीय: bhartiy, शत्रुघ्न: shatrughn; साद keeps its aa), is taken
    instead: papers print these the short way that typists lengthen. Longer words keep
    the majority, as the schwa rules miss morpheme boundaries there (अपरिभाषित). An
    attested spelling with w for a व after a consonant wins too (विश्वास: vishwas)."""
    out: dict[str, str] = {}
    for word, c in counts.items():
        if any(f in word for f in _FLAPS):
            continue
        top = c.most_common(2)
        if top[0][1] >= min_votes and (len(top) == 1 or top[0][1] > top[1][1]):
            choice = top[0][0]
            if _VOCALIC_R in word and "ru" in choice:
                continue
            if letters is not None:
                ruled = rule_romanize_word(word, letters)
                if c.get(ruled, 0) > 0 and only_more_a(choice, ruled) and not choice.startswith("aa") and (
                    (choice.replace("aa", "a") == ruled and len(ruled) >= 4)
                    or drop_kept_schwas(choice, ruled) == ruled
                ):
                    choice = ruled
                if "\u094d\u0935" in word:  # व after a consonant is printed w (Vishwas)
                    w = _V_AFTER_CONSONANT.sub("w", choice)
                    if w != choice and c.get(w, 0) > 0:
                        choice = w
            out[word] = choice
    return out


def plausible_pairs(pairs: list[tuple[str, str]], max_cost: float = 0.45) -> list[tuple[str, str]]:
    """Pairs whose Latin side is a romanisation of the Devanagari, not a translation
    (उत्तर/north) or a typo (केवटी/keotirunway), by the aligner's prior cost per letter."""
    letters = Letters.load()
    aligner = Aligner(letters)
    out = []
    for deva, latin in pairs:
        us = units(deva, letters)
        got = aligner.align(us, kinds(us, letters), latin)
        if got is not None and got[1] <= max_cost:
            out.append((deva, latin))
    return out


def write_lexicon(lexicon: dict[str, str], f: Path) -> None:
    with f.open("w", encoding="utf-8") as fh:
        fh.write(LEXICON_HEADER)
        for word in sorted(lexicon):
            fh.write(f"{word}\t{lexicon[word]}\n")


def write_press(data: Path, f: Path) -> int:
    """Write the printed spellings with their counts; returns how many."""
    counts = latin_vocabulary_counts(data)
    with f.open("w", encoding="utf-8") as fh:
        fh.write(PRESS_HEADER)
        for word in sorted(counts):
            fh.write(f"{word}\t{counts[word]}\n")
    return len(counts)


def build(
    data: Path, out: Path, splits: tuple[str, ...] = ("train", "dev", "test"), train_model: bool = True
) -> dict[str, str]:
    """Train the model and write model, lexicon and press table into ``out``; returns
    the lexicon (``train_model=False`` reuses the model already in ``out``)."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for deva, latin, n in dakshina_pairs(data, splits):
        counts[deva][latin] += n
    lgd = plausible_pairs(sorted(set(lgd_pairs(data))))
    whole = dict(plausible_pairs(sorted(set(lgd_pairs(data, whole_only=True)))))
    lexicon = majority_lexicon(counts, letters=Letters.load())
    from khabar.translit import model as letter_model

    if train_model:
        trained = letter_model.train(counts, lgd, out / "model.crfsuite")
    else:
        trained = letter_model.LetterModel(out / "model.crfsuite", Letters.load())
    for deva, latin in lgd:
        if deva not in lexicon and trained.romanize(deva) != latin:
            lexicon[deva] = latin
    for deva, latin in sorted(whole.items()):
        if deva in lexicon and lexicon[deva] != latin:
            lexicon[deva] = latin
    write_lexicon(lexicon, out / "lexicon.tsv")
    write_press(data, out / "press_spellings.tsv")
    print(f"translit: {len(counts)} Dakshina words, {len(lgd)} LGD pairs -> lexicon {len(lexicon)} words")
    return lexicon


def holdout(data: Path, out: Path, train_model: bool = True) -> dict[str, float]:
    """Train on Dakshina train+dev into ``out``; exact match on the test words."""
    from khabar.evaluation.translit import aksharamukha_romanizer
    from khabar.translit.model import LetterModel
    from khabar.translit.press import PressSpellings
    from khabar.translit.romanizer import Romanizer
    from khabar.translit.script import rule_romanize_word

    out.mkdir(parents=True, exist_ok=True)
    lexicon = build(data, out, ("train", "dev"), train_model)
    refs: dict[str, set[str]] = defaultdict(set)
    for deva, latin, _ in dakshina_pairs(data, ("test",)):
        if deva not in lexicon:
            refs[deva].add(latin)
    rom = Romanizer(use_lexicon=False, use_model=False)
    rom.lexicon = lexicon
    rom.model = LetterModel(out / "model.crfsuite", rom.letters)
    rom.press = PressSpellings(str(out / "press_spellings.tsv"))
    systems = {"khabar rules": lambda w: rule_romanize_word(w, rom.letters), "khabar": rom.word}
    ak = aksharamukha_romanizer()
    if ak is not None:
        systems["aksharamukha"] = ak
    res = {}
    for name, fn in systems.items():
        res[name] = sum(fn(w).lower() in r for w, r in refs.items()) / len(refs)
        print(f"Dakshina test, {len(refs)} unseen words: {name:<13} {res[name] * 100:.1f}%")
    return res


def run(args: argparse.Namespace) -> int:
    data = Path(args.data)
    if not (data / "lexicons").is_dir():
        print(f"khabar train translit: {data}/lexicons not found (shared data needed)")
        return 2
    out = Path(args.out) if args.out else resource_path("translit")
    out.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    build(data, out)
    print(f"translit: model, lexicon and press table in {out} ({time.perf_counter() - t0:.0f} s)")
    return 0


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description="held-out measure of the romanisation recipe")
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--holdout", required=True, help="directory for the held-out model")
    ap.add_argument("--reuse-model", action="store_true", help="keep the model already in that directory")
    a = ap.parse_args()
    holdout(Path(a.data), Path(a.holdout), not a.reuse_model)
