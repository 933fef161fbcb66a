"""Round 39, wiremiss6: relevant agency sentences that yielded no event. A strike told by what
it hit ("The strikes hit radar installations", "The strike hit his car and also killed", "a
strike on Thursday destroyed a hideout") is an attack (195): the pattern holds the noun's own
verb, so the noun reports the act rather than naming it, and a definite strike ("the strikes")
goes on with the parties of the attack the story reported, also when a sentence with no
attack stands between. Near misses: a labour strike hitting services or production, strikes
counted in figures ("41 strikes had hit the province"), a strike hitting something with no
attack told before. A place of trade where an attack fell ("shelling killed five shoppers in
the central market") is no cue of the markets pages, so two such sentences lend no off-topic
frame to the article (which took the attack's next sentence for business); a market that rises
or falls still does. In a story that reported a protest (and is no crime story), the police
arresting people "for vandalism" police the unrest: the sentence's crime word no longer makes
the arrest ordinary crime; without the protest it still does. Every sentence in these tests was
written for them."""

from __future__ import annotations

import pytest

from tensionwatch.domain import relevance
from tensionwatch.domain.coder import Coder
from tests.unit.coding import events, events_in, recommended_coder
from tests.unit.coding import first_sides as firsts

coder = recommended_coder

KHARKIV = (
    "KHARKIV, Ukraine, June 3 (Reuters) - Russian drone strikes killed four people in the "
    "Ukrainian city of Kharkiv overnight, the regional governor said."
)
ADEN = (
    "ADEN, June 3 (Reuters) - American fighter jets struck Houthi missile launchers along "
    "Yemen's Red Sea coast on Friday, a Pentagon spokesman said."
)
KHARTOUM = (
    "KHARTOUM, June 3 (AFP) - Sudanese army warplanes bombed a village held by the Rapid "
    "Support Forces in Darfur on Monday, residents said."
)
DAKAR = (
    "DAKAR, June 3 (Reuters) - Senegalese rail workers walked off the job on Wednesday "
    "demanding higher pay, their union said."
)


@pytest.mark.parametrize(
    ("lead", "text", "first"),
    [
        (
            KHARKIV,
            "The strikes hit a power substation and two apartment blocks, the governor said.",
            ("195", "RUS", "UKR"),
        ),
        (
            ADEN,
            "The strikes hit launch pads and an arms depot close to the port of Mocha, the "
            "spokesman said.",
            ("195", "USA", "YEM"),
        ),
        (
            KHARTOUM,
            "The air strike destroyed a school and a water pump, a local doctor said.",
            ("180", "SDN", "SDN"),  # round 55 (types55): a school struck is 18 (guide section 3)
        ),
        (
            KHARTOUM,
            "The strike also hit a clinic on the edge of the village, residents said.",
            ("195", "SDN", "SDN"),
        ),
    ],
)
def test_a_definite_strike_told_by_what_it_hit_goes_on_with_the_attack(
    coder: Coder, lead: str, text: str, first: tuple[str, str, str]
) -> None:
    assert firsts(events_in(coder, f"{lead} {text}", 1)) == first


def test_the_strikes_go_on_with_the_attack_past_a_sentence_with_none(coder: Coder) -> None:
    between = "Loud explosions were heard across the city, witnesses said."
    text = "The strikes hit a coastal radar post and a boat yard, the Pentagon said."
    found = events_in(coder, f"{ADEN} {between} {text}", 2)
    assert firsts(found) == ("195", "USA", "YEM")


def test_a_strike_on_a_day_destroying_a_hideout_is_an_attack(coder: Coder) -> None:
    text = (
        "Burkina Faso's military said a strike on Saturday flattened a jihadist camp in the "
        "forest east of Fada N'Gourma, killing many fighters."
    )
    assert [event.cameo_code for event in events(coder, text)][:1] == ["195"]


@pytest.mark.parametrize(
    "text",
    [
        "The strike hit rail services across the country, the union said.",
        "The strike on Wednesday hit freight traffic to the port, the union said.",
        "A strike on Monday hit production at the Mbao refinery, the company said.",
    ],
)
def test_a_labour_strike_hitting_services_is_no_attack(coder: Coder, text: str) -> None:
    found = events_in(coder, f"{DAKAR} {text}", 1)
    assert not [event for event in found if event.cameo_root in ("18", "19")]


def test_strikes_counted_in_figures_are_a_tally(coder: Coder) -> None:
    text = (
        "The Houthi-run health ministry told reporters that 41 strikes had hit the province "
        "over the past month."
    )
    found = events_in(coder, f"{ADEN} {text}", 1)
    assert not [event for event in found if event.cameo_code == "195"]


def test_two_strikes_spelled_out_still_report_the_attack(coder: Coder) -> None:
    text = "Two strikes hit the fuel depot in the port, the officials said."
    found = events_in(coder, f"{ADEN} {text}", 1)
    assert firsts(found) is not None
    assert found[0].cameo_code == "195"


BAZAAR = (
    "OMDURMAN, June 3 (AFP) - Paramilitary shelling killed five shoppers in the central "
    "market of Omdurman on Sunday, a medical charity said."
)


def test_an_attack_on_a_market_is_no_page_of_markets(coder: Coder) -> None:
    text = "The strikes also hit a bus depot beside the fish market, the charity said."
    texts = [BAZAAR, text, "Volunteers carried the wounded to a mosque nearby."]
    assert relevance.article_frames(texts).topic == ""
    found = events_in(coder, f"{BAZAAR} {text}", 1)
    assert found and found[0].cameo_root in ("18", "19")


def test_a_market_that_falls_still_frames_the_article() -> None:
    texts = [
        "The market fell 3 percent on Monday as investors sold bank shares.",
        "Traders said the market would stay weak until the central bank acted.",
        "The finance ministry did not comment.",
    ]
    assert relevance.article_frames(texts).topic == relevance.OFFTOPIC


MARCH = (
    "HARARE, June 3 (Reuters) - Riot police fired tear gas at hundreds of opposition "
    "supporters marching through central Harare on Monday."
)
BUDGET = "HARARE, June 3 (Reuters) - Zimbabwe's cabinet approved a new budget on Monday."
VANDALS = "Officers detained about 60 people for vandalism overnight, a police spokesman said."


def test_arrests_for_vandalism_after_a_protest_police_the_unrest(coder: Coder) -> None:
    found = events_in(coder, f"{MARCH} {VANDALS}", 1)
    assert firsts(found) == ("173", "ZWE", "ZWE")


def test_arrests_for_vandalism_with_no_protest_stay_ordinary_crime(coder: Coder) -> None:
    assert not events_in(coder, f"{BUDGET} {VANDALS}", 1)
