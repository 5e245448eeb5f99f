#!/usr/bin/env python3
"""Build the SIXTH held-out labelled wire-credit set: heldout6.jsonl.

This set exists for one purpose: the final, honest measurement of a credit detector after the
detector has been developed and tuned on dev.jsonl and test.jsonl, and after heldout.jsonl to
heldout5.jsonl were used to steer changes.  Do not look at its records while working on a
detector, do not tune on its errors, and do not copy records from it into other tests.  Once it
has been used to steer a change it no longer measures anything, and a new held-out set must be
written.

Every record below was written by hand for this set, by an author who did not read the detector,
its documentation, its tests or its evaluation script or output, and who read only README.md,
markup.py, the structure and docstrings of the earlier builders and a few of heldout5's records
(for the mark-up in use): no record of dev.jsonl, test.jsonl or heldout.jsonl to heldout5.jsonl
was reused, translated or edited, and ``check_independent`` refuses any text that repeats one of
theirs or shares a run of SHARED_WORDS words (SHARED_CJK Han characters) with one.  Places,
dates and formats are realistic; events, figures, people and most companies are invented.

Mark-up (the same as build.py and the earlier held-out builders).  A credit is written
``⟦F:Agency|span text⟧``: ``F`` is the form (see FORMS), ``Agency`` one of the canonical names in
AGENCIES, ``span text`` the text that is kept and whose offsets are recorded.  A negative is
written ``N("kind", "text")`` and contains no mark-up.  The span conventions are those of
README.md ("Span conventions", "Convention decisions") and of the docstrings of
build_heldout.py to build_heldout5.py.

Convention decisions beyond those (made while writing this set; a detector developer must not
read them as a list of cases to handle):

* "(Reuters Health)" in a dateline is a Reuters dateline, marked whole with its brackets, as
  heldout5 marked "(dpa-AFX)".  "— AFP Relaxnews" (AFP's lifestyle service) closing a text is an
  AFP sign-off, marked whole with its dash.
* Reuters' French sign-off "(Reportage …, version française …)" and the English "(Writing by …;
  Editing by …)" are Reuters sign-offs, brackets outside, as heldout4's Portuguese one is.
* AP's reprinted byline "By NAME Associated Press" followed by an "(AP)" dateline gives two
  credits: "Associated Press" (byline, as heldout2) and "(AP)" (dateline).  A heading "ANI |
  Updated: …" is a byline like heldout5's "Anadolu Ajansı | 12.04.2026": the name only.
* A heading "Redacción / AFP - EFE" is combined: each agency marked, "Redacción", the slash and the
  hyphen outside.  A closing "— AFP/Reuters" is combined the same way, the dash outside.
* An agency's name alone heading a text above its dateline ("Yonhap News Agency\nSEOUL, Sept. 1
  (Yonhap) --") is a byline, as heldout2's "Agence France-Presse\nJOHANNESBURG" is, and the
  dateline is a second credit.  "Oleh Antara" and "Oleh Bernama" heading a text are bylines
  (heldout3's "Oleh Bernama"); "Kaynak: AA" closing a text is a sign-off like "Kaynak: Reuters".
* "Kaynak: AFP, Reuters" names several agencies: combined, each name marked, "Kaynak:" and the
  comma outside (heldout3's rule for "With inputs from PTI and ANI").  "आईएएनएस | नई दिल्ली" heading
  a Hindi text is a byline, the place outside, as "Agencia EFE | Quito" is.
* A desk's initials alone after a French dateline story ("… Nouadhibou. mbr/sof") name no agency
  and are not marked; the dateline is.
* A quote whose agency is named by a participle after the speaker ("soupire Fatima, une mère de
  famille de Mamoudzou interrogée par l'AFP") is an attribution from the participle to the agency;
  the speaker stays outside.  Where the verb comes first and the speaker after the agency ("han
  confirmado a Europa Press los delegados de CCOO") the speaker stays outside too (heldout3).
* Turkish "…, Şinhua ajansı bildirdi" after the reported sentence is an attribution marked whole,
  as Hindi and Urdu sentence-final verbs are (heldout4).
* Photo captions new to this set ("Yonhap photo" after a caption, "(Fotoğraf: Özkan Bilgin - AA)",
  "(فائل فوٹو: …)"-style "(फाइल फोटो: एएनआई)") are negatives of kind "photo".
* Generic lines new to this set: "(Compiled from news wires by the foreign desk)", "(Fonte:
  agenzie)", "Sumber: berbagai kantor berita", "Dış Haberler Servisi / Ajanslar", "（本报综合外电）".
  "a business wire transfer" (lower case, the ordinary banking phrase) is a negative of kind "word";
  a YouTube or X handle naming an agency ("@bernamaTV", "@APPNewsOfficial") is kind "url".

Run ``python tests/data/credits/build_heldout6.py`` to rewrite heldout6.jsonl and the heldout6
counts in README.md; ``--check`` exits 1 if the files on disk are not what the data gives.
"""

from __future__ import annotations

import sys

from build_heldout import run_later_set
from markup import LANGS, N, Neg

EARLIER_SETS = (
    "dev.jsonl", "test.jsonl", "heldout.jsonl", "heldout2.jsonl", "heldout3.jsonl", "heldout4.jsonl",
    "heldout5.jsonl",
)

# ---------------------------------------------------------------------------------------------
# English: wire copy and reprints (US, UK, Indian, Pakistani, Malaysian, Philippine, Gulf, African)
# ---------------------------------------------------------------------------------------------
EN: list[str | Neg] = [
    # datelines
    "WINNIPEG, Manitoba, Oct 2 ⟦D:Reuters|(Reuters)⟧ - Canadian canola crushers processed a record 1.1"
    " million tonnes in September, an industry group said on Thursday, as new plant capacity in the"
    " prairies came online.",
    "SINGAPORE ⟦D:Reuters|(Reuters)⟧ - Asian shares slipped on Friday as investors trimmed bets on rate"
    " cuts after firmer U.S. wage data, while the yen held near a three-week low.",
    "NEW YORK, May 12 ⟦D:Reuters|(Reuters Health)⟧ - Older adults who walk at least 6,000 steps a day"
    " are less likely to be readmitted to hospital after surgery, a study of 2,900 patients in Ohio"
    " suggests.",
    "LAGOS, Jan 19 ⟦D:Reuters|(Reuters)⟧ – Nigeria's naira weakened to 1,610 per dollar on the official"
    " window on Monday, traders said, as demand from importers outstripped dollar inflows.\nReuters"
    " could not reach the central bank for comment on the move.",
    "ALBUQUERQUE, N.M. ⟦D:Associated Press|(AP)⟧ — A state judge on Wednesday blocked a New Mexico"
    " county from closing its only public library branch east of the Rio Grande.",
    "HARARE, Zimbabwe ⟦D:Associated Press|(AP)⟧ — Zimbabwe's tobacco auction floors opened Tuesday with"
    " prices about 8% below last season, growers said.",
    "ANCHORAGE, Alaska ⟦D:Associated Press|(AP)⟧ — Alaska's state ferry system will cancel its winter"
    " sailings to Kodiak for lack of crew, two officials ⟦A:Associated Press|told The Associated Press⟧"
    " on Friday.",
    "NAIROBI ⟦D:AFP|(AFP)⟧ - Kenyan lawmakers on Wednesday approved a tax on imported cooking gas"
    " cylinders, a measure traders warned would push up prices in Mombasa and Kisumu.",
    "Canberra ⟦D:AFP|(AFP)⟧ – Australia will tighten rules on student visas from July, the home affairs"
    " minister said Monday, in a bid to curb what she called \"ghost enrolments\".",
    "BERLIN, Dec 1 ⟦D:dpa|(dpa)⟧ - Germany's rail operator will run 40 additional night trains to"
    " Austria and Switzerland over the holidays, the company said on Monday.",
    "MILAN, March 9 ⟦D:ANSA|(ANSA)⟧ - Lombardy's regional council on Monday approved funding for a new"
    " metro line linking the San Siro district with the city's northern suburbs.",
    "Lima, Sep 3 ⟦D:EFE|(EFE)⟧.- Peru's Congress voted on Wednesday to censure the energy minister over"
    " fuel shortages in the southern Andes.",
    "Barcelona, 14 Nov ⟦D:Europa Press|(EUROPA PRESS)⟧ - The Catalan government will extend free"
    " regional train travel for frequent commuters until June, the transport councillor said Friday.",
    "BEIJING, Feb. 26 ⟦D:Xinhua|(Xinhua)⟧ -- China's State Council on Thursday unveiled measures to"
    " boost consumption of services, including subsidies for elderly care in rural counties.",
    "LHASA, Aug. 4 ⟦D:Xinhua|(Xinhua)⟧ -- A new expressway has shortened the drive from Lhasa to"
    " Nyingchi to less than five hours, the regional transport bureau said Monday.",
    "Chennai, Mar 11 ⟦D:PTI|(PTI)⟧ Tamil Nadu will set up 25 new fast-track courts to clear pending"
    " cases of crimes against women, the state law minister told the Assembly on Wednesday.",
    "Kolkata: ⟦D:PTI|(PTI)⟧ A fire broke out at a garment godown in Burrabazar on Saturday morning, but"
    " no one was injured, a fire brigade official said.",
    "Patna, Oct 23 ⟦D:IANS|(IANS)⟧ The Bihar government has sanctioned Rs 640 crore for flood"
    " protection works along the Kosi embankment ahead of next year's monsoon.",
    "Jaipur [Rajasthan], Jan 12 ⟦D:ANI|(ANI)⟧: Rajasthan Chief Minister on Sunday inaugurated a solar"
    " park in Barmer district with a capacity of 600 MW.",
    "Lahore, Nov 6 ⟦D:APP|(APP)⟧: The Punjab government has decided to install air purifiers in 200"
    " government schools across Lahore to protect children from smog, an official said on Thursday.",
    "ISLAMABAD, Feb 17 ⟦D:APP|(APP)⟧: Federal Minister for Maritime Affairs on Monday said Gwadar port"
    " handled 14 ships in January, the highest monthly figure since it opened.",
    "PUTRAJAYA, May 8 ⟦D:Bernama|(Bernama)⟧ -- The Ministry of Health will recruit 3,000 contract"
    " nurses for public hospitals in Sabah and Sarawak this year, said its deputy minister.",
    "IPOH, Dec 2 ⟦D:Bernama|(Bernama)⟧ -- Some 1,200 flood victims in Perak are still sheltering at 14"
    " relief centres as of 8 am today.",
    "ANKARA ⟦D:Anadolu|(AA)⟧ – Türkiye's central bank kept its policy rate unchanged at its meeting on"
    " Thursday, citing sticky services inflation.",
    "TOKYO, July 15 ⟦D:Kyodo|(Kyodo)⟧ -- Japanese households spent 1.4 percent less in June than a year"
    " before, the internal affairs ministry said Tuesday, as rice and energy bills squeezed budgets.",
    "SEOUL, April 21 ⟦D:Yonhap|(Yonhap)⟧ -- Chip shipments from South Korea rose 22 percent on-year"
    " between April 1 and 20, the Korea Customs Service said Monday.",
    "MOSCOW, September 9. ⟦D:TASS|/TASS/⟧. Russia's wheat exports in August reached 5.2 million tonnes,"
    " the agriculture ministry said.",
    "JAKARTA, Oct 14 ⟦D:Antara|(ANTARA)⟧ - Indonesia's Ministry of Tourism expects 1.4 million foreign"
    " visitors to Lombok this year, up from 1.1 million in the previous year.",
    "WASHINGTON, Jan. 22 ⟦D:UPI|(UPI)⟧ -- The Senate on Thursday confirmed a retired admiral as Coast"
    " Guard commandant in a 61-37 vote.",
    "LONDON, June 30 ⟦D:Bloomberg|(Bloomberg)⟧ -- U.K. lenders approved the most mortgages in 18 months"
    " in May, the Bank of England said.",
    "AUSTIN, Texas, March 3, 2026 ⟦D:PR Newswire|/PRNewswire/⟧ -- Solvara Robotics, a maker of"
    " warehouse automation systems, today announced a $45 million Series C round led by Ridgefield"
    " Partners.",
    "SAN DIEGO--⟦D:Business Wire|(BUSINESS WIRE)⟧--Kelpwave Therapeutics, Inc. (Nasdaq: KLPW) today"
    " reported financial results for the fourth quarter and full year 2025.",
    "VANCOUVER, British Columbia, Feb. 9, 2026 ⟦D:Globe Newswire|(GLOBE NEWSWIRE)⟧ -- Northbay Lithium"
    " Corp. is pleased to announce drilling results from its Muskeg Lake property.",
    "⟦D:Reuters|(Reuters)⟧ - Shares of Andes Vega Airlines rose 6% on Wednesday after the carrier"
    " confirmed it was in talks to lease six more narrow-body jets.",
    # inline and attributions
    "The ministry plans to raise the minimum support price for paddy by 6 per cent, ⟦A:PTI|sources told"
    " PTI⟧ on Monday.",
    "Two officers were suspended after the incident, ⟦A:ANI|according to ANI⟧.",
    "The vessel had been carrying 38 containers of palm oil when it ran aground, ⟦A:Bernama|Bernama"
    " reported⟧.",
    "Shares of the chipmaker fell 4% in Frankfurt after ⟦A:Bloomberg|Bloomberg News reported⟧ that it"
    " was weighing a rights issue.",
    "Talks on the ceasefire resumed in Doha on Sunday, ⟦A:AFP|a diplomat told AFP⟧.",
    "⟦A:Reuters|According to a Reuters analysis⟧ of customs filings, shipments of the drones rose"
    " sharply after January.",
    "The packaging group had hired bankers to weigh offers for its Brazilian unit, ⟦A:Reuters|two"
    " sources with knowledge of the process told Reuters⟧.",
    "\"We were given no warning,\" a shopkeeper in Mardan ⟦A:Associated Press|told The Associated"
    " Press⟧ by phone.",
    "The strike left 14 people dead, ⟦A:Xinhua|Xinhua news agency reported⟧, citing local officials.",
    "⟦A:Kyodo|Kyodo News reported⟧ that the prime minister was expected to visit Manila in August.",
    "Pyongyang test-launched what appeared to be a cruise missile off its west coast early on Sunday,"
    " ⟦A:Yonhap|Yonhap reported⟧.",
    "The drone attack damaged a power substation, ⟦A:TASS|Russia's TASS state news agency reported⟧.",
    "The central bank will hold its next meeting on June 18, ⟦A:Anadolu|Anadolu Agency reported⟧.",
    "⟦A:IANS|As per IANS⟧, the accused had been absconding since March.",
    "The ferry was carrying 212 passengers, ⟦A:Antara|state news agency Antara reported⟧.",
    "The 34-year-old suspect had been on a police watch list in Bremen since 2023, ⟦A:dpa|German news"
    " agency dpa reported⟧.",
    "The minister resigned late on Friday, ⟦A:ANSA|Italian news agency ANSA said⟧.",
    "Around 4,000 people marched through Valencia on Saturday, ⟦A:Europa Press|Europa Press reported⟧.",
    "⟦A:EFE|Spanish news agency EFE reported⟧ that the plane landed safely in Quito.",
    "⟦A:APP|According to APP⟧, the prime minister chaired a meeting on the wheat procurement target.",
    "Police said the suspect, a former employee, was arrested on Tuesday evening. ⟦I:AFP|(AFP)⟧",
    "Floodwaters had receded in most parts of the district by Thursday ⟦I:Reuters|(Reuters)⟧.",
    # combined
    "The death toll rose to 31 on Sunday, ⟦C:Reuters|Reuters⟧ and ⟦C:AFP|AFP⟧ reported, citing hospital"
    " sources.",
    "Officials confirmed the closure of the border crossing on Monday.\n(⟦C:AFP|AFP⟧, ⟦C:Reuters|Reuters⟧)",
    "The vote is expected next week. — With inputs from ⟦C:PTI|PTI⟧ and ⟦C:ANI|ANI⟧",
    "DOHA: Mediators met both delegations separately on Monday, a source close to the talks said. —"
    " ⟦C:AFP|AFP⟧/⟦C:Reuters|Reuters⟧",
    "The storm made landfall near Legazpi early on Friday. (⟦C:Associated Press|AP⟧/⟦C:Reuters|Reuters⟧)",
    # sign-offs
    "The board will meet again on April 9 to approve the final accounts.\n(⟦S:Reuters|Reporting by"
    " Priya Menon in Bengaluru; Editing by Tomás Ferreira⟧)",
    "(⟦S:Reuters|Writing by Kwame Mensah; Editing by Hugh Lawson⟧)",
    "The airport will reopen on Wednesday, the operator said. ⟦S:AFP|— AFP⟧",
    "Police are still searching for the driver of the second vehicle.\n⟦S:Associated Press|Associated"
    " Press writer Dana Whitfield in Tulsa, Oklahoma, contributed to this report⟧.",
    "The festival will run until Sunday. ⟦S:Bernama|— Bernama⟧",
    "Voting in the by-election will be held on Aug 30, the Election Commission said. --⟦S:Bernama|BERNAMA⟧",
    "The schedule will be announced after the monsoon session. ⟦S:PTI|PTI RKS DV⟧",
    "Three suspects have been arrested so far. --⟦S:IANS|IANS⟧",
    "Users can apply online until the end of the month, the notice said. ⟦S:Reuters|– Reuters⟧",
    "The tanker was later towed to Fujairah.\n\n⟦S:Reuters|Reuters⟧",
    "Tulsa County commissioners will take up the levy again in May.\n\n⟦S:Associated Press|Copyright"
    " 2026 The Associated Press⟧.",
    "The exhibition is free and runs until the end of January. ⟦S:AFP|— AFP Relaxnews⟧",
    "The new line will be tested in the autumn. ⟦S:UPI|Copyright 2026 United Press International, Inc.⟧",
    "The study was published in the journal Thorax on Wednesday. ⟦S:Bloomberg|©2026 Bloomberg L.P.⟧",
    "This article was generated from an automated news agency feed without modifications to text."
    " ⟦S:IANS|— IANS⟧",
    "The minister later left for Karachi. ⟦S:APP|—APP⟧",
    # bylines
    "⟦B:AFP|Agence France-Presse⟧\nJOHANNESBURG\nSouth Africa's power utility said on Monday it would"
    " suspend scheduled blackouts for the Easter weekend.",
    "⟦B:Reuters|By Reuters⟧\nFeb 3, 2026 | 10:42 AM\nOil prices edged up on Tuesday after a drawdown in"
    " U.S. crude stocks.",
    "By MARÍA DELGADO ⟦B:Associated Press|Associated Press⟧\nSAN JUAN, Puerto Rico ⟦D:Associated"
    " Press|(AP)⟧ — Puerto Rico's power authority said Thursday that 90% of customers had electricity"
    " again after the storm.",
    "⟦B:ANI|ANI⟧ | Updated: Feb 14, 2026 18:22 IST\nNew Delhi: The Centre has extended the deadline for"
    " filing income tax returns for Manipur residents.",
    # negatives
    N("subject", "Thomson Reuters raised its full-year revenue forecast on Tuesday, helped by demand"
       " for its legal software."),
    N("subject", "The Associated Press has named a new executive editor, the first to come from its"
       " Latin America desk."),
    N("homonym", "Australian Federal Police (AFP) detectives charged a Perth woman on Thursday with"
       " importing 40 kilograms of methamphetamine hidden in furniture."),
    N("homonym", "AFP spokesperson Col. Ramon Dizon said the clash in Basilan involved a splinter group"
       " of about 20 fighters."),
    N("homonym", "PTI workers staged a sit-in outside the Peshawar Press Club on Sunday, demanding the"
       " release of their party's district president."),
    N("homonym", "Students in the AP Biology class at Westfield High built a hydroponic garden in the"
       " school's greenhouse."),
    N("homonym", "Ani Sargsyan took gold in the hammer throw at the Armenian championships in Gyumri on"
       " Saturday."),
    N("homonym", "The Andhra Pradesh (AP) cabinet on Monday approved a new policy for drone"
       " manufacturing units near Tirupati."),
    N("homonym", "More merchants in tier-2 cities now accept UPI payments than cards, a survey by a"
       " payments body found."),
    N("homonym", "Michael Bloomberg, the billionaire ex-mayor, is giving $40 million to a malaria"
       " vaccine programme, his charity said Thursday."),
    N("homonym", "Guests at the Xinhua Hotel on Nanjing Road were evacuated for an hour after a kitchen"
       " fire on Sunday."),
    N("homonym", "Anadolu Efes beat the visitors 84-77 in Istanbul on Thursday night."),
    N("word", "The Defence Ministry said the effect of the new fleet on patrol capacity would be felt"
       " by 2028."),
    N("url", "Readers can find the full data set at www.dpa.com/en/research or write to"
       " info@dpa-newsroom.example."),
    N("url", "Follow our coverage on X at @Reuters_Biz_Desk and @APSports."),
    N("photo", "Firefighters tackle a blaze at a warehouse in Valenzuela City. (AFP Photo/Ted Aljibe)"),
    N("photo", "A vendor arranges mangoes at a market in Multan. (Photo: Reuters)"),
    N("photo", "Seoul skyline at dusk, Feb. 1, 2026. Yonhap photo"),
    N("unverified", "The group said it had shot down a drone over the valley, a claim that Reuters was"
       " unable to confirm independently."),
    N("list", "Journalists from Reuters, Kyodo, AFP and the BBC were kept outside the conference hall"
       " in Vientiane on Monday."),
    N("poll", "Support for the governing party slipped to 34%, according to a new Reuters/Ipsos survey"
       " published Tuesday."),
    N("generic", "The ministry has ordered an inquiry into the incident.\n— With agency inputs"),
    N("generic", "(Compiled from news wires by the foreign desk)"),
    N("subject", "Kyodo News opened a show of its postwar photographs in the lobby of its Tokyo head"
       " office on Saturday."),
    N("subject", "Cision, the owner of PR Newswire, said it would cut 6% of its workforce."),
    N("word", "Customers who make a business wire transfer above $10,000 will need to fill out an extra"
       " form from March."),
    N("chart", "Chart: Monthly steel output, 2024-2026. Source: Bloomberg"),
    N("homonym", "Indonesian pulp maker APP said it would plant 20,000 hectares of acacia in Riau."),
    N("subject", "TASS's new bureau in Hanoi opened on Friday with a staff of four."),
    N("subject", "Bernama TV will air the Sultan of Perak's birthday ceremony live from Kuala Kangsar."),
    N("homonym", "The ANSA McAL group reported a 12 per cent rise in profit in Trinidad and Tobago."),
    N("generic", "Nairobi: Kenya's parliament passed the finance bill on Tuesday. (Agencies)"),
    N("subject", "Globe Newswire's parent company posted a quarterly loss on Tuesday."),
    N("homonym", "Mr Ani Okoro, the council chairman, opened the market in Enugu on Monday."),
    "CHARLOTTE, N.C.--⟦D:Business Wire|(BUSINESS WIRE)⟧--Pinemark Financial Corp. (NYSE: PNMK)"
    " announced today that its board has approved a quarterly dividend of $0.42 per share.",
    "DUBLIN--⟦D:Business Wire|(BUSINESS WIRE)⟧--The \"Global Cold Chain Packaging Market Report 2026\""
    " has been added to an online research catalogue.",
    "HOUSTON, April 2, 2026 ⟦D:Globe Newswire|(GLOBE NEWSWIRE)⟧ -- Bayou Midstream Partners LP today"
    " announced the pricing of $600 million of senior notes due 2033.",
    "OTTAWA, Ontario, Nov. 18, 2026 ⟦D:Globe Newswire|(GLOBE NEWSWIRE)⟧ -- Maplecrest Health Inc. will"
    " host a conference call on November 25 to discuss its third-quarter results.",
    "⟦B:UPI|By UPI Staff⟧\nA federal judge in Houston on Tuesday delayed the sentencing of a former"
    " refinery executive until March.",
    "The pipeline would carry 90,000 barrels a day to the Gulf Coast, ⟦A:UPI|UPI reported⟧.",
    "Dubai: The UAE will allow residents to renew Emirates ID cards through a single app from next"
    " month, officials said on Sunday. ⟦S:Reuters|— Reuters⟧",
    "KARACHI: The State Bank kept its policy rate unchanged at 11 per cent on Monday, citing risks from"
    " higher import bills. ⟦S:APP|— APP⟧",
    "MANILA, Philippines — Typhoon Agaton forced the cancellation of 48 domestic flights on Thursday,"
    " the airport authority said. ⟦S:AFP|— Agence France-Presse⟧",
    "Kuala Lumpur: Malaysia will introduce a digital tax stamp on cigarette packs next year to curb"
    " smuggling, the Customs Department said. — ⟦C:Bernama|Bernama⟧/⟦C:Reuters|Reuters⟧",
    "New Delhi [India], June 8 ⟦D:ANI|(ANI)⟧: Indian Railways will run 24 summer special trains from"
    " Delhi to Bihar, with bookings opening on Tuesday, ⟦A:ANI|a senior official told ANI⟧.",
    "The ruling party's candidate won by 4,112 votes, ⟦A:Kyodo|Kyodo reported⟧, citing a final count.",
    "Health officials reported 212 new dengue cases in Lahore on Sunday. (With input from ⟦C:APP|APP⟧"
    " and ⟦C:Reuters|Reuters⟧)",
    "⟦B:Yonhap|Yonhap News Agency⟧\nSEOUL, Sept. 1 ⟦D:Yonhap|(Yonhap)⟧ -- The Bank of Korea said"
    " Tuesday that household debt rose for a sixth straight quarter.",
    N("homonym", "Students registered for AP exams in record numbers this spring, the College Board"
       " said on Monday."),
    N("subject", "Business Wire, a Berkshire Hathaway company, opened a distribution hub in Singapore."),
    N("subject", "UPI, founded in 1907, now operates with a small newsroom in Boca Raton."),
]

# ---------------------------------------------------------------------------------------------
# Spanish: Spain, Mexico, Argentina, Colombia, Chile, Peru, Venezuela
# ---------------------------------------------------------------------------------------------
ES: list[str | Neg] = [
    "Ciudad de México, 12 de febrero ⟦D:EFE|(EFE)⟧.- El Senado mexicano aprobó este jueves una reforma"
    " que obliga a los bancos a reembolsar en 48 horas los cargos no reconocidos.",
    "Montevideo, 3 jun ⟦D:EFE|(EFE)⟧.- Uruguay exportó 41.000 toneladas de carne bovina en mayo, un 9 %"
    " más que un año antes, informó el Instituto Nacional de Carnes.",
    "SEVILLA, 21 Oct. ⟦D:Europa Press|(EUROPA PRESS)⟧ - Écija tendrá nuevo hospital: la Consejería de"
    " Salud licitará en enero las obras del nuevo hospital de Écija, con un presupuesto de 96 millones"
    " de euros.",
    "OVIEDO, 8 (⟦D:Europa Press|EUROPA PRESS⟧) La consejería de Medio Rural de Asturias ha confirmado"
    " tres nuevos ataques de lobo en el concejo de Cangas del Narcea.",
    "BUENOS AIRES, 15 mar ⟦D:Reuters|(Reuters)⟧ - El peso argentino cerró estable el viernes en el"
    " mercado oficial mientras el banco central compraba divisas.",
    "SANTIAGO, 2 sep ⟦D:Reuters|(Reuters)⟧ - La producción de cobre de Chile cayó un 3,1% interanual en"
    " julio por problemas en dos grandes yacimientos del norte, dijo el instituto de estadísticas.",
    "Caracas, 27 nov ⟦D:AFP|(AFP)⟧ - Cientos de jubilados marcharon el miércoles en el centro de"
    " Caracas para exigir un aumento de sus pensiones.",
    "La Paz ⟦D:AFP|(AFP)⟧ - El gobierno boliviano anunció el martes la importación de 200 millones de"
    " litros de diésel para paliar la escasez en Santa Cruz.",
    "WASHINGTON, 4 may ⟦D:Associated Press|(AP)⟧ — La Corte Suprema de Estados Unidos aceptó el lunes"
    " revisar un caso sobre el derecho de los condados a cobrar tasas por agua potable.",
    "Pekín, 9 ene ⟦D:Xinhua|(Xinhua)⟧ -- China y Ecuador firmaron este viernes un acuerdo para ampliar"
    " las exportaciones de camarón ecuatoriano al mercado chino.",
    "Roma, 30 jul ⟦D:ANSA|(ANSA)⟧ - El gobierno italiano aprobó un decreto para acelerar la"
    " reconstrucción de las zonas afectadas por las inundaciones en Emilia-Romaña.",
    "Moscú, 11 de abril ⟦D:TASS|(TASS)⟧ — El Kremlin afirmó este viernes que no se ha fijado fecha para"
    " una reunión de los cancilleres.",
    "MIAMI, 20 de enero, 2026 ⟦D:PR Newswire|/PRNewswire-HISPANIC PR WIRE/⟧ -- Ceiba Foods,"
    " distribuidora de alimentos latinos, inaugura este martes un almacén refrigerado en el sur de"
    " Florida.",
    "Las lluvias dejaron 6.000 damnificados en Piura, ⟦A:EFE|según informó a EFE⟧ el jefe regional de"
    " Defensa Civil.",
    "La empresa prevé despedir a 450 trabajadores de su planta de Valladolid, ⟦A:Europa Press|han"
    " confirmado a Europa Press⟧ los delegados de CCOO.",
    "⟦A:Reuters|De acuerdo con un sondeo de Reuters⟧ entre 18 analistas, la inflación de Colombia"
    " cerraría el año en 4,6 %.",
    "El ministro dimitió la noche del domingo, ⟦A:AFP|informó la agencia AFP⟧.",
    "El barco fue interceptado a 40 millas de la costa, ⟦A:Associated Press|de acuerdo con The"
    " Associated Press⟧.",
    "\"No vamos a ceder\", ⟦A:AFP|dijo a la AFP⟧ un dirigente campesino en Cochabamba.",
    "⟦A:Bloomberg|Según Bloomberg⟧, el fondo soberano noruego estudia reducir su exposición a bonos"
    " latinoamericanos.",
    "Los precios del aguacate subieron un 30 % en el último mes, ⟦A:Anadolu|reportó la agencia Anadolu⟧.",
    "Las autoridades confirmaron dos víctimas mortales. (Con información de ⟦C:EFE|EFE⟧ y"
    " ⟦C:Reuters|Reuters⟧)",
    "El paro fue levantado al mediodía. ⟦S:EFE|EFE jmr/gcg⟧",
    "Redacción / ⟦C:AFP|AFP⟧ - ⟦C:EFE|EFE⟧\nLos mandatarios cerraron la cumbre sin una declaración conjunta.",
    "⟦B:EFE|Agencia EFE⟧ | Asunción\nParaguay declaró la emergencia sanitaria por dengue en cuatro"
    " departamentos.",
    "El tratado entrará en vigor en marzo. ⟦S:Europa Press|© Europa Press 2026⟧",
    "Valparaíso (Chile), 5 abr ⟦D:EFE|(EFE)⟧.- El Congreso chileno despachó este lunes la ley que crea"
    " el Servicio Nacional Forestal, tras dos años de tramitación.",
    N("homonym", "La AFP Cuprum registró una rentabilidad del 7 % en su fondo más riesgoso durante el"
       " primer semestre."),
    N("word", "El efecto de la sequía en la cosecha de trigo será menor de lo previsto, según la"
       " cooperativa."),
    N("subject", "Reuters abrió una nueva oficina en Bogotá con seis periodistas para cubrir la región"
       " andina."),
    N("photo", "Un bombero trabaja en la zona del incendio en Valparaíso. EFE/Adriana Thomasa"),
    N("generic", "Redacción / Agencias\nEl Gobierno presentará los presupuestos el próximo martes."),
    N("url", "Las fotos del reportaje pueden descargarse desde efeservicios.example/galerias/andes."),
    N("unverified", "La AFP no pudo comprobar de manera independiente el número de detenidos."),
    N("homonym", "El exalcalde Michael Bloomberg visitará Medellín para presentar un programa de salud"
       " pública."),
    N("subject", "La agencia EFE estrenó en Lima una sala de redacción con capacidad para 30 periodistas."),
    N("list", "Al acto asistieron corresponsales de EFE, AP, Reuters y varios medios locales."),
    "⟦B:EFE|Por EFE⟧\nEl volcán Villarrica, en el sur de Chile, registró este lunes un aumento de su"
    " actividad sísmica.",
    "MADRID, 18 Feb. ⟦D:Europa Press|(EUROPA PRESS)⟧ - El Ministerio de Trabajo y los sindicatos han"
    " cerrado un acuerdo para reducir la siniestralidad en la construcción.",
    "Los vuelos entre Bogotá y Cartagena se reanudaron al mediodía. ⟦I:EFE|(EFE)⟧",
    "La Habana, 2 oct ⟦D:EFE|(EFE)⟧.- El apagón que afectó a la mitad occidental de Cuba se prolongó"
    " durante catorce horas. ⟦S:EFE|EFE lrh/mgr⟧",
    N("homonym", "Los afiliados a la AFP Modelo podrán retirar hasta el 10 % de sus fondos tras la"
       " votación del Congreso peruano."),
    N("subject", "Europa Press ha lanzado una edición en catalán de su servicio de noticias para móviles."),
]

# ---------------------------------------------------------------------------------------------
# French: France, Belgium, Switzerland, Quebec, West Africa, Maghreb
# ---------------------------------------------------------------------------------------------
FR: list[str | Neg] = [
    "Dakar ⟦D:AFP|(AFP)⟧ - Le Sénégal a lancé mardi la construction d'une usine de dessalement près de"
    " Mbour, destinée à alimenter 900.000 habitants.",
    "Lyon, 14 mars 2026 ⟦D:AFP|(AFP)⟧ - Le tribunal de Lyon a condamné vendredi un ancien élu municipal"
    " à deux ans de prison avec sursis pour favoritisme.",
    "ABIDJAN, 3 oct ⟦D:Reuters|(Reuters)⟧ - La Côte d'Ivoire a fixé le prix bord champ du cacao à 2.200"
    " francs CFA le kilo pour la campagne principale, a annoncé le gouvernement.",
    "PARIS, 18 novembre ⟦D:Reuters|(Reuters)⟧ - Le chômage a légèrement reculé en France au troisième"
    " trimestre, selon les chiffres publiés mardi par l'Insee.",
    "Berlin ⟦D:AFP|(AFP)⟧ – Le gouvernement allemand a adopté mercredi un projet de loi sur la"
    " réduction des délais d'attente aux urgences.",
    "Genève ⟦D:AFP|(AFP)⟧ - Le conseil d'État genevois veut interdire les chauffages extérieurs des"
    " terrasses dès 2027.",
    "Pékin, 4 juillet ⟦D:Xinhua|(Xinhua)⟧ -- La Chine a mis en service un nouveau radiotélescope dans"
    " la province du Guizhou, a-t-on appris jeudi.",
    "Moscou, 19 janvier ⟦D:TASS|(TASS)⟧ - Le ministère russe de la Défense a annoncé lundi des"
    " exercices navals en mer Baltique.",
    "Ankara ⟦D:Anadolu|(AA)⟧ - La Turquie et le Niger ont signé un accord de coopération dans le"
    " domaine de l'énergie, a indiqué vendredi le ministère turc.",
    "Le parquet a ouvert une enquête pour homicide involontaire, ⟦A:AFP|a appris l'AFP⟧ auprès d'une"
    " source judiciaire.",
    "\"Trois jours sans une goutte au robinet\", soupire Fatima, une mère de famille de Mamoudzou"
    " ⟦A:AFP|interrogée par l'AFP⟧.",
    "⟦A:Reuters|Selon des sources proches du dossier citées par Reuters⟧, le groupe envisage la cession"
    " de sa filiale belge.",
    "L'attaque a fait au moins douze morts, ⟦A:Associated Press|selon l'agence américaine Associated Press⟧.",
    "⟦A:Bloomberg|D'après Bloomberg⟧, la banque pourrait supprimer 1.500 postes en Europe.",
    "Le Premier ministre a quitté Tokyo lundi soir, ⟦A:Kyodo|a rapporté l'agence Kyodo⟧.",
    "⟦A:dpa|Selon l'agence allemande DPA⟧, le suspect a été interpellé à Brême.",
    "Les deux navires ont été libérés dans la nuit. ⟦I:AFP|(AFP)⟧",
    "Trois policiers ont été blessés lors des heurts. (⟦C:AFP|AFP⟧, ⟦C:Reuters|Reuters⟧)",
    "La ministre a reconnu des « retards » dans le versement des aides.\n\n⟦S:AFP|Le Temps avec AFP⟧",
    "⟦B:AFP|Le Monde avec AFP⟧\nPublié le 3 février 2026 à 11h20\nLa SNCF a annoncé la suppression de"
    " 30 % des TER en Occitanie jeudi en raison d'une grève.",
    "Le festival accueillera 80 films cette année. ⟦S:AFP|© AFP⟧",
    "MONTRÉAL, le 9 févr. 2026 ⟦D:PR Newswire|/PRNewswire/⟧ - Boréalis Santé annonce aujourd'hui"
    " l'ouverture de deux cliniques de physiothérapie à Laval.",
    "Le réseau sera rétabli d'ici vendredi, selon l'opérateur. (⟦S:Reuters|Reportage Claire Vasseur,"
    " version française Jean-Stéphane Brosse⟧)",
    N("homonym", "L'AP-HP a recruté 600 infirmières supplémentaires pour l'été."),
    N("subject", "L'AFP a inauguré mercredi un nouveau bureau à Kinshasa."),
    N("unverified", "L'AFP n'était pas en mesure de confirmer ces chiffres de source indépendante."),
    N("photo", "Des manifestants à Nantes, le 12 mars 2026. Photo Loïc Venance / AFP"),
    N("generic", "Les deux équipes se retrouveront en finale samedi.\n(Avec agences)"),
    N("url", "Contact presse : relations.presse@afp.example ou sur afp.com/fr/agence."),
    N("list", "Seules les équipes de l'AFP, de Reuters, de TF1 et de France 24 ont pu filmer l'arrivée"
       " du convoi."),
    N("poll", "Selon un sondage Reuters/Ipsos, 41 % des Américains approuvent la politique économique"
       " du président."),
    N("word", "Le référendum aura lieu en juin, a confirmé la préfecture."),
    N("homonym", "Le restaurant Xinhua, rue de Belleville, a reçu un prix de la ville de Paris."),
    "NOUAKCHOTT ⟦D:AFP|(AFP)⟧ - La Mauritanie a inauguré dimanche une centrale solaire de 120 mégawatts"
    " près de Nouadhibou. mbr/sof",
    N("subject", "Trois anciens correspondants de l'agence Reuters à Bagdad publient un livre sur la"
       " guerre de 1991."),
]

# ---------------------------------------------------------------------------------------------
# German: Germany, Austria, Switzerland
# ---------------------------------------------------------------------------------------------
DE: list[str | Neg] = [
    "Hamburg ⟦D:dpa|(dpa)⟧ - Der Hamburger Hafen hat im ersten Halbjahr 3,9 Millionen Standardcontainer"
    " umgeschlagen, 2,1 Prozent mehr als im Vorjahreszeitraum.",
    "Erfurt ⟦D:dpa|(dpa/th)⟧ - Nach dem Sturm sind in Thüringen noch rund 4.000 Haushalte ohne Strom,"
    " teilte der Netzbetreiber am Dienstagmorgen mit.",
    "Stuttgart/Berlin ⟦D:dpa|(dpa)⟧ – Die Gewerkschaft hat für Donnerstag zu Warnstreiks in der"
    " Metallindustrie aufgerufen.",
    "Wien ⟦D:dpa|(dpa)⟧ - Österreichs Nationalrat hat am Mittwoch eine Senkung der Mehrwertsteuer auf"
    " Grundnahrungsmittel beschlossen.",
    "FRANKFURT ⟦D:Reuters|(Reuters)⟧ - Die Europäische Zentralbank hat ihre Leitzinsen erneut"
    " unverändert gelassen.",
    "Zürich ⟦D:Reuters|(Reuters)⟧ - Der Schweizer Pharmakonzern Valtris übernimmt für 2,3 Milliarden"
    " Franken ein US-Biotechunternehmen.",
    "Paris ⟦D:AFP|(AFP)⟧ - Frankreichs Regierung will die Zahl der Radarfallen auf Landstraßen bis 2028"
    " verdoppeln.",
    "Peking ⟦D:dpa|(dpa)⟧ - Chinas Exporte sind im Oktober überraschend deutlich gestiegen.",
    "Rom ⟦D:ANSA|(ANSA)⟧ - Italiens Regierung hat den Notstand für die Insel Ischia um sechs Monate"
    " verlängert.",
    "Die Polizei hat den mutmaßlichen Täter am Sonntagabend festgenommen, ⟦A:dpa|bestätigte ein"
    " Polizeisprecher in Kassel der Deutschen Presse-Agentur⟧.",
    "⟦A:Reuters|Nach Informationen der Nachrichtenagentur Reuters⟧ prüft der Konzern den Verkauf seiner"
    " Gaskraftwerke.",
    "Der Zug war mit rund 300 Fahrgästen besetzt, ⟦A:AFP|berichtete die Nachrichtenagentur AFP⟧.",
    "Über den Kaufpreis werde noch gerungen, ⟦A:Bloomberg|meldete Bloomberg⟧ unter Berufung auf Insider.",
    "⟦A:Associated Press|Wie die Nachrichtenagentur AP berichtet⟧, wurden bei dem Unwetter in Alabama"
    " mindestens drei Menschen getötet.",
    "⟦A:TASS|Laut der russischen Staatsagentur Tass⟧ wurde der Flughafen von Kasan vorübergehend"
    " geschlossen.",
    "Das Parlament soll im Mai abstimmen, ⟦A:Anadolu|meldete die staatliche Nachrichtenagentur Anadolu⟧.",
    "Die Bauarbeiten sollen im Herbst beginnen. ⟦I:dpa|(dpa)⟧",
    "Drei Menschen wurden leicht verletzt. mbr/⟦C:dpa|dpa⟧/⟦C:AFP|AFP⟧",
    "Die Grenze bleibt vorerst geschlossen. (⟦C:Reuters|rtr⟧, ⟦C:AFP|afp⟧)",
    "Der Wahltermin wurde auf den 14. Juni festgelegt. ⟦S:dpa|© dpa-infocom, dpa:260314-99-018233/3⟧",
    "⟦B:dpa|Von dpa⟧\nBerlin - Der Bundestag hat das neue Heizungsgesetz in zweiter Lesung beschlossen.",
    "Bern (⟦C:AFP|AFP⟧/SDA) - Der Bundesrat will die Armeeausgaben bis 2030 auf ein Prozent des BIP erhöhen.",
    "Die Messe öffnet am Freitag. ⟦S:dpa|Quelle: dpa⟧",
    N("homonym", "Die österreichische Datenschutzbehörde (DSB) und die irische DPA haben ein"
       " gemeinsames Verfahren eröffnet."),
    N("subject", "Die Deutsche Presse-Agentur feiert ihr Jubiläum mit einem Festakt in Hamburg."),
    N("photo", "Ein Feuerwehrmann in Magdeburg. Foto: Klaus-Dietmar Gabbert/dpa"),
    N("generic", "Der Streik soll bis Freitag dauern. (Agenturen/red)"),
    N("homonym", "Im Fritz-Reuter-Literaturmuseum in Neubrandenburg ist eine neue Ausstellung zu sehen."),
    N("url", "Alle Meldungen unter www.dpa.de/themen/wirtschaft – Fragen an redaktion@dpa-example.de"),
    N("unverified", "Die Angaben ließen sich von Reuters zunächst nicht unabhängig überprüfen."),
    N("list", "Zur Pressekonferenz waren Journalisten von dpa, Reuters und dem ORF geladen."),
    N("word", "Die Efeu-Pflanzen an der Fassade müssen entfernt werden, entschied das Gericht."),
    "Graz ⟦D:dpa|(dpa)⟧ - Nach einem Murenabgang in der Obersteiermark ist die Pyhrnautobahn zwischen"
    " Liezen und Selzthal gesperrt.",
    "Die Deutsche Bahn plant nach eigenen Angaben keine weiteren Streckensperrungen im Sommer,"
    " ⟦A:Reuters|sagte eine Sprecherin der Nachrichtenagentur Reuters⟧.",
    "Tokio ⟦D:Kyodo|(Kyodo)⟧ - Japans Regierung hat ein Konjunkturpaket im Umfang von 14 Billionen Yen"
    " beschlossen.",
    N("poll", "Laut dem neuen Reuters/Ipsos-Barometer liegt der Amtsinhaber in Pennsylvania knapp vorn."),
]

# ---------------------------------------------------------------------------------------------
# Italian
# ---------------------------------------------------------------------------------------------
IT: list[str | Neg] = [
    "⟦D:ANSA|(ANSA)⟧ - NAPOLI, 12 GEN - Sono 43 le famiglie sgomberate a Pozzuoli dopo la nuova scossa"
    " di terremoto registrata nella notte.",
    "TORINO, 4 ⟦D:ANSA|(ANSA)⟧ - Una frana ha bloccato la statale 24 in Val di Susa, isolando per"
    " alcune ore due frazioni di Oulx.",
    "PALERMO ⟦D:ANSA|(ANSA)⟧ - La Regione Siciliana ha stanziato 30 milioni di euro per i dissalatori"
    " di Trapani e Porto Empedocle.",
    "(⟦C:ANSA|ANSA⟧-⟦C:AFP|AFP⟧) - PARIGI, 22 MAR - L'Eliseo ha annunciato l'acquisto di sedici"
    " canadair per la flotta antincendio.",
    "MILANO, 8 ott ⟦D:Reuters|(Reuters)⟧ - Borsa di Milano in rialzo dell'1,2% a fine seduta, spinta da"
    " banche e utility.",
    "BRUXELLES ⟦D:ANSA|(ANSA)⟧ - Via libera di Bruxelles ai fondi per gli acquedotti pugliesi e lucani.",
    "Il ministro ha lasciato l'incontro senza rilasciare dichiarazioni, ⟦A:ANSA|riferisce l'ANSA⟧.",
    "⟦A:Reuters|Secondo quanto appreso da Reuters⟧ da due fonti, la banca valuta l'acquisto di una"
    " quota nella compagnia assicurativa.",
    "\"Siamo pronti a ripartire\", ⟦A:ANSA|spiega all'ANSA⟧ la titolare di una ceramica faentina.",
    "L'incidente è avvenuto all'alba, ⟦A:AFP|secondo l'agenzia France Presse⟧.",
    "⟦A:Bloomberg|Lo riporta Bloomberg⟧, citando persone a conoscenza del dossier.",
    "⟦A:Xinhua|Secondo l'agenzia di stampa cinese Nuova Cina⟧, la diga sarà completata entro il 2028.",
    "Nove le vittime accertate finora, ⟦A:Associated Press|riporta l'Associated Press⟧.",
    "⟦A:Kyodo|Lo ha riferito l'agenzia giapponese Kyodo⟧, secondo cui il vertice si terrà a Hiroshima.",
    "Le operazioni di soccorso sono proseguite per tutta la notte. ⟦S:ANSA|RIPRODUZIONE RISERVATA ©"
    " Copyright ANSA⟧",
    "Domani è previsto un nuovo vertice a Palazzo Chigi. ⟦I:ANSA|(ANSA)⟧.",
    "⟦B:ANSA|Redazione ANSA⟧ GENOVA\n12 febbraio 2026 14:05\nIl porto di Genova ha registrato un calo"
    " dei traffici del 4%.",
    "La seduta è stata sospesa per un'ora. (⟦C:ANSA|ANSA⟧-⟦C:Reuters|Reuters⟧)",
    N("word", "Il fiume forma un'ansa proprio sotto il paese, dove d'estate si raccolgono i bagnanti."),
    N("subject", "L'ANSA ha presentato il nuovo portale dedicato alle notizie dal Mediterraneo."),
    N("photo", "Turisti in piazza San Marco a Venezia. ANSA/ANDREA MEROLA"),
    N("generic", "Il corteo si è sciolto senza incidenti in serata.\n(Fonte: agenzie)"),
    N("homonym", "Lo storico cantiere Ansaldo di Sestri Ponente compie 170 anni."),
    N("url", "Per informazioni: redazione.web@ansa.example o www.ansa.it/sito/notizie/mondo"),
    N("unverified", "Il numero dei feriti non è stato verificato in modo indipendente dall'AFP."),
    N("list", "All'evento erano accreditati giornalisti di ANSA, Reuters, AGI e Adnkronos."),
    N("subject", "Reuters ha nominato un nuovo responsabile per l'Italia."),
    "BOLOGNA, 11 ⟦D:ANSA|(ANSA)⟧ - Riapre dopo due anni di lavori il mercato coperto di via Ranzani,"
    " con 32 banchi alimentari.",
    "⟦B:ANSA|Redazione ANSA⟧ ROMA\nIl Consiglio dei ministri ha approvato il disegno di legge sulle"
    " professioni sanitarie.",
    N("word", "L'ansa del Po a Isola Serafini è diventata meta di birdwatcher in primavera."),
]

# ---------------------------------------------------------------------------------------------
# Portuguese: Brazil, Portugal, Angola, Mozambique
# ---------------------------------------------------------------------------------------------
PT: list[str | Neg] = [
    "SÃO PAULO, 9 Jun ⟦D:Reuters|(Reuters)⟧ - O principal índice da B3 subiu 0,8% nesta segunda-feira,"
    " puxado pela Vale e por siderúrgicas.",
    "BRASÍLIA, 17 Mar ⟦D:Reuters|(Reuters)⟧ - Senadores deram aval nesta terça-feira à criação de um"
    " fundo para recuperar rodovias federais.",
    "Luanda, 5 dez ⟦D:AFP|(AFP)⟧ - O governo angolano anunciou nesta sexta-feira o aumento do preço da"
    " gasolina em 20%.",
    "Lisboa, 14 out ⟦D:EFE|(EFE)⟧.- O Parlamento português aprovou hoje na generalidade o orçamento do"
    " Estado para 2027.",
    "Pequim, 2 fev ⟦D:Xinhua|(Xinhua)⟧ -- A China e o Brasil assinaram um memorando sobre a cooperação"
    " em satélites de observação da Terra.",
    "A estatal deve pôr à venda duas refinarias no Nordeste até dezembro, ⟦A:Reuters|disseram à"
    " Reuters⟧ três fontes.",
    "A enchente deixou 2.300 desalojados em Blumenau, ⟦A:AFP|informou a AFP⟧.",
    "\"A situação é crítica\", ⟦A:EFE|disse à EFE⟧ o secretário de saúde de Manaus.",
    "⟦A:Bloomberg|De acordo com a Bloomberg⟧, a fintech mineira contratou bancos para uma oferta em"
    " Nova York.",
    "O ataque deixou ao menos sete mortos, ⟦A:Associated Press|segundo a agência Associated Press⟧.",
    "⟦A:Anadolu|A agência turca Anadolu informou⟧ que o navio deixou o porto de Istambul às 8h.",
    "As buscas foram retomadas na manhã desta quinta. (⟦S:Reuters|Com Reuters⟧)",
    "O tratado ainda terá de passar pelos congressos do Paraguai e do Uruguai. *Com informações da"
    " ⟦C:AFP|AFP⟧ e da ⟦C:EFE|EFE⟧",
    "(⟦S:Reuters|Reportagem de Tatiana Brum; Edição de Rodrigo Viga Gaier⟧)",
    "⟦B:AFP|Da AFP⟧\nO presidente francês chegou a Brasília nesta quarta-feira para uma visita de dois dias.",
    "Os dois suspeitos foram presos em flagrante. ⟦I:EFE|(EFE)⟧",
    "Maputo ⟦D:AFP|(AFP)⟧ - Moçambique registou 140 casos de cólera na província de Nampula na última"
    " semana, segundo as autoridades sanitárias.",
    "A nova ponte deverá ficar pronta em 2028, ⟦A:Europa Press|segundo a agência Europa Press⟧.",
    N("homonym", "Macapá (AP) - A prefeitura anunciou a reforma de 12 escolas na zona norte da cidade."),
    N("homonym", "O governador do AP visitou as obras da ponte sobre o rio Oiapoque."),
    N("generic", "A reunião foi adiada para a próxima semana. (Com agências)"),
    N("photo", "Torcedores comemoram no Maracanã. Foto: Mauro Pimentel/AFP"),
    N("subject", "A Reuters anunciou a contratação de dois repórteres para sua sucursal em Brasília."),
    N("word", "Os blocos de Olinda terão efetivo policial 30% maior neste carnaval, disse a secretaria."),
    N("url", "Saiba mais em www.reuters.com/pt ou escreva para leitores@afp.example."),
    N("unverified", "A autenticidade das imagens, que circulam desde domingo, não pôde ser confirmada"
       " pela Reuters."),
    N("list", "Jornalistas da AFP, da EFE e da Reuters acompanharam a votação no plenário."),
    "RIO DE JANEIRO, 4 Abr ⟦D:Reuters|(Reuters)⟧ - O país extraiu um volume recorde de petróleo em"
    " março, puxada por novas plataformas no pré-sal, disse a agência reguladora.",
    "São Paulo, 22 de julho de 2026 ⟦D:PR Newswire|/PRNewswire/⟧ -- A Vetra Logística anuncia a"
    " abertura de seu quinto centro de distribuição no interior paulista.",
    N("homonym", "Laranjal do Jari (AP) - A prefeitura abriu 300 vagas em creches municipais para o"
       " próximo ano letivo."),
]

# ---------------------------------------------------------------------------------------------
# Indonesian
# ---------------------------------------------------------------------------------------------
ID: list[str | Neg] = [
    "Jakarta ⟦D:Antara|(ANTARA)⟧ - Kemenhub menambah 14 kapal feri di lintasan Merak-Bakauheni"
    " menjelang libur Natal.",
    "Makassar ⟦D:Antara|(ANTARA)⟧ - Pemerintah Provinsi Sulawesi Selatan menargetkan produksi jagung"
    " mencapai 2,5 juta ton pada 2026.",
    "Denpasar, Bali ⟦D:Antara|(ANTARA)⟧ - Kunjungan wisatawan mancanegara ke Bali pada Juli tercatat"
    " 610 ribu orang, naik 7 persen dibanding bulan sebelumnya.",
    "Jakarta ⟦D:Reuters|(Reuters)⟧ - Bank Indonesia mempertahankan suku bunga acuan pada Rabu, sesuai"
    " perkiraan analis.",
    "Tokyo (⟦C:Antara|ANTARA⟧/⟦C:Kyodo|Kyodo⟧-OANA) - Jepang mulai menerapkan aturan baru bagi pekerja"
    " asing di sektor perawatan lansia bulan depan.",
    "Harga batu bara acuan turun 4 persen pada pekan ini, ⟦A:Bloomberg|seperti dilansir Bloomberg⟧,"
    " Jumat (14/3/2026).",
    "⟦A:Reuters|Dikutip dari Reuters⟧, Senin (9/2/2026), perusahaan itu akan menutup dua pabriknya di"
    " Vietnam.",
    "Gempa bermagnitudo 5,8 mengguncang Prefektur Ishikawa, ⟦A:Kyodo|menurut kantor berita Kyodo⟧.",
    "\"Kami masih menunggu bantuan logistik,\" ⟦A:Antara|kata Camat Lembang kepada ANTARA⟧ di Bandung"
    " Barat, Selasa.",
    "⟦A:AFP|Melansir AFP⟧, sedikitnya 14 orang tewas dalam banjir bandang di Nepal bagian barat.",
    "⟦A:Xinhua|Menurut laporan Xinhua⟧, jalur kereta cepat Chongqing-Kunming diuji coba pekan depan.",
    "Pesawat itu mendarat darurat di Kuala Namu, ⟦A:Associated Press|seperti diberitakan Associated Press⟧.",
    "Kebakaran itu menghanguskan 40 kios di Pasar Senen. ⟦I:Antara|(Ant)⟧",
    "Pihak kepolisian masih menyelidiki penyebab kecelakaan. Pewarta: Rizky Pratama\nEditor: Dewi"
    " Lestari\n⟦S:Antara|Copyright © ANTARA 2026⟧",
    "Jakarta (⟦C:Antara|ANTARA⟧/⟦C:Anadolu|Anadolu⟧) - Turki mengirim dua pesawat bantuan kemanusiaan"
    " ke Sudan.",
    "Proyek itu ditargetkan rampung pada akhir 2027. ⟦S:Antara|Sumber: ANTARA⟧",
    "Bandara ditutup selama dua jam, ⟦A:Yonhap|lapor kantor berita Yonhap⟧.",
    N("word", "Jarak antara kedua desa itu sekitar 12 kilometer melalui jalan setapak."),
    N("word", "Seorang pria bernama Budi Santoso ditangkap polisi di Tangerang."),
    N("photo", "Warga melintasi banjir di Kampung Melayu, Jakarta. ANTARA FOTO/Aprillio Akbar"),
    N("subject", "ANTARA membuka biro baru di Jayapura untuk memperkuat liputan di Papua."),
    N("generic", "Harga emas dunia kembali menguat pada perdagangan Jumat.\nSumber: berbagai kantor berita"),
    N("url", "Informasi lengkap dapat diakses di www.antaranews.com/berita/ekonomi."),
    N("homonym", "APP Sinar Mas menanam 5.000 bibit mangrove di pesisir Riau."),
    N("unverified", "Reuters belum dapat memverifikasi video tersebut secara independen."),
    N("word", "Perbedaan antara harga di pasar tradisional dan supermarket mencapai 15 persen."),
    N("list", "Wartawan dari ANTARA, Kompas, Reuters dan AFP hadir dalam jumpa pers itu."),
    "⟦B:Antara|Oleh Antara⟧\nPemerintah Kabupaten Bantul menyiapkan 40 titik pengungsian menghadapi"
    " potensi banjir.",
    "Seoul ⟦D:Antara|(ANTARA)⟧ - Korea Selatan menaikkan status waspada gelombang panas ke level"
    " tertinggi, ⟦A:Yonhap|seperti dilaporkan Yonhap⟧.",
    N("word", "Mahasiswi bernama Ani Rahmawati meraih medali emas olimpiade kimia tingkat nasional."),
]

# ---------------------------------------------------------------------------------------------
# Malay
# ---------------------------------------------------------------------------------------------
MS: list[str | Neg] = [
    "KUALA LUMPUR, 12 Mac -- Kerajaan akan menambah 500 bas elektrik di Lembah Klang menjelang hujung"
    " tahun ini. --⟦S:Bernama|BERNAMA⟧",
    "KOTA BHARU: Jumlah mangsa banjir yang ditempatkan di PPS di Tumpat dan Pasir Mas meningkat kepada"
    " 3,400 orang pagi ini. ⟦S:Bernama|-- BERNAMA⟧",
    "JOHOR BAHRU, 5 Jan ⟦D:Bernama|(Bernama)⟧ -- Polis merampas 120 kilogram syabu dalam serbuan di"
    " sebuah gudang di Pasir Gudang semalam.",
    "KUCHING, 18 Ogos ⟦D:Bernama|(Bernama)⟧ -- Sarawak akan membina dua loji hidrogen di Bintulu dalam"
    " tempoh lima tahun.",
    "Harga minyak sawit mentah dijangka stabil minggu depan, ⟦A:Bernama|kata seorang peniaga kepada"
    " Bernama⟧.",
    "⟦A:Bernama|Menurut laporan Bernama⟧, projek itu melibatkan kos RM1.2 bilion.",
    "Pelabuhan itu ditutup sementara, ⟦A:Reuters|lapor Reuters⟧.",
    "⟦A:AFP|Menurut AFP⟧, sekurang-kurangnya 20 orang cedera dalam letupan itu.",
    "Perdana Menteri dijadual mengadakan lawatan ke Jakarta minggu depan, ⟦A:Antara|lapor agensi berita"
    " Antara⟧.",
    "Beijing menafikan laporan itu, ⟦A:Xinhua|menurut agensi berita Xinhua⟧.",
    "Tiga suspek ditahan bagi membantu siasatan. --⟦S:Bernama|BERNAMA⟧\nNNN",
    "BANGKOK, 3 Feb (⟦C:Bernama|Bernama⟧-⟦C:Xinhua|Xinhua⟧) -- Thailand menjangkakan 38 juta pelancong"
    " asing tahun ini.",
    "Pasukan penyelamat menemui mangsa kedua petang tadi. ⟦S:Bernama|— Bernama⟧",
    "Dasar baharu itu berkuat kuasa 1 Julai, ⟦A:Anadolu|lapor agensi Anadolu⟧.",
    "Mesyuarat itu akan diadakan di Seoul, ⟦A:Yonhap|lapor agensi berita Yonhap⟧.",
    "⟦A:Bloomberg|Bloomberg melaporkan⟧ bahawa syarikat itu sedang menimbang untuk menjual unit di Thailand.",
    "Rundingan dijangka bersambung minggu depan. ⟦S:Reuters|— Reuters⟧",
    N("word", "Seorang peniaga bernama Kamal disaman kerana menjual telur melebihi harga siling di Alor"
       " Setar."),
    N("word", "Kerjasama antara kedua-dua negara akan diperkukuh dalam bidang pendidikan."),
    N("word", "Universiti itu menganjurkan persidangan antarabangsa mengenai perubahan iklim."),
    N("photo", "Penduduk mengharungi banjir di Kampung Jawa. --fotoBERNAMA"),
    N("subject", "Bernama akan melancarkan saluran radio baharu dalam bahasa Tamil bulan depan."),
    N("generic", "Pihak berkuasa masih menyiasat punca kejadian. -- Agensi"),
    N("url", "Video penuh sidang media itu boleh ditonton di youtube.com/@bernamaTV."),
    N("list", "Wakil media dari Bernama, Astro Awani dan Reuters dijemput ke majlis itu."),
    N("unverified", "Dakwaan kumpulan pemberontak itu belum disahkan oleh AFP."),
    "⟦B:Bernama|Oleh Bernama⟧\nALOR SETAR: Kerajaan negeri Kedah memperuntukkan RM30 juta untuk menaik"
    " taraf sistem pengairan sawah di Yan.",
    "Sebanyak 14 buah rumah di Kampung Bukit Kapar musnah dalam kebakaran awal pagi tadi."
    " ⟦I:Bernama|(Bernama)⟧",
]

# ---------------------------------------------------------------------------------------------
# Turkish
# ---------------------------------------------------------------------------------------------
TR: list[str | Neg] = [
    "ANKARA ⟦D:Anadolu|(AA)⟧ - Milli Eğitim Bakanlığı, yeni eğitim döneminde 20 bin öğretmen ataması"
    " yapılacağını açıkladı.",
    "İZMİR ⟦D:Anadolu|(AA)⟧ - Torbalı'daki bir zeytinyağı deposunda sabaha karşı yangın çıktı, can"
    " kaybı yaşanmadı.",
    "Trabzon ⟦D:Anadolu|(AA)⟧ - Karadeniz'de balıkçılar, hamsi sezonunun ilk haftasında beklenenden az"
    " av yaptı.",
    "Washington ⟦D:Anadolu|(AA)⟧ - ABD Merkez Bankası politika faizini sabit tuttu.",
    "⟦A:Anadolu|AA muhabirinin⟧ edindiği bilgiye göre, kazada yaralanan 4 kişi hastaneye kaldırıldı.",
    "Belediye Başkanı, ⟦A:Anadolu|AA muhabirine yaptığı açıklamada⟧ yeni parkın yaz aylarında"
    " açılacağını söyledi.",
    "⟦A:Reuters|Reuters'ın haberine göre⟧ şirket, Brezilya'daki fabrikasını kapatmayı planlıyor.",
    "⟦A:AFP|AFP'nin haberine göre⟧, selde en az 12 kişi hayatını kaybetti.",
    "⟦A:Bloomberg|Bloomberg'in isimlerinin açıklanmasını istemeyen kaynaklara dayandırdığı haberine"
    " göre⟧ banka, Orta Doğu'daki birimini satmaya hazırlanıyor.",
    "⟦A:TASS|Rus TASS ajansının haberine göre⟧, Moskova'da kar yağışı nedeniyle 120 uçuş iptal edildi.",
    "Guangxi'deki heyelan bölgesinden 3 bin kişi tahliye edildi, ⟦A:Xinhua|Şinhua ajansı bildirdi⟧.",
    "⟦A:Associated Press|AP'nin haberine göre⟧, saldırgan olay yerinde gözaltına alındı.",
    "⟦A:dpa|Alman DPA ajansının haberine göre⟧ kazada 2 kişi yaralandı.",
    "⟦A:Yonhap|Yonhap'ın haberine göre⟧ Seul'de metro çalışanları iki günlük greve başladı.",
    "Tören yarın saat 10.00'da yapılacak. ⟦I:Anadolu|(AA)⟧",
    "Fabrikanın gelecek yıl faaliyete geçmesi bekleniyor.\n⟦S:Reuters|Kaynak: Reuters⟧",
    "⟦B:Anadolu|Anadolu Ajansı⟧ | 03.11.2026 09:15\nİstanbul'da etkili olan sağanak nedeniyle bazı"
    " cadde ve sokaklarda su baskınları yaşandı.",
    "Gözaltına alınan şüpheliler adliyeye sevk edildi. ⟦I:Anadolu|(AA)⟧",
    N("homonym", "Anadolu Lisesi'nde okuyan öğrenciler bilim yarışmasında birinci oldu."),
    N("homonym", "Anadolu Sigorta, yılın ilk yarısında prim üretimini yüzde 60 artırdı."),
    N("subject", "Anadolu Ajansı, yeni yayın merkezini Ankara'da hizmete açtı."),
    N("photo", "Van Gölü kıyısında flamingolar görüntülendi. (Fotoğraf: Özkan Bilgin - AA)"),
    N("generic", "Dış Haberler Servisi / Ajanslar\nYunanistan'da orman yangınları sürüyor."),
    N("url", "Haberin İngilizcesi için aa.com.tr/en sayfasına bakılabilir."),
    N("homonym", "Yeni telefonlar AA pillerle değil, şarj edilebilir bataryalarla çalışıyor."),
    N("unverified", "Reuters, iddiaları bağımsız olarak doğrulayamadı."),
    N("list", "Basın toplantısına AA, DHA, İHA ve Reuters muhabirleri katıldı."),
    "İSTANBUL ⟦D:Anadolu|(AA)⟧ - Boğaz'da arızalanan bir tanker, kılavuz kaptanlar tarafından Ahırkapı"
    " açıklarına çekildi.",
    "Kongre üç gün sürecek, kapanış bildirgesi cuma günü okunacak.\n⟦S:Anadolu|Kaynak: AA⟧",
    N("subject", "Reuters'ın Ankara muhabiri, gazetecilik ödülünü İzmir'de düzenlenen törenle aldı."),
    "Zirvenin ortak bildirisi cumartesi günü açıklanacak.\nKaynak: ⟦C:AFP|AFP⟧, ⟦C:Reuters|Reuters⟧",
]

# ---------------------------------------------------------------------------------------------
# Chinese: mainland, Hong Kong, Taiwan, Singapore
# ---------------------------------------------------------------------------------------------
ZH: list[str | Neg] = [
    "⟦D:Xinhua|新华社成都3月12日电⟧（记者王晓燕）记者从四川省交通运输厅获悉，凉山州通乡硬化路今年底将全"
    "部贯通。",
    "⟦D:Xinhua|新华社喀什9月5日电⟧ 喀什地区首趟冷链货运班列5日发车，满载巴旦木和红枣前往重庆。",
    "⟦D:Xinhua|新华社北京11月20日电⟧ 首届银发经济博览会20日开幕，展出康复辅具和适老化家居产品。",
    "⟦D:Reuters|路透伦敦6月3日⟧ - 伦敦金属交易所铜价周四跌至三周低点，因中国需求前景黯淡。",
    "⟦D:AFP|法新社巴黎15日电⟧ 法国国民议会15日通过一项法案，限制在公共场所使用电动滑板车。",
    "【⟦D:Reuters|路透社東京2日電⟧】日本央行公布的調查顯示，大型製造業信心指數連續第二季改善。",
    "（⟦D:Yonhap|韩联社首尔4月8日电⟧）首尔市8日宣布，将在汉江沿岸新增十座水上巴士码头。",
    "（⟦D:Kyodo|共同社东京7月1日电⟧）北海道旭川市1日迎来今冬首场降雪，比往年提前九天。",
    "⟦D:Associated Press|美联社华盛顿10月2日电⟧ 加利福尼亚州圣迭戈县2日宣布进入干旱紧急状态。",
    "⟦D:TASS|塔斯社莫斯科2月14日电⟧ 俄罗斯交通部14日表示，莫斯科至喀山高铁将于2028年开工。",
    "⟦A:Xinhua|据新华社报道⟧，今年前三季度全国铁路旅客发送量达33亿人次。",
    "⟦A:Reuters|据路透社报道⟧，该公司正考虑出售其在东南亚的电池业务。",
    "⟦A:Bloomberg|彭博社周三报道⟧，这家保险公司正寻求出售其香港业务。",
    "⟦A:AFP|法新社报道⟧，洪水已造成至少23人死亡。",
    "⟦A:Kyodo|据日本共同社报道⟧，首相将于下周访问越南。",
    "⟦A:Anadolu|据阿纳多卢通讯社消息⟧，伊斯坦布尔第三座机场跑道将于明年启用。",
    "⟦A:Yonhap|韩国联合通讯社报道⟧，朝鲜周日向东部海域发射了一枚弹道导弹。",
    "涉事司机已被警方控制。⟦I:AFP|（法新社）⟧",
    "會議將在下月舉行。（綜合⟦C:Reuters|路透社⟧、⟦C:AFP|法新社⟧報道）",
    "⟦A:Associated Press|據美聯社報道⟧，槍手已被警方制服。",
    "该项目预计明年六月建成投产。\n⟦S:Xinhua|来源：新华社⟧",
    "深圳2026年3月5日 ⟦D:PR Newswire|/美通社/⟧ -- 深圳一家储能企业今日宣布完成新一轮融资，将用于扩建其"
    "在惠州的工厂。",
    N("homonym", "美联储主席周五在杰克逊霍尔年会上发表讲话，市场反应平淡。"),
    N("homonym", "新华路上的新华书店将于本月底闭店装修。"),
    N("photo", "图为市民在西湖边赏雪。新华社记者 翁忻旸 摄"),
    N("subject", "新华社成立95周年纪念大会在北京举行。"),
    N("homonym", "前纽约市长布隆伯格周二在巴黎出席气候融资会议。"),
    N("generic", "巴西南部暴雨已致数千人撤离。（本报综合外电）"),
    N("url", "更多内容请访问 www.xinhuanet.com/world 。"),
    N("unverified", "路透社无法独立核实这些说法。"),
    N("list", "新华社、路透社、法新社和美联社的记者参加了发布会。"),
    "（⟦D:Xinhua|新华社香港3月2日电⟧）香港特区政府2日公布，今年首两个月访港旅客人次按年上升一成。",
    "⟦D:Yonhap|韩联社光州6月9日电⟧ 光州市9日启用一条连接机场和市中心的无人驾驶公交线路。",
    "⟦A:Kyodo|據共同社報道⟧，沖繩縣知事週四會見了來訪的台灣農業代表團。",
    N("subject", "路透社新加坡分社本月迁入滨海湾一栋新办公楼。"),
]

# ---------------------------------------------------------------------------------------------
# Urdu: Pakistani papers
# ---------------------------------------------------------------------------------------------
UR: list[str | Neg] = [
    "اسلام آباد ⟦D:APP|(اے پی پی)⟧ وزیر خزانہ نے کہا ہے کہ رواں مالی سال ترسیلات زر 38 ارب ڈالر تک پہنچ"
    " جائیں گی۔",
    "لاہور ⟦D:APP|(اے پی پی)⟧ شہر میں سموگ کی شدت کے باعث موٹر وے کے کئی حصے رات بھر بند رہے۔",
    "کراچی ⟦D:APP|(اے پی پی)⟧ سندھ کابینہ نے کراچی میں پانی کی فراہمی کے نئے منصوبے کی منظوری دی۔",
    "واشنگٹن ⟦D:Reuters|(رائٹرز)⟧ امریکی محکمہ خارجہ نے کہا ہے کہ وزیر خارجہ آئندہ ہفتے مشرق وسطیٰ کا"
    " دورہ کریں گے۔",
    "کابل ⟦D:AFP|(اے ایف پی)⟧ افغانستان کے شمالی صوبے میں سیلاب سے 18 افراد جاں بحق ہو گئے۔",
    "جاپانی کار ساز ادارہ تھائی لینڈ میں اپنا ایک پلانٹ بند کر رہا ہے، ⟦A:Reuters|رائٹرز نے رپورٹ کیا⟧۔",
    "سیلاب زدہ گاؤں کے ایک کسان نے ⟦A:AFP|اے ایف پی کو بتایا⟧ کہ فصلیں مکمل طور پر تباہ ہو گئیں۔",
    "⟦A:APP|اے پی پی کے مطابق⟧ وزیراعظم نے گوادر میں نئے ہوائی اڈے کا افتتاح کیا۔",
    "⟦A:Anadolu|انادولو ایجنسی نے بتایا⟧ کہ استنبول میں بارش سے کئی سڑکیں زیر آب آ گئیں۔",
    "⟦A:Xinhua|شنہوا نیوز ایجنسی کی رپورٹ میں کہا گیا⟧ کہ سنکیانگ میں کپاس کی چنائی شروع ہو گئی۔",
    "⟦A:Associated Press|ایسوسی ایٹڈ پریس کی رپورٹ کے مطابق⟧ فلوریڈا میں طوفان سے ساحلی علاقوں میں بجلی"
    " معطل ہو گئی۔",
    "⟦A:Bloomberg|بلومبرگ کی رپورٹ کے مطابق⟧ حکومت آئی ایم ایف سے نئے قرض پروگرام پر بات چیت کر رہی ہے۔",
    "اجلاس میں اہم فیصلے کیے گئے۔ ⟦I:APP|(اے پی پی)⟧",
    "پولیس نے تحقیقات شروع کر دی ہیں۔ (⟦C:Reuters|رائٹرز⟧، ⟦C:AFP|اے ایف پی⟧)",
    "پشاور ⟦D:APP|(اے پی پی)⟧ محکمہ صحت کے ترجمان کے بقول پی ٹی آئی دور کا صحت کارڈ منصوبہ ختم نہیں کیا"
    " جائے گا۔",
    "⟦A:TASS|روسی خبر ایجنسی تاس کے مطابق⟧ ماسکو میں برفباری سے پروازیں متاثر ہوئیں۔",
    N("homonym", "پی ٹی آئی نے لاہور میں جلسے کا اعلان کر دیا۔"),
    N("generic", "ملک میں پیٹرول کی قیمت میں کمی کا امکان ہے۔ (ویب ڈیسک)"),
    N("homonym", "نئی ایپ کے ذریعے شہری بجلی کے بل آن لائن جمع کرا سکیں گے۔"),
    N("subject", "رائٹرز نے کراچی میں اپنے نئے بیورو چیف کا تقرر کر دیا۔"),
    N("photo", "حیدرآباد میں آم کے باغ میں کام کرتے مزدور۔ (فوٹو: رائٹرز)"),
    N("generic", "ایران میں پٹرول کی قیمتوں میں اضافے کے خلاف احتجاج جاری ہے۔ (نیوز ایجنسیاں)"),
    N("unverified", "رائٹرز ان دعوؤں کی آزادانہ تصدیق نہیں کر سکا۔"),
    N("list", "تقریب میں اے پی پی، رائٹرز اور اے ایف پی کے نمائندے موجود تھے۔"),
    N("url", "اے پی پی کی ویڈیو رپورٹ یوٹیوب پر @APPNewsOfficial چینل پر دستیاب ہے۔"),
    "راولپنڈی ⟦D:APP|(اے پی پی)⟧ راولپنڈی کے ڈپٹی کمشنر نے نالہ لئی کے کنارے تجاوزات ہٹانے کا حکم دے دیا۔",
    "⟦A:PTI|بھارتی خبر رساں ایجنسی پی ٹی آئی کے مطابق⟧ بھارتی ریاست کیرالہ میں شدید بارشوں کے بعد 12"
    " اضلاع میں اسکول بند کر دیے گئے۔",
    N("homonym", "پی ٹی آئی کے رکن قومی اسمبلی نے ایوان میں گیس کی لوڈشیڈنگ پر احتجاج کیا۔"),
    "وزیر اعلیٰ نے سیلاب سے متاثرہ خاندانوں کے لیے فی گھرانہ ڈیڑھ لاکھ روپے امداد کا اعلان کیا۔"
    " (⟦S:APP|بشکریہ اے پی پی⟧)",
]

# ---------------------------------------------------------------------------------------------
# Hindi: Indian papers
# ---------------------------------------------------------------------------------------------
HI: list[str | Neg] = [
    "नई दिल्ली, 14 मार्च ⟦D:IANS|(आईएएनएस)⟧ राजधानी में शुक्रवार को न्यूनतम तापमान 9 डिग्री सेल्सियस"
    " दर्ज किया गया।",
    "लखनऊ, 3 अक्टूबर ⟦D:IANS|(आईएएनएस)⟧ उत्तर प्रदेश सरकार ने 18 जिलों में नए मेडिकल कॉलेज खोलने की"
    " घोषणा की है।",
    "मुंबई ⟦D:PTI|(पीटीआई)⟧ बंबई शेयर बाजार का सेंसेक्स सोमवार को 420 अंक चढ़कर बंद हुआ।",
    "भोपाल, 9 जुलाई ⟦D:ANI|(एएनआई)⟧ मध्य प्रदेश में भारी बारिश के कारण नर्मदा नदी का जलस्तर खतरे के"
    " निशान के पार पहुंच गया।",
    "न्यूयॉर्क ⟦D:Reuters|(रॉयटर्स)⟧ कच्चे तेल की कीमतें मंगलवार को दो हफ्ते के निचले स्तर पर आ गईं।",
    "⟦A:Reuters|समाचार एजेंसी रॉयटर्स के अनुसार⟧ कंपनी अपने भारतीय कारोबार का विस्तार करने की योजना बना"
    " रही है।",
    "⟦A:PTI|पीटीआई के मुताबिक⟧ हादसे में पांच लोगों की मौत हो गई।",
    "⟦A:AFP|समाचार एजेंसी एएफपी ने बताया⟧ कि बाढ़ से 30 हजार लोग विस्थापित हुए हैं।",
    "राहत आयुक्त ने ⟦A:ANI|एएनआई को बताया⟧ कि राहत शिविरों में दवाइयां पहुंचा दी गई हैं।",
    "⟦A:Xinhua|शिन्हुआ ने बताया⟧ कि युन्नान प्रांत में भूस्खलन के बाद 900 लोगों को सुरक्षित निकाला गया।",
    "⟦A:Bloomberg|ब्लूमबर्ग न्यूज की खबर के मुताबिक⟧ दूरसंचार कंपनी टावर कारोबार बेचना चाहती है।",
    "⟦A:Associated Press|एसोसिएटेड प्रेस के अनुसार⟧ हमले में 11 लोग घायल हुए।",
    "कैबिनेट ने नई खेल नीति को भी हरी झंडी दी। ⟦S:PTI|(इनपुट: पीटीआई)⟧",
    "राज्य में तीन दिन का राजकीय शोक घोषित किया गया है। ⟦S:IANS|—आईएएनएस⟧",
    "आरोपी ठेकेदार को गिरफ्तार कर लिया गया है। (इनपुट: ⟦C:PTI|पीटीआई⟧, ⟦C:IANS|आईएएनएस⟧)",
    "⟦A:TASS|रूसी समाचार एजेंसी तास के अनुसार⟧ मॉस्को में नया हवाई अड्डा टर्मिनल खोला गया।",
    "श्रीनगर, 22 जनवरी ⟦D:PTI|(पीटीआई)⟧ कश्मीर घाटी में ताजा बर्फबारी के बाद श्रीनगर-जम्मू राजमार्ग बंद"
    " कर दिया गया।",
    N("homonym", "पाकिस्तान में पीटीआई समर्थकों ने लाहौर से इस्लामाबाद तक लंबा मार्च निकाला।"),
    N("homonym", "यूपीआई से लेनदेन पिछले महीने रिकॉर्ड स्तर पर पहुंच गया।"),
    N("generic", "नेपाल में भूस्खलन से तीन गांवों का संपर्क कटा। (एजेंसी)"),
    N("photo", "वाराणसी में गंगा आरती में शामिल श्रद्धालु। (फाइल फोटो: एएनआई)"),
    N("subject", "समाचार एजेंसी पीटीआई के निदेशक मंडल ने नए अध्यक्ष का चुनाव किया।"),
    N("homonym", "एपी में इंटरमीडिएट परीक्षा के परिणाम घोषित कर दिए गए हैं।"),
    N("unverified", "इन दावों की रॉयटर्स ने स्वतंत्र तौर पर पुष्टि नहीं की है।"),
    N("list", "संवाददाता सम्मेलन में पीटीआई, एएनआई और रॉयटर्स के पत्रकार मौजूद थे।"),
    "पटना, 6 मई ⟦D:IANS|(आईएएनएस)⟧ बिहार में पहले चरण के मतदान के लिए 31 हजार मतदान केंद्र बनाए गए हैं।",
    "⟦A:Yonhap|योनहाप की खबर के अनुसार⟧ सियोल में नया हवाई अड्डा टर्मिनल अगले साल खुलेगा।",
    N("subject", "एएनआई ने नोएडा में अपना नया प्रसारण स्टूडियो शुरू किया।"),
    N("homonym", "विशाखापत्तनम में एपी सरकार ने नई बंदरगाह नीति का मसौदा जारी किया।"),
    "कुपवाड़ा के जंगलों में सेना ने तलाशी अभियान और तेज कर दिया है। ⟦I:ANI|(एएनआई)⟧",
    "⟦B:IANS|आईएएनएस⟧ | नई दिल्ली\nकेंद्र सरकार ने अरहर और उड़द दाल के शुल्क-मुक्त आयात की अवधि अगले"
    " मार्च तक बढ़ा दी है।",
]

# =============================================================================================
# building
# =============================================================================================
DATA: dict[str, list[str | Neg]] = dict(
    zip(LANGS, (EN, ES, FR, DE, IT, PT, ID, MS, TR, ZH, UR, HI), strict=True)
)


if __name__ == "__main__":
    sys.exit(run_later_set(sys.argv[1:], DATA, "heldout6", EARLIER_SETS))
