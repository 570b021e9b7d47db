"""The quote finder's language data (khabar/resources/quotes/), loaded once.

Every word list is normalised like article text (NFC), and every pattern built from it
matches nukta and chandrabindu/anusvara spelling variants (मुताबिक/मुताबिक़, मांग/माँग).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import regex

from khabar.resources import load_lines, load_table

NUKTA = "\u093c"
_L = r"\p{L}\p{M}"


def norm_word(word: str) -> str:
    """The form used to compare words: NFC, no nukta, chandrabindu as anusvara."""
    w = unicodedata.normalize("NFC", word)
    w = unicodedata.normalize("NFD", w).replace(NUKTA, "")
    return unicodedata.normalize("NFC", w).replace("\u0901", "\u0902")


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


@dataclass(frozen=True)
class VerbForm:
    form: str
    lemma: str
    agent: str  # ne | nom | ka
    object: bool


class QuoteLexicon:
    """All word lists and compiled patterns the quote finder needs."""

    def __init__(self) -> None:
        self.verbs: dict[str, VerbForm] = {}
        for row in load_table("quotes/verbs.tsv"):
            form, lemma, agent, obj = ([*row, "", "", ""])[:4]
            if agent not in ("ne", "nom", "ka"):
                raise ValueError(f"quotes/verbs.tsv: bad agent in {row!r}")
            key = " ".join(norm_word(w) for w in form.split())
            self.verbs[key] = VerbForm(form, lemma, agent, obj == "yes")
        self.verb_re = regex.compile(alternation([v.form for v in self.verbs.values()]))

        self.pronouns: dict[str, tuple[str, int]] = {}
        self.pronouns_any: set[str] = set()
        for w, case, person, refers in load_table("quotes/pronouns.tsv"):
            self.pronouns[norm_word(w)] = (case, int(person))
            if refers == "any":
                self.pronouns_any.add(norm_word(w))
        self.attribution: dict[str, str] = {}
        for phrase, lemma in load_table("quotes/attribution.tsv"):
            self.attribution[" ".join(norm_word(w) for w in phrase.split())] = lemma
        # the genitive may be fused with a pronoun: "उनके मुताबिक", "इनकी मानें तो"
        gen_pronouns = [w for w, (case, _) in self.pronouns.items() if case == "gen"]
        tails = sorted({" ".join(p.split()[1:]) for p in self.attribution}, key=len, reverse=True)
        self.attribution_re = regex.compile(
            rf"(?<![{_L}])(?:(?P<pron>{'|'.join(word_pattern(w) for w in gen_pronouns)})|का|की|के)"
            rf"[ \t]+(?:{'|'.join(phrase_pattern(t) for t in tails)})(?![{_L}])"
        )

        self.aux: dict[str, str] = {norm_word(w): k for w, k in load_table("quotes/auxiliaries.tsv")}
        self.sources = frozenset(norm_word(w) for w in load_lines("quotes/sources.tsv"))
        self.org_heads = frozenset(norm_word(w) for w in load_lines("quotes/org_heads.tsv"))
        self.documents = frozenset(norm_word(w) for w in load_lines("quotes/documents.tsv"))
        self.spokes = frozenset(norm_word(w) for w in load_lines("quotes/spokespersons.tsv"))
        self.np_stops: dict[str, str] = {
            norm_word(w): k for w, k in load_table("quotes/np_stops.tsv")
        }
        self.object_nouns = frozenset(
            norm_word(w) for w in load_lines("quotes/object_nouns.tsv")
        )
        self.light_verbs = [w for w in load_lines("quotes/light_verbs.tsv")]
        self.object_re = regex.compile(
            rf"(?<![{_L}])(?P<gen>का|की|के)[ \t]+(?P<noun>"
            + "|".join(word_pattern(w) for w in sorted(self.object_nouns, key=len, reverse=True))
            + r")(?:[ \t]+भी)?[ \t]+(?P<lv>"
            + alternation(self.light_verbs)
            + ")"
        )
        # headline order "X ने C का दिया निर्देश"
        self.object_inv_re = regex.compile(
            rf"(?<![{_L}])(?P<gen>का|की|के)[ \t]+(?:दिया|दी|दिए|की|किया|किए|जताई|जताया|लगाया)[ \t]+(?P<noun>"
            + "|".join(word_pattern(w) for w in sorted(self.object_nouns, key=len, reverse=True))
            + rf")(?![{_L}])"
        )
        # "X ने (Y से) C को कहा": asked to do C
        self.ko_kaha_re = regex.compile(rf"(?<![{_L}])को[ \t]+(?:कहा|कहा है|कहा था)(?![{_L}])")
        # "X ने C करार दिया": the statement is the object, without a genitive
        self.bare_object: dict[str, str] = {}
        for form, lemma in load_table("quotes/bare_objects.tsv"):
            self.bare_object[" ".join(norm_word(w) for w in form.split())] = lemma
        self.bare_object_re = regex.compile(alternation(list(self.bare_object)))
        cues = load_table("quotes/continuation.tsv")
        self.narration_starts = [c for c, k in cues if k == "narration"]
        self.statement_cues = [c for c, k in cues if k == "statement"]
        self.narration_re = regex.compile(r"[ \t\"']*" + alternation(self.narration_starts))
        self.statement_re = regex.compile(alternation(self.statement_cues))
        openers = load_table("quotes/info_openers.tsv")
        self.info_lemmas = {" ".join(norm_word(w) for w in o.split()): lemma for o, lemma in openers}
        self.info_re = regex.compile(r"[ \t]*(" + alternation([o for o, _ in openers]) + ")")
        self.info_verbs = frozenset(norm_word(w) for w in load_lines("quotes/info_verbs.tsv"))

    def verb(self, surface: str) -> VerbForm | None:
        return self.verbs.get(" ".join(norm_word(w) for w in surface.split()))

    def attribution_lemma(self, surface: str) -> str | None:
        words = [norm_word(w) for w in surface.split()]
        for gen in ("के", "की", "का"):
            lemma = self.attribution.get(" ".join([gen, *words[1:]]))
            if lemma is not None:
                return lemma
        return None
