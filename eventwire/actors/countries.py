"""Country names, demonyms and capitals -> ISO 3166-1 alpha-3.

pycountry gives official and common names; news uses short names and demonyms
("Russian", "Azeri", "U.S.") that it lacks, and a naive fuzzy lookup maps "U.S." to
strange places. So the index here is exact-match only, built from pycountry plus a
hand table, with known collisions removed rather than guessed: a name that is not
in the index yields None.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import pycountry

from eventwire.actors.demonyms import MORE_CAPITALS, all_names

#: Short names and demonyms news uses that pycountry lacks (or gets wrong). "Congolese"
#: is DR Congo's, as in Phoenix: the far larger state and the one news names most.
EXTRA: dict[str, str] = {
    "russia": "RUS", "russian": "RUS", "russians": "RUS", "soviet": "RUS",
    "azerbaijan": "AZE", "azerbaijani": "AZE", "azerbaijanis": "AZE", "azeri": "AZE",
    "azeris": "AZE", "azerbaijan republic": "AZE",
    "armenia": "ARM", "armenian": "ARM", "armenians": "ARM",
    "georgia": "GEO", "georgian": "GEO", "georgians": "GEO",
    "turkey": "TUR", "turkiye": "TUR", "turkish": "TUR", "turks": "TUR", "turk": "TUR",
    "iran": "IRN", "iranian": "IRN", "iranians": "IRN", "persian": "IRN",
    "united states": "USA", "usa": "USA", "america": "USA",
    "american": "USA", "americans": "USA", "united states of america": "USA",
    "britain": "GBR", "great britain": "GBR", "british": "GBR", "uk": "GBR",
    "united kingdom": "GBR", "england": "GBR", "english": "GBR",
    "kazakhstan": "KAZ", "kazakh": "KAZ", "kazakhstani": "KAZ",
    "syria": "SYR", "syrian": "SYR", "ukraine": "UKR", "ukrainian": "UKR",
    "ukrainians": "UKR", "china": "CHN", "chinese": "CHN", "belarus": "BLR",
    "belarusian": "BLR", "france": "FRA", "french": "FRA", "germany": "DEU",
    "german": "DEU", "germans": "DEU", "israel": "ISR", "israeli": "ISR", "israelis": "ISR",
    "palestinian": "PSE", "palestinians": "PSE", "palestine": "PSE", "gaza": "PSE",
    "lebanese": "LBN", "iraqi": "IRQ", "afghan": "AFG", "pakistani": "PAK",
    "indian": "IND", "japanese": "JPN", "korean": "KOR", "south korea": "KOR",
    "north korea": "PRK", "north korean": "PRK", "south korean": "KOR",
    "moldova": "MDA", "moldovan": "MDA", "kyrgyz": "KGZ", "kyrgyzstan": "KGZ",
    "tajik": "TJK", "uzbek": "UZB", "turkmen": "TKM", "italian": "ITA", "spanish": "ESP",
    "polish": "POL", "dutch": "NLD", "swiss": "CHE", "greek": "GRC", "saudi": "SAU",
    "saudi arabia": "SAU", "emirati": "ARE", "uae": "ARE", "egyptian": "EGY",
    "qatari": "QAT", "hungarian": "HUN", "serbian": "SRB", "serb": "SRB", "czech": "CZE",
    "vietnam": "VNM", "vietnamese": "VNM", "venezuela": "VEN", "bolivia": "BOL",
    "tanzania": "TZA", "laos": "LAO", "syrian arab republic": "SYR", "czechia": "CZE",
    "congo": "COG", "congolese": "COD", "dr congo": "COD", "drc": "COD",
    "democratic republic of the congo": "COD", "dominica": "DMA", "dominican": "DOM",
    "dominican republic": "DOM", "niger": "NER", "nigerien": "NER", "nigeria": "NGA",
    "nigerian": "NGA", "nakhchivan": "AZE", "nakhchivani": "AZE",
    # Kosovo is XKX in PLOVER and NGEC (the user-assigned code the EU and IMF use); pycountry
    # lacks it, so without these rows "Kosovo" was no country at all.
    "kosovo": "XKX", "republic of kosovo": "XKX", "kosovar": "XKX", "kosovars": "XKX",
    "kosovan": "XKX", "kosovans": "XKX", "kosova": "XKX",
}  # fmt: skip

#: pycountry names that are ordinary words or US places in English news. "Georgia" always
#: means the country (GEO) here: in this domain the US state is rare, and the pronoun
#: "us" is caught by case in ``country_code`` so it never becomes the United States.
BLOCKED = {"jersey", "man"}

#: Partially recognised or breakaway entities: PLOVER codes their authorities under the
#: parent state with sector PRE (so South Ossetia is GEO PRE, Nagorno-Karabakh AZE PRE).
PARTIAL: dict[str, tuple[str, str, str]] = {
    "south ossetia": ("South Ossetia", "GEO", "PRE"),
    "tskhinvali": ("South Ossetia", "GEO", "PRE"),
    "abkhazia": ("Abkhazia", "GEO", "PRE"),
    "sukhumi": ("Abkhazia", "GEO", "PRE"),
    "nagorno karabakh": ("Nagorno-Karabakh", "AZE", "PRE"),
    "karabakh": ("Nagorno-Karabakh", "AZE", "PRE"),
    "artsakh": ("Nagorno-Karabakh", "AZE", "PRE"),
    "stepanakert": ("Nagorno-Karabakh", "AZE", "PRE"),
    "transnistria": ("Transnistria", "MDA", "PRE"),
    "somaliland": ("Somaliland", "SOM", "PRE"),
    "northern cyprus": ("Northern Cyprus", "CYP", "PRE"),
    "turkish republic of northern cyprus": ("Northern Cyprus", "CYP", "PRE"),
    "donetsk peoples republic": ("Donetsk People's Republic", "UKR", "PRE"),
    "luhansk peoples republic": ("Luhansk People's Republic", "UKR", "PRE"),
}

#: Capitals and seats of government used as metonymy for the government.
CAPITALS: dict[str, str] = {
    "moscow": "RUS", "the kremlin": "RUS", "kremlin": "RUS", "baku": "AZE",
    "yerevan": "ARM", "tbilisi": "GEO", "ankara": "TUR", "tehran": "IRN",
    "washington": "USA", "the white house": "USA", "white house": "USA",
    "london": "GBR", "downing street": "GBR", "paris": "FRA", "the elysee": "FRA",
    "berlin": "DEU", "kyiv": "UKR", "kiev": "UKR", "beijing": "CHN", "minsk": "BLR",
    "astana": "KAZ", "damascus": "SYR", "brussels": "EUR", "tokyo": "JPN",
    "new delhi": "IND", "islamabad": "PAK", "jerusalem": "ISR", "riyadh": "SAU",
    "cairo": "EGY", "rome": "ITA", "warsaw": "POL", "budapest": "HUN", "tashkent": "UZB",
    "bishkek": "KGZ", "dushanbe": "TJK", "ashgabat": "TKM", "chisinau": "MDA",
    **MORE_CAPITALS,
}  # fmt: skip


US_FORMS = frozenset({"U.S.", "US", "U.S", "U.S.A.", "USA"})


@lru_cache(maxsize=1 << 16)  # linking compares the same few names millions of times
def norm(text: str) -> str:
    """Case-, accent- and punctuation-insensitive key ("U.S." -> "us", "Türkiye" -> "turkiye")."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = text.replace("ı", "i").replace("-", " ").replace("’", "'")
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"[^a-z0-9 ]", "", text)
    return " ".join(text.split())


@lru_cache(maxsize=1)
def _index() -> dict[str, str]:
    index: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                index.setdefault(norm(value), c.alpha_3)
        # "Iran, Islamic Republic of" -> "iran"
        short = norm(c.name.split(",")[0])
        index.setdefault(short, c.alpha_3)
    for bad in BLOCKED:
        index.pop(bad, None)
    index.update(all_names())  # demonyms and other names of every state (demonyms.py)
    index.update(EXTRA)
    return index


@lru_cache(maxsize=1 << 16)
def country_code(text: str) -> str | None:
    """ISO3 for a country name or demonym, exact after normalising; None when unknown.

    "U.S."/"US" are matched on the original spelling: lower-case "us" is the pronoun
    and never maps to the United States (nor to anything else).
    """
    if text.strip() in US_FORMS:
        return "USA"
    key = norm(text)
    if key.startswith("the "):
        key = key[4:]
    return _index().get(key)


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    names: dict[str, str] = {}
    for c in pycountry.countries:
        names[c.alpha_3] = getattr(c, "common_name", None) or c.name.split(",")[0]
    names.update({"RUS": "Russia", "IRN": "Iran", "SYR": "Syria", "USA": "United States",
                  "GBR": "United Kingdom", "TUR": "Turkey", "KOR": "South Korea",
                  "PRK": "North Korea", "MDA": "Moldova", "VNM": "Vietnam",
                  "XKX": "Kosovo"})  # fmt: skip
    return names


def country_name(code: str) -> str | None:
    """The short English name for an ISO3 code, for naming a state acting as a whole."""
    return _names().get(code)


def capital_actor(place: str) -> tuple[str, str] | None:
    """(ISO3, "GOV") when a capital or seat of power stands for its government.

    Call this for a place name used as the subject of a verb ("Moscow warned ..."),
    not for a place where something happened ("talks in Moscow").
    """
    code = CAPITALS.get(norm(place)) or CAPITALS.get("the " + norm(place))
    return (code, "GOV") if code else None
