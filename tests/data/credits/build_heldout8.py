"""Build the EIGHTH held-out labelled wire-credit set: heldout8.jsonl.

This set exists for one purpose: the final, honest measurement of a credit detector after the
detector has been developed and tuned on dev.jsonl and test.jsonl, and after heldout.jsonl to
heldout7.jsonl were used to steer changes.  Do not look at its records while working on a
detector, do not tune on its errors, and do not copy records from it into other tests.  Once it
has been used to steer a change it no longer measures anything, and a new held-out set must be
written.

Every record below was written by hand for this set, by an author who did not read the detector,
its documentation, its tests or its evaluation script or output, and who read only README.md,
markup.py, the structure and docstrings of the earlier builders and a few of heldout7's records
(for the mark-up in use): no record of dev.jsonl, test.jsonl or heldout.jsonl to heldout7.jsonl
was reused, translated or edited, and ``check_independent`` refuses any text that repeats one of
theirs or shares a run of SHARED_WORDS words (SHARED_CJK Han characters) with one.  Places,
dates and formats are realistic; events, figures, people and most companies are invented.

Mark-up (the same as build.py and the earlier held-out builders).  A credit is written
``⟦F:Agency|span text⟧``: ``F`` is the form (see FORMS), ``Agency`` one of the canonical names in
AGENCIES, ``span text`` the text that is kept and whose offsets are recorded.  A negative is
written ``N("kind", "text")`` and contains no mark-up.  The span conventions are those of
README.md ("Span conventions", "Convention decisions") and of the docstrings of
build_heldout.py to build_heldout7.py.

Convention decisions beyond those (made while writing this set; a detector developer must not
read them as a list of cases to handle):

* "(Bloomberg Opinion) --" opening a column is a Bloomberg dateline, marked whole with its
  brackets, as heldout7 marked "(Reuters Breakingviews)".  "/PRNewswire-USNewswire/" is a PR
  Newswire dateline marked whole with its slashes, as "/PRNewswire-AsiaNet/" is.
* A reporter's byline with the agency after a comma ("Von Katrin Oberle, dpa") marks the agency
  only, as heldout2's "By NAME Associated Press"; the dateline under it is a second credit.
  "Redacción / EFE" heading a text names one agency: a byline, "EFE" marked, "Redacción /"
  outside (heldout6's "Redacción / AFP - EFE", with two agencies, is combined).  "By UPI Staff"
  above an "(UPI) --" dateline gives two credits, as heldout6's Yonhap heading does.
* Reuters' German sign-off "(Bericht von …, redigiert von …" is a Reuters sign-off, as the French
  and Portuguese ones are; the contact sentence after it inside the same brackets ("Bei Rückfragen
  wenden Sie sich bitte an … newsroom@thomsonreuters.com") stays outside the span, and the
  brackets do too.
* Latin American EFE datelines "Bogotá, 3 mar (EFE).-": "(EFE)" is marked, the ".-" stays outside,
  as the dash after "(Reuters)" does.
* French inverted quote verbs are marked whole, the clitic pronoun included ("a-t-il confié à
  l'AFP"), as "a déclaré à l'AFP" is; "selon des informations obtenues par l'AFP" is an
  attribution marked whole from "selon", like "a appris l'AFP".
* "Reuters first reported" (in a later story) and "according to a draft seen by Reuters" are
  attributions, the second marked whole from "according to" (heldout7's relative-clause rule);
  "the AP reported" after a paper's own sentence likewise.  "told the German Press Agency (dpa)"
  is one span with the abbreviation inside, following heldout5's full-name-plus-abbreviation
  rule.
* A bare "REUTERS" in capitals on the last line of a Gulf paper's story is a sign-off (heldout2's
  bare name on the last line); "-- Bernama" after a "KUALA LUMPUR:" paper dateline likewise.
* Chinese attributions that carry a time word between the agency and the verb ("彭博社周二报道称",
  "据阿纳多卢通讯社21日报道") are marked whole; "安塔拉通讯社消息" opening a story is an attribution
  like heldout2's "新华社消息"; "（本报综合新华社、塔斯社报道）" is combined, each name marked,
  "本报综合" outside.  "马新社" is Bernama's Chinese short name.
* Urdu and Hindi quote forms "اے ایف پی سے گفتگو میں" and "एएनआई से खास बातचीत में" are attributions,
  like heldout7's "एएनआई से बातचीत में"; a sentence-final "رائٹرز نے ذرائع کے حوالے سے بتایا" or
  "امریکی نیوز ایجنسی اے پی نے بتایا" is marked whole with its descriptor, the full stop outside
  (heldout4).  Hindi "पाकिस्तानी समाचार एजेंसी एपीपी के अनुसार" is APP.
* Homonyms and words new to this set: AFP = alpha-fetoprotein (a tumour marker, English and
  French), AP = Alianza Popular (Spain), AFP Integra (a Peruvian pension fund), AP-HM (Marseille
  hospitals), APP = Área de Preservação Permanente (Brazilian forest law), "Oiapoque (AP)",
  "Anadolu Kartalı" (a football club's nickname) and "Doğu Anadolu" (the region), "اے پی ایس"
  (Army Public School), 新华字典 and 新华门, 塔斯马尼亚 and 埃菲尔铁塔 (kind "word": they begin
  like 塔斯社 and 埃菲社), a coach named Max Reuter, Hotel Antara Ubud, Malaysia's "sistem AP"
  (approved permits for car imports).

Run ``python tests/data/credits/build_heldout8.py`` to rewrite heldout8.jsonl and the heldout8
counts in README.md; ``--check`` exits 1 if the files on disk are not what the data gives.
"""

from __future__ import annotations

import sys

from build_heldout import run_later_set
from markup import LANGS, N, Neg

EARLIER_SETS = (
    "dev.jsonl", "test.jsonl", "heldout.jsonl", "heldout2.jsonl", "heldout3.jsonl", "heldout4.jsonl",
    "heldout5.jsonl", "heldout6.jsonl", "heldout7.jsonl",
)

# ---------------------------------------------------------------------------------------------
# All twelve languages, in the order of markup.LANGS.  English covers US, UK, Indian, Pakistani,
# Malaysian, Philippine and Gulf reprints as well as the wires' own copy.
# ---------------------------------------------------------------------------------------------
EN: list[str | Neg] = [
    # datelines: Reuters
    "SANTIAGO, Jan 13 ⟦D:Reuters|(Reuters)⟧ - Chile's state copper company expects output at its"
    " flagship El Teniente mine to recover by mid-year after a tunnel collapse halted two of its"
    " production levels, its chief executive said on Tuesday.",
    "NAIROBI, June 2 ⟦D:Reuters|(Reuters)⟧ - Kenya's central bank cut its benchmark lending rate by 50"
    " basis points to 8.75% on Monday, its fourth reduction in a row, citing slowing food"
    " inflation.",
    "FRANKFURT, Oct 22 ⟦D:Reuters|(Reuters)⟧ – German lender Nordhafen Bank will shed 900 jobs by 2028"
    " as it closes a third of its branches, it said on Wednesday, sending its shares up 3.4%.",
    "SINGAPORE, April 8 ⟦D:Reuters|(Reuters)⟧ - Oil prices slipped in early Asian trade on Wednesday"
    " as traders weighed a surprise build in U.S. crude stocks against supply worries in the Red"
    " Sea.",
    "HANOI/BANGKOK, Aug 19 ⟦D:Reuters|(Reuters)⟧ - Vietnam's rice export prices hit a four-month high"
    " this week as buyers from the Philippines rushed to secure cargoes ahead of a tariff change.",
    "ANKARA, Feb 5 ⟦D:Reuters|(Reuters)⟧ - Turkey's annual inflation slowed more than expected to 31.2%"
    " in January, data showed on Thursday. Economists polled by the central bank had forecast"
    " 32.5%.",
    "WARSAW, Nov 30 ⟦D:Reuters|(Reuters)⟧ - Poland will buy 48 more self-propelled howitzers from a"
    " domestic maker, the defence ministry said on Sunday, as it continues its rapid rearmament.",
    "MEXICO CITY, July 3\u00a0⟦D:Reuters|(Reuters)⟧\u00a0- Mexican auto exports rose 6.1% in June from"
    " a year earlier, the national statistics institute said on Thursday.",
    "⟦D:Reuters|(Reuters)⟧ - Shares of regional lender Prairie Mutual fell 11% in premarket trading on"
    " Friday after it flagged a larger-than-expected charge on commercial property loans.",
    "LONDON, March 19 ⟦D:Reuters|(Reuters)⟧ - The Bank of England held interest rates at 3.75% on"
    " Thursday, with two policymakers voting for a cut. ⟦A:Reuters|A Reuters poll of economists⟧"
    " last week had predicted the hold.",
    "BRUSSELS, May 26 ⟦D:Reuters|(Reuters)⟧ - The European Commission will propose tighter limits on"
    " microplastics in fertilisers next month, ⟦A:Reuters|according to a draft seen by Reuters⟧.",
    "DUBAI, Sept 14 ⟦D:Reuters|(Reuters)⟧ - A fire broke out on a tanker anchored off the port of"
    " Fujairah on Sunday, shipping sources said, and was brought under control within hours.\n"
    "(⟦S:Reuters|Reporting by Yousef Haddad and Priya Menon; Editing by Alex Conway⟧)",
    "The lender said it expected net interest margins to stabilise in the second half.\n"
    "(⟦S:Reuters|Reporting by Nandini Rao in Bengaluru; Editing by Sherry Jacob-Phillips⟧)",
    "Spot gold had edged 0.6% higher to $3,118.40 per ounce by 1420 GMT.\n(⟦S:Reuters|Reporting by Hugo"
    " Lindqvist; Writing by"
    " Marta Ribas; Editing by Kim Coghill⟧)",
    "Officials at the ministry did not respond to requests for comment.\n\n"
    "⟦S:Reuters|Reporting by Omar Faizi in Kabul; editing by Giles Ellery⟧",
    "A spokesperson for the airline ⟦A:Reuters|told Reuters⟧ the delivery schedule was under review"
    " but declined to give details.",
    "The insurer is exploring a sale of its Asian life business, three people with"
    " knowledge of the matter ⟦A:Reuters|told Reuters⟧, in a deal that could value it at about $2 billion.",
    "⟦A:Reuters|Reuters first reported⟧ in February that the two carmakers had held exploratory talks.",
    "The fund has cut its stake below 5%, ⟦A:Reuters|according to Reuters calculations⟧ based on"
    " stock exchange filings.",
    # datelines: Associated Press
    "ATLANTA ⟦D:Associated Press|(AP)⟧ — A Georgia judge on Monday refused to throw out a lawsuit"
    " accusing a poultry processor of underpaying night-shift workers.",
    "ANCHORAGE, Alaska ⟦D:Associated Press|(AP)⟧ — Crews searched Tuesday for a small plane that went"
    " missing after leaving a remote lodge on the Kenai Peninsula with three people aboard.",
    "BEIRUT ⟦D:Associated Press|(AP)⟧ – Lebanon's parliament approved a long-delayed budget late"
    " Wednesday after a session that stretched past midnight.",
    "By TOMASZ WIERZBICKI ⟦B:Associated Press|Associated Press⟧\nDES MOINES, Iowa"
    " ⟦D:Associated Press|(AP)⟧ — Iowa lawmakers passed a bill Thursday that would cap property tax"
    " increases for homeowners over 65.",
    "The tribe's lawyers said they would appeal. The county attorney's office declined to comment,"
    " ⟦A:Associated Press|the AP reported⟧.",
    "Two officials who spoke on condition of anonymity ⟦A:Associated Press|told The Associated Press⟧"
    " that the deal could be signed as early as next week.",
    "The district has closed 14 schools since 2019, ⟦A:Associated Press|according to an AP review⟧ of"
    " enrollment records.",
    "⟦S:Associated Press|Associated Press writers Delia Fernández in Phoenix and Ray Ocampo in Los"
    " Angeles contributed to this report⟧.",
    "Water levels on Lake Mead are expected to keep falling through October.\n"
    "⟦S:Associated Press|Copyright 2026 The Associated Press⟧",
    # AFP
    "NAIROBI ⟦D:AFP|(AFP)⟧ - Floods triggered by a week of torrential rain have killed at least 23"
    " people in western Kenya, the Red Cross said on Saturday.",
    "Kabul ⟦D:AFP|(AFP)⟧ - The Taliban government has reopened two border crossings with Pakistan, a"
    " spokesman said Thursday, ending a standoff that stranded hundreds of trucks.",
    "⟦B:AFP|Agence France-Presse⟧\nBANGUI\nThe Central African Republic's electoral commission has"
    " postponed local elections by three months, citing gaps in voter registration.",
    "Almost 40,000 people have fled the fighting since the start of the month, ⟦A:AFP|according to"
    " an AFP tally⟧ drawn up from figures released by district officials.",
    "\"We have had no water for six days,\" Amina, a 34-year-old mother of four, ⟦A:AFP|told AFP⟧ by"
    " telephone from the camp.",
    "The demonstrators dispersed peacefully before nightfall, ⟦A:AFP|an AFP journalist at the scene"
    " reported⟧.",
    "Police used tear gas to clear the road near the parliament building. ⟦S:AFP|— AFP⟧",
    "The observatory said the tremor was felt as far away as the capital.\n"
    "⟦S:AFP|— Agence France-Presse⟧",
    # dpa, EFE, ANSA in English
    "Berlin ⟦D:dpa|(dpa)⟧ - German exports fell unexpectedly in May, the Federal Statistical Office"
    " said on Tuesday, with shipments to China down for the ninth month running.",
    "Four hikers were rescued from a ledge on the Zugspitze on Sunday, ⟦A:dpa|German news agency dpa"
    " reported⟧, citing mountain rescue services.",
    "The strike at Lufthansa's maintenance unit could last until Friday, a union official"
    " ⟦A:dpa|told the German Press Agency (dpa)⟧.",
    "Spain's Interior Ministry confirmed 61 migrants had reached El Hierro aboard a wooden boat,"
    " ⟦A:EFE|Spanish news agency EFE reported⟧.",
    "Bolivia's electoral tribunal will announce the final count on Monday, ⟦A:EFE|EFE said⟧.",
    "An earthquake of magnitude 4.6 shook the Apennines east of Perugia on Thursday night,"
    " ⟦A:ANSA|Italian news agency ANSA reported⟧. There were no reports of injuries.",
    "The mayor of Venice ⟦A:ANSA|told ANSA⟧ the new entry fee would be doubled on peak days.",
    # Xinhua
    "BEIJING, May 11 ⟦D:Xinhua|(Xinhua)⟧ -- China's passenger car sales rose 8.4 percent year on year"
    " in April, the China Passenger Car Association said Monday.",
    "URUMQI, Oct. 3 ⟦D:Xinhua|(Xinhua)⟧ -- A new freight rail line linking Kashgar with the Kyrgyz"
    " border began trial operations on Friday.",
    "China's State Council approved a plan to expand pilot free trade zones to two more provinces,"
    " ⟦A:Xinhua|state news agency Xinhua said⟧ on Wednesday.",
    "The two leaders agreed to deepen cooperation in green energy, ⟦A:Xinhua|Xinhua reported⟧,"
    " without giving details.",
    # PTI, ANI, IANS (Indian English)
    "New Delhi, Feb 17 ⟦D:PTI|(PTI)⟧ The apex court on Tuesday asked the Centre to respond within four weeks"
    " to a petition asking for uniform guidelines for the demolition of illegally built structures.",
    "Amaravati, Jun 9 ⟦D:PTI|(PTI)⟧ The AP government has decided to set up a separate river board for"
    " the Krishna delta, a senior official said on Monday.",
    "The state will release 2,000 cusecs of water to the Tungabhadra canal from Friday, officials"
    " said.\n(⟦S:PTI|With inputs from PTI⟧)",
    "NEW DELHI: The Railways will run 120 additional trains during the festival season, an official"
    " said on Wednesday.\n⟦S:PTI|PTI SRK RHL⟧",
    "Chennai [Tamil Nadu], April 4 ⟦D:ANI|(ANI)⟧: Tamil Nadu Chief Minister on Friday inaugurated a"
    " 240-bed hospital block in the Chengalpattu district.",
    "⟦A:ANI|Speaking to ANI⟧, the minister said the state would not allow any dilution of the scheme.",
    "The forest department has installed 40 camera traps in the reserve to track the tiger"
    " ⟦I:ANI|(ANI)⟧",
    "Mumbai, Nov 8 ⟦D:IANS|(IANS)⟧ The Sensex rose 412 points on Friday, led by gains in banking and"
    " IT stocks.",
    "The film will release in theatres on December 19, the makers announced on Sunday.\n"
    "⟦S:IANS|--IANS⟧\nvnd/khz",
    # Bernama, APP, Anadolu
    "KUALA LUMPUR, March 24 ⟦D:Bernama|(Bernama)⟧ -- Malaysia's palm oil exports for March 1-20 rose"
    " 9.6 per cent from the same period last month, cargo surveyor data showed.",
    "The state government will allocate RM40 million for flood mitigation works in Kota Bharu next"
    " year.\n⟦S:Bernama|-- BERNAMA⟧",
    "Residents ⟦A:Bernama|told Bernama⟧ the water supply disruption had lasted for more than 48"
    " hours.",
    "ISLAMABAD, Dec 1 ⟦D:APP|(APP)⟧: Federal Minister for Planning on Monday chaired a meeting on the"
    " progress of the Karachi-Sukkur section of the motorway.",
    "LAHORE, Jan 22 ⟦D:APP|(APP)⟧ - Punjab's food department said wheat stocks were sufficient till the"
    " next harvest, rejecting reports of a shortage raised by PTI lawmakers.",
    "⟦B:Anadolu|Anadolu Agency⟧\nISTANBUL\nTurkish Airlines carried 8.1 million passengers in August,"
    " a 7% rise on the same month last year, the company said on Tuesday.",
    "Rescue teams pulled two survivors from the rubble overnight, a local official"
    " ⟦A:Anadolu|told Anadolu⟧.",
    "⟦A:Anadolu|According to Anadolu Agency⟧, the delegation will visit Baku and Tbilisi next week.",
    # Kyodo, Yonhap, TASS
    "TOKYO, Aug 30 ⟦D:Kyodo|(Kyodo)⟧ -- Japan's unemployment rate edged down to 2.4 percent in July,"
    " government data showed Friday.",
    "The ministry plans to submit the bill to the Diet in the autumn session.\n⟦S:Kyodo|==Kyodo⟧",
    "The government is considering raising the tax on heated tobacco products, ⟦A:Kyodo|Kyodo News"
    " reported⟧ Sunday, citing sources close to the matter.",
    "SEOUL, Jan. 15 ⟦D:Yonhap|(Yonhap)⟧ -- South Korea's jobless rate rose to 3.1 percent in December,"
    " data showed Wednesday.\n(END)",
    "Pyongyang lobbed a volley of multiple-rocket artillery shells into waters near Yeonpyeong on Thursday,"
    " the"
    " South's military said, ⟦A:Yonhap|according to Yonhap News Agency⟧.",
    "MOSCOW, February 10. ⟦D:TASS|/TASS/⟧. Russia's wheat harvest could reach 86 million tonnes this"
    " year, the agriculture ministry said.",
    "A regional governor ⟦A:TASS|told TASS⟧ that power had been restored to most of the affected"
    " villages.",
    # Antara, Europa Press, Bloomberg, UPI
    "Jakarta ⟦D:Antara|(ANTARA)⟧ - Indonesia's trade surplus widened to $3.9 billion in September,"
    " Statistics Indonesia said on Wednesday.",
    "The volcano spewed ash 1,500 metres into the sky on Monday morning, ⟦A:Antara|Antara news agency"
    " reported⟧.",
    "Spain's Supreme Court has agreed to hear the appeal, ⟦A:Europa Press|according to Europa"
    " Press⟧.",
    "⟦D:Bloomberg|(Bloomberg)⟧ -- Copper climbed to a three-week high as signs of tighter supply in"
    " China offset concerns about demand in Europe.",
    "⟦D:Bloomberg|(Bloomberg Opinion)⟧ -- Central bankers like to say they are data dependent. This"
    " month the data are telling them three different stories.",
    "The fund is considering a listing in Hong Kong as soon as next year, two people briefed"
    " on the plan ⟦A:Bloomberg|told Bloomberg News⟧.",
    "Trading volumes on the exchange have doubled since January.\n"
    "⟦S:Bloomberg|©2026 Bloomberg L.P.⟧",
    "⟦A:Bloomberg|Bloomberg reported⟧ earlier that the retailer had hired advisers.",
    "WASHINGTON, May 6 ⟦D:UPI|(UPI)⟧ -- The Senate passed a stopgap spending bill late Tuesday, averting"
    " a partial government shutdown by a margin of 61-38.",
    "⟦B:UPI|By UPI Staff⟧\nOct. 2 ⟦D:UPI|(UPI)⟧ -- The National Weather Service issued flood watches for"
    " parts of Missouri and Arkansas on Thursday.",
    # press releases
    "CHICAGO, March 10, 2026 ⟦D:PR Newswire|/PRNewswire/⟧ -- Halvorsen Foods, the frozen waffle"
    " and pancake brand, today announced the opening of a second plant in Rockford, Illinois.",
    "WASHINGTON, June 4, 2026 ⟦D:PR Newswire|/PRNewswire-USNewswire/⟧ -- The National Council of"
    " Rural Clinics today released its annual survey of staffing shortages.",
    "AUSTIN, Texas--⟦D:Business Wire|(BUSINESS WIRE)⟧--Ridgeline Semiconductor, Inc. (NASDAQ: RDGS)"
    " today reported revenue of $412 million for its fiscal second quarter.",
    "DUBLIN--⟦D:Business Wire|(BUSINESS WIRE)⟧--The \"Refrigerated Pharmaceutical Logistics Outlook"
    " 2026-2031\" report has been added to the analyst firm's offering.",
    "VANCOUVER, British Columbia, Feb. 03, 2026 ⟦D:Globe Newswire|(GLOBE NEWSWIRE)⟧ -- Copperline"
    " Minerals Corp. (TSXV: CPM) today reported new drill intercepts from its Kestrel Ridge project.",
    "NEW YORK, Sept. 22, 2026 ⟦D:Globe Newswire|(GLOBE NEWSWIRE)⟧ -- Brightwater Therapeutics today"
    " announced the pricing of its public offering of 6,500,000 shares.",
    # combined
    "Voters in the north returned in large numbers, officials said. ⟦C:AFP|AFP⟧ and"
    " ⟦C:Reuters|Reuters⟧ reporters counted long queues at several polling stations.",
    "Fighting resumed at dawn on Sunday, witnesses said. (⟦C:Reuters|Reuters⟧/⟦C:AFP|AFP⟧)",
    "The authorities have ordered an inquiry into the collapse of the footbridge.\n— With inputs from"
    " ⟦C:Reuters|Reuters⟧ and ⟦C:Associated Press|AP⟧",
    "The bill now goes to the upper house. ⟦I:Associated Press|— with AP⟧",
    # reprints
    "Officials say the drought has already cut the harvest by a third.\n"
    "⟦S:Associated Press|This story was originally published by The Associated Press⟧.",
    "KARACHI: The State Bank held its policy rate at 11 per cent at Monday's meeting, pointing to"
    " risks from global oil prices. ⟦S:Reuters|— Reuters⟧",
    "MANILA, Philippines — Typhoon Kiko made landfall in Isabela province early Monday, the weather"
    " bureau said. ⟦S:AFP|— AFP⟧",
    "KUALA LUMPUR: The ringgit strengthened in early trade as exporters sold dollars ahead of"
    " month-end."
    " ⟦S:Bernama|-- Bernama⟧",
    "DUBAI: Saudi Arabia's non-oil exports grew 11 per cent in the second quarter, official data showed"
    " on Sunday.\n⟦S:Reuters|REUTERS⟧",
    # negatives
    N("subject", "Thomson Reuters lifted its organic revenue growth outlook for the year, citing"
      " strong uptake of its tax and legal software."),
    N("subject", "The Associated Press has named Lorena Whitcombe as its new executive editor, the"
      " first Latina to hold the post."),
    N("subject", "Journalists at Agence France-Presse voted to strike for 24 hours over a planned"
      " reorganisation of the agency's regional desks."),
    N("subject", "Fewer than one in four people in Britain now pay for online news, the Reuters"
      " Institute said in its yearly report."),
    N("subject", "Bloomberg LP is adding a generative search tool to its terminal, the company said,"
      " as it competes for subscribers with cheaper data services."),
    N("subject", "The AP Stylebook now advises against using the term \"illegal alien\" in any"
      " context."),
    N("subject", "Yonhap's board chairman resigned on Friday amid a dispute over government"
      " subsidies to the news agency."),
    N("subject", "A bust of Paul Julius Reuter, who founded the agency in 1851, was unveiled near the"
      " Royal Exchange."),
    N("homonym", "The Andhra Pradesh government has asked for an additional Rs 4,000 crore under the"
      " flood relief package. AP is the worst hit of the southern states."),
    N("homonym", "Students sitting AP Biology and AP Calculus this year will take the exams on"
      " tablets for the first time."),
    N("homonym", "Doctors measured her AFP levels every three months after the liver surgery, and the"
      " marker stayed within the normal range."),
    N("homonym", "The Australian Federal Police said the AFP had seized 800 kg of methamphetamine"
      " from a boat off the Western Australian coast."),
    N("homonym", "Addressing a rally in Mardan, the PTI chairman said his workers would keep"
      " protesting until the jailed leaders were freed."),
    N("homonym", "More than 13 billion UPI transactions were recorded in October, up 32 per cent"
      " from a year earlier."),
    N("homonym", "Under the DPA, the company agreed to pay a $190 million penalty and to appoint an"
      " independent compliance monitor."),
    N("homonym", "A.P. Moller-Maersk said container rates on the Asia-Europe route had fallen for the"
      " fifth consecutive week."),
    N("homonym", "Michael Bloomberg pledged another $500 million to close coal-fired power plants in"
      " Asia."),
    N("homonym", "The remote needs two AA batteries, which are not included."),
    N("homonym", "The hospital on Xinhua Road in Shanghai said it had added 200 beds for respiratory"
      " patients."),
    N("photo", "Firefighters battle a blaze at a warehouse in Bandar Abbas. (Photo: AFP)"),
    N("photo", "Supporters of the opposition gather in central Tbilisi on Saturday."
      " REUTERS/Nino Gelashvili"),
    N("photo", "A worker inspects solar panels at a plant in Ningxia. (Xinhua/Feng Yaolan)"),
    N("photo", "Migrants wait for food at a shelter in Tapachula. (AP Photo/Eduardo Vargas)"),
    N("photo", "Smoke rises over the port after the strike. | Photo Credit: ANI"),
    N("url", "For the full schedule see reuters.com/sports/olympics or follow @ReutersSports."),
    N("url", "Tips can be sent securely to tips@ap.org."),
    N("url", "Read more at www.bernama.com"),
    N("list", "Reporters from Reuters, AFP, Bloomberg and the Financial Times were barred from the"
      " ministry briefing on Friday."),
    N("list", "The president granted interviews to the BBC, the Associated Press and Kyodo before"
      " the summit."),
    N("unverified", "Reuters could not immediately confirm the authenticity of the video, which was"
      " shared widely on social media."),
    N("unverified", "AFP was unable to independently verify the casualty figures provided by the"
      " rebels."),
    N("unverified", "The Associated Press was not able to confirm the claims made in the post."),
    N("poll", "A Reuters/Ipsos poll completed on Sunday found that 41% of Americans approved of the"
      " governor's handling of the fires."),
    N("poll", "Alabama climbed to third in the latest AP Top 25 following its road win at"
      " Tennessee."),
    N("generic", "The minister is expected to present the budget on Friday.\n(With inputs from"
      " agencies)"),
    N("generic", "— Staff and agencies"),
    N("generic", "(This article is reproduced unedited from a news agency feed.)"),
    N("chart", "Chart: Wheat futures since January. Source: Bloomberg"),
    N("word", "The company's business wire transfers are now processed within two hours."),
    "Feb. 11 ⟦D:UPI|(UPI)⟧ -- Researchers in Ohio say a common blood-pressure drug slowed memory loss"
    " in mice, a finding they hope to test in people next year.",
    "CALGARY, Alberta, April 14, 2026 ⟦D:Globe Newswire|(GLOBE NEWSWIRE)⟧ -- Tamarack Midstream Ltd."
    " announced today that it has closed its previously announced acquisition of a gas processing plant"
    " near Grande Prairie.",
    "New Delhi, Jan 30 ⟦D:IANS|(IANS)⟧ Delhi recorded its coldest January morning in five years on"
    " Friday as the minimum temperature dropped to 2.1 degrees Celsius.",
    "Regional airlines in Spain carried a record 4.2 million passengers in July,"
    " ⟦A:Europa Press|the Europa Press news agency reported⟧ on Sunday, quoting airport operator"
    " figures.",
    N("list", "Outlets including Bloomberg, Kyodo and Yonhap were given seats in the press pool for"
      " the leaders' dinner."),
    N("homonym", "Ani Mkrtchyan scored twice as Armenia beat Latvia 3-1 in the women's qualifier."),
]

ES: list[str | Neg] = [
    "MADRID, 14 Abr. ⟦D:Europa Press|(EUROPA PRESS)⟧ - El Gobierno dará luz verde este martes a un"
    " real decreto para ampliar las ayudas a los regantes afectados por la sequía en Andalucía.",
    "SEVILLA, 2 Nov. ⟦D:Europa Press|(EUROPA PRESS)⟧ -\nLa Junta ha licitado por 18 millones de euros"
    " la reforma integral del hospital comarcal de Écija, según ha informado en un comunicado.",
    "El alcalde ⟦A:Europa Press|ha explicado a Europa Press⟧ que las obras del paseo marítimo"
    " terminarán antes del verano.",
    "Bogotá, 3 mar ⟦D:EFE|(EFE)⟧.- El Gobierno colombiano suspendió este martes la erradicación forzosa"
    " de cultivos de coca en dos municipios del Cauca tras los enfrentamientos con campesinos.",
    "Ciudad de México, 21 jul ⟦D:EFE|(EFE)⟧.- El peso mexicano se apreció un 0,8 % frente al dólar este"
    " lunes, impulsado por datos de empleo mejores de lo esperado.",
    "Lima, 9 sep ⟦D:EFE|(EFE)⟧.- Un sismo de magnitud 5,4 sacudió la región andina de Arequipa sin"
    " causar daños personales, informó el Instituto Geofísico del Perú.",
    "La jornada transcurrió sin incidentes en los centros de votación de la capital.\n"
    "⟦S:EFE|EFE mrv/lgo⟧",
    "⟦B:EFE|Agencia EFE⟧ | Caracas\nLa oposición venezolana convocó para el sábado una marcha hacia la"
    " sede del Consejo Nacional Electoral.",
    "El incendio forestal ha arrasado ya más de 3.000 hectáreas en la sierra de Gata,"
    " ⟦A:EFE|según ha informado la agencia EFE⟧.",
    "Redacción / ⟦B:EFE|EFE⟧\nLa Selección femenina jugará el partido de clasificación ante Portugal en"
    " el estadio de Riazor.",
    "El festival reunió a 40.000 personas en tres días de conciertos.\n⟦S:EFE|© EFE 2026⟧. Todos"
    " los derechos reservados.",
    "BUENOS AIRES, 9 oct ⟦D:Reuters|(Reuters)⟧ - La actividad económica de Argentina creció un 1,2% en"
    " agosto frente al mes anterior, informó el jueves la agencia oficial de estadísticas.",
    "SANTIAGO, 16 ene ⟦D:Reuters|(Reuters)⟧ - Chile produjo 438.000 toneladas de cobre en diciembre, un"
    " 4,3% menos que un año antes.\n(⟦S:Reuters|Reporte de Fabián Cambero; editado en español por Javier"
    " López de"
    " Lérida⟧)",
    "Dos fuentes con conocimiento de las negociaciones ⟦A:Reuters|dijeron a Reuters⟧ que el acuerdo"
    " podría firmarse antes de fin de mes.",
    "Un portavoz de la empresa declinó hacer comentarios, ⟦A:Reuters|según la agencia Reuters⟧.",
    "\"No tenemos adónde ir\", ⟦A:AFP|declaró a la AFP⟧ una vendedora del mercado de Puerto Príncipe.",
    "Al menos 14 personas murieron en el ataque, ⟦A:AFP|según un recuento de la AFP⟧ a partir de"
    " fuentes hospitalarias.",
    "⟦B:AFP|Por AFP⟧\nEcuador decretó el estado de excepción en Guayas, Manabí y El Oro tras una"
    " semana de ataques armados.",
    "El Parlamento Europeo aprobó la reforma con 402 votos a favor ⟦I:AFP|(AFP)⟧.",
    "Los cancilleres se reunirán de nuevo en Ginebra la próxima semana.\n"
    "Con información de ⟦C:AFP|AFP⟧ y ⟦C:Reuters|Reuters⟧",
    "La Casa Blanca no ha confirmado la fecha de la visita, ⟦A:Associated Press|informó la agencia"
    " AP⟧.",
    "PEKÍN, 5 may ⟦D:Xinhua|(Xinhua)⟧ -- China lanzó hoy con éxito un nuevo satélite de observación"
    " meteorológica desde el centro de Jiuquan.",
    "El primer ministro japonés visitará Manila a finales de mes, ⟦A:Kyodo|informó la agencia"
    " Kyodo⟧.",
    "Moscú amplió la lista de productos agrícolas vetados, ⟦A:TASS|según la agencia estatal rusa"
    " TASS⟧.",
    "La farmacéutica estudia vender su división de genéricos, ⟦A:Bloomberg|según publicó"
    " Bloomberg⟧.",
    "ROMA, 12 ⟦D:ANSA|(ANSA)⟧ - El Gobierno italiano aprobó un paquete de 2.000 millones de euros para"
    " reconstruir los pueblos arrasados por el deslizamiento de tierra en Ischia.",
    "CIUDAD DE MÉXICO, 5 de marzo de 2026 ⟦D:PR Newswire|/PRNewswire/⟧ -- Grupo Tlacuache, fabricante"
    " de envases de cartón, anunció hoy la apertura de una planta en Querétaro.",
    "MADRID--⟦D:Business Wire|(BUSINESS WIRE)⟧--Solvatra Energía ha cerrado la financiación de un"
    " parque solar de 180 megavatios en Extremadura.",
    "SEÚL, 4 ago ⟦D:Yonhap|(Yonhap)⟧ -- Las exportaciones de Corea del Sur aumentaron un 6,2 % en julio"
    " gracias a la demanda de semiconductores.",
    "El Ministerio de Defensa turco confirmó el despliegue, ⟦A:Anadolu|según la agencia Anadolu⟧.",
    "El Banco de Pagos Internacionales advirtió del riesgo de una corrección bursátil (⟦C:EFE|EFE⟧/"
    "⟦C:Europa Press|EP⟧)",
    N("subject", "La Agencia EFE inauguró este lunes una exposición fotográfica por su 87"
      " aniversario en el Palacio de Cibeles."),
    N("homonym", "La rentabilidad de los fondos de la AFP Integra cayó en el último trimestre, según"
      " la Superintendencia de Banca y Seguros del Perú."),
    N("homonym", "Manuel Fraga fundó AP en 1976 junto a otros seis exministros del franquismo."),
    N("word", "EFEMÉRIDES DEL DÍA: tal día como hoy de 1969 el hombre llegó a la Luna."),
    N("photo", "Varios migrantes descansan en un albergue de Ciudad Juárez. EFE/Luis Torres"),
    N("photo", "Manifestantes frente al Congreso en Lima. Foto: AFP"),
    N("unverified", "EFE no pudo verificar de manera independiente las cifras de víctimas difundidas"
      " por el grupo armado."),
    N("generic", "Redacción / Agencias\nEl huracán se debilitó a tormenta tropical al tocar tierra en"
      " Baja California Sur."),
    N("generic", "El precio del crudo Brent subió un 2 %.\nCon información de agencias"),
    N("url", "Puede consultar la cobertura completa en www.europapress.es/nacional"),
    N("list", "En la sala solo se permitió la entrada a EFE, Reuters, AFP y la televisión"
      " pública."),
    N("subject", "La plantilla de Europa Press convocó paros parciales para reclamar una subida"
      " salarial."),
    "BARCELONA, 8 Jul. ⟦D:Europa Press|(EUROPA PRESS)⟧ - El Ayuntamiento de Barcelona limitará a partir"
    " de septiembre la entrada de autocares turísticos en el entorno de la Sagrada Família.",
]

FR: list[str | Neg] = [
    "PARIS, 5 mars 2026 ⟦D:AFP|(AFP)⟧ - Le gouvernement a présenté mercredi un plan de 2 milliards"
    " d'euros pour accélérer la rénovation des écoles, a-t-on appris de source ministérielle.",
    "Abidjan ⟦D:AFP|(AFP)⟧\u00a0- Les pluies diluviennes qui s'abattent depuis samedi sur la capitale"
    " économique ivoirienne ont fait au moins onze morts, selon un bilan officiel.",
    "DAKAR, 14 octobre 2026 ⟦D:AFP|(AFP)⟧ - La Commission électorale a publié mardi la liste"
    " définitive des candidats à la présidentielle.",
    "\"Il ne reste plus rien de mon échoppe\", ⟦A:AFP|a-t-il confié à l'AFP⟧ devant les décombres.",
    "Le suspect, un homme de 41 ans, est entendu depuis mardi soir par les enquêteurs,"
    " ⟦A:AFP|selon des informations obtenues par l'AFP⟧.",
    "Au moins 300 personnes ont manifesté devant la préfecture, ⟦A:AFP|a constaté un journaliste de"
    " l'AFP⟧.",
    "Le projet de loi sera examiné au Sénat en juin, ⟦A:AFP|selon l'AFP⟧.",
    "Le Figaro ⟦B:AFP|avec AFP⟧\nPublié le 12/02/2026 à 09:15\nUn séisme de magnitude 5,8 a frappé"
    " le nord de l'Algérie dans la nuit.",
    "Les secours poursuivaient leurs recherches jeudi matin.\nLe Parisien ⟦S:AFP|avec AFP⟧",
    "Trois soldats ont été tués dans l'embuscade, a indiqué l'armée ⟦I:AFP|(AFP)⟧.",
    "PARIS, 17 septembre ⟦D:Reuters|(Reuters)⟧ - L'indice CAC 40 a terminé en hausse de 0,9%"
    " mercredi, porté par les valeurs du luxe.\n(⟦S:Reuters|Reportage Blandine Hénault, version"
    " française Claude Chendjou⟧)",
    "Le constructeur réfléchit à la vente de sa branche de transport routier, ⟦A:Reuters|ont déclaré à"
    " Reuters⟧ deux sources proches du dossier.",
    "La banque centrale a relevé son taux directeur d'un demi-point, ⟦A:Reuters|rapporte l'agence"
    " Reuters⟧.",
    "Le chancelier a promis une réponse rapide, ⟦A:dpa|a indiqué l'agence allemande DPA⟧.",
    "Les garde-côtes ont intercepté le chalutier près de Lampedusa, ⟦A:ANSA|selon l'agence"
    " italienne Ansa⟧.",
    "Pékin a convoqué l'ambassadeur, ⟦A:Xinhua|rapporte l'agence officielle Chine nouvelle⟧.",
    "Le Kremlin a démenti toute négociation, ⟦A:TASS|selon l'agence de presse russe TASS⟧.",
    "Séoul a placé ses troupes en alerte renforcée, ⟦A:Yonhap|selon l'agence sud-coréenne Yonhap⟧.",
    "Tokyo prévoit de relever le salaire minimum de 6%, ⟦A:Kyodo|a rapporté l'agence Kyodo⟧.",
    "Le fonds souverain norvégien a réduit sa participation, ⟦A:Bloomberg|a rapporté Bloomberg⟧,"
    " citant des documents boursiers.",
    "La police turque a interpellé 42 personnes, ⟦A:Anadolu|selon l'agence étatique Anadolu⟧.",
    "Washington a annoncé de nouvelles sanctions, ⟦A:Associated Press|a rapporté l'agence Associated"
    " Press⟧.",
    "L'OMS a confirmé 18 nouveaux cas dans la province de l'Équateur (⟦C:AFP|AFP⟧,"
    " ⟦C:Reuters|Reuters⟧).",
    "MONTRÉAL, 3 mars 2026 ⟦D:Globe Newswire|(GLOBE NEWSWIRE)⟧ -- Nordelia Santé inc. annonce"
    " l'acquisition du réseau Kinévie, établi à Laval.",
    "PARIS--⟦D:Business Wire|(BUSINESS WIRE)⟧--Vexaris, spécialiste des logiciels de paie, annonce"
    " une levée de fonds de 45 millions d'euros.",
    "BRUXELLES, 8 juin ⟦D:Reuters|(Reuters)⟧ - Bruxelles a lancé une enquête approfondie sur les aides"
    " publiques versées à un fabricant de batteries.",
    "Le député ⟦A:AFP|a déclaré mardi à l'AFP⟧ qu'il ne voterait pas le texte.",
    N("subject", "Le PDG de l'Agence France-Presse a présenté aux syndicats un plan de départs"
      " volontaires portant sur 60 postes."),
    N("homonym", "Un dosage de l'alpha-fœtoprotéine (AFP) a été prescrit à la patiente lors de son"
      " suivi."),
    N("homonym", "L'AP-HM a déclenché son plan blanc après l'afflux de blessés dans les hôpitaux"
      " marseillais."),
    N("photo", "Des manifestants à Nantes, le 7 mars. (Photo Loïc Venance/AFP)"),
    N("unverified", "L'authenticité de la vidéo n'a pu être vérifiée de façon indépendante par"
      " l'AFP."),
    N("generic", "Les deux pays ont signé un accord de coopération militaire.\n(Avec agences)"),
    N("url", "Retrouvez toutes nos dépêches sur afp.com/fr/actus."),
    N("list", "Les envoyés spéciaux de trois agences - AFP, AP et Reuters - ont été refoulés à"
      " l'entrée du tribunal."),
    N("subject", "Reuters va fermer son bureau afghan à la fin du mois, a indiqué sa direction,"
      " invoquant la sécurité de ses employés."),
    N("poll", "Selon un sondage Reuters/Ipsos publié mardi, 38% des électeurs démocrates jugent le"
      " candidat trop âgé."),
]

DE: list[str | Neg] = [
    "Berlin ⟦D:dpa|(dpa)⟧ - Die Bundesregierung will den Ausbau von Wärmepumpen in Mietshäusern mit"
    " einem neuen Förderprogramm beschleunigen.",
    "Hamburg ⟦D:dpa|(dpa/lno)⟧ - Bei einem Brand in einer Lagerhalle im Stadtteil Billbrook ist am"
    " Sonntagmorgen ein Sachschaden in Millionenhöhe entstanden.",
    "Frankfurt/Main ⟦D:dpa|(dpa-AFX)⟧ - Nach einer Gewinnwarnung sind die Papiere des Chipzulieferers"
    " Keltron am Dienstag um fast zwölf Prozent eingebrochen.",
    "Hinweise nimmt die Kriminalpolizei in Gera entgegen.\n⟦S:dpa|© dpa-infocom, dpa:260312-930-224511/2⟧",
    "⟦B:dpa|Von dpa⟧\nStuttgart\nDer Landtag hat das umstrittene Polizeigesetz mit knapper Mehrheit"
    " verabschiedet.",
    "Von Katrin Oberle, ⟦B:dpa|dpa⟧\nPotsdam ⟦D:dpa|(dpa)⟧ - Die Spargelsaison in Brandenburg beginnt"
    " in diesem Jahr früher als üblich.",
    "Ein Sprecher der Stadtwerke Kassel bestätigte den Stromausfall ⟦A:dpa|auf Anfrage der Deutschen"
    " Presse-Agentur⟧.",
    "\"Wir rechnen mit Verspätungen bis in den Abend\", ⟦A:dpa|sagte eine Bahnsprecherin der Deutschen"
    " Presse-Agentur⟧.",
    "Der Konzern plant den Abbau von 1.200 Stellen, ⟦A:dpa|wie die Deutsche Presse-Agentur aus"
    " Unternehmenskreisen erfuhr⟧.",
    "Frankfurt ⟦D:Reuters|(Reuters)⟧ - Die Europäische Zentralbank hält eine weitere Zinssenkung im"
    " Sommer für möglich.\n(⟦S:Reuters|Bericht von Frank Siebelt, redigiert von Sabine Wollrab⟧."
    " Bei Rückfragen wenden Sie sich bitte an unsere Redaktion unter"
    " frankfurt.newsroom@thomsonreuters.com)",
    "Die Regierung in Paris will das Rentenalter nicht antasten, ⟦A:Reuters|berichtete die"
    " Nachrichtenagentur Reuters⟧ am Mittwoch mit Verweis auf Regierungskreise.",
    "Der Autobauer erwägt den Verkauf seiner Motorradsparte, ⟦A:Reuters|sagten zwei Insider der"
    " Nachrichtenagentur Reuters⟧.",
    "Die Zahl der Toten stieg auf 27, ⟦A:AFP|meldete die Nachrichtenagentur AFP⟧.",
    "Bei den Protesten in Nairobi setzte die Polizei Tränengas ein ⟦I:AFP|(AFP)⟧.",
    "Die Opposition kündigte weitere Demonstrationen an. kbe/⟦C:AFP|AFP⟧/⟦C:dpa|dpa⟧",
    "Die Notenbank beließ den Leitzins bei 4,5 Prozent. (⟦C:Reuters|rtr⟧, ⟦C:AFP|afp⟧)",
    "Das Weiße Haus bestätigte das Telefonat, ⟦A:Associated Press|wie die Nachrichtenagentur AP"
    " berichtete⟧.",
    "Peking hat die Zölle auf australischen Wein aufgehoben, ⟦A:Xinhua|meldete die staatliche"
    " Nachrichtenagentur Xinhua⟧.",
    "Die japanische Regierung will im Herbst ein Konjunkturpaket vorlegen, ⟦A:Kyodo|berichtete die"
    " Agentur Kyodo⟧.",
    "Russland hat ⟦A:TASS|nach Angaben der Staatsagentur Tass⟧ zwei Drohnen über der Krim abgefangen.",
    "Der Tesla-Rivale plant einen Börsengang in New York, ⟦A:Bloomberg|wie Bloomberg berichtete⟧.",
    "Der Milliardär erwägt den Verkauf seiner Anteile, ⟦A:Bloomberg|berichtet die Finanznachrichtenagentur"
    " Bloomberg⟧.",
    "Istanbul ⟦D:Anadolu|(AA)⟧ - Der türkische Präsident empfing am Dienstag den ungarischen"
    " Ministerpräsidenten.",
    "In Süditalien ist ein Regionalzug entgleist, ⟦A:ANSA|meldete die Nachrichtenagentur Ansa⟧."
    " Verletzt wurde niemand.",
    "MÜNCHEN--⟦D:Business Wire|(BUSINESS WIRE)⟧--Die Quarzel Robotics GmbH hat eine"
    " Finanzierungsrunde über 60 Millionen Euro abgeschlossen.",
    "WIEN, 2. April 2026 ⟦D:PR Newswire|/PRNewswire/⟧ -- Die Helmbrecht Gruppe übernimmt den"
    " slowenischen Verpackungshersteller Embalo.",
    N("photo", "Einsatzkräfte der Feuerwehr an der Unglücksstelle. Foto: Julian Stratenschulte/dpa"),
    N("subject", "Die Deutsche Presse-Agentur hat einen neuen Chefredakteur: Der bisherige"
      " Nachrichtenchef übernimmt zum 1. Juli."),
    N("homonym", "Trainer Max Reuter bleibt trotz der fünften Niederlage in Folge im Amt."),
    N("unverified", "Reuters konnte die Angaben zunächst nicht unabhängig überprüfen."),
    N("generic", "Die Waffenruhe hielt am Montag weitgehend. (Agenturen)"),
    N("url", "Mehr Nachrichten unter www.dpa.com/de/newsroom."),
    N("list", "Akkreditiert waren unter anderem dpa, Reuters, AFP und mehrere Fernsehsender."),
    N("subject", "Das Reuters Institute for the Study of Journalism legte am Dienstag seinen"
      " Digital News Report vor."),
    N("homonym", "Die irische Datenschutzbehörde DPA verhängte eine Strafe von 310 Millionen Euro"
      " gegen das Netzwerk."),
    N("chart", "Tabelle: Die größten Kursverlierer im Dax seit Jahresbeginn (Quelle: Bloomberg)"),
]

IT: list[str | Neg] = [
    "⟦D:ANSA|(ANSA)⟧ - ROMA, 12 MAR - Via libera del Consiglio dei ministri al decreto"
    " bollette, che prevede uno sconto per le famiglie a basso reddito.",
    "MILANO, 5 ⟦D:ANSA|(ANSA)⟧ - La Borsa di Milano ha chiuso in rialzo dell'1,1%, trainata dalle"
    " banche.",
    "PALERMO, 23 ⟦D:ANSA|(ANSA)⟧ - Le fiamme hanno avvolto nella notte un deposito di pneumatici"
    " nella zona industriale di Carini.",
    "Sono stati tratti in salvo tutti gli escursionisti.\n⟦S:ANSA|RIPRODUZIONE RISERVATA © Copyright"
    " ANSA⟧",
    "I lavori sul viadotto dovrebbero concludersi entro settembre ⟦I:ANSA|(ANSA)⟧.",
    "\"La stagione è salva\", ⟦A:ANSA|ha detto all'ANSA⟧ il presidente del consorzio.",
    "Il governo starebbe valutando un rinvio della riforma, ⟦A:ANSA|a quanto apprende l'ANSA⟧ da"
    " fonti parlamentari.",
    "⟦B:ANSA|Redazione ANSA⟧ TORINO\nLa Juventus ha presentato il nuovo allenatore.",
    "MILANO, 4 marzo ⟦D:Reuters|(Reuters)⟧ - Il Tesoro ha collocato titoli a sei mesi per 8 miliardi di"
    " euro con un rendimento in calo.",
    "Il produttore di pneumatici potrebbe vendere la filiale brasiliana, ⟦A:Reuters|hanno riferito a"
    " Reuters⟧ tre persone informate sulla trattativa.",
    "Sono almeno 36 i morti dell'alluvione nel nord del Pakistan, ⟦A:AFP|riferisce l'agenzia Afp⟧.",
    "PARIGI, 6 MAG - Il premier francese ha annunciato un rimpasto di governo. (⟦C:ANSA|ANSA⟧-"
    "⟦C:AFP|AFP⟧).",
    "WASHINGTON, 9 GIU - Il presidente ha firmato il provvedimento sulle infrastrutture."
    " (⟦C:ANSA|ANSA⟧-⟦C:Associated Press|AP⟧).",
    "Pechino ha condannato le esercitazioni navali, ⟦A:Xinhua|secondo quanto riporta l'agenzia Nuova"
    " Cina⟧.",
    "Mosca ha espulso due diplomatici, ⟦A:TASS|riporta l'agenzia Tass⟧.",
    "Seul ha rilevato il lancio di un missile, ⟦A:Yonhap|secondo l'agenzia sudcoreana Yonhap⟧.",
    "Il colosso giapponese dell'auto aprirà una fabbrica in Polonia, ⟦A:Kyodo|scrive l'agenzia"
    " Kyodo⟧.",
    "Il fondo americano sarebbe pronto a rilanciare, ⟦A:Bloomberg|scrive Bloomberg⟧.",
    "Madrid ha chiesto spiegazioni all'ambasciatore, ⟦A:EFE|secondo l'agenzia spagnola Efe⟧.",
    "Berlino ha bloccato l'export di componenti, ⟦A:dpa|secondo l'agenzia tedesca Dpa⟧.",
    N("word", "Il corpo è stato ritrovato in un'ansa del Po, vicino a Boretto."),
    N("photo", "Manifestanti in piazza a Napoli. ANSA/CIRO FUSCO"),
    N("subject", "L'ANSA ha inaugurato una nuova sede a Bruxelles alla presenza del commissario"
      " europeo."),
    N("url", "Tutte le notizie su www.ansa.it/sito/notizie/mondo"),
    N("generic", "Il vertice si è chiuso senza un comunicato finale. (Fonte: agenzie)"),
    N("unverified", "Le immagini non sono state verificate in modo autonomo dalla Reuters."),
    N("homonym", "Scarica la nostra APP per ricevere gli aggiornamenti sul traffico in tempo"
      " reale."),
    N("list", "In aula erano ammessi solo i cronisti di ANSA, Reuters, Bloomberg e Sky TG24."),
    N("subject", "Il direttore dell'ANSA ha incontrato il comitato di redazione dopo tre giorni di"
      " sciopero delle firme."),
    N("chart", "Grafico: lo spread Btp-Bund nell'ultimo mese. Fonte: Bloomberg"),
]

PT: list[str | Neg] = [
    "SÃO PAULO ⟦D:Reuters|(Reuters)⟧ - O Ibovespa subiu 1,3% nesta quarta-feira, com ações de bancos"
    " e da Petrobras liderando os ganhos.",
    "BRASÍLIA, 11 Mar ⟦D:Reuters|(Reuters)⟧ - O Planalto decidiu adiantar para abril a primeira parcela do"
    " 13º salário de aposentados, anunciou nesta terça-feira o ministro da Previdência.",
    "A arrecadação federal somou 231 bilhões de reais em fevereiro.\n(⟦S:Reuters|Reportagem de"
    " Bernardo Caram; Edição de Isabel Versiani⟧)",
    "A mineradora avalia vender ativos de níquel, ⟦A:Reuters|disseram à Reuters⟧ três fontes com"
    " conhecimento das negociações.",
    "A Selic deve ser mantida em 12,25% ao ano na reunião de quarta-feira, ⟦A:Reuters|segundo"
    " pesquisa da Reuters⟧ com 27 economistas.",
    "⟦B:AFP|Da AFP⟧\nO número de mortos pelas enchentes no sul do Chile subiu para 19.",
    "A ONU pediu um cessar-fogo imediato na região ⟦I:AFP|(AFP)⟧.",
    "\"Perdemos tudo\", ⟦A:AFP|disse à AFP⟧ uma comerciante de Canoas.",
    "Os protestos se espalharam por dez cidades, ⟦A:AFP|informou a agência de notícias AFP⟧.",
    "As buscas foram retomadas nesta manhã.\n(⟦S:AFP|Com AFP⟧)",
    "⟦B:EFE|Por EFE⟧\nA Bolívia declarou emergência nacional por causa dos incêndios florestais.",
    "O presidente argentino vetou a lei do financiamento universitário, ⟦A:EFE|segundo a agência"
    " EFE⟧.",
    "A companhia aérea estuda uma fusão com uma concorrente, ⟦A:Bloomberg|de acordo com a"
    " Bloomberg⟧.",
    "A China registrou superávit comercial recorde em setembro, ⟦A:Xinhua|informou a agência estatal"
    " Xinhua⟧.",
    "O papa deve visitar o Brasil em outubro, ⟦A:ANSA|segundo a agência italiana Ansa⟧.",
    "O Congresso americano aprovou o orçamento provisório, ⟦A:Associated Press|segundo a Associated"
    " Press⟧.",
    "O cessar-fogo foi violado horas depois de entrar em vigor.\n(Com ⟦C:Reuters|Reuters⟧ e"
    " ⟦C:AFP|AFP⟧)",
    "SÃO PAULO, 19 de agosto de 2026 ⟦D:PR Newswire|/PRNewswire/⟧ -- Ventura Logística anunciou hoje"
    " a inauguração de um centro de distribuição em Cajamar.",
    "O governo japonês vai ampliar a ajuda a Gaza, ⟦A:Kyodo|informou a agência Kyodo⟧.",
    "A Turquia deteve 30 suspeitos de ligação com o Estado Islâmico, ⟦A:Anadolu|segundo a agência"
    " Anadolu⟧.",
    N("homonym", "Oiapoque (AP) - A ponte binacional sobre o rio Oiapoque será reaberta ao tráfego de"
      " caminhões na próxima semana."),
    N("homonym", "O fazendeiro foi multado por desmatar 12 hectares de APP às margens do rio"
      " Xingu."),
    N("photo", "Bombeiros combatem o incêndio em Corumbá. Foto: Evaristo Sá/AFP"),
    N("generic", "O petróleo subiu 3% após o ataque.\n(Com agências)"),
    N("unverified", "As imagens não puderam ser verificadas de forma independente pela Reuters."),
    N("subject", "A Associated Press demitiu 8% de sua equipe, segundo um comunicado interno."),
    N("url", "Leia mais em br.reuters.com"),
    N("homonym", "O governo do AP abriu inscrições para 500 vagas na polícia militar."),
    N("list", "Reuters, Bloomberg e Valor foram os únicos veículos autorizados a entrar na sala."),
    N("subject", "A EFE abriu um novo escritório em São Paulo para cobrir o agronegócio."),
    "A Espanha vai reduzir a jornada de trabalho para 37,5 horas semanais, ⟦A:Europa Press|informou"
    " a agência Europa Press⟧.",
]

ID: list[str | Neg] = [
    "Jakarta ⟦D:Antara|(ANTARA)⟧ - Kementerian Perhubungan menyiagakan 1.350 armada bus cadangan"
    " selama arus mudik Lebaran tahun ini, kata Direktur Jenderal Perhubungan Darat di Jakarta, Senin.",
    "Surabaya ⟦D:Antara|(ANTARA)⟧ - Pemerintah Kota Surabaya menutup sementara tiga pasar"
    " tradisional untuk renovasi mulai pekan depan.",
    "Mataram ⟦D:Antara|(ANTARA)⟧ - Gunung Rinjani kembali dibuka untuk pendakian setelah ditutup"
    " selama tiga bulan.\nPewarta: Nur Imansyah\nEditor: Budi Santoso\n⟦S:Antara|Copyright © ANTARA"
    " 2026⟧",
    "Harga cabai rawit di pasar induk turun menjadi Rp45.000 per kilogram ⟦I:Antara|(Ant)⟧.",
    "\"Stok beras aman hingga akhir tahun,\" ⟦A:Antara|kata Kepala Bulog Sulawesi Selatan kepada"
    " ANTARA⟧ di Makassar, Rabu.",
    "Jakarta, CNN Indonesia -- Bank sentral Jepang mempertahankan suku bunga acuannya, ⟦A:Reuters|seperti"
    " dilansir Reuters⟧, Jumat (14/3).",
    "⟦A:AFP|Dikutip dari AFP⟧, sedikitnya 19 orang tewas akibat banjir bandang di Kenya barat.",
    "⟦A:Bloomberg|Mengutip Bloomberg⟧, harga nikel di London Metal Exchange naik 2,1 persen ke level"
    " tertinggi dalam sebulan.",
    "Pemerintah China akan menambah kuota impor gandum tahun depan, ⟦A:Xinhua|menurut laporan kantor"
    " berita Xinhua⟧.",
    "Pyongyang meluncurkan dua rudal jelajah dari pantai barat, ⟦A:Yonhap|lapor kantor berita"
    " Yonhap⟧.",
    "Perdana Menteri Jepang dijadwalkan mengunjungi Jakarta bulan depan, ⟦A:Kyodo|demikian dilaporkan"
    " kantor berita Kyodo⟧.",
    "⟦A:Anadolu|Seperti dikutip dari Anadolu Agency⟧, Turki akan mengirim bantuan kemanusiaan kedua ke"
    " Sudan.",
    "Seorang pejabat Kremlin menyebut pertemuan itu konstruktif, ⟦A:TASS|sebagaimana dilaporkan kantor"
    " berita TASS⟧.",
    "Gedung Putih belum mengonfirmasi jadwal kunjungan tersebut, ⟦A:Associated Press|dikutip dari"
    " Associated Press⟧.",
    "Liputan6.com, Jakarta - Harga minyak dunia melemah pada perdagangan Selasa, ⟦A:Reuters|mengutip"
    " Reuters⟧.",
    "⟦B:Antara|Oleh Antara⟧\nBandung - Pemprov Jawa Barat menyiapkan 40 titik posko kesehatan di jalur"
    " mudik selatan.",
    "Polisi masih menyelidiki penyebab kebakaran tersebut.\n⟦S:Antara|Sumber: ANTARA⟧",
    "Malaysia akan membuka jalur kereta baru ke Singapura tahun depan, ⟦A:Bernama|lapor kantor berita"
    " Bernama⟧.",
    "Pemerintah Italia menetapkan status darurat di Sisilia, ⟦A:ANSA|menurut kantor berita ANSA⟧.",
    "\"Kami belum menerima kompensasi,\" ⟦A:AFP|kata seorang nelayan kepada AFP⟧.",
    N("word", "Pertemuan antara kedua menteri berlangsung tertutup selama dua jam."),
    N("word", "Bantuan disalurkan ke enam kecamatan, antara lain Cibinong, Bojonggede dan Citeureup."),
    N("photo", "Warga mendorong sepeda motor yang mogok di Jalan Jatinegara Barat, Jakarta Timur."
      " ANTARA FOTO/Rivan Awal/wpa."),
    N("subject", "Perum LKBN ANTARA meluncurkan portal berita berbahasa Arab bertepatan dengan"
      " hari jadinya."),
    N("url", "Berita selengkapnya dapat dibaca di antaranews.com/ekonomi"),
    N("generic", "Harga emas dunia naik 1,4 persen pekan ini.\n(Dari berbagai sumber)"),
    N("unverified", "Kebenaran rekaman itu belum dapat diverifikasi secara independen oleh"
      " Reuters."),
    N("homonym", "Hotel Antara Ubud menambah 40 kamar baru untuk menyambut musim liburan."),
    N("list", "Konferensi pers itu dihadiri wartawan dari ANTARA, Kompas, Reuters dan TVRI."),
    N("word", "Jarak antara Bandung dan Garut kini bisa ditempuh dua jam lewat tol baru."),
]

MS: list[str | Neg] = [
    "KUALA LUMPUR, 5 Mac ⟦D:Bernama|(Bernama)⟧ -- Kerajaan akan memperuntukkan RM1.2 bilion bagi"
    " membaiki 280 buah sekolah uzur di pedalaman Sabah, kata Menteri Pendidikan.",
    "KOTA BHARU, 18 Nov ⟦D:Bernama|(Bernama)⟧ -- Seramai 4,210 mangsa banjir di Kelantan kini ditempatkan"
    " di 37 pusat pemindahan sementara.",
    "JOHOR BAHRU, 2 Jun ⟦D:Bernama|(Bernama)⟧ -- Polis menahan tiga lelaki yang disyaki mendalangi skim"
    " pelaburan palsu yang memperdaya 60 mangsa.",
    "Kerja-kerja pembersihan dijangka selesai dalam tempoh seminggu.\n⟦S:Bernama|-- BERNAMA⟧\nAZM",
    "\"Kami berharap bantuan segera disalurkan,\" ⟦A:Bernama|katanya kepada Bernama⟧ di sini hari ini.",
    "Penduduk Kampung Gajah, ⟦A:Bernama|ketika dihubungi Bernama⟧, berkata air mula naik sejak"
    " subuh.",
    "⟦A:Bernama|Bernama difahamkan⟧ mesyuarat Kabinet akan membincangkan isu itu Rabu ini.",
    "Harga minyak mentah Brent jatuh 2.3 peratus, ⟦A:Reuters|menurut laporan agensi berita Reuters⟧.",
    "Sekurang-kurangnya 12 orang maut dalam serangan itu, ⟦A:AFP|lapor AFP⟧.",
    "China akan melanjutkan tempoh bebas visa bagi pelancong Malaysia hingga 2027,"
    " ⟦A:Xinhua|lapor agensi berita Xinhua⟧.",
    "⟦A:Antara|Agensi berita Antara melaporkan⟧ gempa bumi itu dirasai sehingga ke Padang.",
    "Turki menghantar 20 trak bantuan ke Gaza, ⟦A:Anadolu|menurut Agensi Anadolu⟧.",
    "Jepun mengesahkan kes selesema burung pertama musim ini, ⟦A:Kyodo|lapor agensi berita Kyodo⟧.",
    "Korea Selatan menaikkan gaji minimum sebanyak 2.9 peratus, ⟦A:Yonhap|menurut Yonhap⟧.",
    "Bank pusat Amerika dijangka mengekalkan kadar faedah, ⟦A:Bloomberg|memetik laporan"
    " Bloomberg⟧.",
    "⟦B:Bernama|Oleh Bernama⟧\nPUTRAJAYA -- Kementerian Kesihatan akan mengambil 3,000 jururawat baharu"
    " tahun depan.",
    "Kadar pengangguran turun kepada 3.1 peratus pada Februari.\n⟦S:Bernama|Sumber: Bernama⟧",
    "Kerajaan Indonesia akan memindahkan 1,800 keluarga dari kawasan lereng gunung berapi itu,"
    " ⟦A:Antara|menurut"
    " laporan Antara⟧.",
    "Pasukan keselamatan Filipina menembak mati dua suspek ⟦I:Reuters|(Reuters)⟧.",
    N("word", "Seorang lelaki bernama Ahmad Fauzi, 42, ditahan di sekatan jalan raya."),
    N("word", "Pesta Buku Antarabangsa Kuala Lumpur menarik 1.8 juta pengunjung tahun ini."),
    N("word", "Majoriti undi antara kedua-dua calon di Bukit Gantang hanya 312."),
    N("photo", "Anggota bomba memadam kebakaran di sebuah kilang di Klang. --fotoBERNAMA (2026) HAK"
      " CIPTA TERPELIHARA"),
    N("subject", "Bernama TV akan menyiarkan siaran langsung pembentangan Belanjawan 2027."),
    N("url", "Baca laporan penuh di bernama.com/bm/am"),
    N("generic", "Harga emas naik ke paras tertinggi.\n-- Agensi"),
    N("unverified", "AFP tidak dapat mengesahkan secara bebas dakwaan kumpulan pemberontak itu."),
    N("list", "Wartawan Bernama, Astro Awani dan Reuters dibenarkan membuat liputan di dalam"
      " mahkamah."),
    N("homonym", "Kerajaan akan menghapuskan sistem AP bagi kenderaan import secara berperingkat"
      " menjelang 2030."),
]

TR: list[str | Neg] = [
    "ANKARA ⟦D:Anadolu|(AA)⟧ - Hazine ve Maliye Bakanlığı, ağustos ayında bütçenin 84 milyar lira"
    " fazla verdiğini açıkladı.",
    "İSTANBUL ⟦D:Anadolu|(AA)⟧ - Borsa İstanbul'da BIST 100 endeksi günü yüzde 1,2 yükselişle"
    " tamamladı.",
    "ERZURUM ⟦D:Anadolu|(AA)⟧ - Kentte etkili olan kar yağışı nedeniyle 112 köy yolu ulaşıma"
    " kapandı.",
    "Vali Yardımcısı, ⟦A:Anadolu|AA muhabirine⟧ yaptığı açıklamada, arama çalışmalarının gece boyunca"
    " süreceğini söyledi.",
    "Çiftçi Mehmet Kaya, ⟦A:Anadolu|Anadolu Ajansı'na⟧ yaptığı açıklamada, bu yıl rekoltenin yarı"
    " yarıya düştüğünü belirtti.",
    "Depremde hasar gören 40 bina yıkılacak.\n⟦S:Anadolu|Kaynak: AA⟧",
    "⟦B:Anadolu|Anadolu Ajansı⟧ | 09.05.2026 11:20\nMerkez Bankası rezervleri geçen hafta 2,1 milyar"
    " dolar arttı.",
    "⟦A:Reuters|Reuters'ın haberine göre⟧, Japon elektronik şirketi Tekirdağ'daki fabrikasına 200"
    " milyon dolar yatıracak.",
    "Görüşmelere yakın üç kişi ⟦A:Reuters|Reuters'a⟧ yaptıkları açıklamada, mutabakatın hafta"
    " sonuna kadar sağlanabileceğini söyledi.",
    "⟦A:AFP|AFP'nin aktardığına göre⟧, Nijer'deki sel felaketinde ölü sayısı 31'e çıktı.",
    "Bir yetkili ⟦A:Bloomberg|Bloomberg'e⟧ konuşarak görüşmelerin olumlu geçtiğini söyledi.",
    "⟦A:TASS|Rus TASS ajansının haberine göre⟧, Kazan'daki bir rafineride yangın"
    " çıktı.",
    "⟦A:Xinhua|Şinhua ajansının bildirdiğine göre⟧, Hubei eyaletinde sel nedeniyle 8"
    " bin kişi tahliye edildi.",
    "⟦A:Kyodo|Japon Kyodo ajansının bildirdiğine göre⟧, Tokyo'da sıcaklık rekor seviyeye ulaştı.",
    "⟦A:Yonhap|Güney Kore'nin Yonhap ajansına göre⟧, Seul'de bir binada çıkan yangında 4 kişi"
    " yaralandı.",
    "⟦A:dpa|Alman DPA ajansının haberine göre⟧, Hamburg limanında grev üçüncü gününe girdi.",
    "⟦A:EFE|İspanyol EFE ajansının haberine göre⟧, Valencia'da sağanak nedeniyle okullar tatil"
    " edildi.",
    "⟦A:Associated Press|AP'nin haberine göre⟧, Kaliforniya'daki orman yangını 20 bin dönümlük alana"
    " yayıldı.",
    "⟦A:ANSA|İtalyan ANSA ajansının bildirdiğine göre⟧, Napoli'de 3,9 büyüklüğünde deprem meydana"
    " geldi.",
    "Haberde, Ukrayna'nın doğusunda şiddetli çatışmaların sürdüğü belirtildi. (⟦C:AFP|AFP⟧,"
    " ⟦C:Reuters|Reuters⟧)",
    N("homonym", "Konyaspor, \"Anadolu Kartalı\" lakabıyla bilinen takımın yeni teknik direktörünü"
      " açıkladı."),
    N("homonym", "Doğu Anadolu'da kar yağışı nedeniyle 300 köy yolu kapandı."),
    N("photo", "Kurtarma ekipleri enkaz altında arama yapıyor. (Fotoğraf: Ercan Özkaya - AA)"),
    N("subject", "Anadolu Ajansı Genel Müdürü, ajansın yeni haber merkezini ziyaret eden"
      " öğrencilerle bir araya geldi."),
    N("url", "Haberin tamamına aa.com.tr/tr/dunya adresinden ulaşabilirsiniz."),
    N("generic", "Dünya Haberleri Servisi / Ajanslar\nİran'da meydana gelen depremde 6 kişi"
      " yaralandı."),
    N("unverified", "Reuters, söz konusu görüntülerin doğruluğunu bağımsız olarak teyit"
      " edemedi."),
    N("homonym", "Uzaktan kumanda, kutudan çıkan iki AA pille yaklaşık bir yıl çalışıyor."),
    N("list", "Törene davet edilen gazeteciler arasında AA, Reuters ve Bloomberg HT muhabirleri de"
      " vardı."),
    N("homonym", "Anadolu Efes, sahasında Fenerbahçe Beko'yu 91-88 mağlup etti."),
]

ZH: list[str | Neg] = [
    "⟦D:Xinhua|新华社丽水3月5日电⟧ 浙江丽水市计划年内为山区县新增公交线路一百二十条。",
    "⟦D:Xinhua|新华社北京5月20日电⟧ 4月份全国快递业务量突破一百五十亿件，国家邮政局20日发布的数据显示。",
    "⟦D:Xinhua|新华社华盛顿7月2日电⟧（记者刘远航）美国劳工部2日公布，上周首次申请失业救济人数小幅下降。",
    "⟦A:Xinhua|新华社消息⟧，第二届中非农业合作论坛将于下月在长沙举行。",
    "青海湖裸鲤资源量已恢复到十万吨以上。⟦I:Xinhua|（新华社）⟧",
    "当地政府已组织转移受灾群众两千余人。\n⟦S:Xinhua|来源：新华社⟧",
    "⟦D:Reuters|路透上海3月4日⟧ - 中国国债收益率周三下跌，市场预期央行将进一步放松政策。",
    "⟦A:Reuters|据路透社报道⟧，该电池制造商正考虑在匈牙利增建工厂。",
    "一名知情人士⟦A:Reuters|对路透社表示⟧，谈判已进入最后阶段。",
    "⟦D:AFP|法新社里昂6日电⟧ 里昂市政府6日宣布，老城区将全面禁止燃油车通行。",
    "⟦A:AFP|据法新社报道⟧，肯尼亚西部洪灾已造成至少二十三人死亡。",
    "⟦D:Associated Press|美联社芝加哥8日电⟧ 芝加哥警方8日表示，一场暴风雪造成全市大面积停电。",
    "⟦A:Associated Press|据美联社报道⟧，俄勒冈州南部山火已迫使三千居民撤离。",
    "⟦D:Kyodo|共同社大阪3月9日电⟧ 一名涉嫌诈骗老人的男子9日被大阪府警方逮捕。",
    "⟦A:Kyodo|据日本共同社报道⟧，北海道一座核电站因设备故障暂停运行。",
    "⟦D:Yonhap|韩联社首尔5月3日电⟧ 为缓解城市热岛效应，首尔市政府计划沿汉江再建四座公园。",
    "⟦A:TASS|据俄罗斯塔斯社报道⟧，莫斯科州一座仓库3日发生火灾。",
    "⟦A:Bloomberg|彭博社周二报道称⟧，该基金正在洽购一家欧洲物流公司。",
    "⟦A:dpa|据德新社报道⟧，德国北部一列区域列车出轨，数人受伤。",
    "⟦A:EFE|据西班牙埃菲社报道⟧，瓦伦西亚暴雨导致多条道路中断。",
    "⟦A:ANSA|据意大利安莎社报道⟧，西西里岛埃特纳火山再次喷发。",
    "⟦A:Antara|安塔拉通讯社消息⟧，印尼东爪哇省发生五点二级地震。",
    "⟦A:Bernama|据马新社报道⟧，吉兰丹州水灾灾民人数增至四千余人。",
    "⟦A:Anadolu|据阿纳多卢通讯社21日报道⟧，伊斯坦布尔一座化工厂发生爆炸。",
    "⟦A:PTI|据印度报业托拉斯报道⟧，新德里空气质量连续第三天处于严重污染级别。",
    "上海2026年3月5日 ⟦D:PR Newswire|/美通社/⟧ -- 全球领先的物流科技企业今天宣布在华设立研发中心。",
    "马萨诸塞州沃尔瑟姆--⟦D:Business Wire|(美国商业资讯)⟧--半导体设备商今日公布第二财季业绩。",
    "中东局势持续紧张，联合国呼吁各方保持克制。（本报综合⟦C:Xinhua|新华社⟧、⟦C:TASS|塔斯社⟧报道）",
    N("homonym", "新版《新华字典》收录了二百多个新词。"),
    N("homonym", "游客在新华门前拍照留念。"),
    N("homonym", "美联储主席暗示年内可能再降息一次。"),
    N("word", "塔斯马尼亚州政府宣布扩大海洋保护区面积。"),
    N("word", "埃菲尔铁塔因工人罢工暂停对游客开放。"),
    N("photo", "图为游客在景区内赏花。新华社记者 王鹏 摄"),
    N("poll", "路透社与益普索联合进行的民调显示，四成受访者支持该法案。"),
    N("unverified", "上述视频的真实性暂未得到路透社独立核实。"),
    N("generic", "（综合外电）欧洲多国遭遇罕见热浪袭击。"),
    N("subject", "法新社驻北京分社社长将于下月卸任。"),
]

UR: list[str | Neg] = [
    "اسلام آباد ⟦D:APP|(اے پی پی)⟧ وفاقی حکومت نے ملک بھر میں 500 نئے بنیادی مراکز صحت قائم کرنے کا"
    " فیصلہ کیا ہے۔",
    "لاہور ⟦D:APP|(اے پی پی)⟧ محکمہ خوراک پنجاب نے گندم کی سرکاری قیمت خرید 3900 روپے فی من مقرر کر دی۔",
    "فیصل آباد ⟦D:APP|(اے پی پی)⟧ ٹیکسٹائل برآمدات میں گزشتہ ماہ 9 فیصد اضافہ ریکارڈ کیا گیا، تاہم"
    " اپوزیشن جماعت پی ٹی آئی نے ان اعداد و شمار کو مسترد کر دیا۔",
    "⟦A:APP|اے پی پی نے بتایا⟧ کہ وزیراعظم آئندہ ماہ بیجنگ اور شنگھائی کا پانچ روزہ دورہ کریں گے۔",
    "صوبائی وزیر نے کہا کہ سیلاب متاثرین کی بحالی اولین ترجیح ہے۔ (⟦S:APP|بشکریہ اے پی پی⟧)",
    "جرمن کار ساز کمپنی ہنگری میں اپنا پلانٹ بند کر رہی ہے، ⟦A:Reuters|رائٹرز نے ذرائع کے حوالے سے"
    " بتایا⟧۔",
    "وزارت خزانہ کے ایک سینئر افسر نے ⟦A:Reuters|رائٹرز کو بتایا⟧ کہ قرض پروگرام کی اگلی قسط پر بات چیت"
    " جمعرات کو ہو گی۔",
    "نائیجر میں سیلاب سے ہلاکتوں کی تعداد 31 ہو گئی ہے، ⟦A:AFP|اے ایف پی نے بتایا⟧۔",
    "ایک مقامی کسان ⟦A:AFP|اے ایف پی سے گفتگو میں⟧ روتے ہوئے بولا کہ پورا گاؤں پانی میں ڈوب چکا ہے۔",
    "اوریگن کے جنگلات میں لگی آگ نے تین ہزار افراد کو گھر چھوڑنے پر مجبور کر دیا ہے،"
    " ⟦A:Associated Press|امریکی نیوز ایجنسی اے پی نے بتایا⟧۔",
    "⟦A:Xinhua|شنہوا کے مطابق⟧ ہاربن میں شدید برفباری کے باعث ٹرین سروس دوسرے روز بھی معطل"
    " رہی۔",
    "⟦A:Anadolu|انادولو ایجنسی کی خبر کے مطابق⟧ ازمیر کے ساحل کے قریب 4.8 شدت کا زلزلہ آیا۔",
    "⟦A:TASS|روسی خبر رساں ادارے تاس کے مطابق⟧ ماسکو میں دو ہوائی اڈے عارضی طور پر بند کر دیے گئے۔",
    "متحدہ عرب امارات ایک نئی فضائی کمپنی کے قیام پر غور کر رہا ہے، ⟦A:Bloomberg|بلومبرگ نے باخبر"
    " ذرائع کے حوالے سے خبر دی⟧۔",
    "نئی دہلی ⟦D:PTI|(پی ٹی آئی)⟧ بھارتی سپریم کورٹ نے فضائی آلودگی کیس کی سماعت اگلے ہفتے تک ملتوی"
    " کر دی۔",
    "⟦A:ANI|اے این آئی کے مطابق⟧ گلمرگ میں پارہ منفی 11 ڈگری تک گر گیا اور جھیلیں جم گئیں۔",
    "⟦A:Kyodo|کیوڈو نیوز کے مطابق⟧ اوساکا میں گرمی کا 80 سالہ ریکارڈ ٹوٹ گیا۔",
    "غزہ میں امدادی ٹرکوں کی آمد دوبارہ شروع ہو گئی ہے ⟦I:AFP|(اے ایف پی)⟧",
    N("homonym", "سینیٹ کے اجلاس میں پی ٹی آئی کے ارکان نے واک آؤٹ کیا۔"),
    N("homonym", "اے پی ایس سانحے کی برسی پر پشاور میں تقریب منعقد ہوئی۔"),
    N("generic", "افغانستان میں زلزلے سے کئی مکانات تباہ ہو گئے۔ (ویب ڈیسک)"),
    N("generic", "(نیوز ایجنسیاں) مشرق وسطیٰ میں کشیدگی بدستور برقرار ہے۔"),
    N("photo", "لاڑکانہ میں گندم کی کٹائی میں مصروف کسان۔ (فوٹو: اے ایف پی)"),
    N("url", "اے پی پی کی ویب سائٹ app.com.pk پر تفصیلات دستیاب ہیں۔"),
    N("unverified", "رائٹرز اس ویڈیو کی صداقت کی آزادانہ تصدیق نہیں کر سکا۔"),
    N("word", "شہری اب نئی ایپ کے ذریعے بجلی کے بل جمع کرا سکیں گے۔"),
    N("subject", "اے پی پی کے کارکنوں نے تین ماہ کی تنخواہیں نہ ملنے پر دفتر کے باہر دھرنا دیا۔"),
    N("list", "تقریب میں رائٹرز، بی بی سی اور اے ایف پی کے صحافیوں کو بھی مدعو کیا گیا تھا۔"),
]

HI: list[str | Neg] = [
    "नई दिल्ली, 5 मार्च ⟦D:IANS|(आईएएनएस)⟧ दिल्ली मेट्रो ने अपने चौथे चरण के दो नए स्टेशन यात्रियों के लिए"
    " खोल दिए।",
    "पटना, 17 अक्टूबर ⟦D:IANS|(आईएएनएस)⟧ बिहार में बाढ़ से प्रभावित जिलों की संख्या बढ़कर 14 हो गई है।",
    "जयपुर में पर्यटकों की संख्या में इस साल 18 प्रतिशत की बढ़ोतरी हुई है।\n⟦S:IANS|--आईएएनएस⟧\nआरके/एसजीके",
    "लखनऊ, 9 फरवरी ⟦D:ANI|(एएनआई)⟧ उत्तर प्रदेश विधानसभा का बजट सत्र सोमवार से शुरू होगा।",
    "⟦A:ANI|एएनआई से खास बातचीत में⟧ केंद्रीय मंत्री ने कहा कि योजना का विस्तार सभी राज्यों में किया जाएगा।",
    "शिमला में भारी बर्फबारी के कारण 120 सड़कें बंद हो गई हैं ⟦I:ANI|(एएनआई)⟧",
    "⟦A:PTI|समाचार एजेंसी पीटीआई के अनुसार⟧ रेलवे त्योहारों के दौरान 150 विशेष ट्रेनें चलाएगा।",
    "⟦A:Reuters|समाचार एजेंसी रॉयटर्स के मुताबिक⟧ कंपनी तमिलनाडु में 4,000 करोड़ रुपये का नया कारखाना"
    " स्थापित करेगी।",
    "दो अधिकारियों ने ⟦A:Reuters|रॉयटर्स को बताया⟧ कि समझौते पर अगले महीने हस्ताक्षर हो सकते हैं।",
    "⟦A:AFP|समाचार एजेंसी एएफपी के अनुसार⟧ केन्या में बाढ़ से कम से कम 23 लोगों की मौत हो गई।",
    "⟦A:Associated Press|एसोसिएटेड प्रेस (एपी) के अनुसार⟧ कैलिफोर्निया की आग पर काबू पा लिया गया है।",
    "⟦A:Xinhua|शिन्हुआ की खबर के अनुसार⟧ हार्बिन में भारी बर्फबारी से रेल सेवाएं ठप रहीं।",
    "⟦A:Bloomberg|ब्लूमबर्ग की रिपोर्ट के मुताबिक⟧ कंपनी 5,000 कर्मचारियों की छंटनी कर सकती है।",
    "⟦A:Kyodo|जापानी समाचार एजेंसी क्योडो के अनुसार⟧ टोक्यो में तापमान 40 डिग्री के पार पहुंच गया।",
    "⟦A:Yonhap|योनहाप ने बताया⟧ कि सियोल में एक इमारत में आग लगने से चार लोग घायल हो गए।",
    "⟦A:TASS|रूसी समाचार एजेंसी तास ने बताया⟧ कि मॉस्को में दो हवाई अड्डे अस्थायी रूप से बंद किए गए।",
    "संसद का शीतकालीन सत्र 1 दिसंबर से शुरू होगा। (इनपुट: ⟦C:ANI|एएनआई⟧, ⟦C:IANS|आईएएनएस⟧)",
    "मुंबई, 22 जून ⟦D:PTI|(पीटीआई)⟧ शेयर बाजार में लगातार तीसरे दिन तेजी रही।",
    "⟦A:APP|पाकिस्तानी समाचार एजेंसी एपीपी के अनुसार⟧ इस्लामाबाद में धारा 144 लागू कर दी गई है।",
    N("homonym", "पीटीआई ने इस्लामाबाद में विरोध प्रदर्शन का आह्वान किया है।"),
    N("homonym", "पिछले महीने यूपीआई से 1,800 करोड़ से अधिक लेनदेन हुए।"),
    N("generic", "मौसम विभाग ने तीन राज्यों के लिए अलर्ट जारी किया है। (एजेंसी)"),
    N("photo", "हरिद्वार की हर की पौड़ी पर दीप जलाती महिलाएं। (फाइल फोटो: आईएएनएस)"),
    N("subject", "एएनआई ने अपने नोएडा कार्यालय में नया स्टूडियो शुरू किया।"),
    N("unverified", "इन तस्वीरों की सत्यता की रॉयटर्स स्वतंत्र तौर पर जांच नहीं कर पाया।"),
    N("url", "ताजा खबरों के लिए www.ianslive.in पर जाएं।"),
    N("homonym", "आंध्र प्रदेश (एपी) के मुख्यमंत्री ने अमरावती में नए सचिवालय की आधारशिला रखी।"),
    N("list", "प्रेस वार्ता में पीटीआई, एएनआई और रॉयटर्स के संवाददाता मौजूद थे।"),
    "रांची, 14 अगस्त ⟦D:IANS|(आईएएनएस)⟧ झारखंड में लगातार बारिश से स्वर्णरेखा नदी खतरे के निशान के ऊपर"
    " बह रही है।",
    N("chart", "ग्राफिक: पिछले छह महीनों में सोने की कीमत (स्रोत: ब्लूमबर्ग)"),
]

# =============================================================================================
# building
# =============================================================================================
DATA: dict[str, list[str | Neg]] = dict(
    zip(LANGS, (EN, ES, FR, DE, IT, PT, ID, MS, TR, ZH, UR, HI), strict=True)
)


if __name__ == "__main__":
    sys.exit(run_later_set(sys.argv[1:], DATA, "heldout8", EARLIER_SETS))
