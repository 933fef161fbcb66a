"""Round 58 (false58): false events on sentences people found no political act in.

Seven forms: a passive whose subject is a negative pronoun ("Nobody in the region is arrested
for ..."), an act counted by a rank's passive infinitive ("the fourth reporter of the paper to
be detained since May"), the acts a place "has been the scene of", the act a body weighs
"whether to" do, a royal title that names a thing ("a king tide"), a quoted first-person "will
not" aimed at no one named ("We will not govern under threats"), and a company's board in a
sentence naming shareholders. Most keep a near miss."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, coded_in, events, recommended_coder, undated_in

coder = recommended_coder

WIRE_LEAD = (
    "TBILISI, Georgia (AP) - Police in Georgia's capital detained an opposition journalist on "
    "Tuesday, prompting a protest by reporters outside the Interior Ministry."
)
SITE_LEAD = (
    "Colombia has lodged a formal protest with Venezuela after Venezuelan soldiers detained four "
    "Colombian farmers near the Arauca River, the foreign ministry said on Wednesday."
)


def test_a_passive_of_nobody_is_no_arrest(coder: Coder) -> None:
    sentence = '"Nobody in the Adjara region is arrested for what they publish," he told reporters.'
    assert coded_in(article(coder, f"{WIRE_LEAD} {sentence}"), 1) == []


def test_a_passive_of_no_one_past_the_window_is_no_arrest(coder: Coder) -> None:
    sentence = (
        '"No one in the Kvemo Kartli region is arrested for what they write," the minister said.'
    )
    assert coded_in(article(coder, f"{WIRE_LEAD} {sentence}"), 1) == []


def test_an_arrest_after_nobody_hurt_stays(coder: Coder) -> None:
    sentence = "Nobody was hurt, and police detained six protesters outside the ministry."
    assert coded_in(article(coder, f"{WIRE_LEAD} {sentence}"), 1) != []


def test_a_rank_of_detentions_is_no_event(coder: Coder) -> None:
    sentence = (
        "The journalist, Levan Beridze, was the fourth reporter of the paper to be detained "
        "since May."
    )
    assert coded_in(article(coder, f"{WIRE_LEAD} {sentence}"), 1) == []


def test_a_rank_in_figures_is_no_event(coder: Coder) -> None:
    sentence = (
        "The photographer, Nino Kapanadze, was the 11th reporter of the agency to be detained "
        "since March."
    )
    assert coded_in(article(coder, f"{WIRE_LEAD} {sentence}"), 1) == []


def test_a_first_to_be_detained_stays(coder: Coder) -> None:
    sentence = "Police detained Beridze, the first sitting lawmaker to be arrested on Tuesday."
    assert coded_in(article(coder, f"{WIRE_LEAD} {sentence}"), 1) != []


def test_the_scene_of_stand_offs_is_no_event(coder: Coder) -> None:
    sentence = (
        "The river, which marks the eastern end of the border, has been the scene of repeated "
        "stand-offs between Colombian patrols and Venezuelan troops in recent years."
    )
    assert undated_in(coder, f"{SITE_LEAD} {sentence}", 1) == []


def test_the_scene_of_the_day_stays(coder: Coder) -> None:
    sentence = (
        "The bridge was the scene of clashes between Colombian and Venezuelan troops on Wednesday."
    )
    assert undated_in(coder, f"{SITE_LEAD} {sentence}", 1) != []


def test_a_hearing_on_whether_to_hold_is_no_event(coder: Coder) -> None:
    sentence = (
        "Beridze's lawyer said a hearing on whether to keep her in custody was set for Friday."
    )
    assert coded_in(article(coder, f"{WIRE_LEAD} {sentence}"), 1) == []


def test_a_custody_ordered_stays(coder: Coder) -> None:
    sentence = "A court ordered him kept in custody for two months on Wednesday."
    assert coded_in(article(coder, f"{WIRE_LEAD} {sentence}"), 1) != []


def test_a_king_tide_is_no_monarch(coder: Coder) -> None:
    sentence = (
        "A king tide has flooded low-lying parts of Nukualofa, forcing organisers to postpone "
        "the final of Tonga's rugby cup on Saturday."
    )
    assert events(coder, sentence) == []


def test_the_king_stays_an_actor(coder: Coder) -> None:
    sentence = "The king of Tonga has ordered troops to the capital's harbour."
    assert events(coder, sentence) != []


RESOLVE_LEAD = (
    "Thousands of teachers have marched through Managua against a government plan to raise the "
    "retirement age on Friday. President Ernesto Solis rejected the unions' demand to withdraw "
    "the bill."
)


def test_a_quoted_resolve_aimed_at_no_one_is_no_event(coder: Coder) -> None:
    sentence = '"We will not govern under threats," Solis told a news conference in Managua.'
    assert undated_in(coder, f"{RESOLVE_LEAD} {sentence}", 2) == []


def test_a_quoted_first_person_would_not_is_no_event(coder: Coder) -> None:
    sentence = '"I would never allow the streets to decide the country\'s laws," he said.'
    assert undated_in(coder, f"{RESOLVE_LEAD} {sentence}", 2) == []


def test_a_quoted_refusal_naming_whom_it_answers_stays(coder: Coder) -> None:
    sentence = '"We will not change the law under pressure from Costa Rica," Solis said.'
    assert undated_in(coder, f"{RESOLVE_LEAD} {sentence}", 2) != []


def test_a_quoted_rejection_of_another_s_act_stays(coder: Coder) -> None:
    lead = (
        "HARARE, Zimbabwe (AP) - Zimbabwe's election commission declared the ruling party the "
        "winner on Monday."
    )
    sentence = '"We reject the results and we will challenge them," the opposition leader said.'
    assert coded_in(article(coder, f"{lead} {sentence}"), 1) != []


BID_LEAD = (
    "Arctic Catch has launched a hostile takeover bid for its smaller rival Sisimiut Fisheries, "
    "offering shareholders 300 kroner a share in cash."
)


def test_a_company_board_in_a_takeover_is_no_event(coder: Coder) -> None:
    sentence = (
        "The Nuuk-based group said on Tuesday that it had gone directly to shareholders after "
        "Sisimiut's board turned down three earlier approaches."
    )
    assert undated_in(coder, f"{BID_LEAD} {sentence}", 1) == []
