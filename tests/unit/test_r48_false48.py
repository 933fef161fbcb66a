"""Round 48 (false48): acts the open sets label irrelevant that the coder kept (false events),
by mechanism."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import code_list, recommended_coder

coder = recommended_coder


# --- a text or measure that gives, grants or includes: its content, not an act ---------------


def test_package_over_an_aside_includes_sanctions_is_no_event(coder: Coder) -> None:
    text = (
        "The package, prepared by the foreign ministry, includes sanctions on twelve Iranian "
        "officials and a ban on arms sales to Tehran."
    )
    assert code_list(coder, text) == []


def test_pact_gives_use_of_airfields_for_aid_is_no_event(coder: Coder) -> None:
    text = (
        "The pact, renewed by both parliaments, gives Peru the use of two Bolivian airfields "
        "in return for food aid."
    )
    assert code_list(coder, text) == []


def test_arrangement_grants_a_berth_for_aid_is_no_event(coder: Coder) -> None:
    text = (
        "The basing arrangement grants Oman's navy a berth at the port in return for military "
        "aid from Britain."
    )
    assert code_list(coder, text) == []


def test_clause_granting_a_veto_is_no_event(coder: Coder) -> None:
    text = (
        "Arbitrators ruled that the buyer broke a clause granting the city council a veto "
        "over the sale."
    )
    assert code_list(coder, text) == []


def test_condemned_agreement_giving_access_stays(coder: Coder) -> None:
    # near miss: the act comes before the text's verb
    text = "Lithuania condemned an agreement giving Belarus a say over the port."
    assert code_list(coder, text)[:1] == ["111"]


def test_act_after_the_texts_clause_stays(coder: Coder) -> None:
    # near miss: a comma and a new subject end what the package holds
    text = (
        "The package includes sanctions on twelve Iranian officials, and Canada on Monday "
        "expelled two Iranian diplomats."
    )
    assert code_list(coder, text) == ["161"]


# --- private persons at a private party: consumers' boycotts, a club's fans ----------------


def test_shoppers_boycott_of_a_chain_is_no_event(coder: Coder) -> None:
    text = (
        "A bakery chain in Ghent has become the target of a shoppers' boycott after it raised "
        "bread prices twice in a month."
    )
    assert code_list(coder, text) == []


def test_internet_users_calling_a_boycott_of_wineries_is_no_event(coder: Coder) -> None:
    assert (
        code_list(coder, "Internet users in Chile called for a boycott of Argentine wineries.")
        == []
    )


def test_fans_protesting_at_their_club_is_no_event(coder: Coder) -> None:
    text = (
        "Hundreds of fans protested outside the club's training ground over the sale of their "
        "captain."
    )
    assert code_list(coder, text) == []


def test_supporters_sit_in_at_the_league_with_a_complaint_is_no_event(coder: Coder) -> None:
    text = (
        "Angry supporters staged a sit-in at the league's offices in Lagos, complaining about "
        "ticket prices."
    )
    assert code_list(coder, text) == []


def test_activists_calling_a_boycott_stay(coder: Coder) -> None:
    # near miss: organised activists, not buyers, call the boycott
    text = "Opposition activists in Chile called for a boycott of Argentine wineries."
    assert code_list(coder, text) == ["143"]


def test_football_fans_marching_on_parliament_stay(coder: Coder) -> None:
    # near miss: fans protesting at the state, no club or league named
    text = (
        "Thousands of football fans marched on parliament in Lima to protest against the "
        "pension cuts."
    )
    assert code_list(coder, text)[:1] == ["141"]


def test_opposition_supporters_rallying_at_a_stadium_stay(coder: Coder) -> None:
    # near miss: a rally at a stadium is no club's business
    text = (
        "Opposition supporters rallied at the national stadium in Kampala to demand the release "
        "of their leader."
    )
    assert code_list(coder, text)[:1] == ["141"]


# --- a bar or exclusion told in the simple past with no doer: a candidate's standing ---------


def test_party_barred_from_contesting_is_no_event(coder: Coder) -> None:
    text = (
        "The Green Alliance was barred from contesting the March election after it missed a "
        "filing deadline."
    )
    assert code_list(coder, text) == []


def test_candidates_excluded_from_the_ballot_is_no_event(coder: Coder) -> None:
    text = (
        "Two independent candidates were excluded from the ballot after failing to gather "
        "enough signatures."
    )
    assert code_list(coder, text) == []


def test_commission_barring_the_leader_stays(coder: Coder) -> None:
    # near miss: the active, its doer named
    text = "The electoral commission barred the exiled opposition leader from the race."
    assert code_list(coder, text) == ["1722"]


def test_leader_barred_on_a_day_of_the_story_stays(coder: Coder) -> None:
    # near miss: a day of the story named
    text = "The exiled opposition leader was barred from the race on Monday."
    assert code_list(coder, text) == ["1722"]


def test_leader_barred_by_a_named_body_stays(coder: Coder) -> None:
    # near miss: the doer named after "by"
    text = "The exiled opposition leader was barred from the race by the electoral commission."
    assert code_list(coder, text) == ["1722"]


# --- "stood by as", "will not stand by while": watching, not support ---------------------------


def test_soldiers_standing_by_as_villagers_sing_is_no_event(coder: Coder) -> None:
    text = "Soldiers stood by as hundreds of villagers sang outside the chief's house."
    assert code_list(coder, text) == []


def test_officers_standing_by_and_watching_is_no_event(coder: Coder) -> None:
    text = "Several police officers stood by and watched as the crowd looted the shops."
    assert code_list(coder, text) == []


def test_standing_by_a_named_side_stays(coder: Coder) -> None:
    # near miss: standing by someone (an object) is still coded
    assert code_list(coder, "The president said Ghana would stand by its neighbours.") != []


# --- a crowd's noun given a state body as its maker -----------------------------------------


def test_judges_ruling_on_such_rallies_is_no_event(coder: Coder) -> None:
    text = "Judges in Oslo have repeatedly ruled that such rallies are lawful."
    assert code_list(coder, text) == []


def test_farmers_demonstrations_against_a_ministry_stay(coder: Coder) -> None:
    # near miss: the state body is named after the noun, as what the crowd protests
    text = "Farmers held demonstrations against the import quotas set by the agriculture ministry."
    assert code_list(coder, text)[:1] == ["141"]


def test_students_marching_against_a_ministry_stay(coder: Coder) -> None:
    # near miss: a protest told by its verb
    text = "Students marched against the new tuition fees imposed by the education ministry."
    assert code_list(coder, text)[:1] == ["141"]
