"""Build eventwire/actors/data/actors.csv and agents.csv from the Phoenix dictionaries.

Run from the repository root with ../shared present::

    python scripts/build_actors.py [--shared ../shared]

Why a build step: the Phoenix (PETRARCH2) dictionaries are in TABARI format (names
joined by ``_``, variants on ``+`` lines, date-ranged codes like ``[AZEGOV >031031]``)
and stop in 2014. The package ships a plain CSV derived from them, merged with the
hand-maintained ``actors_updates.csv`` that brings key offices up to date; an update
row replaces every Phoenix row that shares one of its names, so the two never disagree.
Phoenix is MIT licensed (see eventwire/actors/data/README.md).
"""

from __future__ import annotations

import argparse
import csv
import re
from collections.abc import Iterator
from pathlib import Path

from eventwire.actors.table import ORG_WORDS

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "eventwire" / "actors" / "data"
COLUMNS = ["name", "variants", "country", "sector", "start", "end", "source", "office"]
#: Phoenix agents and actors follow CAMEO, where MED is the media and HLH health; PLOVER
#: (NGEC PLOVER_agents, the PLOVER gold records) uses JRN for the media and MED for health.
#: Every Phoenix sector is mapped to PLOVER's, so "journalists" and "media" are both JRN.
CAMEO_TO_PLOVER = {"MED": "JRN", "HLH": "MED"}
#: Country codes Phoenix writes otherwise than PLOVER: Kosovo is the World Bank's KSV there,
#: XKX in PLOVER and NGEC (and in the place gazetteer).
COUNTRY_TO_PLOVER = {"KSV": "XKX"}
#: Words that are not names, beyond the role nouns and stop words: a single one of them as
#: an organisation's variant made "Presidents" or "Trade" an organisation.
COMMON_WORDS = frozenset({
    "trade", "work", "state", "states", "union", "party", "group", "council", "alliance",
    "assembly", "front", "movement", "league", "congress", "senate", "house", "people",
    "peoples", "nation", "nations", "world", "international", "national", "united", "free",
    "freedom", "justice", "peace", "unity", "solidarity", "independent", "democratic",
    "republic", "republican", "liberal", "green", "greens", "labour", "labor", "social",
    "progress", "future", "hope", "reform", "renewal", "development", "both", "each", "all",
    "ngo", "presidents", "leaders", "ministers", "officials", "members", "delegates",
})  # fmt: skip

#: Sector codes kept from Phoenix code strings (the rest are CAMEO secondary roles).
SECTORS = {
    "GOV", "MIL", "REB", "OPP", "JUD", "LEG", "ELI", "BUS", "MED", "CVL", "PRE", "COP",
    "SPY", "EDU", "HLH", "REF", "LAB", "AGR", "ENV", "HRI", "CRM", "REL", "JRN", "UAF",
    "INS", "SEP", "RAD", "PTY", "NGO", "IGO", "MNC",
}  # fmt: skip
CODE_RE = re.compile(r"\[([A-Z~]{3,})\s*([<>]?\s*[0-9]{6,8})?(?:\s*-\s*([0-9]{6,8}))?\s*\]")


def iso_date(raw: str) -> str:
    """TABARI dates are YYMMDD (two-digit years pivot at 30) or YYYYMMDD."""
    raw = raw.strip()
    if len(raw) == 8 and raw[:2] in ("19", "20"):
        year, rest = raw[:4], raw[4:]
    else:
        yy = int(raw[:2])
        year, rest = str(2000 + yy if yy <= 30 else 1900 + yy), raw[2:8]
    month, day = rest[:2], rest[2:4]
    if not ("01" <= month <= "12"):
        month = "01"
    if not ("01" <= day <= "31"):
        day = "01"
    return f"{year}-{month}-{day}"


def split_code(code: str) -> tuple[str, str] | None:
    """``ARMGOVMIL`` -> (ARM, GOV); ``IGOUNO`` -> (UNO, GOV); ``NGOHRIAMN`` -> (NGO, HRI)."""
    triples = [code[i : i + 3] for i in range(0, len(code) - len(code) % 3, 3)]
    if not triples or triples[0].startswith("~"):
        return None
    head = triples[0]
    if head == "IGO":
        rest = triples[1:]
        country = "NAT" if "NAT" in rest else (rest[0] if rest else "IGO")
        return country, "MIL" if "MIL" in rest else "GOV"
    if head in ("NGO", "MNC"):
        sector = next((t for t in triples[1:] if t in SECTORS), "BUS" if head == "MNC" else "NGO")
        return head, CAMEO_TO_PLOVER.get(sector, sector)
    sector = next((t for t in triples[1:] if t in SECTORS), "")
    sector = CAMEO_TO_PLOVER.get(sector, sector)
    if head == "ELI":
        return None
    return COUNTRY_TO_PLOVER.get(head, head), sector


def pretty(name: str) -> str:
    words = name.replace("_", " ").split()
    return " ".join(
        w if w.isupper() and len(w) <= 4 and "." in w else w.capitalize() for w in words
    )


def parse_tabari(path: Path) -> Iterator[dict[str, str]]:
    """Yield one row per (person, dated code) for entries that name a person or organisation."""
    name: str | None = None
    variants: list[str] = []
    codes: list[tuple[str, str | None, str | None]] = []

    def flush() -> Iterator[dict[str, str]]:
        if not name or not codes:
            return
        last_country = None
        for code, start, end in codes:
            if code.endswith("ELI") and len(code) == 3:
                code = (last_country or "") + "ELI"
            parts = split_code(code) if len(code) >= 3 else None
            if parts is None:
                continue
            last_country = parts[0]
            yield {
                "name": pretty(name),
                "variants": "|".join(dict.fromkeys(pretty(v) for v in variants)),
                "country": parts[0],
                "sector": parts[1],
                "start": start or "",
                "end": end or "",
                "source": "phoenix:" + path.name,
                "office": "",
            }

    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        body = line.split("#", 1)[0].rstrip()
        if not body.strip():
            continue
        stripped = body.strip()
        found = []
        for m in CODE_RE.finditer(stripped):
            lo, hi = m.group(2), m.group(3)
            start = end = None
            if lo and lo.lstrip().startswith(">"):
                start = iso_date(lo.strip()[1:])
            elif lo and lo.lstrip().startswith("<"):
                end = iso_date(lo.strip()[1:])
            elif lo and hi:
                start, end = iso_date(lo), iso_date(hi)
            found.append((m.group(1), start, end))
        text = CODE_RE.sub("", stripped).strip()
        if stripped.startswith("+"):
            variants.append(text[1:].strip())
            codes.extend(found)
        elif body[0] in " \t" and not text:
            codes.extend(found)
        elif text:
            yield from flush()
            name, variants, codes = text, [], list(found)
        else:
            codes.extend(found)
    yield from flush()


def is_country_block(rows: list[dict[str, str]]) -> bool:
    """Country entries (``ARMENIA_ [ARM >911221]``) carry no sector: countries.py covers them."""
    return all(not r["sector"] for r in rows)


def load_updates(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(line for line in fh if not line.startswith("#")))


def norm(text: str) -> str:
    return re.sub(r"[^a-z0-9 ]", "", text.lower().replace("-", " ").replace("_", " ")).strip()


def build_actors(shared: Path) -> list[dict[str, str]]:
    updates = load_updates(DATA / "actors_updates.csv")
    claimed = set()
    for row in updates:
        for n in [row["name"], *row["variants"].split("|")]:
            if len(n.split()) >= 2:
                claimed.add(norm(n))
    rows: list[dict[str, str]] = []
    phoenix = shared / "data" / "phoenix"
    for fname in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt"):
        by_name: dict[str, list[dict[str, str]]] = {}
        for row in parse_tabari(phoenix / fname):
            by_name.setdefault(row["name"], []).append(row)
        for name, group in by_name.items():
            if is_country_block(group):
                continue
            names = {norm(name), *(norm(v) for v in group[0]["variants"].split("|") if v)}
            if names & claimed or len(norm(name)) < 3:
                continue
            # Multinational companies (MNC) are thousands of brand names that collide with
            # ordinary words ("Shell", "Target"); the actor stage leaves companies to users.
            rows.extend(r for r in group if r["sector"] and r["country"] != "MNC")
    for row in updates:
        rows.append({c: row[c] for c in COLUMNS})
    return rows


def is_person(row: dict[str, str]) -> bool:
    """A person's name: two to four words, none an organisation word, a state's code."""
    words = norm(row["name"]).split()
    return (
        2 <= len(words) <= 4
        and not ORG_WORDS & set(words)
        and row["country"] not in ("NGO", "IGO", "MNC")
    )


def common_word_variants(
    rows: list[dict[str, str]], agents: dict[str, str]
) -> list[tuple[str, str]]:
    """(organisation, name form) pairs where the form is only common words or role nouns.

    "Presidents" or "Both leaders" must never find an organisation by one ordinary word
    (the International Association of University Presidents did). Only one-word forms are
    checked: a longer name ("Freedom House") is specific however ordinary its words, and
    acronyms in capitals of three letters or more ("NATO", "FSB") are names, not words.
    """
    stop = _stop_words()
    generic = {n for n, s in agents.items() if " " not in n}
    flagged = []
    for row in rows:
        if is_person(row):
            continue
        international = row["country"] in ("NGO", "IGO", "MNC")
        for form in [row["name"], *row["variants"].split("|")]:
            words = [w for w in norm(form).split() if w != "the"]
            if len(words) != 1 or (form.isupper() and len(form) >= 3):
                continue
            word = words[0]
            role = word in generic or (word.endswith("s") and word[:-1] in generic)
            # a state's own body named by a role noun ("Duma", "Bundestag") is its name
            if word in stop or word in COMMON_WORDS or (role and international):
                flagged.append((row["name"], form))
    return list(dict.fromkeys(flagged))


def drop_forms(rows: list[dict[str, str]], flagged: list[tuple[str, str]]) -> list[dict[str, str]]:
    """Rows without the flagged variants; a row whose own name is flagged is dropped."""
    bad = set(flagged)
    out = []
    for row in rows:
        if (row["name"], row["name"]) in bad:
            continue
        kept = [v for v in row["variants"].split("|") if v and (row["name"], v) not in bad]
        out.append({**row, "variants": "|".join(kept)})
    return out


def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


AGENT_RE = re.compile(r"^([^\[#]+?)\s*(?:\{([^}]*)\})?\s*\[~([A-Z]{3})")


def build_agents(shared: Path) -> dict[str, str]:
    agents: dict[str, str] = {}
    files = [
        shared / "data" / "phoenix" / "Phoenix.agents.txt",
        shared / "data" / "ngec-synthetic" / "PLOVER_agents.txt",
    ]
    for path in files:
        subs: dict[str, list[str]] = {}
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("!") and "=" in line:
                lhs, rhs = line.split("=", 1)
                subs[lhs.strip()] = [v.strip() for v in rhs.split(",")]
                continue
            m = AGENT_RE.match(line)
            if not m:
                continue
            forms = [m.group(1).strip()]
            if m.group(2):
                forms.append(m.group(2).strip())
            for form in forms:
                expanded = [form]
                for key, vals in subs.items():
                    if key in form:
                        expanded = [f.replace(key, v) for f in expanded for v in vals]
                sector = m.group(3)
                if path.name.startswith("Phoenix"):
                    sector = CAMEO_TO_PLOVER.get(sector, sector)
                for e in expanded:
                    noun = " ".join(e.replace("_", " ").lower().split())
                    if noun and not noun.startswith("#"):
                        agents[noun] = sector  # later file (NGEC, PLOVER) wins
    return agents


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    args = ap.parse_args()
    header = (
        "# Derived from the Phoenix actor dictionaries (openeventdata/petrarch2, MIT, "
        "(c) 2014 Open Event Data Alliance) and actors_updates.csv by scripts/build_actors.py; "
        "see README.md\n"
    )
    agents = build_agents(args.shared)
    for update in load_updates(DATA / "agents_updates.csv"):
        agents[update["noun"].strip().lower()] = update["sector"].strip()
    rows = build_actors(args.shared)
    flagged = common_word_variants(rows, agents)
    for name, form in flagged:
        print(f"dropped common-word form {form!r} of {name!r}")
    rows = drop_forms(rows, flagged)
    with (DATA / "actors.csv").open("w", encoding="utf-8", newline="") as fh:
        fh.write(header)
        writer = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    with (DATA / "agents.csv").open("w", encoding="utf-8", newline="") as fh:
        fh.write(header.replace("actor dictionaries", "agents dictionary and NGEC PLOVER_agents"))
        writer2 = csv.writer(fh, lineterminator="\n")
        writer2.writerow(["noun", "sector"])
        writer2.writerows(sorted(agents.items()))
    print(f"actors.csv: {len(rows)} rows; agents.csv: {len(agents)} nouns")


if __name__ == "__main__":
    main()
