"""The reporting-verb paradigm: the forms of a verb phrase that introduce a statement.

verbs.tsv names a reporting verb once, by its infinitive ("कहना", "आरोप लगाना",
"जानकारी देना"); its forms follow from the Hindi paradigm:

- perfective (कहा / कही / कहे, बताया / बताई / बताए, किया / की / किए): the speaker is the
  ergative "X ने" (for intransitive reporting verbs such as बोलना, the nominative);
- the compound perfective with a vector verb of vector_verbs.tsv (कह दिया, साफ कर दिया,
  स्वीकार कर लिया): the ergative "X ने", as the plain perfective;
- habitual (कहते / कहती / कहता), progressive (कह रहे / रही / रहा), the converb (कहते
  हुए) and the completive (कह चुके / चुकी / चुका): the speaker is the nominative "X".

Irregular perfectives (करना → किया, देना → दिया, लेना → लिया) are in
conjugation.tsv.
"""

from __future__ import annotations

from khabar.resources import load_lines, load_table

PERFECTIVE = "perfective"
COMPOUND = "compound"
IMPERFECTIVE = "imperfective"
_VOWEL_FINAL = frozenset("\u093e\u094b\u0942\u0940\u0947\u0948\u0906\u0913\u090f")


class Conjugator:
    """Forms of verb infinitives (regular rules plus the irregular table)."""

    def __init__(self) -> None:
        self.irregular: dict[str, list[str]] = {}
        for row in load_table("quotes/conjugation.tsv"):
            self.irregular[row[0]] = row[1].split()
        self.vectors = list(load_lines("quotes/vector_verbs.tsv"))

    def perfective(self, infinitive: str, honorific: bool = False) -> list[str]:
        """``honorific``: also the feminine plural (बोलीं), kept apart because other
        verbs' forms are common words (कहीं "somewhere")."""
        if infinitive in self.irregular:
            return self.irregular[infinitive]
        stem = _stem(infinitive)
        if stem[-1] in _VOWEL_FINAL:
            forms = [stem + "या", stem + "ई", stem + "ए", stem + "यी", stem + "ये"]
            return forms + ([stem + "ईं"] if honorific else [])
        return [stem + "ा", stem + "ी", stem + "े"] + ([stem + "ीं"] if honorific else [])

    def compound(self, infinitive: str) -> list[str]:
        """Compound perfectives: the stem and a vector verb's perfective (कह दिया)."""
        stem = _stem(infinitive)
        return [f"{stem} {f}" for v in self.vectors for f in self.perfective(v)]

    def imperfective(self, infinitive: str) -> list[str]:
        stem = _stem(infinitive)
        forms = [stem + "ते", stem + "ती", stem + "ता", stem + "ते हुए"]
        forms += [f"{stem} {aux}" for aux in ("रहे", "रही", "रहा", "चुके", "चुकी", "चुका")]
        return forms

    def forms(self, phrase: str, honorific: bool = False) -> dict[str, list[str]]:
        """The phrase's forms by aspect; its last word is the infinitive."""
        words = phrase.split()
        head, verb = words[:-1], words[-1]
        if not verb.endswith("ना") or len(verb) < 3:
            raise ValueError(f"not an infinitive: {phrase!r}")
        pre = " ".join(head) + " " if head else ""
        return {
            PERFECTIVE: [pre + f for f in self.perfective(verb, honorific)],
            IMPERFECTIVE: [pre + f for f in self.imperfective(verb)],
            COMPOUND: [pre + f for f in self.compound(verb)],
        }


def _stem(infinitive: str) -> str:
    return infinitive[:-2]
