"""Round 42, feed42: the parties of news-site copy (no dateline). Every sentence in these
tests was written for them."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import events, first_codes, recommended_coder, undated_dyads

coder = recommended_coder


# A call after a reported clause whose subject was not found goes on with the speaker
# (coder._speaker_goes_on); the reported clause's party is no addressee, but the body the
# speaker calls on after the verb is, an international body as much as a state.


def test_call_after_reported_clause_reaches_the_union_called_on(coder: Coder) -> None:
    text = (
        "The Austrian chancellor said Austria had been abandoned and urged the European Union to "
        "freeze the smugglers' bank accounts."
    )
    assert first_codes(coder, text) == ("020", "AUTGOV", "IGOEUREEC")


def test_call_after_reported_clause_reaches_another_state(coder: Coder) -> None:
    text = "The Kenyan minister said Kenya had been wronged and urged Uganda to pull back."
    assert first_codes(coder, text)[1:] == ("KENGOV", "UGAGOV")


def test_reported_party_before_the_call_stays_no_addressee(coder: Coder) -> None:
    text = (
        "The Austrian chancellor said Slovenia had been treated unfairly and called for an inquiry."
    )
    assert first_codes(coder, text) == ("020", "AUTGOV", None)


# "X, whose ..., said on Monday that he ...": a date right after the reporting verb still opens
# a reported clause (clauses._clause_after); it is no inverted ", said X" whose words after the
# verb all report, which lost the courts called on.


def test_date_after_said_keeps_the_reported_clause_open(coder: Coder) -> None:
    text = (
        "Czech President Milos Kral, who was re-elected by a narrow margin in January, said on "
        "Thursday that he was ashamed of the backlog and urged the courts to clear it."
    )
    assert first_codes(coder, text) == ("020", "CZEGOV", "CZEJUD")


def test_date_after_said_keeps_the_demand_on_the_courts(coder: Coder) -> None:
    text = (
        "Czech President Milos Kral, who was re-elected by a narrow margin in January, said on "
        "Thursday Czech courts must clear the backlog."
    )
    assert first_codes(coder, text) == ("100", "CZEGOV", "CZEJUD")


def test_inverted_speaker_after_a_date_still_reports(coder: Coder) -> None:
    text = (
        "The ban must end, said on Tuesday the head of the Norwegian trawler union, who "
        "accused Russia of stealing the catch."
    )
    assert first_codes(coder, text) == ("112", None, "RUSGOV")


# "N, held hostage by X, ..." is done to N (roles._reduced: "held captive" or "held hostage"
# right after its noun's apposition comma), and people freed with no doer named are their
# captors' release of them (relevance.IMPLIED_DOER_CODES), as people arrested are the police's.


def test_held_hostage_in_an_apposition_is_done_to_the_villagers(coder: Coder) -> None:
    text = (
        "Twelve Malian villagers, held hostage by gunmen in the hills since March, have been freed."
    )
    found = [
        (e.cameo_code, e.source.code if e.source else None, e.target.code if e.target else None)
        for e in events(coder, text)
    ]
    # insurgents are written REB in the event (labelling guide section 2; round 43, sector43)
    assert ("181", "MLIREB", "MLICVL") in found
    assert found[0] == ("0841", None, "MLICVL")


def test_people_freed_with_no_doer_are_released(coder: Coder) -> None:
    assert first_codes(coder, "Twelve Malian villagers have been freed.") == (
        "0841",
        None,
        "MLICVL",
    )


def test_captors_named_before_held_captive_keep_their_act(coder: Coder) -> None:
    text = "Rebels held captive twelve Malian villagers for a month."
    assert first_codes(coder, text) == ("181", "MLIREB", "MLICVL")


# Fishermen are civilians (the labelling guide, section 2: CVL "civilians, protesters,
# villagers, fishermen"): "fisherman" is an agent word, so "Croatian fishermen" is a party of
# its own and not the state of Croatia, which made the government it calls on no addressee.


def test_fishermen_call_on_their_own_government(coder: Coder) -> None:
    text = (
        "A group of Greek fishermen on Lesbos asked the government in Athens to compensate them "
        "for the nets lost in the storm."
    )
    assert first_codes(coder, text) == ("020", "GRCCVL", "GRCGOV")


def test_detained_fishermen_are_civilians(coder: Coder) -> None:
    text = "A Moroccan patrol boat detained eleven Spanish fishermen off the coast near Larache."
    assert first_codes(coder, text)[2] == "ESPCVL"


def test_former_fisherman_in_an_apposition_is_not_the_minister(coder: Coder) -> None:
    text = (
        "Greece's shipping minister, a former fisherman, asked Ankara to hold talks on the "
        "fishing grounds."
    )
    assert first_codes(coder, text) == ("026", "GRCGOV", "TURGOV")


# A place, group or person's name that starts a longer name is no party of its own
# (actors._head_of_longer_name): a party or a campaign named after a place ("the Florida
# Party" of another country), a gate, square or street named after anyone.


def test_party_named_after_a_place_is_not_that_place(coder: Coder) -> None:
    text = "Senators of the Florida Party accused the interior minister of lying to the chamber."
    assert first_codes(coder, text)[1] == "LEG"


def test_senators_of_the_place_keep_its_country(coder: Coder) -> None:
    text = "Florida senators accused the interior minister of lying to the chamber."
    assert first_codes(coder, text)[1] == "USALEG"


def test_party_named_after_a_group_keeps_the_group(coder: Coder) -> None:
    text = "Fatah Party officials accused the interior minister of lying to the chamber."
    assert first_codes(coder, text)[1] == "PSEGOV"


def test_gate_named_after_a_group_lends_no_country(coder: Coder) -> None:
    text = "Gendarmes blocked the road near the Taliban Gate and pushed the marchers back."
    # a crowd is civilians, CVL, in the event (labelling guide section 2; round 43)
    assert first_codes(coder, text) == ("170", "COP", "CVL")


def test_group_camp_still_names_the_group(coder: Coder) -> None:
    text = "Gendarmes blocked the road near the Taliban camp and pushed the marchers back."
    # a crowd is civilians, CVL, in the event (labelling guide section 2; round 43)
    assert first_codes(coder, text) == ("170", "AFGCOP", "AFGCVL")


# A state's person posted at a country's mission is that country's ("a diplomat at the
# Russian embassy", actors._posted_at_mission), and "the diplomat" later is the last diplomat
# named with a country (context.ENVOY_TITLES), not a bare title of the story's own state.


def test_diplomat_at_an_embassy_is_of_the_embassy_state(coder: Coder) -> None:
    text = "Lithuania expelled a junior diplomat at the Belarusian embassy on Monday."
    assert first_codes(coder, text) == ("161", "LTUGOV", "BLRGOV")


def test_diplomat_of_an_embassy_named_with_a_possessive(coder: Coder) -> None:
    text = "Lithuania expelled a diplomat from Belarus's embassy on Monday."
    assert first_codes(coder, text)[2] == "BLRGOV"


def test_the_diplomat_later_is_the_expelled_one(coder: Coder) -> None:
    body = (
        "Lithuania expelled a senior diplomat at the Belarusian embassy after a trial in Kaunas. "
        "Lithuania's defence minister accused the diplomat of photographing army depots."
    )
    assert undated_dyads(coder, body) == [("161", "LTU", "BLR"), ("112", "LTU", "BLR")]


def test_expelled_from_a_country_is_still_the_country(coder: Coder) -> None:
    text = "Lithuania expelled a diplomat from Belarus on Monday."
    assert first_codes(coder, text) == ("161", "LTUGOV", "BLRGOV")


# "only once" sets a condition (modality._only_once): an act after it has not happened.


def test_act_after_only_once_is_a_condition_codes_nothing(coder: Coder) -> None:
    text = (
        "The dockers' union said it would call off the strike only once the arrested pickets "
        "had been freed."
    )
    assert events(coder, text) == []


def test_act_after_a_bare_once_is_still_told(coder: Coder) -> None:
    text = (
        "The dockers' union said it would call off the strike once the arrested pickets had "
        "been freed."
    )
    assert "0841" in [event.cameo_code for event in events(coder, text)]
