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

import bisect
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from eventwire.actors.countries import norm
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
#: States whose names English news writes family name first: a later "Xi" or "Kim" is
#: the first word of the full name given earlier, not the last.
FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "PRK", "KOR"})
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


class People:
    """The people named so far in an article, in text order, indexed for the rules below.

    Each rule asks for the latest person of some kind ("the latest Azerbaijani minister",
    "the latest person surnamed Aliyev"); walking back over every person named so far
    made a long article cost the square of its mentions. Here each addition updates a few
    dictionaries kept in order of latest mention, and a question reads only the distinct
    names, offices or surnames it concerns. Items must be added in text order (as
    ``find_actors`` meets them).
    """

    def __init__(self, items: Iterable[Named] = ()) -> None:
        self.items: list[Named] = []
        #: Name -> latest mention of a person who may be one of a group, by latest mention.
        self._group: dict[str, Named] = {}
        self._first: dict[str, int] = {}
        self._by_last: dict[str, Named] = {}
        self._by_first_word: dict[str, Named] = {}
        #: Country -> office -> latest GOV person of that country in that office.
        self._gov: dict[str, dict[str, Named]] = {}
        #: Country (or None) -> latest office named for it, by latest mention.
        self._offices: dict[str | None, str] = {}
        for item in items:
            self.add(item)

    def add(self, item: Named) -> None:
        """Note one more person, named after every one before."""
        self.items.append(item)
        ref = item.ref
        name = ref.name or ""
        self._first.setdefault(name, item.start)
        if ref.name and ref.sector not in (None, "ELI", *PLACES):
            _to_end(self._group, ref.name, item)
        _to_end(self._by_last, item.last, item)
        words = norm(name).split()
        if ref.country in FAMILY_NAME_FIRST and len(words) >= 2:
            _to_end(self._by_first_word, words[0], item)
        if ref.country is not None and ref.sector == "GOV":
            _to_end(self._gov.setdefault(ref.country, {}), item.office, item)

    def note_office(self, country: str | None, office: str) -> None:
        """An office named for a government actor (a person's or a role's)."""
        _to_end(self._offices, country, office)

    def last(self) -> Named | None:
        return self.items[-1] if self.items else None

    def latest_in_groups(self) -> Iterator[Named]:
        """The latest mention of each person who may be one of a group, latest first."""
        return reversed(self._group.values())

    def first_start(self, name: str | None) -> int | None:
        return self._first.get(name or "")

    def by_surname(self, last: str) -> Named | None:
        return self._by_last.get(last)

    def by_family_name(self, word: str) -> Named | None:
        """The latest person of a family-name-first state whose name starts with ``word``."""
        return self._by_first_word.get(word)

    def latest_gov(self, country: str, wanted: frozenset[str] | None) -> Named | None:
        """The latest GOV person of ``country`` whose office fits ``wanted``."""
        for item in reversed(self._gov.get(country, {}).values()):
            if fits(item.office, wanted):
                return item
        return None

    def other_office(self, country: str | None) -> str:
        """The office named last for a country other than ``country`` ("" if none)."""
        return next((o for c, o in reversed(self._offices.items()) if c != country), "")


def _to_end(index: dict[Any, Any], key: Any, value: Any) -> None:
    """Set ``index[key]``, moving the key to the end (dicts keep insertion order)."""
    index.pop(key, None)
    index[key] = value


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
    span: Any, wanted: frozenset[str] | None, number: int | None,
    seen: People | list[Named], starts: Sequence[int] | None = None,
) -> list[Named]:
    """The people a group noun refers to, in the order they were first named.

    ``starts`` is the doc's sentence starts (token indices), computed once per article by
    the caller; walking ``doc.sents`` for each group noun made long articles quadratic.
    """
    people_so_far = seen if isinstance(seen, People) else People(seen)
    sentence = span.sent.start
    governors = _governors(span)
    people = (
        p for p in people_so_far.latest_in_groups()
        if not (p.sentence == sentence and set(range(p.start, p.end)) & governors)
    )  # fmt: skip
    if number is None:
        if starts is None:
            starts = [s.start for s in span.doc.sents]
        upto = bisect.bisect_right(starts, sentence)
        window = starts[max(0, upto - RECENT_SENTENCES)] if upto else sentence
        chosen = []
        for p in people:  # latest first: stop at the first named before the window
            if p.sentence < window:
                break
            if fits(p.office, wanted):
                chosen.append(p)
    else:
        chosen = _numbered(people, wanted, number, span.doc)
    if len(chosen) < 2:
        return []
    first = people_so_far.first_start
    return sorted(chosen, key=lambda p: _or(first(p.ref.name), p.start))


def _or(value: int | None, default: int) -> int:
    return default if value is None else value


def _numbered(
    people: Iterator[Named], wanted: frozenset[str] | None, number: int, doc: Any
) -> list[Named]:
    """ "The two ministers": the ``number`` latest fitting people, the whole of the latest
    sentences read before choosing, since within a sentence the people who acted come
    before a host or a third party ("A and B met in Washington, hosted by C. The two
    ministers ..."); too few fitting people are made up by the latest others."""
    fitting: list[Named] = []
    others: list[Named] = []
    for p in people:
        if len(fitting) >= number and p.sentence != fitting[-1].sentence:
            break  # the sentences read so far hold enough fitting people
        (fitting if fits(p.office, wanted) else others).append(p)
    fitting.sort(key=lambda p: (-p.sentence, not _acts(doc[p.start : p.end].root)))
    chosen = fitting[:number]
    if len(chosen) < number:
        chosen += others[: number - len(chosen)]
    return chosen


def counterpart(
    span: Any, ref: ActorRef, keys: list[str], seen: People, date: str | None
) -> ActorRef | None:
    """The person "his Azerbaijani counterpart" or "the Russian president" refers to."""
    if ref.country is None or ref.sector != "GOV" or ref.name is not None:
        return None
    head = singular(span.root.lower_)
    possessed = any(t.dep_ == "poss" and t.head.i == span.root.i for t in span)
    if head not in PERSON_ROLES or not (DEFINITE & set(keys) or possessed or head == "counterpart"):
        return None
    office = seen.other_office(ref.country) if head == "counterpart" else office_in(keys)
    wanted = HEADS if head == "leader" and not office else (frozenset({office}) if office else None)
    found = seen.latest_gov(ref.country, wanted)
    if found is not None:
        return found.ref
    if office:
        names = holders(load_table(), ref.country, office, date)
        if len(names) == 1:
            return ActorRef(names[0], ref.country, "GOV")
    if head == "counterpart" and not office:
        found = seen.latest_gov(ref.country, None)
        if found is not None:
            return found.ref
    return None


class LastState:
    """The state named last as a whole (its country alone, or its unnamed government),
    read off the mentions so far; each mention is looked at once, however often asked."""

    def __init__(self) -> None:
        self.read = 0
        self.country: str | None = None

    def after(self, before: list[ActorMention]) -> str | None:
        for m in before[self.read :]:
            actor = m.actor
            whole = actor.sector is None or (actor.sector == "GOV" and not actor.name)
            if actor.country and whole:
                self.country = actor.country
        self.read = len(before)
        return self.country


def possessor_state(keys: list[str], ref: ActorRef, state: str | None) -> ActorRef:
    """ "its peacekeepers" after "Russia ...": the role, with the last named state's country
    (``state``, from ``LastState``)."""
    if ref.country is not None or ref.sector is None or not keys or keys[0] not in ("its", "their"):
        return ref
    return ActorRef(None, state, ref.sector) if state else ref


#: Nouns that, owned by a person ("his country"), stand for that person's state.
OWN_STATE = {"country", "government", "nation", "state", "administration"}


def owner_state(span: Any, seen: People) -> ActorRef | None:
    """ "his country", "her government": the government of the person named last, when
    that person has a country; None for anything else."""
    words = [t.lower_ for t in span if t.dep_ != "det"]
    if len(words) != 2 or words[0] not in ("his", "her") or words[1] not in OWN_STATE:
        return None
    person = seen.last()
    if person is None or person.ref.country is None:
        return None
    return ActorRef(None, person.ref.country, "GOV")
