"""The article record, schema ``khabar.article/1``: one typed, versioned JSON document
per article. docs/record.md explains every field; khabar/resources/schema/
article.schema.json is the machine-checkable form.

All ``start``/``end`` values are Python string offsets into ``Article.text`` (the input
exactly as given, after decoding), and ``text[start:end]`` equals the span's ``text``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from typing import Any

SCHEMA = "khabar.article/1"

ENTITY_TYPES = ("PERSON", "ORG", "LOC", "MISC")
QUOTE_KINDS = ("direct", "indirect", "headline", "continuation")


@dataclass
class Span:
    """A stretch of the text: a heading, paragraph, dateline or sentence."""

    start: int
    end: int
    text: str = ""


@dataclass
class Mention:
    """One occurrence of an entity in the text."""

    start: int
    end: int
    text: str = ""


@dataclass
class Role:
    """A post the article gives a person: ``title`` (normalised, e.g. "प्रदेश अध्यक्ष"),
    ``org`` (the organisation or department when stated, else None) and the span of
    the whole role phrase."""

    title: str
    org: str | None
    start: int
    end: int
    text: str = ""
    region: str | None = None


@dataclass
class Entity:
    """A person, organisation, place or other named thing, with all its mentions."""

    id: str
    type: str
    name: str
    latin: str
    mentions: list[Mention] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)


@dataclass
class Quote:
    """A statement attributed to a speaker.

    ``speaker`` is an entity id (None for unnamed sources); ``speaker_text`` is how the
    article names the speaker (with its own offsets when it occurs in the text);
    ``verb`` is the lemma of the reporting verb or form ("कहना", "भरोसा दिलाना", ":");
    ``reported_by`` is the entity that reports this quote when it is a quote inside a
    quote; ``amounts`` are indexes into ``Article.amounts`` of numbers claimed inside it.
    """

    speaker: str | None
    speaker_text: str | None
    kind: str
    start: int
    end: int
    text: str = ""
    verb: str | None = None
    reported_by: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    amounts: list[int] = field(default_factory=list)


@dataclass
class Amount:
    """A number claimed in the text: value (and value_max for ranges) in base units,
    ``unit`` a short English name ("percent", "rupee", "seat", "vote", "people", …)."""

    start: int
    end: int
    value: float | None
    text: str = ""
    value_max: float | None = None
    unit: str | None = None
    approx: bool = False


@dataclass
class DateMention:
    """A date expression; ``value`` is an ISO date when it can be resolved."""

    start: int
    end: int
    text: str = ""
    value: str | None = None


@dataclass
class Meta:
    """What is known about where the article came from."""

    source: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    paper: str | None = None


@dataclass
class Article:
    """One processed article, serialisable as ``khabar.article/1`` JSON."""

    id: str
    text: str
    meta: Meta = field(default_factory=Meta)
    dateline: Span | None = None
    headings: list[Span] = field(default_factory=list)
    paragraphs: list[Span] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    schema: str = SCHEMA

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["sentences"] = [{"start": s.start, "end": s.end} for s in self.sentences]
        ordered = {"schema": d.pop("schema"), "id": d.pop("id"), "meta": d.pop("meta")}
        ordered.update(d)
        return ordered

    def to_json(self, pretty: bool = False) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2 if pretty else None)

    def entity(self, entity_id: str | None) -> Entity | None:
        return next((e for e in self.entities if e.id == entity_id), None)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Article:
        text = d["text"]

        def span(x: dict[str, Any]) -> Span:
            return Span(x["start"], x["end"], x.get("text", text[x["start"] : x["end"]]))

        return cls(
            schema=d.get("schema", SCHEMA),
            id=d["id"],
            text=text,
            meta=Meta(**d.get("meta", {})),
            dateline=span(d["dateline"]) if d.get("dateline") else None,
            headings=[span(x) for x in d.get("headings", [])],
            paragraphs=[span(x) for x in d.get("paragraphs", [])],
            sentences=[span(x) for x in d.get("sentences", [])],
            entities=[
                Entity(
                    id=e["id"],
                    type=e["type"],
                    name=e["name"],
                    latin=e["latin"],
                    mentions=[Mention(**m) for m in e.get("mentions", [])],
                    roles=[Role(**r) for r in e.get("roles", [])],
                )
                for e in d.get("entities", [])
            ],
            quotes=[Quote(**q) for q in d.get("quotes", [])],
            amounts=[Amount(**a) for a in d.get("amounts", [])],
            dates=[DateMention(**x) for x in d.get("dates", [])],
        )

    @classmethod
    def from_json(cls, s: str) -> Article:
        return cls.from_dict(json.loads(s))


def article_id(text: str) -> str:
    """Stable identifier of a text: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]
