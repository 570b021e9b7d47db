"""The ``entities`` pipeline component: people, organisations and places.

``EntityRecognizer()`` loads the CRF model, gazetteers, titles and lexicon once;
calling it on a ``Doc`` recognises names sentence by sentence (``recognize``),
finds further mentions of names already found elsewhere in the article
(``_propagate``), groups mentions into entities (``resolve``) and appends
``Entity`` records (ids e1, e2, … in order of first mention; mentions in
normalised offsets, name part only).
"""

from __future__ import annotations

import regex

from khabar.doc import Doc
from khabar.entities.features import _ACRONYM_RE
from khabar.entities.gazetteer import Gazetteer, spelling_key
from khabar.entities.latin import Latin
from khabar.entities.lexicon import load_counts
from khabar.entities.model import NerTagger, shipped_features
from khabar.entities.recognize import SentenceRecognizer, Span
from khabar.entities.resolve import TYPE_NAMES, Candidate, resolve
from khabar.entities.titles import TitleIndex
from khabar.record import Entity, Mention
from khabar.resources import load_table

ACRONYM_WORDS_FILE = "entities/acronym_words.tsv"

_NAME_CHAR_RE = regex.compile(r"[\p{L}\p{N}]")
_LATIN_ACRONYM_RE = regex.compile(r"^[A-Z][A-Za-z]{0,2}[A-Z]{1,6}$")
_LATIN_CAPITALS_RE = regex.compile(r"(?<![A-Za-z])[A-Z]{2,8}(?![A-Za-z])")
_DEVANAGARI_WORD_RE = regex.compile(r"^[\u0900-\u0963]+$")
# consonants and independent vowels: the letters a syllable acronym is made of
_ACRONYM_LETTER_RE = regex.compile(r"[\u0904-\u0939]")
# words after which a bare surname or first name is taken as a person
_PERSON_CUES_AFTER = frozenset({"ने", "का", "की", "के", "को", "से", "भी", "ही", "जी", "साहब"})
# Sentences are recognised in windows of at most this many tokens (a hostile or
# badly segmented "sentence" of 500k tokens must not make the CRF lattice, or any
# per-sentence rule, grow with it). A window ends at punctuation or a function word
# within the last CUT_SEARCH tokens where there is one, else at the limit.
MAX_WINDOW = 200
CUT_SEARCH = 60
# a mention longer than this many characters is not a name (and is not romanised)
MAX_NAME_CHARS = 120
# names repeated by the propagation pass are at most this many words long
MAX_PROPAGATE_WORDS = 8
# the per-word spelling key cache is emptied when it holds this many words
_KEY_CACHE_MAX = 100_000


class EntityRecognizer:
    """Fills ``doc.entities``."""

    def __init__(self) -> None:
        self.titles = TitleIndex()
        self.gazetteer = Gazetteer()
        counts = load_counts()
        features = shipped_features(self.titles, self.gazetteer, counts)
        self.tagger = NerTagger(features=features)
        self.recognizer = SentenceRecognizer(self.tagger, self.gazetteer, self.titles, counts)
        self.latin = Latin()
        # word (spelling key) -> (letter, place) rows of acronym_words.tsv
        self._acronym_words: dict[str, list[tuple[str, str]]] = {}
        for row in load_table(ACRONYM_WORDS_FILE):
            self._acronym_words.setdefault(spelling_key(row[0]), []).append((row[1], row[2]))
        # spelling keys of words (a pure function of the word), bounded
        self._keys: dict[str, str] = {}

    def spans(self, words: list[str]) -> list[Span]:
        """Names in one sentence given as words (used by the evaluation too)."""
        return self.recognizer(words)

    def __call__(self, doc: Doc) -> None:
        text = doc.text
        memo = self._keys
        keys = []
        for s, e in doc.tokens:
            w = text[s:e]
            k = memo.get(w)
            if k is None:
                k = spelling_key(w)
                if len(memo) >= _KEY_CACHE_MAX:
                    memo.clear()
                memo[w] = k
            keys.append(k)
        cands: list[Candidate] = []
        covered = [False] * len(doc.tokens)
        for first, last in _token_runs(doc):
            for wfirst, wlast in self._windows(keys, first, last):
                words = [text[s:e] for s, e in doc.tokens[wfirst:wlast]]
                spans = self.recognizer(words)
                if not spans and doc.dateline is not None:
                    spans = _dateline_place(doc, wfirst, words)
                for sp in spans:
                    a, b = wfirst + sp.start, wfirst + sp.end
                    if doc.tokens[b - 1][1] - doc.tokens[a][0] > MAX_NAME_CHARS:
                        continue
                    cands.append(
                        self._candidate(doc, keys, a, b, sp.label, sp.source, sp.canon)
                    )
                    for i in range(a, b):
                        covered[i] = True
        cands += self._abbreviations(doc, keys, cands, covered)
        cands += self._places_before_names(doc, keys, cands)
        cands += self._propagate(doc, keys, cands, covered)
        self._surnames_of_people(doc, keys, cands)
        start_id = len(doc.entities)
        for n, group in enumerate(resolve(cands), start_id + 1):
            name = group.name()
            doc.entities.append(
                Entity(
                    id=f"e{n}",
                    type=TYPE_NAMES[group.label()],
                    name=name,
                    latin=self.gazetteer.latin_of(name)
                    or (self.latin.person(name) if group.label() == "PER" else self.latin(name)),
                    mentions=[
                        Mention(c.start, c.end, text[c.start : c.end])
                        for c in sorted(group.members, key=lambda c: c.start)
                    ],
                )
            )

    def _abbreviations(
        self, doc: Doc, keys: list[str], cands: list[Candidate], covered: list[bool]
    ) -> list[Candidate]:
        """"भारतीय उद्योग परिसंघ (सीआईआई)": an organisation followed by an acronym in
        brackets names that acronym; the acronym becomes a mention of the organisation
        (here and, through propagation, wherever it recurs in the article)."""
        if not any(c.label == "ORG" and len(c.keys) > 1 for c in cands):
            return []
        at = {doc.tokens[i][0]: i for i in range(len(doc.tokens))}  # start -> token
        by_start = {c.start: c for c in cands}
        out: list[Candidate] = []
        named: dict[str, str] = {}  # acronym key -> the name it abbreviates
        text = doc.text
        for c in sorted(cands, key=lambda c: c.start):
            if c.label != "ORG" or len(c.keys) < 2 or len(c.keys) > MAX_PROPAGATE_WORDS + 3:
                continue
            b = at.get(c.start)
            if b is None:
                continue
            n = len(c.keys)
            if n >= 4 and c.keys[-3] == "(" and c.keys[-1] == ")" and c.source != "gazetteer":
                # the model took "FULL (ABBR)" as one name: the name is FULL
                n -= 3
                c.end = doc.tokens[b + n - 1][1]
                c.keys = c.keys[:n]
                c.text = text[c.start : c.end]
            b += n  # the token after the name
            if b + 2 >= len(keys) or keys[b] != "(" or keys[b + 2] != ")":
                continue
            s, e = doc.tokens[b + 1]
            if not _is_acronym(text[s:e], keys[b + 1]) and not _syllable_acronym(
                keys[b + 1], c.keys[:n]
            ):
                continue
            canon = c.canon or c.text
            c.canon = canon
            named.setdefault(keys[b + 1], canon)
            inner = by_start.get(s)
            if inner is not None:
                if inner.end == e and inner.source != "gazetteer":
                    inner.label, inner.canon = "ORG", canon
                continue
            out.append(self._candidate(doc, keys, b + 1, b + 2, "ORG", "abbreviation", canon))
            covered[b + 1] = True
        # the acronym found on its own elsewhere in the article names the same body
        for c in cands:
            if len(c.keys) == 1 and c.canon is None and c.source != "gazetteer":
                full = named.get(c.keys[0])
                if full is not None:
                    c.label, c.canon = "ORG", full
        return out + self._latin_acronyms(doc, keys, cands, covered)

    def _latin_acronyms(
        self, doc: Doc, keys: list[str], cands: list[Candidate], covered: list[bool]
    ) -> list[Candidate]:
        """"RBI" beside "भारतीय रिजर्व बैंक": an acronym in Latin capitals names the
        organisation of the article whose words' Latin initials spell it (the initial
        of each word's romanisation, or the letter acronym_words.tsv gives the word,
        which may move to the end: "of India")."""
        text = doc.text
        runs = [m.start() for m in _LATIN_CAPITALS_RE.finditer(text)]
        if not runs:
            return []
        at = {s: i for i, (s, _) in enumerate(doc.tokens)}
        found = [
            at[s]
            for s in runs
            if s in at and text[s : doc.tokens[at[s]][1]].isupper()
            and _LATIN_ACRONYM_RE.match(text[s : doc.tokens[at[s]][1]])
        ]
        if not found:
            return []
        spelled: dict[str, str] = {}
        for c in cands:
            if c.label == "ORG" and 2 <= len(c.keys) <= MAX_PROPAGATE_WORDS:
                for acronym in self._initials(c.text):
                    spelled.setdefault(acronym, c.canon or c.text)
        if not spelled:
            return []
        by_start = {c.start: c for c in cands}
        out: list[Candidate] = []
        for i in found:
            s, e = doc.tokens[i]
            full = spelled.get(text[s:e])
            if full is None:
                continue
            hit = by_start.get(s)
            if hit is None and not covered[i]:
                out.append(self._candidate(doc, keys, i, i + 1, "ORG", "abbreviation", full))
                covered[i] = True
            elif hit is not None and hit.end == e and hit.canon is None and hit.source != "gazetteer":
                hit.label, hit.canon = "ORG", full
        return out

    def _initials(self, name: str) -> set[str]:
        """The Latin acronyms a Devanagari name may have."""
        words = name.split()
        if not all(_DEVANAGARI_WORD_RE.match(w) for w in words):
            return set()
        same: list[str] = []
        last = ""
        for n, w in enumerate(words):
            rows = self._acronym_words.get(spelling_key(w), ())
            if ("-", "same") in rows:
                continue
            moved = next((letter for letter, place in rows if place == "last"), None)
            if n == 0 and moved:
                last = moved
            letters = {letter for letter, place in rows if place == "same"}
            latin = self.latin(w)
            letters.add(latin[:1].upper())
            same.append("".join(sorted(letters)))
        if len(same) < 2:
            return set()
        out = {""}
        for choice in same:
            out = {a + b for a in out for b in choice}
        if last:  # "भारतीय रिजर्व बैंक" -> R B + I
            rest = {""}
            for choice in same[1:]:
                rest = {a + b for a in rest for b in choice}
            out |= {a + last for a in rest}
        return out

    def _places_before_names(
        self, doc: Doc, keys: list[str], cands: list[Candidate]
    ) -> list[Candidate]:
        """"सीओ भोपा रिजवान अहमद": a person's name of three words or more right after a
        post that opens with a word the article names elsewhere as a place on its own
        ("भोपा थाने") opens with the post's area: that word is the place (the sentence
        rules split only places the lists or the data know)."""
        places = {c.keys[0] for c in cands if c.label == "LOC" and len(c.keys) == 1}
        if not places:
            return []
        at: dict[int, int] | None = None
        text = doc.text
        out: list[Candidate] = []
        for c in cands:
            if (
                c.label != "PER"
                or len(c.keys) < 3
                or c.keys[0] not in places
                or c.source == "gazetteer"
                or len(c.keys) > MAX_PROPAGATE_WORDS
                or self.tagger.features.name_words.get(c.keys[0])
                or self.recognizer.person_word(c.keys[0])
            ):
                continue  # (a listed name word opens a name: "चमनलाल गुप्ता")
            if at is None:
                at = {s: i for i, (s, _) in enumerate(doc.tokens)}
            i = at.get(c.start)
            if i is None or i == 0:
                continue
            lo = max(0, i - self.titles.max_len)
            words = [text[s:e] for s, e in doc.tokens[lo:i]]
            t = self.titles.ending_at(words, len(words) - 1)
            if t is None or t[1].kind != "post":
                continue
            out.append(self._candidate(doc, keys, i, i + 1, "LOC", "rule", None))
            c.start = doc.tokens[i + 1][0]
            c.keys = c.keys[1:]
            c.text = text[c.start : c.end]
        return out

    def _surnames_of_people(self, doc: Doc, keys: list[str], cands: list[Candidate]) -> None:
        """"नरेश सिंह भदौरिया … भदौरिया ने …": a one-word name that the tagger typed as
        a place or organisation but that ends a person's full name in the same article
        is that person's surname (resolution then joins it to the person), unless the
        lists know the word as a place or organisation and none of its mentions reads as
        a person's (ने after it, a title before it): "वाशिंगटन," stays the city."""
        common = self.recognizer.is_common
        surnames = {
            c.keys[-1]
            for c in cands
            if c.label == "PER"
            and 1 < len(c.keys) <= MAX_PROPAGATE_WORDS
            and c.source != "gazetteer"
            and not any(common(k) for k in c.keys)
        }
        if not surnames:
            return
        by_word: dict[str, list[Candidate]] = {}
        for c in cands:
            if c.label != "PER" and len(c.keys) == 1 and c.keys[0] in surnames:
                by_word.setdefault(c.keys[0], []).append(c)
        if not by_word:
            return
        at = {doc.tokens[i][0]: i for i in range(len(doc.tokens))}  # start -> token
        text = doc.text
        for key, group in by_word.items():
            if any(c.source == "abbreviation" or c.canon is not None for c in group):
                continue
            if any(c.source == "gazetteer" for c in group) or self.gazetteer.lookup([key]):
                cued = False
                for c in group:
                    i = at.get(c.start)
                    if i is None:
                        continue
                    if i + 1 < len(keys) and keys[i + 1] == "ने":
                        cued = True
                        break
                    lo = max(0, i - self.titles.max_len)
                    words = [text[s:e] for s, e in doc.tokens[lo:i]]
                    if words and self.titles.ending_at(words, len(words) - 1) is not None:
                        cued = True
                        break
                if not cued:
                    continue
            for c in group:
                c.label, c.source = "PER", "surname"

    def _windows(self, keys: list[str], first: int, last: int) -> list[tuple[int, int]]:
        """[first, last) cut into windows of at most MAX_WINDOW tokens."""
        out = []
        start = first
        fw = self.gazetteer.function_words
        while last - start > MAX_WINDOW:
            limit = start + MAX_WINDOW
            cut = limit
            for j in range(limit - 1, limit - CUT_SEARCH, -1):
                k = keys[j]
                if _NAME_CHAR_RE.search(k) is None or k in fw:
                    cut = j + 1
                    break
            out.append((start, cut))
            start = cut
        out.append((start, last))
        return out

    @staticmethod
    def _candidate(
        doc: Doc, keys: list[str], a: int, b: int, label: str, source: str, canon: str | None
    ) -> Candidate:
        start, end = doc.tokens[a][0], doc.tokens[b - 1][1]
        return Candidate(start, end, label, tuple(keys[a:b]), doc.text[start:end], source, canon)

    def _propagate(
        self, doc: Doc, keys: list[str], cands: list[Candidate], covered: list[bool]
    ) -> list[Candidate]:
        """Mentions the sentence pass missed of names it found elsewhere in the article:
        the same name again anywhere; a person's first or last name alone after a title
        or before ने."""
        full: dict[tuple[str, ...], Candidate] = {}
        parts: dict[str, Candidate] = {}
        for c in cands:
            if c.source == "gazetteer":
                continue  # the gazetteer already found every occurrence
            if len(c.keys) > MAX_PROPAGATE_WORDS:
                continue
            if len(c.keys) > 1 or not self.recognizer.is_common(c.keys[0]):
                full.setdefault(c.keys, c)
            if c.label == "PER" and len(c.keys) > 1:
                for k in (c.keys[0], c.keys[-1]):
                    if not self.recognizer.is_common(k):
                        parts.setdefault(k, c)
        if not full and not parts:
            return []
        max_len = max((len(k) for k in full), default=1)
        sent_end = [0] * len(doc.tokens)
        for sent in doc.sentences:
            for i in range(sent.tok_start, sent.tok_end):
                sent_end[i] = sent.tok_end
        out: list[Candidate] = []
        i = 0
        n = len(keys)
        firsts = {k[0] for k in full}
        while i < n:
            if covered[i] or (keys[i] not in firsts and keys[i] not in parts):
                i += 1
                continue
            hit = None
            for m in range(min(max_len, sent_end[i] - i), 0, -1):
                seen = full.get(tuple(keys[i : i + m]))
                if seen is not None and not any(covered[i : i + m]):
                    hit = (i + m, seen.label)
                    break
            if hit is None and keys[i] in parts:
                lo = max(0, i - self.titles.max_len)
                words = [doc.text[s:e] for s, e in doc.tokens[lo:i]]
                title_before = self.titles.ending_at(words, len(words) - 1) if words else None
                cue_after = i + 1 < sent_end[i] and keys[i + 1] in _PERSON_CUES_AFTER
                if title_before is not None or cue_after:
                    hit = (i + 1, "PER")
            if hit is None:
                i += 1
                continue
            end, label = hit
            seen_c = full.get(tuple(keys[i:end]))
            canon = seen_c.canon if seen_c is not None else None
            out.append(self._candidate(doc, keys, i, end, label, "propagate", canon))
            for j in range(i, end):
                covered[j] = True
            i = end
        return out


def _is_acronym(word: str, key: str) -> bool:
    """WHO, CII, सीआईआई, डब्ल्यूएचओ: capitals, or English letter names in Devanagari."""
    if _LATIN_ACRONYM_RE.match(word):
        return True
    return len(key) >= 3 and _ACRONYM_RE.match(key) is not None


def _syllable_acronym(key: str, name: tuple[str, ...]) -> bool:
    """भाजपा, सपा, आप, राजद, ख़ाप: a short Devanagari word made of the name's first
    syllables -- it opens with the name's first letter and its last consonant opens a
    later word of the name."""
    letters = _ACRONYM_LETTER_RE.findall(key)
    if not 2 <= len(key) <= 8 or len(letters) < 2 or len(name) < 2 or key[0] != name[0][0]:
        return False
    if _DEVANAGARI_WORD_RE.match(key) is None:
        return False
    return any(w[0] == letters[-1] for w in name[1:])


def _token_runs(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges to recognise: the sentences, plus any tokens outside every sentence
    (a dateline such as "रांची:" is not part of the first sentence)."""
    runs = []
    pos = 0
    for sent in doc.sentences:
        if sent.tok_start > pos:
            runs.append((pos, sent.tok_start))
        runs.append((sent.tok_start, sent.tok_end))
        pos = max(pos, sent.tok_end)
    if pos < len(doc.tokens):
        runs.append((pos, len(doc.tokens)))
    return [r for r in runs if r[1] > r[0]]


def _dateline_place(doc: Doc, first: int, words: list[str]) -> list[Span]:
    """A dateline names a place: its leading words, when nothing else was found there."""
    assert doc.dateline is not None
    start, end = doc.dateline
    if not (start <= doc.tokens[first][0] < end):
        return []
    n = 0
    while n < min(len(words), 3) and words[n].isalpha() and doc.tokens[first + n][1] <= end:
        n += 1
    return [Span(0, n, "LOC", "dateline")] if n else []
