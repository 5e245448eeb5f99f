#!/usr/bin/env python3
"""Build the labelled wire-credit test set: dev.jsonl and test.jsonl.

Every record below was written by hand for these tests, in the style of wire copy and of
newspaper reprints; none is copied from an article.  Places, dates and figures are plausible
but the events are invented, and reporters' and editors' names are made up.

Mark-up.  A credit is written ``⟦F:Agency|span text⟧``:

* ``F`` is the form of the credit (see FORMS),
* ``Agency`` is one of the canonical names in AGENCIES,
* ``span text`` is the text that is kept and whose offsets are recorded.

The brackets ⟦ ⟧ (U+27E6, U+27E7) do not occur in news text, so the mark-up cannot collide
with it.  A negative (a text that credits no agency) is written ``N("kind", "text")`` and
must not contain any mark-up.

Run ``python tests/data/credits/build.py`` to rewrite dev.jsonl, test.jsonl and the counts
in README.md; ``--check`` only verifies that the files on disk are what the data gives.
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from pathlib import Path

from markup import (
    AGENCIES,
    FORMS,
    LANGS,
    NBSP,
    N,
    Neg,
    Record,
    build_records,
    readme_with_counts,
    run_builder,
)

HERE = Path(__file__).resolve().parent

NEG_KINDS = {
    "subject": "the agency is what the sentence is about (its staff, owner, shares, anniversary)",
    "homonym": "the letters name something else (AP = Andhra Pradesh, PTI = a party, AFP = police)",
    "word": "the name is, or is inside, an ordinary word (antara, bernama, ansa, EFEMÉRIDES)",
    "photo": "a photo credit: it credits the picture, not the text",
    "url": "the name in a URL or an e-mail address",
    "list": "the agency in a list of outlets (present, invited, barred)",
    "unverified": "the agency says it could NOT verify something: no credit of the text",
    "poll": "a poll or product named after the agency (Reuters/Ipsos poll)",
    "generic": "a credit to unnamed agencies (with inputs from agencies, (एजेंसी))",
}

DEV_SHARE = 0.4
SEED = "syndetect-credits-v1"

# ---------------------------------------------------------------------------------------------
# English (wire copy, US/UK/Asian newspaper reprints, Indian and Pakistani agency copy)
# ---------------------------------------------------------------------------------------------
EN: list[str | Neg] = [
    # datelines
    "WASHINGTON ⟦D:Associated Press|(AP)⟧ — The Senate voted 52-48 on Thursday to advance a stopgap spending"
    " bill, sending the measure to the House with little more than a day left before funding runs out.",
    "LONDON, March 3 ⟦D:Reuters|(Reuters)⟧ - British house prices rose for a third straight month"
    " in February,"
    " mortgage lender Nationwide said on Monday, as lower borrowing costs drew first-time buyers back.",
    "PARIS ⟦D:AFP|(AFP)⟧ - France's highest administrative court on Thursday suspended a decree restricting"
    " night-time deliveries in city centres, saying the government had not consulted local councils.",
    "BERLIN ⟦D:dpa|(dpa)⟧ - Germany's federal cabinet on Wednesday approved a draft law that would let rail"
    " operators bid for regional lines on ten-year contracts, the transport ministry said.",
    "NEW DELHI, Jan 5 ⟦D:PTI|(PTI)⟧ The Supreme Court on Monday sought the Centre's response on a plea"
    " challenging the new rules for appointing information commissioners.",
    "Islamabad, Jan 5 ⟦D:APP|(APP)⟧: The Federal Minister for Planning said on Monday that the"
    " government would"
    " complete 14 stalled water projects in Balochistan by June this year.",
    "ANKARA ⟦D:Anadolu|(AA)⟧ - Türkiye's annual consumer inflation eased to 31.1% in December, the Turkish"
    " Statistical Institute said on Monday.",
    "KUALA LUMPUR, 5 Jan ⟦D:Bernama|(Bernama)⟧ -- The Malaysian Meteorological Department (MetMalaysia) has"
    " issued a continuous heavy rain warning for Kelantan and Terengganu until Wednesday.",
    "Jakarta ⟦D:Antara|(ANTARA)⟧ - Indonesia's Ministry of Finance recorded a state budget deficit of 2.3"
    " percent of gross domestic product at the end of 2025, below the revised target.",
    "TOKYO, Jan. 5 ⟦D:Kyodo|(Kyodo)⟧ -- Japan's top government spokesman said Monday the country will keep"
    " pressing for the return of all abductees, as families marked another year of waiting.",
    "SEOUL, Jan. 5 ⟦D:Yonhap|(Yonhap)⟧ -- South Korea's exports rose 6.8 percent on-year in December on the"
    " back of robust chip sales, data showed Monday.",
    "MOSCOW, Jan 5 ⟦D:TASS|(TASS)⟧ - A fire at a warehouse in the Moscow Region has been fully extinguished,"
    " the regional emergencies service said on Monday. No one was hurt.",
    "MOSCOW, January 5. ⟦D:TASS|/TASS/⟧. Russia’s wheat exports in December reached 4.2 million tonnes, an"
    " analytical centre of the Agriculture Ministry said.",
    "BEIJING, Jan. 5 ⟦D:Xinhua|(Xinhua)⟧ -- China's services activity expanded at a faster pace in December,"
    " with new orders rising for the fourth month in a row, a survey showed on Monday.",
    "NEW YORK, Jan. 5, 2026 ⟦D:PR Newswire|/PRNewswire/⟧ -- Northwind Analytics, a provider of supply-chain"
    " software, today announced the appointment of Dana Whitfield as chief financial officer.",
    "SAN FRANCISCO--⟦D:Business Wire|(BUSINESS WIRE)⟧--Corvid Robotics, Inc. (NASDAQ: CRVD) today announced"
    " preliminary fourth-quarter revenue of $84.2 million, above the high end of its guidance.",
    "TORONTO, Jan. 05, 2026 ⟦D:Globe Newswire|(GLOBE NEWSWIRE)⟧ -- Larchmont Minerals Corp. (TSX-V: LMC) is"
    " pleased to report drill results from its Kettle Creek gold project in northern Ontario.",
    "WASHINGTON, Jan. 5 ⟦D:UPI|(UPI)⟧ -- The National Weather Service warned of dangerous wind chills across"
    " the northern Plains on Monday as an Arctic air mass pushed south.",
    "⟦D:Bloomberg|(Bloomberg)⟧ -- Oil held near a two-week high as traders weighed tighter supplies from the"
    " Middle East against signs of slowing demand in China.",
    "New Delhi [India], January 5 ⟦D:ANI|(ANI)⟧: The Union Minister of Road Transport said on"
    " Monday that work"
    " on the Delhi–Dehradun expressway would be completed by March.",
    "New Delhi, Jan 5 ⟦D:IANS|(IANS)⟧ The India Meteorological Department (IMD) on Monday predicted dense fog"
    " over Punjab, Haryana and western Uttar Pradesh for the next three days.",
    "MANILA, Jan. 5 ⟦D:Xinhua|(Xinhua)⟧ -- At least 11 people were killed and several others remain missing"
    " after heavy rains triggered floods in the southern Philippines, disaster officials said Monday.",
    "SYDNEY ⟦D:Reuters|(Reuters)⟧ - Australian shares closed higher on Tuesday, led by miners, as iron ore"
    " prices climbed on hopes of fresh stimulus in China.",
    f"UNITED NATIONS{NBSP}⟦D:Associated Press|(AP)⟧{NBSP}— The U.N. Security Council will hold an emergency"
    " meeting Monday on the escalating violence in eastern Congo, diplomats said.",
    "ROME, Jan 5 ⟦D:ANSA|(ANSA)⟧ - Italian police said Monday they had seized more than two tonnes of cocaine"
    " hidden in a banana shipment at the port of Gioia Tauro.",
    "⟦D:ANSA|(ANSA)⟧ - ROME, JAN 5 - Italy's transport minister said on Monday that tenders for the second"
    " stretch of the Adriatic high-speed line would open in the spring.",
    "MADRID, Jan 5 ⟦D:EFE|(EFE)⟧.- The number of registered unemployed in Spain fell by 16,700 in December,"
    " the labour ministry reported on Monday.",
    "KYIV, Ukraine ⟦D:Associated Press|(AP)⟧ — Russian drones struck energy facilities in the Odesa region"
    " overnight, Ukrainian officials said Monday, leaving tens of thousands of homes without power.",
    "ISTANBUL ⟦D:Anadolu|(AA)⟧ - Heavy snowfall forced the cancellation of dozens of flights at"
    " Istanbul's two"
    " airports on Monday, officials said.",
    "MUMBAI, Jan 5 ⟦D:Reuters|(Reuters)⟧ - The Indian rupee is likely to open little changed on Tuesday, with"
    " importers' dollar demand offsetting foreign inflows into local equities, traders said.",
    "Lahore, Jan 5 ⟦D:APP|(APP)⟧: The Punjab government on Monday extended winter vacations in all public and"
    " private schools of the province by one week due to the cold wave.",
    "JOHANNESBURG ⟦D:Bloomberg|(Bloomberg)⟧ -- South Africa’s rand weakened for a third day as investors"
    " awaited inflation data due later this week.",
    "CHICAGO, Jan. 5, 2026 ⟦D:PR Newswire|/PRNewswire/⟧ -- Redfield Health Partners today announced the"
    " opening of three new outpatient clinics in suburban Cook County.",
    "LONDON--⟦D:Business Wire|(BUSINESS WIRE)⟧--Halcyon Payments Ltd, a cross-border payments provider, today"
    " announced it has received an electronic money licence from the Financial Conduct Authority.",
    "VANCOUVER, British Columbia, Jan. 05, 2026 ⟦D:Globe Newswire|(GLOBE NEWSWIRE)⟧ -- Bluewater Lithium Inc."
    " (CSE: BWL) announces the closing of its previously announced private placement.",
    "NEW YORK, Jan. 05, 2026 ⟦D:Globe Newswire|/Globe Newswire/⟧ -- Meridian Bancorp will release its"
    " fourth-quarter results before the market opens on January 22.",
    "OSAKA, Jan. 5 ⟦D:Kyodo|(Kyodo)⟧ -- A 74-year-old man was arrested Monday on suspicion of defrauding"
    " elderly residents in a fake roof-repair scheme, police said.",
    "SEJONG, Jan. 5 ⟦D:Yonhap|(Yonhap)⟧ -- The finance ministry said Monday it will front-load 67 percent of"
    " this year's budget spending in the first half to support the economy.",
    "NAIROBI, Jan 5 ⟦D:Xinhua|(Xinhua)⟧ -- Kenya's tea export earnings rose 9 percent in 2025, supported by"
    " a weaker shilling and strong demand from Pakistan and Egypt, an industry body said Monday.",
    # two credits: dateline and sign-off of the same agency, or one agency citing another
    "GENEVA, March 3 ⟦D:Reuters|(Reuters)⟧ - The World Health Organization said on Monday it was"
    " sending extra"
    " staff to help contain a cholera outbreak, warning that funding gaps were slowing its response.\n"
    "(⟦S:Reuters|Reporting by Lena Moser; Editing by Tom Alvarez⟧)",
    "Chennai, Jan 5 ⟦D:PTI|(PTI)⟧ The Tamil Nadu government on Monday announced a Rs 1,000 Pongal cash gift"
    " for all rice ration card holders.\n⟦S:PTI|PTI SA KH⟧",
    "New Delhi, Jan 5 ⟦D:IANS|(IANS)⟧ Air India on Monday said it would add 40 weekly flights to"
    " the Gulf from"
    " February to meet rising demand.\n⟦S:IANS|--IANS⟧\nsk/dan",
    "⟦D:Bloomberg|(Bloomberg)⟧ -- Gold climbed to a record as investors sought havens amid renewed trade"
    " tensions.\n—With assistance from Kim Ahlberg.\n⟦S:Bloomberg|©2026 Bloomberg L.P.⟧",
    "KABUL ⟦D:AFP|(AFP)⟧ - Authorities have closed girls' secondary schools in two more provinces, residents"
    " said. “We were told not to come back,” a 16-year-old student ⟦A:AFP|told AFP⟧ by phone.",
    "TOKYO ⟦D:Reuters|(Reuters)⟧ - Japan's government plans to raise the minimum wage target to 1,500 yen per"
    " hour by the end of the decade, ⟦A:Kyodo|Kyodo news agency reported⟧ on Monday.",
    "SEOUL ⟦D:Reuters|(Reuters)⟧ - North Korea fired what appeared to be a ballistic missile off"
    " its east coast"
    " on Monday, ⟦A:Yonhap|Yonhap news agency reported⟧, citing South Korea's military.",
    "BEIJING ⟦D:Reuters|(Reuters)⟧ - China will expand a trade-in subsidy programme for consumer electronics,"
    " ⟦A:Xinhua|state news agency Xinhua said⟧ on Monday, citing the state planner.",
    "GAZA ⟦D:Reuters|(Reuters)⟧ - Residents said an air strike hit a school sheltering displaced families on"
    " Monday. Reuters could not independently verify the accounts.",
    # attributions
    "The company plans to cut about 1,200 jobs in Europe over the next two years, ⟦A:Reuters|according to"
    " Reuters⟧, which cited an internal memo.",
    "Shell is exploring a sale of its chemicals assets in Europe, ⟦A:Reuters|Reuters reported⟧ on Tuesday,"
    " citing three people familiar with the matter.",
    "⟦A:Reuters|Reuters reports⟧: The European Commission is preparing to open an investigation into"
    " subsidised wind turbines from China, according to two officials.",
    "Markets slid after the central bank's surprise rate hike. ⟦A:Reuters|Reuters has the story⟧:",
    "“We will not accept any deal that leaves the border open,” a senior security official ⟦A:Reuters|told"
    " Reuters⟧ on condition of anonymity.",
    "The shipment was turned back at the port of Durban on Friday, ⟦A:Associated Press|an AP report said⟧.",
    "Police arrested two suspects on Sunday in connection with the robbery, ⟦A:Associated Press|according to"
    " the Associated Press⟧.",
    "The trial was postponed until March after the defence asked for more time, ⟦A:Associated Press|The"
    " Associated Press reported⟧.",
    "⟦A:AFP|AFP reported⟧ that at least 30 fishing boats were still missing two days after the storm.",
    "Two companies are in advanced talks over an all-stock merger, ⟦A:Bloomberg|Bloomberg News reported⟧,"
    " citing people familiar with the matter.",
    "The cabinet will submit the bill to parliament next month, ⟦A:Kyodo|Kyodo News reported⟧, citing"
    " government sources.",
    "The strike left three soldiers dead, ⟦A:Anadolu|the state-run Anadolu Agency reported⟧.",
    "The two leaders discussed energy cooperation by phone, ⟦A:TASS|Russia’s TASS news agency reported⟧.",
    "The ferry service to Langkawi will resume on Wednesday, ⟦A:Bernama|national news agency Bernama"
    " reported⟧.",
    "The eruption sent an ash column 2,000 metres into the sky, ⟦A:Antara|Antara news agency reported⟧.",
    "The driver had been travelling at more than 200 km/h, ⟦A:dpa|German news agency dpa reported⟧, citing"
    " police.",
    "Firefighters worked through the night to contain the blaze near Palermo, ⟦A:ANSA|Italy’s ANSA news"
    " agency reported⟧.",
    "The rescued migrants were taken to a reception centre in Arguineguín, ⟦A:EFE|Spanish news agency EFE"
    " reported⟧.",
    "“The work will be completed before the monsoon,” the official ⟦A:PTI|told PTI⟧.",
    "“We have asked for a detailed report,” the minister ⟦A:ANI|told news agency ANI⟧.",
    "The talks were held in a cordial atmosphere, ⟦A:APP|the state-run Associated Press of Pakistan"
    " reported⟧.",
    "The fire broke out in the engine room shortly after midnight, ⟦C:Reuters|Reuters⟧ and ⟦C:AFP|AFP⟧"
    " reported, citing the coast guard.",
    "The final decision rests with the party’s parliamentary board, sources ⟦A:IANS|told IANS⟧.",
    "Spain's government will extend the public transport discounts until June, ⟦A:Europa Press|Europa Press"
    " reported⟧, citing ministry sources.",
    "The storm system could bring up to two feet of snow to parts of Minnesota, ⟦A:UPI|UPI reported⟧.",
    # sign-offs
    "The ceasefire is due to take effect at midnight local time, both sides said.\n\n"
    "(⟦S:Reuters|Reporting by Samir Haddad in Beirut; Editing by Clare Hollis⟧)",
    "The chipmaker's shares rose 4% in after-hours trading.\n"
    "⟦S:Reuters|Reporting by Priya Nair in Bengaluru; Additional reporting by Kenji Mori in Tokyo; Editing by"
    " Sonia Leclerc⟧",
    "Opposition lawmakers walked out of the chamber before the vote.\n(⟦S:Reuters|Writing by Omar Fayed;"
    " Editing by Helen Ridge⟧)",
    "The bodies of the two climbers were recovered on Sunday, police said.\n⟦S:Reuters|— Reuters⟧",
    "The government has denied the allegations. ⟦S:AFP|— AFP⟧",
    "Both teams will meet again in the return leg next week.⟦S:AFP|—AFP⟧",
    "The museum will reopen to visitors in the spring.\n\n⟦S:Associated Press|Associated Press writer Mae"
    " Lindqvist in Stockholm contributed to this report.⟧",
    "The bridge is expected to reduce travel time between the two towns to 20 minutes.\n"
    "(⟦S:PTI|With inputs from PTI⟧)",
    "The state government has announced compensation of Rs 4 lakh for the families of the deceased."
    " (⟦S:ANI|With inputs from ANI⟧)",
    "The ministry said the new rules would come into force on March 1. ⟦S:Bernama|-- BERNAMA⟧",
    "Authorities said the cause of the crash was under investigation.\n\n⟦S:Associated Press|Copyright 2026"
    " The Associated Press⟧. All rights reserved. This material may not be published, broadcast, rewritten"
    " or redistributed without permission.",
    "The two sides agreed to hold the next round of talks in Nairobi.\n⟦S:Xinhua|— Xinhua⟧",
    "Police said the man was known to authorities and had been released on bail last year."
    " ⟦S:Associated Press|With files from The Associated Press⟧",
    "Trading volumes were thin ahead of the holiday weekend. ⟦S:Reuters|- Reuters⟧",
    # bylines
    "⟦B:Reuters|By Reuters⟧\nJanuary 5, 2026\nThe U.S. dollar edged higher on Monday as traders"
    " trimmed bets on"
    " a rate cut in March.",
    "⟦B:Associated Press|Associated Press⟧ in Washington\nThe Supreme Court agreed on Monday to hear a"
    " challenge to a state law restricting social media accounts for minors.",
    "⟦B:AFP|Agence France-Presse⟧ in Nairobi\nAt least 17 people have died in flash floods in central Kenya,"
    " the Red Cross said.",
    "⟦B:Bloomberg|By Bloomberg News⟧\nJanuary 5, 2026 at 3:12 AM GMT+8\nChina's central bank kept its"
    " benchmark lending rates unchanged for a sixth month.",
    "⟦B:AFP|By AFP⟧ | Published January 5, 2026\nThousands of people marched in Buenos Aires against cuts to"
    " university funding.",
    # inline and combined credits
    "In Kenya, floods displaced more than 40,000 people in the Tana River basin ⟦I:AFP|(AFP)⟧. In Sudan, aid"
    " groups warned of famine conditions in North Darfur ⟦I:Reuters|(Reuters)⟧.",
    "Kathmandu: A magnitude 6.1 earthquake struck western Nepal early on Monday, officials said. At least"
    " nine people were injured. — ⟦C:AFP|AFP⟧/⟦C:Reuters|Reuters⟧",
    "Officials said the fire began in a kitchen on the third floor and spread quickly through the building."
    " ⟦I:Associated Press|— with AP⟧",
    "By Sarah Okafor ⟦I:Associated Press|with AP⟧\nA freight train derailed near the Ohio–Pennsylvania line"
    " on Sunday, prompting the evacuation of about 200 homes.",
    "World briefing: Hungary's parliament approved a new media law on Tuesday ⟦I:dpa|(dpa)⟧. Separately,"
    " Poland said it would buy 96 more attack helicopters ⟦I:Reuters|(Reuters)⟧.",
    "Dhaka: Garment workers blocked a highway for a second day demanding unpaid wages"
    " (⟦C:AFP|AFP⟧/⟦C:Reuters|Reuters⟧).",
    "Asia roundup: Japan's cabinet approved a record defence budget on Friday ⟦I:Kyodo|(Kyodo)⟧, while"
    " South Korea's central bank held its key rate at 2.5 percent ⟦I:Yonhap|(Yonhap)⟧.",
    "Kyiv said it had shot down 40 drones overnight ⟦I:AFP|(AFP)⟧, and Moscow reported attacks on two"
    " refineries in the Samara region ⟦I:TASS|(TASS)⟧.",
    "PORTLAND, Ore., Jan. 5 ⟦D:UPI|(UPI)⟧ -- A winter storm dumped ice across the Willamette Valley on"
    " Monday, knocking out power to more than 90,000 customers.",
    "“It is the worst fire season we have seen in a decade,” the park ranger ⟦A:UPI|told UPI⟧.",
    "AUSTIN, Texas, Jan. 05, 2026 ⟦D:Globe Newswire|(GLOBE NEWSWIRE)⟧ -- Tallgrass Software, Inc. today"
    " announced general availability of its cloud security platform.",
    "Hyderabad, Jan 5 ⟦D:PTI|(PTI)⟧ The AP government on Monday approved a Rs 2,400 crore plan to upgrade"
    " district hospitals, a senior official said.",
    "Peshawar, Jan 5 ⟦D:APP|(APP)⟧: The provincial assembly on Monday passed a resolution on water rights."
    " PTI lawmakers boycotted the session.",
    "Srinagar [India], January 5 ⟦D:ANI|(ANI)⟧: Fresh snowfall in Gulmarg and Sonamarg drew a large number"
    " of tourists over the weekend, officials said.",
    "Rescue teams pulled three survivors from the rubble on Sunday. (Photo: AFP)\nThe death toll has risen"
    " to 27, the disaster agency said. ⟦S:AFP|— AFP⟧",
    "⟦B:Associated Press|By The Associated Press⟧\nA judge on Monday blocked a new state law requiring age"
    " checks on social media apps.",
    # negatives: the agency as subject
    N("subject", "Two Reuters journalists who were detained in Myanmar while reporting on a massacre were"
      " freed after more than 500 days in prison."),
    N("subject", "The AP Stylebook recommends spelling out numbers below 10 and using figures for 10 and"
      " above."),
    N("subject", "An AFP photographer was injured by shrapnel on Tuesday while covering clashes in the south,"
      " the agency said."),
    N("subject", "Thomson Reuters shares rose 3% in early trading after the company raised its full-year"
      " organic revenue forecast."),
    N("subject", "The Reuters Institute’s Digital News Report found that fewer than half of respondents trust"
      " most news most of the time."),
    N("subject", "The Associated Press was barred from the Oval Office after the agency declined to change"
      " its style guidance."),
    N("subject", "Bernama’s chairman said the agency would launch a new English-language television channel"
      " later this year."),
    N("subject", "Kyodo News, which has bureaus across Asia, marked its 80th anniversary with an"
      " exhibition in Tokyo."),
    N("subject", "Opposition lawmakers have proposed cutting the government subsidy paid to Yonhap News"
      " Agency."),
    N("subject", "Berkshire Hathaway bought Business Wire in 2006."),
    N("subject", "Cision, which owns PR Newswire, is weighing a sale of its European monitoring unit."),
    N("subject", "GlobeNewswire says it distributes thousands of press releases a month for listed"
      " companies."),
    N("subject", "United Press International was formed in 1958 from the merger of United Press and the"
      " International News Service."),
    N("subject", "Traders stared at their Bloomberg terminals as the yield on the 10-year note"
      " jumped 15 basis points."),
    N("subject", "A Xinhua correspondent was among the journalists admitted to the closed hearing, court"
      " officials said."),
    # homonyms
    N("homonym", "The AP Chief Minister met the Union Finance Minister in New Delhi to seek funds for the"
      " Polavaram irrigation project."),
    N("homonym", "Students who score a 4 or 5 on the AP Calculus BC exam can earn college credit at most"
      " universities."),
    N("homonym", "The remote takes two AA batteries, which are included in the box."),
    N("homonym", "The bonds were rated AA by S&P Global, reflecting the city's strong reserves."),
    N("homonym", "UPI payments crossed 20 billion transactions in a single month for the first time, NPCI"
      " data showed."),
    N("homonym", "Ani, a 34-year-old nurse from Yerevan, said she had waited three hours at the border"
      " crossing."),
    N("homonym", "ANI Pharmaceuticals said it had received approval to market a generic version of the"
      " drug."),
    N("homonym", "Asia Pulp & Paper (APP) said it had met its zero-deforestation commitments across its"
      " suppliers in Sumatra."),
    N("homonym", "Users complained that the banking app crashed for several hours during the outage."),
    N("homonym", "Former New York mayor Michael Bloomberg pledged $500 million through Bloomberg"
      " Philanthropies to close coal plants."),
    N("homonym", "The new metro station on Xinhua Road in Shanghai's Changning district opened to passengers"
      " on Saturday."),
    N("homonym", "ANSA McAL reported a rise in after-tax profit, driven by its manufacturing and beverage"
      " segments."),
    N("homonym", "The bank entered into a deferred prosecution agreement (DPA) with the Serious Fraud Office"
      " and agreed to pay £40 million."),
    N("homonym", "The Hamburg DPA fined the retailer for keeping detailed records of employees' sick leave."),
    N("homonym", "AP Moller-Maersk shares fell 4% after the shipping group warned of lower freight rates."),
    N("homonym", "The Australian Federal Police (AFP) charged a 42-year-old man with importing 300 kg of"
      " methamphetamine."),
    N("homonym", "Armed Forces of the Philippines (AFP) spokesperson said troops clashed with rebels in"
      " Negros Oriental. The AFP said in a statement that two soldiers were wounded."),
    N("homonym", "PTI leaders announced a fresh protest in Islamabad, saying the party chairman had been"
      " denied access to his lawyers."),
    N("homonym", "Anadolu Efes beat Real Madrid 84-79 in the EuroLeague on Thursday night."),
    N("homonym", "Punjabi singer AP Dhillon will perform in Mumbai and Delhi in March."),
    N("word", "DEFENCE MINISTER VISITS BORDER POSTS AHEAD OF WINTER"),
    # photos, URLs, lists, unverified, polls, generic
    N("photo", "Firefighters battle a blaze in Altadena, California, on Wednesday. (Photo: AFP)"),
    N("photo", "A man walks past a damaged building in Kharkiv, Ukraine, January 5, 2026. REUTERS/Oleh"
      " Petrenko"),
    N("photo", "Demonstrators gather outside parliament in Nairobi on Tuesday. (AP Photo/Daniel Otieno)"),
    N("photo", "People visit a temple fair in Beijing, capital of China, Jan. 5, 2026. (Xinhua/Wang Peng)"),
    N("photo", "Rescue workers search the rubble in Antakya. Photo: Anadolu Agency via Getty Images"),
    N("url", "Readers can find the full interactive map at reuters.com/world."),
    N("url", "Requests for interviews should be sent to press@afp.com."),
    N("url", "Full coverage: https://apnews.com/hub/election-2026"),
    N("list", "The interview was granted to a small group of outlets including Reuters, AFP, Bloomberg and"
      " The Associated Press."),
    N("unverified", "Reuters could not independently verify the footage, which was shared on social media"
      " on Sunday."),
    N("unverified", "The Associated Press was unable to confirm the casualty figures independently."),
    N("poll", "A Reuters/Ipsos poll found that 41% of Americans approve of the way Congress is handling the"
      " economy."),
    N("generic", "The bridge will be opened to traffic next month, officials said. (With inputs from"
      " agencies)"),
]

# ---------------------------------------------------------------------------------------------
# Spanish
# ---------------------------------------------------------------------------------------------
ES: list[str | Neg] = [
    "Madrid, 5 ene ⟦D:EFE|(EFE)⟧.- El Gobierno aprobó este lunes en Consejo de Ministros el anteproyecto de"
    " ley de familias, que amplía los permisos por cuidado de hijos hasta los ocho años.",
    "Bogotá, 3 feb ⟦D:EFE|(EFE)⟧.- Al menos cinco personas murieron por un deslizamiento de tierra en el"
    " departamento de Antioquia, informaron las autoridades locales.",
    "Buenos Aires, 12 mar ⟦D:EFE|(EFE)⟧.- La inflación en Argentina se desaceleró en febrero por cuarto mes"
    " consecutivo, según datos oficiales divulgados este miércoles.",
    f"Caracas, 5 ene{NBSP}⟦D:EFE|(EFE)⟧.- La oposición venezolana convocó a una marcha para el próximo"
    " sábado en varias ciudades del país.",
    "MADRID, 5 Ene. ⟦D:Europa Press|(EUROPA PRESS)⟧ - El número de afiliados a la Seguridad Social subió en"
    " diciembre hasta superar los 21,8 millones, según los datos publicados este lunes.",
    "Madrid, 5 ene ⟦D:Europa Press|(EUROPA PRESS)⟧ - La Agencia Estatal de Meteorología (Aemet) ha activado"
    " avisos por nieve en once comunidades autónomas para este martes.",
    "SEVILLA, 5 Ene. ⟦D:Europa Press|(EUROPA PRESS)⟧ - El Ayuntamiento ha adjudicado las obras de reforma"
    " del mercado de abastos de Triana por 3,2 millones de euros.",
    "CIUDAD DE MÉXICO ⟦D:Associated Press|(AP)⟧ — Las autoridades mexicanas rescataron a 48 migrantes que"
    " viajaban hacinados en la caja de un tráiler en el estado de Veracruz.",
    "París, 5 ene 2026 ⟦D:AFP|(AFP)⟧ - El gobierno francés anunció este lunes un plan de ayudas para los"
    " agricultores afectados por las inundaciones del otoño.",
    "WASHINGTON, 5 ene ⟦D:Reuters|(Reuters)⟧ - El déficit comercial de Estados Unidos se redujo en noviembre"
    " por la caída de las importaciones de bienes de consumo.",
    "Lima, 20 jun ⟦D:Xinhua|(Xinhua)⟧ -- El Banco Central de Reserva del Perú mantuvo su tasa de referencia"
    " en 4,5 por ciento, informó hoy la entidad.",
    "CIUDAD DE MÉXICO, 5 de enero de 2026 ⟦D:PR Newswire|/PRNewswire/⟧ -- Grupo Solana anunció hoy la"
    " apertura de su nuevo centro logístico en Querétaro.",
    "MIAMI, 5 de enero de 2026 ⟦D:PR Newswire|/PRNewswire-HISPANIC PR WIRE/⟧ -- La cadena de clínicas"
    " dentales Sonríe+ abrirá quince sucursales en Florida este año.",
    "MADRID--⟦D:Business Wire|(BUSINESS WIRE)⟧--Iberlog Systems, proveedor de software de gestión de flotas,"
    " anunció hoy un acuerdo de distribución con un operador portugués.",
    "Ginebra, 5 ene ⟦D:EFE|(EFE)⟧.- La Organización Mundial de la Salud (OMS) alertó este lunes de un aumento"
    " de casos de sarampión en Europa. (⟦S:EFE|EFE⟧)",
    # attributions
    "El terremoto, de magnitud 5,8, se sintió en varias provincias del norte, ⟦A:EFE|según informó EFE⟧.",
    "Los rescatistas hallaron con vida a dos mineros, ⟦A:EFE|según la agencia EFE⟧.",
    "El Ejecutivo prevé aprobar la reforma antes del verano, ⟦A:Europa Press|según han informado a Europa"
    " Press⟧ fuentes del Ministerio de Hacienda.",
    "El acusado se negó a declarar ante la jueza, ⟦A:Europa Press|según recoge Europa Press⟧.",
    "La compañía despedirá a unos 3.000 empleados en todo el mundo, ⟦A:Reuters|informó la agencia"
    " Reuters⟧.",
    "Al menos 20 personas murieron en el ataque, ⟦A:AFP|según reportó AFP⟧ citando fuentes médicas.",
    "“No vamos a retroceder”, ⟦A:Reuters|dijo a Reuters⟧ un alto funcionario que pidió el anonimato.",
    "“Perdimos toda la cosecha”, ⟦A:AFP|declaró a la AFP⟧ un agricultor de 62 años.",
    "“Todavía no sabemos cuántas casas se perdieron”, ⟦A:Associated Press|dijo a The Associated Press⟧ el"
    " alcalde del municipio.",
    "La nave aterrizó sin incidentes en Mongolia Interior, ⟦A:Xinhua|informó la agencia estatal Xinhua⟧.",
    "El tren de alta velocidad estuvo detenido más de tres horas, ⟦A:dpa|según la agencia de noticias"
    " dpa⟧.",
    "La fiscalía turca ordenó la detención de 35 sospechosos, ⟦A:Anadolu|según la agencia Anadolu⟧.",
    "La empresa estudia salir a bolsa en Nueva York, ⟦A:Bloomberg|según publicó Bloomberg⟧ citando a"
    " personas familiarizadas con la operación.",
    "El papa recibirá al presidente argentino en febrero, ⟦A:ANSA|según la agencia italiana ANSA⟧.",
    # sign-offs, bylines, combined
    "Las clases se reanudarán el lunes en todas las escuelas de la provincia.\n(⟦S:EFE|Con información de"
    " EFE⟧)",
    "El gobierno decretó tres días de duelo nacional. Con información de ⟦C:Reuters|Reuters⟧ y"
    " ⟦C:AFP|AFP⟧.",
    "La policía detuvo a dos sospechosos en la frontera con Guatemala.\n⟦S:EFE|Fuente: EFE⟧",
    "La votación se repetirá el próximo domingo en las mesas afectadas. ⟦S:AFP|— AFP⟧",
    "Resumen del día: el Congreso aprobó la ley de vivienda ⟦I:Europa Press|(Europa Press)⟧. En Portugal,"
    " el primer ministro presentó su dimisión ⟦I:EFE|(EFE)⟧.",
    "⟦B:AFP|Por AFP⟧\n5 de enero de 2026\nMiles de personas marcharon en Santiago para exigir mejoras en el"
    " sistema de pensiones.",
    "⟦B:EFE|Agencia EFE⟧ | Quito\nEl volcán Sangay registró una nueva explosión este lunes, informó el"
    " Instituto Geofísico.",
    "⟦B:Europa Press|Europa Press⟧ | Madrid\nEl Congreso celebrará el debate de totalidad de los"
    " presupuestos la próxima semana.",
    # negatives
    N("photo", "Vista del Congreso de los Diputados, este martes en Madrid. EFE/ Javier Mariscal"),
    N("photo", "Manifestantes en el centro de Santiago. Foto: AFP"),
    N("photo", "Dos policías vigilan la plaza de Mayo. Fotografía: Reuters / Martín Duarte"),
    N("subject", "La FundéuRAE, promovida por la Agencia EFE y la Real Academia Española, recomienda"
      " escribir «wifi» en minúscula y sin guion."),
    N("subject", "La agencia Europa Press celebró el lunes un encuentro con directivos de medios en"
      " Madrid."),
    N("subject", "La agencia Reuters anunció el cierre de su oficina en Caracas por razones de seguridad."),
    N("list", "Periodistas de EFE, AFP y Reuters fueron retenidos durante varias horas en el aeropuerto."),
    N("unverified", "EFE no pudo verificar de forma independiente las cifras difundidas por el grupo"
      " armado."),
    N("word", "EFEMÉRIDES: un 5 de enero de 1914 nació en Gijón el escritor y periodista"),
    N("word", "EL EFECTO DE LA SEQUÍA EN EL CAMPO ANDALUZ"),
    N("url", "Más información en www.efe.com y en el canal de WhatsApp de la agencia."),
    N("homonym", "La fundación Bloomberg Philanthropies donó 20 millones de dólares para programas de"
      " seguridad vial en América Latina."),
    N("homonym", "Los conductores pueden pagar el peaje con la app del ayuntamiento."),
    N("generic", "El ministro visitará la zona afectada el jueves. (Con información de agencias)"),
]

# ---------------------------------------------------------------------------------------------
# French
# ---------------------------------------------------------------------------------------------
FR: list[str | Neg] = [
    "Paris ⟦D:AFP|(AFP)⟧ - Le gouvernement a présenté lundi en Conseil des ministres un projet de loi visant"
    " à simplifier les démarches des petites entreprises.",
    "Bruxelles ⟦D:AFP|(AFP)⟧ - La Commission européenne a proposé mardi de prolonger d'un an les mesures de"
    " protection temporaire accordées aux réfugiés ukrainiens.",
    "Dakar ⟦D:AFP|(AFP)⟧ – Au moins 14 personnes ont péri dans le chavirement d'une pirogue au large de"
    " Mbour, selon un bilan provisoire des autorités.",
    f"Montréal{NBSP}⟦D:AFP|(AFP)⟧{NBSP}- Les enseignants du primaire ont entamé lundi une grève de trois"
    " jours pour réclamer des classes moins chargées.",
    "PARIS, 5 janvier ⟦D:Reuters|(Reuters)⟧ - L'inflation en France a ralenti à 1,1% sur un an en décembre,"
    " selon une première estimation publiée lundi par l'Insee.",
    "PARIS, 5 janvier 2026 ⟦D:PR Newswire|/PRNewswire/⟧ -- Lumivia, spécialiste de l'éclairage urbain"
    " connecté, annonce l'acquisition de la société lyonnaise Photonix.",
    "PARIS--⟦D:Business Wire|(BUSINESS WIRE)⟧--Arcadis Santé annonce aujourd'hui l'ouverture d'un centre"
    " de recherche à Grenoble.",
    "MONTRÉAL, 05 janv. 2026 ⟦D:Globe Newswire|(GLOBE NEWSWIRE)⟧ -- Boréal Énergie inc. annonce la clôture"
    " d'un financement de 12 millions de dollars.",
    "Pékin, 5 janvier ⟦D:Xinhua|(Xinhua)⟧ -- La Chine a lancé lundi avec succès un nouveau satellite"
    " d'observation de la Terre depuis le centre de Jiuquan.",
    # attributions
    "Le navire a été arraisonné dans la nuit au large de la Libye, ⟦A:AFP|selon l'AFP⟧.",
    "« Nous n'avons plus rien », ⟦A:AFP|a déclaré à l'AFP⟧ une habitante de 70 ans dont la maison a été"
    " emportée par les eaux.",
    "L'incendie a été maîtrisé en début de soirée, ⟦A:AFP|a indiqué l'AFP⟧ citant la préfecture.",
    "Le groupe envisage de supprimer 800 postes en Europe, ⟦A:Reuters|rapporte l'agence Reuters⟧.",
    "Le constructeur a suspendu la production dans deux usines, ⟦A:dpa|selon l'agence de presse"
    " allemande dpa⟧.",
    "Le sommet se tiendra à Pékin au printemps, ⟦A:Xinhua|selon l'agence officielle Chine nouvelle⟧.",
    "Au moins 12 soldats ont été tués, ⟦A:Anadolu|a rapporté l'agence turque Anadolu⟧.",
    "Le gouvernement prépare un plan de relance de la natalité, ⟦A:Kyodo|selon l'agence Kyodo⟧.",
    "Le tir a été détecté vers 7h30 heure locale, ⟦A:Yonhap|selon l'agence sud-coréenne Yonhap⟧.",
    "Le Kremlin a démenti toute rencontre prévue, ⟦A:TASS|a indiqué l'agence Tass⟧.",
    "Le rachat valoriserait l'entreprise à 4 milliards de dollars, ⟦A:Bloomberg|selon Bloomberg⟧.",
    "Quatre personnes ont été interpellées, ⟦A:Associated Press|selon l'Associated Press⟧.",
    "Le pape a reçu le président ukrainien au Vatican, ⟦A:ANSA|rapporte l'agence italienne Ansa⟧.",
    # sign-offs, combined
    "Le procès doit reprendre le 12 février devant la cour d'assises.\nLe Monde ⟦S:AFP|avec AFP⟧",
    "Les secours ont retrouvé les deux randonneurs sains et saufs. (⟦S:AFP|avec AFP⟧)",
    "La frontière devrait rouvrir d'ici à la fin de la semaine. ⟦S:Reuters|Avec Reuters⟧",
    "Le scrutin a été reporté sine die. Avec ⟦C:AFP|AFP⟧ et ⟦C:Reuters|Reuters⟧",
    "Plusieurs vols ont été annulés à l'aéroport de Roissy. (⟦C:AFP|AFP⟧/⟦C:Reuters|Reuters⟧)",
    "Dakar ⟦D:AFP|(AFP)⟧ - Le président sénégalais a limogé lundi son ministre de l'Intérieur.\n"
    "⟦S:AFP|© 2026 AFP⟧",
    # negatives
    N("photo", "Des manifestants devant l'Assemblée nationale, à Paris, le 5 janvier 2026. (Photo by Julien"
      " DUPONT / AFP)"),
    N("photo", "Le port de Marseille sous la neige. Photo : AFP"),
    N("subject", "Les journalistes de l'AFP ont voté une motion de défiance contre la direction."),
    N("subject", "L'AFP, fondée en 1944, emploie quelque 1 700 journalistes dans le monde."),
    N("list", "Les agences AFP, Reuters et AP ont été exclues du pool de presse présidentiel."),
    N("unverified", "L'AFP n'a pas été en mesure de vérifier de manière indépendante ces images."),
    N("url", "Pour toute demande : presse@afp.com"),
    N("homonym", "La police fédérale australienne (AFP) a saisi 300 kg de méthamphétamine dans le port de"
      " Sydney."),
    N("subject", "Reuters a annoncé la nomination d'un nouveau rédacteur en chef pour l'Europe."),
    N("homonym", "L'application (app) de la SNCF a connu une panne géante lundi matin."),
    N("subject", "L'agence Chine nouvelle a ouvert un nouveau bureau à Abidjan."),
]

# ---------------------------------------------------------------------------------------------
# German
# ---------------------------------------------------------------------------------------------
DE: list[str | Neg] = [
    "Berlin ⟦D:dpa|(dpa)⟧ - Die Bundesregierung will die Planungsverfahren für neue Stromleitungen deutlich"
    " verkürzen. Das Kabinett billigte am Mittwoch einen entsprechenden Gesetzentwurf.",
    "Düsseldorf ⟦D:dpa|(dpa/lnw)⟧ - Nach einem Brand in einem Mehrfamilienhaus in Düsseldorf-Bilk sind drei"
    " Menschen verletzt worden.",
    "München ⟦D:dpa|(dpa/lby)⟧ - Wegen Glätte ist es auf der A9 bei Ingolstadt zu mehreren Unfällen"
    " gekommen.",
    f"Hamburg{NBSP}⟦D:dpa|(dpa/lno)⟧{NBSP}- Der Hamburger Hafen hat im vergangenen Jahr mehr Container"
    " umgeschlagen als im Vorjahr.",
    "Berlin ⟦D:AFP|(AFP)⟧ - Die Zahl der Asylanträge in Deutschland ist im vergangenen Jahr deutlich"
    " gesunken.",
    "Frankfurt/Main ⟦D:Reuters|(Reuters)⟧ - Die Europäische Zentralbank dürfte ihre Leitzinsen nach Ansicht"
    " von Ökonomen vorerst unverändert lassen.",
    "Washington ⟦D:dpa|(dpa)⟧ - Der US-Senat hat einen Übergangshaushalt beschlossen und damit einen"
    " Stillstand der Regierungsgeschäfte vorerst abgewendet.",
    "MÜNCHEN--⟦D:Business Wire|(BUSINESS WIRE)⟧--Die Alpina Data GmbH gab heute die Eröffnung eines neuen"
    " Rechenzentrums in Garching bekannt.",
    "FRANKFURT, 5. Januar 2026 ⟦D:PR Newswire|/PRNewswire/⟧ -- Die Nordwerk AG hat ihre Prognose für das"
    " Geschäftsjahr 2025 bestätigt.",
    # attributions
    "Der Angeklagte habe die Tat gestanden, ⟦A:dpa|berichtet die Deutsche Presse-Agentur (dpa)⟧.",
    "Die Autobahn bleibt bis Montag gesperrt, ⟦A:dpa|wie dpa meldet⟧.",
    "Die Koalition will das Gesetz noch vor der Sommerpause verabschieden, ⟦A:dpa|wie die Deutsche"
    " Presse-Agentur aus Koalitionskreisen erfuhr⟧.",
    "„Wir rechnen mit weiteren Verzögerungen“, ⟦A:dpa|sagte der Sprecher der Deutschen Presse-Agentur⟧.",
    "Der Konzern prüft den Verkauf seiner Chemiesparte, ⟦A:Reuters|berichtete die Nachrichtenagentur"
    " Reuters⟧ unter Berufung auf Insider.",
    "Bei dem Anschlag seien mindestens zwölf Menschen getötet worden, ⟦A:AFP|meldete die Nachrichtenagentur"
    " AFP⟧.",
    "Die Rakete sei ins Japanische Meer gestürzt, ⟦A:Yonhap|meldet die Nachrichtenagentur Yonhap⟧.",
    "Das Treffen finde im Frühjahr in Peking statt, ⟦A:Xinhua|berichtete die staatliche Nachrichtenagentur"
    " Xinhua⟧.",
    "Der Kreml wies die Vorwürfe zurück, ⟦A:TASS|meldete die Agentur Tass⟧.",
    "⟦A:Anadolu|Nach Angaben der Nachrichtenagentur Anadolu⟧ wurden in Istanbul 35 Verdächtige"
    " festgenommen.",
    "Der Fonds erwäge einen Börsengang in New York, ⟦A:Bloomberg|wie die Finanznachrichtenagentur"
    " Bloomberg berichtete⟧.",
    "Das Schiff mit 200 Migranten an Bord legte in Lampedusa an, ⟦A:ANSA|berichtete die italienische"
    " Nachrichtenagentur Ansa⟧.",
    # sign-offs, combined
    "Die Polizei sucht weiter nach Zeugen. ⟦S:dpa|dpa⟧",
    "Kurz gemeldet: In Bayern bleiben wegen Glatteis viele Schulen geschlossen ⟦I:dpa|(dpa)⟧. In Wien"
    " hat die Regierung ein Sparpaket vorgelegt ⟦I:AFP|(AFP)⟧.",
    "Der Prozess wird am Donnerstag fortgesetzt. lmb/⟦C:dpa|dpa⟧/⟦C:AFP|AFP⟧",
    "Die Verhandlungen sollen in der kommenden Woche weitergehen. (sal/⟦S:Reuters|Reuters⟧)",
    "Die Bahn rechnet mit Einschränkungen bis zum Abend. Mit Material von ⟦C:dpa|dpa⟧ und"
    " ⟦C:AFP|AFP⟧",
    "Berlin ⟦D:dpa|(dpa)⟧ - Die Zahl der Erwerbstätigen in Deutschland hat 2025 einen neuen Höchststand"
    " erreicht.\n⟦S:dpa|© dpa-infocom, dpa:260105-930-483921/1⟧",
    # negatives
    N("photo", "Einsatzkräfte der Feuerwehr am Unglücksort. Foto: Jonas Weber/dpa"),
    N("photo", "Blick auf den Reichstag im Schnee. Bild: picture alliance/dpa | Lena Hoffmann"),
    N("subject", "Die dpa feierte 2024 ihr 75-jähriges Bestehen mit einem Festakt in Hamburg."),
    N("subject", "Der dpa-Chefredakteur sprach sich bei einer Podiumsdiskussion für mehr"
      " Faktenprüfung aus."),
    N("homonym", "Das Fritz-Reuter-Literaturmuseum in Reuterstadt Stavenhagen zeigt eine neue"
      " Ausstellung."),
    N("list", "Journalisten von dpa, AFP, Reuters und AP durften an der Pressekonferenz nicht"
      " teilnehmen."),
    N("unverified", "Die Angaben ließen sich zunächst nicht unabhängig überprüfen, auch Reuters konnte sie"
      " nicht bestätigen."),
    N("url", "Weitere Informationen unter www.dpa.com/de/kontakt"),
    N("subject", "Thomson Reuters hat seinen Umsatzausblick für das laufende Jahr angehoben."),
    N("homonym", "Die neue App der Deutschen Bahn zeigt Verspätungen jetzt in Echtzeit an."),
    N("word", "Das Referendum über die Verfassungsreform findet im Herbst statt."),
]

# ---------------------------------------------------------------------------------------------
# Italian
# ---------------------------------------------------------------------------------------------
IT: list[str | Neg] = [
    "⟦D:ANSA|(ANSA)⟧ - ROMA, 05 GEN - Il Consiglio dei ministri ha approvato in via preliminare il decreto"
    " sulle semplificazioni per le imprese.",
    "⟦D:ANSA|(ANSA)⟧ - MILANO, 12 MAR - Chiusura in rialzo per Piazza Affari, trainata dai titoli bancari.",
    "ROMA, 5 GEN - ⟦D:ANSA|(ANSA)⟧ - Nevicate fino a quote collinari sono attese nelle prossime ore sulle"
    " regioni adriatiche.",
    "⟦D:ANSA|(ANSA)⟧ - NAPOLI, 05 GEN - Un uomo di 45 anni è stato arrestato dai carabinieri a Pozzuoli per"
    " estorsione.\n⟦S:ANSA|RIPRODUZIONE RISERVATA © Copyright ANSA⟧",
    "⟦D:ANSA|(ANSA)⟧ - TORINO, 5 GEN - Lo stabilimento di Mirafiori resterà fermo per due settimane a"
    " febbraio, ha comunicato l'azienda ai sindacati.",
    "(⟦C:ANSA|ANSA⟧-⟦C:AFP|AFP⟧) - PARIGI, 5 GEN - Il governo francese ha annunciato un piano di aiuti"
    " per gli agricoltori colpiti dalle alluvioni.",
    "(⟦C:ANSA|ANSA⟧-⟦C:Reuters|REUTERS⟧) - LONDRA, 5 GEN - La Banca d'Inghilterra ha lasciato invariati i"
    " tassi di interesse.",
    # attributions
    "Le scosse sono state avvertite distintamente dalla popolazione, ⟦A:ANSA|riferisce l'ANSA⟧.",
    "Il traghetto è rientrato in porto per un guasto al motore, ⟦A:ANSA|secondo l'ANSA⟧.",
    "Ieri sera un'auto è finita nel Naviglio a Milano ⟦I:ANSA|(ANSA)⟧. Il conducente è stato soccorso e"
    " trasportato in ospedale.",
    "«Non ci fermeremo finché non avremo risposte», ⟦A:ANSA|ha detto all'ANSA⟧ il sindaco del comune.",
    "La compagnia prevede di tagliare 1.500 posti di lavoro, ⟦A:Reuters|come riporta l'agenzia Reuters⟧.",
    "L'autostrada resterà chiusa fino a lunedì, ⟦A:dpa|riferisce l'agenzia Dpa⟧.",
    "Almeno venti persone sono morte nell'attacco, ⟦A:AFP|secondo quanto riferisce l'Afp⟧.",
    "Il vertice si terrà a Pechino in primavera, ⟦A:Xinhua|riporta l'agenzia Nuova Cina⟧.",
    "Il fondo starebbe valutando la quotazione a New York, ⟦A:Bloomberg|scrive Bloomberg⟧.",
    "La polizia turca ha fermato 35 sospetti, ⟦A:Anadolu|secondo l'agenzia di stampa turca Anadolu⟧.",
    "Il Cremlino ha smentito ogni incontro, ⟦A:TASS|riferisce la Tass⟧.",
    "Le scuole resteranno chiuse fino a mercoledì, ⟦A:EFE|secondo l'agenzia spagnola Efe⟧.",
    "Quattro persone sono state arrestate, ⟦A:Associated Press|riporta l'Ap⟧.",
    # negatives
    N("word", "La piena ha invaso l'ansa del Tevere all'altezza di Ponte Milvio."),
    N("word", "Nell'ansa del Po a Boretto è tornata la secca."),
    N("photo", "Il presidente della Repubblica durante la cerimonia al Quirinale. ANSA/MARCO ROSSI"),
    N("photo", "Turisti in piazza San Marco sotto la pioggia (foto ANSA)"),
    N("subject", "L'ANSA ha compiuto 80 anni: una mostra a Roma ne ripercorre la storia."),
    N("url", "Tutti gli aggiornamenti su www.ansa.it"),
    N("list", "Alla conferenza stampa erano presenti giornalisti di Ansa, Reuters e Afp."),
    N("homonym", "Per prenotare la visita basta scaricare l'app dell'azienda sanitaria."),
    N("unverified", "L'ANSA non ha potuto verificare in modo indipendente le immagini diffuse in rete."),
    N("subject", "Il direttore dell'Ansa ha incontrato i rappresentanti del sindacato dei giornalisti."),
]

# ---------------------------------------------------------------------------------------------
# Portuguese (Brazil and Portugal)
# ---------------------------------------------------------------------------------------------
PT: list[str | Neg] = [
    "SÃO PAULO ⟦D:Reuters|(Reuters)⟧ - O Ibovespa fechou em alta nesta segunda-feira, impulsionado pelas"
    " ações de bancos e da Petrobras.",
    "BRASÍLIA ⟦D:Reuters|(Reuters)⟧ - O governo federal vai anunciar nesta semana um pacote de medidas para"
    " conter a alta dos preços dos alimentos, disseram duas fontes.",
    "Rio de Janeiro, 5 jan ⟦D:EFE|(EFE)⟧.- As chuvas que atingem o estado desde domingo deixaram ao menos"
    " seis mortos, informou a Defesa Civil.",
    "Pequim, 5 jan ⟦D:Xinhua|(Xinhua)⟧ -- A China lançou com sucesso um novo satélite de observação"
    " terrestre nesta segunda-feira.",
    "Paris, 5 jan 2026 ⟦D:AFP|(AFP)⟧ - O governo francês anunciou nesta segunda-feira um plano de ajuda aos"
    " agricultores afetados pelas enchentes.",
    "SÃO PAULO, 5 de janeiro de 2026 ⟦D:PR Newswire|/PRNewswire/⟧ -- A Vértice Pagamentos anuncia a"
    " captação de R$ 200 milhões em rodada liderada por fundos internacionais.",
    "SÃO PAULO--⟦D:Business Wire|(BUSINESS WIRE)⟧--A Solaris Energia anunciou hoje a conclusão de seu"
    " terceiro parque solar no Piauí.",
    # attributions
    "A empresa planeja cortar cerca de 2.000 vagas até o fim do ano, ⟦A:Reuters|segundo a Reuters⟧.",
    "O navio foi interceptado na madrugada, ⟦A:Reuters|informou a agência Reuters⟧.",
    "Pelo menos 15 pessoas morreram no ataque, ⟦A:AFP|de acordo com a AFP⟧.",
    "“Perdemos tudo”, ⟦A:Reuters|disse à Reuters⟧ uma moradora de 54 anos.",
    "“Não há previsão para o retorno da energia”, ⟦A:AFP|afirmou à AFP⟧ um funcionário da prefeitura.",
    "O voo foi desviado para Lisboa por razões técnicas, ⟦A:EFE|segundo a agência EFE⟧.",
    "A missão deve retornar à Terra em abril, ⟦A:Xinhua|informou a agência estatal chinesa Xinhua⟧.",
    "A polícia turca deteve 35 suspeitos, ⟦A:Anadolu|segundo a agência de notícias Anadolu⟧.",
    "O fundo avalia abrir capital em Nova York, ⟦A:Bloomberg|relatou a Bloomberg⟧.",
    "Quatro pessoas foram presas, ⟦A:Associated Press|segundo a agência Associated Press⟧.",
    # sign-offs, bylines, combined
    "O Senado deve votar o projeto na próxima semana.\n⟦S:Reuters|*Com informações da Reuters⟧",
    "As buscas foram suspensas ao anoitecer. Com informações da ⟦C:AFP|AFP⟧ e da ⟦C:Reuters|Reuters⟧",
    "⟦B:Reuters|Por Reuters⟧\n05/01/2026 09h12\nO dólar abriu em queda ante o real nesta segunda-feira.",
    "A votação foi adiada para fevereiro. ⟦S:AFP|(Com AFP)⟧",
    # negatives
    N("homonym", "Macapá (AP) registrou a maior chuva do mês em 24 horas, segundo o Inmet."),
    N("homonym", "A ponte que liga Oiapoque (AP) à Guiana Francesa ficou interditada."),
    N("photo", "Manifestantes na Esplanada dos Ministérios. Foto: Reuters/Paulo Andrade"),
    N("subject", "A Reuters anunciou o fechamento de seu escritório em Caracas."),
    N("list", "Jornalistas da AFP, da Reuters e da Bloomberg acompanharam a votação no plenário."),
    N("unverified", "A Reuters não conseguiu verificar de forma independente as imagens."),
    N("homonym", "O aplicativo do banco ficou fora do ar; o app voltou a funcionar à noite."),
    N("word", "O EFETIVO DA POLÍCIA MILITAR SERÁ REFORÇADO NO CARNAVAL"),
    N("generic", "O presidente deve sancionar a lei até sexta-feira. (Com agências)"),
    N("url", "Acompanhe a cobertura em www.reuters.com/pt"),
]

# ---------------------------------------------------------------------------------------------
# Indonesian
# ---------------------------------------------------------------------------------------------
ID: list[str | Neg] = [
    "Jakarta ⟦D:Antara|(ANTARA)⟧ - Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memperkirakan hujan"
    " lebat disertai angin kencang di sebagian wilayah Jawa Barat pada Senin.",
    "Surabaya ⟦D:Antara|(ANTARA)⟧ - Pemerintah Kota Surabaya menyiapkan 12 rumah pompa tambahan untuk"
    " mengantisipasi banjir selama musim hujan.",
    f"Medan{NBSP}⟦D:Antara|(ANTARA)⟧{NBSP}- Kepolisian Daerah Sumatera Utara menangkap tiga tersangka"
    " pengedar narkoba di Belawan.",
    "Jakarta ⟦D:Antara|(ANTARA)⟧ - Bank Indonesia mempertahankan suku bunga acuan di level 5,75 persen.\n"
    "Pewarta: Rina Kusuma\nEditor: Budi Santoso\n⟦S:Antara|Copyright © ANTARA 2026⟧",
    "Jakarta ⟦D:Antara|(ANTARA)⟧ - Harga minyak dunia naik pada perdagangan Senin, ⟦A:Reuters|seperti"
    " dikutip dari Reuters⟧.",
    "Denpasar ⟦D:Antara|(ANTARA)⟧ - Jumlah kunjungan wisatawan mancanegara ke Bali pada Desember mencapai"
    " 560 ribu orang.",
    # attributions
    "⟦A:Antara|Menurut Antara⟧, sebanyak 1.200 warga mengungsi akibat banjir di Kabupaten Demak.",
    "Gunung tersebut kembali erupsi pada Senin pagi, ⟦A:Antara|seperti dilansir Antara⟧.",
    "Presiden meresmikan bendungan itu pada Senin, ⟦A:Antara|dikutip dari Antara⟧.",
    "⟦A:Reuters|Melansir Reuters⟧, harga minyak mentah Brent naik 1,2 persen menjadi 78 dolar AS per barel.",
    "Korban tewas akibat gempa bertambah menjadi 23 orang, ⟦A:AFP|seperti dikutip AFP⟧.",
    "Perusahaan itu berencana memangkas 5.000 karyawan, ⟦A:Reuters|dilaporkan Reuters⟧.",
    "“Kami belum menerima laporan korban jiwa,” kata pejabat itu ⟦A:Reuters|kepada Reuters⟧.",
    "Kedua pemimpin membahas kerja sama perdagangan, ⟦A:Xinhua|demikian dilaporkan kantor berita"
    " Xinhua⟧.",
    "Polisi Turki menahan 35 tersangka, ⟦A:Anadolu|dilansir Anadolu Agency⟧.",
    "Rudal itu jatuh di Laut Timur, ⟦A:Yonhap|menurut kantor berita Yonhap⟧.",
    "Pemerintah Jepang akan menaikkan upah minimum, ⟦A:Kyodo|lapor Kyodo⟧.",
    "Sebanyak 40 orang ditangkap dalam aksi tersebut, ⟦A:Bernama|seperti dilaporkan Bernama⟧.",
    # negatives
    N("word", "Hubungan antara Indonesia dan Australia terus membaik, kata menteri luar negeri."),
    N("word", "Antara lain, pemerintah akan memperluas bantuan sosial bagi nelayan dan petani."),
    N("word", "Seorang pria bernama Budi ditangkap polisi karena mencuri sepeda motor."),
    N("photo", "Warga melintasi jalan yang tergenang banjir di Jakarta, Senin (5/1/2026). ANTARA FOTO/Rizky"
      " Maulana/foc."),
    N("homonym", "Asia Pulp & Paper (APP) Sinar Mas menyatakan telah menanam jutaan pohon di lahan"
      " konsesi."),
    N("subject", "Direktur Utama Perum LKBN Antara meresmikan kantor biro baru di Makassar."),
    N("url", "Baca berita selengkapnya di www.antaranews.com"),
    N("homonym", "Pengguna dapat mengunduh aplikasi (app) tersebut secara gratis."),
    N("list", "Jurnalis dari Antara, Reuters, dan AFP hadir dalam konferensi pers itu."),
]

# ---------------------------------------------------------------------------------------------
# Malay
# ---------------------------------------------------------------------------------------------
MS: list[str | Neg] = [
    "KUALA LUMPUR, 5 Jan ⟦D:Bernama|(Bernama)⟧ -- Jabatan Meteorologi Malaysia (MetMalaysia) mengeluarkan"
    " amaran hujan berterusan di Kelantan dan Terengganu sehingga Rabu.",
    "KOTA BHARU, 5 Jan ⟦D:Bernama|(Bernama)⟧ -- Jumlah mangsa banjir di Kelantan meningkat kepada 12,400"
    " orang petang ini.\n⟦S:Bernama|-- BERNAMA⟧",
    f"GEORGE TOWN, 5 Jan{NBSP}⟦D:Bernama|(Bernama)⟧{NBSP}-- Kerajaan negeri akan menambah 20 bas"
    " percuma bagi pelajar mulai bulan depan.",
    "PUTRAJAYA, 5 Jan ⟦D:Bernama|(Bernama)⟧ -- Kementerian Kesihatan mengesahkan tiga kes baharu demam"
    " denggi di Selangor.",
    # attributions
    "Kebakaran itu memusnahkan 15 buah rumah, ⟦A:Bernama|lapor Bernama⟧.",
    "⟦A:Bernama|Menurut laporan Bernama⟧, operasi mencari dan menyelamat disambung semula pagi ini.",
    "Harga minyak mentah naik dua peratus, ⟦A:Reuters|memetik laporan Reuters⟧.",
    "Sekurang-kurangnya 30 orang terbunuh, ⟦A:AFP|menurut agensi berita AFP⟧.",
    "“Kami akan memantau keadaan dari semasa ke semasa,” kata beliau ⟦A:Bernama|kepada Bernama⟧.",
    "Kedua-dua negara menandatangani perjanjian perdagangan, ⟦A:Xinhua|lapor agensi berita Xinhua⟧.",
    "Jalan itu ditutup sementara waktu, ⟦A:Bernama|dilaporkan Bernama⟧.",
    "Projek itu dijangka siap pada 2027. ⟦S:Bernama|--BERNAMA⟧",
    # negatives
    N("word", "Seorang lelaki bernama Ahmad ditahan polis kerana memandu secara berbahaya."),
    N("word", "Antara syarat yang ditetapkan termasuk memiliki lesen memandu yang sah."),
    N("subject", "Pertubuhan Berita Nasional Malaysia (Bernama) menganjurkan majlis sambutan ulang"
      " tahunnya di ibu negara."),
    N("photo", "Orang ramai berpusu-pusu di pasar malam. Foto: BERNAMA"),
    N("url", "Maklumat lanjut boleh didapati di www.bernama.com"),
    N("list", "Wartawan dari Bernama, Reuters dan AFP hadir pada sidang media itu."),
]

# ---------------------------------------------------------------------------------------------
# Turkish
# ---------------------------------------------------------------------------------------------
TR: list[str | Neg] = [
    "ANKARA ⟦D:Anadolu|(AA)⟧ - Merkez Bankası, politika faizini yüzde 38'e indirdi.",
    "İSTANBUL ⟦D:Anadolu|(AA)⟧ - İstanbul'da etkili olan kar yağışı nedeniyle bazı vapur seferleri iptal"
    " edildi.",
    "İZMİR ⟦D:Anadolu|(AA)⟧ - Kemalpaşa'da bir fabrikada çıkan yangın, itfaiye ekiplerinin müdahalesiyle"
    " söndürüldü.",
    f"ERZURUM{NBSP}⟦D:Anadolu|(AA)⟧{NBSP}- Kentte hava sıcaklığı gece saatlerinde eksi 25 dereceye kadar"
    " düştü.",
    "ANKARA ⟦D:Anadolu|(AA)⟧ - Milli Eğitim Bakanlığı, yarıyıl tatilinin 19 Ocak'ta başlayacağını"
    " duyurdu. Bakanlık yetkilileri, ⟦A:Anadolu|AA muhabirine⟧ yaptıkları açıklamada takvimde değişiklik"
    " olmayacağını belirtti.",
    # attributions
    "⟦A:Anadolu|Anadolu Ajansı'nın haberine göre⟧, depremde 12 bina hasar gördü.",
    "⟦A:Anadolu|AA muhabirinin⟧ edindiği bilgiye göre, kazada 4 kişi yaralandı.",
    "Vali, ⟦A:Anadolu|AA muhabirine⟧ yaptığı açıklamada arama çalışmalarının sürdüğünü söyledi.",
    "⟦A:Reuters|Reuters'ın haberine göre⟧, şirket Avrupa'da 1.200 kişiyi işten çıkarmayı planlıyor.",
    "⟦A:AFP|AFP'nin aktardığına göre⟧, saldırıda en az 20 kişi hayatını kaybetti.",
    "⟦A:dpa|Alman haber ajansı DPA'nın haberine göre⟧, otoyol pazartesiye kadar kapalı kalacak.",
    "⟦A:Xinhua|Çin'in resmi haber ajansı Xinhua'nın bildirdiğine göre⟧, uydu başarıyla yörüngeye"
    " yerleştirildi.",
    "⟦A:TASS|Rus haber ajansı TASS'ın aktardığına göre⟧, Kremlin görüşme iddialarını yalanladı.",
    "⟦A:Bloomberg|Bloomberg'in haberine göre⟧, fon New York'ta halka arzı değerlendiriyor.",
    "⟦A:Associated Press|AP'nin haberine göre⟧, polis dört kişiyi gözaltına aldı.",
    "⟦A:Yonhap|Güney Kore'nin Yonhap ajansının haberine göre⟧, füze Doğu Denizi'ne düştü.",
    "Bakan, yeni düzenlemenin şubat ayında yürürlüğe gireceğini açıkladı. ⟦S:Anadolu|(AA)⟧",
    # negatives
    N("homonym", "Kumandanın çalışması için iki adet AA pil gerekiyor."),
    N("homonym", "Anadolu Efes, THY Avrupa Ligi'nde Real Madrid'i 84-79 yendi."),
    N("homonym", "Doğu Anadolu'nun yüksek kesimlerinde kuvvetli kar yağışı bekleniyor."),
    N("homonym", "Kadıköy Anadolu Lisesi öğrencileri bilim olimpiyatında birincilik kazandı."),
    N("homonym", "Anadolu Sigorta, yılın ilk dokuz ayında prim üretimini yüzde 60 artırdı."),
    N("subject", "AA Genel Müdürü, ajansın yeni dijital haber platformunu tanıttı."),
    N("photo", "Kar nedeniyle kapanan yolda çalışma yapan ekipler. (Fotoğraf: AA)"),
    N("url", "Ayrıntılı bilgiye www.aa.com.tr adresinden ulaşılabilir."),
    N("unverified", "Reuters, iddiaları bağımsız olarak doğrulayamadığını belirtti."),
    N("list", "Basın toplantısına AA, Reuters ve AFP muhabirleri katıldı."),
]

# ---------------------------------------------------------------------------------------------
# Chinese
# ---------------------------------------------------------------------------------------------
ZH: list[str | Neg] = [
    "⟦D:Xinhua|新华社北京1月5日电⟧（记者李明）国家统计局5日发布数据显示，2025年12月份全国居民消费价格同比上涨0.8%。",
    "⟦D:Xinhua|新华社上海1月5日电⟧ 上海市今年将新开工建设保障性租赁住房5万套，新增供应3万套。",
    "⟦D:Xinhua|新华社东京1月5日电⟧（记者王欣）日本政府5日表示，将在下月提交相关法案。",
    "⟦D:Xinhua|新华社广州1月5日电⟧（记者陈静）广东省今年将推进城中村改造项目120个。⟦A:Reuters|据路透社报道⟧，"
    "相关企业股价当天上涨。",
    "⟦D:Reuters|路透北京1月5日⟧ - 中国国家统计局周一公布的数据显示，12月工业企业利润同比增长。",
    # attributions
    "⟦A:Xinhua|据新华社报道⟧，我国首艘大型邮轮已完成第100个航次。",
    "本报讯 ⟦A:Xinhua|据新华社电⟧ 国务院常务会议5日召开，部署推进新型城镇化。",
    "⟦A:Reuters|据路透社报道⟧，该公司计划在欧洲裁员约1200人。",
    "⟦A:AFP|据法新社报道⟧，袭击事件造成至少20人死亡。",
    "⟦A:Associated Press|美联社报道称⟧，警方已逮捕四名嫌疑人。",
    "⟦A:Kyodo|据日本共同社报道⟧，日本政府计划下月提交法案。",
    "⟦A:Yonhap|据韩联社报道⟧，朝鲜当天向东部海域发射一枚弹道导弹。",
    "⟦A:TASS|据塔斯社报道⟧，俄方否认了相关会晤的报道。",
    "⟦A:Bloomberg|彭博社援引知情人士的话报道⟧，该基金正考虑在纽约上市。",
    "⟦A:dpa|据德新社报道⟧，该段高速公路将封闭至周一。",
    "⟦A:EFE|据埃菲社报道⟧，地震造成多栋建筑受损。",
    "⟦A:Anadolu|据土耳其阿纳多卢通讯社报道⟧，警方拘留了35名嫌疑人。",
    "今年春运全国铁路预计发送旅客5.1亿人次。（⟦S:Xinhua|来源：新华社⟧）",
    # negatives
    N("homonym", "上海市长宁区新华路上的一家咖啡馆近日成为网红打卡地。"),
    N("homonym", "新华书店今年春节期间将延长营业时间。"),
    N("homonym", "美联储宣布将联邦基金利率目标区间维持不变。"),
    N("subject", "两名路透社记者在缅甸被捕一事引发国际关注。"),
    N("photo", "1月5日，游客在北京地坛庙会上游玩。新华社记者 张晨 摄"),
    N("photo", "图为受灾地区的房屋。（图片来源：法新社）"),
    N("homonym", "前纽约市长布隆伯格宣布向该项目捐款。"),
    N("subject", "交易员们紧盯着彭博终端上的报价。"),
    N("url", "更多内容请访问 www.xinhuanet.com"),
    N("homonym", "新华医院儿科门诊量明显增长。"),
]

# ---------------------------------------------------------------------------------------------
# Urdu
# ---------------------------------------------------------------------------------------------
UR: list[str | Neg] = [
    "اسلام آباد ⟦D:APP|(اے پی پی)⟧ وفاقی وزیر خزانہ نے کہا ہے کہ حکومت آئندہ مالی سال میں ٹیکس نیٹ"
    " کو وسعت دے گی۔",
    "لاہور ⟦D:APP|(اے پی پی)⟧ پنجاب حکومت نے اسموگ کے پیش نظر صوبے بھر میں اسکولوں کے اوقات تبدیل کر دیے۔",
    "کراچی ⟦D:APP|(اے پی پی)⟧ محکمہ موسمیات نے آئندہ 24 گھنٹوں کے دوران شہر میں موسم سرد اور خشک"
    " رہنے کی پیش گوئی کی ہے۔",
    "⟦A:APP|اے پی پی کے مطابق⟧ وزیر اعظم نے منصوبے کا افتتاح کیا۔",
    "⟦A:Reuters|خبر رساں ادارے رائٹرز کے مطابق⟧ تیل کی قیمتوں میں دو فیصد اضافہ ہوا۔",
    "⟦A:AFP|فرانسیسی خبر رساں ادارے اے ایف پی کے مطابق⟧ زلزلے کی شدت 6.2 ریکارڈ کی گئی۔",
    "⟦A:Associated Press|امریکی خبر رساں ادارے ایسوسی ایٹڈ پریس کے مطابق⟧ پولیس نے چار افراد کو"
    " گرفتار کر لیا۔",
    "⟦A:Xinhua|چینی خبر رساں ایجنسی شنہوا کے مطابق⟧ دونوں ممالک نے تجارتی معاہدے پر دستخط کیے۔",
    "⟦A:Anadolu|ترک خبر رساں ادارے انادولو کے مطابق⟧ پولیس نے 35 مشتبہ افراد کو حراست میں لے لیا۔",
    "⟦A:PTI|بھارتی خبر رساں ادارے پی ٹی آئی کے مطابق⟧ نئی دہلی میں فضائی آلودگی خطرناک حد تک بڑھ گئی ہے۔",
    "کمپنی یورپ میں 1200 ملازمین کو فارغ کرے گی، ⟦A:Reuters|رائٹرز کی رپورٹ کے مطابق⟧ فیصلہ گزشتہ"
    " ہفتے کیا گیا۔",
    # negatives
    N("homonym", "پی ٹی آئی کے چیئرمین نے کہا کہ پارٹی احتجاجی تحریک جاری رکھے گی۔"),
    N("homonym", "پی ٹی آئی رہنماؤں نے الیکشن کمیشن کے فیصلے کو عدالت میں چیلنج کرنے کا اعلان کیا۔"),
    N("generic", "اسلام آباد (ویب ڈیسک) وفاقی کابینہ کا اجلاس کل طلب کر لیا گیا۔"),
    N("homonym", "صارفین نے شکایت کی کہ بینک کی موبائل ایپ کئی گھنٹے بند رہی۔"),
    N("subject", "اے پی پی کے منیجنگ ڈائریکٹر نے ادارے کے نئے ڈیجیٹل پلیٹ فارم کا افتتاح کیا۔"),
    N("subject", "رائٹرز کے دو صحافیوں کو رہا کر دیا گیا۔"),
    N("photo", "بارش کے بعد سڑک پر کھڑا پانی۔ (فوٹو: اے ایف پی)"),
]

# ---------------------------------------------------------------------------------------------
# Hindi
# ---------------------------------------------------------------------------------------------
HI: list[str | Neg] = [
    "नई दिल्ली, 5 जनवरी ⟦D:IANS|(आईएएनएस)⟧। केंद्रीय मंत्रिमंडल ने सोमवार को तीन नई रेल परियोजनाओं"
    " को मंजूरी दी।",
    "मुंबई, 5 जनवरी ⟦D:IANS|(आईएएनएस)⟧। शेयर बाजार सोमवार को बढ़त के साथ बंद हुआ।",
    "⟦A:PTI|समाचार एजेंसी पीटीआई के अनुसार⟧, हादसे में तीन लोगों की मौत हो गई।",
    "उन्होंने ⟦A:ANI|एएनआई से बातचीत में⟧ कहा कि सरकार किसानों के साथ है।",
    "⟦A:Reuters|समाचार एजेंसी रॉयटर्स की रिपोर्ट के मुताबिक⟧, कंपनी 2,000 कर्मचारियों की छंटनी करेगी।",
    "⟦A:AFP|एएफपी के मुताबिक⟧, तूफान से कम से कम 20 लोगों की मौत हुई है।",
    "⟦A:ANI|न्यूज एजेंसी एएनआई के मुताबिक⟧, पुलिस ने दो आरोपियों को गिरफ्तार कर लिया है।",
    "पुल अगले महीने यातायात के लिए खोल दिया जाएगा। (⟦S:IANS|इनपुट: आईएएनएस⟧)",
    # negatives
    N("homonym", "यूपीआई भुगतान दिसंबर में रिकॉर्ड स्तर पर पहुंच गया।"),
    N("homonym", "इमरान खान की पार्टी पीटीआई ने चुनाव नतीजों को खारिज कर दिया।"),
    N("homonym", "नया ऐप डाउनलोड करने के लिए नीचे दिए गए लिंक पर क्लिक करें।"),
    N("generic", "नई दिल्ली (एजेंसी)। सरकार ने गेहूं की खरीद का लक्ष्य बढ़ा दिया है।"),
    N("subject", "रॉयटर्स के पत्रकारों को म्यांमार में गिरफ्तार किया गया था।"),
]

DATA: dict[str, list[str | Neg]] = {
    "en": EN, "es": ES, "fr": FR, "de": DE, "it": IT, "pt": PT,
    "id": ID, "ms": MS, "tr": TR, "zh": ZH, "ur": UR, "hi": HI,
}


# ---------------------------------------------------------------------------------------------
# building
# ---------------------------------------------------------------------------------------------
def build() -> list[Record]:
    return build_records(DATA, NEG_KINDS)


def split(records: list[Record]) -> tuple[list[Record], list[Record]]:
    """About DEV_SHARE of each language to dev, drawn with a fixed seed per language."""
    dev: list[Record] = []
    test: list[Record] = []
    for lang in LANGS:
        mine = [r for r in records if r.lang == lang]
        order = list(range(len(mine)))
        random.Random(f"{SEED}-{lang}").shuffle(order)
        n_dev = round(DEV_SHARE * len(mine))
        dev_idx = set(order[:n_dev])
        for i, r in enumerate(mine):
            (dev if i in dev_idx else test).append(r)
    return dev, test


def counts_markdown(records: list[Record], dev: list[Record], test: list[Record]) -> str:
    dev_ids = {r.id for r in dev}
    lines = [
        "| lang | records | positive records | negative records | credits | dev records"
        " (pos/neg) | test records (pos/neg) |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    tot = Counter()
    for lang in LANGS:
        mine = [r for r in records if r.lang == lang]
        pos = [r for r in mine if r.credits]
        neg = [r for r in mine if not r.credits]
        n_cred = sum(len(r.credits) for r in mine)
        dp = sum(1 for r in pos if r.id in dev_ids)
        dn = sum(1 for r in neg if r.id in dev_ids)
        tp, tn = len(pos) - dp, len(neg) - dn
        lines.append(f"| {lang} | {len(mine)} | {len(pos)} | {len(neg)} | {n_cred} | {dp + dn} ({dp}/{dn})"
                     f" | {tp + tn} ({tp}/{tn}) |")
        for k, v in (("rec", len(mine)), ("pos", len(pos)), ("neg", len(neg)), ("cred", n_cred),
                     ("dp", dp), ("dn", dn), ("tp", tp), ("tn", tn)):
            tot[k] += v
    lines.append(f"| **all** | {tot['rec']} | {tot['pos']} | {tot['neg']} | {tot['cred']} |"
                 f" {tot['dp'] + tot['dn']} ({tot['dp']}/{tot['dn']}) |"
                 f" {tot['tp'] + tot['tn']} ({tot['tp']}/{tot['tn']}) |")
    lines.append("")
    forms = Counter(FORMS[c.form] for r in records for c in r.credits)
    lines.append("Credits per form: " + ", ".join(f"{f} {forms[f]}" for f in FORMS.values()) + ".")
    lines.append("")
    agencies = Counter(c.agency for r in records for c in r.credits)
    lines.append("Credits per agency: " + ", ".join(f"{a} {agencies[a]}" for a in AGENCIES) + ".")
    lines.append("")
    kinds = Counter(r.neg_kind for r in records if r.neg_kind)
    lines.append("Negative records per kind: " + ", ".join(f"{k} {kinds[k]}" for k in NEG_KINDS) + ".")
    multi = sum(1 for r in records if len(r.credits) > 1)
    two_agencies = sum(1 for r in records if len({c.agency for c in r.credits}) > 1)
    same_twice = sum(1 for r in records if len(r.credits) > len({c.agency for c in r.credits}))
    lines.append("")
    lines.append(f"Records with more than one credit: {multi} (two or more agencies: {two_agencies};"
                 f" the same agency twice: {same_twice}).")
    return "\n".join(lines)


BEGIN, END = "<!-- counts:begin -->", "<!-- counts:end -->"


def outputs() -> dict[Path, str]:
    records = build()
    dev, test = split(records)
    out = {
        HERE / "dev.jsonl": "".join(r.as_json() + "\n" for r in dev),
        HERE / "test.jsonl": "".join(r.as_json() + "\n" for r in test),
    }
    return out | readme_with_counts(HERE / "README.md", BEGIN, END, counts_markdown(records, dev, test))


def main(argv: list[str]) -> int:
    return run_builder(argv, "build.py", outputs, lambda: counts_markdown(build(), *split(build())))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
