"""Gazetteers: places, organisations, organisation head words, surnames, non-names.

All lookups go through ``spelling_key`` so that nukta and न्/ं spelling variants
match (झारखण्ड = झारखंड). Multi-word entries are matched over token sequences,
longest first; entries are tokenised with khabar's tokenizer.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from khabar.resources import load_lines, load_table, path
from khabar.text.tokenize import tokenize

_NASAL_RE = regex.compile(r"[ङञणनम]\u094d(?=[क-ह])")
# the nukta, alone or inside the precomposed letters ऩ ऱ ऴ (which NFC keeps whole),
# is dropped; chandrabindu is read as anusvara
_FOLD = str.maketrans({"\u093c": None, "\u0929": "\u0928", "\u0931": "\u0930",
                       "\u0934": "\u0933", "\u0901": "\u0902"})
PLACE_FILES = ("entities/places.tsv", "entities/places_lgd.tsv")
ORG_FILE = "entities/orgs.tsv"
ORG_HEADS_FILE = "entities/org_heads.tsv"
SURNAMES_FILE = "entities/surnames.txt"
NOT_NAMES_FILE = "entities/not_names.txt"
FUNCTION_WORDS_FILE = "entities/function_words.txt"
PLACE_WORDS_FILE = "entities/place_words.txt"
FACILITY_FILE = "entities/facility_words.tsv"
SPEAKER_CUES_FILE = "entities/speaker_cues.txt"
NAME_TITLES_FILE = "entities/name_titles.txt"
NAME_KINDS_FILE = "entities/name_kinds.tsv"
POST_AREAS_FILE = "entities/post_areas.txt"
PARTY_WORDS_FILE = "entities/party_words.tsv"


def spelling_key(word: str) -> str:
    """A loose key that unites common spelling variants: nukta dropped (also from
    ऩ ऱ ऴ: अऱविंद = अरविंद), chandrabindu as anusvara, a nasal consonant + virama
    before a consonant as anusvara (नरेन्द्र / नरेंद्र, ज़िला / जिला), Latin
    lower-cased."""
    w = word.lower().translate(_FOLD)
    return _NASAL_RE.sub("\u0902", w) if "\u094d" in w else w


def words_of(text: str) -> tuple[str, ...]:
    return tuple(text[s:e] for s, e in tokenize(text))


@dataclass(frozen=True)
class Entry:
    """A gazetteer entry: label (LOC/ORG), canonical name, kind from the file."""

    label: str
    name: str
    kind: str


class Gazetteer:
    """Token-sequence matcher over the place and organisation lists."""

    def __init__(self) -> None:
        self._entries: dict[tuple[str, ...], Entry] = {}
        # canonical name (spelling keys) -> the Latin spelling the lists give it
        self.latin: dict[tuple[str, ...], str] = {}
        for name in PLACE_FILES:
            if not path(name).exists():
                continue
            curated = name == PLACE_FILES[0]  # (places_lgd's third column is the state)
            for row in load_table(name):
                canon = row[2] if curated and len(row) > 2 and row[2] else row[0]
                self._add(row[0], Entry("LOC", canon, row[1] if len(row) > 1 else ""))
                if curated and len(row) > 3 and row[3]:
                    self.latin[self.name_key(canon)] = row[3]
        for row in load_table(ORG_FILE):
            canon = row[2] if len(row) > 2 and row[2] else row[0]
            self._add(row[0], Entry("ORG", canon, row[1]))
            if len(row) > 3 and row[3]:
                self.latin[self.name_key(canon)] = row[3]
        self.max_len = max((len(k) for k in self._entries), default=1)
        self._first = frozenset(k[0] for k in self._entries)
        # first word -> the lengths of the entries it opens, longest first
        lengths: dict[str, set[int]] = {}
        for k in self._entries:
            lengths.setdefault(k[0], set()).add(len(k))
        self._lengths = {w: tuple(sorted(ls, reverse=True)) for w, ls in lengths.items()}
        self.org_heads: dict[str, str] = {
            spelling_key(r[0]): r[1] for r in load_table(ORG_HEADS_FILE)
        }
        self.surnames = frozenset(spelling_key(w) for w in load_lines(SURNAMES_FILE))
        # kind words next to a name: (words as keys) -> type, for each side
        self.kinds_before: dict[tuple[str, ...], str] = {}
        self.kinds_after: dict[tuple[str, ...], str] = {}
        # kind words that do not overrule a name shaped like a person's
        self.weak_kinds: set[tuple[str, ...]] = set()
        for row in load_table(NAME_KINDS_FILE):
            key = tuple(spelling_key(w) for w in words_of(row[0]))
            if row[2] in ("before", "both"):
                self.kinds_before[key] = row[1]
            if row[2] in ("after", "both"):
                self.kinds_after[key] = row[1]
            if len(row) > 3 and row[3] == "weak":
                self.weak_kinds.add(key)
        self.name_titles = frozenset(spelling_key(w) for w in load_lines(NAME_TITLES_FILE))
        self.speaker_cues = frozenset(
            tuple(spelling_key(w) for w in words_of(line)) for line in load_lines(SPEAKER_CUES_FILE)
        )
        self.not_names = frozenset(spelling_key(w) for w in load_lines(NOT_NAMES_FILE))
        self.facilities: dict[str, str] = {
            spelling_key(r[0]): r[1] for r in load_table(FACILITY_FILE)
        }
        self.place_words = frozenset(spelling_key(w) for w in load_lines(PLACE_WORDS_FILE))
        # words that narrow a post to a part of its area ("एसपी देहात", "एसडीएम सदर")
        self.post_areas = frozenset(spelling_key(w) for w in load_lines(POST_AREAS_FILE))
        # party head words, generic party descriptions, founding verbs (role -> keys)
        party: dict[str, set[str]] = {"head": set(), "generic": set(), "founded": set()}
        for row in load_table(PARTY_WORDS_FILE):
            party[row[1]].add(spelling_key(row[0]))
        self.party_heads = frozenset(party["head"])
        self.party_generic = frozenset(party["generic"])
        self.party_founded = frozenset(party["founded"])
        self.function_words = frozenset(
            spelling_key(w) for w in load_lines(FUNCTION_WORDS_FILE)
        )

    @staticmethod
    def name_key(name: str) -> tuple[str, ...]:
        """The spelling keys of a name's words (how ``latin`` is indexed)."""
        return tuple(spelling_key(w) for w in words_of(name))

    def latin_of(self, name: str) -> str | None:
        """The Latin spelling the place or organisation lists give ``name`` (a
        canonical name), if any."""
        return self.latin.get(self.name_key(name)) if self.latin else None

    def _add(self, text: str, entry: Entry) -> None:
        key = tuple(spelling_key(w) for w in words_of(text))
        if key and key not in self._entries:
            self._entries[key] = entry

    def __len__(self) -> int:
        return len(self._entries)

    def is_org_head(self, word: str) -> bool:
        return spelling_key(word) in self.org_heads

    def head_rule(self, key: str) -> str | None:
        """"org", "hint", "leader" or "scope" for an organisation word (given as its
        spelling key), else None."""
        return self.org_heads.get(key)

    def is_person_word(self, word: str) -> bool:
        return spelling_key(word) in self.surnames

    def is_not_name(self, word: str) -> bool:
        return spelling_key(word) in self.not_names

    def lookup(self, words: list[str] | tuple[str, ...]) -> Entry | None:
        return self._entries.get(tuple(spelling_key(w) for w in words))

    def matches(self, words: list[str]) -> list[tuple[int, int, Entry]]:
        """Non-overlapping longest matches, left to right: (start, end, entry)."""
        keys = [spelling_key(w) for w in words]
        return self.matches_keys(keys)

    def matches_keys(self, keys: list[str]) -> list[tuple[int, int, Entry]]:
        out = []
        n = len(keys)
        i = 0
        lengths = self._lengths
        entries = self._entries
        while i < n:
            ls = lengths.get(keys[i])
            if ls is not None:
                for m in ls:
                    if m > n - i:
                        continue
                    e = entries.get(tuple(keys[i : i + m]))
                    if e is not None:
                        out.append((i, i + m, e))
                        i += m
                        break
                else:
                    i += 1
            else:
                i += 1
        return out

    def tag(self, keys: list[str]) -> list[list[str] | None]:
        """Per token, the gazetteer features of the match covering it (or None)."""
        out: list[list[str] | None] = [None] * len(keys)
        for s, e, entry in self.matches_keys(keys):
            out[s] = ["gB=" + entry.label, "g=" + entry.label]
            for j in range(s + 1, e):
                out[j] = ["gI=" + entry.label, "g=" + entry.label]
        return out
