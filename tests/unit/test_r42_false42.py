"""Round 42, false42: false events, acts coded in sentences that report no political act.
Every sentence in these tests was written for them."""

from __future__ import annotations

from tensionwatch.domain.actors import ActorIndex
from tensionwatch.domain.coder import Coder
from tests.unit.coding import (
    actor_index,
    article,
    first_dyad,
    recommended_coder,
    site_codes_in,
    undated_dyads,
)

coder = recommended_coder
index = actor_index

LEAD = (
    "MOMBASA, May 14 (Reuters) - Riot police broke up a sit-in by dairy farmers outside the "
    "county offices on Tuesday. "
)


def codes_of(coder: Coder, body: str, index: int = 1) -> list[str]:
    """The CAMEO codes of the article's sentence `index`."""
    return [e.cameo_code for e in article(coder, body) if e.sentence_index == index]


# --- a lawsuit announced is a plan (docs/labelling.md, section 1: plans) -------------------


def test_case_to_be_taken_to_court_is_a_plan(coder: Coder) -> None:
    body = LEAD + (
        "The growers' association said it would take the county council to court over the levy."
    )
    assert codes_of(coder, body) == []


def test_lawsuit_to_be_filed_is_a_plan(coder: Coder) -> None:
    body = LEAD + "The dairy cooperative said it would sue the county's livestock office."
    assert codes_of(coder, body) == []


def test_lawsuit_filed_is_still_legal_action(coder: Coder) -> None:
    """Near miss: the case brought, not announced, stays a lawsuit (115)."""
    body = LEAD + "The farmers' union filed a lawsuit against the interior ministry."
    assert codes_of(coder, body) == ["115"]


def test_case_taken_to_court_is_still_legal_action(coder: Coder) -> None:
    """Near miss: "took the case to" the court, done, is legal action too."""
    body = LEAD + "The dairy cooperative took the case to the High Court on Wednesday."
    assert codes_of(coder, body) == ["115"]


def test_recall_announced_is_still_a_measure(coder: Coder) -> None:
    """Near miss: other acts of root 11-16 announced with "would" keep their coding."""
    body = LEAD + "Tanzania said it would recall its envoy from Nairobi over the shooting."
    assert codes_of(coder, body) != []


# --- a claim told as one's own deed is a follow-up claim (labelling guide 4.3) ------------

AMBUSH = (
    "BAMAKO, May 14 (Reuters) - Gunmen ambushed an army convoy near the Malian town of Gao "
    "on Tuesday, killing nine soldiers, a military source said. "
)


def test_saying_one_carried_out_the_ambush_is_a_follow_up_claim(coder: Coder) -> None:
    body = (
        AMBUSH
        + "A Katiba Ansar commander said in a message to local radio that his men had carried out "
        "the ambush."
    )
    assert codes_of(coder, body) == []


def test_saying_one_conducted_the_operation_is_a_follow_up_claim(coder: Coder) -> None:
    body = (
        AMBUSH + "In an audio message the group's leader said his followers alone had conducted "
        "the operation."
    )
    assert codes_of(coder, body) == []


def test_a_claim_that_names_a_new_attack_reports_it(coder: Coder) -> None:
    """Near miss: "an ambush on a police post" is an attack the claim reports."""
    body = (
        AMBUSH
        + "The Katiba Ansar group said it had carried out an ambush on a police post near Mopti."
    )
    assert codes_of(coder, body) != []


def test_a_raid_told_with_no_saying_is_the_act(coder: Coder) -> None:
    """Near miss: the deed narrated, not claimed, stays an attack."""
    body = (
        AMBUSH
        + "Malian troops carried out the raid on the militants' camp near Mopti on Wednesday."
    )
    assert codes_of(coder, body) != []


# --- a country's money is no party ---------------------------------------------------------


def test_currency_after_a_demonym_names_no_country(index: ActorIndex) -> None:
    text = "The regulator fined the ferry operator 40,000 Swiss francs and 9,000 Norwegian kroner."
    assert [m.actor.country for m in index.find(text)] == []


def test_demonym_before_a_body_still_names_its_country(index: ActorIndex) -> None:
    """Near miss: "Swiss regulator" is Switzerland's, and "the Kenyan won" no currency."""
    text = "The Swiss regulator fined the ferry operator, and the Kenyan won the marathon."
    assert [m.actor.country for m in index.find(text)] == ["CHE", "KEN"]


# --- a participle graded by "most" or "least" names what its noun is -----------------------


def test_most_visited_gardens_are_no_visit(coder: Coder) -> None:
    text = (
        "Flooding shut one of Morocco's most visited gardens in Marrakesh on Friday, and "
        "tourists were moved to hotels near the old city."
    )
    assert first_dyad(coder, text) is None


def test_a_minister_who_visited_makes_a_visit(coder: Coder) -> None:
    """Near miss: the verb itself, with no "most" before it, is still the visit (042)."""
    text = "Morocco's foreign minister visited Madrid on Friday for talks on fishing rights."
    found = first_dyad(coder, text)
    assert found is not None and found[1] == "042"


# --- what a drill is said to practise is its content, no act -------------------------------

DRILLS = (
    "TAIPEI, May 14 (Reuters) - Chinese warships and jets surrounded Taiwan on Tuesday in "
    "large-scale drills. "
)


def test_blockade_a_drill_involved_is_rehearsed(coder: Coder) -> None:
    body = DRILLS + (
        "Beijing's navy said the drills involved encircling the island and blockading its "
        "main harbours."
    )
    assert codes_of(coder, body) == []


def test_blockade_by_ships_is_still_an_act(coder: Coder) -> None:
    """Near miss: ships blockading a harbour, with no drill named, is the blockade (191)."""
    body = DRILLS + (
        "Taiwanese fishermen said Chinese coast guard ships were blockading the harbour of "
        "Kaohsiung."
    )
    assert codes_of(coder, body) == ["191"]


# --- a reason's participle after a month's comma is as old as the dated act -----------------

ARREST = (
    "Chile's opposition leader Rodrigo Vidal was arrested in Valparaiso on Monday, his party said. "
)


def test_citing_after_a_dated_measure_is_background(coder: Coder) -> None:
    body = (
        ARREST + "Argentina suspended imports of Chilean salmon in May, citing what it described "
        "as the persecution of Vidal."
    )
    assert [code for code, *_ in undated_dyads(coder, body)] == ["173"]


def test_citing_after_a_measure_of_the_week_is_kept(coder: Coder) -> None:
    """Near miss: dated by a weekday, the measure and its stated reason are the news."""
    body = (
        ARREST + "Argentina suspended imports of Chilean salmon on Tuesday, citing what it "
        "described as the persecution of Vidal."
    )
    assert "111" in [code for code, *_ in undated_dyads(coder, body)]


# --- a comma-set tag glossing a thing with a party's stance is no act -----------------------

MARCH = (
    "KISUMU, May 14 (Reuters) - Kenyan opposition supporters marched through Kisumu on "
    "Tuesday to demand a recount of the county election. "
)


def test_result_a_rival_rejected_is_a_gloss(coder: Coder) -> None:
    body = MARCH + (
        "Governor Otieno was declared the winner of that race with 58 percent, a result his "
        "rival Akinyi rejected as rigged."
    )
    assert codes_of(coder, body) == []


def test_result_rejected_on_a_day_of_the_story_is_kept(coder: Coder) -> None:
    """Near miss: a day named in the tag makes the rejection the day's act."""
    body = MARCH + (
        "Governor Otieno was declared the winner of that race with 58 percent, a result his "
        "rival Akinyi rejected on Tuesday as rigged."
    )
    assert codes_of(coder, body) == ["120"]


# --- an act named as what the subject answered is a cause, no act of the day ---------------


def test_strikes_named_as_the_cause_of_an_ambush_are_no_act(coder: Coder) -> None:
    body = AMBUSH + (
        "A spokesman for the rebels said the ambush was retaliation for Malian drone strikes "
        "on their camps near Kidal."
    )
    assert codes_of(coder, body) == []


def test_strikes_told_by_a_spokesman_are_the_act(coder: Coder) -> None:
    """Near miss: the same strikes reported as news, not as a cause, keep their event."""
    body = (
        AMBUSH + "A spokesman for the rebels said Malian drone strikes hit their camps near Kidal "
        "overnight."
    )
    assert codes_of(coder, body) == ["195"]


# --- a pluperfect riot dated on a day of the week is told before the narration's day --------

CLASHES = (
    "YEREVAN, May 16 (Reuters) - Armenian police detained 40 opposition activists in Yerevan "
    "on Thursday after a night of clashes near parliament. "
)


def test_pluperfect_riot_on_an_earlier_weekday_is_background(coder: Coder) -> None:
    body = CLASHES + (
        "A mob had ransacked the regional tax office in Vanadzor on Tuesday, according to the "
        "interior ministry."
    )
    assert codes_of(coder, body) == []


def test_pluperfect_scene_of_the_days_protest_is_kept(coder: Coder) -> None:
    """Near miss: a gathering, the scene of the day's protest, stays (141) even with a day."""
    body = CLASHES + (
        "Crowds of pensioners had rallied in front of the government building on Wednesday, "
        "waving flags and banners."
    )
    assert codes_of(coder, body) == ["141"]


# --- "Since then" with a present perfect tells what the span held --------------------------

BORDER = (
    "Guyana and Suriname failed to settle their river border at talks in Georgetown, both "
    "governments have said. "
)


def test_since_then_with_no_comma_tells_a_standing_state(coder: Coder) -> None:
    body = BORDER + (
        "Since then the two navies have shadowed each other's patrols on the Corentyne."
    )
    assert site_codes_in(coder, body, 1) == set()


def test_shadowing_since_a_day_of_the_story_is_kept(coder: Coder) -> None:
    """Near miss: a span from a day of the story ("since Tuesday") is the news (150)."""
    body = BORDER + (
        "The two navies have shadowed each other's patrols on the Corentyne since Tuesday."
    )
    assert site_codes_in(coder, body, 1) == {"150"}
