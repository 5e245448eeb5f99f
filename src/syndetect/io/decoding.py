"""Bytes to text: byte order marks, UTF-16, an HTML page's declared charset, and the cp1252 /
Latin-1 fallback for text that is not UTF-8, with the messages for bytes that are no text.

Nothing here opens a file; :mod:`syndetect.io.corpus` reads the bytes.
"""

from __future__ import annotations

import codecs
import re

__all__ = ["binary_reason", "decode", "decode_legacy", "not_utf8"]

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def decode(data: bytes, *, html: bool) -> tuple[str | None, list[str]]:
    """Decode file bytes. Returns ``(text, notes)``; ``text`` is None (with the reason) for binary data."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8) :].decode("utf-8"), ["UTF-8 byte order mark removed"]
        except UnicodeDecodeError:
            data = data[len(codecs.BOM_UTF8) :]
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), []
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        return None, [binary_reason(data)]
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        first_error = exc
    if html:
        declared = _META_CHARSET.search(data[:4096])
        if declared is not None:
            name = declared.group(1).decode("ascii", "replace")
            try:
                return data.decode(name), []
            except (LookupError, UnicodeDecodeError):
                pass
    text, encoding = decode_legacy(data)
    return text, [not_utf8(first_error, encoding)]


def decode_legacy(data: bytes) -> tuple[str, str]:
    """Windows-1252 (a superset of Latin-1's printable range), or Latin-1 when cp1252 has no mapping."""
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def not_utf8(exc: UnicodeDecodeError, encoding: str) -> str:
    """The warning for text decoded with ``encoding`` because it was not UTF-8."""
    byte = exc.object[exc.start]
    return f"not valid UTF-8 (byte 0x{byte:02x} at offset {exc.start}); decoded as {encoding}"


def binary_reason(data: bytes) -> str:
    """The reason given for data with a NUL byte."""
    offset = data.index(b"\x00")
    return f"binary file (NUL byte at offset {offset}); skipped"
