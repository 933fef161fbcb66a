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

ACCRA = "ACCRA, June 4 (Reuters) - Ghanaian police fired tear gas at marchers in Accra on Tuesday. "
SITE_LEAD = "Ghanaian police fired tear gas at marchers in Accra on Tuesday, witnesses said. "


def test_a_meeting_dated_last_week_in_the_body_is_background(coder: Coder) -> None:
    text = "Ghana's foreign minister met his Togolese counterpart in Lome last week."
    assert second(coder, text, ACCRA) == []
    assert second(coder, text, SITE_LEAD) == []


def test_the_same_meeting_on_the_days_of_the_story_stays(coder: Coder) -> None:
    text = "Ghana's foreign minister met his Togolese counterpart in Lome on Wednesday."
    assert "CONSULT" in second(coder, text, ACCRA)
    # "earlier this week" may be the story's own days: kept
    text = "Ghana's foreign minister met his Togolese counterpart in Lome earlier this week."
    assert "CONSULT" in second(coder, text, ACCRA)


def test_a_dated_act_in_the_lead_stays(coder: Coder) -> None:
    body = "Ghana's foreign minister met his Togolese counterpart in Lome last week. " + (
        "The two discussed the border."
    )
    assert [e.plover_type for e in article(coder, body) if e.sentence_index == 0] == ["CONSULT"]


def test_an_opening_period_dates_the_whole_sentence(coder: Coder) -> None:
    assert second(coder, "Last week, Ghana and Togo signed an accord on their border.", ACCRA) == []
    text = "Days earlier, the Togolese president had called the march a provocation."
    assert second(coder, text, SITE_LEAD) == []
    assert second(coder, "Earlier this month, Togo closed its border with Ghana.", ACCRA) == []


def test_a_closing_attribution_tells_the_dated_act_as_news(coder: Coder) -> None:
    text = "Togolese soldiers detained nine Ghanaian traders last week, a rights group said."
    assert "COERCE" in second(coder, text, ACCRA)
    # a relative clause after the last comma is no attribution
    text = "Last week Togo signed an accord with Benin, which Ghana said was void."
    assert second(coder, text, ACCRA) == []


def test_a_period_between_subject_and_verb_dates_the_act(coder: Coder) -> None:
    text = "The African Union last week called for an end to the blockade of Tamale."
    assert second(coder, text, ACCRA) == []
    text = "The African Union called for an end to the blockade of Tamale last week."
    assert second(coder, text, ACCRA) == []


def test_a_verb_joined_to_a_dated_one_shares_its_date(coder: Coder) -> None:
    text = "The Ghanaian minister met Togo's leader in Lome last week and pledged more border aid."
    assert second(coder, text, ACCRA) == []
    text = "Mahama suspended talks with the striking unions last week, accusing them of sabotage."
    assert second(coder, text, ACCRA) == []


def test_a_period_closing_the_sentence_after_an_aside_dates_it(coder: Coder) -> None:
    text = (
        "Gunmen killed four soldiers in an attack on a police post in Bawku, near the border "
        "with Togo, earlier this month."
    )
    assert second(coder, text, ACCRA) == []


def test_the_act_of_a_clause_hung_on_a_dated_one_is_older_still(coder: Coder) -> None:
    text = "The opposition walked out of parliament last week after soldiers detained its leader."
    assert second(coder, text, ACCRA) == []
    text = (
        "Tensions have run high in Tamale since April last year, when police arrested the "
        "town's opposition mayor."
    )
    assert second(coder, text, ACCRA) == []


def test_an_after_clause_of_the_storys_day_keeps_its_act(coder: Coder) -> None:
    # near miss: the story's day dates the main clause, not a period before it
    text = (
        "The opposition walked out of parliament on Wednesday after soldiers detained its leader."
    )
    assert "COERCE" in second(coder, text, ACCRA)


def test_the_period_of_a_charges_content_keeps_the_charge(coder: Coder) -> None:
    text = "Ghana accused Togo of shelling a border post near Aflao last week."
    assert "ACCUSE" in second(coder, text, ACCRA)


def test_the_period_of_a_relative_clause_keeps_the_act(coder: Coder) -> None:
    text = "Togo handed over to Ghana a rebel commander who was captured near the border last week."
    assert second(coder, text, ACCRA) != []
    text = "Ghanaian police, who had escorted the mayors last week, fired tear gas at the crowd."
    assert "ASSAULT" in second(coder, text, ACCRA)


def test_a_day_of_the_story_named_keeps_the_act(coder: Coder) -> None:
    text = "Togo on Wednesday handed over a rebel commander captured near the border last week."
    assert second(coder, text, ACCRA) != []


def test_a_day_before_another_event_is_no_period_of_the_past(coder: Coder) -> None:
    text = "Togo closed its border with Ghana two days before the vote."
    assert "COERCE" in second(coder, text, ACCRA)


def test_a_sentence_coded_alone_keeps_its_dated_act(coder: Coder) -> None:
    text = "Ghana's foreign minister met his Togolese counterpart in Lome last week."
    assert [e.plover_type for e in events(coder, text)] == ["CONSULT"]


def test_a_threat_recalled_in_the_pluperfect_is_no_news_of_the_site(coder: Coder) -> None:
    body = SITE_LEAD + (
        "The defence minister had warned in a speech on Sunday that the unrest would reach "
        "the barracks and endanger the state."
    )
    assert undated_in(coder, body, 1) == []


def test_an_ultimatum_recalled_in_the_pluperfect_still_runs(coder: Coder) -> None:
    body = SITE_LEAD + "The marchers had given the government until Friday to scrap the tax."
    assert [e.plover_type for e in undated_in(coder, body, 1)] == ["THREATEN"]


def test_a_union_is_emitted_as_civilians(coder: Coder) -> None:
    (found,) = events(coder, "Ghana's teachers' union accused the education ministry of lying.")
    assert found.source is not None
    assert (found.source.code, found.source.sector) == ("GHACVL", "CVL")


def test_the_union_named_before_is_still_found_behind_the_union(coder: Coder) -> None:
    # the coder keeps the union's own sector inside: "the union" goes back to the union named
    body = ACCRA + (
        "The Ghana National Association of Teachers called a strike on Wednesday over unpaid "
        "allowances. The union rejected the ministry's appeal."
    )
    found = [e for e in article(coder, body) if e.sentence_index == 2]
    assert [(e.cameo_code[:2], e.source.code if e.source else None) for e in found] == [
        ("12", "GHACVL")
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
