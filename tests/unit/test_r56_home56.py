"""Round 56 (home56): the story's own country, which bare sectors and people named with no
country take (docs/labelling.md section 2: "Armed groups, police, protesters and parties take
the country they act in or belong to, from the story"; "the dateline city or a third country
hosting talks give no actor").

- Agency copy filed from a mediator's or a regional bureau's city: a lead whose parties are
  all of another state, naming nothing of the dateline's state but its city again and the
  speaker who tells the news, is that state's story (`coder._opening_state`, read when the
  dateline sets the home). Near misses: a lead naming the dateline's state, its people or
  its towns (a donor's gift to it, a foreign strike on one of its towns) stays its story.
- Site copy with no dateline that opens with a foreign partner's act: a state the site names
  by its capital standing for it ("thanked Washington") is foreign; the next state named,
  at least half as often, whose capital stands for nothing, is the story's
  (`ArticleContext._own_of_pair`). Near misses: a story whose lead state is never named by
  its capital, or whose other state is named too seldom.

Every article here was written for these tests."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.models import TensionEvent
from tests.unit.coding import article, recommended_coder, undated

coder = recommended_coder


def _sides(found: list[TensionEvent], index: int) -> tuple[str | None, str | None]:
    """(source country, target country) of the first event of sentence `index`."""
    mine = [event for event in found if event.sentence_index == index]
    assert mine, f"no event in sentence {index}"
    event = mine[0]
    return (
        event.source.country if event.source is not None else None,
        event.target.country if event.target is not None else None,
    )


MEDIATED = (
    "NAIROBI, June 3 (Reuters) - Ethiopia's federal government and Tigrayan leaders signed a "
    "truce in Nairobi on Friday after a week of talks, Kenyan mediators said. "
    "The talks were held behind closed doors at a hotel in the Kenyan capital. "
    "Government spokesman Tesfaye Alemu rejected a demand by Tigrayan leaders for a "
    "referendum near Mekelle. "
    "Opposition senator Hirut Bekele accused the government of hiding the death toll. "
    "Ethiopian officials are due back in Nairobi in July."
)


def test_a_government_spokesman_in_talks_hosted_abroad_is_his_own_state(coder: Coder) -> None:
    found = article(coder, MEDIATED)
    assert _sides(found, 2)[0] == "ETH"


def test_an_opposition_senator_in_talks_hosted_abroad_accuses_his_own_government(
    coder: Coder,
) -> None:
    found = article(coder, MEDIATED)
    assert _sides(found, 3) == ("ETH", "ETH")


BUREAU = (
    "SINGAPORE, Oct 2 (AP) — Cambodian police detained nine opposition activists in Phnom "
    "Penh on Wednesday, a rights group said. "
    "Singapore's foreign ministry said it was following the case closely. "
    "The activists had planned to march on the national assembly, police said. "
    "The opposition party demanded their release. "
    "Singapore hosts a regional rights office."
)


def test_a_bare_opposition_in_a_story_filed_from_a_regional_bureau(coder: Coder) -> None:
    found = article(coder, BUREAU)
    assert _sides(found, 3)[0] == "KHM"


# Near misses: the lead names the dateline's state as a party, or one of its towns


DONOR_AT_HOME = (
    "SUVA, Aug 12 (AFP) - Japan handed two patrol boats to Fiji's navy on Monday under an "
    "aid programme worth 30 million dollars, the Japanese embassy said. "
    "Opposition leader Ratu Vosa accused the government of ceding control of its waters. "
    "Japanese officials said Tokyo would train the crews. "
    "Japan has funded ports and roads across the Pacific."
)


def test_a_donor_opening_the_lead_leaves_the_dateline_its_story(coder: Coder) -> None:
    found = article(coder, DONOR_AT_HOME)
    assert _sides(found, 1) == ("FJI", "FJI")


STRUCK_AT_HOME = (
    "ODESA, Ukraine, Sept 8 (Reuters) - Russian drones struck a grain terminal in Izmail "
    "overnight, regional officials said. "
    "Russia's defence ministry said it had hit military targets. "
    "Governor Oleh Marchenko accused Moscow of waging war on food exports. "
    "Russian forces have struck the Danube ports dozens of times."
)


def test_a_foreign_strike_on_a_town_of_the_dateline_stays_its_story(coder: Coder) -> None:
    found = article(coder, STRUCK_AT_HOME)
    assert _sides(found, 2) == ("UKR", "RUS")


DONOR_BY_CAPITAL = (
    "India has handed a coastal radar network to Mauritius, where drug boats have used the "
    "outer islands as a transit point. "
    "Prime Minister Navin Ramlall thanked New Delhi for the gift at a ceremony in Port Louis "
    "on Tuesday. "
    "India's navy will train the radar crews for a year. "
    "Opposition leader Kavi Pillay accused the government of giving away the islands. "
    "He urged New Delhi to publish the terms of the deal. "
    "Mauritius has long balanced its ties with India and other powers, and Mauritian "
    "fishermen have complained about the patrols. "
    "Indian companies already run the port."
)


def test_a_site_story_opening_with_a_donor_it_names_by_its_capital(coder: Coder) -> None:
    found = undated(coder, DONOR_BY_CAPITAL)
    assert _sides(found, 3) == ("MUS", "MUS")


def test_the_sites_own_leader_thanks_the_donors_capital(coder: Coder) -> None:
    found = undated(coder, DONOR_BY_CAPITAL)
    assert _sides(found, 1) == ("MUS", "IND")


# Near miss: the lead's state is never named by its capital: the story stays its own


DONOR_OWN_STORY = (
    "Norway has pledged 40 million dollars to rebuild schools in Moldova, the foreign ministry "
    "said on Monday. "
    "Moldova's education minister welcomed the pledge. "
    "Norway's parliament approved the budget last year, and Oslo will send inspectors. "
    "Prime Minister Jonas Berg urged Moldova to publish every contract. "
    "The money will go through a Norwegian aid agency."
)


def test_a_site_story_of_its_own_donor_state_stays_the_donors(coder: Coder) -> None:
    found = undated(coder, DONOR_OWN_STORY)
    assert _sides(found, 3) == ("NOR", "MDA")
