"""People and organisation profiles across articles.

Each article's record names people and organisations (``Entity``) independently; this
module decides which of them are the same real person or organisation across the corpus.
The rules, from the least to the most ambiguous name:

1. Entities are grouped by type and ``name_key`` (folded name, honorifics removed).
2. A multi-word person name is one person unless the posts conflict: organisations
   that share no significant word (कांग्रेस vs भाजपा) or, without organisations,
   titles with nothing in common (प्रधान सचिव vs बीडीओ), with fewer than two
   co-mentioned people in common. Conflicting posts make separate profiles (two
   different "राजेश कुमार"); each use joins the compatible profile with the most
   evidence.
3. A single-word person name (ठाकुर, मोदी) is ambiguous: it joins a full-name profile
   ending or starting with that word only when the evidence clearly points to that
   one (shared co-mentioned people, post titles or organisations: a score of 2 or
   more, at least twice the next candidate's, or as much for a person named five
   times as often; any shared context when that full name is the only one with the
   word); bare names join each other only on a score of 2 or more. A bare
   "ठाकुर" never merges all Thakurs.
4. Spelling and middle-name variants (same first and last word, or the same loose Latin
   key: मंजूर अंसारी / मंजूर अहमद अंसारी, उमैर / उमेर) merge when they share evidence
   (score 2+), their posts do not conflict, and they never appear as two different
   people in one article.
5. Organisations merge by key, and by Latin key across spellings.

A name written as one word (हर्षवर्धन) counts as the two-word name (हर्ष वर्धन) when
exactly one such name exists.

The result depends only on the stored articles, never on the order they arrived in:
entities are visited in (published date, article id) order and profile ids follow.
"""

from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from khabar.resources import load_lines
from khabar.store.names import NameTools

PROFILE_TYPES = ("PERSON", "ORG")


@dataclass
class _Ent:
    article: int
    eid: str
    type: str
    name: str
    latin: str
    key: str
    published: str | None
    order: tuple[str, str, str]
    orgs: set[str] = field(default_factory=set)  # significant words of their posts' orgs
    titles: set[str] = field(default_factory=set)  # last words of their posts' titles
    people: dict[str, int] = field(default_factory=dict)  # people named with them
    org_names: dict[str, int] = field(default_factory=dict)  # organisations named with them


@dataclass
class _Cluster:
    type: str
    key: str
    members: list[_Ent] = field(default_factory=list)
    orgs: set[str] = field(default_factory=set)
    titles: set[str] = field(default_factory=set)
    people: Counter[str] = field(default_factory=Counter)
    org_names: Counter[str] = field(default_factory=Counter)
    articles: set[int] = field(default_factory=set)

    def add(self, e: _Ent) -> None:
        self.members.append(e)
        self.orgs |= e.orgs
        self.titles |= e.titles
        self.people.update(e.people)
        self.org_names.update(e.org_names)
        self.articles.add(e.article)

    def absorb(self, other: _Cluster) -> None:
        for e in other.members:
            self.add(e)

    @property
    def words(self) -> list[str]:
        return self.key.split()


_Side = _Cluster | _Ent
STRONG = 2  # the evidence score that ties two sides to one person


def _evidence(a: _Side, b: _Side) -> int:
    """How strongly two sides look like one person: each shared co-mentioned person,
    post organisation or post title counts 2, each other shared organisation 1."""
    shared_orgs = a.orgs & b.orgs
    named = (a.org_names.keys() | a.orgs) & (b.org_names.keys() | b.orgs)
    return (
        2 * len(a.people.keys() & b.people.keys())
        + 2 * len(shared_orgs)
        + 2 * len(a.titles & b.titles)
        + len(named - shared_orgs)
    )


def _conflicts(a: _Side, b: _Side) -> bool:
    """Posts that cannot be one person's: organisations with no word in common (or,
    where an organisation is missing, titles with none), unless two co-mentioned
    people tie them together."""
    if a.orgs and b.orgs:
        differ = not (a.orgs & b.orgs)
    elif a.titles and b.titles:
        differ = not (a.titles & b.titles)
    else:
        return False
    return differ and len(a.people.keys() & b.people.keys()) < 2


class ProfileBuilder:
    """Rebuilds the profile tables from the stored entities."""

    def __init__(self, names: NameTools | None = None) -> None:
        self.names = names or NameTools()
        self.generic = frozenset(load_lines("store/org_generic_words.txt"))
        self._org_words: dict[str, frozenset[str]] = {}

    def org_words(self, org: str) -> frozenset[str]:
        """The words that tell an organisation's name apart (cached per name)."""
        words = self._org_words.get(org)
        if words is None:
            words = frozenset(w for w in self.names.words(org)
                              if w not in self.generic and len(w) > 1)
            self._org_words[org] = words
        return words

    def _load(self, conn: sqlite3.Connection) -> list[_Ent]:
        ents: dict[tuple[int, str], _Ent] = {}
        keys: dict[str, str] = {}  # names are keyed afresh: folding rules may have changed
        for art, eid, typ, name, latin, published, aid in conn.execute(
            "SELECT e.article, e.eid, e.type, e.name, e.latin, a.published, a.id"
            " FROM entities e JOIN articles a ON a.rowid = e.article"
            " WHERE e.type IN ('PERSON', 'ORG')"
        ):
            key = keys.get(name)
            if key is None:
                key = keys[name] = self.names.key(name) or self.names.fold(name)
            ents[(art, eid)] = _Ent(art, eid, typ, name, latin or "", key, published,
                                    (published or "9999", aid, eid))
        # a name written as one word (हर्षवर्धन) is the two-word name (हर्ष वर्धन)
        joined: dict[tuple[str, str], set[str]] = defaultdict(set)
        for e in ents.values():
            if " " in e.key:
                joined[(e.type, e.key.replace(" ", ""))].add(e.key)
        by_article: dict[int, list[_Ent]] = defaultdict(list)
        for e in ents.values():
            spaced = joined.get((e.type, e.key), ())
            if len(spaced) == 1:
                e.key = next(iter(spaced))
            by_article[e.article].append(e)
        for art, eid, title, org in conn.execute("SELECT article, eid, title, org FROM roles"):
            holder = ents.get((art, eid))
            if holder is None:
                continue
            if org:
                holder.orgs |= self.org_words(org)
            head = self.names.words(title)[-1:] if title else []
            holder.titles.update(head)
        for group in by_article.values():
            people = {e.key for e in group if e.type == "PERSON" and " " in e.key}
            orgs = {e.key for e in group if e.type == "ORG"}
            org_words = set().union(*(self.org_words(e.name) for e in group if e.type == "ORG"))
            for e in group:
                e.people = dict.fromkeys(people - {e.key}, 1)
                if e.type == "PERSON":
                    e.org_names = dict.fromkeys((orgs | org_words) - {e.key}, 1)
        return sorted(ents.values(), key=lambda e: e.order)

    def cluster(self, ents: list[_Ent]) -> list[_Cluster]:
        clusters: list[_Cluster] = []
        groups: dict[tuple[str, str], list[_Cluster]] = defaultdict(list)
        bare: list[_Ent] = []
        for e in ents:
            if e.type == "PERSON" and " " not in e.key:
                bare.append(e)
                continue
            group = groups[(e.type, e.key)]
            if e.type == "ORG":
                home = group[0] if group else None
            else:
                # the compatible profile of that name with the most evidence
                fits = [c for c in group if not _conflicts(c, e)]
                home = max(fits, key=lambda c: _evidence(c, e)) if fits else None
            if home is None:
                home = _Cluster(e.type, e.key)
                group.append(home)
                clusters.append(home)
            home.add(e)
        clusters = self._merge_variants(clusters)
        clusters += self._place_bare(bare, clusters)
        return clusters

    def _place_bare(self, bare: list[_Ent], full: list[_Cluster]) -> list[_Cluster]:
        """One-word names: into the one full name that the evidence clearly points to,
        else with earlier one-word uses they share strong evidence with, else alone."""
        by_word: dict[str, list[_Cluster]] = defaultdict(list)
        for c in full:
            if c.type == "PERSON":
                ws = c.words
                for w in {ws[0], ws[-1]}:
                    by_word[w].append(c)
        new: list[_Cluster] = []
        alone: dict[str, list[_Cluster]] = defaultdict(list)
        for e in bare:
            cands = by_word.get(e.key, [])
            scored = sorted(((_evidence(c, e), len(c.articles), n) for n, c in enumerate(cands)
                             if not _conflicts(c, e)), reverse=True)
            if scored and len(cands) == 1 and scored[0][0] >= 1:
                cands[scored[0][2]].add(e)  # the only person of that name, some evidence
                continue
            if scored and scored[0][0] >= STRONG and (
                    len(scored) == 1 or scored[0][0] >= 2 * scored[1][0]
                    # as much evidence, but a far more often named person
                    or scored[0][1] >= 5 * scored[1][1]):
                cands[scored[0][2]].add(e)
                continue
            fits = [(_evidence(c, e), -n, c) for n, c in enumerate(alone[e.key])
                    if not _conflicts(c, e)]
            best = max(fits, key=lambda t: t[:2]) if fits else None
            if best is not None and best[0] >= STRONG:
                best[2].add(e)
                continue
            home = _Cluster("PERSON", e.key)
            alone[e.key].append(home)
            new.append(home)
            home.add(e)
        return new

    def _merge_variants(self, clusters: list[_Cluster]) -> list[_Cluster]:
        """Spelling and middle-name variants of one person (or organisation)."""
        parent = list(range(len(clusters)))

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        buckets: dict[tuple[str, ...], list[int]] = defaultdict(list)
        for i, c in enumerate(clusters):
            ws = c.words
            if c.type == "PERSON" and len(ws) >= 2:
                buckets[("fl", ws[0], ws[-1])].append(i)
            lk = self.names.latin_key(c.members[0].name)
            if lk and (c.type == "ORG" or " " in lk):
                buckets[("lk", c.type, lk.replace(" ", ""))].append(i)
        for idx in buckets.values():
            for n, i in enumerate(idx):
                for j in idx[n + 1 :]:
                    ri, rj = find(i), find(j)
                    if ri == rj:
                        continue
                    a, b = clusters[ri], clusters[rj]
                    if a.type != b.type:
                        continue
                    if a.type == "PERSON":
                        if a.articles & b.articles and a.key != b.key:
                            continue  # two different people named side by side
                        if _evidence(a, b) < STRONG or _conflicts(a, b):
                            continue
                    lo, hi = min(ri, rj), max(ri, rj)
                    clusters[lo].absorb(clusters[hi])
                    parent[hi] = lo
        return [c for i, c in enumerate(clusters) if find(i) == i]

    def rebuild(self, conn: sqlite3.Connection) -> int:
        """Recompute all profiles in one transaction; returns how many there are."""
        conn.execute("BEGIN IMMEDIATE")
        try:
            clusters = self.cluster(self._load(conn))
            clusters.sort(key=lambda c: (c.type, min(e.order for e in c.members)))
            for t in ("profiles", "profile_names", "profile_terms", "profile_members"):
                conn.execute(f"DELETE FROM {t}")
            quotes = Counter(
                (art, spk) for art, spk in
                conn.execute("SELECT article, speaker FROM quotes WHERE speaker IS NOT NULL")
            )
            mentions: dict[tuple[int, str], Counter[str]] = defaultdict(Counter)
            for art, eid, text, n in conn.execute(
                "SELECT article, eid, text, COUNT(*) FROM mentions GROUP BY article, eid, text"
            ):
                mentions[(art, eid)][" ".join(text.split())] += n
            for pid, c in enumerate(clusters, 1):
                self._write(conn, pid, c, quotes, mentions)
            conn.execute("INSERT OR REPLACE INTO state VALUES ('profiles_dirty', '0')")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        return len(clusters)

    def _write(self, conn: sqlite3.Connection, pid: int, c: _Cluster,
               quotes: Counter[tuple[int, str]],
               mentions: dict[tuple[int, str], Counter[str]]) -> None:
        names: Counter[str] = Counter(e.name for e in c.members)
        name = max(names, key=lambda n: (names[n], len(n), n))
        latins = Counter(e.latin for e in c.members if e.latin)
        latin = max(latins, key=lambda n: (latins[n], n)) if latins else self.names.latin(name)
        variants: Counter[str] = Counter(names)
        for e in c.members:
            for text, n in mentions.get((e.article, e.eid), Counter()).items():
                if text != e.name:
                    variants[text] += n
        dates = sorted(e.published for e in c.members if e.published)
        conn.execute(
            "INSERT INTO profiles VALUES (?,?,?,?,?,?,?,?,?)",
            (pid, c.type, name, latin, c.key, len(c.articles),
             sum(quotes.get((e.article, e.eid), 0) for e in c.members),
             dates[0] if dates else None, dates[-1] if dates else None),
        )
        terms: set[str] = set()
        for variant, n in sorted(variants.items()):
            key = self.names.key(variant)
            if not key:
                continue
            v_latin = latin if variant == name else self.names.latin(variant)
            lk = self.names.latin_key(variant)
            conn.execute(
                "INSERT INTO profile_names VALUES (?,?,?,?,?,?)",
                (pid, variant, v_latin, key, lk.replace(" ", ""), n),
            )
            terms.update(key.split())
            terms.update(lk.split())
        terms.update(self.names.latin_key(latin).split())
        conn.executemany("INSERT INTO profile_terms VALUES (?,?)", [(t, pid) for t in terms])
        conn.executemany(
            "INSERT OR IGNORE INTO profile_members (profile, article, eid) VALUES (?,?,?)",
            [(pid, e.article, e.eid) for e in c.members],
        )
