"""The words and regex building blocks of credit forms, per language: capitalised words, months and
days, function words, articles, adjectives and descriptors ("news agency", "Nachrichtenagentur"),
attribution prepositions and verbs before and after the agency, the Turkish, Urdu and Hindi
postpositions, and the gates (a word or a script a form needs) that spare matching a form where it
cannot be; :func:`alternation` and :func:`either_words` turn lists of names and phrases into regexes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

CJK_CAPTION = re.compile(r"[^\S\n]*(?:图为|圖為|图：|圖：|图片：|圖片：)")
"""The start of a Chinese photo caption line ("图为示威人群..."): a bracketed agency closing it credits the
picture."""
CJK_CHAR = re.compile(r"[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")

UPPER_LETTERS = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪİĶĹĽŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŹŻŽΑ-ΩА-ЯЁ"
CAPITALISED_WORD = rf"[{UPPER_LETTERS}][\w.'’-]*"
CAPITALS_WORD = rf"[{UPPER_LETTERS}][{UPPER_LETTERS}.'’-]+"
PLACE_CONNECTOR = r"(?:de|del|la|el|am|an|der|upon|on|da|di|do|dos|sur|les|en|al|bin|of)"
MONTHS = (
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|"
    r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|"
    r"gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|"
    r"januar|februar|märz|juni|juli|oktober|dezember|"
    r"janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|"
    r"januari|februari|maret|mei|agustus|desember|julai|ogos|disember|"
    r"ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık|"
    r"января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
)
DAYS = (
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    r"lunes|martes|miércoles|jueves|viernes|sábado|domingo|"
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
)
DATE_TOKEN = rf"(?:{CAPITALISED_WORD}|\d[\d./:-]*\.?|(?i:{MONTHS})\.?|[a-zа-яé]{{1,4}}\.?)"
DATE_PART = rf"{DATE_TOKEN}(?:[^\S\n]+{DATE_TOKEN}){{0,5}}"
PLACE_TAIL = (rf"(?:[^\S\n]*\([^()\n]{{1,30}}\))?(?:[^\S\n]*\[[^\]\n]{{1,30}}\])?"
              rf"(?:[^\S\n]*,[^\S\n]*{DATE_PART}){{0,3}}")

FUNCTION_WORDS = (
    r"that|which|who|on|in|at|as|and|or|but|with|from|for|by|last|late|earlier|early|yesterday|today|"
    r"tonight|this|quoting|citing|said|reported|reports|adding|while|when|after|before|since|had|has|"
    r"was|is|were|que|qui|le|la|les|en|dans|de|du|des|citant|el|los|las|y|citando|este|esta|che|il|"
    r"lo|nel|nella|am|an|im|und|die|der|den|dem|vom|heute|zufolge|berichtet|berichtete|meldet|meldete|"
    r"bahwa|pada|di|dari|yang|dan|mengutip|hari|со|в|с|что|и|по|dat|op|un|une|uno|una|um|uma|ein|eine|"
    r"mit|unter|nach|aus|da|do|no|na|ao|a|o|os|as|report|reports|dispatch|story|com|con|avec|einen|einem|einer|"
    r"memetik|ketika|semasa|auprès|"
    + DAYS + "|" + MONTHS
)
CLAUSE_END = (
    rf"(?=[^\S\n]*(?:[,.;:!?)\]}}”\"»–—-]|\r?\n|$)|\s+(?i:(?:{FUNCTION_WORDS})\b)"
    r"|\s+(?i:correspondents?|reporters?|journalists?|staff|bureau|photographers?)\b)"
)
"""What may follow the agency in an attribution: the clause ends, or a function word, day or month."""
CLAUSE_END_RX = re.compile(CLAUSE_END)

ARTICLE = (
    r"(?:(?i:the|la|le|les|el|die|der|dem|den|il|lo|das|a|à|ao|da|do|de\s+la|del|della|alla|dalla|dal|des|"
    r"pela|pelo|par\s+la|par\s+le|por\s+la|por\s+el)\s+"
    r"|(?i:l|dell|all|dall|par\s+l|de\s+l|à\s+l)['’]\s*)"
)
ADJECTIVE = (
    r"(?:[\w-]+['’]s|(?i:state|official|semi-official|government|national|public|private|staatliche|"
    r"amtliche|oficial|estatal|officielle|ufficiale|nazionale|resmi|negara)|[\w]+-(?:run|owned|backed|"
    r"controlled)|[A-Z][a-z]+(?:an|ese|ish|ch|i))"
)
DESCRIPTOR = (
    r"(?i:news\s+agency|news\s+service|newswire|wire\s+service|agency|\w*nachrichtenagentur|presseagentur|"
    r"agentur|agence\s+de\s+presse|agence|agencia\s+de\s+noticias|agencia|agenzia\s+di\s+stampa|agenzia|"
    r"agência\s+de\s+notícias|agência|"
    r"kantor\s+berita|agensi\s+berita|agensi|агентство|persbureau|haber\s+ajansı|\w*agentur)"
)
GIVEN_NAME_BEFORE = re.compile(rf"(?<![\w'’.-])([{UPPER_LETTERS}][a-zà-öø-ÿ]+)[^\S\n]+\Z")
"""A capitalised word just before an agency's name: a given name makes it a surname ("Michael
Bloomberg"), unless it is a function word, a day or month, or an adjective ("But", "Monday", "French")."""
NOT_A_GIVEN_NAME = re.compile(
    rf"(?i:{FUNCTION_WORDS}|the|an?|but|however|meanwhile|now|then|also|yet|still|later|separately|"
    rf"both|while|although|though|because|so|if|news|agency|wire|agencia|agence|agenzia|agentur)|{ADJECTIVE}"
)
ARTICLE_BEFORE_ACRONYM = re.compile(
    r"(?<!\w)(?i:l|dell|all|dall|nell|sull)['’]\s*\Z|(?<!\w)(?i:la|à)\s+\Z"
)
"""An elided or a feminine article just before an acronym (``l'AFP``, ``dell'ANSA``, ``a la AFP``,
``à AFP``, not "pela AFP", also the police): it names the agency (the "agencia", "agência")."""
AFTER_QUOTE = re.compile(
    r"\s+(?i:the|a|an|this|his|her|their|its|outside|inside|near|during|after|before|while|via|over|"
    r"late|earlier|recently|yesterday|today|tonight|last)\b|\s*[\"“”«»]"
)
"""What may follow an ambiguous acronym that a quote was given to ("told AFP the", "speaking to AFP
outside"), where its other readings are followed by a noun ("told AFP officers")."""
LOWER_WORD = r"[a-zà-öø-ÿ][\w'’-]*"
AGENCY_PREFIX = (
    rf"(?:{ARTICLE})?(?:(?:(?:{ADJECTIVE}|{LOWER_WORD})\s+){{0,2}}(?P<desc>{DESCRIPTOR})(?:\s+{LOWER_WORD}){{0,3}}\s+"
    rf"|(?:{ADJECTIVE}\s+){{0,3}})"
)
"""Between an attribution verb and the agency: ``the state-run news agency``, ``l'``,
``die Nachrichtenagentur``."""

def service(alt: str) -> str:
    """A service or network named after an agency (``alt``: the agencies' names) inside a bracket or a
    sign-off: "(Reuters Health)", "(ANTARA/Kyodo-OANA)", "— AFP Relaxnews"; not a photo, video or
    graphic credit ("(AP Photo)"), not a second agency ("(ANSA-AFP)")."""
    return (
        r"(?:[^\S\n]+(?!(?i:photos?|fotos?|video|videos|vidéo|graphics?|grafik|gráfico|infographie|images?|"
        r"pictures?|pool|file|archive|archiv|archivo|tv|files|staff)(?![\w']))[A-Z][a-z]{2,15}(?![\w'’-])"
        rf"|-(?!(?:{alt})(?![\w'’-]))[A-Z]{{3,5}}(?![\w'’-]))?"
    )

PREPOSITIONS = (
    "according to", "as per", "selon", "d'après", "d’après", "según", "de acuerdo con", "de acuerdo a",
    "secondo",
    "stando a", "laut", "nach Angaben von", "nach Angaben der", "volgens", "segundo", "de acordo com",
    "menurut", "menurut laporan", "по данным", "по сообщению", "по информации",
    "auprès de", "selon un décompte de", "selon des informations obtenues par",
    "selon les informations obtenues par", "d'après des informations obtenues par", "selon un bilan de",
    "selon un comptage de",
    "d'après un décompte de",
    "selon un décompte établi par", "selon des informations de", "selon les informations de",
    "gegenüber", "auf Anfrage", "im Gespräch mit", "im Interview mit",
    "segundo informações", "segundo informações da", "de acordo com informações", "a informação é",
    "as informações são", "según informaciones de", "secondo quanto riferito", "secondo quanto riportato",
    "in an interview with", "in an interview to", "in remarks to", "en entrevista con", "em entrevista à",
    "en declaraciones a", "en declaraciones al", "secondo quanto appreso", "ketika dihubungi",
    "saat dihubungi", "cité par", "citée par", "cités par", "citées par",
    "em entrevista ao", "in un'intervista", "dalam wawancara dengan",
    # a quote given to the agency
    "told", "said to", "speaking to", "spoke to", "talking to", "in an interview with", "in comments to",
    "in a statement to", "confirmed to", "explained to", "sent to", "emailed to", "in an email to",
    "in a message to", "in a written reply to", "in a text message to",
    "according to a report by", "according to a report from", "according to a dispatch from",
    "nach Informationen der", "nach Informationen des", "nach Informationen von", "laut einem Bericht von",
    "laut einem Bericht der", "laut einem Bericht des", "laut Informationen der", "laut Informationen von",
    "selon un article de", "selon une dépêche de", "según un informe de", "según un despacho de",
    "secondo un articolo di", "secondo un lancio di", "segundo reportagem da", "segundo reportagem de",
    "ketika ditemui", "saat ditemui", "semasa ditemui", "apabila ditemui", "apabila dihubungi",
    "semasa dihubungi", "ketika diwawancarai", "saat diwawancarai",
    # the agency's own data work: "data compiled by Reuters show"
    "compiled by", "calculated by", "tallied by", "gathered by", "collected by", "analysed by", "analyzed by",
    "déclaré à", "dit à", "confié à", "indiqué à", "expliqué à", "affirmé à", "assuré à", "précisé à",
    "raconté à", "souligné à", "déclare à", "confie à", "explique à", "indique à", "raconte à",
    "confirmé à", "confirme à", "répondu à", "détaillé à", "annoncé à", "révélé à", "signalé à",
    "dijo a", "declaró a", "explicó a", "aseguró a", "afirmó a", "señaló a", "indicó a", "contó a",
    "confirmó a", "detalló a", "manifestó a", "relató a", "explica a", "asegura a", "cuenta a",
    *(f"{aux} {p} a" for aux in ("ha", "han", "había", "habían")
      for p in ("dicho", "declarado", "explicado", "asegurado", "afirmado", "señalado", "indicado", "contado",
                "confirmado", "detallado", "manifestado", "relatado", "informado", "precisado", "trasladado",
                "avanzado", "comunicado", "reconocido", "apuntado", "subrayado", "admitido", "advertido")),
    "dijeron a", "declararon a", "explicaron a", "aseguraron a", "afirmaron a", "señalaron a", "indicaron a",
    "confirmaron a", "detallaron a", "informaron a", "precisaron a", "trasladaron a", "precisó a",
    "reconoció a", "apuntó a", "subrayó a", "advirtió a", "admitió a",
    "disse à", "disse ao", "disse a", "afirmou à", "declarou à", "contou à", "explicou à", "confirmou à",
    "afirmou ao", "declarou ao", "contou ao", "explicou ao", "confirmou ao", "informou à", "informou ao",
    *(f"{v} {p}" for v in ("disseram", "afirmaram", "declararam", "contaram", "explicaram", "confirmaram",
                           "informaram", "relataram", "garantiram", "revelaram") for p in ("à", "ao", "a")),
    "consultadas por", "consultados por", "consultada por", "consultado por", "contactado por",
    "contactada por", "citadas por", "citados por", "citada por", "citado por",
    "procurado", "procurada", "procurados", "procuradas", "ouvido", "ouvida", "ouvidos", "ouvidas",
    "consultado", "consultada", "consultados", "consultadas", "contactado", "contactada", "contactados",
    "contactadas", "contatado", "contatada",
    "interrogé par", "interrogée par", "interrogés par", "interrogées par", "contacté par", "contactée par",
    "contactés par", "contactées par", "joint par", "jointe par", "joints par", "sollicité par",
    "sollicitée par", "sollicités par",
    "interpellato", "interpellata", "contattato", "contattata", "contattati", "sentito", "sentita",
    "raggiunto", "raggiunta",
    "contacted by", "reached by", "interviewed by", "asked by", "seen by", "reviewed by", "obtained by",
    "detto", "dichiarato", "spiegato", "raccontato", "confermato", "affermato", "riferito", "detto a",
    "precisato", "sottolineato", "annunciato", "anticipato",
    "dice", "dicono", "spiega", "spiegano", "racconta", "raccontano", "conferma", "confermano", "afferma",
    "dichiara", "sottolinea", "ammette", "confida", "assicura",
    "sagte", "erklärte", "bestätigte", "sagt", "erklärt", "teilte",
    "kepada", "yang dihubungi", "yang ditemui", "yang diwawancarai",
)
"""Attribution prepositions: the clause goes on after the agency ("Laut dpa plant die Regierung...")."""
VERBS_BEFORE = (
    # English
    "as reported by", "reported by", "cited by", "quoted by", "via", "courtesy of",
    "citing", "a report by", "report by", "reports from", "report from", "reports", "reported", "writes",
    "quoting", "quoted", "cited",
    # French
    "rapporte", "rapportait", "a rapporté", "rapporté par", "rapportée par",
    "rapportés par", "cité par", "citée par", "cités par", "relayé par", "relayée par", "indique",
    "a indiqué", "annonce", "a annoncé", "écrit", "a appris", "précise", "a précisé", "affirme", "citant",
    "ont rapporté", "relate", "a relaté", "relayé", "ajoute", "a ajouté", "a révélé", "révèle",
    "a affirmé", "affirmait", "a estimé", "a souligné", "a fait savoir", "fait savoir",
    # Spanish / Portuguese
    "informa", "informó", "ha informado", "informaron",
    "publica", "publicó", "ha publicado", "recoge", "recogió", "reporta", "reportó", "señala", "señaló",
    "citado por", "citada por", "citados por", "difundió", "difunde", "consigna", "consignó", "indicó",
    "pudo saber", "ha podido saber", "segundo a", "constató", "ha constatado", "pudo constatar", "comprobó",
    "pudo comprobar", "ha podido comprobar", "verificó", "pudo verificar", "informou", "noticiou",
    "citado pela", "citó", "cita",
    "informa", "informaba", "ha adelantado", "adelantó", "adelanta", "avanzó", "ha avanzado", "avanza",
    "ha difundido", "ha recogido", "recogen", "citadas por",
    "relatou", "relata", "noticia", "divulgou", "divulga", "publicou", "reportou", "reporta", "apurou",
    "apurou a", "citada pela", "citados pela", "citadas pela", "segundo relatou", "segundo noticiou",
    # Italian
    "riferisce", "ha riferito", "riporta", "ha riportato", "riportato da", "riportata da",
    "scrive", "ha scritto", "citato da", "citata da", "citati da", "citate da", "fa sapere", "apprende",
    "ha appreso",
    "rende noto", "ha reso noto", "rendono noto", "riportato", "riportata", "riportati", "riportate",
    "citato", "citata", "citati", "diffuso", "diffusa", "annuncia", "ha annunciato", "precisa", "aggiunge",
    # German / Dutch
    "berichtet", "berichtete", "berichten", "meldet", "meldete", "melden", "schreibt", "schrieb",
    "unter Berufung auf", "zitiert von", "erfuhr", "meldt", "aldus", "zitiert", "zitierte", "erfahren hat",
    # Indonesian / Malay
    "dikutip dari", "dikutip", "mengutip", "dilansir dari", "dilansir", "dilaporkan oleh",
    "dilaporkan", "lapor", "laporan", "diberitakan", "memetik", "dipetik dari", "melaporkan",
    "melansir", "melansir dari", "lansir", "dilansir oleh", "diwartakan", "mewartakan", "memberitakan",
    "dipetik", "memetik laporan", "menukil", "dinukil dari",
    # Russian
    "сообщает", "сообщил", "сообщила", "сообщило",
    "сообщили", "передает", "передаёт", "пишет", "со ссылкой на",
)
"""Attribution verbs before the agency: the agency ends the clause ("..., berichtet dpa.")."""
VERBS_AFTER = (
    # English
    "reports", "reported", "has reported", "had reported", "is reporting", "was reporting",
    "has the story", "has more", "has the details", "said in a report", "writes", "wrote", "has learned",
    "has learnt", "quoted", "cited", "was first to report", "was the first to report", "first reported",
    "broke the news",
    # French
    "rapporte", "a rapporté", "rapportait", "indique", "a indiqué", "a appris", "précise",
    # Spanish / Portuguese
    "informa", "informó", "ha informado", "reporta", "reportó", "recoge", "adelantó", "ha adelantado",
    "señala", "ha podido saber", "pudo saber", "informou", "noticiou", "relatou", "relata", "noticia",
    "apurou", "reportou",
    # Italian
    "riferisce", "riporta", "ha riferito", "ha riportato", "scrive", "apprende", "ha appreso", "fa sapere",
    "rende noto", "ha reso noto",
    # German / Dutch
    "berichtet", "berichtete", "meldet", "meldete", "zufolge", "schreibt", "schrieb", "erfuhr", "meldt",
    # Indonesian / Malay
    "melaporkan", "memberitakan", "mewartakan", "melapor", "difahamkan", "dimaklumkan",
    # Russian
    "сообщает", "сообщило", "сообщил", "сообщили", "передает", "передаёт", "пишет",
)
VERBS_AFTER_WITH_OBJECT = (
    "revealed", "reveals", "published", "confirmed", "confirms", "has confirmed", "révèle", "a révélé",
    "publie", "a publié",
    "publica", "publicó", "ha publicado", "difundió", "revela", "reveló", "publicou", "divulgou", "revelou",
    "pubblica", "ha pubblicato", "rivela", "ha rivelato", "enthüllte", "veröffentlichte",
)
"""Verbs after the agency that also take an object ("EFE publicó un libro de estilo"): an attribution
only when a complement clause or the clause end follows. Verbs of announcing are left out: an agency
that announces something ("Reuters a annoncé la nomination ...", "EFE anunció que abrirá ...") is
the news, not its source (after the name of the agency the verbs credit it: "a annoncé l'agence")."""
COMPLEMENT_OR_END = (
    r"(?=[^\S\n]*(?:[:,;.]|\r?\n|$)|\s+(?i:que|qu['’]|that|che|dass|como|bahwa)\b|\s*(?i:qu['’]))"
    r"(?!\s*(?i:that|que|qu['’]|che|dass)\s*(?i:it|its|elle|ella|essa|sie|ela)\b)"
)
ADVERB = (
    r"(?:(?i:also|earlier|first|exclusively|later|previously|on\s+(?:" + DAYS + r")|"
    r"late\s+on\s+\w+|last\s+week|this\s+week)\s+)?"
)
ACRONYM_LEFT_OK = re.compile(
    rf"(?:^|[^\w\s]|(?<![\w])(?:(?i:the|la|le|el|die|der|il|lo|a|da|wire|service|ajansı)|{DESCRIPTOR}|"
    r"خبر\s+رساں\s+ادارے|ادارے|ایجنسی|एजेंसी))\s*$"
)
"""Before an acronym that starts an attribution: the clause starts, or an article or descriptor."""
PHOTO_BEFORE = re.compile(r"(?i:photo|foto|image|picture|bild|pic|crédit|credit|caption|video)\W{0,4}$")
NAMED_AFTER_AGENCY = (
    r"(?i:index|indices|indexes|poll|polls|survey|ranking|rankings|list|billionaires|stylebook|institute|"
    r"terminal|philanthropies)\b"
)
"""Words that make an agency's name part of another name (``Bloomberg Billionaires Index``, ``Reuters
Institute``): the agency is then not credited."""
CAPTION_LINE = re.compile(
    r"[^\S\n]*(?i:chart|graphic|graph|table|map|infographic|photo|foto|image|video|grafik|tabelle|grafico|"
    r"gráfico|tabla|tableau|carte|graphique|grafis|tabel)s?[^\S\n]*[:：]"
    r"|[^\S\n]*(?:ग्राफिक|ग्राफ़िक|चार्ट|तालिका|گراف|چارٹ|جدول|图表|圖表)[^\S\n]*[:：]"
)
"""The start of a caption line (``Chart: ...``): a ``Source:`` on it names where the data come from."""
DESCRIBING_WORDS = re.compile(rf"(?<!\w)(?:(?:[\w-]+['’]s|{ADJECTIVE}|(?i:the|an?))[^\S\n]+){{1,3}}\Z")
"""The words describing an agency before its name or descriptor: ``South Korea's``, ``the state-run``."""
PLACE_NAMES = frozenset({"Anadolu", "ANADOLU"})
"""Agency names that are also places (Anadolu: Anatolia)."""
SAID_GATE = re.compile(r"(?i:said|says|quoted|cited|reported)")
TURKISH_GATE = re.compile(r"göre|muhabir|konuş|açıkla|verdiği|bilgi|haberinde|bildirdi|duyurdu|aktardı|yazdı")
URDU_HINDI_GATE = re.compile(r"[\u0600-\u06ff\u0900-\u097f]")
URDU_HINDI_DESCRIPTOR = (
    r"(?:(?:[^\s\d]+\s+){0,2}?(?:خبر\s+رساں\s+(?:ادارے|ادارہ|ایجنسی)|خبر\s+ایجنسی|نیوز\s+ایجنسی|"
    r"न्यूज़?\s+एजेंसी|समाचार\s+एजेंसी|संवाद\s+एजेंसी)\s+)"
)
"""Urdu and Hindi descriptors before the agency: ``امریکی خبر رساں ادارے``, ``समाचार एजेंसी``."""
URDU_HINDI_REPORT = (
    r"(?:को\s+(?:बताया|दिए\s+(?:एक\s+)?(?:इंटरव्यू|साक्षात्कार)\s+में)|کو\s+(?:بتایا|انٹرویو)|"
    r"کی\s+(?:ایک\s+)?(?:رپورٹ|خبر|اطلاع)\s+(?:کے\s+مطابق|میں)|کی\s+جانب\s+سے\s+جاری|"
    r"की\s+(?:एक\s+)?(?:रिपोर्ट|ख़बर|खबर)\s+(?:के\s+(?:मुताबिक|मुताबिक़|अनुसार)|में))"
)
"""Urdu and Hindi postpositions that name a report: an attribution even for an ambiguous acronym."""
URDU_HINDI_POSTPOSITION = (
    r"(?:کے\s+مطابق|کے\s+حوالے\s+سے|سے\s+(?:بات\s+(?:چیت\s+)?کرتے\s+ہوئے|گفتگو\s+(?:کرتے\s+ہوئے|میں))|"
    r"کو\s+(?:(?:[^\s\d]+\s+){0,2}?(?:بتایا|انٹرویو)|دیے\s+گئے\s+انٹرویو)|نے\s+(?:[^\s\d،۔]+\s+){0,5}?(?:رپورٹ\s+کیا|بتایا|خبر\s+دی|اطلاع\s+دی|اپنی\s+(?:ایک\s+)?رپورٹ\s+میں\s+(?:کہا|بتایا))|"
    r"ने\s+(?:अपनी\s+(?:एक\s+)?रिपोर्ट\s+में\s+(?:कहा|बताया)|जानकारी\s+दी)|"
    r"के\s+(?:मुताबिक|मुताबिक़|अनुसार|हवाले\s+से)|को\s+(?:बताया|दिए\s+(?:एक\s+)?(?:इंटरव्यू|साक्षात्कार)\s+में)|"
    r"से\s+(?:(?:खास|विशेष|एक्सक्लूसिव)\s+)?(?:बातचीत|बात\s*चीत)\s+(?:में|के\s+दौरान)|से\s+बात\s+करते\s+हुए|से\s+कहा|سے\s+کہا|"
    r"को\s+मिली\s+जानकारी\s+के\s+(?:मुताबिक|मुताबिक़|अनुसार)|کا\s+کہنا\s+ہے|"
    r"ने\s+(?:बताया|अपनी\s+रिपोर्ट\s+में|रिपोर्ट\s+दी|(?:यह\s+|इस\s+)?खबर\s+दी)|"
    r"ने\s+(?:[^\s\d]+\s+){1,4}?(?:के\s+)?(?:हवाले\s+से\s+)(?:बताया|कहा|खबर\s+दी))"
)
"""Other Urdu and Hindi postpositions: "according to", "speaking to", "told"."""
def alternation(names: Iterable[str]) -> str:
    """A regex alternation of ``names``, longest first, any run of spaces matching any whitespace."""
    ordered = sorted(set(names), key=lambda s: (-len(s), s))
    return "|".join(r"\s+".join(re.escape(part) for part in name.split()) for name in ordered)


def either_words(words: Iterable[str]) -> str:
    """A case-insensitive alternation of verbs or phrases as whole words, as a trie (``re`` tries the
    branches of an alternation one by one, so shared prefixes are factored out) preferring the
    longest phrase; a space matches any whitespace, an apostrophe either apostrophe."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = root
        for tok in re.findall(r"\s+|['’]|.", word.lower()):
            node = node.setdefault(r"\s+" if tok.isspace() else "['’]" if tok in "'’" else re.escape(tok), {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
        alts = [tok + emit(child) for tok, child in sorted(node.items()) if tok]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and "" not in node else "(?:" + "|".join(alts) + ")"
        return body + "?" if "" in node else body

    return rf"(?<!\w)(?i:{emit(root)})(?!\w)"


def prefix_tree(names: Iterable[str]) -> str:
    """A case-sensitive regex matching where any of ``names`` starts (any run of spaces matching any
    whitespace), as a trie: ``re`` tries an alternation's branches one by one, so a flat alternation
    of a few hundred names is several times slower to scan a text with. It finds positions, not
    always the longest name."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for name in names:
        node = root
        for tok in re.findall(r"\s+|.", name):
            node = node.setdefault(r"\s+" if tok.isspace() else re.escape(tok), {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
        alts = [tok + emit(child) for tok, child in sorted(node.items()) if tok]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


class LiteralScan:
    """A scan for names that start with a lower-case ASCII letter (``dpa``, ``afp``, ``rtr``) with
    ``str.find``: ``re`` looks for a pattern's possible first characters one position at a time when
    they are common letters, which ``str.find`` does not. :meth:`search` gives the match the
    :func:`prefix_tree` of the names would give."""

    def __init__(self, names: Sequence[str]) -> None:
        self.rx = re.compile(prefix_tree(names))
        # a match starts where one of these does: each name's first characters, up to three, no space
        self.heads = sorted({re.split(r"\s", n, maxsplit=1)[0][:3] for n in names})

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else endpos
        heads = self.heads
        nxt = [text.find(h, pos, end) for h in heads]  # where each head occurs next
        while True:
            live = [at for at in nxt if at >= 0]
            if not live:
                return None
            at = min(live)
            m = self.rx.match(text, at, end)
            if m is not None:
                return m
            # only the heads that occur here are looked for again
            nxt = [text.find(h, at + 1, end) if a == at else a for a, h in zip(nxt, heads, strict=True)]

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        end = len(text) if endpos is None else endpos
        while (m := self.search(text, pos, end)) is not None:
            yield m
            pos = max(m.end(), m.start() + 1)


NameScan = re.Pattern[str] | LiteralScan
"""A scan for where names start: a compiled regex or a :class:`LiteralScan`."""


def name_scans(names: Sequence[str]) -> list[NameScan]:
    """Scans that together find where any of ``names`` starts, as one :func:`prefix_tree` of them
    would (:func:`leftmost_starts`): the names whose first character is a lower-case ASCII letter
    apart from the others (a :class:`LiteralScan`), as ``re`` scans a text fast for a pattern's
    possible first characters only when common letters are not among them."""
    lower = [n for n in names if n[0].isascii() and n[0].islower()]
    rest = [n for n in names if not (n[0].isascii() and n[0].islower())]
    out: list[NameScan] = [re.compile(prefix_tree(rest))] if rest else []
    return out + ([LiteralScan(lower)] if lower else [])


def leftmost_starts(text: str, start: int, end: int, scans: Sequence[NameScan]) -> list[int]:
    """Where the matches of one regex alternating ``scans`` (whose possible first characters do not
    overlap) start in ``text[start:end]``, leftmost first and without overlapping, as ``finditer``
    would give them."""
    if len(scans) == 1:
        return [m.start() for m in scans[0].finditer(text, start, end)]
    pending = [rx.search(text, start, end) for rx in scans]
    out: list[int] = []
    while True:
        live = [m for m in pending if m is not None]
        if not live:
            return out
        first = min(live, key=lambda m: m.start())
        out.append(first.start())
        pos = max(first.end(), first.start() + 1)
        pending = [m if m is None or m.start() >= pos else rx.search(text, pos, end)
                   for m, rx in zip(pending, scans, strict=True)]
