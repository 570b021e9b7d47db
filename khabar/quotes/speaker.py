"""Speaker expressions: the phrase that names who speaks, read backwards from a marker
("ने", "का कहना", "के मुताबिक", a nominative reporting verb), classified and linked to
the document's entities by span overlap.

A phrase such as "झारखंड कांग्रेस अल्पसंख्यक विभाग के प्रदेश प्रभारी उमैर खान" has a
modifier ("… विभाग के") and a head ("प्रदेश प्रभारी उमैर खान"); the head's last entity
mention, or else the words after its last title, name the speaker.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

import regex

from khabar.doc import Doc
from khabar.entities.gazetteer import spelling_key
from khabar.entities.titles import TitleIndex
from khabar.quotes.lexicon import QuoteLexicon, norm_word
from khabar.record import Entity

MAX_PHRASE_TOKENS = 14
# initials right before a name: "एच.सी. ", "एस. के. " (one to three letters, each with a stop)
_INITIALS_BEFORE_RE = regex.compile(r"(?<![\p{L}\p{M}])(?:[\p{L}\p{M}]{1,3}\.[ \t]?){1,3}[ \t]*$")
_INITIALS_START_RE = regex.compile(r"[\p{L}\p{M}]{1,3}\.")
MAX_INITIALS_CHARS = 16
MAX_BRACKET_NAME = 5  # tokens in brackets after a name ("(बीएमसी)", "(अल्पसंख्यक विभाग)")
MIN_COMMON_COUNT = 5  # occurrences in the NER data before a word can count as common
MAX_PLACE_NAME = 4  # words of a name that holds a place ("मारुति सुजुकी इंडिया")
MAX_QUOTED_NAME = 3  # words of a name in quotation marks ("'डॉन' अखबार")
# a finite future form (देगी, करेंगे, जाएगा, होंगी): a verb, no part of a name
_FINITE_RE = regex.compile(r"(?:[\p{L}\p{M}]+(?:[\u0947\u0948]|\u090f|\u0913)|\u0939\u094b)\u0902?(?:गा|गी|गे|गीं)")
GENITIVES = frozenset({"का", "की", "के"})
# a phrase that counts what it names ("दो ग्रुप", "3 विभागों"): no one body
_COUNTED_RE = regex.compile(r"(?:\d|(?:दो|तीन|चार|पांच|पाँच|छह|कई|सभी|दोनों|तीनों)(?![\p{L}\p{M}]))")
# words that show a long phrase is a clause, not a source ("जवाब सुनकर ऐसा लगा मानो")
_NOT_IN_SOURCE = frozenset({"मानो", "जैसे", "ऐसा", "लगा", "लगता", "कि", "जब", "तो"})
_INDEFINITE = frozenset({"एक", "कुछ", "कई", "अनेक", "कोई"})
_OPEN = "("
_CLOSE = ")"

# kinds of speaker expressions
NAME = "name"  # a name (linked to an entity when one covers it)
PRONOUN = "pronoun"  # उन्होंने, उनका, वह …
TITLE = "title"  # a post without a name: "स्वास्थ्य मंत्री", "… के महानिदेशक"
UNNAMED = "unnamed"  # सूत्रों, अधिकारियों, "भागलपुर के एक छात्र"
ORG_HEAD = "org_head"  # a bare organisation noun: "कंपनी", "मंत्रालय"


@dataclass
class SpeakerRef:
    """A speaker expression in normalised offsets; ``start``/``end`` cover ``text``."""

    kind: str
    start: int
    end: int
    text: str
    entity: Entity | None = None
    person: int = 3  # for pronouns: 1 (मैंने, हम) or 3
    title: str | None = None  # for TITLE: the post's words ("स्वास्थ्य मंत्री")
    phrase_start: int = -1  # where the whole speaker phrase starts (titles included)
    refers: str = "person"  # for pronouns: "person" or "any" (person or organisation)
    owner: SpeakerRef | None = None  # "X के प्रवक्ता": X, when the post has no holder
    document: bool = False  # a report without an owner ("रिपोर्ट में कहा गया")
    unnamed_fallback: bool = False  # a post that is also a source word ("अधिकारी")
    spokes: bool = False  # a spokesperson ("प्रवक्ता"): speaks for an organisation
    quoted: bool = False  # a name in quotation marks before a document ("'डॉन' अखबार")
    partial: bool = False  # a name the recogniser found only part of ("एयर न्यूजीलैंड")
    kin: bool = False  # for TITLE: a kinship term ("पीड़ित के पिता"), no post
    official: bool = False  # officials of the body in ``owner``: the body speaks
    country: str | None = None  # a country adjective in the phrase ("अमेरिकी अधिकारी")
    expert: bool = False  # one expert, definite ("चीन के शीर्ष वैज्ञानिक"): a person

    def __post_init__(self) -> None:
        if self.phrase_start < 0:
            self.phrase_start = self.start


class EntityIndex:
    """Mentions of the document's entities, sorted, for span-overlap lookups."""

    def __init__(self, entities: list[Entity]) -> None:
        spans = sorted(
            ((m.start, m.end, e) for e in entities for m in e.mentions), key=lambda x: x[:2]
        )
        self.spans = spans
        self.starts = [s for s, _, _ in spans]
        self.max_len = max((e - s for s, e, _ in spans), default=0)
        # words of person and organisation names ("मिलन" of "मिलन लूथरिया")
        self.name_words = frozenset(
            norm_word(w) for e in entities if e.type in ("PERSON", "ORG") for w in e.name.split()
        )
        # persons by the last word of their name ("केजरीवाल" → "अरविंद केजरीवाल")
        self.person_by_last: dict[str, list[Entity]] = {}
        for e in entities:
            words = e.name.split()
            if e.type == "PERSON" and words:
                self.person_by_last.setdefault(norm_word(words[-1]), []).append(e)

    def person_named(self, name: str) -> Entity | None:
        """The one person whose name ends with the words of ``name``, if exactly one."""
        words = [norm_word(w) for w in name.split()]
        if not words:
            return None
        hits = [
            e for e in self.person_by_last.get(words[-1], [])
            if [norm_word(w) for w in e.name.split()][-len(words) :] == words
        ]
        return hits[0] if len(hits) == 1 else None

    def overlapping(self, start: int, end: int) -> list[tuple[int, int, Entity]]:
        """Mentions overlapping [start, end), in text order."""
        lo = bisect_left(self.starts, start - self.max_len)
        out = []
        for i in range(lo, len(self.spans)):
            s, e, ent = self.spans[i]
            if s >= end:
                break
            if e > start:
                out.append((s, e, ent))
        return out

    def before(self, pos: int, types: tuple[str, ...], lo: int = 0) -> tuple[int, int, Entity] | None:
        """The last mention of one of ``types`` that ends at or before ``pos`` (and starts
        at or after ``lo``)."""
        i = bisect_left(self.starts, pos) - 1
        while i >= 0:
            s, e, ent = self.spans[i]
            if s < lo:
                return None
            if e <= pos and ent.type in types:
                return s, e, ent
            i -= 1
        return None


class SpeakerFinder:
    """Reads speaker phrases and classifies them."""

    def __init__(
        self, lexicon: QuoteLexicon, titles: TitleIndex, word_counts: dict[str, list[int]] | None = None
    ) -> None:
        self.lex = lexicon
        self.titles = titles
        # spelling key -> [occurrences, inside PER, LOC, ORG, MISC names] in the ship NER
        # data (entities/name_lexicon.tsv): tells a common word from a part of a name
        self.word_counts = word_counts if word_counts is not None else {}

    def pronoun(self, doc: Doc, start: int, end: int) -> SpeakerRef:
        """The speaker expression of the pronoun at [start, end)."""
        w = norm_word(doc.text[start:end])
        person = self.lex.pronouns.get(w, ("", 3))[1]
        refers = "any" if w in self.lex.pronouns_any else "person"
        return SpeakerRef(PRONOUN, start, end, doc.text[start:end], person=person, refers=refers)

    def _only_title(self, mention: str) -> bool:
        """A mention that is nothing but a post ("डीजीपी" taken for an organisation):
        the post's holder speaks, not an entity of that name."""
        words = mention.split()
        hit = self.titles.starting_at(words, 0)
        return hit is not None and hit[0] == len(words) and hit[1].kind == "post"

    def _common_noun(self, mention: str) -> bool:
        """A mention that is only a source or spokesperson word ("स्पोक्सपर्सन" taken
        for a person's name): no name."""
        words = [norm_word(w) for w in mention.split()]
        return bool(words) and all(w in self.lex.sources or w in self.lex.spokes for w in words)

    def _place_in_name(self, doc: Doc, h: int, j: int, s: int, e: int) -> tuple[int, int] | None:
        """Offsets of the name that a place mention at [s, e) is part of, in the head
        tokens [h, j): the head is two to four letter words and none of the others is a
        post, a source, an organisation noun, a phrase stop or a common word
        ("पड़ोसी देश चीन", "चीन सरकार" stay the place)."""
        if not 2 <= j - h <= MAX_PLACE_NAME:
            return None
        first = True
        head = [norm_word(doc.text[a:b]) for a, b in doc.tokens[h:j]]
        for k in range(h, j):
            a, b = doc.tokens[k]
            if a >= s and b <= e:
                continue  # the place itself
            w = head[k - h]
            if not w[:1].isalpha() or w in self.lex.np_stops or w in self.lex.sources:
                return None
            if w in self.lex.org_heads or self._title_at(head, k - h):
                return None
            # a common word may stand inside a name that a rare word opens ("हुंडई मोटर
            # इंडिया"), not open it ("पड़ोसी देश चीन")
            if self._common_word(w) and (first or j - h < 3):
                return None
            first = False
        return doc.tokens[h][0], doc.tokens[j - 1][1]

    @staticmethod
    def _singular_oblique(doc: Doc, j: int, last: str) -> bool:
        """The phrase ending before token ``j`` is one person: its last noun is no oblique
        plural and a case marker follows ("वैज्ञानिक ने", "विशेषज्ञ का"; a bare
        "जानकार मानते हैं" may be many)."""
        if last.endswith(("ों", "ओं")) or j >= len(doc.tokens):
            return False
        return norm_word(doc.token_text(j)) in ("ने", "का", "की", "के")

    def _title_at(self, words: list[str], i: int) -> bool:
        """A post starts at ``words[i]`` ("मंत्री", "एयर मार्शल"); a word that only opens a
        longer title elsewhere ("एयर" of "एयर न्यूजीलैंड") is no post."""
        return (
            self.titles.starting_at(words, i) is not None
            or self.titles.starting_at(words, i, "after") is not None
        )

    def common_word(self, word: str) -> bool:
        """Public form of ``_common_word`` (the resolver reads speaker words with it)."""
        return self._common_word(word)

    def _common_word(self, word: str) -> bool:
        """A word the NER data has seen often and mostly outside names ("देश",
        "पड़ोसी"); an unseen word ("हेराल्ड", "सुजुकी") may be part of a name."""
        counts = self.word_counts.get(spelling_key(word))
        if counts is None or counts[0] < MIN_COMMON_COUNT:
            return False
        return sum(counts[1:5]) * 5 < counts[0]  # inside names less than a fifth of the time

    @staticmethod
    def _aside_before(doc: Doc, k: int) -> bool:
        """The closing bracket at token ``k`` ends an aside, not a name's bracket: it
        holds more words than a name, or the next word follows it without a space."""
        e = doc.tokens[k][1]
        if e < len(doc.text) and doc.text[e].isalpha():
            return True
        n = 0
        for m in range(k - 1, max(-1, k - 2 - MAX_BRACKET_NAME), -1):
            if doc.token_text(m) == _OPEN:
                return n > MAX_BRACKET_NAME
            n += 1
        return True

    def phrase_before(
        self, doc: Doc, pos: int, lo: int, index: EntityIndex | None = None
    ) -> tuple[int, int] | None:
        """Token range [i, j) of the speaker phrase that ends right before ``pos``
        (not reaching before offset ``lo``), or None when there is none.

        The phrase is the maximal noun phrase there: it ends (reading backwards) at
        clause punctuation, a postposition other than the genitive, a conjunction, a
        verb or auxiliary, an adverb of time or place (np_stops.tsv), or a finite verb
        form (future "देगी", "करेंगे"); never inside a name the entity recogniser found
        (a name that runs on past the word, as "योगी" in "योगी आदित्यनाथ")."""
        j = doc.token_index(pos)
        i = j
        depth = 0
        text = doc.text
        inside, name_ends = _inside_names(doc, index, pos, lo) if index is not None else (set(), set())
        while i > 0 and j - i < MAX_PHRASE_TOKENS:
            s, e = doc.tokens[i - 1]
            if s < lo:
                break
            w = text[s:e]
            if s in inside:
                i -= 1
                continue
            if w == _CLOSE:
                if depth == 0 and i != j and self._aside_before(doc, i - 1):
                    break  # "(जब अमिताभ के लिए रुक गई लड़ाई)मनोरंजन जगत की ख़बरों"
                depth += 1
                i -= 1
                continue
            if w == _OPEN:
                if depth == 0:
                    break
                depth -= 1
                i -= 1
                continue
            if depth:
                i -= 1
                continue
            if w == ".":
                # the full stop of an abbreviation or initial (डॉ. / एस.के.) stays inside
                if i - 2 >= 0 and doc.tokens[i - 2][1] == s and doc.tokens[i - 2][1] - doc.tokens[i - 2][0] <= 3:
                    i -= 1
                    continue
                break
            if not (w[0].isalpha() or w[0].isdigit()):
                break
            nw = norm_word(w)
            kind = self.lex.np_stops.get(nw)
            if kind == "stop" or (kind is None and _FINITE_RE.fullmatch(nw) and s not in name_ends):
                break  # (a name's last word may look like a verb: "विक्रम सिंह नेगी")
            if nw in self.lex.pronouns and i != j:
                # a pronoun inside a phrase ("उनके नेता राहुल गांधी") opens no name: stop
                break
            i -= 1
            if kind == "first" or nw in self.lex.pronouns:
                break
        return (i, j) if i < j else None

    def classify(self, doc: Doc, i: int, j: int, index: EntityIndex) -> SpeakerRef | None:
        """What the phrase of tokens [i, j) names."""
        text = doc.text
        toks = doc.tokens
        words = [text[s:e] for s, e in toks[i:j]]
        nwords = [norm_word(w) for w in words]
        if j - i == 1 and nwords[0] in self.lex.pronouns:
            return self.pronoun(doc, *toks[i])
        # a bracket after the name ("बृहन्मुंबई महानगरपालिका (बीएमसी)"): read the words
        # before it, keep it in the phrase
        if j - i > 2 and words[-1] == _CLOSE:
            o = j - 2
            while o > i and words[o - i] != _OPEN:
                o -= 1
            if o > i and words[o - i] == _OPEN:
                ref = self.classify(doc, i, o, index)
                if ref is not None and ref.kind in (UNNAMED, TITLE, ORG_HEAD):
                    ref.end = toks[j - 1][1]
                    ref.text = text[ref.phrase_start : ref.end]
                return ref
        # head = words after the last genitive (outside brackets)
        h = i
        depth = 0
        for k in range(i, j):
            w = words[k - i]
            if w == _OPEN:
                depth += 1
            elif w == _CLOSE:
                depth = max(0, depth - 1)
            elif depth == 0 and nwords[k - i] in GENITIVES and k + 1 < j:
                h = k + 1
        head_s, head_e = toks[h][0], toks[j - 1][1]
        phrase_s = toks[i][0]
        if nwords[-1] in self.lex.documents:
            # "WHO की रिपोर्ट", "राज्य सरकार के आंकड़ों": the owner speaks; no owner: unnamed
            if h > i + 1:
                owner = self.classify(doc, i, h - 1, index)
                if owner is not None and owner.kind not in (PRONOUN, UNNAMED):
                    if owner.kind != NAME or owner.entity is not None or owner.partial:
                        return owner
            bare = h == j - 1 and h == i
            if bare:
                quoted = _quoted_name_before(doc, i)
                if quoted is not None:
                    # "'डॉन' अखबार के अनुसार": the paper named in quotation marks speaks
                    qs, qe = quoted
                    return SpeakerRef(NAME, qs, qe, text[qs:qe], phrase_start=qs, quoted=True)
            return SpeakerRef(UNNAMED, phrase_s, head_e, text[phrase_s:head_e], document=bare)
        mentions = [
            m for m in index.overlapping(head_s, head_e)
            if m[2].type != "MISC"
            and not self._only_title(text[m[0] : m[1]])
            and not self._common_noun(text[m[0] : m[1]])
        ]
        if mentions:
            s, e, ent = mentions[-1]
            s, e = max(s, head_s), min(e, head_e)
            if ent.type not in ("PERSON", "ORG"):
                person = index.person_named(text[s:e])
                if person is not None:
                    # "केजरीवाल" taken for a place where "अरविंद केजरीवाल" is a person
                    ent = person
            if ent.type == "PERSON":
                m = _INITIALS_BEFORE_RE.search(text, max(phrase_s, s - MAX_INITIALS_CHARS), s)
                if (
                    m is not None
                    and len(ent.name.split()) > len(text[s:e].split())
                    and not _INITIALS_START_RE.match(ent.name)
                ):
                    # "एच.सी. अवस्थी" where the recogniser linked "अवस्थी" to a person
                    # of other given names ("अवनीश अवस्थी"): a name of its own
                    a = m.start()
                    return SpeakerRef(NAME, a, e, text[a:e], phrase_start=phrase_s, partial=True)
            if ent.type not in ("PERSON", "ORG") and (s > head_s or e < head_e):
                run = self._place_in_name(doc, h, j, s, e)
                if run is not None:
                    # "न्यूज़ीलैंड हेराल्ड", "मारुति सुजुकी इंडिया": the recogniser took a
                    # place out of a longer name; the whole name speaks
                    return SpeakerRef(
                        NAME, run[0], run[1], text[run[0] : run[1]], phrase_start=phrase_s, partial=True
                    )
            if ent.type == "LOC" and e == head_e and s > head_s:
                # "मौसम विभाग श्रीनगर": a place after an organisation noun locates it
                k = j - 1
                while k > h and toks[k][0] >= s:
                    k -= 1
                if toks[k][1] <= s and nwords[k - i] in self.lex.org_heads:
                    a, b = head_s, toks[k][1]
                    return SpeakerRef(ORG_HEAD, a, b, text[a:b], title=nwords[k - i], phrase_start=phrase_s)
            if ent.type != "ORG" and e < head_e and nwords[-1] in self.lex.org_heads and toks[j - 1][0] >= e:
                # "केजरीवाल सरकार", "बिहार पुलिस": the organisation of the person or place
                return SpeakerRef(
                    ORG_HEAD, s, head_e, text[s:head_e], title=nwords[-1], phrase_start=phrase_s
                )
            named = SpeakerRef(NAME, s, e, text[s:e], entity=ent, phrase_start=phrase_s)
            # a post after the name ("PHFI चीफ"): the holder of the post speaks
            k = j - 1
            while k >= i and toks[k][0] >= e:
                hit = self.titles.ending_at(words, k - i)
                if hit is not None and toks[i + hit[0]][0] >= e and hit[1].kind == "post":
                    title = " ".join(words[hit[0] : k - i + 1])
                    return SpeakerRef(
                        TITLE,
                        phrase_s,
                        head_e,
                        text[phrase_s:head_e],
                        title=title,
                        owner=named,
                        spokes=nwords[-1] in self.lex.spokes,
                    )
                k -= 1
            return named
        last = nwords[-1]
        if last in self.lex.org_heads:
            return SpeakerRef(
                ORG_HEAD, head_s, head_e, text[head_s:head_e], title=last, phrase_start=phrase_s
            )
        # the words after the last title in the head form a name
        k = j - 1
        last_title = None
        while k >= h:
            hit = self.titles.ending_at(words, k - i)
            if hit is not None:
                last_title = (i + hit[0], k + 1, hit[1])
                break
            k -= 1
        if last_title is not None and last_title[1] < j:
            n = last_title[1]
            # skip an abbreviation's stop after the title (डॉ. सिंह)
            while n < j and words[n - i] == ".":
                n += 1
            if n < j and not _is_closer(words[n - i :]):
                s, e = toks[n][0], toks[j - 1][1]
                if nwords[-1] not in self.lex.sources:
                    return SpeakerRef(NAME, s, e, text[s:e], phrase_start=phrase_s)
        if last not in self.lex.sources:
            # an organisation noun before a name ("समाचार एजेंसी रॉयटर्स", "विमानन कंपनी
            # फ्लाइब"): the name after it speaks, not the description
            for k in range(j - 2, h - 1, -1):
                if nwords[k - i] in self.lex.org_heads:
                    rest = words[k + 1 - i :]
                    if _name_like(rest) and not any(self._common_word(w) for w in nwords[k + 1 - i :]):
                        s, e = toks[k + 1][0], toks[j - 1][1]
                        return SpeakerRef(NAME, s, e, text[s:e], phrase_start=phrase_s)
                    break
        owner = None
        if last in self.lex.officials and j - 2 >= h:
            # "(क्षेत्र के वरिष्ठ) पुलिस अधिकारियों": an organisation noun right before them
            w = nwords[j - 2 - i]
            if w in self.lex.org_heads or w in self.lex.standalone_orgs:
                a, b = toks[j - 2]
                owner = SpeakerRef(ORG_HEAD, a, b, text[a:b], title=w)
        if owner is None and h > i + 1 and last in self.lex.officials:
            # "X के (एक) प्रवक्ता / अधिकारी": X, the body they speak for (not a lone
            # common word or a count: "क्षेत्र के अधिकारी", "दो ग्रुप के अधिकारी")
            owner = self.classify(doc, i, h - 1, index)
            if owner is not None and owner.kind not in (NAME, ORG_HEAD):
                owner = None
            if (
                owner is not None
                and owner.kind == NAME
                and owner.entity is None
                and (
                    (len(owner.text.split()) == 1 and self._common_word(norm_word(owner.text)))
                    or _COUNTED_RE.match(owner.text) is not None
                )
            ):
                owner = None
        if owner is not None and last in self.lex.experts and owner.entity is not None and owner.entity.type == "LOC":
            owner = None  # "चीन के शीर्ष वैज्ञानिक": a scientist of the country, not its voice
        indefinite = any(w in _INDEFINITE for w in nwords[h - i :])
        titled = last_title is not None and last_title[1] == j
        # "एक वरिष्ठ अमेरिकी अधिकारी", "फ्रांसीसी विदेश मंत्री": the country of the post
        country = next((self.lex.demonyms[w] for w in nwords[h - i : j - 1 - i] if w in self.lex.demonyms), None)
        # "बचाव दल के एक सदस्य": an indefinite post names nobody, as "एक अधिकारी" does
        if (last in self.lex.sources or titled) and (indefinite or not titled):
            return SpeakerRef(
                UNNAMED,
                phrase_s,
                head_e,
                text[phrase_s:head_e],
                owner=owner,
                spokes=last in self.lex.spokes,
                official=owner is not None and last in self.lex.officials,
                country=country if owner is None and last in self.lex.officials and last not in self.lex.experts else None,
                expert=last in self.lex.experts and not indefinite and self._singular_oblique(doc, j, last),
            )
        if last_title is not None and last_title[1] == j:
            # a post without a name; a source word that is also a post ("अधिकारी") is
            # unnamed unless the article gives the post to someone
            title = " ".join(words[last_title[0] - i : j - i])
            return SpeakerRef(
                TITLE,
                phrase_s,
                head_e,
                text[phrase_s:head_e],
                title=title,
                owner=owner,
                unnamed_fallback=last in self.lex.sources,
                spokes=last in self.lex.spokes,
                official=owner is not None and last in self.lex.officials,
                kin=last_title[2].kind == "kin",
                country=country,
                expert=last in self.lex.experts and self._singular_oblique(doc, j, last),
            )
        if not _name_like(words[h - i :]):
            head = nwords[h - i :]
            if all(w[:1].isalpha() for w in head) and not any(
                w in self.lex.aux or w in _NOT_IN_SOURCE or (len(w) > 3 and w.endswith("कर")) for w in head
            ):
                # a long description the recogniser named nothing in ("रूस की राज्य
                # विज्ञापन नियंत्रक संघीय एकाधिकार रोधी सर्विस"): a source all the same
                return SpeakerRef(UNNAMED, head_s, head_e, text[head_s:head_e], phrase_start=phrase_s)
            return None
        return SpeakerRef(NAME, head_s, head_e, text[head_s:head_e], phrase_start=phrase_s)


def _inside_names(doc: Doc, index: EntityIndex, pos: int, lo: int) -> tuple[set[int], set[int]]:
    """Starts of the tokens before ``pos`` (back to ``lo``) that a person or
    organisation mention covers and goes on past (no phrase boundary there), and starts
    of the mentions' last tokens."""
    out: set[int] = set()
    ends: set[int] = set()
    for s, e, ent in index.overlapping(max(lo, pos - 200), pos):
        if ent.type not in ("PERSON", "ORG"):
            continue
        k = doc.token_index(s)
        while k < len(doc.tokens) and doc.tokens[k][1] < e:
            out.add(doc.tokens[k][0])
            k += 1
        if k < len(doc.tokens) and doc.tokens[k][1] == e:
            ends.add(doc.tokens[k][0])
    return out, ends


def _quoted_name_before(doc: Doc, i: int) -> tuple[int, int] | None:
    """Offsets of a short name in quotation marks that ends right before token ``i``."""
    if i < 3:
        return None
    close = doc.token_text(i - 1)
    if close not in ("'", '"'):
        return None
    for k in range(i - 2, max(-1, i - 2 - MAX_QUOTED_NAME), -1):
        w = doc.token_text(k)
        if w == close:
            if k + 1 < i - 1:
                return doc.tokens[k + 1][0], doc.tokens[i - 2][1]
            return None
        if not w[0].isalpha():
            return None
    return None


def _is_closer(words: list[str]) -> bool:
    return all(not w[0].isalpha() for w in words)


def _name_like(words: list[str]) -> bool:
    """A head that could be an unrecognised name: letters, at most four words."""
    letters = [w for w in words if w[0].isalpha()]
    return 0 < len(letters) <= 4
