"""The event coder on sentences written for these tests (real events, our own words)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.coding import code_events
from eventwire.coding.coder import event_id
from eventwire.errors import EventwireError
from eventwire.records import ActorRef, Analysis, Event

from .coded import with_actor_layer

Build = Callable[..., Analysis]


def one(build: Build, text: str, **kw: str) -> Event:
    events = code_events(build(text, **kw))
    assert len(events) == 1, [(e.event_type, e.event_mode) for e in events]
    return events[0]


def countries(refs: tuple[ActorRef, ...]) -> list[str]:
    return [r.country or "-" for r in refs]


def test_reciprocal_meeting_puts_both_leaders_among_actors(make_analysis: Build) -> None:
    ev = one(make_analysis, "Putin and Aliyev met on Tuesday.")
    assert (ev.event_type, ev.cameo_code, ev.quad_class) == ("CONSULT", "040", 1)
    assert countries(ev.actors) == ["RUS", "AZE"] and ev.recipients == ()
    assert (ev.event_date, ev.date_precision, ev.date_raw) == ("2022-11-01", "day", "Tuesday")
    assert not ev.date_estimated and ev.modality == "asserted"


def test_meeting_in_a_third_country_keeps_both_sides_as_actors(make_analysis: Build) -> None:
    ev = one(make_analysis, "Putin and Aliyev met in Prague on Tuesday.")
    assert (ev.event_mode, ev.cameo_code) == ("third-party", "044")
    assert countries(ev.actors) == ["RUS", "AZE"] and ev.recipients == ()
    assert ev.location is not None and ev.location.name == "Prague"


def test_meeting_in_one_sides_country_is_a_visit_to_it(make_analysis: Build) -> None:
    ev = one(make_analysis, "Putin and Aliyev met in Moscow on Tuesday.")
    assert (ev.event_mode, ev.cameo_code) == ("visit", "042")
    assert countries(ev.actors) == ["AZE"] and countries(ev.recipients) == ["RUS"]
    assert ev.location is not None and ev.location.name == "Moscow"


def test_met_with_is_reciprocal(make_analysis: Build) -> None:
    ev = one(make_analysis, "Pashinyan met with Aliyev in Brussels on 14 May 2023.")
    assert ev.event_type == "CONSULT"
    assert sorted(countries(ev.actors)) == ["ARM", "AZE"] and ev.recipients == ()
    assert ev.event_date == "2023-05-14"


def test_hosted_talks_between_two_leaders_are_third_party(make_analysis: Build) -> None:
    ev = one(
        make_analysis,
        "Putin hosted talks between Aliyev and Pashinyan in Sochi on 31 October 2022.",
    )
    assert (ev.event_type, ev.event_mode, ev.cameo_code) == ("CONSULT", "third-party", "044")
    assert countries(ev.actors) == ["RUS"]
    assert countries(ev.recipients) == ["AZE", "ARM"]
    assert ev.location is not None and ev.location.name == "Sochi"


@pytest.mark.parametrize(
    "text",
    [
        "Aliyev spoke with Putin by phone on Monday.",
        "Putin held a phone call with Aliyev on Monday.",
    ],
)
def test_phone_calls(make_analysis: Build, text: str) -> None:
    ev = one(make_analysis, text)
    assert (ev.event_type, ev.event_mode, ev.cameo_code) == ("CONSULT", "phone", "041")
    assert sorted(countries(ev.actors)) == ["AZE", "RUS"]


def test_visit_codes_visitor_as_actor_and_host_as_recipient(make_analysis: Build) -> None:
    ev = one(make_analysis, "Pashinyan visited Moscow on 25 May 2023.")
    assert (ev.event_type, ev.event_mode, ev.cameo_code) == ("CONSULT", "visit", "042")
    assert countries(ev.actors) == ["ARM"] and countries(ev.recipients) == ["RUS"]


def test_paid_a_visit_and_hosting_a_visitor(make_analysis: Build) -> None:
    ev = one(make_analysis, "Aliyev paid an official visit to Russia in February 2022.")
    assert (ev.event_type, ev.event_mode) == ("CONSULT", "visit")
    assert countries(ev.actors) == ["AZE"] and countries(ev.recipients) == ["RUS"]
    assert (ev.event_date, ev.date_precision) == ("2022-02", "month")
    hosted = one(make_analysis, "Putin hosted Pashinyan at his residence on Friday.")
    assert countries(hosted.actors) == ["ARM"] and countries(hosted.recipients) == ["RUS"]


def test_signing_is_support_and_passive_agents_are_actors(make_analysis: Build) -> None:
    ev = one(
        make_analysis, "The statement was signed by Putin, Aliyev and Pashinyan on 9 November 2020."
    )
    assert (ev.event_type, ev.cameo_code) == ("SUPPORT", "057")
    assert countries(ev.actors) == ["RUS", "AZE", "ARM"]
    assert ev.event_date == "2020-11-09"


def test_reported_past_signing_takes_its_own_date(make_analysis: Build) -> None:
    ev = one(
        make_analysis,
        "Last February, Putin and Aliyev signed a declaration on allied interaction.",
        published="2022-11-01",
    )
    assert ev.event_type == "SUPPORT"
    assert (ev.event_date, ev.date_precision, ev.date_raw) == ("2022-02", "month", "Last February")


def test_declared_ceasefire_is_concede_implemented_is_retreat(make_analysis: Build) -> None:
    declared = one(make_analysis, "Armenia and Azerbaijan declared a ceasefire on 10 October 2020.")
    assert (declared.event_type, declared.event_mode) == ("CONCEDE", "ceasefire")
    assert declared.cameo_code == "0871" and "military" in declared.contexts
    held = one(make_analysis, "Armenian forces observed the truce along the border on Sunday.")
    assert (held.event_type, held.event_mode) == ("RETREAT", "ceasefire")


def test_peacekeepers_sent_is_aid_and_let_in_is_retreat_access(make_analysis: Build) -> None:
    sent = one(make_analysis, "Russia sent peacekeepers to Nagorno-Karabakh in November 2020.")
    assert (sent.event_type, sent.cameo_code) == ("AID", "074")
    assert countries(sent.actors) == ["RUS"]
    allowed = one(make_analysis, "Azerbaijan allowed Russian peacekeepers into Lachin.")
    assert (allowed.event_type, allowed.event_mode) == ("RETREAT", "access")
    assert countries(allowed.actors) == ["AZE"] and countries(allowed.recipients) == ["RUS"]


def test_accusation_does_not_also_code_what_is_alleged(make_analysis: Build) -> None:
    ev = one(make_analysis, "Armenia accused Azerbaijan of shelling villages near the border.")
    assert (ev.event_type, ev.quad_class) == ("ACCUSE", 3)
    assert countries(ev.actors) == ["ARM"] and countries(ev.recipients) == ["AZE"]


@pytest.mark.parametrize(
    ("text", "etype", "actor", "recipient"),
    [
        ("Azerbaijani forces shelled Stepanakert on Sunday.", "ASSAULT", "AZE", None),
        ("The European Union urged Azerbaijan to reopen the road.", "REQUEST", "EUR", "AZE"),
        ("Armenia rejected the Russian proposal.", "REJECT", "ARM", None),
        ("Azerbaijan threatened to use force against Armenia.", "THREATEN", "AZE", "ARM"),
        ("Thousands of protesters rallied in Yerevan on Saturday.", "PROTEST", None, None),
        ("The European Union imposed sanctions on Russia in March 2022.", "SANCTION", "EUR",
         "RUS"),
        ("Armenia mobilized its reservists.", "MOBILIZE", "ARM", None),
        ("Azerbaijani forces took control of Shusha on 8 November 2020.", "COERCE", "AZE", None),
        ("Azerbaijan arrested six Armenian soldiers near the border.", "COERCE", "AZE", "ARM"),
        ("Russia and Armenia cooperate closely on defence.", "COOPERATE", "RUS", None),
        ("Russia sent humanitarian aid to Armenia.", "AID", "RUS", "ARM"),
        ("Azerbaijan and Armenia exchanged prisoners on 7 December 2023.", "RETREAT", "AZE", None),
        ("Aliyev agreed to meet Pashinyan in Prague.", "AGREE", "AZE", "ARM"),
    ],
)  # fmt: skip
def test_event_types_and_roles(
    make_analysis: Build, text: str, etype: str, actor: str | None, recipient: str | None
) -> None:
    ev = one(make_analysis, text)
    assert ev.event_type == etype
    assert actor is None or actor in countries(ev.actors)
    assert recipient is None or recipient in countries(ev.recipients)


@pytest.mark.parametrize(
    "text",
    [
        "Putin said the situation in the region was stable.",
        "The minister stressed that the border remained calm.",
        "Pashinyan believes the process is irreversible.",
        "Putin told reporters that the talks had been constructive.",
    ],
)
def test_opinion_and_speech_are_not_events(make_analysis: Build, text: str) -> None:
    assert code_events(make_analysis(text)) == ()


@pytest.mark.parametrize(
    "text",
    [
        "Pashinyan and Aliyev did not meet in Brussels.",
        "It had not been possible to broker a ceasefire.",
        "Armenia and Azerbaijan failed to sign the treaty.",
        "No talks were held in Moscow.",
    ],
)
def test_negated_events_are_kept_as_not_done(make_analysis: Build, text: str) -> None:
    events = code_events(make_analysis(text))
    assert all(e.negated and e.modality == "asserted" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Armenia said it will not accept the proposal.",
        "Azerbaijan did not allow the inspectors into the region.",
        "Armenia and Azerbaijan failed to reach agreement on the border.",
    ],
)
def test_a_refusal_is_an_asserted_reject(make_analysis: Build, text: str) -> None:
    ev = one(make_analysis, text)
    assert (ev.event_type, ev.modality) == ("REJECT", "asserted")


@pytest.mark.parametrize(
    ("text", "etype", "date"),
    [
        ("Pashinyan will sign the peace treaty next year.", "SUPPORT", "2023"),
        ("Pashinyan plans to meet Aliyev in Brussels next month.", "CONSULT", "2022-12"),
        ("Armenia is expected to sign the agreement in December.", "SUPPORT", "2022-12"),
    ],
)
def test_planned_events_are_future(make_analysis: Build, text: str, etype: str, date: str) -> None:
    ev = one(make_analysis, text)
    assert (ev.event_type, ev.modality, ev.event_date) == (etype, "future", date)


def test_could_is_hypothetical(make_analysis: Build) -> None:
    ev = one(make_analysis, "Azerbaijani forces could attack the villages.")
    assert (ev.event_type, ev.modality) == ("ASSAULT", "hypothetical")


def test_without_a_date_the_publication_date_is_estimated(make_analysis: Build) -> None:
    ev = one(make_analysis, "Russia expelled two Azerbaijani diplomats.", published="2023-03-04")
    assert (ev.event_date, ev.date_precision, ev.date_raw) == ("2023-03-04", "day", None)
    assert ev.date_estimated


def test_the_same_day_borrows_the_previous_sentence_date(make_analysis: Build) -> None:
    events = code_events(
        make_analysis(
            "On 9 November 2020, Putin, Aliyev and Pashinyan signed a statement ending the war. "
            "The same day, Russian peacekeepers began deploying to Nagorno-Karabakh."
        )
    )
    # Peacekeepers deploying provide protection (AID, CAMEO 074), not a show of force.
    assert [e.event_type for e in events] == ["SUPPORT", "AID"]
    assert events[1].event_date == "2020-11-09" and not events[1].date_estimated


def test_pronoun_subject_continues_the_previous_actors(make_analysis: Build) -> None:
    events = code_events(
        make_analysis("Putin and Aliyev met in Moscow. They signed a declaration on cooperation.")
    )
    assert [e.event_type for e in events] == ["CONSULT", "SUPPORT"]
    assert sorted(countries(events[1].actors)) == ["AZE", "RUS"]


def test_ids_are_stable_and_sources_quote_the_sentence(make_analysis: Build) -> None:
    text = "Armenia recalled its ambassador. Putin and Aliyev met in Sochi on Friday."
    first = code_events(make_analysis(text, article_id="art-7"))
    again = code_events(make_analysis(text, article_id="art-7"))
    assert [e.event_id for e in first] == [e.event_id for e in again]
    meeting = first[-1]
    assert meeting.sources[0].sentence == "Putin and Aliyev met in Sochi on Friday."
    assert meeting.sources[0].sentence_index == 1 and meeting.sources[0].article_id == "art-7"
    assert meeting.event_id == event_id("art-7", 1, 8, "CONSULT")  # "met" is token 8
    other = code_events(make_analysis(text, article_id="art-8"))
    assert other[-1].event_id != meeting.event_id
    assert meeting.story_id is None and 0.0 <= meeting.confidence <= 1.0


def test_one_meeting_reported_twice_in_a_sentence_is_one_event(make_analysis: Build) -> None:
    events = code_events(make_analysis("Putin and Aliyev met and held talks in Sochi on Friday."))
    assert [e.event_type for e in events] == ["CONSULT"]


def test_confidence_rises_with_evidence(make_analysis: Build) -> None:
    strong = one(make_analysis, "Putin and Aliyev met on Tuesday.")
    weak = one(make_analysis, "Putin and Aliyev met.")
    assert strong.confidence > weak.confidence


def test_analysis_without_a_parse_is_refused(make_analysis: Build) -> None:
    analysis = make_analysis("Putin met Aliyev.")
    bare = Analysis(
        analysis.article, analysis.sentences, analysis.entities, analysis.actors,
        analysis.times, analysis.places, doc=None,
    )  # fmt: skip
    with pytest.raises(EventwireError, match="dependency parse"):
        code_events(bare)


def test_real_analyze_pipeline(make_analysis: Build) -> None:
    """The coder on the full language layer (actors from eventwire.actors)."""
    from eventwire.language.analyze import analyze
    from eventwire.records import Article

    art = Article(
        article_id="x", origin="t", publication_date="2022-11-01",
        text="Russian President Vladimir Putin hosted talks between Ilham Aliyev and "
        "Nikol Pashinyan in Sochi on 31 October 2022.",
    )  # fmt: skip
    (ev,) = code_events(analyze(art))
    assert (ev.event_type, ev.event_mode) == ("CONSULT", "third-party")
    assert countries(ev.actors) == ["RUS"] and sorted(countries(ev.recipients)) == ["ARM", "AZE"]


def test_group_noun_stands_for_the_leaders_named_before(make_analysis: Build) -> None:
    text = "Putin and Aliyev met on 4 March 2023. The two leaders signed a declaration."
    events = code_events(make_analysis(text))
    signing = [e for e in events if e.event_type == "SUPPORT"]
    assert len(signing) == 1 and sorted(countries(signing[0].actors)) == ["AZE", "RUS"]
    # the continuation reports the same occasion: it takes the stated date
    assert signing[0].event_date == "2023-03-04" and not signing[0].date_estimated


def test_every_country_of_an_of_phrase_is_an_actor(make_analysis: Build) -> None:
    ev = one(make_analysis, "The leaders of Russia, Azerbaijan and Armenia signed a statement.")
    assert sorted(countries(ev.actors)) == ["ARM", "AZE", "RUS"] and ev.recipients == ()


def test_hosting_two_guests_is_third_party(make_analysis: Build) -> None:
    ev = one(make_analysis, "Putin hosted Aliyev and Pashinyan in Sochi on 31 October 2022.")
    assert (ev.event_mode, ev.cameo_code) == ("third-party", "044")
    assert countries(ev.actors) == ["RUS"] and sorted(countries(ev.recipients)) == ["ARM", "AZE"]


def test_reported_pronoun_is_the_speaker(make_analysis: Build) -> None:
    ev = one(make_analysis, "Pashinyan said he had signed a statement with Putin.")
    assert sorted(countries(ev.actors)) == ["ARM", "RUS"]


def test_date_of_the_triggers_own_clause_wins(make_analysis: Build) -> None:
    text = "Aliyev phoned Putin on Thursday about the peacekeepers who were killed on Wednesday."
    call = [e for e in code_events(make_analysis(text)) if e.event_type == "CONSULT"]
    assert len(call) == 1 and call[0].date_raw == "Thursday"


def test_passive_relative_clause_makes_its_noun_the_recipient(make_analysis: Build) -> None:
    text = "Aliyev apologised for Russian peacekeepers who were killed on Wednesday."
    killing = [e for e in code_events(make_analysis(text)) if e.event_type == "ASSAULT"]
    assert len(killing) == 1
    assert killing[0].actors == () and countries(killing[0].recipients) == ["RUS"]


def test_purpose_is_part_of_the_act(make_analysis: Build) -> None:
    events = code_events(make_analysis("Russia is sending peacekeepers to patrol the border."))
    assert [e.event_type for e in events] == ["AID"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # PLOVER 0.8 codes a promised withdrawal or release as a concession (CONCEDE).
        ("Aliyev pledged to withdraw troops from the border.", ("CONCEDE", "asserted")),
        ("Aliyev and Pashinyan agreed to meet in Brussels.", ("AGREE", "asserted")),
        ("Russia said it will release the prisoners.", ("CONCEDE", "asserted")),
        ("Turkey said it will send food aid to Armenia.", ("AGREE", "asserted")),
        ("Putin will visit Baku.", ("CONSULT", "future")),
        ("Putin plans to meet Aliyev.", ("CONSULT", "future")),
        ("Armenia will sign the treaty.", ("SUPPORT", "future")),
    ],
)
def test_promises_are_agree_and_plans_are_future(
    make_analysis: Build, text: str, expected: tuple[str, str]
) -> None:
    ev = one(make_analysis, text)
    assert (ev.event_type, ev.modality) == expected


def test_fired_on_codes_an_assault(make_analysis: Build) -> None:
    """ "on" in a YAML word list once read as a boolean and crashed the coder here."""
    ev = one(make_analysis, "Azerbaijani forces fired on Armenian positions on Monday.")
    assert ev.event_type == "ASSAULT" and countries(ev.actors) == ["AZE"]


def test_conditional_promise_is_a_threat(make_analysis: Build) -> None:
    ev = one(
        make_analysis,
        "Russia said it will withdraw its peacekeepers unless Azerbaijan reopens the corridor.",
    )
    assert (ev.event_type, ev.modality) == ("THREATEN", "asserted")


def test_promised_boycott_is_a_threat_and_promised_withdrawal_a_concession(
    make_analysis: Build,
) -> None:
    threat = one(make_analysis, "Armenia said it would boycott the summit in Baku.")
    assert threat.event_type == "THREATEN"
    promise = one(make_analysis, "Armenia said it would withdraw its troops from the border.")
    assert promise.event_type == "CONCEDE"
    help_ = one(make_analysis, "Armenia said it will help Azerbaijan.")
    assert help_.event_type == "AGREE"


def test_a_date_in_a_background_clause_is_not_lent_to_later_sentences(
    make_analysis: Build,
) -> None:
    text = (
        "Putin met Aliyev in Sochi on Friday. The meeting came ten days after border clashes, "
        "when Azerbaijani troops shelled Armenian positions on November 16. Putin also held "
        "talks with Pashinyan."
    )
    events = code_events(make_analysis(text, published="2021-11-27"))
    last = [e for e in events if e.sources[0].sentence_index == 2]
    assert last and all(e.event_date == "2021-11-26" for e in last), [
        (e.event_type, e.event_date, e.date_raw) for e in last
    ]


def test_two_triggers_of_one_type_on_one_anchor_give_one_event() -> None:
    # a page whose wrapped lines were joined across a break: "adopted" and "agreed to" both
    # reach the declaration as SUPPORT; one act, one id (ids repeated stopped linking)
    text = (
        "The ministers adopted a joint declaration in which Georgia and Turkey agreed to\n\n"
        "talks lasted two hours."
    )
    events = with_actor_layer(text)
    ids = [e.event_id for e in events]
    assert len(ids) == len(set(ids))
    (support,) = [e for e in events if e.event_type == "SUPPORT"]
    assert sorted(a.country or "-" for a in support.actors) == ["GEO", "TUR"]  # the fuller one
