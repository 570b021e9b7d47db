"""The quote finder's language data (khabar/resources/quotes/), loaded once.

Every word list is normalised like article text (NFC), and every pattern built from it
matches nukta and chandrabindu/anusvara spelling variants (मुताबिक/मुताबिक़, मांग/माँग).
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick
import regex

from khabar.quotes.conjugate import COMPOUND, IMPERFECTIVE, PERFECTIVE, Conjugator
from khabar.resources import load_lines, load_table

NUKTA = "\u093c"
_NUKTA_RE = regex.compile(NUKTA)
_L = r"\p{L}\p{M}"


# common misspellings of function words, read as the word ("पत्रकारों नें बताया")
_MISSPELT = {"नें": "ने", "उन्होने": "उन्होंने", "उन्होनें": "उन्होंने"}


@lru_cache(maxsize=65536)
def norm_word(word: str) -> str:
    """The form used to compare words: NFC, no nukta, chandrabindu as anusvara, and a
    few misspelt function words as the word ("नें" → "ने")."""
    w = unicodedata.normalize("NFC", word)
    w = unicodedata.normalize("NFD", w).replace(NUKTA, "")
    w = unicodedata.normalize("NFC", w).replace("\u0901", "\u0902")
    # "ा" + "े" typed for "ो" ("उन्हाेंने", "अधिकारियाें"), "ा" + "ै" for "ौ"
    w = w.replace("\u093e\u0947", "\u094b").replace("\u093e\u0948", "\u094c")
    return _MISSPELT.get(w, w)


def word_pattern(word: str) -> str:
    """A regex for one written word that tolerates nukta and bindu variants."""
    out = []
    for ch in norm_word(word):
        if ch == "\u0902":
            out.append("[\u0901\u0902]")
        elif "\u0915" <= ch <= "\u092f" or ch in "\u0921\u0922":
            out.append(regex.escape(ch) + NUKTA + "?")
        else:
            out.append(regex.escape(ch))
    return "".join(out)


def phrase_pattern(phrase: str) -> str:
    """A regex for a phrase of words separated by any run of spaces."""
    return r"[ \t]+".join(word_pattern(w) for w in phrase.split())


def alternation(phrases: list[str]) -> str:
    """Longest-first alternation of phrases, bounded by non-letters on both sides."""
    ordered = sorted(set(phrases), key=lambda p: (-len(p.split()), -len(p)))
    body = "|".join(phrase_pattern(p) for p in ordered)
    return rf"(?<![{_L}])(?:{body})(?![{_L}])"


def noun_forms(word: str) -> set[str]:
    """A noun and its number and case forms, read from one of them: the oblique plural
    gives the singular ("प्रत्यक्षदर्शियों" → "प्रत्यक्षदर्शी", "नेताओं" → "नेता",
    "डॉक्टरों" → "डॉक्टर") and the singular the oblique plural ("चश्मदीद" →
    "चश्मदीदों", "अधिकारी" → "अधिकारियों", "प्रवक्ता" → "प्रवक्ताओं"). Only
    one-word nouns; a word of other shape stays alone."""
    w = norm_word(word)
    out = {w}
    if " " in w or len(w) < 3:
        return out
    if w.endswith("ियों"):
        out |= {w[:-4] + "ी", w[:-4] + "ि"}
    elif w.endswith("ाओं") or w.endswith("ुओं"):
        out.add(w[:-2])
    elif w.endswith("ों"):
        out.add(w[:-2])
    elif w.endswith("ी"):
        out.add(w[:-1] + "ियों")
    elif w.endswith("ा") or w.endswith("ु"):
        out.add(w + "ओं")
    elif w[-1] not in _VOWEL_SIGNS:
        out.add(w + "ों")
    return out


_VOWEL_SIGNS = frozenset("\u093e\u093f\u0940\u0941\u0942\u0943\u0947\u0948\u094b\u094c\u0902\u094d")


class PhraseMatcher:
    """Finds whole-word occurrences of fixed phrases with an Aho-Corasick automaton:
    one linear pass, longest match first. Phrases and text are compared without nukta
    and with chandrabindu read as anusvara (मुताबिक़ = मुताबिक, माँग = मांग); words are
    separated by single spaces in the phrases and in the (normalised) text."""

    def __init__(self, phrases: dict[str, str]) -> None:
        self.automaton = ahocorasick.Automaton()
        for phrase, value in phrases.items():
            key = " ".join(norm_word(w) for w in phrase.split())
            self.automaton.add_word(key, (len(key), value))
        self.empty = not phrases
        if not self.empty:
            self.automaton.make_automaton()

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
        """(start, end, value) of non-overlapping whole-word matches, in text order."""
        if self.empty:
            return []
        end = len(text) if end is None else end
        shadow, removed = _shadow(text[start:end])
        hits = []
        for last, (n, value) in self.automaton.iter(shadow):
            a, b = last + 1 - n, last + 1
            if removed:
                # a nukta dropped right after the last character belongs to the match
                a += bisect_right(removed, a)
                b += bisect_right(removed, b)
            a += start
            b += start
            if (a > 0 and _is_letter(text[a - 1])) or (b < len(text) and _is_letter(text[b])):
                continue
            hits.append((a, b, value))
        hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
        out: list[tuple[int, int, str]] = []
        for h in hits:
            if out and h[0] < out[-1][1]:
                continue
            out.append(h)
        return out


def _shadow(text: str) -> tuple[str, list[int]]:
    """The text without nukta and with anusvara for chandrabindu, and the shadow
    positions of the removed nukta (to map offsets back: ``original = x +
    bisect_right(removed, x)``)."""
    text = text.replace("\u0901", "\u0902")
    if NUKTA not in text:
        return text, []
    removed = [m.start() - j for j, m in enumerate(_NUKTA_RE.finditer(text))]
    return text.replace(NUKTA, ""), removed


def _is_letter(ch: str) -> bool:
    return ch.isalpha() or unicodedata.category(ch).startswith("M")


@dataclass(frozen=True)
class VerbForm:
    form: str
    lemma: str
    agent: str  # ne | nom | ka
    object: bool


FOCUS_PARTICLES = ("भी", "ही")


class QuoteLexicon:
    """All word lists and compiled patterns the quote finder needs."""

    def __init__(self) -> None:
        self.verbs: dict[str, VerbForm] = {}
        conj = Conjugator()
        for row in load_table("quotes/verbs.tsv"):
            phrase, lemma, agent, obj, compound = ([*row, "", "", "", ""])[:5]
            if agent in ("verb", "verb-nom"):
                forms = conj.forms(phrase, honorific=agent == "verb-nom")
                perfective = "nom" if agent == "verb-nom" else "ne"
                expanded = [(f, perfective) for f in forms[PERFECTIVE]]
                expanded += [(f, "nom") for f in forms[IMPERFECTIVE]]
                if agent == "verb" and compound != "no":
                    expanded += [(f, "ne") for f in forms[COMPOUND]]
            elif agent in ("ne", "nom", "ka", "ne-next"):
                expanded = [(phrase, agent)]
            else:
                raise ValueError(f"quotes/verbs.tsv: bad agent in {row!r}")
            noun = phrase.split()[:-1] if agent in ("verb", "verb-nom") else []
            for form, how in expanded:
                key = " ".join(norm_word(w) for w in form.split())
                # a fixed form listed in the file wins over a generated one
                if key not in self.verbs or agent in ("ne", "nom", "ka", "ne-next"):
                    self.verbs[key] = VerbForm(form, lemma, how, obj == "yes")
                words = form.split()
                if noun and words[: len(noun)] == noun:
                    # a focus particle between the noun and its light verb ("विश्वास भी
                    # जताया", "मांग ही की")
                    for particle in FOCUS_PARTICLES:
                        variant = " ".join([*noun, particle, *words[len(noun) :]])
                        vkey = " ".join(norm_word(w) for w in variant.split())
                        self.verbs.setdefault(vkey, VerbForm(variant, lemma, how, obj == "yes"))
        self.verb_matcher = PhraseMatcher({v.form: key for key, v in self.verbs.items()})

        self.pronouns: dict[str, tuple[str, int]] = {}
        self.pronouns_any: set[str] = set()
        for w, case, person, refers in load_table("quotes/pronouns.tsv"):
            self.pronouns[norm_word(w)] = (case, int(person))
            if refers == "any":
                self.pronouns_any.add(norm_word(w))
        # the honorific third person as agent (उन्होंने): opening a sentence after a
        # quote, it tells what the speaker did, in the reporter's voice
        self.third_person_subjects = frozenset(
            w for w, (case, person) in self.pronouns.items()
            if case == "erg" and person == 3 and w not in self.pronouns_any
        )
        self.attribution: dict[str, str] = {}
        for phrase, lemma in load_table("quotes/attribution.tsv"):
            self.attribution[" ".join(norm_word(w) for w in phrase.split())] = lemma
        # "X के मुताबिक"; the genitive may be fused with a pronoun: "उनके मुताबिक"
        tails: dict[str, str] = {}
        for phrase, lemma in load_table("quotes/attribution.tsv"):
            tails.setdefault(" ".join(phrase.split()[1:]), lemma)
        gen_pronouns = [w for w, (case, _) in self.pronouns.items() if case == "gen"]
        attr: dict[str, str] = {}
        for tail, lemma in tails.items():
            for gen in ("का", "की", "के"):
                attr[f"{gen} {tail}"] = f"\t{lemma}"
            for pron in gen_pronouns:
                attr[f"{pron} {tail}"] = f"{pron}\t{lemma}"
        self.attribution_matcher = PhraseMatcher(attr)
        # "बकौल X, C": words that stand before their source
        self.prefix_matcher = PhraseMatcher(
            {p: lemma for p, lemma in load_table("quotes/attribution_prefixes.tsv")}
        )

        self.aux: dict[str, str] = {norm_word(w): k for w, k in load_table("quotes/auxiliaries.tsv")}
        # a source noun in any number: "प्रत्यक्षदर्शियों" lists "प्रत्यक्षदर्शी" too
        self.sources = frozenset(f for w in load_lines("quotes/sources.tsv") for f in noun_forms(w))
        self.org_heads = frozenset(norm_word(w) for w in load_lines("quotes/org_heads.tsv"))
        self.documents = frozenset(norm_word(w) for w in load_lines("quotes/documents.tsv"))
        self.published = frozenset(norm_word(w) for w in load_lines("quotes/published.tsv"))
        self.spokes = frozenset(norm_word(w) for w in load_lines("quotes/spokespersons.tsv"))
        self.officials = self.spokes | frozenset(
            f for w in load_lines("quotes/officials.tsv") for f in noun_forms(w)
        )
        self.opinion_nouns = frozenset(norm_word(w) for w in load_lines("quotes/opinion_nouns.tsv"))
        self.experts = frozenset(f for w in load_lines("quotes/experts.tsv") for f in noun_forms(w))
        self.collectives = frozenset(f for w in load_lines("quotes/collectives.tsv") for f in noun_forms(w))
        self.demonyms = {norm_word(a): c for a, c in load_table("quotes/demonyms.tsv")}
        self.descriptors = frozenset(norm_word(w) for w in load_lines("quotes/descriptors.tsv")) | frozenset(
            self.demonyms
        )
        self.standalone_orgs = frozenset(norm_word(w) for w in load_lines("quotes/standalone_orgs.tsv"))
        self.org_head_kind = {
            norm_word(a): norm_word(b) for a, b in load_table("quotes/org_head_synonyms.tsv")
        }
        self.np_stops: dict[str, str] = {
            norm_word(w): k for w, k in load_table("quotes/np_stops.tsv")
        }
        self.object_nouns = frozenset(
            norm_word(w) for w in load_lines("quotes/object_nouns.tsv")
        )
        # "X ने C की मांग की" (also "… का दिया निर्देश" in headlines), "X ने C को कहा",
        # "X ने C करार दिया": value "noun\t<noun>", "lemma\t<lemma>"
        light_verbs = load_lines("quotes/light_verbs.tsv")
        objects: dict[str, str] = {}
        for obj in self.object_nouns:
            for gen in ("का", "की", "के"):
                for lv in light_verbs:
                    objects[f"{gen} {obj} {lv}"] = f"noun\t{obj}"
                    objects[f"{gen} {obj} भी {lv}"] = f"noun\t{obj}"
                for lv in ("दिया", "दी", "दिए", "की", "किया", "किए", "जताई", "जताया", "लगाया"):
                    objects[f"{gen} {lv} {obj}"] = f"noun\t{obj}"
        # "X ने C से इनकार किया": the content before "से"
        self.topic_objects = frozenset(norm_word(w) for w in load_lines("quotes/topic_objects.tsv"))
        # "पत्र लिखकर", "नोटिस जारी कर": the channel of a statement, as word tuples
        self.channel_converbs = frozenset(
            tuple(norm_word(w) for w in form.split()) for form in load_lines("quotes/channel_converbs.tsv")
        )
        self.ablative_nouns = frozenset(norm_word(w) for w in load_lines("quotes/ablative_objects.tsv"))
        for abl in self.ablative_nouns:
            for lv in light_verbs:
                objects[f"से {abl} {lv}"] = f"noun\t{abl}"
                objects[f"से {abl} भी {lv}"] = f"noun\t{abl}"
        for form in ("को कहा", "को कहा है", "को कहा था", "को भी कहा", "को भी कहा है", "को भी कहा था"):
            objects[form] = "lemma\tकहना"
        for form, lemma in load_table("quotes/bare_objects.tsv"):
            objects[form] = f"lemma\t{lemma}"
        self.object_matcher = PhraseMatcher(objects)
        cues = load_table("quotes/continuation.tsv")
        self.narration_starts = [c for c, k in cues if k == "narration"]
        connectives = [c for c, k in cues if k == "connective"]
        self.connectives = frozenset(" ".join(norm_word(w) for w in c.split()) for c in connectives)
        # a narration cue may follow a connective: "वहीं, इससे पहले …"
        self.narration_re = regex.compile(
            r"[ \t\"']*(?:" + alternation(connectives) + r"[ \t]*,?[ \t]*)?"
            + alternation(self.narration_starts)
        )
        # every cue by kind; kinds read only where they open a sentence
        self.cue_matcher = PhraseMatcher({c: k for c, k in cues})
        self.opening_kinds = frozenset({"narration", "connective", "anaphor"})
        openers = load_table("quotes/info_openers.tsv")
        self.info_lemmas = {" ".join(norm_word(w) for w in o.split()): lemma for o, lemma in openers}
        self.info_re = regex.compile(r"[ \t]*(" + alternation([o for o, _ in openers]) + ")")
        self.info_verbs = frozenset(norm_word(w) for w in load_lines("quotes/info_verbs.tsv"))

    def verb(self, surface: str) -> VerbForm | None:
        return self.verbs.get(" ".join(norm_word(w) for w in surface.split()))


