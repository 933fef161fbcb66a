"""Round 30, known wrong codings (docs/coder.md, "Known weak points"): each a general pattern
of news writing, tested on sentences written for it, with the near misses that stay."""

from __future__ import annotations

from datetime import date

import pytest

from tensionwatch.domain.actors import ActorIndex
from tensionwatch.domain.coder import Coder
from tests.unit.coding import (
    actor_index,
    article,
    codes,
    country,
    evaluation_coder,
    events,
    first_act,
    of_type,
)

coder = evaluation_coder
DAY = date(2025, 6, 1)


index = actor_index


# --- 1. a title opening the name of a league, club, firm or thing -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A former Premier League striker led the march through Accra.",
        "Guests of the President Hotel in Lusaka were evacuated.",
        "Workers at General Motors walked out on Monday.",
        "Shares of Premier Oil rose after the announcement.",
    ],
)
def test_a_title_opening_a_private_name_is_no_office_holder(index: ActorIndex, text: str) -> None:
    found = codes(index, text, DAY)
    assert not any(word.split()[0] in ("Premier", "President", "General") for word in found)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Ontario Premier Doug Ford criticised Ottawa.", "Ontario Premier Doug Ford"),
        ("President William Ruto met the envoy.", "President William Ruto"),
        ("The premier said the league would be consulted.", "premier"),
    ],
)
def test_a_title_before_a_person_stays(index: ActorIndex, text: str, words: str) -> None:
    assert words in codes(index, text, DAY)


# --- 2. firms named like towns; "executive" as an adjective -------------------------------


def test_a_firm_named_like_a_town_is_no_place(index: ActorIndex) -> None:
    text = "Workers at a Toyota assembly plant east of Bangkok went on strike."
    assert "Toyota" not in codes(index, text, DAY)
    assert codes(index, text, DAY)["Bangkok"].startswith("THA")


def test_workers_of_a_foreign_firm_are_of_the_country_they_work_in(coder: Coder) -> None:
    body = (
        "Hitachi workers marched to the labour ministry in Bangkok on Tuesday.\n\n"
        "Police arrested 12 union leaders at Hitachi on Wednesday."
    )
    found = article(coder, body)
    assert found and {country(event.source) for event in found} == {"THA"}


@pytest.mark.parametrize(
    "text",
    [
        "The president signed an executive order on Monday.",
        "The executive branch rejected the ruling.",
        "The party's executive committee met in Lusaka.",
    ],
)
def test_executive_as_an_adjective_is_no_business_person(index: ActorIndex, text: str) -> None:
    assert "BUS" not in codes(index, text, DAY).values()


@pytest.mark.parametrize(
    "text",
    [
        "The chief executive of the mining firm met the minister.",
        "Executives of the airline were questioned.",
    ],
)
def test_an_executive_as_a_person_stays(index: ActorIndex, text: str) -> None:
    assert "BUS" in codes(index, text, DAY).values()


# --- 3. a request whose content is an act --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ghana asked the Security Council on Thursday to reimpose sanctions on Togo.",
        "Kenya asked the African Union at a summit on Monday to impose sanctions on Eritrea.",
        "Ghana asked the Security Council on Thursday to lift sanctions on Togo.",
    ],
)
def test_asking_a_body_to_act_is_a_request_of_it(coder: Coder, text: str) -> None:
    found = events(coder, text)
    assert [event.plover_type for event in found] == ["REQUEST"]
    assert found[0].target is not None and found[0].target.sector == "IGO"


def test_a_sanction_imposed_stays_a_sanction(coder: Coder) -> None:
    text = "The Security Council on Thursday reimposed sanctions on Togo."
    found = first_act(coder, text)
    assert found is not None and found[0] == "SANCTION"


# --- 4. fines and protests -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Police fined 40 people for joining the protest outside parliament.",
        "Police in Lusaka fined 25 people for taking part in the march.",
    ],
)
def test_a_fine_for_joining_a_protest_is_the_fine(coder: Coder, text: str) -> None:
    found = events(coder, text)
    assert [event.plover_type for event in found] == ["COERCE"]
    assert found[0].cameo_code == "172"


@pytest.mark.parametrize(
    "text",
    [
        "Police detained 40 people for taking part in the protest.",
        "Twelve students were jailed for protesting.",
    ],
)
def test_a_protest_joined_by_the_punished_is_no_act_of_its_own(coder: Coder, text: str) -> None:
    # the detention or jailing is the act (17), the protest joined is no event of its own
    assert [event.plover_type for event in events(coder, text)] == ["COERCE"]


def test_a_private_fine_is_still_no_event(coder: Coder) -> None:
    assert events(coder, "Police fined 40 people for speeding on the highway.") == []


def test_a_protest_held_by_the_punished_is_its_offence(coder: Coder) -> None:
    # round 31 (left6): the rally is what the fine punishes, no second event
    text = "A court fined the opposition leader for holding an unauthorised rally."
    assert [event.plover_type for event in events(coder, text)] == ["COERCE"]


def test_freed_after_being_held_during_protests_is_a_release(coder: Coder) -> None:
    text = "A court on Monday freed 14 students held during last week's protests in Lusaka."
    found = first_act(coder, text)
    assert found is not None and found[0] == "RETREAT"


# --- 5. a state body that "protested" complains ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ghana's foreign ministry protested on Wednesday against the seizure of a fishing boat.",
        "The Zambian embassy in Harare formally protested to the foreign ministry.",
        "Hungary's parliament protested against the new language law.",
    ],
)
def test_a_state_body_that_protested_complains(coder: Coder, text: str) -> None:
    found = first_act(coder, text)
    assert found is not None and found[0] == "ACCUSE"


@pytest.mark.parametrize(
    "text",
    [
        "Thousands protested outside parliament in Lusaka on Friday.",
        "Officials protested in Accra against the pay freeze.",
    ],
)
def test_people_who_protested_still_demonstrate(coder: Coder, text: str) -> None:
    found = first_act(coder, text)
    assert found is not None and found[0] == "PROTEST"


# --- 9. a bare parliament voting sanctions on a country is not that country's --------------


def test_a_bare_parliament_sanctioning_a_country_is_the_articles_own(coder: Coder) -> None:
    body = (
        "HELSINKI (AP) — Finland said on Monday it would close its eastern border.\n\n"
        "Parliament voted for sanctions on Belarus on Tuesday."
    )
    event = of_type([e for e in article(coder, body) if e.sentence_index == 1], "SANCTION")
    assert (country(event.source), country(event.target)) == ("FIN", "BLR")


def test_a_bare_parliament_alone_takes_no_target_country(coder: Coder) -> None:
    event = of_type(events(coder, "Parliament voted for sanctions on Belarus."), "SANCTION")
    assert country(event.source) != "BLR"
    assert country(event.target) == "BLR"


def test_a_named_parliament_keeps_its_country(coder: Coder) -> None:
    text = "Estonia's parliament voted on Tuesday for sanctions on Belarus."
    event = of_type(events(coder, text), "SANCTION")
    assert (country(event.source), country(event.target)) == ("EST", "BLR")
