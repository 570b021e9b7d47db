"""Amounts in normalised Hindi text: numbers with their units, ranges and approximations.

One compiled ``re`` pass finds every run of number atoms (digits with Indian or Western
grouping, number words, multipliers, fractions, vague plurals, शत before प्रतिशत);
``khabar.amounts.grammar`` composes each run into values; a few anchored look-ups
around each run (never a scan per token) then decide:

- what is not an amount: dates and years (from the date finder), identifiers
  (धारा 144, कोविड-19, N-95, ए. 310), names with numbers (15 सूत्री), times (10 बजे,
  10:30, सुबह आठ से), "एक" as an article (एक सूची; "एक और संक्रमित" is one more), "दो"
  as a verb (जाने दो), a lone collective (दोनों ने), phone-like digit strings, numbers
  dialled (1031 पर फोन करें) or of helplines, roads (नेशनल हाईवे-21), short titles in
  single quotes ('दो और दो पांच'), a word and digits that recur as a name (नेक्सस 5);
- the unit: the noun after the number, possibly past two modifiers (65 छोटे
  बंदरगाहों) or a genitive inside the phrase (580 कोरोना के मरीज), through an
  approximation (50 से ज्यादा देशों) or a link (हजारों की संख्या में लोग); a rate
  (120 किमी प्रति घंटे); a currency sign before it (₹ 500); a plural noun the lexicon
  lacks (17 बैरेंकें) is the number's own: it then borrows no unit (null);
- what befell the people counted, which the gold set counts instead of the people:
  after the noun (21 लोगों की मौत = death, नौ लोग संक्रमित पाए गए = case, 141 लोग ठीक
  हुए = recovered), before it (जान गंवाने वाले 17 व्यक्ति, मरने वालों में छह महिलाएं),
  or shared by a list (10 पुरुष, 3 महिलाओं की मौत);
- for a bare number: a noun shortly before it in the clause (मामलों की संख्या बढ़कर
  1965, सीटों पर वोट लाख-दो लाख), a partitive (इनमें से 18 लोग = 18 of the cases), the
  unit of a number it is coordinated with (12 बड़े और 65 छोटे बंदरगाहों), else the
  unit of the previous amount in the same or the previous sentence (गुजरात में छह,
  कर्नाटक में तीन; not what befell them when the number is a verb's object or agent:
  "पुलिस ने 5 को गिरफ्तार किया"), "N अन्य" the kind last counted, an index's level in
  points (सेंसेक्स … 33,339.77 पर कारोबार), an age in brackets after a person (पत्नी
  उर्मिला (35)); two amounts with one unit joined by से make a range (21 वर्ष से 50
  वर्ष);
- parts and wholes: "इन 83 मामलों में 66 भारतीय" (the part counts what the whole
  counts), "52 में से 26 जिलों" (the whole counts what the part counts);
- tables: a cell of a tab table or of a labelled list line ("पटना : 100", "चीन - 3169 -
  80,778") takes the counted noun of its column in the heading row above, or of the
  total row below ("कुल मामले<TAB>153");
- money named after a sum ("20 लाख करोड़ के पैकेज", "25 हजार का इनाम") is rupees.
Counted nouns come from units.tsv (forms one by one) and count_nouns.tsv (lemmas whose
plural and oblique forms are generated, khabar.amounts.lexicon.noun_forms).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace

from khabar.amounts.grammar import (
    DIGIT,
    FRAC,
    MULT,
    NUMBER,
    Atom,
    Expr,
    make_atom,
    parse,
    parse_one,
)
from khabar.amounts.lexicon import (
    AFFLICTED,
    COUNT,
    HUMAN,
    INHERITABLE,
    LENDING,
    MEASURE,
    NOBACK,
    NULL,
    PERSONS,
    PLACE,
    TIME,
    AmountLexicon,
    Unit,
)
from khabar.amounts.patterns import AFTER_WORD, BEFORE_WORD, LETTER, trie_pattern
from khabar.record import Amount


def _digits_pattern(joiners: str) -> str:
    """Digit runs with Indian or Western grouping and decimals; ``joiners`` (an
    alternation of list conjunctions) keeps "10, 487 और 5" a list, not a thousands group
    written after a comma and a space ("11, 487"; "10, 20, 300" stay apart too)."""
    spaced = rf"(?<!\d, )\d{{1,3}}, \d{{3}}(?![\d,]|[ \t]*(?:{joiners})[ \t]+\d)(?!\.\d)"
    return (
        r"(?<![" + LETTER + r"\d])(?<!\d\.)"
        r"(?:" + spaced + r"|\d{1,3}(?:,\d{3})+|\d{1,3}(?:,\d\d)+,\d{3}|\d{1,15})"
        r"(?:\.\d{1,6})?(?!\d)"
    )


_SEP = r"(?:[ \t]*[-/][ \t]*|[ \t]+(?:से[ \t]+लेकर|से|या)[ \t]+|[ \t]+)"
_WORD = rf"[{LETTER}]+\.?"
# a later word may be hyphenated: "200 छोटे-छोटे बंदरगाह", "29 गैर-आवश्यक विभागों"
_NWORD = rf"[{LETTER}]+(?:-[{LETTER}]+)?\.?"
_LETTER_RE = re.compile(f"[{LETTER}]")
_LOCATIVE_CASE = frozenset({"में", "पर", "से"})
_SEP_CHAR_RE = re.compile(r"[ \t/-]")
_SENT_END_RE = re.compile(r"[।.!?\n]")
_DEMONSTRATIVES = frozenset({"ये", "वे", "इन", "उन", "यह", "वह", "इन्हीं", "उन्हीं"})
_RANGE_GAP_RE = re.compile(r"[ \t]*(?:-|से|से[ \t]+लेकर)[ \t]*")
_CLAUSE_BREAK = re.compile(r"[,;:।.!?()\"'\n]")
# a row label of a table or a list line: "पटना : 100", "सीतामढ़ी - 6", "मुंबई<TAB> 51"
_ROW_LABEL_RE = re.compile(rf"[ \t]*[{LETTER}][{LETTER} .-]{{0,30}}[ \t]*[-:][ \t]*")
_CELL_END_RE = re.compile(r"[ \t]*(?:[\t\n,]|$)|[ \t]+-[ \t]+\d")
_Headings = dict[tuple[int, str], "tuple[int, int] | None"]
_TABLE_REACH = 200
_STACKED_CELL = 40  # a heading cell on a line of its own is at most this long
_MAX_LINE = 600  # table lines are read at most this far
_TABLE_ROWS = 60  # data rows between a cell and its heading row, at most
_NUMERIC_CELL_RE = re.compile(r"[\d,. -]*")
_TAB_RE = re.compile(r"\t")
# "से" and the next word after a pair of numbers (a score: "4-0 से जीत")
_SCORE_SE_RE = re.compile(
    r"(?:[ \t]*,[ \t]*\d{1,2}[ \t]*-[ \t]*\d{1,2}){0,6} से ([\u0900-\u097f]{1,20})"
)  # "3-6, 7-5, 6-2, 6-4 से हरा": the sets of a match
# the label cell after a row number: letters first, then a tab (more cells follow)
_ROW_NUMBER_LABEL_RE = re.compile(rf" *[{LETTER}][^\t\n]{{0,80}}\t")
_DASH_CELLS_RE = re.compile(r"(?:[\d,.]+[ \t]+-[ \t]+){1,12}")
_DASH_RE = re.compile(r"[ \t]+-[ \t]*|[ \t]*-[ \t]+")
_COUNT_LINKS = ("की संख्या", "की कुल संख्या", "की तादाद")
_HYPHEN_WORD_RE = re.compile(f"-([{LETTER}]+)")
_VERSION_RE = re.compile(r"\d\.0")
_OF_RE = re.compile(r"[ \t]+में[ \t]+से[ \t]+")
_IN_OF_RE = re.compile(r"[ \t]+में(?:[ \t]+से)?[ \t]+")
_SENT_RE = re.compile(r"[।!?\n]+|\.(?=\s)")
# "दो और डॉक्टर", "एक ही दिन": these may stand between a number and its unit only
# "फ़ैक्ट्रियों" is looked up as "फैक्ट्रियों" too (ज़ फ़ क़ ख़ ग़ are written either way)
_NUKTA_RE = re.compile("([जफकखग])\u093c")
_NEXT_WORDS = 5  # words looked at after a number for its unit
_ONLY_BEFORE_UNIT = frozenset({"और", "ही", "भी"})
_HEADLINE_COPULAS = frozenset({"हुए", "हुई", "हुआ"})
# "N <word> के <noun>": a genitive inside the counted phrase ("580 कोरोना के मरीज")
_GENITIVE = frozenset({"के", "की", "का"})
# a number followed by the object or agent marker is an argument of a verb of its own
# ("5 को गिरफ्तार किया", "एक अन्य को बचा लिया"; a verb of what befell is read before)
_ARGUMENT_RE = re.compile(rf"[ \t]+(?:(?:अन्य|और)[ \t]+)?(?:को|ने)(?![{LETTER}])")
_GENITIVE_HEADS = frozenset({HUMAN, AFFLICTED, COUNT})
# a modifier unit that says more than the noun after it ("संक्रमित मरीज"; "महिला घायल"
# is a predicate: injured)
_MODIFIER_WINS = frozenset({(AFFLICTED, HUMAN)})
_STATUS_MODIFIERS = frozenset({"suspect"})  # "740 संदिग्ध मरीज": suspects
_EVENTS = frozenset({"case", "death", "injured", "test"})
# what happened to people that makes "एक <person>" a count: "एक व्यक्ति की मौत"
_EK_OUTCOMES = frozenset({"death", "injured", "missing"})
_ONE_MORE = frozenset({"और"})  # "एक और <noun>": one more
_PEOPLE = Unit("people", HUMAN)
_YEARS = Unit("year", TIME)
_MAX_AGE = 120  # an age in brackets is at most this
_ASIDE_RE = re.compile(r"\([^()\n]{1,20}\)")  # a short aside in brackets
# the numbers of a list in brackets before a number: "(42 व ", "(14, 31 व "
_BRACKET_LIST_RE = re.compile(r"\((?:[ \t]*\d{1,3}[ \t]*(?:,|व|और|तथा))+[ \t]*$")
_MIN_SUM = 100  # a sum of money named only by what it buys is at least this much
_INDEX_REACH = 200  # an index named this far before a level in points
_MIN_LINE = 100  # a telephone or helpline number has at least three digits
_PARTITIVE_REACH = 48  # a partitive opening the clause stands at most this far before
_THAT_RE = re.compile(f"{BEFORE_WORD}कि{AFTER_WORD}")
_CLAUSE_START_RE = re.compile(r"[।.!?,;:()\"'\n]")
_TITLE = 30  # a quoted title around a number is at most this long on either side
_TITLE_STOP_RE = re.compile(r"[।.!?\n\"]")
_TRAIN_DIGITS = 5  # trains are numbered with five digits
_TRAIN_REACH = 4  # ... and named within this many words after the number
_NAME_REPEATS = 2  # a word and bare digits seen together this often are a name


# At most one amount per 40 characters (and 2000 in any text): the densest real
# articles (election tables, case counts by district) stay far below; beyond it the
# rest of a text of bare numbers is left out, so time and memory stay bounded.
_MIN_LIMIT = 2000
_CHARS_PER_AMOUNT = 40


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    value: float
    value_max: float | None
    approx: bool
    unit: Unit | None
    bare_ek: bool = False  # "एक" with no unit: an amount only in a list of numbers
    outcome: bool = False  # the unit says what happened to those counted
    befell: bool = False  # ... said before the number ("मरने वालों में 6 महिलाएं")
    own_noun: bool = False  # a plural noun the lexicon does not know follows ("17 बैरेंकें")
    base: Unit | None = None  # the noun counted when the unit says what befell it
    nounless: bool = False  # what befell is said of the bare number ("दो लापता")
    drop: bool = False  # found no amount in context: a line's number, a product's name


def _num(v: float | None) -> float | None:
    if v is None:
        return None
    r = round(v, 6)
    return int(r) if r == int(r) else r


class AmountExtractor:
    """Finds amounts in a normalised text; loads its language data once."""

    def __init__(self, lex: AmountLexicon | None = None) -> None:
        self.lex = lex = lex or AmountLexicon()
        word_atom = f"{BEFORE_WORD}(?:{trie_pattern(lex.atom_words())}){AFTER_WORD}"
        shat = rf"{BEFORE_WORD}शत(?=[ \t]*-?[ \t]*प्रतिशत)"
        conj = lex.conjunctions
        joiners = trie_pattern(conj["list"])
        atom = f"(?:{_digits_pattern(joiners)}|{word_atom}|{shat})"
        # conjunctions (conjunctions.tsv): list joiners, clause coordinators, the words
        # that may end a clause after an imperative, and "including"
        self.and_re = re.compile(f"{BEFORE_WORD}(?:{joiners}){AFTER_WORD}")
        self.code_list_re = re.compile(rf"[ \t]*(?:,|[ \t](?:{joiners}))[ \t]*")
        self.coord_re = re.compile(f"{BEFORE_WORD}(?:{trie_pattern(conj['coord'])}){AFTER_WORD}")
        self.with_re = re.compile(f"{BEFORE_WORD}(?:{trie_pattern(conj['with'])}){AFTER_WORD}")
        # a clause ends right after an imperative: a stop, a comma or a conjunction
        self.clause_end_re = re.compile(
            rf" *(?:[।.!?,;\"']|(?:{trie_pattern(conj['clause_end'])})(?![\u0900-\u097f]))"
        )
        self.atom_re = re.compile(atom)
        # "सत्तर और अस्सी के दशक", "50, 60 या फिर 70 के दशक", "80 के दौर": decades, no amount
        self.decade_re = re.compile(
            rf"(?:[ \t]*(?:,|से|-|{joiners}(?![{LETTER}]))[ \t]*{atom}){{0,3}}"
            rf"[ \t]+(?:के|का)[ \t]+(?:दशक|दौर){AFTER_WORD}"
        )
        firsts = "".join(sorted({re.escape(w[0]) for w in lex.atom_words()} | {"श"}))
        self.run_re = re.compile(f"(?<![{LETTER}])(?=[\\d{firsts}]){atom}(?:{_SEP}{atom}){{0,7}}")
        # the word before a position, matched on the reversed window (a search anchored
        # with "$" would try every start in the window)
        self.prev_word_rev_re = re.compile(rf"\n?[ \t]*[-:]?[ \t]*(\.?[{LETTER}]+)")
        self.next_words_re = re.compile(
            rf"[ \t]*-?[ \t]*({_NWORD}|%|°[CF]?|℃)(?:[ \t]+({_NWORD}))?(?:[ \t]+({_NWORD}))?"
            rf"(?:[ \t]+({_NWORD}))?(?:[ \t]+({_NWORD}))?"
        )
        self.pre_re = re.compile(rf"{BEFORE_WORD}(?:{trie_pattern(lex.approx_pre)})[ \t]+$")
        self.cur_re = re.compile(rf"(?<![{LETTER}])(?:{trie_pattern(lex.currency)})[ \t]*$")
        self.post_re = re.compile(rf"[ \t]+(?:{trie_pattern(lex.approx_post)}){AFTER_WORD}")
        self.link_re = re.compile(rf"[ \t]+(?:{trie_pattern(lex.links)}){AFTER_WORD}")
        self.near_re = re.compile(rf"[ \t]+({trie_pattern(lex.outcomes_near)}){AFTER_WORD}")
        self.sum_re = re.compile(rf"[ \t]+({trie_pattern(lex.outcomes_sum)}){AFTER_WORD}")
        self.noun_re = re.compile(rf"[ \t]+({trie_pattern(lex.outcomes_noun)}){AFTER_WORD}")
        self.clause_re = re.compile(
            rf"[^,;:।.!?()\n]{{0,40}}?{BEFORE_WORD}({trie_pattern(lex.outcomes_clause)}){AFTER_WORD}"
        )
        self.per_re = re.compile(
            rf"[ \t]*({trie_pattern({w for _, w in lex.per_units})}){AFTER_WORD}"
        )
        self.befell_re = re.compile(
            rf"{BEFORE_WORD}({trie_pattern(lex.befell)})[ \t]+(?:(?:कुल|उन|इन|ये|वे)[ \t]+)?$"
        )
        self.genitive_re = re.compile(rf"{BEFORE_WORD}({trie_pattern(lex.genitive_before)})[ \t]+$")
        lending = [f for f, u in lex.units.items() if u.cls in LENDING and f != "%"]
        # "रेड जोन की संख्या 130": any counted noun named as a number's subject lends
        self.count_of: dict[str, Unit] = {
            f"{f} {link}": u
            for f, u in lex.units.items()
            if u.cls in (PLACE, NOBACK) and u.name is not None
            for link in _COUNT_LINKS
        }
        self.back_re = re.compile(
            f"{BEFORE_WORD}(?:{trie_pattern([*lending, *lex.lookback, *self.count_of])})"
            f"{AFTER_WORD}"
        )
        self.generic_units = {u for _, u in lex.genitive_before.values()}
        self.outcome_word_re = re.compile(
            f"{BEFORE_WORD}(?:{trie_pattern([*lex.outcomes_clause, *lex.outcomes_near])})"
            f"{AFTER_WORD}"
        )
        self.partitive_re = re.compile(rf"{BEFORE_WORD}(?:{trie_pattern(lex.partitives)})[ \t]+$")
        self.partitive_clause_re = re.compile(
            rf"[ \t]*(?:{trie_pattern(lex.partitives)})[ \t]+[^\d।.!?,;:()\"'\n]{{0,{_PARTITIVE_REACH}}}"
        )
        self.atom_words = frozenset(lex.atom_words())
        self.service_re = re.compile(rf"[ \t]+(?:{trie_pattern(lex.service_words)}){AFTER_WORD}")
        self.trade_re = re.compile(
            rf"[ \t]*(?:\)[ \t]*)?पर[ \t]+(?:{trie_pattern(lex.trade_words)}){AFTER_WORD}"
        )
        self.index_re = re.compile(f"{BEFORE_WORD}(?:{trie_pattern(lex.index_names)}){AFTER_WORD}")
        self.call_re = re.compile(rf"[ \t]+पर[ \t]+(?:{trie_pattern(lex.call_words)}){AFTER_WORD}")

    # -- public ---------------------------------------------------------------

    def find(
        self,
        text: str,
        sentence_starts: Sequence[int] | None = None,
        exclude: list[tuple[int, int]] | None = None,
    ) -> list[Amount]:
        """Amounts of ``text`` in text order; ``sentence_starts`` are the sorted start
        offsets of its sentences (found here when not given); ``exclude`` spans (dates)
        hold no amount."""
        sent_starts = _sentence_starts(text) if sentence_starts is None else sentence_starts
        ex = sorted(exclude or [])
        ex_starts = [s for s, _ in ex]
        cands: list[_Cand] = []
        limit = _MIN_LIMIT + len(text) // _CHARS_PER_AMOUNT
        code_end = -1  # the end of the last number read as an identifier or a phone number
        for m in self.run_re.finditer(text):
            if len(cands) >= limit:
                break  # no prose is this dense: a table dump or hostile input
            atoms = self._atoms(text, m.start(), m.end())
            if not atoms:
                continue
            for group, expr in self._parse_columns(text, atoms):
                s0, e0 = group[expr.first].start, group[expr.last].end
                if code_end >= 0 and self.code_list_re.fullmatch(text, code_end, s0):
                    code_end = e0  # "धारा 68, 140 और 188": the list goes on
                    continue
                c = self._candidate(text, group, expr, ex, ex_starts)
                if c is None and self._code(text, group, expr):
                    code_end = e0
                if c is not None:
                    if cands and c.start < cands[-1].end:
                        continue
                    cands.append(c)
        bare = [i for i, c in enumerate(cands) if c.unit is None and not (c.own_noun or c.bare_ek)]
        self._context(text, cands, sent_starts, {})
        self._names(text, cands, bare, sent_starts)
        self._table_totals(text, cands)
        cands = self._unit_ranges(text, cands)
        return [
            Amount(
                c.start,
                c.end,
                _num(c.value),
                text[c.start : c.end],
                _num(c.value_max),
                c.unit.name if c.unit else None,
                c.approx,
            )
            for c in cands
            if not c.bare_ek and not c.drop
        ]

    # -- one run --------------------------------------------------------------

    def _parse_columns(self, text: str, atoms: list[Atom]) -> list[tuple[list[Atom], Expr]]:
        """The expressions of a run; in a labelled row ("चीन - 3169 - 80,778") a spaced
        hyphen separates columns, not the ends of a range."""
        if len(atoms) == 1:
            return [(atoms, e) for e in parse_one(atoms[0])]
        cuts = [
            k
            for k in range(1, len(atoms))
            if atoms[k].sep == "-" and " " in text[atoms[k - 1].end : atoms[k].start]
        ]
        if cuts:
            line_start = text.rfind("\n", max(0, atoms[0].start - 80), atoms[0].start) + 1
            if not _ROW_LABEL_RE.fullmatch(text, line_start, atoms[0].start):
                cuts = []
        out: list[tuple[list[Atom], Expr]] = []
        for a, b in zip([0, *cuts], [*cuts, len(atoms)], strict=True):
            group = atoms[a:b]
            if a:
                group = [replace(group[0], sep=""), *group[1:]]
            out.extend((group, e) for e in parse(group))
        return out

    def _atoms(self, text: str, start: int, end: int) -> list[Atom]:
        if _SEP_CHAR_RE.search(text, start, end) is None:  # one atom: the common case
            a = make_atom(self.lex, text[start:end], start, end, "")
            return [a] if a is not None else []
        atoms: list[Atom] = []
        prev_end = start
        for m in self.atom_re.finditer(text, start, min(len(text), end + 24)):
            if m.start() >= end:
                break
            sep = " ".join(text[prev_end : m.start()].split()) or (" " if atoms else "")
            a = make_atom(self.lex, m.group(0), m.start(), m.end(), sep)
            if a is None:
                return atoms
            atoms.append(a)
            prev_end = m.end()
        return atoms

    def _candidate(
        self,
        text: str,
        atoms: list[Atom],
        expr: Expr,
        ex: list[tuple[int, int]],
        ex_starts: list[int],
    ) -> _Cand | None:
        lex = self.lex
        first, last = atoms[expr.first], atoms[expr.last]
        s, e = first.start, last.end
        if _overlaps(ex, ex_starts, s, e):
            return None
        cm = self.cur_re.search(text, max(0, s - 8), s)
        if cm is None and self._identifier(text, s, e, first):
            return None
        if self.decade_re.match(text, e):
            return None
        words = self.next_words_re.match(text, e)
        w1 = words.group(1) if words else ""
        if w1 in lex.not_after or w1.rstrip(".") in lex.not_after:
            return None
        if _LETTER_RE.match(text, e) and w1 not in lex.units:
            return None  # 10वीं, 4G, 3rd: a digit run glued to a word that is no unit
        if expr.value_max is not None and "-" in text[s:e] and self._score(text, e):
            return None  # "4-0 से जीत": a score
        if "पर" in text[e : e + 4] and self.call_re.match(text, e):
            return None  # "1031 पर फोन करें": a number dialled
        if (
            first.kind == DIGIT
            and expr.value >= _MIN_LINE
            and expr.first == expr.last
            and self.service_re.match(text, e)
        ):
            return None  # "112 सर्विस", "108 एंबुलेंस सेवा": a service's number
        approx = expr.approx
        single = expr.first == expr.last and expr.value_max is None
        unit, pos, outcome, base = self._unit(text, e, expr)
        own_noun = (
            unit is None
            and not outcome
            and self._own_noun(words if pos == e else self.next_words_re.match(text, pos))
        )
        # "दो लापता", "तीन की मौत": what befell is said right after the bare number
        nounless = outcome and base is None and self._outcome_next(text, e)
        if unit is None and not outcome and self._index_level(text, s, e):
            unit = Unit("point", MEASURE)  # "सेंसेक्स … 33,339.77 पर कारोबार कर रहा था"
        if unit is None and pos > e:
            approx = True
        if pm := self.post_re.match(text, e):
            approx = approx or (unit is not None and pm.end() <= pos)
        start = s
        if cm is not None:
            start = cm.start()
            if unit is None:
                unit = Unit(lex.currency[cm.group(0).strip()], "measure")
        if am := self.pre_re.search(text, max(0, start - 24), start):
            start, approx = am.start(), True
        befell = False
        if unit is not None and unit.cls in PERSONS and not outcome:
            # "जान गंवाने वाले 17 व्यक्ति", "स्वस्थ हो चुके 45 लोग"
            bm = self.befell_re.search(text, max(0, start - 32), start)
            if bm is not None and self._befalls(bm, unit):
                base = unit
                unit, outcome = Unit(lex.befell[" ".join(bm.group(1).split())], COUNT), True
                befell = True
        if unit is not None and unit.name in self.generic_units:
            gm = self.genitive_re.search(text, max(0, start - 16), start)
            if gm is not None:
                to, generic = lex.genitive_before[" ".join(gm.group(1).split())]
                if unit.name == generic:
                    unit = Unit(to, "count")
        bare_ek = False
        if single and first.kind == NUMBER and first.value == 1:
            if w1 == "भी":
                return None  # "एक भी मामला नहीं": not a single one
            if unit is not None and unit.name == "time":
                return None  # एक बार: "once", not a count
            if unit is None:
                bare_ek = True
            elif w1 in _ONE_MORE and (outcome or unit.cls == AFFLICTED or unit.name in _EVENTS):
                # "एक और स्वास्थ्यकर्मी संक्रमित", "एक और कोरोना पॉजिटिव मरीज मिला": one
                # more of an event counted ("एक और मौका" is "another chance")
                bare_ek = False
            elif outcome:
                # "एक व्यक्ति की मौत" counts a death; "एक शख्स संक्रमित पाया गया" is an article
                bare_ek = unit.name not in _EK_OUTCOMES
            else:
                # "एक अधिकारी ने बताया": an article unless in a list
                bare_ek = (unit.cls == AFFLICTED and unit.name not in _EK_OUTCOMES) or (
                    unit.cls in (HUMAN, COUNT, PLACE, NOBACK) and unit.name not in _EVENTS
                )
        if (
            single
            and first.kind == FRAC
            and first.value < 1
            and (unit is None or unit.cls not in (TIME, MEASURE) or unit.name == "night")
        ):
            return None  # "आधी रात", "आधे लोग": half, no count ("आधा किलो" is one)
        if (
            single
            and first.kind == MULT
            and not approx
            and (unit is None or (outcome and pos == e) or w1 in _ONLY_BEFORE_UNIT)
        ):
            return None  # a lone लाख / अरब: "लाख कोशिशों के बावजूद", "सऊदी अरब से लौटा"
        if (
            single
            and first.text in lex.collectives
            and (
                unit is None
                or (outcome and not befell)
                or self._prev_word(text, s) in _DEMONSTRATIVES
            )
        ):
            # "दोनों ने कहा", "दोनों की मौत": "both", a pronoun; "ये दोनों चिकित्सक": those
            # already counted; "दोनों लैब" counts 2 labs
            return None
        if unit is None:
            pw = self._prev_word(text, s)
            if first.kind == DIGIT and pw.endswith(".") and 0 < len(pw) <= 3:
                if pw[:-1] not in lex.barriers:
                    return None  # "एयरबस ए. 310": a model or a code after a letter
            if (
                single
                and first.value == int(first.value)
                and first.value <= 24
                and pw in lex.time_of_day
            ):
                return None  # "सुबह आठ से शाम पांच बजे तक": a time of day
            if single and first.text == "दो" and pw.endswith("ने"):
                return None  # "जाने दो": the verb
            if (
                single
                and first.text == "दो"
                and pw in lex.verb_before_do
                and self.clause_end_re.match(text, pos) is not None
            ):
                return None  # "कम कर दो और …", "रोक दो ।" ("कर दो को पकड़ा" counts 2)
            if (
                single
                and first.kind == DIGIT
                and _VERSION_RE.fullmatch(first.text)
                and pw in lex.version_before
            ):
                return None  # "लॉकडाउन 3.0": a version, a name
            if (
                first.kind == DIGIT
                and not expr.has_mult
                and pw in lex.singulars
                and text[s - 1 : s] == " "
                and lex.units[pw].cls not in (MEASURE, TIME)
            ):
                return None  # "फ्लाइट 182", "टीम 11": a name, no count
            if any(
                a.kind == DIGIT and len(a.text) >= 7 and "," not in a.text
                for a in atoms[expr.first : expr.last + 1]
            ):
                return None  # phone numbers and other codes
            if (
                first.kind == DIGIT
                and len(first.text) == _TRAIN_DIGITS
                and words is not None
                and any(w in lex.train_words for w in words.groups()[:_TRAIN_REACH] if w)
            ):
                return None  # "12511 राप्तीसागर एक्सप्रेस": a train's number
            if _in_title(text, start, pos):
                return None  # "'12 ईयर्स ए स्लेव'", "'दो और दो पांच'": a title
        return _Cand(
            start,
            pos,
            expr.value,
            expr.value_max,
            approx,
            unit,
            bare_ek,
            outcome,
            befell,
            own_noun,
            base,
            nounless,
        )

    def _others(self, text: str, c: _Cand) -> bool:
        """Whether "अन्य" (others) follows the bare number ``c``."""
        m = self.next_words_re.match(text, c.end)
        return m is not None and m.group(1) in self.lex.others_after

    def _befalls(self, bm: re.Match[str], unit: Unit) -> bool:
        """Whether the phrase of what befell found by ``bm`` applies to people counted
        by ``unit`` ("अस्पताल में दो मरीज" are patients, "अस्पताल में 20 डॉक्टर" are not)."""
        phrase = " ".join(bm.group(1).split())
        return unit.cls == AFFLICTED or phrase not in self.lex.befell_afflicted

    def _index_level(self, text: str, s: int, e: int) -> bool:
        """Whether the number text[s:e] is where a stock index stood: a trading phrase
        after it ("… पर बंद हुआ", "… पर कारोबार कर रहा था") and an index named at most
        _INDEX_REACH characters before it."""
        return (
            "पर" in text[e : e + 6]
            and self.trade_re.match(text, e) is not None
            and self.index_re.search(text, max(0, s - _INDEX_REACH), s) is not None
        )

    def _outcome_next(self, text: str, e: int) -> bool:
        """Whether a word of what befell follows the number ending at ``e`` directly."""
        if self.near_re.match(text, e):
            return True
        m = self.next_words_re.match(text, e)
        w = m.group(1) if m else None
        return w is not None and (w in self.lex.outcomes_clause or w in self.lex.outcomes_near)

    def _own_noun(self, m: re.Match[str] | None) -> bool:
        """Whether the words ``m`` after a number (``next_words_re``) start with a plural
        noun the unit lists do not know, right away or past one modifier ("17 बैरेंकें",
        "60 नावें", "10 अलग-अलग शोधों"): the number counts it."""
        if m is None:
            return False
        lex = self.lex
        for i in (1, 2):
            w = m.group(i)
            if w is None or w in lex.barriers or w in lex.not_after or w in self.atom_words:
                return False
            if w.endswith(lex.plural_endings) and w not in lex.not_plural:
                return True
        return False

    def _code(self, text: str, atoms: list[Atom], expr: Expr) -> bool:
        """Whether a rejected expression was an identifier or a phone number, whose list
        ("वार्ड 11, 12 तथा 13", "04366-226040, 226050") holds no amount either."""
        first = atoms[expr.first]
        s, e = first.start, atoms[expr.last].end
        if first.kind == DIGIT and len(first.text) >= 6 and "," not in first.text:
            return True
        return self.cur_re.search(text, max(0, s - 8), s) is None and self._identifier(
            text, s, e, first
        )

    def _score(self, text: str, e: int) -> bool:
        """Whether "से" and a word of winning or losing follow a pair ending at ``e``."""
        m = _SCORE_SE_RE.match(text, e)
        return m is not None and m.group(1).startswith(self.lex.score_after)

    def _prev_word(self, text: str, s: int, reach: int = 24) -> str:
        """The word (letters, a final dot) ending at most a separator ("-", ":") before
        ``s``, cut to the ``reach`` characters before ``s``."""
        pw = self.prev_word_rev_re.match(text[max(0, s - reach) : s][::-1])
        return pw.group(1)[::-1] if pw else ""

    def _identifier(self, text: str, s: int, e: int, first: Atom) -> bool:
        """धारा 144, कोविड-19, N-95, 1800-180-5145, name_2002, COVID 19, "2." list items."""
        before = text[s - 1] if s else ""
        if before in "-#_/:" and s >= 2:
            if text[s - 2].isalnum():
                return True
            # "बी-12", "टी-20": a short word ending in a vowel sign (no isalnum()); a
            # place in a breakdown ("दिल्ली-7") counts
            w = self._prev_word(text, s - 1, 7)
            if w and len(w) <= 3:
                return True
        after = text[e : e + 2]
        if after[:1] == "_" or (after[:1] == ":" and after[1:].isdigit()):
            return True
        if after[:1] == "-" and (hm := _HYPHEN_WORD_RE.match(text, e)) is not None:
            if hm.group(1) not in self.lex.units:
                return True  # "28-MAR-2020", "3-डी प्रिंटर" ("3-दिवसीय" is 3 days)
        if (
            first.kind == DIGIT
            and len(first.text) > 1
            and first.text[0] == "0"
            and first.text[1] != "."
            and not _tab_cell(text, s, e)
        ):
            return True  # "0522": a code ("नागपुर<TAB> 09" in a table counts 9)
        word = self._prev_word(text, s)
        if word in self.lex.identifier_before or word.rstrip(".") in self.lex.identifier_before:
            # "राजमार्ग सात घंटे तक बंद रहा": a duration or a measure follows, no name
            nw = self.next_words_re.match(text, e)
            unit_after = self.lex.units.get(nw.group(1)) if nw else None
            return unit_after is None or unit_after.cls not in (TIME, MEASURE)
        if word and word.isascii() and word.rstrip(".").isalpha():
            return True  # COVID 19, Lockdown 3.0
        lo = max(0, s - 8)
        line_start = text.rfind("\n", lo, s) + 1
        if not ((line_start > 0 or lo == 0) and not text[line_start:s].strip()):
            return False
        if text[e : e + 1] == "\t":
            # "1<TAB>आंध्र प्रदेश<TAB>19": the number of a table row whose label follows
            return _ROW_NUMBER_LABEL_RE.match(text, e + 1, e + 1 + _MAX_LINE) is not None
        return text[e : e + 1] in (".", ")") and not text[e + 1 : e + 2].isdigit()

    def _unit(self, text: str, e: int, expr: Expr) -> tuple[Unit | None, int, bool, Unit | None]:
        """The unit after a number ending at ``e``: (unit, end of the amount, whether it
        came from what happened to the people counted, the noun counted when it did)."""
        lex = self.lex
        # "25 की मौत", "330 की जांच"
        if om := self.near_re.match(text, e):
            near = Unit(lex.outcomes_near[" ".join(om.group(1).split())], COUNT)
            return near, om.end(), True, None
        pos = e
        if pm := self.post_re.match(text, pos):
            pos = pm.end()
        if expr.value >= _MIN_SUM and (om := self.sum_re.match(text, pos)):
            # "20 लाख करोड़ के पैकेज", "50 लाख से अधिक का नुकसान": money (the span ends
            # with the number and its approximation; "दो की संपत्ति" is of two people)
            return Unit(lex.outcomes_sum[" ".join(om.group(1).split())], MEASURE), pos, False, None
        if expr.approx and (lm := self.link_re.match(text, pos)):
            pos = lm.end()
        unit, end = self._unit_word(text, pos)
        if unit is None:
            # "12 साल के एक किशोर की मौत", "सौ से ज्यादा के घायल होने": what happened
            om = self.clause_re.match(text, pos)
            if om is not None and not self._other_outcome(text, pos, om):
                said = Unit(lex.outcomes_clause[" ".join(om.group(1).split())], COUNT)
                return said, pos, True, None
            return None, pos if pm else e, False, None  # "300 से अधिक हो गया": approximate
        if unit.cls in PERSONS:
            happened = self._happened(text, end)
            if happened is not None and not (happened.name == "patient" and unit.name == "injured"):
                return happened, end, True, unit
        return unit, end, False, None

    def _happened(self, text: str, end: int) -> Unit | None:
        """What happened to those counted by a noun ending at ``end`` ("… की मौत",
        "… संक्रमित पाए गए"), or None."""
        lex = self.lex
        om = self.near_re.match(text, end) or self.noun_re.match(text, end)
        om = om or self.clause_re.match(text, end)
        if om is None or self._other_outcome(text, end, om):
            return None
        word = " ".join(om.group(1).split())
        name = lex.outcomes_near.get(word) or lex.outcomes_noun.get(word)
        return Unit(name or lex.outcomes_clause[word], COUNT)

    def _other_outcome(self, text: str, a: int, om: re.Match[str]) -> bool:
        """Whether the outcome word found by ``om`` (searched from ``a``) speaks of
        others: another number stands before it, or it follows a coordinator and
        describes a later noun ("17 व्यक्ति और स्वस्थ हो चुके 45 लोग", "… और इस
        वायरस से मरने वालों का आंकड़ा") rather than ending a shared clause ("एक जवान
        और पोर्टर की मौत हो चुकी थी")."""
        b = om.start(1)
        if self._number_between(text, a, b):
            return True
        if self.coord_re.search(text, a, b) is None:
            return False
        tail = _CLAUSE_BREAK.split(text[om.end(1) : om.end(1) + 16], 1)[0]
        return "वाल" in tail or self.atom_re.search(tail) is not None

    def _number_between(self, text: str, a: int, b: int) -> bool:
        """Whether another number stands in text[a:b]; the digits of a name such as
        "कोविड-19" do not count."""
        for m in self.atom_re.finditer(text, a, b):
            s = m.start()
            if not (s >= 2 and text[s - 1] == "-" and _LETTER_RE.match(text, s - 2)):
                return True
        return False

    def _unit_word(self, text: str, pos: int) -> tuple[Unit | None, int]:
        """The unit noun after ``pos`` (past up to two other words) and its end."""
        lex = self.lex
        m = self.next_words_re.match(text, pos)
        if m is None:
            return None, pos
        skipped = 0
        copula = False
        last = _NEXT_WORDS
        for i in range(1, last + 1):
            w = m.group(i)
            if w is None:
                break
            end = m.end(i)
            u = lex.units.get(w) or lex.units.get(_NUKTA_RE.sub(r"\1", w))
            if u is None and w.endswith("."):
                u, end = lex.units.get(w[:-1]), end - 1
            if u is None and "-" in w:
                head = w.split("-", 1)[0]  # "छह मेडिकल कॉलेज-अस्पतालों": colleges
                if (u := lex.units.get(head)) is not None:
                    end = m.start(i) + len(head)
            if u is not None and copula and u.cls not in _GENITIVE_HEADS:
                return None, pos
            if u is not None:
                if w in lex.locatives and m.group(i + 1 if i < last else i) in _LOCATIVE_CASE:
                    return None, pos  # "23 अस्पताल में", "52 गंजम जिले से": where, not what
                nxt = m.group(i + 1) if i < last else None
                if u.name is not None and (pm := self.per_re.match(text, end)):
                    per = lex.per_units.get((u.name, " ".join(pm.group(1).split())))
                    if per is not None:
                        # "120 किमी प्रति घंटे"; "60 किलोमीटर की रफ्तार" (the rate word
                        # stays outside the span)
                        rate, keep = per
                        return Unit(rate, u.cls), pm.end() if keep else end
                if w in lex.modifiers and nxt in lex.units:
                    if (u.cls, lex.units[nxt].cls) in _MODIFIER_WINS or (
                        u.name in _STATUS_MODIFIERS and lex.units[nxt].cls in PERSONS
                    ):
                        # "80 संक्रमित मरीज": 80 cases; "740 संदिग्ध मरीज": suspects
                        return u, m.end(i + 1)
                    return lex.units[nxt], m.end(i + 1)  # "72 पॉजिटिव केस"
                return u, end
            if w.endswith(".") or w in self.atom_words or w in lex.not_after:
                break
            if w in _ONLY_BEFORE_UNIT and i == 1:
                continue  # "दो और डॉक्टर", "33 और कोरोना संक्रमित मरीजों"
            if w in _HEADLINE_COPULAS and i == 1:
                # "हरियाणा में 19 हुए कोरोना के मरीज" (a headline's word order): only a
                # noun for people or events counts ("5229 हुई महाराष्ट्र स्वास्थ्य विभाग")
                copula = True
                continue
            if w in _GENITIVE and i > 1 and i < last:
                nxt = m.group(i + 1)
                u = lex.units.get(nxt) if nxt is not None else None
                prev = m.group(i - 1)
                if prev.endswith(lex.plural_endings) and prev not in lex.not_plural:
                    break  # "81 शोधों की जांच": the plural counted owns the genitive
                if u is not None and u.cls in _GENITIVE_HEADS:
                    return u, m.end(i + 1)  # "580 कोरोना के मरीज", "16 इटली के पर्यटक"
                break
            if w in lex.barriers or skipped == 2:
                break
            if w not in lex.disease_words:
                skipped += 1
        return None, pos

    # -- context --------------------------------------------------------------

    def _context(
        self, text: str, cands: list[_Cand], sent_starts: Sequence[int], headings: _Headings
    ) -> None:
        """Units for bare numbers, and "एक" kept only inside lists of numbers;
        ``headings`` remembers the heading row found for each table row."""
        keep = [self._ek_pair_befell(text, cands, i) for i in range(len(cands))]
        for i, c in enumerate(cands):
            if c.bare_ek:
                c.bare_ek = not (keep[i] or self._in_list(text, cands, i))
        # a list ending in a unit gives it to its bare members, back to front:
        # "सहारनपुर में 4, सीतापुर में 1 और लखनऊ में 8 बड़े और 4 छोटे हॉटस्पॉट"
        coord: list[Unit | None] = [None] * len(cands)
        whole: list[Unit | None] = [None] * len(cands)
        nxt: Unit | None = None
        nxt_happened: Unit | None = None  # what befell the next list member
        nxt_part = False  # ... said of that member's bare number only ("दो लापता")
        nxt_outcome: Unit | None = None  # the next member's unit when it says what befell
        for i in range(len(cands) - 1, -1, -1):
            c = cands[i]
            if c.bare_ek:
                continue
            listed = self._listed(text, cands, i)
            counted = c.unit is not None and c.unit.cls == HUMAN and not c.outcome
            # a noun the lexicon lacks ("26 ट्रैकर्स") shares only what the next member's
            # count was turned into, never a guess from a thing ("83 हेलीकॉप्टरों और
            # दर्जनों जहाजों की मदद से लापता …"); bare numbers take their unit later
            if counted or (c.own_noun and c.unit is None and nxt_outcome is not None):
                # "10 पुरुष, 3 महिलाओं और 28 पशुओं की मौत", "आठ आतंकवादियों और आठ
                # पुलिसकर्मियों समेत 18 लोग मारे गए", "26 ट्रैकर्स और तीन किसानों के मारे
                # जाने": deaths, all of them
                # "पांच युवक, दो लापता": what befell a bare number befell a part only
                # ("3 भारतीयों समेत 11 की मौत": all of the total)
                with_total = self._listed(text, cands, i, self.with_re)
                if nxt_happened is not None and (with_total or (listed and not nxt_part)):
                    c.base = c.unit
                    c.unit, c.outcome = nxt_happened, True
            nxt_part = c.nounless
            nxt_outcome = c.unit if c.outcome else None
            if c.outcome:
                nxt_happened = c.unit
            elif c.unit is not None and c.unit.cls in (HUMAN, COUNT):
                nxt_happened = self._happened(text, c.end)
            else:
                nxt_happened = None
            if c.unit is not None:
                nxt = c.unit if c.unit.cls != NULL else None
            elif (part_of := self._part_after(text, cands, i)) is not None:
                # "38 में से 36 जिले": the whole counts what its part counts
                coord[i] = whole[i] = part_of
                nxt = None
            else:
                # a member with a noun of its own ("17 बैरेंकें") ends the list's unit
                coord[i] = nxt if nxt is not None and listed and not c.own_noun else None
                nxt = coord[i]
        last_unit: _Cand | None = None  # the latest amount with a unit
        last_counted: _Cand | None = None  # ... with a unit that counts things or people
        last_i = -1
        breakdown: tuple[Unit | None, int] | None = None  # a breakdown's unit and its end
        for i, c in enumerate(cands):
            if c.bare_ek:
                continue
            if (
                last_unit is not None
                and last_unit.befell
                and c.unit is not None
                and c.unit.cls == HUMAN
                and not c.outcome
                and self._listed(text, cands, last_i)
            ):
                # "मरने वालों में छह महिलाएं, छह बच्चे और दो पुरुष": all of them died
                c.unit, c.outcome, c.befell = last_unit.unit, True, True
            part = (c.unit is None and not c.own_noun) or (
                c.unit is not None
                and c.unit.cls == HUMAN
                and not c.outcome
                and c.unit.name not in self.lex.partitive_units  # "सात संदिग्ध मरीज"
            )
            if part and last_unit is not None and self._partitive(text, c.start):
                # "संक्रमितों की संख्या 44 हो गई है । इनमें से 18 लोग …": 18 of the cases
                u = self._inherited(c, last_unit, sent_starts)
                if u is not None and u.name in self.lex.partitive_units:
                    c.unit = u
                    breakdown = (u, _next_start(sent_starts, c.start, len(text)))
                elif u is not None and c.unit is None:
                    c.unit = u  # "उनमें से 23 अस्पताल में हैं": 23 of those counted
            elif part and last_unit is not None and self._breaks_down(text, last_unit, c):
                # "इन 83 मामलों में 66 भारतीय हैं जबकि 17 विदेशी": 66 of the cases
                c.unit = last_unit.unit
                breakdown = (c.unit, _next_start(sent_starts, c.start, len(text)))
            elif part and breakdown is not None and c.start < breakdown[1]:
                # "… जबकि 17 विदेशी नागरिक हैं": the rest of them; "इनमें पूर्वांचल में 27,
                # सेंट्रल व बुंदेलखंड में 23, …": the breakdown's bare numbers
                c.unit = breakdown[0]
            borrowed = c.unit is None
            others = c.unit is None and not c.own_noun and last_counted is not None
            if others and self._others(text, c):
                # "जबकि 684 अन्य की आयु …", "तीन पुलिसकर्मियों और दो अन्य को"; others
                # than those something befell are people ("तीन मजदूरों की मौत … दो अन्य")
                u = self._inherited(c, last_counted, sent_starts, text)
                if u is not None and last_counted is not None and last_counted.outcome:
                    u = _PEOPLE
                if u is not None:
                    c.unit = _PEOPLE if u.cls == HUMAN else u
            if c.unit is None and not c.own_noun:
                c.unit = (
                    whole[i]
                    or self._lookback(text, c, sent_starts, headings)
                    or coord[i]
                    or self._inherited(c, last_unit, sent_starts, text)
                )
            if borrowed and c.unit is not None and c.unit.name in self.lex.line_units:
                # "दो नई हेल्पलाइन … ये हैं- 1930 और 1944": the lines' numbers
                c.drop = c.value >= _MIN_LINE
            if c.unit is not None:
                last_unit, last_i = c, i
                if c.unit.cls not in (TIME, MEASURE, NULL):
                    last_counted = c

    def _table_totals(self, text: str, cands: list[_Cand]) -> None:
        """Cells of a tab table left without a unit take the unit of the total row below
        them in their column ("मुंबई<TAB>51 … पुणे<TAB>18 … कुल मामले<TAB>153": cases),
        the rows between being table rows; a cell with a unit of its own ends it."""
        total: tuple[int, Unit, int] | None = None  # column, unit, line start of the run
        for c in reversed(cands):
            if c.bare_ek or c.drop or not _tab_cell(text, c.start, c.end):
                total = None
                continue
            ls = text.rfind("\n", max(0, c.start - _MAX_LINE), c.start) + 1
            col = text.count("\t", ls, c.start)
            if total is not None:
                le = text.find("\n", c.end, total[2])
                rows = text[le + 1 : total[2]].split("\n") if le >= 0 else []
                if col != total[0] or le < 0 or not all("\t" in r for r in rows if r.strip()):
                    total = None
            label = text[ls : text.find("\t", ls, c.start)].split()
            if label and label[0] in self.lex.total_labels and c.unit is not None:
                total = (col, c.unit, ls)
            elif c.unit is None and total is not None:
                c.unit = total[1]
                total = (col, total[1], ls)
            else:
                total = None

    def _names(
        self, text: str, cands: list[_Cand], bare: list[int], sent_starts: Sequence[int]
    ) -> None:
        """Bare digits that name a thing with the word right before them ("नेक्सस 5 में
        …", "नेक्सस 5 की स्क्रीन"): a pair of a word the lexicon does not know and a
        number that recurs in the text is a name (a product, a model), no amount; unless
        a counted noun shortly before in its clause ("संख्या बढ़कर 54") or a list
        ("सर्वाधिक 18, पलवल में 17") gives the number what it counts (at least two
        occurrences without one are needed).
        """
        pairs: dict[tuple[str, str], list[int]] = {}
        for i in bare:
            c = cands[i]
            digits = text[c.start : c.end]
            if not digits.isdigit() or text[c.start - 1 : c.start] != " ":
                continue
            w = self._prev_word(text, c.start)
            lex = self.lex
            if not w or w in lex.units or w in self.atom_words or w in lex.barriers:
                continue
            if w in lex.not_name_before:
                continue
            if not text.endswith(w, 0, c.start - 1):
                continue  # "पटना : 100", "नाम - 5": a separator between, a row of a list
            pairs.setdefault((w, digits), []).append(i)
        for found in pairs.values():
            if len(found) < _NAME_REPEATS:
                continue
            named = [
                i
                for i in found
                if self._lookback(text, cands[i], sent_starts, {}) is None
                and not self._listed(text, cands, i)
                and not (i > 0 and self._listed(text, cands, i - 1))
            ]
            if len(named) >= _NAME_REPEATS:
                for i in named:
                    cands[i].drop = True

    def _unit_ranges(self, text: str, cands: list[_Cand]) -> list[_Cand]:
        """Join "21 वर्ष से 50 वर्ष" (a unit on both ends) into one range."""
        out: list[_Cand] = []
        for c in cands:
            p = out[-1] if out else None
            if (
                p is not None
                and not p.bare_ek
                and not c.bare_ek
                and p.unit is not None
                and c.unit is not None
                and p.unit.name == c.unit.name
                and p.value_max is None
                and c.value_max is None
                and p.value < c.value
                and _RANGE_GAP_RE.fullmatch(text, p.end, c.start)
            ):
                p.end, p.value_max, p.approx = c.end, c.value, p.approx or c.approx
                continue
            out.append(c)
        return out

    def _ek_pair_befell(self, text: str, cands: list[_Cand], i: int) -> bool:
        """Whether "एक <noun>" ``i`` stands in a pair of such counts that something
        befell: "एक गाय व एक भैंस झुलस गई" (each एक counts, not an article)."""
        for a, b in ((i - 1, i), (i, i + 1)):
            if a < 0 or b >= len(cands):
                continue
            x, y = cands[a], cands[b]
            if not (x.bare_ek and y.bare_ek and x.unit is not None and y.unit is not None):
                continue
            gap = text[x.end : y.start]
            if len(gap) > 8 or not ("," in gap or self.and_re.search(gap)):
                continue
            om = self.clause_re.match(text, y.end)
            if om is not None and not self._other_outcome(text, y.end, om):
                return True
        return False

    def _part_after(self, text: str, cands: list[_Cand], i: int) -> Unit | None:
        """The unit of the amount right after bare amount ``i`` when ``i`` is the whole
        it is taken from: "34 में से 33 प्रांतों" (33 of 34 provinces)."""
        j = i + 1
        u = cands[j].unit if j < len(cands) else None
        if u is None or cands[j].bare_ek or cands[j].outcome:
            return None  # "11 में से तीन जमातियों के पॉजिटिव मिलने": 11 were not cases
        if u.cls == NULL or cands[j].start - cands[i].end > 12:
            return None
        return u if _OF_RE.fullmatch(text, cands[i].end, cands[j].start) else None

    def _breaks_down(self, text: str, whole: _Cand, c: _Cand) -> bool:
        """Whether ``c`` counts a part of the amount right before it: "इन 83 मामलों में
        66 …", "230 मरीजों में से 5 …" (an event unit that parts inherit)."""
        return (
            whole.unit is not None
            and whole.unit.name in self.lex.partitive_units
            and c.start - whole.end <= 12
            and _IN_OF_RE.fullmatch(text, whole.end, c.start) is not None
        )

    def _partitive(self, text: str, s: int) -> bool:
        """Whether a partitive word ("इनमें से", "जिनमें") stands right before ``s``, or
        opens the clause of ``s`` with no digits between ("इसमें अकेले तबलीगी जमात के
        193 लोग शामिल हैं", "इनमें लखनऊ के चार और नोएडा के दो लोग")."""
        if self.partitive_re.search(text, max(0, s - 16), s) is not None:
            return True
        lo = max(0, s - _PARTITIVE_REACH)
        m = _CLAUSE_START_RE.search(text[lo:s][::-1])
        start = s - m.start() if m else (0 if lo == 0 else -1)
        return (
            start >= 0
            and self.partitive_clause_re.fullmatch(text, start, s) is not None
            and _THAT_RE.search(text, start, s) is None  # "इसमें कहा गया कि कुल 168 …"
        )

    def _in_list(self, text: str, cands: list[_Cand], i: int) -> bool:
        for j in (i - 1, i + 1):
            if 0 <= j < len(cands) and not cands[j].bare_ek:
                a, b = sorted((cands[i], cands[j]), key=lambda c: c.start)
                gap = text[a.end : b.start]
                if len(gap) <= 30 and not _SENT_END_RE.search(gap):
                    if "," in gap or self.and_re.search(gap):
                        return True
        return False

    def _lookback(
        self, text: str, c: _Cand, sent_starts: Sequence[int], headings: _Headings
    ) -> Unit | None:
        table = self._table_heading(text, c, headings)
        if table is not None:
            return table
        si = bisect_right(sent_starts, c.start) - 1
        lo = max(sent_starts[si] if si >= 0 else 0, c.start - 60)
        last = None
        for m in self.back_re.finditer(text, lo, c.start):
            last = m
        if last is None:
            return None
        # "पॉजिटिवों में सर्वाधिक बेगूसराय (26)": a bracket right before the number
        # opens a list item, no new clause
        raw = text[last.end() : c.start]
        if (bm := _BRACKET_LIST_RE.search(raw)) is not None:
            raw = raw[: bm.start()] + "("  # "दो युवक (42 व 24)": the later ages too
        between = raw.rstrip(" \t(")
        if "(" in between:
            # "मरने वालों की संख्या बृहस्पतिवार (2 अप्रैल) को 10,000 के पार": an aside
            between = _ASIDE_RE.sub(" ", between)
        if _CLAUSE_BREAK.search(between) or len(between.split()) > 5:
            return None
        bracket = len(between) < len(raw.rstrip(" \t"))
        phrase = " ".join(last.group(0).split())
        if phrase in self.lex.lookback:
            return self.lex.lookback[phrase]
        if phrase in self.count_of:
            return self.count_of[phrase]
        u = self.lex.units[phrase]
        if bracket and u.cls == HUMAN:
            # "मजदूर सोमई यादव (40)", "दो युवक (42 व 24)": an age after a name or the
            # people counted, no count ("एक्सप्रेस (14369)" is no age)
            age = c.value_max is None and c.value == int(c.value) and 0 < c.value <= _MAX_AGE
            return _YEARS if age else None
        if u.cls in PERSONS:
            # "मरने वाले लोगों की संख्या 82,726": what befell the people named counts
            bm = self.befell_re.search(text, max(0, last.start() - 32), last.start())
            if bm is not None and self._befalls(bm, u):
                return Unit(self.lex.befell[" ".join(bm.group(1).split())], COUNT)
        if u.cls == HUMAN:
            # "संक्रमित जवानों की संख्या बढ़कर 135": infected soldiers are cases
            mod = self.lex.units.get(self._prev_word(text, last.start()))
            if mod is not None and mod.cls == AFFLICTED:
                return mod
        return u

    def _table_heading(self, text: str, c: _Cand, headings: _Headings) -> Unit | None:
        """The unit of a cell in a table row ("महाराष्ट्र<TAB>302<TAB>1364"): the last
        counted noun of the lines above, within a few lines ("राज्य<TAB>मरीजों की संख्या")."""
        line_start = text.rfind("\n", max(0, c.start - 80), c.start) + 1
        if line_start == 0 and c.start >= 80:
            return None
        row = text[line_start : c.start]
        if "\t" not in row and not _ROW_LABEL_RE.fullmatch(row):
            lm = _ROW_LABEL_RE.match(row)  # "चीन - 3169 - ": a later column
            if lm is None or not _DASH_CELLS_RE.fullmatch(row, lm.end()):
                return None
        if not _CELL_END_RE.match(text, c.end):
            return None  # "समूह -2 के अध्यक्ष": a name in a sentence, no table cell
        label = row.replace("-", " ").replace(":", " ").split()
        if label and (u := self.lex.units.get(label[-1])) is not None:
            # "परीक्षण- 2,572", "मौत- 2": the label names what is counted
            return u if u.cls not in (TIME, NULL) and u.name is not None else None
        sep = _TAB_RE if "\t" in row else _DASH_RE if "-" in row else None
        if sep is not None:
            return self._column_heading(text, line_start, len(sep.findall(row)), sep, headings)
        # a list line "पटना : 100": the heading is the nearest line above that is not blank
        end = line_start - 1
        for _ in range(_TABLE_ROWS):
            if end <= 0:
                return None
            lo = _line_start(text, end)
            if text[lo:end].strip():
                return self._heading_unit(text, max(lo, end - _TABLE_REACH), end)
            end = lo - 1
        return None

    def _column_heading(
        self, text: str, line_start: int, col: int, sep: re.Pattern[str], headings: _Headings
    ) -> Unit | None:
        """The unit of column ``col`` of a table (cells split by ``sep``, a tab or a
        spaced hyphen) whose row starts at ``line_start``: the counted noun in that
        column of the heading row above the data rows ("राज्य<TAB>संक्रमित<TAB>मौत" gives
        case to column 1, death to column 2); a heading that does not split into the
        row's columns gives its last counted noun."""
        line_end = text.find("\n", line_start, line_start + _MAX_LINE)
        line_end = min(len(text), line_start + _MAX_LINE) if line_end < 0 else line_end
        ncols = len(_cells(text, line_start, line_end, sep))
        key = (line_start, sep.pattern)
        if key not in headings:
            headings[key] = self._heading_row(text, line_start, sep, headings)
        row = headings[key]
        if row is not None:
            lo, end = row
            cells = _cells(text, lo, end, sep)
            if len(cells) == 1 and ncols > 1:
                stacked = self._stacked_heading(text, lo, end, ncols, sep)
                if stacked is not None:
                    # one heading cell per line: column ``col`` counted from the right
                    k = ncols - 1 - col
                    return self._heading_unit(text, *stacked[k]) if k < len(stacked) else None
            if len(cells) == ncols - 1 and col >= 1:
                cells = [(lo, lo), *cells]  # no heading over the label column
            if len(cells) == ncols and col < ncols:
                u = self._heading_unit(text, *cells[col])
                if u is not None:
                    return u
            return self._heading_unit(text, max(lo, end - _TABLE_REACH), end)
        return None

    def _stacked_heading(
        self, text: str, lo: int, end: int, ncols: int, sep: re.Pattern[str]
    ) -> list[tuple[int, int]] | None:
        """The heading cells of a table whose heading row was broken into one short line
        per column ("क्रम संख्या / राज्य / मरीजों की कुल संख्या / ठीक हुए / मौत" above
        rows of five cells), nearest line first; None unless ``ncols`` such lines
        (short, unsplit, no numbers alone) stand right above the data rows."""
        out = [(lo, end)]
        for _ in range(_TABLE_ROWS):
            if len(out) >= ncols:
                break
            end = lo - 1
            if end <= 0:
                return None
            lo = _line_start(text, end)
            line = text[lo:end].strip()
            if not line:
                continue
            if len(line) > _STACKED_CELL or sep.search(line) or _NUMERIC_CELL_RE.fullmatch(line):
                return None
            out.append((lo, end))
        return (
            out
            if len(out) >= ncols and all(len(text[a:b].strip()) <= _STACKED_CELL for a, b in out)
            else None
        )

    def _heading_row(
        self, text: str, line_start: int, sep: re.Pattern[str], headings: _Headings
    ) -> tuple[int, int] | None:
        """The span of the heading row above the data row starting at ``line_start``
        (blank and data rows skipped, at most _TABLE_ROWS; a row already answered in
        ``headings`` gives its answer)."""
        end = line_start - 1
        for _ in range(_TABLE_ROWS):
            if end <= 0:
                return None
            lo = _line_start(text, end)
            if (lo, sep.pattern) in headings:
                return headings[(lo, sep.pattern)]
            if text[lo:end].strip() and not _is_data_row(text, lo, end, sep, self.atom_words):
                return lo, end
            end = lo - 1
        return None

    def _heading_unit(self, text: str, lo: int, hi: int) -> Unit | None:
        """The last counted noun or outcome word in text[lo:hi] (a heading)."""
        last = None
        for m in self.back_re.finditer(text, lo, hi):
            last = m
        if last is None:
            om = None
            for found in self.outcome_word_re.finditer(text, lo, hi):
                om = found
            if om is None:
                return None
            word = " ".join(om.group(0).split())
            name = self.lex.outcomes_clause.get(word) or self.lex.outcomes_near.get(word)
            return Unit(name, COUNT) if name else None
        phrase = " ".join(last.group(0).split())
        return self.lex.lookback.get(phrase) or self.count_of.get(phrase) or self.lex.units[phrase]

    def _listed(
        self, text: str, cands: list[_Cand], i: int, joiner: re.Pattern[str] | None = None
    ) -> bool:
        """Whether amount ``i`` and the next one stand in one list: a short gap in the
        same sentence with a comma or और/व/तथा/या/एवं in it (or ``joiner``)."""
        j = i + 1
        while j < len(cands) and cands[j].bare_ek:
            j += 1
        if j >= len(cands):
            return False
        gap = text[cands[i].end : cands[j].start]
        if len(gap) > 40 or _SENT_END_RE.search(gap) or len(gap.replace(",", " ").split()) > 4:
            return False
        if joiner is not None:
            return joiner.search(gap) is not None
        return "," in gap or self.and_re.search(gap) is not None

    def _inherited(
        self, c: _Cand, last: _Cand | None, sent_starts: Sequence[int], text: str = ""
    ) -> Unit | None:
        """The unit of the previous amount when it is in this or the previous sentence.
        What befell those counted there does not pass to a number that is the object or
        the agent of a verb of its own ("10 लोगों की मौत … पुलिस ने 5 को गिरफ्तार
        किया", "एक जवान घायल हो गया, जबकि एक अन्य को बचा लिया गया"): it counts the
        noun counted there (people), if any."""
        if last is None or last.unit is None or last.unit.cls not in INHERITABLE:
            return None
        si = bisect_right(sent_starts, c.start) - 1
        lo = sent_starts[si - 1] if si >= 1 else 0
        if last.start < lo:
            return None
        if last.outcome and text and _ARGUMENT_RE.match(text, c.end):
            return last.base if last.base is not None and last.base.cls in PERSONS else None
        return last.unit


def _overlaps(spans: list[tuple[int, int]], starts: list[int], s: int, e: int) -> bool:
    i = bisect_right(starts, e - 1) - 1
    return i >= 0 and spans[i][1] > s


def _tab_cell(text: str, s: int, e: int) -> bool:
    """Whether text[s:e] fills a cell of a tab table: a tab before it and a tab, a line
    end or the end of the text after it (spaces aside)."""
    k = s
    while k > 0 and s - k < 8 and text[k - 1] == " ":
        k -= 1
    if k == 0 or text[k - 1] != "\t":
        return False
    k = e
    while k < len(text) and k - e < 8 and text[k] == " ":
        k += 1
    return k == len(text) or text[k] in "\t\n"


def _in_title(text: str, s: int, e: int) -> bool:
    """Whether text[s:e] stands inside a short title in single quotes on its line
    ("'12 ईयर्स ए स्लेव'", "'दो और दो पांच'"): an opening quote at most _TITLE characters
    before, not after a letter, and a closing one at most _TITLE after, with no stop in
    between."""
    lo = max(0, s - _TITLE)
    k = text.rfind("'", lo, s)
    if k < 0 or (k > 0 and _LETTER_RE.match(text, k - 1)) or _TITLE_STOP_RE.search(text, k, s):
        return False
    m = _TITLE_STOP_RE.search(text, e, e + _TITLE)
    end = m.start() if m else min(len(text), e + _TITLE)
    return text.find("'", e, end) >= 0


def _line_start(text: str, end: int) -> int:
    """The start of the line ending at ``end``, looked for at most _MAX_LINE back (a
    longer line is read from there: the look-back stays bounded)."""
    return text.rfind("\n", max(0, end - _MAX_LINE), end) + 1 or max(0, end - _MAX_LINE)


def _cells(text: str, lo: int, hi: int, sep: re.Pattern[str]) -> list[tuple[int, int]]:
    """The spans of the cells of text[lo:hi] split by ``sep``."""
    out = []
    for m in sep.finditer(text, lo, hi):
        out.append((lo, m.start()))
        lo = m.end()
    out.append((lo, hi))
    return out


def _is_data_row(text: str, lo: int, hi: int, sep: re.Pattern[str], words: frozenset[str]) -> bool:
    """Whether a table line holds numbers (digits or number ``words``) in every cell
    after its label."""
    cells = _cells(text, lo, hi, sep)
    return len(cells) > 1 and all(
        _NUMERIC_CELL_RE.fullmatch(cell) or cell in words
        for cell in (text[a:b].strip() for a, b in cells[1:])
    )


def _next_start(sent_starts: Sequence[int], pos: int, default: int) -> int:
    """The start of the sentence after the one holding ``pos``."""
    i = bisect_right(sent_starts, pos)
    return sent_starts[i] if i < len(sent_starts) else default


def _sentence_starts(text: str) -> list[int]:
    return [0, *(m.end() for m in _SENT_RE.finditer(text))]
