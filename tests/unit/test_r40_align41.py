"""Round 40, align41: the coder follows the labelling guide's newest lines (docs/labelling.md,
commits f9896ed and 78b9652). An appeal or a warning addressed to a crowd targets its people,
`CVL` (point 33), where the actor index gives a bare crowd the opposition's sector; what a
crowd does, and opposition supporters addressed, keep `OPP` (point 38). A withdrawal targets
the side withdrawn from or facing (point 41): the state named after "from", or the other party
of the force the sentence before told; armed men who pull back or withdraw, or retreat after an
aside, withdraw; a phrase of time that opens a sentence ("Within hours") ends before its
subject. A party named as ruling is `GOV`, its lawmakers `LEG` (point 37). A legislature's vote
to remove a president told with its time between ("voted late on Tuesday to remove") is 17
(point 36). Every sentence in these tests was written for them."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, events, recommended_coder, sides_of, undated

coder = recommended_coder

LILONGWE = (
    "LILONGWE, May 2 (Reuters) - Thousands of Malawians marched on Thursday against a fuel tax. "
)


def target_sectors(found: list) -> list[tuple[str, str | None, str | None]]:
    """(CAMEO code, target country, target sector) of each event."""
    return [
        (
            e.cameo_code,
            e.target.country if e.target else None,
            e.target.sector if e.target else None,
        )
        for e in found
    ]


def test_an_appeal_to_protesters_targets_civilians(coder: Coder) -> None:
    text = "Malawi's president urged the protesters in Blantyre to go home peacefully."
    found = target_sectors(events(coder, text))
    assert found and found[0][1:] == ("MWI", "CVL")


def test_an_appeal_to_demonstrators_in_a_story_targets_civilians(coder: Coder) -> None:
    body = (
        LILONGWE + "The police chief called on the demonstrators to leave the square before dark."
    )
    found = [e for e in article(coder, body) if e.sentence_index == 1]
    assert [t[1:] for t in target_sectors(found)] == [("MWI", "CVL")]
    assert found[0].cameo_code.startswith("02")


def test_a_warning_to_the_crowd_targets_civilians(coder: Coder) -> None:
    text = "Malawi's police chief threatened to arrest the protesters if they blocked the highway."
    found = target_sectors(events(coder, text))
    assert found and found[0][0].startswith("13") and found[0][1:] == ("MWI", "CVL")


def test_an_appeal_to_opposition_supporters_keeps_their_sector(coder: Coder) -> None:
    text = "Malawi's president urged opposition supporters in Blantyre to go home peacefully."
    found = target_sectors(events(coder, text))
    assert found and found[0][1:] == ("MWI", "OPP")


def test_force_used_on_protesters_is_no_appeal(coder: Coder) -> None:
    text = "Malawian police fired tear gas at the protesters in Blantyre on Friday."
    found = target_sectors(events(coder, text))
    # a crowd is civilians, CVL, in the event (labelling guide section 2; round 43)
    assert found == [("175", "MWI", "CVL")]


BANGKOK = (
    "BANGKOK, May 2 (Reuters) - Thai troops fired warning shots after Cambodian soldiers "
    "crossed the border near a temple on Tuesday. "
)


def acts(found: list) -> list[tuple[int, str, str | None, str | None]]:
    """(sentence, CAMEO code, source code, target code) of each event."""
    return [
        (e.sentence_index, e.cameo_code, e.source and e.source.code, e.target and e.target.code)
        for e in found
    ]


def test_a_retreat_after_warning_shots_faces_the_side_that_fired(coder: Coder) -> None:
    body = BANGKOK + "The soldiers retreated after the shots, the army said."
    assert (1, "0874", "KHMMIL", "THAMIL") in acts(article(coder, body))


def test_a_retreat_after_an_order_faces_no_one(coder: Coder) -> None:
    body = (
        "BANGKOK, May 2 (Reuters) - Thailand's prime minister ordered Cambodian soldiers to "
        "leave a disputed temple on Tuesday. The soldiers retreated on Wednesday, the army said."
    )
    assert (1, "0874", "KHMMIL", None) in acts(article(coder, body))


def test_soldiers_retreating_after_an_aside_retreat(coder: Coder) -> None:
    body = BANGKOK + (
        "The Cambodian soldiers, who were building a road, retreated after the shots, "
        "the army said."
    )
    assert (1, "0874", "KHMMIL", "THAMIL") in acts(article(coder, body))


def test_a_withdrawal_from_a_named_state_targets_its_government(coder: Coder) -> None:
    text = (
        "Ethiopian troops have withdrawn from Somalia after years of fighting Islamist militants."
    )
    found = events(coder, text)
    assert [(e.cameo_code, e.target and e.target.code) for e in found] == [("087", "SOMGOV")]


def test_a_withdrawal_from_a_town_keeps_its_target(coder: Coder) -> None:
    text = "Ethiopian troops withdrew from the town after years of fighting Islamist militants."
    found = events(coder, text)
    assert [(e.cameo_code, *sides_of(e)) for e in found] == [("087", "ETH", "ETH")]


def test_troops_pulling_back_within_hours_withdraw(coder: Coder) -> None:
    body = (
        "NAIROBI, May 2 (Reuters) - Kenyan soldiers surrounded the parliament building in "
        "Nairobi on Tuesday. Within hours the soldiers pulled back to their barracks."
    )
    assert [a[:3] for a in acts(article(coder, body)) if a[0] == 1] == [(1, "087", "KENMIL")]


def test_a_coffee_bar_is_no_ban(coder: Coder) -> None:
    text = (
        "For 60 years the Casa Verde, a coffee bar on a quiet lane in Mombasa's old town, "
        "has served spiced tea to the same families."
    )
    assert undated(coder, text) == []


def test_barring_a_leader_from_the_vote_stays_a_ban(coder: Coder) -> None:
    text = "Kenya's electoral board will bar the opposition leader from the vote."
    assert [e.cameo_code for e in events(coder, text)] == ["1322"]


def sources(coder: Coder, text: str) -> list[tuple[str, str | None]]:
    """(CAMEO code, source code) of each event of one sentence coded alone."""
    return [(e.cameo_code, e.source and e.source.code) for e in events(coder, text)]


def test_a_party_named_as_ruling_is_the_government(coder: Coder) -> None:
    text = "The ruling ZANU-PF accused church leaders of meddling in politics."
    assert sources(coder, text) == [("112", "ZWEGOV")]


def test_lawmakers_of_a_ruling_party_are_the_legislature(coder: Coder) -> None:
    text = (
        "Lawmakers from the ruling ZANU-PF party accused the opposition of plotting unrest "
        "in Bulawayo."
    )
    assert sources(coder, text) == [("112", "ZWELEG")]


def test_a_former_ruling_party_stays_a_party(coder: Coder) -> None:
    # a party that rules no more is no government: written `OPP` (round 45, sector45)
    text = "The former ruling Jubilee Party accused the government of rigging the vote."
    assert sources(coder, text) == [("112", "KENOPP")]


TEGUCIGALPA = "TEGUCIGALPA, March 4 (Reuters) - Honduras' Congress voted late on Tuesday to remove "


def test_a_vote_told_with_its_time_to_remove_the_president_is_coercion(coder: Coder) -> None:
    body = TEGUCIGALPA + "President Rafael Mejía from office over the bribery scandal."
    assert (0, "172", "HNDLEG", "HNDGOV") in acts(article(coder, body))


def test_a_vote_to_remove_a_tax_removes_no_one(coder: Coder) -> None:
    body = TEGUCIGALPA + "the fuel tax, ending months of protests."
    assert acts(article(coder, body)) == [(0, "082", "HNDLEG", "HNDCVL")]
