"""Who a mention refers to on a date: a named actor, or a country plus a role sector.

Decisions (documented here because the coder depends on them):

* A bare country name ("Russia") resolves to (its short name, ISO3, None): the PLOVER
  gold-standard records code a state acting as a whole by its country alone, and the
  coder can add GOV when the state acts diplomatically. A capital or seat of power
  ("Moscow", "the Kremlin") is the government: (None or the seat, ISO3, GOV).
* A named person takes the office held on the date (actors.csv); after the last office
  ends they are ELI of that country; "former"/"retired"/"ex-" forces ELI.
* Dmitry Medvedev since 2020 is Deputy Chairman of Russia's Security Council, a state
  office: RUS GOV.
* Unknown country stays None: nothing is guessed from a role word alone.
* A group of a breakaway region's people ("Karabakh Armenian forces", "representatives of
  the Karabakh Armenians") is coded under the parent state, as PLOVER and the gold's
  ``AZEREB`` do: armed groups REB, authorities and the community PRE. The ethnic kin
  state's demonym does not make them that state's ("Armenian" there is not ARM); another
  state's forces in the region stay that state's ("Russian peacekeepers in Karabakh").
* A phrase whose head is an event or a thing ("a two-day state visit", "the talks") is not
  an actor, whatever role words modify it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from eventwire.actors.cities import city_actor, country_of_places
from eventwire.actors.countries import (
    CAPITALS,
    PARTIAL,
    US_FORMS,
    country_code,
    country_name,
    norm,
)
from eventwire.actors.groups import GROUPS
from eventwire.actors.table import ORG_WORDS, ActorTable, active, load_table, role_on
from eventwire.records import ActorRef

#: Words dropped before lookup: they neither name nor classify an actor.
SKIP = {
    "the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "these", "those",
    "two", "three", "four", "five", "six", "several", "some", "many", "both", "other",
    "mr", "mrs", "ms", "dr", "sir", "senior", "top", "new", "then", "acting", "local",
    "one", "all", "s", "and", "chief", "head",
}  # fmt: skip
#: World regions acting as a whole, with their CAMEO region codes; without them "Europe"
#: became the Council of Europe (a Phoenix variant).
REGIONS: dict[str, tuple[str, str, None]] = {
    "europe": ("Europe", "EUR", None), "africa": ("Africa", "AFR", None),
    "asia": ("Asia", "ASA", None), "middle east": ("Middle East", "MEA", None),
    "west": ("West", "WST", None), "latin america": ("Latin America", "LAM", None),
}  # fmt: skip
FORMER = {"former", "retired", "ex", "erstwhile", "late"}
#: Heads that name an event or an act, never who acts: "state" in "a state visit" is no GOV.
EVENT_NOUNS = frozenset({
    "visit", "trip", "tour", "talk", "talks", "meeting", "summit", "conference", "session",
    "statement", "declaration", "deal", "agreement", "accord", "treaty", "ceasefire", "truce",
    "call", "conversation", "ceremony", "election", "referendum", "offensive", "operation",
    "war", "negotiation", "negotiations", "day", "week", "dinner", "reception",
})  # fmt: skip
#: Breakaway regions whose own people share a kin state's demonym ("Karabakh Armenians").
KIN: dict[str, frozenset[str]] = {
    "Nagorno-Karabakh": frozenset({"ARM"}),
    "South Ossetia": frozenset(),
    "Abkhazia": frozenset(),
}
#: A breakaway region's armed groups are REB; its other political actors are PRE.
ARMED = {"MIL", "REB", "UAF", "COP"}
UNKNOWN_SECTOR = "UNK"
#: Role sectors that say less about a member of a named organisation than the
#: organisation's own sector: "Hamas leaders" are REB, "Red Cross officials" MED.
GENERIC_ROLES = {"GOV", "ELI", "CVL", "UNK", None}
#: Words after a country word that make the phrase someone else's: "Syrian-backed militia",
#: "the Russian-occupied districts".
BACKED = {
    "backed", "supported", "funded", "sponsored", "allied", "trained", "armed", "aligned",
    "occupied", "controlled", "held", "administered", "ruled",
}  # fmt: skip
#: Words before a country word with the same effect: "pro-Iranian", "anti-American",
#: "ethnic Albanian".
OTHERS = {"pro", "anti", "ethnic"}
#: Capitals that also stand for an international body ("Brussels" for the EU): not a
#: state's when they modify a role word.
INTERNATIONAL_SEATS = {"EUR"}
WORD_RE = re.compile(r"[\w.’'-]+")
MAX_AGENT = 4


def _words(text: str) -> list[tuple[str, str]]:
    """(original, normalised) tokens; "ex-president" splits into ex + president."""
    out = []
    for tok in WORD_RE.findall(text):
        if tok.lower().startswith("ex-"):
            out.append(("ex", "ex"))
            tok = tok[3:]
        key = "usa" if tok in US_FORMS else norm(tok)
        if key:
            out.append((tok, key))
    return out


def singular(word: str) -> str:
    """A plural noun's singular by rule ("ministries" -> "ministry"); enough for role nouns."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("men"):
        return word[:-3] + "man"
    if word.endswith("ses") or word.endswith("xes"):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _agent(keys: list[str], table: ActorTable) -> str | None:
    """Sector of the longest role phrase, preferring the one nearest the head (the end).

    A phrase coded ``UNK`` ("group", "opposition faction") says only that someone acts:
    a shorter phrase with a sector wins over it ("opposition groups" are OPP)."""
    unknown = None
    for n in range(min(MAX_AGENT, len(keys)), 0, -1):
        for i in range(len(keys) - n, -1, -1):
            gram = keys[i : i + n]
            for form in (" ".join(gram), " ".join([*gram[:-1], singular(gram[-1])])):
                sector = table.agents.get(form)
                if sector == UNKNOWN_SECTOR:
                    unknown = sector
                elif sector:
                    return sector
    return unknown


def _country(keys: list[str]) -> str | None:
    """The first country name or demonym among the words (longest n-gram first).

    Hyphenated words count word by word ("Vietnamese-led forces" are Vietnam's), except
    a country another's forces are backed by or "pro-" ("Syrian-backed militia"), and an
    ethnicity: "ethnic Albanians" are coded where they live (PLOVER, CAMEO), not Albania's."""
    keys = [w for k in keys for w in k.split()]
    for i in range(len(keys)):
        if (i + 1 < len(keys) and keys[i + 1] in BACKED) or (i > 0 and keys[i - 1] in OTHERS):
            continue
        for n in (4, 3, 2, 1):
            if i + n <= len(keys):
                code = country_code(" ".join(keys[i : i + n]))
                if code:
                    return code
    return None


def _capital_in(keys: list[str]) -> str | None:
    """The state of a capital among the words ("the Tbilisi government")."""
    keys = [w for k in keys for w in k.split()]
    for i in range(len(keys)):
        for n in (3, 2, 1):
            code = CAPITALS.get(" ".join(keys[i : i + n])) if i + n <= len(keys) else None
            if code and code not in INTERNATIONAL_SEATS:
                return code
    return None


def pick(
    names: tuple[str, ...], date: str | None, context: str | None, hint: str | None
) -> ActorRef | None:
    """Choose among actors sharing a name form; an unresolvable tie keeps only what they share."""
    table = load_table()

    def score(name: str) -> tuple[bool, bool, bool, bool]:
        rows = table.rows[name]
        return (
            bool(context) and _names_in(name, context),
            any(active(r, date) and r.sector != "ELI" for r in rows),
            hint is not None and any(r.country == hint for r in rows),
            any(not r.source.startswith("phoenix") for r in rows),
        )

    ranked = sorted(names, key=score, reverse=True)
    top = [n for n in ranked if score(n) == score(ranked[0])]
    roles = {role_on(table.rows[n], date) for n in top}
    if len(top) == 1:
        country, sector = role_on(table.rows[top[0]], date)
        return ActorRef(top[0], country or None, sector or None)
    countries = {c for c, _ in roles}
    if len(countries) == 1:
        sectors = {s for _, s in roles}
        return ActorRef(None, countries.pop() or None, sectors.pop() if len(sectors) == 1 else None)
    return None


@lru_cache(maxsize=4)
def _normed(context: str) -> str:
    """The article's text as ``norm`` keys it, once per article (not per mention)."""
    return norm(context)


@lru_cache(maxsize=8192)
def _names_in(name: str, context: str) -> bool:
    """Whether the article names ``name`` in full: searched once per name and article."""
    ctx = _normed(context)
    return bool(ctx) and norm(name) in ctx


def _named(
    words: list[tuple[str, str]], date: str | None, context: str | None
) -> tuple[ActorRef, int] | None:
    """The longest suffix of the words that names an actor, and where it starts."""
    table = load_table()
    keys = [k for _, k in words]
    hint = _country(keys)
    for i in range(len(words)):
        key = " ".join(keys[i:])
        names = table.by_key.get(key)
        single = len(keys) - i == 1
        curated = any(
            not r.source.startswith("phoenix") for n in names or () for r in table.rows[n]
        )
        is_role = key in table.agents or singular(key) in table.agents
        if (is_role and not curated) or country_code(key) or key in PARTIAL or key in REGIONS:
            continue  # a role noun or a place, even where Phoenix lists it as a variant
        if key in CAPITALS:
            continue
        prev_is_name = (
            i > 0
            and words[i - 1][0][:1].isupper()
            and not (keys[i - 1] in table.agents or country_code(keys[i - 1]))
        )
        if names and single and not words[i][0][:1].isupper():
            names = None
        if names and single and prev_is_name and len(key) <= 3 and not words[i][0].isupper():
            names = None  # "Kim Jong Un": a short last word of a name is not the UN
        if names:
            ref = pick(names, date, context, hint)
            if ref:
                return ref, i
        if single and not prev_is_name and words[i][0][:1].isupper() and key in table.by_last:
            known = _surname_evidence(table.by_last[key], date, context, hint, _title(keys[:i]))
            ref = pick(known, date, context, hint) if known else None
            if ref:
                return ref, i
    return None


def _surname_evidence(
    names: tuple[str, ...], date: str | None, context: str | None, hint: str | None,
    title: str | None,
) -> tuple[str, ...]:
    """The people a bare surname may name: those of the hand-kept table (current office
    holders news names by surname alone), those in an office on the date, or whose country
    the phrase or the context names. A Phoenix-only person out of office needs that
    evidence: "Ross asked" in 2018 is not Joseph Ross of Trinidad (in office 2008-2010),
    in an article that names no Trinidad.
    A title before the surname must agree with one of the person's roles: "Pope Francis"
    is no foreign minister named Francis."""
    table = load_table()
    named = countries_in(context) | ({hint} if hint else set())
    return tuple(
        n for n in names
        if any(
            not r.source.startswith("phoenix") or r.country in named
            or (date is not None and r.sector != "ELI" and active(r, date))
            for r in table.rows[n]
        )
        and (title is None or any(r.sector in (title, "ELI") for r in table.rows[n]))
    )


@lru_cache(maxsize=256)
def countries_in(context: str | None) -> frozenset[str]:
    """Every state the text names by its name, demonym or capital (ISO3 codes)."""
    if not context:
        return frozenset()
    keys = [k for _, k in _words(context)]
    found = set()
    for i in range(len(keys)):
        for n in (3, 2, 1):
            gram = " ".join(keys[i : i + n])
            code = country_code(gram) or CAPITALS.get(gram)
            if code:
                found.add(code)
                break
    return frozenset(found)


@lru_cache(maxsize=8192)
def resolve(text: str, date: str | None = None, context: str | None = None) -> ActorRef | None:
    """Resolve one mention ("Armenian Prime Minister Nikol Pashinyan", "Russian peacekeepers").

    ``date`` (ISO) picks the office held then; ``context`` (the sentence or article)
    breaks ties between people sharing a surname. Returns None when neither a known
    actor, nor a country, nor a role could be found.
    """
    parts = [p for p in text.split(",") if p.strip()]
    if len(parts) > 1:
        refs = [r for r in (resolve(p, date, context) for p in parts) if r]
        named = [r for r in refs if r.name and r.sector is not None]
        if named:
            return named[-1]
        return refs[-1] if refs else None
    head, sep, tail = text.partition(" of ")
    whole = _resolve_part(text, date, context)
    if not sep or (whole and whole.name):
        return whole
    owner = _resolve_part(tail, date, context)
    role = _resolve_part(head, date, context)
    if owner is None:
        return role or whole
    if role and role.name:
        return role
    sector = role.sector if role and role.sector else owner.sector
    if owner.sector == "PRE" and sector in ("GOV", "LEG"):
        sector = "PRE"  # "the president of South Ossetia": breakaway authorities
    return ActorRef(None, owner.country or (role.country if role else None), sector)


#: Nouns that name the other side of a relation: "Russia's neighbour" is not Russia.
OTHER_SIDE = frozenset({
    "neighbour", "neighbor", "rival", "enemy", "foe", "adversary", "opponent",
})  # fmt: skip
#: Unions that no longer exist: a "former Soviet republic" or "ex-Yugoslav state" is one of
#: their successors, not the one that kept the union's seat.
DISSOLVED = frozenset({"soviet", "yugoslav", "czechoslovak", "ussr", "yugoslavia"})
_STATE_NOUNS = frozenset({
    "republic", "state", "country", "nation", "neighbour", "neighbor", "satellite", "bloc",
    "space", "region", "territory",
})  # fmt: skip


def _someone_else(words: list[tuple[str, str]]) -> bool:
    """The phrase names another party than the country it mentions: the other side of a
    relation owned by that country ("Russia's neighbour", "its rivals"), or a successor of
    a dissolved union ("former Soviet republics", "its ex-Soviet neighbour")."""
    keys = [part for _, k in words for part in k.replace("-", " ").split()]
    head = singular(keys[-1])
    if head in OTHER_SIDE and (
        any(o.endswith(("'s", "’s")) for o, _ in words[:-1])
        or (len(keys) > 1 and keys[-2] in DISSOLVED)
    ):
        return True
    after_former = any(
        a in FORMER | {"post"} and b in DISSOLVED for a, b in zip(keys, keys[1:], strict=False)
    )
    return after_former and head in _STATE_NOUNS


def _resolve_part(text: str, date: str | None, context: str | None) -> ActorRef | None:
    words = [w for w in _words(text) if w[1] not in SKIP]
    if not words:
        return None
    if _someone_else(words):
        return None
    keys = [k for _, k in words]
    former = any(k in FORMER for k in keys)
    group = _group(" ".join(keys), date, context)
    if group is not None:
        return group
    found = _named(words, date, context)
    if found:
        ref, start = found
        title = _member(keys[:start], date, context) if start > 1 and not former else None
        if title is not None and title.country and country_name(title.country) is None:
            # "U.N. envoy Maria Santos", "NATO chief ...": acting for the organisation
            return ActorRef(ref.name, title.country, ref.sector or title.sector)
        if former:
            return ActorRef(ref.name, ref.country, "ELI")
        cue = _title(keys[:start])
        if cue is not None and ref.sector in (None, "ELI"):
            # "Foreign Minister Ana Kovac", "Colombian Defense Minister Diego Molano": the
            # text's title says the office is held now, whatever the table's dates say
            return ActorRef(ref.name, ref.country or _country(keys[:start]), cue)
        return ActorRef(ref.name, ref.country, ref.sector)
    if singular(keys[-1]) in EVENT_NOUNS or keys[-1] in EVENT_NOUNS:
        return None  # "a two-day state visit": an event, not who acts
    joined = " ".join(keys)
    if joined in REGIONS:
        return ActorRef(*REGIONS[joined])
    if joined in PARTIAL:
        return ActorRef(*PARTIAL[joined])
    if joined in CAPITALS or "the " + joined in CAPITALS:
        return ActorRef(None, CAPITALS.get(joined) or CAPITALS["the " + joined], "GOV")
    code = country_code(joined)
    if code:
        return ActorRef(country_name(code), code, None)
    group = _breakaway_group(keys, former)
    if group:
        return group
    member = None if former else _member(keys, date, context)
    if member is not None:
        return member
    code = _country(keys) or next((PARTIAL[k][1] for k in keys if k in PARTIAL), None)
    sector = "ELI" if former else _agent([k for k in keys if k not in FORMER], load_table())
    if sector is None and _ethnic(keys):
        sector = "CVL"  # "ethnic Turks": civilians of that ethnicity, wherever they live
    if code is None and sector is not None:
        # a capital modifying a role is its state's ("the Tbilisi government"); not a
        # name like "the Washington Post", which names no role and so no state actor
        code = _capital_in(keys)
    roles = _role_keys(keys)
    if code is None and sector is not None:
        # another city or region: "Shanghai authorities", "Oxford University"
        code = country_of_places(words, roles)
    if code is None and sector is None:
        return city_actor(text) if not former else None
    return ActorRef(_trailing_name(words, roles) if sector else None, code, sector)


#: Head nouns of organisations named after a place ("California Institute of Technology",
#: "Oxford University"): never part of the place's name.
ORG_HEADS = frozenset({
    "institute", "university", "college", "school", "academy", "hospital", "foundation",
    "society", "club", "fleet", "command", "district", "metropolitan", "municipal", "city",
})  # fmt: skip
#: Sectors a title before a name can give its holder.
TITLE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "REL", "OPP", "PTY"})


def _title(keys: list[str]) -> str | None:
    """The sector of a title right before a name ("Defense Minister", "Lt. Gen."), else None."""
    if not keys:
        return None
    sector = _agent(keys, load_table())
    return sector if sector in TITLE_SECTORS else None


def _role_keys(keys: list[str]) -> frozenset[str]:
    """The words that are role nouns, country words or titles: no part of a name or place."""
    agents = load_table().agents
    return frozenset(
        k for k in keys
        if k in agents or singular(k) in agents or country_code(k) or k in SKIP
        or k in ORG_WORDS or k in ORG_HEADS
    )


def _trailing_name(words: list[tuple[str, str]], roles: frozenset[str]) -> str | None:
    """The name a title introduces ("Governor Vadim Shumkov" -> "Vadim Shumkov"): two to
    four capitalised words closing the phrase, after a role word, none a role or a place."""
    tail: list[str] = []
    for orig, key in reversed(words):
        if not orig[:1].isupper() or key in roles:
            break
        tail.insert(0, orig)
    if not 2 <= len(tail) <= 4 or len(tail) == len(words):
        return None
    before = words[-len(tail) - 1][1]
    if _title([before]) is None or norm(" ".join(tail)) in PARTIAL:
        return None  # "the president of South Ossetia": a place owns the office, no name
    if ORG_WORDS & {norm(w) for w in tail}:
        return None  # "the Bolivian Press Association": an organisation, not a person
    if country_of_places([(w, norm(w)) for w in tail], frozenset()) is not None:
        return None
    return " ".join(tail)


def _ethnic(keys: list[str]) -> bool:
    """Whether the words name an ethnic group ("ethnic Albanians")."""
    return any(k == "ethnic" and country_code(n) for k, n in zip(keys, keys[1:], strict=False))


def _group(key: str, date: str | None, context: str | None) -> ActorRef | None:
    """A well-known group or acronym the table lacks (groups.py); None where the table
    has an actor of exactly that name, which then wins."""
    found = GROUPS.get(key)
    table = load_table()
    if found is None or key in table.by_key:
        return None
    if isinstance(found, str):
        return pick((found,), date, context, None) if found in table.rows else None
    return ActorRef(*found)


def organisation(ref: ActorRef) -> bool:
    """Whether a named actor is an organisation (not a person): its name has an
    organisation word or is one word ("Hezbollah", "UNHCR"), or its code is no state's
    ("United Nations" is UNO)."""
    words = norm(ref.name or "").split()
    international = ref.country is not None and country_name(ref.country) is None
    return len(words) == 1 or bool(ORG_WORDS & set(words)) or international


def _member(keys: list[str], date: str | None, context: str | None) -> ActorRef | None:
    """Members of a named organisation ("Red Cross officials", "UN peacekeepers",
    "Hezbollah guerrillas"): the organisation's country, and the role's sector unless the
    role says less than the organisation's own sector does."""
    table = load_table()
    for i in range(len(keys) - 1, 0, -1):
        role = _agent(keys[i:], table)
        if role is None or any(k in table.by_key or k in GROUPS for k in keys[i:]):
            continue
        for j in range(i):  # "forty UN observers": the name may follow other words
            head = " ".join(keys[j:i])
            org = _group(head, date, context)
            if org is None and head in table.by_key and not country_code(head):
                org = pick(table.by_key[head], date, context, None)
            if org is None or org.country is None or not organisation(org):
                continue
            sector = org.sector if role in GENERIC_ROLES and org.sector else role
            return ActorRef(None, org.country, sector)
    return None


def _breakaway_group(keys: list[str], former: bool) -> ActorRef | None:
    """A breakaway region's own group ("Karabakh Armenian forces") under the parent state.

    None when no region word is among the keys, or when a state other than the region's
    kin is named ("Russian peacekeepers in Karabakh" are Russia's).
    """
    region = next((PARTIAL[k] for k in keys if k in PARTIAL), None)
    if region is None:
        return None
    name, parent, _pre = region
    code = _country([k for k in keys if k not in PARTIAL])
    if code is not None and code not in KIN.get(name, frozenset()):
        return None
    sector = _agent([k for k in keys if k not in FORMER and k not in PARTIAL], load_table())
    if former:
        return ActorRef(None, parent, "ELI")
    if sector in ARMED:
        return ActorRef(None, parent, "REB")
    if sector in (None, "GOV", "LEG", "OPP", "PTY"):
        return ActorRef(None, parent, "PRE")
    return ActorRef(None, parent, sector)  # "Karabakh Armenian refugees": REF
