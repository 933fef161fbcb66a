"""Round 35, wirerec21: relevant agency sentences that yielded no event. Armed force that turns
back an attack's fighters ("repelled the attackers") is a fight (190); an internet shutdown
told in the passive ("Mobile internet in the province was suspended, the ministry said") is the
state's restriction (1721), made by the state body that reports it; "stopped all relations with"
cuts ties (161); "renewed an arms embargo" imposes it again (163); a past period named inside a
relative clause that describes the subject ("X, who won a prize last year, called on ...") dates
the clause, not the act after it. Then acts found too weak or not at all: a speaker's "would not
tolerate" and "anyone ... would be brought to justice" are threats (130), troops that "patrolled" a
city show force (150), accusations called baseless in a "that" clause far from its verb are denied
(016); and patterns a word short: troops ordered "onto" the streets (154), operations named in
quotes "launched ... against" a side (190), a person "taken ... for questioning" (173); and "cast
the ban as persecution" is a verdict as "described ... as" is (111); a radio station's
transmitters shut down restrict the media (1721) and opposition lawmakers "carried out" by police
are coerced (170). Each has a
near miss that keeps its old reading. Every sentence in these tests was written for them."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.models import TensionEvent
from tests.unit.coding import article, country, events, recommended_coder
from tests.unit.coding import first_sides as firsts

coder = recommended_coder


def wire(coder: Coder, dateline: str, text: str) -> list[TensionEvent]:
    """The events of an agency report whose first sentence is `text` after the dateline."""
    return article(coder, f"{dateline}, June 3 (Reuters) - {text}")


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
        '"Our government has stopped all relations with that regime," Mongolian Foreign Minister '
        "Batmunkh Battsetseg told parliament."
    )
    assert [e.cameo_code for e in wire(coder, "ULAANBAATAR", text)] == ["161"]


def test_an_appeal_to_stop_shelling_and_talk_cuts_no_ties(coder: Coder) -> None:
    text = "The envoy urged North Korea to stop the shelling and return to dialogue."
    found = events(coder, text)
    assert [e.plover_type for e in found] == ["REQUEST"]
    assert found[0].evidence == "urged North Korea to stop the shelling"


def test_an_embargo_renewed_is_imposed_again(coder: Coder) -> None:
    text = "The European Union renewed its arms embargo on Belarus until next March."
    found = wire(coder, "BRUSSELS", text)
    assert firsts(found) == ("163", None, "BLR")
    assert found[0].source is not None and found[0].source.code.startswith("IGOEUR")


def test_an_embargo_not_renewed_is_no_sanction_codes_nothing(coder: Coder) -> None:
    text = "The European Union failed to renew its arms embargo on Belarus at a summit on Thursday."
    assert wire(coder, "BRUSSELS", text) == []


def test_a_period_in_the_subjects_relative_clause_does_not_date_the_act(coder: Coder) -> None:
    text = (
        "Svetlana Tikhanovskaya, who received the bloc's Sakharov Prize last year, urged European "
        "governments to press for the prisoners' release."
    )
    found = wire(coder, "VILNIUS", text)
    assert [(e.plover_type, country(e.source)) for e in found[:1]] == [("REQUEST", "BLR")]


def test_a_period_opening_the_sentence_still_dates_the_act(coder: Coder) -> None:
    text = (
        "Last year Svetlana Tikhanovskaya, who lives in exile, urged European governments to press "
        "for the prisoners' release."
    )
    assert wire(coder, "VILNIUS", text) == []


# Second commit: acts whose trigger was there but too weak or too short for agency copy.


def test_a_refusal_to_tolerate_told_by_its_speaker_is_a_threat(coder: Coder) -> None:
    text = (
        "Tajikistan's interior minister said on Monday the state would never tolerate attacks on "
        "border guards."
    )
    found = wire(coder, "DUSHANBE", text)
    assert [(e.plover_type, country(e.source)) for e in found[:1]] == [("THREATEN", "TJK")]


def test_a_state_that_tolerates_little_dissent_threatens_no_one_codes_nothing(coder: Coder) -> None:
    text = "Turkmenistan tolerates little dissent, rights groups say."
    assert wire(coder, "ASHGABAT", text) == []


def test_anyone_to_be_brought_to_justice_is_a_threat(coder: Coder) -> None:
    text = (
        "Uzbekistan's interior ministry said anyone who joined the unsanctioned march would be "
        "brought to justice."
    )
    found = wire(coder, "TASHKENT", text)
    assert [(e.cameo_code, country(e.source)) for e in found[:1]] == [("130", "UZB")]


def test_no_one_held_to_account_is_no_threat(coder: Coder) -> None:
    text = "Relatives of the miners said no one had been held to account for their deaths."
    assert wire(coder, "TASHKENT", text) == []


def test_troops_told_patrolling_show_force(coder: Coder) -> None:
    text = (
        "Troops in armoured cars patrolled the city centre while residents said gunfire could be "
        "heard."
    )
    found = wire(coder, "OSH", text)
    assert [(e.plover_type, e.evidence) for e in found] == [
        ("MOBILIZE", "Troops in armoured cars patrolled")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Turkey has sent troops into a U.N.-patrolled buffer zone since the war began.",
    ],
)
def test_a_standing_or_named_patrol_is_no_show_of_force_told_codes_nothing(
    coder: Coder, text: str
) -> None:
    assert wire(coder, "NICOSIA", text) == []


def test_accusations_called_baseless_after_a_long_report_verb_are_denied(coder: Coder) -> None:
    text = (
        "Kyrgyz envoy Ruslan Kazakbaev, asked by journalists as he arrived in Bishkek, replied "
        "that these Russian accusations were groundless."
    )
    found = wire(coder, "BISHKEK", text)
    assert firsts(found) == ("016", "KGZ", "RUS")


def test_talks_called_useful_after_a_long_report_verb_deny_nothing(coder: Coder) -> None:
    text = (
        "Kyrgyz envoy Ruslan Kazakbaev, asked by journalists as he arrived in Bishkek, replied "
        "that the talks had been useful."
    )
    assert wire(coder, "BISHKEK", text) == []


# Third commit: acts whose pattern stopped a word short.


def test_troops_ordered_onto_the_streets_are_deployed(coder: Coder) -> None:
    text = "President Sadyr Japarov ordered soldiers onto the streets of Osh on Friday."
    assert firsts(wire(coder, "OSH", text)) == ("154", "KGZ", None)


def test_players_ordered_onto_the_pitch_are_no_deployment(coder: Coder) -> None:
    assert wire(coder, "PORT MORESBY", "The coach ordered his players onto the pitch.") == []


def test_operations_named_in_quotes_launched_against_a_side_are_a_fight(coder: Coder) -> None:
    text = (
        'Tajikistan launched what officials described as "cleansing" operations against armed '
        "groups in the Rasht valley."
    )
    assert firsts(wire(coder, "DUSHANBE", text)) == ("190", "TJK", "TJK")


def test_a_campaign_launched_against_smoking_is_no_fight(coder: Coder) -> None:
    text = "Azerbaijan launched a campaign against smoking in public places on Tuesday."
    assert wire(coder, "BAKU", text) == []


def test_a_person_taken_away_for_questioning_is_detained(coder: Coder) -> None:
    text = (
        "Masked officers led the activist out of her flat and took her to a police station for "
        "questioning, her lawyer said."
    )
    assert firsts(wire(coder, "TASHKENT", text)) == ("173", "UZB", "UZB")


def test_visitors_taken_to_a_museum_are_not_detained(coder: Coder) -> None:
    text = "The mayor took them to the museum for a tour, his office said."
    assert wire(coder, "BUCHAREST", text) == []


# Fourth commit: "cast ... as" names a verdict as "described ... as" does.


def test_a_ban_cast_as_persecution_accuses_its_makers(coder: Coder) -> None:
    text = (
        "Lungu's party on Tuesday cast the court's ban on his candidacy as persecution by "
        "President Hakainde Hichilema's government."
    )
    assert firsts(wire(coder, "LUSAKA", text)) == ("111", "ZMB", "ZMB")


def test_ballots_cast_as_police_stood_guard_accuse_no_one(coder: Coder) -> None:
    text = "Voters cast their ballots as police stood guard outside polling stations in Lusaka."
    assert wire(coder, "LUSAKA", text) == []


# Fifth commit: a broadcaster's transmitters closed, deputies carried out of a chamber.


def test_a_stations_transmitters_shut_down_restrict_the_media(coder: Coder) -> None:
    text = (
        "The authorities shut down the transmitters of an independent radio station in Khujand "
        "on Monday."
    )
    assert firsts(wire(coder, "DUSHANBE", text)) == ("1721", "TJK", "TJK")


def test_relay_stations_shut_for_repairs_by_their_owner_restrict_nothing(coder: Coder) -> None:
    text = "The state broadcaster said it had shut down two relay stations for repairs."
    assert wire(coder, "DUSHANBE", text) == []


def test_lawmakers_carried_out_by_police_are_coerced(coder: Coder) -> None:
    text = (
        "Police entered parliament and carried out opposition lawmakers who had chained "
        "themselves to their seats."
    )
    found = wire(coder, "YEREVAN", text)
    assert firsts(found) == ("170", "ARM", "ARM")
    assert found[0].plover_type == "COERCE"


def test_attacks_carried_out_on_protesters_stay_attacks(coder: Coder) -> None:
    text = "Police said the men had carried out attacks on protesters in the capital."
    assert [e.cameo_code for e in wire(coder, "YEREVAN", text)] == ["190"]
