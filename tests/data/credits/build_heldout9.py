"""Build the NINTH held-out labelled wire-credit set: heldout9.jsonl.

This set exists for one purpose: the final, honest measurement of a credit detector after the
detector has been developed and tuned on dev.jsonl and test.jsonl, and after heldout.jsonl to
heldout8.jsonl were used to steer changes.  Do not look at its records while working on a
detector, do not tune on its errors, and do not copy records from it into other tests.  Once it
has been used to steer a change it no longer measures anything, and a new held-out set must be
written.

Every record below was written by hand for this set, by an author who did not read the detector,
its documentation, its tests or its evaluation script or output, and who read only README.md,
markup.py, the structure and docstrings of the earlier builders and a few of heldout8's records
(for the mark-up in use): no record of dev.jsonl, test.jsonl or heldout.jsonl to heldout8.jsonl
was reused, translated or edited, and ``check_independent`` refuses any text that repeats one of
theirs or shares a run of SHARED_WORDS words (SHARED_CJK Han characters) with one.  Places,
dates and formats are realistic; events, figures, people and most companies are invented.

Mark-up (the same as build.py and the earlier held-out builders).  A credit is written
``⟦F:Agency|span text⟧``: ``F`` is the form (see FORMS), ``Agency`` one of the canonical names in
AGENCIES, ``span text`` the text that is kept and whose offsets are recorded.  A negative is
written ``N("kind", "text")`` and contains no mark-up.  The span conventions are those of
README.md ("Span conventions", "Convention decisions") and of the docstrings of
build_heldout.py to build_heldout8.py.

Convention decisions beyond those (made while writing this set; a detector developer must not
read them as a list of cases to handle):

* A canonical agency named together with an outlet that is not an agency in one attribution
  ("Kyodo and public broadcaster NHK reported", "Bloomberg and the Financial Times reported"):
  the agency's name alone is marked, as a combined credit, as README's "[Reuters] and [AFP]
  reported" and heldout4's "(APA/dpa)" are; the other outlet and the verb stay outside.
* German "Mit Material von dpa und AFP" closing a text names several agencies: combined, each
  name marked; "Mit Material von Reuters" (one agency) is a sign-off marked whole, as heldout3
  decided for "With inputs from ...".  Portuguese "*Com informações da Reuters" (one agency) is a
  sign-off marked whole, the asterisk outside.
* Reuters' Italian sign-off "(Tradotto in redazione a Danzica da …, in redazione a Roma …)" is a
  Reuters sign-off, brackets outside, as the French, Portuguese, Spanish and German ones are.
* A Reuters update note above the dateline ("(Adds analyst comment in paragraph 4)") names no
  agency and is not marked, as heldout7's refile note after the story; the dateline under it is.
* "By The Associated Press" heading a roundup is a byline marked whole, "By The" included (README's
  "By Reuters", heldout2's rule for "The").  "By NAME with Reuters" heading a paper's story is an
  inline credit "with Reuters", as README's "By Sarah Okafor with AP"; the reporter stays outside.
* "Kyodo News reported", "Bloomberg News reported": "News" is part of the agency's name and of the
  span.  "Redacción Internacional, 11 sep (EFE).-" is an EFE dateline: "(EFE)" marked, the desk
  name standing for the place stays outside.
* Turkish quote forms with descriptors before the agency ("Fransız haber ajansı AFP'ye konuşan"):
  the descriptors and the agency with its case suffix are marked, the participle outside,
  combining heldout's suffix rule and heldout7's descriptor rule.
* Urdu "اے ایف پی کو فون پر بتایا" (told AFP by phone) is marked from the agency to the verb, the
  speaker before it outside; "انادولو ایجنسی کو دیے گئے انٹرویو میں" (in an interview given to
  Anadolu Agency) is marked whole, as "in an interview with AFP" is.
* Chinese "（本报综合美联社、法新社电）" (电 instead of 报道) is combined like heldout's
  "（综合新华社、路透社报道）": each name marked, the rest outside.  "印度报业托拉斯援引当地官员的话报道"
  is marked whole (heldout3's rule for verbs after the cited source).
* Homonyms and words new to this set: AFP = Americans for Prosperity and AFP Modelo (a Chilean
  pension fund administrator); DPA = the US Defense Production Act; PTI = a school's physical
  training instructor (English, and Hindi "पीटीआई भर्ती"); "AP Rasheed" (Kerala-style initials);
  AP = Avrupa Parlamentosu (the European Parliament) and the historical Adalet Partisi in
  Turkish; "Ani Ören Yeri" (the ruins of Ani, Kars); "Anadolu Üniversitesi"; "Fritz Reuters
  Briefe" (the German genitive of Fritz Reuter); "Kyodo Kaiun" (a shipping firm); the runner
  "Ansa Korhonen"; "Ani Suryani"; "اے این پی" (the Awami National Party, which looks like
  اے این آئی); 新华村 (a village).  Kind "word": Spanish "la prensa europea", Italian "ansa
  intestinale", Portuguese "dinheiro efetivo", 塔斯曼海 (the Tasman Sea, which begins like 塔斯社).
* An agency named as the agent of a passive "could not be verified" ("could be verified by
  Reuters", "n'ont pas pu être vérifiés par l'AFP") is a negative of kind "unverified", as the
  active form is.

Run ``python tests/data/credits/build_heldout9.py`` to rewrite heldout9.jsonl and the heldout9
counts in README.md; ``--check`` exits 1 if the files on disk are not what the data gives.
"""

from __future__ import annotations

import sys

from build_heldout import run_later_set
from markup import LANGS, N, Neg

EARLIER_SETS = (
    "dev.jsonl", "test.jsonl", "heldout.jsonl", "heldout2.jsonl", "heldout3.jsonl", "heldout4.jsonl",
    "heldout5.jsonl", "heldout6.jsonl", "heldout7.jsonl", "heldout8.jsonl",
)

# ---------------------------------------------------------------------------------------------
# All twelve languages, in the order of markup.LANGS.  English covers US, UK, Indian, Pakistani,
# Malaysian, Philippine and Gulf reprints as well as the wires' own copy.
# ---------------------------------------------------------------------------------------------
EN: list[str | Neg] = [
    # datelines: Reuters
    "JOHANNESBURG, Feb 17 ⟦D:Reuters|(Reuters)⟧ - South Africa's state power utility will import"
    " 1,200 megawatts from Mozambique during the winter peak, its grid operator said on Tuesday,"
    " easing fears of a return to rolling blackouts.",
    "OSLO, Sept 3 ⟦D:Reuters|(Reuters)⟧ - Norway's $1.9 trillion oil fund posted a 4.1% first-half"
    " gain, lagging its benchmark as technology stocks wobbled, the fund's managers said on Wednesday.",
    "BUENOS AIRES, Dec 9 ⟦D:Reuters|(Reuters)⟧ – Argentine soybean crushers halted work at three"
    " ports on Tuesday as an oilseed workers' union began a 48-hour strike over wages.",
    "JAKARTA, May 11 ⟦D:Reuters|(Reuters)⟧ - Indonesia plans to raise its biodiesel blending"
    " mandate to 45% next year, an energy ministry official said, a move that could tighten palm"
    " oil supplies.\n(⟦S:Reuters|Reporting by Bayu Lestari; Editing by Martin Pollard-Reyes⟧)",
    "(Adds analyst comment in paragraph 4)\n\nTOKYO, Jan 28 ⟦D:Reuters|(Reuters)⟧ - Japan's"
    " exports grew for a fifth straight month in December, led by shipments of chipmaking"
    " equipment to China, finance ministry data showed on Wednesday.",
    "ISTANBUL, Aug 4\u00a0⟦D:Reuters|(Reuters)⟧\u00a0- A wildfire in the Aegean province of Izmir"
    " forced the evacuation of four villages overnight, the local governor's office said.",
    "⟦D:Reuters|(Reuters)⟧ -- Copper miner Andesite Resources cut its annual production forecast"
    " on Thursday after heavy rains flooded an open pit at its Peruvian operation.",
    "CHICAGO, March 30 ⟦D:Reuters|(Reuters)⟧ - U.S. wheat futures rose for a third session on"
    " Monday as dry weather in the southern Plains stressed the winter crop. Two grain traders"
    " ⟦A:Reuters|told Reuters⟧ that export demand was also picking up.",
    "Shares of the retailer rose 7% after the results. ⟦A:Reuters|Reuters reported⟧ last month"
    " that the company was weighing the sale of its home-furnishings unit.",
    "The central bank has been quietly selling dollars through state-owned lenders to defend the"
    " currency, ⟦A:Reuters|according to four bankers who spoke to Reuters⟧ this week.",
    "The miner's board is expected to approve the plan at a meeting in late June,"
    " ⟦A:Reuters|according to a document reviewed by Reuters⟧.",
    "Kitchen appliance maker Fernlea Group said quarterly sales beat forecasts.\n\n"
    "⟦S:Reuters|Reporting by Ananya Bhatt in Bengaluru; Editing by Devika Syamnath⟧",
    "The port authority said operations would resume on Friday.\n"
    "(⟦S:Reuters|Writing by Tomasz Wilk; Editing by Hugh Lawson-Barr⟧)",
    "Flights into the city resumed late in the evening after the runway was cleared. ⟦S:Reuters|— Reuters⟧",
    "A spokesman for the ministry did not answer calls seeking comment.\n\n⟦S:Reuters|REUTERS⟧",
    "⟦B:Reuters|By Reuters⟧\nMinneapolis officials said on Friday that the city would extend its"
    " emergency warming centres through the end of February.",
    "The lender said it had set aside 340 million euros for possible fines,"
    " ⟦A:Reuters|Reuters calculations show⟧.",
    # datelines: Associated Press
    "PHOENIX ⟦D:Associated Press|(AP)⟧ — An Arizona water district voted Tuesday to cut deliveries to"
    " farms by a fifth next year as the Colorado River shortage deepens.",
    "HONOLULU ⟦D:Associated Press|(AP)⟧ – A tour helicopter made an emergency landing in a sugar cane"
    " field on Kauai on Sunday, and all six people aboard walked away unhurt, officials said.",
    "NEW ORLEANS\u00a0⟦D:Associated Press|(AP)⟧\u00a0— The city's levee board approved a $90 million"
    " plan Wednesday to raise floodwalls along the Industrial Canal.",
    "⟦B:Associated Press|By The Associated Press⟧\nHeavy snow closed schools across much of upstate"
    " New York on Thursday, and forecasters warned of another storm over the weekend.",
    "The county sheriff said the bridge would stay closed until engineers inspect it, ⟦A:Associated"
    " Press|The Associated Press reported⟧.",
    "⟦S:Associated Press|Associated Press writers Dana Whitfield in Denver and Luis Carranza in"
    " Albuquerque contributed to this report⟧.",
    "The governor signed the bill late Friday, an aide ⟦A:Associated Press|told The Associated"
    " Press⟧.",
    "Organisers expect about 40,000 runners on race day.\n\n⟦S:Associated Press|Copyright 2026 The"
    " Associated Press⟧.",
    "By MIRIAM OSEI ⟦B:Associated Press|Associated Press⟧\nLAGOS, Nigeria ⟦D:Associated Press|(AP)⟧"
    " — Nigeria's fuel marketers ended a week-long strike on Monday after the government agreed to"
    " clear arrears owed to importers.",
    # datelines: AFP
    "Dhaka ⟦D:AFP|(AFP)⟧ - At least 17 people were killed when an overcrowded ferry capsized on the"
    " Meghna river on Saturday, police said.",
    "Kinshasa, Nov 20, 2026 ⟦D:AFP|(AFP)⟧ - Doctors in the eastern Democratic Republic of Congo"
    " reported a fresh outbreak of measles in two camps for displaced people on Friday.",
    "⟦B:AFP|Agence France-Presse⟧ in Cusco\nLawmakers in Peru voted on Thursday to strip a former"
    " transport minister of his immunity over a bribery inquiry.",
    "By dawn, muddy water covered the roofs of low-lying homes, villagers said. ⟦S:AFP|— AFP⟧",
    "The rebels have denied carrying out the attack, a spokesman ⟦A:AFP|told AFP⟧ by phone.",
    "Police said they had detained 23 people after the march. ⟦S:AFP|—Agence France-Presse⟧",
    "The rare orchid had not been recorded in the wild for almost a century,"
    " ⟦A:AFP|according to the botanist interviewed by AFP⟧.",
    "Mumbai: The city's suburban trains ran behind schedule for a second day on Tuesday after"
    " waterlogging on the tracks ⟦I:AFP|(AFP)⟧.",
    # dpa, EFE, ANSA in English
    "BERLIN ⟦D:dpa|(dpa)⟧ - Germany's rail operator said on Monday it would hire 3,000 train drivers"
    " this year to ease a staff shortage that has caused cancellations.",
    "The ferry operator cancelled all crossings to the island until Thursday, ⟦A:dpa|German news"
    " agency dpa reported⟧.",
    "Spanish police have arrested 11 people over a fake olive oil ring,"
    " ⟦A:EFE|Spanish news agency EFE reported⟧ on Monday.",
    "Italian firefighters rescued two hikers stranded on a ledge near Lake Garda overnight,"
    " ⟦A:ANSA|the ANSA news agency said⟧.",
    "MADRID, 6 Mar ⟦D:EFE|(EFE)⟧.- Spain's jobless claims fell by 21,400 in February, the labour"
    " ministry said on Tuesday.",
    "ROME, Oct 2 ⟦D:ANSA|(ANSA)⟧ - Venice will raise the fee charged to day-trippers on peak days"
    " from next spring, city officials said Thursday.",
    # Xinhua, Kyodo, Yonhap, TASS
    "BEIJING, April 14 ⟦D:Xinhua|(Xinhua)⟧ -- China's grain output is expected to top 700 million"
    " tonnes again this year, the agriculture ministry said Tuesday.",
    "URUMQI, July 21 ⟦D:Xinhua|(Xinhua)⟧ -- A new railway linking Hotan and Ruoqiang in the Xinjiang"
    " Uygur Autonomous Region carried 1.3 million passengers in its first year.",
    "A magnitude 5.2 earthquake struck off the coast of Sumatra on Sunday, ⟦A:Xinhua|Xinhua news"
    " agency reported⟧, citing Indonesian authorities.",
    "TOKYO, Feb 3 ⟦D:Kyodo|(Kyodo)⟧ -- The Japanese government plans to extend subsidies for"
    " electricity bills through the summer, sources close to the matter said Tuesday.",
    "A Japanese fishing boat with eight crew aboard went missing off Hokkaido on Monday,"
    " ⟦A:Kyodo|Kyodo News reported⟧.",
    "The trading house will post a record profit for the fiscal year, ⟦C:Kyodo|Kyodo⟧ and public"
    " broadcaster NHK reported, without citing sources.",
    "SEOUL, Sept. 8 ⟦D:Yonhap|(Yonhap)⟧ -- Shipbuilders' overseas sales jumped 41 percent"
    " on-year in August, according to customs figures released Monday.",
    "Pyongyang flew a swarm of small drones close to the inter-Korean border before dawn on Wednesday,"
    " ⟦A:Yonhap|Yonhap news agency said⟧, quoting a military officer in Seoul.",
    "MOSCOW, December 15. ⟦D:TASS|/TASS/⟧. Russia's central bank kept its key rate at 16% on Friday,"
    " the regulator said in a statement.",
    "The governor ⟦A:TASS|told TASS⟧ that heating had been restored to all apartment blocks in the"
    " district by Sunday evening.",
    # South Asia: PTI, ANI, IANS, APP
    "New Delhi, Jan 19 ⟦D:PTI|(PTI)⟧ The Delhi government on Monday ordered schools up to Class 5"
    " to shift to online classes for a week as air quality turned severe.",
    "Hyderabad, Aug 12 ⟦D:PTI|(PTI)⟧ The AP government and Telangana have agreed to set up a joint"
    " panel on sharing Krishna river water, officials said on Tuesday.",
    "The accused was remanded in judicial custody for 14 days.\n⟦S:PTI|PTI RKM NSK⟧",
    "Officials said relief material had been sent to the affected villages. (⟦S:PTI|With inputs"
    " from PTI⟧)",
    "Srinagar (Jammu and Kashmir) [India], Nov 4 ⟦D:ANI|(ANI)⟧: Fresh snowfall on Tuesday cut off"
    " the Mughal Road for traffic, police said.",
    "The minister said the scheme would cover 1.2 lakh farmers in the first phase ⟦I:ANI|(ANI)⟧.",
    "⟦A:ANI|Speaking to ANI⟧, the BJP leader said the party would contest all 40 seats.",
    "Chennai, March 9 ⟦D:IANS|(IANS)⟧ Tamil Nadu will set up three more desalination plants along"
    " the coast by 2028, the state's water resources minister said on Monday.",
    "The stampede left four devotees injured, officials added.\n⟦S:IANS|--IANS⟧\nvd/skp",
    "ISLAMABAD, Feb 26 ⟦D:APP|(APP)⟧: The federal cabinet on Thursday approved a relief package for"
    " growers in flood-hit districts of Sindh.",
    "The chief minister, talking to PTI lawmakers, said the provincial budget would focus on"
    " health.\n⟦S:APP|— APP⟧",
    "PESHAWAR: The provincial health department has launched a week-long polio drive covering 2.6"
    " million children, ⟦A:APP|state-run APP news agency reported⟧.",
    # Bernama, Antara, Anadolu
    "KUALA LUMPUR, Oct 7 ⟦D:Bernama|(Bernama)⟧ -- Crude palm oil futures on Bursa Malaysia"
    " Derivatives edged up in early trade on Tuesday, tracking soybean oil.",
    "Traders said the market was likely to stay cautious ahead of the budget.\n⟦S:Bernama|-- BERNAMA⟧",
    "The ministry has received 3,400 applications for the programme so far, its deputy secretary"
    " general ⟦A:Bernama|told Bernama⟧ when contacted.",
    "Jakarta ⟦D:Antara|(ANTARA)⟧ - Indonesia's coordinating ministry for food said on Monday that"
    " rice stocks held by the state logistics agency stood at 3.1 million tonnes.",
    "Indonesia's finance minister expects the economy to grow 5.2% this year,"
    " ⟦A:Antara|state news agency Antara reported⟧.",
    "Turkish rescuers pulled a 70-year-old woman alive from the rubble 60 hours after the quake,"
    " ⟦A:Anadolu|Anadolu Agency reported⟧.",
    "A senior official ⟦A:Anadolu|told Anadolu Agency⟧ that the talks would resume in Doha next week.",
    # Bloomberg, UPI
    "⟦D:Bloomberg|(Bloomberg)⟧ -- Brazil's biggest meatpacker is exploring a U.S. listing of its"
    " poultry unit, according to people familiar with the matter.",
    "The asset manager is nearing a deal for a minority holding in a London developer,"
    " ⟦A:Bloomberg|Bloomberg News reported⟧ earlier.",
    "The talks could still fall apart, the people said, asking not to be identified discussing"
    " private deliberations.\n\n⟦S:Bloomberg|©2026 Bloomberg L.P.⟧",
    "The carrier is considering an order for as many as 60 widebody jets, ⟦C:Bloomberg|Bloomberg⟧"
    " and the Financial Times reported on Wednesday.",
    "WASHINGTON, June 5 ⟦D:UPI|(UPI)⟧ -- Senators on Thursday approved the White House pick to"
    " run the National Weather Service, 58-41, after weeks of delay.",
    "⟦B:UPI|By UPI Staff⟧\nA tornado touched down near Wichita Falls, Texas, on Saturday evening,"
    " damaging dozens of homes.",
    "Forecasters said the front would bring hail to Oklahoma by Sunday.\n⟦S:UPI|Copyright 2026 United Press"
    " International, Inc.⟧",
    # press releases
    "AUSTIN, Texas, March 3, 2026 ⟦D:PR Newswire|/PRNewswire/⟧ -- Corvane Health, a developer of"
    " remote cardiac monitoring software, today announced a $42 million Series B financing.",
    "SHENZHEN, China, Sept. 22, 2026 ⟦D:PR Newswire|/PRNewswire/⟧ — Lumora Robotics today unveiled"
    " a warehouse picking arm that it says can handle 1,400 items an hour.",
    "SAN DIEGO--⟦D:Business Wire|(BUSINESS WIRE)⟧--Pelican Bay Therapeutics, Inc. (Nasdaq: PBTX)"
    " said its chronic cough drug met the main goal of a mid-stage study.",
    "MILAN & BOSTON--⟦D:Business Wire|(BUSINESS WIRE)⟧--Veltro Systems today announced it will"
    " acquire a Boston-based maker of industrial sensors for an undisclosed sum.",
    "VANCOUVER, British Columbia, Jan. 12, 2026 ⟦D:Globe Newswire|(GLOBE NEWSWIRE)⟧ -- Northfork"
    " Lithium Corp. announces drill results from its Quesnel project.",
    "DALLAS, Nov. 18, 2026 ⟦D:Globe Newswire|(GLOBE NEWSWIRE)⟧ -- Harrow Creek Bancorp reported net"
    " income of $8.2 million for the third quarter.",
    # combined, reprints
    "Troops fired tear gas to disperse crowds in the capital for a third night. (⟦C:AFP|AFP⟧/"
    "⟦C:Reuters|Reuters⟧)",
    "— With inputs from ⟦C:Reuters|Reuters⟧ and ⟦C:Associated Press|AP⟧",
    "The earthquake was felt as far away as Karachi. (⟦C:APP|APP⟧/⟦C:AFP|AFP⟧)",
    "⟦C:Reuters|Reuters⟧ and ⟦C:Bloomberg|Bloomberg⟧ reported on Monday that the airline had held"
    " talks with two Gulf investors.",
    "Police in Manila arrested the suspect after a two-day manhunt, ⟦A:Associated Press|AP"
    " reported⟧.",
    "SINGAPORE: Retail sales in Singapore fell 1.8 per cent in March from a year earlier, data"
    " showed on Friday. ⟦S:Bloomberg|— Bloomberg⟧",
    "DUBAI: Emirates said it would resume flights to Khartoum next month. ⟦S:Reuters|— Reuters⟧",
    "MANILA: Rescue teams on Monday recovered the bodies of four miners trapped in a collapsed"
    " tunnel in Benguet province. ⟦S:AFP|— AFP⟧",
    "The exchange will publish final figures in May.\n\n⟦S:Bloomberg|This story was originally"
    " published by Bloomberg⟧.",
    "⟦S:Reuters|Reuters contributed to this report⟧.",
    "Floodwaters had begun to recede in parts of Assam by Sunday evening, though 14 districts remain"
    " under water. ⟦I:Associated Press|— with AP⟧",
    "By Keiko Tanabe ⟦I:Reuters|with Reuters⟧\nTOKYO — The yen slid past 160 to the dollar on Monday,"
    " prompting a warning from Japan's top currency diplomat.",
    # negatives
    N("subject", "Reuters is shutting its Havana office in the spring and will"
      " cover Cuba from Miami, the company told staff in a memo."),
    N("subject", "Agence France-Presse reported a small operating profit for the first time in five"
      " years, helped by licensing deals with artificial intelligence companies."),
    N("subject", "The Associated Press sued the White House press office over its exclusion from"
      " the Oval Office pool, arguing the ban breached the First Amendment."),
    N("subject", "Bloomberg terminals were down for about two hours on Tuesday morning, forcing"
      " some bond traders in London to work by phone."),
    N("subject", "A photographer for the Anadolu Agency was injured by shrapnel near Khan Younis,"
      " Turkish officials said."),
    N("subject", "Kyodo News will stop printing its English-language weekly digest from April and"
      " move all content online."),
    N("homonym", "Americans for Prosperity (AFP) plans to spend $15 million on door-to-door"
      " canvassing in swing states before the midterms."),
    N("homonym", "The White House invoked the Defense Production Act (DPA) to speed up output of"
      " transformers for the power grid."),
    N("homonym", "The school has been without a PTI for a year, and students now do drills under"
      " the mathematics teacher, parents complained."),
    N("homonym", "Former minister AP Rasheed of Kozhikode has been named the party's candidate for"
      " the Rajya Sabha bypoll."),
    N("homonym", "Imran Khan's PTI has asked its supporters to gather outside Adiala jail on"
      " Friday, a party spokesman said."),
    N("homonym", "The AFP said the troops had repelled an attack by militants on a detachment in"
      " Sulu, killing three of them."),
    N("homonym", "Investigators from the AFP raided two properties in western Sydney as part of a"
      " money-laundering inquiry."),
    N("homonym", "The new chargers accept AA and AAA cells and cost $19 at most pharmacies."),
    N("homonym", "UPI transactions crossed 19 billion in October, data from the National Payments"
      " Corporation of India showed."),
    N("homonym", "Kyodo Kaiun, a coastal shipping firm based in Kobe, said it would retire four of"
      " its oldest car carriers next year."),
    N("homonym", "Former New York mayor Michael Bloomberg will cover the shortfall in the UN"
      " climate body's budget this year, his office said."),
    N("homonym", "AP Dhillon's concert in Gurugram has been moved to a larger venue after tickets"
      " sold out within minutes."),
    N("word", "Traders said the funds had arrived by business wire late on Friday, too late to"
      " settle before the weekend."),
    N("photo", "Firefighters spray water on a burning textile mill in Karachi's SITE area. (AFP Photo)"),
    N("photo", "Protesters gather outside the parliament building in Nairobi. REUTERS/Joseph"
      " Kiragu"),
    N("photo", "A farmer inspects his flooded paddy field in Nakhon Sawan province. (AP Photo/Suchat"
      " Wongsa)"),
    N("photo", "Photo: Xinhua\nVisitors walk through a lantern display in Zigong, Sichuan"
      " province."),
    N("photo", "Video: Reuters\nSmoke rises over the refinery after the drone strike."),
    N("url", "The full data set is published at reuters.com/graphics alongside the story."),
    N("url", "Follow @AFP for live updates from the summit."),
    N("url", "Send tips to newstips@ap.org or call the national desk."),
    N("list", "Soldiers at the Rafah crossing turned away crews from Al Jazeera, AFP,"
      " Reuters and the BBC on Tuesday."),
    N("list", "The prime minister gave interviews to Bloomberg, CNN and the Nikkei during his"
      " visit to New York."),
    N("unverified", "Neither the location nor the date of the footage, posted on Telegram,"
      " could be verified by Reuters."),
    N("unverified", "AFP was unable to independently confirm the casualty figures given by the"
      " rebels."),
    N("unverified", "The AP was unable to verify the group's claim of responsibility on Sunday."),
    N("poll", "Support for the ruling party slipped to 31%, a Reuters/Ipsos poll showed on"
      " Wednesday."),
    N("poll", "Fifty-four percent of adults disapprove of the tariffs, according to an AP-NORC"
      " survey released Thursday."),
    N("generic", "The minister is due to visit Dhaka next week.\n(With inputs from agencies)"),
    N("generic", "Talks will resume in Geneva on Monday.\n— Staff and agencies"),
    N("generic", "The ceasefire appeared to be holding by nightfall. (Compiled from wire services by our"
      " foreign desk)"),
    N("chart", "Chart: Brent crude since January. Source: Bloomberg"),
    N("subject", "A study by the Oxford-based Reuters Institute found that fewer young"
      " people follow news on Facebook than two years ago."),
]
ES: list[str | Neg] = [
    "VALENCIA, 19 Feb. ⟦D:Europa Press|(EUROPA PRESS)⟧ - La Conselleria de Educación abrirá en marzo"
    " el plazo para solicitar las becas de comedor del próximo curso, con un presupuesto de 96"
    " millones.",
    "OVIEDO, 7 Jul.\u00a0⟦D:Europa Press|(EUROPA PRESS)⟧\u00a0- Los bomberos del Principado rescataron"
    " este domingo a un montañero herido en los Picos de Europa tras una caída de diez metros.",
    "Fuentes del Ministerio de Hacienda ⟦A:Europa Press|han señalado a Europa Press⟧ que el borrador"
    " llegará al Consejo de Ministros antes de agosto.",
    "La patronal hotelera prevé una ocupación del 88 % en Semana Santa, ⟦A:Europa Press|según ha"
    " informado a Europa Press⟧ su presidente.",
    "Montevideo, 12 ago ⟦D:EFE|(EFE)⟧.- El Parlamento uruguayo aprobó este martes una ley que amplía"
    " la licencia por paternidad a treinta días.",
    "Quito, 28 may ⟦D:EFE|(EFE)⟧.- Ecuador declaró la emergencia sanitaria en tres provincias"
    " amazónicas por un brote de dengue que suma más de 4.000 casos.",
    "ASUNCIÓN, 3 NOV ⟦D:EFE|(EFE)⟧.- Un incendio forestal consumió unas 12.000 hectáreas en el Chaco"
    " paraguayo durante el fin de semana.",
    "El pescador, de 63 años, ⟦A:EFE|relató a EFE⟧ que el agua llegó a su casa en menos de una hora.",
    "Los comerciantes del mercado calculan pérdidas de medio millón de dólares.\n⟦S:EFE|EFE gr/mcd⟧",
    "⟦B:EFE|Agencia EFE⟧ | Santo Domingo\nLa República Dominicana recibió 1,1 millones de turistas"
    " en enero, un récord para ese mes.",
    "La feria del libro cerrará sus puertas el domingo con 410.000 visitantes.\n⟦S:EFE|© EFE 2026⟧.",
    "CARACAS, 15 ene ⟦D:Reuters|(Reuters)⟧ - La producción petrolera de Venezuela subió a 1,02"
    " millones de barriles por día en diciembre, según cifras de la OPEP.",
    "La minera analiza vender su participación en el yacimiento, ⟦A:Reuters|dijeron a Reuters⟧ dos"
    " personas con conocimiento del asunto.",
    "El banco central mantendría la tasa sin cambios, ⟦A:Reuters|según un sondeo de Reuters⟧ publicado el"
    " lunes.",
    "(⟦S:Reuters|Reporte de Lucía Ferreyra; Editado por Adriana Bermúdez⟧)",
    "SANTIAGO DE CHILE, 9 oct ⟦D:AFP|(AFP)⟧ - Miles de estudiantes marcharon este jueves por el centro"
    " de la capital chilena para exigir más fondos para la educación pública.",
    "Un vecino del barrio, que pidió no ser identificado, ⟦A:AFP|contó a la AFP⟧ que escuchó tres"
    " disparos poco antes de la medianoche.",
    "⟦B:AFP|Por AFP⟧\nLas autoridades de Honduras decretaron alerta roja en cinco departamentos por"
    " las lluvias.",
    "CIUDAD DE MÉXICO ⟦D:Associated Press|(AP)⟧ — Un tribunal federal ordenó suspender la construcción"
    " de un desarrollo turístico en la costa de Quintana Roo.",
    "El gobernador confirmó la cifra de muertos ⟦A:Associated Press|en una entrevista con The"
    " Associated Press⟧.",
    "El fondo de inversión ultima la compra de una cadena de gimnasios española,"
    " ⟦A:Bloomberg|según informó Bloomberg⟧.",
    "MIAMI, 17 de septiembre de 2026 ⟦D:PR Newswire|/PRNewswire-HISPANIC PR WIRE/⟧ -- Solaris Market"
    " anunció"
    " hoy la apertura de su primera planta de paneles en Jalisco.",
    "BOGOTÁ, Colombia--⟦D:Business Wire|(BUSINESS WIRE)⟧--Andina Pagos, plataforma de pagos digitales,"
    " anunció hoy una ronda de inversión de 25 millones de dólares.",
    "PEKÍN, 10 jun ⟦D:Xinhua|(Xinhua)⟧ -- Las exportaciones de vehículos eléctricos de China"
    " aumentaron un 23 por ciento interanual en mayo.",
    "Moscú enviará una delegación comercial a La Habana en noviembre, ⟦A:TASS|informó la agencia"
    " TASS⟧.",
    "Las conversaciones se reanudarán en Estambul, ⟦A:Anadolu|informó la agencia turca Anadolu⟧.",
    "El incendio obligó a desalojar a 300 vecinos de la urbanización. (⟦C:EFE|EFE⟧/⟦C:Europa"
    " Press|EP⟧)",
    "Con información de ⟦C:AFP|AFP⟧, ⟦C:EFE|EFE⟧ y ⟦C:Reuters|Reuters⟧",
    "El Vaticano confirmó que el papa presidirá la misa en la plaza de San Pedro,"
    " ⟦A:ANSA|según la agencia italiana ANSA⟧.",
    "Berlín, 2 dic ⟦D:EFE|(EFE)⟧.- El Gobierno alemán aprobó este miércoles un plan para acelerar la"
    " instalación de bombas de calor, ⟦A:dpa|según la agencia alemana DPA⟧.",
    "⟦B:Europa Press|Europa Press⟧\nMADRID\nLa Audiencia de Toledo ha ratificado seis años"
    " de cárcel al exalcalde de una localidad toledana por malversación.",
    "Redacción Internacional, 11 sep ⟦D:EFE|(EFE)⟧.- La OMS instó este"
    " jueves a los países a reforzar la vigilancia de la gripe aviar en granjas lecheras.",
    "El tifón dejó al menos nueve muertos en el norte de Filipinas, ⟦A:Kyodo|de acuerdo con la"
    " agencia japonesa Kyodo⟧.",
    "Seúl, 5 ene ⟦D:EFE|(EFE)⟧.- Corea del Sur registró en diciembre su mayor superávit comercial en"
    " siete años, ⟦A:Yonhap|según informó la agencia Yonhap⟧.",
    "Nueva York, 30 jun ⟦D:EFE|(EFE)⟧.- El índice Dow Jones cerró con una subida del 0,6 %"
    " impulsado por las tecnológicas.",
    "Un juzgado de Lima condenó a doce años de cárcel a un exalcalde de Chorrillos por colusión"
    " agravada ⟦I:EFE|(EFE)⟧.",
    N("subject", "La Agencia EFE celebró en Madrid el acto de entrega de sus premios de periodismo"
      " ambiental, con la presencia de la ministra de Transición Ecológica."),
    N("subject", "Los trabajadores de Europa Press convocaron un paro de dos horas para reclamar la"
      " actualización de sus salarios."),
    N("homonym", "Los afiliados de la AFP Modelo obtuvieron un 7,4 % en el fondo A durante el"
      " último año, la cifra más alta entre las administradoras chilenas."),
    N("homonym", "En las elecciones de 1982, AP se convirtió en la principal fuerza de la oposición"
      " con 106 escaños en el Congreso."),
    N("word", "Según la prensa europea, la cumbre de Bruselas terminó sin un acuerdo sobre el"
      " presupuesto agrícola."),
    N("word", "El efecto del alza de tasas se notará en las cuotas hipotecarias a partir de"
      " octubre, advierten los analistas."),
    N("photo", "Vista de la presa de Entrepeñas, al 18 % de su capacidad. EFE/Pablo Ruiz Varela"),
    N("unverified", "La AFP no pudo verificar de forma independiente el número de víctimas"
      " difundido por el grupo armado."),
    N("generic", "Redacción Internacional / Agencias\nLa tregua entró en vigor a las 06.00 hora"
      " local."),
    N("url", "Escríbanos a clientes@efe.com si desea contratar el servicio de noticias regionales."),
]
FR: list[str | Neg] = [
    "BAMAKO, 14 jan 2026 ⟦D:AFP|(AFP)⟧ - Une vingtaine de civils ont été tués lors de l'attaque d'un"
    " marché dans le centre du Mali, ont indiqué mardi des sources locales.",
    "Rennes ⟦D:AFP|(AFP)⟧ - Un chalutier breton a été arraisonné au large de Jersey pour pêche sans"
    " licence, a annoncé dimanche la préfecture maritime.",
    "NOUMÉA, 3 août 2026 ⟦D:AFP|(AFP)⟧ – Le congrès de Nouvelle-Calédonie a adopté vendredi un budget"
    " rectificatif pour soutenir la filière du nickel.",
    "« Nous avons tout perdu en une nuit », ⟦A:AFP|a raconté à l'AFP⟧ Mireille, une maraîchère de la"
    " vallée de la Roya.",
    "Le projet de décret prévoit une hausse de 4 % du tarif réglementé, ⟦A:AFP|selon un document"
    " consulté par l'AFP⟧ mercredi.",
    "« La situation est sous contrôle », ⟦A:AFP|assure à l'AFP⟧ le maire de la commune sinistrée.",
    "Trois gendarmes ont été blessés lors de l'interpellation, ⟦A:AFP|ont indiqué à l'AFP⟧ des"
    " sources policières.",
    "Le festival a accueilli 240 000 spectateurs, un record.\nLe Parisien ⟦S:AFP|avec AFP⟧",
    "Les secours ont évacué une centaine d'habitants pendant la nuit. (⟦S:AFP|avec AFP⟧)",
    "PARIS, 22 mai ⟦D:Reuters|(Reuters)⟧ - Le groupe de luxe Maison Verlaine a vu son chiffre"
    " d'affaires reculer de 3 % au premier trimestre, pénalisé par la Chine.",
    "(⟦S:Reuters|Reportage Claire Duvivier, édité par Benoît Lacombe⟧)",
    "L'opérateur envisage de céder ses antennes-relais en Afrique de l'Ouest, ⟦A:Reuters|ont déclaré"
    " à Reuters⟧ deux sources au fait du dossier.",
    "Montréal, 9 oct. 2026 ⟦D:Globe Newswire|(GLOBE NEWSWIRE)⟧ -- Boréal Énergie annonce la mise en"
    " service de son parc éolien de la Gaspésie.",
    "LYON, France--⟦D:Business Wire|(BUSINESS WIRE)⟧--Sanvia Biotech annonce aujourd'hui le"
    " recrutement du premier patient de son essai de phase 1.",
    "Le chef de la diplomatie russe se rendra à Alger la semaine prochaine, ⟦A:TASS|a rapporté"
    " l'agence TASS⟧.",
    "Pékin a enregistré en juillet des températures record, ⟦A:Xinhua|selon l'agence Chine"
    " nouvelle⟧.",
    "Le Premier ministre japonais a remanié son gouvernement mercredi, ⟦A:Kyodo|rapporte l'agence"
    " Kyodo⟧.",
    "Au moins six personnes ont été blessées dans l'explosion d'une conduite de gaz à Izmir,"
    " ⟦A:Anadolu|a rapporté"
    " l'agence officielle Anadolu⟧.",
    "Le constructeur allemand va supprimer 1 500 postes en Saxe, ⟦A:dpa|a indiqué l'agence dpa⟧.",
    "Le Vatican a démenti toute hospitalisation du pape, ⟦A:ANSA|selon l'agence italienne Ansa⟧.",
    "Le géant américain de l'investissement lorgne une chaîne d'hôtels"
    " espagnole,"
    " ⟦A:Bloomberg|d'après Bloomberg⟧.",
    "Bruxelles (⟦C:AFP|AFP⟧/⟦C:Reuters|Reuters⟧) – Les ministres européens de l'Agriculture ne sont"
    " pas parvenus à s'entendre lundi sur la réforme des aides.",
    "Le bilan s'élève désormais à 31 morts. (⟦C:AFP|AFP⟧, ⟦C:Reuters|Reuters⟧)",
    "ATHÈNES ⟦D:Associated Press|(AP)⟧ — Les pompiers grecs luttaient toujours lundi contre un"
    " incendie de forêt sur l'île d'Eubée.",
    "⟦B:AFP|Par l'AFP⟧\nLa compagnie aérienne a annulé 140 vols en raison de la grève des"
    " contrôleurs.",
    "Les autorités sanitaires guinéennes ont confirmé deux nouveaux cas de fièvre de Lassa,"
    " ⟦A:AFP|a appris l'AFP⟧ jeudi.",
    "La lettre, ⟦A:AFP|consultée par l'AFP⟧, évoque une « rupture de confiance » avec la direction.",
    N("subject", "L'Agence France-Presse a nommé un nouveau directeur de l'information, qui prendra"
      " ses fonctions en septembre."),
    N("subject", "Des journalistes de l'AFP ont reçu le prix Bayeux pour leur couverture du conflit"
      " au Soudan."),
    N("homonym", "Son taux d'AFP était redevenu normal trois mois après la greffe, selon son"
      " hépatologue."),
    N("homonym", "L'AP-HP a ouvert un nouveau service d'urgences pédiatriques à l'hôpital"
      " Robert-Debré."),
    N("photo", "Des manifestants devant le palais présidentiel à Antananarivo. (Photo d'archives"
      " AFP)"),
    N("photo", "© Reuters / Stéphane Mahé\nLe port de Saint-Nazaire sous la neige."),
    N("unverified", "Ces chiffres, fournis par les rebelles, n'ont pas pu être vérifiés par"
      " l'AFP dans l'immédiat."),
    N("list", "Seuls France 24, Reuters, l'AFP et deux chaînes locales ont été accrédités"
      " pour la cérémonie d'investiture."),
    N("generic", "Le scrutin aura lieu le 12 avril.\n(Avec agences)"),
    N("url", "Pour toute demande de reproduction, écrire à ventes@afp.com."),
]
DE: list[str | Neg] = [
    "Hannover ⟦D:dpa|(dpa/lni)⟧ - Ein Großfeuer auf einem Recyclinghof in Linden hat"
    " einen Schaden von rund zwei Millionen Euro verursacht.",
    "Leipzig ⟦D:dpa|(dpa)⟧ – Die Zahl der Übernachtungen in Sachsen ist im ersten Halbjahr um 4,2"
    " Prozent gestiegen.",
    "Kiel\u00a0⟦D:dpa|(dpa/lno)⟧\u00a0- Wegen eines Sturmtiefs sind am Dienstag mehrere Fähren zu den"
    " Halligen ausgefallen.",
    "Das Projekt soll bis Ende 2028 abgeschlossen sein, ⟦A:dpa|sagte die Projektleiterin der"
    " Deutschen Presse-Agentur⟧.",
    "Der Verband rechnet mit weiteren Insolvenzen im Handwerk, ⟦A:dpa|wie die Deutsche"
    " Presse-Agentur aus Verbandskreisen erfuhr⟧.",
    "Von Jonas Reinke, ⟦B:dpa|dpa⟧\nMagdeburg ⟦D:dpa|(dpa/sa)⟧ - Sachsen-Anhalt will bis 2030 rund 900"
    " zusätzliche Lehrkräfte aus anderen Bundesländern anwerben.",
    "Frankfurt/Main ⟦D:dpa|(dpa-AFX)⟧ - Papiere des Chipausrüsters Kalmbach AG ist am Mittwoch nach"
    " einer Prognosesenkung um zwölf Prozent eingebrochen.",
    "Die Ausstellung ist bis Ende Oktober geöffnet.\n⟦S:dpa|© dpa-infocom, dpa:260314-930-11842/2⟧",
    "Washington ⟦D:AFP|(AFP)⟧ - Die US-Notenbank hat den Leitzins erneut unverändert gelassen.",
    "Paris ⟦D:AFP|(AFP)⟧ – Frankreichs Regierung will die Mehrwertsteuer auf Fahrräder senken, wie"
    " das Wirtschaftsministerium am Freitag mitteilte.",
    "Berlin ⟦D:Reuters|(Reuters)⟧ - Die Exporte deutscher Maschinenbauer sind im Februar überraschend"
    " kräftig gestiegen.",
    "Der Konzern prüft den Verkauf seiner Lkw-Sparte, ⟦A:Reuters|sagten zwei mit dem Vorgang"
    " vertraute Personen der Nachrichtenagentur Reuters⟧.",
    "(⟦S:Reuters|Bericht von Anja Hollmann, redigiert von Sven Brockhaus⟧)",
    "Der Bürgermeister kündigte eine Sondersitzung des Stadtrats an.\n⟦C:dpa|dpa⟧/⟦C:AFP|AFP⟧/ju",
    "Das Parlament in Ankara stimmte dem Abkommen mit großer Mehrheit zu. ⟦C:Reuters|rtr⟧/⟦C:dpa|dpa⟧",
    "Die Waldbrände in Kanada haben bereits mehr als eine Million Hektar zerstört.\nMit Material"
    " von ⟦C:dpa|dpa⟧ und ⟦C:AFP|AFP⟧",
    "Die Gespräche sollen im Herbst fortgesetzt werden.\n⟦S:Reuters|Mit Material von Reuters⟧",
    "Wien (APA/⟦C:dpa|dpa⟧) - Österreichs Inflationsrate ist im Mai auf 2,9 Prozent gesunken.",
    "Moskau ⟦D:dpa|(dpa)⟧ - Ein Gefangenenaustausch mit der Ukraine ist ⟦A:TASS|nach Angaben"
    " der russischen Staatsagentur Tass⟧ abgeschlossen worden. Je 84 Soldaten kehrten zurück.",
    "Peking ⟦D:dpa|(dpa)⟧ - Chinas Autoexporte sind im April erneut gestiegen, ⟦A:Xinhua|wie die"
    " amtliche Nachrichtenagentur Xinhua meldete⟧.",
    "Die Regierung in Rom plant eine Sondersteuer auf Bankgewinne, ⟦A:ANSA|berichtete die"
    " Nachrichtenagentur Ansa⟧.",
    "Der Fahrdienst erwägt einen Börsengang in Frankfurt, ⟦A:Bloomberg|berichtete die"
    " Finanznachrichtenagentur Bloomberg⟧.",
    "Kurz vor dem Gipfel ⟦A:Associated Press|sagte der Minister der Nachrichtenagentur AP⟧, eine"
    " Einigung sei in Reichweite.",
    "Istanbul ⟦D:dpa|(dpa)⟧ - Bei einem Erdrutsch an der Schwarzmeerküste sind ⟦A:Anadolu|laut der"
    " staatlichen Nachrichtenagentur Anadolu⟧ drei Menschen ums Leben gekommen.",
    "Seoul ⟦D:AFP|(AFP)⟧ - Südkorea will die Wehrpflicht für Athleten lockern, ⟦A:Yonhap|meldete die"
    " Nachrichtenagentur Yonhap⟧.",
    "MÜNCHEN--⟦D:Business Wire|(BUSINESS WIRE)⟧--Die Alpenwerk Robotics GmbH gibt heute den Abschluss"
    " einer Finanzierungsrunde über 18 Millionen Euro bekannt.",
    "Die Zahl der Kirchenaustritte in Bayern ist im vergangenen Jahr leicht zurückgegangen."
    " ⟦I:dpa|(dpa)⟧",
    N("subject", "Die Deutsche Presse-Agentur hat in Berlin ein neues Faktencheck-Team mit zwölf"
      " Mitarbeitern aufgebaut."),
    N("subject", "Der Aufsichtsrat der dpa bestätigte die Geschäftsführerin für weitere fünf Jahre."),
    N("homonym", "Im Fritz-Reuter-Literaturmuseum in Stavenhagen sind seit Sonntag Fritz Reuters"
      " Briefe an seinen Verleger zu sehen."),
    N("homonym", "Die irische DPA verhängte gegen den Messengerdienst eine Strafe von 310 Millionen"
      " Euro wegen Verstößen gegen die DSGVO."),
    N("photo", "Ein Radlader räumt Geröll von der Bundesstraße 307. Foto: Lukas Amberg/dpa"),
    N("photo", "Demonstranten vor dem Parlament in Tiflis. (Archivbild) Foto: Zurab Kvaratskhelia/AP/dpa"),
    N("unverified", "Die Deutsche Presse-Agentur konnte die Opferzahlen der Miliz bislang nicht"
      " aus unabhängiger Quelle bestätigen."),
    N("list", "Zur Pressekonferenz waren unter anderem ARD, ZDF, dpa und Reuters zugelassen."),
    N("generic", "Die Bergung dauerte bis in die Nacht.\n(Agenturen/red)"),
    N("url", "Hinweise nimmt die Redaktion unter leserbriefe@dpa.com entgegen."),
]
IT: list[str | Neg] = [
    "⟦D:ANSA|(ANSA)⟧ - TORINO, 11 MAR - Un operaio di 52 anni è morto questa mattina in un cantiere"
    " edile alla periferia nord del capoluogo piemontese, schiacciato da un carico.",
    "⟦D:ANSA|(ANSA)⟧ - PALERMO, 27 AGO - Un vasto incendio ha distrutto oltre 300 ettari di macchia"
    " mediterranea sulle colline di Monreale.",
    "TRENTO, 4 ⟦D:ANSA|(ANSA)⟧ - Dalla giunta provinciale arrivano 12 milioni per sistemare dei"
    " rifugi alpini danneggiati dalle frane della scorsa estate.",
    "Il sindaco ⟦A:ANSA|ha spiegato all'ANSA⟧ che i lavori sul lungomare riprenderanno a settembre.",
    "Secondo i primi accertamenti l'uomo era privo di patente, ⟦A:ANSA|a quanto apprende l'ANSA⟧.",
    "La mostra resterà aperta fino al 6 gennaio.\n⟦S:ANSA|RIPRODUZIONE RISERVATA © Copyright ANSA⟧",
    "La polizia ha fermato tre giovani dopo la rissa in piazza ⟦I:ANSA|(ANSA)⟧.",
    "MILANO, 18 giugno ⟦D:Reuters|(Reuters)⟧ - Piazza Affari ha terminato la seduta in progresso dello 0,9%,"
    " trainata dai titoli bancari dopo i conti trimestrali.",
    "La holding di Brescia punta a vendere la controllata spagnola, ⟦A:Reuters|secondo quanto"
    " appreso da Reuters⟧ in ambienti bancari.",
    "(⟦S:Reuters|Tradotto in redazione a Danzica da Elena Corsetti, in redazione a Roma Paolo"
    " Bianchetti⟧)",
    "PARIGI, 2 febbraio ⟦D:AFP|(AFP)⟧ - Decine di trattori hanno bloccato le autostrade intorno alla"
    " capitale francese in una nuova giornata di protesta degli agricoltori.",
    "La diga ha ceduto nella notte, ⟦A:AFP|riferisce l'agenzia France Presse⟧.",
    "(⟦C:ANSA|ANSA⟧-⟦C:AFP|AFP⟧) - ATENE, 14 LUG - Le autorità greche hanno evacuato tre villaggi"
    " sull'isola di Rodi a causa degli incendi.",
    "(⟦C:ANSA|ANSA⟧-⟦C:dpa|DPA⟧) - BERLINO, 3 OTT - Il governo tedesco ha approvato un pacchetto di"
    " sgravi per le imprese energivore.",
    "Il ministro degli Esteri russo ⟦A:TASS|ha dichiarato all'agenzia Tass⟧ che Mosca è pronta a"
    " riprendere il dialogo.",
    "Pechino ha registrato a luglio un calo delle esportazioni di acciaio, ⟦A:Xinhua|secondo"
    " l'agenzia Nuova Cina⟧.",
    "Il premier spagnolo ha annunciato un piano per la casa da 4 miliardi, ⟦A:EFE|riporta"
    " l'agenzia Efe⟧.",
    "Il fondo americano è pronto a un'offerta sulla catena di supermercati,"
    " ⟦A:Bloomberg|scrive Bloomberg⟧ citando fonti anonime.",
    "⟦B:ANSA|Redazione ANSA⟧ NAPOLI\nSono stati riaperti al traffico i due tunnel della tangenziale"
    " chiusi per infiltrazioni d'acqua.",
    "Il terremoto di magnitudo 5,8 ha colpito la provincia di Malatya, ⟦A:Anadolu|secondo l'agenzia"
    " turca Anadolu⟧.",
    N("subject", "L'ANSA ha inaugurato a Bruxelles la nuova sede della redazione europea alla"
      " presenza del presidente del Parlamento Ue."),
    N("subject", "Il comitato di redazione dell'ANSA ha proclamato due giorni di sciopero contro il"
      " piano di tagli."),
    N("word", "Il nuovo ponte ciclabile attraversa l'ansa del fiume Adda all'altezza di Lecco."),
    N("word", "I chirurghi hanno rimosso un tratto di ansa intestinale danneggiato dall'occlusione."),
    N("homonym", "La fondista finlandese Ansa Korhonen ha vinto la 10 km di Dobbiaco davanti"
      " a due norvegesi."),
    N("photo", "Il corteo degli studenti a Bologna. ANSA/MAX CAVALLARI"),
    N("photo", "Una veduta del porto di Genova (foto: Reuters)"),
    N("unverified", "Le immagini, diffuse dai miliziani, non hanno potuto essere verificate"
      " dall'ANSA."),
    N("generic", "Il vertice è previsto a Bruxelles giovedì.\n(Fonte: agenzie)"),
    N("url", "Segui gli aggiornamenti in diretta su ansa.it e sui nostri canali social."),
]
PT: list[str | Neg] = [
    "SÃO PAULO, 13 Mai ⟦D:Reuters|(Reuters)⟧ - A produção industrial brasileira recuou 0,7% em março"
    " na comparação com fevereiro, informou nesta terça-feira o IBGE.",
    "BRASÍLIA, 2 Set ⟦D:Reuters|(Reuters)⟧ - Por 61 votos a 9, o plenário do Senado aprovou o texto que"
    " regulamenta o mercado de carbono, que segue agora para sanção presidencial.",
    "A varejista estuda fechar 40 lojas no Nordeste, ⟦A:Reuters|disseram à Reuters⟧ duas fontes com"
    " conhecimento do assunto.",
    "(⟦S:Reuters|Reportagem de Renata Quintela; Edição de Tiago Ferraz⟧)",
    "Os juros futuros fecharam em alta, ⟦A:Reuters|segundo dados compilados pela Reuters⟧.",
    "LISBOA, 20 nov 2026 ⟦D:AFP|(AFP)⟧ - O governo português anunciou nesta sexta-feira um pacote de"
    " apoio às famílias afetadas pelos incêndios no distrito de Coimbra.",
    "\"Perdemos tudo, até os documentos\", ⟦A:AFP|disse à AFP⟧ Joana, uma moradora de Canoas.",
    "⟦B:AFP|Da AFP⟧\nO presidente argentino vetou nesta segunda-feira o aumento das aposentadorias"
    " aprovado pelo Congresso.",
    "As chuvas deixaram 14 mortos no litoral paulista.\n(⟦S:AFP|Com AFP⟧)",
    "WASHINGTON ⟦D:Associated Press|(AP)⟧ — O Departamento de Justiça dos Estados Unidos abriu uma"
    " investigação sobre a queda do avião de carga no Alasca.",
    "A empresa chinesa vai construir uma fábrica de ônibus elétricos na Bahia,"
    " ⟦A:Xinhua|informou a agência estatal Xinhua⟧.",
    "O papa deve visitar Angola no próximo ano, ⟦A:ANSA|segundo a agência italiana ANSA⟧.",
    "A Espanha registrou o verão mais quente de sua história, ⟦A:EFE|de acordo com a agência"
    " EFE⟧.",
    "O fundo soberano do Catar negocia a compra de uma fatia da empresa de energia,"
    " ⟦A:Bloomberg|segundo a Bloomberg⟧.",
    "SÃO PAULO, 8 de abril de 2026 ⟦D:PR Newswire|/PRNewswire/⟧ -- A Vitalis Saúde, rede de"
    " laboratórios, abre em Campinas sua maior unidade de diagnóstico por imagem.",
    "Os dois governos voltam a se reunir em Genebra em março.\n*⟦S:Reuters|Com informações"
    " da Reuters⟧",
    "O Kremlin negou que haja planos de nova mobilização, ⟦A:TASS|informou a agência russa TASS⟧.",
    "Pelo menos 12 pessoas morreram no naufrágio, ⟦C:Reuters|Reuters⟧ e ⟦C:AFP|AFP⟧ informaram.",
    "TÓQUIO, 7 jul ⟦D:EFE|(EFE)⟧.- O Japão registrou em junho o maior déficit comercial em dois anos,"
    " ⟦A:Kyodo|segundo a agência Kyodo⟧.",
    "O ministro da Defesa turco ⟦A:Anadolu|afirmou à agência Anadolu⟧ que as tropas permanecerão"
    " na região.",
    "Pequim, 30 out ⟦D:Xinhua|(Xinhua)⟧ -- Um foguete Longa Marcha colocou em órbita um satélite"
    " meteorológico a partir do centro de Jiuquan.",
    N("subject", "A agência Reuters completou 175 anos e celebrou a data com uma exposição"
      " de fotos em Londres."),
    N("homonym", "LARANJAL DO JARI (AP) - Uma balsa com 80 passageiros encalhou no rio Jari na"
      " madrugada deste domingo."),
    N("homonym", "A AFP Habitat elevou a rentabilidade de seus fundos no último trimestre,"
      " informou a gestora chilena."),
    N("homonym", "O desmatamento em APP às margens do córrego rendeu multa de R$ 80 mil ao"
      " fazendeiro."),
    N("photo", "Moradores retiram móveis de casa alagada em Porto Alegre. Foto: Diego Vara/Reuters"),
    N("unverified", "Os vídeos, publicados pelo grupo armado, não puderam ser confirmados"
      " pela Reuters."),
    N("list", "Jornalistas da Folha, da Reuters e da AFP acompanharam a visita ao garimpo."),
    N("generic", "O cessar-fogo começa à meia-noite.\n(Com agências internacionais)"),
    N("url", "Envie sugestões de pauta para o e-mail brasil@reuters.com."),
    N("word", "O pagamento em dinheiro efetivo ainda responde por um terço das compras no"
      " interior do Piauí."),
]
ID: list[str | Neg] = [
    "Makassar ⟦D:Antara|(ANTARA)⟧ - Bulog Sulawesi Selatan menggelontorkan 1.200 ton beras"
    " ke pasar tradisional untuk mengantisipasi kenaikan harga menjelang Ramadhan.",
    "Denpasar ⟦D:Antara|(ANTARA)⟧ - Bandara I Gusti Ngurah Rai melayani 68.000 penumpang per hari"
    " selama libur akhir tahun, naik 9 persen dibanding tahun lalu.",
    "Jakarta, 4/3 ⟦D:Antara|(ANTARA)⟧ - Nilai tukar rupiah pada pembukaan perdagangan Rabu pagi"
    " menguat 18 poin menjadi Rp16.205 per dolar AS.",
    "Warga diimbau menjauhi bantaran sungai selama tiga hari ke depan, ⟦A:Antara|kata Kepala Pelaksana BPBD"
    " Sumedang kepada ANTARA⟧, Senin.",
    "Pihaknya menargetkan 40 desa wisata baru tahun ini ⟦I:Antara|(Ant)⟧.",
    "Pewarta: Rizky Maulana\nEditor: Dewi Anggraini\n⟦S:Antara|Copyright © ANTARA 2026⟧",
    "⟦A:Reuters|Dilansir dari Reuters⟧, produsen mobil listrik itu berencana membangun pabrik"
    " baterai di Karawang.",
    "Harga minyak mentah Brent turun 1,2 persen pada Selasa, ⟦A:Reuters|seperti dikutip dari"
    " Reuters⟧.",
    "⟦A:AFP|Menurut laporan AFP⟧, sedikitnya 30 orang tewas akibat banjir bandang di Afghanistan"
    " timur.",
    "Kepolisian Thailand menahan dua tersangka penyelundupan satwa, ⟦A:AFP|lapor kantor berita"
    " AFP⟧.",
    "⟦A:Xinhua|Melansir Xinhua⟧, China akan membuka rute kereta barang baru ke Laos bulan depan.",
    "⟦A:Associated Press|Dikutip dari Associated Press⟧, badai salju menyebabkan ribuan"
    " penerbangan di wilayah timur laut Amerika Serikat dibatalkan.",
    "Perusahaan tambang nikel itu tengah menjajaki penjualan saham minoritas,"
    " ⟦A:Bloomberg|tulis Bloomberg⟧ mengutip sumber yang mengetahui rencana tersebut.",
    "⟦A:Kyodo|Menurut kantor berita Kyodo⟧, pemerintah Jepang akan memperpanjang subsidi listrik"
    " hingga September.",
    "Gempa bermagnitudo 5,9 mengguncang Provinsi Kahramanmaraş, ⟦A:Anadolu|lapor kantor berita"
    " Anadolu⟧.",
    "Korea Selatan akan menambah kuota pekerja migran asal Indonesia, ⟦A:Yonhap|seperti dilaporkan"
    " kantor berita Yonhap⟧.",
    "Presiden Rusia dijadwalkan bertemu pemimpin Malaysia di Kazan, ⟦A:TASS|menurut kantor berita"
    " TASS⟧.",
    "⟦B:Antara|Oleh Antara⟧\nPemerintah Kota Surabaya membuka 12 posko kesehatan di terminal dan"
    " stasiun selama arus mudik.",
    "Bank sentral Filipina memangkas suku bunga acuan 25 basis poin. (⟦C:Reuters|Reuters⟧/"
    "⟦C:AFP|AFP⟧)",
    "Sumber: ⟦C:Antara|Antara⟧, ⟦C:Reuters|Reuters⟧",
    N("subject", "Direksi Perum LKBN ANTARA menandatangani kerja sama pelatihan jurnalis"
      " dengan sejumlah universitas di Yogyakarta."),
    N("word", "Jarak antara Pelabuhan Merak dan Bakauheni ditempuh sekitar dua jam dengan kapal"
      " feri."),
    N("word", "Antara lain yang dibahas dalam rapat itu adalah tarif ojek daring dan perlindungan"
      " pengemudi."),
    N("homonym", "Ani Suryani, pedagang sayur di Pasar Kosambi, mengeluhkan harga cabai yang naik"
      " dua kali lipat."),
    N("homonym", "Tim robotik UPI meraih juara kedua dalam kontes robot tingkat nasional di"
      " Surabaya."),
    N("photo", "Petugas memadamkan api di gudang logistik di Cakung, Jakarta Timur. ANTARA"
      " FOTO/Aditya Pradana Putra"),
    N("unverified", "Klaim jumlah korban dari kelompok bersenjata itu tidak dapat"
      " diverifikasi oleh Reuters."),
    N("generic", "Sumber: kantor berita internasional"),
    N("url", "Simak berita lainnya di antaranews.com atau kanal WhatsApp kami."),
    N("list", "Wartawan dari Kompas, Tempo, ANTARA dan Reuters diundang meliput peresmian"
      " bendungan itu."),
]
MS: list[str | Neg] = [
    "KUALA TERENGGANU, 8 Dis ⟦D:Bernama|(Bernama)⟧ -- Jumlah mangsa banjir di Terengganu"
    " meningkat kepada 2,314 orang pada petang ini, berbanding 1,870 pagi tadi.",
    "ALOR SETAR, 17 Mei ⟦D:Bernama|(Bernama)⟧ -- Kerajaan negeri akan menambah 30 buah bas"
    " percuma bagi pelajar luar bandar mulai bulan depan.",
    "KOTA KINABALU, 2 Ogos\u00a0⟦D:Bernama|(Bernama)⟧\u00a0-- Jabatan Bomba dan Penyelamat menyelamatkan"
    " tiga pendaki yang sesat di Gunung Kinabalu malam tadi.",
    "Kerja-kerja menaik taraf jalan itu dijangka siap pada Jun tahun depan.\n⟦S:Bernama|-- BERNAMA⟧",
    "Projek perumahan itu melibatkan 800 unit rumah mampu milik, ⟦A:Bernama|katanya kepada"
    " Bernama⟧ ketika ditemui di sini hari ini.",
    "⟦A:Bernama|Bernama difahamkan⟧ mesyuarat Kabinet minggu ini akan membincangkan kenaikan gaji"
    " minimum.",
    "⟦A:Bernama|Menurut sumber yang dihubungi Bernama⟧, siasatan terhadap syarikat itu dijangka"
    " selesai bulan depan.",
    "⟦B:Bernama|Oleh Bernama⟧\nIPOH: Seorang penunggang motosikal maut selepas dirempuh lori di"
    " Jalan Kuala Kangsar awal pagi tadi.",
    "⟦A:Reuters|Menurut laporan Reuters⟧, syarikat penerbangan itu akan menempah 30 pesawat baharu"
    " daripada Airbus.",
    "Harga minyak sawit mentah dijangka kekal tinggi sehingga suku ketiga, ⟦A:Reuters|lapor"
    " Reuters⟧.",
    "⟦A:AFP|Agensi berita AFP melaporkan⟧ sekurang-kurangnya 19 orang terbunuh dalam serangan udara"
    " di utara Myanmar.",
    "Vietnam akan membuka laluan kereta api baharu ke sempadan China, ⟦A:Xinhua|memetik"
    " laporan Xinhua⟧.",
    "Gunung Lewotobi di Flores meletus tiga kali sejak subuh,"
    " ⟦A:Antara|lapor agensi berita Antara⟧.",
    "JAKARTA, 19 Sept (⟦C:Bernama|Bernama⟧-⟦C:Antara|Antara⟧) -- Indonesia akan membuka semula"
    " eksport pasir laut secara terhad mulai tahun depan.",
    "Jepun akan menghantar pasukan penyelamat ke Filipina, ⟦A:Kyodo|lapor agensi berita Kyodo⟧.",
    "Korea Selatan melaporkan lebihan dagangan bagi bulan ke-16 berturut-turut,"
    " ⟦A:Yonhap|menurut Yonhap⟧.",
    "⟦A:Bloomberg|Bloomberg melaporkan⟧ dana pelaburan itu sedang berunding untuk membeli pegangan"
    " dalam syarikat logistik tempatan.",
    "Seorang pegawai kanan kementerian ⟦A:Bernama|ketika dihubungi Bernama⟧ berkata keputusan itu"
    " dibuat selepas mengambil kira maklum balas rakyat.",
    "Turki akan meningkatkan import minyak sawit dari Malaysia, ⟦A:Anadolu|lapor Agensi Anadolu⟧.",
    N("subject", "Bernama melancarkan saluran berita dalam bahasa Tamil sempena ulang tahunnya yang"
      " ke-58."),
    N("word", "Seorang lelaki bernama Zulkifli Hamdan ditahan kerana disyaki mencuri kabel"
      " elektrik."),
    N("word", "Perjanjian itu meliputi kerjasama antara Malaysia dan Thailand dalam pengurusan"
      " sempadan."),
    N("word", "Pelajar antarabangsa di universiti awam meningkat kepada 92,000 orang tahun ini."),
    N("homonym", "Penghapusan sistem AP bagi kereta import terpakai akan dilaksanakan secara"
      " berperingkat."),
    N("photo", "Peniaga durian menyusun buah di gerai tepi jalan di Raub hari ini."
      " --fotoBERNAMA (2026) HAK CIPTA TERPELIHARA"),
    N("unverified", "Bernama tidak dapat mengesahkan secara bebas dakwaan yang dibuat oleh"
      " pertubuhan itu."),
    N("generic", "Sumber: Agensi"),
    N("url", "Ikuti perkembangan terkini di bernama.com dan aplikasi BERNAMA."),
    N("list", "Hanya Sinar Harian, Bernama, Utusan dan Berita Harian dijemput ke"
      " sidang media tertutup itu."),
]
TR: list[str | Neg] = [
    "TRABZON ⟦D:Anadolu|(AA)⟧ - Of ilçesinde gece boyunca süren yağış sonrası iki dere"
    " yatağından taştı, 14 ev su altında kaldı.",
    "GAZİANTEP ⟦D:Anadolu|(AA)⟧ – Kentte bu yıl 1,3 milyon ton antep fıstığı rekoltesi beklendiği"
    " bildirildi.",
    "Kooperatif Başkanı Mehmet Yalçın, ⟦A:Anadolu|AA muhabirine⟧ yaptığı açıklamada, hasadın iki"
    " hafta erken başladığını söyledi.",
    "Sahil Güvenlik ekiplerinin arama çalışmaları sürüyor. ⟦A:Anadolu|AA muhabirinin⟧ edindiği"
    " bilgiye göre, teknede 9 kişi bulunuyordu.",
    "⟦B:Anadolu|Anadolu Ajansı⟧ | 21.10.2026 09:17\nMerkez Bankası, politika faizini yüzde 38'de"
    " sabit tuttu.",
    "Festival beş gün sürecek ve 40 konser düzenlenecek.\n⟦S:Anadolu|Kaynak: AA⟧",
    "İngiliz bankası, Türkiye'deki bireysel bankacılık birimini satmayı değerlendiriyor,"
    " ⟦A:Reuters|Reuters'ın haberine göre⟧ görüşmeler erken aşamada.",
    "Konuyla ilgili bilgi sahibi iki kaynak ⟦A:Reuters|Reuters'a⟧ konuştu.",
    "⟦A:AFP|AFP'nin aktardığına göre⟧, Kenya'daki heyelanda ölü sayısı 27'ye çıktı.",
    "⟦A:AFP|Fransız haber ajansı AFP'ye⟧ konuşan bir yetkili, müzakerelerin yarın yeniden başlayacağını"
    " belirtti.",
    "⟦A:Associated Press|AP'nin haberine göre⟧, kasırga Florida kıyılarına ulaşmadan zayıfladı.",
    "⟦A:Xinhua|Şinhua ajansının haberine göre⟧, Hubei eyaletinde yeni bir hızlı"
    " tren hattı hizmete girdi.",
    "Rusya Dışişleri Bakanı ⟦A:TASS|TASS ajansına⟧ yaptığı açıklamada Ankara ziyaretinin ertelendiğini"
    " söyledi.",
    "⟦A:Bloomberg|Bloomberg'in haberine göre⟧, otomobil üreticisi Macaristan'daki tesisinde"
    " üretimi durdurmayı planlıyor.",
    "⟦A:Kyodo|Kyodo ajansının bildirdiğine göre⟧, Japonya savunma bütçesini yüzde 9 artıracak.",
    "Güney Kore'de asgari ücret yüzde 4,1 artırıldı, ⟦A:Yonhap|Yonhap ajansı bildirdi⟧.",
    "İtalya'da grev nedeniyle 300 uçuş iptal edildi, ⟦A:ANSA|ANSA ajansının haberine göre⟧"
    " havalimanlarında uzun kuyruklar oluştu.",
    "Pakistan'da otobüs kazasında 16 kişi öldü. ⟦A:APP|Pakistan devlet ajansı APP'nin"
    " bildirdiğine göre⟧ kaza Karakurum Otoyolu'nda meydana geldi.",
    "ANKARA ⟦D:Anadolu|(AA)⟧ - Dışişleri Bakanlığı, Sudan'daki Türk vatandaşlarının tahliyesi için"
    " ikinci bir uçak gönderildiğini açıkladı.",
    "Almanya'da demiryolu grevi üçüncü gününe girdi, ⟦A:dpa|Alman DPA ajansı bildirdi⟧.",
    "Sivas'ta yoğun kar nedeniyle 212 köy yolu ulaşıma kapandı. ⟦I:Anadolu|(AA)⟧",
    N("subject", "Anadolu Ajansı, kuruluşunun 106. yılı dolayısıyla Ankara'da bir fotoğraf sergisi"
      " açtı."),
    N("homonym", "AP Genel Kurulu, Türkiye raporunu 412 evet oyuyla kabul etti."),
    N("homonym", "Kars'taki Ani Ören Yeri bu yaz 210 bin ziyaretçiyi ağırladı."),
    N("homonym", "Anadolu Üniversitesi açıköğretim sınavları hafta sonu 81 ilde yapılacak."),
    N("homonym", "Demirel liderliğindeki AP, 1965 seçimlerinden tek başına iktidar olarak çıkmıştı."),
    N("photo", "Yangın söndürme çalışmalarından bir kare. (Fotoğraf: Erhan Sevenler - AA)"),
    N("unverified", "Reuters, saldırıya ilişkin iddiaları bağımsız kaynaklardan doğrulayamadığını"
      " belirtti."),
    N("generic", "Dış Haberler Servisi\nSeçim sonuçları gece yarısından sonra açıklanacak."
      " (Ajanslar)"),
    N("url", "Haberin tamamı aa.com.tr/tr/ekonomi adresinde yer alıyor."),
    N("list", "Törene TRT, AA, Reuters ve CNN Türk muhabirleri kabul edildi."),
]
ZH: list[str | Neg] = [
    "⟦D:Xinhua|新华社兰州4月17日电⟧ 甘肃省今年计划完成高标准农田建设二百八十万亩，省农业农村厅17日介绍。",
    "⟦D:Xinhua|新华社北海9月2日电⟧（记者覃思远）北海银滩今年夏季接待游客人数创下历史新高。",
    "⟦D:Xinhua|新华社内罗毕11月6日电⟧ 肯尼亚卫生部6日说，该国西部霍乱疫情已得到初步控制。",
    "⟦A:Xinhua|据新华社报道⟧，一艘新建极地科考船近日结束首次南极考察，返抵上海。",
    "截至目前，景区累计接待游客三百一十万人次。\n⟦S:Xinhua|来源：新华社⟧",
    "⟦D:Reuters|路透伦敦10月3日⟧ - 英国央行周四按兵不动，九名货币政策委员中有两人主张降息。",
    "⟦A:Reuters|据路透社报道⟧，苏州一家芯片设计公司正与多家银行洽谈在香港上市事宜。",
    "两名知情人士⟦A:Reuters|告诉路透社⟧，该交易最早可能于下月宣布。",
    "⟦D:AFP|法新社开罗8日电⟧ 埃及旅游部8日宣布，卢克索一处新发现的古墓将于年底向公众开放。",
    "一位目击者⟦A:AFP|对法新社说⟧，爆炸声持续了将近十分钟。",
    "⟦A:Associated Press|美联社报道⟧，德克萨斯州一所中学发生枪击事件，造成两人受伤。",
    "⟦D:Kyodo|共同社札幌2月11日电⟧ 北海道今冬降雪量创近二十年新高，多条铁路线路停运。",
    "⟦A:Kyodo|据日本共同社报道⟧，京都市议会通过决议，明年起上调游客住宿税。",
    "⟦D:Yonhap|韩联社仁川5月19日电⟧ 仁川国际机场公社19日表示，五月以来国际旅客人数同比增长百分之九。",
    "⟦A:Yonhap|据韩联社报道⟧，韩国一艘渔船在济州岛附近海域起火，船员已全部获救。",
    "⟦A:TASS|据塔斯社报道⟧，俄罗斯远东地区一座火山喷发，火山灰柱高达八公里。",
    "⟦A:Bloomberg|彭博社周五报道⟧，一家欧洲电动车制造商正考虑裁员百分之十。",
    "⟦A:dpa|据德新社报道⟧，汉堡附近一列区域火车脱轨，造成三人受伤。",
    "⟦A:EFE|据埃菲社报道⟧，西班牙南部遭遇强降雨，马拉加机场多个航班延误。",
    "⟦A:ANSA|据安莎社报道⟧，意大利威尼斯市议会通过决定，将上调游客进城费。",
    "⟦A:Anadolu|据阿纳多卢通讯社报道⟧，土耳其东部凡城发生四点九级地震，所幸未造成人员伤亡。",
    "⟦A:Bernama|马新社报道⟧，马来西亚政府将向低收入家庭发放一次性电费补贴。",
    "印度尼西亚东爪哇省的塞梅鲁火山20日再次喷发，⟦A:Antara|安塔拉通讯社报道⟧。",
    "印度北部一座水坝紧急泄洪，下游数十个村庄被淹，⟦A:PTI|印度报业托拉斯援引当地官员的话报道⟧。",
    "深圳2026年7月14日 ⟦D:PR Newswire|/美通社/⟧ -- 本地储能企业宏澜科技今日发布新一代工商业储能系统。",
    "上海--(⟦D:Business Wire|美国商业资讯⟧)--全球物流软件提供商凯越科技今日宣布在上海设立亚太总部。",
    "（本报综合⟦C:Associated Press|美联社⟧、⟦C:AFP|法新社⟧电）",
    "墨西哥南部遭飓风袭击，已造成至少十一人死亡，数万户家庭断电。⟦I:Associated Press|（美联社）⟧",
    N("subject", "新华社成立九十周年纪念活动在北京举行，展出历史照片四百余幅。"),
    N("homonym", "新华村的银器加工作坊吸引了大批游客，当地银匠人数已超过一千人。"),
    N("homonym", "美联储最新公布的褐皮书显示，多个地区消费支出放缓。"),
    N("homonym", "亿万富翁迈克尔·布隆伯格资助的控烟项目在越南启动。"),
    N("word", "塔斯曼海上空形成的低压系统将给新西兰北岛带来强降雨。"),
    N("photo", "图为游客在杭州西湖边赏荷。新华社记者 王立新 摄"),
    N("photo", "圖為颱風過後的高雄港。（路透社）"),
    N("unverified", "路透社目前无法独立核实上述视频的真实性。"),
    N("generic", "（本报综合外电报道）"),
    N("url", "更多内容请访问新华网 www.xinhuanet.com 。"),
]
UR: list[str | Neg] = [
    "کوئٹہ ⟦D:APP|(اے پی پی)⟧ بلوچستان کابینہ نے خشک سالی سے متاثرہ بارہ اضلاع کے لیے 5 ارب روپے کا"
    " امدادی پیکج منظور کر لیا۔",
    "ملتان ⟦D:APP|(اے پی پی)⟧ محکمہ زراعت کے مطابق رواں سیزن میں کپاس کی پیداوار میں 14 فیصد اضافہ"
    " متوقع ہے۔",
    "پشاور ⟦D:APP|(اے پی پی)⟧ خیبر پختونخوا اسمبلی نے تعلیمی ایمرجنسی سے متعلق قرارداد متفقہ طور پر"
    " منظور کر لی، جبکہ پی ٹی آئی کے ارکان نے بجٹ پر بحث کا مطالبہ کیا۔",
    "وزیر تعلیم نے کہا کہ نئے تعلیمی سال سے سرکاری اسکولوں میں مفت کتابیں دی جائیں گی۔"
    " (⟦S:APP|بشکریہ اے پی پی⟧)",
    "⟦A:Reuters|خبر رساں ادارے رائٹرز کے مطابق⟧ سعودی عرب نے ایشیائی خریداروں کے لیے خام تیل کی"
    " قیمتوں میں کمی کر دی ہے۔",
    "ایک سینئر سفارت کار نے ⟦A:Reuters|رائٹرز کو بتایا⟧ کہ دونوں ممالک قیدیوں کے تبادلے پر متفق ہو گئے ہیں۔",
    "سوڈان کے شہر الفاشر میں گولہ باری سے 40 شہری مارے گئے، ⟦A:AFP|اے ایف پی نے رپورٹ کیا⟧۔",
    "ایک مقامی کسان نے ⟦A:AFP|اے ایف پی کو فون پر بتایا⟧ کہ اس کی ساری فصل تباہ ہو گئی۔",
    "⟦A:Associated Press|اے پی کے مطابق⟧ امریکی ریاست ٹیکساس میں سیلاب سے"
    " ہلاکتوں کی تعداد 19 ہو گئی ہے۔",
    "⟦A:Xinhua|شنہوا نیوز ایجنسی نے بتایا⟧ کہ ارومچی اور اسلام آباد کے درمیان براہ راست پروازیں"
    " اگلے ماہ شروع ہوں گی۔",
    "ازمیر کے ساحل کے قریب 5.1 شدت کا زلزلہ آیا، ⟦A:Anadolu|انادولو ایجنسی نے بتایا⟧۔",
    "⟦A:Bloomberg|بلوم برگ کی رپورٹ کے مطابق⟧ ایک خلیجی فنڈ کراچی کی بجلی کمپنی میں حصص خریدنے"
    " کا خواہاں ہے۔",
    "روس کے وزیر خارجہ آئندہ ہفتے اسلام آباد کا دورہ کریں گے، ⟦A:TASS|تاس نے رپورٹ کیا⟧۔",
    "نئی دہلی ⟦D:PTI|(پی ٹی آئی)⟧ بھارت کی مرکزی حکومت نے گندم کی برآمد پر پابندی میں مزید چھ ماہ کی"
    " توسیع کر دی۔",
    "⟦A:ANI|اے این آئی کے مطابق⟧ کشمیر میں برفانی تودہ گرنے سے دو فوجی ہلاک"
    " ہو گئے۔",
    "⟦A:Kyodo|کیوڈو نیوز کے مطابق⟧ اوساکا میں شدید گرمی کے باعث اسکولوں کے کھیلوں"
    " کے مقابلے ملتوی کر دیے گئے۔",
    "جنوبی کوریا نے شمالی کوریا سے مذاکرات کی پیشکش کی ہے، ⟦A:Yonhap|یونہاپ نیوز ایجنسی نے بتایا⟧۔",
    "لاہور ⟦D:APP|(اے پی پی)⟧ ترک قونصل جنرل نے ⟦A:Anadolu|انادولو ایجنسی کو دیے گئے انٹرویو میں⟧"
    " کہا کہ دونوں ملک تجارت کو دوگنا کریں گے۔",
    N("homonym", "پی ٹی آئی نے مینار پاکستان پر جلسے کی اجازت کے لیے لاہور ہائی کورٹ سے رجوع"
      " کر لیا۔"),
    N("homonym", "اے این پی کے صوبائی صدر نے کہا کہ ان کی جماعت ضمنی انتخاب میں حصہ لے گی۔"),
    N("subject", "اے پی پی نے اپنے قیام کے 77 برس مکمل ہونے پر اسلام آباد میں ایک تقریب منعقد کی۔"),
    N("photo", "کراچی کی ایک مارکیٹ میں آگ بجھانے کا عمل جاری ہے۔ (فوٹو: اے ایف پی)"),
    N("photo", "(فائل فوٹو: رائٹرز) گوادر بندرگاہ کا ایک منظر۔"),
    N("unverified", "رائٹرز آزادانہ طور پر ان ویڈیوز کی تصدیق نہیں کر سکا۔"),
    N("generic", "سیلاب سے متاثرہ علاقوں میں امدادی کارروائیاں جاری ہیں۔ (نیوز ڈیسک)"),
    N("generic", "(ایجنسیاں) غزہ میں جنگ بندی کے لیے مذاکرات قاہرہ میں دوبارہ شروع ہو گئے۔"),
    N("url", "تازہ ترین خبروں کے لیے app.com.pk ملاحظہ کریں۔"),
    N("list", "تقریب میں پی ٹی وی، اے پی پی اور رائٹرز کے نمائندے موجود تھے۔"),
]
HI: list[str | Neg] = [
    "लखनऊ, 9 फरवरी ⟦D:IANS|(आईएएनएस)⟧ उत्तर प्रदेश सरकार ने प्रदेश के 17 नगर निगमों में ई-बसों की"
    " संख्या दोगुनी करने का फैसला किया है।",
    "पटना, 23 जुलाई ⟦D:IANS|(आईएएनएस)⟧ गंगा का जलस्तर बढ़ने से भागलपुर और मुंगेर के निचले इलाकों"
    " में पानी घुस गया है।",
    "भोपाल, 30 अक्टूबर\u00a0⟦D:IANS|(आईएएनएस)⟧\u00a0मध्य प्रदेश में धान की सरकारी खरीद अगले सोमवार से"
    " शुरू होगी।",
    "कार्यक्रम में करीब दस हजार श्रद्धालुओं के पहुंचने की उम्मीद है।\n⟦S:IANS|—आईएएनएस⟧",
    "देहरादून, 14 सितंबर ⟦D:ANI|(एएनआई)⟧ उत्तराखंड के चमोली जिले में भूस्खलन के बाद बदरीनाथ राजमार्ग"
    " दो दिन से बंद है।",
    "राहत आयुक्त ने ⟦A:ANI|एएनआई से बात करते हुए⟧ बताया कि राहत शिविरों में 900 परिवार ठहरे हैं।",
    "⟦A:PTI|समाचार एजेंसी पीटीआई के मुताबिक⟧ हादसे में घायल सात लोगों को जिला अस्पताल में भर्ती"
    " कराया गया है।",
    "पुलिस ने मामले में तीन आरोपियों को गिरफ्तार कर लिया है। (⟦S:PTI|इनपुट: पीटीआई⟧)",
    "राज्य में मानसून सामान्य से चार दिन पहले पहुंच गया। (इनपुट: ⟦C:ANI|एएनआई⟧, ⟦C:IANS|आईएएनएस⟧)",
    "⟦A:Reuters|रॉयटर्स की एक रिपोर्ट के मुताबिक⟧ जर्मनी की एक ऑटो पार्ट्स कंपनी पुणे में बैटरी संयंत्र लगाने की तैयारी"
    " में है।",
    "दोनों कंपनियों के बीच विलय की घोषणा मार्च तक हो सकती है, मामले से जुड़े एक अधिकारी ने ⟦A:Reuters|रॉयटर्स को"
    " बताया⟧।",
    "⟦A:AFP|समाचार एजेंसी एएफपी के अनुसार⟧ नेपाल में बाढ़ से अब तक 31 लोगों की मौत हो चुकी है।",
    "⟦A:Associated Press|एसोसिएटेड प्रेस के मुताबिक⟧ अलास्का में भूकंप के बाद सुनामी की चेतावनी"
    " जारी की गई।",
    "⟦A:Xinhua|चीन की सरकारी समाचार एजेंसी शिन्हुआ ने बताया⟧ कि तिब्बत में एक नया हवाई अड्डा खोला गया"
    " है।",
    "⟦A:Bloomberg|ब्लूमबर्ग की रिपोर्ट में दावा किया गया है⟧ कि यह ई-कॉमर्स कंपनी इस साल आईपीओ ला"
    " सकती है।",
    "दक्षिण कोरिया में भारी बारिश से नौ लोगों की मौत हो गई, ⟦A:Yonhap|योनहाप समाचार एजेंसी ने यह जानकारी"
    " दी⟧।",
    "भारत-रूस व्यापार मंच की अगली बैठक दिसंबर में होगी, ⟦A:TASS|तास ने यह खबर दी है⟧।",
    "⟦A:APP|पाकिस्तान की सरकारी समाचार एजेंसी एपीपी ने बताया⟧ कि कराची में पानी की किल्लत पर"
    " आपात बैठक बुलाई गई है।",
    "⟦B:IANS|आईएएनएस⟧ | नई दिल्ली\nमौसम विभाग ने अगले 48 घंटों में दिल्ली-एनसीआर में तेज हवाओं की चेतावनी दी है।",
    "क्योटो के एक प्राचीन मंदिर में आग लग गई, ⟦A:Kyodo|क्योडो न्यूज ने बताया⟧।",
    N("homonym", "राजस्थान में पीटीआई भर्ती परीक्षा का परिणाम जारी, 5,500 पदों पर होगी नियुक्ति।"),
    N("homonym", "इमरान खान की पार्टी पीटीआई ने इस्लामाबाद में विरोध प्रदर्शन की घोषणा की है।"),
    N("homonym", "त्योहारी सीजन में यूपीआई से लेनदेन रिकॉर्ड स्तर पर पहुंच गया।"),
    N("subject", "समाचार एजेंसी रॉयटर्स ने नई दिल्ली में अपने ब्यूरो प्रमुख की नियुक्ति की है।"),
    N("photo", "श्रीनगर में डल झील पर शिकारे की सवारी करते पर्यटक। (फोटो: एएनआई)"),
    N("photo", "(फाइल फोटो: रॉयटर्स) मुंबई के एक बंदरगाह का दृश्य।"),
    N("unverified", "वीडियो कब और कहां बनाया गया, रॉयटर्स इसका सत्यापन नहीं कर पाया।"),
    N("generic", "सरकार ने जांच समिति गठित कर दी है। (एजेंसी)"),
    N("url", "ताजा अपडेट के लिए ians.in पर जाएं।"),
    N("list", "संवाददाता सम्मेलन में पीटीआई, एएनआई, रॉयटर्स और दूरदर्शन के संवाददाता मौजूद थे।"),
]

# =============================================================================================
# building
# =============================================================================================
DATA: dict[str, list[str | Neg]] = dict(
    zip(LANGS, (EN, ES, FR, DE, IT, PT, ID, MS, TR, ZH, UR, HI), strict=True)
)


if __name__ == "__main__":
    sys.exit(run_later_set(sys.argv[1:], DATA, "heldout9", EARLIER_SETS))
