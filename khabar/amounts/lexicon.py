"""The language data of the amount finder, loaded once from khabar/resources/amounts/."""

from __future__ import annotations

import re
from dataclasses import dataclass

from khabar.amounts.patterns import norm_form
from khabar.resources import load_lines, load_table

# unit classes (see units.tsv)
HUMAN, AFFLICTED, COUNT, PLACE, NOBACK, MEASURE, TIME, NULL = (
    "human",
    "afflicted",
    "count",
    "place",
    "noback",
    "measure",
    "time",
    "null",
)
LENDING = frozenset({HUMAN, AFFLICTED, COUNT})  # may give their unit to a later bare number
INHERITABLE = frozenset({HUMAN, AFFLICTED, COUNT, PLACE, NOBACK, MEASURE})
# people counted by a noun whose count may still turn into what happened to them
# ("21 लोगों की मौत" = 21 deaths, "पांच संक्रमितों की मौत" = 5 deaths)
PERSONS = frozenset({HUMAN, AFFLICTED})


@dataclass(frozen=True)
class Unit:
    """A unit word: the normalised unit name (None: nothing counted) and its class."""

    name: str | None
    cls: str


@dataclass(frozen=True)
class Fraction:
    op: str  # "value" | "add" | "sub"
    value: float


# ज़ फ़ क़ ख़ ग़ are also written without their dot (ड़ ढ़ are other letters)
_NUKTA_RE = re.compile("([जफकखग])\u093c")
_MATRA_I, _MATRA_II, _MATRA_UU = "\u093f", "\u0940", "\u0942"
_MATRA_U = "\u0941"
_AA, _E, _OM, _EN = "\u093e", "\u0947", "\u094b\u0902", "\u0947\u0902"
_II = "\u0908"  # ई written as a letter after a vowel (भाई, दवाई): -इयों, -इयां
_A_LETTER = "\u0906"  # आ written as a letter after a vowel (तेंदुआ): -ए, -ओं


def noun_forms(lemma: str, paradigm: str, extra: list[str]) -> list[str]:
    """The forms of a counted noun (see count_nouns.tsv): the paradigm's direct and
    oblique plural forms, with variants without nukta and with chandrabindu."""
    forms = [lemma, *extra]
    last = lemma[-1]
    if paradigm in ("m", "e"):
        if last == _AA:
            forms += [lemma[:-1] + _E, lemma[:-1] + _OM]
        elif last == _A_LETTER:
            forms += [lemma[:-1] + "ए", lemma[:-1] + "ओं"]  # तेंदुआ: तेंदुए, तेंदुओं
        elif last == _MATRA_II:
            forms += [lemma[:-1] + _MATRA_I + "य" + _OM]
        elif last == _II:
            forms += [lemma[:-1] + "इय" + _OM]  # भाई: भाइयों
        elif last in (_MATRA_UU, _MATRA_U):
            forms += [lemma[:-1] + _MATRA_U + "ओं"]
        elif last == _MATRA_I:
            forms += [lemma + "य" + _OM]
        else:
            forms += [lemma + _OM]
        if paradigm == "e" and last not in (_AA, _A_LETTER, _MATRA_II, _MATRA_UU, _MATRA_I, _II):
            forms.append(lemma + "\u094dस")
    elif paradigm == "f":
        if last in (_MATRA_II, _MATRA_I):
            stem = lemma[:-1] + _MATRA_I + "य"
            forms += [stem + "ां", stem + _OM]
        elif last == _II:
            forms += [lemma[:-1] + "इयां", lemma[:-1] + "इय" + _OM]  # दवाई: दवाइयां
        elif last == _AA:
            forms += [lemma + "एं", lemma + "ओं", lemma + "यें"]  # नौकाएं / नौकायें
        elif last == _MATRA_UU:
            forms += [lemma[:-1] + "\u0941" + "एं", lemma[:-1] + "\u0941" + "ओं"]
        elif last == _MATRA_U:
            forms += [lemma + "एं", lemma + "ओं"]  # वस्तु: वस्तुएं, वस्तुओं
        else:
            forms += [lemma + _EN, lemma + _OM]
    elif paradigm != "x":
        raise ValueError(f"count_nouns.tsv: {lemma}: unknown paradigm {paradigm!r}")
    if paradigm != "x":
        # the oblique plural typed without its anusvara ("सैनिको", "अभियुक्तो"), as
        # units.tsv lists it for time words ("वर्षो")
        forms += [f[:-1] for f in forms[1:] if f.endswith(_OM)]
    out: list[str] = []
    for f in forms:
        for v in (f, _NUKTA_RE.sub(r"\1", f), f.replace("\u0902", "\u0901")):
            if v not in out:
                out.append(v)
    return out


class AmountLexicon:
    """Number words, multipliers, fractions, units and the words around amounts."""

    def __init__(self) -> None:
        self.numbers: dict[str, int] = {
            norm_form(r[0]): int(r[1]) for r in load_table("amounts/number_words.tsv")
        }
        self.multipliers: dict[str, float] = {
            norm_form(r[0]): float(r[1]) for r in load_table("amounts/multipliers.tsv")
        }
        self.fractions: dict[str, Fraction] = {
            norm_form(r[0]): Fraction(r[1], float(r[2]))
            for r in load_table("amounts/fractions.tsv")
        }
        self.vague: dict[str, float] = {
            norm_form(r[0]): float(r[1]) for r in load_table("amounts/vague.tsv")
        }
        self.units: dict[str, Unit] = {}
        for form, name, cls in load_table("amounts/units.tsv"):
            self.units[norm_form(form)] = Unit(None if name == "-" else name, cls)
        # singular forms that no plural shares (टीम, ट्रेन, मामला; not जवान, कॉलेज): a
        # number right after one is named by it ("फ्लाइट 182", "टीम 11"), no count
        self.singulars: set[str] = set()
        for row in load_table("amounts/count_nouns.tsv"):
            lemma, paradigm, name, cls = row[:4]
            extra = row[4].split() if len(row) > 4 else []
            unit = Unit(None if name == "-" else name, cls)
            if paradigm == "f" or (paradigm in ("m", "e") and lemma.endswith(_AA)):
                form = norm_form(lemma)
                self.singulars.update({form, _NUKTA_RE.sub(r"\1", form)})
            for form in noun_forms(norm_form(lemma), paradigm, [norm_form(f) for f in extra]):
                self.units.setdefault(form, unit)
        self.approx_pre: list[str] = []
        self.approx_post: list[str] = []
        self.links: list[str] = []
        for phrase, where in load_table("amounts/approx.tsv"):
            {"pre": self.approx_pre, "post": self.approx_post, "link": self.links}[where].append(
                norm_form(phrase)
            )
        self.genitive_before: dict[str, tuple[str, str]] = {
            norm_form(r[0]): (r[1], r[2]) for r in load_table("amounts/genitive_before.tsv")
        }
        self.currency: dict[str, str] = {
            norm_form(r[0]): r[1] for r in load_table("amounts/currency_prefix.tsv")
        }
        self.identifier_before = frozenset(
            norm_form(w) for w in load_lines("amounts/identifier_before.txt")
        )
        self.disease_words = frozenset(
            norm_form(w) for w in load_lines("amounts/disease_words.txt")
        )
        self.version_before = frozenset(
            norm_form(w) for w in load_lines("amounts/version_before.txt")
        )
        self.verb_before_do = frozenset(
            norm_form(w) for w in load_lines("amounts/verb_before_do.txt")
        )
        self.score_after = tuple(norm_form(w) for w in load_lines("amounts/score_after.txt"))
        self.not_after = frozenset(norm_form(w) for w in load_lines("amounts/not_amount_after.txt"))
        self.barriers = frozenset(norm_form(w) for w in load_lines("amounts/unit_barriers.txt"))
        self.outcomes_near: dict[str, str] = {}
        self.outcomes_clause: dict[str, str] = {}
        self.outcomes_noun: dict[str, str] = {}
        self.outcomes_sum: dict[str, str] = {}
        reaches = {
            "near": self.outcomes_near,
            "clause": self.outcomes_clause,
            "noun": self.outcomes_noun,
            "sum": self.outcomes_sum,
        }
        for phrase, unit_name, reach in load_table("amounts/outcomes.tsv"):
            reaches[reach][norm_form(phrase)] = unit_name
        self.lookback: dict[str, Unit] = {
            norm_form(r[0]): Unit(r[1], r[2] if len(r) > 2 else COUNT)
            for r in load_table("amounts/lookback_units.tsv")
        }
        self.locatives = frozenset(norm_form(w) for w in load_lines("amounts/locative_forms.txt"))
        self.modifiers = frozenset(norm_form(w) for w in load_lines("amounts/modifier_units.txt"))
        # collective numerals (दोनों = 2): number atoms that count only with a noun after
        self.collectives: dict[str, int] = {
            norm_form(r[0]): int(r[1]) for r in load_table("amounts/collectives.tsv")
        }
        self.time_of_day = frozenset(norm_form(w) for w in load_lines("amounts/time_of_day.txt"))
        befell = load_table("amounts/befell_before.tsv")
        self.befell: dict[str, str] = {norm_form(r[0]): r[1] for r in befell}
        # phrases that say what befell the sick only ("अस्पताल में 2 मरीज", not "… डॉक्टर")
        self.befell_afflicted = frozenset(
            norm_form(r[0]) for r in befell if len(r) > 2 and r[2] == "afflicted"
        )
        self.per_units: dict[tuple[str, str], tuple[str, bool]] = {
            (r[0], norm_form(r[1])): (r[2], r[3] == "span")
            for r in load_table("amounts/per_units.tsv")
        }
        # conjunctions by role (see conjunctions.tsv): list, coord, clause_end, with
        roles: dict[str, list[str]] = {"list": [], "coord": [], "clause_end": [], "with": []}
        for word, role_names in load_table("amounts/conjunctions.tsv"):
            for role in role_names.split():
                if role not in roles:
                    raise ValueError(f"conjunctions.tsv: {word}: unknown role {role!r}")
                roles[role].append(norm_form(word))
        self.conjunctions: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in roles.items()}
        # stock index levels (index_points.tsv)
        points = load_table("amounts/index_points.tsv")
        self.index_names = [norm_form(r[1]) for r in points if r[0] == "index"]
        self.trade_words = [norm_form(r[1]) for r in points if r[0] == "trade"]
        self.not_name_before = frozenset(
            norm_form(w) for w in load_lines("amounts/not_name_before.txt")
        )
        self.total_labels = tuple(norm_form(w) for w in load_lines("amounts/total_labels.txt"))
        self.others_after = frozenset(norm_form(w) for w in load_lines("amounts/others_after.txt"))
        self.train_words = frozenset(norm_form(w) for w in load_lines("amounts/train_words.txt"))
        # telephone numbers (phone_numbers.tsv)
        phone = load_table("amounts/phone_numbers.tsv")
        self.call_words = [norm_form(r[1]) for r in phone if r[0] == "call"]
        self.line_units = frozenset(r[1] for r in phone if r[0] == "line")
        self.service_words = [norm_form(r[1]) for r in phone if r[0] == "service"]
        # unknown plural nouns after a bare number (plural_nouns.tsv)
        plural = load_table("amounts/plural_nouns.tsv")
        self.plural_endings = tuple(norm_form(r[1]) for r in plural if r[0] == "ending")
        self.not_plural = frozenset(norm_form(r[1]) for r in plural if r[0] == "not")
        self.partitives: list[str] = []
        self.partitive_units: frozenset[str] = frozenset()
        units: set[str] = set()
        for row in load_table("amounts/partitive.tsv"):
            if row[0] == "*units":
                units.update(row[1].split())
            else:
                self.partitives.append(norm_form(row[0]))
        self.partitive_units = frozenset(units)

    def atom_words(self) -> list[str]:
        """Every word that can be (part of) a number expression."""
        return [
            *self.numbers,
            *self.multipliers,
            *self.fractions,
            *self.vague,
            *self.collectives,
        ]
