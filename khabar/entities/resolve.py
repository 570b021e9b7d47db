"""In-article resolution: group the mentions of one entity and name it.

Rules (people):
- two names of two or more words are one person only when they are the same name
  (spelling variants aside): "मंजूर अंसारी" and "मंजूर अहमद अंसारी" stay two people;
- a one-word mention ("ठाकुर", "राजेश") joins the person whose full name begins or
  ends with that word; when several do, the one mentioned most recently before it
  (else the next one after it); when none does, one-word mentions group by spelling;
- honorifics and titles are already outside the mention, so "श्री ठाकुर" is "ठाकुर".
Organisations and places group by spelling key (vowel length folded: सीवान =
सिवान; with or without a space: उत्तर प्रदेश = उत्तरप्रदेश), and through the
gazetteer's canonical form (भाजपा = भारतीय जनता पार्टी = बीजेपी).
An entity's type is the majority of its mentions' labels (gazetteer labels count
double); its name is its fullest mention, or the gazetteer's canonical form.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections import Counter
from dataclasses import dataclass, field

from khabar.entities.gazetteer import spelling_key

TYPE_NAMES = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}
# the longest person's name whose prefixes and suffixes join it (a longer run is
# rather a list or a phrase than one name)
MAX_JOIN_WORDS = 5


@dataclass
class Candidate:
    """A mention found in the text: character offsets into the normalised text, the
    label (PER/ORG/LOC/MISC), its words' spelling keys, and where it came from."""

    start: int
    end: int
    label: str
    keys: tuple[str, ...]
    text: str
    source: str = "model"
    canon: str | None = None


@dataclass
class Group:
    """Mentions resolved to one entity."""

    members: list[Candidate] = field(default_factory=list)

    @property
    def first(self) -> int:
        return min(c.start for c in self.members)

    def label(self) -> str:
        votes: Counter[str] = Counter()
        for c in self.members:
            votes[c.label] += 2 if c.source == "gazetteer" else 1
        best = max(votes.values())
        # ties: the label of the earliest mention among the best
        for c in sorted(self.members, key=lambda c: c.start):
            if votes[c.label] == best:
                return c.label
        return self.members[0].label

    def name(self) -> str:
        canons = [c.canon for c in self.members if c.canon]
        if canons:
            return Counter(canons).most_common(1)[0][0]
        longest = max(len(c.keys) for c in self.members)
        full = [c for c in self.members if len(c.keys) == longest]
        counts = Counter(c.text for c in full)
        best = max(counts.values())
        return next(c.text for c in sorted(full, key=lambda c: c.start) if counts[c.text] == best)


def resolve(cands: list[Candidate]) -> list[Group]:
    """Group candidates (any order) into entities, returned in order of first mention."""
    cands = sorted(cands, key=lambda c: (c.start, c.end))
    groups: list[Group] = []
    by_key: dict[tuple[str, ...], Group] = {}
    single_persons: list[Candidate] = []
    for c in cands:
        key = _group_key(c)
        if c.label == "PER" and len(c.keys) == 1:
            single_persons.append(c)
            continue
        g = by_key.get(key)
        if g is None:
            g = Group()
            groups.append(g)
            by_key[key] = g
        g.members.append(c)
    _join_parts_of_longer_names(groups, by_key)
    _join_spelled_apart(groups, by_key)
    # one-word person mentions: attach to a full name that begins or ends with them
    # (indexed by word; each group's mention starts kept sorted, so that the nearest
    # group is found by bisection and the whole pass stays near-linear)
    by_word: dict[str, list[Group]] = {}
    starts: dict[int, list[int]] = {}
    for g in groups:
        words = {
            variant_key(w)
            for m in g.members
            if m.label == "PER" and len(m.keys) > 1
            for w in (m.keys[0], m.keys[-1])
        }
        if words:
            starts[id(g)] = sorted(m.start for m in g.members)
            for w in words:
                by_word.setdefault(w, []).append(g)
    for c in single_persons:
        options = by_word.get(variant_key(c.keys[0]))
        key = _group_key(c)
        target = _nearest(options, starts, c.start) if options else by_key.get(key)
        if target is None:
            target = Group()
            groups.append(target)
            by_key[key] = target
        target.members.append(c)
        got = starts.get(id(target))
        if got is not None:
            insort(got, c.start)
    groups.sort(key=lambda g: g.first)
    return groups


def _join_parts_of_longer_names(
    groups: list[Group], by_key: dict[tuple[str, ...], Group]
) -> None:
    """A person's name of two or more words that ends exactly one longer person's
    name of the article ("अहमद खान" beside "आशिक अहमद खान", "अब्बास नकवी" beside
    "मुख्तार अब्बास नकवी") is that person. A name that ends two longer ones, or is
    not at their end ("मंजूर अंसारी" beside "मंजूर अहमद अंसारी"; "बोरिस जॉनसन"
    beside a run-on "बोरिस जॉनसन कोरोनावायरस"), stays its own, and a longer name
    that opens with another person's name is two names run together."""
    names = [
        k
        for k, g in by_key.items()
        if 1 < len(k) <= MAX_JOIN_WORDS and any(m.label == "PER" for m in g.members)
    ]
    if len(names) < 2:
        return
    known = set(names)
    edges: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    for k in names:
        if any(k[:n] in known for n in range(2, len(k) - 1)):
            continue  # "रवि शास्त्री सचिन तेंदुलकर": two names run together
        for n in range(2, len(k)):
            edges.setdefault(k[-n:], set()).add(k)
    for k in sorted(names, key=len, reverse=True):
        longer = edges.get(k)
        if longer is None or len(longer) != 1:
            continue
        target = by_key[next(iter(longer))]
        g = by_key[k]
        if target is g:
            continue
        target.members.extend(g.members)
        groups.remove(g)
        for key, other in by_key.items():
            if other is g:
                by_key[key] = target


# vowel signs whose length Hindi spelling leaves loose in names (सीवान / सिवान, अरूण /
# अरुण, ऑस्ट्रेलिया / आस्ट्रेलिया, सियाचिन / सियाचीन), folded for grouping only
_LOOSE_VOWELS = str.maketrans({"ी": "ि", "ू": "ु", "ॉ": "ा", "ऑ": "आ", "ई": "इ", "ऊ": "उ", "ॅ": "े"})


def variant_key(key: str) -> str:
    """A spelling key with vowel length folded: the spellings one article may use for
    one name."""
    return key.translate(_LOOSE_VOWELS)


def _group_key(c: Candidate) -> tuple[str, ...]:
    """Spelling variants of one name share this key: vowel length folded, and for
    places and organisations the word breaks too ("उत्तर प्रदेश" / "उत्तरप्रदेश")."""
    keys = tuple(spelling_key(w) for w in c.canon.split()) if c.canon else c.keys
    return tuple(variant_key(k) for k in keys)


def _join_spelled_apart(groups: list[Group], by_key: dict[tuple[str, ...], Group]) -> None:
    """Places and organisations written with and without a space or hyphen between
    their words ("उत्तर प्रदेश" / "उत्तरप्रदेश", "भारत-तिब्बत" / "भारत तिब्बत") are one."""
    live = {id(g) for g in groups}
    seen: dict[str, Group] = {}
    into: dict[int, Group] = {}  # id of a merged group -> the group that took it
    for key, g in by_key.items():
        if id(g) not in live or id(g) in into or g.label() not in ("LOC", "ORG"):
            continue
        first = seen.setdefault("".join(k for k in key if k != "-"), g)
        if first is not g:
            first.members.extend(g.members)
            into[id(g)] = first
    if not into:
        return
    groups[:] = [g for g in groups if id(g) not in into]
    for key, g in by_key.items():
        if id(g) in into:
            by_key[key] = into[id(g)]


def _nearest(options: list[Group], starts: dict[int, list[int]], pos: int) -> Group:
    """The group mentioned most recently before ``pos``, else the next one after it."""
    best: Group | None = None
    best_before = -1
    for g in options:
        st = starts[id(g)]
        k = bisect_left(st, pos)
        if k and st[k - 1] > best_before:
            best, best_before = g, st[k - 1]
    if best is not None:
        return best
    return min(options, key=lambda g: starts[id(g)][0])
