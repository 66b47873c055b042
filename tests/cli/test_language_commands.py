"""`eventwire analyze` and `eventwire resolve`: the public JSON shapes, end to end."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from eventwire.cli import app

runner = CliRunner()

TEXT = (
    "  Russian President Vladimir Putin met Ilham Aliyev in Baku on Monday.\n\n"
    "The two presidents discussed transport links."
)


def _run(command: str, lines: list[dict[str, object]]) -> list[dict[str, object]]:
    stdin = "\n".join(json.dumps(line) for line in lines) + "\n"
    result = runner.invoke(app, [command, "-"], input=stdin)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def test_analyze_offsets_point_into_the_text_as_given() -> None:
    [out] = _run("analyze", [{"id": "a1", "text": TEXT, "published": "2024-08-19"}])
    assert out["id"] == "a1"
    assert out["publication_date"] == "2024-08-19"
    assert out["publication_date_estimated"] is False
    for key in ("sentences", "entities", "actors", "times", "places"):
        assert out[key], key
    for key in ("entities", "actors", "times", "places"):
        for item in out[key]:
            assert TEXT[item["start"] : item["end"]] == item["text"], (key, item)
    putin = next(a for a in out["actors"] if a["name"] == "Vladimir Putin")
    assert putin["text"] == "Russian President Vladimir Putin"  # no leading whitespace
    assert (putin["country"], putin["sector"]) == ("RUS", "GOV")
    pair = {a["name"] for a in out["actors"] if a["text"] == "The two presidents"}
    assert pair == {"Vladimir Putin", "Ilham Aliyev"}
    [monday] = [t for t in out["times"] if t["text"] == "Monday"]
    assert monday["value"] == "2024-08-19" and monday["type"] == "DATE"
    assert set(monday) == {"text", "start", "end", "value", "precision", "type", "anchor"}
    [baku] = out["places"]
    assert baku["country"] == "AZE" and baku["geonames_id"] == 587084
    assert set(baku) == {"text", "start", "end", "name", "country", "latitude", "longitude",
                         "geonames_id"}  # fmt: skip


def test_analyze_estimates_a_missing_date_from_the_dateline_and_says_so() -> None:
    text = "BAKU, Aug 19, 2024 (Steppe Herald) - Azerbaijan and Armenia held talks on Sunday."
    [out] = _run("analyze", [{"id": "a2", "text": text}])
    assert out["publication_date"] == "2024-08-19"
    assert out["publication_date_estimated"] is True
    [sunday] = [t for t in out["times"] if t["text"] == "Sunday"]
    assert sunday["value"] == "2024-08-18"


def test_analyze_reports_a_bad_line_and_goes_on() -> None:
    stdin = 'not json\n{"id": "ok", "text": "Putin spoke."}\n{"id": "no-text"}\n'
    result = runner.invoke(app, ["analyze", "-"], input=stdin)
    assert result.exit_code == 0
    ids = [json.loads(line)["id"] for line in result.stdout.splitlines()]
    assert ids == ["ok"]
    assert "[E120]" in result.stderr and "[E122]" in result.stderr


def test_resolve_the_issue_examples() -> None:
    rows = [
        {"id": 1, "text": "Armenian Prime Minister Nikol Pashinyan", "date": "2024-08-19"},
        {"id": 2, "text": "American warplanes"},
        {"id": 3, "text": "retired vice president", "date": "2024-08-19"},
        {"id": 4, "text": "Hezbollah"},
        {"id": 5, "text": "soldiers"},
        {"id": 6, "text": "xyzzy"},
    ]
    out = {o["id"]: (o["name"], o["country"], o["sector"]) for o in _run("resolve", rows)}
    assert out[1] == ("Nikol Pashinyan", "ARM", "GOV")
    assert out[2] == (None, "USA", "MIL")
    assert out[3] == (None, None, "ELI")
    assert out[4][:2] == ("Hezbollah", "LBN") and out[4][2] not in (None, "GOV")
    assert out[5] == (None, None, "MIL")
    assert out[6] == (None, None, None)


def test_every_language_command_help_ends_with_an_example() -> None:
    for command in ("analyze", "resolve"):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0
        assert "Example:" in result.stdout
