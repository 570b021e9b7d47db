"""Entities: recognition, grouping, offsets, lookup, speed (no shared data needed)."""

from __future__ import annotations

import time

from helpers import run_entities as run

from khabar.doc import Doc
from khabar.entities.component import EntityRecognizer
from khabar.entities.lookup import entities_in, entity_at, mention_at
from khabar.entities.resolve import Candidate, resolve
from khabar.entities.titles import TitleIndex, load_titles
from khabar.pipeline import Pipeline, TextLayer
from khabar.record import Entity, Mention


def people(doc: Doc) -> dict[str, list[str]]:
    return {
        e.name: [doc.text[m.start : m.end] for m in e.mentions]
        for e in doc.entities
        if e.type == "PERSON"
    }


def by_name(doc: Doc, name: str) -> Entity:
    hits = [e for e in doc.entities if e.name == name]
    assert hits, f"{name} not among {[(e.name, e.type) for e in doc.entities]}"
    return hits[0]


def test_titles_file_loads() -> None:
    titles = load_titles()
    kinds = {t.kind for t in titles}
    assert {"honorific", "post"} <= kinds
    index = TitleIndex(titles)
    words = ["प्रदेश", "अध्यक्ष", "राजेश", "ठाकुर"]
    start, title = index.ending_at(words, 1) or (None, None)
    assert start == 0 and title is not None and title.title == "प्रदेश अध्यक्ष"
    assert index.starting_at(["डॉ", ".", "राम"], 0) is not None  # "डॉ." as tokens


def test_title_and_surname_mentions_group(rec: EntityRecognizer, layer: TextLayer) -> None:
    text = (
        "पटना: प्रदेश अध्यक्ष सुरेश प्रजापति ने शुक्रवार को बैठक की। "
        "श्री प्रजापति ने कहा कि संगठन मजबूत होगा। "
        "बाद में सुरेश प्रजापति ने पत्रकारों से बात की। "
        "प्रजापति ने बताया कि चुनाव की तैयारी जारी है।"
    )
    doc = run(rec, layer, text)
    ppl = people(doc)
    assert list(ppl) == ["सुरेश प्रजापति"], ppl
    mentions = ppl["सुरेश प्रजापति"]
    assert mentions.count("सुरेश प्रजापति") == 2
    assert mentions.count("प्रजापति") == 2  # "श्री" and the title stay outside
    assert all("श्री" not in m and "अध्यक्ष" not in m for m in mentions)


def test_overlapping_names_are_two_people(rec: EntityRecognizer, layer: TextLayer) -> None:
    text = (
        "बैठक में जिला अध्यक्ष नसीम अंसारी और वरिष्ठ नेता नसीम अहमद अंसारी उपस्थित थे। "
        "नसीम अहमद अंसारी ने कहा कि पार्टी एकजुट है। नसीम अंसारी ने धन्यवाद दिया।"
    )
    doc = run(rec, layer, text)
    ppl = people(doc)
    assert "नसीम अंसारी" in ppl and "नसीम अहमद अंसारी" in ppl, ppl
    assert ppl["नसीम अंसारी"] == ["नसीम अंसारी", "नसीम अंसारी"]
    assert ppl["नसीम अहमद अंसारी"] == ["नसीम अहमद अंसारी", "नसीम अहमद अंसारी"]


def test_resolution_rules_directly() -> None:
    def c(start: int, words: str, label: str = "PER") -> Candidate:
        keys = tuple(words.split())
        return Candidate(start, start + len(words), label, keys, words)

    groups = resolve(
        [
            c(0, "मंजूर अंसारी"),
            c(20, "मंजूर अहमद अंसारी"),
            c(50, "अंसारी"),  # nearest before: मंजूर अहमद अंसारी
            c(70, "राहुल गांधी"),
            c(90, "गांधी"),
            c(100, "राहुल"),
            c(120, "चंपाई"),
            c(130, "चंपाई"),
        ]
    )
    names = [[m.text for m in g.members] for g in groups]
    assert names == [
        ["मंजूर अंसारी"],
        ["मंजूर अहमद अंसारी", "अंसारी"],
        ["राहुल गांधी", "गांधी", "राहुल"],
        ["चंपाई", "चंपाई"],
    ]


def test_orgs_places_and_not_people(rec: EntityRecognizer, layer: TextLayer) -> None:
    text = (
        "लखनऊ: भाजपा और कांग्रेस के नेताओं ने सोमवार को राज्य महिला आयोग के दफ्तर में "
        "ज्ञापन सौंपा। बाद में भारतीय जनता पार्टी के प्रवक्ता ने कहा कि उत्तर प्रदेश में "
        "इंडिया गठबंधन का कोई असर नहीं है।"
    )
    doc = run(rec, layer, text)
    types = {e.name: e.type for e in doc.entities}
    assert types.get("भाजपा") == "ORG"
    assert len([e for e in doc.entities if e.name == "भाजपा"]) == 1
    assert len(by_name(doc, "भाजपा").mentions) == 2  # भाजपा = भारतीय जनता पार्टी
    assert types.get("कांग्रेस") == "ORG"
    assert types.get("इंडिया गठबंधन") == "ORG"
    assert types.get("लखनऊ") == "LOC"
    assert types.get("उत्तर प्रदेश") == "LOC"
    assert any(e.type == "ORG" and e.name.endswith("महिला आयोग") for e in doc.entities)
    assert not any(e.type == "PERSON" and "सोमवार" in e.name for e in doc.entities)


def test_ids_order_and_offsets_round_trip() -> None:
    text = (
        "रांची: झारखंड के मुख्यमंत्री हेमंत सोरेन ने कहा कि \u201cराज्य आगे बढ़ेगा\u201d। "
        "श्री सोरेन ने दिल्ली\u200d में भी यही बात कही।"
    )
    article = Pipeline(components=["entities"])(text)
    assert [e.id for e in article.entities] == [f"e{i}" for i in range(1, len(article.entities) + 1)]
    firsts = [min(m.start for m in e.mentions) for e in article.entities]
    assert firsts == sorted(firsts)
    for e in article.entities:
        assert e.latin and e.name
        for m in e.mentions:
            assert text[m.start : m.end] == m.text
    soren = next(e for e in article.entities if e.type == "PERSON")
    assert soren.name == "हेमंत सोरेन"
    assert [m.text for m in soren.mentions] == ["हेमंत सोरेन", "सोरेन"]
    assert soren.latin == "Hemant Soren"


def test_lookup_finds_covering_mention() -> None:
    ents = [
        Entity("e1", "PERSON", "राजेश ठाकुर", "Rajesh Thakur", [Mention(10, 21), Mention(50, 55)]),
        Entity("e2", "ORG", "कांग्रेस", "Congress", [Mention(30, 38)]),
    ]
    assert entity_at(ents, 10, 21) is ents[0]
    assert entity_at(ents, 12, 14) is ents[0]  # inside
    assert entity_at(ents, 5, 12) is ents[0]  # overlap
    assert entity_at(ents, 21, 30) is None
    assert entity_at(ents, 30, 38, types=("PERSON",)) is None
    hit = mention_at(ents, 52, 52)
    assert hit is not None and hit[1].start == 50
    assert [e.id for e, _ in entities_in(ents, 0, 60)] == ["e1", "e2", "e1"]


def test_tagging_speed_smoke(rec: EntityRecognizer) -> None:
    """Loose bound (the real figure, ≥100k tokens/s, is measured by `khabar eval ner`)."""
    words = (
        "प्रदेश अध्यक्ष राजेश ठाकुर ने शनिवार को रांची में कहा कि कांग्रेस और "
        "इंडिया गठबंधन मिलकर चुनाव लड़ेंगे ।"
    ).split()
    sents = [words] * 300
    rec.tagger(words)
    t0 = time.perf_counter()
    for w in sents:
        rec.tagger(w)
    dt = time.perf_counter() - t0
    assert len(words) * len(sents) / dt > 5_000


def test_model_loads_fast() -> None:
    from khabar.entities.model import NerTagger

    t0 = time.perf_counter()
    NerTagger()
    assert time.perf_counter() - t0 < 5.0  # generous for a loaded CI machine; ~0.2 s idle


def test_spelling_variants_group(rec: EntityRecognizer, layer: TextLayer) -> None:
    text = (
        "पूर्व विधायक फ़ारूक़ अंसारी ने सोमवार को धरना दिया। बाद में फारूक अंसारी ने कहा "
        "कि लड़ाई जारी रहेगी। झारखण्ड और झारखंड एक ही राज्य के नाम हैं।"
    )
    doc = run(rec, layer, text)
    ppl = people(doc)
    assert len(ppl) == 1 and len(next(iter(ppl.values()))) == 2, ppl
    places = [e for e in doc.entities if e.type == "LOC"]
    assert len(places) == 1 and places[0].name == "झारखंड" and len(places[0].mentions) == 2


def test_latin_uses_khabar_romanizer() -> None:
    from khabar.entities.latin import Latin

    latin = Latin()
    assert latin.source == "khabar.translit"
    assert latin("मंजूर अंसारी") == "Manzoor Ansari"
    assert latin("Congress") == "Congress"  # Latin text is kept as written


def test_a_name_ending_one_longer_name_joins_it() -> None:
    def c(start: int, words: str, label: str = "PER") -> Candidate:
        keys = tuple(words.split())
        return Candidate(start, start + len(words), label, keys, words)

    groups = resolve(
        [
            c(0, "आशिक अहमद खान"),
            c(30, "अहमद खान"),  # ends the longer name: the same person
            c(50, "मुख्तार अब्बास नकवी"),
            c(80, "मंजूर अहमद अंसारी"),
            c(110, "मंजूर अंसारी"),  # not its end: another person
            c(130, "रवि शास्त्री सचिन तेंदुलकर"),  # two names run together
            c(170, "सचिन तेंदुलकर"),
            c(190, "रवि शास्त्री"),
        ]
    )
    names = [[m.text for m in g.members] for g in groups]
    assert names == [
        ["आशिक अहमद खान", "अहमद खान"],
        ["मुख्तार अब्बास नकवी"],
        ["मंजूर अहमद अंसारी"],
        ["मंजूर अंसारी"],
        ["रवि शास्त्री सचिन तेंदुलकर"],
        ["सचिन तेंदुलकर"],
        ["रवि शास्त्री"],
    ]
