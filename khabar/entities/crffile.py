"""The crfsuite model file (CRF1d, "lCRF"/"FOMC") and its attribute dictionary.

crfsuite looks up every attribute of every token by its name in a CQDB hash table
(hash of the whole name, then a string compare) after copying the name into a C++
string twice. The shipped model's attribute names are long ("b-1=प्रदेश|अध्यक्ष" is
40 bytes of UTF-8), so that lookup is a large part of the tagging time.
``compact_model`` rewrites a trained model so that attribute ``i`` is named by a code
of at most three bytes (``attribute_code(i)``) and nothing else changes: the same ids,
features, weights and labels, so the same scores, tags and marginals. The names are
kept beside the model, one per line in id order (``write_attribute_names``); the
tagger maps each feature string to its code once per distinct string.

File layout (crfsuite's crf1d_model.c): a 48-byte header (magic, file size, type,
version, counts, then the offsets of the feature, label, attribute, label-reference
and attribute-reference chunks), the chunks in that order; reference chunks hold
absolute file offsets. CQDB (crfsuite's cqdb.c): a 24-byte header (id, chunk size,
flag, byte-order check, backward-array size and offset), 256 table references
(offset, bucket count), the records (id, key size, key with its NUL), the tables
(open addressing, twice as many buckets as keys, keyed by lookup3's ``hashlittle``
of the key with its NUL) and the id -> record backward array.
"""

from __future__ import annotations

import struct
from pathlib import Path

_HEADER = struct.Struct("<4sI4s9I")
_M = 0xFFFFFFFF
_NUM_TABLES = 256
_CQDB_DATA = 24 + 8 * _NUM_TABLES  # header + table references
_BYTEORDER = 0x62445371
# code bytes: anything but NUL (crfsuite takes attribute names as C strings)
_BASE = 255


def attribute_code(i: int) -> bytes:
    """The name of attribute ``i`` in a compact model: 1-3 bytes, never NUL."""
    out = bytearray()
    while True:
        out.append(1 + i % _BASE)
        i //= _BASE
        if not i:
            return bytes(out)


def _rot(x: int, k: int) -> int:
    return ((x << k) | (x >> (32 - k))) & _M


def hashlittle(data: bytes, initval: int = 0) -> int:
    """Bob Jenkins' lookup3 ``hashlittle`` (the hash CQDB uses), little-endian."""
    n = len(data)
    a = b = c = (0xDEADBEEF + n + initval) & _M
    i = 0
    while n > 12:
        a = (a + int.from_bytes(data[i : i + 4], "little")) & _M
        b = (b + int.from_bytes(data[i + 4 : i + 8], "little")) & _M
        c = (c + int.from_bytes(data[i + 8 : i + 12], "little")) & _M
        a = ((a - c) & _M) ^ _rot(c, 4)
        c = (c + b) & _M
        b = ((b - a) & _M) ^ _rot(a, 6)
        a = (a + c) & _M
        c = ((c - b) & _M) ^ _rot(b, 8)
        b = (b + a) & _M
        a = ((a - c) & _M) ^ _rot(c, 16)
        c = (c + b) & _M
        b = ((b - a) & _M) ^ _rot(a, 19)
        a = (a + c) & _M
        c = ((c - b) & _M) ^ _rot(b, 4)
        b = (b + a) & _M
        n -= 12
        i += 12
    if n == 0:
        return c
    tail = data[i:] + b"\0" * (12 - n)
    a = (a + int.from_bytes(tail[0:4], "little")) & _M
    b = (b + int.from_bytes(tail[4:8], "little")) & _M
    c = (c + int.from_bytes(tail[8:12], "little")) & _M
    c = ((c ^ b) - _rot(b, 14)) & _M
    a = ((a ^ c) - _rot(c, 11)) & _M
    b = ((b ^ a) - _rot(a, 25)) & _M
    c = ((c ^ b) - _rot(b, 16)) & _M
    a = ((a ^ c) - _rot(c, 4)) & _M
    b = ((b ^ a) - _rot(a, 14)) & _M
    c = ((c ^ b) - _rot(b, 24)) & _M
    return c


def cqdb(keys: list[bytes]) -> bytes:
    """A CQDB chunk mapping ``keys[i]`` (no NUL inside) to id ``i``, as crfsuite's
    cqdb_writer writes it."""
    records = bytearray()
    tables: list[list[tuple[int, int]]] = [[] for _ in range(_NUM_TABLES)]
    backward = []
    for i, key in enumerate(keys):
        if b"\0" in key:
            raise ValueError(f"attribute name {key!r} holds a NUL byte")
        k = key + b"\0"
        hv = hashlittle(k)
        offset = _CQDB_DATA + len(records)
        tables[hv % _NUM_TABLES].append((hv, offset))
        backward.append(offset)
        records += struct.pack("<II", i, len(k)) + k
    body = bytearray(records)
    refs = []
    for entries in tables:
        if not entries:
            refs.append((0, 0))
            continue
        n = 2 * len(entries)
        buckets = [(0, 0)] * n
        for hv, offset in entries:
            j = (hv >> 8) % n
            while buckets[j][1]:
                j = (j + 1) % n
            buckets[j] = (hv, offset)
        refs.append((_CQDB_DATA + len(body), n))
        body += b"".join(struct.pack("<II", h, o) for h, o in buckets)
    bwd_offset = _CQDB_DATA + len(body)
    body += struct.pack(f"<{len(backward)}I", *backward)
    size = _CQDB_DATA + len(body)
    head = struct.pack("<4sIIIII", b"CQDB", size, 0, _BYTEORDER, len(backward), bwd_offset)
    head += b"".join(struct.pack("<II", o, n) for o, n in refs)
    return head + bytes(body)


def cqdb_keys(buf: bytes, at: int) -> list[bytes]:
    """The keys of the CQDB chunk at offset ``at`` of ``buf``, in id order."""
    if buf[at : at + 4] != b"CQDB":
        raise ValueError("no CQDB chunk at this offset")
    bwd_size, bwd_offset = struct.unpack_from("<2I", buf, at + 16)
    offsets = struct.unpack_from(f"<{bwd_size}I", buf, at + bwd_offset)
    out = []
    for off in offsets:
        p = at + off
        ksize = struct.unpack_from("<I", buf, p + 4)[0]
        out.append(buf[p + 8 : p + 8 + ksize - 1])
    return out


def _header(buf: bytes) -> tuple[int, ...]:
    magic, _size, kind, *rest = _HEADER.unpack_from(buf, 0)
    if magic != b"lCRF" or kind != b"FOMC":
        raise ValueError("not a crfsuite CRF model")
    return tuple(rest)


def attribute_names(buf: bytes) -> list[str]:
    """The attribute names of a model file's bytes, in id order."""
    _version, _nf, _nl, num_attrs, _of, _ol, off_attrs, _olr, _oar = _header(buf)
    return [k.decode("utf-8") for k in cqdb_keys(buf, off_attrs)[:num_attrs]]


def rename_attributes(buf: bytes, names: list[bytes]) -> bytes:
    """The model ``buf`` with attribute ``i`` renamed ``names[i]`` (everything else,
    ids included, unchanged)."""
    version, nf, nl, num_attrs, off_feat, off_labels, off_attrs, off_lrefs, off_arefs = _header(buf)
    if not off_feat < off_labels < off_attrs < off_lrefs < off_arefs:
        raise ValueError("unexpected chunk order in the model file")
    if len(names) != num_attrs:
        raise ValueError(f"{len(names)} names for {num_attrs} attributes")
    old_size = struct.unpack_from("<I", buf, off_attrs + 4)[0]
    if not 0 <= off_lrefs - (off_attrs + old_size) < 4:
        raise ValueError("the attribute dictionary is not followed by the label references")
    new = cqdb(names)
    new += b"\0" * (-len(new) % 4)  # chunks start at multiples of 4
    delta = len(new) - (off_lrefs - off_attrs)
    tail = bytearray(buf[off_lrefs:])
    # both reference chunks: id, size, count, then absolute offsets (0: none)
    for chunk in (0, off_arefs - off_lrefs):
        count = struct.unpack_from("<I", tail, chunk + 8)[0]
        offsets = struct.unpack_from(f"<{count}I", tail, chunk + 12)
        struct.pack_into(
            f"<{count}I", tail, chunk + 12, *[o + delta if o else 0 for o in offsets]
        )
    out = bytearray(buf[:off_attrs]) + new + tail
    _HEADER.pack_into(
        out, 0, b"lCRF", len(out), b"FOMC", version, nf, nl, num_attrs,
        off_feat, off_labels, off_attrs, off_lrefs + delta, off_arefs + delta,
    )
    return bytes(out)


def compact_model(model: Path, names_out: Path) -> None:
    """Rewrite ``model`` in place with compact attribute names; write the original
    names, one per line in id order, to ``names_out``."""
    buf = model.read_bytes()
    names = attribute_names(buf)
    if any("\n" in a or "\r" in a for a in names):
        raise ValueError("an attribute name holds a line break")
    model.write_bytes(rename_attributes(buf, [attribute_code(i) for i in range(len(names))]))
    with open(names_out, "w", encoding="utf-8", newline="") as f:
        f.write("".join(a + "\n" for a in names))


def compact_attributes(model: Path) -> int | None:
    """The number of attributes of a compact model file (attribute 0 named by
    ``attribute_code(0)``), None for a model whose attributes carry their names."""
    with open(model, "rb") as f:
        head = f.read(_HEADER.size)
        if len(head) < _HEADER.size:
            raise ValueError(f"{model}: not a crfsuite CRF model")
        _version, _nf, _nl, num_attrs, _of, _ol, off_attrs, _olr, _oar = _header(head)
        if not num_attrs:
            return None
        f.seek(off_attrs + _CQDB_DATA)  # the first record: attribute 0
        first = f.read(8 + 2)
    ident, ksize = struct.unpack_from("<II", first, 0) if len(first) == 10 else (-1, 0)
    code = attribute_code(0) + b"\0"
    return num_attrs if ident == 0 and ksize == len(code) and first[8:] == code else None


def load_attribute_names(path: Path) -> list[str]:
    """The names written by ``compact_model``, in id order."""
    with open(path, encoding="utf-8", newline="") as f:
        return f.read().split("\n")[:-1]
