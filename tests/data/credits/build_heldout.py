#!/usr/bin/env python3
"""Build the HELD-OUT labelled wire-credit set: heldout.jsonl.

This set exists for one purpose: the final, honest measurement of a credit detector after the
detector has been developed and tuned on dev.jsonl (and checked on test.jsonl).  Do not look at
its records while working on a detector, do not tune on its errors, and do not copy records from
it into other tests.  Once it has been used to steer a change it no longer measures anything, and
a new held-out set must be written.

Every record below was written by hand for this set, independently of the detector and of the
first set (build.py): no record of dev.jsonl or test.jsonl was reused or edited, and check
``check_independent`` refuses any text that shares a run of SHARED_WORDS words with them.
Places, dates and figures are plausible but the events are invented, and the names of reporters,
editors, photographers and most companies are made up.

Mark-up (the same as build.py).  A credit is written ``⟦F:Agency|span text⟧``:

* ``F`` is the form of the credit (see FORMS),
* ``Agency`` is one of the canonical names in AGENCIES,
* ``span text`` is the text that is kept and whose offsets are recorded.

A negative (a text that credits no agency) is written ``N("kind", "text")`` and must not contain
any mark-up.  The span conventions are those of README.md ("Span conventions").

Convention decisions beyond README.md (made while writing this set; a detector developer should
not need them, and must not read them as a list of cases to handle):

* A chart or table caption whose data come from an agency ("Chart: ... Source: Bloomberg") is a
  negative of kind "chart"; "Source: Xinhua", "Kaynak: AA", "Quelle: dpa" closing a story are
  sign-offs, as "Fuente: EFE" is in the first set.
* Polls, rankings and indexes named after an agency (AP-NORC poll, AP Top 25, Bloomberg
  Billionaires Index, 彭博亿万富翁指数) are negatives of kind "poll", even after "according to".
  A tally the agency compiled itself ("according to a Reuters tally", "an AFP tally") is its
  reporting and is an attribution.
* An interview given to the agency's own television ("In an interview with Bloomberg Television")
  credits the agency.
* End marks that do not name the agency are not credits: Yonhap "(END)", Xinhua "Enditem", "（完）",
  PR Newswire "SOURCE <company>".  Kyodo's "==Kyodo" is a sign-off.  PR Newswire's "View original
  content: https://www.prnewswire.com/..." is a URL (a negative on its own, unmarked in a release).
* Bernama's photo line "--fotoBERNAMA (2026) COPYRIGHTS RESERVED" is a photo credit, although it
  looks like a copyright sign-off.  Photo credits include video and graphic credits ("Video:
  Reuters"), and a social-media handle (@Reuters) counts as a URL.
* "Par Le Figaro avec AFP": the byline span is "avec AFP"; the newspaper's name stays outside.
* A closing "(ANI)" after the last sentence is an inline credit (brackets included).
* "X quoted Y as saying": the span ends at the verb ("the TASS news agency quoted"); the person
  quoted, and "citing ..." after a credit, stay outside.
* Turkish quote forms: only the agency with its case suffix is marked ("Reuters'a",
  "Bloomberg'e", "Anadolu Ajansı'na"), the participle stays outside, following README's
  "[AA muhabirine] yaptığı açıklamada".  Malay "ketika dihubungi Bernama" ("when contacted by
  Bernama") is an attribution of a quote, as "kepada Bernama" is.
* Chinese: "对法新社表示" and "接受路透社采访时表示" include the verb, like "told AFP";
  "（综合新华社、路透社报道）" is a combined credit with each name marked.
* A role in fiction ("she plays an AFP correspondent") is a negative of kind "subject".

Run ``python tests/data/credits/build_heldout.py`` to rewrite heldout.jsonl and the held-out
counts in README.md; ``--check`` exits 1 if the files on disk are not what the data gives.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from collections import Counter
from pathlib import Path

from markup import (
    AGENCIES,
    FORMS,
    LANGS,
    NBSP,
    DataError,
    N,
    Neg,
    Record,
    build_records,
    readme_with_counts,
    run_builder,
)

HERE = Path(__file__).resolve().parent
OUT = HERE / "heldout.jsonl"
FIRST_SET = ("dev.jsonl", "test.jsonl")

NEG_KINDS = {
    "subject": "the agency is what the sentence is about (its staff, owner, events, services)",
    "homonym": "the letters name something else (AP = Andhra Pradesh, PTI = a party, AFP = police)",
    "word": "the name is, or is inside, an ordinary word (antara, antarabangsa, bernama, ansa, Efeu)",
    "photo": "a photo, video or graphic credit: it credits the picture, not the text",
    "url": "the name in a URL, an e-mail address or a social-media handle",
    "list": "the agency in a list of outlets (present, invited, barred)",
    "unverified": "the agency says it could NOT verify something: no credit of the text",
    "poll": "a poll, ranking or index named after the agency (Reuters/Ipsos poll)",
    "generic": "a credit to unnamed agencies or a syndication notice that names none",
    "chart": "a chart or table caption whose data source is the agency (Source: Bloomberg)",
}

# ---------------------------------------------------------------------------------------------
# English (wire copy; US, UK, Indian, Pakistani, Malaysian and other Asian reprints)
# ---------------------------------------------------------------------------------------------
EN: list[str | Neg] = [
    # datelines, one or more per agency, in its house style
    "EDINBURGH, Feb 17 ⟦D:Reuters|(Reuters)⟧ - Scotland's state-owned water utility said on Tuesday it"
    " would spend 1.1 billion pounds over five years replacing Victorian-era mains, after a run of bursts"
    " left parts of Glasgow without supply for days.",
    "SINGAPORE ⟦D:Reuters|(Reuters)⟧ - Singapore's non-oil domestic exports rose 4.1% in January from a"
    " year earlier, beating forecasts, as shipments of electronics and pharmaceuticals picked up.",
    "LAGOS, Feb 11 ⟦D:Reuters|(Reuters)⟧ - Nigeria's central bank sold dollars to lenders on Wednesday for"
    " the second time this week to steady the naira, three traders said. Reuters could not independently"
    " verify the size of the sale.",
    "DENVER ⟦D:Associated Press|(AP)⟧ — A Colorado jury on Friday awarded $14 million to the family of a"
    " cyclist killed by a county snowplow, finding that the driver had ignored a supervisor's order to"
    " pull over.",
    f"BANGKOK{NBSP}⟦D:Associated Press|(AP)⟧{NBSP}— Thai authorities ordered schools in 18 provinces to"
    " close on Friday as a haze of fine dust from crop burning settled over the north for a second week.",
    "MARSEILLE ⟦D:AFP|(AFP)⟧ - A fire at a recycling depot north of the port sent a plume of black smoke"
    " over the city on Sunday, and residents of two districts were told to keep their windows shut.",
    "Nairobi ⟦D:AFP|(AFP)⟧ - Doctors in Kenya's public hospitals began a nationwide strike on Wednesday over"
    " months of unpaid salaries, forcing clinics in several counties to turn patients away.",
    "HAMBURG ⟦D:dpa|(dpa)⟧ - Container throughput at Germany's largest port slipped 2.4 percent last year as"
    " shipping lines diverted vessels to Rotterdam and Antwerp, the port authority said on Thursday.",
    "Bogotá, Feb 9 ⟦D:EFE|(EFE)⟧.- Colombia's coffee output fell 7 percent in January from a year earlier"
    " after heavy rains in the main growing regions, the national growers' federation said Monday.",
    "⟦D:ANSA|(ANSA)⟧ - Rome, February 11 - The Italian Senate on Wednesday gave final approval to a bill"
    " that moves civil service entrance exams online, with the first sessions due in September.",
    "Kolkata, Feb 11 ⟦D:PTI|(PTI)⟧ The West Bengal government on Wednesday ordered an inquiry into a fire at"
    " a wholesale market in Burrabazar that gutted more than 60 shops overnight.",
    "Amaravati, Feb 11 ⟦D:PTI|(PTI)⟧ Three new medical colleges will open in the Rayalaseema region this"
    " year, the AP health minister told the Assembly on Wednesday, adding that faculty recruitment had"
    " begun.",
    "Quetta, Feb 11 ⟦D:APP|(APP)⟧: The provincial health department on Wednesday launched a week-long polio"
    " vaccination drive aimed at reaching 2.6 million children across Balochistan.",
    "Lahore, Feb 11 ⟦D:APP|(APP)⟧: The Punjab Assembly on Wednesday passed a bill to regulate private"
    " hostels for students, while the opposition PTI said it would challenge the law in court.",
    "JOHOR BAHRU, 11 Feb ⟦D:Bernama|(Bernama)⟧ -- The state government will open four more temporary relief"
    " centres in Segamat as river levels continue to rise, a state executive councillor said today.",
    "KUALA LUMPUR, 11 Feb ⟦D:Bernama|(Bernama)⟧ -- The Employees Provident Fund has declared a dividend of"
    " 6.1 per cent for conventional savings, its chairman announced this afternoon.\n⟦S:Bernama|-- BERNAMA⟧",
    "Makassar ⟦D:Antara|(ANTARA)⟧ - The South Sulawesi provincial government has set aside Rp45 billion to"
    " repair roads damaged by landslides in Toraja, an official said on Wednesday.",
    "SAPPORO, Feb. 11 ⟦D:Kyodo|(Kyodo)⟧ -- Heavy snow disrupted rail services across Hokkaido on Wednesday,"
    " stranding about 3,000 passengers at New Chitose Airport overnight.\n⟦S:Kyodo|==Kyodo⟧",
    "BUSAN, Feb. 11 ⟦D:Yonhap|(Yonhap)⟧ -- Cargo volume at South Korea's largest port hit a record 24.9"
    " million TEUs last year, the port authority said Wednesday.\n(END)",
    "VLADIVOSTOK, February 11. ⟦D:TASS|/TASS/⟧. The first regular container train from Vladivostok to Kazan"
    " has left the port station, the regional railway said on Wednesday.",
    "MOSCOW, Feb 11 ⟦D:TASS|(TASS)⟧ - The Emergencies Ministry said on Wednesday that ice on the Volga near"
    " Samara was too thin for vehicles and closed three winter crossings.",
    "CAIRO, Feb. 11 ⟦D:Xinhua|(Xinhua)⟧ -- Egypt's annual urban inflation slowed to 11.8 percent in"
    " January, the official statistics agency said on Wednesday.\nEnditem",
    "ISLAMABAD, Feb. 11 ⟦D:Xinhua|(Xinhua)⟧ -- Pakistan's cabinet on Wednesday endorsed a plan to"
    " promote electric motorcycles and rickshaws, officials said.",
    "BOSTON, Feb. 11, 2026 ⟦D:PR Newswire|/PRNewswire/⟧ -- Harborlight Therapeutics, a clinical-stage"
    " biotechnology company, today announced that the first patient has been dosed in its Phase 2 trial of"
    " HLT-204 in chronic kidney disease.",
    "SHANGHAI, Feb. 11, 2026 ⟦D:PR Newswire|/PRNewswire/⟧ -- Lingfeng Mobility, a maker of electric"
    " delivery vans, today unveiled a battery-swap network covering 40 cities.\nView original content:"
    "https://www.prnewswire.com/news-releases/lingfeng-mobility-unveils-battery-swap-network-302390017.html"
    "\nSOURCE Lingfeng Mobility",
    "AUSTIN, Texas--⟦D:Business Wire|(BUSINESS WIRE)⟧--Stonebridge Semiconductor Corp. (NYSE: SBSC) today"
    " reported fourth-quarter revenue of $312 million and announced a $200 million share repurchase"
    " program.",
    "NEW YORK--⟦D:Business Wire|(BUSINESS WIRE)⟧--Calloway Insurance Group will host a conference call to"
    " discuss its full-year results on February 26 at 8:30 a.m. Eastern Time.",
    "CALGARY, Alberta, Feb. 11, 2026 ⟦D:Globe Newswire|(GLOBE NEWSWIRE)⟧ -- Prairie Crest Energy Ltd. (TSX:"
    " PCE) announces its 2026 capital budget of C$410 million and a 5% increase to its monthly dividend.",
    "HOUSTON, Feb. 11, 2026 ⟦D:Globe Newswire|(GLOBE NEWSWIRE)⟧ -- Gulfline Midstream Partners today priced"
    " an offering of $500 million of senior notes due 2033.",
    "Feb. 11 ⟦D:UPI|(UPI)⟧ -- The Federal Aviation Administration on Wednesday ordered inspections of cargo"
    " door latches on about 300 older freighter jets after a door warning light failed on a flight to"
    " Anchorage.",
    "⟦D:Bloomberg|(Bloomberg)⟧ -- Copper fell for a third session in London as stockpiles in Shanghai"
    " warehouses climbed to the highest since last spring.",
    "⟦D:Bloomberg|(Bloomberg)⟧ -- Michael Bloomberg's charity pledged another $250 million to expand free"
    " tutoring in New York City public schools, the foundation said Wednesday.",
    "Guwahati [India], February 11 ⟦D:ANI|(ANI)⟧: The Assam government on Wednesday signed an agreement with"
    " a Singapore-based firm to develop a logistics park near Jogighopa.",
    "Bengaluru, Feb 11 ⟦D:IANS|(IANS)⟧ Karnataka's Transport Minister on Wednesday flagged off 150 electric"
    " buses for the city's public transport corporation.",
    "ISTANBUL ⟦D:Anadolu|(AA)⟧ - A cargo ship that lost power in the Bosphorus was towed to safety on"
    " Wednesday, and traffic in the strait resumed after a three-hour suspension.",
    "Beirut (⟦C:AFP|AFP⟧/⟦C:Reuters|Reuters⟧) — Lebanon's parliament on Tuesday approved a long-delayed law"
    " on restructuring the banking sector, a condition for a loan programme.",
    "Madrid, Feb 11 ⟦D:EFE|(EFE)⟧.- Spain's tourism ministry said Wednesday that foreign visitors spent a"
    " record 9.2 billion euros in January, up 8 percent on the year.",
    # two credits: dateline plus sign-off, or one agency citing another
    "NEW YORK ⟦D:Associated Press|(AP)⟧ — A water main break flooded a subway station in lower Manhattan"
    " during the Monday morning rush, suspending service on two lines for several hours.\n\n"
    "⟦S:Associated Press|Associated Press writer Tomás Reyna contributed to this report.⟧",
    "WASHINGTON, Feb 11 ⟦D:Reuters|(Reuters)⟧ - U.S. mortgage applications rose for a second straight week as"
    " the average 30-year rate slipped below 6%, industry data showed on Wednesday.\n"
    "(⟦S:Reuters|Reporting by Dana Ruiz; Editing by Mark Feldt⟧)",
    "CHENNAI, Feb 11 ⟦D:Reuters|(Reuters)⟧ - A Taiwanese contract manufacturer will invest $1.5 billion in"
    " a new phone assembly plant near Chennai, a Tamil Nadu official said.\n"
    "⟦S:Reuters|Reporting by Arun Iyer in Chennai; Additional reporting by Wen Li in Taipei; Editing by"
    " Janet Cole⟧",
    "SEOUL ⟦D:Associated Press|(AP)⟧ — South Korean prosecutors raided the offices of a crypto exchange on"
    " Wednesday over suspected market manipulation, ⟦A:Yonhap|South Korea's Yonhap news agency reported⟧.",
    "BEIJING ⟦D:AFP|(AFP)⟧ - China will extend visa-free entry to citizens of six more European countries"
    " from March, ⟦A:Xinhua|the official Xinhua news agency said⟧ on Wednesday.",
    "NEW DELHI ⟦D:Reuters|(Reuters)⟧ - At least seven people died when a bus fell into a gorge in Himachal"
    " Pradesh on Wednesday, ⟦A:ANI|news agency ANI reported⟧, citing police.",
    "TOKYO ⟦D:Bloomberg|(Bloomberg)⟧ -- Toyota is considering building a second battery plant in North"
    " Carolina, ⟦A:Kyodo|Kyodo News said⟧, citing people it didn't identify.",
    "New Delhi, Feb 11 ⟦D:IANS|(IANS)⟧ The Delhi government will install 1,200 more CCTV cameras in"
    " markets before the festival season, an official said.\n⟦S:IANS|--IANS⟧\nrvk/pgh",
    "Pune, Feb 11 ⟦D:PTI|(PTI)⟧ A leopard that strayed into a housing society in Hinjewadi was tranquillised"
    " and taken to a rescue centre on Wednesday, forest officials said.\n⟦S:PTI|PTI RMN NSK⟧",
    # attributions: varied verbs, descriptors and word orders
    "The retailer is preparing to shut about 80 of its British stores by the summer, ⟦A:Reuters|according to"
    " a Reuters report⟧ that cited two company insiders.",
    "The bank has hired advisers to explore a sale of its wealth management arm, ⟦A:Reuters|Reuters has"
    " learned⟧.",
    "At least 46 people have been killed in the clashes since Friday, ⟦A:Reuters|according to a Reuters"
    " tally⟧ based on hospital records.",
    "The minister insisted that no decision had been taken, but a senior aide said ⟦A:Reuters|in comments to"
    " Reuters⟧ that the plan was all but settled.",
    "“We had less than ten minutes to get out,” a woman from the village ⟦A:AFP|told Agence France-Presse⟧,"
    " adding that the water rose to the ceiling within the hour.",
    "⟦A:AFP|Agence France-Presse reported⟧ that the convoy reached the border crossing late on Tuesday after"
    " a two-day delay.",
    "The toll from the landslide rose to 19 on Wednesday, ⟦A:AFP|according to an AFP tally⟧ drawn from"
    " local officials.",
    "Three people were taken to hospital with minor injuries, ⟦A:Associated Press|the AP reported⟧.",
    "“Nobody expected the river to rise that fast,” the sheriff said ⟦A:Associated Press|in an interview"
    " with The Associated Press⟧.",
    "The state government will not raise bus fares this year, ⟦A:PTI|the Press Trust of India reported⟧,"
    " quoting the transport minister.",
    "“The tunnel will be ready for trial runs by October,” the project director ⟦A:PTI|told the Press Trust"
    " of India⟧.",
    "The first consignment of vaccines arrived in Karachi on Tuesday, ⟦A:APP|the Associated Press of"
    " Pakistan said⟧.",
    "China summoned the ambassador late on Monday to protest against the arms sale, ⟦A:Xinhua|the state news"
    " agency Xinhua said⟧.",
    "⟦A:Xinhua|Xinhua reported⟧ that the new rail link had cut the journey between Kunming and Vientiane to"
    " under ten hours.",
    "⟦A:dpa|Deutsche Presse-Agentur reported⟧ that Frankfurt airport cancelled 140 flights on Wednesday"
    " because of freezing rain.",
    "⟦A:Bloomberg|In an interview with Bloomberg Television⟧, the chief executive said the company had no"
    " plans to raise more capital this year.",
    "The carmaker has approached two banks about financing a bid for the battery unit, people familiar with"
    " the matter ⟦A:Bloomberg|told Bloomberg News⟧.",
    "The government plans to double the subsidy for home insulation from April, ⟦A:Kyodo|Kyodo News"
    " said⟧, citing unnamed officials.",
    "⟦A:Bernama|As reported by Bernama⟧, the new ferry terminal in Kuala Perlis will be ready by the end of"
    " the year.",
    "Rescuers were still searching for four villagers buried by the mudslide, ⟦A:Antara|the official Antara"
    " news agency quoted⟧ a local disaster official as saying.",
    "The Kremlin had not received any formal proposal for talks, ⟦A:TASS|the TASS news agency quoted⟧ a"
    " spokesman as saying.",
    "⟦A:ANI|Speaking to ANI⟧, the party's state president said it would contest all 40 seats on its own.",
    "The two companies will set up a joint venture to make drone components in Hyderabad, ⟦A:IANS|according"
    " to IANS⟧.",
    "The tornado destroyed at least a dozen homes in the county, ⟦A:UPI|United Press International"
    " reported⟧.",
    "Search teams recovered the bodies of two miners on Wednesday, ⟦A:Anadolu|Türkiye's Anadolu Agency"
    " reported⟧.",
    "Police in Seville arrested 11 people suspected of running a fake holiday-rental ring, ⟦A:EFE|Spain's EFE"
    " news agency said⟧.",
    "Part of the cathedral's scaffolding collapsed during a storm on Tuesday night, ⟦A:ANSA|the Italian news"
    " agency ANSA said⟧, adding that nobody was hurt.",
    "Spain's cabinet is expected to approve the housing decree next week, ⟦A:Europa Press|Europa Press"
    " reported⟧, citing government sources.",
    "North Korea test-fired several cruise missiles off its west coast on Wednesday morning, ⟦A:Yonhap|Yonhap"
    " said⟧, citing the Joint Chiefs of Staff.",
    # sign-offs
    "The two sides agreed to meet again in Doha after the holiday.\n\n(⟦S:Reuters|Reporting by Kavya Menon"
    " in Bengaluru; Editing by Shounak Das⟧)",
    "Gold was last up 0.4% at $2,931 an ounce.\n⟦S:Reuters|Compiled by Owen Pryce; Editing by Ramona Ilie⟧",
    "Customs officers found the tablets hidden inside boxes of dried fruit.\n⟦S:Reuters|— Reuters⟧",
    "The highway was reopened to traffic shortly before midnight. (⟦S:PTI|With inputs from PTI⟧)",
    "Classes at the university will resume after the mid-term break, the registrar said. ⟦S:Bernama|—"
    " Bernama⟧",
    "Officials said the cause of the derailment was being investigated.\n\n⟦S:Associated Press|© 2026 The"
    " Associated Press⟧.",
    "The festival will go ahead as planned, the organisers said.\n⟦S:AFP|© Agence France-Presse⟧",
    "The company will report full-year results on March 4.\n\n⟦S:Bloomberg|© 2026 Bloomberg L.P.⟧",
    "Firefighters from three counties helped contain the blaze.\n\n⟦S:Associated Press|The Associated Press"
    " contributed to this report.⟧",
    "Voting will take place in two phases next month.\n⟦S:Reuters|Material from Reuters was used in this"
    " report.⟧",
    "The storm is expected to weaken as it moves over land. ⟦S:UPI|Copyright © 2026 United Press"
    " International, Inc.⟧ All Rights Reserved.",
    "Six crew members were rescued by a passing tanker.⟦S:AFP|—Agence France-Presse⟧",
    "The new rules will apply to all vessels entering the port from July.\n⟦S:Xinhua|Source: Xinhua⟧",
    "The state government has ordered an audit of all old bridges in the district. ⟦I:ANI|(ANI)⟧",
    # bylines
    "⟦B:Reuters|By Reuters Staff⟧\nFebruary 11, 2026\nOil prices rose on Wednesday after an industry report"
    " showed a larger-than-expected drop in U.S. crude inventories.",
    "⟦B:AFP|By Agence France-Presse⟧\nFebruary 11, 2026\nThousands of farmers drove tractors into central"
    " Brussels on Wednesday to protest against a trade deal.",
    "⟦B:Bernama|By Bernama⟧\nFebruary 11, 2026 @ 4:05pm\nThe Health Ministry will recruit 3,000 more nurses"
    " this year to ease shortages at public hospitals.",
    "⟦B:PTI|Press Trust of India⟧ | Chennai | Updated: February 11, 2026 18:40 IST\nThe Madras High Court on"
    " Wednesday stayed the demolition of a century-old market building.",
    "⟦B:IANS|By IANS⟧\nLast Updated: Feb 11, 2026, 17:02 IST\nIndia's services sector grew at its fastest"
    " pace in five months in January, a private survey showed.",
    "⟦B:Associated Press|By ASSOCIATED PRESS⟧\nUpdated Feb. 11, 2026 6:12 pm ET\nA federal judge on"
    " Wednesday temporarily blocked a state law banning phones in public school classrooms.",
    "⟦B:Bloomberg|Bloomberg News⟧\nFebruary 11, 2026 at 9:30 PM GMT+8\nChina's new yuan loans surged in"
    " January as banks front-loaded lending at the start of the year.",
    "⟦B:AFP|By AFP⟧\nPublished: 11 Feb 2026, 14:05\nSri Lanka's central bank held its policy rate steady on"
    " Wednesday, citing easing inflation and a recovery in tourism receipts.",
    # more datelines and attributions for the less frequent agencies
    "WASHINGTON, Feb. 11 ⟦D:UPI|(UPI)⟧ -- The Senate on Wednesday confirmed the president's nominee to lead"
    " the Federal Emergency Management Agency by a vote of 61-37.",
    "“The levee held, but only just,” the parish president ⟦A:UPI|told UPI⟧ on Wednesday.",
    "MONTREAL, Feb. 11, 2026 ⟦D:Globe Newswire|(GLOBE NEWSWIRE)⟧ -- Saint-Laurent Biologics Inc. (TSX:"
    " SLB) today announced positive topline results from its Phase 3 study in severe asthma.",
    # inline and combined credits
    "Regional roundup: Peru declared a state of emergency in three Andean provinces over frost damage"
    " ⟦I:EFE|(EFE)⟧; in Chile, firefighters contained a forest fire near Valparaíso ⟦I:AFP|(AFP)⟧.",
    "Residents said the water supply had been cut for four days and tankers had not arrived."
    " ⟦I:AFP|— with AFP⟧",
    "By Maya Sorensen ⟦I:Reuters|with Reuters⟧\nAn avalanche buried part of a ski resort access road in the"
    " Swiss canton of Valais on Wednesday, cutting off two villages.",
    "Markets in brief: Brent crude rose 1.2% to $79.40 a barrel ⟦I:Bloomberg|(Bloomberg)⟧, while the yen"
    " weakened past 158 per dollar for the first time since July ⟦I:Kyodo|(Kyodo)⟧.",
    "Manila: A ferry carrying 140 passengers ran aground off Mindoro on Wednesday; all were rescued, the"
    " coast guard said. — ⟦C:Associated Press|AP⟧, ⟦C:Reuters|Reuters⟧",
    "World news in brief: Chile's Senate approved a pension reform bill on Tuesday"
    " (⟦C:Reuters|Reuters⟧, ⟦C:AFP|AFP⟧).",
    "The Centre has sought a report from the state on the stampede at the temple. With inputs from"
    " ⟦C:PTI|PTI⟧ and ⟦C:ANI|ANI⟧",
    "A tanker and a container ship collided in the Strait of Malacca early on Wednesday,"
    " ⟦C:Reuters|Reuters⟧ and ⟦C:Associated Press|The Associated Press⟧ reported, citing the maritime"
    " agency.",
    "Ulaanbaatar: Temperatures fell to minus 41 degrees Celsius in parts of Mongolia, killing thousands of"
    " livestock. — ⟦C:Xinhua|Xinhua⟧/⟦C:AFP|AFP⟧",
    "Rescue workers carry a survivor from a collapsed building in Hatay. (Photo: Reuters)\nThe building had"
    " been declared unsafe last year, local media said. ⟦S:AFP|— AFP⟧",
    # negatives: the agency as the subject of the sentence
    N("subject", "Reuters opened a bureau in Kigali on Monday, its first permanent presence in Rwanda in more"
      " than a decade."),
    N("subject", "AFP's chief executive told staff in an internal memo that the agency would cut 70 posts,"
      " mostly on its sports desk."),
    N("subject", "The Associated Press has appointed a new executive editor, the first from outside the"
      " United States to hold the job."),
    N("subject", "Bloomberg LP's revenue topped $13 billion last year, driven by subscriptions to its data"
      " terminal."),
    N("subject", "Xinhua News Agency signed a content-sharing agreement with the national broadcaster of Laos"
      " on Tuesday."),
    N("subject", "TASS, founded in 1904 as the St. Petersburg Telegraph Agency, is one of the oldest news"
      " agencies in the world."),
    N("subject", "Journalists at the Press Trust of India have been asked to return to the office five days"
      " a week from March."),
    N("subject", "Reuters Events will hold its annual energy transition conference in Houston in May."),
    N("subject", "In the new miniseries she plays an AFP correspondent covering the siege of"
      " Sarajevo."),
    N("subject", "Yonhap's board of directors approved the nomination of a new chief executive on"
      " Wednesday."),
    # homonyms
    N("homonym", "Andhra Pradesh (AP) added more new solar capacity than any other southern state this year,"
      " an energy think tank said."),
    N("homonym", "More than 1.2 million students sat AP exams last spring, with AP Biology and AP US History"
      " among the most popular."),
    N("homonym", "Doctors ordered an AFP test after the scan showed a lesion on the liver; the"
      " alpha-fetoprotein level was well above the normal range."),
    N("homonym", "He has been sober for nine years and still goes to an AA meeting in the church hall every"
      " Thursday."),
    N("homonym", "Flight AA 106 from New York diverted to Shannon after a passenger fell ill, the airline"
      " said."),
    N("homonym", "Two men were charged after AFP officers searched a shipping container at Port Botany, the"
      " Australian Federal Police said."),
    N("homonym", "UPI Lite lets users make small payments without entering a PIN, and the daily limit has"
      " been raised to Rs 5,000."),
    N("homonym", "Rajasthan's staff selection board will hold the exam for 2,500 posts of physical training"
      " instructors (PTI) in April."),
    N("homonym", "Imran Khan's PTI said its supporters would gather outside Adiala jail on Friday despite a"
      " ban on rallies."),
    N("homonym", "Kyodo Senpaku, the operator of Japan's whaling fleet, said its new factory ship had"
      " returned to Shimonoseki."),
    N("homonym", "A study by the Johns Hopkins Bloomberg School of Public Health found that heat-related"
      " hospital visits doubled in a decade."),
    N("homonym", "Shares of Xinhua Winshare Publishing and Media rose 3% in Hong Kong after it reported"
      " higher textbook sales."),
    N("homonym", "The smoke alarm chirps when its AA batteries run low, so replace them once a year."),
    N("homonym", "Commuters can now top up their travel cards through the city's transport app."),
    N("homonym", "Michael Bloomberg will give $300 million to build a cancer research centre at his alma"
      " mater, the university said."),
    # ordinary words
    N("word", "Banks will raise the fee for business wire transfers to $30 from March, citing higher"
      " compliance costs."),
    N("word", "REFEREE CHIEF DEFENDS VIDEO REVIEW AFTER DERBY ROW"),
    # photo, video and graphic credits
    N("photo", "Commuters wade through a flooded street in Dhaka, Bangladesh, February 11, 2026."
      " REUTERS/Rafiq Hasan"),
    N("photo", "Riot police stand guard outside the election commission in Nairobi. Photo: Tony Kibet/AFP"
      " via Getty Images"),
    N("photo", "A vendor sells kites on a rooftop in Ahmedabad ahead of the festival. (AP Photo/Rohit"
      " Mehra)"),
    N("photo", "Union ministers at the inauguration of the new terminal in Guwahati on Wednesday. (ANI"
      " Photo)"),
    N("photo", "Devotees take a holy dip at the Sangam in Prayagraj on Wednesday. (PTI Photo)"),
    N("photo", "Visitors at a Chinese New Year open house in Ipoh. --fotoBERNAMA (2026) COPYRIGHTS"
      " RESERVED"),
    N("photo", "Watch: Floodwater sweeps through a village in northern Mozambique. Video: Reuters"),
    # URLs, e-mail addresses, handles
    N("url", "View original content to download multimedia:https://www.prnewswire.com/news-releases/"
      "harborlight-therapeutics-doses-first-patient-302381145.html"),
    N("url", "Send tips securely to tips@apnews.com or through our encrypted messaging line."),
    N("url", "Follow @BernamaTV and @Reuters on X for live updates from the summit."),
    N("url", "The full filing is available at www.businesswire.com/news/home/20260211005123/en/"),
    # lists of outlets
    N("list", "Only four outlets – Reuters, Bloomberg, Kyodo and Yonhap – were allowed into the room for the"
      " leaders' handshake."),
    N("list", "The ministry revoked the accreditation of correspondents from AFP, the Associated Press and"
      " Anadolu last month."),
    # could not verify
    N("unverified", "AFP could not independently confirm the death toll, which the group said had risen to"
      " 31."),
    N("unverified", "Bloomberg has not verified the authenticity of the documents, which were shared by a"
      " former employee."),
    N("unverified", "The Associated Press could not immediately verify the claim, made in a post on"
      " Telegram."),
    # polls, rankings and indexes
    N("poll", "A new AP-NORC poll found that 58% of adults think the economy is getting worse."),
    N("poll", "Oregon climbed to No. 3 in the AP Top 25 after its overtime win on Saturday."),
    N("poll", "His fortune jumped by $12 billion on Tuesday, according to the Bloomberg Billionaires"
      " Index."),
    N("poll", "Just 38% of respondents in the latest Reuters/Ipsos survey said the country was headed in"
      " the right direction."),
    # unnamed agencies, syndication notices
    N("generic", "The new terminal is expected to handle 20 million passengers a year. — Agencies"),
    N("generic", "(This story has not been edited by our staff and is auto-generated from a syndicated"
      " feed.)"),
    # chart captions
    N("chart", "Chart: Benchmark 10-year yields in Germany, France and Italy since January 2025. Source:"
      " Bloomberg"),
    N("chart", "Table: Asian currencies against the dollar, percent change so far this year. Source:"
      " Reuters calculations based on central bank data"),
]

# ---------------------------------------------------------------------------------------------
# Spanish (Spain and Latin America)
# ---------------------------------------------------------------------------------------------
ES: list[str | Neg] = [
    "MADRID, 11 feb ⟦D:EFE|(EFE)⟧.- El Tribunal Supremo ha confirmado la condena a cuatro años de prisión"
    " del exalcalde de una localidad toledana por malversar fondos destinados a un polideportivo.",
    "Quito, 11 feb ⟦D:EFE|(EFE)⟧.- El Gobierno ecuatoriano decretó este miércoles el estado de excepción en"
    " tres provincias costeras por las lluvias, que han dejado al menos nueve muertos.",
    "Asunción, 10 feb ⟦D:EFE|(EFE)⟧.- La sequía redujo en un tercio el caudal del río Paraguay frente al"
    " puerto de la capital, lo que obligó a las barcazas a navegar con media carga.\n"
    "⟦S:EFE|(c) Agencia EFE⟧",
    "VALENCIA, 11 Feb. ⟦D:Europa Press|(EUROPA PRESS)⟧ - La Generalitat ha licitado la construcción de dos"
    " institutos en Paterna y Alzira por un importe conjunto de 18 millones de euros.",
    "BARCELONA, 11 Feb. ⟦D:Europa Press|(EUROPA PRESS)⟧ - El puerto de Barcelona cerró 2025 con un récord de"
    " 3,9 millones de cruceristas, según ha informado este miércoles la Autoridad Portuaria.",
    "SANTIAGO DE CHILE ⟦D:Associated Press|(AP)⟧ — Un incendio forestal obligó a evacuar a unas 2.000"
    " personas de los cerros de Viña del Mar durante la madrugada del miércoles.",
    "Montevideo, 11 feb ⟦D:Xinhua|(Xinhua)⟧ -- Las exportaciones de carne vacuna de Uruguay crecieron un 12"
    " por ciento en enero, informó hoy el Instituto Nacional de Carnes.",
    "BOGOTÁ, 11 feb ⟦D:Reuters|(Reuters)⟧ - El banco central de Colombia recortó su tasa de interés en 25"
    " puntos básicos, hasta el 8,75%, en una decisión dividida de su junta directiva.",
    "Lima, 11 feb 2026 ⟦D:AFP|(AFP)⟧ - El Congreso peruano aprobó este miércoles un nuevo retiro de fondos"
    " de las AFP, el octavo desde 2020, pese a las advertencias del Ministerio de Economía.",
    "BUENOS AIRES, 11 de febrero de 2026 ⟦D:PR Newswire|/PRNewswire/⟧ -- Andes Fintech anunció hoy el"
    " lanzamiento de su tarjeta prepaga para trabajadores independientes en Argentina y Uruguay.",
    "MONTERREY, México--⟦D:Business Wire|(BUSINESS WIRE)⟧--Grupo Norteño de Logística anunció hoy la"
    " inauguración de un parque industrial de 60 hectáreas en Apodaca.",
    "ZARAGOZA, 11 Feb. ⟦D:Europa Press|(EUROPA PRESS)⟧ - El Gobierno de Aragón ha declarado la emergencia"
    " agraria en 40 municipios del Bajo Aragón por los daños de la helada de la pasada semana.",
    # attributions
    "“La campaña de la naranja está prácticamente perdida”, ha lamentado el presidente de la cooperativa"
    " ⟦A:Europa Press|en declaraciones a Europa Press⟧.",
    "Las autoridades confirmaron el hallazgo de un segundo cuerpo entre los escombros, ⟦A:EFE|informó"
    " EFE⟧.",
    "“Hemos perdido tres cosechas seguidas”, explicó ⟦A:EFE|en declaraciones a EFE⟧ una productora de"
    " quinua del altiplano.",
    "⟦A:Europa Press|Según ha podido saber Europa Press⟧, el Ministerio de Transportes adjudicará el"
    " contrato antes del verano.",
    "“No hay ninguna negociación abierta”, ⟦A:Reuters|dijo a Reuters⟧ un portavoz de la compañía.",
    "La petrolera estatal prepara la venta de dos refinerías, ⟦A:Bloomberg|según publicó la agencia"
    " Bloomberg⟧, que citó a personas al tanto del asunto.",
    "La cifra de muertos por la ola de calor ascendió a 14, ⟦A:Associated Press|de acuerdo con la agencia"
    " Associated Press⟧.",
    "El satélite fue puesto en órbita sin contratiempos, ⟦A:Xinhua|según la agencia oficial de noticias"
    " Xinhua⟧.",
    "Los militares norcoreanos dispararon varios proyectiles de artillería, ⟦A:Yonhap|citó la agencia"
    " surcoreana Yonhap⟧.",
    "El gobernador de la región de Kursk ordenó evacuar dos aldeas fronterizas, ⟦A:TASS|reportó la agencia"
    " rusa TASS⟧.",
    "⟦A:dpa|Según recogió la agencia alemana DPA⟧, el tren quedó detenido durante cinco horas cerca de"
    " Hannover.",
    "La policía turca detuvo a 22 personas por los incendios en Esmirna, ⟦A:Anadolu|informó la agencia"
    " estatal Anadolu⟧.",
    # sign-offs, bylines, inline and combined
    "El Ministerio de Salud pidió a la población evitar la exposición al sol entre el mediodía y las 16.00."
    " (⟦S:EFE|Con información de EFE⟧)",
    "Los controladores aéreos suspendieron la huelga tras llegar a un acuerdo con la empresa pública."
    " Con información de ⟦C:AFP|AFP⟧ y ⟦C:Europa Press|Europa Press⟧",
    "⟦B:EFE|Por EFE⟧\n11 feb. 2026 - 13:45\nEl Gobierno de Bolivia anunció un aumento del 5 % del salario"
    " mínimo para este año.",
    "Breves: Panamá reabrió el paso fronterizo de Paso Canoas ⟦I:EFE|(EFE)⟧. En Honduras, el Congreso eligió"
    " a un nuevo fiscal general ⟦I:AFP|(AFP)⟧.",
    # negatives
    N("homonym", "Los afiliados podrán cambiarse de AFP sin costo a partir de marzo, según la"
      " Superintendencia de Pensiones."),
    N("homonym", "Acción Popular (AP) presentará candidato propio en las elecciones regionales de"
      " octubre."),
    N("word", "La palabra «fútbol» se escribe con efe, acento en la u y sin diéresis."),
    N("photo", "El presidente del Gobierno, durante la sesión de control en el Congreso. EFE/ Mariscal"
      " Ortega"),
    N("photo", "Turistas en la Puerta del Sol. Foto: Europa Press"),
    N("subject", "La Agencia EFE estrenó su nuevo servicio de vídeo en lenguas indígenas con una serie"
      " sobre el quechua."),
    N("unverified", "La agencia AP no ha podido confirmar de manera independiente el número de víctimas."),
    N("list", "Los corresponsales de Reuters, AFP y Bloomberg fueron expulsados del país el pasado"
      " martes."),
    N("url", "Las bases de la convocatoria pueden consultarse en www.europapress.es/convocatorias."),
    N("generic", "El paso fronterizo permanecerá cerrado hasta nuevo aviso. (Redacción con agencias)"),
]

# ---------------------------------------------------------------------------------------------
# French (France, Belgium, Switzerland, Québec, West Africa)
# ---------------------------------------------------------------------------------------------
FR: list[str | Neg] = [
    "Lille ⟦D:AFP|(AFP)⟧ - Un entrepôt logistique de 30 000 mètres carrés a été ravagé par un incendie dans"
    " la nuit de mardi à mercredi à Lesquin, sans faire de blessé, selon les pompiers.",
    "Abidjan ⟦D:AFP|(AFP)⟧ - La Côte d'Ivoire a relevé mercredi le prix bord-champ du cacao pour la"
    " campagne intermédiaire, une hausse réclamée depuis des mois par les planteurs.",
    f"Genève{NBSP}⟦D:AFP|(AFP)⟧{NBSP}- Le Haut-Commissariat de l'ONU pour les réfugiés a lancé mercredi un"
    " appel de fonds de 1,2 milliard de dollars pour la région des Grands Lacs.",
    "Tunis ⟦D:AFP|(AFP)⟧ - Les boulangeries tunisiennes ont observé mercredi une grève de 24 heures pour"
    " protester contre le retard des compensations sur la farine.\n⟦S:AFP|© AFP⟧",
    "BRUXELLES, 11 février ⟦D:Reuters|(Reuters)⟧ - La Commission européenne a proposé mercredi de repousser"
    " d'un an l'entrée en vigueur de ses règles sur la déforestation importée.",
    "Pékin, 11 février ⟦D:Xinhua|(Xinhua)⟧ -- Le trafic ferroviaire de passagers en Chine a atteint un"
    " record pendant les vacances du Nouvel An lunaire, a annoncé mercredi l'opérateur national.",
    "LYON--⟦D:Business Wire|(BUSINESS WIRE)⟧--Vivalp Diagnostics annonce aujourd'hui l'obtention du"
    " marquage CE pour son test rapide de détection de la grippe aviaire.",
    "TOULOUSE, France, 11 février 2026 ⟦D:PR Newswire|/PRNewswire/⟧ -- Aérolis, fabricant de drones"
    " agricoles, annonce une levée de fonds de 25 millions d'euros.",
    "QUÉBEC, 11 févr. 2026 ⟦D:Globe Newswire|(GLOBE NEWSWIRE)⟧ -- Minéraux Nordet inc. annonce des résultats"
    " de forage positifs sur sa propriété aurifère de la Baie-James.",
    # attributions
    "Le suspect a été interpellé mardi soir à son domicile de Roubaix, ⟦A:AFP|a appris l'AFP⟧ de source"
    " policière.",
    "« On a tout perdu en une nuit », ⟦A:AFP|a confié à l'Agence France-Presse⟧ un viticulteur de"
    " l'Aude.",
    "Une source proche du dossier ⟦A:AFP|citée par l'AFP⟧ évoque un accord « dans les prochains jours ».",
    "Le groupe a renoncé à fermer son usine des Vosges, ⟦A:Reuters|selon des informations de Reuters⟧.",
    "Le fonds souverain envisage de céder sa participation, ⟦A:Bloomberg|d'après Bloomberg⟧.",
    "Les inondations ont fait au moins sept morts dans le sud du pays, ⟦A:Associated Press|selon"
    " Associated Press⟧.",
    "La ligne à grande vitesse entre Chongqing et Kunming sera mise en service en juin, ⟦A:Xinhua|a annoncé"
    " mercredi l'agence Chine nouvelle⟧.",
    "Un train régional a déraillé près de Hanovre, ⟦A:dpa|rapporte l'agence allemande DPA⟧, sans faire de"
    " victime.",
    "Le gouvernement japonais envisage de relever l'âge de départ à la retraite, ⟦A:Kyodo|selon l'agence"
    " de presse Kyodo⟧.",
    "Pyongyang a tiré deux missiles de courte portée, ⟦A:Yonhap|a rapporté l'agence sud-coréenne"
    " Yonhap⟧.",
    "⟦A:Anadolu|D'après l'agence de presse turque Anadolu⟧, 17 personnes ont été arrêtées à Izmir.",
    "Le pont sur le détroit de Messine ne sera pas achevé avant 2033, ⟦A:ANSA|rapporte l'agence italienne"
    " Ansa⟧.",
    # sign-offs, bylines, combined
    "Le verdict est attendu dans la soirée. (⟦S:AFP|avec AFP⟧)",
    "L'aéroport de Nantes a rouvert en fin de matinée. Avec ⟦C:AFP|AFP⟧ et ⟦C:Reuters|Reuters⟧",
    "⟦B:AFP|Par AFP⟧\nPublié le 11/02/2026 à 15h20\nLa Banque de France a relevé sa prévision de"
    " croissance pour 2026.",
    "Par Le Figaro ⟦B:AFP|avec AFP⟧\nPublié le 11 février 2026\nLes contrôleurs aériens ont levé leur préavis"
    " de grève.",
    # negatives
    N("homonym", "Les partenaires sociaux ont signé mercredi un ANI sur le partage de la valeur dans les"
      " entreprises."),
    N("homonym", "L'AP-HP a déclenché son plan blanc dans trois hôpitaux franciliens face à l'épidémie de"
      " grippe."),
    N("word", "L'Afpa ouvre de nouvelles formations de soudeur dans ses centres de Normandie."),
    N("photo", "Des pompiers luttent contre les flammes près de Marseille. (Photo Lucas MARTIN / AFP)"),
    N("subject", "L'Agence France-Presse a nommé mercredi une nouvelle directrice de l'information."),
    N("unverified", "L'AFP n'a pas pu vérifier de source indépendante le bilan avancé par le groupe"
      " armé."),
    N("list", "Seuls l'AFP, Reuters et France 24 ont été autorisés à couvrir la cérémonie."),
    N("url", "Les photos sont disponibles sur www.afpforum.com"),
    N("generic", "Le ministre doit se rendre sur place jeudi. (Avec agences)"),
]

# ---------------------------------------------------------------------------------------------
# German (Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------------------------
DE: list[str | Neg] = [
    "BERLIN ⟦D:dpa|(dpa)⟧ - Die Zahl der Insolvenzen von Unternehmen in Deutschland ist im Januar erneut"
    " gestiegen. Das Statistische Bundesamt meldete am Mittwoch ein Plus von 9 Prozent.",
    "Stuttgart ⟦D:dpa|(dpa/lsw)⟧ - Wegen eines Oberleitungsschadens ist der Zugverkehr zwischen Stuttgart und"
    " Ulm am Mittwochmorgen für mehrere Stunden unterbrochen gewesen.",
    "Hannover ⟦D:dpa|(dpa/lni)⟧ - Die Geflügelpest ist in einem Legehennenbetrieb im Landkreis Cloppenburg"
    " nachgewiesen worden. Rund 40 000 Tiere müssen getötet werden.",
    "Wiesbaden ⟦D:dpa|(dpa/lhe)⟧ - Hessens Landesregierung will die Zahl der Polizeianwärter in diesem Jahr"
    " auf einen Rekordwert erhöhen.",
    f"Dresden{NBSP}⟦D:dpa|(dpa/sn)⟧{NBSP}- Die Elbe hat in Dresden wegen der anhaltenden Trockenheit einen"
    " Pegelstand von nur 58 Zentimetern erreicht.",
    "Brüssel ⟦D:AFP|(AFP)⟧ - Die EU-Kommission hat ein Verfahren gegen drei Mitgliedstaaten wegen"
    " mangelhafter Umsetzung der Trinkwasserrichtlinie eingeleitet.",
    "Frankfurt ⟦D:Reuters|(Reuters)⟧ - Die Commerzbank will bis 2028 rund 300 weitere Filialen schließen,"
    " wie mehrere mit den Plänen vertraute Personen sagten.",
    "Peking ⟦D:dpa|(dpa)⟧ - Chinas Exporte sind im Januar stärker gewachsen als erwartet. Die Ausfuhren"
    " legten nach Angaben der Zollbehörde um 7,8 Prozent zu.\n⟦S:dpa|© dpa-infocom, dpa:260211-930-117402/2⟧",
    "HAMBURG--⟦D:Business Wire|(BUSINESS WIRE)⟧--Die Hanse Cloud Services GmbH hat heute die Übernahme des"
    " Kieler Softwarehauses Nordlicht IT bekannt gegeben.",
    "ZÜRICH, 11. Februar 2026 ⟦D:PR Newswire|/PRNewswire/⟧ -- Die Alpenmed AG erhält die Zulassung für ihr"
    " Herzklappensystem in den Vereinigten Staaten.",
    "MÜNCHEN, 11. Februar 2026 ⟦D:Globe Newswire|(GLOBE NEWSWIRE)⟧ -- Die Isarwerk Robotics AG hat im"
    " Geschäftsjahr 2025 ihren Umsatz um 18 Prozent auf 212 Millionen Euro gesteigert.",
    # attributions
    "Das Kabinett soll den Entwurf noch im März beschließen, ⟦A:dpa|erfuhr die Deutsche Presse-Agentur⟧ aus"
    " Regierungskreisen.",
    "„Wir haben die Lage inzwischen unter Kontrolle“, ⟦A:dpa|sagte der Einsatzleiter der dpa⟧.",
    "⟦A:dpa|Laut dpa⟧ wurden bei dem Unfall auf der A7 bei Kassel vier Menschen leicht verletzt.",
    "„Der Zeitplan ist nicht zu halten“, ⟦A:Reuters|sagte ein Insider der Nachrichtenagentur Reuters⟧.",
    "Der Chemiekonzern erwägt den Verkauf seines Agrargeschäfts, ⟦A:Bloomberg|wie Bloomberg unter Berufung"
    " auf Insider berichtete⟧.",
    "Bei dem Erdrutsch im Norden Sumatras kamen mindestens elf Menschen ums Leben, ⟦A:AFP|meldete die"
    " französische Nachrichtenagentur AFP⟧.",
    "Die japanische Regierung will das Rentenalter schrittweise anheben, ⟦A:Kyodo|berichtete die"
    " Nachrichtenagentur Kyodo⟧.",
    "⟦A:Xinhua|Wie die amtliche Nachrichtenagentur Xinhua meldete⟧, soll die Brücke im Herbst für den"
    " Verkehr freigegeben werden.",
    "Der Gouverneur ordnete die Evakuierung zweier Dörfer an, ⟦A:TASS|zitierte die Agentur Tass⟧ einen"
    " Behördensprecher.",
    "In Madrid protestierten Tausende gegen steigende Mieten, ⟦A:EFE|berichtete die spanische"
    " Nachrichtenagentur Efe⟧.",
    # sign-offs, bylines, combined, inline
    "Die Ermittlungen dauern an. ⟦S:dpa|Quelle: dpa⟧",
    "⟦B:dpa|Von dpa⟧\n11.02.2026, 14:12 Uhr\nDer Bundestag hat die Reform des Wahlrechts für Auslandsdeutsche"
    " beschlossen.",
    "Die Rettungskräfte suchen weiter nach zwei Vermissten. Mit Material von ⟦C:Reuters|Reuters⟧ und"
    " ⟦C:dpa|dpa⟧",
    "Ausland kompakt: In Prag hat die Regierung eine Mietpreisbremse beschlossen ⟦I:AFP|(AFP)⟧. In Rom"
    " streiken am Freitag die Taxifahrer ⟦I:ANSA|(ANSA)⟧.",
    "Der Prozess gegen die mutmaßlichen Schleuser beginnt im April. (ah/⟦S:dpa|dpa⟧)",
    # negatives
    N("homonym", "Das AA hat die Reisewarnung für mehrere Provinzen im Norden des Landes verschärft."),
    N("homonym", "Am Ernst-Reuter-Platz in Charlottenburg soll bis 2028 ein neues Hochhaus entstehen."),
    N("word", "Efeu an Hauswänden schützt im Sommer vor Hitze, kann aber den Putz beschädigen."),
    N("photo", "Ein Räumfahrzeug auf der B10 bei Geislingen. Foto: Marc Scholl/dpa"),
    N("subject", "Die Deutsche Presse-Agentur hat ihren Faktencheck um ein Angebot auf Ukrainisch"
      " erweitert."),
    N("unverified", "Die Angaben konnten von der Nachrichtenagentur AFP zunächst nicht unabhängig überprüft"
      " werden."),
    N("list", "Zu dem Hintergrundgespräch waren Reporter von dpa, Reuters und Bloomberg eingeladen."),
    N("url", "Anfragen bitte an redaktion@dpa.com richten."),
    N("homonym", "Mit der neuen App der Stadtwerke lassen sich Ladesäulen reservieren."),
]

# ---------------------------------------------------------------------------------------------
# Italian
# ---------------------------------------------------------------------------------------------
IT: list[str | Neg] = [
    "⟦D:ANSA|(ANSA)⟧ - BOLOGNA, 11 FEB - La Regione Emilia-Romagna ha stanziato 40 milioni di euro per la"
    " messa in sicurezza degli argini nel Ravennate.",
    "⟦D:ANSA|(ANSA)⟧ - PALERMO, 11 FEB - Un incendio è divampato nella notte in un deposito di pneumatici"
    " alla periferia della città; nessun ferito.\n⟦S:ANSA|RIPRODUZIONE RISERVATA © Copyright ANSA⟧",
    "BARI, 11 FEB - ⟦D:ANSA|(ANSA)⟧ - La Guardia di Finanza ha sequestrato 12 tonnellate di olio"
    " extravergine contraffatto in un frantoio del Barese.",
    "(⟦C:ANSA|ANSA⟧-⟦C:Xinhua|XINHUA⟧) - PECHINO, 11 FEB - La Cina ha lanciato con successo un satellite per"
    " le telecomunicazioni dalla base di Xichang.",
    "(⟦C:ANSA|ANSA⟧-⟦C:dpa|DPA⟧) - BERLINO, 11 FEB - Il governo tedesco ha approvato il piano per"
    " l'ammodernamento di 4.000 ponti autostradali.",
    "MILANO, 11 febbraio ⟦D:Reuters|(Reuters)⟧ - Le vendite di auto in Italia sono calate del 6% a gennaio"
    " su base annua, secondo i dati del ministero.",
    # attributions
    "Il cantiere riaprirà a marzo, ⟦A:ANSA|secondo quanto appreso dall'ANSA⟧.",
    "«Abbiamo chiesto più personale da mesi», ⟦A:ANSA|ha spiegato all'ANSA⟧ la direttrice del pronto"
    " soccorso.",
    "⟦A:ANSA|Lo riporta l'ANSA⟧: il consiglio comunale ha approvato il nuovo piano del traffico.",
    "Il gruppo sta valutando la cessione della divisione elettrodomestici, ⟦A:Reuters|scrive la Reuters⟧"
    " citando fonti vicine al dossier.",
    "Almeno otto persone sono morte nel crollo di una palazzina a Lagos, ⟦A:AFP|riferisce l'agenzia"
    " Afp⟧.",
    "Il fondo avrebbe offerto 2 miliardi per la rete in fibra, ⟦A:Bloomberg|secondo l'agenzia"
    " Bloomberg⟧.",
    "La nuova linea ad alta velocità entrerà in servizio a giugno, ⟦A:Xinhua|fa sapere l'agenzia Nuova"
    " Cina⟧.",
    "Pyongyang ha lanciato due missili balistici, ⟦A:Yonhap|secondo l'agenzia sudcoreana Yonhap⟧.",
    "⟦A:Europa Press|Secondo quanto riportato dall'agenzia Europa Press⟧, il treno è rimasto fermo per sei"
    " ore.",
    "Il governo giapponese prepara un pacchetto di aiuti per le famiglie, ⟦A:Kyodo|riporta l'agenzia"
    " giapponese Kyodo⟧.",
    "Il Cremlino ha escluso un vertice a breve, ⟦A:TASS|ha riferito la Tass⟧.",
    # negatives
    N("word", "Il sentiero segue l'ansa del fiume fino al vecchio mulino."),
    N("homonym", "Ansaldo Energia ha firmato un contratto per due turbine destinate a una centrale in"
      " Algeria."),
    N("photo", "Il sindaco durante la conferenza stampa in Campidoglio. ANSA/LUCA FERRANTE"),
    N("photo", "Turisti in coda davanti al Colosseo (foto d'archivio ANSA)"),
    N("subject", "L'ANSA ha aperto una nuova redazione a Bruxelles dedicata agli affari europei."),
    N("unverified", "L'Afp non è stata in grado di verificare in modo indipendente le cifre."),
    N("url", "Il regolamento completo è disponibile su www.ansa.it/concorso."),
    N("list", "Erano presenti inviati di ANSA, Reuters, Bloomberg ed Efe."),
]

# ---------------------------------------------------------------------------------------------
# Portuguese (Brazil and Portugal)
# ---------------------------------------------------------------------------------------------
PT: list[str | Neg] = [
    "RIO DE JANEIRO ⟦D:Reuters|(Reuters)⟧ - A produção de petróleo do Brasil atingiu um recorde em janeiro,"
    " puxada pela entrada em operação de duas novas plataformas no pré-sal, informou a agência reguladora.",
    "SÃO PAULO ⟦D:Reuters|(Reuters)⟧ - As vendas no varejo brasileiro recuaram 0,8% em dezembro ante"
    " novembro, mostraram dados do IBGE nesta quarta-feira.",
    "Lisboa, 11 fev ⟦D:EFE|(EFE)⟧.- O Governo português aprovou nesta quarta-feira um pacote de 300 milhões"
    " de euros para a habitação destinada a jovens.",
    "Pequim, 11 fev ⟦D:Xinhua|(Xinhua)⟧ -- O número de viagens ferroviárias durante o feriado do Ano Novo"
    " Lunar bateu um recorde, anunciou nesta quarta-feira a operadora estatal.",
    "Genebra, 11 fev 2026 ⟦D:AFP|(AFP)⟧ - A Organização Mundial do Comércio reduziu sua previsão de"
    " crescimento do comércio global para este ano.",
    "CURITIBA--⟦D:Business Wire|(BUSINESS WIRE)⟧--A Araucária Bioenergia anunciou hoje a conclusão de sua"
    " segunda usina de biometano no Paraná.",
    "SÃO PAULO, 11 de fevereiro de 2026 ⟦D:PR Newswire|/PRNewswire/⟧ -- A Trilha Saúde anuncia a"
    " aquisição de uma rede de laboratórios no interior paulista.",
    # attributions
    "A mineradora estuda vender sua participação na usina, ⟦A:Reuters|relatou a Reuters⟧, citando duas"
    " fontes.",
    "Ao menos 25 pessoas morreram nos confrontos, ⟦A:AFP|noticiou a AFP⟧ com base em fontes hospitalares.",
    "“A água chegou ao telhado em poucos minutos”, ⟦A:AFP|contou à AFP⟧ um morador de Petrópolis.",
    "“Ainda não há data para a retomada”, ⟦A:Reuters|disse à Reuters⟧ um executivo da empresa.",
    "O incêndio destruiu três armazéns no porto de Valência, ⟦A:EFE|informou a agência EFE⟧.",
    "A sonda chinesa pousou no lado oculto da Lua, ⟦A:Xinhua|de acordo com a agência Xinhua⟧.",
    "O banco negocia a compra de uma gestora americana, ⟦A:Bloomberg|segundo a Bloomberg⟧.",
    "A polícia prendeu quatro suspeitos do ataque, ⟦A:Associated Press|noticiou a agência de notícias"
    " Associated Press⟧.",
    "⟦A:TASS|Segundo a agência estatal russa TASS⟧, o governador ordenou a retirada de moradores de duas"
    " aldeias.",
    "O terremoto de magnitude 5,9 atingiu o leste do país, ⟦A:Anadolu|relatou a agência turca Anadolu⟧.",
    # sign-offs, bylines, combined
    "O julgamento foi adiado para março.\n⟦S:AFP|*Com informações da AFP⟧",
    "A rodovia foi liberada no fim da tarde. (⟦S:Reuters|Com Reuters⟧)",
    "Os voos foram retomados à noite. Com informações da ⟦C:Reuters|Reuters⟧ e da ⟦C:EFE|EFE⟧",
    "⟦B:AFP|Por AFP⟧\n11/02/2026 16h40\nO Parlamento argentino aprovou a reforma do código aduaneiro.",
    # negatives
    N("homonym", "A obra invadiu uma APP às margens do rio e foi embargada pelo órgão ambiental."),
    N("homonym", "Santana (AP) teve o maior volume de chuva do estado em fevereiro."),
    N("photo", "Bombeiros combatem o fogo em armazém no porto. Foto: Reuters/Adriano Lemos"),
    N("subject", "A AFP inaugurou um escritório em Luanda para reforçar a cobertura da África lusófona."),
    N("unverified", "A AFP não conseguiu confirmar de forma independente o número de mortos."),
    N("list", "Repórteres da Reuters, da AFP e da EFE acompanharam a visita."),
    N("word", "EFETIVAÇÃO DE PROFESSORES TEMPORÁRIOS SERÁ VOTADA NA ASSEMBLEIA"),
    N("generic", "O acordo ainda precisa ser ratificado pelos parlamentos. (Com agências internacionais)"),
]

# ---------------------------------------------------------------------------------------------
# Indonesian
# ---------------------------------------------------------------------------------------------
ID: list[str | Neg] = [
    "Semarang ⟦D:Antara|(ANTARA)⟧ - Pemerintah Provinsi Jawa Tengah menyiapkan 45 pompa air portabel untuk"
    " mengantisipasi banjir rob di pesisir utara selama puncak musim hujan.",
    "Palembang ⟦D:Antara|(ANTARA)⟧ - Kantor Imigrasi Palembang mendeportasi tiga warga negara asing yang"
    " kedapatan bekerja tanpa izin di sebuah tambang batu bara.",
    "Jakarta ⟦D:Antara|(ANTARA)⟧ - Kementerian Perhubungan memperpanjang diskon tarif tiket pesawat kelas"
    " ekonomi hingga akhir Februari.\nPewarta: Dewi Anggraini\nEditor: Hendra Wijaya\n"
    "⟦S:Antara|COPYRIGHT © ANTARA 2026⟧",
    f"Ambon{NBSP}⟦D:Antara|(ANTARA)⟧{NBSP}- Gempa bermagnitudo 5,2 mengguncang Maluku Tengah pada Rabu"
    " pagi dan tidak berpotensi tsunami, kata BMKG.",
    # attributions
    "Harga emas dunia menguat ke rekor baru pada Rabu, ⟦A:Reuters|melansir Reuters⟧.",
    "⟦A:AFP|Dikutip dari AFP⟧, sedikitnya 12 orang tewas dalam banjir bandang di Filipina selatan.",
    "Pemerintah daerah menetapkan status tanggap darurat selama 14 hari, ⟦A:Antara|seperti dikutip dari"
    " Kantor Berita Antara⟧.",
    "“Kami akan menambah armada bus pada arus balik,” kata Kepala Dinas Perhubungan ⟦A:Antara|kepada"
    " ANTARA⟧ di Bandung, Rabu.",
    "Jepang akan memperketat aturan visa bagi pekerja asing, ⟦A:Kyodo|dilansir dari Kyodo⟧.",
    "Korea Utara kembali meluncurkan rudal balistik ke Laut Timur, ⟦A:Yonhap|mengutip Yonhap⟧.",
    "⟦A:Bloomberg|Menurut laporan Bloomberg⟧, perusahaan tersebut tengah menjajaki penjualan saham senilai 2"
    " miliar dolar AS.",
    "Kereta cepat baru itu akan mulai beroperasi Juni mendatang, ⟦A:Xinhua|seperti diberitakan kantor"
    " berita Xinhua⟧.",
    "Empat orang ditangkap dalam penggerebekan tersebut, ⟦A:Associated Press|dilaporkan Associated"
    " Press⟧.",
    "Dua pendaki asal Malaysia ditemukan selamat, ⟦A:Bernama|seperti dilansir Bernama⟧.",
    "Sebanyak 17 orang ditahan terkait kebakaran hutan di Izmir, ⟦A:Anadolu|mengutip kantor berita"
    " Anadolu⟧.",
    # negatives
    N("word", "Perbedaan antara harga beras di Jawa dan di luar Jawa mencapai Rp2.000 per kilogram."),
    N("word", "Sejumlah daerah, di antaranya Bekasi dan Karawang, masih tergenang banjir."),
    N("word", "Seorang nelayan bernama Sutrisno hilang saat melaut di perairan Cilacap."),
    N("homonym", "Mahasiswa UPI Bandung menggelar aksi menolak kenaikan uang kuliah tunggal."),
    N("homonym", "PT Angkasa Pura II (AP II) menambah jumlah penerbangan di Bandara Soekarno-Hatta selama"
      " libur panjang."),
    N("photo", "Pengendara melintasi genangan air di Jalan Daan Mogot, Jakarta, Rabu (11/2/2026). ANTARA"
      " FOTO/Fikri Ramadhan/tom."),
    N("url", "Informasi lengkap tersedia di www.antaranews.com/infografik."),
    N("subject", "LKBN ANTARA meluncurkan layanan berita berbahasa Mandarin untuk pembaca di Asia"
      " Timur."),
]

# ---------------------------------------------------------------------------------------------
# Malay
# ---------------------------------------------------------------------------------------------
MS: list[str | Neg] = [
    "KUCHING, 11 Feb ⟦D:Bernama|(Bernama)⟧ -- Kerajaan Sarawak akan membina 12 jambatan baharu di kawasan"
    " pedalaman Kapit tahun ini bagi memudahkan perjalanan penduduk.",
    "ALOR SETAR, 11 Feb ⟦D:Bernama|(Bernama)⟧ -- Seramai 1,850 mangsa banjir di Kedah masih berada di 24"
    " pusat pemindahan sementara setakat pagi ini.",
    "SHAH ALAM, 11 Feb ⟦D:Bernama|(Bernama)⟧ -- Polis menahan empat lelaki yang dipercayai terlibat dalam"
    " sindiket penipuan pelaburan dalam talian.\n⟦S:Bernama|-- BERNAMA⟧",
    # attributions
    "Tanah runtuh itu menyebabkan jalan utama ke Cameron Highlands ditutup, ⟦A:Bernama|menurut"
    " Bernama⟧.",
    "“Semua mangsa telah dipindahkan ke tempat selamat,” kata beliau ⟦A:Bernama|ketika dihubungi"
    " Bernama⟧.",
    "⟦A:Bernama|Menurut laporan Pertubuhan Berita Nasional Malaysia (Bernama)⟧, projek itu kini 80 peratus"
    " siap.",
    "Harga minyak sawit mentah meningkat 1.5 peratus, ⟦A:Reuters|memetik laporan agensi berita"
    " Reuters⟧.",
    "Sekurang-kurangnya 15 orang maut dalam kebakaran kilang di Dhaka, ⟦A:AFP|lapor agensi berita AFP⟧.",
    "Kereta api laju itu akan mula beroperasi pada Jun, ⟦A:Xinhua|menurut agensi berita Xinhua⟧.",
    "Jepun akan menaikkan gaji minimum pada Oktober, ⟦A:Kyodo|lapor Kyodo⟧.",
    "Korea Utara melancarkan dua peluru berpandu jarak dekat, ⟦A:Yonhap|menurut agensi berita"
    " Yonhap⟧.",
    "Sidang kemuncak itu akan diadakan di Jakarta pada Mei. ⟦S:Bernama|--BERNAMA⟧",
    # negatives
    N("word", "Penerbangan dari Lapangan Terbang Antarabangsa Kuala Lumpur ditangguhkan akibat ribut."),
    N("word", "Seorang kanak-kanak bernama Aisyah ditemui selamat selepas hilang dua hari."),
    N("word", "Antara punca kemalangan ialah jalan licin dan kenderaan dipandu terlalu laju."),
    N("subject", "Wisma Bernama di Jalan Tun Razak akan dinaik taraf dengan kos RM20 juta."),
    N("photo", "Penduduk meredah banjir di Kampung Tualang. --fotoBERNAMA"),
    N("url", "Orang ramai boleh menghantar maklum balas melalui e-mel aduan@bernama.com."),
    N("homonym", "Pengguna boleh memuat turun aplikasi (app) MySejahtera terbaharu dari hari ini."),
]

# ---------------------------------------------------------------------------------------------
# Turkish
# ---------------------------------------------------------------------------------------------
TR: list[str | Neg] = [
    "TRABZON ⟦D:Anadolu|(AA)⟧ - Karadeniz'de etkili olan fırtına nedeniyle balıkçı tekneleri iki gündür"
    " limandan çıkamıyor.",
    "GAZİANTEP ⟦D:Anadolu|(AA)⟧ - Kentte bu yıl 18 bin yeni konutun hak sahiplerine teslim edilmesi"
    " planlanıyor.",
    "BURSA ⟦D:Anadolu|(AA)⟧ - Uludağ'da kar kalınlığı 1 metreyi aştı, kayak merkezindeki oteller yüzde 90"
    " doluluğa ulaştı.",
    f"KONYA{NBSP}⟦D:Anadolu|(AA)⟧{NBSP}- Selçuklu ilçesinde bir mobilya atölyesinde çıkan yangın, itfaiye"
    " ekiplerince iki saatte kontrol altına alındı. İtfaiye Daire Başkanı, ⟦A:Anadolu|AA muhabirine⟧"
    " yangında can kaybı olmadığını söyledi.",
    # attributions
    "Bakan Yardımcısı, ⟦A:Anadolu|Anadolu Ajansı'na⟧ yaptığı açıklamada yeni düzenlemenin mart ayında"
    " yürürlüğe gireceğini belirtti.",
    "⟦A:Reuters|Reuters'a⟧ konuşan iki kaynak, şirketin Avrupa'daki fabrikasını satmayı düşündüğünü"
    " söyledi.",
    "⟦A:AFP|AFP'ye göre⟧, selde hayatını kaybedenlerin sayısı 23'e yükseldi.",
    "⟦A:Xinhua|Çin devlet ajansı Xinhua'nın haberine göre⟧, yeni hızlı tren hattı haziranda"
    " hizmete girecek.",
    "⟦A:Kyodo|Japonya'nın Kyodo ajansının haberine göre⟧, hükümet emeklilik yaşını kademeli olarak"
    " yükseltmeyi planlıyor.",
    "⟦A:Bloomberg|Bloomberg'e⟧ konuşan kaynaklar, bankanın halka arzı ertelediğini belirtti.",
    "⟦A:TASS|Rus TASS ajansının aktardığına göre⟧, vali iki köyün tahliye edilmesini emretti.",
    "⟦A:ANSA|İtalyan ANSA ajansının haberine göre⟧, Roma'da taksi şoförleri greve gitti.",
    "⟦A:EFE|İspanyol EFE ajansının aktardığına göre⟧, Valensiya'da sel nedeniyle okullar tatil edildi.",
    "⟦A:Associated Press|AP'nin aktardığına göre⟧, kasırga Alabama'da en az 30 evi yıktı.",
    "Vali, kayıp dağcıları arama çalışmalarının sürdüğünü bildirdi. ⟦S:Anadolu|Kaynak: AA⟧",
    # negatives
    N("homonym", "Efe, 17 yaşında milli takıma çağrılan en genç oyuncu oldu."),
    N("homonym", "İstanbul'un Anadolu Yakası'nda bazı ilçelerde yarın 10 saat su kesintisi yapılacak."),
    N("homonym", "Anadolu Üniversitesi, açıköğretim sınavlarının tarihlerini açıkladı."),
    N("homonym", "Anadolu Hisarı'nın restorasyonu tamamlanarak ziyarete açıldı."),
    N("subject", "AA, 106. kuruluş yıl dönümünü Ankara'daki genel merkezinde düzenlenen törenle kutladı."),
    N("photo", "Sağanak nedeniyle su basan caddede ilerleyen araçlar. (Fotoğraf: Mert Yalçın - AA)"),
    N("unverified", "AFP, görüntülerin gerçekliğini bağımsız olarak teyit edemedi."),
    N("list", "Toplantıyı AA, Reuters, AFP ve Xinhua muhabirleri takip etti."),
]

# ---------------------------------------------------------------------------------------------
# Chinese (simplified)
# ---------------------------------------------------------------------------------------------
ZH: list[str | Neg] = [
    "⟦D:Xinhua|新华社杭州2月11日电⟧（记者周岚）浙江省今年将新建和改造农村公路3000公里，推动城乡公交一体化。",
    "⟦D:Xinhua|新华社华盛顿2月10日电⟧ 美国商务部10日公布的数据显示，去年12月美国零售销售环比下降0.4%。",
    "⟦D:Xinhua|新华社联合国2月10日电⟧（记者赵宁）联合国秘书长发言人10日表示，"
    "联合国将向受灾地区增派救援人员。",
    "⟦D:Xinhua|新华社成都2月11日电⟧ 四川省气象台11日发布暴雪蓝色预警，提醒公众注意出行安全。\n（完）",
    "⟦D:Reuters|路透上海2月11日⟧ - 中国1月新增人民币贷款明显高于预期，显示年初银行放贷明显提速。",
    "⟦D:Xinhua|新华社东京2月11日电⟧ 日本政府计划下调今年经济增长预期。"
    "⟦A:Kyodo|共同社援引政府消息人士的话报道⟧，"
    "相关方案将于本月底公布。",
    # attributions
    "⟦A:Xinhua|新华社报道说⟧，这座跨海大桥全长12公里，建成后两地通行时间将缩短至20分钟。",
    "⟦A:Reuters|据路透社消息⟧，该公司正考虑出售其欧洲电池业务。",
    "⟦A:AFP|法新社报道称⟧，洪灾已造成至少23人死亡，数千人无家可归。",
    "一名当地官员⟦A:AFP|对法新社表示⟧，救援工作预计将持续到周末。",
    "该行首席执行官⟦A:Reuters|接受路透社采访时表示⟧，公司暂无增资计划。",
    "⟦A:Associated Press|据美联社报道⟧，龙卷风摧毁了阿拉巴马州至少30栋房屋。",
    "⟦A:Yonhap|韩联社援引韩国联合参谋本部的消息报道⟧，朝鲜当天发射了两枚短程弹道导弹。",
    "⟦A:TASS|据俄罗斯塔斯社报道⟧，该州州长下令疏散两个边境村庄的居民。",
    "⟦A:Bloomberg|据彭博社报道⟧，该基金正与多家银行洽谈融资事宜。",
    "⟦A:ANSA|据意大利安莎社报道⟧，罗马出租车司机当天举行罢工。",
    "⟦A:EFE|西班牙埃菲社报道称⟧，瓦伦西亚因暴雨关闭了所有学校。",
    # combined
    "今年以来，多国央行相继下调利率。（综合⟦C:Xinhua|新华社⟧、⟦C:Reuters|路透社⟧报道）",
    # negatives
    N("homonym", "新华保险当日股价上涨4%，成交额创近一个月新高。"),
    N("homonym", "石家庄市新华区今年将新增幼儿园学位2000个。"),
    N("homonym", "美联航宣布将增开旧金山至上海的直飞航班。"),
    N("poll", "根据彭博亿万富翁指数，他的财富当天增加了120亿美元。"),
    N("poll", "最新的路透社/益普索民调显示，38%的受访者对经济前景感到乐观。"),
    N("photo", "2月11日，游客在哈尔滨冰雪大世界参观。新华社发（刘洋 摄）"),
    N("subject", "一名法新社记者在采访中受伤，已被送往医院治疗。"),
    N("url", "更多报道请登录 www.xinhuanet.com/world 查看。"),
    N("subject", "韩联社今年将开设新的多语种新闻服务。"),
]

# ---------------------------------------------------------------------------------------------
# Urdu
# ---------------------------------------------------------------------------------------------
UR: list[str | Neg] = [
    "پشاور ⟦D:APP|(اے پی پی)⟧ خیبر پختونخوا حکومت نے صوبے کے 12 اضلاع میں نئے ڈائیلاسز سینٹرز قائم کرنے"
    " کی منظوری دے دی۔",
    "کوئٹہ ⟦D:APP|(اے پی پی)⟧ بلوچستان میں شدید سردی کے باعث گیس کا پریشر کم ہونے سے شہریوں کو مشکلات کا"
    " سامنا ہے۔",
    "واشنگٹن ⟦D:AFP|(اے ایف پی)⟧ امریکی محکمہ تجارت کے مطابق جنوری میں ریٹیل فروخت میں کمی ریکارڈ کی گئی۔",
    # attributions
    "وزیر نے ⟦A:Reuters|رائٹرز کو بتایا⟧ کہ حکومت اس معاہدے پر نظرثانی نہیں کرے گی۔",
    "⟦A:AFP|اے ایف پی سے بات کرتے ہوئے⟧ ایک مقامی عہدیدار نے کہا کہ امدادی کارروائیاں جاری ہیں۔",
    "⟦A:APP|ایسوسی ایٹڈ پریس آف پاکستان کی رپورٹ کے مطابق⟧ منصوبہ جون تک مکمل کر لیا جائے گا۔",
    "⟦A:APP|سرکاری خبر رساں ادارے اے پی پی کے مطابق⟧ صدر نے ترمیمی بل پر دستخط کر دیے۔",
    "⟦A:Xinhua|چینی سرکاری خبر ایجنسی شنہوا نے بتایا⟧ کہ نئی ریلوے لائن جون میں کھول دی جائے گی۔",
    "⟦A:Kyodo|جاپانی خبر رساں ادارے کیوڈو کے مطابق⟧ حکومت ریٹائرمنٹ کی عمر بڑھانے پر غور کر رہی ہے۔",
    "⟦A:Bloomberg|بلومبرگ کی رپورٹ کے مطابق⟧ کمپنی اپنے یورپی کاروبار کو فروخت کرنے پر غور کر رہی ہے۔",
    "⟦A:Associated Press|امریکی خبر رساں ادارے اے پی کے مطابق⟧ طوفان سے کم از کم 30 مکانات تباہ ہو گئے۔",
    "⟦A:ANI|بھارتی خبر ایجنسی اے این آئی کے مطابق⟧ ہماچل پردیش میں بس کھائی میں گرنے سے"
    " سات افراد ہلاک ہو گئے۔",
    # negatives
    N("homonym", "پی ٹی آئی نے جمعہ کو ملک گیر احتجاج کی کال دے دی۔"),
    N("homonym", "پاکستان رائٹرز گلڈ کے زیر اہتمام ادبی میلہ لاہور میں شروع ہو گیا۔"),
    N("photo", "سیلاب سے متاثرہ علاقے کا فضائی منظر۔ (فوٹو: رائٹرز)"),
    N("generic", "اسلام آباد (مانیٹرنگ ڈیسک) حکومت نے پیٹرول کی قیمت برقرار رکھنے کا اعلان کر دیا۔"),
    N("subject", "اے ایف پی کے ایک فوٹوگرافر کو غزہ میں فائرنگ سے زخمی ہونے کے بعد ہسپتال منتقل کر دیا گیا۔"),
    N("homonym", "شہری اب نئی موبائل ایپ کے ذریعے بجلی کا بل جمع کرا سکیں گے۔"),
    N("list", "پریس کانفرنس میں رائٹرز، اے ایف پی اور اے پی پی کے نمائندے موجود تھے۔"),
]

# ---------------------------------------------------------------------------------------------
# Hindi
# ---------------------------------------------------------------------------------------------
HI: list[str | Neg] = [
    "लखनऊ, 11 फरवरी ⟦D:IANS|(आईएएनएस)⟧। उत्तर प्रदेश सरकार ने बुधवार को 17 जिलों में नए मेडिकल कॉलेज खोलने"
    " के प्रस्ताव को मंजूरी दी।",
    "जयपुर, 11 फरवरी ⟦D:IANS|(आईएएनएस)⟧। राजस्थान में शीतलहर के कारण कई जिलों में स्कूलों की छुट्टियां"
    " तीन दिन के लिए बढ़ा दी गई हैं।",
    "श्रीनगर, 11 फरवरी ⟦D:ANI|(एएनआई)⟧। गुलमर्ग में ताजा बर्फबारी के बाद पर्यटकों की संख्या में तेजी से"
    " बढ़ोतरी हुई है।",
    # attributions
    "एक वरिष्ठ अधिकारी ने ⟦A:Reuters|रॉयटर्स को बताया⟧ कि सरकार इस प्रस्ताव पर जल्द फैसला करेगी।",
    "जिलाधिकारी ने ⟦A:PTI|पीटीआई से कहा⟧ कि राहत शिविरों में पर्याप्त भोजन और दवाइयां उपलब्ध हैं।",
    "⟦A:IANS|समाचार एजेंसी आईएएनएस से बात करते हुए⟧ उन्होंने कहा कि पार्टी सभी सीटों पर चुनाव लड़ेगी।",
    "⟦A:ANI|एएनआई से बात करते हुए⟧ मंत्री ने बताया कि पुल का निर्माण मार्च तक पूरा हो जाएगा।",
    "⟦A:AFP|न्यूज़ एजेंसी एएफपी की रिपोर्ट के अनुसार⟧, भूस्खलन में कम से कम 19 लोगों की मौत हो गई।",
    "⟦A:Xinhua|चीन की सरकारी समाचार एजेंसी शिन्हुआ के अनुसार⟧, नई हाई-स्पीड रेल लाइन जून में शुरू होगी।",
    "⟦A:Bloomberg|ब्लूमबर्ग की एक रिपोर्ट के मुताबिक⟧, कंपनी भारत में 2 अरब डॉलर का निवेश कर सकती है।",
    "⟦A:Yonhap|दक्षिण कोरियाई समाचार एजेंसी योनहाप ने बताया⟧ कि उत्तर कोरिया ने दो मिसाइलें दागीं।",
    "बांध का जलस्तर खतरे के निशान से नीचे आ गया है। (⟦S:Reuters|इनपुट: रॉयटर्स⟧)",
    # negatives
    N("homonym", "पीटीआई ने इमरान खान की रिहाई की मांग को लेकर इस्लामाबाद में रैली निकाली।"),
    N("homonym", "राजस्थान में पीटीआई शिक्षक भर्ती परीक्षा अप्रैल में आयोजित की जाएगी।"),
    N("homonym", "जनवरी में यूपीआई के जरिए 17 अरब से ज्यादा लेनदेन हुए।"),
    N("photo", "प्रयागराज में संगम तट पर स्नान करते श्रद्धालु। (फोटो: पीटीआई)"),
    N("generic", "सरकार ने गन्ने का समर्थन मूल्य बढ़ा दिया है। (इनपुट - एजेंसियां)"),
    N("homonym", "इस ऐप के जरिए किसान अपनी फसल का बीमा करा सकते हैं।"),
    N("subject", "रॉयटर्स के एक फोटो पत्रकार को सीमा पर हिरासत में लिया गया।"),
]


# =============================================================================================
# building
# =============================================================================================
DATA: dict[str, list[str | Neg]] = {
    "en": EN, "es": ES, "fr": FR, "de": DE, "it": IT, "pt": PT,
    "id": ID, "ms": MS, "tr": TR, "zh": ZH, "ur": UR, "hi": HI,
}


def build() -> list[Record]:
    records = build_records(DATA, NEG_KINDS, id_prefix="h-")
    check_independent(records)
    return records


SHARED_WORDS = 7  # a run of this many words shared with the first set counts as reuse
SHARED_CJK = 10  # for Chinese, which has no spaces: a run of this many Han characters


def _words(text: str) -> list[str]:
    """Words: runs of letters, digits and combining marks (so Devanagari vowel signs stay inside)."""
    words, cur = [], []
    for ch in text.casefold():
        if ch.isalnum() or unicodedata.category(ch).startswith("M"):
            cur.append(ch)
        elif cur:
            words.append("".join(cur))
            cur = []
    if cur:
        words.append("".join(cur))
    return words


def _ngrams(text: str, n: int) -> set[tuple[str, ...]]:
    words = _words(text)
    grams = {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}
    han = "".join(ch for ch in text if "\u4e00" <= ch <= "\u9fff")
    grams |= {(han[i:i + SHARED_CJK],) for i in range(len(han) - SHARED_CJK + 1)}
    return grams


def check_independent(records: list[Record], earlier: tuple[str, ...] = FIRST_SET,
                      name: str = "the held-out set") -> None:
    """No text of ``name`` repeats, or shares a run of SHARED_WORDS words (or of SHARED_CJK Han
    characters) with, a text of the ``earlier`` sets; the offending run and record id are reported."""
    seen: dict[tuple[str, ...], str] = {}
    texts: set[str] = set()
    for file in earlier:
        path = HERE / file
        if not path.exists():
            raise DataError(f"{file} not found: {name} is checked against it")
        for line in path.read_text(encoding="utf-8").splitlines():
            obj = json.loads(line)
            texts.add(obj["text"])
            for g in _ngrams(obj["text"], SHARED_WORDS):
                seen.setdefault(g, obj["id"])
    problems = []
    for r in records:
        if r.text in texts:
            problems.append(f"{r.id}: text occurs in an earlier set")
            continue
        for g in sorted(_ngrams(r.text, SHARED_WORDS)):
            if g in seen:
                problems.append(f"{r.id}: shares {' '.join(g)!r} with {seen[g]}")
                break
    if problems:
        raise DataError(f"{name}: texts overlap an earlier set:\n  " + "\n  ".join(problems))


def counts_markdown(records: list[Record]) -> str:
    lines = [
        "| lang | records | positive records | negative records | credits |",
        "|---|---:|---:|---:|---:|",
    ]
    tot = Counter()
    for lang in LANGS:
        mine = [r for r in records if r.lang == lang]
        pos = sum(1 for r in mine if r.credits)
        neg = len(mine) - pos
        n_cred = sum(len(r.credits) for r in mine)
        lines.append(f"| {lang} | {len(mine)} | {pos} | {neg} | {n_cred} |")
        tot.update({"rec": len(mine), "pos": pos, "neg": neg, "cred": n_cred})
    lines.append(f"| **all** | {tot['rec']} | {tot['pos']} | {tot['neg']} | {tot['cred']} |")
    lines.append("")
    forms = Counter(FORMS[c.form] for r in records for c in r.credits)
    lines.append("Credits per form: " + ", ".join(f"{f} {forms[f]}" for f in FORMS.values()) + ".")
    lines.append("")
    agencies = Counter(c.agency for r in records for c in r.credits)
    lines.append("Credits per agency: " + ", ".join(f"{a} {agencies[a]}" for a in AGENCIES) + ".")
    lines.append("")
    kinds = Counter(r.neg_kind for r in records if r.neg_kind)
    lines.append("Negative records per kind: " + ", ".join(f"{k} {kinds[k]}" for k in NEG_KINDS) + ".")
    lines.append("")
    multi = sum(1 for r in records if len(r.credits) > 1)
    two_agencies = sum(1 for r in records if len({c.agency for c in r.credits}) > 1)
    same_twice = sum(1 for r in records if len(r.credits) > len({c.agency for c in r.credits}))
    lines.append(f"Records with more than one credit: {multi} (two or more agencies: {two_agencies};"
                 f" the same agency twice: {same_twice}).")
    return "\n".join(lines)


BEGIN, END = "<!-- heldout-counts:begin -->", "<!-- heldout-counts:end -->"


def outputs() -> dict[Path, str]:
    records = build()
    out = {OUT: "".join(r.as_json() + "\n" for r in records)}
    return out | readme_with_counts(HERE / "README.md", BEGIN, END, counts_markdown(records))


def main(argv: list[str]) -> int:
    return run_builder(argv, "build_heldout.py", outputs, lambda: counts_markdown(build()))


def run_later_set(argv: list[str], data: dict[str, list[str | Neg]], tag: str,
                  earlier: tuple[str, ...]) -> int:
    """The command line of a later held-out set's builder (``build_<tag>.py``): ``data`` built into
    ``<tag>.jsonl`` with ids ``h<n>-``, checked against the ``earlier`` sets, and its counts written
    into README.md between ``<!-- <tag>-counts:begin -->`` and ``<!-- <tag>-counts:end -->``."""
    out = HERE / f"{tag}.jsonl"

    def build_set() -> list[Record]:
        records = build_records(data, NEG_KINDS, id_prefix="h" + tag.removeprefix("heldout") + "-")
        check_independent(records, earlier, tag)
        return records

    def set_outputs() -> dict[Path, str]:
        records = build_set()
        begin, end = f"<!-- {tag}-counts:begin -->", f"<!-- {tag}-counts:end -->"
        return {out: "".join(r.as_json() + "\n" for r in records)} | readme_with_counts(
            HERE / "README.md", begin, end, counts_markdown(records))

    return run_builder(argv, f"build_{tag}.py", set_outputs, lambda: counts_markdown(build_set()))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
