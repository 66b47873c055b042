"""The sentence annotation format: what a user gives `eventwire train`, and our pointers
into ../shared."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.errors import EventwireError
from eventwire.evaluate.annotations import parse_line, read_annotations, sha1

ANNOTATIONS = Path(__file__).resolve().parents[1] / "gold" / "annotations"


def test_a_user_line_keeps_its_events_and_types() -> None:
    row = parse_line({"text": "Police arrested him.", "events": [
        {"event_type": "COERCE", "mode": "arrest", "actors": [{"text": "Police", "sector": "COP"}]},
        {"event_type": "CONSULT", "modality": "future"},
    ]}, "x:1")
    assert row.text == "Police arrested him." and row.split is None
    assert row.events[0].actors[0].sector == "COP" and row.events[0].actors[0].country is None
    assert row.types == {"COERCE"}  # the planned meeting is not an act that happened


def test_an_empty_events_list_is_a_sentence_with_no_event() -> None:
    assert parse_line({"text": "It rained.", "events": []}, "x:1").events == ()


@pytest.mark.parametrize(("line", "code"), [
    ({"text": "x", "events": [{"event_type": "MEET"}]}, "E331"),
    ({"text": "x", "events": [{"event_type": "AGREE", "modality": "maybe"}]}, "E332"),
    ({"text": "x"}, "E333"),
    ({"events": []}, "E334"),
    ({"text": "x", "events": [{"event_type": "AGREE", "actors": ["Putin"]}]}, "E330"),
])
def test_a_bad_line_is_named_with_its_reason(line: dict, code: str) -> None:
    with pytest.raises(EventwireError) as err:
        parse_line(line, "mine.jsonl:7")
    assert err.value.code == code and "mine.jsonl:7" in str(err.value)


def test_a_file_that_is_not_json_lines_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text('{"text": "a", "events": []}\nnot json\n')
    with pytest.raises(EventwireError) as err:
        list(read_annotations(path))
    assert err.value.code == "E335" and ":2" in str(err.value)


def test_our_annotations_resolve_against_shared_and_inherit_their_split(shared_dir: Path) -> None:
    rows = [r for p in sorted(ANNOTATIONS.glob("*.jsonl")) for r in read_annotations(p, shared_dir)]
    assert len(rows) >= 2100
    assert {r.split for r in rows} == {"train", "validation", "test"}
    assert len({r.sentence_id for r in rows}) == len(rows)


def test_a_pointer_whose_text_changed_fails_its_checksum(shared_dir: Path) -> None:
    line = json.loads((ANNOTATIONS / "ecbplus-a4.jsonl").read_text().splitlines()[0])
    line["source"]["sha1"] = sha1("something else")
    with pytest.raises(EventwireError) as err:
        parse_line(line, "x:1", shared_dir)
    assert err.value.code == "E339"
