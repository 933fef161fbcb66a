"""Round 62 (story62): which state a body and a thing named without a state belong to.

A craft named by its flag ("a Panamanian-flagged reefer ship") is a business of the flag's
state, and the bare owners of the craft in a later sentence are that state's business, not
the detaining state's. A state's own police acting in a town of that state on a person named
by the state's demonym ("arrested an Austrian national in Graz") are that state's police, not
the foreign state the article is about."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import recommended_coder, undated

coder = recommended_coder


def _first(found: list, index: int):
    picked = [event for event in found if event.sentence_index == index]
    assert picked
    return picked[0]


_FLAGGED_STORY = (
    "Senegal's navy has detained a Panamanian-flagged reefer ship and its 30 crew for "
    "loading fish from trawlers at sea without a permit. "
    "The ship was escorted to the port of Dakar on Saturday. "
    "The fisheries minister threatened to prosecute the owners of the ship for fishing "
    "illegally in Senegalese waters."
)


# a flagged craft is its flag state's business
def test_flagged_craft_is_the_flag_states_business(coder: Coder) -> None:
    lead = _first(undated(coder, _FLAGGED_STORY), 0)
    assert lead.target is not None
    assert (lead.target.country, lead.target.sector) == ("PAN", "BUS")


# the bare owners of the craft in a later sentence are the flag state's business too
def test_flagged_craft_owners_are_the_flag_states(coder: Coder) -> None:
    later = _first(undated(coder, _FLAGGED_STORY), 2)
    assert later.target is not None
    assert (later.target.country, later.target.sector) == ("PAN", "BUS")


# police acting in a town of the state their object is named by are that state's own
def test_police_acting_at_home_keep_their_state(coder: Coder) -> None:
    body = (
        "The Austrian government has ordered three Iranian diplomats to leave, saying they "
        "had watched exiled dissidents in Vienna. "
        "The foreign ministry said the men had been given a week to leave the country. "
        "Police separately detained an Austrian national in Graz who is suspected of handing "
        "the dissidents' addresses to the diplomats. "
        "Iran's embassy in Vienna denounced the decision and said Tehran would respond."
    )
    found = undated(coder, body)
    arrest = _first(found, 2)
    assert arrest.source is not None
    assert arrest.source.country == "AUT"


# an unknown one-word name before "river" is the water's name, not a party: the troops who
# crossed it are the doers
def test_river_name_is_no_party(coder: Coder) -> None:
    body = (
        "Benin has protested to Niger over an incursion by Nigerien soldiers into a border "
        "hamlet. "
        "The interior ministry said some 40 Nigerien soldiers had crossed the Sota river on "
        "Tuesday and occupied the hamlet for several hours."
    )
    found = undated(coder, body)
    incursion = _first(found, 1)
    assert incursion.source is not None
    assert (incursion.source.country, incursion.source.sector) == ("NER", "MIL")
