"""Find the entity behind a span: for components that run after entities (quotes,
roles) and need to know who a stretch of text names.

All offsets are normalised offsets (``doc.text``), as held by a ``Doc`` before
``to_article``.
"""

from __future__ import annotations

from collections.abc import Iterable

from khabar.record import Entity, Mention


def mention_at(
    entities: Iterable[Entity], start: int, end: int, types: Iterable[str] | None = None
) -> tuple[Entity, Mention] | None:
    """The entity mention that best matches the span [start, end).

    A mention that covers the span wins over one that merely overlaps it; among
    equals, the one with the largest overlap, then the shortest mention. ``types``
    restricts the entity types considered (e.g. ``("PERSON",)``).
    """
    allowed = set(types) if types is not None else None
    best: tuple[tuple[int, int, int], Entity, Mention] | None = None
    for ent in entities:
        if allowed is not None and ent.type not in allowed:
            continue
        for m in ent.mentions:
            overlap = min(end, m.end) - max(start, m.start)
            if overlap <= 0 and not (start == end and m.start <= start < m.end):
                continue
            covers = int(m.start <= start and end <= m.end)
            score = (covers, overlap, -(m.end - m.start))
            if best is None or score > best[0]:
                best = (score, ent, m)
    return (best[1], best[2]) if best else None


def entity_at(
    entities: Iterable[Entity], start: int, end: int, types: Iterable[str] | None = None
) -> Entity | None:
    """The entity whose mention covers or overlaps [start, end), or None."""
    hit = mention_at(entities, start, end, types)
    return hit[0] if hit else None


def entities_in(
    entities: Iterable[Entity], start: int, end: int, types: Iterable[str] | None = None
) -> list[tuple[Entity, Mention]]:
    """Every mention inside [start, end), in text order (e.g. people named in a sentence)."""
    allowed = set(types) if types is not None else None
    out = [
        (ent, m)
        for ent in entities
        if allowed is None or ent.type in allowed
        for m in ent.mentions
        if start <= m.start and m.end <= end
    ]
    out.sort(key=lambda x: (x[1].start, x[1].end))
    return out
