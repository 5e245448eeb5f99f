"""Build the SEVENTH held-out labelled wire-credit set: heldout7.jsonl.

This set exists for one purpose: the final, honest measurement of a credit detector after the
detector has been developed and tuned on dev.jsonl and test.jsonl, and after heldout.jsonl to
heldout6.jsonl were used to steer changes.  Do not look at its records while working on a
detector, do not tune on its errors, and do not copy records from it into other tests.  Once it
has been used to steer a change it no longer measures anything, and a new held-out set must be
written.

Every record below was written by hand for this set, by an author who did not read the detector,
its documentation, its tests or its evaluation script or output, and who read only README.md,
markup.py, the structure and docstrings of the earlier builders and a few of heldout6's records
(for the mark-up in use): no record of dev.jsonl, test.jsonl or heldout.jsonl to heldout6.jsonl
was reused, translated or edited, and ``check_independent`` refuses any text that repeats one of
theirs or shares a run of SHARED_WORDS words (SHARED_CJK Han characters) with one.  Places,
dates and formats are realistic; events, figures, people and most companies are invented.

Mark-up (the same as build.py and the earlier held-out builders).  A credit is written
``⟦F:Agency|span text⟧``: ``F`` is the form (see FORMS), ``Agency`` one of the canonical names in
AGENCIES, ``span text`` the text that is kept and whose offsets are recorded.  A negative is
written ``N("kind", "text")`` and contains no mark-up.  The span conventions are those of
README.md ("Span conventions", "Convention decisions") and of the docstrings of
build_heldout.py to build_heldout6.py.

Convention decisions beyond those (made while writing this set; a detector developer must not
read them as a list of cases to handle):

* (to be written)

Run ``python tests/data/credits/build_heldout7.py`` to rewrite heldout7.jsonl and the heldout7
counts in README.md; ``--check`` exits 1 if the files on disk are not what the data gives.
"""

from __future__ import annotations

import sys

from build_heldout import run_later_set
from markup import LANGS, N, Neg

EARLIER_SETS = (
    "dev.jsonl", "test.jsonl", "heldout.jsonl", "heldout2.jsonl", "heldout3.jsonl", "heldout4.jsonl",
    "heldout5.jsonl", "heldout6.jsonl",
)

# ---------------------------------------------------------------------------------------------
# All twelve languages, in the order of markup.LANGS.  English covers US, UK, Indian, Pakistani,
# Malaysian, Philippine, Gulf and African reprints as well as the wires' own copy.
# ---------------------------------------------------------------------------------------------
EN: list[str | Neg] = [
    # datelines: Reuters
    "BRASILIA, March 4 ⟦D:Reuters|(Reuters)⟧ - Brazil's soybean crush hit a record 5.2 million tonnes"
    " in February, oilseed crushers' group Abiove said on Wednesday, as biodiesel blending rules lifted"
    " demand for soyoil.",
    "JOHANNESBURG/LONDON, Nov 18 ⟦D:Reuters|(Reuters)⟧ - Shares in South African platinum miner"
    " Kgalagadi Metals slumped 14% on Tuesday after it cut its output forecast for the second time this"
    " year.",
    "OSLO, Sept 9 ⟦D:Reuters|(Reuters)⟧ - Norway's Labour Party (Ap) held a narrow lead two days before"
    " the election, a survey for broadcaster NRK showed, though its likely coalition partners were"
    " losing ground.",
    "LONDON ⟦D:Reuters|(Reuters Breakingviews)⟧ - Britain's water regulator has picked the wrong fight."
    " Its plan to cap dividends at loss-making utilities will do little to fix the leaking pipes.",
    "TOKYO, Feb 27 ⟦D:Reuters|(Reuters)⟧ - Japan's industrial output fell 1.8% in January from the"
    " previous month, government figures showed on Friday, dragged down by weaker production of cars"
    " and machine tools.\n(This story has been refiled to fix a typo in paragraph 1)",
    "WASHINGTON, July 14 ⟦D:Reuters|(Reuters)⟧ - The U.S. Senate on Monday confirmed Dana Whitfield as"
    " deputy energy secretary by a vote of 54-44. ⟦A:Reuters|Reuters reported⟧ in June that two"
    " Republican senators had held up the nomination over a pipeline dispute.",
    "MUMBAI, Dec 2 ⟦D:Reuters|(Reuters)⟧ – The Indian rupee ended little changed at 86.41 per dollar on"
    " Tuesday, with likely dollar sales by the central bank capping losses, traders said.",
    "CAIRO, April 21 ⟦D:Reuters|(Reuters)⟧ -- Egypt's annual urban inflation eased to 13.1% in March"
    " from 14.6% in February, the statistics agency said on Monday.",
    "BOGOTA, Aug 6 ⟦D:Reuters|(Reuters)⟧ - Colombia's coffee output fell 9% in July from a year earlier"
    " to 1.04 million 60-kg bags, the growers' federation said on Wednesday, citing heavy rain in the"
    " central Andes.\n(⟦S:Reuters|Reporting by Marcela Ospina; Editing by Trevor Hallam⟧)",
    "The regulator said the fine would be paid within 30 days and that the bank had cooperated"
    " fully.\n(⟦S:Reuters|Reporting by Aditi Raman in Bengaluru; Additional reporting by Tom Hale in"
    " London; Editing by Shreya Dutt⟧)",
    "Inventories of crude at the Cushing, Oklahoma, hub fell for a fifth straight week, the data"
    " showed.\n(⟦S:Reuters|Writing by Elif Karaca; Editing by Chizu Nomiyama and Ros Dunmore⟧)",
    "Two people familiar with the talks ⟦A:Reuters|told Reuters⟧ that the buyers had asked for a longer"
    " due-diligence period after finding gaps in the seller's safety records.",
    "The carrier is weighing an order for up to 40 narrowbody jets, ⟦A:Reuters|according to three"
    " sources who spoke to Reuters⟧ on condition of anonymity.",
    "Vessel traffic through the strait dropped by a third in the week to Sunday, ⟦A:Reuters|according"
    " to a Reuters analysis⟧ of ship-tracking data.",
    # datelines: Associated Press
    "PHOENIX ⟦D:Associated Press|(AP)⟧ — Arizona's largest utility asked regulators Thursday to approve"
    " a 9% rate increase, saying it needs to pay for new transmission lines to serve data centers west"
    " of the city.",
    "BOISE, Idaho ⟦D:Associated Press|(AP)⟧ — Flames that began near a highway rest stop have burned"
    " more than 12 square miles of sagebrush, fire officials said Sunday.",
    "By MARISOL TREVIÑO ⟦B:Associated Press|Associated Press⟧\nEL PASO, Texas ⟦D:Associated Press|(AP)⟧"
    " — Border officials reopened a pedestrian crossing Tuesday after a two-day closure for repairs to"
    " the turnstiles.",
    "DULUTH, Minn. ⟦D:Associated Press|(AP)⟧ -- A freighter carrying iron ore pellets ran aground in"
    " the harbor late Friday, and the Coast Guard said no fuel had leaked.",
    "The council is expected to vote on the plan at its November meeting.\n⟦S:Associated"
    " Press|Associated Press writer Kevin Brandt in Omaha, Nebraska, contributed to this report⟧.",
    "Voters in the township rejected the school levy for the third time in two years.\n⟦S:Associated"
    " Press|Copyright 2026 The Associated Press⟧",
    "The family has set up a fund to pay for the boy's rehabilitation, a cousin ⟦A:Associated"
    " Press|told The Associated Press⟧ by phone.",
    "At least 212 people have been arrested at campus protests since March, ⟦A:Associated"
    " Press|according to an Associated Press count⟧.",
    # datelines: AFP
    "KINSHASA ⟦D:AFP|(AFP)⟧ - At least 14 people died when a boat carrying traders capsized on Lake"
    " Mai-Ndombe, a provincial official said on Saturday.",
    "DHAKA, Bangladesh ⟦D:AFP|(AFP)⟧ – Garment workers blocked a highway outside Dhaka on Monday to"
    " demand three months of unpaid wages from a factory that shut in August.",
    "⟦B:AFP|By AFP⟧\nPublished: 5:12 PM, March 3, 2026\nThe Philippine coast guard said it had rescued"
    " 31 fishermen whose boat lost power off the coast of Palawan.",
    "A rice farmer in Kampong Thom ⟦A:AFP|told AFP⟧ the floodwater had reached his knees inside the"
    " house by Wednesday morning.",
    "Ticket prices for the festival will rise by a fifth next year, organisers said.\n⟦S:AFP|—AFP⟧",
    "The rebels now control four of the province's eleven districts, ⟦A:AFP|according to an AFP tally⟧"
    " based on local sources.",
    "Organisers expect about 80,000 pilgrims by Sunday, ⟦A:AFP|Agence France-Presse reported⟧.",
    # dpa, EFE, ANSA in English
    "BERLIN ⟦D:dpa|(dpa)⟧ - Germany's largest rail union called a 30-hour strike on freight lines from"
    " Thursday evening, the second walkout this month.",
    "The ferry operator will suspend its Rostock crossing over the winter, ⟦A:dpa|German news agency"
    " dpa reported⟧ on Sunday.",
    "Hamburg ⟦D:dpa|(dpa)⟧ – Police in Hamburg seized 600 kilograms of cocaine hidden in a container of"
    " bananas from Ecuador, prosecutors said.",
    "MADRID ⟦D:EFE|(EFE)⟧.- Spain's reservoirs stood at 61 percent of capacity this week, up four"
    " points from a year earlier after a wet spring in the north.",
    "The fire forced the evacuation of 300 residents near Alicante, ⟦A:EFE|Spanish news agency EFE"
    " reported⟧.",
    "Quito, Jan 19 ⟦D:EFE|(EFE)⟧.- Ecuador's electricity regulator announced four-hour rolling"
    " blackouts in the coastal provinces starting on Monday.",
    "⟦D:ANSA|(ANSA)⟧ - Rome, October 7 - The Italian government approved a decree on Tuesday to speed"
    " up the rebuilding of schools damaged in last year's floods in Emilia.",
    "The mayor of Catania ⟦A:ANSA|told Italian news agency ANSA⟧ that the port would reopen once the"
    " ash was cleared.",
    # Xinhua, Kyodo, Yonhap, TASS, Antara
    "URUMQI, Aug. 2 ⟦D:Xinhua|(Xinhua)⟧ -- Cotton picking machines have started work in the southern"
    " Xinjiang prefecture of Aksu, local authorities said Saturday.\nEnditem",
    "The new rail link will shorten the journey between the two cities to 90 minutes, ⟦A:Xinhua|state"
    " news agency Xinhua said⟧ on Friday.",
    "⟦B:Kyodo|KYODO NEWS⟧\nSAPPORO - Hokkaido's Asahiyama zoo will close for two weeks in December to"
    " replace the heating in its penguin enclosure, the city said Monday.",
    "The prefectural government ordered the culling of 90,000 chickens after bird flu was confirmed at"
    " a farm in Kagoshima, ⟦A:Kyodo|Kyodo News reported⟧.",
    "OSAKA, June 2 ⟦D:Kyodo|(Kyodo)⟧ -- Visitors to the city's castle park rose 18 percent in May from"
    " a year earlier, the operator said Tuesday.",
    "SEOUL, March 12 ⟦D:Yonhap|(Yonhap)⟧ -- Outbound shipments of memory chips jumped 22 percent"
    " on-year in the first 10 days of March, customs data showed Wednesday.\n(END)",
    "North Korea test-fired several artillery rockets near the inter-Korean border on Thursday,"
    " ⟦A:Yonhap|Yonhap news agency said⟧, citing the military.",
    "⟦B:Yonhap|Yonhap News Agency⟧\nBUSAN, Oct. 4 ⟦D:Yonhap|(Yonhap)⟧ -- The Busan International Film"
    " Festival opened Wednesday with 224 films from 63 countries.",
    "MOSCOW, March 6. ⟦D:TASS|/TASS/⟧. Russia's wheat exports in February reached 3.9 million tonnes,"
    " the agriculture ministry's analytical center said.",
    "A fire at a fuel depot in the Bryansk region was put out overnight, ⟦A:TASS|Russia's TASS news"
    " agency reported⟧, quoting the regional governor.",
    "Jakarta ⟦D:Antara|(ANTARA)⟧ - Indonesia's central bank kept its benchmark rate at 5.75 percent on"
    " Wednesday, saying inflation remained within its target band.",
    "Mount Lewotobi spewed ash 2,000 metres into the sky early on Sunday, ⟦A:Antara|according to state"
    " news agency Antara⟧.",
    # South Asia: PTI, ANI, IANS, APP
    "New Delhi, Jan 8 ⟦D:PTI|(PTI)⟧ The Centre on Thursday extended the deadline for linking property"
    " records with Aadhaar by six months, officials said.\n⟦S:PTI|PTI RK VN⟧",
    "Vijayawada, Sept 3 ⟦D:PTI|(PTI)⟧ Results of the AP EAPCET counselling will be released on Friday,"
    " the Andhra Pradesh higher education council said.",
    "The toll in the bus accident rose to nine on Sunday, police said. (⟦S:PTI|With inputs from PTI⟧)",
    "Srinagar (Jammu and Kashmir) [India], Feb 11 ⟦D:ANI|(ANI)⟧: Fresh snowfall cut off the Mughal Road"
    " for a second day on Wednesday, traffic police said.",
    "\"We have asked the state to release the funds before the monsoon,\" the minister said,"
    " ⟦A:ANI|speaking to ANI⟧.",
    "Chennai, May 14 ⟦D:IANS|(IANS)⟧ The Tamil Nadu government on Wednesday announced a Rs 400 crore"
    " package for handloom weavers hit by the slump in exports.",
    "The trial run of the metro's second phase will begin in July, an official"
    " said.\n⟦S:IANS|--IANS⟧\nsr/kvd",
    "ISLAMABAD, Jan 9 ⟦D:APP|(APP)⟧: The National Assembly on Friday passed the finance supplementary"
    " bill after PTI lawmakers staged a walkout.",
    "Wheat procurement in Punjab crossed 3.1 million tonnes this season, ⟦A:APP|APP said⟧ in a report"
    " from Lahore.",
    # Malaysia, Turkey
    "KUALA LUMPUR, Jan 22 ⟦D:Bernama|(Bernama)⟧ -- The ringgit opened firmer versus the greenback on"
    " Thursday, tracking higher crude oil prices.",
    "The hospital's new cardiac wing will open in June, its director ⟦A:Bernama|told Bernama⟧ when met"
    " in Kota Bharu.",
    "Heavy rain in Kelantan should taper off from Saturday, the Meteorological Department"
    " said.\n⟦S:Bernama|-- BERNAMA⟧",
    "ANKARA\nTurkey's central bank raised its year-end inflation forecast to 29 percent, its governor"
    " told a briefing on Thursday, ⟦A:Anadolu|Anadolu Agency reported⟧.",
    "A search team recovered the bodies of two climbers on Mount Ararat, a local official"
    " ⟦A:Anadolu|told Anadolu⟧ on Tuesday.",
    # Bloomberg, UPI, press-release wires
    "⟦D:Bloomberg|(Bloomberg)⟧ -- Norway's $1.9 trillion wealth fund returned 4.1% in the third"
    " quarter, helped by gains in technology stocks.\n--With assistance from Kari Lundberg.",
    "The lender is exploring a sale of its Polish unit, ⟦A:Bloomberg|Bloomberg News reported⟧ last"
    " week, citing people familiar with the matter.",
    "Output at the smelter will be cut by a tenth through March, ⟦A:Bloomberg|according to a person"
    " familiar with the plan who spoke to Bloomberg⟧.",
    "Analysts expect the company to report a loss for a third straight quarter.\n⟦S:Bloomberg|©2026"
    " Bloomberg L.P.⟧",
    "WASHINGTON, Feb. 3 ⟦D:UPI|(UPI)⟧ -- The Transportation Department on Tuesday proposed new rules"
    " requiring airlines to refund fees for delayed checked bags within seven days.",
    "A magnitude-5.8 earthquake shook southern Peru early Sunday, ⟦A:UPI|UPI reported⟧, with no"
    " immediate reports of damage.",
    "CHICAGO, March 3, 2026 ⟦D:PR Newswire|/PRNewswire/⟧ -- Halvorsen Foods, a maker of frozen baked"
    " goods, today announced the opening of a distribution center in Joliet, Illinois.",
    "SINGAPORE, Jan. 20, 2026 ⟦D:PR Newswire|/PRNewswire-AsiaNet/⟧ -- Kestrel Logistics Asia today"
    " announced a partnership with a Vietnamese cold-chain operator.",
    "BOSTON--⟦D:Business Wire|(BUSINESS WIRE)⟧--Veridian Therapeutics, Inc. today announced that its"
    " Phase 2 study of VRD-114 in adults with chronic cough met its primary endpoint.",
    "LONDON & NEW YORK--⟦D:Business Wire|(BUSINESS WIRE)⟧--Aldmoor Capital announced today the close of"
    " its fourth infrastructure fund at $2.3 billion.",
    "TORONTO, Feb. 19, 2026 ⟦D:Globe Newswire|(GLOBE NEWSWIRE)⟧ -- Northbay Minerals Corp. reported new"
    " drill results from its Red Lake gold project on Thursday.",
    "VANCOUVER, British Columbia, Nov. 05, 2026 ⟦D:Globe Newswire|(GLOBE NEWSWIRE)⟧ -- Cedarline Health"
    " Inc. has completed its previously announced private placement.",
    # reprints: combined credits, inline credits, Asian and Gulf papers
    "The United Nations said the convoy reached Kadugli on Tuesday after a nine-day journey."
    " ⟦I:AFP|(AFP)⟧",
    "Police fired tear gas at stone-throwing youths in the capital's eastern suburbs. —"
    " ⟦C:Reuters|Reuters⟧, ⟦C:AFP|AFP⟧",
    "MANILA — The typhoon knocked out power to more than 600,000 homes across Luzon. — With reports"
    " from ⟦C:Reuters|Reuters⟧ and ⟦C:Associated Press|AP⟧",
    "The Sri Lankan rupee weakened past 300 to the dollar for the first time since May. —"
    " ⟦S:Reuters|Reuters⟧",
    "DUBAI: Gold prices in the UAE rose by Dh2 a gram on Monday morning as the dollar weakened."
    " ⟦I:Bloomberg|(Bloomberg)⟧",
    "NEW DELHI: The Election Commission will deploy 1,200 companies of central forces for the assembly"
    " polls. (With inputs from ⟦C:PTI|PTI⟧ and ⟦C:IANS|IANS⟧)",
    "Officials said the new tunnel would open to traffic before the winter."
    " (⟦C:Xinhua|Xinhua⟧/⟦C:Associated Press|AP⟧)",
    "KARACHI: The provincial government announced that schools would remain closed on Friday because of"
    " the heatwave. ⟦S:APP|— APP⟧",
    "KOTA KINABALU: About 1,500 flood victims were still at relief centres in four districts this"
    " morning. ⟦I:Bernama|(Bernama)⟧",
    "The investor sentiment index rose for a third month, the survey showed. ⟦I:Kyodo|(Kyodo)⟧",
    "Kathmandu, June 2 ⟦D:IANS|(IANS)⟧ Nepal's parliament on Monday approved a budget of 1.9 trillion"
    " rupees. Chinese contractors have won two of the new highway projects, ⟦A:Xinhua|Xinhua reported⟧.",
    "HONG KONG ⟦D:AFP|(AFP)⟧ - Hong Kong's stock exchange will extend trading hours by 30 minutes from"
    " next year, ⟦A:Bloomberg|Bloomberg News reported⟧ on Tuesday.",
    "Prices of onions have tripled in a month in the capital's wholesale markets, traders"
    " ⟦A:Reuters|said in interviews with Reuters⟧.",
    "\"Nobody came to warn us,\" said Maya Thapa, 62, ⟦A:AFP|speaking to AFP⟧ outside the collapsed"
    " shelter.",
    "An estimated 3,000 people attended the funeral, ⟦A:Associated Press|an AP reporter at the scene"
    " said⟧.",
    "Turkey summoned the Swedish ambassador on Friday, ⟦A:Anadolu|the state-run Anadolu news agency"
    " said⟧.",
    "Seoul's subway operator will add 40 trains to rush-hour service from March, ⟦A:Yonhap|according to"
    " Yonhap⟧.",
    "The Kremlin said the talks had been \"constructive,\" ⟦A:TASS|TASS quoted⟧ Dmitry Peskov as"
    " saying.",
    "The Indonesian Navy has deployed six ships to the area, ⟦A:Antara|the Antara news agency"
    " reported⟧.",
    "The airline has ordered 12 A321neo jets, ⟦A:Europa Press|Spanish news agency Europa Press"
    " reported⟧ on Wednesday, citing company sources.",
    "ANKARA ⟦D:Anadolu|(AA)⟧ - Turkish drones have located a missing fishing boat off the Black Sea"
    " coast, the coast guard said.",
    "Petrol will cost 4 sen more a litre from Wednesday, ⟦A:Bernama|according to a Bernama report⟧.",
    "UNITED NATIONS ⟦D:Associated Press|(AP)⟧ — Security Council members voted Thursday to extend the"
    " mandate of its mission in South Sudan for one year.",
    "GENEVA ⟦D:Reuters|(Reuters)⟧ - The WHO said on Friday it had recorded 41 cases of mpox in the"
    " outbreak in western Uganda. The WHO's AFP surveillance reports show no new polio cases in the"
    " region.",
    "RIYADH, Oct 30 ⟦D:Reuters|(Reuters)⟧ - Saudi Arabia's non-oil exports rose 7% in the third"
    " quarter, official data showed on Thursday.\nReuters could not immediately reach the ministry for"
    " further comment.",
    "Paris ⟦D:AFP|(AFP)⟧ - The Louvre will close its Denon wing for three weeks in January for work on"
    " the ventilation system, the museum said Wednesday.\n⟦S:AFP|© 2026 AFP⟧",
    "New Delhi [India], March 5 ⟦D:ANI|(ANI)⟧: The Prime Minister will inaugurate the new terminal at"
    " Jewar airport on Saturday, the civil aviation ministry said.",
    "WASHINGTON — The Federal Reserve left rates unchanged. ⟦S:Associated Press|This story was provided"
    " by The Associated Press⟧.",
    "The stock closed 3% lower in Seoul. ⟦I:Yonhap|(Yonhap)⟧",
    "Beijing ⟦D:dpa|(dpa)⟧ - China's exports rose 6.2 per cent in October, customs data showed, beating"
    " analysts' expectations.",
    "CANBERRA ⟦D:Reuters|(Reuters)⟧ - Australia's federal police (AFP) charged two men on Sunday over a"
    " cyber attack on a Melbourne hospital, the force said.",
    # negatives
    N("subject", "Reuters will close its bureau in Caracas at the end of the year and cover"
      " Venezuela from Bogota, a company spokesperson said."),
    N("subject", "The AP Stylebook's latest edition drops the hyphen in \"e-mail\" and adds"
      " guidance on writing about artificial intelligence."),
    N("subject", "AFP's chairman told staff the agency had signed a licensing deal with a French"
      " AI start-up, its second such agreement this year."),
    N("subject", "TASS's director-general attended the opening of the agency's new regional"
      " office in Vladivostok on Monday."),
    N("subject", "Cision, which owns PR Newswire, announced 140 job cuts across its European"
      " offices on Tuesday."),
    N("subject", "A Bloomberg terminal subscription now costs about $32,000 a year, making it one"
      " of the priciest data services on Wall Street."),
    N("subject", "Kyodo News and a Seoul-based broadcaster signed an agreement to exchange video"
      " footage of sports events."),
    N("subject", "Anadolu Agency opened a new bureau in Nairobi on Wednesday, its 14th in Africa."),
    N("subject", "The Yonhap Infomax terminal will add real-time data on Korean corporate bonds"
      " from next month."),
    N("homonym", "Kyodo Senpaku, the Japanese whaling operator, said its new factory ship would"
      " leave Shimonoseki next week."),
    N("homonym", "A study from the Bloomberg School of Public Health at Johns Hopkins found the"
      " vaccine cut hospital stays by a quarter."),
    N("homonym", "The APP, Rakesh Sinha, told the sessions court that the accused had tampered"
      " with evidence."),
    N("homonym", "Romania's ANI, the national integrity agency, said the mayor had failed to"
      " declare two apartments in Constanța."),
    N("homonym", "Health officials in Balochistan reported 17 cases of AFP among children under"
      " five, prompting a new round of stool testing."),
    N("homonym", "The AFP said the clash with insurgents in Sulu left two soldiers wounded."),
    N("homonym", "PTI chairman told supporters in Mardan that the party would stay away from next"
      " month's by-polls."),
    N("homonym", "Transactions through UPI Lite crossed 200 million in October, the National"
      " Payments Corporation of India said."),
    N("homonym", "The utility's bonds were downgraded to AA- by two rating agencies on Friday."),
    N("homonym", "Under the DPA, the engineering firm will pay £48 million and submit to three"
      " years of monitoring."),
    N("homonym", "Xinhua Winshare, the Sichuan-based bookseller, reported a 6% rise in first-half"
      " revenue."),
    N("homonym", "Anadolu Efes beat Olympiacos 88-79 on Thursday to stay top of the EuroLeague."),
    N("photo", "Smoke rises from a burning textile depot in Izmir, Turkey, on Aug. 14, 2026."
      " (Photo: Reuters)"),
    N("photo", "A man rows past flooded houses in Sylhet on June 18. REUTERS/Mohammad Ponir"
      " Hossain"),
    N("photo", "Students wait to enter the exam hall in Patna. (ANI Photo)"),
    N("photo", "Rescue workers search the rubble in Hatay province. (AP Photo/Emre Tazegül)"),
    N("photo", "Fans cheer at the final in Lusail, Qatar. Photo: AFP via Getty Images"),
    N("url", "Read more Asia coverage at reuters.com/world/asia-pacific and follow @ReutersAsia"
      " for breaking news."),
    N("url", "For corrections, write to standards@ap.org or call the desk in New York."),
    N("url", "To reach the reporter: Kari Lundberg in Oslo at klundberg3@bloomberg.net"),
    N("list", "Journalists from Reuters, AFP, Kyodo and Yonhap were among the 60 reporters taken"
      " on a tour of the plant."),
    N("list", "The ministry denied visas to correspondents of The Associated Press, Bloomberg and"
      " two German newspapers."),
    N("unverified", "Reuters could not independently confirm the number of casualties given by"
      " the militia's spokesman."),
    N("unverified", "AFP was unable to verify the authenticity of the video, which circulated"
      " widely on Telegram."),
    N("poll", "A Reuters/Ipsos survey completed on Tuesday found 38% of Americans approve of the"
      " president's handling of the economy."),
    N("poll", "He dropped to 412th place in the Bloomberg Billionaires Index after the shares"
      " fell."),
    N("poll", "Only 29% of adults said they trust the news media, according to an AP-NORC poll."),
    N("generic", "The army said it had recaptured the town after two days of fighting. — Agencies"),
    N("generic", "Shares of the two lenders surged on the news. (With inputs from agencies)"),
    N("chart", "Chart: Yields on 10-year bonds, 2020-2026. Source: Bloomberg"),
    N("subject", "Business Wire, the Berkshire Hathaway unit, said it would move 200 jobs from"
      " San Francisco to Salt Lake City."),
]

ES: list[str | Neg] = [
    "Lima, 14 mar ⟦D:EFE|(EFE)⟧.- El Ejecutivo de Perú decretó el estado de emergencia en 43 distritos"
    " de las regiones norteñas de Piura y Tumbes tras las lluvias intensas de la última semana.",
    "Asunción, 2 oct ⟦D:EFE|(EFE)⟧.- La cosecha paraguaya de soja alcanzará 10,4 millones de toneladas,"
    " según estimó este jueves la cámara de exportadores.",
    "Tegucigalpa, 9 may ⟦D:EFE|(EFE)⟧ - Honduras registró 412 homicidios en abril, un 12 % menos que en"
    " el mismo mes del año pasado, informó la Secretaría de Seguridad.",
    "Un vecino de la zona relató ⟦A:EFE|a EFE⟧ que el agua entró en las casas en menos de diez minutos.",
    "El ministro de Agricultura ha asegurado ⟦A:EFE|en declaraciones a EFE⟧ que las ayudas llegarán a"
    " los ganaderos antes de verano.",
    "El incendio sigue activo en la sierra de la Culebra. ⟦S:EFE|EFE mgs/lac⟧",
    "VALENCIA, 17 Feb. ⟦D:Europa Press|(EUROPA PRESS)⟧ - La Generalitat destinará 38 millones de euros"
    " a la rehabilitación de viviendas afectadas por la dana en l'Horta Sud.",
    "ZARAGOZA, 3 (⟦D:Europa Press|EUROPA PRESS⟧) El Ayuntamiento de Zaragoza ha adjudicado la"
    " ampliación del tranvía hasta el barrio de Valdespartera.",
    "Fuentes de la Consejería han confirmado ⟦A:Europa Press|a Europa Press⟧ que el concurso se"
    " resolverá en marzo.",
    "El hospital atendió a 214 pacientes durante la noche, ⟦A:Europa Press|según ha informado Europa"
    " Press⟧.",
    "MÉXICO, 21 ene ⟦D:Reuters|(Reuters)⟧ - La inflación de México se aceleró en la primera quincena de"
    " enero a un 4,1 % anual, por encima de lo previsto por los analistas.",
    "El fabricante analiza cerrar su planta de Puebla, ⟦A:Reuters|dijeron a Reuters⟧ dos fuentes con"
    " conocimiento del asunto.",
    "La naviera suspendió temporalmente sus rutas por el mar Rojo, ⟦A:Reuters|según informó la agencia"
    " Reuters⟧.",
    "Las acciones de la aerolínea cayeron un 6 % en la bolsa de Bogotá.\n(⟦S:Reuters|Reporte de Nelson"
    " Bocanegra; Editado por Javier Leira⟧)",
    "Bogotá ⟦D:AFP|(AFP)⟧ - Al menos siete militares murieron el sábado en un ataque con explosivos"
    " contra una base en el departamento del Cauca, informó el Ejército.",
    "\"Perdimos toda la cosecha\", ⟦A:AFP|dijo a la AFP⟧ Rosa Quispe, productora de papa de Puno.",
    "⟦B:AFP|Por AFP⟧\nLa Habana\nCuba anunció este lunes nuevos cortes programados de electricidad de"
    " hasta seis horas diarias en la capital.",
    "Santiago de Chile, 5 ago ⟦D:Associated Press|(AP)⟧ — El Congreso chileno aprobó el martes una ley"
    " que reduce la jornada laboral en las empresas mineras.",
    "El temblor, de magnitud 6,1, no dejó víctimas, ⟦A:Associated Press|de acuerdo con The Associated"
    " Press⟧.",
    "Las exportaciones argentinas de carne crecieron un 15 % en el semestre, ⟦A:Bloomberg|según"
    " Bloomberg⟧.",
    "ROMA, 8 jul ⟦D:ANSA|(ANSA)⟧ - El Consejo de Ministros italiano dio luz verde a un decreto para"
    " reforzar los controles en las playas durante el verano.",
    "El accidente ocurrió en la autopista entre Berlín y Leipzig, ⟦A:dpa|informó la agencia alemana"
    " dpa⟧.",
    "La agencia oficial china ⟦A:Xinhua|Xinhua informó⟧ que el tren de alta velocidad unirá las dos"
    " ciudades en 2028.",
    "El ministro ruso de Exteriores viajará a Caracas la próxima semana, ⟦A:TASS|según la agencia"
    " TASS⟧.",
    "Redacción / ⟦C:EFE|EFE⟧ - ⟦C:Europa Press|Europa Press⟧\nEl Gobierno aprobará el martes el techo"
    " de gasto para los presupuestos del año próximo.",
    "Madrid, 10 dic ⟦D:EFE|(EFE)⟧.- El Congreso debatirá el jueves la ley de familias, ⟦A:Europa"
    " Press|según han confirmado a Europa Press⟧ fuentes parlamentarias.",
    "La caravana de migrantes avanzó 30 kilómetros por Chiapas el domingo.\nCon información de"
    " ⟦C:AFP|AFP⟧ y ⟦C:Associated Press|AP⟧.",
    "Buenos Aires, 4 nov ⟦D:Reuters|(Reuters)⟧ - Los bonos argentinos subieron el martes tras el"
    " anuncio de un acuerdo con el FMI.",
    "MIAMI ⟦D:PR Newswire|/PRNewswire-HISPANIC PR WIRE/⟧ -- Solmar Seguros anunció hoy la apertura de"
    " su nueva oficina en Doral.",
    "CIUDAD DE MÉXICO--⟦D:Business Wire|(BUSINESS WIRE)⟧--Grupo Altavista anunció hoy la adquisición de"
    " una red de farmacias en Jalisco.",
    "El festival de cine de Cartagena anunció su programación para marzo.\nFuente: ⟦S:EFE|EFE⟧",
    "Los pescadores piden ayudas al Gobierno tras el temporal. ⟦I:Europa Press|(Europa Press)⟧",
    # negativos
    N("subject", "La Agencia EFE cumplió este martes 87 años y lo festejó con una exposición"
      " fotográfica en Madrid."),
    N("subject", "Europa Press ha lanzado una nueva plataforma de vídeo para sus clientes en"
      " Latinoamérica."),
    N("word", "El ayuntamiento organizó un ciclo de EFEMÉRIDES sobre la historia del puerto."),
    N("word", "Se escribe con efe, no con hache, aclaró la profesora a sus alumnos de primaria."),
    N("homonym", "Los afiliados de la AFP Capital vieron una rentabilidad del 6,2 % en el fondo A"
      " durante el año."),
    N("photo", "Bomberos retiran escombros en el cerro Alegre de Valparaíso. EFE/Adriana Thomasa"),
    N("photo", "Manifestantes en el centro de Quito (Foto: AFP)"),
    N("url", "Más información en www.europapress.es y en la web de la agencia."),
    N("unverified", "El balance de muertos que dio la milicia no pudo ser contrastado por"
      " Reuters."),
    N("generic", "El Ejército anunció la retirada de tropas de la frontera. (Agencias)"),
    N("list", "Al acto asistieron periodistas de EFE, Reuters, AFP y de medios locales."),
    N("poll", "Según la encuesta Reuters/Ipsos, el 41 % de los estadounidenses desaprueba la"
      " gestión del presidente."),
]

FR: list[str | Neg] = [
    "Dakar ⟦D:AFP|(AFP)⟧ - Les autorités sénégalaises ont lancé mardi une campagne de vaccination"
    " contre la rougeole dans les régions de Tambacounda et de Kédougou.",
    "Abidjan, 12 mars 2026 ⟦D:AFP|(AFP)⟧ - La production ivoirienne de cacao devrait reculer de 8 %"
    " cette saison, selon les exportateurs.",
    "\"On n'a plus rien\", ⟦A:AFP|a confié à l'AFP⟧ Mariam, une commerçante du marché de Bamako ravagé"
    " par le feu.",
    "La grève a été suivie par 40 % des enseignants, ⟦A:AFP|selon un décompte de l'AFP⟧.",
    "Le parquet a ouvert une enquête, ⟦A:AFP|a appris l'AFP⟧ de source judiciaire.",
    "Les travaux reprendront en janvier. Le Monde ⟦S:AFP|avec AFP⟧",
    "⟦B:AFP|Par AFP⟧\nPublié le 3 juin 2026 à 10h12\nLe musée d'Orsay rouvrira sa galerie des"
    " impressionnistes le 1er juillet.",
    "Montréal ⟦D:AFP|(AFP)⟧ - Hydro-Québec a annoncé lundi des investissements de 12 milliards de"
    " dollars dans l'éolien.",
    "LONDRES, 3 février ⟦D:Reuters|(Reuters)⟧ - La Banque d'Angleterre a maintenu jeudi son taux"
    " directeur à 4 %, comme attendu.",
    "Le constructeur envisage de fermer deux usines en Europe, ⟦A:Reuters|ont déclaré à Reuters⟧ trois"
    " sources proches du dossier.",
    "Le titre a perdu 5 % à la Bourse de Paris.\n(⟦S:Reuters|Reportage Marine Dupont, version française"
    " Claire Fonteneau⟧)",
    "Le groupe a annoncé une hausse de 7 % de son chiffre d'affaires, ⟦A:Reuters|rapporte Reuters⟧.",
    "Le ministre a démenti ces informations, ⟦A:Associated Press|selon l'agence Associated Press⟧.",
    "Le bilan des inondations s'élève à 19 morts, ⟦A:Associated Press|selon AP⟧.",
    "Berlin ⟦D:dpa|(dpa)⟧ - Le conseil des ministres allemand a approuvé mercredi un texte sur l'emploi"
    " des réfugiés.",
    "L'éruption a été observée dans la nuit, ⟦A:Kyodo|rapporte l'agence Kyodo⟧.",
    "Pékin a protesté officiellement, ⟦A:Xinhua|selon l'agence Chine nouvelle⟧.",
    "Le président russe se rendra à Minsk vendredi, ⟦A:TASS|a indiqué l'agence TASS⟧.",
    "Séoul ⟦D:Yonhap|(Yonhap)⟧ - La Corée du Sud a annoncé mardi une aide de 30 millions de dollars à"
    " l'Ukraine.",
    "Le chantier doit durer dix-huit mois, ⟦A:ANSA|selon l'agence italienne Ansa⟧.",
    "Rabat, 5 jan ⟦D:EFE|(EFE)⟧ - Le Maroc a enregistré 1,2 million de touristes en décembre.",
    "Les négociations se poursuivront la semaine prochaine. ⟦I:AFP|(AFP)⟧",
    "Ottawa ⟦D:Reuters|(Reuters)⟧ - Le Canada imposera des droits de 25 % sur l'acier chinois, a"
    " annoncé le ministre des Finances.",
    "Le groupe pétrolier aurait engagé des discussions avec un acheteur, ⟦A:Bloomberg|selon Bloomberg⟧.",
    "La compagnie aérienne turque reliera Lyon à Istanbul dès avril, ⟦A:Anadolu|rapporte l'agence"
    " Anadolu⟧.",
    "PARIS--⟦D:Business Wire|(BUSINESS WIRE)⟧--Nexalis SA annonce aujourd'hui le succès de son"
    " augmentation de capital.",
    "Des coups de feu ont été entendus toute la nuit dans le nord de la capitale. (⟦C:AFP|AFP⟧,"
    " ⟦C:Reuters|Reuters⟧)",
    "Le procès s'ouvrira le 12 septembre devant la cour d'assises de Liège.\nLe Soir ⟦S:AFP|avec AFP⟧",
    # négatifs
    N("subject", "L'AFP a ouvert lundi un bureau à Lagos, son troisième au Nigeria."),
    N("photo", "Des manifestants à Tunis, le 14 janvier. (Photo d'archives AFP)"),
    N("photo", "Illustration : © Julien Dufresne / AFP"),
    N("unverified", "Ces chiffres, fournis par le ministère, n'ont pas pu être vérifiés de"
      " manière indépendante par l'AFP."),
    N("homonym", "L'AP-HP a annoncé la fermeture de 200 lits à l'hôpital Bichat cet hiver."),
    N("generic", "Le cessez-le-feu a été violé dès le premier jour. (Avec agences)"),
    N("url", "Pour toute demande de reproduction, écrivez à ventes-france@afp.com."),
    N("list", "Des reporters de Reuters, de l'AFP et d'Al Jazeera ont été refoulés à l'entrée de"
      " la salle."),
    N("subject", "Reuters a nommé mardi une rédactrice en chef pour l'Afrique francophone, basée"
      " à Dakar."),
    N("homonym", "Arnaud Reuter, maire de la commune, a inauguré la nouvelle salle des fêtes."),
]

DE: list[str | Neg] = [
    "Kiel ⟦D:dpa|(dpa/lno)⟧ - Die Landesregierung in Kiel will bis 2030 alle Schulen mit Glasfaser"
    " anschließen. Das kündigte die Bildungsministerin am Dienstag an.",
    "Stuttgart ⟦D:dpa|(dpa)⟧ – Ein Lastwagen mit 20 Tonnen Kartoffeln ist auf der A8 bei Pforzheim"
    " umgekippt. Die Autobahn war stundenlang gesperrt.",
    "Erfurt ⟦D:dpa|(dpa/th)⟧ - Thüringens Wälder haben sich nach den Dürrejahren leicht erholt, wie aus"
    " dem neuen Waldzustandsbericht hervorgeht.",
    "Der Betrieb soll im Herbst wieder aufgenommen werden, ⟦A:dpa|sagte ein Sprecher der Deutschen"
    " Presse-Agentur⟧.",
    "Die Stadt rechnet mit Mehrkosten von rund 40 Millionen Euro, ⟦A:dpa|wie die Deutsche"
    " Presse-Agentur erfuhr⟧.",
    "Der Verband will in der kommenden Woche über weitere Streiks entscheiden. ⟦S:dpa|© dpa-infocom,"
    " dpa:260314-930-412771/2⟧",
    "Frankfurt/Main ⟦D:dpa|(dpa-AFX)⟧ - Der Dax hat am Mittwoch nach schwachen US-Vorgaben leicht"
    " nachgegeben.",
    "Washington ⟦D:Reuters|(Reuters)⟧ - Die US-Notenbank hat den Leitzins unverändert gelassen, aber"
    " weitere Senkungen in Aussicht gestellt.",
    "Der Konzern erwägt den Verkauf seiner Sparte für Medizintechnik, ⟦A:Reuters|sagten zwei Insider"
    " der Nachrichtenagentur Reuters⟧.",
    "Die Ölpreise stiegen am Morgen um gut ein Prozent, ⟦A:Reuters|berichtet Reuters⟧.",
    "Paris ⟦D:AFP|(AFP)⟧ - Frankreichs Regierung will das Rentenalter für Beamte im Schuldienst nicht"
    " antasten.",
    "Bei den Kämpfen wurden nach Angaben von Ärzten 23 Menschen getötet, ⟦A:AFP|meldete die"
    " Nachrichtenagentur AFP⟧.",
    "Nach dem Erdbeben wurden mehr als 400 Nachbeben registriert, ⟦A:Associated Press|berichtete die"
    " Nachrichtenagentur AP⟧.",
    "Die Brücke soll bis Ende 2027 fertig sein. (⟦C:dpa|dpa⟧/⟦C:Reuters|Reuters⟧)",
    "Mehrere Dörfer waren von der Außenwelt abgeschnitten. ag/⟦C:AFP|AFP⟧/⟦C:dpa|dpa⟧",
    "Die Regierung kündigte Neuwahlen für den Herbst an. jsp/mak (⟦C:Reuters|rtr⟧, ⟦C:AFP|afp⟧,"
    " ⟦C:Associated Press|ap⟧)",
    "Wien (APA/⟦C:dpa|dpa⟧) - Österreichs Inflation ist im März auf 2,9 Prozent gesunken.",
    "Zürich (SDA/⟦C:AFP|AFP⟧) - Die Schweizer Nationalbank belässt den Leitzins bei 0,5 Prozent.",
    "Rom ⟦D:ANSA|(ANSA)⟧ - Italiens Senat hat das Haushaltsgesetz mit 104 zu 66 Stimmen gebilligt.",
    "Der Vulkan auf der Insel Kyushu spuckte am Morgen Asche, ⟦A:Kyodo|meldete die Agentur Kyodo⟧.",
    "Peking will die Zölle auf kanadisches Rapsöl senken, ⟦A:Xinhua|wie die staatliche"
    " Nachrichtenagentur Xinhua berichtete⟧.",
    "Die russischen Behörden haben einen norwegischen Journalisten ausgewiesen, ⟦A:TASS|berichtete die"
    " staatliche Agentur Tass⟧.",
    "Die türkische Regierung hat zwei Oppositionsbürgermeister abgesetzt, ⟦A:Anadolu|meldete die"
    " staatliche Agentur Anadolu⟧.",
    "Der Autobauer prüft ⟦A:Bloomberg|nach Informationen von Bloomberg⟧ eine Kapitalerhöhung.",
    "⟦B:dpa|Von dpa⟧\nBerlin\nDie Bundesregierung hat den Entwurf für das neue Heizungsgesetz"
    " beschlossen.",
    "Die Ausfuhren nach China gingen im Mai um 4 Prozent zurück.\nQuelle: ⟦S:Reuters|Reuters⟧",
    "FRANKFURT--⟦D:Business Wire|(BUSINESS WIRE)⟧--Die Helmholt Logistik AG gibt heute den Abschluss"
    " einer Anleihe über 300 Millionen Euro bekannt.",
    # Negative
    N("photo", "Einsatzkräfte am Unfallort auf der A7 bei Soltau. Foto: Philipp Schulze/dpa"),
    N("subject", "Die dpa hat ihren Jahresumsatz 2025 leicht gesteigert, teilte die Agentur in"
      " Hamburg mit."),
    N("homonym", "Die Datenschutzbehörde DPA in Dublin verhängte ein Bußgeld von 90 Millionen"
      " Euro gegen den Konzern."),
    N("homonym", "Im Fritz-Reuter-Literaturmuseum in Stavenhagen ist eine neue Ausstellung zu"
      " sehen."),
    N("generic", "Die Waffenruhe hielt am Wochenende weitgehend. (Agenturen/red)"),
    N("unverified", "Reuters konnte die Zahl der Toten, die das Militär nannte, nicht unabhängig"
      " bestätigen."),
    N("url", "Weitere Nachrichten finden Sie unter www.dpa.com und auf dem Kanal @dpa."),
    N("list", "Akkreditiert waren Reporter von dpa, AFP, Reuters und mehreren Fernsehsendern."),
    N("word", "Die Efeuranken an der Fassade des Rathauses werden im Frühjahr zurückgeschnitten."),
    N("chart", "Grafik: Entwicklung des Ölpreises seit Januar. Quelle: Bloomberg"),
]

IT: list[str | Neg] = [
]

PT: list[str | Neg] = [
]

ID: list[str | Neg] = [
]

MS: list[str | Neg] = [
]

TR: list[str | Neg] = [
]

ZH: list[str | Neg] = [
]

UR: list[str | Neg] = [
]

HI: list[str | Neg] = [
]

# =============================================================================================
# building
# =============================================================================================
DATA: dict[str, list[str | Neg]] = dict(
    zip(LANGS, (EN, ES, FR, DE, IT, PT, ID, MS, TR, ZH, UR, HI), strict=True)
)


if __name__ == "__main__":
    sys.exit(run_later_set(sys.argv[1:], DATA, "heldout7", EARLIER_SETS))
