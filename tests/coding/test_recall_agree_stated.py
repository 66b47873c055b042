"""AGREE recall and the checks that keep it honest (sentences written for these tests about
real events, in our own words): a readiness stated with a polite "would", an intention
confirmed, commitments of "the pair" or of the parties a talk "led" to agree, and what is no
event at all (a habit, an interview)."""

from __future__ import annotations

from eventwire.coding import code_events
from eventwire.records import Event

from .coded import Build, asserted, countries


def _of(build: Build, text: str, kind: str, published: str = "2022-11-01") -> list[Event]:
    events = code_events(build(text, published=published))
    return [e for e in events if e.event_type == kind and e.modality == "asserted"]


def test_a_readiness_stated_with_would_is_given_now(make_analysis: Build) -> None:
    agree = _of(make_analysis, "Putin said Russia would be glad to help Armenia and Azerbaijan "
                "reach a peace treaty.", "AGREE")
    assert agree and countries(agree[0].actors) == ["RUS"]
    # a plain "would" on an act is still not done
    assert not _of(make_analysis, "Putin said Russia would help Armenia and Azerbaijan.", "AGREE")


def test_an_intention_confirmed_is_a_commitment(make_analysis: Build) -> None:
    agree = _of(make_analysis, "Vladimir Putin and Ilham Aliyev confirmed their intention to "
                "deepen their alliance.", "AGREE")
    assert agree and countries(agree[0].actors) == ["AZE", "RUS"]


def test_the_pair_and_the_two_men_are_the_two_named_before(make_analysis: Build) -> None:
    text = (
        "Vladimir Putin and Ilham Aliyev met in Moscow on February 22. The pair signed a "
        "declaration, promising to cooperate on defence."
    )
    events = asserted(make_analysis, text)
    agree = [e for e in events if e.event_type == "AGREE"]
    assert agree and countries(agree[0].actors) == ["AZE", "RUS"], events
    text = "Vladimir Putin and Ilham Aliyev met in Moscow. The two men signed a declaration."
    support = [e for e in asserted(make_analysis, text) if e.event_type == "SUPPORT"]
    assert support and countries(support[0].actors) == ["AZE", "RUS"]


def test_parties_led_to_agree_are_the_ones_who_agree(make_analysis: Build) -> None:
    text = (
        "Russia hosted talks in Moscow that led Armenia and Azerbaijan to agree to a "
        "humanitarian truce."
    )
    events = [e for e in asserted(make_analysis, text) if e.event_type in ("AGREE", "CONCEDE")]
    assert events and countries(events[0].actors) == ["ARM", "AZE"], events


def test_a_habit_is_no_event(make_analysis: Build) -> None:
    assert not _of(make_analysis, "The two presidents meet regularly.", "CONSULT")
    assert not _of(make_analysis, "Putin and Aliyev meet on a regular basis.", "CONSULT")
    assert _of(make_analysis, "Putin and Aliyev met on Monday.", "CONSULT")


def test_speaking_to_the_press_is_no_consultation(make_analysis: Build) -> None:
    assert not _of(make_analysis, "Speaking to reporters, Aliyev said the talks went well.",
                   "CONSULT")
    assert _of(make_analysis, "Aliyev spoke with Putin by phone on Monday.", "CONSULT")


def test_a_subject_after_a_fronted_list_of_places(make_analysis: Build) -> None:
    # the parser reads "Armenia and Azerbaijan" as more places of the fronted list
    text = (
        "After three years of tension that fed clashes from Tavush to Nakhchivan, Armenia and "
        "Azerbaijan said on Monday that they would resume diplomatic relations."
    )
    agree = _of(make_analysis, text, "AGREE")
    assert agree and countries(agree[0].actors) == ["ARM", "AZE"], agree


def test_a_party_that_followed_did_the_act_on_its_own_date(make_analysis: Build) -> None:
    text = (
        "Russia and Turkey announced their plan to normalise ties on Monday, and Armenia "
        "followed on Friday."
    )
    agree = _of(make_analysis, text, "AGREE", published="2022-11-12")
    assert [countries(e.actors) for e in agree] == [["RUS", "TUR"], ["ARM"]], agree
    assert agree[1].event_date == "2022-11-11"
    # "followed" with an object of its own copies nothing
    text = "Russia expelled two diplomats on Monday, and protests followed the decision."
    assert len(_of(make_analysis, text, "SANCTION", published="2022-11-12")) == 1


def test_an_agreed_thing_is_no_agreement(make_analysis: Build) -> None:
    text = "The summit produced a vague pledge but no agreed steps."
    assert not _of(make_analysis, text, "AGREE", published="2019-02-28")
