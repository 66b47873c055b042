"""What a sentence takes from the article around it: who "they" are, when and where it happened.

News writes the lede in full ("Putin and Aliyev met in Baku on Monday") and then continues
("The two leaders then signed a statement", "He said ..."). A sentence-by-sentence coder
would lose the actors, the date and the place of every continuation. ``Context`` carries
them forward: the last event's actors, its explicit date and its place, and the named actors
mentioned so far. Borrowing is conservative: only a pronoun or a group noun ("the leaders",
"the three presidents") borrows actors, and only an event without a date of its own borrows
the date, and with it the place of that same occasion.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from eventwire.actors.offices import office_in
from eventwire.coding.modality import INTENT_NOUNS
from eventwire.coding.parse import clause_antecedent
from eventwire.coding.roles import MentionIndex, subjects
from eventwire.coding.situate import EventDate
from eventwire.records import ActorMention, ActorRef, Place

PRONOUNS = frozenset({"he", "she", "they", "we", "it"})
#: Plural nouns that stand for parties named earlier ("the two leaders", "both sides").
GROUP_NOUNS = frozenset(
    {
        "leader", "president", "minister", "side", "party", "delegation", "head",
        "counterpart", "country", "state", "government", "premier",
    }
)  # fmt: skip
#: Nouns for forces named by their kind alone ("the contingent", "the first units").
UNIT_NOUNS = frozenset(
    {"unit", "contingent", "troop", "force", "peacekeeper", "soldier", "battalion"}
)
#: Singular nouns for two parties named earlier ("the pair signed").
_PAIRS = frozenset({"pair", "duo"})
#: Plain nouns for people that stand for parties named earlier only with a number ("the
#: two men").
_PEOPLE = frozenset({"man", "woman"})
#: Modifiers that make a group noun a group of its own, not the parties named earlier.
_OTHER_GROUP = frozenset({"other", "political", "opposition", "ruling", "foreign", "world"})
_NUMBERS = {"two": 2, "both": 2, "three": 3, "four": 4, "pair": 2}
_SPEECH = frozenset({"say", "tell", "announce", "state", "confirm", "add", "write", "declare"})
#: Frames that make their complement a stated readiness, i.e. a commitment ("is ready to help").
_READY = frozenset({"ready", "willing", "prepared", "prepare"})


@dataclass(frozen=True)
class Context:
    """What earlier sentences of the article established."""

    actors: tuple[ActorRef, ...] = ()
    date: EventDate | None = None
    place: Place | None = None
    #: The sides of the last meeting reported between two or more states, for an earlier
    #: meeting the text names without its parties ("the first summit, held in June").
    meeting: tuple[ActorRef, ...] = ()


def _lemma(tok: Any) -> str:
    return str(tok.lemma_).lower()


def group_size(tok: Any) -> int | None:
    """How many parties a group noun stands for: 2 for "the two leaders" or "both sides",
    0 for an unnumbered "the leaders", None when the token is not a group noun."""
    if tok.pos_ == "NOUN" and _lemma(tok) in _PAIRS and tok.tag_ == "NN":
        # "the pair", "the duo": two parties named earlier
        return 2 if any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) else None
    if tok.pos_ == "NOUN" and _lemma(tok) in _PEOPLE and tok.tag_ == "NNS":
        # "the two men": as many people named earlier as the number says, never unnumbered
        counts = [c.lower_ for c in tok.children if c.dep_ == "nummod"]
        return next((_NUMBERS[c] for c in counts if c in _NUMBERS), None)
    if tok.pos_ != "NOUN" or _lemma(tok) not in GROUP_NOUNS or tok.tag_ not in ("NNS", "NNPS"):
        return None
    number = next(
        (
            _NUMBERS[c.lower_]
            for c in tok.children
            if c.dep_ in ("nummod", "det", "predet", "amod") and c.lower_ in _NUMBERS
        ),
        0,
    )
    for c in tok.children:
        if number and office_in([c.lower_, _lemma(tok)]) != office_in([_lemma(tok)]):
            continue  # "both foreign ministers": an office held by parties named earlier
        if c.dep_ == "compound" or c.lower_ in _OTHER_GROUP:
            return None  # "opposition parties", "EU leaders", "other countries": their own
    return number


def _is_state(ref: ActorRef) -> bool:
    return ref.sector is None


#: Sectors of actors named by a place (a breakaway region), never one of a group of people.
_PLACES = frozenset({"PRE"})


def recent_parties(
    mentions: Sequence[ActorMention], before: int, size: int, states: bool
) -> tuple[ActorRef, ...]:
    """The last ``size`` distinct named actors mentioned before a character offset: people
    for "the two leaders", states for "the two countries"."""
    out: list[ActorRef] = []
    for m in sorted(mentions, key=lambda m: m.start, reverse=True):
        ref = m.actor
        if m.start >= before or ref.country is None or ref.name is None:
            continue
        if not states and ref.sector in _PLACES:
            continue  # "the two leaders" are people, never "Nagorno-Karabakh" named nearby
        if _is_state(ref) != states or any(r.country == ref.country for r in out):
            continue
        out.append(ref)
        if len(out) == size:
            break
    return tuple(reversed(out)) if len(out) == size else ()


#: Texts that bind their parties, and the verbs by which they do ("the statement *commits
#: them* to settle disputes").
_TEXTS = frozenset(
    {"declaration", "statement", "treaty", "document", "deal", "agreement", "accord", "memorandum"}
)
_BINDING = frozenset({"commit", "promise", "pledge", "oblige", "obligate", "bind"})


def borrowed_actors(
    verb: Any,
    found: tuple[ActorRef, ...],
    index: MentionIndex,
    mentions: Sequence[ActorMention],
    context: Context,
) -> tuple[ActorRef, ...]:
    """Actors for a subject the sentence does not name: a pronoun ("he said he had
    signed", "They signed") or a group noun the actor layer left without a country.

    Returns ``found`` unchanged when the subject names its own actors.
    """
    subj = subjects(verb)
    if not subj:
        return found
    head = subj[0]
    if _lemma(head) in _TEXTS and _lemma(verb) in _BINDING and not found:
        # "The declaration commits *both countries* to refrain": the text binds its parties,
        # named by the object; they are the ones who commit (PLOVER AGREE).
        head = next((c for c in verb.children if c.dep_ == "dobj"), head)
        if head.lower_ in ("them", "us"):
            return context.actors or found
    if _lemma(head) in UNIT_NOUNS and not any(r.country for r in found):
        # "Russia has started withdrawing its contingent. The first units left their posts":
        # forces named by their kind alone are those of the one state the article was just
        # about; with two states in view they stay unnamed.
        in_view = {a.country for a in context.actors if a.country}
        return context.actors if len(in_view) == 1 else found
    named = index.phrase_refs(clause_antecedent(verb, head)) if head.pos_ == "PRON" else ()
    if named and not found:
        # "The Russian contingent had 2,000 troops when *it* deployed": the subject above.
        return tuple(named)
    if head.pos_ == "PRON" and head.lower_ in PRONOUNS:
        # What the sentence found came from elsewhere ("he signed ... *with Putin*").
        said_by = _speaker(verb, index)
        if head.lower_ == "they":
            # "'First they lobbed rockets,' official Ghulam Saidullah told AFP": a plural
            # pronoun is not the one person quoting it.
            said_by = tuple(r for r in said_by if not _one_person(r))
        referents = said_by or (
            context.actors[:1] if head.lower_ in ("he", "she", "it") else context.actors
        )
        return (*referents, *(f for f in found if f not in referents))
    size = group_size(head)
    if size is None or any(r.country for r in found):
        return found
    sides = {a.country for a in context.actors if a.country}
    if (size == 0 and len(sides) > 1) or (size > 0 and len(sides) == size):
        return context.actors
    states = _lemma(head) in ("country", "state", "government")
    return recent_parties(mentions, int(head.idx), size or 2, states) or found


def _one_person(ref: ActorRef) -> bool:
    """A named person (not a state named as a whole, nor a body with a plural sector)."""
    from eventwire.actors.countries import country_code

    if not ref.name or country_code(ref.name) is not None:
        return False
    return ref.sector in ("GOV", "ELI", "MIL", "COP", "JUD", "LEG", "OPP", "JRN", "REB")


def _announced_intent(verb: Any, index: MentionIndex) -> tuple[ActorRef, ...]:
    """Who announced the plan or decision whose content ``verb`` is ("The UAE and Israel
    announced their plan *to normalise* ties"): announcing one's own intention commits
    oneself, like "said it will" (PLOVER AGREE)."""
    noun = verb.head
    if verb.dep_ != "acl" or noun.i == verb.i or _lemma(noun) not in INTENT_NOUNS:
        return ()
    speech = noun.head
    if noun.dep_ != "dobj" or _lemma(speech) not in _SPEECH:
        return ()
    refs: list[ActorRef] = []
    for tok in subjects(speech):
        refs += [r for r in index.phrase_refs(tok) if r not in refs]
    return tuple(refs)


def speaker(verb: Any, index: MentionIndex) -> tuple[ActorRef, ...]:
    """Who reports the clause ``verb`` is in ("US officials said lifting the sanctions is
    out of the question"): the one whose stance a ruled-out act states."""
    return _speaker(verb, index)


def _speaker(verb: Any, index: MentionIndex) -> tuple[ActorRef, ...]:
    """The subject of the speech verb a clause is reported by ("Pashinyan said he ...")."""
    cur = verb
    for _ in range(4):
        if cur.dep_ == "ccomp" and _lemma(cur.head) in _SPEECH:
            refs: list[ActorRef] = []
            for tok in subjects(cur.head):
                refs += [r for r in index.phrase_refs(tok) if r not in refs]
            return tuple(refs)
        if cur.head.i == cur.i:
            break
        cur = cur.head
    return ()


def borrowed_date(date: EventDate, context: Context, raw_prefix: str = "context") -> EventDate:
    """An event with no date of its own takes the last stated date of the article: a
    continuation reports the same occasion. Kept as stated (not estimated), with
    ``date_raw`` saying where it came from."""
    if not date.date_estimated or context.date is None:
        return date
    raw = context.date.date_raw or context.date.event_date
    return replace(context.date, date_raw=f"{raw_prefix}: {raw}")


def same_occasion(date: EventDate, context: Context) -> bool:
    """Whether an event's date is the context's own date (so its place carries over too)."""
    return context.date is not None and date.event_date == context.date.event_date


def commitment(verb: Any, actors: tuple[ActorRef, ...], index: MentionIndex) -> str | None:
    """Why a future act is its actor's commitment (PLOVER AGREE), or None for a mere plan.

    "Hungary said it will support the resolution" and "Russia is ready to help" commit
    their actor; "Putin will visit Baku" or "plans to meet" only report a plan.
    """
    cur = verb
    for _ in range(4):
        if cur.head.i == cur.i:
            break
        if cur.dep_ in ("xcomp", "acomp") and _lemma(cur.head) in _READY:
            return f"readiness '{cur.head.text}'"
        cur = cur.head
    announced = _announced_intent(verb, index)
    if announced and {r.country for r in announced} & {a.country for a in actors if a.country}:
        return f"its own announced '{verb.head.text}'"
    said_by = _speaker(verb, index)
    speaker = {r.country for r in said_by if r.country}
    if speaker & {a.country for a in actors if a.country}:
        return "announced by its own actor"
    subj = subjects(verb)
    if said_by and subj and subj[0].lower_ in PRONOUNS:
        return "announced by its own actor (a pronoun for the speaker)"
    return None


#: Verbs of getting ready by which armed forces raise their readiness ("the army *prepared
#: to resume* shelling"): a show of force (MOBILIZE), not a stated intention.
_READYING = frozenset({"prepare", "poise", "gear", "ready", "brace", "mass"})


def readying(verb: Any) -> str | None:
    """Why a future attack is forces getting ready for it (PLOVER MOBILIZE), or None: a verb
    of getting ready governs it, used as a verb ("prepared to attack"), not as a stated
    readiness ("said it is prepared to")."""
    cur = verb
    for _ in range(3):
        if cur.head.i == cur.i or cur.dep_ != "xcomp":
            return None
        head = cur.head
        stated = any(_lemma(c) == "be" for c in head.children if c.dep_ in ("aux", "auxpass"))
        if _lemma(head) in _READYING and head.pos_ == "VERB" and not stated:
            return f"forces getting ready ('{head.text}')"
        cur = head
    return None


@dataclass(frozen=True)
class Pledge:
    """What a future act becomes when its actor commits to it (see ``pledge``)."""

    kind: str  # the lexicon verb whose trigger codes it: promise, threaten, concede, mobilize
    actors: tuple[ActorRef, ...]
    why: str


#: Event types whose promise is a concession (PLOVER CONCEDE: "promise of future
#: concessions", "promise to withdraw from territory"); the act itself is a RETREAT.
CONCESSIONS = frozenset({"RETREAT", "CONCEDE"})


def pledge(
    verb: Any, event_type: str, quad: int, actors: tuple[ActorRef, ...], index: MentionIndex
) -> Pledge | None:
    """A future act its own actor commits to, as the act PLOVER codes (or None for a plan).

    - forces getting ready to attack raise their readiness: MOBILIZE;
    - a committed harm, or an act made conditional ("unless"): THREATEN;
    - a committed withdrawal, release or easing: CONCEDE (the RETREAT is only promised);
    - any other commitment: AGREE; a donor's "will give / will provide" aid is one.
    A subject the parse left unnamed ("Ruritania says it is ready to pull back") is the speaker.
    """
    if quad == 4 and actors and readying(verb):
        return Pledge("mobilize", actors, readying(verb) or "")
    if _question(verb):
        return None
    why = commitment(verb, actors, index)
    if why is None and event_type == "AID" and actors and not _wished_by_recipient(verb):
        why = "a donor's announced aid"
    if why is None:
        return None
    actors = actors or _speaker(verb, index)
    if not actors:
        return None
    if threat(verb, quad, event_type):
        return Pledge("threaten", actors, why)
    if event_type in _VERBAL_ASKS:
        return None  # a request or accusation to come stays that act, in the future
    if event_type in CONCESSIONS and not why.startswith("readiness"):
        # A stated readiness to withdraw or release ("is ready to pull back") indicates
        # willingness (PLOVER AGREE: "offer ... or otherwise indicate willingness"); only a
        # promise of it is a concession (CONCEDE: "promise of future concessions").
        return Pledge("concede", actors, why)
    return Pledge("promise", actors, why)


def _wished_by_recipient(verb: Any) -> bool:
    """ "Residents gathered, hoping to be evacuated by the peacekeepers": a passive act the
    subject of the frame hopes or asks for is no commitment of its agent."""
    return verb.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in verb.children)


#: Verbal conflict acts whose promise is no threat: "is ready to ask Turkey for help" asks
#: (or will ask); it holds no harm over anyone.
_VERBAL_ASKS = frozenset({"REQUEST", "ACCUSE"})


#: Words that open a reported question ("did not say *when* the troops would leave").
_QUESTION_WORDS = frozenset({"when", "whether", "if", "how", "why", "where"})


def _question(verb: Any) -> bool:
    """Whether the future act is a reported question ("did not say when the last troops
    would leave"): asked about, not promised."""
    return verb.dep_ == "ccomp" and any(
        c.dep_ in ("advmod", "mark") and c.lower_ in _QUESTION_WORDS for c in verb.children
    )


def threat(verb: Any, quad: int, event_type: str = "") -> str | None:
    """Why a committed future act is a THREATEN rather than an AGREE, or None.

    PLOVER's THREATEN is a stated intention to do something harmful, or something the
    other side must prevent by a condition: "said they would boycott all contact" (a
    conflictual act, CAMEO quad class 3 or 4), "will withdraw its force unless ...".
    """
    if quad == 4 or (quad == 3 and event_type not in _VERBAL_ASKS):
        return f"the promised act is conflictual (quad class {quad})"
    for tok in verb.subtree:
        if _lemma(tok) == "unless" or (
            _lemma(tok) == "if" and any(c.dep_ == "neg" for c in tok.head.children)
        ):
            return f"the act is conditional ('{tok.text}')"
    return None
