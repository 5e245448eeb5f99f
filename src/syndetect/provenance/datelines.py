"""Datelines: the place (and date) on a line before a bracketed credit (``BAGHDAD, Jan 5 (Reuters)``,
``Kuala Lumpur, 5 Jan (Bernama)``, ``नई दिल्ली, 5 जनवरी (पीटीआई)``), and the acronym being defined
rather than credited (``Andhra Pradesh (AP)``)."""

from __future__ import annotations

import re

from .vocabulary import CAPITALISED_WORD, CAPITALS_WORD, MONTHS, PLACE_CONNECTOR, PLACE_TAIL

LINE_DATELINE = re.compile(
    rf"(?:[^\S\n]|[>*#|•·])*(?P<place>{CAPITALISED_WORD}(?:[^\S\n]+(?:{CAPITALISED_WORD}|{PLACE_CONNECTOR})){{0,4}}{PLACE_TAIL})"
    r"[^\S\n]*\.?[^\S\n]*(?:--|[-–—,:])?[^\S\n]*"
)
"""A whole line start before a bracket that makes it a dateline: ``Kuala Lumpur, 5 Jan``."""
CAPS_DATELINE = re.compile(
    rf"(?:^|(?<=\s))(?P<place>{CAPITALS_WORD}(?:[^\S\n]+{CAPITALS_WORD}){{0,3}}{PLACE_TAIL})"
    r"[^\S\n]*\.?[^\S\n]*(?:--|[-–—,])?[^\S\n]*$"
)
"""A dateline in capitals after other text on the line (a flattened page: headline, then dateline)."""
SENTENCE_DATELINE = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”’]\s))(?P<place>{CAPITALISED_WORD}(?:[^\S\n]+{CAPITALISED_WORD}){{0,2}}{PLACE_TAIL})"
    r"[^\S\n]*$"
)
"""A dateline in mixed case right after a sentence on the same line (``... said. Paris (AFP) -``)."""

DATE_DATELINE = re.compile(
    rf"[^\S\n]*(?P<place>(?i:(?:{MONTHS})\.?|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?)[^\S\n]+"
    r"\d{1,2}(?:,[^\S\n]*\d{4})?)[^\S\n]*,?[^\S\n]*"
)
"""A line that opens with the date alone before a bracket (``Feb. 11 (UPI) --``: the place left out)."""

BRACKET_SEPARATOR = r"(?:[^\S\n]*(?:\.?-+|--|[–—:।]|\.(?=\s|$)))?"
"""What follows a bracketed credit in a dateline: ``–``, ``--``, ``:``, ``.-`` (EFE), ``.`` (TASS)."""

NATIVE_LETTER = "\u0600-\u06d3\u06d5-\u06ff\u0750-\u077f\u0900-\u0963\u0966-\u097f"
NATIVE_DATELINE = re.compile(rf"[^\S\n]*[{NATIVE_LETTER}][{NATIVE_LETTER}\d,،\s]*")
"""A line start in a non-Latin script (Devanagari, Arabic) before a bracket: a place, a date, words only."""

STOP_WORDS = frozenset({"of", "the", "and", "for", "de", "du", "des", "di", "del", "la", "le", "e", "y",
                        "und", "der"})
"""Words an acronym's initials may skip (``Associated Press of Pakistan (APP)``)."""


def is_definition(left: str, acronym: str) -> bool:
    """Whether ``acronym`` in brackets after ``left`` spells the initials of the words before it, in
    any order (``Andhra Pradesh (AP)``, ``Associated Press of Pakistan (APP)``, ``la police fédérale
    australienne (AFP)``, ``Australia's federal police (AFP)``): it is being defined."""
    letters = [c for c in acronym.upper() if c.isalpha()]
    if len(letters) < 2 or left.rstrip().endswith((".", "!", "?", "।")):
        return False  # a bracket after a finished sentence credits it ("... alındı. (AA)")
    words = re.findall(r"[^\W\d_]+", re.sub(r"['’]s\b", "", left[-120:]))  # "Australia's federal police"
    for skip in (True, False):
        kept = [w for w in words if not (skip and w.lower() in STOP_WORDS)]
        initials = sorted(w[0].upper() for w in kept[-len(letters) :])
        if len(kept) >= len(letters) and initials == sorted(letters):
            return True  # in any order: "police fédérale australienne (AFP)"
    return False


GENITIVE_AFTER = re.compile(
    r"[^\S\n]*(?:(?:पार्टी|सरकार|پارٹی|حکومت)[^\S\n]+)?(?:के|की|का|ने|کے|کی|کا|نے)(?!\w)"
)
"""A postposition right after a bracket (or after "party", "government"): the bracket is a name's
short form, the name the phrase's subject or owner ("... (پی ٹی آئی) کے کارکنوں"), not a dateline."""
STATE_CODES = frozenset({"AP", "Ap", "एपी", "اے پی"})
"""Agency acronyms that are also a state's code written after a city: ``Macapá (AP)`` (Amapá, Brazil),
``Tirupati (AP)`` (Andhra Pradesh). After a place in mixed case they count only with a date."""
STATE_CITIES = frozenset({
    "MACAPÁ", "MACAPA", "SANTANA", "LARANJAL DO JARI", "OIAPOQUE", "PORTO GRANDE", "MAZAGÃO", "MAZAGAO",
    "TARTARUGALZINHO", "VITÓRIA DO JARI", "PEDRA BRANCA DO AMAPARI", "CALÇOENE", "AMAPÁ", "FERREIRA GOMES",
    "SERRA DO NAVIO", "ITAUBAL", "CUTIAS", "PRACUÚBA",
})
"""The municipalities of Amapá: before ``(AP)`` they name the state, not the Associated Press, even in
capitals (``MACAPÁ (AP) -``)."""


def dateline_start(left: str, sep: bool, alias: str, strict: bool) -> int | None:
    """Where the dateline before a bracket starts in ``left`` (its line up to the bracket), if any.

    A place in capitals is a dateline; a place in mixed case ("Kuala Lumpur") only with a date or a
    dash after the bracket, and not when the bracket spells its initials ("Andhra Pradesh (AP)"); with
    ``strict`` (a two-letter acronym, which is also a state's abbreviation: "Macapá (AP)") only with
    a date; never a city of :data:`STATE_CITIES` before ``(AP)``."""
    if alias in STATE_CODES and " ".join(left.split()).rstrip(",.-–— ").upper() in STATE_CITIES:
        return None
    if len(left) <= 100:
        m = DATE_DATELINE.fullmatch(left)
        if m and sep:
            return m.start("place")
        m = LINE_DATELINE.fullmatch(left)
        if m:
            place = m.group("place")
            if place.upper() == place:
                return m.start("place")
            colon = left.rstrip().endswith(":")  # "Bhubaneswar: (PTI)"
            if ("," in place or colon or (sep and not strict)) and not is_definition(place, alias):
                return m.start("place")
    m = CAPS_DATELINE.search(left[-100:])
    if m:
        return max(0, len(left) - 100) + m.start("place")
    m = SENTENCE_DATELINE.search(left[-100:])
    if m and ("," in m.group("place") or (sep and not strict)) and not is_definition(m["place"], alias):
        return max(0, len(left) - 100) + m.start("place")
    return None

