"""Round 35, wrong event types: a crowd's violence told with the crowd first ("The protesters
threw stones at police, set fire to ...") is the crowd's riot (145, PROTEST), not the damage done
later in the sentence (171, COERCE) nor the demand it makes; a protest delivered "through" an
embassy is a diplomatic complaint (114); consultations "requested" are a request to meet (026),
not a consultation held; an attaché expelled is a diplomat expelled (161); a border closed with
its extent named ("its entire border") is a blockade (191); "urged X to allow protests" is an
appeal; a long list of arms fired "at" a target is an attack (190), not a launch shown off; a
red-carpet welcome is a visit hosted (043); an "appeals court" is a court, no appeal (02), and
"sentenced X, <an apposition>, to ten years" a sentence passed; a crowd that protests "accusing"
someone makes its charge as the protest's content, as it makes a demand; an order to a person or
to civilians ("ordered him to withdraw his men") is a demand (10); an act in a ", saying" clause
opened further back than four words is told as said, not the main act; "called the incursion
brazen" (also blatant, flagrant, unprovoked) is a criticism (111); protesters who gathered "in" a
square rally there (141); a protest that force is used "to end" or "to break up" is the force's
goal, no protest; "said protesters had looted" is the crowd's riot told, not a charge. Each has a
near miss.
Every sentence in these tests was written for them (places outside the round's held-out ones)."""

from __future__ import annotations

import pytest

from tensionwatch.domain.acts import SAID_AFTER, find_candidates
from tensionwatch.domain.coder import Coder
from tensionwatch.domain.lexicon import default_lexicon, tokenize
from tests.unit.coding import (
    evaluation_coder,
    events_in,
    first_act,
    first_dyad,
    recommended_coder,
    type_list,
)

coder = evaluation_coder
wire_coder = recommended_coder


@pytest.mark.parametrize(
    "text",
    [
        "The demonstrators hurled stones at riot police, set fire to two buses and smashed shop "
        "windows in central Tirana.",
        "The protesters threw bottles at the police line and set fire to a car outside the "
        "ministry in Skopje.",
        "Hundreds of students angry over a rise in fees stormed the education ministry in Accra, "
        "smashing windows and looting offices.",
    ],
)
def test_a_crowds_violence_told_first_is_a_riot(coder: Coder, text: str) -> None:
    found = first_act(coder, text)
    assert found is not None and found[:2] == ("PROTEST", "145")


def test_a_crowd_gathered_with_its_demand_after_is_a_rally(coder: Coder) -> None:
    text = (
        "Thousands of protesters gathered outside the government building in Ulaanbaatar, "
        "demanding that the mayor resign."
    )
    found = first_act(coder, text)
    assert found is not None and found[:2] == ("PROTEST", "141")


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # the crowd a relative clause describes: the police's force is the act
        # (fire on protesters is violent repression: labelling guide points 6 and 47, round 41)
        ("Police in Asuncion opened fire on protesters who stormed the congress building.", "175"),
        ("Riot police in Accra fired tear gas at students who threw stones at a ministry.", "175"),
    ],
)
def test_a_crowd_a_relative_clause_describes_riots_in_no_main_act(
    coder: Coder, text: str, act: str
) -> None:
    found = first_act(coder, text)
    assert found is not None and found[:2] == ("ASSAULT", act)


@pytest.mark.parametrize(
    "text",
    [
        "Nepal delivered its protest through the Indian embassy in Kathmandu.",
        "Mongolia sent its protest via the Chinese consulate in Erenhot.",
    ],
)
def test_a_protest_delivered_through_an_embassy_is_a_complaint(coder: Coder, text: str) -> None:
    found = first_act(coder, text)
    assert found is not None and found[:2] == ("ACCUSE", "114")


def test_a_crowd_taking_its_protest_somewhere_stays_a_protest(coder: Coder) -> None:
    found = first_act(coder, "Thousands of farmers took their protest to the streets of Warsaw.")
    assert found is not None and found[0] == "PROTEST"


@pytest.mark.parametrize(
    "text",
    [
        "Poland formally requested consultations with its NATO allies on Tuesday.",
        "Moldova asked for talks with Ukraine on the disputed rail line.",
    ],
)
def test_consultations_requested_are_a_request(coder: Coder, text: str) -> None:
    found = first_act(coder, text)
    assert found is not None and found[:2] == ("REQUEST", "026")


def test_consultations_held_stay_a_consultation(coder: Coder) -> None:
    found = first_act(coder, "Poland held consultations with its NATO allies on Tuesday.")
    assert found is not None and found[0] == "CONSULT"


def test_an_attache_expelled_is_a_diplomat_expelled(coder: Coder) -> None:
    text = "Norway said on Monday it was expelling Russia's naval attaché over spying."
    found = first_act(coder, text)
    assert found is not None and found[:2] == ("SANCTION", "161")


def test_a_businessman_expelled_stays_an_expulsion_of_a_person(coder: Coder) -> None:
    found = first_act(coder, "Norway expelled a Russian businessman over spying.")
    assert found is not None and found[:2] == ("COERCE", "174")


def test_a_border_closed_with_its_extent_named_is_a_blockade(coder: Coder) -> None:
    text = "Tajikistan closed its entire border with Kyrgyzstan on Monday, halting all trade."
    assert first_dyad(coder, text) == ("COERCE", "191", "TJK", "KGZ")


def test_an_office_near_the_border_closed_is_no_blockade_codes_nothing(coder: Coder) -> None:
    text = "The aid agency closed its western office near the border with Kyrgyzstan on Monday."
    found = first_act(coder, text)
    assert found is None


@pytest.mark.parametrize(
    "text",
    [
        "The European Union urged Minsk to allow peaceful protests.",
        "Washington called on the Tunisian government to permit peaceful demonstrations.",
    ],
)
def test_urged_to_allow_protests_is_an_appeal(coder: Coder, text: str) -> None:
    found = first_act(coder, text)
    assert found is not None and found[0] == "REQUEST"


def test_a_call_for_protests_to_no_one_stays_the_protest(coder: Coder) -> None:
    found = first_act(coder, "The opposition in Minsk called for protests on Sunday.")
    assert found is not None and found[0] == "PROTEST"


def test_a_long_list_of_arms_fired_at_a_target_is_an_attack(coder: Coder) -> None:
    text = (
        "The Iraqi militia said it had fired four guided missiles and a large number of attack "
        "drones at the U.S. bases near Erbil."
    )
    found = first_act(coder, text)
    assert found is not None and found[:2] == ("ASSAULT", "190")


def test_a_list_of_missiles_fired_into_the_sea_stays_a_show_of_force(coder: Coder) -> None:
    text = (
        "North Korea fired two ballistic missiles and a cruise missile into the sea, and Japan "
        "said at the time that none had landed in its zone."
    )
    found = first_act(coder, text)
    assert found is not None and found[:2] == ("MOBILIZE", "150")


def test_a_red_carpet_welcome_is_a_visit_hosted(coder: Coder) -> None:
    text = "Kazakhstan gave President Xi Jinping a red-carpet welcome in Astana on Tuesday."
    assert first_dyad(coder, text) == ("CONSULT", "043", "KAZ", "CHN")


def test_a_warm_welcome_for_a_plan_stays_praise(coder: Coder) -> None:
    found = first_act(coder, "Kazakhstan gave the Chinese trade plan a warm welcome on Tuesday.")
    # Today the coder codes nothing here (round 48's list); weak on purpose:
    # a warm welcome for another state's plan is 05 SUPPORT by the guide.
    assert found is None or found[0] != "CONSULT"


@pytest.mark.parametrize(
    "text",
    [
        "An appeals court in Minsk on Monday sentenced Ales Bialiatski, the founder of the "
        "country's best-known rights group, to ten years in prison.",
        "A Kazan appeals court ordered the prisoners deported as foreign agents.",
    ],
)
def test_an_appeals_court_is_a_court_and_its_verb_the_act(coder: Coder, text: str) -> None:
    found = first_act(coder, text)
    assert found is not None and found[0] == "COERCE"


def test_an_appeal_to_both_sides_stays_an_appeal(coder: Coder) -> None:
    found = first_act(coder, "The U.N. envoy appealed to both sides in Juba to hold their fire.")
    assert found is not None and found[0] == "REQUEST"


PROTEST_REPORT = (
    "LIMA (AP) — Peru's Congress passed a law cutting university budgets on Friday. Several "
    "thousand people protested outside the Lima headquarters of the ruling party in the "
    "evening, {}."
)


def test_a_charge_made_as_a_crowd_protests_is_the_protests_content(wire_coder: Coder) -> None:
    body = PROTEST_REPORT.format("accusing the party of gutting the universities")
    found = events_in(wire_coder, body, 1)
    assert found and found[0].plover_type == "PROTEST"


def test_a_charge_after_a_new_clause_stays_an_accusation(coder: Coder) -> None:
    text = "Students protested outside the ministry in Lima; the rector accused the government."
    found = first_act(coder, text)
    assert found is not None and found[0] == "ACCUSE"


@pytest.mark.parametrize(
    "text",
    [
        "Zelensky confronted the mutinous colonel in Kyiv and ordered him to withdraw his men.",
        "The Uzbek army ordered residents to leave three villages near the border with Tajikistan.",
    ],
)
def test_an_order_to_a_person_or_to_civilians_is_a_demand(coder: Coder, text: str) -> None:
    found = first_act(coder, text)
    assert found is not None and found[0] == "REQUEST"


def test_an_order_to_ones_own_army_is_the_act_ordered(coder: Coder) -> None:
    found = first_act(coder, "The president ordered the army to withdraw from the capital.")
    assert found is not None and found[0] != "REQUEST"


SAYING_CLAUSE = (
    "The OSCE on Tuesday urged Azerbaijan to let the Baku Pride march go ahead{} a ban adopted "
    "by parliament in May breached OSCE rules on freedom of assembly."
)


def _penalty(text: str, code: str) -> float:
    found = find_candidates(tokenize(text), default_lexicon())
    return next(candidate.penalty for candidate in found if candidate.code == code)


def test_an_act_in_a_long_saying_clause_after_an_appeal_is_told_as_said() -> None:
    said = _penalty(SAYING_CLAUSE.format(", saying"), "128")
    joined = _penalty(SAYING_CLAUSE.format(", and"), "128")
    assert said >= joined + SAID_AFTER


def test_a_long_saying_clause_keeps_the_appeal_first(coder: Coder) -> None:
    found = first_act(coder, SAYING_CLAUSE.format(", saying"))
    assert found is not None and found[0] == "REQUEST"


def test_a_breach_told_as_the_news_stays_the_act(coder: Coder) -> None:
    text = "The mayor of Baku breached a court order by banning the opposition rally on Tuesday."
    found = first_act(coder, text)
    assert found is not None and found[1] == "128"


@pytest.mark.parametrize(
    "text",
    [
        "Finland's defence minister called the overflight brazen and summoned the Russian envoy.",
        "Lithuania called the balloon incursion blatant and closed two border crossings.",
        "Poland's president called the airspace violation flagrant and unprovoked.",
    ],
)
def test_a_verdict_of_brazen_or_flagrant_is_a_criticism(coder: Coder, text: str) -> None:
    found = first_act(coder, text)
    assert found is not None and found[:2] == ("ACCUSE", "111")


def test_a_brazen_raid_told_as_news_stays_the_raid(coder: Coder) -> None:
    found = first_act(coder, "Gunmen carried out a brazen raid on a police post in Kunduz.")
    assert found is not None and found[0] == "ASSAULT"


def test_protesters_gathered_in_a_square_rally(coder: Coder) -> None:
    text = (
        "Hundreds of protesters gathered in Independence Square in Minsk with banners calling "
        "for new elections."
    )
    found = first_act(coder, text)
    assert found is not None and found[:2] == ("PROTEST", "141")


@pytest.mark.parametrize(
    "text",
    [
        "Supporters of the president gathered in the ballroom of a Warsaw hotel to hear his "
        "victory speech.",
        "Activists gathered in Geneva for a conference on climate finance.",
    ],
)
def test_supporters_or_activists_gathered_in_a_hall_hold_no_rally_codes_nothing(
    coder: Coder, text: str
) -> None:
    found = first_act(coder, text)
    assert found is None


@pytest.mark.parametrize(
    "text",
    [
        "Guards fired tear gas into the cellblocks in Guayaquil to end the riot, officials said.",
        "Police in Minsk fired tear gas to break up the demonstration.",
    ],
)
def test_a_protest_the_force_is_meant_to_end_is_its_goal(coder: Coder, text: str) -> None:
    assert type_list(coder, text) == ["ASSAULT"]


def test_a_riot_told_as_news_stays_a_riot(coder: Coder) -> None:
    found = first_act(coder, "Inmates rioted in the prison in Guayaquil on Sunday.")
    assert found is not None and found[:2] == ("PROTEST", "145")


def test_protesters_who_had_looted_told_by_the_police_riot(coder: Coder) -> None:
    text = "Police in Asuncion said protesters had looted shops near the electoral court."
    found = first_act(coder, text)
    assert found is not None and found[:2] == ("PROTEST", "145")


def test_a_ruling_family_that_had_looted_the_treasury_is_a_charge(coder: Coder) -> None:
    found = first_act(
        coder, "The opposition in Asuncion said the ruling family had looted the treasury."
    )
    assert found is not None and found[:2] == ("ACCUSE", "112")
