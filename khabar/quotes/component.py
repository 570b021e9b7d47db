"""The quotes component: fills ``doc.quotes`` (who said what), last in the pipeline.

1. detect statements and speaker expressions (``khabar.quotes.detect``);
2. drop duplicates (two detectors reading the same statement);
3. nest quotes inside quotes: a quote whose attribution stands inside another quote's
   statement is reported by that quote's speaker (``reported_by``);
4. resolve speakers to entities (``khabar.quotes.resolve``);
5. add continuation sentences (``khabar.quotes.continuation``);
6. link amounts: every amount whose span lies inside a quote's span is listed in
   ``quote.amounts`` (indexes into ``doc.amounts``).
"""

from __future__ import annotations

from bisect import bisect_left

from khabar.doc import Doc
from khabar.entities.lexicon import load_counts
from khabar.entities.titles import TitleIndex, load_titles
from khabar.quotes.aliases import EntityAliases
from khabar.quotes.continuation import Collector, ContinuationFinder
from khabar.quotes.detect import Candidate, Detector
from khabar.quotes.lexicon import QuoteLexicon, norm_word
from khabar.quotes.marks import QuotePairs
from khabar.quotes.resolve import SpeakerResolver
from khabar.quotes.speaker import EntityIndex, SpeakerFinder
from khabar.record import Quote
from khabar.resources import load_table
from khabar.resources import path as resource_path
from khabar.translit.initials import Initialisms

NEST_LOOKBACK = 8  # earlier candidates examined as a possible outer quote


class QuoteFinder:
    """Component factory: loads the language data once; call it on a ``Doc``."""

    def __init__(self) -> None:
        self.lexicon = QuoteLexicon()
        titles = load_titles()
        if resource_path("roles/titles.tsv").exists():
            seen = {t.title for t in titles}
            titles += [t for t in load_titles("roles/titles.tsv") if t.title not in seen]
        self.titles = TitleIndex(titles)
        self.speakers = SpeakerFinder(self.lexicon, self.titles, load_counts())
        # posts written as abbreviations (सीएम → मुख्यमंत्री), to find their holders
        self.title_forms: dict[str, str] = {}
        if resource_path("roles/title_forms.tsv").exists():
            for row in load_table("roles/title_forms.tsv"):
                self.title_forms[" ".join(norm_word(w) for w in row[0].split())] = row[1]
        # words that may trail a name the recogniser took too far ("उद्धव ठाकरे बोले")
        self.trailing = frozenset(
            {"ने", "जी"} | {w for key in self.lexicon.verbs for w in key.split()}
        )
        self.initialisms = Initialisms()
        self.detector = Detector(self.lexicon, self.speakers, self.initialisms)
        self.continuations = ContinuationFinder(self.lexicon)

    def __call__(self, doc: Doc, collect: Collector | None = None) -> None:
        """Find the quotes of ``doc``. ``collect``: training mode of the continuation
        model (``khabar.quotes.train``)."""
        index = EntityIndex(doc.entities)
        verb_hits = self.lexicon.verb_matcher.finditer(doc.text)
        pairs = QuotePairs(doc.text, [(ln.start, ln.end) for ln in doc.lines])
        cands = dedupe(self.detector(doc, index, verb_hits, pairs))
        cands += self.detector.joint(doc, cands, index)
        nest(cands)
        aliases = EntityAliases(doc, self.titles, self.initialisms, self.trailing)
        resolved = SpeakerResolver(
            doc,
            index,
            aliases,
            self.title_forms,
            self.lexicon.documents,
            self.lexicon.standalone_orgs,
            self.lexicon.org_heads,
            self.lexicon.org_head_kind,
            self.lexicon.demonyms,
            self.lexicon.descriptors,
            self.speakers.common_word,
            opinions=self.lexicon.opinion_nouns,
            collectives=self.lexicon.collectives,
        ).resolve(cands)
        for c in resolved:
            c.entity = aliases.canonical(c.entity)
        for c in resolved:
            if c.outer is not None:
                c.reported_by = c.outer.entity
        resolved += self.continuations(
            doc, resolved, index, verb_hits, pairs, aliases, collect
        )
        resolved.sort(key=lambda c: (c.start, -c.end))
        link_amounts(doc, resolved)
        doc.quotes.extend(to_quote(c) for c in resolved)


def dedupe(cands: list[Candidate]) -> list[Candidate]:
    """Keep one candidate where several read (nearly) the same statement."""
    cands = sorted(cands, key=lambda c: (c.start, c.priority, -c.end))
    out: list[Candidate] = []
    for c in cands:
        dup = False
        for o in out[-NEST_LOOKBACK:]:
            inter = min(o.end, c.end) - max(o.start, c.start)
            if inter > 0 and inter * 10 >= 8 * max(o.end - o.start, c.end - c.start):
                dup = True
                if c.priority < o.priority:
                    out[out.index(o)] = c
                break
        if not dup:
            out.append(c)
    return out


def nest(cands: list[Candidate]) -> None:
    """Set ``outer`` for quotes whose attribution stands inside another statement."""
    by_start = sorted(cands, key=lambda c: c.start)
    starts = [c.start for c in by_start]
    for c in cands:
        i = bisect_left(starts, c.anchor + 1) - 1
        best = None
        for o in by_start[max(0, i - NEST_LOOKBACK + 1) : i + 1]:
            if o is c or not (o.start <= c.anchor < o.end):
                continue
            if o.start <= c.start and c.end <= o.end + 2:
                if best is None or o.start > best.start:
                    best = o
        c.outer = best


def link_amounts(doc: Doc, quotes: list[Candidate]) -> None:
    """List in each quote the amounts (indexes into ``doc.amounts``) inside its span."""
    if not doc.amounts or not quotes:
        return
    order = sorted(range(len(doc.amounts)), key=lambda i: doc.amounts[i].start)
    starts = [doc.amounts[i].start for i in order]
    for q in quotes:
        k = bisect_left(starts, q.start)
        while k < len(order) and starts[k] < q.end:
            a = doc.amounts[order[k]]
            if a.end <= q.end:
                q.amounts.append(order[k])
            k += 1
        q.amounts.sort()


def to_quote(c: Candidate) -> Quote:
    span = c.speaker_span
    return Quote(
        speaker=c.entity.id if c.entity is not None else None,
        speaker_text=c.speaker_text,
        kind=c.kind,
        start=c.start,
        end=c.end,
        verb=c.verb,
        reported_by=c.reported_by.id if c.reported_by is not None else None,
        speaker_start=span[0] if span else None,
        speaker_end=span[1] if span else None,
        amounts=list(c.amounts),
    )
