"""Round 35, shared35: shapes the shared news feed showed the coder getting wrong by
docs/labelling.md (sentences written for these tests): an audience "told" at a town meeting
or rally is no consultation; a titled minister fired or sacked with no determiner is a
leadership change (083) as "fired his minister" is; a perfect habit in an opening clause of
concession ("Though X has repeatedly denied ..., on Monday he ...") is background even when the
main clause names the day; force under a bare modal that no one in the sentence says, warns or
vows is the writer's account of a plan, no threat; an act another party doubts ("they doubt
that X is committed to") is no act, and the doubt voiced a disapproval (110). Each with near
misses that keep their act. An "unless" or "if" further back than the modal window (a longer
subject: "unless the ruling junta is dissolved") still makes its act a condition."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import (
    RECOMMENDED_MIN_CONFIDENCE,
    RECOMMENDED_WIRE_MIN_CONFIDENCE,
    Coder,
)
from tensionwatch.domain.models import TensionEvent
from tests.unit.coding import code_list, dyad, recommended_coder, type_list, undated_in

coder = recommended_coder

LEAD = "Thousands of people marched in Lilongwe on Sunday against the new fuel prices. "


def _body(coder: Coder, text: str, lead: str = LEAD) -> list[TensionEvent]:
    """The events of `text` as the second sentence of an undated news-site report."""
    return undated_in(coder, lead + text, 1)


def _codes(found: list[TensionEvent]) -> list[str]:
    return [event.cameo_code for event in found]


# --- the audience told (data/triggers.tsv: a discard beside "addressed a rally") ---


def test_a_town_meeting_told_is_no_consultation(coder: Coder) -> None:
    # the first codes nothing; the others stay the demand and the charge they tell
    for text, coded in (
        ("The foreign minister told a town meeting in Sfax that the border must stay open.", []),
        (
            "Speaking in Blantyre, the president told a public meeting that the army must leave.",
            ["REQUEST"],
        ),
        ("The opposition leader, telling a rally in Mzuzu, said the vote was rigged.", ["ACCUSE"]),
    ):
        assert type_list(coder, text) == coded, text


def test_a_meeting_held_or_attended_keeps_the_consultation(coder: Coder) -> None:
    # near misses: a meeting held with a party, or met at, is still a consultation
    assert "CONSULT" in type_list(coder, "The president held a town meeting with farmers.")
    assert "CONSULT" in type_list(
        coder, "The envoy told the meeting of foreign ministers that talks must resume."
    )


def test_the_demand_told_to_a_town_meeting_is_kept(coder: Coder) -> None:
    found = type_list(coder, 'The minister told a town meeting in Sfax, "The governor must go."')
    assert found and found[0] == "REQUEST"


# --- a titled minister fired (data/triggers.tsv, 083) ---


def test_a_titled_minister_fired_is_a_leadership_change(coder: Coder) -> None:
    for text in (
        "On Tuesday President Lazarus Chakwera fired Defence Minister Harold Mtambo.",
        "The prime minister sacked Finance Minister Jan Novak after the budget row.",
    ):
        assert code_list(coder, text)[:1] == ["083"], text


def test_shots_fired_at_a_minister_are_no_leadership_change(coder: Coder) -> None:
    # near miss: "fired at" a minister's convoy is an attack
    found = code_list(coder, "Gunmen fired at Defence Minister Harold Mtambo's convoy.")
    assert found and found[0][:2] == "19"
    assert "083" not in found


def test_a_ministers_claim_dismissed_is_no_leadership_change(coder: Coder) -> None:
    # near miss: "dismissed" before a title turns a claim down; the rule leaves it out
    found = code_list(coder, "The rebels dismissed Foreign Minister Jan Novak's claims.")
    assert found == ["016"]


# --- a habit conceded before the news (relevance._conceded_habit) ---


@pytest.fixture(scope="module")
def rules_coder() -> Coder:
    """The recommended coder without the learned veto: round 38's veto (retrained on that
    round's sets) drops the firing of a chief of staff as no political act, which is its call
    to make; the rule under test is the relevance rule's, which this coder shows alone."""
    return Coder(
        min_confidence=RECOMMENDED_MIN_CONFIDENCE,
        wire_min_confidence=RECOMMENDED_WIRE_MIN_CONFIDENCE,
        trained_veto=False,
    )


def test_a_conceded_habit_gives_way_to_the_days_act(rules_coder: Coder) -> None:
    coder = rules_coder
    text = (
        "Though the president has repeatedly denied any link to the scandal, on Tuesday he "
        "fired his chief of staff."
    )
    assert _codes(_body(coder, text)) == ["083"]
    text = (
        "Although the government has repeatedly accused the unions of sabotage, on Monday it "
        "invited them to talks."
    )
    assert "112" not in _codes(_body(coder, text))


def test_a_concession_without_a_habit_keeps_its_act(coder: Coder) -> None:
    # near miss: a single denial in the concession is an act of its own
    text = (
        "Though the president denied any link to the scandal on Monday, the opposition "
        "accused him of lying."
    )
    assert "016" in _codes(_body(coder, text))


def test_a_habit_dated_inside_the_concession_keeps_its_act(coder: Coder) -> None:
    # near miss: a day named inside the concession dates the act told there
    text = (
        "While police have repeatedly fired tear gas at the marchers this week, the protesters "
        "marched again on Friday."
    )
    assert "175" in _codes(_body(coder, text))


# --- force under a bare modal that no one says (relevance._narrated_force) ---


def test_force_told_as_the_writers_plan_is_no_threat(coder: Coder) -> None:
    for text in (
        "So now a coalition led by Britain will intervene in the civil war.",
        "The army will launch a ground offensive against the rebels in the north.",
    ):
        assert _body(coder, text) == [], text


def test_force_someone_says_or_vows_stays_a_threat(coder: Coder) -> None:
    # near misses: the saying is the act
    for text in (
        "The army will launch a ground offensive against the rebels, the defence minister said.",
        "The defence minister warned that the army will launch a ground offensive.",
        '"The army will intervene in the civil war," the prime minister told reporters.',
    ):
        assert "THREATEN" in [event.plover_type for event in _body(coder, text)], text


def test_force_done_stays_an_assault(coder: Coder) -> None:
    # near miss: no modal, the act itself
    text = "The army launched a ground offensive against the rebels in the north."
    assert "ASSAULT" in [event.plover_type for event in _body(coder, text)]


# --- an act doubted (modality.is_doubted) and the doubt voiced (data/triggers.tsv, 110) ---


def test_an_act_doubted_is_no_act_and_the_doubt_a_disapproval(coder: Coder) -> None:
    assert type_list(coder, "Kyiv doubted that Moscow would withdraw its troops.") == ["ACCUSE"]
    assert dyad(coder, "Kyiv doubted that Moscow would withdraw its troops.", "ACCUSE") == (
        "UKR",
        "RUS",
    )
    found = type_list(coder, "And they doubt that the governor is committed to changing that.")
    assert "AGREE" not in found


def test_a_doubt_with_no_party_gives_no_event(coder: Coder) -> None:
    assert type_list(coder, "I doubt that it will rain.") == []


def test_an_act_beyond_doubt_or_said_keeps_its_event(coder: Coder) -> None:
    # near misses: "no doubt" asserts the act; a withdrawal announced is an intention
    assert "ASSAULT" in type_list(coder, "There is no doubt that the army shelled the village.")
    assert "AGREE" in type_list(coder, "Moscow said it would withdraw its troops.")


# --- a condition with a longer subject (modality._far_condition) ---


def test_an_act_in_a_far_condition_is_no_act(coder: Coder) -> None:
    assert (
        type_list(coder, "There will be no deal unless the ruling party's armed wing is disarmed.")
        == []
    )
    found = type_list(coder, "The army will retaliate if the ruling party's armed wing attacks.")
    assert found == ["THREATEN"]


def test_the_act_itself_and_a_past_until_keep_their_events(coder: Coder) -> None:
    # near misses: no condition; "until" may close a past act told, so it keeps the short reach
    assert "RETREAT" in type_list(
        coder, "The armed wing of the ruling party was disarmed on Monday."
    )
    found = type_list(coder, "The ruling party's armed wing attacked the army on Monday.")
    assert found and found[0] == "ASSAULT"
