"""Who each speaker expression stands for.

Candidates are resolved in text order (by where their attribution stands), keeping
track of salience:

- a name links to the entity whose mention it overlaps (found by the detector), or to
  the one person entity whose name ends with the same word ("जैन" → "सत्येंद्र जैन");
- a third-person pronoun (उन्होंने, उनका, वह) or an elided subject goes to the last
  speaker quoted in the same paragraph, else in the same section (since the last
  heading), else to the last person named before it in the section;
- a first-person pronoun inside a quote (मैंने कहा था कि …) is that quote's speaker;
- a post without a name ("स्वास्थ्य मंत्री ने") goes to the person the article gives
  that post (their roles), else to the last person quoted in the section;
- a bare organisation noun ("कंपनी ने", "मंत्रालय ने") goes to the organisation
  named before it with that last word (or a synonym: मिनिस्ट्री = मंत्रालय), else to the
  organisation named or quoted last when that one is of its kind; पुलिस, सरकार,
  प्रशासन alone name a source of their own;
- an elided subject ("… ने सम्मान किया। कहा कि …") after a listed subject ("X, Y आदि
  ने", "X और Y ने") gives one quote per person, as "दोनों नेताओं ने" does;
- a bare organisation noun with no organisation entity to stand for takes the words of
  the unrecognised body of that kind quoted last ("मौसम विभाग ने … विभाग के मुताबिक");
- officials of a named body speak for it, not for a holder of the same post in another
  body; an expert of a place ("चीन के शीर्ष वैज्ञानिक") is no voice of the place: one
  such expert is the person the paragraph quotes next by name, else unnamed;
- a person named before a genitive view ("X की राय …") is a pronoun's nearer antecedent;
- unnamed sources (सूत्रों, अधिकारियों) stay unnamed: speaker null, words kept.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, replace

from khabar.doc import Doc
from khabar.quotes.aliases import EntityAliases
from khabar.quotes.detect import ELIDED, Candidate
from khabar.quotes.lexicon import norm_word
from khabar.quotes.speaker import NAME, ORG_HEAD, PRONOUN, TITLE, UNNAMED, EntityIndex, SpeakerRef
from khabar.record import Entity


@dataclass
class Said:
    """A resolved speaker as salience remembers it."""

    entity: Entity | None
    text: str | None
    line: int
    section: int
    pos: int
    span: tuple[int, int] | None = None  # where the article names the speaker
    kind: str = NAME  # the speaker expression's kind (NAME, TITLE, UNNAMED …)


MAX_DOCUMENT_GAP = 3  # words between "X की" and its document ("X की ताजा रिपोर्ट")
MAX_ADJECTIVE_CHARS = 30  # characters before a role phrase read for a country adjective
MAX_ROLE_WORDS = 4  # words of a role phrase and before it read for a country adjective
MAX_DESCRIBED_GAP = 3  # sentences from a person's statement to a bare description of them
MAX_REFLEXIVE_GAP = 15  # words between "X ने" and "अपनी (रिपोर्ट)"
_REFLEXIVE = frozenset({"अपनी", "अपने", "अपना"})
_NOT_MODIFIERS = frozenset({"बारे", "में", "से", "को", "पर", "लिए", "संबंध", "खिलाफ", "तक", "द्वारा"})
_BOTH = frozenset({"दोनों", "दोनो"})
_GENITIVE_WORDS = frozenset({"का", "की", "के"})
_RELATION_WORDS = _GENITIVE_WORDS | {"वाले", "वाला", "वाली"}
_LIST_ENDS = frozenset({"आदि", "इत्यादि", "समेत", "सहित"})  # "X, Y, Z आदि ने"
_JOINERS = frozenset({"और", "व", "एवं", "तथा"})
_PARTICLES = frozenset({"भी", "तो", "ही"})
# words after a name that make it no subject: postpositions, the genitive, conjunctions
_NOT_AFTER_SUBJECT = frozenset(
    {"का", "की", "के", "को", "से", "में", "पर", "तक", "द्वारा", "और", "तथा", "एवं", "व", "या", "ने", "जी"}
)
# words before a name that make it no sentence subject (a genitive modifier may stand
# before it: "लंदन स्कूल के प्रोफ़ेसर X")
_NOT_BEFORE_SUBJECT = frozenset({"ने", "को", "से", "में", "पर", "तक", "द्वारा", "कि", "साथ", "जिसमें", "जिसने"})
_DETERMINERS = frozenset({"इस", "उस", "उक्त", "यह", "वह"})


def sections(doc: Doc) -> list[int]:
    """Section number of every line: how many headings come at or before it."""
    out = []
    n = 0
    for ln in doc.lines:
        if ln.kind == "heading":
            n += 1
        out.append(n)
    return out


def document_owners(doc: Doc, index: EntityIndex, documents: frozenset[str]) -> list[tuple[int, Entity]]:
    """Where the article names whose document it is: "X की (ताजा) रिपोर्ट", "X ने …
    अपनी रिपोर्ट में" and "अखबार X" (position of the document word, owner), in text
    order."""
    out: list[tuple[int, Entity]] = []
    if not documents:
        return out
    text = doc.text
    tokens = doc.tokens
    n = len(tokens)

    def word(k: int) -> str:  # only the words next to mentions are read
        a, b = tokens[k]
        return norm_word(text[a:b])

    for s, e, ent in index.spans:
        if ent.type not in ("ORG", "PERSON", "LOC"):
            continue
        k = doc.token_index(e)
        if k < n and word(k) in ("की", "के", "का"):
            for j in range(k + 1, min(n, k + 1 + MAX_DOCUMENT_GAP)):
                w = word(j)
                if w in documents:
                    out.append((tokens[j][0], ent))
                    break
                if w in _NOT_MODIFIERS or not w[:1].isalpha():
                    break  # "भारत के बारे में रिपोर्ट": a report about X, not by X
        elif k < n and word(k) == "ने" and ent.type in ("ORG", "PERSON"):
            # "X ने … अपनी रिपोर्ट में …": the reflexive points back to the subject
            last = doc.sentences[doc.sentence_index(s)].tok_end
            for j in range(k + 1, min(last, k + 1 + MAX_REFLEXIVE_GAP)):
                if word(j) in _REFLEXIVE:
                    for d in range(j + 1, min(last, j + 1 + MAX_DOCUMENT_GAP)):
                        if word(d) in documents:
                            out.append((tokens[d][0], ent))
                            break
                    break
        k = doc.token_index(s) - 1
        if k >= 0 and word(k) in documents:
            out.append((s, ent))
    out.sort(key=lambda x: x[0])
    return out


def _norm_name(name: str) -> tuple[str, ...]:
    return tuple(norm_word(w) for w in name.split())


class SpeakerResolver:
    """Resolves the candidates of one document in place."""

    def __init__(
        self,
        doc: Doc,
        index: EntityIndex,
        aliases: EntityAliases | None = None,
        title_forms: dict[str, str] | None = None,
        documents: frozenset[str] | None = None,
        standalone: frozenset[str] | None = None,
        org_heads: frozenset[str] | None = None,
        org_head_kind: dict[str, str] | None = None,
        demonyms: dict[str, str] | None = None,
        descriptors: frozenset[str] | None = None,
        common_word: Callable[[str], bool] | None = None,
        opinions: frozenset[str] | None = None,
        collectives: frozenset[str] | None = None,
    ) -> None:
        self.collectives = collectives or frozenset()  # लोग, परिजन: a group, never one person
        self.opinions = opinions or frozenset()  # राय, मानना: "X की राय … । उनका कहना …"
        self.documents = documents or frozenset()
        # a word mostly seen outside names in the NER data ("सिद्धांत")
        self.common_word = common_word or (lambda _w: False)
        self.statements: list[tuple[int, int]] = []  # spans of the candidates
        self.copied: dict[int, str] = {}  # candidate id -> kind of the speaker it took words from
        self.descriptors = descriptors or frozenset()  # प्रमुख, दिग्गज, अमेरिकी …
        self.demonyms = {k: norm_word(v) for k, v in (demonyms or {}).items()}
        self.countries = frozenset(self.demonyms.values())
        self.standalone = standalone or frozenset()  # पुलिस, सरकार: a source by itself
        self.org_heads = org_heads or frozenset()  # कंपनी, विभाग, संगठन …
        self.head_kind = org_head_kind or {}  # मिनिस्ट्री → मंत्रालय
        self.title_forms = title_forms or {}  # सीएम → मुख्यमंत्री
        self.doc = doc
        self.owners = document_owners(doc, index, documents or frozenset())
        self.index = index
        self.aliases = aliases
        self.section_of = sections(doc)
        self.history: list[Said] = []
        self.document_owner: Entity | None = None  # whose report "रिपोर्ट" is
        persons = [e for e in doc.entities if e.type == "PERSON"]
        self.by_last_word: dict[str, list[Entity]] = {}
        self.by_first_word: dict[str, list[Entity]] = {}
        for e in persons:
            words = _norm_name(e.name)
            if words:
                self.by_last_word.setdefault(words[-1], []).append(e)
            if len(words) > 1:
                self.by_first_word.setdefault(words[0], []).append(e)
        self.orgs = [e for e in doc.entities if e.type == "ORG"]
        # role titles by their last word: (role start, title words, entity), text order
        self.roles: dict[str, list[tuple[int, tuple[str, ...], Entity]]] = {}
        self.role_country: dict[tuple[int, str], str] = {}  # (role start, person id) -> country
        for e in persons:
            for r in e.roles:
                rt = _norm_name(r.title)
                if rt:
                    self.roles.setdefault(rt[-1], []).append((r.start, rt, e))
                    if len(rt) > 1:
                        # "उप मुख्यमंत्री" is also "उपमुख्यमंत्री" (डिप्टी सीएम)
                        self.roles.setdefault("".join(rt), []).append((r.start, ("".join(rt),), e))
                    country = self._role_country(r.start, r.end, r.org)
                    if country:
                        self.role_country[(r.start, e.id)] = country
        for v in self.roles.values():
            v.sort(key=lambda x: x[0])
        self.section_starts: dict[int, int] = {}
        for li, ln in enumerate(doc.lines):
            self.section_starts.setdefault(self.section_of[li], ln.start)

    def _role_country(self, start: int, end: int, org: str | None) -> str | None:
        """The country a post is qualified with: the role's organisation when it is a
        country, else a country adjective in the role phrase or the word before it
        ("अमरीकी विदेश मंत्री जॉन केरी")."""
        if org and norm_word(org) in self.countries:
            return norm_word(org)
        words = self.doc.text[max(0, start - MAX_ADJECTIVE_CHARS) : end].split()[-MAX_ROLE_WORDS:]
        for w in reversed(words):
            c = self.demonyms.get(norm_word(w))
            if c:
                return c
        return None

    def _names_body(self, ref: SpeakerRef) -> bool:
        """A spokesperson's or officials' body given by name ("बीटीपी के प्रवक्ता") or by
        an organisation noun that names a source by itself ("पुलिस अधिकारियों")."""
        owner = ref.owner
        if owner is None or not (ref.spokes or ref.official):
            return False
        return owner.kind == NAME or (ref.official and owner.kind == ORG_HEAD and owner.title in self.standalone)

    def _countries_of(self, ent: Entity) -> set[str]:
        return {c for (_start, eid), c in self.role_country.items() if eid == ent.id}

    def _country(self, country: str) -> Entity | None:
        """The place or organisation entity named as the country."""
        for e in self.doc.entities:
            if e.type in ("LOC", "ORG") and norm_word(e.name) == country:
                return e
        return None

    def resolve(self, cands: list[Candidate]) -> list[Candidate]:
        """Resolve every candidate; returns those that keep a speaker (text or entity)."""
        kept: list[Candidate] = []
        self.statements = [(c.start, c.end) for c in cands]
        self.named = sorted(
            (c.anchor, c.line, ent)
            for c in cands
            if c.speaker is not None
            and c.speaker.kind == NAME
            and (ent := c.speaker.entity or self._by_name(c.speaker.text)) is not None
            and ent.type == "PERSON"
        )
        for c in sorted(cands, key=lambda c: (c.outer is not None, c.anchor)):
            both = self._both(c)
            group = list(both) if both is not None else self._listed_subject(c)
            if group is not None:
                # "दोनों नेताओं ने कहा", "X, Y, Z आदि ने … किया। कहा कि …": one quote for
                # each of them
                ref = c.speaker
                c.speaker_text = ref.text if ref is not None and ref.text else None
                c.speaker_span = (ref.start, ref.end) if ref is not None and ref.text else None
                c.entity = group[0]
                kept.extend(replace(c, entity=ent, amounts=[]) for ent in group[1:])
                kept.append(c)
                continue
            if self._resolve_one(c):
                kept.append(c)
                if c.outer is None:
                    self.history.append(
                        Said(
                            c.entity,
                            c.speaker_text,
                            c.line,
                            self.section_of[c.line],
                            c.anchor,
                            c.speaker_span,
                            self.copied.get(id(c), c.speaker.kind if c.speaker is not None else NAME),
                        )
                    )
        return kept

    # -- one candidate ---------------------------------------------------------------

    def _resolve_one(self, c: Candidate) -> bool:
        ref = c.speaker
        if ref is None:
            return False
        c.speaker_text = ref.text or None
        c.speaker_span = (ref.start, ref.end) if ref.text else None
        if ref.kind == NAME:
            c.entity = ref.entity or self._by_name(ref.text)
            if c.entity is None and self.aliases is not None:
                c.entity = self.aliases.lookup(ref.text)
            return True
        if ref.kind == UNNAMED:
            if ref.owner is not None:
                # "बीटीपी के एक प्रवक्ता": the organisation speaks
                c.entity = self._owner(ref.owner, c.anchor)
                if c.entity is None and self._names_body(ref):
                    # an organisation the recogniser missed: its name stands for it
                    c.speaker_text = ref.owner.text
                    c.speaker_span = (ref.owner.start, ref.owner.end)
            elif ref.country is not None and self._country(ref.country) is not None:
                # "एक वरिष्ठ अमेरिकी अधिकारी": the country speaks
                c.entity = self._country(ref.country)
            elif self._described_speaker(c) is not None:
                # "… (X's statement) । व्यापारी ने बताया कि …": a bare singular
                # description right after a person's statement is that person
                c.entity = self._described_speaker(c)
            elif ref.expert and self._named_next(c) is not None:
                # "चीन के शीर्ष वैज्ञानिक ने दावा किया … डॉक्टर झोंग नानशान ने कहा": one
                # expert described first, named next in the paragraph
                c.entity = self._named_next(c)
            elif ref.document:
                # a bare "रिपोर्ट"/"अखबार": whose report the article named last ("CAG की
                # रिपोर्ट", "अखबार डॉन"), else whose report was quoted last, else the
                # organisation quoted last before it
                said = self._salient(c.anchor, c.line)
                named = self._named_owner(c.anchor)
                if named is not None:
                    c.entity = named
                elif self.document_owner is not None:
                    c.entity = self.document_owner
                elif said is not None and said.entity is not None and said.entity.type != "PERSON":
                    c.entity = said.entity
                    self.document_owner = said.entity
            return True
        if ref.kind in (PRONOUN, ELIDED):
            if ref.kind == PRONOUN and ref.person == 1:
                if c.outer is None:
                    return False  # the reporter or an unattributed "हम": not a quote
                c.entity = c.outer.entity
                if c.entity is None and c.outer.speaker_text is None:
                    return False
                return True
            said = self._salient(c.anchor, c.line)
            subject = self._recent_subject(c.anchor, c.line, said)
            if subject is not None:
                c.entity = subject
                return True
            if said is not None:
                c.entity = said.entity
                if said.entity is None and said.text and self._stands_for(ref, said, c.line):
                    # a source the recogniser missed ("नेशनल वैदर सर्विस ने कहा … इसने
                    # कहा", "निर्माता एलिक पद्मशी मानते हैं … उन्होंने कहा"): the pronoun
                    # stands for its words
                    c.speaker_text, c.speaker_span = said.text, said.span
                    self.copied[id(c)] = said.kind
                return True
            types = ("PERSON", "ORG") if ref.refers == "any" else ("PERSON",)
            person = self.index.before(c.anchor, types, self._section_start(c.line))
            if person is not None:
                c.entity = person[2]
                return True
            # nothing in the section: a sub-heading does not end the discourse, the
            # speaker quoted last before it still talks
            earlier = self._last_said(c.anchor)
            if earlier is not None:
                c.entity = earlier.entity
                if earlier.entity is None and earlier.text and (ref.kind == ELIDED or ref.refers == "any"):
                    c.speaker_text, c.speaker_span = earlier.text, earlier.span
                return True
            person = self.index.before(c.anchor, types)
            if person is not None:
                c.entity = person[2]
                return True
            return ref.kind == PRONOUN
        if ref.kind == TITLE:
            holder = self._by_role(ref.title or ref.text, c.anchor, country=ref.country)
            if holder is not None and ref.owner is not None and (ref.official or ref.spokes):
                body = self._owner(ref.owner, c.anchor)
                if body is not None and not self._serves(holder, ref.title or ref.text, body):
                    holder = None  # "आईसीएमआर के अधिकारी" is no officer of another body
            if holder is None and c.kind == "headline":
                # a headline names the post; the story names its holder below
                holder = self._by_role(ref.title or ref.text, len(self.doc.text), first=True, country=ref.country)
            if holder is None and ref.owner is not None and (ref.spokes or ref.official):
                holder = self._owner(ref.owner, c.anchor)
                if holder is None and self._names_body(ref):
                    # "गृहमंत्रालय की प्रवक्ता": a body the recogniser missed speaks
                    c.speaker_text, c.speaker_span = ref.owner.text, (ref.owner.start, ref.owner.end)
                    c.entity = None
                    return True
            if holder is None and ref.spokes:
                said = self._salient(c.anchor, c.line)
                if said is not None and said.entity is not None and said.entity.type != "PERSON":
                    holder = said.entity
            if holder is None and not ref.unnamed_fallback:
                holder = self._by_salience(
                    c.anchor, c.line, ref.title or ref.text, strict=ref.kin, related=self._related(ref)
                )
                if holder is not None and ref.country is not None and self._countries_of(holder) - {ref.country}:
                    holder = None  # the person quoted last holds another country's post
            if holder is None and ref.unnamed_fallback:
                # an occupation that is also a source word ("व्यापारी ने बताया") right
                # after a person's statement: that person, described
                holder = self._described_speaker(c)
            if holder is None and ref.expert:
                holder = self._named_next(c)  # one expert described first, named next
            c.entity = holder
            return True
        if ref.kind == ORG_HEAD:
            c.entity = self._by_org_head(ref.text, ref.title or "", c.anchor, self._section_start(c.line))
            if c.entity is None and self.aliases is not None and len(ref.text.split()) > 1:
                c.entity = self.aliases.lookup(ref.text, ("ORG",))
            if c.entity is None:
                said = self._unlinked_body(ref, c)
                if said is not None:
                    # "मौसम विभाग ने कहा … विभाग के मुताबिक": a body the recogniser
                    # missed, named again by its bare noun, speaks by its words
                    c.speaker_text, c.speaker_span = said.text, said.span
                    self.copied[id(c)] = said.kind
            return True
        return False

    def _stands_for(self, ref: SpeakerRef, said: Said, line: int) -> bool:
        """A pronoun resolved to a speaker with no entity takes that speaker's words:
        always for an elided subject or a pronoun of any referent (इसने, उसके); a personal
        pronoun (उन्होंने, उनका) not a document's ("अखबार", "इस रिपोर्ट") nor one common
        word taken for a name ("सिद्धांत बताते हैं") nor an unresolved pronoun."""
        if ref.kind == ELIDED or ref.refers == "any":
            return True
        if said.kind in (PRONOUN, ELIDED) or not said.text or said.line != line:
            return False
        words = _norm_name(said.text)
        if not words or words[-1] in self.documents:
            return False
        return not (said.kind == NAME and len(words) == 1 and self.common_word(words[0]))

    def _described_speaker(self, c: Candidate) -> Entity | None:
        """The person quoted in the same paragraph at most ``MAX_DESCRIBED_GAP``
        sentences before, when the speaker is one bare singular noun ("व्यापारी", not
        "व्यापारियों", "एक व्यापारी" or "सूत्रों")."""
        ref = c.speaker
        if ref is None or ref.owner is not None or ref.document or ref.spokes or len(ref.text.split()) != 1:
            return None  # (a spokesperson speaks for someone else)
        if ref.text.endswith("ों") or norm_word(ref.text) in self.collectives:
            return None  # a plural or a collective ("लोग"): a group, not the person
        said = self._salient(c.anchor, c.line)
        if said is None or said.line != c.line or said.entity is None or said.entity.type != "PERSON":
            return None
        doc = self.doc
        if doc.sentence_index(c.anchor) - doc.sentence_index(said.pos) > MAX_DESCRIBED_GAP:
            return None
        return said.entity

    def _unlinked_body(self, ref: SpeakerRef, c: Candidate) -> Said | None:
        """The speaker quoted last in the section without an entity whose words end with
        the same organisation noun as the bare ``ref`` ("विभाग", "इस विभाग")."""
        words = _norm_name(ref.text)
        if not words or (len(words) > 1 and words[0] not in _DETERMINERS):
            return None
        head = self._kind(words[-1])
        section = self.section_of[c.line]
        for said in reversed(self.history):
            if said.pos >= c.anchor:
                continue
            if said.section != section:
                return None
            if said.entity is not None or not said.text or said.kind != ORG_HEAD:
                continue
            theirs = _norm_name(said.text)
            if len(theirs) > 1 and self._kind(theirs[-1]) == head:
                return said
        return None

    def _named_next(self, c: Candidate) -> Entity | None:
        """The first person quoted by name after ``c`` in its paragraph."""
        for anchor, li, ent in self.named:
            if anchor > c.anchor and li == c.line:
                return ent
        return None

    def _both(self, c: Candidate) -> tuple[Entity, Entity] | None:
        """The two persons of "दोनों (नेताओं)": the last two persons named before it in
        the section."""
        ref = c.speaker
        if ref is None or ref.kind == PRONOUN or not ref.text:
            return None
        words = [norm_word(w) for w in ref.text.split()]
        if words[0] not in _BOTH:
            return None
        if any(w in _GENITIVE_WORDS for w in words[1:]):
            return None  # "दोनों गांव के लोगों", "दोनों देशों के अधिकारी": both of the places
        lo = self._section_start(c.line)
        found: list[Entity] = []
        hit = self.index.before(c.anchor, ("PERSON",), lo)
        while hit is not None and len(found) < 2:
            s, _e, ent = hit
            if all(ent is not f and not (self.aliases and self.aliases.same(ent, f)) for f in found):
                found.append(ent)
            hit = self.index.before(s, ("PERSON",), lo)
        if len(found) < 2:
            return None
        return found[1], found[0]

    def _listed_subject(self, c: Candidate) -> list[Entity] | None:
        """The persons of a listed subject ("X, Y, Z आदि ने …", "X और Y ने …") of the
        sentence before an elided one ("कहा कि …") in the same paragraph."""
        ref = c.speaker
        if ref is None or ref.kind != ELIDED:
            return None
        doc = self.doc
        si = doc.sentence_index(c.anchor)
        if si == 0 or doc.sentences[si - 1].line != c.line or doc.sentences[si].line != c.line:
            return None
        prev = doc.sentences[si - 1]
        words = [norm_word(doc.token_text(k)) for k in range(prev.tok_start, prev.tok_end)]
        if "ने" not in words:
            return None
        k = words.index("ने")
        ne_at = doc.tokens[prev.tok_start + k][0]
        listed = k > 0 and words[k - 1] in _LIST_ENDS
        found: list[Entity] = []
        for _s, _e, ent in self.index.overlapping(prev.start, ne_at):
            if ent.type == "PERSON" and all(ent is not f for f in found):
                found.append(ent)
        if len(found) < 2:
            return None
        if not listed:
            # "X और Y ने": the two persons right before ने, joined
            last = self.index.before(ne_at, ("PERSON",), prev.start)
            if last is None or doc.token_index(last[1]) != prev.tok_start + k:
                return None
            j = doc.token_index(last[0]) - 1
            if j < prev.tok_start or norm_word(doc.token_text(j)) not in _JOINERS:
                return None
            other = self.index.before(doc.tokens[j][0], ("PERSON",), prev.start)
            if other is None or doc.token_index(other[1]) != j:
                return None
            found = [other[2], last[2]]
        return found

    def _recent_subject(self, pos: int, line: int, said: Said | None) -> Entity | None:
        """A person named as the subject ("X ने …") in the paragraph after the last
        quoted speaker and before ``pos`` (in an earlier sentence): the pronoun's nearer
        antecedent. (A name without a postposition is no sure subject: "हेमंत सोरेन
        सरकार में".)"""
        lo = self.doc.lines[line].start
        if (said is None or said.line != line) and self._opens_paragraph(pos, line):
            # a pronoun opening a paragraph after one about a person ("X पेशे से वकील हैं।
            # … ¶ उन्होंने कहा"): that paragraph's first subject is nearer than the speaker
            # quoted before it
            return self._topic_before(line, said)
        if said is not None and said.line == line:
            lo = max(lo, said.pos + 1)
        hit = self.index.before(pos, ("PERSON",), lo)
        while hit is not None:
            s, e, ent = hit
            if said is not None and ent is said.entity:
                return None
            k = self.doc.token_index(e)
            if k < len(self.doc.tokens) and self._in_earlier_sentence(e, pos):
                a, b = self.doc.tokens[k]
                nxt = norm_word(self.doc.text[a:b])
                if nxt == "ने" and not self._inside_statement(s):
                    return ent
                if self._nominative_subject(s, k, said):
                    return ent
                if self._opinion_of(k) and not self._inside_statement(s):
                    return ent  # "X की राय भी यही है। उनका कहना है …"
            hit = self.index.before(s, ("PERSON",), lo)
        return None

    def _opinion_of(self, k: int) -> bool:
        """Token ``k`` (right after a name) opens a genitive of a view: "की राय", "का
        मानना", "के विचार"."""
        toks = self.doc.tokens
        if k + 1 >= len(toks) or norm_word(self.doc.token_text(k)) not in ("का", "की", "के"):
            return False
        return norm_word(self.doc.token_text(k + 1)) in self.opinions

    def _topic_before(self, line: int, said: Said | None) -> Entity | None:
        """The first person named as a subject ("X ने", "X पेशे से …") in the paragraph
        before ``line``, after the last statement; not the speaker quoted last."""
        prev = line - 1
        if prev < 0 or self.doc.lines[prev].kind != "paragraph":
            return None
        ln = self.doc.lines[prev]
        lo = ln.start if said is None else max(ln.start, said.pos + 1)
        for s, e, ent in self.index.overlapping(lo, ln.end):
            if ent.type != "PERSON" or s < lo:
                continue
            k = self.doc.token_index(e)
            if k >= len(self.doc.tokens):
                return None
            nxt = norm_word(self.doc.token_text(k))
            if (nxt == "ने" and not self._inside_statement(s)) or self._nominative_subject(s, k, said):
                return None if said is not None and ent is said.entity else ent
        return None

    def _inside_statement(self, start: int) -> bool:
        """The mention at ``start`` lies inside a statement ("X ने बताया कि PM मोदी ने
        भी …"): it is not the subject of a sentence of the reporter's."""
        return any(s <= start < e for s, e in self.statements)

    def _opens_paragraph(self, pos: int, line: int) -> bool:
        """``pos`` lies in the first sentence of its paragraph."""
        return self.doc.sentence_index(pos) == self.doc.sentence_index(self.doc.lines[line].start)

    def _nominative_subject(self, start: int, k: int, said: Said | None) -> bool:
        """The person mention at ``start`` (next token ``k``) is the nominative subject
        of a sentence after the last statement's: "X भी इस अध्ययन में शामिल थे।
        उन्होंने कहा …". Its first person mention, with no ने before it, and followed by
        a particle or a verb word — not a postposition, a genitive, a conjunction or an
        organisation noun ("मोदी सरकार")."""
        doc = self.doc
        si = doc.sentence_index(start)
        if said is not None and si <= doc.sentence_index(said.pos):
            return False
        sent = doc.sentences[si]
        first = self.index.overlapping(sent.start, start + 1)
        if any(ent.type == "PERSON" and s < start for s, _e, ent in first):
            return False
        t0 = doc.token_index(start)
        if any(norm_word(doc.token_text(m)) in _NOT_BEFORE_SUBJECT for m in range(sent.tok_start, t0)):
            return False  # "… जेल में अलीपुर निवासी X से": inside a phrase, not its subject
        while k < sent.tok_end and norm_word(doc.token_text(k)) in _PARTICLES:
            k += 1
        if k >= sent.tok_end:
            return False
        w = doc.token_text(k)
        nw = norm_word(w)
        return w[:1].isalpha() and nw not in _NOT_AFTER_SUBJECT and nw not in self.org_heads

    def _in_earlier_sentence(self, a: int, b: int) -> bool:
        return self.doc.sentence_index(a) < self.doc.sentence_index(b)

    def _section_start(self, line: int) -> int:
        return self.section_starts.get(self.section_of[line], 0)

    def _salient(self, pos: int, line: int) -> Said | None:
        """The last speaker quoted before ``pos`` in the same paragraph, else section."""
        section = self.section_of[line]
        best_section = None
        for said in reversed(self.history):
            if said.pos >= pos:
                continue
            if said.line == line:
                return said
            if best_section is None and said.section == section:
                best_section = said
            if said.section != section:
                break
        return best_section

    def _named_owner(self, pos: int) -> Entity | None:
        i = bisect_left(self.owners, (pos,)) - 1
        return self.owners[i][1] if i >= 0 else None

    def _last_said(self, pos: int) -> Said | None:
        for said in reversed(self.history):
            if said.pos < pos:
                return said
        return None

    def _by_name(self, text: str) -> Entity | None:
        words = _norm_name(text)
        if not words:
            return None
        hits = [
            e
            for e in self.by_last_word.get(words[-1], [])
            if _norm_name(e.name)[-len(words) :] == words
        ]
        if not hits and len(words) == 1:
            # a first name alone ("एंजेलो ने आगे कहा"), when it fits one person only
            hits = self.by_first_word.get(words[0], [])
        return hits[0] if len(hits) == 1 else None

    def _owner(self, owner: SpeakerRef, pos: int) -> Entity | None:
        if owner.entity is not None:
            return owner.entity
        if owner.kind == ORG_HEAD:
            return self._by_org_head(owner.text, owner.title or "", pos)
        found = self._by_name(owner.text)
        if found is None and self.aliases is not None:
            found = self.aliases.lookup(owner.text)
        return found

    def _by_role(self, title: str, pos: int, first: bool = False, country: str | None = None) -> Entity | None:
        """The person the article last gave this post before ``pos`` (``first``: the
        first one it gave it to). A post of a country ("फ्रांसीसी विदेश मंत्री") goes to
        a holder of that country's post, else to one whose country is not said — never
        to another country's."""
        key = _norm_name(self.title_forms.get(" ".join(_norm_name(title)), title))
        if not key:
            return None
        held = self.roles.get(key[-1], [])
        fallback = None
        for start, rt, e in held if first else reversed(held):
            if start < pos and (rt[-len(key) :] == key or key[-len(rt) :] == rt):
                if country is None:
                    return e
                theirs = self.role_country.get((start, e.id))
                if theirs == country:
                    return e
                if theirs is None and fallback is None:
                    fallback = e
        return fallback

    def _serves(self, ent: Entity, title: str, body: Entity) -> bool:
        """``ent`` holds the post ``title`` in ``body`` or in no body the article names."""
        last = _norm_name(self.title_forms.get(" ".join(_norm_name(title)), title))[-1:]
        body_words = set(_norm_name(body.name))
        for r in ent.roles:
            if _norm_name(r.title)[-1:] != last:
                continue
            org = set(_norm_name(r.org)) if r.org else set()
            if not org or org <= body_words or body_words <= org:
                return True
        return False

    def _holds(self, ent: Entity, title: str) -> bool:
        last = _norm_name(self.title_forms.get(" ".join(_norm_name(title)), title))[-1:]
        return any(_norm_name(r.title)[-1:] == last for r in ent.roles)

    def _related(self, ref: SpeakerRef) -> bool:
        """A post described by whom or what it serves ("अभियोजन पक्ष के वकील", "फर्नीचर
        कंपनी के मालिक", "बुइसेन का इलाज करने वाले डॉक्टर"): someone new, not the person
        quoted last; a post of a place ("गुजरात के मुख्यमंत्री") may well be that person."""
        words = _norm_name(ref.text)
        if not any(w in _RELATION_WORDS for w in words[:-1]):
            return False
        return not any(ent.type == "LOC" for _s, _e, ent in self.index.overlapping(ref.start, ref.end))

    def _by_salience(
        self, pos: int, line: int, title: str = "", strict: bool = False, related: bool = False
    ) -> Entity | None:
        """A post with no holder named: the person quoted last in the section, else the
        next person quoted in the paragraph. ``strict`` (a kinship term: "पीड़ित के
        पिता" is someone's relative, not whoever spoke last): only a person the article
        gives that title. ``related`` (a post described by whom it serves, see
        ``_related``): only the next person quoted in the paragraph, given that post."""
        said = None if related else self._salient(pos, line)
        if said is not None and said.entity is not None and said.entity.type == "PERSON":
            if (not strict and not said.entity.roles) or self._holds(said.entity, title):
                return said.entity
            return None  # the person quoted last holds another post
        if strict:
            return None
        # a post first, the name next: "PHFI चीफ ने कहा … रेड्डी ने कहा"
        for anchor, li, ent in self.named:
            if anchor > pos and li == line:
                return ent if not related or self._holds(ent, title) else None
        return None

    def _by_org_head(self, text: str, head: str, pos: int, lo: int = 0) -> Entity | None:
        words = _norm_name(text)
        exact = [e for e in self.orgs if _norm_name(e.name)[-len(words) :] == words]
        if exact:
            return self._latest(exact, pos)
        if len(words) == 1:
            hk = self._kind(norm_word(head))
            ending = [e for e in self.orgs if tuple(map(self._kind, _norm_name(e.name)[-1:])) == (hk,)]
            if ending:
                return self._latest(ending, pos)
        if len(words) > 1 and words[0] not in _DETERMINERS and not any(w in self.descriptors for w in words):
            return None  # "राज्य सरकार", "मौसम विभाग": a name of its own, not linked
        if words[-1] in self.standalone:
            return None  # "पुलिस ने बताया": the police, not the organisation named last
        # a bare description ("कंपनी", "इस संगठन"): the organisation named last in the
        # section, else the one quoted last — not one whose name ends with another
        # organisation noun ("… सेंटर" is no "विभाग", "… संगठन" no "बोर्ड")
        hk = words[-1]
        near = self.index.before(pos, ("ORG",), lo)
        if near is not None:
            return near[2] if self._may_be(near[2], hk) else None
        for said in reversed(self.history):
            if said.pos < pos and said.entity is not None and said.entity.type == "ORG":
                return said.entity if self._may_be(said.entity, hk) else None
        return None

    def _may_be(self, ent: Entity, head: str) -> bool:
        """An organisation that a bare organisation noun may stand for: its name ends
        with that noun or with no organisation noun at all ("अमेजन" for "कंपनी")."""
        last = _norm_name(ent.name)[-1:]
        return not last or self._kind(last[0]) == self._kind(head) or last[0] not in self.org_heads

    def _kind(self, word: str) -> str:
        return self.head_kind.get(word, word)

    @staticmethod
    def _latest(ents: list[Entity], pos: int) -> Entity | None:
        best: tuple[int, Entity] | None = None
        for e in ents:
            for m in e.mentions:
                if m.start < pos and (best is None or m.start > best[0]):
                    best = (m.start, e)
        return best[1] if best is not None else ents[0]
