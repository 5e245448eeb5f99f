#!/usr/bin/env python3
"""Build the FIFTH held-out labelled wire-credit set: heldout5.jsonl.

This set exists for one purpose: the final, honest measurement of a credit detector after the
detector has been developed and tuned on dev.jsonl and test.jsonl, and after heldout.jsonl,
heldout2.jsonl, heldout3.jsonl and heldout4.jsonl were used to steer changes.  Do not look at its
records while working on a detector, do not tune on its errors, and do not copy records from it
into other tests.  Once it has been used to steer a change it no longer measures anything, and a
new held-out set must be written.

Every record below was written by hand for this set, by an author who did not read the detector,
its documentation, its tests or its evaluation script or output, and who read only README.md,
markup.py, the structure and docstrings of the earlier builders and a few of heldout4's records
(for the mark-up in use): no record of dev.jsonl, test.jsonl, heldout.jsonl, heldout2.jsonl,
heldout3.jsonl or heldout4.jsonl was reused, translated or edited, and ``check_independent``
refuses any text that repeats one of theirs or shares a run of SHARED_WORDS words (SHARED_CJK Han
characters) with one.  Places, dates and
formats are realistic; events, figures, people and most companies are invented.

Mark-up (the same as build.py and the earlier held-out builders).  A credit is written
``⟦F:Agency|span text⟧``: ``F`` is the form (see FORMS), ``Agency`` one of the canonical names in
AGENCIES, ``span text`` the text that is kept and whose offsets are recorded.  A negative is
written ``N("kind", "text")`` and contains no mark-up.  The span conventions are those of
README.md ("Span conventions", "Convention decisions") and of the docstrings of
build_heldout.py, build_heldout2.py, build_heldout3.py and build_heldout4.py.

Convention decisions beyond those (made while writing this set; a detector developer must not
read them as a list of cases to handle):

* "(EUROPA PRESS/EP)" in a dateline is one credit (EP is Europa Press's own short form), marked
  whole with its brackets as "(EUROPA PRESS)" is; "(dpa-AFX)", dpa's financial service, is a dpa
  dateline marked the same way, and so is "(ANTARA News)".
* A generic or non-canonical name joined to a canonical one ("(Agenturen/Reuters)", "Zürich
  (SDA/AFP)", "Wien (APA/dpa)") marks the canonical name only, as a combined credit, following
  heldout4's "(APA/dpa)".  Lower-case DW-style codes in brackets ("(rtr, afp, ap)") are combined
  credits, "ap" being the Associated Press as "rtr" is Reuters.
* "avec AFP" after a paper's name is a byline when it heads the text ("Le Figaro avec AFP" above
  the date line) and a sign-off when it closes it ("Le Soir avec AFP"); either way only "avec AFP"
  is marked.  "Anadolu Ajansı | 12.04.2026 14:30" heading a text is a byline like "Agencia EFE |
  Quito": the name only, the bar and date outside.
* "according to a Reuters poll of 40 economists": the attribution ends at "poll", the panel stays
  outside, as heldout4 decided for "segundo pesquisa da Reuters".
* "auf Anfrage der Deutschen Presse-Agentur" (a spokesman confirmed it when dpa asked) and "Nach
  Informationen der Deutschen Presse-Agentur" are attributions, marked whole.  "a appris l'AFP
  auprès du parquet": the source the agency learned it from stays outside the span.
* A closing "（新华社、路透社）" without 综合…报道 is combined, each name marked, the brackets and
  "、" outside, as heldout's "（综合新华社、路透社报道）" is.
* A full name followed by its abbreviation in brackets ("एसोसिएटेड प्रेस ऑफ पाकिस्तान (एपीपी) के
  अनुसार") is one span; the brackets inside it are part of the phrase.
* Generic lines placed after a news sentence ("…\\n(Avec agences)", "… (ویب ڈیسک)", "…\\n-- Agensi")
  are negatives of kind "generic" as the lines alone are; "Only the headline of this wire story has
  been changed by our staff" (a reprint note that names no agency) is "generic" too.
* Homonyms and words new to this set: "AFP Habitat" (a Chilean pension fund administrator), the
  Ansaldo shipyard, the Urdu "ایپ" (app), "AP Calculus", an Ani as a runner; a Reuters/Ipsos
  "survey" is a poll as a Reuters/Ipsos poll is.
* "==Kyodo" closing a text is marked whole, the "==" included as a sign-off's leading dash is.
* "an AP review of its data showed": the attribution is "an AP review", the object of the review
  and the verb after it outside (heldout4's "according to a Reuters review").  In the same text a
  dateline and a quote given to the same agency ("LONDON (Reuters) - … two sources told Reuters")
  are two credits.
* "New Delhi [India], March 17 (ANI):": the dateline credit is "(ANI)", the bracketed country is
  part of the place and stays outside.  A "(Reuters photo)" caption above a story that closes with
  "— Reuters" is not marked; only the sign-off is.
* Indonesian papers' closing "(Ant)" is Antara's short form: an inline credit, brackets included,
  as a closing "(ANTARA)" would be.

Run ``python tests/data/credits/build_heldout5.py`` to rewrite heldout5.jsonl and the heldout5
counts in README.md; ``--check`` exits 1 if the files on disk are not what the data gives.
"""

from __future__ import annotations

import sys

from build_heldout import run_later_set
from markup import LANGS, NBSP, N, Neg

EARLIER_SETS = (
    "dev.jsonl", "test.jsonl", "heldout.jsonl", "heldout2.jsonl", "heldout3.jsonl", "heldout4.jsonl",
)

# ---------------------------------------------------------------------------------------------
# English: wire copy and reprints (US, UK, Indian, Pakistani, Malaysian, Philippine, Gulf, African)
# ---------------------------------------------------------------------------------------------
EN: list[str | Neg] = [
    # datelines
    "KAMPALA, Sept 14 ⟦D:Reuters|(Reuters)⟧ - Uganda's coffee exports climbed 18% in August to the"
    " highest monthly volume in six years as farmers in the Rwenzori foothills brought in an early"
    " harvest, the sector regulator said on Monday.",
    "TORONTO, March 27 ⟦D:Reuters|(Reuters)⟧ — Canada's third-biggest grocer said on Thursday it would"
    " close 14 discount stores in Atlantic Canada after a price war with a rival chain squeezed margins.",
    "MUMBAI ⟦D:Reuters|(Reuters)⟧ -- Indian government bond yields edged lower in early trade on"
    " Wednesday, tracking a fall in crude prices, traders said.",
    "BOISE, Idaho ⟦D:Associated Press|(AP)⟧ — A wildfire that started near a rural highway west of"
    " Boise grew to more than 9,000 acres overnight and forced evacuations in two subdivisions,"
    " fire officials said Saturday.",
    "JACKSON, Miss. ⟦D:Associated Press|(AP)⟧ — Mississippi lawmakers on Tuesday sent the governor a bill"
    " that would let rural hospitals share ambulances across county lines.",
    "DAKAR, Senegal ⟦D:Associated Press|(AP)⟧ – Senegal's fishermen's association said Friday that six"
    " pirogues were missing after a storm off the Casamance coast.",
    "MANILA ⟦D:AFP|(AFP)⟧ - Philippine coast guard divers on Tuesday recovered the bodies of four crew"
    " members from a cargo boat that sank off Batangas in rough seas.",
    "ADDIS ABABA, Nov 22 ⟦D:AFP|(AFP)⟧ - Ethiopia will open a second runway at its main airport next"
    " year, the national carrier said Saturday, as passenger numbers outgrow the terminal.",
    "Berlin ⟦D:dpa|(dpa)⟧ - German carmaker Veldmann said Wednesday it would cut 2,300 jobs at its two"
    " Saxony plants by 2028 as demand for its combustion models keeps falling.",
    "ROME, Feb 10 ⟦D:ANSA|(ANSA)⟧ - Italy's Constitutional Court on Tuesday struck down a regional law"
    " in Sardinia that capped the number of wind turbines per municipality.",
    "MADRID, 4 Jun. ⟦D:Europa Press|(EUROPA PRESS)⟧ - Spain's jobless claims fell by 41,200 in May,"
    " the labour ministry said on Tuesday.",
    "Bogota, Jul 7 ⟦D:EFE|(EFE)⟧.- Colombia's navy seized 2.4 tonnes of cocaine from a semi-submersible"
    " vessel off the Pacific coast of Nariño, authorities said Monday.",
    "New Delhi, Aug 19 ⟦D:PTI|(PTI)⟧ The Supreme Court on Tuesday issued notice to the Centre on a petition"
    " calling for uniform guidelines for coaching centres.",
    "Bhubaneswar: ⟦D:PTI|(PTI)⟧ The Odisha government on Friday announced compensation of Rs 4 lakh to"
    " each bereaved family after lightning killed 11 people in three districts.",
    "Guwahati, Jan 30 ⟦D:IANS|(IANS)⟧ Assam Police on Thursday seized drugs worth Rs 22 crore in"
    " Karimganj district and arrested two people.",
    "Srinagar, April 4 ⟦D:ANI|(ANI)⟧: Tourist footfall in Gulmarg crossed 1.2 lakh in March, officials"
    " said on Friday.",
    "Quetta, Oct 12 ⟦D:APP|(APP)⟧: Balochistan Chief Minister on Sunday directed the authorities to"
    " complete the Zhob bypass by December.",
    f"Lahore, Dec 2{NBSP}⟦D:APP|(APP)⟧: Punjab's health department has set up 60 smog counters in"
    " public hospitals across the province.",
    "KUALA LUMPUR, June 3 ⟦D:Bernama|(Bernama)⟧ -- The ringgit was quoted firmer versus the greenback at"
    " the opening today on renewed buying interest.",
    "KOTA KINABALU, Aug 28 ⟦D:Bernama|(Bernama)⟧ -- Sabah will build 12 new rural clinics in the"
    " interior next year, said State Health Minister.",
    "ISTANBUL ⟦D:Anadolu|(AA)⟧ - Türkiye's exports rose 9.3% year-on-year in October to $24.1 billion,"
    " the trade minister announced Monday.",
    "ANKARA, Türkiye ⟦D:Anadolu|(AA)⟧ - A Turkish court on Thursday ordered the release of 11 suspects"
    " held in a probe into a collapsed dormitory.",
    "TOKYO, May 8 ⟦D:Kyodo|(Kyodo)⟧ -- Japan's household spending fell for the fourth straight month in"
    " March, government data showed Friday.",
    "SEOUL, Sept 2 ⟦D:Yonhap|(Yonhap)⟧ -- South Korea's consumer prices rose 2.1 percent in August from"
    " a year earlier, the statistics agency said Tuesday.",
    "MOSCOW, April 16. ⟦D:TASS|/TASS/⟧. A new terminal at Vladivostok's commercial port will open in"
    " the third quarter, the port's director told reporters on Wednesday.",
    "BEIJING, Jan. 21 ⟦D:Xinhua|(Xinhua)⟧ -- China's railway operator handled 14.6 million passenger"
    " trips on Tuesday, the first day of the Spring Festival travel rush.",
    "JAKARTA, March 5 ⟦D:Antara|(ANTARA)⟧ - Indonesia's trade ministry will tighten checks on imported"
    " textiles at five ports starting next month, an official said here on Wednesday.",
    "WASHINGTON, Oct. 9 ⟦D:UPI|(UPI)⟧ -- The Senate on Thursday confirmed the nominee to lead the"
    " Federal Aviation Administration by a vote of 58-40.",
    "HOUSTON, Feb. 3, 2026 ⟦D:PR Newswire|/PRNewswire/⟧ -- Tallgrass Ridge Energy Partners today"
    " announced the closing of its acquisition of a 140-mile crude gathering system in the Permian"
    " Basin.",
    "BOSTON--⟦D:Business Wire|(BUSINESS WIRE)⟧--Corvessa Therapeutics, Inc. (Nasdaq: CRVS) today"
    " reported topline results from its Phase 2 trial in adults with moderate asthma.",
    "AUSTIN, Texas, June 17, 2026 ⟦D:Globe Newswire|(GLOBE NEWSWIRE)⟧ -- Helixpoint Software today"
    " announced that it has been selected by a state agency to modernize its licensing platform.",
    "LONDON, Nov 12 ⟦D:Bloomberg|(Bloomberg)⟧ -- Britain's biggest listed landlord agreed to buy a"
    " portfolio of logistics warehouses for 1.3 billion pounds.",
    # inline and combined
    "The council said 240 homes in the Limpopo valley had been flooded ⟦I:AFP|(AFP)⟧.",
    "Mining in the district was suspended after the collapse, which killed nine workers. ⟦I:ANI|(ANI)⟧",
    "GAZA CITY (⟦C:AFP|AFP⟧/⟦C:Reuters|Reuters⟧) - Aid trucks began entering the territory through a"
    " second crossing on Sunday, the UN said.",
    "Talks on the grain corridor will resume in Geneva next week, the ministry said."
    " ⟦I:Associated Press|—With AP⟧",
    "Officials said the bridge would remain shut until engineers complete an inspection."
    " ⟦I:Associated Press|— with AP⟧",
    "By Chidi Okonkwo ⟦I:Reuters|with Reuters⟧\nLAGOS - Nigeria's electricity regulator cut tariffs for"
    " the highest-paying customers by 8%.",
    "Riyadh, Saudi Arabia: Saudi Arabia's sovereign fund will list a second unit on the Tadawul this"
    " year, ⟦C:Reuters|Reuters⟧ and ⟦C:Bloomberg|Bloomberg⟧ reported on Wednesday, citing bankers in"
    " Riyadh and Dubai.",
    "(With inputs from ⟦C:PTI|PTI⟧ and ⟦C:IANS|IANS⟧)",
    "The death toll from the fire in the Karachi garment factory has risen to 23, police said. (⟦C:APP|APP⟧"
    " / ⟦C:Reuters|Reuters⟧)",
    # attributions
    "The central bank is expected to keep rates on hold, ⟦A:Reuters|according to a Reuters poll⟧ of 40"
    " economists published on Monday.",
    "Two engines of the aircraft were replaced in March, ⟦A:Bloomberg|Bloomberg News reported⟧, citing"
    " maintenance records.",
    "A spokesman for the port authority ⟦A:Associated Press|told The Associated Press⟧ that crane"
    " operators had walked off the job.",
    "⟦A:AFP|According to an AFP count⟧, at least 60 protesters have been detained since Thursday.",
    "The Kremlin has not commented, ⟦A:TASS|Russian news agency TASS reported⟧.",
    "Pyongyang fired two short-range missiles into the sea on Friday, ⟦A:Yonhap|Yonhap news agency"
    " said⟧, quoting the South Korean military.",
    "The plant's operator began releasing a third batch of treated water, ⟦A:Kyodo|Kyodo News"
    " reported⟧.",
    "⟦A:Xinhua|Xinhua said⟧ the new rail link would shorten the journey from Chengdu to Xi'an to"
    " 90 minutes.",
    "Three Turkish fishermen were rescued off Sinop, ⟦A:Anadolu|state-run Anadolu Agency reported⟧.",
    "\"We will not accept the tariff,\" the minister ⟦A:Bernama|told Bernama⟧ after the meeting.",
    "⟦A:dpa|German news agency dpa reported⟧ that the train's driver had been taken to hospital.",
    "The union rejected the offer, ⟦A:EFE|Spanish news agency EFE said⟧.",
    "⟦A:ANSA|Italian news agency ANSA said⟧ the mayor of Catania had ordered schools closed on Monday.",
    "The committee will meet again on Thursday, ⟦A:Antara|Indonesia's state news agency Antara"
    " reported⟧.",
    "A senior police officer ⟦A:PTI|told PTI⟧ that the accused had been on the run for three years.",
    "The fare hike was approved at a meeting chaired by the federal minister, ⟦A:APP|the state news"
    " agency APP said⟧.",
    "Residents said the water had reached the second floor of some houses, ⟦A:IANS|IANS reported⟧.",
    "⟦A:UPI|UPI reported⟧ earlier that the launch had been delayed by a faulty valve.",
    "⟦A:Europa Press|Europa Press reported⟧ that the Catalan government would appeal the ruling.",
    "The company is weighing a sale of its Asian unit, ⟦A:Reuters|Reuters reported⟧ on Tuesday,"
    " quoting three bankers involved in the process.",
    # sign-offs and bylines
    "Lawmakers are due to vote on the bill on March 28.\n(⟦S:Reuters|Reporting by Tomasz Wierzbicki in"
    " Warsaw; Editing by Alison Petrie⟧)",
    "Rescue work continued through the night. ⟦S:PTI|PTI RKS NB⟧",
    "The exhibition runs until June 30. ⟦S:Bernama|-- BERNAMA⟧",
    "The ferry service will resume on Monday.\n\n⟦S:Associated Press|Associated Press writer Lin Yu-ting"
    " in Taipei contributed to this report⟧.",
    "Copies of the report were sent to all provincial assemblies. ⟦S:APP|— APP⟧",
    "The tournament begins on Saturday in Doha. ⟦S:AFP|— AFP⟧",
    "Prosecutors in Bergamo have opened a manslaughter inquiry. ⟦S:Reuters|- Reuters⟧",
    "⟦B:AFP|By AFP⟧\nPosted on March 2, 2026\nTUNIS: Tunisia's parliament approved a new investment law.",
    "⟦B:Reuters|By Reuters⟧ | Updated: 14 Feb 2026, 09:12 AM IST",
    "Shares of the carrier have fallen 30% this year. ⟦S:Bloomberg|©2026 Bloomberg L.P.⟧",
    "The Dubai Metro extension will open in September, the Roads and Transport Authority said. ⟦S:dpa|—"
    " dpa⟧",
    "The festival drew 40,000 visitors.\n⟦S:IANS|--IANS⟧\nvk/pgh",
    "Polls in the county close at 8 p.m. on Tuesday, with results expected by midnight.\n\n"
    "⟦S:Associated Press|Copyright 2026 The Associated Press⟧.",
    "Philippine Daily Star\nThe Department of Health said dengue cases in Central Visayas rose by 40"
    " percent. ⟦S:Xinhua|— Xinhua⟧",
    # negatives
    N("subject", "Reuters named a new editor-in-chief on Wednesday, ending a six-month search."),
    N("subject", "The Associated Press announced it would close its bureau in Caracas next month."),
    N("subject", "AFP's chief executive said the agency had signed licensing deals with two AI firms."),
    N("homonym", "AFP officers arrested two men at Sydney Airport after finding 40 kg of methamphetamine"
      " in their luggage."),
    N("homonym", "The AFP said troops clashed with communist rebels in Samar on Tuesday, killing three."),
    N("homonym", "Pupils who pass AP Calculus with a top score can earn credit at most state universities."),
    N("homonym", "The AP government has sanctioned Rs 900 crore for drinking water projects in"
      " Rayalaseema."),
    N("homonym", "PTI supporters gathered outside Adiala jail on Friday demanding the release of the"
      " party's founder."),
    N("homonym", "Ani Vardanyan, 27, set a national record in the women's steeplechase on Sunday."),
    N("homonym", "Merchants in Pune say UPI payments now make up most of their daily sales."),
    N("homonym", "The firm entered a DPA with prosecutors and agreed to pay $120 million."),
    N("homonym", "Michael Bloomberg pledged $50 million to a malaria vaccine programme."),
    N("homonym", "Guests checked in at the Xinhua Hotel on Jiefang Road before the ceremony."),
    N("homonym", "Buy a pack of AA batteries before the trip."),
    N("homonym", "APP says its pulp mill in Riau is now fully powered by biomass."),
    N("homonym", "Anadolu Efes beat Fenerbahce 84-79 in the Turkish league final."),
    N("word", "The department of defence has refused to release the tender documents."),
    N("photo", "Firefighters work at the site of the blaze. (Photo: Reuters)"),
    N("photo", "A man walks past a mural in Harare. AFP PHOTO / Jekesai Njikizana"),
    N("photo", "Commuters wait for a bus in Lagos. (AP Photo/Sunday Alamba)"),
    N("photo", "Devotees take a holy dip in the Ganga. | Photo Credit: PTI"),
    N("url", "Send tips to newsroom@reuters.com or visit reuters.com/tips."),
    N("url", "Follow @AFP for live updates."),
    N("list", "Journalists from Reuters, Bloomberg, the BBC and Al Jazeera were denied entry to the"
      " summit venue."),
    N("unverified", "Reuters was not able to confirm the group's claim independently."),
    N("unverified", "The AP was unable to confirm the authenticity of the video."),
    N("poll", "Support for the ruling coalition slipped to 37% in the latest Reuters/Ipsos survey."),
    N("poll", "Alabama fell to sixth in the AP Top 25 after the loss."),
    N("chart", "Chart: Ringgit vs US dollar, 2020-2026. Source: Bloomberg"),
    N("generic", "(With inputs from agencies)"),
    N("generic", "— Compiled from wire services"),
    N("generic", "Staff and agencies"),
    N("generic", "Only the headline of this wire story has been changed by our staff."),
    N("subject", "The Bernama chairman handed over scholarships to 30 children of staff."),
    N("subject", "Xinhua opened a new regional bureau in Nairobi, its 40th in Africa."),
    # more: press releases, UPI, ANI, same agency twice, Gulf and African reprints
    "TORONTO, Jan. 14, 2026 ⟦D:Globe Newswire|(GLOBE NEWSWIRE)⟧ -- Northline Metals Corp. (TSX-V: NLM)"
    " is pleased to announce assay results from its winter drill programme at the Kettle Lake property.",
    "NEW DELHI, May 5, 2026 ⟦D:PR Newswire|/PRNewswire/⟧ -- Kavach Pay, a Bengaluru-based payments"
    " startup, today announced a Series C round of $85 million.",
    "TOKYO--⟦D:Business Wire|(BUSINESS WIRE)⟧--Hoshimi Corporation (TOKYO: 6892) today announced that"
    " it will build a second wafer-cleaning equipment plant in Kumamoto.",
    "SEOUL, South Korea, March 3 ⟦D:UPI|(UPI)⟧ -- North Korea test-fired a new cruise missile off its"
    " west coast on Tuesday, the South Korean military said.",
    "Feb. 20 ⟦D:UPI|(UPI)⟧ -- A winter storm dumped more than a foot of snow on parts of upstate New"
    " York on Friday, closing schools across the region.",
    "New Delhi [India], March 17 ⟦D:ANI|(ANI)⟧: The civil aviation minister inaugurated"
    " a skill centre for drone pilots at the Safdarjung airfield on Monday.",
    "LONDON, July 2 ⟦D:Reuters|(Reuters)⟧ - Britain's biggest water supplier will seek a fresh equity"
    " injection of up to 2 billion pounds, ⟦A:Reuters|two sources told Reuters⟧ on Wednesday.",
    "The typhoon made landfall on Okinawa's main island early Sunday.\n⟦S:Kyodo|==Kyodo⟧",
    "Abu Dhabi: The emirate's ports operator posted a 12 per cent rise in first-half profit on Thursday."
    " (⟦S:Reuters|With inputs from Reuters⟧)",
    "⟦B:AFP|By Agence France-Presse⟧\nKINSHASA — Congolese health authorities declared an outbreak of"
    " cholera in two districts of Kasai province.",
    "MANILA, Philippines — The Bureau of Immigration deported 41 foreigners linked to an online scam"
    " hub in Pampanga. ⟦S:AFP|— Agence France-Presse⟧",
    "Shoppers queue outside the new mall in Lekki. (Reuters photo)\n\nThe centre will create 2,000"
    " jobs, the developer said. ⟦S:Reuters|— Reuters⟧",
    "HARARE, Zimbabwe ⟦D:Associated Press|(AP)⟧ — Zimbabwe's central bank said Tuesday that the gold-backed"
    " currency had held steady for six months, ⟦A:Associated Press|an AP review⟧ of its data showed.",
    N("subject", "The Reuters Institute's annual survey found trust in news steady at 40%."),
    N("subject", "A software fault took the Bloomberg Terminal offline for two hours on Tuesday."),
    N("subject", "Yonhap's chief executive resigned on Monday after a row over its board."),
    N("homonym", "Bloomberg Philanthropies named Accra and Kigali among ten cities in a clean-air"
      " grant scheme."),
]

# ---------------------------------------------------------------------------------------------
# Spanish: Spain and Latin America
# ---------------------------------------------------------------------------------------------
ES: list[str | Neg] = [
    "Lima, 12 may ⟦D:EFE|(EFE)⟧.- El Gobierno peruano declaró en emergencia 38 distritos de Piura y"
    " Tumbes por las lluvias intensas de las últimas dos semanas.",
    "Ciudad de México, 3 feb ⟦D:EFE|(EFE)⟧.- La inflación en México se moderó en enero al 3,9 % anual,"
    " informó este jueves el instituto de estadística.",
    "SEVILLA, 22 Oct. ⟦D:Europa Press|(EUROPA PRESS)⟧ - El Gobierno andaluz sacará a concurso este año la"
    " reforma de 14 centros de salud en la provincia.",
    "VALÈNCIA, 9 Mar. ⟦D:Europa Press|(EUROPA PRESS)⟧ - Los bomberos han rescatado a dos senderistas"
    " atrapados en un barranco de la Serra d'Espadà.",
    "BUENOS AIRES, 17 jun ⟦D:Reuters|(Reuters)⟧ - La actividad económica argentina creció un 1,2% en"
    " abril frente al mes previo, dijo el martes el instituto oficial de estadísticas.",
    "SANTIAGO DE CHILE ⟦D:AFP|(AFP)⟧ - El Senado chileno aprobó este miércoles una reforma que amplía"
    " el permiso parental a doce semanas.",
    "Caracas, 30 ago ⟦D:AFP|(AFP)⟧ - Un apagón dejó sin luz a once estados de Venezuela durante varias"
    " horas este sábado.",
    "Montevideo, 5 nov (⟦C:EFE|EFE⟧/⟦C:AFP|AFP⟧) - Uruguay cerró octubre con la tasa de desempleo más"
    " baja en diez años.",
    "WASHINGTON, 14 Ene. ⟦D:Europa Press|(EUROPA PRESS/EP)⟧ - La Reserva Federal mantuvo sin cambios"
    " los tipos de interés.",
    "PEKÍN, 11 Abr. ⟦D:Xinhua|(Xinhua)⟧ - China lanzó con éxito un nuevo satélite meteorológico desde"
    " el centro de Jiuquan.",
    "La Paz, 20 jul ⟦D:EFE|(EFE)⟧.- Bolivia suspendió las exportaciones de carne de res durante dos"
    " meses para contener el precio interno.",
    # attribuciones
    "El buque quedó varado a unos 300 metros de la costa, ⟦A:EFE|informó a EFE⟧ un portavoz de la"
    " Armada.",
    "⟦A:Reuters|Según fuentes consultadas por Reuters⟧, la petrolera estatal negocia un préstamo de"
    " 2.000 millones de dólares.",
    "El alcalde ⟦A:AFP|dijo a la AFP⟧ que el agua potable llegará en camiones cisterna.",
    "⟦A:Associated Press|De acuerdo con The Associated Press⟧, la aerolínea canceló 120 vuelos.",
    "La compañía prepara su salida a bolsa en Nueva York, ⟦A:Bloomberg|según informó Bloomberg⟧.",
    "⟦A:Europa Press|Según ha informado Europa Press⟧, el juez ha citado a declarar a cuatro"
    " exconsejeros.",
    "El Kremlin confirmó la reunión, ⟦A:TASS|según recoge la agencia rusa TASS⟧.",
    "⟦A:ANSA|Según la agencia italiana ANSA⟧, el pontífice visitará Cerdeña en septiembre.",
    "⟦A:Anadolu|De acuerdo con la agencia turca Anadolu⟧, el incendio forestal ya está controlado.",
    "El tifón dejó al menos 18 muertos, ⟦A:Kyodo|informó la agencia japonesa Kyodo⟧.",
    # firmas y bylines
    "⟦B:EFE|Agencia EFE⟧ | Asunción",
    "⟦B:AFP|Por AFP⟧\nEl Salvador inauguró este domingo su segundo puerto de aguas profundas.",
    "El Gobierno anunció un nuevo plan de vivienda. ⟦S:EFE|EFE aml/mcd⟧",
    "Las obras comenzarán en septiembre. ⟦S:EFE|© EFE 2026⟧",
    "La selección viaja el lunes a Quito.\n\n(Con información de ⟦C:Reuters|Reuters⟧ y ⟦C:EFE|EFE⟧)",
    "El ministro renunció tras la polémica. ⟦I:Europa Press|(Europa Press)⟧",
    # negativos
    N("homonym", "La AFP Habitat reportó una rentabilidad del 6 % para el fondo más riesgoso."),
    N("word", "EFEMÉRIDES: un día como hoy de 1810 se instaló la Primera Junta."),
    N("word", "El efecto de la sequía se sentirá en el precio del maíz."),
    N("photo", "Vista de la Plaza de Mayo durante la marcha. EFE/Juan Ignacio Roncoroni"),
    N("subject", "La agencia EFE celebró sus 87 años con una exposición fotográfica en Madrid."),
    N("generic", "El Banco Central elevó su tasa de referencia en medio punto.\n\nRedacción / Agencias"),
    N("list", "A la rueda de prensa asistieron medios como Reuters, AFP y Europa Press."),
    N("url", "Consulte el especial en efe.com/cop31-belem."),
    N("unverified", "Las cifras del grupo armado no han podido ser contrastadas por la AFP."),
    N("subject", "Europa Press incorporará a 15 periodistas a su delegación de Galicia."),
    "CIUDAD DE MÉXICO, 14 de marzo de 2026 ⟦D:PR Newswire|/PRNewswire/⟧ -- Corporativo Altamar inaugura este"
    " mes una planta de envases reciclables en Querétaro.",
    "QUITO, 8 jul ⟦D:EFE|(EFE)⟧.- Ecuador activó la alerta naranja en cuatro provincias, ⟦A:EFE|según"
    " confirmó a EFE⟧ la Secretaría de Gestión de Riesgos.",
    N("subject", "La agencia Reuters abrirá una oficina en Asunción, según su director regional."),
]

# ---------------------------------------------------------------------------------------------
# French: France, Belgium, Switzerland, Africa, Quebec
# ---------------------------------------------------------------------------------------------
FR: list[str | Neg] = [
    "BAMAKO, 4 mars 2026 ⟦D:AFP|(AFP)⟧ - Le gouvernement malien a annoncé mardi la réouverture de la"
    " route reliant Mopti à Tombouctou, fermée depuis six mois.",
    "Lyon ⟦D:AFP|(AFP)⟧ - Un incendie a détruit un entrepôt de pneus samedi soir à Vénissieux,"
    " sans faire de blessé.",
    "Montréal ⟦D:AFP|(AFP)⟧ – Le Québec va imposer des quotas de contenu francophone aux plateformes"
    " de diffusion en continu, a annoncé jeudi le ministre de la Culture.",
    "GENÈVE, 8 juin ⟦D:Reuters|(Reuters)⟧ - L'Organisation mondiale de la santé a recommandé lundi un"
    " second vaccin contre la dengue pour les enfants de six à seize ans.",
    "DAKAR, 16 janvier ⟦D:Associated Press|(AP)⟧ — Le Sénégal a suspendu les licences de pêche de"
    " douze chalutiers étrangers.",
    "Bruxelles ⟦D:dpa|(dpa)⟧ - La Commission européenne a ouvert une enquête sur les aides accordées à"
    " un constructeur de batteries.",
    "Pékin, 2 avril ⟦D:Xinhua|(Xinhua)⟧ -- La Chine a inauguré le plus long pont suspendu du Guizhou.",
    "ROME, 19 sept ⟦D:ANSA|(ANSA)⟧ - Le gouvernement italien a approuvé un décret sur les loyers"
    " étudiants.",
    "ABIDJAN (⟦C:AFP|AFP⟧/⟦C:Reuters|Reuters⟧) - Une explosion dans un dépôt de carburant a fait trois"
    " morts mardi à Yopougon.",
    # attributions
    "Un homme de 31 ans a été placé en garde à vue samedi à Roubaix, ⟦A:AFP|a appris l'AFP⟧"
    " auprès du parquet de Lille.",
    "⟦A:AFP|Selon un décompte de l'AFP⟧, au moins 45 personnes ont péri dans les inondations.",
    "« Les puits sont à sec depuis trois semaines », ⟦A:AFP|confie à l'AFP⟧ Noro, vendeuse au"
    " marché de Tuléar.",
    "Le groupe envisage de céder sa filiale brésilienne, ⟦A:Bloomberg|selon l'agence Bloomberg⟧.",
    "⟦A:Reuters|D'après l'agence Reuters⟧, les négociations ont échoué dans la nuit.",
    "Le Premier ministre a démissionné, ⟦A:Kyodo|rapporte l'agence japonaise Kyodo⟧.",
    "⟦A:Anadolu|Selon l'agence de presse turque Anadolu⟧, 14 migrants ont été secourus au large de"
    " Bodrum.",
    "L'armée a confirmé l'incident, ⟦A:Yonhap|a indiqué l'agence sud-coréenne Yonhap⟧.",
    "Un porte-parole ⟦A:dpa|a déclaré à l'agence allemande DPA⟧ que l'usine restera fermée.",
    "⟦A:TASS|L'agence russe TASS a rapporté⟧ que deux drones avaient été abattus au-dessus de Koursk.",
    # signatures
    "Le procès reprendra le 14 octobre. ⟦S:AFP|(avec AFP)⟧",
    "La Marseillaise a retenti dans le stade. ⟦S:AFP|© 2026 AFP⟧",
    "Le Figaro ⟦B:AFP|avec AFP⟧\nPublié le 3 mai 2026 à 11h42",
    "La municipalité promet des travaux avant l'hiver.\n\nLe Soir ⟦S:AFP|avec AFP⟧",
    # négatifs
    N("homonym", "L'AP-HP a déprogrammé 300 opérations en raison de la grève des anesthésistes."),
    N("subject", "L'AFP a inauguré un nouveau bureau à Lagos, le troisième en Afrique de l'Ouest."),
    N("photo", "Des manifestants à Tunis, le 12 avril. (Photo d'illustration Reuters)"),
    N("unverified", "Ces chiffres n'ont pas pu être confirmés de manière indépendante par l'AFP."),
    N("generic", "La grève des contrôleurs aériens est reconduite jusqu'à mardi.\n(Avec agences)"),
    N("list", "Trois journalistes (AFP, Reuters, TV5 Monde) ont été expulsés du pays vendredi."),
    N("url", "Contact presse : presse@afp.com"),
    N("word", "Le chantier Ansaldo de Gênes a livré un troisième ferry à la compagnie corse."),
    N("homonym", "Les Forces armées des Philippines (AFP) ont annoncé la mort de deux rebelles à"
      " Mindanao."),
    N("subject", "La rédaction de Reuters à Paris a déménagé dans le 8e arrondissement."),
    "MONTRÉAL, 9 févr. 2026 ⟦D:Globe Newswire|(GLOBE NEWSWIRE)⟧ -- Groupe Lavande inc. annonce"
    " l'acquisition de trois usines de transformation au Saguenay.",
    "PARIS--⟦D:Business Wire|(BUSINESS WIRE)⟧--Régulatoire : Orvane SA publie ses résultats du premier"
    " semestre.",
    "NIAMEY ⟦D:AFP|(AFP)⟧ - Les écoles de la capitale resteront fermées jusqu'à lundi en raison de la"
    " chaleur, ⟦A:AFP|a indiqué à l'AFP⟧ un responsable du ministère.",
    N("subject", "Reuters a annoncé la suppression de 30 postes dans son bureau de Bruxelles."),
    "Les secours poursuivaient leurs recherches dimanche soir dans les décombres de l'immeuble de"
    " Bizerte. ⟦I:AFP|(AFP)⟧",
]

# ---------------------------------------------------------------------------------------------
# German: Germany, Austria, Switzerland
# ---------------------------------------------------------------------------------------------
DE: list[str | Neg] = [
    "Hannover ⟦D:dpa|(dpa/lni)⟧ - Nach dem Brand in einer Lagerhalle in Garbsen ermittelt die Polizei"
    " wegen des Verdachts der Brandstiftung.",
    "Stuttgart ⟦D:dpa|(dpa)⟧ - Der Landtag hat am Mittwoch ein neues Gesetz zum Schutz von Streuobstwiesen"
    " beschlossen.",
    "Erfurt ⟦D:dpa|(dpa/th)⟧ - Auf der A4 bei Gotha sind am Morgen zwei Lastwagen zusammengestoßen.",
    "Wien (APA/⟦C:dpa|dpa⟧) - Die österreichische Bundesregierung hat sich auf eine Senkung der"
    " Stromabgabe für Haushalte geeinigt.",
    "Zürich (SDA/⟦C:AFP|AFP⟧) - Die Schweizerische Nationalbank hat den Leitzins unverändert gelassen.",
    "Frankfurt/Main ⟦D:dpa|(dpa-AFX)⟧ - Die Aktie des Chemiekonzerns Lorwein ist am Dienstag um mehr als"
    " neun Prozent eingebrochen.",
    "Kairo ⟦D:AFP|(AFP)⟧ - Bei einem Busunglück in Oberägypten sind mindestens zwölf Menschen ums Leben"
    " gekommen.",
    "Washington ⟦D:Reuters|(Reuters)⟧ - Die US-Regierung hat neue Zölle auf Solarmodule aus vier"
    " südostasiatischen Ländern angekündigt.",
    "Peking ⟦D:Reuters|(rtr)⟧ - Chinas Exporte sind im Mai überraschend kräftig gestiegen.",
    "Rom (⟦C:dpa|dpa⟧/⟦C:ANSA|ANSA⟧) - Im Süden Italiens hat ein Erdbeben der Stärke 4,6 mehrere"
    " Gebäude beschädigt.",
    # Zuschreibungen
    "Das bestätigte ein Sprecher des Innenministeriums ⟦A:dpa|auf Anfrage der Deutschen"
    " Presse-Agentur⟧.",
    "⟦A:dpa|Nach Informationen der Deutschen Presse-Agentur⟧ soll der Entwurf noch vor"
    " der Sommerpause ins Kabinett.",
    "Der Konzern prüfe einen Verkauf der Sparte, ⟦A:Reuters|berichtete Reuters⟧ am Dienstag"
    " mit Verweis auf drei Insider.",
    "⟦A:Bloomberg|Laut einem Bericht von Bloomberg⟧ verhandelt der Autobauer mit zwei Zulieferern.",
    "Mindestens 30 Menschen seien festgenommen worden, ⟦A:AFP|meldete die französische"
    " Nachrichtenagentur AFP⟧.",
    "⟦A:Associated Press|Nach Angaben der Nachrichtenagentur AP⟧ wurden drei Polizisten verletzt.",
    "Die Brücke sei einsturzgefährdet, ⟦A:dpa|sagte der Bürgermeister der dpa⟧.",
    "Russland habe die Lieferungen eingestellt, ⟦A:TASS|meldete die staatliche Agentur Tass⟧.",
    "⟦A:Xinhua|Nach Angaben der amtlichen Nachrichtenagentur Xinhua⟧ wurden 4000 Menschen in Sicherheit"
    " gebracht.",
    "Das Feuer bei Antalya sei inzwischen unter Kontrolle, ⟦A:Anadolu|berichtete die"
    " türkische Agentur Anadolu⟧.",
    # Schlüsse und Autorenzeilen
    "⟦B:dpa|Von dpa⟧\nAktualisiert am 12.03.2026, 14:05 Uhr",
    "Der Eintritt ist frei. ⟦S:dpa|© dpa-infocom, dpa:261104-481-557120/3⟧",
    "Die Suche nach dem Vermissten wurde am Abend eingestellt.\n\nbal/⟦C:dpa|dpa⟧/⟦C:AFP|AFP⟧",
    "Die Polizei bittet um Hinweise. ⟦I:dpa|(dpa)⟧",
    "kle/ehl (⟦C:Reuters|rtr⟧, ⟦C:AFP|afp⟧, ⟦C:Associated Press|ap⟧)",
    "Der Prozess wird am Donnerstag fortgesetzt. (Agenturen/⟦C:Reuters|Reuters⟧)",
    # Negative
    N("subject", "Der Aufsichtsrat der dpa hat die Geschäftsführerin für weitere fünf Jahre"
      " bestätigt."),
    N("homonym", "Die irische DPA hat gegen den Plattformbetreiber ein Bußgeld von 90 Millionen Euro"
      " verhängt."),
    N("photo", "Ein Räumfahrzeug im Schneetreiben bei Oberstdorf. Foto: Karl-Josef Hildenbrand/dpa"),
    N("generic", "Der Flughafen Schwechat meldet ein Passagierplus von sechs Prozent.\n(Agenturen/red)"),
    N("homonym", "Das Fritz-Reuter-Literaturmuseum in Stavenhagen erhält einen Anbau."),
    N("url", "Weitere Meldungen unter www.dpa.com/de/unternehmen."),
    N("list", "Akkreditiert sind unter anderem dpa, Reuters, AFP und der Bayerische Rundfunk."),
    N("unverified", "Reuters konnte die Angaben nicht unabhängig überprüfen."),
    N("word", "Efeu an der Fassade schützt das Mauerwerk vor Hitze, sagen Forscher."),
    "München, 3. März 2026 ⟦D:Globe Newswire|(GLOBE NEWSWIRE)⟧ -- Die Arvento AG gibt den Abschluss"
    " ihrer Kapitalerhöhung bekannt.",
    N("subject", "Die Nachrichtenagentur AFP hat ihr Büro in Wien verkleinert."),
    "Die Fähre nach Helgoland fährt wegen Sturms erst wieder am Sonntag.\n⟦S:dpa|Quelle: dpa⟧",
]

# ---------------------------------------------------------------------------------------------
# Italian
# ---------------------------------------------------------------------------------------------
IT: list[str | Neg] = [
    "⟦D:ANSA|(ANSA)⟧ - NAPOLI, 23 OTT - Un 54enne è finito in manette a Pozzuoli con l'accusa di"
    " estorsione ai danni di due commercianti.",
    "TRENTO, 11 ⟦D:ANSA|(ANSA)⟧ - Chiusa per frana la strada statale della Val di Sole tra Dimaro e"
    " Mezzana.",
    "⟦D:ANSA|(ANSA)⟧ - MILANO, 2 FEB - Piazza Affari apre in rialzo dello 0,6% trainata dai titoli"
    " bancari.",
    "PALERMO, 7 lug ⟦D:ANSA|(ANSA)⟧ - Sono 38 i migranti sbarcati nella notte a Lampedusa.",
    "(⟦C:ANSA|ANSA⟧-⟦C:AFP|AFP⟧) - ATENE, 15 MAR - Sciopero generale in Grecia: fermi traghetti e"
    " treni.",
    "BRUXELLES ⟦D:ANSA|(ANSA)⟧ - La Commissione europea ha approvato il piano italiano per i porti.",
    "WASHINGTON, 9 giu ⟦D:Reuters|(Reuters)⟧ - Il dollaro si è indebolito dopo i dati sul lavoro.",
    "PECHINO, 20 MAG ⟦D:Xinhua|(Xinhua)⟧ - La Cina ha aperto la prima linea ferroviaria ad alta velocità"
    " del Tibet orientale.",
    "(⟦C:ANSA|ANSA⟧-⟦C:Europa Press|EUROPA PRESS⟧) - MADRID, 4 APR - Il governo spagnolo approva il"
    " decreto sugli affitti brevi.",
    # attribuzioni
    "Lo ⟦A:ANSA|ha riferito il sindaco all'ANSA⟧, spiegando che le scuole resteranno chiuse.",
    "⟦A:ANSA|Secondo quanto apprende l'ANSA⟧, il decreto sarà esaminato giovedì in Consiglio dei"
    " ministri.",
    "Il gruppo tedesco è pronto a rilanciare, ⟦A:Reuters|lo riporta la Reuters⟧ che cita tre"
    " banchieri coinvolti.",
    "⟦A:Bloomberg|Secondo Bloomberg⟧, il fondo starebbe valutando un'offerta da 4 miliardi.",
    "Il bilancio è di 14 vittime, ⟦A:AFP|riferisce l'agenzia France Presse⟧.",
    "⟦A:Associated Press|Secondo l'Associated Press⟧ l'incendio è partito da un cantiere.",
    "L'incontro si terrà a Istanbul, ⟦A:Anadolu|riporta l'agenzia turca Anadolu⟧.",
    "Il vescovo ⟦A:ANSA|ha detto all'ANSA⟧ che la chiesa riaprirà a Natale.",
    "Due navi sono state colpite nel Mar Nero, ⟦A:TASS|secondo l'agenzia russa Tass⟧.",
    "Re Felipe sarà a Roma il 3 giugno. ⟦A:EFE|Lo ha reso noto l'agenzia spagnola Efe⟧.",
    # chiusure
    "Il concerto è rinviato a data da destinarsi. ⟦S:ANSA|RIPRODUZIONE RISERVATA © Copyright ANSA⟧",
    "La mostra resta aperta fino al 30 settembre. ⟦I:ANSA|(ANSA)⟧.\nGV",
    "⟦B:ANSA|Redazione ANSA⟧ TORINO\n12 marzo 2026 15:44",
    # negativi
    N("word", "Il paese sorge su un'ansa del Po, a pochi chilometri da Cremona."),
    N("homonym", "ANSA McAL ha chiuso l'esercizio con un utile in crescita del 7%."),
    N("photo", "Turisti in piazza San Marco. ANSA/ANDREA MEROLA"),
    N("subject", "L'ANSA compie 81 anni: una mostra al Vittoriano ne ripercorre la storia."),
    N("generic", "Fonte: agenzie di stampa"),
    N("url", "Segnalazioni a redazione.web@ansa.it"),
    N("unverified", "La notizia non ha potuto essere verificata in modo indipendente dalla Reuters."),
    N("list", "Presenti in sala i corrispondenti di ANSA, Reuters, Bloomberg e della Rai."),
    "ROMA ⟦D:ANSA|(ANSA)⟧ - Il Colle ha firmato il decreto, ⟦A:ANSA|hanno riferito all'ANSA⟧ fonti del"
    " Quirinale.",
]

# ---------------------------------------------------------------------------------------------
# Portuguese: Brazil and Portugal
# ---------------------------------------------------------------------------------------------
PT: list[str | Neg] = [
    "SÃO PAULO, 14 Out ⟦D:Reuters|(Reuters)⟧ - O Ibovespa avançou 1,1% nesta"
    " terça-feira, puxado por ações de mineradoras.",
    "BRASÍLIA ⟦D:Reuters|(Reuters)⟧ - Os senadores deram aval nesta quarta-feira ao projeto que amplia a"
    " isenção do imposto de renda para professores.",
    "Lisboa, 3 mar ⟦D:EFE|(EFE)⟧.- O Governo português aprovou um programa de 280 milhões de euros"
    " destinado à habitação jovem.",
    "RIO DE JANEIRO ⟦D:AFP|(AFP)⟧ - Uma forte chuva deixou 12 mortos na Baixada Fluminense nesta"
    " segunda-feira.",
    "Luanda, 21 jan ⟦D:AFP|(AFP)⟧ - Angola vai reduzir a produção de petróleo em 50 mil barris por"
    " dia.",
    "Pequim, 5 jun ⟦D:Xinhua|(Xinhua)⟧ -- A China inaugurou a maior usina solar flutuante do país.",
    "Buenos Aires (⟦C:Reuters|Reuters⟧/⟦C:EFE|EFE⟧) - O governo argentino anunciou novo corte de"
    " subsídios de energia.",
    # atribuições
    "⟦A:Reuters|Segundo duas fontes ouvidas pela Reuters⟧, a estatal deve anunciar o leilão em"
    " novembro.",
    "O secretário do Tesouro ⟦A:Reuters|disse à Reuters⟧ nesta segunda que o acordo pode ser"
    " assinado ainda neste ano.",
    "A empresa avalia a venda de sua unidade no Chile, ⟦A:Bloomberg|de acordo com a Bloomberg⟧.",
    "⟦A:AFP|Em entrevista à AFP⟧, o líder indígena pediu a demarcação das terras.",
    "O navio foi apreendido em Santos, ⟦A:Associated Press|informou a agência Associated Press⟧.",
    "⟦A:EFE|Segundo a agência EFE⟧, o presidente uruguaio viaja a Brasília na próxima semana.",
    "Pelo menos 20 pessoas morreram no deslizamento, ⟦A:Antara|informou a agência indonésia Antara⟧.",
    "⟦A:Xinhua|De acordo com a agência estatal Xinhua⟧, o satélite entrou em órbita às 10h30.",
    "O incêndio começou no quarto andar, ⟦A:ANSA|segundo a agência italiana Ansa⟧.",
    "⟦A:Europa Press|A agência Europa Press informou⟧ que o rei visitará Lisboa em maio.",
    # fechos
    "As inscrições vão até sexta-feira.\n\n(⟦S:Reuters|Reportagem de Marcela Toledo; Edição de"
    " Rodrigo Paiva⟧)",
    "O julgamento foi adiado para dezembro. (⟦S:AFP|Com AFP⟧)",
    "A votação deve ocorrer em março.\n(Com ⟦C:Reuters|Reuters⟧ e ⟦C:AFP|AFP⟧)",
    "⟦B:AFP|Da AFP⟧\n12/04/2026 - 08h15",
    # negativos
    N("homonym", "Macapá (AP) – A prefeitura da capital amapaense decretou ponto facultativo na sexta."),
    N("homonym", "O governador do AP anunciou concurso para a Polícia Militar."),
    N("generic", "O dólar recuou 0,8% frente ao real.\n(Com agências internacionais)"),
    N("word", "A prefeitura vai dobrar o efetivo de guardas municipais no Carnaval."),
    N("photo", "Torcedores no Maracanã. Foto: Ricardo Moraes/Reuters"),
    N("subject", "A Reuters anunciou a abertura de uma sucursal em Recife."),
    N("url", "Leia mais em br.reuters.com."),
    N("unverified", "As imagens não puderam ser verificadas pela Reuters de forma independente."),
    "SÃO PAULO, 22 de abril de 2026 ⟦D:PR Newswire|/PRNewswire/⟧ -- A Vetria Saúde anuncia a"
    " inauguração de seu centro de pesquisa clínica em Campinas.",
    N("homonym", "O Amapá (AP) registrou a maior alta de empregos formais do Norte em março."),
    "O Banco Central argentino elevou os juros pela segunda vez no mês para conter a fuga do peso."
    " ⟦I:Reuters|(Reuters)⟧",
]

# ---------------------------------------------------------------------------------------------
# Indonesian
# ---------------------------------------------------------------------------------------------
ID: list[str | Neg] = [
    "Jakarta ⟦D:Antara|(ANTARA)⟧ - BMKG memperkirakan"
    " hujan lebat masih akan mengguyur Jawa Barat hingga akhir pekan.",
    "Makassar ⟦D:Antara|(ANTARA)⟧ - Pemerintah Provinsi Sulawesi Selatan menyiapkan 1.200 ton beras"
    " untuk operasi pasar menjelang Lebaran.",
    "Pontianak, 8/5 ⟦D:Antara|(ANTARA)⟧ - Sebanyak 45 titik panas terpantau di Kalimantan Barat pada"
    " Jumat pagi.",
    "Kupang ⟦D:Antara|(ANTARA News)⟧ - Nelayan di Pulau Rote diminta tidak melaut karena gelombang"
    " tinggi.",
    "Tokyo ⟦D:Antara|(ANTARA)⟧ - Jepang akan menambah kuota pekerja berketerampilan khusus asal"
    " Indonesia tahun depan.",
    "Beijing ⟦D:Xinhua|(Xinhua)⟧ - China meluncurkan kapal riset laut dalam terbarunya di Shanghai.",
    # atribusi
    "Harga minyak mentah turun 2 persen pada Selasa, ⟦A:Reuters|seperti dilansir Reuters⟧.",
    "⟦A:AFP|Dikutip dari AFP⟧, sedikitnya 30 orang tewas dalam serangan di Sudan Selatan.",
    "⟦A:Bloomberg|Melansir Bloomberg⟧, perusahaan itu berencana melantai di bursa Hong Kong tahun"
    " depan.",
    "\"Kami sudah mengirim tiga perahu karet,\" ⟦A:Antara|kata Kepala BPBD Kabupaten Garut kepada"
    " ANTARA⟧ di Garut, Senin.",
    "⟦A:Associated Press|Menurut laporan Associated Press⟧, kebakaran itu menghanguskan 200 rumah.",
    "Gempa berkekuatan 6,1 magnitudo mengguncang Hokkaido, ⟦A:Kyodo|lapor kantor berita Kyodo⟧.",
    "⟦A:Yonhap|Kantor berita Yonhap melaporkan⟧ Korea Utara kembali menembakkan rudal balistik.",
    "Presiden Turki akan berkunjung ke Jakarta bulan depan, ⟦A:Anadolu|sebagaimana diberitakan"
    " Anadolu Agency⟧.",
    "⟦A:Bernama|Dilaporkan Bernama⟧, Malaysia akan membuka dua pos lintas batas baru di Kalimantan.",
    "⟦A:TASS|Menurut kantor berita TASS⟧, pertemuan itu berlangsung selama tiga jam.",
    # penutup
    "Jadwal keberangkatan kapal akan diumumkan kemudian.\n\n⟦S:Antara|Copyright © ANTARA 2026⟧",
    "Pemkot berjanji memperbaiki jalan itu sebelum musim hujan.\n\nPewarta: Rina Kartika\nEditor:"
    " Bambang Sutrisno\n⟦S:Antara|Copyright © ANTARA 2026⟧",
    "Program vaksinasi akan diperluas ke 12 kabupaten. ⟦S:Antara|Sumber: ANTARA⟧",
    "Kedua negara sepakat memperkuat kerja sama perdagangan. (⟦C:Reuters|Reuters⟧/⟦C:AFP|AFP⟧)",
    # negatif
    N("word", "Hubungan antara kedua kepala daerah itu memburuk sejak pilkada."),
    N("word", "Seorang pria bernama Joko ditangkap polisi di Bekasi karena mencuri sepeda motor."),
    N("photo", "Warga melintasi banjir di Jakarta Utara. ANTARA FOTO/Aprillio Akbar/nz"),
    N("generic", "Sumber: berbagai kantor berita"),
    N("subject", "Perum LKBN ANTARA meluncurkan aplikasi berita baru untuk generasi muda."),
    N("url", "Baca juga di antaranews.com/berita/terkini."),
    N("homonym", "APP Sinar Mas menanam 5 juta bibit pohon di Riau tahun ini."),
    N("list", "Wartawan dari ANTARA, Reuters, Kompas, dan Tempo hadir dalam konferensi pers."),
    N("unverified", "Reuters tidak dapat memverifikasi rekaman yang beredar di media sosial itu."),
    "JAKARTA, Indonesia, 10 Maret 2026 ⟦D:PR Newswire|/PRNewswire/⟧ -- Nusantara Agri Tbk hari ini"
    " mengumumkan kemitraan dengan dua koperasi petani kopi di Aceh.",
    "Medan ⟦D:Antara|(ANTARA)⟧ - Bandara Kualanamu akan menambah 14 penerbangan tambahan selama libur"
    " sekolah, ⟦A:Antara|kata General Manager bandara itu kepada ANTARA⟧ di Medan, Kamis.",
    "Sementara itu, harga cabai rawit di Pasar Induk Kramat Jati naik hingga 20 persen dalam sepekan."
    " ⟦I:Antara|(Ant)⟧",
]

# ---------------------------------------------------------------------------------------------
# Malay (Malaysia, Brunei, Singapore)
# ---------------------------------------------------------------------------------------------
MS: list[str | Neg] = [
    "KUALA LUMPUR, 12 Mei ⟦D:Bernama|(Bernama)⟧ -- Kerajaan akan memperluas program bantuan tunai kepada"
    " 400,000 isi rumah tambahan tahun ini.",
    "IPOH, 3 Jan ⟦D:Bernama|(Bernama)⟧ -- Seramai 1,250 mangsa banjir di Perak masih ditempatkan di 18"
    " pusat pemindahan sementara setakat pagi ini.",
    "KUCHING ⟦D:Bernama|(Bernama)⟧ -- Sarawak menyasarkan 10 juta pelancong menjelang 2030.",
    "ALOR SETAR, 21 Julai ⟦D:Bernama|(Bernama)⟧ -- Polis Kedah merampas 300 kilogram ketum dalam"
    " sekatan jalan raya di Jitra.",
    "BANGKOK, 8 Feb ⟦D:Bernama|(Bernama)⟧ -- Thailand akan melanjutkan pengecualian visa bagi pelancong"
    " Malaysia.",
    "JAKARTA, 15 Okt (⟦C:Bernama|Bernama⟧-⟦C:Antara|Antara⟧) -- Indonesia akan memulakan pembinaan"
    " jambatan baharu di Kalimantan Utara.",
    "BEIJING, 2 Nov (⟦C:Bernama|Bernama⟧-⟦C:Xinhua|Xinhua⟧) -- China mencatatkan lebihan dagangan yang"
    " lebih tinggi pada Oktober.",
    # atribusi
    "\"Kami akan membuka semula jalan itu minggu depan,\" ⟦A:Bernama|katanya kepada Bernama⟧ hari ini.",
    "Pengarah Jabatan Kesihatan negeri itu berkata demikian ⟦A:Bernama|ketika dihubungi Bernama⟧.",
    "⟦A:Bernama|Bernama difahamkan⟧ dua syarikat tempatan telah menyertai tender projek itu.",
    "⟦A:Reuters|Menurut laporan Reuters⟧, harga minyak sawit mentah jatuh ke paras terendah tiga"
    " bulan.",
    "Seramai 14 orang maut dalam kejadian itu, ⟦A:AFP|lapor agensi berita AFP⟧.",
    "⟦A:Anadolu|Agensi Anadolu melaporkan⟧ bahawa kebakaran hutan di Izmir berjaya dikawal.",
    "Syarikat itu dijangka mengumumkan penggabungan minggu ini, ⟦A:Bloomberg|menurut Bloomberg⟧.",
    "⟦A:Xinhua|Menurut agensi berita Xinhua⟧, kereta api laju itu akan beroperasi bulan depan.",
    "⟦A:Associated Press|Associated Press melaporkan⟧ bahawa 60 rumah musnah dalam kebakaran di"
    " Maui.",
    "⟦A:Yonhap|Agensi berita Yonhap melaporkan⟧ Seoul akan menghantar bantuan kemanusiaan ke Myanmar.",
    # penutup
    "Pertandingan itu akan berlangsung di Stadium Bukit Jalil. ⟦S:Bernama|-- BERNAMA⟧",
    "Majlis itu turut dihadiri oleh 200 peserta dari seluruh negara.\n⟦S:Bernama|-- BERNAMA⟧\nMSH",
    "⟦B:Bernama|Oleh Bernama⟧\nDiterbitkan: Isnin, 4 Mac 2026 10:45 PG",
    "Kerja-kerja pembaikan dijangka siap pada Jun. ⟦S:Bernama|Sumber: Bernama⟧",
    # negatif
    N("word", "Seorang lelaki bernama Ahmad Faizal ditahan di Johor Bahru."),
    N("word", "Pertandingan antarabangsa itu menarik penyertaan 20 negara."),
    N("word", "Perbezaan antara kedua-dua calon hanya 312 undi."),
    N("photo", "Orang ramai membeli juadah di bazar Ramadan. --fotoBERNAMA (2026) HAK CIPTA TERPELIHARA"),
    N("subject", "Ketua Pengarang Bernama melawat pejabat biro di Kota Bharu."),
    N("generic", "Harga emas dunia meningkat ke paras tertinggi sebulan.\n-- Agensi"),
    N("url", "Tonton siaran penuh di bernama.com/tv/siaran-langsung."),
    N("homonym", "Polis Persekutuan Australia (AFP) menahan dua lelaki Malaysia di Lapangan Terbang Perth"
      " kerana penyeludupan dadah."),
    N("unverified", "Dakwaan kumpulan pemberontak itu tidak dapat disahkan secara bebas oleh AFP."),
    "SEREMBAN, 9 April ⟦D:Bernama|(Bernama)⟧ -- Kerja-kerja menaik taraf jalan ke Kuala Pilah akan"
    " bermula bulan depan, ⟦A:Bernama|katanya kepada Bernama⟧ selepas majlis itu.",
    "Pasukan penyelamat Turki menemui dua lagi mangsa yang terselamat di bawah runtuhan bangunan di"
    " Malatya. ⟦S:AFP|-- AFP⟧",
]

# ---------------------------------------------------------------------------------------------
# Turkish
# ---------------------------------------------------------------------------------------------
TR: list[str | Neg] = [
    "ANKARA ⟦D:Anadolu|(AA)⟧ - Sağlık Bakanlığı, aile hekimlerinin hafta sonu da nöbet tutacağını"
    " duyurdu.",
    "İZMİR ⟦D:Anadolu|(AA)⟧ - Karşıyaka'da bir iş yerinde çıkan yangın itfaiye ekiplerince söndürüldü.",
    "TRABZON ⟦D:Anadolu|(AA)⟧ - Karadeniz'de etkili olan sağanak nedeniyle 14 köy yolu ulaşıma kapandı.",
    "BERLİN ⟦D:Anadolu|(AA)⟧ - Almanya'da enflasyon mart ayında yüzde 2,3'e geriledi.",
    "LONDRA ⟦D:Reuters|(Reuters)⟧ - İngiltere Merkez Bankası politika faizini sabit bıraktı.",
    "WASHINGTON ⟦D:Associated Press|(AP)⟧ - ABD Senatosu geçici bütçe tasarısını onayladı.",
    "MOSKOVA ⟦D:TASS|(TASS)⟧ - Rusya ile Kazakistan arasında yeni bir demiryolu anlaşması imzalandı.",
    "Gazze (⟦C:Anadolu|AA⟧/⟦C:AFP|AFP⟧) - Bölgeye yardım taşıyan 40 tır Refah Sınır Kapısı'ndan geçti.",
    # atıf
    "⟦A:Anadolu|AA muhabirinin⟧ edindiği bilgiye göre, yaralılar Kayseri Şehir Hastanesi'ne"
    " kaldırıldı.",
    "Vali, ⟦A:Anadolu|AA muhabirine⟧ yaptığı açıklamada, kayıp dağcının sağ bulunduğunu söyledi.",
    "⟦A:Reuters|Reuters'ın haberine göre⟧, otomotiv devi Meksika'daki yatırımını erteledi.",
    "⟦A:Bloomberg|Bloomberg'in aktardığına göre⟧, banka yıl sonuna kadar 3 bin kişiyi işten"
    " çıkaracak.",
    "⟦A:AFP|AFP'nin haberine göre⟧, Fildişi Sahili'nde seçim sonuçları açıklandı.",
    "Bakan, ⟦A:Reuters|Reuters'a⟧ yaptığı açıklamada müzakerelerin olumlu geçtiğini belirtti.",
    "⟦A:Xinhua|Xinhua ajansının haberine göre⟧, Sichuan'da meydana gelen heyelanda 9 kişi öldü.",
    "⟦A:Yonhap|Yonhap ajansının bildirdiğine göre⟧, Kuzey Kore Doğu Denizi'ne iki füze fırlattı.",
    "Japonya'da deprem sonrası 3 bin kişi tahliye edildi, ⟦A:Kyodo|Kyodo ajansı bildirdi⟧.",
    "⟦A:dpa|Alman DPA ajansının haberine göre⟧, Bavyera'da tren kazası meydana geldi.",
    "⟦A:ANSA|İtalyan ANSA ajansına göre⟧, Etna Yanardağı yeniden faaliyete geçti.",
    # kapanış
    "Kurtarma çalışmaları gece boyunca sürdü. ⟦S:Anadolu|Kaynak: AA⟧",
    "Konuyla ilgili soruşturma başlatıldı. ⟦I:Anadolu|(AA)⟧",
    "⟦B:Anadolu|Anadolu Ajansı⟧ | 12.04.2026 14:30\nMaç cumartesi günü saat 19.00'da başlayacak.",
    # olumsuz
    N("homonym", "Anadolu Sigorta, yılın ilk çeyreğinde primlerini yüzde 60 artırdı."),
    N("homonym", "Kadıköy Anadolu Lisesi mezunları 50. yıl buluşmasında bir araya geldi."),
    N("homonym", "Şirketin kredi notu AA seviyesinde teyit edildi."),
    N("subject", "Anadolu Ajansı'nın yeni genel müdürü görevine başladı."),
    N("generic", "Dolar/TL güne 38,42'den başladı.\nHaber Merkezi / Ajanslar"),
    N("photo", "Taksim Meydanı'nda yılbaşı kutlamaları. (Fotoğraf: AA)"),
    N("url", "Ayrıntılı bilgi için www.aa.com.tr/tr adresini ziyaret edin."),
    N("list", "Toplantıyı AA, DHA, İHA ve Reuters muhabirleri takip etti."),
    "SİVAS ⟦D:Anadolu|(AA)⟧ - Kar nedeniyle kapanan 85 köy yolunun ulaşıma açıldığını belirten il"
    " müdürü, ⟦A:Anadolu|AA muhabirine⟧ çalışmaların gece de sürdüğünü söyledi.",
    N("subject", "Reuters'ın İstanbul büro şefi görevinden ayrıldı."),
    "Fed'in faiz kararı çarşamba günü açıklanacak. ⟦S:Reuters|Kaynak: Reuters⟧",
]

# ---------------------------------------------------------------------------------------------
# Chinese: mainland (simplified), Hong Kong and Taiwan (traditional)
# ---------------------------------------------------------------------------------------------
ZH: list[str | Neg] = [
    "⟦D:Xinhua|新华社长沙4月9日电⟧（记者周晓岚）记者从湖南省交通运输厅获悉，该省今年计划改造危桥460座。",
    "⟦D:Xinhua|新华社喀什10月2日电⟧ 国庆假期首日，喀什古城接待游客约8万人次。",
    "⟦D:Xinhua|新华社坎帕拉6月14日电⟧（记者韩雪）乌干达政府13日宣布，将在北部五个区启动疟疾疫苗接种。",
    "⟦D:Reuters|路透北京11月3日⟧ - 中国央行周一下调七天逆回购利率10个基点。",
    "【⟦D:Reuters|路透社香港7日電⟧】本港股市周二高開，恒生指數升逾300點。",
    "（⟦D:AFP|法新社巴黎21日電⟧）法國國民議會20日晚間通過一項延長退休年齡的修正案。",
    "⟦D:Associated Press|美联社华盛顿2月18日电⟧ 美国国会参议院17日通过一项临时拨款法案。",
    "（⟦D:Yonhap|韩联社釜山5月30日电⟧）釜山港湾公社30日表示，5月集装箱吞吐量同比增长6.4%。",
    "⟦D:Kyodo|共同社大阪8月6日电⟧ 大阪府6日宣布，将延长世博会旧址的临时停车场使用期限。",
    "香港2026年3月12日 ⟦D:PR Newswire|/美通社/⟧ -- 亚洲物流企业恒邦集团今日宣布完成B轮融资。",
    "台北2026年9月1日 ⟦D:Business Wire|(美国商业资讯)⟧ -- 晶源科技今日发布新一代车用感测芯片。",
    # 归属
    "⟦A:Xinhua|据新华社报道⟧，四川甘孜州9日发生4.8级地震，当地已启动四级应急响应。",
    "⟦A:Reuters|据路透社报道⟧，这家芯片企业计划裁员约一成。",
    "⟦A:Bloomberg|彭博社援引消息人士报道⟧，这家电动车制造商计划在墨西哥建厂。",
    "当地一名救援人员⟦A:AFP|对法新社表示⟧，救援人员已找到11名幸存者。",
    "⟦A:TASS|据塔斯社报道⟧，俄方代表团已抵达日内瓦。",
    "⟦A:Kyodo|日本共同社报道称⟧，首相将于下月访问澳大利亚。",
    "⟦A:Bernama|据马新社报道⟧，马来西亚将从明年起提高最低工资。",
    "⟦A:Antara|据印尼安塔拉通讯社报道⟧，爪哇岛中部发生洪灾，约3000人被迫撤离。",
    "⟦A:Anadolu|阿纳多卢通讯社援引官员的话说⟧，伊斯坦布尔一座大桥因维修将封闭三个月。",
    "⟦A:dpa|据德新社报道⟧，德国联邦议院将于周四表决这项法案。",
    "⟦A:EFE|据埃菲社报道⟧，阿根廷通胀率连续第五个月下降。",
    "⟦A:ANSA|據義大利安莎社報導⟧，羅馬市中心一棟古建築發生火災。",
    "⟦A:Associated Press|據美聯社報導⟧，德州一處化工廠爆炸，造成兩人受傷。",
    # 收尾
    "该市计划年内完成老旧小区改造120个。⟦S:Xinhua|来源：新华社⟧",
    "该项目预计2028年竣工。（⟦C:Xinhua|新华社⟧、⟦C:Reuters|路透社⟧）",
    "當局呼籲市民避免前往山區。⟦I:AFP|（法新社）⟧",
    # 负例
    N("homonym", "美联储三名理事本周将在华盛顿发表讲话。"),
    N("homonym", "新华路上的新华书店周末举办读书会。"),
    N("homonym", "迈克尔·布隆伯格出席了在巴西举行的气候峰会。"),
    N("photo", "图为游客在西湖边赏花。新华社记者 黄宗治 摄"),
    N("photo", "圖為示威者在立法會外集會。（路透社）"),
    N("subject", "路透社宣布任命新的亚洲区总编辑。"),
    N("generic", "国际油价周二小幅下跌。（综合外电）"),
    N("url", "更多内容请访问 www.xinhuanet.com。"),
    N("unverified", "路透社无法独立核实上述说法。"),
    N("list", "新华社、路透社、法新社等数十家媒体记者出席了发布会。"),
    "⟦D:Xinhua|新华社拉萨3月2日电⟧（记者次仁卓玛）记者从自治区卫生健康委员会获悉，西藏今年将新增高原供氧站40个。",
    N("subject", "共同社社长一行日前访问了上海的几家日资企业。"),
]

# ---------------------------------------------------------------------------------------------
# Urdu (Pakistani papers)
# ---------------------------------------------------------------------------------------------
UR: list[str | Neg] = [
    "اسلام آباد ⟦D:APP|(اے پی پی)⟧ وزیراعظم نے چھوٹے کسانوں کے لیے بلاسود قرضوں کی اسکیم کا افتتاح کیا۔",
    "لاہور ⟦D:APP|(اے پی پی)⟧ پنجاب کے محکمہ صحت نے سرکاری اسپتالوں میں ڈائیلاسز مشینوں کی تعداد"
    " دگنی کرنے کا فیصلہ کیا ہے۔",
    "پشاور ⟦D:APP|(اے پی پی)⟧ صوبائی حکومت نے ضم شدہ اضلاع میں 40 نئے اسکول کھولنے کی منظوری دی۔",
    "کراچی ⟦D:APP|(اے پی پی)⟧ سندھ اسمبلی نے طلبہ یونین کی بحالی کا بل منظور کر لیا۔",
    "واشنگٹن ⟦D:Reuters|(رائٹرز)⟧ امریکی محکمہ خارجہ نے ایران پر نئی پابندیوں کا اعلان کیا ہے۔",
    "بیجنگ ⟦D:Xinhua|(شنہوا)⟧ چین نے خلا میں نیا مواصلاتی سیارہ بھیج دیا۔",
    "نئی دہلی ⟦D:AFP|(اے ایف پی)⟧ بھارت میں شدید گرمی سے 40 افراد ہلاک ہو گئے۔",
    # انتساب
    "⟦A:Reuters|خبر رساں ادارے رائٹرز کے مطابق⟧ اسٹیٹ بینک شرح سود میں کمی پر غور کر رہا ہے۔",
    "⟦A:AFP|اے ایف پی سے گفتگو کرتے ہوئے⟧ ایک احتجاجی رہنما نے کہا کہ دھرنا جاری رہے گا۔",
    "⟦A:APP|اے پی پی کی خبر کے مطابق⟧ صدر مملکت آئندہ ہفتے بیجنگ جائیں گے۔",
    "ایک سینئر عہدیدار نے ⟦A:Reuters|رائٹرز کو بتایا⟧ کہ مذاکرات اگلے ہفتے دوبارہ شروع ہوں گے۔",
    "⟦A:Anadolu|ترک خبر رساں ایجنسی انادولو کے مطابق⟧ استنبول میں زلزلے کے جھٹکے محسوس کیے گئے۔",
    "⟦A:Associated Press|ایسوسی ایٹڈ پریس نے رپورٹ کیا⟧ کہ طوفان سے 3 لاکھ گھروں کی"
    " بجلی منقطع ہو گئی۔",
    "⟦A:Bloomberg|بلومبرگ کی رپورٹ کے مطابق⟧ قطر پاکستان میں ریفائنری کے منصوبے پر غور کر رہا ہے۔",
    "⟦A:Xinhua|شنہوا نیوز ایجنسی کا کہنا ہے⟧ کہ سیلاب سے 20 ہزار افراد متاثر ہوئے۔",
    "⟦A:IANS|بھارتی خبر رساں ادارے آئی اے این ایس کے مطابق⟧ کشمیر میں برفباری سے شاہراہ بند ہو گئی۔",
    "⟦A:PTI|پریس ٹرسٹ آف انڈیا نے بتایا⟧ کہ ممبئی میں بارش سے لوکل ٹرینیں معطل رہیں۔",
    "اجلاس میں صوبائی وزرا نے بھی شرکت کی۔ (⟦S:APP|بشکریہ اے پی پی⟧)",
    "قومی ٹیم اتوار کو لاہور پہنچے گی۔ ⟦I:AFP|(اے ایف پی)⟧",
    # منفی
    N("homonym", "پی ٹی آئی نے پنجاب اسمبلی کے ضمنی انتخابات میں حصہ لینے کا اعلان کر دیا۔"),
    N("homonym", "پی ٹی آئی کے سینیٹر نے قومی احتساب بیورو کے فیصلے پر تنقید کی۔"),
    N("generic", "سونے کی فی تولہ قیمت میں 1,200 روپے کی کمی ہو گئی۔ (ویب ڈیسک)"),
    N("generic", "غزہ میں امدادی قافلے کو سرحد پر روک دیا گیا۔ (نیوز ایجنسیاں)"),
    N("photo", "کراچی: شاہراہ فیصل پر ٹریفک جام کا منظر۔ (فوٹو: اے ایف پی)"),
    N("subject", "اے پی پی کے نئے مینیجنگ ڈائریکٹر نے عہدے کا چارج سنبھال لیا۔"),
    N("unverified", "رائٹرز ان دعووں کی آزادانہ تصدیق نہیں کر سکا۔"),
    N("url", "مزید تفصیلات www.app.com.pk پر دستیاب ہیں۔"),
    N("homonym", "نوجوانوں میں کھانا منگوانے والی ایپ کا استعمال تیزی سے بڑھ رہا ہے۔"),
    "ملتان ⟦D:APP|(اے پی پی)⟧ کمشنر ملتان نے ⟦A:APP|اے پی پی سے گفتگو میں⟧ بتایا کہ گندم کی خریداری"
    " کا ہدف پورا کر لیا گیا ہے۔",
    "غزہ کے جنوبی علاقے میں اسپتال کے قریب فضائی حملے میں 14 افراد جاں بحق ہو گئے۔"
    " (⟦C:AFP|اے ایف پی⟧/⟦C:Reuters|رائٹرز⟧)",
]

# ---------------------------------------------------------------------------------------------
# Hindi
# ---------------------------------------------------------------------------------------------
HI: list[str | Neg] = [
    "भोपाल, 14 मार्च ⟦D:PTI|(पीटीआई)⟧ मध्य प्रदेश सरकार ने गेहूं खरीद की अंतिम तिथि 10 दिन बढ़ा दी है।",
    "चंडीगढ़, 6 अगस्त ⟦D:PTI|(पीटीआई)⟧ हरियाणा में बाढ़ से 200 गांव प्रभावित हुए हैं।",
    "रांची, 19 नवंबर ⟦D:IANS|(आईएएनएस)⟧। झारखंड में धान खरीद 15 दिसंबर से शुरू होगी।",
    "मुंबई, 2 जून ⟦D:ANI|(एएनआई)⟧। मुंबई में भारी बारिश के कारण कई इलाकों में जलभराव हो गया।",
    "श्रीनगर ⟦D:IANS|(आईएएनएस)⟧। गुलमर्ग में ताजा हिमपात के बाद पर्यटकों की संख्या बढ़ी है।",
    "वाशिंगटन ⟦D:Associated Press|(एपी)⟧ अमेरिका के टेक्सास में तूफान से 12 लोगों की मौत हो गई।",
    "मॉस्को ⟦D:TASS|(तास)⟧ रूस ने आर्कटिक में नया बंदरगाह खोलने की घोषणा की है।",
    # श्रेय
    "⟦A:PTI|पीटीआई की खबर के अनुसार⟧ आरोपी को गुरुग्राम से गिरफ्तार किया गया।",
    "एसपी ने ⟦A:ANI|एएनआई को बताया⟧ कि आरोपियों की तलाश में छापे मारे जा रहे हैं।",
    "⟦A:Reuters|रॉयटर्स के अनुसार⟧ कंपनी भारत में 1 अरब डॉलर का निवेश करेगी।",
    "⟦A:Bloomberg|ब्लूमबर्ग की रिपोर्ट के मुताबिक⟧ यह सौदा अगले महीने तक पूरा हो सकता है।",
    "⟦A:AFP|समाचार एजेंसी एएफपी के मुताबिक⟧ सूडान में हिंसा में 35 लोग मारे गए।",
    "⟦A:Xinhua|चीनी समाचार एजेंसी शिन्हुआ ने बताया⟧ कि भूस्खलन में 8 लोग लापता हैं।",
    "⟦A:Kyodo|जापानी समाचार एजेंसी क्योदो के अनुसार⟧ टोक्यो में भूकंप के हल्के झटके महसूस किए गए।",
    "⟦A:Yonhap|योनहाप न्यूज एजेंसी ने बताया⟧ कि दक्षिण कोरिया में बर्ड फ्लू के तीन नए मामले मिले हैं।",
    "⟦A:IANS|आईएएनएस से खास बातचीत में⟧ कोच ने कहा कि टीम पूरी तरह तैयार है।",
    "⟦A:APP|एसोसिएटेड प्रेस ऑफ पाकिस्तान (एपीपी) के अनुसार⟧ लाहौर में धुंध के कारण स्कूल बंद"
    " रहेंगे।",
    # समापन
    "मेले में 300 से अधिक स्टॉल लगाए गए हैं। ⟦S:IANS|—आईएएनएस⟧",
    "आरोपी चालक को हिरासत में ले लिया गया है। (⟦S:ANI|इनपुट: एएनआई⟧)",
    "परियोजना पर 2,400 करोड़ रुपये खर्च होंगे। (इनपुट: ⟦C:PTI|पीटीआई⟧, ⟦C:ANI|एएनआई⟧)",
    "टीम इंडिया रविवार को रवाना होगी। ⟦I:PTI|(पीटीआई)⟧",
    # नकारात्मक
    N("homonym", "पीटीआई नेता ने खैबर पख्तूनख्वा विधानसभा में बजट का विरोध किया।"),
    N("homonym", "यूपीआई के जरिए भुगतान पर अब कोई शुल्क नहीं लगेगा।"),
    N("generic", "(एजेंसी)"),
    N("photo", "अयोध्या में दीपोत्सव की तैयारी। (फोटो: पीटीआई)"),
    N("subject", "रॉयटर्स ने दिल्ली ब्यूरो के लिए नए प्रमुख की नियुक्ति की।"),
    N("homonym", "आंध्र प्रदेश (एपी) में इंटर परीक्षा के नतीजे घोषित, 68 प्रतिशत छात्र पास।"),
    N("unverified", "रॉयटर्स इन आंकड़ों की अलग से जांच नहीं कर पाया।"),
    N("homonym", "गायक एपी ढिल्लों का नया एल्बम अगले महीने रिलीज होगा।"),
    "नई दिल्ली [भारत], 9 मार्च ⟦D:ANI|(एएनआई)⟧: दिल्ली नगर निगम ने यमुना किनारे तीन नए पार्क बनाने की"
    " योजना को मंजूरी दी।",
    N("subject", "एएनआई की संपादक ने पत्रकारिता के छात्रों से बातचीत की।"),
]

# =============================================================================================
# building
# =============================================================================================
DATA: dict[str, list[str | Neg]] = dict(
    zip(LANGS, (EN, ES, FR, DE, IT, PT, ID, MS, TR, ZH, UR, HI), strict=True)
)


if __name__ == "__main__":
    sys.exit(run_later_set(sys.argv[1:], DATA, "heldout5", EARLIER_SETS))
