"""Turning bytes into text, with clear reasons for what cannot be read.

UTF-8 (with or without BOM) and UTF-16/32 with a BOM are accepted. Empty or
whitespace-only input, binary data, other encodings, and Hindi typed in a legacy
font encoding (KrutiDev-style ASCII, which only looks like Hindi in that font) are
refused with an ``InputError`` whose message names the reason.
"""

from __future__ import annotations

import codecs

import regex

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL_RE = regex.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_DEVANAGARI_RE = regex.compile(r"[\u0900-\u097f]")
_LATIN_WORD_RE = regex.compile(r"[A-Za-z;'\[\]\\{}|~`^&%$#@]+")
# Frequent KrutiDev letter groups: "k" is the ा sign, "s" is े, "h" is ी, "a" is ं ...
_KRUTIDEV_HINTS = regex.compile(r"(?:ks|dk|us|ds|fd|fg|gS|esa|ij|vkj|ftl|gh|dh|jk|kj|y\{|Z)")
_ENGLISH_WORDS = frozenset(
    "the of and to in is for on that with as by this at from was are be it an or has have".split()
)


class InputError(ValueError):
    """Input that khabar cannot read; the message says why in one line."""


def decode(data: bytes) -> str:
    """Decode article bytes or raise ``InputError`` with the reason."""
    if not data.strip():
        raise InputError("empty input")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError as exc:
                raise InputError(f"invalid {enc} after byte-order mark: {exc.reason}") from None
            return check_text(text)
    if b"\x00" in data[:65536]:
        raise InputError("binary data (contains NUL bytes), not a text article")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not UTF-8 (invalid byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "convert it to UTF-8 first"
        ) from None
    return check_text(text)


def check_text(text: str) -> str:
    """Refuse text that decodes but is not an article: empty, binary, legacy font."""
    if not text.strip():
        raise InputError("empty input")
    sample = text[:65536]
    controls = len(_CONTROL_RE.findall(sample))
    if controls > max(8, len(sample) // 100):
        raise InputError("binary data (many control characters), not a text article")
    if looks_like_legacy_font(sample):
        raise InputError(
            "looks like Hindi typed in a legacy font (KrutiDev-style ASCII); "
            "convert it to Unicode Devanagari first"
        )
    return text


def looks_like_legacy_font(text: str) -> bool:
    """True for ASCII text that reads as KrutiDev-encoded Hindi rather than English."""
    if len(_DEVANAGARI_RE.findall(text[:20000])) > 20:
        return False
    words = _LATIN_WORD_RE.findall(text[:20000])
    if len(words) < 5:
        return False
    english = sum(1 for w in words if w.lower() in _ENGLISH_WORDS)
    hinted = sum(1 for w in words if _KRUTIDEV_HINTS.search(w))
    return hinted / len(words) > 0.35 and english / len(words) < 0.05
