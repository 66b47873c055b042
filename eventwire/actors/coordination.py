"""One actor per state of a role with coordinated country words.

Why: "Latvian and Estonian officials agreed", "French and Malian troops must leave ...":
the resolver reads one country from the phrase (the first), so the second state's part in
a joint act was lost. Each part is read again with the role noun.
"""

from __future__ import annotations

from typing import Any

from eventwire.actors.resolve import resolve
from eventwire.records import ActorRef


def conjoined_states(span: Any, ref: ActorRef, date: str | None, context: str) -> list[ActorRef]:
    """One actor per state of a role with coordinated country words: "Hungarian and
    Romanian officials", "U.S. and British forces", "Turkish and United Nations officials"
    (each part read with the role noun). Empty unless two or more states are named."""
    if ref.name is not None or ref.sector is None:
        return []
    root = span.root
    before = [t for t in span if t.i < root.i]
    if not any(t.lower_ == "and" for t in before):
        return []
    role = span.doc[root.i : span.end].text
    parts: list[list[Any]] = []
    cur: list[Any] = []
    for tok in before:
        if tok.lower_ in ("and", ",", "both"):
            parts.append(cur)
            cur = []
        else:
            cur.append(tok)
    parts.append(cur)
    out: list[ActorRef] = []
    for part in parts:
        words = [t for t in part if t.pos_ in ("PROPN", "ADJ", "NOUN") or t.ent_type_]
        if not words or any(t.lower_ == "ethnic" for t in part):
            continue
        found = resolve(" ".join(t.text for t in words) + " " + role, date, context)
        if found is not None and found.country and found.country not in [o.country for o in out]:
            out.append(ActorRef(None, found.country, found.sector or ref.sector))
    return out if len(out) >= 2 else []
