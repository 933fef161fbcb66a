"""Round 41, align42: the coder follows the labelling guide's points 42-49 where it did not yet.
Point 42: whoever the crowd is, missiles thrown "at" the police or the troops are a riot (145),
aimed at the force hit. Every sentence in these tests was written for them."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, events, first_codes, recommended_coder

coder = recommended_coder


def test_farmers_hurling_rocks_at_riot_police_riot(coder: Coder) -> None:
    text = "Coffee farmers hurled rocks at riot police blocking a highway near Cusco on Friday."
    assert first_codes(coder, text) == ("145", "PERCVL", "PERCOP")


def test_students_throwing_bottles_at_police_riot(coder: Coder) -> None:
    text = "Students in Colombo threw bottles at police outside the university on Monday."
    assert first_codes(coder, text) == ("145", "LKAEDU", "LKACOP")


def test_stones_thrown_at_soldiers_target_the_troops(coder: Coder) -> None:
    text = "Angry fishermen in Chittagong threw stones at soldiers guarding the port."
    assert first_codes(coder, text) == ("145", "BGDCVL", "BGDMIL")


def test_a_blockade_then_rocks_at_police_targets_the_police(coder: Coder) -> None:
    text = (
        "Protesters in Arica blocked the coastal highway for hours and hurled rocks at riot police."
    )
    riots = [event for event in events(coder, text) if event.cameo_code == "145"]
    assert riots and riots[0].target is not None and riots[0].target.code == "CHLCOP"


def test_rocks_hurled_by_a_landslide_are_no_riot(coder: Coder) -> None:
    assert events(coder, "The landslide hurled rocks onto the coastal road near Valparaiso.") == []


def test_stones_thrown_into_a_river_are_no_riot(coder: Coder) -> None:
    assert events(coder, "Children in Arequipa threw stones into the river on Sunday.") == []


def test_support_thrown_behind_a_governor_is_no_riot(coder: Coder) -> None:
    text = "Bolivian miners threw their support behind the governor at a rally in Potosi."
    assert [event.cameo_code for event in events(coder, text)] == ["051"]


VALPARAISO = (
    "VALPARAISO, Chile, May 15 (Reuters) - Chilean riot police fired tear gas at striking "
    "dockworkers in the port on Wednesday. "
)


def sides_in(coder: Coder, body: str, index: int) -> list[tuple[str, str | None, str | None]]:
    return [
        (
            event.cameo_code,
            event.source.code if event.source else None,
            event.target.code if event.target else None,
        )
        for event in article(coder, body)
        if event.sentence_index == index
    ]


def test_dockworkers_throwing_rocks_are_civilians(coder: Coder) -> None:
    text = "Dockworkers in Arica hurled rocks at police during a stoppage over unpaid overtime."
    assert first_codes(coder, text) == ("145", "CHLCVL", "CHLCOP")


def test_use_of_force_against_strikers_targets_its_user(coder: Coder) -> None:
    body = (
        VALPARAISO + "Opposition senator Ana Rojas condemned the use of force against the strikers."
    )
    assert sides_in(coder, body, 1) == [("111", "CHLOPP", "CHLCOP")]


def test_use_of_force_on_dockers_targets_its_user(coder: Coder) -> None:
    body = (
        VALPARAISO
        + "Opposition senator Ana Rojas condemned the use of force on the port's dockers."
    )
    assert sides_in(coder, body, 1) == [("111", "CHLOPP", "CHLCOP")]


def test_the_dockworkers_own_use_of_force_targets_them(coder: Coder) -> None:
    body = VALPARAISO + "Opposition senator Ana Rojas condemned the dockworkers' use of force."
    assert sides_in(coder, body, 1) == [("111", "CHLOPP", "CHLCVL")]


def test_a_peacekeeping_force_praised_is_no_criticised_act(coder: Coder) -> None:
    text = "Opposition senator Ana Rojas of Chile praised the peacekeeping force in Haiti."
    assert first_codes(coder, text) == ("051", "CHLOPP", "CHLMIL")


# Point 49: a further sentence of the day, told by the one who receives it, is 173 again, the
# one sentenced its target; the term is named, so "received funding for years" stays out
HANOI = (
    "HANOI, May 15 (Reuters) - A Vietnamese court sentenced a former Hue mayor to ten years in "
    "prison for bribery on Wednesday. "
)


def test_a_second_defendant_receiving_years_is_sentenced(coder: Coder) -> None:
    body = HANOI + "A former deputy minister received nine years in prison for abuse of power."
    found = sides_in(coder, body, 1)
    assert found and found[0][0] == "173" and found[0][2] == "VNMGOV"


def test_a_prison_sentence_received_targets_the_one_sentenced(coder: Coder) -> None:
    text = "A former Peruvian transport minister received a nine-year prison sentence on Tuesday."
    assert first_codes(coder, text)[::2] == ("173", "PERGOV")


def test_funding_received_for_years_is_no_sentence(coder: Coder) -> None:
    body = HANOI + "The province received funding for years from the central government."
    assert sides_in(coder, body, 1) == []


def test_data_received_is_no_sentence(coder: Coder) -> None:
    assert events(coder, "The Chilean ministry received 12 years of data for the study.") == []


def test_a_term_spelt_in_one_word_is_a_sentence(coder: Coder) -> None:
    body = HANOI + "A former deputy minister received a seven-year sentence."
    assert sides_in(coder, body, 1) == [("173", "VNMJUD", "VNMGOV")]


def test_a_sentence_of_praise_is_no_sentence_codes_nothing(coder: Coder) -> None:
    text = "The hospital in Lima received a sentence of praise from the president."
    assert events(coder, text) == []
