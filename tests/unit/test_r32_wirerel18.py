"""Agency copy's background judged not relevant that still got an event, round 32 (second
wave): what a text provides for, told in the present after an opening that names it ("Under
the new law, protesters who block roads face five years in prison", "Under the decree, police
may detain ..."), and a participle that goes on from a standing tie or position in the
present ("Iran is the main backer of Hezbollah, supplying it with rockets", "China claims
almost all of the sea, rejecting a ruling"), and what unnamed officials believe is going on
("Western officials believe Iran is supplying Moscow with missiles"). Each has a near miss
that stays an act. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import recommended_coder, second

recommended = recommended_coder

RALLY = (
    "ATHENS (Reuters) - Greek riot police fired tear gas at protesters outside parliament on "
    "Thursday as lawmakers debated a new public order law. "
)
STRIKE = (
    "BEIRUT (AP) - An Israeli airstrike hit a weapons depot in eastern Lebanon on Sunday, "
    "the Lebanese army said. "
)
SHIP = (
    "MANILA (Reuters) - A Chinese coast guard ship rammed a Philippine supply boat near a "
    "disputed shoal on Monday, the Philippine coast guard said. "
)


@pytest.mark.parametrize(
    ("lead", "text"),
    [
        (
            RALLY,
            "Under the new law, demonstrators who block roads face up to three years in prison.",
        ),
        (RALLY, "Under the bill, people who occupy public buildings face heavy fines."),
        (RALLY, "Under the decree, police may detain protest organisers for up to 30 days."),
        (RALLY, "Under the amended law, authorities can ban rallies near parliament."),
    ],
)
def test_what_a_text_provides_in_the_present_is_no_act(
    recommended: Coder, lead: str, text: str
) -> None:
    assert second(recommended, text, lead) == []


@pytest.mark.parametrize(
    ("lead", "text", "plover"),
    [
        # the past: an act under the text, or people who did it
        (RALLY, "Under the new law, police detained 40 demonstrators on Friday.", "COERCE"),
        (RALLY, "Protesters who blocked roads near parliament were detained.", "COERCE"),
    ],
)
def test_an_act_told_in_the_past_stays(
    recommended: Coder, lead: str, text: str, plover: str
) -> None:
    assert plover in second(recommended, text, lead)


@pytest.mark.parametrize(
    ("lead", "text"),
    [
        (STRIKE, "Iran is the main backer of Hezbollah, supplying the group with rockets."),
        (STRIKE, "Tehran remains the chief sponsor of the militia, providing it with drones."),
        (SHIP, "China claims almost the entire South China Sea, rejecting a 2016 ruling."),
        (SHIP, "Beijing considers the shoal its territory, dismissing Manila's claims."),
    ],
)
def test_a_participle_after_a_standing_tie_is_background(
    recommended: Coder, lead: str, text: str
) -> None:
    assert second(recommended, text, lead) == []


@pytest.mark.parametrize(
    ("lead", "text", "plover"),
    [
        # a day's act before the comma: its participle is news
        (STRIKE, "Israeli jets struck a depot near Baalbek, killing two people.", "ASSAULT"),
        (SHIP, "China rejected the ruling, accusing Manila of provoking the clash.", "ACCUSE"),
    ],
)
def test_a_participle_after_an_act_stays(
    recommended: Coder, lead: str, text: str, plover: str
) -> None:
    assert plover in second(recommended, text, lead)


DRONES = (
    "KYIV (AP) - Russian drones struck energy facilities in the Kharkiv region overnight, "
    "Ukrainian officials said on Wednesday. "
)


@pytest.mark.parametrize(
    "text",
    [
        "Western officials believe Iran is supplying Moscow with short-range missiles.",
        "European diplomats suspect Belarus is helping Russia with drone parts.",
        "U.S. and British officials believe Tehran is arming Moscow with attack drones.",
    ],
)
def test_what_unnamed_officials_believe_is_going_on_is_background(
    recommended: Coder, text: str
) -> None:
    assert second(recommended, text, DRONES) == []


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        # a named state says it: a claim of the day, kept
        ("Ukraine said Russia is shelling Kherson with glide bombs.", "ASSAULT"),
    ],
)
def test_a_named_speaker_on_an_ongoing_act_stays(
    recommended: Coder, text: str, plover: str
) -> None:
    assert plover in second(recommended, text, DRONES)


@pytest.mark.parametrize(
    "text",
    [
        "The militants receive most of their weapons from Tehran through Syria.",
        "The rebels still get arms and ammunition from Iran, U.N. experts say.",
        "Fighters who receive military training from Iran cross the border at night.",
    ],
)
def test_receiving_in_the_simple_present_is_a_standing_supply(
    recommended: Coder, text: str
) -> None:
    assert second(recommended, text, STRIKE) == []


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        # a delivery told in the past is the day's act
        ("The Lebanese army received 20 tanks from the United States on Monday.", "AID"),
    ],
)
def test_a_delivery_received_in_the_past_stays(recommended: Coder, text: str, plover: str) -> None:
    assert plover in second(recommended, text, STRIKE)
