"""The agencies and wires a credit can name (:class:`Agency`), the credits found (:class:`Credit`),
their kinds (:data:`KINDS`) and the default list (:data:`DEFAULT_AGENCIES`).

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
``acronyms`` instead, so that it counts only in the strict forms (see :mod:`syndetect.provenance.credits`).
``patterns`` adds the agency's own shapes (``(kind, regular expression)``, or ``(kind, regular expression,
gate)``), e.g. Reuters' reporting credits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import ConfigError, ConfigTypeError
from ..types import Credit

__all__ = ["DEFAULT_AGENCIES", "KINDS", "OTHER_AGENCIES", "Agency", "Credit"]

KINDS = ("dateline", "inline", "attribution", "signoff", "byline", "newswire")
"""The kinds of credit :func:`~syndetect.provenance.credits.find_credits` reports."""


@dataclass(frozen=True, slots=True)
class Agency:
    """A news agency or wire: its canonical ``name`` and the names its credits use.

    ``aliases`` match in every form of credit, case-sensitively; a Latin-script alias with lower-case
    letters also matches in capitals (``Reuters``, ``REUTERS``), and when that capitalised form has
    four letters or fewer it is treated as an acronym (``dpa`` -> ``DPA``). ``acronyms`` match only in
    the strict forms (dateline, bracket at a line or sentence edge, sign-off, clause-final
    attribution). ``newswire`` marks a press-release wire (its datelines and brackets are of kind
    ``"newswire"``). ``patterns`` are ``(kind, regular expression)`` pairs, or ``(kind, regular
    expression, gate)`` triples, for the agency's own shapes: every match of one is a credit of that
    kind (the span of its group named ``credit`` when it has one, else the whole match). A ``gate`` is
    a cheaper expression that every text holding a match also matches (a literal to start with,
    such as ``;`` for a two-part credit line): the pattern is tried only in texts the gate finds.
    """

    name: str
    aliases: tuple[str, ...]
    acronyms: tuple[str, ...] = ()
    newswire: bool = False
    patterns: tuple[tuple[str, ...], ...] = ()

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
            shaped = isinstance(item, tuple) and len(item) in (2, 3)
            if not (shaped and all(isinstance(x, str) for x in item)):
                raise ConfigTypeError(
                    f"Agency {self.name!r}: patterns holds {item!r}; each must be a (kind, regex) pair "
                    "or a (kind, regex, gate) triple of str"
                )
            kind = item[0]
            if kind not in KINDS:
                raise ConfigError(f"Agency {self.name!r}: pattern kind {kind!r} is not one of {KINDS}")
            for pattern in item[1:]:
                _compiles(self.name, pattern)


def _compiles(name: str, pattern: str) -> None:
    try:
        re.compile(pattern)
    except re.error as exc:
        raise ConfigError(f"Agency {name!r}: pattern {pattern!r} does not compile: {exc}") from exc


_BY_PART = (
    r"(?:Additional\s+)?(?i:reporting|writing|editing|compiled|additional\s+reporting|graphics)\s+(?i:by)\s"
)
_BY_PART_ANY = (
    rf"(?:{_BY_PART}|(?i:reportagem|edição|reportaje|edición|reporte|editado|escrito)\s+(?i:de|por)\s"
    r"|(?i:editado\s+en\s+español)\s+(?i:por)\s"
    r"|(?i:reportage|version\s+française)\s+(?i:de|par)?\s?|(?i:reporter:?|bearbeitet\s+von|redigiert\s+von|"
    r"geschrieben\s+von|bericht\s+von)\s|(?i:editing\s+in\s+italiano|a\s+cura\s+di)\s)"
)
"""The parts of Reuters' credit line in English, and in Portuguese, Spanish, French, German and Italian
(those count only as two parts or more: "Reportagem de" alone is any paper's byline)."""
_FRENCH_PART = r"(?:(?i:version\s+française)\s+(?:(?i:de|par)\s+)?|(?i:redigiert|bearbeitet)\s+von\s)"
"""The French and German desks' second parts, which follow a comma as often as a ``;``: "(Reportage X,
version française Y)", "(Bericht von X, redigiert von Y"."""
_REPORTING_BY = (rf"{_BY_PART_ANY}[^\n;()]{{1,200}}"
                 rf"(?:(?:;\s*{_BY_PART_ANY}|,\s*{_FRENCH_PART})[^\n;()]{{1,200}})+")
"""Reuters' credit line: ``Reporting by ...; Editing by ...`` (two parts or more, any order)."""
_REPORTING_GATE = rf";\s*{_BY_PART_ANY}|,\s*{_FRENCH_PART}"
"""What every text with a two-part credit line holds: a ``;`` then the second part's opening, or a comma
then the French desk's; it starts with a literal, so the regular expression engine finds it fast where
it is absent."""

OTHER_AGENCIES: tuple[str, ...] = (
    "Belga", "Lusa", "Ritzau", "Hina", "Tanjug", "Agerpres", "Notimex", "Télam", "Andina", "Sputnik",
    "Interfax", "Novosti", "Agenturen", "Agencias", "Agences", "Agenzie", "Agencies", "Ajanslar", "Agências",
)
"""Agencies outside the list (and the generic "agencies" of several languages) that may share a
bracket with listed ones ("(Belga/AFP)", "(Agenturen/Reuters)"): they are not credited, they do not
hide the listed agencies beside them. Codes in capitals ("APA", "SDA", "KNA") and lower-case codes of
three or four letters are recognised without being listed."""

DEFAULT_AGENCIES: tuple[Agency, ...] = (
    Agency(
        "Reuters",
        ("Reuters", "Thomson Reuters", "Рейтер", "رويترز", "رائٹرز", "روئٹرز", "रॉयटर्स", "रायटर्स", "रॉयटर",
         "路透社", "路透", "ロイター", "로이터"),
        acronyms=("rtr",),
        patterns=(
            ("signoff", _REPORTING_BY, _REPORTING_GATE),
            ("signoff", rf"\(\s*(?P<credit>{_BY_PART}[^\n()]{{1,300}})(?=\))"),
            ("signoff", r"Our\s+Standards:\s*The\s+Thomson\s+Reuters\s+Trust\s+Principles\.?"),
        ),
    ),
    Agency("Associated Press", ("Associated Press", "美联社", "美聯社", "AP通信", "AP통신", "أسوشيتد برس",
                                "एसोसिएटेड प्रेस", "ऐसोसिएटेड प्रेस", "ایسوسی ایٹڈ پریس"),
           acronyms=("AP", "Ap", "ap", "एपी", "اے پی")),
    Agency("AFP", ("Agence France-Presse", "Agence France Presse", "France-Presse", "France Presse", "Afp",
                   "एएफपी", "اے ایف پی", "法新社",
                   "法国新闻社",
                   "AFP通信", "AFP時事", "AFP통신",
                   "أ ف ب", "Франс Пресс", "Франс-Пресс"), acronyms=("AFP", "afp")),
    Agency("dpa", ("dpa", "Dpa", "Deutsche Presse-Agentur", "Deutschen Presse-Agentur", "dpa-AFX",
                   "dpa-infocom", "德新社", "德国新闻社")),
    Agency("EFE", ("EFE", "Efe", "Agencia EFE", "埃菲社")),
    Agency("ANSA", ("ANSA", "Ansa", "Agenzia Nazionale Stampa Associata", "安莎社")),
    Agency("Xinhua", ("Xinhua", "Xinhua News Agency", "XINHUA", "新华社", "新華社", "新华网", "新華網",
                      "Şinhua", "Синьхуа", "Chine nouvelle", "Nuova Cina", "شنہوا", "شن ہوا", "शिन्हुआ",
                      "सिन्हुआ")),
    Agency("PTI", ("Press Trust of India", "प्रेस ट्रस्ट ऑफ इंडिया", "پریس ٹرسٹ آف انڈیا", "印度报业托拉斯"),
           acronyms=("PTI", "पीटीआई", "پی ٹی آئی")),
    Agency("ANI", ("Asian News International", "एएनआई", "اے این آئی"), acronyms=("ANI",)),
    Agency("IANS", ("IANS", "Indo-Asian News Service", "आईएएनएस", "آئی اے این ایس")),
    Agency("Bernama", ("Bernama", "BERNAMA", "Pertubuhan Berita Nasional Malaysia",
                       "Malaysian National News Agency", "马新社", "马来西亚国家新闻社", "馬來西亞國家新聞社",
                       "برناما")),
    Agency("Anadolu", ("Anadolu Agency", "Anadolu Ajansı", "Anadolu Ajansi", "Anadolu", "انادولو", "अनादोलु",
                       "अनादोलू",
                       "阿纳多卢通讯社", "阿纳多卢社", "阿納多盧社", "阿納多盧通訊社"),
           acronyms=("AA",)),
    Agency("APP", ("Associated Press of Pakistan", "ایسوسی ایٹڈ پریس آف پاکستان", "एसोसिएटेड प्रेस ऑफ पाकिस्तान",
                   "اے پی پی"),
           acronyms=("APP", "एपीपी")),
    Agency(
        "Kyodo",
        ("Kyodo", "Kyodo News", "KYODO", "共同通信", "共同通信社", "共同社", "共同通讯社", "교도통신",
         "کیوڈو", "क्योदो", "क्योडो"),
        patterns=(("dateline", r"【[^】\n]{0,12}?共同】"),
                  ("signoff", r"[（(]共同(?:社)?(?:供稿)?[）)]", "共同")),
    ),
    Agency("Yonhap", ("Yonhap", "Yonhap News Agency", "YONHAP", "연합뉴스", "韩联社", "韓聯社",
                      "韩国联合通讯社", "聯合ニュース", "یونہاپ", "योनहाप")),
    Agency("TASS", ("TASS", "Tass", "ITAR-TASS", "ТАСС", "ИТАР-ТАСС", "塔斯社"), acronyms=("तास", "تاس")),
    Agency("Antara", ("Antara", "ANTARA", "Antara News", "ANTARA News", "安塔拉通讯社", "安塔拉社",
                      "安塔拉新闻社"),
           patterns=(("inline", r"(?m)(?<=[\w.!?”\"%])[^\S\n]*\(Ant\)(?=[^\S\n]*\.?[^\S\n]*$)",
                      r"\(Ant\)"),)),
    Agency("Europa Press", ("Europa Press", "EUROPA PRESS"), acronyms=("EP",)),
    Agency(
        "Bloomberg",
        ("Bloomberg", "Bloomberg News", "彭博社", "彭博新闻社", "ブルームバーグ", "블룸버그", "بلومبرگ",
         "ब्लूमबर्ग"),
        patterns=(
            ("signoff", r"(?m)^[^\S\n]*To\s+contact\s+the\s+(?:reporters?|editors?)\s+"
                        r"(?:on|responsible\s+for)\s+this\s+story:?", r"To\s+contact"),
        ),
    ),
    Agency("UPI", ("United Press International", "合众国际社"), acronyms=("UPI",)),
    Agency("PR Newswire", ("PR Newswire", "PRNewswire", "PRNEWSWIRE", "美通社"), newswire=True),
    Agency("Business Wire", ("Business Wire", "BusinessWire", "BUSINESS WIRE", "美国商业资讯",
                             "美國商業資訊"),
           newswire=True),
    Agency("Globe Newswire", ("Globe Newswire", "GlobeNewswire", "GLOBE NEWSWIRE", "Globe NewsWire"),
           newswire=True),
)
"""The agencies :func:`~syndetect.provenance.credits.find_credits` looks for by default (see the module
docstring for why these)."""
