"""Round 35, feedmiss2: relevant lines of news-site copy the coder missed (sentences written for
these tests; docs/labelling.md, sections 1-2). A welcome of an act told earlier ("welcomed the
judgment", "welcomed the summons") is aimed at the act's maker on the welcomer's own side too
(roles.criticised with `welcome`), where a criticism still is not: an opposition leader welcomes
a court's ruling or the government's summons of an envoy. A summons is an act named by its
noun (roles.CRITICISED). Near misses: a welcome of the welcomer's own act, and of a thing that
is no act, stay unaimed and are not coded.
A street protest or a restriction (a curfew, a shutdown) a news site recalls in the pluperfect
("Thousands had marched on the parliament", "The ministry had ordered a curfew for the night") is
the story's act (relevance._pluperfect_news); near misses: dated earlier (a month, "last year")
or another act in the pluperfect stay background.
Lexicon (data/triggers.tsv): a motion or petition filed to remove a leader is a demand for a
change in leadership (1041); a tariff increase ordered, or tariffs raised, on another state's
goods is a sanction (163); near misses: a motion to adjourn, taxes raised, an increase no one
orders."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import first_act, first_dyad, recommended_coder, sides_of, undated_in

coder = recommended_coder

RULING = (
    "Zambia's Constitutional Court annulled the results of the August presidential election "
    "on Monday. "
)
SUMMONS = (
    "Romania summoned Russia's ambassador on Tuesday to protest against remarks by a Russian "
    "general. "
)


def _welcomes(coder: Coder, body: str) -> list[tuple[str | None, str | None]]:
    """The sides of the second sentence's welcomes (CAMEO 051)."""
    return [sides_of(e) for e in undated_in(coder, body, 1) if e.cameo_code == "051"]


def test_an_opposition_leader_welcoming_a_ruling_is_coded(coder: Coder) -> None:
    body = RULING + "Opposition leader Hakainde Hichilema welcomed the judgment as a victory."
    assert _welcomes(coder, body) == [("ZMB", "ZMB")]


def test_an_opposition_party_welcoming_a_summons_targets_the_summoner(coder: Coder) -> None:
    body = SUMMONS + "Opposition leader Marcel Ciolacu welcomed the summons."
    assert _welcomes(coder, body) == [("ROU", "ROU")]


def test_a_government_welcoming_its_own_summons_is_no_welcome(coder: Coder) -> None:
    # near miss: the state that summoned the envoy does not welcome itself
    body = SUMMONS + "The Romanian government welcomed the summons."
    assert _welcomes(coder, body) == []


def test_a_welcome_of_a_thing_that_is_no_act_stays_unaimed(coder: Coder) -> None:
    # near miss: the weather is no act, and has no maker to be aimed at
    body = RULING + "Opposition leader Hakainde Hichilema welcomed the weather."
    assert _welcomes(coder, body) == []


def test_a_criticism_of_a_ruling_keeps_its_target(coder: Coder) -> None:
    # near miss: a criticism is still aimed as before (the government, not the court)
    body = RULING + "Opposition leader Hakainde Hichilema condemned the judgment."
    assert [e.cameo_code[:2] for e in undated_in(coder, body, 1)] == ["11"]


# --- a protest or restriction recalled in the pluperfect (relevance._pluperfect_news) ---

UNREST = "Bulgaria's prime minister resigned on Tuesday after a week of unrest over the budget. "


def _roots(coder: Coder, text: str) -> list[str]:
    """The roots of `text`'s acts as the second sentence of an undated news-site report."""
    return [e.cameo_code[:2] for e in undated_in(coder, UNREST + text, 1)]


def test_a_protest_recalled_in_the_pluperfect_is_the_story(coder: Coder) -> None:
    text = (
        "Thousands of people had marched on the parliament in Sofia to protest against the budget."
    )
    assert _roots(coder, text)[:1] == ["14"]


def test_a_curfew_recalled_in_the_pluperfect_is_the_story(coder: Coder) -> None:
    text = (
        "The interior ministry had ordered a curfew in the capital for the night, citing security."
    )
    found = undated_in(coder, UNREST + text, 1)
    assert [e.cameo_code[:3] for e in found] == ["172"]
    assert sides_of(found[0]) == ("BGR", "BGR")


def test_a_pluperfect_protest_dated_earlier_stays_background(coder: Coder) -> None:
    # near misses: a year or a month named sets the act before the news
    for text in (
        "Thousands of people had marched on the parliament in Sofia last year to protest against "
        "a similar budget.",
        "The interior ministry had ordered a curfew in the capital in March, citing security.",
    ):
        assert _roots(coder, text) == [], text


def test_another_act_in_the_pluperfect_stays_background(coder: Coder) -> None:
    # near miss: an accusation recalled in the pluperfect is what happened before the news
    text = "The interior minister had accused the opposition of stirring up the unrest."
    assert _roots(coder, text) == []


# --- a motion filed to remove a leader, a tariff raised (data/triggers.tsv) ---


def test_a_motion_filed_to_remove_a_leader_is_a_demand(coder: Coder) -> None:
    text = "Opposition senators in Paraguay filed a motion to remove President Santiago Pena."
    found = first_dyad(coder, text)
    assert found is not None and found[1:] == ("1041", "PRY", "PRY")


def test_a_tariff_increase_ordered_or_tariffs_raised_are_a_sanction(coder: Coder) -> None:
    for text, target in (
        (
            "Uruguay responded by ordering a 30 percent increase in tariffs on imports from "
            "Brazil.",
            "BRA",
        ),
        ("Canada raised tariffs on Chinese steel on Tuesday.", "CHN"),
    ):
        found = first_dyad(coder, text)
        assert found is not None and found[1] == "163" and found[3] == target, text


def test_a_motion_to_adjourn_or_taxes_raised_are_no_act(coder: Coder) -> None:
    # near misses: no leader to remove, a tax on no other state's goods, an increase no one orders
    for text in (
        "Opposition senators in Paraguay filed a motion to adjourn the session.",
        "Canada raised taxes on fuel on Tuesday.",
        "Prices rose after a 30 percent increase in tariffs on imports from Brazil.",
    ):
        assert first_act(coder, text) is None, text
