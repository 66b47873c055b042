"""CAMEO codes: quad class from the root, PLOVER contexts from the shipped crosswalk."""

from __future__ import annotations

import pytest

from eventwire.coding.cameo import contexts_for, crosswalk, lookup, quad_class
from eventwire.coding.lexicon import load_lexicon, parse_lexicon
from eventwire.errors import EventwireError


@pytest.mark.parametrize(
    ("code", "quad"),
    [("040", 1), ("042", 1), ("057", 1), ("036", 1), ("0871", 2), ("074", 2), ("112", 3),
     ("130", 3), ("141", 4), ("163", 4), ("173", 4), ("194", 4)],
)  # fmt: skip
def test_quad_class_comes_from_the_root_code(code: str, quad: int) -> None:
    assert quad_class(code) == quad


@pytest.mark.parametrize("bad", ["42", "9", "21x", "2101", "abc"])
def test_codes_that_are_not_cameo_are_refused_with_a_remedy(bad: str) -> None:
    with pytest.raises(EventwireError) as err:
        quad_class(bad)
    assert "CAMEO" in str(err.value)


def test_crosswalk_keeps_leading_zeros_and_modes() -> None:
    table = crosswalk()
    assert table["041"].event == "CONSULT" and table["041"].mode == "phone"
    assert table["0871"].mode == "ceasefire"
    assert table["0861"].contexts == ("peacekeeping",)


def test_lookup_falls_back_to_the_parent_code() -> None:
    entry = lookup("1823")
    assert entry is not None and entry.event == "ASSAULT"
    assert contexts_for("0871") == ("military",)
    assert contexts_for("040") == ()


def test_every_trigger_in_the_lexicon_has_a_valid_code() -> None:
    lexicon = load_lexicon()
    for trig in [*lexicon.verbs.values(), *lexicon.nouns.values()]:
        assert 1 <= quad_class(trig.cameo) <= 4
    assert lexicon.verbs["visit"].cameo == "042"


def test_a_lexicon_entry_with_an_unquoted_code_is_refused() -> None:
    with pytest.raises(EventwireError, match="quoted string"):
        parse_lexicon({"verbs": {"meet": {"type": "CONSULT", "cameo": 40}}})
    with pytest.raises(EventwireError, match="not a PLOVER event type"):
        parse_lexicon({"verbs": {"meet": {"type": "MEET", "cameo": "040"}}})
