"""Well-known organisations and armed groups the actor table lacks, and their acronyms.

Why: the table is built from Phoenix's country and international dictionaries, which
lack most non-state armed groups ("al-Qaeda", "Boko Haram") and some acronyms news uses
on their own ("ILO", "LTTE"); a surname heuristic then turned "Fatah" into a person and
"Khmer Rouge" into the Red Cross. A form here is used only where the table has no actor
of exactly that name, so the table (and a user's own file) still wins.

Values: (name, country or CAMEO/PLOVER code, sector), or the canonical name of a table
actor whose date-ranged rows decide ("SPLM" -> the Sudan People's Liberation Movement).
Codes follow the table's conventions: IGOs by their UN/region code, transnational armed
groups ``IMG`` (CAMEO's international militarised group), national ones under their state.
"""

from __future__ import annotations

Group = tuple[str, str, str]

GROUPS: dict[str, Group | str] = {
    # transnational and national armed groups
    "al qaeda": ("al-Qaeda", "IMG", "REB"), "al qaida": ("al-Qaeda", "IMG", "REB"),
    "alqaeda": ("al-Qaeda", "IMG", "REB"), "qaeda": ("al-Qaeda", "IMG", "REB"),
    "al shabaab": ("al-Shabaab", "SOM", "REB"), "al shabab": ("al-Shabaab", "SOM", "REB"),
    "shabaab": ("al-Shabaab", "SOM", "REB"), "boko haram": ("Boko Haram", "NGA", "REB"),
    "irish republican army": ("Irish Republican Army", "GBR", "REB"),
    "shining path": ("Shining Path", "PER", "REB"),
    "farc": ("FARC", "COL", "REB"),
    "revolutionary armed forces of colombia": ("FARC", "COL", "REB"),
    "unita": ("UNITA", "AGO", "REB"),
    "national union for the total independence of angola": ("UNITA", "AGO", "REB"),
    "ltte": ("Liberation Tigers of Tamil Eelam", "LKA", "REB"),
    "liberation tigers of tamil eelam": ("Liberation Tigers of Tamil Eelam", "LKA", "REB"),
    "liberation tigers": ("Liberation Tigers of Tamil Eelam", "LKA", "REB"),
    "tamil tigers": ("Liberation Tigers of Tamil Eelam", "LKA", "REB"),
    "khmer rouge": ("Khmer Rouge", "KHM", "REB"),
    "kosovo liberation army": ("Kosovo Liberation Army", "XKX", "REB"),
    "kla": ("Kosovo Liberation Army", "XKX", "REB"),
    "islamic jihad": ("Islamic Jihad", "PSE", "REB"),
    "palestinian islamic jihad": ("Islamic Jihad", "PSE", "REB"),
    "polisario": ("Polisario Front", "MAR", "REB"),
    "polisario front": ("Polisario Front", "MAR", "REB"),
    "npfl": ("National Patriotic Front of Liberia", "LBR", "REB"),
    "national patriotic front of liberia": ("National Patriotic Front of Liberia", "LBR", "REB"),
    "houthis": ("Houthis", "YEM", "REB"), "houthi": ("Houthis", "YEM", "REB"),
    "mahdi army": ("Mahdi Army", "IRQ", "REB"),
    # transliteration variants news agencies use for the same groups
    "taleban": ("Taliban", "AFG", "REB"), "al shebab": ("al-Shabaab", "SOM", "REB"),
    "shebab": ("al-Shabaab", "SOM", "REB"),
    "lashkar e taiba": ("Lashkar-e-Taiba", "PAK", "REB"),
    "lashkar e toiba": ("Lashkar-e-Taiba", "PAK", "REB"),
    "jemaah islamiyah": ("Jemaah Islamiyah", "IDN", "REB"),
    "jemaah islamiah": ("Jemaah Islamiyah", "IDN", "REB"),
    "abu sayyaf": ("Abu Sayyaf", "PHL", "REB"),
    "splm": "Sudan People's Liberation Movement", "splm a": "Sudan People's Liberation Movement",
    # parties and movements
    "fatah": ("Fatah", "PSE", "PTY"), "fatah party": ("Fatah", "PSE", "PTY"),
    "plo": ("Palestine Liberation Organization", "PSE", "GOV"),
    "palestine liberation organization": ("Palestine Liberation Organization", "PSE", "GOV"),
    "palestine liberation organisation": ("Palestine Liberation Organization", "PSE", "GOV"),
    "muslim brotherhood": ("Muslim Brotherhood", "EGY", "OPP"),
    "african national congress": ("African National Congress", "ZAF", "PTY"),
    "islamic salvation front": ("Islamic Salvation Front", "DZA", "OPP"),
    "kurdistan democratic party": ("Kurdistan Democratic Party", "IRQ", "PTY"),
    "patriotic union of kurdistan": ("Patriotic Union of Kurdistan", "IRQ", "PTY"),
    # intergovernmental and non-governmental organisations
    "ilo": "International Labour Organization",
    "international labor office": "International Labour Organization",
    "international labour office": "International Labour Organization",
    "international labor organization": "International Labour Organization",
    "african union": ("African Union", "AFR", "GOV"),
    "european community": ("European Community", "EUR", "GOV"),
    "european economic community": ("European Community", "EUR", "GOV"),
    "eec": ("European Community", "EUR", "GOV"),
    "un refugee agency": "Unhcr", "united nations refugee agency": "Unhcr",
    "un nuclear watchdog": "International Atomic Energy Agency",
    "world health organization": ("World Health Organization", "UNO", "MED"),
    "red crescent": ("Red Crescent", "NGO", "MED"),
    "international criminal court": ("International Criminal Court", "IGO", "JUD"),
}  # fmt: skip
