"""Checking records against the JSON Schema and the offset invariant."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import jsonschema

from khabar.resources import load_json


class RecordValidator:
    """Validates ``khabar.article/1`` dicts: schema, offsets, and references."""

    def __init__(self) -> None:
        schema = load_json("schema/article.schema.json")
        self._validator = jsonschema.Draft202012Validator(schema)

    def errors(self, record: dict[str, Any]) -> list[str]:
        out = [f"{'/'.join(map(str, e.path))}: {e.message}" for e in self._validator.iter_errors(record)]
        if out:
            return out
        text = record["text"]
        for where, span in iter_spans(record):
            s, e = span["start"], span["end"]
            if not 0 <= s <= e <= len(text):
                out.append(f"{where}: offsets {s}:{e} outside the text")
            elif "text" in span and text[s:e] != span["text"]:
                out.append(f"{where}: text[{s}:{e}] != {span['text']!r}")
        ids = {e["id"] for e in record["entities"]}
        for i, q in enumerate(record["quotes"]):
            for key in ("speaker", "reported_by"):
                if q[key] is not None and q[key] not in ids:
                    out.append(f"quotes/{i}/{key}: unknown entity {q[key]}")
            for a in q["amounts"]:
                if a >= len(record["amounts"]):
                    out.append(f"quotes/{i}/amounts: no amount {a}")
        return out


def iter_spans(record: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every span of a record with a path naming it."""
    if record.get("dateline"):
        yield "dateline", record["dateline"]
    for key in ("headings", "paragraphs", "sentences", "quotes", "amounts", "dates"):
        for i, span in enumerate(record.get(key, [])):
            yield f"{key}/{i}", span
    for i, ent in enumerate(record.get("entities", [])):
        for j, m in enumerate(ent["mentions"]):
            yield f"entities/{i}/mentions/{j}", m
        for j, r in enumerate(ent["roles"]):
            yield f"entities/{i}/roles/{j}", r
    for i, q in enumerate(record.get("quotes", [])):
        if q.get("speaker_start") is not None:
            yield f"quotes/{i}/speaker", {"start": q["speaker_start"], "end": q["speaker_end"]}
