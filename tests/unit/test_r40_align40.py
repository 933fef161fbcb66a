"""Round 40, align40: the coder follows the labelling guide's point 30 (docs/labelling.md,
section 4): in a story told over days, an act the sentence dates before the lead's day ("last
week", "last month", "earlier this month", "a day earlier", "the previous day") is background,
unless the sentence is the lead; and a threat recalled in the past perfect in a news site's copy
is said before the news, unless it is an ultimatum that may still run. Each rule has near
misses that keep their act. Every sentence in these tests was written for them."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, events, recommended_coder, second, sides_of, undated_in

coder = recommended_coder

DAKAR = (
    "DAKAR, June 4 (Reuters) - Senegalese police fired tear gas at marchers in Dakar on Tuesday. "
)
SITE_LEAD = "Senegalese police fired tear gas at marchers in Dakar on Tuesday, witnesses said. "


def test_a_meeting_dated_last_week_in_the_body_is_background(coder: Coder) -> None:
    text = "Senegal's foreign minister met his Gambian counterpart in Banjul last week."
    assert second(coder, text, DAKAR) == []
    assert second(coder, text, SITE_LEAD) == []


def test_the_same_meeting_on_the_days_of_the_story_stays(coder: Coder) -> None:
    text = "Senegal's foreign minister met his Gambian counterpart in Banjul on Wednesday."
    assert "CONSULT" in second(coder, text, DAKAR)
    # "earlier this week" may be the story's own days: kept
    text = "Senegal's foreign minister met his Gambian counterpart in Banjul earlier this week."
    assert "CONSULT" in second(coder, text, DAKAR)


def test_a_dated_act_in_the_lead_stays(coder: Coder) -> None:
    body = "Senegal's foreign minister met his Gambian counterpart in Banjul last week. " + (
        "The two discussed the border."
    )
    assert [e.plover_type for e in article(coder, body) if e.sentence_index == 0] == ["CONSULT"]


def test_an_opening_period_dates_the_whole_sentence(coder: Coder) -> None:
    assert (
        second(coder, "Last week, Senegal and Gambia signed an accord on their border.", DAKAR)
        == []
    )
    text = "Days earlier, the Gambian president had called the march a provocation."
    assert second(coder, text, SITE_LEAD) == []
    assert second(coder, "Earlier this month, Gambia closed its border with Senegal.", DAKAR) == []


def test_a_closing_attribution_tells_the_dated_act_as_news(coder: Coder) -> None:
    text = "Gambian soldiers detained nine Senegalese traders last week, a rights group said."
    assert "COERCE" in second(coder, text, DAKAR)
    # a relative clause after the last comma is no attribution
    text = "Last week Gambia signed an accord with Mauritania, which Senegal said was void."
    assert second(coder, text, DAKAR) == []


def test_a_period_between_subject_and_verb_dates_the_act(coder: Coder) -> None:
    text = "The African Union last week urged both sides to lift the blockade of Ziguinchor."
    assert second(coder, text, DAKAR) == []
    text = "The African Union urged both sides to lift the blockade of Ziguinchor last week."
    assert second(coder, text, DAKAR) == []


def test_a_verb_joined_to_a_dated_one_shares_its_date(coder: Coder) -> None:
    text = "The Senegalese minister met Gambia's leader in Banjul last week and pledged border aid."
    assert second(coder, text, DAKAR) == []
    text = "Faye suspended talks with the striking unions last week, accusing them of sabotage."
    assert second(coder, text, DAKAR) == []


def test_a_period_closing_the_sentence_after_an_aside_dates_it(coder: Coder) -> None:
    text = (
        "Gunmen killed four soldiers in an attack on a police post in Kolda, near the border "
        "with Gambia, earlier this month."
    )
    assert second(coder, text, DAKAR) == []


def test_the_act_of_a_clause_hung_on_a_dated_one_is_older_still(coder: Coder) -> None:
    text = "The opposition walked out of parliament last week after soldiers detained its leader."
    assert second(coder, text, DAKAR) == []
    text = (
        "Tensions have run high in Ziguinchor since April last year, when police arrested the "
        "town's opposition mayor."
    )
    assert second(coder, text, DAKAR) == []


def test_an_after_clause_of_the_storys_day_keeps_its_act(coder: Coder) -> None:
    # near miss: the story's day dates the main clause, not a period before it
    text = (
        "The opposition walked out of parliament on Wednesday after soldiers detained its leader."
    )
    assert "COERCE" in second(coder, text, DAKAR)


def test_the_period_of_a_charges_content_keeps_the_charge(coder: Coder) -> None:
    text = "Senegal accused Gambia of shelling a border post near Karang last week."
    assert "ACCUSE" in second(coder, text, DAKAR)


def test_the_period_of_a_relative_clause_keeps_the_act(coder: Coder) -> None:
    text = "Gambia extradited to Senegal a separatist leader who was arrested in Banjul last week."
    assert second(coder, text, DAKAR) != []
    text = (
        "Senegalese riot police, who had cleared the square last week, fired tear gas at students."
    )
    assert "ASSAULT" in second(coder, text, DAKAR)


def test_a_day_of_the_story_named_keeps_the_act(coder: Coder) -> None:
    text = "Gambia on Wednesday extradited a separatist leader arrested in Banjul last week."
    assert second(coder, text, DAKAR) != []


def test_a_day_before_another_event_is_no_period_of_the_past(coder: Coder) -> None:
    text = "Gambia closed its border with Senegal two days before the vote."
    assert "COERCE" in second(coder, text, DAKAR)


def test_a_sentence_coded_alone_keeps_its_dated_act(coder: Coder) -> None:
    text = "Senegal's foreign minister met his Gambian counterpart in Banjul last week."
    assert [e.plover_type for e in events(coder, text)] == ["CONSULT"]


def test_a_threat_recalled_in_the_pluperfect_is_no_news_of_the_site(coder: Coder) -> None:
    body = SITE_LEAD + (
        "The defence minister had warned in a speech on Sunday that the unrest would reach "
        "the barracks and endanger the state."
    )
    assert undated_in(coder, body, 1) == []


def test_an_ultimatum_recalled_in_the_pluperfect_still_runs(coder: Coder) -> None:
    # round 48 (types48): an ultimatum is a demand (docs/labelling.md, section 3), REQUEST
    body = SITE_LEAD + "The marchers had given the government until Friday to scrap the tax."
    assert [e.plover_type for e in undated_in(coder, body, 1)] == ["REQUEST"]


def test_a_union_is_emitted_as_civilians(coder: Coder) -> None:
    (found,) = events(coder, "Senegal's teachers' union accused the education ministry of lying.")
    assert found.source is not None
    assert (found.source.code, found.source.sector) == ("SENCVL", "CVL")


def test_the_union_named_before_is_still_found_behind_the_union(coder: Coder) -> None:
    # the coder keeps the union's own sector inside: "the union" goes back to the union named
    body = DAKAR + (
        "The Senegalese Union of Secondary Teachers called a strike on Wednesday over unpaid "
        "allowances. The union rejected the ministry's appeal."
    )
    found = [e for e in article(coder, body) if e.sentence_index == 2]
    assert [(e.cameo_code[:2], e.source.code if e.source else None) for e in found] == [
        ("12", "SENCVL")
    ]


SANTIAGO = "SANTIAGO (Reuters) - Chilean truckers blocked highways near Temuco on Monday. "


def test_a_party_name_several_countries_share_takes_the_storys_country(coder: Coder) -> None:
    body = SANTIAGO + (
        "Lawmakers of the conservative Republican Party accused the interior ministry of "
        "ignoring the blockades."
    )
    found = [e for e in article(coder, body) if e.sentence_index == 1]
    assert [(e.plover_type, *sides_of(e)) for e in found] == [("ACCUSE", "CHL", "CHL")]


def test_the_us_partys_own_names_stay_american(coder: Coder) -> None:
    body = SANTIAGO + "House Republicans accused the Chilean government of ignoring the blockades."
    found = [e for e in article(coder, body) if e.sentence_index == 1]
    assert [(e.plover_type, *sides_of(e)) for e in found] == [("ACCUSE", "USA", "CHL")]
