"""Continuation sentences: the same speaker goes on without a reporting verb.

After a quote that runs to the end of its sentence, the following sentences of the same
paragraph are candidates, one at a time. A candidate is never a continuation when it

- carries an attribution of its own (a reporting verb, "के मुताबिक", a quote; but
  "के अनुसार" after a noun of need or rule, "जरूरत के अनुसार", names no source:
  continuation_norms.txt),
- is an aside in brackets, a heading, or after a blank line or a heading (a line
  break alone does not end the run: feature "newline");

- opens with the reporter's narration cue ("बता दें कि", "गौरतलब है": continuation.tsv),
- names the speaker (speakers do not name themselves; the name written in the
  sentence counts where the recogniser left it untagged), has another named person or
  an organisation acting ("X ने …", "कंपनी ने …"), opens on the speaker in the third
  person ("उन्होंने …": what they did, in the reporter's voice), or
- follows a direct quote (the speaker's words are inside the marks; quoted sentences
  after it are read below);

otherwise a linear model (``ContinuationModel``, hand-set weights in
continuation_model.tsv; fitted weights were compared on held-out folds of the dev
split and did not do better: ``python -m khabar.quotes.train --study``) weighs the
speaker's voice against the reporter's narration. The speaker's voice: cues from
continuation.tsv (first and second person, modals, explanations, an argument's
connective, a judgement or intensifier, a denial, a particle of speech, a link back
to the previous sentence), the future, the subjunctive of a recommendation and the
habitual present of a general statement. The reporter's narration: cues (a time
anchor, the news event named as a thing, who someone is or where something lies, a
disaster's toll), an absolute date or clock time (continuation_dates.tsv), the
plain past and a perfective with no auxiliary (the simple past of an account), a
sentence opening on another person, an organisation or a place (a new scene), and
the layout (the paragraph's length, a line break, no stop). Numbers, the place in
the run and the kind of the speaker are features too. The run stops at the first
candidate scored below the model's threshold.

Quoted sentences with no attribution of their own right after a quote (in the
paragraph, or opening the next paragraph) are the same speaker's direct quote.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, replace

import regex

from khabar.doc import Doc, Sentence
from khabar.quotes.aliases import EntityAliases
from khabar.quotes.detect import Candidate
from khabar.quotes.lexicon import QuoteLexicon, alternation, norm_word, noun_forms
from khabar.quotes.marks import QuotePairs
from khabar.quotes.speaker import NAME, ORG_HEAD, TITLE, UNNAMED, EntityIndex
from khabar.record import Entity
from khabar.resources import load_lines, load_table

_PAST_END_RE = regex.compile(r"(?<![\p{L}\p{M}])(?:था|थे|थी|थीं)[ \t]*[।॥.!?\"')]*[ \t]*$")
_PRESENT_END_RE = regex.compile(r"(?<![\p{L}\p{M}])(?:है|हैं)[ \t]*[।॥.!?\"')]*[ \t]*$")
_PASSIVE_RE = regex.compile(
    r"(?<![\p{L}\p{M}])(?:गया|गई|गए|गयी|गये)(?:[ \t]+(?:है|हैं|था|थे|थी|थीं))?[ \t]*[।॥.!?\"')]*[ \t]*$"
)
_PERFECT_RE = regex.compile(
    r"(?<![\p{L}\p{M}])(?:हुआ|हुई|हुए|हुईं|किया|किए|की|दिया|दी|दिए|आया|आई|आए|आये|आयी)"
    r"(?:[ \t]+(?:है|हैं|था|थे|थी|थीं))?[ \t]*[।॥.!?\"')]*[ \t]*$"
)
_FUTURE_RE = regex.compile(
    r"(?<![\p{L}\p{M}])(?:[\p{L}\p{M}]+(?:[\u0947\u0948]|\u090f|\u0913)|\u0939\u094b)\u0902?(?:गा|गी|गे|गीं)(?![\p{L}\p{M}])"
)
# the aspect of the final verb: a perfective with no auxiliary ("मौत हो गई", "भर्ती
# कराया गया": the simple past of the reporter's account), the habitual present ("होता है",
# "बढ़ जाती है": a general statement, an explanation), the progressive present ("प्रयास कर
# रही है")
_SIMPLE_RE = regex.compile(
    r"(?<![\p{L}\p{M}])(?:गया|गई|गए|गयी|गये|हुआ|हुई|हुए|हुईं|किया|किए|की|दिया|दी|दिए|लिया|ली|लिए"
    r"|आया|आई|आए|आये|आयी|पड़ा|पड़ी|पड़े|पाया|पाई|पाए|सका|सकी|सके|चुका|चुकी|चुके)[ \t]*[।॥.!?\"')]*[ \t]*$"
)
_HABITUAL_RE = regex.compile(
    r"[\p{L}\p{M}](?:ता|ती|ते|तीं)[ \t]+(?:है|हैं)[ \t]*[।॥.!?\"')]*[ \t]*$"
    # negated, the auxiliary dropped: "क्षमता बिल्कुल नहीं होती"
    r"|(?<![\p{L}\p{M}])(?:नहीं|न)[ \t]+[\p{L}\p{M}]+(?:ता|ती|ते|तीं)[ \t]*[।॥.!?\"')]*[ \t]*$"
)
# the subjunctive or polite imperative at the end: a recommendation, an appeal ("ऐसा तभी
# किया जाय", "घरों में रहें", "मास्क पहनें"); "में", "हैं" and their like are no verbs
_SUBJUNCTIVE_RE = regex.compile(
    r"(?<![\p{L}\p{M}])(?:(?:जाए|जाय|जाएं|जायें|जाएँ)"
    r"|(?!(?:में|हैं|थें|हमें|उन्हें|इन्हें|जिन्हें|तुम्हें|मुझें)(?![\p{L}\p{M}]))[\p{L}\p{M}]*[\p{L}](?:ें|ाएं|ायें|ाएँ))"
    r"[ \t]*[।॥.!?\"')]*[ \t]*$"
)
_PROGRESSIVE_RE = regex.compile(
    r"(?<![\p{L}\p{M}])(?:रहा|रही|रहे|रहीं)[ \t]+(?:है|हैं)[ \t]*[।॥.!?\"')]*[ \t]*$"
)
# the verb at the end of the sentence and its aspect or mood: the first that matches
_ENDINGS = (
    ("end:past", _PAST_END_RE),
    ("end:passive", _PASSIVE_RE),
    ("end:perfect", _PERFECT_RE),
    ("end:present", _PRESENT_END_RE),
)
_ASPECTS = (
    ("aspect:simple", _SIMPLE_RE),
    ("aspect:habitual", _HABITUAL_RE),
    ("aspect:progressive", _PROGRESSIVE_RE),
    ("mood:subjunctive", _SUBJUNCTIVE_RE),
)

_FIRST_FUTURE_RE = regex.compile(r"[\p{L}\p{M}](?:ूंगा|ूंगी|ूँगा|ूँगी|ऊंगा|ऊंगी|ऊँगा|ऊँगी)(?![\p{L}\p{M}])")
_PASSIVE_AFTER_RE = regex.compile(r"[ \t]+(?:गया|गई|गए|गयी|गये|जा)(?![\p{L}\p{M}])")
ADDRESSEE_WINDOW = 8  # tokens before a passive reporting verb searched for its addressee
_ADDRESSEE = frozenset({"को", "से"})
_NOT_ADDRESSED = frozenset({"द्वारा", "में", "ने"})
_NEGATED_RE = regex.compile(r"(?<![\p{L}\p{M}])(?:नहीं|न|ना)[ \t]+$")
_WORD_RE = regex.compile(r"[\p{L}\p{M}]+")
_NUMBER_RE = regex.compile(r"\d")
_GLUED_ASIDE_RE = regex.compile(r"[।.!?][ \t]*\(")  # a bracket right after a sentence stop
_NUMBER_TOKEN_RE = regex.compile(r"(?<![\p{L}\p{M}\p{N}])\d[\d,.]*")
MIN_QUOTED_WORDS = 4
SHORT_SENTENCE = 5  # words
_LETTER_RE = regex.compile(r"[\p{L}\p{N}]")
_CLOSERS = frozenset("।॥.?!\"')")  # what ends a written sentence
MAX_RUN = 12  # continuation sentences after one explicit quote
MODEL_FILE = "quotes/continuation_model.tsv"
OPENING_KINDS = frozenset({"demonstrative"})  # besides the lexicon's (narration, connective, anaphor)
DATES_FILE = "quotes/continuation_dates.tsv"
NORMS_FILE = "quotes/continuation_norms.txt"
MIN_NAME_CHARS = 3
_WORD_CHAR_RE = regex.compile(r"[\p{L}\p{M}]")
_YEAR = r"(?:19|20)\d\d(?!\d)"  # a year of the news: 1900-2099
# the sentence is about the speaker or someone else acting: the reporter's narration
_NOT_THE_SPEAKERS = frozenset({"names:speaker", "other:acts", "opens:they"})


def _first_match(
    table: tuple[tuple[str, regex.Pattern[str]], ...], text: str, start: int, end: int
) -> str | None:
    """The feature of the first pattern in ``table`` found in ``text[start:end]``."""
    return next((name for name, rx in table if rx.search(text, start, end)), None)


@dataclass
class ContinuationModel:
    """A linear score over binary features; a sentence continues when its score is at
    least ``threshold``."""

    weights: dict[str, float]
    threshold: float = 0.0

    @classmethod
    def load(cls, name: str = MODEL_FILE) -> ContinuationModel:
        weights: dict[str, float] = {}
        threshold = 0.0
        for row in load_table(name):
            if row[0] == "@threshold":
                threshold = float(row[1])
            else:
                weights[row[0]] = float(row[1])
        return cls(weights, threshold)

    def score(self, features: list[str]) -> float:
        # rounded: weights in tenths must not miss the threshold by a float's error
        return round(sum(self.weights.get(f, 0.0) for f in features), 6)

    def accepts(self, features: list[str]) -> bool:
        return self.score(features) >= self.threshold


# a collector for training: (doc, sentence, features, speaker candidate)
Collector = Callable[[Doc, Sentence, list[str], Candidate], None]


class ContinuationFinder:
    def __init__(self, lexicon: QuoteLexicon, model: ContinuationModel | None = None) -> None:
        self.lex = lexicon
        self.model = model if model is not None else ContinuationModel.load()
        self.date_re = _date_re(load_table(DATES_FILE))
        self.norms = frozenset(norm_word(w) for w in load_lines(NORMS_FILE))
        # cue kinds read only where they open the sentence
        self.opening_kinds = lexicon.opening_kinds | OPENING_KINDS

    def __call__(
        self,
        doc: Doc,
        quotes: list[Candidate],
        index: EntityIndex,
        verb_hits: list[tuple[int, int, str]],
        pairs: QuotePairs,
        aliases: EntityAliases | None = None,
        collect: Collector | None = None,
    ) -> list[Candidate]:
        """``verb_hits``: the reporting forms found in the text (start, end, form);
        ``pairs``: the quotation marks. ``collect``: training mode: every candidate's
        features go to it and every candidate is accepted (until a hard stop)."""
        verb_starts = [h[0] for h in verb_hits]
        verb_ends = [h[1] for h in verb_hits]
        by_sentence: dict[int, list[Candidate]] = {}
        busy: set[int] = set()  # sentences holding a statement or an attribution
        for q in quotes:
            s0 = doc.sentence_index(q.start)
            s1 = doc.sentence_index(max(q.start, q.end - 1))
            for si in range(s0, s1 + 1):
                busy.add(si)
            by_sentence.setdefault(s1, []).append(q)
            busy.add(doc.sentence_index(q.anchor))
        line_sizes = [0] * len(doc.lines)
        for sent in doc.sentences:
            line_sizes[sent.line] += 1
        out: list[Candidate] = []
        open_q: Candidate | None = None
        root: Candidate | None = None  # the explicit quote the run started from
        run = 0
        depth = 0  # open brackets in the paragraph so far
        prev_line = -1
        carry: Candidate | None = None  # the quote that ended the previous paragraph
        skip_until = -1  # end of a quoted stretch already taken
        for si, sent in enumerate(doc.sentences):
            first_of_line = sent.line != prev_line
            if first_of_line or sent.heading:
                carry = open_q if first_of_line and not sent.heading else None
                if not (first_of_line and not sent.heading and prev_line >= 0 and _soft_break(doc, prev_line, sent.line)):
                    open_q = None
                prev_line = sent.line
                depth = 0
            if sent.start < skip_until:
                continue
            if doc.text[sent.start] == "(" or depth > 0:
                open_q = None  # an aside in brackets (a note, a link) is not the speaker's
            opened = doc.text.count("(", sent.start, sent.end)
            depth = max(0, depth + opened - doc.text.count(")", sent.start, sent.end))
            if si in busy:
                open_q = self._opener(doc, sent, by_sentence.get(si, []))
                root = open_q
                run = 0
                continue
            quoted = self._quoted(doc, sent, pairs)
            source = open_q or (carry if first_of_line else None)
            if quoted is not None and source is not None:
                s, e = quoted
                c = self._follow(source, "direct", s, e, sent.line)
                out.append(c)
                open_q = c
                skip_until = e
                continue
            if open_q is None or root is None or run >= MAX_RUN:
                open_q = None
                continue
            aside = _GLUED_ASIDE_RE.search(doc.text, sent.start, sent.end)
            if aside is not None:
                # "… नष्ट कर दिया है.(बीबीसी हिन्दी के ऐप के लिए …": the sentence ends at its
                # stop, the bracket after it is an aside
                sent = replace(sent, end=aside.start() + 1)
            if self.blocked(doc, sent, verb_starts, verb_ends):
                open_q = None
                continue
            s, e = _trim(doc.text, sent.start, sent.end)
            if e - s < 2 or not _LETTER_RE.search(doc.text, s, e):
                open_q = None
                continue
            agents = self._agents(doc, sent, root, index, aliases)
            narration = self.lex.narration_re.match(doc.text, sent.start, sent.end) is not None
            if root.kind == "direct" or narration or agents & _NOT_THE_SPEAKERS:
                open_q = None
                continue
            feats = self.features(doc, sent, root, run, line_sizes[sent.line], agents)
            if first_of_line:
                feats.append("newline")  # after a line break with no blank line
            if collect is not None:
                collect(doc, sent, feats, root)
            elif not self.model.accepts(feats):
                open_q = None
                continue
            c = self._follow(open_q, "continuation", s, e, sent.line)
            out.append(c)
            open_q = c
            run += 1
        return out

    @staticmethod
    def _follow(q: Candidate, kind: str, s: int, e: int, line: int) -> Candidate:
        """A statement that goes on with ``q``'s speaker."""
        return Candidate(
            kind,
            s,
            e,
            None,
            q.speaker,
            s,
            line,
            5,
            entity=q.entity,
            speaker_text=None if q.entity is not None else q.speaker_text,
        )

    @staticmethod
    def _quoted(doc: Doc, sent: Sentence, pairs: QuotePairs) -> tuple[int, int] | None:
        """The inside of a pair of quotation marks that opens the sentence and holds a
        statement (four words or more), if any."""
        t = doc.text
        a = sent.start
        while a < sent.end and t[a] in " \t":
            a += 1
        close = pairs.open_to_close.get(a)
        if close is None:
            return None
        # the marks hold the whole sentence (a title in marks followed by words is not)
        last = doc.sentences[doc.sentence_index(close)]
        if _WORD_RE.search(t, close + 1, max(close + 1, last.end)):
            return None
        s, e = _trim(t, pairs.after_open(a), close)
        if len(_WORD_RE.findall(t, s, e)) < MIN_QUOTED_WORDS:
            return None
        return s, e

    @staticmethod
    def _opener(doc: Doc, sent: Sentence, ending_here: list[Candidate]) -> Candidate | None:
        """The outermost quote that runs to the end of this sentence."""
        _s, e = _trim(doc.text, sent.start, sent.end)
        best = None
        for q in ending_here:
            if q.outer is not None or q.kind == "headline" or q.end < e - 1:
                continue
            if best is None or q.start < best.start:
                best = q
        return best

    def blocked(
        self, doc: Doc, sent: Sentence, verb_starts: list[int], verb_ends: list[int] | None = None
    ) -> bool:
        """The sentence has an attribution of its own: never a continuation. A passive
        reporting verb addressed to someone ("सभी विभागों को कहा गया है कि …",
        "… को निर्देश दिए गए हैं") names no new source: the speaker tells what was
        ordered, and the sentence may go on with their statement."""
        t = doc.text
        for a, _b, _v in self.lex.attribution_matcher.finditer(t, sent.start, sent.end):
            k = doc.token_index(a)
            if k <= sent.tok_start or norm_word(doc.token_text(k - 1)) not in self.norms:
                return True  # "X के मुताबिक": a source of its own
            # "लोगों की जरूरत के अनुसार": a norm, not a source
        k = bisect_left(verb_starts, sent.start)
        while k < len(verb_starts) and verb_starts[k] < sent.end:
            v = verb_starts[k]
            if _NEGATED_RE.search(t, max(sent.start, v - 12), v):
                k += 1
                continue  # "ऐसा कुछ नहीं कहा": no statement
            if verb_ends is None or not self._addressed_passive(doc, sent, v, verb_ends[k]):
                return True  # a reporting verb of its own
            k += 1
        return False

    @staticmethod
    def _addressed_passive(doc: Doc, sent: Sentence, v: int, v_end: int) -> bool:
        """The reporting verb at [v, v_end) is passive ("कहा गया", "दिया जा चुका") with an
        addressee ("X को", "X से") and no agent ("द्वारा") or place ("रिपोर्ट में")
        shortly before it."""
        if not _PASSIVE_AFTER_RE.match(doc.text, v_end, sent.end):
            return False
        k = doc.token_index(v)
        words = [norm_word(doc.token_text(i)) for i in range(max(sent.tok_start, k - ADDRESSEE_WINDOW), k)]
        return bool(_ADDRESSEE & set(words)) and not (_NOT_ADDRESSED & set(words))

    def features(
        self,
        doc: Doc,
        sent: Sentence,
        q: Candidate,
        run: int,
        para_sentences: int,
        agents: set[str],
    ) -> list[str]:
        """The model's features of sentence ``sent`` after quote ``q`` (``run``
        continuations already between them)."""
        t = doc.text
        f = ["bias"]
        s, e = _trim(t, sent.start, sent.end)
        kinds: set[str] = set()
        for a, _b, kind in self.lex.cue_matcher.finditer(t, s, e):
            if kind in self.opening_kinds:
                if a - s <= 1:
                    kinds.add(kind)
            else:
                kinds.add(kind)
        if _FIRST_FUTURE_RE.search(t, s, e):
            kinds.add("first")  # "करूंगा", "जाऊंगी": the first person in the verb itself
        f.extend(f"cue:{k}" for k in sorted(kinds - {"narration"}))
        ending = _first_match(_ENDINGS, t, s, sent.end)
        if ending:
            f.append(ending)
        aspect = _first_match(_ASPECTS, t, s, sent.end)
        if aspect:
            f.append(aspect)
            if aspect == "aspect:simple" and self._agent_in_main_clause(doc, sent):
                # "जवानों ने जवाबी कार्रवाई की": what a third party did, told in the
                # simple past (a pronoun's ergative is one word: उन्होंने, हमने)
                f.append("agent:told")
        if _FUTURE_RE.search(t, s, e):
            f.append("future")
        if t[max(s, e - 1) : sent.end].find("?") >= 0 or "?" in t[e : sent.end]:
            f.append("question")
        numbers = len(_NUMBER_TOKEN_RE.findall(t, s, e)) if _NUMBER_RE.search(t, s, e) else 0
        if numbers:
            f.append("numbers:1" if numbers == 1 else "numbers:2+")
        if t[s : sent.end].rstrip()[-1:] not in _CLOSERS:
            f.append("unclosed")  # no stop: a sub-heading or caption the layout missed
        words = len(_WORD_RE.findall(t, s, e))
        if words < SHORT_SENTENCE:
            f.append("short")
        f.extend(sorted(agents))
        if self.date_re.search(t, s, e):
            f.append("date")  # an absolute date or clock time: the reporter's timeline
        f.append(f"run:{min(run, 2)}")
        f.append(f"speaker:{_speaker_kind(q)}")
        f.append(f"paragraph:{_size_class(para_sentences)}")
        return f

    @staticmethod
    def _agent_in_main_clause(doc: Doc, sent: Sentence) -> bool:
        """A noun's ergative "X ने" before any "कि" of the sentence (in a कि-clause the
        agent belongs to what is stated: "आंकड़े गवाह हैं कि वायरस ने …")."""
        for k in range(sent.tok_start + 1, sent.tok_end):
            w = norm_word(doc.token_text(k))
            if w == "कि":
                return False
            if w == "ने":
                return True
        return False

    def _agents(
        self, doc: Doc, sent: Sentence, q: Candidate, index: EntityIndex, aliases: EntityAliases | None
    ) -> set[str]:
        """Who the sentence is about: it names the speaker (speakers do not name
        themselves), opens with a person's name, has another named person or an
        organisation acting ("X ने …", "कंपनी ने …", "प्रशासन ने …", "स्थानीय सरकारों ने …"), or opens on the
        speaker in the third person ("उन्होंने …": the reporter tells what they did)."""
        t = doc.text
        out: set[str] = set()
        for s, e, ent in index.overlapping(sent.start, sent.end):
            if ent is q.entity or (aliases is not None and aliases.same(ent, q.entity)):
                out.add("names:speaker")
                continue
            if ent.type == "LOC" and doc.token_index(s) - sent.tok_start <= 1:
                out.add("opens:place")  # "मुंबई में …", "लखनऊ के 64 वर्षीय …": a new scene
            if ent.type not in ("PERSON", "ORG"):
                continue
            k = doc.token_index(e)
            acts = k < sent.tok_end and norm_word(t[doc.tokens[k][0] : doc.tokens[k][1]]) == "ने"
            if ent.type == "ORG":
                if doc.token_index(s) - sent.tok_start <= 1:
                    out.add("opens:org")  # "विश्व स्वास्थ्य संगठन अब तक … भेज चुका है"
                if acts:
                    out.add("other:acts")
                continue
            if doc.token_index(s) - sent.tok_start <= 1:
                out.add("opens:person")
            if acts:
                out.add("other:acts")
        if "names:speaker" not in out and _writes_name(t, sent, q.entity):
            out.add("names:speaker")  # a mention the recogniser did not tag there
        orgs = self.lex.org_heads | self.lex.standalone_orgs
        for k in range(sent.tok_start + 1, sent.tok_end):
            if norm_word(doc.token_text(k)) == "ने" and noun_forms(doc.token_text(k - 1)) & orgs:
                out.add("other:acts")  # an institution acts: the reporter's news
                break
        k = self._after_connective(doc, sent)
        if k < sent.tok_end and norm_word(doc.token_text(k)) in self.lex.third_person_subjects:
            out.add("opens:they")  # "उन्होंने …", "हालांकि, उन्होंने …"
        return out


    def _after_connective(self, doc: Doc, sent: Sentence) -> int:
        """The first token of the sentence after an opening connective ("हालांकि",
        "इसके अलावा") and its comma, if any."""
        k = sent.tok_start
        for n in (3, 2, 1):
            if k + n <= sent.tok_end:
                words = " ".join(norm_word(doc.token_text(i)) for i in range(k, k + n))
                if words in self.lex.connectives:
                    k += n
                    break
        while k < sent.tok_end and doc.token_text(k) in (",", ":"):
            k += 1
        return k


def _writes_name(t: str, sent: Sentence, ent: Entity | None) -> bool:
    """The sentence writes the entity's name or one of its mention texts as whole
    words (three letters or more: not an initial)."""
    if ent is None:
        return False
    forms = {ent.name, *(m.text for m in ent.mentions)}
    for form in forms:
        if len(form) < MIN_NAME_CHARS:
            continue
        k = t.find(form, sent.start, sent.end)
        while k >= 0:
            e = k + len(form)
            if not (k and _WORD_CHAR_RE.match(t, k - 1)) and not _WORD_CHAR_RE.match(t, e):
                return True
            k = t.find(form, k + 1, sent.end)
    return False


def _date_re(rows: list[list[str]]) -> regex.Pattern[str]:
    """An absolute date or clock time: "9 मार्च", "2 बजे", "वर्ष 2001", "2017 के"."""
    words: dict[str, list[str]] = {}
    for w, kind in rows:
        words.setdefault(kind, []).append(w)
    after_number = alternation(words.get("month", []) + words.get("clock", []))
    return regex.compile(
        rf"\d[ \t]*{after_number}"
        rf"|{alternation(words.get('era', []))}[ \t]+{_YEAR}"
        rf"|(?<![\p{{L}}\p{{M}}\p{{N}},.]){_YEAR}[ \t]+{alternation(words.get('year', []))}"
    )


def _soft_break(doc: Doc, a: int, b: int) -> bool:
    """Lines ``a`` and ``b`` are adjacent paragraphs with no blank line between them."""
    if b != a + 1 or doc.lines[a].kind != "paragraph" or doc.lines[b].kind != "paragraph":
        return False
    return doc.text.count("\n", doc.lines[a].end, doc.lines[b].start) <= 1


def _size_class(n: int) -> str:
    """How many sentences the paragraph has: a story printed without paragraph breaks
    (one block of many sentences) says little by its breaks."""
    if n <= 4:
        return "short"
    if n <= 8:
        return "medium"
    if n <= 14:
        return "long"
    return "block"


def _speaker_kind(q: Candidate) -> str:
    if q.entity is not None:
        return "person" if q.entity.type == "PERSON" else "org"
    ref = q.speaker
    if ref is None or ref.kind == UNNAMED:
        return "unnamed"
    if ref.kind in (NAME, TITLE, ORG_HEAD):
        return "named"
    return "pronoun"


def _trim(t: str, s: int, e: int) -> tuple[int, int]:
    while s < e and t[s] in " \t":
        s += 1
    while e > s and t[e - 1] in " \t।॥.\"'":
        e -= 1
    return s, e
