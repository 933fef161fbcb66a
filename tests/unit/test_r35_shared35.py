"""Round 35, shared35: shapes the shared news feed showed the coder getting wrong by
docs/labelling.md (sentences written for these tests): an audience "told" at a town meeting
or rally is no consultation; a titled minister fired or sacked with no determiner is a
leadership change (083) as "fired his minister" is. Each with near misses that keep their act."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import code_list, recommended_coder, type_list

coder = recommended_coder

# --- the audience told (data/triggers.tsv: a discard beside "addressed a rally") ---


def test_a_town_meeting_told_is_no_consultation(coder: Coder) -> None:
    for text in (
        "The foreign minister told a town meeting in Sfax that the border must stay open.",
        "Speaking in Blantyre, the president told a public meeting that the army must leave.",
        "The opposition leader, telling a rally in Mzuzu, said the vote was rigged.",
    ):
        assert "CONSULT" not in type_list(coder, text), text


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
    assert "083" not in found
