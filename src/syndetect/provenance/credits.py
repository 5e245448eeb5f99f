"""Credit lines and datelines that attribute a text to a news agency or a press-release wire.

:func:`find_credits` finds, in a raw text, the places where the text says whose it is, in the forms
credits really take, and returns them as :class:`Credit` (half-open raw character offsets, the
agency's canonical name and the kind of credit):

* ``dateline``: a place (and date) followed by the agency in brackets or slashes, at the start of a
  line or after a headline in capitals: ``BAGHDAD, Jan 5 (Reuters) –``, ``WASHINGTON (AP) —``,
  ``Madrid, 5 ene (EFE).-``, ``New Delhi [India], Jan 5 (ANI):``, ``MOSCOW, January 5. /TASS/.``,
  ``(ANSA) - ROMA``; in Chinese, Japanese and Korean ``新华社北京1月5日电``, ``【ワシントン共同】``,
  ``(서울=연합뉴스)``;
* ``inline``: the agency alone in brackets inside or at the end of the text: ``... he said. (AFP)``;
* ``attribution``: an attribution verb or preposition with the agency, in English, French, Spanish,
  Italian, German, Portuguese, Dutch, Indonesian/Malay, Russian, Chinese, Japanese and Korean:
  ``according to the Associated Press``, ``Reuters reports:``, ``Reuters has the story:``,
  ``selon l'AFP``, ``según EFE``, ``berichtet dpa``, ``informa ANSA``, ``menurut Antara``,
  ``сообщает ТАСС``, ``据新华社报道``, Turkish, Urdu and Hindi postpositions (``AP'nin haberine göre``,
  ``رائٹرز کے مطابق``, ``एएफपी के मुताबिक``), and a quote given to the agency (``told Reuters``,
  ``dijo a EFE``, ``a déclaré à l'AFP``, ``AA muhabirine``); descriptors may stand between them
  (``the state news agency Xinhua``, ``l'agence sud-coréenne Yonhap``, ``die Nachrichtenagentur dpa``);
* ``signoff``: ``— Reuters`` ending a paragraph, Reuters' ``(Reporting by ...; Editing by ...)``,
  ``... contributed to this report``, ``With inputs from PTI``, ``Source: AFP``, ``© 2024 AFP``,
  ``— with AP``, ``(Com AFP)``, ``Con información de Reuters y AFP``, ``lmb/dpa/AFP``;
* ``byline``: a line ``By Reuters Staff``, ``By JANE DOE Associated Press``, ``Agencia EFE | Quito``;
* ``newswire``: any dateline or bracket credit of a press-release wire: ``/PRNewswire/``,
  ``NEW YORK--(BUSINESS WIRE)--``, ``(GLOBE NEWSWIRE) --``.

Brackets and lists may name several agencies (``(AFP/Reuters)``, ``(ANSA-AFP)``): one credit each.
The agency's name alone is never a credit: a sentence *about* an agency ("Reuters journalists were
detained", "the AP stylebook", "AFP's photographer"), a name inside a URL or an e-mail address, a
possessive, or an acronym being defined ("Andhra Pradesh (AP)", "Australian Federal Police (AFP)")
are not. Names match case-sensitively (``Reuters`` and ``REUTERS``, not ``reuters``) at word
boundaries. An agency's *acronyms* (:attr:`Agency.acronyms`: ``AP``, ``AFP``, ``AA``, ``APP``, ``ANI``,
``PTI``, ``UPI``, and the capitalised form of a short name such as ``DPA``) are common words or
abbreviations elsewhere (Andhra Pradesh, AP exams, the Australian Federal Police, AA batteries, UPI
payments, Pakistan's PTI party), so they count only in the strictest forms: a dateline, a bracket at
the start or end of a line or sentence, a sign-off, or an attribution whose agency ends the clause
("according to AP, ...").

Photo credits (``Credit: AP``, ``REUTERS/Jane Doe``, ``(AP Photo/...)``, ``Photo: AFP``) are left out:
they say who took a picture, not who wrote the text.

Speed: one pass finds every agency name; the forms are then matched only on the lines around
those names (plus the agencies' own ``patterns`` over the whole text), so a text that names no agency
costs one regex pass.

Agencies
--------
:data:`DEFAULT_AGENCIES` holds the world's three global wires (Reuters, the Associated Press, AFP),
the national agencies whose copy is most reprinted in their language areas (dpa, EFE, ANSA, Xinhua,
PTI, ANI, IANS, Bernama, Anadolu, APP, Kyodo, Yonhap, TASS, Antara, Europa Press), the two other
English-language wires still syndicated widely (Bloomberg, UPI), and the three press-release wires
(PR Newswire, Business Wire, Globe Newswire) whose releases outlets republish verbatim. Each carries
the spellings its credits use, in Latin script and, where the agency is credited so, in its own
script or in Chinese, Japanese and Korean.

To add an agency (or replace the list), pass your own sequence; the compiled patterns are cached
per sequence, so build it once::

    from syndetect.provenance.credits import DEFAULT_AGENCIES, Agency, find_credits

    LUSA = Agency("Lusa", aliases=("Lusa", "LUSA", "Agência Lusa"))
    AGENCIES = (*DEFAULT_AGENCIES, LUSA)
    find_credits("LISBOA, 5 jan (Lusa) - O governo ...", AGENCIES)

``aliases`` match in every form; put a short name that is also an ordinary word or abbreviation in
``acronyms`` instead, so that it counts only in the strict forms above. ``patterns`` adds the
agency's own shapes (``(kind, regular expression)``), e.g. Reuters' reporting credits.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from ..errors import ConfigError, ConfigTypeError, CorpusTypeError

__all__ = ["DEFAULT_AGENCIES", "KINDS", "Agency", "Credit", "find_credits", "find_credits_batch"]

KINDS = ("dateline", "inline", "attribution", "signoff", "byline", "newswire")
"""The kinds of credit :func:`find_credits` reports."""

_PRIORITY = {"dateline": 5, "newswire": 5, "byline": 4, "signoff": 3, "attribution": 2, "inline": 1}
"""When two credits of one agency overlap, the one of higher priority (then the longer) is kept."""


@dataclass(frozen=True, slots=True)
class Agency:
    """A news agency or wire: its canonical ``name`` and the names its credits use.

    ``aliases`` match in every form of credit, case-sensitively; a Latin-script alias with lower-case
    letters also matches in capitals (``Reuters``, ``REUTERS``), and when that capitalised form has
    four letters or fewer it is treated as an acronym (``dpa`` -> ``DPA``). ``acronyms`` match only in
    the strict forms (dateline, bracket at a line or sentence edge, sign-off, clause-final
    attribution). ``newswire`` marks a press-release wire (its datelines and brackets are of kind
    ``"newswire"``). ``patterns`` are ``(kind, regular expression)`` pairs for the agency's own shapes;
    every match of one is a credit of that kind.
    """

    name: str
    aliases: tuple[str, ...]
    acronyms: tuple[str, ...] = ()
    newswire: bool = False
    patterns: tuple[tuple[str, str], ...] = ()

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not self.name.strip():
            raise ConfigTypeError(f"Agency name must be a non-empty str, got {self.name!r}")
        for field in ("aliases", "acronyms"):
            value = getattr(self, field)
            if not isinstance(value, tuple) or not all(isinstance(a, str) for a in value):
                raise ConfigTypeError(
                    f"Agency {self.name!r}: {field} must be a tuple of str, got {value!r}; "
                    f"write e.g. {field}=({self.name!r},)"
                )
            for alias in value:
                if not alias.strip() or "\n" in alias or alias != alias.strip():
                    raise ConfigError(
                        f"Agency {self.name!r}: {field} holds {alias!r}; a name must be non-empty, "
                        "on one line, without surrounding spaces"
                    )
        if not self.aliases and not self.acronyms:
            raise ConfigError(f"Agency {self.name!r} has no aliases and no acronyms: give at least one name")
        if not isinstance(self.patterns, tuple):
            raise ConfigTypeError(f"Agency {self.name!r}: patterns must be a tuple of (kind, regex) pairs")
        for item in self.patterns:
            if not (isinstance(item, tuple) and len(item) == 2 and all(isinstance(x, str) for x in item)):
                raise ConfigTypeError(
                    f"Agency {self.name!r}: patterns holds {item!r}; each must be a (kind, regex) pair of str"
                )
            kind, pattern = item
            if kind not in KINDS:
                raise ConfigError(f"Agency {self.name!r}: pattern kind {kind!r} is not one of {KINDS}")
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ConfigError(
                    f"Agency {self.name!r}: pattern {pattern!r} does not compile: {exc}"
                ) from exc


@dataclass(frozen=True, slots=True)
class Credit:
    """One credit in a text: ``text[start:end]`` names ``agency`` (canonical name) as a ``kind``
    credit (one of :data:`KINDS`)."""

    start: int
    end: int
    agency: str
    kind: str


_BY_PART = (
    r"(?:Additional\s+)?(?i:reporting|writing|editing|compiled|additional\s+reporting|graphics)\s+(?i:by)\s"
)
_REPORTING_BY = rf"{_BY_PART}[^\n;()]{{1,200}}(?:;\s*{_BY_PART}[^\n;()]{{1,200}})+"
"""Reuters' credit line: ``Reporting by ...; Editing by ...`` (two parts or more, any order)."""

DEFAULT_AGENCIES: tuple[Agency, ...] = (
    Agency(
        "Reuters",
        ("Reuters", "Thomson Reuters", "Рейтер", "رويترز", "رائٹرز", "रॉयटर्स", "路透社", "路透", "ロイター",
         "로이터"),
        patterns=(
            ("signoff", _REPORTING_BY),
            ("signoff", rf"(?<=\()\s*{_BY_PART}[^\n()]{{1,300}}(?=\))"),
            ("signoff", r"Our\s+Standards:\s*The\s+Thomson\s+Reuters\s+Trust\s+Principles\.?"),
        ),
    ),
    Agency("Associated Press", ("Associated Press", "美联社", "美聯社", "AP通信", "AP통신", "أسوشيتد برس",
                                "एसोसिएटेड प्रेस"),
           acronyms=("AP",)),
    Agency("AFP", ("Agence France-Presse", "Agence France Presse", "Afp", "एएफपी", "اے ایف پی", "法新社",
                   "AFP通信", "AFP時事", "AFP통신",
                   "أ ف ب", "Франс Пресс", "Франс-Пресс"), acronyms=("AFP",)),
    Agency("dpa", ("dpa", "Deutsche Presse-Agentur", "Deutschen Presse-Agentur", "dpa-AFX", "dpa-infocom",
                   "德新社")),
    Agency("EFE", ("EFE", "Efe", "Agencia EFE", "埃菲社")),
    Agency("ANSA", ("ANSA", "Ansa", "Agenzia Nazionale Stampa Associata", "安莎社")),
    Agency("Xinhua", ("Xinhua", "Xinhua News Agency", "XINHUA", "新华社", "新華社", "新华网", "新華網",
                      "Синьхуа", "Chine nouvelle", "Nuova Cina", "شنہوا", "शिन्हुआ")),
    Agency("PTI", ("Press Trust of India",), acronyms=("PTI",)),
    Agency("ANI", ("Asian News International", "एएनआई"), acronyms=("ANI",)),
    Agency("IANS", ("IANS", "Indo-Asian News Service", "आईएएनएस")),
    Agency("Bernama", ("Bernama", "BERNAMA", "Pertubuhan Berita Nasional Malaysia",
                       "Malaysian National News Agency",
                           "马新社")),
    Agency("Anadolu", ("Anadolu Agency", "Anadolu Ajansı", "Anadolu Ajansi", "Anadolu", "انادولو",
                       "阿纳多卢通讯社"),
           acronyms=("AA",)),
    Agency("APP", ("Associated Press of Pakistan", "اے پی پی"), acronyms=("APP",)),
    Agency(
        "Kyodo",
        ("Kyodo", "Kyodo News", "KYODO", "共同通信", "共同通信社", "共同社", "교도통신"),
        patterns=(("dateline", r"【[^】\n]{0,12}?共同】"), ("signoff", r"[（(]共同[）)]")),
    ),
    Agency("Yonhap", ("Yonhap", "Yonhap News Agency", "YONHAP", "연합뉴스", "韩联社", "韓聯社",
                      "聯合ニュース")),
    Agency("TASS", ("TASS", "Tass", "ITAR-TASS", "ТАСС", "ИТАР-ТАСС", "塔斯社")),
    Agency("Antara", ("Antara", "ANTARA", "Antara News", "ANTARA News", "安塔拉通讯社")),
    Agency("Europa Press", ("Europa Press", "EUROPA PRESS")),
    Agency(
        "Bloomberg",
        ("Bloomberg", "Bloomberg News", "彭博社", "ブルームバーグ", "블룸버그"),
        patterns=(
            ("signoff", r"(?m)^[^\S\n]*To\s+contact\s+the\s+(?:reporters?|editors?)\s+"
                        r"(?:on|responsible\s+for)\s+this\s+story:?"),
            ("signoff", r"(?m)^[^\S\n]*--?[^\S\n]*With\s+assistance\s+from\b[^\n]{0,200}"),
        ),
    ),
    Agency("UPI", ("United Press International",), acronyms=("UPI",)),
    Agency("PR Newswire", ("PR Newswire", "PRNewswire", "PRNEWSWIRE"), newswire=True),
    Agency("Business Wire", ("Business Wire", "BusinessWire", "BUSINESS WIRE"), newswire=True),
    Agency("Globe Newswire", ("Globe Newswire", "GlobeNewswire", "GLOBE NEWSWIRE", "Globe NewsWire"),
           newswire=True),
)
"""The agencies :func:`find_credits` looks for by default (see the module docstring for why these)."""


# --- building blocks -------------------------------------------------------------------------------

_CJK = re.compile(r"[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")

_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪİĶĹĽŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŹŻŽΑ-ΩА-ЯЁ"
_CAPWORD = rf"[{_UP}][\w.'’-]*"
_CAPSWORD = rf"[{_UP}][{_UP}.'’-]+"
_CONNECT = r"(?:de|del|la|el|am|an|der|upon|on|da|di|do|dos|sur|les|en|al|bin|of)"
_MONTHS = (
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|"
    r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|"
    r"gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|"
    r"januar|februar|märz|juni|juli|oktober|dezember|"
    r"januari|februari|maret|mei|agustus|desember|julai|ogos|disember|"
    r"января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
)
_DAYS = (
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    r"lunes|martes|miércoles|jueves|viernes|sábado|domingo|"
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
)
_DATETOKEN = rf"(?:{_CAPWORD}|\d[\d./:-]*\.?|(?i:{_MONTHS})\.?|[a-zа-яé]{{1,4}}\.?)"
_DATEPART = rf"{_DATETOKEN}(?:[^\S\n]+{_DATETOKEN}){{0,4}}"
_PLACE_TAIL = rf"(?:[^\S\n]*\[[^\]\n]{{1,30}}\])?(?:[^\S\n]*,[^\S\n]*{_DATEPART}){{0,3}}"
_LINE_DATELINE = re.compile(
    rf"(?:[^\S\n]|[>*#|•·])*(?P<place>{_CAPWORD}(?:[^\S\n]+(?:{_CAPWORD}|{_CONNECT})){{0,4}}{_PLACE_TAIL})"
    r"[^\S\n]*\.?[^\S\n]*(?:--|[-–—,])?[^\S\n]*"
)
"""A whole line start before a bracket that makes it a dateline: ``Kuala Lumpur, 5 Jan``."""
_CAPS_DATELINE = re.compile(
    rf"(?:^|(?<=\s))(?P<place>{_CAPSWORD}(?:[^\S\n]+{_CAPSWORD}){{0,3}}{_PLACE_TAIL})"
    r"[^\S\n]*\.?[^\S\n]*(?:--|[-–—,])?[^\S\n]*$"
)
"""A dateline in capitals after other text on the line (a flattened page: headline, then dateline)."""
_SENTENCE_DATELINE = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”’]\s))(?P<place>{_CAPWORD}(?:[^\S\n]+{_CAPWORD}){{0,2}}{_PLACE_TAIL})"
    r"[^\S\n]*$"
)
"""A dateline in mixed case right after a sentence on the same line (``... said. Paris (AFP) -``)."""

_SEP = r"(?:[^\S\n]*(?:\.?-+|--|[–—:]|\.(?=\s|$)))?"
"""What follows a bracketed credit in a dateline: ``–``, ``--``, ``:``, ``.-`` (EFE), ``.`` (TASS)."""

_FUNC = (
    r"that|which|who|on|in|at|as|and|or|but|with|from|for|by|last|late|earlier|early|yesterday|today|"
    r"tonight|this|quoting|citing|said|reported|reports|adding|while|when|after|before|since|had|has|"
    r"was|is|were|que|qui|le|la|les|en|dans|de|du|des|citant|el|los|las|y|citando|este|esta|che|il|"
    r"lo|nel|nella|am|an|im|und|die|der|den|dem|vom|heute|zufolge|berichtet|berichtete|meldet|meldete|"
    r"bahwa|pada|di|dari|yang|dan|mengutip|hari|со|в|с|что|и|по|dat|op|un|une|uno|una|um|uma|ein|eine|"
    r"mit|unter|nach|aus|da|do|no|na|ao|a|report|reports|dispatch|story|"
    + _DAYS + "|" + _MONTHS
)
_FOLLOW = rf"(?=[^\S\n]*(?:[,.;:!?)\]}}”\"»–—-]|\r?\n|$)|\s+(?i:(?:{_FUNC})\b))"
"""What may follow the agency in an attribution: the clause ends, or a function word, day or month."""
_FOLLOW_RX = re.compile(_FOLLOW)

_ARTICLE = (
    r"(?:(?i:the|la|le|les|el|die|der|dem|den|il|lo|das|a|à|ao|da|do|de\s+la|del|della|alla|des)\s+"
    r"|(?i:l|dell|all)['’]\s*)"
)
_ADJ = (
    r"(?:[\w-]+['’]s|(?i:state|official|semi-official|government|national|public|private|staatliche|"
    r"amtliche|oficial|estatal|officielle|ufficiale|nazionale|resmi|negara)|[\w]+-(?:run|owned|backed|"
    r"controlled)|[A-Z][a-z]+(?:an|ese|ish|ch|i))"
)
_DESC = (
    r"(?i:news\s+agency|news\s+service|newswire|wire\s+service|agency|nachrichtenagentur|presseagentur|"
    r"agentur|agence\s+de\s+presse|agence|agencia\s+de\s+noticias|agencia|agenzia\s+di\s+stampa|agenzia|"
    r"agência\s+de\s+notícias|agência|"
    r"kantor\s+berita|agensi\s+berita|агентство|persbureau|haber\s+ajansı)"
)
_LOWER = r"[a-zà-öø-ÿ][\w'’-]*"
_PRE = (
    rf"(?:{_ARTICLE})?(?:(?:(?:{_ADJ}|{_LOWER})\s+){{0,2}}{_DESC}(?:\s+{_LOWER}){{0,3}}\s+|(?:{_ADJ}\s+){{0,3}})"
)
"""Between an attribution verb and the agency: ``the state-run news agency``, ``l'``,
``die Nachrichtenagentur``."""

_PREPOSITIONS = (
    "according to", "selon", "d'après", "d’après", "según", "de acuerdo con", "de acuerdo a", "secondo",
    "stando a", "laut", "nach Angaben von", "nach Angaben der", "volgens", "segundo", "de acordo com",
    "menurut", "по данным", "по сообщению", "по информации",
    # a quote given to the agency
    "told", "said to", "speaking to", "spoke to", "talking to", "in an interview with", "in comments to",
    "in a statement to", "confirmed to", "explained to",
    "déclaré à", "dit à", "confié à", "indiqué à", "expliqué à", "affirmé à", "assuré à", "précisé à",
    "raconté à", "souligné à", "déclare à", "confie à", "explique à", "indique à", "raconte à",
    "dijo a", "declaró a", "explicó a", "aseguró a", "afirmó a", "señaló a", "indicó a", "contó a",
    "confirmó a", "detalló a", "manifestó a", "relató a", "explica a", "asegura a", "cuenta a",
    "disse à", "disse ao", "disse a", "afirmou à", "declarou à", "contou à", "explicou à", "confirmou à",
    "detto", "dichiarato", "spiegato", "raccontato", "confermato", "affermato", "riferito", "detto a",
    "sagte", "erklärte", "bestätigte", "sagt", "erklärt", "teilte",
    "kepada",
)
"""Attribution prepositions: the clause goes on after the agency ("Laut dpa plant die Regierung...")."""
_BEFORE_VERBS = (
    # English
    "as reported by", "reported by", "cited by", "quoted by", "via", "courtesy of",
    "citing", "a report by", "report by", "reports from", "report from", "reports", "reported", "writes",
    # French
    "rapporte", "rapportait", "a rapporté", "rapporté par", "rapportée par",
    "rapportés par", "cité par", "citée par", "cités par", "relayé par", "relayée par", "indique",
    "a indiqué", "annonce", "a annoncé", "écrit", "a appris", "précise", "a précisé", "affirme", "citant",
    # Spanish / Portuguese
    "informa", "informó", "ha informado", "informaron",
    "publica", "publicó", "ha publicado", "recoge", "recogió", "reporta", "reportó", "señala", "señaló",
    "citado por", "citada por", "citados por", "difundió", "difunde", "consigna", "consignó", "indicó",
    "pudo saber", "ha podido saber", "segundo a", "informou", "noticiou", "citado pela",
    # Italian
    "riferisce", "ha riferito", "riporta", "ha riportato", "riportato da", "riportata da",
    "scrive", "ha scritto", "citato da", "citata da", "fa sapere", "apprende", "ha appreso",
    # German / Dutch
    "berichtet", "berichtete", "berichten", "meldet", "meldete", "melden", "schreibt", "schrieb",
    "unter Berufung auf", "zitiert von", "erfuhr", "meldt", "aldus",
    # Indonesian / Malay
    "dikutip dari", "dikutip", "mengutip", "dilansir dari", "dilansir", "dilaporkan oleh",
    "dilaporkan", "lapor", "laporan", "diberitakan", "memetik", "dipetik dari", "melaporkan",
    # Russian
    "сообщает", "сообщил", "сообщила", "сообщило",
    "сообщили", "передает", "передаёт", "пишет", "со ссылкой на",
)
"""Attribution verbs before the agency: the agency ends the clause ("..., berichtet dpa.")."""
_AFTER_VERBS = (
    # English
    "reports", "reported", "has reported", "had reported", "is reporting", "was reporting",
    "has the story", "has more", "has the details", "said in a report", "writes", "wrote",
    # French
    "rapporte", "a rapporté", "rapportait", "indique", "a indiqué", "annonce", "a annoncé", "a appris",
    "précise", "révèle", "a révélé",
    # Spanish / Portuguese
    "informa", "informó", "ha informado", "publica", "publicó", "reporta", "reportó", "recoge",
    "señala", "difundió", "ha podido saber", "pudo saber", "informou", "noticiou",
    # Italian
    "riferisce", "riporta", "ha riferito", "ha riportato", "scrive", "apprende", "ha appreso", "fa sapere",
    # German / Dutch
    "berichtet", "berichtete", "meldet", "meldete", "zufolge", "schreibt", "schrieb", "erfuhr", "meldt",
    # Indonesian / Malay
    "melaporkan", "memberitakan", "mewartakan", "melapor",
    # Russian
    "сообщает", "сообщило", "сообщил", "сообщили", "передает", "передаёт", "пишет",
)
_ADVERB = (
    r"(?:(?i:also|earlier|first|exclusively|later|previously|on\s+(?:" + _DAYS + r")|"
    r"late\s+on\s+\w+|last\s+week|this\s+week)\s+)?"
)
_LEFT_OK = re.compile(
    rf"(?:^|[^\w\s]|(?<![\w])(?:(?i:the|la|le|el|die|der|il|lo|a|da|wire|service|ajansı)|{_DESC}|"
    r"خبر\s+رساں\s+ادارے|एजेंसी))\s*$"
)
"""Before an acronym that starts an attribution: the clause starts, or an article or descriptor."""
_PHOTO_BEFORE = re.compile(r"(?i:photo|foto|image|picture|bild|pic|crédit|credit|caption|video)\W{0,4}$")
_URLISH = re.compile(r"://|www\.|@|\.[a-z]{2,}/")
_STOP = frozenset({"of", "the", "and", "for", "de", "du", "des", "di", "del", "la", "le", "e", "y", "und",
                   "der"})


def _alternation(names: Iterable[str]) -> str:
    """A regex alternation of ``names``, longest first, any run of spaces matching any whitespace."""
    ordered = sorted(set(names), key=lambda s: (-len(s), s))
    return "|".join(r"\s+".join(re.escape(part) for part in name.split()) for name in ordered)


def _either(words: Iterable[str]) -> str:
    """A case-insensitive alternation of verbs or phrases, longest first, as whole words."""
    body = "|".join(
        r"\s+".join(re.sub("['’]", "['’]", re.escape(part)) for part in w.split())
        for w in sorted(set(words), key=lambda s: (-len(s), s))
    )
    return rf"(?<!\w)(?i:{body})(?!\w)"


def _is_definition(left: str, acronym: str) -> bool:
    """Whether ``acronym`` in brackets after ``left`` spells the initials of the words before it, in
    any order (``Andhra Pradesh (AP)``, ``Associated Press of Pakistan (APP)``, ``la police fédérale
    australienne (AFP)``): it is being defined."""
    letters = [c for c in acronym.upper() if c.isalpha()]
    if len(letters) < 2:
        return False
    words = re.findall(r"[^\W\d_]+", left[-120:])
    for skip in (True, False):
        kept = [w for w in words if not (skip and w.lower() in _STOP)]
        initials = sorted(w[0].upper() for w in kept[-len(letters) :])
        if len(kept) >= len(letters) and initials == sorted(letters):
            return True  # in any order: "police fédérale australienne (AFP)"
    return False


@dataclass(frozen=True, slots=True)
class _Name:
    agency: str
    ambiguous: bool
    newswire: bool
    long_forms: tuple[str, ...]  # the agency's other names, to spot a bracket that defines an acronym


_Candidate = tuple[int, int, str, str]


class _Matcher:
    """The patterns of one agency list, compiled once (see :func:`_matcher`)."""

    def __init__(self, agencies: tuple[Agency, ...]) -> None:
        names: dict[str, _Name] = {}
        seen: set[str] = set()
        self.extra: list[tuple[re.Pattern[str], str, str]] = []
        for agency in agencies:
            if not isinstance(agency, Agency):
                raise ConfigTypeError(
                    f"agencies must hold Agency objects, got {type(agency).__name__} ({agency!r}); "
                    "build one with Agency(name, aliases=(...))"
                )
            if agency.name in seen:
                raise ConfigError(f"agencies names {agency.name!r} twice; give each agency once")
            seen.add(agency.name)
            long_forms = tuple(a for a in agency.aliases if len(a) > 4)
            forms: list[tuple[str, bool]] = [(a, False) for a in agency.aliases]
            forms += [(a, True) for a in agency.acronyms]
            for alias in agency.aliases:
                upper = alias.upper()
                if upper != alias and not _CJK.search(alias) and upper not in agency.aliases:
                    forms.append((upper, sum(c.isalpha() for c in upper) <= 4))
            for alias, ambiguous in forms:
                key = " ".join(alias.split())
                if key in names and names[key].agency != agency.name:
                    raise ConfigError(
                        f"the name {alias!r} belongs to both {names[key].agency!r} and {agency.name!r}; "
                        "remove it from one of them"
                    )
                if key in names and not ambiguous:
                    ambiguous = names[key].ambiguous and ambiguous
                names[key] = _Name(agency.name, ambiguous, agency.newswire, long_forms)
            for kind, pattern in agency.patterns:
                self.extra.append((re.compile(pattern), agency.name, kind))
        self.names = names
        self.rx: list[tuple[re.Pattern[str], Callable[[str, re.Match[str]], list[_Candidate]]]] = []
        latin = [k for k in names if not _CJK.search(k)]
        cjk = [k for k in names if _CJK.search(k)]
        bare = [_alternation(latin)] if latin else []  # no look-behind: it would defeat re's prefix scan
        bare += [_alternation(cjk)] if cjk else []
        self.names_rx = re.compile("|".join(bare)) if bare else None
        """Any agency name, bare: the lines around its hits are the only places a credit can be."""
        if latin:
            self._build_latin(_alternation(latin))
        if cjk:
            self._build_cjk(_alternation(cjk))

    # -- pattern construction ------------------------------------------------------------------------

    def _build_latin(self, alt: str) -> None:
        a = rf"(?<![\w@.])(?:{alt})(?![\w@-]|/(?!(?:{alt})(?!\w))|\.[^\W\d_]|['’]\w)"
        a_suffixed = rf"(?<![\w@./])(?:{alt})(?![\w@/-])"  # Turkish suffixes: AP'nin, DPA'nın
        self.alias = re.compile(a)
        suffix = r"(?:\s+(?i:news\s+agency|news\s+service|agency|nachrichtenagentur))?"
        lst = rf"{a}(?:\s*(?:,|/|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bdan\b)\s*(?:{_ARTICLE})?{a})*"
        eol = r"[^\S\n]*[).]?[^\S\n]*(?=\n|$)"
        bracket = (
            rf"[(\[（][^\S\n]*(?P<a>(?:{alt}))(?P<more>(?:[^\S\n]*[/,-][^\S\n]*(?:{alt}))*)"
            rf"(?:[^\S\n]*/[^\S\n]*[a-z]{{2,4}})?[^\S\n]*[)\]）](?P<sep>{_SEP})"
        )
        slash = rf"/[^\S\n]?(?P<a>(?:{alt}))(?:-\w+(?:[^\S\n]\w+){{0,3}})?[^\S\n]?/(?P<sep>{_SEP})"
        self.rx += [
            (re.compile(bracket), self._on_bracket),
            (re.compile(slash), self._on_slash),
            (re.compile(rf"{_either(_BEFORE_VERBS)}\s+{_PRE}(?P<list>{lst}){suffix}{_FOLLOW}(?:\s*:)?"),
             self._kind("attribution", check_left=False)),
            (re.compile(rf"{_either(_PREPOSITIONS)}\s+{_PRE}(?P<list>{lst}){suffix}"),
             self._kind("attribution", check_left=False, check_right=True)),
            (re.compile(
                rf"(?P<list>{lst})(?:\s*\([^()\n]{{1,30}}\))?(?:\s+(?i:news\s+agency|news\s+service|agency))?"
                rf"\s*,?\s+{_ADVERB}{_either(_AFTER_VERBS)}(?:[^\S\n]*:)?"
            ), self._kind("attribution", check_left=True)),
            (re.compile(
                rf"(?<!\w)(?i:an?|the)\s+(?P<list>{lst})\s+(?i:report|story|dispatch|analysis|investigation)\s+"
                r"(?i:said|says|showed|shows|found|finds|stated|noted)\b"
            ), self._kind("attribution", check_left=False)),
            (re.compile(
                rf"(?m)(?:^|(?<=[.!?”\"'’)]))[^\S\n]*(?:--?|[–—])[^\S\n]*(?P<list>{lst})[^\S\n]*\.?[^\S\n]*$"
            ), self._kind("signoff", check_left=False)),
            (re.compile(rf"(?m)^[^\S\n]*(?P<list>{lst})(?:[^\S\n]+[A-Z]{{2,3}}){{1,4}}[^\S\n]*$"),
             self._kind("signoff", check_left=False)),
            (re.compile(
                rf"(?m)^[^\S\n]*(?i:by|par|por|von|di|oleh|door)[^\S\n]+"
                rf"(?:(?:[{_UP}][\w.'’-]*|and|&|und|et|y)[^\S\n]+){{0,6}}?(?:[,|/–—-][^\S\n]*)?"
                rf"(?:(?i:the)[^\S\n]+)?(?P<list>{lst})"
                r"(?:[^\S\n]+(?i:staff|news|writer|reporter|correspondent))?[^\S\n]*$"
            ), self._kind("byline", check_left=False)),
            (re.compile(
                rf"(?m)(?:^|(?<=[(\[]))[^\S\n]*(?i:source|sources|sumber|fuente|fuentes|quelle|quellen|fonte|"
                rf"fontes|bron|источник|kaynak)[^\S\n]*[:：][^\S\n]*(?:(?i:the)[^\S\n]+)?(?P<list>{lst}){_FOLLOW}"
            ), self._kind("signoff", check_left=False)),
            (re.compile(
                rf"(?i:with\s+(?:agency\s+|additional\s+)?inputs?\s+from|inputs?\s+from|with\s+files\s+from|"
                rf"with\s+(?:additional\s+)?reporting\s+(?:from|by)|con\s+informaci[oó]n(?:es)?\s+de|"
                rf"con\s+datos\s+de|com\s+informaç(?:ão|ões)\s+d[aoe]s?|mit\s+material\s+(?:von|der)|"
                rf"avec)\s+(?:{_ARTICLE})?(?P<list>{lst}){_FOLLOW}"
            ), self._kind("signoff", check_left=False)),
            (re.compile(rf"(?i:with)\s+(?P<list>{lst})\s+(?i:inputs?)\b"),
             self._kind("signoff", check_left=False)),
            (re.compile(
                rf"(?i:material|information|reporting|content)\s+(?i:from|by)\s+(?:(?i:the)\s+)?(?P<list>{lst})"
                rf"{_FOLLOW}"
            ), self._kind("signoff", check_left=False)),
            (re.compile(
                rf"(?:(?i:the)\s+)?(?P<list>{lst})(?:\s+(?:[\w-]+\s+){{0,2}}?(?i:writers?|reporters?|"
                r"correspondents?|staff|journalists?|photographers?|news\s+researchers?|videojournalists?))?"
                r"[^\n.;]{0,160}?\s(?i:contributed|contributes)\s+(?i:to\s+this\s+(?:report|story|article)|"
                r"reporting|to\s+this)"
            ), self._kind("signoff", check_left=True)),
            (re.compile(
                rf"(?:(?:(?i:copyright)|©|\((?i:c)\))[^\S\n]*)+"
                rf"(?:\d{{4}}(?:[^\S\n]*[-–][^\S\n]*\d{{4}})?[^\S\n]*,?[^\S\n]*)?"
                rf"(?:(?i:the)[^\S\n]+)?(?P<list>{lst})"
            ), self._on_copyright),
            # "— with AP", "Le Monde avec AFP", "(Com AFP)" closing a line
            (re.compile(rf"(?:[—–-][^\S\n]*)?(?<!\w)(?i:with|avec|con|com|mit|dengan)\s+"
                        rf"(?:{_ARTICLE})?"
                        rf"(?P<list>{lst}){eol}"), self._kind("signoff", check_left=False)),
            # editors' initials then agencies: "lmb/dpa/AFP", "(jdl/dpa)"
            (re.compile(rf"(?<![\w/])[a-z]{{2,4}}(?:/[a-z]{{2,4}})??/(?P<list>{lst})"
                        rf"{eol}"),
             self._kind("signoff", check_left=False)),
            # a byline line naming the agency and the place: "Agence France-Presse in Nairobi",
            # "Agencia EFE | Quito"
            (re.compile(rf"(?m)^[^\S\n]*(?P<list>{lst})[^\S\n]+(?:in|en|à|a|di|em|\||–|—|-)[^\S\n]+"
                        rf"[{_UP}][\w .'’-]{{0,40}}$"), self._kind("byline", check_left=False)),
            # postpositions: Turkish, Urdu, Hindi ("AP'nin haberine göre", "رائٹرز کے مطابق",
            # "एएफपी के मुताबिक")
            (re.compile(
                rf"(?:(?:\w+\s+)?(?i:haber\s+ajansı|خبر\s+رساں\s+ادارے|न्यूज\s+एजेंसी|समाचार\s+एजेंसी)\s+)?"
                rf"(?P<list>{a_suffixed})(?:['’]\w{{1,4}})?\s+(?:(?i:haberine|bildirdiğine|aktardığına)\s+göre|"
                r"muhabir\w*|کی\s+رپورٹ\s+کے\s+مطابق|کے\s+مطابق|کے\s+حوالے\s+سے|"
                r"की\s+रिपोर्ट\s+के\s+(?:मुताबिक|अनुसार)|के\s+(?:मुताबिक|अनुसार)|को\s+बताया)"
            ), self._kind("attribution", check_left=True)),
            # German quote given to the agency: "sagte ein Sprecher der Deutschen Presse-Agentur"
            (re.compile(
                rf"(?<!\w)(?:sagte|sagt|erklärte|erklärt|bestätigte|bestätigt|teilte)\s+(?:(?:der|die|das|ein|eine)"
                rf"\s+[A-ZÄÖÜ][\w-]*\s+)?(?:der|dem)\s+(?:{_DESC}\s+)?(?P<list>{lst})"
            ), self._kind("attribution", check_left=False)),
        ]

    def _build_cjk(self, alt: str) -> None:
        c = rf"(?:{alt})"
        cjk_forms = [
            (rf"(?P<a>{c})(?:[^\s\d，。、“”（）()：:]{{0,8}}?\d{{1,2}}月\d{{1,2}}日(?:电|讯|電|訊)?|电|讯|電|訊)",
             "dateline"),
            (rf"【[^】\n]{{0,12}}?(?P<a>{c})】", "dateline"),
            (rf"[(（][^()（）=\n]{{1,12}}=(?P<a>{c})[)）]", "dateline"),
            (rf"(?:来源|來源|稿源|出处|出處)[:：]\s*(?P<a>{c})", "signoff"),
            (rf"[(（](?P<a>{c})[)）]", "inline"),
            (rf"据[^\s，。,]{{0,6}}?(?P<a>{c})(?:报道|報導|报导|消息|电|電|援引|称|稱)?", "attribution"),
            (rf"(?P<a>{c})(?:报道|報導|报导|消息称|称|稱)", "attribution"),
            (rf"(?P<a>{c})(?:通信)?(?:によると|によれば|が報じた|は報じた|の報道によると|が伝えた)",
             "attribution"),
            (rf"(?P<a>{c})(?:통신)?(?:에\s*따르면|[가는은이의]\s*보도)", "attribution"),
        ]
        for pattern, kind in cjk_forms:
            self.rx.append((re.compile(pattern), self._cjk(kind)))

    # -- match handlers -------------------------------------------------------------------------------

    def _name(self, matched: str) -> _Name:
        return self.names[" ".join(matched.split())]

    def _kind(
        self, kind: str, *, check_left: bool, check_right: bool = False
    ) -> Callable[[str, re.Match[str]], list[_Candidate]]:
        """A handler for a form whose agencies are the list in group ``list``; with ``check_left`` an
        acronym starting the match must start a clause (or follow an article or descriptor), with
        ``check_right`` an acronym ending it must end the clause."""

        def handle(text: str, m: re.Match[str]) -> list[_Candidate]:
            out: list[_Candidate] = []
            start, end = _strip(text, m.start(), m.end())
            found = list(self.alias.finditer(text, m.start("list"), m.end("list")))
            if (
                check_right and found and self._name(found[-1].group()).ambiguous
                and not _FOLLOW_RX.match(text, m.end())
            ):
                return []
            for i, am in enumerate(found):
                name = self._name(am.group())
                if _in_url(text, am.start(), am.end()):
                    continue
                if check_left and i == 0 and name.ambiguous:
                    line = text[max(0, text.rfind("\n", 0, am.start()) + 1, am.start() - 40) : am.start()]
                    if not _LEFT_OK.search(line):
                        continue
                out.append((start, end, name.agency, kind))
            return out

        return handle

    def _cjk(self, kind: str) -> Callable[[str, re.Match[str]], list[_Candidate]]:
        def handle(text: str, m: re.Match[str]) -> list[_Candidate]:
            return [(m.start(), m.end(), self._name(m.group("a")).agency, kind)]

        return handle

    def _on_copyright(self, text: str, m: re.Match[str]) -> list[_Candidate]:
        line_start = text.rfind("\n", 0, m.start()) + 1
        if _PHOTO_BEFORE.search(text[max(line_start, m.start() - 30) : m.start()]):
            return []
        return self._kind("signoff", check_left=False)(text, m)

    def _on_bracket(self, text: str, m: re.Match[str]) -> list[_Candidate]:
        return self._bracketed(text, m, slash=False)

    def _on_slash(self, text: str, m: re.Match[str]) -> list[_Candidate]:
        return self._bracketed(text, m, slash=True)

    def _bracketed(self, text: str, m: re.Match[str], *, slash: bool) -> list[_Candidate]:
        """``(Agency)``, ``(AFP/Reuters)`` or ``/Agency/``: a dateline when a place (and date) stands
        before it on its line, else a bracket credit where a credit can stand."""
        if _in_url(text, m.start(), m.end()):
            return []
        first = self._name(m.group("a"))
        more = m.groupdict().get("more") or ""
        names = [first] + [self._name(x.group()) for x in self.alias.finditer(more)] if more else [first]
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        left = text[line_start : m.start()]
        sep = m.group("sep").strip()
        end = m.end() if sep else m.end("sep") - len(m.group("sep"))
        strict = first.ambiguous and len(m.group("a")) <= 2
        start = _dateline_start(left, bool(sep), m.group("a"), strict)
        at_line_start = not left.strip(" \t\xa0>*#|•·")
        if start is not None:
            start += line_start
            kind = "dateline"
        elif at_line_start:
            start, kind = m.start(), "dateline" if sep else "inline"
        else:
            start, kind = m.start(), "inline"
            if slash:
                return []
            if _is_definition(left, m.group("a")) or any(left.rstrip().endswith(f) for f in first.long_forms):
                return []
            if first.ambiguous and len(names) == 1:
                before = left.rstrip()
                sentence_end = before.endswith((".", "!", "?", '"', "”", "’", "'", ","))
                after_word = bool(re.search(r"(?<![\w-])[a-zà-öø-ÿ][\w'’-]*$", before))
                line_ends = not text[m.end() : line_end].strip()
                if not (sentence_end or after_word or line_ends):
                    return []
        return [(start, end, n.agency, "newswire" if n.newswire else kind) for n in names]

    def find(self, text: str) -> tuple[Credit, ...]:
        found: list[_Candidate] = []
        windows = _windows(text, [m.start() for m in self.names_rx.finditer(text)] if self.names_rx else [])
        for rx, handle in self.rx:
            for start, end in windows:
                for m in rx.finditer(text, start, end):
                    found.extend(handle(text, m))
        for rx, agency, kind in self.extra:
            for m in rx.finditer(text):
                if m.end() > m.start():
                    found.append((*_strip(text, m.start(), m.end()), agency, kind))
        return _merge(found)


def _windows(text: str, hits: list[int]) -> list[tuple[int, int]]:
    """Whole lines around each hit (the line before, its own, the line after), merged: the forms are
    matched there only. Windows end at a line end, so ``$`` and look-arounds see what the whole text
    would show them."""
    out: list[tuple[int, int]] = []
    for hit in hits:
        start = text.rfind("\n", 0, max(0, text.rfind("\n", 0, hit))) + 1
        end = text.find("\n", hit)
        end = len(text) if end < 0 else text.find("\n", end + 1)
        end = len(text) if end < 0 else end
        if out and start <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _in_url(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies in a URL or an e-mail address (its whitespace-delimited token)."""
    left = start
    while left > 0 and not text[left - 1].isspace() and start - left < 200:
        left -= 1
    right = end
    while right < len(text) and not text[right].isspace() and right - end < 200:
        right += 1
    return bool(_URLISH.search(text, left, right))


def _dateline_start(left: str, sep: bool, alias: str, strict: bool) -> int | None:
    """Where the dateline before a bracket starts in ``left`` (its line up to the bracket), if any.

    A place in capitals is a dateline; a place in mixed case ("Kuala Lumpur") only with a date or a
    dash after the bracket, and not when the bracket spells its initials ("Andhra Pradesh (AP)"); with
    ``strict`` (a two-letter acronym, which is also a state's abbreviation: "Macapá (AP)") only with
    a date."""
    if len(left) <= 100:
        m = _LINE_DATELINE.fullmatch(left)
        if m:
            place = m.group("place")
            if place.upper() == place:
                return m.start("place")
            if ("," in place or (sep and not strict)) and not _is_definition(place, alias):
                return m.start("place")
    m = _CAPS_DATELINE.search(left[-100:])
    if m:
        return max(0, len(left) - 100) + m.start("place")
    m = _SENTENCE_DATELINE.search(left[-100:])
    if m and ("," in m.group("place") or (sep and not strict)) and not _is_definition(m["place"], alias):
        return max(0, len(left) - 100) + m.start("place")
    return None


def _merge(found: list[_Candidate]) -> tuple[Credit, ...]:
    """One credit per stretch of text and agency: overlapping credits of one agency keep the one of
    highest :data:`_PRIORITY`, then the longest."""
    kept: list[_Candidate] = []
    for cand in sorted(set(found), key=lambda c: (-_PRIORITY[c[3]], -(c[1] - c[0]), c[0])):
        if cand[1] <= cand[0]:
            continue
        if any(k[2] == cand[2] and k[0] < cand[1] and cand[0] < k[1] for k in kept):
            continue
        kept.append(cand)
    return tuple(Credit(s, e, a, k) for s, e, a, k in sorted(kept, key=lambda c: (c[0], c[1], c[2])))


@functools.lru_cache(maxsize=16)
def _matcher(agencies: tuple[Agency, ...]) -> _Matcher:
    return _Matcher(agencies)


def _agencies(agencies: Sequence[Agency]) -> tuple[Agency, ...]:
    if isinstance(agencies, (str, bytes)) or not isinstance(agencies, Iterable):
        raise ConfigTypeError(
            f"agencies must be a sequence of Agency, got {type(agencies).__name__}; "
            "pass DEFAULT_AGENCIES or a tuple like (*DEFAULT_AGENCIES, Agency('Lusa', ('Lusa',)))"
        )
    return tuple(agencies)


def find_credits(text: str, agencies: Sequence[Agency] = DEFAULT_AGENCIES) -> tuple[Credit, ...]:
    """The credits in ``text`` that attribute it to one of ``agencies``, sorted by start.

    Offsets are half-open raw character offsets into ``text``. See the module docstring for the forms
    recognised and the ones deliberately left out.
    """
    if not isinstance(text, str):
        raise CorpusTypeError(
            f"find_credits: text must be str, got {type(text).__name__}; decode bytes first "
            "(e.g. data.decode('utf-8'))"
        )
    return _matcher(_agencies(agencies)).find(text)


def find_credits_batch(
    texts: Iterable[str], agencies: Sequence[Agency] = DEFAULT_AGENCIES
) -> list[tuple[Credit, ...]]:
    """:func:`find_credits` for every text of ``texts`` (patterns compiled once), in order."""
    if isinstance(texts, (str, bytes)):
        raise CorpusTypeError(
            "find_credits_batch: texts must be an iterable of str, got one "
            f"{type(texts).__name__}; use find_credits for a single text or wrap it in a list"
        )
    matcher = _matcher(_agencies(agencies))
    out: list[tuple[Credit, ...]] = []
    for i, text in enumerate(texts):
        if not isinstance(text, str):
            raise CorpusTypeError(
                f"find_credits_batch: texts[{i}] is {type(text).__name__}, not str; decode bytes first"
            )
        out.append(matcher.find(text))
    return out
