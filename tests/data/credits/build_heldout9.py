"""Build the NINTH held-out labelled wire-credit set: heldout9.jsonl.

PLACEHOLDER
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
    "Flights into the city resumed late in the evening after the runway was cleared. — ⟦S:Reuters|Reuters⟧",
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
    "By dawn, muddy water covered the roofs of low-lying homes, villagers said. — ⟦S:AFP|AFP⟧",
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
    "(⟦D:Bloomberg|Bloomberg⟧) -- Brazil's biggest meatpacker is exploring a U.S. listing of its"
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
      " the Turkish broadcaster said."),
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
ES: list[str | Neg] = []
FR: list[str | Neg] = []
DE: list[str | Neg] = []
IT: list[str | Neg] = []
PT: list[str | Neg] = []
ID: list[str | Neg] = []
MS: list[str | Neg] = []
TR: list[str | Neg] = []
ZH: list[str | Neg] = []
UR: list[str | Neg] = []
HI: list[str | Neg] = []

# =============================================================================================
# building
# =============================================================================================
DATA: dict[str, list[str | Neg]] = dict(
    zip(LANGS, (EN, ES, FR, DE, IT, PT, ID, MS, TR, ZH, UR, HI), strict=True)
)


if __name__ == "__main__":
    sys.exit(run_later_set(sys.argv[1:], DATA, "heldout9", EARLIER_SETS))
