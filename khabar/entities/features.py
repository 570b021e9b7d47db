"""Token features for the CRF tagger.

Everything that depends on a word alone (affixes, shape, spelling key, acronym
shape, the name lexicon's label history, list memberships, whether the word spells a
listed Indian given name or surname) is computed once per
distinct word and cached; per sentence only the context features are assembled.
Context: neighbouring words (±2) and their usual name label, bigrams, a title or
honorific ending right before the token (प्रदेश अध्यक्ष X), a postposition after it
(X ने / का / की / के / को / से / में), gazetteer matches covering it, and an
organisation head word (मंत्रालय, आयोग, …) within the next few tokens.
"""

from __future__ import annotations

from typing import Any, NamedTuple

import regex

from khabar.entities.gazetteer import Gazetteer, spelling_key
from khabar.entities.lexicon import NameMemory
from khabar.entities.titles import TitleIndex

POSTPOSITIONS = frozenset("ने का की के को से में पर तक द्वारा".split())
_DEVA_RE = regex.compile(r"^[\u0900-\u097f]+$")
_LATIN_RE = regex.compile(r"^[A-Za-z]+$")
_DIGIT_RE = regex.compile(r"^[0-9.,/:]+$")
# A word spelt out of English letter names (एनसीएलटी, आईसीसी, डब्ल्यूएचओ): an acronym.
_LETTER_NAMES = "ए|बी|सी|डी|ई|एफ|जी|एच|आई|जे|के|एल|एम|एन|ओ|पी|क्यू|आर|एस|टी|यू|वी|डब्ल्यू|डब्लू|एक्स|वाई|जेड|ज़ेड"
_ACRONYM_RE = regex.compile(f"^(?:{_LETTER_NAMES}){{2,8}}$")
# Per-word features cost ~1.3 KB a word: the cache is emptied when it reaches this
# size, which bounds it at ~65 MB on an endless stream of new words (a corpus of
# 100 MB of news has far more distinct words than that).
_CACHE_MAX = 50_000
# longer words are featurised by their first and last _MAX_WORD/2 characters
_MAX_WORD = 100


def shape(word: str) -> str:
    if _DEVA_RE.match(word):
        return "D"
    if _LATIN_RE.match(word):
        return "U" if word[0].isupper() else "L"
    if _DIGIT_RE.match(word):
        return "N"
    if len(word) == 1:
        return "P"
    return "M"


class FeatureExtractor:
    """Turns a sentence (list of words) into crfsuite attribute lists."""

    def __init__(
        self,
        titles: TitleIndex | None = None,
        gazetteer: Gazetteer | None = None,
        lexicon: dict[str, list[str]] | None = None,
        char_ngrams: bool = False,
        names: NameMemory | None = None,
        name_words: dict[str, list[str]] | None = None,
    ) -> None:
        self.titles = titles or TitleIndex()
        self.gazetteer = gazetteer or Gazetteer()
        self.lexicon = lexicon or {}
        self.char_ngrams = char_ngrams
        self.names = names
        self.name_words = name_words or {}
        self._cache: dict[str, _Info] = {}

    def _word(self, word: str) -> _Info:
        got = self._cache.get(word)
        if got is not None:
            return got
        if len(word) > _MAX_WORD:  # a hostile "word": keep its ends, bound the cost
            return self._word(word[: _MAX_WORD // 2] + word[-_MAX_WORD // 2 :])
        w = word.lower()
        key = spelling_key(w)
        n = len(w)
        f = [
            "w=" + w,
            "k=" + key,
            "sh=" + shape(word),
            "len=" + (str(n) if n < 5 else "5+" if n < 9 else "9+"),
            "p2=" + w[:2],
            "p3=" + w[:3],
            "s1=" + w[-1:],
            "s2=" + w[-2:],
            "s3=" + w[-3:],
            "s4=" + w[-4:],
        ]
        if self.char_ngrams and n > 4:
            f.extend({"g3=" + key[j : j + 3] for j in range(1, len(key) - 3)})
        lx = self.lexicon.get(key)
        ctx = "-"
        if lx:
            f.extend(lx)
            ctx = next((x[4:-3] for x in lx if x.endswith(":hi")), "x")
        if n >= 3 and _ACRONYM_RE.match(key):
            f.append("acr")
        if w in POSTPOSITIONS:
            f.append("pp")
        if self.titles.is_title_word(w):
            f.append("tw")
        org_head = key in self.gazetteer.org_heads  # (is_org_head without re-keying)
        if org_head:
            f.append("oh")
        if key in self.gazetteer.surnames:
            f.append("pw")
        nw = self.name_words.get(key)
        if nw:
            f.extend(nw)
        got = _Info(
            f,
            w,
            key,
            "pp" if w in POSTPOSITIONS else w,
            org_head,
            self.titles.may_end(w),
            self.titles.may_start_after(w),
            # the word as context of its neighbours, prefixed once
            ("w-1=" + w, "c-1=" + ctx, "w-2=" + w, "w+1=" + w, "c+1=" + ctx, "w+2=" + w),
        )
        if len(self._cache) >= _CACHE_MAX:
            self._cache.clear()
        self._cache[word] = got
        return got

    def keys(self, words: list[str]) -> list[str]:
        """Spelling keys of ``words`` (from the per-word cache)."""
        return [self._word(w).key for w in words]

    def __call__(self, words: list[str]) -> list[list[str]]:
        info = [self._word(w) for w in words]
        n = len(words)
        keys = [x.key for x in info]
        gaz = self.gazetteer.tag(keys)
        known = self.names.tag(keys) if self.names is not None else None
        out: list[list[str]] = []
        titles = self.titles
        # per position, computed once: the kind of the title ending there, whether an
        # "after" title starts there, and how far ahead the nearest organisation head
        # is (within 3 tokens, no postposition between)
        low = [x.low for x in info]
        ends = [
            (hit[1].kind if (hit := titles.ending_at(low, i)) is not None else None)
            if x.title_end
            else None
            for i, x in enumerate(info)
        ]
        after = [
            x.after_start and titles.starting_at(low, i, "after") is not None
            for i, x in enumerate(info)
        ]
        head_at = _head_positions(info)
        for i in range(n):
            x = info[i]
            f = list(x.feats)
            w = x.low
            if i > 0:
                px = info[i - 1]
                f.append(px.ctx[0])
                f.append("b-1=" + px.low + "|" + w)
                f.append(px.ctx[1])
                if i > 1:
                    f.append(info[i - 2].ctx[2])
                    t = ends[i - 2]
                    if t is not None:
                        f.append("pt2=" + t)
                else:
                    f.append("BOS2")
                t = ends[i - 1]
                if t is not None:
                    f.append("pt=" + t)
            else:
                f.append("BOS")
            if i + 1 < n:
                nxi = info[i + 1]
                f.append(nxi.ctx[3])
                f.append("b+1=" + w + "|" + nxi.low)
                f.append(nxi.ctx[4])
                if i + 2 < n:
                    f.append(info[i + 2].ctx[5])
                    f.append("n2=" + nxi.pp + "|" + info[i + 2].pp)
                else:
                    f.append("EOS2")
                if after[i + 1]:
                    f.append("nt=after")
                h = head_at[i + 1]
                if 0 < h <= i + 3:  # (h > i always)
                    f.append(f"oh+{h - i}")
            else:
                f.append("EOS")
            g = gaz[i]
            if g:
                f.extend(g)
            kn = known[i] if known is not None else None
            if kn:
                f.extend(kn)
            out.append(f)
        return out


class _Info(NamedTuple):
    """What the features need of one word, computed once per distinct word."""

    feats: list[str]
    low: str
    key: str
    pp: str  # "pp" for a postposition, else the word
    org_head: bool
    title_end: bool  # may end a 'before' title
    after_start: bool  # may start an 'after' title
    ctx: tuple[str, str, str, str, str, str]  # w-1=, c-1=, w-2=, w+1=, c+1=, w+2=


class ModelFeatures:
    """``FeatureExtractor`` output as the tagger needs it: only the attributes the model
    knows (crfsuite ignores the others, so the tags and marginals are the same), in the
    same order, each as the bytes that name it in the model file (``names``: the UTF-8
    of the attribute itself, or its short code in a compact model, see ``crffile``).
    Each item equals ``[names[a] for a in extractor(words)[i] if a in names]``; the
    per-word part is filtered and encoded once per distinct word."""

    def __init__(self, extractor: FeatureExtractor, names: dict[str, bytes]) -> None:
        self.extractor = extractor
        self._enc = names
        self._cache: dict[str, _Known] = {}
        one = self._one
        self._bos, self._bos2 = one("BOS"), one("BOS2")
        self._eos, self._eos2 = one("EOS"), one("EOS2")
        self._nt_after = one("nt=after")
        self._oh = {d: one(f"oh+{d}") for d in (1, 2, 3)}
        self._pt: dict[str, tuple[bytes, ...]] = {}
        self._pt2: dict[str, tuple[bytes, ...]] = {}
        # "b-1=X|Y", "b+1=X|Y" and "n2=X|Y" as X -> Y -> attribute, with every split
        # at a "|" (a word may be "|"), so that a lookup of (X, Y) finds exactly the
        # attributes that "prefix" + X + "|" + Y would spell
        self._pairs: dict[str, dict[str, dict[str, bytes]]] = {"b-1=": {}, "b+1=": {}, "n2=": {}}
        for a, b in self._enc.items():
            for prefix, table in self._pairs.items():
                if a.startswith(prefix):
                    rest = a[len(prefix) :]
                    p = rest.find("|")
                    while p >= 0:
                        table.setdefault(rest[:p], {})[rest[p + 1 :]] = b
                        p = rest.find("|", p + 1)

    def _one(self, attr: str) -> tuple[bytes, ...]:
        b = self._enc.get(attr)
        return () if b is None else (b,)

    def _word(self, word: str) -> _Known:
        got = self._cache.get(word)
        if got is not None:
            return got
        x = self.extractor._word(word)
        enc = self._enc
        ctx = [() if (b := enc.get(c)) is None else (b,) for c in x.ctx]
        pairs = self._pairs
        got = _Known(
            [b for a in x.feats if (b := enc.get(a)) is not None],
            x,
            # w-1=, c-1=, w-2=, w+1=, c+1=, w+2=, then (w-1=, c-1=) and (w+1=, c+1=)
            # together, for the usual case of no bigram between them
            (*ctx, ctx[0] + ctx[1], ctx[3] + ctx[4]),
            x.title_end or x.after_start or x.org_head,
            pairs["b-1="].get(x.low),
            pairs["b+1="].get(x.low),
            pairs["n2="].get(x.pp),
        )
        if len(self._cache) >= _CACHE_MAX:
            self._cache.clear()
        self._cache[word] = got
        return got

    def _title(self, table: dict[str, tuple[bytes, ...]], prefix: str, kind: str) -> tuple[bytes, ...]:
        got = table.get(kind)
        if got is None:
            got = table[kind] = self._one(prefix + kind)
        return got

    def __call__(self, words: list[str]) -> list[list[bytes]]:
        return self.items_and_keys(words)[0]

    def items_and_keys(self, words: list[str]) -> tuple[list[list[bytes]], list[str]]:
        """The items, and the words' spelling keys (``FeatureExtractor.keys``)."""
        fx = self.extractor
        get = self._cache.get
        known = [get(w) or self._word(w) for w in words]
        info = [k.info for k in known]
        n = len(words)
        keys = [x.key for x in info]
        gaz = fx.gazetteer.tag(keys)
        names = fx.names.tag(keys) if fx.names is not None else None
        titles = fx.titles
        enc = self._enc
        low = [x.low for x in info]
        ends: list[str | None] = [None] * n
        after = [False] * n
        has_head = False
        for i in [i for i, k in enumerate(known) if k.marks]:
            x = info[i]
            if x.title_end and (hit := titles.ending_at(low, i)) is not None:
                ends[i] = hit[1].kind
            if x.after_start and titles.starting_at(low, i, "after") is not None:
                after[i] = True
            has_head = has_head or x.org_head
        head_at = _head_positions(info) if has_head else [-1] * n
        pt, pt2 = self._pt, self._pt2
        # the bigram attributes of each pair of neighbours (i, i + 1), looked up once
        b_minus: list[bytes | None] = [None] * n  # "b-1=" of token i + 1
        b_plus: list[bytes | None] = [None] * n  # "b+1=" of token i
        for i in range(n - 1):
            k = known[i]
            if k.bm1 is not None:
                b_minus[i] = k.bm1.get(low[i + 1])
            if k.bp1 is not None:
                b_plus[i] = k.bp1.get(low[i + 1])
        out: list[list[bytes]] = []
        for i in range(n):
            f = list(known[i].feats)
            if i > 0:
                pc = known[i - 1].ctx
                b = b_minus[i - 1]
                f += pc[6] if b is None else (*pc[0], b, *pc[1])
                if i > 1:
                    f += known[i - 2].ctx[2]
                    t = ends[i - 2]
                    if t is not None:
                        f += self._title(pt2, "pt2=", t)
                else:
                    f += self._bos2
                t = ends[i - 1]
                if t is not None:
                    f += self._title(pt, "pt=", t)
            else:
                f += self._bos
            if i + 1 < n:
                nc = known[i + 1].ctx
                b = b_plus[i]
                f += nc[7] if b is None else (*nc[3], b, *nc[4])
                if i + 2 < n:
                    f += known[i + 2].ctx[5]
                    d = known[i + 1].n2
                    if d is not None and (b := d.get(info[i + 2].pp)) is not None:
                        f.append(b)
                else:
                    f += self._eos2
                if after[i + 1]:
                    f += self._nt_after
                h = head_at[i + 1]
                if 0 < h <= i + 3:
                    f += self._oh[h - i]
            else:
                f += self._eos
            g = gaz[i]
            if g:
                f += [b for a in g if (b := enc.get(a)) is not None]
            kn = names[i] if names is not None else None
            if kn:
                f += [b for a in kn if (b := enc.get(a)) is not None]
            out.append(f)
        return out, keys


class _Known(NamedTuple):
    """One word's part of ``ModelFeatures``: its own attributes, filtered and encoded;
    the extractor's word info; its context attributes (each empty or one attribute,
    then two pairs joined)."""

    feats: list[bytes]
    info: _Info
    ctx: tuple[tuple[bytes, ...], ...]
    marks: bool  # may end or start a title, or is an organisation head
    bm1: dict[str, bytes] | None  # second word -> "b-1=" attribute, this word first
    bp1: dict[str, bytes] | None  # the same for "b+1="
    n2: dict[str, bytes] | None  # next word's pp -> "n2=" attribute, this word's pp first


def _head_positions(info: list[Any]) -> list[int]:
    """For each position, the nearest organisation head at or after it with no
    postposition in between (-1: none)."""
    head_at = [-1] * len(info)
    nxt = -1
    for i in range(len(info) - 1, -1, -1):
        x = info[i]
        if x.org_head:
            nxt = i
        elif x.pp == "pp":
            nxt = -1
        head_at[i] = nxt
    return head_at
