"""In-article coreference: group nouns, counterparts, definite roles and possessive pronouns.

Why here and simple: the coder needs every referent of "the three leaders" to code who
signed, and the gold codes them as the people named earlier. Rules, in the article's own
order (nothing looks ahead):

* "the two/three leaders", "both ministers": the most recently named people as many as
  the number says, among those whose office fits the noun (ministers are ministers, not
  the prime minister who hosted them); "the leaders", "each leader": every head of state
  or government named in the last few sentences. The subject of a verb that governs the
  group ("Putin held talks with each leader", "Michel said the leaders agreed") is not
  one of them.
* "his Azerbaijani counterpart": the Azerbaijani holder of the office of the person just
  named, first among the people named, else from the actor table on the article's date;
  "the Russian president", "Armenia's foreign minister": the same, for the office named.
* "its peacekeepers", "their troops": the role of the state named last.
* "his country", "her government": the state of the person named last (the speaker
  of "Ri said his country had asked for relief").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from eventwire.actors.offices import GROUP_NOUNS, HEADS, fits, office_in
from eventwire.actors.resolve import singular
from eventwire.actors.table import holders, load_table, office_on
from eventwire.records import ActorMention, ActorRef

NUMBERS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
#: Words that make a group noun point back ("the leaders"), unlike "leaders from 40 states".
ANAPHORIC = {"the", "both", "each", "all", "their", "these", "those", *NUMBERS}
#: Singular heads naming one office-holder ("the Russian leader"), unlike "ministry".
PERSON_ROLES = {"leader", "president", "minister", "counterpart", "premier", "chancellor"}
DEFINITE = {"the", "his", "her", "their"}
#: How far back (in sentences) "the leaders" without a number looks for its people.
RECENT_SENTENCES = 6
#: Sectors of actors named by a place ("Nagorno-Karabakh"): never one of a group of people.
PLACES = ("PRE",)
#: Dependencies along which a governing verb's subject is someone else than the group.
NOT_ACROSS = {"conj"}


@dataclass(frozen=True)
class Named:
    """A person named in the article: their codes, surname, office, and where."""

    ref: ActorRef
    last: str
    office: str
    sentence: int
    start: int
    end: int


def person_office(ref: ActorRef, keys: list[str], date: str | None) -> str:
    """The office of a named person on the date: the table's, else the role words'."""
    rows = load_table().rows.get(ref.name or "")
    return (office_on(rows, date) if rows else "") or office_in(keys)


def group_size(span: Any, keys: list[str]) -> tuple[frozenset[str] | None, int | None] | None:
    """(offices that fit, how many) for an anaphoric group noun; None for anything else."""
    root = span.root
    head = singular(keys[-1]) if keys else ""
    compound = " ".join(keys[-2:-1] + [head])
    noun = compound if compound in GROUP_NOUNS else head
    if noun not in GROUP_NOUNS or "of" in keys or not ANAPHORIC & set(keys):
        return None
    number = next((NUMBERS[k] for k in keys if k in NUMBERS), None)
    plural = root.tag_ in ("NNS", "NNPS") or root.lower_ != singular(root.lower_)
    if not plural and "each" not in keys:
        return None
    return GROUP_NOUNS[noun], number


def _governors(span: Any) -> set[int]:
    """Tokens that are subjects of the verbs governing the span (not across "and")."""
    out: set[int] = set()
    tok = span.root
    while tok.head.i != tok.i and tok.dep_ not in NOT_ACROSS:
        tok = tok.head
        for child in tok.children:
            if child.dep_ in ("nsubj", "nsubjpass") and not span.start <= child.i < span.end:
                out.update(t.i for t in child.subtree)
    return out


def _acts(tok: Any) -> bool:
    """Whether a name is the subject of its clause, alone or joined by "and"."""
    for _ in range(4):
        if tok.dep_ in ("nsubj", "nsubjpass"):
            return True
        if tok.dep_ not in ("conj", "appos") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def group_members(
    span: Any, wanted: frozenset[str] | None, number: int | None, seen: list[Named]
) -> list[Named]:
    """The people a group noun refers to, in the order they were first named."""
    sentence = span.sent.start
    governors = _governors(span)
    latest: dict[str, Named] = {}
    for item in seen:
        if item.ref.name and item.ref.sector not in (None, "ELI", *PLACES):
            latest[item.ref.name] = item
    people = [
        p for p in sorted(latest.values(), key=lambda n: n.start, reverse=True)
        if not (p.sentence == sentence and set(range(p.start, p.end)) & governors)
    ]  # fmt: skip
    fitting = [p for p in people if fits(p.office, wanted)]
    if number is not None:
        # within a sentence, the people who acted come before a host or a third party
        # ("A and B met in Washington, hosted by C. The two ministers ...")
        doc = span.doc
        fitting.sort(key=lambda p: (-p.sentence, not _acts(doc[p.start : p.end].root)))
    if number is None:
        sents = [s.start for s in span.doc.sents if s.start <= sentence][-RECENT_SENTENCES:]
        chosen = [p for p in fitting if p.sentence >= sents[0]]
    else:
        chosen = fitting[:number]
        chosen += [p for p in people if p not in chosen][: number - len(chosen)]
    if len(chosen) < 2:
        return []
    first = {item.ref.name: item.start for item in reversed(seen)}
    return sorted(chosen, key=lambda p: first.get(p.ref.name, p.start))


def counterpart(
    span: Any,
    ref: ActorRef,
    keys: list[str],
    seen: list[Named],
    offices: list[tuple[str | None, str]],
    date: str | None,
) -> ActorRef | None:
    """The person "his Azerbaijani counterpart" or "the Russian president" refers to."""
    if ref.country is None or ref.sector != "GOV" or ref.name is not None:
        return None
    head = singular(span.root.lower_)
    possessed = any(t.dep_ == "poss" and t.head.i == span.root.i for t in span)
    if head not in PERSON_ROLES or not (DEFINITE & set(keys) or possessed or head == "counterpart"):
        return None
    if head == "counterpart":
        office = next((o for c, o in reversed(offices) if c != ref.country and o), "")
    else:
        office = office_in(keys)
    wanted = HEADS if head == "leader" and not office else (frozenset({office}) if office else None)
    for item in reversed(seen):
        same = item.ref.country == ref.country and item.ref.sector == "GOV"
        if same and fits(item.office, wanted):
            return item.ref
    if office:
        names = holders(load_table(), ref.country, office, date)
        if len(names) == 1:
            return ActorRef(names[0], ref.country, "GOV")
    if head == "counterpart" and not office:
        for item in reversed(seen):
            if item.ref.country == ref.country and item.ref.sector == "GOV":
                return item.ref
    return None


def possessor_state(keys: list[str], ref: ActorRef, before: list[ActorMention]) -> ActorRef:
    """ "its peacekeepers" after "Russia ...": the role, with the last named state's country."""
    if ref.country is not None or ref.sector is None or not keys or keys[0] not in ("its", "their"):
        return ref
    for m in reversed(before):
        actor = m.actor
        whole = actor.sector is None or (actor.sector == "GOV" and not actor.name)
        if actor.country and whole:
            return ActorRef(None, actor.country, ref.sector)
    return ref


#: Nouns that, owned by a person ("his country"), stand for that person's state.
OWN_STATE = {"country", "government", "nation", "state", "administration"}


def owner_state(span: Any, seen: list[Named]) -> ActorRef | None:
    """ "his country", "her government": the government of the person named last, when
    that person has a country; None for anything else."""
    words = [t.lower_ for t in span if t.dep_ != "det"]
    if len(words) != 2 or words[0] not in ("his", "her") or words[1] not in OWN_STATE:
        return None
    person = seen[-1] if seen else None
    if person is None or person.ref.country is None:
        return None
    return ActorRef(None, person.ref.country, "GOV")
