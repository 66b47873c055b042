"""Demonyms, other names of states, and capitals for every state, in normalised form.

Why a hand table: pycountry has names but no demonyms, and news names a state's actors
mostly by its adjective ("Sudanese rebels", "Gambian President ...", "a Senegalese peace
plan"). Without the adjective the actor keeps its sector but loses its country. Keys are
``countries.norm`` forms (lower case, no accents, hyphens as spaces, apostrophes dropped).
Ethnic or regional words that name no one state ("Arab", "Kurdish", "Central African")
are left out on purpose, as are words that are mostly something else ("Pole", "Finn").
"""

from __future__ import annotations

#: Adjective (and singular noun) -> ISO3. Plurals are added by ``plural_forms``.
DEMONYMS: dict[str, str] = {
    # Africa
    "algerian": "DZA", "angolan": "AGO", "beninese": "BEN", "botswanan": "BWA",
    "motswana": "BWA", "batswana": "BWA", "burkinabe": "BFA", "burundian": "BDI",
    "cameroonian": "CMR", "cape verdean": "CPV", "chadian": "TCD", "comorian": "COM",
    "djiboutian": "DJI", "egyptian": "EGY", "equatorial guinean": "GNQ", "equatoguinean": "GNQ",
    "eritrean": "ERI", "ethiopian": "ETH", "gabonese": "GAB", "gambian": "GMB",
    "ghanaian": "GHA", "guinean": "GIN", "bissau guinean": "GNB", "ivorian": "CIV",
    "kenyan": "KEN", "basotho": "LSO", "liberian": "LBR", "libyan": "LBY", "malagasy": "MDG",
    "malawian": "MWI", "malian": "MLI", "mauritanian": "MRT", "mauritian": "MUS",
    "moroccan": "MAR", "mozambican": "MOZ", "namibian": "NAM", "rwandan": "RWA",
    "rwandese": "RWA", "sao tomean": "STP", "senegalese": "SEN", "seychellois": "SYC",
    "sierra leonean": "SLE", "somali": "SOM", "somalian": "SOM", "south african": "ZAF",
    "south sudanese": "SSD", "sudanese": "SDN", "swazi": "SWZ", "tanzanian": "TZA",
    "togolese": "TGO", "tunisian": "TUN", "ugandan": "UGA", "zambian": "ZMB",
    "zimbabwean": "ZWE", "zairean": "COD", "zairian": "COD", "nigerian": "NGA",
    "nigerien": "NER",
    # Europe
    "albanian": "ALB", "andorran": "AND", "austrian": "AUT", "belgian": "BEL",
    "bosnian": "BIH", "bulgarian": "BGR", "croatian": "HRV", "croat": "HRV", "cypriot": "CYP",
    "danish": "DNK", "dane": "DNK", "estonian": "EST", "finnish": "FIN", "icelandic": "ISL",
    "icelander": "ISL", "irish": "IRL", "latvian": "LVA", "lithuanian": "LTU",
    "luxembourger": "LUX", "luxembourgish": "LUX", "macedonian": "MKD", "maltese": "MLT",
    "monegasque": "MCO", "montenegrin": "MNE", "norwegian": "NOR", "portuguese": "PRT",
    "romanian": "ROU", "sammarinese": "SMR", "serbian": "SRB", "slovak": "SVK",
    "slovakian": "SVK", "slovenian": "SVN", "slovene": "SVN", "swedish": "SWE", "swede": "SWE",
    "scottish": "GBR", "welsh": "GBR", "brit": "GBR", "netherlands": "NLD", "belarussian": "BLR",
    "byelorussian": "BLR", "liechtensteiner": "LIE", "russian": "RUS", "ukrainian": "UKR",
    "belarusian": "BLR", "moldovan": "MDA", "italian": "ITA", "greek": "GRC", "serb": "SRB",
    "hungarian": "HUN", "german": "DEU", "american": "USA",
    # Asia and the Middle East
    "bahraini": "BHR", "bangladeshi": "BGD", "bhutanese": "BTN", "bruneian": "BRN",
    "burmese": "MMR", "myanmarese": "MMR", "cambodian": "KHM", "khmer": "KHM",
    "kampuchean": "KHM", "east timorese": "TLS", "timorese": "TLS", "filipino": "PHL",
    "philippine": "PHL", "indonesian": "IDN", "jordanian": "JOR", "kuwaiti": "KWT",
    "laotian": "LAO", "lao": "LAO", "malaysian": "MYS", "maldivian": "MDV",
    "mongolian": "MNG", "nepalese": "NPL", "nepali": "NPL", "omani": "OMN",
    "singaporean": "SGP", "sri lankan": "LKA", "taiwanese": "TWN", "tajikistani": "TJK",
    "thai": "THA", "uzbekistani": "UZB", "yemeni": "YEM", "yemenite": "YEM",
    "kyrgyzstani": "KGZ", "turkmenistani": "TKM", "iraqi": "IRQ", "syrian": "SYR",
    "hong konger": "HKG", "pakistani": "PAK", "indian": "IND", "korean": "KOR",
    "north korean": "PRK", "south korean": "KOR", "tajik": "TJK", "uzbek": "UZB",
    "kazakh": "KAZ", "israeli": "ISR", "palestinian": "PSE", "afghan": "AFG", "saudi": "SAU",
    "emirati": "ARE", "qatari": "QAT", "iranian": "IRN", "azerbaijani": "AZE", "azeri": "AZE",
    "armenian": "ARM", "georgian": "GEO", "turk": "TUR",
    # The Americas
    "argentine": "ARG", "argentinian": "ARG", "argentinean": "ARG", "bahamian": "BHS",
    "barbadian": "BRB", "belizean": "BLZ", "bolivian": "BOL", "brazilian": "BRA",
    "canadian": "CAN", "chilean": "CHL", "colombian": "COL", "costa rican": "CRI",
    "cuban": "CUB", "ecuadorian": "ECU", "ecuadorean": "ECU", "grenadian": "GRD",
    "guatemalan": "GTM", "guyanese": "GUY", "haitian": "HTI", "honduran": "HND",
    "jamaican": "JAM", "mexican": "MEX", "nicaraguan": "NIC", "panamanian": "PAN",
    "paraguayan": "PRY", "peruvian": "PER", "puerto rican": "PRI", "salvadoran": "SLV",
    "salvadorean": "SLV", "surinamese": "SUR", "trinidadian": "TTO", "uruguayan": "URY",
    "venezuelan": "VEN", "dominican": "DOM",
    # Oceania
    "australian": "AUS", "aussie": "AUS", "fijian": "FJI", "new zealander": "NZL",
    "papua new guinean": "PNG", "samoan": "WSM", "tongan": "TON", "vanuatuan": "VUT",
    "ni vanuatu": "VUT", "solomon islander": "SLB", "marshallese": "MHL",
    "micronesian": "FSM", "palauan": "PLW", "nauruan": "NRU", "tuvaluan": "TUV",
    "i kiribati": "KIR",
}  # fmt: skip

#: Names of states that pycountry lacks: older, shorter or common English forms and
#: acronyms news uses for a state ("PRC", "DPRK"). "Yugoslavia" is left out: which state
#: it stands for depends on the year.
OTHER_NAMES: dict[str, str] = {
    "burma": "MMR", "ivory coast": "CIV", "the ivory coast": "CIV", "cape verde": "CPV",
    "swaziland": "SWZ", "east timor": "TLS", "macedonia": "MKD",
    "kampuchea": "KHM", "zaire": "COD", "emirates": "ARE", "the emirates": "ARE",
    "united arab emirates": "ARE", "prc": "CHN", "peoples republic of china": "CHN",
    "people republic of china": "CHN", "dprk": "PRK", "democratic people republic of korea": "PRK",
    "democratic peoples republic of korea": "PRK", "republic of korea": "KOR", "rok": "KOR",
    "soviet union": "RUS", "ussr": "RUS", "persia": "IRN", "bosnia": "BIH",
    "bosnia and herzegovina": "BIH", "czech republic": "CZE", "west bank": "PSE",
    "gaza strip": "PSE", "the gambia": "GMB", "vatican": "VAT", "brunei": "BRN",
    "republic of the congo": "COG", "congo brazzaville": "COG", "congo kinshasa": "COD",
    "south sudan": "SSD", "north macedonia": "MKD", "timor leste": "TLS", "taiwan": "TWN",
    "micronesia": "FSM", "phillippines": "PHL", "philipines": "PHL",
}  # fmt: skip

#: Capitals and seats of government of states beyond the South Caucasus and major powers
#: (see ``countries.CAPITALS``). Left out: capitals that are common words or first names
#: ("Male", "Victoria", "Sofia", "Santiago") or a seat of power only
#: in name ("Amsterdam").
MORE_CAPITALS: dict[str, str] = {
    "kabul": "AFG", "tirana": "ALB", "algiers": "DZA", "luanda": "AGO", "buenos aires": "ARG",
    "canberra": "AUS", "vienna": "AUT", "nassau": "BHS", "manama": "BHR", "dhaka": "BGD", "dacca":
    "BGD", "bridgetown": "BRB", "porto novo": "BEN", "cotonou": "BEN", "thimphu": "BTN", "la paz":
    "BOL", "sarajevo": "BIH", "gaborone": "BWA", "brasilia": "BRA", "ouagadougou": "BFA",
    "bujumbura": "BDI", "gitega": "BDI", "phnom penh": "KHM", "yaounde": "CMR", "ottawa": "CAN",
    "praia": "CPV", "bangui": "CAF", "ndjamena": "TCD", "bogota": "COL", "brazzaville": "COG",
    "kinshasa": "COD", "yamoussoukro": "CIV", "abidjan": "CIV", "zagreb": "HRV", "havana": "CUB",
    "nicosia": "CYP", "prague": "CZE", "copenhagen": "DNK", "santo domingo": "DOM", "quito": "ECU",
    "san salvador": "SLV", "malabo": "GNQ", "asmara": "ERI", "tallinn": "EST", "addis ababa": "ETH",
    "suva": "FJI", "helsinki": "FIN", "libreville": "GAB", "banjul": "GMB", "accra": "GHA",
    "athens": "GRC", "guatemala city": "GTM", "conakry": "GIN", "bissau": "GNB", "port au prince":
    "HTI", "tegucigalpa": "HND", "reykjavik": "ISL", "jakarta": "IDN", "baghdad": "IRQ", "dublin":
    "IRL", "amman": "JOR", "nairobi": "KEN", "kuwait city": "KWT", "vientiane": "LAO", "riga":
    "LVA", "beirut": "LBN", "maseru": "LSO", "monrovia": "LBR", "tripoli": "LBY", "vilnius": "LTU",
    "antananarivo": "MDG", "lilongwe": "MWI", "kuala lumpur": "MYS", "putrajaya": "MYS", "bamako":
    "MLI", "valletta": "MLT", "nouakchott": "MRT", "port louis": "MUS", "mexico city": "MEX",
    "ulaanbaatar": "MNG", "ulan bator": "MNG", "podgorica": "MNE", "rabat": "MAR", "maputo": "MOZ",
    "naypyidaw": "MMR", "naypyitaw": "MMR", "rangoon": "MMR", "yangon": "MMR", "windhoek": "NAM",
    "kathmandu": "NPL", "khatmandu": "NPL", "the hague": "NLD", "wellington": "NZL", "managua":
    "NIC", "niamey": "NER", "abuja": "NGA", "pyongyang": "PRK", "skopje": "MKD", "oslo": "NOR",
    "pristina": "XKX", "prishtina": "XKX",
    "muscat": "OMN", "panama city": "PAN", "port moresby": "PNG", "asuncion": "PRY", "lima": "PER",
    "manila": "PHL", "lisbon": "PRT", "doha": "QAT", "bucharest": "ROU", "kigali": "RWA", "dakar":
    "SEN", "belgrade": "SRB", "freetown": "SLE", "bratislava": "SVK", "ljubljana": "SVN",
    "mogadishu": "SOM", "pretoria": "ZAF", "seoul": "KOR", "juba": "SSD", "madrid": "ESP",
    "colombo": "LKA", "khartoum": "SDN", "paramaribo": "SUR", "stockholm": "SWE", "bern": "CHE",
    "taipei": "TWN", "dodoma": "TZA", "dar es salaam": "TZA", "bangkok": "THA", "dili": "TLS",
    "lome": "TGO", "port of spain": "TTO", "tunis": "TUN", "kampala": "UGA", "abu dhabi": "ARE",
    "montevideo": "URY", "caracas": "VEN", "hanoi": "VNM", "sanaa": "YEM", "lusaka": "ZMB",
    "harare": "ZWE", "ramallah": "PSE", "mbabane": "SWZ", "luxembourg city": "LUX",
}  # fmt: skip

_NO_PLURAL_ENDINGS = ("ese", "sh", "ch", "ss", "x", "s", "i kiribati", "ni vanuatu")


def plural_forms(table: dict[str, str]) -> dict[str, str]:
    """The plural noun of each demonym that has one ("Rwandan" -> "rwandans",
    "Iraqi" -> "iraqis"); "Sudanese", "Swiss" and "Irish" have none of that form."""
    out: dict[str, str] = {}
    for word, code in table.items():
        if word.endswith(_NO_PLURAL_ENDINGS) or word in ("welsh", "basotho", "batswana"):
            continue
        out[word + "s"] = code
    return out


def all_names() -> dict[str, str]:
    """Every demonym, its plural and every other state name, for the country index."""
    return {**DEMONYMS, **plural_forms(DEMONYMS), **OTHER_NAMES}
