"""Sentence-level recognition: the CRF's spans combined with gazetteers and rules.

Order of work on one sentence (a list of words):
1. the CRF tags the words (BIO over PER/ORG/LOC/MISC);
2. edges are cleaned: punctuation, and titles/honorifics at the edge of a person
   (श्री, प्रदेश अध्यक्ष, डॉ. before; जी, साहब after) move out of the name;
3. gazetteer matches (places, parties, alliances, bodies) add or relabel spans;
4. "leader" heads: the name before सरकार / मंत्रिमंडल / गुट is a person unless it
   is a known place or organisation (हेमंत सोरेन सरकार, बिहार सरकार);
5. organisation heads: modifiers + मंत्रालय / आयोग / विभाग / प्रकोष्ठ / समिति … make
   an organisation (अल्पसंख्यक आयोग, प्रदेश कांग्रेस कमेटी);
6. names after titles: a title followed by a name-like word that no other rule
   claimed gives a person (मुख्यमंत्री चंपाई, श्री ठाकुर);
7. vetoes: weekday, month and function words are never names.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import regex

from khabar.entities import data as D
from khabar.entities.features import _ACRONYM_RE, _LETTER_NAMES
from khabar.entities.gazetteer import Gazetteer
from khabar.entities.model import NerTagger
from khabar.entities.titles import TitleIndex

_WORD_RE = regex.compile(r"^[\p{L}\p{M}]+$")
_ACRONYM_LATIN_RE = regex.compile(r"^[A-Z]{2,8}$")
_LATIN_WORD_RE = regex.compile(r"^[a-z]+$")
# one to three initials written as letter names ("एस", "वीके", "एसएआर")
_INITIALS_RE = regex.compile(f"^(?:{_LETTER_NAMES}){{1,2}}$")
# a token with a letter or digit can be part of a name ("पी॰", "५६बी"); others cannot
_NAME_CHAR_RE = regex.compile(r"[\p{L}\p{N}]")
_LETTER_RE = regex.compile(r"\p{L}")
_OPENING = {")": "(", "]": "["}
_QUOTES = frozenset({"'", '"'})
_CLOSING = frozenset(_OPENING)
# gazetteer kinds trusted on their own (LGD towns/blocks are only model features)
WEAK_PLACE_KINDS = frozenset({"town", "block"})
MAX_NAME_WORDS = 3
MAX_ORG_MODIFIERS = 5
# A name-like run after a title is a person unless the tagger all but rules it out
# (IL-NER dev F1 75.8 -> 75.9, gold dev person recall 0.955 -> 0.959 going from 0.02 to
# 0.005: "राष्ट्रपति पुतिन" gets 0.013; 0.002 lets in everyday words)
MIN_PERSON_MARGINAL = 0.005
# a lone word the data knows almost only from people's names
KNOWN_PERSON_MIN_SEEN = 4
KNOWN_PERSON_SHARE = 0.8
MIN_KNOWN_PERSON_MARGINAL = 0.15
# a listed given name + a known surname that the tagger left out
MIN_PAIR_PERSON_MARGINAL = 0.005
# an unknown word before ने (the agent of a verb) with no other evidence
MIN_AGENT_PERSON_MARGINAL = 0.15
# a listed given name that is also an everyday word, before ने कहा / कहती हैं
MIN_GIVEN_NAME_SPEAKS_MARGINAL = 0.003
# the first words of speaker cues whose subject speaks (not "के मुताबिक", "नाम की")
_SPEECH_CUE_FIRST = frozenset({"ने", "कहते", "कहती", "बताते", "बताती"})
# the first words of the present-tense speaker cues ("X कहती हैं", "X बताते हैं", "X
# मानते हैं"), whose subject is a person speaking in an interview: a run of words the
# data has never seen before them is a person on far weaker evidence from the tagger
# (not before ने or का कहना, where bodies and common nouns the data lacks stand too:
# "सरकारी प्रसारक ने कहा", "दंडाधिकारी ने")
_OWN_VOICE_CUE_FIRST = frozenset(
    {"कहते", "कहती", "कहता", "बताते", "बताती", "बताता", "मानते", "मानती", "बोलीं"}
)
# "इसी को हर्ड इम्यूनिटी कहते हैं", "जिसे X कहते हैं": X is what something is called
_NAMING_OBJECTS = frozenset({"को", "इसे", "जिसे", "उसे", "इन्हें", "जिन्हें", "उन्हें"})
# English plurals written in Devanagari ("ट्रोलर्स", "डॉक्टर्स") name groups
_LATIN_PLURAL_ENDINGS = ("्स",)
MIN_UNSEEN_CUE_PERSON_MARGINAL = 0.003
# oblique plurals ("पार्षदों ने") name groups, not people
_PLURAL_ENDINGS = ("ों", "ओं")
# a speaker cue without a title is weaker evidence: the tagger must agree more
MIN_CUE_PERSON_MARGINAL = 0.1
# A gazetteer name or an organisation head the tagger left out is added only when the
# tagger gives it at least this chance in context (IL-NER dev: "स्वच्छ भारत अभियान",
# "रोम संविधि", "सरकारी संस्थान" fall below; "पेरिस समझौता", "वित्त मंत्रालय" stay).
# Parties and alliances are always trusted.
MIN_GAZ_MARGINAL = 0.05
MIN_RULE_ORG_MARGINAL = 0.02
TRUSTED_KINDS = frozenset({"party", "alliance"})
COORDINATORS = frozenset({"और", "व", "एवं", "तथा"})
LIST_COMMAS = True
# a name never runs across these ("आजाद हिंद फौज का दिल्ली मार्च" is two names)
SPLITTERS = frozenset({"का", "की", "के", "को", "ने", "से", "में", "पर", "तक", ",", "।", "निवासी", "स्थित"})


@dataclass
class Span:
    """A name in token indexes of one sentence: [start, end), label, source, and the
    gazetteer's canonical name where one applies."""

    start: int
    end: int
    label: str
    source: str = "model"
    canon: str | None = None


def _parts(sp: Span, cut: list[int]) -> list[tuple[int, int]]:
    starts = [sp.start, *(i + 1 for i in cut)]
    ends = [*cut, sp.end]
    return list(zip(starts, ends, strict=True))


class SentenceRecognizer:
    """Finds the names in one sentence (list of words)."""

    def __init__(
        self,
        tagger: NerTagger,
        gazetteer: Gazetteer,
        titles: TitleIndex,
        counts: dict[str, list[int]],
    ) -> None:
        self.tagger = tagger
        self.gaz = gazetteer
        self.titles = titles
        self.counts = counts
        self._never_names = gazetteer.not_names | gazetteer.function_words
        self._edge_words = gazetteer.function_words | COORDINATORS
        # words with a head rule of each kind, and the first words of speaker cues:
        # the rule passes visit only the positions of such words
        heads: dict[str, set[str]] = {}
        for key, rule in gazetteer.org_heads.items():
            heads.setdefault(rule, set()).add(key)
        self._leader_heads = frozenset(heads.get("leader", ()))
        self._org_head_words = frozenset(heads.get("org", ()))
        self._cue_first = frozenset(c[0] for c in gazetteer.speaker_cues if c)
        # words the data knows mostly (60 %, 3+ times) or almost only (80 %, 4+ times)
        # from people's names: the pair and lone-word rules visit only these
        self._strong_person = gazetteer.surnames | frozenset(
            k for k, c in counts.items() if c[0] >= 3 and c[1] >= 0.6 * c[0]
        )
        self._known_person = frozenset(
            k
            for k, c in counts.items()
            if c[0] >= KNOWN_PERSON_MIN_SEEN and c[1] >= KNOWN_PERSON_SHARE * c[0]
        )
        # one-word kinship titles (पुत्र, पत्नी): never inside one person's name
        self._kin = frozenset(
            t.title
            for t in titles.titles
            if t.kind == "kin" and len(t.words) == 1 and t.title not in gazetteer.name_titles
        )

    # -- word classes -------------------------------------------------------------
    def is_common(self, key: str) -> bool:
        """A word the data knows as an everyday word (often seen, rarely in a name)."""
        c = self.counts.get(key)
        if c is None:
            return False
        total, inside = c[0], sum(c[1:])
        return total >= 3 and inside * 5 < total

    def never_in_name(self, key: str) -> bool:
        """A word seen at least three times in the data and never inside a name."""
        c = self.counts.get(key)
        return c is not None and c[0] >= 3 and not any(c[1:])

    def place_or_org_word(self, key: str) -> bool:
        """A word the data knows only from place and organisation names."""
        c = self.counts.get(key)
        return c is not None and c[1] == 0 and c[2] + c[3] >= 2

    def name_like(self, word: str, key: str) -> bool:
        return (
            _WORD_RE.match(word) is not None
            and key not in self.gaz.function_words
            and key not in self.gaz.not_names
            and not self.titles.is_title_word(word)
        )

    # -- main ---------------------------------------------------------------------
    def __call__(self, words: list[str]) -> list[Span]:
        if not words:
            return []
        tags, keys = self.tagger.tag_keys(words)
        spans = [Span(s, e, label) for s, e, label in D.spans(tags)]
        spans = [sp for sp in (self._clean(words, keys, sp) for sp in spans) if sp is not None]
        spans = self._split_coordinated(words, keys, spans)
        spans = self._gazetteer(keys, spans)
        for sp in spans:
            while (
                sp.label == "ORG"
                and sp.source == "model"
                and sp.end - sp.start > 1
                and keys[sp.end - 1] in self.gaz.place_words
            ):
                sp.end -= 1  # "… विभाग प्रदेश": the place word opens what follows
            if sp.source == "model" and sp.label != "ORG" and sp.end - sp.start > 1:
                rule = self.gaz.head_rule(keys[sp.end - 1])
                if rule == "org" or (rule == "hint" and sp.label == "PER"):
                    sp.label = "ORG"  # दिल्ली विश्वविद्यालय, X आयोग, एमजी मोटर
        spans = self._leaders(words, keys, spans)
        spans = self._org_heads(words, keys, spans)
        spans = self._parties(words, keys, spans)
        spans = self._after_titles(words, keys, spans)
        spans = self._coordinated(words, keys, spans)
        spans = self._listed_places(words, keys, spans)
        spans = self._byline(words, keys, spans)
        spans = self._before_speaker_cues(words, keys, spans)
        spans = self._agents(words, keys, spans)
        spans = self._given_and_surname(words, keys, spans)
        spans = self._known_person_words(words, keys, spans)
        spans = self._listed_persons(words, keys, spans)
        spans = self._initials(words, keys, spans)
        spans = self._continue_persons(words, keys, spans)
        spans = self._jurisdictions(words, keys, spans)
        spans = self._facilities(words, keys, spans)
        spans = self._descriptors(keys, spans)
        spans = self._kinds(keys, spans)
        for sp in spans:  # "सीरियाई", "रोमानियाई": a people, no person (a surname
            # of someone named in full elsewhere becomes the person's again: "मिस्री")
            if sp.label == "PER" and sp.end - sp.start == 1 and sp.source != "gazetteer":
                given = sp.start > 0 and "nm=g" in self.tagger.features.name_words.get(
                    keys[sp.start - 1], ()
                )  # "विक्रम मिस्री": a surname after a given name
                if not given and self._demonym(keys[sp.start]):
                    sp.label, sp.source = "MISC", "rule"
        spans = [sp for sp in spans if not self._vetoed(keys, sp)]
        spans.sort(key=lambda sp: sp.start)
        return spans

    def _clean(self, words: list[str], keys: list[str], sp: Span) -> Span | None:
        s, e = sp.start, sp.end
        edge = self._edge_words
        while s < e and (keys[s] in edge or _NAME_CHAR_RE.search(words[s]) is None):
            s += 1
        while e > s and (keys[e - 1] in edge or _NAME_CHAR_RE.search(words[e - 1]) is None):
            if words[e - 1] in _CLOSING and _OPENING[words[e - 1]] in words[s : e - 1]:
                break  # "सारी ( ईरान )": a bracket the name opened
            e -= 1
        if sp.label == "PER":
            # a phone number or count next to a name is no part of it ("X 99974…")
            while s < e and _LETTER_RE.search(words[s]) is None:
                s += 1
            while e > s and _LETTER_RE.search(words[e - 1]) is None:
                e -= 1
            while e - s > 1 and self._never_in_name_often(keys[s]):
                s += 1  # "रन विराट कोहली"
            while (
                e - s > 2
                and self.never_in_name(keys[s])
                and keys[s] not in self.gaz.name_titles
                and not self.tagger.features.name_words.get(keys[s])
            ):
                s += 1  # "मजदूर राधे पासवान", "दुकान स्वामी पान सिंह लटवाल" (not पवन)
            while e - s > 1 and self._never_in_name_often(keys[e - 1]):
                e -= 1
            while s < e:
                t = self.titles.starting_at(words[:e], s)
                if t is None or t[0] >= e:
                    break
                if sp.source == "model" and t[0] == s + 1 and keys[s] in self.gaz.name_titles:
                    break  # "स्वामी प्रसाद मौर्य", "सरदार वल्लभभाई पटेल"
                s = t[0]
            for i in range(s + 1, e):
                t = self.titles.starting_at(words[:e], i, "after")
                if t is None:
                    t = self.titles.starting_at(words[:e], i)  # "PHFI चीफ"
                if t is not None and t[0] == e and not (e - i == 1 and keys[i] in self.gaz.surnames):
                    e = i  # a title at the end, unless it is a surname too (X कुमारी)
                    break
            if all(self.titles.is_title_word(w) for w in words[s:e]):
                return None  # "एडीएम" alone is a post, not a name
        if s >= e:
            return None
        return Span(s, e, sp.label, sp.source, sp.canon)

    def _split_coordinated(
        self, words: list[str], keys: list[str], spans: list[Span]
    ) -> list[Span]:
        """"अलीराजपुर एवं सागर" as one place is two places (a listed name such as
        "दमन और दीव" is restored by the gazetteer afterwards)."""
        out = []
        for sp in spans:
            cut = [i for i in range(sp.start + 1, sp.end - 1) if keys[i] in SPLITTERS]
            if sp.label == "PER":  # "नूतन लाल पुत्र लाल चंद": two people
                cut += [i for i in range(sp.start + 1, sp.end - 1) if words[i] in self._kin]
                cut.sort()
            if not cut and sp.label in ("PER", "LOC"):
                cut = [i for i in range(sp.start + 1, sp.end - 1) if keys[i] in COORDINATORS]
                if not all(self._known_name(keys[a:b]) for a, b in _parts(sp, cut)):
                    cut = []  # "त्रिनिदाद और टोबैगो" may be one name
            if not cut:
                out.append(sp)
                continue
            start = sp.start
            for i in [*cut, sp.end]:
                part = self._clean(words, keys, Span(start, i, sp.label, sp.source))
                if part is not None:
                    out.append(part)
                start = i + 1
        return out

    def _known_name(self, keys: list[str]) -> bool:
        """A word run the gazetteer or the data knows as (part of) a name."""
        if self.gaz.lookup(keys) is not None:
            return True
        return any(
            (c := self.counts.get(k)) is not None and sum(c[1:]) * 2 >= c[0] for k in keys
        )

    def _gazetteer(self, keys: list[str], spans: list[Span]) -> list[Span]:
        for ms, me, entry in self.gaz.matches_keys(keys):
            if entry.kind in WEAK_PLACE_KINDS:
                continue
            over = [sp for sp in spans if sp.start < me and ms < sp.end]
            if not over:
                if entry.kind not in TRUSTED_KINDS and not self._model_allows(ms, me, MIN_GAZ_MARGINAL):
                    continue
                spans.append(Span(ms, me, entry.label, "gazetteer", entry.name))
                continue
            if all(ms <= sp.start and sp.end <= me for sp in over):
                # the match covers what the model found (or equals it): the list wins
                spans = [sp for sp in spans if sp not in over]
                spans.append(Span(ms, me, entry.label, "gazetteer", entry.name))
            elif len(over) == 1 and entry.label == "LOC" and over[0].label == "LOC":
                sp = over[0]
                rest = keys[sp.start : ms] + keys[me : sp.end]
                if all(k in self.gaz.place_words for k in rest):
                    # "झारखंड प्रदेश" -> "झारखंड" (a known place plus a generic word)
                    spans = [x for x in spans if x is not sp]
                    spans.append(Span(ms, me, "LOC", "gazetteer", entry.name))
        return spans

    def _covering(self, spans: list[Span], i: int) -> Span | None:
        return next((sp for sp in spans if sp.start <= i < sp.end), None)

    def _name_before(self, words: list[str], keys: list[str], i: int, spans: list[Span]) -> int:
        """Start of a run of name-like, uncommon words that ends right before ``i``."""
        j = i
        while j > 0 and i - j < MAX_NAME_WORDS:
            k = keys[j - 1]
            if not self.name_like(words[j - 1], k) or self.is_common(k):
                break
            if self._covering(spans, j - 1) is not None:
                break
            j -= 1
        return j

    def _leaders(self, words: list[str], keys: list[str], spans: list[Span]) -> list[Span]:
        heads = self._leader_heads
        for i in [i for i, k in enumerate(keys) if k in heads]:
            if i == 0:
                continue
            cover = self._covering(spans, i)
            if cover is not None and cover.source == "gazetteer":
                continue
            before = self._covering(spans, i - 1)
            if before is not None and before is not cover:
                continue  # the name before the head is already found
            start = cover.start if cover is not None and cover.start < i else None
            if start is None:
                start = self._name_before(words, keys, i, spans)
            if start >= i:
                continue
            name = keys[start:i]
            if any(not self.name_like(words[j], keys[j]) for j in range(start, i)):
                continue
            entry = self.gaz.lookup(name)
            if entry is not None:
                label, source, canon = entry.label, "gazetteer", entry.name
            else:
                if all(self.is_common(x) for x in name):
                    continue
                label, source, canon = self._lexicon_label(name), "rule", None
            if cover is not None:
                spans = [sp for sp in spans if sp is not cover]
            if label == "LOC":  # "बिहार सरकार": the government of a place is an organisation
                spans.append(Span(start, i + 1, "ORG", "rule"))
            else:
                spans.append(Span(start, i, label, source, canon))
        return spans

    def _lexicon_label(self, name: list[str]) -> str:
        """PER unless the data knows these words mainly as a place or organisation."""
        votes = [0, 0, 0, 0]
        for k in name:
            c = self.counts.get(k)
            if c:
                votes = [a + b for a, b in zip(votes, c[1:], strict=True)]
        per, loc, org, _ = votes
        if max(loc, org) > 2 * per:
            return "LOC" if loc >= org else "ORG"
        return "PER"

    def _org_heads(self, words: list[str], keys: list[str], spans: list[Span]) -> list[Span]:
        heads = self._org_head_words
        for i in [i for i, k in enumerate(keys) if k in heads]:
            if i == 0:
                continue
            if self._covering(spans, i) is not None:
                continue
            j = i
            absorbed: list[Span] = []
            while j > 0 and i - j < MAX_ORG_MODIFIERS:
                sp = self._covering(spans, j - 1)
                if sp is not None:
                    if sp.label == "PER" or sp.end != j:
                        break
                    absorbed.append(sp)
                    j = sp.start
                    continue
                k = keys[j - 1]
                if self.gaz.head_rule(k) == "scope" and (absorbed or j < i):
                    j -= 1  # प्रदेश (कांग्रेस कमेटी), राष्ट्रीय (महिला) आयोग
                    continue
                if (
                    k in COORDINATORS
                    and j < i
                    and j > 1
                    and i - j + 2 <= MAX_ORG_MODIFIERS
                    and self._covering(spans, j - 2) is None
                    and self.gaz.head_rule(keys[j - 2]) is None
                    and self._org_modifier(words, keys, j - 2)
                ):
                    j -= 2  # पेयजल (तथा) स्वच्छता विभाग, श्रम (एवं) रोजगार मंत्रालय
                    continue
                if not self._org_modifier(words, keys, j - 1):
                    break
                j -= 1
            if j == i or not self._model_allows(i, i + 1, MIN_RULE_ORG_MARGINAL):
                continue
            if not absorbed and all(self.gaz.head_rule(x) == "scope" for x in keys[j:i]):
                continue  # "राष्ट्रीय समिति": a scope word alone names no body
            spans = [sp for sp in spans if sp not in absorbed]
            spans.append(Span(j, i + 1, "ORG", "rule"))
        return spans

    def _parties(self, words: list[str], keys: list[str], spans: list[Span]) -> list[Span]:
        """A party the lists do not know: up to three words that nothing claimed before
        a party head (पार्टी, मोर्चा), when what follows shows a party -- an acronym in
        brackets ("ख़ास आदमी पार्टी (ख़ाप)"), "के / की" + a post ("X पार्टी के अध्यक्ष"),
        ने, or a founding verb ("पोल खोल पार्टी भी बना चुके"). The name starts after a
        description of parties (सत्ताधारी, विपक्षी, राष्ट्रीय: party_words.tsv), a
        function word, a title word or punctuation ("एक रेव पार्टी में" has no party
        context and stays a celebration)."""
        heads = self.gaz.party_heads
        if heads.isdisjoint(keys):
            return spans
        generic = self.gaz.party_generic
        for sp in spans:  # "सत्ताधारी कंज़रवेटिव पार्टी" -> "कंज़रवेटिव पार्टी"
            if sp.label == "ORG" and sp.source != "gazetteer" and keys[sp.end - 1] in heads:
                while sp.end - sp.start > 2 and keys[sp.start] in generic:
                    sp.start += 1
        for i in [i for i in range(1, len(keys)) if keys[i] in heads]:
            if self._covering(spans, i) is not None or not self._party_context(words, keys, i):
                continue
            j = i
            while j > 0 and i - j < 3:
                k, w = keys[j - 1], words[j - 1]
                if (
                    self._covering(spans, j - 1) is not None
                    or _WORD_RE.match(w) is None
                    or k in self._never_names
                    or k in COORDINATORS
                    or k in generic
                    or k in heads
                    or self.titles.is_title_word(w)
                ):
                    break
                j -= 1
            if j < i:
                spans.append(Span(j, i + 1, "ORG", "rule"))
        return spans

    def _party_context(self, words: list[str], keys: list[str], i: int) -> bool:
        """What follows the party head at ``i`` shows a political party."""
        n = len(words)
        j = i + 1
        if j >= n:
            return False
        if words[j] == "(" and j + 2 < n and words[j + 2] == ")" and _WORD_RE.match(words[j + 1]):
            return len(words[j + 1]) <= 8  # an acronym: "(ख़ाप)", "(AAP)"
        if keys[j] == "ने":
            return True
        if keys[j] in ("के", "की", "का") and j + 1 < n:
            if keys[j] == "का" and keys[j + 1] in self.gaz.party_founded:
                return True  # "X पार्टी का गठन"
            t = self.titles.starting_at(words, j + 1)
            return t is not None and t[1].kind == "post"
        while j < n and keys[j] in ("भी", "ही"):
            j += 1
        return j < n and keys[j] in self.gaz.party_founded

    def _org_modifier(self, words: list[str], keys: list[str], j: int) -> bool:
        """A word that may qualify an organisation's head word: a name-like word, or a
        word of a longer title that is no title on its own (चिकित्सा of "चिकित्सा
        अधिकारी" in "भारतीय चिकित्सा अनुसंधान परिषद"; never "अध्यक्ष")."""
        k = keys[j]
        if self.never_in_name(k):
            return False
        if self.name_like(words[j], k):
            return True
        return (
            _WORD_RE.match(words[j]) is not None
            and k not in self._never_names
            and self.titles.is_title_word(words[j])
            and self.titles.starting_at(words[: j + 1], j) is None
        )

    def _model_allows(self, i: int, j: int, least: float) -> bool:
        """The CRF gives some word of [i, j) at least ``least`` chance of being inside a
        name (it has seen the gazetteer or head word as a feature and learnt how far
        to trust it in context)."""
        if least <= 0:
            return True
        m = self.tagger.marginal
        return any(1.0 - m("O", k) >= least for k in range(i, j))

    def _never_in_name_often(self, key: str) -> bool:
        c = self.counts.get(key)
        return c is not None and c[0] >= 20 and not any(c[1:])

    def person_word(self, key: str) -> bool:
        """A known surname, or a word the data knows mainly from people's names."""
        if key in self.gaz.surnames:
            return True
        c = self.counts.get(key)
        return c is not None and c[1] > 0 and c[1] >= c[2] + c[3]

    def _after_titles(self, words: list[str], keys: list[str], spans: list[Span]) -> list[Span]:
        n = len(words)
        may_end = self.titles.may_end_each(words)
        if True not in may_end:
            return spans
        i = 1
        while i < n:
            if not may_end[i - 1]:
                i += 1
                continue
            t = self.titles.ending_at(words, i - 1)
            if t is None or self.titles.starting_at(words, i) is not None:
                i += 1
                continue
            if words[i] == "(":  # प्रदेश अध्यक्ष (अल्पसंख्यक विभाग) मंजूर अंसारी
                close = next((j for j in range(i + 1, min(n, i + 9)) if words[j] == ")"), None)
                if close is None:
                    i += 1
                    continue
                i = close + 1
                if i >= n:
                    break
            cover = self._covering(spans, i)
            if cover is not None:
                if (
                    cover.start == i
                    and cover.label in ("ORG", "LOC")
                    and cover.source == "model"
                    and t[1].kind == "honorific"
                ):
                    cover.label = "PER"  # श्री X is a person
                i = cover.end
                continue
            j = self._name_after(words, keys, i, spans)
            if j > i and (self._model_allows_person(i, j) or self._ends_in_surname(keys, i, j)):
                spans.append(Span(i, j, "PER", "rule"))
            i = max(j, i + 1)
        return spans

    def _ends_in_surname(self, keys: list[str], i: int, j: int) -> bool:
        """A name of two or more words after a title that ends in a known surname
        ("प्रदेश अध्यक्ष मंजूर अंसारी") is a person whatever the tagger's doubt about a
        first word that is also an everyday word (मंजूर "approved")."""
        k = keys[j - 1]
        return j - i >= 2 and (
            k in self.gaz.surnames or "nm=s" in self.tagger.features.name_words.get(k, ())
        )

    def _model_allows_person(self, i: int, j: int, least: float = MIN_PERSON_MARGINAL) -> bool:
        """The CRF gives a person starting at ``i`` at least a small chance (it has seen
        the title too); words it is sure are not a name ("कार्यों") are left out."""
        p = self.tagger.marginal("B-PER", i)
        p += sum(self.tagger.marginal("I-PER", k) for k in range(i + 1, j)) / max(1, j - i - 1)
        return p >= least

    def _name_after(self, words: list[str], keys: list[str], i: int, spans: list[Span]) -> int:
        """End of the name that starts at ``i`` (after a title), or ``i`` if none. Up
        to three dotted initials may open it ("ई. राजेंदर", "एस.ए.आर. गिलानी")."""
        n = len(words)
        j = i
        while (
            j + 2 < n
            and j - i < 6
            and words[j + 1] == "."
            and _INITIALS_RE.match(keys[j])
            and not self.titles.is_title_word(words[j])
            and self._covering(spans, j) is None
        ):
            j += 2
        lead = j
        while j < n and j - lead < MAX_NAME_WORDS and self._covering(spans, j) is None:
            k = keys[j]
            if (
                not self.name_like(words[j], k)
                or self.never_in_name(k)
                or self.place_or_org_word(k)
                or self.gaz.lookup([k]) is not None
            ):
                break
            j += 1
        # everyday words at the end are not part of the name
        while j > lead and self.is_common(keys[j - 1]) and not self.person_word(keys[j - 1]):
            j -= 1
        if j == lead:
            return i
        if all(not self.is_common(k) for k in keys[lead:j]) or self.person_word(keys[j - 1]):
            return j
        return i

    def _coordinated(self, words: list[str], keys: list[str], spans: list[Span]) -> list[Span]:
        """"X और Y", "X, Y और Z": a name-like run listed next to a person (after or
        before it, separated by a comma or a coordinator, and closed by punctuation or a
        function word) is a person too."""
        n = len(words)
        # a list grows from a full name (two words or more) or from what it added; a
        # lone word the tagger took for a person may be a place in a list of places
        todo = [(sp, sp.end - sp.start > 1) for sp in spans if sp.label == "PER"]
        while todo:
            sp, solid = todo.pop()
            i = sp.end
            lists = LIST_COMMAS and solid
            if i + 1 < n and (keys[i] in COORDINATORS or (lists and words[i] == ",")):
                if self._covering(spans, i + 1) is None:
                    j = self._name_after(words, keys, i + 1, spans)
                    if j > i + 1 and self._closed(words, keys, j):
                        new = Span(i + 1, j, "PER", "rule")
                        spans.append(new)
                        todo.append((new, solid))
            i = sp.start - 1
            if lists and i > 0 and (keys[i] in COORDINATORS or words[i] == ","):
                start = self._name_before(words, keys, i, spans)
                if start < i and (start == 0 or self._closed(words, keys, start - 1)):
                    if all(self._name_word(words[k], keys[k]) for k in range(start, i)):
                        new = Span(start, i, "PER", "rule")
                        spans.append(new)
                        todo.append((new, True))
        return spans

    def _listed_persons(self, words: list[str], keys: list[str], spans: list[Span]) -> list[Span]:
        """"शरीफ, बबलू, इमरान, आफाक, उमर": in a list of one- or two-word items separated
        by commas or coordinators, where at least two items are people and none is
        another kind of name, the other unclaimed, uncommon name-like items are people
        too."""
        if "," not in words:
            return spans
        n = len(words)
        seps = [i for i in range(n) if words[i] == "," or keys[i] in COORDINATORS]
        if len(seps) < 2:
            return spans
        # items: maximal runs between separators (or the sentence edge) inside a list
        bounds = [-1, *seps, n]
        items: list[tuple[int, int] | None] = []
        for a, b in itertools.pairwise(bounds):
            s0, e0 = a + 1, b
            if 1 <= e0 - s0 <= 2:
                items.append((s0, e0))
            else:
                items.append(None)
        # group consecutive items into lists
        runs: list[list[tuple[int, int]]] = [[]]
        for it in items:
            if it is None:
                runs.append([])
            else:
                runs[-1].append(it)
        for run in runs:
            if len(run) < 3:
                continue
            people = others = 0
            todo = []
            for s0, e0 in run:
                cover = [sp for sp in spans if sp.start < e0 and s0 < sp.end]
                if cover:
                    if all(sp.label == "PER" for sp in cover):
                        people += 1
                    else:
                        others += 1
                elif all(
                    self._name_word(words[k], keys[k]) and not self.is_common(keys[k])
                    for k in range(s0, e0)
                ):
                    todo.append((s0, e0))
            if people >= 2 and others == 0 and people + len(todo) >= 3:
                spans += [Span(s0, e0, "PER", "rule") for s0, e0 in todo]
        return spans

    def _listed_places(self, words: list[str], keys: list[str], spans: list[Span]) -> list[Span]:
        """"अहमदनगर, धुले, जलगांव": a name-like run listed between two places, or
        closing a list of two places or more ("नागपुर, अमरावती और वर्धा"), is a place."""
        n = len(words)
        locs = sorted((sp for sp in spans if sp.label == "LOC"), key=lambda sp: sp.start)
        if len(locs) < 2:
            return spans
        ends = {sp.end: sp for sp in locs}
        starts = {sp.start: sp for sp in locs}
        for left in locs:
            a = left.end + 1  # after "PLACE ,"
            if a >= n or not (words[left.end] == "," or keys[left.end] in COORDINATORS):
                continue
            b = a
            while b < n and b - a < MAX_NAME_WORDS and self._covering(spans, b) is None:
                if not self._name_word(words[b], keys[b]) or self.is_common(keys[b]):
                    break
                b += 1
            if b == a or b >= n:
                continue
            between = (words[b] == "," or keys[b] in COORDINATORS) and b + 1 in starts
            closing = (
                keys[left.end] in COORDINATORS
                and self._closed(words, keys, b)
                and keys[b] not in COORDINATORS
                and words[b] != ","
                and left.start >= 2
                and words[left.start - 1] == ","
                and left.start - 1 in ends
            )
            if between or closing:
                new = Span(a, b, "LOC", "rule")
                spans.append(new)
                ends[b] = new
                starts[a] = new
        return spans

    def _byline(self, words: list[str], keys: list[str], spans: list[Span]) -> list[Span]:
        """A reporter's byline, a sentence of its own: "नीलकमल, पटना" (a name, a comma, a
        listed place): the name is a person."""
        n = len(words)
        while n > 0 and _NAME_CHAR_RE.search(words[n - 1]) is None:
            n -= 1
        if n < 3 or n > MAX_NAME_WORDS + 3 or "," not in words[1 : MAX_NAME_WORDS + 1]:
            return spans
        comma = words.index(",")
        place = self._covering(spans, comma + 1)
        if place is None or place.label != "LOC" or place.source != "gazetteer":
            return spans
        if place.start != comma + 1 or place.end != n:
            return spans
        if not all(self._name_word(words[k], keys[k]) for k in range(comma)):
            return spans
        before = [sp for sp in spans if sp.start < comma]
        if any(sp.source == "gazetteer" or sp.start != 0 or sp.end != comma for sp in before):
            return spans
        spans = [sp for sp in spans if sp not in before]
        spans.append(Span(0, comma, "PER", "rule"))
        return spans

    def _closed(self, words: list[str], keys: list[str], j: int) -> bool:
        """Position ``j`` ends (or opens) a listed name: the sentence edge, punctuation,
        a function word or a coordinator."""
        return (
            j < 0
            or j >= len(words)
            or keys[j] in self.gaz.function_words
            or keys[j] in COORDINATORS
            or _WORD_RE.match(words[j]) is None
        )

    def _name_word(self, word: str, key: str) -> bool:
        return (
            self.name_like(word, key)
            and not self.never_in_name(key)
            and not self.place_or_org_word(key)
            and self.gaz.lookup([key]) is None
            and self.gaz.head_rule(key) is None
        )

    def _before_speaker_cues(
        self, words: list[str], keys: list[str], spans: list[Span]
    ) -> list[Span]:
        """An uncommon name-like word run that nothing claimed, right before a speaker
        cue ("आतिफ़ कहते हैं", "X का कहना"), is a person if the tagger gives it some
        chance; a one-word model place before ने that the gazetteer does not know and the
        data knows from people's names ("सिसोदिया ने") is a person."""
        cues = self.gaz.speaker_cues
        first = self._cue_first
        n = len(words)
        for i in range(1, n - 1):
            if keys[i] not in first:
                continue
            if (keys[i], keys[i + 1]) not in cues and (
                i + 2 >= n or (keys[i], keys[i + 1], keys[i + 2]) not in cues
            ):
                continue
            before = self._covering(spans, i - 1)
            if before is not None:
                if (
                    keys[i] == "ने"
                    and before.label == "LOC"
                    and before.source == "model"
                    and before.end - before.start == 1
                    and self.gaz.lookup([keys[before.start]]) is None
                    and self.person_word(keys[before.start])
                ):
                    before.label = "PER"
                continue
            start = self._name_before(words, keys, i, spans)
            least = MIN_CUE_PERSON_MARGINAL
            if (
                start < i
                and keys[i] in _OWN_VOICE_CUE_FIRST
                and self._unseen_run(words, keys, start, i)
                and _NAMING_OBJECTS.isdisjoint(keys[max(0, start - 3) : start])
            ):
                least = MIN_UNSEEN_CUE_PERSON_MARGINAL  # "इशरत का कहना", "हैकेन बाकर कहती हैं"
            if start < i and self._model_allows_person(start, i, least):
                spans.append(Span(start, i, "PER", "rule"))
            elif start == i and self._given_name_speaks(words, keys, i):
                spans.append(Span(i - 1, i, "PER", "rule"))
        return spans

    def _unseen_run(self, words: list[str], keys: list[str], start: int, end: int) -> bool:
        """Words none of which the data or the lists know (no acronym, no plural, no
        organisation or place word): a name nobody has taught the tagger."""
        return all(
            keys[j] not in self.counts
            and not _ACRONYM_RE.match(keys[j])
            and not _ACRONYM_LATIN_RE.match(words[j])
            and not keys[j].endswith(_PLURAL_ENDINGS + _LATIN_PLURAL_ENDINGS)
            and self.gaz.head_rule(keys[j]) is None
            and keys[j] not in self.gaz.facilities
            and self.gaz.lookup([keys[j]]) is None
            for j in range(start, end)
        )

    def _given_name_speaks(self, words: list[str], keys: list[str], i: int) -> bool:
        """"गांव की रेखा ने बताया": a listed given name that is also an everyday word
        (रेखा 'line', किरण 'ray') is a person right before a cue of speech that only a
        person or body can be the subject of (ने कहा, कहती हैं), when the tagger gives
        it some chance."""
        k = keys[i - 1]
        return (
            keys[i] in _SPEECH_CUE_FIRST
            and "nm=g" in self.tagger.features.name_words.get(k, ())
            and self.name_like(words[i - 1], k)
            and self.gaz.lookup([k]) is None
            and self.gaz.head_rule(k) is None
            and self.tagger.marginal("B-PER", i - 1) >= MIN_GIVEN_NAME_SPEAKS_MARGINAL
        )

    def _initials(self, words: list[str], keys: list[str], spans: list[Span]) -> list[Span]:
        """Initials before a person's name belong to it ("आर. गंगाखेड़कर", "एस के
        सिंह", "वी.के. यादव"): a person span grows left over up to two initials of
        one or two letter names (each maybe followed by a dot; के only after another
        initial; not a post such as पीएम or डीएम) and swallows the spans it then
        covers."""
        fn = self.gaz.function_words
        for sp in [sp for sp in spans if sp.label == "PER"]:
            j = sp.start
            taken = 0
            while j > 0 and taken < 2:
                t = j - 1
                dotted = words[t] == "." and t > 0
                if dotted:
                    t -= 1
                k = keys[t]
                if (
                    not _INITIALS_RE.match(k)
                    or self.titles.is_title_word(words[t])  # पीएम, डीएम, एसपी: posts
                    or (self.is_common(k) and not dotted and k not in fn)  # आई "came"
                ):
                    break
                taken += 1
                if k in fn and not dotted:  # के is a postposition unless dotted ("के. लक्ष्मण") or after an initial
                    b = t - 1  # the token before के, past a dot
                    b = b - 1 if b > 0 and words[b] == "." else b
                    if b < 0 or not _INITIALS_RE.match(keys[b]) or keys[b] in fn:
                        break
                j = t
            while j < sp.start and words[j] == ".":
                j += 1
            if j == sp.start and all(
                _INITIALS_RE.match(k) or k == "." for k in keys[sp.start : sp.end]
            ):  # "आर." found alone: the name after the initials is part of it
                e = sp.end + 1 if sp.end < len(words) and words[sp.end] == "." else sp.end
                f = e
                while (
                    f < len(words)
                    and f - e < 2
                    and self._covering(spans, f) is None
                    and self._name_word(words[f], keys[f])
                    and not self.is_common(keys[f])
                ):
                    f += 1
                if f > e:
                    sp.end = f
                continue
            if j < sp.start:
                inside = [x for x in spans if x is not sp and j <= x.start and x.end <= sp.start]
                if any(x.label != "PER" for x in inside) or self._covering(
                    [x for x in spans if x not in inside and x is not sp], j
                ) is not None:
                    continue
                spans = [x for x in spans if x not in inside]
                sp.start = j
        return spans

    def _known_person_words(
        self, words: list[str], keys: list[str], spans: list[Span]
    ) -> list[Span]:
        """A lone word that nothing claimed, which the data has seen at least
        KNOWN_PERSON_MIN_SEEN times and almost only (KNOWN_PERSON_SHARE) inside people's
        names ("बदले ट्रंप के सुर", "कोहली विकेट पर"), is a person when the tagger
        gives it some chance."""
        known = self._known_person
        if known.isdisjoint(keys):
            return spans
        for i in [i for i, k in enumerate(keys) if k in known]:
            k = keys[i]
            if self._covering(spans, i) is not None or not self._name_word(words[i], k):
                continue
            if (i > 0 and words[i - 1] == "-") or (i + 1 < len(words) and words[i + 1] == "-"):
                continue  # part of a hyphenated name ("जैश-ए-मुहम्मद")
            if _INITIALS_RE.match(k):
                continue
            if self._model_allows_person(i, i + 1, MIN_KNOWN_PERSON_MARGINAL):
                spans.append(Span(i, i + 1, "PER", "rule"))
        return spans

    def _given_and_surname(
        self, words: list[str], keys: list[str], spans: list[Span]
    ) -> list[Span]:
        """A listed given name (or a word unknown to the data) followed by a known
        surname or a word the data knows mostly from people's names, that nothing
        claimed ("विकास गुप्ता", "फरहा खान", "आयुष्मान खुराना") is a person when the tagger gives it some chance (a
        given name that is also an everyday word keeps the tagger out of it)."""
        surnames = self.gaz.surnames
        names = self.tagger.features.name_words
        strong = self._strong_person
        if strong.isdisjoint(keys):
            return spans
        for i in [i for i in range(1, len(keys)) if keys[i] in strong]:
            g = i - 1
            k = keys[g]
            if not (self.name_like(words[g], k) and self.name_like(words[i], keys[i])):
                continue  # (a surname that is also a title: मुफ्ती)
            if (
                i + 1 < len(keys)
                and self.name_like(words[i + 1], keys[i + 1])
                and not self.is_common(keys[i + 1])
                and self._covering(spans, i + 1) is None
            ):
                continue  # "भूमिका अली ज़फर": the surname may open the next name
            if k in surnames or not (
                "nm=g" in names.get(k, ())
                or self.person_word(k)
                # a listed name word of the surname kind before a listed surname: "वाल्मीकि महतो"
                or ("nm=s" in names.get(k, ()) and keys[i] in surnames)
                # a word unknown to the data before a listed surname: "फरहा खान"
                or (k not in self.counts and keys[i] in surnames and not _ACRONYM_RE.match(k))
            ):
                continue
            if self._covering(spans, g) is not None or self._covering(spans, i) is not None:
                continue
            if self.gaz.head_rule(k) is not None or self.place_or_org_word(k):
                continue
            if self._model_allows_person(g, i + 1, MIN_PAIR_PERSON_MARGINAL):
                spans.append(Span(g, i + 1, "PER", "rule"))
        return spans

    def _agents(self, words: list[str], keys: list[str], spans: list[Span]) -> list[Span]:
        """One or two unclaimed name-like words right before the agent marker ने
        ("लेनन ने 1960 में", "पिस्टोरियस ने बंदूक"), each unknown to the data or known
        mainly from people's names, are a person when the tagger gives a person starting
        there at least MIN_AGENT_PERSON_MARGINAL. Acronyms, plurals and words of
        organisation or place names are left out; kind words next to the name retype it
        afterwards ("कंपनी मेरिडियन ने" is an organisation)."""
        if "ने" not in keys:
            return spans
        for i in [i for i in range(1, len(keys)) if keys[i] == "ने"]:
            if self._covering(spans, i - 1) is not None:
                continue
            j = i
            while j > 0 and i - j < 2:
                k, w = keys[j - 1], words[j - 1]
                if (
                    self._covering(spans, j - 1) is not None
                    or not self.name_like(w, k)
                    or self.is_common(k)
                    or not (k not in self.counts or self.person_word(k))
                    or _ACRONYM_RE.match(k)
                    or _ACRONYM_LATIN_RE.match(w)
                    or k.endswith(_PLURAL_ENDINGS)
                    or self.gaz.head_rule(k) is not None
                    or k in self.gaz.facilities
                    or self.gaz.lookup([k]) is not None
                ):
                    break
                j -= 1
            if j < i and self.tagger.marginal("B-PER", j) >= MIN_AGENT_PERSON_MARGINAL:
                spans.append(Span(j, i, "PER", "rule"))
        return spans

    def _continue_persons(
        self, words: list[str], keys: list[str], spans: list[Span]
    ) -> list[Span]:
        """A person's name runs on into a known surname right after it ("डॉ. बबीता
        कुमारी" where the model stopped at बबीता), and two person spans that touch are
        one name ("योगी" + "आदित्यनाथ")."""
        n = len(words)
        spans.sort(key=lambda sp: sp.start)
        out: list[Span] = []
        for sp in spans:
            prev = out[-1] if out else None
            if (
                prev is not None
                and prev.label == "PER"
                and sp.label == "PER"
                and prev.end == sp.start
                and sp.end - prev.start <= MAX_NAME_WORDS + 1
            ):
                prev.end = sp.end
                continue
            out.append(sp)
        for i, sp in enumerate(out):
            if sp.label != "PER" or sp.end >= n or sp.end - sp.start > MAX_NAME_WORDS:
                continue
            k = keys[sp.end]
            nxt = out[i + 1].start if i + 1 < len(out) else n
            if (
                sp.end < nxt
                and k in self.gaz.surnames
                and _WORD_RE.match(words[sp.end]) is not None
                and k not in self._never_names
                and self.gaz.head_rule(k) is None
            ):
                sp.end += 1
        return out

    def _jurisdictions(self, words: list[str], keys: list[str], spans: list[Span]) -> list[Span]:
        """A post is often followed by its area before the holder's name ("जिलाधिकारी
        आगरा प्रभु नारायण सिंह", "एसपी देहात अजय सहदेव", "सीओ भोपा रिजवान अहमद"): a
        person's name right after a post that opens with such a word loses it. The word
        is a place when the lists know it as one, or when it is unknown as a name word and
        the rest reads as an Indian name (a listed given name, or a person word ending in
        a surname); a word of post_areas.txt (देहात, सिटी, सदर) is no entity. A lone
        listed place taken for a person after a post is the place ("एसडीएम भरमौर")."""
        names = self.tagger.features.name_words
        out = list(spans)
        for sp in spans:
            if sp.label != "PER" or sp.source == "gazetteer" or sp.start == 0:
                continue
            s, e = sp.start, sp.end
            t = self.titles.ending_at(words, s - 1)
            if t is None or t[1].kind != "post":
                continue
            k = keys[s]
            if (
                not self.name_like(words[s], k)
                or names.get(k)
                or k in self.gaz.surnames
                or k in self.gaz.name_titles
                or _INITIALS_RE.match(k)
            ):
                continue
            place = self.gaz.lookup([k])
            if place is not None and place.label != "LOC":
                place = None
            if e - s == 1:
                if place is not None and not self.person_word(k):
                    sp.label, sp.source, sp.canon = "LOC", "gazetteer", place.name
                continue
            rest = keys[s + 1 : e]
            given = "nm=g" in names.get(rest[0], ())
            if k in self.gaz.post_areas:
                if len(rest) >= 2 or given:
                    sp.start = s + 1
                continue
            if self.person_word(k):
                continue
            if place is not None:
                if len(rest) >= 2 or given:
                    sp.start = s + 1
                    out.append(Span(s, s + 1, "LOC", "gazetteer", place.name))
                continue
            c = self.counts.get(k)
            if (
                c is not None
                and c[2] >= 2
                and c[2] > 2 * (c[1] + c[3])
                and len(rest) >= 2
                and (given or self._ends_in_surname(keys, s + 1, e))
            ):  # a word the data knows mainly from place names, before an Indian name
                sp.start = s + 1
                out.append(Span(s, s + 1, "LOC", "rule"))
        return out

    def _facilities(self, words: list[str], keys: list[str], spans: list[Span]) -> list[Span]:
        """A person's name that opens the name of a hospital, road, scheme, award …
        ("राम मनोहर लोहिया अस्पताल") is part of that name."""
        for sp in [sp for sp in spans if sp.label == "PER"]:
            inside = [f for f in range(sp.start + 1, sp.end) if keys[f] in self.gaz.facilities]
            if inside:  # "निजामुद्दीन मरकज खाली"
                sp.end, sp.label, sp.source = inside[0] + 1, self.gaz.facilities[keys[inside[0]]], "rule"
                continue
            if sp.end - sp.start == 1 and (
                _ACRONYM_LATIN_RE.match(words[sp.start])
                or (len(keys[sp.start]) >= 3 and _ACRONYM_RE.match(keys[sp.start]))
            ):
                sp.label = "ORG"  # "PHFI", "एनएचए": an acronym alone names an organisation
                continue
            for f in range(sp.end, min(len(words), sp.end + 3)):
                kind = self.gaz.facilities.get(keys[f])
                if kind is not None:
                    others = [x for x in spans if x is not sp and sp.end <= x.start <= f]
                    spans = [x for x in spans if x not in others]
                    sp.end, sp.label, sp.source = f + 1, kind, "rule"
                    break
                if not self.name_like(words[f], keys[f]):
                    break
        return spans

    def _descriptors(self, keys: list[str], spans: list[Span]) -> list[Span]:
        """An organisation's name does not include the description before it: "जर्मन
        कंपनी बायॉनटेक", "रेटिंग एजेंसी मूडीज" name बायॉनटेक and मूडीज (a kind word
        inside the span, with the name after it)."""
        before = self.gaz.kinds_before
        for sp in spans:
            if sp.label != "ORG" or sp.source == "gazetteer" or sp.end - sp.start < 2:
                continue
            for p in range(sp.end - 2, sp.start - 1, -1):
                m = next((m for m in (2, 1) if before.get(tuple(keys[p : p + m])) == "ORG"), 0)
                if m and p + m < sp.end:
                    if any(  # a name follows, not a generic word ("पत्रिका ब्यूरो")
                        not self.is_common(k) and self.gaz.head_rule(k) is None
                        for k in keys[p + m : sp.end]
                    ):
                        sp.start = p + m
                    break
        return spans

    def _kinds(self, keys: list[str], spans: list[Span]) -> list[Span]:
        """A person's name next to a word that says what it names ("अखबार मार्का",
        "'डॉन' अखबार", "चक्रवात गाजा") takes that type; so does one that opens with
        such a word ("होटल लीला"). A weak kind word ("निवासी") leaves a name shaped like
        a person's alone ("राकेश कुमार निवासी X", "X निवासी राकेश")."""
        before, after, weak = self.gaz.kinds_before, self.gaz.kinds_after, self.gaz.weak_kinds
        n = len(keys)
        for sp in [sp for sp in spans if sp.label == "PER" and sp.source != "gazetteer"]:
            # "अरशद अली तंजीम दावतो सिदक": a person's name runs on into a body's name
            # that a kind word opens; the person ends before it
            for p in range(sp.start + 2, sp.end - 1):
                kind = before.get((keys[p],))
                if kind is not None and (keys[p],) not in weak:
                    spans.append(Span(p + 1, sp.end, kind, "rule"))
                    sp.end = p
                    break
        for sp in spans:
            if sp.label != "PER" or sp.source == "gazetteer":
                continue
            kind = None
            s = sp.start - 1 if sp.start > 0 and keys[sp.start - 1] in _QUOTES else sp.start
            for m in (2, 1):
                if s - m >= 0 and (kind := before.get(w := tuple(keys[s - m : s]))) is not None:
                    if w in weak and self._person_shaped(keys, sp.start, sp.end):
                        kind = None
                    break
            if kind is None and sp.end - sp.start > 1:
                kind = before.get((keys[sp.start],)) or before.get(tuple(keys[sp.start : sp.start + 2]))
                if kind is None and after.get((keys[sp.end - 1],)) == "MISC":
                    kind = "MISC"  # "कैटरीना तूफान" as one name (not "प्रदीप मैगज़ीन")
            if kind is None:
                e = sp.end + 1 if sp.end < n and keys[sp.end] in _QUOTES else sp.end
                for m in (2, 1):
                    if e + m <= n and (kind := after.get(w := tuple(keys[e : e + m]))) is not None:
                        if (
                            w in weak
                            and self._person_shaped(keys, sp.start, sp.end)
                            and not self._person_at(keys, spans, e + m)  # "X निवासी राकेश"
                        ):
                            kind = None
                        break
            if kind is not None:
                sp.label, sp.source = kind, "rule"
        return spans

    def _demonym(self, key: str) -> bool:
        """A word for the people of a listed place ("सीरियाई", "रोमानियाई", "नेपाली",
        "अमेरिकी"): the place plus ई / ी (ी for ा), unless the data knows the word
        mainly from people's names (ईरानी, बिहारी are surnames too)."""
        if len(key) < 4 or key[-1] not in "ीई" or self.person_word(key):
            return False
        stems = [key[:-1]] + ([key[:-1] + "ा"] if key[-1] == "ी" else [])
        return any(
            (e := self.gaz.lookup([stem])) is not None
            and e.label == "LOC"
            and e.kind not in WEAK_PLACE_KINDS
            for stem in stems
        )

    def _person_at(self, keys: list[str], spans: list[Span], i: int) -> bool:
        """A person's name shaped like one starts at ``i``."""
        return any(
            sp.start == i and sp.label == "PER" and self._person_shaped(keys, sp.start, sp.end)
            for sp in spans
        )

    def _person_shaped(self, keys: list[str], s: int, e: int) -> bool:
        """A name that ends in a known surname, or opens with a listed given name, or
        whose first or last word the data knows mainly from people's names."""
        return (
            self._ends_in_surname(keys, s, e)
            or "nm=g" in self.tagger.features.name_words.get(keys[s], ())
            or self.person_word(keys[s])
            or self.person_word(keys[e - 1])
        )

    def _vetoed(self, keys: list[str], sp: Span) -> bool:
        ks = keys[sp.start : sp.end]
        if sp.label == "PER" and len(ks) == 1:
            k = ks[0]  # a lone generic word: "कॉलोनी", "मंत्रालय", "जिला"
            if k in self.gaz.facilities or k in self.gaz.org_heads or k in self.gaz.place_words:
                return True
        if sp.label == "PER" and len(ks) > 3 and all(_LATIN_WORD_RE.match(k) for k in ks):
            return True  # "Bihar Corona News Update": a Latin headline, not a name
        if all(k in self._never_names for k in ks):
            return True
        return sp.label == "PER" and any(k in self.gaz.not_names for k in ks)
