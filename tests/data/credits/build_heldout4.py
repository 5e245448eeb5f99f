#!/usr/bin/env python3
"""Build the FOURTH held-out labelled wire-credit set: heldout4.jsonl.

This set exists for one purpose: the final, honest measurement of a credit detector after the
detector has been developed and tuned on dev.jsonl and test.jsonl, and after heldout.jsonl,
heldout2.jsonl and heldout3.jsonl were used to steer changes.  Do not look at its records while
working on a detector, do not tune on its errors, and do not copy records from it into other
tests.  Once it has been used to steer a change it no longer measures anything, and a new
held-out set must be written.

Every record below was written by hand for this set, by an author who did not read the detector,
its documentation, its tests or its evaluation output, and who read only README.md, markup.py
and the structure and docstrings of the earlier builders: no record of dev.jsonl, test.jsonl,
heldout.jsonl, heldout2.jsonl or heldout3.jsonl was reused, translated or edited, and
``check_independent`` refuses any text that repeats one of theirs or shares a run of SHARED_WORDS
words (SHARED_CJK Han characters) with one.  Places, dates and formats are realistic; events,
figures, people and most companies are invented.

Mark-up (the same as build.py and the earlier held-out builders).  A credit is written
``⟦F:Agency|span text⟧``: ``F`` is the form (see FORMS), ``Agency`` one of the canonical names in
AGENCIES, ``span text`` the text that is kept and whose offsets are recorded.  A negative is
written ``N("kind", "text")`` and contains no mark-up.  The span conventions are those of
README.md ("Span conventions", "Convention decisions") and of the docstrings of
build_heldout.py, build_heldout2.py and build_heldout3.py.

Convention decisions beyond those (made while writing this set; a detector developer must not
read them as a list of cases to handle):

* Reuters' own survey is its reporting: "segundo pesquisa da Reuters com 31 economistas" is an
  attribution ("segundo pesquisa da Reuters"; the panel stays outside), like "a Reuters tally";
  a poll the agency commissions from a pollster ("Reuters/Ipsos") stays a negative of kind "poll".
  Likewise "an AP tally showed", "de acuerdo con un balance de la AFP", "selon un décompte de
  l'AFP", "according to a Reuters review" (of records) are attributions marked whole, the object
  of the review outside.
* Reuters' sign-off in Portuguese, "(Reportagem de …; Edição de …)", is a Reuters sign-off as the
  English one is, brackets outside.
* Copyright and reprint lines new to this set: "Copyright 2026 United Press International, Inc."
  (marked to "Inc."), "This article was originally published by Bloomberg" (marked whole, full stop
  outside, as heldout2's "This article was provided by The Associated Press");
  "Associated Press writer … contributed" without "to this report" is marked the same way.
* Datelines in full-width parentheses ("（韩联社首尔11月3日电）") are marked as the corner-bracketed
  ones of heldout3 are: the formula, brackets outside.  A closing "（新华社）" or
  "（阿纳多卢通讯社）" after a news sentence is inline, brackets included, as "（法新社）" is; so is a
  closing "(Europa Press)".
* A credit naming a canonical and a non-canonical agency ("(APA/dpa)", "(SDA/AFP)", "(With inputs
  from WAM and AFP)") marks the canonical name only, as combined; "(EP/EFE)" is two combined credits
  (EP is Europa Press's short form).  "(Bernama-Xinhua)" in a dateline and "-- BERNAMA-ANADOLU" as a
  sign-off are combined too: each name marked, the brackets, hyphen and leading dashes outside.
* "（共同社供稿）" (copy supplied by Kyodo) closing a text is a sign-off, brackets outside, as
  "(Com Reuters)" is; "来源：新华社" is a sign-off as heldout2 decided.
* Desk codes on the sign-off's own line ("PTI CORR ZH") are part of it, as README's "PTI SA KH".
* A picture credit inside a text ("AFP PHOTO", "(Photo: AFP)") is never marked, even when the same
  agency signs the text off ("— Agence France-Presse", "— AFP" at the end is marked).
* A paper's own dateline or site tag ("JAKARTA, KOMPAS.com -", "Liputan6.com, Jakarta -") is not a
  credit; the agency attribution that follows ("seperti dilansir Reuters", "dikutip dari AFP",
  "Dikutip dari AP", "Mengutip Bloomberg") is.
* The speaker between the verb and the agency, in Malay ("kata Rosnah Ismail ketika ditemui
  Bernama"), is inside the span, as heldout3 decided for German and Indonesian; a clause that only
  names the contact ("ketika dihubungi Bernama") is marked alone.  "said in a statement sent to
  AFP" is marked from the verb; so are "a confirmé la nouvelle à l'agence italienne Ansa" and
  "ha confermato la data delle elezioni all'agenzia spagnola Efe", the object inside the span.
* Turkish: "TASS ajansına", "Anadolu Ajansı'na" (the agency with its noun and case suffix) are
  marked without the participle that follows; "Bloomberg'in haberinde", "AP'nin haberine göre",
  "Kyodo ajansının bildirdiğine göre" are marked whole, as "Reuters'ın haberine göre" is.
* Hindi and Urdu attributions with the verb after the agency ("रॉयटर्स की एक खबर में यह दावा किया गया
  है", "ब्लूमबर्ग ने यह खबर दी है", "ایسوسی ایٹڈ پریس نے بتایا", "روسی خبر ایجنسی تاس نے بتایا") are
  marked whole, the sentence-final danda or full stop outside.
* "The Armed Forces of the Philippines" as "AFP troops" inside a Reuters-attributed story: only the
  Reuters attribution is marked (the homonym rule of heldout3).
* Generic lines new to this set: "Redacción / Agencias", "Haber Merkezi / Ajanslar",
  "— Staff and wire reports", "(Agenturen/red)", "Fonte: agenzie internazionali",
  "*Com informações de agências", "Sumber: kantor berita asing", "Sumber: Agensi berita luar",
  "(مانیٹرنگ ڈیسک، ایجنسیاں)", "غیر ملکی خبر رساں اداروں کے مطابق", "本报综合外电报道", "(एजेंसी
  इनपुट)": no canonical agency is named.
* Homonyms new to this set: "AP Chemistry" (Advanced Placement), "governador do AP" (Amapá),
  "Ani Kurosawa" and "Ani DiFranco", the agency names in an accreditation list (kind "list"), a
  DPA with the Serious Fraud Office, the Reuter-Gesellschaft, "布隆伯格慈善基金会".

Run ``python tests/data/credits/build_heldout4.py`` to rewrite heldout4.jsonl and the heldout4
counts in README.md; ``--check`` exits 1 if the files on disk are not what the data gives.
"""

from __future__ import annotations

import sys

from build_heldout import run_later_set
from markup import LANGS, NBSP, N, Neg

EARLIER_SETS = ("dev.jsonl", "test.jsonl", "heldout.jsonl", "heldout2.jsonl", "heldout3.jsonl")

# ---------------------------------------------------------------------------------------------
# English: wire copy and reprints (US, UK, Indian, Pakistani, Malaysian, Philippine, Gulf, African)
# ---------------------------------------------------------------------------------------------
EN: list[str | Neg] = [
    # datelines
    "LAGOS, May 19 ⟦D:Reuters|(Reuters)⟧ - Nigeria's second-largest brewer will shut one of its four"
    " plants in the north by July, blaming a slump in sales after three price rises in a year, its"
    " finance director said on Tuesday.",
    "⟦D:Reuters|(Reuters)⟧ - Brannock Ridge Capital, the Texas-based pipeline investor, agreed on"
    " Friday to sell its stake in a Louisiana gas storage hub for $640 million to a consortium led by"
    " a Canadian pension fund.",
    "SANTIAGO, Jan 8 ⟦D:Reuters|(Reuters)⟧ -Chile's lithium output fell 4% in December from a year"
    " earlier as heavy rain in the Atacama halted pumping at two brine fields, the mining ministry"
    " said.",
    "HELENA, Mont. ⟦D:Associated Press|(AP)⟧ — A freight train carrying grain derailed near the"
    " Continental Divide on Wednesday, spilling about 30 cars down an embankment but injuring no one,"
    " the railroad said.",
    "NAIROBI, Kenya ⟦D:Associated Press|(AP)⟧ — Kenya's teachers' union called off a nine-day strike"
    " late Monday after the government agreed to pay arrears owed since last year.",
    "PORT MORESBY ⟦D:AFP|(AFP)⟧ - At least 11 people were killed when a landslide buried part of a"
    " village in Papua New Guinea's Enga province, a provincial official said Sunday.",
    "ABIDJAN, Oct 3 ⟦D:AFP|(AFP)⟧ - Ivory Coast will raise the farm-gate price of cocoa for the"
    " mid-crop by 12 percent, the agriculture minister announced on Friday.",
    "Kolkata, Dec 11 ⟦D:PTI|(PTI)⟧ The state government on Thursday extended the winter vacation in"
    " state-run schools by a week due to the cold wave.",
    "CHANDIGARH: ⟦D:PTI|(PTI)⟧ Punjab Police on Saturday busted an inter-state arms smuggling racket"
    " and arrested five persons from Ludhiana and Moga.",
    "Lucknow, Feb 2 ⟦D:IANS|(IANS)⟧ The Uttar Pradesh cabinet on Monday approved a proposal to set up"
    " three new medical colleges in the Bundelkhand region.",
    "Guwahati (Assam) [India], March 30 ⟦D:ANI|(ANI)⟧: Assam Chief Minister on Monday flagged off 200"
    " new electric buses that will run on eight routes in Guwahati.",
    "ISLAMABAD, Jan 21 ⟦D:APP|(APP)⟧: Federal Minister for Railways on Wednesday said that the ML-1"
    " project would be completed in phases and the first section between Karachi and Hyderabad would"
    " open next year.",
    "KUCHING, July 7 ⟦D:Bernama|(Bernama)⟧ -- The Sarawak government will build 15 new rural clinics"
    " in the Kapit and Belaga districts this year, said the state health minister.",
    "ANKARA ⟦D:Anadolu|(AA)⟧ - Turkish security forces neutralized four terrorists in northern Iraq,"
    " the National Defense Ministry said on Thursday.",
    "SAPPORO, March 4 ⟦D:Kyodo|(Kyodo)⟧ -- Heavy snow disrupted flights at New Chitose Airport for a"
    " second day Wednesday, stranding about 6,000 passengers.",
    "SEOUL, Aug. 20 ⟦D:Yonhap|(Yonhap)⟧ -- Chip exports from South Korea jumped 18 percent on-year in"
    " the first 20 days of August, customs data showed Thursday.",
    "VLADIVOSTOK, September 4. ⟦D:TASS|/TASS/⟧. Russia and Vietnam signed an agreement on cooperation"
    " in fisheries on the sidelines of the economic forum, the deputy agriculture minister said.",
    "MAKASSAR ⟦D:Antara|(ANTARA)⟧ - South Sulawesi will open a new deep-sea fishing port in Barru"
    " district next month, the provincial fisheries office said here on Monday.",
    "VALENCIA, 12 Feb. ⟦D:Europa Press|(EUROPA PRESS)⟧ - The regional government of Valencia will"
    " present its plan for rebuilding flood-hit towns in Parliament next week, a spokeswoman said.",
    "MIAMI, Oct. 2 ⟦D:UPI|(UPI)⟧ -- The National Hurricane Center said Thursday that a tropical"
    " depression in the central Atlantic was expected to become a storm by the weekend.",
    "NEW YORK, March 3, 2026 ⟦D:PR Newswire|/PRNewswire/⟧ -- Thornbury Analytics, a provider of data"
    " tools for insurers, today announced that it has closed a $45 million Series C funding round.",
    "AUSTIN, Texas--⟦D:Business Wire|(BUSINESS WIRE)⟧--Pellion Robotics today reported revenue of"
    " $212.4 million for its fiscal fourth quarter, up 31% year over year.",
    "TORONTO, Nov. 17, 2026 ⟦D:Globe Newswire|(GLOBE NEWSWIRE)⟧ -- Birchmount Minerals Inc. announces"
    " that it has filed a technical report for its Kettle Lake gold project.",
    "TAIPEI, June 9 ⟦D:Bloomberg|(Bloomberg)⟧ -- Taiwan's central bank left borrowing costs unchanged"
    " for a fifth meeting, saying inflation remains under control.",
    "DOHA, Qatar ⟦D:Associated Press|(AP)⟧ — Qatar Airways said Sunday it would resume flights to two"
    " Iraqi cities next month after a suspension of nearly a year.",
    f"Peshawar, May 6{NBSP}⟦D:APP|(APP)⟧: The provincial government has approved funds for the"
    " solarisation of 2,000 mosques across Khyber Pakhtunkhwa.",
    # attributions
    "The carmaker plans to cut about 2,500 jobs in Germany by 2028, ⟦A:Reuters|Reuters reported⟧ on"
    " Monday, citing a draft of the restructuring plan.",
    "Shipments of copper concentrate from the mine were halted after protesters blocked the access"
    " road, ⟦A:Bloomberg|Bloomberg News reported⟧, citing a company memo.",
    "The ceasefire was broken within hours, ⟦A:AFP|according to AFP⟧ correspondents in the town.",
    "\"We had two hours to leave, then the water came,\" Grace Mutua, a farmer, ⟦A:AFP|told AFP⟧.",
    "Officials in the province have ordered schools closed until Friday, ⟦A:Associated Press|The"
    " Associated Press reported⟧.",
    "The plane's transponder went silent about 40 minutes after take-off, ⟦A:Xinhua|Xinhua news"
    " agency said⟧.",
    "A senior official ⟦A:PTI|told PTI⟧ that the file had been sent to the law ministry for vetting.",
    "The police have registered a case and are scanning CCTV footage, officials ⟦A:ANI|told ANI⟧.",
    "The minister was speaking to reporters after the meeting, ⟦A:IANS|IANS reported⟧.",
    "The vessel, carrying 24 crew, was seized in the Gulf of Oman early on Tuesday,"
    " ⟦A:Anadolu|according to Anadolu Agency⟧.",
    "The two leaders also discussed energy cooperation, ⟦A:Kyodo|Kyodo News reported⟧, citing a"
    " government source.",
    "The North fired two short-range ballistic missiles into the East Sea, ⟦A:Yonhap|Yonhap news"
    " agency said⟧, quoting the military.",
    "Moscow has no plans to close its embassy, the deputy foreign minister ⟦A:TASS|told TASS⟧.",
    "The eruption sent an ash column 3 km into the sky, ⟦A:Antara|state news agency Antara reported⟧.",
    "\"We are not going to raise prices this year,\" the chief executive said ⟦A:Bloomberg|in an"
    " interview with Bloomberg Television⟧.",
    "The factory was running at about half its capacity, ⟦A:Reuters|according to a Reuters review⟧ of"
    " shipping records.",
    "The junta's spokesman ⟦A:AFP|said in a statement sent to AFP⟧ that the elections would be held"
    " \"when conditions allow\".",
    "Two people were killed in the blast, ⟦A:dpa|German news agency dpa reported⟧.",
    "The opposition leader was taken to hospital, ⟦A:EFE|Spanish news agency EFE said⟧.",
    "Rome's mayor confirmed the closure of the metro line, ⟦A:ANSA|ANSA news agency reported⟧.",
    "Malaysia's palm oil stocks are expected to rise to 2.1 million tonnes, ⟦A:Bernama|Bernama"
    " reported⟧, quoting the plantation industries minister.",
    "The state-owned carrier plans to lease six more aircraft, ⟦A:APP|the Associated Press of"
    " Pakistan reported⟧.",
    "The price of onions has tripled in a month, traders ⟦A:UPI|told UPI⟧.",
    "The party's candidate won 58% of the vote, ⟦A:Associated Press|an AP tally showed⟧.",
    # combined, inline, sign-offs, bylines
    "Police fired tear gas at students marching on parliament, witnesses said. ⟦I:AFP|(AFP)⟧",
    "The ministry said the death toll had risen to 19. ⟦I:Reuters|— with Reuters⟧",
    "Markets in the Gulf were mixed on Sunday as investors weighed oil prices and earnings. —"
    " ⟦C:Reuters|Reuters⟧/⟦C:AFP|AFP⟧",
    "Floods have forced some 43,000 people from their homes in the south of the country since last"
    " week. (⟦C:Reuters|Reuters⟧, ⟦C:AFP|AFP⟧)",
    "Both leaders agreed to reopen the border crossing by the end of the month. With inputs from"
    " ⟦C:PTI|PTI⟧ and ⟦C:ANI|ANI⟧",
    "The Dubai Metro will run around the clock during the holidays, the transport authority said."
    " ⟦S:AFP|— AFP⟧",
    "The court adjourned the hearing to March 14. ⟦S:PTI|— PTI⟧",
    "The water level in the dam has reached 88 per cent of capacity.\n\n⟦S:IANS|--IANS⟧\nrs/vd",
    "The ministry has urged the public not to share unverified videos. ⟦S:Bernama|-- BERNAMA⟧",
    "Authorities have set up 12 relief camps along the river.\n\n⟦S:Reuters|(Reporting by Aditi"
    " Banerjee in Mumbai; Editing by Martin Holt)⟧",
    "The company did not respond to a request for comment.\n\n⟦S:Reuters|Reporting by Chidi Okafor;"
    " Additional reporting by Lena Fischer in Berlin; Editing by Rosalind Pike⟧",
    "⟦S:Associated Press|Associated Press writer Daniel Herrera in Mexico City contributed to this"
    " report⟧.",
    "The festival runs through Sunday, with tickets sold out for every night.\n\n⟦S:Associated"
    " Press|Copyright 2026 The Associated Press⟧.",
    "⟦B:AFP|By AFP⟧\nPublished: 09:14 GMT, 3 April 2026\n\nFishermen in Senegal say foreign trawlers"
    " have emptied their waters.",
    "⟦B:Reuters|By Reuters⟧ | Updated 6:22 PM ET\n\nThe U.S. Senate on Thursday passed a stopgap"
    " spending bill.",
    "⟦B:AFP|Agence France-Presse⟧ in Kinshasa\nCongo's army says it has retaken two towns from rebels.",
    "⟦B:Bloomberg|Bloomberg⟧\nMarch 12, 2026 at 4:10 AM GMT+8\n\nChina's property sales fell for a"
    " ninth month.",
    "A photograph of the site released by the army. (Photo: AFP)\nThe army said its troops had"
    " cleared the area of mines. ⟦S:AFP|— AFP⟧",
    "Prices of sugar rose sharply in Karachi's wholesale market on Monday.\n\n⟦S:APP|(APP)⟧",
    "Work on the flyover is likely to be finished before Diwali, officials said.\n(Except for the"
    " headline, this copy has not been edited by staff and is published from a syndicated feed.)"
    " ⟦S:PTI|— PTI⟧",
    "MUSCAT: The Sultanate recorded 2.1 million tourist arrivals last year, the ministry said."
    " ⟦S:Xinhua|— Xinhua⟧",
    "Both companies said the deal was subject to regulatory approval.\n\n⟦S:Bloomberg|©2026 Bloomberg"
    " L.P.⟧",
    "Officials say the visa scheme will be expanded to 12 more countries. ⟦S:Anadolu|— Anadolu Agency⟧",
    "The terminal, due to open in 2029, will be able to take 10 million passengers a year."
    " ⟦S:Kyodo|==Kyodo⟧",
    # more datelines, sign-offs and mixed credits
    "CALGARY, Alberta, Jan. 12, 2026 ⟦D:Globe Newswire|(GLOBE NEWSWIRE)⟧ -- Pinecrest Midstream Ltd."
    " has completed a C$60 million bought deal financing, the company said in a release.",
    "NEW YORK, June 2, 2026 ⟦D:Globe Newswire|(GLOBE NEWSWIRE)⟧ -- Vantor Health Holdings will hold a"
    " conference call on June 9 to discuss its first-quarter results.",
    "NEW YORK & LONDON--⟦D:Business Wire|(BUSINESS WIRE)⟧--Aldermoor Partners, a private credit"
    " manager, has hired three portfolio managers from a rival firm.",
    "WASHINGTON, March 8 ⟦D:UPI|(UPI)⟧ -- A federal judge in Texas blocked a rule that would have"
    " required banks to report cash transfers over $3,000.\n\n⟦S:UPI|Copyright 2026 United Press"
    " International, Inc.⟧",
    "TOKYO, May 2 ⟦D:Reuters|(Reuters)⟧ - Japan's household spending fell for a fourth month in March"
    " as higher food prices squeezed budgets, government data showed on"
    " Friday.\n\n(⟦S:Reuters|Reporting by Keiko Mori; Editing by Jamie Crawford⟧)",
    "DUBAI ⟦D:Associated Press|(AP)⟧ — Iran's currency fell to a record low against the dollar on"
    " Saturday as talks over its nuclear program stalled.\n\n⟦S:Associated Press|Associated Press"
    " writer Nasser Karimi in Tehran contributed⟧.",
    "KUALA LUMPUR, Feb 2 ⟦D:Bernama|(Bernama)⟧ -- Malaysia will open three more consulates in China"
    " this year to handle the rise in visa applications, said the foreign minister. ⟦S:Bernama|--"
    " BERNAMA⟧",
    "MANILA — Government troops killed four suspected members of an armed group in Basilan on Sunday,"
    " a military spokesman told reporters, adding that AFP troops had also seized rifles,"
    " ⟦A:Reuters|Reuters reported⟧.",
    "Dubai: Emirates will add a fourth daily flight to London Gatwick from October, the airline said"
    " on Tuesday.\n(With inputs from WAM and ⟦C:AFP|AFP⟧)",
    "DAR ES SALAAM — Tanzania's parliament on Thursday passed a bill allowing private firms to run"
    " parts of Dar es Salaam port. ⟦S:AFP|— AFP⟧",
    "JOHANNESBURG - Eskom said on Monday it would suspend power cuts for the weekend after three"
    " generating units came back online. ⟦I:Reuters|(Reuters)⟧",
    "A view of the flooded highway near Cagayan de Oro. AFP PHOTO\nAt least 12 people drowned after"
    " two days of rain, the provincial disaster office said. ⟦S:AFP|— Agence France-Presse⟧",
    "The insurer's shares rose 4% in Hong Kong after the results.\n\n⟦S:Bloomberg|This article was"
    " originally published by Bloomberg⟧.",
    "Colombo, Nov 30 ⟦D:PTI|(PTI)⟧ Sri Lanka's parliament on Sunday approved a supplementary budget"
    " for cyclone relief. ⟦S:PTI|PTI CORR ZH⟧",
    "Hong Kong stocks ended the week lower as investors weighed Beijing's property measures,"
    " ⟦A:Reuters|Reuters reported⟧.",
    "SEOUL ⟦D:Yonhap|(Yonhap)⟧ -- The defense ministry said Tuesday it would deploy additional"
    " anti-drone systems along the border by summer.",
    "The governor said the state would appeal the ruling, ⟦A:UPI|UPI reported⟧.",
    "Spain's jobless rate fell to 10.4% in the third quarter, ⟦A:Europa Press|Europa Press reported⟧,"
    " citing the national statistics office.",
    "The pilot reported engine trouble shortly before the crash, an official ⟦A:Anadolu|told Anadolu"
    " Agency⟧ on condition of anonymity.",
    # negatives
    N("subject", "Reuters is moving part of its Asia editing desk from Singapore to Bengaluru,"
      " according to a memo sent to staff on Tuesday."),
    N("subject", "The Associated Press will stop licensing its video archive to two streaming"
      " platforms from June, a company spokeswoman said."),
    N("homonym", "The AFP said it had charged a 34-year-old Sydney man over the importation of 90"
      " kilograms of methamphetamine."),
    N("homonym", "The AFP's 4th Infantry Division said troops clashed with a band of communist rebels"
      " in Bukidnon on Sunday."),
    N("homonym", "PTI workers staged a protest outside the Lahore Press Club demanding the release of"
      " their leaders."),
    N("homonym", "The AP government has sanctioned Rs 120 crore for the development of ports at"
      " Machilipatnam."),
    N("homonym", "Students who pass AP Chemistry with a score of 4 can skip the first-year course at"
      " the university."),
    N("homonym", "Ani Kurosawa, 29, will play the lead in the company's new production of Giselle."),
    N("homonym", "The government has made UPI transactions above Rs 2,000 free of merchant charges"
      " until March."),
    N("homonym", "Anadolu Efes beat Real Madrid 88-81 in Istanbul on Thursday night."),
    N("homonym", "A four-pack of AA batteries now costs more than a loaf of bread in parts of the"
      " country."),
    N("homonym", "Delegates will stay at the Xinhua Hotel on the east side of the square."),
    N("homonym", "Michael Bloomberg pledged $50 million to help cities plant trees."),
    N("homonym", "The bank entered into a DPA with the Serious Fraud Office under which it pays £38"
      " million."),
    N("word", "The DEFENCE Ministry has asked for an increase in next year's budget."),
    N("photo", "Firefighters battle the blaze in the hills above the city on Saturday. REUTERS/Carlos"
      " Ruiz"),
    N("photo", "Rescue workers search the rubble of a collapsed building. (AP Photo/Nadia Karim)"),
    N("photo", "Supporters of the opposition gather in the capital. Photo: AFP"),
    N("url", "Follow the live coverage at apnews.com/live for updates through the night."),
    N("url", "Press enquiries should be sent to mediarelations@bloomberg.net."),
    N("list", "Journalists from Reuters, AFP and Al Jazeera were turned away at the checkpoint."),
    N("list", "The prime minister gave interviews to the BBC, Bloomberg and two local channels."),
    N("unverified", "Reuters could not immediately verify the footage, which appeared to show smoke"
      " rising from the port."),
    N("unverified", "The claims could not be independently verified by AFP."),
    N("poll", "A Reuters/Ipsos poll released on Tuesday showed the president's approval at 39%."),
    N("chart", "Chart: Rice prices in Asia, 2020-2026. Source: Bloomberg"),
    N("generic", "(With agency inputs)"),
    N("generic", "The tanker was freed after a three-day stand-off. — Agencies"),
    N("generic", "Compiled by our staff from wire reports."),
    N("subject", "Former Reuters correspondent Hamid Qureshi has published a memoir of his years in"
      " Kabul."),
    N("subject", "PTI's board has appointed a new editor-in-chief after the retirement of its"
      " long-time chief."),
    N("subject", "Bernama TV will broadcast the King's speech live at 9 pm."),
    N("subject", "Researchers at the Reuters Institute in Oxford will publish their study of podcast"
      " audiences next week."),
    N("subject", "Traders in the city now pay more for a Bloomberg terminal than for their office rent."),
    N("homonym", "AP Dhillon will headline the festival in Mumbai on December 20."),
    N("homonym", "Shares in A.P. Moller-Maersk slipped after the shipping line flagged weaker freight"
      " rates."),
    N("subject", "PR Newswire's parent company said it would cut 5% of its workforce."),
    N("url", "The full release is available at www.globenewswire.com/news-release."),
    N("subject", "Business Wire, a unit of Berkshire Hathaway, opened an office in Riyadh."),
    N("homonym", "Ani DiFranco's new album is her first in six years."),
    N("photo", "Residents carry belongings out of a flooded barangay in Marikina. (Xinhua/Rouelle Umali)"),
    N("generic", "— Staff and wire reports"),
    N("list", "The ministry accredited 40 foreign journalists, including reporters from Kyodo, Yonhap"
      " and TASS."),
]

# ---------------------------------------------------------------------------------------------
# Spanish: Spain and Latin America (EFE, Europa Press, AFP, reprints in Mexico, Argentina, Chile)
# ---------------------------------------------------------------------------------------------
ES: list[str | Neg] = [
    "Guadalajara (México), 14 mar ⟦D:EFE|(EFE)⟧.- Las autoridades de Jalisco cerraron este viernes"
    " tres balnearios tras detectar bacterias en el agua de las albercas.",
    "Bogotá, 2 oct ⟦D:EFE|(EFE)⟧.- El Gobierno colombiano anunció este jueves un plan para sustituir"
    " 20.000 hectáreas de cultivos de coca en el Catatumbo.",
    "SEVILLA, 23 Abr. ⟦D:Europa Press|(EUROPA PRESS)⟧ - La Junta sacará a concurso en mayo las obras"
    " del nuevo hospital de Mairena del Aljarafe, con un presupuesto de 96 millones.",
    "ZARAGOZA, 7 ⟦D:Europa Press|(EUROPA PRESS)⟧ El tranvía de Zaragoza funcionará toda la noche"
    " durante las fiestas del Pilar, según anunció el consistorio.",
    "BUENOS AIRES, 9 jun ⟦D:Reuters|(Reuters)⟧ - La inflación mayorista de Argentina se desaceleró en"
    " mayo al 1,8%, informó el martes el instituto de estadísticas.",
    "CIUDAD DE MÉXICO ⟦D:Associated Press|(AP)⟧ — Un sismo de magnitud 5,9 sacudió el sur de México"
    " el domingo sin que se reportaran daños graves, informó el Servicio Sismológico Nacional.",
    "LIMA ⟦D:AFP|(AFP)⟧ - El Parlamento de Perú dio luz verde el miércoles a una ley que amplía por"
    " diez años las concesiones de las minas informales.",
    "Montevideo, 18 nov ⟦D:Xinhua|(Xinhua)⟧ -- Uruguay exportó 410.000 toneladas de carne bovina en"
    " los primeros diez meses del año, según el instituto nacional de carnes.",
    "MIAMI, 5 de mayo de 2026 ⟦D:PR Newswire|/PRNewswire-HISPANIC PR WIRE/⟧ -- Grupo Alvara inaugura"
    " hoy un centro de distribución de 40.000 metros cuadrados en Doral.",
    "MADRID--⟦D:Business Wire|(BUSINESS WIRE)⟧--Veltria Energía ha cerrado la financiación de tres"
    " parques solares en Extremadura por 180 millones de euros.",
    "El presidente del Gobierno visitará la zona afectada por el incendio el lunes, ⟦A:Europa"
    " Press|según han trasladado a Europa Press⟧ fuentes gubernamentales.",
    "La empresa estatal prevé duplicar su producción de litio en 2028, ⟦A:Bloomberg|según informó"
    " Bloomberg⟧, que cita a fuentes del sector.",
    "\"Aquí nadie se va\", ⟦A:EFE|contó a EFE⟧ Rosa Quispe, vecina del cerro San Cristóbal.",
    "La cifra de fallecidos se elevó a 23, ⟦A:AFP|de acuerdo con un balance de la AFP⟧ elaborado a"
    " partir de datos oficiales.",
    "El ministro aseguró que el acuerdo se firmará antes de fin de año, ⟦A:Reuters|informó la agencia"
    " Reuters⟧.",
    "Los manifestantes bloquearon la carretera Panamericana durante seis horas, ⟦A:ANSA|según la"
    " agencia italiana ANSA⟧.",
    "El Papa recibirá al presidente chileno en el Vaticano el 12 de junio. (⟦C:EFE|EFE⟧ y ⟦C:AFP|AFP⟧)",
    "Los precios del cobre cayeron un 2 % en la bolsa de metales de Londres.\nCon información de"
    " ⟦C:Reuters|Reuters⟧ y ⟦C:Bloomberg|Bloomberg⟧",
    "La Fiscalía pidió 12 años de prisión para el exalcalde. ⟦S:EFE|EFE mgc/jla⟧",
    "Las autoridades declararon duelo oficial hasta el miércoles.\n\n⟦S:AFP|AFP⟧",
    "Las clases se reanudarán el próximo lunes en todo el estado. ⟦I:Associated Press|(AP)⟧",
    "⟦B:EFE|Agencia EFE⟧ | Caracas\n\nLos partidos de oposición llamaron a protestar el sábado frente"
    " a la sede del CNE.",
    "⟦B:AFP|Por AFP⟧\n\nLa erupción del volcán obligó a evacuar a 3.000 personas en el sur de Guatemala.",
    "El Banco Central mantuvo su tasa de referencia en el 11 %. ⟦I:Europa Press|(Europa Press)⟧",
    "BRUSELAS, 30 Ene. (⟦C:Europa Press|EP⟧/⟦C:EFE|EFE⟧) - La Comisión Europea propuso este jueves un"
    " fondo común para la compra de munición.",
    "SAN JOSÉ, Costa Rica--⟦D:Business Wire|(BUSINESS WIRE)⟧--Pacífica Dispositivos Médicos anunció"
    " hoy la ampliación de su planta de catéteres en Cartago.",
    # negativos
    N("subject", "La agencia EFE celebra este año su 87 aniversario con una exposición de fotografías"
      " en Madrid."),
    N("word", "El EFECTO de la sequía se notó en los embalses del Segura, que están al 14 % de su"
      " capacidad."),
    N("homonym", "La AFP Capital informó que la rentabilidad de su fondo A fue del 6,1 % en lo que va"
      " del año."),
    N("photo", "Vista del puerto de Valparaíso tras el temporal. EFE/Ailen Díaz"),
    N("generic", "Redacción / Agencias"),
    N("url", "Suscríbase al boletín en boletines.efe.com para recibir las noticias del día."),
    N("list", "Periodistas de EFE, Reuters y la televisión local quedaron fuera del recinto."),
    N("unverified", "Reuters no pudo confirmar por su cuenta las imágenes que circulan en redes."),
    N("homonym", "El equipo de Anadolu Efes viajará a Valencia para el partido de la Euroliga."),
    N("subject", "Los trabajadores de Europa Press convocaron una huelga de dos días por el convenio."),
    N("poll", "Una encuesta de Reuters/Ipsos sitúa al candidato oficialista en segundo lugar."),
]

# ---------------------------------------------------------------------------------------------
# French: France, Belgium, Switzerland, Africa, Quebec
# ---------------------------------------------------------------------------------------------
FR: list[str | Neg] = [
    "DAKAR, 11 mars 2026 ⟦D:AFP|(AFP)⟧ - Le Sénégal a suspendu jeudi les licences de pêche de six"
    " chalutiers étrangers soupçonnés de pêche illégale, a annoncé le ministère.",
    "Bamako ⟦D:AFP|(AFP)⟧ - Une centaine de commerçants ont manifesté samedi dans la capitale"
    " malienne contre les coupures d'électricité à répétition.",
    "Lyon ⟦D:AFP|(AFP)⟧ – Un entrepôt de la zone industrielle de Vénissieux a pris feu dans la nuit"
    " de dimanche à lundi; aucun blessé n'a été signalé.",
    "GENÈVE, 4 juin ⟦D:Reuters|(Reuters)⟧ - Le géant suisse du négoce Carvalis a annoncé mercredi la"
    " suppression de 300 postes dans son siège genevois.",
    "MONTRÉAL ⟦D:Associated Press|(AP)⟧ — Des milliers de résidents du Québec étaient toujours privés"
    " d'électricité lundi après le passage d'une tempête de verglas.",
    "BERLIN, 9 fév ⟦D:Xinhua|(Xinhua)⟧ -- Le taux de chômage en Allemagne est resté stable à 6,2 % en"
    " janvier, selon l'Agence fédérale pour l'emploi.",
    "ANKARA ⟦D:Anadolu|(AA)⟧ - La Turquie a déployé trois avions bombardiers d'eau en Grèce pour"
    " aider à lutter contre les feux de forêt.",
    "PARIS, 6 octobre 2026 ⟦D:PR Newswire|/PRNewswire/⟧ -- Sélène Biotech annonce aujourd'hui le"
    " lancement d'un essai clinique de phase 3 pour son traitement de la fibrose hépatique.",
    "Le bilan des inondations s'est alourdi à 14 morts, ⟦A:AFP|selon un décompte de l'AFP⟧ établi à"
    " partir de sources locales.",
    "\"On a tout perdu\", ⟦A:AFP|a raconté à l'AFP⟧ Aminata Koné, commerçante au marché central.",
    "Le gouvernement envisage de relever la TVA sur les billets d'avion, ⟦A:Reuters|rapporte Reuters⟧.",
    "Le président a démissionné de son poste dans la matinée, ⟦A:Associated Press|a indiqué"
    " l'Associated Press⟧.",
    "La navette spatiale s'est amarrée à la station orbitale dimanche, ⟦A:Xinhua|a rapporté l'agence"
    " Chine nouvelle⟧.",
    "Le constructeur prévoit de fermer deux usines en Europe, ⟦A:Bloomberg|a révélé Bloomberg⟧ mardi.",
    "L'armée a repris le contrôle de la ville, ⟦A:TASS|a affirmé l'agence russe TASS⟧, citant le"
    " ministère de la Défense.",
    "Le ministre ⟦A:ANSA|a confirmé la nouvelle à l'agence italienne Ansa⟧.",
    "Le projet de loi sera examiné en septembre à l'Assemblée nationale. (⟦C:AFP|AFP⟧,"
    " ⟦C:Reuters|Reuters⟧)",
    "Les pompiers ont maîtrisé le feu vers 3 h du matin.\n\nLe Parisien ⟦S:AFP|avec AFP⟧",
    "La commune sera privée d'eau potable jusqu'à jeudi. (⟦S:AFP|avec AFP⟧)",
    "Le festival accueillera 200 000 visiteurs cette année, selon les organisateurs. ⟦I:AFP|(AFP)⟧",
    "La grève des contrôleurs aériens a été levée dans la nuit.\n\n⟦S:AFP|© 2026 AFP⟧",
    "⟦B:AFP|Par AFP⟧\nPublié le 12/05/2026 à 18h40\n\nLa Banque centrale européenne a laissé ses taux"
    " inchangés.",
    "KINSHASA ⟦D:Reuters|(Reuters)⟧ - L'armée congolaise a lancé une offensive dans le Nord-Kivu, a"
    " déclaré dimanche son porte-parole. Reuters n'a pas pu vérifier ces informations de source"
    " indépendante.",
    # négatifs
    N("subject", "L'AFP a inauguré son nouveau bureau régional à Nairobi en présence de son PDG."),
    N("homonym", "L'AP-HP a annoncé le recrutement de 800 infirmiers pour l'été."),
    N("photo", "Des manifestants devant la préfecture de Rennes, le 4 mars. (Photo Jean Martin / AFP)"),
    N("unverified", "Ce nombre de victimes, avancé par les rebelles, n'a pu être confirmé par l'AFP."),
    N("generic", "(Avec agences)"),
    N("url", "Les dépêches sont consultables sur afp.com/fr/actualites."),
    N("list", "Plusieurs reporters, dont ceux de France 24, Reuters et l'AFP, ont été refoulés à la"
      " frontière."),
    N("homonym", "Fritz Reuter est l'un des auteurs les plus lus en bas allemand."),
    N("subject", "Le directeur de l'information de Reuters a quitté ses fonctions vendredi."),
    N("chart", "Graphique : les prix du blé depuis 2020. Source : Bloomberg"),
]

# ---------------------------------------------------------------------------------------------
# German: Germany, Austria, Switzerland
# ---------------------------------------------------------------------------------------------
DE: list[str | Neg] = [
    "Hannover ⟦D:dpa|(dpa)⟧ - Ein Güterzug ist am Sonntagmorgen bei Lehrte entgleist; verletzt wurde"
    " niemand, die Strecke bleibt aber bis Dienstag gesperrt.",
    "Rostock ⟦D:dpa|(dpa/mv)⟧ - Die Fähre nach Gedser fällt wegen eines Maschinenschadens bis Ende"
    " der Woche aus.",
    "Erfurt/Jena ⟦D:dpa|(dpa/th)⟧ - Die Universität Jena will bis 2030 alle Gebäude mit Fernwärme"
    " versorgen.",
    "Wien ⟦D:dpa|(dpa)⟧ - Pensionistinnen und Pensionisten in Österreich bekommen ab Juli eine"
    " Einmalzahlung von 300 Euro, beschloss der Ministerrat.",
    "Zürich ⟦D:Reuters|(Reuters)⟧ - Die Schweizer Großbank Helvetia Privat streicht in der"
    " Vermögensverwaltung rund 400 Stellen.",
    "FRANKFURT ⟦D:Reuters|(Reuters)⟧ - Der Dax hat am Montag nach schwachen Konjunkturdaten aus China"
    " leicht nachgegeben.",
    "Istanbul ⟦D:AFP|(AFP)⟧ - Bei einem Brand in einer Textilfabrik am Stadtrand sind mindestens fünf"
    " Arbeiter ums Leben gekommen.",
    "Peking ⟦D:Xinhua|(Xinhua)⟧ -- Chinas Industrieproduktion ist im März um 5,9 Prozent gestiegen,"
    " teilte das Statistikamt mit.",
    "MÜNCHEN, 14. April 2026 ⟦D:PR Newswire|/PRNewswire/⟧ -- Die Nordwell Software GmbH gibt die"
    " Übernahme eines Berliner Start-ups bekannt.",
    "Der Bürgermeister ⟦A:dpa|sagte der Deutschen Presse-Agentur⟧, die Sanierung der Brücke werde"
    " frühestens im Herbst beginnen.",
    "Die Zahl der Todesopfer stieg auf 31, ⟦A:dpa|wie die dpa aus Sicherheitskreisen erfuhr⟧.",
    "Der Konzern plant den Verkauf seiner Chemiesparte, ⟦A:Bloomberg|berichtete die"
    " Finanznachrichtenagentur Bloomberg⟧ unter Berufung auf Insider.",
    "Die Armee habe zwei Dörfer zurückerobert, ⟦A:TASS|meldete die russische Staatsagentur Tass⟧.",
    "Das Parlament hat den Haushalt mit knapper Mehrheit verabschiedet, ⟦A:ANSA|berichtete die"
    " italienische Nachrichtenagentur Ansa⟧.",
    "Nach Angaben der Feuerwehr wurde niemand verletzt, ⟦A:Associated Press|meldete die"
    " Nachrichtenagentur AP⟧.",
    "Ein Sprecher des Ministeriums ⟦A:Reuters|bestätigte der Nachrichtenagentur Reuters⟧ den Vorfall.",
    "Bei dem Erdbeben kamen ⟦A:Anadolu|laut der staatlichen Nachrichtenagentur Anadolu⟧ mindestens"
    " drei Menschen ums Leben.",
    "Die Gespräche sollen am Donnerstag fortgesetzt werden. ⟦S:dpa|dpa mb yyzz⟧",
    "Die Polizei sucht nach Zeugen.\n\n⟦S:dpa|© dpa-infocom, dpa:260311-99-482715/3⟧",
    "Die Waffenruhe gilt zunächst für 72 Stunden.\nslo/⟦C:AFP|AFP⟧/⟦C:Reuters|rtr⟧",
    "Das Abkommen soll im Mai unterzeichnet werden. ⟦S:dpa|Quelle: dpa⟧",
    "Die Ausstellung ist bis zum 30. September zu sehen. (APA/⟦C:dpa|dpa⟧)",
    "Die Preise für Heizöl sind im Jänner deutlich gesunken. (SDA/⟦C:AFP|AFP⟧)",
    "⟦B:dpa|Von dpa⟧\nAktualisiert am 08.02.2026, 14:12 Uhr\n\nDer Sturm hat in Norddeutschland"
    " zahlreiche Bäume entwurzelt.",
    "Die Bahn rechnet mit Verspätungen bis in den Abend. ⟦I:dpa|(dpa)⟧",
    "HAMBURG, Deutschland, 3. März 2026 ⟦D:Globe Newswire|(GLOBE NEWSWIRE)⟧ -- Die Elbmarsch Wind AG"
    " hat die Finanzierung für zwei Offshore-Projekte in der Nordsee abgeschlossen.",
    # Negative
    N("subject", "Die Deutsche Presse-Agentur hat eine neue Chefredakteurin berufen."),
    N("homonym", "Die Datenschutzbehörde (DPA) von Hamburg hat ein Bußgeld gegen den Onlinehändler"
      " verhängt."),
    N("word", "Im Hinterhof wuchert Efeu bis unters Dach der alten Scheune."),
    N("photo", "Spaziergänger am zugefrorenen Titisee. Foto: Patrick Seeger/dpa"),
    N("url", "Hinweise zum Lizenzmodell stehen auf dpa-newslab.de/lizenzen bereit."),
    N("generic", "(Agenturen/red)"),
    N("list", "Zum Pressegespräch waren Vertreter von dpa, Reuters und des ORF eingeladen."),
    N("unverified", "Reuters konnte die Echtheit des Videos nicht bestätigen."),
    N("homonym", "Die Reuter-Gesellschaft lädt zu einer Lesung aus den Werken Fritz Reuters ein."),
]

# ---------------------------------------------------------------------------------------------
# Italian
# ---------------------------------------------------------------------------------------------
IT: list[str | Neg] = [
    "⟦D:ANSA|(ANSA)⟧ - NAPOLI, 22 SET - Un uomo di 58 anni è stato arrestato dalla polizia a"
    " Secondigliano con due chili di cocaina nascosti in auto.",
    "⟦D:ANSA|(ANSA)⟧ - MILANO, 3 FEB - Piazza Affari termina la seduta con un guadagno dello 0,8%,"
    " spinta da Unicredit e Intesa.",
    "TRENTO, 11 ⟦D:ANSA|(ANSA)⟧ - La Provincia ha stanziato 12 milioni per la messa in sicurezza"
    " delle strade di montagna.",
    "PALERMO ⟦D:ANSA|(ANSA)⟧ - Incendio nella notte in un capannone nella zona industriale di Carini,"
    " nessun ferito.",
    "(⟦C:ANSA|ANSA⟧-⟦C:AFP|AFP⟧) - PARIGI, 7 MAR - Parigi mette sul tavolo 2 miliardi per le case"
    " popolari nelle periferie.",
    "(⟦C:ANSA|ANSA⟧-⟦C:Reuters|REUTERS⟧) - WASHINGTON, 19 GIU - La Fed tiene fermo il costo del"
    " denaro per la quarta riunione di fila.",
    "ROMA ⟦D:Reuters|(Reuters)⟧ - Il Tesoro ha collocato Btp a 10 anni per 4 miliardi di euro con un"
    " rendimento del 3,6%.",
    "(⟦C:ANSA|ANSA⟧-⟦C:Xinhua|XINHUA⟧) - PECHINO, 2 OTT - Un razzo Lunga Marcia ha messo in orbita un"
    " satellite per il monitoraggio degli oceani.",
    "Il sindaco ⟦A:ANSA|ha detto all'ANSA⟧ che il ponte sarà riaperto entro Natale.",
    "Sono almeno dodici i morti nel crollo della miniera, ⟦A:AFP|secondo quanto riferisce l'Afp⟧.",
    "L'azienda starebbe valutando la cessione della divisione tessile, ⟦A:Bloomberg|riporta Bloomberg⟧.",
    "Il raccolto di grano è aumentato del 4%, ⟦A:Xinhua|ha riferito l'agenzia Nuova Cina⟧, citando"
    " fonti del ministero.",
    "Due militari sono rimasti feriti nell'attacco, ⟦A:Associated Press|riferisce l'Associated Press⟧.",
    "Il presidente turco ha ricevuto il premier a Istanbul, ⟦A:Anadolu|secondo l'agenzia Anadolu⟧.",
    "Il premier ⟦A:EFE|ha confermato la data delle elezioni all'agenzia spagnola Efe⟧.",
    "L'incontro è previsto per la prossima settimana. ⟦I:ANSA|(ANSA)⟧.\nRG",
    "Il museo resterà chiuso fino a lunedì.\n\n⟦S:ANSA|RIPRODUZIONE RISERVATA © Copyright ANSA⟧",
    "⟦B:ANSA|Redazione ANSA⟧\nBOLOGNA\n\nLa neve ha bloccato l'autostrada A1 tra Bologna e Firenze"
    " per tre ore.",
    "Il governo tedesco ha approvato il pacchetto sull'energia nella notte. ⟦I:dpa|(dpa)⟧",
    # negativi
    N("word", "Il fiume forma un'ansa stretta poco prima del paese, dove l'acqua ha invaso i campi."),
    N("subject", "L'ANSA ha festeggiato i suoi 80 anni con una mostra fotografica al Vittoriano."),
    N("photo", "I soccorritori al lavoro tra le macerie. ANSA/CIRO FUSCO"),
    N("url", "Le notizie sono disponibili anche sul sito www.ansa.it/english."),
    N("homonym", "Il gruppo ANSA McAL ha acquistato un nuovo stabilimento a Trinidad."),
    N("generic", "Fonte: agenzie internazionali"),
    N("list", "In sala erano presenti giornalisti dell'ANSA, della Rai e di Reuters."),
    N("unverified", "La notizia non ha trovato conferme indipendenti da parte dell'Afp."),
    N("homonym", "Il marchio Anadolu Sigorta sponsorizzerà la squadra di pallavolo."),
]

# ---------------------------------------------------------------------------------------------
# Portuguese: Brazil and Portugal
# ---------------------------------------------------------------------------------------------
PT: list[str | Neg] = [
    "SÃO PAULO, 17 Mar ⟦D:Reuters|(Reuters)⟧ - A produção de veículos no Brasil recuou 3,4% em"
    " fevereiro na comparação anual, informou nesta terça-feira a associação das montadoras.",
    "BRASÍLIA ⟦D:Reuters|(Reuters)⟧ - O Senado aprovou nesta quarta-feira o texto-base da reforma do"
    " setor elétrico, que segue agora para sanção presidencial.",
    "Luanda ⟦D:AFP|(AFP)⟧ - Cerca de 2.000 famílias foram desalojadas pelas chuvas na província"
    " angolana de Benguela, indicou a proteção civil.",
    "Maputo, 4 jun ⟦D:EFE|(EFE)⟧.- O Governo moçambicano declarou estado de emergência em três"
    " distritos de Cabo Delgado devido a um surto de cólera.",
    "RIO DE JANEIRO ⟦D:Associated Press|(AP)⟧ — Um deslizamento de terra em Petrópolis deixou ao"
    " menos quatro mortos na madrugada de domingo, segundo os bombeiros.",
    "Pequim, 20 ago ⟦D:Xinhua|(Xinhua)⟧ -- As exportações chinesas para o Brasil cresceram 11% nos"
    " primeiros sete meses do ano.",
    "SÃO PAULO, 2 de setembro de 2026 ⟦D:PR Newswire|/PRNewswire/⟧ -- A Tavira Pagamentos anuncia"
    " hoje a chegada de sua plataforma ao mercado mexicano.",
    "O banco central deve manter a Selic em 12,25% na próxima reunião, ⟦A:Reuters|segundo pesquisa da"
    " Reuters⟧ com 31 economistas.",
    "\"A água chegou ao telhado em meia hora\", ⟦A:AFP|contou à AFP⟧ o pescador Joaquim Nhaca.",
    "A Vale de Minas avalia se desfazer de dois terminais portuários no Maranhão, ⟦A:Bloomberg|de"
    " acordo com a Bloomberg⟧.",
    "O presidente argentino chegou a Brasília na noite de segunda-feira, ⟦A:EFE|informou a agência EFE⟧.",
    "Três soldados morreram no ataque, ⟦A:Associated Press|disse a agência Associated Press⟧.",
    "O navio foi liberado após dois dias, ⟦A:TASS|segundo a agência russa Tass⟧.",
    "A reunião dos ministros terminou sem acordo.\n\n(⟦S:Reuters|Com Reuters⟧)",
    "O preço do café arábica subiu 6% na semana. (⟦C:Reuters|Reuters⟧ e ⟦C:Bloomberg|Bloomberg⟧)",
    "As buscas foram retomadas nesta manhã. ⟦I:AFP|(AFP)⟧",
    "⟦B:AFP|Da AFP⟧\n\nO papa Leão XIV nomeou nesta sexta-feira um novo arcebispo para Lisboa.",
    "⟦B:EFE|Por EFE⟧\n\nA Argentina registrou superávit comercial pelo oitavo mês consecutivo.",
    "As exportações de soja devem bater recorde em 2026. (⟦S:Reuters|Reportagem de Marcela Ayres;"
    " Edição de Pedro Fonseca⟧)",
    "O ministro da Defesa italiano confirmou a compra de 12 helicópteros, ⟦A:ANSA|segundo a agência ANSA⟧.",
    "A polícia alemã prendeu três suspeitos em Hamburgo, ⟦A:dpa|informou a agência dpa⟧.",
    # negativos
    N("homonym", "Macapá (AP) - A Prefeitura de Macapá decretou situação de emergência por causa da"
      " cheia do rio Amazonas."),
    N("homonym", "O governador do AP se reuniu com o ministro dos Transportes para discutir a BR-156."),
    N("word", "Com o novo concurso, o EFETIVO de guardas municipais de Curitiba passa de 1.500 para"
      " 1.900."),
    N("generic", "*Com informações de agências"),
    N("photo", "Bombeiros trabalham no resgate em Petrópolis. Foto: Mauro Pimentel/AFP"),
    N("subject", "A Reuters abriu um processo seletivo para repórteres de economia em São Paulo."),
    N("url", "Leia a íntegra em www.efe.com/portugues."),
    N("list", "A visita foi acompanhada por equipes da TV Globo, da Reuters e da AFP."),
    N("unverified", "O vídeo, que circula desde domingo, não pôde ser autenticado pela Reuters."),
]

# ---------------------------------------------------------------------------------------------
# Indonesian
# ---------------------------------------------------------------------------------------------
ID: list[str | Neg] = [
    "Jakarta ⟦D:Antara|(ANTARA)⟧ - Kementerian Perhubungan menyiapkan 1.200 bus tambahan untuk"
    " angkutan mudik Lebaran tahun ini, kata seorang pejabat di Jakarta, Selasa.",
    "Denpasar ⟦D:Antara|(ANTARA)⟧ - Pemerintah Provinsi Bali akan memungut retribusi tambahan bagi"
    " wisatawan asing yang mendaki Gunung Batur mulai Juli.",
    "Medan, 12/5 ⟦D:Antara|(Antara)⟧ - Harga cabai merah di pasar tradisional Medan naik menjadi"
    " Rp80.000 per kilogram.",
    "JAKARTA, KOMPAS.com - Rupiah ditutup melemah 40 poin ke level Rp16.420 per dolar AS pada Kamis"
    " sore, ⟦A:Reuters|seperti dilansir Reuters⟧.",
    "Gempa bermagnitudo 6,1 mengguncang Pulau Hokkaido pada Minggu pagi, ⟦A:Kyodo|dilaporkan kantor"
    " berita Kyodo⟧.",
    "Korea Utara kembali menembakkan rudal balistik ke arah Laut Jepang, ⟦A:Yonhap|menurut kantor"
    " berita Yonhap⟧.",
    "\"Kami belum menerima bantuan sama sekali,\" ⟦A:Antara|kata Siti Aminah kepada ANTARA⟧ di lokasi"
    " pengungsian.",
    "Pemerintah China akan memperpanjang bebas visa bagi 12 negara, ⟦A:Xinhua|seperti diberitakan Xinhua⟧.",
    "⟦A:Bloomberg|Mengutip Bloomberg⟧, harga batu bara acuan Newcastle turun 3 persen pekan ini.",
    "Presiden Prancis akan berkunjung ke Jakarta bulan depan, ⟦A:AFP|lapor AFP⟧.",
    "Kebakaran hutan di Kalimantan Tengah meluas hingga 2.000 hektare. ⟦I:Antara|(ANTARA)⟧",
    "Banjir merendam ratusan rumah di Kabupaten Bandung.\n\nPewarta: Ricky Prayoga\nEditor: Budi"
    " Santoso\n⟦S:Antara|Copyright © ANTARA 2026⟧",
    "Pemerintah Malaysia menaikkan harga BBM bersubsidi, ⟦A:Bernama|sebagaimana dilaporkan Bernama⟧.",
    "Jumlah korban tewas akibat gempa di Turki bertambah menjadi 27 orang, ⟦A:Anadolu|menurut kantor"
    " berita Anadolu⟧.",
    "Harga minyak dunia naik 2 persen. (⟦C:Reuters|Reuters⟧/⟦C:AFP|AFP⟧)",
    "⟦A:Associated Press|Dikutip dari AP⟧, sedikitnya 40 orang tewas dalam kebakaran pasar di Lagos.",
    "Pelabuhan Tanjung Priok ditutup sementara akibat cuaca buruk.\n⟦S:Antara|Sumber: ANTARA⟧",
    "Warga diminta menjauhi radius 5 km dari kawah. ⟦I:Reuters|(Reuters)⟧",
    "Beijing (⟦C:Antara|ANTARA⟧/⟦C:Xinhua|Xinhua⟧) - Otoritas penerbangan sipil China mencatat 68"
    " juta perjalanan udara selama libur musim panas.",
    "Liputan6.com, Jakarta - Sebanyak 14 pendaki masih hilang setelah badai salju di Nepal,"
    " ⟦A:AFP|dikutip dari AFP⟧, Rabu (9/10/2026).",
    "Tokyo ⟦D:Antara|(ANTARA)⟧ - Pemerintah Jepang menaikkan upah minimum rata-rata menjadi 1.100 yen"
    " per jam, ⟦A:Kyodo|lapor Kyodo⟧.",
    # negatif
    N("word", "Jarak antara Bandung dan Cirebon kini bisa ditempuh dalam dua jam lewat tol."),
    N("word", "Seorang bayi perempuan bernama Aisyah lahir di dalam KRL pada Senin pagi."),
    N("photo", "Petugas memadamkan api di lahan gambut. ANTARA FOTO/Muhammad Adimaja"),
    N("subject", "Perum LKBN ANTARA meluncurkan layanan berita berbahasa Arab."),
    N("url", "Baca selengkapnya di www.antaranews.com/berita."),
    N("generic", "Sumber: kantor berita asing"),
    N("list", "Wartawan dari Reuters, AFP, dan media lokal dilarang masuk ke lokasi."),
    N("homonym", "Perusahaan kertas APP Sinar Mas membuka pabrik baru di Riau."),
    N("word", "Sengketa lahan antara warga dan perusahaan belum juga selesai."),
    N("unverified", "Kebenaran rekaman itu belum dapat dipastikan oleh Reuters."),
]

# ---------------------------------------------------------------------------------------------
# Malay (Malaysia, Brunei, Singapore)
# ---------------------------------------------------------------------------------------------
MS: list[str | Neg] = [
    "KOTA BHARU, 14 Jan ⟦D:Bernama|(Bernama)⟧ -- Seramai 3,412 mangsa banjir di Kelantan masih berada"
    " di 41 pusat pemindahan sementara setakat pagi ini.",
    "IPOH, 3 Mei ⟦D:Bernama|(Bernama)⟧ -- Kerajaan negeri Perak akan membina dua lagi empangan kecil"
    " di daerah Kinta bagi menampung permintaan air yang meningkat.",
    "ALOR SETAR ⟦D:Bernama|(Bernama)⟧ -- Pesawah di Kedah diminta menangguhkan penanaman musim kedua"
    " kerana paras air di Empangan Muda masih rendah.",
    "KUANTAN, 27 Ogos ⟦D:Bernama|(Bernama)⟧ -- Empat lelaki disyaki mencuri kabel elektrik di kawasan"
    " perindustrian Gebeng direman selama tujuh hari.",
    "SINGAPURA, 8 Feb ⟦D:Bernama|(Bernama)⟧ -- Kadar pengangguran Singapura kekal pada 2.0 peratus"
    " pada suku keempat tahun lepas.",
    "BANGKOK, 19 Jun (⟦C:Bernama|Bernama⟧-⟦C:Xinhua|Xinhua⟧) -- Thailand akan melanjutkan"
    " pengecualian visa untuk pelancong dari 60 negara sehingga akhir tahun.",
    "\"Kami terpaksa berpindah ke rumah saudara sejak Isnin,\" ⟦A:Bernama|kata Rosnah Ismail ketika"
    " ditemui Bernama⟧ di Kampung Tanjung Kala.",
    "Jurucakap syarikat itu ⟦A:Bernama|ketika dihubungi Bernama⟧ berkata, kilang itu akan dibuka"
    " semula minggu depan.",
    "⟦A:Bernama|Bernama difahamkan⟧ mesyuarat Kabinet akan membincangkan cadangan itu pada Rabu.",
    "Presiden Indonesia dijadual melawat Kuala Lumpur bulan depan, ⟦A:Antara|lapor agensi berita Antara⟧.",
    "Sekurang-kurangnya 19 orang terbunuh dalam letupan di sebuah lombong di wilayah Shanxi,"
    " ⟦A:Xinhua|menurut agensi berita Xinhua⟧.",
    "Harga minyak sawit mentah dijangka meningkat bulan ini, ⟦A:Reuters|lapor Reuters⟧ memetik"
    " penganalisis.",
    "Tentera Filipina menembak mati dua anggota kumpulan bersenjata di Sulu, ⟦A:AFP|menurut laporan AFP⟧.",
    "Syarikat penerbangan tambang murah itu bercadang menyenaraikan unitnya di New York,"
    " ⟦A:Bloomberg|menurut Bloomberg⟧.",
    "Kebakaran hutan di Riau menyebabkan jerebu di pantai barat Semenanjung. ⟦S:Bernama|-- BERNAMA⟧",
    "Majlis pelancaran itu turut dihadiri wakil kedutaan. ⟦S:Bernama|--BERNAMA⟧\nMNA",
    "⟦B:Bernama|Oleh Bernama⟧\n\nKerajaan Sabah meluluskan peruntukan RM30 juta untuk jalan luar bandar.",
    "Pemimpin kedua-dua negara bersetuju meningkatkan perdagangan dua hala kepada AS$20 bilion. --"
    " ⟦C:Bernama|BERNAMA⟧-⟦C:Anadolu|ANADOLU⟧",
    "Gempa bumi berukuran 5.8 pada skala Richter melanda utara Jepun pagi tadi, ⟦A:Kyodo|lapor agensi"
    " berita Kyodo⟧.",
    "Seoul akan menghantar pasukan penyelamat ke Turkiye, ⟦A:Yonhap|menurut Yonhap⟧.",
    "Kadar tol di Lebuhraya Utara-Selatan tidak akan dinaikkan tahun ini.\n\n⟦S:Bernama|Sumber: Bernama⟧",
    "Harga emas dunia melonjak ke paras tertinggi dalam tempoh sebulan. ⟦I:Reuters|(Reuters)⟧",
    # negatif
    N("word", "Seorang warga emas bernama Abdul Rahman ditemui selamat selepas hilang tiga hari di hutan."),
    N("word", "Lapangan Terbang Antarabangsa Kuala Lumpur mencatat 5 juta penumpang pada Disember."),
    N("word", "Perbezaan harga antara beras tempatan dan import semakin kecil."),
    N("subject", "Bernama merakamkan ucapan takziah atas pemergian bekas ketua pengarangnya."),
    N("photo", "Orang ramai mengunjungi pameran buku di PWTC. --fotoBERNAMA (2026) HAK CIPTA TERPELIHARA"),
    N("generic", "Sumber: Agensi berita luar"),
    N("url", "Ikuti perkembangan terkini di www.bernama.com/bm."),
    N("list", "Wartawan dari Bernama, Astro Awani dan Reuters menunggu di luar bangunan Parlimen."),
    N("homonym", "Kumpulan APP yang mengeluarkan kertas dan pulpa merancang pelaburan baharu di Johor."),
]

# ---------------------------------------------------------------------------------------------
# Turkish
# ---------------------------------------------------------------------------------------------
TR: list[str | Neg] = [
    "TRABZON ⟦D:Anadolu|(AA)⟧ - Karadeniz sahil yolunda heyelan nedeniyle kapanan iki şeritten biri,"
    " 11 saatlik çalışmanın ardından yeniden ulaşıma açıldı.",
    "ESKİŞEHİR ⟦D:Anadolu|(AA)⟧ - Kentte bir fabrikada çıkan yangında dumandan etkilenen 6 işçi"
    " hastaneye kaldırıldı.",
    "GAZİANTEP ⟦D:Anadolu|(AA)⟧ - Antep fıstığı rekoltesinin bu yıl 280 bin tona ulaşması bekleniyor.",
    "BRÜKSEL ⟦D:Anadolu|(AA)⟧ - Avrupa Birliği, tarım ürünlerine yönelik yeni gümrük tarifesini 1"
    " Ocak'tan itibaren uygulayacak.",
    "İZMİR ⟦D:Anadolu|(AA)⟧ - Körfezde balık ölümlerinin ardından alınan su numuneleri laboratuvara"
    " gönderildi.",
    "Belediye başkanı, ⟦A:Anadolu|AA muhabirine⟧ yaptığı açıklamada, köprünün bayramdan önce trafiğe"
    " açılacağını söyledi.",
    "Petrol fiyatları haftayı yüzde 3 düşüşle kapattı, ⟦A:Reuters|Reuters'ın haberine göre⟧"
    " yatırımcılar Çin'den gelen verileri bekliyor.",
    "⟦A:AFP|AFP'nin aktardığına göre⟧, selde hayatını kaybedenlerin sayısı 18'e yükseldi.",
    "Şirketin Avrupa'daki iki fabrikasını satmayı planladığı, ⟦A:Bloomberg|Bloomberg'in haberinde⟧"
    " yer aldı.",
    "Çin'in ikinci çeyrekte yüzde 5,1 büyüdüğü, ⟦A:Xinhua|Şinhua Ajansı'nın haberinde⟧ belirtildi.",
    "Rusya Dışişleri Bakanlığı sözcüsü, ⟦A:TASS|TASS ajansına⟧ yaptığı açıklamada, görüşmelerin"
    " sürdüğünü ifade etti.",
    "Almanya'da demiryolu grevi nedeniyle binlerce sefer iptal edildi, ⟦A:dpa|DPA'nın haberine göre⟧"
    " grev cuma gününe kadar sürecek.",
    "Japonya'da 6,2 büyüklüğünde deprem meydana geldi, ⟦A:Kyodo|Kyodo ajansının bildirdiğine göre⟧"
    " can kaybı yok.",
    "Güney Kore'de hükümet, asgari ücreti yüzde 4 artırdı, ⟦A:Yonhap|Yonhap ajansının haberine göre⟧"
    " artış ocakta yürürlüğe girecek.",
    "İran'daki depremde yaralanan 40 kişi tedavi altına alındı. ⟦I:Anadolu|(AA)⟧",
    "Bakanlık, yeni tedbirlerin pazartesi gününden itibaren uygulanacağını"
    " duyurdu.\n\n⟦S:Anadolu|Kaynak: AA⟧",
    "Dolar/TL, güne 34,12 seviyesinden başladı. (⟦C:Reuters|Reuters⟧/⟦C:Bloomberg|Bloomberg⟧)",
    "Gazze'de ateşkes görüşmeleri Kahire'de yeniden başladı. ⟦S:AFP|- AFP⟧",
    "ABD'de enflasyon eylül ayında yüzde 2,9'a geriledi, ⟦A:Associated Press|AP'nin haberine göre⟧"
    " fiyat artışları beklentilerin altında kaldı.",
    "Yaralı madenci ⟦A:Anadolu|Anadolu Ajansı'na⟧ konuşarak, göçük anını anlattı.",
    "Türkiye'nin kayısı ihracatı bu sezon 400 milyon doları aştı, ⟦A:Reuters|Reuters'a⟧ konuşan"
    " ihracatçılar fiyatların yüksek seyrettiğini söyledi.",
    # negatif
    N("homonym", "Anadolu Lisesi mezunları 30. yıl buluşmasında bir araya geldi."),
    N("homonym", "Kredi derecelendirme kuruluşu, şirketin notunu AA'dan AA-'ye düşürdü."),
    N("homonym", "Anadolu Efes, Euroleague'de Barcelona'yı 84-79 yendi."),
    N("generic", "Haber Merkezi / Ajanslar"),
    N("photo", "Kar yağışı sonrası Erzurum'dan bir görüntü. (Fotoğraf: AA)"),
    N("url", "Yayınlara www.aa.com.tr/tr adresinden ulaşılabilir."),
    N("subject", "Anadolu Ajansı, 106. kuruluş yıl dönümünü Ankara'da düzenlenen törenle kutladı."),
    N("unverified", "Videonun ne zaman çekildiği Reuters tarafından doğrulanamadı."),
    N("list", "Basın toplantısına AA, Reuters ve CNN Türk muhabirleri katıldı."),
]

# ---------------------------------------------------------------------------------------------
# Chinese: mainland (simplified), Hong Kong and Taiwan (traditional)
# ---------------------------------------------------------------------------------------------
ZH: list[str | Neg] = [
    "⟦D:Xinhua|新华社昆明4月9日电⟧（记者杨帆）云南省今年将新建改建农村公路5200公里，重点连通边境地区"
    "的自然村。",
    "⟦D:Xinhua|新华社哈尔滨1月16日电⟧ 黑龙江省气象台16日发布寒潮橙色预警，漠河最低气温预计降至零下"
    "45摄氏度。",
    "⟦D:Xinhua|新华社内罗毕7月2日电⟧（刘畅）肯尼亚水利部2日表示，北部干旱地区今年将新打水井300口。",
    "⟦D:Reuters|路透北京3月12日⟧ - 中国2月社会融资规模增量低于预期，分析人士认为民营企业投资意愿仍然不足。",
    "⟦D:Reuters|路透社伦敦9月30日电⟧ 英国央行周四维持利率不变，但两名委员投票支持降息。",
    "【⟦D:Reuters|路透社香港6日電⟧】恒生指數周二收跌1.3%，科技股領跌。",
    "【⟦D:AFP|法新社台北8日電⟧】颱風「海葵」逼近，台東縣宣布9日停止上班上課。",
    "⟦D:Kyodo|共同社东京5月20日电⟧ 日本农林水产省20日决定将储备大米投放量增加至30万吨。",
    "（⟦D:Yonhap|韩联社首尔11月3日电⟧）韩国统计厅3日公布，10月CPI同比涨幅为2.4%，连续三个月回落。",
    "上海2026年6月3日 ⟦D:PR Newswire|/美通社/⟧ -- 深圳市澜舟科技有限公司今日宣布完成B轮融资，由两家产"
    "业基金联合领投。",
    "⟦A:Xinhua|据新华社报道⟧，国家发展改革委已下达第二批水利建设资金85亿元。",
    "⟦A:Xinhua|新华社消息⟧，全国铁路暑运期间预计发送旅客9.6亿人次。",
    "这家电池制造商正在考虑在匈牙利建设第二座工厂，⟦A:Bloomberg|彭博社援引未具名消息人士称⟧。",
    "一名村民⟦A:AFP|对法新社表示⟧：“水来得太快了，什么都没来得及拿。”",
    "俄罗斯外交部副部长⟦A:TASS|对塔斯社说⟧，双方将在下月举行新一轮磋商。",
    "⟦A:Associated Press|據美聯社報道⟧，加州山火已燒毀超過1.2萬英畝土地。",
    "德国联邦议院周五通过了新的移民法案，⟦A:dpa|德新社报道称⟧投票结果为381票赞成。",
    "墨西哥南部发生5.9级地震，⟦A:EFE|埃菲社报道说⟧暂无人员伤亡报告。",
    "意大利政府批准了新的能源补贴计划，⟦A:ANSA|据安莎社报道⟧，补贴总额为30亿欧元。",
    "印尼巴厘岛一座火山喷发，⟦A:Antara|据安塔拉通讯社报道⟧，当局已疏散附近村民。",
    "土耳其东部凡城发生4.8级地震，部分老旧房屋出现裂缝。⟦I:Anadolu|（阿纳多卢通讯社）⟧",
    "以色列军方表示，已对加沙北部发动空袭。（⟦C:Reuters|路透社⟧/⟦C:AFP|法新社⟧）",
    "纽约股市三大股指周三收涨。（综合⟦C:Xinhua|新华社⟧、⟦C:Bloomberg|彭博社⟧报道）",
    "得克萨斯州奥斯汀--⟦D:Business Wire|(美国商业资讯)⟧--芯越半导体公司今日公布第二季度财报，营收同比"
    "增长27%。",
    "巴基斯坦北部山区暴雨引发泥石流，造成至少9人死亡。⟦I:Xinhua|（新华社）⟧",
    "国家邮政局数据显示，前三季度全国快递业务量累计完成1450亿件。\n⟦S:Xinhua|来源：新华社⟧",
    "香港特區政府宣布，明年起將公屋輪候時間目標縮短至四年半。⟦I:Reuters|（路透社）⟧",
    "日本气象厅说，今年夏季东京平均气温较常年偏高1.8摄氏度。（⟦S:Kyodo|共同社供稿⟧）",
    # 反例
    N("homonym", "市场普遍预计美联储年内还将降息一次，美元指数应声走低。"),
    N("homonym", "新华路上的老字号面馆本月底将搬迁。"),
    N("homonym", "新华书店今年在县城新开了三家分店。"),
    N("photo", "图为救援人员在废墟中搜寻幸存者。（路透社）"),
    N("photo", "新华社记者 李华 摄"),
    N("generic", "本报综合外电报道"),
    N("subject", "路透社宣布将在新加坡设立亚洲新闻编辑中心。"),
    N("poll", "这位地产商在彭博亿万富翁指数中排名第61位。"),
    N("homonym", "布隆伯格慈善基金会将资助非洲十个城市改善道路安全。"),
    N("list", "出席记者会的有新华社、路透社和多家本地媒体的记者。"),
]

# ---------------------------------------------------------------------------------------------
# Urdu (Pakistan)
# ---------------------------------------------------------------------------------------------
UR: list[str | Neg] = [
    "اسلام آباد ⟦D:APP|(اے پی پی)⟧ منصوبہ بندی کمیشن کے ڈپٹی چیئرمین نے بتایا ہے کہ دیامر بھاشا ڈیم"
    " کا پہلا یونٹ 2029 میں بجلی پیدا کرنا شروع کر دے گا۔",
    "کوئٹہ ⟦D:APP|(اے پی پی)⟧ خشک سالی سے متاثرہ کسانوں کو بیج اور کھاد مفت دی جائے گی، صوبائی محکمہ"
    " زراعت نے اعلان کیا۔",
    "ملتان⟦D:APP|(اے پی پی)⟧ آم کی برآمد کا سیزن یکم جون سے شروع ہوگا، محکمہ زراعت کے حکام نے بتایا۔",
    "فیصل آباد ⟦D:APP|(اے پی پی)⟧ ٹیکسٹائل ملوں کو گیس کی فراہمی تین روز کے لیے معطل کر دی گئی ہے۔",
    "لندن ⟦D:Reuters|(رائٹرز)⟧ بینک آف انگلینڈ نے شرح سود 4 فیصد پر برقرار رکھی ہے۔",
    "کابل ⟦D:AFP|(اے ایف پی)⟧ افغانستان کے مشرقی صوبے ننگرہار میں سیلاب سے کم از کم 14 افراد جاں بحق"
    " ہو گئے۔",
    "بیجنگ ⟦D:Xinhua|(شنہوا)⟧ چین اور پاکستان نے زرعی تعاون کے پانچ معاہدوں پر دستخط کیے ہیں۔",
    "انقرہ ⟦D:Anadolu|(انادولو)⟧ ترکیہ نے پاکستان کو 50 ہزار ٹن گندم برآمد کرنے کی منظوری دے دی۔",
    "⟦A:Reuters|خبر رساں ادارے رائٹرز کے مطابق⟧ امریکی صدر آئندہ ماہ خلیجی ممالک کا دورہ کریں گے۔",
    "⟦A:AFP|اے ایف پی نے رپورٹ کیا⟧ کہ جنگ بندی کے باوجود سرحدی علاقوں میں جھڑپیں جاری ہیں۔",
    "طوفان سے فلوریڈا میں لاکھوں گھر بجلی سے محروم ہو گئے، ⟦A:Associated Press|ایسوسی ایٹڈ پریس نے بتایا⟧۔",
    "⟦A:Bloomberg|بلومبرگ کی رپورٹ کے مطابق⟧ سعودی عرب تیل کی پیداوار میں مزید کمی پر غور کر رہا ہے۔",
    "⟦A:APP|اے پی پی سے بات کرتے ہوئے⟧ صوبائی وزیر صحت نے کہا کہ ڈینگی کے کیسز میں کمی آئی ہے۔",
    "روسی وزیر خارجہ نے کہا ہے کہ مذاکرات جاری رہیں گے، ⟦A:TASS|روسی خبر ایجنسی تاس نے بتایا⟧۔",
    "⟦A:Anadolu|انادولو ایجنسی کی رپورٹ کے مطابق⟧ ملاطیہ میں زلزلے سے 200 سے زائد عمارتیں متاثر ہوئیں۔",
    "وزیر اعظم نے ترقیاتی منصوبوں کا جائزہ لیا۔ (⟦S:APP|بشکریہ اے پی پی⟧)",
    "غزہ میں امدادی قافلہ روک دیا گیا۔ ⟦I:Reuters|(رائٹرز)⟧",
    "عالمی منڈی میں تیل کی قیمتوں میں اضافہ ہو گیا۔ (⟦C:Reuters|رائٹرز⟧، ⟦C:AFP|اے ایف پی⟧)",
    "⟦A:Xinhua|شنہوا کے مطابق⟧ چین کے جنوبی صوبے گوانگ ڈونگ میں شدید بارشوں سے 8 افراد ہلاک ہو گئے۔",
    "ممبئی میں مسافر ٹرین پٹری سے اتر گئی، ⟦A:PTI|بھارتی خبر ایجنسی پی ٹی آئی نے بتایا⟧ کہ کوئی جانی"
    " نقصان نہیں ہوا۔",
    "لاہور ⟦D:APP|(اے پی پی)⟧ پنجاب میں پی ٹی آئی کے اراکین اسمبلی نے بجٹ اجلاس کا بائیکاٹ کیا۔",
    # منفی
    N("homonym", "پی ٹی آئی نے اتوار کو راولپنڈی میں جلسہ کرنے کا اعلان کیا ہے۔"),
    N("homonym", "پی ٹی آئی کے چیئرمین نے پارٹی کے تنظیمی ڈھانچے میں تبدیلیوں کی منظوری دی۔"),
    N("generic", "(مانیٹرنگ ڈیسک، ایجنسیاں)"),
    N("generic", "غیر ملکی خبر رساں اداروں کے مطابق، سرحد پر کشیدگی برقرار ہے۔"),
    N("subject", "اے پی پی کے ملازمین نے تنخواہوں میں تاخیر کے خلاف احتجاج کیا۔"),
    N("photo", "حیدرآباد میں شدید گرمی کے دوران شہری سائے میں بیٹھے ہیں۔ (تصویر: رائٹرز)"),
    N("list", "پریس کانفرنس کے دوران بی بی سی، اے پی پی اور رائٹرز کے صحافیوں نے سوالات کیے۔"),
    N("url", "مزید خبروں کے لیے www.app.com.pk/urdu ملاحظہ کریں۔"),
    N("unverified", "ان دعوؤں کی رائٹرز کی جانب سے تصدیق نہیں ہو سکی۔"),
]

# ---------------------------------------------------------------------------------------------
# Hindi
# ---------------------------------------------------------------------------------------------
HI: list[str | Neg] = [
    "जयपुर, 12 मई ⟦D:PTI|(पीटीआई)⟧ राजस्थान सरकार ने 15 जिलों में पेयजल आपूर्ति के लिए 480 करोड़"
    " रुपये की योजना को मंजूरी दी है।",
    "पटना, 3 अक्टूबर ⟦D:IANS|(आईएएनएस)⟧। बिहार में छठ पर्व के दौरान 42 विशेष ट्रेनें चलाई जाएंगी।",
    "देहरादून, 21 जुलाई ⟦D:IANS|(आईएएनएस)⟧। उत्तराखंड में भारी बारिश के कारण केदारनाथ यात्रा दो दिन"
    " के लिए रोक दी गई है।",
    "शिमला, 9 जनवरी ⟦D:ANI|(एएनआई)⟧। हिमाचल प्रदेश के ऊपरी इलाकों में ताजा बर्फबारी से 130 सड़कें बंद"
    " हो गई हैं।",
    "नई दिल्ली ⟦D:PTI|(पीटीआई)⟧ केंद्रीय मंत्रिमंडल ने बुधवार को दो नई रेल लाइनों को मंजूरी दे दी।",
    "लखनऊ, 5 फरवरी ⟦D:ANI|(एएनआई)⟧: उत्तर प्रदेश सरकार ने प्रयागराज में नए पुल के निर्माण के लिए बजट"
    " जारी किया।",
    "वाशिंगटन ⟦D:Reuters|(रॉयटर्स)⟧ अमेरिकी केंद्रीय बैंक ने ब्याज दरों को स्थिर रखा है।",
    "ताइवान की चिप कंपनी गुजरात के धोलेरा में 2 अरब डॉलर का निवेश करेगी, ⟦A:Reuters|रॉयटर्स की एक खबर"
    " में यह दावा किया गया है⟧।",
    "इंडोनेशिया के सुलावेसी द्वीप पर नाव पलटने से 17 यात्री लापता हैं, ⟦A:AFP|एएफपी ने बताया⟧।",
    "एक अधिकारी ने ⟦A:PTI|पीटीआई को बताया⟧ कि जांच रिपोर्ट अगले सप्ताह सौंपी जाएगी।",
    "⟦A:ANI|एएनआई से बात करते हुए⟧ जिलाधिकारी ने बताया कि राहत सामग्री के 300 पैकेट बांटे गए हैं।",
    "ई-कॉमर्स कंपनी अगले साल शेयर बाजार में उतरने की तैयारी में है, ⟦A:Bloomberg|ब्लूमबर्ग ने यह खबर"
    " दी है⟧।",
    "⟦A:Xinhua|शिन्हुआ के अनुसार⟧ तिब्बत में आए भूकंप के बाद 1,200 लोगों को अस्थायी शिविरों में"
    " पहुंचाया गया।",
    "⟦A:Associated Press|एसोसिएटेड प्रेस के मुताबिक⟧ तूफान के कारण 3,000 उड़ानें रद्द कर दी गईं।",
    "सम्मेलन में 40 देशों के प्रतिनिधि भाग लेंगे। ⟦S:IANS|—आईएएनएस⟧",
    "सरकार ने ओलावृष्टि से प्रभावित किसानों को मुआवजा देने का आश्वासन दिया है। (⟦S:PTI|इनपुट: पीटीआई⟧)",
    "मेट्रो की नई लाइन पर अगले महीने से परिचालन शुरू होगा। (इनपुट: ⟦C:PTI|पीटीआई⟧, ⟦C:IANS|आईएएनएस⟧)",
    "⟦A:IANS|आईएएनएस से बातचीत में⟧ अभिनेत्री ने कहा कि वह जल्द ही एक वेब सीरीज में नजर आएंगी।",
    "नेपाल में भूस्खलन से 11 लोगों की मौत हो गई। ⟦I:ANI|(एएनआई)⟧",
    "⟦A:Anadolu|तुर्की की समाचार एजेंसी अनादोलु के अनुसार⟧ इस्तांबुल में 4.9 तीव्रता का भूकंप आया।",
    "हैदराबाद, 2 मार्च ⟦D:PTI|(पीटीआई)⟧ एपी सरकार ने अमरावती में नई राजधानी परियोजना के लिए 5,000"
    " करोड़ रुपये जारी किए।",
    # नकारात्मक
    N("homonym", "पीटीआई के कार्यकर्ताओं ने इस्लामाबाद में विरोध प्रदर्शन किया।"),
    N("homonym", "यूपीआई से लेनदेन की संख्या अक्टूबर में 1,800 करोड़ के पार पहुंच गई।"),
    N("homonym", "एपी के उपमुख्यमंत्री ने तिरुपति में नए अस्पताल का उद्घाटन किया।"),
    N("generic", "(एजेंसी इनपुट)"),
    N("photo", "गंगा घाट पर श्रद्धालुओं की भीड़। (फोटो: एएनआई)"),
    N("subject", "पीटीआई के नए अध्यक्ष ने कर्मचारियों को संबोधित किया।"),
    N("list", "प्रेस वार्ता में रॉयटर्स, एएनआई और कई टीवी चैनलों के संवाददाता पहुंचे।"),
    N("url", "पूरी खबर ptinews.com/hindi पर पढ़ें।"),
    N("unverified", "एएफपी इस दावे की स्वतंत्र पुष्टि नहीं कर सका।"),
]

# =============================================================================================
# building
# =============================================================================================
DATA: dict[str, list[str | Neg]] = dict(
    zip(LANGS, (EN, ES, FR, DE, IT, PT, ID, MS, TR, ZH, UR, HI), strict=True)
)


if __name__ == "__main__":
    sys.exit(run_later_set(sys.argv[1:], DATA, "heldout4", EARLIER_SETS))
