"""One canonical entity per source: the article's other names for it point there.

The entity recogniser may leave one source as several entities ("ब्रिटिश ट्रांसपोर्ट
पुलिस" and "बीटीपी", "मौसम विभाग" and "भारतीय मौसम विज्ञान विभाग", "उद्धव ठाकरे" and
"उद्धव ठाकरे बोले"). A quote's speaker is the source as the article names it most fully,
so the quote finder groups entities that the article itself equates:

- a name followed by another in brackets: "ब्रिटिश ट्रांसपोर्ट पुलिस (बीटीपी)",
  "ICMR (इंडियन काउंसिल ऑफ मेडिकल रिसर्च)";
- an initialism in Latin letters and the same one spelled in Devanagari letter names
  ("CII" = "सीआईआई", "WHO" = "डब्ल्यूएचओ"), also when it is a Latin mention of an
  organisation ("… परिषद (ICMR)") or the initials of the Latin form of its name of three
  words or more ("एफएए" = "फेडरल एविएशन एडमिनिस्ट्रेशन", Federal Aviation Administration);
- names equal once titles in front and reporting words behind are dropped, or once
  spaces are ignored ("विद्या चरण शुक्ल" = "विद्याचरण शुक्ल");
- an organisation name whose words are an ordered part of exactly one longer
  organisation name with the same last word ("मौसम विभाग" ⊂ "भारतीय मौसम विज्ञान विभाग");
- a one-word person name that is the surname of exactly one longer person name;
- a name that is the written form of a mention of exactly one other entity of its type
  (the recogniser linked "(आईएटीए)" to its full name but left a later "आईएटीए" alone).

The canonical member of a group is the one with the longest name (most words once
titles and trailing words are dropped, and for an organisation the scope words before
its name, quotes/org_scope_words.tsv: "राज्य स्वास्थ्य विभाग" is "स्वास्थ्य विभाग"; then a
name without such words, then most mentions, then first mentioned).
"""

from __future__ import annotations

import regex

from khabar.doc import Doc
from khabar.entities.titles import TitleIndex
from khabar.quotes.lexicon import norm_word
from khabar.record import Entity
from khabar.resources import load_lines
from khabar.resources import path as resource_path
from khabar.translit.initials import Initialisms

MAX_BRACKET = 80  # characters inside a bracket that may hold another name
_LATIN_ABBR_RE = regex.compile(r"[A-Z][A-Z&.]{1,9}")
_SPEAKING = ("PERSON", "ORG")
MAX_ALIAS_WORDS = 4
MAX_BUCKET = 50  # names sharing a last word compared with each other
_LATIN_WORD_RE = regex.compile(r"[A-Za-z]+")
_ACRONYM_SKIP = frozenset({"of", "and", "the", "for", "off", "in", "on"})
MIN_ACRONYM = 3  # words of a name whose initials may stand for it
_NAME_RE = regex.compile(r"[\p{L}\p{M}][\p{L}\p{M}. &-]*")
# epithets the recogniser keeps inside a name (a constant language list, read once;
# the entity layer's file, none when it has none)
_EPITHETS_FILE = "entities/name_titles.txt"
_SCOPE_WORDS = frozenset(norm_word(w) for w in load_lines("quotes/org_scope_words.tsv"))
_EPITHETS = frozenset(
    norm_word(w) for w in (load_lines(_EPITHETS_FILE) if resource_path(_EPITHETS_FILE).exists() else [])
)


class EntityAliases:
    """Union of the document's entities that name the same source."""

    def __init__(
        self,
        doc: Doc,
        titles: TitleIndex,
        initialisms: Initialisms,
        trailing: frozenset[str],
    ) -> None:
        ents = [e for e in doc.entities if e.type in _SPEAKING]
        self.parent: dict[str, str] = {e.id: e.id for e in ents}
        self.by_id: dict[str, Entity] = {e.id: e for e in ents}
        self.rank: dict[str, tuple[int, int, int, int]] = {}
        self.titles = titles
        self.trailing = trailing
        self.initialisms = initialisms
        self.text_alias: dict[str, str] = {}  # a bracketed short name that is no mention
        keys = {e.id: _key(e.name, titles, trailing) for e in ents}
        self.keys = keys
        # lookup tables: by key without spaces, by initials, by last word
        self.by_flat: dict[str, list[str]] = {}
        self.by_initials: dict[str, list[str]] = {}
        self.by_last: dict[str, list[str]] = {}
        for e in ents:
            if keys[e.id]:
                self.by_flat.setdefault("".join(keys[e.id]), []).append(e.id)
                self.by_last.setdefault(keys[e.id][-1], []).append(e.id)
            name = e.name.strip()
            if _LATIN_ABBR_RE.fullmatch(name.replace(" ", "")):
                self.by_initials.setdefault(name.replace(" ", "").replace(".", ""), []).append(e.id)
            elif " " not in name:
                spelled = initialisms.spell(name)
                if spelled:
                    self.by_initials.setdefault(spelled, []).append(e.id)
            # a mention written as an initialism ("विश्व स्वास्थ्य संगठन" mentioned as
            # "डब्लूएचओ") names it too: a later "WHO" is the same source
            for form in {doc.text[m.start : m.end].strip() for m in e.mentions} - {name}:
                if " " in form:
                    continue
                spelled = form if _LATIN_ABBR_RE.fullmatch(form) else initialisms.spell(form)
                if spelled:
                    ids = self.by_initials.setdefault(spelled.replace(".", ""), [])
                    if e.id not in ids:
                        ids.append(e.id)
        # "Federal Aviation Administration" (the recogniser's Latin form of "फेडरल
        # एविएशन एडमिनिस्ट्रेशन") is what "FAA" / "एफएए" abbreviates
        self.acronyms: dict[str, str] = {}
        for e in ents:
            acro = _acronym(e.latin) if e.type == "ORG" else ""
            if acro:
                self.by_initials.setdefault(acro, []).append(e.id)
                self.acronyms.setdefault(acro, e.id)
        # an organisation ranks by its plain name: "राज्य स्वास्थ्य विभाग" and "स्वास्थ्य
        # विभाग" are equally full, and the one without the scope word is cleaner
        self.rank = {
            e.id: _rank(e, _plain(keys[e.id]) if e.type == "ORG" else keys[e.id]) for e in ents
        }
        self._brackets(doc, ents)
        if len(ents) < 2:
            return
        self._initialisms(doc.text, ents, initialisms)
        # equal keys (titles and trailing words dropped, spaces ignored)
        by_key: dict[tuple[str, str], str] = {}
        for e in ents:
            k = (e.type, "".join(keys[e.id]))
            if k[1]:
                if k in by_key:
                    self._union(by_key[k], e.id)
                else:
                    by_key[k] = e.id
        self._parts(ents, keys)
        self._named_mentions(doc.text, ents, keys)

    # -- rules ---------------------------------------------------------------------

    def _brackets(self, doc: Doc, ents: list[Entity]) -> None:
        text = doc.text
        spans = sorted((m.start, m.end, e.id) for e in ents for m in e.mentions)
        at = {s: (e, eid) for s, e, eid in spans}
        for _s, e, eid in spans:
            p = e
            while p < len(text) and text[p] in " \t":
                p += 1
            if p >= len(text) or text[p] != "(":
                continue
            q = p + 1
            while q < len(text) and text[q] in " \t":
                q += 1
            hit = at.get(q)
            if hit is None:
                close = text.find(")", q, min(len(text), q + MAX_BRACKET))
                inner = text[q:close].strip() if close > q else ""
                if inner and len(inner.split()) <= MAX_ALIAS_WORDS and _NAME_RE.fullmatch(inner):
                    self.text_alias.setdefault("".join(_key(inner, self.titles, self.trailing)), eid)
                continue
            end, other = hit
            r = end
            while r < len(text) and text[r] in " \t":
                r += 1
            if r < len(text) and text[r] == ")" and r - p <= MAX_BRACKET and other != eid:
                if self.by_id[other].type == self.by_id[eid].type:
                    self._union(eid, other)

    def _named_mentions(self, text: str, ents: list[Entity], keys: dict[str, tuple[str, ...]]) -> None:
        """An entity whose name is written, as a mention, of exactly one other source of
        its type: the recogniser linked that mention ("अंतरराष्ट्रीय हवाई परिवहन संघ
        (आईएटीए)") but left a later bare "आईएटीए" on its own."""
        written: dict[tuple[str, str], set[str]] = {}
        for e in ents:
            seen = {e.name}
            for m in e.mentions:
                form = text[m.start : m.end]
                if form in seen:
                    continue  # the name itself, or a form already read
                seen.add(form)
                k = "".join(_key(form, self.titles, self.trailing))
                if k and k != "".join(keys[e.id]):
                    written.setdefault((e.type, k), set()).add(e.id)
        if not written:
            return
        for e in ents:
            others = written.get((e.type, "".join(keys[e.id])), set()) - {e.id}
            roots = {self.find(o) for o in others}
            if len(roots) == 1 and self.find(e.id) not in roots:
                self._union(e.id, others.pop())

    def _initialisms(self, text: str, ents: list[Entity], initialisms: Initialisms) -> None:
        latin: dict[str, str] = {}
        for e in ents:
            name = e.name.replace(" ", "")
            if _LATIN_ABBR_RE.fullmatch(name):
                latin.setdefault(name.replace(".", ""), e.id)
        # "भारतीय चिकित्सा अनुसंधान परिषद (ICMR)": the bracketed initialism names it too
        for alias, eid in self.text_alias.items():
            if _LATIN_ABBR_RE.fullmatch(alias):
                latin.setdefault(alias.replace(".", ""), eid)
        # … or a mention the recogniser linked to it ("… परिषद (ICMR)" as one entity)
        for e in ents:
            for m in e.mentions:
                written = text[m.start : m.end].replace(" ", "")
                if _LATIN_ABBR_RE.fullmatch(written):
                    latin.setdefault(written.replace(".", ""), e.id)
        for acro, eid in self.acronyms.items():
            latin.setdefault(acro, eid)
        if not latin:
            return
        for e in ents:
            if " " in e.name.strip():
                continue
            spelled = initialisms.spell(e.name.strip())
            if spelled and spelled in latin and latin[spelled] != e.id:
                self._union(latin[spelled], e.id)

    def _parts(self, ents: list[Entity], keys: dict[str, tuple[str, ...]]) -> None:
        by_last: dict[tuple[str, str], list[Entity]] = {}
        for e in ents:
            if keys[e.id]:
                by_last.setdefault((e.type, keys[e.id][-1]), []).append(e)
        for e in ents:
            k = keys[e.id]
            if not k or not ((e.type == "ORG" and len(k) >= 2) or (e.type == "PERSON" and len(k) == 1)):
                continue
            same_last = by_last.get((e.type, k[-1]), [])
            if len(same_last) > MAX_BUCKET:
                continue  # a word ending many names says nothing
            longer = [
                o for o in same_last
                if len(keys[o.id]) > len(k) and (e.type == "PERSON" or _subsequence(k, keys[o.id]))
            ]
            roots = {self.find(o.id) for o in longer}
            if len(roots) == 1:
                self._union(e.id, longer[0].id)

    # -- union-find ----------------------------------------------------------------

    def find(self, eid: str) -> str:
        root = eid
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        while self.parent.get(eid, eid) != root:
            self.parent[eid], eid = root, self.parent[eid]
        return root

    def _union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        # the root is the canonical member: the fuller name wins
        if self.rank[rb] > self.rank[ra]:
            ra, rb = rb, ra
        self.parent[rb] = ra

    def canonical(self, ent: Entity | None) -> Entity | None:
        """The group's canonical entity (``ent`` itself when it is alone)."""
        if ent is None or ent.id not in self.parent:
            return ent
        return self.by_id[self.find(ent.id)]

    def lookup(self, name: str, types: tuple[str, ...] = _SPEAKING) -> Entity | None:
        """The canonical entity a speaker name without a mention stands for: an entity
        with the same key, a bracketed alias, the same initialism in the other script,
        or (organisations) the one longer name it is an ordered part of."""
        k = _key(name, self.titles, self.trailing)
        if not k:
            return None
        flat = "".join(k)
        roots = {self.find(eid) for eid in self.by_flat.get(flat, []) if self.by_id[eid].type in types}
        if not roots and flat in self.text_alias:
            roots.add(self.find(self.text_alias[flat]))
        if not roots and len(k) == 1:
            spelled = name.strip() if _LATIN_ABBR_RE.fullmatch(name.strip()) else self.initialisms.spell(name.strip())
            if spelled:
                roots |= {self.find(eid) for eid in self.by_initials.get(spelled.replace(".", ""), [])
                          if self.by_id[eid].type in types}
        if not roots and len(k) >= 2 and "ORG" in types:
            for eid in self.by_last.get(k[-1], [])[:MAX_BUCKET]:
                key = self.keys[eid]
                if self.by_id[eid].type == "ORG" and len(key) > len(k) and _subsequence(k, key):
                    roots.add(self.find(eid))
        return self.by_id[roots.pop()] if len(roots) == 1 else None

    def same(self, a: Entity | None, b: Entity | None) -> bool:
        if a is None or b is None:
            return False
        return a is b or (a.id in self.parent and b.id in self.parent and self.find(a.id) == self.find(b.id))


def _acronym(latin: str) -> str:
    """The initials of a name of three words or more in Latin letters, function words
    left out ("Federal Aviation Administration" → "FAA"), else ""."""
    words = [w for w in _LATIN_WORD_RE.findall(latin) if w.lower() not in _ACRONYM_SKIP]
    if len(words) < MIN_ACRONYM or len(latin) != len(latin.encode("ascii", "ignore").decode()):
        return ""
    return "".join(w[0].upper() for w in words)


def _rank(e: Entity, key: tuple[str, ...]) -> tuple[int, int, int, int]:
    """Fuller names first; a name without extra words before one with them."""
    first = min((m.start for m in e.mentions), default=0)
    clean = int(len(e.name.replace(".", " ").split()) == len(key))
    return (len(key), clean, len(e.mentions), -first)


def _key(name: str, titles: TitleIndex, trailing: frozenset[str]) -> tuple[str, ...]:
    """The name's words without titles in front and reporting words behind. An epithet
    that names carry ("सरदार सिंह", "स्वामी रामदेव"; entities/name_titles.txt) stays when
    only one word would follow it: that is a name of its own, no bare surname."""
    words = [norm_word(w) for w in name.replace(".", " ").split()]
    while words:
        hit = titles.starting_at(words, 0)
        if hit is None or hit[0] >= len(words):
            break
        if len(words) - hit[0] == 1 and " ".join(words[: hit[0]]) in _EPITHETS:
            break
        words = words[hit[0] :]
    while len(words) > 1 and words[-1] in trailing:
        words.pop()
    return tuple(words)


def _plain(key: tuple[str, ...]) -> tuple[str, ...]:
    """An organisation's name words without the scope words before it ("राज्य", "स्थानीय");
    two words at least stay."""
    i = 0
    while len(key) - i > 2 and key[i] in _SCOPE_WORDS:
        i += 1
    return key[i:]


def _subsequence(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    it = iter(long)
    return all(w in it for w in short)
