"""Deaths and blasts that nobody caused on purpose are no political event.

Why: "killed", "died", "explosion" and "blast" are ASSAULT triggers, rightly, for attacks.
But news reports as many deaths by accident and disaster (a bus crash, a gas explosion at a
factory, a blast in a coal mine, a fire at a depot), and those must give no event: an
analyst counting attacks would count each one as a violent act by no one against someone.

The pattern: an ASSAULT that names no attacker, in a sentence that speaks of an accident or
a disaster (crash, collision, leak, collapse, earthquake, flood, fire, ...) and of no
weapon or attacker (bomb, rocket, gunmen, militants, raid, shelling, "opened fire", ...).
Both word lists name kinds of things, not sentences; a sentence with words of both kinds
(a bomb blast that set off a gas leak) keeps its event.
"""

from __future__ import annotations

from typing import Any

from eventwire.records import Event

#: Lemmas that say something happened by accident or by nature.
ACCIDENT_WORDS = frozenset({
    "accident", "accidental", "accidentally", "crash", "collision", "collide", "derail",
    "derailment", "capsize", "sink", "collapse", "leak", "gas", "boiler", "short-circuit",
    "malfunction", "blaze", "wildfire", "fire", "earthquake", "quake", "tremor", "flood",
    "flooding", "landslide", "mudslide", "avalanche", "cyclone", "hurricane",
    "typhoon", "tornado", "lightning", "heatwave", "drown", "stampede", "outbreak",
    "epidemic", "overdose", "electrocute", "spontaneous", "faulty", "negligence", "miner",
    "colliery",
})  # fmt: skip

#: Lemmas that say someone meant it: weapons, attackers, armed acts.
ATTACK_WORDS = frozenset({
    "attack", "attacker", "assailant", "bomb", "bomber", "bombing", "rocket", "missile",
    "shell", "shelling", "mortar", "grenade", "ied", "explosive", "suicide", "drone",
    "airstrike", "airstrikes", "gunman", "gunmen", "gunfire", "shoot", "shooting",
    "sniper", "militant", "terrorist", "terror", "insurgent", "rebel", "jihadist", "militia",
    "ambush", "assassinate", "assassination", "kidnap", "abduct", "hostage", "raid",
    "storm", "stab", "arson", "arsonist", "sabotage", "deliberate", "deliberately",
    "shot", "weapon", "gun", "artillery", "landmine", "torture", "beat", "lynch",
})  # fmt: skip
#: Two-word phrases of armed acts whose second word is also an accident word.
_ARMED_PHRASES = frozenset({
    ("open", "fire"), ("set", "fire"), ("under", "fire"), ("return", "fire"), ("tear", "gas"),
    ("nerve", "gas"), ("exchange", "of"),
})  # fmt: skip


def accidental(event: Event, sentence: Any) -> str | None:
    """Why ``event`` reports an accident or a disaster rather than an act (None when not)."""
    if event.event_type != "ASSAULT" or event.actors:
        return None
    lemmas = {str(t.lemma_).lower() for t in sentence} | {t.lower_ for t in sentence}
    words = [(str(t.lemma_).lower(), t.lower_) for t in sentence]
    pairs = {(a[0], b[1]) for a, b in zip(words, words[1:], strict=False)}
    if pairs & _ARMED_PHRASES or any(
        t.lower_ == "fire" and str(t.head.lemma_).lower() in ("open", "set") for t in sentence
    ):
        return None  # "opened fire", "set fire to", "tear gas": armed acts
    if lemmas & ATTACK_WORDS:
        return None
    cause = sorted(lemmas & ACCIDENT_WORDS)
    if not cause:
        return None
    return f"no attacker, and {cause[0]!r} tells of an accident or a disaster"
