"""Finding statements and their speaker expressions (before speakers are resolved).

Each detector reads the normalised text with compiled patterns and returns
``Candidate`` items: the statement's span, its kind and verb, and the speaker
expression. Detectors:

- reporting verbs (verbs.tsv): "X ने कहा कि C", "X का कहना है कि C", "X बोले- C",
  "X ने कहा, "C"", inverted "C, X ने कहा।" / ""C", उन्होंने कहा।", and
  "C। यह जानकारी X ने दी।";
- statement nouns with a genitive object: "X ने C की मांग की";
- attribution phrases: "X के मुताबिक/अनुसार/हवाले से, C" (not a pronoun that answers a
  relative clause: "जो जानकारी है, उसके मुताबिक"), "बकौल X(,) C";
- headings: "C: X", "X: C" (X a speaker, a source or report the story quotes; one word
  of a name the story gives in full, "C : योगी"; a post of a named body, "C: एम्स
  निदेशक"; Latin initials of an organisation of the story, "C: ICMR"; a country),
  the verb before its speaker "बैठक में बोले पीएम, C", verbless "X का (बड़ा) ऐलान, C"
  and "X …, C की अपील", and any of the above inside a heading; an editor's teaser after
  the statement (", जानें …": headline_teasers.tsv) stays out of it.

Joint speakers ("X और Y ने", "X, Y आदि ने", "WHO और ICMR … मानते हैं") get one quote
each; a place after a comma ("X, लखनऊ ने") locates the speaker X; a statement that a
single line break cut mid-sentence goes on to the next line.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import regex

from khabar.doc import Doc, Sentence
from khabar.quotes.lexicon import QuoteLexicon, norm_word
from khabar.quotes.marks import QuotePairs
from khabar.quotes.speaker import (
    GENITIVES,
    NAME,
    ORG_HEAD,
    PRONOUN,
    TITLE,
    UNNAMED,
    EntityIndex,
    SpeakerFinder,
    SpeakerRef,
)
from khabar.record import Entity
from khabar.resources import load_lines, load_table
from khabar.resources import path as resource_path
from khabar.translit.initials import Initialisms

ELIDED = "elided"  # "… और कहा कि": the subject is the previous clause's
MAX_AGENT_DISTANCE = 30  # tokens between the agent's ने and the reporting verb
MAX_OBJECT_TOKENS = 40
MAX_HEADLINE_SPEAKER_TOKENS = 5
MAX_RECIPIENT_TOKENS = 5
MAX_CONVERB_AGENT = 8
MAX_SUBJECT_OFFSET = 6  # tokens before a subject that opens its sentence  # tokens between a converb and the main clause's ने
MAX_CHANNEL_WORDS = 3  # words of a channel converb ("जारी कर के")
MAX_OWNER_DISTANCE = 10  # tokens between a report and who issued it
_TERMINATORS = "।॥."
_GLUED_ASIDE_RE = regex.compile(r"[।.!?][ \t]*\(")  # a bracket right after a sentence stop
# a line wrap some texts (the BBC Hindi set) write as a blank line of "\r\r\n" pairs
_WRAPPED_BREAK_RE = regex.compile(r"[ \t]*\r\r\n[ \t]*\r\r\n[ \t]*")
_LINE_STOPS = "।॥.?!:\"')-"  # a line ending with one of these is no broken sentence
_QUOTES = "\"'"
_SPACE_TERM = " \t।॥.\"')"
# adverbs and objects between a nominative speaker and the verb ("वे सिर्फ इतना कहते
# हैं", "धोनी कई बार कहते आए हैं")
_NOM_SKIP = frozenset(
    {"भी", "आगे", "फिर", "तो", "साफ", "यही", "ऐसा", "यह", "ये", "सीधे", "साफ-साफ", "इतना", "इतनी",
     "सिर्फ", "केवल", "बस", "हमेशा", "अक्सर", "कई", "बार", "बार-बार", "लगातार", "पहले", "खुद", "स्वयं",
     "इस", "इसी", "उस", "उसी"}
)
_KA_SKIP = frozenset({"भी", "यह", "तो", "ये", "साफ", "स्पष्ट"})
_CLAUSE_BREAKS = frozenset({"कि", ":", '"', "'"})
_CATAPHORS = frozenset({"इस", "इसी", "उस", "उसी"})
# "यह कहकर / कहते हुए" whose "यह" a later कि clause spells out
_CATAPHORIC_CONVERB_RE = regex.compile(
    r"(?<![\p{L}\p{M}])(?:यह|ये)\s+(?P<verb>कहकर|कह\s+कर|कहते\s+हुए|बताकर|बताते\s+हुए)(?![\p{L}\p{M}])"
)
MAX_CATAPHOR_TOKENS = 12  # tokens between the converb and its कि
_ELISION_WORDS = frozenset({"और", "तथा", "एवं", "व", "साथ", "ही"})
_RELATIVE = frozenset({"जिन्होंने", "जिसने"})
MAX_CORRELATIVE_TOKENS = 25  # a relative clause read back from its correlative pronoun
_CORRELATIVE_OPENERS = frozenset({"जो", "जिस", "जैसा", "जैसे", "जितनी", "जितना", "जितने"})
_RELATIVE_OPENERS = frozenset({"जो", "जिसे", "जिन्हें", "जिसमें", "जिनमें", "जिसके", "जिनके", "जिसकी", "जिनकी", "जिससे"})
_REFERENCES = frozenset({"इस", "उस", "इन", "उन", "यह", "ये", "वह", "वे", "इसकी", "इसका", "इसके", "उसकी", "उसका", "उसके", "इसे", "उसे", "इन्हें", "उन्हें"})
_CASE_MARKERS = frozenset(
    {"ने", "का", "की", "के", "को", "से", "में", "पर", "तक", "द्वारा", "और", "तथा", "एवं", "व", "या"}
)
# attribution phrases that after an agent say how it acted ("X ने … के अनुसार छूट दी");
# "X ने Y के हवाले से बताया" still quotes Y
_MANNER_LEMMAS = frozenset({"के अनुसार", "के मुताबिक"})
MAX_JOINT_BODY_CHARS = 60  # a body's name joined before an officials' phrase
_POSTPOSITIONS = frozenset({"के", "की", "का", "को", "से", "में", "ने", "पर", "तक"})
_GENITIVE_WORDS = frozenset({"का", "की", "के"})
MAX_ASIDE_TOKENS = 20  # a relative clause between a speaker and its ने
_RELATIVE_ASIDE_OPENERS = _RELATIVE_OPENERS | _RELATIVE | frozenset(
    {"जिनका", "जिसका", "जिन्हें", "जिनको", "जिसको", "जो"}
)
_ORG_LIST = "entities/orgs.tsv"  # the recogniser's organisation list, read for initials
_HEADLINE_SPEECH_FORMS = frozenset({"बोले", "बोलीं", "बोला", "बोली"})  # "बैठक में बोले पीएम, C"
_FOCUS = frozenset({"भी", "तो", "ही"})
_LOCATIVES = frozenset({"में", "पर"})
MAX_PUBLICATION_WORDS = 3  # an unrecognised paper's name before "में छपी"
_SIDE = frozenset({"ओर", "तरफ", "तरफ़"})
_JOINERS = frozenset({"और", "तथा", "एवं", "व"})
_LIST_ENDS = frozenset({"आदि", "इत्यादि"})
_SUBORDINATORS = frozenset({"जब", "अगर", "यदि", "क्योंकि", "जबकि", "तो", "लेकिन", "मगर", "पर", "हालांकि"})
_COORDINATORS = frozenset({"और", "तथा", "एवं", "व", "या"})
_BARE_CONTENT_LEMMAS = frozenset({"कहना", "बताना", "का कहना"})
# verbs whose statement may follow a comma without quotation marks ("गोयल ने ट्वीट
# किया, मैं सभी राज्यों से अपील करता हूं …")
_COMMA_CONTENT_LEMMAS = _BARE_CONTENT_LEMMAS | {"ट्वीट करना", "लिखना", "जोड़ना", "पूछना", "बोलना"}
_LETTER_RE = regex.compile(r"[\p{L}\p{N}]")
_LATIN_INITIALS_RE = regex.compile(r"[A-Z]{2,8}")
_WORD_RE = regex.compile(r"[\p{L}\p{M}\p{N}]+")
MAX_JOINT = 4  # speakers of one statement ("X, Y और Z ने कहा")
MIN_HEADLINE_WORDS = 3
_CREDITS = frozenset({"फोटो", "फ़ोटो", "photo", "तस्वीर", "चित्र", "साभार", "सौजन्य", "इमेज", "image"})
MAX_NOMINAL_HEADLINE_TOKENS = 40  # a longer line is no heading built on a noun
MAX_HEADLINE_ADJECTIVES = 2  # words between "X का" and its statement noun ("का बड़ा ऐलान")
# statement nouns of verbless headings besides object_nouns.tsv ("X का बयान, C")
_HEADLINE_NOUNS = frozenset({"बयान", "एलान"})
MAX_HEADLINE_TOPIC = 4  # words between the colon and the speaker: "C: कोरोना पर X ने कहा"  # "छह अप्रैल: X" is a date line, not a statement


@dataclass
class Candidate:
    """A statement found in the text, before its speaker is resolved."""

    kind: str
    start: int
    end: int
    verb: str | None
    speaker: SpeakerRef | None
    anchor: int  # where the attribution stands (the speaker, or the verb)
    line: int
    priority: int = 0  # lower wins when two candidates cover the same statement
    entity: Entity | None = None
    speaker_text: str | None = None
    speaker_span: tuple[int, int] | None = None
    reported_by: Entity | None = None
    outer: Candidate | None = None
    amounts: list[int] = field(default_factory=list)


class Detector:
    """Runs every detector over one document."""

    def __init__(
        self, lexicon: QuoteLexicon, speakers: SpeakerFinder, initialisms: Initialisms | None = None
    ) -> None:
        self.lex = lexicon
        self.sp = speakers
        self.initialisms = initialisms if initialisms is not None else Initialisms()
        self.nominal_nouns = lexicon.object_nouns | _HEADLINE_NOUNS
        self.countries = frozenset(norm_word(c) for c in lexicon.demonyms.values())
        self.teasers = frozenset(norm_word(w) for w in load_lines("quotes/headline_teasers.tsv"))
        # Latin initials → the full names the organisation list gives their Devanagari
        # spelling ("UN" → "यूएन" → "संयुक्त राष्ट्र")
        self.initials_of: dict[str, set[str]] = {}
        if resource_path(_ORG_LIST).exists():
            for row in load_table(_ORG_LIST):
                spelled = self.initialisms.spell(row[0]) if " " not in row[0] else None
                if spelled:
                    full = row[2] if len(row) > 2 and row[2] else row[0]
                    self.initials_of.setdefault(spelled, set()).update({_key(row[0]), _key(full)})
        # statement noun → the lemma of its verb ("मांग" → "मांग करना")
        self.object_lemmas: dict[str, str] = {}
        for vf in lexicon.verbs.values():
            if vf.object:
                self.object_lemmas.setdefault(norm_word(vf.form.split()[0]), vf.lemma)

    def __call__(
        self,
        doc: Doc,
        index: EntityIndex,
        verb_hits: list[tuple[int, int, str]],
        pairs: QuotePairs,
    ) -> list[Candidate]:
        """``verb_hits``: the reporting forms found in ``doc.text`` (``verb_matcher``);
        ``pairs``: its quotation marks."""
        out: list[Candidate] = []
        out.extend(self._verbs(doc, index, pairs, verb_hits))
        out.extend(self._objects(doc, index, pairs))
        out.extend(self._attributions(doc, index))
        out.extend(self._info_sentences(doc, index))
        out.extend(self._cataphoric_converbs(doc, index, pairs))
        out.extend(self._headlines(doc, index, out))
        return out

    def _cataphoric_converbs(self, doc: Doc, index: EntityIndex, pairs: QuotePairs) -> list[Candidate]:
        """"X ने यह कहकर शादी टाल दी कि C", "X ने … का यह कहते हुए विरोध किया कि C": the
        कि clause spells out the "यह" of the speech converb, so C is X's statement."""
        out: list[Candidate] = []
        for m in _CATAPHORIC_CONVERB_RE.finditer(doc.text):
            sent = self._sentence(doc, m.start())
            if sent is None or sent.heading:
                continue
            k = doc.token_index(m.end())
            stop = min(sent.tok_end, k + MAX_CATAPHOR_TOKENS)
            while k < stop and norm_word(self._word(doc, k)) not in _CLAUSE_BREAKS:
                k += 1
            if k >= stop or norm_word(self._word(doc, k)) != "कि":
                continue
            ref = self._agent_ne(doc, sent, m.start(), index, pairs) or self._clause_subject(
                doc, sent, m.start(), index
            )
            if ref is None:
                continue
            lemma = "बताना" if "बता" in m.group("verb") else "कहना"
            cand = self._content_after(doc, sent, doc.tokens[k - 1][1], pairs, lemma, ref, m.start())
            if cand is not None:
                out.append(cand)
        return out

    # -- helpers ---------------------------------------------------------------------

    def _sentence(self, doc: Doc, pos: int) -> Sentence | None:
        if not doc.sentences:
            return None
        s = doc.sentences[doc.sentence_index(pos)]
        return s if s.start <= pos < s.end else None

    def _word(self, doc: Doc, k: int) -> str:
        s, e = doc.tokens[k]
        return doc.text[s:e]

    def _trim(self, doc: Doc, start: int, end: int) -> tuple[int, int]:
        """Content without surrounding spaces, the final stop, or unpaired marks."""
        t = doc.text
        while start < end and t[start] in " \t,\r\n":
            start += 1
        while end > start and t[end - 1] in _SPACE_TERM:
            if t[end - 1] == ")" and "(" in t[start : end - 1]:
                break
            end -= 1
        return start, end

    def _agent_ne(
        self,
        doc: Doc,
        sent: Sentence,
        verb_start: int,
        index: EntityIndex,
        pairs: QuotePairs | None = None,
    ) -> SpeakerRef | None:
        """The speaker of an ergative form: the nearest "X ने" (or उन्होंने …) before
        the verb in its clause."""
        k = doc.token_index(verb_start) - 1
        lo = max(sent.tok_start, k - MAX_AGENT_DISTANCE)
        while k >= lo:
            w = self._word(doc, k)
            nw = norm_word(w)
            if w in _QUOTES:
                # a quoted stretch ("'मन की बात' कार्यक्रम में") is skipped whole; an
                # unpaired mark is no boundary
                opening = pairs.close_to_open.get(doc.tokens[k][0]) if pairs is not None else None
                if opening is not None and opening >= sent.start:
                    k = doc.token_index(opening) - 1
                    continue
                if opening is None and pairs is not None and doc.tokens[k][0] not in pairs.open_to_close:
                    k -= 1
                    continue
                return None
            if w in _CLAUSE_BREAKS:
                return None
            if nw == "ने":
                s = doc.tokens[k][0]
                rng = self.sp.phrase_before(doc, s, sent.start, index)
                if rng is None:
                    # "X, जिनकी फसल नष्ट हो गई है, ने बताया": the speaker stands before
                    # the relative clause set off by commas
                    opened = self._relative_aside(doc, sent, k)
                    if opened is not None:
                        rng = self.sp.phrase_before(doc, doc.tokens[opened][0], sent.start, index)
                if rng is None:
                    return None
                ref = self.sp.classify(doc, rng[0], rng[1], index)
                return self._before_place(doc, sent, rng[0], ref, index)
            pr = self.lex.pronouns.get(nw)
            if pr is not None and pr[0] == "erg":
                s, e = doc.tokens[k]
                return self.sp.pronoun(doc, s, e)
            k -= 1
        return None

    def _relative_aside(self, doc: Doc, sent: Sentence, k: int) -> int | None:
        """The comma that opens a relative clause ending with the comma right before
        token ``k`` ("X, जिनकी … है, ने"), within ``MAX_ASIDE_TOKENS``."""
        if k - 1 <= sent.tok_start or self._word(doc, k - 1) != ",":
            return None
        for m in range(k - 2, max(sent.tok_start, k - 2 - MAX_ASIDE_TOKENS), -1):
            w = self._word(doc, m)
            if w == ",":
                nxt = norm_word(self._word(doc, m + 1))
                return m if nxt in _RELATIVE_ASIDE_OPENERS and m > sent.tok_start else None
            if w in _CLAUSE_BREAKS:
                return None
        return None

    def _before_place(
        self, doc: Doc, sent: Sentence, i: int, ref: SpeakerRef | None, index: EntityIndex
    ) -> SpeakerRef | None:
        """"डीजीपी एच.सी. अवस्थी, लखनऊ ने बताया": a place after a comma locates the
        person or organisation named before the comma, who speaks."""
        if ref is None or ref.kind != NAME or ref.entity is None or ref.entity.type != "LOC":
            return ref
        if i - 1 <= sent.tok_start or self._word(doc, i - 1) != ",":
            return ref
        rng = self.sp.phrase_before(doc, doc.tokens[i - 1][0], sent.start, index)
        if rng is None:
            return ref
        named = self.sp.classify(doc, rng[0], rng[1], index)
        if named is not None and named.kind == NAME and (
            named.partial or (named.entity is not None and named.entity.type in ("PERSON", "ORG"))
        ):
            return named
        return ref

    def _agent_nom(
        self, doc: Doc, sent: Sentence, verb_start: int, index: EntityIndex
    ) -> SpeakerRef | None:
        k = doc.token_index(verb_start)
        while k - 1 >= sent.tok_start and norm_word(self._word(doc, k - 1)) in _NOM_SKIP:
            k -= 1
        if k - 1 >= sent.tok_start:
            w = norm_word(self._word(doc, k - 1))
            pr = self.lex.pronouns.get(w)
            if pr is not None and pr[0] == "nom":
                s, e = doc.tokens[k - 1]
                return self.sp.pronoun(doc, s, e)
        pos = doc.tokens[k][0] if k < len(doc.tokens) else verb_start
        rng = self.sp.phrase_before(doc, pos, sent.start, index)
        if rng is not None:
            ref = self.sp.classify(doc, rng[0], rng[1], index)
            if ref is not None and ref.kind != PRONOUN:
                return ref
        found = self._agent_ne(doc, sent, verb_start, index)
        if found is None and k - 1 >= sent.tok_start and norm_word(self._word(doc, k - 1)) == "हुए":
            found = self._clause_subject(doc, sent, verb_start, index)
        return found

    def _clause_subject(
        self, doc: Doc, sent: Sentence, verb_start: int, index: EntityIndex
    ) -> SpeakerRef | None:
        """The nominative subject before a converb clause ("किसान नेता X सरकार पर आरोप
        लगाते हुए बोले"): a person or organisation named near the sentence start and not
        followed by a postposition."""
        limit = doc.tokens[min(sent.tok_end, sent.tok_start + MAX_SUBJECT_OFFSET) - 1][1]
        for s, e, ent in index.overlapping(sent.start, min(limit, verb_start)):
            if ent.type not in ("PERSON", "ORG") or s < sent.start:
                continue
            k = doc.token_index(e)
            nxt = norm_word(self._word(doc, k)) if k < sent.tok_end else ""
            if nxt and nxt not in _CASE_MARKERS and nxt[0].isalpha():
                return SpeakerRef(NAME, s, e, doc.text[s:e], entity=ent)
            return None
        return None

    def _agent_ka(
        self, doc: Doc, sent: Sentence, verb_start: int, index: EntityIndex
    ) -> SpeakerRef | None:
        k = doc.token_index(verb_start) - 1
        while k >= sent.tok_start and norm_word(self._word(doc, k)) in _KA_SKIP:
            k -= 1
        if k < sent.tok_start:
            return None
        if norm_word(self._word(doc, k)) in ("से", "में", "पर"):
            # "प्रशासन की आम लोगों से भी अपील है": the addressee between genitive and
            # noun; "X का इस बारे में कहना था": the topic
            m = k - 1
            while m >= max(sent.tok_start, k - MAX_RECIPIENT_TOKENS) and not self._genitive(self._word(doc, m)):
                if not self._word(doc, m)[0].isalpha():
                    return None
                m -= 1
            if m < sent.tok_start or not self._genitive(self._word(doc, m)):
                return None
            k = m
        w = norm_word(self._word(doc, k))
        pr = self.lex.pronouns.get(w)
        if pr is not None and pr[0] == "gen":
            s, e = doc.tokens[k]
            return self.sp.pronoun(doc, s, e)
        if w not in ("का", "की", "के"):
            return None
        rng = self.sp.phrase_before(doc, doc.tokens[k][0], sent.start, index)
        if rng is None:
            return None
        return self.sp.classify(doc, rng[0], rng[1], index)

    def _genitive(self, word: str) -> bool:
        w = norm_word(word)
        return w in GENITIVES or self.lex.pronouns.get(w, ("",))[0] == "gen"

    def _agent_passive(
        self, doc: Doc, sent: Sentence, verb_start: int, index: EntityIndex
    ) -> SpeakerRef | None:
        """The source of a passive report: "X की ओर से / की तरफ से / द्वारा बताया गया
        कि" (the agent phrase anywhere earlier in the clause: "X की ओर से … से अपील की
        गई है कि"), "रिपोर्ट में कहा गया है कि"."""
        found = self._passive_agent(doc, sent, doc.token_index(verb_start) - 1)
        if found is None:
            return None
        k, w = found
        rng = self.sp.phrase_before(doc, doc.tokens[k][0], sent.start, index)
        if rng is None:
            return None
        ref = self.sp.classify(doc, rng[0], rng[1], index)
        if ref is None or ref.kind == PRONOUN:
            return None
        if w == "में":
            # only a document speaks through "में": "रिपोर्ट में कहा गया है"
            last = norm_word(doc.text[doc.tokens[rng[1] - 1][0] : doc.tokens[rng[1] - 1][1]])
            if last not in self.lex.documents:
                return None
        return ref

    def _passive_agent(self, doc: Doc, sent: Sentence, k: int) -> tuple[int, str] | None:
        """The nearest agent marker of a passive in the clause before token ``k``:
        (index of the word before which the agent phrase ends, "द्वारा" or "में" or
        "ओर")."""
        lo = max(sent.tok_start, k - MAX_AGENT_DISTANCE)
        while k >= lo:
            w = self._word(doc, k)
            nw = norm_word(w)
            if w in _CLAUSE_BREAKS:
                return None
            if nw == "द्वारा":
                return k, nw
            if nw == "से" and k - 2 >= sent.tok_start and norm_word(self._word(doc, k - 1)) in _SIDE:
                if norm_word(self._word(doc, k - 2)) in ("की", "के"):
                    return k - 2, "ओर"
            if nw == "में" and k > sent.tok_start and norm_word(self._word(doc, k - 1)) in self.lex.documents:
                return k, nw
            k -= 1
        return None

    def _after_aux(self, doc: Doc, pos: int, end: int) -> tuple[int, bool]:
        """Skip auxiliaries after a reporting form; returns (position, passive)."""
        k = doc.token_index(pos)
        passive = False
        while k < len(doc.tokens) and doc.tokens[k][0] < end:
            kind = self.lex.aux.get(norm_word(self._word(doc, k)))
            if kind is None:
                break
            if kind == "passive":
                passive = True
            pos = doc.tokens[k][1]
            k += 1
        return pos, passive

    def _next_token(self, doc: Doc, pos: int, end: int) -> tuple[int, int] | None:
        k = doc.token_index(pos)
        if k < len(doc.tokens) and doc.tokens[k][0] < end:
            return doc.tokens[k]
        return None

    # -- reporting verbs ---------------------------------------------------------------

    def _verbs(
        self, doc: Doc, index: EntityIndex, pairs: QuotePairs, verb_hits: list[tuple[int, int, str]]
    ) -> list[Candidate]:
        out: list[Candidate] = []
        for m_start, m_end, key in verb_hits:
            sent = self._sentence(doc, m_start)
            if sent is None:
                continue
            vf = self.lex.verbs[key]
            pos, passive = self._after_aux(doc, m_end, sent.end)
            if vf.agent == "ne-next":
                # the headline order "C, X ने जताई आशंका": the agent's ने right before
                k = doc.token_index(m_start) - 1
                if passive or k < sent.tok_start or norm_word(self._word(doc, k)) != "ने":
                    continue
                ref = self._agent_ne(doc, sent, m_start, index, pairs)
            elif passive:
                ref = self._agent_passive(doc, sent, m_start, index)
            elif vf.agent == "ne":
                ref = self._agent_ne(doc, sent, m_start, index, pairs)
            elif vf.agent == "nom":
                ref = self._agent_nom(doc, sent, m_start, index)
                if ref is None and self._opens_content(doc, pos, sent) and not self._has_agent(doc, sent, m_start):
                    # the subject that opens the sentence, with words between it and the
                    # verb ("X साथ ही ये भी मानते हैं कि", "X बच्चों को पढ़ाती हैं और
                    # मानती हैं कि", "X इसके लिए आगाह करते हैं कि")
                    ref = self._clause_subject(doc, sent, m_start, index)
                    if ref is not None and self._cataphoric(doc, ref.end, m_start):
                        ref = None  # "X इस सोच से लिखते थे कि C": C is the thought's
            else:
                ref = self._agent_ka(doc, sent, m_start, index)
                if ref is None:
                    cand = self._ka_inverted(doc, sent, m_start, pos, pairs, vf.lemma, index)
                    if cand is not None:
                        out.append(cand)
                    continue
            if ref is None and vf.agent == "ne" and not passive:
                ref = self._elided(doc, sent, m_start)
                if ref is None and self._opens_content(doc, pos, sent) and not self._has_agent(doc, sent, m_start):
                    # no ने in the clause: a nominative subject that lost its ने ("X
                    # बुधवार को ऐलान किया कि", "X जो … कर रहे थे बताया,")
                    ref = self._clause_subject(doc, sent, m_start, index)
            if ref is None:
                continue
            ref = self._quoting(doc, sent, ref, m_start, index) or ref
            cand = self._content_after(doc, sent, pos, pairs, vf.lemma, ref, m_start, passive)
            if cand is None:
                cand = self._content_before(doc, sent, pos, pairs, vf.lemma, ref, m_start)
            if cand is not None:
                out.append(cand)
        return out

    def _quoting(
        self, doc: Doc, sent: Sentence, ref: SpeakerRef, verb_start: int, index: EntityIndex
    ) -> SpeakerRef | None:
        """"A ने B के हवाले से कहा कि C": the statement is B's, A only relays it."""
        lo = max(ref.end, sent.start)
        if lo >= verb_start:
            return None
        for a, _b, value in self.lex.attribution_matcher.finditer(doc.text, lo, verb_start):
            if value.split("\t")[1] != "के हवाले से":
                continue
            # "के हवाले से" marks a source whatever its words ("डिपार्टमेंट के हवाले से")
            rng = self.sp.phrase_before(doc, a, lo, index)
            source = self.sp.classify(doc, rng[0], rng[1], index) if rng is not None else None
            if source is not None and source.kind != PRONOUN:
                return source
        return None

    def _opens_content(self, doc: Doc, pos: int, sent: Sentence) -> bool:
        """The verb ending at ``pos`` introduces its content: "कि" or a comma, colon,
        dash or quotation mark follows (not "कहे जाने वाले")."""
        nxt = self._next_token(doc, pos, sent.end)
        if nxt is None:
            return False
        w = doc.text[nxt[0] : nxt[1]]
        return norm_word(w) == "कि" or w[:1] in ",:-\"'"

    def _cataphoric(self, doc: Doc, start: int, end: int) -> bool:
        """A demonstrative phrase with a postposition between ``start`` and ``end``
        ("इस सोच से", "इसी उम्मीद में") that the following "कि" clause spells out."""
        k0, k1 = doc.token_index(start), doc.token_index(end)
        for k in range(k0, k1):
            if norm_word(self._word(doc, k)) in _CATAPHORS:
                for j in range(k + 2, min(k + 4, k1)):
                    if norm_word(self._word(doc, j)) in ("से", "में"):
                        return True
        return False

    def _has_agent(self, doc: Doc, sent: Sentence, verb_start: int) -> bool:
        """Some "ने" or ergative pronoun stands in the sentence before the verb."""
        for k in range(sent.tok_start, doc.token_index(verb_start)):
            nw = norm_word(self._word(doc, k))
            if nw == "ने" or self.lex.pronouns.get(nw, ("",))[0] == "erg":
                return True
        return False

    def _elided(self, doc: Doc, sent: Sentence, verb_start: int) -> SpeakerRef | None:
        """"… और कहा कि": a reporting verb right after a conjunction, or opening its
        sentence ("कहा कि …"), with no subject: the previous clause's."""
        k = doc.token_index(verb_start) - 1
        if k >= sent.tok_start and norm_word(self._word(doc, k)) in _ELISION_WORDS:
            s = doc.tokens[k][1]
            return SpeakerRef(ELIDED, s, s, "")
        if k < sent.tok_start and not sent.heading:
            return SpeakerRef(ELIDED, verb_start, verb_start, "")
        return None

    def _content_after(
        self,
        doc: Doc,
        sent: Sentence,
        pos: int,
        pairs: QuotePairs,
        lemma: str,
        ref: SpeakerRef,
        verb_start: int,
        passive: bool = False,
    ) -> Candidate | None:
        text = doc.text
        tok = self._next_token(doc, pos, sent.end)
        if tok is None:
            return None
        w = text[tok[0] : tok[1]]
        if norm_word(w) == "कि":
            cs = tok[1]
            nxt = self._next_token(doc, cs, sent.end)
            if nxt is not None and text[nxt[0]] == ",":
                cs = nxt[1]
        elif w in (",", ":", "-", ";"):
            cs = tok[1]
            if w == "," and lemma not in _COMMA_CONTENT_LEMMAS and not self._opens_quote(
                doc, cs, sent.end, pairs
            ):
                return None
        elif w in _QUOTES:
            cs = tok[0]
        elif w[0].isalpha() and lemma in _BARE_CONTENT_LEMMAS and ref.kind != ELIDED and not passive:
            # (after a passive participle a noun is described: "X द्वारा बताए गए मानकों")
            if self.lex.aux.get(norm_word(w)) is not None:
                return None
            if norm_word(w) in self.lex.np_stops and lemma != "का कहना":
                return None  # ("X का कहना है यह …": the statement may open with a pronoun)
            if norm_word(w) in _RELATIVE_OPENERS:
                return None  # "… के दौरान कही जो …": a relative clause, no statement
            if "हुए" in (norm_word(x) for x in text[verb_start:pos].split()):
                # a converb's clause is the main clause, no statement ("मीडिया को कोरोना
                # वॉरियर्स बताते हुए अखबारों को भुगतान कर दिया")
                return None
            cs = tok[0]
            if sent.tok_end - doc.token_index(cs) < 4:
                return None
        else:
            return None
        line = sent.line
        # a quotation mark opening the statement: the statement is inside the marks
        q = self._next_token(doc, cs, sent.end)
        if q is not None and text[q[0]] in _QUOTES:
            close = pairs.open_to_close.get(q[0])
            if close is None and q[0] in pairs.width:
                close = None  # a doubled mark left alone: not an opening
            elif close is None:
                # an opening mark never closed: the quote runs to the end of the paragraph
                close = doc.lines[line].end
            if close is not None:
                s, e = self._trim(doc, q[1], close)
                if e > s:
                    return Candidate("direct", s, e, lemma, ref, _anchor(ref, verb_start), line, 0)
        s, e = self._trim(doc, cs, _before_aside(doc, cs, self._broken_end(doc, sent)))
        if e - s < 2 or not _LETTER_RE.search(text, s, e):
            return None
        kind = "headline" if sent.heading else "indirect"
        return Candidate(kind, s, e, lemma, ref, _anchor(ref, verb_start), line, 1)

    @staticmethod
    def _broken_end(doc: Doc, sent: Sentence) -> int:
        """The end of a sentence that a line break cut in two ("… लोग कोरोना⏎के डर से
        … कर रहे हैं।"): a paragraph line ending without a stop, followed by a paragraph
        line after a single line break (or a wrap written as a blank line of "\r\r\n"),
        goes on to that line's first sentence."""
        if sent.heading:
            return sent.end
        run_on = _stop_run_on(doc, sent)
        if run_on is not None:
            return run_on
        lines = doc.lines
        li = sent.line
        t = doc.text
        if li + 1 >= len(lines) or lines[li].kind != "paragraph":
            return sent.end
        gap = t[lines[li].end : lines[li + 1].start]
        wrapped = _WRAPPED_BREAK_RE.fullmatch(gap) is not None  # (its next line may look like a heading)
        if lines[li + 1].kind != "paragraph" and not wrapped:
            return sent.end
        if sent.end < lines[li].end or (gap.count("\n") != 1 and not wrapped):
            return sent.end
        last = t[lines[li].start : lines[li].end].rstrip()
        if not last or last[-1] in _LINE_STOPS:
            return sent.end
        k = doc.sentence_index(lines[li + 1].start)
        nxt = doc.sentences[k]
        return nxt.end if nxt.line == li + 1 else sent.end

    def _opens_quote(self, doc: Doc, pos: int, end: int, pairs: QuotePairs) -> bool:
        q = self._next_token(doc, pos, end)
        return q is not None and q[0] in pairs.open_to_close

    def _content_before(
        self,
        doc: Doc,
        sent: Sentence,
        pos: int,
        pairs: QuotePairs,
        lemma: str,
        ref: SpeakerRef,
        verb_start: int,
    ) -> Candidate | None:
        """Statements before their attribution: "C, X ने कहा।", ""C", उन्होंने कहा।",
        and "C। यह जानकारी X ने दी।"."""
        text = doc.text
        rest = text[pos : sent.end]
        if rest.strip(_SPACE_TERM + "!?"):
            return None
        if ref.kind == ELIDED:
            return None
        # "यह जानकारी X ने दी" / "X ने यह जानकारी दी": the previous sentence
        if self.lex.info_re.match(text, sent.start, sent.end) or self._info_before_verb(
            doc, verb_start, sent
        ):
            si = doc.sentence_index(sent.start)
            if si == 0:
                return None
            prev = doc.sentences[si - 1]
            if prev.line != sent.line or prev.heading:
                return None
            s, e = self._trim(doc, prev.start, prev.end)
            if e - s < 2:
                return None
            return Candidate("indirect", s, e, lemma, ref, _anchor(ref, verb_start), sent.line, 2)
        # the statement stands before the speaker phrase, after a comma or closing mark
        k = doc.token_index(ref.phrase_start) - 1
        while k >= 0 and self._word(doc, k) in (",", "-"):
            k -= 1
        if k < 0:
            return None
        s_k, _e_k = doc.tokens[k]
        if text[s_k] in _QUOTES and s_k in pairs.close_to_open:
            a = pairs.close_to_open[s_k]
            s, e = self._trim(doc, pairs.after_open(a), s_k)
            if e > s:
                return Candidate("direct", s, e, lemma, ref, _anchor(ref, verb_start), sent.line, 0)
            return None
        # "C, X ने कहा।": a comma right before the speaker phrase
        k2 = doc.token_index(ref.phrase_start) - 1
        if sent.heading:
            # a heading "C: (विषय पर) X ने कहा": the statement before the colon
            colon = doc.text.rfind(":", sent.start, ref.phrase_start)
            if colon > sent.start and _words(doc.text, colon + 1, ref.phrase_start) <= MAX_HEADLINE_TOPIC:
                s, e = _strip_marks(doc.text, *self._trim(doc, sent.start, colon))
                if _words(doc.text, s, e) >= MIN_HEADLINE_WORDS:
                    return Candidate("headline", s, e, lemma, ref, _anchor(ref, verb_start), sent.line, 0)
        if k2 < sent.tok_start or self._word(doc, k2) != ",":
            return None
        kv = doc.token_index(verb_start) - 1
        if kv > k2 and norm_word(self._word(doc, kv)) in _GENITIVE_WORDS:
            # "C, मीडिया ने … हादसों की खबर दी": the verb's noun has its own object
            # (the genitive before it); the clause before the comma is no statement
            return None
        s, e = self._trim(doc, sent.start, doc.tokens[k2][0])
        if e - s < 2 or doc.token_index(e) - doc.token_index(s) < 3:
            return None
        if " ".join(norm_word(w) for w in text[s:e].split()) in self.lex.connectives:
            return None  # "इतना ही नहीं, X ने …": a discourse connective, no statement
        return Candidate("indirect", s, e, lemma, ref, _anchor(ref, verb_start), sent.line, 1)

    def _ka_inverted(
        self,
        doc: Doc,
        sent: Sentence,
        verb_start: int,
        pos: int,
        pairs: QuotePairs,
        lemma: str,
        index: EntityIndex,
    ) -> Candidate | None:
        """"C, यह कहना है X का।": the speaker after the form, the statement before it."""
        k = doc.token_index(verb_start) - 1
        if k < sent.tok_start or norm_word(self._word(doc, k)) not in ("यह", "ऐसा", "ये"):
            return None
        # the sentence ends "… X का।"
        e = sent.tok_end - 1
        while e > k and not self._word(doc, e)[0].isalpha():
            e -= 1
        if norm_word(self._word(doc, e)) not in ("का", "की", "के"):
            return None
        rng = self.sp.phrase_before(doc, doc.tokens[e][0], pos, index)
        if rng is None:
            return None
        ref = self.sp.classify(doc, rng[0], rng[1], index)
        if ref is None:
            return None
        c = k - 1
        while c >= sent.tok_start and self._word(doc, c) in (",", "-"):
            c -= 1
        if c < sent.tok_start:
            return None
        cs, _ = doc.tokens[c]
        if doc.text[cs] in _QUOTES and cs in pairs.close_to_open:
            s, e2 = self._trim(doc, pairs.after_open(pairs.close_to_open[cs]), cs)
            kind = "direct"
        else:
            s, e2 = self._trim(doc, sent.start, doc.tokens[c][1])
            kind = "indirect"
        if e2 - s < 2:
            return None
        return Candidate(kind, s, e2, lemma, ref, ref.start, sent.line, 1)

    def _info_before_verb(self, doc: Doc, verb_start: int, sent: Sentence) -> bool:
        k = doc.token_index(verb_start) - 1
        return k >= sent.tok_start and norm_word(self._word(doc, k)) in ("यह", "ये", "इसकी")

    # -- "C। यह जानकारी X ने दी।" ------------------------------------------------------

    def _info_sentences(self, doc: Doc, index: EntityIndex) -> list[Candidate]:
        text = doc.text
        out: list[Candidate] = []
        for si in range(1, len(doc.sentences)):
            sent = doc.sentences[si]
            m = self.lex.info_re.match(text, sent.start, sent.end)
            if m is None:
                continue
            # the last word before the final stop and auxiliaries is the verb
            k = sent.tok_end - 1
            while k > sent.tok_start and not self._word(doc, k)[0].isalpha():
                k -= 1
            while k > sent.tok_start:
                w = norm_word(self._word(doc, k))
                if w in self.lex.info_verbs or self.lex.aux.get(w) != "aux":
                    break
                k -= 1
            if norm_word(self._word(doc, k)) not in self.lex.info_verbs:
                continue
            ref = self._agent_ne(doc, sent, doc.tokens[k][0], index)
            prev = doc.sentences[si - 1]
            if ref is None or prev.line != sent.line or prev.heading:
                continue
            s, e = self._trim(doc, prev.start, prev.end)
            if e - s < 2:
                continue
            lemma = self.lex.info_lemmas.get(" ".join(norm_word(w) for w in m.group(1).split()), "कहना")
            out.append(Candidate("indirect", s, e, lemma, ref, _anchor(ref, sent.start), sent.line, 2))
        return out

    # -- statement nouns with a genitive object --------------------------------------------

    def _objects(self, doc: Doc, index: EntityIndex, pairs: QuotePairs) -> list[Candidate]:
        text = doc.text
        out: list[Candidate] = []
        matches = []
        for a, b, value in self.lex.object_matcher.finditer(text):
            kind, word = value.split("\t")
            # a statement noun is preceded by its genitive; "को कहा" and "करार दिया" stand alone
            matches.append((a, b, word if kind == "noun" else "", "" if kind == "noun" else word))
        for m_start, m_end, noun, fixed_lemma in matches:
            sent = self._sentence(doc, m_start)
            if sent is None:
                continue
            pos, passive = self._after_aux(doc, m_end, sent.end)
            if passive:
                continue
            nxt = self._next_token(doc, pos, sent.end)
            if nxt is not None and (
                norm_word(text[nxt[0] : nxt[1]]) == "कि"
                or (fixed_lemma and text[nxt[0]] in ",:-\"'")
            ):
                continue  # "X ने मांग की कि C", "X ने Y को कहा- C": the verb detector reads C
            # the agent: nearest ने before the genitive, in the clause
            k = doc.token_index(m_start) - 1
            lo = max(sent.tok_start, k - MAX_OBJECT_TOKENS)
            agent_k = None
            listing = False  # a coordinator seen: a comma before it separates list items
            while k >= lo:
                w = self._word(doc, k)
                nw = norm_word(w)
                if nw in _COORDINATORS:
                    listing = True
                if w in _QUOTES and doc.tokens[k][0] in pairs.close_to_open:
                    # a quoted stretch inside the object ("इसे 'लोकतांत्रिक मूल्यों' पर हमला")
                    opening = pairs.close_to_open[doc.tokens[k][0]]
                    if opening >= sent.start:
                        k = doc.token_index(opening) - 1
                        continue
                if w in _CLAUSE_BREAKS or (w == "," and not listing and not self._list_comma(doc, k, lo)):
                    break
                if nw == "ने" or self.lex.pronouns.get(nw, ("",))[0] == "erg":
                    agent_k = k
                    break
                k -= 1
            content_from = doc.tokens[agent_k][1] if agent_k is not None else -1
            if agent_k is None and _is_participle(text[m_start:m_end]):
                # "C का ऐलान करने वाले X": the participle describes the speaker after it
                ref = self._named_after(doc, sent, doc.token_index(m_end), index)
                if ref is None:
                    continue
                c = doc.token_index(m_start) - 1
                while c >= sent.tok_start and self._word(doc, c) not in (",", ":", "कि", "ने"):
                    c -= 1
                s, e = self._trim(doc, doc.tokens[c + 1][0], m_start)
                s = self._skip_recipient(doc, s, e)
                if doc.token_index(e) - doc.token_index(s) >= 1 and not self._only_reference(doc, s, e):
                    lemma = fixed_lemma or self._object_lemma(noun)
                    out.append(Candidate("indirect", s, e, lemma, ref, ref.start, sent.line, 3))
                continue
            if agent_k is None and _is_converb(text[m_start:m_end]):
                # "C को 'X' करार देते हुए Y ने कहा": the converb's subject follows it
                agent_k = self._agent_after(doc, sent, doc.token_index(m_end))
                c = doc.token_index(m_start) - 1
                while c >= sent.tok_start and self._word(doc, c) not in (",", ":", "कि"):
                    c -= 1
                content_from = doc.tokens[c + 1][0]
            if agent_k is None and noun and self._nominative_verb(doc, m_start, sent):
                # "X C की घोषणा कर चुका है": the nominative subject opens the clause
                ref = self._clause_subject(doc, sent, m_start, index)
                if ref is not None and content_from < ref.end:
                    s, e = self._trim(doc, self._after_converb(doc, ref.end, m_start), m_start)
                    if doc.token_index(e) - doc.token_index(s) >= 1 and not self._only_reference(doc, s, e):
                        lemma = fixed_lemma or self._object_lemma(noun)
                        out.append(Candidate("indirect", s, e, lemma, ref, ref.start, sent.line, 3))
                continue
            if agent_k is None or norm_word(self._word(doc, agent_k)) in _RELATIVE:
                continue  # "… जिन्होंने C की सूचना दी थी": a description, not a statement
            ref = self._agent_ne(doc, sent, doc.tokens[agent_k][1] + 1, index)
            if ref is None:
                continue
            s, e = self._trim(doc, self._after_converb(doc, content_from, m_start), m_start)
            if not self._channel_ends(doc, doc.token_index(s), doc.token_index(content_from)):
                # the addressee stands before a channel converb ("PM को पत्र लिखकर C की
                # मांग की"); after it, "X को" belongs to C
                s = self._skip_recipient(doc, s, e)
            if doc.token_index(e) - doc.token_index(s) < 1 or self._only_reference(doc, s, e):
                continue
            if noun in self.lex.ablative_nouns and self._refusal(doc, e):
                continue  # "फ़िल्म करने से इनकार": a refusal to act, no statement
            if noun in self.lex.topic_objects and doc.token_index(e) - doc.token_index(s) < 2:
                continue  # "मामले की पुष्टि की": the topic, no statement
            lemma = fixed_lemma or self._object_lemma(noun)
            out.append(Candidate("indirect", s, e, lemma, ref, ref.start, sent.line, 3))
        return out

    def _refusal(self, doc: Doc, e: int) -> bool:
        """"C से इनकार" with C ending in an action's infinitive ("फ़िल्म करने", "कुछ भी
        कहने"): a refusal to act or to speak. A denial ends with being ("हाथ होने") or
        a noun ("आरोपों")."""
        last = norm_word(self._word(doc, doc.token_index(e) - 1))
        return last.endswith("ने") and last != "होने" and len(last) > 2

    def _list_comma(self, doc: Doc, k: int, lo: int) -> bool:
        """The comma at token ``k`` separates items of a list without a conjunction
        ("X ने क्षेत्रों, सेंटरों, स्थानों को … करने की सलाह दी"): reading back, the
        agent's ने comes before any clause break, verb or auxiliary."""
        m = k - 1
        while m >= lo:
            w = self._word(doc, m)
            nw = norm_word(w)
            if nw == "ने" or self.lex.pronouns.get(nw, ("",))[0] == "erg":
                return m < k - 1
            if w == ",":
                m -= 1
                continue  # the list goes on
            if w in _CLAUSE_BREAKS or w in _QUOTES or not w[0].isalpha():
                return False
            if nw in self.lex.aux or self.lex.verb(w) is not None or nw in _SUBORDINATORS:
                return False
            m -= 1
        return False

    def _nominative_verb(self, doc: Doc, m_start: int, sent: Sentence) -> bool:
        """The statement noun after the genitive at ``m_start`` heads a verb form that
        takes a nominative subject ("घोषणा कर चुका", "मांग कर रहे")."""
        k = doc.token_index(m_start) + 1  # the noun, after its genitive
        if k >= sent.tok_end:
            return False
        a = doc.tokens[k][0]
        for v_start, _v_end, key in self.lex.verb_matcher.finditer(doc.text, a, sent.end):
            return v_start == a and self.lex.verbs[key].agent == "nom"
        return False

    def _named_after(self, doc: Doc, sent: Sentence, k: int, index: EntityIndex) -> SpeakerRef | None:
        """The person or organisation named right after token ``k`` (titles before the
        name allowed: "… करने वाले निर्देशक मिलन लूथरिया")."""
        if k >= sent.tok_end:
            return None
        start = doc.tokens[k][0]
        limit = doc.tokens[min(sent.tok_end, k + MAX_HEADLINE_SPEAKER_TOKENS) - 1][1]
        for s, e, ent in index.overlapping(start, limit):
            if ent.type in ("PERSON", "ORG") and s >= start:
                between = doc.text[start:s].split()
                if all(w in self.sp.titles.words for w in between):
                    return SpeakerRef(NAME, s, e, doc.text[s:e], entity=ent)
                return None
        return None

    def _agent_after(self, doc: Doc, sent: Sentence, k: int) -> int | None:
        """Index of the "ने" (or ergative pronoun) of the main clause after a converb."""
        hi = min(sent.tok_end, k + MAX_CONVERB_AGENT)
        while k < hi:
            w = self._word(doc, k)
            nw = norm_word(w)
            if w in _CLAUSE_BREAKS or w in (",", "।", "."):
                return None
            if nw == "ने" or self.lex.pronouns.get(nw, ("",))[0] == "erg":
                return k
            k += 1
        return None

    def _after_converb(self, doc: Doc, s: int, e: int) -> int:
        """A statement object starts after the last converb clause before it: "X ने …
        की निंदा करते हुए इसे 'C' करार दिया" (span from "इसे"), "X ने पत्र लिखकर C की
        मांग की" (a channel converb of quotes/channel_converbs.tsv)."""
        i, j = doc.token_index(s), doc.token_index(e)
        for k in range(j - 1, i - 1, -1):
            if k + 1 >= j:
                continue
            w = norm_word(self._word(doc, k))
            if w == "हुए":
                return doc.tokens[k + 1][0]
            if self._channel_ends(doc, k + 1, i):
                return doc.tokens[k + 1][0]
        return s

    def _channel_ends(self, doc: Doc, k: int, lo: int) -> bool:
        """A channel converb ("पत्र लिखकर", "नोटिस जारी कर") ends right before token
        ``k`` (not before token ``lo``)."""
        for n in range(1, MAX_CHANNEL_WORDS + 1):
            if k - n >= lo and tuple(norm_word(self._word(doc, m)) for m in range(k - n, k)) in self.lex.channel_converbs:
                return True
        return False

    def _only_reference(self, doc: Doc, s: int, e: int) -> bool:
        """The object only points back ("इस बात की जानकारी दी", "इसकी मांग की"): the
        statement was made before, not here."""
        i, j = doc.token_index(s), doc.token_index(e)
        return j - i <= 2 and norm_word(self._word(doc, i)) in _REFERENCES

    def _skip_recipient(self, doc: Doc, s: int, e: int) -> int:
        """Start of a demanded content after its addressee: "केंद्र सरकार को C",
        "सदस्य कंपनियों से C" (a से-phrase only when two words or more remain), and
        after a focus particle of the agent ("तालिबान ने भी C की घोषणा की")."""
        i, j = doc.token_index(s), doc.token_index(e)
        while j - i > 1 and norm_word(self._word(doc, i)) in _FOCUS:
            i += 1
        s = doc.tokens[i][0]
        for k in range(i, min(j, i + MAX_RECIPIENT_TOKENS)):
            w = norm_word(self._word(doc, k))
            if w == "को" and j - k > 1:
                return doc.tokens[k + 1][0]
        for k in range(i, min(j, i + MAX_RECIPIENT_TOKENS)):
            w = norm_word(self._word(doc, k))
            if w == "से" and j - k > 2:
                return doc.tokens[k + 1][0]
        return s

    def _object_lemma(self, noun: str) -> str:
        n = norm_word(noun)
        return self.object_lemmas.get(n, n + " करना")

    # -- attribution phrases ---------------------------------------------------------

    def _attributions(self, doc: Doc, index: EntityIndex) -> list[Candidate]:
        text = doc.text
        out: list[Candidate] = []
        for m_start, m_end, value in self.lex.attribution_matcher.finditer(text):
            sent = self._sentence(doc, m_start)
            if sent is None:
                continue
            pron, lemma = value.split("\t")
            ref: SpeakerRef | None
            if pron:
                if self._correlative(doc, sent, doc.token_index(m_start)):
                    continue  # "जो जानकारी उपलब्ध है, उसके मुताबिक": the information
                ref = self.sp.pronoun(doc, *doc.tokens[doc.token_index(m_start)])
            else:
                ref = self._attribution_source(doc, sent, m_start, index)
            if ref is None or (lemma in _MANNER_LEMMAS and self._agent_before(doc, sent, ref.phrase_start)):
                continue
            s, e = self._trim(doc, m_end, _before_aside(doc, m_end, _stop_run_on(doc, sent) or sent.end))
            if ref.start - sent.start > 3 and e - s < 3:
                # "C, X के मुताबिक।"
                k = doc.token_index(ref.phrase_start) - 1
                if k >= sent.tok_start and self._word(doc, k) == ",":
                    s, e = self._trim(doc, sent.start, doc.tokens[k][0])
            if e - s < 2 or doc.token_index(e) - doc.token_index(s) < 3:
                continue
            out.append(Candidate("indirect", s, e, lemma, ref, ref.start, sent.line, 2))
        out.extend(self._prefixed(doc, index))
        return out

    def _agent_before(self, doc: Doc, sent: Sentence, pos: int) -> bool:
        """An agent with ने opens the clause before ``pos``: "प्रदेश सरकार ने केंद्र की
        गाइडलाइन के अनुसार छूट दी" — the phrase says how the agent acted, it names no
        source."""
        k = doc.token_index(pos) - 1
        while k >= sent.tok_start:
            w = self._word(doc, k)
            if w in _CLAUSE_BREAKS or w == ",":
                return False
            nw = norm_word(w)
            if nw == "ने" or self.lex.pronouns.get(nw, ("",))[0] == "erg":
                return True
            k -= 1
        return False

    def _correlative(self, doc: Doc, sent: Sentence, k: int) -> bool:
        """The pronoun at token ``k`` answers a relative clause before it in the
        sentence ("जो … है, उसके …"): it stands for that clause's noun."""
        if k - 1 <= sent.tok_start or self._word(doc, k - 1) != ",":
            return False
        lo = max(sent.tok_start, k - 1 - MAX_CORRELATIVE_TOKENS)
        return any(norm_word(self._word(doc, m)) in _CORRELATIVE_OPENERS for m in range(lo, k - 1))

    def _prefixed(self, doc: Doc, index: EntityIndex) -> list[Candidate]:
        """"बकौल X, C": the attribution word before the source, the statement after the
        comma."""
        out: list[Candidate] = []
        for m_start, m_end, lemma in self.lex.prefix_matcher.finditer(doc.text):
            sent = self._sentence(doc, m_start)
            if sent is None:
                continue
            i = doc.token_index(m_end)
            j = i
            while j < min(sent.tok_end, i + MAX_HEADLINE_SPEAKER_TOKENS) and self._word(doc, j) != ",":
                j += 1
            if j == i or j >= sent.tok_end or self._word(doc, j) != ",":
                # no comma: "बकौल आतिफ़ फ़िल्म … देगी" — the name the recogniser found
                after = self._name_at(doc, i, index)
                if after is None:
                    continue
                j = after
                content = doc.tokens[j - 1][1]
            else:
                content = doc.tokens[j][1]
            ref = self.sp.classify(doc, i, j, index)
            if ref is None or ref.kind == PRONOUN:
                continue
            s, e = self._trim(doc, content, _before_aside(doc, content, sent.end))
            if doc.token_index(e) - doc.token_index(s) >= 3:
                out.append(Candidate("indirect", s, e, lemma, ref, ref.start, sent.line, 2))
        return out

    @staticmethod
    def _name_at(doc: Doc, i: int, index: EntityIndex) -> int | None:
        """The token after a person's or organisation's name that starts at token
        ``i``, if the recogniser found one there."""
        if i >= len(doc.tokens):
            return None
        start = doc.tokens[i][0]
        for s, e, ent in index.overlapping(start, start + 1):
            if s == start and ent.type in ("PERSON", "ORG"):
                return doc.token_index(e)
        return None

    def joint(self, doc: Doc, cands: list[Candidate], index: EntityIndex) -> list[Candidate]:
        """Joint speakers: "X और Y ने कहा" gives the same statement to X as well (the
        speaker phrase read back from ने holds Y only); returns the added copies."""
        out: list[Candidate] = []
        for cand in cands:
            ref = cand.speaker
            if ref is not None and ref.official and ref.owner is not None and cand.kind != "headline":
                other = self._joint_body(doc, ref, index)
                if other is not None:
                    # "आईसीएमआर और स्वास्थ्य मंत्रालय के अफसर": each body's statement
                    out.append(replace(cand, speaker=replace(ref, owner=other), amounts=[]))
                continue
            if ref is None or ref.kind != NAME or cand.kind == "headline":
                continue
            acronym = ref.entity is None and bool(_LATIN_INITIALS_RE.fullmatch(ref.text))
            if ref.entity is None and not acronym:
                continue
            sent = self._sentence(doc, ref.phrase_start)
            if sent is None:
                continue
            k = doc.token_index(ref.phrase_start) - 1
            # "X, Y, Z आदि ने": the commas list the speakers
            after = doc.token_index(ref.end)
            coordinated = after < sent.tok_end and norm_word(self._word(doc, after)) in _LIST_ENDS
            for _ in range(MAX_JOINT - 1):
                if k <= sent.tok_start:
                    break
                w = self._word(doc, k)
                if norm_word(w) in _JOINERS:
                    coordinated = True
                elif w != "," or not coordinated:
                    break  # "C, X ने कहा": a statement before the speaker, no list
                rng = self.sp.phrase_before(doc, doc.tokens[k][0], sent.start, index)
                if rng is None:
                    break
                other = self.sp.classify(doc, rng[0], rng[1], index)
                # two named sources; "उनके उत्तराधिकारी और बेटे X": one person described twice
                if other is None or other.kind != NAME:
                    break
                if other.entity is not None and other.entity is ref.entity:
                    break
                kind = "ORG" if ref.entity is None else ref.entity.type
                if other.entity is None:
                    # initialisms the recogniser left out ("WHO और ICMR … मानते हैं")
                    if kind != "ORG" or not _LATIN_INITIALS_RE.fullmatch(other.text):
                        break
                elif other.entity.type != kind:
                    break  # "माओवादी समर्थक और लोक गायक ग़दर": one person, described
                if self._titled(doc, k + 1, ref):
                    break  # "मियामी डेड डिटेक्टिव और प्रवक्ता X": one person's two posts
                out.append(replace(cand, speaker=other, anchor=other.start, amounts=[]))
                k = rng[0] - 1
        return out

    def _joint_body(self, doc: Doc, ref: SpeakerRef, index: EntityIndex) -> SpeakerRef | None:
        """A second named body joined before the officials' phrase: "X और Y के अफसर"
        (X, an organisation the recogniser found)."""
        sent = self._sentence(doc, ref.phrase_start)
        k = doc.token_index(ref.phrase_start) - 1
        if sent is None or k <= sent.tok_start or norm_word(self._word(doc, k)) not in _JOINERS:
            return None
        a = doc.tokens[k][0]
        for s, e, ent in index.overlapping(max(sent.start, a - MAX_JOINT_BODY_CHARS), a):
            if ent.type == "ORG" and doc.token_index(e) == k:
                return SpeakerRef(NAME, s, e, doc.text[s:e], entity=ent)
        return None

    def _titled(self, doc: Doc, k: int, ref: SpeakerRef) -> bool:
        """A post opens the speaker phrase at token ``k`` (right after "और"), before
        the speaker's name: "… और प्रवक्ता X"."""
        if k >= len(doc.tokens) or doc.tokens[k][0] >= ref.start:
            return False
        words = [norm_word(self._word(doc, m)) for m in range(k, doc.token_index(ref.start))]
        hit = self.sp.titles.starting_at(words, 0)
        return hit is not None

    def _attribution_source(
        self, doc: Doc, sent: Sentence, pos: int, index: EntityIndex
    ) -> SpeakerRef | None:
        k = doc.token_index(pos) - 1
        if k < sent.tok_start:
            return None
        w = norm_word(self._word(doc, k))
        pr = self.lex.pronouns.get(w)
        if pr is not None:
            if pr[0] != "gen":
                return None
            s, e = doc.tokens[k]
            return self.sp.pronoun(doc, s, e)
        rng = self.sp.phrase_before(doc, pos, sent.start, index)
        if rng is None:
            return None
        ref = self.sp.classify(doc, rng[0], rng[1], index)
        if ref is None:
            return None
        if ref.kind == UNNAMED and _last_word(ref.text) in self.lex.documents:
            owner = self._document_owner(doc, sent, ref.phrase_start, index)
            if owner is not None:
                return owner
        if (
            ref.kind == NAME
            and ref.entity is None
            and not (ref.quoted or ref.partial)
            and not self._proper(ref.text, index)
            and _last_word(ref.text) not in self.lex.standalone_orgs
        ):
            return None  # "भारतीय समय के मुताबिक", "नियम के अनुसार": not a source
        if ref.kind == NAME and ref.entity is not None and ref.entity.type not in ("PERSON", "ORG"):
            return None
        last = norm_word(ref.text.split()[-1]) if ref.text else ""
        if ref.kind == UNNAMED and last not in self.lex.sources and last not in self.lex.documents:
            return None
        return ref

    def _proper(self, name: str, index: EntityIndex) -> bool:
        """A source's name without an entity is still a name when its words are words of
        a known name ("मिलन" of "मिलन लूथरिया") or it is an initialism ("आईईसी",
        "IEC"); "भारतीय समय", "नियम" are not."""
        words = name.split()
        if all(norm_word(w) in index.name_words for w in words):
            return True
        if len(words) == 1:
            w = words[0].replace(".", "")
            return bool(_LATIN_INITIALS_RE.fullmatch(w)) or self.initialisms.spell(w) is not None
        return False

    def _document_owner(
        self, doc: Doc, sent: Sentence, phrase_start: int, index: EntityIndex
    ) -> SpeakerRef | None:
        """Who issued a report named before it in the clause: "डब्लूएचओ द्वारा जारी …
        रिपोर्ट", "स्वास्थ्य मंत्रालय के बुधवार सुबह के आंकड़ों"."""
        k = doc.token_index(phrase_start) - 1
        lo = max(sent.tok_start, k - MAX_OWNER_DISTANCE)
        while k >= lo:
            w = self._word(doc, k)
            nw = norm_word(w)
            if w in _CLAUSE_BREAKS or w in (",", "(", ")"):
                return None  # not across a clause or out of an aside
            if nw == "द्वारा":
                rng = self.sp.phrase_before(doc, doc.tokens[k][0], sent.start, index)
                if rng is None:
                    return None
                owner = self.sp.classify(doc, rng[0], rng[1], index)
                return owner if owner is not None and owner.kind in (NAME, ORG_HEAD) else None
            if nw in _LOCATIVES and k + 1 < len(doc.tokens) and norm_word(self._word(doc, k + 1)) in self.lex.published:
                # "बिजनसलाइन में छपी रिपोर्ट", "चैनल पर प्रसारित खबर": where it appeared
                rng = self.sp.phrase_before(doc, doc.tokens[k][0], sent.start, index)
                if rng is None:
                    return None
                owner = self.sp.classify(doc, rng[0], rng[1], index)
                if owner is None or owner.kind not in (NAME, ORG_HEAD):
                    return None
                if owner.entity is not None and owner.entity.type not in ("PERSON", "ORG"):
                    return None  # "अमरीका में जारी आदेश": where, not who
                if owner.kind == NAME and owner.entity is None and not self._proper(owner.text, index):
                    words = [norm_word(w) for w in owner.text.split()]
                    if len(words) > MAX_PUBLICATION_WORDS or self.sp._common_word(words[-1]):
                        return None  # "हाल में छपी रिपोर्ट": a time, no paper
                return owner
            if nw in ("के", "की", "का") and k > sent.tok_start:
                for s, e, ent in index.overlapping(doc.tokens[k - 1][0], doc.tokens[k - 1][1]):
                    if ent.type in ("ORG", "PERSON") and e <= doc.tokens[k][0]:
                        return SpeakerRef(NAME, s, e, doc.text[s:e], entity=ent)
            k -= 1
        return None

    # -- headings ----------------------------------------------------------------------

    def _headlines(self, doc: Doc, index: EntityIndex, found: list[Candidate]) -> list[Candidate]:
        text = doc.text
        out: list[Candidate] = []
        heading_lines = {c.line for c in found if c.kind == "headline"}
        known = _speaker_keys(found)
        for li, ln in enumerate(doc.lines):
            if ln.kind != "heading" or li in heading_lines:
                continue
            nominal = self._nominal_headline(doc, li, index, known)
            if nominal is None:
                nominal = self._verb_first_headline(doc, li, index, known)
            if nominal is not None:
                out.append(nominal)
                continue
            colon = text.rfind(":", ln.start, ln.end)
            if colon < 0:
                continue
            right = self._trim(doc, colon + 1, ln.end)
            left = self._trim(doc, ln.start, colon)
            if right[1] <= right[0] or left[1] <= left[0]:
                continue
            if _last_word(text[left[0] : left[1]]).lower() in _CREDITS or "/" in text[right[0] : right[1]]:
                continue  # "… - फोटो : amar ujala/प्रदीप पाण्डेय": a photo credit
            ref = self._headline_speaker(doc, right[0], right[1], index, known)
            if ref is not None:
                s, e = _strip_marks(text, *self._before_teaser(doc, *left))
                if _words(text, s, e) >= MIN_HEADLINE_WORDS:
                    out.append(Candidate("headline", s, e, ":", ref, ref.start, li, 0))
                continue
            ref = self._headline_speaker(doc, left[0], left[1], index, known, persons_only=True)
            if ref is not None:
                s, e = _strip_marks(text, *self._before_teaser(doc, *right))
                if _words(text, s, e) >= MIN_HEADLINE_WORDS:
                    out.append(Candidate("headline", s, e, ":", ref, ref.start, li, 0))
        return out

    def _verb_first_headline(
        self, doc: Doc, li: int, index: EntityIndex, known: set[str]
    ) -> Candidate | None:
        """Headings that put the speech verb before its speaker: "बैठक में बोले पीएम,
        C", "मुख्यमंत्रियों से बोले PM मोदी - C" (the speaker between the verb and the
        first comma, colon or dash; the statement after it)."""
        ln = doc.lines[li]
        i, j = doc.token_index(ln.start), doc.token_index(ln.end)
        if j - i > MAX_NOMINAL_HEADLINE_TOKENS:
            return None
        for k in range(i, j - 1):
            if norm_word(self._word(doc, k)) not in _HEADLINE_SPEECH_FORMS:
                continue
            stop = next(
                (m for m in range(k + 1, min(j, k + 2 + MAX_HEADLINE_SPEAKER_TOKENS))
                 if self._word(doc, m) in (",", ":", "-")),
                None,
            )
            if stop is None or stop == k + 1:
                return None
            ref = self._headline_speaker(doc, doc.tokens[k + 1][0], doc.tokens[stop - 1][1], index, known)
            if ref is None:
                return None
            s, e = _strip_marks(doc.text, *self._before_teaser(doc, *self._trim(doc, doc.tokens[stop][1], ln.end)))
            if _words(doc.text, s, e) < MIN_HEADLINE_WORDS:
                return None
            return Candidate("headline", s, e, "बोलना", ref, ref.start, li, 0)
        return None

    def _initials_entity(self, doc: Doc, initials: str) -> Entity | None:
        """The one organisation of ``doc`` that Latin ``initials`` stand for: one with a
        mention spelling them ("डब्ल्यूएचओ"), or named as the organisation list expands
        them."""
        names = self.initials_of.get(initials, set())
        hits = []
        for e in doc.entities:
            if e.type != "ORG":
                continue
            forms = {m.text for m in e.mentions} | {e.name}
            if initials in forms or _key(e.name) in names or any(
                " " not in f and self.initialisms.spell(f) == initials for f in forms
            ):
                hits.append(e)
        return hits[0] if len(hits) == 1 else None

    def _before_teaser(self, doc: Doc, s: int, e: int) -> tuple[int, int]:
        """A heading's statement [s, e) without the teaser after it ("…, जानें बैठक की
        खास बातें"; quotes/headline_teasers.tsv)."""
        for k in range(doc.token_index(s), doc.token_index(e) - 1):
            if self._word(doc, k) in (",", "-", "|") and norm_word(self._word(doc, k + 1)) in self.teasers:
                return self._trim(doc, s, doc.tokens[k][0])
        return s, e

    def _nominal_headline(
        self, doc: Doc, li: int, index: EntityIndex, known: set[str]
    ) -> Candidate | None:
        """Headings built on a statement noun, without a verb: "X का बड़ा ऐलान, C" (the
        statement after the comma) and "X …, (लोगों से) C की अपील" (the statement as the
        noun's genitive object, the speaker named before the comma)."""
        ln = doc.lines[li]
        line = doc.text[ln.start : ln.end]
        if "," not in line and "-" not in line and ":" not in line:
            return None
        i, j = doc.token_index(ln.start), doc.token_index(ln.end)
        if j - i > MAX_NOMINAL_HEADLINE_TOKENS:
            return None
        words = [norm_word(self._word(doc, k)) for k in range(i, j)]
        nouns = self.nominal_nouns
        comma = next((k for k, w in enumerate(words) if w in (",", "-", ":")), -1)
        if comma >= 2 and words[comma - 1] in nouns:
            # "X का (बड़ा) ऐलान, C"
            g = comma - 2
            while g > 0 and comma - 1 - g <= MAX_HEADLINE_ADJECTIVES and words[g] not in ("का", "की", "के"):
                g -= 1
            if g > 0 and words[g] in ("का", "की", "के"):
                ref = self._headline_speaker(doc, doc.tokens[i][0], doc.tokens[i + g - 1][1], index, known)
                if ref is not None:
                    s, e = _strip_marks(doc.text, *self._trim(doc, doc.tokens[i + comma][1], ln.end))
                    if _words(doc.text, s, e) >= MIN_HEADLINE_WORDS:
                        lemma = self._object_lemma(words[comma - 1])
                        return Candidate("headline", s, e, lemma, ref, ref.start, li, 0)
        last = max((k for k, w in enumerate(words) if w == ","), default=-1)
        if last >= 1 and len(words) - last > 3 and words[-1] in nouns and words[-2] in ("का", "की", "के"):
            # "X आइसोलेशन में, लोगों से C की अपील"
            ref = self._headline_speaker(doc, doc.tokens[i][0], doc.tokens[i + last - 1][1], index, known,
                                         persons_only=False, leading=True)
            if ref is not None:
                s, e = self._trim(doc, doc.tokens[i + last][1], doc.tokens[j - 2][0])
                s = self._skip_recipient(doc, s, e)
                if doc.token_index(e) - doc.token_index(s) >= 1 and not self._only_reference(doc, s, e):
                    return Candidate("headline", s, e, self._object_lemma(words[-1]), ref, ref.start, li, 0)
        return None

    def _headline_speaker(
        self,
        doc: Doc,
        start: int,
        end: int,
        index: EntityIndex,
        known: set[str],
        persons_only: bool = False,
        leading: bool = False,
    ) -> SpeakerRef | None:
        """The speaker of a heading side, when that side is only a speaker's name
        (``leading``: when it opens with a person's or organisation's name)."""
        i, j = doc.token_index(start), doc.token_index(end)
        types = ("PERSON",) if persons_only else ("PERSON", "ORG")
        if leading:
            # the first name of the side, before any other words but a "Topic:" prefix
            colon = doc.text.rfind(":", start, end)
            first = doc.token_index(colon + 1) if colon >= 0 else i
            for s, e, ent in index.overlapping(start, end):
                if ent.type in types and doc.token_index(s) - first <= 1:
                    return SpeakerRef(NAME, s, e, doc.text[s:e], entity=ent)
            return None
        if not 0 < j - i <= MAX_HEADLINE_SPEAKER_TOKENS:
            return None
        if not persons_only and norm_word(self._word(doc, j - 1)) in self.lex.org_heads:
            ref = self.sp.classify(doc, i, j, index)
            if ref is not None and ref.kind == ORG_HEAD and ref.start > start - 1 and " " in ref.text:
                return ref  # "केजरीवाल सरकार का बड़ा ऐलान, C"
        mentions = index.overlapping(start, end)
        for s, e, ent in reversed(mentions):
            # the name ends the side ("सीएम केजरीवाल"); "'हेलेन' का कहर" is a topic
            if ent.type in types and (e - s) * 2 >= end - start - 8 and not _LETTER_RE.search(doc.text, e, end):
                return SpeakerRef(NAME, s, e, doc.text[s:e], entity=ent)
            if (
                not persons_only and ent.type == "LOC" and (s, e) == (start, end)
                and norm_word(ent.name) in self.countries
            ):
                return SpeakerRef(NAME, s, e, doc.text[s:e], entity=ent)  # "C :भारत": a country
        if mentions:
            # a post of a named body ("एम्स निदेशक"): its holder speaks
            ref = self.sp.classify(doc, i, j, index)
            if ref is not None and ref.kind == TITLE and not persons_only and ref.end == doc.tokens[j - 1][1]:
                return ref
            return None
        ref = self.sp.classify(doc, i, j, index)
        if ref is None or ref.kind not in (NAME, TITLE, UNNAMED, ORG_HEAD):
            return None
        if ref.kind == NAME and ref.entity is None:
            # one word of a name the story gives in full ("योगी" for "योगी आदित्यनाथ"),
            # or Latin initials of an organisation the story names ("C: UN")
            ref.entity = _named_by_part(ref.text, doc, types)
            if ref.entity is None and not persons_only and _LATIN_INITIALS_RE.fullmatch(ref.text):
                ref.entity = self._initials_entity(doc, ref.text)
            if ref.entity is not None:
                return ref
        if ref.kind != TITLE and _key(ref.text) not in known:
            return None  # a name, a source or a report that the story quotes too
        return ref


def _named_by_part(text: str, doc: Doc, types: tuple[str, ...]) -> Entity | None:
    """The one entity of ``types`` whose name of two words or more opens or ends with
    the words of ``text`` ("योगी" → "योगी आदित्यनाथ", "मोदी" → "नरेंद्र मोदी")."""
    words = [norm_word(w) for w in text.split()]
    if not words:
        return None
    hits = []
    for e in doc.entities:
        name = [norm_word(w) for w in e.name.split()]
        if e.type in types and len(name) > len(words) and (name[: len(words)] == words or name[-len(words) :] == words):
            hits.append(e)
    return hits[0] if len(hits) == 1 else None


def _stop_run_on(doc: Doc, sent: Sentence) -> int | None:
    """The end of the next sentence when a full stop cut this one at an abbreviation:
    "… बताया है कि यूपी. के 15 जिलों में …" — the next "sentence" opens with a
    postposition, which no sentence does."""
    k = doc.sentence_index(sent.start)
    if k + 1 >= len(doc.sentences) or not doc.text[sent.start : sent.end].rstrip().endswith("."):
        return None
    nxt = doc.sentences[k + 1]
    if nxt.line != sent.line or nxt.tok_start >= nxt.tok_end:
        return None
    if norm_word(doc.token_text(nxt.tok_start)) not in _POSTPOSITIONS:
        return None
    return nxt.end


def _before_aside(doc: Doc, start: int, end: int) -> int:
    """``end``, or the end of the sentence stop that a bracketed aside is glued to
    ("… कहा कि C.(बीबीसी हिन्दी के ऐप के लिए …")."""
    m = _GLUED_ASIDE_RE.search(doc.text, start, end)
    return m.start() + 1 if m is not None else end


def _is_participle(form: str) -> bool:
    return form.split()[-1] in ("वाले", "वाली", "वाला")


def _is_converb(form: str) -> bool:
    return form.split()[-1] == "हुए"


def _words(text: str, s: int, e: int) -> int:
    return len(_WORD_RE.findall(text, s, e))


def _last_word(text: str) -> str:
    words = text.split()
    return norm_word(words[-1]) if words else ""


def _anchor(ref: SpeakerRef, verb_start: int) -> int:
    return ref.start if ref.kind != ELIDED else verb_start


def _strip_marks(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in _QUOTES + " ":
        s += 1
    while e > s and text[e - 1] in _QUOTES + " ":
        e -= 1
    return s, e


def _key(name: str) -> str:
    return " ".join(norm_word(w) for w in name.split())


def _speaker_keys(cands: list[Candidate]) -> set[str]:
    keys: set[str] = set()
    for c in cands:
        if c.speaker is not None and c.speaker.kind in (NAME, ORG_HEAD, UNNAMED) and c.speaker.text:
            keys.add(_key(c.speaker.text))
            keys.add(_key(c.speaker.text.split()[-1]))
    return keys


__all__ = ["ELIDED", "NAME", "ORG_HEAD", "PRONOUN", "TITLE", "UNNAMED", "Candidate", "Detector"]
