"""Round 24, feed helper: an official's public service on a news site's non-political pages."""

from __future__ import annotations

from tensionwatch.bootstrap import build_coder
from tensionwatch.domain import relevance
from tensionwatch.domain.actors import Actor
from tensionwatch.domain.context import PERSON, PLACE, SEAT, Mention
from tensionwatch.domain.pipeline import code_article
from tensionwatch.settings import Settings

CODER = build_coder(Settings())


def _events(text: str) -> list[tuple[int, str]]:
    return [(e.sentence_index, e.cameo_code) for e in code_article(CODER, "t", text).events]


def _mention(text: str, country: str, sector: str | None, kind: str) -> Mention:
    return Mention(
        0,
        len(text),
        Actor(text=text, code=country + (sector or ""), country=country, sector=sector),
        kind,
    )


MINISTER = _mention("the minister", "CAN", "GOV", PERSON)
TOWN = _mention("Halifax", "CAN", None, PLACE)
OTHER_STATE = _mention("Lisbon", "PRT", None, SEAT)
CAPITAL = _mention("Ottawa", "CAN", None, SEAT)


def test_an_officials_appeal_to_their_own_town_on_the_weather_pages_is_no_act() -> None:
    weather = relevance.SentenceCues(body=True, topic=relevance.OFFTOPIC)
    for code in ("025", "033", "042", "051", "070"):
        assert relevance.score(code, MINISTER, TOWN, weather) < relevance.MIN_RELEVANCE, code
        assert relevance.score(code, MINISTER, None, weather) < relevance.MIN_RELEVANCE, code


def test_the_same_act_aimed_abroad_or_in_a_political_story_or_agency_copy_stays() -> None:
    weather = relevance.SentenceCues(body=True, topic=relevance.OFFTOPIC)
    politics = relevance.SentenceCues(body=True)
    wire = relevance.SentenceCues(body=True, agency=True, topic=relevance.OFFTOPIC)
    assert relevance.score("042", MINISTER, OTHER_STATE, weather) >= relevance.MIN_RELEVANCE
    assert relevance.score("042", MINISTER, TOWN, politics) >= relevance.MIN_RELEVANCE
    assert relevance.score("042", MINISTER, TOWN, wire) >= relevance.MIN_RELEVANCE
    # a hostile act at home is no public service ("the minister ordered the arrests")
    assert relevance.score("173", MINISTER, TOWN, weather) >= relevance.MIN_RELEVANCE


def test_a_party_rallying_its_people_is_politics_on_any_page() -> None:
    weather = relevance.SentenceCues(body=True, topic=relevance.OFFTOPIC)
    party = _mention("the Liberal Party", "CAN", "PTY", PERSON)
    assert relevance._at_home(party, TOWN) is False
    assert relevance._at_home(MINISTER, TOWN) is True
    assert relevance._at_home(MINISTER, CAPITAL) is True  # the town as a place, not its state
    assert relevance._at_home(MINISTER, _mention("Parliament", "CAN", "LEG", PERSON)) is False
    assert relevance.score("020", party, TOWN, weather) >= relevance.MIN_RELEVANCE


def test_storm_story_with_a_provincial_appeal_codes_nothing() -> None:
    text = (
        "A winter storm dumped more than 60 centimetres of snow on Nova Scotia overnight, "
        "knocking out power to 90,000 homes.\n"
        "Forecasters said winds gusting to 110 km/h would continue until Saturday morning.\n"
        "Canada's emergency preparedness minister asked residents of Halifax to stay off the "
        "roads while crews restore power.\n"
        "Schools and the airport were closed, and several flights were cancelled.\n"
        "Snowfall totals are expected to reach a record for the month."
    )
    assert not [e for e in _events(text) if e[0] == 2], _events(text)


def test_the_same_appeal_to_another_country_is_coded() -> None:
    text = (
        "A winter storm dumped more than 60 centimetres of snow on Nova Scotia overnight, "
        "knocking out power to 90,000 homes.\n"
        "Forecasters said winds gusting to 110 km/h would continue until Saturday morning.\n"
        "Canada's prime minister asked the United States to send utility crews to restore "
        "power.\n"
        "Schools and the airport were closed, and several flights were cancelled.\n"
        "Snowfall totals are expected to reach a record for the month."
    )
    assert [c for i, c in _events(text) if i == 2], _events(text)


def _aside(text: str, trigger: str, wire: bool = False) -> bool:
    words = [w.lower() for w in text.replace(",", " ,").replace(".", " .").split()]
    first = words.index(trigger)
    return relevance.agency_aside("163", words, first, first, wire)


def test_an_act_dated_by_a_month_alone_is_background() -> None:
    assert _aside("The ministry expelled two Romanian diplomats in October .", "expelled")
    assert _aside("Warsaw expelled the Belarusian consul last June .", "expelled")
    assert _aside("She was detained at the border in early March .", "detained")


def test_a_day_or_an_act_to_come_is_not_background() -> None:
    assert not _aside("The ministry expelled two Romanian diplomats on October 3 .", "expelled")
    assert not _aside("The ministry expelled two Romanian diplomats on Monday .", "expelled")
    assert not _aside("Hanoi will recall its envoy in October .", "recall")
    assert not _aside("The court barred him from the vote in April .", "barred")
    # the month dates another clause, not the act
    assert not _aside("Rome expelled the envoy , who arrived in May .", "expelled")


def test_a_cycling_report_is_on_the_sports_pages() -> None:
    text = (
        "Primoz Roglic won the queen stage of the Vuelta a Espana on Sunday in the Asturian "
        "mountains.\n"
        "The Slovenian attacked on the final climb and dropped every rival within a kilometre.\n"
        "Two Colombian riders finished together more than a minute behind.\n"
        "The British rider who led the race overnight lost six minutes.\n"
        "The race ends in Madrid next weekend after a time-trial on Saturday."
    )
    frames = relevance.article_frames(text.split("\n"))
    assert frames.topic == relevance.SPORT
    assert not [e for e in _events(text) if e[0] == 1], _events(text)


def test_an_arrest_at_a_sporting_event_is_ordinary_crime() -> None:
    text = (
        "Manchester City beat Arsenal 2-1 in the Premier League on Sunday with a late header.\n"
        "The striker scored his 20th league goal of the season in stoppage time.\n"
        "Police detained a supporter who ran onto the pitch and pushed the goalkeeper.\n"
        "The referee stopped the match for five minutes.\n"
        "City's coach said the players had shown great spirit."
    )
    assert not [e for e in _events(text) if e[0] == 2], _events(text)


def test_an_arrest_in_a_political_story_stays() -> None:
    text = (
        "Thousands marched in Madrid on Sunday against the government's housing policy.\n"
        "Police arrested a protester who threw a bottle at officers outside parliament.\n"
        "The interior ministry said 12 officers were hurt."
    )
    assert [c for i, c in _events(text) if i == 1], _events(text)
