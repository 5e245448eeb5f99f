"""The compiled credit matcher of one agency list (:class:`Matcher`): the forms of every kind as
regexes, and the handlers that check each match before it becomes a candidate credit.

Speed: one pass finds every agency name; the forms are then matched only on the lines around
those names (plus the agencies' own ``patterns`` over the whole text), so a text that names no agency
costs one regex pass.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..errors import ConfigError, ConfigTypeError
from .agencies import OTHER_AGENCIES, Agency, Credit
from .compiled import PatternCache
from .datelines import (
    BRACKET_SEPARATOR,
    GENITIVE_AFTER,
    NATIVE_DATELINE,
    STATE_CODES,
    dateline_start,
    is_definition,
)
from .spans import Candidate, in_url, merge_candidates, strip_span, whole_lines, windows_around
from .vocabulary import (
    ACRONYM_LEFT_OK,
    ADVERB,
    AFTER_QUOTE,
    AGENCY_PREFIX,
    ARTICLE,
    ARTICLE_BEFORE_ACRONYM,
    CAPTION_LINE,
    CJK_CAPTION,
    CJK_CHAR,
    CLAUSE_END,
    CLAUSE_END_RX,
    COMPLEMENT_OR_END,
    DAYS,
    DESCRIBING_WORDS,
    DESCRIPTOR,
    GIVEN_NAME_BEFORE,
    LOWER_WORD,
    MONTHS,
    NAMED_AFTER_AGENCY,
    NOT_A_GIVEN_NAME,
    PHOTO_BEFORE,
    PLACE_NAMES,
    PREPOSITIONS,
    SAID_GATE,
    TURKISH_GATE,
    UPPER_LETTERS,
    URDU_HINDI_DESCRIPTOR,
    URDU_HINDI_GATE,
    URDU_HINDI_POSTPOSITION,
    URDU_HINDI_REPORT,
    VERBS_AFTER,
    VERBS_AFTER_WITH_OBJECT,
    VERBS_BEFORE,
    alternation,
    either_words,
    leftmost_starts,
    name_scans,
    prefix_tree,
    service,
)


@dataclass(frozen=True, slots=True)
class _Name:
    agency: str
    ambiguous: bool
    newswire: bool
    long_forms: tuple[str, ...]  # the agency's other names, to spot a bracket that defines an acronym


_Form = tuple[re.Pattern[str], Callable[[str, re.Match[str]], list[Candidate]]]
"""A compiled form and the handler that turns its matches into candidates."""


RUNS_ON = re.compile(r"[^\S\n]+[a-zà-öø-ÿ]")
"""A sentence going on in lower case right after a bracket (no punctuation between)."""


class Matcher:
    """The patterns of one agency list, compiled once (cached per list by ``credits._matcher``)."""

    def __init__(self, agencies: tuple[Agency, ...]) -> None:
        # the forms take about a second to compile; their programs are kept on disk (.compiled)
        digest = hashlib.sha256(repr(agencies).encode("utf-8", "surrogatepass")).hexdigest()[:16]
        self._patterns: PatternCache | None = PatternCache(f"credit-forms-{digest}")
        names: dict[str, _Name] = {}
        seen: set[str] = set()
        self.extra: list[tuple[re.Pattern[str], str, str, re.Pattern[str] | None]] = []
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
                if upper != alias and not CJK_CHAR.search(alias) and upper not in agency.aliases:
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
            for kind, pattern, *gate in agency.patterns:
                gate_rx = self._compile(gate[0]) if gate else None
                self.extra.append((self._compile(pattern), agency.name, kind, gate_rx))
        self.names = names
        self.rx: list[_Form] = []
        self.gates: dict[int, re.Pattern[str]] = {}
        """Forms tried only in windows where their gate matches (a word or a script they need)."""
        latin = [k for k in names if not CJK_CHAR.search(k)]
        cjk = [k for k in names if CJK_CHAR.search(k)]
        # no look-behind, and CJK names apart: either would defeat re's scan for a name's first character
        self.name_scans = name_scans(latin)
        """Any agency name outside CJK scripts, bare (:func:`name_scans`): the lines around its hits
        (and :attr:`cjk_rx`'s) are the only places a credit can be."""
        self.cjk_rx = self._compile(alternation(cjk)) if cjk else None
        """Any agency name in a CJK script, looked for only in texts with a CJK character."""
        if latin:
            self._build_latin(prefix_tree(latin))  # as a trie: the forms repeat it, and scan by it
        if cjk:
            self._build_cjk(alternation(cjk))
        self.forms = [(rx, handle, self.gates.get(id(rx))) for rx, handle in self.rx]
        self._patterns.save()
        self._patterns = None  # the programs are not needed once the patterns are built

    def _compile(self, pattern: str) -> re.Pattern[str]:
        if self._patterns is None:
            return re.compile(pattern)
        return self._patterns.compile(pattern)

    # -- pattern construction ------------------------------------------------------------------------

    def _gated(self, pattern: str, gate: re.Pattern[str]) -> re.Pattern[str]:
        rx = self._compile(pattern)
        self.gates[id(rx)] = gate
        return rx

    def _build_latin(self, alt: str) -> None:
        """The forms of Latin-script (and Urdu, Hindi) names, ``alt`` their alternation, in order."""
        # not "REUTERS/Jane Doe" (a photo credit); a slash may lead to another agency or to the editors'
        # initials closing the line ("AFP/dpa/ade")
        initials = r"[a-z]{2,4}(?:/[a-z]{2,4})*[^\S\n]*(?:\n|\Z)"
        a = (rf"(?<![\w@.])(?:{alt})"
             rf"(?![\w@]|-(?!(?:{alt})(?!\w))|/(?!(?:{alt})(?!\w)|{initials})|\.[^\W\d_]|['’]\w)")
        a_suffixed = rf"(?<![\w@./])(?:{alt})(?![\w@/-])"  # Turkish suffixes: AP'nin, DPA'nın
        self.alias = self._compile(a)
        self.whole_name = self._compile(rf"(?:{alt})(?!\w)")
        """A name that ends where a word does: only there can a form take it (their names end so)."""
        self.service = service(alt)
        self.listed = self._compile(rf"(?<![\w@.])(?:{alt})(?![\w@])")
        """A name in a bracket's list, a service or network after it or not ("Yonhap-OANA")."""
        lst = rf"{a}(?:\s*(?:,|/|-|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bdan\b)\s*(?:{ARTICLE})?{a})*"
        paren = rf"(?:[^\S\n]*\((?:{alt})\))?"  # "die Deutsche Presse-Agentur (dpa)"
        self.rx += self._bracket_forms(alt)
        self.rx += self._verb_forms(lst, paren)
        self.rx += self._said_and_report_forms(lst, paren)
        self.rx += self._closing_line_forms(lst)
        self.rx += self._signoff_phrase_forms(lst)
        self.rx += self._postposition_forms(a_suffixed, lst)

    def _bracket_forms(self, alt: str) -> list[_Form]:
        """``(Agency)``, ``(AFP/Reuters)``, ``/Agency/``: datelines and bracket credits."""
        # other agencies' codes may stand in the list too: "(APA/dpa)", "(EFE y AFP)", "(رائٹرز، اے ایف پی)"
        other = rf"(?!(?:{alt})(?!\w))(?:[A-Z]{{2,5}}|[a-z]{{3,4}}|{alternation(OTHER_AGENCIES)})(?!\w)"
        sep = r"(?:[^\S\n]*[/,،-][^\S\n]*|[^\S\n]+(?:y|e|et|and|und|ve|dan|i|و)[^\S\n]+)"
        bracket = (
            rf"[(\[（][^\S\n]*(?:{other}{sep})*(?P<a>(?:{alt})){self.service}"
            rf"(?P<more>(?:{sep}(?:{alt}|{other}){self.service})*)"
            rf"(?:[^\S\n]*/[^\S\n]*[a-z]{{2,4}})?[^\S\n]*[)\]）](?P<sep>{BRACKET_SEPARATOR})"
        )
        slash = (
            rf"/[^\S\n]?(?P<a>(?:{alt}))(?:-\w+(?:[^\S\n]\w+){{0,3}})?[^\S\n]?/(?P<sep>{BRACKET_SEPARATOR})"
        )
        return [
            (self._compile(bracket), self._on_bracket),
            (self._compile(slash), self._on_slash),
        ]

    def _verb_forms(self, lst: str, paren: str) -> list[_Form]:
        """Attribution verbs and prepositions before the agency, and verbs after it."""
        suffix = r"(?:\s+(?i:news\s+agency|news\s+service|agency|nachrichtenagentur))?"
        return [
            (self._compile(
                rf"{either_words(VERBS_BEFORE)}\s+(?:(?i:{DAYS})\s+)?{AGENCY_PREFIX}(?P<list>{lst}){suffix}{paren}"
                rf"{CLAUSE_END}(?:\s*:)?"
            ), self._kind("attribution", check_left=False)),
            # not an index or poll named after the agency: "according to the Bloomberg Billionaires Index"
            (self._compile(rf"{either_words(PREPOSITIONS)}\s+{AGENCY_PREFIX}(?P<list>{lst}){suffix}{paren}"
                        rf"(?![^\S\n]+(?:[{UPPER_LETTERS}][\w-]*[^\S\n]+){{0,2}}{NAMED_AFTER_AGENCY})"),
             self._kind("attribution", check_left=False, check_right=True)),
            (self._compile(
                rf"(?P<list>{lst})(?:\s*\([^()\n]{{1,30}}\))?(?:\s+(?i:news\s+agency|news\s+service|agency))?"
                rf"\s*,?\s+{ADVERB}{either_words(VERBS_AFTER)}(?:[^\S\n]*:)?"
            ), self._kind("attribution", check_left=True)),
            (self._compile(
                rf"(?P<list>{lst})(?:\s*\([^()\n]{{1,30}}\))?(?:\s+(?i:news\s+agency|news\s+service|agency))?"
                rf"\s*,?\s+{ADVERB}{either_words(VERBS_AFTER_WITH_OBJECT)}"
                r"(?:\s+(?i:later|earlier|independently|separately|first))?"
                rf"{COMPLEMENT_OR_END}"
            ), self._kind("attribution", check_left=True)),
        ]

    def _said_and_report_forms(self, lst: str, paren: str) -> list[_Form]:
        """``said`` with a descriptor or closing an inverted clause, a tally or report of the agency,
        German verb-final clauses."""
        said = (
            r"(?i:said|says|quoted|cited|reported)(?!\s+(?:\w+\s+){0,2}?(?:that\s+)?(?i:it|its|it's)\b"
            r"|\s+in\s+a\s+statement)"
        )
        wire = r"(?i:news\s+agency|news\s+service|wire\s+service|newswire)"
        # "China's Xinhua state news agency reported"
        state = r"(?i:state|official|semi-official|government|national)(?:-(?i:run|owned|backed|controlled))?"
        return [
            # "state news agency Xinhua said", "South Korea's Yonhap news agency said": "said" credits
            # the agency only with a descriptor, or closing an inverted clause (", Xinhua said.")
            (self._gated(rf"(?<!\w)(?P<desc>{wire})\s+(?P<list>{lst})\s+{ADVERB}{said}", SAID_GATE),
             self._kind("attribution", check_left=False, lead=True)),
            (self._gated(rf"(?P<list>{lst})\s+(?P<desc>(?:{state}\s+)?(?:{wire}|(?i:agency)))\s+{ADVERB}{said}",
                         SAID_GATE),
             self._kind("attribution", check_left=False, lead=True)),
            (self._compile(
                rf"(?<=,)\s+(?:(?i:the)\s+)?(?P<list>{lst})\s+(?i:said|says)"
                rf"(?=\s*[.;]|,?\s+(?:(?i:on|late\s+on)\s+(?i:{DAYS})|(?i:citing|quoting))\b)"
            ), self._kind("attribution", check_left=False, named=True)),
            # the agency opening a sentence with "said" or "reported": "Xinhua said the rail link ..."
            (self._gated(
                rf"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”’]\s)|\A)(?P<list>{lst})\s+{said}"
                r"(?!\s+(?:[\w-]+\s+){0,3}?(?i:he|she|they)\b)",
                SAID_GATE,
            ), self._kind("attribution", check_left=False, named=True)),
            # closing an inverted clause the other way round: "..., said Bernama."
            (self._compile(rf"(?<=,)\s+(?i:said|says)\s+(?:(?i:the)\s+)?(?P<list>{lst})(?=\s*[.;])"),
             self._kind("attribution", check_left=False)),
            # a state agency described, then "said": "the state-owned Associated Press of Pakistan said"
            (self._gated(
                rf"(?<!\w)(?i:the)\s+(?P<desc>(?i:state|official|semi-official|government)(?:-(?i:run|owned|"
                rf"backed|controlled))?|\w+-(?i:run|owned|backed|controlled))\s+(?P<list>{lst})\s+{ADVERB}{said}",
                SAID_GATE,
            ), self._kind("attribution", check_left=False)),
            # the agency's own count or analysis: "An AFP tally based on ...", "A Bloomberg analysis of"
            (self._compile(
                rf"(?<!\w)(?i:an?|the)\s+(?P<list>{lst})\s+(?i:tally|count|calculation|analysis|review|"
                r"investigation|compilation|estimate|census|poll\s+of|survey\s+of)(?!\w)"
            ), self._kind("attribution", check_left=False)),
            # what the agency's journalist saw, verb first (French): "a constaté un journaliste de l'AFP"
            (self._compile(
                r"(?<!\w)(?i:a|ont)\s+(?i:constaté|pu\s+constater|observé|vu|pu\s+voir|remarqué)\s+"
                r"(?i:un|une|des|les|deux|trois)\s+(?i:journalistes?|correspondant(?:e|es|s)?|photographes?|vidéastes?|"
                rf"reporters?|envoyée?s?\s+spéciale?s?)\s+(?i:de\s+l['’]|de\s+la\s+|du\s+|de\s+)(?P<list>{lst})"
            ), self._kind("attribution", check_left=False)),
            # the agency's sources said: "Sumber Reuters mengatakan ..."
            (self._compile(
                rf"(?<!\w)(?i:sumber)\s+(?P<list>{lst})\s+(?:mengatakan|menyebutkan|menyatakan|berkata|"
                r"mengungkapkan|menyebut)(?!\w)"
            ), self._kind("attribution", check_left=False)),
            # what the agency's reporter saw: "an Associated Press reporter saw", "an AP reporter at the
            # session said"
            (self._compile(
                rf"(?:(?<!\w)(?i:an?|the)\s+|(?m:^)|(?<=[.!?]\s)|(?<=[.!?][\"”’]\s))(?P<list>{lst})\s+"
                r"(?i:reporters?|correspondents?|journalists?|photographers?)"
                r"(?:\s+(?!(?i:was|were|is|are|been|being|who|whose|whom|had|has)\b)[^\s.,;:!?]+){0,4}?"
                r"\s+(?i:saw|said|witnessed|observed|counted|heard|reported|described|confirmed)(?!\w)"
            ), self._kind("attribution", check_left=False)),
            # the agency's own count or survey after a preposition: "de acuerdo con un balance de la AFP",
            # "segundo pesquisa da Reuters", "secondo un conteggio dell'Ansa"
            (self._compile(
                rf"{either_words((*PREPOSITIONS, 'nach'))}"
                r"\s+(?:(?i:un|una|um|uma|une|uno|a|an|the|des|los|las|os|as)\s+)?"
                r"(?i:balance|bilan|recuento|conteo|décompte|comptage|bilancio|conteggio|balanço|contagem|"
                r"levantamento|pesquisa|encuesta|sondeo|sondaggio|enquête|tally|count|survey|review|analysis|"
                r"análisis|análise|analisi|analyse|estimación|estimativa|stima|estimation|"
                r"cálculos?|calculs?|calcoli|calcolo|calculations?|berechnungen|berechnung|schätzungen|schätzung)"
                rf"\s+(?:(?i:de|da|do|di|del|dell|della|des|der|by|of|realizad[oa]\s+por|feit[oa]\s+pela?)\s*)?"
                rf"(?:{ARTICLE})?(?:(?P<desc>{DESCRIPTOR})\s+)?(?P<list>{lst})"
            ), self._kind("attribution", check_left=False)),
            # "according to a Reuters tally", "selon un décompte de l'AFP"
            (self._compile(
                rf"(?i:according\s+to)\s+(?i:an?|the)\s+(?P<list>{lst})\s+(?i:tally|count|calculation|report|poll|"
                r"analysis|review|investigation|survey\s+of\s+\w+)"
            ), self._kind("attribution", check_left=False)),
            # German verb-final clauses: "wie die Deutsche Presse-Agentur aus Koalitionskreisen erfuhr"
            (self._compile(
                rf"(?<!\w)(?i:wie|zoals)\s+{AGENCY_PREFIX}(?P<list>{lst}){paren}(?:\s+[^\s,.;:!?()]+){{0,6}}?\s+"
                r"(?:berichtet|berichtete|berichten|berichteten|meldet|meldete|meldeten|erfuhr|erfahren\s+hat|"
                r"schreibt|schrieb|mitteilte|mitteilt|zitiert|zitierte|berichtet\s+hat|gemeldet\s+hat|meldt|"
                r"meldde|schrijft|berichtte)(?!\w)"
            ), self._kind("attribution", check_left=False)),
            (self._compile(
                rf"(?<!\w)(?i:an?|the)\s+(?P<list>{lst})\s+(?i:report|story|dispatch|analysis|investigation)\s+"
                r"(?i:said|says|showed|shows|found|finds|stated|noted)\b"
            ), self._kind("attribution", check_left=False)),
        ]

    def _closing_line_forms(self, lst: str) -> list[_Form]:
        """Lines that close with the agency: ``— Reuters``, ``By ... Associated Press``, a bare sign-off."""
        return [
            (self._compile(
                rf"(?m)(?:^|(?<=[.!?”\"'’)।]))[^\S\n]*(?:--?|==?|[–—])[^\S\n]*(?:(?i:the)[^\S\n]+)?(?P<list>{lst})"
                rf"{self.service}[^\S\n]*\.?[^\S\n]*$"
            ), self._kind("signoff", check_left=False)),
            (self._compile(rf"(?m)(?:^|(?<=[.!?”\"»)।]))[^\S\n]*(?P<list>{lst})"
                        rf"(?:(?:[^\S\n]+[A-Z]{{2,4}}){{1,4}}|[^\S\n]+[a-z]{{2,4}}(?:/[a-z]{{2,4}})+"
                        rf"|(?:[^\S\n]+[a-z]{{2,4}}){{2,3}})[^\S\n]*$"),
             self._kind("signoff", check_left=False)),
            (self._compile(
                rf"(?m)^[^\S\n]*(?i:by|par|por|von|di|oleh|door)[^\S\n]+"
                rf"(?:(?:[{UPPER_LETTERS}][\w.'’-]*|and|&|und|et|y)(?:[^\S\n]+|(?=,))){{0,6}}?(?:[,|/–—-][^\S\n]*)?"
                rf"(?:(?i:the)[^\S\n]+)?(?P<list>{lst})"
                r"(?:[^\S\n]+(?i:staff|news|writer|reporter|correspondent))?(?:[^\S\n]*[|•·][^\n]*)?[^\S\n]*$"
            ), self._kind("byline", check_left=False)),
            # a bare sign-off: the agency alone closing the text ("... nach Zeugen. dpa", "\nAFP")
            (self._compile(rf"(?m)(?:^|(?<=[.!?”\"»)।]))[^\S\n]*(?P<list>{lst})(?:/[a-z]{{2,4}})*[^\S\n]*\.?[^\S\n]*$"),
             self._on_bare),
        ]

    def _signoff_phrase_forms(self, lst: str) -> list[_Form]:
        """Sign-off phrases (``Source: AFP``, ``With inputs from PTI``, ``© 2024 AFP``, ``— with AP``,
        ``lmb/dpa/AFP``, ``... contributed to this report``) and a byline naming agency and place."""
        eol = r"[^\S\n]*[).]?[^\S\n]*(?=\n|$)"
        return [
            (self._compile(
                rf"(?m)(?:^|(?<=[(\[])|(?<=[.!?]))[^\S\n]*(?i:source|sources|sumber|fuente|fuentes|quelle|quellen|fonte|"
                rf"fontes|bron|источник|kaynak|इनपुट|स्रोत|साभार|بشکریہ|ذریعہ|ان\s*پٹ)[^\S\n]*[:：][^\S\n]*(?:(?i:the)[^\S\n]+)?(?P<list>{lst}){CLAUSE_END}"
            ), self._on_source),
            (self._gated(rf"(?<!\w)(?:بشکریہ|साभार)[^\S\n]+(?P<list>{lst}){CLAUSE_END}", URDU_HINDI_GATE),
             self._kind("signoff", check_left=False)),
            (self._gated(rf"(?P<list>{lst})[^\S\n]+(?:इनपुट|इनपुट्स|ان\s*پٹ)[^\S\n]+(?:के\s+साथ|کے\s+ساتھ)",
                         URDU_HINDI_GATE),
             self._kind("signoff", check_left=False)),
            (self._compile(
                rf"(?i:with\s+(?:agency\s+|additional\s+)?inputs?\s+from|inputs?\s+from|with\s+files\s+from|"
                rf"with\s+(?:additional\s+)?reporting\s+(?:from|by)|con\s+informaci[oó]n(?:es)?\s+de|"
                rf"con\s+datos\s+de|com\s+informaç(?:ão|ões)\s+d[aoe]s?|mit\s+material\s+(?:von|der)|"
                rf"avec)\s+(?:{ARTICLE})?(?:(?!{lst})[A-Z]{{2,5}}\s*(?:,|&|\band\b|\by\b|\be\b|\bet\b)\s*)*"
                rf"(?P<list>{lst}){CLAUSE_END}"
            ), self._kind("signoff", check_left=False)),
            (self._compile(rf"(?i:with)\s+(?P<list>{lst})\s+(?i:inputs?)\b"),
             self._kind("signoff", check_left=False)),
            (self._compile(
                rf"(?:(?i:material|information|reporting|content)\s+(?i:from|by)|(?i:this\s+(?:article|story|"
                rf"report|content)\s+(?:was|is)\s+(?:originally\s+|first\s+)?(?:provided|supplied|distributed|"
                rf"published|produced|written)\s+by))\s+(?:(?i:the)\s+)?"
                rf"(?P<list>{lst}){CLAUSE_END}"
            ), self._kind("signoff", check_left=False)),
            (self._compile(
                rf"(?:(?i:the)\s+)?(?P<list>{lst})(?:\s+(?:[\w-]+\s+){{0,2}}?(?i:writers?|reporters?|"
                r"correspondents?|staff|journalists?|photographers?|news\s+researchers?|videojournalists?))?"
                r"[^\n.;]{0,160}?\s(?i:contributed|contributes)(?:\s+(?i:to\s+this\s+(?:report|story|article)|"
                r"reporting|to\s+this)|(?=[^\S\n]*[.;]))"
            ), self._kind("signoff", check_left=True)),
            (self._compile(
                rf"(?:(?:(?i:copyright)|©|\((?i:c)\))[^\S\n]*)+"
                rf"(?:\d{{4}}(?:[^\S\n]*[-–][^\S\n]*\d{{4}})?[^\S\n]*,?[^\S\n]*)?"
                rf"(?:(?i:the)[^\S\n]+)?(?P<list>{lst})"
            ), self._on_copyright),
            # "— with AP", "Le Monde avec AFP", "(Com AFP)" closing a line
            (self._compile(rf"(?:[—–-][^\S\n]*)?(?<!\w)(?i:with|avec|con|com|mit|dengan)\s+"
                        rf"(?:{ARTICLE})?"
                        rf"(?P<list>{lst}){eol}"), self._kind("signoff", check_left=False)),
            # editors' initials then agencies: "lmb/dpa/AFP", "(jdl/dpa)"
            (self._compile(rf"(?<![\w/])[a-z]{{2,4}}(?:/[a-z]{{2,4}})??/(?P<list>{lst})"
                        rf"{eol}"),
             self._kind("signoff", check_left=False)),
            # a byline line naming the agency and the place: "Agence France-Presse in Nairobi",
            # "Agencia EFE | Quito", "Press Trust of India | Chennai | Updated: ..." (not a menu of
            # sections: what follows the place has a date or time)
            (self._compile(rf"(?m)^[^\S\n]*(?P<list>{lst})[^\S\n]+(?:in|en|à|a|di|em|\||–|—|-)[^\S\n]+"
                        rf"(?:[{UPPER_LETTERS}][\w .'’-]{{0,40}}?"
                        r"|[\u0600-\u06ff\u0900-\u097f][^\n|•·,.;:!?()]{0,40}?)"
                        r"(?:[^\S\n]*[|•·][^\n]*?(?:\d|(?i:updated|published))[^\n]*)?$"),
             self._kind("byline", check_left=False)),
            # the desk or "from" the agency opening the text: "Redazione ANSA ROMA", "Da AFP"
            (self._compile(rf"(?m)^[^\S\n]*(?i:redazione|redacción|rédaction|redaktion|redação)"
                           rf"(?:[^\S\n]*[/|–—-])?[^\S\n]+(?P<list>{lst})"),
             self._kind("byline", check_left=False)),
            (self._compile(rf"\A\s*(?i:da|de|por|par|from|dari|von)[^\S\n]+(?:{ARTICLE})?(?P<list>{lst})[^\S\n]*(?=\n)"),
             self._kind("byline", check_left=False)),
            # the first line naming agency and place: "AFP, Nairobi"
            (self._compile(rf"\A\s*(?P<list>{lst})[^\S\n]*,[^\S\n]*[{UPPER_LETTERS}][\w .'’-]{{0,40}}?"
                        r"[^\S\n]*(?=\n)"),
             self._kind("byline", check_left=False)),
            (self._compile(rf"(?m)^[^\S\n]*(?P<list>{lst})[^\S\n]*[|•·][^\S\n]*\d{{1,4}}[./-]\d{{1,2}}[./-]\d{{1,4}}"),
             self._kind("byline", check_left=False)),
            (self._compile(rf"(?m)^[^\S\n]*(?P<list>{lst})[^\S\n]*[|•·][^\S\n]*"
                           r"(?:(?i:updated|published|posted)\b|अपडेटेड|प्रकाशित|اپ\s?ڈیٹ|شائع)"
                        r"[^\n]*\d[^\n]*$"),
             self._kind("byline", check_left=False)),
            # the agency alone on the first line, a dateline or place in capitals on the next:
            # "Agence France-Presse\nLUSAKA, Zambia (AFP) -", "Kyodo News\nOSAKA\n"
            (self._compile(
                rf"\A[^\S\n]*(?P<list>{lst})(?:[^\S\n]+(?i:news\s+agency|news|agency))?[^\S\n]*"
                rf"(?=\n[^\S\n]*[{UPPER_LETTERS}]{{2,}}[{UPPER_LETTERS} .'’-]*(?:,|\(|\n|\Z|[^\S\n]+[—–-]))"
            ),
             self._kind("byline", check_left=False)),
            # the agency alone on the first line, the date on the next: "Bloomberg News\nFebruary 11"
            (self._compile(
                rf"\A[^\S\n]*(?P<list>{lst})[^\S\n]*(?=\n[^\S\n]*(?:\d{{1,2}}[^\S\n]+)?(?i:{MONTHS})\b)"
            ),
             self._kind("byline", check_left=False)),
        ]

    def _postposition_forms(self, a_suffixed: str, lst: str) -> list[_Form]:
        """Turkish, Urdu and Hindi postpositions after the agency, and a German quote given to it."""
        return [
            # Turkish suffixes and postpositions ("AP'nin haberine göre", "Rus TASS ajansına göre",
            # "Güney Kore'nin Yonhap ajansının haberine göre", "AA muhabirine", "Reuters'a konuşan")
            (self._gated(
                rf"(?:(?:[{UPPER_LETTERS}][^\s,.;:]*\s+)?[^\s,.;:]+['’]n[ıiuü]n\s+)?"
                rf"(?:(?:[^\s,.;:]+\s+){{0,2}}?(?P<desc>(?i:haber\s+ajansı|ajansı))\s+)?"
                rf"(?P<list>{a_suffixed})(?:['’]\w{{1,5}}(?=\s*\())?(?:\s*\([^()\n]{{1,12}}\))?"
                rf"(?:['’]\w{{1,5}}|\s+(?i:haber\s+)?(?i:ajans)\w*(?:['’]\w{{1,5}})?)?"
                # the agency's report described between: "Reuters'ın iki kaynağa dayandırdığı haberine göre"
                r"(?:(?<=[ıiuü]n)(?:\s+[^\s,.;:]+){1,6}?(?=\s+(?:haberine|raporuna|yazdığına|bildirdiğine)\s+göre))?"
                r"\s+(?:(?:haberine|bildirdiğine|aktardığına|açıklamasına|yazdığına|duyurduğuna|iddiasına|raporuna)\s+göre|(?P<bare>göre)|"
                r"haberinde|açıklamasında|konuşarak|bildirdi|duyurdu|aktardı|yazdı|"
                r"muhabir(?:ine|inin|lerine|imize)|konuşan(?:lar)?|konuştu(?:lar)?|yaptı(?:ğı|kları)\s+açıklamada|"
                r"verdi(?:ği|kleri)\s+(?:demeçte|röportajda|mülakatta|bilgiye\s+göre)|açıklama\s+yap\w+|"
                r"\w+[dt](?:ığı|iği|uğu|üğü|ıkları|ikleri|ukları|ükleri)\s+bilgi(?:ye|lere)\s+göre|"
                r"bilgi\s+veren(?:ler)?)(?!\w)",
                TURKISH_GATE,
            ), self._on_tr),
            # Urdu and Hindi postpositions ("رائٹرز کے مطابق", "एएनआई से बातचीत में"); an ambiguous
            # acronym (پی ٹی آئی, पीटीआई, एपी: also a party, a state) needs a descriptor or a report noun
            (self._gated(
                rf"(?P<desc>{URDU_HINDI_DESCRIPTOR})?(?P<list>{a_suffixed})(?:\s*\([^()\n]{{1,30}}\))?"
                r"(?:\s+(?P<after>(?:نیوز|خبر\s+رساں)?\s*(?:ایجنسی|ادارے)|(?:समाचार|न्यूज़?|संवाद)\s+एजेंसी|न्यूज़?|نیوز))?\s+"
                rf"(?:(?P<report>{URDU_HINDI_REPORT})|{URDU_HINDI_POSTPOSITION})(?!\w)",
                URDU_HINDI_GATE,
            ), self._on_ur_hi),
            # a statement given to the agency with its object between: "a confirmé la nouvelle à l'agence
            # italienne Ansa", "ha confermato la data delle elezioni all'agenzia spagnola Efe"
            (self._compile(
                r"(?<!\w)(?i:confirmé|déclaré|dit|expliqué|annoncé|révélé|assuré|confié|confermato|detto|"
                r"dichiarato|spiegato|annunciato|rivelato|confirmó|dijo|explicó|anunció|reveló|confirmou|disse|"
                r"explicou|anunciou|revelou|riferito|raccontato|precisato|assicurato|raconté|précisé|contó|precisó|"
                r"aseguró|contou|afirmou|garantiu)\s+(?:[^\s,.;:!?]+\s+){1,6}?"
                rf"(?i:à|au|all['’]|alla|allo|al|a\s+la|ao|à)\s*(?:{ARTICLE})?"
                rf"(?:(?P<desc>{DESCRIPTOR})(?:\s+{LOWER_WORD})?\s+)?(?P<list>{lst})"
            ), self._kind("attribution", check_left=False, check_right=True)),
            # German quote given to the agency, verb last: "Wie ein Sprecher der dpa sagte"
            (self._compile(
                rf"(?<!\w)(?i:wie)\s+(?:der|die|das|ein|eine)\s+[A-ZÄÖÜ][\w-]*\s+(?:der|dem)\s+(?:{DESCRIPTOR}\s+)?"
                rf"(?P<list>{lst})\s+(?:sagten|sagte|sagt|erklärten|erklärte|erklärt|bestätigten|bestätigte|bestätigt|"
                r"mitteilten|mitteilte|mitteilt)(?!\w)"
            ), self._kind("attribution", check_left=False)),
            # German quote given to the agency: "sagte ein Sprecher der Deutschen Presse-Agentur", "bestätigte
            # eine Sprecherin der Polizei in Hanau am Abend der dpa"; not the agency's own people ("sagte der
            # Chefredakteur der dpa, Sven Gösmann")
            (self._compile(
                rf"(?<!\w)(?:sagten|sagte|sagt|erklärten|erklärte|erklärt|bestätigten|bestätigte|bestätigt|teilten|"
                rf"teilte)\s+(?:[^\s,.;:!?\"“”„]+\s+){{0,7}}?"
                rf"(?:der|dem)\s+(?:{DESCRIPTOR}\s+)?(?P<list>{lst})"
                r"(?![^\S\n]*,[^\S\n]*[A-ZÄÖÜ][a-zäöüß]+[^\S\n]+[A-ZÄÖÜ])"
            ), self._kind("attribution", check_left=False)),
        ]

    def _build_cjk(self, alt: str) -> None:
        c = rf"(?:{alt})"
        when = (
            r"\d{1,2}月\d{1,2}日|\d{1,2}日|周[一二三四五六日天]|星期[一二三四五六日天]|[今昨前]天|[今昨]日|当天|當天|"
            r"当日|當日|日前|近日|此前|稍早|早些时候|当地时间\d{1,2}日"
        )
        cjk_forms = [
            (rf"(?P<a>{c})(?:[^\s\d，。、“”（）()：:]{{0,8}}?(?:\d{{1,2}}月\d{{1,2}}日(?:电|讯|電|訊)?|\d{{1,2}}日(?:电|讯|電|訊))"
             rf"|电|讯|電|訊)", "dateline"),
            (rf"/(?P<a>{c})/", "dateline"),
            (rf"【[^】\n]{{0,12}}?(?P<a>{c})】", "dateline"),
            (rf"[(（][^()（）=\n]{{1,12}}=(?P<a>{c})[)）]", "dateline"),
            (rf"(?<![图圖片频頻像])(?:来源|來源|稿源|出处|出處)[:：]\s*(?P<a>{c})", "signoff"),
            (rf"[(（](?P<a>{c})(?:[／/、](?P<b>{c}))?[)）]", "inline"),
            (rf"(?<=综合|綜合)(?P<a>{c})", "inline"),
            (rf"(?:根据|根據|依据|依據|据|據)[^\s，。,]{{0,6}}?(?P<a>{c})(?:{when})?的?"
             rf"(?:报道|報導|報道|报导|消息|电|電|援引|称|稱)?", "attribution"),
            (rf"(?P<a>{c})(?:{when})?(?:援引|引述|引用|引据)[^，。！？\n]{{0,24}}?(?:报道|報導|報道|称|稱|表示|说|說)",
             "attribution"),
            (rf"(?:援引|引述|引用)(?P<a>{c})的?(?:报道|報導|報道|消息)", "attribution"),
            (rf"(?P<a>{c})(?:{when})(?:报道|報導|報道|报导|消息称|称|稱|电|電)", "attribution"),
            (rf"(?:接受|在接受)(?P<a>{c})(?:记者|記者)?的?(?:专访|專訪|采访|採訪|访问|訪問)", "attribution"),
            (rf"(?:对|對|向|告诉|告訴)(?P<a>{c})(?:记者|記者)?(?:表示|说|說|称|稱|透露)", "attribution"),
            (rf"(?P<a>{c})(?:报道|報導|報道|报导|消息称|称|稱)", "attribution"),
            (rf"(?P<a>{c})(?:{when})?消息(?=[，,：:])", "attribution"),
            (rf"(?P<a>{c})(?:通信)?(?:によると|によれば|が報じた|は報じた|の報道によると|が伝えた)",
             "attribution"),
            (rf"(?P<a>{c})(?:통신)?(?:에\s*따르면|[가는은이의]\s*보도)", "attribution"),
        ]
        for pattern, kind in cjk_forms:
            self.rx.append((self._gated(pattern, CJK_CHAR), self._cjk(kind)))

    # -- match handlers -------------------------------------------------------------------------------

    def _name(self, matched: str) -> _Name:
        return self.names[" ".join(matched.split())]

    def _kind(
        self,
        kind: str,
        *,
        check_left: bool,
        check_right: bool = False,
        named: bool = False,
        lead: bool = False,
    ) -> Callable[[str, re.Match[str]], list[Candidate]]:
        """A handler for a form whose agencies are the list in group ``list``; with ``check_left`` an
        acronym starting the match must start a clause (or follow an article or descriptor), with
        ``check_right`` an acronym ending it must end the clause (unless an elided article, ``l'AFP``,
        names it), with ``named`` acronyms never count.
        A descriptor (group ``desc``: "news agency", "l'agenzia") lifts the first two checks. With
        ``lead`` the span takes in the words that describe the agency before the match ("South Korea's",
        "the state-run")."""

        def handle(text: str, m: re.Match[str]) -> list[Candidate]:
            out: list[Candidate] = []
            start, end = strip_span(text, m.start(), m.end())
            if lead:
                left = DESCRIBING_WORDS.search(text, max(0, start - 80), start)
                start = left.start() if left else start
            found = list(self.alias.finditer(text, m.start("list"), m.end("list")))
            described = "desc" in m.re.groupindex and m.group("desc") is not None
            if (
                check_right and not described and found and self._name(found[-1].group()).ambiguous
                and not CLAUSE_END_RX.match(text, m.end())
                and not ARTICLE_BEFORE_ACRONYM.search(text, max(0, found[-1].start() - 8), found[-1].start())
                and not (kind == "attribution" and AFTER_QUOTE.match(text, m.end()))
            ):
                return []
            for i, am in enumerate(found):
                name = self._name(am.group())
                if in_url(text, am.start(), am.end()) or (named and name.ambiguous):
                    continue
                if check_left and i == 0 and not described:
                    line = text[max(0, text.rfind("\n", 0, am.start()) + 1, am.start() - 40) : am.start()]
                    if name.ambiguous and not ACRONYM_LEFT_OK.search(line):
                        continue
                    given = GIVEN_NAME_BEFORE.search(line)
                    if given and not NOT_A_GIVEN_NAME.fullmatch(given.group(1)):
                        continue  # a person's surname: "Michael Bloomberg confirmed that he ..."
                out.append((start, end, name.agency, kind))
            return out

        return handle

    def _on_bare(self, text: str, m: re.Match[str]) -> list[Candidate]:
        """The agency alone at the very end of the text (a lone acronym only on a line of its own)."""
        if text[m.end() :].strip():
            return []
        names = [self._name(x.group()) for x in self.alias.finditer(text, m.start("list"), m.end("list"))]
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[line_start : m.start("list")].strip()
        if before and len(names) == 1 and names[0].ambiguous:
            return []  # one acronym after a sentence ("... joined the party. PTI"); a list is a sign-off
        if not before and not text[:line_start].rstrip().endswith((".", "!", "?", '"', "”", "»", ")", "…")):
            return []  # a menu or a list of links, not the end of a story
        return self._kind("signoff", check_left=False)(text, m)

    def _on_tr(self, text: str, m: re.Match[str]) -> list[Candidate]:
        """Turkish forms; a bare ``'ya göre`` after a name that is also a place (``İç Anadolu'ya göre``,
        "compared with Central Anatolia") counts only with ``ajansı``."""
        if (
            m.group("bare") and not m.group("desc") and m.group("list") in PLACE_NAMES
            and not re.match(r"\s+(?i:haber\s+)?(?i:ajans)", text[m.end("list") :])
        ):
            return []
        described = re.match(r"\s+(?i:haber\s+)?(?i:ajans)", text[m.end("list") :]) is not None
        return self._kind("attribution", check_left=not described)(text, m)

    def _on_ur_hi(self, text: str, m: re.Match[str]) -> list[Candidate]:
        described = m.group("desc") or m.group("report") or m.group("after")
        if self._name(m.group("list")).ambiguous and not described:
            return []
        return self._kind("attribution", check_left=False)(text, m)

    def _cjk(self, kind: str) -> Callable[[str, re.Match[str]], list[Candidate]]:
        """A CJK form's credits (group ``a``, and ``b`` for a second agency); a press-release wire's are
        ``newswire``; a bracket closing a photo caption (``图为...（路透社）``) is a photo credit, none."""

        def handle(text: str, m: re.Match[str]) -> list[Candidate]:
            if kind == "inline" and CJK_CAPTION.match(text, text.rfind("\n", 0, m.start()) + 1):
                return []
            out: list[Candidate] = []
            for group in ("a", "b"):
                if group in m.re.groupindex and m.group(group):
                    name = self._name(m.group(group))
                    out.append((m.start(), m.end(), name.agency, "newswire" if name.newswire else kind))
            return out

        return handle

    def _on_source(self, text: str, m: re.Match[str]) -> list[Candidate]:
        """``Source: AFP`` closing a story; not on a caption's line (``Chart: ... Source: Bloomberg``)."""
        if CAPTION_LINE.match(text, text.rfind("\n", 0, m.start()) + 1):
            return []
        return self._kind("signoff", check_left=False)(text, m)

    def _on_copyright(self, text: str, m: re.Match[str]) -> list[Candidate]:
        line_start = text.rfind("\n", 0, m.start()) + 1
        if PHOTO_BEFORE.search(text[max(line_start, m.start() - 30) : m.start()]):
            return []
        return self._kind("signoff", check_left=False)(text, m)

    def _on_bracket(self, text: str, m: re.Match[str]) -> list[Candidate]:
        return self._bracketed(text, m, slash=False)

    def _on_slash(self, text: str, m: re.Match[str]) -> list[Candidate]:
        return self._bracketed(text, m, slash=True)

    def _bracketed(self, text: str, m: re.Match[str], *, slash: bool) -> list[Candidate]:
        """``(Agency)``, ``(AFP/Reuters)`` or ``/Agency/``: a dateline when a place (and date) stands
        before it on its line, else a bracket credit where a credit can stand."""
        if in_url(text, m.start(), m.end()):
            return []
        first = self._name(m.group("a"))
        more = m.groupdict().get("more") or ""
        names = [first] + [self._name(x.group()) for x in self.listed.finditer(more)] if more else [first]
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        left = text[line_start : m.start()]
        sep = m.group("sep").strip()
        end = m.end() if sep else m.end("sep") - len(m.group("sep"))
        strict = m.group("a") in STATE_CODES
        start = dateline_start(left, bool(sep), m.group("a"), strict)
        at_line_start = not left.strip(" \t\xa0>*#|•·")
        # opening the text: "नई दिल्ली (आईएएनएस) ..."; an ambiguous acronym not as a name's short form
        # ("पाकिस्तान तहरीक-ए-इंसाफ (पीटीआई) के कार्यकर्ता")
        named = first.ambiguous and GENITIVE_AFTER.match(text, m.end())
        opens = line_start == 0 and not strict and not named
        dated = any(c.isdigit() for c in left)
        if start is None and NATIVE_DATELINE.fullmatch(left) and (sep or opens or dated):
            # "नई दिल्ली, 5 जनवरी (पीटीआई)।", or opening the text: a place in another script
            start = len(left) - len(left.lstrip())
        if start is not None:
            start += line_start
            kind = "dateline"
        elif at_line_start:
            start, kind = m.start(), "dateline" if sep else "inline"
        else:
            start, kind = m.start(), "inline"
            if slash:
                return []
            if is_definition(left, m.group("a")) or any(left.rstrip().endswith(f) for f in first.long_forms):
                return []
            if first.ambiguous and len(names) == 1:
                before = left.rstrip()
                sentence_end = before.endswith((".", "!", "?", '"', "”", "’", "'", ","))
                after_word = bool(re.search(r"(?<![\w-])[a-zà-öø-ÿ][\w'’-]*$", before))
                line_ends = not text[m.end() : line_end].strip()
                if not (sentence_end or after_word or line_ends):
                    return []
                if after_word and not (sentence_end or line_ends) and RUNS_ON.match(text, m.start("sep")):
                    return []  # a term's short form inside a sentence: "l'alpha-fœtoprotéine (AFP) a été"
        return [(start, end, n.agency, "newswire" if n.newswire else kind) for n in names]

    def find(self, text: str, regions: Sequence[tuple[int, int]] | None = None) -> tuple[Credit, ...]:
        """The credits of ``text``; with ``regions``, only those whose agency's name (or own pattern)
        lies in one of the regions, each widened to whole lines."""
        found: list[Candidate] = []
        spans = [(0, len(text))] if regions is None else whole_lines(text, regions)
        hits = []
        if self.name_scans:  # a name inside a word (the "dpa" of "Wodpar") starts no credit
            starts = [h for s, e in spans for h in leftmost_starts(text, s, e, self.name_scans)]
            # nor one running on into a word ("ap" of "apply"): every form needs the name to end there
            hits = [h for h in starts if (h == 0 or not (text[h - 1].isalnum() or text[h - 1] in "_@."))
                    and self.whole_name.match(text, h)]
        if self.cjk_rx is not None and CJK_CHAR.search(text):
            hits = sorted(hits + [m.start() for s, e in spans for m in self.cjk_rx.finditer(text, s, e)])
        windows = windows_around(text, hits)
        for rx, handle, gate in self.forms:
            for start, end in windows:
                if gate is not None and not gate.search(text, start, end):
                    continue
                for m in rx.finditer(text, start, end):
                    found.extend(handle(text, m))
        for rx, agency, kind, gate in self.extra:
            if gate is not None and not gate.search(text):
                continue
            group = "credit" if "credit" in rx.groupindex else 0
            for s, e in spans:
                for m in rx.finditer(text, s, e):
                    if m.end(group) > m.start(group):
                        found.append((*strip_span(text, m.start(group), m.end(group)), agency, kind))
        return merge_candidates(found)
