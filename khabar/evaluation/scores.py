"""Precision, recall and F1, shared by every ``khabar eval`` task."""

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
