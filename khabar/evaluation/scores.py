"""Precision, recall and F1, and the choice of gold articles, shared by every ``khabar eval``
task."""

from __future__ import annotations


def prf(
    correct_predicted: int, predicted: int, correct_gold: int | None = None, gold: int = 0
) -> tuple[float, float, float]:
    """(precision, recall, F1). ``correct_gold`` is the number of gold items found, when it
    differs from the number of correct predictions (one-to-many matching, optional gold)."""
    found = correct_predicted if correct_gold is None else correct_gold
    p = correct_predicted / predicted if predicted else 0.0
    r = found / gold if gold else 0.0
    return p, r, f1(p, r)


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def article_numbers(spec: str | None) -> frozenset[int] | None:
    """The gold article numbers named by ``--articles`` ("0-155", "156-174,180"), or None
    for all. Lets a batch held out from tuning be scored apart, or left out of dev."""
    if not spec:
        return None
    numbers: set[int] = set()
    for part in spec.split(","):
        lo, sep, hi = part.strip().partition("-")
        try:
            first, last = int(lo), int(hi) if sep else int(lo)
        except ValueError:
            raise ValueError(f"{part.strip()!r} is not a number or a range N-M") from None
        if last < first:
            raise ValueError(f"{part.strip()!r} is an empty range")
        numbers.update(range(first, last + 1))
    return frozenset(numbers)
