#!/usr/bin/env python3
"""Build the THIRD held-out labelled wire-credit set: heldout3.jsonl.

This set exists for one purpose: the final, honest measurement of a credit detector after the
detector has been developed and tuned on dev.jsonl and test.jsonl, and after heldout.jsonl and
heldout2.jsonl were used to steer changes.  Do not look at its records while working on a
detector, do not tune on its errors, and do not copy records from it into other tests.  Once it
has been used to steer a change it no longer measures anything, and a new held-out set must be
written.

Every record below was written by hand for this set, by an author who did not read the detector,
its documentation, its tests or its evaluation output, and who read only README.md, markup.py
and the structure and docstrings of the earlier builders: no record of dev.jsonl, test.jsonl,
heldout.jsonl or heldout2.jsonl was reused, translated or edited, and ``check_independent``
refuses any text that repeats one of theirs or shares a run of SHARED_WORDS words (SHARED_CJK Han
characters) with one.  Places, dates and formats are realistic; events, figures, people and most
companies are invented.

Mark-up (the same as build.py, build_heldout.py and build_heldout2.py).  A credit is written
``⟦F:Agency|span text⟧``: ``F`` is the form (see FORMS), ``Agency`` one of the canonical names in
AGENCIES, ``span text`` the text that is kept and whose offsets are recorded.  A negative is
written ``N("kind", "text")`` and contains no mark-up.  The span conventions are those of
README.md ("Span conventions", "Convention decisions") and of the docstrings of
build_heldout.py and build_heldout2.py.

Convention decisions beyond those (made while writing this set; a detector developer must not
read them as a list of cases to handle):

* Hong Kong and Taiwan datelines in corner brackets ("【路透社倫敦3日電】"): the formula is marked
  as the mainland one is, the brackets stay outside, as brackets around a whole sign-off do.
* Desk initials on their own line after a sign-off ("--IANS\\nab/skp", "-- BERNAMA\\nNJM",
  "(ANSA).\\nSP") stay outside the span; initials on the same line as the agency ("EFE mrs/cs",
  "dpa mz yydd") are part of it, as heldout2 decided for EFE.
* Italian regional datelines with the credit after the day ("BOLZANO, 6 (ANSA) -") and the ANSA
  opening "(ANSA) - ROMA, 14 MAG -" are datelines, brackets included, as "(Reuters) -" is.
* Copyright lines are marked whole ("Copyright 2026 The Associated Press", "© EFE 2026",
  "©2026 Bloomberg L.P."); the final full stop and the "All rights reserved" / "Está expresamente
  prohibida ..." that follow stay outside.  Under Antara's "Pewarta: ... Editor: ..." block and
  Bloomberg's "To contact the reporter ..." line only the copyright line is marked.
* "With inputs from PTI and ANI", "— With inputs from Reuters and AFP", "(इनपुट: एएनआई, आईएएनएस)"
  name several agencies: combined, each name marked on its own as in "Con información de ...";
  with one agency ("(इनपुट: पीटीआई)", "(Com Reuters)") the phrase is a sign-off.
* Press-release datelines in Chinese: "/美通社/" is PR Newswire and "(美国商业资讯)" Business Wire,
  marked with their slashes or brackets as "/PRNewswire/" and "(BUSINESS WIRE)" are.
* Bylines new to this set: "Von dpa", "By UPI Staff", "Oleh Bernama", "Redazione ANSA" (the place
  after it, "ROMA", stays outside, as README's "Agencia EFE | Quito" does).
* "据新华社记者了解" (as Xinhua's reporter learned) is an attribution, like "a appris l'AFP".
* A reprint note that names no agency ("This story has been published from a wire agency feed
  without modifications") is not part of the credit; a "— Reuters" after it is a sign-off.  The
  note alone, and "auto-generated from a syndicated feed", are negatives of kind "generic"; so are
  "with wire reports", "(Ajanslar)", "-- Agensi", "(نیوز ایجنسیاں)", "(综合外电)".
* Portuguese "(Com Reuters)" and French "(avec AFP)" closing a text are sign-offs with the
  brackets outside; "Da AFP" / "Por EFE" heading a text are bylines.
* When the speaker stands between the verb and the agency ("sagte der Bürgermeister der
  Deutschen Presse-Agentur", "kata seorang warga kepada ANTARA"), the span runs from the verb to
  the agency, speaker included; where the agency comes first ("a confié à l'AFP un agriculteur")
  the speaker stays outside.
* Chinese and Hindi attributions whose verb follows the cited sources ("彭博社引述知情人士报道",
  "ब्लूमबर्ग ने जानकार लोगों के हवाले से बताया") are marked whole; English "citing ..." after "reported"
  stays outside.
* "Bernama difahamkan" (Bernama understands), "a appris l'AFP", "Wie die Deutsche Presse-Agentur
  erfuhr" are attributions: the agency's own reporting.
* A photo caption introduced by "图为/圖為" and closing with an agency in brackets
  ("圖為…（路透社）") credits the picture: a negative of kind "photo", unlike a closing
  "（法新社）" after a news sentence, which is inline.
* Homonyms new to this set: AFP = Chile's pension fund administrators ("La AFP de Chile"), AP-HP
  (Paris hospitals), Santana (AP) in Amapá, APP Sinar Mas / APP Brasil (Asia Pulp & Paper), the
  Xinhua hotel, "Ana Reuter", "Ansa Kessié" and "अनी शर्मा" as people, and an AFP spokeswoman who
  speaks for the Australian Federal Police in a Reuters story (the Reuters dateline alone is
  marked).  Photo credits new to this set ("(Photo d'illustration AFP)", "--fotoBERNAMA",
  "| Photo Credit: PTI") are negatives of kind "photo", as README's are.

Run ``python tests/data/credits/build_heldout3.py`` to rewrite heldout3.jsonl and the heldout3
counts in README.md; ``--check`` exits 1 if the files on disk are not what the data gives.
"""

from __future__ import annotations

import sys

from build_heldout import run_later_set
from markup import LANGS, NBSP, N, Neg

EARLIER_SETS = ("dev.jsonl", "test.jsonl", "heldout.jsonl", "heldout2.jsonl")

# ---------------------------------------------------------------------------------------------
# English: wire copy and reprints (US, UK, Indian, Pakistani, Malaysian, Philippine, Gulf, African)
# ---------------------------------------------------------------------------------------------
EN: list[str | Neg] = [
    # datelines
    "GDANSK, Poland, March 11 ⟦D:Reuters|(Reuters)⟧ - Poland's largest shipyard will hire 1,200"
    " welders from the Philippines this year to finish two offshore substations on time, its chief"
    " executive said on Wednesday.",
    "⟦D:Reuters|(Reuters)⟧ -Kestrel Foods, the Irish maker of oat milk, said on Monday it had"
    " agreed to buy a Danish rival for 310 million euros, its third deal in eighteen months.",
    "ACCRA, Ghana, Sept 23 ⟦D:Reuters|(Reuters)⟧ - Cocoa farmers in Ghana's Western North region"
    " have begun smuggling beans into Ivory Coast after the regulator delayed payments for a second"
    " month, three farmer groups said.",
    "ALBUQUERQUE, N.M. ⟦D:Associated Press|(AP)⟧ — A wildfire in the Jemez Mountains doubled in"
    " size overnight and forced the evacuation of two small villages, forestry officials said"
    " Thursday.",
    "MANILA, Philippines ⟦D:Associated Press|(AP)⟧ — An inter-island ferry with 140 people on board"
    " ran aground off Romblon province early Saturday; the coast guard said everyone was rescued.",
    "NIAMEY ⟦D:AFP|(AFP)⟧ - Niger's military government on Sunday suspended the licence of a"
    " private radio station for what it called \"repeated incitement\", the station's director told"
    " reporters.",
    "NEW DELHI, April 2 ⟦D:PTI|(PTI)⟧ The Election Commission on Wednesday announced bypolls to six"
    " assembly seats in four states, to be held on May 9.",
    "Bhopal, Aug. 5 ⟦D:IANS|(IANS)⟧ Madhya Pradesh Chief Minister on Tuesday directed officials to"
    " complete the survey of crop damage in hailstorm-hit districts within a week.",
    "Srinagar (Jammu and Kashmir) [India], October 27 ⟦D:ANI|(ANI)⟧: Security forces on Monday"
    " launched a search operation in the forests of Kupwara after inputs about the movement of"
    " militants.",
    f"Karachi, June 14{NBSP}⟦D:APP|(APP)⟧: The Sindh government has allocated Rs 4.2 billion for the"
    f" rehabilitation of the city's drainage network in the new budget, an official said on"
    f" Saturday.",
    "GEORGE TOWN, Aug 30 ⟦D:Bernama|(Bernama)⟧ -- Penang will spend RM48 million to upgrade the"
    " ferry terminal at Pangkalan Sultan Abdul Halim, said the state exco for transport.",
    "ISTANBUL ⟦D:Anadolu|(AA)⟧ - Türkiye's exports rose 6.2% annually in October to reach $24.8"
    " billion, the trade minister announced on Saturday.",
    "OSAKA, Feb. 14 ⟦D:Kyodo|(Kyodo)⟧ -- Police in Osaka on Friday arrested a retired accountant,"
    " 74, on suspicion of swindling residents of a care home out of 80 million yen.",
    "BUSAN, Nov. 1 ⟦D:Yonhap|(Yonhap)⟧ -- A fire broke out at a seafood processing plant in Busan"
    " early Saturday, injuring three workers, officials said.",
    "ST. PETERSBURG, June 18. ⟦D:TASS|/TASS/⟧. The city's port handled 12% more cargo in the first"
    " five months of the year, the port authority said.",
    "SURABAYA ⟦D:Antara|(ANTARA)⟧ - East Java's provincial government will distribute 40,000 tonnes"
    " of rice to low-income families ahead of Ramadan, an official said here on Wednesday.",
    "BILBAO, 4 Nov. ⟦D:Europa Press|(EUROPA PRESS)⟧ - The Basque government will fund 600 new"
    " places in public nursery schools from January, its education chief said on Tuesday.",
    "WASHINGTON, April 22 ⟦D:UPI|(UPI)⟧ -- The Labor Department said Wednesday that initial jobless"
    " claims fell by 11,000 last week to 207,000.",
    "BOSTON, Sept. 16, 2026 ⟦D:PR Newswire|/PRNewswire/⟧ -- Larkspur Therapeutics, Inc. today said"
    " it had begun dosing patients in LARK-2, a Phase 2 study of its oral drug LT-204 for"
    " refractory chronic cough.",
    "MINNEAPOLIS--⟦D:Business Wire|(BUSINESS WIRE)⟧--Halden Grain Systems today announced the"
    " appointment of Maria Ekholm as chief financial officer, effective March 1.",
    "VANCOUVER, British Columbia, Feb. 27, 2026 ⟦D:Globe Newswire|(GLOBE NEWSWIRE)⟧ -- Coastridge"
    " Copper Corp. is pleased to report assay results from the first 12 holes of its winter"
    " drilling programme.",
    "Dubai, Jan 4 ⟦D:Reuters|(Reuters)⟧ – Emirates will add a third daily flight to Manila from"
    " March as demand from Filipino workers in the Gulf keeps rising, the airline said on Sunday.",
    # datelines with a distractor next to them
    "AMARAVATI, Oct 21 ⟦D:PTI|(PTI)⟧ The AP State Disaster Management Authority on Tuesday issued a"
    " warning to fishermen not to venture into the sea for three days.",
    "ISLAMABAD, Dec 15 ⟦D:APP|(APP)⟧: The National Assembly on Monday passed the finance amendment"
    " bill amid a walkout by PTI lawmakers.",
    "SYDNEY, March 3 ⟦D:Reuters|(Reuters)⟧ - The Australian Federal Police said on Tuesday it had"
    " charged two men over the import of 400 kg of cocaine hidden in a shipment of floor tiles. An"
    " AFP spokeswoman declined to name the ship.",
    "MANILA ⟦D:AFP|(AFP)⟧ - Three soldiers were killed in a clash with communist rebels in Samar,"
    " the Armed Forces of the Philippines (AFP) said Saturday.",
    # inline
    "Farmers in the delta say the salt water reached further inland this year than at any time they"
    " can remember ⟦I:AFP|(AFP)⟧. The ministry has promised new sluice gates.",
    "Police fired tear gas to disperse the crowd outside the election office. ⟦I:Associated"
    " Press|-- With AP⟧",
    "The two countries agreed to reopen the border crossing for trucks carrying medicine"
    " ⟦I:Xinhua|(Xinhua)⟧.",
    "The shutdown was called off late on Tuesday night after talks with the district"
    " administration. ⟦S:IANS|-- IANS⟧",
    # combined
    "Rescuers were still searching for 12 people missing after the landslide."
    " (⟦C:Reuters|Reuters⟧/⟦C:AFP|AFP⟧)",
    "The vote is expected before the end of the month. — ⟦C:AFP|AFP⟧, ⟦C:Associated Press|AP⟧",
    "Election officials said turnout was the lowest since 1994. dh/rs (⟦C:Reuters|Reuters⟧,"
    " ⟦C:Associated Press|AP⟧, ⟦C:dpa|dpa⟧)",
    "⟦C:Bloomberg|Bloomberg⟧ and ⟦C:Reuters|Reuters⟧ had reported on Tuesday that the two airlines"
    " were close to a codeshare agreement.",
    "With inputs from ⟦C:PTI|PTI⟧ and ⟦C:ANI|ANI⟧",
    "Dubai: The UAE will introduce a new visa for remote workers in its free zones from June,"
    " officials said on Monday.\n— With inputs from ⟦C:Reuters|Reuters⟧ and ⟦C:AFP|AFP⟧",
    "The toll is expected to rise as rescuers reach remote villages."
    " (⟦C:AFP|AFP⟧/⟦C:Xinhua|Xinhua⟧)",
    # attributions
    "The lender is weighing the sale of its insurance arm, which could fetch about $2 billion,"
    " ⟦A:Reuters|Reuters reported⟧ on Tuesday, citing three sources.",
    "⟦A:Reuters|According to a Reuters tally⟧, at least 36 ships have been diverted from the canal"
    " since Monday.",
    "\"Nobody told us the water would come this fast,\" a shopkeeper ⟦A:AFP|told AFP⟧ as he waded"
    " through his flooded store.",
    "Four people were arrested, ⟦A:Associated Press|The Associated Press reported⟧, citing a police"
    " statement.",
    "The carrier has ordered 20 more narrow-body jets, ⟦A:Bloomberg|Bloomberg reported⟧, citing two"
    " people briefed on the order.",
    "The talks ended without an agreement, ⟦A:TASS|Russia's TASS news agency reported⟧.",
    "⟦A:Kyodo|According to Kyodo News⟧, the ruling party will submit the bill to the Diet next"
    " month.",
    "The missile flew about 600 km before landing in the sea, ⟦A:Yonhap|Yonhap news agency"
    " reported⟧, citing the Joint Chiefs of Staff.",
    "Three people were killed when a bus overturned in the hills of Himachal Pradesh, ⟦A:PTI|the"
    " Press Trust of India reported⟧.",
    "The girl was rescued from the borewell after a 30-hour operation, ⟦A:ANI|news agency ANI"
    " reported⟧.",
    "The Pakistani foreign office summoned the envoy on Friday, ⟦A:APP|the official Associated"
    " Press of Pakistan news agency reported⟧.",
    "⟦A:Xinhua|Xinhua news agency reported⟧ that the bridge would cut travel time between the two"
    " cities to 40 minutes.",
    "Some 5,000 hectares of paddy were damaged, ⟦A:Bernama|Bernama quoted⟧ the state agriculture"
    " director as saying.",
    "At least seven houses were buried, ⟦A:Antara|the Antara news agency reported⟧, quoting the"
    " local disaster agency.",
    "The winner will be announced at a ceremony in Turin in May, ⟦A:ANSA|Italian news agency ANSA"
    " reported⟧.",
    "The blaze began in a third-floor kitchen, ⟦A:Europa Press|Spanish news agency Europa Press"
    " reported⟧, citing emergency services.",
    "The ferry was carrying 38 passengers when it sank, ⟦A:EFE|according to the Spanish agency"
    " EFE⟧.",
    "The former general's trial will begin in April, ⟦A:UPI|UPI reported⟧.",
    "\"We are not going anywhere,\" the union leader ⟦A:Associated Press|told The Associated Press⟧"
    " in a phone interview on Sunday.",
    # sign-offs
    "Shares in the group were down 3.1% at 1220 GMT.\n\n(⟦S:Reuters|Reporting by Lucia Ferrante in"
    " Milan; Editing by Keith Warrender⟧)",
    "The ministry is expected to announce the new tariffs next week. (⟦S:Reuters|Reporting by Amina"
    " Yusuf in Abuja and Tunde Balogun in Lagos; Writing by Helen Mwangi; Editing by Mark"
    " Sorensen⟧)",
    "The bodies were taken to the district hospital for post-mortem examination. ⟦S:PTI|PTI RKS"
    " MNB⟧",
    "The state government has announced an ex gratia of Rs 4 lakh for the next of kin of each"
    " victim. ⟦S:IANS|--IANS⟧\nab/skp",
    "The repairs are expected to take two weeks. ⟦S:Bernama|--BERNAMA⟧",
    "The boat capsized about 200 metres from the shore, police said.\n\n⟦S:AFP|AFP⟧",
    "Officials said the curfew would be reviewed on Friday. ⟦S:Associated Press|Associated Press"
    " writer Rahim Faiez in Islamabad contributed to this report⟧.",
    "Prices at the pump will rise by 12 fils a litre from Saturday. ⟦S:AFP|— AFP⟧",
    "The flyover will be opened to traffic by the end of the year. ⟦S:APP|— APP⟧",
    "The hearing will resume on Monday morning.\n\n⟦S:Associated Press|Copyright 2026 The Associated"
    " Press⟧.",
    "The outage lasted about four hours, the utility said.\nTo contact the reporter on this story:"
    " Kenji Mori in Tokyo\n⟦S:Bloomberg|©2026 Bloomberg L.P.⟧",
    "Bidding for the licences closes on June 30. ⟦I:ANI|(ANI)⟧",
    "This story has been published from a wire agency feed without modifications to the text. Only"
    " the headline has been changed. ⟦S:Reuters|— Reuters⟧",
    # bylines
    "⟦B:Reuters|By Reuters⟧\nTwo Chinese tankers unloaded Iranian crude at Qingdao last week,"
    " according to ship-tracking data.",
    "⟦B:AFP|Agence France-Presse⟧ in Kinshasa\nThe death toll from the cholera outbreak in eastern"
    " Congo has risen to 210, the health ministry said.",
    "By Danielle Ortiz ⟦B:Associated Press|Associated Press⟧\nCHICAGO — Chicago's transit agency"
    " will cut service on 14 bus routes from June.",
    "⟦B:Bloomberg|By Bloomberg News⟧\nSaudi Arabia's wealth fund is in talks to buy a stake in a"
    " Chilean lithium producer.",
    # more agencies, and the same agency twice
    "SEOUL, March 4 ⟦D:UPI|(UPI)⟧ -- South Korea's coast guard seized a Chinese fishing boat off"
    " Jeju Island on Wednesday for operating without a permit.",
    "The former senator had been in hospital since January, ⟦A:UPI|United Press International"
    " reported⟧.",
    "⟦B:UPI|By UPI Staff⟧\nThe Federal Aviation Administration grounded a fleet of sightseeing"
    " helicopters in Hawaii after a hard landing on Kauai.",
    "CALGARY, Alberta, Oct. 15, 2026 ⟦D:Globe Newswire|(GLOBE NEWSWIRE)⟧ -- Foothill Ridge"
    " Resources Ltd. announces its third-quarter results and an increase of its monthly dividend to"
    " $0.08 per share.",
    "CHICAGO--⟦D:Business Wire|(BUSINESS WIRE)⟧--Marrow & Pike Logistics today launched a same-day"
    " freight service between Chicago and Milwaukee.",
    "LAGOS, May 19 ⟦D:Reuters|(Reuters)⟧ - Nigeria's naira weakened on the parallel market on"
    " Tuesday as importers scrambled for dollars, traders said. \"There is no supply at all,\" one"
    " Lagos dealer ⟦A:Reuters|told Reuters⟧.",
    "Lahore, Feb 3 ⟦D:APP|(APP)⟧: Punjab Governor on Monday said the province would set up six new"
    " technical colleges, ⟦A:APP|APP reported⟧ after a meeting with vice chancellors.",
    # negatives: the agency as subject
    N("subject", "Reuters said on Thursday it would close its bureau in Minsk after the authorities"
      " revoked the accreditation of its two remaining journalists."),
    N("subject", "The Associated Press named a veteran of its Cairo bureau as executive editor on"
      " Tuesday, the first person from the international desk to hold the job."),
    N("subject", "AFP's chief executive told staff that the agency would invest in a new video hub"
      " in Nairobi next year."),
    N("subject", "Shares in Thomson Reuters fell 2% after the company cut its forecast for its tax"
      " and accounting unit."),
    N("subject", "Two Xinhua correspondents were expelled from the country last month, the foreign"
      " ministry confirmed."),
    # homonyms
    N("homonym", "Police said the AFP had taken over the investigation because the suspect had"
      " travelled through three states. Federal agents raided two homes in Melbourne's north."),
    N("homonym", "The AFP Western Mindanao Command said two rebels surrendered with their rifles in"
      " Basilan on Monday."),
    N("homonym", "Imran Khan's PTI has called for protests in all major cities on Friday against"
      " the arrest of its provincial leaders."),
    N("homonym", "The AP government has sanctioned 1,200 crore for the Polavaram project's"
      " rehabilitation package."),
    N("homonym", "High school juniors taking AP Biology this year will sit a shorter, fully digital"
      " exam in May."),
    N("homonym", "UPI payments hit a record 19.2 billion in November, NPCI data showed."),
    N("homonym", "Ani Kovalenko, 29, won the women's 10,000 metres in a championship record."),
    N("homonym", "The trust has been rated AA by two agencies, allowing it to raise funds at lower"
      " cost."),
    N("homonym", "A.P. Moller-Maersk said it would route all its Asia-Europe vessels around the"
      " Cape of Good Hope until further notice."),
    N("homonym", "The suspect was taken to Xinhua Hospital in Shanghai with minor injuries."),
    N("homonym", "Several shopkeepers on Anadolu Avenue said the municipality had not warned them"
      " about the road works."),
    N("homonym", "The company agreed to a DPA with prosecutors and will pay a $70 million penalty."),
    # photo, url, list, poll, unverified, generic, chart, word
    N("photo", "Fishermen haul their nets ashore at dawn in Negombo, Sri Lanka. REUTERS/Dinuka"
      " Perera"),
    N("photo", "Relatives mourn outside the morgue in Maiduguri on Sunday. (AP Photo/Musa Ibrahim)"),
    N("photo", "A man cycles past a damaged building in Kharkiv. Photo: AFP"),
    N("photo", "Visitors look at the installation at the Venice Biennale. | Photo Credit: PTI"),
    N("url", "For more news, visit www.reuters.com/markets or follow @Reuters on X."),
    N("url", "Readers can send tips to tips@ap.org or through the secure form on apnews.com."),
    N("list", "Reporters from AFP, Reuters and the BBC were refused entry to the courtroom on"
      " Thursday."),
    N("poll", "Some 58% of registered voters say the economy is on the wrong track, according to a"
      " Reuters/Ipsos poll conducted over three days."),
    N("poll", "The AP-NORC poll was conducted Jan. 8-12 among 1,148 adults."),
    N("unverified", "The video could not be independently verified by Reuters."),
    N("unverified", "AFP was unable to confirm the number of casualties independently."),
    N("generic", "The floods have killed at least 40 people so far. — Agencies"),
    N("generic", "With inputs from agencies"),
    N("generic", "(This article was generated from a syndicated feed; the headline and text have"
      " not been edited by our newsroom.)"),
    N("generic", "Staff Reporter with wire reports"),
    N("chart", "Chart: Ringgit against the US dollar, year to date. Source: Bloomberg"),
    N("word", "The defence ministry said its new patrol vessels would be delivered in 2028."),
]

# ---------------------------------------------------------------------------------------------
# Spanish: EFE, Europa Press and reprints in Spain and Latin America
# ---------------------------------------------------------------------------------------------
ES: list[str | Neg] = [
    "LIMA, 9 jul ⟦D:EFE|(EFE)⟧.- El Congreso peruano aprobó este miércoles una ley que amplía a"
    " diez años el plazo para formalizar a los mineros artesanales de la región de Puno.",
    "Ciudad de México, 17 feb ⟦D:EFE|(EFE)⟧.- La Secretaría de Salud confirmó este lunes 43 casos"
    " de sarampión en el estado de Chihuahua, la mayoría en niños no vacunados.",
    "Montevideo, 2 dic ⟦D:EFE|(EFE)⟧.- El Banco Central del Uruguay redujo su tasa de referencia en"
    " 25 puntos básicos, hasta el 7,5 %, por segunda reunión consecutiva.",
    "SANTIAGO DE CHILE, 21 ago ⟦D:EFE|(EFE)⟧ - Un sismo de magnitud 5,8 sacudió esta madrugada la"
    " región de Atacama sin que se reportaran daños, informó el Servicio Sismológico.",
    "SEVILLA, 13 Mar. ⟦D:Europa Press|(EUROPA PRESS)⟧ - La Junta de Andalucía licitará en abril las"
    " obras del nuevo centro de salud de Dos Hermanas, con un presupuesto de 6,4 millones de euros.",
    "VALÈNCIA, 28 ⟦D:Europa Press|(EUROPA PRESS)⟧ La Generalitat ha activado la alerta naranja por"
    " lluvias en el litoral sur de Alicante para este domingo.",
    "ZARAGOZA, 5 Oct. ⟦D:Europa Press|(EUROPA PRESS)⟧ - El Ayuntamiento de Zaragoza ampliará el"
    " horario del tranvía los fines de semana a partir de noviembre.",
    "BUENOS AIRES, 30 abr ⟦D:Reuters|(Reuters)⟧ - El peso argentino cerró con una leve baja el"
    " martes en el mercado oficial, mientras las reservas del banco central subieron por tercera"
    " jornada.",
    "BOGOTÁ, 11 nov ⟦D:AFP|(AFP)⟧ - El gobierno colombiano suspendió el diálogo con una disidencia"
    " de las FARC tras el asesinato de dos líderes indígenas en el Cauca.",
    "CARACAS ⟦D:AFP|(AFP)⟧ - Venezuela anunció este jueves la reapertura de su consulado en Bogotá,"
    " cerrado desde hace cinco años.",
    "SAN JOSÉ, 6 may ⟦D:Xinhua|(Xinhua)⟧ -- Costa Rica recibió 1,2 millones de turistas en el"
    " primer trimestre, un 8 por ciento más que el año anterior, informó el Instituto Costarricense"
    " de Turismo.",
    "Quito, 15 jun ⟦D:Associated Press|(AP)⟧ — Las autoridades ecuatorianas decretaron toque de"
    " queda nocturno en tres cantones de la provincia de Los Ríos tras una ola de secuestros.",
    "MADRID, 22 ene ⟦D:dpa|(dpa)⟧ - El Gobierno español aprobó este martes un decreto que limita"
    " los alquileres de temporada en las zonas tensionadas.",
    # combinados
    "Las protestas dejaron al menos cinco heridos en el centro de la capital."
    " (⟦C:EFE|EFE⟧/⟦C:AFP|AFP⟧)",
    "Con información de ⟦C:Reuters|Reuters⟧ y ⟦C:Associated Press|AP⟧",
    "Los rescatistas seguían buscando a tres mineros atrapados. (Con información de ⟦C:AFP|AFP⟧ y"
    " ⟦C:EFE|EFE⟧)",
    # atribuciones
    "La empresa despedirá a unos 800 trabajadores en sus plantas de Monterrey, ⟦A:Reuters|según"
    " informó Reuters⟧ citando a dos fuentes sindicales.",
    "\"Aquí ya no queda nada\", ⟦A:AFP|dijo a la AFP⟧ una vecina de la localidad mientras recogía"
    " escombros.",
    "El avión aterrizó sin problemas en Panamá, ⟦A:EFE|según constató EFE⟧.",
    "⟦A:Europa Press|Según ha informado Europa Press⟧, el incendio obligó a desalojar a 60 vecinos"
    " del edificio.",
    "El presidente viajará a Brasilia la próxima semana, ⟦A:Bloomberg|de acuerdo con Bloomberg⟧.",
    "⟦A:Xinhua|De acuerdo con la agencia Xinhua⟧, el nuevo puerto tendrá capacidad para 2 millones"
    " de contenedores al año.",
    "El ministro ⟦A:EFE|declaró a EFE⟧ que la reforma se presentará antes del verano.",
    "⟦A:ANSA|Según la agencia italiana ANSA⟧, el cardenal fue hospitalizado el domingo por la"
    " noche.",
    # firmas y bylines
    "Las obras comenzarán en septiembre y durarán 18 meses. ⟦S:EFE|EFE mrs/cs⟧",
    "⟦B:AFP|Por AFP⟧\nLa selva amazónica perdió 9.000 kilómetros cuadrados de bosque en el último"
    " año, según datos satelitales.",
    "⟦B:EFE|Agencia EFE⟧ | Asunción\nEl Senado paraguayo aprobó el nuevo código electoral con 30"
    " votos a favor.",
    "El alcalde anunció la construcción de dos nuevos puentes. ⟦I:Europa Press|(EUROPA PRESS)⟧",
    # more forms and agencies
    "CIUDAD DE MÉXICO, 3 de marzo de 2026 ⟦D:PR Newswire|/PRNewswire/⟧ -- Grupo Arenal, empresa de"
    " logística con sede en Monterrey, anunció hoy la apertura de su centro de distribución en"
    " Querétaro.",
    "Guatemala, 26 ago ⟦D:EFE|(EFE)⟧.- El volcán de Fuego registró este martes una fuerte actividad"
    " explosiva. \"Por ahora no hay que evacuar\", ⟦A:EFE|dijo a EFE⟧ un portavoz de la Coordinadora"
    " Nacional para la Reducción de Desastres.",
    "El Gobierno regional prevé licitar el proyecto antes de diciembre.\n\n⟦S:EFE|© EFE 2026⟧. Está"
    " expresamente prohibida la redistribución y la redifusión de este contenido sin su previo y"
    " expreso consentimiento.",
    # negativos
    N("word", "Las EFEMÉRIDES del día: un 3 de marzo nació el pintor."),
    N("word", "El efecto dominó de la huelga de transportistas ya se nota en los mercados"
      " mayoristas de Valencia."),
    N("photo", "Un agente de la Guardia Civil vigila el puerto de Algeciras. EFE/A. Carrasco Ragel"),
    N("subject", "La Agencia EFE celebró este jueves su 87 aniversario con un acto en su sede de"
      " Madrid."),
    N("list", "Al acto acudieron reporteros de EFE, Europa Press, RTVE y de varios diarios locales."),
    N("generic", "(Con información de agencias)"),
    N("url", "Más información en www.europapress.es/economia."),
    N("homonym", "La jugadora Ana Reuter marcó el gol de la victoria en el minuto 88."),
    N("unverified", "La cifra de detenidos que difundió la oposición no ha sido verificada de"
      " manera independiente por Reuters."),
    N("photo", "Vista del lago Titicaca desde la isla del Sol. (Foto: AFP)"),
    N("homonym", "La AFP de Chile registró una rentabilidad del 6 % en el fondo C durante el primer"
      " semestre."),
]

# ---------------------------------------------------------------------------------------------
# French: AFP and reprints in France, Belgium, Switzerland, Canada and Africa
# ---------------------------------------------------------------------------------------------
FR: list[str | Neg] = [
    "Abidjan ⟦D:AFP|(AFP)⟧ - Les autorités ivoiriennes ont lancé mardi les travaux d'un troisième"
    " pont sur la lagune Ébrié, censé désengorger le quartier du Plateau.",
    "Lyon ⟦D:AFP|(AFP)⟧ - Un incendie a ravagé dans la nuit de samedi à dimanche un entrepôt de"
    " Vénissieux, dans la banlieue lyonnaise. Aucun blessé n'est à déplorer, selon les pompiers.",
    "BRUXELLES, 8 avril ⟦D:AFP|(AFP)⟧ - Bruxelles veut accorder deux années de plus aux"
    " constructeurs de camionnettes avant la fin des moteurs thermiques, selon une proposition"
    " présentée mercredi.",
    f"Montréal{NBSP}⟦D:AFP|(AFP)⟧{NBSP}— Le gouvernement du Québec va rembourser une partie des"
    f" frais de garde des familles touchées par la grève des éducatrices, a annoncé jeudi le"
    f" ministre.",
    "Genève ⟦D:Reuters|(Reuters)⟧ - Les pourparlers sur le cessez-le-feu reprendront la semaine"
    " prochaine à Genève, a déclaré mardi un porte-parole des Nations unies.",
    "DAKAR, 14 jan ⟦D:Xinhua|(Xinhua)⟧ -- Le Sénégal a réceptionné lundi un lot de 200 bus"
    " électriques destinés au réseau de Dakar Dem Dikk.",
    "Berlin ⟦D:dpa|(dpa)⟧ - Le chancelier allemand a annoncé vendredi un plan d'aide de 3 milliards"
    " d'euros pour les agriculteurs touchés par la sécheresse.",
    "Tunis ⟦D:Anadolu|(AA)⟧ - Les autorités tunisiennes ont annoncé dimanche la réouverture du"
    " poste frontalier de Ras Jedir.",
    # inline et combinés
    "Les secours ont retrouvé le corps du randonneur dans un ravin du massif de la Chartreuse"
    " ⟦I:AFP|(AFP)⟧.",
    "Le procès doit reprendre lundi. (⟦C:AFP|AFP⟧, ⟦C:Reuters|Reuters⟧)",
    "Le bilan pourrait encore s'alourdir. (Avec ⟦C:AFP|AFP⟧ et ⟦C:Reuters|Reuters⟧)",
    # attributions
    "Le groupe envisage de fermer deux usines en Lorraine, ⟦A:AFP|a appris l'AFP⟧ de sources"
    " syndicales.",
    "\"Nous avons tout perdu\", ⟦A:AFP|a confié à l'AFP⟧ un agriculteur du Gers.",
    "⟦A:Reuters|Selon des informations de Reuters⟧, la banque pourrait supprimer jusqu'à 1 500"
    " postes en France.",
    "L'enquête a été confiée à la police judiciaire, ⟦A:AFP|a précisé à l'AFP⟧ une source proche du"
    " dossier.",
    "⟦A:Associated Press|D'après l'agence Associated Press⟧, au moins douze personnes ont été"
    " interpellées.",
    "Le ministre a démissionné dans la soirée, ⟦A:ANSA|rapporte l'agence italienne Ansa⟧.",
    "⟦A:Xinhua|Selon l'agence Chine nouvelle⟧, le barrage produira 10 milliards de kilowattheures"
    " par an.",
    "Le porte-avions a quitté le port de Sébastopol, ⟦A:TASS|selon l'agence Tass⟧.",
    "⟦A:Kyodo|Selon l'agence Kyodo⟧, le Premier ministre japonais se rendra à Paris en juin.",
    "Le tremblement de terre a fait au moins quatre morts, ⟦A:Anadolu|rapporte l'agence Anadolu⟧.",
    "⟦A:Bloomberg|Selon Bloomberg⟧, le constructeur négocie avec trois partenaires chinois.",
    # signatures
    "Le Figaro ⟦S:AFP|avec AFP⟧",
    "La circulation devrait être rétablie en fin de journée. (⟦S:AFP|avec AFP⟧)",
    "Le Monde ⟦S:Reuters|avec Reuters⟧",
    "Les résultats seront publiés lundi.\n⟦S:AFP|© 2026 AFP⟧",
    "Par Le Temps ⟦S:Associated Press|avec AP⟧",
    # more forms and agencies
    "⟦B:AFP|Par AFP⟧\nLe nombre de cigognes nichant en Alsace a doublé en dix ans, selon un"
    " recensement publié lundi.",
    "PARIS--⟦D:Business Wire|(BUSINESS WIRE)⟧--Valmont Énergies, fournisseur de solutions de"
    " stockage, annonce l'ouverture d'une usine de batteries à Dunkerque.",
    "MONTRÉAL, 12 mars 2026 ⟦D:Globe Newswire|(GLOBE NEWSWIRE)⟧ -- Les Fromageries Bellerive inc."
    " annoncent l'acquisition d'une laiterie de la Beauce.",
    "Kigali ⟦D:AFP|(AFP)⟧ - Le Rwanda a inauguré samedi un centre de formation aux métiers du"
    " numérique. \"C'est une chance pour nos enfants\", ⟦A:AFP|a déclaré à l'AFP⟧ une mère de famille"
    " venue assister à la cérémonie.",
    # négatifs
    N("photo", "Des manifestants défilent à Marseille, le 12 mars. (Photo d'illustration AFP)"),
    N("subject", "L'Agence France-Presse a annoncé la fermeture de son bureau de Kaboul pour des"
      " raisons de sécurité."),
    N("unverified", "L'AFP n'a pas pu confirmer ces chiffres de source indépendante."),
    N("list", "Plusieurs médias, dont l'AFP, Le Monde et France 24, ont été empêchés de couvrir"
      " l'audience."),
    N("generic", "Avec agences"),
    N("homonym", "L'AP-HP a annoncé la réouverture de 200 lits de médecine dans ses hôpitaux"
      " franciliens d'ici l'été."),
    N("url", "Retrouvez nos dépêches sur afp.com/fr ou écrivez à contact@afp.com."),
    N("homonym", "Les délégués logeront à l'hôtel Xinhua, près de la place Tian'anmen, pendant"
      " toute la durée du sommet."),
    N("subject", "La société des journalistes de l'AFP a adopté jeudi une motion réclamant le"
      " départ du directeur de l'information."),
    N("photo", "Le président lors de sa visite à Dakar. © Ludovic Marin / AFP"),
]

# ---------------------------------------------------------------------------------------------
# German: dpa, APA-style Austrian and Swiss papers, reprints
# ---------------------------------------------------------------------------------------------
DE: list[str | Neg] = [
    "Hannover ⟦D:dpa|(dpa)⟧ - Der Autobauer will im Werk Emden ab Herbst nur noch in zwei Schichten"
    " fertigen. Rund 800 Stellen sollen über Altersteilzeit abgebaut werden.",
    "Erfurt ⟦D:dpa|(dpa/th)⟧ - Nach dem Wasserrohrbruch in der Innenstadt sind am Montagmorgen noch"
    " immer rund 2000 Haushalte ohne Trinkwasser gewesen.",
    "München ⟦D:dpa|(dpa/lby)⟧ - Die Polizei hat auf der A9 bei Ingolstadt einen Kleintransporter"
    " mit 14 Migranten gestoppt. Der Fahrer wurde festgenommen.",
    "KIEL ⟦D:dpa|(dpa)⟧ – Der Landtag hat am Donnerstag ein neues Kita-Gesetz beschlossen, das"
    " kleinere Gruppen vorsieht.",
    "Frankfurt/Main ⟦D:Reuters|(Reuters)⟧ - Die Europäische Zentralbank hat den Leitzins zum"
    " dritten Mal in Folge unverändert gelassen.",
    "Peking ⟦D:AFP|(AFP)⟧ - China hat nach eigenen Angaben erstmals eine Sonde zur Rückseite des"
    " Mondes geschickt, die Gesteinsproben zur Erde bringen soll.",
    "Wien ⟦D:dpa|(dpa)⟧ - Österreichs Regierung hat sich auf eine Senkung der Stromsteuer für"
    " Haushalte geeinigt.",
    "Zürich ⟦D:Reuters|(Reuters)⟧ - Der Schweizer Pharmakonzern hat im ersten Quartal mehr"
    " umgesetzt als erwartet.",
    # Kürzel und Kombinationen
    "Die Arbeiten sollen bis Ende Mai abgeschlossen sein. ⟦S:dpa|dpa mz yydd⟧",
    "Die Polizei ermittelt wegen fahrlässiger Tötung. (⟦C:dpa|dpa⟧/⟦C:AFP|AFP⟧)",
    "Der Prozess wird am Dienstag fortgesetzt. kle/⟦C:dpa|dpa⟧/⟦C:Reuters|rtr⟧",
    "Die Waffenruhe ist brüchig. ie/se (⟦C:AFP|afp⟧, ⟦C:Reuters|rtr⟧, ⟦C:dpa|dpa⟧)",
    # Zuschreibungen
    "⟦A:dpa|Wie die Deutsche Presse-Agentur erfuhr⟧, will das Land die Förderung für Wärmepumpen"
    " kürzen.",
    "Das Unternehmen plant den Abbau von 1200 Stellen, ⟦A:Reuters|berichtete die Nachrichtenagentur"
    " Reuters⟧ am Freitag. Sie stützte sich auf zwei mit der Sache vertraute Personen.",
    "\"Wir haben keine Wahl\", ⟦A:dpa|sagte der Bürgermeister der Deutschen Presse-Agentur⟧.",
    "⟦A:AFP|Nach Angaben der Nachrichtenagentur AFP⟧ wurden mindestens zehn Menschen verletzt.",
    "⟦A:Bloomberg|Wie Bloomberg berichtet⟧, prüft der Konzern einen Verkauf der Sparte.",
    "Das Schiff wurde am Sonntag vor der Küste festgesetzt, ⟦A:TASS|meldete die russische"
    " Staatsagentur Tass⟧.",
    "Der Ministerpräsident ist am Abend in Ankara eingetroffen, ⟦A:Anadolu|wie die staatliche"
    " Nachrichtenagentur Anadolu meldete⟧.",
    "⟦A:Xinhua|Laut der Nachrichtenagentur Xinhua⟧ sollen bis 2030 rund 40 neue Flughäfen"
    " entstehen.",
    "Die Lawine verschüttete drei Skitourengeher, ⟦A:ANSA|berichtete die Agentur Ansa⟧.",
    "⟦A:Yonhap|Wie die südkoreanische Nachrichtenagentur Yonhap meldete⟧, feuerte Nordkorea zwei"
    " Kurzstreckenraketen ab.",
    # Quellen und Zeilen am Ende
    "Der Zugverkehr soll am Mittwoch wieder anlaufen.\n⟦S:dpa|Quelle: dpa⟧",
    "Die Ausstellung ist bis zum 14. September zu sehen.\n⟦S:dpa|© dpa-infocom,"
    " dpa:260312-930-441781/2⟧",
    "Die Stadt will bis 2028 klimaneutral sein. ⟦I:dpa|(dpa)⟧",
    "Der Verband rechnet mit weiteren Insolvenzen. ⟦I:Reuters|(Reuters)⟧",
    # more forms and agencies
    "⟦B:dpa|Von dpa⟧\nStuttgart - Nach dem Hagelsturm am Wochenende haben Versicherer mehr als 9000"
    " Schadensmeldungen erhalten.",
    "MÜNCHEN--⟦D:Business Wire|(BUSINESS WIRE)⟧--Die Brennholt Sensorik GmbH hat eine"
    " Finanzierungsrunde über 40 Millionen Euro abgeschlossen.",
    "WIEN, 20. Jänner 2026 ⟦D:Globe Newswire|(GLOBE NEWSWIRE)⟧ -- Die Alpentrasse Holding AG gibt"
    " den Abschluss der Übernahme eines Tiroler Seilbahnherstellers bekannt.",
    "Magdeburg ⟦D:dpa|(dpa/sa)⟧ - Der Landtag hat eine Reform der Grundschulbezirke beschlossen."
    " \"Damit endet eine lange Debatte\", ⟦A:dpa|sagte die Bildungsministerin der dpa⟧.",
    # Negative
    N("word", "Der Efeu an der Fassade des Rathauses muss entfernt werden, weil er das Mauerwerk"
      " beschädigt."),
    N("homonym", "Die Wanderausstellung über Fritz Reuter macht im Sommer Station in"
      " Neubrandenburg."),
    N("photo", "Ein Feuerwehrmann löscht Glutnester im Harz. Foto: Matthias Bein/dpa"),
    N("url", "Mehr zur Agentur unter www.dpa.com/de oder per Mail an info@dpa.com."),
    N("subject", "Die dpa hat einen neuen Chefredakteur: Er kommt von der Süddeutschen Zeitung und"
      " tritt sein Amt im Juli an."),
    N("homonym", "Der Konzern hat mit der US-Justiz ein DPA geschlossen und zahlt 120 Millionen"
      " Dollar."),
    N("list", "Vertreter von dpa, AFP und Reuters durften die Pressekonferenz nicht betreten."),
    N("generic", "Mit Material von Agenturen"),
    N("unverified", "Die Zahlen konnte AFP bislang nicht unabhängig bestätigen."),
    N("homonym", "Anadolu Efes gewann am Donnerstagabend in Berlin mit 84:79 nach Verlängerung."),
]

# ---------------------------------------------------------------------------------------------
# Italian: ANSA, reprints in Italy and Switzerland
# ---------------------------------------------------------------------------------------------
IT: list[str | Neg] = [
    "⟦D:ANSA|(ANSA)⟧ - ROMA, 14 MAG - Il Consiglio dei ministri ha approvato oggi il decreto sulle"
    " liste d'attesa negli ospedali, che prevede visite anche il sabato.",
    "NAPOLI, 3 LUG - I carabinieri di Pozzuoli hanno fermato un commerciante di 52 anni accusato di"
    " usura. ⟦I:ANSA|(ANSA)⟧.",
    "(⟦C:ANSA|ANSA⟧-⟦C:AFP|AFP⟧) - PARIGI, 9 FEB - Il governo francese ha presentato un piano per"
    " ridurre del 30% il consumo di pesticidi entro il 2030.",
    "(⟦C:ANSA|ANSA⟧-⟦C:Reuters|REUTERS⟧) - LONDRA, 21 OTT - La Bank of England ha confermato i"
    " tassi al 4%, con sette voti su nove.",
    "TORINO, 11 NOV - Due settimane di cassa integrazione a dicembre per gli operai della"
    " carrozzeria di Mirafiori, per il calo degli ordini. ⟦I:ANSA|(ANSA)⟧.",
    "Milano ⟦D:Reuters|(Reuters)⟧ - Borsa di Milano in progresso dello 0,8% in chiusura, con i"
    " titoli bancari in evidenza.",
    "BOLZANO, 6 ⟦D:ANSA|(ANSA)⟧ - Una valanga ha travolto due scialpinisti in Val Senales; uno è"
    " stato estratto vivo.",
    "Lugano ⟦D:ANSA|(ANSA)⟧ - Il Gran Consiglio ticinese ha approvato il credito per la nuova sede"
    " del liceo di Mendrisio.",
    # attribuzioni
    "⟦A:ANSA|Lo ha annunciato all'ANSA⟧ la sindaca di Genova, precisando che il cantiere aprirà"
    " entro l'estate.",
    "L'incendio ha distrutto due capannoni, ⟦A:ANSA|secondo quanto apprende l'ANSA⟧.",
    "⟦A:Reuters|Secondo fonti citate da Reuters⟧, la banca starebbe valutando un aumento di"
    " capitale.",
    "Il premier giapponese ha annullato il viaggio in Europa, ⟦A:Kyodo|riferisce l'agenzia Kyodo⟧.",
    "⟦A:AFP|Secondo l'agenzia France Presse⟧, almeno 30 persone sono morte nell'esplosione.",
    "⟦A:Xinhua|Lo riporta l'agenzia Nuova Cina⟧, precisando che il ponte è lungo 2,4 chilometri.",
    "Sono 17 i morti accertati, ⟦A:EFE|secondo l'agenzia spagnola Efe⟧.",
    "⟦A:dpa|Lo riferisce l'agenzia tedesca Dpa⟧, citando fonti della polizia.",
    "⟦A:TASS|Secondo l'agenzia russa Tass⟧, i colloqui proseguiranno a Istanbul.",
    # firme
    "L'udienza è stata rinviata al 4 aprile.\n⟦S:ANSA|RIPRODUZIONE RISERVATA © Copyright ANSA⟧",
    "Il treno è ripartito dopo due ore. ⟦I:ANSA|(ANSA)⟧.\nSP",
    # more forms and agencies
    "⟦B:ANSA|Redazione ANSA⟧ ROMA\nIl Comune ha approvato il piano per le nuove piste ciclabili sul"
    " lungotevere.",
    N("poll", "Il 44% degli italiani è favorevole alla settimana corta, secondo un sondaggio"
      " Reuters/Ipsos pubblicato martedì."),
    # negativi
    N("word", "Il fiume forma un'ampia ansa poco prima di entrare nel paese."),
    N("photo", "Il sindaco al taglio del nastro. ANSA/CIRO FUSCO"),
    N("subject", "L'ANSA ha inaugurato la nuova redazione di Palermo alla presenza del presidente"
      " della Regione."),
    N("url", "Per le segnalazioni scrivete a redazione.web@ansa.it o visitate www.ansa.it/sito."),
    N("homonym", "La ANSA McAL ha registrato utili in crescita del 12% a Trinidad."),
    N("list", "In sala stampa erano presenti ANSA, AGI, Adnkronos e le principali testate"
      " nazionali."),
    N("generic", "(Fonte: agenzie)"),
    N("unverified", "Il filmato, diffuso sui social, non è stato verificato in modo autonomo"
      " dall'agenzia Reuters."),
    N("homonym", "Il calciatore Ansa Kessié ha firmato un contratto di tre anni."),
    N("photo", "Foto di archivio EPA/ANSA"),
]

# ---------------------------------------------------------------------------------------------
# Portuguese: Brazilian and Portuguese papers, wire copy
# ---------------------------------------------------------------------------------------------
PT: list[str | Neg] = [
    "SÃO PAULO, 12 Mar ⟦D:Reuters|(Reuters)⟧ - O Ibovespa fechou em alta de 1,2% nesta"
    " quinta-feira, puxado pelas ações de mineradoras e pela queda dos juros futuros.",
    "BRASÍLIA ⟦D:Reuters|(Reuters)⟧ - O Senado aprovou nesta terça-feira o projeto que cria um"
    " fundo para a recuperação de estradas vicinais no Nordeste.",
    "Manaus ⟦D:AFP|(AFP)⟧ - A seca do rio Negro deixou 60 comunidades ribeirinhas isoladas,"
    " informou neste sábado a Defesa Civil do Amazonas.",
    "Rio de Janeiro, 4 set ⟦D:EFE|(EFE)⟧.- A Petrobras anunciou nesta quarta-feira a descoberta de"
    " um novo reservatório de petróleo na Bacia de Santos.",
    "Lisboa ⟦D:EFE|(EFE)⟧ - O Governo português aprovou um aumento de 4,5% do salário mínimo a"
    " partir de janeiro.",
    "Luanda ⟦D:Xinhua|(Xinhua)⟧ -- Angola vai construir três novas centrais solares na província do"
    " Namibe, anunciou o Ministério da Energia.",
    "Maputo ⟦D:AFP|(AFP)⟧ - Pelo menos 11 pessoas morreram nas inundações que atingem o sul de"
    " Moçambique desde domingo.",
    # atribuições
    "A empresa deve anunciar a venda da unidade de fertilizantes na próxima semana,"
    " ⟦A:Reuters|segundo apurou a Reuters⟧ com duas fontes.",
    "\"Perdemos tudo\", ⟦A:AFP|disse à AFP⟧ uma moradora de Porto Alegre.",
    "⟦A:Bloomberg|Segundo a Bloomberg⟧, a instituição avalia fazer uma proposta pela concorrente"
    " chilena.",
    "O ministro ⟦A:Reuters|disse à Reuters⟧ que o governo não pretende alterar a meta fiscal.",
    "⟦A:Associated Press|Segundo a agência Associated Press⟧, o suspeito foi preso no aeroporto de"
    " Miami.",
    "⟦A:Xinhua|Segundo a agência estatal Xinhua⟧, a China vai comprar 2 milhões de toneladas de"
    " soja brasileira.",
    "O navio foi liberado na manhã de domingo, ⟦A:Anadolu|informou a agência turca Anadolu⟧.",
    "A explosão foi ouvida a dez quilômetros, ⟦A:EFE|segundo a agência EFE⟧.",
    "⟦A:Kyodo|Segundo a agência japonesa Kyodo⟧, o acordo será assinado em Tóquio.",
    # combinados e assinaturas
    "Os protestos continuam em várias cidades. (Com ⟦C:Reuters|Reuters⟧ e ⟦C:AFP|AFP⟧)",
    "A audiência foi remarcada para o dia 20. (⟦C:AFP|AFP⟧/⟦C:EFE|EFE⟧)",
    "O resgate foi suspenso ao anoitecer. (⟦S:Reuters|Com Reuters⟧)",
    "⟦B:AFP|Da AFP⟧\nA Indonésia elevou o nível de alerta do vulcão Lewotobi.",
    "⟦B:EFE|Por EFE⟧\nO governo argentino anunciou um novo corte de subsídios para o gás.",
    # more forms and agencies
    "SÃO PAULO, 2 de abril de 2026 ⟦D:PR Newswire|/PRNewswire/⟧ -- A Vértice Agro, empresa de"
    " tecnologia para o campo, anunciou hoje uma captação de R$ 90 milhões.",
    "Os bombeiros levaram seis horas para controlar o incêndio no depósito ⟦I:AFP|(AFP)⟧. Ninguém"
    " ficou ferido.",
    # negativos
    N("homonym", "MACAPÁ (AP) - A Assembleia Legislativa do Amapá aprovou o orçamento estadual para"
      " 2027."),
    N("homonym", "O time de Santana (AP) venceu a final do campeonato estadual por 2 a 1."),
    N("word", "O efetivo de bombeiros no litoral paulista foi dobrado para o feriado."),
    N("photo", "Moradores limpam a lama em Canoas. (Foto: Reuters/Diego Vara)"),
    N("generic", "(Com agências internacionais)"),
    N("subject", "A Reuters anunciou a abertura de um escritório em Belém para cobrir a Amazônia."),
    N("unverified", "A AFP não pôde verificar essas informações de maneira independente."),
    N("list", "Jornalistas da Reuters, da AFP e da Folha foram impedidos de entrar no prédio."),
    N("url", "Contato: imprensa@efe.com ou pelo site efe.com/portugues."),
    N("homonym", "A APP Brasil, fabricante de papel, anunciou investimentos em Mato Grosso do Sul."),
]

# ---------------------------------------------------------------------------------------------
# Indonesian: ANTARA and Indonesian papers
# ---------------------------------------------------------------------------------------------
ID: list[str | Neg] = [
    "Jakarta ⟦D:Antara|(ANTARA)⟧ - Pemerintah Provinsi DKI Jakarta akan menambah 300 unit bus"
    " listrik Transjakarta hingga akhir tahun ini, kata Kepala Dinas Perhubungan.",
    "Makassar ⟦D:Antara|(ANTARA)⟧ - Bandara Sultan Hasanuddin kembali dibuka pada Senin pagi"
    " setelah sempat ditutup akibat cuaca buruk.",
    "Denpasar, Bali ⟦D:Antara|(ANTARA)⟧ - Jumlah wisatawan mancanegara yang datang ke Bali pada Mei"
    " mencapai 590 ribu orang.",
    "Medan ⟦D:Antara|(ANTARA)⟧ - Banjir merendam ratusan rumah di tiga kecamatan di Kota Medan"
    " sejak Minggu malam.",
    "Jakarta ⟦D:Reuters|(Reuters)⟧ - Rupiah melemah terhadap dolar AS pada perdagangan Selasa di"
    " tengah kekhawatiran soal defisit anggaran.",
    "Kuala Lumpur ⟦D:Bernama|(Bernama)⟧ - Malaysia dan Indonesia sepakat mempercepat perundingan"
    " batas laut di Selat Malaka.",
    # atribusi
    "⟦A:Reuters|Dilansir dari Reuters⟧, perusahaan itu berencana memangkas 500 karyawan di Asia"
    " Tenggara.",
    "⟦A:AFP|Melansir AFP⟧, sedikitnya 12 orang tewas dalam kebakaran pasar di Dhaka.",
    "\"Air naik dengan cepat sekali,\" ⟦A:Antara|kata seorang warga kepada ANTARA⟧ di Samarinda,"
    " Kamis.",
    "⟦A:Xinhua|Seperti dikutip dari kantor berita Xinhua⟧, China akan membuka rute kereta baru ke"
    " Laos.",
    "⟦A:Associated Press|Mengutip Associated Press⟧, tersangka ditangkap di rumahnya di Texas.",
    "⟦A:Bloomberg|Menurut laporan Bloomberg⟧, bank sentral kemungkinan menurunkan suku bunga bulan"
    " depan.",
    "⟦A:Kyodo|Dikutip dari Kyodo⟧, gempa berkekuatan 6,0 mengguncang Prefektur Fukushima.",
    "⟦A:Anadolu|Menurut kantor berita Anadolu⟧, kapal bantuan itu berlayar dari Mersin.",
    "⟦A:Yonhap|Dilansir kantor berita Yonhap⟧, Korea Utara kembali menembakkan rudal balistik.",
    # penutup
    "Pembangunan jalan tol itu ditargetkan rampung pada 2028.\nPewarta: Rina Wulandari\nEditor: Budi"
    " Santoso\n⟦S:Antara|Copyright © ANTARA 2026⟧",
    "Harga cabai rawit di pasar tradisional naik menjadi Rp80 ribu per kilogram. ⟦S:Antara|Sumber:"
    " ANTARA⟧",
    "Polisi masih menyelidiki penyebab kebakaran. (⟦C:Antara|Antara⟧/⟦C:Reuters|Reuters⟧)",
    # more forms and agencies
    "Kepala BPBD mengatakan sedikitnya 40 rumah rusak akibat angin puting beliung"
    " ⟦I:Antara|(Antara)⟧. Bantuan logistik sudah disalurkan sejak Selasa pagi.",
    "Padang ⟦D:Antara|(ANTARA)⟧ - Pemerintah Kota Padang menyiapkan 12 lokasi evakuasi tsunami"
    " baru. \"Kami ingin warga tahu jalurnya,\" ⟦A:Antara|kata Wali Kota kepada ANTARA⟧ di Padang,"
    " Rabu.",
    # negatif
    N("word", "Jarak antara Jakarta dan Bandung kini bisa ditempuh 45 menit dengan kereta cepat."),
    N("word", "Seorang pria bernama Joko ditangkap polisi karena mencuri sepeda motor."),
    N("photo", "Pengendara sepeda motor menerobos genangan air di Jalan Kalimalang, Bekasi. ANTARA"
      " FOTO/Fakhri Hermansyah"),
    N("subject", "Perum LKBN ANTARA merayakan ulang tahun ke-89 dengan menggelar pameran foto"
      " sejarah."),
    N("word", "Kerja sama antara kedua negara di bidang energi terus meningkat."),
    N("url", "Informasi lengkap dapat dilihat di www.antaranews.com/berita."),
    N("generic", "(Sumber: berbagai sumber)"),
    N("unverified", "Reuters tidak dapat memverifikasi video tersebut secara independen."),
    N("homonym", "Tim AFP atau Polisi Federal Australia membantu penyelidikan kasus penyelundupan"
      " narkoba di Bali."),
    N("list", "Wawancara itu dihadiri wartawan ANTARA, Kompas dan Tempo."),
]

# ---------------------------------------------------------------------------------------------
# Malay: Bernama and Malaysian papers
# ---------------------------------------------------------------------------------------------
MS: list[str | Neg] = [
    "KUALA LUMPUR, 14 Mac -- Kerajaan akan menambah 20 buah klinik kesihatan di kawasan luar bandar"
    " Sabah dan Sarawak tahun ini, kata Menteri Kesihatan. ⟦S:Bernama|-- BERNAMA⟧",
    "IPOH, 3 Julai -- Seramai 1,200 mangsa banjir di daerah Hilir Perak masih berada di 14 pusat"
    " pemindahan sementara setakat pagi ini. ⟦S:Bernama|--BERNAMA⟧",
    "KOTA BHARU: Polis menahan seorang lelaki berusia 34 tahun kerana disyaki mengedar dadah di"
    " Pasir Mas semalam. ⟦S:Bernama|- BERNAMA⟧",
    "JOHOR BAHRU, 8 Okt ⟦D:Bernama|(Bernama)⟧ -- Kerja-kerja menaik taraf Lebuhraya Pasir Gudang"
    " dijangka siap pada hujung tahun depan.",
    "SHAH ALAM: Kerajaan negeri Selangor memperuntukkan RM12 juta untuk membaiki sistem saliran di"
    " Klang.\n\n⟦S:Bernama|Bernama⟧",
    "KUCHING, 21 Mei -- Sarawak akan melancarkan perkhidmatan bas hidrogen ke Bau mulai bulan"
    " depan. ⟦S:Bernama|-- BERNAMA⟧\nNJM",
    "LONDON, 12 Feb ⟦D:Reuters|(Reuters)⟧ - Harga minyak sawit mentah di Bursa Malaysia meningkat"
    " untuk hari ketiga berturut-turut.",
    # atribusi
    "⟦A:Reuters|Menurut laporan Reuters⟧, syarikat itu merancang menutup dua kilangnya di Pulau"
    " Pinang.",
    "\"Kami tidak sangka air naik secepat itu,\" ⟦A:Bernama|katanya kepada Bernama⟧ ketika ditemui di"
    " pusat pemindahan.",
    "⟦A:AFP|Agensi berita AFP melaporkan⟧ sekurang-kurangnya 15 orang terbunuh dalam serangan itu.",
    "⟦A:Xinhua|Menurut agensi berita Xinhua⟧, laluan kereta api berkelajuan tinggi itu dijadual"
    " dibuka pada Jun.",
    "⟦A:Antara|Agensi berita Indonesia, Antara melaporkan⟧ gunung berapi itu meletus pada pukul 4"
    " pagi.",
    "⟦A:Bloomberg|Bloomberg melaporkan⟧ bahawa bank pusat dijangka mengekalkan kadar dasar"
    " semalaman.",
    "Kebakaran itu memusnahkan 30 buah rumah, ⟦A:Associated Press|lapor Associated Press⟧.",
    "⟦A:Bernama|Bernama difahamkan⟧ mesyuarat itu akan diadakan di Putrajaya minggu depan.",
    "⟦A:Yonhap|Agensi berita Yonhap melaporkan⟧ Korea Selatan akan menambah bilangan pekerja asing.",
    "⟦A:Kyodo|Menurut Kyodo⟧, Perdana Menteri Jepun akan melawat Kuala Lumpur bulan depan.",
    # gabungan dan bylines
    "Jumlah korban dijangka meningkat. -- ⟦C:Bernama|Bernama⟧-⟦C:Reuters|Reuters⟧",
    "Pihak berkuasa masih mencari dua mangsa yang hilang. -- ⟦C:AFP|AFP⟧/⟦C:Bernama|Bernama⟧",
    "⟦B:Bernama|Oleh Bernama⟧\nPUTRAJAYA: Permohonan biasiswa bagi pelajar lepasan SPM dibuka mulai"
    " esok.",
    # more forms and agencies
    "Pasukan bomba menerima panggilan kecemasan pada pukul 3.15 pagi ⟦I:Bernama|(Bernama)⟧. Tiada"
    " kecederaan dilaporkan.",
    "ALOR SETAR, 5 Jun -- Petani di Kedah akan menerima bantuan baja tambahan mulai bulan depan,"
    " ⟦A:Bernama|kata Menteri Besar kepada Bernama⟧ hari ini. ⟦S:Bernama|-- BERNAMA⟧",
    # negatif
    N("word", "Perjanjian antarabangsa itu ditandatangani oleh 40 buah negara."),
    N("word", "Seorang wanita bernama Siti ditemui selamat selepas hilang dua hari di dalam hutan."),
    N("word", "Jarak antara kedua-dua bandar itu kira-kira 300 kilometer."),
    N("subject", "Bernama akan melancarkan saluran berita dalam bahasa Mandarin pada tahun depan."),
    N("photo", "Orang ramai membeli juadah berbuka puasa di bazar Ramadan Kampung Baru."
      " --fotoBERNAMA"),
    N("url", "Ikuti berita terkini di www.bernama.com atau aplikasi Bernama."),
    N("generic", "-- Agensi"),
    N("homonym", "Syarikat APP Sinar Mas mengumumkan pelaburan baharu di Riau."),
    N("list", "Sidang media itu dihadiri wakil Bernama, Utusan Malaysia dan Berita Harian."),
    N("unverified", "Dakwaan tersebut belum dapat disahkan secara bebas oleh Reuters."),
]

# ---------------------------------------------------------------------------------------------
# Turkish: Anadolu Ajansı and Turkish papers
# ---------------------------------------------------------------------------------------------
TR: list[str | Neg] = [
    "ANKARA ⟦D:Anadolu|(AA)⟧ - Türkiye İstatistik Kurumu verilerine göre ihracat birim değer"
    " endeksi ağustosta yıllık bazda yüzde 3,4 arttı.",
    "İZMİR ⟦D:Anadolu|(AA)⟧ - Menderes ilçesinde çıkan orman yangınına havadan ve karadan müdahale"
    " sürüyor.",
    "Trabzon ⟦D:Anadolu|(AA)⟧ - Karadeniz Sahil Yolu'nda meydana gelen heyelan nedeniyle yol tek"
    " şeritten ulaşıma açıldı.",
    "LONDRA ⟦D:Anadolu|(AA)⟧ - İngiltere Merkez Bankası politika faizini yüzde 4'te sabit tuttu.",
    "Gazze ⟦D:Anadolu|(AA)⟧ - Bölgede su kuyularının büyük bölümünün kullanılamaz hale geldiği"
    " bildirildi.",
    # atıflar
    "⟦A:Anadolu|AA muhabirinin⟧ edindiği bilgiye göre, yaralılar Şanlıurfa Eğitim ve Araştırma"
    " Hastanesine kaldırıldı.",
    "Vali, ⟦A:Anadolu|AA muhabirine⟧ yaptığı açıklamada kurtarma çalışmalarının gece boyunca"
    " süreceğini söyledi.",
    "⟦A:Reuters|Reuters'ın haberine göre⟧, otomotiv devi Avrupa'da üç fabrikasını elden çıkarmayı"
    " planlıyor.",
    "⟦A:AFP|AFP'nin aktardığına göre⟧, protestolarda en az 40 kişi gözaltına alındı.",
    "⟦A:Associated Press|Associated Press (AP) haber ajansının bildirdiğine göre⟧, kasırga yaklaşık"
    " 200 bin aboneyi elektriksiz bıraktı.",
    "⟦A:Bloomberg|Bloomberg'in iddiasına göre⟧, banka yeni bir tahvil ihracına hazırlanıyor.",
    "⟦A:TASS|Rus TASS ajansının haberine göre⟧, görüşmeler haftaya Moskova'da devam edecek.",
    "⟦A:Xinhua|Çin devlet ajansı Şinhua'nın bildirdiğine göre⟧, sel nedeniyle 12 kişi hayatını"
    " kaybetti.",
    "⟦A:dpa|Alman DPA ajansının aktardığına göre⟧, şüpheli Münih'te yakalandı.",
    "⟦A:Yonhap|Güney Kore'nin Yonhap ajansına göre⟧, Kuzey Kore iki balistik füze fırlattı.",
    "⟦A:Kyodo|Japon Kyodo ajansının bildirdiğine göre⟧, deprem sonrası tsunami uyarısı kaldırıldı.",
    # kaynak ve imzalar
    "Kazada yaralanan 4 kişi hastaneye kaldırıldı.\n⟦S:Anadolu|Kaynak: AA⟧",
    "Belediye, çalışmaların iki hafta süreceğini açıkladı. ⟦I:Anadolu|(AA)⟧",
    "Toplantı yarın yeniden yapılacak.\n⟦S:Reuters|Kaynak: Reuters⟧",
    "Kurtarma çalışmaları sabaha kadar sürdü. (⟦C:Anadolu|AA⟧/⟦C:Reuters|Reuters⟧)",
    # more forms and agencies
    "KONYA ⟦D:Anadolu|(AA)⟧ - Kentte kurulan güneş enerjisi santrali ilk yılında 80 bin konutun"
    " ihtiyacını karşıladı. Santral müdürü, ⟦A:Anadolu|AA muhabirine⟧ yaptığı değerlendirmede"
    " ikinci etabın gelecek yıl tamamlanacağını söyledi.",
    # negatif
    N("homonym", "Anadolu Efes, Euroleague'de deplasmanda Real Madrid'i 81-77 yendi."),
    N("homonym", "Kumandaya iki adet AA pil gerekiyor."),
    N("photo", "Vatandaşlar Kızılay Meydanı'nda toplandı. (Fotoğraf: AA)"),
    N("subject", "Anadolu Ajansı, kuruluşunun 106. yılını İstanbul'daki törenle kutladı."),
    N("url", "Haberin tamamı için: www.aa.com.tr/tr/ekonomi"),
    N("homonym", "Anadolu Lisesi öğrencileri bilim olimpiyatlarında üç madalya kazandı."),
    N("generic", "(Ajanslar)"),
    N("homonym", "Anadolu'nun iç kesimlerinde kar yağışı etkili oluyor."),
    N("unverified", "Reuters, görüntülerin doğruluğunu bağımsız olarak teyit edemedi."),
    N("list", "Basın toplantısına AA, DHA ve İHA muhabirleri katıldı."),
]

# ---------------------------------------------------------------------------------------------
# Chinese: mainland, Hong Kong and Taiwan styles
# ---------------------------------------------------------------------------------------------
ZH: list[str | Neg] = [
    "⟦D:Xinhua|新华社西宁3月14日电⟧（记者 邵一帆）青海省今年将新建充电桩8000个，覆盖全省所有县城。",
    "⟦D:Xinhua|新华社乌鲁木齐9月2日电⟧ 新疆今年棉花种植面积约3700万亩，预计总产量与去年基本持平。",
    "⟦D:Xinhua|新华社内罗毕10月18日电⟧（记者"
    " 王宇）肯尼亚政府18日宣布，将在北部四个县启动抗旱救济计划。",
    "⟦D:Reuters|路透北京6月5日⟧ -"
    " 中国5月官方制造业采购经理人指数（PMI）升至50.4，为三个月来首次回到扩张区间。",
    "⟦D:Reuters|路透上海11月20日⟧ - 人民币兑美元周四小幅走低，交易员称企业购汇需求有所增加。",
    "⟦D:AFP|法新社曼谷7日电⟧，泰国政府7日宣布，将把外国游客免签停留期限延长至60天。",
    "【⟦D:Reuters|路透社倫敦3日電⟧】英國政府3日宣布，將投入20億英鎊改善北部地區的鐵路網絡。",
    # 署名与引述
    "⟦A:Xinhua|据新华社报道⟧，我国首条跨海高铁隧道已全线贯通。",
    "⟦A:Reuters|据路透社报道⟧，这家电池制造商计划在越南新建工厂。",
    "⟦A:AFP|據法新社報導⟧，示威者在市中心與警方發生衝突，至少20人受傷。",
    "⟦A:Associated Press|据美联社报道⟧，飓风已造成佛罗里达州约40万户停电。",
    "日本政府拟于下月公布新的能源基本计划，⟦A:Kyodo|日本共同社周日报道⟧。",
    "⟦A:Yonhap|據韓聯社報導⟧，南韓央行維持基準利率不變。",
    "⟦A:TASS|据塔斯社报道⟧，俄白两国军队将在下月进行联合演练。",
    "⟦A:Bloomberg|彭博社引述知情人士报道⟧，该银行正考虑出售其东南亚零售业务。",
    "⟦A:Anadolu|土耳其官方阿纳多卢通讯社报道称⟧，东部地震已造成至少5人死亡。",
    "⟦A:dpa|据德新社报道⟧，德国议会周四通过了新的移民法案。",
    "一名当地居民⟦A:AFP|对法新社表示⟧，洪水来得非常突然。",
    "⟦A:EFE|據埃菲社報導⟧，西班牙南部山火已燒毀逾五千公頃林地。",
    "⟦A:ANSA|据意大利安莎社报道⟧，位于罗马的一座古教堂屋顶部分坍塌。",
    # 文末
    "火灾原因仍在调查中。（⟦I:AFP|法新社⟧）",
    "该项目预计2028年建成。\n⟦S:Xinhua|来源：新华社⟧",
    "事故原因正在調查中。（⟦C:Reuters|路透社⟧／⟦C:AFP|法新社⟧）",
    # more forms and agencies
    "北京2026年3月5日 ⟦D:PR Newswire|/美通社/⟧ --"
    " 科技企业启明云图今日宣布完成B轮融资，金额达5亿元人民币。",
    "香港2026年6月18日 ⟦D:PR Newswire|/美通社/⟧ -- 港华冷链物流宣布于葵涌启用新的冷藏仓库。",
    "加州圣何塞--⟦D:Business Wire|(美国商业资讯)⟧--芯途半导体今日发布新一代车规级电源管理芯片。",
    "⟦D:Xinhua|新华社林芝7月9日电⟧"
    " 林芝市计划在年内修通通往六个边境乡的硬化路。⟦A:Xinhua|据新华社记者了解⟧，这些公路主要连接边远"
    "牧区。",
    "该航线将于下月开通。（⟦S:Reuters|来源：路透社⟧）",
    # 反例
    N("homonym", "美联储周三宣布将利率维持在当前水平不变。"),
    N("homonym", "市民在新华书店排队购买新出版的地方志。"),
    N("homonym", "新华路上的老洋房将改建为社区图书馆。"),
    N("photo", "游客在故宫参观。新华社记者 李明 摄"),
    N("subject", "路透社宣布将在香港增设一个亚洲财经新闻编辑部。"),
    N("homonym", "布隆伯格慈善基金会向非洲城市捐款5000万美元。"),
    N("generic", "（综合外电）"),
    N("unverified", "法新社无法独立核实这段视频的真实性。"),
    N("url", "详情请浏览 www.xinhuanet.com/fortune 。"),
    N("photo", "圖為示威人群聚集在市中心。（路透社）"),
]

# ---------------------------------------------------------------------------------------------
# Urdu: Pakistani papers, APP and foreign agencies
# ---------------------------------------------------------------------------------------------
UR: list[str | Neg] = [
    "اسلام آباد ⟦D:APP|(اے پی پی)⟧ قومی اسمبلی کی قائمہ کمیٹی برائے خزانہ نے ٹیکس ترمیمی بل کی"
    " منظوری دے دی۔",
    "لاہور ⟦D:APP|(اے پی پی)⟧ محکمہ صحت پنجاب آئندہ سال تک نو اضلاع کے سرکاری ہسپتالوں میں ڈائیلاسز"
    " کی مفت سہولت فراہم کرے گا۔",
    "کراچی ⟦D:APP|(اے پی پی)⟧ شہر میں آج سے تین روزہ کتاب میلہ شروع ہو رہا ہے جس میں 200 سے زائد"
    " اسٹال لگائے گئے ہیں۔",
    "پشاور ⟦D:APP|(اے پی پی)⟧ خیبر پختونخوا میں پولیو مہم کے دوران 20 لاکھ بچوں کو قطرے پلائے جائیں"
    " گے، جبکہ پی ٹی آئی کے رہنماؤں نے مہم کی حمایت کی ہے۔",
    "لندن ⟦D:Reuters|(رائٹرز)⟧ برطانیہ میں مہنگائی کی شرح گزشتہ ماہ کم ہو کر 2.8 فیصد رہ گئی۔",
    "بیجنگ ⟦D:Xinhua|(شنہوا)⟧ چین نے پاکستان کے لیے نئے تجارتی راستے کھولنے کا اعلان کیا ہے۔",
    # حوالہ
    "⟦A:Reuters|رائٹرز کی رپورٹ کے مطابق⟧ ٹیکسٹائل کمپنی نے 300 ملازمین کو فارغ کر دیا ہے۔",
    "⟦A:AFP|اے ایف پی کی رپورٹ کے مطابق⟧ بم دھماکے میں کم از کم 8 افراد ہلاک ہوئے۔",
    "⟦A:Associated Press|امریکی خبر ایجنسی اے پی نے بتایا⟧ کہ طوفان سے کئی شہروں میں بجلی معطل ہو"
    " گئی۔",
    "⟦A:Anadolu|انادولو ایجنسی کا کہنا ہے⟧ کہ زلزلے کی شدت 5.6 ریکارڈ کی گئی۔",
    "وزیر نے ⟦A:Reuters|رائٹرز سے بات کرتے ہوئے⟧ کہا کہ حکومت بجلی کے نرخوں میں کمی پر غور کر رہی"
    " ہے۔",
    "وزیر اعظم جمعرات کو کوئٹہ جائیں گے، ⟦A:APP|سرکاری خبر ایجنسی اے پی پی نے بتایا⟧۔",
    "⟦A:Bloomberg|بلومبرگ کی رپورٹ کے مطابق⟧ پاکستان آئندہ ماہ یورو بانڈ جاری کرنے پر غور کر رہا"
    " ہے۔",
    "⟦A:Xinhua|شنہوا نیوز ایجنسی نے بتایا⟧ کہ سیلاب سے 15 افراد جاں بحق ہو گئے۔",
    "⟦A:ANI|بھارتی خبر رساں ادارے اے این آئی کے مطابق⟧ مقبوضہ کشمیر میں انٹرنیٹ سروس معطل کر دی"
    " گئی۔",
    "⟦A:PTI|بھارتی خبر ایجنسی پی ٹی آئی کے مطابق⟧ دارالحکومت میں شدید دھند کے باعث 40 پروازیں تاخیر"
    " کا شکار ہوئیں۔",
    # اختتامی
    "اجلاس میں اہم فیصلے متوقع ہیں۔ ⟦I:AFP|(اے ایف پی)⟧",
    "تحقیقات جاری ہیں۔ (⟦S:APP|بشکریہ اے پی پی⟧)",
    "مذاکرات کا اگلا دور اگلے ہفتے ہوگا۔ (⟦C:Reuters|رائٹرز⟧/⟦C:AFP|اے ایف پی⟧)",
    # منفی
    N("homonym", "پی ٹی آئی نے اسلام آباد میں جلسے کا اعلان کر دیا ہے۔"),
    N("homonym", "پاکستان تحریک انصاف (پی ٹی آئی) کے کارکنوں نے لاہور میں ریلی نکالی۔"),
    N("generic", "(ویب ڈیسک)"),
    N("generic", "(نیوز ایجنسیاں)"),
    N("photo", "کراچی میں بارش کے بعد سڑکوں پر پانی جمع ہے۔ (فوٹو: اے ایف پی)"),
    N("subject", "رائٹرز نے اسلام آباد میں اپنے نئے بیورو چیف کا اعلان کیا ہے۔"),
    N("unverified", "رائٹرز اس ویڈیو کی آزادانہ طور پر تصدیق نہیں کر سکا۔"),
    N("homonym", "عمران خان کی پارٹی پی ٹی آئی نے ضمنی انتخاب کے نتائج مسترد کر دیے۔"),
    N("list", "تقریب میں رائٹرز، اے ایف پی اور مقامی ٹی وی چینلز کے نمائندے موجود تھے۔"),
    N("url", "مزید معلومات کے لیے www.app.com.pk ملاحظہ کریں۔"),
]

# ---------------------------------------------------------------------------------------------
# Hindi: Indian papers and wire services
# ---------------------------------------------------------------------------------------------
HI: list[str | Neg] = [
    "पटना, 11 जुलाई ⟦D:IANS|(आईएएनएस)⟧। बिहार में गंगा का जलस्तर लगातार बढ़ रहा है और भागलपुर में"
    " कई निचले इलाकों में पानी भर गया है।",
    "जयपुर, 4 फरवरी ⟦D:IANS|(आईएएनएस)⟧। राजस्थान सरकार ने प्रदेश के सभी सरकारी स्कूलों में सौर"
    " ऊर्जा पैनल लगाने की योजना को मंजूरी दी।",
    "चंडीगढ़, 19 नवंबर ⟦D:ANI|(एएनआई)⟧। पंजाब में पराली जलाने के मामलों में पिछले साल के मुकाबले 30"
    " प्रतिशत की कमी आई है।",
    "श्रीनगर, 2 जनवरी ⟦D:ANI|(एएनआई)⟧। घाटी में भारी बर्फबारी के कारण श्रीनगर-जम्मू राजमार्ग पर"
    " यातायात रोक दिया गया।",
    "देहरादून, 27 अगस्त ⟦D:IANS|(आईएएनएस)⟧। उत्तराखंड में भूस्खलन के कारण बद्रीनाथ राजमार्ग दो दिन"
    " से बंद है, जबकि एपी सरकार ने भी राहत दल भेजा है।",
    # हवाला
    "⟦A:PTI|समाचार एजेंसी पीटीआई के अनुसार⟧, दुर्घटना में घायल सभी लोगों को जिला अस्पताल ले जाया"
    " गया।",
    "⟦A:ANI|समाचार एजेंसी एएनआई से बातचीत में⟧ मुख्यमंत्री ने कहा कि राहत कार्य तेजी से चल रहा है।",
    "⟦A:Reuters|रॉयटर्स की एक रिपोर्ट के मुताबिक⟧, यह ई-कॉमर्स कंपनी भारत में अपना निवेश दोगुना"
    " करेगी।",
    "⟦A:AFP|समाचार एजेंसी एएफपी के मुताबिक⟧, विस्फोट में कम से कम 12 लोग मारे गए।",
    "⟦A:Associated Press|एसोसिएटेड प्रेस के अनुसार⟧, तूफान से फ्लोरिडा में भारी नुकसान हुआ है।",
    "⟦A:Bloomberg|ब्लूमबर्ग ने जानकार लोगों के हवाले से बताया⟧ कि कंपनी अपना आईपीओ टाल सकती है।",
    "⟦A:Xinhua|शिन्हुआ समाचार एजेंसी के मुताबिक⟧, चीन में बाढ़ से 20 हजार लोग विस्थापित हुए हैं।",
    "⟦A:IANS|आईएएनएस को मिली जानकारी के मुताबिक⟧, बैठक अगले सप्ताह दिल्ली में होगी।",
    "⟦A:APP|पाकिस्तान की सरकारी समाचार एजेंसी एपीपी के मुताबिक⟧, इस्लामाबाद में नए हवाई अड्डे का"
    " उद्घाटन किया गया।",
    "⟦A:TASS|रूसी समाचार एजेंसी तास के अनुसार⟧, राष्ट्रपति अगले महीने भारत का दौरा करेंगे।",
    "⟦A:Yonhap|दक्षिण कोरियाई समाचार एजेंसी योनहाप के मुताबिक⟧, उत्तर कोरिया ने एक और मिसाइल दागी।",
    # अंत में
    "आरोपी की तलाश में पुलिस ने कई जगह छापे मारे हैं। ⟦S:IANS|—आईएएनएस⟧",
    "राज्य सरकार ने मृतकों के परिजनों को चार-चार लाख रुपये मुआवजा देने की घोषणा की है।"
    " (⟦S:PTI|इनपुट: पीटीआई⟧)",
    "बैठक में कई अहम फैसले लिए गए। (⟦S:IANS|आईएएनएस इनपुट के साथ⟧)",
    # more forms and agencies
    "बाढ़ प्रभावित इलाकों में राहत शिविर लगाए गए हैं। (इनपुट: ⟦C:ANI|एएनआई⟧, ⟦C:IANS|आईएएनएस⟧)",
    "भोपाल, 6 मार्च ⟦D:IANS|(आईएएनएस)⟧। मध्य प्रदेश में गेहूं की सरकारी खरीद 15 मार्च से शुरू होगी।"
    " ⟦S:IANS|—आईएएनएस⟧",
    # नकारात्मक
    N("homonym", "पीटीआई के संस्थापक इमरान खान को अदालत ने जमानत दे दी।"),
    N("homonym", "यूपीआई के जरिए भुगतान करने पर अब अतिरिक्त शुल्क नहीं लगेगा।"),
    N("photo", "दिल्ली में यमुना का बढ़ता जलस्तर। (फोटो: आईएएनएस)"),
    N("generic", "(एजेंसियों से इनपुट के साथ)"),
    N("subject", "एएनआई की संपादक ने पत्रकारिता पुरस्कार समारोह में भाग लिया।"),
    N("homonym", "एपी के मुख्यमंत्री ने विशाखापत्तनम में नए बंदरगाह की आधारशिला रखी।"),
    N("unverified", "रॉयटर्स स्वतंत्र रूप से इस वीडियो की पुष्टि नहीं कर सका।"),
    N("list", "प्रेस कॉन्फ्रेंस में रॉयटर्स, एएफपी और कई भारतीय चैनलों के पत्रकार मौजूद थे।"),
    N("homonym", "गायिका अनी शर्मा का नया गाना रिलीज हो गया।"),
    N("photo", "मुंबई में भारी बारिश के बाद जलभराव। (फोटो: पीटीआई)"),
]

# =============================================================================================
# building
# =============================================================================================
DATA: dict[str, list[str | Neg]] = dict(
    zip(LANGS, (EN, ES, FR, DE, IT, PT, ID, MS, TR, ZH, UR, HI), strict=True)
)


if __name__ == "__main__":
    sys.exit(run_later_set(sys.argv[1:], DATA, "heldout3", EARLIER_SETS))
