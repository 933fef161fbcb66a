"""Relevance in wire copy, third round: background, context, standing positions, speculation
and plans yield no event (`existence.background`), while the same act reported as the day's
news keeps its event. Each "no event" sentence has a twin that must keep its event. Every
sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.existence import background
from tensionwatch.domain.lexicon import tokenize
from tests.unit.coding import country, events


def types(coder: Coder, text: str) -> list[str]:
    return [event.plover_type for event in events(coder, text)]


def assert_event(coder: Coder, text: str, plover: str, source: str, target: str | None) -> None:
    found = events(coder, text)
    assert found, f"no event for {text!r}"
    top = found[0]
    assert top.plover_type == plover
    assert country(top.source) == source
    if target is not None:
        assert country(top.target) == target


# --- an act over a span: perfect tenses with "since" or "for months" ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan has shelled Armenian border villages since 2021.",
        "Russian troops have occupied the Zaporizhzhia nuclear plant since March 2022.",
        "Iraqi forces have been fighting Islamic State militants for years.",
        "North Korea has conducted a string of missile tests this year.",
        "The two neighbours have fought three wars since independence.",
    ],
)
def test_an_act_over_a_span_is_background(coder: Coder, text: str) -> None:
    assert events(coder, text) == []


def test_the_same_shelling_on_a_day_is_news(coder: Coder) -> None:
    assert_event(
        coder, "Azerbaijan shelled Armenian border villages on Monday.", "ASSAULT", "AZE", "ARM"
    )


def test_the_same_occupation_on_a_day_is_news(coder: Coder) -> None:
    found = events(coder, "Russian troops occupied the Zaporizhzhia nuclear plant on Friday.")
    assert found and found[0].plover_type == "COERCE" and country(found[0].source) == "RUS"


def test_the_same_fighting_on_a_day_is_news(coder: Coder) -> None:
    text = "Iraqi forces fought Islamic State militants near Mosul on Sunday."
    assert_event(coder, text, "ASSAULT", "IRQ", None)


def test_the_same_missile_test_on_a_day_is_news(coder: Coder) -> None:
    assert_event(
        coder, "North Korea conducted a missile test on Thursday.", "MOBILIZE", "PRK", None
    )


def test_a_toll_since_a_recent_day_is_news(coder: Coder) -> None:
    text = "Israeli strikes have killed 40 Palestinians in Gaza since Saturday, officials said."
    assert_event(coder, text, "ASSAULT", "ISR", "PSE")


def test_a_prison_term_is_no_span(coder: Coder) -> None:
    text = "An Iranian court has jailed a French tourist for five years."
    assert_event(coder, text, "COERCE", "IRN", "FRA")


# --- an act dated by a year ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Turkey shot down a Russian warplane in November 2015.",
        "The two countries fought a war in 1999 that killed thousands of soldiers.",
        "The agreement, signed in 2020, expires next year.",
    ],
)
def test_an_act_dated_by_a_year_is_background(coder: Coder, text: str) -> None:
    assert events(coder, text) == []


def test_the_same_downing_on_a_day_is_news(coder: Coder) -> None:
    text = "Turkey shot down a Russian warplane near the Syrian border on Tuesday."
    assert_event(coder, text, "ASSAULT", "TUR", "RUS")


def test_a_year_dating_another_noun_leaves_the_act_alone(coder: Coder) -> None:
    text = "Kenya accused Somalia of violating an accord signed in 2019."
    assert_event(coder, text, "ACCUSE", "KEN", "SOM")


def test_a_year_opening_the_sentence_is_left_to_the_article_convention() -> None:
    words = tokenize("In 2011, the tribunal rescinded the permit.").words
    assert not background(words, words.index("rescinded"), words.index("rescinded"))


# --- context: "since" clauses and sentences about an act already reported ---------------------


def test_the_act_after_since_is_the_reference_point(coder: Coder) -> None:
    text = "It was their first meeting since Ethiopian troops attacked the town of Baidoa."
    assert types(coder, text) == ["CONSULT"]


def test_the_same_attack_reported_is_news(coder: Coder) -> None:
    text = "Ethiopian troops attacked the town of Baidoa on Monday."
    assert_event(coder, text, "ASSAULT", "ETH", None)


@pytest.mark.parametrize(
    "text",
    [
        "The launch came a week after Seoul and Washington staged joint air drills.",
        "The protests erupted after the government arrested the opposition leader.",
    ],
)
def test_a_sentence_setting_a_reported_act_in_context_has_no_event(coder: Coder, text: str) -> None:
    assert events(coder, text) == []


def test_the_drills_reported_are_news(coder: Coder) -> None:
    text = "Seoul and Washington staged joint air drills on Monday."
    assert_event(coder, text, "COOPERATE", "KOR", "USA")


def test_the_arrest_reported_is_news(coder: Coder) -> None:
    text = "The Georgian government arrested the opposition leader on Tuesday."
    found = events(coder, text)
    assert found and found[0].plover_type == "COERCE" and country(found[0].source) == "GEO"


# --- standing positions --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Rwanda denies arming the rebels.",
        "Islamabad says Kabul harbours militants, which Kabul denies.",
        "Serbia does not recognise Kosovo's independence.",
        "Russia has denied interfering in Moldova's elections.",
        "Belarus rejects the accusation.",
        "Russia denies the charges.",
    ],
)
def test_a_standing_position_is_no_event(coder: Coder, text: str) -> None:
    assert events(coder, text) == []


def test_a_rejection_made_on_a_day_is_an_event(coder: Coder) -> None:
    found = events(coder, "Moscow rejected the allegations as slander on Thursday.")
    assert found and found[0].plover_type == "REJECT" and country(found[0].source) == "RUS"


def test_a_denial_made_on_a_day_is_an_event(coder: Coder) -> None:
    found = events(coder, "Rwanda denied arming the rebels on Tuesday.")
    assert found and found[0].plover_type == "REJECT" and country(found[0].source) == "RWA"


# --- speculation, warnings of calamity, plans --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Analysts said Iran could retaliate against Israel within days.",
        "Analysts say Beijing could step up pressure before the vote.",
        "Aid agencies warned that famine could spread across Sudan.",
        "Japan and the Philippines will hold joint naval drills next month.",
        "The ministry said the talks would cover trade and energy.",
        "Lawmakers swore in the interim president on Tuesday.",
    ],
)
def test_speculation_warnings_and_plans_are_no_event(coder: Coder, text: str) -> None:
    assert events(coder, text) == []


def test_a_partys_own_threat_is_an_event(coder: Coder) -> None:
    text = "Iran's foreign minister said Tehran would retaliate against Israel within days."
    assert_event(coder, text, "THREATEN", "IRN", "ISR")


def test_a_warning_to_a_party_is_an_event(coder: Coder) -> None:
    found = events(coder, "Sudan's army warned the RSF that it would retaliate.")
    assert found and found[0].plover_type == "THREATEN" and country(found[0].source) == "SDN"


def test_the_drills_held_are_an_event(coder: Coder) -> None:
    text = "Japan and the Philippines held joint naval drills on Monday."
    assert_event(coder, text, "COOPERATE", "JPN", "PHL")


def test_a_visit_due_with_no_date_is_still_coded(coder: Coder) -> None:
    # round 51 (false51): "is due to visit Algeria next week" is a plan on the calendar, no
    # event (docs/labelling.md, section 1: "is due to meet"; test_r51_false51)
    found = events(coder, "The French foreign minister is due to visit Algeria.")
    assert found and found[0].cameo_code == "042"


def test_talks_held_are_an_event(coder: Coder) -> None:
    assert_event(
        coder, "Ukraine and Russia held talks in Istanbul on Friday.", "CONSULT", "UKR", "RUS"
    )


def test_a_vow_is_still_a_vow(coder: Coder) -> None:
    text = "The rebel commander swore to retaliate against the Sudanese army."
    assert types(coder, text)[:1] == ["THREATEN"]


# --- what a text says is no act of a party ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The resolution calls for an immediate ceasefire in Gaza.",
        "The treaty covers attacks on either country's armed forces in the Pacific.",
        "The plan envisages the deployment of European peacekeepers in Ukraine.",
        "The deal provides for the release of 33 hostages in exchange for Palestinian prisoners.",
    ],
)
def test_what_a_text_provides_for_is_no_event(coder: Coder, text: str) -> None:
    assert events(coder, text) == []


def test_a_party_calling_for_a_ceasefire_is_an_event(coder: Coder) -> None:
    found = events(coder, "France calls for an immediate ceasefire in Gaza.")
    assert found and found[0].plover_type == "REQUEST" and country(found[0].source) == "FRA"


def test_adopting_a_resolution_that_calls_for_a_ceasefire_is_an_event(coder: Coder) -> None:
    found = events(coder, "The Security Council adopted a resolution calling for a ceasefire.")
    assert found and found[0].plover_type == "REQUEST"


# --- a year that dates something else leaves the act alone ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Senators called for election reform in Georgia in 2024 letter.",  # a noun's year
        "Berlin urged Brussels to extend the sanctions in blow to 2015 accord.",
        "Kishida has pushed for the pacifist constitution to be amended by 2030.",  # a deadline
        "The Security Council on Friday lifted an arms embargo imposed on Liberia nine years ago.",
        "The minister rejected an allegation that he ordered the shelling of a village in 1995.",
        "Moscow expelled two British diplomats following London's March 4, 2018, accusations.",
    ],
)
def test_a_year_of_another_noun_or_clause_leaves_the_act(coder: Coder, text: str) -> None:
    assert events(coder, text), f"no event for {text!r}"


# --- people described by an earlier arrest ----------------------------------------------------


def test_people_described_by_an_earlier_detention_is_no_event(coder: Coder) -> None:
    text = (
        "Rights groups said hundreds of opposition supporters detained after the election "
        "remain in prison."
    )
    assert types(coder, text) == []


def test_the_detention_reported_is_an_event(coder: Coder) -> None:
    text = (
        "Belarusian police detained hundreds of opposition supporters after the election, "
        "rights groups said."
    )
    assert_event(coder, text, "COERCE", "BLR", "BLR")
