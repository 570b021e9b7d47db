"""The language data of the amount finder, loaded once from khabar/resources/amounts/."""

from __future__ import annotations

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
        self.not_after = frozenset(norm_form(w) for w in load_lines("amounts/not_amount_after.txt"))
        self.barriers = frozenset(norm_form(w) for w in load_lines("amounts/unit_barriers.txt"))
        self.outcomes_near: dict[str, str] = {}
        self.outcomes_clause: dict[str, str] = {}
        for phrase, unit, reach in load_table("amounts/outcomes.tsv"):
            target = self.outcomes_near if reach == "near" else self.outcomes_clause
            target[norm_form(phrase)] = unit
        self.lookback: dict[str, str] = {
            norm_form(r[0]): r[1] for r in load_table("amounts/lookback_units.tsv")
        }
        self.locatives = frozenset(norm_form(w) for w in load_lines("amounts/locative_forms.txt"))
        self.modifiers = frozenset(norm_form(w) for w in load_lines("amounts/modifier_units.txt"))
        # collective numerals (दोनों = 2): number atoms that count only with a noun after
        self.collectives: dict[str, int] = {
            norm_form(r[0]): int(r[1]) for r in load_table("amounts/collectives.tsv")
        }
        self.time_of_day = frozenset(norm_form(w) for w in load_lines("amounts/time_of_day.txt"))
        self.befell: dict[str, str] = {
            norm_form(r[0]): r[1] for r in load_table("amounts/befell_before.tsv")
        }
        self.per_units: dict[tuple[str, str], tuple[str, bool]] = {
            (r[0], norm_form(r[1])): (r[2], r[3] == "span")
            for r in load_table("amounts/per_units.tsv")
        }
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
