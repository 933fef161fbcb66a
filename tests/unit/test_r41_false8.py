"""Round 41, false8: sentences of news-site copy that told no act and got one. On the sports
pages the words of force are the play's: an attack, a fight or a siege whose only sides are
places, peoples or names is a team's (`relevance._play`), with one side or two, whatever the
sentence names besides (a "captain" keeps it from the article's frame, not from its topic); a
round-up's sentence that opens on its sport ("In cricket,") is from the sports pages whatever
the article's other items (`relevance._sport_opening`). An absence told is no refusal: "did not
attend" and "was not invited" are discarded (`data/triggers.tsv`), while a refusal to attend, a
meeting's absence ("did not attend the summit") and staying away "in protest" (a boycott, 143)
keep their acts. A firm named by its country and its trade ("a Swedish private equity firm", "a
Chilean copper producer") is one actor, that country's firm (`actors._TRADE`; makers, manufacturers,
producers and exporters are business bodies in `data/agents.tsv`), no longer the country beside a
firm. A sponsor's or a pact's participle opening a comma-set aside on the sentence's subject
("The ruling, backed by six judges, found") describes the subject (`existence.reduced_relative`,
`_participle_on_subject`). A sentence opening on a span of months or more ("For two years")
tells its perfect act as a standing one (`existence._span_opening`). In agency copy a day of the
dateline's own month more than two days before its day ("on March 1" under "March 20") dates an
earlier act (`relevance._earlier_day`, labelling guide point 30). Each has a near miss that
keeps its act. Every sentence in these tests was written for them."""

from __future__ import annotations

import pytest

from tensionwatch.domain.actors import ActorIndex
from tensionwatch.domain.coder import Coder
from tests.unit.coding import (
    actor_index,
    article,
    events,
    first_dyad,
    recommended_coder,
    site_codes_in,
)

coder = recommended_coder
index = actor_index

# A match report of a news site: enough of its sentences are from the sports pages to give the
# article its sports topic; sentence 2 is the one each test changes.
MATCH = (
    "Malmo's teenage winger scored twice in the first half at the Eleda Stadion on Saturday "
    "as the league leaders beat Gothenburg 3-1. "
    "The home side's coach praised his players for their patience after a slow start. "
    "{} "
    "Gothenburg's goalkeeper kept the score respectable with three saves in stoppage time. "
    "The win leaves Malmo four points clear with six matches of the league season left."
)


def test_a_series_of_attacks_by_a_club_is_the_play(coder: Coder) -> None:
    text = "Gothenburg mounted a series of attacks on the Malmo goal early in the second half."
    assert site_codes_in(coder, MATCH.format(text), 2) == set()


def test_a_siege_of_a_clubs_goal_led_by_a_captain_is_the_play(coder: Coder) -> None:
    # the "captain" (an officer to the agents) keeps the sentence from the article's frame,
    # not from its topic
    text = (
        "With their captain pushed up front, Gothenburg laid siege to the Malmo goal for the "
        "final twenty minutes."
    )
    assert site_codes_in(coder, MATCH.format(text), 2) == set()


def test_soldiers_attacking_on_the_sports_pages_keep_their_act(coder: Coder) -> None:
    # near miss: an army is a sectored side, no team
    text = "Armenian soldiers attacked an Azerbaijani border post near the team's training camp."
    codes = site_codes_in(coder, MATCH.format(text), 2)
    assert any(code.startswith(("18", "19")) for code in codes)


def test_a_series_of_attacks_by_soldiers_in_a_political_story_stays(coder: Coder) -> None:
    # near miss: no sports topic; the same words of force in a story of fighting
    body = (
        "Rebels shelled the outskirts of Mopti on Saturday, the army said. "
        "Soldiers in Sevare launched a series of attacks on rebel positions to the east. "
        "Residents said hundreds of families had fled."
    )
    codes = site_codes_in(coder, body, 1)
    assert any(code.startswith(("18", "19")) for code in codes)


def test_a_round_up_sentence_opening_on_cricket_is_sport(coder: Coder) -> None:
    text = (
        "In cricket, Pakistan's openers attacked India's bowlers and reached 90 without loss by "
        "lunch in Lahore."
    )
    assert events(coder, text) == []


def test_a_round_up_sentence_opening_on_rugby_is_sport(coder: Coder) -> None:
    text = "In rugby, Portugal attacked Romania from the kick-off and led 20-3 at half-time."
    assert events(coder, text) == []


@pytest.mark.xfail(
    strict=True, reason="known weak point: a lone cricket sentence with no sport named"
)
def test_the_same_play_with_no_opening_is_still_read_as_states(coder: Coder) -> None:
    # without its sport named first, nothing tells the play from force between two states: the
    # sentence is still coded (190 PAK -> IND), a false event the rule above does not reach; this
    # test fails loudly (strict) once something does
    text = (
        "Pakistan's openers attacked India's bowlers and reached 90 without loss by lunch in "
        "Lahore."
    )
    assert first_dyad(coder, text) is None


def test_an_opening_on_a_place_is_no_sport(coder: Coder) -> None:
    # near miss: "In Kandy," names where, not a sport
    text = "In Kandy, soldiers attacked a rebel camp and killed four fighters, the army said."
    assert first_dyad(coder, text) is not None


def test_an_absence_from_hearings_is_no_refusal(coder: Coder) -> None:
    text = (
        "Peru's former interior minister did not attend the congressional hearings on the "
        "killings, his lawyer said."
    )
    assert events(coder, text) == []


def test_a_state_not_invited_does_no_act(coder: Coder) -> None:
    text = "Armenia was not invited to the talks in Vienna, the foreign ministry said."
    assert events(coder, text) == []


def test_a_refusal_to_attend_stays_a_rejection(coder: Coder) -> None:
    # near miss: the refusal is told
    assert first_dyad(coder, "Armenia refused to attend the talks in Moscow.") == (
        "REJECT",
        "125",
        "ARM",
        None,
    )


def test_an_absence_from_a_summit_stays_a_rejection(coder: Coder) -> None:
    # near miss: a named meeting's own pattern outranks the discard of "did not attend"
    assert first_dyad(coder, "Armenia did not attend the summit in Moscow.") == (
        "REJECT",
        "125",
        "ARM",
        None,
    )


def test_staying_away_in_protest_is_a_boycott(coder: Coder) -> None:
    text = "Opposition deputies did not attend the session in protest against the arrests."
    assert [event.cameo_code for event in events(coder, text)][:1] == ["143"]


# A business page's story of a news site (no dateline): sentence 0 is the one the tests read.
MANUFACTURER = (
    "A Chilean copper producer threatened on Tuesday to shut its smelter and move the work to "
    "Argentina unless power prices fall. "
    "The group runs two smelters near Antofagasta and sells most of its output in Asia. "
    "Shares in the firm fell 4 percent in Santiago trading on Tuesday. "
    "Other exporters have complained about the cost of power since the regulator raised its "
    "rates."
)
TAKEOVER = (
    "Directors at Portugal's biggest cork company have turned down an offer from a Swedish "
    "private equity firm, calling the price too low. "
    "Analysts in Lisbon put the cork maker's worth at roughly 900 million euros. "
    "Shares in the group rose 6 percent in Lisbon trading on Monday."
)


def test_a_manufacturers_threat_to_move_production_is_business(coder: Coder) -> None:
    assert site_codes_in(coder, MANUFACTURER, 0) == set()


def test_an_offer_turned_down_from_a_foreign_fund_is_business(coder: Coder) -> None:
    assert site_codes_in(coder, TAKEOVER, 0) == set()


def test_a_firm_named_by_country_and_trade_is_one_actor(index: ActorIndex) -> None:
    found = index.find("an offer from a Swedish private equity firm")
    assert [(m.actor.text, m.actor.country, m.actor.sector) for m in found] == [
        ("Swedish private equity firm", "SWE", "BUS")
    ]


def test_sanctions_on_a_countrys_firms_keep_their_target(coder: Coder) -> None:
    # near miss: a state's act on another state's firms stays, aimed at that country
    found = events(coder, "Sweden imposed sanctions on two Chinese oil firms over their trade.")
    assert [(e.cameo_code, e.target.country if e.target else None) for e in found][:1] == [
        ("163", "CHN")
    ]


def test_a_country_before_a_town_is_no_trade(index: ActorIndex) -> None:
    # near miss: only a business body joins across the trade's words
    found = index.find("The road into a Chilean mining town was blocked on Monday")
    assert [(m.actor.text, m.actor.country, m.actor.sector) for m in found] == [
        ("Chilean", "CHL", None)
    ]


def test_a_judgment_backed_by_judges_in_an_aside_is_no_support(coder: Coder) -> None:
    # the aside's backing is gone; the judgment's own act stays
    codes = [
        e.cameo_code
        for e in events(
            coder, "The judgment, backed by a majority of the bench, annulled the senate's vote."
        )
    ]
    assert "051" not in codes and codes


def test_a_plan_backed_by_states_in_an_aside_is_no_support(coder: Coder) -> None:
    text = "The plan, backed by Peru and Chile, was presented to the council on Monday."
    assert events(coder, text) == []


def test_a_state_backed_in_an_aside_keeps_its_demand(coder: Coder) -> None:
    # near miss: a party opens the sentence; its main verb's act stays first
    text = "Peru, backed by Chile, demanded that Bolivia withdraw its troops."
    found = events(coder, text)
    assert found and found[0].cameo_root == "10"


def test_a_plan_backed_in_the_passive_keeps_its_support(coder: Coder) -> None:
    # near miss: the participle of a passive is the sentence's act
    assert first_dyad(coder, "The plan was backed by Peru and Chile on Monday.") is not None


def test_an_accusation_over_three_years_is_a_standing_one(coder: Coder) -> None:
    text = (
        "For three years, fishermen on Lake Titicaca have accused the Bolivian navy of seizing "
        "their nets."
    )
    assert events(coder, text) == []


def test_an_accusation_over_a_decade_is_a_standing_one(coder: Coder) -> None:
    text = "For more than a decade, Greece has accused Turkey of violating its airspace."
    assert events(coder, text) == []


def test_an_accusation_for_the_first_time_is_news(coder: Coder) -> None:
    # near miss: "for the first time" is no span
    text = "For the first time, Greece has accused Turkey of violating its airspace."
    assert first_dyad(coder, text) == ("ACCUSE", "112", "GRC", "TUR")


def test_tear_gas_for_two_hours_is_the_days_act(coder: Coder) -> None:
    # near miss: a span of hours, in the past tense
    text = "For two hours, police fired tear gas at the protesters in Lima."
    assert [event.cameo_code for event in events(coder, text)][:1] == ["175"]


COLOMBO = (
    "COLOMBO, March 20 (Reuters) - Sri Lanka summoned India's envoy on Thursday over fishing "
    "boats working in the Palk Strait. "
)


def body_codes(coder: Coder, text: str) -> list[str]:
    return [e.cameo_code for e in article(coder, COLOMBO + text) if e.sentence_index == 1]


def test_a_day_early_in_the_reports_month_dates_an_earlier_act(coder: Coder) -> None:
    text = (
        "The Sri Lankan navy seized two Indian trawlers near Mannar on March 4 and arrested their "
        "crews."
    )
    assert body_codes(coder, text) == []


def test_a_day_of_the_story_turn_keeps_its_act(coder: Coder) -> None:
    # near miss: two days before the dateline is the story's own turn
    text = (
        "The Sri Lankan navy seized two Indian trawlers near Mannar on March 18 and arrested "
        "their crews."
    )
    assert body_codes(coder, text) != []


def test_an_early_day_in_the_lead_stays(coder: Coder) -> None:
    # near miss: the lead is the news, whatever day it names
    text = (
        "COLOMBO, March 20 (Reuters) - The Sri Lankan navy seized two Indian trawlers near Mannar "
        "on March 4 and arrested their crews, officials said on Thursday."
    )
    assert [e for e in article(coder, text) if e.sentence_index == 0] != []
