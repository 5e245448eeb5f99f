"""Credit detection (syndetect.provenance.credits): every form for every agency and language the
module supports, the look-alikes it must leave alone, exact offsets on the seed corpus, the API's
errors and the batch entry point."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from syndetect.errors import ConfigError, ConfigTypeError, CorpusTypeError, SyndetectError
from syndetect.provenance.credits import (
    DEFAULT_AGENCIES,
    KINDS,
    Agency,
    Credit,
    find_credits,
    find_credits_batch,
)

SEEDS = Path(__file__).resolve().parents[1] / "data" / "seeds"

CANONICAL = [
    "Reuters", "Associated Press", "AFP", "dpa", "EFE", "ANSA", "Xinhua", "PTI", "ANI", "IANS", "Bernama",
    "Anadolu", "APP", "Kyodo", "Yonhap", "TASS", "Antara", "Europa Press", "Bloomberg", "UPI", "PR Newswire",
    "Business Wire", "Globe Newswire",
]


def _seed(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def _one(text: str, marked: str) -> Credit:
    """The only credit found in ``text``; its span is the one occurrence of ``marked``."""
    credits = find_credits(text)
    assert len(credits) == 1, credits
    start = text.index(marked)
    assert text.index(marked, start) == start
    assert (credits[0].start, credits[0].end) == (start, start + len(marked)), (
        credits[0], text[credits[0].start : credits[0].end]
    )
    return credits[0]


def _agencies(text: str) -> list[tuple[str, str]]:
    return [(c.agency, c.kind) for c in find_credits(text)]


def test_default_agencies_are_the_canonical_names() -> None:
    assert [a.name for a in DEFAULT_AGENCIES] == CANONICAL


# --- seed corpus: exact offsets ---------------------------------------------------------------------


def test_seed_001_reuters_reports() -> None:
    text = _seed("001")
    assert find_credits(text) == (Credit(388, 404, "Reuters", "attribution"),)
    assert text[388:404] == "Reuters\xa0reports:"


def test_seed_003_reuters_has_the_story_and_dateline() -> None:
    text = _seed("003")
    assert find_credits(text) == (
        Credit(1939, 1961, "Reuters", "attribution"),
        Credit(2034, 2060, "Reuters", "dateline"),
    )
    assert text[1939:1961] == "Reuters has the story:"
    assert text[2034:2060] == "BAGHDAD, Jan 5 (Reuters) –"
    # the AP-style dateline later in the page ("BAGHDAD — ...") names no agency: not a credit
    assert "\nBAGHDAD — Iraqi" in text


def test_seed_000_carries_the_reuters_passage_without_credit() -> None:
    """000 reprints the Reuters passage with no credit; its only agency name is a photo credit
    ("Credit: AP" under a caption), which credits the picture, not the text."""
    text = _seed("000")
    assert "Reuters" not in text
    assert "Credit: AP" in text
    assert find_credits(text) == ()


@pytest.mark.parametrize("prefix", ["002", "004"])
def test_other_seeds_have_no_agency_credit(prefix: str) -> None:
    # 002 ends "Source: The Guardian" (an outlet, not an agency); 004 cites the New York Times
    assert find_credits(_seed(prefix)) == ()


# --- datelines ---------------------------------------------------------------------------------------

DATELINES = [
    ("BAGHDAD, Jan 5 (Reuters) - The Iraqi government", "BAGHDAD, Jan 5 (Reuters) -", "Reuters"),
    ("LONDON (Reuters) - Britain's economy", "LONDON (Reuters) -", "Reuters"),
    ("WASHINGTON (AP) — The Senate voted", "WASHINGTON (AP) —", "Associated Press"),
    ("NEW ORLEANS, La. (AP) — Crews worked", "NEW ORLEANS, La. (AP) —", "Associated Press"),
    ("PARIS, 5 janvier 2024 (AFP) - Le gouvernement", "PARIS, 5 janvier 2024 (AFP) -", "AFP"),
    ("Paris (AFP) - Le gouvernement", "Paris (AFP) -", "AFP"),
    ("Berlin (dpa) - Die Bundesregierung", "Berlin (dpa) -", "dpa"),
    ("München (dpa/lby) - Die Polizei", "München (dpa/lby) -", "dpa"),
    ("BERLIN, 5. Januar (dpa) - Die Regierung", "BERLIN, 5. Januar (dpa) -", "dpa"),
    ("Madrid, 5 ene (EFE).- El Gobierno", "Madrid, 5 ene (EFE).-", "EFE"),
    ("Bogotá, 5 de enero (EFE).- El presidente", "Bogotá, 5 de enero (EFE).-", "EFE"),
    ("MADRID, 5 (EUROPA PRESS) - El Gobierno", "MADRID, 5 (EUROPA PRESS) -", "Europa Press"),
    ("BEIJING, Jan. 5 (Xinhua) -- China's economy", "BEIJING, Jan. 5 (Xinhua) --", "Xinhua"),
    ("New Delhi, Jan 5 (PTI) The government", "New Delhi, Jan 5 (PTI)", "PTI"),
    ("New Delhi [India], Jan 5 (ANI): The government", "New Delhi [India], Jan 5 (ANI):", "ANI"),
    ("Mumbai, Jan 5 (IANS) The market", "Mumbai, Jan 5 (IANS)", "IANS"),
    ("KUALA LUMPUR, Jan 5 (Bernama) -- The government", "KUALA LUMPUR, Jan 5 (Bernama) --", "Bernama"),
    ("ANKARA (AA) - Turkey's president", "ANKARA (AA) -", "Anadolu"),
    ("ISLAMABAD, Jan 5 (APP): Prime Minister", "ISLAMABAD, Jan 5 (APP):", "APP"),
    ("TOKYO, Jan. 5 (Kyodo) -- Japan's government", "TOKYO, Jan. 5 (Kyodo) --", "Kyodo"),
    ("SEOUL, Jan. 5 (Yonhap) -- South Korea", "SEOUL, Jan. 5 (Yonhap) --", "Yonhap"),
    ("MOSCOW, January 5. /TASS/. Russia's", "MOSCOW, January 5. /TASS/.", "TASS"),
    ("МОСКВА, 5 января. /ТАСС/. Президент", "МОСКВА, 5 января. /ТАСС/.", "TASS"),
    ("Jakarta (ANTARA) - Pemerintah", "Jakarta (ANTARA) -", "Antara"),
    ("Jakarta, 5/1 (ANTARA) - Pemerintah", "Jakarta, 5/1 (ANTARA) -", "Antara"),
    ("NEW YORK (Bloomberg) -- Stocks rose", "NEW YORK (Bloomberg) --", "Bloomberg"),
    ("WASHINGTON, Jan. 5 (UPI) -- The Pentagon", "WASHINGTON, Jan. 5 (UPI) --", "UPI"),
    ("(ANSA) - ROMA, 05 GEN - Il governo", "(ANSA) -", "ANSA"),
]


@pytest.mark.parametrize(("text", "marked", "agency"), DATELINES)
def test_datelines(text: str, marked: str, agency: str) -> None:
    credit = _one("Headline of the story\n\n" + text + " said on Friday.", marked)
    assert (credit.agency, credit.kind) == (agency, "dateline")


def test_dateline_after_a_headline_on_the_same_line() -> None:
    """A flattened page puts the capitalised dateline after the headline on one line."""
    text = "Iraq prepares to close coalition mission - PM statement BAGHDAD, Jan 5 (Reuters) - The Iraqi"
    _one(text, "BAGHDAD, Jan 5 (Reuters) -")


NEWSWIRES = [
    ("NEW YORK, Jan. 5, 2024 /PRNewswire/ -- Acme Corp today", "NEW YORK, Jan. 5, 2024 /PRNewswire/ --",
     "PR Newswire"),
    ("SHANGHAI, Jan. 5, 2024 /PRNewswire-Asia/ -- Acme", "SHANGHAI, Jan. 5, 2024 /PRNewswire-Asia/ --",
     "PR Newswire"),
    ("SAN FRANCISCO--(BUSINESS WIRE)--Acme Corp today", "SAN FRANCISCO--(BUSINESS WIRE)--", "Business Wire"),
    ("NEW YORK, Jan. 05, 2024 (GLOBE NEWSWIRE) -- Acme", "NEW YORK, Jan. 05, 2024 (GLOBE NEWSWIRE) --",
     "Globe Newswire"),
]


@pytest.mark.parametrize(("text", "marked", "agency"), NEWSWIRES)
def test_newswires(text: str, marked: str, agency: str) -> None:
    credit = _one(text + " announced results.", marked)
    assert (credit.agency, credit.kind) == (agency, "newswire")


CJK_DATELINES = [
    ("新华社北京1月5日电（记者张三）国务院总理", "新华社北京1月5日电", "Xinhua"),
    ("新华网北京1月5日电 国务院", "新华网北京1月5日电", "Xinhua"),
    ("【ワシントン共同】米政府は5日", "【ワシントン共同】", "Kyodo"),
    ("(서울=연합뉴스) 홍길동 기자 = 정부는", "(서울=연합뉴스)", "Yonhap"),
]


@pytest.mark.parametrize(("text", "marked", "agency"), CJK_DATELINES)
def test_cjk_datelines(text: str, marked: str, agency: str) -> None:
    credit = _one(text, marked)
    assert (credit.agency, credit.kind) == (agency, "dateline")


# --- brackets inside the text -------------------------------------------------------------------------

INLINE = [
    ("The talks ended without a deal, officials said. (AFP)", "(AFP)", "AFP"),
    ("The talks ended without a deal (Reuters) and resume next week.", "(Reuters)", "Reuters"),
    ("The ceasefire held overnight.\n(AP)\n", "(AP)", "Associated Press"),
    ("Flooding closed roads. (Xinhua)\nMore rain is forecast.", "(Xinhua)", "Xinhua"),
    ("Die Gespräche gehen weiter (dpa)", "(dpa)", "dpa"),
    ("Il governo ha approvato il decreto. (ANSA)", "(ANSA)", "ANSA"),
    ("国务院召开常务会议。（新华社）", "（新华社）", "Xinhua"),
    ("政府は対策を発表した。（共同）", "（共同）", "Kyodo"),
]


@pytest.mark.parametrize(("text", "marked", "agency"), INLINE)
def test_inline_brackets(text: str, marked: str, agency: str) -> None:
    credit = _one(text, marked)
    assert credit.agency == agency
    assert credit.kind in {"inline", "signoff"}


# --- attributions -----------------------------------------------------------------------------------

ATTRIBUTIONS = [
    # English
    ("The deal collapsed, according to Reuters.", "according to Reuters", "Reuters"),
    ("The deal collapsed, according to the Associated Press.", "according to the Associated Press",
     "Associated Press"),
    ("The deal collapsed, according to AP, citing officials.", "according to AP", "Associated Press"),
    ("According to Agence France-Presse, the deal collapsed.", "According to Agence France-Presse", "AFP"),
    ("The toll rose to 12, according to China's official Xinhua news agency.",
     "according to China's official Xinhua news agency", "Xinhua"),
    ("The toll rose, according to the state-run Anadolu Agency.", "according to the state-run Anadolu Agency",
     "Anadolu"),
    ("Police made arrests, according to Press Trust of India.", "according to Press Trust of India", "PTI"),
    ("Reuters reports:\nThe cleric said", "Reuters reports:", "Reuters"),
    ("Reuters has the story:\nThe government", "Reuters has the story:", "Reuters"),
    ("The Associated Press reported on Monday that", "Associated Press reported", "Associated Press"),
    ("Bloomberg News reported that the bank", "Bloomberg News reported", "Bloomberg"),
    ("The firm filed for bankruptcy, Bloomberg reported.", "Bloomberg reported", "Bloomberg"),
    ("Yonhap News Agency reported that the North fired", "Yonhap News Agency reported", "Yonhap"),
    ("Kyodo News reported, citing sources.", "Kyodo News reported", "Kyodo"),
    ("TASS reported that the talks", "TASS reported", "TASS"),
    ("The story was first reported by Reuters.", "reported by Reuters", "Reuters"),
    # French
    ("Le bilan s'est alourdi, selon l'AFP.", "selon l'AFP", "AFP"),
    ("Le bilan s’est alourdi, selon l’AFP.", "selon l’AFP", "AFP"),
    ("Le bilan s'est alourdi, rapporte l'agence Reuters.", "rapporte l'agence Reuters", "Reuters"),
    ("Selon Reuters, le bilan s'est alourdi.", "Selon Reuters", "Reuters"),
    # Spanish
    ("El balance aumentó, según EFE.", "según EFE", "EFE"),
    ("Según Europa Press, el Gobierno", "Según Europa Press", "Europa Press"),
    ("El Gobierno aprobó el plan, informa Europa Press.", "informa Europa Press", "Europa Press"),
    ("El balance aumentó, según la AFP.", "según la AFP", "AFP"),
    ("El balance aumentó, informó la agencia EFE.", "informó la agencia EFE", "EFE"),
    # German
    ("Die Regierung plant Kürzungen, berichtet dpa.", "berichtet dpa", "dpa"),
    ("Die Regierung plant Kürzungen, wie die Nachrichtenagentur dpa berichtet.",
     "die Nachrichtenagentur dpa berichtet", "dpa"),
    ("Laut dpa plant die Regierung Kürzungen.", "Laut dpa", "dpa"),
    ("Die Regierung plant Kürzungen, meldet die Deutsche Presse-Agentur.",
     "meldet die Deutsche Presse-Agentur", "dpa"),
    ("Die Regierung plant Kürzungen, berichtet AFP.", "berichtet AFP", "AFP"),
    # Italian
    ("Il governo ha approvato il decreto, informa ANSA.", "informa ANSA", "ANSA"),
    ("Il governo ha approvato il decreto, secondo l'Ansa.", "secondo l'Ansa", "ANSA"),
    ("Il governo ha approvato il decreto, riferisce l'ANSA.", "riferisce l'ANSA", "ANSA"),
    # Indonesian / Malay
    ("Pemerintah menaikkan harga, menurut Antara.", "menurut Antara", "Antara"),
    ("Pemerintah menaikkan harga, seperti dikutip dari Antara.", "dikutip dari Antara", "Antara"),
    ("Kerajaan mengumumkan bantuan, lapor Bernama.", "lapor Bernama", "Bernama"),
    # Russian
    ("Переговоры продолжатся, сообщает ТАСС.", "сообщает ТАСС", "TASS"),
    # Chinese / Japanese / Korean
    ("据新华社报道，国务院召开会议。", "据新华社报道", "Xinhua"),
    ("据路透社报道，油价上涨。", "据路透社报道", "Reuters"),
    ("共同通信によると、政府は", "共同通信によると", "Kyodo"),
    ("연합뉴스에 따르면 정부는", "연합뉴스에 따르면", "Yonhap"),
]


@pytest.mark.parametrize(("text", "marked", "agency"), ATTRIBUTIONS)
def test_attributions(text: str, marked: str, agency: str) -> None:
    credits = find_credits(text)
    assert len(credits) == 1, credits
    (credit,) = credits
    start = text.index(marked)
    # the span covers the agency's name and lies within the attribution phrase
    assert credit.agency == agency
    assert credit.kind == "attribution"
    assert start <= credit.start < credit.end <= start + len(marked) + 1, (
        credit, text[credit.start : credit.end]
    )


def test_attribution_lists_give_one_credit_per_agency() -> None:
    text = "Dozens were killed, according to Reuters and the Associated Press."
    assert sorted(c.agency for c in find_credits(text)) == ["Associated Press", "Reuters"]


QUOTES_TO_AGENCY = [
    ("“We will not retreat,” a senior official told Reuters.", "told Reuters", "Reuters"),
    ("“The work will finish before the monsoon,” the official told PTI.", "told PTI", "PTI"),
    ("« Nous n'avons plus rien », a déclaré à l'AFP une habitante.", "déclaré à l'AFP", "AFP"),
    ("“No vamos a retroceder”, dijo a Reuters un alto funcionario.", "dijo a Reuters", "Reuters"),
    ("“Perdemos tudo”, disse à Reuters uma moradora.", "disse à Reuters", "Reuters"),
    ("«Siamo pronti», ha detto all'ANSA il sindaco.", "detto all'ANSA", "ANSA"),
    ("„Wir rechnen mit Verzögerungen“, sagte ein Sprecher der Deutschen Presse-Agentur.",
     "sagte ein Sprecher der Deutschen Presse-Agentur", "dpa"),
    ("Proyek itu selesai tahun depan, katanya kepada Antara.", "kepada Antara", "Antara"),
    ("Bakanlık yetkilileri, AA muhabirine yaptıkları açıklamada", "AA muhabirine", "Anadolu"),
]


@pytest.mark.parametrize(("text", "marked", "agency"), QUOTES_TO_AGENCY)
def test_a_quote_given_to_an_agency_is_an_attribution(text: str, marked: str, agency: str) -> None:
    (credit,) = find_credits(text)
    start = text.index(marked)
    assert (credit.agency, credit.kind) == (agency, "attribution")
    assert start <= credit.start < credit.end <= start + len(marked)


POSTPOSITIONS = [
    ("AP'nin haberine göre, polis dört kişiyi gözaltına aldı.", "Associated Press"),
    ("Alman haber ajansı DPA'nın haberine göre, otoyol kapalı kalacak.", "dpa"),
    ("Bloomberg'in haberine göre, fon halka arzı değerlendiriyor.", "Bloomberg"),
    ("ترک خبر رساں ادارے انادولو کے مطابق پولیس نے 35 مشتبہ افراد کو حراست میں لے لیا۔", "Anadolu"),
    ("کمپنی 1200 ملازمین کو فارغ کرے گی، رائٹرز کی رپورٹ کے مطابق فیصلہ کیا گیا۔", "Reuters"),
    ("एएफपी के मुताबिक, तूफान से कम से कम 20 लोगों की मौत हुई है।", "AFP"),
    ("न्यूज एजेंसी एएनआई के मुताबिक, पुलिस ने दो आरोपियों को गिरफ्तार कर लिया है।", "ANI"),
]


@pytest.mark.parametrize(("text", "agency"), POSTPOSITIONS)
def test_postpositional_attributions(text: str, agency: str) -> None:
    assert _agencies(text) == [(agency, "attribution")]


@pytest.mark.parametrize(
    ("text", "agency"),
    [("اسلام آباد (اے پی پی) وفاقی وزیر خزانہ نے کہا", "APP"), ("मुंबई, 5 जनवरी (आईएएनएस)। शेयर बाजार", "IANS"),
     ("ERZURUM\xa0(AA)\xa0- Kentte hava sıcaklığı", "Anadolu"), ("路透北京1月5日 - 中国央行", "Reuters")],
)
def test_datelines_in_other_scripts_and_with_no_break_spaces(text: str, agency: str) -> None:
    assert [c.agency for c in find_credits(text)] == [agency]


COMBINED = [
    ("At least nine people were injured. — AFP/Reuters", ["AFP", "Reuters"]),
    ("ROMA (ANSA-AFP) - Il governo", ["AFP", "ANSA"]),
    ("Die Gespräche gehen weiter.\nlmb/dpa/AFP", ["AFP", "dpa"]),
    ("Las conversaciones siguen. Con información de Reuters y AFP.", ["AFP", "Reuters"]),
    ("As buscas foram suspensas. Com informações da AFP e da Reuters", ["AFP", "Reuters"]),
    ("A votação foi adiada para fevereiro. (Com AFP)", ["AFP"]),
    ("The suspect was released on bail last year. With files from The Associated Press",
     ["Associated Press"]),
    ("The ceasefire held overnight.\n— with AP", ["Associated Press"]),
]


@pytest.mark.parametrize(("text", "agencies"), COMBINED)
def test_combined_and_with_credits(text: str, agencies: list[str]) -> None:
    assert sorted(c.agency for c in find_credits(text)) == agencies


@pytest.mark.parametrize(
    ("text", "agency"),
    [("Pewarta: Rina Kusuma\nCopyright © ANTARA 2026", "Antara"), ("©2026 Bloomberg L.P.", "Bloomberg"),
     ("RIPRODUZIONE RISERVATA © Copyright ANSA", "ANSA"), ("© dpa-infocom, dpa:240105-99-1", "dpa"),
     ("Agence France-Presse in Nairobi\nAt least 17 people died", "AFP"),
     ("Agencia EFE | Quito\nEl volcán Sangay registró", "EFE"),
     ("Kyiv said it shot down 40 drones overnight (AFP), and Moscow reported attacks", "AFP"),
     ("The ship was turned back at Durban on Friday, an AP report said.", "Associated Press"),
     ("Le tir a été détecté vers 7h30, selon l'agence sud-coréenne Yonhap.", "Yonhap"),
     ("Almeno venti persone sono morte, secondo quanto riferisce l'Afp.", "AFP"),
     ("Quatro pessoas foram presas, segundo a agência Associated Press.", "Associated Press"),
     ("Der Konzern prüft den Verkauf, berichtete die Nachrichtenagentur Reuters unter Berufung auf Insider.",
      "Reuters")],
)
def test_more_forms(text: str, agency: str) -> None:
    assert [c.agency for c in find_credits(text)] == [agency]


# --- sign-offs and bylines ----------------------------------------------------------------------------

SIGNOFFS = [
    ("The talks resume next week.\n\n— Reuters\n", "— Reuters", "Reuters"),
    ("The talks resume next week. - AFP\n", "- AFP", "AFP"),
    ("Talks resume next week.\n-- BERNAMA\n", "-- BERNAMA", "Bernama"),
    ("The talks resume next week.\n(Reporting by Jane Doe in Baghdad; Editing by John Roe)\n",
     "Reporting by Jane Doe in Baghdad; Editing by John Roe", "Reuters"),
    ("The talks resume next week.\n(Writing by Jane Doe; Editing by John Roe)\n",
     "Writing by Jane Doe; Editing by John Roe", "Reuters"),
    ("The talks resume next week.\n(Reporting by Jane Doe)\n", "Reporting by Jane Doe", "Reuters"),
    ("The talks resume next week.\nReporting by Jane Doe; Writing by Ali Smith; Editing by John Roe\n",
     "Reporting by Jane Doe; Writing by Ali Smith; Editing by John Roe", "Reuters"),
    ("Associated Press writers Jane Doe in London and Ali Smith in Paris contributed to this report.",
     "Associated Press writers Jane Doe in London and Ali Smith in Paris contributed to this report",
     "Associated Press"),
    ("The Associated Press contributed to this report.", "The Associated Press contributed to this report",
     "Associated Press"),
    ("The police have registered a case.\n(With inputs from PTI)", "With inputs from PTI", "PTI"),
    ("The talks resume next week.\nSource: Reuters\n", "Source: Reuters", "Reuters"),
    ("The talks resume next week.\nCopyright 2024 The Associated Press. All rights reserved.",
     "Copyright 2024 The Associated Press", "Associated Press"),
    ("La réunion reprendra lundi.\nLe Monde avec AFP\n", "avec AFP", "AFP"),
    ("Die Gespräche gehen weiter.\nMit Material von dpa\n", "Mit Material von dpa", "dpa"),
    ("The police have registered a case.\nPTI ABC DEF\n", "PTI ABC DEF", "PTI"),
    ("来源：新华社", "来源：新华社", "Xinhua"),
]


@pytest.mark.parametrize(("text", "marked", "agency"), SIGNOFFS)
def test_signoffs(text: str, marked: str, agency: str) -> None:
    credit = _one(text, marked)
    assert (credit.agency, credit.kind) == (agency, "signoff")


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("By Reuters Staff\n\nThe market fell.", "Reuters"),
        ("By The Associated Press\nThe vote", "Associated Press"),
        ("By JANE DOE Associated Press\nThe vote", "Associated Press"),
        ("By AFP\nThe vote", "AFP"),
    ],
)
def test_bylines(text: str, agency: str) -> None:
    assert _agencies(text) == [(agency, "byline")]


# --- look-alikes that are not credits -----------------------------------------------------------------

NEGATIVES = [
    # sentences about an agency
    "Two Reuters journalists were detained in Myanmar.",
    "The AP stylebook now allows the singular they.",
    "AFP's photographer was injured in the blast.",
    "Reuters' coverage won an award.",
    "The Reuters Institute published its digital news report.",
    "Thomson Reuters shares rose 2% on Tuesday.",
    "Bloomberg, the former mayor, spoke at the rally.",
    "A Reuters reporter asked the minister a question.",
    # common abbreviations and words
    "Heavy rain lashed AP and Telangana on Monday.",
    "Andhra Pradesh (AP) reported 500 new cases on Monday.",
    "Students sitting AP exams face new rules.",
    "The AP government announced a new scheme.",
    "The Australian Federal Police (AFP) arrested two men, the AFP said.",
    "Pack two AA batteries and a torch.",
    "Pay with UPI at the counter; UPI payments rose 40%.",
    "The firm signed a deferred prosecution agreement (DPA) with prosecutors.",
    "The bank agreed a DPA with the Serious Fraud Office.",
    "Ani said she would return to Kathmandu.",
    "ANI Technologies runs the Ola app.",
    "Download the APP today to get 10% off.",
    "Pakistan Tehreek-e-Insaf (PTI) leaders met in Lahore.",
    "PTI leaders said the election was rigged.",
    "Antara lain, pemerintah menaikkan harga BBM.",
    # URLs and e-mail addresses
    "Read more at https://www.reuters.com/world/Reuters-story and https://apnews.com/AP/article",
    "Write to news@Reuters.com or visit Reuters.com for details.",
    "See www.afp.com/en/AFP for the full text.",
    # photo credits
    "A convoy arrives near Dahuk. Credit: AP",
    "Protesters gather in Baghdad. REUTERS/Thaier al-Sudani",
    "Protesters gather in Baghdad. (AP Photo/Hadi Mizban)",
    "Protesters gather in Baghdad. Photo: AFP",
    "(Photo: © AFP)",
    "La police fédérale australienne (AFP) a saisi 300 kg de méthamphétamine.",
    "Pertubuhan Berita Nasional Malaysia (Bernama) menganjurkan majlis sambutan ulang tahunnya.",
    "Macapá (AP) - A prefeitura anunciou novas obras.",
    "A Reuters/Ipsos poll found support at 40%.",
    "Reuters could not independently verify the footage.",
    "Police were called at 9pm. Photo: Jane Doe/AFP",
    "Protesters gather in Beijing. (Xinhua/Li Ming)",
    "Bloomberg Philanthropies gave $5 million, Michael Bloomberg said.",
    "The shop on Xinhua Road closed.",
    "美联储宣布加息。",
    "Anadolu Efes won the title.",
    "Seorang pria bernama Budi ditangkap polisi.",
    "The EFECTO of the referendum was small.",
    "Visit www.aa.com.tr or write to press@afp.com",
    "The police have registered a case. (With inputs from agencies)",
    # datelines without an agency
    "BAGHDAD — Iraq's prime minister condemned the strike.",
    # other languages
    "Pemerintah menaikkan harga antara Januari dan Maret.",
    "中美双方共同报道了这一消息。",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_look_alikes_are_not_credits(text: str) -> None:
    assert find_credits(text) == (), [(c, text[c.start : c.end]) for c in find_credits(text)]


def test_case_matters() -> None:
    assert find_credits("LONDON (reuters) - Britain") == ()
    assert _agencies("LONDON (REUTERS) - Britain") == [("Reuters", "dateline")]


# --- API ----------------------------------------------------------------------------------------------


def test_credits_are_sorted_and_kinds_are_known() -> None:
    text = (
        "Reuters reports:\nLONDON (Reuters) - Britain's economy grew, according to AFP.\n"
        "(Reporting by Jane Doe; Editing by John Roe)"
    )
    credits = find_credits(text)
    assert [c.start for c in credits] == sorted(c.start for c in credits)
    assert [(c.agency, c.kind) for c in credits] == [
        ("Reuters", "attribution"), ("Reuters", "dateline"), ("AFP", "attribution"), ("Reuters", "signoff"),
    ]
    assert {c.kind for c in credits} <= set(KINDS)


def test_batch_matches_single_calls() -> None:
    texts = [_seed(p) for p in ("000", "001", "002", "003", "004")] + ["", "PARIS (AFP) - x"]
    assert find_credits_batch(texts) == [find_credits(t) for t in texts]
    assert find_credits_batch(iter(texts)) == [find_credits(t) for t in texts]


def test_a_user_agency_list_extends_the_default() -> None:
    lusa = Agency("Lusa", aliases=("Lusa", "LUSA", "Agência Lusa"))
    text = "LISBOA, 5 jan (Lusa) - O governo aprovou o plano, segundo a Lusa."
    assert find_credits(text) == ()
    found = find_credits(text, (*DEFAULT_AGENCIES, lusa))
    assert [(c.agency, c.kind) for c in found] == [("Lusa", "dateline"), ("Lusa", "attribution")]
    assert find_credits(text, [*DEFAULT_AGENCIES, lusa]) == found  # any sequence


def test_acronyms_of_a_user_agency_are_strict() -> None:
    ag = Agency("Example", aliases=("Example News",), acronyms=("EN",))
    assert [c.kind for c in find_credits("OSLO (EN) - The vote", [ag])] == ["dateline"]
    assert find_credits("Results in EN reported today.", [ag]) == ()


def test_an_empty_agency_list_finds_nothing() -> None:
    assert find_credits("LONDON (Reuters) - x", ()) == ()


@pytest.mark.parametrize(
    ("make", "error"),
    [
        (lambda: Agency("", ("x",)), ConfigTypeError),
        (lambda: Agency("X", "X"), ConfigTypeError),  # a str, not a tuple
        (lambda: Agency("X", ()), ConfigError),
        (lambda: Agency("X", (" X",)), ConfigError),
        (lambda: Agency("X", ("X",), patterns=(("bogus", "x"),)), ConfigError),
        (lambda: Agency("X", ("X",), patterns=(("signoff", "("),)), ConfigError),
        (lambda: find_credits("x", [Agency("A", ("Same",)), Agency("B", ("Same",))]), ConfigError),
        (lambda: find_credits("x", [Agency("A", ("A1",)), Agency("A", ("A2",))]), ConfigError),
        (lambda: find_credits("x", ["Reuters"]), ConfigTypeError),  # type: ignore[list-item]
        (lambda: find_credits("x", "Reuters"), ConfigTypeError),  # type: ignore[arg-type]
        (lambda: find_credits(b"LONDON (Reuters)"), CorpusTypeError),  # type: ignore[arg-type]
        (lambda: find_credits_batch("LONDON (Reuters)"), CorpusTypeError),
        (lambda: find_credits_batch(["ok", b"x"]), CorpusTypeError),  # type: ignore[list-item]
    ],
)
def test_errors_are_syndetect_errors(make: object, error: type[Exception]) -> None:
    with pytest.raises(error) as info:
        make()  # type: ignore[operator]
    assert isinstance(info.value, SyndetectError)
    assert len(str(info.value)) > 20


# --- the evaluation script's scoring ----------------------------------------------------------------


def test_eval_matching_is_one_to_one_by_agency_and_overlap(tmp_path: Path) -> None:
    from benchmarks.quality.credits_eval import Gold, load, match, score

    gold = [Gold(0, 10, "Reuters"), Gold(5, 15, "Reuters"), Gold(20, 30, "AFP")]
    pred = [Credit(8, 12, "Reuters", "inline"), Credit(0, 6, "Reuters", "dateline"),
            Credit(20, 30, "Reuters", "inline")]
    # a maximum matching: both Reuters gold credits are matched, whatever the order
    assert sorted(match(gold, pred).items()) == [(0, 1), (1, 0)]
    assert match(gold, pred[::-1]).keys() == {0, 1}

    path = tmp_path / "x.jsonl"
    rows = [
        {"id": "a", "lang": "en", "text": "LONDON (Reuters) - x, according to AFP.",
         "credits": [{"start": 0, "end": 16, "agency": "Reuters"}, {"start": 0, "end": 6, "agency": "AP"}]},
        {"id": "b", "lang": "fr", "text": "Two Reuters journalists. Paris (AFP) - y", "credits": []},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    report = score(load(path))
    assert (report.overall.gold, report.overall.predicted) == (2, 3)
    assert (report.overall.matched_gold, report.overall.matched_pred) == (1, 1)
    assert report.by_lang["fr"].precision == 0.0
    assert report.by_lang["fr"].recall is None
    assert [g.agency for _, g in report.misses] == ["AP"]
    assert [(c.id, p.agency) for c, p in report.false_alarms] == [("a", "AFP"), ("b", "AFP")]
