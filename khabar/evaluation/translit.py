"""``khabar eval translit``: romanisation accuracy on Xlit-Crowd, side by side.

Xlit-Crowd (lexicons/xlit-crowd-hi-en, eval only) gives one or more crowd
romanisations per Devanagari word. A system's answer counts as correct when it
equals one of them, case-insensitively (the usual top-1 accuracy with multiple
references); "per pair" scores every (word, romanisation) row on its own. Rows:
- aksharamukha: ``process('Devanagari', 'RomanColloquial', w, pre_options=['RemoveSchwaHindi'])``
- khabar rules: the rule layer alone (schwa deletion, anusvara, nukta);
- khabar model: rules + the learned letter model (no word lists);
- khabar: the shipped Romanizer (curated names, learned lexicon, model).
The last column is accuracy on the words that neither the lexicon nor the curated
list holds, so that a lexicon hit is not mistaken for generalisation.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections.abc import Callable
from pathlib import Path

from khabar.translit.data import xlit_crowd


def aksharamukha_romanizer() -> Callable[[str], str] | None:
    try:
        from aksharamukha import transliterate
    except ImportError:
        return None

    def run(word: str) -> str:
        return str(
            transliterate.process("Devanagari", "RomanColloquial", word, pre_options=["RemoveSchwaHindi"])
        )

    return run


def systems() -> dict[str, Callable[[str], str]]:
    """The systems compared, name -> word romaniser (lower-case output)."""
    from khabar.translit import Romanizer
    from khabar.translit.script import rule_romanize_word

    full = Romanizer()
    bare = Romanizer(use_lexicon=False, use_names=False)
    out: dict[str, Callable[[str], str]] = {}
    ak = aksharamukha_romanizer()
    if ak is not None:
        out["aksharamukha"] = ak
    out["khabar rules"] = lambda w: rule_romanize_word(w, full.letters)
    if full.model is not None:
        out["khabar model"] = bare.word
    out["khabar"] = full.word
    return out


def score(
    refs: dict[str, set[str]], fn: Callable[[str], str], known: set[str]
) -> dict[str, float]:
    words = list(refs)
    t0 = time.perf_counter()
    answers = {w: fn(w).lower() for w in words}
    seconds = time.perf_counter() - t0
    hit = sum(answers[w] in refs[w] for w in words)
    pairs = sum(len(refs[w]) for w in words)
    pair_hit = sum(1 for w in words for r in refs[w] if answers[w] == r)
    unseen = [w for w in words if w not in known]
    unseen_hit = sum(answers[w] in refs[w] for w in unseen)
    return {
        "accuracy": hit / len(words),
        "per_pair": pair_hit / pairs,
        "unseen_accuracy": unseen_hit / max(len(unseen), 1),
        "words_per_s": len(words) / max(seconds, 1e-9),
    }


def evaluate(data: Path, limit: int | None = None, seed: int = 13) -> dict[str, object]:
    refs = xlit_crowd(data)
    if limit is not None and limit < len(refs):
        keys = sorted(refs)
        random.Random(seed).shuffle(keys)
        refs = {k: refs[k] for k in keys[:limit]}
    from khabar.translit import Romanizer

    r = Romanizer()
    known = set(r.lexicon) | set(r.names)
    unseen = sum(1 for w in refs if w not in known)
    results = {name: score(refs, fn, known) for name, fn in systems().items()}
    return {"words": len(refs), "unseen_words": unseen, "results": results}


def run(args: argparse.Namespace) -> int:
    data = Path(args.data)
    if not (data / "lexicons" / "xlit-crowd-hi-en").is_dir():
        print(f"khabar eval translit: {data}/lexicons/xlit-crowd-hi-en not found")
        return 2
    res = evaluate(data, args.limit)
    print(
        f"Xlit-Crowd hi-en: {res['words']} Devanagari words "
        f"({res['unseen_words']} not in khabar's word lists); exact match, case-insensitive"
    )
    print(f"{'system':<16} {'accuracy':>9} {'per pair':>9} {'unseen':>9} {'words/s':>10}")
    for name, m in res["results"].items():  # type: ignore[attr-defined]
        print(
            f"{name:<16} {m['accuracy'] * 100:>8.1f}% {m['per_pair'] * 100:>8.1f}% "
            f"{m['unseen_accuracy'] * 100:>8.1f}% {m['words_per_s']:>10.0f}"
        )
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(res, indent=2), encoding="utf-8")
    return 0
