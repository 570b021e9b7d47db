"""The roles component: the posts an article gives each person entity.

For every mention of a PERSON entity it reads, within the sentence:

- before the name: ``[ORG के/की] [REGION] [MODIFIERS] [ORG WORDS] TITLE [(DEPARTMENT)] [के]``
  — "प्रदेश कांग्रेस कमेटी के अध्यक्ष राजेश ठाकुर" (अध्यक्ष, org प्रदेश कांग्रेस कमेटी),
  "प्रदेश अध्यक्ष (अल्पसंख्यक विभाग) मंजूर अंसारी" (org अल्पसंख्यक विभाग), "झारखंड प्रदेश
  प्रभारी(अल्पसंख्यक प्रकोष्ठ) के उमैर खान" (region झारखंड), "वरिष्ठ कांग्रेस नेता X"
  (वरिष्ठ नेता, org कांग्रेस), "विधायक X"; honorifics between post and name (डॉ., श्री)
  are skipped, and so are initials between post and surname (प्रमुख सचिव डी.के. दीवान), a department after the
  post (अपर सचिव स्वास्थ्य X), words between a named body's genitive and the post
  (लाहौर के पुलिस प्रमुख X), a body with में (मंत्रालय में संयुक्त सचिव X), a doctor of
  an institution (चिकित्सालय के डा. X), a second post joined by और or सह (ट्विटर के
  संस्थापक और कार्यकारी निदेशक X, उपायुक्त सह जिला दंडाधिकारी X), an area or department
  of several words or after a hyphen (पुलिस अधीक्षक पश्चिम X, प्रधान सचिव-योजना X), a
  post the recogniser took into an organisation's name (डीसी लाहौल स्पीति X), a first
  name or initials left out of the mention (प्रभारी सीआई वीर बहादुर सिंह, सीईओ टीवी
  नरेंद्रन), and a post set off by a comma before a name with a case marker (के संयुक्त
  सचिव, X ने);
- after the name: an apposition "X, मुख्यमंत्री" / "X, कांग्रेस के प्रवक्ता" / "X,
  प्रदेश अध्यक्ष, कांग्रेस", a predicate "X … के वरिष्ठ नेता हैं" / "X इसके होस्ट बने"
  / "X, … की प्रभारी भी हैं" / "X … के विधायक और पूर्व मंत्री हैं", a post in brackets
  "X (प्रदेश अध्यक्ष)" or a party "X (भाजपा)", "X (BJP)" (title सदस्य), "X बतौर
  मेज़बान", "X ने मुख्यमंत्री के तौर पर", a post closing a line ("डा. X सीएमओ
  फिरोजाबाद ।", "X बने … के उप प्राचार्य"), and an appointment ("X को सर्वसम्मति से
  अध्यक्ष चुना गया", "X को अध्यक्ष, Y को सचिव … चुना गया", "X निर्विरोध अध्यक्ष चुने
  गए"; roles/appoint_*.txt, appoint_links.tsv);
- a post introduced before a verb phrase: "मुख्य अतिथि के रूप में शामिल हुए … X"
  (patterns.tsv), and any post so ("प्रधानमंत्री के रूप में शपथ लेने वाले X") when a
  participle leads to the name (roles/as_participles.txt).

A region without an organisation is the organisation (the guidelines), a nationality
adjective names its country (roles/org_forms.tsv), and "विपक्ष के नेता" is recorded as
नेता प्रतिपक्ष (roles/genitive_titles.tsv).

Titles come from khabar/resources/entities/titles.tsv (kind post) plus
khabar/resources/roles/titles.tsv; title modifiers from roles/modifiers.tsv;
departments after a post from roles/departments.txt; words that name no body before a
genitive (24 साल के, जिले के) from roles/not_org.txt;
organisation words from entities/orgs.tsv and entities/org_heads.tsv, and from ORG
entities; regions from entities/places.tsv and LOC entities. Every role keeps the
offsets of its phrase (title and organisation, without the name).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

import regex

from khabar.doc import Doc, Sentence
from khabar.entities.titles import TitleIndex, load_titles
from khabar.quotes.lexicon import alternation, norm_word
from khabar.record import Entity, Role
from khabar.resources import load_lines, load_table

GENITIVES = frozenset({"का", "की", "के"})
MAX_ORG_WORDS = 6
MAX_PREFIX_WORDS = 4
MAX_DEPT_WORDS = 4  # "सचिव चिकित्सा एवं स्वास्थ्य X"
MAX_GAP_TOKENS = 15  # between "मुख्य अतिथि के रूप में" and the name
_PREDICATE_VERBS = frozenset({"हैं", "है", "थे", "था", "थीं", "थी", "रहे", "रही", "रहा", "बने", "बनीं"})
# what may follow a post set after a name ("X, मुख्यमंत्री, ने"); not a genitive: "X,
# मुख्यमंत्री के भाई Y" is a relation of someone else
_APPOSITION_END = frozenset({",", "।", ".", ")", "ने", "और", "को", "से", "-", ":"})
COORDINATORS = frozenset({"और", "एवं", "व", "तथा"})
# "सह" between two posts joins them ("उपायुक्त सह जिला दंडाधिकारी X": both X's);
# before a post with none before it, it is a modifier ("सह प्रभारी")
POST_JOINERS = frozenset({"सह"})
# what may follow a name that a post and a comma stand before ("स्वास्थ्य मंत्रालय के
# संयुक्त सचिव, लव अग्रवाल ने कहा"): not a comma or "और" of a list
_COMMA_NAME_END = frozenset({"ने", "का", "की", "के", "को", "से"})
# what ends a predicate post after "X," ("X, कांग्रेस की प्रभारी भी हैं")
_COMMA_PREDICATE_END = frozenset({"भी", "हैं", "है", "थे", "था", "थीं", "थी", "रहे", "रही", "रह"})
BECAME = frozenset({"बने", "बनीं", "बनी", "बना"})  # "X बने … के उप प्राचार्य" (a headline)
BECOMING = frozenset({"बनने", "बनते"})  # "X के जिलाध्यक्ष बनने पर"
BEING = frozenset({"जाने", "होने", "जाते", "होते"})  # "X के अध्यक्ष चुने जाने पर"
_CLOSING = frozenset({"।", ".", ",", "|"})  # what may end a post closing a sentence
_AS_RE = regex.compile(r"(?<![\p{L}\p{M}])के[ \t]+(?:रूप[ \t]+में|तौर[ \t]+पर)(?![\p{L}\p{M}])")
# what ends the phrase between "POST के रूप में" and its person
_AS_BREAKS = frozenset({"।", "कि", "ने", ",", "और", "है", "हैं", "था", "थे", "थी", "थीं"})
_OBJECT_CASE = frozenset({"को", "ने", "से", "पर", "तक"})  # case markers before a post set off by a comma
MAX_APPOINT_ORG = 12  # tokens of a chain of bodies before an appointed post
MAX_APPOINT_LIST = 30  # tokens from a post to the verb a list of appointments shares
# what ends such a list before its verb: another clause or sentence
_APPOINT_BREAKS = frozenset({"ने", "कि", "है", "हैं", "था", "थे", "थी", "।", "?", "!", ":", ";", '"'})
LIST_JOINERS = COORDINATORS
MAX_LIST = 8  # names in one list sharing a post
RELATIVES = frozenset({"जो"})
# a post held before, between the post and the name ("निदेशक रहे X", "मंत्री रह चुके X")
FORMER_LINKS = (("रह", "चुके"), ("रह", "चुकी"), ("रह", "चुकीं"), ("रहे",), ("रही",), ("रहीं",))
# words that close the subject before a predicate post: in "X ने बताया कि … के चेयरमैन रहे
# Y", "X का कहना है कि Y … कमांडर हैं" the post is not X's
_PREDICATE_BREAKS = frozenset({"ने", "कि", "कहा", "जो", "जिसे", "।", ",", ":", ";", "?", "!", '"', "'", "-"})
# what follows a second predicate post ("… और नेता प्रतिपक्ष भी रह चुके हैं")
_SECOND_ENDERS = _PREDICATE_VERBS | frozenset({"भी", "रह"})
_BRACKET_END = frozenset({")", ","})
AS_WORDS = frozenset({"बतौर"})  # "X बतौर मेज़बान"
AS_PHRASES = frozenset({("के", "रूप", "में"), ("के", "तौर", "पर")})
_GENITIVE_KE = frozenset({"के"})
# "के" right between a post and a name is an initial (K.), not a genitive
INITIAL_KE = frozenset({"के"})
MAX_LETTER_INITIALS = 4  # "एसके", "एपीजे": initials written as one word
MAX_INITIAL_LEN = 3  # "डी.के.", "वाई.एस.": initials before a surname
AFFILIATION_TITLE = "सदस्य"
# posts that are also forms of address before a name ("डॉक्टर हर्षवर्धन"): a post only
# with an organisation ("यूनिवर्सिटी के डॉक्टर X", "चिकित्सालय के डा. X")
ADDRESS_POSTS = frozenset({"डॉक्टर", "डाक्टर"})
DOCTOR_FORMS = frozenset({"डॉ", "डा", "डॉक्टर", "डाक्टर", "Dr"})
DOCTOR_TITLE = "डॉक्टर"
# houses a post may sit in ("लोकसभा में विपक्ष की नेता", "विधानसभा में नेता प्रतिपक्ष")
BODY_WORDS = frozenset({"लोकसभा", "विधानसभा", "राज्यसभा", "संसद", "विधान परिषद", "परिषद"})
# words passed over between a genitive organisation and its post ("के एक पत्रकार")
PASS_WORDS = frozenset({"एक", "नए", "नई", "नया", "नये"})
POSSESSIVES = frozenset(
    {
        "उनके", "उनकी", "उनका", "इनके", "इनकी", "उसके", "उसकी", "इसके", "इसकी",
        "अपने", "अपनी", "अपना", "हमारे", "हमारी", "मेरे", "मेरी",
    }
)


@dataclass
class _Tok:
    start: int
    end: int
    text: str
    norm: str


class RoleFinder:
    """Component factory: loads titles and word lists once; call it on a ``Doc``."""

    def __init__(self) -> None:
        titles = [t for t in load_titles() if t.kind == "post"]
        seen = {t.title for t in titles}
        extra = load_titles("roles/titles.tsv")
        titles += [t for t in extra if t.kind == "post" and t.title not in seen]
        self.posts = TitleIndex(titles)
        # honorifics: the entities' list and spellings added for roles ("डाॅ.")
        self.honorifics = TitleIndex(
            [t for t in load_titles() if t.kind == "honorific"] + [t for t in extra if t.kind == "honorific"]
        )
        self.modifiers = frozenset(norm_word(w) for w in load_lines("roles/modifiers.tsv"))
        # kinship words ("विधायक पुत्र X": the MLA's son) and their oblique forms
        self.kin = frozenset(norm_word(t.title) for t in load_titles() if t.kind == "kin") | frozenset(
            norm_word(w) for w in load_lines("roles/kin_words.txt")
        )
        self.title_forms = {
            " ".join(norm_word(w) for w in a.split()): b for a, b in load_table("roles/title_forms.tsv")
        }
        self.org_forms = {norm_word(a): b for a, b in load_table("roles/org_forms.tsv")}
        self.departments = frozenset(norm_word(w) for w in load_lines("roles/departments.txt"))
        not_org = load_lines("roles/not_org.txt")
        self.not_org = frozenset(norm_word(w.lstrip("!")) for w in not_org)
        self.never_org = frozenset(norm_word(w[1:]) for w in not_org if w.startswith("!"))
        org_rows = load_table("entities/orgs.tsv")
        self.org_words = frozenset(norm_word(r[0]) for r in org_rows if len(r[0].split()) == 1)
        self.parties = frozenset(
            " ".join(norm_word(w) for w in r[0].split()) for r in org_rows if r[1] in ("party", "alliance")
        ) | frozenset(norm_word(w) for w in load_lines("roles/parties_latin.txt"))
        self.org_heads = frozenset(norm_word(r[0]) for r in load_table("entities/org_heads.tsv"))
        self.places = frozenset(
            " ".join(norm_word(w) for w in r[0].split()) for r in load_table("entities/places.tsv")
        )
        self.stops = frozenset(
            norm_word(r[0]) for r in load_table("quotes/np_stops.tsv") if r[1] == "stop"
        ) - GENITIVES
        self.as_participles = frozenset(norm_word(w) for w in load_lines("roles/as_participles.txt"))
        self.letter_names = frozenset(load_lines("roles/letter_names.txt"))
        self.max_letter = max((len(w) for w in self.letter_names), default=1)
        self.determiners = frozenset(
            norm_word(r[0]) for r in load_table("quotes/np_stops.tsv") if r[1] == "first"
        )
        self.post_nouns = {norm_word(a): b for a, b in load_table("roles/post_nouns.tsv")}
        shared = load_lines("roles/shared_posts.txt")
        self.shared_posts = frozenset(norm_word(w) for w in shared if not w.startswith("-"))
        self.single_posts = frozenset(
            " ".join(norm_word(x) for x in w[1:].split()) for w in shared if w.startswith("-")
        )
        self.appoint_verbs = frozenset(norm_word(w) for w in load_lines("roles/appoint_verbs.txt"))
        self.link_verbs: dict[tuple[str, ...], frozenset[str]] = {}
        for words, verbs in load_table("roles/appoint_links.tsv"):
            key = tuple(norm_word(w) for w in words.split())
            given = frozenset(norm_word(v) for v in verbs.split())
            self.link_verbs[key] = self.appoint_verbs if verbs.strip() == "-" else given
        self.genitive_titles = {
            (norm_word(a), norm_word(b)): c for a, b, c in load_table("roles/genitive_titles.tsv")
        }
        self.appoint_passive = frozenset(norm_word(w) for w in load_lines("roles/appoint_passive.txt"))
        self.appoint_skip: dict[str, list[tuple[str, ...]]] = {}
        for line in load_lines("roles/appoint_skip.txt"):
            phrase = tuple(norm_word(w) for w in line.split())
            self.appoint_skip.setdefault(phrase[0], []).append(phrase)
        for group in self.appoint_skip.values():
            group.sort(key=len, reverse=True)
        self.resign_links = {
            tuple(norm_word(w) for w in a.split()): frozenset(norm_word(v) for v in b.split())
            for a, b in load_table("roles/resign_links.tsv")
        }
        self.resign_cue = frozenset(v for vs in self.resign_links.values() for v in vs)
        self.appoint_cue = self.appoint_verbs | frozenset(v for vs in self.link_verbs.values() for v in vs)
        rows = load_table("roles/patterns.tsv")
        self.intro_re = regex.compile(
            "|".join(
                f"(?P<p{i}>{alternation([post])})[ \\t]+{alternation([link])}"
                for i, (post, link) in enumerate(rows)
            )
        )
        self.intro_titles = [post for post, _ in rows]

    # -- entry point -----------------------------------------------------------------

    def __call__(self, doc: Doc) -> None:
        spans = sorted(
            ((m.start, m.end, e) for e in doc.entities for m in e.mentions), key=lambda x: x[:2]
        )
        starts = [s for s, _, _ in spans]
        kinds = _Spans(spans, starts)
        found: dict[str, dict[tuple[int, int], Role]] = {}
        cache: dict[int, tuple[list[_Tok], list[int]]] = {}
        for s, e, ent in spans:
            if ent.type != "PERSON" or not doc.sentences:
                continue
            si = doc.sentence_index(s)
            sent = doc.sentences[si]
            if not sent.start <= s < sent.end:
                continue
            if si not in cache:
                sent_toks = _tokens(doc, sent)
                cache[si] = (sent_toks, [t.start for t in sent_toks])
            toks, tstarts = cache[si]
            i = bisect_left(tstarts, s)
            j = bisect_left(tstarts, e)
            if self._initial_of_named(toks, i, j, kinds):
                continue  # "डी" of "डी.के. दीवान": the surname's mention carries the post
            if not _surname_carries(ent) and self._initial_mention_before(toks, i, kinds):
                continue  # "एच.सी. अवस्थी" read as a mention of "अवनीश अवस्थी": the initial carries it
            i = self._name_start(toks, i, j)
            first = self._before(toks, i, kinds, lone=j == i + 1 and " " not in ent.name)
            if first is None:
                # "के नेता कोप्पुला ईश्वर, ई. राजेंदर और …": a post shared by a list
                first = self._listed(toks, i, j, kinds)
            if first is None:
                first = self._comma_before(toks, i, j, kinds)
            roles = [first]
            if first is not None:
                # a second post right before the first: "पाकिस्तान के राष्ट्रपति जनरल X",
                # or joined to it: "ट्विटर के संस्थापक और कार्यकारी निदेशक X"
                k = bisect_left(tstarts, first.start)
                if self._post_first(toks, k):
                    # not past an organisation word: in "वन पंचायत सलाहकार परिषद
                    # उपाध्यक्ष X" the first post names the council
                    roles.append(self._chained(toks, k, kinds))
                    if k >= 2 and (toks[k - 1].norm in COORDINATORS or toks[k - 1].norm in POST_JOINERS):
                        roles.append(self._chained(toks, k - 1, kinds))
                elif k >= 2 and toks[k - 1].norm in COORDINATORS:
                    # a post joined to a phrase that opens with its organisation:
                    # "बंगाल की मुख्यमंत्री और तृणमूल कांग्रेस सुप्रीमो ममता बनर्जी"
                    roles.append(self._chained(toks, k - 1, kinds))
            roles.extend(self._after(toks, j, kinds))
            for r in roles:
                if r is not None:
                    found.setdefault(ent.id, {}).setdefault((r.start, r.end), r)
        for m in self.intro_re.finditer(doc.text):
            self._introduced(doc, m, kinds, found)
        self._introduced_any(doc, kinds, found)
        for ent in doc.entities:
            for key in sorted(found.get(ent.id, {})):
                ent.roles.append(found[ent.id][key])

    def _name_start(self, toks: list[_Tok], i: int, j: int) -> int:
        """Where the name starts inside a mention toks[i:j] that also holds a post or an
        honorific ("प्रोफ़ेसर थियूनिसेन" read as one mention): the role is read before it."""
        words = _words(toks)
        k = i
        while k < j - 1:
            hit = self.posts.starting_at(words, k) or self.honorifics.starting_at(words, k)
            if hit is not None and hit[0] < j:
                k = hit[0]
                while k < j - 1 and toks[k].text == ".":
                    k += 1
                continue
            if toks[k].norm in self.modifiers:
                k += 1
                continue
            break
        return k if k < j else i

    # -- before the name -------------------------------------------------------------

    def _listed(self, toks: list[_Tok], i: int, j: int, spans: _Spans) -> Role | None:
        """The post before the first of a list of bare names that the name at toks[i]
        closes or continues: "तेलंगाना राष्ट्र समिति के नेता A, B और C", "विधायक A, B
        व C". Only a post several people hold at once (roles/shared_posts.txt), and a
        name after और only in a list of three or more: "मुख्यमंत्री A और B" is no list of
        chief ministers. Not a name with a post of its own right after it ("प्रकाश
        करात, जद-यू अध्यक्ष शरद यादव")."""
        words = _words(toks)
        n = len(toks)
        # (a post after a comma or "और" is the next name's: "…, ई. राजेंदर और एमएलसी X")
        if j < n and toks[j].text != "," and toks[j].norm not in LIST_JOINERS and any(
            self.posts.starting_at(words, x) is not None for x in range(j, min(j + 3, n))
        ):
            return None
        k = i - 1
        if k < 1 or not (toks[k].text == "," or toks[k].norm in LIST_JOINERS):
            return None
        commas = toks[k].text == ","
        members = 1
        while True:  # toks[k] is a separator: the member before it
            ent = spans.covering(toks[k - 1].start) if k >= 1 else None
            if ent is None or ent.type != "PERSON":
                return None
            s = k - 1
            while s >= 1 and spans.covering(toks[s - 1].start) is ent:
                s -= 1
            members += 1
            p = s - 1
            while p >= 0 and (hit := self.honorifics.ending_at(words, p)) is not None:
                p = hit[0] - 1  # "डॉ. B"
            if members < MAX_LIST and p >= 1 and toks[p].text == ",":
                commas, k = True, p
                continue
            break
        if not commas:
            return None
        role = self._before(toks, s, spans)
        if role is None:
            return None
        title = [norm_word(w) for w in role.title.split()]
        if title[-1] not in self.shared_posts or " ".join(title) in self.single_posts:
            return None
        return role

    def _comma_before(self, toks: list[_Tok], i: int, j: int, spans: _Spans) -> Role | None:
        """A post set before the name with a comma: "स्वास्थ्य मंत्रालय के संयुक्त सचिव,
        लव अग्रवाल ने कहा", "वुहान के एक वायरोलॉजिस्ट, X ने". Only a name that a case
        marker follows (no list "मुख्यमंत्री, उपमुख्यमंत्री, X और Y"), and a post phrase
        that is no apposition or list item itself ("राजपाल, प्रभारी, X ने")."""
        k = i - 1
        if k < 1 or toks[k].text != "," or j >= len(toks) or toks[j].norm not in _COMMA_NAME_END:
            return None
        if self.posts.ending_at(_words(toks), k - 1) is None:
            return None
        role = self._before(toks, k, spans)
        if role is None:
            return None
        r0 = bisect_left([t.start for t in toks], role.start)
        if r0 >= 1:
            prev = toks[r0 - 1]
            if prev.text == "," or prev.norm in COORDINATORS or prev.norm in _OBJECT_CASE:
                return None  # "X को (सर्वसम्मति से) अध्यक्ष, Y को सचिव चुना गया": X's post
            ent = spans.covering(prev.start)
            if ent is not None and ent.type == "PERSON":
                return None
        return role

    def _before(self, toks: list[_Tok], i: int, spans: _Spans, lone: bool = False) -> Role | None:
        k = i - 1
        words = _words(toks)
        # a first name the recogniser left out of the mention, after initials or not:
        # "प्रशासक डाना कैनेडी" read as the surname "कैनेडी" alone, "प्रभारी सीआई वीर
        # बहादुर सिंह", "आइसीएमआर के डॉक्टर रमन आर. गंगाखेडकर", "प्रो. हारिश एम. X"
        g = k
        while g >= 1 and toks[g].text == "." and _initial_word(toks[g - 1].text):
            g -= 2
        if g >= 1 and self._given_name_between(toks, g, spans, honorific=not lone):
            k = g - 1
        # honorifics between post and name (डॉ. / श्री / डॉक्टर)
        doctor = False
        while k >= 0:
            hit = self.honorifics.ending_at(words, k)
            if hit is None and toks[k].norm in ADDRESS_POSTS and not (
                k >= 1 and toks[k - 1].norm in GENITIVES
            ):
                k -= 1
                continue
            if hit is None:
                break
            doctor = doctor or toks[hit[0]].norm in DOCTOR_FORMS
            k = hit[0] - 1
        if doctor and k >= 1 and toks[k].norm in GENITIVES:
            # "उप जिला चिकित्सालय के डा. अमित अग्रवाल": a doctor of that hospital
            o = self._org_before(toks, k, spans)
            if o is not None:
                return Role(DOCTOR_TITLE, _join(toks, o, k), toks[o].start, toks[k].end)
        # initials before the surname: "प्रमुख सचिव डी.के. दीवान"
        while k >= 1 and toks[k].text == "." and _initial_word(toks[k - 1].text):
            k -= 2
        if (
            k >= 1
            and self._letter_initials(toks[k].text)
            and self.posts.ending_at(words, k) is None
            and self.posts.ending_at(words, k - 1) is not None
        ):
            k -= 1  # initials without dots: "सीईओ टीवी नरेंद्रन", "सीएमओ एसके सिंह"
        if k >= 0 and toks[k].norm in GENITIVES and k >= 1 and toks[k - 1].text == ")":
            k -= 1  # "प्रभारी(अल्पसंख्यक प्रकोष्ठ) के उमैर खान"
        elif k >= 1 and toks[k].norm in INITIAL_KE and self.posts.ending_at(words, k - 1) is not None:
            k -= 1  # "तेलंगाना के मुख्यमंत्री के चंद्रशेखर राव": "के" is the initial K.
        dept = None
        end = None
        for link in FORMER_LINKS:
            m = len(link)
            if k >= m and tuple(toks[x].norm for x in range(k - m + 1, k + 1)) == link:
                if self.posts.ending_at(words, k - m) is not None:
                    k -= m  # "सेंसर बोर्ड के चेयरमैन रहे गोल्डी आनंद": a post held
                break
        d = self._department_run(toks, k, spans)
        if d < k and self.posts.ending_at(words, d) is not None:
            # the department or area after the post: "अपर सचिव स्वास्थ्य X", "सचिव
            # चिकित्सा एवं स्वास्थ्य X", "एसडीएम भरमौर डा. X", "डीसी लाहौल स्पीति X",
            # "प्रधान सचिव-योजना X"
            first = d + 2 if toks[d + 1].text == "-" else d + 1
            dept = (toks[first].start, toks[k].end)
            end = toks[k].end
            k = d
        if k >= 0 and toks[k].text == ")":
            o = k - 1
            while o >= 0 and toks[o].text != "(" and k - o < 8:
                o -= 1
            if o < 0 or toks[o].text != "(" or o == k - 1:
                return None
            hit = self.posts.starting_at(words, o + 1)
            if hit is None or hit[0] != k:
                dept = (toks[o + 1].start, toks[k - 1].end)
            # else the post's short form: "पुलिस महानिरीक्षक (आईजी) विवेक शर्मा"
            end = toks[k].end
            k = o - 1
        hit = self.posts.ending_at(words, k) if k >= 0 else None
        if hit is None:
            return None
        t0 = hit[0]
        if t0 >= 1 and toks[t0 - 1].norm in POSSESSIVES:
            return None  # "उनके नेता राहुल गांधी": a relation, not a post
        if end is None:
            end = toks[k].end
        return self._assemble(toks, t0, k + 1, end, dept, spans)

    def _given_name_between(self, toks: list[_Tok], k: int, spans: _Spans, honorific: bool = False) -> bool:
        """Whether toks[k] is an unknown word (a first name the recogniser left out)
        right after a post (or, with ``honorific``, an honorific): no stop word, post,
        modifier, honorific, body or place."""
        tk = toks[k]
        if not self._plain_word(toks, k, spans) or spans.covering(tk.start) is not None:
            return False
        if (
            tk.norm in self.modifiers
            or tk.norm in self.kin
            or tk.norm in self.departments
            or tk.norm in self.org_words
            or tk.norm in self.org_heads
            or tk.norm in self.places
            or tk.norm in self.not_org
            or self.honorifics.ending_at(_words(toks), k) is not None
        ):
            return False
        words = _words(toks)
        if self.posts.ending_at(words, k - 1) is not None:
            return True
        return honorific and self.honorifics.ending_at(words, k - 1) is not None

    def _department_run(self, toks: list[_Tok], k: int, spans: _Spans) -> int:
        """Index before a run of department words or one place ending at toks[k] (joined
        by एवं/और/व: "चिकित्सा एवं स्वास्थ्य"); k itself when there is none."""
        d = k
        while d >= 1 and k - d < MAX_DEPT_WORDS and toks[d].norm in self.departments:
            d -= 1
            if d >= 2 and toks[d].norm in COORDINATORS and toks[d - 1].norm in self.departments:
                d -= 1
        if d == k and k >= 1 and self._place_at(toks, k, spans) and toks[k].text[0].isalpha():
            d = k - 1
            # a place of several words, one entity: "डीसी लाहौल स्पीति X"
            ent = spans.covering(toks[k].start)
            while d >= 1 and k - d < MAX_DEPT_WORDS and ent is not None and spans.covering(toks[d].start) is ent:
                d -= 1
        if d == k and k >= 1:
            d = self._post_led_org(toks, k, spans)
        if d == k and k >= 2 and toks[k - 1].text == "-" and self._plain_word(toks, k, spans):
            d = k - 1  # one word joined to the post by a hyphen: "प्रधान सचिव-योजना X"
        if d < k and d >= 1 and toks[d].text == "-" and spans.covering(toks[d + 1].start) is None:
            if self.posts.ending_at(_words(toks), d - 1) is not None:
                d -= 1
        return d

    def _letter_initials(self, w: str) -> bool:
        """Whether ``w`` is two to four Latin letter names written in Devanagari ("टीवी")."""
        n = len(w)
        parts = 0
        i = 0
        while i < n and parts <= MAX_LETTER_INITIALS:
            for size in range(min(self.max_letter, n - i), 0, -1):
                if w[i : i + size] in self.letter_names:
                    i += size
                    parts += 1
                    break
            else:
                return False
        return i == n and 2 <= parts <= MAX_LETTER_INITIALS

    def _post_led_org(self, toks: list[_Tok], k: int, spans: _Spans) -> int:
        """An organisation entity ending at toks[k] that starts with a post (the
        recogniser took the post into the name: "डीसी लाहौल स्पीति X"): the index where
        the post ends, so that the rest is the post's department; k when there is none."""
        ent = spans.covering(toks[k].start)
        if ent is None or ent.type != "ORG":
            return k
        f = k
        while f >= 1 and k - f < MAX_ORG_WORDS and spans.covering(toks[f - 1].start) is ent:
            f -= 1
        hit = self.posts.starting_at(_words(toks), f)
        if hit is None or hit[0] > k:
            return k
        return hit[0] - 1

    def _initial_of_named(self, toks: list[_Tok], i: int, j: int, spans: _Spans) -> bool:
        """Whether toks[i:j] is one initial ("डी" of "डी.के. दीवान") whose surname is a
        person mention of its own (which then carries the post)."""
        if not (j == i + 1 and _initial_word(toks[i].text)):
            return False
        n = len(toks)
        k = j
        # past further initials: "डी" "." "के" "." → the word after the last "."
        while k + 2 < n and toks[k].text == "." and _initial_word(toks[k + 1].text) and toks[k + 2].text == ".":
            k += 2
        if k >= n or toks[k].text != ".":
            return False
        k += 1
        if k >= n:
            return False
        ent = spans.covering(toks[k].start)
        return ent is not None and ent.type == "PERSON" and _surname_carries(ent)

    def _initial_mention_before(self, toks: list[_Tok], i: int, spans: _Spans) -> bool:
        """Whether initials stand right before toks[i] and the first of them is a person
        mention of its own."""
        k = i
        while k >= 2 and toks[k - 1].text == "." and _initial_word(toks[k - 2].text):
            k -= 2
        if k == i:
            return False
        ent = spans.covering(toks[k].start)
        return ent is not None and ent.type == "PERSON"

    def _post_first(self, toks: list[_Tok], k: int) -> bool:
        """Whether the role phrase starting at toks[k] starts with its post or a modifier."""
        return toks[k].norm in self.modifiers or (
            self.posts.starting_at(_words(toks), k) is not None
        )

    def _chained(self, toks: list[_Tok], k: int, spans: _Spans) -> Role | None:
        """A post ending right before toks[k] (the start of another role phrase)."""
        words = _words(toks)
        hit = self.posts.ending_at(words, k - 1) if k >= 1 else None
        if hit is None or (hit[0] >= 1 and toks[hit[0] - 1].norm in POSSESSIVES):
            return None
        return self._assemble(toks, hit[0], k, toks[k - 1].end, None, spans)

    def _assemble(
        self,
        toks: list[_Tok],
        t0: int,
        t1: int,
        end: int,
        dept: tuple[int, int] | None,
        spans: _Spans,
    ) -> Role:
        """A role whose post words are toks[t0:t1]; reads modifiers, organisation words,
        a region and a genitive organisation before them."""
        # a post whose first word closes an organisation's name ("भारतीय जनता पार्टी
        # अध्यक्ष": पार्टी belongs to the party, the post is अध्यक्ष)
        if t0 >= 1 and t1 - t0 > 1:
            ent = spans.covering(toks[t0].start)
            if ent is not None and ent.type == "ORG" and spans.covering(toks[t0 - 1].start) is ent:
                hit = self.posts.starting_at(_words(toks), t0 + 1)
                if hit is not None and hit[0] == t1:
                    t0 += 1
        title_words = [toks[x].text for x in range(t0, t1)]
        p = t0 - 1
        prefix: list[int] = []
        words = _words(toks)
        while p >= 0 and len(prefix) < MAX_PREFIX_WORDS:
            tk = toks[p]
            if tk.norm not in self.modifiers and self.posts.ending_at(words, p) is not None:
                break  # another post: a role of its own ("राष्ट्रपति जनरल X")
            if tk.norm in POST_JOINERS and p >= 1 and self.posts.ending_at(words, p - 1) is not None:
                break  # "उपायुक्त सह जिला दंडाधिकारी X": two posts, each a role
            if tk.norm in self.modifiers or self._org_word(tk, spans) or self._place_at(toks, p, spans):
                prefix.append(p)
                p -= 1
                continue
            break
        # words between a genitive and the post belong to the post: "लाहौर के पुलिस
        # प्रमुख", "चितराल जिले के स्काउट कमांडेंट"; "पुर्तगाल के एक पत्रकार" passes "एक"
        inner: list[int] = []
        g = p
        if not prefix:
            while g >= 0 and len(inner) < 2:
                if toks[g].norm in PASS_WORDS:
                    g -= 1
                elif self._plain_word(toks, g, spans):
                    inner.append(g)
                    g -= 1
                else:
                    break
            if not (g >= 1 and toks[g].norm in GENITIVES and g < p):
                inner, g = [], p
        prefix.reverse()
        inner.reverse()
        # a modifier word inside a place's name is the place's ("आंध्र प्रदेश मुख्यमंत्री",
        # "मध्य प्रदेश")
        in_place = {x for x in prefix if self._inside_place(toks, x, spans)}
        mods = inner + [x for x in prefix if toks[x].norm in self.modifiers and x not in in_place]
        region = None
        org_idx = [x for x in prefix if x not in mods]
        if org_idx and self._place_at(toks, org_idx[0], spans):
            # the whole place: the words of one place entity ("आंध्र प्रदेश")
            ent = spans.covering(toks[org_idx[0]].start)
            r = 1
            while ent is not None and r < len(org_idx) and spans.covering(toks[org_idx[r]].start) is ent:
                r += 1
            region = " ".join(toks[x].text for x in org_idx[:r])
            org_idx = org_idx[r:]
        # a party inside the post ("कांग्रेस नेता") is the organisation
        party = [w for w in title_words if norm_word(w) in self.parties]
        if party and len(party) < len(title_words):
            title_words = [w for w in title_words if w not in party]
        written = " ".join(norm_word(w) for w in title_words)
        if written in self.title_forms:
            title_words = self.title_forms[written].split()
        title = " ".join([toks[x].text for x in mods] + title_words)
        # an adjective alone names its body ("अमेरिकी राष्ट्रपति", "कांग्रेसी नेता"); inside a
        # longer name it stays as written ("भारतीय जनता पार्टी अध्यक्ष")
        if len(org_idx) == 1:
            org_words = [self.org_forms.get(toks[org_idx[0]].norm, toks[org_idx[0]].text)]
        else:
            org_words = [toks[x].text for x in org_idx]
        org = " ".join(org_words + party) or None
        first = (inner or prefix or [t0])[0]
        start = toks[first].start
        # "ORG के TITLE": the genitive organisation
        if g == p:
            g = (prefix[0] if prefix else t0) - 1
        if inner:
            # only with a named body before the genitive: not "बहस की शुरुआत नेता
            # प्रतिपक्ष", "धोनी की कमाई फ़ुटबॉलर"
            o = self._org_before(toks, g, spans)
            if o is None or not self._names_body(toks, o, g, spans):
                inner_set = set(inner)
                mods = [x for x in mods if x not in inner_set]
                title = " ".join([toks[x].text for x in mods] + title_words)
                start = toks[(prefix or [t0])[0]].start
                g = -1
        if g >= 1 and toks[g].norm == "में":
            # "केंद्रीय स्वास्थ्य मंत्रालय में संयुक्त सचिव", "विधानसभा में नेता प्रतिपक्ष":
            # a post in a body (not in a place: "दिल्ली में मुख्यमंत्री X ने"), unless the
            # phrase names its body already ("पार्टी में भाजपा सांसद X")
            o = self._org_before(toks, g, spans) if org is None else None
            if o is not None and self._is_body(toks, o, g, spans):
                org = _join(toks, o, g)
                start = toks[o].start
        elif g >= 2 and toks[g].norm in GENITIVES and toks[g - 1].text == ")":
            # "विश्व स्वास्थ्य संगठन (डब्ल्यूएचओ) के महानिदेशक": the body before its
            # short form, or the short form alone
            b = g - 2
            while b >= 0 and toks[b].text != "(" and g - b < 8:
                b -= 1
            if b >= 0 and toks[b].text == "(" and b < g - 2:
                o = self._org_before(toks, b, spans) if b >= 1 else None
                org = _join(toks, o, b) if o is not None else _join(toks, b + 1, g - 1)
                start = toks[o if o is not None else b].start
        elif g >= 1 and toks[g].norm in GENITIVES and (
            (named := self.genitive_titles.get((toks[g - 1].norm, norm_word(title_words[-1])))) is not None
        ):
            # "लोकसभा में विपक्ष की नेता" → नेता प्रतिपक्ष, org the house before "में"
            title = " ".join([toks[x].text for x in mods] + [named])
            org, start = None, toks[g - 1].start
            if g >= 3 and toks[g - 2].norm == "में":
                o = self._org_before(toks, g - 2, spans)
                if o is not None and self._is_body(toks, o, g - 2, spans):
                    org, start = _join(toks, o, g - 2), toks[o].start
        elif g >= 1 and toks[g].norm in GENITIVES:
            o = self._org_before(toks, g, spans)
            if o is not None:
                org = _join(toks, o, g)
                if org_idx:
                    org = org + " " + " ".join(toks[x].text for x in org_idx)
                if region is None and self._place_at(toks, o, spans):
                    region = toks[o].text
                start = toks[o].start
        if dept is not None:
            org = _text_of(toks, dept)
        if org is None and region is not None:
            org = region  # the guidelines: a region without an organisation goes in org
        return Role(title=title, org=org, start=start, end=end, region=region)

    def _names_body(self, toks: list[_Tok], o: int, g: int, spans: _Spans) -> bool:
        """Whether toks[o:g] name a body or a place (a named word, or an organisation
        head or word at its end)."""
        last = toks[g - 1].norm
        return (
            any(self._named_org_word(toks, x, spans) for x in range(o, g))
            or last in self.org_heads
            or last in self.org_words
        )

    def _is_body(self, toks: list[_Tok], o: int, g: int, spans: _Spans) -> bool:
        """Whether toks[o:g] name an organisation (an ORG entity, or an organisation
        head or word at its end), not only a place."""
        last = toks[g - 1]
        ent = spans.covering(last.start)
        if ent is not None:
            return ent.type == "ORG"
        return last.norm in self.org_heads or last.norm in self.org_words or last.norm in BODY_WORDS

    def _plain_word(self, toks: list[_Tok], x: int, spans: _Spans) -> bool:
        """A word that may qualify a post from inside the role phrase: a letter word,
        no stop word, no genitive, no name, no post of its own."""
        tk = toks[x]
        if not tk.text[0].isalpha() or tk.norm in self.stops or tk.norm in GENITIVES:
            return False
        ent = spans.covering(tk.start)
        if ent is not None and ent.type == "PERSON":
            return False
        return self.posts.ending_at(_words(toks), x) is None

    def _org_before(self, toks: list[_Tok], g: int, spans: _Spans) -> int | None:
        """Index of the first word of the organisation phrase that ends before toks[g]."""
        o = g - 1
        first = None
        while o >= 0 and g - o <= MAX_ORG_WORDS:
            tk = toks[o]
            if not tk.text[0].isalpha() or tk.norm in self.stops or tk.norm in GENITIVES:
                break
            if tk.norm in self.determiners:
                break  # "इस अभियान के निदेशक": the body is अभियान
            ent = spans.covering(tk.start)
            if ent is not None and ent.type == "PERSON":
                break
            first = o
            o -= 1
        if first is None:
            return None
        # from its first named word (an ORG or LOC entity, a known organisation word,
        # a place): "मैच का पहला दिन भारत के सलामी बल्लेबाज़" gives भारत; a phrase
        # with no named word stays whole ("प्रवासी मामलों के मंत्री") unless it ends in
        # a word that names no body ("24 साल के तेज़ गेंदबाज़", "मध्यम गति के")
        if toks[g - 1].norm in self.never_org:
            return None
        for x in range(first, g):
            if self._named_org_word(toks, x, spans):
                # with the qualifiers right before it: "प्रदेश कांग्रेस कमेटी"
                while x > first and toks[x - 1].norm in self.modifiers:
                    x -= 1
                return x
        if toks[g - 1].norm in self.not_org:
            return None
        return first

    def _named_org_word(self, toks: list[_Tok], x: int, spans: _Spans) -> bool:
        tk = toks[x]
        ent = spans.covering(tk.start)
        if ent is not None:
            return ent.type in ("ORG", "LOC")
        return (
            tk.norm in self.org_words
            or tk.norm in self.org_forms
            or tk.norm in self.places
            or _latin_acronym(tk.text)
        )

    def _org_word(self, tk: _Tok, spans: _Spans) -> bool:
        if not tk.text[0].isalpha() or tk.norm in self.stops or tk.norm in GENITIVES:
            return False
        ent = spans.covering(tk.start)
        if ent is not None:
            # a nationality adjective the recogniser joined to the post ("भारतीय
            # क्रिकेटर" as one MISC name) still names its country
            return ent.type == "ORG" or (ent.type == "MISC" and tk.norm in self.org_forms)
        return (
            tk.norm in self.org_words
            or tk.norm in self.org_heads
            or tk.norm in self.org_forms
            or _latin_acronym(tk.text)
        )

    def _inside_place(self, toks: list[_Tok], x: int, spans: _Spans) -> bool:
        """Whether toks[x] is inside a place entity that also covers the word before it."""
        ent = spans.covering(toks[x].start)
        return ent is not None and ent.type == "LOC" and x >= 1 and spans.covering(toks[x - 1].start) is ent

    def _place_at(self, toks: list[_Tok], p: int, spans: _Spans) -> bool:
        ent = spans.covering(toks[p].start)
        if ent is not None:
            return ent.type == "LOC"
        return toks[p].norm in self.places

    # -- after the name --------------------------------------------------------------

    def _after(self, toks: list[_Tok], j: int, spans: _Spans) -> list[Role | None]:
        out: list[Role | None] = []
        n = len(toks)
        if j < n and toks[j].text == "(":
            c = j + 1
            while c < n and toks[c].text != ")" and c - j < 6:
                c += 1
            if c < n and toks[c].text == ")" and c > j + 1:
                inner = " ".join(toks[x].norm for x in range(j + 1, c))
                if inner in self.parties:
                    out.append(
                        Role(AFFILIATION_TITLE, _join(toks, j + 1, c), toks[j + 1].start, toks[c - 1].end)
                    )
                else:
                    # "X (मुख्यमंत्री)", "X (प्रदेश अध्यक्ष, भाजपा)"
                    role = self._post_after(toks, j + 1, spans, _BRACKET_END)
                    if role is None:
                        role = self._latin_bracket(toks, j + 1, c, spans)
                    out.append(role)
        # "मायावती ने मुख्यमंत्री के तौर पर …", "X भाजपा अध्यक्ष के रूप में …"
        a = j + 1 if j < n and toks[j].norm in ("ने", "को") else j
        out.append(self._post_as(toks, a, spans))
        if j < n and toks[j].norm in AS_WORDS:
            # "अमिताभ बच्चन बतौर मेज़बान …": the post right after "बतौर"
            out.append(self._post_after(toks, j + 1, spans, None))
        if j + 1 < n and toks[j].norm == "की" and toks[j + 1].norm in self.post_nouns:
            # "अजित पाल सिंह की कप्तानी में"
            t = toks[j + 1]
            out.append(Role(self.post_nouns[t.norm], None, t.start, t.end))
        if j < n and toks[j].norm == "को":
            # "X को जिलाध्यक्ष बनाया गया", "X को भाजपा का प्रदेश अध्यक्ष नियुक्त किया गया"
            out.append(self._appointed(toks, j + 1, spans))
        if j + 1 < n and toks[j].norm == "ने":
            # "X ने दूरसंचार मंत्री के पद से इस्तीफ़ा दे दिया"
            out.append(self._resigned(toks, j + 1, spans))
        if j + 1 < n and toks[j].norm == "के":
            # "X के अध्यक्ष चुने जाने पर", "X के जिलाध्यक्ष बनने पर"
            out.append(self._appointment_noun(toks, j + 1, spans))
        r = j + 1 if j < n and toks[j].norm == "ने" else j
        if r + 1 < n and toks[r].text == "," and toks[r + 1].norm in RELATIVES:
            # "X, जो कांग्रेस के प्रवक्ता हैं, …", "X ने, जो … हैं, कहा"
            out.append(self._post_after(toks, r + 2, spans, _PREDICATE_VERBS, predicate=True))
        elif j < n and toks[j].text == ",":
            role = self._post_after(toks, j + 1, spans, _APPOSITION_END)
            if role is None:
                role = self._apposition_trailing_org(toks, j + 1, spans)
            if role is None:
                # "X, कांग्रेस की उत्तर प्रदेश की प्रभारी भी हैं": a predicate after the comma
                role = self._post_after(toks, j + 1, spans, _COMMA_PREDICATE_END, predicate=True)
                if role is not None and self._person_between(toks, j + 1, role.end, spans):
                    role = None  # "X, उपप्रधानमंत्री Y के बाद Z तीसरे केंद्रीय मंत्री हैं"
            out.append(self._apposition_org(toks, role, spans))
        else:
            role = self._post_after(toks, j, spans, _PREDICATE_VERBS, predicate=True)
            if role is None and j < n:
                # "X कांग्रेस के विधायक और पूर्व मंत्री हैं": two predicate posts
                pair = self._joined_predicates(toks, j, spans)
                if pair:
                    role = pair[0]
                    out.append(pair[1])
            if role is None and j < n:
                # "X निर्विरोध अध्यक्ष चुने गए", "X अध्यक्ष तथा Y सचिव चुने गए"
                role = self._appointed(toks, j, spans, subject=True)
            if role is None and j < n:
                role = self._post_closing(toks, j, spans)
            out.append(role)
            if role is not None:
                out.append(self._second_predicate(toks, role, spans))
        return out

    def _person_between(self, toks: list[_Tok], a: int, end: int, spans: _Spans) -> bool:
        """Whether a person is named from toks[a] up to offset ``end``."""
        for x in range(a, len(toks)):
            if toks[x].start >= end:
                break
            ent = spans.covering(toks[x].start)
            if ent is not None and ent.type == "PERSON":
                return True
        return False

    def _post_closing(self, toks: list[_Tok], a: int, spans: _Spans) -> Role | None:
        """A post that closes the sentence or line right after the name, with its place
        or body ("डा. X सीएमओ फिरोजाबाद ।", a sign-off), or that a headline puts after
        "बने" ("डॉ. X बने मेडिकल कॉलेज के उप प्राचार्य")."""
        n = len(toks)
        if toks[a].norm in BECAME and a + 1 < n:
            # the phrase after the verb alone, so that no organisation reaches back
            toks, a = _Toks(toks[a + 1 :]), 0
            n = len(toks)
        elif not self._post_first(toks, a):
            return None  # the post itself right after the name
        role = self._post_after(toks, a, spans, None)
        if role is None or role.start != toks[a].start:
            return None
        x = t1 = bisect_left([t.start for t in toks], role.end)
        while x < n and x - t1 < MAX_DEPT_WORDS and self._named_org_word(toks, x, spans):
            x += 1
        if x < n and toks[x].text not in _CLOSING:
            return None
        if x > t1 and role.org is None:
            return Role(role.title, _join(toks, t1, x), role.start, toks[x - 1].end, region=role.region)
        return role

    def _joined_predicates(self, toks: list[_Tok], a: int, spans: _Spans) -> tuple[Role, Role] | None:
        """Two posts joined by "और" before a predicate verb after the name: "X
        कांग्रेस के विधायक और पूर्व मंत्री हैं", "X अमरीकी अभिनेता और फ़िल्म निर्माता हैं"."""
        window = toks[a : a + 2 * MAX_ORG_WORDS + 4]
        if not any(t.norm in COORDINATORS for t in window) or not any(t.norm in _PREDICATE_VERBS for t in window):
            return None  # cheap test first
        first = self._post_after(toks, a, spans, COORDINATORS, predicate=True)
        if first is None:
            return None
        c = bisect_left([t.start for t in toks], first.end)
        if c + 1 >= len(toks) or not self._post_first(toks, c + 1):
            return None
        second = self._post_after(toks, c + 1, spans, _SECOND_ENDERS, predicate=True)
        if second is None or second.start != toks[c + 1].start:
            return None
        e = bisect_left([t.start for t in toks], second.end)
        while e < len(toks) and toks[e].norm == "भी":
            e += 1
        if e >= len(toks) or toks[e].norm not in _PREDICATE_VERBS:
            return None
        return first, second

    def _second_predicate(self, toks: list[_Tok], role: Role, spans: _Spans) -> Role | None:
        """A second post joined to a predicate post: "X कांग्रेस के वरिष्ठ नेता हैं और
        राज्य विधानसभा में नेता प्रतिपक्ष भी रह चुके हैं"."""
        n = len(toks)
        x0 = x = bisect_left([t.start for t in toks], role.end)
        while x < n and x - x0 < 2 and toks[x].norm in _PREDICATE_VERBS:
            x += 1
        if x + 1 >= n or toks[x].norm not in COORDINATORS:
            return None
        return self._post_after(toks, x + 1, spans, _SECOND_ENDERS, predicate=True)

    def _latin_bracket(self, toks: list[_Tok], a: int, c: int, spans: _Spans) -> Role | None:
        """A post before the name written again in Latin letters, in brackets
        toks[a:c]: "नरेंद्र मोदी (PM Modi)", "(मुख्यमंत्री Yogi Adityanath)"."""
        if not all(_latin_name_word(toks[x].text) for x in range(a + 1, c)):
            return None
        tk = toks[a]
        if _latin_acronym(tk.text) and tk.norm in self.title_forms:  # "PM", "CM"
            return Role(self.title_forms[tk.norm], None, tk.start, tk.end)
        role = self._post_after(toks, a, spans, None)
        if role is None or role.start != tk.start or role.end > toks[a + 1].start:
            return None
        return role

    def _appointed(self, toks: list[_Tok], a: int, spans: _Spans, subject: bool = False) -> Role | None:
        """A post set before a verb of appointment, after "X को" or after the subject X
        of a passive: "X को जिलाध्यक्ष बनाया गया", "X को सर्वसम्मति से अध्यक्ष चुना
        गया", "X को उप निरीक्षक के पद पर नियुक्त किया", "X निर्विरोध अध्यक्ष चुने
        गए", "X को अध्यक्ष, Y को सचिव और Z को कोषाध्यक्ष चुना गया"."""
        n = len(toks)
        # cheap test first: a verb of appointment or a link within reach
        if not any(t.norm in self.appoint_cue for t in toks[a : a + MAX_APPOINT_LIST]):
            return None
        a = self._skip_words(toks, a, self.appoint_skip)
        if a >= n:
            return None
        if toks[a].norm in GENITIVES:
            return None
        # the post (or its organisation) right there; a name may follow the post in a
        # list ("X को अध्यक्ष, Y को सचिव …"), so no predicate test
        role = self._post_after(toks, a, spans, None)
        if role is None or role.start != toks[a].start:
            role = self._post_after_bodies(toks, a, spans)
        if role is None:
            return None
        t1 = bisect_left([t.start for t in toks], role.end)
        verbs = self.appoint_verbs
        for link, given in self.link_verbs.items():
            if tuple(t.norm for t in toks[t1 : t1 + len(link)]) == link:
                t1, verbs = t1 + len(link), given
                break
        if t1 >= n:
            return None
        v = None
        if toks[t1].norm in verbs:
            v = t1
        elif toks[t1].text == "," or toks[t1].norm in COORDINATORS:
            # a list of appointments sharing the verb: the verb within a bounded window
            for x in range(t1 + 1, min(n, t1 + MAX_APPOINT_LIST)):
                if toks[x].norm in self.appoint_verbs:
                    v = x
                    break
                if toks[x].norm in _APPOINT_BREAKS or toks[x].text in _APPOINT_BREAKS:
                    break
        if v is None:
            return None
        if subject and not (v + 1 < n and toks[v + 1].norm in self.appoint_passive):
            return None  # "X नोडल अधिकारी नियुक्त करेंगे": X appoints
        return role

    def _appointment_noun(self, toks: list[_Tok], a: int, spans: _Spans) -> Role | None:
        """The post in a nominalised appointment after "X के" ("X के अध्यक्ष चुने जाने
        पर", "X के जिलाध्यक्ष बनने पर"); otherwise "X के अध्यक्ष" is X's chairman."""
        n = len(toks)
        if not self._post_first(toks, a):
            return None
        role = self._post_after(toks, a, spans, None)
        if role is None or role.start != toks[a].start:
            return None
        v = bisect_left([t.start for t in toks], role.end)
        if v < n and toks[v].norm in BECOMING:
            return role
        if v + 1 < n and toks[v].norm in self.appoint_verbs and toks[v + 1].norm in BEING:
            return role
        return None

    def _post_after_bodies(self, toks: list[_Tok], a: int, spans: _Spans) -> Role | None:
        """A post after a chain of genitive bodies starting at toks[a] ("भारतीय जनता पार्टी
        की जिला इकाई का अध्यक्ष"), longer than one organisation phrase: the role with the
        body nearest the post, its span from toks[a]."""
        n = len(toks)
        for x in range(a, min(n, a + MAX_APPOINT_ORG)):
            tk = toks[x]
            hit = self.posts.starting_at(_words(toks), x) if x > a and toks[x - 1].norm in GENITIVES else None
            if hit is not None:
                role = self._assemble(toks, x, hit[0], toks[hit[0] - 1].end, None, spans)
                if role.start < tk.start and role.start >= toks[a].start:
                    return Role(role.title, role.org, toks[a].start, role.end, region=role.region)
                return None
            if not tk.text[0].isalpha() or tk.norm in self.stops:
                return None
            ent = spans.covering(tk.start)
            if ent is not None and ent.type == "PERSON":
                return None
        return None

    def _resigned(self, toks: list[_Tok], a: int, spans: _Spans) -> Role | None:
        """A post that the subject resigns from (roles/resign_links.tsv)."""
        if not any(t.norm in self.resign_cue for t in toks[a : a + MAX_APPOINT_LIST]):
            return None  # cheap test first
        role = self._post_after(toks, a, spans, None)
        if role is None:
            return None
        r0 = bisect_left([t.start for t in toks], role.start)
        if r0 != a and not _genitive_start(toks, a, r0):
            return None  # the post right there, or after a genitive ("राज्य के मुख्यमंत्री")
        t1 = bisect_left([t.start for t in toks], role.end)
        for link, verbs in self.resign_links.items():
            if tuple(t.norm for t in toks[t1 : t1 + len(link)]) == link:
                x = t1 + len(link)
                if x < len(toks) and toks[x].norm in verbs:
                    return role
        return None

    def _skip_words(self, toks: list[_Tok], a: int, phrases: dict[str, list[tuple[str, ...]]]) -> int:
        """Index after the phrases (by first word, longest first) that start at toks[a],
        one after another."""
        moved = True
        while moved and a < len(toks):
            moved = False
            for p in phrases.get(toks[a].norm, ()):
                if tuple(t.norm for t in toks[a : a + len(p)]) == p:
                    a += len(p)
                    moved = True
                    break
        return a

    def _apposition_trailing_org(self, toks: list[_Tok], a: int, spans: _Spans) -> Role | None:
        """"X, कृषि मंत्री बिहार सरकार", "X, जिलाध्यक्ष भाजपा ने …": a post right after
        the comma followed by its organisation's named words, then the end of the phrase."""
        n = len(toks)
        role = self._post_after(toks, a, spans, None)
        if role is None or role.start != toks[a].start or role.org is not None:
            return None
        t1 = bisect_left([t.start for t in toks], role.end)
        x = t1
        while x < n and x - t1 < MAX_ORG_WORDS and (
            self._named_org_word(toks, x, spans) or (x > t1 and toks[x].norm in self.org_heads)
        ):
            x += 1
        if x == t1 or (x < n and toks[x].norm not in _APPOSITION_END and toks[x].text not in _APPOSITION_END):
            return None
        # a body ("बिहार सरकार", "भाजपा") or one place ("उपजिलाधिकारी मुनस्यारी"); not two
        # words that only an entity span joined to the post ("एडीसीपी ध्रुव दहिया")
        last = toks[x - 1]
        if not (
            last.norm in self.org_words
            or last.norm in self.org_heads
            or _latin_acronym(last.text)
            or (x == t1 + 1 and self._place_at(toks, t1, spans))
        ):
            return None
        return Role(role.title, _join(toks, t1, x), role.start, toks[x - 1].end, region=role.region)

    def _apposition_org(self, toks: list[_Tok], role: Role | None, spans: _Spans) -> Role | None:
        """"X, प्रदेश अध्यक्ष, कांग्रेस ने …": the organisation after the post."""
        if role is None or role.org is not None:
            return role
        n = len(toks)
        k = bisect_left([t.start for t in toks], role.end)
        if k >= n or toks[k].text != ",":
            return role
        x = k + 1
        while x < n and x - k <= MAX_ORG_WORDS and self._named_org_word(toks, x, spans):
            x += 1
        if x == k + 1 or (x < n and toks[x].norm not in _APPOSITION_END and toks[x].norm not in GENITIVES):
            return role
        return Role(role.title, _join(toks, k + 1, x), role.start, toks[x - 1].end, region=role.region)

    def _post_as(self, toks: list[_Tok], a: int, spans: _Spans) -> Role | None:
        """A post phrase at toks[a] followed by "के रूप में" / "के तौर पर"."""
        if a >= len(toks) or not (self._post_first(toks, a) or self._org_word(toks[a], spans)):
            return None  # the post (or its body: "कांग्रेस प्रवक्ता के तौर पर") right there
        role = self._post_after(toks, a, spans, _GENITIVE_KE)
        if role is None or role.start != toks[a].start:
            return None
        t1 = bisect_left([t.start for t in toks], role.end)
        after = tuple(t.norm for t in toks[t1 : t1 + 3])
        return role if after in AS_PHRASES else None

    def _post_after(
        self,
        toks: list[_Tok],
        a: int,
        spans: _Spans,
        enders: frozenset[str] | None,
        predicate: bool = False,
    ) -> Role | None:
        """A post phrase starting at toks[a] and ending before one of ``enders`` (None:
        anything may follow)."""
        n = len(toks)
        words = _words(toks)
        # find the post within a few words, then check what follows it
        for t0 in range(a, min(n, a + MAX_ORG_WORDS + 2)):
            hit = self.posts.starting_at(words, t0)
            if hit is None:
                continue
            t1 = hit[0]
            if (
                enders is not None
                and t1 < n
                and toks[t1].norm not in enders
                and toks[t1].text not in enders
            ):
                return None
            if t1 == n and predicate:
                return None
            if predicate and self._not_a_predicate(toks, a, t0, t1, spans):
                return None
            role = self._assemble(toks, t0, t1, toks[t1 - 1].end, None, spans)
            if role.start < toks[a].start:
                return None
            if predicate and not (
                role.start == toks[a].start
                or _genitive_start(toks, a, t0)
                # "शाहरुख़ ख़ान इसके होस्ट बने"
                or (toks[a].norm in POSSESSIVES and a + 1 < n and role.start == toks[a + 1].start)
            ):
                return None
            return role
        return None

    def _not_a_predicate(self, toks: list[_Tok], a: int, t0: int, t1: int, spans: _Spans) -> bool:
        """Whether the post toks[t0:t1] after a name (starting at toks[a]) cannot be said
        of that name: a genitive right after it ("अफजल की पूर्व वकील रही Y": a relation),
        a clause boundary in between ("X ने बताया कि … चेयरमैन रहे"), or a name right
        after the verb ("… के चेयरमैन रहे गोल्डी आनंद": a relative phrase of that name)."""
        if toks[a].norm in GENITIVES:
            return True
        if any(toks[x].norm in _PREDICATE_BREAKS or toks[x].text in _PREDICATE_BREAKS for x in range(a, t0)):
            return True
        if t1 + 1 < len(toks):
            ent = spans.covering(toks[t1 + 1].start)
            if ent is not None and ent.type == "PERSON":
                return True
        return False

    # -- "मुख्य अतिथि के रूप में … X" --------------------------------------------------

    def _introduced(
        self, doc: Doc, m: regex.Match[str], spans: _Spans, found: dict[str, dict[tuple[int, int], Role]]
    ) -> None:
        sent = _sentence(doc, m.start())
        if sent is None:
            return
        k = doc.token_index(m.end())
        stop = min(sent.tok_end, k + MAX_GAP_TOKENS)
        for x in range(k, stop):
            s, e = doc.tokens[x]
            ent = spans.covering(s)
            if ent is not None and ent.type == "PERSON":
                i = next(g for g in range(len(self.intro_titles)) if m.group(f"p{g}") is not None)
                ps, pe = m.span(f"p{i}")
                title = " ".join(doc.text[ps:pe].split())
                found.setdefault(ent.id, {}).setdefault((ps, pe), Role(title, None, ps, pe))
                return
            if doc.text[s:e] in ("।", "कि"):
                return


    def _introduced_any(self, doc: Doc, spans: _Spans, found: dict[str, dict[tuple[int, int], Role]]) -> None:
        """Any post before "के रूप में" / "के तौर पर" with no name before it gives the post
        to the next person of the sentence: "प्रधानमंत्री के रूप में शपथ लेने वाले X",
        "डॉक्टर के तौर पर काम कर रहे X" (the patterns of patterns.tsv, for every post)."""
        for m in _AS_RE.finditer(doc.text):
            k = doc.token_index(m.start())  # the token "के"
            sent = _sentence(doc, m.start())
            if sent is None or k <= sent.tok_start:
                continue
            words = [doc.text[a:b] for a, b in doc.tokens[max(sent.tok_start, k - self.posts.max_len) : k]]
            hit = self.posts.ending_at(words, len(words) - 1)
            if hit is None:
                continue
            t0 = k - len(words) + hit[0]
            if t0 > sent.tok_start:
                before = doc.tokens[t0 - 1]
                prev = spans.covering(before[0])
                if (prev is not None and prev.type == "PERSON") or norm_word(doc.text[before[0] : before[1]]) in _OBJECT_CASE:
                    continue  # "X भाजपा अध्यक्ष के रूप में", "X को अध्यक्ष के रूप में": X's
            ps, pe = doc.tokens[t0][0], doc.tokens[k - 1][1]
            j = doc.token_index(m.end())
            for x in range(j, min(sent.tok_end, j + MAX_GAP_TOKENS)):
                s, e = doc.tokens[x]
                ent = spans.covering(s)
                if ent is not None and ent.type == "PERSON":
                    # a participle phrase right before the name ("… शपथ लेने वाले X"),
                    # not the name right after the phrase ("बल्लेबाज़ के तौर पर पॉंटिंग")
                    gap = [doc.text[a:b] for a, b in doc.tokens[j:x]]
                    g = len(gap) - 1
                    while g >= 0 and (hit := self.honorifics.ending_at(gap, g)) is not None:
                        g = hit[0] - 1  # "सक्रिय डॉ. X"
                    if g >= 0 and norm_word(gap[g]) in self.as_participles:
                        title = " ".join(doc.text[ps:pe].split())
                        found.setdefault(ent.id, {}).setdefault((ps, pe), Role(title, None, ps, pe))
                    break
                w = norm_word(doc.text[s:e])
                if w in _AS_BREAKS or doc.text[s:e] in _AS_BREAKS:
                    break


class _Spans:
    """Entity mentions by offset: which entity covers a position."""

    def __init__(self, spans: list[tuple[int, int, Entity]], starts: list[int]) -> None:
        self.spans = spans
        self.starts = starts
        self.max_len = max((e - s for s, e, _ in spans), default=0)

    def covering(self, pos: int) -> Entity | None:
        i = bisect_left(self.starts, pos + 1) - 1
        lo = bisect_left(self.starts, pos - self.max_len)
        while i >= lo and i >= 0:
            s, e, ent = self.spans[i]
            if s <= pos < e:
                return ent
            i -= 1
        return None


def _sentence(doc: Doc, pos: int) -> Sentence | None:
    if not doc.sentences:
        return None
    s = doc.sentences[doc.sentence_index(pos)]
    return s if s.start <= pos < s.end else None


class _Toks(list[_Tok]):
    """A sentence's tokens with their words, built once: every role rule reads the words,
    and rebuilding them per mention would make a long sentence quadratic."""

    def __init__(self, toks: list[_Tok]) -> None:
        super().__init__(toks)
        self.words = [t.text for t in toks]


def _words(toks: list[_Tok]) -> list[str]:
    words = getattr(toks, "words", None)
    return words if words is not None else [t.text for t in toks]


def _tokens(doc: Doc, sent: Sentence) -> _Toks:
    t = doc.text
    return _Toks([
        _Tok(s, e, t[s:e], norm_word(t[s:e])) for s, e in doc.tokens[sent.tok_start : sent.tok_end]
    ])


def _join(toks: list[_Tok], a: int, b: int) -> str:
    return " ".join(toks[x].text for x in range(a, b))


def _text_of(toks: list[_Tok], span: tuple[int, int]) -> str:
    return " ".join(tk.text for tk in toks if span[0] <= tk.start and tk.end <= span[1])


def _genitive_start(toks: list[_Tok], a: int, t0: int) -> bool:
    return any(toks[x].norm in GENITIVES for x in range(a, t0))


def _surname_carries(ent: Entity) -> bool:
    """Whether a surname mention after initials stands for this entity: its name is the
    surname alone or written with initials ("दीवान", "डी.के. दीवान"), not another full
    name that shares the surname ("अवनीश अवस्थी" for "एच.सी. अवस्थी")."""
    return len(ent.name.split()) == 1 or "." in ent.name


def _initial_word(w: str) -> bool:
    """A short word that can be an initial before "." ("डी", "के", "वाई", "J")."""
    return 0 < len(w) <= MAX_INITIAL_LEN and w[0].isalpha()




def _latin_name_word(w: str) -> bool:
    return w.isascii() and w.isalpha() and w[0].isupper()


def _latin_acronym(w: str) -> bool:
    return len(w) >= 2 and w.isascii() and w.isupper()
