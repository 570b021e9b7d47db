"""A small hand-made corpus of ``khabar.article/1`` records for the store, ingest and
web tests (imported by them), and tests that the records are well formed.

The texts are written for these tests (no news-corpus text). They hold the cases the
profile rules must get right: one person under several spellings and honorifics, two
people sharing a surname (राजेश ठाकुर, अनुराग ठाकुर), a bare "ठाकुर" with no context,
two different people with the same full name (राजेश कुमार), and two people side by
side whose names differ only by a middle name (मंजूर अंसारी, मंजूर अहमद अंसारी).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from khabar.record import Article, Entity, Mention, Meta, Quote, Role, Span, article_id

XSS_TEXT = '<script>alert("x")</script>'
XSS_NAME = '"><img src=x onerror=alert(1)>'
XSS_QUOTE = "' onmouseover='alert(2)' x='"


def make_article(text: str, published: str | None, ents: list[dict[str, Any]],
                 quotes: list[tuple[str | None, str]] = (),  # type: ignore[assignment]
                 title: str | None = None, paper: str = "टेस्ट समाचार") -> Article:
    """A record with offsets computed from the strings given.

    ``ents``: dicts with name, type, mentions (strings, longest first), roles
    (title, org, region, phrase); ``quotes``: (speaker name or None, quote text).
    """
    taken: list[tuple[int, int]] = []
    entities: list[Entity] = []
    for i, e in enumerate(ents, 1):
        mentions: list[Mention] = []
        for form in sorted(e.get("mentions", [e["name"]]), key=len, reverse=True):
            pos = text.find(form)
            while pos >= 0:
                end = pos + len(form)
                if not any(s < end and pos < t for s, t in taken):
                    taken.append((pos, end))
                    mentions.append(Mention(pos, end, form))
                pos = text.find(form, end)
        assert mentions, f"{e['name']} not in text"
        roles = []
        for r_title, org, region, phrase in e.get("roles", []):
            s = text.index(phrase)
            roles.append(Role(r_title, org, s, s + len(phrase), phrase, region))
        entities.append(Entity(f"e{i}", e["type"], e["name"], e.get("latin", ""),
                               sorted(mentions, key=lambda m: m.start), roles))
    by_name = {e.name: e.id for e in entities}
    qs = []
    for speaker, qtext in quotes:
        s = text.index(qtext)
        qs.append(Quote(by_name.get(speaker or ""), speaker, "direct", s, s + len(qtext),
                        qtext, verb="कहना"))
    first = text.split("\n", 1)[0]
    return Article(
        id=article_id(text), text=text,
        meta=Meta(source="test", title=title or first[:80], published=published, paper=paper),
        sentences=[Span(0, len(text), text)],
        entities=entities, quotes=qs,
    )


def corpus() -> list[Article]:
    """The test corpus (8 articles)."""
    out = []
    t = ("झारखंड कांग्रेस की बैठक\n"
         "रांची: झारखंड प्रदेश कांग्रेस अध्यक्ष राजेश ठाकुर ने कहा कि अल्पसंख्यकों को सम्मान "
         "मिला है. प्रदेश प्रभारी उमैर खान ने कहा कि पार्टी पूरी तरह एकजुट है. बैठक में "
         "मंजूर अंसारी और वरिष्ठ नेता मंजूर अहमद अंसारी भी मौजूद थे.")
    out.append(make_article(t, "2024-06-15", [
        {"name": "राजेश ठाकुर", "type": "PERSON", "latin": "Rajesh Thakur",
         "roles": [("प्रदेश अध्यक्ष", "कांग्रेस", "झारखंड", "प्रदेश कांग्रेस अध्यक्ष")]},
        {"name": "उमैर खान", "type": "PERSON", "latin": "Umair Khan",
         "roles": [("प्रदेश प्रभारी", "कांग्रेस", None, "प्रदेश प्रभारी")]},
        {"name": "मंजूर अंसारी", "type": "PERSON", "latin": "Manzoor Ansari"},
        {"name": "मंजूर अहमद अंसारी", "type": "PERSON", "latin": "Manzoor Ahmad Ansari"},
        {"name": "कांग्रेस", "type": "ORG", "latin": "Congress", "mentions": ["कांग्रेस"]},
        {"name": "रांची", "type": "LOC", "latin": "Ranchi"},
    ], [("राजेश ठाकुर", "अल्पसंख्यकों को सम्मान मिला है"),
        ("उमैर खान", "पार्टी पूरी तरह एकजुट है")]))
    t = ("चुनाव की तैयारी तेज\n"
         "रांची: श्री राजेश ठाकुर ने कहा कि विधानसभा चुनाव में कांग्रेस जीतेगी. ठाकुर ने "
         "बताया कि संगठन मजबूत है. कार्यक्रम में उमैर ख़ान भी उपस्थित थे.")
    out.append(make_article(t, "2024-07-02", [
        {"name": "राजेश ठाकुर", "type": "PERSON", "latin": "Rajesh Thakur",
         "mentions": ["राजेश ठाकुर", "ठाकुर"]},
        {"name": "उमैर ख़ान", "type": "PERSON", "latin": "Umair Khan"},
        {"name": "कांग्रेस", "type": "ORG", "latin": "Congress"},
    ], [("राजेश ठाकुर", "विधानसभा चुनाव में कांग्रेस जीतेगी"),
        ("राजेश ठाकुर", "संगठन मजबूत है")]))
    t = ("खेल बजट बढ़ा\n"
         "नई दिल्ली: केंद्रीय मंत्री अनुराग ठाकुर ने कहा कि खेल बजट बढ़ाया जाएगा. भाजपा "
         "प्रवक्ता सुधा वर्मा ने इसका स्वागत किया.")
    out.append(make_article(t, "2024-05-10", [
        {"name": "अनुराग ठाकुर", "type": "PERSON", "latin": "Anurag Thakur",
         "roles": [("केंद्रीय मंत्री", "भाजपा", None, "केंद्रीय मंत्री")]},
        {"name": "सुधा वर्मा", "type": "PERSON", "latin": "Sudha Verma",
         "roles": [("प्रवक्ता", "भाजपा", None, "प्रवक्ता")]},
        {"name": "भाजपा", "type": "ORG", "latin": "BJP"},
    ], [("अनुराग ठाकुर", "खेल बजट बढ़ाया जाएगा")]))
    t = ("गांव में सड़क\n"
         "पलामू: मुखिया ठाकुर ने कहा कि गांव की सड़क जल्द बनेगी. ग्रामीणों ने खुशी जताई.")
    out.append(make_article(t, "2024-08-01", [
        {"name": "ठाकुर", "type": "PERSON", "latin": "Thakur"},
    ], [("ठाकुर", "गांव की सड़क जल्द बनेगी")]))
    t = ("पटना में भाजपा की बैठक\n"
         "पटना: भाजपा जिला अध्यक्ष राजेश कुमार ने कहा कि बूथ स्तर पर काम होगा.")
    out.append(make_article(t, "2024-06-20", [
        {"name": "राजेश कुमार", "type": "PERSON", "latin": "Rajesh Kumar",
         "roles": [("जिला अध्यक्ष", "भाजपा", "पटना", "भाजपा जिला अध्यक्ष")]},
        {"name": "भाजपा", "type": "ORG", "latin": "BJP"},
    ], [("राजेश कुमार", "बूथ स्तर पर काम होगा")]))
    t = ("विधायक का दौरा\n"
         "रांची: झामुमो विधायक राजेश कुमार ने कहा कि अस्पताल का निर्माण पूरा होगा.")
    out.append(make_article(t, "2024-06-22", [
        {"name": "राजेश कुमार", "type": "PERSON", "latin": "Rajesh Kumar",
         "roles": [("विधायक", "झामुमो", None, "झामुमो विधायक")]},
        {"name": "झामुमो", "type": "ORG", "latin": "JMM"},
    ], [("राजेश कुमार", "अस्पताल का निर्माण पूरा होगा")]))
    t = ("अल्पसंख्यक विभाग की समीक्षा\n"
         "रांची: कांग्रेस अध्यक्ष राजेश ठाकुर ने अल्पसंख्यक विभाग की समीक्षा की. उन्होंने "
         "कहा कि सभी जिलों में शत-प्रतिशत भागीदारी होगी. उमैर खान ने कहा कि सूची तैयार है.")
    out.append(make_article(t, "2024-09-05", [
        {"name": "राजेश ठाकुर", "type": "PERSON", "latin": "Rajesh Thakur",
         "roles": [("अध्यक्ष", "कांग्रेस", None, "कांग्रेस अध्यक्ष")]},
        {"name": "उमैर खान", "type": "PERSON", "latin": "Umair Khan"},
        {"name": "कांग्रेस", "type": "ORG", "latin": "Congress"},
    ], [("राजेश ठाकुर", "सभी जिलों में शत-प्रतिशत भागीदारी होगी"),
        ("उमैर खान", "सूची तैयार है")]))
    t = (f"हमला {XSS_TEXT}\n"
         f"रांची: नेता {XSS_NAME} ने कहा कि {XSS_QUOTE} सब ठीक है. {XSS_TEXT} यह भी.")
    out.append(make_article(t, "2024-09-10", [
        {"name": XSS_NAME, "type": "PERSON", "latin": XSS_NAME},
    ], [(XSS_NAME, f"{XSS_QUOTE} सब ठीक है")], title=f"हमला {XSS_TEXT}"))
    return out


def write_jsonl(path: Path, articles: list[Article] | None = None) -> Path:
    path.write_text("".join(a.to_json() + "\n" for a in (articles or corpus())),
                    encoding="utf-8")
    return path


def test_corpus_offsets_hold():
    for a in corpus():
        assert a.id == article_id(a.text)
        for e in a.entities:
            for m in e.mentions:
                assert a.text[m.start : m.end] == m.text
            for r in e.roles:
                assert a.text[r.start : r.end] == r.text
        for q in a.quotes:
            assert a.text[q.start : q.end] == q.text
            assert q.speaker is None or a.entity(q.speaker) is not None


def test_corpus_round_trips_as_json():
    for a in corpus():
        back = Article.from_json(a.to_json())
        assert back.to_dict() == json.loads(a.to_json())
