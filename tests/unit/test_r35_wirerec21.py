"""Round 35, wirerec21: relevant agency sentences that yielded no event. Armed force that turns
back an attack's fighters ("repelled the attackers") is a fight (190); an internet shutdown
told in the passive ("Mobile internet in the province was suspended, the ministry said") is the
state's restriction (1721), made by the state body that reports it; "stopped all relations with"
cuts ties (161); "renewed an arms embargo" imposes it again (163); a past period named inside a
relative clause that describes the subject ("X, who won a prize last year, called on ...") dates
the clause, not the act after it. Then acts found too weak or not at all: a speaker's "would not
tolerate" and "anyone ... would be held to account" are threats (130), troops that "patrolled" a
city show force (150), accusations called baseless in a "that" clause far from its verb are denied
(016); and patterns a word short: troops ordered "onto" the streets (154), operations named in
quotes "launched ... against" a side (190), a person "taken ... for questioning" (173). Each has a
near miss that keeps its old reading. Every sentence in these tests was written for them."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.models import TensionEvent
from tests.unit.coding import article, country, events, recommended_coder

coder = recommended_coder


def wire(coder: Coder, dateline: str, text: str) -> list[TensionEvent]:
    """The events of an agency report whose first sentence is `text` after the dateline."""
    return article(coder, f"{dateline}, June 3 (Reuters) - {text}")


def firsts(found: list[TensionEvent]) -> tuple[str, str | None, str | None] | None:
    """(CAMEO code, source country, target country) of the first event, if any."""
    if not found:
        return None
    return found[0].cameo_code, country(found[0].source), country(found[0].target)


@pytest.mark.parametrize(
    "text",
    [
        "Uzbek troops repelled the attackers after a night of fighting, the defence ministry said.",
        "The Uzbek defence ministry said border guards had fought off the gunmen near the Afghan "
        "border.",
    ],
)
def test_force_turning_back_an_attack_is_a_fight(coder: Coder, text: str) -> None:
    assert firsts(wire(coder, "TERMEZ", text)) == ("190", "UZB", "UZB")


def test_a_challenge_repelled_in_parliament_is_no_fight(coder: Coder) -> None:
    text = "Parliament repelled a challenge to the budget on Tuesday."
    assert wire(coder, "TASHKENT", text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Mobile internet in the border province was suspended, Tajikistan's interior ministry "
        "said.",
        "Internet access across the south has been cut off, the Tajik interior ministry said.",
    ],
)
def test_an_internet_shutdown_told_in_the_passive_is_the_reporting_states(
    coder: Coder, text: str
) -> None:
    found = wire(coder, "DUSHANBE", text)
    assert firsts(found) == ("1721", "TJK", "TJK")
    assert found[0].plover_type == "COERCE"


@pytest.mark.parametrize(
    "text",
    [
        "Mobile internet in the border province was restored on Tuesday, Tajikistan's interior "
        "ministry said.",
        "Internet service in the town was suspended for two hours, the telecoms company said.",
    ],
)
def test_internet_restored_or_cut_by_a_company_is_no_shutdown(coder: Coder, text: str) -> None:
    assert wire(coder, "DUSHANBE", text) == []


def test_relations_stopped_are_ties_cut(coder: Coder) -> None:
    text = "Tajikistan has stopped relations with the Taliban government, the ministry said."
    assert firsts(wire(coder, "DUSHANBE", text)) == ("161", "TJK", "AFG")


def test_all_relations_stopped_in_a_quote_are_ties_cut(coder: Coder) -> None:
    text = (
        '"We have stopped all relations with them until they change course," Mongolian Foreign '
        "Minister Batmunkh Battsetseg said."
    )
    assert [e.cameo_code for e in wire(coder, "ULAANBAATAR", text)] == ["161"]


def test_an_appeal_to_stop_shelling_and_talk_cuts_no_ties(coder: Coder) -> None:
    text = "The envoy urged North Korea to stop the shelling and return to dialogue."
    found = events(coder, text)
    assert [e.plover_type for e in found] == ["REQUEST"]
    assert found[0].evidence == "urged North Korea to stop the shelling"


def test_an_embargo_renewed_is_imposed_again(coder: Coder) -> None:
    text = (
        "The U.N. Security Council renewed an arms embargo on the Central African Republic for "
        "another year on Thursday."
    )
    found = wire(coder, "NEW YORK", text)
    assert firsts(found) == ("163", None, "CAF")
    assert found[0].source is not None and found[0].source.code == "IGOUNO"


def test_an_embargo_not_renewed_is_no_sanction(coder: Coder) -> None:
    text = (
        "The U.N. Security Council failed to renew an arms embargo on the Central African "
        "Republic on Thursday."
    )
    assert "SANCTION" not in {e.plover_type for e in wire(coder, "NEW YORK", text)}


def test_a_period_in_the_subjects_relative_clause_does_not_date_the_act(coder: Coder) -> None:
    text = (
        "Svetlana Tikhanovskaya, who won a human rights prize last year, called on the European "
        "Union to demand the release of political prisoners in Belarus."
    )
    found = wire(coder, "VILNIUS", text)
    assert [(e.plover_type, country(e.source)) for e in found[:1]] == [("REQUEST", "BLR")]


@pytest.mark.parametrize(
    "text",
    [
        "Svetlana Tikhanovskaya called on the European Union last year to demand the release of "
        "political prisoners in Belarus.",
        "Last year Svetlana Tikhanovskaya, who lives in exile, called on the European Union to "
        "demand the release of political prisoners in Belarus.",
    ],
)
def test_a_period_in_the_acts_own_clause_still_dates_it(coder: Coder, text: str) -> None:
    assert wire(coder, "VILNIUS", text) == []


# Second commit: acts whose trigger was there but too weak or too short for agency copy.


def test_a_refusal_to_tolerate_told_by_its_speaker_is_a_threat(coder: Coder) -> None:
    text = (
        "President Sadyr Japarov said the government would not tolerate vandalism and would "
        "restore order in the province."
    )
    found = wire(coder, "BISHKEK", text)
    assert [(e.plover_type, country(e.source)) for e in found[:1]] == [("THREATEN", "KGZ")]


def test_a_state_that_tolerates_little_dissent_threatens_no_one(coder: Coder) -> None:
    text = "Turkmenistan tolerates little dissent, rights groups say."
    assert "THREATEN" not in {e.plover_type for e in wire(coder, "ASHGABAT", text)}


def test_anyone_to_be_held_to_account_is_a_threat(coder: Coder) -> None:
    text = (
        "Interior Minister Ulugbek Azizov warned that anyone promoting the group's ideas would be "
        "held to account under the law."
    )
    found = wire(coder, "TASHKENT", text)
    assert [(e.plover_type, country(e.source)) for e in found[:1]] == [("THREATEN", "UZB")]


def test_no_one_held_to_account_is_no_threat(coder: Coder) -> None:
    text = "Relatives of the miners said no one had been held to account for their deaths."
    assert wire(coder, "TASHKENT", text) == []


def test_soldiers_who_patrolled_a_capital_show_force(coder: Coder) -> None:
    text = "Soldiers in armoured vehicles patrolled Bishkek on Tuesday, residents said."
    found = wire(coder, "BISHKEK", text)
    assert [(e.plover_type, country(e.source)) for e in found[:1]] == [("MOBILIZE", "KGZ")]


@pytest.mark.parametrize(
    "text",
    [
        "Turkey has sent troops into a U.N.-patrolled buffer zone since the war began.",
    ],
)
def test_a_standing_or_named_patrol_is_no_show_of_force_told(coder: Coder, text: str) -> None:
    assert "150" not in [e.cameo_code for e in wire(coder, "NICOSIA", text)]


def test_accusations_called_baseless_after_a_long_report_verb_are_denied(coder: Coder) -> None:
    text = (
        "Ambassador Ruslan Kazakbaev told reporters as he left the ministry that the Russian "
        "accusations were baseless."
    )
    found = wire(coder, "BISHKEK", text)
    assert firsts(found) == ("016", "KGZ", "RUS")


def test_talks_called_useful_after_a_long_report_verb_deny_nothing(coder: Coder) -> None:
    text = (
        "Ambassador Ruslan Kazakbaev told reporters as he left the ministry that the talks had "
        "been useful."
    )
    assert "REJECT" not in {e.plover_type for e in wire(coder, "BISHKEK", text)}


# Third commit: acts whose pattern stopped a word short.


def test_troops_ordered_onto_the_streets_are_deployed(coder: Coder) -> None:
    text = (
        "Prime Minister James Marape ordered 200 troops onto the streets of the capital to help "
        "restore order."
    )
    assert firsts(wire(coder, "PORT MORESBY", text)) == ("154", "PNG", None)


def test_players_ordered_onto_the_pitch_are_no_deployment(coder: Coder) -> None:
    assert wire(coder, "PORT MORESBY", "The coach ordered his players onto the pitch.") == []


def test_operations_named_in_quotes_launched_against_a_side_are_a_fight(coder: Coder) -> None:
    text = (
        'Azerbaijan launched what it called "counter-terrorist" operations against '
        "Armenian-backed fighters on Tuesday."
    )
    assert firsts(wire(coder, "BAKU", text)) == ("190", "AZE", "AZE")


def test_a_campaign_launched_against_smoking_is_no_fight(coder: Coder) -> None:
    text = "Azerbaijan launched a campaign against smoking in public places on Tuesday."
    assert wire(coder, "BAKU", text) == []


def test_a_person_taken_away_for_questioning_is_detained(coder: Coder) -> None:
    text = (
        "Police stopped the opposition leader's car on a highway and took him to the "
        "prosecutor's office for questioning, his party said."
    )
    assert firsts(wire(coder, "BUCHAREST", text)) == ("173", "ROU", "ROU")


def test_visitors_taken_to_a_museum_are_not_detained(coder: Coder) -> None:
    text = "The mayor took them to the museum for a tour, his office said."
    assert wire(coder, "BUCHAREST", text) == []
