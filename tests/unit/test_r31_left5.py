"""Round 31, left5: wrong codings left by the round's helpers (sentences written for these
tests): a fight that only tells how the dead died, a quarrel in words with journalists or
teachers, a demand voiced with "should stop", a protest sent with no addressee, a defiance that
is how a march was held, a crossing named by its town, and a deal criticised in a story of one
country."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import recommended_coder, sides_of, undated, undated_codes

coder = recommended_coder


# existence.died_fighting / killed_fighting: a fight told after "who died" or "who were killed"
# describes how the people of the relative clause died.
@pytest.mark.parametrize(
    "text",
    [
        "The president paid tribute to soldiers who died fighting the rebels.",
        "Mourners honoured police officers who lost their lives fighting militants.",
        "The families of soldiers who were killed battling the insurgents received medals.",
    ],
)
def test_fight_describing_the_dead_is_no_act(coder: Coder, text: str) -> None:
    assert undated_codes(coder, text) == []


def test_soldiers_killed_fighting_now_stays(coder: Coder) -> None:
    # near miss: no relative clause, the fight is the day's news
    codes = undated_codes(coder, "Three soldiers died fighting rebels in the north on Friday.")
    assert codes and codes[0].startswith("19")


# relevance.fight_in_words: journalists (MED) and teachers (EDU) quarrel with a minister.
@pytest.mark.parametrize(
    "text",
    [
        "The minister clashed with journalists over the new media law.",
        "Teachers clashed with the education minister over a pay freeze.",
    ],
)
def test_clash_of_words_with_media_or_teachers(coder: Coder, text: str) -> None:
    assert undated_codes(coder, text) == []


def test_students_clashing_with_police_stay(coder: Coder) -> None:
    codes = undated_codes(coder, "Students clashed with police outside the ministry.")
    assert codes == ["145"]


# data/triggers.tsv: "should stop" is a demand of the speaker on its subject.
def test_should_stop_voiced_by_a_speaker_is_a_demand(coder: Coder) -> None:
    text = (
        "Chinese foreign ministry spokesperson Wang Li said Japan should stop provoking "
        "China in the East China Sea."
    )
    found = undated(coder, text)
    assert found and found[0].cameo_code == "100"
    assert sides_of(found[0]) == ("CHN", "JPN")


@pytest.mark.parametrize(
    "text",
    [
        "Parliament should stop the bill when it comes to a vote.",
        "Japan should stop provoking China, analysts said.",
    ],
)
def test_should_stop_unvoiced_is_advice(coder: Coder, text: str) -> None:
    assert undated_codes(coder, text) == []


# data/triggers.tsv: a protest sent or delivered is a diplomatic complaint.
def test_protest_sent_without_addressee_is_a_complaint(coder: Coder) -> None:
    assert undated_codes(coder, "Hungary sent a formal protest on Tuesday.") == ["114"]


def test_police_sent_to_a_protest_is_no_complaint(coder: Coder) -> None:
    # Coded today but wrong or doubtful by the guide (round 48's list), so not pinned:
    # police sent to break up a protest code the protest (140).
    assert "114" not in undated_codes(coder, "Police were sent to break up a protest.")


# acts._defied_by_protest: the march is the act, the defiance how it was held.
def test_defied_ban_and_marched_is_a_protest_first(coder: Coder) -> None:
    text = "Opposition supporters defied a ban on rallies and marched through Kampala on Saturday."
    found = undated(coder, text)
    assert found and found[0].cameo_code == "141"


def test_defiance_alone_stays_a_rejection(coder: Coder) -> None:
    text = "The opposition defied a ban on protests and said it would hold more rallies."
    found = undated(coder, text)
    assert found and found[0].cameo_code == "128"


# targets._border_with: the country across a crossing named by its town.
@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Uganda reopened the Katuna border with Rwanda.", ("UGA", "RWA")),
        ("Tanzania closed its Kasumulu border crossing with Malawi.", ("TZA", "MWI")),
    ],
)
def test_crossing_named_by_its_town(coder: Coder, text: str, sides: tuple[str, str]) -> None:
    found = undated(coder, text)
    assert found and sides_of(found[0]) == sides


def test_town_with_no_crossing_is_no_country_codes_nothing(coder: Coder) -> None:
    text = "Kenyan police reopened the Busia market with support from Uganda."
    assert undated(coder, text) == []


# roles._home_reproach: a pact is not the reproaching side's own people's doing.
def test_deal_criticised_is_not_own_people(coder: Coder) -> None:
    found = undated(coder, "Russia criticized the deal.")
    assert found and found[0].cameo_code.startswith("11")
    assert found[0].target is None


def test_looting_condemned_is_own_people(coder: Coder) -> None:
    found = undated(coder, "Kenya's interior minister condemned the looting.")
    assert found and sides_of(found[0]) == ("KEN", "KEN")
