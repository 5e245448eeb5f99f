#!/usr/bin/env python3
"""Build the SECOND held-out labelled wire-credit set: heldout2.jsonl.

This set exists for one purpose: the final, honest measurement of a credit detector after the
detector has been developed and tuned on dev.jsonl and test.jsonl, and after heldout.jsonl was
used to steer changes.  Do not look at its records while working on a detector, do not tune on
its errors, and do not copy records from it into other tests.  Once it has been used to steer a
change it no longer measures anything, and a new held-out set must be written.

Every record below was written by hand for this set, by an author who did not read the detector,
its documentation or its evaluation output: no record of dev.jsonl, test.jsonl or heldout.jsonl
was reused or edited, and ``check_independent`` refuses any text that repeats one of theirs or
shares a run of SHARED_WORDS words (SHARED_CJK Han characters) with one.  Places, dates and
formats are realistic; events, figures, people and most companies are invented.

Mark-up (the same as build.py and build_heldout.py).  A credit is written
``⟦F:Agency|span text⟧``: ``F`` is the form (see FORMS), ``Agency`` one of the canonical names in
AGENCIES, ``span text`` the text that is kept and whose offsets are recorded.  A negative is
written ``N("kind", "text")`` and contains no mark-up.  The span conventions are those of
README.md ("Span conventions", "Convention decisions") and of build_heldout.py's docstring.

Convention decisions beyond those (made while writing this set; a detector developer must not
read them as a list of cases to handle):

* A bare agency name alone on the last line of a story ("...\\n\\nReuters", "...\\nAFP") is a
  sign-off, as "— Reuters" is.
* EFE's closing desk initials ("EFE jlp/rod") are a sign-off; the span covers the agency name and
  the initials after it, as README's ``PTI SA KH`` does.  A closing "(ANSA)", "(AFP)", "(dpa)",
  "(AA)", "（法新社）" or "(اے ایف پی)" after the last sentence is inline, as "(ANI)" is in
  build_heldout.py.
* "Additional reporting by AFP", "Reuters contributed to this report", "Associated Press writer
  ... contributed to this report", "This article was provided by The Associated Press" closing a
  paper's own story are sign-offs: the whole phrase is marked (the final full stop outside).
  "Sumber: ANTARA", "Sumber: Bernama", "Kaynak: Reuters", "来源：新华社" are sign-offs, as
  "Quelle: dpa" is; so are the courtesy line "(بشکریہ اے پی پی)" (brackets outside) and the
  Hindi "—आईएएनएस".
* AP's reprinted byline "By NAME Associated Press": only "Associated Press" is marked (a byline);
  the reporter's name stays outside.
* A quote obtained by the agency ("residents reached by AFP", "in an interview with AFP", "kata
  seorang warga kepada AFP", "对法新社说") is an attribution, marked from the verb or preposition
  that ties it to the agency; the speaker stays outside unless the phrase reads as one unit
  ("kata Kepala BPBD kepada ANTARA", as README's "[a déclaré à l'AFP]").
* "rtr" in German paper credits is Reuters.  An agency outside the canonical list in a combined
  credit ("kna/dpa") is left unmarked; the canonical one is marked.
* "新华社消息" opening a story is an attribution (the agency's report), like "据新华社报道".
* "told The Associated Press", "The Associated Press reported": the article "The" is part of the
  span, as the descriptors of README's attributions are.
* "according to Reuters calculations", "a Bloomberg analysis shows": the agency's own
  calculation or analysis is its reporting: an attribution, the whole phrase marked.
* DW-style closing initials with agencies in brackets ("abc/xyz (AFP, Reuters)") are combined
  credits, each agency marked on its own.
* "Reuters reports:" (a colon introducing the report): attribution "Reuters reports", the colon
  outside.
* "(Reuters) -" opening a text without a place name is a dateline.
* A story that mentions an agency-named thing in passing ("an AP-NORC poll") next to a real credit
  keeps only the real credit.
* "Compiled from wire reports", "(Agencies)", "Staff and agencies" name no agency: negatives of
  kind "generic".

Run ``python tests/data/credits/build_heldout2.py`` to rewrite heldout2.jsonl and the heldout2
counts in README.md; ``--check`` exits 1 if the files on disk are not what the data gives.
"""

from __future__ import annotations

import sys

from build_heldout import run_later_set
from markup import LANGS, NBSP, N, Neg

EARLIER_SETS = ("dev.jsonl", "test.jsonl", "heldout.jsonl")

# ---------------------------------------------------------------------------------------------
# English: wire copy and reprints (US, UK, Indian, Pakistani, Malaysian, Philippine, Gulf papers)
# ---------------------------------------------------------------------------------------------
EN: list[str | Neg] = [
    # datelines
    "ROTTERDAM, April 14 ⟦D:Reuters|(Reuters)⟧ - Dock workers at the Dutch port walked out for 24 hours on"
    " Tuesday over a pay offer that unions called an insult, leaving about 60 container ships waiting"
    " at anchor.",
    "⟦D:Reuters|(Reuters)⟧ - Halvorsen Marine, the Norwegian ferry builder, cut its full-year margin"
    " forecast on Thursday after a battery supplier missed delivery dates for three hybrid vessels.",
    "MONTEVIDEO, Oct 2 ⟦D:Reuters|(Reuters)⟧ - Uruguay's central bank held its benchmark rate at 8.75% on"
    " Wednesday and said inflation expectations had settled inside the target band for the first time"
    " since 2019.",
    "TULSA, Okla. ⟦D:Associated Press|(AP)⟧ — A grain elevator exploded on the outskirts of Tulsa late"
    " Sunday, injuring four workers and shattering windows up to a mile away, fire officials said.",
    "BOISE, Idaho, Nov. 9 ⟦D:Associated Press|(AP)⟧ — Idaho lawmakers will return for a two-day special"
    " session next week to rewrite a groundwater law that a judge struck down in September.",
    "DAKAR, Senegal ⟦D:Associated Press|(AP)⟧ — Fishermen in the Senegalese capital kept their pirogues"
    " ashore Monday to protest foreign trawlers they say are emptying coastal waters.",
    "KINSHASA ⟦D:AFP|(AFP)⟧ - At least 19 people drowned when an overloaded whaleboat capsized on Lake"
    " Mai-Ndombe overnight, a provincial official said on Saturday.",
    "Hanoi ⟦D:AFP|(AFP)⟧ - Vietnam will ban petrol motorbikes from the centre of the capital from"
    " mid-2027, the city government said Tuesday, in a bid to clear some of Asia's dirtiest air.",
    "BERLIN, June 3 ⟦D:dpa|(dpa)⟧ - Germany's rail operator will add 40 night trains to its timetable"
    " from December, most of them to Austria, Switzerland and Denmark.",
    "NEW DELHI, Aug 21 ⟦D:PTI|(PTI)⟧ The Supreme Court on Thursday sought the Centre's response to a plea"
    " challenging the new rules on the registration of pet dogs in housing societies.",
    "Mumbai, Jan 28 ⟦D:PTI|(PTI)⟧ Equity benchmarks ended marginally higher on Wednesday as gains in"
    " metal stocks offset selling in banks ahead of the RBI policy.",
    "Hyderabad, Dec 4 ⟦D:PTI|(PTI)⟧ The Andhra Pradesh government on Thursday said it would set up a"
    " separate university for the fisheries sector in Nellore district.",
    "Guwahati, Sept 16 ⟦D:IANS|(IANS)⟧ Four districts of Assam remained under water on Tuesday as the"
    " Brahmaputra flowed above the danger mark at Nimatighat.",
    "New Delhi [India], March 9 ⟦D:ANI|(ANI)⟧: Union Minister for Jal Shakti on Monday reviewed the"
    " progress of 14 river-linking projects at a meeting in the capital.",
    "Islamabad, May 11 ⟦D:APP|(APP)⟧: The federal cabinet on Sunday approved a relief package for"
    " wheat growers in southern Punjab, including deferred loan payments.",
    "LAHORE, July 2 ⟦D:APP|(APP)⟧ - Punjab Chief Minister on Wednesday inaugurated a 120-bed mother and"
    " child hospital in Raiwind, saying PTI leaders had left the project incomplete for years.",
    "KUALA LUMPUR, Feb 26 ⟦D:Bernama|(Bernama)⟧ -- The Ringgit opened higher against the US dollar on"
    " Thursday on renewed buying interest in local bonds.",
    "KOTA KINABALU, Nov 18 -- Sabah will build three more water treatment plants on the west coast"
    " by 2028, said the state infrastructure minister. ⟦S:Bernama|-- BERNAMA⟧",
    "ANKARA ⟦D:Anadolu|(AA)⟧ - Türkiye's unemployment rate fell to 8.1% in September, data from"
    " TurkStat showed.",
    "TOKYO, April 30 ⟦D:Kyodo|(Kyodo)⟧ -- Japan's household spending fell 1.4 percent in March from a"
    " year earlier, government data showed Friday.",
    "SEOUL, Sept. 8 ⟦D:Yonhap|(Yonhap)⟧ -- South Korea's exports of semiconductors hit a record high"
    " in August, the trade ministry said Monday.",
    "MOSCOW, October 14. ⟦D:TASS|/TASS/⟧. The Russian grain harvest this year will exceed 130 million"
    " tonnes, the agriculture minister told reporters on Tuesday.",
    "JAKARTA ⟦D:Antara|(ANTARA)⟧ - Indonesia's trade surplus narrowed to US$2.1 billion in July as coal"
    " exports slid, Statistics Indonesia reported on Monday.",
    "BEIJING, Dec. 1 ⟦D:Xinhua|(Xinhua)⟧ -- China's manufacturing activity expanded for the fifth"
    " consecutive month in November, official data showed Monday.",
    "NAIROBI, March 2 ⟦D:Xinhua|(Xinhua)⟧ -- Kenya plans to plant 50 million bamboo seedlings along"
    " riverbanks this year to curb soil erosion, a senior official said Sunday.",
    "WASHINGTON, Feb. 3 ⟦D:UPI|(UPI)⟧ -- The Senate on Tuesday confirmed a new chair of the Federal"
    " Energy Regulatory Commission by a vote of 54-45.",
    "⟦D:Bloomberg|(Bloomberg)⟧ -- Copper climbed to a six-week high in London as smelters in Chile cut"
    " output after a power outage at a key substation.",
    "ZURICH, Jan. 13, 2026 ⟦D:PR Newswire|/PRNewswire/⟧ -- Alpenlicht Diagnostics AG today announced the"
    " CE marking of its rapid test for Lyme disease.",
    "AUSTIN, Texas--⟦D:Business Wire|(BUSINESS WIRE)⟧--Corvane Systems, Inc. today reported fourth-quarter"
    " revenue of $212 million, up 18% from a year ago.",
    "TORONTO, May 06, 2026 ⟦D:Globe Newswire|(GLOBE NEWSWIRE)⟧ -- Northline Lithium Corp. is pleased to"
    " announce drill results from its Whitefish Lake property.",
    "MADRID, Oct 5 ⟦D:EFE|(EFE)⟧.- Spain's unemployment fell by 22,000 in September, the labour ministry"
    " said on Monday.",
    "ROME, March 18 ⟦D:ANSA|(ANSA)⟧ - Italy's Senate on Wednesday approved a bill that lets pharmacies"
    " carry out basic blood tests.",
    # datelines with a distractor next to them
    "VIJAYAWADA, Jan 4 ⟦D:PTI|(PTI)⟧ The AP government will release the first instalment of crop"
    " insurance to 6.2 lakh farmers next week, the agriculture minister said.",
    "CANBERRA, Aug 19 ⟦D:Reuters|(Reuters)⟧ - Australia's federal police (AFP) arrested three people in"
    " Sydney over a scheme to smuggle cigarettes through the port of Botany, the force said.",
    "LONDON, Nov 3 ⟦D:Reuters|(Reuters)⟧ - A clearing bank outage delayed thousands of salary payments"
    " in Britain on Monday, the lender said. Shares of Thomson Reuters, which supplies some of its"
    " software, were unaffected.",
    "PARIS ⟦D:AFP|(AFP)⟧ - France's Senate voted on Thursday to extend the ban on wet wipes containing"
    " plastic to restaurants. AFP could not reach the hotel industry's lobby for comment.",
    # inline credits
    "Residents of the coastal town said the water rose a metre in under an hour ⟦I:AFP|(AFP)⟧. Rescue"
    " teams used inflatable boats to reach the old quarter.",
    "The bank will close 48 branches by the end of June and move 300 staff to its call centres."
    " ⟦I:Reuters|(Reuters)⟧",
    "Officials expect the bridge to reopen before the monsoon. ⟦I:Associated Press|— with AP⟧",
    "Harbour authorities suspended ferry services to the islands for a second day"
    " ⟦I:Bernama|(Bernama)⟧.",
    "The minister said talks on the trade pact would resume in Geneva next month. ⟦I:ANI|(ANI)⟧",
    # combined
    "Protesters blocked the main highway into the capital for a third day. "
    "(⟦C:AFP|AFP⟧/⟦C:Reuters|Reuters⟧)",
    "The strike affected flights at eleven airports across the country. "
    "jsl/kb (⟦C:AFP|AFP⟧, ⟦C:dpa|dpa⟧)",
    "⟦C:Reuters|Reuters⟧ and ⟦C:Bloomberg|Bloomberg⟧ reported earlier that the company was exploring a"
    " sale of its seeds division.",
    "The ministry has not said when the border will reopen.\n— With reporting by the"
    " ⟦C:Associated Press|Associated Press⟧ and ⟦C:AFP|Agence France-Presse⟧",
    "The storm toppled power lines across three provinces, cutting electricity to 400,000 homes."
    " ⟦C:Xinhua|Xinhua⟧/⟦C:AFP|AFP⟧",
    # attributions
    "The company has hired advisers to explore a listing in Amsterdam, ⟦A:Reuters|Reuters reported⟧ on"
    " Friday, citing two people familiar with the matter.",
    "⟦A:Reuters|According to Reuters calculations⟧, the fund has lost nearly a third of its value since"
    " the start of the year.",
    "Two of the injured were in critical condition, ⟦A:AFP|AFP reported⟧.",
    "\"We have nothing left to sell,\" a grain trader in Odesa ⟦A:Reuters|told Reuters⟧.",
    "The ministry had not yet received the request, a spokeswoman ⟦A:Associated Press|told The"
    " Associated Press⟧ on Wednesday.",
    "The plant will employ about 900 people when it opens in 2028, ⟦A:Bloomberg|Bloomberg News"
    " reported⟧ on Thursday, quoting people with knowledge of the project.",
    "⟦A:Bloomberg|A Bloomberg analysis of shipping data shows⟧ that tankers have spent 40% longer"
    " waiting at the anchorage this year.",
    "Rescuers pulled six survivors from the rubble overnight, ⟦A:Anadolu|Turkey's state-run Anadolu"
    " Agency reported⟧.",
    "Japan will lift the evacuation order for two more districts in April, ⟦A:Kyodo|Kyodo News"
    " said⟧.",
    "The drill involved about 30 fighter jets, ⟦A:Yonhap|South Korea's Yonhap news agency said⟧, quoting"
    " military officials.",
    "⟦A:TASS|The state news agency TASS quoted⟧ a Kremlin aide as saying the talks had been"
    " \"constructive\".",
    "⟦A:Xinhua|State news agency Xinhua said⟧ the new airport in Guangxi would handle 12 million"
    " passengers a year.",
    "The volcano spewed ash 3 km into the sky on Sunday, ⟦A:Antara|state news agency Antara"
    " reported⟧.",
    "Police have detained nine people over the attack, ⟦A:dpa|German news agency dpa reported⟧, citing"
    " prosecutors in Cologne.",
    "The talks will continue in Madrid next month, ⟦A:EFE|Spanish news agency EFE reported⟧.",
    "The 84-year-old singer died at her home near Naples, ⟦A:ANSA|Italian news agency ANSA said⟧.",
    "Gunmen killed four policemen at a checkpoint in Khyber district, ⟦A:APP|the state-owned Associated"
    " Press of Pakistan said⟧.",
    "The cheetah cubs were born at Kuno National Park on Monday, ⟦A:PTI|news agency PTI reported⟧.",
    "Traffic on the expressway was diverted after the landslide, ⟦A:IANS|IANS reported⟧.",
    "The search for the missing trawler resumed at first light, ⟦A:Bernama|said Bernama⟧.",
    "⟦A:Reuters|Reuters reports⟧: the board will meet on Monday to vote on the chief executive's"
    " future.",
    "The hospital had run out of oxygen by Tuesday evening, ⟦A:Associated Press|an Associated Press"
    " reporter saw⟧.",
    "⟦A:AFP|An AFP tally⟧ based on official figures puts the death toll from the heatwave at 212.",
    "⟦A:Reuters|Reuters was first to report⟧ the talks in January.",
    "Shares rose 6% after ⟦A:Bloomberg|Bloomberg reported⟧ the carmaker was in talks with a Chinese"
    " partner.",
    "The minister resigned on Friday, ⟦A:ANI|ANI reported⟧ quoting sources in the party.",
    "The ceasefire held overnight, according to residents ⟦A:AFP|reached by AFP⟧ by phone.",
    "The state oil company will raise output by 50,000 barrels a day, ⟦A:UPI|UPI reported⟧.",
    "Troops shot down two drones over the border region, ⟦A:TASS|TASS said⟧ on Saturday.",
    # sign-offs
    "The company's shares closed down 4.2% in Oslo.\n\n(⟦S:Reuters|Reporting by Gunnar Vik; Editing by"
    " Tom Ashby⟧)",
    "The regulator will publish its final decision in June. (⟦S:Reuters|Reporting by Priya Menon in"
    " Bengaluru; Additional reporting by Jae-won Park in Seoul; Editing by Alison Williams⟧)",
    "Shops in the old town stayed shut for a second day. ⟦S:AFP|— AFP⟧",
    "The railway will reopen the line on Friday once the track has been inspected. ⟦S:Reuters|—"
    " Reuters⟧",
    "The new ferry will carry 600 passengers between Penang and Langkawi.\n\n⟦S:Reuters|Reuters⟧",
    "Voters in three provinces will go to the polls again in May.\n⟦S:AFP|AFP⟧",
    "The council will decide on the stadium's name later this month. ⟦S:Associated Press|© Copyright"
    " 2026 The Associated Press⟧",
    "Organisers expect 40,000 runners next year. ⟦S:PTI|PTI RKB ANB⟧",
    "The state will open 120 new primary health centres by March. (⟦S:PTI|With inputs from PTI⟧)",
    "Fog delayed 27 trains arriving in Delhi on Sunday. ⟦S:IANS|--IANS⟧",
    "Police said the suspects had been remanded for seven days. ⟦S:Bernama|--BERNAMA⟧",
    "The airline will add a daily flight to Doha from July. ⟦S:Anadolu|— Anadolu⟧",
    "The storm is expected to make landfall on Thursday. ⟦S:Associated Press|— AP⟧",
    "Farmers have been told to delay planting until the rains return. ⟦S:Xinhua|— Xinhua⟧",
    "The hospital will be completed in 2027. ⟦I:Antara|(ANTARA)⟧",
    "The gallery's east wing reopens in September.\n\n⟦S:AFP|Additional reporting by AFP⟧",
    "The bridge was built in 1911 and last repaired in 1986. ⟦S:Associated Press|This article was"
    " provided by The Associated Press⟧.",
    "Ships were told to avoid the strait until further notice.\n\n⟦S:Bloomberg|--Bloomberg News⟧",
    "The bond sale drew orders of more than $9 billion. ⟦S:Bloomberg|©2026 Bloomberg L.P.⟧",
    "Kim's sister warned of a \"strong response\". ⟦I:Yonhap|(Yonhap)⟧",
    "The minister will visit Beijing next week. ⟦S:Kyodo|==Kyodo⟧",
    # bylines
    "⟦B:Reuters|By Reuters⟧\nMarch 4, 2026\nThe Philippine central bank cut its policy rate by 25 basis"
    " points on Thursday.",
    "⟦B:Associated Press|By The Associated Press⟧\nA look at the key races on the ballot in Tuesday's"
    " primaries in Ohio and Indiana.",
    "⟦B:AFP|Agence France-Presse⟧ in Lima\nPeru's congress has voted to remove the head of the"
    " electoral board, deepening a standoff with the president.",
    "⟦B:Bloomberg|By Bloomberg News⟧\nIndia's bond yields fell after the central bank announced fresh"
    " debt purchases.",
    "⟦B:AFP|AFP⟧, Nairobi\nKenya's tea auction prices fell for a fourth week as demand from Pakistan"
    " slowed.",
    # several credits in one text
    "TOKYO, June 2 ⟦D:Reuters|(Reuters)⟧ - Japan's largest union group will seek wage rises of at least"
    " 5% again next year, ⟦A:Kyodo|Kyodo news agency reported⟧ on Tuesday.",
    "SEOUL ⟦D:AFP|(AFP)⟧ - North Korea fired an artillery barrage into the sea near the western"
    " border island of Yeonpyeong, ⟦A:Yonhap|Yonhap reported⟧, citing the military.",
    "GENEVA, Oct 7 ⟦D:Reuters|(Reuters)⟧ - The WHO said a cholera vaccine shortage would last into"
    " 2027.\n\n(⟦S:Reuters|Reporting by Elodie Marchand; Editing by Hugh Lawson⟧)",
    "BEIRUT ⟦D:Associated Press|(AP)⟧ — Lebanon's parliament failed for a ninth time to elect a"
    " central bank governor on Thursday, ⟦A:Associated Press|an AP reporter at the session said⟧.",
    "⟦A:TASS|TASS reported⟧, and ⟦A:Xinhua|Xinhua confirmed⟧ later, that the two leaders would meet"
    " in Astana in September.",
    "PERTH, Sept 9 ⟦D:Reuters|(Reuters)⟧ - BHP will shut a second nickel smelter in Western"
    " Australia, the miner said on Tuesday, confirming what ⟦A:Reuters|Reuters reported⟧ last"
    " week.",
    "KUANTAN, Jan 6 ⟦D:Bernama|(Bernama)⟧ -- Some 3,400 flood victims in Pahang remained at relief"
    " centres this morning. ⟦S:Bernama|-- BERNAMA⟧",
    "NEW YORK, March 3, 2026 ⟦D:PR Newswire|/PRNewswire/⟧ -- Brightwater Foods, the plant-based"
    " cheese maker, today announced a recall of two products sold in 14 states.",
    "BOSTON--⟦D:Business Wire|(BUSINESS WIRE)⟧--Kestrel Bio said today it has dosed the first"
    " participant in its Phase 2 trial of KB-114.",
    "CALGARY, Alberta, Jan. 20, 2026 ⟦D:Globe Newswire|(GLOBE NEWSWIRE)⟧ -- Bow Valley Resources Ltd."
    " reports record fourth-quarter production of 41,200 boe per day.",
    "WASHINGTON, March 12 ⟦D:UPI|(UPI)⟧ -- A federal judge on Thursday blocked a rule that would have"
    " capped late fees on credit cards at $8.",
    "⟦B:AFP|By AFP⟧\nSydney, Australia\nBushfires forced the evacuation of two towns in New South"
    " Wales on Saturday.",
    "Fed leaves rates on hold, signals patience\nWASHINGTON, July 29 ⟦D:Reuters|(Reuters)⟧ - The"
    " Federal Reserve held interest rates steady on Wednesday and said it needed more evidence that"
    " inflation was cooling.",
    f"NEW DELHI{NBSP}⟦D:Reuters|(Reuters)⟧{NBSP}– India's power demand hit a record on Thursday as"
    " temperatures in the north stayed above 45 degrees Celsius.",
    "⟦B:AFP|Agence France-Presse⟧ | Updated: Mar 03, 2026, 09:41 IST\nThe Maldives will require"
    " tourists to pay a new green tax from July.",
    "⟦B:PTI|PTI⟧ | New Delhi\nThe Railways will introduce 24 new Vande Bharat sleeper trains on"
    " long-distance routes this year.",
    "The cyclone weakened after making landfall near Puri, ⟦A:PTI|the Press Trust of India"
    " reported⟧.",
    "The referendum passed with 61% of the vote, ⟦A:AFP|Agence France-Presse reported⟧.",
    "Prosecutors have opened an investigation into the crash, ⟦A:dpa|the German news agency Deutsche"
    " Presse-Agentur reported⟧.",
    # bylines and credits inside papers' own stories
    "By JANE HOLLOWAY ⟦B:Associated Press|Associated Press⟧\nWASHINGTON — The Labor Department said"
    " Friday that job openings fell to 6.9 million in August.",
    "The county has recorded 41 cases of dengue since January. ⟦S:Reuters|Reuters contributed to"
    " this report⟧.",
    "The heatwave is expected to ease by the weekend. ⟦S:Associated Press|Associated Press writer"
    " Tomás Ibarra in Phoenix contributed to this report⟧.",
    "\"We were told nothing,\" one passenger said ⟦A:AFP|in an interview with AFP⟧ at the airport.",
    "Ships have been rerouted around the Cape, ⟦A:Reuters|data compiled by Reuters show⟧.",
    "The capital's markets reopened on Monday, ⟦A:Bernama|Malaysia's national news agency Bernama"
    " reported⟧.",
    "COLOMBO, Feb 10 ⟦D:Xinhua|(Xinhua)⟧ -- Sri Lanka's tourist arrivals rose 22 percent in January,"
    " data from the tourism authority showed on Tuesday.",
    "ISLAMABAD, Jan 19 ⟦D:APP|(APP)⟧: The Senate on Monday passed a bill to set up an authority for"
    " the protection of journalists, days after PTI senators walked out.",
    # negatives: the agency as subject
    N("subject", "Reuters named a new bureau chief for Southeast Asia on Wednesday, based in Singapore."),
    N("subject", "An AFP photographer was injured by rubber bullets while covering the protest, the"
      " agency said in a statement."),
    N("subject", "Thomson Reuters raised its annual revenue outlook after strong demand for its legal"
      " software."),
    N("subject", "The Associated Press marked its 180th anniversary with an exhibition of photographs"
      " in New York."),
    N("subject", "Bloomberg terminals were briefly unavailable to users in Asia on Monday morning."),
    N("subject", "Xinhua opened its first bureau in the Pacific islands, in Honiara."),
    N("subject", "The AP Stylebook now lists \"heat dome\" as an accepted term."),
    N("subject", "Press Trust of India elected a new chairman at its annual meeting on Saturday."),
    N("subject", "Yonhap News Agency will launch a Vietnamese-language service next month."),
    # homonyms
    N("homonym", "Schools in AP and Telangana will close for Sankranti from January 10 to 18."),
    N("homonym", "The AFP said it had seized 1.2 tonnes of methamphetamine hidden in a shipment of"
      " tiles in Melbourne."),
    N("homonym", "The AFP's Southern Luzon Command said two rebels surrendered in Quezon province."),
    N("homonym", "PTI chairman said the party would boycott the by-elections in Punjab."),
    N("homonym", "Transactions on UPI crossed 18 billion in October, according to NPCI data."),
    N("homonym", "ANI Pharmaceuticals shares rose after the FDA approved its generic eye drop."),
    N("homonym", "Michael Bloomberg's charity pledged $50 million for city parks."),
    N("homonym", "The town's oldest house belonged to the writer Fritz Reuter's uncle."),
    N("homonym", "The bonds were upgraded to AA by S&P on Thursday."),
    N("homonym", "A.P. Moller-Maersk said Red Sea diversions would last into next year."),
    N("homonym", "Tickets for AP Dhillon's concert in Mumbai sold out within an hour."),
    N("homonym", "An AFP spokesperson said troops recovered three rifles after the encounter in"
      " Maguindanao."),
    N("homonym", "Bloomberg Philanthropies will fund road-safety programmes in ten African cities."),
    N("homonym", "Police closed Xinhua Road in Shanghai for the marathon on Sunday."),
    N("homonym", "ANSA McAL reported a 9% rise in profit for the year."),
    N("subject", "She spent 20 years at Reuters before joining the central bank as its communications"
      " chief."),
    N("subject", "The Reuters Institute's annual report found that trust in news had stabilised."),
    N("subject", "Business Wire, a Berkshire Hathaway company, has offices in 18 countries."),
    N("list", "The briefing was attended by reporters from AP, UPI and Bloomberg."),
    N("unverified", "Anadolu could not independently verify the footage, the agency said."),
    N("generic", "The aid convoy reached the town on Sunday. — Staff and agencies"),
    N("url", "Full results: www.globenewswire.com/search/organization/northline"),
    N("photo", "Graphic: Reuters"),
    N("homonym", "Asia Pulp & Paper (APP) said it would stop buying wood from two suppliers in"
      " Riau."),
    N("word", "Residents can report potholes through the council's new app, launched on Monday."),
    # ordinary words
    N("word", "The cabinet approved the defence budget on Friday after a long debate on effectiveness."),
    N("homonym", "Guests at the Antara Dunes resort near Abu Dhabi were moved indoors as the sandstorm"
      " hit."),
    # photo credits
    N("photo", "A farmer checks his flooded paddy field in Kedah. REUTERS/Hasnoor Hussain"),
    N("photo", "Firefighters battle the blaze on Tuesday. (AP Photo/Maria Delgado)"),
    N("photo", "Supporters wave flags at the rally in Lahore. (APP Photo)"),
    N("photo", "Fishing boats in the harbour at Busan. Yonhap photo"),
    N("photo", "Students at the science fair in Pune. PTI photo"),
    # urls
    N("url", "Read the full investigation at reuters.com/investigates."),
    N("url", "Press inquiries: media@businesswire.com"),
    # lists
    N("list", "Journalists from Reuters, AFP and Kyodo were among those invited on the tour of the"
      " plant."),
    # unverified
    N("unverified", "Reuters was unable to independently confirm the report."),
    N("unverified", "The AP has not been able to verify the video's authenticity."),
    # polls
    N("poll", "A Reuters/Ipsos poll showed the president's approval at 41%."),
    # generic
    N("generic", "The bridge collapsed at about 3 a.m. local time. (Agencies)"),
    N("generic", "Compiled from wire reports."),
    # chart
    N("chart", "Graphic: Brent crude prices since 2020. Source: Bloomberg"),
]

# ---------------------------------------------------------------------------------------------
# Spanish (EFE, Europa Press, reprints in Spain and Latin America)
# ---------------------------------------------------------------------------------------------
ES: list[str | Neg] = [
    "BOGOTÁ, 14 abr ⟦D:EFE|(EFE)⟧.- El Gobierno colombiano declaró la emergencia sanitaria en tres"
    " municipios del Chocó por un brote de malaria que ya suma 1.300 casos.",
    "Lima, 9 oct ⟦D:EFE|(EFE)⟧.- La Fiscalía peruana allanó este jueves las oficinas de una constructora"
    " investigada por sobornos en la adjudicación de dos hospitales.",
    "SEVILLA, 22 Sep. ⟦D:Europa Press|(EUROPA PRESS)⟧ - La Junta licitará en noviembre la ampliación"
    " del metro hasta el Aljarafe, con un presupuesto de 310 millones de euros.",
    "Ciudad de México ⟦D:Reuters|(Reuters)⟧ - El banco central mexicano recortó su tasa de referencia un"
    " cuarto de punto, hasta el 8,5%, en una decisión dividida.",
    "SANTIAGO, 3 nov ⟦D:AFP|(AFP)⟧ - Unas 2.000 personas fueron desalojadas este lunes en la región de"
    " Valparaíso por un incendio forestal.",
    "Montevideo, 17 feb ⟦D:EFE|(EFE)⟧.- El Parlamento uruguayo aprobó la ley de cuidados paliativos con"
    " votos de todos los partidos.",
    "La inflación argentina se moderó al 2,1% mensual en marzo, ⟦A:Reuters|informó la agencia"
    " Reuters⟧ citando datos oficiales.",
    "Al menos seis personas murieron en el derrumbe de una mina en Zacatecas, ⟦A:AFP|según la agencia"
    " AFP⟧.",
    "«No vamos a dejar el barrio», ⟦A:EFE|dijo a EFE⟧ una vecina afectada por el desalojo.",
    "⟦A:Europa Press|Según ha informado Europa Press⟧, el consejo de ministros aprobará el martes el"
    " anteproyecto.",
    "El ministro dimitió tras conocerse los audios, ⟦A:Associated Press|reportó la agencia AP⟧.",
    "La petrolera estatal prevé duplicar su producción de gas en 2028, ⟦A:Bloomberg|de acuerdo con"
    " Bloomberg⟧.",
    "El sismo de magnitud 6,1 no causó daños, ⟦A:Xinhua|según la agencia china Xinhua⟧.",
    "Las lluvias dejaron 40 familias damnificadas en Cusco.\n\n⟦S:EFE|EFE mcp/rbn⟧",
    "Con información de ⟦C:Reuters|Reuters⟧ y ⟦C:EFE|EFE⟧",
    "El cierre de la frontera se prolongará hasta el lunes. (⟦S:AFP|Con información de AFP⟧)",
    "⟦B:AFP|Por AFP⟧\nEl papa recibió este sábado a una delegación de pueblos indígenas de la Amazonía.",
    "⟦B:EFE|Agencia EFE⟧ | Asunción\nParaguay subastará en mayo la primera licencia de litio del país.",
    "BUENOS AIRES, 2 may ⟦D:EFE|(EFE)⟧.- El Gobierno argentino colocará bonos por 1.000 millones de"
    " dólares la próxima semana, ⟦A:Bloomberg|según publicó la agencia Bloomberg⟧.",
    "La carretera permanecerá cortada al menos hasta el viernes. ⟦S:EFE|—EFE⟧",
    "El Congreso aprobó la reforma con 178 votos a favor, ⟦A:Europa Press|informa Europa Press⟧.",
    "La lava alcanzó el mar a primera hora del domingo, ⟦A:Reuters|según testigos citados por"
    " Reuters⟧.",
    "CIUDAD DE MÉXICO, 10 de marzo de 2026 ⟦D:PR Newswire|/PRNewswire/⟧ -- Grupo Tlaloc anunció hoy la"
    " apertura de su tercer centro de distribución en el Bajío.",
    "BARCELONA, 8 Feb. ⟦D:Europa Press|(EUROPA PRESS)⟧ - El Ayuntamiento ampliará la zona de bajas"
    " emisiones a cuatro municipios más, ⟦A:Europa Press|según ha podido saber Europa Press⟧.",
    "⟦B:Europa Press|Por Europa Press⟧\nLa Audiencia Nacional ha archivado la causa contra los"
    " directivos de la eléctrica.",
    N("homonym", "Alianza Popular (AP) celebró su primer congreso en 1977."),
    N("word", "El Ministerio de Defensa desplegará 300 militares en la frontera."),
    N("url", "Más información en www.efe.com/efe/espana/sociedad."),
    N("list", "A la rueda de prensa asistieron periodistas de EFE, Europa Press y Reuters."),
    N("photo", "Vista del puerto de Valencia este martes. EFE/Ana Escobar"),
    N("homonym", "La AFP Horizonte devolverá los aportes a 30.000 afiliados en junio."),
    N("word", "El efecto de la sequía se notará en los precios de la fruta este verano."),
    N("subject", "Europa Press celebra su 70 aniversario con un encuentro de periodistas en Madrid."),
    N("unverified", "Reuters no ha podido confirmar por su cuenta el número de víctimas."),
    N("generic", "El tráfico en la autopista se restableció a las nueve de la noche. (Agencias)"),
]

# ---------------------------------------------------------------------------------------------
# French (AFP and reprints in France, Belgium, Switzerland, Africa, Quebec)
# ---------------------------------------------------------------------------------------------
FR: list[str | Neg] = [
    "Lyon ⟦D:AFP|(AFP)⟧ - Un entrepôt de pneus a brûlé toute la nuit dans la zone industrielle de"
    " Vénissieux, sans faire de blessé, ont indiqué les pompiers mardi.",
    "ABIDJAN, 12 mars ⟦D:AFP|(AFP)⟧ - La Côte d'Ivoire va relever le prix garanti du cacao payé aux"
    " planteurs pour la campagne intermédiaire, a annoncé le gouvernement.",
    "Bruxelles, 5 juin ⟦D:Reuters|(Reuters)⟧ - La Commission européenne a ouvert jeudi une enquête sur"
    " les aides publiques accordées à un fabricant de batteries.",
    "Le chantier du tramway sera achevé à l'automne 2027, ⟦A:AFP|selon l'AFP⟧.",
    "« Nous n'avons plus d'eau depuis six jours », ⟦A:AFP|a raconté à l'AFP⟧ une habitante de"
    " Mayotte.",
    "Le groupe pourrait supprimer 1.200 emplois sur le continent, ⟦A:Reuters|rapporte l'agence"
    " Reuters⟧.",
    "⟦A:Bloomberg|D'après Bloomberg⟧, l'opérateur serait prêt à céder ses tours télécoms pour 4"
    " milliards d'euros.",
    "Le navire a été arraisonné au large de Hodeïda, ⟦A:Associated Press|selon l'agence américaine"
    " Associated Press⟧.",
    "Pékin va ouvrir trois nouvelles lignes ferroviaires vers le Laos, ⟦A:Xinhua|a annoncé l'agence"
    " Chine nouvelle⟧.",
    "Au moins douze personnes ont péri dans l'effondrement d'un pont, ⟦A:Anadolu|selon l'agence"
    " Anadolu⟧.",
    "La gare restera fermée jusqu'à lundi.\n\n⟦S:AFP|Avec AFP⟧",
    "Les discussions reprendront à Genève en mai. (⟦C:AFP|AFP⟧, ⟦C:Reuters|Reuters⟧)",
    "Par Le Monde ⟦B:AFP|avec AFP⟧\nLe Parlement a adopté définitivement la réforme de l'assurance"
    " chômage.",
    "Le prix du pain augmentera de 10 francs CFA le mois prochain. ⟦S:AFP|© 2026 AFP⟧",
    "Le ministre a démenti toute démission, ⟦A:AFP|a-t-il assuré à l'AFP⟧.",
    "MONTRÉAL ⟦D:Associated Press|(AP)⟧ — Les feux de forêt du nord du Québec ont forcé l'évacuation"
    " de deux communautés cries.",
    "NAIROBI ⟦D:AFP|(AFP)⟧ - Le Kenya a suspendu les exportations de maïs, ⟦A:Reuters|a indiqué à"
    " Reuters⟧ un responsable du ministère de l'Agriculture.",
    "Le cyclone a fait au moins neuf morts à Madagascar, selon un bilan provisoire. ⟦I:AFP|(AFP)⟧",
    "Les négociations sur le nucléaire reprendront à Oman la semaine prochaine.\n⟦S:AFP|— Agence"
    " France-Presse⟧",
    "MONTRÉAL, 14 janv. 2026 ⟦D:Globe Newswire|(GLOBE NEWSWIRE)⟧ -- Les Aliments Boréal inc. annonce"
    " l'acquisition d'une boulangerie industrielle à Sherbrooke.",
    "KIEV ⟦D:AFP|(AFP)⟧ - Des frappes ont privé d'électricité 200.000 foyers, ⟦A:AFP|a indiqué à"
    " l'AFP⟧ un porte-parole de l'opérateur.",
    N("subject", "Le siège de l'AFP, place de la Bourse, a été évacué mardi après une alerte à la"
      " bombe."),
    N("homonym", "Les forces armées philippines (AFP) ont annoncé la reddition de six rebelles."),
    N("generic", "Le trafic ferroviaire reprendra lundi matin. (Avec agences)"),
    N("photo", "Des manifestants à Dakar le 4 mars. AFP/Archives"),
    N("homonym", "Le PTI de l'ancien Premier ministre pakistanais a appelé ses partisans à manifester"
      " vendredi à Islamabad."),
    "Une source gouvernementale ⟦A:Reuters|a confirmé à Reuters⟧ que le décret serait publié jeudi.",
    "GENÈVE, 8 avril ⟦D:AFP|(AFP)⟧ - Les glaciers suisses ont perdu 3 % de leur volume l'an dernier,"
    " selon un rapport publié mercredi. Une vidéo de l'AFP montre la langue du glacier du Rhône.",
    N("subject", "L'AFP a inauguré un bureau régional à Johannesburg pour l'Afrique australe."),
    N("unverified", "Ces informations n'ont pas pu être vérifiées de source indépendante par l'AFP."),
    N("list", "Des journalistes de l'AFP, de Reuters et de l'AP étaient présents au procès."),
    N("url", "Contact presse : presse@reuters-events.fr"),
]

# ---------------------------------------------------------------------------------------------
# German (dpa and its regional services, reprints in Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------------------------
DE: list[str | Neg] = [
    "Hannover ⟦D:dpa|(dpa/lni)⟧ - Nach einem Stromausfall im Stellwerk ist der Zugverkehr zwischen"
    " Hannover und Wolfsburg am Montagmorgen für zwei Stunden unterbrochen gewesen.",
    "München ⟦D:dpa|(dpa/lby)⟧ - Die Zahl der Wildunfälle in Bayern ist im vergangenen Jahr auf einen"
    " Höchststand gestiegen.",
    "Berlin ⟦D:dpa|(dpa)⟧ - Die Bundesregierung will die Förderung für Lastenräder im kommenden Jahr"
    " verdoppeln.",
    "Frankfurt/Main ⟦D:Reuters|(Reuters)⟧ - Der Dax hat am Donnerstag leicht im Plus geschlossen,"
    " gestützt von Gewinnen bei Versorgern.",
    "Wien ⟦D:AFP|(AFP)⟧ - Österreich verschärft die Regeln für Kurzzeitvermietungen in der"
    " Innenstadt.",
    "Das Unternehmen prüft den Verkauf seiner Pumpensparte, ⟦A:Reuters|berichtete die"
    " Nachrichtenagentur Reuters⟧ am Dienstag unter Berufung auf zwei Eingeweihte.",
    "⟦A:dpa|Wie ein Sprecher der Deutschen Presse-Agentur sagte⟧, soll die Brücke im Herbst wieder"
    " freigegeben werden.",
    "Das Feuer brach gegen 3 Uhr in einer Lagerhalle aus, ⟦A:dpa|teilte die Polizei der dpa mit⟧.",
    "Bei dem Busunglück in den Anden starben 14 Menschen, ⟦A:AFP|wie die Nachrichtenagentur AFP"
    " meldete⟧.",
    "⟦A:Bloomberg|Laut Bloomberg⟧ erwägt der Konzern eine Kapitalerhöhung von bis zu zwei Milliarden"
    " Euro.",
    "Die Flutwarnung für den Süden des Landes bleibt bestehen, ⟦A:Xinhua|berichtete die staatliche"
    " Nachrichtenagentur Xinhua⟧.",
    "Der Wirt plant, das Lokal im Mai wieder zu öffnen.\n\n⟦S:dpa|Quelle: dpa⟧",
    "Die Sanierung soll rund 38 Millionen Euro kosten. ⟦S:dpa|© dpa-infocom, dpa:260314-930-221845/2⟧",
    "Die Gespräche sollen in der kommenden Woche fortgesetzt werden. ⟦C:AFP|AFP⟧/⟦C:dpa|dpa⟧/ade",
    "Der Streik betrifft alle Flughäfen des Landes. kle/ehl (⟦C:dpa|dpa⟧, ⟦C:Reuters|rtr⟧)",
    "⟦A:Anadolu|Nach Angaben der türkischen Nachrichtenagentur Anadolu⟧ wurden 40 Verdächtige"
    " festgenommen.",
    "Zürich ⟦D:Reuters|(Reuters)⟧ - Die Schweizer Nationalbank hat den Leitzins unverändert gelassen."
    " Die Reuters-Umfrage unter Ökonomen hatte das so erwartet.",
    "Der Flughafen bleibt bis Montag geschlossen.\n\n⟦C:dpa|dpa⟧/⟦C:Reuters|rtr⟧/⟦C:AFP|AFP⟧",
    "Kassel ⟦D:dpa|(dpa/lhe)⟧ - Nach dem Hochwasser an der Fulda hat die Stadt den Katastrophenfall"
    " aufgehoben. ⟦A:dpa|Wie ein Stadtsprecher der dpa sagte⟧, sinken die Pegel seit Samstag.",
    "Der Papst hat den Bischof von Limburg zum Erzbischof ernannt. kna/⟦C:dpa|dpa⟧",
    "Die Waldbrände in Kanada haben weitere 12.000 Hektar erfasst. ⟦I:dpa|(dpa)⟧",
    "BERLIN--⟦D:Business Wire|(BUSINESS WIRE)⟧--Die Halvern Robotics GmbH hat heute den Abschluss einer"
    " Finanzierungsrunde über 40 Millionen Euro bekanntgegeben.",
    N("subject", "Der frühere dpa-Korrespondent erhielt in Berlin den Theodor-Wolff-Preis."),
    N("homonym", "Der Reuterweg in Frankfurt wird wegen Bauarbeiten drei Wochen gesperrt."),
    N("generic", "Die Polizei ermittelt wegen fahrlässiger Brandstiftung. (Mit Material von"
      " Agenturen)"),
    N("photo", "Ein Schiff auf dem Rhein bei Niedrigwasser. Foto: Oliver Berg/dpa"),
    N("homonym", "Die Datenschutzbehörde (DPA) in Irland verhängte eine Strafe von 90 Millionen Euro."),
    N("word", "Der Efeu an der Fassade muss vor dem Anstrich entfernt werden."),
    N("subject", "Die dpa hat einen neuen Chefredakteur berufen, der sein Amt im Juli antritt."),
    N("poll", "Im Bloomberg-Milliardärsindex rückte der Unternehmer auf Platz zwölf vor."),
    N("unverified", "Die Angaben der Miliz ließen sich von Reuters nicht überprüfen."),
]

# ---------------------------------------------------------------------------------------------
# Italian (ANSA and reprints)
# ---------------------------------------------------------------------------------------------
IT: list[str | Neg] = [
    "⟦D:ANSA|(ANSA)⟧ - TORINO, 12 MAG - Un incendio ha distrutto nella notte un capannone di una ditta"
    " di logistica a Settimo Torinese. Nessun ferito.",
    "BARI, 3 OTT - La Regione ha stanziato 15 milioni per la lotta alla xylella negli uliveti del"
    " Salento. ⟦I:ANSA|(ANSA)⟧.",
    "(⟦C:ANSA|ANSA⟧-⟦C:AFP|AFP⟧) - PARIGI, 9 GEN - Il governo francese ha presentato il piano per la"
    " ricostruzione delle dighe.",
    "MILANO, 20 feb ⟦D:Reuters|(Reuters)⟧ - Piazza Affari ha chiuso in rialzo dello 0,8%, trainata"
    " dalle banche.",
    "Il traghetto è rimasto bloccato in porto per il maltempo, ⟦A:ANSA|riferisce l'ANSA⟧.",
    "\"Abbiamo chiesto più controlli\", ⟦A:ANSA|ha detto all'ANSA⟧ il sindaco di Lampedusa.",
    "Il gruppo tedesco starebbe valutando un'offerta per la società, ⟦A:Bloomberg|scrive"
    " Bloomberg⟧.",
    "⟦A:Reuters|Secondo quanto riporta la Reuters⟧, i negoziati riprenderanno a Doha la prossima"
    " settimana.",
    "Il bilancio delle vittime è salito a 27, ⟦A:AFP|secondo l'agenzia France Presse⟧.",
    "La nave ha attraccato a Tianjin con 300 container di vino, ⟦A:Xinhua|scrive l'agenzia Nuova"
    " Cina⟧.",
    "Trenta migranti sono stati soccorsi al largo di Creta, ⟦A:EFE|riporta l'agenzia spagnola"
    " Efe⟧.",
    "Il museo resterà chiuso per lavori fino a settembre. ⟦S:ANSA|RIPRODUZIONE RISERVATA © Copyright"
    " ANSA⟧",
    "NEW YORK, 4 APR - Il petrolio chiude in calo a 71 dollari al barile."
    " (⟦C:ANSA|ANSA⟧-⟦C:Reuters|Reuters⟧).",
    "Lo sciopero dei treni è stato revocato, ⟦A:ANSA|lo riferisce l'agenzia di stampa Ansa⟧.",
    "WASHINGTON, 2 DIC - Il Senato ha approvato il bilancio della difesa. (⟦C:ANSA|ANSA⟧-⟦C:Associated"
    " Press|AP⟧).",
    "PECHINO, 7 MAR - La Cina ha lanciato un nuovo satellite meteorologico. (⟦C:ANSA|ANSA⟧-"
    "⟦C:Xinhua|XINHUA⟧).",
    "Il porto di Genova resterà chiuso per vento fino a domani, ⟦A:ANSA|apprende l'ANSA⟧ da fonti"
    " della Capitaneria.",
    N("subject", "Un fotografo dell'ANSA è stato premiato al World Press Photo."),
    N("url", "Il testo integrale è su www.ansa.it/sito/notizie/cronaca."),
    N("homonym", "Il PTI di Imran Khan ha convocato una manifestazione a Islamabad."),
    N("word", "Il fiume forma un'ampia ansa prima di entrare nel lago."),
    N("photo", "Turisti in piazza San Marco allagata. ANSA/ANDREA MEROLA"),
    N("subject", "L'ANSA ha celebrato il suo ottantesimo anniversario con una mostra al Vittoriano."),
    N("homonym", "L'AP di Catanzaro ha aperto un bando per venti posti da infermiere."),
    N("unverified", "L'ANSA non ha potuto accertare l'autenticità del video."),
    N("generic", "La strada è stata riaperta in serata. (Agenzie)"),
]

# ---------------------------------------------------------------------------------------------
# Portuguese (Brazilian and European reprints)
# ---------------------------------------------------------------------------------------------
PT: list[str | Neg] = [
    "SÃO PAULO ⟦D:Reuters|(Reuters)⟧ - O principal índice da bolsa paulista subiu 1,3% nesta"
    " quarta-feira, puxado pelas mineradoras.",
    "BRASÍLIA, 14 Mar ⟦D:Reuters|(Reuters)⟧ - O governo federal vai antecipar o pagamento do 13º de"
    " aposentados para abril, informou o Ministério da Previdência.",
    "LISBOA, 6 mai ⟦D:AFP|(AFP)⟧ - Portugal vai proibir novas licenças de alojamento local no centro"
    " histórico do Porto, anunciou o governo.",
    "Rio de Janeiro, 9 jul ⟦D:EFE|(EFE)⟧.- Uma operação policial no Complexo da Maré terminou com"
    " quatro presos nesta terça-feira.",
    "A mineradora estuda vender sua fatia na ferrovia, ⟦A:Reuters|segundo a agência Reuters⟧.",
    "Pelo menos 11 pessoas morreram no deslizamento de terra, ⟦A:AFP|informou a AFP⟧.",
    "\"A água chegou ao telhado em minutos\", ⟦A:AFP|disse à AFP⟧ um morador de Porto Alegre.",
    "⟦A:Bloomberg|De acordo com a Bloomberg⟧, o banco pretende demitir 2.000 funcionários até"
    " dezembro.",
    "O acordo deve ser assinado na cúpula de Pequim, ⟦A:Xinhua|segundo a agência estatal chinesa"
    " Xinhua⟧.",
    "O presidente argentino vetou o reajuste das universidades, ⟦A:EFE|conforme noticiou a agência"
    " EFE⟧.",
    "O navio foi liberado após três dias de inspeção. (⟦S:Reuters|Com Reuters⟧)",
    "O leilão foi adiado para junho.\n\n*⟦S:AFP|Com informações da AFP⟧",
    "A seleção volta a treinar na segunda-feira. ⟦C:Reuters|Reuters⟧ e ⟦C:AFP|AFP⟧",
    "⟦B:Associated Press|Por Associated Press⟧\nUm terremoto de magnitude 6,4 atingiu o litoral do"
    " Chile nesta sexta-feira.",
    "GENEBRA ⟦D:Reuters|(Reuters)⟧ - A OMS declarou o fim do surto de mpox na região, ⟦A:AFP|segundo"
    " a AFP⟧, que também ouviu autoridades locais.",
    "O incêndio na refinaria foi controlado após seis horas. ⟦I:AFP|(AFP)⟧",
    "Moscou e Pequim farão exercícios navais conjuntos em julho, ⟦A:TASS|informou a agência estatal"
    " russa TASS⟧.",
    "SÃO PAULO, 4 de fevereiro de 2026 ⟦D:PR Newswire|/PRNewswire/⟧ -- A Vértice Pagamentos anunciou"
    " hoje a expansão de suas operações para o Chile e o Peru.",
    N("homonym", "Santana (AP) - Um incêndio atingiu três barcos no porto do município nesta manhã."),
    N("unverified", "A Reuters não pôde confirmar as informações de forma independente."),
    N("list", "Repórteres de Reuters, Bloomberg e EFE foram barrados na entrada do Senado."),
    N("homonym", "Macapá (AP) - A prefeitura decretou situação de emergência por causa das chuvas."),
    N("generic", "O tráfego na ponte foi normalizado à noite. (Com agências)"),
    N("word", "Mais 3 mil policiais farão o patrulhamento do carnaval, um efetivo recorde."),
    N("photo", "Torcedores comemoram o título na Avenida Paulista. REUTERS/Diego Vara"),
    N("subject", "A Reuters inaugurou um escritório em Brasília dedicado à cobertura de energia."),
    N("url", "Leia a reportagem original em apnews.com."),
]

# ---------------------------------------------------------------------------------------------
# Indonesian
# ---------------------------------------------------------------------------------------------
ID: list[str | Neg] = [
    "Jakarta ⟦D:Antara|(ANTARA)⟧ - Pemerintah Provinsi DKI Jakarta menambah 200 armada bus listrik untuk"
    " rute pinggiran kota mulai bulan depan.",
    "Makassar ⟦D:Antara|(ANTARA)⟧ - Balai Besar Wilayah Sungai Pompengan menyiagakan pompa air di lima"
    " titik rawan banjir di kota itu.",
    "Surabaya, 12/3 ⟦D:Antara|(ANTARA)⟧ - Sebanyak 40 kapal nelayan tidak melaut akibat gelombang"
    " tinggi di perairan Madura.",
    "Sedikitnya 23 orang tewas dalam banjir bandang di Afghanistan, ⟦A:AFP|dikutip dari AFP⟧.",
    "⟦A:Reuters|Melansir Reuters⟧, harga minyak sawit di Bursa Malaysia naik 2 persen pada Senin.",
    "Perusahaan itu berencana melepas 15 persen sahamnya, ⟦A:Bloomberg|seperti dilaporkan"
    " Bloomberg⟧.",
    "\"Sejauh ini tidak ada korban jiwa,\" ⟦A:Antara|kata Kepala BPBD kepada ANTARA⟧ di Padang.",
    "Gempa bermagnitudo 5,9 mengguncang Taiwan timur, ⟦A:Xinhua|menurut kantor berita Xinhua⟧.",
    "⟦A:Kyodo|Kantor berita Kyodo melaporkan⟧ bahwa Jepang akan mencabut larangan impor itu pada"
    " April.",
    "Kapal tanker tersebut disita otoritas Iran, ⟦A:Associated Press|lapor kantor berita AP⟧.",
    "Pembangunan bendungan ditargetkan selesai tahun depan.\n\n⟦S:Antara|Copyright © ANTARA 2026⟧",
    "Pelabuhan itu akan dibuka kembali Jumat. ⟦I:Antara|(Antara)⟧",
    "Dua warga Indonesia dilaporkan selamat, ⟦A:Bernama|demikian dilaporkan Bernama⟧.",
    "Jakarta ⟦D:Antara|(ANTARA)⟧ - Harga cabai rawit di pasar induk naik dua kali lipat,"
    " ⟦A:Reuters|seperti dikutip Reuters⟧ dari pedagang setempat.",
    "Pemerintah menargetkan produksi beras 35 juta ton tahun ini.\n\n⟦S:Antara|Sumber: ANTARA⟧",
    "\"Air datang sangat cepat,\" ⟦A:AFP|kata seorang warga kepada AFP⟧.",
    N("subject", "Perum LKBN ANTARA merayakan hari jadinya yang ke-89 di Jakarta."),
    N("word", "Lima provinsi, di antaranya Jawa Barat dan Banten, menetapkan status siaga banjir."),
    N("url", "Simak berita selengkapnya di antaranews.com."),
    N("word", "Jarak antara Bogor dan Jakarta dapat ditempuh dalam satu jam dengan kereta."),
    N("word", "Seorang pria bernama Agus ditangkap karena mencuri sepeda motor di Depok."),
    N("photo", "Warga melintasi jembatan darurat di Garut. ANTARA FOTO/Adeng Bustomi/nym."),
    N("homonym", "Bank itu meluncurkan layanan pembayaran UPI bagi wisatawan India di Bali."),
    N("unverified", "Reuters tidak dapat memverifikasi secara independen klaim tersebut."),
    N("list", "Wartawan dari Reuters, AFP dan ANTARA hadir dalam konferensi pers itu."),
]

# ---------------------------------------------------------------------------------------------
# Malay (Bernama and Malaysian reprints)
# ---------------------------------------------------------------------------------------------
MS: list[str | Neg] = [
    "KUALA LUMPUR, 3 Mac -- Kerajaan akan memperluas program rumah mampu milik ke 12 daerah baharu"
    " tahun ini, kata menteri. ⟦S:Bernama|-- BERNAMA⟧",
    "IPOH, 18 Jun ⟦D:Bernama|(Bernama)⟧ -- Dua jalan utama di Kinta ditutup selepas tanah runtuh"
    " berikutan hujan lebat petang tadi.",
    "JOHOR BAHRU, 9 Okt -- Seramai 1,200 mangsa banjir masih berada di pusat pemindahan sementara."
    "\n\n⟦S:Bernama|-- BERNAMA⟧",
    "Harga emas dunia naik ke paras tertinggi dalam sebulan, ⟦A:Reuters|lapor Reuters⟧.",
    "⟦A:Bernama|Menurut Bernama⟧, projek jambatan itu dijangka siap pada 2028.",
    "\"Kami akan terus memantau keadaan,\" ⟦A:Bernama|katanya kepada Bernama⟧.",
    "Sekurang-kurangnya 30 orang cedera dalam letupan di Karachi, ⟦A:AFP|menurut agensi berita"
    " AFP⟧.",
    "China akan melanjutkan kemudahan bebas visa kepada rakyat Malaysia, ⟦A:Xinhua|lapor agensi"
    " berita Xinhua⟧.",
    "Keputusan itu dimaklumkan dalam satu kenyataan hari ini. ⟦S:Bernama|--BERNAMA⟧",
    "Pasukan bomba berjaya memadamkan kebakaran itu dalam masa sejam. ⟦I:Bernama|(Bernama)⟧",
    "Menurut ⟦C:Reuters|Reuters⟧ dan ⟦C:Bloomberg|Bloomberg⟧, syarikat itu sedang berunding untuk"
    " menjual unit perkapalannya.",
    "Indonesia akan mengurangkan eksport arang batu tahun depan, ⟦A:Antara|lapor agensi berita"
    " Antara⟧.",
    "SHAH ALAM, 12 Mei -- Kerajaan negeri akan membina 5,000 unit rumah mampu milik tahun depan."
    " ⟦S:Bernama|-- BERNAMA⟧",
    "Jalan Persekutuan itu dibuka semula kepada trafik petang ini.\n\n⟦S:Bernama|Sumber: Bernama⟧",
    "⟦A:Bernama|Bernama melaporkan⟧ bahawa 300 peneroka terjejas akibat banjir kilat di Pahang.",
    N("word", "Tiga negeri, antaranya Kelantan dan Terengganu, dilanda banjir."),
    N("url", "Layari www.bernama.com/bm untuk video penuh sidang media itu."),
    N("unverified", "Bernama tidak dapat mengesahkan dakwaan itu secara bebas."),
    N("word", "Persidangan antarabangsa itu akan diadakan di Putrajaya bulan depan."),
    N("word", "Seorang lelaki bernama Ahmad ditahan kerana memandu secara berbahaya."),
    N("word", "Perbezaan antara kedua-dua cadangan itu amat kecil, kata beliau."),
    N("photo", "Pengunjung di Pesta Tanglung di Melaka. --fotoBERNAMA"),
    N("subject", "Bernama meraikan ulang tahun ke-58 dengan majlis makan malam di Kuala Lumpur."),
    N("homonym", "Pasukan AFP Filipina menahan dua suspek di Sulu."),
]

# ---------------------------------------------------------------------------------------------
# Turkish (Anadolu and Turkish reprints)
# ---------------------------------------------------------------------------------------------
TR: list[str | Neg] = [
    "İZMİR ⟦D:Anadolu|(AA)⟧ - Kentte etkili olan sağanak nedeniyle 40 ev ve iş yerini su bastı.",
    "ANKARA ⟦D:Anadolu|(AA)⟧ - Hazine ve Maliye Bakanlığı, yeni tahvil ihalesinde 42 milyar lira borçlandı.",
    "TRABZON ⟦D:Anadolu|(AA)⟧ - Çaykara'da heyelan nedeniyle kapanan yol 6 saat sonra ulaşıma açıldı.",
    "İSTANBUL ⟦D:Reuters|(Reuters)⟧ - Borsa İstanbul günü yüzde 1,2 yükselişle tamamladı.",
    "Valilikten yapılan açıklamaya göre yangın kontrol altına alındı. ⟦S:Anadolu|Kaynak: AA⟧",
    "⟦A:Reuters|Reuters'ın haberine göre⟧, şirket Avrupa'daki iki fabrikasını kapatmayı planlıyor.",
    "⟦A:AFP|AFP'nin aktardığına göre⟧, Lagos'taki yangında 12 kişi hayatını kaybetti.",
    "Belediye Başkanı, ⟦A:Anadolu|AA muhabirine⟧ yaptığı açıklamada çalışmaların sürdüğünü söyledi.",
    "⟦A:Bloomberg|Bloomberg'in haberine göre⟧ banka 3 milyar dolarlık tahvil ihracına hazırlanıyor.",
    "⟦A:Anadolu|Anadolu Ajansı'nın (AA) edindiği bilgiye göre⟧, zanlılar adliyeye sevk edildi.",
    "⟦A:TASS|Rus haber ajansı TASS'ın bildirdiğine göre⟧, iki ülke heyeti Cuma günü Kazan'da"
    " görüşecek.",
    "⟦A:Associated Press|AP'nin haberine göre⟧ fırtına nedeniyle 200 bin ev elektriksiz kaldı.",
    "⟦A:Xinhua|Çin'in resmi haber ajansı Şinhua'nın haberine göre⟧, baraj haziranda hizmete girecek.",
    "⟦A:dpa|Alman DPA ajansına göre⟧ grev pazartesi başlayacak.",
    "ANKARA ⟦D:Anadolu|(AA)⟧ - Dışişleri Bakanı, ⟦A:Reuters|Reuters'a⟧ verdiği demeçte ateşkes"
    " görüşmelerinin sürdüğünü söyledi.",
    "Kazada yaralanan 4 kişi hastaneye kaldırıldı. ⟦I:Anadolu|(AA)⟧",
    "Şirketin halka arzı ertelendi.\n\n⟦S:Reuters|Kaynak: Reuters⟧",
    N("homonym", "Anadolu Sigorta, yılın ilk çeyreğinde net kârını yüzde 40 artırdı."),
    N("list", "Toplantıyı AA, Reuters ve AFP muhabirleri takip etti."),
    N("unverified", "Reuters bu iddiaları bağımsız olarak doğrulayamadı."),
    N("homonym", "Anadolu Efes, Avrupa Ligi'nde deplasmanda galip geldi."),
    N("homonym", "Kumandanın AA pilleri bittiği için televizyon açılmadı."),
    N("homonym", "Anadolu'nun birçok kentinde sıcaklık mevsim normallerinin üzerine çıktı."),
    N("photo", "Fotoğraf: AA / Murat Kaya"),
    N("url", "Haberin tamamı için: https://www.aa.com.tr/tr/ekonomi"),
    N("subject", "Anadolu Ajansı, Afrika'daki temsilcilik sayısını 14'e çıkardı."),
]

# ---------------------------------------------------------------------------------------------
# Chinese (Xinhua and reprints on the mainland, in Hong Kong, Taiwan and Singapore)
# ---------------------------------------------------------------------------------------------
ZH: list[str | Neg] = [
    "⟦D:Xinhua|新华社合肥4月12日电⟧（记者许明）安徽省今年将新建城市公园120个，新增绿道800公里。",
    "⟦D:Xinhua|新华社拉萨9月3日电⟧ 西藏自治区首条高原氢能公交线路3日在拉萨开通运营。",
    "⟦D:Xinhua|新华社北京11月20日电⟧ 国家统计局20日公布，10月份全国规模以上工业增加值同比增长5.2%。",
    "⟦D:Reuters|路透北京3月7日⟧ - 中国海关数据显示，2月份大豆进口量同比下降18%。",
    "⟦A:Reuters|据路透社报道⟧，该集团正在评估剥离旗下欧洲电池资产的方案。",
    "⟦A:AFP|据法新社报道⟧，尼日利亚北部一所学校遭袭，至少15名学生失踪。",
    "⟦A:Kyodo|据日本共同社报道⟧，东京都政府拟从明年起上调公共交通票价。",
    "⟦A:Yonhap|韩联社报道称⟧，韩国央行决定维持基准利率不变。",
    "⟦A:TASS|据塔斯社消息⟧，俄罗斯与蒙古将于下月举行联合演习。",
    "⟦A:Bloomberg|彭博社援引知情人士报道⟧，该银行计划在亚洲裁员约300人。",
    "救援工作将持续到周末，一位省级官员⟦A:AFP|对法新社说⟧。",
    "⟦A:Associated Press|美联社报道⟧，加州山火已烧毁超过两万英亩土地。",
    "台风“海葵”预计周五在福建沿海登陆，当地已转移群众三万余人。（综合⟦C:Xinhua|新华社⟧、⟦C:AFP|法新社⟧报道）",
    "⟦D:Xinhua|新华社纽约5月6日电⟧ 华尔街分析人士认为，美联储下周可能暂停加息。",
    "⟦D:AFP|法新社巴黎4月2日电⟧ 法国议会2日通过一项法案，禁止在中小学使用一次性塑料餐具。",
    "广西南宁至越南河内的跨境班列本月起增至每周四列。（⟦S:Xinhua|来源：新华社⟧）",
    "⟦D:Xinhua|新华社东京6月2日电⟧ ⟦A:Kyodo|共同社援引消息人士报道⟧，日本央行将于下周讨论缩减购债规模。",
    "⟦A:Xinhua|新华社消息⟧，我国首艘大型邮轮将于下月开启第二季航线。",
    "⟦A:Yonhap|据韩国联合通讯社报道⟧，首尔市将于明年起延长地铁末班车运营时间。",
    "菲律宾吕宋岛北部发生5.8级地震，暂无人员伤亡报告。⟦I:AFP|（法新社）⟧",
    N("homonym", "上海新华医院新建的儿科大楼本周投入使用。"),
    N("photo", "图片来源：路透社"),
    N("subject", "共同社社长一行于本周访问了北京。"),
    N("homonym", "美联储主席在国会作证时表示，通胀仍高于目标。"),
    N("homonym", "新华书店将在春节期间延长营业时间。"),
    N("photo", "图为游客在西湖边赏梅。新华社记者 陈亮 摄"),
    N("homonym", "布隆伯格慈善基金会宣布向非洲城市捐赠两亿美元。"),
    N("poll", "最新一期路透/益普索联合民调中，约四成选民支持该法案。"),
    N("subject", "路透社任命了新的亚洲区总编辑。"),
]

# ---------------------------------------------------------------------------------------------
# Urdu (Pakistani papers)
# ---------------------------------------------------------------------------------------------
UR: list[str | Neg] = [
    "اسلام آباد ⟦D:APP|(اے پی پی)⟧ وفاقی کابینہ نے گندم کی امدادی قیمت میں اضافے کی منظوری دے دی۔",
    "لاہور ⟦D:APP|(اے پی پی)⟧ صوبائی وزیر صحت نے اعلان کیا ہے کہ صوبے بھر میں 50 نئے"
    " ڈائیلسز سینٹر قائم کیے جائیں گے۔",
    "کراچی ⟦D:APP|(اے پی پی)⟧ شہر میں پانی کی فراہمی بہتر بنانے کے لیے تین نئے پمپنگ اسٹیشن"
    " تعمیر کیے جائیں گے، جبکہ پی ٹی آئی نے منصوبے پر تنقید کی ہے۔",
    "⟦A:Reuters|خبر رساں ادارے رائٹرز کے مطابق⟧ کمپنی اپنا ایشیائی کاروبار بیچنے کا ارادہ رکھتی ہے۔",
    "سیلاب سے اب تک 18 افراد ہلاک ہو چکے ہیں، ⟦A:AFP|فرانسیسی نیوز ایجنسی اے ایف پی نے بتایا⟧۔",
    "⟦A:Associated Press|ایسوسی ایٹڈ پریس (اے پی) کی ایک رپورٹ میں بتایا گیا ہے⟧ کہ طوفان سے ہزاروں گھر متاثر"
    " ہوئے۔",
    "⟦A:Anadolu|ترک سرکاری ایجنسی انادولو نے رپورٹ کیا⟧ کہ زلزلے کے بعد امدادی کارروائیاں جاری ہیں۔",
    "⟦A:Xinhua|چینی خبر رساں ادارے شنہوا کے مطابق⟧ چین اور لاؤس نے ریلوے تعاون کے نئے سمجھوتے پر اتفاق کیا۔",
    "وزیر خزانہ نے ⟦A:Reuters|رائٹرز کو بتایا⟧ کہ آئی ایم ایف سے مذاکرات اگلے ہفتے ہوں گے۔",
    "⟦A:Bloomberg|بلومبرگ کی رپورٹ کے مطابق⟧ حکومت بانڈز کے اجرا کی تیاری کر رہی ہے۔",
    "⟦A:APP|اے پی پی کے مطابق⟧ وزیراعظم کل کوئٹہ کا دورہ کریں گے۔",
    "⟦A:PTI|بھارتی نیوز ایجنسی پریس ٹرسٹ آف انڈیا (پی ٹی آئی) کے مطابق⟧ دہلی میں دھند کے"
    " باعث 30 پروازیں تاخیر کا شکار ہوئیں۔",
    "کوئٹہ ⟦D:APP|(اے پی پی)⟧ بلوچستان میں خشک سالی سے متاثرہ اضلاع کے لیے امدادی پیکیج کا اعلان کیا گیا ہے،"
    " ⟦A:Reuters|رائٹرز کے مطابق⟧ عالمی بینک بھی امداد فراہم کرے گا۔",
    "کابل میں ایک ہوٹل کے قریب دھماکے میں تین افراد زخمی ہو گئے۔ ⟦I:AFP|(اے ایف پی)⟧",
    "وزیر اعظم نے پشاور میں نئے بس منصوبے کا افتتاح کیا۔ (⟦S:APP|بشکریہ اے پی پی⟧)",
    N("subject", "اے پی پی کے نئے منیجنگ ڈائریکٹر نے اپنے عہدے کا چارج سنبھال لیا۔"),
    N("url", "مزید تفصیلات کے لیے www.app.com.pk دیکھیں۔"),
    N("list", "تقریب میں رائٹرز، بلومبرگ، اے پی پی اور شنہوا کے صحافیوں کو مدعو کیا گیا تھا۔"),
    N("homonym", "پی ٹی آئی کے چیئرمین نے پشاور میں کارکنوں کے کنونشن سے خطاب کیا۔"),
    N("generic", "ملک بھر میں موسم سرد اور خشک رہنے کا امکان ہے۔ (ویب ڈیسک)"),
    N("photo", "کراچی میں شہری بارش کے پانی سے گزر رہے ہیں۔ (فوٹو: اے ایف پی)"),
    N("unverified", "رائٹرز آزادانہ طور پر ان دعوؤں کی تصدیق نہیں کر سکا۔"),
    N("subject", "اے ایف پی کے فوٹوگرافر کو غزہ میں کام کے دوران زخمی ہونے پر ایوارڈ دیا گیا۔"),
    N("homonym", "عمران خان کی جماعت پی ٹی آئی کے رہنماؤں نے پریس کانفرنس کی۔"),
]

# ---------------------------------------------------------------------------------------------
# Hindi (Indian papers and wire services)
# ---------------------------------------------------------------------------------------------
HI: list[str | Neg] = [
    "नई दिल्ली, 14 मार्च ⟦D:IANS|(आईएएनएस)⟧। दिल्ली सरकार ने राजधानी में 500 नए इलेक्ट्रिक बसों को हरी झंडी"
    " दिखाई।",
    "मुंबई, 2 जून ⟦D:IANS|(आईएएनएस)⟧। शेयर बाजार मंगलवार को बढ़त के साथ बंद हुआ, सेंसेक्स 410 अंक चढ़ा।",
    "जम्मू, 8 दिसंबर ⟦D:ANI|(एएनआई)⟧। कठुआ जिले में सुरक्षाबलों ने तलाशी अभियान शुरू किया है।",
    "लखनऊ, 21 अक्टूबर ⟦D:ANI|(एएनआई)⟧। उत्तर प्रदेश सरकार ने दीपावली से पहले 2,000 नई बसें चलाने का फैसला"
    " किया।",
    "⟦A:Reuters|समाचार एजेंसी रॉयटर्स के मुताबिक⟧, कंपनी भारत में अपना दूसरा संयंत्र लगाने की योजना बना रही है।",
    "⟦A:AFP|एएफपी की रिपोर्ट के अनुसार⟧, बाढ़ में अब तक 40 लोगों की मौत हो चुकी है।",
    "⟦A:Associated Press|समाचार एजेंसी एपी के अनुसार⟧, तूफान के कारण 3 लाख घरों की बिजली गुल हो गई।",
    "मंत्री ने ⟦A:ANI|एएनआई से बात करते हुए⟧ कहा कि परियोजना अगले साल पूरी हो जाएगी।",
    "⟦A:PTI|पीटीआई की खबर के मुताबिक⟧, राज्य सरकार ने किसानों के लिए नई योजना शुरू की है।",
    "⟦A:Bloomberg|ब्लूमबर्ग की रिपोर्ट के अनुसार⟧, बैंक अपनी हिस्सेदारी बेचने पर विचार कर रहा है।",
    "इस हादसे में पांच लोग घायल हुए हैं। (⟦S:IANS|इनपुट: आईएएनएस⟧)",
    "⟦A:Xinhua|चीनी समाचार एजेंसी शिन्हुआ के अनुसार⟧, भूकंप की तीव्रता 6.1 मापी गई।",
    "नई दिल्ली, 5 मई ⟦D:IANS|(आईएएनएस)⟧। ⟦A:Reuters|रॉयटर्स ने सूत्रों के हवाले से बताया⟧ कि यह"
    " वाहन निर्माता गुजरात में नया संयंत्र लगाएगा।",
    "हादसे के कारणों की जांच के आदेश दे दिए गए हैं। ⟦S:IANS|—आईएएनएस⟧",
    "⟦A:AFP|फ्रांसीसी समाचार एजेंसी एएफपी ने बताया⟧ कि पेरिस में हड़ताल के कारण मेट्रो सेवाएं ठप रहीं।",
    N("homonym", "एपी ढिल्लों के मुंबई कॉन्सर्ट के टिकट एक घंटे में बिक गए।"),
    N("unverified", "रॉयटर्स इस दावे की स्वतंत्र रूप से पुष्टि नहीं कर सका।"),
    N("photo", "संसद भवन के बाहर सुरक्षा व्यवस्था। (फोटो: एएनआई)"),
    N("homonym", "पाकिस्तान में पीटीआई के कार्यकर्ताओं ने इस्लामाबाद में प्रदर्शन किया।"),
    N("generic", "पुलिस मामले की जांच कर रही है। (एजेंसी)"),
    N("homonym", "यूपीआई से लेनदेन अक्टूबर में नए रिकॉर्ड पर पहुंच गया।"),
    N("photo", "दिल्ली में कोहरे के बीच गुजरते वाहन। (फोटो: पीटीआई)"),
    N("subject", "रॉयटर्स ने अपने नए दक्षिण एशिया ब्यूरो प्रमुख की घोषणा की।"),
    N("homonym", "आंध्र प्रदेश (एपी) सरकार ने नई औद्योगिक नीति जारी की।"),
]

# =============================================================================================
# building
# =============================================================================================
DATA: dict[str, list[str | Neg]] = dict(
    zip(LANGS, (EN, ES, FR, DE, IT, PT, ID, MS, TR, ZH, UR, HI), strict=True)
)


if __name__ == "__main__":
    sys.exit(run_later_set(sys.argv[1:], DATA, "heldout2", EARLIER_SETS))
