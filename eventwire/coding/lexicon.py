"""The trigger lexicon: which words report which PLOVER event, loaded from ``triggers.yaml``.

The lexicon is data, not code, so that a political scientist can correct a mapping without
reading Python; this module only validates it and gives it a typed shape.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from eventwire.coding.cameo import quad_class
from eventwire.errors import EventwireError

PLOVER_TYPES = frozenset(
    {
        "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "ACCUSE",
        "REQUEST", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT",
    }
)  # fmt: skip
ROLES = frozenset({"default", "reciprocal", "visit", "host", "accuse"})


@dataclass(frozen=True)
class Trigger:
    """What a trigger word codes as, and how the parse maps to actor and recipient."""

    word: str
    event_type: str
    cameo: str
    mode: str | None = None
    contexts: tuple[str, ...] = ()
    role: str = "default"
    strength: float = 0.6
    needs_object: frozenset[str] = frozenset()
    needs_actor_object: bool = False
    needs_particle: str | None = None
    needs_prep: frozenset[str] = frozenset()
    needs_xcomp: bool = False
    needs_next: str | None = None
    needs_actor_sector: frozenset[str] = frozenset()
    #: Nouns: a modifier the noun must carry ("joint" statement is a signed text, a bare
    #: statement is speech).
    needs_modifier: frozenset[str] = frozenset()
    #: Nouns: a word (lemma) the sentence must contain ("launch" is a missile launch only
    #: in a sentence about a missile).
    needs_sentence_word: frozenset[str] = frozenset()
    #: Nouns that report their event in any position ("ended with a joint statement",
    #: "tracked the missile from its launch"), not only as subject or headline.
    anywhere: bool = False


@dataclass(frozen=True)
class ObjectPattern:
    """A verb whose meaning depends on its object ("sign" + "agreement" is SUPPORT)."""

    verbs: frozenset[str]
    objects: frozenset[str]
    trigger: Trigger


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, Trigger]
    nouns: dict[str, Trigger]
    objects: tuple[ObjectPattern, ...]
    light_verbs: frozenset[str]
    occurrence_verbs: frozenset[str]
    future_frames: frozenset[str]
    frame_verbs: frozenset[str]
    negating_frames: frozenset[str]
    negators: frozenset[str]
    #: Verbs that keep someone from an act ("barred from travelling"): the act is not done.
    preventing_frames: frozenset[str] = frozenset()
    #: Event nouns that report a different event when they occur ("the truce took effect"
    #: is the ceasefire observed, RETREAT) than when they are declared (CONCEDE).
    occurring_nouns: dict[str, Trigger] = field(default_factory=dict)
    #: Speech verbs that report a request when their clause says what another must do
    #: ("Russia said Sudan must return the helicopter").
    request_speech_verbs: frozenset[str] = frozenset()
    request_modals: frozenset[str] = frozenset()
    #: Verbs whose prepositional object names their event ("returned *for talks*",
    #: "engaged *in* ethnic cleansing"), with the prepositions that do so.
    prep_noun_verbs: dict[str, frozenset[str]] = field(default_factory=dict)
    #: Verb + subject patterns ("peacekeepers *arrived*", "the fighting *stopped*"): the
    #: event depends on who or what does it. ``objects`` holds the subject words.
    subjects: tuple[ObjectPattern, ...] = ()
    #: Verbs whose negation is a refusal ("will not accept", "did not allow"): REJECT.
    refusal_verbs: frozenset[str] = frozenset()
    #: Every verb lemma the lexicon names, in any section (to repair a tagger's lemma).
    verb_words: frozenset[str] = frozenset()


def _words(spec: dict[str, Any], key: str, word: str, where: str) -> frozenset[str]:
    """A list of words from the YAML; YAML reads a bare ``on``/``no`` as a boolean, which would
    fail far from here (at the first sentence that needs it), so say so now."""
    values = spec.get(key) or ()
    bad = [v for v in values if not isinstance(v, str)]
    if bad:
        raise EventwireError(
            "E307",
            f"triggers.yaml {where} {word!r}: {key} has non-word values {bad!r}",
            'quote words YAML reads as booleans or numbers, e.g. ["on", "no"]',
        )
    return frozenset(values)


def _trigger(word: str, spec: dict[str, Any], where: str) -> Trigger:
    event_type = spec.get("type")
    cameo = spec.get("cameo")
    if event_type not in PLOVER_TYPES:
        raise EventwireError(
            "E303",
            f"triggers.yaml {where} {word!r}: {event_type!r} is not a PLOVER event type",
            "use one of " + ", ".join(sorted(PLOVER_TYPES)),
        )
    if not isinstance(cameo, str):
        raise EventwireError(
            "E304",
            f"triggers.yaml {where} {word!r}: cameo {cameo!r} is not a quoted string",
            'quote CAMEO codes so leading zeros survive, e.g. cameo: "042"',
        )
    quad_class(cameo)  # validates the code
    role = spec.get("role", "default")
    if role not in ROLES:
        raise EventwireError(
            "E305",
            f"triggers.yaml {where} {word!r}: unknown role {role!r}",
            "use one of " + ", ".join(sorted(ROLES)),
        )
    return Trigger(
        word=word,
        event_type=event_type,
        cameo=cameo,
        mode=spec.get("mode"),
        contexts=tuple(spec.get("contexts") or ()),
        role=role,
        strength=float(spec.get("strength", 0.6)),
        needs_object=_words(spec, "needs_object", word, where),
        needs_actor_object=bool(spec.get("needs_actor_object", False)),
        needs_particle=spec.get("needs_particle"),
        needs_prep=_words(spec, "needs_prep", word, where),
        needs_xcomp=bool(spec.get("needs_xcomp", False)),
        needs_next=spec.get("needs_next"),
        needs_actor_sector=_words(spec, "needs_actor_sector", word, where),
        needs_modifier=_words(spec, "needs_modifier", word, where),
        needs_sentence_word=_words(spec, "needs_sentence_word", word, where),
        anywhere=bool(spec.get("anywhere", False)),
    )


def parse_lexicon(data: dict[str, Any]) -> Lexicon:
    """Validate a lexicon mapping (the parsed YAML) and build typed triggers from it."""
    patterns = []
    for n, spec in enumerate(data.get("objects") or ()):
        verbs = frozenset(spec["verbs"])
        trig = _trigger("+".join(sorted(verbs)[:2]), spec, f"objects[{n}]")
        patterns.append(ObjectPattern(verbs, frozenset(spec["objects"]), trig))
    by_subject = []
    for n, spec in enumerate(data.get("subjects") or ()):
        verbs = frozenset(spec["verbs"])
        trig = _trigger("+".join(sorted(verbs)[:2]), spec, f"subjects[{n}]")
        by_subject.append(ObjectPattern(verbs, frozenset(spec["subjects"]), trig))
    by_verb = {w: _trigger(w, s, "verbs") for w, s in (data.get("verbs") or {}).items()}
    verb_words = set(by_verb) | set(data.get("light_verbs") or ())
    verb_words |= set(data.get("frame_verbs") or ())
    for pattern in patterns:
        verb_words |= pattern.verbs
    return Lexicon(
        verbs=by_verb,
        nouns={w: _trigger(w, s, "nouns") for w, s in (data.get("nouns") or {}).items()},
        objects=tuple(patterns),
        light_verbs=frozenset(data.get("light_verbs") or ()),
        occurrence_verbs=frozenset(data.get("occurrence_verbs") or ()),
        future_frames=frozenset(data.get("future_frames") or ()),
        frame_verbs=frozenset(data.get("frame_verbs") or ()),
        negating_frames=frozenset(data.get("negating_frames") or ()),
        negators=frozenset(data.get("negators") or ()),
        preventing_frames=frozenset(data.get("preventing_frames") or ()),
        occurring_nouns={
            w: _trigger(w, s, "occurring_nouns")
            for w, s in (data.get("occurring_nouns") or {}).items()
        },
        request_speech_verbs=frozenset(data.get("request_speech_verbs") or ()),
        request_modals=frozenset(data.get("request_modals") or ()),
        verb_words=frozenset(verb_words),
        subjects=tuple(by_subject),
        refusal_verbs=frozenset(data.get("refusal_verbs") or ()),
        prep_noun_verbs={
            verb: frozenset(preps) for verb, preps in (data.get("prep_noun_verbs") or {}).items()
        },
    )


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The shipped trigger lexicon (parsed once per process)."""
    text = (
        resources.files("eventwire.coding")
        .joinpath("data/triggers.yaml")
        .read_text(encoding="utf-8")
    )
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise EventwireError(
            "E306",
            f"eventwire/coding/data/triggers.yaml is not valid YAML: {exc}",
            "fix the line the YAML error names",
        ) from exc
    return parse_lexicon(data)
