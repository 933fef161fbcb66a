"""Round 32, recall on news copy: relevant sentences that gave no event because no trigger
held them. A naming verb's verdict "as an attack on" what a state or a people holds
("described the decision as an attack on federalism"; the discard of "as an attack on", one
word shorter, hid it), an assurance of cooperation or support made to a party ("assured
India of full cooperation"), and a reaffirmed commitment to defend an ally. Each has a near
miss that stays without the act. And "the party" as a party to the act: the political party,
the opposition or its voice the article named last ("Police arrested the opposition spokesman.
The party condemned the arrest"), not "the party to the accord"; and soldiers "killed by
Azerbaijani fire" (a side's fire, not a blaze, which an article tells: "killed in a fire").
Every sentence in these tests was written for them (places outside the round's held-out
ones)."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, country, events, recommended_coder

coder = recommended_coder


def _first(coder: Coder, text: str) -> tuple[str, str, str | None, str | None] | None:
    """(PLOVER type, CAMEO root, source country, target country) of the main event."""
    found = events(coder, text)
    if not found:
        return None
    event = found[0]
    return event.plover_type, event.cameo_root, country(event.source), country(event.target)


@pytest.mark.parametrize(
    "text",
    [
        "Kerala's chief minister described the Centre's decision as an attack on federalism.",
        "Opposition leaders in Lima branded the arrests as an assault on democracy.",
        "Zambia's opposition leader described the new cyber law as a direct attack on press "
        "freedom.",
    ],
)
def test_naming_an_act_an_attack_on_what_a_state_holds_is_criticism(
    coder: Coder, text: str
) -> None:
    found = _first(coder, text)
    assert found is not None and found[:2] == ("ACCUSE", "11")


def test_an_attack_on_officers_a_spokesman_describes_is_no_criticism_codes_nothing(
    coder: Coder,
) -> None:
    text = "Police in Lusaka described the incident as an attack on officers at a checkpoint."
    assert events(coder, text) == []


def test_assured_a_country_of_cooperation_is_a_promise_to_it(coder: Coder) -> None:
    text = (
        "Nepal's prime minister assured India of full cooperation in tackling cross-border crime."
    )
    assert _first(coder, text) == ("AGREE", "03", "NPL", "IND")


def test_assured_a_country_of_support_is_backing(coder: Coder) -> None:
    text = "The German chancellor assured Kyiv of Berlin's continued support."
    assert _first(coder, text) == ("SUPPORT", "05", "DEU", "UKR")


def test_assured_parliament_of_a_schedule_is_no_promise_to_a_party(coder: Coder) -> None:
    text = "The finance minister assured lawmakers that the budget would be passed on time."
    assert events(coder, text) == []


def test_reaffirmed_commitment_to_defend_an_ally_is_backing(coder: Coder) -> None:
    text = "Japan reaffirmed its commitment to defend the Philippines under their security pact."
    assert _first(coder, text) == ("SUPPORT", "05", "JPN", "PHL")


def test_reaffirmed_commitment_to_a_policy_is_no_backing(coder: Coder) -> None:
    text = "The government reaffirmed its commitment to reducing carbon emissions by 2030."
    assert events(coder, text) == []


# "the party": the political party, the opposition or its voice the article named last


def test_the_party_after_the_opposition_spokesman_is_the_opposition(coder: Coder) -> None:
    found = article(
        coder,
        "Police in Harare arrested the opposition spokesman on Wednesday. "
        "The party condemned the arrest and demanded his immediate release.",
    )
    second = [e for e in found if e.sentence_index == 1]
    assert second and second[0].plover_type == "ACCUSE"
    assert country(second[0].source) == "ZWE" and second[0].source.sector == "OPP"


def test_the_party_after_the_ruling_party_is_that_party(coder: Coder) -> None:
    found = article(
        coder,
        "Malawi's ruling party lost a by-election in Blantyre on Sunday. "
        "The party accused the electoral commission of rigging the count.",
    )
    second = [e for e in found if e.sentence_index == 1]
    assert second and second[0].plover_type == "ACCUSE" and country(second[0].source) == "MWI"


def test_the_party_to_an_accord_is_no_reference(coder: Coder) -> None:
    found = article(
        coder,
        "Opposition leaders in Lima signed a pact with the government on Monday. "
        "Analysts said the party to the accord that breaks it first would pay a price.",
    )
    assert not [e for e in found if e.sentence_index == 1]


def test_the_party_with_no_party_named_is_no_actor(coder: Coder) -> None:
    found = article(
        coder,
        "Guests arrived at the embassy in Lima for the celebration on Friday. "
        "The party accused the host of serving cold food.",
    )
    # Coded today but wrong or doubtful by the guide (round 48's list), so not pinned:
    # a guest's complaint about food is coded an accusation.
    assert all(e.source is None for e in found if e.sentence_index == 1)


# "killed by Azerbaijani fire": fire a side aimed, not a blaze


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Two Armenian soldiers were killed by Azerbaijani fire on Tuesday, the defence "
            "ministry said.",
            "AZE",
            "ARM",
        ),
        ("A Ukrainian soldier was wounded by Russian sniper fire near Bakhmut.", "RUS", "UKR"),
    ],
)
def test_killed_by_a_sides_fire_is_an_attack(
    coder: Coder, text: str, source: str, target: str
) -> None:
    assert _first(coder, text) == ("ASSAULT", "19", source, target)


@pytest.mark.parametrize(
    "text",
    [
        "Four people died in a fire that swept through a hostel in Lima.",
        "Six people were killed in the fire at a nightclub in Skopje.",
        "A soldier was killed by friendly fire during an exercise in Texas.",
    ],
)
def test_a_blaze_or_friendly_fire_is_no_attack(coder: Coder, text: str) -> None:
    assert events(coder, text) == []
