"""Offices named by role words ("foreign minister", "Secretary of State") in canonical form.

Why: coreference needs to know which post a mention or a person holds, so that "his
Azerbaijani counterpart" of a foreign minister is Azerbaijan's foreign minister, and
"the two ministers" are ministers, not the prime minister who hosted them. The canonical
words are those of the ``office`` column of actors_updates.csv.
"""

from __future__ import annotations

#: Role phrases (normalised, singular) -> canonical office; longest phrase first wins.
OFFICE_WORDS: dict[str, str] = {
    "foreign minister": "foreign minister", "minister of foreign affairs": "foreign minister",
    "foreign secretary": "foreign minister", "secretary of state": "foreign minister",
    "top diplomat": "foreign minister", "defence minister": "defence minister",
    "defense minister": "defence minister", "defense secretary": "defence minister",
    "defence secretary": "defence minister", "minister of defence": "defence minister",
    "minister of defense": "defence minister", "prime minister": "prime minister",
    "premier": "prime minister", "deputy prime minister": "deputy prime minister",
    "vice president": "vice president", "president": "president",
    "chancellor": "chancellor", "speaker": "speaker", "spokesman": "spokesperson",
    "spokeswoman": "spokesperson", "spokesperson": "spokesperson",
}  # fmt: skip
#: Offices whose holders are heads of state or government ("the leaders").
HEADS = frozenset({"president", "prime minister", "chancellor", "supreme leader"})
#: Group heads (singular) and the offices each may refer to (None: any head of state or
#: government); "counterparts" and "sides" take whoever was named.
GROUP_NOUNS: dict[str, frozenset[str] | None] = {
    "leader": HEADS, "president": frozenset({"president"}),
    "premier": frozenset({"prime minister"}), "prime minister": frozenset({"prime minister"}),
    "minister": frozenset({"foreign minister", "defence minister", "deputy prime minister"}),
    "foreign minister": frozenset({"foreign minister"}),
    "defence minister": frozenset({"defence minister"}),
    "defense minister": frozenset({"defence minister"}),
    "counterpart": None, "head of state": HEADS,
}  # fmt: skip


def office_in(keys: list[str]) -> str:
    """The office the role words name ("armenian foreign minister" -> foreign minister)."""
    text = " " + " ".join(keys) + " "
    for phrase in sorted(OFFICE_WORDS, key=len, reverse=True):
        for form in (phrase, phrase + "s"):
            if f" {form} " in text:
                return OFFICE_WORDS[phrase]
    return ""


def fits(office: str, wanted: frozenset[str] | None) -> bool:
    """Whether a person holding ``office`` ("" when unknown) may be one of a group."""
    if wanted is None or not office:
        return True
    return office in wanted
