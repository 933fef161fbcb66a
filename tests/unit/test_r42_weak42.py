"""Round 42, weak42: known weak points of round 41 mended by general rules, and the ones left
pinned as strict xfails that say what is still wrong. Every sentence in these tests was written
for them (invented people, places and wording)."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import events, events_in, recommended_coder

coder = recommended_coder

KITWE = "KITWE, Zambia, June 3 (Reuters) - "


def _sides(coder: Coder, body: str, index: int = 0) -> list[tuple[str, str | None, str | None]]:
    """(CAMEO code, source code, target code) of each event of sentence `index`."""
    return [
        (
            event.cameo_code,
            event.source.code if event.source else None,
            event.target.code if event.target else None,
        )
        for event in events_in(coder, body, index)
    ]


# Labelling guide point 38: supporters of a person, a force or a cause are civilians (CVL); the
# of-phrase no longer hides the head ("supporters of former President X" was coded X, GOV).
def test_supporters_of_a_former_president_are_civilians(coder: Coder) -> None:
    body = (
        KITWE + "Supporters of former President Mwila Chanda blocked the Chingola road on Monday."
    )
    found = _sides(coder, body)
    assert found and found[0][1] == "ZMBCVL"


def test_supporters_of_a_cleric_fired_on_are_civilians(coder: Coder) -> None:
    body = (
        KITWE + "Police fired tear gas at supporters of the jailed preacher Joel Tembo on Monday."
    )
    assert ("175", "ZMBCOP", "ZMBCVL") in _sides(coder, body)


def test_supporters_of_a_party_stay_the_opposition(coder: Coder) -> None:
    body = KITWE + "Police fired tear gas at supporters of the banned Copperbelt Front on Monday."
    assert ("175", "ZMBCOP", "ZMBOPP") in _sides(coder, body)


def test_a_former_president_himself_keeps_his_sector(coder: Coder) -> None:
    body = (
        KITWE + "Former President Mwila Chanda accused the police of beating his aides on Monday."
    )
    found = _sides(coder, body)
    assert found and found[0][1] != "ZMBCVL"


# An act named as the object of another act of the same maker is someone else's: a welcomed
# release is praised, not made, by the welcomer (guide point 32); protests met with force are
# not the force's protests.
TASHKENT = "TASHKENT, June 3 (Reuters) - Uzbekistan freed a jailed blogger on Monday. "


def test_a_welcomed_release_frees_no_one(coder: Coder) -> None:
    found = _sides(coder, TASHKENT + "Germany welcomed the release.", 1)
    assert found == [("051", "DEUGOV", "UZBGOV")]


def test_a_release_told_after_a_welcome_stays(coder: Coder) -> None:
    text = "Germany welcomed the talks, and Uzbek authorities released two more bloggers."
    codes = [code for code, _, _ in _sides(coder, TASHKENT + text, 1)]
    assert "0841" in codes and "051" in codes


SAMARKAND = "SAMARKAND, Uzbekistan, June 3 (Reuters) - Taxi drivers blocked a highway on Monday. "


def test_protests_cracked_down_on_are_not_the_forces_protest(coder: Coder) -> None:
    text = (
        "Eleven market traders were shot dead when security forces cracked down on protests "
        "after the March referendum."
    )
    found = _sides(coder, SAMARKAND + text, 1)
    assert found and found[0][0].startswith("17")
    assert [code for code, _, _ in found if code.startswith("14")] == []


def test_a_protest_by_the_crowd_after_force_stays(coder: Coder) -> None:
    text = (
        "Police cracked down on the drivers, and the drivers staged protests outside the city hall."
    )
    codes = [code for code, _, _ in _sides(coder, SAMARKAND + text, 1)]
    assert any(code.startswith("17") for code in codes)
    assert any(code.startswith("14") for code in codes)


# Labelling guide point 42: a crowd that stones the police riots against them; a crowd the
# sentence gives no country is of the police's or troops' country.
def test_youths_stoning_riot_police_are_the_polices_country(coder: Coder) -> None:
    found = events(coder, "Youths hurled stones at riot police in the Malawian town of Zomba.")
    assert found and found[0].cameo_code == "145"
    assert found[0].source is not None and found[0].source.code == "MWICVL"


def test_a_crowd_of_its_own_country_keeps_it(coder: Coder) -> None:
    found = events(coder, "Tanzanian traders threw bottles at Malawian riot police at the border.")
    assert found and found[0].source is not None and found[0].source.country == "TZA"


BO = "BO, Sierra Leone, June 3 (Reuters) - "


# Known weak points of round 41 left for a later round, pinned: each test asks what the guide
# wants and fails today; `strict` makes it fail loudly once a rule reaches it.
@pytest.mark.xfail(
    strict=True,
    reason="weak point: a toll 'when forces cracked down on' protests 'after the April poll' "
    "is background, still coded 175",
)
def test_killings_when_forces_cracked_down_after_a_dated_vote_are_background(
    coder: Coder,
) -> None:
    text = (
        "Eleven market traders were shot dead when security forces cracked down on protests "
        "after the March referendum."
    )
    assert _sides(coder, SAMARKAND + text, 1) == []


@pytest.mark.xfail(
    strict=True,
    reason="weak point: armed villagers attacking the presidential palace yield no event",
)
def test_armed_villagers_attacking_the_palace_assault(coder: Coder) -> None:
    body = BO + "Armed villagers attacked the presidential palace in Freetown overnight."
    found = _sides(coder, body)
    assert found and found[0][0].startswith(("18", "19"))


def test_armed_villagers_attacking_a_police_station_assault(coder: Coder) -> None:
    body = BO + "Armed villagers attacked a police station in Kenema overnight."
    found = _sides(coder, body)
    assert found and found[0][0].startswith(("18", "19"))


@pytest.mark.xfail(
    strict=True,
    reason="weak point: 'One of them got a 4-year sentence': the partitive pronoun gets no "
    "party, so no event ('Organiser X got a 4-year sentence' is coded 173, court -> X)",
)
def test_got_a_four_year_sentence_is_an_arrest(coder: Coder) -> None:
    body = (
        BO + "A court in Bo tried two opposition organisers on Monday. "
        "One of them got a 4-year sentence for insulting the president."
    )
    assert [code for code, _, _ in _sides(coder, body, 1)][:1] == ["173"]


# A place name of several countries (data/shared_places.tsv: a Spanish city's name carried to
# Latin America) is the country the article names most, else the place tables' own.
def test_a_spanish_city_name_in_a_venezuelan_story_is_venezuelan(coder: Coder) -> None:
    body = (
        "CARACAS, June 3 (Reuters) - Venezuelan police detained four union leaders on Monday. "
        "Protesters in Barcelona blocked the coastal highway on Tuesday."
    )
    found = _sides(coder, body, 1)
    assert found and (found[0][1] or "").startswith("VEN")


def test_the_same_city_name_in_a_spanish_story_stays_spanish(coder: Coder) -> None:
    body = (
        "MADRID, June 3 (Reuters) - Spanish police detained four union leaders on Monday. "
        "Protesters in Barcelona blocked the coastal highway on Tuesday."
    )
    found = _sides(coder, body, 1)
    assert found and (found[0][1] or "").startswith("ESP")


# Labelling guide point 40: of two critics of one side, "rejected the criticism" answers the
# first; once answered, a new critic opens a new exchange.
def test_rejected_criticism_answers_the_first_critic(coder: Coder) -> None:
    body = (
        "HARARE, June 3 (Reuters) - Britain's envoy criticised Zimbabwe's detention of nurses "
        "on Monday. Amnesty International also condemned the detentions. The government "
        "rejected the criticism on Tuesday."
    )
    found = _sides(coder, body, 2)
    assert found and found[0][0] == "120" and (found[0][2] or "").startswith("GBR")


# Traditional and tribal leaders, chiefs and elders named bare are of the dateline's country,
# not of the foreign state the sentence or the one before names.
def test_traditional_leaders_are_of_the_story_country(coder: Coder) -> None:
    body = (
        "ACCRA, June 3 (Reuters) - Traders protested in Paga on Monday after Burkina Faso "
        "closed the border. "
        "Traditional leaders in the area accused Burkinabe soldiers of beating traders."
    )
    found = _sides(coder, body, 1)
    assert found and (found[0][1] or "").startswith("GHA")


def test_a_paramount_chief_is_of_the_dateline_country(coder: Coder) -> None:
    body = (
        "ACCRA, June 3 (Reuters) - Burkina Faso's junta shut a border crossing near Paga on "
        "Monday. A paramount chief in the district accused soldiers of beating traders."
    )
    found = _sides(coder, body, 1)
    # a traditional leader is written among civilians (round 46, sector46: no `ELI` in the guide)
    assert found and found[0][1] == "GHACVL"


def test_leaders_named_with_their_country_keep_it(coder: Coder) -> None:
    body = (
        "ACCRA, June 3 (Reuters) - Traders protested in Paga on Monday after Burkina Faso "
        "closed the border. Burkinabe traditional leaders accused Ghanaian soldiers of beating "
        "herders."
    )
    found = _sides(coder, body, 1)
    assert found and (found[0][1] or "").startswith("BFA")


def test_a_critic_after_an_answer_is_answered_next(coder: Coder) -> None:
    body = (
        "HARARE, June 3 (Reuters) - Britain's envoy criticised Zimbabwe's detention of nurses "
        "on Monday. The government rejected the criticism on Tuesday. Amnesty International "
        "condemned the detentions on Wednesday. The government rejected that criticism too."
    )
    found = _sides(coder, body, 3)
    assert found and found[0][0] == "120" and found[0][2] == "NGOHRIAMN"
